"""Build the heldout25 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout25/make_attachments.py     (from the repository root)

Pillow, fpdf2 and openpyxl come from the project's .venv. Pen writing is drawn glyph by glyph
with jitter in size, angle and baseline from the DejaVu / Liberation oblique and italic fonts
of the system (/usr/share/fonts/truetype/, Debian's fonts-dejavu-core and fonts-liberation),
printed text with DejaVu Sans and Liberation Sans; the PDFs use fpdf2's core Helvetica.

Phone photos (JPEG): s01 our packing slip with Keystone's receiving notes, s04 and s15 our
packing slips with Harbor Point's notes, s08 the ODFL delivery receipt, s16 Delgado's counter
return slip, s29 a carton label.
Scans (PNG): s03 and s28 Summit's return / credit request filled in by hand, s11 the Estes
delivery receipt, s13 Keystone's field return form, s27 a water heater warranty claim form.
Text PDFs: s05 (and s25, the same file again) and s07 debit memos, s22 Riverbend's return goods
request, s26 Keystone's warranty claim, s32 a backflow test report, s35 Riverbend's purchase
order. Spreadsheets: .xlsx s02, s12, s18, s31, s36; .csv s09, s19.

Everything is fixed: random seeds, dates, MIME boundaries, PDF creation dates, the xlsx
document properties and zip entry times. The other requests of the set were written by hand.
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
TO = "returns@tristatesupply.example"
FONTS = Path("/usr/share/fonts/truetype")
PRINT = FONTS / "dejavu/DejaVuSans.ttf"
PRINT_B = FONTS / "dejavu/DejaVuSans-Bold.ttf"
PENS = {
    "oblique": FONTS / "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "narrow": FONTS / "liberation/LiberationSansNarrow-Italic.ttf",
    "sans": FONTS / "liberation/LiberationSans-Italic.ttf",
}

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s01": 4000,
    "s03": 4002,
    "s04": 4001,
    "s08": 2508,
    "s11": 2511,
    "s13": 2513,
    "s15": 4000,
    "s16": 4002,
    "s27": 4000,
    "s28": 2528,
    "s29": 2529,
}

Ink = tuple[int, ...] | int
_CACHE: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}


def tt(path: Path, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(str(path), size)
    return _CACHE[key]


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return tt(PRINT_B if bold else PRINT, size)


# ---------------------------------------------------------------- image helpers


def hand(img, xy, text, rng, size=34, ink: Ink = 40, tilt=4.0, pen="oblique") -> None:
    """Write text glyph by glyph with jitter in size, angle and baseline (a pen)."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 3, size + 3)
        f = tt(PENS[pen], s)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=f, fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, glyph.size, ink)
        img.paste(colour, (x - s // 2, y + rng.randint(-3, 3)), glyph)
        x += int(f.getlength(ch)) + rng.randint(0, 3)


def scan_finish(img, rng, angle, specks) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=248)
    px = img.load()
    w, h = img.size
    for _ in range(specks):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def photo_finish(img, rng, angle, bg, noise, shade=True) -> bytes:
    if shade:  # uneven light across the sheet
        w, h = img.size
        grad = Image.linear_gradient("L").resize((w, h)).rotate(90)
        dark = Image.new("RGB", (w, h), (0, 0, 0))
        img = Image.composite(dark, img, grad.point(lambda v: v // 7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(noise):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-18, 18)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def barcode(draw, rng, x, y, h, n, fill=(25, 25, 25)) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=fill)
        x += w + rng.choice((2, 3, 4))


def table(draw, cols, right, top, step, head, rows, size, ink, rule) -> None:
    """A printed table with horizontal rules; rows may be empty (to be filled in by hand)."""
    for i in range(len(rows) + 2):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=rule, width=2)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(cols, row, strict=True):
            draw.text(
                (x + 8, top + r * step + (step - size) // 2),
                text,
                font=font(size, r == 0),
                fill=ink,
            )


def field(img, draw, xy, label, value, rng, width, ink, pen_ink, size=34, pen="oblique") -> None:
    """A printed label, a rule to write on, and the value in pen above the rule."""
    x, y = xy
    draw.text((x, y + 12), label, font=font(22), fill=ink)
    lx = x + int(font(22).getlength(label)) + 12
    draw.line([(lx, y + 44), (lx + width, y + 44)], fill=ink, width=2)
    hand(img, (lx + 16, y - 8), value, rng, size=size, ink=pen_ink, tilt=2.5, pen=pen)


# ---------------------------------------------------------------- our packing slip (photos)


def packing_slip(seed, head, rows, notes, footer, angle, bg, pen="oblique", pen_ink=(25, 40, 130)):
    """Our printed packing slip, with the receiver's pen notes, photographed on a bench."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 1400), bg)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(70, 40), (1630, 1360)], fill=(244, 243, 238))
    ink = (22, 22, 22)
    draw.text((110, 80), "TRI-STATE SUPPLY", font=font(46, True), fill=ink)
    draw.text((110, 140), "PACKING SLIP", font=font(30), fill=ink)
    draw.text(
        (110, 182),
        "1200 Commerce Dr, Conshohocken PA 19428  -  800-555-0170",
        font=font(20),
        fill=(80, 80, 80),
    )
    barcode(draw, rng, 1150, 86, 60, 46, fill=ink)
    y = 240
    for a, b, c, d in head:
        draw.text((110, y), a, font=font(22), fill=(70, 70, 70))
        draw.text((330, y), b, font=font(26), fill=ink)
        draw.text((900, y), c, font=font(22), fill=(70, 70, 70))
        draw.text((1120, y), d, font=font(26), fill=ink)
        y += 46
    cols = (100, 170, 460, 1020, 1150, 1280)
    top, step = y + 30, 78
    table(
        draw,
        cols,
        1600,
        top,
        step,
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "RECVD"),
        rows,
        28,
        ink,
        (90, 90, 90),
    )
    for r, text in notes:
        if r >= 0:
            hand(
                img,
                (1300, top + (r + 1) * step + 10),
                text,
                rng,
                size=42,
                ink=pen_ink,
                tilt=3.0,
                pen=pen,
            )
    y = top + (len(rows) + 1) * step + 40
    for text in footer:
        hand(img, (130, y), text, rng, size=40, ink=pen_ink, tilt=3.0, pen=pen)
        y += 70
    draw.text(
        (110, 1290),
        "Check all cartons before signing. Report shortages and damage within 5 days.",
        font=font(20),
        fill=(80, 80, 80),
    )
    return photo_finish(img, rng, angle, bg, 9000)


def slip_s01() -> bytes:
    return packing_slip(
        SEEDS["s01"],
        [
            ("SALES ORDER", "SO-104233", "SHIP DATE", "11/02/2026"),
            ("CUSTOMER PO", "PO-77812", "SHIPMENT", "SH-55120"),
            ("SHIP TO", "KEYSTONE MECHANICAL", "CARRIER", "R+L  RL123456789"),
            ("", "1450 INDUSTRIAL HWY UNIT 3", "PAGE", "1 OF 1"),
        ],
        [
            ("1", "VLV-2210-BR", '2" BRONZE GATE VALVE THD', "40", "40", ""),
            ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL CxC', "150", "150", ""),
        ],
        [(0, "37"), (1, "140")],
        [
            "3 gate valves bent - handwheels",
            "snapped, pallet hit by forklift",
            "elbows short 10 (1 box)  - MB 11/5",
        ],
        -1.4,
        (96, 88, 78),
    )


def slip_s04() -> bytes:
    return packing_slip(
        SEEDS["s04"],
        [
            ("SALES ORDER", "SO-104239", "SHIP DATE", "11/09/2026"),
            ("CUSTOMER PO", "PO-70231", "SHIPMENT", "SH-55146"),
            ("SHIP TO", "HARBOR POINT PROPERTY MGMT", "CARRIER", "OUR TRUCK"),
            ("", "300 HARBOR WAY BLDG A", "PAGE", "1 OF 1"),
        ],
        [
            ("1", "HVC-REG-1006-W", "10x6 FLOOR REGISTER WHT", "60", "60", ""),
            ("2", "HVC-FLT-1625-M11", "16x25x1 MERV11 FILTER CS/12", "24", "24", ""),
            ("3", "TST-2100-NP", "NON-PROG DIGITAL TSTAT 24V", "10", "10", ""),
        ],
        [(0, "60"), (1, "22"), (2, "10")],
        ["8 registers bent/crushed louvers", "only 22 cs filters", "L.O."],
        1.1,
        (70, 74, 80),
        pen="narrow",
        pen_ink=(20, 20, 20),
    )


def slip_s15() -> bytes:
    return packing_slip(
        SEEDS["s15"],
        [
            ("SALES ORDER", "SO-104246", "SHIP DATE", "11/16/2026"),
            ("CUSTOMER PO", "PO-70296", "SHIPMENT", "SH-55170"),
            ("SHIP TO", "HARBOR POINT PROPERTY MGMT", "CARRIER", "OUR TRUCK"),
            ("", "300 HARBOR WAY BLDG A", "PAGE", "1 OF 1"),
        ],
        [
            ("1", "HVC-REG-1006-W", "10x6 FLOOR REGISTER WHT", "40", "40", ""),
            ("2", "VLV-0075-BV", '3/4" BRASS BALL VLV SWT', "12", "12", ""),
        ],
        [(0, "50"), (1, "12 ok")],
        ["5 boxes of 10 registers = 50", "we ordered 40 - 10 extra", "come pick up - L.O."],
        -0.9,
        (70, 74, 80),
        pen="narrow",
        pen_ink=(20, 20, 20),
    )


# ---------------------------------------------------------------- carrier receipts


def carrier_receipt(seed, carrier, pro, lines, rows, exceptions, sign, angle, photo, pen="sans"):
    rng = random.Random(seed)
    mode, bg = ("RGB", (250, 250, 248)) if photo else ("L", 250)
    img = Image.new(mode, (1600, 1300), bg)
    draw = ImageDraw.Draw(img)
    ink = (20, 20, 20) if photo else 20
    grey = (80, 80, 80) if photo else 80
    pen_ink = (25, 35, 120) if photo else 35
    draw.text((90, 70), carrier, font=font(44, True), fill=ink)
    draw.text((90, 128), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(26), fill=ink)
    draw.text((1010, 70), f"PRO {pro}", font=font(32), fill=ink)
    barcode(draw, rng, 1020, 120, 54, 48, fill=ink)
    y = 210
    for key, value in lines:
        draw.text((90, y), key, font=font(22), fill=grey)
        draw.text((330, y), value, font=font(26), fill=ink)
        y += 44
    cols = (80, 230, 420, 1160)
    table(draw, cols, 1520, y + 20, 64, ("HU", "PCS", "DESCRIPTION", "WEIGHT"), rows, 24, ink, grey)
    y = y + 20 + 64 * (len(rows) + 1) + 40
    draw.text((90, y), "EXCEPTIONS:", font=font(26, True), fill=ink)
    y += 50
    for text in exceptions:
        hand(img, (120, y), text, rng, size=40, ink=pen_ink, tilt=3.0, pen=pen)
        y += 66
    draw.text((90, 1150), "Received in good order except as noted.", font=font(22), fill=grey)
    draw.text((90, 1210), "Consignee:", font=font(22), fill=grey)
    hand(img, (260, 1190), sign, rng, size=34, ink=pen_ink, pen=pen)
    if photo:
        base = Image.new("RGB", (1760, 1460), (58, 62, 66))
        base.paste(img, (80, 70))
        return photo_finish(base, rng, angle, (58, 62, 66), 12000)
    return scan_finish(img, rng, angle, 9000)


def odfl_s08() -> bytes:
    return carrier_receipt(
        SEEDS["s08"],
        "OLD DOMINION FREIGHT LINE",
        "OD0782290518",
        [
            ("CONSIGNEE:", "SUMMIT HVAC SERVICES"),
            ("", "88 QUARRY RD, BLDG 2"),
            ("SHIPPER:", "TRI-STATE SUPPLY DC-SOUTH"),
            ("REFERENCE:", "SO-104228   PO-60377"),
            ("DELIVERED:", "11/02/2026  1:40 PM"),
        ],
        [
            ("1 PLT", "40 CTN", "CEILING TILE 2X2 ACOUSTIC", "465"),
            ("1 PLT", "30 PC", "FLOOR REGISTERS", "92"),
        ],
        ["5 CTNS TILE WET / STAINED", "BOTTOM LAYER - RAIN"],
        "D. Kowalski 11/2",
        1.3,
        True,
    )


def estes_s11() -> bytes:
    return carrier_receipt(
        SEEDS["s11"],
        "ESTES EXPRESS LINES",
        "ES4410402981",
        [
            ("CONSIGNEE:", "HARBOR POINT PROPERTY MGMT"),
            ("", "300 HARBOR WAY BLDG A"),
            ("SHIPPER:", "TRI-STATE SUPPLY DC-EAST"),
            ("REFERENCE:", "SO-104241   PO-70288"),
            ("DELIVERED:", "11/11/2026  9:05 AM"),
        ],
        [
            ("3 PC", "3", "WATER HEATER 50 GAL NG", "492"),
            ("1 CTN", "3", "EXPANSION TANK 2 GAL", "24"),
        ],
        ["1 HEATER CARTON CRUSHED", "TANK DENTED - TOP / FLUE"],
        "L Ortega",
        -0.7,
        False,
        pen="narrow",
    )


# ---------------------------------------------------------------- forms filled in by hand (scans)

SUMMIT_CODES = (
    "REASON CODES:  01 DAMAGED IN TRANSIT   02 SHORT SHIPPED   03 WRONG ITEM RECEIVED",
    "04 DEFECTIVE / WARRANTY   05 NOT NEEDED / OVERSTOCK   06 OVERSHIPPED   07 PRICE ERROR",
)


def hand_form(
    seed, title, sub, formno, fields_, cols, head, rows, legend, sign, angle, pen="oblique", nrows=4
):
    rng = random.Random(seed)
    img = Image.new("L", (1700, 1350), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), title, font=font(42, True), fill=15)
    draw.text((70, 108), sub, font=font(30), fill=25)
    draw.text((1180, 60), formno, font=font(22), fill=70)
    for (x, y), label, value, width in fields_:
        field(img, draw, (x, y), label, value, rng, width, 40, 30, pen=pen)
    top, step = 370, 86
    table(draw, cols, 1640, top, step, head, [("",) * len(cols)] * nrows, 22, 20, 90)
    for i, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            if text:
                hand(
                    img,
                    (x + 14, top + (i + 1) * step + 16),
                    text,
                    rng,
                    size=32,
                    ink=30,
                    tilt=2.5,
                    pen=pen,
                )
    y = top + (nrows + 1) * step + 36
    for text in legend:
        draw.text((70, y), text, font=font(22), fill=40)
        y += 36
    draw.text((70, y + 40), "SIGNED:", font=font(22), fill=60)
    draw.line([(180, y + 72), (700, y + 72)], fill=90, width=2)
    hand(img, (210, y + 22), sign, rng, size=34, ink=30, pen=pen)
    return scan_finish(img, rng, angle, 10000)


SUMMIT_COLS = (60, 420, 840, 980, 1120)
SUMMIT_HEAD = ("ITEM # / UPC", "DESCRIPTION", "QTY", "CODE", "COMMENTS")


def summit_s03() -> bytes:
    return hand_form(
        SEEDS["s03"],
        "SUMMIT HVAC SERVICES",
        "RETURN / CREDIT REQUEST",
        "FORM SHV-114 REV 3",
        [
            ((70, 190), "VENDOR:", "TRI-STATE", 520),
            ((860, 190), "DATE:", "11/10/26", 420),
            ((70, 270), "VENDOR ORDER #:", "SO-104238", 430),
            ((860, 270), "OUR PO #:", "PO-60418", 380),
        ],
        SUMMIT_COLS,
        SUMMIT_HEAD,
        [
            ("084512021006", "NON-PROG TSTAT", "4", "03", "LINE VOLT 120V"),
            ("", "", "", "", "MODEL - NEED 24V"),
        ],
        SUMMIT_CODES,
        "R. PATEL",
        0.6,
    )


def summit_s28() -> bytes:
    return hand_form(
        SEEDS["s28"],
        "SUMMIT HVAC SERVICES",
        "RETURN / CREDIT REQUEST",
        "FORM SHV-114 REV 3",
        [
            ((70, 190), "VENDOR:", "TRI-STATE", 520),
            ((860, 190), "DATE:", "11/30/26", 420),
            ((70, 270), "VENDOR ORDER #:", "SO-104228", 430),
            ((860, 270), "OUR PO #:", "PO-60377", 380),
        ],
        SUMMIT_COLS,
        SUMMIT_HEAD,
        [
            ("HVC-REG-1006-W", "10X6 REGISTER", "6", "01", "DAMPERS BENT"),
            ("", "", "", "", "FOUND AT INSTALL"),
        ],
        SUMMIT_CODES,
        "R. PATEL",
        -0.5,
    )


def keystone_s13() -> bytes:
    return hand_form(
        SEEDS["s13"],
        "KEYSTONE MECHANICAL CONTRACTORS",
        "FIELD RETURN - MATERIAL ISSUE",
        "KM-FRM-7",
        [
            ((70, 190), "JOB:", "2431 Lansdowne Sr Apts", 520),
            ((860, 190), "DATE:", "11/16", 420),
            ((70, 270), "SUPPLIER ORDER:", "SO-104224", 430),
            ((860, 270), "FOREMAN:", "J. White", 380),
        ],
        (60, 420, 860, 1000, 1140),
        ("PART NO", "DESCRIPTION", "QTY", "RETURN", "PROBLEM"),
        [
            ("KM-61750", "WIFI T-STAT", "8", "3", "WONT POWER UP"),
            ("KM-61750", "", "", "", "DEAD OUT OF BOX"),
            ("16X25 FILTERS", "M11", "12", "0", "INSTALLED OK"),
        ],
        ("RETURN = qty going back.  Attach tag to each part.  Office: 215-555-0143 x230",),
        "Jim White",
        0.8,
        pen="narrow",
    )


def delgado_s27() -> bytes:
    return hand_form(
        SEEDS["s27"],
        "WATER HEATER WARRANTY CLAIM",
        "Installer / contractor copy",
        "No 1193",
        [
            ((70, 190), "CONTRACTOR:", "Delgado & Sons", 480),
            ((860, 190), "DATE:", "11/25/2026", 420),
            ((70, 270), "SUPPLIER ORDER:", "SO-104202", 430),
            ((860, 270), "INSTALLED:", "10/30/2025", 380),
        ],
        (60, 400, 820, 960, 1100),
        ("MODEL / SKU", "DESCRIPTION", "QTY", "SERIAL", "FAILURE"),
        [
            ("WH-50G-NG", "50 GAL GAS", "1", "BT2510-9", "TANK LEAK"),
            ("WH-EXP-2G", "EXP TANK 2G", "1", "-", "BLADDER GONE"),
        ],
        ("Same job, 4107 Elm St. Tank leaks at the bottom seam; expansion tank waterlogged.",),
        "Hector R.",
        -0.9,
        pen="sans",
    )


def return_slip_s16() -> bytes:
    """s16: Delgado's carbon-pad return slip, photographed on the truck seat."""
    rng = random.Random(SEEDS["s16"])
    img = Image.new("RGB", (1600, 1200), (248, 242, 215))
    draw = ImageDraw.Draw(img)
    ink = (70, 45, 30)
    draw.text((80, 60), "DELGADO & SONS PLUMBING", font=font(40, True), fill=ink)
    draw.text((80, 115), "RETURN TO SUPPLIER", font=font(28), fill=ink)
    draw.text((1180, 70), "No 0562", font=font(30), fill=(150, 30, 30))
    pen = (30, 30, 90)
    field(img, draw, (80, 180), "SUPPLIER:", "Tri-State", rng, 480, ink, pen, pen="oblique")
    field(img, draw, (860, 180), "DATE:", "11/18/26", rng, 380, ink, pen, pen="oblique")
    field(
        img,
        draw,
        (80, 260),
        "ORDER / PO:",
        "SO-104240  PO-40988",
        rng,
        620,
        ink,
        pen,
        pen="oblique",
    )
    cols = (70, 470, 930, 1080)
    table(
        draw,
        cols,
        1530,
        360,
        84,
        ("ITEM", "DESCRIPTION", "QTY", "WHY"),
        [("",) * 4] * 4,
        22,
        ink,
        (150, 130, 100),
    )
    rows = [
        ("VLV-1005-BV", '1" ball valve', "4 pcs", "not needed"),
        ("FTG-BI-U-150", '1-1/2" union', "3 pcs", "not needed"),
    ]
    for i, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            hand(img, (x + 14, 360 + (i + 1) * 84 + 16), text, rng, size=34, ink=pen, tilt=2.5)
    hand(img, (100, 840), "job went to PEX, rest was used", rng, size=36, ink=pen)
    hand(img, (100, 910), "Rosa D.", rng, size=36, ink=pen)
    base = Image.new("RGB", (1760, 1380), (45, 45, 52))
    base.paste(img, (80, 90))
    return photo_finish(base, rng, 1.6, (45, 45, 52), 11000)


def carton_label_s29() -> bytes:
    """s29: the label on a cardboard carton, photographed in the receiving bay."""
    rng = random.Random(SEEDS["s29"])
    img = Image.new("RGB", (1600, 1200), (176, 138, 92))  # cardboard
    draw = ImageDraw.Draw(img)
    for _ in range(40):  # fibres and scuffs
        x, y = rng.randrange(1600), rng.randrange(1200)
        draw.line(
            [(x, y), (x + rng.randint(20, 120), y + rng.randint(-6, 6))],
            fill=(160, 124, 80),
            width=2,
        )
    draw.rectangle([(220, 160), (1380, 1000)], fill=(246, 246, 242))
    ink = (15, 15, 15)
    draw.text((260, 190), "SHIP TO:", font=font(24), fill=ink)
    draw.text((260, 230), "KEYSTONE MECHANICAL CONTRACTORS", font=font(34, True), fill=ink)
    draw.text((260, 280), "1450 INDUSTRIAL HWY UNIT 3, EDDYSTONE PA 19022", font=font(26), fill=ink)
    draw.line([(240, 340), (1360, 340)], fill=ink, width=3)
    draw.text((260, 370), "PO#: 77902", font=font(44, True), fill=ink)
    draw.text((260, 440), "ITEM: VLV-0750-PRV", font=font(36), fill=ink)
    draw.text((260, 495), '3/4" PRESSURE REDUCING VALVE 25-75 PSI', font=font(26), fill=ink)
    draw.text((260, 550), "QTY: 6 EA      CTN 1 OF 1      WT 14 LB", font=font(30), fill=ink)
    barcode(draw, rng, 270, 620, 110, 70, fill=ink)
    hand(
        img,
        (300, 800),
        "2 CRACKED - REC 11/27",
        rng,
        size=46,
        ink=(190, 20, 20),
        tilt=3.0,
        pen="narrow",
    )
    return photo_finish(img, rng, -2.2, (120, 110, 100), 12000)


# ---------------------------------------------------------------- PDFs


def new_pdf(created: dt.datetime) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def line(pdf: FPDF, text: str, h: float = 6, style: str = "", size: int = 10) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def cell_row(pdf: FPDF, widths, texts, h: float = 7, style: str = "") -> None:
    pdf.set_font("Helvetica", style, 9)
    for w, text in zip(widths, texts, strict=True):
        pdf.cell(w, h, text, border=1)
    pdf.ln(h)


def header_fields(pdf: FPDF, fields_) -> None:
    for a, b, c, d in fields_:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 6, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(62, 6, b)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 6, c)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")


def debit_memo(
    created, company, address, memo_no, date, fields_, head, rows, total, notes
) -> bytes:
    pdf = new_pdf(created)
    line(pdf, company, 8, "B", 15)
    for text in address:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, f"DEBIT MEMO  {memo_no}", 8, "B", 13)
    line(pdf, f"Date: {date}", 6)
    pdf.ln(2)
    header_fields(pdf, fields_)
    pdf.ln(4)
    widths = (30, 62, 14, 22, 22, 18, 24)
    cell_row(pdf, widths, head, style="B")
    for row in rows:
        cell_row(pdf, widths, row)
    pdf.ln(3)
    line(pdf, f"Total debit: {total}", 7, "B", 11)
    pdf.ln(3)
    for text in notes:
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)


MEMO_HEAD = ("Item", "Description", "Qty", "Inv price", "PO price", "Diff", "Amount")


def keystone_memo_s05() -> bytes:
    return debit_memo(
        dt.datetime(2026, 11, 10, 14, 12, tzinfo=dt.UTC),
        "Keystone Mechanical Contractors",
        (
            "1450 Industrial Hwy, Unit 3, Eddystone, PA 19022",
            "Accounts Payable  215-555-0143  ap@keystonemech.com",
        ),
        "DM-26-0430",
        "11/10/2026",
        [
            ("Vendor:", "Tri-State Supply", "Vendor no:", "V-0418"),
            ("Your invoice:", "INV-88133  (11/04/2026)", "Our PO:", "PO-77830"),
            ("Your order:", "SO-104235", "Terms:", "Net 30"),
        ],
        MEMO_HEAD,
        [
            (
                "HVC-CND-PUMP",
                "Condensate pump 115V w/ switch",
                "8",
                "64.90",
                "61.50",
                "3.40",
                "27.20",
            )
        ],
        "27.20",
        (
            "Reason: price billed above the price on our PO (quote Q-2231). The other lines of INV-88133 "
            "(check valves, unions, circulators) agree with the PO and are paid in full.",
            "We will short-pay INV-88133 by 27.20 unless a credit memo is issued. Questions: Dana Ruiz, ext 221.",
        ),
    )


def delgado_memo_s07() -> bytes:
    return debit_memo(
        dt.datetime(2026, 11, 12, 16, 3, tzinfo=dt.UTC),
        "Delgado & Sons Plumbing",
        ("2201 Water St, Wilmington DE 19801", "Office 302-555-0177"),
        "DM-0318",
        "11-12-2026",
        [
            ("Vendor:", "Tri-State Supply", "Job:", "Foulk Rd duplexes"),
            ("Invoice:", "INV-88112", "PO:", "PO-40962"),
            ("Order:", "SO-104231", "", ""),
        ],
        MEMO_HEAD,
        [("PIP-CU-L-100-20", '1" type L copper 20 ft', "12", "74.20", "69.80", "4.40", "52.80")],
        "52.80",
        (
            "Counter quote from Eddie on 10/26 was 69.80 a length for the 12 lengths. Please credit the difference.",
            "PRV's and the 1\" elbows on the same invoice are OK.",
        ),
    )


def riverbend_rgr_s22() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 23, 15, 40, tzinfo=dt.UTC))
    line(pdf, "Riverbend Plumbing & Heating", 8, "B", 15)
    line(pdf, "4410 River Rd, Riverbend PA 19061  |  610-555-0100", 5, "", 9)
    pdf.ln(4)
    line(pdf, "RETURN GOODS REQUEST   RGR-1123", 8, "B", 13)
    pdf.ln(2)
    header_fields(
        pdf,
        [
            ("Supplier:", "Tri-State Supply", "Date:", "11/23/2026"),
            ("Supplier order:", "SO-104214", "Our PO:", "PO-24388"),
            ("Job:", "Millbrook pump station", "Requested by:", "Karen Liu"),
        ],
    )
    pdf.ln(4)
    widths = (10, 30, 70, 18, 18, 14, 30)
    cell_row(
        pdf,
        widths,
        ("Ln", "Item", "Description", "Qty rec", "Qty ret", "Code", "Condition"),
        style="B",
    )
    cell_row(
        pdf,
        widths,
        ("1", "VLV-3100-CK", '3" CI swing check valve, flanged', "4", "2", "E", "New in crate"),
    )
    cell_row(
        pdf,
        widths,
        ("2", "FTG-BI-U-150", '1-1/2" black malleable union', "30", "30", "E", "New, in box"),
    )
    pdf.ln(4)
    line(
        pdf,
        "Codes: A damaged  B short  C wrong item  D defective  E not needed / job change  F overshipped",
        5,
        "",
        8,
    )
    line(pdf, "G pricing.  Goods will be staged at 4410 River Rd, dock 2, for pickup.", 5, "", 8)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Note: pump station redesigned with butterfly valves; the check valves and unions "
        "are surplus. Credit to account please.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def keystone_warranty_s26() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 25, 13, 30, tzinfo=dt.UTC))
    line(pdf, "Keystone Mechanical Contractors - Service Dept.", 8, "B", 14)
    line(pdf, "1450 Industrial Hwy, Unit 3, Eddystone, PA 19022  |  215-555-0143 x214", 5, "", 9)
    pdf.ln(4)
    line(pdf, "WARRANTY CLAIM   WC-1124", 8, "B", 13)
    pdf.ln(2)
    header_fields(
        pdf,
        [
            ("Supplier:", "Tri-State Supply", "Claim date:", "11/25/2026"),
            ("Supplier order:", "SO-104201", "Our PO:", "PO-76115"),
            ("Site:", "Chester Twp. school, boiler rm", "Installed:", "11/03/2025"),
        ],
    )
    pdf.ln(4)
    widths = (32, 70, 14, 30, 46)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Serial", "Failure"), style="B")
    cell_row(
        pdf,
        widths,
        (
            "VLV-1250-TMV",
            '1-1/4" thermostatic mixing valve',
            "1",
            "TM-25-40817",
            "Will not hold 120F",
        ),
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Outlet temperature swings between 104F and 138F at 40 gpm; cartridge cleaned and "
        "reset twice (10/30 and 11/19). The other 3 mixing valves and the 6 circulators on this "
        "order are fine. Replacement installed from our stock, failed unit tagged.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def rpz_report_s32() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC))
    line(pdf, "BACKFLOW PREVENTION ASSEMBLY TEST REPORT", 8, "B", 13)
    line(
        pdf, "Riverbend Plumbing & Heating - certified tester T. Sanchez, cert BPAT-20931", 5, "", 9
    )
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("Assembly:", '3" RPZ  BFP-RPZ-300-SO', "Serial:", "RP3-120577"),
            ("Supplier order:", "SO-104222", "Our PO:", "PO-24415"),
            ("Location:", "Millbrook pump station", "Test date:", "11/30/2026"),
        ],
    )
    pdf.ln(4)
    widths = (60, 40, 40, 40)
    cell_row(pdf, widths, ("Check", "Reading", "Required", "Result"), style="B")
    cell_row(pdf, widths, ("Check valve 1", "3.1 psid", ">= 5.0 psid", "FAIL"))
    cell_row(pdf, widths, ("Relief valve opening", "1.4 psid", ">= 2.0 psid", "FAIL"))
    cell_row(pdf, widths, ("Check valve 2", "1.2 psid", ">= 1.0 psid", "PASS"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Initial test on a new assembly. Relief valve discharging continuously at 72 psi line "
        "pressure. Cleaned #1 check and relief seat, retested: same readings. Assembly is "
        "defective as supplied. Tester: T. Sanchez  610-555-0100 ext 4.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def riverbend_po_s35() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 16, 13, 0, tzinfo=dt.UTC))
    line(pdf, "Riverbend Plumbing & Heating", 8, "B", 15)
    line(pdf, "4410 River Rd, Riverbend PA 19061  |  610-555-0100", 5, "", 9)
    pdf.ln(4)
    line(pdf, "PURCHASE ORDER   PO-24561", 8, "B", 13)
    pdf.ln(2)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "PO date:", "11/16/2026"),
            ("Ship to:", "4410 River Rd, dock 2", "Required:", "12/08/2026"),
            ("Job:", "Millbrook pump station ph 2", "Buyer:", "Mike O'Brien"),
        ],
    )
    pdf.ln(4)
    widths = (12, 34, 80, 16, 22, 26)
    cell_row(pdf, widths, ("Ln", "Item", "Description", "Qty", "Price", "Ext"), style="B")
    cell_row(
        pdf,
        widths,
        ("1", "VLV-3100-CK", '3" cast iron swing check valve, flg', "3", "198.00", "594.00"),
    )
    cell_row(
        pdf,
        widths,
        ("2", "FTG-BI-U-150", '1-1/2" black malleable iron union', "20", "9.90", "198.00"),
    )
    pdf.ln(3)
    line(pdf, "Total: 792.00", 7, "B", 11)
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


def sheet(title, heading, head, rows, when, widths=(18, 34, 11, 11, 11, 11, 11, 34)) -> bytes:
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
    for col, width in zip("ABCDEFGHIJ", widths, strict=False):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb, when)


def riverbend_xlsx_s02() -> bytes:
    return sheet(
        "Receiving",
        [
            "Riverbend Plumbing & Heating - receiving check",
            "PO 24519 / Tri-State SO-104236 / UPS 1Z4F83090342217816 / rec'd 11/6",
        ],
        ["Item", "Description", "Ordered", "Shipped", "Received", "Damaged", "Short", "Notes"],
        [
            ["VLV-1005-BV", '1" brass ball valve FP', 24, 24, 24, 0, 0, ""],
            [
                "FTG-PEX-CPL-050",
                '1/2" PEX crimp coupling bag/25',
                10,
                10,
                8,
                0,
                2,
                "2 bags not in carton",
            ],
            [
                "PIP-PEX-075-300",
                '3/4" PEX-A 300 ft coil',
                2,
                2,
                2,
                1,
                0,
                "coil kinked/cut thru box, unusable",
            ],
        ],
        dt.datetime(2026, 11, 10, 13, 2, tzinfo=dt.UTC),
    )


def summit_xlsx_s12() -> bytes:
    return sheet(
        "PO-60455",
        [
            "Summit HVAC Services - receiving",
            "Vendor Tri-State   SO-104244   PO-60455   delivered 11/12 UPS",
        ],
        [
            "Item",
            "Description",
            "Ordered",
            "Shipped",
            "Received",
            "Damaged",
            "Over/(Short)",
            "Comment",
        ],
        [
            ["HVC-CND-PUMP", "Condensate pump 115V", 10, 10, 10, 2, 0, "reservoirs cracked"],
            [
                "TST-2100-NP",
                "Non-prog t-stat 24V",
                12,
                12,
                14,
                0,
                2,
                "2 extra in carton - will return",
            ],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 cs/12", 20, 20, 18, 0, -2, "2 cases missing"],
        ],
        dt.datetime(2026, 11, 16, 14, 30, tzinfo=dt.UTC),
    )


def keystone_recon_s18() -> bytes:
    return sheet(
        "Recon Nov",
        [
            "Keystone Mechanical - vendor statement reconciliation",
            "Tri-State Supply, statement dated 11/15/2026",
        ],
        [
            "Invoice",
            "Your SO",
            "Our PO",
            "Item",
            "Qty",
            "Inv price",
            "PO price",
            "Variance",
            "Ext variance",
        ],
        [
            [
                "INV-88098",
                "SO-104226",
                "PO-77790",
                "PIP-CU-L-100-20",
                30,
                76.40,
                71.80,
                4.60,
                138.00,
            ],
            ["INV-88098", "SO-104226", "PO-77790", "FTG-CU-E90-100", 200, 2.95, 2.95, 0, 0],
            ["INV-88098", "SO-104226", "PO-77790", "VLV-1005-BV", 36, 15.20, 15.20, 0, 0],
            ["INV-88120", "SO-104233", "PO-77812", "VLV-2210-BR", 40, 58.90, 58.90, 0, 0],
            ["INV-88121", "SO-104233", "PO-77812", "VLV-0750-PRV", 12, 91.40, 91.40, 0, 0],
        ],
        dt.datetime(2026, 11, 18, 15, 15, tzinfo=dt.UTC),
        widths=(12, 12, 12, 18, 8, 10, 10, 10, 12),
    )


def summit_variance_s31() -> bytes:
    return sheet(
        "Variance",
        ["Summit HVAC - AP price exceptions", "Run 12/01/2026"],
        ["Vendor", "Invoice", "SO", "PO", "Item", "Qty", "Billed", "Quoted", "Diff", "Ext"],
        [
            [
                "Tri-State",
                "INV-88152",
                "SO-104238",
                "PO-60418",
                "TST-7500-PRO",
                12,
                132.00,
                124.00,
                8.00,
                96.00,
            ],
            [
                "Tri-State",
                "INV-88184",
                "SO-104244",
                "PO-60455",
                "HVC-CND-PUMP",
                10,
                59.80,
                59.80,
                0,
                0,
            ],
        ],
        dt.datetime(2026, 12, 1, 15, 45, tzinfo=dt.UTC),
        widths=(10, 12, 12, 11, 16, 6, 9, 9, 8, 9),
    )


def harbor_log_s36() -> bytes:
    return sheet(
        "Nov receiving",
        ["Harbor Point PM - receiving log November 2026", "Bldg A stockroom"],
        ["Date", "Vendor order", "PO", "Item", "Ordered", "Received", "Exceptions", "Status"],
        [
            ["11/09", "SO-104239", "PO-70231", "HVC-REG-1006-W", 60, 60, "8 bent", "claimed 11/10"],
            [
                "11/09",
                "SO-104239",
                "PO-70231",
                "HVC-FLT-1625-M11",
                24,
                22,
                "short 2",
                "claimed 11/10",
            ],
            ["11/09", "SO-104239", "PO-70231", "TST-2100-NP", 10, 10, "", "ok"],
            ["11/11", "SO-104241", "PO-70288", "WH-50G-NG", 3, 3, "1 crushed", "claimed 11/16"],
            ["11/11", "SO-104241", "PO-70288", "WH-EXP-2G", 3, 3, "", "ok"],
            [
                "11/16",
                "SO-104246",
                "PO-70296",
                "HVC-REG-1006-W",
                40,
                50,
                "10 over",
                "claimed 11/17",
            ],
            ["11/16", "SO-104246", "PO-70296", "VLV-0075-BV", 12, 12, "", "ok"],
        ],
        dt.datetime(2026, 12, 3, 16, 20, tzinfo=dt.UTC),
        widths=(8, 12, 11, 18, 9, 9, 12, 14),
    )


def riverbend_count_s09() -> bytes:
    return csv_bytes(
        [
            ["PO", "SO", "Item", "Desc", "Shipped", "Counted", "Damaged"],
            ["PO-24530", "SO-104243", "VLV-1005-BV", "1in ball valve", "48", "48", "0"],
            ["PO-24530", "SO-104243", "FTG-CU-E90-100", "1in cu 90", "250", "250", "0"],
            ["PO-24530", "SO-104243", "VLV-0750-PRV", "3/4 PRV 25-75", "4", "4", "1"],
        ]
    )


def keystone_leftover_s19() -> bytes:
    return csv_bytes(
        [
            ["Job 2417 Westgate Medical - leftover material", "", "", "", ""],
            ["Vendor order", "Item", "Ordered", "Used", "Return"],
            ["SO-104226", "PIP-CU-L-100-20", "30", "30", "0"],
            ["SO-104226", "FTG-CU-E90-100", "200", "180", "0"],
            ["SO-104226", "VLV-1005-BV", "36", "20", "16"],
        ]
    )


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")
CSV = ("text", "csv")
CSV_XL = ("application", "vnd.ms-excel")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def hdr(sender, subject, date, msgid, **extra) -> dict[str, str]:
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
        out.append("\n".join(textwrap.wrap(" ".join(t.strip() for t in lines), width)))
    return "\n\n".join(out)


def message(headers, body, attachment, boundary) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(wrap(body))
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


TOM = "Tom Morales\nPurchasing | Keystone Mechanical Contractors\nP 215-555-0143 x214 | C 267-555-0188\n"
DANA = "Dana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\nP: 215-555-0143 x221 | F: 215-555-0199\n"
KAREN = "Karen Liu | Office Manager\nRiverbend Plumbing & Heating\n4410 River Rd, Riverbend PA 19061\n610-555-0100 ext 1\n"
MIKE = "Mike O'Brien\nProject Manager, Riverbend Plumbing & Heating\ncell 484-555-0126\n"
RAJ = "Raj Patel\nProject Manager | Summit HVAC Services\no 555-214-7781 x103 | c 555-390-1246\n"
LINDA = "Kind regards,\nLinda Chu\nAccounts Payable, Summit HVAC Services\n555-214-7781 x110\n"
LUIS = (
    "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n555-331-0600 ext 12\n"
)
GRACE = "Grace Kim\nAccounts Payable\nHarbor Point Property Management\n300 Harbor Way, Bldg A\n555-331-0600 ext 20\n"
ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n302-555-0177\n"

BODIES = {
    "s01": (
        "pics of the packing slip from the R+L delivery on PO-77812, Marco wrote on it.\n\n"
        '3 of the 2" gate valves have the handwheels snapped off (pallet got hit by\n'
        'their forklift at the dock) and one box of the 1" copper elbows never showed,\n'
        "we got 140 of the 150.\n\n"
        "Keystone Receiving\n1450 Industrial Hwy, Unit 3 - dock door 4\n"
    ),
    "s02": "Please see attached.\n\n" + KAREN,
    "s03": "Form attached. Got the line voltage ones, we need the 24V.\n\nRaj\n\nSent from my iPad\n",
    "s04": (
        "Hi,\n\nPhoto of your packing slip from Monday's delivery is attached, my notes are\n"
        "on it. Registers bent and filters short. Thermostats are fine.\n\n" + LUIS
    ),
    "s05": "Please see attached debit memo DM-26-0430 for invoice INV-88133.\n\n" + DANA,
    "s07": (
        "Hello,\n\nDebit memo attached for the copper on invoice INV-88112, we were quoted\n"
        "69.80 a length at the counter. Please send credit.\n\n" + ROSA
    ),
    "s08": (
        "Hi - ceiling tile on SO-104228 came in with 5 cartons soaked on the bottom\n"
        "layer, it rained the day ODFL delivered (11/2) and the pallet sat on their\n"
        "liftgate. Tiles are stained and sagging, we can't put them up at the school.\n"
        "Receipt with the exception attached. We have 35 good cartons, need credit or\n"
        "replacement on the 5.\n\n"
        "Dave Kowalski\nSite Superintendent, Summit HVAC Services\nc 555-390-7714\n"
    ),
    "s09": (
        "Karen ran the count on PO-24530 yesterday, csv attached. The sheet shows one\n"
        'damaged PRV but it is two - the second 3/4" PRV had a cracked bell housing\n'
        "when Jose opened the box this morning. So 2 damaged PRVs total, everything\n"
        "else on the order counted out fine.\n\n" + MIKE
    ),
    "s11": (
        "Luis signed for the Estes delivery on Wednesday with the exception noted - scan\n"
        "attached. The one heater in the crushed carton has a dented jacket and the\n"
        "flue collar is pushed in, Luis won't install it. Please credit the heater.\n"
        "The other two heaters and the expansion tanks are fine.\n\n" + GRACE
    ),
    "s12": "Receiving exceptions for SO-104244 attached (PO-60455).\n\n" + LINDA,
    "s13": (
        "form attached. 3 of the wifi stats off the Lansdowne job are dead, no\n"
        "display at all with 24v at the terminals. tagged and in the office.\n\n"
        "Jim White\nForeman, Keystone Mechanical\n610-555-0162\n"
    ),
    "s15": "Pic attached. You sent 50 registers, we ordered 40.\n\n" + LUIS,
    "s16": "Return slip attached - please set up a credit, I'll drop them at the counter\nFriday.\n\n"
    + ROSA,
    "s18": (
        "Hi,\n\nReconciling your 11/15 statement. One exception, see the attached\n"
        'reconciliation: INV-88098 bills the 1" type L copper at 76.40, our PO-77790 is\n'
        "71.80. Please issue a credit memo for the difference. All other lines tie.\n\n" + DANA
    ),
    "s19": (
        "Westgate Medical is closed out, leftover list attached. Only the ball valves\n"
        "are going back, we're keeping the rest for stock. Can someone set up the\n"
        "return?\n\n"
        "Bich Nguyen\nProject Manager, Keystone Mechanical Contractors\n215-555-0143 x240\n"
    ),
    "s22": "Hi,\n\nAttached is RGR-1123 for SO-104214. Thank you!\n\n" + KAREN,
    "s25": (
        "Second request - debit memo DM-26-0430 attached again. We have not seen a\n"
        "credit memo for the pump price on INV-88133 and the invoice comes due\n"
        "12/04.\n\n" + DANA
    ),
    "s26": "Tom\n\nWarranty claim attached for the mixing valve at the Chester school.\n\n" + TOM,
    "s27": (
        "Hello, the warranty form is attached for the heater of the Elm St job. Is\n"
        "leaking from the bottom, the customer have water in the basement. Also the\n"
        "expansion tank is bad, same job.\n\nHector\nDelgado & Sons\n"
    ),
    "s28": (
        "Raj here - form attached. Installers opened the register boxes from the tile\n"
        "order today and six of the 10x6 registers have the dampers bent flat.\n\n" + RAJ
    ),
    "s29": (
        "PO 77902 - 2 of the PRVs in this carton are cracked, picture of the label\n"
        "attached. we received it Friday.\n\n"
        "Keystone Receiving\n"
    ),
    "s31": (
        "Hello,\n\nOur AP exception report is attached. On INV-88152 the Wi-Fi thermostats\n"
        "(12) were billed at 132.00 but Raj had a quote at 124.00. Please review and\n"
        "credit 96.00.\n\n" + LINDA
    ),
    "s32": (
        'The new 3" RPZ from SO-104222 failed its initial test at Millbrook - report\n'
        "attached. Relief valve dumps constantly. We need a warranty replacement or\n"
        "credit, the inspector comes back 12/8.\n\n" + MIKE
    ),
    "s35": (
        "Hi,\n\nCan you tell me when PO-24561 will ship? Copy of the PO attached. Mike\n"
        "needs the check valves on site by 12/8.\n\nThanks,\n" + KAREN
    ),
    "s36": (
        "Hello,\n\nFYI - our November receiving log is attached for your records. The\n"
        "exceptions on it were all sent to you already (see the Status column), nothing\n"
        "new. Luis says everything since then came in clean.\n\n" + GRACE
    ),
}

KEYS = "Keystone Receiving <receiving@keystonemech.com>"
EMAILS = [
    (
        "s01-keystone-packing-slip-photo-pen-notes.eml",
        KEYS,
        "SO-104233 delivery exceptions",
        "Mon, 09 Nov 2026 07:41:09 -0500",
        "<20261109124109.3C1E77A2@mail.keystonemech.com>",
        (slip_s01, JPEG, "IMG_2093.jpg"),
    ),
    (
        "s02-riverbend-receiving-xlsx-see-attached.eml",
        "Karen Liu <office@riverbendph.com>",
        "PO 24519",
        "Tue, 10 Nov 2026 08:22:51 -0500",
        "<000a01db7c30$5e21c4a0$1a654de0$@riverbendph.com>",
        (riverbend_xlsx_s02, XLSX, "PO24519 receiving.xlsx"),
    ),
    (
        "s03-summit-hand-return-form-upc-scan.eml",
        "Raj Patel <raj.patel@summithvac.net>",
        "Return - SO-104238",
        "Tue, 10 Nov 2026 09:05:37 -0600",
        "<6C1F0A2E-8B4D-4E19-9A57-2D0E3F81B6C4@summithvac.net>",
        (summit_s03, PNG, "SHV-114_1110.png"),
    ),
    (
        "s04-harbor-packing-slip-photo-bent-registers.eml",
        "Luis Ortega <maintenance@harborpointpm.com>",
        "SO-104239 delivery",
        "Tue, 10 Nov 2026 10:48:02 -0600",
        "<A41C9E07-3D6B-4A2F-8E15-7B90C2D4F613@harborpointpm.com>",
        (slip_s04, JPEG, "IMG_5402.JPG"),
    ),
    (
        "s05-keystone-pump-debit-memo-pdf.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "Debit memo DM-26-0430",
        "Tue, 10 Nov 2026 13:14:26 -0500",
        "<20261110181426.7A9C03E5@mail.keystonemech.com>",
        (keystone_memo_s05, PDF, "DM-26-0430.pdf"),
    ),
    (
        "s07-delgado-copper-debit-memo-no-variance.eml",
        "Rosa Delgado <rosa@delgadoplumbing.com>",
        "debit memo INV-88112",
        "Thu, 12 Nov 2026 10:06:44 -0600",
        "<000301db7d08$2c4e9b10$84ebd130$@delgadoplumbing.com>",
        (delgado_memo_s07, PDF, "DM-0318.pdf"),
    ),
    (
        "s08-summit-odfl-receipt-photo-wet-tile.eml",
        "Dave Kowalski <dkowalski@summithvac.net>",
        "wet ceiling tile - SO-104228",
        "Thu, 12 Nov 2026 13:31:18 -0600",
        "<CAK9dW2q1Lr6vB3nX8yT5cM0sH4eF7gJ2uR9aZ1oP5w@mail.gmail.com>",
        (odfl_s08, JPEG, "20261112_131455.jpg"),
    ),
    (
        "s09-riverbend-count-csv-body-corrects.eml",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "PO-24530 count - PRVs",
        "Fri, 13 Nov 2026 07:58:40 -0500",
        "<CAF3nQ7xR2mV9bT1yW4cL6dG8hK0sE5uA7zP3oB@mail.gmail.com>",
        (riverbend_count_s09, CSV, "PO-24530 count.csv"),
    ),
    (
        "s11-harbor-estes-receipt-scan-heater.eml",
        "Grace Kim <payables@harborpointpm.com>",
        "Damaged water heater - PO-70288",
        "Mon, 16 Nov 2026 09:12:33 -0600",
        "<E27B4C91-06AD-4F38-B1C5-8D3E9A20F746@harborpointpm.com>",
        (estes_s11, PNG, "Scan_20261116_0907.png"),
    ),
    (
        "s12-summit-receiving-xlsx-three-issues.eml",
        "Linda Chu <ap@summithvac.net>",
        "SO-104244 exceptions",
        "Mon, 16 Nov 2026 11:40:05 -0600",
        "<BY5PR11MB4187.2C9F1A64D0@BY5PR11MB4187.namprd11.prod.outlook.com>",
        (summit_xlsx_s12, XLSX, "PO-60455 receiving.xlsx"),
    ),
    (
        "s13-keystone-foreman-field-return-form-scan.eml",
        "Jim White <jwhite@keystonemech.com>",
        "dead tstats SO-104224",
        "Tue, 17 Nov 2026 06:52:17 -0500",
        "<20261117115217.1D8B46F0@mail.keystonemech.com>",
        (keystone_s13, PNG, "scan_001.png"),
    ),
    (
        "s15-harbor-registers-overshipped-slip-photo.eml",
        "Luis Ortega <maintenance@harborpointpm.com>",
        "PO-70296 extra registers",
        "Tue, 17 Nov 2026 14:02:48 -0600",
        "<3B8E51D2-7F04-4C6A-9D21-E5A07C83B194@harborpointpm.com>",
        (slip_s15, JPEG, "IMG_5437.JPG"),
    ),
    (
        "s16-delgado-counter-return-slip-photo.eml",
        "Rosa Delgado <rosa@delgadoplumbing.com>",
        "return - SO-104240",
        "Wed, 18 Nov 2026 08:19:55 -0600",
        "<000401db7e5a$71b3f2c0$5519d840$@delgadoplumbing.com>",
        (return_slip_s16, JPEG, "IMG_20261118_081402.jpg"),
    ),
    (
        "s18-keystone-statement-recon-xlsx-copper.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "Statement 11/15 - price exception INV-88098",
        "Wed, 18 Nov 2026 10:37:12 -0500",
        "<20261118153712.5F2A8C91@mail.keystonemech.com>",
        (keystone_recon_s18, XLSX, "TriState recon 11-15.xlsx"),
    ),
    (
        "s19-keystone-pm-leftover-csv-ball-valves.eml",
        "Bich Nguyen <bnguyen@keystonemech.com>",
        "Westgate Medical leftovers",
        "Thu, 19 Nov 2026 15:26:30 -0500",
        "<20261119202630.B7E19D44@mail.keystonemech.com>",
        (keystone_leftover_s19, CSV_XL, "2417 leftover.csv"),
    ),
    (
        "s22-riverbend-rgr-pdf-unions-all.eml",
        "Karen Liu <office@riverbendph.com>",
        "RGR-1123",
        "Mon, 23 Nov 2026 10:44:19 -0500",
        "<000b01db8271$0f3ac6d0$2dafb470$@riverbendph.com>",
        (riverbend_rgr_s22, PDF, "RGR-1123.pdf"),
    ),
    (
        "s25-keystone-debit-memo-resent.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "2nd request: Debit memo DM-26-0430",
        "Tue, 24 Nov 2026 11:03:57 -0500",
        "<20261124160357.E3C7A015@mail.keystonemech.com>",
        (keystone_memo_s05, PDF, "DM-26-0430.pdf"),
    ),
    (
        "s26-keystone-mixing-valve-warranty-pdf.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "Warranty claim WC-1124",
        "Wed, 25 Nov 2026 08:30:41 -0500",
        "<20261125133041.4B6E2F87@mail.keystonemech.com>",
        (keystone_warranty_s26, PDF, "WC-1124.pdf"),
    ),
    (
        "s27-delgado-installer-warranty-form-scan.eml",
        "Hector Ramirez <hector@delgadosons.com>",
        "warranty Elm St",
        "Wed, 25 Nov 2026 11:47:26 -0600",
        "<000201db8454$3d9e0a70$b8da1f50$@delgadosons.com>",
        (delgado_s27, PNG, "warranty.png"),
    ),
    (
        "s28-summit-registers-hand-form-late.eml",
        "Raj Patel <raj.patel@summithvac.net>",
        "Return form - registers SO-104228",
        "Mon, 30 Nov 2026 08:55:02 -0600",
        "<9D5E2B70-41C8-4F3A-A6E9-0C17B84D52F3@summithvac.net>",
        (summit_s28, PNG, "SHV-114_1130.png"),
    ),
    (
        "s29-keystone-carton-label-photo-unknown-po.eml",
        KEYS,
        "cracked PRVs",
        "Mon, 30 Nov 2026 10:16:38 -0500",
        "<20261130151638.8E4D1B26@mail.keystonemech.com>",
        (carton_label_s29, JPEG, "IMG_2140.jpg"),
    ),
    (
        "s31-summit-price-variance-xlsx-no-variance.eml",
        "Linda Chu <ap@summithvac.net>",
        "Price exception INV-88152",
        "Tue, 01 Dec 2026 09:48:21 -0600",
        "<BY5PR11MB4187.7E3A0C25B1@BY5PR11MB4187.namprd11.prod.outlook.com>",
        (summit_variance_s31, XLSX, "AP exceptions 12-01.xlsx"),
    ),
    (
        "s32-riverbend-rpz-test-report-pdf.eml",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "RPZ failed test - SO-104222",
        "Tue, 01 Dec 2026 13:20:09 -0500",
        "<CAF3nQ7yT5mW2bR8xV1cK4dL9hG6sE0uA3zP7oD@mail.gmail.com>",
        (rpz_report_s32, PDF, "RPZ test 11-30.pdf"),
    ),
    (
        "s35-riverbend-po-pdf-ship-date-question.eml",
        "Karen Liu <office@riverbendph.com>",
        "PO-24561 ship date?",
        "Thu, 03 Dec 2026 08:37:45 -0500",
        "<000c01db8591$6a1e3f20$3e5abd60$@riverbendph.com>",
        (riverbend_po_s35, PDF, "PO-24561.pdf"),
    ),
    (
        "s36-harbor-receiving-log-xlsx-fyi.eml",
        "Grace Kim <payables@harborpointpm.com>",
        "FYI - November receiving log",
        "Thu, 03 Dec 2026 15:10:54 -0600",
        "<71F0C3A8-2E95-4B6D-8C04-A9D25E1B37F0@harborpointpm.com>",
        (harbor_log_s36, XLSX, "Receiving log Nov 2026.xlsx"),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, sender, subject, date, msgid, (build, (maintype, subtype), filename) in EMAILS:
        sid = name.split("-")[0]
        data = message(
            hdr(sender, subject, date, msgid),
            BODIES[sid],
            (build(), maintype, subtype, filename),
            f"===============h25_{sid}_0001==",
        )
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
