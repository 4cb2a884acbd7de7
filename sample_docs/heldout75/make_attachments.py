"""Write every request file of heldout75: property and facility maintenance buyers.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Monday 2026-10-26 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. The set is about the buyers behind maintenance work: a contractor's service team
on a school district's contract, a plumbing contractor on a hospital's plant, an HVAC service
company on apartment make-readies, a property management company's techs, community managers,
purchasing and payables, a plumbing shop working for a school district. Work orders, unit and
building numbers, hospital and district ticket numbers, approval chains and purchasing rules sit
around every claim. Some of the requests claim nothing.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date; the scans are Pillow pages embedded as JPEG), photos
with Pillow (fixed drawing, tilt, blur and JPEG quality); both come with the project's virtual
environment.

The MIME and header helpers (tok, at, rfc, fold, Part, leaf, blob, multi, envelope, mail, the
Outlook/Exchange, Gmail, Apple Mail, iPhone Mail, Samsung and Thunderbird layouts, the PDF and
photo helpers) are adapted from sample_docs/heldout74/make_attachments.py; the Gmail forward,
the Thunderbird reply, the scanned-PDF helper, every person, text, number and attachment are
this set's own.
"""

import base64
import hashlib
import html
import io
import json
import quopri
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# ------------------------------------------------------------------ who writes

DESK = ("Brightwater Claims Desk", "claims@brightwatersupply.example")
KEVIN = ("Kevin Ashby", "claims@brightwatersupply.example")
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time.
# Service contract with Kreutz Creek School District.
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
JEN = ("Jennifer Alvarado", "jalvarado@keystonemech.com")
GARY = ("Gary Hoffner", "ghoffner@keystonemech.com")
NICK = ("Nick Paulus", "npaulus@keystonemech.com")
RON = ("Ron Hake", "rhake@kcsd.example")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time.
# Plumbing contractor at West Fork Regional Medical Center.
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
DOUG = ("Doug Stalnaker", "dstalnaker@riverbendph.com")
AMBER = ("Amber Cottrill", "acottrill@riverbendph.com")
WES = ("Wes Hardman", "whardman@westforkmed.example")
WFRMC_MM = ("WFRMC Materials Management", "materials@westforkmed.example")
# Summit HVAC Services (C-1003), Google Workspace, Central time.
# Service contracts on apartment communities managed by Crescent Lane Residential.
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
MARIA = ("Maria Esquivel", "purchasing@summithvac.net")
CODY = ("Cody Rains", "crains@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time.
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
SHARON = ("Sharon Nguyen", "purchasing@harborpointpm.com")
ANDRE = ("Andre Fontenot", "afontenot@harborpointpm.com")
JORGE = ("Jorge Villanueva", "jvillanueva@harborpointpm.com")
TASHA = ("Tasha Greene", "tgreene@harborpointpm.com")
RESIDENT_PORTAL = ("Mission Trace Resident Services", "noreply@residents.harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time.
# Maintenance work for Mission Creek ISD.
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
RUBEN = ("Ruben Delgado", "ruben@delgadosons.com")
BETO = ("Beto Salinas", "beto@delgadoplumbing.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam11on2118.outbound.protection.outlook.com", "40.107.236.118"),
    "gws": ("mail-qk1-f181.google.com", "209.85.222.181"),
    "hosted": ("out2.smtp.txhostworks.example", "203.0.113.77"),
}

ZONES = {"ET": (-4, -5), "CT": (-5, -6)}
ZONE_NAMES = {"ET": ("EDT", "EST"), "CT": ("CDT", "CST")}

FONTS = "/usr/share/fonts/truetype"


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
    return base.replace(tzinfo=timezone(timedelta(hours=offset), label)) + timedelta(seconds=sec)


def shown_in(when, zone):
    """The same moment on the wall clock of a reader in ET or CT (as a mail program shows it)."""
    utc = when.astimezone(UTC)
    summer = utc < datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    offset = ZONES[zone][0 if summer else 1]
    label = ZONE_NAMES[zone][0 if summer else 1]
    return utc.astimezone(timezone(timedelta(hours=offset), label))


def rfc(when, utc=False):
    if utc:
        when = when.astimezone(UTC)
    return f"{when:%a}, {when.day} {when:%b %Y %H:%M:%S %z}"


def rfc_padded(when):
    """Thunderbird writes the day of the month with two digits."""
    return f"{when:%a, %d %b %Y %H:%M:%S %z}"


def clock(when):
    return f"{when.hour % 12 or 12}:{when:%M} {when:%p}"


def outlook_sent(when):
    return f"{when:%A, %B} {when.day}, {when.year} {clock(when)}"


def gmail_when(when):
    return f"{when:%a, %b} {when.day}, {when.year} at {clock(when)}"


def apple_when(when):
    return f"{when:%b} {when.day}, {when.year}, at {clock(when)}"


def uuid(*parts):
    h = tok(*parts, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def para(text):
    return textwrap.dedent(text).lstrip("\n")


def quote(text, mark="> "):
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


def desk_msgid(key):
    return f"<{tok('desk', key, n=24)}.claims@brightwatersupply.example>"


# ------------------------------------------------------------------ headers and MIME


def word(value):
    if value.isascii():
        return value
    return "=?UTF-8?B?" + base64.b64encode(value.encode()).decode() + "?="


def addr(person):
    name, mail_addr = person
    if any(c in name for c in "'.,&()"):
        return f'"{name}" <{mail_addr}>'
    return f"{name} <{mail_addr}>"


def addrs(people):
    return ", ".join(addr(p) for p in people)


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


def needs_qp(text):
    return any(len(r) > 76 for r in text.split("\n")) or not text.isascii()


def leaf(ctype, content, cte=None):
    if cte is None:
        cte = "quoted-printable" if needs_qp(content) else "7bit"
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
        encode_body(content.encode("utf-8"), cte),
    )


def blob(ctype, filename, data, disposition="attachment", extra=()):
    """A binary attachment, base64 in lines of 76."""
    rows = [("Content-Type", f'{ctype}; name="{filename}"')]
    rows += [("Content-Disposition", f'{disposition}; filename="{filename}"')]
    rows += [*extra, ("Content-Transfer-Encoding", "base64")]
    return Part(rows, encode_body(data, "base64"))


def multi(kind, boundary, parts):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p.head() + b"\r\n" + p.body
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f'multipart/{kind}; boundary="{boundary}"')], out)


def envelope(key, person, when, via):
    """Return-Path and our MX's Received line, a few seconds after the Date."""
    host, ip = SENDERS[via]
    got = (when + timedelta(seconds=3 + int(tok("rx", key, n=2), 16) % 13)).astimezone(UTC)
    qid = tok("qid", key, n=11).upper()
    return (
        f"Return-Path: <{person[1]}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4f{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
    ).encode("ascii")


def mail(key, person, when, via, headers, part):
    rows = "".join(fold(k, v) + "\r\n" for k, v in headers).encode("ascii")
    return envelope(key, person, when, via) + rows + part.head() + b"\r\n" + part.body


def divs(text, tag="div"):
    out = []
    for row in text.split("\n"):
        out.append(f"<{tag}>{html.escape(row, quote=False) or '<br>'}</{tag}>")
    return "\n".join(out)


def with_files(key, alt, files, style):
    """Wrap a body part and attachments in multipart/mixed, boundary in the sender's style."""
    if not files:
        return alt
    if style == "outlook":
        boundary = f"_004_{tok('mix', key, n=36).upper()}_"
    elif style == "gmail":
        boundary = "000000000000" + tok("gm", key, n=14)
    elif style == "apple":
        boundary = "Apple-Mail=_" + uuid("amx", key)
    elif style == "samsung":
        boundary = "--_com.samsung.android.email_" + str(int(tok("smx", key, n=12), 16))
    else:
        boundary = "------------" + tok("tbx", key, n=24)
    return multi("mixed", boundary, [alt, *files])


# ------------------------------------------------------------------ quoted history


class Msg:
    """An earlier message of a thread, as a reply or forward shows it."""

    def __init__(self, person, when, to, subject, body, cc=(), table=None):
        self.person = person
        self.when = when
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.table = table

    def text(self):
        """The body as text; a '[table]' line becomes the table's rows, tab-separated."""
        rows = "\n".join("\t".join(r) for r in self.table or ())
        return self.body.rstrip("\n").replace("[table]", rows)

    def word_html(self):
        if not self.table:
            return word_paras(self.body.rstrip("\n"))
        top, _, bottom = self.body.rstrip("\n").partition("[table]")
        return (
            word_paras(top.rstrip("\n"))
            + "\n"
            + word_table(self.table)
            + "\n"
            + word_paras(bottom.lstrip("\n"))
        )


def outlook_head(m):
    """The header block Outlook puts above a quoted or forwarded message."""
    rows = [f"From: {name_addr(m.person)}", f"Sent: {outlook_sent(m.when)}"]
    rows += [f"To: {'; '.join(name_addr(p) for p in m.to)}"]
    if m.cc:
        rows += [f"Cc: {'; '.join(name_addr(p) for p in m.cc)}"]
    rows += [f"Subject: {m.subject}"]
    return "\n".join(rows)


def outlook_history_text(history):
    out = ""
    for m in history:
        out += "\n" + outlook_head(m) + "\n\n" + m.text() + "\n"
    return out


def outlook_history_html(history):
    out = ""
    for m in history:
        rows = [
            f"<b>From:</b> {html.escape(name_addr(m.person), quote=False)}",
            f"<b>Sent:</b> {outlook_sent(m.when)}",
            f"<b>To:</b> {html.escape('; '.join(name_addr(p) for p in m.to), quote=False)}",
        ]
        if m.cc:
            cc = "; ".join(name_addr(p) for p in m.cc)
            rows += [f"<b>Cc:</b> {html.escape(cc, quote=False)}"]
        rows += [f"<b>Subject:</b> {html.escape(m.subject, quote=False)}"]
        out += (
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '\n<p class="MsoNormal">' + "<br>\n".join(rows) + "<o:p></o:p></p>\n</div>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + m.word_html()
        )
    return out


def gmail_intro(m):
    return f"On {gmail_when(m.when)} {m.person[0]} <{m.person[1]}> wrote:"


def gmail_history_text(history):
    """Gmail quotes each earlier message inside the one after it."""
    out = ""
    for m in reversed(history):
        inner = m.body.rstrip("\n") + "\n"
        if out:
            inner += "\n" + out
        out = gmail_intro(m) + "\n\n" + quote(inner)
    return out


def gmail_history_html(history):
    out = ""
    for m in reversed(history):
        inner = gmail_rows(m.body)
        if out:
            inner += "<br>" + out
        out = (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + html.escape(gmail_intro(m), quote=False)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + inner
            + "</blockquote></div>"
        )
    return out


def gmail_fwd_rows(m):
    return [
        ("From", m.person),
        ("Date", f"{m.when:%a, %b} {m.when.day}, {m.when.year} at {clock(m.when)}"),
        ("Subject", m.subject),
        ("To", m.to),
    ]


def gmail_forward_text(m):
    """Gmail's forward: a dashed line, the header rows, two empty lines, the message."""
    rows = ["---------- Forwarded message ---------"]
    for label, value in gmail_fwd_rows(m):
        if label in ("From", "To"):
            value = ", ".join(name_addr(p) for p in value) if label == "To" else name_addr(value)
        rows.append(f"{label}: {value}")
    return "\n".join(rows) + "\n\n\n" + m.text() + "\n"


def gmail_forward_html(m):
    rows = ["---------- Forwarded message ---------"]
    for label, value in gmail_fwd_rows(m):
        if label == "From":
            value = (
                f'<strong class="gmail_sendername" dir="auto">{html.escape(value[0])}</strong> '
                f'<span dir="auto">&lt;{value[1]}&gt;</span>'
            )
        elif label == "To":
            value = ", ".join(f"{html.escape(p[0])} &lt;{p[1]}&gt;" for p in value)
        else:
            value = html.escape(value, quote=False)
        rows.append(f"{label}: {value}")
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        + "<br>".join(rows)
        + "<br></div><br><br>"
        + gmail_rows(m.text())
        + "</div>"
    )


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {
    "keystonemech.com": ("PH0PR17", 17),
    "harborpointpm.com": ("SA1PR22", 22),
    "westforkmed.example": ("BL1PR11", 11),
}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 5000}"
    return f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


def exo_headers(key, person, subject, when, to=(DESK,), reply=None, cc=(), attach=False):
    topic = subject
    while topic.startswith(("RE: ", "FW: ", "Automatic reply: ")):
        topic = topic.split(": ", 1)[1]
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addrs(to))]
    if cc:
        rows += [("CC", addrs(cc))]
    rows += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", index)]
    rows += [("Date", rfc(when, utc=True)), ("Message-ID", exo_msgid(key, person))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Accept-Language", "en-US"), ("Content-Language", "en-US")]
    rows += [("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
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
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "--></style>\n</head>\n"
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def word_paras(text):
    out = []
    for row in text.split("\n"):
        inner = html.escape(row, quote=False) if row else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def word_table(rows):
    """Cells pasted from Excel into Outlook: a Word table with thin borders."""
    out = [
        (
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
        )
    ]
    for i, row in enumerate(rows):
        cells = []
        for cell in row:
            text = html.escape(cell, quote=False) or "&nbsp;"
            if i == 0:
                text = f"<b>{text}</b>"
            cells.append(
                '<td valign="top" style="border:solid windowtext 1.0pt;padding:0in 5.4pt">'
                f'<p class="MsoNormal">{text}<o:p></o:p></p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_desktop(
    key,
    person,
    subject,
    when,
    body,
    to=(DESK,),
    cc=(),
    history=(),
    reply=None,
    inner=None,
    files=(),
):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering.

    A reply or forward carries the earlier messages below, each under Outlook's header block.
    """
    inner = inner if inner is not None else word_paras(body.rstrip("\n"))
    text = body
    if history:
        text = body.rstrip("\n") + "\n" + outlook_history_text(history)
        inner += "\n" + outlook_history_html(history)
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(inner), "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, to, reply, cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


def outlook_auto_reply(key, person, subject, when, body, reply):
    """An Exchange Online automatic reply (out of office) to a message of the desk."""
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="us-ascii"', body, "quoted-printable"),
            leaf(
                'text/html; charset="us-ascii"',
                '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=us-ascii">\n</head>\n<body>\n<div style="font-family: Aptos, '
                'sans-serif; font-size: 11pt;">\n' + divs(body.rstrip("\n"), "p") + "\n</div>\n"
                "</body>\n</html>\n",
                "quoted-printable",
            ),
        ],
    )
    rows = exo_headers(key, person, subject, when, reply=(reply, reply))
    rows = [r for r in rows if r[0] != "MIME-Version"]
    rows += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
    rows += [("X-MS-Exchange-Inbox-Rules-Loop", person[1]), ("MIME-Version", "1.0")]
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ Outlook on phones

MOBILE = {
    "iOS": ("Outlook for iOS", "https://aka.ms/o0ukef"),
    "Android": ("Outlook for Android", "https://aka.ms/AAb9ysg"),
}


def outlook_mobile(
    key, person, subject, when, body, os_name="iOS", cc=(), history=(), reply=None, files=()
):
    """Outlook for iOS or Android on Exchange Online: a new mail, or one above the history."""
    label, link = MOBILE[os_name]
    text = body.rstrip("\n") + f"\n\nGet {label}<{link}>\n"
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="auto">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        f'<div id="ms-outlook-mobile-signature" dir="auto"><div>Get <a href="{link}">{label}</a>'
        "</div></div>\n"
    )
    for i, m in enumerate(history):
        if i == 0:
            text += "\n________________________________\n"
            markup += '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        else:
            text += "\n"
        text += outlook_head(m) + "\n\n" + m.body.rstrip("\n") + "\n"
        markup += (
            '<div id="divRplyFwdMsg" dir="ltr">'
            + "<br>".join(html.escape(r, quote=False) for r in outlook_head(m).split("\n"))
            + "</div>\n<div>\n"
            + divs(m.body.rstrip("\n"))
            + "\n</div>\n"
        )
    markup += "</body>\n</html>\n"
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, reply=reply, cc=cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail_rows(text):
    return "".join(
        f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
        for r in text.rstrip("\n").split("\n")
    )


def gmail(key, person, subject, when, body, cc=(), history=(), reply=None, files=(), fwd=None):
    """Gmail (web or app): plain and HTML; quoted history or a forwarded message below."""
    text = body
    markup = f'<div dir="ltr">{gmail_rows(body)}</div>'
    if history:
        text = body.rstrip("\n") + "\n\n" + gmail_history_text(history)
        markup += "<br>" + gmail_history_html(history)
    if fwd:
        text = body.rstrip("\n") + "\n\n" + gmail_forward_text(fwd)
        markup += "<br>" + gmail_forward_html(fwd)
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [
            leaf('text/plain; charset="UTF-8"', text),
            leaf('text/html; charset="UTF-8"', markup + "\n"),
        ],
    )
    alt = with_files(key, alt, files, "gmail")
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("Message-ID", gmail_msgid(key)), ("Subject", word(subject))]
    rows += [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", addrs(cc))]
    return mail(key, person, when, "gws", rows, alt)


def gmail_file(key, ctype, filename, data):
    xid = "f_" + tok("xid", key, filename, n=9)
    return blob(ctype, filename, data, extra=[("X-Attachment-Id", xid), ("Content-ID", f"<{xid}>")])


# ------------------------------------------------------------------ Apple Mail on a Mac

APPLE_MAILER = "Apple Mail (2.3826.300.87.4.3)"


def apple_intro(m):
    return f"On {apple_when(m.when)}, {m.person[0]} <{m.person[1]}> wrote:"


def apple_history_text(history):
    out = ""
    for m in reversed(history):
        inner = m.body.rstrip("\n") + "\n"
        if out:
            inner += "\n" + out
        out = quote(apple_intro(m) + "\n\n" + inner)
    return out


def apple_history_html(history):
    out = ""
    for m in reversed(history):
        inner = gmail_rows(m.body)
        if out:
            inner += "<div><br></div>" + out
        out = (
            '<div><br><blockquote type="cite"><div>'
            + html.escape(apple_intro(m), quote=False)
            + '</div><br class="Apple-interchange-newline">'
            + inner
            + "</blockquote></div>"
        )
    return out


def apple_mac(key, person, subject, when, body, cc=(), history=(), reply=None, files=()):
    """Apple Mail on macOS (Google Workspace account): plain and HTML, quotes with '>'."""
    text = body
    markup_body = gmail_rows(body)
    if history:
        text = body.rstrip("\n") + "\n\n" + apple_history_text(history)
        markup_body += apple_history_html(history)
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii">'
        '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        'line-break: after-white-space;">' + markup_body + "</body></html>"
    )
    alt = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=us-ascii", text), leaf("text/html; charset=us-ascii", markup)],
    )
    alt = with_files(key, alt, files, "apple")
    domain = person[1].split("@")[1]
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]
    rows += [("Subject", word(subject)), ("Date", rfc(when))]
    if reply:
        rows += [("In-Reply-To", reply[0]), ("References", reply[1])]
    rows += [("Message-Id", f"<{uuid('mac', key)}@{domain}>"), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", addrs(cc))]
    rows += [("X-Mailer", APPLE_MAILER)]
    return mail(key, person, when, "gws", rows, alt)


# ------------------------------------------------------------------ iPhone Mail


def iphone(key, person, subject, when, body, cc=(), files=(), sig="Sent from my iPhone"):
    """iPhone Mail: one text/plain part; with a photo, text, the photo and the signature."""
    domain = person[1].split("@")[1]
    via = "exo" if domain in BOXES else "hosted"
    rows = [("From", addr(person))]
    head = [("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when)), ("Subject", word(subject))]
    if cc:
        head += [("Cc", addrs(cc))]
    head += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    head += [("X-Mailer", "iPhone Mail (22B91)")]
    if not files:
        text = body + "\n" + sig + "\n"
        cte = "quoted-printable" if needs_qp(text) else "7bit"
        charset = "us-ascii" if text.isascii() else "utf-8"
        rows += [("Content-Type", f"text/plain; charset={charset}")]
        rows += [("Content-Transfer-Encoding", cte)]
        top = "".join(fold(k, v) + "\r\n" for k, v in rows + head).encode("ascii")
        return envelope(key, person, when, via) + top + b"\r\n" + encode_body(text.encode(), cte)
    charset = "us-ascii" if body.isascii() else "utf-8"
    parts = [leaf(f"text/plain; charset={charset}", body)]
    parts += list(files)
    parts += [leaf("text/plain; charset=us-ascii", "\n\n" + sig + "\n")]
    part = multi("mixed", "Apple-Mail-" + uuid("ipx", key), parts)
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    top += part.head()
    top += "".join(fold(k, v) + "\r\n" for k, v in head).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + part.body


def iphone_photo(filename, data):
    return blob(
        "image/jpeg",
        filename,
        data,
        "inline",
        extra=[("Content-Id", f"<{uuid('cid', filename)}>")],
    )


# ------------------------------------------------------------------ Samsung Email, Thunderbird

SAMSUNG_SIG = "Sent from my Galaxy"


def samsung_msgid(key):
    stamp = int(tok("smid", key, n=8), 16)
    return f"<{tok('smm', key, n=24)}.{stamp}@email.android.com>"


def samsung(key, person, subject, when, body, files=()):
    """Samsung Email on Android, a hosted account: plain and HTML, 'Sent from my Galaxy'."""
    text = body.rstrip("\n") + "\n\n\n" + SAMSUNG_SIG + "\n"
    rows = "".join(
        f'<div dir="auto">{html.escape(r, quote=False) or "<br>"}</div>'
        for r in body.rstrip("\n").split("\n")
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        f'<body dir="auto">{rows}<div dir="auto"><br></div><div dir="auto"><br></div>'
        '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" '
        f'dir="auto">{SAMSUNG_SIG}</div></div></body></html>'
    )
    part = multi(
        "alternative",
        "--_com.samsung.android.email_" + str(int(tok("sma", key, n=12), 16)),
        [leaf("text/plain; charset=utf-8", text), leaf("text/html; charset=utf-8", markup)],
    )
    part = with_files(key, part, files, "samsung")
    headers = [("Date", rfc(when)), ("Subject", word(subject))]
    headers += [("Message-ID", samsung_msgid(key))]
    headers += [("From", addr(person)), ("To", addr(DESK)), ("MIME-Version", "1.0")]
    return mail(key, person, when, "hosted", headers, part)


def flowed(text, width=72):
    """format=flowed (RFC 3676): soft line breaks end with a space."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        if row == "-- ":
            out.append(row)
            continue
        if len(row) <= width or row.startswith(">"):
            out.append(row.rstrip(" "))
            continue
        pieces = textwrap.wrap(row, width, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in pieces[:-1]] + [pieces[-1]]
    return "\n".join(out) + "\n"


def thunderbird(key, person, subject, when, body, cc=(), reply=None):
    """Thunderbird on a desktop, a hosted account: text/plain, format=flowed."""
    domain = person[1].split("@")[1]
    rows = [("Message-ID", f"<{uuid('tb', key).lower()}@{domain}>")]
    rows += [("Date", rfc_padded(when)), ("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    if reply:
        rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("To", addr(DESK))]
    if cc:
        rows += [("Cc", addrs(cc))]
    rows += [("From", addr(person)), ("Subject", word(subject))]
    text = flowed(body)
    part = Part(
        [
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
            ("Content-Transfer-Encoding", "7bit" if text.isascii() else "8bit"),
        ],
        crlf(text.encode("utf-8")),
    )
    return mail(key, person, when, "hosted", rows, part)


# ------------------------------------------------------------------ PDFs


def pdf_doc(when, producer="Microsoft: Print To PDF"):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer(producer)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def pdf_rows(pdf, widths, rows, x=14, h=7, size=8.5):
    for i, row in enumerate(rows):
        pdf.set_x(x)
        pdf.set_font("Helvetica", "B" if i == 0 else "", size)
        for w, cell in zip(widths, row, strict=True):
            align = "R" if cell[:1].isdigit() and w < 30 else "L"
            pdf.cell(w, h, cell, border=1, align=align)
        pdf.ln(h)


def pdf_fields(pdf, fields, y, x=14, label_w=40):
    for label, value in fields:
        pdf.set_xy(x, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(label_w, 6, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(120, 6, value)
        y += 6
    return y


# ------------------------------------------------------------------ photos and scans


def font(name, size):
    return ImageFont.truetype(f"{FONTS}/{name}", size)


def mono(size):
    return font("dejavu/DejaVuSansMono.ttf", size)


def bold(size):
    return font("dejavu/DejaVuSans-Bold.ttf", size)


def hand(size):
    return font("dejavu/DejaVuSans-Oblique.ttf", size)


def photo(canvas, angle, bg, size, blur=0.7, quality=72):
    """Tilt a drawn page onto a background, soften it a little, save it as a phone JPEG."""
    page = canvas.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    shot = Image.new("RGB", size, bg)
    shot.paste(page, ((size[0] - page.width) // 2, (size[1] - page.height) // 2))
    shot = shot.filter(ImageFilter.GaussianBlur(blur))
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=quality)
    return out.getvalue()


def scan_png(canvas, angle):
    """A flatbed-like scan: grey, a slight skew, saved as PNG."""
    page = canvas.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    out = io.BytesIO()
    page.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


# ------------------------------------------------------------------ attachments


def scan_pdf(page, when, producer, angle, quality=58, seed=0):
    """A page through an office copier's scan-to-PDF: grey, skewed, specks, one JPEG image."""
    grey = page.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    d = ImageDraw.Draw(grey)
    state = int(tok("specks", seed, n=8), 16)
    for _ in range(140):
        state = (state * 1103515245 + 12345) % 2147483648
        x = state % grey.width
        state = (state * 1103515245 + 12345) % 2147483648
        y = state % grey.height
        d.point((x, y), fill=120 + state % 90)
    grey = grey.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    grey.save(buf, "JPEG", quality=quality)
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer(producer)
    pdf.set_creator(producer)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=215.9, h=279.4)
    return bytes(pdf.output())


def page_canvas(width=1275, height=1650):
    """A letter page at 150 dpi."""
    return Image.new("RGB", (width, height), (255, 255, 255))


def serif(size):
    return font("liberation/LiberationSerif-Regular.ttf", size)


def serif_bold(size):
    return font("liberation/LiberationSerif-Bold.ttf", size)


def pen(size):
    return font("liberation/LiberationSans-Italic.ttf", size)


def marker(size):
    return font("dejavu/DejaVuSansCondensed-BoldOblique.ttf", size)


# ------------------------------------------------------------------ attachments: text PDFs


def kcsd_rfq_pdf():
    """Kreutz Creek School District's request for quotation, as Keystone received it."""
    pdf = pdf_doc(at("2026-10-30 14:06", "ET"), "Tyler Munis ERP - Purchasing")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KREUTZ CREEK SCHOOL DISTRICT")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "Office of Business Services - Purchasing  |  1800 Ridgeview Rd, York, PA 17406")
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(14, 32)
    pdf.cell(0, 8, "REQUEST FOR QUOTATION  RFQ 2611-07")
    y = pdf_fields(
        pdf,
        [
            ("Issued", "10/30/2026"),
            ("Quotes due", "11/10/2026, 3:00 PM"),
            ("Requested by", "Ron Hake, Supervisor of Buildings & Grounds"),
            ("Submitted through", "Keystone Mechanical Contractors (service contract SC-24-03)"),
            ("Deliver to", "KCSD Maintenance Building, 1800 Ridgeview Rd, York, PA 17406"),
            ("Board meeting", "11/16/2026"),
        ],
        46,
        label_w=42,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Description", "Qty", "Unit", "Unit price", "Extended"],
        ["1", "Thermostat, 7-day programmable, Wi-Fi", "24", "EA", "", ""],
        ["2", "Air filter 16x25x1 MERV 11 pleated, case of 12", "40", "CS", "", ""],
        ["3", 'Thermostatic mixing valve 1-1/4", lead free', "6", "EA", "", ""],
    ]
    pdf_rows(pdf, [10, 86, 14, 14, 28, 30], rows)
    pdf.ln(6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        182,
        4.5,
        "Conditions: Quotes must be on the vendor's letterhead or this form, show unit prices, "
        "and remain valid for at least 60 days. The District is exempt from Pennsylvania sales "
        "tax (certificate on file). Purchases of $10,900 or more in a fiscal year require three "
        "written quotations under Board Policy 610. Delivery FOB destination, Monday to Friday "
        "7:00 AM - 2:30 PM; the driver must sign in at the maintenance office.",
    )
    pdf.set_xy(14, 222)
    pdf.set_font("Helvetica", "", 9)
    for i, label in enumerate(["Vendor name", "Authorized signature", "Date"]):
        pdf.set_xy(14 + i * 62, 230)
        pdf.cell(58, 5, "_" * 34)
        pdf.set_xy(14 + i * 62, 236)
        pdf.cell(58, 5, label)
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "KCSD Form PUR-12 (rev. 08/2024)    Page 1 of 1")
    return bytes(pdf.output())


def keystone_po_pdf():
    """Keystone's purchase order PO-77790, printed from their accounting system."""
    pdf = pdf_doc(at("2026-10-22 15:31", "ET"), "Sage 300 Construction - Purchase Orders")
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "2250 Loucks Rd, York, PA 17408  |  717-555-0140  |  ap@keystonemech.com")
    pdf.set_font("Helvetica", "B", 17)
    pdf.set_xy(130, 14)
    pdf.cell(70, 8, "PURCHASE ORDER", align="R")
    y = pdf_fields(
        pdf,
        [
            ("PO number", "PO-77790"),
            ("PO date", "10/22/2026"),
            ("Vendor", "Brightwater Supply Co. - DC-East (vendor 2041)"),
            ("Job", "KCSD-26-014  Long Level Elementary boiler room"),
            ("Ship to", "Jobsite - deliver to boiler room door, east lot"),
            ("Prices confirmed", "B. Kowalski, Brightwater outside sales, 10/22/2026"),
            ("Approved by", "T. Morales, Project Manager"),
        ],
        34,
        label_w=38,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Our part", "Vendor item", "Description", "Qty", "Unit", "Amount"],
        ["1", "KM-20100", "PIP-CU-L-100-20", '1" TYPE L COPPER 20FT', "30", "71.80", "2,154.00"],
        ["2", "KM-40112", "FTG-CU-E90-100", '1" WROT 90 CXC', "200", "2.95", "590.00"],
        ["3", "KM-88107", "VLV-1005-BV", '1" BALL VALVE FP THD', "36", "15.20", "547.20"],
    ]
    pdf_rows(pdf, [9, 22, 34, 56, 14, 20, 27], rows)
    pdf.ln(3)
    pdf.set_x(128)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(36, 7, "PO total USD")
    pdf.cell(24, 7, "3,291.20", align="R")
    pdf.set_xy(14, 246)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(
        182,
        4,
        "Invoices must show this PO number and match PO prices; price differences are not paid "
        "without a credit memo or a PO change approved in writing. Sales tax exempt: KCSD "
        "project, exemption certificate REV-1220 on file.",
    )
    return bytes(pdf.output())


def summit_price_agreement_pdf():
    """Brightwater's price agreement with Summit, the copy Summit's AP keeps on file."""
    pdf = pdf_doc(at("2025-06-24 10:12", "CT"), "Brightwater QuoteDesk 4.1")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 16)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.")
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 26)
    pdf.cell(0, 7, "CUSTOMER PRICE AGREEMENT  PA-25-118")
    y = pdf_fields(
        pdf,
        [
            ("Customer", "Summit HVAC Services (C-1003)"),
            ("Effective", "07/01/2025"),
            ("Expires", "06/30/2026"),
            ("Prepared by", "Inside sales, DC-West"),
        ],
        38,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Item", "Description", "UOM", "Agreed price"],
        ["1", "CLG-TILE-24-ACU", "2x2 acoustic ceiling tile, carton of 16", "CTN", "45.90"],
        ["2", "HVC-CND-PUMP", "Condensate pump 115V w/ safety switch", "EA", "57.90"],
        ["3", "HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated, case of 12", "CS", "37.80"],
        ["4", "HVC-REG-1006-W", "10x6 steel floor register, white", "EA", "5.40"],
        ["5", "TST-7500-PRO", "7-day programmable Wi-Fi thermostat", "EA", "126.00"],
        ["6", "TST-2100-NP", "Non-programmable digital thermostat 24V", "EA", "27.40"],
    ]
    pdf_rows(pdf, [10, 38, 84, 16, 30], rows)
    pdf.ln(6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        182,
        4.5,
        "Prices are firm from the effective date through the expiration date above. Orders "
        "after expiration are billed at the price in effect on the order date unless a renewal "
        "agreement has been issued in writing. Freight prepaid on orders over $1,000.",
    )
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "PA-25-118    Page 1 of 1")
    return bytes(pdf.output())


# ------------------------------------------------------------------ attachments: scans


def delivery_ticket_scan():
    """The signed delivery ticket for PO 70231, scanned at Harbor Point's regional office."""
    page = page_canvas()
    d = ImageDraw.Draw(page)
    d.text((80, 70), "BRIGHTWATER SUPPLY CO.", fill=(0, 0, 0), font=bold(44))
    d.text((80, 126), "DELIVERY TICKET - OUR TRUCK", fill=(0, 0, 0), font=bold(30))
    rows = [
        "ORDER SO-104239      CUST PO 70231      TRUCK 31",
        "SHIP TO: HARBOR POINT PM - BAYOU OAKS APTS",
        "         MAINT SHOP, 8300 BAYOU OAKS DR, HOUSTON TX",
        "DEL DATE 11/09/26",
        "",
        "QTY  UOM  ITEM               DESCRIPTION",
        " 60  EA   HVC-REG-1006-W     10X6 FLOOR REGISTER WHT",
        " 24  CS   HVC-FLT-1625-M11   16X25X1 MERV11 CS/12",
        " 10  EA   TST-2100-NP        DIGITAL TSTAT NON-PROG",
    ]
    for i, row in enumerate(rows):
        d.text((80, 210 + i * 44), row, fill=(0, 0, 0), font=mono(27))
    d.ellipse((935, 500, 1125, 572), outline=(0, 0, 0), width=4)
    d.text((955, 508), "22 CS", fill=(0, 0, 0), font=pen(44))
    d.text((900, 640), "rec'd 22 only", fill=(0, 0, 0), font=pen(34))
    d.line((80, 760, 1190, 760), fill=(0, 0, 0), width=2)
    d.text((80, 790), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED", fill=(0, 0, 0), font=mono(26))
    d.text((80, 860), "SIGNATURE:", fill=(0, 0, 0), font=mono(26))
    d.text((300, 840), "M. Rojas", fill=(0, 0, 0), font=pen(52))
    d.text((700, 860), "DATE:", fill=(0, 0, 0), font=mono(26))
    d.text((820, 845), "11/9", fill=(0, 0, 0), font=pen(46))
    d.text(
        (80, 1520),
        "WHITE - OFFICE   YELLOW - CUSTOMER   PINK - DRIVER",
        fill=(0, 0, 0),
        font=mono(20),
    )
    return scan_pdf(page, at("2026-11-12 08:14", "CT"), "RICOH MP C3004ex", 0.7, seed="g16")


def kcsd_memo_scan():
    """The district business office's memo cancelling the filter change-out."""
    page = page_canvas()
    d = ImageDraw.Draw(page)
    d.text((120, 90), "KREUTZ CREEK SCHOOL DISTRICT", fill=(0, 0, 0), font=serif_bold(46))
    d.text((120, 150), "Business Office", fill=(0, 0, 0), font=serif(32))
    d.text((120, 230), "MEMORANDUM", fill=(0, 0, 0), font=serif_bold(38))
    fields = [
        ("TO:", "Ron Hake, Supervisor of Buildings & Grounds"),
        ("FROM:", "Laura Brandt, Business Manager"),
        ("DATE:", "November 24, 2026"),
        ("RE:", "KCMS winter filter change-out (WO 26-1312) - cancelled"),
    ]
    for i, (label, value) in enumerate(fields):
        d.text((120, 310 + i * 46), label, fill=(0, 0, 0), font=serif_bold(30))
        d.text((290, 310 + i * 46), value, fill=(0, 0, 0), font=serif(30))
    d.line((120, 510, 1150, 510), fill=(0, 0, 0), width=2)
    text = [
        "At its November 16 meeting the Board approved the replacement of air",
        "handlers AHU-1 through AHU-4 at Kreutz Creek Middle School in the 2027",
        "summer capital plan. The winter filter change-out scheduled under work",
        "order 26-1312 is therefore cancelled.",
        "",
        "Materials purchased by the service contractor for this work order and",
        "not installed are not billable to the District. Please notify Keystone",
        "Mechanical Contractors.",
    ]
    for i, row in enumerate(text):
        d.text((120, 550 + i * 44), row, fill=(0, 0, 0), font=serif(30))
    d.text((120, 1000), "L. Brandt", fill=(0, 0, 0), font=pen(50))
    d.text(
        (120, 1060), "cc: Keystone Mechanical (T. Morales), file", fill=(0, 0, 0), font=serif(26)
    )
    return scan_pdf(page, at("2026-11-30 14:31", "ET"), "Canon iR-ADV C5535", -0.5, seed="g33")


def incident_report_scan():
    """Harbor Point's incident report on the crushed heater, filled in by hand and scanned."""
    page = page_canvas()
    d = ImageDraw.Draw(page)
    d.text((90, 70), "HARBOR POINT PROPERTY MANAGEMENT", fill=(0, 0, 0), font=bold(38))
    d.text((90, 124), "INCIDENT REPORT", fill=(0, 0, 0), font=bold(32))
    d.text((850, 124), "No. IR-26-114", fill=(0, 0, 0), font=mono(28))
    form = [
        ("Property", "Westheimer Place", 220),
        ("Bldg / Unit", "Bldg 7 boiler room", 300),
        ("Date of incident", "11/11/2026", 380),
        ("Type", "Vendor delivery damage", 460),
    ]
    for label, value, y in form:
        d.text((90, y), label + ":", fill=(0, 0, 0), font=font("dejavu/DejaVuSans.ttf", 28))
        d.line((420, y + 36, 1180, y + 36), fill=(0, 0, 0), width=2)
        d.text((440, y - 8), value, fill=(10, 10, 10), font=pen(40))
    d.text((90, 560), "Description:", fill=(0, 0, 0), font=font("dejavu/DejaVuSans.ttf", 28))
    notes = [
        "Estes delivered 3 water heaters for Bldg 7 (PO 70288).",
        '1 WH 50 gal gas crushed on side approx 8" from bottom,',
        "forklift hole in carton. Tagged DO NOT INSTALL,",
        "stored Bldg 7 boiler rm. Vendor notified 11/12.",
    ]
    for i, row in enumerate(notes):
        d.line((90, 650 + i * 70, 1180, 650 + i * 70), fill=(150, 150, 150), width=1)
        d.text((100, 605 + i * 70), row, fill=(10, 10, 10), font=pen(38))
    d.text((90, 1000), "Reported by:", fill=(0, 0, 0), font=font("dejavu/DejaVuSans.ttf", 28))
    d.text((330, 985), "A. Fontenot  11/12", fill=(10, 10, 10), font=pen(42))
    d.text((90, 1080), "Reviewed by:", fill=(0, 0, 0), font=font("dejavu/DejaVuSans.ttf", 28))
    d.text((330, 1065), "L. Ortega  11/13", fill=(10, 10, 10), font=pen(42))
    d.text((90, 1540), "HPPM-RISK-04  rev 2023", fill=(0, 0, 0), font=mono(20))
    return scan_pdf(page, at("2026-12-02 16:05", "CT"), "HP LaserJet MFP M528", 0.4, seed="g36")


# ------------------------------------------------------------------ attachments: photos


def prv_box_photo():
    """The PRV carton on the shop bench: the label says 3/4, Ruben's tag says otherwise."""
    img = Image.new("RGB", (1024, 768), (126, 104, 78))
    d = ImageDraw.Draw(img)
    d.rectangle((120, 110, 760, 560), fill=(196, 160, 112), outline=(110, 84, 52), width=4)
    d.rectangle((170, 150, 700, 330), fill=(246, 246, 240), outline=(60, 60, 60), width=2)
    label = [
        '3/4" WATER PRESSURE',
        "REDUCING VALVE 25-75 PSI",
        "ITEM VLV-0750-PRV   QTY 1",
    ]
    for i, row in enumerate(label):
        d.text((190, 166 + i * 52), row, fill=(20, 20, 20), font=bold(30))
    d.rectangle((600, 400, 900, 600), fill=(250, 236, 120), outline=(120, 100, 20), width=2)
    d.text((618, 420), "ADENTRO", fill=(20, 20, 90), font=marker(40))
    d.text((618, 474), 'ES 1/2"', fill=(20, 20, 90), font=marker(48))
    d.text((618, 540), "NO 3/4", fill=(20, 20, 90), font=marker(36))
    d.ellipse((230, 420, 420, 520), fill=(176, 150, 70), outline=(90, 70, 30), width=3)
    d.text((290, 452), '1/2"', fill=(60, 40, 10), font=bold(30))
    return photo(img, -2.0, (126, 104, 78), (1024, 768), blur=0.9, quality=78)


def packing_list_photo():
    """The Estes carton's packing list for SO-104233 on a tailgate, Gary's count on it."""
    paper = Image.new("RGB", (860, 620), (245, 244, 238))
    d = ImageDraw.Draw(paper)
    d.text((28, 20), "BRIGHTWATER SUPPLY CO.  PACKING LIST", fill=(20, 20, 20), font=bold(26))
    rows = [
        "ORDER SO-104233   CUST PO 77812   SHIP SH-55121",
        "FROM DC-WEST   VIA ESTES EXPRESS   PRO ES4410391264",
        "",
        "LN  ITEM              DESCRIPTION             QTY",
        " 3  VLV-0750-PRV      3/4 PRV 25-75 PSI        12",
        " 4  PIP-PEX-075-300   3/4 PEX-A 300 FT COIL     6",
    ]
    for i, row in enumerate(rows):
        d.text((28, 70 + i * 30), row, fill=(30, 30, 30), font=mono(18))
    d.text((668, 176), "10 rec'd", fill=(30, 30, 150), font=pen(28))
    d.text((668, 208), "OK", fill=(30, 30, 150), font=pen(28))
    d.text(
        (28, 420), "short 2 PRV - counted w/ driver - G.H. 11/6", fill=(30, 30, 150), font=pen(30)
    )
    return photo(paper, 2.2, (70, 74, 80), (1000, 760), blur=0.8, quality=74)


def check_valve_photo():
    """A 3-inch flanged check valve on the boiler room floor, the crack marked in paint pen."""
    img = Image.new("RGB", (1200, 900), (128, 128, 124))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 640, 1200, 900), fill=(100, 100, 96))
    d.ellipse((300, 180, 760, 640), fill=(46, 52, 58), outline=(20, 20, 20), width=4)
    d.ellipse((420, 300, 640, 520), fill=(90, 90, 88), outline=(20, 20, 20), width=3)
    for i in range(4):
        x = 530 + int(170 * [1, 0, -1, 0][i])
        y = 410 + int(170 * [0, 1, 0, -1][i])
        d.ellipse((x - 22, y - 22, x + 22, y + 22), fill=(30, 30, 30))
    d.line((700, 410, 742, 370, 756, 330), fill=(230, 230, 225), width=3)
    d.line((690, 420, 760, 340), fill=(250, 240, 60), width=2)
    d.text((790, 300), "CRACK", fill=(250, 240, 60), font=marker(44))
    d.text((790, 356), "DO NOT USE", fill=(250, 240, 60), font=marker(36))
    d.rectangle((820, 520, 1120, 640), fill=(240, 240, 236), outline=(40, 40, 40), width=2)
    d.text((836, 530), "KEYSTONE MECH", fill=(20, 20, 20), font=bold(24))
    d.text((836, 566), "PO 77830  KCMS", fill=(20, 20, 20), font=pen(30))
    d.text((836, 602), "11/10  G.H.", fill=(20, 20, 20), font=pen(28))
    return photo(img, 1.1, (128, 128, 124), (1200, 900), blur=1.0, quality=70)


def tank_label_photo():
    """The rating label of one of the expansion tanks in the Westheimer boiler room."""
    img = Image.new("RGB", (900, 1200), (214, 212, 204))
    d = ImageDraw.Draw(img)
    d.ellipse((120, 160, 780, 1120), fill=(34, 78, 150), outline=(20, 40, 90), width=4)
    d.rectangle((230, 420, 670, 780), fill=(248, 248, 244), outline=(30, 30, 30), width=2)
    rows = ["THERMAL EXPANSION", "TANK  5 GAL (19 L)", "MAX WORK 150 PSI", "PRE-CHARGE 40 PSI"]
    for i, row in enumerate(rows):
        d.text((250, 440 + i * 60), row, fill=(20, 20, 20), font=bold(32))
    d.rectangle((250, 830, 650, 930), fill=(236, 220, 150))
    d.text((268, 842), "PO SAYS 2 GAL", fill=(10, 10, 10), font=marker(36))
    d.text((268, 888), "A.F. 11/12", fill=(10, 10, 10), font=marker(30))
    return photo(img, -1.6, (214, 212, 204), (900, 1200), blur=0.8, quality=75)


def return_note_photo():
    """Ruben's note on the shop clipboard: what goes back on PO 40988."""
    paper = Image.new("RGB", (820, 1040), (250, 250, 244))
    d = ImageDraw.Draw(paper)
    for i in range(18):
        d.line((40, 150 + i * 48, 780, 150 + i * 48), fill=(170, 190, 220), width=2)
    d.line((110, 40, 110, 1000), fill=(220, 150, 150), width=2)
    rows = [
        "PO 40988  -  DEVOLVER",
        "",
        '2" NEGRO  2 TUBOS 20 FT = 40 FT',
        "  (no cortado, no rosca)",
        "",
        'BALL VALVE 1"  -  2 FUGA',
        "  en el stem, nuevas",
        "",
        "uniones OK",
        "",
        "Ruben  11/18",
    ]
    for i, row in enumerate(rows):
        d.text((130, 100 + i * 48), row, fill=(30, 30, 100), font=pen(36))
    return photo(paper, 3.0, (92, 70, 48), (1000, 1200), blur=0.9, quality=73)


def work_order_photo():
    """A Harbor Point work order ticket for unit 1106, Jorge's handwriting on it."""
    paper = Image.new("RGB", (900, 700), (248, 246, 232))
    d = ImageDraw.Draw(paper)
    d.text((30, 24), "HARBOR POINT PM    WORK ORDER", fill=(20, 20, 20), font=bold(32))
    d.text((620, 74), "# 48817", fill=(170, 20, 20), font=mono(30))
    fields = [
        ("PROPERTY", "Cypress Landing", 130),
        ("UNIT", "1106", 200),
        ("PROBLEM", "no heat - t-stat blank", 270),
        ("WORK DONE", "replaced t-stat non prog 11/23", 340),
        ("", "24V ok at stat", 410),
        ("PART FROM", "PO 70296", 480),
        ("TECH", "J. Villanueva", 550),
    ]
    for label, value, y in fields:
        d.text((30, y + 10), label, fill=(40, 40, 40), font=mono(22))
        d.line((220, y + 46, 870, y + 46), fill=(90, 90, 90), width=1)
        d.text((230, y), value, fill=(20, 30, 120), font=pen(36))
    return photo(paper, -2.6, (60, 60, 66), (1040, 820), blur=0.8, quality=72)


def table_body(top, rows, bottom):
    """A message with a table pasted from Excel: text with tab-separated rows, and Word HTML."""
    text = top.rstrip("\n") + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + bottom
    inner = (
        word_paras(top.rstrip("\n"))
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_table(rows)
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_paras(bottom.rstrip("\n"))
    )
    return text, inner


def thunderbird_quote(m):
    """Thunderbird's reply header and the earlier message quoted with '> '."""
    stamp = f"{m.when.month}/{m.when.day}/{m.when:%y} {clock(m.when)}"
    return f"On {stamp}, {m.person[0]} wrote:\n" + quote(m.text())


# ------------------------------------------------------------------ signatures

KEYSTONE_FOOTER = para("""
    Keystone Mechanical Contractors | 2250 Loucks Rd, York, PA 17408 | PA HIC #PA047718
    CONFIDENTIALITY: This e-mail and any attachments are intended only for the named recipient.
    """)
SIG_TOM = para("""
    Tom Morales
    Project Manager - Service Contracts
    Keystone Mechanical Contractors
    O 717-555-0142 | C 717-555-0177
    """)
SIG_DANA = para("""
    Regards,

    Dana Ruiz
    Accounts Payable
    Keystone Mechanical Contractors
    717-555-0148 | ap@keystonemech.com
    """)
SIG_JEN = para("""
    Thank you,

    Jennifer Alvarado
    Purchasing Coordinator | Keystone Mechanical Contractors
    717-555-0163 | jalvarado@keystonemech.com
    """)
SIG_GARY = "Gary Hoffner\nService Tech - Keystone Mechanical\n717-555-0196\n"
SIG_NICK = "Nick Paulus | Plumbing Foreman | Keystone Mechanical | 717-555-0121\n"
SIG_MIKE = para("""
    Mike O'Brien
    Operations Manager
    Riverbend Plumbing & Heating
    304-555-0152
    """)
SIG_KAREN = para("""
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    411 Water St, Clarksburg, WV 26301 | 304-555-0106
    """)
SIG_DOUG = para("""
    Doug Stalnaker
    Lead Service Tech, Riverbend P&H
    On site at WFRMC M-F 6-2:30 | cell 304-555-0179
    """)
SIG_AMBER = para("""
    Amber Cottrill
    Purchasing & Dispatch
    Riverbend Plumbing & Heating | 304-555-0108
    """)
SIG_WES = para("""
    Wes Hardman
    Plant Operations Supervisor
    West Fork Regional Medical Center
    1 Medical Park Dr, Bridgeport, WV 26330
    Office 304-555-0230 | Plant pager 304-555-0299
    """)
SIG_RAJ = para("""
    Raj Patel
    Service Manager | Summit HVAC Services
    4120 S Mingo Rd, Tulsa, OK 74146 | 918-555-0117
    """)
SIG_LINDA = para("""
    Thanks,
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0135
    """)
SIG_MARIA = para("""
    Maria Esquivel
    Purchasing | Summit HVAC Services
    918-555-0126 | purchasing@summithvac.net
    """)
SIG_CODY = "Cody Rains\nService Tech | Summit HVAC | Truck 9\n918-555-0183\n"
SIG_LUIS = para("""
    Luis Ortega
    Regional Maintenance Supervisor
    Harbor Point Property Management
    713-555-0174
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable | Harbor Point Property Management
    713-555-0116 | payables@harborpointpm.com
    """)
SIG_SHARON = para("""
    Sharon Nguyen
    Purchasing Coordinator
    Harbor Point Property Management
    2600 Briarpark Dr, Suite 400, Houston, TX 77042 | 713-555-0125
    """)
SIG_ANDRE = "Andre Fontenot\nMaintenance Tech III | Westheimer Place\n713-555-0189\n"
SIG_JORGE = "Jorge Villanueva\nMaintenance - Cypress Landing\nHarbor Point PM\n"
SIG_TASHA = para("""
    Tasha Greene
    Community Manager | Mission Trace Apartments
    A Harbor Point Property Management community
    5150 Fredericksburg Rd, San Antonio, TX 78229 | 210-555-0162
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    1418 Nogalitos St, San Antonio, TX 78204 | 210-555-0133
    """)
SIG_SEP = "-- \n"  # the signature separator Thunderbird puts above a signature
SIG_DESK = para("""
    Kevin Ashby
    Claims Desk | Brightwater Supply Co.
    claims@brightwatersupply.example | 610-555-0147
    """)


# ------------------------------------------------------------------ the requests


def g01():
    when = at("2026-10-26 08:52", "ET")
    body = (
        para("""
        Good morning,

        We installed the 7-day Wi-Fi thermostats from PO 77760 in the Kreutz Creek Middle School classroom wing over the weekend (district work order 26-1187, rooms 112 through 126). Two of the eight will not power up at all - no display, no backlight. We read 24 V at both subbases (27.4 and 27.6 VAC) and moved both thermostats onto known-good subbases in rooms 118 and 120: same result. The other six are up and on the district's network.

        They came on your truck Thursday 10/22. Please send two replacements, and either credit or pick up the two dead ones, whichever is easier on your end. They are bagged and tagged in our service van.

        The district asks us to document every warranty item on this contract with the supplier, so please reply with a claim or RMA number I can put on the work order.

        Ron Hake (KCSD Buildings & Grounds) is copied for the work order file.

        """)
        + SIG_TOM
        + "\n"
        + KEYSTONE_FOOTER
    )
    subject = "PO 77760 / KCSD WO 26-1187 - 2 thermostats dead out of the box"
    return outlook_desktop("g01", TOM, subject, when, body, cc=[RON])


def g02():
    when = at("2026-10-27 09:40", "ET")
    body = (
        para("""
        Hi,

        The 3" RPZ assembly we bought on PO 24415 (your SO-104222, delivered last Thursday) failed its initial certification test at West Fork Regional Medical Center yesterday. It is going on the domestic water main in the central plant.

        Results from our certified tester (Dave Knotts, WV tester #BT-1142):
        - Check valve #1 held 2.1 psid, minimum is 5.0 - FAIL
        - Relief valve opened at 1.4 psid, minimum is 2.0 - FAIL
        - Check valve #2 held tight - pass

        We flushed it and retested, same numbers. It's not the install - we bench tested it before it went in and got the same readings.

        The hospital's facilities engineer won't let us cut over without a passing test report, and they have a Joint Commission survey in three weeks. I know this was a special order unit. I need a replacement assembly or a repair kit on the way and I need to know which one today.

        The two 3" check valves on the same order are installed and fine.

        Hospital work order is WFRMC-FM-40871 if you need it for anything.

        Thanks,
        """)
        + SIG_MIKE
    )
    subject = "RPZ on PO 24415 failed certification test - West Fork Regional"
    return gmail("g02", MIKE, subject, when, body)


def g03():
    when = at("2026-10-28 10:15", "CT")
    body = (
        para("""
        Good morning,

        Mission Creek ISD is paying us for the water heater job at Las Palmas Elementary, and their accounts payable needs a copy of your invoice and the signed delivery ticket for our PO 40917 before they release the payment. They do a three-way match on anything over $1,000 (their PO to us, our invoice, and the supplier invoice).

        Could you please email me:
        - Invoice INV-88070 (2 electric water heaters, 4 expansion tanks, 20 ball valves)
        - The delivery ticket signed on October 7

        Their PO to us is MCISD PO 2027-00318, in case you need it.

        Thank you,

        """)
        + SIG_SEP
        + SIG_ROSA
    )
    subject = "Copy of invoice INV-88070 and signed delivery ticket - PO 40917"
    return thunderbird("g03", ROSA, subject, when, body)


def g04():
    when = at("2026-10-29 07:18", "ET")
    body = (
        para("""
        Hi, Gary Hoffner with Keystone.

        One of the 1-1/4" thermostatic mixing valves from PO 76115 failed at Hallam High School, boys locker room (district WO 26-1203). Outlet temp is swinging from 95 to 128 F and the cartridge is stuck. We put these in last October when we redid the locker room showers.

        The district shut the showers down until it's fixed and they have football practice every day, so they are not happy. Need a replacement valve or a cartridge under warranty. I have the old one out and tagged.

        """)
        + SIG_GARY
    )
    subject = "mixing valve failed - Hallam HS boys locker room - PO 76115"
    return outlook_mobile("g04", GARY, subject, when, body, "iOS")


G05_WHEN = at("2026-10-30 08:05", "CT")
G05_SUBJECT = "PO 40962 missing elbows and wrong PRV"
G05_BODY = para("""
    Good morning

    Yesterday your truck bring the PO 40962 to our shop. Today we count everything for the job at Mission Creek ISD, Las Palmas Elementary (restrooms by the cafeteria).

    - The 1" copper elbows, the paper say 100 but we have only 90. 10 missing.
    - The pressure reducing valves, 6 came but 2 of them are 1/2 inch, not 3/4. The box say 3/4 but inside is 1/2 inch valve, you can see in the picture. We need 2 PRV 3/4 like we order.

    The copper pipe is ok, 12 pcs.

    Please send the 10 elbows and the 2 PRV 3/4 and pick up the 2 wrong ones. We start Monday.

    Thank you
    Ruben Delgado
    Delgado & Sons Plumbing
    """)


def g05():
    pic = blob("image/jpeg", "20261030_074812.jpg", prv_box_photo())
    return samsung("g05", RUBEN, G05_SUBJECT, G05_WHEN, G05_BODY, files=[pic])


def g06():
    when = at("2026-11-02 07:35", "ET")
    body = (
        para("""
        Estes dropped PO 24460 at the West Fork Regional receiving dock Saturday morning. Hospital receiving signed for it (they sign for everything, they don't check).

        When I broke the bundle this morning, 2 of the 10 sticks of 1" type L are flattened about 3 ft in. Looks like a forklift tine went through the bundle. Can't use them for the sterile processing reroute. Need 2 replacement sticks.

        The 2" tees and the 3/4 ball valves are all there.

        Hospital WO is WFRMC-FM-41022. I'm on site all week, dock is open 6 to 1:30.

        """)
        + SIG_DOUG
        + "\nSent from my phone\n"
    )
    subject = "Crushed copper - PO 24460 - WFRMC dock"
    return gmail("g06", DOUG, subject, when, body, cc=[MIKE])


def g07():
    when = at("2026-11-03 10:02", "ET")
    body = (
        para("""
        Hello,

        Kreutz Creek School District needs three written quotes on the items below for their board meeting on 11/16. Their RFQ form is attached. District rules: the quote has to be on your letterhead or their form, show unit prices, and be good for at least 60 days.

        - 24 ea 7-day programmable Wi-Fi thermostat (same as the TST-7500-PRO on our PO 77760)
        - 40 cs 16x25x1 MERV 11 pleated filters, case of 12
        - 6 ea 1-1/4" thermostatic mixing valve, lead free

        Delivery would be to the district maintenance building, 1800 Ridgeview Rd, York.

        Please send by Tuesday 11/10. If this should go to your sales desk rather than this address, please pass it along - your DC-East counter gave me this one.

        """)
        + SIG_JEN
        + "\n"
        + KEYSTONE_FOOTER
    )
    rfq = blob("application/pdf", "KCSD_RFQ_2611-07.pdf", kcsd_rfq_pdf())
    subject = "Quote request - KCSD thermostats, filters, mixing valves (RFQ 2611-07) - due 11/10"
    return outlook_desktop("g07", JEN, subject, when, body, files=[rfq])


def g08():
    when = at("2026-11-04 09:12", "CT")
    body = (
        para("""
        Hi,

        ODFL delivered PO 60377 to the Riverside Pointe Apartments clubhouse on Monday. This is the ceiling and floor register work after the condensate leak in August - Crescent Lane's insurance job, so the adjuster wants everything documented.

        1. Four cartons of the 2x2 acoustic tile were crushed at one corner and the tiles inside are broken through. The crew broke them down and they went in the dumpster with the demo debris before I saw them, so there is nothing to send back. The property manager took pictures if you need them.

        2. The packing slip says 30 floor registers, 10x6 white. We have 24. Counted twice.

        Please credit the 4 cartons and ship the 6 registers. The other 36 cartons are fine.

        Thanks,

        """)
        + SIG_RAJ
    )
    subject = "PO 60377 Riverside Pointe clubhouse - crushed tile, registers short"
    return apple_mac("g08", RAJ, subject, when, body)


def g09():
    when = at("2026-11-04 13:40", "ET")
    body = (
        para("""
        Opened the 1" ball valves off 77790 for the Long Level Elementary boiler room. 6 of the 36 are 3/4" sweat valves in 1" threaded boxes. Wrong part, won't work on threaded pipe.

        Need 6 of the 1" FP threaded. You can grab the 6 sweat ones off our truck when you bring them. Rest are fine.

        Nick

        """)
        + SIG_NICK
    )
    subject = "77790 ball valves - 6 are 3/4 sweat"
    return outlook_mobile("g09", NICK, subject, when, body, "iOS", cc=[TOM])


def g10():
    when = at("2026-11-05 11:20", "ET")
    body = (
        para("""
        Hello,

        INV-88098 (your order SO-104226, our PO-77790) bills the 1" type L copper tube at $76.40 per 20 ft length. Our PO, priced by your outside sales on 10/22, has it at $71.80. 30 lengths x $4.60 = $138.00.

        Our AP system stopped the invoice in three-way match. Under our purchasing procedure I can only pay it at the PO price with a credit memo from you for the difference, so please issue a credit memo for $138.00 against INV-88098. Our PO is attached.

        The other two lines on the invoice match the PO.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_FOOTER
    )
    po = blob("application/pdf", "PO-77790.pdf", keystone_po_pdf())
    subject = "INV-88098 - copper tube billed over PO price (PO-77790)"
    return outlook_desktop("g10", DANA, subject, when, body, files=[po])


def g11():
    when = at("2026-11-06 09:30", "ET")
    top = para("""
        Hello,

        We would like to return the unused 1" full port ball valves from PO 77731 for credit. The district pushed phase 2 of the heating valve replacement at Yorkana Elementary to next year, so these will not be used on this contract. We received 50 and used 15 on phase 1.
        """)
    rows = [
        ["PO", "Item", "Description", "Qty to return", "Unit price", "Condition"],
        ["77731", "VLV-1005-BV", '1" brass ball valve, FP, threaded', "35", "15.20", "New, boxed"],
    ]
    bottom = (
        para("""
        The return was approved by Tom Morales (project manager) per our procedure for returns over $250. Our warehouse will not release material without an RMA number on the paperwork, so please send the RMA and let me know if a restocking fee applies.

        """)
        + SIG_JEN
        + "\n"
        + KEYSTONE_FOOTER
    )
    text, inner = table_body(top, rows, bottom)
    subject = "Return request - PO 77731 - 1in ball valves (35)"
    return outlook_desktop("g11", JEN, subject, when, text, inner=inner)


def g12():
    when = at("2026-11-09 07:50", "ET")
    body = (
        para("""
        Two problems on PO 77812 (Hallam HS boiler plant, district WO 26-1240):

        - Estes brought the PRVs Friday. Packing list says 12 of the 3/4" PRVs, the carton had 10. Gary counted it with the driver, his note is on the packing list (pic attached).
        - R+L brought the valves Thursday. 1 of the 40 2" bronze gate valves has a cracked bonnet, the carton corner is caved in. Lot L2611.

        Please ship 2 PRVs and 1 gate valve. We cut over the boiler plant on the 11/16 early dismissal day and I can't move that date, the district already sent the notice to parents.

        Everything else on the PO is accounted for.

        Tom

        """)
        + SIG_TOM
    )
    pic = blob("image/jpeg", "IMG_2214.jpg", packing_list_photo())
    subject = "PO 77812 - 2 PRVs short + 1 cracked gate valve"
    return outlook_mobile("g12", TOM, subject, when, body, "iOS", files=[pic])


def g13():
    when = at("2026-11-10 07:25", "ET")
    body = (
        para("""
        Unpacked the 3" flanged check valves off 77830 at the Kreutz Creek MS boiler room this morning. 1 of the 6 has a crack across the outlet flange, from a bolt hole to the edge. The crate was busted on one corner when ODFL dropped it Friday. Pic attached. Other 5 are ok.

        Need 1 replacement, can't bolt up a cracked flange. Tagged it and left it in the boiler room.

        """)
        + SIG_GARY
    )
    pic = blob("image/jpeg", "IMG_20261110_071533.jpg", check_valve_photo())
    subject = "77830 check valve cracked flange"
    return outlook_mobile("g13", GARY, subject, when, body, "Android", files=[pic])


def g14():
    when = at("2026-11-10 14:10", "ET")
    body = (
        para("""
        Hi there,

        UPS delivered PO 24519 on Friday. We received 12 bags of the 1/2" PEX crimp couplings and the PO is for 10. We don't want to be billed for the extra, and the hospital contract doesn't let us keep supplier overages on their job (everything gets reconciled to the PO line by line).

        Please have UPS pick up the 2 bags or send us a call tag. They're at our shop, 411 Water St.

        The ball valves and the PEX coils match the PO.

        Thanks!

        """)
        + SIG_AMBER
    )
    subject = "PO 24519 - 2 extra bags of PEX couplings"
    return gmail("g14", AMBER, subject, when, body)


def g15():
    when = at("2026-11-11 08:40", "CT")
    body = para("""
        Hello this is Beto from Delgado plumbing.

        we are installing the 2 water heaters at Las Palmas elementary for the ISD (PO 40917) and the 4 expansion tanks that come with it are the wrong ones. They are for heating system (boiler), the label say NOT FOR POTABLE WATER. We order the potable ones 2 gal. The inspector will not pass it with these.

        We need 4 potable expanson tanks 2 gallon and you pick up these 4.

        Rosa say the tanks was deliverd in october with the heaters but we only open the boxes this week because the school was waiting for the permit.

        Thank you
        Beto Salinas
        Delgado & Sons Plumbing
        """)
    return iphone("g15", BETO, "tanks PO 40917", when, body)


G16_WHEN = at("2026-11-12 08:30", "CT")
G16_SUBJECT = "PO 70231 - bent registers and 2 cases of filters short - Bayou Oaks"
G16_BODY = (
    para("""
    Good morning,

    Your truck delivered PO 70231 to the Bayou Oaks maintenance shop on Monday 11/9. Our techs finished checking it in yesterday for the make-ready units (WO 48651, 48652 and 48660).

    - Floor registers 10x6: 8 of the 60 are bent, the louvers are pushed flat. They were on the bottom of the pallet. Not usable in a make-ready.
    - Filters 16x25x1 MERV 11: the delivery ticket says 24 cases, we have 22 on the shelf. The signed ticket is attached - our tech wrote "22 CS" on it at delivery.

    The thermostats on that PO went to Cypress Landing unopened.

    Please replace or credit the 8 registers and send the 2 cases of filters. We have 14 units turning on 11/20.

    """)
    + SIG_LUIS
)


def g16():
    scan = blob("application/pdf", "Scan_20261112_0814.pdf", delivery_ticket_scan())
    return outlook_desktop("g16", LUIS, G16_SUBJECT, G16_WHEN, G16_BODY, files=[scan])


G17_WHEN = at("2026-11-12 13:15", "CT")
G17_SUBJECT = "PO 70288 water heater crushed + wrong exp tanks - Westheimer Place"
G17_BODY = (
    para("""
    Estes delivered PO 70288 to Westheimer Place yesterday afternoon - 3 water heaters and 3 expansion tanks for Bldg 7, units 712, 714 and 716 (WO 48702).

    1) One of the 3 heaters (50 gal gas) has the side crushed in about 8 inches up from the bottom. The box had a forklift hole in it. We won't install it, it's tagged in the Bldg 7 boiler room. Driver was gone before we unwrapped.

    2) The expansion tanks are 5 gallon, not the 2 gallon on the PO. They don't fit in the closets and they're too big for these heaters. Pic of the label attached. Need 3 of the 2 gal.

    Other 2 heaters look good, installing today.

    Luis is copied - our policy says anything over $500 needs his sign off.

    """)
    + SIG_ANDRE
)


def g17():
    pic = blob("image/jpeg", "IMG_3381.jpg", tank_label_photo())
    return outlook_mobile(
        "g17", ANDRE, G17_SUBJECT, G17_WHEN, G17_BODY, "iOS", cc=[LUIS], files=[pic]
    )


def g18():
    when = at("2026-11-13 10:05", "CT")
    body = (
        para("""
        Hello,

        I'm the purchasing coordinator for Harbor Point. Under our AP procedure, shortages have to be opened with the vendor by purchasing, not by the property, so I am logging this one formally:

        PO 70231 was delivered on 11/9 short 2 cases of the 16x25x1 MERV 11 filters (ordered 24, received 22). Please ship the 2 cases or issue a credit memo for them, and reference PO 70231 so our AP can match it.

        This is only for the filters - Luis is working the bent registers with you directly. His original email is below for reference.

        Thank you,

        """)
        + SIG_SHARON
    )
    earlier = Msg(LUIS, G16_WHEN, [DESK], G16_SUBJECT, G16_BODY)
    subject = "FW: " + G16_SUBJECT
    return outlook_desktop("g18", SHARON, subject, when, body, history=[earlier])


def g19():
    when = at("2026-11-13 15:20", "ET")
    body = (
        para("""
        R+L delivered PO 24350 to the hospital dock yesterday. The 1" copper 90s are short - packing slip says 250, we have 200. That's 8 bags of 25, should be 10. Hospital receiving signed for "10 bags" without counting.

        Need the 50 elbows Monday. Doug is roughing in the sterile processing reroute and he'll run out by Tuesday.

        Thanks

        """)
        + SIG_MIKE
    )
    subject = "short elbows PO 24350 - WFRMC"
    return gmail("g19", MIKE, subject, when, body)


def g20():
    when = at("2026-11-16 09:05", "ET")
    body = (
        para("""
        Hi,

        Our next order, PO 24561 (3" check valves and 1-1/2" unions), goes to West Fork Regional Medical Center like the last few. The hospital tightened its receiving rules after the last two deliveries - their notice is below. Could you put this on the delivery ticket and let the driver or the carrier know?

        - Dock 2 only, 6:00 AM to 1:30 PM, Monday to Friday
        - Driver checks in with Security at the dock booth for a vendor badge
        - Packing slip must show our PO 24561 and "Attn: Doug Stalnaker, Riverbend"
        - Nothing gets left outside the dock door

        Thank you!

        """)
        + SIG_KAREN
    )
    notice = Msg(
        WFRMC_MM,
        at("2026-11-13 14:48", "ET"),
        [KAREN, MIKE],
        "Vendor delivery requirements - effective 11/16/2026",
        para("""
            To our contractors and their suppliers:

            Effective Monday, November 16, all deliveries to West Fork Regional Medical Center must come to Dock 2 between 6:00 AM and 1:30 PM, Monday through Friday. Drivers must check in at the Security booth and wear a vendor badge while on campus.

            Every packing slip must show the contractor's purchase order number and the name of the contractor's on-site contact. Deliveries without them will be refused. Material may not be left outside the dock door or in corridors for any reason (Infection Control Risk Assessment, ICRA class III areas).

            Questions: Materials Management, ext. 4410.

            West Fork Regional Medical Center
            Materials Management
            """),
    )
    subject = "Delivery instructions for PO 24561 - West Fork Regional dock"
    return gmail("g20", KAREN, subject, when, body, fwd=notice)


def g21():
    when = at("2026-11-17 10:30", "ET")
    body = (
        para("""
        Hi,

        We'd like to return 2 of the 3" flanged check valves from PO 24388 (your SO-104214) for credit. The hospital took the fire pump room work out of this year's capital budget, so they won't be installed. Both are still in the crate, never opened.

        The other 2 went in at the Bridgeport clinic and are fine.

        Please send an RMA and let me know where they should go - Mike can drop them at your branch or your driver can pick them up at our shop.

        Thanks,

        """)
        + SIG_KAREN
    )
    subject = "Return for credit - 2 check valves PO 24388"
    return gmail("g21", KAREN, subject, when, body)


def g22():
    when = at("2026-11-18 08:20", "CT")
    body = (
        para("""
        Good morning,

        For PO 60455, UPS delivered 24 cases of the 16x25x1 MERV 11 filters last Thursday. Our PO and your packing list are for 20. The 4 extra cases are set aside in our warehouse, unopened.

        We don't accept overshipments on apartment maintenance POs - the owner reimburses us by PO line - so please arrange a pickup of the 4 cases at 4120 S Mingo Rd. Dock hours are 7 to 3.

        Thank you,

        """)
        + SIG_MARIA
    )
    subject = "PO 60455 overshipped filters - 24 cs received, ordered 20"
    return gmail("g22", MARIA, subject, when, body)


def g23():
    when = at("2026-11-18 14:45", "CT")
    body = (
        para("""
        Hi, Jorge from Harbor Point, Cypress Landing maintenance.

        PO 70296 came monday on your truck. Registers we got 45, PO says 40. 5 extra, we will give them back, dont want to get billed for them.

        Also the 3/4 ball valves - we only need 8 of the 12, the other 4 was for the unit 2207 job that got cancelled (owner decided to replace the whole water heater closet). Regional approved to return them. Please take them back for credit.

        You can pick up all of it at the maint shop, bldg 2.

        Thx
        Jorge

        """)
        + SIG_JORGE
    )
    subject = "PO 70296 extra registers + return 4 ball valves"
    return outlook_mobile("g23", JORGE, subject, when, body, "Android")


def g24():
    when = at("2026-11-19 07:55", "CT")
    body = para("""
        Hello

        For PO 40988 (we pick up at DC South November 6) we have 2 thing:

        1. The job at the ISD maintenance building change, we don't need 40 feet of the 2" black pipe. It is 2 piece 20 ft, never cut, never thread. We want to return for credit.

        2. Two of the 1" ball valve leak by the stem when we turn it. We put them new, first day. Please change them.

        The unions are ok.

        I send a picture of the list.

        Ruben
        """)
    pic = blob("image/jpeg", "20261119_075102.jpg", return_note_photo())
    subject = "return pipe and 2 ball valve bad PO 40988"
    return samsung("g24", RUBEN, subject, when, body, files=[pic])


def g25():
    when = at("2026-11-19 15:05", "CT")
    body = (
        para("""
        Raj asked me to send this to you direct.

        PO 60418, Maple Ridge Townhomes make-readies:

        - 1 of the Wi-Fi thermostats (7 day programmable) won't hold a schedule, it resets to factory every time the system calls for heat. Swapped the subbase, same thing. Unit 14B.
        - 3 of the non-programmable digital thermostats are dead out of the box. Blank screen with 24V at the terminals. Units 3A, 9C and 22D.
        - 2 of the Wi-Fi thermostats never got opened. The owner decided not to do smart stats in the 2 bedrooms after all, so we want to send those 2 back for credit.

        The bad ones are bagged with the unit # on them.

        """)
        + SIG_CODY
    )
    subject = "PO 60418 thermostats - 4 bad, 2 going back"
    return gmail("g25", CODY, subject, when, body, cc=[RAJ])


def g26():
    when = at("2026-11-20 07:10", "ET")
    body = (
        para("""
        Found 1 of the 4 3/4" PRVs from PO 24530 cracked at the bell housing when I went to set it this morning. Box was still sealed. It came R+L on the 12th to the hospital dock, I didn't open the PRV box till today because I wasn't ready for it.

        Need 1 PRV asap, I'm holding the domestic water tie-in for sterile processing on it.

        Doug

        """)
        + SIG_DOUG
    )
    subject = "cracked PRV - PO 24530"
    return gmail("g26", DOUG, subject, when, body)


def g27():
    when = at("2026-11-20 11:30", "CT")
    body = (
        para("""
        Hi,

        Two questions before we place the next order for Crescent Lane's properties:

        1. What is the warranty on the HVC-CND-PUMP condensate pumps? The invoice terms say 90 days. Crescent Lane's purchasing rules now require a 1-year warranty on anything we install in their units, so if it's 90 days we'll need a different pump. Do you stock one with a 1-year warranty?

        2. If the owner cancels a job after we've ordered, can we return unopened thermostats within 30 days, and what is the restocking fee?

        No rush, next week is fine.

        Thanks,

        """)
        + SIG_RAJ
    )
    subject = "Question - pump warranty / returns when an owner cancels"
    return apple_mac("g27", RAJ, subject, when, body)


def g28():
    when = at("2026-11-23 09:50", "ET")
    body = (
        para("""
        Good morning,

        I'm the plant operations supervisor at West Fork Regional Medical Center. Riverbend Plumbing & Heating is our plumbing contractor, and your order SO-104243 was delivered to our dock on 11/12 for their work in our sterile processing department. Riverbend's tech is off this week and I am trying to keep the project moving, so I'm writing to you directly.

        12 of the 48 1" ball valves in that shipment are not the threaded full port valves on the packing slip. They are 1" press-fit ends. We have no press tool on site and the drawings call for threaded. They are set aside in our receiving cage, tagged.

        Please send 12 of the correct 1" threaded full port ball valves and arrange a pickup of the 12 press valves. Deliveries go to Dock 2, 6:00 AM to 1:30 PM.

        I've copied Doug Stalnaker at Riverbend.

        """)
        + SIG_WES
    )
    subject = "Wrong valves delivered - SO-104243 - West Fork Regional"
    return outlook_desktop("g28", WES, subject, when, body, cc=[DOUG])


def g29():
    when = at("2026-11-24 08:45", "ET")
    top = para("""
        Hello,

        INV-88133 for our PO-77830 (your SO-104235) was kicked out of three-way match - the exception report from our AP system is below. The condensate pumps are billed at $64.90 each and our PO has them at $61.50. 8 pumps x $3.40 = $27.20.

        Please send a credit memo for $27.20 referencing INV-88133. We will pay the rest of the invoice on our normal run.
        """)
    rows = [
        ["Line", "Item", "PO qty", "PO price", "Inv qty", "Inv price", "Variance"],
        ["1", "VLV-3100-CK", "6", "189.00", "6", "189.00", "0.00"],
        ["2", "FTG-BI-U-150", "40", "10.80", "40", "10.80", "0.00"],
        ["3", "HVC-CND-PUMP", "8", "61.50", "8", "64.90", "27.20"],
        ["4", "PMP-CIRC-015", "4", "139.00", "4", "139.00", "0.00"],
    ]
    bottom = SIG_DANA + "\n" + KEYSTONE_FOOTER
    text, inner = table_body(top, rows, bottom)
    subject = "INV-88133 price variance - condensate pumps (PO-77830)"
    return outlook_desktop("g29", DANA, subject, when, text, inner=inner)


def g30():
    when = at("2026-11-24 13:20", "CT")
    body = (
        para("""
        Hi again, Jorge - Cypress Landing.

        2 of the digital thermostats (non programable) from PO 70296 are dead. Installed in unit 1106 and 1412 last week, screens went blank after 2 days, checked 24v ok. I put the work order pic.

        Need 2 replacements under warranty, I can give you the bad ones when you come for the registers.

        Jorge

        """)
        + SIG_JORGE
    )
    pic = blob("image/jpeg", "IMG_20261124_131208.jpg", work_order_photo())
    subject = "thermostats dead - PO 70296"
    return outlook_mobile("g30", JORGE, subject, when, body, "Android", files=[pic])


G17_ACK = Msg(
    KEVIN,
    shown_in(at("2026-11-12 16:40", "ET"), "CT"),
    [ANDRE],
    "RE: " + G17_SUBJECT,
    para("""
        Andre,

        Thank you - we have your report on PO 70288 (our SO-104241).

        - Damaged 50 gal gas heater: case opened. Because of the amount it goes to a reviewer before the credit and the carrier claim are released; we will confirm the pickup of the damaged unit.
        - Expansion tanks: 3 of the 2 gal tanks are going out on a replacement order, and the driver will take back the 3 5-gal tanks.

        """)
    + SIG_DESK,
    cc=[LUIS],
)


def g31():
    when = at("2026-11-25 07:40", "CT")
    body = para("""
        Kevin - disregard the voicemail I left this morning about the heater in 716 not heating. It wasn't the heater, the gas cock on the drop was still off from the make-ready. Lit it and it's running fine.

        Nothing new on our side. The crushed one is still tagged in the Bldg 7 boiler room for your pickup.

        Andre
        """)
    earlier = Msg(ANDRE, G17_WHEN, [DESK], G17_SUBJECT, G17_BODY, cc=[LUIS])
    ack_id = desk_msgid("g17-ack")
    first_id = exo_msgid("g17", ANDRE)
    return outlook_mobile(
        "g31",
        ANDRE,
        "RE: " + G17_SUBJECT,
        when,
        body,
        "iOS",
        history=[G17_ACK, earlier],
        reply=(ack_id, f"{first_id} {ack_id}"),
    )


def g32():
    when = at("2026-11-30 10:10", "CT")
    body = (
        para("""
        Hello,

        Invoice INV-88184 (our PO 60455) bills the 12 non-programmable digital thermostats at $28.90 each. Our price agreement with Brightwater has TST-2100-NP at $27.40 (attached, page 1, line 6). 12 x $1.50 = $18.00.

        Please issue a credit memo for $18.00 against INV-88184. The pumps and the filters on the invoice are fine.

        """)
        + SIG_LINDA
    )
    pdf = gmail_file(
        "g32", "application/pdf", "Brightwater_PA-25-118.pdf", summit_price_agreement_pdf()
    )
    subject = "INV-88184 - thermostat price does not match our agreement"
    return gmail("g32", LINDA, subject, when, body, files=[pdf])


def g33():
    when = at("2026-12-01 09:15", "ET")
    topic = "KCMS filter change-out cancelled (WO 26-1312)"
    body = (
        para("""
        Hello,

        Please see the district's notice below. Kreutz Creek SD cancelled the winter filter change-out at the middle school (the air handlers are being replaced next summer instead). We have 6 unopened cases of the 16x25x1 MERV 11 filters left from PO 77760 and would like to return them for credit. The district's memo is attached for your file.

        Tom Morales approved the return (below). Please send an RMA number.

        """)
        + SIG_JEN
        + "\n"
        + KEYSTONE_FOOTER
    )
    ron = Msg(
        RON,
        at("2026-11-30 14:55", "ET"),
        [TOM],
        topic,
        para("""
            Tom,

            Per the attached memo from the Business Office, the winter filter change-out at KCMS is cancelled - the air handlers are being replaced next summer. Please don't bill the District for the filters on WO 26-1312.

            Thanks,
            Ron Hake
            Supervisor of Buildings & Grounds
            Kreutz Creek School District
            """),
    )
    tom = Msg(
        TOM,
        at("2026-11-30 16:10", "ET"),
        [JEN],
        "FW: " + topic,
        para("""
            Jen - see below from Ron. The 6 cases of MERV 11s left from 77760 are on the shelf in the shop, never opened. Please set up the return with Brightwater, I approve.

            Tom
            """),
    )
    memo = blob("application/pdf", "KCSD_memo_2026-11-24.pdf", kcsd_memo_scan())
    subject = "FW: " + topic + " - return 6 cs filters PO 77760"
    return outlook_desktop("g33", JEN, subject, when, body, history=[tom, ron], files=[memo])


def g34():
    when = at("2026-12-02 10:40", "CT")
    body = (
        para("""
        Hello,

        I manage Mission Trace Apartments in San Antonio for Harbor Point. The gas water heater in unit 1208 is leaking from the bottom of the tank - the resident's service request is below, and our tech confirmed it this morning: it is the tank, not the fittings.

        The heater was installed in October 2025 by Delgado & Sons Plumbing during our water heater replacement program, and their paperwork in our unit file shows your order number SO-104202, 50 gal natural gas. Delgado told us the manufacturer warranty runs through Brightwater and to contact you directly.

        We need a replacement heater under warranty. Our regional manager has approved the replacement and our maintenance team will do the swap as soon as the heater is here. The resident has no hot water, so anything you can do to speed this up is appreciated.

        Please let me know the next step.

        """)
        + SIG_TASHA
    )
    request = Msg(
        RESIDENT_PORTAL,
        at("2026-12-01 19:42", "CT"),
        [TASHA],
        "Service Request SR-20261201-0193 - Unit 1208 - Plumbing",
        para("""
            A new service request has been submitted.

            Request #: SR-20261201-0193
            Property: Mission Trace Apartments
            Unit: 1208
            Category: Plumbing - Water heater
            Permission to enter: Yes
            Pets: 1 cat
            Description: There is water all over the closet floor under the water heater and it's coming from the bottom of the tank. I turned off the water valve on top like the sticker says. No hot water since this afternoon.

            This is an automated message from the Mission Trace resident portal.
            """),
    )
    subject = "Leaking water heater - Mission Trace unit 1208 - your order SO-104202"
    return outlook_desktop("g34", TASHA, subject, when, body, history=[request])


def g35():
    when = at("2026-12-02 15:30", "CT")
    body = (
        para("""
        2 of the condensate pumps from PO 60455 quit at Riverside Pointe, bldg 3 units 305 and 311. Motors hum but won't pump, float moves free, line is clear. Both filled the pan and tripped the safety switch - caught them before any ceiling damage this time. Installed 11/16.

        Need 2 replacements. Old ones are in my truck.

        """)
        + SIG_CODY
    )
    subject = "condensate pumps PO 60455 - 2 failed"
    return gmail("g35", CODY, subject, when, body, cc=[RAJ])


def g36():
    when = at("2026-12-03 09:20", "CT")
    body = (
        para("""
        Hello,

        For your file only: our policy requires that incident reports on damaged deliveries be sent to the vendor's claims department. This is the water heater Andre Fontenot reported to you on 11/12 (PO 70288), which you already have under review. It is not a new claim and nothing else is needed from you on it.

        INV-88171 is being paid except for the one heater, which we are holding until the claim is closed.

        """)
        + SIG_GRACE
    )
    luis = Msg(
        LUIS,
        at("2026-12-02 16:20", "CT"),
        [GRACE],
        "Incident report IR-26-114 - Westheimer Place heater (PO 70288)",
        para("""
            Grace - incident report for the Westheimer heater is attached. Please send it to Brightwater per policy.

            Luis
            """),
    )
    scan = blob("application/pdf", "IR-26-114.pdf", incident_report_scan())
    subject = "FW: Incident report IR-26-114 - Westheimer Place heater (PO 70288)"
    return outlook_desktop("g36", GRACE, subject, when, body, history=[luis], files=[scan])


G05_ACK = Msg(
    KEVIN,
    shown_in(at("2026-10-30 13:22", "ET"), "CT"),
    [RUBEN],
    "RE: " + G05_SUBJECT,
    para("""
        Ruben,

        Thank you for the count and the picture. For PO 40962 (our SO-104231):

        - 10 x 1" wrot 90s: recount requested at DC-South; the credit posts when it is confirmed.
        - 2 x 3/4" PRVs: 2 are going out on a replacement order, and the driver will pick up the 2 1/2" valves.

        """)
    + SIG_DESK
    + "\n"
    + outlook_head(Msg(RUBEN, shown_in(G05_WHEN, "ET"), [DESK], G05_SUBJECT, ""))
    + "\n\n"
    + G05_BODY,
    cc=[ROSA],
)


def g37():
    when = at("2026-12-04 09:30", "CT")
    body = (
        para("""
        Hello Kevin,

        Thank you. The credit for the 10 elbows is on our November statement, and the 2 PRVs 3/4 came with your driver last week - Ruben installed them at Las Palmas Elementary. The 2 wrong valves went back with the same driver.

        Everything is closed on our side for this PO.

        Rosa

        """)
        + SIG_SEP
        + SIG_ROSA
        + "\n"
        + thunderbird_quote(G05_ACK)
    )
    ack_id = desk_msgid("g05-ack")
    reply = (ack_id, f"{samsung_msgid('g05')} {ack_id}")
    return thunderbird("g37", ROSA, "Re: " + G05_SUBJECT, when, body, reply=reply)


def g38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Cypress Landing maintenance. The box of 10 non-programmable thermostats from PO 70231 "
        "(delivered to Bayou Oaks 11/9 and sent over to us unopened) only had 8 in it. Counted "
        "again at our month-end parts inventory, still 8. Please send the 2 missing or credit "
        "them. Inventory WO 49012. - J. Villanueva, Cypress Landing maint, 281-555-0144"
    )
    line = {"sku": "TST-2100-NP", "quantity": 2, "reason": "SHORT"}
    text = (
        "{\n"
        '  "order_number": "SO-104239",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def g39():
    """The school district's letter, typed and uploaded without an account; LF line ends."""
    text = para("""
        KREUTZ CREEK SCHOOL DISTRICT
        Buildings & Grounds Department
        1800 Ridgeview Rd, York, PA 17406  |  717-555-0250

        December 1, 2026

        Brightwater Supply Co.
        Claims Department

        RE: Wrong thermostats delivered - District PO 27-00452

        On November 24 a Brightwater driver delivered four thermostats to our maintenance
        building against District purchase order 27-00452. The purchase order, and the quote
        it was based on, call for four (4) 7-day programmable Wi-Fi thermostats for the high
        school main office and library. The four units delivered are non-programmable digital
        thermostats. The driver left before our staff opened the carton, and no delivery
        paperwork was left with us.

        Our in-house HVAC technician cannot use these units: the building automation schedule
        requires programmable thermostats. Please exchange them for the four programmable
        Wi-Fi thermostats that were ordered. The four non-programmable units are boxed and can
        be picked up at the maintenance building, Monday to Friday, 7:00 AM to 2:30 PM.

        The District does not accept substitutions without written approval (Board Policy 610).

        Ronald Hake
        Supervisor of Buildings & Grounds
        rhake@kcsd.example
        """)
    return text.encode("ascii")


def g40():
    """Riverbend's material return request, typed on the office PC; CRLF line ends."""
    text = para("""
        RIVERBEND PLUMBING & HEATING
        411 Water St, Clarksburg, WV 26301 | 304-555-0106

        MATERIAL RETURN REQUEST

        Date:          12/03/2026
        To:            Brightwater Supply Co. - Returns / Claims
        Your order:    SO-104214
        Our PO:        24388
        Invoice:       INV-88061
        Job:           West Fork Regional Medical Center - fire pump room (cancelled)

        Qty   Description                                  Condition
        10    1-1/2" black malleable iron union            New, in original bag

        Reason: Surplus. The hospital removed the fire pump room work from its 2026 capital
        budget; the material was never installed. (5 unions from this order already went back
        on RMA-9002.)

        Requested by:  Karen Liu, Office Manager
        Approved by:   Mike O'Brien, Operations Manager

        Please reply to office@riverbendph.com with an RMA number. The unions can go back with
        the 2 check valves from the same order.
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "g01-keystone-tom-wifi-stats-dead-kreutz-creek-77760.eml": g01,
    "g02-riverbend-mike-rpz-failed-hospital-test-24415.eml": g02,
    "g03-delgado-rosa-invoice-copy-isd-three-way-match.eml": g03,
    "g04-keystone-gary-tmv-locker-room-failed-76115.eml": g04,
    "g05-delgado-ruben-elbows-short-prvs-half-inch-40962.eml": g05,
    "g06-riverbend-doug-copper-crushed-wfrmc-24460.eml": g06,
    "g07-keystone-jen-quote-request-thermostats-board.eml": g07,
    "g08-summit-raj-tile-crushed-registers-short-60377.eml": g08,
    "g09-keystone-nick-ball-valves-three-quarter-in-1in-boxes.eml": g09,
    "g10-keystone-dana-copper-price-inv-88098.eml": g10,
    "g11-keystone-jen-return-35-ball-valves-77731.eml": g11,
    "g12-keystone-tom-prvs-short-gate-valve-cracked-77812.eml": g12,
    "g13-keystone-gary-check-valve-flange-cracked-77830.eml": g13,
    "g14-riverbend-amber-two-extra-bags-couplings-24519.eml": g14,
    "g15-delgado-beto-expansion-tanks-wrong-type-40917.eml": g15,
    "g16-harbor-luis-registers-bent-filters-short-70231.eml": g16,
    "g17-harbor-andre-heater-crushed-tanks-wrong-70288.eml": g17,
    "g18-harbor-sharon-purchasing-logs-filters-short.eml": g18,
    "g19-riverbend-mike-elbows-short-wrong-po-24350.eml": g19,
    "g20-riverbend-karen-hospital-dock-delivery-rules.eml": g20,
    "g21-riverbend-karen-return-check-valves-project-cut-24388.eml": g21,
    "g22-summit-maria-extra-filter-cases-60455.eml": g22,
    "g23-harbor-jorge-extra-registers-ball-valves-back-70296.eml": g23,
    "g24-delgado-ruben-return-pipe-ball-valves-leak-40988.eml": g24,
    "g25-summit-cody-stats-dead-and-two-back-60418.eml": g25,
    "g26-riverbend-doug-prv-cracked-found-late-24530.eml": g26,
    "g27-summit-raj-question-pump-warranty-owner-rules.eml": g27,
    "g28-hospital-receiving-wrong-valves-so-104243.eml": g28,
    "g29-keystone-dana-pump-price-inv-88133.eml": g29,
    "g30-harbor-jorge-stats-dead-on-70296.eml": g30,
    "g31-harbor-andre-disregard-heater-pilot.eml": g31,
    "g32-summit-linda-thermostat-price-inv-88184.eml": g32,
    "g33-keystone-jen-return-filters-district-cancelled.eml": g33,
    "g34-harbor-tasha-heater-leaking-delgado-order.eml": g34,
    "g35-summit-cody-condensate-pumps-dead-60455.eml": g35,
    "g36-harbor-grace-fw-incident-report-for-record.eml": g36,
    "g37-delgado-rosa-thanks-credit-closed.eml": g37,
    "g38-portal-harbor-stats-short-cypress-landing.json": g38,
    "g39-upload-school-district-letter-wrong-thermostats.txt": g39,
    "g40-upload-riverbend-return-form-unions.txt": g40,
}


def build(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    for name, make in BUILD.items():
        (outdir / name).write_bytes(make())
    return len(BUILD)


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit("usage: python make_attachments.py [OUTDIR]")
    target = Path(sys.argv[1]) if len(sys.argv) == 2 else Path(__file__).parent / "requests"
    print(f"{build(target)} request files written to {target}")
