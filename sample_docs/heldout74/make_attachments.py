"""Write every request file of heldout74: escalations and complaints.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Monday 2026-10-26 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. The set is about customers who are upset: several problems in one angry mail,
managers copied in, replies and forwards above long back-and-forth histories (with the desk,
the will-call counter, a sales rep, accounts receivable), claims chased a second and third
time, a claim withdrawn, statement and payment quarrels, an order that never shipped, an
out-of-office reply, and formal complaint letters typed and uploaded. Some of them claim
nothing.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date), photos and the scan with Pillow (fixed drawing,
fixed JPEG/PNG settings); both come with the project's virtual environment.

The MIME and header helpers (tok, at, rfc, fold, Part, leaf, blob, multi, envelope, mail, the
Outlook/Exchange, Gmail, iPhone Mail and Samsung layouts, the PDF and photo helpers) are
adapted from sample_docs/heldout71/make_attachments.py; Thunderbird, Apple Mail, the Exchange
automatic reply, Outlook desktop replies and forwards with quoted history, and copies (Cc)
are this set's own.
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
TANYA = ("Tanya Brooks", "claims@brightwatersupply.example")
COUNTER = ("DC-East Will Call", "counter.east@brightwatersupply.example")
PHIL = ("Phil Garrity", "pgarrity@brightwatersupply.example")
AR = ("Brightwater Accounts Receivable", "ar@brightwatersupply.example")
DENISE = ("Denise Morrow", "ar@brightwatersupply.example")
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
FRANK = ("Frank Petrosky", "fpetrosky@keystonemech.com")
RICK = ("Rick Sandoval", "rsandoval@keystonemech.com")
WALT = ("Walt Brenner", "wbrenner@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
PETE = ("Pete Hollins", "pete@riverbendph.com")
SAM = ("Sam Whitaker", "swhitaker@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
BRENDA = ("Brenda Okafor", "dispatch@summithvac.net")
TRAVIS = ("Travis Lund", "tlund@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
NADIA = ("Nadia Hassan", "nhassan@harborpointpm.com")
GREG = ("Greg Tollefson", "gtollefson@harborpointpm.com")
VICTOR = ("Victor Salas", "vsalas@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
HECTOR = ("Hector Delgado", "hector@delgadoplumbing.com")
MARCO = ("Marco Delgado", "marco@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam11on2118.outbound.protection.outlook.com", "40.107.236.118"),
    "gws": ("mail-qk1-f181.google.com", "209.85.222.181"),
    "hosted": ("smtp-out1.alamohosting.example", "203.0.113.41"),
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


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("PH0PR17", 17), "harborpointpm.com": ("SA1PR22", 22)}


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
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">'
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


def gmail(key, person, subject, when, body, cc=(), history=(), reply=None, files=()):
    """Gmail (web or app): plain and HTML; quoted history below the text."""
    text = body
    markup = f'<div dir="ltr">{gmail_rows(body)}</div>'
    if history:
        text = body.rstrip("\n") + "\n\n" + gmail_history_text(history)
        markup += "<br>" + gmail_history_html(history)
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
    stamp = int(tok("smid", key, n=8), 16)
    headers = [("Date", rfc(when)), ("Subject", word(subject))]
    headers += [("Message-ID", f"<{tok('smm', key, n=24)}.{stamp}@email.android.com>")]
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


def thunderbird(key, person, subject, when, body, cc=()):
    """Thunderbird on a desktop, a hosted account: text/plain, format=flowed."""
    domain = person[1].split("@")[1]
    rows = [("Message-ID", f"<{uuid('tb', key).lower()}@{domain}>")]
    rows += [("Date", rfc_padded(when)), ("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
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


def invoice_88098_pdf():
    """Dana's copy of INV-88098, printed to PDF from the Brightwater customer portal."""
    pdf = pdf_doc(at("2026-10-29 09:02", "ET"))
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "DC-EAST  -  4100 Eastern Blvd, York, PA 17402  -  (717) 555-0199")
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_xy(140, 14)
    pdf.cell(60, 8, "INVOICE", align="R")
    y = pdf_fields(
        pdf,
        [
            ("Invoice", "INV-88098"),
            ("Invoice date", "10/26/2026"),
            ("Order", "SO-104226"),
            ("Customer PO", "PO-77790"),
            ("Bill to", "Keystone Mechanical Contractors (C-1001)"),
            ("Ship via", "R+L CARRIERS  PRO RL123377412"),
            ("Terms", "Net 30  -  due 11/25/2026"),
        ],
        34,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Item", "Description", "Qty", "Unit", "Amount"],
        ["1", "PIP-CU-L-100-20", '1" TYPE L COPPER TUBE 20 FT', "30", "76.40", "2,292.00"],
        ["2", "FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', "200", "2.95", "590.00"],
        ["3", "VLV-1005-BV", '1" BRASS BALL VALVE FP THRD', "36", "15.20", "547.20"],
    ]
    pdf_rows(pdf, [10, 36, 76, 16, 22, 26], rows)
    pdf.ln(3)
    for label, value in [("Subtotal", "3,429.20"), ("Sales tax (exempt)", "0.00")]:
        pdf.set_x(124)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(38, 6, label)
        pdf.cell(24, 6, value, align="R")
        pdf.ln(6)
    pdf.set_x(124)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(38, 7, "Total due USD")
    pdf.cell(24, 7, "3,429.20", align="R")
    pdf.set_xy(14, 250)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.multi_cell(
        182,
        4,
        "Remit to: Brightwater Supply Co., PO Box 7710, Harrisburg, PA 17106. Questions about "
        "this invoice: ar@brightwatersupply.example. Tax exempt certificate on file: "
        "PA REV-1220 #77-4410392.",
    )
    return bytes(pdf.output())


def quote_filters_pdf():
    """Brightwater's quote Q-26-0412 for Summit's PO 60455, kept by Summit's AP."""
    pdf = pdf_doc(at("2026-10-22 13:40", "CT"), "Brightwater QuoteDesk 4.2")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 16)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.  -  INSIDE SALES, DC-WEST")
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(14, 28)
    pdf.cell(0, 9, "QUOTATION  Q-26-0412")
    y = pdf_fields(
        pdf,
        [
            ("Customer", "Summit HVAC Services"),
            ("Attention", "Raj Patel"),
            ("Job", "Tulsa Hills Apartments - bldgs 2 and 3"),
            ("Quote date", "10/22/2026"),
            ("Valid through", "11/21/2026"),
            ("Quoted by", "K. Albers, inside sales  918-555-0155"),
        ],
        42,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Item", "Description", "Qty", "Unit price", "Ext."],
        ["HVC-CND-PUMP", "Condensate pump 115V w/ safety switch", "10", "59.80", "598.00"],
        ["TST-2100-NP", "Non-programmable digital thermostat 24V", "12", "28.90", "346.80"],
        ["HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated, case of 12", "20", "38.40", "768.00"],
    ]
    pdf_rows(pdf, [38, 82, 14, 24, 24], rows)
    pdf.ln(3)
    pdf.set_x(120)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(38, 7, "Quote total")
    pdf.cell(24, 7, "1,712.80", align="R")
    pdf.ln(12)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        182,
        4.5,
        "Prices firm through the valid-through date for the quantities shown. Freight "
        "prepaid on orders over $1,000. Order against this quote by referencing Q-26-0412 "
        "on your purchase order.",
    )
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "Page 1 of 1")
    return bytes(pdf.output())


def estes_exception_photo():
    """The Estes delivery receipt for PO 77812 with Walt's exception note, on a tailgate."""
    paper = Image.new("RGB", (820, 640), (243, 241, 233))
    d = ImageDraw.Draw(paper)
    small = mono(17)
    d.text((26, 18), "ESTES EXPRESS LINES", fill=(20, 60, 40), font=bold(26))
    d.text((26, 56), "DELIVERY RECEIPT      PRO ES4410391264", fill=(30, 30, 30), font=small)
    rows = [
        "SHIPPER:   BRIGHTWATER SUPPLY CO  DC-WEST",
        "CONSIGNEE: KEYSTONE MECH - MILLBROOK COMMONS",
        "REF/PO:    77812          DLV: 11/06/26",
        "",
        "HU  PCS  DESCRIPTION                 WT",
        " 1   12  VALVES (CTN)                 44",
        " 1    6  PEX TUBING COILS            126",
    ]
    for i, row in enumerate(rows):
        d.text((26, 94 + i * 26), row, fill=(30, 30, 30), font=small)
    d.line((20, 290, 800, 290), fill=(70, 70, 70), width=2)
    d.text((26, 304), "EXCEPTIONS:", fill=(30, 30, 30), font=small)
    d.text((190, 296), "ONLY 5 COILS REC'D", fill=(24, 40, 140), font=hand(28))
    d.text((190, 336), "SHORT 1", fill=(24, 40, 140), font=hand(28))
    d.text((26, 410), "SIGNED:", fill=(30, 30, 30), font=small)
    d.text((190, 400), "W. Brenner  11/6", fill=(24, 40, 140), font=hand(28))
    d.text((26, 590), "DRIVER 2290   TRAILER 48-1174", fill=(100, 100, 100), font=small)
    return photo(paper, 1.6, (92, 84, 70), (920, 740))


def crushed_heater_photo():
    """A 50 gal gas water heater with its jacket crushed at the bottom, tagged."""
    img = Image.new("RGB", (720, 960), (150, 146, 138))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 800, 720, 960), fill=(110, 106, 100))
    d.ellipse((190, 90, 530, 170), fill=(214, 214, 208))
    d.rectangle((190, 130, 530, 800), fill=(222, 222, 216))
    d.ellipse((190, 760, 530, 840), fill=(196, 196, 190))
    d.polygon([(190, 620), (300, 650), (330, 740), (260, 800), (190, 800)], fill=(170, 170, 164))
    d.line((190, 620, 300, 650, 330, 740, 260, 800), fill=(90, 90, 86), width=5)
    d.rectangle((320, 560, 400, 620), fill=(60, 60, 60))
    d.rectangle((236, 240, 484, 360), fill=(245, 245, 240), outline=(40, 40, 40), width=2)
    lab = font("dejavu/DejaVuSans-Bold.ttf", 18)
    for i, row in enumerate(["50 GAL  NATURAL GAS", "40,000 BTU/HR", "ATMOSPHERIC VENT"]):
        d.text((250, 254 + i * 32), row, fill=(30, 30, 30), font=lab)
    d.rectangle((420, 420, 660, 540), fill=(240, 200, 60), outline=(80, 60, 10), width=2)
    for i, row in enumerate(["DAMAGED", "DO NOT INSTALL", "L.O. 11/11"]):
        d.text((432, 430 + i * 34), row, fill=(20, 20, 20), font=bold(22))
    return photo(img, -1.2, (150, 146, 138), (720, 960), blur=0.9, quality=74)


def rating_plate_photo():
    """The rating plate of the leaking heater at the Woodlawn house, shot close up."""
    plate = Image.new("RGB", (900, 560), (206, 206, 200))
    d = ImageDraw.Draw(plate)
    d.rectangle((20, 20, 880, 540), outline=(60, 60, 60), width=3)
    d.text((44, 36), "RESIDENTIAL GAS WATER HEATER", fill=(20, 20, 20), font=bold(30))
    rows = [
        "MODEL NO.   GN50T40-ATM",
        "SERIAL NO.  2540A117823",
        "MFG DATE    10/2025",
        "CAPACITY    50 U.S. GAL",
        "INPUT       40,000 BTU/HR  NATURAL GAS",
        "MAX WORKING PRESSURE 150 PSI",
        "RECOVERY    40.9 GPH AT 90F RISE",
    ]
    for i, row in enumerate(rows):
        d.text((44, 96 + i * 54), row, fill=(25, 25, 25), font=mono(27))
    return photo(plate, -2.4, (58, 54, 50), (1008, 700), blur=0.8, quality=76)


def tile_compare_photo():
    """Two ceiling tiles side by side on a 3rd floor slab, marker notes on tape."""
    img = Image.new("RGB", (1008, 756), (160, 158, 150))
    d = ImageDraw.Draw(img)
    d.rectangle((60, 150, 460, 550), fill=(236, 234, 226), outline=(120, 120, 112), width=3)
    for i in range(60):
        x = 80 + (i * 37) % 360
        y = 170 + (i * 53) % 360
        d.line((x, y, x + 14, y + 5), fill=(170, 168, 160), width=2)
    d.rectangle((540, 150, 940, 550), fill=(246, 246, 242), outline=(120, 120, 112), width=3)
    d.rectangle((560, 170, 920, 530), outline=(200, 200, 196), width=2)
    tape = (236, 218, 150)
    d.rectangle((150, 590, 370, 650), fill=tape)
    d.text((168, 598), "ORDERED", fill=(20, 20, 20), font=bold(34))
    d.rectangle((600, 590, 880, 650), fill=tape)
    d.text((616, 598), "IN 5 CTNS", fill=(20, 20, 20), font=bold(34))
    d.rectangle((300, 40, 700, 110), fill=(250, 250, 246), outline=(60, 60, 60), width=2)
    d.text((318, 48), "CTN END: 2x2 FISSURED", fill=(30, 30, 30), font=mono(24))
    d.text((318, 78), "24 x 24 x 5/8  CTN/16", fill=(30, 30, 30), font=mono(22))
    return photo(img, 0.9, (160, 158, 150), (1008, 756), blur=1.0, quality=70)


def count_sheet_scan():
    """Marco's count sheet from the shop clipboard, scanned with the office copier."""
    page = Image.new("RGB", (1240, 1000), (255, 255, 255))
    d = ImageDraw.Draw(page)
    d.text((60, 40), "DELGADO & SONS PLUMBING - MATERIAL COUNT", fill=(0, 0, 0), font=bold(34))
    d.line((60, 92, 1180, 92), fill=(0, 0, 0), width=2)
    rows = [
        "SO-104240   WILL CALL DC SOUTH   PICKED UP 11/6",
        "",
        '2" BLK PIPE          TICKET 120 FT    12 PCS OK',
        '1-1/2" BLK UNION     TICKET 12        COUNTED 8',
        '1" BALL VALVE        TICKET 10        10 OK',
        "",
        "UNIONS SHORT 4 - COUNTED 2 TIMES",
    ]
    for i, row in enumerate(rows):
        d.text((60, 130 + i * 62), row, fill=(10, 10, 10), font=hand(36))
    d.text((60, 620), "COUNTED BY: MARCO D.   11/11/26", fill=(10, 10, 10), font=hand(36))
    d.text((60, 900), "FORM 12 - REV 2019", fill=(90, 90, 90), font=mono(20))
    return scan_png(page, 0.6)


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | 2250 Loucks Rd, York, PA 17408 | PA HIC #PA021377
    This message may contain confidential information intended only for the addressee.
    """)
SIG_TOM = para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0131 | C 717-555-0184
    """)
SIG_FRANK = para("""
    Frank Petrosky
    Operations Manager | Keystone Mechanical Contractors
    O 717-555-0130 | C 717-555-0172
    """)
SIG_DANA = para("""
    Thank you,

    Dana Ruiz
    Accounts Payable | Keystone Mechanical Contractors
    T 717-555-0135 | F 717-555-0136
    """)
SIG_RICK = "Rick Sandoval | Superintendent | Keystone Mechanical | C 717-555-0159\n"
SIG_WALT = "Walt Brenner\nForeman | Keystone Mechanical\nC 717-555-0145\n"
SIG_MIKE = para("""
    Mike O'Brien
    Operations | Riverbend Plumbing & Heating
    (304) 555-0114
    """)
SIG_SAM = para("""
    Sam Whitaker
    Lead Plumber | Riverbend Plumbing & Heating
    Truck 7 | WV PL-05588 | (304) 555-0187
    """)
SIG_KAREN = para("""
    --
    Karen Liu | Office Manager
    Riverbend Plumbing & Heating
    411 Water St, Clarksburg, WV 26301 | (304) 555-0106
    """)
SIG_RAJ = para("""
    Raj Patel
    Service Manager | Summit HVAC Services
    8810 E 61st St, Tulsa, OK 74133 | 918-555-0124
    """)
SIG_BRENDA = para("""
    Brenda Okafor
    Dispatch / Service Coordinator
    Summit HVAC Services | 918-555-0109
    """)
SIG_TRAVIS = "Travis Lund\nInstaller, Summit HVAC Services\nUnit 14 | 918-555-0190\n"
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0133
    """)
SIG_LUIS = "Luis Ortega\nMaintenance Supervisor, Harbor Point PM\n713-555-0128"
SIG_NADIA = para("""
    Nadia Hassan
    Regional Property Manager | Harbor Point Property Management
    Westchase Commons | 2600 Briarpark Dr, Houston, TX 77042
    O 713-555-0150 | M 713-555-0181
    """)
SIG_VICTOR = para("""
    Victor Salas
    Building Engineer | Harbor Point Property Management
    Westchase Commons | 713-555-0165
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable | Harbor Point Property Management
    713-555-0119 | payables@harborpointpm.com
    """)
SIG_HECTOR = para("""
    Hector Delgado
    Owner
    Delgado & Sons Plumbing
    1418 Nogalitos St, San Antonio, TX 78204
    TX M-38810 | 210-555-0104
    """)
SIG_ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n(210) 555-0170"
SIG_MARCO = para("""
    Marco Delgado
    Delgado & Sons Plumbing
    210-555-0192
    """)
SIG_SEP = "-- \n"  # the signature separator Thunderbird puts above a signature
SIG_DESK = para("""
    Tanya Brooks
    Brightwater Supply Co. | Claims Desk
    claims@brightwatersupply.example | (610) 555-0120
    """)


# ------------------------------------------------------------------ the requests


def f01():
    when = at("2026-10-26 08:47", "ET")
    body = (
        para("""
        Good morning,

        This is the second delivery in a row from DC-East that has shown up with problems, and I need someone on your end to own it.

        PO 77760 came on your truck Thursday 10/22 to the Lancaster Ave office building. Two problems:

        1. Two of the 8 Wi-Fi thermostats came out of a crushed carton with the display glass cracked. Both are unusable. The other 6 are installed and working.
        2. The packing slip shows 12 cases of the 16x25x1 MERV 11 filters. We received 10 cases. Your driver had our laborer sign before anyone counted.

        Please replace the 2 thermostats and ship the 2 missing cases of filters. We have a walkthrough with the owner on 11/3 and I am not going to explain to him why the mechanical rooms are waiting on parts.

        The problem on PO 77731 earlier this month took three phone calls and two weeks to sort out. I would like this one handled in writing, with an answer this week.

        Frank Petrosky (our Operations Manager) is copied.

        """)
        + SIG_TOM
        + "\n"
        + KEYSTONE_NOTICE
    )
    subject = "PO 77760 - cracked thermostats and short filters - again"
    return outlook_desktop("f01", TOM, subject, when, body, cc=[FRANK])


def f02():
    when = at("2026-10-27 10:05", "ET")
    body = (
        para("""
        Karen gave me the claims number but nobody picks up, so here it is in writing.

        The 3" RPZ backflow assembly on PO 24415 (your SO-104222) came on the Estes truck last Thursday, pro ES4410298837. We opened the crate this morning at the Greenbrier St meter vault. The #2 test cock is snapped off flush with the body and there is a crack running down the relief valve housing from it. There's a forklift hole in the side of the crate. I have pictures if you want them.

        This is a special order unit that took 5 weeks to get here, and the water company has us on the schedule for the tie-in November 9. I need to know TODAY if you are replacing it and when it ships. Both 3" check valves on that order are fine.

        Pete is copied because if this holds up the job he is the one getting the call from the city.

        """)
        + SIG_MIKE
    )
    subject = "RPZ on PO 24415 arrived broken - need an answer today"
    return gmail("f02", MIKE, subject, when, body, cc=[PETE])


def f03():
    when = at("2026-10-28 09:41", "CT")
    body = (
        para("""
        Hello,

        I am Hector Delgado, owner of Delgado & Sons Plumbing. On PO 40917 we order 2 electric water heater 40 gallon, 4500 watt, 240 volt, for the duplex on Culebra Rd. Your truck deliver them October 7 and they stay in our warehouse because the customer was not ready.

        Yesterday my plumber go to install and the label on both heaters say 208 volt. The building is 240 single phase, we can not put a 208 volt heater there, the inspector will not pass it.

        I call your counter two times, they tell me write to this email. So I write.

        I need 2 heaters 240 volt like we order, and you take back these 2. My customer have no hot water since Monday and I am the one he is calling, not you. The expansion tanks and the ball valves from the same order are ok.

        Please call me today.

        """)
        + SIG_SEP
        + SIG_HECTOR
    )
    return thunderbird("f03", HECTOR, "PO 40917 heaters wrong voltage", when, body)


def f04():
    when = at("2026-10-29 07:36", "ET")
    body = (
        para("""
        R+L dropped PO 77790 at Millbrook yesterday around 3. Walt and I counted this morning:

        - 1" wrot 90s: 7 boxes, slip says 8 boxes (200). One box of 25 is not here.
        - 1" type L: 30 sticks came, 3 of them are kinked about 4 ft from the end, looks like a forklift got them. Can't use them.
        - 1" ball valves: 36, all good.

        Need the 25 elbows and the 3 sticks on the next truck. We start risers Monday. Please don't let this turn into another 2 week thing like 77731.

        Tom - fyi

        """)
        + SIG_RICK
    )
    subject = "77790 - short elbows + 3 bent sticks"
    return outlook_mobile("f04", RICK, subject, when, body, "iOS", cc=[TOM])


def f05():
    when = at("2026-10-30 11:18", "CT")
    body = para("""
        Hi,
        Your driver delivered PO 40962 to our shop yesterday. This morning Marco opened the box of pressure reducing valves and 2 of the 6 have the bell housing cracked, it looks like the box was dropped. Also 1 of the 12 sticks of 1" copper is bent in the middle, we can't use it.
        The elbows are all there.
        Can you send 2 PRVs and 1 stick of copper with the next delivery? If not please credit.
        Hector is copied, he wants to know why this keeps happening.
        Thank you
        Rosa
        """)
    sig = SIG_ROSA + "\n\nSent from my iPhone"
    subject = "PO 40962 - 2 PRVs broken and 1 copper bent"
    return iphone("f05", ROSA, subject, when, body, cc=[HECTOR], sig=sig)


F06_WHEN = at("2026-11-02 08:22", "ET")
F06_SUBJECT = "24460 short tees"
F06_BODY = (
    para("""
    Estes brought 24460 Saturday. Only 90 of the 2" PVC tees, order says 100. They come 10 to a box and there's 9 boxes. Driver was in a hurry and wouldn't wait while I counted.
    Copper and ball valves I haven't opened yet.
    Need the 10 tees before Wednesday, the Bridgeport Elementary job is waiting on them.

    """)
    + SIG_SAM
)


def f06():
    return gmail("f06", SAM, F06_SUBJECT, F06_WHEN, F06_BODY, cc=[MIKE])


def f07():
    when = at("2026-11-03 07:14", "ET")
    body = para("""
        Forwarding the whole thing so you can see how we got here.

        PO 77731 - 8 bags of the 1/2" PEX crimp couplings, never opened. The job went to expansion fittings so we don't need them. I want to return them for credit.

        Luann at your counter told me to just bring them in. I drove over Friday, 40 minutes each way, and got turned away at the window because there was "no RA". Now Ken tells me the claims desk has to issue one. Fine - please issue it. The bags are in my truck and I can drop them at DC-East any morning this week.

        Tom
        """)
    topic = "Return PEX couplings - PO 77731"
    history = [
        Msg(
            COUNTER,
            at("2026-11-02 16:12", "ET"),
            [TOM],
            "RE: " + topic,
            para("""
            Tom,

            Sorry about Friday. Luann should not have told you that. The counter can't take a return without an RMA number, and RMA numbers come from the claims desk. Please email claims@brightwatersupply.example with the PO, the items and the quantity and they will set it up.

            Ken Yoder
            DC-East Will Call | 717-555-0199
            """),
        ),
        Msg(
            TOM,
            at("2026-10-30 12:40", "ET"),
            [COUNTER],
            "RE: " + topic,
            para("""
            Drove over this morning with the couplings like Luann said and got turned away at the window, no RA. That's 80 minutes round trip for nothing. What exactly do I need to do?

            Tom
            """),
        ),
        Msg(
            COUNTER,
            at("2026-10-29 15:05", "ET"),
            [TOM],
            "RE: " + topic,
            "Hi Tom, sure, bring them by any morning before 10.\n\nLuann\nDC-East Will Call\n",
        ),
        Msg(
            TOM,
            at("2026-10-29 13:22", "ET"),
            [COUNTER],
            topic,
            para("""
            Luann - I have 8 bags of 1/2" PEX crimp couplings left from PO 77731, never opened. OK to drop them at the window Friday for credit?

            Tom Morales
            Keystone Mechanical
            """),
        ),
    ]
    return outlook_mobile("f07", TOM, "FW: " + topic, when, body, "iOS", history=history)


F08_WHEN = at("2026-11-04 09:55", "CT")
F08_SUBJECT = "PO 60377 - crushed tile and wrong registers"
F08_BODY = (
    para("""
    Hello,

    PO 60377 was delivered by ODFL on Monday 11/2 to our Owasso job, Cedar Ridge Dental (12 exam rooms, 3 floors).

    Two problems:

    - 3 cartons of the 2x2 acoustic tile were crushed at one corner and the tiles inside are snapped. The site super made us throw them in the dumpster the same day, so there is nothing to send back.
    - 6 of the 30 floor registers are 10x4, not 10x6. They were packed in 10x6 boxes, so somebody at your warehouse grabbed from the wrong bin. The floor cutouts are 10x6.

    The other 37 cartons and 24 registers are fine.

    We need 3 cartons of tile and 6 of the correct 10x6 registers. The ceiling crew is scheduled for Monday 11/9. Brenda is copied - she schedules the crews. Brenda, if this isn't here by Friday we move the ceiling crew, and I want that on record.

    Thank you,

    """)
    + SIG_RAJ
)


def f08():
    return apple_mac("f08", RAJ, F08_SUBJECT, F08_WHEN, F08_BODY, cc=[BRENDA])


F09_TOPIC = "INV-88098 copper pricing"
F09_WHEN = at("2026-11-05 10:31", "ET")
F09_BODY = (
    para("""
    Hello,

    I sent the note below to Phil on October 29. He answered that he would check with pricing, and I have not heard anything since. The invoice is now in our payment run, so I am sending it to the claims desk as he suggested on the phone this morning.

    INV-88098 (our PO-77790) bills the 1" type L copper tube at $76.40 per 20 ft length. Our PO price is $71.80. 30 lengths x $4.60 = $138.00.

    Please issue a credit memo for $138.00 against INV-88098. The elbows and ball valves on the invoice are billed correctly. A copy of the invoice is attached.

    """)
    + SIG_DANA
    + "\n"
    + KEYSTONE_NOTICE
)
F09_HISTORY = [
    Msg(
        PHIL,
        at("2026-10-30 08:15", "ET"),
        [DANA],
        "RE: " + F09_TOPIC,
        para("""
        Dana - thanks for catching this. Let me check with pricing and I'll get back to you.

        Phil Garrity
        Outside Sales | Brightwater Supply Co.
        C 717-555-0178
        """),
    ),
    Msg(
        DANA,
        at("2026-10-29 09:05", "ET"),
        [PHIL],
        F09_TOPIC,
        para("""
        Hi Phil,

        INV-88098 came in with the 1" type L copper at $76.40 a length. Our PO-77790 has $71.80, which is what you quoted Tom in September. Can you have it corrected?

        Thank you,
        Dana
        """),
    ),
]


def f09():
    files = [blob("application/pdf", "INV-88098.pdf", invoice_88098_pdf())]
    return outlook_desktop(
        "f09",
        DANA,
        "FW: " + F09_TOPIC,
        F09_WHEN,
        F09_BODY,
        cc=[PHIL],
        history=F09_HISTORY,
        files=files,
    )


def f10():
    when = at("2026-11-06 14:20", "CT")
    body = (
        para("""
        Hello,

        This email is not about the PRV. Rosa already write to you about the 2 broken PRV and the copper, and your people answer her, thank you for that.

        This is about your driver. On October 29 he deliver PO 40962 to our shop. He park the truck across our driveway for 40 minutes, our trucks can not go out, and when my son ask him to move he was very rude and use bad words in front of my customers. He leave the pallet outside the gate in the rain, not inside the yard like we ask every time.

        We are customer of Brightwater for 11 years. I want a manager to call me. I don't want this driver at my shop again.

        """)
        + SIG_SEP
        + SIG_HECTOR
    )
    subject = "Complaint - your driver - please give to the manager"
    return thunderbird("f10", HECTOR, subject, when, body)


F11_WHEN = at("2026-11-09 07:52", "ET")
F11_SUBJECT = "77812 Millbrook - cracked gate valves + pex coil short"
F11_BODY = (
    para("""
    Both trucks came for 77812. R+L Thursday 11/5 with the gate valves and 90s, Estes Friday 11/6 with the PRVs and pex.

    - 2" bronze gate valves: one carton was smashed, 4 of the 10 in it have cracked bonnets (lot L2611 on the carton). Other 36 ok.
    - 3/4" pex 300 ft coils: 5 came, slip says 6. Wrote it on the Estes receipt, pic attached.
    - PRVs (12) and the 90s all ok.

    Need 4 gate valves and the coil on the next truck. Tom and Frank cc'd.

    """)
    + SIG_WALT
)


def f11():
    files = [blob("image/jpeg", "IMG_20261106_142218.jpg", estes_exception_photo())]
    return outlook_mobile(
        "f11", WALT, F11_SUBJECT, F11_WHEN, F11_BODY, "Android", cc=[TOM, FRANK], files=files
    )


F12_WHEN = at("2026-11-09 13:05", "ET")
F12_SUBJECT = "PO 24519 - we received 30 ball valves, ordered 24"
F12_BODY = (
    para("""
    Hi,

    Our shop received PO 24519 by UPS on Friday 11/6 (tracking 1Z4F83090342217816). Our tech counted 30 of the 1" full port ball valves in the carton. We ordered 24 and invoice INV-88141 bills 24.

    The extra 6 are back in the original box. Please arrange a pickup or let us know how you want them returned - we don't want them showing up on a bill later.

    The couplings and the 2 coils of PEX are fine.

    Thanks,
    Karen

    """)
    + SIG_KAREN
)


def f12():
    return gmail("f12", KAREN, F12_SUBJECT, F12_WHEN, F12_BODY)


def f13():
    when = at("2026-11-10 08:09", "ET")
    body = (
        para("""
        Frank copied.

        Three more problems on PO-77830 (ODFL delivery Friday 11/6, Hanover Street retrofit). At this point I am keeping a list.

        1) One of the 8 condensate pumps is dead out of the box. Plugged into a known good outlet, float lifted by hand, nothing - no hum, no run. Tagged and set aside.
        2) We received 50 of the 1-1/2" black unions. We ordered 40 and were invoiced for 40. The extra 10 are in a separate bag, labeled. Please pick them up.
        3) One of the 4 circulators is no longer needed - the engineer deleted the DHW recirc pump in Rev. C of the drawings (issued 11/4). It is still in the unopened box. Please take it back for credit.

        The 6 check valves are installed and fine.

        I want one RMA and one pickup for all of it, not three separate visits.

        """)
        + SIG_TOM
        + "\n"
        + KEYSTONE_NOTICE
    )
    subject = "PO-77830 Hanover St - three more problems"
    return outlook_desktop("f13", TOM, subject, when, body, cc=[FRANK])


def f14():
    when = at("2026-11-10 16:12", "CT")
    body = (
        para("""
        Installed 10 of the 12 wifi stats from PO 60418 at the Broken Arrow townhomes yesterday. 2 of them boot loop - logo, black screen, logo, over and over. Factory reset does nothing and I swapped the sub base from a working unit, same thing. The other 8 are online and fine, last 2 go in Thursday.
        Need 2 replacements, both units are occupied and the tenants are running space heaters.

        """)
        + SIG_TRAVIS
    )
    return gmail("f14", TRAVIS, "2 dead wifi stats PO 60418", when, body)


def f15():
    when = at("2026-11-11 08:26", "CT")
    body = (
        para("""
        Hi, I pick up SO-104240 friday at DC South will call. The bag of 1-1/2 black unions have 8, the ticket say 12. I count again at the shop, 8. Pipe and ball valves are ok.
        Please send the 4 unions or leave them at will call for me. My count sheet is attached.
        Thanks

        """)
        + SIG_MARCO
    )
    files = [blob("image/png", "count_sheet_SO-104240.png", count_sheet_scan())]
    return samsung("f15", MARCO, "SO-104240 unions short", when, body, files=files)


F06_ACK = Msg(
    TANYA,
    at("2026-11-02 15:40", "ET"),
    [SAM],
    "Re: " + F06_SUBJECT,
    para("""
    Hi Sam,

    Thank you for letting us know. We have opened a shortage case for 10 of the 2" PVC tees on PO 24460 and asked DC-South for a recount. The 10 tees are on Wednesday's truck.

    """)
    + SIG_DESK,
    cc=[MIKE],
)


def f16():
    when = at("2026-11-12 09:44", "ET")
    body = para("""
        Same order, new problem. The 10 tees came Wednesday, thanks for that.

        Now the ball valves. The guys opened them at Bridgeport yesterday and 10 of the 30 are 1/2" sweat, not 3/4". They were in 3/4 boxes so nobody caught it until they went to sweat them in. Need 10 of the 3/4" ball valves, and tell me how you want the 1/2" ones back.

        Between this and the RPZ it has been a rough month with you guys.

        Mike
        """)
    history = [F06_ACK, Msg(SAM, F06_WHEN, [DESK], F06_SUBJECT, F06_BODY, cc=[MIKE])]
    first, ack = gmail_msgid("f06"), desk_msgid("f06-ack")
    return gmail(
        "f16",
        MIKE,
        "Re: " + F06_SUBJECT,
        when,
        body,
        history=history,
        reply=(ack, f"{first} {ack}"),
    )


F17_WHEN = at("2026-11-12 15:37", "CT")
F17_SUBJECT = "Crushed water heater PO 70288"
F17_BODY = para("""
    Estes delivered PO 70288 yesterday at Westchase Commons. One of the 3 water heaters (50 gal gas) has the jacket crushed in at the bottom and the gas valve is pushed in. Not installing it. Driver noted it on the receipt. Photo attached.
    The other 2 heaters and the 3 expansion tanks are ok.
    Please replace asap, 2 units in bldg C have no hot water.
    """)


def f17():
    files = [iphone_photo("IMG_4471.jpeg", crushed_heater_photo())]
    sig = SIG_LUIS + "\n\nSent from my iPhone"
    return iphone("f17", LUIS, F17_SUBJECT, F17_WHEN, F17_BODY, files=files, sig=sig)


def f18():
    when = at("2026-11-13 07:03", "ET")
    body = (
        para("""
        Millbrook risers are done. We have 40 of the 1" ball valves left over off 77790, all still boxed, never installed. Want to send them back for credit. Can your driver grab them when he brings the gate valves?

        """)
        + SIG_WALT
    )
    return outlook_mobile("f18", WALT, "Ball valves back - 77790", when, body, "Android")


def f19():
    when = at("2026-11-13 14:48", "ET")
    body = para("""
        Hi Tanya,

        Please cancel the return for the 6 extra ball valves. Mike wants to keep them for the Fairmont job, so just bill us for the 6 on a separate invoice at the same price. The UPS call tag came this morning - I'll throw it out.

        Sorry for the back and forth.

        Karen
        """)
    ack = Msg(
        TANYA,
        at("2026-11-10 10:20", "ET"),
        [KAREN],
        "Re: " + F12_SUBJECT,
        para("""
        Hi Karen,

        Thank you - we have set up the return of the 6 extra 1" ball valves on PO 24519 under RMA-9121. UPS will email you a call tag; please tape it to the original box.

        """)
        + SIG_DESK,
    )
    history = [ack, Msg(KAREN, F12_WHEN, [DESK], F12_SUBJECT, F12_BODY)]
    first, reply = gmail_msgid("f12"), desk_msgid("f12-ack")
    return gmail(
        "f19",
        KAREN,
        "Re: " + F12_SUBJECT,
        when,
        body,
        history=history,
        reply=(reply, f"{first} {reply}"),
    )


def f20():
    when = at("2026-11-16 08:15", "CT")
    body = (
        para("""
        Good morning,

        I am the regional property manager for Westchase Commons. I am writing because the response to Luis's report below is not acceptable.

        On Thursday Luis reported that one of the three 50-gallon gas water heaters on PO 70288 arrived with a crushed jacket and a damaged gas valve. On Friday your desk answered that the claim is "under review", with no date. Two units in Building C have been without hot water since Wednesday.

        It has since gotten worse. A second heater from the same delivery, which Luis installed on Friday in Building A, is leaking from the tank - water is coming from under the jacket at the bottom, not from any of our connections. He shut it down Saturday morning. That is two of the three heaters on this order out of service.

        By end of day tomorrow I need:
        - a replacement for the crushed heater, and
        - a replacement for the leaking heater,
        each with a delivery date. If Brightwater cannot commit to that, we will buy both locally and deduct the cost from INV-88171.

        I have copied Greg Tollefson, our VP of Operations.

        Regards,

        """)
        + SIG_NADIA
    )
    history = [
        Msg(
            LUIS,
            at("2026-11-14 07:41", "CT"),
            [NADIA],
            "FW: " + F17_SUBJECT,
            para("""
            Nadia - see below. Still no date from them. Bldg C still without hot water and now the heater I put in Bldg A yesterday is leaking from the tank, I shut it off this morning.

            Luis
            """),
        ),
        Msg(
            TANYA,
            at("2026-11-13 10:02", "CT"),
            [LUIS],
            "RE: " + F17_SUBJECT,
            para("""
            Hi Luis,

            Thank you for the photo. Your claim for the damaged water heater on PO 70288 has been received and is under review. A reviewer will contact you once it has been looked at.

            """)
            + SIG_DESK,
        ),
        Msg(LUIS, F17_WHEN, [DESK], F17_SUBJECT, F17_BODY + "\n" + SIG_LUIS + "\n"),
    ]
    return outlook_desktop(
        "f20", NADIA, "FW: " + F17_SUBJECT, when, body, cc=[GREG, LUIS], history=history
    )


def f21():
    when = at("2026-11-17 10:27", "CT")
    body = (
        para("""
        Hi,

        Second time this month I'm writing to you about equipment. Two of the condensate pumps we got on PO 60418 quit over the weekend at the Tulsa Hills apartments - both tripped the safety switch and won't reset, float is clean, no debris in the reservoir. Tenants in units 210 and 318 called in water on the floor. Our tech pulled both pumps Sunday and put in loaners from the truck.

        Please send 2 replacement pumps and let me know how you want the bad ones back. Raj is copied.

        """)
        + SIG_BRENDA
    )
    subject = "Condensate pumps failing - PO 60418"
    return gmail("f21", BRENDA, subject, when, body, cc=[RAJ])


def f22():
    when = at("2026-11-18 09:02", "ET")
    body = (
        para("""
        Placed PO 24561 on Monday for 3 of the 3" flanged check valves and 20 of the 1-1/2" black unions. Your counter said it would go out on Tuesday's truck. Nothing came Tuesday, nothing so far today, and nobody at DC-South can tell me where it is. It doesn't show on your portal either.

        We have the pump station inspection Friday morning. I need a ship date by noon today or I'm cancelling the PO and buying the valves across town.

        Pete - fyi.

        """)
        + SIG_MIKE
    )
    return gmail("f22", MIKE, "PO 24561 - where is it?", when, body, cc=[PETE])


def f23():
    when = at("2026-11-18 11:40", "CT")
    body = (
        para("""
        Morning. PO 70296 came Monday on your truck to the Westchase Commons maintenance shop. 50 of the 10x6 floor registers, PO is for 40. The 12 ball valves are right. The extra 10 registers are on a cart in the shop whenever your driver wants them.

        And while I have you - please make sure somebody actually calls Luis back about the heaters.

        """)
        + SIG_VICTOR
    )
    return outlook_mobile("f23", VICTOR, "PO 70296 - extra registers", when, body, "iOS")


F11_ACK = Msg(
    TANYA,
    at("2026-11-10 09:05", "ET"),
    [WALT],
    "RE: " + F11_SUBJECT,
    para("""
    Hi Walt,

    Thank you for the photo of the receipt. We have opened two cases on PO 77812: 4 damaged 2" bronze gate valves (replacements, and a return of the cracked ones for inspection) and 1 coil of 3/4" PEX short (recount at DC-West). Replacements should ship within 2-3 business days.

    """)
    + SIG_DESK,
    cc=[TOM, FRANK],
)
F24_SUBJECT = "RE: " + F11_SUBJECT


def f24():
    when = at("2026-11-19 16:05", "ET")
    body = (
        para("""
        This is the third time we are asking about this.

        Walt reported on November 9 (below) that 4 of the 2" bronze gate valves were cracked and one 3/4" PEX coil was short on PO 77812. Your desk acknowledged it on the 10th and said replacements would ship in 2-3 business days. Walt called on the 13th and again on Monday. Nothing has shipped, and your driver on Tuesday knew nothing about it.

        We are holding up the boiler room at Millbrook Commons for 4 gate valves and one coil of tubing. I need them on a truck tomorrow, not another case number. If there is a problem on your end, call me directly.

        """)
        + SIG_FRANK
        + "\n"
        + KEYSTONE_NOTICE
    )
    history = [F11_ACK, Msg(WALT, F11_WHEN, [DESK], F11_SUBJECT, F11_BODY, cc=[TOM, FRANK])]
    first, ack = exo_msgid("f11", WALT), desk_msgid("f11-ack")
    return outlook_desktop(
        "f24",
        FRANK,
        F24_SUBJECT,
        when,
        body,
        cc=[TOM, WALT],
        history=history,
        reply=(ack, f"{first} {ack}"),
    )


def f25():
    when = at("2026-11-20 07:48", "ET")
    body = (
        para("""
        Called your counter Friday the 13th about this and was told somebody would call me back. Nobody did, so here it is in an email.

        PO 24503 came R&L last Thursday 11/12. We ordered 4 of the 3/4" PRVs and there were 2 in the box. The ball valves and the 90s are all there.

        Need the other 2 PRVs. Again.

        """)
        + SIG_SAM
    )
    return gmail("f25", SAM, "PRVs short - PO 24503", when, body)


def f26():
    when = at("2026-11-20 08:02", "ET")
    body = para("""
        I am out of the office from Friday, November 20 through Sunday, November 29, with limited access to email.

        For the Millbrook Commons project please contact Tom Morales (tmorales@keystonemech.com, 717-555-0131). For material problems on site call Walt Brenner at 717-555-0145.

        Frank Petrosky
        """)
    subject = "Automatic reply: " + F24_SUBJECT
    return outlook_auto_reply("f26", FRANK, subject, when, body, desk_msgid("f24-ack"))


def f27():
    when = at("2026-11-23 09:12", "ET")
    topic = "Open item INV-88133 - Keystone Mechanical (C-1001)"
    body = (
        para("""
        Hello,

        Per Denise's note below, I am sending this to the claims desk (AR copied).

        The $27.20 open on INV-88133 is not an underpayment. The invoice bills the condensate pumps at $64.90 each; our PO-77830 has them at $61.50. 8 pumps x $3.40 = $27.20, which we deducted when we paid the invoice with check #40694 on November 16.

        Please issue a credit memo for $27.20 against INV-88133 so the item clears. Everything else on that invoice was paid as billed.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_NOTICE
    )
    history = [
        Msg(
            DENISE,
            at("2026-11-20 14:30", "ET"),
            [DANA],
            "RE: " + topic,
            para("""
            Hi Dana,

            AR is not able to adjust prices on an invoice. Please send the price discrepancy to claims@brightwatersupply.example and they will issue a credit memo if it is approved. Until then the $27.20 stays open and will show on your statement.

            Denise Morrow
            Accounts Receivable | Brightwater Supply Co.
            717-555-0112
            """),
        ),
        Msg(
            DANA,
            at("2026-11-19 10:02", "ET"),
            [AR],
            "RE: " + topic,
            para("""
            Hello,

            This is not an underpayment. We short-paid INV-88133 because the pumps are billed above our PO price. It was noted on the remittance with check #40694.

            Dana Ruiz
            Accounts Payable | Keystone Mechanical Contractors
            """),
        ),
        Msg(
            AR,
            at("2026-11-18 06:00", "ET"),
            [DANA],
            topic,
            para("""
            Dear Customer,

            Our records show the following open item on your account C-1001:

            [table]

            Please remit the open balance or contact us if you believe this is in error.

            Brightwater Supply Co. - Accounts Receivable
            This is an automated message.
            """),
            table=[
                ["Invoice", "Date", "PO", "Amount", "Paid", "Open"],
                ["INV-88133", "11/04/2026", "PO-77830", "2,641.20", "2,614.00", "27.20"],
            ],
        ),
    ]
    return outlook_desktop("f27", DANA, "RE: " + topic, when, body, cc=[AR], history=history)


def f28():
    when = at("2026-11-24 10:50", "ET")
    body = (
        para("""
        Hi Tanya,

        One more from us, and hopefully an easy one. On PO 24388 from the beginning of October we have 1 of the 3" flanged check valves left over - the Shinnston pump station used 3, not 4. It was never installed and it's still bolted in the crate. We'd like to return it for credit.

        The unions from that order already went back on RMA-9002, so this is only the check valve.

        Thanks,
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("f28", KAREN, "Return 1 check valve - PO 24388", when, body)


def f29():
    when = at("2026-11-24 15:31", "CT")
    body = para("""
        Tanya,

        Sorry for the slow reply. The replacement tile and the 6 registers came on the 6th, the ceiling crew kept their Monday slot, and floors 1 and 2 are done. You can close this one out. Thanks for getting it turned around.

        While I have you - can you tell me where Brenda's condensate pump claim stands? She hasn't heard anything in a week.

        Raj
        """)
    ack = Msg(
        TANYA,
        at("2026-11-05 08:31", "CT"),
        [RAJ],
        "Re: " + F08_SUBJECT,
        para("""
        Hi Raj,

        We have opened two cases on PO 60377: 3 cartons of 2x2 tile damaged (no need to send them back, please dispose of them on site) and 6 registers shipped in the wrong size. 3 cartons of tile and 6 of the 10x6 registers are on Friday's truck from DC-South.

        """)
        + SIG_DESK,
        cc=[BRENDA],
    )
    history = [ack, Msg(RAJ, F08_WHEN, [DESK], F08_SUBJECT, F08_BODY, cc=[BRENDA])]
    first, reply = f"<{uuid('mac', 'f08')}@summithvac.net>", desk_msgid("f08-ack")
    return apple_mac(
        "f29",
        RAJ,
        "Re: " + F08_SUBJECT,
        when,
        body,
        history=history,
        reply=(reply, f"{first} {reply}"),
    )


def f30():
    when = at("2026-11-25 08:37", "CT")
    body = para("""
        Hi,
        The 50 gal gas water heater from PO 40611 (October last year, Mrs. Gutierrez on W. Woodlawn Ave) is leaking again. In March we replaced the T&P valve thinking that was the problem, but now the water is coming from the bottom of the tank, under the jacket. Hector went this morning and shut it off. The other heater from that order is fine.
        Please send a replacement under warranty. She is 82 years old and has no hot water before Thanksgiving.
        Picture of the rating plate attached.
        Rosa
        """)
    files = [iphone_photo("IMG_0917.jpeg", rating_plate_photo())]
    sig = SIG_ROSA + "\n\nSent from my iPhone"
    subject = "Water heater leaking again - PO 40611"
    return iphone("f30", ROSA, subject, when, body, files=files, sig=sig)


def f31():
    when = at("2026-11-30 07:26", "ET")
    body = (
        para("""
        Back in the office today and the first thing on my desk is another failed circulator at Northgate Elementary, the job on PO-76115 from October of last year. Seized, won't turn over by hand, trips the breaker. That is the second of the 6 - the first one went back on RMA-9001.

        I want this one replaced under warranty, and frankly I want someone to tell me if we have a bad batch, because there are 4 more of them in that building.

        """)
        + SIG_FRANK
    )
    subject = "Another circulator failed - Northgate Elementary - PO-76115"
    return outlook_mobile("f31", FRANK, subject, when, body, "iOS")


def f32():
    when = at("2026-11-30 13:55", "CT")
    body = (
        para("""
        Hello,

        Our November statement shows INV-88171 (PO 70288) open for $2,194.50, due December 9. Per Nadia Hassan, we are holding payment of this invoice until the two water heater claims on that order are resolved.

        Please note this on our account so the invoice does not go to collections or pick up a late charge. If you need anything from AP in the meantime, let me know.

        Thank you,

        """)
        + SIG_GRACE
    )
    return outlook_desktop("f32", GRACE, "INV-88171 - payment on hold", when, body)


def f33():
    when = at("2026-12-01 09:20", "ET")
    body = (
        para("""
        Hello,

        Second request. Your reply of November 6 (below) says a credit memo for $138.00 was posted for the copper on INV-88098. It is not on our November 30 statement, and INV-88098 still shows the full $3,429.20 open.

        Please apply the $138.00 credit to INV-88098 and send me a copy of the credit memo. Until it shows on our account we will pay INV-88098 short by $138.00.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_NOTICE
    )
    ack = Msg(
        TANYA,
        at("2026-11-06 09:10", "ET"),
        [DANA],
        "RE: FW: " + F09_TOPIC,
        para("""
        Hi Dana,

        Thank you. A credit memo for $138.00 has been posted for the price difference on the 1" type L copper on INV-88098 (30 x $4.60).

        """)
        + SIG_DESK,
        cc=[PHIL],
    )
    history = [ack, Msg(DANA, F09_WHEN, [DESK], "FW: " + F09_TOPIC, F09_BODY, cc=[PHIL])]
    history += F09_HISTORY
    first, reply = exo_msgid("f09", DANA), desk_msgid("f09-ack")
    subject = "RE: FW: " + F09_TOPIC + " - second request"
    return outlook_desktop(
        "f33", DANA, subject, when, body, history=history, reply=(reply, f"{first} {reply}")
    )


def f34():
    when = at("2026-12-01 14:06", "CT")
    body = (
        para("""
        Hello,

        INV-88184 (our PO 60455) bills the 16x25x1 MERV 11 filters at $39.50 a case for 20 cases. Your quote Q-26-0412 for the Tulsa Hills job has them at $38.40 (attached). Please credit 20 x $1.10 = $22.00, or send a corrected invoice. The pumps and thermostats on that invoice match the quote.

        Raj - FYI, this is the third invoice this quarter I have had to send back.

        Thank you,

        """)
        + SIG_LINDA
    )
    pdf = quote_filters_pdf()
    files = [gmail_file("f34", "application/pdf", "Quote Q-26-0412.pdf", pdf)]
    subject = "INV-88184 - filter pricing, PO 60455"
    return gmail("f34", LINDA, subject, when, body, cc=[RAJ], files=files)


def f35():
    when = at("2026-12-02 10:12", "CT")
    body = (
        para("""
        Hello again,

        The job on Culebra Rd is cancel, the owner sell the property. The 2 heaters you exchange in October are ok, they go to another job. But we have 20 ball valves 3/4 from the same PO 40917, never used, still in the box.

        Yesterday I go to DC South counter to return them and they say no, it is more than 30 days, I need to write to claims. So I write again.

        11 years we buy from Brightwater. For 20 ball valves you make me write emails. Please take them back for credit.

        """)
        + SIG_SEP
        + SIG_HECTOR
    )
    subject = "Return ball valves PO 40917 - your counter say no"
    return thunderbird("f35", HECTOR, subject, when, body)


F36_ROWS = [
    ["Invoice", "PO", "Amount"],
    ["INV-88080", "PO-77731", "939.00"],
    ["INV-88090", "PO-77760", "1,510.80"],
    ["Total check #40718", "", "2,449.80"],
]


def f36():
    when = at("2026-12-03 11:33", "ET")
    top = para("""
        Hello,

        Your November 30 statement shows INV-88080 (PO-77731, $939.00) as 30 days past due. We paid it with check #40718 dated November 12, which cleared our bank on November 17. The remittance:
        """)
    bottom = (
        para("""
        Please correct the statement and remove the past-due flag from our account. This is the second statement in a row with an error on it. I am copying the claims desk because the last statement problem ended up there.

        """)
        + SIG_DANA
        + "\n"
        + KEYSTONE_NOTICE
    )
    table = "\n".join("\t".join(r) for r in F36_ROWS) + "\n"
    body = top + "\n" + table + "\n" + bottom
    inner = (
        word_paras(top.rstrip("\n"))
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_table(F36_ROWS)
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_paras(bottom.rstrip("\n"))
    )
    subject = "Statement 11/30 - INV-88080 shown past due"
    return outlook_desktop("f36", DANA, subject, when, body, to=[AR], cc=[DESK], inner=inner)


def f37():
    when = at("2026-12-04 09:48", "CT")
    body = (
        para("""
        Tanya,

        We opened the last 5 cartons of ceiling tile from PO 60377 this morning for the 3rd floor at Cedar Ridge Dental, and it is not the tile we ordered. The carton ends say 2x2 fissured, but inside is a smooth square-edge tile with no fissures. Photo attached, one of each side by side. The 32 cartons on floors 1 and 2 were right.

        We need 5 cartons of the correct tile. The dentist opens on the 14th, so this is urgent.

        I know it has been a month since delivery - the cartons were sealed and stacked for the 3rd floor, and nobody opens tile until the grid is up.

        """)
        + SIG_RAJ
    )
    photo_part = blob("image/jpeg", "IMG_5520.jpeg", tile_compare_photo(), "inline")
    subject = "PO 60377 - wrong tile in the last 5 cartons"
    return apple_mac("f37", RAJ, subject, when, body, files=[photo_part])


def f38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Third time reporting this. Your truck delivered our PO 70231 on 11/9 with 30 cases "
        "of the 16x25x1 MERV 11 filters - we ordered 24. Told the driver that day and called "
        "DC-East on 11/12 and 11/20. The 6 extra cases are still in the Bldg B boiler room at "
        "Westchase Commons. Please pick them up. - V. Salas, 713-555-0165"
    )
    line = {"sku": "HVC-FLT-1625-M11", "quantity": 6, "reason": "OVERSHIPPED"}
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


def f39():
    """A general contractor's complaint letter, saved as text and uploaded; LF line ends."""
    text = para("""
        ALAMO RIVER CONSTRUCTION, LLC
        9311 Potranco Rd, Suite 210, San Antonio, TX 78251  |  (210) 555-0138

        November 30, 2026

        Brightwater Supply Co.
        Attn: Claims / Customer Service

        RE: Wrong water heaters delivered - Mission Oaks Townhomes, Building 4
            Our reference: ARC PO 2611-044

        To whom it may concern:

        On November 16 your company delivered two (2) water heaters to our Mission Oaks
        Townhomes site, Building 4, for our plumbing subcontractor. Our scope documents and
        the subcontractor's approved submittal call for 40-gallon electric water heaters,
        4500 W, 240 V. The two units delivered are 50-gallon natural gas heaters. Building 4
        has no gas service.

        We have asked our subcontractor three times to resolve this and have been told each
        time that "the supply house is handling it." Building 4 is now two weeks behind on
        its final inspection, and we are carrying the delay.

        Please exchange the two gas heaters for the two 40-gallon electric heaters that were
        ordered, and confirm a delivery date to me in writing. The gas units are crated and
        can be picked up at the site gate Monday through Friday, 7:00 AM to 3:30 PM.

        Sincerely,

        Dale Whitcomb
        Project Manager
        Alamo River Construction, LLC
        dwhitcomb@alamoriverbuild.example  |  cell (210) 555-0186
        """)
    return text.encode("ascii")


def f40():
    """Riverbend's owner's letter about an old invoice, typed on a PC; CRLF line ends."""
    text = para("""
        RIVERBEND PLUMBING & HEATING
        411 Water St, Clarksburg, WV 26301 | (304) 555-0106

        To:    Brightwater Supply Co. - Accounts Receivable and Claims
        From:  Pete Hollins, Owner
        Re:    Invoice INV-88061 / order SO-104214 / our PO 24388
               Price of the 3" flanged check valves

        This is our final written notice on the price of the 3" flanged swing check valves on the invoice above.

        Your inside sales quoted us $179.00 each on quote 24-0915 in September 2026. The invoice bills 4 valves at $198.00 each. The difference is 4 x $19.00 = $76.00.

        We have raised this with your AR department by phone on October 14, October 29 and November 18, and each time we were told someone would look into it. Nobody has.

        Please issue a credit memo for $76.00 against INV-88061. The rest of the invoice has been paid in full (check 10388). If this is not resolved by the end of the month we will deduct it from our next payment.

        Pete Hollins
        Owner, Riverbend Plumbing & Heating
        pete@riverbendph.com
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "f01-keystone-tom-stats-cracked-filters-short-77760.eml": f01,
    "f02-riverbend-mike-rpz-test-cock-snapped-owner-cc.eml": f02,
    "f03-delgado-hector-heaters-208-volt-not-240.eml": f03,
    "f04-keystone-rick-elbow-box-missing-copper-kinked.eml": f04,
    "f05-delgado-rosa-prvs-cracked-copper-stick-bent.eml": f05,
    "f06-riverbend-sam-pvc-tees-ten-short.eml": f06,
    "f07-keystone-tom-fw-counter-refused-coupling-return.eml": f07,
    "f08-summit-raj-tile-crushed-registers-wrong-size.eml": f08,
    "f09-keystone-dana-fw-rep-copper-price-88098.eml": f09,
    "f10-delgado-hector-driver-blocked-driveway-wants-manager.eml": f10,
    "f11-keystone-walt-gate-valves-cracked-coil-missing-photo.eml": f11,
    "f12-riverbend-karen-thirty-ball-valves-on-24519.eml": f12,
    "f13-keystone-tom-three-problems-77830-frank-cc.eml": f13,
    "f14-summit-travis-wifi-stats-dead-60418.eml": f14,
    "f15-delgado-marco-unions-short-will-call.eml": f15,
    "f16-riverbend-mike-reply-ball-valves-half-inch.eml": f16,
    "f17-harbor-luis-heater-jacket-crushed-photo.eml": f17,
    "f18-keystone-walt-ball-valves-back-77790.eml": f18,
    "f19-riverbend-karen-cancel-pickup-keep-valves.eml": f19,
    "f20-harbor-nadia-escalation-heaters-vp-cc.eml": f20,
    "f21-summit-brenda-condensate-pumps-second-failure.eml": f21,
    "f22-riverbend-mike-where-is-24561.eml": f22,
    "f23-harbor-victor-extra-registers-70296.eml": f23,
    "f24-keystone-frank-third-request-millbrook.eml": f24,
    "f25-riverbend-sam-prvs-short-called-counter.eml": f25,
    "f26-keystone-frank-automatic-reply.eml": f26,
    "f27-keystone-dana-pump-price-88133-table.eml": f27,
    "f28-riverbend-karen-check-valve-back-24388.eml": f28,
    "f29-summit-raj-replacements-in-close-it.eml": f29,
    "f30-delgado-rosa-heater-leaking-again-40611.eml": f30,
    "f31-keystone-frank-circulator-school-failed.eml": f31,
    "f32-harbor-grace-statement-hold-88171.eml": f32,
    "f33-keystone-dana-second-request-88098.eml": f33,
    "f34-summit-linda-filter-price-88184.eml": f34,
    "f35-delgado-hector-ball-valves-job-cancelled.eml": f35,
    "f36-keystone-dana-statement-paid-88080.eml": f36,
    "f37-summit-raj-tile-wrong-pattern-3rd-floor.eml": f37,
    "f38-portal-harbor-extra-filters-third-time.json": f38,
    "f39-upload-gc-letter-wrong-heaters.txt": f39,
    "f40-upload-riverbend-letter-check-valve-price.txt": f40,
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
