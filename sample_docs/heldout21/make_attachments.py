"""Build the heldout21 requests that carry attachments (byte-identical on rerun).

    /tmp/heldout21work/venv/bin/python sample_docs/heldout21/make_attachments.py

openpyxl is not in the project's .venv, so this script runs in a venv of its own with
openpyxl 3.1.5, Pillow 13.0.0 and fpdf2 2.8.9 (made with
`python -m venv /tmp/heldout21work/venv && pip install openpyxl pillow==13.0.0 fpdf2==2.8.9`);
the .venv was not changed.

Scanned-looking PNGs (Pillow): s03 and s22 Summit's return / credit request form filled in by
hand, s13 the ODFL delivery receipt with the receiver's pen exception, s28 Keystone's field
material issue report, s31 a hand-filled water heater warranty claim.
Photo-like JPEGs (Pillow): s01 the R+L delivery receipt with pen exceptions, s10 Delgado's
return slip, s14 Keystone's warranty return tag, s24 Harbor Point's stock return form.
Text PDFs (fpdf2): s07 the Estes electronic delivery receipt, s11 a debit memo, s12
Riverbend's return goods request, s16 Keystone's material return request, s17 a backflow
test report, s20 Keystone's credit request, s30 a warranty claim.
Spreadsheets: .csv (s02, s05, s25, s36) and .xlsx (openpyxl: s06, s09, s19, s32).

Everything is fixed: random seeds, dates, MIME boundaries, PDF creation dates, the xlsx
document properties and zip entry times, the fonts (Pillow's bundled default font, fpdf2's
core Helvetica). The other requests of the set were written by hand.
"""

import datetime as dt
import io
import random
import re
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
TO = "returns@distributor.example"

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s01": 2101,
    "s03": 2103,
    "s10": 2110,
    "s13": 4113,
    "s14": 3114,
    "s22": 2122,
    "s24": 5124,
    "s28": 2128,
    "s31": 2131,
}

Ink = tuple[int, ...] | int


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hand(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 30,
    ink: Ink = 40,
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
    img.save(buf, format="JPEG", quality=82)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    top: int,
    rows: int,
    step: int,
    right: int,
    fill: Ink = 70,
    verticals: bool = True,
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=fill, width=2)
    for x in (*cols, right) if verticals else ():
        draw.line([(x, top), (x, top + rows * step)], fill=fill, width=2)


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(25, 25, 25))
        x += w + rng.choice((2, 3, 4))


def table(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    right: int,
    top: int,
    step: int,
    head: tuple[str, ...],
    rows: list[tuple[str, ...]],
    size: int,
    ink: Ink,
    rule: Ink,
    verticals: bool = True,
) -> None:
    """A printed table; rows may be empty strings (to be filled in by hand)."""
    grid(draw, cols, top, len(rows) + 1, step, right, fill=rule, verticals=verticals)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(cols, row, strict=True):
            draw.text(
                (x + 10, top + r * step + (step - size) // 2), text, font=font(size), fill=ink
            )


def hand_row(
    img: Image.Image,
    cols: tuple[int, ...],
    top: int,
    values: tuple[str, ...],
    rng: random.Random,
    size: int,
    ink: Ink,
) -> None:
    """Fill one row of a printed table by hand."""
    for x, text in zip(cols, values, strict=True):
        if text:
            hand(img, (x + 14, top), text, rng, size=size, ink=ink, tilt=2.5)


def field(
    img: Image.Image,
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    label: str,
    value: str,
    rng: random.Random,
    width: int,
    ink: Ink,
    pen: Ink,
    size: int = 36,
) -> None:
    """A printed label, a rule to write on, and the value in pen."""
    x, y = xy
    draw.text((x, y + 10), label, font=font(22), fill=ink)
    lx = x + int(font(22).getlength(label)) + 14
    draw.line([(lx, y + 44), (lx + width, y + 44)], fill=ink, width=2)
    hand(img, (lx + 16, y - 16), value, rng, size=size, ink=pen, tilt=2.5)


# ---------------------------------------------------------------- scans and photos


def rl_receipt_jpeg() -> bytes:
    """s01: the R+L delivery receipt for SO-104233 on a clipboard, two pen exceptions."""
    rng = random.Random(SEEDS["s01"])
    img = Image.new("RGB", (1600, 1300), (92, 84, 74))  # warehouse floor
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([(40, 20), (1560, 1280)], radius=28, fill=(133, 96, 58))  # clipboard
    draw.rectangle([(80, 70), (1520, 1250)], fill=(243, 242, 236))
    draw.rounded_rectangle([(620, 28), (980, 98)], radius=12, fill=(168, 168, 170))  # clip
    ink = (20, 20, 20)
    draw.text((120, 115), "R+L CARRIERS", font=font(44), fill=ink)
    draw.text((120, 170), "DELIVERY RECEIPT", font=font(30), fill=ink)
    draw.text((1000, 115), "PRO RL123456789", font=font(34), fill=ink)
    barcode(draw, rng, 1010, 165, 56, 50)
    rows = [
        ("CONSIGNEE:", "KEYSTONE MECHANICAL CONTRACTORS"),
        ("", "1450 INDUSTRIAL HWY UNIT 3, EDDYSTONE PA 19022"),
        ("SHIPPER:", "TRI-STATE SUPPLY DC-EAST"),
        ("REFERENCE:", "SO-104233   PO-77812"),
        ("DELIVERED:", "11/05/2026   10:15 AM"),
    ]
    y = 250
    for key, value in rows:
        draw.text((120, y), key, font=font(24), fill=(60, 60, 60))
        draw.text((360, y), value, font=font(28), fill=ink)
        y += 44
    table(
        draw,
        (110, 250, 420, 1130),
        1490,
        490,
        66,
        ("HU", "PCS", "DESCRIPTION", "WEIGHT"),
        [
            ("1 PLT", "40", "VALVES, BRONZE", "610"),
            ("1 PLT", "15 CTN", "FITTINGS, COPPER", "180"),
        ],
        26,
        ink,
        (80, 80, 80),
    )
    draw.text((120, 720), "EXCEPTIONS:", font=font(26), fill=ink)
    pen = (25, 35, 120)
    hand(img, (140, 775), "PLT 1 FORKLIFT DAMAGE", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 840), "4 GATE VALVES BENT", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 920), "ONLY 14 CTN ELBOWS", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 985), "SHORT 1 CTN (10 PCS)", rng, size=40, ink=pen, tilt=3.0)
    draw.text(
        (120, 1090), "Received in good order except as noted.", font=font(22), fill=(70, 70, 70)
    )
    draw.text((120, 1150), "Consignee:", font=font(22), fill=(70, 70, 70))
    hand(img, (300, 1135), "M. Bellini", rng, size=36, ink=pen)
    draw.text((820, 1150), "Driver:", font=font(22), fill=(70, 70, 70))
    hand(img, (950, 1135), "K.D. #4471", rng, size=32, ink=pen)
    return photo_finish(img, rng, -1.2, (86, 78, 70), 9000)


SUMMIT_CODES = (
    "REASON CODES:  01 DAMAGED IN TRANSIT   02 SHORT SHIPPED   03 WRONG ITEM RECEIVED",
    "04 DEFECTIVE / WARRANTY   05 NOT NEEDED / OVERSTOCK   06 OVERSHIPPED   07 PRICE ERROR",
)


def summit_form_png(
    seed: int, head: tuple[str, str, str, str], rows: list[tuple[str, ...]], angle: float
) -> bytes:
    """s03, s22: Summit's pre-printed return / credit request, filled in by hand, scanned."""
    rng = random.Random(seed)
    img = Image.new("L", (1700, 1300), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "SUMMIT HVAC SERVICES", font=font(44), fill=15)
    draw.text((70, 108), "RETURN / CREDIT REQUEST", font=font(32), fill=25)
    draw.text((1160, 60), "FORM SHV-114 REV 3", font=font(22), fill=70)
    pen = 30
    vendor, order, po, date = head
    field(img, draw, (70, 190), "VENDOR:", vendor, rng, 520, 40, pen)
    field(img, draw, (860, 190), "DATE:", date, rng, 420, 40, pen)
    field(img, draw, (70, 270), "VENDOR ORDER #:", order, rng, 430, 40, pen)
    field(img, draw, (860, 270), "OUR PO #:", po, rng, 380, 40, pen)
    cols = (60, 470, 860, 1010, 1150)
    top, step = 380, 84
    table(
        draw,
        cols,
        1640,
        top,
        step,
        ("ITEM #", "DESCRIPTION", "QTY", "CODE", "COMMENTS"),
        [("", "", "", "", "")] * 4,
        24,
        20,
        90,
    )
    for i, row in enumerate(rows):
        hand_row(img, cols, top + (i + 1) * step + 18, row, rng, 32, pen)
    y = top + 5 * step + 40
    for line in SUMMIT_CODES:
        draw.text((70, y), line, font=font(24), fill=40)
        y += 38
    draw.text((70, y + 50), "REQUESTED BY:", font=font(24), fill=60)
    draw.line([(270, y + 80), (760, y + 80)], fill=90, width=2)
    hand(img, (300, y + 36), "R. PATEL", rng, size=34, ink=pen)
    return scan_finish(img, rng, angle, 11000)


def summit_form_s03() -> bytes:
    return summit_form_png(
        SEEDS["s03"],
        ("TRI-STATE", "SO-104238", "PO-60418", "11/10/26"),
        [
            ("TST-2100-NP", "NON-PROG TSTAT", "3", "03", "GOT 120V LINE VOLT"),
            ("HVC-FLT-1625-M11", "16X25 M11 FILTER", "1 CS", "01", "CASE CRUSHED"),
        ],
        0.5,
    )


def summit_form_s22() -> bytes:
    return summit_form_png(
        SEEDS["s22"],
        ("TRI-STATE", "SO-104244", "PO-60455", "11/20/26"),
        [("HVC-CND-PUMP", "CONDENSATE PUMP", "2", "01", "DISCHARGE SNAPPED")],
        -0.6,
    )


def delgado_slip_jpeg() -> bytes:
    """s10: Delgado's hand-filled return slip (carbon pad) on the truck seat."""
    rng = random.Random(SEEDS["s10"])
    img = Image.new("RGB", (1600, 1250), (66, 66, 70))
    draw = ImageDraw.Draw(img)
    draw.rectangle([(60, 40), (1540, 1210)], fill=(248, 244, 224))  # yellow copy
    ink = (70, 45, 30)
    draw.text((100, 70), "DELGADO & SONS PLUMBING", font=font(40), fill=ink)
    draw.text((100, 122), "RETURN SLIP", font=font(30), fill=ink)
    draw.text((1230, 74), "No 0847", font=font(34), fill=(150, 30, 30))
    pen = (20, 25, 95)
    field(img, draw, (100, 190), "VENDOR:", "TRI-STATE (COUNTER)", rng, 560, ink, pen)
    field(img, draw, (900, 190), "DATE:", "11/16/26", rng, 330, ink, pen)
    field(img, draw, (100, 265), "ORDER / PO:", "SO-104240 / PO-40988", rng, 620, ink, pen)
    cols = (90, 500, 850, 1010)
    top, step = 370, 86
    table(
        draw,
        cols,
        1510,
        top,
        step,
        ("ITEM", "DESCRIPTION", "QTY", "WHY"),
        [("", "", "", "")] * 3,
        24,
        ink,
        (150, 130, 100),
        verticals=False,
    )
    rows = [
        ("FTG-BI-U-150", "1-1/2 BI UNION", "5", "NOT NEEDED"),
        ("PIP-BI-200-CTL", "2 BLK PIPE CUT", "20 FT", "NOT NEEDED"),
    ]
    for i, row in enumerate(rows):
        hand_row(img, cols, top + (i + 1) * step + 20, row, rng, 32, pen)
    hand(img, (110, 760), "JOB CHANGED TO COPPER - KEEPING", rng, size=36, ink=pen, tilt=3.0)
    hand(img, (110, 830), "BALL VALVES + REST OF PIPE", rng, size=36, ink=pen, tilt=3.0)
    draw.text((100, 1000), "SIGNED:", font=font(22), fill=ink)
    hand(img, (230, 985), "R. Delgado", rng, size=36, ink=pen)
    return photo_finish(img, rng, 1.3, (60, 60, 64), 8000)


def odfl_receipt_png() -> bytes:
    """s13: the ODFL delivery receipt for SO-104228 (Summit's copy), pen exception, scanned."""
    rng = random.Random(SEEDS["s13"])
    img = Image.new("L", (1700, 1200), 249)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "OLD DOMINION FREIGHT LINE", font=font(44), fill=15)
    draw.text((70, 108), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(28), fill=30)
    draw.text((1150, 56), "PRO OD0782290518", font=font(32), fill=20)
    info = [
        ("CONSIGNEE:", "SUMMIT HVAC SERVICES - PINE ST CLINIC"),
        ("SHIPPER:", "TRI-STATE SUPPLY DC-SOUTH"),
        ("REFERENCE:", "SO-104228   PO-60377"),
        ("DELIVERED:", "11/02/2026   8:40 AM"),
    ]
    y = 180
    for key, value in info:
        draw.text((70, y), key, font=font(26), fill=60)
        draw.text((330, y), value, font=font(28), fill=15)
        y += 46
    table(
        draw,
        (60, 230, 420, 1200),
        1640,
        390,
        72,
        ("HU", "PCS", "DESCRIPTION", "WEIGHT"),
        [
            ("1 PLT", "40 CTN", "CEILING TILE 2X2 ACOUSTIC", "720"),
            ("1 CTN", "30", "REGISTERS, STEEL", "64"),
        ],
        26,
        15,
        90,
    )
    draw.text((70, 640), "EXCEPTIONS:", font=font(26), fill=30)
    pen = 35
    hand(img, (270, 628), "4 CTNS TILE WET / STAINED", rng, size=40, ink=pen, tilt=3.0)
    draw.text((70, 760), "CONSIGNEE SIGNATURE:", font=font(24), fill=60)
    draw.line([(400, 790), (900, 790)], fill=90, width=2)
    hand(img, (420, 745), "D. KOWALSKI  11/2", rng, size=34, ink=pen)
    draw.text(
        (70, 900),
        "Concealed damage must be reported to the carrier within 5 days of delivery.",
        font=font(22),
        fill=70,
    )
    return scan_finish(img, rng, 0.7, 11000)


def warranty_tag_jpeg() -> bytes:
    """s14: Keystone's service / warranty return tag filled in by the tech, on a bench."""
    rng = random.Random(SEEDS["s14"])
    img = Image.new("RGB", (1500, 1200), (150, 118, 82))  # plywood bench
    draw = ImageDraw.Draw(img)
    for y in range(0, 1200, 23):
        draw.line([(0, y), (1500, y + 9)], fill=(140, 109, 75), width=2)
    draw.rounded_rectangle([(90, 70), (1410, 1130)], radius=30, fill=(250, 214, 120))  # manila
    draw.ellipse([(130, 110), (190, 170)], fill=(150, 118, 82))  # string hole
    ink = (40, 30, 20)
    draw.text((240, 105), "KEYSTONE MECHANICAL - SERVICE DEPT", font=font(36), fill=ink)
    draw.text((240, 155), "WARRANTY / RETURN TAG", font=font(30), fill=ink)
    pen = (20, 20, 80)
    lines = [
        ("PART NO:", "KM-61750  WIFI TSTAT"),
        ("QTY:", "2"),
        ("VENDOR ORDER:", "SO-104224"),
        ("PROBLEM:", "DEAD - NO DISPLAY"),
        ("", "24V OK AT R/C"),
        ("JOB / UNIT:", "WESTGATE MOB 2ND FL"),
        ("TECH / DATE:", "R. ALVAREZ 11/17"),
    ]
    y = 260
    for label, value in lines:
        if label:
            draw.text((150, y + 12), label, font=font(24), fill=ink)
        draw.line([(440, y + 70), (1360, y + 70)], fill=(120, 100, 60), width=2)
        hand(img, (460, y - 4), value, rng, size=40, ink=pen, tilt=3.0)
        y += 110
    return photo_finish(img, rng, -1.5, (140, 110, 78), 9000)


def harbor_return_form_jpeg() -> bytes:
    """s24: Harbor Point's stock return / credit form, filled in by hand, on a desk."""
    rng = random.Random(SEEDS["s24"])
    img = Image.new("RGB", (1650, 1300), (112, 86, 60))  # desk
    draw = ImageDraw.Draw(img)
    draw.rectangle([(60, 40), (1590, 1260)], fill=(245, 245, 242))
    ink = (22, 22, 22)
    draw.text((100, 70), "HARBOR POINT PROPERTY MANAGEMENT", font=font(40), fill=ink)
    draw.text((100, 122), "MAINTENANCE - STOCK RETURN / CREDIT", font=font(30), fill=ink)
    pen = (20, 30, 110)
    field(img, draw, (100, 190), "VENDOR:", "TRI-STATE SUPPLY", rng, 520, ink, pen)
    field(img, draw, (900, 190), "DATE:", "11/23/26", rng, 360, ink, pen)
    field(img, draw, (100, 265), "VENDOR ORDER:", "SO-104239", rng, 380, ink, pen)
    field(img, draw, (900, 265), "OUR PO:", "PO-70231", rng, 360, ink, pen)
    cols = (90, 540, 900, 1050)
    top, step = 370, 86
    table(
        draw,
        cols,
        1560,
        top,
        step,
        ("ITEM / UPC", "NOTE", "QTY", "CODE"),
        [("", "", "", "")] * 3,
        24,
        ink,
        (90, 90, 90),
        verticals=False,
    )
    rows = [
        ("HVC-FLT-1625-M11", "SEALED - SURPLUS", "6 CS", "R1"),
        ("UPC 084512021006", "BLANK SCREEN 4B", "1", "R2"),
    ]
    for i, row in enumerate(rows):
        hand_row(img, cols, top + (i + 1) * step + 20, row, rng, 32, pen)
    draw.text(
        (100, 760),
        "CODES:  R1 NOT NEEDED   R2 DEFECTIVE   R3 DAMAGED   R4 WRONG ITEM",
        font=font(26),
        fill=ink,
    )
    draw.text((100, 860), "REQUESTED BY:", font=font(24), fill=ink)
    hand(img, (330, 845), "L. ORTEGA", rng, size=36, ink=pen)
    draw.text((900, 860), "APPROVED:", font=font(24), fill=ink)
    return photo_finish(img, rng, 1.0, (100, 78, 56), 9000)


def keystone_issue_report_png() -> bytes:
    """s28: Keystone's field material issue report filled in by the foreman, scanned."""
    rng = random.Random(SEEDS["s28"])
    img = Image.new("L", (1700, 1150), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "KEYSTONE MECHANICAL CONTRACTORS", font=font(42), fill=15)
    draw.text((70, 106), "FIELD MATERIAL ISSUE REPORT", font=font(30), fill=25)
    draw.text((1180, 60), "FORM KM-FIR-2", font=font(22), fill=70)
    pen = 30
    field(img, draw, (70, 190), "JOB:", "LINDEN ST BOILER RM", rng, 560, 40, pen)
    field(img, draw, (900, 190), "DATE:", "11/24/26", rng, 360, 40, pen)
    field(img, draw, (70, 270), "SUPPLIER:", "TRI-STATE", rng, 460, 40, pen)
    field(img, draw, (900, 270), "OUR PO:", "77871", rng, 360, 40, pen)
    field(img, draw, (70, 350), "ITEM:", "VLV-2210-BR 2 IN BRONZE GATE", rng, 900, 40, pen)
    field(img, draw, (70, 430), "QTY AFFECTED:", "2", rng, 200, 40, pen)
    draw.text(
        (70, 530),
        "PROBLEM:  [ ] SHORT  [X] DAMAGED  [ ] WRONG  [ ] DEFECTIVE",
        font=font(26),
        fill=30,
    )
    hand(img, (90, 600), "CRACKED BODIES - BOX CRUSHED", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (90, 670), "DELIVERED 11/23", rng, size=38, ink=pen, tilt=3.0)
    draw.text((70, 800), "FOREMAN:", font=font(24), fill=60)
    hand(img, (230, 785), "J. WHITE", rng, size=36, ink=pen)
    return scan_finish(img, rng, -0.5, 10000)


def heater_warranty_png() -> bytes:
    """s31: a water heater warranty claim filled in by hand by Delgado's installer, scanned."""
    rng = random.Random(SEEDS["s31"])
    img = Image.new("L", (1700, 1250), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "WATER HEATER WARRANTY CLAIM", font=font(42), fill=15)
    draw.text((70, 106), "Bradford Thermal Products - via your distributor", font=font(26), fill=40)
    pen = 28
    rows = [
        ("DISTRIBUTOR:", "TRI-STATE SUPPLY", 600),
        ("DISTRIBUTOR ORDER:", "SO-104202", 420),
        ("MODEL / SKU:", "WH-50G-NG 50 GAL NAT GAS", 820),
        ("SERIAL NO:", "BT2510-44817", 520),
        ("QTY:", "1", 160),
        ("DATE INSTALLED:", "10/28/2025", 420),
        ("PROBLEM:", "TANK LEAKING AT BOTTOM", 820),
        ("INSTALLER:", "H. RAMIREZ - DELGADO", 700),
    ]
    y = 190
    for label, value, width in rows:
        field(img, draw, (70, y), label, value, rng, width, 40, pen)
        y += 86
    draw.text(
        (70, y + 40),
        "Tank warranty 5 years from installation with proof of purchase.",
        font=font(22),
        fill=70,
    )
    return scan_finish(img, rng, 0.4, 10000)


# ---------------------------------------------------------------- PDFs


def new_pdf(created: dt.datetime, orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="mm", format="Letter")
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def cell_row(pdf: FPDF, widths: tuple[float, ...], texts: tuple[str, ...], h: float = 7) -> None:
    for w, text in zip(widths, texts, strict=True):
        pdf.cell(w, h, text, border=1)
    pdf.ln(h)


def line(pdf: FPDF, text: str, h: float = 6) -> None:
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def header_fields(pdf: FPDF, fields: list[tuple[str, str, str, str]]) -> None:
    for a, b, c, d in fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 6, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(62, 6, b)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 6, c)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")


def estes_pod_pdf() -> bytes:
    """s07: the Estes electronic delivery receipt for SO-104241, with the typed exception."""
    pdf = new_pdf(dt.datetime(2026, 11, 11, 21, 2, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 16)
    line(pdf, "ESTES EXPRESS LINES", 9)
    pdf.set_font("Helvetica", "", 11)
    line(pdf, "Delivery Receipt - Electronic Proof of Delivery")
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("PRO:", "ES4410402981", "Delivered:", "11/11/2026 2:10 PM"),
            ("Shipper:", "Tri-State Supply DC-EAST", "Consignee:", "Harbor Point Property Mgmt"),
            ("Reference:", "SO-104241", "PO:", "PO-70288"),
            ("Terminal:", "ES 441", "Signed by:", "L ORTEGA"),
        ],
    )
    pdf.ln(4)
    widths = (18, 90, 28, 22)
    pdf.set_font("Helvetica", "B", 10)
    cell_row(pdf, widths, ("Pieces", "Description", "Weight (lb)", "Class"))
    pdf.set_font("Helvetica", "", 10)
    cell_row(pdf, widths, ("3", "WATER HEATER 50 GAL NAT GAS", "465", "85"))
    cell_row(pdf, widths, ("3", "EXPANSION TANK 2 GAL", "27", "85"))
    cell_row(pdf, widths, ("6", "TOTAL", "492", ""))
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 11)
    line(pdf, "DELIVERY EXCEPTIONS")
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "Code: DAM - Damaged")
    line(pdf, "Pieces affected: 1 of 6")
    line(pdf, "Remarks: 1 PC WATER HEATER 50 GAL - CARTON CRUSHED, JACKET DENTED AT TOP")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(
        0,
        4,
        "Freight received in good order except as noted. Concealed loss or damage must be "
        "reported within 5 days of delivery. Questions: 866-378-3748.",
    )
    return pdf_bytes(pdf)


def keystone_debit_memo_pdf() -> bytes:
    """s11: Keystone's debit memo DM-26-0412 against INV-88098 for the copper price."""
    pdf = new_pdf(dt.datetime(2026, 11, 17, 13, 40, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8)
    pdf.set_font("Helvetica", "", 10)
    line(
        pdf, "1450 Industrial Hwy, Unit 3, Eddystone PA 19022   215-555-0143   AP fax 215-555-0199"
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    line(pdf, "DEBIT MEMO   No. DM-26-0412", 8)
    header_fields(
        pdf,
        [
            ("Date:", "11/17/2026", "Vendor:", "Tri-State Supply"),
            ("Vendor invoice:", "INV-88098", "Invoice date:", "10/26/2026"),
            ("Vendor order:", "SO-104226", "Our PO:", "PO-77790"),
        ],
    )
    pdf.ln(4)
    widths = (32, 18, 46, 12, 22, 22, 16, 22)
    pdf.set_font("Helvetica", "B", 8)
    cell_row(
        pdf,
        widths,
        ("Item", "Our part", "Description", "Qty", "Invoiced", "PO price", "Diff", "Amount"),
    )
    pdf.set_font("Helvetica", "", 8)
    cell_row(
        pdf,
        widths,
        (
            "PIP-CU-L-100-20",
            "KM-20100",
            "1\" type L copper, 20' length",
            "30",
            "76.40",
            "71.80",
            "4.60",
            "138.00",
        ),
    )
    pdf.set_font("Helvetica", "B", 8)
    cell_row(pdf, widths, ("", "", "Total debit", "", "", "", "", "138.00"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Reason: price billed above our purchase order. PO-77790 was issued at 71.80 per length "
        "per your quote; INV-88098 bills 76.40. We are short-paying INV-88098 by 138.00 and "
        "request a credit memo for the same amount. The elbows and ball valves on the invoice "
        "are paid as billed.",
    )
    pdf.ln(3)
    line(pdf, "Prepared by: D. Ruiz, Accounts Payable")
    return pdf_bytes(pdf)


def riverbend_rgr_pdf() -> bytes:
    """s12: Riverbend's return goods request RGR-1117, reason codes printed on the form."""
    pdf = new_pdf(dt.datetime(2026, 11, 17, 15, 20, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "RIVERBEND PLUMBING & HEATING", 8)
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "4410 River Rd, Riverbend PA   610-555-0100")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    line(pdf, "RETURN GOODS REQUEST      RGR-1117", 8)
    header_fields(
        pdf,
        [
            ("Date:", "11/17/2026", "Supplier:", "Tri-State Supply"),
            ("Supplier order:", "SO-104214", "Our PO:", "PO-24388"),
            ("Job:", "Millbrook pump station", "Requested by:", "K. Liu / M. O'Brien"),
        ],
    )
    pdf.ln(4)
    widths = (10, 28, 62, 20, 20, 14, 42)
    pdf.set_font("Helvetica", "B", 8)
    cell_row(
        pdf,
        widths,
        ("Ln", "Item", "Description", "Qty shipped", "Qty return", "Code", "Condition"),
    )
    pdf.set_font("Helvetica", "", 8)
    cell_row(
        pdf,
        widths,
        (
            "1",
            "VLV-3100-CK",
            '3" cast iron swing check valve, flg',
            "4",
            "2",
            "E",
            "New, covers on",
        ),
    )
    cell_row(
        pdf,
        widths,
        (
            "2",
            "FTG-BI-U-150",
            '1-1/2" black malleable union',
            "30",
            "0",
            "-",
            "Keep (5 on RMA-9002)",
        ),
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    line(pdf, "Reason codes:", 5)
    pdf.set_font("Helvetica", "", 9)
    for text in (
        "A  Arrived damaged        B  Short / missing        C  Wrong item shipped",
        "D  Defective / warranty   E  Not needed / overstock  F  Over-shipped",
        "G  Pricing error",
    ):
        line(pdf, text, 5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Remarks: bypass deleted from the drawings (engineer's bulletin 4). The two valves were "
        "never installed. Restocking fee per our account terms accepted.",
    )
    return pdf_bytes(pdf)


def keystone_mrr_pdf() -> bytes:
    """s16: Keystone's material return request MRR-2611-14 for SO-104218."""
    pdf = new_pdf(dt.datetime(2026, 11, 18, 16, 30, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8)
    pdf.set_font("Helvetica", "B", 12)
    line(pdf, "MATERIAL RETURN REQUEST      Form No. MRR-2611-14", 7)
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "1450 Industrial Hwy, Unit 3, Eddystone PA 19022   215-555-0143", 5)
    pdf.ln(4)
    header_fields(
        pdf,
        [
            ("Date:", "11/18/2026", "Vendor:", "Tri-State Supply"),
            ("Job:", "2398 Cedar Court apts", "Vendor order:", "SO-104218"),
            ("Requested by:", "T. Morales", "Our PO:", "PO-77731"),
        ],
    )
    pdf.ln(4)
    widths = (9, 22, 34, 52, 16, 18, 12, 33)
    pdf.set_font("Helvetica", "B", 8)
    cell_row(
        pdf,
        widths,
        (
            "Ln",
            "Our part",
            "Vendor item",
            "Description",
            "Qty ord",
            "Qty return",
            "Code",
            "Condition",
        ),
    )
    pdf.set_font("Helvetica", "", 8)
    cell_row(
        pdf,
        widths,
        ("1", "KM-88107", "VLV-1005-BV", '1" brass ball valve FP thd', "50", "0", "-", "Used"),
    )
    cell_row(
        pdf,
        widths,
        (
            "2",
            "-",
            "FTG-PEX-CPL-050",
            '1/2" PEX crimp coupling bag/25',
            "20",
            "6",
            "D",
            "Sealed bags",
        ),
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    line(pdf, "Return codes:", 5)
    pdf.set_font("Helvetica", "", 9)
    line(pdf, "D = no longer needed / overstock    F = failed / defective    W = wrong item", 5)
    line(pdf, "X = damaged in shipment    S = short shipped    P = price", 5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    line(pdf, "Note: 20 ball valves already returned on RMA-9004 in October; none on this form.", 5)
    return pdf_bytes(pdf)


def backflow_report_pdf() -> bytes:
    """s17: the initial test report of the 3\" RPZ from SO-104222 (failed)."""
    pdf = new_pdf(dt.datetime(2026, 11, 18, 20, 15, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 14)
    line(pdf, "BACKFLOW PREVENTION ASSEMBLY TEST REPORT", 8)
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "Riverbend Plumbing & Heating - Backflow Services - 610-555-0100 ext 7")
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("Test type:", "Initial (new install)", "Test date:", "11/18/2026"),
            ("Location:", "Riverbend Commons, mech B", "Address:", "2201 Water St"),
            ("Assembly:", 'RPZ 3" (special order)', "Serial:", "RP3-118204"),
            ("Supplied by:", "Tri-State SO-104222", "Our PO:", "PO-24415"),
            ("Line pressure:", "72 psi", "Gauge cal.:", "G-2231, 09/2026"),
        ],
    )
    pdf.ln(4)
    widths = (52, 44, 40, 24)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, widths, ("Component", "Reading", "Required", "Result"))
    pdf.set_font("Helvetica", "", 9)
    cell_row(pdf, widths, ("Check valve #1", "held 0.8 psid", "5.0 psid min", "FAIL"))
    cell_row(pdf, widths, ("Relief valve", "opened at 1.1 psid", "2.0 psid min", "FAIL"))
    cell_row(pdf, widths, ("Check valve #2", "held 1.4 psid", "1.0 psid min", "PASS"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    line(pdf, "ASSEMBLY FAILED INITIAL TEST - DEFECTIVE AS SUPPLIED (1 assembly)")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "New assembly, flushed before test. #1 check does not seat; debris-free on inspection. "
        "Not repaired - returned to supplier for warranty.",
    )
    pdf.ln(3)
    line(pdf, "Tester: Tomas Sanchez   Cert # BPAT-20931   exp 06/2028")
    return pdf_bytes(pdf)


def keystone_credit_request_pdf() -> bytes:
    """s20: Keystone's credit request CR-1120-03 for SO-104233, codes on the form."""
    pdf = new_pdf(dt.datetime(2026, 11, 20, 12, 50, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8)
    pdf.set_font("Helvetica", "B", 12)
    line(pdf, "VENDOR CREDIT REQUEST      CR-1120-03", 7)
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("Date:", "11/20/2026", "Vendor:", "Tri-State Supply"),
            ("Vendor order:", "SO-104233", "Our PO:", "PO-77812"),
            ("Invoice:", "INV-88121", "Contact:", "Dana Ruiz, AP"),
        ],
    )
    pdf.ln(4)
    widths = (20, 34, 62, 12, 12, 50)
    pdf.set_font("Helvetica", "B", 8)
    cell_row(pdf, widths, ("Our part", "Vendor item", "Description", "Qty", "Code", "Details"))
    pdf.set_font("Helvetica", "", 8)
    cell_row(
        pdf,
        widths,
        ("KM-88340", "-", '3/4" PRV 25-75 psi', "1", "4", "Set 55 psi, creeps to 110 psi"),
    )
    cell_row(
        pdf,
        widths,
        ("-", "PIP-PEX-075-300", '3/4" PEX-A 300 ft coil', "2", "5", "Sealed, surplus"),
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    line(pdf, "Codes:", 5)
    pdf.set_font("Helvetica", "", 9)
    line(pdf, "1 damaged in transit   2 short   3 wrong item   4 defective / failed", 5)
    line(pdf, "5 surplus - no longer needed   6 over-shipped   7 price", 5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    line(pdf, "The other 11 PRVs and 4 coils from this order are installed or in use.", 5)
    return pdf_bytes(pdf)


def circulator_warranty_pdf() -> bytes:
    """s30: Keystone's warranty claim WC-1125 for a circulator from the 2025 order SO-104201."""
    pdf = new_pdf(dt.datetime(2026, 11, 25, 13, 30, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "KEYSTONE MECHANICAL - SERVICE DEPARTMENT", 8)
    pdf.set_font("Helvetica", "B", 12)
    line(pdf, "WARRANTY CLAIM   WC-1125", 7)
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("Date:", "11/25/2026", "Supplier:", "Tri-State Supply"),
            ("Supplier order:", "SO-104201", "Our PO:", "PO-76115"),
            ("Invoice:", "INV-88010", "Job:", "Linden St boiler plant"),
        ],
    )
    pdf.ln(4)
    widths = (30, 70, 12, 26, 26)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Installed", "Failed"))
    pdf.set_font("Helvetica", "", 9)
    cell_row(
        pdf,
        widths,
        ("PMP-CIRC-015", "1/25 HP cast iron circulator, 115 V", "1", "10/27/2025", "11/20/2026"),
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Failure: motor hums, shaft seized, no flow. Checked 118 V at the terminal box. Pump "
        "replaced from stock; failed unit tagged and held at our shop for return. The other "
        "circulators on zone 1-4 are running.",
    )
    pdf.ln(3)
    line(pdf, "Submitted by: T. Morales for R. Alvarez (service)")
    return pdf_bytes(pdf)


# ---------------------------------------------------------------- spreadsheets


def csv_bytes(rows: list[list[str]]) -> bytes:
    """Excel-style CSV: quoted where needed, CRLF line ends."""
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if any(ch in cell for ch in ',"\n'):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(",".join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def xlsx_bytes(wb: Workbook, when: dt.datetime) -> bytes:
    """Save a workbook with fixed document properties and zip entry times."""
    wb.properties.creator = "Microsoft Excel"
    wb.properties.lastModifiedBy = None
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    text = re.sub(f"(<{tag}[^>]*>)[^<]*(</{tag}>)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, data)
    return out.getvalue()


def sheet(
    title: str, heading: list[str], head: list[str], rows: list[list[object]], when: dt.datetime
) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for text in heading:
        ws.append([text])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(head)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for col, width in zip("ABCDEFGHIJ", (18, 34, 11, 11, 11, 11, 11, 34, 12, 12), strict=False):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb, when)


def riverbend_receiving_csv() -> bytes:
    """s02: Riverbend's receiving discrepancies for PO-24519 / SO-104236."""
    return csv_bytes(
        [
            [
                "PO",
                "Vendor Order",
                "Line",
                "Item",
                "Description",
                "Ordered",
                "Received",
                "Damaged",
                "Return",
                "Reason",
            ],
            [
                "PO-24519",
                "SO-104236",
                "1",
                "VLV-1005-BV",
                '1" brass ball valve FP threaded',
                "24",
                "24",
                "0",
                "0",
                "",
            ],
            [
                "PO-24519",
                "SO-104236",
                "2",
                "FTG-PEX-CPL-050",
                '1/2" PEX crimp coupling bag/25',
                "10",
                "9",
                "0",
                "0",
                "SHORT 1 BAG - PLEASE CREDIT",
            ],
            [
                "PO-24519",
                "SO-104236",
                "3",
                "PIP-PEX-075-300",
                '3/4" PEX-A tubing 300 ft coil',
                "2",
                "2",
                "1",
                "1",
                "DAMAGED - BOX CRUSHED, TUBING KINKED",
            ],
            [],
            ["Received 11/06/2026 via UPS 1Z4F83090342217816 - checked in by K. Liu"],
        ]
    )


def keystone_receiving_report_csv() -> bytes:
    """s05: Keystone's receiving report for the 2nd delivery of PO-77812: no exceptions."""
    return csv_bytes(
        [
            ["Receiving Report", "RR-261106-02"],
            ["PO", "PO-77812", "Vendor order", "SO-104233"],
            ["Carrier", "ESTES", "Date", "11/06/2026"],
            [],
            [
                "Item",
                "Description",
                "Ordered",
                "Shipped",
                "Received",
                "Damaged",
                "Short",
                "Over",
                "Status",
            ],
            ["VLV-0750-PRV", '3/4" PRV 25-75 psi', "12", "12", "12", "0", "0", "0", "OK"],
            ["PIP-PEX-075-300", '3/4" PEX-A 300 ft coil', "6", "6", "6", "0", "0", "0", "OK"],
            [],
            ["Checked by", "M. Bellini", "Exceptions", "NONE"],
        ]
    )


def keystone_leftover_csv() -> bytes:
    """s25: Keystone's leftover list for job 2417 (PO-77790 / SO-104226), their part numbers."""
    return csv_bytes(
        [
            ["Part #", "Description", "Ordered", "Used", "Return"],
            ["KM-40112", '1" wrot copper 90 C x C', "200", "10", "190"],
            ["KM-20100", "1\" type L copper 20'", "30", "30", "0"],
            ["KM-88107", '1" ball valve FP thd', "36", "36", "0"],
        ]
    )


def harbor_open_items_csv() -> bytes:
    """s36: Harbor Point's open items with Tri-State (a statement reconciliation)."""
    return csv_bytes(
        [
            ["Vendor", "Tri-State Supply", "Open items as of", "11/30/2026"],
            [],
            ["Document", "Date", "Your order", "Our PO", "Amount", "Paid", "Open", "Note"],
            [
                "INV-88160",
                "11/09/2026",
                "SO-104239",
                "PO-70231",
                "1552.60",
                "1480.60",
                "72.00",
                "short-paid - credit expected (registers, filter case)",
            ],
            [
                "INV-88171",
                "11/09/2026",
                "SO-104241",
                "PO-70288",
                "2194.50",
                "0.00",
                "2194.50",
                "on hold - damaged heater under review",
            ],
            [
                "INV-88190",
                "11/16/2026",
                "SO-104246",
                "PO-70296",
                "348.80",
                "348.80",
                "0.00",
                "paid - valves exchanged",
            ],
        ]
    )


def harbor_receiving_xlsx() -> bytes:
    """s06: Harbor Point's receiving sheet for SO-104239 (own fleet, 11/09)."""
    return sheet(
        "Receiving",
        [
            "Harbor Point Property Management - Maintenance Receiving",
            "Vendor: Tri-State Supply   Order: SO-104239   PO: PO-70231",
            "Delivered 11/09/2026 (Tri-State truck)   Received by: L. Ortega",
        ],
        ["Item", "Description", "Ordered", "Received", "Damaged", "Return", "", "Notes"],
        [
            [
                "HVC-REG-1006-W",
                "10x6 floor register, white",
                60,
                60,
                6,
                6,
                "",
                "faces bent in - credit please",
            ],
            [
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11 filter, cs/12",
                24,
                23,
                0,
                0,
                "",
                "1 case missing - credit please",
            ],
            ["TST-2100-NP", "non-programmable thermostat", 10, 10, 0, 0, "", "ok"],
        ],
        dt.datetime(2026, 11, 11, 15, 58, 0),
    )


def summit_exceptions_xlsx() -> bytes:
    """s09: Summit's receiving exceptions for PO-60455 / SO-104244."""
    return sheet(
        "Exceptions",
        [
            "Summit HVAC Services - Receiving Exceptions",
            "PO-60455 / Tri-State SO-104244 / UPS 1Z4F83090342291043 / rec'd 11/12/2026",
        ],
        ["Item", "Description", "Ordered", "Received", "Damaged", "Over/Short", "", "Action"],
        [
            [
                "HVC-CND-PUMP",
                "Condensate pump 115V",
                10,
                10,
                2,
                0,
                "",
                "credit - discharge fitting snapped",
            ],
            ["TST-2100-NP", "Non-prog thermostat 24V", 12, 12, 0, 0, "", ""],
            [
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11 cs/12",
                20,
                22,
                0,
                2,
                "",
                "2 cases over - please pick up",
            ],
        ],
        dt.datetime(2026, 11, 16, 14, 31, 0),
    )


def summit_closeout_xlsx() -> bytes:
    """s19: Summit's job close-out reconciliation for SO-104238."""
    return sheet(
        "Closeout",
        [
            "Summit Ridge ES - material close-out (job 26-118)",
            "Tri-State SO-104238 / PO-60418",
        ],
        ["Item", "Description", "Ordered", "Received", "Installed", "Return", "", "Remarks"],
        [
            [
                "TST-7500-PRO",
                "7-day prog Wi-Fi thermostat",
                12,
                12,
                8,
                4,
                "",
                "annex rooms deleted - new in box",
            ],
            ["TST-2100-NP", "non-prog digital thermostat", 20, 20, 20, 0, "", "3 exchanged on RMA"],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 cs/12", 10, 10, 10, 0, "", ""],
        ],
        dt.datetime(2026, 11, 19, 20, 5, 0),
    )


def keystone_price_variance_xlsx() -> bytes:
    """s32: Keystone AP's three-way-match price variance report for INV-88133."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Price variance"
    ws.append(["Keystone Mechanical - AP three-way match exceptions"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["Vendor: Tri-State Supply   Run: 11/27/2026"])
    ws.append([])
    ws.append(
        [
            "Invoice",
            "Inv date",
            "Vendor order",
            "PO",
            "Item",
            "Qty",
            "PO price",
            "Inv price",
            "Diff/ea",
            "Ext diff",
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.append(
        [
            "INV-88133",
            "11/04/2026",
            "SO-104235",
            "PO-77830",
            "HVC-CND-PUMP",
            8,
            61.50,
            64.90,
            3.40,
            27.20,
        ]
    )
    ws.append(["", "", "", "", "Total", "", "", "", "", 27.20])
    for col, width in zip("ABCDEFGHIJ", (11, 11, 13, 11, 15, 6, 9, 9, 9, 9), strict=True):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb, dt.datetime(2026, 11, 27, 14, 30, 0))


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")
CSV = ("text", "csv")
CSV_XL = ("application", "vnd.ms-excel")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": TO,
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
        **extra,
    }


def wrap(body: str, width: int = 76) -> str:
    """Refill paragraphs that have a line over width, as a mail client does (stays 7bit)."""
    out = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(len(text) <= width for text in lines):
            out.append(para)
            continue
        lead = re.match(r"\s*(?:\d+\. |- )?", lines[0]).group(0)
        joined = " ".join(text.strip() for text in lines)[len(lead.strip()) :].strip()
        out.append(
            "\n".join(
                textwrap.wrap(joined, width, initial_indent=lead, subsequent_indent=" " * len(lead))
            )
        )
    return "\n\n".join(out)


def message(
    headers: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(wrap(body))
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


TOM = (
    "Tom Morales\n"
    "Purchasing Coordinator\n"
    "Keystone Mechanical Contractors\n"
    "1450 Industrial Hwy, Unit 3 | Eddystone, PA 19022\n"
    "P 215-555-0143 x214 | C 267-555-0188\n"
)
DANA = (
    "Dana Ruiz\n"
    "Accounts Payable\n"
    "Keystone Mechanical Contractors\n"
    "P: 215-555-0143 | F: 215-555-0199\n"
)
KAREN = (
    "Karen Liu | Office Manager\n"
    "Riverbend Plumbing & Heating\n"
    "4410 River Rd, Riverbend PA 19061\n"
    "610-555-0100 ext 1\n"
)
RAJ = "Raj Patel\nProject Manager | Summit HVAC Services\no 555-214-7781 x103 | c 555-390-1246\n"
LINDA = (
    "Kind regards,\n"
    "Linda Chu\n"
    "Accounts Payable\n"
    "Summit HVAC Services\n"
    "ap@summithvac.net | 555-214-7781 x110\n"
)
LUIS = (
    "Luis Ortega\n"
    "Maintenance Supervisor\n"
    "Harbor Point Property Management\n"
    "300 Harbor Way, Bldg A\n"
    "555-331-0600 ext 12\n"
)
GRACE = (
    "Grace Kim\n"
    "Accounts Payable\n"
    "Harbor Point Property Management\n"
    "300 Harbor Way, Bldg A\n"
    "555-331-0600 ext 20\n"
)

S01 = (
    "Good morning,\n\n"
    "Attached is a photo of the R+L delivery receipt from Thursday's delivery on SO-104233\n"
    "(our PO-77812). Our receiver wrote two exceptions on it before he signed, and the driver\n"
    "initialed them:\n\n"
    '1. The valve pallet was hit by a forklift on their trailer. Four of the 2" bronze gate\n'
    "   valves (VLV-2210-BR) have bent stems, and one of those four also has a cracked\n"
    "   bonnet. We can't use any of the four. The other 36 on the pallet are fine.\n\n"
    '2. The 1" copper 90s come 10 to a carton. The packing slip says 15 cartons, we got 14,\n'
    "   so we are 10 elbows short.\n\n"
    "Please credit the 4 damaged valves and the 10 missing elbows. The bad valves are tagged\n"
    "and set aside at our shop for pickup.\n\n"
    "Thanks,\n" + TOM
)

S02 = "Hi,\n\nPlease see attached.\n\nKaren\n\n" + KAREN

S03 = (
    "Hi,\n\n"
    "Our return / credit request for SO-104238 is attached (PO-60418).\n\n"
    "Three of the non-programmable thermostat boxes had 120 V line-voltage stats in them, not\n"
    "the 24 V ones we ordered - no use to us on rooftop units. We need 3 of the right ones and\n"
    "will send the wrong ones back. The second line on the form is the filter case that got\n"
    "crushed on your truck.\n\n" + RAJ
)

S05 = (
    "Hello,\n\n"
    "For your file: the 2nd delivery on PO-77812 / SO-104233 (Estes, 11/6) checked in\n"
    "complete, no exceptions. Receiving report attached.\n\n"
    "The exceptions on the 1st delivery (R+L) were already sent to you by Tom on Monday.\n\n"
    "Marco Bellini\n"
    "Receiving / Warehouse\n"
    "Keystone Mechanical Contractors\n"
    "215-555-0143 x230\n"
)

S06 = (
    "Hi,\n\n"
    "Our receiving sheet from Monday's delivery (your truck) for PO-70231 is attached.\n\n"
    "Two problems: 6 of the 10x6 floor registers have the faces bent in, looks like something\n"
    "heavy was stacked on the box. And we got 23 cases of the 16x25 filters, not 24. Please\n"
    "credit both. The thermostats are all there.\n\n" + LUIS
)

S07 = (
    "Hello,\n\n"
    "Forwarding the Estes delivery receipt for PO-70288 (your SO-104241). One of the three 50\n"
    "gallon gas water heaters came in with the carton crushed and the jacket dented at the\n"
    "top - it's the exception on the receipt. Luis says the burner access door won't close on\n"
    "it, so we are not installing that one.\n\n"
    "Please credit or replace that one heater. The other two heaters and the expansion tanks\n"
    "are fine.\n\n"
    "Thank you,\n" + GRACE + "\n\n"
    "---------- Forwarded message ---------\n"
    "From: Estes Express Lines <noreply@estes-express.example>\n"
    "Date: Wed, Nov 11, 2026 at 3:02 PM\n"
    "Subject: Estes Delivery Receipt PRO ES4410402981\n"
    "To: <maintenance@harborpointpm.com>\n\n"
    "Your shipment PRO ES4410402981 was delivered on 11/11/2026 at 2:10 PM.\n"
    "Signed by: L ORTEGA\n"
    "Pieces: 6   Weight: 492 lbs\n"
    "Exception: DAMAGED - SEE RECEIPT\n\n"
    "The delivery receipt is attached (PDF). This is an automated message, please do not\n"
    "reply.\n"
)

S09 = (
    "Hello,\n\n"
    "The receiving exceptions for our PO-60455 (your SO-104244, UPS on Thursday 11/12) are in\n"
    "the attached sheet.\n\n"
    "In short: two of the condensate pumps came with the discharge fitting snapped off, please\n"
    "credit them. And UPS left 22 cases of the MERV 11 filters when the order was for 20, so\n"
    "there are 2 cases for you to pick up. The thermostats were fine.\n\n" + LINDA
)

S10 = (
    "Hi,\n\n"
    "The Baca job got switched from steel to copper, so we don't need some of what Hector\n"
    "picked up at your counter on the 6th (SO-104240). Picture of our return slip attached:\n\n"
    '- 5 of the 1-1/2" black iron unions, still in the bag\n'
    '- the 20 ft of 2" black pipe you cut for us\n\n'
    "We are keeping the 10 ball valves and the rest of the pipe. I know the cut pipe may be a\n"
    "problem, but please see what you can do.\n\n"
    "Thanks,\n"
    "Rosa Delgado\n"
    "Delgado & Sons Plumbing\n"
    "(505) 555-0132\n"
)

S11 = "Hello,\n\nPlease see attached debit memo.\n\nThank you,\n" + DANA

S12 = (
    "Hi,\n\n"
    'Attached is our return goods request for two of the 3" check valves from SO-104214\n'
    "(PO-24388). Mike says the engineer took the bypass out of the drawings, so they were\n"
    "never installed.\n\n"
    "The reason codes are on the form. Let me know the RMA number and I'll have them ready at\n"
    "the shop.\n\n"
    "Thank you!\n"
    "Karen\n\n" + KAREN
)

S13 = (
    "Hi,\n\n"
    "I'm the site super for Summit on the Pine Street clinic job. We opened the ceiling tile\n"
    "pallet today for the 3rd floor and 4 cartons of the 2x2 acoustic tile are water damaged,\n"
    "tiles stained and sagging. Delivery receipt from 11/2 is attached - the driver noted the\n"
    "wet cartons when it came in, but nobody followed up on it. My fault.\n\n"
    "Can we get credit for the 4 cartons (order SO-104228)? We'll toss them here unless you\n"
    "want them back.\n\n"
    "Dave Kowalski\n"
    "Site Superintendent, Summit HVAC Services\n"
    "cell 555-390-7714\n"
)

S14 = (
    "hi,\n\n"
    "tag attached. 2 of the wifi thermostats (our part KM-61750) from SO-104224 are dead, no\n"
    "display on power up. checked 24v at R and C, 26.4v, so it's the stats. swapped them with\n"
    "spares from the van.\n\n"
    "both bagged with the tag for pickup at the shop.\n\n"
    "ray alvarez\n"
    "service tech, keystone mechanical\n"
    "267-555-0311\n"
)

S16 = "See attached.\n\n" + TOM

S17 = (
    "Hello,\n\n"
    'The 3" RPZ from SO-104222 (PO-24415) failed its initial test at the Riverbend Commons\n'
    "job yesterday. Test report attached: the #1 check only held 0.8 psid and the relief\n"
    "opened at 1.1 psid. It is brand new out of the crate, we have not taken it apart.\n\n"
    "Please process it under warranty. We need a good assembly before the water authority\n"
    "inspection on 12/8.\n\n"
    "Tomas Sanchez\n"
    "Certified Backflow Tester #BPAT-20931\n"
    "Riverbend Plumbing & Heating\n"
    "610-555-0100 ext 7\n"
)

S19 = (
    "Hi,\n\n"
    "Close-out sheet for Summit Ridge ES (SO-104238 / PO-60418) attached. Everything got\n"
    "installed except 4 of the Wi-Fi thermostats - the owner deleted the 4 annex classrooms.\n"
    "Those 4 are new in the box and we don't need them, please take them back (restocking fee\n"
    "is fine). It's the Return column on the sheet.\n\n" + RAJ
)

S20 = (
    "Hello,\n\n"
    "Attached is credit request CR-1120-03 against SO-104233 (PO-77812). In short: one of the\n"
    "pressure reducing valves from that order is bad - it will not hold its setting and\n"
    "creeps up to line pressure overnight - and two of the 3/4 PEX coils are surplus, never\n"
    "opened.\n\n"
    "Please send an RMA for the three pieces.\n\n"
    "Thank you,\n" + DANA
)

S22 = (
    "Hi,\n\n"
    "Linda may have sent these on Monday with the receiving sheet, but here is our return form\n"
    "for the 2 condensate pumps with the broken discharge on SO-104244 (PO-60455), with the\n"
    "reason code, for your RMA.\n\n" + RAJ
)

S24 = (
    "Hi,\n\n"
    "Photo of our stock return form for SO-104239 attached. We ended up with 6 more cases of\n"
    "the 16x25 filters than we need for the winter change-out (still sealed), and one of the\n"
    "non-programmable thermostats we put in unit 4B last week is dead - blank screen, 24 V is\n"
    "there at the base. Reason codes are on the form.\n\n" + LUIS
)

S25 = (
    "Hi Tri-State team,\n\n"
    "Westgate Medical (our job 2417) is closed out. Leftover list attached (CSV, our part\n"
    "numbers). Please set up a return for what is in the Return column - it is all new, in the\n"
    "original bags. PO-77790 / your SO-104226.\n\n"
    "Restocking fee is fine.\n\n"
    "Bich Nguyen\n"
    "Project Manager\n"
    "Keystone Mechanical Contractors\n"
    "215-555-0143 x241\n"
)

S28 = (
    "Hi,\n\n"
    "Material issue report from the site attached. 2 of the 2 inch bronze gate valves\n"
    "(VLV-2210-BR) came off yesterday's delivery with cracked bodies, the box was crushed.\n"
    "Our PO is 77871. Please credit or replace.\n\n"
    "Jim White\n"
    "Foreman, Keystone Mechanical\n"
    "267-555-0150\n"
)

S30 = (
    "Hi,\n\n"
    "The circulator from the Linden St boiler job failed, warranty claim WC-1125 attached with\n"
    "the install date. It's off order SO-104201 from last year.\n\n" + TOM
)

S31 = (
    "Hello,\n\n"
    "I send the warranty form for the water heater 50 gallon gas from order SO-104202. Is\n"
    "leaking from the bottom of the tank, the customer have water on the floor. We install it\n"
    "10/28 last year, so is one year and one month, the tank have 5 years warranty. Only one\n"
    "heater is bad, the other one on that job is ok.\n\n"
    "The form with the serial number is in the attachment. I can bring the heater to your\n"
    "counter.\n\n"
    "Thank you\n"
    "Hector Ramirez\n"
    "Delgado & Sons Plumbing\n"
    "(505) 555-0132\n"
)

S32 = (
    "Hi,\n\n"
    "Our three-way match flagged the condensate pumps on INV-88133, report attached. Please\n"
    "issue a credit memo for the difference.\n\n"
    "Dana\n\n" + DANA
)

S36 = (
    "Hello,\n\n"
    "I'm reconciling our statement with Tri-State before month end; our open items list is\n"
    "attached. Could you confirm whether the credits for SO-104239 (the bent registers and\n"
    "the missing filter case) have been posted? I don't see a credit memo yet. And is there an\n"
    "update on the damaged water heater on SO-104241?\n\n"
    "Nothing new to claim, I'm only trying to tie out the statement.\n\n"
    "Thank you,\n" + GRACE
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s01-keystone-rl-delivery-receipt-photo.eml",
            hdr(
                "Tom Morales <tmorales@keystonemech.com>",
                "PO-77812 / SO-104233 - exceptions on R+L delivery receipt",
                "Mon, 09 Nov 2026 08:52:14 -0500",
                "<20261109135214.6A3F12C7@mail.keystonemech.com>",
            ),
            S01,
            (rl_receipt_jpeg(), *JPEG, "IMG_4471.jpg"),
        ),
        (
            "s02-riverbend-receiving-csv-see-attached.eml",
            hdr(
                "Karen Liu <office@riverbendph.com>",
                "PO-24519 receiving discrepancies",
                "Tue, 10 Nov 2026 08:14:40 -0500",
                "<000a01db7c2e$41f0b2a0$c5d217e0$@riverbendph.com>",
            ),
            S02,
            (riverbend_receiving_csv(), *CSV_XL, "receiving_PO-24519.csv"),
        ),
        (
            "s03-summit-hand-filled-return-form-scan.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "Return/credit request - SO-104238",
                "Tue, 10 Nov 2026 09:37:02 -0600",
                "<CAJp7Rk4sT9wQ1mV6nB8yX3cL5dF2gH7kE0uA4zP8oW@mail.gmail.com>",
            ),
            S03,
            (summit_form_s03(), *PNG, "SHV-114 SO-104238.png"),
        ),
        (
            "s05-keystone-receiving-report-no-exceptions.eml",
            hdr(
                "Keystone Receiving <receiving@keystonemech.com>",
                "Receiving report PO-77812 2nd delivery - complete",
                "Wed, 11 Nov 2026 07:48:31 -0500",
                "<20261111124831.2B7D90E4@mail.keystonemech.com>",
            ),
            S05,
            (keystone_receiving_report_csv(), *CSV, "RR-261106-02.csv"),
        ),
        (
            "s06-harbor-receiving-sheet-xlsx.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "Receiving sheet SO-104239 / PO-70231",
                "Wed, 11 Nov 2026 10:20:55 -0600",
                "<5E1C7A20-94B3-4D8F-A2E6-0F3B81C9D472@harborpointpm.com>",
            ),
            S06,
            (harbor_receiving_xlsx(), *XLSX, "Receiving 11-09 SO-104239.xlsx"),
        ),
        (
            "s07-harbor-estes-pod-forward.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "Fw: Estes Delivery Receipt PRO ES4410402981",
                "Thu, 12 Nov 2026 09:05:18 -0600",
                "<B3D90F6A-27C1-4E58-8A1D-6C4E2F07B915@harborpointpm.com>",
            ),
            S07,
            (estes_pod_pdf(), *PDF, "POD_ES4410402981.pdf"),
        ),
        (
            "s09-summit-exceptions-xlsx.eml",
            hdr(
                "Linda Chu <ap@summithvac.net>",
                "SO-104244 receiving exceptions",
                "Mon, 16 Nov 2026 08:40:09 -0600",
                "<BY5PR11MB4021.8A2D5E71C3@BY5PR11MB4021.namprd11.prod.outlook.com>",
            ),
            S09,
            (summit_exceptions_xlsx(), *XLSX, "PO-60455 exceptions.xlsx"),
        ),
        (
            "s10-delgado-counter-return-slip-photo.eml",
            hdr(
                "Rosa Delgado <rosa@delgadoplumbing.com>",
                "Return slip - SO-104240 (PO-40988)",
                "Mon, 16 Nov 2026 11:15:47 -0600",
                "<000001db7f4c$9d21a6e0$d764f4a0$@delgadoplumbing.com>",
            ),
            S10,
            (delgado_slip_jpeg(), *JPEG, "IMG_20261116_110902.jpg"),
        ),
        (
            "s11-keystone-copper-debit-memo-pdf.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "Debit memo DM-26-0412 / INV-88098",
                "Tue, 17 Nov 2026 09:02:26 -0500",
                "<20261117140226.91C4E3A8@mail.keystonemech.com>",
            ),
            S11,
            (keystone_debit_memo_pdf(), *PDF, "DM-26-0412.pdf"),
        ),
        (
            "s12-riverbend-return-goods-request-pdf.eml",
            hdr(
                "Karen Liu <office@riverbendph.com>",
                "Return Goods Request RGR-1117 - SO-104214",
                "Tue, 17 Nov 2026 10:31:12 -0500",
                "<000b01db80d3$7ac41e60$703c5b20$@riverbendph.com>",
            ),
            S12,
            (riverbend_rgr_pdf(), *PDF, "RGR-1117.pdf"),
        ),
        (
            "s13-summit-odfl-receipt-scan-late.eml",
            hdr(
                "Dave Kowalski <dkowalski@summithvac.net>",
                "ceiling tile SO-104228 - wet cartons",
                "Tue, 17 Nov 2026 13:48:50 -0600",
                "<CAK9dW2m7Qx4vT1nR8yB5cL0sG3eF6hJ2uP9aX1oZ4q@mail.gmail.com>",
            ),
            S13,
            (odfl_receipt_png(), *PNG, "scan0041.png"),
        ),
        (
            "s14-keystone-warranty-tags-photo.eml",
            hdr(
                "Ray Alvarez <ralvarez@keystonemech.com>",
                "warranty - wifi stats SO-104224",
                "Wed, 18 Nov 2026 08:10:03 -0500",
                "<20261118131003.4E8A6B21@mail.keystonemech.com>",
            ),
            S14,
            (warranty_tag_jpeg(), *JPEG, "tag.jpg"),
        ),
        (
            "s16-keystone-mrr-form-pdf-late.eml",
            hdr(
                "Tom Morales <tmorales@keystonemech.com>",
                "MRR-2611-14",
                "Wed, 18 Nov 2026 11:44:37 -0500",
                "<20261118164437.C2F81D09@mail.keystonemech.com>",
            ),
            S16,
            (keystone_mrr_pdf(), *PDF, "MRR-2611-14.pdf"),
        ),
        (
            "s17-riverbend-backflow-test-report-pdf.eml",
            hdr(
                "Tomas Sanchez <tsanchez@riverbendph.com>",
                "RPZ failed initial test - SO-104222",
                "Thu, 19 Nov 2026 08:33:21 -0500",
                "<000c01db8165$2f9d0c40$8ed724c0$@riverbendph.com>",
            ),
            S17,
            (backflow_report_pdf(), *PDF, "BF test RP3-118204.pdf"),
        ),
        (
            "s19-summit-closeout-xlsx.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "Summit Ridge ES close-out - extra Wi-Fi stats",
                "Thu, 19 Nov 2026 14:20:44 -0600",
                "<CAJp7Rk8nV2xQ5mT9bW1yL4cD7fG0hK3sE6uA9zP2oT@mail.gmail.com>",
            ),
            S19,
            (summit_closeout_xlsx(), *XLSX, "26-118 closeout.xlsx"),
        ),
        (
            "s20-keystone-credit-request-pdf.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "Credit request CR-1120-03 - SO-104233",
                "Fri, 20 Nov 2026 08:05:58 -0500",
                "<20261120130558.7D3B5F62@mail.keystonemech.com>",
            ),
            S20,
            (keystone_credit_request_pdf(), *PDF, "CR-1120-03.pdf"),
        ),
        (
            "s22-summit-pumps-form-resent.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "Return form - condensate pumps SO-104244",
                "Fri, 20 Nov 2026 11:30:16 -0600",
                "<CAJp7Rk1cX6vN3mQ8bT4yW7dL0fG5hK9sE2uA3zP6oY@mail.gmail.com>",
            ),
            S22,
            (summit_form_s22(), *PNG, "SHV-114 SO-104244.png"),
        ),
        (
            "s24-harbor-stock-return-form-photo.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "Stock return form - SO-104239",
                "Mon, 23 Nov 2026 08:18:27 -0600",
                "<D84A1E3C-6B27-4F90-9C5D-31E8A7B06F24@harborpointpm.com>",
            ),
            S24,
            (harbor_return_form_jpeg(), *JPEG, "IMG_5188.jpg"),
        ),
        (
            "s25-keystone-leftover-csv-too-many.eml",
            hdr(
                "Bich Nguyen <bnguyen@keystonemech.com>",
                "Westgate Medical leftover - return",
                "Mon, 23 Nov 2026 10:02:45 -0500",
                "<20261123150245.0F6C2A97@mail.keystonemech.com>",
            ),
            S25,
            (keystone_leftover_csv(), *CSV_XL, "2417 leftover.csv"),
        ),
        (
            "s28-keystone-foreman-form-unknown-po.eml",
            hdr(
                "Jim White <jwhite@keystonemech.com>",
                "PO 77871 - 2 gate valves cracked",
                "Tue, 24 Nov 2026 13:22:08 -0500",
                "<20261124182208.5B9E7C13@mail.keystonemech.com>",
            ),
            S28,
            (keystone_issue_report_png(), *PNG, "FIR 11-24.png"),
        ),
        (
            "s30-keystone-circulator-warranty-claim-pdf.eml",
            hdr(
                "Tom Morales <tmorales@keystonemech.com>",
                "Warranty claim WC-1125 - circulator",
                "Wed, 25 Nov 2026 08:47:33 -0500",
                "<20261125134733.A8D20F5E@mail.keystonemech.com>",
            ),
            S30,
            (circulator_warranty_pdf(), *PDF, "WC-1125.pdf"),
        ),
        (
            "s31-delgado-heater-warranty-form-scan.eml",
            hdr(
                "Hector Ramirez <hector@delgadosons.com>",
                "warranty heater 50 gal - SO-104202",
                "Wed, 25 Nov 2026 10:55:40 -0600",
                "<000201db8392$6e5b1c80$4b1155e0$@delgadosons.com>",
            ),
            S31,
            (heater_warranty_png(), *PNG, "warranty form.png"),
        ),
        (
            "s32-keystone-pump-price-variance-xlsx.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "Price variance - INV-88133",
                "Fri, 27 Nov 2026 09:40:11 -0500",
                "<20261127144011.3C7F9A05@mail.keystonemech.com>",
            ),
            S32,
            (keystone_price_variance_xlsx(), *XLSX, "3-way match exceptions 11-27.xlsx"),
        ),
        (
            "s36-harbor-open-items-status-csv.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "Open items - have these credits posted?",
                "Tue, 01 Dec 2026 11:05:29 -0600",
                "<0A6F3D81-C5E2-4B79-8E14-92D7B0A5C3E6@harborpointpm.com>",
            ),
            S36,
            (harbor_open_items_csv(), *CSV, "Tri-State open items 11-30.csv"),
        ),
    ]
    for name, headers, body, attachment in emails:
        sid = name.split("-")[0]
        data = message(headers, body, attachment, f"===============h21_{sid}_0001==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
