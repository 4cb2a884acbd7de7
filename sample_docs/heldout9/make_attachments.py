"""Build the three heldout9 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout9/make_attachments.py

- s02: a text PDF (a purchasing department's formal claim form with a table of lines),
  made with fpdf2; the quantities are only on the form;
- s09: a scanned-looking PNG of a signed delivery receipt with pen notes (PIL, grey,
  rotated, speckled); the damaged count is only in the pen note;
- s19: a photo-like JPEG of a handwritten return tag (PIL, jittered glyphs, noise, tilt).

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
    pdf.set_creation_date(datetime(2026, 11, 12, 15, 0, tzinfo=UTC))
    pdf.set_title("Vendor Claim Form RBP-C-1147")
    pdf.set_author("Riverbend Plumbing & Heating - Purchasing")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Riverbend Plumbing & Heating")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "RIVERBEND PLUMBING & HEATING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "VENDOR CLAIM FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Claim no.", "RBP-C-1147"),
        ("Claim date", "11/12/2026"),
        ("Our PO", "PO-24519"),
        ("Vendor order", "SO-104236"),
        ("Delivered", "11/06/2026 - UPS 1Z4F83090342217816"),
        ("Ship to", "Riverbend shop, 410 Canal St"),
        ("Buyer", "Denise Varga, ext. 12"),
    ]
    for key, value in rows:
        pdf.cell(38, 7, key + ":", border=0)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    widths = (10, 32, 52, 16, 16, 30, 40)
    heads = ("Ln", "Item", "Description", "Qty ord", "Qty clm", "Reason", "Remarks")
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 8, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8)
    lines = [
        (
            "1",
            "FTG-PEX-CPL-050",
            '1/2" PEX crimp cplg, bag of 25',
            "10",
            "3",
            "Wrong item",
            '3 bags hold 3/4" cplgs',
        ),
        (
            "2",
            "VLV-1005-BV",
            '1" brass ball valve, full port',
            "24",
            "6",
            "Ordered in error",
            "Not needed, unopened",
        ),
    ]
    for line in lines:
        for w, text in zip(widths, line, strict=True):
            pdf.cell(w, 8, text, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        6,
        'Requested resolution: Line 1 - ship the correct 1/2" couplings (3 bags) and pick '
        "up the wrong bags. Line 2 - RMA for return to stock, credit less the 10% restocking "
        'fee per our agreement. All other lines of PO-24519, including the 2 coils of 3/4" '
        "PEX, were received complete and in good condition.",
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Authorized by: D. Varga, Purchasing Agent", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def delivery_receipt_png() -> bytes:
    rng = random.Random(902)
    img = Image.new("L", (1200, 900), 244)
    draw = ImageDraw.Draw(img)
    f, fb = font(22), font(30)
    draw.text((60, 36), "DELIVERY RECEIPT", font=fb, fill=20)
    draw.text((800, 40), "No. SH-55146", font=font(26), fill=25)
    draw.text(
        (60, 90),
        "Ship to: HARBOR POINT PM - BAYVIEW MAINT. SHOP     Cust PO: PO-70231",
        font=f,
        fill=30,
    )
    draw.text(
        (60, 124), "Order: SO-104239     Ship date: 11/09/2026     Route: E-07", font=f, fill=30
    )
    draw.line([(60, 170), (1140, 170)], fill=40, width=3)
    cols = (60, 320, 840, 960)
    for x, head in zip(cols, ("ITEM", "DESCRIPTION", "QTY", "UOM"), strict=True):
        draw.text((x, 182), head, font=f, fill=15)
    draw.line([(60, 216), (1140, 216)], fill=40, width=2)
    rows = [
        ("HVC-REG-1006-W", "10x6 steel floor register, white", "60", "EA"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 filter, cs/12", "24", "CS"),
        ("TST-2100-NP", "Digital thermostat, non-prog, 24 V", "10", "EA"),
    ]
    y = 230
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=f, fill=25)
        draw.line([(60, y + 38), (1140, y + 38)], fill=150, width=1)
        y += 48
    draw.text((60, 420), "Received in good condition unless noted:", font=f, fill=35)
    # the receiver's pen notes next to the filter row and under the table
    pen = font(26)
    draw.ellipse([(820, 270), (910, 312)], outline=60, width=3)
    draw.line([(910, 290), (1010, 330)], fill=60, width=3)
    draw.text((1000, 320), "2 cs", font=pen, fill=50)
    draw.text((1000, 350), "crushed", font=pen, fill=50)
    draw.text((60, 470), "2 cs filters crushed - pallet jack hit the wall", font=pen, fill=55)
    draw.text((60, 510), "rest OK   11/9  L.O.", font=pen, fill=55)
    draw.text((60, 760), "Received by: L. Ortega", font=f, fill=45)
    draw.text((620, 760), "Driver: T. Marsh  #118", font=f, fill=45)
    draw.line([(300, 800), (520, 790)], fill=70, width=2)  # signature squiggle
    draw.line([(820, 800), (1000, 806)], fill=70, width=2)
    img = img.rotate(0.9, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(12000):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def return_tag_jpeg() -> bytes:
    rng = random.Random(919)
    img = Image.new("RGB", (900, 620), (236, 214, 150))  # manila shipping tag
    draw = ImageDraw.Draw(img)
    draw.ellipse([(40, 280), (90, 330)], fill=(60, 54, 46))  # tag eyelet
    draw.ellipse([(30, 270), (100, 340)], outline=(180, 160, 110), width=4)
    text = [
        "DELGADO & SONS - DEFECTIVE",
        "SO-104240   PO 40988",
        '1" ball valve full port',
        "UPC 071812340155",
        "QTY 2 - leak at stem",
        "80 psi test  11/24  E.S.",
    ]
    y = 40
    for row in text:
        x = 130
        for ch in row:
            size = rng.randint(27, 33)
            glyph = Image.new("L", (size * 2, size * 2), 0)
            ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, font=font(size), fill=255)
            glyph = glyph.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC)
            ink = (rng.randint(10, 30), rng.randint(20, 40), rng.randint(60, 95))  # blue marker
            img.paste(Image.new("RGB", glyph.size, ink), (x, y + rng.randint(-3, 3)), glyph)
            x += int(size * 0.56) + rng.randint(-1, 2)
        y += 92
    img = img.rotate(-3.5, resample=Image.BICUBIC, expand=True, fillcolor=(120, 110, 98))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(8000):  # sensor noise
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
    (OUT / "s02-riverbend-purchasing-claim-form-pdf.eml").write_bytes(
        message(
            {
                "From": "Denise Varga <dvarga@riverbendph.com>",
                "To": "returns@distributor.example",
                "Subject": "Claim RBP-C-1147 - PO-24519",
                "Date": "Thu, 12 Nov 2026 09:05:31 -0600",
                "Message-ID": "<20261112150531.RBPC1147@riverbendph.com>",
            },
            "Good morning,\n\n"
            "Please accept this as Riverbend Plumbing & Heating's formal claim against our\n"
            "purchase order PO-24519 (your sales order SO-104236, delivered 11/06/2026 by UPS).\n\n"
            "The claim concerns two lines of that order:\n\n"
            '1. 1/2" PEX brass crimp couplings (FTG-PEX-CPL-050): part of the delivery was\n'
            "   the wrong size. We request that the correct size be shipped and the incorrect\n"
            "   bags picked up.\n"
            '2. 1" full port ball valves (VLV-1005-BV): a number of these were ordered in\n'
            "   error by our office and are not needed. We request a return for credit of the\n"
            "   surplus, less your restocking fee per our agreement.\n\n"
            "Quantities, bag labels and our internal references are listed on the attached\n"
            'claim form RBP-C-1147. The 3/4" PEX coils on this order are not part of the\n'
            "claim.\n\n"
            "Kindly confirm receipt and provide RMA numbers.\n\n"
            "Regards,\n\n"
            "Denise Varga\nPurchasing Agent\nRiverbend Plumbing & Heating\n"
            "P: 555-240-8812 | F: 555-240-8813\n",
            (claim_form_pdf(), "application", "pdf", "RBP-C-1147.pdf"),
            "===============riverbend_claim_s02_0001==",
        )
    )
    (OUT / "s09-harbor-delivery-receipt-photo-filters.eml").write_bytes(
        message(
            {
                "From": "Luis Ortega <maintenance@harborpointpm.com>",
                "To": "returns@distributor.example",
                "Subject": "filters damaged on delivery - PO-70231",
                "Date": "Tue, 10 Nov 2026 08:05:40 -0600",
                "Message-ID": "<PH0PR17MB6021A2F03B9E4C71D58E0B6A7C3D1@PH0PR17MB6021.namprd17"
                ".prod.outlook.com>",
            },
            "Hello,\n\n"
            "Your truck delivered PO-70231 to the Bayview maintenance shop yesterday. When\n"
            "the driver took the pallet off with the pallet jack he ran it into the wall and\n"
            "crushed some of the filter cases (the 16x25x1 MERV 11). We wrote it on the\n"
            "delivery receipt and the driver signed it, scan attached.\n\n"
            "The registers and the thermostats are OK.\n\n"
            "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n"
            "Office 555-614-2200\n",
            (delivery_receipt_png(), "image", "png", "SH-55146_receipt.png"),
            "===============harbor_receipt_s09_0001==",
        )
    )
    (OUT / "s19-delgado-warehouse-valves-handwritten-tag.eml").write_bytes(
        message(
            {
                "From": "Ernesto Salinas <almacen@delgadosons.com>",
                "To": "returns@distributor.example",
                "Subject": "valvulas / ball valves leaking",
                "Date": "Wed, 25 Nov 2026 07:35:27 -0600",
                "Message-ID": "<006d01db5f3c$91a2b7c0$b4e82740$@delgadosons.com>",
            },
            "Hello,\n\n"
            "2 of the 1 inch ball valves from the pick up on PO 40988 are leaking by the stem\n"
            "when we test them with 80 psi. We try to tighten the packing nut and still\n"
            "leaking. They are new, never installed. I send the photo of the tag we put on\n"
            "them.\n\n"
            "Ernesto\nDelgado & Sons - almacen\n956-555-0150\n",
            (return_tag_jpeg(), "image", "jpeg", "IMG_20261124_1603.jpg"),
            "===============delgado_tag_s19_0001==",
        )
    )


if __name__ == "__main__":
    main()
