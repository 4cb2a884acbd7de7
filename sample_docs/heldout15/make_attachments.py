"""Build the heldout15 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout15/make_attachments.py

Text PDFs (fpdf2): s04 receiving log (2 pages), s08 material return request, s12 debit memo,
s13 return goods request, s17 service ticket (2 pages), s21 vendor return request, s27 work
order, s28 backflow test report, s29 statement reconciliation (a non-claim).
Scanned-looking PNGs (Pillow): s02 receiving exception form, s06 our packing slip marked up
in pen, s09 a hand-written return slip, s16 our warranty claim form filled in by hand.
Photo-like JPEGs (Pillow): s01 thermostat carton label, s11 coupling bag label, s15
thermostat back plate label, s24 our counter pick-up ticket marked in pen.
CSV attachments: s03 receipt reconciliation export, s10 AP match exception export.
HTML: s07 is multipart/alternative with an HTML table (no file attached).

Everything is fixed: random seeds, dates, MIME boundaries, the PDFs' creation dates, and the
font (Pillow's bundled default font). The other requests of the set are written by hand.
"""

import io
import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
VENDOR = "Tri-State Plumbing & HVAC Supply"
TO = "returns@distributor.example"

Row = tuple[str, ...]

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s01": 1501,
    "s02": 1502,
    "s06": 1507,
    "s09": 1509,
    "s11": 1511,
    "s15": 1515,
    "s16": 1519,
    "s24": 1526,
}


# ---------------------------------------------------------------- PDF helpers


class Paged(FPDF):
    """A PDF with a running header and a 'Page n of m' footer, like a report writer."""

    head_text = ""
    foot_text = ""

    def header(self) -> None:
        if self.head_text:
            self.set_font("Helvetica", "", 7)
            self.cell(0, 4, self.head_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def footer(self) -> None:
        if self.foot_text:
            self.set_y(-11)
            self.set_font("Helvetica", "", 7)
            self.cell(0, 4, f"{self.foot_text}    Page {self.page_no()} of {{nb}}", align="C")


def new_pdf(title: str, author: str, when: datetime, head: str = "", foot: str = "") -> Paged:
    pdf = Paged(format="letter")
    pdf.head_text, pdf.foot_text = head, foot
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_producer("fpdf2")
    pdf.set_creator(author)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    return pdf


def heading(pdf: FPDF, company: str, title: str, address: str = "") -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, company, new_x="LMARGIN", new_y="NEXT")
    if address:
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 4, address, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def fields(pdf: FPDF, rows: list[tuple[str, str]], key_width: float = 38) -> None:
    for key, value in rows:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(key_width, 5.5, key)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(
    pdf: FPDF, widths: tuple[float, ...], heads: Row, rows: list[Row], size: float = 8
) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_fill_color(228, 228, 228)
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 6.5, head, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 6.5, text, border=1)
        pdf.ln()
    pdf.ln(2)


def para(pdf: FPDF, text: str, size: float = 9, style: str = "") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def done(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hand(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 30,
    ink: tuple[int, ...] | int = 40,
    tilt: float = 4.0,
) -> None:
    """Write text glyph by glyph with jitter in size, angle and baseline (a pen)."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 2, size + 2)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=font(s), fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, glyph.size, ink)
        img.paste(colour, (x - s // 2, y + rng.randint(-2, 2)), glyph)
        x += int(font(s).getlength(ch)) + rng.randint(0, 2)


def scan_finish(img: Image.Image, rng: random.Random, angle: float, specks: int) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    px = img.load()
    w, h = img.size
    for _ in range(specks):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def photo_finish(
    img: Image.Image, rng: random.Random, angle: float, bg: tuple[int, int, int], noise: int
) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(noise):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-16, 16)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=78)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw, cols: tuple[int, ...], top: int, rows: int, step: int, right: int
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=70, width=2)
    for x in (*cols, right):
        draw.line([(x, top), (x, top + rows * step)], fill=70, width=2)


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(25, 25, 25))
        x += w + rng.choice((2, 3, 4))


def card(
    size: tuple[int, int], bg: tuple[int, int, int], paper: tuple[int, int, int], margin: int
) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", size, bg)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(margin, margin), (size[0] - margin, size[1] - margin)], fill=paper)
    return img, draw


# ---------------------------------------------------------------- photos and scans


def thermostat_carton_jpeg() -> bytes:
    """s01: Harbor's phone photo of a thermostat carton end with our pick sticker."""
    rng = random.Random(SEEDS["s01"])
    img, draw = card((1500, 1050), (176, 140, 96), (250, 250, 246), 0)
    draw.rectangle([(0, 0), (1500, 1050)], fill=(181, 145, 101))
    for _ in range(40):  # corrugation shading
        y = rng.randrange(1050)
        draw.line([(0, y), (1500, y + rng.randint(-6, 6))], fill=(170, 133, 92), width=2)
    draw.rectangle([(80, 80), (980, 700)], fill=(248, 248, 244))
    draw.text((110, 100), "BRADFORD THERMAL PRODUCTS", font=font(40), fill=(20, 20, 20))
    draw.text((110, 160), "NON-PROGRAMMABLE DIGITAL", font=font(34), fill=(20, 20, 20))
    draw.text((110, 205), "THERMOSTAT  24 V", font=font(34), fill=(20, 20, 20))
    draw.text((110, 270), "QTY 10 EA   MASTER CARTON", font=font(32), fill=(30, 30, 30))
    barcode(draw, rng, 120, 340, 150, 60)
    draw.text((120, 505), "UPC 084512021006", font=font(40), fill=(15, 15, 15))
    draw.text((110, 580), "MADE IN USA   LOT 2609-B", font=font(26), fill=(50, 50, 50))
    draw.text((110, 625), "GROSS WT 6.8 LB", font=font(26), fill=(50, 50, 50))
    draw.rectangle([(1020, 380), (1440, 700)], fill=(255, 250, 205))
    draw.text((1040, 395), "TRI-STATE SUPPLY", font=font(28), fill=(20, 20, 20))
    draw.text((1040, 440), "SO-104239", font=font(36), fill=(10, 10, 10))
    draw.text((1040, 490), "PO-70231", font=font(32), fill=(20, 20, 20))
    draw.text((1040, 540), "SH-55146 DC-EAST", font=font(26), fill=(30, 30, 30))
    draw.text((1040, 590), "CTN 2 OF 3", font=font(30), fill=(20, 20, 20))
    draw.text((1040, 640), "PICK ZONE D-03", font=font(24), fill=(40, 40, 40))
    draw.line([(300, 760), (520, 1000)], fill=(90, 70, 50), width=9)  # the crushed corner
    draw.line([(520, 1000), (760, 820)], fill=(90, 70, 50), width=7)
    return photo_finish(img, rng, 2.0, (60, 58, 55), 9000)


def receiving_exception_png() -> bytes:
    """s02: Summit's receiving exception form, filled in by hand, scanned."""
    rng = random.Random(SEEDS["s02"])
    img = Image.new("L", (1700, 1250), 247)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "SUMMIT HVAC SERVICES", font=font(36), fill=15)
    draw.text((50, 78), "RECEIVING EXCEPTION REPORT   (form SHV-12 rev 3)", font=font(26), fill=25)
    draw.text((1180, 34), "No. 0871", font=font(30), fill=20)
    labels = [
        ("VENDOR:", 160),
        ("PO NO:", 220),
        ("VENDOR ORDER:", 280),
        ("CARRIER / PRO:", 340),
        ("DATE REC'D:", 400),
    ]
    for text, y in labels:
        draw.text((50, y), text, font=font(24), fill=25)
        draw.line([(300, y + 32), (1100, y + 32)], fill=110, width=1)
    hand(img, (310, 150), "TRI-STATE SUPPLY", rng, size=32)
    hand(img, (310, 210), "PO-60377", rng, size=32)
    hand(img, (310, 270), "SO-104228", rng, size=32)
    hand(img, (310, 330), "ODFL  OD0782290518", rng, size=30)
    hand(img, (310, 390), "11/2/26", rng, size=30)
    cols = (40, 360, 760, 940, 1120, 1300)
    heads = ("ITEM", "DESCRIPTION", "SHIPPED", "REC'D", "DAMAGED", "NOTES")
    top, step = 480, 90
    grid(draw, cols, top, 4, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 30), head, font=font(22), fill=15)
    rows = [
        ("CLG-TILE-24-ACU", "2X2 TILE CTN", "40", "40", "0", "OK"),
        ("HVC-REG-1006-W", "10X6 REGISTER", "30", "30", "6", "BENT"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            hand(img, (x + 14, y + 24), text, rng, size=28, ink=35)
        y += step
    draw.text((50, 880), "DESCRIBE EXCEPTION:", font=font(24), fill=25)
    hand(img, (60, 930), "6 REGISTERS FACES BENT, BOX CRUSHED AT DOCK", rng, size=30, ink=40)
    hand(img, (60, 990), "NOTED ON DR - REST OK", rng, size=30, ink=40)
    draw.text((50, 1090), "RECEIVED BY:", font=font(24), fill=25)
    hand(img, (260, 1080), "J. OKAFOR  X214", rng, size=28, ink=50)
    draw.text((900, 1090), "Report damage within 10 days.", font=font(22), fill=45)
    return scan_finish(img, rng, -0.8, 14000)


def packing_slip_png() -> bytes:
    """s06: our packing slip for SO-104244, Summit's receiving notes in pen."""
    rng = random.Random(SEEDS["s06"])
    img = Image.new("L", (1700, 1100), 247)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(34), fill=15)
    draw.text((50, 74), "PACKING SLIP", font=font(30), fill=15)
    draw.text((1080, 30), "Order: SO-104244", font=font(28), fill=15)
    draw.text((1080, 68), "Cust PO: PO-60455", font=font(24), fill=25)
    draw.text((1080, 102), "Ship date: 11/10/2026", font=font(24), fill=25)
    draw.text((50, 130), "Ship to: SUMMIT HVAC SERVICES, 1720 QUARRY RD", font=font(22), fill=25)
    draw.text(
        (50, 166),
        "Ship via: UPS GROUND  1Z4F83090342291043   From: DC-WEST",
        font=font(22),
        fill=25,
    )
    cols = (40, 100, 440, 900, 1040, 1170, 1250)
    heads = ("LN", "ITEM", "DESCRIPTION", "ORDERED", "SHIPPED", "B/O", "RECEIVED / NOTES")
    top, step = 220, 80
    grid(draw, cols, top, 4, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 28), head, font=font(20), fill=15)
    rows = [
        ("1", "HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SW", "10", "10", "0"),
        ("2", "TST-2100-NP", "NON-PROG DIGITAL TSTAT 24V", "12", "12", "0"),
        ("3", "HVC-FLT-1625-M11", "16X25X1 MERV 11 CS/12", "20", "20", "0"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols[:6], row, strict=True):
            draw.text((x + 8, y + 26), text, font=font(24), fill=20)
        y += step
    y = top + step
    hand(img, (cols[6] + 12, y + 6), "9 OK", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + 42), "1 DMG", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + step + 22), "OK 12", rng, size=30, ink=35)
    hand(img, (cols[6] + 12, y + 2 * step + 6), "REC'D 22", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + 2 * step + 42), "2 EXTRA", rng, size=28, ink=35)
    draw.text((50, 600), "Cartons: 8     Weight: 142 lb", font=font(22), fill=30)
    draw.text(
        (50, 645), "Report shortages and damage within 5 days of delivery.", font=font(20), fill=40
    )
    hand(img, (60, 730), "pump reservoir cracked - box was punctured", rng, size=30, ink=40)
    hand(img, (60, 790), "filters: 22 cases on pallet, slip says 20", rng, size=30, ink=40)
    hand(img, (60, 870), "rcvd 11/12  JO", rng, size=30, ink=50)
    draw.text((50, 980), "Picked by: W-07    Checked by: AK", font=font(20), fill=40)
    return scan_finish(img, rng, 0.6, 15000)


def return_slip_png() -> bytes:
    """s09: Delgado's hand-written return slip on a printed pad."""
    rng = random.Random(SEEDS["s09"])
    img = Image.new("L", (1400, 1100), 248)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "DELGADO & SONS PLUMBING", font=font(36), fill=15)
    draw.text((50, 80), "MATERIAL RETURN SLIP", font=font(28), fill=25)
    draw.text((50, 118), "Lic. M-40417   (555) 260-4419", font=font(22), fill=40)
    draw.text((1000, 40), "No 2216", font=font(30), fill=30)
    for i in range(11):
        y = 200 + i * 75
        draw.line([(50, y + 45), (1350, y + 45)], fill=150, width=1)
    hand(img, (60, 200), "TO: TRI-STATE SUPPLY", rng, size=34)
    hand(img, (60, 275), "ORDER SO-104231   PO 40962", rng, size=34)
    hand(img, (60, 350), "1 IN COPPER 90 ELBOWS", rng, size=34)
    hand(img, (60, 425), "ORDERED 100  USED 60", rng, size=34)
    hand(img, (60, 500), "RETURN 40", rng, size=38, ink=20)
    hand(img, (60, 575), "NOT NEEDED - JOB WENT PEX", rng, size=34)
    hand(img, (60, 650), "ALL IN ORIGINAL BAGS", rng, size=32)
    hand(img, (60, 800), "R. DELGADO  11/19", rng, size=32, ink=50)
    return scan_finish(img, rng, 1.1, 12000)


def coupling_bag_jpeg() -> bytes:
    """s11: Riverbend's photo of a coupling bag label; the parts inside are 3/4"."""
    rng = random.Random(SEEDS["s11"])
    img, draw = card((1400, 1000), (120, 124, 130), (236, 238, 240), 60)
    draw.rectangle([(150, 120), (1000, 560)], fill=(252, 252, 250))
    draw.text((175, 140), "GULFLINE FITTINGS & PIPE", font=font(34), fill=(20, 20, 20))
    draw.text((175, 200), '1/2" PEX BRASS CRIMP COUPLING', font=font(34), fill=(15, 15, 15))
    draw.text((175, 255), "BAG OF 25", font=font(34), fill=(15, 15, 15))
    draw.text((175, 310), "ITEM FTG-PEX-CPL-050", font=font(34), fill=(15, 15, 15))
    barcode(draw, rng, 185, 370, 110, 50)
    draw.text((175, 500), "ASTM F1807   LEAD FREE", font=font(24), fill=(50, 50, 50))
    draw.rectangle([(1030, 120), (1330, 360)], fill=(255, 250, 205))
    draw.text((1045, 135), "TRI-STATE", font=font(26), fill=(20, 20, 20))
    draw.text((1045, 180), "SO-104236", font=font(30), fill=(10, 10, 10))
    draw.text((1045, 225), "PO-24519", font=font(28), fill=(20, 20, 20))
    draw.text((1045, 270), "BAG 3 OF 10", font=font(26), fill=(20, 20, 20))
    for i in range(6):  # the couplings in the bag, bigger than they should be
        x, y = 220 + i * 140, 680 + (i % 2) * 60
        draw.ellipse([(x, y), (x + 110, y + 110)], outline=(170, 140, 60), width=14)
    draw.line([(180, 640), (1200, 650)], fill=(30, 30, 30), width=3)
    draw.text((900, 860), '3/4"', font=font(36), fill=(40, 40, 40))
    return photo_finish(img, rng, -1.6, (70, 70, 72), 8000)


def thermostat_label_jpeg() -> bytes:
    """s15: the back plate label of a Wi-Fi thermostat, photographed on site."""
    rng = random.Random(SEEDS["s15"])
    img, draw = card((1300, 900), (212, 208, 200), (245, 245, 243), 40)
    draw.rounded_rectangle([(140, 110), (1160, 760)], radius=40, fill=(232, 232, 230))
    draw.rectangle([(220, 170), (1080, 640)], fill=(255, 255, 255))
    draw.text((245, 190), "BRADFORD THERMAL PRODUCTS", font=font(32), fill=(20, 20, 20))
    draw.text((245, 240), "7-DAY PROGRAMMABLE WI-FI", font=font(30), fill=(20, 20, 20))
    draw.text((245, 290), "24 VAC 50/60 Hz  Class 2", font=font(26), fill=(40, 40, 40))
    draw.text((245, 340), "SN 7500-2609-04417", font=font(30), fill=(15, 15, 15))
    barcode(draw, rng, 250, 400, 110, 48)
    draw.text((245, 530), "UPC 084512075004", font=font(36), fill=(10, 10, 10))
    draw.text((245, 585), "MFD 09/2026   FCC ID 2AB7X-T75", font=font(22), fill=(50, 50, 50))
    for i in range(4):  # terminal screws
        draw.ellipse([(330 + i * 170, 680), (380 + i * 170, 730)], fill=(180, 170, 110))
    return photo_finish(img, rng, 1.4, (90, 85, 80), 8000)


def warranty_form_png() -> bytes:
    """s16: our warranty claim form, filled in by hand by Delgado, scanned."""
    rng = random.Random(SEEDS["s16"])
    img = Image.new("L", (1700, 1300), 247)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(34), fill=15)
    draw.text((50, 76), "WARRANTY CLAIM FORM  - one item per form", font=font(28), fill=20)
    draw.text((1250, 36), "WC-26", font=font(28), fill=30)
    labels = [
        ("CUSTOMER", 170),
        ("ORDER / INVOICE NO", 250),
        ("ITEM NO", 330),
        ("SERIAL NO", 410),
        ("QTY", 490),
        ("DATE INSTALLED", 570),
        ("DATE FAILED", 650),
        ("FAILURE", 730),
    ]
    for text, y in labels:
        draw.text((50, y), text, font=font(24), fill=25)
        draw.line([(420, y + 36), (1650, y + 36)], fill=110, width=1)
    hand(img, (440, 160), "DELGADO & SONS PLUMBING", rng, size=32)
    hand(img, (440, 240), "SO-104216", rng, size=34)
    hand(img, (440, 320), "WH-40G-EL", rng, size=34)
    hand(img, (440, 400), "BT4021-118837", rng, size=32)
    hand(img, (440, 480), "1", rng, size=34)
    hand(img, (440, 560), "10/14/26", rng, size=32)
    hand(img, (440, 640), "11/21/26", rng, size=32)
    hand(img, (440, 720), "LOWER ELEMENT SHORTED TO TANK", rng, size=30)
    hand(img, (440, 790), "TRIPS 30A BREAKER - DEFECTIVE", rng, size=30)
    draw.text(
        (50, 900),
        "Warranty per manufacturer terms. Attach proof of purchase.",
        font=font(22),
        fill=40,
    )
    draw.text((50, 950), "Submitted by:", font=font(24), fill=25)
    hand(img, (260, 940), "Rosa D.", rng, size=30, ink=50)
    draw.text((50, 1030), "FOR TRI-STATE USE:  RMA ______   CREDIT ______", font=font(22), fill=50)
    return scan_finish(img, rng, -0.5, 14000)


def pickup_ticket_jpeg() -> bytes:
    """s24: our counter pick-up ticket for SO-104240, marked up in pen, photographed."""
    rng = random.Random(SEEDS["s24"])
    img, draw = card((1500, 1050), (95, 75, 60), (250, 249, 240), 50)
    draw.text((90, 80), "TRI-STATE SUPPLY - DC-SOUTH WILL CALL", font=font(34), fill=(20, 20, 20))
    draw.text((90, 130), "COUNTER PICK-UP TICKET", font=font(30), fill=(20, 20, 20))
    draw.text((960, 80), "SO-104240", font=font(38), fill=(10, 10, 10))
    draw.text((960, 130), "PO-40988", font=font(30), fill=(20, 20, 20))
    draw.text(
        (90, 185), "Picked up 11/06/2026  by: DELGADO & SONS", font=font(26), fill=(30, 30, 30)
    )
    cols = (270, 560, 1010)
    draw.text((70, 250), "RET", font=font(22), fill=(60, 60, 60))
    for x, head in zip(cols, ("ITEM", "DESCRIPTION", "QTY"), strict=True):
        draw.text((x + 5, 250), head, font=font(26), fill=(20, 20, 20))
    draw.line([(60, 290), (1420, 290)], fill=(60, 60, 60), width=2)
    rows = [
        ("PIP-BI-200-CTL", '2" BLK STL SCH40 CUT', "120 FT"),
        ("FTG-BI-U-150", '1-1/2" BLK MI UNION', "12"),
        ("VLV-1005-BV", '1" BRASS BALL VLV FP', "10"),
    ]
    for i, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            draw.text((x + 5, 320 + i * 110), text, font=font(28), fill=(15, 15, 15))
    ink = (25, 40, 120)
    hand(img, (80, 310), "--", rng, size=34, ink=ink)
    hand(img, (80, 420), "RET 6", rng, size=36, ink=ink)
    hand(img, (80, 530), "RET 4", rng, size=36, ink=ink)
    hand(img, (100, 720), "not needed - return unused", rng, size=34, ink=ink)
    hand(img, (100, 790), "bring back Mon  - Hector", rng, size=32, ink=ink)
    draw.text((90, 900), "NO RETURNS ON CUT MATERIAL", font=font(24), fill=(60, 60, 60))
    return photo_finish(img, rng, -1.2, (40, 35, 30), 9000)


# ---------------------------------------------------------------- text PDFs


def receiving_log_pdf() -> bytes:
    """s04: Harbor Point's weekly receiving log, two pages, one exception on our PO."""
    pdf = new_pdf(
        "Receiving Log 11/09-11/13/2026",
        "Harbor Point Property Management - Purchasing",
        datetime(2026, 11, 13, 14, 5, tzinfo=UTC),
        head="HPPM Purchasing  |  rpt RCV-LOG-07  |  run 11/13/2026 08:05",
        foot="Harbor Point Property Management - confidential",
    )
    pdf.alias_nb_pages()
    heading(
        pdf,
        "HARBOR POINT PROPERTY MANAGEMENT",
        "RECEIVING LOG - WEEK OF 11/09/2026",
        "Central storeroom, 300 Harbor Way, Bldg A  |  payables@harborpointpm.com",
    )
    heads = (
        "Recv date",
        "PO",
        "Vendor",
        "Item / description",
        "Ord",
        "Ship",
        "Recv",
        "Var",
        "Status",
    )
    widths = (17, 18, 32, 62, 10, 10, 10, 10, 22)
    rows = [
        (
            "11/09",
            "PO-70231",
            "Tri-State Supply",
            "10x6 floor register white",
            "60",
            "60",
            "60",
            "0",
            "OK",
        ),
        (
            "11/09",
            "PO-70231",
            "Tri-State Supply",
            "16x25x1 MERV 11 filter cs/12",
            "24",
            "24",
            "24",
            "0",
            "OK",
        ),
        (
            "11/09",
            "PO-70231",
            "Tri-State Supply",
            "Digital thermostat 24V",
            "10",
            "10",
            "10",
            "0",
            "SEE WO",
        ),
        ("11/10", "PO-70277", "Ferguson", "Toilet flapper 3in univ", "48", "48", "48", "0", "OK"),
        (
            "11/10",
            "PO-70279",
            "Sherwin-Williams",
            "Paint, eggshell, 5 gal",
            "12",
            "12",
            "10",
            "-2",
            "B/O",
        ),
        (
            "11/11",
            "PO-70288",
            "Tri-State Supply",
            "50 gal NG water heater",
            "3",
            "3",
            "3",
            "0",
            "OK",
        ),
        (
            "11/11",
            "PO-70288",
            "Tri-State Supply",
            "2 gal expansion tank",
            "3",
            "3",
            "2",
            "-1",
            "EXCEPTION",
        ),
        ("11/12", "PO-70290", "Grainger", "Smoke detector 10-yr batt", "40", "40", "40", "0", "OK"),
        ("11/12", "PO-70291", "HD Supply", "Faucet cartridge 1225", "30", "30", "30", "0", "OK"),
    ]
    table(pdf, widths, heads, rows, size=7.5)
    para(
        pdf,
        "EXCEPTION PO-70288 (Tri-State, their SO-104241, Estes PRO ES4410402981): packing "
        "list shows 3 expansion tanks, 2 on the pallet. Driver signed 'subject to count'. "
        "Heaters received complete, 3 of 3, on the same pallet.\n"
        "Sherwin-Williams short is a vendor backorder, not an exception.",
        8,
    )
    pdf.add_page()
    heading(pdf, "HARBOR POINT PROPERTY MANAGEMENT", "RECEIVING LOG - SUMMARY")
    table(
        pdf,
        (50, 25, 25, 25, 40),
        ("Vendor", "Lines", "Units rec'd", "Exceptions", "Value rec'd"),
        [
            ("Tri-State Supply", "5", "99", "1", "$5,338.76"),
            ("Ferguson", "1", "48", "0", "$211.20"),
            ("Sherwin-Williams", "1", "10", "0", "$1,489.50"),
            ("Grainger", "1", "40", "0", "$1,196.00"),
            ("HD Supply", "1", "30", "0", "$402.90"),
        ],
    )
    para(pdf, "Prepared by: M. Santos, storeroom   Reviewed: G. Kim, payables", 8)
    return done(pdf)


def material_return_pdf() -> bytes:
    """s08: Keystone's job-cost material return request, their own item numbers."""
    pdf = new_pdf(
        "Material Return Request MRR-2611-04",
        "Keystone Mechanical Contractors - Project Controls",
        datetime(2026, 11, 19, 13, 40, tzinfo=UTC),
        foot="Keystone Mechanical Contractors  |  MRR-2611-04",
    )
    pdf.alias_nb_pages()
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "MATERIAL RETURN REQUEST  MRR-2611-04",
        "Project controls  |  88 Front St  |  (215) 555-0143",
    )
    fields(
        pdf,
        [
            ("Job", "2611 - Front St Lofts, risers phase 2"),
            ("Vendor", VENDOR),
            ("Our PO", "PO-77812"),
            ("Vendor order", "SO-104233  (inv. INV-88120 / INV-88121)"),
            ("Requested by", "T. Morales, PM"),
            (
                "Reason",
                "Design change RFI-118: branch isolation valves deleted. Excess, not needed.",
            ),
        ],
        key_width=32,
    )
    table(
        pdf,
        (16, 56, 16, 20, 18, 22, 22),
        ("Item", "Description", "PO qty", "Installed", "Return", "Unit", "Ext"),
        [
            ("KM-88213", '2" bronze gate valve thd', "40", "30", "10", "58.90", "589.00"),
            ("KM-40112", '1" wrot cu 90 ell CxC', "150", "150", "0", "2.95", "0.00"),
            ("KM-88340", '3/4" PRV 25-75 psi', "12", "12", "0", "91.40", "0.00"),
            ("KM-20975", '3/4" PEX-A 300 ft coil', "6", "6", "0", "164.00", "0.00"),
        ],
    )
    para(pdf, "Return value before restocking: $589.00", 9, "B")
    para(
        pdf,
        "Valves are unused, in original boxes, stored in the job trailer (bin T-4). "
        "Contractor pickup preferred; site contact Carl 555-318-2291.",
        8,
    )
    return done(pdf)


def debit_memo_pdf() -> bytes:
    """s12: Keystone's debit memo for the copper tube price on INV-88098."""
    pdf = new_pdf(
        "Debit Memo DM-2026-0481",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 11, 23, 15, 12, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "DEBIT MEMO  DM-2026-0481",
        "Accounts Payable  |  ap@keystonemech.com  |  (215) 555-0190",
    )
    fields(
        pdf,
        [
            ("Date", "11/23/2026"),
            ("To", VENDOR + "  (vendor no. TRI010)"),
            ("Invoice", "INV-88098 dated 10/26/2026, terms 2% 10 net 30"),
            ("Purchase order", "PO-77790"),
        ],
    )
    table(
        pdf,
        (20, 50, 12, 14, 20, 20, 16, 22),
        ("Our item", "Description", "Qty", "Rec'd", "Invoiced", "PO price", "Diff", "Debit"),
        [
            ("KM-20100", '1" type L copper 20 ft', "30", "30", "76.40", "71.80", "4.60", "138.00"),
            ("KM-40112", '1" wrot cu 90 ell', "200", "200", "2.95", "2.95", "0.00", "0.00"),
            ("KM-88107", '1" brass ball valve FP', "36", "36", "15.20", "15.20", "0.00", "0.00"),
        ],
    )
    para(pdf, "TOTAL DEBIT: $138.00", 10, "B")
    para(
        pdf,
        "Reason: invoiced above the PO price for the copper tube (PO-77790 rev 1, price "
        "held per your quote Q-22871). Invoice short-paid by the debit amount on check "
        "#40418 unless a credit memo is received.",
        8,
    )
    return done(pdf)


def return_goods_pdf() -> bytes:
    """s13: Riverbend's return goods request, before the body's correction."""
    pdf = new_pdf(
        "Return Goods Request RGR-1187",
        "Riverbend Plumbing & Heating",
        datetime(2026, 11, 23, 21, 10, tzinfo=UTC),
    )
    heading(
        pdf,
        "RIVERBEND PLUMBING & HEATING",
        "RETURN GOODS REQUEST  RGR-1187",
        "410 Canal St  |  office@riverbendph.com  |  555-240-8810",
    )
    fields(
        pdf,
        [
            ("Supplier", VENDOR),
            ("Supplier order", "SO-104214"),
            ("Our PO", "PO-24388"),
            ("Invoice", "INV-88061"),
            ("Reason", "Overstock - boiler room job came in under the takeoff"),
        ],
    )
    table(
        pdf,
        (30, 60, 18, 18, 24, 18, 20),
        ("Item", "Description", "Ordered", "Shipped", "Prev. returned", "Return", "Unit"),
        [
            ("VLV-3100-CK", '3" CI swing check flg', "4", "4", "0", "0", "198.00"),
            ("FTG-BI-U-150", '1-1/2" blk MI union', "30", "30", "5 (RMA-9002)", "25", "9.90"),
        ],
    )
    para(pdf, "Condition: new, unused, in original cartons (box of 10 x 2, loose 5).", 8)
    para(pdf, "Prepared by K. Liu  11/23/2026", 8)
    return done(pdf)


def service_ticket_pdf() -> bytes:
    """s17: Summit's service ticket for two failed condensate pumps, two pages."""
    pdf = new_pdf(
        "Service Ticket ST-9920",
        "Summit HVAC Services - Field Service",
        datetime(2026, 11, 26, 23, 20, tzinfo=UTC),
        head="Summit HVAC Services  |  FieldEdge export",
        foot="ST-9920",
    )
    pdf.alias_nb_pages()
    heading(
        pdf,
        "SUMMIT HVAC SERVICES",
        "SERVICE TICKET  ST-9920",
        "1720 Quarry Rd  |  dispatch 555-702-3100  |  lic. HVAC-22817",
    )
    fields(
        pdf,
        [
            ("Customer site", "Lakeview Dental, 44 Shore Dr, suites 100-400"),
            ("Date / tech", "11/25/2026  -  D. Brooks (#31)"),
            ("Call type", "Warranty - callback (water on ceiling, suite 300)"),
            ("Material from", "Tri-State Supply, our PO-60455 (their SO-104244)"),
        ],
    )
    para(
        pdf,
        "Found: 4 condensate pumps installed 11/18 on the new air handlers. Pumps in suites "
        "300 and 400 run continuously and do not shut off; float stays up with the "
        "reservoir empty, safety switch does not open. Both pulled and replaced from van "
        "stock. Suites 100 and 200 tested OK. Failed units tagged and returned to shop.",
    )
    table(
        pdf,
        (28, 40, 30, 18, 18, 30),
        ("Suite / AHU", "Item", "Serial", "Amps", "Volts", "Result"),
        [
            ("100 / AHU-1", "HVC-CND-PUMP", "CP26-118402", "1.1", "118", "PASS"),
            ("200 / AHU-2", "HVC-CND-PUMP", "CP26-118417", "1.1", "117", "PASS"),
            ("300 / AHU-3", "HVC-CND-PUMP", "CP26-118433", "1.4", "118", "FAIL - float"),
            ("400 / AHU-4", "HVC-CND-PUMP", "CP26-118436", "1.4", "117", "FAIL - float"),
        ],
    )
    pdf.add_page()
    heading(pdf, "SUMMIT HVAC SERVICES", "SERVICE TICKET  ST-9920  -  MATERIAL / LABOR")
    table(
        pdf,
        (60, 20, 30, 30),
        ("Line", "Qty", "Unit", "Ext"),
        [
            ("Labor, warranty callback (hrs)", "2.5", "0.00", "0.00"),
            ("Condensate pump, van stock", "2", "59.80", "119.60"),
            ("Vinyl tubing 3/8 in (ft)", "12", "0.45", "5.40"),
        ],
    )
    para(pdf, "Defective units to be returned to supplier for warranty credit: 2.", 9, "B")
    para(pdf, "Customer signature on file.  Ticket closed 11/25/2026 16:40.", 8)
    return done(pdf)


def vendor_return_pdf() -> bytes:
    """s21: Keystone's vendor return request with two reasons on one order."""
    pdf = new_pdf(
        "Vendor Return Request VRR-0912",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 12, 1, 14, 55, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "VENDOR RETURN REQUEST  VRR-0912",
        "Accounts Payable  |  ap@keystonemech.com  |  (215) 555-0190",
    )
    fields(
        pdf,
        [
            ("Vendor", VENDOR + "  (TRI010)"),
            ("PO / vendor order", "PO-77830  /  SO-104235"),
            ("Invoice", "INV-88133  11/04/2026"),
            ("Job", "2604 - Harrison Ave boiler plant"),
        ],
    )
    table(
        pdf,
        (18, 46, 12, 14, 50, 18, 22),
        ("Item", "Description", "Qty", "Return", "Reason", "Unit", "Ext"),
        [
            (
                "KM-88502",
                '3" CI swing check flgd',
                "6",
                "2",
                "NOT NEEDED - scope cut",
                "189.00",
                "378.00",
            ),
            ("-", "Circulator 1/25 HP 115V", "4", "1", "DEFECTIVE - no start", "139.00", "139.00"),
            ("KM-40415", '1-1/2" blk MI union', "40", "0", "", "10.80", "0.00"),
            ("-", "Condensate pump 115V", "8", "0", "(price adj. closed)", "61.50", "0.00"),
        ],
    )
    para(pdf, "Total requested: $517.00 (3 units)", 10, "B")
    para(
        pdf,
        "Check valves: unused, crated, at our yard. Circulator (vendor item PMP-CIRC-015, "
        "s/n 1525-88106) hums but will not start, 116 V at the terminals; removed after "
        "2 days in service.",
        8,
    )
    return done(pdf)


def work_order_pdf() -> bytes:
    """s27: Harbor Point's work order for a water heater that will not hold its pilot."""
    pdf = new_pdf(
        "Work Order WO-55817",
        "Harbor Point Property Management - Maintenance",
        datetime(2026, 12, 2, 22, 15, tzinfo=UTC),
        foot="HPPM Maintenance  |  WO-55817",
    )
    pdf.alias_nb_pages()
    heading(
        pdf,
        "HARBOR POINT PROPERTY MANAGEMENT",
        "WORK ORDER  WO-55817  (closed)",
        "Maintenance  |  maintenance@harborpointpm.com  |  on-call 555-331-0600",
    )
    fields(
        pdf,
        [
            ("Property", "Bayview Apartments, Bldg C, mechanical room C-01"),
            ("Opened / closed", "11/30/2026 07:12  /  12/02/2026 15:40"),
            ("Problem", "No hot water, units C-101 to C-112"),
            ("Equipment", "50 gal natural gas water heater, s/n BT5040-220931"),
            ("Purchased", "Tri-State Supply, PO-70288, SO-104241, delivered 11/11/2026"),
            ("Technician", "L. Ortega"),
        ],
    )
    para(
        pdf,
        "Findings: pilot lights but will not hold; thermocouple replaced (new, 24 in), "
        "still drops out after 30-40 s. Gas valve faulty. Unit installed 11/16 - new heater "
        "defective. Replaced with the spare from the same order. Defective heater "
        "disconnected, drained and tagged for warranty return to the supplier.",
    )
    table(
        pdf,
        (70, 20, 30, 30),
        ("Labor / material", "Qty", "Rate", "Amount"),
        [
            ("Labor, L. Ortega (hrs)", "5.5", "48.00", "264.00"),
            ("Thermocouple 24 in", "1", "14.80", "14.80"),
            ("Gas flex connector 1/2 x 24", "1", "19.60", "19.60"),
        ],
    )
    para(pdf, "Return to vendor: 1 water heater (defective gas valve).", 9, "B")
    return done(pdf)


def backflow_report_pdf() -> bytes:
    """s28: the backflow assembly test report that failed."""
    pdf = new_pdf(
        "Backflow Test Report BT-26-3391",
        "Riverbend Plumbing & Heating - Backflow Division",
        datetime(2026, 12, 2, 20, 30, tzinfo=UTC),
    )
    heading(
        pdf,
        "RIVERBEND PLUMBING & HEATING - BACKFLOW DIVISION",
        "BACKFLOW PREVENTION ASSEMBLY TEST REPORT  BT-26-3391",
        "Certified tester: M. O'Brien, cert. BPAT-07731, exp. 06/2027  |  gauge s/n DG-41180",
    )
    fields(
        pdf,
        [
            ("Location", "Mill Creek Elementary, 9 School Ln - domestic main, boiler room"),
            ("Assembly", 'RP (reduced pressure zone), 3", s/n RP3-260914-02'),
            ("Supplied by", "Tri-State Supply, SO-104222 (our PO-24415)"),
            ("Test type", "Initial (new installation), 12/02/2026"),
            ("Line pressure", "78 psi"),
        ],
    )
    table(
        pdf,
        (60, 40, 40, 40),
        ("Test", "Required", "Reading", "Result"),
        [
            ("Check valve No. 1 (psid)", ">= 5.0", "6.8", "closed tight"),
            ("Relief valve opening (psid)", ">= 2.0", "0.9", "FAIL"),
            ("Check valve No. 2 (psid)", ">= 1.0", "2.4", "closed tight"),
            ("Shutoff valve No. 2", "tight", "tight", "OK"),
        ],
    )
    para(pdf, "OVERALL RESULT: FAILED - relief valve opens below 2.0 psid.", 10, "B")
    para(
        pdf,
        "Relief valve disc and seat inspected: no debris, seat scored from the factory. "
        "Assembly is brand new (installed 12/01). Manufacturer warranty requested; "
        "assembly left in place, bypass open, water authority notified (permit WA-55120).",
        8,
    )
    return done(pdf)


def statement_recon_pdf() -> bytes:
    """s29 (non-claim): Keystone's statement reconciliation, every item closed."""
    pdf = new_pdf(
        "Vendor Statement Reconciliation - TRI010 - November 2026",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 12, 3, 16, 0, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "VENDOR STATEMENT RECONCILIATION - TRI010 - NOV 2026",
        "Accounts Payable  |  ap@keystonemech.com",
    )
    table(
        pdf,
        (24, 24, 70, 24, 24),
        ("Doc", "Ref", "Description", "Amount", "Status"),
        [
            ("INV-88133", "PO-77830", "Invoice SO-104235", "2,903.60", "PAID"),
            (
                "DM-2026-0466",
                "INV-88133",
                "Price variance cond. pumps 8 @ 3.40",
                "-27.20",
                "CREDITED",
            ),
            ("INV-88098", "PO-77790", "Invoice SO-104226", "3,423.20", "PAID"),
            ("DM-2026-0481", "INV-88098", "Price variance copper 30 @ 4.60", "-138.00", "CREDITED"),
            (
                "MRR-2611-04",
                "SO-104233",
                "Return 10 gate valves (not needed)",
                "-500.65",
                "CREDITED",
            ),
            ("INV-88120", "PO-77812", "Invoice SO-104233", "2,798.50", "PAID"),
        ],
    )
    para(pdf, "Open items after reconciliation: 0.   Difference: $0.00", 10, "B")
    para(pdf, "Reconciled by D. Ruiz 12/03/2026.", 8)
    return done(pdf)


# ---------------------------------------------------------------- CSV exports


def receipt_recon_csv() -> bytes:
    """s03: Summit's receipt reconciliation export, one short line among many."""
    rows = [
        "PO,PO Line,Vendor,Vendor Item,Description,Ord Qty,Ship Qty,Rcv Qty,Var,Unit Cost,Ext Cost,Status",
        "PO-60412,1,Johnstone Supply,JS-44102,Contactor 2P 30A,6,6,6,0,18.40,110.40,MATCHED",
        "PO-60412,2,Johnstone Supply,JS-51877,Capacitor 45/5 MFD,10,10,10,0,11.25,112.50,MATCHED",
        "PO-60418,1,Tri-State Supply,TST-7500-PRO,7-day prog wifi tstat,12,12,12,0,132.00,1584.00,MATCHED",
        "PO-60418,2,Tri-State Supply,TST-2100-NP,Non-prog digital tstat 24V,20,20,18,-2,28.90,520.20,SHORT",
        "PO-60418,3,Tri-State Supply,HVC-FLT-1625-M11,16x25x1 MERV11 cs/12,10,10,10,0,39.50,395.00,MATCHED",
        "PO-60421,1,Ferguson HVAC,FH-20031,Line set 3/8x3/4 25ft,4,4,4,0,96.00,384.00,MATCHED",
        "PO-60423,1,Watsco,WC-88110,Refrigerant R-410A 25lb,3,2,2,-1,212.00,424.00,BACKORDER",
    ]
    return ("\r\n".join(rows) + "\r\n").encode()


def ap_match_csv() -> bytes:
    """s10: Keystone's AP three-way-match exception export, several vendors."""
    rows = [
        "Vendor,Vendor No,Invoice,Inv Date,PO,Line,Item,Qty Inv,Qty Rcvd,PO Price,Inv Price,Variance,Status",
        "Ferguson,FER002,7781204,11/03/2026,PO-77811,1,FG-2231,24,24,14.10,14.10,0.00,MATCHED",
        "Ferguson,FER002,7781204,11/03/2026,PO-77811,2,FG-9902,12,10,8.75,8.75,17.50,QTY EXC",
        "Tri-State Plumbing & HVAC Supply,TRI010,INV-88133,11/04/2026,PO-77830,1,VLV-3100-CK,6,6,189.00,189.00,0.00,MATCHED",
        "Tri-State Plumbing & HVAC Supply,TRI010,INV-88133,11/04/2026,PO-77830,2,FTG-BI-U-150,40,40,10.80,10.80,0.00,MATCHED",
        "Tri-State Plumbing & HVAC Supply,TRI010,INV-88133,11/04/2026,PO-77830,3,HVC-CND-PUMP,8,8,61.50,64.90,27.20,PRICE EXC",
        "Tri-State Plumbing & HVAC Supply,TRI010,INV-88133,11/04/2026,PO-77830,4,PMP-CIRC-015,4,4,139.00,139.00,0.00,MATCHED",
        "Uponor Direct,UPO114,UD-556019,11/06/2026,PO-77842,1,Q4690750,5,5,212.00,219.50,37.50,PRICE EXC",
    ]
    return ("\r\n".join(rows) + "\r\n").encode()


# ---------------------------------------------------------------- the messages

PDF = ("application", "pdf")
PNG = ("image", "png")
JPEG = ("image", "jpeg")
CSV = ("text", "csv")


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": TO,
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
        **extra,
    }


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


S07_HTML = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Below is the receiving line from our work order system for the Wednesday delivery
(PO-70296). Five of the floor registers came with the corners crushed, the box they were in
was under the valve carton on your truck. Please credit the damaged registers.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde4ee"><th>WO</th><th>Item</th><th>Description</th><th>Ordered</th>
<th>Delivered</th><th>Damaged</th><th>Bin</th><th>Unit</th></tr>
<tr><td>WO-55790</td><td>HVC-REG-1006-W</td><td>10x6 steel floor register, white</td>
<td>40</td><td>40</td><td>5</td><td>B-14</td><td>5.60</td></tr>
<tr><td>WO-55790</td><td>VLV-0075-BV</td><td>3/4&quot; brass ball valve, sweat</td>
<td>12</td><td>12</td><td>0</td><td>B-09</td><td>10.40</td></tr>
</table>
<p>We are keeping the damaged ones until you tell us what to do with them.</p>
<p>Luis Ortega<br>Maintenance Supervisor<br>Harbor Point Property Management<br>
555-331-0600 ext 12</p>
</body></html>
"""

S07_TEXT = """Hello,

Below is the receiving line from our work order system for the Wednesday delivery
(PO-70296). Five of the floor registers came with the corners crushed, the box they were in
was under the valve carton on your truck. Please credit the damaged registers.

WO        Item            Description                        Ordered Delivered Damaged Bin   Unit
WO-55790  HVC-REG-1006-W  10x6 steel floor register, white   40      40        5       B-14  5.60
WO-55790  VLV-0075-BV     3/4" brass ball valve, sweat       12      12        0       B-09  10.40

We are keeping the damaged ones until you tell us what to do with them.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
555-331-0600 ext 12
"""


def alternative_message(headers: dict[str, str], text: str, html: str, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.set_boundary(boundary)
    return msg.as_bytes()


Build = Callable[[], bytes]

MESSAGES: list[tuple[str, dict[str, str], str, Build, tuple[str, str], str]] = [
    (
        "s01-harbor-thermostat-carton-photo.eml",
        hdr(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "cracked thermostats",
            "Thu, 12 Nov 2026 07:48:20 -0600",
            "<CAH7q2mE0x9hT41pRk+uW3d2bN_vK8eLQpZ0sT6@mail.gmail.com>",
        ),
        "Opened the thermostat box from Monday's delivery this morning. Two of the ten in\n"
        "this carton have cracked faceplates, looks like something heavy sat on that\n"
        "corner of the box. Photo of the carton end with your sticker attached. The rest\n"
        "of the delivery is fine.\n\n"
        "Luis\n\nSent from my phone\n",
        thermostat_carton_jpeg,
        JPEG,
        "IMG_20261112_074102.jpg",
    ),
    (
        "s02-summit-receiving-exception-scan.eml",
        hdr(
            "Raj Patel <raj.patel@summithvac.net>",
            "Receiving exception 0871 - Westgate job",
            "Thu, 12 Nov 2026 14:22:09 -0600",
            "<MN2PR11MB44861F0A2C9D7E5B31A90C2E9D40@MN2PR11MB4486.namprd11.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Scanned exception report from our warehouse attached. Jerome only got to the\n"
        "register boxes this week, sorry for the delay - still inside our 10 days I hope.\n\n"
        "Raj Patel\nOperations Manager | Summit HVAC Services\n555-702-3100\n",
        receiving_exception_png,
        PNG,
        "scan_0871.png",
    ),
    (
        "s03-summit-receipt-reconciliation-csv.eml",
        hdr(
            "Linda Chu <ap@summithvac.net>",
            "Receipt reconciliation - PO-60418",
            "Fri, 13 Nov 2026 10:05:44 -0600",
            "<BN8PR05MB66124A0C3E5F1B2D8E7A9C01D3F2@BN8PR05MB6612.namprd05.prod.outlook.com>",
        ),
        "Good morning,\n\n"
        "Our weekly receipt reconciliation is attached. There is one short line on your\n"
        "order - please see the row marked SHORT for PO-60418 and issue a credit or ship\n"
        "the missing units. The other lines are for other suppliers and are for our\n"
        "records only.\n\n"
        "Thank you,\nLinda Chu\nAccounts Payable | Summit HVAC Services\n",
        receipt_recon_csv,
        CSV,
        "receipt_recon_2026-11-13.csv",
    ),
    (
        "s04-harbor-receiving-log-pdf.eml",
        hdr(
            "Grace Kim <payables@harborpointpm.com>",
            "Receiving log w/e 11/13 - exception PO-70288",
            "Fri, 13 Nov 2026 13:31:57 -0600",
            "<20261113193157.7C1E4A20@harborpointpm.com>",
        ),
        "Hello,\n\n"
        "Attached is this week's receiving log. There is one exception on your PO-70288,\n"
        "explained under the table. We will hold that invoice line until it is resolved.\n\n"
        "Regards,\nGrace Kim\nPayables, Harbor Point Property Management\n",
        receiving_log_pdf,
        PDF,
        "RCV-LOG-07 wk 11-09.pdf",
    ),
    (
        "s06-summit-packing-slip-markup-scan.eml",
        hdr(
            "Raj Patel <raj.patel@summithvac.net>",
            "PO-60455 packing slip w/ notes",
            "Tue, 17 Nov 2026 08:15:31 -0600",
            "<MN2PR11MB448620B7D1E4C9A3F5E2B8D07C61@MN2PR11MB4486.namprd11.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Packing slip with our receiving notes attached. One pump came broken and you sent\n"
        "us more filters than we ordered - do you want the extra ones back or should we\n"
        "just keep them and you invoice? Either way please sort out the broken pump.\n\n"
        "Raj\n",
        packing_slip_png,
        PNG,
        "PO-60455 slip.png",
    ),
    (
        "s08-keystone-material-return-request-pdf.eml",
        hdr(
            "Tom Morales <tmorales@keystonemech.com>",
            "MRR-2611-04 / PO-77812 return",
            "Thu, 19 Nov 2026 11:02:13 -0500",
            "<3b7f41c2-90de-4a8e-b6c5-1f2e9d07a4b3@keystonemech.com>",
        ),
        "Hi,\n\n"
        "Design change on Front St took some isolation valves out, return request attached.\n"
        "Please send an RA and let me know when your driver can grab them from the trailer.\n\n"
        "Tom Morales\nProject Manager\nKeystone Mechanical Contractors\nc 215-555-0177\n",
        material_return_pdf,
        PDF,
        "MRR-2611-04.pdf",
    ),
    (
        "s09-delgado-return-slip-scan.eml",
        hdr(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "return copper elbows",
            "Fri, 20 Nov 2026 08:40:02 -0600",
            "<002b01dc5a3f$8e41c2b0$aac54810$@delgadoplumbing.com>",
        ),
        "Hi, the return slip for the copper elbows is attached (scan). The customer changed\n"
        "the job to PEX so we don't need them. They are all in the bags, never opened.\n"
        "Hector can bring them to the counter next week.\n\n"
        "Thanks\nRosa\nDelgado & Sons Plumbing\n(555) 260-4419\n",
        return_slip_png,
        PNG,
        "returnslip2216.png",
    ),
    (
        "s10-keystone-ap-match-exceptions-csv.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "3-way match exceptions - TRI010",
            "Fri, 20 Nov 2026 14:47:36 -0500",
            "<20261120194736.D4A21F07@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Our match exception export for the week is attached (it covers all vendors, please\n"
        "look only at the TRI010 rows). One line on your invoice did not match our PO price.\n"
        "Please issue a credit memo for the variance; we are paying the rest.\n\n"
        "Thanks,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n"
        "(215) 555-0190\n",
        ap_match_csv,
        CSV,
        "match_exceptions_w47.csv",
    ),
    (
        "s11-riverbend-coupling-bag-photo.eml",
        hdr(
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "wrong couplings in bags",
            "Mon, 23 Nov 2026 07:21:45 -0600",
            "<CAF9sQk1mB7nXw3p+Vd0cR8tL4eH2yJu5ZoQ@mail.gmail.com>",
        ),
        "started the radiant job today and went through the crimp couplings. bags are\n"
        "labeled 1/2 (pic) but what's inside is 3/4. checked all 10 bags, 4 of them are\n"
        "like this, the other 6 are right. need the 4 bags of 1/2 replaced asap, we're\n"
        "holding the 3/4 ones for you.\n\n"
        "mike\n",
        coupling_bag_jpeg,
        JPEG,
        "IMG_4471.jpg",
    ),
    (
        "s12-keystone-debit-memo-copper-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "Debit memo DM-2026-0481",
            "Mon, 23 Nov 2026 10:18:52 -0500",
            "<20261123151852.A90C3E11@mail.keystonemech.com>",
        ),
        "Hello,\n\nPlease see the attached debit memo.\n\n"
        "Dana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n",
        debit_memo_pdf,
        PDF,
        "DM-2026-0481.pdf",
    ),
    (
        "s13-riverbend-return-request-pdf-body-corrects.eml",
        hdr(
            "Karen Liu <office@riverbendph.com>",
            "RGR-1187 return request - unions",
            "Tue, 24 Nov 2026 09:12:27 -0600",
            "<1a6f2d90-7c3e-4b58-9e21-d8a4c0f3b7e5@riverbendph.com>",
        ),
        "Hi,\n\n"
        "Return request attached for the black unions on PO-24388. One change since I\n"
        "printed it last night: Joe took 5 of them for the Elm St job this morning, so\n"
        "only 20 are coming back, not 25. Everything else on the form is right.\n\n"
        "Karen Liu\nOffice Manager\nRiverbend Plumbing & Heating\n555-240-8810\n",
        return_goods_pdf,
        PDF,
        "RGR-1187.pdf",
    ),
    (
        "s15-keystone-thermostat-label-photo.eml",
        hdr(
            "Ray Alvarez <ralvarez@keystonemech.com>",
            "dead wifi stats - PO-77760",
            "Wed, 25 Nov 2026 09:55:08 -0500",
            "<D2B4F5A1-6C3E-4E8F-9A27-0B51C8E3D946@keystonemech.com>",
        ),
        "Two of the 8 wifi thermostats we got on PO-77760 are dead - no display, no\n"
        "wifi, checked 24V at R/C both times (26.4V). Swapped both with the spares.\n"
        "Label from one of them attached, the other one is the same.\n\n"
        "Ray Alvarez\nService Tech, Keystone Mechanical\n215-555-0168\n\n"
        "Sent from my iPhone\n",
        thermostat_label_jpeg,
        JPEG,
        "IMG_0912.jpg",
    ),
    (
        "s16-delgado-warranty-claim-form-scan.eml",
        hdr(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "warranty claim water heater",
            "Wed, 25 Nov 2026 13:30:41 -0600",
            "<003c01dc5e0b$12a7d4e0$37f07ea0$@delgadoplumbing.com>",
        ),
        "Hello,\n\n"
        "Your warranty form is attached, filled in. The heater is at our shop, we put in\n"
        "a new one for the customer already. Please let me know how you want it back.\n\n"
        "Rosa Delgado\nDelgado & Sons Plumbing\n",
        warranty_form_png,
        PNG,
        "warranty form.png",
    ),
    (
        "s17-summit-service-ticket-pumps-pdf.eml",
        hdr(
            "Linda Chu <ap@summithvac.net>",
            "Warranty - condensate pumps (ST-9920)",
            "Fri, 27 Nov 2026 09:44:19 -0600",
            "<BN8PR05MB6612C91E4A0D3F7B2E6A5D18F0B7@BN8PR05MB6612.namprd05.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Raj asked me to send this in while he is out. Service ticket ST-9920 attached -\n"
        "the failed pumps are at our shop with warranty tags on them. Please send a\n"
        "return authorization.\n\n"
        "Linda Chu\nAccounts Payable | Summit HVAC Services\n",
        service_ticket_pdf,
        PDF,
        "ST-9920.pdf",
    ),
    (
        "s21-keystone-vendor-return-request-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "VRR-0912 - SO-104235",
            "Tue, 01 Dec 2026 10:06:25 -0500",
            "<20261201150625.E3B70A49@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Vendor return request attached for SO-104235. Two different things on it, the\n"
        "reason is on each line. Please issue one RA or two, whichever is easier for you.\n\n"
        "Thanks,\nDana\n",
        vendor_return_pdf,
        PDF,
        "VRR-0912.pdf",
    ),
    (
        "s24-delgado-pickup-ticket-photo.eml",
        hdr(
            "Hector Ramirez <hector@delgadosons.com>",
            "devolucion / return SO-104240",
            "Wed, 02 Dec 2026 07:36:50 -0600",
            "<CAJ2wE8fT0nR5kX1+bQ9mY3vH6aL7cUd4PsZ@mail.gmail.com>",
        ),
        "Hi, this is Hector from Delgado. The ticket from when we pick up at your counter is\n"
        "in the picture, I mark what we return. We dont need them, the job is finish.\n"
        "The pipe we keep. I bring the rest Monday morning.\n\n"
        "Hector\n",
        pickup_ticket_jpeg,
        JPEG,
        "20261202_073101.jpg",
    ),
    (
        "s27-harbor-water-heater-work-order-pdf.eml",
        hdr(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "WO-55817 - new water heater defective",
            "Thu, 03 Dec 2026 08:10:33 -0600",
            "<CAH7q2mF4t0yU85rSl+vX4e3cO_wL9fMRqA1uU7@mail.gmail.com>",
        ),
        "Hello,\n\n"
        "One of the gas water heaters from the November delivery failed after a couple of\n"
        "weeks in service. Work order attached with what we found. The unit is drained and\n"
        "tagged in the C building mechanical room, ready for pickup.\n\n"
        "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n",
        work_order_pdf,
        PDF,
        "WO-55817.pdf",
    ),
    (
        "s28-riverbend-backflow-test-report-pdf.eml",
        hdr(
            "Karen Liu <office@riverbendph.com>",
            "RPZ failed initial test - SO-104222",
            "Thu, 03 Dec 2026 11:25:14 -0600",
            "<7e0c5b13-2a9f-4d61-8c47-b3f1e6a9d208@riverbendph.com>",
        ),
        "Hi,\n\n"
        "The 3 inch RPZ we bought from you for Mill Creek Elementary failed its first test\n"
        "yesterday - relief valve opens too early, Mike's test report is attached. It is\n"
        "brand new so we are asking for warranty on it. I know it was a special order.\n\n"
        "Karen Liu\nRiverbend Plumbing & Heating\n",
        backflow_report_pdf,
        PDF,
        "BT-26-3391.pdf",
    ),
    (
        "s29-keystone-statement-reconciliation-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "Statement reconciliation - November",
            "Thu, 03 Dec 2026 14:52:08 -0500",
            "<20261203195208.1F6D8B23@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "November statement reconciled on our side, see attached. The credits for the\n"
        "copper and pump price differences and for the returned gate valves all came\n"
        "through, so there is nothing open between us. Thanks for turning those around\n"
        "so quickly.\n\n"
        "Dana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n",
        statement_recon_pdf,
        PDF,
        "TRI010 recon 2026-11.pdf",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, headers, body, build, (maintype, subtype), filename in MESSAGES:
        boundary = f"===============h15_{name[:3]}_0001=="
        data = message(headers, body, (build(), maintype, subtype, filename), boundary)
        (OUT / name).write_bytes(data)
    s07 = hdr(
        "Luis Ortega <maintenance@harborpointpm.com>",
        "PO-70296 damaged registers",
        "Wed, 18 Nov 2026 09:03:12 -0600",
        "<SA1PR14MB58203E7C0B2D4A9F1C6E8B35A2D9@SA1PR14MB5820.namprd14.prod.outlook.com>",
    )
    data = alternative_message(s07, S07_TEXT, S07_HTML, "===============h15_s07_0001==")
    (OUT / "s07-harbor-work-order-html-table.eml").write_bytes(data)


if __name__ == "__main__":
    main()
