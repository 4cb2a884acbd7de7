"""Write every request file of heldout78: how customers point at an order.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Tuesday 2026-10-27 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. The set is about the way customers name the order they write about: their own PO
numbers, our invoice or packing-slip numbers, the delivery day, a job name, a UPS tracking
number, the order before last; some give two numbers, some get a digit wrong or paste the
number of another order, some write about two orders in one mail. Some requests claim nothing.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date; the scan is a Pillow page embedded as JPEG), photos
with Pillow (fixed drawing, tilt, blur and JPEG quality); both come with the project's virtual
environment.

The MIME and header helpers (tok, at, rfc, fold, Part, leaf, blob, multi, envelope, mail, the
Outlook/Exchange, Gmail, Apple Mail, iPhone Mail, Samsung and Thunderbird layouts, the PDF and
photo helpers) are copied from sample_docs/heldout75/make_attachments.py; every person but the
ERP's contacts, every text, number and attachment are this set's own.
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
PAM = ("Pam Whitaker", "claims@brightwatersupply.example")
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time.
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
MATT = ("Matt Shenk", "mshenk@keystonemech.com")
ALLISON = ("Allison Reber", "areber@keystonemech.com")
CHRIS = ("Chris Hartman", "chartman@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time.
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
TRAVIS = ("Travis Hoult", "thoult@riverbendph.com")
TRAVIS_HOME = ("Travis Hoult", "travis.hoult.wv@gmail.com")
JESS = ("Jess Lantz", "jlantz@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time.
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
DENISE = ("Denise Okafor", "purchasing@summithvac.net")
TYLER = ("Tyler Boone", "tboone@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time.
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
MARCUS = ("Marcus Bell", "mbell@harborpointpm.com")
HECTOR = ("Hector Salazar", "hsalazar@harborpointpm.com")
BRENDA = ("Brenda Castillo", "bcastillo@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time.
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
RUBEN = ("Ruben Delgado", "ruben@delgadosons.com")
JAVIER = ("Javier Ortiz", "javier@delgadoplumbing.com")

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


def ap_exception_pdf():
    """Keystone's AP match exception report that holds invoice 88098."""
    pdf = pdf_doc(at("2026-11-05 10:52", "ET"), "Sage 300 Construction - Accounts Payable")
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(14, 23)
    pdf.cell(0, 6, "AP Invoice Match Exceptions - three-way match (PO / receipt / invoice)")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 30)
    pdf.cell(0, 5, "Run 11/05/2026 10:52 AM by DRUIZ   Tolerance: 0.00 per unit")
    y = pdf_fields(
        pdf,
        [
            ("Vendor", "2041  Brightwater Supply Co. - DC-East"),
            ("Invoice", "88098   dated 10/26/2026   received 10/29/2026"),
            ("PO", "77790   Long Level Elementary boiler room (job KCSD-26-014)"),
            ("Receipt", "R-26-3318   10/28/2026   all lines received in full"),
            ("Status", "HOLD - price variance"),
        ],
        40,
        label_w=26,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Item", "Qty", "PO price", "Inv price", "Variance/u", "Ext variance"],
        ["1", '1" type L copper 20 ft', "30", "71.80", "76.40", "4.60", "138.00"],
        ["2", '1" wrot 90 C x C', "200", "2.95", "2.95", "0.00", "0.00"],
        ["3", '1" ball valve FP thd', "36", "15.20", "15.20", "0.00", "0.00"],
    ]
    pdf_rows(pdf, [10, 58, 16, 24, 24, 24, 26], rows)
    pdf.ln(3)
    pdf.set_x(118)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(52, 7, "Total variance USD")
    pdf.cell(26, 7, "138.00", align="R")
    pdf.set_xy(14, 150)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        182,
        4.5,
        "Action: request credit memo from vendor for the variance, or a PO change approved by "
        "the project manager. Invoice released for payment at PO price once the credit memo "
        "is entered.",
    )
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "APX-310   Page 1 of 1")
    return bytes(pdf.output())


def keystone_po_77812_pdf():
    """Keystone's purchase order PO-77812, the copy purchasing keeps for the Hallam job."""
    pdf = pdf_doc(at("2026-10-28 14:02", "ET"), "Sage 300 Construction - Purchase Orders")
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(
        0, 5, "2250 Loucks Rd, York, PA 17408  |  717-555-0140  |  purchasing@keystonemech.com"
    )
    pdf.set_font("Helvetica", "B", 17)
    pdf.set_xy(130, 14)
    pdf.cell(70, 8, "PURCHASE ORDER", align="R")
    y = pdf_fields(
        pdf,
        [
            ("PO number", "PO-77812"),
            ("PO date", "10/28/2026"),
            ("Vendor", "Brightwater Supply Co. (vendor 2041)"),
            ("Job", "KCSD-26-019  Hallam HS mechanical room, phase 1"),
            ("Ship to", "Hallam High School, 3rd St entrance - call 717-555-0196"),
            ("Approved by", "T. Morales, Project Manager"),
        ],
        34,
        label_w=38,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Our part", "Vendor item", "Description", "Qty", "Unit", "Amount"],
        ["1", "KM-88213", "VLV-2210-BR", '2" BRONZE GATE VALVE THD', "40", "58.90", "2,356.00"],
        ["2", "KM-40112", "FTG-CU-E90-100", '1" WROT 90 CXC', "150", "2.95", "442.50"],
        ["3", "KM-88340", "VLV-0750-PRV", '3/4" PRV 25-75 PSI', "12", "91.40", "1,096.80"],
        ["4", "", "PIP-PEX-075-300", '3/4" PEX-A 300 FT COIL', "6", "164.00", "984.00"],
    ]
    pdf_rows(pdf, [9, 22, 34, 56, 14, 20, 27], rows)
    pdf.ln(3)
    pdf.set_x(128)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(36, 7, "PO total USD")
    pdf.cell(24, 7, "4,879.30", align="R")
    pdf.set_xy(14, 246)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(
        182,
        4,
        "Invoices must show this PO number and match PO prices. Partial shipments accepted; "
        "each packing slip must show this PO number. Sales tax exempt: KCSD project, "
        "exemption certificate REV-1220 on file.",
    )
    return bytes(pdf.output())


def summit_quote_pdf():
    """Brightwater's quotation Q-26-0917 to Summit, the copy Summit's AP keeps."""
    pdf = pdf_doc(at("2026-08-20 14:35", "CT"), "Brightwater QuoteDesk 4.1")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 16)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 23)
    pdf.cell(0, 5, "DC-West inside sales  |  quotes@brightwatersupply.example")
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 32)
    pdf.cell(0, 7, "QUOTATION  Q-26-0917")
    y = pdf_fields(
        pdf,
        [
            ("Customer", "Summit HVAC Services"),
            ("Attention", "Raj Patel"),
            ("Quote date", "08/20/2026"),
            ("Valid", "30 days from quote date"),
            ("Project", "Crescent Lane make-ready stock"),
        ],
        44,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Item", "Description", "Qty", "Unit price", "Extended"],
        ["1", "TST-2100-NP", "Non-programmable digital thermostat 24V", "12", "27.40", "328.80"],
    ]
    pdf_rows(pdf, [10, 34, 84, 14, 22, 24], rows)
    pdf.ln(6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        182,
        4.5,
        "Prices are valid for orders placed within the validity period shown above. Orders "
        "placed after it are billed at the price in effect on the order date. Freight prepaid "
        "on orders over $1,000.",
    )
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "Q-26-0917    Page 1 of 1")
    return bytes(pdf.output())


def remittance_pdf():
    """Harbor Point's remittance advice for check 20417."""
    pdf = pdf_doc(at("2026-12-03 09:48", "CT"), "Yardi Voyager - Payables")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "HARBOR POINT PROPERTY MANAGEMENT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "2600 Briarpark Dr, Suite 400, Houston, TX 77042  |  payables@harborpointpm.com")
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 32)
    pdf.cell(0, 7, "REMITTANCE ADVICE")
    y = pdf_fields(
        pdf,
        [
            ("Payee", "Brightwater Supply Co."),
            ("Check no.", "20417"),
            ("Check date", "12/03/2026"),
            ("Amount", "$1,791.00"),
        ],
        44,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Document", "Date", "Our PO", "Property", "Amount"],
        ["INV 88160", "11/09/2026", "70231", "Bayou Oaks", "1,552.60"],
        ["CM - filters short 2 cs", "", "70231", "Bayou Oaks", "-76.80"],
        ["CM - registers bent 6", "", "70231", "Bayou Oaks", "-33.60"],
        ["INV 88190", "11/16/2026", "70296", "Cypress Landing", "348.80"],
    ]
    pdf_rows(pdf, [58, 28, 24, 40, 30], rows)
    pdf.ln(3)
    pdf.set_x(124)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(40, 7, "Total paid USD")
    pdf.cell(30, 7, "1,791.00", align="R")
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "Questions: Grace Kim, Accounts Payable, 713-555-0116")
    return bytes(pdf.output())


# ------------------------------------------------------------------ attachments: the scan


def invoice_88160_scan():
    """Invoice 88160 as Harbor Point's payables scanned it, with the receiving notes on it."""
    page = page_canvas()
    d = ImageDraw.Draw(page)
    d.text((80, 70), "BRIGHTWATER SUPPLY CO.", fill=(0, 0, 0), font=bold(44))
    d.text((80, 126), "INVOICE", fill=(0, 0, 0), font=bold(34))
    d.text((820, 126), "No. 88160", fill=(0, 0, 0), font=mono(30))
    rows = [
        "INVOICE DATE 11/09/2026      TERMS NET 30",
        "ORDER SO-104239              CUST PO 70231",
        "SOLD TO: HARBOR POINT PROPERTY MANAGEMENT",
        "SHIP TO: BAYOU OAKS APTS - MAINT SHOP",
        "",
        "QTY  ITEM               DESCRIPTION            AMOUNT",
        " 60  HVC-REG-1006-W     10X6 REGISTER WHT      336.00",
        " 24  HVC-FLT-1625-M11   16X25X1 MERV11 CS/12   921.60",
        " 10  TST-2100-NP        DIGITAL TSTAT NON-PROG 295.00",
        "",
        "                          TOTAL USD          1,552.60",
    ]
    for i, row in enumerate(rows):
        d.text((80, 210 + i * 44), row, fill=(0, 0, 0), font=mono(26))
    d.ellipse((60, 496, 170, 560), outline=(0, 0, 0), width=4)
    d.text((230, 720), "rec'd 22 cs only - Bayou Oaks shop 11/10", fill=(0, 0, 0), font=pen(38))
    d.rectangle((760, 820, 1170, 980), outline=(0, 0, 0), width=4)
    d.text((790, 836), "ACCOUNTS PAYABLE", fill=(0, 0, 0), font=bold(30))
    d.text((790, 880), "NOV 12 2026", fill=(0, 0, 0), font=bold(34))
    d.text((790, 928), "HOLD", fill=(0, 0, 0), font=bold(34))
    d.text((80, 1000), "need CM 2 cs = 76.80  GK", fill=(0, 0, 0), font=pen(40))
    d.text(
        (80, 1520), "REMIT TO: BRIGHTWATER SUPPLY CO., PO BOX 7720", fill=(0, 0, 0), font=mono(20)
    )
    return scan_pdf(page, at("2026-11-13 09:12", "CT"), "RICOH MP C3004ex", -0.6, seed="i18")


# ------------------------------------------------------------------ attachments: photos


def tee_slip_photo():
    """The caved-in tee carton at the hospital dock, the packing slip in its pouch."""
    img = Image.new("RGB", (1200, 900), (150, 150, 146))
    d = ImageDraw.Draw(img)
    d.polygon(
        [(120, 160), (980, 140), (1060, 700), (560, 760), (180, 720)],
        fill=(198, 162, 110),
        outline=(110, 84, 52),
    )
    d.polygon([(860, 520), (1060, 700), (900, 760), (800, 640)], fill=(150, 118, 78))
    d.text((880, 560), "CAVED", fill=(40, 30, 20), font=marker(30))
    d.rectangle((240, 200, 820, 500), fill=(246, 246, 240), outline=(60, 60, 60), width=2)
    rows = [
        "PACKING SLIP   SH-55116",
        "ORDER SO-104230   CUST PO 24460",
        "VIA ESTES EXPRESS  ES4410377105",
        'FTG-PVC-T-200  2" PVC TEE   100',
        'PIP-CU-L-100-20 1" L CU 20FT  10',
        "VLV-0075-BV  3/4 BV SWT      30",
    ]
    for i, row in enumerate(rows):
        d.text((256, 214 + i * 46), row, fill=(20, 20, 20), font=mono(24))
    d.text((300, 560), "8 cracked - T.H. 11/2", fill=(20, 20, 120), font=pen(40))
    return photo(img, 1.8, (150, 150, 146), (1200, 900), blur=0.9, quality=74)


def gate_valve_photo():
    """A 2-inch bronze gate valve on the tailgate, the bonnet crack marked, Keystone's tag."""
    img = Image.new("RGB", (1200, 900), (84, 86, 92))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 600, 1200, 900), fill=(60, 62, 66))
    d.rectangle((380, 420, 820, 560), fill=(176, 132, 66), outline=(90, 64, 30), width=4)
    d.rectangle((520, 220, 680, 430), fill=(186, 142, 74), outline=(90, 64, 30), width=4)
    d.rectangle((585, 110, 615, 230), fill=(150, 150, 150), outline=(60, 60, 60), width=2)
    d.ellipse((470, 70, 730, 130), fill=(40, 90, 160), outline=(20, 40, 90), width=3)
    d.line((540, 260, 575, 320, 560, 390), fill=(30, 20, 10), width=4)
    d.text((700, 260), "CRACK", fill=(250, 240, 60), font=marker(44))
    d.rectangle((840, 600, 1150, 740), fill=(240, 240, 236), outline=(40, 40, 40), width=2)
    d.text((856, 612), "KEYSTONE MECH", fill=(20, 20, 20), font=bold(24))
    d.text((856, 650), "PO 77812 HALLAM", fill=(20, 20, 20), font=pen(30))
    d.text((856, 694), "1 of 2  11/9", fill=(20, 20, 20), font=pen(28))
    return photo(img, -1.2, (84, 86, 92), (1200, 900), blur=1.0, quality=71)


def ups_carton_photo():
    """The crushed condensate pump carton in Summit's warehouse, the UPS label on top."""
    img = Image.new("RGB", (1200, 900), (170, 168, 160))
    d = ImageDraw.Draw(img)
    d.polygon(
        [(160, 200), (1000, 180), (1040, 760), (620, 700), (200, 780)],
        fill=(190, 150, 100),
        outline=(100, 76, 46),
    )
    d.line((620, 700, 700, 420, 1000, 380), fill=(100, 76, 46), width=5)
    d.rectangle((230, 240, 640, 560), fill=(250, 250, 250), outline=(30, 30, 30), width=2)
    rows = [
        ("UPS GROUND", bold(30)),
        ("SHIP TO: SUMMIT HVAC SERVICES", mono(18)),
        ("4120 S MINGO RD, TULSA OK 74146", mono(18)),
        ("REF 1: PO 60455", mono(20)),
        ("TRACKING #", mono(18)),
        ("1Z 4F8 309 03 4229 1043", bold(24)),
    ]
    for i, (row, f) in enumerate(rows):
        d.text((248, 252 + i * 48), row, fill=(10, 10, 10), font=f)
    d.rectangle((700, 520, 960, 640), fill=(250, 236, 120), outline=(120, 100, 20), width=2)
    d.text((716, 532), "2 PUMPS", fill=(20, 20, 90), font=marker(34))
    d.text((716, 584), "CRACKED", fill=(20, 20, 90), font=marker(34))
    return photo(img, 2.4, (170, 168, 160), (1200, 900), blur=0.9, quality=73)


def heater_label_photo():
    """The rating plate of the leaking heater at Las Palmas, a wet floor below it."""
    img = Image.new("RGB", (900, 1200), (206, 204, 198))
    d = ImageDraw.Draw(img)
    d.rectangle((150, 80, 750, 1140), fill=(236, 236, 232), outline=(90, 90, 90), width=4)
    d.rectangle((230, 300, 670, 640), fill=(250, 250, 246), outline=(30, 30, 30), width=2)
    rows = [
        "ELECTRIC WATER HEATER",
        "MODEL WH-40G-EL",
        "40 GAL  4500 W  240 V",
        "SERIAL 2609-114872",
        "MFD 09/2026",
    ]
    for i, row in enumerate(rows):
        d.text((250, 318 + i * 60), row, fill=(20, 20, 20), font=bold(28))
    d.ellipse((60, 1020, 840, 1190), fill=(120, 130, 140))
    d.rectangle((250, 720, 650, 840), fill=(236, 220, 150))
    d.text((266, 732), "LAS PALMAS ES", fill=(10, 10, 10), font=marker(32))
    d.text((266, 784), "INV 88070  J.O.", fill=(10, 10, 10), font=marker(30))
    return photo(img, -1.4, (206, 204, 198), (900, 1200), blur=0.8, quality=75)


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
SIG_ALLISON = para("""
    Thanks,

    Allison Reber
    Purchasing | Keystone Mechanical Contractors
    717-555-0161 | areber@keystonemech.com
    """)
SIG_MATT = "Matt Shenk\nService Tech | Keystone Mechanical\n717-555-0193\n"
SIG_CHRIS = "Chris Hartman\nPlumbing Foreman - Keystone Mechanical\n717-555-0124\n"
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
SIG_TRAVIS = para("""
    Travis Hoult
    Lead Tech, Riverbend P&H
    cell 304-555-0184
    """)
SIG_JESS = para("""
    Jess Lantz
    Purchasing & Dispatch
    Riverbend Plumbing & Heating | 304-555-0109
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
SIG_DENISE = para("""
    Denise Okafor
    Purchasing | Summit HVAC Services
    918-555-0128 | purchasing@summithvac.net
    """)
SIG_TYLER = "Tyler Boone\nService Tech | Summit HVAC | Truck 4\n918-555-0187\n"
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
SIG_HECTOR = "Hector Salazar\nMaintenance - Cypress Landing\nHarbor Point PM | 281-555-0147\n"
SIG_BRENDA = para("""
    Brenda Castillo
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
SIG_PAM = para("""
    Pam Whitaker
    Claims Desk | Brightwater Supply Co.
    claims@brightwatersupply.example | 610-555-0147
    """)


# ------------------------------------------------------------------ the requests


def i01():
    when = at("2026-10-27 08:40", "ET")
    body = (
        para("""
        Good morning,

        One of the 7-day Wi-Fi thermostats that came out on your truck last Thursday (our PO 77760) is dead. We mounted it in the Kreutz Creek Middle School library yesterday and it never powers up - no display, no backlight. We have 26 VAC at the subbase, and a second thermostat from the same box works on that same subbase, so it is the unit.

        Please send a replacement and tell me how you want the dead one back. It is bagged and tagged in my office.

        The other seven are installed and working. We have not opened the filters from that PO yet.

        """)
        + SIG_TOM
        + "\n"
        + KEYSTONE_FOOTER
    )
    subject = "Dead Wi-Fi thermostat - PO 77760 (Kreutz Creek MS)"
    return outlook_desktop("i01", TOM, subject, when, body)


I02_WHEN = at("2026-10-28 10:05", "ET")
I02_SUBJECT = "Return - unions from invoice 88061"
I02_BODY = (
    para("""
    Hi,

    We have 10 of the 1-1/2" black malleable unions left over from your invoice 88061. The hospital changed the mechanical room layout and the job took fewer unions than we figured. They're new, still in the bag.

    Can we send them back for credit? If you give me an RA number they can go back with your driver on the next delivery.

    Thanks,
    """)
    + SIG_MIKE
)


def i02():
    return gmail("i02", MIKE, I02_SUBJECT, I02_WHEN, I02_BODY)


def i03():
    when = at("2026-10-29 14:20", "CT")
    body = (
        para("""
        Good afternoon,

        Mission Creek ISD is asking us for the supplier paperwork on two of our jobs before they pay us:

        - our PO 40917, the water heaters for Las Palmas Elementary, delivered October 7
        - our PO 40962, the PRVs, elbows and copper that your truck brought to our shop today

        Could you send me a copy of the invoice for each one? I do not have the invoice number for the second one yet, it was not with the delivery ticket.

        Also a request: your delivery tickets show your order number but not our PO number, and the district wants our PO on every paper. Could you ask your billing department to print our PO number on the invoices and delivery tickets?

        Thank you,

        """)
        + SIG_SEP
        + SIG_ROSA
    )
    subject = "Invoice copies for Mission Creek ISD - PO 40917 and PO 40962"
    return thunderbird("i03", ROSA, subject, when, body)


def i04():
    when = at("2026-10-30 07:25", "ET")
    body = (
        para("""
        Matt Shenk with Keystone. Wednesday's R+L delivery to Long Level Elementary, PO 77790. One of the boxes of 1" copper 90s is actually 45s - box of 25, labeled 90 C x C but every fitting in it is a 45. Can't use them on the boiler room job.

        Need 25 of the 1" 90s sent out, you can take the 45s back when you drop them. The other boxes are fine. Copper tube looks ok.

        """)
        + SIG_MATT
    )
    subject = "77790 - box of elbows are 45s"
    return outlook_mobile("i04", MATT, subject, when, body, "iOS")


def i05():
    when = at("2026-11-02 07:40", "ET")
    body = (
        para("""
        Estes dropped our PO 24460 at the hospital dock Saturday, packing slip SH-55116. I opened the tee cartons this morning: 8 of the 2" PVC tees are cracked at the hub. Looks like the carton got dropped on a corner, that end is caved in. Picture of the carton and the slip attached.

        Need 8 replacement tees. The other 92 are ok, and the copper and the 3/4 valves are fine.

        """)
        + SIG_TRAVIS
        + "\nSent from my phone\n"
    )
    pic = gmail_file("i05", "image/jpeg", "IMG_20261102_071904.jpg", tee_slip_photo())
    subject = "Cracked tees - PO 24460 / packing slip SH-55116"
    return gmail("i05", TRAVIS, subject, when, body, cc=[MIKE], files=[pic])


def i06():
    when = at("2026-11-03 07:50", "CT")
    body = para("""
        Good morning

        Thursday your truck bring the PO 40962 to our shop. Today we start the job and we count the copper pipe 1" type L. The ticket say 12 pieces but we have only 10. 2 pieces missing. We look in the truck and in the shop, nothing.

        The elbows and the PRV are ok.

        Please send the 2 pipes or credit. Thank you
        Ruben Delgado
        Delgado & Sons Plumbing
        """)
    return samsung("i06", RUBEN, "PO 40962 copper pipe short", when, body)


def i07():
    when = at("2026-11-04 09:30", "CT")
    body = (
        para("""
        Hi,

        Monday's ODFL delivery to the Riverside Pointe clubhouse (your invoice 88109) came with three cartons of the 2x2 acoustic tile crushed at the bottom of the pallet - the tiles inside are broken in half. The crew already threw them out with the demo debris, so there is nothing to send back. The foreman has pictures if you need them.

        Please credit the 3 cartons. The rest of the tile is fine.

        Thanks,

        """)
        + SIG_RAJ
    )
    return apple_mac("i07", RAJ, "Crushed ceiling tile - invoice 88109", when, body)


def i08():
    when = at("2026-11-05 11:10", "ET")
    body = (
        para("""
        Hello,

        Invoice 88098 is on hold in our system: the 1" type L copper tube is billed at $76.40 per length, and our PO 77790 has it at $71.80, the price your outside sales confirmed when we placed the order. 30 lengths x $4.60 = $138.00.

        Please send a credit memo for $138.00 against invoice 88098 and I will release the rest for payment. Our AP exception report is attached. The elbows and the ball valves on the invoice match the PO.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_FOOTER
    )
    report = blob("application/pdf", "APX-310_88098.pdf", ap_exception_pdf())
    subject = "Price variance - invoice 88098 / PO 77790"
    return outlook_desktop("i08", DANA, subject, when, body, files=[report])


def i09():
    when = at("2026-11-06 13:15", "ET")
    body = (
        para("""
        Hello,

        Could you please quote the same material as our PO 77812 (copy attached) for phase 2 of the Hallam High School job? Quantities for phase 2:

        - 20 ea 2" bronze gate valve, threaded
        - 100 ea 1" wrot copper 90
        - 8 ea 3/4" PRV 25-75 psi
        - 4 ea 3/4" PEX-A tubing, 300 ft coil

        Same pricing as PO 77812 if possible; the district approved the budget on those numbers. We would need delivery the week of December 7.

        If quotes go to your sales desk and not to this address, please pass it along - this is the address printed on our last packing slip.

        """)
        + SIG_ALLISON
        + "\n"
        + KEYSTONE_FOOTER
    )
    po = blob("application/pdf", "PO-77812.pdf", keystone_po_77812_pdf())
    subject = "Quote request - same material as PO 77812 (Hallam HS phase 2)"
    return outlook_desktop("i09", ALLISON, subject, when, body, files=[po])


I10_WHEN = at("2026-11-09 07:30", "ET")
I10_SUBJECT = "PRVs short - packing slip SH-55121"
I10_BODY = (
    para("""
    Matt from Keystone again. Friday's Estes delivery for the Hallam HS job, packing slip SH-55121. The slip says 12 of the 3/4 PRVs, the box had 10. Counted it twice with the driver standing there and he wrote short 2 on his copy.

    Need the 2 PRVs, we are installing this week. PEX coils are all there.

    """)
    + SIG_MATT
)


def i10():
    return outlook_mobile("i10", MATT, I10_SUBJECT, I10_WHEN, I10_BODY, "Android")


def i11():
    when = at("2026-11-09 10:20", "CT")
    body = (
        para("""
        Hi,

        Three thermostats from last Thursday's delivery to Maple Ridge (our PO 60418) are bad:

        - 2 of the non-programmable digital ones: blank screen. 24V is good at the wall, and I swapped one onto another unit's subbase, still nothing.
        - 1 of the 7-day Wi-Fi ones: powers up but won't join the network and reboots every couple of minutes. Tried two different routers.

        These were for make-ready units 14B and 3A. Can you send 3 replacements with the next delivery? I'll hand the bad ones to your driver. The rest of the order is fine.

        """)
        + SIG_TYLER
    )
    subject = "Bad thermostats - PO 60418 Maple Ridge"
    return gmail("i11", TYLER, subject, when, body, cc=[RAJ])


I12_WHEN = at("2026-11-10 08:15", "ET")
I12_BODY = para("""
    Following up on Matt's email below - he sent it without our PO. Packing slip SH-55121 is the second half of our PO 77812 (your invoice 88121). So please take it as 2 x 3/4" PRV short on PO 77812 and either ship the 2 or credit them.

    While I have you: on the first half of the same PO (R+L, delivered last Thursday, invoice 88120) two of the 40 bronze gate valves have a cracked bonnet, picture attached. They came that way in the box. Please replace the 2 or credit them.

    Tom
    """)


def i12():
    history = [Msg(MATT, I10_WHEN, [DESK], I10_SUBJECT, I10_BODY)]
    pic = blob("image/jpeg", "IMG_4471.jpg", gate_valve_photo())
    subject = "FW: " + I10_SUBJECT
    return outlook_mobile(
        "i12", TOM, subject, I12_WHEN, I12_BODY, "iOS", history=history, files=[pic]
    )


def i13():
    when = at("2026-11-10 09:45", "ET")
    body = (
        para("""
        Hi,

        Two things on your order 104263 (our PO 24519) that UPS delivered Friday:

        1. We got 28 of the 1" full port ball valves. The PO and the packing slip say 24. We'll send the 4 extra back - just tell me how you want them.
        2. One of the two PEX coils is 1/2", not 3/4" like the PO. The label on the coil says 1/2" PEX-A. We need a 3/4" 300 ft coil in its place; the 1/2" one hasn't been touched.

        The PEX couplings are fine.

        Thanks,
        """)
        + SIG_JESS
    )
    subject = "Order 104263 / PO 24519 - extra valves and a wrong coil"
    return gmail("i13", JESS, subject, when, body)


def i14():
    when = at("2026-11-11 08:50", "CT")
    body = (
        para("""
        Hello,

        Monday's delivery to Bayou Oaks (PO 70231) was checked in yesterday by our shop:

        - 6 of the 10x6 white floor registers are bent at the corners and the louvers won't close. We can't put those in a make-ready.
        - Filters: the delivery ticket says 24 cases of 16x25x1 MERV 11, we have 22 cases.

        Please send 6 registers and 2 cases of filters, or credit them. The thermostats on this PO are fine.

        """)
        + SIG_LUIS
    )
    subject = "PO 70231 - bent registers, filters short"
    return outlook_desktop("i14", LUIS, subject, when, body)


def i15():
    when = at("2026-11-11 10:10", "CT")
    body = para("""
        Good morning

        Friday we pick up at your counter the material for the invoice 88165 (PO 40988). Two things:

        1. The 2" black pipe, we don't need 40 feet anymore, the school change the plan for the boiler room. We want to return 40 ft for credit.
        2. The unions 1-1/2", the invoice say 12 but in the box we have 14. 2 extra. We can bring back the 2 when we come again.

        The ball valves ok.

        Thank you
        Ruben Delgado
        Delgado & Sons Plumbing
        """)
    return samsung("i15", RUBEN, "Invoice 88165 - return pipe and extra unions", when, body)


def i16():
    when = at("2026-11-12 10:40", "ET")
    top = para("""
        Hello,

        Two items on invoice 88133 (our PO 77830). First, the condensate pumps are billed above the PO price:
        """)
    rows = [
        ["Item", "Qty", "Invoiced", "PO price", "Difference"],
        ["Condensate pump 115V w/ safety switch", "8", "64.90", "61.50", "27.20"],
    ]
    bottom = (
        para("""
        Please issue a credit memo for $27.20; our system holds the invoice until the price matches the PO.

        Second, Allison asked me to add this: the district cancelled the circulator replacement at Yorkana Elementary, so we would like to return 2 of the 4 circulator pumps (1/25 HP cast iron, 115 V) from the same invoice. They are unopened. Please send an RMA.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_FOOTER
    )
    text, inner = table_body(top, rows, bottom)
    subject = "Invoice 88133 - pump price and return of 2 circulators"
    return outlook_desktop("i16", DANA, subject, when, text, inner=inner)


def i17():
    when = at("2026-11-12 11:20", "CT")
    body = para("""
        Estes brought the 3 water heaters for PO 70288 to Westheimer Place yesterday afternoon. One of them is crushed in on the side about a foot from the bottom, looks like a forklift. The carton has a hole in it. I wrote it on the Estes receipt before the driver left.

        It's tagged do not install. Need a replacement heater, the other 2 are ok.

        Marcus Bell
        Maintenance Tech - Westheimer Place
        Harbor Point PM
        """)
    return iphone("i17", MARCUS, "Crushed water heater PO 70288", when, body)


def i18():
    when = at("2026-11-13 09:30", "CT")
    body = (
        para("""
        Hello,

        We received invoice 88160 for 24 cases of 16x25x1 MERV 11 filters, but our receiving at Bayou Oaks signed for 22 cases (a copy of the invoice with their notes is attached). I am holding this invoice until we have a credit memo for the 2 cases ($76.80).

        Please send the credit memo to payables@harborpointpm.com.

        Thank you,

        """)
        + SIG_GRACE
    )
    scan = blob("application/pdf", "SCAN_88160.pdf", invoice_88160_scan())
    subject = "Invoice 88160 - short 2 cases, payment on hold"
    return outlook_desktop("i18", GRACE, subject, when, body, files=[scan])


def i19():
    when = at("2026-11-16 09:10", "ET")
    body = (
        para("""
        Hi,

        Thursday's R+L delivery for our PO 24530 (your invoice 88108) is short on the 1" wrot copper 90s. The packing slip and the invoice say 250, we counted 200. My guys recounted this morning before we started the rough-in at the medical office building.

        Please ship the 50 or credit them. Everything else on the PO is fine.

        Thanks,
        """)
        + SIG_MIKE
    )
    subject = "Short copper 90s - PO 24530 / inv 88108"
    return gmail("i19", MIKE, subject, when, body)


def i20():
    when = at("2026-11-16 10:30", "CT")
    body = (
        para("""
        Hello,

        UPS delivered our PO 60455 on Thursday (tracking 1Z4F83090342291043). Our warehouse found:

        - 2 of the condensate pumps came in a crushed carton and the pump housings are cracked. Photo attached.
        - 22 cases of the 16x25x1 MERV 11 filters, but the PO is for 20. The 2 extra cases can go back or you can pick them up.

        Please replace the 2 pumps or credit them, and let me know about the filters. The thermostats on the same PO are fine.

        Thank you,
        """)
        + SIG_DENISE
    )
    pic = gmail_file("i20", "image/jpeg", "IMG_0931.jpg", ups_carton_photo())
    subject = "PO 60455 - crushed pumps and extra filters (UPS 1Z4F83090342291043)"
    return gmail("i20", DENISE, subject, when, body, files=[pic])


def i21():
    when = at("2026-11-17 07:15", "ET")
    body = (
        para("""
        Chris Hartman, plumbing foreman at Keystone. On the Long Level Elementary boiler room job, PO 77760:

        - 3 of the 1" full port ball valves leak by the stem as soon as the system is under pressure. Tightened the packing nuts, still weeping. Brand new valves.
        - 2 of the 20 ft lengths of 1" copper are marked type M (red print), not type L. Our spec is type L only and the inspector will flag it.

        Please send 3 valves and 2 lengths of type L and we'll give your driver the bad ones.

        """)
        + SIG_CHRIS
    )
    subject = "Leaking ball valves and type M copper - PO 77760"
    return outlook_mobile("i21", CHRIS, subject, when, body, "iOS", cc=[TOM])


I02_ACK = Msg(
    PAM,
    at("2026-10-28 15:12", "ET"),
    [MIKE],
    "Re: " + I02_SUBJECT,
    para("""
        Mike,

        Thank you. The return of the 10 x 1-1/2" black malleable unions on invoice 88061 (your PO 24388) is approved under RMA-9118. Please write the RMA number on the bag; our driver will pick them up on the next delivery. The credit, less the 10% restocking fee in your agreement, posts once they are checked in.

        """)
    + SIG_PAM,
    cc=[KAREN],
)


def i22():
    when = at("2026-11-17 13:20", "ET")
    body = (
        para("""
        Hi Pam,

        Mike sent the 10 unions back with your driver on the 3rd under the RMA below, but our November statement still shows invoice 88061 at the full amount. Has the credit gone through? I'd like to close out that invoice before month end.

        Also, is there a ship date yet for our PO 24561 (the check valves and unions for the hospital)? The schedule has us setting those valves the week after Thanksgiving.

        Thanks,
        """)
        + SIG_KAREN
    )
    history = [I02_ACK, Msg(MIKE, I02_WHEN, [DESK], I02_SUBJECT, I02_BODY)]
    ack_id = desk_msgid("i02-ack")
    reply = (ack_id, f"{gmail_msgid('i02')} {ack_id}")
    subject = "Re: " + I02_SUBJECT
    return gmail("i22", KAREN, subject, when, body, history=history, reply=reply)


def i23():
    when = at("2026-11-18 08:05", "CT")
    body = (
        para("""
        Hector Salazar, maintenance at Cypress Landing. Monday's delivery here, your invoice 88190:

        - The 12 ball valves 3/4 are threaded. We ordered sweat (solder) like always, the invoice even says sweat. All 12 are threaded, can't use them on the copper in the units.
        - Registers 10x6 white: we got 45, invoice says 40. 5 extra.

        Please send 12 of the sweat ones and pick up the 12 threaded and the 5 extra registers.

        """)
        + SIG_HECTOR
    )
    subject = "Invoice 88190 - wrong ball valves + extra registers"
    return outlook_mobile("i23", HECTOR, subject, when, body, "Android")


def i24():
    when = at("2026-11-18 10:30", "ET")
    body = (
        para("""
        Hi,

        Please make a change to our PO 24561 (your SO-104247) before it ships. Your website shows it hasn't left yet.

        - 1-1/2" black malleable unions: change from 20 to 28
        - 3" flanged check valves: no change, 3

        The hospital moved the pump tie-in, so we need a few more unions. Please send a revised confirmation so I can update our PO. Delivery is still to the West Fork Regional dock, Monday to Friday before 1:30.

        Thanks,
        """)
        + SIG_JESS
    )
    return gmail("i24", JESS, "Change to PO 24561 before it ships", when, body)


def i25():
    when = at("2026-11-19 10:00", "CT")
    body = (
        para("""
        Hello,

        Invoice 88184 (our PO 60455) bills the non-programmable digital thermostats at $28.90 each. We have your quote Q-26-0917 at $27.40 each (attached), so the 12 thermostats should be $328.80, not $346.80. Please issue a credit memo for the $18.00 difference.

        The pumps and the filters on the invoice are ok.

        """)
        + SIG_LINDA
    )
    pdf = gmail_file("i25", "application/pdf", "Q-26-0917.pdf", summit_quote_pdf())
    return gmail("i25", LINDA, "Price on invoice 88184 - thermostats", when, body, files=[pdf])


def i26():
    when = at("2026-11-19 14:10", "ET")
    body = (
        para("""
        Hi Pam,

        Thanks for checking on the credit, it showed up this morning.

        While I was closing out that job I found we still have 20 of the 1-1/2" black malleable unions from PO 24388 on the shelf (we bought 30 and Mike sent 10 back). The hospital job they were for is done, so we'd like to send those 20 back for credit as well. Same as last time, new in the bag.

        Can you send an RMA?

        Thanks,
        """)
        + SIG_KAREN
    )
    return gmail("i26", KAREN, "Return the rest of the unions - PO 24388", when, body)


def i27():
    when = at("2026-11-20 09:15", "CT")
    body = (
        para("""
        Good morning,

        I am checking your invoice 88121 for the material your truck delivered to our shop on October 29 for the Las Palmas Elementary restrooms. The 3/4" pressure reducing valves are billed at $94.00 each, but the quote Ruben got from your counter was $89.00. For the 6 valves that is $30.00 more than the quote.

        Could you please check the price and send a credit memo for the difference if it is an error?

        Thank you,

        """)
        + SIG_SEP
        + SIG_ROSA
    )
    return thunderbird("i27", ROSA, "Price difference on invoice 88121 - PRVs", when, body)


def i28():
    when = at("2026-11-20 11:30", "CT")
    body = (
        para("""
        Hi,

        Crescent Lane's auditor is sampling our November parts purchases and picked two of our orders with you: the order before last (PO 60418, delivered to Maple Ridge on Nov 5) and the last one (PO 60455, UPS, Nov 12). Could you send me the signed delivery ticket for the first one and the UPS proof of delivery for the second?

        No problems with either - Tyler's and Denise's items were already taken care of. The auditor just needs the paperwork.

        Thanks,

        """)
        + SIG_RAJ
    )
    subject = "Delivery receipts for Crescent Lane audit - PO 60418 and PO 60455"
    return apple_mac("i28", RAJ, subject, when, body)


def i29():
    when = at("2026-11-23 09:40", "CT")
    body = (
        para("""
        Hello,

        Our maintenance team at Mission Trace received thermostats from your order #104238 (the number is from the packing list that came with the delivery to Bayou Oaks, where our parts are received). 4 of them are programmable units, not the non-programmable digital thermostats that were ordered. Our units use the simple non-programmable ones and the techs cannot set these up for move-ins.

        Please exchange the 4 for non-programmable thermostats. They are boxed at the Mission Trace office.

        Thank you,

        """)
        + SIG_BRENDA
    )
    subject = "Wrong thermostats - Brightwater order #104238"
    return outlook_desktop("i29", BRENDA, subject, when, body)


def i30():
    when = at("2026-11-24 07:40", "ET")
    body = (
        para("""
        Matt Shenk, Keystone. Opened the filter cases from PO 77760 today for the Kreutz Creek Middle School change-out. They came with the Wi-Fi thermostats on Oct 22 and sat in the shop since. 6 of the 12 cases are MERV 8, not MERV 11 - the case labels say MERV 11 but the filters inside are MERV 8. District spec is MERV 11.

        Need 6 cases of MERV 11, will send the MERV 8 back.

        """)
        + SIG_MATT
    )
    return outlook_mobile("i30", MATT, "Wrong filters in PO 77760 - KCMS", when, body, "Android")


def i31():
    when = at("2026-11-25 09:00", "ET")
    body = (
        para("""
        Hi,

        One of the two 3" flanged swing check valves from PO 24415 (your SO-104222) isn't seating. It went in on the central plant return at West Fork Regional; the pump backspins when it shuts off and we can hear the disc chattering. We pulled it yesterday and the hinge pin is bent. Nothing in the line could have done that.

        Please replace it under warranty or credit it. The other check valve and the RPZ are fine.

        Also, can you confirm PO 24561 ships next week? Jess sent you a change on it last week.

        Thanks,
        """)
        + SIG_MIKE
    )
    subject = "Check valve not seating - PO 24415 / SO-104222"
    return gmail("i31", MIKE, subject, when, body)


def i32():
    when = at("2026-11-30 10:20", "ET")
    body = (
        para("""
        Hello,

        We would like to return 10 of the 1" full port threaded ball valves from invoice 88098 (our PO 77790). The Long Level Elementary job used fewer than planned and these are extra, unopened in their boxes.

        Please send an RMA number and let me know the restocking fee.

        """)
        + SIG_ALLISON
        + "\n"
        + KEYSTONE_FOOTER
    )
    subject = "Return request - ball valves on invoice 88098"
    return outlook_desktop("i32", ALLISON, subject, when, body)


def i33():
    when = at("2026-12-01 07:05", "ET")
    body = para("""
        Hi Pam / claims,

        Travis Hoult with Riverbend P&H - writing from my personal email, my work phone died over the weekend. One of the 3/4" pressure reducing valves from your SO-104243 (it's on the packing list in our job box) failed at West Fork Regional: it won't hold its setting, downstream pressure creeps up to line pressure overnight. Installed Nov 17 on the MOB domestic branch.

        Can you send a replacement under warranty? I'll have the bad one at the dock.

        Travis
        304-555-0184
        """)
    return gmail("i33", TRAVIS_HOME, "PRV failed - SO-104243", when, body)


def i34():
    when = at("2026-12-01 08:20", "CT")
    body = para("""
        Good morning

        We have 2 ball valves 3/4 leaking from the PO 40611, is from last year, October 2025, the job of the heaters for the house on Nogalitos. The owner call us, water under the valve. We change the 2 valves already.

        Is warranty? Please tell me how we do.

        Thank you
        Ruben Delgado
        Delgado & Sons Plumbing
        """)
    return samsung("i34", RUBEN, "Ball valves leak - PO 40611", when, body)


def i35():
    when = at("2026-12-02 08:45", "CT")
    body = para("""
        Hi, Javier Ortiz with Delgado & Sons.

        One of the 2 electric water heaters we installed at Las Palmas Elementary in October is leaking from the tank - water comes out under the jacket at the bottom, not from any fitting. Your invoice 88070, delivered Oct 7. The school turned it off and we drained it.

        Can you send a replacement under warranty? Photo of the label is attached.

        Javier Ortiz
        Delgado & Sons Plumbing
        """)
    pic = iphone_photo("IMG_2087.jpg", heater_label_photo())
    subject = "Leaking water heater - Las Palmas Elementary - inv 88070"
    return iphone("i35", JAVIER, subject, when, body, files=[pic])


def i36():
    when = at("2026-12-03 10:10", "CT")
    body = (
        para("""
        Hello,

        Our check 20417 for $1,791.00 mailed today covers invoice 88160 (PO 70231) less your two credit memos, and invoice 88190 (PO 70296). The remittance advice is attached.

        Could you also send me a copy of the invoice for our PO 70288 (the water heaters at Westheimer Place)? I can't find it in our system.

        Thank you,

        """)
        + SIG_GRACE
    )
    pdf = blob("application/pdf", "Remit_20417.pdf", remittance_pdf())
    subject = "Remittance - check 20417 - and invoice copy for PO 70288"
    return outlook_desktop("i36", GRACE, subject, when, body, files=[pdf])


I12_ACK = Msg(
    PAM,
    at("2026-11-10 13:48", "ET"),
    [TOM],
    "RE: FW: " + I10_SUBJECT,
    para("""
        Tom,

        Thank you, that ties it together. On your PO 77812: the 2 x 3/4" PRVs short from packing slip SH-55121 are on a recount at DC-West, and the 2 gate valves with the cracked bonnet are going out as replacements; our driver will pick up the cracked ones.

        """)
    + SIG_PAM,
    cc=[MATT],
)


def i37():
    when = at("2026-12-04 09:20", "ET")
    body = (
        para("""
        Pam,

        The 2 PRVs and the 2 gate valves came with your driver on Wednesday and he took the cracked valves back. Both halves of PO 77812 are closed on our side - thanks for sorting out the packing slip mix-up.

        Allison will send the phase 2 order next week.

        """)
        + SIG_TOM
        + "\n"
        + KEYSTONE_FOOTER
    )
    history = [I12_ACK, Msg(TOM, I12_WHEN, [DESK], "FW: " + I10_SUBJECT, I12_BODY)]
    ack_id = desk_msgid("i12-ack")
    reply = (ack_id, f"{exo_msgid('i12', TOM)} {ack_id}")
    subject = "RE: FW: " + I10_SUBJECT
    return outlook_desktop("i37", TOM, subject, when, body, history=history, reply=reply)


def i38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Delivery of Nov 12 to West Fork Regional Medical Center. Packing slip and our PO say "
        '48 of the 1" full port ball valves; we found 52 when we inventoried the job trailer. '
        "The 4 extra are unused and can go back with your driver. - Riverbend P&H, job trailer"
    )
    line = {"sku": "VLV-1005-BV", "quantity": 4, "reason": "OVERSHIPPED"}
    text = (
        "{\n"
        '  "order_number": "SO-104243",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def i39():
    """Summit's receiving discrepancy report, typed and uploaded without an account; LF."""
    text = para("""
        SUMMIT HVAC SERVICES
        4120 S Mingo Rd, Tulsa, OK 74146 | 918-555-0117

        RECEIVING DISCREPANCY REPORT

        Vendor:            Brightwater Supply Co.
        Vendor order:      SO-104228
        Vendor invoice:    88109
        Our PO:            60377
        Delivered:         11/02/2026, ODFL, Riverside Pointe clubhouse
        Report date:       12/04/2026

        Item:       10x6 steel floor register, white
        Ordered:    30    Received: 30    Damaged: 5

        Description: 5 registers bent, louvers crushed. Found when the crew opened the last
        carton on 12/03 for the clubhouse hallway. Not installed, kept in the carton.

        Action requested: replace the 5 registers or credit them.

        Reported by:  Tyler Boone, Service Tech
        Reviewed by:  Raj Patel, Service Manager
        """)
    return text.encode("ascii")


def i40():
    """Harbor Point's vendor return form, typed at Westheimer Place; CRLF line ends."""
    text = para("""
        HARBOR POINT PROPERTY MANAGEMENT - WESTHEIMER PLACE
        VENDOR RETURN / EXCHANGE REQUEST

        Vendor:          Brightwater Supply Co.
        Our PO:          70288
        Vendor invoice:  88171
        Delivered:       11/11/2026, Estes, Bldg 7 boiler room

        Qty   Item                        Ordered              Received
        3     Thermal expansion tank      2 gal, potable       5 gal

        Reason: wrong size. The tanks on the PO are 2 gallon; all 3 delivered are 5 gallon
        and do not fit the space on the heater stands. Please exchange them for the 2 gallon
        tanks on the PO. Not installed; boxed in the Bldg 7 boiler room.

        Requested by:  Marcus Bell, Maintenance Tech
        Approved by:   Luis Ortega, Regional Maintenance Supervisor
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "i01-keystone-tom-wifi-stat-dead-thursday-truck-77760.eml": i01,
    "i02-riverbend-mike-return-unions-invoice-88061.eml": i02,
    "i03-delgado-rosa-invoice-copies-po-on-paperwork.eml": i03,
    "i04-keystone-matt-elbows-45s-wednesday-77790.eml": i04,
    "i05-riverbend-travis-tees-cracked-slip-sh55116.eml": i05,
    "i06-delgado-ruben-copper-short-thursday-40962.eml": i06,
    "i07-summit-raj-tiles-crushed-monday-inv-88109.eml": i07,
    "i08-keystone-dana-copper-price-inv-88098.eml": i08,
    "i09-keystone-allison-quote-same-as-77812.eml": i09,
    "i10-keystone-matt-prvs-short-hallam-sh55121.eml": i10,
    "i11-summit-tyler-stats-dead-last-thursday-60418.eml": i11,
    "i12-keystone-tom-prvs-short-gate-valves-two-invoices.eml": i12,
    "i13-riverbend-jess-extra-valves-pex-coil-24519.eml": i13,
    "i14-harbor-luis-registers-bent-filters-short-70231.eml": i14,
    "i15-delgado-ruben-pickup-pipe-back-extra-unions-88165.eml": i15,
    "i16-keystone-dana-pump-price-circulators-back-88133.eml": i16,
    "i17-harbor-marcus-heater-crushed-yesterday-70288.eml": i17,
    "i18-harbor-grace-filters-short-by-invoice-88160.eml": i18,
    "i19-riverbend-mike-elbows-short-24530.eml": i19,
    "i20-summit-denise-pumps-crushed-extra-filters-ups.eml": i20,
    "i21-keystone-chris-ball-valves-copper-long-level.eml": i21,
    "i22-riverbend-karen-credit-status-and-ship-date.eml": i22,
    "i23-harbor-hector-wrong-valves-extra-registers-88190.eml": i23,
    "i24-riverbend-jess-change-po-24561-before-ship.eml": i24,
    "i25-summit-linda-thermostat-price-inv-88184.eml": i25,
    "i26-riverbend-karen-return-rest-of-unions-24388.eml": i26,
    "i27-delgado-rosa-prv-price-invoice.eml": i27,
    "i28-summit-raj-pod-copies-order-before-last.eml": i28,
    "i29-harbor-brenda-thermostats-mission-trace.eml": i29,
    "i30-keystone-matt-filters-merv-kcms-77760.eml": i30,
    "i31-riverbend-mike-check-valve-sticks-so-104222.eml": i31,
    "i32-keystone-allison-return-ball-valves-inv-88098.eml": i32,
    "i33-riverbend-travis-prv-hospital-gmail.eml": i33,
    "i34-delgado-ruben-ball-valves-leak-40611.eml": i34,
    "i35-delgado-javier-heater-leak-las-palmas-88070.eml": i35,
    "i36-harbor-grace-remittance-which-po.eml": i36,
    "i37-keystone-tom-thanks-77812-closed.eml": i37,
    "i38-portal-riverbend-extra-ball-valves-so-104243.json": i38,
    "i39-upload-summit-receiving-report-registers-so-104228.txt": i39,
    "i40-upload-harbor-return-form-tanks-po-and-invoice.txt": i40,
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
