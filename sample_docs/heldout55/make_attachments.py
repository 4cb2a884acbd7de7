"""Write every request file of heldout55: a month of Meridian Supply's shared claims mailbox.

Usage:  python make_attachments.py TARGET_DIR

Forty files, in the order they reached claims@meridiansupply.example between Monday
2026-11-09 and Thursday 2026-12-03: 37 mails, one portal form and two text uploads. Every
mail is assembled byte by byte the way its sending program writes it (Outlook on Exchange,
Gmail and the Gmail app, iPhone Mail, Thunderbird, a bulk mailer), with fixed Date headers and
Message-IDs and MIME boundaries taken from a hash of the file key. The attachments are made
here too: three scanned or photographed papers as PNG (DejaVu/Liberation fonts, seeded
noise, no time stamps), a one-page text PDF written object by object, two XLSX workbooks
zipped with fixed member dates, a CSV and an HTML report. Nothing reads the clock, so two
runs write the same bytes.
"""

import base64
import hashlib
import html
import io
import json
import quopri
import random
import sys
import textwrap
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

CRLF = b"\r\n"
FONTS = Path("/usr/share/fonts/truetype")

# ------------------------------------------------------------------ who is who

DESK = ("Meridian Claims", "claims@meridiansupply.example")
COLLEEN = ("Colleen Shea", "claims@meridiansupply.example")
ORDERS = ("Meridian Order Desk", "orders@meridiansupply.example")
AR = ("Meridian Accounts Receivable", "ar@meridiansupply.example")

DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
STAN = ("Stan Wojcik", "swojcik@keystonemech.com")
JEN = ("Jen Albright", "jalbright@keystonemech.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
ED = ("Ed Farrelly", "efarrelly@riverbendph.com")
TASHA = ("Tasha Greene", "dispatch@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
JORGE = ("Jorge Castillo", "jcastillo@summithvac.net")
WEN = ("Wen Li", "wli@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
DEVON = ("Devon Marsh", "dmarsh@harborpointpm.com")
FATIMA = ("Fatima Haddad", "fhaddad@harborpointpm.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
MARCO = ("Marco Delgado", "marco@delgadosons.com")
ERNESTO = ("Ernesto Delgado", "ernesto@delgadosons.com")
CHUY = ("Chuy Villarreal", "yard@delgadoplumbing.com")
DANNY = ("Danny Kurtz", "danny.kurtz.plumbing@gmail.com")
BRADFORD = ("Bradford Thermal Products", "news@bradfordthermal.example")

EAST, CENTRAL = -5, -6


# ------------------------------------------------------------------ small helpers


def digest(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def addr(person):
    name, email = person
    if any(ch in name for ch in "'.,&()"):
        name = '"' + name + '"'
    return f"{name} <{email}>"


def when(local, offset):
    tz = timezone(timedelta(hours=offset))
    moment = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    seconds = int(digest("sec", local, n=4), 16) % 60
    return (moment + timedelta(seconds=seconds)).strftime("%a, %d %b %Y %H:%M:%S %z")


def block(text):
    """A text written as an indented triple-quoted string, without its first newline."""
    return textwrap.dedent(text).removeprefix("\n")


def fold(name, value):
    """A header line, folded at blanks so that no line passes 76 columns."""
    words = value.split(" ")
    out, cur = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return "\r\n".join(out)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)


class Part:
    """One MIME entity: its content headers and its already encoded body."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text_part(text, subtype="plain", charset=None, qp=None):
    data = text.encode("utf-8")
    charset = charset or ("us-ascii" if text.isascii() else "utf-8")
    longest = max(len(row) for row in text.split("\n"))
    if qp is None:
        qp = not text.isascii() or longest > 76
    if qp:
        cte, body = "quoted-printable", quopri.encodestring(data)
    else:
        cte, body = "7bit", data
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, crlf(body))


def file_part(data, mime, filename, extra=()):
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Description", filename),
        ("Content-Disposition", f'attachment; filename="{filename}"; size={len(data)}'),
        ("Content-Transfer-Encoding", "base64"),
        *extra,
    ]
    return Part(headers, crlf(base64.encodebytes(data)))


def multi(kind, boundary, *parts):
    out = b""
    for part in parts:
        out += b"--" + boundary.encode() + CRLF
        out += CRLF.join(fold(k, v).encode() for k, v in part.headers) + CRLF + CRLF
        out += part.body
        if not out.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def assemble(top, part):
    rows = [fold(k, v) for k, v in top] + [fold(k, v) for k, v in part.headers]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + part.body


# ------------------------------------------------------------------ Outlook on Exchange


def exchange_id(key):
    n = int(digest("srv", key, n=4), 16)
    host = f"CH{n % 9 + 1}PR{n % 7 + 11}MB{4000 + n % 5000}"
    return f"<{host}{digest('mid', key, n=20).upper()}@{host}.namprd12.prod.outlook.com>"


def outlook(sender, to, subject, date, key, cc=None, reply_to=None, attach=False, extra=()):
    topic = subject
    for prefix in ("RE: ", "FW: ", "Re: "):
        topic = topic.removeprefix(prefix)
    index = base64.b64encode(bytes.fromhex(digest("idx", topic, n=44))).decode()
    top = [("From", addr(sender)), ("To", to)]
    if cc:
        top.append(("CC", cc))
    top += [
        ("Subject", subject),
        ("Thread-Topic", topic),
        ("Thread-Index", index),
        ("Date", date),
        ("Message-ID", exchange_id(key)),
    ]
    if reply_to:
        top += [("References", reply_to), ("In-Reply-To", reply_to)]
    top += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        *extra,
        ("MIME-Version", "1.0"),
    ]
    return top


def mso(rows):
    out = []
    for row in rows.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{html.escape(row) if row else "&nbsp;"}</p>')
    return "\n".join(out)


def mso_page(inner):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal {margin:0in;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\ntable.grid td, table.grid th '
        "{border:solid #A6A6A6 1.0pt;padding:1pt 5pt;}\n--></style>\n</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n'
        '<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n"
    )


def outlook_alt(text, key, page=None):
    return multi(
        "alternative",
        "_000_" + digest("alt", key, n=32).upper() + "_",
        text_part(text),
        text_part(page or mso_page(mso(text)), "html"),
    )


def outlook_mixed(key, *parts):
    return multi("mixed", "_004_" + digest("mix", key, n=32).upper() + "_", *parts)


def outlook_quote(sender, sent, to, subject, body, cc=None):
    head = "\n________________________________\n"
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    if cc:
        head += f"Cc: {cc}\n"
    return head + f"Subject: {subject}\n\n" + body


# ------------------------------------------------------------------ Gmail, iPhone, Thunderbird


def gmail(sender, to, subject, date, key, cc=None, reply_to=None):
    raw = base64.urlsafe_b64encode(bytes.fromhex(digest("g", key, n=42))).decode()
    top = [("MIME-Version", "1.0"), ("Date", date)]
    if reply_to:
        top += [("References", reply_to), ("In-Reply-To", reply_to)]
    top += [
        ("Message-ID", f"<CAJ{raw.rstrip('=')}@mail.gmail.com>"),
        ("Subject", subject),
        ("From", addr(sender)),
        ("To", to),
    ]
    if cc:
        top.append(("Cc", cc))
    return top


def gmail_text(text, subtype="plain"):
    part = text_part(text, subtype, charset="UTF-8")
    part.headers[0] = ("Content-Type", f'text/{subtype}; charset="UTF-8"')
    return part


def gmail_alt(text, key):
    rows = []
    for row in text.rstrip("\n").split("\n"):
        rows.append(f"<div>{html.escape(row)}</div>" if row else "<div><br></div>")
    page = '<div dir="ltr">' + "".join(rows) + "</div>\n"
    boundary = "0000000000" + digest("ga", key, n=18)
    return multi("alternative", boundary, gmail_text(text), gmail_text(page, "html"))


def gmail_mixed(key, *parts):
    return multi("mixed", "0000000000" + digest("gm", key, n=18), *parts)


def iphone(sender, to, subject, date, key):
    h = digest("ios", key, n=32).upper()
    mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{sender[1].split('@')[1]}>"
    return [
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Content-Transfer-Encoding", "7bit"),
        ("From", addr(sender)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", subject),
        ("Message-Id", mid),
        ("To", to),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ]


def single(top, text):
    """A one-part message whose content headers are already among the top headers."""
    rows = [fold(k, v) for k, v in top]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + crlf(text.encode("ascii"))


def flowed(text, width=72):
    """RFC 3676 format=flowed: long paragraphs wrapped with a trailing blank (soft break)."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        if len(row) <= width or row.startswith(">"):
            out.append(row.rstrip(" "))
            continue
        pieces = textwrap.wrap(row, width=width, break_long_words=False)
        out += [piece + " " for piece in pieces[:-1]] + [pieces[-1]]
    return "\n".join(out) + "\n"


def thunderbird(sender, to, subject, date, key):
    return [
        (
            "Message-ID",
            f"<{digest('tb', key, n=8)}-{digest('tb2', key, n=4)}-{digest('tb3', key, n=4)}"
            + "@riverbendph.com>",
        ),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", to),
        ("From", addr(sender)),
        ("Subject", subject),
        ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
        ("Content-Transfer-Encoding", "7bit"),
    ]


def desk_id(tag):
    return f"<{tag}.{digest('desk', tag, n=12)}@mx.meridiansupply.example>"


TO_DESK = addr(DESK)

# ------------------------------------------------------------------ signatures

SIG_RAJ = block("""
    Raj Patel
    Operations Manager | Summit HVAC Services
    o 312-555-0152
""")

SIG_JORGE = block("""
    Jorge Castillo
    Lead Installer, Summit HVAC Services
    c 773-555-0186
""")

SIG_WEN = block("""
    Wen Li
    Purchasing
    Summit HVAC Services
""")

SIG_DANA = block("""
    Dana Ruiz | Accounts Payable
    Keystone Mechanical Contractors
    ap@keystonemech.com
""")

SIG_JEN = block("""
    Jen Albright
    Purchasing Coordinator
    Keystone Mechanical Contractors | 610-555-0144
""")

SIG_STAN = block("""
    Stan Wojcik
    Shop Foreman - Keystone Mechanical
    610-555-0139
""")

SIG_TOM = block("""
    Tom Morales
    Project Manager
    Keystone Mechanical Contractors
""")

SIG_KAREN = block("""
    Karen Liu
    Office Manager
    Riverbend Plumbing & Heating | (484) 555-0134
""")

SIG_MIKE = block("""
    Mike O'Brien
    Riverbend Plumbing & Heating
""")

SIG_LUIS = block("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
""")

SIG_GRACE = block("""
    Grace Kim
    Accounts Payable | Harbor Point Property Management
    payables@harborpointpm.com
""")

SIG_FATIMA = block("""
    Fatima Haddad
    Property Manager - Linden Court
    Harbor Point Property Management
""")

SIG_COLLEEN = block("""
    Colleen Shea
    Claims & Returns | Meridian Plumbing & HVAC Supply
    claims@meridiansupply.example | 800-555-0117 x214
""")


# ------------------------------------------------------------------ pictures


def face(name, size):
    return ImageFont.truetype(str(FONTS / name), size)


def speckle(img, rng, count, low, high):
    px = img.load()
    w, h = img.size
    for _ in range(count):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rng.randrange(low, high)))


def scrawl(draw, rng, xy, text, font, fill, wobble=2):
    """Pen writing: each letter a little off the line, as a hand writes."""
    x, y = xy
    for ch in text:
        draw.text((x, y + rng.randint(-wobble, wobble)), ch, font=font, fill=fill)
        x += draw.textlength(ch, font=font) + rng.choice((0, 0, 1))


def to_png(img, levels=16):
    step = 256 // levels
    img = img.point(lambda v: min(255, v // step * step + step // 2))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def delivery_receipt_photo():
    """Jorge's phone picture of the ODFL delivery receipt for PO-60377, exceptions in pen."""
    rng = random.Random(55031)
    w, h = 1000, 760
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    for y in range(h):  # a clipboard, lit from the top
        draw.line((0, y, w, y), fill=150 - y // 12)
    draw.polygon([(38, 24), (968, 36), (960, 742), (30, 730)], fill=236)
    head = face("LiberationSans-Bold.ttf", 26)
    txt = face("LiberationMono-Regular.ttf", 19)
    bold = face("LiberationMono-Bold.ttf", 19)
    pen = face("LiberationSans-Italic.ttf", 27)
    ink = 30
    draw.text((70, 52), "ODFL  DELIVERY RECEIPT", font=head, fill=25)
    draw.text((640, 58), "PRO 07412238651", font=bold, fill=35)
    lines = [
        (70, 104, txt, "SHIPPER:   MERIDIAN PLUMBING & HVAC SUPPLY - DC-SOUTH"),
        (70, 132, txt, "CONSIGNEE: SUMMIT HVAC SERVICES, CHICAGO IL"),
        (70, 160, txt, "CUST PO:   PO-60377        SHIPPER REF: SO-104228"),
        (70, 188, txt, "DELIVERED: 11/02/26  14:20  DOOR 2"),
        (70, 238, bold, "PCS  UNIT  DESCRIPTION                      WT LB"),
        (70, 272, txt, " 40  CTN   ACOUSTIC CEILING TILE 2X2 FT      880"),
        (70, 302, txt, " 30  EA    STEEL FLOOR REGISTER 10X6 WHITE    96"),
        (70, 360, bold, "EXCEPTIONS:"),
        (70, 560, txt, "RECEIVED BY: __________________   DRIVER: __________"),
    ]
    for x, y, font, value in lines:
        draw.text((x, y), value, font=font, fill=35)
    draw.line((64, 262, 930, 262), fill=80, width=2)
    scrawl(draw, rng, (220, 352), "3 ctn ceiling tile crushed + wet", pen, ink)
    scrawl(draw, rng, (220, 402), "(bottom of pallet, forklift side)", pen, ink)
    scrawl(draw, rng, (220, 452), "consignee to dispose - 37 ctn ok", pen, ink)
    scrawl(draw, rng, (220, 548), "J. Castillo", pen, ink)
    scrawl(draw, rng, (690, 548), "D. Pruitt", pen, ink)
    img = img.rotate(1.7, resample=Image.BICUBIC, fillcolor=60)
    speckle(img, rng, 5000, -35, 30)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    return to_png(img)


def shop_note_scan():
    """Ray's check-in note for PO 77830, on a ruled pad page, run through the shop copier."""
    rng = random.Random(55052)
    w, h = 900, 700
    img = Image.new("L", (w, h), 244)
    draw = ImageDraw.Draw(img)
    for y in range(110, h - 20, 48):
        draw.line((30, y + 38, w - 30, y + 38), fill=200, width=1)
    draw.line((92, 20, 92, h - 20), fill=185, width=2)
    top = face("DejaVuSans-Bold.ttf", 17)
    draw.text((110, 30), "KEYSTONE MECHANICAL - SHOP RECEIVING", font=top, fill=70)
    pen = face("DejaVuSans-Oblique.ttf", 27)
    rows = [
        "PO 77830 - ODFL - checked in 11/6",
        "3in swing checks   6 rec'd  ok",
        "KM-40415 1-1/2 unions  40 rec'd",
        "   4 cracked at the nut (box crushed)",
        "circ pumps  4 rec'd",
        "   1 DOA - hums, won't spin",
        "condensate pumps  8  ok",
        "- Ray",
    ]
    for i, row in enumerate(rows):
        scrawl(draw, rng, (110, 110 + 48 * i), row, pen, 40, wobble=2)
    img = img.rotate(-0.8, resample=Image.BICUBIC, fillcolor=244)
    speckle(img, rng, 2500, -110, -25)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return to_png(img)


def packing_slip_scan():
    """Meridian's packing slip for SO-104246 with Luis's counts written on it, scanned."""
    rng = random.Random(55077)
    w, h = 1100, 760
    img = Image.new("L", (w, h), 248)
    draw = ImageDraw.Draw(img)
    big = face("DejaVuSans-Bold.ttf", 26)
    reg = face("DejaVuSansMono.ttf", 19)
    regb = face("DejaVuSansMono-Bold.ttf", 19)
    pen = face("LiberationSerif-Italic.ttf", 30)
    draw.text((50, 36), "MERIDIAN PLUMBING & HVAC SUPPLY", font=big, fill=20)
    draw.text((50, 72), "PACKING SLIP", font=big, fill=20)
    draw.text((720, 40), "Order  SO-104246", font=regb, fill=25)
    draw.text((720, 68), "Cust PO  PO-70296", font=reg, fill=25)
    draw.text((720, 96), "Ship via OWN FLEET", font=reg, fill=25)
    draw.text((50, 130), "Ship to: HARBOR POINT PROPERTY MGMT", font=reg, fill=25)
    draw.text((50, 156), "         WHARF STREET LOFTS", font=reg, fill=25)
    draw.line((46, 200, 1050, 200), fill=30, width=2)
    draw.text(
        (50, 210),
        "LN  ITEM            DESCRIPTION               SHIPPED",
        font=regb,
        fill=20,
    )
    draw.line((46, 240, 1050, 240), fill=30, width=2)
    draw.text(
        (50, 256),
        " 1  HVC-REG-1006-W  FLOOR REGISTER 10X6 WHT   40 EA",
        font=reg,
        fill=25,
    )
    draw.text(
        (50, 336),
        " 2  VLV-0075-BV     3/4 BALL VALVE FP SWEAT   12 EA",
        font=reg,
        fill=25,
    )
    draw.line((46, 430, 1050, 430), fill=120, width=1)
    draw.text(
        (50, 640),
        "Received by: ____________________  Date: ________",
        font=reg,
        fill=25,
    )
    ink = 35
    scrawl(draw, rng, (300, 288), "counted 50 - 10 extra, will hold", pen, ink)
    scrawl(draw, rng, (300, 368), "only 10 rec'd - 2 short", pen, ink)
    scrawl(draw, rng, (200, 626), "L. Ortega", pen, ink)
    scrawl(draw, rng, (640, 626), "11/16", pen, ink)
    for y in (262, 342):  # a tick after each counted line
        draw.line((700, y + 8, 712, y + 20), fill=ink, width=3)
        draw.line((712, y + 20, 736, y - 6), fill=ink, width=3)
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=248)
    speckle(img, rng, 3000, -120, -30)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    return to_png(img)


# ------------------------------------------------------------------ documents


def pdf_text(value):
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def one_page_pdf(texts, rules, title, producer, size=(612, 792)):
    """A one-page PDF with real text. texts: (x, y, pt, bold, string); rules: (x1, y1, x2, y2)."""
    ops = ["BT"]
    for x, y, pt, bold, value in texts:
        ops.append(f"/{'F2' if bold else 'F1'} {pt} Tf 1 0 0 1 {x} {y} Tm ({pdf_text(value)}) Tj")
    ops += ["ET", "0.6 w"] + [f"{a} {b} m {c} {d} l S" for a, b, c, d in rules]
    stream = zlib.compress("\n".join(ops).encode("cp1252"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % size
        + b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title ({pdf_text(title)}) /Producer ({pdf_text(producer)}) >>".encode("cp1252"),
    ]
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    where = []
    for n, obj in enumerate(objs, start=1):
        where.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in where)
    ident = digest("pdf", title, n=32).encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\n" % (
        len(objs) + 1,
        ident,
        ident,
    )
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


def debit_memo_pdf():
    t = [
        (50, 740, 16, True, "KEYSTONE MECHANICAL CONTRACTORS"),
        (
            50,
            722,
            9,
            False,
            "200 W State St, Media PA 19063  -  Accounts Payable  -  ap@keystonemech.com",
        ),
        (400, 680, 18, True, "DEBIT MEMO"),
        (400, 660, 10, False, "No. DM-20417"),
        (400, 646, 10, False, "Date: 11/12/2026"),
        (50, 680, 10, True, "To:"),
        (80, 680, 10, False, "Meridian Plumbing & HVAC Supply"),
        (80, 666, 10, False, "Attn: Claims & Returns"),
        (50, 620, 10, True, "Reference:"),
        (120, 620, 10, False, "Invoice INV-88133 dated 11/04/2026, our PO 77830"),
        (50, 580, 10, True, "Description"),
        (260, 580, 10, True, "Qty"),
        (310, 580, 10, True, "PO price"),
        (380, 580, 10, True, "Invoiced"),
        (450, 580, 10, True, "Diff/ea"),
        (515, 580, 10, True, "Amount"),
        (50, 560, 10, False, "Condensate pump 115V w/ safety sw."),
        (262, 560, 10, False, "8"),
        (315, 560, 10, False, "61.50"),
        (385, 560, 10, False, "64.90"),
        (455, 560, 10, False, "3.40"),
        (518, 560, 10, False, "27.20"),
        (450, 525, 10, True, "Total"),
        (518, 525, 10, True, "27.20"),
        (50, 480, 10, True, "Reason:"),
        (
            100,
            480,
            10,
            False,
            "Unit price billed above the price on our purchase order.",
        ),
        (
            50,
            440,
            10,
            False,
            "Please issue a credit memo for $27.20 against INV-88133. If no credit memo",
        ),
        (
            50,
            426,
            10,
            False,
            "is received before our next payment run, this amount will be deducted.",
        ),
        (50, 380, 10, False, "Approved: D. Ruiz"),
        (
            50,
            60,
            8,
            False,
            "Keystone Mechanical Contractors - AP debit memo - page 1 of 1",
        ),
    ]
    rules = [
        (50, 705, 562, 705),
        (50, 595, 562, 595),
        (50, 575, 562, 575),
        (440, 540, 562, 540),
    ]
    return one_page_pdf(t, rules, "DM-20417 INV-88133", "Keystone AP Suite 4.2")


def col(n):
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xlsx(sheet, rows, widths):
    """A minimal workbook: one sheet, inline strings, numbers as numbers, a bold header row."""
    cells = []
    for r, row in enumerate(rows, start=1):
        out = []
        for c, value in enumerate(row, start=1):
            ref = f"{col(c)}{r}"
            style = ' s="1"' if r == 1 else ""
            if value == "" or value is None:
                continue
            if isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"{style}><v>{value}</v></c>')
            else:
                out.append(
                    f'<c r="{ref}"{style} t="inlineStr"><is><t>{html.escape(value)}</t></is></c>'
                )
        cells.append(f'<row r="{r}">' + "".join(out) + "</row>")
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{wd}" customWidth="1"/>'
        for i, wd in enumerate(widths, start=1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="{html.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<styleSheet xmlns="{main}">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            "</cellXfs>"
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{main}" xmlns:r="{rel}">'
            f"<cols>{cols}</cols><sheetData>" + "".join(cells) + "</sheetData></worksheet>"
        ),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 12, 16, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def receiving_sheet_xlsx():
    rows = [
        (
            "Ln",
            "Item #",
            "Description",
            "Ordered",
            "Shipped",
            "Received",
            "Damaged",
            "Short",
            "Accepted",
            "Notes",
        ),
        (
            1,
            "VLV-1005-BV",
            '1" ball valve FP threaded',
            48,
            48,
            42,
            0,
            6,
            42,
            "one inner box of 6 not in carton",
        ),
        (
            2,
            "FTG-CU-E90-100",
            '1" wrot copper 90 CxC',
            250,
            250,
            250,
            15,
            0,
            235,
            "carton crushed, 15 ovaled",
        ),
        (3, "VLV-0750-PRV", '3/4" PRV 25-75 psi', 4, 4, 4, 0, 0, 4, ""),
        ("", "", "PO 24530 / SO-104243 - R+L 11/12/26 - checked by K. Liu"),
    ]
    return xlsx("Receiving", rows, (5, 16, 30, 9, 9, 10, 10, 8, 10, 34))


def closeout_xlsx():
    rows = [
        (
            "Cust Part #",
            "Description",
            "Ordered",
            "Received",
            "Installed",
            "Prev returned",
            "On hand",
            "Scrap",
            "Return",
        ),
        ("KM-20100", '1" type L copper 20 ft', 30, 30, 30, 0, 0, 0, 0),
        ("KM-40112", '1" wrot cu 90 CxC', 200, 200, 142, 20, 38, 8, 30),
        ("KM-88107", '1" ball valve FP thd', 36, 36, 26, 0, 10, 0, 10),
        ("", "Job: Birch Hollow - PO-77790 - closed 11/19/26"),
    ]
    return xlsx("Closeout", rows, (14, 26, 9, 9, 9, 13, 9, 7, 8))


UNION_CSV = block("""
    so_number,item,description,qty_shipped,qty_installed,qty_on_hand,qty_to_return
    SO-104214,VLV-3100-CK,"3"" swing check flanged",4,4,0,0
    SO-104214,FTG-BI-U-150,"1-1/2"" BMI union",30,2,28,28
""")


def recon_html():
    head = (
        "Line",
        "Item",
        "Description",
        "Inv qty",
        "PO price",
        "Inv price",
        "Var/unit",
        "Ext variance",
        "Status",
    )
    rows = [
        (
            "1",
            "PIP-CU-L-100-20",
            '1" type L copper, 20 ft',
            "30",
            "71.80",
            "76.40",
            "4.60",
            "138.00",
            "EXCEPTION",
        ),
        (
            "2",
            "FTG-CU-E90-100",
            '1" wrot copper 90',
            "200",
            "2.95",
            "2.95",
            "0.00",
            "0.00",
            "MATCHED",
        ),
        (
            "3",
            "VLV-1005-BV",
            '1" ball valve FP',
            "36",
            "15.20",
            "15.20",
            "0.00",
            "0.00",
            "MATCHED",
        ),
    ]
    cells = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr>\n"
    for row in rows:
        cells += "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n"
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        "<title>Invoice reconciliation - INV-88098</title>\n"
        "<style>body{font-family:Arial,sans-serif;font-size:10pt}"
        "td,th{border:1px solid #999;padding:2px 6px}table{border-collapse:collapse}</style>\n"
        "</head>\n<body>\n"
        "<h2>Keystone Mechanical Contractors - AP invoice reconciliation</h2>\n"
        "<p>Vendor: Meridian Plumbing &amp; HVAC Supply<br>\n"
        "Invoice: INV-88098 (10/26/2026)<br>\nPO: PO-77790<br>\n"
        "Run: month-end close, November 2026</p>\n"
        "<table>\n" + cells + "</table>\n"
        "<p>Exceptions: 1 line, total variance <b>$138.00</b>. Requested action: credit memo"
        " from vendor for the total variance.</p>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


# ------------------------------------------------------------------ the mails


JORGE_R03 = (
    block("""
    Hi Colleen,

    Picture of the ODFL delivery receipt for PO-60377 is attached. The driver signed off on the exceptions, see the bottom of the receipt. Please take care of it for us.

    Thanks,

""")
    + SIG_JORGE
)


def r01():
    text = (
        block("""
            Morning Colleen,

            Our guys counted out the thermostats from PO-60418 before loading the van for the Garfield Park clinic this morning and we're one short on the programmable Wi-Fi ones - packing list says 12, there are 11 cartons. Non-programmables and the filters all match.

            Can you ship the missing one with the next delivery? Thanks.

        """)
        + SIG_RAJ
    )
    top = outlook(
        RAJ,
        TO_DESK,
        "PO-60418 - one Wi-Fi stat missing",
        when("2026-11-09 08:14", CENTRAL),
        "r01",
    )
    return assemble(top, outlook_alt(text, "r01"))


def r02():
    text = block("""
        BRADFORD THERMAL PRODUCTS - DISTRIBUTOR NEWS, NOVEMBER 2026

        Winter stocking program now open
        Order 10 or more water heaters of any model before December 18 and get freight-free delivery to your branch plus 60-day dating.

        New: 6-year tank warranty on the 50 gal gas line
        Starting with units built after October 1, the tank warranty goes from 5 to 6 years. Warranty claims for defective tanks still go through your normal distributor returns process - no change there.

        Less freight damage
        Our new corner-post packaging cut damaged-in-transit reports by 40% in field tests. Ask your rep about the updated pallet pattern.

        Training
        Free online class on expansion tank sizing, December 9, 2 pm ET.

        You are receiving this because you are an authorized Bradford distributor.
        Unsubscribe: https://news.bradfordthermal.example/u/7Q2K9
        Bradford Thermal Products, 4400 Industrial Pkwy, Ashland OH 44805
    """)
    page = (
        '<html><body style="font-family:Arial,sans-serif">'
        '<table width="600" align="center"><tr><td>'
        '<h1 style="color:#B22222">Distributor News - November 2026</h1>'
        + "".join(f"<p>{html.escape(row)}</p>" for row in text.split("\n") if row)
        + "</td></tr></table></body></html>\n"
    )
    top = [
        ("Return-Path", "<bounce-7q2k9@news.bradfordthermal.example>"),
        ("From", addr(BRADFORD)),
        ("To", "claims@meridiansupply.example"),
        ("Subject", "Winter stocking program + 6-year tank warranty"),
        ("Date", when("2026-11-09 10:00", EAST)),
        ("Message-ID", f"<{digest('bulk', 'r02', n=24)}@news.bradfordthermal.example>"),
        ("List-Unsubscribe", "<https://news.bradfordthermal.example/u/7Q2K9>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Mailcaster 8.1"),
        ("MIME-Version", "1.0"),
    ]
    body = multi(
        "alternative",
        "==MC_" + digest("r02b", "r02", n=20),
        text_part(text),
        text_part(page, "html"),
    )
    return assemble(top, body)


def r03():
    text = JORGE_R03
    photo = file_part(delivery_receipt_photo(), "image/png", "IMG_4471.png")
    body = outlook_mixed("r03", outlook_alt(text, "r03"), photo)
    top = outlook(
        JORGE,
        TO_DESK,
        "PO-60377 delivery receipt",
        when("2026-11-10 09:02", CENTRAL),
        "r03",
        attach=True,
    )
    return assemble(top, body)


def r04():
    text = block("""
        Colleen - 3/4 pex coils on our PO 77812, we got 5 not 6. Checked the truck and the gang box at Lancaster Ave twice. Send the 6th when u can

        Tom

        Sent from my iPhone
    """)
    top = iphone(
        TOM,
        "claims@meridiansupply.example",
        "pex coils short",
        when("2026-11-10 10:31", EAST),
        "r04",
    )
    return single(top, text)


def r05():
    text = (
        block("""
            Colleen,

            Ray checked in the ODFL shipment for PO-77830 at our shop on Friday. His check-in sheet is attached (scanned). Two problems on it - some of the unions came cracked and one circulator won't run at all.

            Let me know how you want them back, I can have them on the dock tomorrow.

        """)
        + SIG_STAN
    )
    scan = file_part(shop_note_scan(), "image/png", "shop_checkin_77830.png")
    body = outlook_mixed("r05", text_part(text), scan)
    top = outlook(
        STAN,
        TO_DESK,
        "PO-77830 check-in problems",
        when("2026-11-10 11:40", EAST),
        "r05",
        attach=True,
    )
    return assemble(top, body)


def r06():
    text = (
        block("""
            Hello Colleen,

            With the ODFL delivery for SO-104228 (ceiling tile and floor registers) we also got 2 cases of 16x25x1 MERV 11 filter. They are not on our order and not on the packing list, we did not order them. Please arrange the pick up or tell us what to do with them.

            Regards,

        """)
        + SIG_WEN
    )
    top = outlook(
        WEN,
        TO_DESK,
        "SO-104228 - filters not ordered",
        when("2026-11-11 10:20", CENTRAL),
        "r06",
    )
    return assemble(top, outlook_alt(text, "r06"))


def r07():
    text = (
        block("""
            Hi,

            Could I get price and lead time on:

              8 x 3/4" PEX-A tubing, 300 ft coil
              4 boxes 1" brass ball valve, full port, threaded

            This is a new order for the Lancaster Ave job, ship to the site. Tom already told Colleen about the coil that was short on 77812, so don't count that one in here.

            Thanks!

        """)
        + SIG_JEN
    )
    top = outlook(
        JEN,
        addr(ORDERS),
        "Quote - PEX coils + ball valves, Lancaster Ave",
        when("2026-11-11 13:05", EAST),
        "r07",
        cc=TO_DESK,
    )
    return assemble(top, outlook_alt(text, "r07"))


def r08():
    text = (
        block("""
            Colleen,

            PO-70231 came on your truck to Linden Court Monday, and two things are wrong:

            - The filters were on the bottom of the load and the trailer floor was wet. 14 cases are soaked through, the pleats are falling apart. We can't use them.

            - 3 of the thermostats are the wrong model. The boxes say non-programmable 24V, but inside is the battery-only model, no C-wire terminal. We need the 24V ones.

            Registers and the rest of the thermostats are fine.

        """)
        + SIG_LUIS
    )
    top = outlook(
        LUIS,
        TO_DESK,
        "PO-70231 Linden Court - wet filters, wrong thermostats",
        when("2026-11-12 08:05", EAST),
        "r08",
    )
    return assemble(top, text_part(text))


def r09():
    text = (
        block("""
            Hello,

            Please find attached our debit memo DM-20417 for invoice INV-88133.

            Regards,

        """)
        + SIG_DANA
    )
    pdf = file_part(debit_memo_pdf(), "application/pdf", "DM-20417.pdf")
    body = outlook_mixed("r09", outlook_alt(text, "r09"), pdf)
    top = outlook(
        DANA,
        TO_DESK,
        "Debit memo DM-20417 / INV-88133",
        when("2026-11-12 13:10", EAST),
        "r09",
        attach=True,
    )
    return assemble(top, body)


def r10():
    text = (
        block("""
            Colleen,

            Following up on Jorge's mail below from Tuesday, we haven't seen a claim number yet. In short: 3 cartons of the 2x2 ceiling tiles on PO-60377 came crushed and wet, the ODFL driver signed the exception. We threw them out. Please credit the 3 cartons.

            The picture is on Jorge's original mail.

            Thanks,

        """)
        + SIG_RAJ
        + outlook_quote(
            "Jorge Castillo <jcastillo@summithvac.net>",
            "Tuesday, November 10, 2026 9:02 AM",
            "Meridian Claims <claims@meridiansupply.example>",
            "PO-60377 delivery receipt",
            JORGE_R03,
        )
    )
    top = outlook(
        RAJ,
        TO_DESK,
        "FW: PO-60377 delivery receipt",
        when("2026-11-12 15:02", CENTRAL),
        "r10",
    )
    return assemble(top, outlook_alt(text, "r10"))


def r11():
    text = (
        block("""
            Hi Colleen,

            Receiving sheet for PO 24530 attached (R+L brought it yesterday). Two lines didn't check in clean, see the Damaged and Short columns. Could you send replacements for both?

            Thank you,
            Karen

        """)
        + SIG_KAREN
    )
    sheet = file_part(
        receiving_sheet_xlsx(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "PO 24530 receiving.xlsx",
    )
    body = outlook_mixed("r11", outlook_alt(text, "r11"), sheet)
    top = outlook(
        KAREN,
        TO_DESK,
        "PO 24530 receiving sheet",
        when("2026-11-13 09:25", EAST),
        "r11",
        attach=True,
    )
    return assemble(top, body)


def r12():
    text = block("""
        Hi there,

        Devon Marsh here, I'm the building super at Bayview Towers (Harbor Point). The Estes delivery for PO-70288 came in Wednesday and we finally unwrapped the pallet this morning. One of the 2 gallon expansion tanks has a dent deep enough to crease the shell right by the weld seam - I'm not putting that on a potable line. The box has a hole punched in the side, so it happened before it got to us.

        The water heaters and the other tanks look fine.

        Could you send a replacement tank? Happy to hand the dented one to your driver.

        Thanks a lot,
        Devon Marsh
        Building Superintendent, Bayview Towers
        Harbor Point Property Management
        (856) 555-0162
    """)
    top = outlook(
        DEVON,
        TO_DESK,
        "Dented expansion tank - PO-70288",
        when("2026-11-13 10:48", EAST),
        "r12",
        cc=addr(LUIS),
    )
    return assemble(top, outlook_alt(text, "r12"))


def r13():
    text = (
        block("""
            Colleen,

            UPS delivery for PO-60455 (SO-104244), Thursday:

            * non-programmable thermostats - 2 have the screen broken, the outer box was smashed in on one corner
            * filters - packing list says 20 cases, we got 22. The 2 extra cases are sealed, send a call tag or your driver can take them

            Condensate pumps are all OK.

        """)
        + SIG_JORGE
    )
    top = outlook(
        JORGE,
        TO_DESK,
        "PO-60455 broken thermostats + 2 extra filter cases",
        when("2026-11-16 07:50", CENTRAL),
        "r13",
    )
    return assemble(top, outlook_alt(text, "r13"))


def r14():
    text = block("""
        Colleen,

        Crew opened the PEX coils from PO 24519 today at the Haverford job. One of the 3/4" coils is crushed flat on one side and kinked in about six places on the outer loops, can't use it for a radiant loop. No idea when it happened, the carton looked OK when UPS dropped it on the 6th but the damage is on the bottom side.

        Can you credit or replace the one coil?

        Ed Farrelly
        Service Manager
        Riverbend Plumbing & Heating
    """)
    top = thunderbird(
        ED,
        "Meridian Claims <claims@meridiansupply.example>",
        "PEX coil crushed - PO 24519",
        when("2026-11-16 09:40", EAST),
        "r14",
    )
    return single(top, flowed(text))


def r15():
    text = block("""
        Colleen,

        Two items on will-call order SO-104240:

        1. 1-1/2" black unions - the bag was marked 12, we count 10. Short 2.
        2. 2" black pipe - the owner switched the upper floor to copper, so we have 30 ft of the cut pipe left over, never threaded. We want to return it for credit.

        Marco Delgado
        Estimating, Delgado & Sons Plumbing
    """)
    top = gmail(
        MARCO,
        TO_DESK,
        "SO-104240 unions + leftover pipe",
        when("2026-11-16 09:15", CENTRAL),
        "r15",
    )
    return assemble(top, gmail_alt(text, "r15"))


def r16():
    text = (
        block("""
            Colleen,

            Yesterday's delivery to Wharf Street Lofts (PO-70296) didn't match the packing slip. I wrote our counts on the slip, scan attached. Please fix it up.

            Thanks,

        """)
        + SIG_LUIS
    )
    scan = file_part(packing_slip_scan(), "image/png", "Scan_PO70296_slip.png")
    body = outlook_mixed("r16", text_part(text), scan)
    top = outlook(
        LUIS,
        TO_DESK,
        "PO-70296 packing slip counts",
        when("2026-11-17 08:30", EAST),
        "r16",
        attach=True,
    )
    return assemble(top, body)


def r17():
    text = block("""
        Colleen - PO 24460, the 3/4 ball valves. 10 of the 30 are threaded, we need sweat. Found out when the guys went to solder them in at Elm Terrace. Can u swap them

        Mike

        Sent from my iPhone
    """)
    top = iphone(
        MIKE,
        "claims@meridiansupply.example",
        "3/4 valves threaded not sweat",
        when("2026-11-17 12:05", EAST),
        "r17",
    )
    return single(top, text)


NOTICE_30562 = (
    block("""
        Karen,

        Thanks for the receiving sheet on PO 24530 (our SO-104243). Claim MS-30562:

          DAMAGED  FTG-CU-E90-100  1" wrot copper 90      15 pcs  approved
          SHORT    VLV-1005-BV     1" ball valve FP thd    6 pcs  approved

        The replacements go out with your next scheduled delivery; the credit for the
        elbows posts once the carrier claim is filed.

    """)
    + SIG_COLLEEN
)


def r18():
    text = (
        block("""
            Hi Colleen,

            Any word on when the 6 ball valves from this claim will ship? Mike needs them for Friday. If it's easier we can pick them up at will call.

            Thanks,
            Karen

        """)
        + SIG_KAREN
        + outlook_quote(
            "Meridian Claims <claims@meridiansupply.example>",
            "Friday, November 13, 2026 2:41 PM",
            "Karen Liu <office@riverbendph.com>",
            "Claim MS-30562 - PO 24530",
            NOTICE_30562,
        )
    )
    top = outlook(
        KAREN,
        TO_DESK,
        "RE: Claim MS-30562 - PO 24530",
        when("2026-11-17 15:10", EAST),
        "r18",
        reply_to=desk_id("ms-30562"),
    )
    return assemble(top, outlook_alt(text, "r18"))


def r19():
    text = block("""
        hi colleen this is chuy at delgado yard. we got 8 of the 3/4 sweat ball valves left from po 40917 (kessler st job) never used, still in the box. can we send them back for credit? thx

        Sent from my Galaxy
    """)
    top = gmail(
        CHUY,
        "claims@meridiansupply.example",
        "valves return",
        when("2026-11-18 07:40", CENTRAL),
        "r19",
    )
    return assemble(top, gmail_alt(text, "r19"))


def r20():
    text = (
        block("""
            Colleen,

            One of the circulators from last fall's PO-76115 (Spruce St boiler job) has seized up. It was making bearing noise for a couple of weeks and now it won't turn at all. We installed it in October 2025.

            Can we get it replaced under warranty? It's off the wall and tagged.

            Thanks

        """)
        + SIG_TOM
    )
    top = outlook(
        TOM,
        TO_DESK,
        "Circulator seized - PO-76115",
        when("2026-11-18 10:10", EAST),
        "r20",
    )
    return assemble(top, outlook_alt(text, "r20"))


def r21():
    text = block("""
        Hi Colleen,

        Two things on PO-40962:

        The 1" copper elbows - one of the boxes (25 pcs) is all 45s, not 90s. The label says 90 but every fitting in it is a 45. We need 25 of the 90s.

        And we ended up with 4 sticks of the 1" type L copper we don't need, the job came in under. They're clean full 20 ft lengths. Can we return them?

        Thanks
        Rosa
    """)
    top = gmail(
        ROSA,
        TO_DESK,
        "PO-40962 - 45s in a 90 box + return 4 sticks copper",
        when("2026-11-19 11:30", CENTRAL),
        "r21",
    )
    return assemble(top, gmail_alt(text, "r21"))


def r22():
    text = (
        block("""
            Hello,

            Invoice INV-88160 charges $29.50 each for the 10 non-programmable thermostats. Luis Ortega was quoted $27.00 by your counter. Please review and send a credit for the difference ($25.00) or a corrected invoice. The invoice is on hold until then.

            Thank you,

        """)
        + SIG_GRACE
    )
    top = outlook(
        GRACE,
        TO_DESK,
        "INV-88160 thermostat price",
        when("2026-11-19 14:00", EAST),
        "r22",
        cc=addr(LUIS),
    )
    return assemble(top, outlook_alt(text, "r22"))


def r23():
    text = (
        block("""
            Colleen,

            Birch Hollow (PO-77790) is closed out. Our closeout sheet is attached - we'd like to send back what's in the Return column, all in the original boxes. Can you set up an RA?

            Thanks!

        """)
        + SIG_JEN
    )
    sheet = file_part(
        closeout_xlsx(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Birch Hollow closeout.xlsx",
    )
    body = outlook_mixed("r23", outlook_alt(text, "r23"), sheet)
    top = outlook(
        JEN,
        TO_DESK,
        "Return - Birch Hollow closeout PO-77790",
        when("2026-11-20 09:45", EAST),
        "r23",
        attach=True,
    )
    return assemble(top, body)


def r24():
    text = (
        block("""
            Hello Colleen,

            2 pcs of the non-programmable thermostat from SO-104238 is not working. Installed in Oak Park office, the display is on but it never call for heat - relay click but no output on W terminal. Our tech try them on other unit, same problem. They are defective.

            Please replace 2 pcs.

            Regards,

        """)
        + SIG_WEN
    )
    top = outlook(
        WEN,
        TO_DESK,
        "SO-104238 thermostat defective 2 pcs",
        when("2026-11-20 13:30", CENTRAL),
        "r24",
    )
    return assemble(top, outlook_alt(text, "r24"))


def r25():
    text = (
        block("""
            Colleen,

            One of the 3" swing checks from PO 24388 (Ridge Ave pump room) chatters and doesn't hold - the disc never closes all the way and the pump backspins every time it shuts off. We put it in early October. It's defective, please send a replacement.

        """)
        + SIG_MIKE
    )
    top = outlook(
        MIKE,
        TO_DESK,
        "PO 24388 - bad check valve",
        when("2026-11-23 08:50", EAST),
        "r25",
    )
    return assemble(top, text_part(text))


def r26():
    text = (
        block("""
            Dear Colleen,

            Thank you very much for the fast help with the thermostats for Linden Court. The right ones arrive today and Luis installed them already. Also we see the credit for the filters on the account.

            Have a nice Thanksgiving holiday!

            Best regards,

        """)
        + SIG_FATIMA
    )
    top = outlook(
        FATIMA,
        TO_DESK,
        "Thank you - Linden Court",
        when("2026-11-23 10:15", EAST),
        "r26",
    )
    return assemble(top, outlook_alt(text, "r26"))


def r27():
    text = (
        block("""
            Hi Colleen,

            We'd like to send back the extra 1-1/2" black unions from SO-104214, the boiler retrofit used far fewer than we estimated. Return list from our inventory system is attached. Let me know the restocking and I'll have them boxed.

            Thanks,
            Karen

        """)
        + SIG_KAREN
    )
    csv = file_part(crlf(UNION_CSV.encode("ascii")), "text/csv", "stock_return_SO-104214.csv")
    body = outlook_mixed("r27", outlook_alt(text, "r27"), csv)
    top = outlook(
        KAREN,
        TO_DESK,
        "Stock return - SO-104214 unions",
        when("2026-11-24 09:00", EAST),
        "r27",
        attach=True,
    )
    return assemble(top, body)


def r28():
    text = block("""
        Colleen,

        We have 40 of the 2" PVC tees left over from PO 24460 - the drain layout changed on the second floor and they won't get used. Still in the original cartons. Please issue an RA for the 40.

        Ed Farrelly
        Service Manager
        Riverbend Plumbing & Heating
    """)
    top = thunderbird(
        ED,
        "Meridian Claims <claims@meridiansupply.example>",
        "RA request - PO 24460 PVC tees",
        when("2026-11-24 13:40", EAST),
        "r28",
    )
    return single(top, flowed(text))


def r29():
    text = block("""
        Hi Colleen,

        Devon again from Bayview Towers. Summit HVAC put new Wi-Fi thermostats in our lobby and the fitness room last week - they bought them from you, the packing slip they left behind says SO-104238. The one in the lobby keeps dropping off Wi-Fi and rebooting itself every few hours, the screen goes blank and comes back. Summit's tech checked the wiring and says it's a bad unit.

        Since it's our building I figured I'd write you myself: can you replace it?

        Thanks,
        Devon Marsh
        Building Superintendent, Bayview Towers
        Harbor Point Property Management
    """)
    top = outlook(
        DEVON,
        TO_DESK,
        "Lobby thermostat keeps rebooting",
        when("2026-11-25 09:20", EAST),
        "r29",
    )
    return assemble(top, outlook_alt(text, "r29"))


def r30():
    text = block("""
        Hello Colleen,

        A question please. If we buy a special order item, like the 3 inch RPZ backflow, and after the customer cancel the job, is it possible to return it? And what is the restocking fee for normal items when the box is open but it was never installed?

        We want to know this before we give the price to our customer.

        Thank you,
        Ernesto Delgado
        Delgado & Sons Plumbing
    """)
    top = gmail(
        ERNESTO,
        TO_DESK,
        "question about returns",
        when("2026-11-25 11:00", CENTRAL),
        "r30",
    )
    return assemble(top, gmail_alt(text, "r30"))


def r31():
    text = (
        block("""
            Hi Colleen,

            Our month-end reconciliation flagged a price variance on INV-88098, report attached. Please issue a credit memo for the variance shown.

            Thank you,

        """)
        + SIG_DANA
    )
    report = file_part(recon_html(), "text/html", "INV-88098_reconciliation.htm")
    body = outlook_mixed("r31", outlook_alt(text, "r31"), report)
    top = outlook(
        DANA,
        TO_DESK,
        "INV-88098 reconciliation - variance",
        when("2026-11-30 09:05", EAST),
        "r31",
        attach=True,
    )
    return assemble(top, body)


def r32():
    text = block("""
        Hi,

        I'm a plumber subbing for Riverbend on the Glenside school job, Mike O'Brien gave me your address and said to send it straight to you. One of the 3 inch flanged swing check valves from your order SO-104222 slams shut hard every time the pump stops - you can hear the hammer two floors up. Took the cover off and the hinge pin is bent, looks like it came that way. It's defective.

        Can you get a replacement out to Riverbend's shop? The old one will be at their shop by Friday.

        Danny Kurtz
        Kurtz Plumbing LLC
        (610) 555-0148
    """)
    top = gmail(
        DANNY,
        TO_DESK,
        "check valve slamming - SO-104222",
        when("2026-11-30 12:25", EAST),
        "r32",
    )
    return assemble(top, gmail_alt(text, "r32"))


def r33():
    text = (
        block("""
            Colleen,

            Rick (our service tech) called this in yesterday afternoon, I typed up his message below. It's all on PO-77760 (Maple Glen).

            ----- phone note -----
            Mon 11/30, 3:40 pm - Rick Soto, service
            - Wi-Fi thermostats: 2 of them won't hold a schedule, they reset to factory every night. Swapped them for spares off the van. Defective.
            - Filters: opened the last 3 cases for the PM visit and they're 16x20x1, not 16x25x1. Box label says 16x25. Wrong size - need 3 cases of 16x25x1 MERV 11.
            -----------------------

            Rick has the thermostats and the filter cases at the shop.

        """)
        + SIG_JEN
    )
    top = outlook(
        JEN,
        TO_DESK,
        "FW: phone msg - Rick - PO-77760",
        when("2026-12-01 10:30", EAST),
        "r33",
        cc=addr(TOM),
    )
    return assemble(top, outlook_alt(text, "r33"))


STATEMENT_NOTE = block("""
    Linda,

    Your November statement is attached. Open items: INV-88152, INV-88184.
    Credit memo CM-6021 (claim MS-30541, PO-60377, 3 ctn CLG-TILE-24-ACU damaged
    in transit, $142.50) is shown as available credit.

    Meridian Accounts Receivable
""")


def r34():
    text = block("""
        Hi,

        Thanks - all sorted here. CM-6021 for the 3 ceiling tile cartons on PO-60377 is on the statement and we applied it against INV-88109 in this week's payment. Nothing open for that claim anymore.

        Linda Chu
        Accounts Payable
        Summit HVAC Services
    """) + outlook_quote(
        "Meridian Accounts Receivable <ar@meridiansupply.example>",
        "Monday, November 30, 2026 4:05 PM",
        "Linda Chu <ap@summithvac.net>",
        "November statement - Summit HVAC Services",
        STATEMENT_NOTE,
    )
    top = outlook(
        LINDA,
        addr(AR),
        "RE: November statement - Summit HVAC Services",
        when("2026-12-01 11:45", CENTRAL),
        "r34",
        cc=TO_DESK,
        reply_to=desk_id("stmt-c1003-2611"),
    )
    return assemble(top, outlook_alt(text, "r34"))


MIKE_TO_TASHA = block("""
    Tasha - can you chase Meridian on the valves from 24577 that came yesterday, something's off with them. I'm at Glenside all day.

    Mike
""")


def r35():
    text = block("""
            Colleen,

            Looping you in on Mike's note below. On our PO 24577 (delivered Tuesday) 6 of the 1" ball valves are 3/4" valves in 1" boxes - wrong item. We need the 6 swapped for 1" full port threaded.

            Tasha Greene
            Dispatch, Riverbend Plumbing & Heating
        """) + outlook_quote(
        "Mike O'Brien <mike.obrien@riverbendph.com>",
        "Wednesday, December 2, 2026 7:12 AM",
        "Tasha Greene <dispatch@riverbendph.com>",
        "24577 valves",
        MIKE_TO_TASHA,
    )
    top = outlook(
        TASHA,
        TO_DESK,
        "RE: 24577 valves",
        when("2026-12-02 08:40", EAST),
        "r35",
        cc=addr(MIKE),
        reply_to=exchange_id("r35-mike"),
    )
    return assemble(top, outlook_alt(text, "r35"))


def r36():
    text = (
        block("""
            Dear Colleen,

            At Linden Court we finished the register job and there are 12 floor registers (white, 10x6) left over, not used, still in the boxes. It was PO-70231. We do not need them anymore. Is it possible to return them for credit? We understand there is a restocking charge.

            Best regards,

        """)
        + SIG_FATIMA
    )
    top = outlook(
        FATIMA,
        TO_DESK,
        "Return of registers - Linden Court",
        when("2026-12-02 13:05", EAST),
        "r36",
    )
    return assemble(top, outlook_alt(text, "r36"))


def r37():
    text = block("""
        Hi Colleen,

        Heads up, this one is not your product: the 50 gal heater leaking at the Preston Rd house is one we bought from Gulf Coast Plumbing Supply last year, and we're doing the warranty with them.

        But can you give me a price on a replacement 50 gal natural gas heater and two 2 gal expansion tanks from you? We'd pick up Monday.

        Thanks
        Rosa
    """)
    top = gmail(
        ROSA,
        TO_DESK,
        "Preston Rd heater - price please",
        when("2026-12-03 09:30", CENTRAL),
        "r37",
    )
    return assemble(top, gmail_alt(text, "r37"))


# ------------------------------------------------------------------ the portal form and the uploads


def r38():
    form = {
        "order_number": "SO-104202",
        "lines": [{"sku": "WH-EXP-2G", "quantity": 1, "reason": "DEFECTIVE"}],
        "note": (
            "Expansion tank on the heater from this order has a failed bladder - water comes out "
            "of the air valve and the relief valve on the heater keeps weeping. Installed with "
            "the heater when the order was delivered."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def r39():
    text = block("""
        RECEIVING YARD - DAMAGE LOG

        Order no.: SO-104230
        Carrier:   Estes
        Item:      FTG-PVC-T-200  2in PVC sch 40 tee

        6 pcs cracked at the hub, found when the pallet was broken down for the Cedar Lane drain job. Damaged, not usable. Need 6 replacement tees.

        logged by M. Okafor
    """)
    return crlf(text.encode("ascii"))


def r40():
    text = block("""
        shortage - PO 24530

        1" copper 90s: packing slip 250, counted 230. short 20.
        recounted twice.

        T.G.
    """)
    return text.encode("ascii")


BUILD = {
    "r01-summit-raj-wifi-stat-missing-60418.eml": r01,
    "r02-bradford-thermal-winter-newsletter.eml": r02,
    "r03-summit-jorge-delivery-receipt-photo.eml": r03,
    "r04-keystone-tom-pex-coil-count.eml": r04,
    "r05-keystone-stan-shop-note-scan.eml": r05,
    "r06-summit-wen-filters-not-ours.eml": r06,
    "r07-keystone-jen-pex-coil-quote.eml": r07,
    "r08-harbor-luis-wet-filters-wrong-stats.eml": r08,
    "r09-keystone-dana-debit-memo-pdf.eml": r09,
    "r10-summit-raj-fw-ceiling-tiles.eml": r10,
    "r11-riverbend-karen-receiving-sheet-xlsx.eml": r11,
    "r12-harbor-devon-expansion-tank-dent.eml": r12,
    "r13-summit-jorge-po60455-stats-and-filters.eml": r13,
    "r14-riverbend-ed-crushed-pex-coil.eml": r14,
    "r15-delgado-marco-unions-and-pipe.eml": r15,
    "r16-harbor-luis-packing-slip-scan.eml": r16,
    "r17-riverbend-mike-threaded-not-sweat.eml": r17,
    "r18-riverbend-karen-re-claim-status.eml": r18,
    "r19-delgado-chuy-leftover-sweat-valves.eml": r19,
    "r20-keystone-tom-old-circulator.eml": r20,
    "r21-delgado-rosa-45s-and-extra-copper.eml": r21,
    "r22-harbor-grace-inv88160-stat-price.eml": r22,
    "r23-keystone-jen-closeout-xlsx.eml": r23,
    "r24-summit-wen-dead-stats-60418.eml": r24,
    "r25-riverbend-mike-check-valve-chatter.eml": r25,
    "r26-harbor-fatima-thank-you.eml": r26,
    "r27-riverbend-karen-union-return-csv.eml": r27,
    "r28-riverbend-ed-pvc-tees-leftover.eml": r28,
    "r29-harbor-devon-lobby-wifi-stat.eml": r29,
    "r30-delgado-ernesto-special-order-question.eml": r30,
    "r31-keystone-dana-copper-recon-html.eml": r31,
    "r32-gmail-danny-check-valve-slams.eml": r32,
    "r33-keystone-jen-fw-phone-note-77760.eml": r33,
    "r34-summit-linda-statement-settled.eml": r34,
    "r35-riverbend-tasha-re-po24577-wrong-valves.eml": r35,
    "r36-harbor-fatima-spare-registers.eml": r36,
    "r37-delgado-rosa-other-supplier-heater.eml": r37,
    "r38-portal-expansion-tank-warranty.json": r38,
    "r39-upload-yard-log-pvc-tees.txt": r39,
    "r40-upload-short-elbows-po-only.txt": r40,
}


def build(target):
    target.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (target / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make_attachments.py TARGET_DIR")
    where = Path(sys.argv[1])
    print(f"{build(where)} request files written to {where}")
