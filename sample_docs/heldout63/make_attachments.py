"""Write every request file of heldout63: claims that arrive inside conversations.

Usage:  python make_attachments.py OUTDIR

Forty requests that reached returns@cardinalvalley.example, the shared returns mailbox of
Cardinal Valley Supply (Tina Sorensen works it), between Monday 2026-10-26 and Friday
2026-12-04: 37 mails, one portal form and two text uploads. Nearly every mail is part of a
conversation: replies on top of quoted history, forwards from the field, an answer to the
desk's question, a count corrected later in the same thread, a colleague adding one more
item in a reply-all, the short "see below" over a forwarded note written by the same
customer, and the thank-yous, status questions, "ignore my last" notes and automatic
replies that such threads bring.

Mails are put together byte by byte the way the sending program writes them (Outlook on
Exchange Online, Outlook for iOS and Android, Gmail, the Gmail app, iPhone Mail, Apple Mail,
Outlook 16, a help-desk system); the receiving server's Received line is on top. Dates are
fixed per request; Message-IDs, MIME boundaries and every other token a mail program makes
up come from SHA-256 of the request key. Pictures are drawn with Pillow with noise from
seeded numpy generators and saved without EXIF or time stamps; the PDF has a fixed creation
date and file id. Nothing reads the clock or the time zone.
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
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")

# ------------------------------------------------------------------ who writes

DESK = ("Cardinal Valley Returns", "returns@cardinalvalley.example")
TINA = ("Tina Sorensen", "returns@cardinalvalley.example")
ORDERS = ("Cardinal Valley Order Desk", "orders@cardinalvalley.example")
SHIPPING = ("Cardinal Valley Shipping", "shipping@cardinalvalley.example")
WILLCALL = ("Cardinal Valley Will Call", "willcall@cardinalvalley.example")
MX = "mx1.cardinalvalley.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
WES = ("Wes Harrington", "wharrington@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
BRIANNA = ("Brianna Cole", "bcole@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
JORGE = ("Jorge Quintana", "jquintana@keystonemech.com")
SERGEI_WORK = ("Sergei Volkov", "svolkov@keystonemech.com")
SERGEI = ("Sergei Volkov", "sergei.volkov1979@gmail.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
NATE = ("Nate Fulton", "nfulton@riverbendph.com")
CARLA = ("Carla Mendes", "cmendes@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
AYESHA = ("Ayesha Khan", "akhan@summithvac.net")
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
DEVON = ("Devon Price", "dprice@summithvac.net")
LUCA = ("Luca Ferraro", "lferraro@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
MARCY = ("Marcy Bellamy", "mbellamy@harborpointpm.com")
TYRELL = ("Tyrell Jackson", "tjackson@harborpointpm.com")
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
HELPDESK = ("Marcy Bellamy via Harbor Point Help Desk", "helpdesk@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
HECTOR = ("Héctor Delgado", "hector@delgadosons.com")
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
YESENIA = ("Yesenia Tovar", "ytovar@delgadoplumbing.com")
# outside people, only inside forwarded mail
BEN = ("Ben Alvarado", "ben@alvaradobuilders.example")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-dm6nam12on2107.outbound.protection.outlook.com", "40.107.243.107"),
    "gws": ("mail-qk1-f182.google.com", "209.85.222.182"),
    "gmail": ("mail-pl1-f170.google.com", "209.85.214.170"),
    "hosted": ("p-east3-cluster2-host4-snip4-6.eps.apple.com", "57.103.84.16"),
    "smtp": ("relay.secureserver.net", "68.178.252.112"),
    "helpdesk": ("o1.em.fixflow-mail.example", "198.51.100.77"),
}

# Wall clocks: daylight time ends on Sunday 2026-11-01.
ZONES = {"ET": (-4, -5), "CT": (-5, -6)}
ZONE_NAMES = {"ET": ("EDT", "EST"), "CT": ("CDT", "CST")}
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


# ------------------------------------------------------------------ tokens and time


def tok(*parts, n=16):
    """A stable hex string for anything a mail program would otherwise make up."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def at(local, zone):
    """Local wall-clock 'YYYY-MM-DD HH:MM' in ET or CT, seconds from a hash."""
    base = datetime.strptime(local, "%Y-%m-%d %H:%M")
    summer = base < datetime(2026, 11, 1, 2, 0)
    offset = ZONES[zone][0 if summer else 1]
    label = ZONE_NAMES[zone][0 if summer else 1]
    sec = int(tok("sec", local, zone, n=4), 16) % 60
    tz = timezone(timedelta(hours=offset), label)
    return base.replace(tzinfo=tz) + timedelta(seconds=sec)


def zname(when):
    return when.tzname()


def rfc(when, utc=False):
    if utc:
        when = when.astimezone(UTC)
    return f"{when:%a}, {when.day} {when:%b %Y %H:%M:%S %z}"


def clock(when):
    return f"{when.hour % 12 or 12}:{when:%M} {when:%p}"


def clock_s(when):
    return f"{when.hour % 12 or 12}:{when:%M:%S} {when:%p}"


def outlook_sent(when):
    return f"{when:%A, %B} {when.day}, {when.year} {clock(when)}"


def gmail_when(when):
    return f"{when:%a, %b} {when.day}, {when.year} at {clock(when)}"


def apple_when(when):
    return f"{when:%B} {when.day}, {when.year} at {clock_s(when)} {zname(when)}"


def apple_when_es(when):
    ampm = "a.m." if when.hour < 12 else "p.m."
    hh = when.hour % 12 or 12
    return (
        f"{when.day} de {MONTHS_ES[when.month - 1]} de {when.year}, "
        f"{hh}:{when:%M:%S} {ampm} {zname(when)}"
    )


def uuid(*parts):
    h = tok(*parts, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def para(text):
    return textwrap.dedent(text).lstrip("\n")


def quote(text, mark="> "):
    """Prefix every line the way mail programs quote: '>' again on already quoted lines."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        if row.startswith(">"):
            out.append(">" + row)
        elif row:
            out.append(mark + row)
        else:
            out.append(mark.rstrip())
    return "\n".join(out) + "\n"


def name_addr(person):
    return f"{person[0]} <{person[1]}>"


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


def encode_body(data, cte):
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data))
    if cte == "base64":
        return crlf(base64.encodebytes(data))
    return crlf(data)


def leaf(ctype, content, cte, extra=()):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return Part(
        [("Content-Type", ctype), *extra, ("Content-Transfer-Encoding", cte)],
        encode_body(data, cte),
    )


def needs_qp(text):
    return any(len(r) > 76 for r in text.split("\n")) or not text.isascii()


def plain(text, charset="utf-8", cte=None):
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    return leaf(f"text/plain; charset={charset}", text, cte)


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


def single(key, person, when, via, headers, ctype, text, cte=None):
    """A mail whose whole body is one text part (no MIME multipart)."""
    data = text.encode("utf-8")
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    rows = [*headers, ("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + encode_body(data, cte)


def divs(text, tag="div"):
    out = []
    for row in text.split("\n"):
        out.append(f"<{tag}>{html.escape(row, quote=False) or '<br>'}</{tag}>")
    return "\n".join(out)


def desk_id(key, n=0):
    return f"<CV.{tok('desk', key, n, n=14)}.{tok('desk2', key, n, n=6)}@cardinalvalley.example>"


def gmail_id(key, n=0):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gmq", key, n, n=54))).decode()
    return f"<CA{raw.rstrip('=')}@mail.gmail.com>"


def exo_id(key, n=0, box="BN8PR14", nam=14):
    host = f"{box}MB{3100 + int(tok('exh', key, n, n=3), 16) % 6000}"
    return f"<{host}{tok('exq', key, n, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("BN8PR14", 14), "harborpointpm.com": ("SA1PR05", 5)}


def exo_headers(key, person, subject, when, reply=None, has_attach=False, cc=(), extra=()):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 6000}"
    topic = subject
    for pre in ("RE: ", "FW: ", "Automatic reply: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("CC", ", ".join(addr(p) for p in cc))]
    rows += [("Subject", subject)]
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
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;\n"
        '\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
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


def word_quote_block(block):
    """Outlook's header block over a quoted message, bold labels, a top border."""
    head, _, body = block.partition("\n\n")
    rows = []
    for row in head.split("\n"):
        label, _, value = row.partition(": ")
        rows.append(f"<b>{html.escape(label)}:</b> {html.escape(value, quote=False)}")
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        '<p class="MsoNormal">' + "<br>\n".join(rows) + "<o:p></o:p></p>\n</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_paras(body.rstrip("\n"))
    )


def outlook_block(sender, when, to, subject, body, cc=None, sent=None):
    """The header block Outlook puts over a message it quotes or forwards."""
    rows = [f"From: {sender}", f"Sent: {sent or outlook_sent(when)}", f"To: {to}"]
    if cc:
        rows.append(f"Cc: {cc}")
    rows.append(f"Subject: {subject}")
    return "\n".join(rows) + "\n\n" + body


def outlook_desktop(
    key, person, subject, when, body, blocks=(), attachments=(), reply=None, cc=(), extra=()
):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering."""
    text_part = body
    inner = word_paras(body.rstrip("\n"))
    for block in blocks:
        text_part += "\n" + block
        inner += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_quote_block(block)
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            plain(text_part, charset='"utf-8"', cte="quoted-printable"),
            page(word_page(inner), charset='"utf-8"'),
        ],
    )
    if attachments:
        part = multi("mixed", f"_004_{tok('mix', key, n=36).upper()}_", [part, *attachments])
    rows = exo_headers(key, person, subject, when, reply, bool(attachments), cc, extra)
    return mail(key, person, when, "exo", rows, part)


def outlook_mobile(key, person, subject, when, body, app="iOS", reply=None, quoted="", cc=()):
    link = "https://aka.ms/o0ukef" if app == "iOS" else "https://aka.ms/AAb9ysg"
    sig = f"\nGet Outlook for {app}<{link}>\n"
    text_part = body + sig + quoted
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="ltr">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        '<div id="ms-outlook-mobile-signature" dir="ltr"><div>Get '
        f'<a href="{link}">Outlook for {app}</a></div></div>\n'
    )
    if quoted:
        markup += '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        markup += '<div id="divRplyFwdMsg" dir="ltr">' + divs(quoted.strip("\n")) + "</div>\n"
    markup += "</body>\n</html>\n"
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [plain(text_part, charset='"utf-8"', cte="quoted-printable"), page(markup, '"utf-8"')],
    )
    rows = exo_headers(key, person, subject, when, reply, cc=cc)
    return mail(key, person, when, "exo", rows, part)


def mobile_block(sender, when, to, subject, body, cc=None):
    """What Outlook for iOS and Android put over the message they answer."""
    rows = [
        "________________________________",
        f"From: {sender}",
        f"Sent: {when:%A, %B} {when.day}, {when.year} {clock_s(when)}",
        f"To: {to}",
    ]
    if cc:
        rows.append(f"Cc: {cc}")
    rows.append(f"Subject: {subject}")
    return "\n" + "\n".join(rows) + "\n\n" + body


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    """The Message-ID Gmail gives the request mail of this key."""
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail_headers(key, person, subject, when, reply=None, cc=(), extra=()):
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [
        ("Message-ID", gmail_msgid(key)),
        ("Subject", word(subject)),
        ("From", addr(person)),
        ("To", addr(DESK)),
    ]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    rows += list(extra)
    return rows


def gmail_text(text, subtype="plain"):
    cte = "quoted-printable" if needs_qp(text) else "7bit"
    return leaf(f'text/{subtype}; charset="UTF-8"', text, cte)


def gmail_html(text, quoted_html=""):
    rows = "".join(
        f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
        for r in text.rstrip("\n").split("\n")
    )
    return f'<div dir="ltr">{rows}</div>{quoted_html}\n'


def gmail_quote_html(intro, text):
    return (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(intro, quote=False)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + divs(text.rstrip("\n"))
        + "</blockquote></div>"
    )


def gmail_fwd_html(text):
    return '<br><br><div class="gmail_quote">' + divs(text.strip("\n")) + "</div>"


def gmail(
    key,
    person,
    subject,
    when,
    body,
    attachments=(),
    reply=None,
    quoted="",
    qhtml="",
    cc=(),
    via="gws",
    extra=(),
):
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [gmail_text(body + quoted), gmail_text(gmail_html(body, qhtml), "html")],
    )
    part = alt
    if attachments:
        part = multi("mixed", "000000000000" + tok("gx", key, n=14), [alt, *attachments])
    rows = gmail_headers(key, person, subject, when, reply, cc, extra)
    return mail(key, person, when, via, rows, part)


def gmail_reply(intro, text):
    """Gmail's plain quote: the attribution line, then every line behind '> '."""
    return "\n" + intro + "\n" + quote(text)


def gmail_file(data, ctype, filename, key):
    xid = "f_" + tok("att", key, filename, n=10)
    return attachment(data, ctype, filename, [("Content-ID", f"<{xid}>"), ("X-Attachment-Id", xid)])


def gmail_forward(sender, when, subject, to, body):
    return (
        "\n---------- Forwarded message ---------\n"
        f"From: {sender}\nDate: {gmail_when(when)}\nSubject: {subject}\nTo: {to}\n\n\n{body}"
    )


# ------------------------------------------------------------------ iPhone Mail, Apple Mail


def apple_headers(key, person, subject, when, xmailer, reply=None, cc=()):
    domain = person[1].split("@")[1]
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]
    if xmailer.startswith("iPhone"):
        rows = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)")]
    rows += [("Date", rfc(when)), ("Subject", word(subject))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    rows += [("X-Mailer", xmailer)]
    return rows


def iphone(key, person, subject, when, body, via, attachments=(), reply=None):
    """iPhone Mail: one text/plain part, or mixed with its attachments."""
    rows = apple_headers(key, person, subject, when, "iPhone Mail (22B91)", reply)
    if not attachments:
        cs = "us-ascii" if body.isascii() else "utf-8"
        return single(key, person, when, via, rows, f"text/plain; charset={cs}", body)
    boundary = "Apple-Mail-" + uuid("amb", key)
    part = multi("mixed", boundary, [plain(body), *attachments])
    return mail(key, person, when, via, rows, part)


def iphone_forward(sender, when, to, subject, body, spanish=False):
    if spanish:
        head = [
            "Inicio del mensaje reenviado:",
            "",
            f"De: {sender}",
            f"Fecha: {apple_when_es(when)}",
            f"Para: {to}",
            f"Asunto: {subject}",
        ]
    else:
        head = [
            "Begin forwarded message:",
            "",
            f"From: {sender}",
            f"Date: {apple_when(when)}",
            f"To: {to}",
            f"Subject: {subject}",
        ]
    return "\n" + head[0] + "\n\n" + quote("\n".join(head[2:]) + "\n\n" + body)


def apple_mail(key, person, subject, when, body, quoted="", reply=None):
    """Apple Mail on a Mac: multipart/alternative, the quote as a cite blockquote."""
    text = body + quoted
    inner = divs(body.rstrip("\n"))
    if quoted:
        inner += (
            '<div><br><blockquote type="cite"><div>'
            + divs(quoted.strip("\n"))
            + "</div></blockquote></div>"
        )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{inner}</body></html>'
    )
    boundary = "Apple-Mail=_" + uuid("ama", key)
    part = multi("alternative", boundary, [plain(text), page(markup)])
    rows = apple_headers(key, person, subject, when, "Apple Mail (3826.400.131.1.6)", reply)
    return mail(key, person, when, "smtp", rows, part)


def apple_reply(when, sender, text):
    return (
        f"\n\n> On {when:%b} {when.day}, {when.year}, at {clock(when)}, {sender} wrote:\n> \n"
        + (quote(text))
    )


def apple_forward(sender, when, to, subject, body):
    return (
        "\n\nBegin forwarded message:\n\n"
        f"From: {sender}\nSubject: {subject}\nDate: {apple_when(when)}\nTo: {to}\n\n{body}"
    )


# ------------------------------------------------------------------ Outlook 16 over IMAP/SMTP


def outlook16(key, person, subject, when, body, via, blocks=(), attachments=(), reply=None, cc=()):
    domain = person[1].split("@")[1]
    mid = f"<0000{tok('o16', key, n=12)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    text_part = body
    inner = word_paras(body.rstrip("\n"))
    for block in blocks:
        text_part += "\n" + block
        inner += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_quote_block(block)
    n2 = tok("n2", key, n=4).upper()
    n3 = tok("n3", key, n=8).upper()
    alt = multi(
        "alternative",
        f"----=_NextPart_001_{tok('n1', key, n=4).upper()}_01DC{n2}.{n3}",
        [
            plain(text_part, charset='"utf-8"', cte="quoted-printable"),
            page(word_page(inner), '"utf-8"'),
        ],
    )
    part = alt
    if attachments:
        part = multi(
            "mixed",
            f"----=_NextPart_000_{tok('n0', key, n=4).upper()}_01DC{n2}.{n3}",
            [alt, *attachments],
            preamble=b"This is a multipart message in MIME format.\r\n\r\n",
        )
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
    d = np.hypot((xx - w * 0.5) / w, (yy - h * 0.46) / h)
    gain = np.clip(1.0 - amount * d**2, 0.0, 1.0)
    arr = np.asarray(img).astype(np.float32)
    if arr.ndim == 3:
        gain = gain[:, :, None]
    return Image.fromarray(np.clip(arr * gain, 0, 255).astype(np.uint8), img.mode)


def to_jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def carton_label_photo():
    """Tyrell's phone photo of the shipping label on the crushed heater carton."""
    w, h = 720, 560
    rng = np.random.default_rng(63191)
    base = rng.normal(168, 8, (h // 8, w // 8))
    card = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "L").resize((w, h))
    img = Image.merge(
        "RGB", (card, card.point(lambda v: int(v * 0.86)), card.point(lambda v: int(v * 0.66)))
    )
    d = ImageDraw.Draw(img)
    # the crushed corner of the carton: a dark fold across the lower right
    d.polygon([(560, 560), (720, 380), (720, 560)], fill=(96, 78, 58))
    d.line((548, 560, 720, 372), fill=(70, 56, 40), width=5)
    # the white label
    d.rectangle((60, 50, 600, 470), fill=(244, 244, 238), outline=(40, 40, 40), width=3)
    big = face("DejaVuSans-Bold.ttf", 30)
    mid = face("DejaVuSans-Bold.ttf", 24)
    small = face("DejaVuSans.ttf", 22)
    ink = (18, 18, 18)
    d.text((82, 66), "CARDINAL VALLEY SUPPLY", font=big, fill=ink)
    d.text((82, 108), "DC-EAST  ->  ESTES EXPRESS", font=small, fill=ink)
    d.line((74, 142, 586, 142), fill=ink, width=2)
    d.text((82, 156), "SHIP TO: HARBOR POINT PM", font=mid, fill=ink)
    d.text((82, 190), "BAYSIDE COURT - BLDG C", font=small, fill=ink)
    d.line((74, 226, 586, 226), fill=ink, width=2)
    d.text((82, 240), "PO 70288    SO-104241", font=mid, fill=ink)
    d.text((82, 280), "ITEM  WH-50G-NG", font=mid, fill=ink)
    d.text((82, 318), "50 GAL NAT GAS WATER HEATER", font=small, fill=ink)
    d.text((82, 350), "40,000 BTU/HR  ATMOS VENT", font=small, fill=ink)
    d.line((74, 388, 586, 388), fill=ink, width=2)
    d.text((82, 402), "CARTON 2 OF 3", font=big, fill=ink)
    # a tear in the label's corner where the carton folded in
    d.polygon([(520, 470), (600, 400), (600, 470)], fill=(150, 124, 96))
    img = img.rotate(-2.0, resample=Image.BICUBIC, fillcolor=(120, 100, 76))
    img = falloff(img, 0.8)
    img = noise(img, 63192, 6)
    return to_jpeg(img.filter(ImageFilter.GaussianBlur(0.5)), 60)


def coil_label_photo():
    """Sergei's phone photo of the printed band on a PEX coil: it says PEX-B."""
    w, h = 680, 440
    rng = np.random.default_rng(63261)
    img = Image.new("RGB", (w, h), (60, 64, 70))  # the truck bed liner
    d = ImageDraw.Draw(img)
    # the coil: loops of white tubing round the band, each a little off the last
    for i in range(9):
        cx = 340 + int(rng.integers(-6, 7))
        cy = 215 + int(rng.integers(-5, 6))
        r = 250 + 9 * i
        d.ellipse((cx - r, cy - r * 0.78, cx + r, cy + r * 0.78), outline=(226, 228, 230), width=7)
    # the paper band wrapped round the coil
    d.polygon([(40, 120), (640, 96), (650, 310), (50, 336)], fill=(250, 250, 246))
    big = face("DejaVuSans-Bold.ttf", 40)
    mid = face("DejaVuSans-Bold.ttf", 26)
    small = face("DejaVuSans.ttf", 22)
    ink = (14, 40, 110)
    d.text((70, 130), "3/4 IN  PEX-B", font=big, fill=ink)
    d.text((70, 190), "300 FT COIL   WHITE", font=mid, fill=ink)
    d.text((70, 236), "ASTM F876/F877  CTS-OD  SDR9", font=small, fill=ink)
    d.text((70, 270), "NOT FOR F1960 EXPANSION FITTINGS", font=small, fill=(150, 20, 20))
    img = img.rotate(1.5, resample=Image.BICUBIC, fillcolor=(60, 64, 70))
    img = falloff(img, 0.9)
    img = noise(img, 63262, 6)
    return to_jpeg(img.filter(ImageFilter.GaussianBlur(0.5)), 60)


# ------------------------------------------------------------------ documents


def variance_report_pdf():
    """Keystone's AP system: the price variance report Dana attaches, as PDF."""
    pdf = FPDF(format="letter")
    pdf.set_title("AP Price Variance - INV-88133")
    pdf.set_author("Keystone Mechanical Contractors - Accounts Payable")
    pdf.set_creator("APVantage 7 report writer")
    pdf.set_creation_date(datetime(2026, 11, 10, 9, 58, 12, tzinfo=timezone(timedelta(hours=-5))))
    pdf.file_id = lambda: "<" + tok("pdfid", "s13", n=32) + "><" + tok("pdfid", "s13", n=32) + ">"
    pdf.add_page()
    pdf.set_margins(16, 16, 16)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Accounts Payable  |  1450 Industrial Rd, Harrisburg PA 17110",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "PRICE VARIANCE REPORT - 3-WAY MATCH EXCEPTION", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for label, value in [
        ("Vendor", "CARDINAL VALLEY SUPPLY (V-0318)"),
        ("Invoice", "INV-88133   dated 11/04/2026"),
        ("Our PO", "77830"),
        ("Run date", "11/10/2026"),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(30, 6, label + ":")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (10, 70, 14, 22, 22, 20, 24)
    head = ("Ln", "Description", "Qty", "PO price", "Inv price", "Var/unit", "Ext var")
    rows = [
        ("1", '3" CI swing check valve, flanged', "6", "189.00", "189.00", "0.00", "0.00"),
        ("2", '1-1/2" black malleable union', "40", "10.80", "10.80", "0.00", "0.00"),
        ("3", "Condensate pump 115V w/ safety sw", "8", "61.50", "64.90", "3.40", "27.20"),
        ("4", "1/25 HP circulator, cast iron", "4", "139.00", "139.00", "0.00", "0.00"),
    ]
    pdf.set_font("Helvetica", "B", 9)
    for wd, text in zip(widths, head, strict=True):
        pdf.cell(wd, 7, text, border=1, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for row in rows:
        for i, (wd, text) in enumerate(zip(widths, row, strict=True)):
            pdf.cell(wd, 7, text, border=1, align="L" if i == 1 else "R")
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Total variance over tolerance: $27.20", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Status: HOLD - vendor credit requested", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-24)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "APVantage 7  -  report AP-114  -  page 1 of 1", align="C")
    return bytes(pdf.output())


def recon_csv():
    """Riverbend's statement reconciliation export for INV-88061."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(
        [
            "Vendor",
            "Invoice",
            "Inv Date",
            "PO",
            "Description",
            "Qty",
            "Billed",
            "Quoted",
            "Diff Ext",
            "Note",
        ]
    )
    out.writerow(
        [
            "CARDINAL VALLEY",
            "INV-88061",
            "10/01/2026",
            "24388",
            '3" CI swing check valve flanged',
            "4",
            "198.00",
            "184.00",
            "56.00",
            "overbilled vs Q-26-0412",
        ]
    )
    out.writerow(
        [
            "CARDINAL VALLEY",
            "INV-88061",
            "10/01/2026",
            "24388",
            '1-1/2" black malleable union',
            "30",
            "9.90",
            "9.90",
            "0.00",
            "return - unused, job went grooved",
        ]
    )
    return buf.getvalue().encode("ascii")


# ------------------------------------------------------------------ signatures

SIG_KAREN = para("""
    --
    Karen Liu | Office Manager
    Riverbend Plumbing & Heating
    2210 Kanawha Blvd E, Charleston, WV 25311
    (304) 555-0102 | fax (304) 555-0109
    """)
SIG_WES = para("""
    Wes Harrington
    Warehouse Lead | Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    O 717-555-0190 | M 717-555-0133
    """)
KEYSTONE_NOTICE = para("""
    CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Keystone Mechanical Contractors, PA HIC #PA014472.
    """)
SIG_DANA = (
    para("""
    Best regards,

    Dana Ruiz
    Accounts Payable | Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0160 | F 717-555-0161 | ap@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_BRIANNA = (
    para("""
    Brianna Cole
    Purchasing | Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    Direct 717-555-0171 | Main 717-555-0100
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_TOM = (
    para("""
    Tom Morales
    Project Manager
    Keystone Mechanical Contractors
    717-555-0148 | cell 717-555-0122
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_CARLA = para("""
    Carla Mendes
    Estimating & Purchasing
    Riverbend Plumbing & Heating
    (304) 555-0104
    """)
SIG_AYESHA = para("""
    Ayesha Khan
    Dispatch | Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    918-555-0149
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager
    Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    Office 918-555-0140 | Cell 918-555-0186
    Job #2611-07 Riverside Clinic RTU change-out

    This message may contain confidential information intended only for the addressee. If you received it in error, please notify the sender and delete it.
    """)
SIG_MARCY = para("""
    Marcy Bellamy
    Property Manager, Bayside Court
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    361-555-0177
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    361-555-0175
    """)


# ------------------------------------------------------------------ the requests


def s01():
    when = at("2026-10-26 09:14", "ET")
    nate_sent = at("2026-10-23 16:47", "ET")
    body = (
        para("""
        Hi Tina,

        Please see Nate's note below about PO 24415. Can you send a replacement for the one with the cracked flange? He is holding the bad one at the job for your driver.

        Thanks,
        Karen

        """)
        + SIG_KAREN
    )
    nate = para("""
        Karen - the Cardinal stuff for the Cresthaven pump house came on Estes yesterday afternoon. Unpacked it today.

        RPZ assembly looks good, all 4 test cocks there, we'll set it Monday.
        The 3" check valves: there are 2, one is fine. The other one has a crack through one of the flange ears, looks like a forklift tine went into the crate. Can't bolt it up like that.

        Can you ask them for one more check valve? I'll keep the cracked one in the gang box.

        Nate
        """)
    fwd = gmail_forward(
        name_addr(NATE),
        nate_sent,
        "Cresthaven delivery - cracked check valve",
        name_addr(KAREN),
        nate,
    )
    return gmail(
        "s01",
        KAREN,
        "Fwd: Cresthaven delivery - cracked check valve",
        when,
        body,
        quoted=fwd,
        qhtml=gmail_fwd_html(fwd),
    )


S02_FIRST = para("""
    Tina,

    Your truck brought PO-77760 on Thursday. The 8 wifi thermostats are fine, but the pallet of 16x25 MERV 11 filters was wrapped loose and several cases look crushed. I'll get you a count once we break the pallet down.

    Wes
    """)
S02_DESK = para("""
    Hi Wes,

    Sorry to hear it. How many cases are damaged, and can any of the filters in them still be used? Once I have the count I'll set up the replacements.

    Tina Sorensen
    Returns & Credits | Cardinal Valley Supply
    """)
S02_BODY = (
    para("""
    Tina,

    3 cases. Once we broke the pallet down, 3 of the 12 cases had the corners crushed and every filter in them has a bent frame, they won't seat in the rack. The other 9 cases are OK.

    Please send 3 replacement cases with your next delivery; the bad ones are set aside at the dock for your driver.

    """)
    + SIG_WES
)


def s02_blocks():
    desk_sent = at("2026-10-26 15:31", "ET")
    wes_sent = at("2026-10-26 08:42", "ET")
    return [
        outlook_block(
            name_addr(DESK), desk_sent, name_addr(WES), "RE: PO-77760 - filters damaged", S02_DESK
        ),
        outlook_block(
            name_addr(WES), wes_sent, name_addr(DESK), "PO-77760 - filters damaged", S02_FIRST
        ),
    ]


def s02():
    when = at("2026-10-27 10:05", "ET")
    ref = desk_id("s02")
    return outlook_desktop(
        "s02",
        WES,
        "RE: PO-77760 - filters damaged",
        when,
        S02_BODY,
        s02_blocks(),
        reply=(ref, f"{exo_id('s02', 1)} {ref}"),
    )


S03_BODY = (
    para("""
    Hi Tina,

    Sorry to bother you on the returns line, nobody is picking up at the order desk this morning. Can you tell me if this one has shipped? We need the tile and the registers at the Brookfield clinic by next Tuesday (11/3). A PRO number would be great.

    Thanks!

    """)
    + SIG_AYESHA
)
S03_ACK = para("""
    ORDER ACKNOWLEDGMENT

    Sales order: SO-104228      Your PO: 60377      Order date: 10/26/2026
    Ship via: ODFL              Ship from: DC-SOUTH

    Ln  Item              Description                                Qty
    1   CLG-TILE-24-ACU   2x2 ft acoustic ceiling tile, ctn of 16     40
    2   HVC-REG-1006-W    10x6 steel floor register, white            30

    Thank you for your order. Questions: orders@cardinalvalley.example
    """)


def s03_fwd():
    ack_sent = at("2026-10-26 14:05", "CT")
    return gmail_forward(
        name_addr(ORDERS),
        ack_sent,
        "Order Acknowledgment SO-104228 / PO 60377",
        f"<{AYESHA[1]}>",
        S03_ACK,
    )


def s03():
    when = at("2026-10-28 10:20", "CT")
    fwd = s03_fwd()
    return gmail(
        "s03",
        AYESHA,
        "Fwd: Order Acknowledgment SO-104228 / PO 60377",
        when,
        S03_BODY,
        quoted=fwd,
        qhtml=gmail_fwd_html(fwd),
    )


S04_BODY = (
    para("""
    Hi Tina,

    Thank you for the copy. Going through it against our PO 77790: the 1" type L copper tube (20 ft lengths) is billed at $76.40 per length, but our PO has $71.80. That is 30 lengths x $4.60 = $138.00 over. The copper 90s and the 1" ball valves match the PO.

    Please issue a credit memo for $138.00 against INV-88098. We are short-paying the invoice by that amount in the meantime.

    """)
    + SIG_DANA
)
S04_DESK = para("""
    Hi Dana,

    A copy of INV-88098 is attached (SO-104226, shipped 10/26 from DC-EAST via R+L): 30 x 1" type L copper 20 ft, 200 x 1" wrot copper 90, 36 x 1" full port ball valve.

    Tina Sorensen
    Returns & Credits | Cardinal Valley Supply
    """)
S04_FIRST = para("""
    Hello,

    Could someone send me a copy of invoice INV-88098? It did not come through with your statement.

    Thank you,
    Dana
    """)


def s04_blocks():
    return [
        outlook_block(
            name_addr(DESK),
            at("2026-10-28 11:02", "ET"),
            name_addr(DANA),
            "RE: Copy of invoice INV-88098",
            S04_DESK,
        ),
        outlook_block(
            name_addr(DANA),
            at("2026-10-27 16:15", "ET"),
            name_addr(DESK),
            "Copy of invoice INV-88098",
            S04_FIRST,
        ),
    ]


def s04():
    when = at("2026-10-29 13:40", "ET")
    ref = desk_id("s04")
    return outlook_desktop(
        "s04",
        DANA,
        "RE: Copy of invoice INV-88098",
        when,
        S04_BODY,
        s04_blocks(),
        reply=(ref, f"{exo_id('s04', 1)} {ref}"),
    )


def s05():
    when = at("2026-10-30 08:10", "CT")
    first = at("2026-10-29 16:52", "CT")
    note = para("""
        Rosa the Cardinal truck came for Zacate Creek. The 6 PRV ok, 12 sticks copper ok. The 1 inch copper 90s, box say 100 but I count 2 times and is 80. So 20 short. You tell Cardinal or I do it?

        Hector

        Enviado desde mi iPhone
        """)
    body = para("""
        Tina mira abajo. Can you send the 20 elbows on the next truck please. Gracias

        Hector

        Enviado desde mi iPhone
        """) + iphone_forward(
        name_addr(HECTOR), first, name_addr(ROSA), "PO 40962", note, spanish=True
    )
    return iphone("s05", HECTOR, "Fwd: PO 40962", when, body, "hosted")


def s06():
    when = at("2026-11-02 09:30", "ET")
    sergei_sent = at("2026-10-31 07:12", "ET")
    body = (
        para("""
        Hi Tina,

        Forwarding from Sergei, our foreman at Linden Court (PO 77790). Please send 6 of the correct 1" full port ball valves and have your driver pick up the 3/4" ones.

        Thank you,

        """)
        + SIG_BRIANNA
    )
    sergei = para("""
        Brianna,

        opened the 1" ball valve cartons this morning. One carton of 6 is 3/4" valves, the carton label says 1". So we have 30 good 1" and 6 of the wrong size. Need 6 more 1", the 3/4 are in the gang box. Copper 90s and the copper tube all good.

        Sergei
        """)
    block = outlook_block(
        name_addr(SERGEI_WORK),
        sergei_sent,
        name_addr(BRIANNA),
        "wrong valves in box - Linden Ct",
        sergei,
    )
    return outlook_desktop(
        "s06", BRIANNA, "FW: wrong valves in box - Linden Ct", when, body, [block]
    )


S07_DESK = para("""
    Hi Ayesha,

    It is scheduled to ship Friday 10/30 from DC-SOUTH on ODFL, PRO 7741-220958, due Monday 11/2.

    Tina Sorensen
    Returns & Credits | Cardinal Valley Supply
    """)


def s07():
    when = at("2026-11-03 09:05", "CT")
    desk_sent = at("2026-10-28 15:12", "CT")
    first_sent = at("2026-10-28 10:20", "CT")
    body = para("""
        Hi Tina,

        It came yesterday, thank you! One thing: there are 44 cartons of the ceiling tile on the pallet, but the packing slip and our PO say 40. The registers are right (30). Can your driver pick up the 4 extra cartons? They're tagged by our dock door.

        Ayesha
        """)
    first = S03_BODY + s03_fwd()
    inner = S07_DESK + gmail_reply(
        f"On {gmail_when(first_sent)} {AYESHA[0]} <{AYESHA[1]}> wrote:", first
    )
    intro = f"On {gmail_when(desk_sent)} {DESK[0]} <{DESK[1]}> wrote:"
    quoted = gmail_reply(intro, inner)
    ref = desk_id("s07")
    return gmail(
        "s07",
        AYESHA,
        "Re: Order Acknowledgment SO-104228 / PO 60377",
        when,
        body,
        reply=(ref, f"{gmail_msgid('s03')} {ref}"),
        quoted=quoted,
        qhtml=gmail_quote_html(intro, inner),
    )


def s08():
    when = at("2026-11-04 14:25", "ET")
    desk_sent = at("2026-10-27 13:48", "ET")
    body = (
        para("""
        Tina,

        The 3 replacement cases came on today's truck and your driver took the crushed ones back with him. We're all set on this one, thank you.

        """)
        + SIG_WES
    )
    desk = para("""
        Hi Wes,

        Thanks for the count. 3 cases of 16x25x1 MERV 11 go out on Wednesday's truck; please hand the 3 crushed cases to the driver.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    blocks = [
        outlook_block(
            name_addr(DESK), desk_sent, name_addr(WES), "RE: PO-77760 - filters damaged", desk
        ),
        outlook_block(
            name_addr(WES),
            at("2026-10-27 10:05", "ET"),
            name_addr(DESK),
            "RE: PO-77760 - filters damaged",
            S02_BODY,
        ),
        *s02_blocks(),
    ]
    ref = desk_id("s08")
    return outlook_desktop(
        "s08", WES, "RE: PO-77760 - filters damaged", when, body, blocks, reply=(ref, ref)
    )


def s09():
    when = at("2026-11-05 08:35", "ET")
    first_sent = at("2026-11-04 16:02", "ET")
    body = (
        para("""
        Tina - correction to my email below. The crew found 2 more of the tees in the trench box on site, so we are short 10, not 12. Sorry for the confusion.

        Carla

        """)
        + SIG_CARLA
    )
    first = (
        para("""
        Hi Tina,

        PO 24460 came in on Saturday on Estes for the Millbrook school underground. The 10 lengths of 1" type L and the 30 3/4 ball valves are all there, but we only have 88 of the 100 2" PVC tees. We are short 12. Can you get the rest to us?

        Thanks,
        Carla

        """)
        + SIG_CARLA
    )
    intro = f"On {gmail_when(first_sent)} {CARLA[0]} <{CARLA[1]}> wrote:"
    return gmail(
        "s09",
        CARLA,
        "Re: PO 24460 short tees",
        when,
        body,
        reply=(gmail_id("s09", 1), gmail_id("s09", 1)),
        quoted=gmail_reply(intro, first),
        qhtml=gmail_quote_html(intro, first),
    )


def s10():
    when = at("2026-11-06 08:05", "ET")
    jorge_sent = at("2026-11-05 17:20", "ET")
    body = (
        para("""
        Tina,

        Forwarding Jorge's delivery note from Cedar Hollow, PO 77812. Please replace the 2 gate valves and ship the 25 elbows we are missing. The PRVs and the PEX came this morning on the second truck and are fine.

        """)
        + SIG_TOM
    )
    jorge = para("""
        Tom,

        Cardinal's R+L truck for Cedar Hollow came this afternoon.
        - 2" bronze gate valves: 2 with the bonnet cracked, cartons caved in. 38 OK.
        - 1" copper 90s: label says 150, I count 125 in the boxes.
        - PRVs and PEX coils not here, separate truck tomorrow I think.

        Bad valves are on the shelf in the job trailer.

        Jorge Quintana
        Site Superintendent - Cedar Hollow, Job 26-114
        """)
    block = outlook_block(
        name_addr(JORGE), jorge_sent, name_addr(TOM), "Cedar Hollow delivery", jorge
    )
    return outlook_desktop("s10", TOM, "FW: Cedar Hollow delivery", when, body, [block], cc=[JORGE])


S11_NOTICE = para("""
    SHIPMENT NOTICE

    Sales order SO-104233 / your PO 77812
    Shipment SH-55120 from DC-EAST via R+L Carriers, shipped 11/02/2026
    Ship to: Cedar Hollow jobsite, Keystone Mechanical Contractors

      Qty  Item              Description
       40  VLV-2210-BR       2" bronze gate valve, threaded
      150  FTG-CU-E90-100    1" wrot copper 90 deg elbow, C x C

    The rest of this order ships separately. Questions about this shipment:
    returns@cardinalvalley.example
    """)


def s11():
    when = at("2026-11-09 07:40", "ET")
    notice_sent = at("2026-11-02 09:02", "ET")
    body = para("""
        Tina - 2 of the 2" bronze gate valves on this shipment came in broken, cracked bonnets, the cartons were caved in. Need 2 replacements. Bad ones are in the job trailer.

        Jorge Quintana
        Site Superintendent, Cedar Hollow
        """)
    quoted = mobile_block(
        name_addr(SHIPPING),
        notice_sent,
        JORGE[1],
        "Shipment notice - SO-104233 / PO 77812",
        S11_NOTICE,
    )
    ref = desk_id("s11")
    return outlook_mobile(
        "s11",
        JORGE,
        "RE: Shipment notice - SO-104233 / PO 77812",
        when,
        body,
        reply=(ref, ref),
        quoted=quoted,
    )


def s12():
    when = at("2026-11-09 14:20", "CT")
    tyrell_sent = at("2026-11-09 11:32", "CT")
    body = (
        para("""
        Tina,

        Please see Tyrell's count below for this morning's delivery to Bayside Court (PO 70231). Can you arrange pickup of the extra registers and replace the thermostat with the cracked display?

        Thank you,

        """)
        + SIG_MARCY
    )
    tyrell = para("""
        Marcy,

        counted the Cardinal delivery that came this morning:
        registers 10x6 white - 72, PO says 60 so 12 extra
        filters 16x25x1 - 24 cases OK
        thermostats - 10, one has the display cracked (box was crushed in). other 9 OK

        extras are on a cart in the B1 storage room.

        Tyrell
        """)
    block = outlook_block(
        name_addr(TYRELL),
        tyrell_sent,
        name_addr(MARCY),
        "Bayside Court delivery count - PO 70231",
        tyrell,
    )
    return outlook_desktop(
        "s12", MARCY, "FW: Bayside Court delivery count - PO 70231", when, body, [block]
    )


def s13():
    when = at("2026-11-10 10:15", "ET")
    brianna_sent = at("2026-11-09 15:37", "ET")
    body = (
        para("""
        Hi Tina,

        Forwarding Brianna's note below; our variance report is attached. Please issue a credit memo for $27.20 against INV-88133.

        """)
        + SIG_DANA
    )
    brianna = para("""
        Dana,

        The condensate pumps on PO 77830 were quoted and ordered at $61.50. INV-88133 bills all 8 of them at $64.90. The check valves, unions and circulators match. Can you ask Cardinal for a credit on the difference?

        Brianna
        """)
    block = outlook_block(
        name_addr(BRIANNA),
        brianna_sent,
        name_addr(DANA),
        "condensate pump price - PO 77830",
        brianna,
    )
    pdf = attachment(variance_report_pdf(), "application/pdf", "AP-114_INV-88133.pdf")
    return outlook_desktop(
        "s13", DANA, "FW: condensate pump price - PO 77830", when, body, [block], [pdf]
    )


def s14():
    """Gmail's vacation responder, answering the desk's claim acknowledgment."""
    when = at("2026-11-10 11:05", "ET")
    body = para("""
        Thank you for your email. I am out of the office from Tuesday 11/10 through Friday 11/13 with limited access to email and will reply when I am back on Monday 11/16.

        For deliveries, shortages, damaged material or returns on an open job, please call Nate Fulton at (304) 555-0117. For invoices and statements, please contact Karen Liu at office@riverbendph.com.

        Carla Mendes
        Riverbend Plumbing & Heating
        """)
    ref = desk_id("s14")
    return gmail(
        "s14",
        CARLA,
        "Re: Claim received - PO 24460 - 10 x 2in PVC tee short",
        when,
        body,
        reply=(ref, ref),
        extra=[("Auto-Submitted", "auto-replied")],
    )


S15_BODY = (
    para("""
    Tina,

    Two of the 12 wifi programmable thermostats from PO 60418 are dead out of the box. 24V measured at R and C on the subbase, no display, no backlight. We also tried both on a known good subbase at the shop, same thing. Please send 2 replacements; the dead ones are bagged and tagged here.

    Thanks,

    """)
    + SIG_RAJ
)


def s15():
    when = at("2026-11-11 08:40", "CT")
    return outlook16("s15", RAJ, "PO 60418 - 2 wifi stats DOA", when, S15_BODY, "gws", cc=[LINDA])


S16_BODY = para("""
    Tina,

    Adding one more to Raj's email: INV-88152 bills us for 20 of the basic non-programmable stats, but receiving only checked in 18, so we're short 2. Could you credit the 2 that didn't come?

    Thanks,
    Linda Chu
    Accounts Payable
    Summit HVAC Services
    918-555-0145
    """)


def s16_quote():
    raj_sent = at("2026-11-11 08:40", "CT")
    return f"On {gmail_when(raj_sent)} {RAJ[0]} <{RAJ[1]}> wrote:", S15_BODY


def s16():
    when = at("2026-11-11 10:05", "CT")
    intro, text = s16_quote()
    raj_id = f"<0000{tok('o16', 's15', n=12)}${tok('a', 's15', n=8)}${tok('b', 's15', n=8)}$@summithvac.net>"
    return gmail(
        "s16",
        LINDA,
        "Re: PO 60418 - 2 wifi stats DOA",
        when,
        S16_BODY,
        reply=(raj_id, raj_id),
        quoted=gmail_reply(intro, text),
        qhtml=gmail_quote_html(intro, text),
        cc=[RAJ],
    )


def s17():
    when = at("2026-11-12 07:45", "CT")
    notice_sent = at("2026-11-05 15:18", "CT")
    notice = para("""
        Your order is ready for pickup at the DC-SOUTH will-call counter.

        Sales order: SO-104240    Your PO: 40988
          120 ft  2" black steel pipe Sch 40, cut to 6 x 20 ft
           12     1-1/2" black malleable iron union
           10     1" brass ball valve, full port

        Counter hours: Mon-Fri 6:30 AM - 4:30 PM, Sat 7:00 AM - noon.
        """)
    body = para("""
        Tina 4 of these unions are galvanize, not black. We need 4 black ones. I bring the galvanize back next time I'm at the counter.

        Hector

        Enviado desde mi iPhone
        """) + iphone_forward(
        name_addr(WILLCALL),
        notice_sent,
        HECTOR[1],
        "Ready for pickup - PO 40988",
        notice,
        spanish=True,
    )
    return iphone("s17", HECTOR, "Fwd: Ready for pickup - PO 40988", when, body, "hosted")


def s18():
    when = at("2026-11-13 09:50", "ET")
    desk_sent = at("2026-10-26 11:20", "ET")
    karen_sent = at("2026-10-26 09:14", "ET")
    nate_sent = at("2026-10-23 16:47", "ET")
    body = para("""
        Tina,

        Different job, but since I have you: 2 of the 1" full port ball valves from PO 24519 (the Ridgeview boiler swap) leak through when they're closed. Shut them off and they still pass water. We pulled both and put in valves from stock. Can you replace them? I'll send the 2 back with Nate.

        Thanks for taking care of the check valve below.

        Mike O'Brien
        Service Manager
        Riverbend Plumbing & Heating
        (304) 555-0111
        """)
    desk = para("""
        Hi Karen,

        A replacement 3" check valve for PO 24415 goes out on tomorrow's truck; the driver will pick up the cracked one. The credit memo will follow.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    karen_fwd = para("""
        Hi Tina,

        Please see Nate's note below about PO 24415. Can you send a replacement for the one with the cracked flange? He is holding the bad one at the job for your driver.

        Thanks,
        Karen
        """) + gmail_forward(
        name_addr(NATE),
        nate_sent,
        "Cresthaven delivery - cracked check valve",
        name_addr(KAREN),
        'Karen - one of the 2 3" check valves has a crack through a flange ear,\n'
        "the other one and the RPZ are fine. Can you ask them for one more?\n\nNate\n",
    )
    inner = desk + gmail_reply(
        f"On {gmail_when(karen_sent)} {KAREN[0]} <{KAREN[1]}> wrote:", karen_fwd
    )
    intro = f"On {gmail_when(desk_sent)} {DESK[0]} <{DESK[1]}> wrote:"
    ref = desk_id("s18")
    return gmail(
        "s18",
        MIKE,
        "Re: Fwd: Cresthaven delivery - cracked check valve",
        when,
        body,
        reply=(ref, f"{gmail_msgid('s01')} {ref}"),
        quoted=gmail_reply(intro, inner),
        qhtml=gmail_quote_html(intro, inner),
        cc=[KAREN],
    )


def s19():
    when = at("2026-11-16 08:20", "CT")
    tyrell_sent = at("2026-11-13 16:41", "CT")
    tyrell = para("""
        Luis, uncrated the gas heaters for Bldg C. One of them has the jacket caved in on the back and the gas valve knob snapped off. The crate had a forklift hole in it. Other 2 heaters look good. It's still in the crate in the boiler room. Pic of the box label attached.

        Tyrell
        """)
    body = para("""
        Tina, see below from Tyrell. This is one of the 3 gas heaters from PO 70288 (Estes brought them Wednesday). The expansion tanks are fine. Photo of the carton label attached.

        Luis Ortega
        Maintenance Supervisor
        Harbor Point Property Management

        Sent from my iPhone
        """) + iphone_forward(
        name_addr(TYRELL), tyrell_sent, name_addr(LUIS), "heater Bldg C", tyrell
    )
    photo = attachment(carton_label_photo(), "image/jpeg", "IMG_4471.jpeg")
    return iphone("s19", LUIS, "Fwd: heater Bldg C", when, body, "exo", [photo])


def s20():
    when = at("2026-11-17 10:40", "ET")
    wes_sent = at("2026-11-16 15:05", "ET")
    body = (
        para("""
        Hi Tina,

        We'd like to return the 15 black unions Wes lists below (PO 77830). They're still in the sealed bags. We are keeping the check valve and the 2 condensate pumps for another job. Please send an RMA.

        Thank you,

        """)
        + SIG_BRIANNA
    )
    wes = para("""
        Brianna,

        Aldridge is closed out. Left on the shelf from PO 77830:
        - 15 of the 1-1/2" black malleable unions (3 sealed bags of 5)
        - 1 of the 3" check valves
        - 2 condensate pumps

        Do you want any of it sent back to Cardinal?

        Wes
        """)
    block = outlook_block(
        name_addr(WES), wes_sent, name_addr(BRIANNA), "leftover material - Aldridge", wes
    )
    return outlook_desktop("s20", BRIANNA, "FW: leftover material - Aldridge", when, body, [block])


def s21():
    when = at("2026-11-18 08:30", "CT")
    linda_sent = at("2026-11-11 10:05", "CT")
    body = para("""
        Tina, please ignore my note below about the basic stats. Receiving found the missing 2 at the bottom of the wifi stat box, so all 20 are here. Sorry about that!

        Linda
        """)
    raj_intro, raj_text = s16_quote()
    inner = S16_BODY + gmail_reply(raj_intro, raj_text)
    intro = f"On {gmail_when(linda_sent)} {LINDA[0]} <{LINDA[1]}> wrote:"
    return gmail(
        "s21",
        LINDA,
        "Re: PO 60418 - 2 wifi stats DOA",
        when,
        body,
        reply=(gmail_msgid("s16"), gmail_msgid("s16")),
        quoted=gmail_reply(intro, inner),
        qhtml=gmail_quote_html(intro, inner),
    )


def s22():
    when = at("2026-11-18 13:10", "CT")
    devon_sent = at("2026-11-17 17:02", "CT")
    ayesha_sent = at("2026-11-17 14:15", "CT")
    body = (
        para("""
        Hi Tina,

        See below, Devon says to send it to you. 4 extra cases, they're on a pallet by our dock door whenever your driver can grab them.

        """)
        + SIG_AYESHA
    )
    first = para("""
        Devon, the UPS delivery for PO 60455 is checked in. Pumps 10 and stats 12 match. Filters: the packing slip says 20 cases but we have 24 on the shelf. Should I call Cardinal?

        Ayesha
        """)
    devon = "Send it to Cardinal, I don't want it showing up on a bill later.\n\nDevon\n" + (
        gmail_reply(f"On {gmail_when(ayesha_sent)} {AYESHA[0]} <{AYESHA[1]}> wrote:", first)
    )
    fwd = gmail_forward(
        name_addr(DEVON),
        devon_sent,
        "Re: PO 60455 filters - extra cases",
        name_addr(AYESHA),
        devon,
    )
    return gmail(
        "s22",
        AYESHA,
        "Fwd: PO 60455 filters - extra cases",
        when,
        body,
        quoted=fwd,
        qhtml=gmail_fwd_html(fwd),
    )


def s23():
    when = at("2026-11-19 07:30", "ET")
    desk_sent = at("2026-11-18 13:15", "ET")
    nate_sent = at("2026-11-18 07:52", "ET")
    body = para("""
        shipping. carton was caved in on one corner when it came, we just didnt open it till monday. never installed, its still in the box.

        nate
        """)
    desk = para("""
        Hi Nate,

        Was it damaged in shipping, or did it fail after it was installed? That decides whether it goes on a freight claim or a warranty claim.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    first = para("""
        one of the 4 3/4 PRVs from po 24530 has the bell housing cracked, can you send another

        nate
        """)
    inner = desk + gmail_reply(f"On {gmail_when(nate_sent)} {NATE[0]} <{NATE[1]}> wrote:", first)
    intro = f"On {gmail_when(desk_sent)} {DESK[0]} <{DESK[1]}> wrote:"
    ref = desk_id("s23")
    return gmail(
        "s23",
        NATE,
        "Re: po 24530 cracked prv",
        when,
        body,
        reply=(ref, f"{gmail_id('s23', 1)} {ref}"),
        quoted=gmail_reply(intro, inner),
        qhtml=gmail_quote_html(intro, inner),
    )


def s24():
    when = at("2026-11-19 10:20", "CT")
    marcy_sent = at("2026-11-18 16:05", "CT")
    body = para("""
        Tina - checked the PO 70296 delivery from Monday like Marcy asked. 2 of the 3/4 ball valves are threaded, we ordered sweat. Need 2 sweat ones, I'll send the threaded back with your driver. Also the 2 expansion tanks weren't on the truck. Registers all 40 there.

        Tyrell Jackson
        Maintenance Technician
        Harbor Point Property Management
        """)
    marcy = para("""
        Tyrell, can you check the Cardinal delivery from Monday (PO 70296) before we close it out? 40 registers and 12 ball valves, and I think the 2 expansion tanks for Bldg C were on it too. Reply all so Tina sees it.

        Marcy
        """)
    quoted = mobile_block(
        name_addr(MARCY),
        marcy_sent,
        name_addr(TYRELL),
        "PO 70296 check",
        marcy,
        cc=name_addr(DESK),
    )
    ref = exo_id("s24", 1, "SA1PR05", 5)
    return outlook_mobile(
        "s24",
        TYRELL,
        "RE: PO 70296 check",
        when,
        body,
        app="Android",
        reply=(ref, ref),
        quoted=quoted,
        cc=[MARCY],
    )


def s25():
    when = at("2026-11-20 09:00", "CT")
    hector_sent = at("2026-11-19 17:40", "CT")
    body = para("""
        Hi Tina,

        Zacate Creek is finished and we have 2 of the 3/4" pressure reducing valves left from PO 40962, still boxed and never installed. We'd like to return them for credit (Hector's note is below). Please let me know if you need an RMA number or if your driver can just pick them up.

        Thank you,

        Yesenia Tovar
        Office Assistant
        Delgado & Sons Plumbing
        1120 W Business 83, McAllen, TX 78501
        (956) 555-0141 ext 3
        """)
    hector = para("""
        Yesenia, Zacate Creek done. Left over: 2 PRV 3/4 in the box, 1 stick copper (we keep it for the Alton job). Elbows all used. Please send the 2 PRV back to Cardinal.

        Hector
        """)
    block = outlook_block(
        name_addr(HECTOR), hector_sent, name_addr(YESENIA), "Zacate Creek sobrante", hector
    )
    return outlook16("s25", YESENIA, "Return - 2 PRVs - PO 40962", when, body, "smtp", [block])


S26_NOTICE = para("""
    SHIPMENT NOTICE

    Sales order SO-104233 / your PO 77812
    Shipment SH-55121 from DC-WEST via Estes Express, shipped 11/03/2026
    Ship to: Cedar Hollow jobsite, Keystone Mechanical Contractors

      Qty  Item              Description
       12  VLV-0750-PRV      3/4" water pressure reducing valve, 25-75 psi
        6  PIP-PEX-075-300   3/4" PEX-A tubing, 300 ft coil

    Questions about this shipment: returns@cardinalvalley.example
    """)


def s26():
    when = at("2026-11-23 07:05", "ET")
    tom_sent = at("2026-11-20 18:14", "ET")
    notice_sent = at("2026-11-03 09:02", "ET")
    body = para("""
        Hello Tina, this is Sergei, foreman for Keystone at Cedar Hollow. I write from my own email, the work one does not work on my phone.

        One of the 3/4 PEX coils on this order is PEX-B, not PEX-A. The label on the coil says PEX-B (photo). We cannot use it with the expansion fittings. Please exchange 1 coil. The other 5 are PEX-A, OK.

        Sergei Volkov
        Keystone Mechanical - Cedar Hollow
        """)
    tom = (
        "Sergei - fyi, the shipment notice for the PRVs and PEX. Send Tina anything you find.\n"
        + (
            gmail_forward(
                name_addr(SHIPPING),
                notice_sent,
                "Shipment notice - SO-104233 / PO 77812",
                TOM[1],
                S26_NOTICE,
            )
        )
    )
    intro = f"On {tom_sent:%a, %b} {tom_sent.day}, {tom_sent.year}, {clock(tom_sent)} {TOM[0]} <{TOM[1]}> wrote:"
    photo = gmail_file(coil_label_photo(), "image/jpeg", "IMG_20261121_154210.jpg", "s26")
    ref = exo_id("s26", 1)
    return gmail(
        "s26",
        SERGEI,
        "Re: Fwd: Shipment notice - SO-104233 / PO 77812",
        when,
        body,
        [photo],
        reply=(ref, ref),
        quoted=gmail_reply(intro, tom),
        qhtml=gmail_quote_html(intro, tom),
        via="gmail",
    )


def s27():
    """Outlook set to plain text: one text/plain part, the quote behind '>'."""
    when = at("2026-11-23 13:30", "CT")
    desk_sent = at("2026-11-20 14:44", "CT")
    body = (
        para("""
        Hi Tina,

        Thank you for the list. Our auditors now need signed delivery receipts for the invoices below before we can release payment. Could you send copies of the PODs, or point me to whoever in your office handles that?

        INV-88160  PO 70231
        INV-88171  PO 70288 (I know the damaged heater claim is still open on this one, we'll keep holding it until that's settled)

        Thank you,

        """)
        + SIG_GRACE
    )
    desk = para("""
        Hi Grace,

        As you asked, the returns and claims on your account this month:

        PO 70231 - 12 extra floor registers, picked up 11/12; 1 thermostat with a cracked display, replaced, credit memo CM-40318 $29.50
        PO 70288 - 1 x 50 gal gas water heater, damaged in transit, under review

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    text = (
        body
        + "\n-----Original Message-----\n"
        + (
            f"From: {name_addr(DESK)}\nSent: {outlook_sent(desk_sent)}\nTo: {name_addr(GRACE)}\n"
            "Subject: RE: November statement - Harbor Point Property Management\n\n"
        )
        + quote(desk)
    )
    ref = desk_id("s27")
    rows = exo_headers(
        "s27",
        GRACE,
        "RE: November statement - Harbor Point Property Management",
        when,
        reply=(ref, ref),
    )
    return single("s27", GRACE, when, "exo", rows, 'text/plain; charset="us-ascii"', text)


def s28():
    when = at("2026-11-24 11:10", "ET")
    mike_sent = at("2026-11-23 16:25", "ET")
    body = (
        para("""
        Hi Tina,

        Per Mike's note below, can we send both of these back for credit? Neither one was ever installed and both are still in the crates they came in. PO 24415.

        Thanks,
        Karen

        """)
        + SIG_KAREN
    )
    mike = para("""
        Karen,

        The Cresthaven owner pulled the backflow work out of our contract, the water authority is doing it with their own contractor. We had already set one of the 3" check valves on the pump discharge, but the RPZ and the other check valve (the replacement Cardinal sent for the cracked one) are sitting in the shop. Can we send those 2 back to Cardinal?

        Mike
        """)
    fwd = gmail_forward(
        name_addr(MIKE),
        mike_sent,
        "Cresthaven - backflow out of our scope",
        name_addr(KAREN),
        mike,
    )
    return gmail(
        "s28",
        KAREN,
        "Fwd: Cresthaven - backflow out of our scope",
        when,
        body,
        quoted=fwd,
        qhtml=gmail_fwd_html(fwd),
    )


def s29():
    when = at("2026-11-24 14:35", "CT")
    hector_sent = at("2026-11-23 18:12", "CT")
    body = para("""
        Hi Tina,

        Hector went through what's left from PO 40988 (his note is below). Two things:

        1. Two of the 20 ft pieces of 2" black pipe you cut for us are Schedule 80, not Schedule 40 - it's stamped on the pipe. That's 40 ft of the wrong pipe. We need 40 ft of Sch 40 to finish, and you can have the Sch 80 back.
        2. We'd like to return the 3 ball valves and the 2 unions that are left, all unused.

        Thank you,
        Rosa Delgado
        Delgado & Sons Plumbing
        (956) 555-0141
        """)
    hector = para("""
        Rosa, PO 40988 lo que queda: 2 tubos negros de 2in son cedula 80, no 40, mira el sello en el tubo. 3 valvulas de bola 1in sin usar, 2 uniones negras sin usar. Las 4 galvanizadas ya se regresaron al counter.

        Hector
        """)
    quoted = apple_reply(hector_sent, name_addr(HECTOR), hector)
    return apple_mail(
        "s29",
        ROSA,
        "Re: PO 40988 lo que queda",
        when,
        body,
        quoted,
        reply=(f"<{uuid('ios', 's29h')}@delgadosons.com>",) * 2,
    )


def s30():
    when = at("2026-11-25 10:05", "CT")
    desk_sent = at("2026-11-24 16:20", "CT")
    body = para("""
        Thank you Tina, got it. Have a nice Thanksgiving!

        Rosa
        """)
    desk = para("""
        Hi Rosa,

        Credit memo CM-40291 has been posted to your account for PO 40962:
          20 x 1" wrot copper 90 elbow (short shipment, recount confirmed) @ $3.05 = $61.00

        The 2 pressure reducing valves you are returning (not needed) will be credited once they are back in our warehouse, less the restocking fee.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    quoted = apple_reply(desk_sent, name_addr(DESK), desk)
    ref = desk_id("s30")
    return apple_mail(
        "s30", ROSA, "Re: Credit memo CM-40291 - PO 40962", when, body, quoted, reply=(ref, ref)
    )


def s31():
    when = at("2026-11-30 08:20", "ET")
    body = (
        para("""
        Tina,

        Hope you had a good Thanksgiving. Two items on PO 77790 (Linden Court):

        - One of the 1" full port ball valves is weeping at the stem packing. Tightening the packing nut doesn't stop it. It has been cut out and replaced from our stock; please send a replacement and I'll send the bad one back.
        - We also have 4 of those same 1" ball valves left over, never installed. We'd like to return them.

        Thanks,

        """)
        + SIG_TOM
    )
    return outlook_desktop("s31", TOM, "PO 77790 - ball valve + return", when, body)


def s32():
    when = at("2026-11-30 10:40", "CT")
    luca_sent = at("2026-11-27 15:48", "CT")
    body = para("""
        Tina,

        Below from Luca on the Oakridge service call. The pump came off PO 60455. Please replace it under warranty; Luca has it in his van.

        Also on the same PO, we'd like to send back 4 of the basic non-programmable thermostats. The job they were for switched to the wifi model and they are still sealed.

        Devon Price
        Service Manager | Summit HVAC Services
        918-555-0152
        """)
    luca = para("""
        Devon, the condensate pump we put in at Oakridge last week quit. Float switch is stuck, safety switch never opens, so it ran nonstop and got hot. Pulled it and put a new one from the van. That's 1 bad pump out of the 10 we got this month.

        Luca
        """)
    fwd = gmail_forward(
        name_addr(LUCA), luca_sent, "Oakridge - condensate pump", name_addr(DEVON), luca
    )
    return gmail(
        "s32",
        DEVON,
        "Fwd: Oakridge - condensate pump",
        when,
        body,
        quoted=fwd,
        qhtml=gmail_fwd_html(fwd),
    )


def s33():
    when = at("2026-12-01 09:15", "ET")
    body = (
        para("""
        Hi Tina,

        Going through October for our year-end, two things on PO 24388 (INV-88061). Our recon export is attached.

        1. The four 3" check valves were billed at $198.00 each. The quote from your inside sales (Q-26-0412) was $184.00, so we were overbilled $14.00 x 4 = $56.00. Please credit the difference.
        2. The 30 1-1/2" black unions on the same order never got used - the job went to grooved. We'd like to return all 30.

        Thanks,
        Carla

        """)
        + SIG_CARLA
    )
    sheet = gmail_file(recon_csv(), "text/csv", "recon_INV-88061.csv", "s33")
    return gmail(
        "s33", CARLA, "Statement reconciliation - PO 24388 / INV-88061", when, body, [sheet]
    )


def s34():
    when = at("2026-12-02 08:50", "CT")
    rosa_sent = at("2026-12-01 15:22", "CT")
    rosa = para("""
        Hi Luis,

        The heater in 4B is one of the two 40 gal electric heaters we bought from Cardinal Valley Supply in October, their order SO-104216 (our PO 40917). It is under the manufacturer's warranty, so please send the claim to Cardinal's returns desk at returns@cardinalvalley.example and mention that order number. We will swap it as soon as they send the new one.

        Rosa Delgado
        Delgado & Sons Plumbing
        """)
    body = para("""
        Tina, forwarding from Delgado & Sons, they installed this heater for us at Bayside Court unit 4B and say it goes through you for warranty. It's leaking at the bottom of the tank, we shut it off and drained it. Can you replace it?

        Luis Ortega
        Maintenance Supervisor
        Harbor Point Property Management

        Sent from my iPhone
        """) + iphone_forward(
        name_addr(ROSA),
        rosa_sent,
        name_addr(LUIS),
        "Re: water heater unit 4B Bayside",
        rosa,
    )
    return iphone("s34", LUIS, "Fwd: water heater unit 4B Bayside", when, body, "exo")


def s35():
    when = at("2026-12-02 14:05", "ET")
    desk_sent = at("2026-10-30 09:12", "ET")
    body = (
        para("""
        Hi Tina,

        Any update on the credit memo for the copper tube price difference on INV-88098? We close November on Friday and I'd like to match it before then.

        """)
        + SIG_DANA
    )
    desk = para("""
        Hi Dana,

        Agreed, the tube should have been $71.80. A credit memo for $138.00 (30 x $4.60) against INV-88098 has been approved and will post shortly.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    blocks = [
        outlook_block(
            name_addr(DESK), desk_sent, name_addr(DANA), "RE: Copy of invoice INV-88098", desk
        ),
        outlook_block(
            name_addr(DANA),
            at("2026-10-29 13:40", "ET"),
            name_addr(DESK),
            "RE: Copy of invoice INV-88098",
            S04_BODY,
        ),
    ]
    ref = desk_id("s35")
    return outlook_desktop(
        "s35", DANA, "RE: Copy of invoice INV-88098", when, body, blocks, reply=(ref, ref)
    )


def s36():
    when = at("2026-12-03 09:30", "CT")
    ben_sent = at("2026-12-02 11:47", "CT")
    body = para("""
        Hi Tina,

        Please see below from Ben at Alvarado Builders. These are the 2 expansion tanks that went in with the gas heaters from our PO 40611, October last year. Both bladders failed. Are they still under warranty? If so we'd like 2 replacements.

        Thank you,
        Rosa Delgado
        Delgado & Sons Plumbing
        (956) 555-0141
        """)
    ben = para("""
        Rosa,

        Homeowner at Rio Bravo 2 called about the relief valve dripping. Your guy came out and found both expansion tanks on the heaters waterlogged, they won't hold an air charge. Heaters are fine. Can you get those replaced? Both tanks went in October 2025 with the heaters.

        Ben Alvarado
        Alvarado Builders LLC
        (956) 555-0190
        """)
    quoted = apple_forward(
        name_addr(BEN), ben_sent, name_addr(ROSA), "Rio Bravo duplexes - expansion tanks", ben
    )
    return apple_mail("s36", ROSA, "Fwd: Rio Bravo duplexes - expansion tanks", when, body, quoted)


def s37():
    """An HTML-only reply sent through Harbor Point's help-desk system, thread below."""
    when = at("2026-12-04 10:10", "CT")
    desk_sent = at("2026-12-02 09:40", "CT")
    first_sent = at("2026-12-01 16:15", "CT")

    def ps(text):
        return "".join(
            f'<p style="margin:0 0 10px">{html.escape(p, quote=False).replace(chr(10), "<br>")}</p>'
            for p in text.strip("\n").split("\n\n")
        )

    new = para("""
        Hi Tina,

        Sorry for the slow answer. Our purchasing system shows PO 70313 for that thermostat. It's 1 of the basic 24V non-programmable ones; it went into unit 1204 and the display never came on, so the tech put in a spare.

        Thank you,
        Marcy Bellamy
        Property Manager, Bayside Court
        """)
    desk = para("""
        Hi Marcy,

        Happy to replace the thermostat. Which PO or invoice was it on? I need it to find the order.

        Tina Sorensen
        Returns & Credits | Cardinal Valley Supply
        """)
    first = para("""
        Ticket HD-7731 - Bayside Court unit 1204

        Tina, the new thermostat in unit 1204 is dead on install, no display. Can Cardinal Valley replace it? The rest of the unit turnover is done.

        Marcy Bellamy
        """)

    def older(when_, who, text):
        return (
            '<div style="border-top:1px solid #ccc;margin-top:14px;padding-top:8px;color:#555">'
            f'<p style="margin:0 0 8px;font-size:12px"><b>{html.escape(who)}</b> wrote on '
            f"{when_:%b} {when_.day}, {when_.year}, {clock(when_)}:</p>{ps(text)}</div>"
        )

    markup = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">'
        '<div style="color:#999;font-size:12px">##- Please type your reply above this line -##'
        "</div>"
        '<p style="color:#555;font-size:12px">Ticket <b>HD-7731</b> &middot; Bayside Court '
        "unit 1204 &middot; Status: Waiting on vendor</p>"
        + ps(new)
        + older(desk_sent, f"{DESK[0]} ({DESK[1]})", desk)
        + older(first_sent, "Marcy Bellamy (Harbor Point)", first)
        + '<p style="color:#999;font-size:11px;margin-top:18px">Sent by FixFlow Help Desk for '
        "Harbor Point Property Management. Reply to this email to add a comment to ticket "
        "HD-7731.</p></body></html>\n"
    )
    ref = desk_id("s37")
    rows = [
        ("From", addr(HELPDESK)),
        ("Reply-To", addr(HELPDESK)),
        ("To", addr(DESK)),
        ("Subject", "RE: [HD-7731] Thermostat replacement - Bayside Court 1204"),
        ("Date", rfc(when)),
        ("Message-ID", f"<{uuid('fx', 's37').lower()}@em.fixflow-mail.example>"),
        ("In-Reply-To", ref),
        ("References", ref),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "FixFlow Help Desk"),
    ]
    return single(
        "s37",
        HELPDESK,
        when,
        "helpdesk",
        rows,
        "text/html; charset=utf-8",
        markup,
        cte="quoted-printable",
    )


def s38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Circulator on boiler #2 at the Eastgate school job (our PO 76115) seized. Bearing "
        "noise for a couple of weeks, now locked rotor, the thermal overload trips. Installed "
        "October 2025. Pump is off the boiler and tagged."
    )
    line = {"sku": "PMP-CIRC-015", "quantity": 1, "reason": "DEFECTIVE"}
    text = (
        "{\n"
        '  "order_number": "SO-104201",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def s39():
    """A mail thread saved as text and uploaded, CRLF line ends."""
    text = para("""
        Subject: Re: copper on SO-104230
        ------------------------------------------------------------

        From: Carla Mendes <cmendes@riverbendph.com>
        Sent: Mon, Nov 16, 2026 9:02 AM
        To: Nate Fulton <nfulton@riverbendph.com>

        Will do, I'll put it in through the portal this week.

        ------------------------------------------------------------

        From: Nate Fulton <nfulton@riverbendph.com>
        Sent: Mon, Nov 16, 2026 7:20 AM
        To: Carla Mendes <cmendes@riverbendph.com>
        Subject: copper on SO-104230

        Carla, 2 of the 1" type L sticks from the Millbrook delivery (SO-104230) are dented in the middle, looks like they rode under the tee boxes in the truck. Can't use them for the risers. Other 8 are fine. Can you put in a claim with Cardinal for the 2?

        Nate
        """)
    return crlf(text.encode("ascii"))


def s40():
    """Text messages pasted into a note and uploaded, LF line ends."""
    text = para("""
        texts w/ Dre re: Westlake filters

        [12/1 7:42 AM] Dre: filters for westlake came. 16x25x1 merv 11. supposed to be 6 cases, only 4 on the pallet
        [12/1 7:44 AM] Dre: so 2 cases short
        [12/1 7:50 AM] Office: which PO is that on?
        [12/1 7:53 AM] Dre: dont know, the slip got soaked in the rain, cant read the number
        [12/1 7:55 AM] Office: ok I'll send it in to Cardinal Valley, they can look it up
        """)
    return text.encode("ascii")


BUILD = {
    "s01-riverbend-karen-fw-nate-check-valve-flange.eml": s01,
    "s02-keystone-wes-re-how-many-filter-cases.eml": s02,
    "s03-summit-ayesha-fw-order-ack-has-it-shipped.eml": s03,
    "s04-keystone-dana-re-invoice-copy-copper-price.eml": s04,
    "s05-delgado-hector-fwd-own-note-elbows-short.eml": s05,
    "s06-keystone-brianna-fw-foreman-wrong-valves.eml": s06,
    "s07-summit-ayesha-re-it-came-extra-tile.eml": s07,
    "s08-keystone-wes-re-thanks-cases-came.eml": s08,
    "s09-riverbend-carla-correction-ten-not-twelve.eml": s09,
    "s10-keystone-tom-fw-super-gate-valves-elbows.eml": s10,
    "s11-keystone-jorge-re-ship-notice-same-valves.eml": s11,
    "s12-harbor-marcy-fw-tyrell-count-registers.eml": s12,
    "s13-keystone-dana-fw-brianna-pump-price-pdf.eml": s13,
    "s14-riverbend-carla-out-of-office.eml": s14,
    "s15-summit-raj-wifi-stats-doa.eml": s15,
    "s16-summit-linda-re-adding-basic-stats-short.eml": s16,
    "s17-delgado-hector-fwd-will-call-galv-unions.eml": s17,
    "s18-riverbend-mike-re-other-po-ball-valves.eml": s18,
    "s19-harbor-luis-fw-tyrell-heater-label-photo.eml": s19,
    "s20-keystone-brianna-re-wes-leftover-unions.eml": s20,
    "s21-summit-linda-re-found-them-ignore.eml": s21,
    "s22-summit-ayesha-fw-devon-extra-filter-cases.eml": s22,
    "s23-riverbend-nate-re-shipping-not-install.eml": s23,
    "s24-harbor-tyrell-re-marcy-valves-and-tanks.eml": s24,
    "s25-delgado-yesenia-leftover-prvs.eml": s25,
    "s26-keystone-sergei-gmail-pex-b-coil-label.eml": s26,
    "s27-harbor-grace-re-statement-pod-copies.eml": s27,
    "s28-riverbend-karen-fw-mike-rpz-job-pulled.eml": s28,
    "s29-delgado-rosa-re-hector-sch80-and-leftovers.eml": s29,
    "s30-delgado-rosa-re-credit-memo-thanks.eml": s30,
    "s31-keystone-tom-valve-weeps-and-four-back.eml": s31,
    "s32-summit-devon-fw-tech-pump-and-spare-stats.eml": s32,
    "s33-riverbend-carla-statement-recon-csv.eml": s33,
    "s34-harbor-luis-fw-delgado-heater-unit-4b.eml": s34,
    "s35-keystone-dana-re-any-update-on-credit.eml": s35,
    "s36-delgado-rosa-fw-gc-tanks-waterlogged.eml": s36,
    "s37-harbor-marcy-helpdesk-re-po-number.eml": s37,
    "s38-portal-circulator-school-boiler.json": s38,
    "s39-upload-saved-thread-dented-copper.txt": s39,
    "s40-upload-pasted-texts-filters-short.txt": s40,
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
