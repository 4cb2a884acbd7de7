"""Build the heldout19 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout19/make_attachments.py

Scanned-looking PNGs (Pillow): s02 our packing slip with the receiver's pen notes, s14 our
own-fleet delivery ticket signed with a pen note.
Photo-like JPEGs (Pillow): s12 the carrier's delivery receipt with the driver's exception,
s13 our packing slip taped to a carton with pen notes, s24 our packing slip on a clipboard
with pen notes, s27 a plumber's hand-written service ticket.
Text PDFs (fpdf2): s03 our packing list marked up in a PDF reader, s11 the customer's own
material return request form, s19 a spreadsheet printed to PDF, s30 a debit memo.

Everything is fixed: random seeds, dates, MIME boundaries, the PDF creation date and the
font (Pillow's bundled default font, fpdf2's core Helvetica). The other requests of the set
are written by hand.
"""

import datetime as dt
import io
import random
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
TO = "returns@distributor.example"

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s02": 1902,
    "s12": 1912,
    "s13": 1913,
    "s14": 1914,
    "s24": 2024,
    "s27": 2027,
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


def tick(draw: ImageDraw.ImageDraw, x: int, y: int, ink: Ink, w: int = 4) -> None:
    """A pen check mark."""
    draw.line([(x, y + 14), (x + 10, y + 26), (x + 32, y - 6)], fill=ink, width=w)


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
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    top: int,
    rows: int,
    step: int,
    right: int,
    fill: Ink = 70,
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=fill, width=2)
    for x in (*cols, right):
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
) -> None:
    grid(draw, cols, top, len(rows) + 1, step, right, fill=rule)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(cols, row, strict=True):
            draw.text(
                (x + 10, top + r * step + (step - size) // 2), text, font=font(size), fill=ink
            )


# ---------------------------------------------------------------- scans and photos


def packing_slip_scan_png() -> bytes:
    """s02: our packing slip for SO-104238, the receiver's pen notes, scanned in grey."""
    rng = random.Random(SEEDS["s02"])
    img = Image.new("L", (1700, 1250), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "TRI-STATE SUPPLY", font=font(46), fill=15)
    draw.text((70, 110), "PACKING SLIP", font=font(32), fill=25)
    draw.text((1080, 55), "SHIP FROM: DC-EAST", font=font(28), fill=25)
    draw.text((1080, 95), "CARRIER: OWN FLEET", font=font(28), fill=25)
    info = [
        ("ORDER:", "SO-104238"),
        ("CUSTOMER PO:", "PO-60418"),
        ("SHIP TO:", "SUMMIT HVAC SERVICES - SUMMIT RIDGE ES SITE"),
        ("SHIP DATE:", "11/05/2026"),
    ]
    y = 190
    for key, value in info:
        draw.text((70, y), key, font=font(26), fill=60)
        draw.text((330, y), value, font=font(28), fill=15)
        y += 46
    cols = (60, 150, 470, 1090, 1220)
    table(
        draw,
        cols,
        1640,
        410,
        78,
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP"),
        [
            ("1", "TST-7500-PRO", "7-DAY PROG WI-FI THERMOSTAT", "12", "12"),
            ("2", "TST-2100-NP", "NON-PROG DIGITAL THERMOSTAT", "20", "20"),
            ("3", "HVC-FLT-1625-M11", "16X25X1 MERV 11 FILTER CS/12", "10", "10"),
        ],
        26,
        15,
        90,
    )
    pen = 35
    tick(draw, 1350, 506, pen)
    hand(img, (1390, 494), "OK", rng, size=34, ink=pen, tilt=3.0)
    hand(img, (1330, 572), "REC 18", rng, size=36, ink=pen, tilt=3.0)
    hand(img, (1330, 650), "1 CS", rng, size=36, ink=pen, tilt=3.0)
    hand(img, (120, 800), "TSTATS SHORT 2 - ONLY 18 IN BOXES", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (120, 880), "FILTERS - 1 CASE CRUSHED FLAT", rng, size=40, ink=pen, tilt=3.0)
    draw.text((70, 1020), "RECEIVED BY:", font=font(24), fill=60)
    draw.line([(280, 1050), (800, 1050)], fill=90, width=2)
    hand(img, (300, 1005), "J. Mendez  11/5", rng, size=34, ink=pen)
    draw.text(
        (70, 1150),
        "Claims for shortage or damage must be reported promptly.",
        font=font(22),
        fill=70,
    )
    return scan_finish(img, rng, 0.6, 12000)


def delivery_receipt_jpeg() -> bytes:
    """s12: the carrier's delivery receipt for SO-104241 on a clipboard, one exception in pen."""
    rng = random.Random(SEEDS["s12"])
    img = Image.new("RGB", (1600, 1250), (58, 66, 79))  # dark counter top
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([(40, 20), (1560, 1230)], radius=30, fill=(139, 101, 61))  # clipboard
    draw.rectangle([(80, 70), (1520, 1200)], fill=(241, 240, 233))
    draw.rounded_rectangle([(620, 30), (980, 100)], radius=12, fill=(170, 170, 172))  # clip
    ink = (22, 22, 22)
    draw.text((120, 120), "ESTES EXPRESS LINES", font=font(42), fill=ink)
    draw.text((120, 172), "DELIVERY RECEIPT", font=font(30), fill=ink)
    draw.text((1000, 120), "PRO ES4410402981", font=font(34), fill=ink)
    barcode(draw, rng, 1010, 170, 56, 50)
    rows = [
        ("CONSIGNEE:", "HARBOR POINT PROPERTY MGMT"),
        ("SHIPPER:", "TRI-STATE SUPPLY DC-EAST"),
        ("REFERENCE:", "SO-104241   PO-70288"),
        ("DELIVERED:", "11/11/2026   1:40 PM"),
    ]
    y = 260
    for key, value in rows:
        draw.text((120, y), key, font=font(24), fill=(60, 60, 60))
        draw.text((370, y), value, font=font(28), fill=ink)
        y += 46
    table(
        draw,
        (110, 230, 1060, 1260),
        1490,
        470,
        70,
        ("PCS", "DESCRIPTION", "WEIGHT", "CLASS"),
        [
            ("3", "WATER HEATER 50 GAL NAT GAS", "465", "85"),
            ("3", "EXPANSION TANK 2 GAL", "27", "85"),
        ],
        26,
        ink,
        (80, 80, 80),
    )
    draw.text((120, 720), "EXCEPTIONS / NOTES:", font=font(26), fill=ink)
    pen = (25, 35, 120)
    hand(img, (140, 780), "1 EXP TANK CARTON CRUSHED", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 850), "TANK DENTED AT TOP", rng, size=40, ink=pen, tilt=3.0)
    draw.text(
        (120, 980), "Received in good order except as noted.", font=font(22), fill=(70, 70, 70)
    )
    draw.text((120, 1040), "Consignee:", font=font(22), fill=(70, 70, 70))
    hand(img, (300, 1025), "L. Ortega", rng, size=36, ink=pen)
    draw.text((820, 1040), "Driver:", font=font(22), fill=(70, 70, 70))
    hand(img, (950, 1025), "R. Pace #2210", rng, size=32, ink=pen)
    return photo_finish(img, rng, -1.4, (50, 56, 66), 9000)


def carton_slip_jpeg() -> bytes:
    """s13: our packing slip for SO-104244 taped to a carton, the receiver's pen notes."""
    rng = random.Random(SEEDS["s13"])
    img = Image.new("RGB", (1600, 1200), (176, 136, 92))  # corrugated carton
    draw = ImageDraw.Draw(img)
    for x in range(0, 1600, 14):  # flute lines
        draw.line([(x, 0), (x + 6, 1200)], fill=(166, 127, 85), width=3)
    draw.rectangle([(70, 60), (1530, 1140)], fill=(236, 238, 240))  # window envelope
    draw.rectangle([(95, 85), (1505, 1115)], fill=(248, 248, 246))
    ink = (20, 20, 20)
    draw.text((130, 115), "TRI-STATE SUPPLY   PACKING SLIP", font=font(40), fill=ink)
    draw.text(
        (130, 175), "SO-104244    PO-60455    SHIP FROM DC-WEST    UPS", font=font(28), fill=ink
    )
    draw.text((130, 220), "SUMMIT HVAC SERVICES", font=font(28), fill=ink)
    table(
        draw,
        (120, 470, 1040, 1170),
        1480,
        300,
        84,
        ("ITEM", "DESCRIPTION", "ORD", "SHIP"),
        [
            ("HVC-CND-PUMP", "CONDENSATE PUMP 115V", "10", "10"),
            ("TST-2100-NP", "NON-PROG DIGITAL TSTAT", "12", "12"),
            ("HVC-FLT-1625-M11", "16X25X1 MERV 11 CS/12", "20", "20"),
        ],
        28,
        ink,
        (90, 90, 90),
    )
    pen = (15, 20, 95)
    hand(img, (1300, 400), "OK", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 690), "TSTATS: 3 ARE WRONG", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (140, 760), "(GOT 7-DAY WIFI MODEL)", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (140, 860), "FILTERS: 2 CS WET", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (140, 990), "JM 11/12", rng, size=36, ink=pen)
    return photo_finish(img, rng, 1.1, (120, 92, 60), 9000)


def delivery_ticket_scan_png() -> bytes:
    """s14: our own-fleet delivery ticket for SO-104246, signed, one pen note."""
    rng = random.Random(SEEDS["s14"])
    img = Image.new("L", (1700, 1150), 249)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "TRI-STATE SUPPLY - DELIVERY TICKET", font=font(42), fill=15)
    draw.text((1250, 58), "DT-55170", font=font(34), fill=20)
    draw.text((70, 115), "OWN FLEET - TRUCK 14 - DC-EAST", font=font(28), fill=40)
    info = [
        ("ORDER:", "SO-104246"),
        ("CUSTOMER PO:", "PO-70296"),
        ("DELIVER TO:", "HARBOR POINT PM - 300 HARBOR WAY BLDG A"),
        ("DATE:", "11/16/2026"),
    ]
    y = 180
    for key, value in info:
        draw.text((70, y), key, font=font(26), fill=60)
        draw.text((330, y), value, font=font(28), fill=15)
        y += 46
    table(
        draw,
        (60, 390, 1130),
        1640,
        390,
        78,
        ("ITEM", "DESCRIPTION", "QTY"),
        [
            ("HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER WHITE", "40"),
            ("VLV-0075-BV", "3/4 BALL VALVE FP SWEAT", "12"),
        ],
        28,
        15,
        90,
    )
    pen = 30
    hand(img, (1240, 560), "4 WRONG SIZE (1/2)", rng, size=36, ink=pen, tilt=3.0)
    draw.text((70, 720), "RECEIVED BY (PRINT / SIGN):", font=font(24), fill=60)
    draw.line([(470, 750), (1100, 750)], fill=90, width=2)
    hand(img, (500, 700), "L. ORTEGA", rng, size=36, ink=pen)
    hand(img, (900, 700), "11/16", rng, size=34, ink=pen)
    draw.text(
        (70, 860),
        "Report damage, shortage or wrong items to returns within 5 days.",
        font=font(22),
        fill=70,
    )
    return scan_finish(img, rng, -0.8, 11000)


def clipboard_slip_jpeg() -> bytes:
    """s24: our packing slip for SO-104222 on a site clipboard, the PM's pen notes."""
    rng = random.Random(SEEDS["s24"])
    img = Image.new("RGB", (1600, 1250), (96, 98, 92))  # tailgate
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([(50, 30), (1550, 1230)], radius=26, fill=(44, 44, 48))  # clipboard
    draw.rectangle([(90, 90), (1510, 1200)], fill=(244, 243, 238))
    draw.rounded_rectangle([(600, 40), (1000, 110)], radius=10, fill=(160, 160, 164))
    ink = (22, 22, 22)
    draw.text((130, 140), "TRI-STATE SUPPLY   PACKING SLIP", font=font(40), fill=ink)
    draw.text(
        (130, 200), "SO-104222   PO-24415   DC-WEST   ESTES   10/20/2026", font=font(28), fill=ink
    )
    draw.text((130, 245), "RIVERBEND PLUMBING & HEATING", font=font(28), fill=ink)
    table(
        draw,
        (120, 440, 1120, 1260),
        1480,
        320,
        84,
        ("ITEM", "DESCRIPTION", "ORD", "SHIP"),
        [
            ("BFP-RPZ-300-SO", "3 IN RPZ BACKFLOW ASSY SO", "1", "1"),
            ("VLV-3100-CK", "3 IN SWING CHECK FLG", "2", "2"),
        ],
        28,
        ink,
        (90, 90, 90),
    )
    pen = (20, 20, 110)
    hand(img, (140, 630), "RPZ - PASSED TEST - KEEP", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (140, 710), "CHECK VALVES:", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (180, 790), "1 LEAKS BY - DEFECTIVE", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (180, 870), "1 NOT NEEDED - RETURN", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (140, 1000), "MOB 11/23", rng, size=36, ink=pen)
    return photo_finish(img, rng, 1.6, (80, 82, 76), 9000)


def service_ticket_jpeg() -> bytes:
    """s27: Delgado's hand-written service ticket for the Garcia job, on a truck seat."""
    rng = random.Random(SEEDS["s27"])
    img = Image.new("RGB", (1500, 1300), (70, 70, 74))  # seat
    draw = ImageDraw.Draw(img)
    draw.rectangle([(70, 50), (1430, 1250)], fill=(250, 246, 226))  # yellow carbon copy
    ink = (60, 40, 30)
    draw.text((110, 80), "DELGADO & SONS PLUMBING", font=font(40), fill=ink)
    draw.text((110, 132), "SERVICE TICKET", font=font(30), fill=ink)
    draw.text((1120, 84), "No 2291", font=font(34), fill=(150, 30, 30))
    for i in range(11):
        y = 250 + i * 84
        draw.line([(100, y + 58), (1400, y + 58)], fill=(200, 190, 160), width=2)
    labels = ["CUSTOMER:", "DATE:", "WORK DONE:"]
    for i, text in enumerate(labels):
        draw.text((110, 250 + i * 84 + 22), text, font=font(22), fill=ink)
    pen = (20, 25, 90)
    hand(img, (320, 250), "GARCIA - 1807 ALAMEDA BLVD", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (320, 334), "11/24/26", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (320, 418), "50 GAL GAS WH LEAKING AT", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 502), "BOTTOM OF TANK - REPLACED (1)", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 586), "EXP TANKS 2 GAL - BOTH BLADDER", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 670), "FAILED - REPLACED BOTH (2)", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 754), "PARTS FROM SO-104202 / PO-40611", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 838), "INSTALLED OCT 2025", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (120, 1006), "TECH: H. RAMIREZ", rng, size=36, ink=pen, tilt=3.0)
    return photo_finish(img, rng, -1.0, (60, 60, 64), 8000)


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


def packing_list_pdf() -> bytes:
    """s03: our packing list for SO-104236 as sent with the ASN, marked up by the customer."""
    pdf = new_pdf(dt.datetime(2026, 11, 4, 15, 12, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "TRI-STATE SUPPLY - PACKING LIST PL-55134", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for text in (
        "Order: SO-104236      Customer PO: PO-24519      Ship date: 11/04/2026",
        "Ship from: DC-SOUTH      Carrier: UPS  1Z4F83090342217816",
        "Ship to: Riverbend Plumbing & Heating, 4410 River Rd, Riverbend PA",
    ):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (12, 40, 78, 18, 18, 20)
    pdf.set_font("Helvetica", "B", 10)
    cell_row(pdf, widths, ("Line", "Item", "Description", "Ord", "Ship", "UOM"))
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("1", "VLV-1005-BV", '1" brass ball valve, full port, thd', "24", "24", "EA"),
        ("2", "FTG-PEX-CPL-050", '1/2" PEX brass crimp coupling, bag/25', "10", "10", "BAG"),
        ("3", "PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil', "2", "2", "COIL"),
    ]
    marks = [
        "OK - 24 counted",
        "RCVD 8 BAGS - 2 BAGS SHORT",
        "1 COIL BOX CAVED IN, TUBING KINKED 3 PLACES = DAMAGED. OTHER COIL OK",
    ]
    for row, mark in zip(rows, marks, strict=True):
        cell_row(pdf, widths, row)
        pdf.set_text_color(200, 20, 20)
        pdf.set_font("Helvetica", "I", 10)
        pdf.cell(0, 6, "      >> " + mark, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 10)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(
        0,
        4,
        "Inspect all goods on receipt. Shortage and transit damage must be reported within 5 "
        "days of delivery. Special order and cut-to-length items are not returnable.",
    )
    pdf.ln(4)
    pdf.set_text_color(200, 20, 20)
    pdf.set_font("Helvetica", "BI", 11)
    pdf.cell(0, 7, "Checked in 11/06 - M. O'Brien", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)


def return_request_pdf() -> bytes:
    """s11: Keystone's own material return request form for SO-104226 / PO-77790."""
    pdf = new_pdf(dt.datetime(2026, 11, 16, 15, 55, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0, 7, "MATERIAL RETURN REQUEST      Form No. MRR-2611-07", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "1450 Industrial Hwy, Unit 3, Eddystone PA 19022   215-555-0143",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    fields = [
        ("Date:", "11/16/2026", "Vendor:", "Tri-State Supply"),
        ("Job:", "2417 Westgate Medical", "Vendor order:", "SO-104226"),
        ("Requested by:", "T. Morales", "Our PO:", "PO-77790"),
    ]
    for a, b, c, d in fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, a)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(65, 6, b)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, c)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")
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
    for row in (
        (
            "1",
            "KM-88107",
            "VLV-1005-BV",
            '1" brass ball valve FP thd',
            "36",
            "6",
            "D",
            "New, in box",
        ),
        ("2", "KM-40112", "FTG-CU-E90-100", '1" wrot cu 90 C x C', "200", "30", "D", "New, in bag"),
        (
            "3",
            "KM-20100",
            "PIP-CU-L-100-20",
            "1\" type L copper 20'",
            "30",
            "0",
            "-",
            "Keep - used",
        ),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        5,
        "Return codes: A = damaged in transit   B = wrong item   C = defective   "
        "D = no longer needed / overstock   E = overshipped",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Reason / remarks: Job closed out. Leftover material, unused, original packaging. "
        "Elbows: 20 pcs already returned on RMA-9003 (10/2026); this request is for 30 more.",
    )
    pdf.ln(4)
    pdf.cell(0, 6, "Approved: D. Ruiz (AP)   11/16/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Vendor RMA #: ______________", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)


def spreadsheet_pdf() -> bytes:
    """s19: Summit's material reconciliation sheet for SO-104238, printed to PDF."""
    pdf = new_pdf(dt.datetime(2026, 11, 20, 15, 41, 0, tzinfo=dt.UTC), orientation="L")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        7,
        "Job 26-118 Summit Ridge ES - Material reconciliation - Tri-State SO-104238 / PO-60418",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    widths = (38, 62, 18, 18, 20, 20, 18, 66)
    head = ("Item", "Description", "PO qty", "Rec'd", "Installed", "On hand", "Return", "Note")
    rows = [
        (
            "TST-7500-PRO",
            "7-day prog Wi-Fi thermostat",
            "12",
            "12",
            "11",
            "0",
            "0",
            "1 failed - warranty via portal",
        ),
        (
            "TST-2100-NP",
            "Non-prog digital thermostat 24V",
            "20",
            "18",
            "12",
            "6",
            "6",
            "Surplus - east wing got prog",
        ),
        (
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter cs/12",
            "10",
            "10",
            "0",
            "9",
            "0",
            "1 cs crushed (claimed 11/10); keep",
        ),
    ]
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(217, 225, 242)
    for w, text in zip(widths, head, strict=True):
        pdf.cell(w, 7, text, border=1, fill=True)
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 9)
    for row in rows:
        cell_row(pdf, widths, row)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, widths, ("Total", "", "42", "40", "23", "15", "6", ""))
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        5,
        "S:\\Jobs\\26-118\\Material recon.xlsx     Printed 11/20/2026 9:41 AM     Page 1 of 1",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def debit_memo_pdf() -> bytes:
    """s30: Harbor Point's debit memo against INV-88160 for the thermostat price."""
    pdf = new_pdf(dt.datetime(2026, 11, 27, 16, 30, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "HARBOR POINT PROPERTY MANAGEMENT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "300 Harbor Way, Bldg A   Accounts Payable   555-331-0600 ext 20",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "DEBIT MEMO  DM-1127", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for text in (
        "Date: 11/27/2026",
        "To: Tri-State Supply - Accounts Receivable / Returns",
        "Your invoice: INV-88160 (11/09/2026)    Your order: SO-104239    Our PO: PO-70231",
        "Reference: Quote Q-4471 (10/30/2026)",
    ):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (34, 60, 14, 24, 24, 18, 22)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Invoiced", "Quoted", "Diff", "Amount"))
    pdf.set_font("Helvetica", "", 9)
    cell_row(
        pdf,
        widths,
        ("TST-2100-NP", "Non-programmable thermostat", "10", "29.50", "26.50", "3.00", "30.00"),
    )
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, widths, ("", "Total debit", "", "", "", "", "30.00"))
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "We are short-paying INV-88160 by 30.00 and ask for a credit memo to match. The other "
        "lines of the invoice (registers, filters) are paid in full.",
    )
    pdf.ln(3)
    pdf.cell(0, 6, "Prepared by: Grace Kim", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(pdf)


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")


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


RAJ = "Raj Patel\nProject Manager | Summit HVAC Services\no 555-214-7781 x103 | c 555-390-1246\n"
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
MIKE = "Mike O'Brien\nProject Manager\nRiverbend Plumbing & Heating\ncell 610-555-0177\n"

S02 = (
    "Hi,\n\n"
    "Scan of the packing slip from Thursday's delivery (your truck) attached, Jorge marked it\n"
    "up when it came in at the school.\n\n"
    "We are short 2 of the non-programmable thermostats, the slip says 20 shipped but there\n"
    "were only 18 in the boxes. And one case of the 16x25 MERV 11 filters was crushed flat,\n"
    "the filters inside are bent and we can't use them.\n\n"
    "Please credit both. The Wi-Fi stats and the other 9 cases of filters checked out.\n\n"
    "Thanks\n" + RAJ
)

S03 = (
    "Hi,\n\n"
    "Karen forwarded me your packing list PDF for SO-104236 (our PO-24519) and I marked it up\n"
    "with what we actually got from UPS on Friday. Two things:\n\n"
    'The 1/2" PEX crimp couplings - the list says 10 bags, we have 8. So 2 bags short.\n\n'
    'One of the two 3/4" PEX coils came with the box caved in and the tubing is kinked in\n'
    "three places. One kink in PEX-A you can fix with a heat gun, not three on a 300' coil,\n"
    "the inspector won't pass it. So 1 coil damaged. The other coil is fine.\n\n"
    'The 1" ball valves were all there, 24.\n\n'
    "Please credit the 2 bags and the coil.\n\n" + MIKE
)

S11 = (
    "Hello,\n\n"
    "Attached is our Material Return Request form MRR-2611-07 for leftover material from\n"
    "PO-77790 (your SO-104226). The Westgate Medical job closed out last week and these are\n"
    "unused, in the original packaging. Please send an RMA and credit per the form - we\n"
    "understand the 15% restocking fee applies.\n\n"
    "Note on the elbows: 20 of them already came back to you on RMA-9003 in October, this is\n"
    "30 more on top of those.\n\n"
    "Thank you,\n"
    "Dana Ruiz\n"
    "Accounts Payable\n"
    "Keystone Mechanical Contractors\n"
    "1450 Industrial Hwy, Unit 3\n"
    "Eddystone, PA 19022\n"
    "P: 215-555-0143 | F: 215-555-0199\n"
)

S12 = (
    "Hello,\n\n"
    "The heater delivery for PO-70288 came Wednesday 11/11 by Estes. Photo of the delivery\n"
    "receipt attached, the driver noted the crushed carton on it.\n\n"
    "1. Expansion tanks: 1 of the 3 came with the carton crushed and the tank dented at the\n"
    "   top seam. Damaged, we are not installing it. The other 2 are OK.\n\n"
    "2. Water heaters: all 3 arrived in good shape, but one of them will not fire. We put it\n"
    "   in at 14 Bayview on Friday; the gas control flashes 4 times (thermopile fault per the\n"
    "   manual) and a new thermopile from the tech's van did not fix it. So 1 heater is\n"
    "   defective. The other 2 are running fine.\n\n"
    "Please credit the dented tank and the bad heater, and let me know how you want the\n"
    "heater back - it is disconnected and drained.\n\n" + LUIS
)

S13 = (
    "Hi,\n\n"
    "Pic of the packing slip from the UPS delivery (Thursday 11/12) attached, Jorge wrote on\n"
    "it when he opened the boxes.\n\n"
    "- TST-2100-NP: slip says 12 and we got 12 boxes, but 3 of them are the 7-day programmable\n"
    "  wifi model, not the non-programmable ones we ordered. We need 3 of the right ones\n"
    "  and will send the 3 wrong ones back.\n"
    "- Filters: 2 cases of the 16x25x1 MERV 11 were wet through, the boxes were soaked and\n"
    "  the pleats collapsed. Damaged - throw away or send back, your call.\n"
    "- Condensate pumps: all 10 fine.\n\n" + RAJ
)

S14 = (
    "Good morning,\n\n"
    "I'm matching the paperwork for PO-70296 (your SO-104246, INV-88190) and maintenance\n"
    "flagged the ball valves. A scan of the signed delivery ticket is attached.\n\n"
    'Luis wrote "4 wrong size" on the ticket when your truck dropped the order off on\n'
    "Monday, but when he opened the rest of the box yesterday he found one more. So it is 5\n"
    'of the 12 ball valves that are 1/2" instead of the 3/4" sweat valves we ordered (UPC\n'
    "071812340075 on our PO). The correct count is 5, not the 4 on the ticket.\n\n"
    'Please send 5 of the correct 3/4" valves and let us know how to return the wrong ones.\n'
    "I will hold the invoice until this is sorted out.\n\n"
    "Thank you,\n" + GRACE
)

S19 = (
    "Hello,\n\n"
    "Raj asked me to send the returns list for the Summit Ridge school job (our PO-60418,\n"
    "your SO-104238). The spreadsheet is attached as a PDF.\n\n"
    "The only thing going back is what is in the Return column: the 6 non-programmable\n"
    "thermostats. The east wing classrooms got the programmable ones instead, so these are\n"
    "surplus and we don't need them. Everything else on the sheet stays with us.\n\n"
    "Kind regards,\n"
    "Linda Chu\n"
    "Accounts Payable\n"
    "Summit HVAC Services\n"
    "ap@summithvac.net | 555-214-7781 x110\n"
)

S24 = (
    "Morning,\n\n"
    "Pic of the packing slip from the Estes delivery on 10/22 attached, I wrote on it what's\n"
    "going on.\n\n"
    'The 3" swing check valves, we got 2:\n'
    " - one is defective: the clapper doesn't seat, it leaks back through with the pump off.\n"
    "   We pulled it after the startup test on Friday.\n"
    " - the other one we don't need anymore, the engineer deleted the bypass from the\n"
    "   drawings. It was never installed, still has the flange covers on.\n\n"
    "The RPZ passed its test and stays, no problem with that one.\n\n"
    "So 1 check valve back as defective and 1 check valve back as not needed (restocking fee\n"
    "is fine on that one).\n\n" + MIKE
)

S27 = (
    "Hi,\n\n"
    "Photo of Hector's service ticket from the Garcia job is attached. This is from last\n"
    "year's order, our PO-40611 / your SO-104202, delivered October 23 2025.\n\n"
    "- One of the 50 gallon gas water heaters is leaking from the bottom of the tank, 13\n"
    "  months old. I know those have the 5 year tank warranty.\n"
    "- Both of the 2 gallon expansion tanks from that same order have failed too, the\n"
    "  bladder is gone and water comes out of the air valve.\n\n"
    "So 1 heater and 2 expansion tanks, all defective. Please let me know how to send them\n"
    "back, Hector can bring them to your counter.\n\n"
    "Thank you,\n"
    "Rosa Delgado\n"
    "Delgado & Sons Plumbing\n"
    "(505) 555-0132\n"
)

S30 = (
    "Hello,\n\n"
    "Please see the attached debit memo DM-1127 against INV-88160 (PO-70231, your SO-104239).\n"
    "The 10 non-programmable thermostats were quoted to us at $26.50 each (quote Q-4471 from\n"
    "your inside sales, October 30) but the invoice bills them at $29.50. We are short-paying\n"
    "the invoice by the difference, $3.00 x 10 = $30.00, and ask for a credit memo to match.\n"
    "The registers and filters on that invoice are fine.\n\n"
    "Thank you,\n" + GRACE
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s02-summit-packing-slip-scan.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "SO-104238 packing slip - short stats + 1 crushed filter case",
                "Tue, 10 Nov 2026 08:47:05 -0600",
                "<CAJp7Rk9vQ2mT8xW1nB4yZ6cL3dF5gH0sK7uE2aW9oP@mail.gmail.com>",
            ),
            S02,
            (packing_slip_scan_png(), *PNG, "scan_20261110_0846.png"),
        ),
        (
            "s03-riverbend-packing-list-pdf.eml",
            hdr(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "SO-104236 - packing list marked up (short + damaged)",
                "Tue, 10 Nov 2026 13:22:51 -0500",
                "<CAHx3pZ-Kd7wN2qV5tR8yB1mL4sG9eF0hJ6uP3aX7oT@mail.gmail.com>",
            ),
            S03,
            (packing_list_pdf(), *PDF, "PL-55134 marked.pdf"),
        ),
        (
            "s11-keystone-return-request-form-pdf.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "Material Return Request MRR-2611-07 / PO-77790",
                "Mon, 16 Nov 2026 11:30:02 -0500",
                "<20261116163002.7C1E4B92@mail.keystonemech.com>",
            ),
            S11,
            (return_request_pdf(), *PDF, "MRR-2611-07.pdf"),
        ),
        (
            "s12-harbor-heater-delivery-receipt-photo.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "Water heaters PO-70288 - dented tank + one heater won't fire",
                "Mon, 16 Nov 2026 14:48:31 -0600",
                "<8D41B2F6-3C7A-4E19-B05D-62A9E1F47C30@harborpointpm.com>",
            ),
            S12,
            (delivery_receipt_jpeg(), *JPEG, "IMG_5120.jpg"),
        ),
        (
            "s13-summit-ups-slip-photo.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "SO-104244 / PO-60455 - wrong stats in box + wet filters",
                "Tue, 17 Nov 2026 09:12:26 -0600",
                "<CAJp7Rk2bW5nX9cV3mQ7yT1dL8fG4hK6sE0uA2zP5oR@mail.gmail.com>",
            ),
            S13,
            (carton_slip_jpeg(), *JPEG, "20261117_091004.jpg"),
        ),
        (
            "s14-harbor-ball-valves-ticket-scan.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "PO-70296 - wrong size ball valves (5, not 4)",
                "Wed, 18 Nov 2026 10:26:09 -0600",
                "<A7E3C915-2B84-4F60-9D1E-48C0B7A25F13@harborpointpm.com>",
            ),
            S14,
            (delivery_ticket_scan_png(), *PNG, "DT-55170.png"),
        ),
        (
            "s19-summit-returns-sheet-pdf.eml",
            hdr(
                "Linda Chu <ap@summithvac.net>",
                "Returns - Summit Ridge school job, SO-104238",
                "Fri, 20 Nov 2026 09:55:36 -0600",
                "<BY5PR11MB4021.7F3A2C18E9@BY5PR11MB4021.namprd11.prod.outlook.com>",
            ),
            S19,
            (spreadsheet_pdf(), *PDF, "Material recon 26-118.pdf"),
        ),
        (
            "s24-riverbend-check-valves-slip-photo.eml",
            hdr(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "SO-104222 check valves - 1 bad, 1 not needed",
                "Tue, 24 Nov 2026 07:58:20 -0500",
                "<CAHx3pZ-Wm4rT6yB9nQ2vL5kD8sF1gE3hJ7uP0aX4oU@mail.gmail.com>",
            ),
            S24,
            (clipboard_slip_jpeg(), *JPEG, "IMG_20261123_151822.jpg"),
        ),
        (
            "s27-delgado-warranty-ticket-photo.eml",
            hdr(
                "Rosa Delgado <rosa@delgadoplumbing.com>",
                "Warranty - Garcia job heater + tanks (PO-40611)",
                "Wed, 25 Nov 2026 13:45:10 -0600",
                "<000001db5f2a$8c41e7b0$a4c5b710$@delgadoplumbing.com>",
            ),
            S27,
            (service_ticket_jpeg(), *JPEG, "ticket 2291.jpg"),
        ),
        (
            "s30-harbor-thermostat-price-debit-memo.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "Debit memo DM-1127 - INV-88160 thermostat pricing",
                "Fri, 27 Nov 2026 10:58:44 -0600",
                "<F29B6D03-81C4-4A7E-B3E5-07D4C9A18E62@harborpointpm.com>",
            ),
            S30,
            (debit_memo_pdf(), *PDF, "DM-1127.pdf"),
        ),
    ]
    for name, headers, body, attachment in emails:
        sid = name.split("-")[0]
        data = message(headers, body, attachment, f"===============h19_{sid}_0001==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
