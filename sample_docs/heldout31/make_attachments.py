"""Write the heldout31 emails, attachments included (byte-identical on every rerun).

    .venv/bin/python sample_docs/heldout31/make_attachments.py     (from the repository root)

Writes the 37 `.eml` requests of the set (28 carry one attachment, 9 are plain mail). The
portal form (s38) and the two text uploads (s39, s40) are kept as hand-written files and are
not touched here. Pillow, fpdf2 and openpyxl come from the project's .venv.

Handwriting is set glyph by glyph from the system's oblique / italic faces, every glyph with
its own size, angle and baseline, all drawn from one seeded generator per picture; print is
DejaVu Sans. PDFs use fpdf2's core Helvetica with a fixed creation date; workbooks get fixed
document properties and zip entry times; MIME boundaries are fixed.

Phone photos (JPEG): s01 our pallet label with a marker note, s05 Harbor Point's shop intake
card, s09 our label on a water heater carton, s17 our delivery receipt marked by an HVAC
installer, s21 our label on a ball valve box marked by a general contractor, s34 a maker's
carton label with Summit's marker note.
Scans (PNG): s04 vendor discrepancy notice, s11 material hold tag, s14 receiving exception
log page, s16 backflow assembly test report, s23 material transfer / return slip, s25 a
contractor's notepad page, s29 field service ticket.
Text PDFs: s02 field delivery exception, s08 invoice hold notice, s10 vendor chargeback,
s15 work order, s18 vendor scorecard (not a claim), s20 nonconformance report, s28 invoice
dispute, s35 job close-out list (not a claim).
Spreadsheets: .xlsx s03, s13, s22, s24, s26 (not a claim); .csv s07, s30.
"""

import csv
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
DESK = "Brandywine Supply Returns <returns@brandywinesupply.example>"
FONTS = Path("/usr/share/fonts/truetype")
PRINT = FONTS / "dejavu/DejaVuSans.ttf"
PRINT_BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
INK_FACES = {
    "biro": FONTS / "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "gel": FONTS / "liberation/LiberationSans-Italic.ttf",
    "narrow": FONTS / "liberation/LiberationSansNarrow-Italic.ttf",
    "marker": FONTS / "liberation/LiberationSans-BoldItalic.ttf",
    "chisel": FONTS / "dejavu/DejaVuSans-BoldOblique.ttf",
}

# One seed per picture (see README for the Tesseract readings behind each choice).
SEEDS = {
    "s01": 3101,
    "s04": 3160,
    "s05": 3105,
    "s09": 3109,
    "s11": 3141,
    "s14": 3175,
    "s16": 3116,
    "s17": 3117,
    "s21": 3121,
    "s23": 3155,
    "s25": 3125,
    "s29": 3129,
    "s34": 3134,
}

_CACHE: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _CACHE:
        _CACHE[key] = ImageFont.truetype(str(path), size)
    return _CACHE[key]


def typeface(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return font(PRINT_BOLD if bold else PRINT, size)


# ---------------------------------------------------------------- picture helpers


def scrawl(img, x, y, text, rng, size=40, ink=30, wobble=2.2, face="biro") -> int:
    """Handwrite text one glyph at a time (own size, angle, baseline each). Returns the end x."""
    for ch in text:
        s = max(12, size + rng.randint(-3, 2))
        f = font(INK_FACES[face], s)
        glyph = Image.new("L", (2 * s, 2 * s), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=f, fill=255)
        glyph = glyph.rotate(rng.uniform(-wobble, wobble), resample=Image.BICUBIC)
        img.paste(Image.new(img.mode, glyph.size, ink), (x - s // 2, y + rng.randint(-2, 3)), glyph)
        x += int(f.getlength(ch)) + rng.randint(0, 2)
    return x


def as_scan(img, rng, skew, specks) -> bytes:
    """Through the office copier: slight skew, specks, softness; greyscale PNG."""
    img = img.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=240)
    px = img.load()
    w, h = img.size
    for _ in range(specks):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((30, 110, 170))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def as_photo(img, rng, tilt, surround, noise, shade=0.16) -> bytes:
    """From a phone: light falling off from the top, tilt, soft focus, sensor noise; JPEG."""
    w, h = img.size
    ramp = Image.linear_gradient("L").rotate(90).resize((w, h)).point(lambda v: int(v * shade))
    img = Image.composite(Image.new("RGB", (w, h), (12, 10, 8)), img, ramp)
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=surround)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(noise):
        i, j = rng.randrange(w), rng.randrange(h)
        d = rng.randint(-16, 16)
        px[i, j] = tuple(max(0, min(255, c + d)) for c in px[i, j])
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def bars(draw, rng, x, y, height, count, ink=(12, 12, 12)) -> None:
    for _ in range(count):
        w = rng.choice((2, 2, 3, 4, 6))
        draw.rectangle([(x, y), (x + w, y + height)], fill=ink)
        x += w + rng.choice((2, 3, 4))


def table_grid(draw, xs, right, top, row_h, header, rows, size, ink, line) -> None:
    """Printed grid with a bold header row; rows are printed text or '' left for the pen."""
    for i in range(len(rows) + 2):
        draw.line([(xs[0], top + i * row_h), (right, top + i * row_h)], fill=line, width=2)
    for x in [*xs, right]:
        draw.line([(x, top), (x, top + (len(rows) + 1) * row_h)], fill=line, width=1)
    for r, row in enumerate([header, *rows]):
        for x, text in zip(xs, row, strict=True):
            draw.text(
                (x + 8, top + r * row_h + (row_h - size) // 2),
                text,
                font=typeface(size, r == 0),
                fill=ink,
            )


# ---------------------------------------------------------------- labels on cartons (photos)

OURS = "BRANDYWINE PLUMBING SUPPLY"


def box_label(seed, printed, marks, marker_ink, tilt, board, mark_size=58, code_at=None) -> bytes:
    """A printed shipping label on a carton or pallet wrap, written on in marker, photographed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1750, 1300), board)
    draw = ImageDraw.Draw(img)
    dark = tuple(max(0, c - 24) for c in board)
    for _ in range(70):
        y = rng.randrange(1300)
        draw.line([(0, y), (1750, y + rng.randint(-5, 5))], fill=dark, width=1)
    draw.rectangle([(130, 60), (1620, 1240)], fill=(247, 246, 241))
    black = (16, 16, 16)
    y = 95
    for text, size, bold in printed:
        draw.text((180, y), text, font=typeface(size, bold), fill=black)
        y += size + 24
    bars(draw, rng, 190, y + 6, 80, 64, ink=black)
    if code_at:
        draw.text((1000, y + 30), code_at, font=typeface(34, True), fill=black)
    y += 150
    for text in marks:
        scrawl(img, 210, y, text, rng, size=mark_size, ink=marker_ink, wobble=1.8, face="marker")
        y += mark_size + 36
    return as_photo(img, rng, tilt, board, 11000)


def pallet_s01() -> bytes:
    return box_label(
        SEEDS["s01"],
        [
            (f"{OURS}  -  DC-EAST", 28, False),
            ("PALLET LABEL          PLT 1 OF 2", 30, True),
            ("SHIP TO: KEYSTONE MECHANICAL CONTRACTORS", 28, False),
            ("ORDER SO-104233      CUST PO PO-77812", 36, True),
            ("SH-55120   R+L PRO RL123456789", 30, False),
            ('VLV-2210-BR   2" BRONZE GATE VALVE   40 EA', 30, True),
            ('FTG-CU-E90-100  1" WROT CU 90 ELL   150 EA', 30, True),
            ("GROSS WT 412 LB          SHIPPED 11/02/2026", 26, False),
        ],
        ["3 GATE VALVES CRUSHED -", "PALLET TIPPED IN TRAILER", "P. YODER 11/5"],
        (165, 25, 30),
        -1.8,
        (120, 118, 112),
    )


def heater_s09() -> bytes:
    return box_label(
        SEEDS["s09"],
        [
            (f"{OURS}  -  DC-EAST", 28, False),
            ("SHIP TO: HARBOR POINT PROPERTY MGMT", 30, True),
            ("THE WHARFSIDE - 1 HARBOR POINT PLAZA", 26, False),
            ("SO-104241        PO-70288", 42, True),
            ("WH-50G-NG", 46, True),
            ("50 GAL NAT GAS WATER HEATER 40,000 BTU", 28, False),
            ("PKG 1 OF 6      148 LB      ESTES ES4410402981", 26, False),
        ],
        ["1 HEATER DENTED - JACKET", "PUSHED IN 6 IN.  M.B. 11/11"],
        (25, 25, 110),
        1.5,
        (196, 160, 112),
        code_at="UPC 084512005001",
    )


def valves_s21() -> bytes:
    return box_label(
        SEEDS["s21"],
        [
            (f"{OURS}  -  DC-EAST", 28, False),
            ("SHIP TO: KEYSTONE MECHANICAL - OAK HILL ES JOBSITE", 26, True),
            ("SO-104226        PO-77790", 42, True),
            ("VLV-1005-BV", 46, True),
            ('1" BRASS BALL VALVE FULL PORT THD', 28, False),
            ("QTY 36 EA            CTN 1 OF 1", 32, False),
        ],
        ["3 LEAK THRU - WON'T SHUT OFF", "RED TAGGED 11/19   F.L."],
        (175, 20, 20),
        -1.2,
        (184, 150, 104),
        code_at="UPC 071812340155",
    )


def statbox_s34() -> bytes:
    return box_label(
        SEEDS["s34"],
        [
            ("BRADFORD THERMAL PRODUCTS", 34, True),
            ("BTP-7500  7-DAY PROGRAMMABLE WI-FI THERMOSTAT", 26, False),
            ("24 VAC    C-WIRE REQUIRED    1 EA", 26, False),
            ("LOT 2610-44         MADE IN U.S.A.", 26, False),
            ("RECEIVED: SUMMIT HVAC - BAY 3", 28, True),
        ],
        ["PO 60502 REC'D 11/30", "2 SCREENS CRACKED -", "BOTH IN THIS CASE   R.P."],
        (20, 20, 20),
        2.0,
        (200, 168, 122),
        code_at="UPC 084512075004",
    )


# ---------------------------------------------------------------- our paper, photographed


def our_receipt_s17() -> bytes:
    rng = random.Random(SEEDS["s17"])
    back = (92, 84, 76)
    img = Image.new("RGB", (1800, 1380), back)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(80, 50), (1720, 1330)], fill=(244, 242, 236))
    black = (18, 18, 18)
    draw.text((120, 80), OURS, font=typeface(44, True), fill=black)
    draw.text((120, 140), "DELIVERY RECEIPT - CUSTOMER COPY", font=typeface(32), fill=black)
    draw.text(
        (120, 188),
        "410 Lancaster Ave, Frazer PA 19355  |  610-555-0150  |  returns x3",
        font=typeface(20),
        fill=(80, 80, 80),
    )
    bars(draw, rng, 1260, 84, 68, 44, ink=black)
    y = 240
    for a, b, c, d in [
        ("ORDER", "SO-104246", "DELIVERED", "11/16/2026 9:40"),
        ("CUST PO", "PO-70296", "ROUTE/TRUCK", "E-2 / 9"),
        ("DELIVER TO", "THE WHARFSIDE - DOCK B", "DRIVER", "T. OKAFOR #3318"),
    ]:
        draw.text((120, y), a, font=typeface(21), fill=(70, 70, 70))
        draw.text((330, y - 3), b, font=typeface(28), fill=black)
        draw.text((1000, y), c, font=typeface(21), fill=(70, 70, 70))
        draw.text((1200, y - 3), d, font=typeface(28), fill=black)
        y += 50
    xs = (100, 170, 540, 1200, 1360, 1520)
    top, rh = y + 24, 84
    table_grid(
        draw,
        xs,
        1690,
        top,
        rh,
        ("LN", "ITEM", "DESCRIPTION", "QTY", "UOM", "REC'D"),
        [
            ("1", "HVC-REG-1006-W", "10X6 FLOOR REGISTER WHT", "40", "EA", ""),
            ("2", "VLV-0075-BV", '3/4" BALL VALVE FP SWT', "12", "EA", ""),
        ],
        27,
        black,
        (90, 90, 90),
    )
    ink = (30, 40, 120)
    scrawl(img, 1560, top + rh + 12, "40", rng, size=50, ink=ink, face="gel")
    scrawl(img, 1560, top + 2 * rh + 12, "12", rng, size=50, ink=ink, face="gel")
    y = top + 3 * rh + 40
    scrawl(img, 140, y, "rec'd by front desk - K. Shah", rng, size=40, ink=ink, face="gel")
    for text in ["4 REGISTERS BENT FLAT - CAN'T INSTALL", "T. RUSSO (SUMMIT HVAC) 11/17"]:
        y += 80
        scrawl(img, 140, y, text, rng, size=46, ink=ink, wobble=1.6, face="gel")
    draw.text(
        (120, 1280),
        "Inspect before signing. Exceptions must be noted on this copy.",
        font=typeface(20),
        fill=(80, 80, 80),
    )
    return as_photo(img, rng, -1.1, back, 10000)


def card_s05() -> bytes:
    """A lined 5x8 card from Harbor Point's maintenance shop, all in pen."""
    rng = random.Random(SEEDS["s05"])
    back = (70, 66, 60)
    img = Image.new("RGB", (1800, 1200), back)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(90, 70), (1710, 1130)], fill=(250, 249, 243))
    draw.line([(90, 175), (1710, 175)], fill=(205, 90, 90), width=3)
    for k in range(9):
        draw.line([(90, 255 + k * 100), (1710, 255 + k * 100)], fill=(150, 175, 210), width=2)
    draw.text(
        (120, 100), "HPPM MAINT. SHOP - RECEIVING", font=typeface(34, True), fill=(40, 40, 40)
    )
    ink = (20, 30, 110)
    lines = [
        "BRANDYWINE  SO-104239  rec 11/9  their truck",
        "FLOOR REGISTERS - counted 66, slip says 60",
        "   6 extra, send them back on your truck",
        "NON-PROG STATS - 3 w/ cracked faceplates",
        "   box crushed at top of pallet",
        "filters all ok (24 cs)        L.O.",
    ]
    y = 192
    for text in lines:
        scrawl(img, 130, y, text, rng, size=48, ink=ink, wobble=1.8, face="gel")
        y += 100
    return as_photo(img, rng, 1.4, back, 9000)


# ---------------------------------------------------------------- customers' paper (scans)


def blank_form(rng, size, title, sub, number):
    img = Image.new("L", size, 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), title, font=typeface(38, True), fill=14)
    draw.text((70, 104), sub, font=typeface(28), fill=30)
    draw.text((size[0] - 420, 58), number, font=typeface(24), fill=60)
    return img, draw


def field(img, draw, rng, x, y, label, value, width, face="biro", size=36) -> None:
    draw.text((x, y + 12), label, font=typeface(22), fill=35)
    lx = x + int(typeface(22).getlength(label)) + 12
    draw.line([(lx, y + 48), (lx + width, y + 48)], fill=70, width=2)
    scrawl(img, lx + 12, y - 4, value, rng, size=size, ink=26, wobble=1.8, face=face)


def filled_grid(img, draw, rng, xs, right, top, rh, header, rows, blank, face, size=34) -> int:
    table_grid(
        draw, xs, right, top, rh, header, [("",) * len(xs)] * (len(rows) + blank), 21, 20, 100
    )
    for i, row in enumerate(rows):
        for x, text in zip(xs, row, strict=True):
            if text:
                scrawl(
                    img,
                    x + 12,
                    top + (i + 1) * rh + 16,
                    text,
                    rng,
                    size=size,
                    ink=26,
                    wobble=1.8,
                    face=face,
                )
    return top + (len(rows) + blank + 1) * rh


def notice_s04() -> bytes:
    rng = random.Random(SEEDS["s04"])
    img, draw = blank_form(
        rng,
        (1750, 1400),
        "RIVERBEND PLUMBING & HEATING",
        "VENDOR DISCREPANCY NOTICE",
        "VDN No. 0419",
    )
    field(img, draw, rng, 70, 170, "VENDOR:", "BRANDYWINE", 480)
    field(img, draw, rng, 880, 170, "OUR PO:", "24519", 420)
    field(img, draw, rng, 70, 250, "THEIR ORDER:", "SO-104236", 420)
    field(img, draw, rng, 880, 250, "DATE RECEIVED:", "11/6/26", 330)
    y = filled_grid(
        img,
        draw,
        rng,
        (60, 430, 640, 840, 1060, 1180),
        1690,
        360,
        92,
        ("ITEM", "QTY BILLED", "QTY GOOD", "PROBLEM QTY", "KEY", "REMARKS"),
        [
            ("ftg pex cpl 050", "10", "0", "10", "3", "1/2 ELBOWS"),
            ('1" BALL VALVE', "24", "20", "4", "2", "box had 20"),
            ("3/4 PEX COIL", "2", "2", "0", "", "ok"),
        ],
        1,
        "biro",
    )
    for text in (
        "KEY:  1 = DAMAGED   2 = SHORT   3 = WRONG ITEM   4 = DEFECTIVE   5 = OVER",
        "Send white copy to vendor, yellow copy stays with the receiving log.",
    ):
        draw.text((70, y + 30), text, font=typeface(22), fill=40)
        y += 40
    draw.text((70, y + 60), "CHECKED BY", font=typeface(21), fill=60)
    draw.line([(220, y + 96), (760, y + 96)], fill=90, width=2)
    scrawl(img, 250, y + 46, "J. Alvarez", rng, size=36, ink=26)
    return as_scan(img, rng, 0.6, 8000)


def holdtag_s11() -> bytes:
    rng = random.Random(SEEDS["s11"])
    img, draw = blank_form(
        rng, (1500, 1300), "KEYSTONE MECHANICAL", "MATERIAL HOLD TAG - DO NOT USE", "TAG H-0388"
    )
    draw.ellipse([(1330, 60), (1390, 120)], outline=40, width=4)
    rows = [
        ("PO:", "77812", 360),
        ("VENDOR:", "BRANDYWINE", 520),
        ("REC'D:", "11/6/26 ESTES", 500),
        ("ITEM:", "3/4 PEX-A 300 FT COIL", 900),
        ("QTY ON HOLD:", "1", 200),
        ("REASON:", "DAMAGED - COIL KINKED,", 900),
        ("", "OUTER WRAP CUT THRU", 900),
        ("FOUND BY:", "P. YODER  11/12/26", 600),
    ]
    y = 180
    for label, value, width in rows:
        field(img, draw, rng, 70, y, label, value, width, face="narrow", size=40)
        y += 100
    draw.text(
        (70, y + 20),
        "DAMAGED  /  DEFECTIVE  /  WRONG ITEM  /  SHORT  /  OTHER",
        font=typeface(22),
        fill=40,
    )
    draw.text(
        (70, y + 60),
        "Hold in the cage until purchasing releases or returns it.",
        font=typeface(21),
        fill=60,
    )
    return as_scan(img, rng, -0.7, 7000)


def exlog_s14() -> bytes:
    rng = random.Random(SEEDS["s14"])
    img, draw = blank_form(
        rng,
        (1800, 1300),
        "SUMMIT HVAC SERVICES - WAREHOUSE",
        "RECEIVING EXCEPTION LOG",
        "SHEET 11/26-04",
    )
    y = filled_grid(
        img,
        draw,
        rng,
        (50, 200, 560, 1000, 1170, 1340, 1430),
        1760,
        200,
        96,
        ("DATE", "VENDOR / ORDER", "ITEM", "SHIPPED", "COUNTED", "KEY", "NOTE"),
        [
            (
                "11/12",
                "BRANDYWINE SO-104244",
                "16x25x1 MERV 11 filter",
                "20 cs",
                "24 cs",
                "+",
                "4 cs extra",
            ),
            ("11/12", "BRANDYWINE SO-104244", "condensate pump", "10", "10", "X", "1 cracked"),
            ("11/13", "JOHNSTONE 77120", "line set 3/8 x 3/4", "6", "6", "", "ok"),
        ],
        2,
        "narrow",
        size=31,
    )
    for text in (
        "KEY:   X = damaged     - = short     + = over     W = wrong item",
        "Damaged goods go to the cage; extras stay on the dock for vendor pickup.",
    ):
        draw.text((60, y + 30), text, font=typeface(23), fill=40)
        y += 42
    scrawl(
        img, 70, y + 60, "pump tank split at the seam - A.R.", rng, size=36, ink=26, face="narrow"
    )
    return as_scan(img, rng, 0.9, 9000)


def bftest_s16() -> bytes:
    rng = random.Random(SEEDS["s16"])
    img, draw = blank_form(
        rng,
        (1700, 1550),
        "BACKFLOW PREVENTION ASSEMBLY TEST REPORT",
        "Riverbend Plumbing & Heating - certified tester BT-20417",
        "REPORT 26-1116-02",
    )
    field(img, draw, rng, 70, 170, "LOCATION:", "VALLEY FORGE COMMONS BLDG C", 900)
    field(img, draw, rng, 70, 250, "ASSEMBLY TYPE:", "RPZ", 220)
    field(img, draw, rng, 700, 250, "SIZE:", '3"', 160)
    field(img, draw, rng, 1050, 250, "SERIAL:", "RP3-22871", 330)
    field(img, draw, rng, 70, 330, "SUPPLIER / ORDER:", "BRANDYWINE SO-104222", 700)
    field(img, draw, rng, 70, 410, "TEST DATE:", "11/16/26", 300)
    field(img, draw, rng, 700, 410, "LINE PRESSURE:", "68 psi", 260)
    y = filled_grid(
        img,
        draw,
        rng,
        (60, 560, 960, 1260),
        1640,
        520,
        92,
        ("TEST", "READING", "REQUIRED", "PASS / FAIL"),
        [
            ("CHECK VALVE 1", "1.2 psid", ">= 5.0", "FAIL"),
            ("RELIEF VALVE OPENED AT", "did not open", ">= 2.0", "FAIL"),
            ("CHECK VALVE 2", "closed tight", "tight", "PASS"),
        ],
        0,
        "biro",
    )
    field(img, draw, rng, 70, y + 40, "RESULT:", "FAILED - NEW ASSEMBLY, DEFECTIVE", 900)
    field(img, draw, rng, 70, y + 120, "REMARKS:", "new from supplier, never passed", 900)
    field(img, draw, rng, 70, y + 200, "TESTER:", "M. O'Brien 11/16/26", 600)
    return as_scan(img, rng, -0.5, 8000)


def transfer_s23() -> bytes:
    rng = random.Random(SEEDS["s23"])
    img, draw = blank_form(
        rng,
        (1750, 1300),
        "RIVERBEND PLUMBING & HEATING",
        "MATERIAL TRANSFER / RETURN SLIP",
        "No. 2207",
    )
    field(img, draw, rng, 70, 170, "FROM JOB:", "26-109 KoP DENTAL", 560)
    field(img, draw, rng, 940, 170, "DATE:", "11/20/26", 330)
    field(img, draw, rng, 70, 250, "SUPPLIER ORDER:", "SO-104230", 420)
    field(img, draw, rng, 940, 250, "TRUCK:", "#6", 200)
    y = filled_grid(
        img,
        draw,
        rng,
        (60, 200, 360, 880, 1160),
        1690,
        360,
        92,
        ("QTY", "UNIT", "DESCRIPTION", "SEND TO", "WHY"),
        [
            ("3", "STICK", '1" TYPE L COPPER 20 FT', "BRANDYWINE", "not needed CO#7"),
            ("14", "EA", '2" PVC TEE', "OUR SHOP", "leftover"),
        ],
        2,
        "gel",
    )
    draw.text(
        (70, y + 30),
        "SEND TO: supplier = return for credit; shop = our stock.",
        font=typeface(22),
        fill=40,
    )
    draw.text((70, y + 90), "DRIVER", font=typeface(21), fill=60)
    draw.line([(180, y + 126), (700, y + 126)], fill=90, width=2)
    scrawl(img, 210, y + 76, "D. Haines", rng, size=36, ink=26, face="gel")
    return as_scan(img, rng, 0.8, 7000)


def notepad_s25() -> bytes:
    rng = random.Random(SEEDS["s25"])
    img = Image.new("L", (1500, 1500), 251)
    draw = ImageDraw.Draw(img)
    draw.text((70, 40), "DELGADO & SONS PLUMBING", font=typeface(34, True), fill=20)
    draw.text((70, 88), "215-555-0719  -  Norristown PA", font=typeface(22), fill=60)
    draw.line([(140, 0), (140, 1500)], fill=190, width=2)
    for k in range(13):
        draw.line([(0, 170 + k * 100), (1500, 170 + k * 100)], fill=200, width=2)
    lines = [
        "Brandywine - SO-104231 (our PO 40962)",
        "GOING BACK:",
        "2  3/4 PRV - both creep, pressure",
        "   climbs past 90, defective",
        '40  1" copper 90s - extra, never used',
        "KEEP: copper tube 12 sticks (used)",
        "                 Rosa 11/23",
    ]
    y = 112
    for text in lines:
        scrawl(img, 170, y, text, rng, size=46, ink=24, wobble=2.0, face="gel")
        y += 100
    return as_scan(img, rng, -1.0, 6000)


def service_s29() -> bytes:
    rng = random.Random(SEEDS["s29"])
    img, draw = blank_form(
        rng,
        (1750, 1400),
        "KEYSTONE MECHANICAL CONTRACTORS",
        "SERVICE DEPT. - FIELD SERVICE TICKET",
        "No. 21644",
    )
    field(img, draw, rng, 70, 170, "CUSTOMER:", "HILLCREST MANOR HOA", 620)
    field(img, draw, rng, 960, 170, "DATE:", "11/25/26", 330)
    field(img, draw, rng, 70, 250, "ADDRESS:", "40 Hillcrest Rd, Media", 620)
    field(img, draw, rng, 960, 250, "TECH:", "C. Benner #207", 420)
    y = filled_grid(
        img,
        draw,
        rng,
        (60, 600, 720, 1120),
        1690,
        360,
        92,
        ("PART / DESCRIPTION", "QTY", "FROM", "NOTES"),
        [
            ("circulator pump 1/25 hp", "1", "BRANDYWINE PO 76115", "seized, won't start"),
            ("flange gasket set", "2", "truck stock", ""),
        ],
        2,
        "biro",
    )
    field(img, draw, rng, 70, y + 40, "WORK DONE:", "replaced circ on boiler loop 2,", 1000)
    field(img, draw, rng, 70, y + 120, "", "old pump bagged for warranty", 1000)
    return as_scan(img, rng, 0.5, 8000)


# ---------------------------------------------------------------- PDFs


def new_pdf(when: dt.datetime) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(when)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def line(pdf, text, h=6, style="", size=10) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def para(pdf, text, size=9) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def kv(pdf, rows, lw=34, vw=64) -> None:
    for a, b, c, d in rows:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(lw, 6, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(vw, 6, b)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(lw, 6, c)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")


def table(pdf, widths, head, rows, size=8.5, h=7) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_fill_color(228, 228, 228)
    for w, t in zip(widths, head, strict=True):
        pdf.cell(w, h, t, border=1, fill=True)
    pdf.ln(h)
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        for w, t in zip(widths, row, strict=True):
            pdf.cell(w, h, t, border=1)
        pdf.ln(h)
    pdf.ln(3)


def heading(pdf, company, address, title) -> None:
    line(pdf, company, 8, "B", 15)
    for text in address:
        line(pdf, text, 5, "", 8.5)
    pdf.ln(2)
    pdf.line(10, pdf.get_y(), 205, pdf.get_y())
    pdf.ln(4)
    line(pdf, title, 8, "B", 12)


KEYSTONE = ("2201 Chester Pike, Building B, Sharon Hill PA 19079", "610-555-0231  keystonemech.com")
RIVERBEND = ("77 Canal Street, Phoenixville PA 19460", "610-555-0488  office@riverbendph.com")
SUMMIT = ("145 Morris Avenue, Summit NJ 07901", "908-555-0172  summithvac.net")
HARBOR = ("1 Harbor Point Plaza, Suite 300, Baltimore MD 21231", "410-555-0306  harborpointpm.com")


def exception_s02() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 9, 14, 58, tzinfo=dt.UTC))
    heading(pdf, "SUMMIT HVAC SERVICES", SUMMIT, "FIELD DELIVERY EXCEPTION")
    kv(
        pdf,
        [
            ("Exception #", "FDX-1109-02", "Printed", "11/09/2026 09:58"),
            ("Job", "5530 Elm Ridge Medical", "Phase", "Ceiling / grilles"),
            ("Vendor", "Brandywine Plumbing Supply", "Vendor order", "SO-104228"),
            ("Our PO", "PO-60377", "Delivered", "11/02/2026 ODFL"),
            ("PRO", "OD0782290518", "Reported by", "R. Patel"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (12, 72, 20, 22, 24, 45),
        ("Ln", "Description", "Deliv.", "Accepted", "Exception", "Exc. code"),
        [
            ("1", "2X2 ACOUSTIC CEILING TILE CTN/16", "40", "36", "4", "W1 water damage"),
            ("2", "10X6 FLOOR REGISTER WHITE", "30", "30", "0", "-"),
        ],
    )
    para(
        pdf,
        "Exception codes: W1 wet / water damage   C2 crushed   M3 missing   X4 wrong "
        "product   Q5 quality / defect",
    )
    pdf.ln(2)
    para(
        pdf,
        "Field note: 4 cartons were wet through when the trailer was opened (roof leak on "
        "the ODFL trailer, per driver). Tiles sagging and stained, not installable. Crew "
        "discarded them on site in the GC's dumpster; photos in job file 5530.",
    )
    para(
        pdf,
        "Requested: credit for the exception quantity. No replacement needed, ceiling "
        "finished with attic stock.",
    )
    return bytes(pdf.output())


def hold_s08() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 12, 14, 40, tzinfo=dt.UTC))
    heading(
        pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE, "ACCOUNTS PAYABLE - INVOICE HOLD NOTICE"
    )
    kv(
        pdf,
        [
            ("Notice", "HN-2611-031", "Date", "11/12/2026"),
            ("Vendor", "Brandywine Plumbing (V0417)", "Invoice", "INV-88133"),
            ("Invoice date", "11/04/2026", "PO", "PO-77830"),
            ("Hold reason", "PRICE", "Terms", "2% 10 NET 30"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (9, 26, 52, 16, 22, 22, 18, 22),
        ("Ln", "Part", "Description", "Qty inv", "PO price", "Inv price", "Diff", "Ext diff"),
        [
            ("1", "KM-88502", '3" CI swing check flg', "6", "189.00", "189.00", "0.00", "0.00"),
            ("2", "KM-40415", '1-1/2" blk mall union', "40", "10.80", "10.80", "0.00", "0.00"),
            ("3", "HVC-CND-PUMP", "Condensate pump 115V", "8", "61.50", "64.90", "3.40", "27.20"),
            ("4", "PMP-CIRC-015", "Circulator 1/25 HP", "4", "139.00", "139.00", "0.00", "0.00"),
        ],
    )
    kv(pdf, [("Invoice total", "2,641.20", "Held amount", "27.20")])
    pdf.ln(2)
    para(
        pdf,
        "Line 3 is billed above the PO price. Please issue a credit memo for the "
        "difference; the remainder of the invoice is released for payment in the 11/20 run.",
    )
    para(pdf, "AP contact: Dana Ruiz, 610-555-0231 x112, ap@keystonemech.com")
    return bytes(pdf.output())


def chargeback_s10() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 13, 13, 5, tzinfo=dt.UTC))
    heading(pdf, "HARBOR POINT PROPERTY MANAGEMENT", HARBOR, "VENDOR CHARGEBACK")
    kv(
        pdf,
        [
            ("Chargeback", "CB-1113-07", "Date", "11/13/2026"),
            ("Vendor", "Brandywine Plumbing Supply", "Vendor #", "40-2275"),
            ("Our PO", "PO-70231", "Vendor order", "SO-104239"),
            ("Vendor invoice", "INV-88160", "Property", "The Wharfside"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (30, 66, 14, 20, 22, 30),
        ("UPC", "Description", "Qty", "Unit", "Amount", "Reason code"),
        [("084512021006", "NON-PROG DIGITAL THERMOSTAT 24V", "3", "29.50", "88.50", "D")],
    )
    para(pdf, "Reason codes: D damaged on arrival   S shortage   P price   R refused")
    pdf.ln(2)
    para(
        pdf,
        "Faceplates cracked on arrival (delivered 11/09/2026 by your truck). This amount "
        "will be deducted from our next payment unless a credit memo is received first.",
    )
    para(pdf, "Grace Kim, Accounts Payable - 410-555-0306 ext 22")
    return bytes(pdf.output())


def workorder_s15() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 16, 22, 10, tzinfo=dt.UTC))
    heading(
        pdf,
        "DELGADO & SONS PLUMBING",
        ("Norristown PA 19401", "215-555-0719"),
        "WORK ORDER / SERVICE INVOICE",
    )
    kv(
        pdf,
        [
            ("Work order", "5521", "Date", "11/16/2026"),
            ("Customer", "R. Whitaker", "Site", "418 Linden St, Norristown"),
            ("Tech", "Manny D.", "Call type", "No hot water"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (16, 112, 26, 26),
        ("Qty", "Material / labor", "Unit", "Amount"),
        [
            ("1", "50 GAL NAT GAS WATER HEATER (replacement, from stock)", "0.00", "0.00"),
            ("1", "Thermocouple (tried first)", "18.50", "18.50"),
            ("3.5", "Labor - remove / install heater", "95.00", "332.50"),
            ("1", "Haul away - NO, failed unit goes back to supplier", "0.00", "0.00"),
        ],
    )
    para(
        pdf,
        "Findings: existing 50 gal gas heater installed Nov 2025 (bought from Brandywine, "
        "their invoice INV-88016). Gas control valve failed - pilot will not hold, "
        "replaced thermocouple, still fails. Serial BT2507-1166. Covered by manufacturer "
        "warranty (5 yr tank and parts).",
    )
    para(
        pdf,
        "Customer billed labor only. Defective heater to be returned to supplier for "
        "warranty credit.",
    )
    kv(pdf, [("Total", "351.00", "Paid", "check 2210")])
    return bytes(pdf.output())


def scorecard_s18() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 18, 19, 2, tzinfo=dt.UTC))
    heading(pdf, "RIVERBEND PLUMBING & HEATING", RIVERBEND, "VENDOR SCORECARD - OCTOBER 2026")
    kv(
        pdf,
        [
            ("Vendor", "Brandywine Plumbing Supply", "Period", "10/01 - 10/31/2026"),
            ("Prepared by", "K. Liu", "Issued", "11/18/2026"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (70, 30, 30, 50),
        ("Measure", "This month", "Target", "Comment"),
        [
            ("Orders received", "14", "-", ""),
            ("Order lines", "61", "-", ""),
            ("On-time delivery", "92.9 %", "95 %", "1 late (2 days)"),
            ("Fill rate (lines complete)", "97.4 %", "98 %", ""),
            ("Lines damaged", "2", "0", "both credited"),
            ("Lines short", "1", "0", "credited"),
            ("Wrong item lines", "0", "0", ""),
            ("Credits issued", "$412.60", "-", ""),
            ("Score", "88 / 100", "90", "B"),
        ],
    )
    para(
        pdf,
        "Incidents this period (all closed): 10/31 SO-104230 - 12 PVC tees broken in "
        "transit, credited; 10/22 SO-104222 - delivered 2 days late; 10/02 SO-104214 - 5 "
        "unions returned, credited.",
    )
    para(
        pdf,
        "This scorecard is for information. No action is requested; questions to Karen "
        "Liu, 610-555-0488.",
    )
    return bytes(pdf.output())


def ncr_s20() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 19, 16, 31, tzinfo=dt.UTC))
    heading(pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE, "NONCONFORMANCE REPORT")
    kv(
        pdf,
        [
            ("NCR no.", "NCR-26-044", "Date", "11/18/2026"),
            ("Supplier", "Brandywine Plumbing Supply", "Supplier order", "SO-104224"),
            ("PO", "PO-77760", "Job", "2479 St. Agnes Rectory"),
            ("Received", "10/22/2026", "Raised by", "B. Sorensen, QA/QC"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (8, 22, 50, 16, 14, 20, 65),
        ("#", "Part no.", "Description", "Qty rec", "Qty NC", "Disp.", "Finding"),
        [
            (
                "1",
                "KM-61750",
                "7-day prog Wi-Fi thermostat",
                "8",
                "1",
                "RTV-W",
                "display dead on power-up, 24 VAC ok",
            ),
            (
                "2",
                "-",
                "16x25x1 pleated filter cs/12",
                "12",
                "12",
                "RTV-R",
                "labelled MERV 8, PO calls MERV 11",
            ),
        ],
        size=8,
    )
    para(
        pdf,
        "Disposition codes: RTV-W return to vendor under warranty; RTV-R return to "
        "vendor for replacement; UAI use as is; SCR scrap.",
    )
    para(
        pdf,
        "Item 1: the other 7 thermostats are installed and working. Item 2: the whole "
        "delivery of filters is the wrong rating; all 12 cases are unopened on our dock and "
        "need to be exchanged for MERV 11.",
    )
    para(pdf, "Containment: material tagged and held in QA cage, bay 4.")
    return bytes(pdf.output())


def dispute_s28() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 30, 13, 12, tzinfo=dt.UTC))
    heading(pdf, "RIVERBEND PLUMBING & HEATING", RIVERBEND, "INVOICE DISPUTE")
    kv(
        pdf,
        [
            ("Dispute #", "ID-0087", "Date", "11/30/2026"),
            ("Vendor invoice", "INV-88180", "Invoice date", "11/10/2026"),
            ("Our PO", "24530", "Supplier order", "SO-104243"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (30, 48, 18, 22, 22, 22, 22),
        ("Item", "Description", "Qty billed", "Billed", "Quoted", "Difference", "Ext."),
        [("FTG-CU-E90-100", '1" wrot cu 90 ell', "250", "2.90", "2.75", "0.15", "37.50")],
    )
    para(
        pdf,
        "Quoted by phone by Gus Petrakis (Brandywine outside sales) on 11/06/2026: "
        "2.75 each on 250 or more. Please credit the difference. The ball valve and PRV "
        "lines on this invoice are not disputed.",
    )
    para(pdf, "Submitted by J. Alvarez for K. Liu, office manager.")
    return bytes(pdf.output())


def closeout_s35() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 12, 3, 18, 20, tzinfo=dt.UTC))
    heading(
        pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE, "JOB CLOSE-OUT - MATERIAL LEFT ON HAND"
    )
    kv(
        pdf,
        [
            ("Job", "2472 Lansdowne Library", "Closed", "11/30/2026"),
            ("Prepared by", "N. Whitfield", "For", "supplier rebate review"),
        ],
    )
    pdf.ln(3)
    table(
        pdf,
        (24, 58, 18, 40, 50),
        ("Part", "Description", "On hand", "Source", "Disposition"),
        [
            ("KM-88107", '1" ball valve full port', "6", "Brandywine SO-104218", "to shop stock"),
            ("KM-40112", '1" wrot cu 90 ell', "35", "Brandywine SO-104226", "to shop stock"),
            ("-", "2 gal expansion tank", "1", "Brandywine", "shop stock (box dented, ours)"),
            ("-", "pipe hangers 1 in.", "40", "Ferguson", "to shop stock"),
        ],
    )
    para(
        pdf,
        "Nothing on this list is being returned. Quantities are for your year-end rebate "
        "review only, as requested by Gus Petrakis.",
    )
    return bytes(pdf.output())


# ---------------------------------------------------------------- spreadsheets


def csv_bytes(rows) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("ascii")


def fixed_xlsx(wb: Workbook, when: dt.datetime, author: str) -> bytes:
    """Save with fixed core properties and fixed zip entry times."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
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


def sheet(name, title_rows, head, rows, widths, when, author, notes=()) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = name
    for text in title_rows:
        ws.append([text])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(list(head))
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(list(row))
    if notes:
        ws.append([])
    for text in notes:
        ws.append([text])
    for col, width in zip("ABCDEFGHIJK", widths, strict=False):
        ws.column_dimensions[col].width = width
    return fixed_xlsx(wb, when, author)


def qc_s03() -> bytes:
    return sheet(
        "Inbound QC",
        [
            "KEYSTONE MECHANICAL - INBOUND QC",
            "PO-77830   vendor order SO-104235   ODFL PRO OD0782301177   rec'd 11/6/26 dock 2",
        ],
        ("Part #", "Description", "PO Qty", "Pack List", "Counted", "Rejected", "QC note"),
        [
            ("KM-88502", '3" CI swing check flg', 6, 6, 6, 2, "flange ears cracked, crate split"),
            ("KM-40415", '1-1/2" blk mall union', 40, 40, 36, 0, "box light"),
            ("HVC-CND-PUMP", "condensate pump 115V", 8, 8, 8, 0, None),
            ("PMP-CIRC-015", "circulator 1/25 HP", 4, 4, 4, 0, None),
        ],
        (15, 26, 9, 10, 10, 10, 34),
        dt.datetime(2026, 11, 9, 21, 14),
        "tmorales",
        ["Short (Pack List - Counted) and Rejected qty to be credited.  T.M."],
    )


def variance_s13() -> bytes:
    return sheet(
        "Variance",
        [
            "Riverbend Plumbing & Heating - Receiving Variance",
            "PO 24530  /  SO-104243  /  INV-88180  /  R+L PRO RL123512650",
            "Received 11/12/2026 by J. Alvarez",
        ],
        ("Item", "Desc", "Billed", "Rec'd", "Var", "Dmg", "Note"),
        [
            ("VLV1005BV", '1" BALL VALVE FP', 48, 48, 0, 0, None),
            ("FTGCUE90100", '1" CU 90 ELL', 250, 225, -25, 0, "9 bags of 25, slip says 10"),
            ("VLV0750PRV", "3/4 PRV 25-75", 4, 4, 0, 1, "bell housing cracked"),
        ],
        (14, 20, 8, 8, 8, 8, 30),
        dt.datetime(2026, 11, 13, 20, 2),
        "jalvarez",
    )


def surplus_s22() -> bytes:
    return sheet(
        "Surplus",
        [
            "Riverbend Plumbing & Heating - Job Close-out Surplus",
            "Job 26-114 Pottstown Senior Apts - closed 11/20/2026",
            "Supplier order SO-104214 / PO 24388 / INV-88061",
        ],
        ("Description", "Delivered", "Installed", "On shelf", "Return", "Unit $"),
        [
            ('3" CI SWING CHECK VALVE FLG', 4, 4, 0, 0, 198.00),
            ('1-1/2" BLK MALL UNION', 30, 0, 30, 30, 9.90),
        ],
        (30, 10, 10, 10, 10, 10),
        dt.datetime(2026, 11, 20, 22, 41),
        "Karen Liu",
        ["Shelf count by J. Alvarez 11/20. Job switched to grooved, unions never used."],
    )


def audit_s24() -> bytes:
    return sheet(
        "Price audit",
        [
            "Keystone Mechanical - AP price audit",
            "Invoice INV-88098 (10/26/2026)   PO-77790   SO-104226",
        ],
        ("Part #", "Description", "Qty", "PO unit", "Billed unit", "Diff", "Ext", "Action"),
        [
            ("KM-20100", '1" TYPE L CU 20FT', 30, 71.80, 76.40, 4.60, 138.00, "CREDIT"),
            ("KM-40112", '1" CU 90 ELL', 200, 2.95, 2.95, 0, 0, "OK"),
            ("KM-88107", '1" BALL VALVE FP', 36, 15.20, 15.20, 0, 0, "OK"),
        ],
        (12, 22, 7, 10, 11, 8, 9, 9),
        dt.datetime(2026, 11, 23, 20, 55),
        "Dana Ruiz",
    )


def recon_s26() -> bytes:
    return sheet(
        "Recon",
        [
            "Summit HVAC Services - vendor statement reconciliation",
            "Vendor: Brandywine Plumbing Supply    as of 11/24/2026",
        ],
        ("Invoice", "Date", "Our PO", "Amount", "Paid", "Open", "Note"),
        [
            (
                "INV-88109",
                "10/30/2026",
                "PO-60377",
                2074.00,
                1884.00,
                190.00,
                "short paid: 4 ctn tile, your claim approved - waiting for CM",
            ),
            (
                "INV-88152",
                "11/05/2026",
                "PO-60418",
                2557.00,
                2478.00,
                79.00,
                "2 cs filters short - CM pending",
            ),
            ("INV-88184", "11/10/2026", "PO-60455", 1734.80, 0, 1734.80, "not yet due"),
        ],
        (11, 11, 10, 10, 10, 10, 50),
        dt.datetime(2026, 11, 24, 21, 30),
        "Linda Chu",
        ["Please send a current statement and the two pending credit memos."],
    )


def receipt_s07() -> bytes:
    head = (
        "receipt_no",
        "po_no",
        "vendor",
        "line",
        "upc",
        "item_desc",
        "uom",
        "asn_qty",
        "rcv_qty",
        "variance",
        "status",
    )
    rows = [
        (
            "R26-1187",
            "PO-60418",
            "BRANDYWINE",
            1,
            "084512075004",
            "7DAY WIFI THERMOSTAT",
            "EA",
            12,
            12,
            0,
            "CLOSED",
        ),
        (
            "R26-1187",
            "PO-60418",
            "BRANDYWINE",
            2,
            "084512021006",
            "NONPROG DIGITAL STAT 24V",
            "EA",
            20,
            20,
            0,
            "CLOSED",
        ),
        (
            "R26-1187",
            "PO-60418",
            "BRANDYWINE",
            3,
            "061234516251",
            "FILTER 16X25X1 M11 CS12",
            "CS",
            10,
            8,
            -2,
            "EXCEPTION",
        ),
    ]
    return csv_bytes([head, *rows])


def receipt_s30() -> bytes:
    head = (
        "po",
        "vendor",
        "vendor_ref",
        "item",
        "description",
        "qty_ordered",
        "qty_received",
        "qty_damaged",
        "received_on",
        "received_by",
    )
    rows = [
        (
            24561,
            "BRANDYWINE",
            "SO-104247",
            "vlv-3100-ck",
            "3IN CI SWING CHECK FLG",
            3,
            1,
            1,
            "2026-11-30",
            "JALVAREZ",
        ),
        (
            24561,
            "BRANDYWINE",
            "SO-104247",
            "ftg-bi-u-150",
            "1-1/2 BLK MALL UNION",
            20,
            0,
            0,
            "",
            "",
        ),
    ]
    return csv_bytes([head, *rows])


# ---------------------------------------------------------------- messages

JPEG, PNG, PDF = ("image", "jpeg"), ("image", "png"), ("application", "pdf")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CSV = ("text", "csv")


def wrap(body: str, width: int = 74) -> str:
    """Re-wrap over-long paragraphs as a mail client would (keeps the body 7bit)."""
    out = []
    for par in body.split("\n\n"):
        rows = par.split("\n")
        if all(len(r) <= width for r in rows):
            out.append(par)
        else:
            out.append("\n".join(textwrap.wrap(" ".join(r.strip() for r in rows), width)))
    return "\n\n".join(out)


def message(headers: dict[str, str], body: str, part, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(wrap(body))
    if part is not None:
        data, (main, sub), filename = part
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
        msg.set_boundary(boundary)
    return msg.as_bytes()


PETE = "Pete Yoder\nYard / Receiving Lead - Keystone Mechanical\n610-555-0231 x131"
TOM = "Tom Morales\nPurchasing Manager | Keystone Mechanical Contractors\n610-555-0231 x105"
DANA = "Dana Ruiz\nAccounts Payable, Keystone Mechanical Contractors\n610-555-0231 x112"
BETH = "Beth Sorensen\nQA/QC Coordinator | Keystone Mechanical Contractors\n610-555-0231 x140"
CARL = "Carl Benner\nService Technician #207, Keystone Mechanical\nservice 610-555-0240"
NORA = "Nora Whitfield\nProject Coordinator, Keystone Mechanical Contractors\n610-555-0231 x122"
KAREN = "Karen Liu\nOffice Manager\nRiverbend Plumbing & Heating  610-555-0488"
MIKE = "Mike O'Brien | Project Manager\nRiverbend Plumbing & Heating\n610-555-0488 x3"
JEN = "Jen Alvarez\nWarehouse - Riverbend Plumbing & Heating\n610-555-0488 x7"
RAJ = "Raj Patel\nOperations Manager - Summit HVAC Services\n908-555-0172 x201"
ANA = "Ana Reyes\nPurchasing Coordinator, Summit HVAC Services\n908-555-0172 x215"
LINDA = "Linda Chu\nAccounts Payable | Summit HVAC Services\n908-555-0172 x204"
TONY = "Tony Russo\nInstall Lead, Summit HVAC Services\ncell 908-555-0846"
LUIS = "Luis Ortega\nMaintenance Supervisor, Harbor Point Property Management\n410-555-0306 ext 14"
MARCUS = "Marcus Bell\nBuilding Engineer - The Wharfside\nHarbor Point Property Management"
GRACE = "Grace Kim\nAccounts Payable\nHarbor Point Property Management  410-555-0306 ext 22"
ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n215-555-0719"
FRANK = "Frank Lutz\nSuperintendent, Dunmore Builders Inc.\n484-555-0122"
IPHONE = "\n\nSent from my iPhone"

ACK_S16 = "<ack.20261117.5b20e4@brandywinesupply.example>"
ACK_S09 = "<ack.20261112.9ad731@brandywinesupply.example>"

BODIES = {
    "s01": "Pallet tag from the R+L drop on PO 77812 attached. Marker note on it is mine, "
    "the rest of that pallet was fine.\n\n" + PETE,
    "s02": "Hi,\n\nField exception for the Elm Ridge delivery is attached. The crew could not "
    "use the wet cartons and tossed them, so no need to send anybody.\n\nThanks,\n" + RAJ,
    "s03": "Inbound QC sheet for PO-77830 attached - two lines with problems.\n\n" + TOM,
    "s04": "Hello,\n\nDiscrepancy notice from our warehouse attached for PO 24519. Please "
    "advise how you want the wrong bags back.\n\n" + KAREN,
    "s05": "Luis here. The shop's card from Monday's delivery is attached, that is what we "
    "found. Driver had already left when we opened the pallet.\n\n" + LUIS,
    "s06": 'Hi,\n\nOn our PO 40988 (Manny picked it up 11/6) we only used 6 of the 1-1/2" '
    "unions. The other 6 are still in the bag, never installed. We want to return those 6, "
    "can Manny drop them at your counter Friday?\n\nThank you\n" + ROSA,
    "s07": "Hi - receipt export for PO-60418 attached. Line 3 came up short on our count. "
    "Please credit it, we don't need the rest sent.\n\n" + ANA,
    "s08": "Good morning,\n\nPlease see the attached hold notice on INV-88133.\n\n" + DANA,
    "s09": "Hi,\n\nPhoto of the box from yesterday's Estes drop. The unit inside is caved in "
    "on one side, we won't install it.\n\n" + MARCUS + IPHONE,
    "s10": "Hello,\n\nAttached is our chargeback CB-1113-07 for the thermostats that arrived "
    "damaged on PO-70231.\n\nRegards,\n" + GRACE,
    "s11": "Hold tag for the PEX coil we set aside, found it yesterday when we broke down "
    "the Estes pallet.\n\n" + PETE,
    "s12": "Hi,\n\nPete sent you the pallet photo Monday for the 3 crushed gate valves on "
    "PO 77812 - leave that claim as it is. Separate thing: the Dunmore job grew and we need 3 "
    'more 2" bronze gate valves by next Friday. Please quote them on our new PO 77851 and '
    "tell me the ship date. Ask Gus if he wants the job name.\n\nThanks,\n" + TOM,
    "s13": "Variance sheet for PO 24530 attached.\n\n" + JEN,
    "s14": "Hi,\n\nPage from our exception log is attached - the two Brandywine rows are "
    "yours. The pump is boxed up at the dock with the extras.\n\n" + ANA,
    "s15": "Hi,\n\nWork order attached. The heater is the one we bought from you last year "
    "(invoice 88016), it is in the 5 year warranty. Manny has it in the truck.\n\n" + ROSA,
    "s16": 'Hi,\n\nInitial test report on the new 3" RPZ for Valley Forge Commons attached - '
    "it failed out of the box and never passed. While your truck is here, please also take "
    'back the one spare 3" swing check valve from that same order. The engineer dropped it '
    "from the design so we no longer need it, still in the crate.\n\n" + MIKE,
    "s17": "Hello,\n\nTony Russo with Summit HVAC. We are installing the floor registers at "
    "the Wharfside for Harbor Point. Delivery receipt attached - 4 of them were bent flat in "
    "the box. Can you send 4 good ones to the site? Dock B, ask for Marcus.\n\n" + TONY,
    "s18": "Hi,\n\nOur October vendor scorecard is attached for your records. Nothing needs "
    "action - we are sending these to all suppliers this quarter.\n\n" + KAREN,
    "s19": "Hi,\n\nOn SO-104246 (our PO-70296) the 3/4 ball valves came threaded, FIP x FIP. "
    "We ordered sweat. All 12 are the wrong ones, still in the box. Need sweat valves by "
    "Monday if you can - please swap them.\n\nThanks\n" + LUIS,
    "s20": "Hello,\n\nNCR-26-044 for PO-77760 is attached, two items on it. Material is held "
    "in our QA cage until you send a pickup.\n\n" + BETH,
    "s21": "Hello,\n\nI'm the GC superintendent on the Oak Hill Elementary job; Keystone "
    "Mechanical is our mechanical sub. Their crew says 3 of your ball valves from the box in "
    "the photo leak through and won't shut off. Keystone asked me to send it over since "
    "they are swamped this week. Please coordinate with them for the exchange.\n\n" + FRANK,
    "s22": "Hi,\n\nClose-out surplus list for the Pottstown job is attached. We'd like to send "
    "back what is in the Return column.\n\n" + KAREN,
    "s23": "Return slip from the truck attached - the line marked Brandywine goes back to "
    "you.\n\n" + MIKE + IPHONE,
    "s24": "Hi,\n\nPrice audit on INV-88098 attached; one line is billed over the PO. Please "
    "send a credit memo.\n\n" + DANA,
    "s25": "Hola,\n\nList attached of what goes back from that order. Manny can bring it "
    "Monday.\n\n" + ROSA,
    "s26": "Hi,\n\nOur reconciliation of your statement is attached. Could you send a "
    "current statement and copies of the two credit memos that are still pending? That is "
    "all we need to close November.\n\nThank you,\n" + LINDA,
    "s27": "I'm out of the office until Monday 11/30 with limited email.\n\nFor returns, "
    "damaged or short deliveries please contact Karen Liu at office@riverbendph.com or "
    "610-555-0488. For anything urgent on the Valley Forge Commons job call my cell, "
    "610-555-0781.\n\nMike O'Brien",
    "s28": "Dispute form for INV-88180 attached - the elbows were quoted lower.\n\n" + JEN,
    "s29": "Service ticket attached. The circulator came from you on PO 76115 and quit on us, "
    "can we get warranty on it? Old pump is in my truck.\n\n" + CARL,
    "s30": "Hi,\n\nPartial on PO 24561 came in yesterday. Receiving export attached - the one "
    "check valve that came has a cracked flange.\n\n" + JEN,
    "s31": 'Hey,\n\nWe got 20 ft left of the 2" black pipe from the pickup on SO-104240, '
    "still one piece, never threaded. Don't need it anymore, can I bring it back for "
    "credit?\n\nManny\ncell 215-555-0764",
    "s32": "Hi,\n\nOn our PO 40917 (SO-104216) the 4 expansion tanks are 4.5 gal, not 2 gal "
    "like we ordered. We only opened the boxes now for the Cedar Ave job, sorry we did not "
    "check before. Can you exchange them for the 2 gal ones?\n\n" + ROSA,
    "s33": "Hi,\n\nSt. Agnes is on hold until spring, so 3 of the Wi-Fi thermostats from "
    "PO-77760 (TST 7500 PRO) are no longer needed. Never opened. Please take them back and "
    "credit us.\n\n" + TOM,
    "s34": "Photo attached. 2 of the wifi stats on this PO came in with cracked screens.\n\n" + RAJ,
    "s35": "Hi,\n\nFYI only - close-out list for job 2472 attached; Gus asked for it for the "
    "rebate review. We are keeping all of it in our shop, no returns.\n\n" + NORA,
    "s36": "Hi,\n\nEstes called about the dented 50 gal heater from SO-104241 - their "
    "inspector comes Tuesday 12/8 between 9 and 12. Should we keep it crated on the dock "
    "until then, or will your driver take it before? We already have the RMA number from "
    "your notice, so nothing else needed.\n\nThanks,\n" + LUIS,
    "s37": "Hi,\n\nMy accountant needs copies of invoices 88112 and 88165 for the year end. "
    "I thought the price on the PRVs in 88112 was too high but I checked with Gus and it is "
    "right, so nothing to fix. Just the copies please.\n\nGracias,\n" + ROSA,
}

K_PETE = "Pete Yoder <pyoder@keystonemech.com>"
K_TOM = "Tom Morales <tmorales@keystonemech.com>"
K_DANA = "Dana Ruiz <ap@keystonemech.com>"
K_BETH = "Beth Sorensen <bsorensen@keystonemech.com>"
K_CARL = "Carl Benner <cbenner@keystonemech.com>"
K_NORA = "Nora Whitfield <nwhitfield@keystonemech.com>"
R_KAREN = "Karen Liu <office@riverbendph.com>"
R_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
R_JEN = "Jen Alvarez <jalvarez@riverbendph.com>"
S_RAJ = "Raj Patel <raj.patel@summithvac.net>"
S_ANA = "Ana Reyes <areyes@summithvac.net>"
S_LINDA = "Linda Chu <ap@summithvac.net>"
S_TONY = "Tony Russo <trusso@summithvac.net>"
H_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
H_MARCUS = "Marcus Bell <mbell@harborpointpm.com>"
H_GRACE = "Grace Kim <payables@harborpointpm.com>"
D_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
D_MANNY = "Manny Delgado <manny@delgadosons.com>"
OUTSIDER = "Frank Lutz <flutz@dunmorebuilders.com>"

# name, from, subject, date, message-id, (builder, mime, filename) or None, extra headers
EMAILS = [
    (
        "s01-keystone-pallet-tag-photo-gate-valves.eml",
        K_PETE,
        "PO 77812 pallet",
        "Mon, 09 Nov 2026 07:48:12 -0500",
        "<CAK7yPq2Lr0Wd3nVb8Zt1Hs4@mail.gmail.com>",
        (pallet_s01, JPEG, "IMG_4471.JPG"),
        {},
    ),
    (
        "s02-summit-field-exception-pdf-ceiling-tile.eml",
        S_RAJ,
        "Delivery exception FDX-1109-02 / PO-60377",
        "Mon, 09 Nov 2026 10:15:40 -0500",
        "<20261109151540.4F2A@summithvac.net>",
        (exception_s02, PDF, "FDX-1109-02.pdf"),
        {},
    ),
    (
        "s03-keystone-inbound-qc-xlsx-unions-check-valves.eml",
        K_TOM,
        "PO-77830 inbound QC",
        "Tue, 10 Nov 2026 08:05:19 -0500",
        "<SA1PR19MB6620C3E81F0A2B@SA1PR19MB6620.namprd19.prod.outlook.com>",
        (qc_s03, XLSX, "QC PO-77830.xlsx"),
        {},
    ),
    (
        "s04-riverbend-discrepancy-notice-scan-couplings.eml",
        R_KAREN,
        "VDN 0419 - PO 24519",
        "Tue, 10 Nov 2026 11:30:02 -0500",
        "<3f1c0e9a-6b27-4d51-8e90-2a7d5c4b1f06@riverbendph.com>",
        (notice_s04, PNG, "VDN0419.png"),
        {},
    ),
    (
        "s05-harbor-index-card-photo-stats-registers.eml",
        H_LUIS,
        "Monday delivery",
        "Wed, 11 Nov 2026 08:40:55 -0500",
        "<DM6PR07MB5518A9D4E2C17F@DM6PR07MB5518.namprd07.prod.outlook.com>",
        (card_s05, JPEG, "20261111_083512.jpg"),
        {},
    ),
    (
        "s06-delgado-unions-leftover-plain.eml",
        D_ROSA,
        "return unions PO 40988",
        "Wed, 11 Nov 2026 14:02:31 -0500",
        "<a91d33e7.2c4f.4b0e@delgadoplumbing.com>",
        None,
        {},
    ),
    (
        "s07-summit-wms-receipt-csv-filters.eml",
        S_ANA,
        "PO-60418 receipt - line 3 short",
        "Thu, 12 Nov 2026 07:30:44 -0500",
        "<20261112123044.7C19@summithvac.net>",
        (receipt_s07, CSV, "receipt_R26-1187.csv"),
        {},
    ),
    (
        "s08-keystone-invoice-hold-pdf-condensate-pumps.eml",
        K_DANA,
        "Invoice hold HN-2611-031 / INV-88133",
        "Thu, 12 Nov 2026 09:55:08 -0500",
        "<SA1PR19MB6620D0B7714E9A@SA1PR19MB6620.namprd19.prod.outlook.com>",
        (hold_s08, PDF, "HN-2611-031.pdf"),
        {},
    ),
    (
        "s09-harbor-heater-carton-photo.eml",
        H_MARCUS,
        "heater from yesterday",
        "Thu, 12 Nov 2026 13:20:37 -0500",
        "<7E2B9C41-0D6A-4F3E-B815-93A0C2D7E644@harborpointpm.com>",
        (heater_s09, JPEG, "IMG_0912.jpeg"),
        {},
    ),
    (
        "s10-harbor-chargeback-pdf-thermostats.eml",
        H_GRACE,
        "Chargeback CB-1113-07",
        "Fri, 13 Nov 2026 08:12:26 -0500",
        "<BY5PR11MB4097E6F2A1D3C8@BY5PR11MB4097.namprd11.prod.outlook.com>",
        (chargeback_s10, PDF, "CB-1113-07.pdf"),
        {},
    ),
    (
        "s11-keystone-hold-tag-scan-pex-coil.eml",
        K_PETE,
        "hold tag H-0388",
        "Fri, 13 Nov 2026 10:40:13 -0500",
        "<CAK7yPq9Ze4Xm1cRd6Uw2Jf8@mail.gmail.com>",
        (holdtag_s11, PNG, "scan_H-0388.png"),
        {},
    ),
    (
        "s12-keystone-more-gate-valves-plain.eml",
        K_TOM,
        "3 more gate valves - new PO 77851",
        "Fri, 13 Nov 2026 15:05:49 -0500",
        "<SA1PR19MB66208F2C40B1E5@SA1PR19MB6620.namprd19.prod.outlook.com>",
        None,
        {},
    ),
    (
        "s13-riverbend-receiving-variance-xlsx-elbows-prv.eml",
        R_JEN,
        "PO 24530 variance",
        "Mon, 16 Nov 2026 08:20:05 -0500",
        "<b7e40c2d-91a3-4f68-a0d5-6c3e8b2f7a19@riverbendph.com>",
        (variance_s13, XLSX, "variance 24530.xlsx"),
        {},
    ),
    (
        "s14-summit-exception-log-scan-filters-pump.eml",
        S_ANA,
        "exception log 11/26-04",
        "Mon, 16 Nov 2026 11:10:58 -0500",
        "<20261116161058.2D84@summithvac.net>",
        (exlog_s14, PNG, "exception log p4.png"),
        {},
    ),
    (
        "s15-delgado-work-order-pdf-heater.eml",
        D_ROSA,
        "warranty heater - WO 5521",
        "Tue, 17 Nov 2026 09:30:21 -0500",
        "<e3b7104c.91fa.4d22@delgadoplumbing.com>",
        (workorder_s15, PDF, "WO5521.pdf"),
        {},
    ),
    (
        "s16-riverbend-backflow-test-scan-rpz-check-valve.eml",
        R_MIKE,
        "RPZ failed test - Valley Forge Commons",
        "Tue, 17 Nov 2026 13:45:17 -0500",
        "<CAM3hWs5Pq8Nv2Yt0Kd7Rg1b@mail.gmail.com>",
        (bftest_s16, PNG, "BF test 26-1116-02.png"),
        {},
    ),
    (
        "s17-summit-tech-delivery-ticket-photo-registers.eml",
        S_TONY,
        "Wharfside registers - bent",
        "Wed, 18 Nov 2026 08:25:46 -0500",
        "<5C0E8A17-B24D-4E91-8F36-D70A1E5B9C23@summithvac.net>",
        (our_receipt_s17, JPEG, "IMG_2231.JPG"),
        {},
    ),
    (
        "s18-riverbend-vendor-scorecard-pdf.eml",
        R_KAREN,
        "October vendor scorecard",
        "Wed, 18 Nov 2026 14:30:09 -0500",
        "<0d5f2a81-7c3e-4b96-9e14-58a2f6c0d3b7@riverbendph.com>",
        (scorecard_s18, PDF, "Scorecard Oct 2026 - Brandywine.pdf"),
        {},
    ),
    (
        "s19-harbor-threaded-ball-valves-plain.eml",
        H_LUIS,
        "wrong ball valves SO-104246",
        "Thu, 19 Nov 2026 09:05:33 -0500",
        "<DM6PR07MB5518F03B6C92D1@DM6PR07MB5518.namprd07.prod.outlook.com>",
        None,
        {},
    ),
    (
        "s20-keystone-ncr-pdf-thermostat-filters.eml",
        K_BETH,
        "NCR-26-044 / PO-77760",
        "Thu, 19 Nov 2026 11:50:27 -0500",
        "<SA1PR19MB6620A7E19C3F04@SA1PR19MB6620.namprd19.prod.outlook.com>",
        (ncr_s20, PDF, "NCR-26-044.pdf"),
        {},
    ),
    (
        "s21-gc-super-valve-box-photo.eml",
        OUTSIDER,
        "Oak Hill ES - leaking ball valves",
        "Fri, 20 Nov 2026 10:15:50 -0500",
        "<20261120151550.GB30412@dunmorebuilders.com>",
        (valves_s21, JPEG, "oakhill_valves.jpg"),
        {},
    ),
    (
        "s22-riverbend-surplus-xlsx-unions.eml",
        R_KAREN,
        "Pottstown close-out surplus",
        "Mon, 23 Nov 2026 08:35:14 -0500",
        "<4a8c1e05-d2b7-4f39-8a61-e0c95b3d7f28@riverbendph.com>",
        (surplus_s22, XLSX, "26-114 surplus.xlsx"),
        {},
    ),
    (
        "s23-riverbend-transfer-slip-scan-copper.eml",
        R_MIKE,
        "return slip 2207",
        "Mon, 23 Nov 2026 13:10:42 -0500",
        "<CAM3hWs8Lk1Qx5Ub3Fe9Tn6c@mail.gmail.com>",
        (transfer_s23, PNG, "slip2207.png"),
        {},
    ),
    (
        "s24-keystone-price-audit-xlsx-copper.eml",
        K_DANA,
        "INV-88098 price audit",
        "Tue, 24 Nov 2026 09:20:36 -0500",
        "<SA1PR19MB6620E2D54A7B19@SA1PR19MB6620.namprd19.prod.outlook.com>",
        (audit_s24, XLSX, "price audit INV-88098.xlsx"),
        {},
    ),
    (
        "s25-delgado-notepad-scan-prvs-elbows.eml",
        D_ROSA,
        "lista - SO-104231",
        "Tue, 24 Nov 2026 14:00:03 -0500",
        "<f08a2c6d.3e71.4a95@delgadoplumbing.com>",
        (notepad_s25, PNG, "scan0007.png"),
        {},
    ),
    (
        "s26-summit-statement-xlsx.eml",
        S_LINDA,
        "Statement reconciliation - Brandywine",
        "Wed, 25 Nov 2026 08:45:29 -0500",
        "<20261125134529.9E07@summithvac.net>",
        (recon_s26, XLSX, "Brandywine recon 11-24.xlsx"),
        {},
    ),
    (
        "s27-riverbend-out-of-office.eml",
        R_MIKE,
        "Automatic reply: RPZ failed test - Valley Forge Commons",
        "Fri, 27 Nov 2026 09:10:11 -0500",
        "<CAM3hWs1Oo4Ry7Ac2Vj5Mm0d@mail.gmail.com>",
        None,
        {"In-Reply-To": ACK_S16, "References": ACK_S16, "Auto-Submitted": "auto-replied"},
    ),
    (
        "s28-riverbend-dispute-form-pdf-elbows.eml",
        R_JEN,
        "Invoice dispute ID-0087",
        "Mon, 30 Nov 2026 08:30:57 -0500",
        "<9b2e6f14-0a58-4c73-b1d9-3f7e2a6c8d40@riverbendph.com>",
        (dispute_s28, PDF, "ID-0087.pdf"),
        {},
    ),
    (
        "s29-keystone-service-ticket-scan-circulator.eml",
        K_CARL,
        "warranty - circ pump",
        "Mon, 30 Nov 2026 11:00:24 -0500",
        "<CAP2sVn6Hd0Ty4Wq9Lb3Ek7f@mail.gmail.com>",
        (service_s29, PNG, "ticket21644.png"),
        {},
    ),
    (
        "s30-riverbend-receipt-csv-check-valve.eml",
        R_JEN,
        "PO 24561 partial",
        "Tue, 01 Dec 2026 08:15:38 -0500",
        "<c6d1a0f3-85e2-4b17-9c4a-7e0b3f5d2a61@riverbendph.com>",
        (receipt_s30, CSV, "rcv_24561.csv"),
        {},
    ),
    (
        "s31-delgado-black-pipe-leftover-plain.eml",
        D_MANNY,
        "leftover pipe",
        "Tue, 01 Dec 2026 10:30:16 -0500",
        "<20261201153016.GA8813@delgadosons.com>",
        None,
        {},
    ),
    (
        "s32-delgado-expansion-tanks-size-plain.eml",
        D_ROSA,
        "tanques wrong size PO 40917",
        "Tue, 01 Dec 2026 14:20:45 -0500",
        "<5d19b4e2.a07c.4f63@delgadoplumbing.com>",
        None,
        {},
    ),
    (
        "s33-keystone-wifi-stats-job-shelved-plain.eml",
        K_TOM,
        "St. Agnes on hold - stats",
        "Wed, 02 Dec 2026 09:00:07 -0500",
        "<SA1PR19MB66201B9E3D6C27@SA1PR19MB6620.namprd19.prod.outlook.com>",
        None,
        {},
    ),
    (
        "s34-summit-stat-box-photo-unknown-po.eml",
        S_RAJ,
        "cracked screens",
        "Thu, 03 Dec 2026 09:40:52 -0500",
        "<20261203144052.6B3E@summithvac.net>",
        (statbox_s34, JPEG, "IMG_20261203_0921.jpg"),
        {},
    ),
    (
        "s35-keystone-closeout-surplus-pdf.eml",
        K_NORA,
        "Job 2472 close-out list (FYI)",
        "Thu, 03 Dec 2026 13:25:18 -0500",
        "<SA1PR19MB6620C9F07E4A53@SA1PR19MB6620.namprd19.prod.outlook.com>",
        (closeout_s35, PDF, "2472 closeout.pdf"),
        {},
    ),
    (
        "s36-harbor-estes-inspection-plain.eml",
        H_LUIS,
        "RE: heater claim SO-104241 - Estes inspection",
        "Fri, 04 Dec 2026 08:50:34 -0500",
        "<DM6PR07MB55182E7A0F4B96@DM6PR07MB5518.namprd07.prod.outlook.com>",
        None,
        {"In-Reply-To": ACK_S09, "References": ACK_S09},
    ),
    (
        "s37-delgado-invoice-copies-plain.eml",
        D_ROSA,
        "copias de facturas",
        "Fri, 04 Dec 2026 11:15:26 -0500",
        "<8c4e7a30.b15d.4e02@delgadoplumbing.com>",
        None,
        {},
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, sender, subject, date, msgid, attachment, extra in EMAILS:
        sid = name[:3]
        headers = {
            "From": sender,
            "To": DESK,
            "Subject": subject,
            "Date": date,
            "Message-ID": msgid,
            **extra,
        }
        part = None
        if attachment is not None:
            build, mime, filename = attachment
            part = (build(), mime, filename)
        data = message(headers, BODIES[sid], part, f"----=_h31_{sid}_boundary")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
