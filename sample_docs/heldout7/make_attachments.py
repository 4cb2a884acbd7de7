"""Build the three heldout7 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout7/make_attachments.py

- q16: a scanned-looking PNG of a receiving report with a header row (PIL, grey, rotated,
  speckled, pen notes);
- q18: a text PDF (a filled-in warranty claim form with a table of lines), made with fpdf2;
- q36: a photo-like JPEG of a handwritten note (PIL, jittered glyphs, noise, tilt).

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


def receiving_report_png() -> bytes:
    rng = random.Random(716)
    img = Image.new("L", (1200, 860), 246)
    draw = ImageDraw.Draw(img)
    f, fb = font(22), font(30)
    draw.text((60, 36), "HARBOR POINT PROPERTY MANAGEMENT", font=fb, fill=20)
    draw.text((60, 78), "RECEIVING REPORT - BAYVIEW TOWERS", font=font(26), fill=25)
    draw.text(
        (60, 125),
        "PO: PO-70296      Vendor order: SO-104246      Date rec'd: 11/16/2026",
        font=f,
        fill=30,
    )
    draw.text(
        (60, 160), "Delivered by: vendor truck       Dock: Bldg C       Pallets: 1", font=f, fill=30
    )
    draw.line([(60, 205), (1140, 205)], fill=40, width=3)
    cols = (60, 300, 700, 830, 960)
    for x, head in zip(
        cols, ("ITEM", "DESCRIPTION", "ORDERED", "RECEIVED", "CONDITION"), strict=True
    ):
        draw.text((x, 216), head, font=f, fill=15)
    draw.line([(60, 250), (1140, 250)], fill=40, width=2)
    rows = [
        ("HVC-REG-1006-W", "10x6 floor register, white", "40", "48", ""),
        ("VLV-0075-BV", '3/4" ball valve, sweat', "12", "12", ""),
    ]
    y = 266
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=f, fill=25)
        draw.line([(60, y + 38), (1140, y + 38)], fill=150, width=1)
        y += 48
    # the receiver's pen marks in the CONDITION column and below
    pen = font(24)
    draw.text((960, 268), "8 EXTRA", font=pen, fill=55)
    draw.text((960, 316), "3 handles", font=pen, fill=55)
    draw.text((960, 342), "snapped off", font=pen, fill=55)
    draw.ellipse([(815, 258), (900, 300)], outline=70, width=3)
    draw.text((300, 430), "extras in storage rm C-2, give back to driver", font=pen, fill=60)
    draw.text((300, 470), "broken valves bagged + tagged", font=pen, fill=60)
    draw.text((60, 760), "Received by: L. Ortega      Form HP-REC-04 rev 2", font=f, fill=50)
    img = img.rotate(-1.2, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(11000):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 80, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def warranty_form_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2026, 12, 3, 16, 0, tzinfo=UTC))
    pdf.set_title("Warranty Claim Form")
    pdf.set_author("Delgado & Sons Plumbing")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Delgado & Sons Plumbing")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, "DELGADO & SONS PLUMBING - WARRANTY CLAIM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Date", "12/03/2026"),
        ("Our PO", "PO-40917"),
        ("Supplier order", "SO-104216"),
        ("Job / address", "Garza residence, 1418 Alamo St"),
        ("Installed", "10/09/2026"),
        ("Contact", "Hector Delgado, 956-555-0149"),
    ]
    for key, value in rows:
        pdf.cell(42, 7, key + ":", border=0)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    widths = (30, 62, 28, 12, 58)
    heads = ("Item", "Description", "Serial", "Qty", "Problem")
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 8, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    line = (
        "WH-40G-EL",
        "40 gal electric, 4500 W, 240 V",
        "2610A-77154",
        "1",
        "Defective - lower element failed",
    )
    for w, text in zip(widths, line, strict=True):
        pdf.cell(w, 8, text, border=1)
    pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        6,
        "Notes: Heater trips the 30 A breaker a few minutes after power-up. Measured "
        "upper element 12.8 ohm (OK), lower element open. Tank is not leaking. The second "
        "heater on this PO is working fine. Unit is disconnected and ready for pickup.",
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Signature: H. Delgado", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def handwritten_note_jpeg() -> bytes:
    rng = random.Random(736)
    img = Image.new("RGB", (940, 640), (244, 240, 226))  # spiral notebook page
    draw = ImageDraw.Draw(img)
    for y in range(90, 640, 44):  # ruled lines
        draw.line([(0, y), (940, y)], fill=(160, 190, 215), width=2)
    for y in range(30, 640, 50):  # spiral holes
        draw.ellipse([(8, y), (26, y + 18)], fill=(70, 66, 60))
    text = [
        "11/4  SO-104230  Riverbend",
        '2" PVC tees  FTG-PVC-T-200',
        "8 cracked - carton crushed",
        "came off Estes truck like that",
        "rest of the 100 ok",
        "        - Jake  555-987-0321",
    ]
    y = 44
    for row in text:
        x = 60
        for ch in row:
            size = rng.randint(28, 34)
            glyph = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, font=font(size), fill=255)
            glyph = glyph.rotate(rng.uniform(-10, 10), resample=Image.BICUBIC)
            ink = (rng.randint(15, 40), rng.randint(15, 40), rng.randint(15, 45))  # pencil-ish
            img.paste(Image.new("RGB", glyph.size, ink), (x, y + rng.randint(-3, 3)), glyph)
            x += int(size * 0.56) + rng.randint(-1, 2)
        y += 88
        if y > 580:
            break
    img = img.rotate(2.8, resample=Image.BICUBIC, expand=True, fillcolor=(92, 78, 64))
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    px = img.load()
    w, h = img.size
    for _ in range(7000):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-22, 22)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
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
    (OUT / "q16-harbor-scanned-receiving-valves-registers.eml").write_bytes(
        message(
            {
                "From": "Luis Ortega <maintenance@harborpointpm.com>",
                "To": "returns@distributor.example",
                "Subject": "PO-70296 receiving - 2 problems",
                "Date": "Wed, 18 Nov 2026 08:55:03 -0600",
                "Message-ID": "<20261118145503.c0e7a2@harborpointpm.com>",
            },
            "Hi,\n\nAttached is the receiving sheet from Monday's delivery to Bayview (PO-70296).\n"
            "Two problems:\n\n"
            "- 3 of the 3/4 ball valves have the handles snapped off. They were loose in the\n"
            "  box with nothing around them.\n"
            "- You sent more of the floor registers than we ordered. The extra ones are in\n"
            "  our storage room, your driver can take them back next time.\n\n"
            "Counts are on the sheet.\n\nLuis Ortega\nMaintenance Supervisor\n"
            "Harbor Point Property Management\n",
            (receiving_report_png(), "image", "png", "HP-REC-04_PO-70296.png"),
            "===============harbor_scan_q16_0001==",
        )
    )
    (OUT / "q18-delgado-pdf-warranty-form-heater.eml").write_bytes(
        message(
            {
                "From": "Hector Delgado <service@delgadosons.com>",
                "To": "returns@distributor.example",
                "Subject": "Warranty claim - PO-40917",
                "Date": "Thu, 03 Dec 2026 10:40:18 -0600",
                "Message-ID": "<5e2b9c47-1a0d-4f36-b8e1-c4d7a9f02e63@delgadosons.com>",
            },
            "Hi,\n\nWarranty claim for one of the electric water heaters on our PO-40917.\n"
            "The form with the model, serial and what we found is attached.\n\n"
            "Thanks,\nHector Delgado\nService - Delgado & Sons Plumbing\n",
            (warranty_form_pdf(), "application", "pdf", "Warranty_Claim_PO-40917.pdf"),
            "===============delgado_form_q18_0001==",
        )
    )
    (OUT / "q36-riverbend-helper-gmail-handwritten-tees.eml").write_bytes(
        message(
            {
                "From": "Jake Brennan <jbrennan.pipes@gmail.com>",
                "To": "returns@distributor.example",
                "Subject": "broken tees SO-104230",
                "Date": "Wed, 04 Nov 2026 15:20:41 -0600",
                "Message-ID": "<CAJw6Rk2Ty8Hn4Vb0Mq7Xc3Lz9Pd5Fs1Gu@mail.gmail.com>",
            },
            "hi this is Jake, I'm a helper on Mike O'Brien's crew at Riverbend. 8 of the\n"
            "2 inch PVC tees from SO-104230 are cracked, the carton was smashed when it came\n"
            "off the truck. my note from the job is attached. Mike said to email you.\n\n"
            "Jake\nSent from my phone\n",
            (handwritten_note_jpeg(), "image", "jpeg", "IMG_20261104_1142.jpg"),
            "===============gmail_note_q36_0001==",
        )
    )


if __name__ == "__main__":
    main()
