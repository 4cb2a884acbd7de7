"""Build the heldout13 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout13/make_attachments.py

Text PDFs (fpdf2): s02 receiving discrepancy report, s04 debit memo, s08 warehouse count
sheet, s13 return authorization request, s21 vendor return request, s29 service ticket,
s30 receiving discrepancy report, s31 return packing list.
Scanned-looking PNGs (Pillow): s01 carrier delivery receipt with the consignee's exception,
s03 our packing slip marked up in pen, s11 a return form filled in by hand, s19 a warranty
tag filled in by hand.
Photo-like JPEGs (Pillow): s07 expansion tank label with a dent, s17 crate tag, s20
thermostat carton label with the customer's stock sticker, s23 two defect tags.

Everything is fixed: random seeds, dates, MIME boundaries, the PDFs' creation dates, and the
font (Pillow's bundled default font, so no system font is needed). The other requests of the
set are plain files written by hand.
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

Row = tuple[str, ...]

# Seeds of the scanned and photographed documents; each was chosen so that plain Tesseract
# reads the facts of its document (see the README).
SEEDS = {
    "s01": 1302,
    "s03": 1305,
    "s07": 1307,
    "s11": 1311,
    "s17": 1317,
    "s19": 1319,
    "s20": 1320,
    "s23": 1323,
}


# ---------------------------------------------------------------- PDF helpers


def new_pdf(title: str, author: str, when: datetime) -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_producer("fpdf2")
    pdf.set_creator(author)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 14)
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
    img.save(buf, format="JPEG", quality=76)
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


# ---------------------------------------------------------------- the documents


def delivery_receipt_png() -> bytes:
    """s01: ODFL delivery receipt, consignee copy, the exception written in pen."""
    rng = random.Random(SEEDS["s01"])
    img = Image.new("L", (1700, 1200), 246)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "OLD DOMINION FREIGHT LINE, INC.", font=font(34), fill=15)
    draw.text((50, 76), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(28), fill=25)
    draw.text((1150, 30), "PRO  OD0782290518", font=font(30), fill=15)
    draw.text((1150, 72), "Delivered: 11/02/2026", font=font(24), fill=25)
    draw.text((1150, 106), "Terminal: 441  Route 12", font=font(22), fill=35)
    draw.rectangle([(40, 150), (840, 320)], outline=60, width=2)
    draw.rectangle([(860, 150), (1660, 320)], outline=60, width=2)
    draw.text((55, 160), "SHIPPER", font=font(20), fill=20)
    for i, text in enumerate(
        ("TRI-STATE PLUMBING & HVAC SUPPLY", "DC-SOUTH  2200 INDUSTRIAL PKWY", "SID SH-55112")
    ):
        draw.text((55, 192 + 38 * i), text, font=font(22), fill=25)
    draw.text((875, 160), "CONSIGNEE", font=font(20), fill=20)
    for i, text in enumerate(
        ("SUMMIT HVAC SERVICES", "WESTGATE MEDICAL OFFICES - JOB 2614", "ATTN RAJ 555-702-3100")
    ):
        draw.text((875, 192 + 38 * i), text, font=font(22), fill=25)
    draw.text((50, 340), "REFERENCE:  PO-60377   SO-104228", font=font(24), fill=20)
    cols = (40, 190, 330, 520, 1380)
    heads = ("PIECES", "TYPE", "WEIGHT", "DESCRIPTION", "CLASS")
    top, step = 390, 60
    grid(draw, cols, top, 3, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 18), head, font=font(21), fill=15)
    rows = [
        ("40", "CTN", "612", "ACOUSTIC CEILING TILE 2X2, CTN/16", "70"),
        ("1", "CTN", "38", "FLOOR REGISTERS 10X6 STEEL", "85"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x + 8, y + 18), text, font=font(21), fill=25)
        y += step
    draw.text((48, y + 18), "TOTAL  41 PCS   650 LBS", font=font(22), fill=20)
    draw.text((50, 640), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED BELOW", font=font(24), fill=15)
    draw.rectangle([(40, 680), (1660, 930)], outline=60, width=2)
    draw.text((55, 690), "EXCEPTIONS:", font=font(20), fill=30)
    hand(img, (80, 730), "4 CTNS CEILING TILE WET - SOAKED THRU", rng, size=34, ink=30)
    hand(img, (80, 795), "REST OF TILE + REGISTERS OK", rng, size=32, ink=35)
    hand(img, (80, 860), "11/2  D. KOWALSKI", rng, size=30, ink=45)
    draw.text((50, 970), "Driver:", font=font(22), fill=30)
    hand(img, (170, 960), "T. Mercer #5512", rng, size=26, ink=50)
    draw.text((50, 1040), "Consignee signature:", font=font(22), fill=30)
    draw.line([(300, 1068), (560, 1055)], fill=60, width=3)
    draw.text((50, 1110), "Time in 10:42   Time out 11:05", font=font(22), fill=35)
    return scan_finish(img, rng, 0.9, 15000)


def receiving_report_pdf() -> bytes:
    """s02: Keystone's receiving discrepancy report, their own item numbers."""
    pdf = new_pdf(
        "Receiving Discrepancy Report RD-3318",
        "Keystone Mechanical Contractors - Warehouse",
        datetime(2026, 11, 9, 12, 30, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "RECEIVING DISCREPANCY REPORT  RD-3318",
        "Warehouse, 88 Front St  |  receiving 555-310-7740  |  printed 11/09/2026 07:31",
    )
    fields(
        pdf,
        [
            ("Vendor", VENDOR + "  (vendor no. TRI010)"),
            ("Purchase order", "PO-77812"),
            ("Vendor order", "SO-104233"),
            ("Received", "11/05/2026, R+L Carriers, PRO RL123456789, 1 pallet"),
            ("Received by", "A. Whitfield"),
        ],
    )
    table(
        pdf,
        (9, 22, 58, 15, 15, 17, 15, 36),
        ("Ln", "Item", "Description", "PO qty", "Rec'd", "Damaged", "Short", "Disposition"),
        [
            ("1", "KM-88213", '2" bronze gate valve, thd', "40", "40", "3", "0", "HOLD - RETURN"),
            ("2", "KM-40112", '1" wrot cu 90 ell C x C', "150", "138", "0", "12", "CREDIT"),
            ("3", "KM-88340", '3/4" PRV 25-75 psi', "12", "-", "-", "-", "2nd delivery"),
            ("4", "KM-20975", '3/4" PEX-A 300 ft coil', "6", "-", "-", "-", "2nd delivery"),
        ],
    )
    para(
        pdf,
        "Ln 1: bottom tier of the pallet crushed, handwheels broken and stems bent on the "
        "damaged valves. Noted on the R+L delivery receipt, photos on file.\n"
        "Ln 2: counted twice (11/05, 11/06), 138 each time against 150 on the packing slip.\n"
        "Ln 3-4: shipped separately from your DC-WEST, received 11/06 - no exceptions.",
    )
    para(pdf, "Lines with exceptions: 2", 10, "B")
    para(
        pdf,
        "Disposition codes: HOLD - RETURN = held for vendor pickup; CREDIT = AP to "
        "short-pay unless credited.",
        8,
    )
    return done(pdf)


def packing_slip_png() -> bytes:
    """s03: our packing slip for SO-104236, Riverbend's receiving notes in pen."""
    rng = random.Random(SEEDS["s03"])
    img = Image.new("L", (1700, 1150), 247)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(34), fill=15)
    draw.text((50, 74), "PACKING SLIP", font=font(30), fill=15)
    draw.text((1080, 30), "Order: SO-104236", font=font(28), fill=15)
    draw.text((1080, 68), "Cust PO: PO-24519", font=font(24), fill=25)
    draw.text((1080, 102), "Ship date: 11/04/2026", font=font(24), fill=25)
    draw.text(
        (50, 130), "Ship to: RIVERBEND PLUMBING & HEATING, 410 CANAL ST", font=font(22), fill=25
    )
    draw.text(
        (50, 166),
        "Ship via: UPS GROUND  1Z4F83090342217816   From: DC-SOUTH",
        font=font(22),
        fill=25,
    )
    cols = (40, 100, 360, 880, 1030, 1170, 1260)
    heads = ("LN", "ITEM", "DESCRIPTION", "ORDERED", "SHIPPED", "B/O", "RECEIVED / NOTES")
    top, step = 220, 80
    grid(draw, cols, top, 4, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 28), head, font=font(20), fill=15)
    rows = [
        ("1", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "24", "24", "0"),
        ("2", "FTG-PEX-CPL-050", '1/2" PEX CRIMP CPLG BAG/25', "10", "10", "0"),
        ("3", "PIP-PEX-075-300", '3/4" PEX-A TUBING 300 FT COIL', "2", "2", "0"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols[:6], row, strict=True):
            draw.text((x + 8, y + 26), text, font=font(24), fill=20)
        y += step
    y = top + step
    hand(img, (cols[6] + 12, y + 22), "OK 24", rng, size=30, ink=35)
    hand(img, (cols[6] + 12, y + step + 6), "ONLY 8", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + step + 42), "SHORT 2", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + 2 * step + 6), "1 CRUSHED", rng, size=28, ink=35)
    hand(img, (cols[6] + 12, y + 2 * step + 42), "1 OK", rng, size=28, ink=35)
    draw.text((50, 600), "Cartons: 4     Weight: 96 lb", font=font(22), fill=30)
    draw.text(
        (50, 650),
        "Report shortages and damage within 5 days of delivery.",
        font=font(20),
        fill=40,
    )
    hand(img, (60, 730), "coil box crushed on one side, tubing kinked", rng, size=30, ink=40)
    hand(img, (60, 790), "- not usable. UPS driver gone already.", rng, size=30, ink=40)
    hand(img, (60, 870), "rcvd 11/6  S.R.", rng, size=30, ink=50)
    draw.text((50, 980), "Picked by: E-14    Checked by: DM", font=font(20), fill=40)
    return scan_finish(img, rng, -0.7, 15000)


def debit_memo_pdf() -> bytes:
    """s04: Keystone's debit memo: a price variance and a shortage on INV-88133."""
    pdf = new_pdf(
        "Debit Memo DM-2026-0457",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 11, 10, 15, 2, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "DEBIT MEMO  DM-2026-0457",
        "Accounts Payable  |  ap@keystonemech.com  |  (215) 555-0190",
    )
    fields(
        pdf,
        [
            ("Date", "11/10/2026"),
            ("To", VENDOR),
            ("Vendor no.", "TRI010"),
            ("Invoice", "INV-88133 dated 11/04/2026"),
            ("Purchase order", "PO-77830"),
            ("Vendor order", "SO-104235"),
        ],
    )
    table(
        pdf,
        (8, 20, 27, 45, 11, 17, 16, 13, 18),
        (
            "Ln",
            "Our item",
            "Vendor item",
            "Description",
            "Qty",
            "Invoiced",
            "PO price",
            "Diff",
            "Amount",
        ),
        [
            (
                "1",
                "-",
                "HVC-CND-PUMP",
                "Condensate pump 115V",
                "8",
                "64.90",
                "61.50",
                "3.40",
                "27.20",
            ),
            (
                "2",
                "KM-40415",
                "FTG-BI-U-150",
                '1-1/2" blk MI union',
                "4",
                "10.80",
                "10.80",
                "-",
                "43.20",
            ),
        ],
    )
    para(pdf, "TOTAL DEBIT:  $70.40", 10, "B")
    para(
        pdf,
        "Ln 1 - price variance: invoiced above the PO price on all 8 pumps (PO-77830 at "
        "61.50, confirmed on your acknowledgement).\n"
        "Ln 2 - shortage: 40 invoiced, 36 received (receiving count 11/06/2026, RD-3322). "
        "Carton 3 of 4 was open on arrival.",
    )
    para(
        pdf,
        "This amount will be deducted from payment of INV-88133 unless a credit memo is "
        "received first. Please reference DM-2026-0457 on your credit.",
        8,
    )
    para(pdf, "Prepared by: D. Ruiz        Approved: T. Morales", 9)
    return done(pdf)


def tank_photo_jpeg() -> bytes:
    """s07: phone photo of a dented expansion tank: maker's label and our pick sticker."""
    rng = random.Random(SEEDS["s07"])
    bg = (196, 198, 200)  # grey tank shell
    img = Image.new("RGB", (1300, 960), bg)
    draw = ImageDraw.Draw(img)
    for i in range(0, 960, 6):  # curvature shading
        shade = 175 + int(35 * abs(((i / 960) * 2) - 1))
        draw.line([(0, i), (1300, i)], fill=(shade, shade + 2, shade + 4))
    draw.ellipse([(860, 80), (1240, 400)], fill=(120, 122, 126))  # the dent
    draw.ellipse([(910, 130), (1180, 340)], fill=(95, 97, 100))
    draw.rectangle([(70, 90), (800, 640)], fill=(245, 245, 238))
    ink = (22, 22, 22)
    draw.text((100, 110), "BRADFORD THERMAL PRODUCTS", font=font(36), fill=ink)
    draw.text((100, 170), "THERMAL EXPANSION TANK", font=font(36), fill=ink)
    draw.text((100, 228), "2 GAL  -  POTABLE WATER", font=font(30), fill=ink)
    draw.text((100, 280), "MAX WORKING PRESSURE 150 PSI", font=font(26), fill=ink)
    draw.text((100, 322), "FACTORY PRE-CHARGE 40 PSI", font=font(26), fill=ink)
    draw.text((100, 364), "MAX TEMP 200 F   3/4 MNPT", font=font(26), fill=ink)
    barcode(draw, rng, 100, 420, 110, 60)
    draw.text((100, 550), "SER 2610-03317   MADE IN USA", font=font(26), fill=ink)
    draw.rectangle([(860, 560), (1230, 890)], fill=(252, 238, 118))
    draw.text((880, 580), "TRI-STATE SUPPLY", font=font(26), fill=ink)
    draw.text((880, 630), "SO-104241", font=font(34), fill=ink)
    draw.text((880, 680), "PO-70288", font=font(28), fill=ink)
    draw.text((880, 728), "WH-EXP-2G", font=font(30), fill=ink)
    draw.text((880, 778), "1 of 3", font=font(26), fill=ink)
    draw.text((880, 826), "DC-EAST 11/09", font=font(24), fill=ink)
    return photo_finish(img, rng, -2.0, (70, 68, 64), 9000)


def count_sheet_pdf() -> bytes:
    """s08: Riverbend's warehouse count sheet for PO-24530."""
    pdf = new_pdf(
        "Warehouse Count Sheet CS-1187",
        "Riverbend Plumbing & Heating - Warehouse",
        datetime(2026, 11, 13, 21, 15, tzinfo=UTC),
    )
    heading(
        pdf,
        "RIVERBEND PLUMBING & HEATING",
        "WAREHOUSE COUNT SHEET  CS-1187",
        "410 Canal St  |  warehouse (555) 240-8830",
    )
    fields(
        pdf,
        [
            ("PO", "PO-24530"),
            ("Vendor", VENDOR + ", order SO-104243"),
            ("Delivered", "11/12/2026, R+L PRO RL123512650, 3 pallets"),
            ("Counted", "11/13/2026 by S. Romano, recount 11/13 by M. O'Brien"),
        ],
        key_width=24,
    )
    table(
        pdf,
        (14, 30, 46, 15, 17, 17, 22, 27),
        ("Bin", "Item", "Description", "PO qty", "Counted", "Var", "Condition", "Note"),
        [
            ("A-14", "VLV-1005-BV", '1" ball valve FP thd', "48", "48", "0", "OK", ""),
            ("C-02", "FTG-CU-E90-100", '1" cu 90 C x C', "250", "240", "-10", "OK", "recounted"),
            ("A-22", "VLV-0750-PRV", '3/4" PRV 25-75 psi', "4", "4", "0", "1 DMG", "see below"),
        ],
    )
    para(
        pdf,
        "A-22: one PRV box crushed, bell housing cracked at the gauge port - unit tagged and "
        "set aside. The other 3 PRVs are fine.\n"
        "C-02: elbows are loose in 5 cartons; cartons 4 and 5 light. 10 pcs short.",
    )
    para(pdf, "Variance total: -10 pcs.   Damaged: 1 pc.", 10, "B")
    para(pdf, "Counter: ____S. Romano____      Checked: ____M. O'Brien____", 9)
    return done(pdf)


def return_form_png() -> bytes:
    """s11: our printed return request form, filled in by hand at Delgado's."""
    rng = random.Random(SEEDS["s11"])
    img = Image.new("L", (1700, 1250), 248)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(34), fill=15)
    draw.text((50, 76), "CUSTOMER RETURN REQUEST", font=font(30), fill=15)
    draw.text((1160, 36), "Form RR-2 (rev 3/25)", font=font(20), fill=40)
    labels = (
        ("Customer:", 140),
        ("Account / contact:", 200),
        ("Order # or PO #:", 260),
        ("Date:", 320),
    )
    for text, y in labels:
        draw.text((50, y), text, font=font(24), fill=25)
        draw.line([(330, y + 30), (1100, y + 30)], fill=90, width=2)
    hand(img, (350, 128), "DELGADO & SONS PLUMBING", rng, size=36, ink=35, tilt=2.5)
    hand(img, (350, 188), "ROSA D.  956-555-0150", rng, size=34, ink=35, tilt=2.5)
    hand(img, (350, 248), "SO-104240  (PO 40988)", rng, size=36, ink=35, tilt=2.5)
    hand(img, (350, 308), "11/17/26", rng, size=34, ink=35, tilt=2.5)
    cols = (40, 360, 860, 1040, 1240)
    heads = ("ITEM #", "DESCRIPTION", "QTY", "REASON CODE", "OFFICE USE")
    top, step = 400, 70
    grid(draw, cols, top, 5, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 24), head, font=font(21), fill=15)
    entries = (
        ("FTG-BI-U-150", "1-1/2 BLACK UNION", "4", "4"),
        ("PIP-BI-200-CTL", "2in BLACK PIPE (CUT)", "20 FT", "4"),
    )
    y = top + step
    for item, desc, qty, code in entries:
        hand(img, (cols[0] + 14, y + 18), item, rng, size=34, ink=35, tilt=2.5)
        hand(img, (cols[1] + 14, y + 18), desc, rng, size=32, ink=35, tilt=2.5)
        hand(img, (cols[2] + 14, y + 18), qty, rng, size=34, ink=35, tilt=2.5)
        hand(img, (cols[3] + 30, y + 18), code, rng, size=36, ink=35, tilt=2.5)
        y += step
    draw.text((50, 790), "REASON CODES:", font=font(22), fill=20)
    codes = (
        "1 = Damaged in shipment      2 = Wrong item received      3 = Defective",
        "4 = No longer needed / ordered in error      5 = Other (explain below)",
    )
    for i, text in enumerate(codes):
        draw.text((50, 830 + 36 * i), text, font=font(22), fill=30)
    draw.text((50, 930), "Comments:", font=font(22), fill=25)
    hand(img, (200, 920), "job on Alamo St changed, not need", rng, size=28, ink=45)
    draw.text(
        (50, 1010),
        "Returns accepted within 30 days of delivery. Special order and cut items are",
        font=font(20),
        fill=45,
    )
    draw.text((50, 1040), "not returnable. Restocking fee may apply.", font=font(20), fill=45)
    draw.text((50, 1110), "Customer signature:", font=font(22), fill=30)
    hand(img, (330, 1100), "Rosa Delgado", rng, size=30, ink=50)
    return scan_finish(img, rng, 1.2, 16000)


def ra_request_pdf() -> bytes:
    """s13: Summit's return authorization request (says 8; the mail corrects it to 6)."""
    pdf = new_pdf(
        "Return Authorization Request RAR-2211",
        "Summit HVAC Services - Accounts Payable",
        datetime(2026, 11, 20, 16, 48, tzinfo=UTC),
    )
    heading(
        pdf,
        "SUMMIT HVAC SERVICES",
        "RETURN AUTHORIZATION REQUEST  RAR-2211",
        "Eastfield service shop  |  ap@summithvac.net  |  555-702-3100 x204",
    )
    fields(
        pdf,
        [
            ("Date", "11/20/2026"),
            ("Vendor", VENDOR),
            ("Our PO", "PO-60418"),
            ("Your invoice", "INV-88152 (11/05/2026)"),
            ("Your order", "SO-104238"),
            ("Requested by", "L. Chu for R. Patel"),
        ],
    )
    table(
        pdf,
        (9, 26, 20, 56, 16, 19, 48),
        ("Ln", "Vendor item", "Our item", "Description", "Inv qty", "Return", "Reason"),
        [
            (
                "1",
                "TST-2100-NP",
                "SUM-T24",
                "Non-programmable digital stat 24V",
                "20",
                "8",
                "Overstock - job scope reduced",
            ),
        ],
    )
    para(
        pdf,
        "Units are unopened in original cartons. Please confirm the restocking fee and the "
        "RMA number; our driver will deliver the return to your DC-EAST counter.",
    )
    para(pdf, "Approved for return:  R. Patel, Service Manager", 9, "B")
    return done(pdf)


def crate_tag_jpeg() -> bytes:
    """s17: phone photo of the shipping tag stapled to a check valve crate."""
    rng = random.Random(SEEDS["s17"])
    bg = (176, 140, 96)  # plywood
    img = Image.new("RGB", (1300, 980), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(120):  # wood grain
        y = rng.randrange(980)
        x = rng.randrange(1300)
        draw.line([(x, y), (x + rng.randint(80, 300), y + rng.randint(-3, 3))], fill=(162, 128, 86))
    draw.rectangle([(90, 80), (1150, 820)], fill=(248, 248, 244))
    ink = (20, 20, 20)
    draw.text((120, 100), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(38), fill=ink)
    draw.text((120, 160), "SHIP TO: RIVERBEND PLUMBING & HEATING", font=font(30), fill=ink)
    draw.text((120, 205), "JOB: WESTSIDE PUMP HOUSE", font=font(28), fill=ink)
    draw.text((120, 270), "SO-104247      PO-24561", font=font(40), fill=ink)
    draw.text((120, 340), "VLV-3100-CK", font=font(44), fill=ink)
    draw.text((120, 400), '3" CAST IRON SWING CHECK VALVE, FLANGED', font=font(28), fill=ink)
    draw.text((120, 460), "QTY 3 EA        CRATE 1 OF 1", font=font(34), fill=ink)
    draw.text((120, 520), "WT 171 LB     DC-WEST", font=font(30), fill=ink)
    barcode(draw, rng, 120, 590, 150, 80)
    return photo_finish(img, rng, 1.6, (150, 122, 84), 9000)


def warranty_tag_png() -> bytes:
    """s19: our warranty / defective return tag, filled in by hand."""
    rng = random.Random(SEEDS["s19"])
    img = Image.new("L", (1300, 1200), 244)
    draw = ImageDraw.Draw(img)
    draw.ellipse([(610, 30), (690, 110)], outline=60, width=4)  # tag hole
    draw.text((60, 140), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(32), fill=15)
    draw.text((60, 186), "WARRANTY / DEFECTIVE RETURN TAG", font=font(30), fill=15)
    rows = (
        ("CUSTOMER", "DELGADO & SONS"),
        ("ORDER #", "SO-104202"),
        ("ITEM #", "WH-EXP-2G"),
        ("QTY", "1"),
        ("INSTALLED", "10/28/2025"),
        ("FAILED", "11/23/2026"),
        ("PROBLEM", "LEAKS AT AIR VALVE"),
        ("", "TANK WATERLOGGED"),
        ("TECH", "B. GARZA"),
    )
    y = 270
    for label, value in rows:
        if label:
            draw.text((60, y + 10), label + ":", font=font(24), fill=25)
        draw.line([(300, y + 46), (1230, y + 46)], fill=100, width=2)
        hand(img, (320, y - 4), value, rng, size=40, ink=35, tilt=2.5)
        y += 88
    draw.text(
        (60, y + 20), "Attach to the item. Do not remove until inspected.", font=font(20), fill=50
    )
    return scan_finish(img, rng, -0.8, 9000)


def thermostat_carton_jpeg() -> bytes:
    """s20: carton label of a Wi-Fi thermostat (UPC, no model) and Keystone's stock sticker."""
    rng = random.Random(SEEDS["s20"])
    bg = (152, 114, 74)  # cardboard
    img = Image.new("RGB", (1300, 960), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(300):
        x, y = rng.randrange(1300), rng.randrange(960)
        draw.line([(x, y), (x + rng.randint(10, 60), y + rng.randint(-2, 2))], fill=(136, 101, 64))
    draw.rectangle([(70, 70), (820, 600)], fill=(246, 246, 240))
    ink = (22, 22, 22)
    draw.text((100, 95), "BRADFORD THERMAL PRODUCTS", font=font(36), fill=ink)
    draw.text((100, 158), "7-DAY PROGRAMMABLE", font=font(34), fill=ink)
    draw.text((100, 204), "WI-FI THERMOSTAT", font=font(34), fill=ink)
    draw.text((100, 256), "24 VAC  C-WIRE REQUIRED", font=font(26), fill=ink)
    barcode(draw, rng, 100, 310, 120, 70)
    draw.text((100, 445), "UPC 084512075004", font=font(34), fill=ink)
    draw.text((100, 500), "SER 2608-77215   QTY 1 EA", font=font(28), fill=ink)
    draw.text((100, 545), "MADE IN USA", font=font(22), fill=ink)
    draw.rectangle([(880, 560), (1230, 860)], fill=(235, 240, 250))  # Keystone stock sticker
    draw.text((900, 580), "KEYSTONE MECH", font=font(26), fill=ink)
    draw.text((900, 630), "STOCK KM-61750", font=font(30), fill=ink)
    draw.text((900, 680), "PO-77760", font=font(30), fill=ink)
    draw.text((900, 730), "BIN S-03", font=font(26), fill=ink)
    draw.text((900, 780), "RCVD 10/22/26", font=font(26), fill=ink)
    return photo_finish(img, rng, 1.8, (84, 70, 52), 9000)


def vendor_return_pdf() -> bytes:
    """s21: Harbor Point's vendor return request (24 cases; the mail makes it 20)."""
    pdf = new_pdf(
        "Vendor Return Request VRR-0092",
        "Harbor Point Property Management - Procurement",
        datetime(2026, 11, 30, 17, 20, tzinfo=UTC),
    )
    heading(
        pdf,
        "HARBOR POINT PROPERTY MANAGEMENT",
        "VENDOR RETURN REQUEST  VRR-0092",
        "Procurement / Accounts Payable  |  payables@harborpointpm.com  |  555-614-2260",
    )
    fields(
        pdf,
        [
            ("Date", "11/30/2026"),
            ("Vendor", VENDOR),
            ("Our PO", "PO-70231"),
            ("Vendor order", "SO-104239"),
            ("Vendor invoice", "INV-88160"),
            ("Property", "Bayview Apartments, buildings A-D"),
        ],
        key_width=30,
    )
    table(
        pdf,
        (32, 56, 15, 17, 16, 20, 36),
        ("Item", "Description", "PO qty", "Return", "Unit", "Ext", "Reason"),
        [
            (
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11 pleated, case/12",
                "24",
                "24",
                "38.40",
                "921.60",
                "Not needed",
            ),
            (
                "HVC-REG-1006-W",
                "10x6 steel floor register, white",
                "60",
                "0",
                "5.60",
                "0.00",
                "Keep",
            ),
            ("TST-2100-NP", "Digital thermostat 24V", "10", "0", "29.50", "0.00", "Keep"),
        ],
    )
    para(
        pdf,
        "Reason: the Bayview buildings are switching to MERV 8 filters after airflow "
        "complaints. Cases are unopened and palletized at the Bayview maintenance shop.",
    )
    para(pdf, "Requested by: G. Kim        Approved: L. Ortega", 9)
    return done(pdf)


def defect_tags_jpeg() -> bytes:
    """s23: phone photo of two manila defect tags on the workbench."""
    rng = random.Random(SEEDS["s23"])
    bg = (92, 96, 102)  # steel bench
    img = Image.new("RGB", (1400, 900), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(400):
        x, y = rng.randrange(1400), rng.randrange(900)
        d = rng.randint(-10, 10)
        draw.point((x, y), fill=(92 + d, 96 + d, 102 + d))
    ink = (30, 28, 60)
    for n, x0 in enumerate((60, 730)):
        draw.rectangle([(x0, 80), (x0 + 610, 820)], fill=(222, 196, 140))  # manila tag
        draw.ellipse([(x0 + 280, 100), (x0 + 330, 150)], fill=bg)
        draw.text((x0 + 30, 180), "DEFECTIVE", font=font(40), fill=(150, 20, 20))
        tag = Image.new("RGB", (560, 560), (222, 196, 140))
        lines = (
            "KM-88340",
            "3/4 PRV",
            "PO-77812",
            "CREEPS TO 95 PSI",
            f"#{n + 1} OF 2",
            "C.D. 11/30",
        )
        for i, text in enumerate(lines):
            hand(tag, (20, 10 + 88 * i), text, rng, size=36, ink=ink, tilt=3)
        img.paste(tag, (x0 + 25, 245))
    return photo_finish(img, rng, -1.5, (60, 62, 66), 10000)


def service_ticket_pdf() -> bytes:
    """s29: Summit's service ticket for a dead circulator taken from Keystone's order."""
    pdf = new_pdf(
        "Service Ticket ST-40871",
        "Summit HVAC Services - Field Service",
        datetime(2026, 12, 2, 22, 35, tzinfo=UTC),
    )
    heading(
        pdf,
        "SUMMIT HVAC SERVICES",
        "SERVICE TICKET  ST-40871",
        "Field service  |  555-702-3100  |  dispatch@summithvac.net",
    )
    fields(
        pdf,
        [
            ("Date", "12/02/2026"),
            ("Job", "1450 Harrison Ave - boiler room, zone 3 (controls sub to Keystone Mech.)"),
            ("Equipment", "1/25 HP cast iron circulator, 115 V - PMP-CIRC-015"),
            ("Supplied by", "Keystone Mechanical, from their PO-77830 / vendor order SO-104235"),
            ("Technician", "E. Vance"),
        ],
        key_width=26,
    )
    table(
        pdf,
        (80, 50, 30),
        ("Check", "Reading", "Result"),
        [
            ("Supply voltage at terminal block", "116 V", "PASS"),
            ("Start on call for heat", "hums, no rotation", "FAIL"),
            ("Current draw", "1.9 A locked rotor", "FAIL"),
            ("Shaft turns by hand", "seized", "FAIL"),
            ("Flanges / gaskets", "dry", "PASS"),
        ],
    )
    para(
        pdf,
        "Finding: motor seized out of the box, never ran. Pump removed, tagged DOA, zone 3 "
        "running on a loaner. Quantity affected: 1.",
    )
    para(pdf, "Customer signature: on file (Keystone super)", 8)
    return done(pdf)


def unknown_po_report_pdf() -> bytes:
    """s30: Keystone's receiving discrepancy report for a PO the ERP does not know."""
    pdf = new_pdf(
        "Receiving Discrepancy Report RD-3401",
        "Keystone Mechanical Contractors - Warehouse",
        datetime(2026, 12, 4, 13, 10, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "RECEIVING DISCREPANCY REPORT  RD-3401",
        "Warehouse, 88 Front St  |  receiving 555-310-7740  |  printed 12/04/2026 07:58",
    )
    fields(
        pdf,
        [
            ("Vendor", VENDOR + "  (vendor no. TRI010)"),
            ("Purchase order", "PO-77864"),
            ("Vendor order", "(not on packing slip)"),
            ("Received", "12/02/2026, vendor truck, 1 pallet"),
            ("Received by", "A. Whitfield"),
        ],
    )
    table(
        pdf,
        (9, 22, 26, 55, 15, 15, 15, 30),
        ("Ln", "Item", "Vendor item", "Description", "PO qty", "Rec'd", "Short", "Disposition"),
        [
            (
                "1",
                "KM-88620",
                "VLV-1250-TMV",
                '1-1/4" thermostatic mixing vlv LF',
                "6",
                "4",
                "2",
                "CREDIT / SHIP",
            ),
            ("2", "KM-88107", "VLV-1005-BV", '1" ball valve FP thd', "12", "12", "0", "OK"),
        ],
    )
    para(pdf, "Lines with exceptions: 1", 10, "B")
    return done(pdf)


def return_packing_list_pdf() -> bytes:
    """s31 (not a claim): Summit's packing list for the return already authorized."""
    pdf = new_pdf(
        "Return Packing List RAR-2211",
        "Summit HVAC Services - Accounts Payable",
        datetime(2026, 12, 4, 14, 5, tzinfo=UTC),
    )
    heading(
        pdf,
        "SUMMIT HVAC SERVICES",
        "RETURN PACKING LIST  RAR-2211",
        "Eastfield service shop  |  ap@summithvac.net",
    )
    fields(
        pdf,
        [
            ("Ship to", VENDOR + ", DC-EAST returns counter"),
            ("Reference", "RAR-2211 / your RMA per e-mail of 11/20/2026"),
            ("Original order", "SO-104238 (our PO-60418)"),
            ("Delivery", "our truck, Monday 12/07/2026 AM"),
        ],
        key_width=30,
    )
    table(
        pdf,
        (30, 70, 20, 25, 40),
        ("Item", "Description", "Qty", "Cartons", "Reason"),
        [("TST-2100-NP", "Non-programmable digital thermostat 24V", "6", "1", "Overstock")],
    )
    para(pdf, "Packed by: J. Ortiz 12/04/2026     Cartons total: 1", 9)
    return done(pdf)


# ---------------------------------------------------------------- the messages


def message(
    headers: dict[str, str],
    body: str,
    attachment: tuple[bytes, str, str, str],
    boundary: str,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    headers = {
        "From": sender,
        "To": "returns@distributor.example",
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
    }
    headers.update({key.replace("_", "-"): value for key, value in extra.items()})
    return headers


PDF, PNG, JPEG = ("application", "pdf"), ("image", "png"), ("image", "jpeg")

MESSAGES: list[tuple[str, dict[str, str], str, Callable[[], bytes], tuple[str, str], str]] = [
    (
        "s01-summit-tiles-delivery-receipt-scan.eml",
        hdr(
            "Raj Patel <raj.patel@summithvac.net>",
            "ODFL DR - Westgate job - PO-60377",
            "Tue, 03 Nov 2026 08:14:22 -0600",
            "<7b1e44c0-2d9a-4f36-8c15-a0e93d6b2f71@summithvac.net>",
        ),
        "Hi,\n\n"
        "DR from yesterday's ODFL delivery at Westgate attached, driver wrote up the\n"
        "exception. The wet cartons are going in the dumpster, they're no good to us.\n"
        "Please credit.\n\n"
        "Raj Patel\nService Manager\nSummit HVAC Services\n555-702-3100 x210\n",
        delivery_receipt_png,
        PNG,
        "ODFL_DR_OD0782290518.png",
    ),
    (
        "s02-keystone-receiving-discrepancy-pdf.eml",
        hdr(
            "Andre Whitfield <awhitfield@keystonemech.com>",
            "Receiving discrepancy RD-3318 / PO-77812",
            "Mon, 09 Nov 2026 07:40:05 -0500",
            "<20261109124005.3C7D9E12@mail.keystonemech.com>",
        ),
        "Good morning,\n\n"
        "Receiving discrepancy report for PO-77812 attached, for the R+L delivery on\n"
        "Thursday. Two lines with exceptions, see the report. Friday's delivery from your\n"
        "west DC checked in clean.\n\n"
        "Damaged valves are on hold in the cage until you tell us how you want them back.\n\n"
        "Andre Whitfield\nReceiving Lead\nKeystone Mechanical Contractors\n"
        "Warehouse 555-310-7740\n",
        receiving_report_pdf,
        PDF,
        "RD-3318.pdf",
    ),
    (
        "s03-riverbend-marked-packing-slip-scan.eml",
        hdr(
            "Karen Liu <office@riverbendph.com>",
            "SO-104236 packing slip - marked up",
            "Tue, 10 Nov 2026 09:05:48 -0600",
            "<001c01db5312$8e4fa0b0$aaeee210$@riverbendph.com>",
        ),
        "Hi,\n\n"
        "Attached is the packing slip from Friday's UPS delivery with our receiving notes\n"
        "on it. Please credit what's short and let us know what to do with the damaged\n"
        "one.\n\n"
        "Thanks,\nKaren\n\n"
        "Karen Liu\nOffice Manager\nRiverbend Plumbing & Heating\n(555) 240-8800\n",
        packing_slip_png,
        PNG,
        "scan_20261110_0851.png",
    ),
    (
        "s04-keystone-debit-memo-pumps-unions-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "Debit memo DM-2026-0457 - INV-88133",
            "Tue, 10 Nov 2026 10:22:31 -0500",
            "<20261110152231.6A0B2F47@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Please see the attached debit memo against INV-88133. Let me know if you need\n"
        "anything else from us.\n\n"
        "Thanks,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n"
        "(215) 555-0190\n",
        debit_memo_pdf,
        PDF,
        "DM-2026-0457.pdf",
    ),
    (
        "s07-harbor-dented-tank-photo.eml",
        hdr(
            "Nia Jackson <njackson@harborpointpm.com>",
            "Dented expansion tank - Lakeview Terrace delivery",
            "Fri, 13 Nov 2026 09:48:17 -0600",
            "<PH0PR17MB6021A3E90C7B15D24F8E6B19C2A4@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hello,\n\n"
        "One of the small expansion tanks from Wednesday's delivery at Lakeview Terrace\n"
        "(PO-70288) has a big dent in the side, photo attached. The heaters and the other\n"
        "tanks are fine. We won't put a dented tank on a potable system, so please\n"
        "replace or credit it.\n\n"
        "Thank you,\nNia Jackson\nMaintenance Coordinator\n"
        "Harbor Point Property Management\n555-614-2240\n",
        tank_photo_jpeg,
        JPEG,
        "IMG_20261113_091122.jpg",
    ),
    (
        "s08-riverbend-count-sheet-pdf.eml",
        hdr(
            "Sal Romano <warehouse@riverbendph.com>",
            "count sheet PO-24530",
            "Mon, 16 Nov 2026 07:35:02 -0600",
            "<002a01db57dc$1f6e3b20$5e4ab160$@riverbendph.com>",
        ),
        "Count sheet for PO 24530 attached. Elbows came up short and one of the PRVs\n"
        "is broken, both on the sheet.\n\n"
        "Sal\nRiverbend warehouse\n",
        count_sheet_pdf,
        PDF,
        "CS-1187.pdf",
    ),
    (
        "s11-delgado-return-form-scan-cut-pipe.eml",
        hdr(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "devolucion / return SO-104240",
            "Wed, 18 Nov 2026 08:30:40 -0600",
            "<CAJk7Rw5Tq1nLx8Vb3Mz6Hc0Ps2Wd9Fe4Ky7Ug1RjA@mail.gmail.com>",
        ),
        "Good morning\n\n"
        "I send the return form for the pick up order, we fill it by hand. The job in\n"
        "Alamo St change and we dont need this material anymore. We bring everything to\n"
        "the counter Friday when we pick up the other order.\n\n"
        "Thank you\nRosa Delgado\nDelgado & Sons Plumbing\n956-555-0150\n",
        return_form_png,
        PNG,
        "devolucion.png",
    ),
    (
        "s13-summit-ra-request-pdf-body-corrects.eml",
        hdr(
            "Linda Chu <ap@summithvac.net>",
            "RA request RAR-2211 - PO-60418",
            "Fri, 20 Nov 2026 13:15:09 -0600",
            "<BN8PR05MB6612C0F7A19E3B24D5E80C7F1A3B@BN8PR05MB6612.namprd05.prod.outlook.com>",
        ),
        "Hello,\n\n"
        "Return authorization request attached for the non-programmable thermostats on\n"
        "PO-60418.\n\n"
        "One change: the form says 8, but Raj's crew took 2 of them for a job this\n"
        "morning, after I printed it. Please authorize 6, not 8.\n\n"
        "Thank you,\nLinda Chu\nAccounts Payable | Summit HVAC Services\n"
        "555-702-3100 x204\n",
        ra_request_pdf,
        PDF,
        "RAR-2211.pdf",
    ),
    (
        "s17-riverbend-crate-label-photo-unshipped.eml",
        hdr(
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "cracked check valve PO-24561",
            "Tue, 24 Nov 2026 07:55:36 -0600",
            "<3E9A1C7F-52B0-4D1E-A8F6-7C20D95B3E41@riverbendph.com>",
        ),
        "the 3 check valves on PO 24561 showed up yesterday at the Westside pump house.\n"
        "2x4 skid was busted and one valve has the flange cracked clean through, the\n"
        "other two look ok. pic of the crate tag attached.\n\n"
        "need 1 replacement before the 12/1 tie-in\n\n"
        "Mike O'Brien\nRiverbend Plumbing & Heating\n555-240-8812\n\n"
        "Sent from my iPhone\n",
        crate_tag_jpeg,
        JPEG,
        "IMG_7734.jpg",
    ),
    (
        "s19-delgado-warranty-tag-scan-old-tank.eml",
        hdr(
            "Beto Garza <beto@delgadosons.com>",
            "warranty expansion tank",
            "Wed, 25 Nov 2026 09:10:54 -0600",
            "<0b3e01db5f1a$4c27d9e0$e477cda0$@delgadosons.com>",
        ),
        "Hi\n\n"
        "The expansion tank is leaking by the air valve, the homeowner call us yesterday.\n"
        "We install it with the gas heater last year (October 2025). I fill the warranty\n"
        "tag, is attach. Please tell me if you can change it for a new one.\n\n"
        "Beto Garza\nDelgado & Sons Plumbing\n956-555-0167\n",
        warranty_tag_png,
        PNG,
        "tag tanque.png",
    ),
    (
        "s20-keystone-thermostat-carton-photo.eml",
        hdr(
            "Luke Brennan <lbrennan@keystonemech.com>",
            "DOA wifi thermostat - PO-77760",
            "Mon, 30 Nov 2026 10:05:12 -0500",
            "<20261130150512.8E1F5A93@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "One of the wifi thermostats from PO-77760 is dead out of the box, no display at\n"
        "all with 24V confirmed at R and C. Picture of the carton label attached (the\n"
        "serial is on it). Tagged and bagged, it can go back with your next driver.\n\n"
        "Luke Brennan\nService Technician\nKeystone Mechanical Contractors\n",
        thermostat_carton_jpeg,
        JPEG,
        "20261130_093844.jpg",
    ),
    (
        "s21-harbor-filter-return-request-pdf.eml",
        hdr(
            "Grace Kim <payables@harborpointpm.com>",
            "Vendor return request VRR-0092 - PO-70231",
            "Mon, 30 Nov 2026 11:40:26 -0600",
            "<PH0PR17MB60210E5B7A4C92F31D6A8E07B5C9@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "As discussed last week we're going ahead with the return of the MERV 11\n"
        "filters. Our return request is attached.\n\n"
        "One correction to it: Luis kept 4 cases for the clubhouse units, which stay on\n"
        "MERV 11. So 20 cases are coming back, not 24.\n\n"
        "Thank you,\nGrace Kim\nAccounts Payable\nHarbor Point Property Management\n"
        "555-614-2260\n",
        vendor_return_pdf,
        PDF,
        "VRR-0092.pdf",
    ),
    (
        "s23-keystone-prv-defect-tags-photo.eml",
        hdr(
            "Carl Dietz <cdietz@keystonemech.com>",
            "2 bad PRVs PO-77812",
            "Tue, 01 Dec 2026 07:20:44 -0500",
            "<6F2C8B14-0E7A-4B59-9D31-A5C4E28F7B60@keystonemech.com>",
        ),
        "2 of the 3/4 PRVs from PO 77812 wont regulate. Set at 60, they creep up to full\n"
        "street pressure (95 psi) within an hour. Tried adjusting, no change. Tagged\n"
        "both, pic attached. Sending them back with Tom.\n\n"
        "Carl Dietz\nSite Super, Keystone Mechanical\nc 555-318-2291\n\n"
        "Sent from my iPhone\n",
        defect_tags_jpeg,
        JPEG,
        "IMG_5120.jpg",
    ),
    (
        "s29-summit-fwd-circulator-on-keystone-order.eml",
        hdr(
            "Raj Patel <raj.patel@summithvac.net>",
            "FW: circulator DOA - Harrison Ave boiler room",
            "Thu, 03 Dec 2026 10:30:58 -0600",
            "<c4d27e90-8b1f-4a63-95e0-3f7a1b6d0c28@summithvac.net>",
        ),
        "Hi,\n\n"
        "Forwarding from our tech. We're doing the boiler controls at Harrison Ave as a\n"
        "sub to Keystone; their super gave us one of the circulators from their order\n"
        "with you (SO-104235) and it's DOA. Keystone said to send it to you directly.\n"
        "Service ticket attached.\n\n"
        "Raj\n\n"
        "---------- Forwarded message ---------\n"
        "From: Eddie Vance <evance@summithvac.net>\n"
        "Date: Wed, Dec 2, 2026 at 4:41 PM\n"
        "Subject: circulator DOA - Harrison Ave boiler room\n"
        "To: Raj Patel <raj.patel@summithvac.net>\n\n"
        "Raj - the 1/25 hp circ Keystone handed us for zone 3 won't start. 116V at the\n"
        "terminal block, motor hums, shaft is seized. It's just the one pump, the other\n"
        "zones are fine. Ticket attached.\n\n"
        "Eddie\n",
        service_ticket_pdf,
        PDF,
        "ST-40871.pdf",
    ),
    (
        "s30-keystone-unknown-po-discrepancy-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "Receiving discrepancy RD-3401 - PO-77864",
            "Fri, 04 Dec 2026 09:05:33 -0500",
            "<20261204140533.B27E0C51@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Receiving discrepancy report attached for PO-77864. The mixing valves are short,\n"
        "please ship the missing ones or credit us.\n\n"
        "Thanks,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n",
        unknown_po_report_pdf,
        PDF,
        "RD-3401.pdf",
    ),
    (
        "s31-summit-return-packing-list-pdf.eml",
        hdr(
            "Linda Chu <ap@summithvac.net>",
            "Return packing list RAR-2211",
            "Fri, 04 Dec 2026 08:20:40 -0600",
            "<BN8PR05MB66127D3E0B91A4C5F28E6D0B9C14@BN8PR05MB6612.namprd05.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Thanks for authorizing the thermostat return. Attached is the packing list that\n"
        "goes with it; our driver will drop the carton at your DC-EAST counter Monday\n"
        "morning. Nothing else needed on our side, this is just so receiving knows it's\n"
        "coming.\n\n"
        "Linda\n\nLinda Chu\nAccounts Payable | Summit HVAC Services\n",
        return_packing_list_pdf,
        PDF,
        "RAR-2211 packing list.pdf",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, headers, body, build, (maintype, subtype), filename in MESSAGES:
        boundary = f"===============h13_{name[:3]}_0001=="
        data = message(headers, body, (build(), maintype, subtype, filename), boundary)
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
