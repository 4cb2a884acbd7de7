"""Builds the requests of heldout4 that carry attachments or HTML (deterministic).

Run from anywhere with the project venv:

    /work/main/.venv/bin/python sample_docs/heldout4/make_attachments.py

It draws four scanned / photographed / hand-written documents with Pillow (and fpdf2 for
an image-only PDF), and wraps them, with the HTML-only and newsletter mails, into .eml
files under requests/. The plain-text requests are written by hand and are not touched.
Same Pillow / fpdf2 versions -> byte-identical output (fixed seeds, dates, boundaries).
"""

import io
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
FONTS = Path("/usr/share/fonts/truetype")
SANS = FONTS / "liberation/LiberationSans-Regular.ttf"
SANS_B = FONTS / "liberation/LiberationSans-Bold.ttf"
MONO = FONTS / "liberation/LiberationMono-Regular.ttf"
HAND = FONTS / "dejavu/DejaVuSans-Oblique.ttf"  # stands in for hand printing
HAND2 = FONTS / "liberation/LiberationSerif-Italic.ttf"


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def hand_text(
    img: Image.Image,
    xy,
    text: str,
    size: int,
    rng: random.Random,
    path: Path = HAND,
    fill=(20, 30, 110),
) -> None:
    """Writes text word by word with a wandering baseline and a slight tilt per word."""
    x, y = xy
    f = font(path, size)
    if isinstance(fill, int):
        fill = (fill, fill, fill)
    for word in text.split(" "):
        w = int(f.getlength(word)) + 8
        h = size + 16
        tile = Image.new("RGBA", (w + 10, h + 10), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((5, 5), word, font=f, fill=fill + (255,))
        tile = tile.rotate(rng.uniform(-3.0, 3.0), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (int(x), int(y + rng.uniform(-3, 3))), tile)
        x += w + f.getlength(" ") * rng.uniform(0.7, 1.2)


def add_noise(
    img: Image.Image, rng: random.Random, amount: int = 18, specks: int = 900
) -> Image.Image:
    """Sensor / scanner noise: a few dark specks and a light grain."""
    img = img.convert("L") if img.mode == "L" else img.convert("RGB")
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(specks):
        x, y = rng.randrange(w), rng.randrange(h)
        v = rng.randrange(90, 200)
        draw.point((x, y), fill=v if img.mode == "L" else (v, v, v))
    grain = Image.effect_noise((w, h), amount).convert(img.mode)
    return Image.blend(img, grain, 0.06)


# --------------------------------------------------------------------------- n13
def return_form_png() -> bytes:
    """Harbor Point's own return / claim form, filled in by hand, saved as a PNG (200 dpi)."""
    rng = random.Random(13)
    W, H = 1700, 2200
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    d.text((120, 110), "HARBOR POINT PROPERTY MANAGEMENT", font=font(SANS_B, 54), fill="black")
    d.text(
        (120, 185),
        "Maintenance Dept.  -  Vendor Return / Claim Form",
        font=font(SANS, 40),
        fill="black",
    )
    d.line((120, 250, W - 120, 250), fill="black", width=4)
    fields = [
        ("Vendor:", "returns desk - distributor"),
        ("Date:", "11/13/2026"),
        ("Our PO #:", "PO-70288"),
        ("Your order #:", "SO-104241"),
        ("Item / SKU:", "WH-EXP-2G"),
        ("Description:", "2 gal thermal expansion tank"),
        ("Qty received:", "3"),
        ("Qty claimed:", "2"),
        ("Reason:", "DAMAGED - dented in shipping"),
    ]
    y = 330
    lab = font(SANS, 40)
    for label, value in fields:
        d.text((120, y), label, font=lab, fill="black")
        d.line((520, y + 52, W - 140, y + 52), fill=(60, 60, 60), width=2)
        hand_text(img, (540, y - 8), value, 46, rng)
        y += 115
    y += 20
    d.text((120, y), "Comments:", font=lab, fill="black")
    for i in range(3):
        d.line((120, y + 120 + i * 90, W - 140, y + 120 + i * 90), fill=(60, 60, 60), width=2)
    hand_text(img, (130, y + 60), "2 tanks dented, one weeping at the fitting.", 44, rng)
    hand_text(img, (130, y + 150), "3rd tank OK - keeping it.", 44, rng)
    y += 420
    d.text((120, y), "Requested by:", font=lab, fill="black")
    d.line((450, y + 52, 1000, y + 52), fill=(60, 60, 60), width=2)
    hand_text(img, (470, y - 8), "L. Ortega", 46, rng)
    d.text((1050, y), "Bldg:", font=lab, fill="black")
    d.line((1170, y + 52, W - 140, y + 52), fill=(60, 60, 60), width=2)
    hand_text(img, (1190, y - 8), "Bayview 4", 46, rng)
    d.text(
        (120, H - 160),
        "Form MD-7 rev 03/2024   Harbor Point PM, 1200 Harbor Blvd",
        font=font(SANS, 30),
        fill=(90, 90, 90),
    )
    buf = io.BytesIO()
    img.save(buf, "PNG", dpi=(200, 200))
    return buf.getvalue()


# --------------------------------------------------------------------------- n14
def packing_slip_scan_pdf() -> bytes:
    """Our packing slip for SH-55121, marked up by hand at the dock, scanned to an image-only PDF."""
    rng = random.Random(14)
    W, H = 1700, 2200  # letter at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    d.text((110, 100), "PACKING SLIP", font=font(SANS_B, 64), fill=0)
    d.text((110, 190), "Distributor DC-WEST  -  Shipment SH-55121", font=font(SANS, 38), fill=0)
    info = [
        "Ship to:  Keystone Mechanical Contractors",
        "Sales order:  SO-104233        Customer PO:  PO-77812",
        "Ship date:  11/03/2026        Carrier:  ESTES-EXPRESS",
        "Tracking:  ES4410391264",
    ]
    y = 290
    for line in info:
        d.text((110, y), line, font=font(SANS, 36), fill=0)
        y += 56
    y += 40
    cols = [110, 290, 640, 1230, 1430]
    heads = ["Line", "Item", "Description", "Ordered", "Shipped"]
    d.rectangle((100, y - 10, W - 100, y + 60), outline=0, width=3)
    for x, head in zip(cols, heads):
        d.text((x, y), head, font=font(SANS_B, 36), fill=0)
    rows = [
        ("3", "VLV-0750-PRV", '3/4" PRV 25-75 psi', "12", "12"),
        ("4", "PIP-PEX-075-300", '3/4" PEX-A 300 ft coil', "6", "6"),
    ]
    y += 90
    row_y = []
    for row in rows:
        for x, cell in zip(cols, row):
            d.text((x, y), cell, font=font(MONO if x == 290 else SANS, 34), fill=0)
        row_y.append(y)
        d.line((100, y + 60, W - 100, y + 60), fill=0, width=2)
        y += 90
    d.text(
        (110, y + 60),
        "Lot L2608 (PRV).  Pick zones A-07 / Y-01.  Pieces: 18",
        font=font(SANS, 32),
        fill=0,
    )
    d.text(
        (110, y + 120),
        "Received by: ____________________   Date: ____________",
        font=font(SANS, 36),
        fill=0,
    )
    # the dock's pen marks
    ink = 40
    hand_text(img, (1560, row_y[0] - 6), "ok", 44, rng, fill=ink)
    hand_text(img, (1560, row_y[1] - 6), "5", 48, rng, fill=ink)
    d.ellipse((1410, row_y[1] - 20, 1540, row_y[1] + 60), outline=ink, width=4)
    hand_text(img, (300, y + 220), "Only 5 coils rec'd - 1 coil SHORT", 58, rng, fill=ink)
    hand_text(img, (300, y + 310), "PEX 3/4 - please credit 1 coil", 58, rng, fill=ink)
    hand_text(img, (450, y + 115), "J. Farrell", 44, rng, fill=ink)
    hand_text(img, (1160, y + 115), "11/9/26", 44, rng, fill=ink)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=255)
    img = add_noise(img, rng, amount=30, specks=1500)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80, dpi=(200, 200))
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(datetime(2026, 11, 10, 12, 29, 0, tzinfo=UTC))
    pdf.set_producer("KM-SCAN-02")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=612, h=792)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- n15
def handwritten_note_jpg() -> bytes:
    """A note on lined paper, printed by hand, photographed (300 dpi, 5.5 x 4.25 in)."""
    rng = random.Random(15)
    W, H = 1650, 1275
    img = Image.new("RGB", (W, H), (250, 248, 238))
    d = ImageDraw.Draw(img)
    for i in range(12):
        yy = 150 + i * 95
        d.line((0, yy, W, yy), fill=(170, 190, 220), width=3)
    d.line((140, 0, 140, H), fill=(220, 150, 150), width=3)
    lines = [
        "Order SO-104231  (PO 40962)",
        "2 pressure reducing valves VLV-0750-PRV",
        "came with the gauge port broken off,",
        "damaged in the box. Please credit 2.",
        "The 100 copper elbows are fine.",
        "          - Rosa  Delgado & Sons",
    ]
    for i, text in enumerate(lines):
        hand_text(img, (170, 150 + i * 95 - 62), text, 54, rng, path=HAND2, fill=(25, 25, 60))
    img = img.rotate(-1.2, resample=Image.BICUBIC, fillcolor=(200, 196, 185))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = add_noise(img, rng, amount=25, specks=600)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, dpi=(300, 300))
    return buf.getvalue()


# --------------------------------------------------------------------------- n16
def ra_form_photo_jpg() -> bytes:
    """Riverbend's return-authorization request, typed and signed, photographed on a desk."""
    rng = random.Random(16)
    W, H = 1700, 1500
    page = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(page)
    d.text((100, 80), "RIVERBEND PLUMBING & HEATING", font=font(SANS_B, 56), fill="black")
    d.text((100, 160), "Return Authorization Request", font=font(SANS, 44), fill="black")
    d.line((100, 230, W - 100, 230), fill="black", width=3)
    rows = [
        ("Supplier order:", "SO-104214"),
        ("Our PO:", "PO-24388"),
        ("Item:", 'VLV-3100-CK  3" cast iron swing check valve, flanged'),
        ("Qty to return:", "1  (one)"),
        ("Reason:", "No longer needed - job phase cancelled"),
        ("Condition:", "New, still crated, never installed"),
    ]
    y = 290
    for label, value in rows:
        d.text((100, y), label, font=font(SANS_B, 40), fill="black")
        d.text((520, y), value, font=font(SANS, 40), fill="black")
        y += 110
    d.text((100, y + 40), "Requested by: Karen Liu, office", font=font(SANS, 40), fill="black")
    hand_text(page, (100, y + 130), "K. Liu  11/20", 52, rng, path=HAND2, fill=(30, 30, 90))
    # photo: page slightly turned on a grey desk, uneven light
    canvas = Image.new("RGB", (W + 200, H + 200), (118, 112, 104))
    turned = page.rotate(1.6, resample=Image.BICUBIC, expand=True, fillcolor=(118, 112, 104))
    canvas.paste(turned, (60, 70))
    shade = Image.linear_gradient("L").resize(canvas.size).rotate(90)
    shade = shade.point(lambda v: 215 + v * 40 // 255)
    canvas = Image.composite(canvas, Image.new("RGB", canvas.size, (70, 66, 60)), shade)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.8))
    canvas = add_noise(canvas, rng, amount=35, specks=400)
    buf = io.BytesIO()
    canvas.save(buf, "JPEG", quality=82, dpi=(220, 220))
    return buf.getvalue()


# --------------------------------------------------------------------------- mail
def message(sender: str, subject: str, date: str, msgid: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = headers.pop("to", "returns@distributor.example")
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    return msg


def write(name: str, msg: EmailMessage, boundaries: list[str]) -> None:
    """Fixes every multipart boundary (in walk order) so the bytes are reproducible."""
    parts = [p for p in msg.walk() if p.is_multipart()]
    for part, boundary in zip(parts, boundaries):
        part.set_boundary(boundary)
    (OUT / name).write_bytes(msg.as_bytes(policy=SMTP.clone(linesep="\n")))


def n04_html_table() -> None:
    msg = message(
        "Luis Ortega <maintenance@harborpointpm.com>",
        "PO-70231 delivery - damaged filters",
        "Thu, 12 Nov 2026 08:31:47 -0500",
        "<BN8PR04MB6211A3F0C55E9D2B7E41A0C2D4A19@BN8PR04MB6211.namprd04.prod.outlook.com>",
    )
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Our truck delivery on Monday for PO-70231 (Bayview buildings) was checked in yesterday.
Some of the filter cases were sitting in water on the truck floor. Details below:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>Item</th><th>Description</th><th>Qty ordered</th><th>Qty received</th><th>Qty damaged</th><th>Notes</th></tr>
<tr><td>HVC-REG-1006-W</td><td>10x6 floor register, white</td><td>60</td><td>60</td><td>0</td><td>OK</td></tr>
<tr><td>HVC-FLT-1625-M11</td><td>16x25x1 MERV 11 filter, case of 12</td><td>24</td><td>24</td><td><b>3</b></td><td>cases soaked through, filters swollen</td></tr>
<tr><td>TST-2100-NP</td><td>Digital thermostat, non-prog</td><td>10</td><td>10</td><td>0</td><td>OK</td></tr>
</table>
<p>We can't use the wet ones. Please credit the damaged cases, we will keep them here
until you tell us what to do with them.</p>
<p>Thank you,<br>
<b>Luis Ortega</b><br>
Maintenance Supervisor | Harbor Point Property Management<br>
Office 555-0187 | 1200 Harbor Blvd, Suite 4</p>
</body></html>
"""
    msg.set_content(html, subtype="html", cte="quoted-printable")
    write("n04-harbor-html-table-wet-filters.eml", msg, [])


def n13_png_form() -> None:
    msg = message(
        "Luis Ortega <maintenance@harborpointpm.com>",
        "return form",
        "Fri, 13 Nov 2026 09:06:12 -0500",
        "<BN8PR04MB6211F7A21C0B4E9D88C1E2F5D4A19@BN8PR04MB6211.namprd04.prod.outlook.com>",
    )
    msg.set_content("Return form attached.\n\nLuis\n")
    msg.add_attachment(
        return_form_png(), maintype="image", subtype="png", filename="MD-7_return_form.png"
    )
    write("n13-harbor-png-return-form.eml", msg, ["_004_BN8PR04MB6211F7A21C0B4E9D88C1_"])


def n14_scanned_pdf() -> None:
    msg = message(
        "Jim Farrell <jfarrell@keystonemech.com>",
        "Scanned from KM-SCAN-02",
        "Tue, 10 Nov 2026 07:29:40 -0500",
        "<20261110122940.KMSCAN02.4411@keystonemech.com>",
    )
    msg.set_content(
        "scan of the packing slip from the 2nd delivery on 77812, see my notes on it\n\n"
        "-- \nJim Farrell | Warehouse Lead | Keystone Mechanical Contractors\n"
        "Dock 2, 4410 Industrial Pkwy | cell 555-0110\n"
    )
    msg.add_attachment(
        packing_slip_scan_pdf(),
        maintype="application",
        subtype="pdf",
        filename="SCAN_20261110_0729.pdf",
    )
    write("n14-keystone-scanned-packing-slip.eml", msg, ["----=_Part_4411_20261110.0729"])


def n15_handwritten_jpg() -> None:
    msg = message(
        "Delgado & Sons Office <office@delgadosons.com>",
        "IMG_4471.jpg",
        "Mon, 16 Nov 2026 08:21:05 -0600",
        "<A1F3C2D9-77E4-4B1A-9C0E-5D2B8F6E4471@delgadosons.com>",
    )
    msg.set_content("\n\nSent from my iPhone\n")
    msg.add_attachment(
        handwritten_note_jpg(), maintype="image", subtype="jpeg", filename="IMG_4471.jpg"
    )
    write("n15-delgado-handwritten-note-prv.eml", msg, ["Apple-Mail-4471-0A1F3C2D"])


def n16_photo_jpg() -> None:
    msg = message(
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "RA request",
        "Fri, 20 Nov 2026 10:41:33 -0600",
        "<CAHx3pZ-RA1120-k9Qw2mV7tN4bL8eD1gJ6hU5aX3pO@mail.gmail.com>",
    )
    msg.set_content("Karen filled out the RA form, pic attached. thx\n\nMike\n")
    msg.add_attachment(
        ra_form_photo_jpg(), maintype="image", subtype="jpeg", filename="20261120_104012.jpg"
    )
    write("n16-riverbend-photo-ra-form.eml", msg, ["000000000000f3e2d1c0b9a81120"])


def n18_newsletter() -> None:
    msg = message(
        "Apex Valve Co <news@apexvalve-mail.example>",
        "November deals: overstock clearance + free freight",
        "Wed, 18 Nov 2026 06:02:00 -0600",
        "<nl-2026-11-18.88213@apexvalve-mail.example>",
        List_Unsubscribe="<mailto:unsubscribe@apexvalve-mail.example?subject=unsub>",
        Precedence="bulk",
    )
    text = """APEX VALVE CO - NOVEMBER NEWS FOR DISTRIBUTOR PARTNERS

OVERSTOCK CLEARANCE: 20% off 3/4" and 1" brass ball valves while stock lasts.
Free freight on orders over $500 through December 15.

NEW: lead-free thermostatic mixing valves, 1/2" to 1-1/4".

Damaged or short shipment from Apex? Our new partner portal lets you file a
freight claim in 2 minutes - no more emails.

Apex Valve Co | 300 Foundry Rd | You receive this because you are an Apex partner.
Unsubscribe: https://apexvalve-mail.example/u/88213
"""
    html = """<html><body style="font-family:Arial">
<h1 style="color:#b22">November deals</h1>
<h2>OVERSTOCK CLEARANCE: 20% off 3/4&quot; and 1&quot; brass ball valves</h2>
<p>While stock lasts. <b>Free freight</b> on orders over $500 through December 15.</p>
<p>NEW: lead-free thermostatic mixing valves, 1/2&quot; to 1-1/4&quot;.</p>
<p>Damaged or short shipment from Apex? Our new partner portal lets you file a freight claim in 2 minutes.</p>
<p style="font-size:9pt;color:#888">Apex Valve Co | 300 Foundry Rd | <a href="https://apexvalve-mail.example/u/88213">Unsubscribe</a></p>
</body></html>
"""
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    write("n18-apex-newsletter.eml", msg, ["==apex-nl-20261118=="])


if __name__ == "__main__":
    import sys

    OUT.mkdir(parents=True, exist_ok=True)
    n04_html_table()
    n13_png_form()
    n14_scanned_pdf()
    n15_handwritten_jpg()
    n16_photo_jpg()
    n18_newsletter()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":  # the images alone, to look at / OCR
        dump = Path(sys.argv[2])
        dump.mkdir(parents=True, exist_ok=True)
        (dump / "n13.png").write_bytes(return_form_png())
        (dump / "n14.pdf").write_bytes(packing_slip_scan_pdf())
        (dump / "n15.jpg").write_bytes(handwritten_note_jpg())
        (dump / "n16.jpg").write_bytes(ra_form_photo_jpg())
