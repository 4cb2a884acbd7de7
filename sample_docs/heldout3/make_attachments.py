"""Builds the four heldout3 requests whose claim is only in an attachment (m09-m12).

Deterministic: fixed fonts, fixed random seeds, fixed MIME boundaries, fixed PDF dates.
Run with the project's venv (Pillow, fpdf2):

    /work/main/.venv/bin/python sample_docs/heldout3/make_attachments.py

It (re)writes requests/m09-*.eml ... requests/m12-*.eml next to this file. The images are
rendered at 300 dpi so that Tesseract can read them; the "handwriting" is an italic font
drawn with a slight per-line rotation, jitter and paper noise (no script font is installed).
"""

import io
import random
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
FONTS = Path("/usr/share/fonts/truetype")
PRINT = FONTS / "liberation" / "LiberationSans-Regular.ttf"
PRINT_BOLD = FONTS / "liberation" / "LiberationSans-Bold.ttf"
HAND = FONTS / "dejavu" / "DejaVuSans-Oblique.ttf"
HAND2 = FONTS / "liberation" / "LiberationSerif-Italic.ttf"
DPI = 300
LETTER = (int(8.5 * DPI), int(11 * DPI))


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


def paper(size: tuple[int, int], rng: random.Random, tint: int = 250) -> Image.Image:
    """Off-white paper with a little speckle noise."""
    img = Image.new("L", size, tint)
    px = img.load()
    for _ in range(size[0] * size[1] // 400):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        px[x, y] = rng.randrange(170, 235)
    return img.convert("RGB")


def hand_line(
    canvas: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    *,
    size: int = 62,
    fill: tuple[int, int, int] = (20, 30, 110),
    path: Path = HAND,
    max_angle: float = 2.0,
) -> None:
    """One line of 'handwriting': each word a little up or down, the line slightly tilted."""
    f = font(path, size)
    words = text.split(" ")
    width = sum(int(f.getlength(w + " ")) for w in words) + 40
    layer = Image.new("RGBA", (width, size * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x = 10
    for word in words:
        d.text((x, size // 3 + rng.randint(-4, 4)), word, font=f, fill=fill + (255,))
        x += int(f.getlength(word + " ")) + rng.randint(-3, 6)
    layer = layer.rotate(rng.uniform(-max_angle, max_angle), expand=True, resample=Image.BICUBIC)
    canvas.paste(layer, xy, layer)


def printed(draw: ImageDraw.ImageDraw, xy, text, size=40, bold=False, fill=(0, 0, 0)):
    draw.text(xy, text, font=font(PRINT_BOLD if bold else PRINT, size), fill=fill)


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(DPI, DPI), optimize=False)
    return buf.getvalue()


def jpeg_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=88, dpi=(DPI, DPI))
    return buf.getvalue()


# ---------------------------------------------------------------- m09: return form (PNG)
def return_form() -> bytes:
    rng = random.Random(9)
    img = paper((LETTER[0], int(6.5 * DPI)), rng)
    d = ImageDraw.Draw(img)
    printed(d, (150, 110), "KEYSTONE MECHANICAL CONTRACTORS", 54, bold=True)
    printed(d, (150, 190), "Material Return Request  -  Form KMC-R7 (rev. 03/2024)", 40)
    d.line((150, 260, 2400, 260), fill=(0, 0, 0), width=4)
    fields = [
        ("Date:", 320),
        ("Supplier:", 420),
        ("Our PO no.:", 520),
        ("Supplier order no.:", 620),
        ("Requested by:", 720),
        ("Phone:", 820),
    ]
    for label, y in fields:
        printed(d, (150, y), label, 42)
        d.line((620, y + 52, 1600, y + 52), fill=(90, 90, 90), width=2)
    hand_line(img, (640, 285), "11/19/26", rng)
    hand_line(img, (640, 385), "Returns desk (main branch)", rng, size=50)
    hand_line(img, (640, 485), "PO-77790", rng)
    hand_line(img, (640, 585), "SO-104226", rng)
    hand_line(img, (640, 685), "Tom Morales", rng)
    hand_line(img, (640, 785), "215-555-0187", rng)

    top = 960
    cols = [150, 520, 1350, 1600, 2400]
    heads = ["Our part no.", "Description", "Qty", "Reason for return"]
    d.rectangle((cols[0], top, cols[-1], top + 80), outline=(0, 0, 0), width=3)
    for i, h in enumerate(heads):
        printed(d, (cols[i] + 15, top + 18), h, 38, bold=True)
    for row in range(3):
        y0 = top + 80 + row * 110
        d.rectangle((cols[0], y0, cols[-1], y0 + 110), outline=(0, 0, 0), width=2)
    for x in cols[1:-1]:
        d.line((x, top, x, top + 80 + 3 * 110), fill=(0, 0, 0), width=2)
    y = top + 95
    hand_line(img, (cols[0] + 10, y - 20), "KM-88107", rng)
    hand_line(img, (cols[1] + 10, y - 20), '1" ball valve thrd', rng, size=52)
    hand_line(img, (cols[2] + 30, y - 20), "12", rng)
    hand_line(img, (cols[3] + 10, y - 20), "not needed - overstock", rng, size=50)

    printed(
        d,
        (150, 1450),
        "Reason codes: DMG damaged / SHT short / WRG wrong item / DEF defective /",
        34,
    )
    printed(d, (150, 1500), "NN no longer needed (restocking fee applies) / PRC price", 34)
    printed(d, (150, 1640), "Approved (PM):", 42)
    hand_line(img, (520, 1600), "T. Morales", rng, size=66, path=HAND2)
    printed(d, (1300, 1640), "Boxes sealed:  YES", 42)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return png_bytes(img)


# ------------------------------------------------------- m10: marked-up packing slip (JPEG)
def packing_slip() -> bytes:
    rng = random.Random(10)
    img = paper((LETTER[0], int(7 * DPI)), rng, tint=246)
    d = ImageDraw.Draw(img)
    printed(d, (150, 100), "PACKING SLIP", 64, bold=True)
    printed(d, (1500, 110), "Page 1 of 1", 38)
    info = [
        ("Shipment:", "SH-55140"),
        ("Order:", "SO-104238"),
        ("Customer PO:", "PO-60418"),
        ("Ship date:", "11/05/2026"),
        ("Carrier:", "OWN FLEET"),
        ("Ship to:", "Summit HVAC Services"),
    ]
    for i, (k, v) in enumerate(info):
        printed(d, (150, 230 + i * 62), k, 40, bold=True)
        printed(d, (520, 230 + i * 62), v, 40)
    top = 680
    cols = [150, 300, 850, 1650, 1950, 2250]
    heads = ["Ln", "Item", "Description", "Ordered", "Shipped"]
    d.rectangle(
        (cols[0], top, cols[-1], top + 75), fill=(225, 225, 225), outline=(0, 0, 0), width=3
    )
    for i, h in enumerate(heads):
        printed(d, (cols[i] + 15, top + 16), h, 38, bold=True)
    rows = [
        ("1", "TST-7500-PRO", "7-day prog. Wi-Fi thermostat", "12", "12"),
        ("2", "TST-2100-NP", "non-prog. digital thermostat", "20", "20"),
        ("3", "HVC-FLT-1625-M11", "16x25x1 MERV 11 filter, cs/12", "10", "10"),
    ]
    for r, row in enumerate(rows):
        y0 = top + 75 + r * 100
        d.rectangle((cols[0], y0, cols[-1], y0 + 100), outline=(0, 0, 0), width=2)
        for i, cell in enumerate(row):
            printed(d, (cols[i] + 15, y0 + 28), cell, 34 if i == 1 else 38)
    for x in cols[1:-1]:
        d.line((x, top, x, top + 75 + 3 * 100), fill=(0, 0, 0), width=2)
    printed(d, (150, 1110), "Received in good condition unless noted.  Signature: ____________", 36)
    # the customer's red-pen markup
    red = (170, 20, 20)
    hand_line(img, (cols[-1] + 20, top + 85), "ok", rng, fill=red)
    hand_line(img, (cols[-1] + 20, top + 185), "ok", rng, fill=red)
    d.ellipse((cols[4] - 10, top + 270, cols[5] - 40, top + 375), outline=red, width=6)
    hand_line(img, (700, 1230), "Line 3: rec'd only 8 cases", rng, fill=red, size=66)
    hand_line(img, (700, 1330), "SHORT 2 cases of filters", rng, fill=red, size=66)
    hand_line(img, (700, 1450), "R. Patel  11/12", rng, fill=red, size=58, path=HAND2)
    img = img.rotate(-0.8, expand=False, fillcolor=(246, 246, 246), resample=Image.BICUBIC)
    return jpeg_bytes(img)


# --------------------------------------------------- m11: handwritten note, scanned PDF
def handwritten_note_pdf() -> bytes:
    rng = random.Random(11)
    w, h = int(5.5 * DPI), int(8.5 * DPI)  # half-letter note pad
    img = paper((w, h), rng, tint=244)
    d = ImageDraw.Draw(img)
    for y in range(330, h - 100, 120):  # ruled pad
        d.line((60, y, w - 60, y), fill=(190, 205, 225), width=2)
    printed(d, (80, 90), "Harbor Point Property Management", 40, bold=True)
    printed(d, (80, 150), "Maintenance Dept.", 36)
    lines = [
        "11/13/26",
        "PO 70288",
        "Water heater WH-50G-NG",
        "1 unit arrived DAMAGED",
        "tank dented on the side",
        "top crushed, driver saw it",
        "please credit",
        "- Luis O.",
    ]
    for i, text in enumerate(lines):
        hand_line(
            img,
            (90 + rng.randint(-10, 20), 255 + i * 120),
            text,
            rng,
            size=66,
            fill=(25, 25, 25),
            max_angle=1.5,
        )
    img = img.rotate(1.2, expand=False, fillcolor=(235, 235, 235), resample=Image.BICUBIC)
    img = img.convert("L").filter(ImageFilter.GaussianBlur(0.7))
    pdf = FPDF(unit="in", format=(5.5, 8.5))
    pdf.set_creation_date(datetime(2026, 11, 13, 13, 5, 0))
    pdf.set_producer("KM-SCAN 4.2")
    pdf.add_page()
    pdf.image(io.BytesIO(png_bytes(img)), x=0, y=0, w=5.5, h=8.5)
    return bytes(pdf.output())


# ------------------------------------------------------ m12: photo of a note (PNG)
def note_photo() -> bytes:
    rng = random.Random(12)
    w, h = int(6 * DPI), int(4.5 * DPI)
    img = paper((w, h), rng, tint=238)
    lines = [
        "SO-104216  Delgado & Sons",
        "2 expansion tanks WH-EXP-2G",
        "DEFECTIVE - both leak at the",
        "fitting after 1 day, 60 psi",
        "Hector 11/24",
    ]
    for i, text in enumerate(lines):
        hand_line(
            img,
            (70, 90 + i * 135),
            text,
            rng,
            size=64,
            fill=(10, 10, 60),
            path=HAND2 if i == 4 else HAND,
            max_angle=2.5,
        )
    # a thumb shadow and a coffee ring, the way a phone photo of a note looks
    shade = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shade).ellipse((w - 320, h - 260, w + 120, h + 200), fill=70)
    img = Image.composite(
        Image.new("RGB", (w, h), (120, 110, 100)), img, shade.filter(ImageFilter.GaussianBlur(40))
    )
    ImageDraw.Draw(img).ellipse((w - 620, 60, w - 300, 380), outline=(180, 150, 110), width=9)
    img = img.rotate(-2.0, expand=False, fillcolor=(90, 80, 70), resample=Image.BICUBIC)
    return png_bytes(img.filter(ImageFilter.GaussianBlur(0.8)))


# ------------------------------------------------------------------ the emails
def email(name, sender, subject, date, msgid, body, attachment, maintype, subtype, filename):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = "returns@distributor.example"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg.set_content(body)
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary("==heldout3-" + name[:3] + "-boundary==")
    (OUT / name).write_bytes(msg.as_bytes())


def main() -> None:
    OUT.mkdir(exist_ok=True)
    email(
        "m09-keystone-ocr-return-form-png.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "Return request PO-77790",
        "Thu, 19 Nov 2026 10:12:40 -0500",
        "<KMC-RET-20261119-0029@keystonemech.com>",
        "Hello,\n\nPlease see our return form attached and send an RMA.\n\n"
        "Tom Morales\nKeystone Mechanical Contractors\n",
        return_form(),
        "image",
        "png",
        "KMC-R7_PO-77790.png",
    )
    email(
        "m10-summit-ocr-packing-slip-jpeg.eml",
        "Raj Patel <raj.patel@summithvac.net>",
        "receiving notes - SO-104238",
        "Thu, 12 Nov 2026 07:20:15 -0500",
        "<2b8e61f0-94c7-4a1d-b3e2-5f0a7d9c1e48@summithvac.net>",
        "Morning,\n\nPacking slip with our receiving notes attached, please fix the account.\n\n"
        "Raj\n",
        packing_slip(),
        "image",
        "jpeg",
        "IMG_20261112_0712.jpg",
    )
    email(
        "m11-harbor-ocr-scanned-pdf-heater.eml",
        "Luis Ortega <maintenance@harborpointpm.com>",
        "Scan from maintenance office",
        "Fri, 13 Nov 2026 12:05:51 -0500",
        "<BN8PR04MB62117E2D55C0A91B4F@BN8PR04MB6211.namprd04.prod.outlook.com>",
        "Scanned document attached.\n\nSent from the Harbor Point maintenance office scanner.\n",
        handwritten_note_pdf(),
        "application",
        "pdf",
        "scan_20261113_120502.pdf",
    )
    email(
        "m12-delgado-ocr-handwritten-expansion-tanks.eml",
        "Rosa Delgado <rosa@delgadoplumbing.com>",
        "tanques / tanks",
        "Wed, 25 Nov 2026 07:48:09 -0600",
        "<9e4d27b1c0a3f5e8@delgadoplumbing.com>",
        "Hello,\n\nthe note from Hector is in the picture, he write it in the truck. "
        "Please help us with this.\n\nThank you\nRosa\n",
        note_photo(),
        "image",
        "png",
        "note.png",
    )


if __name__ == "__main__":
    main()
