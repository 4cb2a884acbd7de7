"""Build the heldout11 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout11/make_attachments.py

Text PDFs (fpdf2): s02 debit memo, s07 remittance advice, s09 bench test report, s11 return
request form, s13 statement reconciliation, s14 return form, s16 delivery incident report,
s22 service work order, s23 purchase order, s31 water heater start-up checklist.
Scanned-looking PNGs (Pillow): s01 receiving log, s03 bill of lading with a driver's
exception, s12 signed delivery receipt, s27 backflow test report.
Photo-like JPEGs (Pillow): s04 carton label, s10 handwritten tag, s26 rating plate and
installer sticker.

Everything is fixed: random seeds, dates, MIME boundaries, the PDFs' creation dates, and the
font (Pillow's bundled default font, so no system font is needed).
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


def fields(pdf: FPDF, rows: list[tuple[str, str]], key_width: float = 36) -> None:
    pdf.set_font("Helvetica", "", 9)
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
    pdf.set_fill_color(225, 225, 225)
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
    size: int = 28,
    ink: tuple[int, ...] | int = 40,
    tilt: float = 5.0,
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
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(specks):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 80, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
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
        d = rng.randint(-18, 18)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=74)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw, cols: tuple[int, ...], top: int, rows: int, step: int, right: int
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=70, width=2)
    for x in (*cols, right):
        draw.line([(x, top), (x, top + rows * step)], fill=70, width=2)


# ---------------------------------------------------------------- the documents


def receiving_log_png() -> bytes:
    """s01: Keystone's clipboard receiving log, the exceptions only in the pen columns."""
    rng = random.Random(1101)
    img = Image.new("L", (1700, 1100), 246)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "KEYSTONE MECHANICAL CONTRACTORS", font=font(34), fill=20)
    draw.text((50, 76), "WAREHOUSE RECEIVING LOG", font=font(30), fill=20)
    draw.text((1080, 40), "Week of: 11/02/2026", font=font(24), fill=30)
    draw.text((1080, 76), "Sheet 3 of 3", font=font(24), fill=30)
    cols = (40, 120, 300, 430, 680, 900, 980, 1070, 1580)
    heads = ("DATE", "VENDOR", "PO #", "CARRIER / PRO", "ITEM", "EXP", "RCVD", "EXCEPTION", "BY")
    top, step = 130, 62
    grid(draw, cols, top, 9, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 18), head, font=font(22), fill=15)
    rows = [
        ("11/04", "MIDWEST INSUL", "PO-77801", "FEDEX 7712 0934 5520", "1in x 6ft insul", "48"),
        ("11/05", "TRI-STATE", "PO-77812", "RL 123456789", "VLV-2210-BR", "40"),
        ("11/05", "TRI-STATE", "PO-77812", "RL 123456789", "FTG-CU-E90-100", "150"),
        ("11/05", "ACME HANGER", "PO-77815", "THEIR TRUCK", "3/8 rod 10ft", "60"),
        ("11/06", "TRI-STATE", "PO-77812", "ESTES ES4410391264", "VLV-0750-PRV", "12"),
        ("11/06", "TRI-STATE", "PO-77812", "ESTES ES4410391264", "PIP-PEX-075-300", "6"),
        ("11/06", "COASTAL CTRL", "PO-77820", "UPS 1Z88W2140391", "TRV heads", "10"),
    ]
    received = ("48", "40", "150", "60", "9", "6", "10")
    notes = ("", "", "", "", "SHORT 3 - not on pallet", "1 coil crushed, wrap torn", "")
    initials = ("JT", "MB", "MB", "JT", "MB", "MB", "JT")
    y = top + step
    for row, rcvd, note, by in zip(rows, received, notes, initials, strict=True):
        for x, text in zip(cols[:6], row, strict=True):
            draw.text((x + 8, y + 20), text, font=font(20), fill=30)
        hand(img, (cols[6] + 14, y + 12), rcvd, rng, size=30, ink=45, tilt=4)
        if note:
            hand(img, (cols[7] + 10, y + 14), note, rng, size=28, ink=40, tilt=3)
        hand(img, (cols[8] + 14, y + 12), by, rng, size=26, ink=55, tilt=4)
        y += step
    draw.text(
        (50, 860),
        "Exceptions: circle EXCEPTION, tell purchasing / AP same day.",
        font=font(22),
        fill=40,
    )
    draw.text((50, 900), "Received by: M. Bell", font=font(24), fill=40)
    draw.line([(320, 930), (520, 918)], fill=70, width=2)
    return scan_finish(img, rng, 0.8, 14000)


def debit_memo_pdf() -> bytes:
    """s02: Riverbend's own debit memo for a short shipment."""
    pdf = new_pdf(
        "Debit Memo DM-10448",
        "Riverbend Plumbing & Heating",
        datetime(2026, 11, 16, 15, 40, tzinfo=UTC),
    )
    heading(
        pdf,
        "RIVERBEND PLUMBING & HEATING",
        "DEBIT MEMO",
        "410 Canal St  |  Phone (555) 240-8800  |  accounts: office@riverbendph.com",
    )
    fields(
        pdf,
        [
            ("Debit memo no.", "DM-10448"),
            ("Date", "11/16/2026"),
            ("To", VENDOR + " - Accounts Receivable / Returns"),
            ("Vendor no.", "V-0231"),
            ("Reference invoice", "INV-88180 dated 11/10/2026"),
            ("Our PO", "PO-24530"),
            ("Your order", "SO-104243"),
        ],
    )
    table(
        pdf,
        (10, 28, 52, 12, 18, 20, 52),
        ("Ln", "Item", "Description", "Qty", "Unit", "Amount", "Reason"),
        [
            (
                "1",
                "VLV-1005-BV",
                '1" brass ball valve, FP, thd',
                "6",
                "16.20",
                "97.20",
                "Short shipped: inv. 48, rec'd 42",
            ),
        ],
    )
    para(pdf, "TOTAL DEBIT:  $97.20", 10, "B")
    para(
        pdf,
        "The quantity above was invoiced but not received (receiving count 11/13/2026, "
        "recounted 11/16/2026). This amount will be deducted from our next payment unless "
        "a credit memo is received first. Please reference DM-10448 on your credit.",
    )
    pdf.ln(6)
    para(pdf, "Prepared by: Karen Liu, Office Manager")
    return done(pdf)


def bill_of_lading_png() -> bytes:
    """s03: the consignee copy of an LTL bill of lading with the driver's exception note."""
    rng = random.Random(1103)
    img = Image.new("L", (1700, 1250), 245)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "STRAIGHT BILL OF LADING - SHORT FORM", font=font(34), fill=15)
    draw.text((50, 74), "ORIGINAL - NOT NEGOTIABLE        CONSIGNEE COPY", font=font(22), fill=30)
    draw.text((1160, 30), "PRO: OD0782301177", font=font(30), fill=15)
    draw.text((1160, 72), "Date: 11/04/2026", font=font(24), fill=25)
    draw.text((50, 120), "Carrier: OLD DOMINION FREIGHT LINE    SCAC: ODFL", font=font(24), fill=25)
    draw.rectangle([(40, 165), (840, 330)], outline=60, width=2)
    draw.rectangle([(860, 165), (1660, 330)], outline=60, width=2)
    draw.text((55, 175), "SHIP FROM", font=font(20), fill=20)
    ship_from = (
        "TRI-STATE PLUMBING & HVAC SUPPLY",
        "DC-SOUTH  2200 INDUSTRIAL PKWY",
        "SID: SH-55127",
    )
    for i, text in enumerate(ship_from):
        draw.text((55, 205 + 36 * i), text, font=font(22), fill=25)
    draw.text((875, 175), "SHIP TO", font=font(20), fill=20)
    ship_to = (
        "KEYSTONE MECHANICAL CONTRACTORS",
        "JOBSITE 1450 HARRISON AVE",
        "CALL JEFF 555-318-2290",
    )
    for i, text in enumerate(ship_to):
        draw.text((875, 205 + 36 * i), text, font=font(22), fill=25)
    draw.text((50, 350), "CUSTOMER ORDER INFO:  PO-77830   REF SO-104235", font=font(24), fill=20)
    cols = (40, 200, 330, 470, 640, 1480)
    heads = ("HU QTY", "TYPE", "PKGS", "WEIGHT", "DESCRIPTION", "CLASS")
    top, step = 400, 60
    grid(draw, cols, top, 3, step, 1660)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 8, top + 18), head, font=font(21), fill=15)
    rows = [
        ("1", "PLT", "46", "812", "PLUMBING SUPPLIES - VALVES, FITTINGS", "85"),
        ("1", "PLT", "4", "188", "PUMPS, NOI - CARTONS", "85"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x + 8, y + 18), text, font=font(21), fill=25)
        y += step
    draw.text((48, y + 18), "TOTAL  2 HU / 50 PKGS / 1,000 LBS", font=font(22), fill=20)
    draw.text(
        (50, 640),
        "RECEIVED, subject to the classifications and tariffs in effect.",
        font=font(20),
        fill=40,
    )
    draw.text(
        (50, 690), "CONSIGNEE: RECEIVED IN GOOD ORDER EXCEPT AS NOTED", font=font(24), fill=15
    )
    draw.rectangle([(40, 730), (1660, 960)], outline=60, width=2)
    hand(img, (70, 755), "2 CTNS CIRC PUMPS CRUSHED - BOXES CAVED IN", rng, size=32, ink=35)
    hand(img, (70, 815), "1 PUMP BODY CRACKED   SUBJ TO INSPECTION", rng, size=32, ink=35)
    hand(img, (70, 880), "11/6   J. FARLEY", rng, size=30, ink=45)
    draw.text((50, 1000), "Driver signature / date:", font=font(22), fill=30)
    draw.line([(330, 1030), (620, 1012)], fill=60, width=3)
    hand(img, (680, 995), "R. Oakes 11/6  #2207", rng, size=26, ink=50)
    draw.text((50, 1070), "Consignee signature:", font=font(22), fill=30)
    draw.line([(330, 1100), (560, 1090)], fill=60, width=3)
    draw.text((50, 1150), "PIECES RECEIVED: 50    PALLETS: 2", font=font(22), fill=30)
    return scan_finish(img, rng, -1.1, 16000)


def carton_label_jpeg() -> bytes:
    """s04: a phone photo of a thermostat carton: maker's label and our pick sticker."""
    rng = random.Random(1104)
    bg = (150, 112, 72)  # cardboard
    img = Image.new("RGB", (1300, 950), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(300):  # cardboard fibres
        x, y = rng.randrange(1300), rng.randrange(950)
        draw.line([(x, y), (x + rng.randint(10, 60), y + rng.randint(-2, 2))], fill=(135, 100, 62))
    draw.rectangle([(80, 70), (800, 620)], fill=(246, 246, 240))  # maker's label
    ink = (25, 25, 25)
    draw.text((110, 95), "BRADFORD THERMAL PRODUCTS", font=font(36), fill=ink)
    draw.text((110, 160), "MODEL  TST-7500-PRO", font=font(40), fill=ink)
    draw.text((110, 220), "7-DAY PROGRAMMABLE WI-FI THERMOSTAT", font=font(26), fill=ink)
    draw.text((110, 262), "24 VAC   2.4 GHz", font=font(26), fill=ink)
    x = 110
    for _ in range(70):  # barcode
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, 320), (x + w, 450)], fill=ink)
        x += w + rng.choice((2, 3, 4))
    draw.text((110, 465), "UPC 084512075004", font=font(32), fill=ink)
    draw.text((110, 520), "QTY 1 EA      LOT 2609-114", font=font(28), fill=ink)
    draw.text((110, 565), "MADE IN USA", font=font(22), fill=ink)
    draw.rectangle([(860, 520), (1230, 860)], fill=(250, 236, 120))  # our pick sticker
    draw.text((880, 540), "TRI-STATE SUPPLY", font=font(26), fill=ink)
    draw.text((880, 590), "SO-104239", font=font(34), fill=ink)
    draw.text((880, 640), "PO-70231", font=font(28), fill=ink)
    draw.text((880, 690), "TST-2100-NP", font=font(30), fill=ink)
    draw.text((880, 740), "PICK E-07  1 of 10", font=font(24), fill=ink)
    draw.text((880, 790), "DC-EAST 11/09", font=font(24), fill=ink)
    return photo_finish(img, rng, 2.5, (95, 80, 60), 9000)


def remittance_pdf() -> bytes:
    """s07 (not a claim): Keystone's remittance advice for an ACH payment."""
    pdf = new_pdf(
        "Remittance Advice ACH 000418822",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 11, 13, 14, 5, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "REMITTANCE ADVICE",
        "Accounts Payable  |  ap@keystonemech.com  |  (215) 555-0190",
    )
    fields(
        pdf,
        [
            ("Payee", VENDOR),
            ("Vendor no.", "TRI010"),
            ("Payment", "ACH 000418822"),
            ("Payment date", "11/13/2026"),
        ],
    )
    table(
        pdf,
        (26, 24, 24, 28, 22, 26, 28),
        ("Invoice", "Inv date", "PO", "Invoice amt", "Discount", "Deduction", "Paid"),
        [
            ("INV-88080", "10/14/2026", "PO-77731", "939.00", "0.00", "0.00", "939.00"),
            ("INV-88090", "10/22/2026", "PO-77760", "1,510.80", "0.00", "0.00", "1,510.80"),
            ("INV-88120", "11/02/2026", "PO-77812", "2,798.50", "0.00", "0.00", "2,798.50"),
            ("INV-88133", "11/04/2026", "PO-77830", "2,641.20", "0.00", "27.20", "2,614.00"),
        ],
    )
    para(pdf, "TOTAL PAID:  $7,862.30", 10, "B")
    para(
        pdf,
        "Deduction INV-88133: price variance, condensate pumps 8 x 3.40 = 27.20, per our "
        "e-mail of 11/10/2026.\nNot in this payment: INV-88121 (on hold, receiving "
        "exceptions of 11/09/2026 under review with your returns desk).",
        8,
    )
    return done(pdf)


def bench_test_pdf() -> bytes:
    """s09: Summit's shop bench test of twelve Wi-Fi thermostats (3 FAIL; the mail says 2)."""
    pdf = new_pdf(
        "Bench Test Report BT-1123",
        "Summit HVAC Services - Service Shop",
        datetime(2026, 11, 23, 21, 30, tzinfo=UTC),
    )
    heading(pdf, "SUMMIT HVAC SERVICES", "SHOP BENCH TEST REPORT  BT-1123", "Service shop, bay 2")
    fields(
        pdf,
        [
            ("Equipment", "7-day programmable Wi-Fi thermostat (TST-7500-PRO)"),
            ("Source", "PO-60418 / vendor invoice INV-88152, received 11/05/2026"),
            ("Test date", "11/23/2026"),
            ("Tested by", "J. Okafor (tech #31), reviewed R. Patel"),
            ("Setup", "24 VAC bench harness, 2.4 GHz shop AP, relays W1/Y1/G, 30 min hold"),
        ],
        key_width=28,
    )
    fails = {4: ("OK", "BLANK 60s", "-", "-", "-"), 7: ("OK", "OK", "NO PAIR", "OK", "OK")}
    fails[11] = ("OK", "OK", "OK", "Y1 NO OUT", "OK")
    rows = []
    for n in range(1, 13):
        tests = fails.get(n, ("OK", "OK", "OK", "OK", "OK"))
        result = "FAIL" if n in fails else "PASS"
        rows.append((str(n), f"BT75-2609-{4410 + 3 * n}", *tests, result))
    table(
        pdf,
        (10, 36, 20, 26, 24, 26, 24, 20),
        ("#", "Serial", "Power", "Display", "Wi-Fi", "Relays", "Hold", "Result"),
        rows,
    )
    para(pdf, "Tested: 12     Pass: 9     Fail: 3", 10, "B")
    para(
        pdf,
        "Failed units tagged red and set aside for vendor return. Passed units returned "
        "to stock, bin T-4.",
    )
    return done(pdf)


def tag_jpeg() -> bytes:
    """s10: a photo of the handwritten tag on a leaking expansion tank."""
    rng = random.Random(1111)
    bg = (70, 74, 80)
    img = Image.new("RGB", (1000, 700), (200, 204, 208))  # grey tank shell
    draw = ImageDraw.Draw(img)
    draw.rectangle([(150, 60), (880, 640)], fill=(244, 160, 150))  # red-pink tag
    draw.ellipse([(180, 320), (230, 370)], fill=(90, 80, 80))
    text = [
        "DEFECTIVE - RETURN",
        "PO 40917",
        "EXP TANK 2 GAL",
        "QTY 1",
        "LEAK AT THREAD",
        "12/1   J.P.",
    ]
    y = 85
    for row in text:
        hand(img, (270, y), row, rng, size=36, ink=(20, 20, 30), tilt=3)
        y += 90
    return photo_finish(img, rng, -5.0, bg, 9000)


def return_request_pdf() -> bytes:
    """s11: Summit's return request form; the mail body only says 'per the attached form'."""
    pdf = new_pdf(
        "Return Request RR-0387",
        "Summit HVAC Services - Accounts Payable",
        datetime(2026, 11, 30, 19, 50, tzinfo=UTC),
    )
    heading(pdf, "SUMMIT HVAC SERVICES", "RETURN REQUEST  RR-0387", "ap@summithvac.net")
    fields(
        pdf,
        [
            ("Date", "11/30/2026"),
            ("Vendor", VENDOR),
            ("Our PO", "PO-60455"),
            ("Vendor invoice", "INV-88184 (11/10/2026)"),
            ("Vendor order", "SO-104244"),
            ("Requested by", "Linda Chu, AP - approved G. Hollis, PM"),
        ],
    )
    table(
        pdf,
        (28, 52, 16, 16, 10, 16, 20, 34),
        ("Item #", "Description", "Qty rec", "Qty ret", "UOM", "Price", "Reason", "Condition"),
        [
            (
                "TST-2100-NP",
                "Non-prog digital thermostat 24V",
                "12",
                "4",
                "EA",
                "28.90",
                "03",
                "New, unopened",
            ),
        ],
    )
    para(
        pdf,
        "Reason codes: 01 Damaged in transit  02 Defective  03 Over-ordered / not needed  "
        "04 Wrong item  05 Pricing",
        8,
    )
    para(pdf, "[X] Vendor restocking fee acknowledged     [ ] Replacement requested", 9)
    para(pdf, "Return to: vendor will-call counter or vendor pickup from 2400 Summit Way.", 9)
    return done(pdf)


def signed_pod_png() -> bytes:
    """s12 (not a claim): a signed delivery receipt, no exceptions."""
    rng = random.Random(1112)
    img = Image.new("L", (1400, 950), 244)
    draw = ImageDraw.Draw(img)
    draw.text((60, 36), "DELIVERY RECEIPT", font=font(32), fill=20)
    draw.text((900, 40), "No. SH-55170", font=font(28), fill=25)
    draw.text(
        (60, 92), "TRI-STATE PLUMBING & HVAC SUPPLY - DC-EAST - OWN FLEET", font=font(22), fill=30
    )
    draw.text((60, 128), "Ship to: HARBOR POINT PM - BAYVIEW MAINT. SHOP", font=font(22), fill=30)
    draw.text(
        (60, 162),
        "Order: SO-104246    Cust PO: PO-70296    Ship date: 11/16/2026",
        font=font(22),
        fill=30,
    )
    cols = (60, 360, 1000, 1120)
    draw.line([(60, 210), (1340, 210)], fill=40, width=3)
    for x, head in zip(cols, ("ITEM", "DESCRIPTION", "QTY", "UOM"), strict=True):
        draw.text((x, 222), head, font=font(22), fill=15)
    draw.line([(60, 258), (1340, 258)], fill=40, width=2)
    rows = [
        ("HVC-REG-1006-W", "10x6 steel floor register, white", "40", "EA"),
        ("VLV-0075-BV", '3/4" brass ball valve, FP, sweat', "12", "EA"),
    ]
    y = 272
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=font(22), fill=25)
        y += 48
    draw.text((60, 440), "Received in good condition unless noted:", font=font(22), fill=35)
    hand(img, (110, 490), "ALL OK - NO EXCEPTIONS", rng, size=32, ink=45)
    hand(img, (110, 550), "4 boxes  11/16   S.W.", rng, size=30, ink=50)
    draw.text((60, 760), "Received by: S. Whitaker", font=font(22), fill=45)
    draw.text((700, 760), "Driver: K. Dunn  #131", font=font(22), fill=45)
    draw.line([(330, 800), (560, 786)], fill=70, width=2)
    draw.line([(900, 800), (1080, 808)], fill=70, width=2)
    return scan_finish(img, rng, -0.7, 11000)


def statement_pdf() -> bytes:
    """s13: Keystone AP's year-end reconciliation of our statement, one disputed invoice."""
    pdf = new_pdf(
        "Vendor statement reconciliation",
        "Keystone Mechanical Contractors - Accounts Payable",
        datetime(2026, 12, 28, 15, 10, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "VENDOR STATEMENT RECONCILIATION",
        "Accounts Payable  |  prepared by K. White 12/28/2026",
    )
    fields(
        pdf,
        [
            ("Vendor", VENDOR + "  (TRI010)"),
            ("Statement date", "12/15/2026"),
            ("Statement balance", "465.40"),
            ("Per our ledger", "465.40  (difference 0.00)"),
        ],
    )
    table(
        pdf,
        (24, 20, 22, 22, 22, 20, 62),
        ("Invoice", "Date", "PO", "Amount", "Paid", "Open", "Note"),
        [
            ("INV-88080", "10/14/26", "PO-77731", "939.00", "939.00", "0.00", "ACH 11/13"),
            ("INV-88090", "10/22/26", "PO-77760", "1,510.80", "1,510.80", "0.00", "ACH 11/13"),
            ("INV-88098", "10/26/26", "PO-77790", "3,429.20", "3,429.20", "0.00", "SEE NOTE 1"),
            ("INV-88120", "11/02/26", "PO-77812", "2,798.50", "2,798.50", "0.00", "ACH 11/13"),
            (
                "INV-88121",
                "11/03/26",
                "PO-77812",
                "2,080.80",
                "1,642.60",
                "438.20",
                "credit in process",
            ),
            (
                "INV-88133",
                "11/04/26",
                "PO-77830",
                "2,641.20",
                "2,614.00",
                "27.20",
                "credit in process",
            ),
        ],
    )
    para(
        pdf,
        'NOTE 1 - INV-88098: KM-20100 / PIP-CU-L-100-20, 1" type L copper 20 ft, qty 30, '
        "invoiced at 76.40, PO-77790 price 71.80. Overbilled 4.60 x 30 = 138.00. Paid in "
        "full in error (3-way match override 10/30). Credit memo requested.",
        9,
    )
    para(
        pdf,
        "INV-88121 and INV-88133: open amounts are credits already requested (receiving "
        "exceptions 11/09, pump price 11/10) - no action.",
        9,
    )
    return done(pdf)


def delgado_return_form_pdf() -> bytes:
    """s14: Delgado's return form (says 4 valves; the mail corrects it to 3)."""
    pdf = new_pdf(
        "Return form 11/21/2026",
        "Delgado & Sons Plumbing",
        datetime(2026, 11, 21, 17, 15, tzinfo=UTC),
    )
    heading(
        pdf,
        "DELGADO & SONS PLUMBING",
        "RETURN FORM / FORMA DE DEVOLUCION",
        "rosa@delgadoplumbing.com  |  956-555-0150",
    )
    fields(
        pdf,
        [
            ("Date", "11/21/2026"),
            ("Vendor", VENDOR),
            ("Order", "SO-104240"),
            ("Our PO", "40988"),
            ("Picked up", "11/06/2026 at DC-SOUTH counter"),
        ],
    )
    table(
        pdf,
        (10, 30, 48, 12, 50, 40),
        ("#", "Item", "Description", "Qty", "Reason", "Condition"),
        [
            ("1", "VLV-1005-BV", '1" ball valve full port', "4", "No longer needed", "New"),
            ("2", "FTG-BI-U-150", '1-1/2" black union', "2", 'Wrong size (got 1-1/4")', "New"),
        ],
    )
    para(pdf, "Credit line 1, replace line 2 with correct size.", 9)
    pdf.ln(6)
    para(pdf, "Prepared by: R. Delgado")
    return done(pdf)


def incident_report_pdf() -> bytes:
    """s16: Harbor Point's delivery incident report (one water heater dropped)."""
    pdf = new_pdf(
        "Vendor Delivery Incident Report IR-2026-118",
        "Harbor Point Property Management",
        datetime(2026, 11, 13, 16, 20, tzinfo=UTC),
    )
    heading(
        pdf,
        "HARBOR POINT PROPERTY MANAGEMENT",
        "VENDOR DELIVERY INCIDENT REPORT  IR-2026-118",
        "Facilities  |  555-614-2231",
    )
    fields(
        pdf,
        [
            ("Property", "Lakeview Terrace, 800 Lakeview Dr - Bldg C mech room"),
            ("Delivered", "11/11/2026, approx. 10:40 AM"),
            ("Carrier", "Estes Express  PRO ES4410402981"),
            ("Vendor / PO", VENDOR + " / PO-70288"),
            ("Noted on receipt", "Yes - driver signed exception"),
        ],
    )
    table(
        pdf,
        (26, 48, 18, 18, 82),
        ("Item", "Description", "Qty del", "Qty dmg", "Damage"),
        [
            (
                "WH-50G-NG",
                "50 gal NG water heater",
                "3",
                "1",
                "Off liftgate: base dented, gas valve cracked",
            ),
            ("WH-EXP-2G", "2 gal expansion tank", "3", "0", "-"),
        ],
    )
    para(
        pdf,
        "Unit dropped approx. 3 ft from the liftgate while being moved to the pallet jack. "
        "Tank base dented about 2 in., gas control valve housing cracked. Unit not "
        "installed, stored in mech room. Photos: 6 (on file).",
    )
    para(pdf, "Reported by: D. Sousa, Facilities Coordinator        Witness: Estes driver #4471")
    return done(pdf)


def work_order_pdf() -> bytes:
    """s22: Keystone's service work order for a seized circulator (a 2025 order)."""
    pdf = new_pdf(
        "Service Work Order WO 26-11482",
        "Keystone Mechanical Contractors - Service",
        datetime(2026, 11, 18, 22, 0, tzinfo=UTC),
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "SERVICE WORK ORDER  WO 26-11482",
        "Service dept.  |  (215) 555-0175",
    )
    fields(
        pdf,
        [
            ("Date", "11/18/2026"),
            ("Site", "220 Market St Condominium Assn - boiler room B1"),
            ("Equipment", "DHW recirc circulator, 1/25 HP, 115 V (PMP-CIRC-015)"),
            ("Installed", "11/24/2025, job 25-310, material on PO-76115"),
            ("Complaint", "No hot water at floors 9-12 since 11/17"),
            ("Technician", "R. Alvarez #22"),
        ],
        key_width=26,
    )
    table(
        pdf,
        (60, 40, 90),
        ("Check", "Reading", "Result"),
        [
            ("Supply voltage", "118 V", "OK"),
            ("Amp draw", "1.9 A (rated 0.7 A)", "HIGH - locked rotor"),
            ("Impeller / shaft", "seized", "FAIL"),
            ("Check valve", "free", "OK"),
        ],
    )
    para(
        pdf,
        "Action: replaced circulator with stock unit from van, purged, verified flow and "
        "temperature at floor 12 (118 F). Old pump tagged for warranty return. Labor 2.5 h.",
    )
    return done(pdf)


def purchase_order_pdf() -> bytes:
    """s23 (not a claim): Summit's new purchase order for replacement stock."""
    pdf = new_pdf(
        "Purchase Order PO-60502",
        "Summit HVAC Services - Purchasing",
        datetime(2026, 11, 25, 16, 45, tzinfo=UTC),
    )
    heading(pdf, "SUMMIT HVAC SERVICES", "PURCHASE ORDER  PO-60502", "2400 Summit Way")
    fields(
        pdf,
        [
            ("Date", "11/25/2026"),
            ("Vendor", VENDOR),
            ("Ship to", "Eastfield Medical Office Bldg, 3300 Eastfield Rd - attn A. Reyes"),
            ("Required", "12/04/2026"),
            ("Terms", "Net 30     Ship via: best way"),
        ],
    )
    table(
        pdf,
        (10, 34, 70, 14, 14, 22, 26),
        ("Ln", "Item", "Description", "Qty", "UOM", "Price", "Ext"),
        [
            ("1", "TST-7500-PRO", "7-day prog Wi-Fi thermostat", "2", "EA", "132.00", "264.00"),
            ("2", "HVC-FLT-1625-M11", "16x25x1 MERV 11, cs/12", "6", "CS", "39.50", "237.00"),
        ],
    )
    para(pdf, "PO TOTAL:  $501.00", 10, "B")
    para(pdf, "Authorized: A. Reyes, Purchasing Coordinator")
    return done(pdf)


def rating_plate_jpeg() -> bytes:
    """s26: a photo of a water heater's rating plate and the installer's sticker."""
    rng = random.Random(1126)
    bg = (40, 92, 70)  # green heater jacket
    img = Image.new("RGB", (1300, 1000), bg)
    draw = ImageDraw.Draw(img)
    draw.rectangle([(90, 60), (900, 600)], fill=(196, 198, 200))  # aluminium plate
    ink = (20, 20, 22)
    plate = [
        ("BRADFORD THERMAL PRODUCTS", 34),
        ("MODEL  WH-50G-NG", 36),
        ("50 GAL   NATURAL GAS", 28),
        ("INPUT 40,000 BTU/HR", 28),
        ("SERIAL NO. 2541A00877", 30),
        ("MFD 09/2025", 26),
        ("MAX WORKING PRESSURE 150 PSI", 24),
    ]
    y = 85
    for text, size in plate:
        draw.text((120, y), text, font=font(size), fill=ink)
        y += size + 40
    draw.rectangle([(620, 640), (1220, 930)], fill=(252, 214, 60))  # installer sticker
    draw.text((645, 660), "INSTALLED BY", font=font(24), fill=ink)
    draw.text((645, 695), "DELGADO & SONS PLUMBING", font=font(28), fill=ink)
    draw.text((645, 745), "DATE", font=font(24), fill=ink)
    draw.text((645, 800), "SO#", font=font(24), fill=ink)
    hand(img, (730, 740), "11/04/25", rng, size=32, ink=(15, 15, 80))
    hand(img, (730, 795), "SO-104202", rng, size=32, ink=(15, 15, 80))
    draw.text((645, 870), "SERVICE 956-555-0150", font=font(24), fill=ink)
    return photo_finish(img, rng, 2.5, (30, 30, 30), 10000)


def backflow_test_png() -> bytes:
    """s27: a scanned backflow assembly test report: #2 check and relief valve FAIL."""
    rng = random.Random(1127)
    img = Image.new("L", (1500, 1300), 246)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "COUNTY WATER AUTHORITY - CROSS CONNECTION CONTROL", font=font(26), fill=20)
    draw.text(
        (50, 70), "BACKFLOW PREVENTION ASSEMBLY TEST REPORT   (FORM BF-1)", font=font(30), fill=15
    )
    labels = [
        ("Location:", "Fairview Commons Bldg B, 88 Fairview Rd"),
        ("Assembly type:", "RPZ      Size: 3 in.      New install: YES"),
        ("Make / model:", "3in RPZ assy - supplier SO-104222"),
        ("Serial no.:", "RP3-26-04417"),
    ]
    y = 130
    for key, value in labels:
        draw.text((50, y), key, font=font(24), fill=25)
        hand(img, (330, y - 6), value, rng, size=27, ink=40, tilt=4)
        y += 56
    cols = (50, 500, 900, 1200)
    heads = ("TEST", "READING", "CLOSED TIGHT / OPENED", "RESULT")
    top, step = 380, 70
    grid(draw, cols, top, 4, step, 1450)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 10, top + 22), head, font=font(21), fill=15)
    rows = [
        ("CHECK VALVE #1", "5.4 psid", "CLOSED TIGHT", "PASS"),
        ("CHECK VALVE #2", "--", "LEAKED", "FAIL"),
        ("RELIEF VALVE", "opened 1.2 psid", "(min 2.0)", "FAIL"),
    ]
    y = top + step
    for row in rows:
        draw.text((cols[0] + 10, y + 22), row[0], font=font(22), fill=25)
        for x, text in zip(cols[1:], row[1:], strict=True):
            hand(img, (x + 12, y + 14), text, rng, size=27, ink=40, tilt=4)
        y += step
    draw.text((50, 720), "FINAL RESULT:", font=font(26), fill=15)
    hand(img, (290, 710), "FAILED - DO NOT PLACE IN SERVICE", rng, size=32, ink=35)
    draw.text((50, 790), "Remarks:", font=font(24), fill=25)
    hand(img, (200, 784), "flushed + retested, same. new assy, never in svc", rng, size=26, ink=45)
    draw.text((50, 900), "Tester: A. Vitale      Cert # BPT-30917", font=font(24), fill=25)
    draw.text((50, 945), "Test kit: DT-88311   calibrated 03/2026", font=font(24), fill=25)
    draw.text((50, 990), "Date tested: 12/02/2026", font=font(24), fill=25)
    draw.line([(700, 1010), (960, 992)], fill=60, width=3)
    return scan_finish(img, rng, 1.3, 15000)


def startup_checklist_pdf() -> bytes:
    """s31 (not a claim): a water heater start-up checklist, every row PASS."""
    pdf = new_pdf(
        "Water heater start-up checklist",
        "Delgado & Sons Plumbing",
        datetime(2026, 12, 9, 23, 0, tzinfo=UTC),
    )
    heading(
        pdf,
        "DELGADO & SONS PLUMBING",
        "WATER HEATER START-UP CHECKLIST",
        "delgadoplumbing.com  |  956-555-0150",
    )
    fields(
        pdf,
        [
            ("Job", "Mesquite Dr residence - garage"),
            ("Date", "12/09/2026"),
            ("Heater", "40 gal electric, 4500 W, 240 V (WH-40G-EL) - order SO-104216"),
            ("Serial", "2548E01216"),
            ("Installer", "H. Ruiz"),
        ],
        key_width=24,
    )
    table(
        pdf,
        (90, 50, 30),
        ("Check", "Reading", "Pass / Fail"),
        [
            ("Tank filled and air purged", "-", "PASS"),
            ("Upper element resistance", "12.8 ohm", "PASS"),
            ("Lower element resistance", "12.9 ohm", "PASS"),
            ("Supply voltage", "242 V", "PASS"),
            ("Amp draw (one element)", "18.6 A", "PASS"),
            ("Thermostat setting", "120 F", "PASS"),
            ("T&P discharge piped to drain", "-", "PASS"),
            ("Leak check, 30 min", "dry", "PASS"),
        ],
    )
    para(pdf, "RESULT: PASS - heater in service. Homeowner shown breaker and T&P.", 10, "B")
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
        "s01-keystone-receiving-log-scan.eml",
        hdr(
            "Marcus Bell <receiving@keystonemech.com>",
            "Receiving log wk of 11/2 - exceptions PO-77812",
            "Mon, 09 Nov 2026 07:12:44 -0500",
            "<20261109121244.7A3F0E21@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Attached is the receiving log for last week. Two exceptions on PO-77812, both\n"
        "from the second delivery (Estes) on Friday, see the EXCEPTION column. Everything\n"
        "else on that PO checked in fine.\n\n"
        "Let Dana in AP know if you need anything else from us.\n\n"
        "Marcus Bell\nWarehouse / Receiving\nKeystone Mechanical Contractors\n"
        "555-310-7742 ext 3\n",
        receiving_log_png,
        PNG,
        "RCV-LOG-wk45-sheet3.png",
    ),
    (
        "s02-riverbend-debit-memo-pdf.eml",
        hdr(
            "Karen Liu <office@riverbendph.com>",
            "Debit memo DM-10448",
            "Mon, 16 Nov 2026 10:05:12 -0600",
            "<000a01db5841$2c9e1f70$85da5e50$@riverbendph.com>",
        ),
        "Hello,\n\nPlease see the attached debit memo.\n\n"
        "Thank you,\nKaren Liu\nRiverbend Plumbing & Heating\n(555) 240-8800\n",
        debit_memo_pdf,
        PDF,
        "DM-10448.pdf",
    ),
    (
        "s03-keystone-super-bol-exception.eml",
        hdr(
            "Jeff Farley <jfarley@keystonemech.com>",
            "harrison ave delivery - damaged",
            "Mon, 09 Nov 2026 06:48:03 -0500",
            "<A7C2E5B1-33F0-4D8E-9B61-0C4A2F7E1D95@keystonemech.com>",
        ),
        "BOL from friday attached, driver signed the exception. 2 of the circulator pumps\n"
        "came off the truck crushed, boxes caved in and one of the pump bodies is cracked.\n"
        "Everything else on PO 77830 is fine.\n\n"
        "need 2 replacements asap for the boiler room at harrison, we start piping tue.\n\n"
        "Jeff Farley\nSite Super - Keystone Mechanical\nc 555-318-2290\n\n"
        "Sent from my iPhone\n",
        bill_of_lading_png,
        PNG,
        "IMG_4471.png",
    ),
    (
        "s04-harbor-wrong-thermostats-box-label.eml",
        hdr(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "PO-70231 - wrong thermostats + extra filters",
            "Thu, 12 Nov 2026 09:20:37 -0600",
            "<PH0PR17MB60214C1E7A2D93B0F4E65C21A8B7@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hello,\n\n"
        "PO-70231 / SO-104239, the Bayview delivery on 11/9.\n\n"
        "1) Thermostats: we ordered 10 of the basic non-programmable ones (TST-2100-NP).\n"
        "When the guys opened them today 3 of the boxes are the wifi programmable model,\n"
        "picture of one label attached. Your pick sticker on the box says 2100 but the box\n"
        "is the 7500. We don't want the wifi ones, tenants can't use them. Please send 3 of\n"
        "the right ones and pick these up.\n\n"
        "2) Filters: we counted 26 cases of the 16x25x1 MERV 11, the PO was for 24. So 2\n"
        "cases extra. They can go back on the same pickup.\n\n"
        "Registers were fine.\n\n"
        "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n"
        "Office 555-614-2200\n",
        carton_label_jpeg,
        JPEG,
        "IMG_20261112_083915.jpg",
    ),
    (
        "s07-keystone-remittance-advice-pdf.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "Remittance advice - ACH 000418822",
            "Fri, 13 Nov 2026 09:31:50 -0500",
            "<20261113143150.5C1B9A04@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "Remittance for today's ACH is attached.\n\n"
        "INV-88121 is on hold until the shortage/damage from our receiving log is sorted\n"
        "out, and the 27.20 taken off INV-88133 is the pump price difference I already sent\n"
        "you on the 10th. So nothing new, this is just so your cash application has it.\n\n"
        "Thanks,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n",
        remittance_pdf,
        PDF,
        "Remittance_000418822.pdf",
    ),
    (
        "s09-summit-thermostat-bench-test-pdf.eml",
        hdr(
            "Raj Patel <raj.patel@summithvac.net>",
            "Bench test - Wi-Fi thermostats INV-88152",
            "Tue, 24 Nov 2026 13:10:26 -0600",
            "<5e0c9a4f-7d21-4b8e-a3f6-1c9d2e7b4a60@summithvac.net>",
        ),
        "Hi,\n\n"
        "Bench test report for the Wi-Fi thermostats from INV-88152 attached.\n\n"
        "The report shows 3 fails, but #7 was our access point - it paired fine on the\n"
        "retest this morning and it is back on the shelf. So only 2 are defective, #4\n"
        "(display goes blank) and #11 (no Y1 output, no cooling call). Those two are tagged.\n"
        "Please send an RMA for the 2.\n\n"
        "Raj Patel\nService Manager\nSummit HVAC Services\n555-702-3100 x210\n",
        bench_test_pdf,
        PDF,
        "BT-1123 bench test.pdf",
    ),
    (
        "s10-delgado-tag-photo-expansion-tank.eml",
        hdr(
            "Jorge Peña <jpena@delgadosons.com>",
            "tanque de expansion / expansion tank leak",
            "Wed, 02 Dec 2026 08:10:09 -0600",
            "<0a1f01db64c2$7be03a10$73a0ae30$@delgadosons.com>",
        ),
        "Hello\n\n"
        "The expansion tank we get on PO 40917 is leaking in the conection (the threads on\n"
        "the top), we try new teflon and dope 2 times and still drip. Is new, never used\n"
        "before. I put the tag, picture attach. Please we need credit or other tank.\n\n"
        "Thanks\nJorge Peña\nDelgado & Sons Plumbing\n956-555-0163\n",
        tag_jpeg,
        JPEG,
        "20261201_154402.jpg",
    ),
    (
        "s11-summit-return-request-form-pdf.eml",
        hdr(
            "Linda Chu <ap@summithvac.net>",
            "Return request RR-0387",
            "Mon, 30 Nov 2026 14:05:58 -0600",
            "<BN8PR05MB66124E0A3C1F27D95B4E08A1C6D2@BN8PR05MB6612.namprd05.prod.outlook.com>",
        ),
        "Hello,\n\nPlease process the return per the attached form.\n\n"
        "Regards,\nLinda Chu\nAccounts Payable | Summit HVAC Services\n555-702-3100 x204\n",
        return_request_pdf,
        PDF,
        "RR-0387.pdf",
    ),
    (
        "s12-harbor-signed-pod-no-exceptions.eml",
        hdr(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Signed delivery receipt PO-70296",
            "Tue, 17 Nov 2026 08:02:15 -0600",
            "<PH0PR17MB6021D58B2E0F14A97C3B6E55F012@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Your driver asked us to email the signed delivery receipt for PO-70296 because\n"
        "his scanner wasn't working yesterday. It's attached. Everything was received in\n"
        "good condition.\n\n"
        "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n",
        signed_pod_png,
        PNG,
        "scan0031.png",
    ),
    (
        "s13-keystone-statement-reconciliation-pdf.eml",
        hdr(
            "Kim White <kwhite@keystonemech.com>",
            "Statement reconciliation - INV-88098 overbilled",
            "Mon, 28 Dec 2026 10:30:41 -0500",
            "<20261228153041.0E7D44B2@mail.keystonemech.com>",
        ),
        "Hello,\n\n"
        "We are closing our books for the year and I reconciled your 12/15 statement\n"
        "against our AP ledger (attached, with my notes).\n\n"
        'Everything ties except INV-88098 (PO-77790). The 1" type L copper was billed at\n'
        "$76.40 per length, our PO and your order confirmation have $71.80. 30 lengths x\n"
        "$4.60 = $138.00. It slipped through our 3-way match in October. Please send a\n"
        "credit memo for $138.00.\n\n"
        "The two open amounts on INV-88121 and INV-88133 are credits already in process,\n"
        "no action needed there.\n\n"
        "Thank you,\nKim White\nAccounts Payable Specialist\nKeystone Mechanical Contractors\n"
        "(215) 555-0198 ext. 241\n",
        statement_pdf,
        PDF,
        "Tri-State stmt 12-15 recon.pdf",
    ),
    (
        "s14-delgado-return-form-body-corrects.eml",
        hdr(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "Return form SO-104240",
            "Mon, 23 Nov 2026 09:30:22 -0600",
            "<CAJk7Rw2mE5pLq0xVt8ZbN4sYc1Ud6Hf9aG3oK2iQeM@mail.gmail.com>",
        ),
        "Good morning,\n\n"
        "Attached the return form for the pick up order SO-104240 (our PO 40988). One\n"
        "correction please: the form says 4 ball valves but it is only 3, my son used one\n"
        "on a job Saturday after I filled the form. So 3 valves to return, not 4.\n\n"
        "The 2 unions are correct, they are 1-1/4 inside the 1-1/2 box. We need the 2\n"
        "correct ones.\n\n"
        "We can bring everything to the counter when we pick up next week.\n\n"
        "Thank you,\nRosa Delgado\nDelgado & Sons Plumbing\n",
        delgado_return_form_pdf,
        PDF,
        "devolucion SO-104240.pdf",
    ),
    (
        "s16-harbor-delivery-incident-report-pdf.eml",
        hdr(
            "Derek Sousa <dsousa@harborpointpm.com>",
            "Incident report IR-2026-118 - PO-70288 water heater",
            "Fri, 13 Nov 2026 10:45:33 -0600",
            "<PH0PR17MB60219A0C5D3E2B81F7A4C6E1B390@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hi,\n\n"
        "Attached is our incident report for the delivery to Lakeview Terrace on Wednesday\n"
        "(PO-70288). One of the three gas water heaters was dropped off the liftgate, it is\n"
        "noted on the delivery receipt. We can't install it. Please advise on\n"
        "replacement/credit and whether you want it picked up.\n\n"
        "Derek Sousa\nFacilities Coordinator\nHarbor Point Property Management\n555-614-2231\n",
        incident_report_pdf,
        PDF,
        "IR-2026-118.pdf",
    ),
    (
        "s22-keystone-circulator-work-order-pdf.eml",
        hdr(
            "Tom Morales <tmorales@keystonemech.com>",
            "Circulator failed - PO-76115",
            "Fri, 20 Nov 2026 11:25:07 -0500",
            "<20261120162507.9F2C63D8@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        "One of the circulators we bought on PO-76115 last fall seized up at 220 Market St.\n"
        "Work order attached. I know it's a little past a year from when you shipped it,\n"
        "but it was only put in service at the end of November last year. Can you put in\n"
        "a warranty claim with the manufacturer? We have the pump here.\n\n"
        "Tom Morales\nService Manager\nKeystone Mechanical Contractors\n",
        work_order_pdf,
        PDF,
        "WO 26-11482.pdf",
    ),
    (
        "s23-summit-replacement-po-pdf.eml",
        hdr(
            "Amy Reyes <areyes@summithvac.net>",
            "PO-60502",
            "Wed, 25 Nov 2026 10:40:19 -0600",
            "<e93b27c1-0f4d-4a6e-9c58-d21f7a3b6e04@summithvac.net>",
        ),
        "Hi,\n\n"
        "Attached is PO-60502. The 2 Wi-Fi stats replace the 2 that failed Raj's bench\n"
        "test (those are going back on the return he sent Tuesday) - this is a separate\n"
        "order, please don't net them against each other. Need it at Eastfield by 12/4 if\n"
        "possible.\n\n"
        "Thanks,\nAmy Reyes\nPurchasing Coordinator\nSummit HVAC Services\n",
        purchase_order_pdf,
        PDF,
        "PO-60502.pdf",
    ),
    (
        "s26-harbor-water-heater-rating-plate.eml",
        hdr(
            "Tanya Brooks <tbrooks@harborpointpm.com>",
            "Warranty - leaking water heater Seaside Court 4B",
            "Tue, 01 Dec 2026 11:00:46 -0600",
            "<PH0PR17MB6021F1B7C04A29E3D58B0C7A6E14@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hello,\n\n"
        "We have a leaking 50 gallon gas water heater at Seaside Court, unit 4B. Water is\n"
        "coming from the bottom of the tank, so it's the tank itself. It was installed by\n"
        "Delgado & Sons in November last year when they did the remodel there; their\n"
        "sticker on the heater has your order number SO-104202 (photo of the rating plate\n"
        "and sticker attached). Rosa at Delgado told us the warranty goes through you and\n"
        "to contact you directly.\n\n"
        "Can you process the warranty replacement? Our maintenance team has the unit shut\n"
        "off and drained.\n\n"
        "Tanya Brooks\nRegional Maintenance Manager\nHarbor Point Property Management\n"
        "555-614-2209\n",
        rating_plate_jpeg,
        JPEG,
        "IMG_20261130_141208.jpg",
    ),
    (
        "s27-riverbend-rpz-field-test-scan.eml",
        hdr(
            "Tony Vitale <tvitale@riverbendph.com>",
            '3" RPZ failed initial test - SO-104222',
            "Thu, 03 Dec 2026 09:50:30 -0600",
            "<CAFv9Tq4bN1xWd7Lr2Yk8Sp0Me3Hj6Uc5Gz1Ao9RtIw@mail.gmail.com>",
        ),
        "Hi,\n\n"
        'New 3" RPZ from your SO-104222 (our PO-24415) failed the initial test yesterday\n'
        "at Fairview Commons, test report attached. #2 check leaks and the relief valve\n"
        "dumps at 1.2. Flushed it and retested, same thing. Brand new assembly, never in\n"
        "service.\n\n"
        "I know it's a special order so please get the manufacturer involved, we need a\n"
        "repair kit or a new assembly. Inspector is coming back 12/10.\n\n"
        "Tony Vitale\nRiverbend Plumbing & Heating\nBackflow Cert. BPT-30917\n555-240-8819\n",
        backflow_test_png,
        PNG,
        "BF-1 Fairview B.png",
    ),
    (
        "s31-delgado-heater-startup-checklist-pdf.eml",
        hdr(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "start-up sheet 40 gal / warranty registration",
            "Thu, 10 Dec 2026 08:55:14 -0600",
            "<CAJk7Rw9Xc2vBn5Mq8Ls1Dk4Fh7Gt0Pz3We6Ry9UoJ@mail.gmail.com>",
        ),
        "Hello,\n\n"
        "This is the start-up sheet for the second 40 gal electric heater from SO-104216,\n"
        "installed yesterday on Mesquite Dr. Everything passed, no problem with this one.\n"
        "Can you register the warranty with Bradford for the homeowner? The serial is on\n"
        "the sheet.\n\n"
        "Thank you,\nRosa Delgado\nDelgado & Sons Plumbing\n",
        startup_checklist_pdf,
        PDF,
        "startup Mesquite.pdf",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, headers, body, build, (maintype, subtype), filename in MESSAGES:
        boundary = f"===============h11_{name[:3]}_0001=="
        data = message(headers, body, (build(), maintype, subtype, filename), boundary)
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
