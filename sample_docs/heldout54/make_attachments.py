"""Write every request file of heldout54 (threads and follow-ups in a shared returns mailbox).

Usage:  python make_attachments.py TARGET_DIR

All 40 request files are written into TARGET_DIR: the 37 mails (each assembled byte by
byte, CRLF line ends, fixed Date, Message-ID and MIME boundaries, their attachments
inside), the portal form and the two text uploads. The attachments are made here too:
a phone photo of a packing slip and a scanned damage report (PNG, drawn with a system
font and noise from seeded generators, saved without time stamps), a quotation as a text
PDF written by hand, and a receiving export as CSV. Nothing reads the clock.
"""

import base64
import hashlib
import html
import io
import json
import quopri
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

CRLF = b"\r\n"
FONT_DIR = Path("/usr/share/fonts/truetype")

# ---------------------------------------------------------------- the distributor
# Ferrand Pipe & Supply: the shared returns mailbox these mails land in.

RETURNS = "returns@ferrandsupply.example"
MARISOL = ("Marisol Quintero", RETURNS)
DESK = ("Ferrand Returns", RETURNS)
DISPATCH = ("Ferrand Dispatch", "dispatch@ferrandsupply.example")
BILLING = ("Ferrand Billing", "billing@ferrandsupply.example")
NOTIFY = ("Ferrand Pipe & Supply", "no-reply@ferrandsupply.example")
ORDERS = ("Ferrand Orders", "orders@ferrandsupply.example")

# ---------------------------------------------------------------- the people who write

TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
WES = ("Wes Takahashi", "wtakahashi@keystonemech.com")
BRIANNA = ("Brianna Cole", "bcole@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
STAN = ("Stan Kowalczyk", "skowalczyk@riverbendph.com")
OKSANA = ("Oksana Hryhorenko", "ohryhorenko@summithvac.net")
TUAN = ("Tuan Nguyen", "tnguyen@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
DENISE = ("Denise Albright", "dalbright@harborpointpm.com")
MARCO = ("Marco Ferreira", "mferreira@harborpointpm.com")
CALVIN = ("Calvin Reyes", "creyes@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
LUPE = ("Lupe Delgado", "lupe@delgadosons.com")
EFRAIN = ("Efrain Soto", "efrainsoto77@hotmail.com")

EAST, CENTRAL = -5, -6  # UTC offsets in November


# ---------------------------------------------------------------- mail plumbing


def addr(person):
    name, mail = person
    if any(ch in name for ch in "'.,&"):
        name = '"' + name + '"'
    return f"{name} <{mail}>"


def date_header(local, offset):
    """RFC 5322 date of a wall-clock time 'YYYY-MM-DD HH:MM:SS' at a UTC offset in hours."""
    zone = timezone(timedelta(hours=offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
    return moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def h(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def fold(name, value):
    """One header field, folded at spaces before column 78."""
    words = value.split(" ")
    rows, cur = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(cur) + 1 + len(word) > 76:
            rows.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    rows.append(cur)
    return "\r\n".join(rows)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


class Part:
    def __init__(self, headers, payload):
        self.headers = headers
        self.payload = payload


def text_part(text, subtype="plain", charset=None, format_flowed=False):
    """A text part: 7bit for short ASCII rows, quoted-printable otherwise."""
    charset = charset or ("us-ascii" if text.isascii() else "utf-8")
    raw = text.encode("utf-8")
    longest = max(len(row) for row in text.split("\n"))
    cte = "7bit" if text.isascii() and longest <= 76 else "quoted-printable"
    payload = quopri.encodestring(raw) if cte == "quoted-printable" else raw
    ctype = f'text/{subtype}; charset="{charset}"'
    if format_flowed:
        ctype = f"text/{subtype}; charset={charset}; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    return Part(headers, crlf(payload))


def file_part(data, mime, filename, inline=False):
    how = "inline" if inline else "attachment"
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Disposition", f'{how}; filename="{filename}"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    return Part(headers, crlf(base64.encodebytes(data)))


def multi(kind, boundary, *parts):
    out = b""
    for part in parts:
        out += b"--" + boundary.encode() + CRLF
        out += CRLF.join(fold(k, v).encode() for k, v in part.headers) + CRLF + CRLF
        out += part.payload
        if not out.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def assemble(top, content):
    rows = [fold(k, v) for k, v in top] + [fold(k, v) for k, v in content.headers]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + content.payload


def block(text):
    """A triple-quoted block without its first newline."""
    return text.removeprefix("\n")


# ---------------------------------------------------------------- message ids and headers


def mid_outlook(key):
    box = f"SA{1 + int(h('b', key, n=2), 16) % 9}PR{10 + int(h('c', key, n=2), 16) % 80}MB"
    box += str(1000 + int(h("d", key, n=3), 16) % 8000)
    return f"<{box}{h('m', key, n=18).upper()}@{box}.namprd{int(h('p', key, n=1), 16) % 16:02d}.prod.outlook.com>"


def mid_gmail(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(h("g", key, n=42))).decode().rstrip("=")
    return f"<CA+{raw}@mail.gmail.com>"


def mid_apple(key, domain):
    x = h("a", key, n=32).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}@{domain}>"


def mid_ours(tag):
    return f"<{tag}.{h('ours', tag, n=12)}@mail.ferrandsupply.example>"


def outlook_headers(sender, to, subject, date, key, cc=None, reply_to=None, attach=False):
    """Header order of Outlook on Exchange Online (desktop or web)."""
    topic = subject
    for prefix in ("RE: ", "FW: ", "Re: ", "Fwd: "):
        topic = topic.removeprefix(prefix)
    index = base64.b64encode(bytes.fromhex(h("ti", key, n=44))).decode()
    rows = [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("CC", cc))
    rows += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", index)]
    rows += [("Date", date), ("Message-ID", mid_outlook(key))]
    if reply_to:
        rows += [("References", reply_to), ("In-Reply-To", reply_to)]
    rows += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return rows


def gmail_headers(sender, to, subject, date, key, cc=None, reply_to=None):
    """Header order of Gmail on Google Workspace."""
    rows = [("MIME-Version", "1.0"), ("Date", date)]
    if reply_to:
        rows += [("References", reply_to), ("In-Reply-To", reply_to)]
    rows += [("Message-ID", mid_gmail(key)), ("Subject", subject)]
    rows += [("From", addr(sender)), ("To", to)]
    if cc:
        rows.append(("Cc", cc))
    return rows


def iphone_headers(sender, to, subject, date, key, cc=None, reply_to=None):
    domain = sender[1].split("@")[1]
    rows = [("From", addr(sender)), ("Mime-Version", "1.0 (1.0)")]
    rows += [
        ("Subject", subject),
        ("Date", date),
        ("Message-Id", mid_apple(key, domain)),
    ]
    if reply_to:
        rows += [("References", reply_to), ("In-Reply-To", reply_to)]
    if cc:
        rows.append(("Cc", cc))
    rows += [("To", to), ("X-Mailer", "iPhone Mail (22B91)")]
    return rows


def android_headers(sender, to, subject, date, key, reply_to=None):
    """Outlook for Android (on an Exchange or outlook.com mailbox)."""
    rows = [("From", addr(sender)), ("To", to), ("Subject", subject)]
    rows += [("Date", date), ("Message-ID", mid_outlook(key))]
    if reply_to:
        rows += [("References", reply_to), ("In-Reply-To", reply_to)]
    rows += [
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ]
    return rows


# ---------------------------------------------------------------- quoting


def outlook_block(sender, sent, to, subject, body, cc=None):
    """What Outlook puts under a reply or forward: a rule, the old header block, the old body."""
    head = "________________________________\n"
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    head += f"Subject: {subject}\n\n"
    return "\n" + head + body


def outlook_block_html(sender, sent, to, subject, body_html, cc=None):
    rows = [
        f"<b>From:</b> {html.escape(sender)}<br>",
        f"<b>Sent:</b> {html.escape(sent)}<br>",
        f"<b>To:</b> {html.escape(to)}<br>",
    ]
    if cc:
        rows.append(f"<b>Cc:</b> {html.escape(cc)}<br>")
    rows.append(f"<b>Subject:</b> {html.escape(subject)}")
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        '<p class="MsoNormal">' + "\n".join(rows) + "</p>\n</div>\n" + body_html
    )


def gt(body):
    """Every row prefixed with '>' as Gmail and Apple Mail quote."""
    rows = body.rstrip("\n").split("\n")
    return "\n".join(">" + (" " + r if r and not r.startswith(">") else r) for r in rows) + "\n"


def gmail_forward_block(sender, date, subject, to, body):
    head = (
        "---------- Forwarded message ---------\n"
        f"From: {sender[0]} <{sender[1]}>\n"
        f"Date: {date}\n"
        f"Subject: {subject}\n"
        f"To: {to}\n\n"
    )
    return "\n" + head + body


# ---------------------------------------------------------------- html halves


def paras_html(text):
    """Outlook's HTML for plain paragraphs: one MsoNormal paragraph a row."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        cell = html.escape(row) if row else "&nbsp;"
        out.append(f'<p class="MsoNormal">{cell}</p>')
    return "\n".join(out) + "\n"


def outlook_html(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal {margin:0in;font-size:11.0pt;"
        "font-family:Calibri,sans-serif;}\ntable.grid td {border:solid #A6A6A6 1.0pt;"
        "padding:2.0pt 6.0pt;font-size:10.5pt;font-family:Calibri,sans-serif;}\n--></style>\n"
        '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
        '<div class="WordSection1">\n' + inner + "</div>\n</body>\n</html>\n"
    )


def table_html(rows):
    out = ['<table class="grid" border="1" cellspacing="0" cellpadding="0">']
    for i, row in enumerate(rows):
        tag = "b" if i == 0 else None
        cells = []
        for cell in row:
            text = html.escape(str(cell))
            cells.append(
                f'<td><p class="MsoNormal">{f"<{tag}>{text}</{tag}>" if tag else text}</p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def table_text(rows):
    """How Outlook renders a table in the plain-text half: cells split by tabs."""
    return "\n".join("\t".join(str(c) for c in row) for row in rows) + "\n"


def gmail_html(text):
    """Gmail's HTML half: a dir=ltr div, rows joined with <br>, quotes as blockquotes."""
    out, depth = [], 0
    for row in text.rstrip("\n").split("\n"):
        level = len(row) - len(row.lstrip(">"))
        content = row[level:].removeprefix(" ")
        while depth < level:
            out.append(
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            )
            depth += 1
        while depth > level:
            out.append("</blockquote>")
            depth -= 1
        out.append((html.escape(content) if content else "") + "<br>")
    out += ["</blockquote>"] * depth
    return '<div dir="ltr">' + "\n".join(out) + "\n</div>\n"


def alt_outlook(text, inner_html, key):
    return multi(
        "alternative",
        "_000_" + h("alt", key, n=28).upper() + "namprd",
        text_part(text),
        text_part(outlook_html(inner_html), "html"),
    )


def alt_gmail(text, key):
    return multi(
        "alternative",
        "000000000000" + h("galt", key, n=16),
        text_part(text),
        text_part(gmail_html(text), "html"),
    )


# ---------------------------------------------------------------- attachments


def font(name, size):
    return ImageFont.truetype(str(FONT_DIR / name), size)


def png_bytes(img):
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def slip_photo():
    """t02: Wes's phone photo of the R+L packing slip, counted and marked in pen."""
    rnd = random.Random(54002)
    w, hgt = 1240, 900
    paper = Image.new("L", (w, hgt), 246)
    d = ImageDraw.Draw(paper)
    mono = font("liberation/LiberationMono-Regular.ttf", 21)
    mono_b = font("liberation/LiberationMono-Bold.ttf", 23)
    sans_b = font("dejavu/DejaVuSans-Bold.ttf", 34)
    pen = font("dejavu/DejaVuSans-Oblique.ttf", 34)
    d.text((60, 40), "FERRAND PIPE & SUPPLY", font=sans_b, fill=30)
    d.text(
        (60, 84),
        "Eastgate DC  -  2200 Industrial Hwy, Eddystone PA",
        font=mono,
        fill=40,
    )
    d.text((820, 44), "PACKING SLIP", font=mono_b, fill=25)
    rows = [
        "Shipment: SH-55120          Ship date: 11/02/2026",
        "Order:    SO-104233         Cust PO:   PO-77812",
        "Sold to:  KEYSTONE MECHANICAL CONTRACTORS",
        "Ship to:  BRISTOL PIKE JOBSITE",
        "Carrier:  R+L CARRIERS      PRO: RL123456789",
    ]
    y = 150
    for row in rows:
        d.text((60, y), row, font=mono, fill=35)
        y += 34
    y += 20
    d.line((60, y, w - 60, y), fill=60, width=2)
    d.text(
        (60, y + 10),
        "LN  ITEM              DESCRIPTION                   ORD   SHIP",
        font=mono_b,
        fill=30,
    )
    d.line((60, y + 46, w - 60, y + 46), fill=60, width=2)
    items = [
        " 1  VLV-2210-BR       2in BRONZE GATE VALVE THD      40     40",
        " 2  FTG-CU-E90-100    1in WROT CU 90 ELL C X C      150    150",
    ]
    y += 62
    for row in items:
        d.text((60, y), row, font=mono, fill=30)
        y += 40
    d.line((60, y + 6, w - 60, y + 6), fill=60, width=2)
    d.text(
        (60, y + 24),
        "Pieces: 190     Pallets: 2     Weight: 812 lb",
        font=mono,
        fill=40,
    )
    d.text((60, y + 58), "Received by: _______________________", font=mono, fill=40)
    # the pen marks
    d.text((470, y + 48), "W. Takahashi", font=pen, fill=70)
    d.text((1010, y - 86), "44 !!", font=pen, fill=55)
    d.ellipse((990, y - 94, 1130, y - 40), outline=70, width=3)
    d.text((640, y + 120), "counted 44 gate valves - 4 extra", font=pen, fill=60)
    # the photo: paper turned a little on a darker table, light falling off to one side
    paper = paper.rotate(-1.6, resample=Image.BICUBIC, expand=True, fillcolor=0)
    mask = paper.point(lambda v: 255 if v > 0 else 0)
    scene = Image.new("L", (paper.width + 80, paper.height + 70), 92)
    scene.paste(paper, (40, 30), mask)
    shade = Image.linear_gradient("L").rotate(90).resize(scene.size)
    scene = Image.blend(scene, Image.eval(shade, lambda v: 170 + v // 4), 0.22)
    gw, gh = scene.width // 16, scene.height // 16
    mottle = Image.frombytes("L", (gw, gh), rnd.randbytes(gw * gh))
    scene = Image.blend(scene, mottle.resize(scene.size, Image.BILINEAR), 0.025)
    scene = scene.filter(ImageFilter.GaussianBlur(0.7))
    scene = scene.resize((scene.width * 3 // 4, scene.height * 3 // 4), Image.LANCZOS)
    return png_bytes(scene.point(lambda v: min(255, v // 8 * 8 + 4)))


def damage_report_scan():
    """t16: Summit's receiving damage report, filled in by hand and run through the copier."""
    rnd = random.Random(54016)
    w, hgt = 1275, 1500
    page = Image.new("L", (w, hgt), 255)
    d = ImageDraw.Draw(page)
    head = font("dejavu/DejaVuSans-Bold.ttf", 38)
    label = font("dejavu/DejaVuSans.ttf", 26)
    label_b = font("dejavu/DejaVuSans-Bold.ttf", 26)
    hand = font("dejavu/DejaVuSans-Oblique.ttf", 30)
    d.text((80, 70), "SUMMIT HVAC SERVICES", font=head, fill=0)
    d.text((80, 122), "RECEIVING DAMAGE / DISCREPANCY REPORT", font=label_b, fill=0)
    d.text(
        (80, 160),
        "Form SH-R7 (rev 3/24) - fill in at receiving, give copy to driver",
        font=label,
        fill=0,
    )
    fields = [
        ("Date received:", "11/12/26"),
        ("Supplier:", "Ferrand Pipe & Supply"),
        ("Our PO #:", "PO-60455"),
        ("Carrier / tracking:", "UPS 1Z4F83090342291043"),
        ("Received by:", "Tuan Nguyen"),
    ]
    y = 240
    for name, value in fields:
        d.text((80, y), name, font=label_b, fill=0)
        d.line((420, y + 34, w - 80, y + 34), fill=0, width=2)
        d.text((440, y - 2), value, font=hand, fill=20)
        y += 70
    y += 20
    d.rectangle((80, y, w - 80, y + 330), outline=0, width=3)
    cols = [80, 520, 700, w - 80]
    d.line((80, y + 50, w - 80, y + 50), fill=0, width=2)
    for x in cols[1:-1]:
        d.line((x, y, x, y + 330), fill=0, width=2)
    d.text((95, y + 10), "Item", font=label_b, fill=0)
    d.text((535, y + 10), "Qty dmg", font=label_b, fill=0)
    d.text((715, y + 10), "Describe damage", font=label_b, fill=0)
    entries = [
        ("Condensate pump", "2", "reservoir cracked"),
        ("Condensate pump", "1", "float switch broken off"),
    ]
    ry = y + 70
    for item, qty, what in entries:
        d.text((95, ry), item, font=hand, fill=20)
        d.text((585, ry), qty, font=hand, fill=20)
        d.text((715, ry), what, font=hand, fill=20)
        d.line((80, ry + 52, w - 80, ry + 52), fill=120, width=1)
        ry += 70
    d.text((95, ry + 10), "TOTAL DAMAGED:  3 of 10", font=hand, fill=20)
    y += 370
    d.text((80, y), "Packaging condition:", font=label_b, fill=0)
    d.text((420, y - 2), "outer box crushed on one end", font=hand, fill=20)
    y += 70
    d.text((80, y), "Noted on carrier receipt?", font=label_b, fill=0)
    d.text((470, y - 2), "YES - driver signed", font=hand, fill=20)
    y += 70
    d.text((80, y), "Action requested:", font=label_b, fill=0)
    d.text((420, y - 2), "replace 3 pumps", font=hand, fill=20)
    y += 110
    d.text((80, y), "Signature: ", font=label_b, fill=0)
    d.text((260, y - 4), "T. Nguyen", font=hand, fill=20)
    d.text((700, y), "Copy to: Office / AP", font=label, fill=0)
    # through the copier: a slight skew, toner specks, a grey edge, then 1 bit
    page = page.rotate(0.7, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = page.load()
    for _ in range(900):
        x, yy = rnd.randrange(w), rnd.randrange(hgt)
        px[x, yy] = rnd.choice((0, 40, 90))
    for yy in range(hgt):
        for x in range(6):
            px[x, yy] = min(px[x, yy], 40 + x * 30)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    page = page.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)
    return png_bytes(page)


def pdf_escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(rows, title):
    """A one-page PDF with Helvetica text; rows are (x, y, size, bold, text)."""
    ops = []
    for x, y, size, bold, text in rows:
        face = "/F2" if bold else "/F1"
        ops.append(f"BT {face} {size} Tf {x} {y} Td ({pdf_escape(text)}) Tj ET")
    ops.append("0.6 w 50 618 m 562 618 l S 50 450 m 562 450 l S")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>"
        ),
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title ("
        + pdf_escape(title).encode("latin-1")
        + b") /Producer (Ferrand Quote Desk) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 7 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return out


def quote_pdf():
    """t34: Glen's quotation for Riverbend's Lindale job, as his quote desk prints it."""
    rows = [
        (50, 740, 18, True, "FERRAND PIPE & SUPPLY"),
        (
            50,
            722,
            9,
            False,
            "2200 Industrial Hwy, Eddystone PA 19022  |  610-555-0190  |  ferrandsupply.example",
        ),
        (400, 740, 16, True, "QUOTATION"),
        (400, 722, 10, False, "Quote no.  Q-26-0877"),
        (400, 708, 10, False, "Date       10/30/2026"),
        (400, 694, 10, False, "Valid for  30 days"),
        (50, 690, 10, True, "Quoted to"),
        (50, 676, 10, False, "Riverbend Plumbing & Heating"),
        (50, 662, 10, False, "Attn: Karen Liu"),
        (50, 648, 10, False, "Job: Hillside Terrace - copper risers"),
        (50, 626, 10, True, "Item"),
        (160, 626, 10, True, "Description"),
        (400, 626, 10, True, "Qty"),
        (450, 626, 10, True, "Unit"),
        (510, 626, 10, True, "Ext."),
        (50, 600, 10, False, "FTG-CU-E90-100"),
        (160, 600, 10, False, '1" wrot copper 90 elbow, C x C'),
        (400, 600, 10, False, "250"),
        (450, 600, 10, False, "2.60"),
        (510, 600, 10, False, "650.00"),
        (50, 582, 10, False, "VLV-1005-BV"),
        (160, 582, 10, False, '1" brass ball valve, full port, thd'),
        (400, 582, 10, False, "48"),
        (450, 582, 10, False, "16.20"),
        (510, 582, 10, False, "777.60"),
        (50, 564, 10, False, "VLV-0750-PRV"),
        (160, 564, 10, False, '3/4" pressure reducing valve 25-75 psi'),
        (400, 564, 10, False, "4"),
        (450, 564, 10, False, "92.80"),
        (510, 564, 10, False, "371.20"),
        (400, 530, 10, True, "Quote total"),
        (510, 530, 10, True, "1,798.80"),
        (
            50,
            500,
            9,
            False,
            "Prices firm for 30 days from the quote date. Freight: prepaid and added.",
        ),
        (
            50,
            486,
            9,
            False,
            "Please reference the quote number on your purchase order.",
        ),
        (50, 430, 10, False, "Glen Abernathy - Inside Sales"),
        (
            50,
            416,
            10,
            False,
            "gabernathy@ferrandsupply.example  |  610-555-0190 ext. 118",
        ),
    ]
    return text_pdf(rows, "Quotation Q-26-0877")


def receiving_csv():
    """t13: Riverbend's receiving export for PO 24530, as their inventory program writes it."""
    rows = [
        "po_number,line,vendor_item,description,qty_ordered,qty_received,variance,uom,received_by,received_date,note",
        '24530,1,VLV-1005-BV,"BALL VALVE 1"" FP THD BRASS",48,54,6,EA,SKOWALCZYK,2026-11-12,over',
        '24530,2,FTG-CU-E90-100,"ELL 90 1"" WROT CXC",250,200,-50,EA,SKOWALCZYK,2026-11-12,8 bags x 25 - 2 bags missing',
        '24530,3,VLV-0750-PRV,"PRV 3/4"" 25-75PSI",4,4,0,EA,SKOWALCZYK,2026-11-12,',
    ]
    return ("\r\n".join(rows) + "\r\n").encode("ascii")


# ---------------------------------------------------------------- signatures

SIG_MARISOL = block("""
Marisol Quintero
Returns & Credits | Ferrand Pipe & Supply
610-555-0190 ext. 131 | returns@ferrandsupply.example
""")

SIG_TOM = block("""
Tom Morales
Project Manager | Keystone Mechanical Contractors
c 215-555-0193
""")

SIG_BRIANNA = block("""
Brianna Cole
Purchasing Coordinator
Keystone Mechanical Contractors
215-555-0122 | bcole@keystonemech.com
""")

SIG_DANA = block("""
Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors
215-555-0110
""")

SIG_WES = block("""
Wes Takahashi
Field Superintendent | Keystone Mechanical Contractors
c 267-555-0148
""")

SIG_KAREN = block("""
Karen Liu
Office Manager
Riverbend Plumbing & Heating
(484) 555-0175
""")

SIG_STAN = block("""
Stan Kowalczyk | Warehouse
Riverbend Plumbing & Heating
""")

SIG_LUIS = block("""
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
(843) 555-0142
""")

SIG_DENISE = block("""
Denise Albright
Property Manager | Harbor Point Property Management
Marina Tower & Harborview Apartments
(843) 555-0108
""")

SIG_ROSA = block("""
--
Rosa Delgado
Delgado & Sons Plumbing
(210) 555-0164
""")

SIG_LUPE = block("""
--
Lupe Delgado
Office | Delgado & Sons Plumbing
(210) 555-0167
""")

SIG_LINDA = block("""
Linda Chu
Accounts Payable
Summit HVAC Services | 1180 Ogden Ave, Lisle IL
""")


def to_desk():
    return addr(DESK)


# ---------------------------------------------------------------- the distributor's words
# (the mails of Ferrand's desk and systems that the customers reply over)

ACK_40115 = (
    block("""
Hi Tom,

I've opened claim RC-40115 on SO-104233 / PO-77812:

- DAMAGED: 1 x PIP-PEX-075-300 3/4" PEX-A tubing, 300 ft coil - provisional credit $164.00, RA-26-1175 for the coil, Estes carrier claim filed
- OVERSHIPPED: 4 x VLV-2210-BR 2" bronze gate valve - RA-26-1174, I'll schedule the pickup with dispatch

Please tag both with the RA numbers.

""")
    + SIG_MARISOL
)

ACK_40117 = (
    block("""
Hi Oksana,

I've opened claim RC-40117 on SO-104238:

- SHORT: 4 x TST-2100-NP non-programmable digital thermostat - credit $115.60 pending a recount at our East DC
- OVERSHIPPED: 2 x HVC-FLT-1625-M11 16x25x1 MERV 11 filter, case of 12 - our driver will pick up the 2 cases on your next delivery

""")
    + SIG_MARISOL
)

NOTICE_40122 = (
    block("""
Hi Luis,

We received your claim for 14 cases of HVC-FLT-1625-M11 16x25x1 MERV 11 filters damaged on PO 70231 / SO-104239 (claim RC-40122). The credit of $537.60 is above what I can approve on your account, so it is with a reviewer. You'll hear from us within two business days. Please keep the wet cases until then.

""")
    + SIG_MARISOL
)

ACK_40123 = (
    block("""
Hi Brianna,

Claim RC-40123 on PO-77760 / SO-104224 is approved:

- Replacement order SO-104259 for 2 x TST-7500-PRO 7-day programmable Wi-Fi thermostat, ships from our East DC
- RA-26-1177 for the 2 non-programmable units that came in the Wi-Fi boxes; our driver collects them when he drops the replacements

""")
    + SIG_MARISOL
)

ACK_40126 = (
    block("""
Hi Karen,

Thanks for the receiving report. I've opened claim RC-40126 on SO-104243 / PO 24530:

- SHORT: 50 x FTG-CU-E90-100 1" wrot copper 90 - credit $145.00 pending a recount at our East DC
- OVERSHIPPED: 6 x VLV-1005-BV 1" brass ball valve - RA-26-1181, our driver will collect them

""")
    + SIG_MARISOL
)

APPROVED_40140 = (
    block("""
Hi Karen,

Claim RC-40140 on PO 24460 / SO-104230 is approved:

- WRONG ITEM: 20 x FTG-PVC-T-200 2" PVC Sch 40 tee - replacement order SO-104268 ships Monday; RA-26-1203 for the 20 DWV tees
- NOT NEEDED: 3 x PIP-CU-L-100-20 1" type L copper, 20 ft - RA-26-1204, credit $198.45 after inspection (10% restocking per your terms)

Our driver will pick up both on Tuesday.

""")
    + SIG_MARISOL
)


# ---------------------------------------------------------------- the 37 mails


def t01():
    calvin = block("""
Denise,

ODFL dropped the ceiling tile for the lobby job yesterday afternoon, 40 cartons on 2 pallets. The bottom of one pallet was already wet when it came off the truck - driver said the trailer floor had standing water. 2 cartons are soaked through, the tiles inside are sagging and stained. The other 38 are ok.

I set the 2 wet cartons aside in the loading dock cage. The delivery receipt says SO-104228 / PO-60377, it's Summit's paperwork.

Calvin
""")
    top_text = (
        block("""
Hello,

Forwarding the note below from our building engineer. The acoustic ceiling tiles for the Marina Tower lobby renovation were delivered on Monday. Summit HVAC is doing the ceiling and HVAC work for us and ordered the material from you on their account (SO-104228 on the delivery receipt), but the tiles are for our building.

Two cartons of the 2x2 acoustic tiles arrived soaked and can't be used. Can you credit or replace the 2 cartons? We'd rather not hold up the ceiling crew, they start the lobby next week.

Thank you,
""")
        + SIG_DENISE
    )
    quoted = ("Calvin Reyes", "Tuesday, November 3, 2026 4:52 PM", "Denise Albright")
    subject = "Marina Tower lobby - ceiling tile delivery"
    text = top_text + outlook_block(quoted[0], quoted[1], quoted[2], subject, calvin)
    inner = paras_html(top_text) + outlook_block_html(
        quoted[0], quoted[1], quoted[2], subject, paras_html(calvin)
    )
    top = outlook_headers(
        DENISE,
        to_desk(),
        "FW: " + subject,
        date_header("2026-11-05 10:12:31", EAST),
        "t01",
    )
    return assemble(top, alt_outlook(text, inner, "t01"))


def t02():
    wes = block("""
Tom

Estes came friday w the pex and the PRVs. one coil of the 3/4 pex has fork holes straight thru it, its junk. driver wrote it on his sheet.

R+L came thursday w the gate valves + copper 90s. counted the gate valves this morning, 44 not 40. pic of the slip attached

Wes

Sent from my iPhone
""")
    text = (
        block("""
Hi Marisol,

See Wes's note from the Bristol Pike site below, order SO-104233 (our PO-77812). Two things:

- 1 coil of the 3/4" PEX-A (300 ft) is damaged, the forklift went through it. Please credit it. The other coils are fine.
- The 2" bronze gate valves came in at 44 pcs, we ordered 40. The 4 extra are set aside in the job box, let me know when your driver can grab them.

His photo of the packing slip is attached.

Thanks,
""")
        + SIG_TOM
        + outlook_block(
            addr(WES),
            "Saturday, November 7, 2026 9:14 AM",
            addr(TOM),
            "Bristol Pike deliveries",
            wes,
        )
    )
    top = outlook_headers(
        TOM,
        to_desk(),
        "FW: Bristol Pike deliveries",
        date_header("2026-11-09 07:48:05", EAST),
        "t02",
        cc=addr(WES),
        attach=True,
    )
    body = multi(
        "mixed",
        "_004_" + h("mix", "t02", n=28).upper() + "namprd",
        text_part(text),
        file_part(slip_photo(), "image/png", "IMG_4471.png"),
    )
    return assemble(top, body)


def t03():
    text = block("""
Hello,

We receive the order SO-104238 on thursday with your truck. When we check it:

- digital thermostats non-programmable: we receive only 16 pcs. On the order is 20, so 4 pcs missing.
- filters 16x25x1 MERV 11: come 12 boxes but we order 10 boxes. 2 boxes is extra, please take back with next delivery.

Wi-Fi thermostats is ok, 12 pcs.

Thank you
Oksana Hryhorenko
Dispatcher, Summit HVAC Services

Get Outlook for Android
""")
    top = android_headers(
        OKSANA,
        RETURNS,
        "SO-104238 thermostats missing / filters too much",
        date_header("2026-11-09 08:30:44", CENTRAL),
        "t03",
    )
    return assemble(top, text_part(text))


def t04():
    notice = block("""
Your order was delivered.

Order: SO-104231    Your PO: PO-40962
Delivered: Thu 10/29/2026 by Ferrand truck, route S-4
Signed by: E. SOTO

Qty   Item              Description
6     VLV-0750-PRV      3/4" water pressure reducing valve, 25-75 psi
100   FTG-CU-E90-100    1" wrot copper 90 deg elbow, C x C
12    PIP-CU-L-100-20   1" type L copper tube, 20 ft length

Questions about this delivery? Reply to this message.
Ferrand Pipe & Supply - San Antonio branch
""")
    text = (
        block("""
Hi,

Sorry this is late, we only started the copper on the Monte Vista job today. Your notice below says 12 lengths of the 1" type L copper but only 10 lengths came on the truck, we are 2 lengths short. Efrain signed for it without counting the copper. Can you send the 2 lengths or credit them?

Thanks
Rosa
""")
        + SIG_ROSA
        + "\n"
        + f"On Thu, Oct 29, 2026 at 2:41 PM {NOTIFY[0]} <{NOTIFY[1]}> wrote:\n"
        + gt(notice)
    )
    top = gmail_headers(
        ROSA,
        RETURNS,
        "Re: Delivered: your order PO-40962",
        date_header("2026-11-09 13:05:12", CENTRAL),
        "t04",
        reply_to=mid_ours("delivered-SO-104231"),
    )
    return assemble(top, alt_gmail(text, "t04"))


def t05():
    notice = block("""
Delivery confirmation

Shipment SH-55127 for order SO-104235 (your PO 77830) was delivered Fri 11/06/2026 by ODFL, PRO OD0782301177.

6   VLV-3100-CK     3" cast iron swing check valve, flanged
40  FTG-BI-U-150    1-1/2" black malleable iron union
8   HVC-CND-PUMP    condensate removal pump, 115 V
4   PMP-CIRC-015    1/25 HP cast iron circulator pump, 115 V

Ferrand Pipe & Supply
""")
    text = (
        block("""
2 problems on this one

Black unions 1-1/2 - only 30 showed up, we ordered 40. short 10.

And 1 of the 4 circulators is dead out of the box, motor hums but it doesnt pump. tried it on the bench too. need an RA for it

Tom

Sent from my iPhone
""")
        + "\n"
        + gt(f"On Nov 6, 2026, at 4:18 PM, {NOTIFY[0]} <{NOTIFY[1]}> wrote:\n\n" + notice)
    )
    top = iphone_headers(
        TOM,
        RETURNS,
        "Re: Delivery confirmation - SO-104235 / PO 77830",
        date_header("2026-11-10 09:02:37", EAST),
        "t05",
        reply_to=mid_ours("delivered-SO-104235"),
    )
    return assemble(top, text_part(text))


def t06():
    text = (
        block("""
Hello Ferrand returns,

Two problems with order SO-104216 (our PO 40917, the Pecan St duplex):

1. One of the two 40 gallon electric water heaters quit heating after 3 weeks. Our plumber checked it, both elements test open and the thermostat is bad. Breaker and wiring are fine. We need it replaced under warranty.

2. The expansion tanks on this order are the wrong size. We ordered 2 gallon tanks, but all 4 tanks are 4.4 gallon (the label on the tank says 4.4 gal, the box says 2 gal). We only found out when we went to install them in the second unit. Please exchange the 4 tanks for 2 gallon ones.

Thanks,
""")
        + SIG_LUPE
    )
    top = gmail_headers(
        LUPE,
        RETURNS,
        "SO-104216 - water heater not working + wrong size tanks",
        date_header("2026-11-10 14:40:09", CENTRAL),
        "t06",
    )
    return assemble(top, alt_gmail(text, "t06"))


def t07():
    dispatch = block("""
Delivered today by Ferrand truck 12 (driver R. Pak).

PO 70231 / SO-104239 - Harborview Apartments
60  HVC-REG-1006-W     10x6 steel floor register, white
24  HVC-FLT-1625-M11   16x25x1 MERV 11 pleated air filter, case of 12
10  TST-2100-NP        non-programmable digital thermostat, 24 V

Signed: J. Alvarez

Ferrand Dispatch - Eastgate
""")
    text = (
        block("""
Good morning,

The filters from Monday's delivery got wet on your truck - your driver told our porter the trailer roof has a leak. 14 cases of the 16x25x1 MERV 11 are soaked through, the media is coming apart. The other 10 cases are ok.

We can't put those in the units. Please credit or replace the 14 cases.

""")
        + SIG_LUIS
    )
    full = text + outlook_block(
        addr(DISPATCH),
        "Monday, November 9, 2026 3:27 PM",
        addr(LUIS),
        "Delivery PO 70231 - Harborview Apartments",
        dispatch,
    )
    inner = paras_html(text) + outlook_block_html(
        addr(DISPATCH),
        "Monday, November 9, 2026 3:27 PM",
        addr(LUIS),
        "Delivery PO 70231 - Harborview Apartments",
        paras_html(dispatch),
    )
    top = outlook_headers(
        LUIS,
        to_desk(),
        "RE: Delivery PO 70231 - Harborview Apartments",
        date_header("2026-11-11 08:15:50", EAST),
        "t07",
        cc=addr(GRACE),
        reply_to=mid_ours("dispatch-SO-104239"),
    )
    return assemble(top, alt_outlook(full, inner, "t07"))


def t08():
    text = block("""
Hello Marisol,

Sorry, is my mistake. The 4 thermostats we find yesterday, they was packed inside one of the filter boxes. So nothing is missing, please cancel this part.

Thank you
Oksana

Get Outlook for Android
""") + outlook_block(
        addr(MARISOL),
        "Monday, November 9, 2026 11:02:13 AM",
        addr(OKSANA),
        "Claim RC-40117 - SO-104238",
        ACK_40117,
    )
    top = android_headers(
        OKSANA,
        addr(MARISOL),
        "RE: Claim RC-40117 - SO-104238",
        date_header("2026-11-11 10:20:03", CENTRAL),
        "t08",
        reply_to=mid_ours("claim-RC-40117"),
    )
    return assemble(top, text_part(text))


def t09():
    text = (
        block("""
Hi,

On PO-77760 (your SO-104224) we ordered 8 of the 7-day programmable Wi-Fi thermostats, our part number KM-61750. When the techs opened them at the Ridley Township library job, 2 of the 8 boxes had the plain non-programmable digital thermostats inside instead of the Wi-Fi ones.

Please send 2 of the correct Wi-Fi thermostats. The 2 non-programmable units can go back with your driver.

Thank you,
""")
        + SIG_BRIANNA
    )
    top = outlook_headers(
        BRIANNA,
        to_desk(),
        "PO-77760 - wrong thermostats in Wi-Fi boxes",
        date_header("2026-11-11 13:30:27", EAST),
        "t09",
        cc=addr(TOM),
    )
    return assemble(top, alt_outlook(text, paras_html(text), "t09"))


def t10():
    efrain = block("""
Lupe the box of 1 inch ball valve from friday pickup, inside is 3/4 all of them. 10. sticker on box say 1 inch. we need 1 inch for stone oak tomorow, can you tell ferrand
""")
    text = (
        block("""
Hi,

Please see below from Efrain. He picked up SO-104240 at your will call last Friday. The box of 1" ball valves (10 pcs) has 3/4" ball valves inside, all 10 of them, the box label says 1". We need the 1" valves for the Stone Oak job this week - can you swap them? He can bring the 3/4" back when he picks up the right ones.

Thank you,
""")
        + SIG_LUPE
        + gmail_forward_block(
            EFRAIN,
            "Wed, Nov 11, 2026 at 6:12 PM",
            "valves",
            f"Lupe Delgado <{LUPE[1]}>",
            efrain,
        )
    )
    top = gmail_headers(
        LUPE,
        RETURNS,
        "Fwd: valves - will call pickup SO-104240",
        date_header("2026-11-12 07:55:18", CENTRAL),
        "t10",
    )
    return assemble(top, alt_gmail(text, "t10"))


def t11():
    text = block("""
Hello is Efrain from Delgado plumbing

3 ball valve 3/4 from the order SO-104216 is leaking in the stem, we install them last week in Pecan St duplex. When you close the handle the water come out by the nut. I tight the nut but still leaking

Need 3 new or credit please

Efrain Soto

Get Outlook for Android
""")
    top = android_headers(
        EFRAIN,
        RETURNS,
        "ball valve leak",
        date_header("2026-11-12 11:40:55", CENTRAL),
        "t11",
    )
    return assemble(top, text_part(text))


def t12():
    ra = (
        block("""
Hi Tom,

The RAs for claim RC-40115 are ready:

RA-26-1174 - 4 x VLV-2210-BR 2" bronze gate valve (the overshipment)
RA-26-1175 - 1 x PIP-PEX-075-300 3/4" PEX-A coil (damaged, return for inspection)

Please write the RA number on each piece. Our driver can collect them with your next delivery.

""")
        + SIG_MARISOL
    )
    text = (
        block("""
Marisol,

Tom passed this to me. The 4 gate valves and the coil are at the Bristol Pike site, not our shop. Couple questions:
- do the gate valves have to go back in the original boxes? 2 of the boxes got torn when we opened them
- can your driver pick up at the site or do we have to bring them to your Eastgate counter?

""")
        + SIG_WES
        + outlook_block(
            addr(MARISOL),
            "Wednesday, November 11, 2026 2:40 PM",
            addr(TOM),
            "RA-26-1174 / RA-26-1175 - SO-104233",
            ra,
        )
    )
    top = outlook_headers(
        WES,
        addr(MARISOL),
        "RE: RA-26-1174 / RA-26-1175 - SO-104233",
        date_header("2026-11-12 15:05:40", EAST),
        "t12",
        cc=addr(TOM),
        reply_to=mid_ours("ra-RC-40115"),
    )
    return assemble(top, text_part(text))


T13_ROWS = [
    ["Item", "Description", "Ordered", "Received", "Difference"],
    ["VLV-1005-BV", '1" brass ball valve, FP', "48", "54", "+6 (extra)"],
    ["FTG-CU-E90-100", '1" wrot copper 90', "250", "200", "-50 (2 bags of 25 missing)"],
    ["VLV-0750-PRV", '3/4" PRV', "4", "4", "ok"],
]

T13_TOP = block("""
Hi Marisol,

Our receiving on PO 24530 (your SO-104243, R+L delivery yesterday) doesn't match the packing list. Summary below, our receiving export is attached.
""")

T13_BOTTOM = block("""
Please credit the 50 missing elbows, and let us know when you'll pick up the 6 extra ball valves.

Thank you,
""")


def t13():
    text = T13_TOP + "\n" + table_text(T13_ROWS) + "\n" + T13_BOTTOM + SIG_KAREN
    inner = (
        paras_html(T13_TOP + "\n")
        + table_html(T13_ROWS)
        + paras_html("\n" + T13_BOTTOM + SIG_KAREN)
    )
    top = outlook_headers(
        KAREN,
        to_desk(),
        "PO 24530 receiving discrepancies",
        date_header("2026-11-13 09:20:16", EAST),
        "t13",
        cc=addr(STAN),
        attach=True,
    )
    body = multi(
        "mixed",
        "_004_" + h("mix", "t13", n=28).upper() + "namprd",
        alt_outlook(text, inner, "t13"),
        file_part(receiving_csv(), "text/csv", "PO24530_receiving.csv"),
    )
    return assemble(top, body)


def t14():
    text = block("""
Thank you for your message. I am out of the office until Monday, November 23, with limited access to email.

For invoices and payments please call our main office at (843) 555-0100. For deliveries or damaged material please contact Luis Ortega at maintenance@harborpointpm.com.

Grace Kim
Accounts Payable | Harbor Point Property Management
""")
    top = [
        ("From", addr(GRACE)),
        ("To", addr(MARISOL)),
        (
            "Subject",
            "Automatic reply: Claim RC-40122 - PO 70231 damaged filters - under review",
        ),
        ("Thread-Topic", "Claim RC-40122 - PO 70231 damaged filters - under review"),
        ("Date", date_header("2026-11-13 14:10:02", EAST)),
        ("Message-ID", mid_outlook("t14")),
        ("In-Reply-To", mid_ours("notice-RC-40122")),
        ("References", mid_ours("notice-RC-40122")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", GRACE[1]),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ]
    return assemble(top, text_part(text))


def t15():
    karen = T13_TOP + "\n" + table_text(T13_ROWS) + "\n" + T13_BOTTOM + "Karen Liu\n"
    text = (
        block("""
Marisol one more on this order. 1 of the 4 PRVs 3/4 has the bell housing cracked, the box was crushed in on one side. we didnt open it till we went to install it friday. need a new one

Mike

Sent from my iPhone
""")
        + "\n"
        + gt(
            f"On Nov 13, 2026, at 11:02 AM, {MARISOL[0]} <{RETURNS}> wrote:\n\n"
            + ACK_40126
            + "\n"
            + gt(f"On Nov 13, 2026, at 9:20 AM, Karen Liu <{KAREN[1]}> wrote:\n\n" + karen)
        )
    )
    top = iphone_headers(
        MIKE,
        addr(MARISOL),
        "Re: Claim RC-40126 - PO 24530 / SO-104243",
        date_header("2026-11-16 08:05:29", EAST),
        "t15",
        cc=addr(KAREN),
        reply_to=mid_ours("claim-RC-40126"),
    )
    return assemble(top, text_part(text))


def t16():
    text = block("""
Hi,

3 of the condensate pumps from PO-60455 came damaged. The UPS box was crushed on one end, 2 pumps have the reservoir cracked and 1 has the float switch broke off. Damage report attached, the UPS driver signed for it.

Please send 3 new ones, we have 6 installs this week.

Tuan Nguyen
Service Technician - Summit HVAC Services
""")
    top = outlook_headers(
        TUAN,
        RETURNS,
        "damaged condensate pumps PO-60455",
        date_header("2026-11-16 09:45:33", CENTRAL),
        "t16",
        cc=addr(OKSANA),
        attach=True,
    )
    body = multi(
        "mixed",
        "_004_" + h("mix", "t16", n=28).upper() + "namprd",
        text_part(text),
        file_part(damage_report_scan(), "image/png", "Scan_20261116_0912.png"),
    )
    return assemble(top, body)


T17_TEXT = (
    block("""
Hi,

Pulling material for the Chester job today from SO-104226. The 1" copper 90s - there are 9 bags of 25 on our shelf, the order was for 200 (8 bags). So 1 bag, 25 elbows, extra. Can you come get it or tell me where to send it.

""")
    + SIG_WES
)


def t17():
    top = outlook_headers(
        WES,
        RETURNS,
        "SO-104226 copper 90s - extra bag",
        date_header("2026-11-16 11:30:48", EAST),
        "t17",
    )
    return assemble(top, text_part(T17_TEXT))


def t18():
    first = block("""
Received PO 24530 Thursday. Packing list says 250 of the 1" copper 90s, we got 8 bags of 25 = 200. Missing 2 bags, 50 pcs. Please send.

Stan
""")
    text = (
        block("""
Resending to returns - I sent this to your orders address on Friday by mistake and never heard back. We're still short the 2 bags of 1" copper 90s (50 pcs) on PO 24530.

""")
        + SIG_STAN
        + outlook_block(
            addr(STAN),
            "Friday, November 13, 2026 7:35 AM",
            addr(ORDERS),
            "PO 24530 short",
            first,
        )
    )
    top = outlook_headers(
        STAN,
        RETURNS,
        "FW: PO 24530 short",
        date_header("2026-11-17 08:10:21", EAST),
        "t18",
    )
    return assemble(top, text_part(text))


def t19():
    text = block("""
hi this is Marco maintenance at harbor point. delivery from monday SO-104246

-ball valves 3/4 only 10 in the box, packing slip say 12
-6 of the floor registers bent, the box was crushed under the valve box

pics on my phone if u need

Marco Ferreira

Sent from my iPhone
""")
    top = iphone_headers(
        MARCO,
        RETURNS,
        "SO-104246",
        date_header("2026-11-18 10:00:57", EAST),
        "t19",
        cc=addr(LUIS),
    )
    return assemble(top, text_part(text))


def t20():
    desk = (
        block("""
Hi Wes,

Thanks for letting us know. SO-104226 was delivered on Oct 28, so this is past our 5-day window for overshipments; I've passed it to a reviewer (claim RC-40131) and will get back to you about the pickup.

""")
        + SIG_MARISOL
    )
    top_text = (
        block("""
Marisol,

Different item, same order: 3 of the 1" ball valves from SO-104226 leak through when closed. We found them pressure testing the Chester risers yesterday, they're tagged and out of the system. Please issue an RA and credit.

""")
        + SIG_TOM
    )
    text = (
        top_text
        + outlook_block(
            addr(MARISOL),
            "Monday, November 16, 2026 1:52 PM",
            addr(WES),
            "RE: SO-104226 copper 90s - extra bag",
            desk,
            cc=addr(TOM),
        )
        + outlook_block(
            addr(WES),
            "Monday, November 16, 2026 11:30 AM",
            RETURNS,
            "SO-104226 copper 90s - extra bag",
            T17_TEXT,
        )
    )
    inner = (
        paras_html(top_text)
        + outlook_block_html(
            addr(MARISOL),
            "Monday, November 16, 2026 1:52 PM",
            addr(WES),
            "RE: SO-104226 copper 90s - extra bag",
            paras_html(desk),
            cc=addr(TOM),
        )
        + outlook_block_html(
            addr(WES),
            "Monday, November 16, 2026 11:30 AM",
            RETURNS,
            "SO-104226 copper 90s - extra bag",
            paras_html(T17_TEXT),
        )
    )
    top = outlook_headers(
        TOM,
        addr(MARISOL),
        "RE: SO-104226 copper 90s - extra bag",
        date_header("2026-11-19 08:25:14", EAST),
        "t20",
        cc=addr(WES),
        reply_to=mid_ours("reply-RC-40131"),
    )
    return assemble(top, alt_outlook(text, inner, "t20"))


def t21():
    text = block("""
Hello, is Efrain from Delgado plumbing again.

Today your truck come to the Alamo Heights job almost 2 hour late, we wait there with 3 guys. Driver say was traffic on 410. But everything is there and is good, nothing broke, count is ok. Only please next time call us if the truck is late.

Thanks
Efrain

Get Outlook for Android
""")
    top = android_headers(
        EFRAIN,
        RETURNS,
        "delivery today",
        date_header("2026-11-19 16:10:36", CENTRAL),
        "t21",
    )
    return assemble(top, text_part(text))


def t22():
    text = (
        block("""
Hi Marisol,

Two things on PO 24460 (your SO-104230):

1) The 2" PVC tees: 20 of the 100 are DWV sanitary tees, not the Sch 40 pressure tees we ordered. They were all in one carton. We need 20 Sch 40 tees to replace them; the 20 DWV tees can go back with your driver.

2) The owner on the Lindale job dropped the second bathroom, so we won't need 3 of the 10 lengths of 1" type L copper. They're untouched on our rack. Please take them back for credit.

Thank you,
""")
        + SIG_KAREN
    )
    top = outlook_headers(
        KAREN,
        addr(MARISOL),
        "PO 24460 - wrong tees / copper return",
        date_header("2026-11-20 07:40:02", EAST),
        "t22",
    )
    return assemble(top, alt_outlook(text, paras_html(text), "t22"))


def t23():
    desk = (
        block("""
Hi Mike,

Thanks for your voicemail. So I can open a claim, could you send me:

1. the order or PO number
2. which items have a problem, and what is wrong with them
3. how many of each

""")
        + SIG_MARISOL
    )
    text = (
        block("""
1. SO-104236

2+3. the 1" ball valves - 2 of them wont close all the way, handle stops half way. tried both, brand new out of the box.

the 3/4 pex coil - 1 coil has a kink and a gouge down the side, looks like it got dropped off the UPS truck. we only unrolled it tuesday so didnt see it before

Mike

Sent from my iPhone
""")
        + "\n"
        + gt(f"On Nov 19, 2026, at 3:05 PM, {MARISOL[0]} <{RETURNS}> wrote:\n\n" + desk)
    )
    top = iphone_headers(
        MIKE,
        addr(MARISOL),
        "Re: Your voicemail - claim info needed",
        date_header("2026-11-20 12:15:42", EAST),
        "t23",
        reply_to=mid_ours("vm-mike-20261119"),
    )
    return assemble(top, text_part(text))


def t24():
    top_text = block("""
Thank you Marisol! RA received. The 20 DWV tees and the 3 lengths of copper will be by the back door for your driver on Tuesday.

Karen
""")
    text = top_text + outlook_block(
        addr(MARISOL),
        "Friday, November 20, 2026 3:31 PM",
        addr(KAREN),
        "Claim RC-40140 - PO 24460 / SO-104230 approved",
        APPROVED_40140,
    )
    inner = paras_html(top_text) + outlook_block_html(
        addr(MARISOL),
        "Friday, November 20, 2026 3:31 PM",
        addr(KAREN),
        "Claim RC-40140 - PO 24460 / SO-104230 approved",
        paras_html(APPROVED_40140),
    )
    top = outlook_headers(
        KAREN,
        addr(MARISOL),
        "RE: Claim RC-40140 - PO 24460 / SO-104230 approved",
        date_header("2026-11-23 08:50:19", EAST),
        "t24",
        reply_to=mid_ours("approved-RC-40140"),
    )
    return assemble(top, alt_outlook(text, inner, "t24"))


def t25():
    invoice = block("""
Invoice INV-88016 for your order SO-104202 (PO-40611) is attached.

Amount due: $1,399.00    Terms: Net 30    Due: 11/22/2025

Thank you for your business.
Ferrand Pipe & Supply - Billing
""")
    text = (
        block("""
Hi,

Bringing this one back up, the Oak Hollow house from last October. One of the 2 gallon expansion tanks from this order is waterlogged, the bladder failed and the relief valve keeps dripping. The homeowner called us out on Friday. Can we get it replaced under warranty?

Thank you
Rosa
""")
        + SIG_ROSA
        + "\n"
        + f"On Thu, Oct 23, 2025 at 5:02 PM {BILLING[0]} <{BILLING[1]}> wrote:\n"
        + gt(invoice)
    )
    top = gmail_headers(
        ROSA,
        RETURNS,
        "Re: Invoice INV-88016 for order SO-104202",
        date_header("2026-11-23 09:30:08", CENTRAL),
        "t25",
        reply_to=mid_ours("invoice-INV-88016"),
    )
    return assemble(top, alt_gmail(text, "t25"))


def t26():
    text = (
        block("""
Hello,

We have 5 of the 1" brass ball valves (our part KM-88107) left over from PO-77731. Never installed, still in the original boxes - the job doesn't need them anymore. Please send an RA so we can return them for credit.

Thank you,
""")
        + SIG_BRIANNA
    )
    top = outlook_headers(
        BRIANNA,
        to_desk(),
        "Return request - PO-77731",
        date_header("2026-11-23 13:20:45", EAST),
        "t26",
    )
    return assemble(top, alt_outlook(text, paras_html(text), "t26"))


def t27():
    top_text = block("""
Marisol - any ETA on the 2 replacement Wi-Fi thermostats? The library job has the controls walk-through on Friday and those 2 rooms are still blank. The 2 wrong ones are boxed up in our shop for your driver.

Tom
""")
    text = top_text + outlook_block(
        addr(MARISOL),
        "Thursday, November 12, 2026 10:14 AM",
        addr(BRIANNA),
        "Claim RC-40123 - PO-77760 wrong thermostats",
        ACK_40123,
        cc=addr(TOM),
    )
    top = outlook_headers(
        TOM,
        addr(MARISOL),
        "RE: Claim RC-40123 - PO-77760 wrong thermostats",
        date_header("2026-11-24 08:35:11", EAST),
        "t27",
        cc=addr(BRIANNA),
        reply_to=mid_ours("claim-RC-40123"),
    )
    return assemble(top, text_part(text))


T28_ROWS = [
    ["Item", "Our part #", "Qty", "PO price", "Invoiced", "Difference"],
    [
        'PIP-CU-L-100-20 1" type L copper, 20 ft',
        "KM-20100",
        "30",
        "$71.80",
        "$76.40",
        "$4.60 x 30 = $138.00",
    ],
    ['FTG-CU-E90-100 1" copper 90', "KM-40112", "200", "$2.95", "$2.95", "-"],
    ['VLV-1005-BV 1" ball valve', "KM-88107", "36", "$15.20", "$15.20", "-"],
]


def t28():
    top_text = block("""
Hello,

We audited invoice INV-88098 (your order SO-104226) against our PO-77790. One line is billed above the PO price:
""")
    bottom = (
        block("""
Please issue a credit memo for $138.00 against INV-88098.

Thank you,
""")
        + SIG_BRIANNA
    )
    text = top_text + "\n" + table_text(T28_ROWS) + "\n" + bottom
    inner = paras_html(top_text + "\n") + table_html(T28_ROWS) + paras_html("\n" + bottom)
    top = outlook_headers(
        BRIANNA,
        to_desk(),
        "Price discrepancy - INV-88098 / PO-77790",
        date_header("2026-11-24 10:05:59", EAST),
        "t28",
        cc=addr(DANA),
    )
    return assemble(top, alt_outlook(text, inner, "t28"))


def t29():
    text = (
        block("""
Hi,

Cleaning up after the Quarry Road job. We have 28 of the 1-1/2" black malleable unions left from PO 24388 that we don't need anymore. Can we return them? They're still in the bags.

""")
        + SIG_STAN
    )
    top = outlook_headers(
        STAN,
        RETURNS,
        "1-1/2 black unions - leftover PO 24388",
        date_header("2026-11-24 14:20:26", EAST),
        "t29",
    )
    return assemble(top, text_part(text))


def t30():
    text = (
        block("""
Marisol,

Please add these to the RA on this order. The owner cut the 3rd floor fit-out at Bristol Pike, so we don't need:

- 2 of the 3/4" pressure reducing valves
- 1 more coil of the 3/4" PEX (a good one this time, still wrapped)

Both unused, at our shop.

""")
        + SIG_TOM
        + outlook_block(
            addr(MARISOL),
            "Monday, November 9, 2026 10:26 AM",
            addr(TOM),
            "Claim RC-40115 - SO-104233 / PO-77812",
            ACK_40115,
        )
    )
    top = outlook_headers(
        TOM,
        addr(MARISOL),
        "RE: Claim RC-40115 - SO-104233 / PO-77812",
        date_header("2026-11-25 09:10:33", EAST),
        "t30",
        reply_to=mid_ours("claim-RC-40115"),
    )
    return assemble(top, text_part(text))


def t31():
    top_text = (
        block("""
Marisol,

While you have this one open - on the same PO 70231 we ordered 60 of the 10x6 white floor registers and only 40 went in, the other units got new carpet so we kept the old grilles there. The 20 extra are still boxed. We don't need them, can we send them back for credit?

""")
        + SIG_LUIS
    )
    text = top_text + outlook_block(
        addr(MARISOL),
        "Wednesday, November 11, 2026 9:47 AM",
        addr(LUIS),
        "Claim RC-40122 - PO 70231 damaged filters - under review",
        NOTICE_40122,
        cc=addr(GRACE),
    )
    inner = paras_html(top_text) + outlook_block_html(
        addr(MARISOL),
        "Wednesday, November 11, 2026 9:47 AM",
        addr(LUIS),
        "Claim RC-40122 - PO 70231 damaged filters - under review",
        paras_html(NOTICE_40122),
        cc=addr(GRACE),
    )
    top = outlook_headers(
        LUIS,
        addr(MARISOL),
        "RE: Claim RC-40122 - PO 70231 damaged filters - under review",
        date_header("2026-11-27 08:30:17", EAST),
        "t31",
        reply_to=mid_ours("notice-RC-40122"),
    )
    return assemble(top, alt_outlook(text, inner, "t31"))


def t32():
    text = block("""
Hello Marisol,

For PO-60455 our customer cancel 4 rooms in the project, so 4 thermostats non-programmable we don't need. They are new in the box, never open. Please can we return them? How we send them to you?

Thank you
Oksana Hryhorenko
Dispatcher, Summit HVAC Services

Get Outlook for Android
""")
    top = android_headers(
        OKSANA,
        addr(MARISOL),
        "return thermostats PO-60455",
        date_header("2026-11-30 08:00:41", CENTRAL),
        "t32",
    )
    return assemble(top, text_part(text))


def t33():
    text = (
        block("""
Hi Marisol,

Not a return this time - can you get me a price on:

- 25 of the 10x6 white steel floor registers (same as on PO 70231)
- 12 of the 3/4" sweat ball valves

Ship to Harborview, no rush, first week of January is fine. Or pass it to whoever does quotes.

Thanks,
""")
        + SIG_LUIS
    )
    top = outlook_headers(
        LUIS,
        addr(MARISOL),
        "Quote - registers and ball valves",
        date_header("2026-11-30 10:45:22", EAST),
        "t33",
    )
    return assemble(top, alt_outlook(text, paras_html(text), "t33"))


def t34():
    text = (
        block("""
Hi Marisol,

INV-88180 (PO 24530 / SO-104243) bills the 1" wrot copper 90s at $2.90 each. Glen quoted us $2.60 on these for this job, his quote is attached. That's 250 pcs x $0.30 = $75.00.

Could you please credit the difference?

Thank you,
""")
        + SIG_KAREN
    )
    top = outlook_headers(
        KAREN,
        addr(MARISOL),
        "INV-88180 - copper 90 pricing",
        date_header("2026-11-30 13:30:50", EAST),
        "t34",
        attach=True,
    )
    body = multi(
        "mixed",
        "_004_" + h("mix", "t34", n=28).upper() + "namprd",
        alt_outlook(text, paras_html(text), "t34"),
        file_part(quote_pdf(), "application/pdf", "Q-26-0877 Riverbend Hillside.pdf"),
    )
    return assemble(top, body)


def t35():
    text = (
        block("""
Hello,

Invoice INV-88197 bills the 16x25x1 MERV 11 pleated filters (case of 12) at $41.20 per case. Our contract price on these is $39.50 per case. 20 cases x $1.70 = $34.00.

Please send a credit memo for $34.00.

Thank you,
""")
        + SIG_LINDA
    )
    top = outlook_headers(
        LINDA,
        RETURNS,
        "Invoice INV-88197 - filter price",
        date_header("2026-12-01 09:15:04", CENTRAL),
        "t35",
    )
    return assemble(top, alt_outlook(text, paras_html(text), "t35"))


def t36():
    first = (
        block("""
Hello,

The thermostats delivered to the Marina Tower office suites on Friday are the wrong ones. We ordered 6 of the basic non-programmable digital thermostats and got 6 of the 7-day programmable Wi-Fi models. The suites are wired for the basic 24V units. Please exchange them for the ones we ordered.

Thank you,
""")
        + SIG_DENISE
    )
    desk = (
        block("""
Hi Denise,

Sorry about the mix-up. I can't find that delivery on Harbor Point's account - which PO or order number was it on?

""")
        + SIG_MARISOL
    )
    top_text = (
        block("""
Hi Marisol,

It's our PO 70315 - Luis ordered it by phone with Glen on the 20th. The 6 thermostats are in the engineering office, still in the boxes.

Thanks,
""")
        + SIG_DENISE
    )
    text = (
        top_text
        + outlook_block(
            addr(MARISOL),
            "Tuesday, December 1, 2026 4:18 PM",
            addr(DENISE),
            "RE: Wrong thermostats - Marina Tower",
            desk,
        )
        + outlook_block(
            addr(DENISE),
            "Monday, November 30, 2026 11:02 AM",
            RETURNS,
            "Wrong thermostats - Marina Tower",
            first,
        )
    )
    inner = (
        paras_html(top_text)
        + outlook_block_html(
            addr(MARISOL),
            "Tuesday, December 1, 2026 4:18 PM",
            addr(DENISE),
            "RE: Wrong thermostats - Marina Tower",
            paras_html(desk),
        )
        + outlook_block_html(
            addr(DENISE),
            "Monday, November 30, 2026 11:02 AM",
            RETURNS,
            "Wrong thermostats - Marina Tower",
            paras_html(first),
        )
    )
    top = outlook_headers(
        DENISE,
        addr(MARISOL),
        "RE: Wrong thermostats - Marina Tower",
        date_header("2026-12-02 08:40:38", EAST),
        "t36",
        cc=addr(LUIS),
        reply_to=mid_ours("reply-denise-20261201"),
    )
    return assemble(top, alt_outlook(text, inner, "t36"))


def t37():
    answers = [
        ("1. Which invoice?", "INV-88133 (our PO 77830, your SO-104235)"),
        (
            "2. Which item, and how many units?",
            "THE CONDENSATE PUMPS - ALL 8 ON THE INVOICE",
        ),
        (
            "3. What price did you expect, and where is it from (PO, quote)?",
            "$61.50 EACH PER OUR PO 77830. THE INVOICE SAYS $64.90, SO $3.40 X 8 = $27.20",
        ),
    ]
    desk_intro = block("""
Hi Dana,

I got your voicemail about an overcharge. So I can look into it, could you tell me:

""")
    desk_text = desk_intro
    desk_html = paras_html(desk_intro)
    for question, answer in answers:
        desk_text += question + "\n" + answer + "\n\n"
        desk_html += paras_html(question)
        desk_html += f'<p class="MsoNormal"><b><span style="color:#C00000">{html.escape(answer)}</span></b></p>\n'
        desk_html += paras_html("")
    desk_text += "Thanks,\n" + SIG_MARISOL
    desk_html += paras_html("Thanks,\n" + SIG_MARISOL)
    top_text = (
        block("""
Marisol,

Answers below in red.

""")
        + SIG_DANA
    )
    sent = ("Wednesday, December 2, 2026 2:05 PM", addr(DANA), "Overcharge - voicemail")
    text = top_text + outlook_block(addr(MARISOL), sent[0], sent[1], sent[2], desk_text)
    inner = paras_html(top_text) + outlook_block_html(
        addr(MARISOL), sent[0], sent[1], sent[2], desk_html
    )
    top = outlook_headers(
        DANA,
        addr(MARISOL),
        "RE: Overcharge - voicemail",
        date_header("2026-12-03 09:55:26", EAST),
        "t37",
        reply_to=mid_ours("vm-dana-20261202"),
    )
    return assemble(top, alt_outlook(text, inner, "t37"))


# ---------------------------------------------------------------- portal form and uploads


def t38():
    form = {
        "order_number": "SO-104214",
        "lines": [{"sku": "VLV-3100-CK", "quantity": 1, "reason": "NOT_NEEDED"}],
        "note": (
            "One of the four 3in flanged swing check valves from the Quarry Road pump "
            "house was never installed - the engineer took it out of the design. Still "
            "crated in our yard. Please send an RA and pickup date."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode()


def t39():
    text = block("""
KEYSTONE MECHANICAL CONTRACTORS - SERVICE DEPARTMENT
Warranty return request (uploaded through the Ferrand customer portal)

Supplier order:  SO-104201  (our PO-76115, delivered October 2025)
Item:            1/25 HP cast iron circulator pump, 115 V  (Ferrand PMP-CIRC-015)

Service tickets:
  SR-30817  1220 Baltimore Pike, boiler room B - circulator seized, motor hot,
            no flow. Replaced from our stock.
  SR-30842  1220 Baltimore Pike, boiler room C - circulator noisy, bearing
            failing. Replaced from our stock.

Total: 2 circulators failed. Both were installed in November 2025 from SO-104201.
Please process under warranty. The 2 units are tagged in our shop.

Submitted by: K. Osei, Service Coordinator
""")
    return crlf(text.encode("ascii"))


def t40():
    text = block("""
RIVERBEND PLUMBING & HEATING
Yard count - discrepancy note for Ferrand Pipe & Supply
Counted by: S. Kowalczyk      Checked by: K. Liu

Millbrook water plant material
Ferrand SO-104222 / our PO 24415 / Estes delivery 10/22

  3" RPZ backflow assembly ............ ordered 1    on hand 1    ok
  3" flanged swing check valve ........ ordered 2    on hand 3    +1

We have one more 3" check valve than we ordered or were invoiced for. It must have
shipped extra with the order. Please arrange pickup of the 1 extra check valve.
""")
    return text.encode("ascii")


BUILD = {
    "t01-harbor-denise-fw-lobby-ceiling-tiles.eml": t01,
    "t02-keystone-tom-fw-wes-bristol-pike-delivery.eml": t02,
    "t03-summit-oksana-so104238-thermostats-filters.eml": t03,
    "t04-delgado-rosa-re-delivered-po40962-copper.eml": t04,
    "t05-keystone-tom-re-odfl-delivery-so104235.eml": t05,
    "t06-delgado-lupe-so104216-heater-tanks.eml": t06,
    "t07-harbor-luis-re-delivery-po70231-filters.eml": t07,
    "t08-summit-oksana-re-thermostats-found.eml": t08,
    "t09-keystone-brianna-po77760-wifi-thermostats.eml": t09,
    "t10-delgado-lupe-fw-efrain-willcall-ball-valves.eml": t10,
    "t11-delgado-efrain-hotmail-ball-valves-leak.eml": t11,
    "t12-keystone-wes-re-ra-gate-valves-how-to-ship.eml": t12,
    "t13-riverbend-karen-po24530-receiving-report.eml": t13,
    "t14-harbor-grace-automatic-reply.eml": t14,
    "t15-riverbend-mike-re-claim-po24530-prv.eml": t15,
    "t16-summit-tuan-po60455-condensate-pumps.eml": t16,
    "t17-keystone-wes-so104226-extra-bag-elbows.eml": t17,
    "t18-riverbend-stan-fw-elbows-short-resend.eml": t18,
    "t19-harbor-marco-so104246-valves-registers.eml": t19,
    "t20-keystone-tom-re-so104226-ball-valves.eml": t20,
    "t21-delgado-efrain-hotmail-late-truck.eml": t21,
    "t22-riverbend-karen-po24460-tees-copper.eml": t22,
    "t23-riverbend-mike-re-questions-so104236.eml": t23,
    "t24-riverbend-karen-re-ra-thanks.eml": t24,
    "t25-delgado-rosa-so104202-expansion-tank.eml": t25,
    "t26-keystone-brianna-po77731-ball-valves-return.eml": t26,
    "t27-keystone-tom-re-replacement-thermostats-eta.eml": t27,
    "t28-keystone-brianna-inv88098-price-audit.eml": t28,
    "t29-riverbend-stan-po24388-unions-leftover.eml": t29,
    "t30-keystone-tom-re-claim-so104233-prv-pex.eml": t30,
    "t31-harbor-luis-re-po70231-registers-return.eml": t31,
    "t32-summit-oksana-po60455-thermostats-return.eml": t32,
    "t33-harbor-luis-quote-registers-valves.eml": t33,
    "t34-riverbend-karen-inv88180-elbow-price.eml": t34,
    "t35-summit-linda-inv88197-filter-price.eml": t35,
    "t36-harbor-denise-re-which-po-thermostats.eml": t36,
    "t37-keystone-dana-re-questions-inv88133.eml": t37,
    "t38-portal-check-valve-return.json": t38,
    "t39-upload-circulator-service-tickets.txt": t39,
    "t40-upload-inventory-count-check-valves.txt": t40,
}


def main(argv):
    if len(argv) != 2:
        print("usage: make_attachments.py TARGET_DIR", file=sys.stderr)
        return 2
    target = Path(argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    print(f"{len(BUILD)} request files written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
