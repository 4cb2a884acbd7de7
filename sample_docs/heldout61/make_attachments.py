"""Write every request file of heldout61: a whole month of the shared returns mailbox.

Usage:  python make_attachments.py OUTDIR

Forty requests that reached returns@cardinalvalley.example, the shared returns mailbox of
Cardinal Valley Supply (Tina Sorensen works it), between Monday 2026-10-26 and Friday
2026-12-04: 37 mails, one portal form and two text uploads. Everyone who buys from the five
ERP customers writes in sooner or later: foremen, a site superintendent, purchasing and
accounts payable, a dispatcher, warehouse hands, service techs, a property manager and an
owner, in every format a real month brings (one-liners, forwarded chains, replies over
quoted history, HTML-only mails from business systems, Outlook tables with a poor plain
part, pasted spreadsheet rows, a scanned form, a photographed note, a spreadsheet, a CSV
and a PDF claim form).

Mails are put together byte by byte the way the sending program writes them; the receiving
server's Received line is on top. Dates are fixed per request; Message-IDs, MIME boundaries
and every other token a mail program makes up come from SHA-256 of the request key. Pictures
are drawn with Pillow with noise from seeded numpy generators and saved without EXIF or time
stamps; the PDF has a fixed creation date and file id; the spreadsheet is rezipped with
fixed member dates. Nothing reads the clock or the time zone.
"""

import base64
import csv
import hashlib
import html
import io
import json
import quopri
import sys
import textwrap
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")

# ------------------------------------------------------------------ who writes

DESK = ("Cardinal Valley Returns", "returns@cardinalvalley.example")
TINA = ("Tina Sorensen", "returns@cardinalvalley.example")
MX = "mx1.cardinalvalley.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online
CURTIS = ("Curtis Bell", "cbell@keystonemech.com")
MAREK = ("Marek Zieliński", "mzielinski@keystonemech.com")
HANNAH = ("Hannah Oyelaran", "hoyelaran@keystonemech.com")
PRISCILLA = ("Priscilla Tan", "ptan@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace
DALE = ("Dale Pettibone", "dpettibone@riverbendph.com")
NGOZI = ("Ngozi Eze", "neze@riverbendph.com")
JIMMY = ("Jimmy Kowalczyk", "jkowalczyk@riverbendph.com")
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace
THANH = ("Thanh Nguyễn", "tnguyen@summithvac.net")
BRETT = ("Brett Ahlquist", "bahlquist@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online
KWAME = ("Kwame Asante", "kasante@harborpointpm.com")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
ODALYS = ("Odalys Ferrer", "oferrer@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains
RAMON = ("Ramón Delgado", "ramon@delgadosons.com")
LUPE = ("Lupe Garza", "lupe@delgadoplumbing.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2091.outbound.protection.outlook.com", "40.107.237.91"),
    "gws": ("mail-yw1-f171.google.com", "209.85.128.171"),
    "hosted": ("p-west2-cluster3-host7-snip4-10.eps.apple.com", "57.103.68.41"),
    "smtp": ("relay.secureserver.net", "68.178.252.104"),
    "propdesk": ("o3.mail.propdesk-mailer.example", "198.51.100.23"),
}

# Wall clocks: daylight time ends on Sunday 2026-11-01.
ZONES = {"ET": (-4, -5), "CT": (-5, -6)}


# ------------------------------------------------------------------ tokens and time


def tok(*parts, n=16):
    """A stable hex string for anything a mail program would otherwise make up."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def at(local, zone):
    """Local wall-clock 'YYYY-MM-DD HH:MM' in ET or CT, seconds from a hash."""
    base = datetime.strptime(local, "%Y-%m-%d %H:%M")
    offset = ZONES[zone][0 if base < datetime(2026, 11, 1, 2, 0) else 1]
    sec = int(tok("sec", local, zone, n=4), 16) % 60
    return base.replace(tzinfo=timezone(timedelta(hours=offset))) + timedelta(seconds=sec)


def rfc(when, utc=False):
    if utc:
        when = when.astimezone(UTC)
    return f"{when:%a}, {when.day} {when:%b %Y %H:%M:%S %z}"


def clock(when):
    return f"{when.hour % 12 or 12}:{when:%M} {when:%p}"


def uuid(*parts):
    h = tok(*parts, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def para(text):
    return textwrap.dedent(text).lstrip("\n")


# ------------------------------------------------------------------ headers and MIME


def word(value):
    """An RFC 2047 encoded word where the value is not ASCII."""
    if value.isascii():
        return value
    return "=?UTF-8?B?" + base64.b64encode(value.encode()).decode() + "?="


def addr(person):
    name, mail = person
    if not name.isascii():
        return f"{word(name)} <{mail}>"
    if any(c in name for c in "'.,&()"):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


def fold(key, value, width=76):
    if "\r\n" in value:
        return f"{key}: {value}"
    words = value.split(" ")
    lines, cur = [], f"{key}: {words[0]}"
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def head(self):
        return "".join(fold(k, v) + "\r\n" for k, v in self.headers).encode("ascii")


def leaf(ctype, content, cte, extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    if cte == "quoted-printable":
        body = crlf(quopri.encodestring(data))
    elif cte == "base64":
        body = crlf(base64.encodebytes(data))
    else:
        body = crlf(data)
    return Part([("Content-Type", ctype), *extra, ("Content-Transfer-Encoding", cte)], body)


def plain(text, charset="utf-8", cte=None, params=""):
    if cte is None:
        long_line = any(len(r) > 76 for r in text.split("\n"))
        cte = "quoted-printable" if long_line or not text.isascii() else "7bit"
    return leaf(f"text/plain; charset={charset}{params}", text, cte)


def page(markup, charset="utf-8", cte="quoted-printable"):
    return leaf(f"text/html; charset={charset}", markup, cte)


def attachment(data, ctype, filename, extra=(), inline=False):
    disp = "inline" if inline else "attachment"
    return leaf(
        f'{ctype}; name="{filename}"',
        data,
        "base64",
        [*extra, ("Content-Disposition", f'{disp}; filename="{filename}"')],
    )


def multi(kind, boundary, parts, preamble=b""):
    out = preamble
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p.head() + b"\r\n" + p.body
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def envelope(key, person, when, via):
    """Return-Path and our MX's Received line, a few seconds after the Date."""
    host, ip = SENDERS[via]
    got = (when + timedelta(seconds=2 + int(tok("rx", key, n=2), 16) % 11)).astimezone(UTC)
    qid = tok("qid", key, n=11).upper()
    return (
        f"Return-Path: <{person[1]}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4d{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
    ).encode("ascii")


def mail(key, person, when, via, headers, part):
    rows = "".join(fold(k, v) + "\r\n" for k, v in headers).encode("ascii")
    return envelope(key, person, when, via) + rows + part.head() + b"\r\n" + part.body


def divs(text, tag="div"):
    out = []
    for row in text.split("\n"):
        out.append(f"<{tag}>{html.escape(row, quote=False) or '<br>'}</{tag}>")
    return "\n".join(out)


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("BL1PR14", 14), "harborpointpm.com": ("DM4PR02", 2)}


def exo_headers(key, person, subject, when, reply=None, has_attach=False, extra=()):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 6000}"
    topic = subject
    for pre in ("RE: ", "FW: ", "Automatic reply: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(DESK)), ("Subject", subject)]
    rows += [("Thread-Topic", topic), ("Thread-Index", index), ("Date", rfc(when, utc=True))]
    rows += [
        (
            "Message-ID",
            f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>",
        )
    ]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += list(extra)
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    rows += [("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
    rows += [("MIME-Version", "1.0")]
    return rows


def word_page(inner):
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "table.grid td\n\t{border:solid #A6A6A6 1.0pt;\n\tpadding:0in 5.4pt 0in 5.4pt;}\n"
        "--></style>\n</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def word_paras(text):
    out = []
    for row in text.split("\n"):
        inner = html.escape(row, quote=False) if row else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def word_table(rows):
    out = ['<table class="grid" border="1" cellspacing="0" cellpadding="0">']
    for i, row in enumerate(rows):
        cells = []
        for cell in row:
            txt = html.escape(str(cell), quote=False)
            if i == 0:
                txt = f"<b>{txt}</b>"
            cells.append(f'<td valign="top"><p class="MsoNormal">{txt}<o:p></o:p></p></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_alt(key, text_part, html_inner):
    return multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            plain(text_part, charset='"utf-8"', cte="quoted-printable"),
            page(word_page(html_inner), charset='"utf-8"'),
        ],
    )


def outlook_desktop(key, person, subject, when, body, attachments=(), reply=None, quoted=""):
    """Outlook for Windows on Exchange Online: the body as Word HTML and its text rendering."""
    text_part = body + quoted
    inner = word_paras(body)
    if quoted:
        inner += '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt">\n'
        inner += word_paras(quoted.lstrip("\n")) + "\n</div>"
    part = outlook_alt(key, text_part, inner)
    if attachments:
        part = multi("mixed", f"_004_{tok('mix', key, n=36).upper()}_", [part, *attachments])
    rows = exo_headers(key, person, subject, when, reply, bool(attachments))
    return mail(key, person, when, "exo", rows, part)


def outlook_mobile(key, person, subject, when, body, app="iOS", reply=None, quoted=""):
    sig = f"\nGet Outlook for {app}<https://aka.ms/o0ukef>\n"
    text_part = body + sig + quoted
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="ltr">\n' + divs(body) + "\n</div>\n"
        '<div id="ms-outlook-mobile-signature" dir="ltr"><div>Get '
        f'<a href="https://aka.ms/o0ukef">Outlook for {app}</a></div></div>\n'
    )
    if quoted:
        markup += '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        markup += '<div id="divRplyFwdMsg" dir="ltr">' + divs(quoted.lstrip("\n")) + "</div>\n"
    markup += "</body>\n</html>\n"
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [plain(text_part, charset='"utf-8"', cte="quoted-printable"), page(markup, '"utf-8"')],
    )
    rows = exo_headers(key, person, subject, when, reply)
    return mail(key, person, when, "exo", rows, part)


def outlook_quote(sender, when, to, subject, body):
    """The header block Outlook puts over a message it quotes."""
    return (
        "\n\nFrom: " + sender + "\n"
        f"Sent: {when:%A, %B} {when.day}, {when.year} {clock(when)}\n"
        f"To: {to}\nSubject: {subject}\n\n{body}"
    )


# ------------------------------------------------------------------ Gmail


def gmail_headers(key, person, subject, when, reply=None):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [
        ("Message-ID", f"<CA{raw}@mail.gmail.com>"),
        ("Subject", word(subject)),
        ("From", addr(person)),
        ("To", addr(DESK)),
    ]
    return rows


def gmail_text(text, subtype="plain"):
    long_line = any(len(r) > 76 for r in text.split("\n"))
    cte = "quoted-printable" if long_line or not text.isascii() else "7bit"
    return leaf(f'text/{subtype}; charset="UTF-8"', text, cte)


def gmail_html(text, quoted_html=""):
    rows = "".join(
        f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
        for r in text.split("\n")
    )
    return f'<div dir="ltr">{rows}</div>{quoted_html}\n'


def gmail(key, person, subject, when, body, attachments=(), reply=None, quoted="", qhtml=""):
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [gmail_text(body + quoted), gmail_text(gmail_html(body, qhtml), "html")],
    )
    part = alt
    if attachments:
        part = multi("mixed", "000000000000" + tok("gx", key, n=14), [alt, *attachments])
    return mail(key, person, when, "gws", gmail_headers(key, person, subject, when, reply), part)


def gmail_file(data, ctype, filename, key):
    xid = "f_" + tok("att", key, filename, n=10)
    return attachment(data, ctype, filename, [("Content-ID", f"<{xid}>"), ("X-Attachment-Id", xid)])


def gmail_quote_html(intro, text):
    return (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(intro, quote=False)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + divs(text)
        + "</blockquote></div>"
    )


# ------------------------------------------------------------------ iPhone Mail


def iphone(key, person, subject, when, body, via, attachments=()):
    domain = person[1].split("@")[1]
    rows = []
    if not attachments:
        long_line = any(len(r) > 76 for r in body.split("\n"))
        cte = "quoted-printable" if long_line or not body.isascii() else "7bit"
        cs = "us-ascii" if body.isascii() else "utf-8"
        rows += [("Content-Type", f"text/plain; charset={cs}"), ("Content-Transfer-Encoding", cte)]
        head = Part(
            [], crlf(body.encode()) if cte == "7bit" else crlf(quopri.encodestring(body.encode()))
        )
    rows += [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    rows += [("Subject", word(subject)), ("Message-Id", f"<{uuid('ios', key)}@{domain}>")]
    rows += [("To", addr(DESK)), ("X-Mailer", "iPhone Mail (22B83)")]
    if attachments:
        boundary = "Apple-Mail-" + uuid("amb", key)
        part = multi("mixed", boundary, [plain(body), *attachments])
        return mail(key, person, when, via, rows, part)
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + head.body


# ------------------------------------------------------------------ Outlook 16 over IMAP/SMTP


def outlook16_headers(key, person, subject, when, reply=None, has_attach=False):
    domain = person[1].split("@")[1]
    mid = f"<0000{tok('o16', key, n=12)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    return rows


def outlook16(key, person, subject, when, body, via, attachments=(), reply=None, quoted=""):
    inner = word_paras(body)
    if quoted:
        inner += "\n" + word_paras(quoted.lstrip("\n"))
    alt = multi(
        "alternative",
        f"----=_NextPart_001_{tok('n1', key, n=4).upper()}_01DC{tok('n2', key, n=4).upper()}."
        f"{tok('n3', key, n=8).upper()}",
        [
            plain(body + quoted, charset='"utf-8"', cte="quoted-printable"),
            page(word_page(inner), '"utf-8"'),
        ],
    )
    part = alt
    if attachments:
        part = multi(
            "mixed",
            f"----=_NextPart_000_{tok('n0', key, n=4).upper()}_01DC{tok('n2', key, n=4).upper()}."
            f"{tok('n3', key, n=8).upper()}",
            [alt, *attachments],
            preamble=b"This is a multipart message in MIME format.\r\n\r\n",
        )
    rows = outlook16_headers(key, person, subject, when, reply, bool(attachments))
    return mail(key, person, when, via, rows, part)


# ------------------------------------------------------------------ pictures


def face(name, size):
    sub = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / sub / name), size)


def noise(img, seed, sigma):
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.int16)
    arr = arr + rng.normal(0.0, sigma, arr.shape).round().astype(np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def falloff(img, amount):
    """Light dropping off away from the centre, as under a phone's flash."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w]
    d = np.hypot((xx - w * 0.48) / w, (yy - h * 0.45) / h)
    gain = np.clip(1.0 - amount * d**2, 0.0, 1.0)
    arr = np.asarray(img).astype(np.float32)
    if arr.ndim == 3:
        gain = gain[:, :, None]
    return Image.fromarray(np.clip(arr * gain, 0, 255).astype(np.uint8), img.mode)


def handwrite(draw, rng, xy, text, fnt, ink, wobble=2, slope=0.0):
    """Pen lettering: every letter nudged up or down, the line drifting as it goes."""
    x, y = xy
    start = x
    for ch in text:
        dy = (x - start) * slope + int(rng.integers(-wobble, wobble + 1))
        draw.text((x, y + dy), ch, font=fnt, fill=ink)
        x += draw.textlength(ch, font=fnt) + int(rng.integers(0, 2))


def to_jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def to_png_grey(img, levels=16):
    step = 256 // levels
    arr = np.asarray(img.convert("L")) // step * step + step // 2
    buf = io.BytesIO()
    Image.fromarray(arr.astype(np.uint8), "L").save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def flattened_copper_photo():
    """Lupe's photo: two 20 ft copper sticks on the shop rack, one end squashed flat."""
    w, h = 560, 380
    rng = np.random.default_rng(61061)
    base = rng.normal(96, 10, (h // 4, w // 4))
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "L").resize((w, h))
    img = Image.merge(
        "RGB", (bg, bg.point(lambda v: int(v * 0.93)), bg.point(lambda v: int(v * 0.8)))
    )
    d = ImageDraw.Draw(img)
    d.rectangle((0, 300, w, 330), fill=(70, 70, 76))  # the rack arm
    for y0 in (150, 215):
        d.rectangle((0, y0, w, y0 + 30), fill=(184, 112, 70))
        d.line((0, y0 + 7, w, y0 + 7), fill=(228, 170, 128), width=4)
        d.line((0, y0 + 27, w, y0 + 27), fill=(120, 70, 44), width=2)
    # the flattened stretch on the lower stick: wide, thin, creased
    d.polygon([(300, 208), (430, 204), (470, 216), (430, 256), (300, 254)], fill=(196, 126, 84))
    d.line((312, 231, 440, 229), fill=(110, 62, 38), width=3)
    d.line((300, 208, 300, 254), fill=(120, 70, 44), width=2)
    for _ in range(6):
        x = int(rng.integers(320, 430))
        d.line((x, 212, x + int(rng.integers(-10, 11)), 250), fill=(150, 88, 56), width=1)
    img = falloff(img, 1.3)
    img = noise(img, 61062, 7)
    return to_jpeg(img.filter(ImageFilter.GaussianBlur(0.6)), 55)


def counter_note_photo():
    """Ramón's phone photo of the note Beto wrote on a yellow pad at the will-call counter."""
    w, h = 700, 820
    rng = np.random.default_rng(61091)
    img = Image.new("RGB", (w, h), (66, 58, 50))  # the truck seat
    d = ImageDraw.Draw(img)
    d.polygon([(48, 30), (668, 44), (656, 800), (36, 788)], fill=(246, 236, 150))
    for i in range(17):
        y = 120 + 40 * i
        d.line((44, y, 662, y + 10), fill=(150, 178, 206), width=2)
    d.line((120, 40, 108, 796), fill=(214, 110, 110), width=2)
    pen = face("LiberationSans-Italic.ttf", 34)
    big = face("LiberationSans-BoldItalic.ttf", 38)
    ink = (24, 30, 70)
    rows = [
        (88, "PO 40988  pickup Fri 11/6", pen),
        (168, "1-1/2 black unions", pen),
        (248, "ticket 12  box 9", pen),
        (328, "SHORT 3 unions", big),
        (408, "2in black pipe ok", pen),
        (488, "1in ball valves ok (10)", pen),
        (608, "- Beto", pen),
    ]
    for y, text, fnt in rows:
        handwrite(d, rng, (138, y), text, fnt, ink, wobble=1, slope=0.012)
    d.line((136, 380, 470, 386), fill=ink, width=3)  # the short count underlined twice
    d.line((140, 390, 466, 397), fill=ink, width=2)
    img = img.rotate(1.2, resample=Image.BICUBIC, fillcolor=(66, 58, 50))
    img = falloff(img, 0.9)
    img = noise(img, 61092, 5)
    return to_jpeg(img.filter(ImageFilter.GaussianBlur(0.4)), 58)


def exception_form_scan():
    """Summit's printed receiving exception form, filled in by hand and put through a scanner."""
    w, h = 850, 1050
    rng = np.random.default_rng(61151)
    img = Image.new("L", (w, h), 248)
    d = ImageDraw.Draw(img)
    title = face("DejaVuSans-Bold.ttf", 28)
    lab = face("DejaVuSans.ttf", 18)
    labb = face("DejaVuSans-Bold.ttf", 18)
    pen = face("LiberationSans-Italic.ttf", 30)
    d.text((60, 48), "SUMMIT HVAC SERVICES", font=title, fill=20)
    d.text((60, 88), "RECEIVING EXCEPTION REPORT", font=labb, fill=30)
    d.text((600, 88), "Form WH-07 rev 3", font=lab, fill=70)
    d.line((60, 122, 790, 122), fill=40, width=3)
    fields = [
        (150, "Date", "11/11/2026"),
        (215, "Supplier", "Cardinal Valley Supply"),
        (280, "PO #", "60418"),
        (345, "Delivered", "11/05 - their truck"),
        (410, "Item #", "HVC-FLT-1625-M11"),
        (475, "Description", "16x25x1 MERV 11 filters (cs/12)"),
        (540, "Qty received", "10 cs"),
        (605, "Qty affected", "3 cases"),
    ]
    for y, label, value in fields:
        d.text((60, y + 8), label + ":", font=lab, fill=30)
        d.line((230, y + 40, 790, y + 40), fill=150, width=1)
        handwrite(d, rng, (240, y), value, pen, 30, wobble=1, slope=0.003)
    y = 680
    d.text((60, y), "Exception:", font=lab, fill=30)
    boxes = [("Damaged", True), ("Short", False), ("Wrong item", False), ("Over", False)]
    x = 230
    for name, ticked in boxes:
        d.rectangle((x, y, x + 22, y + 22), outline=30, width=2)
        if ticked:
            d.line((x + 3, y + 10, x + 10, y + 20, x + 26, y - 6), fill=25, width=4)
        d.text((x + 32, y), name, font=lab, fill=30)
        x += 32 + int(d.textlength(name, font=lab)) + 34
    d.text((60, 740), "Notes:", font=lab, fill=30)
    for i, text in enumerate(
        ["water in trailer - 3 cases soaked,", "filters warped + moldy smell"]
    ):
        d.line((230, 780 + 60 * i, 790, 780 + 60 * i), fill=150, width=1)
        handwrite(d, rng, (240, 740 + 60 * i), text, pen, 30, wobble=1, slope=0.002)
    d.text((60, 880), "Action requested:", font=lab, fill=30)
    handwrite(d, rng, (260, 872), "replace 3 cs", pen, 30, wobble=1)
    d.text((60, 950), "Received by:", font=lab, fill=30)
    handwrite(d, rng, (240, 942), "T. Nguyen", pen, 40, wobble=2)
    img = img.rotate(-0.6, resample=Image.BICUBIC, fillcolor=238)
    img = noise(img, 61152, 4)
    return to_png_grey(img.filter(ImageFilter.GaussianBlur(0.45)))


def caved_heater_photo():
    """Luis's photo of the back of one gas heater, the jacket pushed in."""
    w, h = 420, 560
    img = Image.new("RGB", (w, h), (150, 146, 138))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 470, w, h), fill=(110, 104, 96))  # the floor
    d.rounded_rectangle((100, 60, 320, 500), radius=18, fill=(214, 214, 208), outline=(90, 90, 90))
    d.ellipse((100, 40, 320, 86), fill=(200, 200, 194), outline=(90, 90, 90))
    d.rectangle((188, 12, 232, 50), fill=(140, 140, 136))  # the draft hood, bent
    d.line((188, 12, 176, 30), fill=(60, 60, 60), width=3)
    # the dent: a dark crescent with a crease
    d.chord((150, 220, 300, 360), 200, 340, fill=(150, 150, 146))
    d.arc((150, 220, 300, 360), 200, 340, fill=(70, 70, 70), width=4)
    d.line((170, 300, 290, 262), fill=(96, 96, 96), width=2)
    d.rectangle((122, 390, 302, 452), fill=(240, 240, 236), outline=(60, 60, 60))
    d.text((132, 398), "50 GAL NAT GAS", font=face("DejaVuSans-Bold.ttf", 16), fill=(20, 20, 20))
    d.text((140, 424), "40,000 BTU/HR", font=face("DejaVuSans.ttf", 15), fill=(20, 20, 20))
    img = falloff(img, 1.1)
    img = noise(img, 61171, 8)
    return to_jpeg(img.filter(ImageFilter.GaussianBlur(0.7)), 52)


# ------------------------------------------------------------------ documents


def return_request_xlsx():
    """Hannah's return list for PO 77790, saved from Excel, rezipped with fixed dates."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Return request"
    ws["A1"] = "KEYSTONE MECHANICAL CONTRACTORS - MATERIAL RETURN REQUEST"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Vendor: Cardinal Valley Supply   Our PO: 77790   Job: Linden Court Apts"
    ws.append([])
    ws.append(["Our part #", "Description", "PO qty", "Return qty", "Condition", "Reason"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.append(["KM-40112", '1" WROT CU 90 ELL CXC', 200, 200, "Unopened", "Job changed to PEX"])
    ws.append([])
    ws.append(["Requested by: H. Oyelaran, Purchasing"])
    for col, width in zip("ABCDEF", (14, 28, 9, 11, 12, 24)):
        ws.column_dimensions[col].width = width
    ws["D5"].alignment = Alignment(horizontal="center")
    stamp = datetime(2026, 11, 18, 9, 12, 40)
    wb.properties.creator = "Hannah Oyelaran"
    wb.properties.lastModifiedBy = "Hannah Oyelaran"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    raw = io.BytesIO()
    wb.save(raw)
    core = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Hannah Oyelaran'
        b"</dc:creator><cp:lastModifiedBy>Hannah Oyelaran</cp:lastModifiedBy>"
        b'<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-18T14:12:40Z</dcterms:created>'
        b'<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-18T14:12:40Z</dcterms:modified>'
        b"</cp:coreProperties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = core if name == "docProps/core.xml" else src.read(name)
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 18, 9, 12, 40))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    return out.getvalue()


def price_audit_csv():
    """Harbor Point's AP price audit export, one flagged line."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(
        [
            "Audit Run",
            "Vendor",
            "Invoice",
            "Inv Date",
            "PO",
            "Vendor Item",
            "Description",
            "Qty",
            "Billed",
            "Agreement",
            "Diff/Unit",
            "Diff Ext",
            "Flag",
        ]
    )
    out.writerow(
        [
            "2026-12-02",
            "CARDINAL VALLEY SUPPLY",
            "INV-88190",
            "11/16/2026",
            "70296",
            "HVC-REG-1006-W",
            "10x6 steel floor register, white",
            "40",
            "5.60",
            "4.95",
            "0.65",
            "26.00",
            "OVER AGREEMENT",
        ]
    )
    return buf.getvalue().encode("ascii")


def warranty_form_pdf():
    """Cardinal Valley's warranty claim form, filled in on screen by Rosa and saved as PDF."""
    pdf = FPDF(format="letter")
    pdf.set_title("Warranty Claim Form - Delgado & Sons - PO 40917")
    pdf.set_author("Rosa Delgado")
    pdf.set_creator("Cardinal Valley Supply fillable form WC-2")
    pdf.set_creation_date(datetime(2026, 12, 4, 9, 31, 7, tzinfo=timezone(timedelta(hours=-6))))
    pdf.file_id = lambda: "<" + tok("pdfid", "r37", n=32) + "><" + tok("pdfid", "r37", n=32) + ">"
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "CARDINAL VALLEY SUPPLY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0, 5, "Returns & Credits  |  returns@cardinalvalley.example", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "WARRANTY CLAIM FORM (WC-2)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    fields = [
        ("Customer", "Delgado & Sons Plumbing"),
        ("Contact / phone", "Rosa Delgado  (956) 555-0141"),
        ("Customer PO", "40917"),
        ("Invoice", "INV-88070"),
        ("Item description", "40 gal electric water heater, 4500 W, 240 V"),
        ("UPC", "084512004002"),
        ("Quantity", "1"),
        ("Serial number", "2610E4P18835"),
        ("Date installed", "10/13/2026"),
        ("Date failed", "11/30/2026"),
        ("Job site", "Rio Grande Vista duplex, unit B"),
    ]
    for label, value in fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(48, 8, label + ":", border="B")
        pdf.set_font("Courier", "", 11)
        pdf.cell(0, 8, value, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Describe the failure:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "", 11)
    pdf.multi_cell(
        0,
        6,
        "Lower element shorted to the tank; the breaker trips as soon as the lower "
        "thermostat calls. Upper element only, so the customer runs out of hot water in "
        "ten minutes. Element replaced once on site (11/30), new one shorted again the "
        "same day - the tank side of the element port is pitted.",
        border=1,
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(48, 8, "Requested:")
    pdf.set_font("Courier", "", 11)
    pdf.cell(0, 8, "[X] Replacement unit   [ ] Credit", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(48, 8, "Failed unit:")
    pdf.set_font("Courier", "", 11)
    pdf.cell(0, 8, "at our shop, tagged, ready for pickup", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Signed: Rosa Delgado          Date: 12/04/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-22)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "Form WC-2 (03/2026)  -  one form per failed unit", align="C")
    return bytes(pdf.output())


# ------------------------------------------------------------------ the desk's own mails (quoted)


def desk_id(key):
    return f"<CV.{tok('desk', key, n=14)}.{tok('desk2', key, n=6)}@cardinalvalley.example>"


# ------------------------------------------------------------------ the requests


def r01():
    when = at("2026-10-26 07:48", "ET")
    body = para("""
        Tina,

        Bad news on the 3" RPZ assembly from PO 24415. Estes brought it Thursday and the driver let the crate slide off the liftgate in our yard on Greer Street. At the time it looked like only the crate took the hit, so we signed clean, which I know was dumb.

        We opened it this morning to set it. The #2 test cock is snapped off and the relief valve housing has a crack running out from the port. Our tester won't even hook up to it.

        The two check valves that came on the same skid are fine.

        I need a good RPZ as fast as you can get one, the water authority inspector is booked for the 9th. I have pictures if you want them and the broken piece is in the crate.

        Dale Pettibone
        Foreman, Riverbend Plumbing & Heating
        cell 304-555-0117
        """)
    return gmail(
        "r01", DALE, "RPZ for Cresthaven pump house - dropped off the liftgate", when, body
    )


def r02():
    when = at("2026-10-27 08:15", "ET")
    body = para("""
        Hi Tina quick one - has PO 24460 shipped yet? It's the 100 of the 2" PVC tees, 10 sticks of 1" type L and the 30 3/4 ball valves. Dale's crew starts the underground at the Millbrook school Monday and I'd like to know if it gets to us Friday or Saturday. Tracking number is fine.

        thanks
        Ngozi
        Riverbend dispatch
        """)
    return gmail("r02", NGOZI, "PO 24460 ship date?", when, body)


R03_TEXT = para("""
    Tina - 2 of the 8 wifi stats we got on PO-77760 are the 7 day NON-wifi model. No wifi on the box, none in the menu, model # ends in -NW. Our part # on the PO is KM-61750, those 2 aren't it. Need 2 real ones, I'll send the wrong ones back with your driver. Other 6 are fine.

    Curtis Bell
    Keystone Mechanical - controls
    """)


def r03():
    when = at("2026-10-28 11:32", "ET")
    return outlook_mobile("r03", CURTIS, "PO-77760 stats", when, R03_TEXT)


def r04():
    when = at("2026-10-29 09:05", "CT")
    body = para("""
        Hola Tina,

        We are finishing the job of the two electric heaters from PO 40917 and I find 2 problems.

        The 3/4 ball valves, we order them sweat. 2 of them in the box are threaded (FIP), not sweat. Same box, same label. We need 2 sweat ones please, and you take back the 2 threaded.

        Also the expansion tanks 2 gallon. We order 4 and we pay 4 but in the truck come 6. I did not see it when it arrive because the boxes was under the heaters. So you have 2 tanks here extra, tell me when you pick up.

        Gracias,
        Ramón Delgado
        Delgado & Sons

        Enviado desde mi iPhone
        """)
    return iphone("r04", RAMON, "PO 40917 válvulas y tanques", when, body, "hosted")


def r05():
    when = at("2026-10-30 13:20", "ET")
    body = para("""
        Good afternoon Tina,

        Our three-way match flagged your invoice INV-88098 (our PO 77790). The 1" type L copper tube, 20 ft lengths, is billed at $76.40 per length, while our purchase order has $71.80. 30 lengths were invoiced, so the variance is 30 x $4.60 = $138.00.

        We will pay the invoice at the PO price. Please send a credit memo for $138.00 referencing INV-88098 so our records agree.

        Kind regards,

        Priscilla Tan
        Accounts Payable Specialist
        Keystone Mechanical Contractors
        717-555-0162
        """)
    return outlook_desktop("r05", PRISCILLA, "INV-88098 - price variance, copper tube", when, body)


R06_TEXT = para("""
    Hi Tina,

    Your truck dropped off PO 40962 at the shop on Thursday. This morning the guys pulled the 1" type L copper off the rack for the Zacate Creek job and two of the 20 foot lengths are flattened about three feet from one end, like something heavy was set on them in the truck. The other ten are good. Picture attached.

    Can you send two replacement lengths with the next delivery? We can give the bad ones to your driver.

    Thank you,

    Lupe Garza
    Office Manager
    Delgado & Sons Plumbing
    (956) 555-0141
    """)


def r06():
    when = at("2026-11-02 10:40", "CT")
    photo = attachment(flattened_copper_photo(), "image/jpeg", "IMG_20261102_101522.jpg")
    return outlook16("r06", LUPE, "Damaged copper - PO 40962", when, R06_TEXT, "smtp", [photo])


def r07():
    when = at("2026-11-04 15:02", "CT")
    body = para("""
        Hello Tina,

        I check in the delivery PO 60377 from ODFL on Monday. The floor register 10x6 white, we order 30 piece but I count 36 piece, so 6 more. Packing list say 30. The ceiling tile is OK, 40 carton.

        Please tell me you want to pick up the 6 or what we do. I keep them separate in the warehouse.

        Thank you
        Thanh Nguyen
        Warehouse - Summit HVAC Services
        """)
    return gmail("r07", THANH, "PO 60377 register more than order", when, body)


def r08():
    when = at("2026-11-05 14:10", "CT")
    desk_sent = at("2026-11-02 15:41", "CT")
    lupe_sent = at("2026-11-02 10:40", "CT")
    body = para("""
        Hi Tina,

        The two new lengths came on yesterday's truck and your driver took the flattened ones back with him. All good on our side now. Thank you for the fast help!

        Lupe
        """)
    desk_body = para("""
        Hi Lupe,

        Sorry about that. Two lengths of 1" type L are on Wednesday's truck to you; please give the two flattened ones to the driver.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    quoted = outlook_quote(
        f"{TINA[0]} <{TINA[1]}>", desk_sent, addr(LUPE), "RE: Damaged copper - PO 40962", desk_body
    )
    quoted += outlook_quote(
        addr(LUPE),
        lupe_sent,
        addr(DESK),
        "Damaged copper - PO 40962",
        R06_TEXT,
    )
    ref = desk_id("r08")
    return outlook16(
        "r08",
        LUPE,
        "RE: Damaged copper - PO 40962",
        when,
        body,
        "smtp",
        reply=(ref, ref),
        quoted="\n" + quoted.lstrip("\n"),
    )


def r09():
    when = at("2026-11-09 08:20", "CT")
    body = para("""
        Tina the unions from PO 40988 are short, look the note Beto write at the counter when he pick up friday. Please we need the rest this week.

        Ramón

        Enviado desde mi iPhone
        """)
    photo = attachment(
        counter_note_photo(),
        "image/jpeg",
        "IMG_0412.jpeg",
        extra=[("Content-Id", f"<{uuid('cid', 'r09')}>")],
        inline=True,
    )
    return iphone("r09", RAMON, "unions", when, body, "hosted", [photo])


def r10():
    when = at("2026-11-09 10:55", "ET")
    body = para("""
        Hello Tina,

        On Friday we unpack the delivery from R+L for PO 77812 on the Cedar Hollow site. Three from the 2" bronze gate valves (our part KM-88213) have the handwheel broken and the stem is bend, the cartons are smashed on one corner. I think they fall down in the truck. This valves we cannot install.

        Please send 3 new ones, the broken ones I give back to your driver.

        Best regards
        Marek Zieliński
        Site Superintendent
        Keystone Mechanical Contractors
        """)
    return outlook_desktop("r10", MAREK, "PO 77812 - gate valves broken", when, body)


def r11():
    when = at("2026-11-10 07:12", "ET")
    body = para("""
        tina - po 24519 the 1in ball valves, we ordred 2 doz and the box only had 20 in it. checked the ups boxes twice. need the 4 thats missing asap got a boiler swap wed

        jimmy
        """)
    return gmail("r11", JIMMY, "po 24519", when, body)


def r12():
    when = at("2026-11-10 09:48", "ET")
    intro = para("""
        Hi Tina,

        Our warehouse checked in the ODFL delivery for PO 77830 (your SO-104235) on Friday. Two lines do not match the packing list:
        """)
    table = [
        ["Our part #", "Description", "Ordered", "Received", "Difference"],
        ["KM-40415", '1-1/2" black malleable union', "40", "30", "-10"],
        ["KM-88502", '3" flanged swing check valve', "6", "7", "+1"],
    ]
    outro = para("""

        Please send the missing unions and let us know how you want the extra check valve returned. The pumps and circulators matched.

        Thank you,

        Hannah Oyelaran
        Purchasing Coordinator
        Keystone Mechanical Contractors
        717-555-0155
        """)
    # Outlook's text rendering of the table: one cell per line, nothing lined up
    cells = "\n".join(cell for row in table for cell in row)
    text_part = intro + "\n" + cells + "\n\n" + outro
    inner = word_paras(intro.rstrip("\n")) + "\n" + word_table(table) + "\n" + word_paras(outro)
    part = outlook_alt("r12", text_part, inner)
    rows = exo_headers("r12", HANNAH, "Receiving discrepancy - PO 77830", when)
    return mail("r12", HANNAH, when, "exo", rows, part)


def r13():
    when = at("2026-11-11 10:25", "CT")
    body = para("""
        Hi Tina,

        Checked the PO 70231 delivery from Monday at the Marina Towers shop:

        - 2 of the 10 digital thermostats (24V non programmable) have the display cracked, they were at the bottom of the box under the filter cases
        - filters: PO says 24 cases of 16x25x1 MERV 11, we got 26 cases. 2 cases extra, not on the packing list either
        - registers all 60 fine

        Please replace the 2 stats. The 2 extra filter cases are in our shop for your driver.

        Kwame Asante
        Maintenance Technician
        Harbor Point Property Management
        """)
    return outlook_mobile("r13", KWAME, "PO 70231 delivery Monday", when, body)


def r14():
    when = at("2026-11-12 09:30", "ET")
    top = para("""
        Hi Tina,

        One more variance from this week's match report, pasted below. The condensate pumps on INV-88133 (PO 77830) were billed above the PO price.
        """)
    grid = [
        ["Invoice", "PO", "Line", "Item", "Qty", "PO Price", "Inv Price", "Variance"],
        [
            "INV-88133",
            "77830",
            "3",
            "CONDENSATE PUMP 115V W/SAFETY SW",
            "8",
            "61.50",
            "64.90",
            "27.20",
        ],
    ]
    bottom = para("""

        Please issue a credit memo for $27.20. The rest of the invoice is released for payment.

        Thanks,
        Priscilla

        Priscilla Tan
        Accounts Payable Specialist
        Keystone Mechanical Contractors
        """)
    pasted = "\n".join("\t".join(r) for r in grid)
    text_part = top + "\n" + pasted + "\n\n" + bottom
    inner = word_paras(top.rstrip("\n")) + "\n" + word_table(grid) + "\n" + word_paras(bottom)
    part = outlook_alt("r14", text_part, inner)
    rows = exo_headers("r14", PRISCILLA, "Price exception - INV-88133", when)
    return mail("r14", PRISCILLA, when, "exo", rows, part)


def r15():
    when = at("2026-11-12 11:41", "CT")
    body = para("""
        Tina, exception form for PO 60418 attached, Thanh filled it in yesterday. Need replacements on those.

        Brett
        """)
    scan = gmail_file(exception_form_scan(), "image/png", "WH-07_60418.png", "r15")
    return gmail("r15", BRETT, "Receiving exception - PO 60418", when, body, [scan])


def r16():
    when = at("2026-11-13 08:55", "CT")
    brett_sent = at("2026-11-12 11:41", "CT")
    body = para("""
        Hi Tina,

        Forwarding in case this did not reach you; Brett has not heard back. It is the 3 cases of 16x25x1 MERV 11 filters on PO 60418 that were soaked in the trailer. Please confirm you have the claim and send me the credit memo number once it is issued.

        Thank you,
        Linda Chu
        Accounts Payable | Summit HVAC Services
        """)
    fwd = "\n\n" + para(f"""
        ---------- Forwarded message ---------
        From: Brett Ahlquist <{BRETT[1]}>
        Date: {brett_sent:%a, %b} {brett_sent.day}, {brett_sent.year} at {clock(brett_sent)}
        Subject: Receiving exception - PO 60418
        To: <{DESK[1]}>


        Tina, exception form for PO 60418 attached, Thanh filled it in yesterday. Need replacements on those.

        Brett
        """)
    qhtml = "<br><br>" + divs(fwd.strip("\n"))
    scan = gmail_file(exception_form_scan(), "image/png", "WH-07_60418.png", "r16")
    return gmail(
        "r16",
        LINDA,
        "Fwd: Receiving exception - PO 60418",
        when,
        body,
        [scan],
        quoted=fwd,
        qhtml=qhtml,
    )


def r17():
    when = at("2026-11-13 13:34", "CT")
    body = para("""
        Tina, one of the 3 gas water heaters from PO 70288 has the jacket caved in on the back and the draft hood is bent. We saw it when we uncrated them this morning, Estes delivered Wed. Can't put that one in. Picture attached. Need a replacement heater.

        Luis

        Sent from my iPhone
        """)
    photo = attachment(caved_heater_photo(), "image/jpeg", "IMG_7730.JPG")
    return iphone("r17", LUIS, "Heater PO 70288 crushed", when, body, "exo", [photo])


def r18():
    when = at("2026-11-16 08:05", "ET")
    body = para("""
        Tina,

        R+L dropped po 24530 Thursday at the shop. One of the four 3/4" pressure reducing valves has the gauge port cracked clean through, the box was torn open on that end. It's the one with the yellow tag on it now.

        Send a good one with the next truck and we'll hand the cracked one back.

        For the record the ball valves and copper 90s on that order were all there.

        Dale
        """)
    return gmail("r18", DALE, "po 24530 - PRV", when, body)


def r19():
    when = at("2026-11-16 14:16", "CT")
    body = para("""
        Tina,

        UPS delivered PO#60455 to the Lakeside Medical job on Thursday. Two problems:

        1. The four 7-day Wi-Fi programmable thermostats are not in the delivery. Not on the packing list either. We need them for the office suites on 3.

        2. We ordered the 115V condensate pumps with the safety switch. Two of the boxes have mini-split pumps inside (the small ones with the remote sensor). Please send 2 of the correct pumps and pick up the mini-split ones.

        The 12 basic thermostats and the 20 cases of filters are OK.

        Raj Patel
        Operations Manager
        Summit HVAC Services
        """)
    return outlook16("r19", RAJ, "PO#60455 - missing stats / wrong pumps", when, body, "gws")


def r20():
    when = at("2026-11-17 07:02", "ET")
    notice = desk_id("r20")
    body = para("""
        I am out of the office from Tuesday 11/17 through Friday 11/20 with limited access to email.

        For invoice or payment questions please contact Dana Ruiz at ap@keystonemech.com. For deliveries or returns please contact Hannah Oyelaran at hoyelaran@keystonemech.com.

        Priscilla Tan
        Accounts Payable Specialist
        Keystone Mechanical Contractors
        """)
    subject = "Automatic reply: Credit memo CM-40218 issued - INV-88098 / PO 77790"
    part = outlook_alt("r20", body, word_paras(body))
    rows = exo_headers(
        "r20",
        PRISCILLA,
        subject,
        when,
        reply=(notice, notice),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    return mail("r20", PRISCILLA, when, "exo", rows, part)


def r21():
    when = at("2026-11-18 09:20", "ET")
    body = para("""
        Hi Tina,

        The Linden Court apartments job was redesigned to PEX, so we have no use for the 1" wrot copper 90s we bought on PO 77790. They were never opened and we would like to send all of them back for credit. Our return list is attached.

        Let me know the RMA number and we will have them ready at our Harrisburg dock.

        Thank you,

        Hannah Oyelaran
        Purchasing Coordinator
        Keystone Mechanical Contractors
        717-555-0155
        """)
    sheet = attachment(
        return_request_xlsx(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Return request PO 77790.xlsx",
    )
    return outlook_desktop(
        "r21", HANNAH, "Return request - PO 77790 copper 90s", when, body, [sheet]
    )


def r22():
    when = at("2026-11-19 10:10", "CT")
    body = para("""
        Hi Tina,

        We do the HVAC service at Harbor Point's Marina Towers, and their maintenance guys hand us the filters they buy from you. On their order SO-104239 (their PO 70231), 3 of the cases labeled 16x25x1 MERV 11 have 2 inch thick filters inside. They won't go in the 1 inch racks on the air handlers.

        Kwame asked me to send this to you since I'm the one who found it. Could you swap the 3 cases for the right 1 inch filters? The wrong ones are in their shop.

        Thanks,
        Brett Ahlquist
        Service Technician | Summit HVAC Services
        """)
    return gmail(
        "r22", BRETT, "Filters on Harbor Point order SO-104239 - wrong thickness", when, body
    )


def r23():
    when = at("2026-11-20 08:40", "ET")
    body = para("""
        Hello Tina,

        On Cedar Hollow we install the circulator pumps 1/25 HP from PO 77830. One of them is dead - the motor is humming but the shaft don't turn, we try two times with new power, nothing. Please replace it under warranty.

        Also we have one more of these circulators what we don't need anymore, the engineer take out one zone from the drawing. It is new in the box. Can we return this one for credit?

        So: 1 pc defective (replace), 1 pc return (not needed).

        Best regards
        Marek Zieliński
        Site Superintendent
        Keystone Mechanical Contractors
        """)
    return outlook_desktop("r23", MAREK, "Circulator pumps PO 77830", when, body)


def r24():
    when = at("2026-11-20 13:45", "CT")
    body = para("""
        Hello Tina,

        For PO 60455, UPS deliver on 11/12, we receive 10 condensate pump, 12 thermostat and 20 case filter. Raj already write you about the problem with it.

        I need the packing list copy for our file, because the one in the box get wet and I cannot read it. Can you email me the PDF please?

        Thank you
        Thanh
        """)
    return gmail("r24", THANH, "packing list PO 60455", when, body)


def r25():
    when = at("2026-11-23 12:05", "ET")
    desk_sent = at("2026-10-28 15:18", "ET")
    curtis_sent = at("2026-10-28 11:32", "ET")
    body = para("""
        Got the 2 stats, thanks, they're in.

        Different thing - on PO 77812 we have 2 of the 3/4 PRVs left over (KM-88340), the engineer moved the booster skid to a different spec. Both still sealed in the box. Can I send those 2 back?

        Curtis
        """)
    quoted = (
        "\n________________________________\n"
        f"From: {TINA[0]} <{TINA[1]}>\n"
        f"Sent: {desk_sent:%A, %B} {desk_sent.day}, {desk_sent.year} {desk_sent:%I:%M:%S %p}\n"
        f"To: {CURTIS[0]} <{CURTIS[1]}>\n"
        "Subject: RE: PO-77760 stats\n\n"
        "Hi Curtis,\n\nTwo of the 7-day Wi-Fi stats go out on Friday's truck; please hand the "
        "two -NW units to the driver.\n\nTina Sorensen\nReturns & Credits | Cardinal Valley "
        "Supply\n\n"
        f"From: {CURTIS[0]} <{CURTIS[1]}>\n"
        f"Sent: {curtis_sent:%A, %B} {curtis_sent.day}, {curtis_sent.year} {clock(curtis_sent)}\n"
        f"To: {DESK[0]} <{DESK[1]}>\nSubject: PO-77760 stats\n\n" + R03_TEXT
    )
    ref = desk_id("r25")
    return outlook_mobile(
        "r25", CURTIS, "RE: PO-77760 stats", when, body, reply=(ref, ref), quoted=quoted
    )


def r26():
    when = at("2026-11-24 09:15", "ET")
    body = para("""
        Hi Tina,

        Two things on PO 77731 (the R+L delivery of October 16):

        1) While reconciling the invoice we found that we only ever received 18 of the 20 bags of 1/2" PEX crimp couplings. The receiver signed for the full count at the time, but the bins only ever had 18 bags. Please credit the 2 bags.

        2) We would also like to return 10 of the 1" full port ball valves (KM-88107) - one unopened box of ten. The job they were bought for used fewer than planned.

        Thank you,

        Hannah Oyelaran
        Purchasing Coordinator
        Keystone Mechanical Contractors
        """)
    return outlook_desktop(
        "r26", HANNAH, "PO 77731 - couplings short + return of ball valves", when, body
    )


def r27():
    when = at("2026-11-24 15:30", "CT")
    body = para("""
        Tina,

        Two things on PO 60418 (SO-104238):

        * one of the 7-day wifi programmable stats won't stay connected. It finds the network, takes the password, then drops it every time. Tried 2 routers and a factory reset. Display works, the wifi radio is bad. Need a replacement.
        * we have 5 of the basic non-programmable 24V stats left over, still sealed. We'd like to send those back.

        thanks
        Brett
        """)
    return gmail("r27", BRETT, "PO 60418 - one wifi stat dead + 5 basic stats back", when, body)


def r28():
    when = at("2026-11-25 11:50", "CT")
    desk_sent = at("2026-11-11 14:02", "CT")
    body = para("""
        Tina, the 2 replacement stats came in today and both work. Your driver also took the 2 extra filter cases. We're all set on that PO, thanks.

        Kwame
        """)
    quoted = (
        "\n________________________________\n"
        f"From: {TINA[0]} <{TINA[1]}>\n"
        f"Sent: {desk_sent:%A, %B} {desk_sent.day}, {desk_sent.year} {desk_sent:%I:%M:%S %p}\n"
        f"To: {KWAME[0]} <{KWAME[1]}>\n"
        "Subject: RE: PO 70231 delivery Monday\n\n"
        "Hi Kwame,\n\nThanks for the count. Two replacement thermostats will come on the next "
        "truck to Marina Towers, and the driver will pick up the 2 extra filter cases at the "
        "same time.\n\nTina Sorensen\nReturns & Credits | Cardinal Valley Supply\n"
    )
    ref = desk_id("r28")
    return outlook_mobile(
        "r28", KWAME, "RE: PO 70231 delivery Monday", when, body, reply=(ref, ref), quoted=quoted
    )


def r29():
    when = at("2026-11-30 09:40", "ET")
    body = para("""
        Tina,

        Hope you had a good Thanksgiving. The Linglestown Middle School mechanical room we did last fall (PO 76115) had a service call last week. Two of the 2 gal expansion tanks are waterlogged (bladders failed) and the 1-1/4" thermostatic mixing valve is hunting - the outlet temperature swings 15 degrees. All three were installed in October 2025.

        I realize we are just past a year. Can you check whether these are still covered and let me know?

        Tom Morales
        Project Manager
        Keystone Mechanical Contractors
        717-555-0148
        """)
    return outlook_desktop(
        "r29", TOM, "Warranty? - PO 76115 expansion tanks + mixing valve", when, body
    )


def r30():
    when = at("2026-11-30 14:20", "ET")
    mike_sent = at("2026-11-30 11:02", "ET")
    body = para("""
        Hi Tina,

        Can you tell me where the RPZ claim from October stands (PO 24415, the one that came off the liftgate)? We received the replacement assembly on 11/4, but I have not seen a credit memo or an invoice for the replacement, and I want to make sure we don't get billed twice. Mike's note is below.

        Thank you,
        Karen

        --
        Karen Liu | Office Manager
        Riverbend Plumbing & Heating
        (304) 555-0102
        """)
    fwd = "\n\n" + para(f"""
        ---------- Forwarded message ---------
        From: Mike O'Brien <{MIKE[1]}>
        Date: {mike_sent:%a, %b} {mike_sent.day}, {mike_sent.year} at {clock(mike_sent)}
        Subject: cresthaven rpz
        To: Karen Liu <{KAREN[1]}>


        Karen did Cardinal ever credit or bill us for that RPZ at Cresthaven? Dale says the new one came and got tested but I don't see anything on the statement. Can you ask them.

        Mike
        """)
    qhtml = "<br><br>" + divs(fwd.strip("\n"))
    return gmail("r30", KAREN, "Fwd: cresthaven rpz", when, body, quoted=fwd, qhtml=qhtml)


def r31():
    """An HTML-only mail sent by Harbor Point's property management system."""
    when = at("2026-12-01 10:05", "CT")
    rows_html = "".join(
        "<tr>"
        + "".join(
            f'<td style="border:1px solid #bbb;padding:4px 8px">{html.escape(c)}</td>' for c in r
        )
        + "</tr>"
        for r in [
            [
                "10x6 steel floor register, white",
                "40",
                "10",
                "Not needed - unit count reduced, unopened",
            ],
            [
                '3/4" brass ball valve, sweat (UPC 071812340075)',
                "12",
                "1",
                "Defective - will not close fully",
            ],
        ]
    )
    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vendor return request</title></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3c5d;'
        'color:#fff;padding:12px 16px;font-size:18px"><b>Harbor Point Property Management</b>'
        "</td></tr></table>"
        '<p style="margin:16px 0 4px">To: Cardinal Valley Supply - Returns</p>'
        '<h2 style="font-size:17px;margin:12px 0">Vendor return request VR-2026-0147</h2>'
        "<p>Property: <b>Building C</b> &middot; Purchase order: <b>PO 70296</b></p>"
        "<p>Hi Tina, the Building C unit renovations were cut from 32 to 24 units, so some of "
        "the registers on this order are surplus, and one of the ball valves failed when Kwame "
        "installed it. Please issue an RMA for the items below.</p>"
        '<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0">'
        '<tr style="background:#e8eef3">'
        + "".join(
            f'<th style="border:1px solid #bbb;padding:4px 8px;text-align:left">{h}</th>'
            for h in ("Item", "PO qty", "Return qty", "Reason")
        )
        + "</tr>"
        + rows_html
        + "</table>"
        "<p>Thank you,<br>Odalys Ferrer<br>Property Manager, Building C<br>Harbor Point "
        "Property Management</p>"
        '<p style="color:#888;font-size:11px">Sent from PropDesk on behalf of Odalys Ferrer. '
        "Replies go to oferrer@harborpointpm.com.</p></body></html>\n"
    )
    part = leaf("text/html; charset=utf-8", markup, "quoted-printable")
    rows = [
        ("From", addr(ODALYS)),
        ("To", addr(DESK)),
        ("Subject", "Vendor return request VR-2026-0147 - PO 70296"),
        ("Date", rfc(when)),
        ("Message-ID", f"<{uuid('pd', 'r31').lower()}@mailer.propdesk-mailer.example>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "PropDesk Vendor Mailer 5.2"),
    ]
    return mail("r31", ODALYS, when, "propdesk", rows, part)


def r32():
    when = at("2026-12-01 13:25", "ET")
    body = para("""
        Tina - opening the last carton of the 1" full port ball valves from PO 77790 for the Fairview boiler room. 6 of them are 3/4" valves in 1" boxes. Box UPC 071812340155 but the valves are stamped 3/4. Need 6 real 1" ones, I'll send the 3/4s back.

        Curtis
        """)
    return outlook_mobile("r32", CURTIS, "PO 77790 ball valves wrong size", when, body)


def r33():
    when = at("2026-12-02 08:35", "CT")
    body = para("""
        Tina we have 40 feet of the 2" black pipe from PO 40988 left, the job is finish. 2 pieces of 20 ft, never cut again, never thread. Can we bring back for credit?

        Ramón

        Enviado desde mi iPhone
        """)
    return iphone("r33", RAMON, "tubo negro 2in", when, body, "hosted")


def r34():
    when = at("2026-12-02 12:15", "CT")
    desk_sent = at("2026-12-01 09:12", "CT")
    brett_sent = at("2026-11-30 16:05", "CT")
    body = para("""
        Tina, I looked and no luck. It came out of my van stock, and I restock the van from our shop shelf, so I can't tell you which PO it was on. Linda says we've bought those pumps from you a few times this fall. Can you still swap it?

        Brett
        """)
    first = para("""
        Tina, one of your 115V condensate pumps with the safety switch quit on a service call today. The float switch sticks closed so the pump never shuts off, it ran itself hot. Can I get a replacement?

        Brett
        """)
    desk_body = (
        para(f"""
        Hi Brett,

        Happy to help with the pump. Can you send me the PO or invoice number it was bought on? I can't find it without one.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply

        On {brett_sent:%a, %b} {brett_sent.day}, {brett_sent.year} at {clock(brett_sent)} Brett Ahlquist <{BRETT[1]}> wrote:
        """)
        + "\n".join(("> " + r).rstrip() for r in first.rstrip("\n").split("\n"))
        + "\n"
    )
    intro = f"On {desk_sent:%a, %b} {desk_sent.day}, {desk_sent.year} at {clock(desk_sent)} {TINA[0]} <{TINA[1]}> wrote:"
    quoted = (
        "\n"
        + intro
        + "\n\n"
        + "\n".join(
            ("> " + r).rstrip() if not r.startswith(">") else ">" + r
            for r in desk_body.rstrip("\n").split("\n")
        )
        + "\n"
    )
    qhtml = gmail_quote_html(intro, desk_body.rstrip("\n"))
    ref = desk_id("r34")
    first_id = f"<CA{tok('first', 'r34', n=30)}@mail.gmail.com>"
    return gmail(
        "r34",
        BRETT,
        "Re: condensate pump - replacement",
        when,
        body,
        reply=(ref, f"{first_id} {ref}"),
        quoted=quoted,
        qhtml=qhtml,
    )


def r35():
    when = at("2026-12-03 09:10", "CT")
    body = para("""
        Hello Tina,

        Our price audit flagged invoice INV-88190 (PO 70296). The 10x6 white floor registers were billed at $5.60 each, but Harbor Point's 2026 price agreement with Cardinal Valley lists them at $4.95. 40 registers x $0.65 = $26.00. The audit export is attached.

        Please issue a credit for the difference.

        Regards,
        Grace Kim
        Accounts Payable
        Harbor Point Property Management
        """)
    export = attachment(price_audit_csv(), "text/csv", "price_audit_2026-12-02.csv")
    return outlook_desktop(
        "r35", GRACE, "Price check - INV-88190 floor registers", when, body, [export]
    )


def r36():
    """An HTML-only remittance advice from Harbor Point's payables system."""
    when = at("2026-12-03 15:40", "CT")
    lines = [
        ("INV-88160", "11/09/2026", "70231", "1,552.60", "59.00", "1,493.60"),
    ]
    rows_html = "".join(
        "<tr>"
        + "".join(f'<td style="padding:3px 10px;border-bottom:1px solid #ddd">{c}</td>' for c in r)
        + "</tr>"
        for r in lines
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">'
        "<p><b>REMITTANCE ADVICE</b><br>Harbor Point Property Management - Accounts Payable</p>"
        "<p>Payee: Cardinal Valley Supply<br>Payment: ACH 0045519<br>Payment date: 12/04/2026"
        "<br>Amount: <b>$1,493.60</b></p>"
        '<table cellspacing="0" style="border-collapse:collapse">'
        '<tr style="background:#f0f0f0">'
        + "".join(
            f'<th style="padding:3px 10px;text-align:left">{h}</th>'
            for h in ("Invoice", "Inv date", "PO", "Invoice amt", "Less credit", "Paid")
        )
        + "</tr>"
        + rows_html
        + "</table>"
        "<p>Credit applied on INV-88160: CM-40233 (2 damaged thermostats, PO 70231).<br>"
        "INV-88171 (PO 70288) is not included in this payment; it stays open until the "
        "claim on the damaged water heater is settled. INV-88190 (PO 70296) is held until "
        "the price question we sent on 12/03 is answered.</p>"
        "<p>This advice is for your records. Questions: payables@harborpointpm.com</p>"
        "</body></html>\n"
    )
    part = leaf("text/html; charset=utf-8", markup, "quoted-printable")
    rows = [
        ("From", addr(GRACE)),
        ("To", addr(DESK)),
        ("Subject", "Remittance advice - ACH 0045519 - Cardinal Valley Supply"),
        ("Date", rfc(when, utc=True)),
        ("Message-ID", f"<RA.{tok('ra', 'r36', n=18)}@ap.harborpointpm.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "PayablesHub 4.2"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return mail("r36", GRACE, when, "exo", rows, part)


def r37():
    when = at("2026-12-04 09:50", "CT")
    body = para("""
        Hi Tina,

        Attached is your warranty claim form for one of the two electric water heaters from our PO 40917. Please let me know if you need the unit back before you send the replacement, or a photo of the rating plate.

        Thank you,

        Rosa Delgado
        Delgado & Sons Plumbing
        (956) 555-0141
        """)
    form = attachment(warranty_form_pdf(), "application/pdf", "WC-2 Delgado PO 40917.pdf")
    return outlook16(
        "r37", ROSA, "Warranty claim - PO 40917 water heater", when, body, "smtp", [form]
    )


def r38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Spare 50 gal gas heater from the Rio Bravo duplexes job last fall. We bought two, "
        "only one went in; the owner switched the second unit to tankless. Still crated in "
        "our warehouse, never installed. Would like to return it."
    )
    line = {"sku": "WH-50G-NG", "quantity": 1, "reason": "NOT_NEEDED"}
    text = (
        "{\n"
        '  "order_number": "SO-104202",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def r39():
    text = para("""
        PRICE DISPUTE
        ------------------------------------------
        Your order no.: SO-104214   (invoice INV-88061, 10/01/2026)
        Item:           1-1/2" black malleable iron union
        Billed:         30 pcs @ $9.90
        Our price:      $8.75 per the 2026 price sheet (line 214)
        Difference:     30 x $1.15 = $34.50

        Please credit the difference on all 30.
        Sent from the job trailer - bookkeeping
        """)
    return crlf(text.encode("ascii"))


def r40():
    text = para("""
        SERVICE TICKET 5521
        Site: 418 Laurel St, rear unit
        Tech: A.M.

        Work done:
        - heat pump not cycling. traced to stat.
        - replaced 2 digital thermostats (24V, non-programmable) - both dead out of
          the box, blank display with 24V at R/C. installed 2 more from van.
        - the 2 dead ones go back to the supply house for warranty.

        Parts from the Cardinal Valley counter, paid at the register, no PO.
        """)
    return text.encode("ascii")


BUILD = {
    "r01-riverbend-dale-rpz-off-the-liftgate.eml": r01,
    "r02-riverbend-ngozi-when-do-tees-ship.eml": r02,
    "r03-keystone-curtis-wifi-stats-wrong-model.eml": r03,
    "r04-delgado-ramon-threaded-valves-extra-tanks.eml": r04,
    "r05-keystone-priscilla-inv88098-copper-price.eml": r05,
    "r06-delgado-lupe-flattened-copper-sticks.eml": r06,
    "r07-summit-thanh-registers-six-over.eml": r07,
    "r08-delgado-lupe-re-copper-came-thanks.eml": r08,
    "r09-delgado-ramon-counter-note-unions.eml": r09,
    "r10-keystone-marek-gate-valve-handwheels.eml": r10,
    "r11-riverbend-jimmy-two-dozen-got-twenty.eml": r11,
    "r12-keystone-hannah-receiving-table-unions-check.eml": r12,
    "r13-harbor-kwame-cracked-stats-extra-filters.eml": r13,
    "r14-keystone-priscilla-pasted-rows-pump-price.eml": r14,
    "r15-summit-brett-scanned-exception-wet-filters.eml": r15,
    "r16-summit-linda-fw-wet-filters.eml": r16,
    "r17-harbor-luis-heater-jacket-caved-in.eml": r17,
    "r18-riverbend-dale-prv-gauge-port-cracked.eml": r18,
    "r19-summit-raj-wifi-stats-missing-mini-pumps.eml": r19,
    "r20-keystone-priscilla-automatic-reply.eml": r20,
    "r21-keystone-hannah-all-the-copper-90s-xlsx.eml": r21,
    "r22-summit-brett-harbor-order-two-inch-filters.eml": r22,
    "r23-keystone-marek-circulator-dead-one-spare.eml": r23,
    "r24-summit-thanh-packing-list-copy.eml": r24,
    "r25-keystone-curtis-re-stats-prvs-left-over.eml": r25,
    "r26-keystone-hannah-couplings-short-valves-back.eml": r26,
    "r27-summit-brett-wifi-stat-drops-basic-stats-back.eml": r27,
    "r28-harbor-kwame-re-replacements-in.eml": r28,
    "r29-keystone-tom-school-tanks-mixing-valve.eml": r29,
    "r30-riverbend-karen-fw-where-is-rpz-credit.eml": r30,
    "r31-harbor-odalys-html-return-request.eml": r31,
    "r32-keystone-curtis-three-quarter-in-one-inch-boxes.eml": r32,
    "r33-delgado-ramon-black-pipe-left.eml": r33,
    "r34-summit-brett-re-pump-no-po.eml": r34,
    "r35-harbor-grace-register-price-csv.eml": r35,
    "r36-harbor-grace-remittance-advice.eml": r36,
    "r37-delgado-rosa-warranty-form-pdf.eml": r37,
    "r38-portal-spare-gas-heater.json": r38,
    "r39-upload-union-price-dispute.txt": r39,
    "r40-upload-service-ticket-stats.txt": r40,
}


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (outdir / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make_attachments.py OUTDIR")
    target = Path(sys.argv[1])
    print(f"{build(target)} request files written to {target}")
