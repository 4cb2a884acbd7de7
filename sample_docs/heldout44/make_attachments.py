"""Build every request file of heldout44 (words in the shared mailbox).

Usage:  python make_attachments.py [TARGET_DIR]     (default: ./requests next to this file)

All bytes are fixed by this script alone: mails are assembled by hand (headers in the
order each client writes them, CRLF line ends, fixed MIME boundaries, fixed dates and
Message-IDs); the carton photo is drawn by Pillow with its bundled font and a seeded
noise generator; both PDFs carry a pinned creation date and document /ID; the
spreadsheet is rewritten with fixed ZIP timestamps and fixed document properties.
The portal form and the two text uploads are plain bytes.
"""

import base64
import hashlib
import io
import json
import quopri
import random
import re
import sys
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent

# The distributor's shared mailbox and the people behind it
CLAIMS = "Tri-County Claims <claims@tricountypc.example>"
SHIPPING = "Tri-County Shipping <shipping@tricountypc.example>"
ORDERS = "Priya Raman <orders@tricountypc.example>"
ANNELIESE = "Anneliese Brock <claims@tricountypc.example>"

# Writers: ERP contacts first, then people on a customer's domain, then strangers
TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
HUNG = ("Hung Tran", "htran@keystonemech.com")
PRISCILLA = ("Priscilla Okafor", "pokafor@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
DALE = ("Dale Whitcomb", "dwhitcomb@riverbendph.com")
OKSANA = ("Oksana Hrytsenko", "ohrytsenko@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
CHEN = ("Chen Wei", "wchen@summithvac.net")
BO = ("Bo Lindqvist", "blindqvist@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
ADE = ("Ade Okonkwo", "aokonkwo@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
LUPE = ("Lupe Marquez", "lupe@delgadoplumbing.com")
HECTOR = ("H\u00e9ctor Delgado", "hector@delgadosons.com")
JAYDEN = ("Jayden Cruz", "jcruz.plumb@hotmail.com")

NL = b"\r\n"


# ------------------------------------------------------------------ mail assembly


def who(person):
    """A From/To value; a non-ASCII display name goes out RFC 2047 encoded."""
    name, addr = person
    if name.isascii():
        shown = f'"{name}"' if "'" in name or "," in name else name
    else:
        shown = Header(name, "utf-8").encode()
    return f"{shown} <{addr}>"


def stamp(local, offset_hours=-5):
    """RFC 5322 date for a local wall-clock time 'YYYY-MM-DD HH:MM:SS'."""
    tz = timezone(timedelta(hours=offset_hours))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def fold(name, value):
    """Fold a long header at spaces, continuation lines start with one space."""
    out, line = [], f"{name}: "
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() != f"{name}:":
            out.append(line.rstrip())
            line = " "
        line += word + " "
    out.append(line.rstrip())
    return "\r\n".join(out)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", NL)


class Leaf:
    """One body part: its header lines and its encoded bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text(body, subtype="plain", cte=None, flowed=False):
    raw = body.encode("utf-8")
    charset = "us-ascii" if body.isascii() else "utf-8"
    if cte is None:
        cte = (
            "7bit"
            if body.isascii() and max(map(len, body.split("\n"))) < 200
            else ("quoted-printable")
        )
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    ctype = f"text/{subtype}; charset={charset}"
    if flowed:
        ctype += "; format=flowed"
    return Leaf([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], crlf(data))


def binary(data, mime, filename, inline=False):
    how = "inline" if inline else "attachment"
    return Leaf(
        [
            ("Content-Type", f'{mime}; name="{filename}"'),
            ("Content-Disposition", f'{how}; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        crlf(base64.encodebytes(data)),
    )


def multi(subtype, boundary, *parts):
    body = b""
    for part in parts:
        body += b"--" + boundary.encode() + NL
        for name, value in part.headers:
            body += fold(name, value).encode() + NL
        body += NL + part.body
        if not part.body.endswith(NL):
            body += NL
        body += NL
    body += b"--" + boundary.encode() + b"--" + NL
    return Leaf([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def message(top, content, mime_version="1.0"):
    """Top headers (already in the client's order) followed by the content's own."""
    lines = [fold(name, value) for name, value in top]
    if not any(name.lower() == "mime-version" for name, _ in top):
        lines.append(f"MIME-Version: {mime_version}")
    lines += [fold(name, value) for name, value in content.headers]
    return "\r\n".join(lines).encode("ascii") + NL + NL + content.body


def outlook_top(sender, to, subject, date, msgid, cc=None, reply=None, attach=False):
    """Header order of Outlook on Exchange Online."""
    rows = [("From", who(sender)), ("To", to)]
    if cc:
        rows.append(("CC", cc))
    rows += [("Subject", subject), ("Thread-Topic", re.sub(r"^(RE|FW): ", "", subject))]
    digest = hashlib.sha1(msgid.encode(), usedforsecurity=False).digest()[:16]
    rows += [("Thread-Index", "AQHb" + base64.b64encode(digest).decode())]
    rows += [("Date", date), ("Message-ID", msgid)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply.split()[-1])]
    rows += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return rows


def iphone_top(sender, to, subject, date, msgid, reply=None, cc=None):
    rows = [("From", who(sender)), ("Mime-Version", "1.0 (1.0)"), ("Date", date)]
    rows += [("Subject", subject), ("Message-Id", msgid)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply.split()[-1])]
    if cc:
        rows.append(("Cc", cc))
    rows += [("To", to), ("X-Mailer", "iPhone Mail (22B91)")]
    return rows


def gmail_top(sender, to, subject, date, msgid, reply=None):
    rows = [("MIME-Version", "1.0"), ("Date", date)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply.split()[-1])]
    rows += [
        ("Message-ID", msgid),
        ("Subject", subject),
        ("From", who(sender)),
        ("To", to),
    ]
    return rows


def thunderbird_top(sender, to, subject, date, msgid, reply=None):
    rows = [("Message-ID", msgid), ("Date", date), ("MIME-Version", "1.0")]
    rows += [
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", to),
    ]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply.split()[-1])]
    rows += [("From", who(sender)), ("Subject", subject)]
    return rows


def android_top(sender, to, subject, date, msgid):
    return [
        ("Date", date),
        ("From", who(sender)),
        ("To", to),
        ("Subject", subject),
        ("Message-ID", msgid),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Outlook for Android"),
    ]


def unwrap(body):
    """Source text: drop the first newline of a triple-quoted block, keep the rest."""
    return body.removeprefix("\n")


def quote(body):
    """'> ' quoting as Apple Mail, Gmail and Thunderbird write it."""
    rows = body.rstrip("\n").split("\n")
    return "\n".join("> " + row if row else ">" for row in rows) + "\n"


def outlook_quoted(sender, sent, to, subject, body, cc=None):
    """Outlook's header block above a quoted message (no '>' marks)."""
    head = f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return "\n________________________________\n" + head + body


HARBOR_NOTICE = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the\n"
    "named recipient(s) and may contain information that is confidential. If you are\n"
    "not the intended recipient, please notify the sender and delete this message.\n"
)
SUMMIT_NOTICE = (
    "This message was sent from Summit HVAC Services. Please consider the environment\n"
    "before printing this e-mail.\n"
)


# ------------------------------------------------------------------ attachments


def font(size):
    """Pillow's bundled scalable font, identical on every machine with this Pillow."""
    return ImageFont.load_default(size)


def jpeg(image, quality):
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def heater_carton_photo():
    """s14: the side of a water heater carton, label readable, a dent and a tear."""
    rng = random.Random(44014)
    w, h = 1000, 720
    img = Image.new("RGB", (w, h), (196, 164, 118))
    d = ImageDraw.Draw(img)
    for _ in range(900):  # corrugated board fibres
        x, y = rng.randrange(w), rng.randrange(h)
        tone = rng.randrange(150, 190)
        d.line((x, y, x + rng.randrange(4, 18), y), fill=(tone + 20, tone - 5, tone - 45))
    d.polygon([(760, 480), (1000, 420), (1000, 720), (700, 720)], fill=(120, 96, 66))
    d.line((770, 500, 980, 640), fill=(70, 52, 36), width=5)
    label = Image.new("RGB", (640, 380), (252, 252, 248))
    ld = ImageDraw.Draw(label)
    ld.rectangle((0, 0, 639, 379), outline=(0, 0, 0), width=4)
    ink = (10, 10, 10)
    ld.text((24, 18), "50 GAL NATURAL GAS", font=font(44), fill=ink)
    ld.text((24, 72), "WATER HEATER", font=font(44), fill=ink)
    ld.text((24, 136), "40,000 BTU  ATMOSPHERIC VENT", font=font(30), fill=ink)
    ld.text((24, 186), "ITEM WH-50G-NG", font=font(32), fill=ink)
    ld.text((24, 236), "SHIP TO: HARBOR POINT PM", font=font(30), fill=ink)
    ld.text((24, 284), "PO 70288   SO-104241", font=font(32), fill=ink)
    ld.text((24, 334), "THIS SIDE UP", font=font(26), fill=ink)
    img.paste(label, (90, 80))
    img = img.rotate(-1.2, resample=Image.BICUBIC, fillcolor=(48, 44, 40))
    px = img.load()
    for y in range(0, h, 2):
        for x in range(0, w, 2):
            n = int(rng.gauss(0, 3.5))
            r, g, b = px[x, y]
            px[x, y] = (
                max(0, min(255, r + n)),
                max(0, min(255, g + n)),
                max(0, min(255, b + n)),
            )
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    return jpeg(img, 82)


class FixedPDF(FPDF):
    """fpdf2 document whose trailer /ID is fixed (it is random by default)."""

    fixed_id = "<00000000000000000000000000000000><00000000000000000000000000000000>"

    def file_id(self):
        return self.fixed_id


def variance_report_pdf():
    """s21: Keystone's AP three-way-match exception for INV-88098."""
    pdf = FixedPDF(unit="pt", format="letter")
    pdf.fixed_id = "<9D2C4E61A0B37F58C1E24D9A6B0F3E72><9D2C4E61A0B37F58C1E24D9A6B0F3E72>"
    pdf.set_creation_date(datetime(2026, 11, 18, 15, 12, 0, tzinfo=UTC))
    pdf.set_title("AP match exception PO-77790")
    pdf.set_author("Keystone Mechanical AP")
    pdf.set_creator("Keystone AP Workbench")
    pdf.set_producer("Keystone AP Workbench")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.cell(0, 22, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(
        0,
        16,
        "Accounts Payable - three-way match exception",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    facts = [
        ("Vendor", "Tri-County Pipe & Controls"),
        ("Vendor invoice", "INV-88098   dated 10/26/2026"),
        ("Our PO", "PO-77790   (Prospect St firehouse)"),
        ("Run date", "11/18/2026"),
    ]
    for key, val in facts:
        pdf.set_font("helvetica", "B", 10)
        pdf.cell(110, 15, key)
        pdf.set_font("helvetica", "", 10)
        pdf.cell(0, 15, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    head = ("Item", "Qty", "PO price", "Invoiced", "Diff/unit", "Extended")
    widths = (190, 45, 70, 70, 70, 80)
    pdf.set_font("helvetica", "B", 10)
    for wdt, cap in zip(widths, head, strict=True):
        pdf.cell(wdt, 18, cap, border=1)
    pdf.ln(18)
    pdf.set_font("helvetica", "", 10)
    rows = [
        ('1" type L copper tube 20 ft', "30", "71.80", "76.40", "4.60", "138.00"),
        ('1" wrot copper 90 elbow', "200", "2.95", "2.95", "0.00", "0.00"),
        ('1" brass ball valve', "36", "15.20", "15.20", "0.00", "0.00"),
    ]
    for row in rows:
        for wdt, cell in zip(widths, row, strict=True):
            pdf.cell(wdt, 17, cell, border=1)
        pdf.ln(17)
    pdf.ln(12)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(
        0,
        15,
        "Status: HOLD line 1 - price over PO. Lines 2-3 matched.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("helvetica", "I", 9)
    pdf.cell(0, 14, "Prepared by P. Okafor", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def remittance_pdf():
    """s28: Harbor Point's ACH remittance advice (a payment, not a claim)."""
    pdf = FixedPDF(unit="mm", format="letter")
    pdf.fixed_id = "<4B7E19C2D05A63F8E1B29C74A0D6F351><4B7E19C2D05A63F8E1B29C74A0D6F351>"
    pdf.set_creation_date(datetime(2026, 11, 20, 19, 30, 0, tzinfo=UTC))
    pdf.set_title("Remittance advice 20261120-0417")
    pdf.set_creator("HPPM Payables")
    pdf.set_producer("HPPM Payables")
    pdf.add_page()
    pdf.set_font("times", "B", 16)
    pdf.cell(0, 9, "Harbor Point Property Management", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("times", "", 12)
    pdf.cell(0, 7, "REMITTANCE ADVICE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for row in (
        "Payee: Tri-County Pipe & Controls",
        "Payment: ACH  No. 20261120-0417   Date: 11/20/2026",
        "Amount: 3,747.10 USD",
    ):
        pdf.cell(0, 6, row, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("times", "B", 11)
    cols = (35, 35, 30, 35, 35)
    for wdt, cap in zip(cols, ("Invoice", "Our PO", "Inv. date", "Amount", "Paid"), strict=True):
        pdf.cell(wdt, 7, cap, border="B")
    pdf.ln(7)
    pdf.set_font("times", "", 11)
    for row in (
        ("INV-88160", "PO-70231", "11/09/2026", "1,552.60", "1,552.60"),
        ("INV-88171", "PO-70288", "11/09/2026", "2,194.50", "2,194.50"),
    ):
        for wdt, cell in zip(cols, row, strict=True):
            pdf.cell(wdt, 7, cell)
        pdf.ln(7)
    pdf.ln(4)
    pdf.set_font("times", "I", 10)
    pdf.multi_cell(
        0,
        5,
        "Questions about this payment: payables@harborpointpm.com. "
        "Invoices paid in full; open credits to be applied separately.",
    )
    return bytes(pdf.output())


ZIP_TIME = (2026, 11, 20, 7, 4, 0)


def receiving_tally_xlsx():
    """s26: Keystone's receiving tally for PO-77760, as exported from their shop."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Receiving"
    bold = Font(bold=True)
    ws["A1"] = "Keystone Mechanical - receiving tally"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["PO", "PO-77760", "Job", "Linden Ave school"])
    ws.append(["Vendor order", "SO-104224", "Delivered", "10/22/2026 (vendor truck)"])
    ws.append([])
    ws.append(["Item", "Description", "Ordered", "Received", "Diff", "Note"])
    for cell in ws[6]:
        cell.font = bold
    ws.append(["TST-7500-PRO", "7-day Wi-Fi thermostat", 8, 8, 0, "2 dead at install"])
    ws.append(
        [
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter, case of 12",
            12,
            10,
            -2,
            "2 cases short - found at inventory",
        ]
    )
    ws.append([])
    ws.append(["Counted by", "H. Tran", "Checked", "T. Morales"])
    for col, width in zip("ABCDEF", (20, 36, 10, 12, 8, 36), strict=True):
        ws.column_dimensions[col].width = width
    fixed = datetime(2026, 11, 20, 7, 0, 0)
    wb.properties.creator = "Hung Tran"
    wb.properties.lastModifiedBy = "Tom Morales"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    raw = io.BytesIO()
    wb.save(raw)
    return restamp_zip(raw.getvalue())


def restamp_zip(data):
    """Rewrite a ZIP (xlsx) with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>2026-11-20T12:00:00Z\g<3>",
                    content,
                )
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, content)
    return out.getvalue()


# ------------------------------------------------------------------ the distributor's own mails

SIG_TOM = """
Tom Morales
Project Manager
Keystone Mechanical Contractors
c 610-555-0187
"""

SIG_DANA = """
Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors
610-555-0100 x214
"""

SIG_HUNG = """
Hung Tran
Warehouse | Keystone Mechanical Contractors
"""

SIG_KAREN = """
Best,
Karen

Karen Liu | Office Manager
Riverbend Plumbing & Heating
(540) 555-0117
"""

SIG_LUIS = """
Luis Ortega
Facilities Lead
Harbor Point Property Management
(757) 555-0128
"""

SIG_ADE = """
Regards,
Ade Okonkwo
Property Manager, Bayview & Marina
Harbor Point Property Management
"""

SIG_CHEN = """
Best regards,
Chen Wei
Purchasing Assistant
Summit HVAC Services
Tel: 412-555-0173
"""

SIG_ANNELIESE = """
Anneliese Brock
Returns & Claims | Tri-County Pipe & Controls
"""

NOTICE_SH55120 = unwrap("""
SHIPPING NOTICE

Order:      SO-104233
Your PO:    PO-77812
Shipment:   SH-55120  (1 of 2)
Shipped:    11/02/2026 from DC-EAST
Carrier:    R+L Carriers   PRO RL123456789

Line  Item             Description                            Qty
 1    VLV-2210-BR      2" bronze gate valve, threaded          40
 2    FTG-CU-E90-100   1" wrot copper 90 deg elbow, C x C     150

The balance of this order ships separately from DC-WEST.
Questions about this shipment: just reply to this message.

Tri-County Pipe & Controls - Shipping
""")

NOTICE_SH55121 = unwrap("""
SHIPPING NOTICE

Order:      SO-104233
Your PO:    PO-77812
Shipment:   SH-55121  (2 of 2)
Shipped:    11/03/2026 from DC-WEST
Carrier:    Estes Express   PRO ES4410391264

Line  Item             Description                            Qty
 3    VLV-0750-PRV     3/4" water pressure reducing valve      12
 4    PIP-PEX-075-300  3/4" PEX-A tubing, 300 ft coil           6

This completes your order.
Questions about this shipment: just reply to this message.

Tri-County Pipe & Controls - Shipping
""")

CONFIRM_SO104239 = unwrap("""
Thank you for your order.

ORDER CONFIRMATION      SO-104239
Customer:    Harbor Point Property Management
Your PO:     PO-70231
Order date:  11/04/2026
Ship via:    Tri-County truck from DC-EAST

Ln  Item              Description                                 Qty   Unit price
1   HVC-REG-1006-W    10x6 steel floor register, white             60         5.60
2   HVC-FLT-1625-M11  16x25x1 MERV 11 pleated filter, case of 12   24        38.40
3   TST-2100-NP       Non-programmable digital thermostat, 24 V    10        29.50

Priya Raman
Order Desk | Tri-County Pipe & Controls
""")

CONFIRM_SO104231 = unwrap("""
Thank you for your order.

ORDER CONFIRMATION      SO-104231
Customer:    Delgado & Sons Plumbing
Your PO:     PO-40962
Order date:  10/27/2026
Ship via:    Tri-County truck from DC-SOUTH

Ln  Item              Description                                 Qty   Unit price
1   VLV-0750-PRV      3/4" water pressure reducing valve             6        94.00
2   FTG-CU-E90-100    1" wrot copper 90 deg elbow, C x C           100         3.05
3   PIP-CU-L-100-20   1" type L copper tube, 20 ft length           12        74.20

Priya Raman
Order Desk | Tri-County Pipe & Controls
""")

CONFIRM_SO104262 = unwrap("""
Thank you for your order.

ORDER CONFIRMATION      SO-104262
Customer:    Keystone Mechanical Contractors
Your PO:     PO-77871
Order date:  11/24/2026
Ship via:    R+L Carriers from DC-EAST

Ln  Item              Description                                 Qty   Unit price
1   VLV-2210-BR       2" bronze gate valve, threaded                24        58.90
2   PIP-PEX-075-300   3/4" PEX-A tubing, 300 ft coil                 6       164.00

Priya Raman
Order Desk | Tri-County Pipe & Controls
""")

DELIVERED_SO104238 = unwrap("""
DELIVERY NOTICE

Order SO-104238 / your PO-60418 was delivered today by our own truck.
Shipment SH-55140 from DC-EAST, signed for by R. PATEL.

Item              Description                              Qty
TST-7500-PRO      7-day programmable Wi-Fi thermostat       12
TST-2100-NP       Non-programmable digital thermostat       20
HVC-FLT-1625-M11  16x25x1 MERV 11 filter, case of 12        10

Tri-County Pipe & Controls - Shipping
""")

RMA_1187 = (
    unwrap("""
Hi Tom,

We have opened your claim on SO-104233 (PO-77812):

  RMA-26-1187  2 x VLV-2210-BR     2" bronze gate valve   damaged    credit 117.80
  Shortage    12 x FTG-CU-E90-100  1" wrot copper 90      short      credit 35.40

The valve credit is provisional; the shortage credit posts after our recount.
Please keep the two valves tagged. Our driver will collect them on his next run
to your area - reply with a good day and time.
""")
    + SIG_ANNELIESE
)

RMA_1192 = (
    unwrap("""
Hi Mike,

Your claim on SO-104236 (PO-24519) is set up:

  RMA-26-1192  1 x PIP-PEX-075-300  3/4" PEX-A coil, 300 ft        crushed   credit 171.00
  Shortage     3 x FTG-PEX-CPL-050  1/2" PEX crimp coupling, bag   short     credit 29.40

UPS will collect the crushed coil; the call tag is on its way to you.
""")
    + SIG_ANNELIESE
)

RMA_1203 = (
    unwrap("""
Hi Luis,

Your claim on SO-104239 (PO-70231) is approved:

  RMA-26-1203  20 x HVC-REG-1006-W  10x6 steel floor register, white  damaged  credit 112.00

Replacement registers go out on Tuesday's truck; the driver takes the bent ones back.
""")
    + SIG_ANNELIESE
)


# ------------------------------------------------------------------ the 40 requests


def r01():
    body = (
        unwrap("""
Walt,

This truck made it to Walnut St on Thursday. Two problems with it.

The 1" copper 90s - your notice below says 150, we counted them twice on the tailgate and got 138. So 12 never showed up.

The bronze gates - 2 of them have the body cracked right at the bonnet. There was a fork hole through the side of that crate. The other 38 look fine.

Please credit the 12 ells and the 2 cracked gates. I'll keep the valves tagged in the gang box till somebody tells me where they go.
""")
        + SIG_TOM
        + outlook_quoted(
            SHIPPING,
            "Monday, November 2, 2026 4:18 PM",
            "Tom Morales <tmorales@keystonemech.com>",
            "Shipping notice SO-104233 / PO-77812 (1 of 2)",
            NOTICE_SH55120,
        )
    )
    top = outlook_top(
        TOM,
        SHIPPING,
        "RE: Shipping notice SO-104233 / PO-77812 (1 of 2)",
        stamp("2026-11-09 07:52:31"),
        "<BN0PR12MB5713C2E84A9D16F07B3E@BN0PR12MB5713.namprd12.prod.outlook.com>",
        cc=CLAIMS,
        reply="<sn.55120.20261102211804@tricountypc.example>",
    )
    return message(top, text(body))


def r02():
    body = unwrap("""
Good morning,

Friday I pick up in your counter the order PO-40988 for the job in Calle Ocho. When we open the box of the black unions of 1-1/2" in the shop, 3 of them are crack in the nut, I think the box fall down because it is broken in one corner. We can not use this 3.

Other thing: the ball valves of 1 inch, the paper say 10 but in the bag are 12. Is 2 more that we don't pay. You want that I bring back the 2 or what we do?

For the 3 unions with crack please send other 3 or make the credit.

Gracias,
Héctor Delgado
Delgado & Sons Plumbing

Get Outlook for Android
""")
    top = android_top(
        HECTOR,
        CLAIMS,
        "PO-40988 unions broken and valves",
        stamp("2026-11-09 08:31:05", -6),
        "<DM8PR15MB6021A7F3B05C94E2D18B@DM8PR15MB6021.namprd15.prod.outlook.com>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r03():
    body = unwrap("""
hey anneliese po 24519 came fri on ups
1/2 crimp couplings we ordered 10 bags only 7 in the box
and one of the 3/4 pex coils is crushed flat on one side like something sat on it cant use it
need credit or new coil and the 3 bags
thx mike

Sent from my iPhone
""")
    top = iphone_top(
        MIKE,
        CLAIMS,
        "24519",
        stamp("2026-11-10 06:58:40"),
        "<7E1B40C9-3A5D-4F26-B8E0-92D4C6A1F357@riverbendph.com>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r04():
    html = unwrap("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Hi Anneliese,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Before I release INV-88133 (your SO-104235, our PO-77830) I checked it against the PO and our receiving:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Item</b></td><td><b>Ordered</b></td><td><b>Received</b></td><td><b>PO price</b></td><td><b>Invoiced</b></td></tr>
<tr><td>3&quot; flanged swing check valve</td><td>6</td><td>6</td><td>189.00</td><td>189.00</td></tr>
<tr><td>1-1/2&quot; black MI union</td><td>40</td><td>36</td><td>10.80</td><td>10.80</td></tr>
<tr><td>Condensate pump w/ safety switch</td><td>8</td><td>8</td><td>61.50</td><td>64.90</td></tr>
<tr><td>1/25 HP circulator</td><td>4</td><td>4</td><td>139.00</td><td>139.00</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<ol style="margin-top:0in" start="1" type="1">
<li class="MsoNormal">Condensate pumps: billed at 64.90, our PO says 61.50. Wrong price on all 8 - please credit the difference.</li>
<li class="MsoNormal">Black unions: we are 4 short. Only 36 of the 40 came in Friday&#8217;s ODFL delivery.</li>
</ol>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I am paying the rest of the invoice as billed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Dana Ruiz</p>
<p class="MsoNormal">Accounts Payable | Keystone Mechanical Contractors</p>
<p class="MsoNormal">610-555-0100 x214</p>
</div>
</body>
</html>
""")
    top = outlook_top(
        DANA,
        CLAIMS,
        "INV-88133 / PO-77830 - price and shortage",
        stamp("2026-11-10 10:14:22"),
        "<SA9PR19MB4410E0B73D2C58A16F94@SA9PR19MB4410.namprd19.prod.outlook.com>",
    )
    return message(top, text(html, "html", cte="quoted-printable"))


def r05():
    body = (
        unwrap("""
Hi Walt,

I am receiving in Keystone warehouse. This shipment arrive Friday by Estes.

Pressure reducing valve 3/4": your paper say 12, we count 2 times, we have 14 piece. So is 2 piece more than the order. PEX coil: 6, it is OK.

Please tell me you pick up the 2 extra valve or what we should do. I keep them on the side with tag.

Thank you
""")
        + SIG_HUNG
        + outlook_quoted(
            SHIPPING,
            "Tuesday, November 3, 2026 5:02 PM",
            "Tom Morales <tmorales@keystonemech.com>",
            "Shipping notice SO-104233 / PO-77812 (2 of 2)",
            NOTICE_SH55121,
            cc="Hung Tran <htran@keystonemech.com>",
        )
    )
    top = outlook_top(
        HUNG,
        SHIPPING,
        "RE: Shipping notice SO-104233 / PO-77812 (2 of 2)",
        stamp("2026-11-10 14:20:09"),
        "<BN0PR12MB5713F61A2C0E87D94B25@BN0PR12MB5713.namprd12.prod.outlook.com>",
        cc=CLAIMS,
        reply="<sn.55121.20261103220240@tricountypc.example>",
    )
    return message(top, text(body))


def r06():
    body = unwrap("""
Hello,

Karen asked me to send this in. The UPS delivery on Friday for PO 24519 came with one box too many: a 40 gallon electric water heater (4500 W, 240 V). It is not on our PO, not on the packing slip, and we don't have any heaters on order with you. This is separate from what Mike sent you yesterday about that delivery.

The heater is sitting on a pallet by our dock door. Please arrange a pickup, or send me a call tag number and I'll put it on the UPS truck.

Dale Whitcomb
Warehouse & Purchasing
Riverbend Plumbing & Heating
(540) 555-0162
""")
    top = outlook_top(
        DALE,
        CLAIMS,
        "Extra water heater on PO 24519 delivery",
        stamp("2026-11-11 08:12:44"),
        "<CH3PR08MB7730B18E5D2A946C0F71@CH3PR08MB7730.namprd08.prod.outlook.com>",
    )
    return message(top, text(body))


def r07():
    body = (
        unwrap("""
Dear Sir/Madam,

We have received the order SO-104238 on 5th November by your truck.

For the non-programmable thermostat, the order quantity is 20 pcs, but in the carton we count 24 pcs. It is 4 pcs more than we ordered. Please arrange to take back the 4 pcs, we do not want to be invoiced for them.

Also may I ask, when will our next order PO-60502 be delivered? We need the filters before 20th November.
""")
        + SIG_CHEN
        + "\n"
        + SUMMIT_NOTICE
    )
    top = outlook_top(
        CHEN,
        CLAIMS,
        "SO-104238 thermostat quantity is more",
        stamp("2026-11-11 09:05:17"),
        "<PH7PR11MB8122D03C6E4B1F9A2875@PH7PR11MB8122.namprd11.prod.outlook.com>",
    )
    return message(top, text(body))


def r08():
    body = unwrap("""
anneliese we switched the elm st job over to propress so the 1/2 pex crimp couplings from po 77731 arent needed anymore 8 bags never opened can i send them back for credit

tom

Sent from my iPhone
""")
    top = iphone_top(
        TOM,
        CLAIMS,
        "crimp couplings po 77731",
        stamp("2026-11-11 12:40:55"),
        "<C2A97F14-6E0B-4D3A-A5C8-1F7E2B90D64C@keystonemech.com>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r09():
    body = unwrap("""
Hi Anneliese,

Hector picked up PO-40988 at your counter on Friday. When the guys unloaded the 2" black pipe at the shop yesterday we found one of the cut pieces - the 20 foot one - bent about a third of the way in. It was in the middle of the bundle so nobody saw it at the counter. Your yard loaded the bundle with the forklift and I think the forks caught it.

We can't thread it or run it like that. Please cut us a new 20 ft piece and credit the bent one.

Thanks,
Rosa Delgado
Office Manager
Delgado & Sons Plumbing
(956) 555-0140
""")
    top = outlook_top(
        ROSA,
        CLAIMS,
        "PO-40988 - bent black pipe",
        stamp("2026-11-11 14:10:38", -6),
        "<MW4PR17MB5290A4C81F3E07B6D952@MW4PR17MB5290.namprd17.prod.outlook.com>",
    )
    return message(top, text(body))


def r10():
    body = (
        unwrap("""
Priya,

This came Monday on your truck. Two of the boxes of floor registers (10 to a box) got crushed under the filter cases - all 20 registers in those two boxes are bent and the dampers won't open. Please credit or replace those 20. The rest of the delivery is fine.

Separate thing, a new order: we need 30 more of the same white 10x6 registers and 6 more of the thermostats for Building C. Grace will send the PO (PO-70310) today.

Thanks,
""")
        + SIG_LUIS
        + "\n"
        + HARBOR_NOTICE
        + outlook_quoted(
            ORDERS,
            "Wednesday, November 4, 2026 11:26 AM",
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Order confirmation SO-104239 - your PO-70231",
            CONFIRM_SO104239,
        )
    )
    top = outlook_top(
        LUIS,
        ORDERS,
        "RE: Order confirmation SO-104239 - your PO-70231",
        stamp("2026-11-12 08:15:26"),
        "<DS0PR07MB9418C5E20A7B3F61D4A8@DS0PR07MB9418.namprd07.prod.outlook.com>",
        cc=CLAIMS,
        reply="<oc.104239.20261104162610@tricountypc.example>",
    )
    return message(top, text(body))


def r11():
    body = unwrap("""
Hello,

Our crew started opening the lay-in ceiling tile for the Glenwood clinic
(PO-60377) today. Three cartons had been speared by a forklift somewhere on
the way - the tiles inside are cracked through and broken at the corners.
Nothing in them we can hang.

Please credit the 3 cartons. We'll throw them in our dumpster unless you
want them back, let me know.

Bo Lindqvist
Project Superintendent, Summit HVAC Services
""")
    top = thunderbird_top(
        BO,
        CLAIMS,
        "Glenwood clinic tile - 3 cartons damaged",
        stamp("2026-11-12 13:30:02"),
        "<5f0c2a7e-91b3-4d68-a2e4-c7d10b38e6f9@summithvac.net>",
    )
    return message(top, text(body, flowed=True))


def r12():
    body = (
        unwrap("""
Hi Anneliese,

Tom is out on jobs all week so I'm answering for him. The two cracked gate valves are at our shop now, 400 Industrial Dr, Bay 3. Your driver can collect them Tuesday or Wednesday next week between 7:00 and 3:00 - ask for Hung at the warehouse door.

Please send the credit memos to ap@keystonemech.com once they post.

Thanks,
Dana
""")
        + SIG_DANA
        + outlook_quoted(
            ANNELIESE,
            "Tuesday, November 10, 2026 3:05 PM",
            "Tom Morales <tmorales@keystonemech.com>",
            "Your claim on SO-104233 / PO-77812 - RMA-26-1187",
            RMA_1187,
            cc="Dana Ruiz <ap@keystonemech.com>",
        )
    )
    top = outlook_top(
        DANA,
        CLAIMS,
        "RE: Your claim on SO-104233 / PO-77812 - RMA-26-1187",
        stamp("2026-11-12 16:02:47"),
        "<SA9PR19MB44107B2D6F09C3E18A56@SA9PR19MB4410.namprd19.prod.outlook.com>",
        reply="<rma.26-1187.20261110200511@tricountypc.example>",
    )
    return message(top, text(body))


def r13():
    body = unwrap("""
Hi Priya,

Two things on this one.

The 1" copper elbows came in 4 bags of 25. One of the bags is 45s, not 90s - the bag label says 90 but all 25 pieces inside are 45 degree. Please exchange those 25 for 90s.

And please add 2 more of the 3/4" pressure reducing valves (same as line 1, same price). Hector will pick them up at the counter on Monday.

Gracias,
Rosa
""") + outlook_quoted(
        ORDERS,
        "Tuesday, October 27, 2026 10:41 AM",
        "Rosa Delgado <rosa@delgadoplumbing.com>",
        "Order confirmation SO-104231 - your PO-40962",
        CONFIRM_SO104231,
    )
    top = outlook_top(
        ROSA,
        ORDERS,
        "RE: Order confirmation SO-104231 - your PO-40962",
        stamp("2026-11-13 09:20:14", -6),
        "<MW4PR17MB52906E1D40B8A2C57F39@MW4PR17MB5290.namprd17.prod.outlook.com>",
        cc=CLAIMS,
        reply="<oc.104231.20261027154102@tricountypc.example>",
    )
    return message(top, text(body))


def r14():
    body = (
        unwrap("""
Good morning,

Estes delivered PO-70288 to our Bayview building on Wednesday. Two items came damaged:

- One of the three 50 gallon gas water heaters: the jacket is dented on one side and the draft hood is bent. The carton was caved in (photo of the carton attached).
- One of the three 2 gallon expansion tanks: dented, and the threaded fitting is bent over.

The driver wrote the damage on his delivery receipt. The other two heaters and two tanks are fine.

Please send a replacement heater and tank, or credit them.
""")
        + SIG_ADE
        + "\n"
        + HARBOR_NOTICE
    )
    top = outlook_top(
        ADE,
        CLAIMS,
        "Damaged heater and tank - PO-70288 Bayview",
        stamp("2026-11-13 10:45:51"),
        "<BL1PR04MB6655A9E03C7D42F18B60@BL1PR04MB6655.namprd04.prod.outlook.com>",
        attach=True,
    )
    content = multi(
        "mixed",
        "_004_BL1PR04MB6655A9E03C7D42F18B60_",
        text(body),
        binary(heater_carton_photo(), "image/jpeg", "IMG_4471.JPG"),
    )
    return message(top, content)


def r15():
    body = unwrap("""
Walt

Did a recount in the stock room today. The basic non-programmable stats from this delivery: 24 on the shelf, not the 20 below. 4 over. Grab them on your next run or tell me where to send them.

Raj

Sent from my iPhone

On Nov 5, 2026, at 3:12 PM, Tri-County Shipping <shipping@tricountypc.example> wrote:

""") + quote(DELIVERED_SO104238)
    top = iphone_top(
        RAJ,
        SHIPPING,
        "Re: Delivery notice SO-104238 / PO-60418",
        stamp("2026-11-13 14:05:33"),
        "<B8F3D2A1-07C4-4E9B-9A61-5D2E8C0F4B73@summithvac.net>",
        reply="<dn.55140.20261105201211@tricountypc.example>",
        cc=CLAIMS,
    )
    return message(top, text(body, cte="quoted-printable"))


def r16():
    body = (
        unwrap("""
Hi Anneliese,

Thank you, that all looks right for 24519.

New one from the Ferris Rd job, PO-24530, delivered Thursday: the 1" copper 90s were ordered 250 and they come in bags of 100. We got two full bags and one bag of 25, so 225 pieces. That's 25 short of what the packing slip says. Could you credit the 25 or put them on the next truck?
""")
        + SIG_KAREN
        + outlook_quoted(
            ANNELIESE,
            "Wednesday, November 11, 2026 9:32 AM",
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "Your claim on SO-104236 / PO-24519 - RMA-26-1192",
            RMA_1192,
            cc="Karen Liu <office@riverbendph.com>",
        )
    )
    top = outlook_top(
        KAREN,
        CLAIMS,
        "RE: Your claim on SO-104236 / PO-24519 - RMA-26-1192",
        stamp("2026-11-16 08:40:19"),
        "<CH3PR08MB77302F9B61E0D4A3C85E@CH3PR08MB7730.namprd08.prod.outlook.com>",
        reply="<rma.26-1192.20261111143207@tricountypc.example>",
    )
    return message(top, text(body))


def r17():
    body = unwrap("""
Hi,

We are only now doing the rough-in at the Ortega house with the material from PO-40917 (it was delivered back at the beginning of October). In the box of 3/4" ball valves, six are yellow-handle gas ball valves with the gas stamp, not the brass sweat water valves we ordered. We can't put gas valves on the water lines.

Can you exchange the 6? I can send them back with your driver next time he comes.

Thanks,
Lupe Marquez
Delgado & Sons Plumbing
""")
    top = outlook_top(
        LUPE,
        CLAIMS,
        "PO-40917 wrong valves in the box",
        stamp("2026-11-16 11:25:07", -6),
        "<MW4PR17MB5290C3A8E15F6B20D7E4@MW4PR17MB5290.namprd17.prod.outlook.com>",
    )
    return message(top, text(body))


def r18():
    body = (
        unwrap("""
Morning,

Three things on PO-60455 (UPS, came Thursday):

1. MERV 11 filters - order and slip say 16x25x1, but when we opened them every one of the 20 cases has 16x20x1 filters inside (the case labels say 16x25). Wrong item. We need the right size, and you can have these back.

2. The Kingsley job got cancelled, so 2 of the 10 condensate pumps are not needed anymore. Still sealed. Can we send those 2 back?

3. Separate - please quote me 6 of the 7-day Wi-Fi stats for a new job, delivery first week of December.

Thanks
Raj Patel
Service Manager | Summit HVAC Services
412-555-0150

""")
        + SUMMIT_NOTICE
    )
    top = outlook_top(
        RAJ,
        CLAIMS,
        "PO-60455 filters wrong size + 2 pumps back + quote",
        stamp("2026-11-17 07:35:48"),
        "<PH7PR11MB81225E71A3C0B9D42F16@PH7PR11MB8122.namprd11.prod.outlook.com>",
    )
    return message(top, text(body))


def r19():
    body = unwrap("""
Hi,

Can you tell me when our new order PO-41022 will be delivered? It's 2 of the 40 gal electric water heaters and 4 of the 2 gal expansion tanks, same as on PO-40917. We need them on site at the Ortega house by Friday.

If it can't make Friday please call me and we'll pick up at the counter.

Thanks,
Lupe Marquez
Delgado & Sons Plumbing
(956) 555-0141
""")
    top = outlook_top(
        LUPE,
        CLAIMS,
        "when is PO-41022 coming?",
        stamp("2026-11-17 13:10:55", -6),
        "<MW4PR17MB5290F7D2B0A46E19C3A5@MW4PR17MB5290.namprd17.prod.outlook.com>",
    )
    return message(top, text(body))


ADE_S20_HTML = unwrap("""
<p class="MsoNormal">Hi,</p>
<p class="MsoNormal">Your truck delivered PO-70296 to the Marina building on Monday. What we found:</p>
<ul style="margin-top:0in" type="disc">
<li class="MsoNormal">10x6 white floor registers: 40 received, all good.</li>
<li class="MsoNormal">3/4&quot; brass ball valves: all twelve are threaded (FIP x FIP). We ordered the sweat ones to solder onto the copper. Wrong item - please swap all 12 for sweat.</li>
</ul>
<p class="MsoNormal">We can hand the threaded ones to your driver when he drops off the sweat valves.</p>
<p class="MsoNormal">Regards,<br>Ade Okonkwo<br>Property Manager, Bayview &amp; Marina<br>Harbor Point Property Management</p>
""")

HARBOR_NOTICE_HTML = (
    '<p class="MsoNormal" style="font-size:8.0pt;color:#7F7F7F">'
    + HARBOR_NOTICE.replace("\n", " ").strip()
    + "</p>\n"
)


def outlook_html(inner):
    return (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        "</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + inner
        + "</div>\n</body>\n</html>\n"
    )


def r20():
    html = outlook_html(ADE_S20_HTML + HARBOR_NOTICE_HTML)
    top = outlook_top(
        ADE,
        CLAIMS,
        "PO-70296 Marina delivery - wrong ball valves",
        stamp("2026-11-18 09:00:36"),
        "<BL1PR04MB6655D1F47E28A0B3C9E5@BL1PR04MB6655.namprd04.prod.outlook.com>",
    )
    return message(top, text(html, "html", cte="quoted-printable"))


def r21():
    body = unwrap("""
Hi Anneliese,

Our AP match put INV-88098 (PO-77790, Prospect St firehouse) on hold: the 1" type L copper is billed at 76.40 a stick, but our PO price is 71.80. That is on all 30 sticks, so 4.60 x 30. The exception report is attached. Please issue a credit for the difference and we'll release the invoice.

Second, the firehouse went to PEX for the branch lines, so the 1" copper 90s from that order are left over - all 200 of them, still in the boxes. We would like to return them.

And last, do you have a ship date yet for PO-77856?

Thank you,
Priscilla Okafor
Project Coordinator | Keystone Mechanical Contractors
610-555-0100 x231
""")
    top = outlook_top(
        PRISCILLA,
        CLAIMS,
        "INV-88098 price variance + leftover elbows (PO-77790)",
        stamp("2026-11-18 10:30:12"),
        "<SA9PR19MB4410A1C5E93F07D26B84@SA9PR19MB4410.namprd19.prod.outlook.com>",
        attach=True,
    )
    content = multi(
        "mixed",
        "_003_SA9PR19MB4410A1C5E93F07D26B84_",
        text(body),
        binary(variance_report_pdf(), "application/pdf", "AP_match_exception_PO-77790.pdf"),
    )
    return message(top, content)


def r22():
    inner = unwrap("""
<p class="MsoNormal">Hello,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Invoice INV-88152 (our PO-60418) bills the 7-day Wi-Fi thermostats at 132.00 each. Priya quoted us 124.00 in September (quote Q-5512). Please correct the price and credit us the difference.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Item</th><th>Qty</th><th>Invoiced</th><th>Quoted</th><th>Difference</th></tr>
<tr><td>7-day programmable Wi-Fi thermostat</td><td align="right">12</td><td align="right">132.00</td><td align="right">124.00</td><td align="right">96.00</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">Linda Chu<br>Accounts Payable<br>Summit HVAC Services</p>
<p class="MsoNormal" style="font-size:8.0pt;color:#7F7F7F">This message was sent from Summit HVAC Services. Please consider the environment before printing this e-mail.</p>
""")
    top = outlook_top(
        LINDA,
        CLAIMS,
        "INV-88152 - Wi-Fi thermostat price",
        stamp("2026-11-18 15:20:40"),
        "<PH7PR11MB8122A0E6C4D17B93F258@PH7PR11MB8122.namprd11.prod.outlook.com>",
    )
    return message(top, text(outlook_html(inner), "html", cte="quoted-printable"))


def r23():
    body = unwrap("""
Good morning,

I write you about our order PO-24460.

1) Ball valves 3/4" for soldering: 5 pieces are leaking through. When the handle is closed the water still goes. We tested them on the bench, they are defect. Please replace 5 pieces.

2) Copper pipe type L 1", 20 ft: from 10 pieces we used 6. The other 4 pieces are not needed anymore because the project was changed. They are clean and not cut. Can we return them?

Thank you and have a nice day,
Oksana Hrytsenko
Purchasing | Riverbend Plumbing & Heating
""")
    top = outlook_top(
        OKSANA,
        CLAIMS,
        "PO-24460 - ball valves leak and copper return",
        stamp("2026-11-19 08:05:29"),
        "<CH3PR08MB7730E4C2A9B15F06D3B7@CH3PR08MB7730.namprd08.prod.outlook.com>",
    )
    return message(top, text(body))


def r24():
    body = (
        unwrap("""
Anneliese,

See below from Summit's tech. Summit bought these thermostats for our Bayview lobby units on their own order, SO-104244 (their PO-60455), and turned them over to us with the job. Three of the basic non-programmable stats are dead out of the box. Summit says we own them now and should deal with you directly.

Please replace the 3 defective thermostats.
""")
        + SIG_LUIS
        + "\n"
        + HARBOR_NOTICE
        + outlook_quoted(
            "Kwame Asante <kasante@summithvac.net>",
            "Wednesday, November 18, 2026 4:47 PM",
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Bayview lobby stats - 3 DOA",
            unwrap("""
Luis,

Installed the lobby stats today. 3 of the basic non-programmable ones are DOA - no display, 24V present at the sub-base, and a known-good stat on the same wires works. Left the three on your desk in the boiler room. They came off our SO-104244.

Kwame
Summit HVAC Services
"""),
        )
    )
    top = outlook_top(
        LUIS,
        CLAIMS,
        "FW: Bayview lobby stats - 3 DOA",
        stamp("2026-11-19 11:40:03"),
        "<DS0PR07MB94182B6F0D3E81A5C7F2@DS0PR07MB9418.namprd07.prod.outlook.com>",
    )
    return message(top, text(body))


def r25():
    body = unwrap("""
need 4 more of the 3/4 pex coils 300ft and 10 bags of the 1/2 crimp couplings same as po 24519 for monday ferris rd job will pick up at counter 7am put it on new po 24577 karen will send it

mike

Sent from my iPhone
""")
    top = iphone_top(
        MIKE,
        CLAIMS,
        "order for monday",
        stamp("2026-11-19 15:55:21"),
        "<0D6E9B3F-4C71-42A8-8E15-A7F20C93B1D6@riverbendph.com>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r26():
    body = (
        unwrap("""
Anneliese,

Two things on PO-77760 (Linden Ave school, your truck dropped it 10/22):

2 of the 7-day Wi-Fi stats are dead - no display with 24V on R and C, and a third stat on the same wires works fine. Defective, need 2 replacements.

Also our receiving tally (attached) shows the MERV 11 filters: 12 cases ordered, 10 cases came. We only caught it doing the inventory this week. Please credit the 2 cases.
""")
        + SIG_TOM
    )
    top = outlook_top(
        TOM,
        CLAIMS,
        "PO-77760 Linden Ave - 2 dead wifi stats + filters short",
        stamp("2026-11-20 07:20:58"),
        "<BN0PR12MB5713D8E2F40A69B1C37E@BN0PR12MB5713.namprd12.prod.outlook.com>",
        attach=True,
    )
    content = multi(
        "mixed",
        "_002_BN0PR12MB5713D8E2F40A69B1C37E_",
        text(body),
        binary(
            receiving_tally_xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Receiving tally PO-77760.xlsx",
        ),
    )
    return message(top, content)


def r27():
    body = unwrap("""
Hi,

I'm an apprentice with Riverbend Plumbing, on Mike O'Brien's crew. Two of the 1 inch brass ball valves from order SO-104243 won't close all the way - with the handle shut water still runs through. They're brand new, we just put them in on the Ferris Rd job. Mike said to email you because his phone is broken.

Can we get 2 new ones?

Thanks,
Jayden Cruz
""")
    top = outlook_top(
        JAYDEN,
        CLAIMS,
        "ball valves SO-104243",
        stamp("2026-11-20 13:30:44"),
        "<SN7P220MB05672C9E4D1B83F0A6E2@SN7P220MB0567.NAMP220.PROD.OUTLOOK.COM>",
    )
    return message(top, text(body))


def r28():
    body = (
        unwrap("""
Hello,

Please find attached our remittance advice for today's ACH payment of 3,747.10:

  INV-88160 (PO-70231)   1,552.60
  INV-88171 (PO-70288)   2,194.50

Both invoices are paid in full. About the damaged heater and expansion tank Ade reported on PO-70288: we did not deduct anything, please send the credit memo separately once your review is done.

Kind regards,
Grace Kim
Accounts Payable
Harbor Point Property Management

""")
        + HARBOR_NOTICE
    )
    top = outlook_top(
        GRACE,
        CLAIMS,
        "Remittance advice - ACH 20261120-0417",
        stamp("2026-11-20 14:45:17"),
        "<BL1PR04MB66558C0A2E7F914D3B6A@BL1PR04MB6655.namprd04.prod.outlook.com>",
        attach=True,
    )
    content = multi(
        "mixed",
        "_005_BL1PR04MB66558C0A2E7F914D3B6A_",
        text(body),
        binary(remittance_pdf(), "application/pdf", "Remittance_20261120-0417.pdf"),
    )
    return message(top, content)


def r29():
    body = unwrap("""
Anneliese - one of the 7-day wifi stats from PO-60418 quit after 2 weeks on the wall at the Dunmore office. Blank screen, has 24V, reset does nothing. Defective. Please send 1 replacement, I'll drop the dead one at your counter.

Raj

Sent from my iPhone
""")
    top = iphone_top(
        RAJ,
        CLAIMS,
        "wifi stat PO-60418",
        stamp("2026-11-23 09:15:06"),
        "<E47A1C08-93B2-4F5D-B06E-2C8D9F13A7E4@summithvac.net>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r30():
    body = (
        unwrap("""
Hello Anneliese,

In our warehouse we have 10 piece ball valve 1 inch from PO-77731 (order of October) that we not use. The project is finish. Can we return the 10 piece for credit? They are new in the box, never open.

Thank you
""")
        + SIG_HUNG
    )
    top = outlook_top(
        HUNG,
        CLAIMS,
        "Return ball valve 1 inch PO-77731",
        stamp("2026-11-23 10:50:33"),
        "<BN0PR12MB57130A3F8C1D52E7B96F@BN0PR12MB5713.namprd12.prod.outlook.com>",
    )
    return message(top, text(body))


def r31():
    body = (
        unwrap("""
Dear Sir/Madam,

For the 7-day Wi-Fi thermostat from our order SO-104238, our technician can not find how to connect it to the customer's wifi network. It is not a problem of the unit - the thermostat is working and heating/cooling is OK - we only need the installation manual or the pairing procedure.

Can you send us the PDF manual please?
""")
        + SIG_CHEN
        + "\n"
        + SUMMIT_NOTICE
    )
    top = outlook_top(
        CHEN,
        CLAIMS,
        "Wi-Fi thermostat installation manual",
        stamp("2026-11-23 14:00:12"),
        "<PH7PR11MB8122F3B9D0E5A27C1648@PH7PR11MB8122.namprd11.prod.outlook.com>",
    )
    return message(top, text(body))


def r32():
    body = (
        unwrap("""
Anneliese,

Thanks - the replacement registers came and the driver took the bent ones.

Now a new problem from the same delivery: 2 of the non-programmable thermostats have failed, in apartments 2C and 5A. The display flickers for a few seconds and then goes dead; 24V is there at the base. Please replace the 2 defective stats.
""")
        + SIG_LUIS
        + "\n"
        + HARBOR_NOTICE
        + outlook_quoted(
            ANNELIESE,
            "Friday, November 13, 2026 11:20 AM",
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Your claim on SO-104239 / PO-70231 - RMA-26-1203",
            RMA_1203,
        )
    )
    top = outlook_top(
        LUIS,
        CLAIMS,
        "RE: Your claim on SO-104239 / PO-70231 - RMA-26-1203",
        stamp("2026-11-24 08:25:40"),
        "<DS0PR07MB9418E6A31C8F0B47D2C9@DS0PR07MB9418.namprd07.prod.outlook.com>",
        reply="<rma.26-1203.20261113162004@tricountypc.example>",
    )
    return message(top, text(body))


def r33():
    body = (
        unwrap("""
Hi Anneliese,

The engineer on the Millbrook school job changed the spec from an RPZ to a double check assembly, so we won't be using the 3" RPZ backflow preventer from PO-24415. It is still in the crate and was never installed. Please take it back for credit.

Also, could you send me a statement of our account as of November 30? Our year-end is coming up.
""")
        + SIG_KAREN
    )
    top = outlook_top(
        KAREN,
        CLAIMS,
        "PO-24415 - return the RPZ + statement",
        stamp("2026-11-24 13:05:55"),
        "<CH3PR08MB77309D1E5B3A60F2C48A@CH3PR08MB7730.namprd08.prod.outlook.com>",
    )
    return message(top, text(body))


def r34():
    body = unwrap("""
Hi Anneliese,

At the Whitaker house we plumbed last October (PO-40611), the homeowner tried to shut off three of the 3/4" ball valves and the handles just spin - the stems sheared off inside the valves. Nobody forced them. That's a defect, these valves should not fail like that.

Can we get three warranty replacements?

Thanks,
Rosa Delgado
Office Manager
Delgado & Sons Plumbing
""")
    top = outlook_top(
        ROSA,
        CLAIMS,
        "Warranty - ball valves from PO-40611",
        stamp("2026-11-25 10:10:21", -6),
        "<MW4PR17MB52904B0F2D7E9C61A3D8@MW4PR17MB5290.namprd17.prod.outlook.com>",
    )
    return message(top, text(body))


def r35():
    body = (
        unwrap("""
Hi Priya,

I confirm the quantity is correct: 24 piece gate valve 2" and 6 coil PEX.

Please deliver to the Walnut St job site, gate 2, not to our office. The site receive from 7am to 2pm only.

Thank you
""")
        + SIG_HUNG
        + outlook_quoted(
            ORDERS,
            "Tuesday, November 24, 2026 4:02 PM",
            "Hung Tran <htran@keystonemech.com>",
            "Order confirmation SO-104262 - your PO-77871",
            CONFIRM_SO104262,
        )
    )
    top = outlook_top(
        HUNG,
        ORDERS,
        "RE: Order confirmation SO-104262 - your PO-77871",
        stamp("2026-11-25 12:30:44"),
        "<BN0PR12MB5713B2E7C5A09F14D86B@BN0PR12MB5713.namprd12.prod.outlook.com>",
        cc=CLAIMS,
        reply="<oc.104262.20261124210215@tricountypc.example>",
    )
    return message(top, text(body))


def r36():
    body = unwrap("""
po 77871 walnut st the 2in bronze gates VLV-2210-BR ordered 24 only 19 came on fridays truck slip says 24 pls send the other 5 or credit

tom

Sent from my iPhone
""")
    top = iphone_top(
        TOM,
        CLAIMS,
        "po 77871",
        stamp("2026-11-30 07:45:19"),
        "<9A3E6D21-F0B8-47C5-8D2A-64B1E7C09F35@keystonemech.com>",
    )
    return message(top, text(body, cte="quoted-printable"))


def r37():
    inner = (
        unwrap("""
<p class="MsoNormal">Hi Anneliese,</p>
<p class="MsoNormal">The 12 sweat ball valves arrived Friday and your driver took the threaded ones back. The replacement heater for Bayview is installed and running too. Thank you - all good on PO-70296 and PO-70288 from our side.</p>
<p class="MsoNormal">Ade</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Ade Okonkwo &lt;aokonkwo@harborpointpm.com&gt;<br>
<b>Sent:</b> Wednesday, November 18, 2026 9:00 AM<br>
<b>To:</b> Tri-County Claims &lt;claims@tricountypc.example&gt;<br>
<b>Subject:</b> PO-70296 Marina delivery - wrong ball valves</p>
</div>
""")
        + ADE_S20_HTML
        + HARBOR_NOTICE_HTML
    )
    top = outlook_top(
        ADE,
        CLAIMS,
        "RE: PO-70296 Marina delivery - wrong ball valves",
        stamp("2026-11-30 11:00:27"),
        "<BL1PR04MB6655F0C93A1E7D28B5A4@BL1PR04MB6655.namprd04.prod.outlook.com>",
        reply="<BL1PR04MB6655D1F47E28A0B3C9E5@BL1PR04MB6655.namprd04.prod.outlook.com>",
    )
    return message(top, text(outlook_html(inner), "html", cte="quoted-printable"))


def r38():
    form = {
        "order_number": "SO-104216",
        "lines": [{"sku": "WH-40G-EL", "quantity": 1, "reason": "NOT_NEEDED"}],
        "note": "Homeowner switched to a gas heater. The electric unit was never "
        "installed and is still in its carton. Please take it back.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def r39():
    body = unwrap("""
RECEIVING EXCEPTION REPORT
--------------------------
Received by:   night receiving crew
Carrier:       box truck, no name on it
Paperwork:     none left with the delivery - no packing slip, no PO or
               order number on the carton

Item:          WH-40G-EL  40 gal electric water heater, 4500 W, 240 V
Qty:           1
Condition:     carton crushed at the top corner, tank jacket dented,
               drain valve broken off. Damaged on arrival.

Action wanted: replacement or credit - please advise
""")
    return body.encode("ascii")


def r40():
    body = unwrap("""
WARRANTY CLAIM - SERVICE DEPARTMENT

Order no.:     SO-104201
Item:          2 gal thermal expansion tank, potable (WH-EXP-2G)
Quantity:      2
Location:      boiler room, building 2, domestic hot water
Failure:       both tanks have lost their air charge - water comes out of
               the Schrader valve when pressed, the relief valve on the
               heater weeps. The tanks are defective.
Requested:     warranty replacement of the 2 tanks
""")
    return body.replace("\n", "\r\n").encode("ascii")


BUILD = {
    "01-keystone-tom-reply-on-ship-notice-gates-ells.eml": r01,
    "02-delgado-hector-unions-cracked-two-extra-valves.eml": r02,
    "03-riverbend-mike-phone-crimp-bags-coil-flat.eml": r03,
    "04-keystone-dana-html-table-pumps-price-unions-short.eml": r04,
    "05-keystone-hung-reply-on-ship-notice-prv-extra.eml": r05,
    "06-riverbend-dale-heater-came-not-ours.eml": r06,
    "07-summit-chen-basic-stats-24-in-box.eml": r07,
    "08-keystone-tom-phone-crimp-bags-went-propress.eml": r08,
    "09-delgado-rosa-cut-black-pipe-bent.eml": r09,
    "10-harbor-luis-reply-on-confirmation-registers-reorder.eml": r10,
    "11-summit-bo-tile-cartons-forklift.eml": r11,
    "12-keystone-dana-reply-on-rma-pickup-day.eml": r12,
    "13-delgado-rosa-reply-on-confirmation-45s-not-90s.eml": r13,
    "14-harbor-ade-heater-and-tank-dented-photo.eml": r14,
    "15-summit-raj-reply-on-delivery-notice-stats-over.eml": r15,
    "16-riverbend-karen-reply-on-rma-elbow-bags-short.eml": r16,
    "17-delgado-lupe-gas-valves-in-water-box-late.eml": r17,
    "18-summit-raj-filters-wrong-size-pumps-spare.eml": r18,
    "19-delgado-lupe-where-is-the-new-order.eml": r19,
    "20-harbor-ade-html-list-threaded-ball-valves.eml": r20,
    "21-keystone-priscilla-copper-price-ells-left-pdf.eml": r21,
    "22-summit-linda-html-wifi-stat-price.eml": r22,
    "23-riverbend-oksana-ball-valves-leak-copper-back.eml": r23,
    "24-harbor-luis-stats-on-summit-order.eml": r24,
    "25-riverbend-mike-phone-new-order-coils.eml": r25,
    "26-keystone-tom-wifi-stats-dead-filters-short-xlsx.eml": r26,
    "27-hotmail-apprentice-ball-valves-wont-close.eml": r27,
    "28-harbor-grace-remittance-advice-pdf.eml": r28,
    "29-summit-raj-one-wifi-stat-dead.eml": r29,
    "30-keystone-hung-ball-valves-back-too-late.eml": r30,
    "31-summit-chen-wifi-stat-how-to-pair.eml": r31,
    "32-harbor-luis-reply-on-rma-stats-dead.eml": r32,
    "33-riverbend-karen-rpz-not-needed-statement.eml": r33,
    "34-delgado-rosa-last-years-valve-stems-sheared.eml": r34,
    "35-keystone-hung-reply-on-confirmation-new-po.eml": r35,
    "36-keystone-tom-phone-gates-short-unknown-po.eml": r36,
    "37-harbor-ade-html-thanks-valves-swapped.eml": r37,
    "38-portal-electric-heater-not-needed.json": r38,
    "39-upload-receiving-exception-no-order.txt": r39,
    "40-upload-service-ticket-expansion-tanks.txt": r40,
}


def build(target):
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    print(f"{build(where)} request files written to {where}")
