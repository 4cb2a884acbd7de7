"""Write the heldout29 emails (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout29/make_attachments.py     (from the repository root)

Writes the 37 `.eml` requests of the set: 28 with one attachment each and 9 plain ones. The
portal form (s38) and the two text uploads (s39, s40) are written by hand and not touched here.
Pillow, fpdf2 and openpyxl come from the project's .venv.

Pen and marker are drawn letter by letter, each letter with its own size, slant and baseline,
from the oblique / italic DejaVu and Liberation faces of the system; print is DejaVu Sans. The
PDFs use fpdf2's core Helvetica / Courier. Every random draw comes from a seeded generator,
and the PDF creation dates, the xlsx document properties, the zip entry times and the MIME
boundaries are fixed.

Phone photos (JPEG): s02 carton label with a marker count, s05 our will-call pickup ticket with
pen notes, s08 our packing slip signed with notes, s16 our delivery ticket (customer copy) with
the received count in pen, s22 a fitting box label marked up by a fabricator, s23 our packing
slip of a replacement signed "all good" (not a claim).
Scans (PNG): s04 Riverbend's material receiving ticket, s07 Keystone's defective material tag,
s09 the Estes delivery receipt with the exception in pen, s15 and s36 Summit's material return /
credit request, s17 Delgado's warranty return sheet, s28 a page of Harbor Point's stockroom log.
Text PDFs: s03 receiving discrepancy report, s12 debit memo, s18 credit request, s20 return goods
authorization request, s21 vendor debit notice, s24 material return request, s29 warranty claim,
s34 remittance advice (not a claim).
Spreadsheets: .xlsx s01, s14, s26, s31, s32 (not a claim); .csv s06, s27.
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
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
REQUESTS = HERE / "requests"
RETURNS = "Tri-State Returns <returns@tristatesupply.example>"
TTF = Path("/usr/share/fonts/truetype")
SANS = TTF / "dejavu/DejaVuSans.ttf"
SANS_BOLD = TTF / "dejavu/DejaVuSans-Bold.ttf"
SANS_COND = TTF / "dejavu/DejaVuSansCondensed.ttf"
HANDS = {
    "ballpoint": TTF / "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "felt": TTF / "liberation/LiberationSans-Italic.ttf",
    "fine": TTF / "liberation/LiberationSansNarrow-Italic.ttf",
    "sharpie": TTF / "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    "bold": TTF / "liberation/LiberationSans-BoldItalic.ttf",
}

# One seed per picture; each picture was read back with plain Tesseract 5 (see README).
SEED = {
    "s02": 2902,
    "s04": 2942,
    "s05": 2905,
    "s07": 2963,
    "s08": 2908,
    "s09": 2909,
    "s15": 2980,
    "s16": 2916,
    "s17": 2917,
    "s22": 2922,
    "s23": 2923,
    "s28": 2928,
    "s36": 3003,
}

_FONTS: dict[tuple[Path, int], ImageFont.FreeTypeFont] = {}


def face(path: Path, size: int) -> ImageFont.FreeTypeFont:
    if (path, size) not in _FONTS:
        _FONTS[(path, size)] = ImageFont.truetype(str(path), size)
    return _FONTS[(path, size)]


def printed(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return face(SANS_BOLD if bold else SANS, size)


# ---------------------------------------------------------------- drawing helpers


def pen(img, x, y, text, rng, size=38, ink=30, slant=2.5, hand="ballpoint") -> int:
    """Write text letter by letter: each letter its own size, slant and baseline. Returns x."""
    for ch in text:
        s = size + rng.randint(-2, 3)
        f = face(HANDS[hand], s)
        cell = Image.new("L", (2 * s, 2 * s), 0)
        ImageDraw.Draw(cell).text((s // 2, s // 3), ch, font=f, fill=255)
        cell = cell.rotate(rng.uniform(-slant, slant), resample=Image.BICUBIC)
        img.paste(Image.new(img.mode, cell.size, ink), (x - s // 2, y + rng.randint(-3, 2)), cell)
        x += int(f.getlength(ch)) + rng.randint(0, 2)
    return x


def finish_scan(img, rng, skew, dust) -> bytes:
    """A sheet through an office scanner: a little skew, dust, softness; greyscale PNG."""
    img = img.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=244)
    px = img.load()
    w, h = img.size
    for _ in range(dust):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((20, 90, 160))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def finish_photo(img, rng, tilt, backdrop, grain, light=0.14) -> bytes:
    """A phone picture: light falling off to one side, a tilt, soft focus, grain; JPEG."""
    w, h = img.size
    ramp = Image.linear_gradient("L").resize((w, h)).point(lambda v: int(v * light))
    img = Image.composite(Image.new("RGB", (w, h), (10, 8, 6)), img, ramp)
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=backdrop)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(grain):
        i, j = rng.randrange(w), rng.randrange(h)
        d = rng.randint(-18, 18)
        px[i, j] = tuple(max(0, min(255, c + d)) for c in px[i, j])
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=84)
    return out.getvalue()


def barstripe(draw, rng, x, y, height, bars, ink=(15, 15, 15)) -> None:
    for _ in range(bars):
        w = rng.choice((2, 3, 3, 5, 7))
        draw.rectangle([(x, y), (x + w, y + height)], fill=ink)
        x += w + rng.choice((2, 3, 5))


def ruled_table(draw, xs, right, top, row_h, head, rows, size, ink, rule, nrows=None) -> None:
    """Printed grid: a header row, then rows (printed text, or blank to be written in)."""
    n = max(len(rows), nrows or 0)
    for i in range(n + 2):
        draw.line([(xs[0], top + i * row_h), (right, top + i * row_h)], fill=rule, width=2)
    for x in [*xs, right]:
        draw.line([(x, top), (x, top + (n + 1) * row_h)], fill=rule, width=1)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(xs, row, strict=True):
            draw.text(
                (x + 10, top + r * row_h + (row_h - size) // 2),
                text,
                font=printed(size, r == 0),
                fill=ink,
            )


# ---------------------------------------------------------------- our own paperwork (photos)

TRISTATE = "TRI-STATE SUPPLY"
TRISTATE_ADDR = "85 Ridge Pike, Plymouth Meeting PA 19462   |   610-555-0900   |   returns ext 4"


def our_paper(
    seed,
    title,
    head,
    cols,
    colhead,
    rows,
    pen_col,
    pen_vals,
    notes,
    tilt,
    backdrop,
    hand="ballpoint",
    ink=(25, 40, 130),
    foot=None,
):
    """A Tri-State document (slip, ticket) with the customer's pen on it, photographed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1800, 1400), backdrop)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(70, 50), (1730, 1360)], fill=(246, 245, 240))
    black = (18, 18, 18)
    draw.text((110, 80), TRISTATE, font=printed(50, True), fill=black)
    draw.text((110, 146), title, font=printed(34), fill=black)
    draw.text((110, 196), TRISTATE_ADDR, font=printed(20), fill=(85, 85, 85))
    barstripe(draw, rng, 1250, 90, 70, 46, ink=black)
    y = 250
    for a, b, c, d in head:
        draw.text((110, y), a, font=printed(22), fill=(75, 75, 75))
        draw.text((340, y - 3), b, font=printed(29), fill=black)
        draw.text((980, y), c, font=printed(22), fill=(75, 75, 75))
        draw.text((1180, y - 3), d, font=printed(29), fill=black)
        y += 50
    top, row_h = y + 26, 86
    ruled_table(draw, cols, 1700, top, row_h, colhead, rows, 28, black, (95, 95, 95))
    for r, value in enumerate(pen_vals):
        if value:
            pen(
                img,
                cols[pen_col] + 40,
                top + (r + 1) * row_h + 10,
                value,
                rng,
                size=52,
                ink=ink,
                hand=hand,
            )
    y = top + (len(rows) + 1) * row_h + 40
    for text in notes:
        pen(img, 130, y, text, rng, size=44, ink=ink, slant=2.0, hand=hand)
        y += 74
    draw.text(
        (110, 1300),
        foot or "Count and inspect before signing. Note all exceptions on this copy.",
        font=printed(20),
        fill=(85, 85, 85),
    )
    return finish_photo(img, rng, tilt, backdrop, 10000)


def pickup_s05() -> bytes:
    return our_paper(
        SEED["s05"],
        "WILL-CALL PICKUP TICKET",
        [
            ("ORDER", "SO-104240", "PICKUP DATE", "11/06/2026"),
            ("CUST PO", "PO-40988", "DOCK", "DC-SOUTH  DOOR 3"),
            ("ACCOUNT", "DELGADO & SONS PLBG", "TICKET", "WC-0117"),
        ],
        (90, 160, 500, 1150, 1320, 1480),
        ("LN", "ITEM", "DESCRIPTION", "QTY", "UOM", "LOADED"),
        [
            ("1", "PIP-BI-200-CTL", '2" BLK STL SCH40 CUT', "120", "FT", ""),
            ("2", "FTG-BI-U-150", '1-1/2" BLK MALL UNION', "12", "EA", ""),
            ("3", "VLV-1005-BV", '1" BALL VALVE FP THD', "10", "EA", ""),
        ],
        5,
        ["OK", "OK", "OK"],
        [
            "1 PC PIPE (21 FT) BENT - YOUR FORKLIFT",
            "THREADS CRUSHED ONE END, CAN'T USE",
            "the other 99 ft ok      M. Delgado 11/6",
        ],
        -1.6,
        (88, 92, 98),
        foot="Will-call material is the customer's once loaded. Note exceptions before leaving.",
    )


def slip_s08() -> bytes:
    return our_paper(
        SEED["s08"],
        "PACKING SLIP",
        [
            ("SALES ORDER", "SO-104239", "SHIP DATE", "11/09/2026"),
            ("CUSTOMER PO", "PO-70231", "SHIPMENT", "SH-55146"),
            ("SHIP FROM", "DC-EAST", "VIA", "OUR TRUCK 12"),
        ],
        (90, 160, 520, 1180, 1340, 1500),
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "REC'D"),
        [
            ("1", "HVC-REG-1006-W", "10X6 FLOOR REGISTER WHT", "60", "60", ""),
            ("2", "HVC-FLT-1625-M11", "16X25X1 MERV 11 CS/12", "24", "24", ""),
            ("3", "TST-2100-NP", "NON-PROG DIGITAL STAT", "10", "10", ""),
        ],
        5,
        ["60", "24", "10"],
        [
            "14 cs filters SOAKED - your truck roof leaks",
            "boxes falling apart, filters swollen, no good",
            "rest ok.    L. Ortega  11/9  10:40am",
        ],
        1.2,
        (120, 112, 100),
    )


def ticket_s16() -> bytes:
    return our_paper(
        SEED["s16"],
        "DELIVERY TICKET - CUSTOMER COPY",
        [
            ("ORDER", "SO-104246", "DELIVERED", "11/16/2026"),
            ("CUST PO", "PO-70296", "ROUTE / TRUCK", "E-4 / 12"),
            ("DELIVER TO", "1 HARBOR POINT PLAZA", "DRIVER", "K. MASON #2290"),
        ],
        (90, 160, 520, 1180, 1340, 1500),
        ("LN", "ITEM", "DESCRIPTION", "QTY", "UOM", "COUNT"),
        [
            ("1", "HVC-REG-1006-W", "10X6 FLOOR REGISTER WHT", "40", "EA", ""),
            ("2", "VLV-0075-BV", '3/4" BALL VALVE FP SWT', "12", "EA", ""),
        ],
        5,
        ["46", "12"],
        [
            "REGISTERS: WE GOT 46 NOT 40 - 6 EXTRA",
            "2 ball valves - handles snapped off in box",
            "(crushed corner)          LUIS O. 11/16",
        ],
        -0.9,
        (64, 70, 78),
        hand="felt",
        ink=(20, 20, 25),
    )


def slip_s23() -> bytes:
    return our_paper(
        SEED["s23"],
        "PACKING SLIP",
        [
            ("SALES ORDER", "SO-104244  REPL", "SHIP DATE", "11/19/2026"),
            ("CUSTOMER PO", "PO-60455", "SHIPMENT", "REPLACEMENT"),
            ("SHIP FROM", "DC-WEST", "VIA", "OUR TRUCK 7"),
        ],
        (90, 160, 520, 1180, 1340, 1500),
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "REC'D"),
        [("2", "TST-2100-NP", "NON-PROG DIGITAL STAT", "12", "12", "")],
        5,
        ["12"],
        [
            "all 12 rec'd in good shape - right model",
            "the 7-day ones went back on your truck",
            "D. Fiske  11/19",
        ],
        0.8,
        (150, 140, 126),
    )


# ---------------------------------------------------------------- carton labels (photos)


def carton(seed, lines, marks, ink, tilt, board=(192, 156, 110), mark_size=62) -> bytes:
    """A printed carton label on corrugated board, with a marker note on the label, photographed."""
    rng = random.Random(seed)
    img = Image.new("RGB", (1700, 1250), board)
    draw = ImageDraw.Draw(img)
    shade = tuple(c - 20 for c in board)
    for _ in range(60):
        y = rng.randrange(1250)
        draw.line([(0, y), (1700, y + rng.randint(-4, 4))], fill=shade, width=1)
    draw.rectangle([(150, 70), (1550, 1180)], fill=(248, 248, 244))
    black = (14, 14, 14)
    y = 110
    for text, size, bold in lines:
        draw.text((200, y), text, font=printed(size, bold), fill=black)
        y += size + 26
    barstripe(draw, rng, 210, y + 8, 84, 60, ink=black)
    y += 140
    for text in marks:
        pen(img, 230, y, text, rng, size=mark_size, ink=ink, slant=2.0, hand="sharpie")
        y += mark_size + 40
    return finish_photo(img, rng, tilt, board, 12000)


def label_s02() -> bytes:
    return carton(
        SEED["s02"],
        [
            ("TRI-STATE SUPPLY   DC-SOUTH", 28, False),
            ("SHIP TO: SUMMIT HVAC SERVICES", 30, True),
            ("SO-104228       PO-60377", 40, True),
            ("HVC-REG-1006-W", 44, True),
            ("10X6 STEEL FLOOR REGISTER - WHITE", 28, False),
            ("QTY 10 EA          CTN 2 OF 3", 34, False),
        ],
        ["5 BENT - DROPPED", "OFF LIFTGATE  DF"],
        (170, 20, 25),
        -2.1,
    )


def label_s22() -> bytes:
    return carton(
        SEED["s22"],
        [
            ("SHIP TO: KEYSTONE MECHANICAL - JOBSITE", 28, True),
            ("SO-104226       PO-77790", 40, True),
            ("FTG-CU-E90-100", 44, True),
            ('1" WROT COPPER 90 ELL  C x C', 30, False),
            ("QTY 50 EA           BOX 3 OF 4", 34, False),
        ],
        ["8 PCS POROUS - LEAK", "THRU WALL @ 150 PSI"],
        (20, 25, 120),
        1.7,
        board=(182, 148, 100),
        mark_size=58,
    )


# ---------------------------------------------------------------- customers' paper forms (scans)


def paper_form(
    seed,
    title,
    sub,
    formno,
    fields,
    cols,
    head,
    rows,
    nrows,
    foot,
    sign,
    skew,
    hand="ballpoint",
    size=(1700, 1500),
    row_h=90,
    pen_size=34,
):
    """A customer's printed form: header blanks and a grid, filled in by pen, then scanned."""
    rng = random.Random(seed)
    img = Image.new("L", size, 251)
    draw = ImageDraw.Draw(img)
    draw.text((70, 54), title, font=printed(40, True), fill=12)
    draw.text((70, 110), sub, font=printed(28), fill=30)
    draw.text((size[0] - 430, 62), formno, font=printed(22), fill=70)
    for (x, y), lab, value, width in fields:
        draw.text((x, y + 12), lab, font=printed(22), fill=35)
        lx = x + int(printed(22).getlength(lab)) + 12
        draw.line([(lx, y + 48), (lx + width, y + 48)], fill=60, width=2)
        pen(img, lx + 14, y - 4, value, rng, size=36, ink=28, slant=2.0, hand=hand)
    top = 380
    ruled_table(draw, cols, size[0] - 60, top, row_h, head, [("",) * len(cols)] * nrows, 21, 20, 95)
    for i, row in enumerate(rows):
        for x, text in zip(cols, row, strict=True):
            if text:
                pen(
                    img,
                    x + 14,
                    top + (i + 1) * row_h + 18,
                    text,
                    rng,
                    size=pen_size,
                    ink=28,
                    slant=2.0,
                    hand=hand,
                )
    y = top + (nrows + 1) * row_h + 34
    for text in foot:
        draw.text((70, y), text, font=printed(21), fill=45)
        y += 34
    draw.text((70, y + 36), "SIGNATURE", font=printed(21), fill=60)
    draw.line([(210, y + 70), (760, y + 70)], fill=90, width=2)
    pen(img, 240, y + 22, sign, rng, size=36, ink=28, hand=hand)
    return finish_scan(img, rng, skew, 9000)


def ticket_s04() -> bytes:
    return paper_form(
        SEED["s04"],
        "RIVERBEND PLUMBING & HEATING",
        "MATERIAL RECEIVING TICKET",
        "RT No. 3316",
        [
            ((70, 180), "SUPPLIER:", "TRI-STATE", 470),
            ((860, 180), "PO #:", "24519", 430),
            ((70, 260), "DATE REC'D:", "11/6/26", 420),
            ((860, 260), "CARRIER / PKGS:", "UPS / 5", 330),
        ],
        (60, 290, 520, 1050),
        ("QTY SHIPPED", "QTY REC'D", "DESCRIPTION", "CONDITION"),
        [
            ("24", "24", '1" BALL VALVE FP', "OK"),
            ("10 BAGS", "10", "1/2 PEX CRIMP CPLG", "OK"),
            ("2", "2", "3/4 PEX-A COIL 300'", "1 COIL CRUSHED"),
        ],
        4,
        [
            "Note every shortage, overage or damage in CONDITION and give the ticket to the "
            "office the same day.",
            "Crushed coil: box torn both ends, tubing kinked flat in 3 places - unusable.",
        ],
        "S. Ferraro",
        0.6,
    )


def tag_s07() -> bytes:
    return paper_form(
        SEED["s07"],
        "KEYSTONE MECHANICAL CONTRACTORS",
        "DEFECTIVE MATERIAL TAG / FIELD RETURN",
        "FORM KM-QA-3  (10/24)",
        [
            ((70, 180), "JOB #:", "2473 LANSDALE", 480),
            ((860, 180), "PO #:", "77731", 450),
            ((70, 260), "SUPPLIER:", "TRI-STATE", 450),
            ((860, 260), "DATE:", "11/10/26", 480),
        ],
        (60, 340, 760, 900),
        ("PART #", "DESCRIPTION", "QTY", "DEFECT"),
        [("KM-88107", '1" BALL VALVE FP', "2", "HANDLE SPINS-WONT SHUT")],
        3,
        [
            "Bag and tag every defective part. Do not install tagged material.",
            "Send the tag to purchasing; keep the parts at the shop until the supplier answers.",
        ],
        "J. Watts",
        -0.7,
        hand="fine",
        pen_size=36,
    )


SUMMIT_FORM_COLS = (60, 420, 790, 920, 1060)
SUMMIT_FORM_HEAD = ("ITEM / UPC", "DESCRIPTION", "QTY", "CODE", "NOTES")
SUMMIT_FORM_FOOT = (
    "CODES:  A DAMAGED   B SHORT   C WRONG ITEM   D DEFECTIVE   E NOT NEEDED   F OVERSHIP",
    "G PRICE.  One row per item.  Attach the vendor's packing slip when you have it.",
)


def summit_s15() -> bytes:
    return paper_form(
        SEED["s15"],
        "SUMMIT HVAC SERVICES",
        "MATERIAL RETURN / CREDIT REQUEST",
        "SHS-RTN 02",
        [
            ((70, 180), "VENDOR:", "TRI-STATE", 500),
            ((860, 180), "VENDOR SO #:", "SO-104244", 370),
            ((70, 260), "OUR PO:", "PO-60455", 520),
            ((860, 260), "DATE:", "11/16/26", 480),
        ],
        SUMMIT_FORM_COLS,
        SUMMIT_FORM_HEAD,
        [
            ("TST2100NP", "NON-PROG STAT", "12", "C", "GOT 7-DAY PROG"),
            ("061234516251", "16X25 FILTER CS", "2", "A", "CASES WET"),
        ],
        4,
        SUMMIT_FORM_FOOT,
        "R. Patel",
        0.9,
    )


def summit_s36() -> bytes:
    return paper_form(
        SEED["s36"],
        "SUMMIT HVAC SERVICES",
        "MATERIAL RETURN / CREDIT REQUEST",
        "SHS-RTN 02",
        [
            ((70, 180), "VENDOR:", "TRI-STATE", 500),
            ((860, 180), "VENDOR SO #:", "SO-104238", 370),
            ((70, 260), "OUR PO:", "PO-60418", 520),
            ((860, 260), "DATE:", "12/3/26", 480),
        ],
        SUMMIT_FORM_COLS,
        SUMMIT_FORM_HEAD,
        [("084512075004", "7-DAY WIFI STAT", "3", "E", "SEALED-JOB CXL")],
        4,
        SUMMIT_FORM_FOOT,
        "R. Patel",
        -1.0,
        hand="felt",
    )


def delgado_s17() -> bytes:
    return paper_form(
        SEED["s17"],
        "DELGADO & SONS PLUMBING",
        "WARRANTY RETURN SHEET",
        "418 W Erie Ave  215-555-0719",
        [
            ((70, 180), "SUPPLIER:", "TRI-STATE", 460),
            ((860, 180), "INVOICE #:", "INV-88016", 400),
            ((70, 260), "JOB:", "5521 N 5TH ST", 520),
            ((860, 260), "DATE:", "11/16/26", 480),
        ],
        (60, 190, 650, 1010),
        ("QTY", "ITEM", "SERIAL / LOT", "PROBLEM"),
        [
            ("1", "50 GAL GAS HEATER", "BT2510-2231", "GAS VALVE BAD-NO PILOT"),
            ("3", "3/4 BALL VALVE SWEAT", "-", "PASS WATER WHEN CLOSED"),
        ],
        4,
        [
            "Installed 10/2025. Heater: thermocouple changed, pilot still drops out.",
            "Valves: replaced on the service call of 11/13/26, old ones kept for you.",
        ],
        "Rosa D.",
        0.5,
        hand="felt",
        pen_size=33,
    )


def harbor_s28() -> bytes:
    return paper_form(
        SEED["s28"],
        "HARBOR POINT PROPERTY MANAGEMENT",
        "MAINTENANCE STOCKROOM - RECEIVING LOG",
        "PAGE 14",
        [
            ((70, 180), "BUILDING:", "1 HARBOR PT PLAZA", 560),
            ((860, 180), "MONTH:", "NOV 2026", 460),
        ],
        (60, 200, 420, 660, 1040, 1200, 1480),
        ("DATE", "VENDOR", "PO #", "ITEM", "QTY", "COND", "INIT"),
        [
            ("11/23", "TRI-STATE", "PO-70302", "TST-2100-NP", "10", "3 DMG", "LO"),
            ("11/23", "GRAINGER", "4471-22", "T8 LAMP 4FT", "30", "OK", "LO"),
            ("11/24", "HD SUPPLY", "88120", 'FLAPPER 3"', "12", "OK", "LO"),
        ],
        5,
        [
            "COND: OK, or how many are damaged / short. Damaged: faceplates cracked, out of the box.",
        ],
        "L. Ortega",
        -0.8,
        hand="fine",
        pen_size=33,
    )


def estes_s09() -> bytes:
    """The Estes delivery receipt, consignee copy, exception written in by pen; scanned."""
    rng = random.Random(SEED["s09"])
    img = Image.new("L", (1700, 1500), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "ESTES EXPRESS LINES", font=printed(44, True), fill=10)
    draw.text((70, 110), "DELIVERY RECEIPT - CONSIGNEE COPY", font=printed(28), fill=25)
    draw.text((1120, 60), "PRO  ES4410402981", font=printed(30, True), fill=10)
    barstripe(draw, rng, 1120, 110, 60, 40, ink=10)
    rows = [
        ("SHIPPER", "TRI-STATE SUPPLY DC-EAST, PLYMOUTH MEETING PA"),
        ("CONSIGNEE", "HARBOR POINT PROPERTY MGMT - THE WHARFSIDE"),
        ("", "2300 BOSTON ST, BALTIMORE MD 21224"),
        ("REFERENCE", "PO-70288      BOL 7720419"),
        ("DELIVERED", "11/11/2026     TERMINAL 141"),
    ]
    y = 200
    for a, b in rows:
        draw.text((70, y), a, font=printed(22), fill=60)
        draw.text((300, y - 2), b, font=printed(27), fill=15)
        y += 46
    ruled_table(
        draw,
        (60, 220, 1150, 1380),
        1640,
        y + 20,
        80,
        ("PCS", "DESCRIPTION", "WEIGHT", "CLASS"),
        [
            ("3", "WATER HEATERS 50 GAL NG", "480 LB", "85"),
            ("3", "EXP TANKS 2 GAL (CTN)", "60 LB", "85"),
        ],
        26,
        15,
        90,
    )
    y += 20 + 3 * 80 + 40
    draw.rectangle([(60, y), (1640, y + 300)], outline=60, width=2)
    draw.text(
        (80, y + 12),
        "EXCEPTIONS (describe shortage or damage - driver to initial)",
        font=printed(22),
        fill=40,
    )
    pen(img, 110, y + 70, "1 EXP TANK CTN CRUSHED -", rng, size=42, ink=25, hand="ballpoint")
    pen(img, 110, y + 140, "TANK DENTED AT SEAM", rng, size=42, ink=25, hand="ballpoint")
    pen(img, 1200, y + 210, "drv: RJ 4471", rng, size=32, ink=40, hand="fine")
    y += 340
    draw.text((70, y), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED", font=printed(22), fill=40)
    draw.text((70, y + 50), "CONSIGNEE SIGNATURE", font=printed(21), fill=60)
    draw.line([(330, y + 82), (900, y + 82)], fill=90, width=2)
    pen(img, 360, y + 34, "T. Brooks  11/11  2:40 PM", rng, size=36, ink=28, hand="fine")
    return finish_scan(img, rng, 0.7, 8000)


# ---------------------------------------------------------------- PDFs


def pdf_start(when: dt.datetime) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(when)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def pdf_done(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def txt(pdf, text, h=6, style="", size=10, font="Helvetica") -> None:
    pdf.set_font(font, style, size)
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def block(pdf, text, size=9) -> None:
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def pairs(pdf, items, label_w=36, value_w=60) -> None:
    for a, b, c, d in items:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(label_w, 6, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(value_w, 6, b)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(label_w, 6, c)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")


def grid(pdf, widths, head, rows, size=8.5, h=7) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_fill_color(225, 225, 225)
    for w, t in zip(widths, head, strict=True):
        pdf.cell(w, h, t, border=1, fill=True)
    pdf.ln(h)
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        for w, t in zip(widths, row, strict=True):
            pdf.cell(w, h, t, border=1)
        pdf.ln(h)


def letterhead(pdf, name, lines) -> None:
    txt(pdf, name, 8, "B", 15)
    for text in lines:
        txt(pdf, text, 5, "", 8.5)
    pdf.ln(3)
    pdf.line(10, pdf.get_y(), 205, pdf.get_y())
    pdf.ln(4)


KEYSTONE_HEAD = (
    "2201 Chester Pike, Building B, Sharon Hill PA 19079",
    "Main 610-555-0231   Fax 610-555-0232   keystonemech.com",
)
RIVERBEND_HEAD = ("77 Canal Street, Phoenixville PA 19460", "610-555-0488   office@riverbendph.com")
SUMMIT_HEAD = ("145 Morris Avenue, Summit NJ 07901", "908-555-0172   ap@summithvac.net")


def discrepancy_s03() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 9, 16, 12, tzinfo=dt.UTC))
    letterhead(pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE_HEAD)
    txt(pdf, "RECEIVING DISCREPANCY REPORT", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Report no.", "KMC-RD-2611-07", "Printed", "11/09/2026 11:12"),
            ("Vendor", "Tri-State Supply", "Vendor order", "SO-104235"),
            ("Our PO", "PO-77830", "Received", "11/06/2026"),
            ("Carrier", "ODFL  PRO OD0782301177", "Received by", "E. Kowalski"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (9, 30, 55, 15, 18, 17, 16, 35),
        ("Ln", "Item", "Description", "PO qty", "Pack list", "Counted", "Var.", "Remarks"),
        [
            ("1", "VLV-3100-CK", '3" CI swing check, flanged', "6", "6", "6", "0", ""),
            (
                "2",
                "FTG-BI-U-150",
                '1-1/2" blk malleable union',
                "40",
                "40",
                "46",
                "+6",
                "Over - hold",
            ),
            ("3", "HVC-CND-PUMP", "Condensate pump 115V", "8", "8", "8", "0", ""),
            ("4", "PMP-CIRC-015", "Circulator 1/25 HP 115V", "4", "4", "3", "-1", "Short 1 of 4"),
        ],
    )
    pdf.ln(5)
    block(
        pdf,
        "Line 2: 46 counted against 40 on the packing list and the PO. The extra unions are "
        "tagged and held at receiving, bay 2, for the vendor's pickup.",
    )
    block(
        pdf,
        "Line 4: circulator carton opened at the dock, 3 pumps in a 4-pack. Please credit the "
        "missing pump; we are not reordering it.",
    )
    block(pdf, "Lines 1 and 3 received complete and in good condition. Freight: 7 pcs, 412 lb.")
    pdf.ln(3)
    txt(pdf, "Disposition requested: over - return to vendor; short - vendor credit.", 6, "I", 9)
    return pdf_done(pdf)


def debit_memo_s12() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 13, 15, 31, tzinfo=dt.UTC))
    letterhead(pdf, "SUMMIT HVAC SERVICES", SUMMIT_HEAD)
    txt(pdf, "DEBIT MEMO   DM-4471", 8, "B", 12)
    pairs(
        pdf,
        [
            ("To", "Tri-State Supply - A/R", "Date", "11/13/2026"),
            ("Your invoice", "INV-88152", "Invoice date", "11/05/2026"),
            ("Our PO", "PO-60418", "Reason", "Shortage"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (32, 52, 20, 20, 16, 22, 28),
        ("Item", "Description", "Qty inv.", "Qty rec.", "Short", "Unit", "Amount"),
        [("TST-2100-NP", "Non-programmable stat 24V", "20", "18", "2", "28.90", "57.80")],
    )
    pdf.ln(3)
    txt(pdf, "Total debit:  USD 57.80", 7, "B", 11)
    pdf.ln(2)
    block(
        pdf,
        "Per our receiving count of the 11/05/2026 delivery (your truck). This amount will be "
        "deducted from our next remittance unless a credit memo is received first.",
    )
    block(pdf, "Questions: Linda Chu, Accounts Payable, 908-555-0172 x204.")
    return pdf_done(pdf)


def credit_request_s18() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 18, 13, 58, tzinfo=dt.UTC))
    letterhead(pdf, "Riverbend Plumbing & Heating", RIVERBEND_HEAD)
    txt(pdf, "CREDIT REQUEST  CR-1187", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Vendor", "Tri-State Supply", "Date", "11/18/2026"),
            ("Invoice", "INV-88180", "Invoice date", "11/10/2026"),
            ("Our PO", "24530", "Quote", "Q-2291 (P. Serrano)"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (30, 52, 12, 22, 22, 20, 24),
        ("Item", "Description", "Qty", "Invoiced", "Quoted", "Diff", "Ext."),
        [
            ("VLV-0750-PRV", '3/4" PRV 25-75 psi', "4", "92.80", "86.50", "6.30", "25.20"),
        ],
    )
    pdf.ln(3)
    txt(pdf, "Credit requested:  $25.20", 7, "B", 11)
    pdf.ln(2)
    block(
        pdf,
        "The PRVs were quoted to us at 86.50 each on 10/30/2026 (quote Q-2291, good for 30 "
        "days). The invoice bills 92.80. Please credit the difference of 6.30 per unit.",
    )
    return pdf_done(pdf)


def rga_s20() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 19, 13, 41, tzinfo=dt.UTC))
    letterhead(pdf, "Riverbend Plumbing & Heating", RIVERBEND_HEAD)
    txt(pdf, "RETURN GOODS AUTHORIZATION REQUEST", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Request no.", "RB-RGA-0412", "Date", "11/19/2026"),
            ("Vendor order", "SO-104222", "Our PO", "24415"),
            ("Job", "Oaks Reservoir pump house", "Requested by", "Mike O'Brien"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (33, 50, 16, 16, 30, 50),
        ("Item", "Description", "Shipped", "Return", "Reason", "Comment"),
        [
            (
                "BFP-RPZ-300-SO",
                '3" RPZ backflow assy',
                "1",
                "1",
                "No longer needed",
                "spec changed to DCVA",
            ),
            ("VLV-3100-CK", '3" CI swing check flg', "2", "1", "Defective", "clapper hangs open"),
        ],
        size=8,
    )
    pdf.ln(4)
    block(
        pdf,
        "RPZ: the water authority changed the requirement to a double check assembly on "
        "11/12. The unit was never installed and is in its crate with the test tag.",
    )
    block(
        pdf,
        "Check valve: fails the back-pressure test at 40 psi, the clapper sticks in the open "
        "position. The second check valve on this order is installed and fine.",
    )
    block(pdf, "Both items are at our yard, 77 Canal Street, for pickup.")
    return pdf_done(pdf)


def debit_notice_s21() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 19, 18, 47, tzinfo=dt.UTC))
    letterhead(pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE_HEAD)
    txt(pdf, "VENDOR DEBIT NOTICE   VDN-3309", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Vendor", "Tri-State Supply (V-0412)", "Date", "11/19/2026"),
            ("Invoice", "INV-88098", "Invoice date", "10/26/2026"),
            ("PO", "PO-77790", "Terms", "Net 30"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (20, 34, 44, 12, 20, 20, 18, 22),
        (
            "KM part",
            "Vendor item",
            "Description",
            "Qty",
            "Invoiced",
            "PO price",
            "Var.",
            "Extended",
        ),
        [
            (
                "KM-20100",
                "PIP-CU-L-100-20",
                '1" type L Cu 20 ft',
                "30",
                "76.40",
                "71.80",
                "4.60",
                "138.00",
            ),
            (
                "KM-40112",
                "FTG-CU-E90-100",
                '1" Cu 90 ell CxC',
                "200",
                "2.95",
                "2.95",
                "0.00",
                "0.00",
            ),
            ("", "VLV-1005-BV", '1" ball valve FP', "36", "15.20", "15.20", "0.00", "0.00"),
        ],
        size=8,
    )
    pdf.ln(3)
    txt(pdf, "Amount of this notice:  138.00", 7, "B", 11)
    pdf.ln(2)
    block(
        pdf,
        "The copper tube was bought at the contract price of 71.80 per length (PO-77790). "
        "Please issue a credit memo for the variance; we have short-paid nothing.",
    )
    block(pdf, "Dana Ruiz, Accounts Payable - 610-555-0231 x112")
    return pdf_done(pdf)


def return_request_s24() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 23, 13, 55, tzinfo=dt.UTC))
    letterhead(pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE_HEAD)
    txt(pdf, "MATERIAL RETURN REQUEST   MRR-26-118", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Vendor", "Tri-State Supply", "Date", "11/23/2026"),
            ("PO", "PO-77760", "Requested by", "T. Morales"),
            ("Job", "2466 - Glenside offices", "Ship back from", "Sharon Hill shop"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (20, 34, 42, 15, 15, 26, 43),
        ("KM part", "Vendor item", "Description", "Rec'd", "Return", "Reason", "Notes"),
        [
            ("KM-61750", "", "7-day Wi-Fi thermostat", "8", "2", "DEFECTIVE", "freeze, no Wi-Fi"),
            (
                "",
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11 cs/12",
                "12",
                "12",
                "WRONG ITEM",
                "16x20x1 inside",
            ),
        ],
        size=8,
    )
    pdf.ln(4)
    block(
        pdf,
        "Thermostats: the screens freeze and the units drop off Wi-Fi after a day on 24 VAC. "
        "Firmware 2.0.7 reinstalled, same result. 6 of the 8 are installed and working.",
    )
    block(
        pdf,
        "Filters: the cases are labeled 16x25x1 but every case holds 16x20x1 filters. Found "
        "when the crew opened them on 11/20. Please exchange for the right size.",
    )
    return pdf_done(pdf)


def warranty_s29() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 11, 25, 16, 2, tzinfo=dt.UTC))
    letterhead(pdf, "KEYSTONE MECHANICAL CONTRACTORS", KEYSTONE_HEAD)
    txt(pdf, "SERVICE DEPARTMENT - WARRANTY CLAIM   WC-2611-09", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Supplier", "Tri-State Supply", "Claim date", "11/25/2026"),
            ("Original PO", "PO-76115", "Invoice", "INV-88010"),
            ("Site", "Penn Wynne library", "Technician", "J. Watts"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (26, 52, 12, 26, 26, 53),
        ("Item", "Description", "Qty", "Installed", "Failed", "Failure"),
        [
            (
                "WH-EXP-2G",
                "2 gal thermal expansion tank",
                "1",
                "10/24/2025",
                "11/20/2026",
                "bladder ruptured, waterlogged",
            )
        ],
    )
    pdf.ln(4)
    block(
        pdf,
        "Found on the annual boiler room check: the tank is full of water, the air valve "
        "spits water, relief valve on the heater was weeping at 150 psi. Tank replaced from our "
        "stock; the failed tank is held at the shop for return.",
    )
    return pdf_done(pdf)


def remittance_s34() -> bytes:
    pdf = pdf_start(dt.datetime(2026, 12, 1, 19, 5, tzinfo=dt.UTC))
    letterhead(pdf, "SUMMIT HVAC SERVICES", SUMMIT_HEAD)
    txt(pdf, "REMITTANCE ADVICE", 8, "B", 12)
    pairs(
        pdf,
        [
            ("Payee", "Tri-State Supply", "Payment date", "12/01/2026"),
            ("Method", "ACH", "Reference", "ACH 0077351"),
        ],
    )
    pdf.ln(4)
    grid(
        pdf,
        (28, 24, 28, 30, 28, 52),
        ("Invoice", "Date", "Gross", "Deduction", "Paid", "Note"),
        [
            ("INV-88109", "10/30/2026", "2,074.00", "0.00", "2,074.00", "PO-60377"),
            ("INV-88152", "11/05/2026", "2,557.00", "57.80", "2,499.20", "PO-60418, less DM-4471"),
            ("INV-88184", "11/10/2026", "1,734.80", "0.00", "1,734.80", "PO-60455"),
        ],
    )
    pdf.ln(3)
    txt(pdf, "Total paid:  USD 6,308.00", 7, "B", 11)
    pdf.ln(2)
    block(
        pdf,
        "DM-4471 is our debit memo of 11/13/2026 for the 2 thermostats short on PO-60418. "
        "Credits already issued on returned or damaged material are not taken here.",
    )
    return pdf_done(pdf)


# ---------------------------------------------------------------- spreadsheets


def csv_text(rows) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("ascii")


def xlsx_save(wb: Workbook, when: dt.datetime, author: str) -> bytes:
    """Save with fixed document properties and zip entry times."""
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


def workbook(title, top, head, rows, widths, when, author, after=()) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for text in top:
        ws.append([text])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(list(head))
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for row in rows:
        ws.append(list(row))
    for text in after:
        ws.append([])
        ws.append([text])
    for col, width in zip("ABCDEFGHIJ", widths, strict=False):
        ws.column_dimensions[col].width = width
    return xlsx_save(wb, when, author)


def log_s01() -> bytes:
    return workbook(
        "Receiving",
        [
            "KEYSTONE MECHANICAL - RECEIVING LOG",
            "Vendor: Tri-State Supply    PO 77812    R+L PRO RL123456789    rec'd 11/05/2026 2:15 PM",
        ],
        ("KM Part #", "Description", "Ordered", "Shipped", "Received", "Damaged", "Notes"),
        [
            (
                "KM-88213",
                '2" bronze gate valve thd',
                40,
                40,
                40,
                4,
                "bonnets cracked, bottom layer - pallet corner hit",
            ),
            ("KM-40112", '1" wrot 90 ell CxC', 150, 150, 138, 0, "counted twice, 138"),
            ("KM-88340", '3/4" PRV 25-75', 12, 12, None, None, "2nd truck (Estes)"),
            ("", "3/4 PEX-A 300' coil", 6, 6, None, None, "2nd truck (Estes)"),
        ],
        (12, 28, 10, 10, 10, 10, 46),
        dt.datetime(2026, 11, 9, 12, 30, tzinfo=dt.UTC),
        "ekowalski",
        after=("Estes truck 11/06: PRVs 12 and PEX 6 received, no exceptions.",),
    )


def check_s14() -> bytes:
    return workbook(
        "PO 24530",
        ["Riverbend P&H - receiving check", "PO 24530 / R+L PRO RL123512650 / delivered Thu 11/12"],
        ("Item", "Description", "Ordered", "Shipped", "Rec'd", "Short", "Damaged", "Note"),
        [
            (
                "VLV 1005 BV",
                '1" ball valve FP thrd',
                48,
                48,
                44,
                4,
                0,
                "2 cartons of 24, 2nd carton only had 20",
            ),
            ("FTG CU E90 100", '1" copper 90', 250, 250, 250, 0, 0, ""),
            ("VLV 0750 PRV", '3/4" PRV 25-75', 4, 4, 4, 0, 1, "body cracked at gauge port, leaks"),
        ],
        (15, 24, 9, 9, 9, 8, 9, 40),
        dt.datetime(2026, 11, 16, 13, 20, tzinfo=dt.UTC),
        "Karen Liu",
    )


def returns_s26() -> bytes:
    return workbook(
        "Oak Lane",
        ["Oak Lane job - material going back to Tri-State", "PO 24460   (sheet by S. Ferraro)"],
        ("Description", "Delivered", "Installed", "Returning", "Why"),
        [
            ('2" PVC tee SxSxS', 100, 60, 40, "not needed, drain layout changed"),
            ('1" type L copper 20ft', 10, 0, 10, "wrong - came type M (red print)"),
            ('3/4" ball valve sweat', 30, 24, 6, "leak at stem on bench test, bad"),
            ('1" copper coupling', 50, 50, 0, "(ours, from stock - not Tri-State)"),
        ],
        (26, 11, 11, 11, 40),
        dt.datetime(2026, 11, 24, 13, 5, tzinfo=dt.UTC),
        "Sal Ferraro",
    )


def check_s31() -> bytes:
    return workbook(
        "PO 24561",
        ["Riverbend P&H - receiving check", "PO 24561 / delivered Fri 11/27 / 2 cartons + 1 bag"],
        ("Item", "Description", "Ordered", "Rec'd", "Short", "Note"),
        [
            ("vlv-3100-ck", '3" CI swing check flanged', 3, 2, 1, "1 missing"),
            ("FTG-BI-U-150", '1-1/2" black union', 20, 20, 0, ""),
        ],
        (14, 28, 9, 9, 8, 30),
        dt.datetime(2026, 11, 30, 13, 15, tzinfo=dt.UTC),
        "Karen Liu",
    )


def takeoff_s32() -> bytes:
    return workbook(
        "Takeoff",
        ["Conshohocken bid - mechanical room takeoff (for pricing)", "Bid due Fri 12/4  N. Sharma"],
        ("Line", "Item", "Description", "Qty", "Last paid", "Target"),
        [
            (1, "VLV-2210-BR", '2" bronze gate valve thd', 24, 58.90, 55.00),
            (2, "VLV-0750-PRV", '3/4" PRV 25-75', 18, 91.40, 88.00),
            (3, "FTG-CU-E90-100", '1" wrot 90 ell', 400, 2.95, 2.80),
            (4, "PIP-PEX-075-300", "3/4 PEX-A 300' coil", 10, 164.00, None),
            (5, "PMP-CIRC-015", "circulator 1/25 HP", 6, 139.00, None),
        ],
        (6, 18, 28, 8, 11, 10),
        dt.datetime(2026, 11, 30, 18, 20, tzinfo=dt.UTC),
        "nsharma",
    )


def count_s06() -> bytes:
    return csv_text(
        [
            ["PO", "Line", "UPC", "Description", "Ordered", "Shipped", "Counted", "Variance", "By"],
            ["PO-60418", "1", "084512075004", "WIFI 7-DAY STAT", "12", "12", "12", "0", "DF"],
            [
                "PO-60418",
                "2",
                "084512021006",
                "NON-PROG DIGITAL STAT",
                "20",
                "20",
                "18",
                "-2",
                "DF",
            ],
            [
                "PO-60418",
                "3",
                "061234516251",
                "FILTER 16X25X1 M11 CS12",
                "10",
                "10",
                "10",
                "0",
                "DF",
            ],
        ]
    )


def match_s27() -> bytes:
    head = [
        "Invoice",
        "Inv Date",
        "PO",
        "Item",
        "Description",
        "Qty",
        "Inv Unit",
        "PO Unit",
        "Variance",
        "Ext Variance",
        "Action",
    ]
    rows = [
        ("VLV-3100-CK", '3" CI swing check flg', "6", "189.00", "189.00", "0.00", "0.00", "OK"),
        ("FTG-BI-U-150", '1-1/2" blk union', "40", "10.80", "10.80", "0.00", "0.00", "OK"),
        (
            "HVC-CND-PUMP",
            "condensate pump w/ safety sw",
            "8",
            "64.90",
            "61.50",
            "3.40",
            "27.20",
            "REQUEST CREDIT",
        ),
        ("PMP-CIRC-015", "circulator 1/25 HP", "4", "139.00", "139.00", "0.00", "0.00", "OK"),
    ]
    return csv_text([head] + [["INV-88133", "11/04/2026", "PO-77830", *r] for r in rows])


# ---------------------------------------------------------------- messages

PNG, JPEG, PDF = ("image", "png"), ("image", "jpeg"), ("application", "pdf")
CSV = ("text", "csv")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def refill(body: str, width: int = 74) -> str:
    """Fill over-long paragraphs the way a mail client wraps them (keeps the body 7bit)."""
    out = []
    for par in body.split("\n\n"):
        lines = par.split("\n")
        if all(len(x) <= width for x in lines):
            out.append(par)
        else:
            out.append("\n".join(textwrap.wrap(" ".join(x.strip() for x in lines), width)))
    return "\n\n".join(out)


def build(headers: dict[str, str], body: str, attachment, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(refill(body))
    if attachment is not None:
        data, (main, sub), filename = attachment
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
        msg.set_boundary(boundary)
    return msg.as_bytes()


TOM = "Tom Morales\nPurchasing Manager, Keystone Mechanical Contractors\n610-555-0231 x105 | cell 267-555-0394"
DANA = "Dana Ruiz | Accounts Payable\nKeystone Mechanical Contractors\n610-555-0231 x112"
ED = "Ed Kowalski\nWarehouse / Receiving - Keystone Mechanical\n610-555-0231 x130"
JEROME = (
    "Jerome Watts\nService Technician, Keystone Mechanical Contractors\nService line 610-555-0240"
)
NEIL = "Neil Sharma\nEstimating | Keystone Mechanical Contractors\n610-555-0231 x118"
KAREN = "Karen Liu\nOffice Manager | Riverbend Plumbing & Heating\n610-555-0488"
MIKE = "Mike O'Brien\nProject Manager\nRiverbend Plumbing & Heating | 610-555-0488 x3"
RAJ = "Raj Patel\nOperations Manager, Summit HVAC Services\n908-555-0172 x201"
LINDA = "Linda Chu\nAccounts Payable | Summit HVAC Services\n908-555-0172 x204"
DWAYNE = "Dwayne Fiske\nWarehouse, Summit HVAC\n908-555-0172 x230"
LUIS = "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n410-555-0306 ext 14"
GRACE = "Grace Kim\nAccounts Payable, Harbor Point Property Management\n410-555-0306 ext 22"
TANYA = "Tanya Brooks\nProperty Manager - The Wharfside\nHarbor Point Property Management | 410-555-0306 ext 31"
ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n215-555-0719"
MANNY = "Manny Delgado\nDelgado & Sons Plumbing\ncell 215-555-0764"
VINCE = "Vince Amato\nAmato Pipe Fabrication LLC\n1180 W Main St, Norristown PA 19401\n484-555-0157"
IPHONE = "\n\nSent from my iPhone"

ACK_S09 = "<ack.20261112.7f3a91@tristatesupply.example>"
ACK_S20 = "<ack.20261119.c04d22@tristatesupply.example>"
MID_S03 = "<BN8PR14MB4410A2E7C19D3F@BN8PR14MB4410.namprd14.prod.outlook.com>"

BODIES = {
    "s01": "Morning,\n\nReceiving log for the R+L truck on PO 77812 attached. 2 lines flagged, "
    "notes on the sheet. The second truck (Estes) was fine.\n\n" + ED,
    "s02": "pic attached, sorry for the mess. this carton came off the ODFL liftgate on the "
    "ground last Monday and we only opened it this morning for the Elm St job. my count is on "
    "the label.\n\nDwayne",
    "s03": "Hi,\n\nDiscrepancy report for PO-77830 attached (ODFL, Friday). Two lines with a "
    "variance. We're holding the extras for your driver.\n\n" + TOM,
    "s04": "Ticket from the UPS delivery attached, see the last line.\n\nSal" + IPHONE,
    "s05": "Hi, pics attached sorry for the mess, it was raining. I marked the ticket when we "
    "loaded Friday. The bent stick is still on my truck if you want it back.\n\n" + MANNY,
    "s06": "Count sheet for PO-60418 (your truck on 11/5) attached. Line 2 is off.\n\n" + DWAYNE,
    "s07": "Tag attached. Both valves are bagged at the shop with the tag on them.\n\n" + JEROME,
    "s08": "Good morning,\n\nThe signed slip from Monday's delivery is attached with my notes. "
    "We can't use the wet cases, they are stacked in the boiler room at 1 Harbor Point Plaza "
    "if you want to see them.\n\n" + LUIS,
    "s09": "Hi,\n\nDelivery receipt from yesterday's Estes drop at the Wharfside attached, see the "
    "exception the driver initialed. The heaters and the other cartons were fine.\n\n"
    "Thanks,\n" + TANYA,
    "s10": "Hola,\n\nOn invoice INV-88112, the 1 inch type L copper (the 20 ft sticks): 2 sticks "
    "are dented flat in the middle, like something heavy was on the bundle. We open the bundle "
    "only yesterday for the job on Rising Sun Ave, it came on your truck 10/29.\n\nCan you credit "
    "the 2 sticks or bring 2 new?\n\nThank you\n" + ROSA,
    "s11": 'Hi,\n\nThe Lansdale job was cut back a floor, so the 1" full port ball valves on PO '
    "77731 are not needed anymore. We have 30 of them, still in the original boxes. Please send "
    "a pickup and credit us.\n\n(The 2 that Jerome tagged on Wednesday are a separate thing, "
    "those are bad.)\n\nThanks,\n" + TOM,
    "s12": "Hello,\n\nPlease see the attached debit memo for INV-88152.\n\nKind regards,\n" + LINDA,
    "s13": "Tom / Tri-State,\n\nFound the circulator - it was packed inside the union carton "
    "under the dunnage. So we have all 4, please take that line off. The 6 extra unions are "
    "still on the rack for your driver, nothing else changes.\n\nEd\n\n"
    "-----Original Message-----\nFrom: Tom Morales <tmorales@keystonemech.com>\n"
    "Sent: Tuesday, November 10, 2026 8:20 AM\nTo: Tri-State Returns "
    "<returns@tristatesupply.example>\nSubject: Receiving discrepancy - PO-77830\n\n"
    "Hi,\n\nDiscrepancy report for PO-77830 attached (ODFL, Friday). Two lines with a variance. "
    "We're holding the extras for your driver.\n\nTom Morales",
    "s14": "Hi,\n\nReceiving check for PO 24530 (R+L, Thursday) attached. Two problems, both on "
    "the sheet.\n\nThanks,\n" + KAREN,
    "s15": "Form attached. Please send the right stats asap, we have a job Thursday.\n\n" + RAJ,
    "s16": "Ticket from yesterday's delivery attached. Please have the driver pick up the "
    "extras.\n\n" + LUIS,
    "s17": "Hola, warranty sheet attached for the heater and the valves from last year. The "
    "heater is still at the customer house, we put a loaner.\n\n" + ROSA,
    "s18": "Hi, credit request attached. Phil quoted us 86.50 on these.\n\nThanks!\n" + KAREN,
    "s19": "Hello,\n\nWe are the plumbing sub for Keystone Mechanical on the Marlton school "
    "job. Two of the 3/4 pressure reducing valves from their order SO-104233 do not hold, the "
    "outlet creeps to 95 psi overnight with the set at 60. We pulled both and put in our own. "
    "Tom Morales at Keystone said to send it to you direct.\n\nCan you replace or credit?\n\n"
    + MANNY,
    "s20": "RGA request attached. Let me know when to expect a pickup.\n\n" + MIKE,
    "s21": "Hello,\n\nAttached is our debit notice for a price variance on INV-88098. Please "
    "issue a credit memo at your earliest convenience.\n\n" + DANA,
    "s22": "Hi,\n\nVince Amato from Amato Pipe Fab. We're fabbing the mechanical room headers for "
    "Keystone Mechanical on their Norristown job. Photo of the box attached with my marks - the "
    "fittings leak through the wall of the fitting, not at the joint. Tom Morales at Keystone "
    "said to send these to you.\n\nThanks,\n" + VINCE,
    "s23": "signed slip for the replacement attached, all good this time.\n\nDwayne",
    "s24": "Please see the attached return request for PO-77760.\n\n" + TOM,
    "s25": "Hi,\n\nThank you - credit memo CM-40187 for the dented expansion tank (42.50) came "
    "through and I applied it against INV-88171. Nothing else needed on this one.\n\n"
    "Grace\n\n" + GRACE + "\n\n"
    "On Thu, Nov 12, 2026 at 11:02 AM Tri-State Returns wrote:\n"
    "> Your claim on PO-70288 (SO-104241) was received and approved: 1 x 2 gal\n"
    "> expansion tank, damaged in transit, credit 42.50. A driver will collect\n"
    "> the tank with your next delivery.\n>\n> Denise Hall, Returns Desk",
    "s26": "Sheet attached for what's going back from the Oak Lane job (PO 24460). Half a dozen "
    "of the ball valves are junk, rest is on the sheet.\n\nSal" + IPHONE,
    "s27": "Hello,\n\nOur AP match report for INV-88133 is attached - one line is billed over the "
    "PO price. Please credit the difference.\n\n" + DANA,
    "s28": "Page from the stockroom log attached, first line. Faceplates cracked out of the "
    "box.\n\n" + LUIS,
    "s29": "Warranty claim attached, the tank is at our shop.\n\n" + JEROME,
    "s30": "I am out of the office until Monday, November 30 with limited access to email.\n\n"
    "For damaged, short or wrong deliveries and returns, please contact Karen Liu at "
    "office@riverbendph.com or 610-555-0488. For job site emergencies call my cell "
    "484-555-0126.\n\nMike O'Brien",
    "s31": "Hi, receiving check for PO 24561 attached, delivered Friday. One line is off.\n\n"
    + KAREN,
    "s32": "Hi,\n\nPhil Serrano used to do our quotes and I don't have his replacement's address, "
    "so sending here - please forward. Need pricing on the attached takeoff by Friday, mostly "
    "the same material as PO-77812.\n\nIf we go ahead: the gate valves last time came with "
    "cracked bonnets, so please double box them.\n\nThanks,\n" + NEIL,
    "s33": 'Hi,\n\nOn SO-104233 we ordered 12 of the 3/4" pressure reducing valves. The Ardmore '
    "job dropped the booster station, so we only need 7. Can we send the other 5 back? They are "
    "still sealed in the boxes.\n\nThanks,\n" + TOM,
    "s34": "Please find attached the remittance advice for today's ACH payment.\n\n" + LINDA,
    "s35": 'Karen found ten of the 1-1/2" black unions from PO 24388 on the shelf, never used - '
    "the Route 29 job closed out. Can we return them for credit?\n\n" + MIKE,
    "s36": "Return form attached, the units are sealed.\n\n" + RAJ,
    "s37": "Hola,\n\nThe customer on Tasker St want the warranty paper for the 2 electric heaters "
    "we put in October (INV-88070). Nothing wrong with them, they work good, she only want the "
    "paper for her insurance. Is it 6 years on the tank? Can you send the paper or a link?\n\n"
    "Gracias\nRosa",
}

K_ED = "Ed Kowalski <ekowalski@keystonemech.com>"
K_TOM = "Tom Morales <tmorales@keystonemech.com>"
K_DANA = "Dana Ruiz <ap@keystonemech.com>"
K_JEROME = "Jerome Watts <jwatts@keystonemech.com>"
R_KAREN = "Karen Liu <office@riverbendph.com>"
R_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
S_DWAYNE = "Dwayne Fiske <dfiske@summithvac.net>"
S_RAJ = "Raj Patel <raj.patel@summithvac.net>"
S_LINDA = "Linda Chu <ap@summithvac.net>"
H_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
D_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
D_MANNY = "Manny Delgado <manny@delgadosons.com>"

# name, from, subject, date, message-id, attachment (builder, type, filename) or None, extra headers
EMAILS = [
    (
        "s01-keystone-receiving-log-xlsx-gate-valves-elbows.eml",
        K_ED,
        "PO 77812 - R+L delivery 11/5",
        "Mon, 09 Nov 2026 07:41:26 -0500",
        "<BN8PR14MB4410F1C2A07E55@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (log_s01, XLSX, "PO77812 receiving.xlsx"),
        {},
    ),
    (
        "s02-summit-register-carton-photo.eml",
        S_DWAYNE,
        "carton 2 of 3 - floor registers",
        "Mon, 09 Nov 2026 09:12:03 -0500",
        "<CAH4x9Tq0vZk2m1bQeR7Lp5w@mail.gmail.com>",
        (label_s02, JPEG, "IMG_20261109_090644.jpg"),
        {},
    ),
    (
        "s03-keystone-discrepancy-pdf-circulators-unions.eml",
        K_TOM,
        "Receiving discrepancy - PO-77830",
        "Tue, 10 Nov 2026 08:20:44 -0500",
        MID_S03,
        (discrepancy_s03, PDF, "KMC-RD-2611-07.pdf"),
        {},
    ),
    (
        "s04-riverbend-receiving-ticket-scan-pex.eml",
        "Sal Ferraro <sferraro@riverbendph.com>",
        "PO 24519 ticket",
        "Tue, 10 Nov 2026 09:47:10 -0500",
        "<6D1E0B7A-33C2-4E8F-9A41-0C5B7E2D1F90@riverbendph.com>",
        (ticket_s04, PNG, "RT3316.png"),
        {},
    ),
    (
        "s05-delgado-pickup-ticket-photo-black-pipe.eml",
        D_MANNY,
        "pickup SO-104240 bent pipe",
        "Tue, 10 Nov 2026 13:05:37 -0500",
        "<20261110180537.GA21877@delgadosons.com>",
        (pickup_s05, JPEG, "20261106_163212.jpg"),
        {},
    ),
    (
        "s06-summit-count-csv-thermostats.eml",
        S_DWAYNE,
        "PO-60418 count",
        "Wed, 11 Nov 2026 07:58:51 -0500",
        "<CAH4x9Tr7Yd1cNw0hPq3Ks8e@mail.gmail.com>",
        (count_s06, CSV, "count_PO-60418.csv"),
        {},
    ),
    (
        "s07-keystone-defect-tag-scan-ball-valves.eml",
        K_JEROME,
        "Defective tag - Lansdale job",
        "Wed, 11 Nov 2026 11:30:15 -0500",
        "<BN8PR14MB44107C3D90B2A1@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (tag_s07, PNG, "scan0043.png"),
        {},
    ),
    (
        "s08-harbor-slip-photo-filters.eml",
        H_LUIS,
        "PO-70231 delivery Monday - wet filters",
        "Thu, 12 Nov 2026 08:05:22 -0500",
        "<a91f3c2e0b7d4e58@harborpointpm.com>",
        (slip_s08, JPEG, "IMG_4471.JPG"),
        {},
    ),
    (
        "s09-harbor-estes-receipt-scan-tank.eml",
        "Tanya Brooks <tbrooks@harborpointpm.com>",
        "Estes delivery 11/11 - Wharfside",
        "Thu, 12 Nov 2026 10:22:48 -0500",
        "<d27e61b0c5a84f13@harborpointpm.com>",
        (estes_s09, PNG, "Estes DR 11-11.png"),
        {},
    ),
    (
        "s10-delgado-copper-tube-plain.eml",
        D_ROSA,
        "copper INV-88112",
        "Thu, 12 Nov 2026 14:10:09 -0500",
        "<3f0e9c41.5b2d.4a77@delgadoplumbing.com>",
        None,
        {},
    ),
    (
        "s11-keystone-ball-valves-pickup-plain.eml",
        K_TOM,
        'PO 77731 - 1" ball valves not needed',
        "Fri, 13 Nov 2026 08:02:33 -0500",
        "<BN8PR14MB4410E8F02C6B17@BN8PR14MB4410.namprd14.prod.outlook.com>",
        None,
        {},
    ),
    (
        "s12-summit-debit-memo-pdf-thermostats.eml",
        S_LINDA,
        "Debit memo DM-4471 / INV-88152",
        "Fri, 13 Nov 2026 10:40:57 -0500",
        "<20261113154057.7C11@summithvac.net>",
        (debit_memo_s12, PDF, "DM-4471.pdf"),
        {},
    ),
    (
        "s13-keystone-circulator-turned-up.eml",
        K_ED,
        "RE: Receiving discrepancy - PO-77830",
        "Fri, 13 Nov 2026 13:15:40 -0500",
        "<BN8PR14MB44105A1E6D0F92@BN8PR14MB4410.namprd14.prod.outlook.com>",
        None,
        {"In-Reply-To": MID_S03, "References": MID_S03},
    ),
    (
        "s14-riverbend-receiving-xlsx-valves.eml",
        R_KAREN,
        "Receiving check PO 24530",
        "Mon, 16 Nov 2026 08:33:19 -0500",
        "<000b01db7e12$4a6c1f20$df445d60$@riverbendph.com>",
        (check_s14, XLSX, "PO 24530 check.xlsx"),
        {},
    ),
    (
        "s15-summit-return-form-scan-stats-filters.eml",
        S_RAJ,
        "Return/credit form SO-104244",
        "Mon, 16 Nov 2026 11:50:02 -0500",
        "<20261116165002.9A03@summithvac.net>",
        (summit_s15, PNG, "SHS-RTN 104244.png"),
        {},
    ),
    (
        "s16-harbor-fleet-ticket-photo-registers.eml",
        H_LUIS,
        "Delivery ticket 11/16 - PO-70296",
        "Tue, 17 Nov 2026 07:36:45 -0500",
        "<5c0d8e27f1a94b60@harborpointpm.com>",
        (ticket_s16, JPEG, "IMG_4502.JPG"),
        {},
    ),
    (
        "s17-delgado-warranty-form-scan-heater.eml",
        D_ROSA,
        "garantia - heater and valves",
        "Tue, 17 Nov 2026 12:18:30 -0500",
        "<8a2b7d10.1e4f.4c39@delgadoplumbing.com>",
        (delgado_s17, PNG, "warranty sheet.png"),
        {},
    ),
    (
        "s18-riverbend-credit-request-pdf-prv.eml",
        R_KAREN,
        "Credit request CR-1187 - INV-88180",
        "Wed, 18 Nov 2026 09:05:11 -0500",
        "<000e01db7fd9$2b15c7a0$8141d6e0$@riverbendph.com>",
        (credit_request_s18, PDF, "CR-1187.pdf"),
        {},
    ),
    (
        "s19-delgado-prvs-keystone-job.eml",
        D_MANNY,
        "PRVs on Keystone's order SO-104233",
        "Wed, 18 Nov 2026 13:40:26 -0500",
        "<20261118184026.GB30112@delgadosons.com>",
        None,
        {},
    ),
    (
        "s20-riverbend-rga-pdf-check-valve-rpz.eml",
        R_MIKE,
        "RGA request - SO-104222 / PO 24415",
        "Thu, 19 Nov 2026 08:50:38 -0500",
        "<B7C94E02-6F1A-4D3B-8E25-71A09C4F3D86@riverbendph.com>",
        (rga_s20, PDF, "RB-RGA-0412.pdf"),
        {},
    ),
    (
        "s21-keystone-debit-memo-pdf-copper.eml",
        K_DANA,
        "Debit notice VDN-3309 - INV-88098",
        "Thu, 19 Nov 2026 14:02:17 -0500",
        "<BN8PR14MB4410B3D71E08C4@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (debit_notice_s21, PDF, "VDN-3309.pdf"),
        {},
    ),
    (
        "s22-fab-shop-elbow-label-photo.eml",
        "Vince Amato <vince@amatopipefab.com>",
        "Leaking copper 90s - Keystone Norristown job",
        "Fri, 20 Nov 2026 07:15:52 -0500",
        "<0f1d2c3b4a59@amatopipefab.com>",
        (label_s22, JPEG, "box label.jpg"),
        {},
    ),
    (
        "s23-summit-signed-slip-photo.eml",
        S_DWAYNE,
        "signed slip - replacement stats",
        "Fri, 20 Nov 2026 12:44:08 -0500",
        "<CAH4x9Tp3Jm8sLq5aWd2Vn6r@mail.gmail.com>",
        (slip_s23, JPEG, "IMG_20261119_141502.jpg"),
        {},
    ),
    (
        "s24-keystone-rar-pdf-stats-filters.eml",
        K_TOM,
        "MRR-26-118 PO-77760",
        "Mon, 23 Nov 2026 09:10:27 -0500",
        "<BN8PR14MB44109E2A5C7D03@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (return_request_s24, PDF, "MRR-26-118.pdf"),
        {},
    ),
    (
        "s25-harbor-thanks-credit.eml",
        "Grace Kim <payables@harborpointpm.com>",
        "RE: Claim received - PO-70288 expansion tank",
        "Mon, 23 Nov 2026 15:05:33 -0500",
        "<e4b19a07c32d4f81@harborpointpm.com>",
        None,
        {"In-Reply-To": ACK_S09, "References": ACK_S09},
    ),
    (
        "s26-riverbend-return-xlsx-three-rows.eml",
        "Sal Ferraro <sferraro@riverbendph.com>",
        "Oak Lane returns - PO 24460",
        "Tue, 24 Nov 2026 08:12:55 -0500",
        "<A2F03D61-9B7E-4C12-B5D8-3E6F90A1C744@riverbendph.com>",
        (returns_s26, XLSX, "Oak Lane returns.xlsx"),
        {},
    ),
    (
        "s27-keystone-price-csv-pumps.eml",
        K_DANA,
        "Price variance INV-88133",
        "Tue, 24 Nov 2026 10:55:40 -0500",
        "<BN8PR14MB44104F6B2D9E18@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (match_s27, CSV, "AP_match_exceptions_INV-88133.csv"),
        {},
    ),
    (
        "s28-harbor-receiving-log-scan-stats.eml",
        H_LUIS,
        "thermostats PO-70302",
        "Wed, 25 Nov 2026 08:40:14 -0500",
        "<7b3e5f90a2c14d26@harborpointpm.com>",
        (harbor_s28, PNG, "log p14.png"),
        {},
    ),
    (
        "s29-keystone-warranty-pdf-expansion-tank.eml",
        K_JEROME,
        "Warranty claim WC-2611-09",
        "Wed, 25 Nov 2026 11:20:29 -0500",
        "<BN8PR14MB44101C8E7A3F56@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (warranty_s29, PDF, "WC-2611-09.pdf"),
        {},
    ),
    (
        "s30-riverbend-auto-reply.eml",
        R_MIKE,
        "Automatic reply: Claim received - SO-104222 / PO 24415",
        "Fri, 27 Nov 2026 07:02:11 -0500",
        "<C19E27B4-0A5D-4F6E-93C1-8D2B4E7F0A15@riverbendph.com>",
        None,
        {
            "In-Reply-To": ACK_S20,
            "References": ACK_S20,
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
        },
    ),
    (
        "s31-riverbend-receiving-xlsx-check-valves.eml",
        R_KAREN,
        "PO 24561 receiving",
        "Mon, 30 Nov 2026 08:25:36 -0500",
        "<001201db8157$6e0d9a10$4a28ce30$@riverbendph.com>",
        (check_s31, XLSX, "PO 24561 check.xlsx"),
        {},
    ),
    (
        "s32-keystone-takeoff-xlsx-pricing.eml",
        "Neil Sharma <nsharma@keystonemech.com>",
        "Pricing request - Conshohocken bid",
        "Mon, 30 Nov 2026 13:30:48 -0500",
        "<BN8PR14MB4410D60F3B1A29@BN8PR14MB4410.namprd14.prod.outlook.com>",
        (takeoff_s32, XLSX, "Conshy takeoff.xlsx"),
        {},
    ),
    (
        "s33-keystone-prvs-job-change-plain.eml",
        K_TOM,
        "SO-104233 - return 5 PRVs",
        "Tue, 01 Dec 2026 08:45:03 -0500",
        "<BN8PR14MB441062A0C5E7B8@BN8PR14MB4410.namprd14.prod.outlook.com>",
        None,
        {},
    ),
    (
        "s34-summit-remittance-pdf.eml",
        S_LINDA,
        "Remittance advice - ACH 12/01/2026",
        "Tue, 01 Dec 2026 14:20:19 -0500",
        "<20261201192019.3E58@summithvac.net>",
        (remittance_s34, PDF, "Remittance_ACH0077351.pdf"),
        {},
    ),
    (
        "s35-riverbend-unions-plain.eml",
        R_MIKE,
        "PO 24388 leftover unions",
        "Wed, 02 Dec 2026 09:15:42 -0500",
        "<F4A17C93-2E8B-4D05-A6F1-5B9C3D2E8A47@riverbendph.com>",
        None,
        {},
    ),
    (
        "s36-summit-return-form-scan-wifi-stats.eml",
        S_RAJ,
        "Return form - SO-104238",
        "Thu, 03 Dec 2026 10:05:58 -0500",
        "<20261203150558.B6D2@summithvac.net>",
        (summit_s36, PNG, "SHS-RTN 104238.png"),
        {},
    ),
    (
        "s37-delgado-heater-warranty-question.eml",
        D_ROSA,
        "pregunta - warranty heaters",
        "Fri, 04 Dec 2026 09:50:21 -0500",
        "<c6e0f2a8.77b3.4e15@delgadoplumbing.com>",
        None,
        {},
    ),
]


def main() -> None:
    REQUESTS.mkdir(parents=True, exist_ok=True)
    for name, sender, subject, date, msgid, attachment, extra in EMAILS:
        sid = name.split("-")[0]
        headers = {
            "From": sender,
            "To": RETURNS,
            "Subject": subject,
            "Date": date,
            "Message-ID": msgid,
            **extra,
        }
        part = None
        if attachment is not None:
            make, mime, filename = attachment
            part = (make(), mime, filename)
        data = build(headers, BODIES[sid], part, f"==_h29_{sid}_part_==")
        (REQUESTS / name).write_bytes(data)


if __name__ == "__main__":
    main()
