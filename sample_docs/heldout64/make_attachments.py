"""Write every request file of heldout64: 37 emails, 1 portal form, 2 text uploads.

    /tmp/frozen/.venv/bin/python sample_docs/heldout64/make_attachments.py OUT_DIR

The angle of the set: the back office. Purchasing agents, accounts-payable clerks, receiving
clerks and project managers write formal mails with pasted plain-text tables and HTML tables,
receiving discrepancy reports and debit memos as PDF, receiving logs as CSV and XLSX, a scanned
receiving report, quantities in units of measure (cases, boxes, bags, each, feet, sticks,
coils), PO line numbers, invoice lines and unit prices, short payments, credit requests citing
invoice numbers, and a few curt one-line mails from the same offices. Tables list the whole
shipment where only some rows are the claim.

Files besides the mail text:
- three PDFs (fpdf2, PDF core fonts, pinned creation date and file id; reportlab is not
  installed in the project's environments);
- one scanned receiving report (PNG, Pillow, speckles from a seeded generator);
- one XLSX receiving log (openpyxl; fixed document dates, zip members re-stamped);
- one CSV receiving log.

Nothing reads the clock or draws unseeded random numbers: Date seconds, Message-IDs, MIME
boundaries, Thread-Index values and noise seeds are SHA-256 hashes of fixed keys.
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import random
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SET = "heldout64"
FONTS = Path("/usr/share/fonts/truetype")

EDT = dt.timezone(dt.timedelta(hours=-4))  # Eastern, until Sunday 1 Nov 2026
EST = dt.timezone(dt.timedelta(hours=-5))
CDT = dt.timezone(dt.timedelta(hours=-5))  # Central, until Sunday 1 Nov 2026
CST = dt.timezone(dt.timedelta(hours=-6))

# the distributor
DESK = "Northgate Returns <returns@distributor.example>"
CORINNE = "Corinne Walsh <returns@distributor.example>"
AR = "Northgate Accounts Receivable <ar@distributor.example>"
CORINNE_SIG = """\
Corinne Walsh
Customer Returns | Northgate Plumbing & HVAC Supply
1-800-555-0147 ext. 3 | returns@distributor.example"""

# Keystone Mechanical Contractors (C-1001), Eastern
TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
GARY = "Gary Lindqvist <glindqvist@keystonemech.com>"
PAULA = "Paula Brennan <pbrennan@keystonemech.com>"
DEREK = "Derek Osei <dosei@keystonemech.com>"
# Riverbend Plumbing & Heating (C-1002), Eastern
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
SEAN = "Sean Tully <receiving@riverbendph.com>"
PRIYA = "Priya Raman <praman@riverbendph.com>"
# Summit HVAC Services (C-1003), Central
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
MARCUS = "Marcus Webb <mwebb@summithvac.net>"
ELENA = "Elena Sokolova <esokolova@summithvac.net>"
# Harbor Point Property Management (C-1004), Central
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
BRENDA = "Brenda Castillo <bcastillo@harborpointpm.com>"
# Delgado & Sons Plumbing (C-1005), Central
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
IRENE = "Irene Vasquez <accounting@delgadosons.com>"
HECTOR = "Hector Ruiz <warehouse@delgadoplumbing.com>"
RAY = "Ray Delgado <raydelgado.pm@gmail.com>"

PNG = ("image", "png")
PDF = ("application", "pdf")
CSV = ("text", "csv")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


# ------------------------------------------------------------------ hashes and clocks


def sha(*parts: str) -> str:
    return hashlib.sha256("|".join((SET, *parts)).encode("utf-8")).hexdigest()


def sent_at(key: str, stamp: str, zone: dt.timezone) -> dt.datetime:
    """The planned local minute; the seconds come from the request key."""
    base = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    return base + dt.timedelta(seconds=int(sha("seconds", key)[:4], 16) % 60)


def ampm(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def guid(key: str) -> str:
    h = sha("guid", key).upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}"


# ------------------------------------------------------------------ mail clients

MS_HOSTS = ("BN8PR12MB", "DM6PR12MB", "CH3PR12MB", "PH7PR12MB", "SJ0PR12MB")
MICROSOFT = ("outlook", "outlook-ios")


def ms_host(key: str) -> str:
    h = sha("host", key)
    return MS_HOSTS[int(h[:2], 16) % len(MS_HOSTS)] + h[2:6].upper()


def message_id(key: str, client: str, domain: str) -> str:
    h = sha("message-id", key)
    if client in MICROSOFT:
        host = ms_host(key)
        return f"<{host}{h[:32].upper()}@{host}.namprd12.prod.outlook.com>"
    if client == "gmail":
        tail = base64.b64encode(bytes.fromhex(h[:48]), altchars=b"+_").decode()
        return f"<CA{tail}@mail.gmail.com>"
    if client == "iphone":
        return f"<{guid(key)}@{domain}>"
    raise ValueError(client)


def boundary(key: str, n: int, client: str) -> str:
    h = sha("boundary", key, str(n))
    if client in MICROSOFT:
        return f"_00{n}_{ms_host(key)}{h[:20].upper()}namp_"
    if client == "gmail":
        return "000000000000" + h[:16]
    if client == "iphone":
        return "Apple-Mail-" + guid(f"{key}/{n}")
    raise ValueError(client)


CLIENT_HEADERS = {
    "outlook": [("Accept-Language", "en-US"), ("Content-Language", "en-US")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "gmail": [],
}


def html_of(text: str, table: str | None = None) -> str:
    """A plain body as Outlook's HTML part; the line '[TABLE]' becomes the given table."""
    rows, inside = [], False
    for line in text.rstrip("\n").split("\n"):
        if line == "[TABLE]" and table is not None:
            rows.append(table)
            continue
        quoted = line.startswith(">")
        if quoted and not inside:
            rows.append('<div style="border-left:1px solid #b5c4df;padding-left:6pt">')
        if inside and not quoted:
            rows.append("</div>")
        inside = quoted
        body = html.escape(line.lstrip("> ") if quoted else line, quote=False)
        rows.append(f'<p class="MsoNormal" style="margin:0">{body or "&nbsp;"}</p>')
    if inside:
        rows.append("</div>")
    head = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>p.MsoNormal{font-family:Calibri,sans-serif;font-size:11pt}"
        "td,th{font-family:Calibri,sans-serif;font-size:10pt;border:1px solid #999;"
        "padding:2pt 5pt}</style>"
    )
    return f'{head}</head><body lang="EN-US">\n' + "\n".join(rows) + "\n</body></html>\n"


def html_table(head: list[str], rows: list[list[str]]) -> str:
    out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def tab_table(head: list[str], rows: list[list[str]]) -> str:
    """How Outlook's plain part renders an HTML table: cells separated by tabs."""
    return "\n".join("\t".join(r) for r in [head, *rows])


def mail(
    key: str,
    *,
    client: str,
    sender: str,
    subject: str,
    sent: dt.datetime,
    text: str,
    to: str = DESK,
    cc: str | None = None,
    with_html: bool = False,
    table: tuple[list[str], list[list[str]]] | None = None,
    files: tuple = (),
    in_reply_to: str | None = None,
) -> bytes:
    """One RFC 5322 message. files: (bytes, (maintype, subtype), filename)."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    m = EmailMessage(policy=policy.default)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = message_id(key, client, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if client in MICROSOFT:
        m["Thread-Topic"] = re.sub(r"^((RE|Re|FW|Fwd): )+", "", subject)
        m["Thread-Index"] = base64.b64encode(bytes.fromhex(sha("thread", key)[:44])).decode()
    for name, value in CLIENT_HEADERS[client]:
        m[name] = value
    plain = text
    if table is not None:
        plain = text.replace("[TABLE]", tab_table(*table))
    m.set_content(plain)
    if with_html or table is not None:
        m.add_alternative(html_of(text, html_table(*table) if table else None), subtype="html")
    for data, (main, sub), filename in files:
        m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, n, client))
    if client == "iphone":
        del m["MIME-Version"]
        m["Mime-Version"] = "1.0 (1.0)"
    out = io.BytesIO()
    BytesGenerator(out, policy=policy.default.clone(linesep="\n", max_line_length=78)).flatten(m)
    return out.getvalue()


def desk_id(key: str) -> str:
    """Message-ID of an earlier message from the distributor."""
    h = sha("desk", key)
    return f"<{h[:20]}.{h[20:30]}@distributor.example>"


def outlook_quote(frm: str, d: dt.datetime, to: str, subject: str) -> str:
    return (
        "________________________________\n"
        f"From: {frm}\nSent: {d:%A}, {d:%B} {d.day}, {d.year} {ampm(d)}\n"
        f"To: {to}\nSubject: {subject}\n\n"
    )


# ------------------------------------------------------------------ PDF, PNG, XLSX, CSV


class Sheet(FPDF):
    """One letter page (fpdf2, core fonts), pinned creation date and file id."""

    def __init__(self, key: str, made: str, title: str, author: str) -> None:
        super().__init__("P", "pt", "Letter")
        self.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC))
        fixed = sha("pdf-id", key)[:32].upper()
        self.file_id = lambda: f"<{fixed}><{fixed}>"
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Microsoft Word")
        self.set_producer("Microsoft Word")
        self.set_margins(54, 50, 54)
        self.set_auto_page_break(True, 50)
        self.add_page()

    def text_line(self, s: str, size: float = 10, bold: bool = False, gap: float = 15) -> None:
        self.set_font("Helvetica", "B" if bold else "", size)
        self.cell(0, gap, s, new_x="LMARGIN", new_y="NEXT")

    def table(self, widths: list[float], head: list[str], rows: list[list[str]]) -> None:
        self.set_fill_color(217, 217, 217)
        for r, row in enumerate([head, *rows]):
            self.set_font("Helvetica", "B" if r == 0 else "", 9)
            for w, cell in zip(widths, row, strict=True):
                if self.get_string_width(cell) > w - 4:
                    raise ValueError(f"{cell!r} is wider than {w}")
                self.cell(w, 18, cell, border=1, fill=r == 0)
            self.ln(18)
        self.ln(10)

    def done(self) -> bytes:
        return bytes(self.output())


def pdf_receiving_discrepancy() -> bytes:
    """t08: Summit's receiving discrepancy report for the ODFL delivery of PO 60377."""
    s = Sheet("t08", "2026-11-03 21:12", "Receiving Discrepancy Report RDR-1104", "mwebb")
    s.text_line("SUMMIT HVAC SERVICES", 15, True, 17)
    s.text_line("Warehouse - 2200 Industrial Blvd, Tulsa OK", 9, gap=26)
    s.text_line("RECEIVING DISCREPANCY REPORT   RDR-1104", 13, True, 22)
    s.text_line(
        "Vendor: Northgate Plumbing & HVAC Supply      Our PO: 60377      Your order: SO-104228"
    )
    s.text_line(
        "Carrier: ODFL   PRO OD0782290518   Delivered 11/02/2026   Inspected 11/03/2026", gap=24
    )
    s.table(
        [34, 190, 42, 48, 48, 150],
        ["PO Ln", "Description", "UOM", "Ordered", "Rcvd", "Condition"],
        [
            [
                "1",
                "2x2 acoustic ceiling tile, ctn of 16",
                "CTN",
                "40",
                "40",
                "2 CTN WET - UNUSABLE",
            ],
            ["2", "10x6 steel floor register, white", "EA", "30", "30", "4 EA BENT FRAMES"],
        ],
    )
    s.text_line("Discrepancy: 2 cartons of tile water damaged (tiles sagging), 4 registers bent.")
    s.text_line("Exception noted on the ODFL delivery receipt. Balance of the shipment OK:")
    s.text_line("38 cartons of tile and 26 registers put to stock.", gap=22)
    s.text_line(
        "Requested action: credit for damaged goods.  Hold for carrier inspection: YES", gap=30
    )
    s.text_line("Inspected by: M. Webb, Receiving          Date: 11/03/2026")
    return s.done()


def pdf_debit_memo_thermostats() -> bytes:
    """t28: Harbor Point's debit memo against INV-88160 for two defective thermostats."""
    s = Sheet("t28", "2026-11-20 14:41", "Debit Memo DM-HP-2291", "gkim")
    s.text_line("HARBOR POINT PROPERTY MANAGEMENT", 15, True, 17)
    s.text_line("Accounts Payable - 1150 Lakeshore Pkwy - Milwaukee WI 53202", 9, gap=26)
    s.text_line("DEBIT MEMO   DM-HP-2291", 13, True, 22)
    s.text_line("To: Northgate Plumbing & HVAC Supply, Accounts Receivable")
    s.text_line("Date: 11/20/2026      Against invoice: INV-88160 (11/09/2026)      Our PO: 70231")
    s.text_line("Property: Lakeview Terrace", gap=24)
    s.table(
        [34, 210, 40, 60, 70],
        ["Ln", "Description", "Qty", "Unit", "Amount"],
        [["3", "Non-programmable digital thermostat 24 V", "2", "29.50", "59.00"]],
    )
    s.text_line("Reason: defective - no display at 24 V, reported by maintenance 11/11/2026.")
    s.text_line("Units boxed for pickup at Lakeview Terrace maintenance shop.", gap=22)
    s.text_line("Total debit: $59.00, deducted from our payment of INV-88160.", 10, True, 30)
    s.text_line("Prepared by: G. Kim, Payables          Approved: L. Ortega")
    return s.done()


def pdf_price_debit_summit() -> bytes:
    """t32: Summit AP's invoice price discrepancy / debit memo on INV-88152."""
    s = Sheet("t32", "2026-11-24 15:58", "Invoice Price Discrepancy INV-88152", "lchu")
    s.text_line("SUMMIT HVAC SERVICES", 15, True, 17)
    s.text_line("Accounts Payable - ap@summithvac.net", 9, gap=26)
    s.text_line("INVOICE PRICE DISCREPANCY / DEBIT MEMO  DM-5530", 13, True, 22)
    s.text_line("Vendor: Northgate Plumbing & HVAC Supply")
    s.text_line("Invoice: INV-88152  dated 11/05/2026      PO 60418      Quote ref: Q-7741", gap=24)
    s.table(
        [30, 180, 36, 58, 58, 48, 60],
        ["Ln", "Item", "Qty", "Invoiced", "Quoted", "Diff", "Ext."],
        [
            ["1", "7-day prog. Wi-Fi thermostat", "12", "132.00", "124.00", "8.00", "96.00"],
            ["2", "Non-prog. thermostat 24 V", "20", "28.90", "28.90", "0.00", "0.00"],
            ["3", "Filter 16x25x1 MERV 11, cs/12", "10", "39.50", "39.50", "0.00", "0.00"],
        ],
    )
    s.text_line("Total debit: $96.00", 10, True, 18)
    s.text_line("Invoice to be paid less the debit above. Please issue a credit memo for $96.00.")
    s.text_line(
        "Quote Q-7741 (email from your inside sales, 10/29/2026) available on request.", gap=30
    )
    s.text_line("Prepared by: Linda Chu, Accounts Payable          11/24/2026")
    return s.done()


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


def png_scanned_receiving_report() -> bytes:
    """t10: Keystone's receiving report, filled in and run through the office scanner."""
    g = random.Random(sha("t10/scan"))
    w, h = 1100, 760
    img = Image.new("L", (w, h), 246)
    d = ImageDraw.Draw(img)
    bold, body = font("LiberationSans-Bold", 40), font("LiberationSans-Regular", 32)
    mono = font("LiberationMono-Bold", 32)
    d.text((50, 40), "KEYSTONE MECHANICAL - RECEIVING REPORT", font=bold, fill=20)
    d.text((50, 110), "PO 77812    CARRIER R+L    RCVD 11/05/26", font=body, fill=25)
    d.line([(50, 170), (1050, 170)], fill=40, width=3)
    d.text((50, 190), "LN  ITEM              ORD   RCVD  NOTES", font=mono, fill=20)
    d.line([(50, 240), (1050, 240)], fill=40, width=2)
    d.text((50, 260), '1   2" GATE VALVE      40    40   3 CRACKED', font=mono, fill=25)
    d.text((50, 320), '2   1" CU 90 ELL      150   160   10 OVER', font=mono, fill=25)
    d.line([(50, 380), (1050, 380)], fill=40, width=2)
    d.text((50, 410), "PRV + PEX COILS: 2ND TRUCK", font=body, fill=30)
    d.text((50, 480), "RECEIVED BY: G. LINDQVIST", font=body, fill=25)
    d.text((50, 540), "EXCEPTION NOTED ON R+L RECEIPT: YES", font=body, fill=25)
    for _ in range(260):  # scanner dust
        x, y = g.randrange(w), g.randrange(h)
        d.point((x, y), fill=g.randrange(90, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = img.point(lambda v: 0 if v < 20 else v)
    buf = io.BytesIO()
    img.quantize(colors=16, dither=Image.Dither.NONE).save(buf, "PNG", optimize=True)
    return buf.getvalue()


FIXED_ZIP_TIME = (2026, 11, 17, 15, 30, 0)


def restamp_zip(data: bytes) -> bytes:
    """Re-write a zip with fixed member times and attributes (openpyxl stamps the clock)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        r"\g<1>2026-11-17T21:30:00Z\g<2>",
                        text,
                    )
                body = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def xlsx_receiving_log() -> bytes:
    """t23: Summit's warehouse receiving log for PO 60455."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Receiving"
    stamp = dt.datetime(2026, 11, 17, 15, 30)
    wb.properties.creator = "Marcus Webb"
    wb.properties.lastModifiedBy = "Marcus Webb"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    ws["A1"] = "Summit HVAC Services - Receiving Log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vendor: Northgate Plumbing & HVAC Supply"
    ws["A3"] = "PO 60455 / SO-104244"
    ws["D3"] = "UPS 1Z4F83090342291043 - delivered 11/12/2026"
    head = ["PO Ln", "Item", "Description", "UOM", "Invoiced", "Received", "Variance", "Status"]
    rows = [
        [1, "HVC-CND-PUMP", "Condensate pump 115V w/ safety switch", "EA", 10, 10, 0, "OK"],
        [2, "TST-2100-NP", "Non-programmable thermostat 24V", "EA", 12, 12, 0, "OK"],
        [3, "HVC-FLT-1625-M11", "Filter 16x25x1 MERV 11, 12/cs", "CS", 20, 18, -2, "SHORT"],
    ]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for col, name in enumerate(head, start=1):
        cell = ws.cell(row=5, column=col, value=name)
        cell.font = Font(bold=True)
        cell.fill = fill
    for r, row in enumerate(rows, start=6):
        for col, value in enumerate(row, start=1):
            ws.cell(row=r, column=col, value=value)
    ws["A10"] = "Counted by M. Webb 11/12, recounted 11/16 (J. Ortiz)"
    for col, width in zip("ABCDEFGH", (7, 18, 36, 6, 9, 9, 9, 9), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return restamp_zip(buf.getvalue())


def csv_receiving_log_riverbend() -> bytes:
    """t06: Riverbend's receiving log export for PO 24460."""
    rows = [
        ["PO", "Line", "Item", "Description", "UOM", "Ordered", "Received", "Variance", "Note"],
        [
            "24460",
            "1",
            "FTG-PVC-T-200",
            "2in PVC SCH40 TEE SxSxS",
            "EA",
            "100",
            "90",
            "-10",
            "1 BAG OF 10 MISSING",
        ],
        ["24460", "2", "PIP-CU-L-100-20", "1in TYPE L COPPER 20FT", "STK", "10", "10", "0", ""],
        ["24460", "3", "VLV-0075-BV", "3/4in BALL VALVE FP SWEAT", "EA", "30", "30", "0", ""],
    ]
    return ("\r\n".join(",".join(r) for r in rows) + "\r\n").encode("utf-8")


# ================================================================== the requests


def t01() -> bytes:
    text = """\
Good morning,

I am writing to open a warranty claim on one of the circulator pumps supplied under our \
PO 76115 (line 2, six 1/25 HP cast iron circulators, delivered October 2025).

The pumps were installed at the Hollis Street apartments last fall. Unit 3 of 6 has failed: \
the motor hums but the shaft does not turn, and the capacitor and wiring check out. The \
other five are running normally. We removed the failed pump and it is tagged at our shop.

Please advise how you want the pump returned and whether a replacement or a credit will be \
issued for the 1 ea.

Regards,

Derek Osei
Project Manager
Keystone Mechanical Contractors
215-555-0148
"""
    return mail(
        "t01",
        client="outlook",
        sender=DEREK,
        subject="Warranty claim - circulator pump, PO 76115",
        sent=sent_at("t01", "2026-10-26 09:05", EDT),
        text=text,
    )


def t02() -> bytes:
    text = """\
Hello,

Please revise our PO 60377 before it ships:

Line 1 - 2x2 acoustic ceiling tile, 40 cartons: no change
Line 2 - 10x6 steel floor register, white: change quantity from 30 ea to 36 ea

Ship complete please, no partials; the job start is Monday 11/02. A revised order \
acknowledgment to this address would be appreciated.

Thank you,
Raj Patel
Purchasing - Summit HVAC Services
918-555-0122
"""
    return mail(
        "t02",
        client="outlook",
        sender=RAJ,
        to="Northgate Sales <orders@distributor.example>",
        subject="PO 60377 - change request before shipment",
        sent=sent_at("t02", "2026-10-27 10:20", CDT),
        text=text,
    )


def t03() -> bytes:
    text = """\
Hello Northgate Returns,

Re: your order SO-104222 (our PO 24415), Maple Grove Elementary.

The 3" reduced pressure zone backflow assembly from this order failed its initial \
certification test on Monday. The tester found check valve no. 1 will not hold: 1.1 psid \
across the first check against a 5.0 psid minimum, repeated after flushing. The assembly has \
been isolated and the school is on the bypass.

We are asking for a warranty replacement (1 ea). The tester's report is available if you \
need it. The two 3" flanged check valves on the same order are installed and fine.

Thank you,

Priya Raman
Project Manager | Riverbend Plumbing & Heating
610-555-0177
"""
    return mail(
        "t03",
        client="outlook",
        sender=PRIYA,
        subject="SO-104222 - RPZ assembly failed initial test",
        sent=sent_at("t03", "2026-10-28 14:40", EDT),
        text=text,
    )


def t04() -> bytes:
    text = """\
Northgate Returns,

Receiving discrepancy on our PO 77790, delivered yesterday 10/28 by R+L (PRO RL123377412).

PO LN  ITEM                            UOM   ORD   RCVD  CONDITION
1      1" TYPE L COPPER TUBE 20'       STK    30    30   2 STK CRUSHED ENDS
2      1" WROT CU 90 ELL C X C         EA    200   200   OK
3      1" BALL VALVE FULL PORT THRD    EA     36    36   OK

Two sticks of the 1" type L are crushed at both ends and flattened about a foot in, looks \
like a forklift tine went through the bundle. They cannot be used. Exception was written on \
the R+L delivery receipt.

Please credit or replace the 2 sticks. Balance of the order is received in full and put away.

Gary Lindqvist
Receiving / Warehouse
Keystone Mechanical Contractors
"""
    return mail(
        "t04",
        client="outlook",
        sender=GARY,
        subject="Receiving discrepancy - PO 77790",
        sent=sent_at("t04", "2026-10-29 08:15", EDT),
        text=text,
    )


def t05() -> bytes:
    text = """\
Good afternoon,

Your invoice INV-88098 dated 10/26/2026 does not match our PO 77790 on line 1. The 1" type L \
copper tube is billed at $76.40 per 20 ft length; the PO was issued at $71.80, the price on \
your quotation.

Line  Item              Qty   PO price   Invoiced   Diff    Extended
1     PIP-CU-L-100-20    30     71.80      76.40    4.60     138.00
2     FTG-CU-E90-100    200      2.95       2.95    0.00       0.00
3     VLV-1005-BV        36     15.20      15.20    0.00       0.00

We will pay lines 2 and 3 as invoiced. Please issue a credit memo for the difference on line \
1, 30 lengths x $4.60 = $138.00, or a corrected invoice.

Thank you,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
ap@keystonemech.com | 215-555-0100 ext. 210
"""
    return mail(
        "t05",
        client="outlook",
        sender=DANA,
        to=AR,
        cc=DESK,
        subject="Price discrepancy - INV-88098 / PO 77790",
        sent=sent_at("t05", "2026-10-30 13:50", EDT),
        text=text,
    )


def t06() -> bytes:
    text = """\
Hi,

Attached is our receiving log for PO 24460 (Estes delivery Saturday 10/31, pro \
ES4410377105).

We are one bag short on the 2" PVC Sch 40 tees: 90 received, 100 ordered and invoiced. The \
copper and the 3/4 ball valves were received in full.

Please ship the missing bag of 10 tees or credit them.

Sean Tully
Receiving - Riverbend Plumbing & Heating
"""
    return mail(
        "t06",
        client="outlook",
        sender=SEAN,
        subject="PO 24460 receiving - tees short",
        sent=sent_at("t06", "2026-11-02 08:40", EST),
        text=text,
        files=((csv_receiving_log_riverbend(), CSV, "RCV_24460.csv"),),
    )


def t07() -> bytes:
    text = """\
Hello,

For our three-way match I need a clean copy of invoice INV-88109 (our PO 60377). Page 2 of \
the copy we received by mail is unreadable.

Our warehouse receiving report shows 40 cartons of ceiling tile and 30 floor registers \
received against PO 60377; the PO is for the same. Once I have the copy I can release the \
invoice for payment on our next run.

Could you also confirm your remit-to address for checks? We have two on file.

Thank you,
Linda Chu
Accounts Payable | Summit HVAC Services
"""
    return mail(
        "t07",
        client="outlook",
        sender=LINDA,
        to=AR,
        subject="Invoice copy request - INV-88109",
        sent=sent_at("t07", "2026-11-03 11:10", CST),
        text=text,
    )


def t08() -> bytes:
    text = """\
Good morning,

Please find attached our receiving discrepancy report RDR-1104 for PO 60377 (ODFL, \
delivered 11/02).

Summary: 2 cartons of the 2x2 acoustic ceiling tile arrived wet through and the tiles are \
sagging, and 4 of the 10x6 white floor registers have bent frames. The exception is noted on \
the ODFL delivery receipt. The other 38 cartons and 26 registers are fine and in stock.

Please let us know whether you want the damaged material back or disposed of here, and \
credit the damaged items.

Regards,
Marcus Webb
Receiving | Summit HVAC Services
918-555-0139
"""
    return mail(
        "t08",
        client="outlook",
        sender=MARCUS,
        subject="RDR-1104 - PO 60377 damaged on arrival",
        sent=sent_at("t08", "2026-11-04 09:30", CST),
        text=text,
        files=((pdf_receiving_discrepancy(), PDF, "RDR-1104.pdf"),),
    )


def t09() -> bytes:
    text = """\
Hello,

Two items on your order SO-104231:

1. We ordered 100 of the 1" wrot copper 90s and the job used 60. We would like to return \
the 40 we have left (4 bags of 10, unopened) for credit. Please send an RA.

2. One of the 2 gallon expansion tanks that came on this order leaks at the threaded \
connection. Our plumber says it was bad from the start, the tank never held. Please add it \
to the RA as defective.

The pressure reducing valves and the copper tube on this order are fine.

Thank you,
Irene Vasquez
Office / Accounting
Delgado & Sons Plumbing
"""
    return mail(
        "t09",
        client="outlook",
        sender=IRENE,
        subject="SO-104231 return - copper elbows and expansion tank",
        sent=sent_at("t09", "2026-11-05 10:45", CST),
        text=text,
    )


def t10() -> bytes:
    text = """\
Northgate Returns,

Scan of our receiving report for PO 77812, first truck (R+L, 11/05), attached.

- Line 1, 2" bronze gate valves: 40 received, 3 with cracked bonnets. One side of that \
carton was caved in; exception noted on the R+L receipt.
- Line 2, 1" copper 90 ells: received 16 boxes of 10 = 160 ea, PO is for 150 ea. 10 ea \
over; we are holding them for your driver.

Please credit or replace the 3 valves and arrange pickup of the 10 extra ells. The PRVs and \
the PEX coils are on the second truck.

Gary Lindqvist
Receiving / Warehouse
Keystone Mechanical Contractors
"""
    return mail(
        "t10",
        client="outlook",
        sender=GARY,
        subject="PO 77812 receiving report - gate valves cracked, ells over",
        sent=sent_at("t10", "2026-11-06 07:55", EST),
        text=text,
        files=((png_scanned_receiving_report(), PNG, "SCAN_PO77812_1105.png"),),
    )


def t11() -> bytes:
    text = """\
Northgate Returns,

Second truck on PO 77812 (Estes, 11/06) is in:

PO LN  ITEM                                 UOM    ORD   RCVD   CONDITION
3      3/4" PRESSURE REDUCING VALVE         EA      12     12   OK
4      3/4" PEX-A TUBING 300' COIL          COIL     6      6   OK

All counted, no damage, received in full. Nothing further from receiving on this PO apart \
from my report of 11/06 on the first truck, which your desk already has.

Gary Lindqvist
Receiving / Warehouse
Keystone Mechanical Contractors
"""
    return mail(
        "t11",
        client="outlook",
        sender=GARY,
        subject="PO 77812 - second delivery received complete",
        sent=sent_at("t11", "2026-11-09 08:10", EST),
        text=text,
    )


def t12() -> bytes:
    text = """\
picked up SO-104240 at will call friday. counted 12 of the 1in ball valves, order is for \
10. 2 extra - send your driver or bill us? 120 ft black pipe and the 12 unions ok.

Hector
Delgado & Sons warehouse
"""
    return mail(
        "t12",
        client="outlook",
        sender=HECTOR,
        subject="SO-104240 extra valves",
        sent=sent_at("t12", "2026-11-09 09:05", CST),
        text=text,
    )


def t13() -> bytes:
    text = """\
Good morning Corinne,

Two issues on PO 77830 (your SO-104235, ODFL delivery 11/06, invoice INV-88133):

[TABLE]

1. Line 2, 1-1/2" black malleable unions: we received 36 of the 40 ordered and invoiced. \
Please ship the 4 or credit $43.20.
2. Line 3, condensate pumps: invoiced at $64.90 ea against our PO price of $61.50. Please \
credit the difference, 8 x $3.40 = $27.20.

Lines 1 and 4 are correct as received and invoiced.

Best regards,

Paula Brennan
Purchasing Agent
Keystone Mechanical Contractors
215-555-0100 ext. 118
"""
    table = (
        ["PO Line", "Item", "Ordered", "Received", "PO Price", "Invoiced", "Status"],
        [
            ["1", '3" CI swing check valve, flanged', "6 ea", "6", "189.00", "189.00", "OK"],
            ["2", '1-1/2" black mall. union', "40 ea", "36", "10.80", "10.80", "Short 4"],
            ["3", "Condensate pump w/ safety sw.", "8 ea", "8", "61.50", "64.90", "Price +3.40"],
            ["4", "1/25 HP circulator 115 V", "4 ea", "4", "139.00", "139.00", "OK"],
        ],
    )
    return mail(
        "t13",
        client="outlook",
        sender=PAULA,
        cc=DANA,
        subject="PO 77830 - shortage and price variance",
        sent=sent_at("t13", "2026-11-10 09:20", EST),
        text=text,
        table=table,
    )


def t14() -> bytes:
    text = """\
Corinne,

The owner has cancelled phase 2 of Westfield Commons, so material bought for it is surplus. \
From our PO 77731 we have 3 unopened boxes of the 1" full port threaded ball valves (12 per \
box, 36 total) that we will not need.

Please issue an RA for the 36 valves. We understand the 15% restocking fee applies under our \
agreement. The PEX couplings on that PO are not affected.

Thanks,

Derek Osei
Project Manager
Keystone Mechanical Contractors
215-555-0148
"""
    return mail(
        "t14",
        client="outlook",
        sender=DEREK,
        subject="Return request - PO 77731 ball valves (job cancelled)",
        sent=sent_at("t14", "2026-11-10 14:45", EST),
        text=text,
    )


def t15() -> bytes:
    text = """\
Corinne - 1 of the 4 circulators on PO 77830 is seized out of the box, won't turn on the \
bench. Need an RA for it.

Tom

Sent from my iPhone
"""
    return mail(
        "t15",
        client="iphone",
        sender=TOM,
        subject="circ PO 77830",
        sent=sent_at("t15", "2026-11-11 07:40", EST),
        text=text,
    )


def t16() -> bytes:
    text = """\
Good morning,

Our count of your delivery to Lakeview Terrace on Monday 11/09, PO 70231:

- 10x6 floor registers, white: 60 received, 60 ordered. OK.
- 16x25x1 MERV 11 filters: 26 cases received, the PO is for 24 cases. 2 cases extra, \
please arrange a pickup.
- Non-programmable thermostats 24 V: 10 received. 2 of them are dead, no display with 24 V \
applied; we tried both on two different air handlers. Please replace or credit the 2.

Luis Ortega
Director of Maintenance
Harbor Point Property Management
414-555-0100
"""
    return mail(
        "t16",
        client="outlook",
        sender=LUIS,
        subject="PO 70231 Lakeview Terrace - receiving count",
        sent=sent_at("t16", "2026-11-11 10:15", CST),
        text=text,
    )


def t17() -> bytes:
    text = """\
Hello,

Regarding SO-104238 (our PO 60418), delivered 11/05:

Line 1, 7-day programmable Wi-Fi thermostats: 2 of the 12 cartons contain a different \
model, a basic 5-2 programmable without Wi-Fi. The carton labels are correct, the units \
inside are not. Please send 2 of the Wi-Fi model; the wrong units are set aside for return.

Line 2, 24 V non-programmable thermostats: we counted 22 on the shelf, the order and the \
invoice are for 20. The 2 extra are here for your driver.

Thank you,
Raj Patel
Purchasing - Summit HVAC Services
918-555-0122
"""
    return mail(
        "t17",
        client="outlook",
        sender=RAJ,
        subject="SO-104238 - wrong thermostat model / 2 extra",
        sent=sent_at("t17", "2026-11-12 09:00", CST),
        text=text,
    )


def t18() -> bytes:
    text = """\
Hello,

Summit HVAC is the mechanical contractor on Harbor Point's Lakeview Terrace retrofit. The \
floor registers for the job were delivered to site by your truck on 11/09 under Harbor \
Point's order SO-104239.

When my crew opened the boxes yesterday, 6 of the 10x6 white registers were crushed: bent \
frames and jammed dampers. We cannot install them. Please replace or credit the 6 pieces; we \
are coordinating with Harbor Point's maintenance office.

Best regards,

Elena Sokolova
Project Manager
Summit HVAC Services
918-555-0160
"""
    return mail(
        "t18",
        client="outlook",
        sender=ELENA,
        subject="Damaged floor registers - SO-104239 (Lakeview Terrace)",
        sent=sent_at("t18", "2026-11-12 15:30", CST),
        text=text,
    )


def t19() -> bytes:
    text = """\
Hello,

Estes delivered our PO 70288 to Marina Court on 11/11. The three 50 gallon gas water \
heaters arrived in good condition.

One of the three 2 gallon thermal expansion tanks has a deep dent in the shell next to the \
fitting; the carton was punctured. The driver signed the receipt with "1 ctn damaged".

Please replace the 1 ea or credit it to our account.

Thank you,
Brenda Castillo
Purchasing Coordinator
Harbor Point Property Management
"""
    return mail(
        "t19",
        client="outlook",
        sender=BRENDA,
        subject="PO 70288 - expansion tank damaged in delivery",
        sent=sent_at("t19", "2026-11-13 08:30", CST),
        text=text,
    )


def t20() -> bytes:
    text = """\
Corinne,

Two things on our PO 24530 (SO-104243):

1. Line 3, 3/4" pressure reducing valves: 2 of the 4 that came are 1" PRVs (the boxes say \
1"). Please send 2 ea of the 3/4" and pick up the 1" units.
2. Line 1, 1" full port ball valves: we bought 48 but the Hackett Park job takes 36. \
Please RA the other 12 (one full box, unopened) for credit less your 10% restock.

Line 2, the 250 copper 90s, came in full.

Thanks,
Mike O'Brien
Purchasing | Riverbend Plumbing & Heating
"""
    return mail(
        "t20",
        client="outlook",
        sender=MIKE,
        subject="PO 24530 - PRV size / return of ball valves",
        sent=sent_at("t20", "2026-11-13 11:00", EST),
        text=text,
    )


def t21() -> bytes:
    text = """\
REMITTANCE ADVICE

Payer: Delgado & Sons Plumbing
Payee: Northgate Plumbing & HVAC Supply
Check no. 10442    Date 11/16/2026

Invoice      Inv. date    Order        Amount       Paid
INV-88070    10/07/2026   SO-104216    1,242.00     1,242.00
INV-88112    10/29/2026   SO-104231    1,759.40     1,759.40
                                       --------     --------
                                       3,001.40     3,001.40

The credit for the 40 copper elbows (your RA on SO-104231) will be taken when we receive \
the credit memo.

Irene Vasquez
Office / Accounting
Delgado & Sons Plumbing
"""
    return mail(
        "t21",
        client="outlook",
        sender=IRENE,
        to=AR,
        subject="Remittance advice - check 10442",
        sent=sent_at("t21", "2026-11-16 08:00", CST),
        text=text,
    )


def t22() -> bytes:
    text = """\
Hello,

Two problems on SO-104236 (our PO 24519) from the Oakridge repipe, which started today:

1. One of the two 300 ft coils of 3/4" PEX-A is kinked in several places through the first \
40 feet or so. The coil was crushed inside its box; we did not see it until we unrolled it \
this morning.
2. The 1/2" PEX crimp couplings: 4 of the 10 bags are 3/4" couplings, though the bag labels \
say 1/2". Please send 4 bags of the 1/2" and we will return the 3/4".

The 24 ball valves on this order are fine.

Thank you,

Priya Raman
Project Manager | Riverbend Plumbing & Heating
610-555-0177
"""
    return mail(
        "t22",
        client="outlook",
        sender=PRIYA,
        subject="SO-104236 - kinked PEX coil and wrong size couplings",
        sent=sent_at("t22", "2026-11-16 16:20", EST),
        text=text,
    )


def t23() -> bytes:
    text = """\
Hello,

Our receiving log for PO 60455 (UPS, delivered 11/12) is attached.

The 16x25x1 MERV 11 filters are short: invoiced 20 cases (12 per case), received 18 \
cases. We recounted yesterday with the same result. The condensate pumps and the \
thermostats were received in full.

Please ship the 2 cases or credit them.

Marcus Webb
Receiving | Summit HVAC Services
918-555-0139
"""
    return mail(
        "t23",
        client="outlook",
        sender=MARCUS,
        subject="PO 60455 - filters short 2 cases",
        sent=sent_at("t23", "2026-11-17 15:40", CST),
        text=text,
        files=((xlsx_receiving_log(), XLSX, "Receiving log PO 60455.xlsx"),),
    )


def t24() -> bytes:
    text = """\
Hello Corinne,

Our PO 70296 was delivered on 11/16. Status by line:

[TABLE]

Line 1: please ship the 5 missing registers or credit them.
Line 2: the unit layout changed and 4 of the 3/4" ball valves are no longer needed. They \
are unopened; please issue an RA.

Thank you,
Brenda Castillo
Purchasing Coordinator
Harbor Point Property Management
"""
    table = (
        ["PO Line", "Item", "Ordered", "Received", "Action"],
        [
            ["1", "10x6 floor register, white", "40 ea", "35", "Short 5 - ship or credit"],
            ["2", '3/4" ball valve, sweat', "12 ea", "12", "Return 4 - not needed"],
        ],
    )
    return mail(
        "t24",
        client="outlook",
        sender=BRENDA,
        subject="PO 70296 - short registers / return valves",
        sent=sent_at("t24", "2026-11-18 09:40", CST),
        text=text,
        table=table,
    )


def t25() -> bytes:
    text = """\
Hello,

I have reconciled your statement dated 11/15/2026 against our ledger:

[TABLE]

Both invoices agree with our records and are scheduled for payment on terms. The credit \
for the Lakeview Terrace thermostats is not on the statement yet, which we expect.

Please confirm there are no other open items on our account.

Grace Kim
Payables | Harbor Point Property Management
"""
    table = (
        ["Invoice", "Date", "Our PO", "Statement", "Our ledger", "Difference"],
        [
            ["INV-88160", "11/09/2026", "70231", "1,552.60", "1,552.60", "0.00"],
            ["INV-88171", "11/09/2026", "70288", "2,194.50", "2,194.50", "0.00"],
        ],
    )
    return mail(
        "t25",
        client="outlook",
        sender=GRACE,
        to=AR,
        subject="Statement reconciliation - Harbor Point Property Management",
        sent=sent_at("t25", "2026-11-18 14:10", CST),
        text=text,
        table=table,
    )


def t26() -> bytes:
    text = """\
Hello,

Short on our PO 60471: the packing list shows 6 non-programmable 24 V thermostats, we \
received 5. Please ship the 1 or credit it.

Marcus Webb
Receiving | Summit HVAC Services
"""
    return mail(
        "t26",
        client="outlook",
        sender=MARCUS,
        subject="PO 60471 - 1 thermostat short",
        sent=sent_at("t26", "2026-11-19 07:50", CST),
        text=text,
    )


def t27() -> bytes:
    text = """\
Hello Corinne,

We over-bought filters on PO 77760. Line 2 was 12 cases of the 16x25x1 MERV 11; 3 cases \
are unopened and surplus to the job. Please issue an RA for the 3 cases; the 15% \
restocking fee is understood.

No action on line 1 (thermostats).

Best regards,

Paula Brennan
Purchasing Agent
Keystone Mechanical Contractors
"""
    return mail(
        "t27",
        client="outlook",
        sender=PAULA,
        subject="Return for credit - PO 77760 filters",
        sent=sent_at("t27", "2026-11-19 10:30", EST),
        text=text,
    )


def t28() -> bytes:
    text = """\
Hello,

Attached is our debit memo DM-HP-2291 against invoice INV-88160: 2 non-programmable \
thermostats at $29.50, defective, total $59.00. We will deduct it from our payment of that \
invoice. Please issue the matching credit memo.

Thank you,
Grace Kim
Payables | Harbor Point Property Management
"""
    return mail(
        "t28",
        client="outlook",
        sender=GRACE,
        to=AR,
        cc=DESK,
        subject="Debit memo DM-HP-2291 - INV-88160",
        sent=sent_at("t28", "2026-11-20 09:00", CST),
        text=text,
        files=((pdf_debit_memo_thermostats(), PDF, "DM-HP-2291.pdf"),),
    )


def t29() -> bytes:
    text = """\
Hello Corinne,

Our shop has just opened the PEX crimp couplings from PO 77731 (line 2, 20 bags of 25, \
1/2"). 5 of the bags are 3/4" couplings. Please exchange the 5 bags for the 1/2" size; \
we will send the 3/4" back with your driver.

Best regards,

Paula Brennan
Purchasing Agent
Keystone Mechanical Contractors
"""
    return mail(
        "t29",
        client="outlook",
        sender=PAULA,
        subject="PO 77731 line 2 - wrong size couplings",
        sent=sent_at("t29", "2026-11-20 13:15", EST),
        text=text,
    )


def t30() -> bytes:
    text = """\
Hello,

We have 40 ft of the 2" black steel pipe left over from our PO 40988 (two 20 ft pieces, \
never threaded). Can we return it for credit?

The unions from that order were used. Hector already wrote to you about the 2 extra ball \
valves.

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "t30",
        client="outlook",
        sender=ROSA,
        subject="Return black pipe - PO 40988",
        sent=sent_at("t30", "2026-11-23 08:20", CST),
        text=text,
    )


def t31() -> bytes:
    text = """\
Please send the signed POD for PO 24530 / INV-88180 (250 ells, 48 ball valves, 4 PRVs). \
AP needs it to release payment.

Thanks,
Karen
"""
    return mail(
        "t31",
        client="outlook",
        sender=KAREN,
        to=AR,
        subject="POD request - PO 24530",
        sent=sent_at("t31", "2026-11-23 11:05", EST),
        text=text,
    )


def t32() -> bytes:
    text = """\
Hello,

Attached is our invoice price discrepancy / debit memo DM-5530 for INV-88152 (PO 60418).

Line 1, the 7-day programmable Wi-Fi thermostats, is billed at $132.00 each. Your quote \
Q-7741 was $124.00. 12 ea x $8.00 = $96.00. Lines 2 and 3 agree with the quote.

We will pay the invoice less $96.00. Please issue a credit memo.

Thank you,
Linda Chu
Accounts Payable | Summit HVAC Services
"""
    return mail(
        "t32",
        client="outlook",
        sender=LINDA,
        to=AR,
        cc=DESK,
        subject="INV-88152 - price per quote Q-7741 / debit memo DM-5530",
        sent=sent_at("t32", "2026-11-24 10:25", CST),
        text=text,
        files=((pdf_price_debit_summit(), PDF, "DM-5530.pdf"),),
    )


def t33() -> bytes:
    text = """\
Hello,

One of the three 50 gallon natural gas water heaters from our PO 70288, installed 11/16 in \
building C at Marina Court, will not keep its pilot lit. We replaced the thermocouple with \
the same result; the Bradford tech we called says the gas valve is bad.

We are asking for a warranty replacement or credit for the 1 heater. It is disconnected and \
can be picked up from the building C mechanical room.

Luis Ortega
Director of Maintenance
Harbor Point Property Management
414-555-0100
"""
    return mail(
        "t33",
        client="outlook",
        sender=LUIS,
        subject="Warranty - water heater pilot, PO 70288",
        sent=sent_at("t33", "2026-11-25 09:50", CST),
        text=text,
    )


T05_SUBJECT = "Price discrepancy - INV-88098 / PO 77790"


def t34() -> bytes:
    notice_sent = sent_at("t34/notice", "2026-11-24 16:05", EST)
    notice = f"""\
Hello Dana,

Credit memo CM-40218 has been posted to your account: $138.00, price adjustment on \
INV-88098, line 1, 1" type L copper tube 20 ft (PIP-CU-L-100-20), 30 lengths x $4.60.

{CORINNE_SIG}
"""
    text = (
        """\
Thank you, Corinne. CM-40218 for $138.00 is received and was applied against INV-88098 in \
our 11/27 payment run. Nothing further needed on this one.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors

"""
        + outlook_quote(CORINNE, notice_sent, DANA, "RE: " + T05_SUBJECT)
        + notice
    )
    return mail(
        "t34",
        client="outlook",
        sender=DANA,
        to=CORINNE,
        subject="RE: " + T05_SUBJECT,
        sent=sent_at("t34", "2026-11-30 10:40", EST),
        text=text,
        in_reply_to=desk_id("t34/notice"),
    )


def t35() -> bytes:
    text = """\
Hello,

Two things on SO-104216:

1) One of the two 40 gal electric water heaters is defective. The lower element burned out \
and the breaker trips; it was installed 10/12 at a house on Alvarado St. Please handle it \
under warranty.
2) We also have 8 of the 3/4" sweat ball valves from that order left over, new in the bag. \
Can we send them back for credit?

The expansion tanks were fine.

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "t35",
        client="outlook",
        sender=ROSA,
        subject="SO-104216 - heater warranty and ball valve return",
        sent=sent_at("t35", "2026-12-01 09:15", CST),
        text=text,
    )


def t36() -> bytes:
    text = """\
Hello,

Our payment of INV-88061 (PO 24388) is short $15.00. The 1-1/2" black unions were billed \
at $9.90 each; the price agreed with your outside rep was $9.40.

Item                      Qty    Billed    Agreed    Short paid
1-1/2" black union         30      9.90      9.40         15.00
3" swing check valve        4    198.00    198.00          0.00

Please issue a credit memo for $15.00 so we can clear the balance.

Thanks,
Karen Liu
Office / AP | Riverbend Plumbing & Heating
"""
    return mail(
        "t36",
        client="outlook",
        sender=KAREN,
        to=AR,
        subject="Short payment INV-88061 - union price",
        sent=sent_at("t36", "2026-12-02 14:30", EST),
        text=text,
    )


def t37() -> bytes:
    text = """\
Hi,

Ray Delgado here, project manager at Delgado & Sons; writing from my own email, the work \
laptop is in the shop.

On SO-104240, 4 of the 12 black unions that are marked 1-1/2" are actually 1-1/4". We need \
4 of the right size, and we'll send the 1-1/4" back.

Thanks,
Ray
"""
    return mail(
        "t37",
        client="gmail",
        sender=RAY,
        subject="unions wrong size - SO-104240",
        sent=sent_at("t37", "2026-12-03 12:35", CST),
        text=text,
    )


def t38() -> bytes:
    form = {
        "order_number": "SO-104201",
        "lines": [{"sku": "WH-EXP-2G", "quantity": 1, "reason": "DEFECTIVE"}],
        "note": (
            "2 gal expansion tank from this order, installed October 2025 at Hollis St: the "
            "bladder has failed and the tank is waterlogged. Entered by Keystone accounts "
            "payable for our service department."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def t39() -> bytes:
    text = """\
RECEIVING DISCREPANCY REPORT - WAREHOUSE RECOUNT

Vendor:      Northgate Plumbing & HVAC Supply
Your order:  SO-104238
Our PO:      60418
Delivered:   11/05/2026 (vendor truck)
Recount:     11/20/2026

PO LN  ITEM                                UOM   ORDERED   ON HAND   ISSUED   VARIANCE
3      FILTER 16X25X1 MERV 11 (12/CS)      CS         10         8        0         -2

Lines 1 and 2 are not part of this report.
No filters from this PO have been issued to jobs. 2 cases short. Ship or credit.

Counted by: J. Ortiz, Warehouse
"""
    return text.encode("utf-8")


def t40() -> bytes:
    text = """\
SITE RECEIVING NOTE

PO: 24519
Delivered to: Oakridge job trailer

Item                               Qty   Note
1" brass ball valve, full port      3    handles snapped off, box crushed in transit
3/4" PEX-A coil, 300 ft              -    see PM's mail
1/2" PEX crimp coupling, bag         -    see PM's mail

3 valves damaged. Credit or replace please.
"""
    return text.encode("utf-8")


NAMES = {
    "t01": "t01-keystone-derek-circulator-failed-po76115.eml",
    "t02": "t02-summit-raj-po-change-before-ship.eml",
    "t03": "t03-riverbend-priya-rpz-failed-test.eml",
    "t04": "t04-keystone-gary-receiving-dented-sticks.eml",
    "t05": "t05-keystone-dana-invoice-88098-price.eml",
    "t06": "t06-riverbend-sean-receiving-log-tees-short-csv.eml",
    "t07": "t07-summit-linda-invoice-copy-three-way-match.eml",
    "t08": "t08-summit-marcus-discrepancy-report-pdf.eml",
    "t09": "t09-delgado-irene-elbows-overstock-tank.eml",
    "t10": "t10-keystone-gary-scanned-report-gate-valves-elbows.eml",
    "t11": "t11-keystone-gary-second-truck-all-ok.eml",
    "t12": "t12-delgado-hector-will-call-extra-valves.eml",
    "t13": "t13-keystone-paula-unions-short-pump-price-html.eml",
    "t14": "t14-keystone-derek-job-cancelled-ball-valves.eml",
    "t15": "t15-keystone-tom-one-line-circ-seized.eml",
    "t16": "t16-harbor-luis-filters-over-stats-dead.eml",
    "t17": "t17-summit-raj-wrong-stat-model-extra-stats.eml",
    "t18": "t18-summit-elena-pm-harbor-registers.eml",
    "t19": "t19-harbor-brenda-expansion-tank-dented.eml",
    "t20": "t20-riverbend-mike-prv-size-valves-overbought.eml",
    "t21": "t21-delgado-irene-remittance-advice.eml",
    "t22": "t22-riverbend-priya-coil-kinked-couplings-size.eml",
    "t23": "t23-summit-marcus-receiving-log-filters-xlsx.eml",
    "t24": "t24-harbor-brenda-registers-short-valves-back.eml",
    "t25": "t25-harbor-grace-statement-reconciliation.eml",
    "t26": "t26-summit-marcus-stat-short-unknown-po.eml",
    "t27": "t27-keystone-paula-filters-overstock.eml",
    "t28": "t28-harbor-grace-debit-memo-thermostats-pdf.eml",
    "t29": "t29-keystone-paula-couplings-wrong-size-late.eml",
    "t30": "t30-delgado-rosa-black-pipe-drops.eml",
    "t31": "t31-riverbend-karen-pod-request.eml",
    "t32": "t32-summit-linda-stat-price-debit-pdf.eml",
    "t33": "t33-harbor-luis-heater-pilot-limit.eml",
    "t34": "t34-keystone-dana-credit-memo-applied.eml",
    "t35": "t35-delgado-rosa-heater-element-valves-back.eml",
    "t36": "t36-riverbend-karen-short-pay-union-price.eml",
    "t37": "t37-delgado-ray-gmail-unions-wrong-size.eml",
    "t38": "t38-portal-expansion-tank-2025-order.json",
    "t39": "t39-upload-receiving-discrepancy-filters.txt",
    "t40": "t40-upload-site-note-po-only.txt",
}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_attachments.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    makers = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(makers[key]())
    print(f"{len(NAMES)} files written to {out}")


if __name__ == "__main__":
    main()
