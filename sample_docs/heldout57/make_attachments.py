"""Write every request file of heldout57: people writing the way they talk.

Usage:  python make_attachments.py TARGET_DIR

Forty files that reached claims@tcsupply.example, the claims box of Tri-County Plumbing &
HVAC Supply, between Monday 2026-11-09 and Wednesday 2026-12-02: 37 mails, one portal form and
two text uploads. Owners, techs, foremen and counter people writing from phones and trucks:
dictated mails with no punctuation and misheard words, texts from a phone number, second-language
English, one-liners, replies on top of the desk's questions. Every mail is assembled byte by byte
the way its sending program writes it (Outlook on Exchange and Outlook for Android and iOS,
Gmail and the Gmail app, iPhone Mail, Yahoo Mail for Android, a carrier's SMS-to-mail gateway),
with fixed Date headers, Message-IDs and MIME boundaries taken from a hash of the file key. The
attachments are made here too: three photographed hand-written papers as PNG (DejaVu and
Liberation fonts, seeded wobble and noise, no time stamps) and two one-page text PDFs written
object by object. Nothing reads the clock, so two runs write the same bytes.
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
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

CRLF = b"\r\n"
FONTS = Path("/usr/share/fonts/truetype")

# ------------------------------------------------------------------ who is who

DESK = ("Tri-County Claims", "claims@tcsupply.example")

KRIS = ("Kris Nowak", "knowak@keystonemech.com")
BAO = ("Bao Tran", "btran@keystonemech.com")
DARNELL = ("Darnell Brooks", "dbrooks@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
JOAO = ("João Pereira", "jpereira@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
LUPE = ("Lupe Ramos", "counter@riverbendph.com")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
MINJUN = ("Min-jun Park", "mpark@summithvac.net")
HECTOR = ("Hector Salinas", "hsalinas@summithvac.net")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
THANH = ("Thanh Nguyen", "tnguyen@harborpointpm.com")
THANH_HOME = ("Thanh Nguyen", "thanh.nguyen.hp@yahoo.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
BETO = ("Beto Delgado", "beto@delgadosons.com")
MEMO = ("Memo Garza", "memo@delgadoplumbing.com")
DRE_PHONE = "7735550183@vtext.com"

EAST, CENTRAL = -5, -6

SIG_MARISOL = "Marisol Reyes\nClaims & Returns | Tri-County Plumbing & HVAC Supply\n"


# ------------------------------------------------------------------ small helpers


def digest(*parts, n=16):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def encode_name(name):
    """A display name as a header wants it: quoted when it has specials, RFC 2047 when not ASCII."""
    if not name.isascii():
        return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="
    if any(ch in name for ch in "'.,&()"):
        return '"' + name + '"'
    return name


def addr(person):
    name, email = person
    return f"{encode_name(name)} <{email}>"


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


def quote(text, marks=">"):
    """Quote a text the way phone mail programs do: '> ' before every line, '>' on empty ones."""
    return "\n".join(f"{marks} {row}" if row else marks for row in text.rstrip("\n").split("\n"))


class Part:
    """One MIME entity: its content headers and its already encoded body."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def text_part(text, subtype="plain", charset=None, cte=None):
    data = text.encode("utf-8")
    charset = charset or ("us-ascii" if text.isascii() else "utf-8")
    longest = max(len(row) for row in text.split("\n"))
    if cte is None:
        cte = "quoted-printable" if (not text.isascii() or longest > 76) else "7bit"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    headers = [
        ("Content-Type", f'text/{subtype}; charset="{charset}"'),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, crlf(body))


def file_part(data, mime, filename, inline=False, extra=()):
    disposition = "inline" if inline else "attachment"
    headers = [
        ("Content-Type", f'{mime}; name="{filename}"'),
        ("Content-Disposition", f'{disposition}; filename="{filename}"'),
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


def html_rows(text, wrap="div"):
    rows = []
    for row in text.rstrip("\n").split("\n"):
        rows.append(f"<{wrap}>{html.escape(row)}</{wrap}>" if row else f"<{wrap}><br></{wrap}>")
    return "\n".join(rows)


# ------------------------------------------------------------------ Outlook on Exchange Online

TENANTS = {
    "keystonemech.com": ("MN2PR", 12),
    "summithvac.net": ("CH0PR", 5),
    "harborpointpm.com": ("BL1PR", 19),
}


def exchange_id(key, domain):
    prefix, prd = TENANTS[domain]
    n = int(digest("srv", key, n=4), 16)
    host = f"{prefix}{prd:02d}MB{1000 + n % 8000}"
    return f"<{host}{digest('mid', key, n=20).upper()}@{host}.namprd{prd:02d}.prod.outlook.com>"


def outlook(sender, subject, date, key, to=None, cc=None, reply_to=None, attach=False):
    topic = subject
    for prefix in ("RE: ", "FW: "):
        topic = topic.removeprefix(prefix)
    index = base64.b64encode(bytes.fromhex(digest("idx", topic, n=44))).decode()
    top = [("From", addr(sender)), ("To", to or addr(DESK))]
    if cc:
        top.append(("CC", cc))
    top += [
        ("Subject", subject),
        ("Thread-Topic", topic),
        ("Thread-Index", index),
        ("Date", date),
        ("Message-ID", exchange_id(key, sender[1].split("@")[1])),
    ]
    if reply_to:
        top += [("References", reply_to), ("In-Reply-To", reply_to)]
    top += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("MIME-Version", "1.0"),
    ]
    return top


def word_page(text):
    rows = []
    for row in text.rstrip("\n").split("\n"):
        rows.append(f'<p class="MsoNormal">{html.escape(row) if row else "&nbsp;"}</p>')
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal {margin:0in;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        + "\n".join(rows)
        + "\n</div>\n</body>\n</html>\n"
    )


def mobile_page(text):
    """Outlook for Android / iOS: a plain div per line, no Word styles."""
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "</head>\n<body>\n"
        '<div dir="auto" style="font-family: Aptos, sans-serif; font-size: 11pt;">\n'
        + html_rows(text)
        + "\n</div>\n</body>\n</html>\n"
    )


def outlook_alt(text, key, page=None):
    return multi(
        "alternative",
        "_000_" + digest("alt", key, n=32).upper() + "_",
        text_part(text),
        text_part(page or word_page(text), "html"),
    )


def outlook_mixed(key, *parts):
    return multi("mixed", "_004_" + digest("mix", key, n=32).upper() + "_", *parts)


def outlook_quote(sender, sent, to, subject, body):
    head = "\n________________________________\n"
    head += f"From: {sender}\nSent: {sent}\nTo: {to}\n"
    return head + f"Subject: {subject}\n\n" + body


# ------------------------------------------------------------------ Gmail, iPhone, Yahoo, SMS


def gmail(sender, subject, date, key, to=None, reply_to=None):
    raw = base64.urlsafe_b64encode(bytes.fromhex(digest("g", key, n=42))).decode()
    top = [("MIME-Version", "1.0"), ("Date", date)]
    if reply_to:
        top += [("References", reply_to), ("In-Reply-To", reply_to)]
    top += [
        ("Message-ID", f"<CA{raw.rstrip('=')}@mail.gmail.com>"),
        ("Subject", subject),
        ("From", addr(sender)),
        ("To", to or addr(DESK)),
    ]
    return top


def gmail_text(text, subtype="plain"):
    cte = "quoted-printable" if not text.isascii() else None
    part = text_part(text, subtype, charset="UTF-8", cte=cte)
    part.headers[0] = ("Content-Type", f'text/{subtype}; charset="UTF-8"')
    return part


def gmail_alt(text, key):
    page = '<div dir="ltr">' + html_rows(text).replace("\n", "") + "</div>\n"
    boundary = "000000000000" + digest("ga", key, n=16)
    return multi("alternative", boundary, gmail_text(text), gmail_text(page, "html"))


def gmail_mixed(key, *parts):
    return multi("mixed", "000000000000" + digest("gm", key, n=16), *parts)


def iphone_id(key, domain):
    h = digest("ios", key, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"


def iphone(sender, subject, date, key, reply_to=None, content=True):
    top = []
    if content:
        top += [
            ("Content-Type", "text/plain; charset=us-ascii"),
            ("Content-Transfer-Encoding", "7bit"),
        ]
    top += [
        ("From", addr(sender)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", subject),
        ("Date", date),
    ]
    if reply_to:
        top += [("References", reply_to), ("In-Reply-To", reply_to)]
    top += [
        ("Message-Id", iphone_id(key, sender[1].split("@")[1])),
        ("To", addr(DESK)),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return top


def single(top, text):
    """A one-part message whose content headers are already among the top headers."""
    rows = [fold(k, v) for k, v in top]
    return "\r\n".join(rows).encode("ascii") + CRLF + CRLF + crlf(text.encode("ascii"))


def desk_id(tag):
    return f"<{tag}.{digest('desk', tag, n=12)}@mx.tcsupply.example>"


# ------------------------------------------------------------------ pictures


def face(name, size):
    return ImageFont.truetype(str(FONTS / name), size)


def speckle(img, rng, count, low, high):
    px = img.load()
    w, h = img.size
    for _ in range(count):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rng.randrange(low, high)))


def hand(draw, rng, xy, text, font, fill, wobble=2, slope=0.0):
    """Pen writing: every letter a little off the line, the line drifting as a hand drifts."""
    x, y = xy
    x0 = x
    for ch in text:
        drift = (x - x0) * slope
        draw.text((x, y + drift + rng.randint(-wobble, wobble)), ch, font=font, fill=fill)
        x += draw.textlength(ch, font=font) + rng.choice((0, 0, 1, 2))


def lighting(img, top, bottom):
    """A phone photo's uneven light: darker towards one edge, multiplied into the picture."""
    w, h = img.size
    shade = Image.new("L", (w, h))
    d = ImageDraw.Draw(shade)
    for y in range(h):
        d.line((0, y, w, y), fill=int(top + (bottom - top) * y / h))
    return Image.composite(img, Image.new("L", (w, h), 0), shade)


def to_png(img, levels=16):
    step = 256 // levels
    img = img.point(lambda v: min(255, v // step * step + step // 2))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def register_count_photo():
    """Hector's phone picture of the count he wrote on a legal pad at the job (PO 60377)."""
    rng = random.Random(57041)
    w, h = 900, 720
    img = Image.new("L", (w, h), 95)
    draw = ImageDraw.Draw(img)
    draw.polygon([(60, 18), (872, 40), (850, 716), (40, 700)], fill=238)
    for y in range(120, 690, 54):  # the pad's blue rules, grey in the photo
        draw.line((62, y, 858, y + 18), fill=196, width=2)
    draw.line((150, 24, 132, 700), fill=178, width=2)  # the margin line
    pen = face("LiberationSans-Italic.ttf", 34)
    ink = 38
    rows = [
        (170, 72, "PO 60377   11/10"),
        (170, 126, "floor registers 10x6 white"),
        (170, 180, "packing slip says 30"),
        (170, 234, "we counted 36"),
        (170, 288, "6 EXTRA - not ordered"),
        (170, 396, "ceiling tile 40 ctn ok"),
        (420, 558, "H. Salinas"),
    ]
    for x, y, row in rows:
        hand(draw, rng, (x, y + (x - 60) * 0.022), row, pen, ink, wobble=2, slope=0.022)
    draw.line((168, 336, 560, 345), fill=ink, width=3)  # underlined twice
    draw.line((172, 344, 540, 352), fill=ink, width=2)
    img = img.rotate(-1.4, resample=Image.BICUBIC, fillcolor=90)
    img = lighting(img, 255, 222)
    speckle(img, rng, 4000, -30, 25)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return to_png(img)


def heater_tag_photo():
    """Memo's picture of the service tag he hung on the dead 40 gal heater (PO 40917)."""
    rng = random.Random(57063)
    w, h = 820, 900
    img = Image.new("L", (w, h), 70)
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((70, 40, 760, 870), radius=28, fill=228)
    draw.ellipse((395, 66, 445, 116), fill=70)  # the string hole
    head = face("DejaVuSans-Bold.ttf", 28)
    label = face("DejaVuSans.ttf", 22)
    draw.text((120, 140), "DELGADO & SONS PLUMBING", font=head, fill=30)
    draw.text((120, 180), "SERVICE TAG", font=head, fill=30)
    pen = face("DejaVuSans-Oblique.ttf", 29)
    ink = 35
    fields = [
        (250, "Job:", "1418 Alcott St"),
        (310, "Date:", "11/18/26"),
        (370, "PO:", "40917"),
        (430, "Item:", "40 gal electric heater"),
        (490, "Qty:", "1"),
        (550, "Problem:", "NO HEAT - upper element"),
        (600, "", "open, breaker + stat OK"),
        (660, "", "DEFECTIVE - send back"),
        (760, "Tech:", "Memo G."),
    ]
    for y, name, value in fields:
        if name:
            draw.text((120, y + 6), name, font=label, fill=45)
            draw.line((240, y + 40, 730, y + 40), fill=150, width=1)
        hand(draw, rng, (250, y), value, pen, ink, wobble=2, slope=-0.008)
    img = img.rotate(2.2, resample=Image.BICUBIC, fillcolor=70)
    img = lighting(img, 226, 255)
    speckle(img, rng, 3500, -40, 30)
    img = img.filter(ImageFilter.GaussianBlur(0.65))
    return to_png(img)


def price_list_photo():
    """Beto's list of what he wants priced, on a notepad page on the truck's dash."""
    rng = random.Random(57088)
    w, h = 780, 760
    img = Image.new("L", (w, h), 60)
    draw = ImageDraw.Draw(img)
    draw.polygon([(48, 30), (744, 22), (756, 736), (36, 744)], fill=240)
    draw.rectangle((48, 30, 744, 70), fill=200)  # the pad's glued top
    pen = face("LiberationSerif-Italic.ttf", 38)
    ink = 30
    rows = [
        "PRICE PLS - pick up Mon",
        '1" ball valve brass  x 6',
        "1-1/2 blk union  x 12",
        '2" blk pipe  60 ft',
        "3/4 PRV  x 2",
        "",
        "Beto - Delgado & Sons",
    ]
    for i, row in enumerate(rows):
        if row:
            hand(draw, rng, (90, 110 + 80 * i), row, pen, ink, wobble=3, slope=0.012)
    img = img.rotate(0.8, resample=Image.BICUBIC, fillcolor=60)
    img = lighting(img, 222, 255)
    speckle(img, rng, 3000, -35, 25)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
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
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


def service_ticket_pdf():
    """Summit's field-service app: the ticket of Min-jun's visit, his notes as he dictated them."""
    notes = [
        "tstat in suite 204 210 and 214 wont connect to wifi screen freezes after about",
        "10 min power cycle doesnt fix it checked the c wire 24 volts good on all three",
        "swapped all 3 with units off the van customer ok for now. the 3 pulled units",
        "are bad from the box, need replacement from supplier",
    ]
    t = [
        (40, 748, 15, True, "SUMMIT HVAC SERVICES"),
        (40, 732, 9, False, "2250 W Fulton St, Chicago IL 60612  -  (312) 555-0152"),
        (400, 748, 14, True, "SERVICE TICKET"),
        (400, 732, 10, False, "No. ST-48817"),
        (40, 690, 10, True, "Date:"),
        (110, 690, 10, False, "11/16/2026  09:10 - 11:45"),
        (320, 690, 10, True, "Technician:"),
        (390, 690, 10, False, "Min-jun Park (#27)"),
        (40, 672, 10, True, "Site:"),
        (110, 672, 10, False, "Ridgeview Medical Office Bldg, 2nd floor"),
        (40, 654, 10, True, "Supplier ref:"),
        (110, 654, 10, False, "Tri-County SO 104238 / our PO 60418"),
        (40, 618, 10, True, "Equipment"),
        (330, 618, 10, True, "Installed"),
        (400, 618, 10, True, "Failed"),
        (460, 618, 10, True, "Action"),
        (40, 600, 10, False, "7-day programmable Wi-Fi thermostat"),
        (345, 600, 10, False, "12"),
        (412, 600, 10, False, "3"),
        (460, 600, 10, False, "replaced from van stock"),
        (40, 560, 10, True, "Tech notes (dictated):"),
    ]
    t += [(40, 542 - 14 * i, 10, False, row) for i, row in enumerate(notes)]
    t += [
        (40, 460, 10, True, "Parts to return:"),
        (130, 460, 10, False, "3 x Wi-Fi thermostat (defective) - tagged, at the shop"),
        (40, 420, 10, True, "Customer signature:"),
        (150, 420, 10, False, "on file (R. Duarte, facilities)"),
        (40, 50, 8, False, "FieldDesk Mobile - ticket ST-48817 - page 1 of 1"),
    ]
    rules = [(40, 712, 572, 712), (40, 632, 572, 632), (40, 612, 572, 612), (40, 590, 572, 590)]
    return one_page_pdf(t, rules, "Service ticket ST-48817", "FieldDesk Mobile 7.3")


def price_variance_pdf():
    """Keystone's AP price variance notice for INV-88098, the copper billed above the PO price."""
    t = [
        (50, 740, 16, True, "KEYSTONE MECHANICAL CONTRACTORS"),
        (50, 724, 9, False, "Accounts Payable  -  ap@keystonemech.com  -  610-555-0120"),
        (370, 684, 15, True, "PRICE VARIANCE NOTICE"),
        (370, 666, 10, False, "No. PV-1129"),
        (370, 652, 10, False, "Date: 12/01/2026"),
        (50, 684, 10, True, "Vendor:"),
        (100, 684, 10, False, "Tri-County Plumbing & HVAC Supply"),
        (100, 670, 10, False, "Attn: Claims & Returns"),
        (50, 620, 10, True, "Invoice:"),
        (110, 620, 10, False, "INV-88098 of 10/26/2026       PO: 77790 (Fairview Commons)"),
        (50, 580, 10, True, "Item"),
        (230, 580, 10, True, "Qty"),
        (275, 580, 10, True, "PO price"),
        (345, 580, 10, True, "Billed"),
        (405, 580, 10, True, "Diff/ea"),
        (470, 580, 10, True, "Variance"),
        (50, 560, 10, False, '1" type L copper tube 20 ft'),
        (232, 560, 10, False, "30"),
        (280, 560, 10, False, "71.80"),
        (348, 560, 10, False, "76.40"),
        (410, 560, 10, False, "4.60"),
        (475, 560, 10, False, "138.00"),
        (50, 542, 10, False, '1" wrot copper 90'),
        (232, 542, 10, False, "200"),
        (283, 542, 10, False, "2.95"),
        (351, 542, 10, False, "2.95"),
        (410, 542, 10, False, "0.00"),
        (481, 542, 10, False, "0.00"),
        (50, 524, 10, False, '1" ball valve FP thd'),
        (232, 524, 10, False, "36"),
        (280, 524, 10, False, "15.20"),
        (348, 524, 10, False, "15.20"),
        (410, 524, 10, False, "0.00"),
        (481, 524, 10, False, "0.00"),
        (405, 492, 10, True, "Total variance"),
        (475, 492, 10, True, "138.00"),
        (
            50,
            450,
            10,
            False,
            "The copper was billed above the price on our purchase order. Please issue a",
        ),
        (
            50,
            436,
            10,
            False,
            "credit memo for the variance. Invoice is paid short by this amount until then.",
        ),
        (50, 396, 10, False, "D. Ruiz, AP"),
        (
            50,
            50,
            8,
            False,
            "Keystone Mechanical Contractors - price variance notice PV-1129 - page 1 of 1",
        ),
    ]
    rules = [(50, 706, 562, 706), (50, 596, 562, 596), (50, 574, 562, 574), (400, 508, 562, 508)]
    return one_page_pdf(t, rules, "PV-1129 INV-88098", "Keystone AP Suite 4.2")


# ------------------------------------------------------------------ the mails


def v01():
    text = block("""
        Hello Marisol

        Delivery po 77812, two problem:

        1. the 2" bronze gate valve (VLV2210) - 3 pcs is crack on the body, the box was crushed maybe from forklift. Cannot install this.
        2. copper 90 1" - on the paper is 150, we count 125. 25 pcs missing, we count two times.

        Please send 3 new valve and the 25 elbow, we need it for friday on the Baltimore Pike job.

        Dziękuję,
        Kris Nowak
        Foreman - Keystone Mechanical

        Get Outlook for Android
    """)
    top = outlook(KRIS, "po 77812 - two problem", when("2026-11-09 07:12", EAST), "v01")
    return assemble(top, outlook_alt(text, "v01", mobile_page(text)))


def v02():
    text = block("""
        Hi good morning

        about the PO 24519 that UPS deliver friday. a couple bags of the pex crimp coupling 1/2 came ripped open, the couplings was loose in the box and all dirty with mud, we cant put this in potable water. damaged.

        also the 1" ball valves, 2 of them the handle turn and turn but the valve dont close. we test on the bench same thing, defective.

        can you send 2 bag and 2 valve please

        Obrigado
        João Pereira
        Riverbend Plumbing & Heating
    """)
    top = gmail(JOAO, "PO 24519", when("2026-11-10 07:45", EAST), "v02")
    return assemble(top, gmail_alt(text, "v02"))


def v03():
    text = block("""
        buenos dias Marisol

        so#104240 the will call from friday. 2 of the 1 inch ball valves the body is crack, we see it when we open the box, the box was smash already when my guy pick it up. need 2 new ones pls

        y otra cosa - the 2" black pipe you cut for us, we have like 40 ft left over, la linea de gas salió más corta que el plano. can we return it for credit?

        gracias
        Beto Delgado
    """)
    top = gmail(BETO, "so#104240", when("2026-11-10 08:30", CENTRAL), "v03")
    return assemble(top, gmail_alt(text, "v03"))


def v04():
    text = block("""
        Marisol see pic. we count the registers on po 60377, got extra. not ours, come get them or tell me what you want to do

        Hector

        Enviado desde mi iPhone
    """)
    boundary = "Apple-Mail-" + digest("apple", "v04", n=32).upper()
    body = multi(
        "mixed",
        boundary,
        text_part(text),
        file_part(
            register_count_photo(),
            "image/png",
            "IMG_5520.png",
            inline=True,
            extra=[("Content-Id", f"<{digest('cid', 'v04', n=24)}@apple.com>")],
        ),
    )
    top = iphone(
        HECTOR, "Registers po 60377", when("2026-11-10 09:05", CENTRAL), "v04", content=False
    )
    return assemble(top, body)


def v05():
    text = block("""
        Hi Marisol,

        the PRVs from po 40962, two of them are wrong. box says 3/4 but inside is a 1 inch valve, the threads dont match. we need the 3/4 like we ordered. the other 4 are fine.

        can your driver swap them when he comes thursday?

        thank you
        Rosa
    """)
    top = gmail(ROSA, "po 40962 - PRVs", when("2026-11-10 11:20", CENTRAL), "v05")
    return assemble(top, gmail_alt(text, "v05"))


def v06():
    text = block("""
        hey its Dre w/ Summit HVAC
        the ceiling tile on so 104228
        4 boxes wet n caved in
        bottom of the skid
        cant use em
        got pics on my phone if u need
    """)
    top = [
        ("Return-Path", f"<{DRE_PHONE}>"),
        ("Message-ID", f"<{int(digest('sms', 'v06', n=8), 16)}.JavaMail.msg@vtext.com>"),
        ("Date", when("2026-11-11 12:10", CENTRAL)),
        ("From", DRE_PHONE),
        ("To", "claims@tcsupply.example"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=us-ascii"),
        ("Content-Transfer-Encoding", "7bit"),
    ]
    return single(top, text)


def v07():
    text = block("""
        Marisol,

        Inv 88133 - the condensate pumps are billed at 64.90, our PO 77830 has 61.50. Qty 8. Pls credit the difference.

        Thx
        Dana

        Dana Ruiz | Accounts Payable
        Keystone Mechanical Contractors
    """)
    top = outlook(DANA, "Inv 88133 - pump price", when("2026-11-11 14:05", EAST), "v07")
    return assemble(top, outlook_alt(text, "v07"))


def v08():
    text = block("""
        Hi Mary Sol this is Luis at Harbor point the thermostat's from PO 70231 we only got eight in the box and it should be 10 so we're missing to can you send the other to with the next truck thank you

        Sent from my iPhone
    """)
    top = iphone(LUIS, "Thermostats 70231", when("2026-11-12 07:35", EAST), "v08")
    return single(top, text)


def v09():
    text = block("""
        Marisol it's Raj quick one on 60418 the filters the 16 by 25 murph 11 we counted 8 cases and the packing list says 10 so were 2 cases short can you put them on the next delivery thanks

        Raj Patel
        Summit HVAC Services
        Sent from my iPhone
    """)
    top = iphone(RAJ, "60418", when("2026-11-12 08:50", CENTRAL), "v09")
    return single(top, text)


VOICEMAIL_70288 = (
    block("""
        Hi Luis,

        Got your voicemail about the Estes delivery on PO 70288. Which item is it, how many, and is it just the carton or the unit itself?

    """)
    + SIG_MARISOL
)


def v10():
    text = block("""
        Its the unit. One of the 3 gas water heaters 50 gal. Jacket is pushed in on the side and the gas valve is broke off, you can see where the forklift got it. Other 2 are ok and the expansion tanks ok.

        Luis
    """) + outlook_quote(
        addr(DESK),
        "Thursday, November 12, 2026 4:10 PM",
        addr(LUIS),
        "Voicemail - PO 70288",
        VOICEMAIL_70288,
    )
    top = outlook(
        LUIS,
        "RE: Voicemail - PO 70288",
        when("2026-11-13 09:15", EAST),
        "v10",
        reply_to=desk_id("vm-70288"),
    )
    return assemble(top, outlook_alt(text, "v10"))


def v11():
    text = block("""
        Marisol Tom Morales on 77812 one of the PR fees the pressure reducing valve won't hold it creeps up to 90 psi overnight we swapped it out so that ones defective. Also we got two dozen of the one inch copper nineties we're not going to use the job changed can I send those back for credit thanks

        Sent from my iPhone
    """)
    top = iphone(TOM, "77812", when("2026-11-13 10:40", EAST), "v11")
    return single(top, text)


def v12():
    text = block("""
        Hi Marisol
        this Thanh from Harbor Point
        pls ignore my voicemail this morning
        all 3 water heater is here, one was still on the lift gate
        the broken one Luis already tell you
        sorry!!
        Thanh

        Sent from Yahoo Mail on Android
    """)
    stamp = 1794587457000 + int(digest("ms", "v12", n=4), 16) % 1000
    n = int(digest("yn", "v12", n=6), 16)
    top = [
        ("Date", when("2026-11-13 11:30", EAST)),
        ("From", addr(THANH_HOME)),
        ("To", "claims@tcsupply.example"),
        (
            "Message-ID",
            f"<{n % 900000000 + 100000000}.{n % 9000000 + 1000000}.{stamp}@mail.yahoo.com>",
        ),
        ("Subject", "voicemail"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.24652 YahooMailAndroidMobile"),
    ]
    page = '<div dir="ltr">' + html_rows(text).replace("\n", "") + "</div>"
    boundary = f"----=_Part_{n % 9000000 + 1000000}_{n % 900000000 + 100000000}.{stamp}"
    body = multi("alternative", boundary, gmail_text(text), gmail_text(page, "html"))
    return assemble(top, body)


ASK_24530 = block("""
    Mike,

    Tried your cell twice. What's wrong with PO 24530 - which items and how many?

    Marisol
""")

MIKE_24530 = block("""
    24530 came in all screwed up call me

    Sent from my iPhone
""")


def v13():
    text = (
        block("""
            1 of the PRVs missing. slip says 4 we got 3
            and u sent way too many 1" copper 90s. ordered 250 theres 300 here, 50 extra. come grab em

            Sent from my iPhone

            > On Nov 13, 2026, at 3:52 PM, Tri-County Claims <claims@tcsupply.example> wrote:
            >
        """)
        + quote(ASK_24530)
        + "\n>\n>> On Nov 13, 2026, at 2:31 PM, Mike O'Brien <mike.obrien@riverbendph.com> wrote:\n>>\n"
        + quote(MIKE_24530, ">>")
        + "\n"
    )
    top = iphone(
        MIKE,
        "Re: 24530",
        when("2026-11-16 08:05", EAST),
        "v13",
        reply_to=desk_id("ask-24530"),
    )
    return single(top, text)


def v14():
    text = block("""
        Dear Marisol,

        I am Min-jun Park, technician in Summit HVAC. About PO 60455 (UPS delivery last Thursday).

        First, condensate pump 2 unit is damaged. Outer box is crushed and the pump housing is crack, the water tank also broken. We cannot install it.

        Second, customer change the plan to Wi-Fi thermostat, so the basic thermostat (non programmable) half a dozen we do not need. It is still in box, never open. We want to return it.

        Please let me know what to do.

        Thank you.
        Min-jun Park
        Summit HVAC Services

        감사합니다
    """)
    top = outlook(MINJUN, "PO 60455 damage and return", when("2026-11-16 09:30", CENTRAL), "v14")
    return assemble(top, outlook_alt(text, "v14"))


def v15():
    text = block("""
        Hi Marisol,

        Bao from Keystone service. PO77790 the 1" ball valve threaded - one box of them (12 pcs) inside is 1" gate valve, not ball valve. Label on the box say VLV-1005 but the valve inside is wrong. We need 12 of the 1" ball valve. I keep the box in the shop.

        Cảm ơn,
        Bao Tran

        Get Outlook for iOS
    """)
    top = outlook(BAO, "wrong valve PO77790", when("2026-11-16 13:10", EAST), "v15")
    return assemble(top, outlook_alt(text, "v15", mobile_page(text)))


def v16():
    text = block("""
        marisol

        opend the crate for the 3" check valvs from po 77830 today, it was siting in the yard since the delivery. 1 of them has the flange ear snaped off, looks like it got hit in shiping, crate has a hole in the side. need a replacment

        darnell
        keystone yard
    """)
    top = outlook(DARNELL, "check valve cracked 77830", when("2026-11-17 07:55", EAST), "v16")
    return assemble(top, outlook_alt(text, "v16"))


def v17():
    text = block("""
        Dear Marisol,

        Please see the service ticket in attachment. The Wi-Fi thermostat from SO 104238 have problem, we replace from our stock. Please send replacement.

        Thank you.
        Min-jun Park
        Summit HVAC Services
    """)
    pdf = file_part(service_ticket_pdf(), "application/pdf", "ST-48817.pdf")
    body = outlook_mixed("v17", outlook_alt(text, "v17"), pdf)
    top = outlook(
        MINJUN,
        "SO 104238 - wifi thermostat problem, service ticket",
        when("2026-11-17 10:20", CENTRAL),
        "v17",
        attach=True,
    )
    return assemble(top, body)


NOTICE_41107 = (
    block("""
        Kris,

        Claim TC-41107 is open on PO 77812 (our SO-104233):

          DAMAGED  VLV-2210-BR     2" bronze gate valve    3 pcs
          SHORT    FTG-CU-E90-100  1" wrot copper 90      25 pcs

        Replacements ship from our East warehouse on Wednesday's truck. Please hold the cracked valves for the carrier's inspection.

    """)
    + SIG_MARISOL
)


def v18():
    text = block("""
        Hi Marisol, any news? The valves we still dont have and the job is friday. When they ship?

        Kris

        Get Outlook for Android
    """) + outlook_quote(
        addr(DESK),
        "Monday, November 9, 2026 3:15:22 PM",
        addr(KRIS),
        "RE: po 77812 - two problem",
        NOTICE_41107,
    )
    top = outlook(
        KRIS,
        "RE: po 77812 - two problem",
        when("2026-11-17 14:00", EAST),
        "v18",
        reply_to=desk_id("tc-41107"),
    )
    return assemble(top, outlook_alt(text, "v18", mobile_page(text)))


def v19():
    text = block("""
        Good morning Marisol,

        PO 70296 delivery on Monday at Seaview Court, 2 problem:

        - ball valve 3/4 sweat (VLV-0075-BW): half dozen is bent at the handle and the body is dent, the box all crush. Can not use the 6.
        - also we receive 3 box of pex crimp coupling 1/2, we did not order this, it is not on the packing slip. Please pick up.

        Thank you
        Thanh Nguyen
        Maintenance - Harbor Point Property Management
    """)
    top = outlook(THANH, "PO 70296 delivery Seaview Court", when("2026-11-18 08:15", EAST), "v19")
    return assemble(top, outlook_alt(text, "v19"))


def v20():
    text = block("""
        Marisol,

        Today we open the pex couplings from po 77731 (october order) for new job. 6 bags is 3/4 coupling, not 1/2 like we order. Other bags ok.

        Please exchange the 6 bags for 1/2.

        Kris

        Get Outlook for Android
    """)
    top = outlook(KRIS, "pex coupling wrong size", when("2026-11-18 10:30", EAST), "v20")
    return assemble(top, outlook_alt(text, "v20", mobile_page(text)))


def v21():
    text = block("""
        Buenos dias Marisol, soy Memo de Delgado.
        el calentador electrico de 40 galones no sirve. heater dont heat, upper element is dead, we check it with the meter. see the tag in the foto
        po 40917
        we need a new one or the credit
        gracias
        Memo Garza
    """)
    photo = file_part(heater_tag_photo(), "image/png", "IMG_20261118_154210.png")
    body = gmail_mixed("v21", gmail_alt(text, "v21"), photo)
    top = gmail(MEMO, "calentador po 40917", when("2026-11-19 08:40", CENTRAL), "v21")
    return assemble(top, body)


def v22():
    text = block("""
        Marisol did u get Min-jun email from tuesday?? the 3 wifi thermostats from SO 104238 that dont work. we need the replacements this week, the customer is calling me every day

        Hector Salinas
        Summit HVAC

        Enviado desde mi iPhone
    """)
    top = iphone(HECTOR, "Wifi thermostats SO 104238", when("2026-11-19 09:30", CENTRAL), "v22")
    return single(top, text)


NOTICE_41163 = (
    block("""
        Luis,

        Claim TC-41163 on PO 70231 (our SO-104239): SHORT, TST-2100-NP non-programmable thermostat, 2 pcs. Approved - the 2 go out on Thursday's truck.

    """)
    + SIG_MARISOL
)


def v23():
    text = (
        block("""
            Thank you Marisol got the two thermostats this morning all good now

            Sent from my iPhone

            > On Nov 12, 2026, at 1:05 PM, Tri-County Claims <claims@tcsupply.example> wrote:
            >
        """)
        + quote(NOTICE_41163)
        + "\n"
    )
    top = iphone(
        LUIS,
        "Re: Claim TC-41163 - PO 70231",
        when("2026-11-19 15:20", EAST),
        "v23",
        reply_to=desk_id("tc-41163"),
    )
    return single(top, text)


def v24():
    text = block("""
        Marisol it's Tom on PO 77731 we have 10 of the one inch ball valves left over the brass full port ones can we get those picked up and credited they never got opened thanks

        Sent from my iPhone
    """)
    top = iphone(TOM, "Return", when("2026-11-20 07:30", EAST), "v24")
    return single(top, text)


def v25():
    text = block("""
        Hi Marisol,

        Couple of things on PO 24460, the Elmwood job wrapped up:

        Returning a dozen of the 3/4" sweat ball valves and 20 of the 2" PVC tees. Both leftover, never opened.

        And the copper - 4 of the 1" sticks are type M, not type L. It's stamped M right on the pipe. Need those swapped for L.

        Can you do one RA for all of it?

        Thanks,
        Karen Liu
        Office Manager, Riverbend Plumbing & Heating
    """)
    top = gmail(KAREN, "24460 - return + wrong copper", when("2026-11-20 10:10", EAST), "v25")
    return assemble(top, gmail_alt(text, "v25"))


def v26():
    text = block("""
        Marisol can u give me price for the list in the foto, we pick up monday
        the 2 ball valves from last time that came crack you already fix it, thank you

        Beto
    """)
    photo = file_part(price_list_photo(), "image/png", "IMG_20261121_074955.png")
    body = gmail_mixed("v26", gmail_alt(text, "v26"), photo)
    top = gmail(BETO, "precio para el lunes", when("2026-11-21 08:10", CENTRAL), "v26")
    return assemble(top, body)


def v27():
    text = block("""
        Marisol Tom again the expansion tank from the Rosedale job the one from October last year PO 76115 the bladders gone it's waterlogged and the relief valve on the boiler keeps popping so it's defective can we get a warranty replacement on that one tank thanks

        Sent from my iPhone
    """)
    top = iphone(TOM, "Expansion tank Rosedale", when("2026-11-23 08:20", EAST), "v27")
    return single(top, text)


def v28():
    text = block("""
        Hi,

        Invoice 88152 has the Wi-Fi thermostats at $132.00 each, 12 of them. Raj says we agreed $124.00 on these for the Ridgeview job. Can you check and credit us the difference?

        Thanks,
        Linda Chu
        Accounts Payable | Summit HVAC Services
    """)
    top = outlook(
        LINDA, "Invoice 88152 - thermostat price", when("2026-11-23 10:45", CENTRAL), "v28"
    )
    return assemble(top, outlook_alt(text, "v28"))


def v29():
    text = block("""
        Marisol hello

        Job on po 77790 is finish. The 1" copper 90 (FTG-CU-90-100) we not use it - all of them we want to return, 200 pcs, original box.
        Please send RA and pick up.

        Pozdrawiam
        Kris

        Get Outlook for Android
    """)
    top = outlook(KRIS, "return copper 90 - po 77790", when("2026-11-24 07:40", EAST), "v29")
    return assemble(top, outlook_alt(text, "v29", mobile_page(text)))


def v30():
    text = block("""
        Dear Marisol,

        Yesterday our tech send to your cell phone by mistake the picture of a mini split line set leaking at the flare nut. Please ignore it. This line set is not from you, it is from other supplier and we do the warranty with them.

        Sorry for the confusion.

        Thank you.
        Min-jun Park
        Summit HVAC Services
    """)
    top = outlook(MINJUN, "picture by mistake - line set", when("2026-11-24 11:00", CENTRAL), "v30")
    return assemble(top, outlook_alt(text, "v30"))


def v31():
    text = block("""
        Marisol the 3" RPZ from po 24415 failed the test this morning. #2 check wont hold and the relief dumps the whole time. Tester says its bad out of the box. I know its the special order one but its defective. What do u need from me

        Mike

        Sent from my iPhone
    """)
    top = iphone(MIKE, "RPZ 24415", when("2026-11-25 07:20", EAST), "v31")
    return single(top, text)


def v32():
    text = block("""
        hi its Lupe at the riverbend counter. for po 24561 can it come monday insted of thursday? nobody at the shop on thursday, its thanksgiving lol

        and pls tell the warehouse to wrap the check valves better, last time one came with the box all beat up (valve was ok)

        thx!
        Lupe
    """)
    top = gmail(LUPE, "po 24561 delivery", when("2026-11-25 09:40", EAST), "v32")
    return assemble(top, gmail_alt(text, "v32"))


def v33():
    text = block("""
        Hi Marisol,

        PO 70296 - floor register white 10x6 (HVC-REG-1006). The contractor use less than we think, so 10 pcs we don't need. Still wrap in the plastic. You can take it back for credit? Restock fee is ok.

        Thank you
        Thanh Nguyen
        Maintenance - Harbor Point Property Management
    """)
    top = outlook(THANH, "return floor register", when("2026-11-30 08:30", EAST), "v33")
    return assemble(top, outlook_alt(text, "v33"))


def v34():
    text = block("""
        Marisol we doing the PM at the Harbor Point building on Marina Blvd, they buy the filters from you, SO 104239 on the boxes. 4 cases came 2 inch thick, box say 16x25x1 but the filter inside is 16x25x2, dont fit the return grille. wrong filter. need 4 cases of the 16x25x1 merv 11 so we can finish

        Hector Salinas
        Summit HVAC

        Enviado desde mi iPhone
    """)
    top = iphone(HECTOR, "filters wrong ones", when("2026-11-30 10:00", CENTRAL), "v34")
    return single(top, text)


def v35():
    text = block("""
        Marisol,

        Attached - copper on INV-88098 billed over our PO price. Please credit.

        Thx
        Dana
    """)
    pdf = file_part(price_variance_pdf(), "application/pdf", "PV-1129 INV-88098.pdf")
    body = outlook_mixed("v35", outlook_alt(text, "v35"), pdf)
    top = outlook(
        DANA, "Price variance - INV-88098", when("2026-12-01 09:10", EAST), "v35", attach=True
    )
    return assemble(top, body)


def v36():
    text = block("""
        Marisol otra vez Memo
        the order from tuesday, the expansion tank 2 gal came dented bad on the side, the box was ok but the tank no. i dont have the po number here, Rosa have it
        1 tank. can you send other one
        gracias
    """)
    top = gmail(MEMO, "tanque", when("2026-12-02 07:30", CENTRAL), "v36")
    return assemble(top, gmail_alt(text, "v36"))


CM_6188 = (
    block("""
        Dana,

        Credit memo CM-6188 for $27.20 is posted to your account: 8 x HVC-CND-PUMP condensate pump, billed 64.90 against your PO price of 61.50.

    """)
    + SIG_MARISOL
)


def v37():
    text = block("""
        Thanks Marisol, CM-6188 came through, I took it off INV-88133 when I paid it yesterday. We're square on the pumps, I closed our debit.

        Dana
    """) + outlook_quote(
        addr(DESK),
        "Monday, November 30, 2026 2:47 PM",
        addr(DANA),
        "RE: Inv 88133 - pump price",
        CM_6188,
    )
    top = outlook(
        DANA,
        "RE: Inv 88133 - pump price",
        when("2026-12-02 10:00", EAST),
        "v37",
        reply_to=desk_id("cm-6188"),
    )
    return assemble(top, outlook_alt(text, "v37"))


# ------------------------------------------------------------------ the portal form and the uploads


def v38():
    form = {
        "order_number": "SO-104224",
        "lines": [{"sku": "TST-7500-PRO", "quantity": 2, "reason": "DEFECTIVE"}],
        "note": (
            "2 of the wifi thermostats from this order the screen goes black and it stops calling "
            "for heat came back after we killed the power then died again the next day tech says "
            "the units are bad"
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def v39():
    text = block("""
        Voice memo - transcript
        Nov 30, 2026 at 7:52 AM

        yeah this is for the supply house the 2 gallon expansion tank that came for the Oak Hill duplex has a big dent on the bottom right by the fitting and the fitting is cocked sideways so it's damaged we can't put it in just the one tank we need another one call me back
    """)
    return crlf(text.encode("ascii"))


def v40():
    text = block("""
        so#104231 copper
        ticket says 12 sticks 1" L
        only 10 on the rack, 2 short
        checked truck + rack w/ Nacho

        - yard
    """)
    return text.encode("ascii")


BUILD = {
    "v01-keystone-kris-gate-valves-and-copper-90s.eml": v01,
    "v02-riverbend-joao-couplings-and-ball-valves.eml": v02,
    "v03-delgado-beto-cracked-valves-leftover-pipe.eml": v03,
    "v04-summit-hector-register-count-photo.eml": v04,
    "v05-delgado-rosa-prvs-wrong-size.eml": v05,
    "v06-sms-dre-wet-ceiling-tile.eml": v06,
    "v07-keystone-dana-inv88133-pump-price.eml": v07,
    "v08-harbor-luis-voice-thermostats-missing.eml": v08,
    "v09-summit-raj-voice-filters-short.eml": v09,
    "v10-harbor-luis-re-voicemail-heater.eml": v10,
    "v11-keystone-tom-voice-prv-and-copper-90s.eml": v11,
    "v12-yahoo-thanh-ignore-voicemail.eml": v12,
    "v13-riverbend-mike-re-24530-texts.eml": v13,
    "v14-summit-minjun-pumps-and-spare-stats.eml": v14,
    "v15-keystone-bao-gate-valves-in-ball-valve-box.eml": v15,
    "v16-keystone-darnell-check-valve-ear.eml": v16,
    "v17-summit-minjun-service-ticket-pdf.eml": v17,
    "v18-keystone-kris-any-news-gate-valves.eml": v18,
    "v19-harbor-thanh-bent-valves-extra-couplings.eml": v19,
    "v20-keystone-kris-couplings-wrong-size.eml": v20,
    "v21-delgado-memo-heater-tag-photo.eml": v21,
    "v22-summit-hector-did-you-get-it.eml": v22,
    "v23-harbor-luis-thanks-over-notice.eml": v23,
    "v24-keystone-tom-voice-leftover-ball-valves.eml": v24,
    "v25-riverbend-karen-returns-and-type-m.eml": v25,
    "v26-delgado-beto-price-list-photo.eml": v26,
    "v27-keystone-tom-voice-waterlogged-tank.eml": v27,
    "v28-summit-linda-inv88152-stat-price.eml": v28,
    "v29-keystone-kris-return-all-copper-90s.eml": v29,
    "v30-summit-minjun-ignore-other-supplier-photo.eml": v30,
    "v31-riverbend-mike-rpz-failed-test.eml": v31,
    "v32-riverbend-lupe-delivery-day-24561.eml": v32,
    "v33-harbor-thanh-leftover-registers.eml": v33,
    "v34-summit-hector-filters-on-harbor-order.eml": v34,
    "v35-keystone-dana-copper-variance-pdf.eml": v35,
    "v36-delgado-memo-tank-order-from-tuesday.eml": v36,
    "v37-keystone-dana-pump-credit-settled.eml": v37,
    "v38-portal-wifi-stats-dying.json": v38,
    "v39-upload-voice-memo-dented-tank.txt": v39,
    "v40-upload-copper-sticks-short.txt": v40,
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
