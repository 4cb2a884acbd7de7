"""Build the three heldout8 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout8/make_attachments.py

- r29: a text PDF (a filled-in warranty return form with a table of lines), made with fpdf2;
- r31: a scanned-looking PNG of a field service ticket (PIL, grey, rotated, speckled, pen
  notes);
- r33: a photo-like JPEG of a handwritten note on a job-site pad (PIL, jittered glyphs,
  noise, tilt).

Everything is fixed: random seeds, dates, MIME boundaries, the PDF's creation date, and
the font (Pillow's bundled default font, so no system font is needed).
"""

import io
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def warranty_form_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2026, 12, 1, 14, 30, tzinfo=UTC))
    pdf.set_title("Warranty Return Form")
    pdf.set_author("Keystone Mechanical Contractors")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Keystone Mechanical Contractors")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "KEYSTONE MECHANICAL - WARRANTY RETURN FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 6, "Form SVC-11 rev 4 - Service Department", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Date", "12/01/2026"),
        ("Our PO", "PO-77760"),
        ("Supplier order", "SO-104224"),
        ("Job", "Wynnewood Medical Office, 3rd floor suites"),
        ("Installed", "10/28/2026"),
        ("Technician", "Rick Alvarez, (610) 555-0176"),
    ]
    for key, value in rows:
        pdf.cell(42, 7, key + ":", border=0)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    widths = (26, 60, 30, 12, 62)
    heads = ("Part no.", "Description", "Serial", "Qty", "Problem")
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 8, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    line = (
        "KM-61750",
        "7-day programmable Wi-Fi tstat",
        "T75P-2609-1184",
        "1",
        "Defective - relay stuck, no cooling",
    )
    for w, text in zip(widths, line, strict=True):
        pdf.cell(w, 8, text, border=1)
    pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        6,
        "Notes: Y1 relay stays closed, compressor runs with the setpoint at 85 F. "
        "Replaced with a spare from our own stock; the other 7 units from this order are "
        "working. The 12 MERV 11 filters on this PO are not part of this claim. "
        "Failed unit is bagged and tagged at our Eddystone warehouse.",
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Approved: S. Ferraro, Site Superintendent", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def service_ticket_png() -> bytes:
    rng = random.Random(831)
    img = Image.new("L", (1200, 900), 245)
    draw = ImageDraw.Draw(img)
    f, fb = font(22), font(30)
    draw.text((60, 36), "RIVERBEND PLUMBING & HEATING", font=fb, fill=20)
    draw.text((60, 78), "FIELD SERVICE TICKET  No. 18734", font=font(26), fill=25)
    draw.text(
        (60, 125),
        "Date: 12/02/2026     Job: Weston pump room     Cust PO: PO-24415",
        font=f,
        fill=30,
    )
    draw.text((60, 160), "Tech: T. Russo     Truck 6     Hours: 3.5", font=f, fill=30)
    draw.line([(60, 205), (1140, 205)], fill=40, width=3)
    cols = (60, 290, 660, 740, 950)
    for x, head in zip(cols, ("PART", "DESCRIPTION", "QTY", "SOURCE", "STATUS"), strict=True):
        draw.text((x, 216), head, font=f, fill=15)
    draw.line([(60, 250), (1140, 250)], fill=40, width=2)
    rows = [
        ("VLV-3100-CK", '3" swing check, flanged', "1", "SO-104222", ""),
        ("gasket 3in", "ring gasket, 150#", "2", "truck stock", "used"),
        ("bolts 5/8", "5/8 x 3 hex bolt + nut", "8", "truck stock", "used"),
    ]
    y = 266
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=f, fill=25)
        draw.line([(60, y + 38), (1140, y + 38)], fill=150, width=1)
        y += 48
    pen = font(24)
    draw.text((950, 268), "DEFECTIVE", font=pen, fill=55)
    draw.ellipse([(935, 258), (1110, 300)], outline=70, width=3)
    draw.text((290, 440), "clapper hinge pin sheared - valve slams,", font=pen, fill=60)
    draw.text((290, 474), "no seal, pump backspins on shutdown", font=pen, fill=60)
    draw.text((290, 508), "removed, tagged, back to supplier for credit", font=pen, fill=60)
    draw.text((290, 560), "RPZ on same order tested OK  (psid 6.8)", font=pen, fill=60)
    draw.text((60, 800), "Customer signature: ______________    Form RB-FST-2", font=f, fill=50)
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(12000):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def handwritten_note_jpeg() -> bytes:
    rng = random.Random(833)
    img = Image.new("RGB", (940, 640), (250, 244, 196))  # yellow legal pad
    draw = ImageDraw.Draw(img)
    for y in range(92, 640, 44):  # ruled lines
        draw.line([(0, y), (940, y)], fill=(150, 180, 210), width=2)
    draw.line([(70, 0), (70, 640)], fill=(210, 120, 120), width=2)  # margin line
    text = [
        "12/3  Delgado job - Palm Blvd",
        "order SO-104216",
        "exp. tank WH-EXP-2G  qty 1",
        "leaks at the 3/4 fitting - defective",
        "other 3 tanks OK",
        "       - Chuy  956-555-0187",
    ]
    y = 46
    for row in text:
        x = 86
        for ch in row:
            size = rng.randint(27, 33)
            glyph = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, font=font(size), fill=255)
            glyph = glyph.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
            ink = (rng.randint(10, 30), rng.randint(20, 45), rng.randint(90, 130))  # blue pen
            img.paste(Image.new("RGB", glyph.size, ink), (x, y + rng.randint(-3, 3)), glyph)
            x += int(size * 0.55) + rng.randint(-1, 2)
        y += 88
        if y > 580:
            break
    img = img.rotate(-2.2, resample=Image.BICUBIC, expand=True, fillcolor=(70, 74, 80))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(7000):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-20, 20)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    return buf.getvalue()


def message(
    headers: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "r29-keystone-pdf-warranty-form-thermostat.eml").write_bytes(
        message(
            {
                "From": "Rick Alvarez <service@keystonemech.com>",
                "To": "returns@distributor.example",
                "Subject": "Warranty return form - PO-77760",
                "Date": "Tue, 01 Dec 2026 14:36:50 -0500",
                "Message-ID": "<20261201193650.51C8E0B2@mail.keystonemech.com>",
            },
            "Hello,\n\nPlease see the attached warranty return form for a failed unit from\n"
            "our PO-77760. Everything you need should be on the form; call me if not.\n\n"
            "Rick Alvarez\nService Technician\nKeystone Mechanical Contractors\n"
            "(610) 555-0176\n",
            (warranty_form_pdf(), "application", "pdf", "SVC-11_PO-77760.pdf"),
            "===============keystone_form_r29_0001==",
        )
    )
    (OUT / "r31-riverbend-scanned-ticket-check-valve.eml").write_bytes(
        message(
            {
                "From": "Tony Russo <trusso@riverbendph.com>",
                "To": "returns@distributor.example",
                "Subject": "bad check valve - ticket attached",
                "Date": "Thu, 03 Dec 2026 08:21:09 -0500",
                "Message-ID": "<CAM1dR4kT2fR8aZx0Qo5Hu7Wc3My1Id6Kj@mail.riverbendph.com>",
            },
            "Hi,\n\nScan of yesterday's service ticket from the Weston pump room attached.\n"
            'The 3" check valve we got from you in October failed, details on the ticket.\n'
            "We pulled it and it's at the shop for pickup. Please credit.\n\n"
            "Tony Russo\nService Manager\nRiverbend Plumbing & Heating\n717-555-0140\n",
            (service_ticket_png(), "image", "png", "FST-18734.png"),
            "===============riverbend_scan_r31_0001==",
        )
    )
    (OUT / "r33-delgado-helper-gmail-tank-note.eml").write_bytes(
        message(
            {
                "From": "Jesus Ochoa <chuy.ochoa77@gmail.com>",
                "To": "returns@distributor.example",
                "Subject": "leaking tank",
                "Date": "Fri, 04 Dec 2026 12:48:33 -0600",
                "Message-ID": "<CAP9uZ3vH6sL1eNq4Tb8Wk2Xf7Rd0Gm5Yc@mail.gmail.com>",
            },
            "hello my name is Chuy, I work with Hector Delgado on the Palm Blvd house.\n"
            "one of the expansion tanks is leaking, I wrote it down on the note, picture\n"
            "attached. Hector said send it to you.\n\nthanks\nChuy\n\nSent from my iPhone\n",
            (handwritten_note_jpeg(), "image", "jpeg", "IMG_4417.jpg"),
            "===============gmail_note_r33_0001==",
        )
    )


if __name__ == "__main__":
    main()
