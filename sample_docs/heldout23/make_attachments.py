"""Build the heldout23 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout23/make_attachments.py

Run from the repository root with the project's .venv (Pillow, fpdf2 and openpyxl are in it).

Scanned-looking PNG (Pillow): s11 the Estes delivery receipt with the receiver's pen notes.
Photo-like JPEGs (Pillow): s08 the ODFL delivery receipt with a pen exception, s21 our
packing slip with the customer's pen notes.
Text PDFs (fpdf2): s04 a copy of our invoice INV-88133, s15 a backflow test report, s30 our
quotation Q-26-1092.
Spreadsheet (openpyxl): s16 a receiving count sheet (.xlsx).
Forwarded as attachment: s20 carries the project manager's e-mail as message/rfc822.

Everything is fixed: random seeds, dates, MIME boundaries, PDF creation dates, the xlsx
document properties and zip entry times, the fonts (Pillow's bundled default font, fpdf2's
core Helvetica). The other requests of the set were written by hand.
"""

import datetime as dt
import io
import random
import re
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
SEEDS = {"s08": 2308, "s11": 2311, "s21": 2321}

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
    """A printed table with horizontal rules only."""
    for i in range(len(rows) + 2):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=rule, width=2)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(cols, row, strict=True):
            draw.text(
                (x + 10, top + r * step + (step - size) // 2), text, font=font(size), fill=ink
            )


def header_block(
    draw: ImageDraw.ImageDraw, x: int, y: int, rows: list[tuple[str, str]], ink: Ink, dim: Ink
) -> None:
    for key, value in rows:
        draw.text((x, y), key, font=font(24), fill=dim)
        draw.text((x + 240, y), value, font=font(28), fill=ink)
        y += 46


# ---------------------------------------------------------------- scans and photos


def odfl_receipt_jpeg() -> bytes:
    """s08: the ODFL delivery receipt for SO-104228 (Summit's copy), photographed on a desk."""
    rng = random.Random(SEEDS["s08"])
    img = Image.new("RGB", (1600, 1250), (118, 98, 78))  # desk
    draw = ImageDraw.Draw(img)
    draw.rectangle([(60, 40), (1540, 1210)], fill=(246, 245, 240))
    ink = (20, 20, 20)
    draw.text((100, 70), "OLD DOMINION FREIGHT LINE", font=font(44), fill=ink)
    draw.text((100, 126), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(28), fill=ink)
    draw.text((1080, 76), "PRO OD0782290518", font=font(32), fill=ink)
    barcode(draw, rng, 1090, 122, 46, 46)
    header_block(
        draw,
        100,
        200,
        [
            ("CONSIGNEE:", "SUMMIT HVAC SERVICES - PINE ST CLINIC"),
            ("SHIPPER:", "TRI-STATE SUPPLY DC-SOUTH"),
            ("REFERENCE:", "SO-104228   PO-60377"),
            ("DELIVERED:", "11/02/2026   8:40 AM"),
        ],
        ink,
        (70, 70, 70),
    )
    table(
        draw,
        (90, 250, 450, 1200),
        1510,
        420,
        70,
        ("HU", "PCS", "DESCRIPTION", "WEIGHT"),
        [
            ("1 PLT", "40 CTN", "CEILING TILE 2X2 ACOUSTIC", "720"),
            ("1 CTN", "30", "REGISTERS, STEEL", "64"),
        ],
        26,
        ink,
        (90, 90, 90),
    )
    draw.text((100, 680), "EXCEPTIONS:", font=font(26), fill=ink)
    pen = (25, 35, 120)
    hand(img, (130, 740), "6 CTNS TILE WET / STAINED", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (130, 810), "BOTTOM LAYER", rng, size=42, ink=pen, tilt=3.0)
    draw.text(
        (100, 1010), "Received in good order except as noted.", font=font(22), fill=(70, 70, 70)
    )
    draw.text((100, 1080), "Consignee:", font=font(22), fill=(70, 70, 70))
    hand(img, (280, 1062), "D. KOWALSKI 11/2", rng, size=36, ink=pen)
    return photo_finish(img, rng, 1.1, (112, 92, 74), 8000)


def estes_receipt_png() -> bytes:
    """s11: the Estes delivery receipt for SO-104241 with Luis's pen notes, scanned."""
    rng = random.Random(SEEDS["s11"])
    img = Image.new("L", (1700, 1250), 249)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "ESTES EXPRESS LINES", font=font(46), fill=15)
    draw.text((70, 110), "DELIVERY RECEIPT", font=font(30), fill=30)
    draw.text((1150, 56), "PRO ES4410402981", font=font(32), fill=20)
    header_block(
        draw,
        70,
        180,
        [
            ("CONSIGNEE:", "HARBOR POINT PROPERTY MGMT - BLDG C"),
            ("SHIPPER:", "TRI-STATE SUPPLY DC-EAST"),
            ("REFERENCE:", "SO-104241   PO-70288"),
            ("DELIVERED:", "11/11/2026   1:50 PM"),
        ],
        15,
        60,
    )
    table(
        draw,
        (60, 230, 400, 1200),
        1640,
        400,
        72,
        ("HU", "PCS", "DESCRIPTION", "WEIGHT"),
        [
            ("1 PLT", "3", "WATER HEATER 50 GAL NAT GAS", "465"),
            ("1 CTN", "3", "EXPANSION TANK 2 GAL", "27"),
        ],
        26,
        15,
        90,
    )
    draw.text((70, 660), "EXCEPTIONS:", font=font(26), fill=30)
    pen = 35
    hand(img, (100, 720), "2 HTR CTNS DENTED - SUBJ TO INSP", rng, size=40, ink=pen, tilt=2.5)
    hand(img, (100, 800), "ONLY 2 EXP TANKS RCVD", rng, size=40, ink=pen, tilt=2.5)
    draw.text((70, 1000), "Received in good order except as noted.", font=font(22), fill=60)
    draw.text((70, 1070), "Consignee:", font=font(22), fill=60)
    hand(img, (250, 1052), "L. ORTEGA", rng, size=36, ink=pen)
    draw.text((900, 1070), "Driver:", font=font(22), fill=60)
    hand(img, (1020, 1052), "T.W. 5528", rng, size=34, ink=pen)
    return scan_finish(img, rng, -0.5, 10000)


def packing_slip_jpeg() -> bytes:
    """s21: our packing slip for SO-104246 with Luis's pen notes, photographed on a clipboard."""
    rng = random.Random(SEEDS["s21"])
    img = Image.new("RGB", (1600, 1300), (80, 84, 90))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([(40, 20), (1560, 1280)], radius=28, fill=(133, 96, 58))
    draw.rectangle([(80, 70), (1520, 1250)], fill=(244, 243, 238))
    draw.rounded_rectangle([(620, 28), (980, 98)], radius=12, fill=(168, 168, 170))
    ink = (20, 20, 20)
    draw.text((120, 115), "TRI-STATE SUPPLY", font=font(44), fill=ink)
    draw.text((120, 170), "PACKING SLIP", font=font(30), fill=ink)
    header_block(
        draw,
        120,
        240,
        [
            ("ORDER:", "SO-104246"),
            ("CUSTOMER PO:", "PO-70296"),
            ("SHIP DATE:", "11/16/2026   VIA OWN FLEET"),
        ],
        ink,
        (70, 70, 70),
    )
    table(
        draw,
        (110, 200, 540, 1160, 1300),
        1490,
        420,
        70,
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP"),
        [
            ("1", "HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER", "40", "40"),
            ("2", "VLV-0075-BV", "3/4 BRASS BALL VALVE SWEAT", "12", "12"),
        ],
        24,
        ink,
        (90, 90, 90),
    )
    pen = (25, 35, 120)
    hand(img, (560, 650), "4 ARE 1/2 IN - WRONG", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 760), "+ 2 CS FILTERS 16X25 NOT ON SLIP", rng, size=40, ink=pen, tilt=3.0)
    hand(img, (140, 830), "NOT OURS - PICK UP", rng, size=40, ink=pen, tilt=3.0)
    draw.text((120, 1120), "Received by:", font=font(22), fill=(70, 70, 70))
    hand(img, (300, 1102), "L. ORTEGA 11/16", rng, size=36, ink=pen)
    return photo_finish(img, rng, -1.4, (76, 80, 86), 9000)


# ---------------------------------------------------------------- PDFs


def new_pdf(created: dt.datetime) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
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


def invoice_pdf() -> bytes:
    """s04: a copy of our invoice INV-88133 for SO-104235, as Keystone's AP attached it."""
    pdf = new_pdf(dt.datetime(2026, 11, 4, 18, 30, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 16)
    line(pdf, "TRI-STATE SUPPLY", 9)
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "Plumbing - HVAC - Industrial | 800-555-0170 | ar@distributor.example")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    line(pdf, "INVOICE INV-88133", 8)
    header_fields(
        pdf,
        [
            ("Invoice date:", "11/04/2026", "Terms:", "Net 30"),
            ("Order:", "SO-104235", "Customer PO:", "PO-77830"),
            ("Sold to:", "Keystone Mechanical Contr.", "Account:", "C-1001"),
            ("Ship via:", "ODFL PRO OD0782301177", "Shipped:", "11/04/2026 DC-SOUTH"),
        ],
    )
    pdf.ln(4)
    widths = (38, 80, 16, 26, 30)
    pdf.set_font("Helvetica", "B", 10)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Unit price", "Amount"))
    pdf.set_font("Helvetica", "", 10)
    for row in (
        ("VLV-3100-CK", '3" cast iron swing check valve, flg', "6", "189.00", "1,134.00"),
        ("FTG-BI-U-150", '1-1/2" black malleable iron union', "40", "10.80", "432.00"),
        ("HVC-CND-PUMP", "Condensate removal pump, 115 V", "8", "64.90", "519.20"),
        ("PMP-CIRC-015", "1/25 HP cast iron circulator", "4", "139.00", "556.00"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    line(pdf, "Subtotal 2,641.20    Freight 0.00    Tax 0.00    TOTAL DUE 2,641.20 USD")
    pdf.set_font("Helvetica", "", 9)
    pdf.ln(4)
    line(pdf, "Please remit to Tri-State Supply, PO Box 4410, Chester PA 19013.", 5)
    line(pdf, "Report shortages and damage within 5 days of delivery.", 5)
    return pdf_bytes(pdf)


def backflow_report_pdf() -> bytes:
    """s15: the tester's report BF-1117-03 on the 3" RPZ from SO-104222."""
    pdf = new_pdf(dt.datetime(2026, 11, 17, 20, 10, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "BACKFLOW PREVENTION ASSEMBLY TEST REPORT", 9)
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "Report BF-1117-03 | Riverbend Plumbing & Heating | 610-555-0100 ext 7")
    pdf.ln(3)
    header_fields(
        pdf,
        [
            ("Site:", "Riverbend Commons", "Address:", "200 Commons Way"),
            ("Assembly:", '3" RPZ (BFP-RPZ-300-SO)', "Serial:", "RP3-120518"),
            ("Supplier:", "Tri-State SO-104222", "Our PO:", "PO-24415"),
            ("Test type:", "Initial (new install)", "Date:", "11/17/2026 1:40 PM"),
            ("Tester:", "Tomas Sanchez", "Cert no:", "BPAT-20931"),
            ("Gauge:", "G-2231 (cal. 03/2026)", "Line pressure:", "72 psi"),
        ],
    )
    pdf.ln(4)
    widths = (62, 40, 40, 28)
    pdf.set_font("Helvetica", "B", 10)
    cell_row(pdf, widths, ("Test point", "Reading", "Required", "Result"))
    pdf.set_font("Helvetica", "", 10)
    for row in (
        ("Check valve #1", "0.9 psid", ">= 5.0 psid", "FAIL"),
        ("Relief valve opening", "1.2 psid", ">= 2.0 psid", "FAIL"),
        ("Check valve #2", "1.0 psid, closed tight", ">= 1.0 psid", "PASS"),
        ("Retest after flushing", "0.9 / 1.2 psid", "-", "FAIL"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    line(pdf, "RESULT: ASSEMBLY FAILED INITIAL TEST - NOT PLACED IN SERVICE")
    pdf.set_font("Helvetica", "", 10)
    line(pdf, "Remarks: new out of the crate, not disassembled. Shutoffs #1 and #2 hold.")
    line(pdf, "Water authority inspection scheduled 12/8/2026.")
    return pdf_bytes(pdf)


def quote_pdf() -> bytes:
    """s30: our quotation Q-26-1092 to Riverbend (the 2.75 is not the order price)."""
    pdf = new_pdf(dt.datetime(2026, 11, 5, 16, 18, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 16)
    line(pdf, "TRI-STATE SUPPLY", 9)
    pdf.set_font("Helvetica", "B", 13)
    line(pdf, "QUOTATION Q-26-1092", 8)
    header_fields(
        pdf,
        [
            ("Date:", "11/05/2026", "Valid:", "30 days"),
            ("Customer:", "Riverbend Plumbing & Heating", "Attn:", "Mike O'Brien"),
            ("Project:", "Grove St", "Salesperson:", "Phil Grasso x233"),
        ],
    )
    pdf.ln(4)
    widths = (40, 78, 16, 24, 30)
    pdf.set_font("Helvetica", "B", 10)
    cell_row(pdf, widths, ("Item", "Description", "Qty", "Unit", "Extended"))
    pdf.set_font("Helvetica", "", 10)
    for row in (
        ("FTG-CU-E90-100", '1" wrot copper 90, C x C (250+)', "250", "2.75", "687.50"),
        ("VLV-1005-BV", '1" brass ball valve, full port', "48", "16.20", "777.60"),
        ("VLV-0750-PRV", '3/4" pressure reducing valve', "4", "92.80", "371.20"),
    ):
        cell_row(pdf, widths, row)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    line(pdf, "Quote total 1,836.30 USD, freight included over 500.00.")
    pdf.set_font("Helvetica", "", 9)
    line(pdf, "Prices subject to change at order entry; the order confirmation governs.", 5)
    return pdf_bytes(pdf)


# ---------------------------------------------------------------- spreadsheet


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


def summit_count_xlsx() -> bytes:
    """s16: Summit's receiving count for SO-104244, made the day before the body's recount."""
    when = dt.datetime(2026, 11, 17, 22, 5, 0)
    wb = Workbook()
    ws = wb.active
    ws.title = "PO-60455"
    ws.append(["Summit HVAC Services - receiving count"])
    ws.append(["Tri-State SO-104244 / PO-60455 - UPS 11/12/2026 - counted 11/17 (A. Moss)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Item", "Description", "Ordered", "Received", "Damaged", "Over/Short", "Notes"])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in (
        ["HVC-CND-PUMP", "Condensate pump 115V", 10, 10, 2, 0, "cracked reservoir"],
        ["TST-2100-NP", "Non-prog thermostat", 12, 12, 0, 0, ""],
        ["HVC-FLT-1625-M11", "16x25x1 MERV 11 (cs/12)", 20, 22, 0, 2, "2 extra cases"],
    ):
        ws.append(row)
    for col, width in zip("ABCDEFG", (20, 28, 10, 10, 10, 11, 22), strict=True):
        ws.column_dimensions[col].width = width
    return xlsx_bytes(wb, when)


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")
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


def message(
    headers: dict[str, str],
    body: str,
    attachment: tuple[bytes, str, str, str] | EmailMessage,
    boundary: str,
) -> bytes:
    assert all(len(text) <= 76 for text in body.split("\n")), headers["Subject"]
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    if isinstance(attachment, EmailMessage):
        msg.add_attachment(attachment)
        msg.get_payload()[1].replace_header("Content-Transfer-Encoding", "7bit")
    else:
        data, maintype, subtype, filename = attachment
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def dan_email() -> EmailMessage:
    """s20: the project manager's e-mail that Karen forwards as an attachment."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Dan Whitfield <dwhitfield@riverbendph.com>"
    msg["To"] = "Karen Liu <office@riverbendph.com>"
    msg["Subject"] = "Hillside leftovers - return to Tri-State"
    msg["Date"] = "Thu, 19 Nov 2026 16:22:05 -0500"
    msg["Message-ID"] = "<CAF8dW1x7Lq3Rm5Tn9vB2cK4yH6sJ0eG1pU8aZ3oQ@mail.gmail.com>"
    msg.set_content(
        "Karen,\n\n"
        "Hillside is closed out. Left over from the Tri-State order SO-104214\n"
        "(PO-24388), all unopened:\n\n"
        '- all 30 of the 1-1/2" black unions (FTG-BI-U-150)\n'
        '- the 4 check valves, 3" flanged (VLV-3100-CK)\n\n'
        "Can you send both back to Tri-State? We won't need them.\n\n"
        "Dan Whitfield\n"
        "Project Manager, Riverbend Plumbing & Heating\n"
        "c 610-555-0191\n"
    )
    return msg


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
MIKE = "Mike O'Brien\nProject Manager\nRiverbend Plumbing & Heating\nc 610-555-0177\n"
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

S04 = (
    "Hello,\n\n"
    "Two things on SO-104235 (our PO-77830), invoice INV-88133 attached:\n\n"
    "- The condensate pumps (HVC-CND-PUMP) are billed at 64.90 each. Our PO\n"
    "  and your order confirmation have 61.50. That is all 8 pumps, a\n"
    "  difference of 3.40 each. Please issue a credit memo for the difference.\n\n"
    '- As Tom says below, 2 of the 1-1/2" unions (our KM-40415) were not in\n'
    "  the shipment: the box was labeled 40 and had 38 in it. Please credit\n"
    "  those 2 as well.\n\n"
    "Thank you,\n" + DANA + "\n"
    "-----Original Message-----\n"
    "From: Tom Morales <tmorales@keystonemech.com>\n"
    "Sent: Monday, November 9, 2026 4:05 PM\n"
    "To: Dana Ruiz <ap@keystonemech.com>\n"
    "Subject: PO-77830 receiving\n\n"
    "Dana,\n\n"
    "Receiving finished PO-77830 today. Count on the 1-1/2 black unions was 38,\n"
    "the label says 40. Everything else matched (6 check valves, 8 pumps,\n"
    "4 circulators). When you do the pump price dispute with Tri-State can you\n"
    "add the 2 unions?\n\n"
    "Tom\n"
)

S08 = (
    "Raj / Tri-State returns,\n\n"
    "Answering Raj below and copying Tri-State so they have it. Of the 40\n"
    "cartons of the 2x2 acoustic tile (clg-tile-24-acu) on SO-104228, 6 were\n"
    "wet through when ODFL dropped them on the 2nd - I noted it on the\n"
    "delivery receipt, photo attached. The tiles are sagging and stained, we\n"
    "cannot hang them. Please credit the 6 cartons; we'll put them in the\n"
    "dumpster unless you want them back.\n\n"
    "The registers on that order were fine.\n\n"
    "Dave Kowalski\n"
    "Site Superintendent, Summit HVAC Services\n"
    "c 555-390-1788\n\n"
    "-----Original Message-----\n"
    "From: Raj Patel <raj.patel@summithvac.net>\n"
    "Sent: Wednesday, November 11, 2026 5:20 PM\n"
    "To: Dave Kowalski <dkowalski@summithvac.net>\n"
    "Subject: Pine St clinic ceiling tile\n\n"
    "Dave, the ceiling crew says some of the tile from the Nov 2 delivery is\n"
    "no good. How many cartons? If it's damaged send it to Tri-State today,\n"
    "they only give us 10 days.\n\n"
    "Raj\n"
)

S11 = (
    "Hello,\n\n"
    "Please see Luis's email below about the water heater delivery on\n"
    "SO-104241 (PO-70288), and the delivery receipt scan attached.\n\n"
    "To be clear on what we are claiming: Luis first thought two heaters were\n"
    "damaged, but the second one only had a scuffed carton and is installed.\n"
    "So it is 1 damaged water heater (dented jacket) and 1 expansion tank that\n"
    "never arrived - the receipt shows 3 tanks but only 2 came off the truck.\n\n"
    "Please credit both.\n\n" + GRACE + "\n"
    "-----Original Message-----\n"
    "From: Luis Ortega <maintenance@harborpointpm.com>\n"
    "Sent: Friday, November 13, 2026 4:18 PM\n"
    "To: Grace Kim <payables@harborpointpm.com>\n"
    "Subject: Estes delivery 11/11 - SO-104241\n\n"
    "Grace, the heaters for Bldg C came Wednesday. 2 of the 3 gas heaters\n"
    "(50 gal, UPC 084512005001) look dented, I'm checking them Monday. Also\n"
    "we only got 2 of the 3 expansion tanks. Receipt attached, I wrote it on\n"
    "there. Can you put in the claim with Tri-State?\n\n"
    "Luis\n"
)

S15 = (
    "Hi,\n\n"
    "Forwarding Tomas's report on the 3\" RPZ from SO-104222 (PO-24415). It\n"
    "failed the initial test, new out of the crate. Please take it back under\n"
    "warranty and send a replacement; the water authority inspection is\n"
    "12/8.\n\n"
    "I know it was a special order. The check valves on that order are fine.\n\n" + MIKE + "\n"
    "---------- Forwarded message ---------\n"
    "From: Tomas Sanchez <tsanchez@riverbendph.com>\n"
    "Date: Tue, Nov 17, 2026 at 3:26 PM\n"
    "Subject: RPZ failed initial test - Riverbend Commons\n"
    "To: Mike O'Brien <mike.obrien@riverbendph.com>\n\n"
    "Mike,\n\n"
    'Initial test on the new 3" RPZ at Riverbend Commons: #1 check held only\n'
    "0.9 psid (needs 5.0), relief valve opened at 1.2 psid. Flushed it and\n"
    "retested, same numbers. The assembly is defective. Report attached\n"
    "(BF-1117-03), serial RP3-120518.\n\n"
    "Tomas Sanchez\n"
    "Certified Backflow Tester #BPAT-20931\n"
)

S16 = (
    "Hi,\n\n"
    "Receiving on SO-104244 (PO-60455, UPS last Thursday) is done, count sheet\n"
    "attached.\n\n"
    "- Condensate pumps: 2 have cracked reservoirs. Sorry, that's 3 - Andre\n"
    "  found another one this morning when he opened the last box (the sheet\n"
    "  still shows 2, it was done yesterday). So 3 of the 10 damaged.\n"
    "- Filters: we got 22 cases of the 16x25x1 MERV 11 (061234516251), the\n"
    "  PO is for 20. 2 extra cases, we can send them back with your driver.\n\n"
    "The 12 thermostats were fine.\n\n" + RAJ
)

S20 = (
    "Hello,\n\n"
    "Forwarding Dan's email (attached) about leftover material from SO-104214\n"
    "(PO-24388). Dan lists the unions and the check valves, but the check\n"
    "valves are going to the Elm St addition after all, so please only take\n"
    'back the 1-1/2" black unions - all 30 of them, never opened. They are no\n'
    "longer needed.\n\n"
    "Thank you,\n" + KAREN
)

S21 = (
    "Hi,\n\n"
    "Photo of the packing slip from Monday's delivery (SO-104246, PO-70296)\n"
    "attached, with my notes on it.\n\n"
    '1. The 3/4" ball valves: 4 of the 12 are 1/2" valves in 3/4" boxes (the\n'
    "   UPC on the boxes is 071812340075, but the valves inside are stamped\n"
    '   1/2). We need 4 of the right 3/4" valves; the 1/2" ones go back.\n'
    "2. Your driver also left 2 cases of 16x25x1 filters (HVC-FLT-1625-M11).\n"
    "   Those aren't on this PO, we got our filters on the earlier order. It\n"
    "   looks like a duplicate shipment. Please pick them up.\n\n"
    "The 40 registers are fine.\n\n" + LUIS
)

S30 = (
    "Hi,\n\n"
    "Your invoice INV-88180 (SO-104243, our PO-24530) billed all 250 of the\n"
    '1" copper 90 elbows at 2.90. Your counter quoted us 2.75 on the email\n'
    "below (quote attached). That's 0.15 x 250 = 37.50. We were overcharged -\n"
    "please credit the difference.\n\n" + MIKE + "\n"
    "---------- Forwarded message ---------\n"
    "From: Phil Grasso <pgrasso@distributor.example>\n"
    "Date: Thu, Nov 5, 2026 at 11:20 AM\n"
    "Subject: Quote Q-26-1092\n"
    "To: Mike O'Brien <mike.obrien@riverbendph.com>\n\n"
    'Mike, quote attached for the Grove St fittings: 1" wrot copper 90s at\n'
    '2.75 for 250+, 1" ball valves 16.20, 3/4" PRVs 92.80. Good for 30 days.\n\n'
    "Phil Grasso\n"
    "Inside Sales, Tri-State Supply\n"
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s04-keystone-ap-outlook-pump-price-unions.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "SO-104235 / INV-88133 - pump price and short unions",
                "Tue, 10 Nov 2026 11:26:09 -0500",
                "<20261110162609.7B1E4C92@mail.keystonemech.com>",
            ),
            S04,
            (invoice_pdf(), *PDF, "INV-88133.pdf"),
        ),
        (
            "s08-summit-super-outlook-wet-tile.eml",
            hdr(
                "Dave Kowalski <dkowalski@summithvac.net>",
                "RE: Pine St clinic ceiling tile",
                "Thu, 12 Nov 2026 10:12:38 -0600",
                "<CAK9dW5n2Rx8vT4mQ1yB7cL3sG6eF9hJ0uP2aX5oZ1w@mail.gmail.com>",
                Cc="Raj Patel <raj.patel@summithvac.net>",
            ),
            S08,
            (odfl_receipt_jpeg(), *JPEG, "IMG_3307.jpg"),
        ),
        (
            "s11-harbor-ap-fwd-heater-and-tank.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "FW: Estes delivery 11/11 - SO-104241",
                "Mon, 16 Nov 2026 09:12:44 -0600",
                "<A91F5D26-8C3E-4B70-9D12-5E6A0B47C8F1@harborpointpm.com>",
            ),
            S11,
            (estes_receipt_png(), *PNG, "Estes receipt 11-11.png"),
        ),
        (
            "s15-riverbend-fwd-tester-rpz-report.eml",
            hdr(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "Fwd: RPZ failed initial test - Riverbend Commons",
                "Wed, 18 Nov 2026 09:48:27 -0500",
                "<CAHx3pZ4sMq8Vn2Rt6wB1cJ7yK3dF5eL9hU4aX0pN@mail.gmail.com>",
            ),
            S15,
            (backflow_report_pdf(), *PDF, "BF-1117-03.pdf"),
        ),
        (
            "s16-summit-pumps-sorry-three.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "SO-104244 / PO-60455 - cracked pumps and extra filters",
                "Wed, 18 Nov 2026 10:30:11 -0600",
                "<CAJp7Rk9dZ3vL6mN1bT8yQ2cW5fG4hK0sE3uA7zP1oX@mail.gmail.com>",
            ),
            S16,
            (summit_count_xlsx(), *XLSX, "PO-60455 count.xlsx"),
        ),
        (
            "s20-riverbend-fwd-attached-pm-unions.eml",
            hdr(
                "Karen Liu <office@riverbendph.com>",
                "FW: Hillside leftovers - return to Tri-State",
                "Fri, 20 Nov 2026 10:05:40 -0500",
                "<001001db8337$c2b5e8a0$4821b9e0$@riverbendph.com>",
            ),
            S20,
            dan_email(),
        ),
        (
            "s21-harbor-packing-slip-valves-filters.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "SO-104246 packing slip - wrong valves and extra filters",
                "Fri, 20 Nov 2026 13:10:52 -0600",
                "<2D6B8E41-F0A7-4C39-8B5E-C17A3F90D285@harborpointpm.com>",
            ),
            S21,
            (packing_slip_jpeg(), *JPEG, "IMG_5230.jpg"),
        ),
        (
            "s30-riverbend-fwd-quote-elbow-price.eml",
            hdr(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "FW: Quote Q-26-1092 - INV-88180 doesn't match",
                "Mon, 30 Nov 2026 10:55:16 -0500",
                "<CAHx3pZ8tWr1Nm5Kq7vB3cL9yG2sD6eH4jU1aX8pP@mail.gmail.com>",
            ),
            S30,
            (quote_pdf(), *PDF, "Q-26-1092.pdf"),
        ),
    ]
    for name, headers, body, attachment in emails:
        sid = name.split("-")[0]
        data = message(headers, body, attachment, f"===============h23_{sid}_0001==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
