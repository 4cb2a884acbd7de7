"""Write every request file of heldout79: corrections and follow-ups.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Monday 2026-10-26 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. The set is about customers who write again: to correct a count, a SKU or an
invoice number they gave, to add an item they forgot, to withdraw part of a claim, to answer a
question the desk asked, to chase a claim, or to say the rest arrived after all. Some mails
carry their correction inside ("make that 3"), some are replies above quoted history, a few are
claims told once cleanly. Some requests claim nothing.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date; the scan is a Pillow page embedded as JPEG), photos
with Pillow (fixed drawing, tilt, blur and JPEG quality); both come with the project's virtual
environment.

The MIME and header helpers (tok, at, rfc, fold, Part, leaf, blob, multi, envelope, mail, the
Outlook/Exchange, Gmail, Apple Mail, iPhone Mail, Samsung and Thunderbird layouts, the PDF and
photo helpers) are copied from sample_docs/heldout78/make_attachments.py; the iPhone and
Thunderbird replies are added here. Every person but the ERP's contacts, every text, number and
attachment are this set's own.
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
LAUREN = ("Lauren Kessler", "claims@brightwatersupply.example")
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time.
TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
KYLE = ("Kyle Weaver", "kweaver@keystonemech.com")
BETH = ("Beth Hoover", "bhoover@keystonemech.com")
DEREK = ("Derek Stauffer", "dstauffer@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time.
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
AMBER = ("Amber Dawson", "adawson@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time.
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
CODY = ("Cody Nguyen", "cnguyen@summithvac.net")
MARISOL = ("Marisol Vega", "mvega@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time.
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
DESHAWN = ("DeShawn Price", "dprice@harborpointpm.com")
ARTURO = ("Arturo Reyes", "areyes@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time.
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
ERNESTO = ("Ernesto Delgado", "ernesto@delgadosons.com")

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


# ------------------------------------------------------------------ replies added for this set


def iphone_reply(key, person, subject, when, body, earlier, reply, sig="Sent from my iPhone"):
    """iPhone Mail answering a message: the text, the signature, then the quote with '>'."""
    domain = person[1].split("@")[1]
    via = "exo" if domain in BOXES else "hosted"
    text = body + "\n" + sig + "\n\n" + apple_history_text([earlier])
    cte = "quoted-printable" if needs_qp(text) else "7bit"
    charset = "us-ascii" if text.isascii() else "utf-8"
    rows = [("From", addr(person))]
    rows += [("Content-Type", f"text/plain; charset={charset}")]
    rows += [("Content-Transfer-Encoding", cte)]
    rows += [("Mime-Version", "1.0 (1.0)"), ("Subject", word(subject)), ("Date", rfc(when))]
    rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("To", addr(DESK)), ("Message-Id", f"<{uuid('ios', key)}@{domain}>")]
    rows += [("X-Mailer", "iPhone Mail (22B91)")]
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + encode_body(text.encode(), cte)


def thunderbird_when(when):
    return f"{when.month}/{when.day}/{when.year} {clock(when)}"


def thunderbird_reply(key, person, subject, when, body, earlier, quoted, reply):
    """Thunderbird answering above the quote: the intro line, then every row with '> '."""
    shown = shown_in(earlier.when, "CT")
    intro = f"On {thunderbird_when(shown)}, {earlier.person[0]} wrote:"
    text = body.rstrip("\n") + "\n\n" + intro + "\n" + quote(quoted)
    domain = person[1].split("@")[1]
    rows = [("Message-ID", f"<{uuid('tb', key).lower()}@{domain}>")]
    rows += [("Date", rfc_padded(when)), ("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    rows += [("References", reply[1]), ("In-Reply-To", reply[0])]
    rows += [("To", addr(DESK)), ("From", addr(person)), ("Subject", word(subject))]
    flowed_text = flowed(text)
    part = Part(
        [
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
            ("Content-Transfer-Encoding", "7bit" if flowed_text.isascii() else "8bit"),
        ],
        crlf(flowed_text.encode("utf-8")),
    )
    return mail(key, person, when, "hosted", rows, part)


# ------------------------------------------------------------------ attachments: text PDFs


def price_notice_pdf():
    """Keystone's vendor price discrepancy notice for invoice 88098."""
    pdf = pdf_doc(at("2026-11-05 10:58", "ET"), "Sage 300 Construction - Accounts Payable")
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "2250 Loucks Rd, York, PA 17408  |  Accounts Payable  |  717-555-0148")
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(14, 32)
    pdf.cell(0, 6, "VENDOR PRICE DISCREPANCY NOTICE   No. PDN-1187")
    y = pdf_fields(
        pdf,
        [
            ("Vendor", "Brightwater Supply Co. (vendor 2041)"),
            ("Vendor invoice", "88098   dated 10/26/2026"),
            ("Our PO", "77790   Spring Grove Elementary"),
            ("Invoice status", "ON HOLD - price does not match PO"),
            ("Prepared by", "D. Ruiz, Accounts Payable, 11/05/2026"),
        ],
        42,
        label_w=34,
    )
    pdf.set_y(y + 6)
    pdf_rows(
        pdf,
        [30, 62, 14, 22, 22, 22],
        [
            ["Item", "Description", "Qty", "PO price", "Invoiced", "Variance"],
            ["PIP-CU-L-100-20", '1" type L copper tube, 20 ft', "30", "71.80", "76.40", "138.00"],
            ["FTG-CU-E90-100", '1" wrot copper 90 C x C', "200", "2.95", "2.95", "0.00"],
            ["VLV-1005-BV", '1" brass ball valve, full port', "36", "15.20", "15.20", "0.00"],
        ],
    )
    pdf.set_y(pdf.get_y() + 6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "Total variance: $138.00   Requested: credit memo against invoice 88098")
    pdf.set_y(pdf.get_y() + 10)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        180,
        5,
        "PO price per vendor quotation confirmed at order entry. The invoice will be released "
        "for payment when the credit memo is received. Questions: ap@keystonemech.com.",
    )
    return bytes(pdf.output())


def return_request_pdf():
    """Keystone's material return request form for PO 77731."""
    pdf = pdf_doc(at("2026-11-11 09:05", "ET"))
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(14, 23)
    pdf.cell(0, 6, "MATERIAL RETURN REQUEST   MRR-2231")
    y = pdf_fields(
        pdf,
        [
            ("Vendor", "Brightwater Supply Co."),
            ("Our PO", "77731"),
            ("Job", "Dallastown Area Middle School - phase 1"),
            ("Requested by", "Beth Hoover, Purchasing"),
            ("Date", "11/11/2026"),
        ],
        34,
        label_w=34,
    )
    pdf.set_y(y + 6)
    pdf_rows(
        pdf,
        [16, 96, 26, 44],
        [
            ["Qty", "Item", "Condition", "Reason"],
            ["10", '1" brass ball valve, full port, threaded', "new, boxed", "job scope reduced"],
        ],
    )
    pdf.set_y(pdf.get_y() + 8)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        180,
        5,
        "Material is at our shop, 2250 Loucks Rd, York PA, ready for pickup. Please send a "
        "return authorization number to bhoover@keystonemech.com.",
    )
    pdf.set_y(pdf.get_y() + 14)
    pdf.set_x(14)
    pdf.cell(0, 5, "Approved: ____________________   (Purchasing)")
    return bytes(pdf.output())


# ------------------------------------------------------------------ attachments: a scan


def invoice_88160_scan():
    """Invoice 88160 as Harbor Point's copier scans it, with the receiving notes on it."""
    page = page_canvas()
    d = ImageDraw.Draw(page)
    d.text((80, 70), "BRIGHTWATER SUPPLY CO.", fill=(0, 0, 0), font=serif_bold(44))
    d.text((80, 126), "Plumbing - HVAC - Hydronics   |   DC-East", fill=(0, 0, 0), font=serif(24))
    d.text((880, 70), "INVOICE", fill=(0, 0, 0), font=serif_bold(44))
    rows = [
        ("Invoice no.", "88160"),
        ("Invoice date", "11/09/2026"),
        ("Order", "SO-104239"),
        ("Customer PO", "70231"),
        ("Customer", "C-1004"),
    ]
    for i, (k, v) in enumerate(rows):
        d.text((820, 140 + i * 34), k, fill=(0, 0, 0), font=serif(22))
        d.text((1000, 140 + i * 34), v, fill=(0, 0, 0), font=serif_bold(22))
    d.text((80, 220), "BILL TO", fill=(0, 0, 0), font=serif_bold(22))
    d.text((80, 252), "Harbor Point Property Management", fill=(0, 0, 0), font=serif(22))
    d.text((80, 282), "Accounts Payable, Houston TX", fill=(0, 0, 0), font=serif(22))
    d.text((80, 330), "SHIP TO  Gessner Park Apartments", fill=(0, 0, 0), font=serif(22))
    d.text((80, 360), "Via OWN FLEET   Shipped 11/09/2026", fill=(0, 0, 0), font=serif(22))
    top = 440
    d.line((80, top, 1195, top), fill=(0, 0, 0), width=2)
    head = ["Item", "Description", "Qty", "Unit", "Amount"]
    xs = [80, 330, 800, 900, 1040]
    for x, h in zip(xs, head, strict=True):
        d.text((x, top + 10), h, fill=(0, 0, 0), font=serif_bold(22))
    d.line((80, top + 46, 1195, top + 46), fill=(0, 0, 0), width=1)
    lines = [
        ("HVC-REG-1006-W", "10x6 steel floor register, white", "60", "5.60", "336.00"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 filter, cs/12", "24", "38.40", "921.60"),
        ("TST-2100-NP", "Non-programmable stat, 24 V", "10", "29.50", "295.00"),
    ]
    for i, row in enumerate(lines):
        for x, cell in zip(xs, row, strict=True):
            d.text((x, top + 60 + i * 40), cell, fill=(0, 0, 0), font=serif(21))
    d.line((80, top + 190, 1195, top + 190), fill=(0, 0, 0), width=1)
    d.text((800, top + 205), "Subtotal", fill=(0, 0, 0), font=serif(22))
    d.text((1040, top + 205), "1,552.60", fill=(0, 0, 0), font=serif(22))
    d.text((800, top + 240), "TOTAL DUE", fill=(0, 0, 0), font=serif_bold(22))
    d.text((1040, top + 240), "1,552.60", fill=(0, 0, 0), font=serif_bold(22))
    d.text((80, top + 300), "Terms: Net 30", fill=(0, 0, 0), font=serif(22))
    ink = (30, 40, 150)
    d.ellipse((780, top + 50, 860, top + 98), outline=ink, width=3)
    d.ellipse((885, top + 50, 985, top + 98), outline=ink, width=3)
    d.text((80, top + 360), "registers: rec'd 58 - see rcv log", fill=ink, font=pen(32))
    d.text((80, top + 410), "price 4.95 per L.O.?", fill=ink, font=pen(32))
    d.rectangle((860, 1180, 1180, 1290), outline=(170, 20, 20), width=5)
    d.text((890, 1200), "AP HOLD", fill=(170, 20, 20), font=marker(52))
    d.text((80, 1240), "G.K. 11/18", fill=ink, font=pen(34))
    d.text(
        (80, 1520), "REMIT TO: BRIGHTWATER SUPPLY CO., PO BOX 7720", fill=(0, 0, 0), font=mono(20)
    )
    return scan_pdf(page, at("2026-11-19 09:02", "CT"), "Canon iR-ADV C5535", 0.7, seed="l29")


# ------------------------------------------------------------------ attachments: photos


def ball_valves_photo():
    """Three 1-inch ball valves with bent handles on a crushed carton, Keystone's tag."""
    img = Image.new("RGB", (1200, 900), (92, 94, 98))
    d = ImageDraw.Draw(img)
    d.polygon(
        [(100, 520), (1100, 500), (1140, 860), (80, 880)],
        fill=(186, 150, 102),
        outline=(100, 76, 46),
    )
    d.line((300, 520, 360, 700, 280, 860), fill=(110, 84, 52), width=6)
    for i in range(3):
        x = 170 + i * 300
        d.rectangle((x, 300, x + 170, 420), fill=(190, 150, 70), outline=(96, 70, 30), width=4)
        d.rectangle((x - 40, 330, x, 390), fill=(176, 138, 64), outline=(96, 70, 30), width=3)
        d.rectangle((x + 170, 330, x + 210, 390), fill=(176, 138, 64), outline=(96, 70, 30))
        d.line(
            (x + 85, 300, x + 95, 250, x + 200 - i * 30, 190 + i * 25), fill=(200, 30, 30), width=14
        )
    d.text((200, 140), "3 BAD", fill=(250, 240, 60), font=marker(48))
    d.rectangle((760, 600, 1080, 740), fill=(242, 242, 238), outline=(40, 40, 40), width=2)
    d.text((776, 612), "KEYSTONE MECH", fill=(20, 20, 20), font=bold(24))
    d.text((776, 650), "PO 77790", fill=(20, 20, 20), font=pen(30))
    d.text((776, 692), "SPRING GROVE ES", fill=(20, 20, 20), font=pen(26))
    return photo(img, 1.6, (92, 94, 98), (1200, 900), blur=0.9, quality=72)


def cracked_valve_photo():
    """One 1-inch full port ball valve, the crack at the thread marked, Riverbend's tag."""
    img = Image.new("RGB", (1200, 900), (214, 210, 200))
    d = ImageDraw.Draw(img)
    d.rectangle((330, 320, 830, 560), fill=(196, 156, 76), outline=(100, 72, 30), width=5)
    d.rectangle((200, 370, 330, 510), fill=(180, 142, 66), outline=(100, 72, 30), width=4)
    d.rectangle((830, 370, 960, 510), fill=(180, 142, 66), outline=(100, 72, 30), width=4)
    d.rectangle((560, 200, 600, 320), fill=(160, 160, 160), outline=(70, 70, 70), width=2)
    d.rectangle((420, 170, 900, 215), fill=(200, 30, 30), outline=(120, 10, 10), width=3)
    d.text((420, 420), '1" FP  600 WOG', fill=(90, 60, 20), font=bold(36))
    d.line((320, 380, 345, 430, 328, 470, 350, 520), fill=(20, 14, 6), width=4)
    d.ellipse((270, 350, 400, 550), outline=(250, 230, 40), width=6)
    d.rectangle((700, 640, 1110, 800), fill=(250, 250, 246), outline=(40, 40, 40), width=2)
    d.text((716, 652), "RIVERBEND P&H", fill=(20, 20, 20), font=bold(26))
    d.text((716, 694), "PO 24519", fill=(20, 20, 20), font=marker(34))
    d.text((716, 742), "4 cracked - A.D.", fill=(20, 20, 20), font=pen(30))
    return photo(img, -2.1, (214, 210, 200), (1200, 900), blur=0.8, quality=74)


def heater_photo():
    """The dented gas water heater in its broken crate, the red tag on it."""
    img = Image.new("RGB", (900, 1200), (120, 118, 112))
    d = ImageDraw.Draw(img)
    d.rectangle((160, 100, 740, 1120), outline=(170, 130, 80), width=18)
    d.rectangle((230, 160, 670, 1080), fill=(210, 212, 206), outline=(80, 80, 80), width=4)
    d.ellipse((250, 760, 470, 1000), fill=(170, 172, 166), outline=(90, 90, 90), width=3)
    d.rectangle((420, 880, 560, 980), fill=(140, 140, 136), outline=(60, 60, 60), width=3)
    d.line((440, 880, 500, 930, 560, 900), fill=(60, 60, 60), width=5)
    d.rectangle((278, 260, 652, 420), fill=(250, 250, 246), outline=(30, 30, 30), width=2)
    for i, row in enumerate(["50 GAL  NATURAL GAS", "40,000 BTU/HR", "MODEL WH-50G-NG"]):
        d.text((292, 276 + i * 44), row, fill=(20, 20, 20), font=bold(24))
    d.rectangle((560, 520, 720, 640), fill=(200, 30, 30), outline=(110, 10, 10), width=3)
    d.text((572, 530), "DO NOT", fill=(250, 250, 250), font=bold(28))
    d.text((572, 570), "INSTALL", fill=(250, 250, 250), font=bold(28))
    d.text((260, 660), "PO 70288  GESSNER PK", fill=(10, 10, 10), font=marker(30))
    return photo(img, -1.1, (120, 118, 112), (900, 1200), blur=1.0, quality=70)


def tank_photo():
    """The leaking 2-gallon expansion tank in a closet, Delgado's install sticker on it."""
    img = Image.new("RGB", (900, 1200), (226, 222, 210))
    d = ImageDraw.Draw(img)
    d.rectangle((380, 80, 420, 300), fill=(184, 115, 51))
    d.ellipse((250, 280, 550, 380), fill=(70, 110, 170), outline=(30, 50, 90), width=3)
    d.rectangle((250, 330, 550, 760), fill=(70, 110, 170), outline=(30, 50, 90), width=3)
    d.ellipse((250, 710, 550, 810), fill=(60, 96, 150), outline=(30, 50, 90), width=3)
    d.rectangle((262, 420, 538, 560), fill=(246, 246, 240), outline=(40, 40, 40), width=2)
    for i, row in enumerate(["THERMAL EXPANSION", "TANK  2 GAL", "POTABLE"]):
        d.text((272, 432 + i * 40), row, fill=(20, 20, 20), font=bold(20))
    d.rectangle((300, 600, 500, 680), fill=(250, 236, 120), outline=(120, 100, 20), width=2)
    d.text((310, 606), "DELGADO & SONS", fill=(20, 20, 20), font=bold(18))
    d.text((310, 636), "inst 11/2025", fill=(20, 20, 20), font=pen(24))
    d.ellipse((300, 940, 640, 1060), fill=(150, 160, 172))
    d.line((400, 810, 405, 900), fill=(110, 130, 160), width=6)
    return photo(img, 2.0, (226, 222, 210), (900, 1200), blur=0.8, quality=73)


# ------------------------------------------------------------------ signatures

KEYSTONE_FOOTER = para("""
    Keystone Mechanical Contractors | 2250 Loucks Rd, York, PA 17408 | PA HIC #PA047718
    This message may contain confidential information. If you received it in error, please delete it.
    """)
SIG_TOM = para("""
    Tom Morales
    Project Manager - Service Contracts
    Keystone Mechanical Contractors
    O 717-555-0142 | C 717-555-0177
    """)
SIG_DANA = para("""
    Thank you,

    Dana Ruiz
    Accounts Payable
    Keystone Mechanical Contractors
    717-555-0148 | ap@keystonemech.com
    """)
SIG_BETH = para("""
    Thanks,
    Beth Hoover
    Purchasing Coordinator | Keystone Mechanical Contractors
    717-555-0165
    """)
SIG_KYLE = "Kyle Weaver\nService Tech - Keystone Mechanical\n717-555-0138\n"
SIG_DEREK = "Derek Stauffer\nPlumbing Foreman | Keystone Mechanical\n717-555-0126\n"
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
SIG_AMBER = para("""
    Amber Dawson
    Purchasing / Warehouse
    Riverbend Plumbing & Heating
    304-555-0113
    """)
SIG_RAJ = para("""
    Raj Patel
    Service Manager | Summit HVAC Services
    4120 S Mingo Rd, Tulsa, OK 74146 | 918-555-0117
    """)
SIG_CODY = "Cody Nguyen\nSummit HVAC Services - Service Tech\n918-555-0190\n"
SIG_MARISOL = para("""
    Marisol Vega
    Purchasing & Warehouse
    Summit HVAC Services | 918-555-0129
    """)
SIG_LUIS = para("""
    Luis Ortega
    Regional Maintenance Supervisor
    Harbor Point Property Management
    713-555-0174
    """)
SIG_GRACE = para("""
    Regards,
    Grace Kim
    Accounts Payable | Harbor Point Property Management
    713-555-0116 | payables@harborpointpm.com
    """)
SIG_DESHAWN = para("""
    DeShawn Price
    Maintenance Tech - Gessner Park
    Harbor Point Property Management
    """)
SIG_ARTURO = para("""
    Arturo Reyes
    Maintenance Lead - Copperfield Commons
    Harbor Point Property Management | 281-555-0152
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    1418 Nogalitos St, San Antonio, TX 78204 | 210-555-0133
    """)
SIG_SEP = "-- \n"  # the signature separator Thunderbird puts above a signature
SIG_LAUREN = para("""
    Lauren Kessler
    Claims Desk | Brightwater Supply Co.
    claims@brightwatersupply.example | 610-555-0150
    """)


# ------------------------------------------------------------------ the requests

L01_WHEN = at("2026-10-26 08:15", "ET")
L01_SUBJECT = "PO 77760 - 2 Wi-Fi stats DOA"
L01_BODY = (
    para("""
    Good morning,

    Two of the 7-day Wi-Fi thermostats your truck dropped off Thursday on our PO 77760 are dead out of the box. We're putting them in at the Red Lion library this week. Neither one powers up, no display at all. Kyle checked 24 VAC at the subbase and put a good stat on the same wires and it came right up.

    Please get us 2 replacements and let me know how you want the bad ones sent back. The other 6 are fine so far. We haven't opened the filters on that PO yet.

    Thanks,
    """)
    + SIG_TOM
    + "\n"
    + KEYSTONE_FOOTER
)


def l01():
    return outlook_desktop("l01", TOM, L01_SUBJECT, L01_WHEN, L01_BODY)


L02_WHEN = at("2026-10-27 09:10", "ET")
L02_SUBJECT = "Damaged check valve - PO 24415"
L02_BODY = (
    para("""
    Hi,

    Our PO 24415 came in Thursday by Estes (the backflow assembly and the two 3" check valves for the Bridgeport clinic). Mike opened the crate yesterday to stage everything and one of the check valves has a cracked flange - a chunk of the flange is broken off at a bolt hole. There's a forklift hole in the side of the crate right there, so it must have happened on the way. The driver didn't note anything and we didn't see it until we opened the crate.

    We can't install it. Can you send a replacement for the 1 check valve and tell us what to do with the broken one? The RPZ and the other check valve look fine.

    Thanks,
    """)
    + SIG_KAREN
)


def l02():
    return gmail("l02", KAREN, L02_SUBJECT, L02_WHEN, L02_BODY, cc=[MIKE])


def l03():
    when = at("2026-10-28 07:50", "ET")
    body = (
        para("""
        Correction on the below - it's only 1 thermostat, not 2. Kyle went back out yesterday and the second one had a broken R wire at the subbase. Once he fixed the wire the stat came up and it's been running fine since.

        So we only need 1 replacement Wi-Fi stat on PO 77760. Sorry for the confusion.

        Tom

        """)
        + SIG_TOM
    )
    history = [Msg(TOM, L01_WHEN, [DESK], L01_SUBJECT, L01_BODY)]
    msgid = exo_msgid("l01", TOM)
    subject = "RE: " + L01_SUBJECT
    return outlook_desktop("l03", TOM, subject, when, body, history=history, reply=(msgid, msgid))


def l04():
    when = at("2026-10-29 07:20", "ET")
    body = (
        para("""
        Kyle Weaver w/ Keystone. R+L dropped PO 77790 at Spring Grove Elementary yesterday afternoon. One carton of the 1" brass ball valves got crushed on the pallet, 4 valves with snapped handles and bent stems. Actually make that 3 - the 4th one just had the handle knocked off, put it back on and it works fine.

        So 3 bad ones. Need 3 replacements, can swap when your driver comes back out. Pic attached. Copper and the fittings look ok.

        """)
        + SIG_KYLE
    )
    pic = blob("image/jpeg", "20261029_070412.jpg", ball_valves_photo())
    subject = "PO 77790 ball valves damaged"
    return outlook_mobile("l04", KYLE, subject, when, body, "Android", files=[pic])


def l05():
    when = at("2026-10-30 08:05", "CT")
    body = para("""
        Good morning

        Yesterday your truck bring the material for PO 40962 to our shop. This morning I count the 1" copper elbows 90 for the job on Zarzamora St. The ticket say 100 and I count 90, so 10 missing.

        Update - my cousin find one bag with 5 elbows in the truck, he take them yesterday for a service call. So the missing is 5, not 10. Sorry.

        Please send the 5 elbows or credit. The copper pipe is ok, the PRV we dont install yet.

        Ernesto Delgado
        Delgado & Sons Plumbing
        """)
    return samsung("l05", ERNESTO, "PO 40962 elbows missing", when, body)


L06_WHEN = at("2026-11-02 07:45", "ET")
L06_SUBJECT = "PO 24460 - extra PVC tees"
L06_BODY = (
    para("""
    Hi,

    Estes delivered our PO 24460 Saturday morning to the Fairmont shop and we counted it this morning. The 2" PVC tees: we got 110, your packing slip and our PO say 100. So 10 extra. They're still in the carton, your driver can grab them next time he's here or tell me where to send them.

    Copper is fine.

    Thanks,
    """)
    + SIG_MIKE
)


def l06():
    return gmail("l06", MIKE, L06_SUBJECT, L06_WHEN, L06_BODY)


def l07():
    when = at("2026-11-03 08:30", "ET")
    body = (
        para("""
        Forgot to put this in yesterday - the box of 3/4" sweat ball valves on the same PO only had 26 in it, slip says 30. So we're short 4. Can you send the 4 with the driver when he picks up the tees?

        Thanks,
        """)
        + SIG_MIKE
    )
    history = [Msg(MIKE, L06_WHEN, [DESK], L06_SUBJECT, L06_BODY)]
    msgid = gmail_msgid("l06")
    subject = "Re: " + L06_SUBJECT
    return gmail("l07", MIKE, subject, when, body, history=history, reply=(msgid, msgid))


def l08():
    when = at("2026-11-03 10:40", "CT")
    body = para("""
        Hello again

        I forget to tell you Friday with the elbows. One of the 3/4 pressure reducing valves from PO 40962 is no good. We install it yesterday at the house on Zarzamora, set it for 60 psi and it go up to the street pressure, 110 psi, it dont hold. We take it out and put another one from the same order, that one work good.

        So 1 PRV defective. Please send one new or credit.

        Thank you
        Ernesto Delgado
        Delgado & Sons Plumbing
        """)
    return samsung("l08", ERNESTO, "PO 40962 - PRV bad", when, body)


L09_WHEN = at("2026-11-04 10:15", "CT")
L09_SUBJECT = "crushed ceiling tile"
L09_BODY = (
    para("""
    Hey, this is Cody with Summit HVAC. Monday's ODFL delivery to the Broken Arrow medical office had 2 cartons of the 2x2 acoustic ceiling tile crushed, the tiles in both are snapped in half. The crew already pitched them in the dumpster with the demo trash so there's nothing to send back.

    Can you credit or replace the 2 cartons? I don't have the PO # on me, Raj would.

    """)
    + SIG_CODY
)
L09_ASK = Msg(
    LAUREN,
    at("2026-11-04 13:32", "CT"),
    [CODY],
    "Re: " + L09_SUBJECT,
    para("""
        Hi Cody,

        Thanks for letting us know. To set up the credit we need the order it came on: your PO number, our invoice number or our order number. Could you or Raj send one of those?

        """)
    + SIG_LAUREN,
    cc=[RAJ],
)


def l09():
    return gmail("l09", CODY, L09_SUBJECT, L09_WHEN, L09_BODY)


def l10():
    when = at("2026-11-05 09:05", "CT")
    body = (
        para("""
        Lauren,

        The 2 cartons of acoustic tile Cody wrote about came on our PO 60377 (your invoice 88109), delivered Monday to the Broken Arrow medical office by ODFL. Like he said, they went out with the demo debris, so there's nothing to pick up.

        Please credit the 2 cartons on that PO.

        Thanks,

        """)
        + SIG_RAJ
    )
    history = [L09_ASK, Msg(CODY, L09_WHEN, [DESK], L09_SUBJECT, L09_BODY)]
    ask_id = desk_msgid("l09-ask")
    reply = (ask_id, f"{gmail_msgid('l09')} {ask_id}")
    subject = "Re: " + L09_SUBJECT
    return apple_mac("l10", RAJ, subject, when, body, cc=[CODY], history=history, reply=reply)


def l11():
    when = at("2026-11-05 11:10", "ET")
    body = (
        para("""
        Hello,

        Invoice 88098 is on hold in our AP system because the 1" type L copper tube doesn't match our PO 77790:

        PO price $71.80 per length, invoiced $76.40 per length, 30 lengths
        Difference $4.60 x 30 = $138.00

        $71.80 is the price on your quote and on our PO. Please issue a credit memo for $138.00 against invoice 88098 and I'll release the invoice for payment. Our discrepancy notice is attached.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_FOOTER
    )
    notice = blob("application/pdf", "PDN-1187_INV88098.pdf", price_notice_pdf())
    subject = "Invoice 88098 - price discrepancy on copper (PO 77790)"
    return outlook_desktop("l11", DANA, subject, when, body, files=[notice])


def l12():
    when = at("2026-11-06 07:30", "ET")
    body = (
        para("""
        R+L delivered the first half of PO 77812 to Eastern York HS yesterday. Count on the 1" copper 90s is 160, PO and packing slip say 150. 10 extra. Gate valves all there.

        Send someone for the 10 or tell us where to drop them, we don't want to get billed for them.

        """)
        + SIG_TOM
    )
    subject = "PO 77812 - 10 extra elbows"
    return outlook_mobile("l12", TOM, subject, when, body, "iOS")


L13_WHEN = at("2026-11-09 07:10", "ET")
L13_SUBJECT = "PO 77812 PEX coil short"
L13_BODY = (
    para("""
    Friday Estes brought the 2nd shipment on PO 77812 to Eastern York HS. Slip says 6 coils of the 3/4 PEX-A 300', we only have 5. Checked the trailer and the mech room. 1 coil short. PRVs are all there (12).

    Need the coil by Wed if possible, we start the branch lines.

    """)
    + SIG_KYLE
)


def l13():
    return outlook_mobile("l13", KYLE, L13_SUBJECT, L13_WHEN, L13_BODY, "Android")


L14_WHEN = at("2026-11-09 10:30", "ET")
L14_SUBJECT = "PO 24519 - cracked valves + extra couplings"
L14_BODY = (
    para("""
    Hi,

    UPS delivered PO 24519 on Friday. Two problems:

    1) 4 of the 3/4" ball valves have cracked bodies - the box got crushed, you can see the cracks at the threads.
    2) PEX crimp couplings: we got 12 bags, PO says 10. 2 extra bags, we'll send them back.

    The PEX coils are fine.

    Thanks!
    """)
    + SIG_AMBER
)


def l14():
    return gmail("l14", AMBER, L14_SUBJECT, L14_WHEN, L14_BODY)


def l15():
    when = at("2026-11-10 08:20", "ET")
    body = (
        para("""
        Correction to #1 below - the cracked valves are the 1" full port ball valves, not 3/4". I was looking at the wrong line on our PO. Still 4 of them. Photo of one attached.

        Sorry about that!
        """)
        + SIG_AMBER
    )
    pic = gmail_file("l15", "image/jpeg", "IMG_20261110_075532.jpg", cracked_valve_photo())
    history = [Msg(AMBER, L14_WHEN, [DESK], L14_SUBJECT, L14_BODY)]
    msgid = gmail_msgid("l14")
    subject = "Re: " + L14_SUBJECT
    return gmail(
        "l15", AMBER, subject, when, body, history=history, reply=(msgid, msgid), files=[pic]
    )


L16_WHEN = at("2026-11-10 13:40", "CT")
L16_SUBJECT = "PO 70231 - wrong registers, filters short"
L16_BODY = (
    para("""
    Hello,

    Yesterday's delivery to Gessner Park (PO 70231) had two problems:

    - Registers: one carton of the 10x6 floor registers is brown, not white. 10 registers. The PO and the label on the box say white, and we need white for the units we're turning. Please swap the 10 brown ones for white.
    - Filters: the delivery ticket says 24 cases of 16x25x1 MERV 11, we counted 22 cases. 2 cases short.

    The thermostats are fine.

    """)
    + SIG_LUIS
)
L16_ACK = Msg(
    LAUREN,
    at("2026-11-10 15:05", "CT"),
    [LUIS],
    "RE: " + L16_SUBJECT,
    para("""
        Luis,

        Thank you. On PO 70231 we have set up the exchange of the 10 brown registers for white ones, and DC-East is recounting the filter shipment for the 2 cases. We will let you know when the recount is done.

        """)
    + SIG_LAUREN,
)


def l16():
    return outlook_desktop("l16", LUIS, L16_SUBJECT, L16_WHEN, L16_BODY)


L17_WHEN = at("2026-11-11 09:20", "ET")
L17_SUBJECT = "Return request - PO 77731 ball valves"
L17_BODY = (
    para("""
    Hello,

    The Dallastown MS job was cut back after the district's budget revision, and we have 10 of the 1" full port brass ball valves from PO 77731 left that won't be used. They're new in the original boxes.

    We'd like to return them for credit. Our return request form is attached. Please send an RA number and let us know if your driver can pick them up at our shop on Loucks Rd.

    """)
    + SIG_BETH
    + "\n"
    + KEYSTONE_FOOTER
)


def l17():
    form = blob("application/pdf", "MRR-2231.pdf", return_request_pdf())
    return outlook_desktop("l17", BETH, L17_SUBJECT, L17_WHEN, L17_BODY, files=[form])


def l18():
    when = at("2026-11-11 11:15", "CT")
    body = (
        para("""
        Hi,

        Please disregard the voicemail I left this morning about the thermostats on our PO 60418. I said 3 of the non-programmable ones were dead - they're not. The RTU at the Jenks rec center had a tripped breaker on the control transformer, once I reset it all 3 came right up.

        So nothing wrong with them and nothing coming back. Sorry for the runaround.

        """)
        + SIG_CODY
    )
    subject = "disregard voicemail - PO 60418 thermostats"
    return gmail("l18", CODY, subject, when, body)


L19_WHEN = at("2026-11-12 07:35", "CT")
L19_SUBJECT = "Damaged water heater PO 70288"
L19_BODY = (
    para("""
    Estes dropped the 3 gas water heaters for PO 70288 at Gessner Park yesterday around 3. When we uncrated them this morning one has a big dent in the jacket near the bottom and the burner access door is pushed in. The crate had a forklift hole right at that spot.

    I noted damage on the Estes receipt. It's tagged do not install. Need a replacement for that 1 heater. The other 2 and the expansion tanks look ok. Pic attached.

    """)
    + SIG_DESHAWN
)


def l19():
    pic = iphone_photo("IMG_3318.jpeg", heater_photo())
    return iphone("l19", DESHAWN, L19_SUBJECT, L19_WHEN, L19_BODY, files=[pic])


def l20():
    when = at("2026-11-12 10:50", "ET")
    body = (
        para("""
        Hello again,

        Correction to my request below: our superintendent did a final count at Dallastown and we actually have 25 of the 1" ball valves left over, not 10. Can we return all 25 on the same RA? Same condition, new in the boxes.

        I can send a revised return form if you need one.

        """)
        + SIG_BETH
        + "\n"
        + KEYSTONE_FOOTER
    )
    history = [Msg(BETH, L17_WHEN, [DESK], L17_SUBJECT, L17_BODY)]
    msgid = exo_msgid("l17", BETH)
    subject = "RE: " + L17_SUBJECT
    return outlook_desktop("l20", BETH, subject, when, body, history=history, reply=(msgid, msgid))


L21_WHEN = at("2026-11-13 09:10", "ET")
L21_SUBJECT = "Invoice 88313 - condensate pump price"
L21_BODY = (
    para("""
    Hello,

    On invoice 88313 the condensate pumps (115 V with safety switch) are billed at $64.90 each. Our PO has them at $61.50, the price on your quote. 8 pumps x $3.40 = $27.20.

    Please send a credit memo for $27.20 so I can release the invoice.

    """)
    + SIG_DANA
    + "\n"
    + KEYSTONE_FOOTER
)


def l21():
    return outlook_desktop("l21", DANA, L21_SUBJECT, L21_WHEN, L21_BODY)


def l22():
    when = at("2026-11-13 14:25", "ET")
    body = (
        para("""
        Sorry - typo in my email below. The invoice number is 88133, not 88313 (our PO 77830). The rest is right: 8 condensate pumps billed at $64.90 instead of $61.50, so a credit memo for $27.20 please.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_FOOTER
    )
    history = [Msg(DANA, L21_WHEN, [DESK], L21_SUBJECT, L21_BODY)]
    msgid = exo_msgid("l21", DANA)
    subject = "RE: " + L21_SUBJECT
    return outlook_desktop("l22", DANA, subject, when, body, history=history, reply=(msgid, msgid))


def l23():
    when = at("2026-11-16 08:10", "CT")
    body = para("""
        Your driver brought the replacement heater Friday afternoon and took the dented one back with him. New one is in and running. We're all set on this one, thanks for the quick turnaround.

        DeShawn
        """)
    earlier = Msg(DESHAWN, L19_WHEN, [DESK], L19_SUBJECT, L19_BODY)
    msgid = f"<{uuid('ios', 'l19')}@harborpointpm.com>"
    subject = "Re: " + L19_SUBJECT
    return iphone_reply("l23", DESHAWN, subject, when, body, earlier, (msgid, msgid))


L24_WHEN = at("2026-11-16 10:05", "ET")
L24_SUBJECT = "PO 24530 - elbows short + wrong PRVs"
L24_BODY = (
    para("""
    Hi,

    PO 24530 came in Thursday on R+L (the West Union school job). Two things:

    1. 1" copper 90s: slip says 250, we have 200. 50 short. Counted twice.
    2. PRVs: 2 of the 4 in the box are stamped 1/2", not 3/4". We need 3/4" like the PO says. We'll send the 1/2" ones back.

    The 1" ball valves are all there.

    Thanks,
    """)
    + SIG_AMBER
)


def l24():
    return gmail("l24", AMBER, L24_SUBJECT, L24_WHEN, L24_BODY)


def l25():
    when = at("2026-11-17 07:40", "ET")
    body = (
        para("""
        Scratch this one. The 6th coil turned up - Estes left it at the gym loading dock instead of the mech room and the custodian just told us. All 6 accounted for, nothing short on 77812.

        """)
        + SIG_KYLE
    )
    history = [Msg(KYLE, L13_WHEN, [DESK], L13_SUBJECT, L13_BODY)]
    msgid = exo_msgid("l13", KYLE)
    subject = "RE: " + L13_SUBJECT
    return outlook_mobile(
        "l25", KYLE, subject, when, body, "Android", history=history, reply=(msgid, msgid)
    )


def l26():
    when = at("2026-11-17 09:55", "ET")
    body = para("""
        Update on the elbows: we recounted this morning and it's 25 short, not 50. A full box of 25 was packed in with the ball valves and we missed it the first time. So 225 of the 250 are here. Please change it to 25.

        Amber
        """)
    history = [Msg(AMBER, L24_WHEN, [DESK], L24_SUBJECT, L24_BODY)]
    msgid = gmail_msgid("l24")
    subject = "Re: " + L24_SUBJECT
    return gmail("l26", AMBER, subject, when, body, history=history, reply=(msgid, msgid))


def l27():
    when = at("2026-11-18 08:30", "CT")
    body = (
        para("""
        Lauren,

        Please cancel the filter part of this. Our Gessner Park maintenance shop found the 2 cases - the driver had stacked them in the shop instead of the make-ready unit. All 24 cases are accounted for, so no credit needed on the filters.

        The register exchange is fine as you have it.

        """)
        + SIG_LUIS
    )
    history = [L16_ACK, Msg(LUIS, L16_WHEN, [DESK], L16_SUBJECT, L16_BODY)]
    ack_id = desk_msgid("l16-ack")
    reply = (ack_id, f"{exo_msgid('l16', LUIS)} {ack_id}")
    subject = "RE: " + L16_SUBJECT
    return outlook_desktop("l27", LUIS, subject, when, body, history=history, reply=reply)


def l28():
    when = at("2026-11-18 10:45", "CT")
    first_when = at("2026-11-17 07:55", "CT")
    first_subject = "Extra registers - invoice 88190"
    first = Msg(
        ARTURO,
        first_when,
        [DESK],
        first_subject,
        para("""
            Monday's delivery to Copperfield Commons (your invoice 88190) - we got more of the 10x6 white registers than we ordered. We'll send the extras back, let me know how.

            """)
        + SIG_ARTURO,
    )
    ask = Msg(
        LAUREN,
        at("2026-11-17 12:10", "CT"),
        [ARTURO],
        "RE: " + first_subject,
        para("""
            Hi Arturo,

            Thanks. How many registers did you receive in all, or how many are extra? Once we have the count we will set up the pickup.

            """)
        + SIG_LAUREN,
    )
    body = (
        para("""
        Lauren - counted them this morning. 48 registers on site, invoice says 40, so 8 extra. They're boxed up in the maintenance shop at Copperfield Commons, bldg 2.

        """)
        + SIG_ARTURO
    )
    ask_id = desk_msgid("l28-ask")
    reply = (ask_id, f"{exo_msgid('l28-first', ARTURO)} {ask_id}")
    subject = "RE: " + first_subject
    return outlook_mobile(
        "l28", ARTURO, subject, when, body, "iOS", history=[ask, first], reply=reply
    )


def l29():
    when = at("2026-11-19 09:15", "CT")
    body = (
        para("""
        Hello,

        I'm holding invoice 88160 (PO 70231, Gessner Park) for two reasons:

        1. The 10x6 white floor registers are billed at $5.60. Our maintenance office was told $4.95 when they ordered. Please credit the difference on the 60 registers.
        2. Our receiving copy shows 58 registers received, not 60. Please credit the 2 missing registers as well.

        A copy of the invoice with our receiving notes is attached.

        """)
        + SIG_GRACE
    )
    scan = blob("application/pdf", "SCAN0088160.pdf", invoice_88160_scan())
    subject = "Invoice 88160 - register price and count"
    return outlook_desktop("l29", GRACE, subject, when, body, files=[scan])


def l30():
    when = at("2026-11-19 13:20", "CT")
    body = (
        para("""
        Hi,

        Two of the condensate pumps from our PO 60455 (UPS, 11/12) are defective. Our techs put them in at the Owasso clinic on Monday, and on both the safety switch doesn't trip when the reservoir fills, so the unit keeps running and the pan overflowed on one of them. We bench tested them with water - same thing. The other pumps from that order are working.

        Please send an RMA for the 2 pumps and 2 replacements.

        Thanks,
        """)
        + SIG_MARISOL
    )
    subject = "PO 60455 - 2 condensate pumps not working"
    return gmail("l30", MARISOL, subject, when, body)


def l31():
    when = at("2026-11-20 10:30", "ET")
    body = (
        para("""
        Hi,

        Just following up on my email below from Oct 27 about the cracked 3" check valve on PO 24415. I haven't heard anything back and no replacement has shown up. We need it in before the clinic's inspection on December 3. Can someone let me know where this stands?

        Thanks,
        """)
        + SIG_KAREN
    )
    history = [Msg(KAREN, L02_WHEN, [DESK], L02_SUBJECT, L02_BODY, cc=[MIKE])]
    msgid = gmail_msgid("l02")
    subject = "Re: " + L02_SUBJECT
    return gmail(
        "l31", KAREN, subject, when, body, cc=[MIKE], history=history, reply=(msgid, msgid)
    )


L32_WHEN = at("2026-11-23 14:05", "CT")
L32_SUBJECT = "Returning expansion tanks after the job - PO 40917"
L32_BODY = (
    para("""
    Good afternoon,

    We are finishing the Mission Road duplexes on our PO 40917. It looks like we will have 2 of the 2 gallon expansion tanks left over when the job closes, probably in the middle of January. Would it be possible to return them then? And what do you need from us for that, a form or only an email?

    We do not need anything right now, I only want to know how it works before we close the job.

    Thank you,

    """)
    + SIG_SEP
    + SIG_ROSA
)
L32_ANSWER = Msg(
    LAUREN,
    at("2026-11-24 09:40", "ET"),
    [ROSA],
    "RE: " + L32_SUBJECT,
    para("""
        Hi Rosa,

        Thank you for asking ahead. We accept returns of unused stock within 30 days of delivery. PO 40917 was delivered October 7, so that window has closed. You are welcome to send a request anyway and we will look at it, but it may be declined.

        """)
    + SIG_LAUREN,
)


def l32():
    return thunderbird("l32", ROSA, L32_SUBJECT, L32_WHEN, L32_BODY)


def l33():
    when = at("2026-11-24 08:40", "ET")
    body = (
        para("""
        Hi,

        We'd like to return 1 of the 3" flanged swing check valves from our PO 24388 (delivered Oct 2). The engineer took one check valve out of the pump room design, so we have one extra. Never installed, still on the skid with the flange covers on.

        Please send an RA and we'll have it ready for your driver.

        Thanks,
        """)
        + SIG_MIKE
    )
    return gmail("l33", MIKE, "Return 1 check valve - PO 24388", when, body)


def l34():
    when = at("2026-11-30 07:15", "ET")
    body = (
        para("""
        Derek Stauffer, plumbing foreman for Keystone at Spring Grove ES. Two issues on PO 77790:

        - 2 of the 1" brass ball valves leak by when closed. We pressure tested the branch Friday and it won't hold, pulled them and bench tested, same thing. Need 2 new ones.
        - We just got to the bottom of the copper bundle and 4 of the 20' lengths are type M (red stamp), not type L. PO is type L. Need 4 lengths of L, you can take the M back.

        Everything else from that delivery is in the wall.

        """)
        + SIG_DEREK
    )
    subject = "PO 77790 - leaking ball valves, wrong copper"
    return outlook_mobile("l34", DEREK, subject, when, body, "iOS")


def l35():
    when = at("2026-12-01 10:20", "CT")
    confirm = Msg(
        LAUREN,
        at("2026-11-30 14:40", "CT"),
        [RAJ],
        "Credit memo - tile on invoice 88109",
        para("""
            Raj,

            Credit memo CM-40712 for the 2 cartons of acoustic tile on invoice 88109 (your PO 60377) was posted today, $95.00. There is nothing to return.

            """)
        + SIG_LAUREN,
    )
    body = para("""
        Lauren,

        Got it, thank you. I see the $95.00 on our account. That closes out the tile on 60377 for us.

        Raj
        """)
    confirm_id = desk_msgid("l35-confirm")
    subject = "Re: Credit memo - tile on invoice 88109"
    return apple_mac(
        "l35", RAJ, subject, when, body, history=[confirm], reply=(confirm_id, confirm_id)
    )


def l36():
    when = at("2026-12-02 09:35", "CT")
    body = (
        para("""
        Hello Lauren,

        Thank you for explaining. We would still like to ask: the job finished early and we have 2 of the 2 gallon expansion tanks that we did not use, new in the box. Please let us know if you can take them back.

        Also a different problem on the same PO 40917: one of the 40 gallon electric water heaters is leaking from the tank at the bottom. It was installed October 12 and now there is water under it. Our plumber checked the fittings and they are dry, the water comes from the tank. Please tell us how to do the warranty.

        Thank you,

        """)
        + SIG_SEP
        + SIG_ROSA
    )
    quoted = (
        L32_ANSWER.body.rstrip("\n")
        + "\n"
        + outlook_history_text([Msg(ROSA, shown_in(L32_WHEN, "ET"), [DESK], L32_SUBJECT, L32_BODY)])
    )
    answer_id = desk_msgid("l32-answer")
    reply = (answer_id, f"<{uuid('tb', 'l32').lower()}@delgadoplumbing.com> {answer_id}")
    subject = "Re: " + L32_SUBJECT
    return thunderbird_reply("l36", ROSA, subject, when, body, L32_ANSWER, quoted, reply)


def l37():
    when = at("2026-12-04 08:50", "CT")
    body = para("""
        Good morning

        Last year in October we buy from you the material for PO 40611, the house on Pleasanton Rd. Now the customer call us, there is water in the closet. We check and the 2 gallon expansion tank is leaking at the bottom, and 3 of the 3/4 ball valves are leaking at the stem. No wait, only 2 valves, the third one is only wet from the tank.

        So 1 tank and 2 ball valves. Can you change them for warranty? Picture of the tank attached.

        Ernesto Delgado
        Delgado & Sons Plumbing
        """)
    pic = blob("image/jpeg", "20261204_081733.jpg", tank_photo())
    return samsung("l37", ERNESTO, "PO 40611 tank and valves leak", when, body, files=[pic])


def l38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Correction to Tom Morales' email of Nov 6 on PO 77812: the extra 1\" copper 90s are "
        '12, not 10 - two more turned up in the gate valve cartons. Also 2 of the 2" gate '
        'valves from that delivery are 2-1/2", found when we went to install them this week. '
        "- Keystone Mechanical, Eastern York HS job site"
    )
    lines = [
        {"sku": "FTG-CU-E90-100", "quantity": 12, "reason": "OVERSHIPPED"},
        {"sku": "VLV-2210-BR", "quantity": 2, "reason": "WRONG_ITEM"},
    ]
    text = (
        "{\n"
        '  "order_number": "SO-104233",\n'
        '  "lines": [\n' + ",\n".join(f"    {json.dumps(line)}" for line in lines) + "\n  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def l39():
    """Delgado's revised return list, typed and uploaded without an account; LF."""
    text = para("""
        DELGADO & SONS PLUMBING
        1418 Nogalitos St, San Antonio, TX 78204 - 210-555-0133

        RETURN LIST - REVISED
        (this list replaces the one we gave at your counter)

        Vendor:        Brightwater Supply Co.
        Our PO:        40988
        Invoice:       88165
        Picked up:     11/06/2026 at your counter

        Qty   Item ordered                          What we got
        4     1" brass ball valve, full port, thd   3/4" sweat ball valve

        We need the 1" threaded valves like on the PO. The first list said 5,
        we count again and it is 4. The 3/4" valves are not used, in the box.

        Prepared by:  Ernesto Delgado
        """)
    return text.encode("ascii")


def l40():
    """Keystone's service department warranty and return request, typed; CRLF line ends."""
    text = para("""
        KEYSTONE MECHANICAL CONTRACTORS - SERVICE DEPARTMENT
        WARRANTY / RETURN REQUEST (typed from field report FR-5530)

        Supplier:          Brightwater Supply Co.
        Supplier order:    SO-104201
        Our PO:            76115
        Delivered:         10/20/2025

        1) 1-1/4" thermostatic mixing valve, lead free - qty 1
           Problem: outlet temperature swings about 20 F under load. Cartridge cleaned
           and checked per the manufacturer's steps, no change. Installed Nov 2025,
           boiler room at the York County 4-H center.
           Request: warranty replacement.

        2) 1/25 HP cast iron circulator pump - qty 2
           Problem: not needed. Left over from the same job, never installed, in the
           original boxes.
           Request: return for credit.

        Correction: the first version of this form said 3 pumps. One was installed
        in December 2025, so the return is 2.

        Submitted by:  Kyle Weaver, Service Tech
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "l01-keystone-tom-two-wifi-stats-doa-77760.eml": l01,
    "l02-riverbend-karen-check-valve-flange-cracked-24415.eml": l02,
    "l03-keystone-tom-correction-one-stat-not-two.eml": l03,
    "l04-keystone-kyle-ball-valves-handles-four-make-it-three.eml": l04,
    "l05-delgado-ernesto-elbows-short-ten-then-five.eml": l05,
    "l06-riverbend-mike-extra-pvc-tees-24460.eml": l06,
    "l07-riverbend-mike-forgot-ball-valves-short.eml": l07,
    "l08-delgado-ernesto-forgot-prv-no-hold.eml": l08,
    "l09-summit-cody-tile-crushed-no-po.eml": l09,
    "l10-summit-raj-answers-desk-po-60377.eml": l10,
    "l11-keystone-dana-copper-price-88098.eml": l11,
    "l12-keystone-tom-extra-elbows-eastern-york-77812.eml": l12,
    "l13-keystone-kyle-pex-coil-short-estes.eml": l13,
    "l14-riverbend-amber-cracked-valves-extra-couplings.eml": l14,
    "l15-riverbend-amber-correction-one-inch-valves.eml": l15,
    "l16-harbor-luis-brown-registers-filters-short.eml": l16,
    "l17-keystone-beth-return-ball-valves-77731.eml": l17,
    "l18-summit-cody-disregard-voicemail-stats-fine.eml": l18,
    "l19-harbor-deshawn-heater-forklift-70288.eml": l19,
    "l20-keystone-beth-make-it-25-valves.eml": l20,
    "l21-keystone-dana-pump-price-invoice-typo.eml": l21,
    "l22-keystone-dana-typo-invoice-is-88133.eml": l22,
    "l23-harbor-deshawn-heater-swapped-all-set.eml": l23,
    "l24-riverbend-amber-elbows-short-wrong-prvs.eml": l24,
    "l25-keystone-kyle-pex-coil-turned-up.eml": l25,
    "l26-riverbend-amber-recount-25-short.eml": l26,
    "l27-harbor-luis-take-filters-off-claim.eml": l27,
    "l28-harbor-arturo-answers-how-many-registers.eml": l28,
    "l29-harbor-grace-register-price-and-count-88160.eml": l29,
    "l30-summit-marisol-condensate-pumps-switch-fail.eml": l30,
    "l31-riverbend-karen-chasing-check-valve-claim.eml": l31,
    "l32-delgado-rosa-tanks-maybe-january.eml": l32,
    "l33-riverbend-mike-return-check-valve-24388.eml": l33,
    "l34-keystone-derek-leaky-valves-type-m-copper.eml": l34,
    "l35-summit-raj-thanks-tile-credit.eml": l35,
    "l36-delgado-rosa-return-tanks-and-heater-leak.eml": l36,
    "l37-delgado-ernesto-old-tank-and-valves-leak.eml": l37,
    "l38-portal-keystone-correction-elbows-and-gate-valves.json": l38,
    "l39-upload-delgado-revised-return-list-po-only.txt": l39,
    "l40-upload-keystone-service-report-so-104201.txt": l40,
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
