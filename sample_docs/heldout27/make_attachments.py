"""Build the heldout27 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout27/make_attachments.py     (from the repository root)

Pillow, fpdf2 and openpyxl come from the project's .venv. Pen writing is drawn glyph by glyph
with jitter in size, angle and baseline from the DejaVu / Liberation oblique and italic fonts
of the system (/usr/share/fonts/truetype/); print is DejaVu Sans; the PDFs use fpdf2's core
Helvetica and Courier.

Phone photos (JPEG): s01 our packing slip with Keystone's receiving notes, s06 a carton label
with a marker note (Riverbend), s16 a box label with a pen note (Delgado), s24 a register box
label (Harbor Point's building), s35 our packing slip signed for a replacement (Summit).
Scans (PNG): s03 the ODFL delivery receipt with the exception in pen, s04 our own-fleet
delivery ticket signed with exceptions, s08 and s19 Summit's return / credit request filled in
by hand, s11 Keystone's field return form, s14 and s32 Bradford Thermal's warranty claim form.
Text PDFs: s05 and s17 Keystone receiving reports, s13 and s31 debit memos, s20 Harbor Point's
vendor credit request, s21 Riverbend's return goods request, s23 Keystone's warranty claim,
s29 Keystone's return authorization request, s34 Harbor Point's remittance advice.
Spreadsheets: .xlsx s02, s10, s26, s27, s37; .csv s09, s15.

Everything is fixed: random seeds, dates, MIME boundaries, PDF creation dates, the xlsx
document properties and zip entry times. The requests without an attachment were written by
hand.
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
    "marker": FONTS / "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
}

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s01": 2705,
    "s03": 2703,
    "s04": 2704,
    "s06": 2706,
    "s08": 2710,
    "s11": 2712,
    "s14": 2717,
    "s16": 2716,
    "s19": 2720,
    "s24": 2722,
    "s32": 2734,
    "s35": 2735,
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


def hand(img, xy, text, rng, size=36, ink: Ink = 40, tilt=3.0, pen="oblique") -> None:
    """Write text glyph by glyph with jitter in size, angle and baseline (a pen)."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 2, size + 3)
        f = tt(PENS[pen], s)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=f, fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, glyph.size, ink)
        img.paste(colour, (x - s // 2, y + rng.randint(-2, 2)), glyph)
        x += int(f.getlength(ch)) + rng.randint(0, 2)


def scan_finish(img, rng, angle, specks) -> bytes:
    """A flatbed scan: slight skew, speckle, a little blur, greyscale PNG."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=246)
    px = img.load()
    w, h = img.size
    for _ in range(specks):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 70, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def photo_finish(img, rng, angle, bg, noise, shade=True) -> bytes:
    """A phone photo: uneven light, a tilt, soft focus, sensor noise, JPEG."""
    if shade:
        w, h = img.size
        grad = Image.linear_gradient("L").rotate(-90).resize((w, h))
        dark = Image.new("RGB", (w, h), (0, 0, 0))
        img = Image.composite(dark, img, grad.point(lambda v: v // 8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(noise):
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-16, 16)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82)
    return buf.getvalue()


def barcode(draw, rng, x, y, h, n, fill=(20, 20, 20)) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 4, 6))
        draw.rectangle([(x, y), (x + w, y + h)], fill=fill)
        x += w + rng.choice((2, 3, 4))


def table(draw, cols, right, top, step, head, rows, size, ink, rule) -> None:
    """A printed table with horizontal rules; empty cells are left to be filled in by hand."""
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
    draw.line([(lx, y + 46), (lx + width, y + 46)], fill=ink, width=2)
    hand(img, (lx + 16, y - 6), value, rng, size=size, ink=pen_ink, tilt=2.0, pen=pen)


# ---------------------------------------------------------------- our packing slip (photos)


def packing_slip(seed, head, rows, recvd, notes, angle, bg, pen="oblique", pen_ink=(20, 35, 125)):
    """Our printed packing slip with the receiver's pen, photographed on a desk or a bench."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 1300), bg)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(60, 40), (1640, 1260)], fill=(245, 244, 239))
    ink = (20, 20, 20)
    draw.text((100, 75), "TRI-STATE SUPPLY", font=font(48, True), fill=ink)
    draw.text((100, 138), "PACKING SLIP", font=font(32), fill=ink)
    draw.text(
        (100, 184),
        "1200 Commerce Dr, Conshohocken PA 19428  -  800-555-0170",
        font=font(21),
        fill=(80, 80, 80),
    )
    barcode(draw, rng, 1180, 80, 64, 44, fill=ink)
    y = 240
    for a, b, c, d in head:
        draw.text((100, y), a, font=font(23), fill=(70, 70, 70))
        draw.text((330, y), b, font=font(28), fill=ink)
        draw.text((930, y), c, font=font(23), fill=(70, 70, 70))
        draw.text((1130, y), d, font=font(28), fill=ink)
        y += 48
    cols = (90, 160, 480, 1060, 1200, 1340)
    top, step = y + 30, 84
    table(
        draw,
        cols,
        1610,
        top,
        step,
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "RECVD"),
        rows,
        29,
        ink,
        (90, 90, 90),
    )
    for r, text in enumerate(recvd):
        if text:
            hand(img, (1380, top + (r + 1) * step + 8), text, rng, size=50, ink=pen_ink, pen=pen)
    y = top + (len(rows) + 1) * step + 44
    for text in notes:
        hand(img, (120, y), text, rng, size=44, ink=pen_ink, tilt=2.5, pen=pen)
        y += 76
    draw.text(
        (100, 1200),
        "Inspect all cartons before signing. Report shortages and damage within 5 days.",
        font=font(21),
        fill=(80, 80, 80),
    )
    return photo_finish(img, rng, angle, bg, 9000)


def slip_s01() -> bytes:
    return packing_slip(
        SEEDS["s01"],
        [
            ("SALES ORDER", "SO-104233", "SHIP DATE", "11/03/2026"),
            ("CUSTOMER PO", "PO-77812", "SHIPMENT", "SH-55121"),
            ("SHIP FROM", "DC-WEST", "CARRIER", "ESTES ES4410391264"),
            ("SHIP TO", "KEYSTONE MECHANICAL", "PAGE", "1 OF 1"),
        ],
        [
            ("3", "VLV-0750-PRV", '3/4" PRV 25-75 PSI', "12", "12", ""),
            ("4", "PIP-PEX-075-300", '3/4" PEX-A 300 FT COIL', "6", "6", ""),
        ],
        ["10", "6"],
        [
            "PRV carton - only 10 in it, 2 short",
            "1 PEX coil crushed, forks went thru",
            "the carton - unusable.   Marco 11/6",
        ],
        -1.2,
        (92, 84, 74),
    )


def slip_s35() -> bytes:
    return packing_slip(
        SEEDS["s35"],
        [
            ("SALES ORDER", "SO-104238  (REPL)", "SHIP DATE", "12/01/2026"),
            ("CUSTOMER PO", "PO-60418", "SHIPMENT", "OWN FLEET"),
            ("SHIP FROM", "DC-EAST", "CARRIER", "TRUCK 9"),
            ("SHIP TO", "SUMMIT HVAC SERVICES", "PAGE", "1 OF 1"),
        ],
        [
            ("3", "HVC-FLT-1625-M11", "16X25X1 MERV 11 CS/12", "10", "10", ""),
        ],
        ["10"],
        [
            "all 10 cs rec'd OK - MERV 11 this time",
            "MERV 8s went back w/ driver.  T.B. 12/2",
        ],
        1.5,
        (120, 118, 112),
        pen="narrow",
        pen_ink=(30, 30, 30),
    )


# ---------------------------------------------------------------- delivery paperwork (scans)


def ticket_s04() -> bytes:
    """s04: our own-fleet delivery ticket, customer copy, signed with exceptions, scanned."""
    rng = random.Random(SEEDS["s04"])
    img = Image.new("L", (1700, 1400), 250)
    draw = ImageDraw.Draw(img)
    draw.text((80, 60), "TRI-STATE SUPPLY", font=font(46, True), fill=15)
    draw.text((80, 122), "DELIVERY TICKET - CUSTOMER COPY", font=font(30), fill=20)
    draw.text((1120, 70), "TKT 0046619", font=font(32), fill=20)
    barcode(draw, rng, 1120, 120, 56, 42, fill=20)
    y = 205
    for a, b, c, d in (
        ("ORDER:", "SO-104239", "DATE:", "11/09/2026"),
        ("CUST PO:", "PO-70231", "SHIPMENT:", "SH-55146"),
        ("SHIP TO:", "HARBOR POINT PROPERTY MGMT", "ROUTE:", "OWN FLEET  TRK 14"),
        ("", "300 HARBOR WAY, BLDG A", "DRIVER:", "R. HAYES"),
    ):
        draw.text((80, y), a, font=font(23), fill=70)
        draw.text((260, y), b, font=font(28), fill=15)
        draw.text((960, y), c, font=font(23), fill=70)
        draw.text((1130, y), d, font=font(28), fill=15)
        y += 48
    cols = (70, 140, 470, 1110, 1260)
    top, step = y + 30, 84
    table(
        draw,
        cols,
        1630,
        top,
        step,
        ("LN", "ITEM", "DESCRIPTION", "QTY", "RECVD"),
        [
            ("1", "HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER WH", "60", ""),
            ("2", "HVC-FLT-1625-M11", "16X25X1 MERV 11 CS/12", "24", ""),
            ("3", "TST-2100-NP", "NON-PROG DIGITAL T-STAT 24V", "10", ""),
        ],
        28,
        15,
        90,
    )
    for r, text in enumerate(("54", "24", "10")):
        hand(img, (1300, top + (r + 1) * step + 10), text, rng, size=48, ink=30, pen="sans")
    y = top + 4 * step + 40
    draw.text((80, y), "EXCEPTIONS / OVER-SHORT-DAMAGE:", font=font(26, True), fill=15)
    y += 56
    for text in ("2 T-STATS - CRACKED FRONT COVERS", "REGISTERS SHORT 6  (GOT 54)"):
        hand(img, (110, y), text, rng, size=42, ink=30, tilt=2.0, pen="sans")
        y += 72
    draw.text((80, 1250), "Received by:", font=font(23), fill=70)
    hand(img, (270, 1226), "L. Ortega  11/9", rng, size=38, ink=30, pen="sans")
    draw.text((900, 1250), "Driver initials:", font=font(23), fill=70)
    hand(img, (1110, 1226), "RH", rng, size=38, ink=30, pen="sans")
    return scan_finish(img, rng, 0.7, 9000)


def odfl_s03() -> bytes:
    """s03: the ODFL delivery receipt, consignee copy, with the exception in pen, scanned."""
    rng = random.Random(SEEDS["s03"])
    img = Image.new("L", (1600, 1300), 250)
    draw = ImageDraw.Draw(img)
    draw.text((80, 60), "OLD DOMINION FREIGHT LINE", font=font(44, True), fill=15)
    draw.text((80, 120), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(27), fill=20)
    draw.text((1040, 64), "PRO OD0782290518", font=font(30), fill=20)
    barcode(draw, rng, 1050, 110, 54, 46, fill=20)
    y = 200
    for key, value in (
        ("CONSIGNEE:", "SUMMIT HVAC SERVICES"),
        ("", "410 ALLEGHENY AVE, WHSE 2"),
        ("SHIPPER:", "TRI-STATE SUPPLY  DC-SOUTH"),
        ("REFERENCE:", "SO-104228    PO-60377"),
        ("DELIVERED:", "11/02/2026   2:15 PM"),
    ):
        draw.text((80, y), key, font=font(23), fill=70)
        draw.text((330, y), value, font=font(28), fill=15)
        y += 46
    cols = (70, 220, 420, 1180)
    table(
        draw,
        cols,
        1530,
        y + 20,
        66,
        ("HU", "PCS", "DESCRIPTION", "WEIGHT"),
        [
            ("1 PLT", "40 CTN", "CEILING TILE 2X2 ACOUSTIC", "468 LB"),
            ("1 CTN", "30 PC", "FLOOR REGISTER 10X6", "95 LB"),
        ],
        25,
        15,
        80,
    )
    y = y + 20 + 66 * 3 + 40
    draw.text((80, y), "EXCEPTIONS:", font=font(27, True), fill=15)
    y += 56
    for text in ("2 CTNS TILE CRUSHED", "FORKLIFT - TILES BROKEN IN HALF"):
        hand(img, (120, y), text, rng, size=44, ink=30, tilt=2.0, pen="narrow")
        y += 74
    draw.text((80, 1150), "Received in good order except as noted.", font=font(23), fill=70)
    draw.text((80, 1212), "Consignee:", font=font(23), fill=70)
    hand(img, (250, 1190), "T. Brandt", rng, size=38, ink=30, pen="narrow")
    draw.text((820, 1212), "Driver:", font=font(23), fill=70)
    hand(img, (930, 1190), "#4471", rng, size=36, ink=30, pen="narrow")
    return scan_finish(img, rng, -0.9, 9000)


# ---------------------------------------------------------------- forms filled in by hand (scans)

SUMMIT_CODES = (
    "REASON CODES:  01 DAMAGED IN TRANSIT   02 SHORT SHIPPED   03 WRONG ITEM RECEIVED",
    "04 DEFECTIVE / WARRANTY   05 NOT NEEDED / OVERSTOCK   06 OVERSHIPPED   07 PRICE ERROR",
)


def hand_form(
    seed, title, sub, formno, fields_, cols, head, rows, legend, sign, angle, pen="oblique", nrows=4
):
    """A printed form with header fields and an empty table, filled in by pen, scanned."""
    rng = random.Random(seed)
    img = Image.new("L", (1700, 1360), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), title, font=font(42, True), fill=15)
    draw.text((70, 108), sub, font=font(30), fill=25)
    draw.text((1180, 60), formno, font=font(23), fill=60)
    for (x, y), label, value, width in fields_:
        field(img, draw, (x, y), label, value, rng, width, 40, 25, size=36, pen=pen)
    top, step = 370, 88
    table(draw, cols, 1640, top, step, head, [("",) * len(cols)] * nrows, 22, 20, 90)
    for i, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            if text:
                hand(
                    img,
                    (x + 16, top + (i + 1) * step + 16),
                    text,
                    rng,
                    size=34,
                    ink=25,
                    tilt=2.0,
                    pen=pen,
                )
    y = top + (nrows + 1) * step + 36
    for text in legend:
        draw.text((70, y), text, font=font(22), fill=40)
        y += 36
    draw.text((70, y + 40), "SIGNED:", font=font(22), fill=60)
    draw.line([(180, y + 72), (700, y + 72)], fill=90, width=2)
    hand(img, (210, y + 24), sign, rng, size=34, ink=25, pen=pen)
    return scan_finish(img, rng, angle, 10000)


SUMMIT_COLS = (60, 420, 830, 960, 1100)
SUMMIT_HEAD = ("ITEM # / UPC", "DESCRIPTION", "QTY", "CODE", "COMMENTS")


def summit_s08() -> bytes:
    return hand_form(
        SEEDS["s08"],
        "SUMMIT HVAC SERVICES",
        "RETURN / CREDIT REQUEST",
        "FORM SHV-114 REV 3",
        [
            ((70, 190), "VENDOR:", "TRI-STATE", 520),
            ((860, 190), "DATE:", "11/12/26", 420),
            ((70, 270), "VENDOR ORDER #:", "SO-104238", 430),
            ((860, 270), "OUR PO #:", "PO-60418", 380),
        ],
        SUMMIT_COLS,
        SUMMIT_HEAD,
        [
            ("061234516251", "16X25X1 FILTER", "10", "03", "RECD MERV 8"),
            ("", "", "", "", "SPEC IS MERV 11"),
            ("TST-7500-PRO", "WIFI T-STAT", "2", "05", "NEVER OPENED"),
        ],
        SUMMIT_CODES,
        "R. PATEL",
        0.5,
    )


def summit_s19() -> bytes:
    return hand_form(
        SEEDS["s19"],
        "SUMMIT HVAC SERVICES",
        "RETURN / CREDIT REQUEST",
        "FORM SHV-114 REV 3",
        [
            ((70, 190), "VENDOR:", "TRI-STATE", 520),
            ((860, 190), "DATE:", "11/19/26", 420),
            ((70, 270), "VENDOR ORDER #:", "SO-104239", 430),
            ((860, 270), "OUR PO #:", "HARBOR PT JOB", 380),
        ],
        SUMMIT_COLS,
        SUMMIT_HEAD,
        [
            ("TST-2100-NP", "NON-PROG TSTAT", "1", "04", "DEAD - NO DISPLAY"),
            ("", "", "", "", "BLDG B UNIT 214"),
        ],
        SUMMIT_CODES,
        "R. PATEL",
        -0.6,
    )


def keystone_s11() -> bytes:
    return hand_form(
        SEEDS["s11"],
        "KEYSTONE MECHANICAL CONTRACTORS",
        "FIELD RETURN - MATERIAL ISSUE",
        "KM-FRM-7",
        [
            ((70, 190), "JOB:", "2452 Media Boro Hall", 520),
            ((860, 190), "DATE:", "11/14/26", 420),
            ((70, 270), "SUPPLIER ORDER:", "PO 77731", 430),
            ((860, 270), "FOREMAN:", "P. Casey", 380),
        ],
        (60, 420, 860, 1000, 1140),
        ("PART NO", "DESCRIPTION", "QTY", "RETURN", "PROBLEM"),
        [
            ("KM-88107", '1" BALL VALVE', "30", "4", "LEAKS AT STEM"),
            ("", "", "", "", "WHEN CLOSED"),
            ("PEX CPLG 1/2", "BAG/25", "20", "0", "OK"),
        ],
        ("RETURN = qty going back.  Tag each part.  Office: 215-555-0143 x230",),
        "Pat Casey",
        0.9,
        pen="narrow",
    )


BRADFORD_LEGEND = (
    "Claims are submitted through the selling dealer with proof of purchase.",
    "Failed unit must be held for inspection for 30 days.  Bradford Thermal 1-800-555-0199",
)


def bradford_s14() -> bytes:
    return hand_form(
        SEEDS["s14"],
        "BRADFORD THERMAL PRODUCTS",
        "WATER HEATER WARRANTY CLAIM",
        "BTP-WC 04/25",
        [
            ((70, 190), "DEALER:", "Tri-State Supply", 480),
            ((860, 190), "DATE:", "11/17/26", 420),
            ((70, 270), "DEALER ORDER #:", "SO-104241", 430),
            ((860, 270), "INSTALLED:", "11/12/26", 380),
        ],
        (60, 400, 760, 900, 1040),
        ("MODEL / SKU", "SERIAL NO", "QTY", "", "FAILURE"),
        [
            ("WH-50G-NG", "BT2611-0442", "1", "", "PILOT WONT STAY LIT"),
            ("", "", "", "", "NEW T-COUPLE - SAME"),
        ],
        ("Site: 300 Harbor Way Bldg C, unit 3B", *BRADFORD_LEGEND),
        "Luis Ortega",
        -0.7,
        pen="sans",
    )


def bradford_s32() -> bytes:
    return hand_form(
        SEEDS["s32"],
        "BRADFORD THERMAL PRODUCTS",
        "WATER HEATER WARRANTY CLAIM",
        "BTP-WC 04/25",
        [
            ((70, 190), "DEALER:", "Tri-State", 480),
            ((860, 190), "DATE:", "11/30/26", 420),
            ((70, 270), "DEALER ORDER #:", "SO-104216", 430),
            ((860, 270), "INSTALLED:", "10/09/26", 380),
        ],
        (60, 400, 760, 900, 1040),
        ("MODEL / SKU", "SERIAL NO", "QTY", "", "FAILURE"),
        [
            ("WH-40G-EL", "BT2609-1187", "1", "", "LOWER ELEMENT SHORT"),
            ("", "", "", "", "TRIPS 30A BREAKER"),
        ],
        ("Site: 27 Walnut St, Wilmington DE", *BRADFORD_LEGEND),
        "Hector R.",
        0.8,
    )


# ---------------------------------------------------------------- labels (phone photos)


def carton_label(seed, lines, pen_lines, pen_ink, angle, cardboard=(196, 160, 112)) -> bytes:
    """Our printed carton label on cardboard, a marker note on its blank foot, photographed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1600, 1200), cardboard)
    draw = ImageDraw.Draw(img)
    dark = tuple(max(0, c - 16) for c in cardboard)
    for _ in range(45):  # fibres and scuffs
        x, y = rng.randrange(1600), rng.randrange(1200)
        draw.line([(x, y), (x + rng.randint(20, 140), y + rng.randint(-6, 6))], fill=dark, width=2)
    draw.rectangle([(130, 80), (1470, 1120)], fill=(247, 247, 243))
    ink = (15, 15, 15)
    y = 120
    for text, size, bold in lines:
        draw.text((180, y), text, font=font(size, bold), fill=ink)
        y += size + 24
    barcode(draw, rng, 190, y + 6, 90, 64, fill=ink)
    y += 150
    for text in pen_lines:
        hand(img, (220, y), text, rng, size=64, ink=pen_ink, tilt=2.0, pen="marker")
        y += 104
    return photo_finish(img, rng, angle, cardboard, 12000)


def label_s06() -> bytes:
    return carton_label(
        SEEDS["s06"],
        [
            ("TRI-STATE SUPPLY  DC-SOUTH", 26, False),
            ("SHIP TO: RIVERBEND PLUMBING & HEATING", 28, True),
            ("SO-104236      PO 24519", 38, True),
            ("ITEM: FTG-PEX-CPL-050", 38, False),
            ('1/2" PEX BRASS CRIMP COUPLING', 28, False),
            ("QTY: 10 BAG (25/BAG)    CTN 2 OF 3", 30, False),
        ],
        ["2 BAGS = ELBOWS", "NOT COUPLINGS!"],
        (150, 18, 22),
        1.8,
    )


def label_s16() -> bytes:
    return carton_label(
        SEEDS["s16"],
        [
            ("TRI-STATE SUPPLY", 30, True),
            ("FTG-CU-E90-100", 44, True),
            ('1" WROT COPPER 90 ELL  C x C', 30, False),
            ("QTY: 25 EA", 40, False),
            ("SO-104231   PO-40962", 30, False),
        ],
        ["THESE ARE 45s !!", "NOT 90"],
        (25, 30, 110),
        -1.3,
        cardboard=(190, 152, 104),
    )


def label_s24() -> bytes:
    return carton_label(
        SEEDS["s24"],
        [
            ("SHIP TO: HARBOR POINT PROPERTY MGMT", 28, True),
            ("SO-104246      PO-70296", 38, True),
            ("ITEM: HVC-REG-1006-W", 38, False),
            ("10X6 STEEL FLOOR REGISTER WHITE", 28, False),
            ("QTY: 10 EA        CTN 3 OF 4", 36, False),
        ],
        ["10 x 4 INSIDE"],
        (20, 20, 20),
        2.4,
        cardboard=(186, 150, 104),
    )


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


def cell_row(pdf: FPDF, widths, texts, h: float = 7, style: str = "", size: int = 9) -> None:
    pdf.set_font("Helvetica", style, size)
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


def para(pdf: FPDF, text: str, size: int = 9) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


KEYSTONE_ADDR = (
    "1450 Industrial Hwy, Unit 3, Eddystone PA 19022",
    "Tel 215-555-0143   Fax 215-555-0199",
)


def keystone_rdr_s05() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 9, 16, 41, tzinfo=dt.UTC))
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8, "B", 14)
    for text in KEYSTONE_ADDR:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, "RECEIVING DISCREPANCY REPORT   RDR-11092", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "Our PO:", "PO-77830"),
            ("Vendor order:", "SO-104235", "Received:", "11/06/2026"),
            ("Carrier:", "ODFL  PRO OD0782301177", "Received by:", "M. Bianchi"),
            ("Printed:", "11/09/2026 11:41", "Job:", "2440 Chester Upland MS"),
        ],
    )
    pdf.ln(4)
    widths = (9, 22, 32, 52, 17, 17, 19, 17)
    cell_row(
        pdf,
        widths,
        ("Ln", "Our part", "Vendor item", "Description", "Ordered", "Shipped", "Received", "Var"),
        style="B",
    )
    for row in (
        ("1", "KM-88502", "VLV-3100-CK", '3" CI swing check valve flg', "6", "6", "6", "0"),
        ("2", "KM-40415", "FTG-BI-U-150", '1-1/2" black mall union', "40", "40", "36", "-4"),
        ("3", "", "HVC-CND-PUMP", "Condensate pump 115V", "8", "8", "8", "0"),
        ("4", "", "PMP-CIRC-015", "Circulator 1/25 HP", "4", "4", "4", "0"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(4)
    para(
        pdf,
        "Discrepancies: line 2 - received 36 of 40 shipped (carton count 9 bags of 4, "
        "packing slip shows 10). Shortage noted on the carrier's receipt.",
    )
    pdf.ln(2)
    para(pdf, "Action requested: credit for the shortage or ship the balance.")
    return pdf_bytes(pdf)


def keystone_rr_s17() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 18, 21, 7, tzinfo=dt.UTC))
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8, "B", 14)
    for text in KEYSTONE_ADDR:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, "RECEIVING REPORT   RR-26-1183", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "Our PO:", "PO 77866"),
            ("Received:", "11/18/2026 14:20", "Received by:", "M. Bianchi"),
            ("Carrier:", "R+L  PRO RL123598804", "Job:", "2461 Springfield HS"),
        ],
    )
    pdf.ln(4)
    widths = (10, 34, 62, 20, 22, 20)
    cell_row(
        pdf, widths, ("Ln", "Item", "Description", "Ordered", "Received", "Damaged"), style="B"
    )
    for row in (
        ("1", "VLV-0750-PRV", '3/4" PRV 25-75 psi', "8", "8", "3"),
        ("2", "FTG-CU-E90-100", '1" wrot Cu 90 ell CxC', "100", "100", "0"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(4)
    para(
        pdf,
        "Remarks: line 1 - 3 PRVs with the cast bell housing cracked, carton crushed on one "
        "corner. Photos on file. Held in receiving cage, bin R-4.",
    )
    return pdf_bytes(pdf)


def debit_memo(created, company, address, title, fields_, head, widths, rows, total, notes):
    pdf = new_pdf(created)
    line(pdf, company, 8, "B", 14)
    for text in address:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, title, 8, "B", 12)
    pdf.ln(1)
    header_fields(pdf, fields_)
    pdf.ln(4)
    cell_row(pdf, widths, head, style="B")
    for row in rows:
        cell_row(pdf, widths, row)
    pdf.ln(3)
    line(pdf, total, 7, "B", 11)
    pdf.ln(3)
    for text in notes:
        para(pdf, text)
    return pdf_bytes(pdf)


MEMO_HEAD = ("Item", "Description", "Qty", "Inv price", "PO price", "Diff", "Amount")
MEMO_WIDTHS = (32, 58, 14, 22, 22, 18, 24)


def summit_memo_s13() -> bytes:
    return debit_memo(
        dt.datetime(2026, 11, 17, 16, 55, tzinfo=dt.UTC),
        "SUMMIT HVAC SERVICES",
        ("410 Allegheny Ave, Pittsburgh PA 15212", "Accounts Payable  555-214-7781 x110"),
        "DEBIT MEMO   DM-1117",
        [
            ("Vendor:", "Tri-State Supply", "Date:", "11/17/2026"),
            ("Invoice:", "INV-88152", "Invoice date:", "11/05/2026"),
            ("Our PO:", "PO-60418", "Your order:", "SO-104238"),
        ],
        MEMO_HEAD,
        MEMO_WIDTHS,
        [("TST-2100-NP", "Non-prog digital thermostat", "20", "28.90", "26.50", "2.40", "48.00")],
        "Total debit: $48.00",
        [
            "PO price per your quote Q-5521 dated 10/28/2026 (R. Patel). The invoice was short "
            "paid by the amount above; please issue a credit memo to match.",
        ],
    )


def keystone_memo_s31() -> bytes:
    return debit_memo(
        dt.datetime(2026, 12, 1, 13, 48, tzinfo=dt.UTC),
        "KEYSTONE MECHANICAL CONTRACTORS",
        KEYSTONE_ADDR,
        "DEBIT MEMO   DM-26-0511",
        [
            ("Vendor:", "Tri-State Supply", "Date:", "12/01/2026"),
            ("Invoice:", "INV-88133", "Invoice date:", "11/04/2026"),
            ("Our PO:", "PO-77830", "Your order:", "SO-104235"),
        ],
        MEMO_HEAD,
        MEMO_WIDTHS,
        [
            ("VLV-3100-CK", '3" CI swing check valve', "6", "189.00", "189.00", "0.00", "0.00"),
            ("FTG-BI-U-150", '1-1/2" black mall union', "40", "10.80", "10.80", "0.00", "0.00"),
            ("HVC-CND-PUMP", "Condensate pump 115V", "8", "64.90", "61.50", "3.40", "27.20"),
            ("PMP-CIRC-015", "Circulator 1/25 HP", "4", "139.00", "139.00", "0.00", "0.00"),
        ],
        "Total debit: $27.20",
        [
            "Invoice price differs from the PO price on one line. The invoice will be paid less "
            "this debit. Questions: Dana Ruiz, 215-555-0143 x221.",
        ],
    )


def harbor_vcr_s20() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 20, 16, 51, tzinfo=dt.UTC))
    line(pdf, "HARBOR POINT PROPERTY MANAGEMENT", 8, "B", 14)
    line(pdf, "300 Harbor Way, Bldg A  -  Accounts Payable 555-331-0600 ext 20", 5, "", 9)
    pdf.ln(4)
    line(pdf, "VENDOR CREDIT REQUEST   VCR-2026-118", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "Date:", "11/20/2026"),
            ("PO:", "PO-70231", "Invoice:", "INV-88160"),
            ("Delivered:", "11/09/2026", "Requested by:", "L. Ortega"),
        ],
    )
    pdf.ln(4)
    widths = (34, 70, 16, 26, 28)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Unit", "Amount"), style="B")
    cell_row(pdf, widths, ("TST-2100-NP", "Non-programmable thermostat", "2", "29.50", "59.00"))
    pdf.ln(3)
    line(pdf, "Credit requested: $59.00", 7, "B", 11)
    pdf.ln(2)
    para(
        pdf,
        "Reason: damaged in delivery - front covers cracked. Noted on your delivery ticket at "
        "receipt. Please reference VCR-2026-118 on the credit memo.",
    )
    return pdf_bytes(pdf)


def riverbend_rgr_s21() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 23, 14, 2, tzinfo=dt.UTC))
    line(pdf, "RIVERBEND PLUMBING & HEATING", 8, "B", 14)
    line(pdf, "4410 River Rd, Riverbend PA 19061  -  610-555-0100", 5, "", 9)
    pdf.ln(4)
    line(pdf, "RETURN GOODS REQUEST   RGR-1141", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "Date:", "11/23/2026"),
            ("Vendor order:", "SO-104222", "Our PO:", "PO-24415"),
            ("Invoice:", "INV-88086", "Requested by:", "M. O'Brien"),
        ],
    )
    pdf.ln(4)
    widths = (36, 70, 22, 22, 20)
    cell_row(pdf, widths, ("Item", "Description", "Qty rec'd", "Qty return", "Code"), style="B")
    for row in (
        ("BFP-RPZ-300-SO", '3" RPZ backflow assembly', "1", "1", "E"),
        ("VLV-3100-CK", '3" swing check valve', "2", "0", "-"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(4)
    para(
        pdf,
        "Codes: A damaged  B short  C wrong item  D defective  E no longer needed  "
        "F overshipped  G pricing",
    )
    pdf.ln(2)
    para(
        pdf,
        "Notes: Penn Valley ES job postponed to summer 2027 by the school district. RPZ never "
        "installed, still crated with the test tag. Check valves stay (used on the boiler room).",
    )
    return pdf_bytes(pdf)


def keystone_warranty_s23() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 24, 13, 31, tzinfo=dt.UTC))
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS - SERVICE DEPT", 8, "B", 13)
    for text in KEYSTONE_ADDR:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, "WARRANTY CLAIM   WC-26-0219", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Supplier:", "Tri-State Supply", "Claim date:", "11/24/2026"),
            ("Supplier order:", "SO-104201", "Our PO:", "PO-76115"),
            ("Installed:", "10/28/2025", "Failed:", "11/21/2026"),
            ("Site:", "St. Luke rectory, Glen Mills", "Tech:", "D. Farrell"),
        ],
    )
    pdf.ln(4)
    widths = (34, 60, 14, 34, 48)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Serial", "Failure"), style="B")
    cell_row(
        pdf,
        widths,
        ("PMP-CIRC-015", "Circulator 1/25 HP 115V", "1", "CP25-118820", "Motor seized / hums"),
    )
    pdf.ln(4)
    para(
        pdf,
        "Description: no-heat call 11/21. Circulator hums, shaft will not turn, no flow through "
        "zone 2. Replaced from truck stock. Failed unit tagged and held for pickup.",
    )
    return pdf_bytes(pdf)


def keystone_rar_s29() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 11, 30, 13, 19, tzinfo=dt.UTC))
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS - PURCHASING", 8, "B", 13)
    for text in KEYSTONE_ADDR:
        line(pdf, text, 5, "", 9)
    pdf.ln(4)
    line(pdf, "RETURN AUTHORIZATION REQUEST   RAR-26-044", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Vendor:", "Tri-State Supply", "Date:", "11/30/2026"),
            ("Vendor order:", "SO-104233", "Our PO:", "PO-77812"),
            ("Invoices:", "INV-88120, INV-88121", "Job:", "2460 Ridley Twp pool hse"),
        ],
    )
    pdf.ln(4)
    widths = (34, 58, 20, 22, 22, 26)
    cell_row(
        pdf, widths, ("Item", "Description", "Qty rec'd", "Qty return", "Unit", "Ext"), style="B"
    )
    for row in (
        ("VLV-2210-BR", '2" bronze gate valve thd', "40", "40", "58.90", "2,356.00"),
        ("FTG-CU-E90-100", '1" wrot Cu 90 ell', "150", "0", "2.95", "0.00"),
        ("VLV-0750-PRV", '3/4" PRV 25-75 psi', "10", "0", "91.40", "0.00"),
        ("PIP-PEX-075-300", '3/4" PEX-A 300 ft coil', "5", "5", "164.00", "820.00"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(3)
    line(pdf, "Total at cost: $3,176.00 (less restocking per our agreement)", 7, "B", 10)
    pdf.ln(2)
    para(
        pdf,
        "Reason: project cancelled by the owner 11/25. Material unused, in original cartons, "
        "staged at our yard for pickup. Elbows and PRVs were moved to job 2452 and are not "
        "returned.",
    )
    return pdf_bytes(pdf)


def harbor_remit_s34() -> bytes:
    pdf = new_pdf(dt.datetime(2026, 12, 2, 16, 22, tzinfo=dt.UTC))
    line(pdf, "HARBOR POINT PROPERTY MANAGEMENT", 8, "B", 14)
    line(pdf, "300 Harbor Way, Bldg A  -  Accounts Payable 555-331-0600 ext 20", 5, "", 9)
    pdf.ln(4)
    line(pdf, "REMITTANCE ADVICE", 8, "B", 12)
    pdf.ln(1)
    header_fields(
        pdf,
        [
            ("Payee:", "Tri-State Supply", "Payment date:", "12/02/2026"),
            ("Method:", "ACH", "Payment no:", "004417"),
        ],
    )
    pdf.ln(4)
    widths = (30, 26, 26, 30, 26, 30)
    cell_row(pdf, widths, ("Invoice", "Inv date", "PO", "Amount", "Discount", "Paid"), style="B")
    for row in (
        ("INV-88160", "11/09/2026", "PO-70231", "1,552.60", "0.00", "1,552.60"),
        ("INV-88171", "11/09/2026", "PO-70288", "2,194.50", "0.00", "2,194.50"),
        ("INV-88190", "11/16/2026", "PO-70296", "348.80", "0.00", "348.80"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(3)
    line(pdf, "Total paid: $4,095.90", 7, "B", 11)
    pdf.ln(2)
    para(
        pdf,
        "Credits on open claims will be applied when your credit memos are received. "
        "Remit questions to payables@harborpointpm.com.",
    )
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


def sheet(title, heading, head, rows, when, widths=(18, 32, 10, 10, 10, 10, 36)) -> bytes:
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
    for col, width in zip("ABCDEFGHIJK", widths, strict=False):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb, when)


def riverbend_xlsx_s02() -> bytes:
    return sheet(
        "Receiving",
        [
            "Riverbend Plumbing & Heating - receiving check",
            "Tri-State SO-104236 / PO 24519 / UPS 1Z4F83090342217816 / rec'd 11/6 KL",
        ],
        ["Item", "Description", "Ordered", "Shipped", "Rec'd", "Damaged", "Notes"],
        [
            [
                "VLV-1005-BV",
                '1" brass ball valve FP thd',
                24,
                24,
                24,
                3,
                "handles snapped, box crushed",
            ],
            ["FTG-PEX-CPL-050", '1/2" PEX crimp cplg bag/25', 10, 10, 10, 0, ""],
            ["PIP-PEX-075-300", "3/4\" PEX-A 300' coil", 2, 2, 2, 0, ""],
        ],
        dt.datetime(2026, 11, 9, 14, 58, tzinfo=dt.UTC),
    )


def summit_xlsx_s10() -> bytes:
    return sheet(
        "PO-60455",
        [
            "Summit HVAC Services - warehouse receiving",
            "PO-60455 / Tri-State SO-104244 / UPS 1Z4F83090342291043 / received 11/12/2026",
        ],
        ["Item", "Description", "PO qty", "Slip qty", "Received", "Over/(Short)", "Note"],
        [
            ["HVC-CND-PUMP", "Condensate pump 115V", 10, 10, 12, 2, "2 extra - on the shelf"],
            ["TST-2100-NP", "Non-prog t-stat 24V", 12, 12, 12, 0, ""],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 cs/12", 20, 20, 20, 0, ""],
        ],
        dt.datetime(2026, 11, 13, 18, 21, tzinfo=dt.UTC),
    )


def keystone_xlsx_s26() -> bytes:
    return sheet(
        "Return list",
        [
            "Keystone Mechanical - job 2417 Marple Twp Library - leftover material",
            "Supplier Tri-State, PO 77790, delivered 10/28/2026. Prepared by P. Casey 11/24",
        ],
        ["Item", "Our part", "Description", "Delivered", "Used", "Return", "Reason"],
        [
            ["PIP-CU-L-100-20", "KM-20100", "1\" type L copper 20'", 30, 30, 0, ""],
            [
                "FTG-CU-E90-100",
                "KM-40112",
                '1" wrot copper 90',
                200,
                0,
                200,
                "not needed - went to press fittings",
            ],
            [
                "VLV-1005-BV",
                "KM-88107",
                '1" ball valve FP',
                36,
                34,
                2,
                "defective - will not shut off",
            ],
        ],
        dt.datetime(2026, 11, 25, 13, 44, tzinfo=dt.UTC),
        widths=(18, 12, 28, 11, 8, 8, 38),
    )


def riverbend_xlsx_s27() -> bytes:
    return sheet(
        "Punch list",
        [
            "Riverbend P&H - punch list - 1180 Baltimore Pike townhomes (PO 24460)",
            "Walked 11/24 with the GC. M. O'Brien",
        ],
        ["#", "Location", "Item", "Issue", "Qty", "Action", "Status"],
        [
            [
                1,
                "Units 2, 5, 6 baths",
                '3/4" sweat ball valve (Tri-State)',
                "leaks at stem when closed",
                3,
                "return to Tri-State for credit",
                "open",
            ],
            [
                2,
                "Unit 4 kitchen",
                '2" PVC tee',
                "cracked during install (ours)",
                1,
                "replace from truck stock",
                "done",
            ],
            [3, "Mech room", '1" copper risers', "need 2 more hangers", 0, "Jose", "open"],
            [4, "Unit 1", "WC supply", "escutcheon missing", 1, "Jose", "done"],
        ],
        dt.datetime(2026, 11, 25, 16, 18, tzinfo=dt.UTC),
        widths=(5, 20, 32, 32, 6, 30, 8),
    )


def keystone_xlsx_s37() -> bytes:
    return sheet(
        "Open credits",
        [
            "Keystone Mechanical - vendor credits open - Tri-State Supply",
            "As of 12/04/2026 (AP, D. Ruiz)",
        ],
        ["Your SO", "Our PO", "Item", "Issue", "Qty", "Credit expected", "Reported"],
        [
            ["SO-104233", "PO-77812", "VLV-0750-PRV", "short", 2, 182.80, "11/09/2026"],
            ["SO-104233", "PO-77812", "PIP-PEX-075-300", "damaged", 1, 164.00, "11/09/2026"],
            ["SO-104235", "PO-77830", "FTG-BI-U-150", "short", 4, 43.20, "11/10/2026"],
            ["SO-104235", "PO-77830", "PMP-CIRC-015", "damaged", 1, 139.00, "11/10/2026"],
            ["SO-104226", "PO-77790", "PIP-CU-L-100-20", "price", 30, 138.00, "11/18/2026"],
        ],
        dt.datetime(2026, 12, 4, 14, 12, tzinfo=dt.UTC),
        widths=(12, 11, 18, 10, 6, 16, 12),
    )


def riverbend_csv_s09() -> bytes:
    return csv_bytes(
        [
            ["Riverbend P&H count sheet", "PO 24530", "SO-104243", "R+L RL123512650", "11/12/26"],
            [],
            ["Item", "Description", "Shipped", "Counted", "Damaged", "Short", "Notes"],
            ["VLV-1005-BV", '1" ball valve', "48", "48", "2", "0", "bodies cracked"],
            ["FTG-CU-E90-100", '1" Cu 90 CxC', "250", "225", "0", "25", "1 box missing"],
            ["VLV-0750-PRV", '3/4" PRV', "4", "4", "0", "0", ""],
            ["counted by JM / KL"],
        ]
    )


def keystone_csv_s15() -> bytes:
    return csv_bytes(
        [
            [
                "Vendor",
                "Invoice",
                "Inv Date",
                "PO",
                "Item",
                "Qty",
                "Inv Price",
                "PO Price",
                "Var/Unit",
                "Ext Var",
                "Status",
            ],
            [
                "TRI-STATE SUPPLY",
                "INV-88098",
                "10/26/2026",
                "PO-77790",
                "PIP-CU-L-100-20",
                "30",
                "76.40",
                "71.80",
                "4.60",
                "138.00",
                "HOLD",
            ],
            [
                "TRI-STATE SUPPLY",
                "INV-88098",
                "10/26/2026",
                "PO-77790",
                "FTG-CU-E90-100",
                "200",
                "2.95",
                "2.95",
                "0.00",
                "0.00",
                "MATCHED",
            ],
            [
                "TRI-STATE SUPPLY",
                "INV-88098",
                "10/26/2026",
                "PO-77790",
                "VLV-1005-BV",
                "36",
                "15.20",
                "15.20",
                "0.00",
                "0.00",
                "MATCHED",
            ],
            [
                "TRI-STATE SUPPLY",
                "INV-88120",
                "11/02/2026",
                "PO-77812",
                "VLV-2210-BR",
                "40",
                "58.90",
                "58.90",
                "0.00",
                "0.00",
                "MATCHED",
            ],
            [
                "TRI-STATE SUPPLY",
                "INV-88120",
                "11/02/2026",
                "PO-77812",
                "FTG-CU-E90-100",
                "150",
                "2.95",
                "2.95",
                "0.00",
                "0.00",
                "MATCHED",
            ],
        ]
    )


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")
CSV = ("text", "csv")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def wrap(body: str, width: int = 76) -> str:
    """Refill paragraphs that have a line over width, as a mail client does (stays 7bit)."""
    out = []
    for para_ in body.split("\n\n"):
        lines = para_.split("\n")
        if all(len(text) <= width for text in lines):
            out.append(para_)
            continue
        out.append("\n".join(textwrap.wrap(" ".join(t.strip() for t in lines), width)))
    return "\n\n".join(out)


def message(headers, body, attachment, boundary) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(wrap(body))
    data, (maintype, subtype), filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


TOM = "Tom Morales\nPurchasing | Keystone Mechanical Contractors\nP 215-555-0143 x214 | C 267-555-0188\n"
DANA = "Dana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\nP: 215-555-0143 x221 | F: 215-555-0199\n"
KAREN = "Karen Liu | Office Manager\nRiverbend Plumbing & Heating\n610-555-0100 ext 1\n"
MIKE = "Mike O'Brien\nProject Manager, Riverbend Plumbing & Heating\ncell 484-555-0126\n"
LINDA = "Kind regards,\nLinda Chu\nAccounts Payable, Summit HVAC Services\n555-214-7781 x110\n"
TONY = "Tony Brandt\nWarehouse / Receiving\nSummit HVAC Services\n555-214-7781 x140\n"
LUIS = (
    "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n555-331-0600 ext 12\n"
)
GRACE = "Grace Kim\nAccounts Payable\nHarbor Point Property Management\n555-331-0600 ext 20\n"

BODIES = {
    "s01": (
        "slip from fridays Estes drop on PO-77812 attached, my notes are on it.\n"
        "the crushed coil is on the dock if your driver wants it.\n\n"
        "Marco\nKeystone Receiving - dock door 4\n"
    ),
    "s02": (
        "Hi,\n\nAttached is our receiving check for PO 24519. The Damaged column is what we\n"
        "need credit for, the rest is fine.\n\nThanks!\n" + KAREN
    ),
    "s03": (
        "Delivery receipt for PO-60377 attached, exception is written on it.\n"
        "The tiles in those cartons are in pieces, they went in the dumpster.\n"
        "Need credit please.\n\n" + TONY
    ),
    "s04": (
        "Hi,\n\nSigned ticket from yesterday's delivery is attached, exceptions are on it.\n"
        "Your driver saw the thermostats before he left.\n\n" + LUIS
    ),
    "s05": (
        "Receiving discrepancy report for PO-77830 attached.\n\n"
        "Also - one of the circulators has a cracked volute, the guys found it when they\n"
        "opened the box this morning so it's not on the report. Looks like it took a hit\n"
        "in the truck, the carton corner is caved in. Please credit both.\n\n" + TOM
    ),
    "s06": ("Pic of the carton attached. Mike\n\nSent from my iPhone\n"),
    "s08": (
        "Return form attached for SO-104238.\n\n"
        "The filters have to be MERV 11 for this building, the engineer checks.\n\n"
        "Raj\n\nSent from my iPad\n"
    ),
    "s09": (
        "Hi,\n\nCount sheet for PO 24530 is attached. One correction - after I saved it Jose\n"
        "found a bag of 10 of the copper elbows in the PRV carton, so we are short 15 on\n"
        "the elbows, not 25. The cracked ball valves are right as listed.\n\n"
        "Thanks,\n" + KAREN
    ),
    "s10": (
        "Receiving sheet for PO-60455 attached. Please send a call tag for the extras,\n"
        "they are on the shelf by the dock.\n\n" + TONY
    ),
    "s11": (
        "form attached for the ball valves off PO 77731\n\n"
        "correction its 3 not 4, one of them just needed the packing nut snugged up.\n"
        "the other 3 leak at the stem no matter what\n\n"
        "Pat Casey\nforeman - Keystone Mechanical\n\nSent from my iPhone\n"
    ),
    "s13": ("Hello,\n\nPlease see the attached debit memo against invoice INV-88152.\n\n" + LINDA),
    "s14": (
        "Hi,\n\nWarranty form attached for one of the heaters from the Estes delivery.\n"
        "Tenant in 3B has no hot water, please get us a replacement quick.\n\n" + LUIS
    ),
    "s15": (
        "Good morning,\n\nThe attached exception report from our three-way match has invoice\n"
        "INV-88098 on hold. Please issue a credit memo for the variance so we can release\n"
        "the invoice for payment.\n\nThank you,\n" + DANA
    ),
    "s16": (
        "Hello Tri-State,\n\nThis box come in the copper order PO 40962, the label say 90 but\n"
        "inside is all 45 degree. Is 25 pieces. We need the 90s for monday please.\n"
        "Photo attached.\n\nHector\nDelgado & Sons\n"
    ),
    "s17": (
        "Receiving report attached. Please advise how you want the cracked PRVs handled,\n"
        "they are in our cage.\n\n" + TOM
    ),
    "s19": (
        "Hi,\n\nWe're doing the thermostat change-outs at Harbor Point for Luis. One of the\n"
        "stats off their order is dead out of the box, form attached. Can you credit us\n"
        "or send a new one out to the job?\n\nRaj Patel\nProject Manager | Summit HVAC Services\n"
        "o 555-214-7781 x103\n"
    ),
    "s20": (
        "Good afternoon,\n\nPlease find attached our credit request VCR-2026-118. Luis tells me\n"
        "he emailed you about these when they arrived, but we need a credit memo number\n"
        "for our files.\n\nBest regards,\n" + GRACE
    ),
    "s21": (
        "Hi,\n\nThe school district pushed the Penn Valley job to next summer. The RPZ is\n"
        "still crated in our yard, never installed. RGR attached - can we send it back?\n\n" + MIKE
    ),
    "s23": (
        "Warranty claim attached for a circulator off PO-76115. Failed on a no-heat call\n"
        "Saturday, unit is tagged and ready for pickup.\n\n" + TOM
    ),
    "s24": (
        "Hi,\n\nThis is Sam Torres, I do the maintenance in Building C at Harbor Point\n"
        "(Luis is out this week). Picture attached of one of the register boxes from\n"
        "order SO-104246. The box says 10x6 but the registers inside are 10x4, they dont\n"
        "fit the floor openings. 8 of the 10 in this box are like that, the other 2 are\n"
        "fine. Can you swap them out?\n\n"
        "Thanks\nSam\n555-331-0644\n"
    ),
    "s26": (
        "leftover list from the library job attached (PO 77790). the copper fittings all\n"
        "go back, we went to press fittings on that job. 2 of the ball valves wont shut\n"
        "off all the way, those are bad\n\n"
        "Pat Casey\nforeman - Keystone Mechanical\n"
    ),
    "s27": ("Punch list from yesterday attached. Item 1 is yours, the rest is on us.\n\n" + MIKE),
    "s29": (
        "Owner pulled the plug on the Ridley pool house. Return request attached,\n"
        "everything is in the original boxes. Can you send a truck this week?\n\n" + TOM
    ),
    "s31": "Please see the attached debit memo for INV-88133.\n\n" + DANA,
    "s32": (
        "Hola,\n\nWarranty form for one of the electric heaters from PO-40917, Hector filled\n"
        "it in. We changed the element and the thermostat and it still trips the breaker,\n"
        "so it is the heater. Can you send one out?\n\nThank you\n"
        "Rosa Delgado\nDelgado & Sons Plumbing\n302-555-0177\n"
    ),
    "s34": "Remittance advice for today's ACH payment is attached.\n\nThank you,\n" + GRACE,
    "s35": (
        "Replacement filters came in yesterday afternoon, all good this time.\n"
        "Signed slip attached for your records.\n\n" + TONY
    ),
    "s37": (
        "Hi,\n\nOur AP still shows the credits on the attached list as open. Could you let me\n"
        "know where they stand and send the credit memo numbers when you have them? I\n"
        "need to close November.\n\nThanks,\n" + DANA
    ),
}

KEYS_RECV = "Keystone Receiving <receiving@keystonemech.com>"
PAT = "Pat Casey <pcasey@keystonemech.com>"
SUMMIT_WH = "Summit Warehouse <warehouse@summithvac.net>"

EMAILS = [
    (
        "s01-keystone-estes-slip-photo-prvs-pex.eml",
        KEYS_RECV,
        "PO-77812 estes delivery",
        "Mon, 09 Nov 2026 07:48:13 -0500",
        "<20261109124813.5C81E0A2@mail.keystonemech.com>",
        (slip_s01, JPEG, "IMG_3318.jpg"),
    ),
    (
        "s02-riverbend-receiving-xlsx-ball-valves.eml",
        "Karen Liu <office@riverbendph.com>",
        "Receiving check PO 24519",
        "Mon, 09 Nov 2026 10:12:40 -0500",
        "<000601db7231$1f0c5a40$5d250ec0$@riverbendph.com>",
        (riverbend_xlsx_s02, XLSX, "PO 24519 receiving.xlsx"),
    ),
    (
        "s03-summit-odfl-receipt-scan-tile.eml",
        SUMMIT_WH,
        "ODFL delivery PO-60377 - crushed tile",
        "Mon, 09 Nov 2026 14:05:22 -0600",
        "<SN4PR11MB2210.6E0B94D1C3@SN4PR11MB2210.namprd11.prod.outlook.com>",
        (odfl_s03, PNG, "scan_20261109_1358.png"),
    ),
    (
        "s04-harbor-delivery-ticket-scan-tstats-registers.eml",
        "Luis Ortega <maintenance@harborpointpm.com>",
        "Delivery 11/9 - PO-70231",
        "Tue, 10 Nov 2026 08:05:51 -0600",
        "<5B0E2C41-9A7D-4F16-B3E8-21C7D04A6F93@harborpointpm.com>",
        (ticket_s04, PNG, "Scan 2026-11-10 080112.png"),
    ),
    (
        "s05-keystone-receiving-report-pdf-unions-circulator.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "PO-77830 receiving discrepancy",
        "Tue, 10 Nov 2026 11:20:09 -0500",
        "<20261110162009.71D3A4F8@mail.keystonemech.com>",
        (keystone_rdr_s05, PDF, "RDR-11092.pdf"),
    ),
    (
        "s06-riverbend-carton-label-photo-pex-couplings.eml",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "wrong fittings in box - PO 24519",
        "Wed, 11 Nov 2026 07:55:30 -0500",
        "<A4C1F7E2-3B58-4D0A-9E61-7F2B84C5D190@riverbendph.com>",
        (label_s06, JPEG, "IMG_0771.jpg"),
    ),
    (
        "s08-summit-return-form-scan-filters-wifi-stats.eml",
        "Raj Patel <raj.patel@summithvac.net>",
        "Return form SO-104238",
        "Thu, 12 Nov 2026 09:15:44 -0600",
        "<C93B1E06-7F24-4A8D-B5C2-E0814D6F3A27@summithvac.net>",
        (summit_s08, PNG, "SHV-114_1112.png"),
    ),
    (
        "s09-riverbend-count-csv-elbows-body-corrects.eml",
        "Karen Liu <office@riverbendph.com>",
        "Count sheet PO 24530",
        "Fri, 13 Nov 2026 08:10:27 -0500",
        "<000a01db7473$8e2b1c70$aa815550$@riverbendph.com>",
        (riverbend_csv_s09, CSV, "count PO24530.csv"),
    ),
    (
        "s10-summit-receiving-xlsx-extra-pumps.eml",
        SUMMIT_WH,
        "PO-60455 received",
        "Fri, 13 Nov 2026 12:30:05 -0600",
        "<SN4PR11MB2210.8A17C3E5F0@SN4PR11MB2210.namprd11.prod.outlook.com>",
        (summit_xlsx_s10, XLSX, "PO-60455 receiving.xlsx"),
    ),
    (
        "s11-keystone-field-return-form-scan-ball-valves.eml",
        PAT,
        "ball valves leaking - return",
        "Mon, 16 Nov 2026 07:22:18 -0500",
        "<6F2D9B81-0C4E-4A73-8D15-B9E37A2C6F04@keystonemech.com>",
        (keystone_s11, PNG, "KM-FRM-7 PO77731.png"),
    ),
    (
        "s13-summit-debit-memo-pdf-tstat-price.eml",
        "Linda Chu <ap@summithvac.net>",
        "Debit memo DM-1117 / INV-88152",
        "Tue, 17 Nov 2026 11:30:12 -0600",
        "<BY5PR11MB4187.2C6E0A91D4@BY5PR11MB4187.namprd11.prod.outlook.com>",
        (summit_memo_s13, PDF, "DM-1117.pdf"),
    ),
    (
        "s14-harbor-heater-warranty-form-scan.eml",
        "Luis Ortega <maintenance@harborpointpm.com>",
        "Warranty - 50 gal heater Bldg C",
        "Wed, 18 Nov 2026 08:02:47 -0600",
        "<E27A5C13-8D40-4B9F-A6C1-3F08D92B7E55@harborpointpm.com>",
        (bradford_s14, PNG, "warranty claim.png"),
    ),
    (
        "s15-keystone-ap-match-csv-copper-price.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "Invoice INV-88098 on hold - price variance",
        "Wed, 18 Nov 2026 10:25:33 -0500",
        "<20261118152533.0B9E6D47@mail.keystonemech.com>",
        (keystone_csv_s15, CSV, "3way_exceptions_1118.csv"),
    ),
    (
        "s16-delgado-box-label-photo-45s.eml",
        "Hector Ramirez <hector@delgadosons.com>",
        "wrong elbows PO 40962",
        "Wed, 18 Nov 2026 13:45:10 -0600",
        "<CAH7xR2pQ9vN4mT6kW1bZ8dF3sJ5yL0uE2gA7cV@mail.gmail.com>",
        (label_s16, JPEG, "20261118_133902.jpg"),
    ),
    (
        "s17-keystone-receiving-report-pdf-unknown-po.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "PO 77866 - cracked PRVs",
        "Thu, 19 Nov 2026 09:03:26 -0500",
        "<20261119140326.4E7B2C19@mail.keystonemech.com>",
        (keystone_rr_s17, PDF, "RR-26-1183.pdf"),
    ),
    (
        "s19-summit-return-form-on-harbor-order.eml",
        "Raj Patel <raj.patel@summithvac.net>",
        "Harbor Point thermostat - dead",
        "Fri, 20 Nov 2026 08:45:19 -0600",
        "<0B8E4F27-61A3-4C9D-8E52-D7A1F306B4C8@summithvac.net>",
        (summit_s19, PNG, "SHV-114_1119.png"),
    ),
    (
        "s20-harbor-ap-credit-request-pdf-resend.eml",
        "Grace Kim <payables@harborpointpm.com>",
        "Credit request VCR-2026-118",
        "Fri, 20 Nov 2026 11:02:41 -0600",
        "<93D05A1E-2B7C-4E68-A4F0-6C1B8E2D9F73@harborpointpm.com>",
        (harbor_vcr_s20, PDF, "VCR-2026-118.pdf"),
    ),
    (
        "s21-riverbend-rgr-pdf-rpz-job-cancelled.eml",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "RGR-1141 - RPZ return",
        "Mon, 23 Nov 2026 09:20:07 -0500",
        "<CAF8kP3rW6nY1vB9xQ2cL5dM0hT7sG4uZ8aE3oJ@mail.gmail.com>",
        (riverbend_rgr_s21, PDF, "RGR-1141.pdf"),
    ),
    (
        "s23-keystone-warranty-claim-pdf-circulator.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "Warranty claim WC-26-0219",
        "Tue, 24 Nov 2026 08:40:30 -0500",
        "<20261124134030.9A2F5E81@mail.keystonemech.com>",
        (keystone_warranty_s23, PDF, "WC-26-0219.pdf"),
    ),
    (
        "s24-unknown-yahoo-registers-label-photo.eml",
        "Sam Torres <samtorres.hpm@yahoo.com>",
        "wrong size registers Bldg C",
        "Tue, 24 Nov 2026 10:15:04 -0600",
        "<1107384516.2746590.1795536904127@mail.yahoo.com>",
        (label_s24, JPEG, "IMG_20261124_095811.jpg"),
    ),
    (
        "s26-keystone-leftover-xlsx-elbows-ball-valves.eml",
        PAT,
        "library job leftovers",
        "Wed, 25 Nov 2026 09:05:49 -0500",
        "<8C41E7A0-5F92-4B3D-9A16-E4D20B7C1F58@keystonemech.com>",
        (keystone_xlsx_s26, XLSX, "2417 return list.xlsx"),
    ),
    (
        "s27-riverbend-punch-list-xlsx-leaking-valves.eml",
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "1180 Baltimore Pike punch list",
        "Wed, 25 Nov 2026 11:31:22 -0500",
        "<CAF8kP3sX1mZ7vC4yR9dN2eK6hU0tH5wA3bF8pQ@mail.gmail.com>",
        (riverbend_xlsx_s27, XLSX, "Punch list 1180 Balt Pike.xlsx"),
    ),
    (
        "s29-keystone-return-request-pdf-job-cancelled.eml",
        "Tom Morales <tmorales@keystonemech.com>",
        "Return request RAR-26-044 / PO-77812",
        "Mon, 30 Nov 2026 08:30:15 -0500",
        "<20261130133015.D05C7B3A@mail.keystonemech.com>",
        (keystone_rar_s29, PDF, "RAR-26-044.pdf"),
    ),
    (
        "s31-keystone-price-discrepancy-pdf-pumps.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "Debit memo DM-26-0511",
        "Tue, 01 Dec 2026 09:05:26 -0500",
        "<20261201140526.3F8A1D62@mail.keystonemech.com>",
        (keystone_memo_s31, PDF, "DM-26-0511.pdf"),
    ),
    (
        "s32-delgado-heater-warranty-form-scan.eml",
        "Rosa Delgado <rosa@delgadoplumbing.com>",
        "warranty heater PO-40917",
        "Tue, 01 Dec 2026 11:40:40 -0600",
        "<002f01db7c1e$4a6b8d20$df22a760$@delgadoplumbing.com>",
        (bradford_s32, PNG, "warranty.png"),
    ),
    (
        "s34-harbor-remittance-advice-pdf.eml",
        "Grace Kim <payables@harborpointpm.com>",
        "Remittance advice - ACH 004417",
        "Wed, 02 Dec 2026 10:30:59 -0600",
        "<4E9C2B70-1D83-4F5A-B6E2-90A7C3D81F46@harborpointpm.com>",
        (harbor_remit_s34, PDF, "Remittance 004417.pdf"),
    ),
    (
        "s35-summit-signed-slip-photo-replacement.eml",
        SUMMIT_WH,
        "Replacement filters received - SO-104238",
        "Thu, 03 Dec 2026 09:12:08 -0600",
        "<SN4PR11MB2210.C4F9E07A21@SN4PR11MB2210.namprd11.prod.outlook.com>",
        (slip_s35, JPEG, "IMG_5529.jpg"),
    ),
    (
        "s37-keystone-open-credits-xlsx.eml",
        "Dana Ruiz <ap@keystonemech.com>",
        "Open credits - Tri-State",
        "Fri, 04 Dec 2026 09:30:20 -0500",
        "<20261204143020.6B1E9F05@mail.keystonemech.com>",
        (keystone_xlsx_s37, XLSX, "Tri-State open credits 12-04.xlsx"),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, sender, subject, date, msgid, (build, mime, filename) in EMAILS:
        sid = name.split("-")[0]
        headers = {"From": sender, "To": TO, "Subject": subject, "Date": date, "Message-ID": msgid}
        data = message(headers, BODIES[sid], (build(), mime, filename), f"===h27_{sid}_b0==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
