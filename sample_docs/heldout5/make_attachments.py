"""Build the three heldout5 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout5/make_attachments.py

- p15: a text PDF (a filled-in return request form), made with fpdf2;
- p18: a photo-like JPEG of a handwritten note (PIL, jittered glyphs, noise, tilt);
- p23: a scanned-looking PNG of a packing slip (PIL, grey, rotated, speckled).

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


def claim_form_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2026, 11, 10, 14, 0, tzinfo=UTC))
    pdf.set_title("Return Request Form")
    pdf.set_author("Summit HVAC Services")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Summit HVAC Services")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "SUMMIT HVAC SERVICES - RETURN REQUEST FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Date", "11/10/2026"),
        ("Submitted by", "Raj Patel, Service Manager (303-555-0142)"),
        ("Supplier order", "SO-104228"),
        ("Our PO", "PO-60377"),
        ("Delivered", "11/02/2026, ODFL pro OD0782290518"),
        ("Job", "Canyon Creek Medical Office, Suite 300"),
    ]
    for key, value in rows:
        pdf.cell(45, 7, key + ":", border=0)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    widths = (30, 80, 22, 58)
    for w, head in zip(widths, ("Item", "Description", "Qty", "Reason"), strict=True):
        pdf.cell(w, 8, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    lines = [
        ("HVC-REG-1006-W", "10x6 steel floor register, white", "6", "Damaged - bent, crushed"),
        ("CLG-TILE-24-ACU", "2x2 acoustic ceiling tile (ctn/16)", "4 ctns", "Damaged - wet"),
    ]
    for line in lines:
        for w, text in zip(widths, line, strict=True):
            pdf.cell(w, 8, text, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        "Notes: Pallet was left uncovered at the dock during rain and the top of the "
        "pallet was crushed by a forklift. The 4 cartons of tiles are soaked through and "
        "will be thrown out on site; the 6 registers can go back on your truck. Remaining "
        '36 cartons of tile and 24 registers are OK. Ceiling height 9\'-6", grid 15/16".',
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Signature: R. Patel", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def handwritten_note_jpeg() -> bytes:
    rng = random.Random(18)
    img = Image.new("RGB", (900, 620), (236, 228, 196))  # yellow legal pad
    draw = ImageDraw.Draw(img)
    for y in range(80, 620, 42):  # ruled lines
        draw.line([(0, y), (900, y)], fill=(150, 180, 210), width=2)
    draw.line([(70, 0), (70, 620)], fill=(210, 120, 120), width=2)
    text = [
        "11/25  Ridge Rd job - SO-104238",
        "2 x TST-2100-NP  thermostats DEAD",
        "no display, 24V ok at R/C (checked 26.1V)",
        "swapped wires 2x - still nothing",
        "pls credit or send 2 new",
        "                         - Danny  ph 720 555 0199",
    ]
    y = 40
    for row in text:
        x = 90
        for ch in row:
            size = rng.randint(27, 33)
            glyph = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, font=font(size), fill=255)
            glyph = glyph.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
            ink = (rng.randint(20, 45), rng.randint(30, 60), rng.randint(110, 150))
            img.paste(Image.new("RGB", glyph.size, ink), (x, y + rng.randint(-3, 3)), glyph)
            x += int(size * 0.55) + rng.randint(-1, 2)
        y += 84
        if y > 560:
            break
    img = img.rotate(-3.5, resample=Image.BICUBIC, expand=True, fillcolor=(60, 55, 50))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(6000):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-25, 25)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    return buf.getvalue()


def packing_slip_png() -> bytes:
    rng = random.Random(23)
    img = Image.new("L", (1100, 900), 245)
    draw = ImageDraw.Draw(img)
    f, fb = font(22), font(30)
    draw.text((60, 40), "PACKING SLIP", font=fb, fill=20)
    draw.text(
        (60, 90), "Ship from: DC-WEST        Carrier: UPS 1Z4F83090342291043", font=f, fill=30
    )
    draw.text(
        (60, 125),
        "Order: SO-104244     Cust PO: PO-60455     Ship date: 11/10/2026",
        font=f,
        fill=30,
    )
    draw.text(
        (60, 160), "Ship to: Summit HVAC Services, 1800 Wazee St, Denver CO 80202", font=f, fill=30
    )
    draw.line([(60, 210), (1040, 210)], fill=40, width=3)
    cols = (60, 330, 800, 930)
    for x, head in zip(cols, ("ITEM", "DESCRIPTION", "ORD", "SHIP"), strict=True):
        draw.text((x, 220), head, font=f, fill=20)
    draw.line([(60, 255), (1040, 255)], fill=40, width=2)
    rows = [
        ("HVC-CND-PUMP", "condensate pump 115V w/ safety sw", "10", "10"),
        ("TST-2100-NP", "non-prog digital thermostat 24V", "12", "12"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 filter, cs/12", "20", "20"),
    ]
    y = 270
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=f, fill=25)
        y += 45
    # the receiver's pen marks
    draw.ellipse([(915, 355), (990, 400)], outline=70, width=3)
    draw.text((560, 420), "rec'd 18 cs only - 2 SHORT  RP 11/16", font=font(26), fill=60)
    draw.text((60, 800), "Page 1 of 1      Pick zone W-03      Packed by: 114", font=f, fill=50)
    img = img.rotate(1.7, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(9000):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
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
    (OUT / "p15-summit-pdf-form-registers-and-tiles.eml").write_bytes(
        message(
            {
                "From": "Raj Patel <raj.patel@summithvac.net>",
                "To": "returns@distributor.example",
                "Subject": "Return request - SO-104228 (form attached)",
                "Date": "Tue, 10 Nov 2026 09:05:41 -0500",
                "Message-ID": "<CAF7q2k9Pd3Fg6Hj8Kl0Zx2Cv4Bn6Mq@mail.summithvac.net>",
            },
            "Hi,\n\nPlease see the attached return request form for SO-104228. Some of the\n"
            "registers and ceiling tiles from last week's ODFL delivery got damaged,\n"
            "details and counts are on the form.\n\nThanks,\nRaj Patel\nSummit HVAC Services\n",
            (claim_form_pdf(), "application", "pdf", "Return_Request_SO-104228.pdf"),
            "===============summit_form_p15_0001==",
        )
    )
    (OUT / "p18-unknown-tech-handwritten-note.eml").write_bytes(
        message(
            {
                "From": "Danny Reyes <dreyes.hvac@gmail.com>",
                "To": "returns@distributor.example",
                "Subject": "dead thermostats SO-104238",
                "Date": "Fri, 27 Nov 2026 07:31:09 -0600",
                "Message-ID": "<CAJr4Tq8Wm2Lk9s6N3vX1cB7eP0oY5uHg@mail.gmail.com>",
            },
            "hi, I'm one of the techs that works for Summit HVAC. 2 of the non programmable\n"
            "thermostats off SO-104238 are dead, see my note attached (sorry for the\n"
            "handwriting, wrote it on the job). need a credit or 2 new ones.\n\nDanny\n"
            "Sent from my phone\n",
            (handwritten_note_jpeg(), "image", "jpeg", "IMG_20261125_1412.jpg"),
            "===============gmail_note_p18_0001==",
        )
    )
    (OUT / "p23-summit-scanned-packing-slip-short-filters.eml").write_bytes(
        message(
            {
                "From": "Raj Patel <raj.patel@summithvac.net>",
                "To": "returns@distributor.example",
                "Subject": "Short shipment PO-60455",
                "Date": "Mon, 16 Nov 2026 08:14:27 -0500",
                "Message-ID": "<CAF7q2k9Gh7Jk1Lz3Xc5Vb7Nm9Qw2Er@mail.summithvac.net>",
            },
            "Hello,\n\nWe're short on the 16x25x1 MERV 11 filters from PO-60455: the packing slip\n"
            "says 20 cases shipped, we counted 18 in the delivery, so 2 cases missing.\n"
            "Scan of the slip with my count on it is attached.\n\nRaj Patel\n"
            "Summit HVAC Services\n",
            (packing_slip_png(), "image", "png", "scan_0042.png"),
            "===============summit_scan_p23_0001==",
        )
    )


if __name__ == "__main__":
    main()
