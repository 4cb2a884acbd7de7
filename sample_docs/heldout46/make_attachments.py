"""Write every request file of heldout46 (tradespeople's own words in the shared mailbox).

Usage:  python make_attachments.py [TARGET_DIR]     (default: ./requests beside this file)

Nothing here depends on the clock, the machine or chance: every mail is put together
byte by byte (header order of the client that sent it, CRLF line ends, fixed Date,
Message-ID and MIME boundary); the two pictures are drawn with Pillow's bundled font and
noise from seeded generators; the PDF has a pinned creation date and document /ID; the
workbook is re-zipped with fixed member times and fixed document dates; the CSV, the
portal form and the two text uploads are plain bytes.
"""

import base64
import csv
import hashlib
import io
import json
import quopri
import random
import re
import sys
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"

# ------------------------------------------------------------------ the distributor
# Northgate Plumbing & HVAC Supply runs the shared returns mailbox of this set.

RETURNS = "Northgate Returns <returns@northgatesupply.example>"
CHERYL = "Cheryl Ostrowski <returns@northgatesupply.example>"
DISPATCH = "Northgate Dispatch <dispatch@northgatesupply.example>"
BILLING = "Northgate Billing <billing@northgatesupply.example>"
BENNY = "Benny Alvarado <orders@northgatesupply.example>"

# ------------------------------------------------------------------ the people who write
# (display name, address); ERP contacts, people on a customer's own domain, one stranger

TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
GUS = ("Gus Pellegrino", "gpellegrino@keystonemech.com")
DEREK = ("Derek Yoon", "dyoon@keystonemech.com")
MARISOL = ("Marisol Vance", "mvance@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
SEAN = ("Sean Fitzgerald", "sfitzgerald@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
MARCUS = ("Marcus Boateng", "mboateng@summithvac.net")
PIOTR = ("Piotr Kowalczyk", "pkowalczyk@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
DEB = ("Deb Fontaine", "dfontaine@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
TEO = ("Teodoro Salas", "teo@delgadosons.com")
KYLE = ("Kyle Brandt", "kbrandt.plumbing@yahoo.com")


# ------------------------------------------------------------------ building mails


def addr(person):
    name, mail = person
    if any(ch in name for ch in "'.,"):
        name = f'"{name}"'
    return f"{name} <{mail}>"


def when(local, utc_offset=-5):
    """RFC 5322 date of a local wall-clock time 'YYYY-MM-DD HH:MM:SS'."""
    zone = timezone(timedelta(hours=utc_offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def seed_hex(*parts, n=16):
    """Stable hex digits from the given words (ids, boundaries)."""
    text = "|".join(parts).encode()
    return hashlib.sha256(text).hexdigest()[:n].upper()


def fold(name, value):
    """One header, folded at spaces before column 78."""
    words = value.split(" ")
    lines, cur = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(cur) + 1 + len(word) > 77:
            lines.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    lines.append(cur)
    return "\r\n".join(lines)


def to_crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


class Part:
    def __init__(self, headers, payload):
        self.headers = headers
        self.payload = payload


def body_text(text, subtype="plain", encoding=None):
    """A text part; quoted-printable when the text is not plain short ASCII lines."""
    raw = text.encode("utf-8")
    charset = "us-ascii" if text.isascii() else "utf-8"
    if encoding is None:
        longest = max(len(row) for row in text.split("\n"))
        encoding = "7bit" if text.isascii() and longest <= 76 else "quoted-printable"
    payload = quopri.encodestring(raw) if encoding == "quoted-printable" else raw
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", encoding),
    ]
    return Part(headers, to_crlf(payload))


def body_file(data, mime, filename):
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Description", filename),
        ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return Part(headers, to_crlf(base64.encodebytes(data)))


def body_multi(kind, boundary, *parts):
    out = b""
    for part in parts:
        out += b"--" + boundary.encode() + CRLF
        out += CRLF.join(fold(k, v).encode() for k, v in part.headers) + CRLF + CRLF
        out += part.payload
        if not out.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def mail(top, content):
    """Top header rows (in the sending client's order), then the content's own rows."""
    rows = [fold(k, v) for k, v in top] + [fold(k, v) for k, v in content.headers]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + content.payload


def outlook(sender, to, subject, date, mid, cc=None, refs=None, attach=False):
    """Outlook / Exchange Online header order."""
    topic = re.sub(r"^(RE|FW|Re|Fwd): ", "", subject)
    index = base64.b64encode(bytes.fromhex(seed_hex(mid, n=32))).decode()
    rows = [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("CC", cc))
    rows += [
        ("Subject", subject),
        ("Thread-Topic", topic),
        ("Thread-Index", "AdlX" + index),
    ]
    rows += [("Date", date), ("Message-ID", mid)]
    if refs:
        rows += [("References", refs), ("In-Reply-To", refs.split()[-1])]
    rows += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return rows


def iphone(sender, to, subject, date, mid, refs=None):
    rows = [("From", addr(sender)), ("Mime-Version", "1.0 (1.0)")]
    rows += [("Subject", subject), ("Date", date), ("Message-Id", mid)]
    if refs:
        rows += [("References", refs), ("In-Reply-To", refs.split()[-1])]
    rows += [("To", to), ("X-Mailer", "iPhone Mail (22B83)")]
    return rows


def workspace(sender, to, subject, date, mid, refs=None, cc=None):
    """Google Workspace (Gmail web) header order."""
    rows = [("MIME-Version", "1.0"), ("Date", date)]
    if refs:
        rows += [("References", refs), ("In-Reply-To", refs.split()[-1])]
    rows += [
        ("Message-ID", mid),
        ("Subject", subject),
        ("From", addr(sender)),
        ("To", to),
    ]
    if cc:
        rows.append(("Cc", cc))
    return rows


def yahoo(sender, to, subject, date, mid):
    return [
        ("Date", date),
        ("From", addr(sender)),
        ("To", to),
        ("Message-ID", mid),
        ("Subject", subject),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.22876 YMailNorrin"),
    ]


def android(sender, to, subject, date, mid):
    return [
        ("From", addr(sender)),
        ("Date", date),
        ("Subject", subject),
        ("To", to),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Outlook for Android"),
    ]


def outlook_id(key):
    box = (
        "MN2PR" + seed_hex("box", key, n=2) + "MB" + str(3000 + int(seed_hex(key, n=3), 16) % 6000)
    )
    return f"<{box}{seed_hex('mid', key, n=18)}@{box}.namprd{int(seed_hex(key, n=1), 16) % 20:02d}.prod.outlook.com>"


def apple_id(key, domain):
    h = seed_hex("apple", key, n=32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def dedent(block):
    """A triple-quoted block: lose the first newline, keep everything else."""
    return block.removeprefix("\n")


def outlook_history(sender, sent, to, subject, body, cc=None):
    """What Outlook puts under a reply: a rule, the old header block, the old body."""
    block = f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        block += f"Cc: {cc}\n"
    block += f"Subject: {subject}\n\n"
    return "\n\n________________________________\n" + block + body


def gt_quote(intro, body):
    """'>' quoting, as Gmail and Apple Mail write it."""
    rows = body.rstrip("\n").split("\n")
    return "\n" + intro + "\n" + "\n".join(">" + (" " + r if r else "") for r in rows) + "\n"


def html_doc(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:Aptos,sans-serif}</style>\n"
        '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n'
        + inner
        + "\n</div>\n</body>\n</html>\n"
    )


# ------------------------------------------------------------------ attachments


def face(size):
    """Pillow's bundled scalable font: the same glyphs wherever this Pillow runs."""
    return ImageFont.load_default(size)


def grain(img, rng, sigma, step=1):
    """Sensor noise, drawn from the seeded generator only."""
    px = img.load()
    w, h = img.size
    for y in range(0, h, step):
        for x in range(0, w, step):
            n = int(rng.gauss(0, sigma))
            if img.mode == "L":
                px[x, y] = max(0, min(255, px[x, y] + n))
            else:
                r, g, b = px[x, y]
                px[x, y] = (
                    max(0, min(255, r + n)),
                    max(0, min(255, g + n)),
                    max(0, min(255, b + n)),
                )


def register_carton_jpg():
    """h04: phone photo of the flattened register carton, its end label readable."""
    rng = random.Random(46004)
    w, h = 1100, 760
    img = Image.new("RGB", (w, h), (182, 150, 104))
    d = ImageDraw.Draw(img)
    for _ in range(1400):  # flutes and scuffs of the board
        x, y = rng.randrange(w), rng.randrange(h)
        t = rng.randrange(140, 185)
        d.line(
            (x, y, x + rng.randrange(6, 30), y + rng.choice((-1, 0, 1))),
            fill=(t + 25, t - 2, t - 40),
        )
    d.polygon([(0, 560), (420, 610), (380, 760), (0, 760)], fill=(112, 90, 62))  # crushed corner
    d.line((30, 585, 400, 640), fill=(64, 48, 34), width=6)
    d.line((600, 700, 1100, 640), fill=(90, 70, 50), width=4)
    label = Image.new("RGB", (700, 400), (250, 250, 246))
    ld = ImageDraw.Draw(label)
    ld.rectangle((0, 0, 699, 399), outline=(20, 20, 20), width=5)
    ink = (15, 15, 15)
    ld.text((28, 20), "10 x 6 FLOOR REGISTER", font=face(46), fill=ink)
    ld.text((28, 80), "STEEL - WHITE", font=face(40), fill=ink)
    ld.text((28, 140), "10 PCS / CARTON", font=face(34), fill=ink)
    ld.text((28, 200), "NORTHGATE ITEM HVC-REG-1006-W", font=face(30), fill=ink)
    ld.text((28, 258), "SO-104228   PO 60377", font=face(34), fill=ink)
    ld.text((28, 318), "SUMMIT HVAC - CEDAR GROVE LIB.", font=face(28), fill=ink)
    img.paste(label, (230, 90))
    d = ImageDraw.Draw(img)
    d.line((230, 470, 560, 520), fill=(95, 75, 55), width=9)  # the crease across the box
    img = img.rotate(1.6, resample=Image.BICUBIC, fillcolor=(40, 38, 36))
    grain(img, rng, 4.0, step=2)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80, optimize=False)
    return buf.getvalue()


def receiving_sheet_png():
    """h16: Summit's receiving sheet for PO-60455, run through the office scanner."""
    rng = random.Random(46016)
    w, h = 1240, 900
    img = Image.new("L", (w, h), 246)
    d = ImageDraw.Draw(img)
    d.text((60, 40), "SUMMIT HVAC SERVICES - RECEIVING SHEET", font=face(40), fill=10)
    d.text(
        (60, 110),
        "PO: 60455    VENDOR: NORTHGATE SUPPLY    RECEIVED: 11/12/2026",
        font=face(28),
        fill=10,
    )
    d.text((60, 155), "CARRIER: UPS    RECEIVED BY: P. KOWALCZYK", font=face(28), fill=10)
    cols = (60, 560, 740, 930)
    heads = ("ITEM", "ORDERED", "RECEIVED", "NOTE")
    y = 230
    d.line((50, y - 12, 1190, y - 12), fill=30, width=3)
    for x, cap in zip(cols, heads, strict=True):
        d.text((x, y), cap, font=face(30), fill=10)
    y += 50
    d.line((50, y - 8, 1190, y - 8), fill=30, width=2)
    rows = (
        ("CONDENSATE PUMP 115V", "10", "10", "OK"),
        ("THERMOSTAT NON-PROG", "12", "12", "3 GLASS BROKEN"),
        ("FILTER 16X25X1 MERV 11", "20 CS", "17 CS", "3 CS SHORT"),
    )
    for row in rows:
        for x, cell in zip(cols, row, strict=True):
            d.text((x, y), cell, font=face(32), fill=10)
        y += 56
        d.line((50, y - 12, 1190, y - 12), fill=40, width=2)
    d.text((60, y + 40), "CARRIER NOTIFIED: NO    PHOTOS: YES", font=face(28), fill=10)
    d.text((60, y + 90), "SIGNED: P.K.", font=face(28), fill=10)
    img = img.rotate(-0.7, resample=Image.BICUBIC, fillcolor=255)
    grain(img, rng, 5.0)
    specks = ImageDraw.Draw(img)
    for _ in range(90):  # toner specks
        x, y = rng.randrange(w), rng.randrange(600, h)  # dust below the writing
        specks.ellipse((x, y, x + rng.randrange(1, 4), y + rng.randrange(1, 4)), fill=40)
    img = img.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


class PinnedPDF(FPDF):
    """fpdf2 writes a random trailer /ID unless told otherwise."""

    trailer_id = "<00000000000000000000000000000000><00000000000000000000000000000000>"

    def file_id(self):
        return self.trailer_id


def receiving_report_pdf():
    """h21: Harbor Point's maintenance receiving report for PO-70296."""
    doc_id = seed_hex("h21-pdf", n=32)
    pdf = PinnedPDF(unit="mm", format="letter")
    pdf.trailer_id = f"<{doc_id}><{doc_id}>"
    pdf.set_creation_date(datetime(2026, 11, 19, 12, 55, 0, tzinfo=UTC))
    pdf.set_title("Receiving report RR-1128 PO-70296")
    pdf.set_author("HPPM Maintenance")
    pdf.set_creator("HPPM Work Orders 4.2")
    pdf.set_producer("HPPM Work Orders 4.2")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Harbor Point Property Management", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Maintenance Dept. - Receiving Report RR-1128",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    facts = (
        ("Property", "Bayview Towers, 200 Shore Rd"),
        ("Supplier", "Northgate Plumbing & HVAC Supply"),
        ("Our PO", "PO-70296"),
        ("Supplier order", "SO-104246"),
        ("Delivered", "11/16/2026, supplier truck"),
        ("Checked by", "L. Ortega / R. Pham"),
    )
    for key, val in facts:
        pdf.set_font("helvetica", "B", 10)
        pdf.cell(38, 6, key)
        pdf.set_font("helvetica", "", 10)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    widths = (78, 22, 24, 66)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("helvetica", "B", 10)
    for wdt, cap in zip(widths, ("Description", "PO qty", "Received", "Condition"), strict=True):
        pdf.cell(wdt, 7, cap, border=1, fill=True)
    pdf.ln(7)
    pdf.set_font("helvetica", "", 10)
    rows = (
        ("10x6 floor register, white", "40", "34", "6 missing"),
        ('3/4" ball valve, sweat', "12", "12", "2 with crushed ends"),
    )
    for row in rows:
        for wdt, cell in zip(widths, row, strict=True):
            pdf.cell(wdt, 7, cell, border=1)
        pdf.ln(7)
    pdf.ln(6)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Notes: registers counted twice, 34 on hand. Two ball valves set aside in the "
        "shop, tagged RR-1128. Supplier's driver had left before the count.",
    )
    return bytes(pdf.output())


def stock_list_xlsx():
    """h25: Riverbend's stock-room list, the unions highlighted for return."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Stock room"
    ws["A1"] = "Riverbend Plumbing & Heating - stock room, year-end cleanup"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Counted 11/19/2026 (S. Fitzgerald)"
    ws.append([])
    ws.append(["Bin", "Description", "Supplier", "From PO", "On hand", "Action"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    stock = [
        ("A-03", '3/4" copper tee, wrot', "Northgate", "PO-24460", 18, "keep"),
        (
            "B-11",
            '1-1/2" black malleable union',
            "Northgate",
            "PO-24388",
            30,
            "RETURN - never used",
        ),
        ("B-12", '1-1/2" black 90, 150#', "other", "PO-24402", 6, "keep"),
        (
            "C-07",
            '1/2" PEX crimp rings, bag of 100',
            "Northgate",
            "PO-24519",
            3,
            "keep",
        ),
    ]
    mark = PatternFill("solid", fgColor="FFF2CC")
    for row in stock:
        ws.append(list(row))
        if row[5].startswith("RETURN"):
            for cell in ws[ws.max_row]:
                cell.fill = mark
    for col, width in zip("ABCDEF", (8, 34, 12, 12, 10, 24), strict=True):
        ws.column_dimensions[col].width = width
    for cell in ws["E"]:
        cell.alignment = Alignment(horizontal="right")
    pinned = datetime(2026, 11, 19, 16, 40, 0)
    wb.properties.creator = "Sean Fitzgerald"
    wb.properties.lastModifiedBy = "Sean Fitzgerald"
    wb.properties.created = pinned
    wb.properties.modified = pinned
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue(), (2026, 11, 19, 16, 40, 0), "2026-11-19T21:40:00Z")


def rezip(data, stamp, iso):
    """The same ZIP with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + iso.encode() + rb"\g<2>",
                    content,
                )
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()


def match_export_csv():
    """h33: Keystone's AP three-way-match export for one invoice."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(
        [
            "vendor",
            "invoice",
            "inv_date",
            "po",
            "po_line",
            "description",
            "qty_inv",
            "po_unit",
            "inv_unit",
            "diff_unit",
            "diff_ext",
            "match",
        ]
    )
    out.writerow(
        [
            "NORTHGATE",
            "INV-88098",
            "2026-10-26",
            "PO-77790",
            "1",
            '1" TYPE L COPPER 20FT',
            "30",
            "71.80",
            "76.40",
            "4.60",
            "138.00",
            "PRICE HOLD",
        ]
    )
    out.writerow(
        [
            "NORTHGATE",
            "INV-88098",
            "2026-10-26",
            "PO-77790",
            "2",
            '1" WROT CU 90 ELL',
            "200",
            "2.95",
            "2.95",
            "0.00",
            "0.00",
            "OK",
        ]
    )
    out.writerow(
        [
            "NORTHGATE",
            "INV-88098",
            "2026-10-26",
            "PO-77790",
            "3",
            '1" BRASS BALL VALVE FP',
            "36",
            "15.20",
            "15.20",
            "0.00",
            "0.00",
            "OK",
        ]
    )
    return buf.getvalue().encode("ascii")


# ------------------------------------------------------------------ signatures and notices

SIG_TOM = """
--
Tom Morales | Project Manager
Keystone Mechanical Contractors
c 484-555-0117
"""

SIG_GUS = """
Gus Pellegrino
Warehouse / Receiving
Keystone Mechanical Contractors
610-555-0148 x22
"""

SIG_RAJ = """
--
Raj Patel
Service Manager | Summit HVAC Services
(717) 555-0190
"""

SIG_LUIS = """
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""

HARBOR_FOOTER = """
This message may contain confidential information of Harbor Point Property
Management. If you received it in error, please delete it and tell the sender.
"""

NORTHGATE_FOOTER = """
Northgate Plumbing & HVAC Supply | 1400 Industrial Pkwy | returns@northgatesupply.example
"""

NOTICE_SH55121 = (
    dedent("""
NORTHGATE PLUMBING & HVAC SUPPLY - SHIPPING NOTICE

Order:       SO-104233          Your PO: PO-77812
Shipment:    SH-55121 (2 of 2)  Ship from: DC-WEST
Carrier:     Estes Express      PRO: ES4410391264
Ship date:   11/03/2026         Est. delivery: 11/06/2026

Ln  Item              Description                            Qty
 3  VLV-0750-PRV      3/4" water pressure reducing valve      12
 4  PIP-PEX-075-300   3/4" PEX-A tubing, 300 ft coil           6

Please inspect on delivery and write any damage or shortage on the
carrier's delivery receipt before signing.
""")
    + NORTHGATE_FOOTER
)

CREDIT_NOTE_40217 = dedent("""
Hello Dana,

Credit memo CM-40217 has been posted to your account.

  Order SO-104233 / PO-77812
  VLV-0750-PRV  3/4" pressure reducing valve   2 x 91.40   shortage
  Credit total: 182.80 USD

The recount at DC-WEST confirmed the two valves were never loaded.
The credit stays on account unless you tell us where to apply it.

Faye Lindgren
Credit Department, Northgate Plumbing & HVAC Supply
""")

RA_REPLY_H16 = (
    dedent("""
Hi Raj,

Thanks, we have your receiving sheet. For PO-60455 / SO-104244:

- RA 26-1183: 3 x TST-2100-NP non-programmable thermostats, damaged.
  UPS will pick them up; credit after they come back. Carrier claim filed.
- 3 cases HVC-FLT-1625-M11 short: recount requested at DC-WEST, credit
  pending the recount (48 hours).

Cheryl Ostrowski
Returns Coordinator
""")
    + NORTHGATE_FOOTER
)

REPLACEMENT_NOTE = dedent("""
Hi Teodoro,

Replacement order SO-104259 for your SO-104231 is on our truck
Wednesday 11/25:

  VLV-0750-PRV  3/4" water pressure reducing valve  qty 2  no charge

Please have the two 1/2" valves that came by mistake ready for the
driver (RA 26-1162).

Benny Alvarado
Inside Sales, Northgate Plumbing & HVAC Supply
""")

CONFIRMATION_104268 = dedent("""
ORDER CONFIRMATION - NORTHGATE PLUMBING & HVAC SUPPLY

Order: SO-104268    Your PO: PO-60519    Ordered by: Raj Patel
Ship to: Elm Street Medical Offices, 41 Elm St
Requested: 12/04/2026, our truck

Ln  Item               Description                                 Qty   Price
 1  HVC-FLT-1625-M11   16x25x1 MERV 11 pleated filter, case of 12   15   39.50
 2  TST-2100-NP        non-programmable digital thermostat, 24 V     6   28.90
 3  HVC-CND-PUMP       condensate removal pump, 115 V                2   59.80

Thank you for your order.
""")

INVOICE_88133_HTML = dedent("""
<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear customer,</p>
<p>Please find the details of invoice <b>INV-88133</b> below. Payment terms: net 30.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>VLV-3100-CK</td><td>3&quot; cast iron swing check valve, flanged</td><td>6</td><td>189.00</td><td>1,134.00</td></tr>
<tr><td>FTG-BI-U-150</td><td>1-1/2&quot; black malleable iron union</td><td>40</td><td>10.80</td><td>432.00</td></tr>
<tr><td>HVC-CND-PUMP</td><td>condensate removal pump, 115 V</td><td>8</td><td>64.90</td><td>519.20</td></tr>
<tr><td>PMP-CIRC-015</td><td>1/25 HP cast iron circulator pump, 115 V</td><td>4</td><td>139.00</td><td>556.00</td></tr>
</table>
<p>Order SO-104235 &middot; Your PO PO-77830 &middot; Invoice date 11/04/2026 &middot; Total USD 2,641.20</p>
<p>Northgate Billing</p>
</div>
""")


# ------------------------------------------------------------------ the 40 requests


def h01():
    body = (
        dedent("""
Hi,

Our yard guys unloaded the ODFL skid for PO 77830 on Friday. The 3" flanged swing checks: the PO is for six and there are seven on the skid, each in its own crate. Nobody here ordered a seventh.

Can you send a return tag for the extra one, or have your driver grab it next time he's out at the Ridley Road yard? I don't want it sitting in our inventory.

Everything else on that skid (unions, condensate pumps, circulators) checked out against the packing list.

Thanks,
""")
        + SIG_GUS
    )
    top = outlook(
        GUS,
        RETURNS,
        "Extra check valve on PO 77830",
        when("2026-11-10 07:41:09"),
        outlook_id("h01"),
    )
    return mail(top, body_text(body))


def h02():
    body = (
        dedent("""
Hi,

Replying on this one since it's the load in question. Estes dropped it Friday at the Hanover St school job.

- One of the six 3/4 PEX-A rolls has a gouge right through the outer loops, looks like a forklift tine went in the side of the box. The first 40 ft or so is junk and I'm not gambling on the rest of it inside a wall. Count that roll as damaged please.
- PRVs: your notice says 12, the case had ten in it. We're 2 short.

Driver wrote "1 ctn damaged" on the Estes receipt, I have a copy if you need it.

Tom
""")
        + SIG_TOM
        + outlook_history(
            DISPATCH,
            "Tuesday, November 3, 2026 5:02 PM",
            addr(TOM),
            "Shipping notice SO-104233 / PO-77812 - shipment 2 of 2",
            NOTICE_SH55121,
        )
    )
    top = outlook(
        TOM,
        DISPATCH,
        "RE: Shipping notice SO-104233 / PO-77812 - shipment 2 of 2",
        when("2026-11-10 08:15:44"),
        outlook_id("h02"),
        cc=RETURNS,
        refs="<notice.SH-55121.20261103220214@northgatesupply.example>",
    )
    return mail(top, body_text(body))


def h03():
    body = dedent("""
hey its mike at riverbend. ups brought po 24519 friday. we got 3 rolls of the 3/4 pex a, po says 2 so theres one extra, come get it or tell me where to drop it
also the box of 1 inch ball valves was smashed in one corner and 3 of them have the handles snapped right off. the other 21 are ok
thx

Sent from my iPhone
""")
    top = iphone(
        MIKE,
        RETURNS,
        "po 24519",
        when("2026-11-10 11:52:17"),
        apple_id("h03", "riverbendph.com"),
    )
    return mail(top, body_text(body))


def h04():
    body = (
        dedent("""
Hello,

Two things on PO-60377 (your SO-104228), delivered by Old Dominion on Nov 2 to the Cedar Grove library job:

1) Floor registers - one carton of the 10x6 white steel registers was flattened under something heavy. Six registers in it are bent so the dampers won\u2019t open or close. Photo of the carton attached. Please credit the six; the rest are fine.

2) Ceiling tile - the architect changed the reading room to a wood slat ceiling, so we only need 32 of the 40 cartons of 2x2 acoustic tile. The 8 cartons we don\u2019t need are still sealed and shrink-wrapped on the pallet. Please take them back.

Regards,
Raj
""")
        + SIG_RAJ
    )
    top = outlook(
        RAJ,
        RETURNS,
        "PO-60377 - crushed floor registers / cut back ceiling tile",
        when("2026-11-11 09:30:02"),
        outlook_id("h04"),
        attach=True,
    )
    content = body_multi(
        "mixed",
        "_004_" + seed_hex("h04b", n=24) + "_",
        body_text(body),
        body_file(register_carton_jpg(), "image/jpeg", "IMG_20261111_084412.jpg"),
    )
    return mail(top, content)


def h05():
    body = dedent("""
Good morning

I am Teodoro from Delgado & Sons, I write for the order SO-104231 that your truck bring us the 29 of October.

The pressure reducing valves, we ask 3/4 inch. In the box are 6 valves but 2 of them are 1/2 inch, is written on the body. We can not use it in the 3/4 line. Please send 2 of the 3/4 and we give back the 2 small ones.

Also the copper elbows 1 inch, we order 100 and when we count in the shop there is 125, so 25 more than the order. We return them also if you want.

Thank you
Teodoro Salas
Delgado & Sons Plumbing
""")
    top = workspace(
        TEO,
        RETURNS,
        "order SO-104231 pressure valves wrong size and more elbows",
        when("2026-11-12 07:20:55", -6),
        "<CAJ" + seed_hex("h05", n=40).lower() + "@mail.gmail.com>",
    )
    return mail(top, body_text(body))


def h06():
    inner = dedent("""
<p class="MsoNormal">Hello Northgate returns,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Two items on our PO 77731 (October delivery by R+L):</p>
<ul style="margin-top:0in">
<li class="MsoNormal"><b>1&quot; full port brass ball valves, threaded</b> &#8211; four of them weep at the packing nut as soon as the line is pressurized. Snugging the nut doesn&#8217;t stop it. They are faulty; we pulled all four and need them credited.</li>
<li class="MsoNormal"><b>1/2&quot; PEX crimp couplings</b> &#8211; the carton held 18 bags, not the 20 we were billed for. We only opened it last week when the rough-in started, so sorry this comes late.</li>
</ul>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,</p>
<p class="MsoNormal">Derek Yoon<br>Purchasing<br>Keystone Mechanical Contractors</p>
""")
    top = outlook(
        DEREK,
        RETURNS,
        "PO 77731 - ball valves weeping / crimp couplings count",
        when("2026-11-12 13:05:38"),
        outlook_id("h06"),
    )
    return mail(top, body_text(html_doc(inner), "html", "quoted-printable"))


def h07():
    body = dedent("""
can u hold po 24561 til the 23rd. GC pushed the boiler room back 2 wks so we dont need the 3 check valves or the black unions on site yet, nowhere to put them. no changes to the order just the date
mike

Sent from my iPhone
""")
    top = iphone(
        MIKE,
        BENNY + ", " + RETURNS,
        "hold 24561",
        when("2026-11-12 15:40:21"),
        apple_id("h07", "riverbendph.com"),
    )
    return mail(top, body_text(body))


def h08():
    body = (
        dedent("""
Hi,

The MERV 11 filters on PO-60418 came in 16x20x1, not the 16x25x1 we ordered. All ten cases, every box label says 16x20. They don't fit a single return at the Elm Street medical offices.

Please swap them for the right size. The ten cases are stacked by our dock door, unopened.

Thanks
Raj
""")
        + SIG_RAJ
    )
    top = outlook(
        RAJ,
        RETURNS,
        "Wrong filters on PO-60418",
        when("2026-11-13 08:05:50"),
        outlook_id("h08"),
    )
    return mail(top, body_text(body))


def h09():
    body = dedent("""
Hello,

I'm the Summit tech doing the filter change-out at Harbor Point's Bayview Towers. Your truck dropped their order SO-104239 on Monday and the driver left the filter cases outside by the garage door in the rain. Four cases of the 16x25x1 MERV 11 are soaked through - pleats collapsed, frames warped. Can't install those.

Please credit those 4 cases and send replacements here; I'm on site through next Wednesday. The registers and thermostats on that order were inside and are fine.

Marcus Boateng
Field Technician
Summit HVAC Services
""")
    top = outlook(
        MARCUS,
        RETURNS,
        "Filters delivered to Harbor Point - 4 cases soaked",
        when("2026-11-13 10:30:12"),
        outlook_id("h09"),
        cc=addr(LUIS),
    )
    return mail(top, body_text(body))


def h10():
    body = dedent("""
Hi,

One of the two 40 gallon electric heaters from PO-40917 is dead. We put it in on the 2nd at the Whitfield house, it worked a week, now no hot water. Lower element is open (no continuity) and the upper thermostat keeps tripping. Our guy checked the breaker and the 240 V at the disconnect, all fine, so the unit itself is defective.

We need a warranty replacement or credit for that one heater. It is out and back at our shop.

Rosa Delgado
Delgado & Sons Plumbing
""")
    top = outlook(
        ROSA,
        RETURNS,
        "PO-40917 electric water heater not heating",
        when("2026-11-13 09:10:33", -6),
        outlook_id("h10"),
    )
    return mail(top, body_text(body))


def h11():
    body = dedent("""
Hello,

Yesterday's R+L delivery for PO-24530 had an extra carton on the pallet: 2" PVC Sch 40 tees (slip x slip x slip), 25 pieces. They are not on our PO or on your packing slip, and we don't use 2" PVC on this job. The rest of the delivery matched.

Please arrange for the tees to be picked up, or let me know where to send them.

Thank you,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
""")
    top = outlook(
        KAREN,
        RETURNS,
        "PO-24530 - carton of PVC tees we did not order",
        when("2026-11-13 14:20:07"),
        outlook_id("h11"),
    )
    return mail(top, body_text(body))


def h12():
    inner = (
        dedent("""
<p class="MsoNormal">Hello,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The condensate pumps on this invoice are billed at $64.90 each. Our PO 77830 has them at $61.50, the price on your quote Q-2610-044. That is $3.40 too much on each of the 8 pumps, $27.20 in all.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please issue a credit memo for the difference. We will pay the rest of the invoice as billed.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">Dana Ruiz<br>Accounts Payable<br>Keystone Mechanical Contractors</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Northgate Billing &lt;billing@northgatesupply.example&gt;<br>
<b>Sent:</b> Wednesday, November 4, 2026 6:15 PM<br>
<b>To:</b> Dana Ruiz &lt;ap@keystonemech.com&gt;<br>
<b>Subject:</b> Invoice INV-88133 for your PO-77830</p>
</div>
""")
        + INVOICE_88133_HTML
    )
    top = outlook(
        DANA,
        RETURNS,
        "RE: Invoice INV-88133 for your PO-77830",
        when("2026-11-16 10:02:26"),
        outlook_id("h12"),
        cc=BILLING,
        refs="<inv.88133.20261104231500@northgatesupply.example>",
    )
    return mail(top, body_text(html_doc(inner), "html", "quoted-printable"))


def h13():
    body = dedent("""
Hello

From the order SO-104216 we have 2 of the expansion tanks 2 gallon that we not use. The customer change to a tankless heater with his own tank, so these 2 stay in the box, new. Can we return them for credit please? We can bring to your counter.

Thanks
Teodoro Salas
Delgado & Sons
""")
    top = workspace(
        TEO,
        RETURNS,
        "return expansion tank",
        when("2026-11-16 08:12:40", -6),
        "<CAJ" + seed_hex("h13", n=40).lower() + "@mail.gmail.com>",
    )
    return mail(top, body_text(body))


def h14():
    body = dedent("""
Thanks Faye.

Please apply CM-40217 against INV-88121 (same order) instead of leaving it on account. I will short-pay that invoice by $182.80 and put the memo number on the remittance.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
""") + outlook_history(
        "Faye Lindgren <credit@northgatesupply.example>",
        "Monday, November 16, 2026 8:47 AM",
        addr(DANA),
        "Credit memo CM-40217 - SO-104233",
        CREDIT_NOTE_40217,
    )
    top = outlook(
        DANA,
        "Faye Lindgren <credit@northgatesupply.example>",
        "RE: Credit memo CM-40217 - SO-104233",
        when("2026-11-16 11:30:05"),
        outlook_id("h14"),
        cc=RETURNS,
        refs="<cm.40217.20261116134700@northgatesupply.example>",
    )
    return mail(top, body_text(body))


def h15():
    body = dedent("""
Karen asked me to send this one.

PO-24530: we ordered four 3/4 PRVs and only three were in the box. Packing slip says 4. Please credit it or send the missing one.

Also the 1" copper 90s on the same order - the owner switched the branch lines to PEX, so we won't use 100 of the 250 ells. They're still in the unopened bags. Can we send those 100 back?

Mike O'Brien
Riverbend Plumbing & Heating
""")
    top = outlook(
        MIKE,
        RETURNS,
        "PO-24530 PRV short + returning copper 90s",
        when("2026-11-17 07:35:48"),
        outlook_id("h15"),
        cc=addr(KAREN),
    )
    return mail(top, body_text(body))


def h16():
    body = dedent("""
Good morning,

I am in the warehouse at Summit and I did the receiving of PO-60455, it was delivered with UPS on 12 November.

Problems:
- thermostats non-programmable: 3 pieces have the display glass broken, they are damaged, the carton was pressed in on one side. 9 are good.
- filter MERV 11 16x25x1: on the order is 20 cases, we count 17 cases only. So 3 cases are missing.

In attachment is our receiving sheet with the count. Please make credit for this.

Best regards
Piotr Kowalczyk
Summit HVAC Services - Warehouse
""")
    top = outlook(
        PIOTR,
        RETURNS,
        "PO-60455 receiving - damaged thermostats and filter missing",
        when("2026-11-17 08:50:19"),
        outlook_id("h16"),
        cc=addr(RAJ),
        attach=True,
    )
    content = body_multi(
        "mixed",
        "_004_" + seed_hex("h16b", n=24) + "_",
        body_text(body),
        body_file(receiving_sheet_png(), "image/png", "scan_PO60455_receiving.png"),
    )
    return mail(top, content)


def h17():
    body = dedent("""
cheryl we have 3 cases of the 16x25 merv 11s left from po 77760, the school job only took 9 of the 12. never opened, shrink wrap still on. can we send the 3 back, dont need them
tom

Sent from my iPhone
""")
    top = iphone(
        TOM,
        RETURNS,
        "filters po 77760",
        when("2026-11-17 16:05:03"),
        apple_id("h17", "keystonemech.com"),
    )
    return mail(top, body_text(body))


def h18():
    body = (
        dedent("""
Thanks Cheryl.

One more thing on that same delivery: when the guys unpacked the condensate pumps at the job yesterday they had 12, not 10. Two extra pumps came with it, still unused in their boxes. Please add those two to the UPS pickup with the thermostats.

Raj
""")
        + SIG_RAJ
        + outlook_history(
            CHERYL,
            "Tuesday, November 17, 2026 2:26 PM",
            addr(PIOTR),
            "RE: PO-60455 receiving - damaged thermostats and filter missing",
            RA_REPLY_H16,
            cc=addr(RAJ),
        )
    )
    top = outlook(
        RAJ,
        CHERYL,
        "RE: PO-60455 receiving - damaged thermostats and filter missing",
        when("2026-11-18 09:40:31"),
        outlook_id("h18"),
        cc=addr(PIOTR),
        refs=outlook_id("h16") + " <ra.26-1183.20261117192600@northgatesupply.example>",
    )
    return mail(top, body_text(body))


def h19():
    body = (
        dedent("""
One of the four 1/25 HP circ pumps from PO 77830 is bad. Put it on the Lakeview boiler Monday, it hums but the shaft won't turn, gets hot and trips on overload. Swapped in one of the other three and that one runs fine, so it's the pump, not the wiring. Tagged it DOA, it's on my truck.

Need a credit or a replacement for the one pump.

Tom
""")
        + SIG_TOM
    )
    top = outlook(
        TOM,
        RETURNS,
        "dead circulator PO 77830",
        when("2026-11-18 14:10:57"),
        outlook_id("h19"),
    )
    return mail(top, body_text(body))


def h20():
    plain = dedent("""
Hi,

We ended up with 2 of the 7-day Wi-Fi thermostats left over from SO-104238 after the Elm Street job. No need to take them back, we'll use them on the next job.

Question though: the next job is a heat pump with electric aux heat. Does this model want the reversing valve on O or on B, and is there a jumper for the aux? The sheet in the box only shows conventional systems. A link to the full install manual would do.

Thanks,
Marcus Boateng
Summit HVAC Services
""")
    html = html_doc(
        "\n".join(
            f'<p class="MsoNormal">{para.replace(chr(10), "<br>")}</p>'
            for para in plain.strip().split("\n\n")
        )
    )
    top = outlook(
        MARCUS,
        RETURNS,
        "Wi-Fi stats from the Elm St order - wiring question",
        when("2026-11-18 16:05:44"),
        outlook_id("h20"),
    )
    content = body_multi(
        "alternative",
        "_000_" + seed_hex("h20b", n=24) + "_",
        body_text(plain),
        body_text(html, "html", "quoted-printable"),
    )
    return mail(top, content)


def h21():
    body = (
        dedent("""
Good morning,

Your truck delivered PO-70296 to Bayview Towers on Monday. Our crew counted the floor registers: we ordered 40 and there are 34, so six are missing. And two of the 3/4" ball valves came with the sweat ends crushed oval, looks like something was dropped on the box. The other ten valves are ok.

Please credit the 6 registers and the 2 damaged valves. Our receiving report is attached.
""")
        + SIG_LUIS
        + HARBOR_FOOTER
    )
    top = outlook(
        LUIS,
        RETURNS,
        "PO-70296 delivery Monday - registers short, 2 valves crushed",
        when("2026-11-19 08:20:36"),
        outlook_id("h21"),
        attach=True,
    )
    content = body_multi(
        "mixed",
        "_004_" + seed_hex("h21b", n=24) + "_",
        body_text(body),
        body_file(receiving_report_pdf(), "application/pdf", "RR-1128 PO-70296.pdf"),
    )
    return mail(top, content)


def h22():
    body = (
        dedent("""
Hi again,

Opened the box of 1" threaded full-port ball valves from PO-77790 today to stock the Millbrook trailer. The box holds 36, but six of them are 3/4" sweat ball valves, not 1" threaded. Wrong valves mixed in.

We need six of the 1" threaded to replace them. The six 3/4 sweat ones are bagged and tagged for your driver.

Thanks,
""")
        + SIG_GUS
    )
    top = outlook(
        GUS,
        RETURNS,
        'PO-77790 - 3/4 sweat valves in the box of 1" threaded',
        when("2026-11-19 10:45:22"),
        outlook_id("h22"),
    )
    return mail(top, body_text(body))


def h23():
    body = dedent("""
Hi, I'm an apprentice with Riverbend Plumbing, Mike O'Brien asked me to email you about this.

We're using the 1/2 inch PEX crimp couplings from order SO-104236 and the brass splits right next to the ring when we crimp. The tool was checked with the go/no-go gauge this morning, so it's not the tool. We went through two bags and nearly every coupling cracked, so we stopped. Those 2 bags are defective - can you send 2 new bags and take these back?

Kyle Brandt

Sent from Yahoo Mail for iPhone
""")
    top = yahoo(
        KYLE,
        RETURNS,
        "crimp couplings cracking - SO-104236",
        when("2026-11-20 06:55:14"),
        "<1734190221.2291734.1795694114920@mail.yahoo.com>",
    )
    return mail(top, body_text(body, encoding="quoted-printable"))


def h24():
    body = dedent("""
Hello,

Our warehouse reported that 3 cases of the 16x25x1 MERV 11 filters on PO-60455 never arrived (20 ordered, 17 received). I am holding invoice INV-88184 because of those three cases.

Please issue a credit memo for the shortage so I can release the payment.

Linda Chu
Accounts Payable | Summit HVAC Services
""")
    top = outlook(
        LINDA,
        RETURNS,
        "Short filters PO-60455 / INV-88184",
        when("2026-11-20 11:10:49"),
        outlook_id("h24"),
    )
    return mail(top, body_text(body))


def h25():
    body = dedent("""
Hi,

Doing year-end cleanup of our stock room. The 1-1/2" black malleable unions from PO-24388 (delivered early October) were never used - that job went to grooved fittings. Our stock list (attached) shows all 30 still on the shelf.

We'd like to send the 30 back for credit, less your restocking fee.

Sean Fitzgerald
Warehouse, Riverbend Plumbing & Heating
""")
    top = outlook(
        SEAN,
        RETURNS,
        "Return - 1-1/2 black unions, PO-24388",
        when("2026-11-20 13:30:08"),
        outlook_id("h25"),
        attach=True,
    )
    content = body_multi(
        "mixed",
        "_004_" + seed_hex("h25b", n=24) + "_",
        body_text(body),
        body_file(
            stock_list_xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Stock room 2026-11-19.xlsx",
        ),
    )
    return mail(top, content)


def h26():
    body = (
        dedent("""
Cheryl,

Two of the 1/25 HP cast iron circulators we bought last October on PO-76115 (the Hillcrest apartments boiler retrofit) quit in the last two weeks. Both bearings went: loud grinding, then they stopped. They've been in service just over a year.

Can these go back under warranty? Both are pulled and tagged at our shop.

Tom
""")
        + SIG_TOM
    )
    top = outlook(
        TOM,
        RETURNS,
        "circulators from PO-76115 failing",
        when("2026-11-23 08:05:30"),
        outlook_id("h26"),
    )
    return mail(top, body_text(body))


def h27():
    body = dedent("""
the 50 gal gas heater from our PO 41130 came friday with the top all crushed in and the flue collar bent. driver left before we looked. we need a new one, this one is damaged cant install it. 1 heater. call me
rosa

Sent from my iPhone
""")
    top = iphone(
        ROSA,
        RETURNS,
        "gas heater crushed",
        when("2026-11-23 12:40:11", -6),
        apple_id("h27", "delgadoplumbing.com"),
    )
    return mail(top, body_text(body))


def h28():
    body = (
        dedent("""
Hello,

Our auditors are sampling November receipts. Could you send the signed delivery receipt (POD) for SO-104246, our PO-70296, delivered 11/16 to Bayview Towers? Invoice INV-88190 shows 40 floor registers and 12 ball valves.

A PDF is fine. Thanks,

Grace Kim
Accounts Payable
Harbor Point Property Management
""")
        + HARBOR_FOOTER
    )
    top = outlook(
        GRACE,
        BILLING,
        "Proof of delivery request - SO-104246 / PO-70296",
        when("2026-11-23 14:15:27"),
        outlook_id("h28"),
        cc=RETURNS,
    )
    return mail(top, body_text(body))


def h29():
    body = (
        dedent("""
Hi,

We received three 50-gallon gas water heaters on PO-70288 for the Seaview Court building. Two are installed. The third was for unit 4B, but the board approved converting that unit to electric, so we no longer need it. It is still in its carton in the boiler room, never installed.

Please let me know how to return it for credit.

Deb Fontaine
Facilities Coordinator
Harbor Point Property Management
""")
        + HARBOR_FOOTER
    )
    top = outlook(
        DEB,
        RETURNS,
        "Return one gas water heater - PO-70288",
        when("2026-11-24 09:00:41"),
        outlook_id("h29"),
    )
    return mail(top, body_text(body))


def h30():
    body = dedent("""
Hello again,

We finish the job with the order PO-40988 (we take it at your counter the 6 of November). Is left over:

- black pipe 2 inch, the one you cut for us: 30 feet
- ball valves 1 inch: 4 pieces, new in the box

We want to return this for credit. Can we bring to the counter this Friday?

Teodoro Salas
Delgado & Sons
""")
    top = workspace(
        TEO,
        RETURNS,
        "left over material PO-40988",
        when("2026-11-24 10:20:16", -6),
        "<CAJ" + seed_hex("h30", n=40).lower() + "@mail.gmail.com>",
    )
    return mail(top, body_text(body))


def h31():
    body = dedent("""
Hello,

Our crew went to set the 3" RPZ backflow assembly from PO-24415 on the Riverside Commons fire line this morning. The box is labeled 3" but the assembly inside is 2-1/2" - the flanges and the body are both marked 2-1/2. This is not what we ordered. We need the 3" assembly; the inspector comes back December 3.

The 2-1/2" unit is back in its crate at our yard.

Thank you,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
""")
    top = outlook(
        KAREN,
        RETURNS,
        "PO-24415 backflow preventer is the wrong size",
        when("2026-11-24 11:45:59"),
        outlook_id("h31"),
        cc=addr(MIKE),
    )
    return mail(top, body_text(body))


def h32():
    body = dedent("""
Hi, two of the 1-1/2 black unions from SO-104240 leak at the ground joint seat. We tightened them twice, still weeping on the gas test. Bad seats, defective. We cut them out and put in new ones from our stock. Can you credit the 2?

Rosa

Get Outlook for Android
""")
    top = android(
        ROSA,
        RETURNS,
        "unions leaking SO-104240",
        when("2026-11-25 08:30:24", -6),
        "<"
        + seed_hex("h32", n=12).lower()
        + "-"
        + seed_hex("h32a", n=8).lower()
        + "@delgadoplumbing.com>",
    )
    return mail(top, body_text(body))


def h33():
    body = dedent("""
Good morning,

Our three-way match flagged INV-88098. The 1" type L copper, 20 ft lengths, is invoiced at 76.40 per length; PO-77790 and your order acknowledgment have 71.80. That is 4.60 x 30 lengths = 138.00 overbilled. The other two lines match.

Please send a credit memo for 138.00. Our match export is attached.

Marisol Vance
Accounts Payable Specialist
Keystone Mechanical Contractors
""")
    top = outlook(
        MARISOL,
        BILLING,
        "Price variance INV-88098 (PO-77790)",
        when("2026-11-25 10:10:13"),
        outlook_id("h33"),
        cc=RETURNS,
        attach=True,
    )
    content = body_multi(
        "mixed",
        "_004_" + seed_hex("h33b", n=24) + "_",
        body_text(body),
        body_file(match_export_csv(), "text/csv", "match_exceptions_INV-88098.csv"),
    )
    return mail(top, content)


def h34():
    body = dedent("""
Hello Benny,

The 2 good valves 3/4 arrive today, they are correct, thank you very much. The 2 small ones we give to your driver, he has them now.

Teo
""") + gt_quote(
        "On Tue, Nov 24, 2026 at 3:12 PM Benny Alvarado <orders@northgatesupply.example> wrote:",
        REPLACEMENT_NOTE,
    )
    top = workspace(
        TEO,
        BENNY,
        "Re: Replacement order SO-104259 for SO-104231",
        when("2026-11-25 13:00:37", -6),
        "<CAJ" + seed_hex("h34", n=40).lower() + "@mail.gmail.com>",
        refs="<so.104259.20261124201200@northgatesupply.example>",
        cc=RETURNS,
    )
    return mail(top, body_text(body))


def h35():
    body = (
        dedent("""
Hello,

On INV-88160 (our PO-70231, your SO-104239) the 10x6 white floor registers are billed at $5.60 each, 60 pieces. Our 2026 supply agreement with Northgate lists that register at $5.25. Please credit the difference on all 60 ($21.00).

Thank you,
Grace Kim
Accounts Payable
Harbor Point Property Management
""")
        + HARBOR_FOOTER
    )
    top = outlook(
        GRACE,
        BILLING,
        "INV-88160 register pricing",
        when("2026-11-30 10:15:46"),
        outlook_id("h35"),
        cc=RETURNS,
    )
    return mail(top, body_text(body))


def h36():
    inner = dedent("""
<p class="MsoNormal">Hi Benny,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please quote:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Qty</b></td><td><b>Description</b></td></tr>
<tr><td>8</td><td>2&quot; bronze gate valve, threaded (same as on PO 77812)</td></tr>
<tr><td>4</td><td>1/25 HP cast iron circulator, 115 V</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Delivery to the Hanover St school job by 12/14. The circulators replace the two old ones that failed at Hillcrest &#8211; Tom already sent that warranty claim to your returns desk, so this is a new purchase only.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks,<br>Derek Yoon<br>Purchasing, Keystone Mechanical Contractors</p>
""")
    top = outlook(
        DEREK,
        BENNY,
        "RFQ - bronze gate valves and circulators",
        when("2026-11-30 14:00:09"),
        outlook_id("h36"),
        cc=RETURNS,
    )
    return mail(top, body_text(html_doc(inner), "html", "quoted-printable"))


def h37():
    body = (
        dedent("""
Benny - before this one ships, please double-check the filters are 16x25x1. On PO-60418 we got 16x20 and had to swap all ten cases. This order is 15 cases for the same Elm Street offices. Nothing wrong yet, just want it right the first time.

Raj
""")
        + SIG_RAJ
        + dedent("""

________________________________
From: Northgate Orders <orders@northgatesupply.example>
Sent: Monday, November 30, 2026 4:41 PM
To: Raj Patel <raj.patel@summithvac.net>
Subject: Order confirmation SO-104268 / PO-60519

""")
        + CONFIRMATION_104268
    )
    top = outlook(
        RAJ,
        BENNY,
        "FW: Order confirmation SO-104268 / PO-60519",
        when("2026-12-01 08:45:35"),
        outlook_id("h37"),
        cc=RETURNS,
        refs="<conf.104268.20261130214100@northgatesupply.example>",
    )
    return mail(top, body_text(body))


def h38():
    form = {
        "order_number": "SO-104230",
        "lines": [{"sku": "PIP-CU-L-100-20", "quantity": 2, "reason": "SHORT"}],
        "note": 'Order and packing slip say ten 20-ft sticks of 1" type L. Eight came off '
        "the truck. We found it when we racked the copper for the Fairview job.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def h39():
    body = dedent("""
SERVICE CALL NOTE
=================
Tech:        J. Alvarez (sub-contractor)
Site:        14 Orchard Lane, basement mechanical room
Equipment:   7-day programmable Wi-Fi thermostat
             Northgate part TST-7500-PRO
Qty:         1
Problem:     dead out of the box. No display, 24 VAC measured at R and C.
             A second thermostat from the same supplier works on the same
             wires. Unit is defective.
Purchase:    bought at the counter, receipt lost - no order number
Requested:   replacement under warranty
""")
    return body.encode("ascii")


def h40():
    body = dedent("""
SHOP TICKET 2291 - STOCK PROBLEM

Order:            SO-104202 (delivered October 2025)
Found by:         warehouse, year-end count
Item ordered:     3/4" full port brass ball valve, SWEAT (VLV-0075-BV)
In the box:       5 of the 10 valves are 3/4" THREADED (FIP), not sweat
Qty affected:     5
Request:          exchange the 5 threaded valves for the sweat valves we
                  ordered - wrong item in the box
Note:             the box was not opened until this month
""")
    return body.replace("\n", "\r\n").encode("ascii")


BUILD = {
    "h01-keystone-gus-seven-check-valves-on-skid.eml": h01,
    "h02-keystone-tom-reply-on-ship-notice-pex-roll-prvs.eml": h02,
    "h03-riverbend-mike-phone-extra-pex-roll-valve-handles.eml": h03,
    "h04-summit-raj-registers-crushed-tile-cancel-photo.eml": h04,
    "h05-delgado-teo-half-inch-prvs-extra-ells.eml": h05,
    "h06-keystone-derek-html-ball-valves-weep-crimp-bags.eml": h06,
    "h07-riverbend-mike-phone-hold-open-order.eml": h07,
    "h08-summit-raj-filters-sixteen-by-twenty.eml": h08,
    "h09-summit-marcus-wet-filters-at-harbor-building.eml": h09,
    "h10-delgado-rosa-electric-heater-element-dead.eml": h10,
    "h11-riverbend-karen-box-of-pvc-tees-not-ours.eml": h11,
    "h12-keystone-dana-html-reply-on-invoice-pump-price.eml": h12,
    "h13-delgado-teo-expansion-tanks-back-late.eml": h13,
    "h14-keystone-dana-reply-on-credit-memo-apply.eml": h14,
    "h15-riverbend-mike-prv-short-ells-back.eml": h15,
    "h16-summit-piotr-stats-cracked-filters-short-scan.eml": h16,
    "h17-keystone-tom-phone-filter-cases-left.eml": h17,
    "h18-summit-raj-reply-on-rma-extra-pumps.eml": h18,
    "h19-keystone-tom-circulator-seized.eml": h19,
    "h20-summit-marcus-leftover-wifi-stats-wiring.eml": h20,
    "h21-harbor-luis-registers-short-valves-crushed-pdf.eml": h21,
    "h22-keystone-gus-sweat-valves-in-threaded-box.eml": h22,
    "h23-yahoo-apprentice-crimp-couplings-split.eml": h23,
    "h24-summit-linda-filter-shortage-credit.eml": h24,
    "h25-riverbend-sean-unions-never-used-xlsx.eml": h25,
    "h26-keystone-tom-last-years-circulators-quit.eml": h26,
    "h27-delgado-rosa-phone-gas-heater-crushed-unknown-po.eml": h27,
    "h28-harbor-grace-proof-of-delivery-request.eml": h28,
    "h29-harbor-deb-gas-heater-back-over-limit.eml": h29,
    "h30-delgado-teo-leftover-black-pipe-and-ball-valves.eml": h30,
    "h31-riverbend-karen-rpz-wrong-size.eml": h31,
    "h32-delgado-rosa-unions-leak-at-seat.eml": h32,
    "h33-keystone-marisol-copper-price-csv.eml": h33,
    "h34-delgado-teo-reply-on-replacement-notice-thanks.eml": h34,
    "h35-harbor-grace-register-price-agreement.eml": h35,
    "h36-keystone-derek-html-quote-gates-circulators.eml": h36,
    "h37-summit-raj-forward-confirmation-filter-size.eml": h37,
    "h38-portal-copper-sticks-short.json": h38,
    "h39-upload-wifi-stat-dead-no-order.txt": h39,
    "h40-upload-service-ticket-threaded-valves-in-sweat-box.txt": h40,
}

ATTACHMENTS = {
    "h04-IMG_20261111_084412.jpg": register_carton_jpg,
    "h16-scan_PO60455_receiving.png": receiving_sheet_png,
    "h21-RR-1128 PO-70296.pdf": receiving_report_pdf,
    "h25-Stock room 2026-11-19.xlsx": stock_list_xlsx,
    "h33-match_exceptions_INV-88098.csv": match_export_csv,
}


def build(target, loose=None):
    """Write the request files; with loose, also each attachment on its own (for checks)."""
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    if loose is not None:
        loose.mkdir(parents=True, exist_ok=True)
        for name, make in ATTACHMENTS.items():
            (loose / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    loose = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    print(f"{build(where, loose)} request files written to {where}")
