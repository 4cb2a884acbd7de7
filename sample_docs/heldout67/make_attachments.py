"""Write every request file of heldout67: a fortnight of the shared mailbox as it really comes.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the shared claims mailbox of
Brightwater Supply Co. (Noor Haddad works it), between Monday 2026-10-26 and Friday
2026-12-04: 37 mails, one portal form and two text uploads. Nothing is tidied up: phone
one-liners next to long chatty mails, forwards from a foreman through purchasing (Outlook,
Gmail, Apple Mail), replies with the claim above or under the quoted history, HTML-only mails
with tables, rows pasted from a spreadsheet, a debit memo and a return form as PDF, photos of
a delivery receipt, of rating plates and of an old packing list, writers for whom English is
a second language, typos, items named by size, nickname or the customer's own part number,
counts in cases, bags, sticks and dozens, several reasons in one mail, items that are fine,
and mails that look like claims but are not.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date), photos with Pillow (fixed drawing, fixed JPEG
settings); both come with the project's virtual environment.
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
NOOR = ("Noor Haddad", "claims@brightwatersupply.example")
PHIL = ("Phil Ostrowski", "phil.ostrowski@brightwatersupply.example")
AR = ("Brightwater Supply AR", "ar@brightwatersupply.example")
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
RICK = ("Rick Szabo", "rszabo@keystonemech.com")
ALANA = ("Alana Whitfield", "awhitfield@keystonemech.com")
KENNY = ("Kenny Bauer", "kbauer@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
TUAN = ("Tuan Nguyen", "tnguyen@riverbendph.com")
JOLENE = ("Jolene Pratt", "jpratt@riverbendph.com")
# a subcontractor on a Riverbend job, personal Yahoo address, Eastern time
CODY = ("Cody Fenwick", "cfenwick.plumbing@yahoo.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
DESHAWN = ("DeShawn Carter", "dcarter@summithvac.net")
OKSANA = ("Oksana Petrenko", "opetrenko@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
TERRENCE = ("Terrence Hall", "thall@harborpointpm.com")
WORKORDERS = ("Harbor Point WorkOrders", "workorders@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
RAMON = ("Ramón Delgado", "ramon@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-dm6nam12on2117.outbound.protection.outlook.com", "40.107.243.117"),
    "gws": ("mail-qk1-f181.google.com", "209.85.222.181"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
    "yahoo": ("sonic311-22.consmr.mail.bf2.yahoo.com", "74.6.131.84"),
    "saas": ("o7.mta.workorder-cloud.example", "198.51.100.27"),
    "apsuite": ("mta-02.apsuite-mail.example", "198.51.100.164"),
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


def clock(when, seconds=False):
    sec = f":{when:%S}" if seconds else ""
    return f"{when.hour % 12 or 12}:{when:%M}{sec} {when:%p}"


def outlook_sent(when):
    return f"{when:%A, %B} {when.day}, {when.year} {clock(when)}"


def gmail_when(when):
    return f"{when:%a, %b} {when.day}, {when.year} at {clock(when)}"


def apple_when(when):
    return f"{when:%B} {when.day}, {when.year} at {clock(when, True)} {when.tzname()}"


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


# ------------------------------------------------------------------ headers and MIME


def word(value):
    if value.isascii():
        return value
    return "=?UTF-8?B?" + base64.b64encode(value.encode()).decode() + "?="


def word_q(value):
    """The Q form of an encoded word, as Apple's mail programs write a subject."""
    if value.isascii():
        return value
    out = ""
    for ch in value:
        if ch == " ":
            out += "_"
        elif ch.isascii() and (ch.isalnum() or ch in "-/.,"):
            out += ch
        else:
            out += "".join(f"={b:02X}" for b in ch.encode())
    return f"=?utf-8?Q?{out}?="


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
    got = (when + timedelta(seconds=4 + int(tok("rx", key, n=2), 16) % 11)).astimezone(UTC)
    qid = tok("qid", key, n=11).upper()
    return (
        f"Return-Path: <{person[1]}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4b{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
    ).encode("ascii")


def mail(key, person, when, via, headers, part):
    rows = "".join(fold(k, v) + "\r\n" for k, v in headers).encode("ascii")
    return envelope(key, person, when, via) + rows + part.head() + b"\r\n" + part.body


def single(key, person, when, via, headers, ctype, text, cte=None):
    """A mail whose whole body is one text part."""
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    rows = [*headers, ("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, via) + top + b"\r\n" + encode_body(text.encode(), cte)


def divs(text, tag="div"):
    out = []
    for row in text.split("\n"):
        out.append(f"<{tag}>{html.escape(row, quote=False) or '<br>'}</{tag}>")
    return "\n".join(out)


def desk_id(key, n=0):
    return f"<BW.{tok('desk', key, n, n=14)}.{tok('desk2', key, n, n=6)}@brightwatersupply.example>"


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
    else:
        boundary = f"----=_Part_{int(tok('yp', key, n=6), 16)}_{int(tok('yq', key, n=7), 16)}"
    return multi("mixed", boundary, [alt, *files])


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("CH3PR14", 14), "harborpointpm.com": ("SA1PR08", 8)}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 6000}"
    return f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


def exo_headers(key, person, subject, when, reply=None, cc=(), attach=False, to=DESK):
    topic = subject
    for pre in ("RE: ", "FW: ", "Automatic reply: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(to))]
    if cc:
        rows += [("CC", ", ".join(addr(p) for p in cc))]
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
        '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
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
    """Rows pasted from Excel into Outlook: a borderless Word table."""
    out = [
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse">'
    ]
    for i, row in enumerate(rows):
        cells = []
        for cell in row:
            text = html.escape(cell, quote=False) or "&nbsp;"
            if i == 0:
                text = f"<b>{text}</b>"
            cells.append(
                '<td nowrap="" valign="bottom" style="padding:0in 5.4pt 0in 5.4pt">'
                f'<p class="MsoNormal">{text}<o:p></o:p></p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def word_quote_block(block):
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


def outlook_block(sender, when, to, subject, body, cc=None):
    rows = [f"From: {sender}", f"Sent: {outlook_sent(when)}", f"To: {to}"]
    if cc:
        rows.append(f"Cc: {cc}")
    rows.append(f"Subject: {subject}")
    return "\n".join(rows) + "\n\n" + body


def outlook_desktop(
    key, person, subject, when, body, blocks=(), reply=None, cc=(), files=(), inner=None
):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering."""
    text_part = body
    inner = inner if inner is not None else word_paras(body.rstrip("\n"))
    for block in blocks:
        text_part += "\n" + block
        inner += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_quote_block(block)
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(inner), "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, reply, cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


def outlook_mobile(
    key, person, subject, when, body, app="iOS", files=(), reply=None, cc=(), quoted=None
):
    """Outlook for iOS / Android; a reply carries the original under a rule, as it does."""
    link = "https://aka.ms/o0ukef" if app == "iOS" else "https://aka.ms/AAb9ysg"
    text_part = body + f"\nGet Outlook for {app}<{link}>\n"
    tail = ""
    if quoted:
        head, _, qbody = quoted.partition("\n\n")
        text_part += "\n________________________________\n" + quoted
        tail = (
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" '
            'dir="ltr">'
            + "<br>".join(html.escape(r, quote=False) for r in head.split("\n"))
            + "</div>\n<div>\n"
            + divs(qbody.rstrip("\n"))
            + "\n</div>\n"
        )
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="ltr">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        '<div id="ms-outlook-mobile-signature" dir="ltr"><div>Get '
        f'<a href="{link}">Outlook for {app}</a></div></div>\n' + tail + "</body>\n</html>\n"
    )
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, reply, cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


def outlook_autoreply(key, person, subject, when, body, reply):
    """An Exchange automatic reply (out of office) to a mail of ours."""
    markup = word_page(word_paras(body.rstrip("\n")))
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when, reply)
    rows = [r for r in rows if r[0] not in ("X-MS-Has-Attach", "X-MS-TNEF-Correlator")]
    rows += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    rows += [("X-MS-Exchange-Inbox-Rules-Loop", person[1])]
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ Gmail and Yahoo


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail_rows(text):
    return "".join(
        f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
        for r in text.rstrip("\n").split("\n")
    )


def gmail_quote_html(intro, text):
    return (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(intro, quote=False)
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + divs(text.rstrip("\n"))
        + "</blockquote></div>"
    )


def gmail_forward_html(sender, when, subject, to, text):
    name, mail_addr = sender
    return (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded '
        'message ---------<br>From: <strong class="gmail_sendername" dir="auto">'
        f'{html.escape(name)}</strong> <span dir="auto">&lt;<a href="mailto:{mail_addr}">'
        f"{mail_addr}</a>&gt;</span><br>Date: {gmail_when(when)}<br>Subject: "
        f'{html.escape(subject)}<br>To: {html.escape(to[0])} &lt;<a href="mailto:{to[1]}">'
        f"{to[1]}</a>&gt;<br></div><br><br>" + gmail_rows(text) + "</div>"
    )


def gmail(
    key,
    person,
    subject,
    when,
    body,
    reply=None,
    quoted="",
    qhtml="",
    cc=(),
    files=(),
    above=True,
):
    """Gmail (web or app): plain and HTML; quoted history below the text or above it."""
    if above:
        text = body + ("\n" + quoted if quoted else "")
        markup = f'<div dir="ltr">{gmail_rows(body)}</div>' + (f"<br>{qhtml}" if qhtml else "")
    else:
        text = quoted + "\n" + body
        markup = f'{qhtml}<div dir="ltr">{gmail_rows(body)}</div>'
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
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    return mail(key, person, when, "gws", rows, alt)


def gmail_file(key, ctype, filename, data):
    xid = "f_" + tok("xid", key, filename, n=9)
    return blob(ctype, filename, data, extra=[("X-Attachment-Id", xid), ("Content-ID", f"<{xid}>")])


def yahoo_ios(key, person, subject, when, body):
    """Yahoo Mail for iPhone: plain and HTML, its own signature link."""
    sig = "Sent from Yahoo Mail for iPhone"
    link = "https://mail.onelink.me/107872968?pid=nativeplacement&c=US_Acquisition"
    text = body + f"\n\n{sig} <{link}>\n"
    markup = (
        '<html><head></head><body><div class="ydp-mail-body" dir="ltr">'
        + divs(body.rstrip("\n"))
        + f'<br><div id="ymail_android_signature"><a href="{link}">{sig}</a></div>'
        "</div></body></html>\n"
    )
    stamp = int(when.astimezone(UTC).timestamp()) * 1000 + int(tok("ms", key, n=3), 16) % 1000
    boundary = f"----=_Part_{int(tok('yp', key, n=6), 16)}_{int(tok('yq', key, n=8), 16)}.{stamp}"
    alt = multi(
        "alternative",
        boundary,
        [leaf("text/plain; charset=UTF-8", text), leaf("text/html; charset=UTF-8", markup)],
    )
    mid = f"<{int(tok('ym', key, n=8), 16)}.{int(tok('yn', key, n=5), 16)}.{stamp}@mail.yahoo.com>"
    rows = [("Date", rfc(when)), ("From", addr(person)), ("To", addr(DESK))]
    rows += [("Message-ID", mid), ("Subject", subject), ("MIME-Version", "1.0")]
    rows += [("X-Mailer", "WebService/1.1.24562 YahooMailIosMobile")]
    return mail(key, person, when, "yahoo", rows, alt)


# ------------------------------------------------------------------ Apple


def iphone(key, person, subject, when, body, via):
    """iPhone Mail: one text/plain part."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    rows += [("Subject", word_q(subject))]
    rows += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    rows += [("X-Mailer", "iPhone Mail (22B91)")]
    cs = "us-ascii" if body.isascii() else "utf-8"
    return single(key, person, when, via, rows, f"text/plain; charset={cs}", body)


def apple_mail(key, person, subject, when, body, fwd=None, files=()):
    """Apple Mail on a Mac: multipart/alternative; a forward as a cite blockquote."""
    domain = person[1].split("@")[1]
    text = body
    inner = divs(body.rstrip("\n"))
    if fwd:
        sender, fwhen, fsubject, to, ftext = fwd
        head = (
            f"From: {name_addr(sender)}\nSubject: {fsubject}\nDate: {apple_when(fwhen)}\n"
            f"To: {name_addr(to)}\n"
        )
        text += "\n\nBegin forwarded message:\n\n" + head + "\n" + ftext
        inner += (
            '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>'
            + divs(head.rstrip("\n"))
            + "<br>"
            + divs(ftext.rstrip("\n"))
            + "</blockquote></div>"
        )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{inner}</body></html>'
    )
    part = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=utf-8", text), leaf("text/html; charset=utf-8", markup)],
    )
    part = with_files(key, part, files, "apple")
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")]
    rows += [("Subject", word_q(subject)), ("Message-Id", f"<{uuid('mac', key)}@{domain}>")]
    rows += [("Date", rfc(when)), ("To", addr(DESK))]
    rows += [("X-Mailer", "Apple Mail (3826.400.131.1.6)")]
    return mail(key, person, when, "hosted", rows, part)


def apple_file(ctype, filename, data):
    return blob(
        ctype, filename, data, "inline", extra=[("Content-Id", f"<{uuid('cid', filename)}>")]
    )


# ------------------------------------------------------------------ Outlook 16, HTML-only


def outlook16(key, person, subject, when, body, blocks=(), via="gws"):
    domain = person[1].split("@")[1]
    mid = f"<00{tok('o16', key, n=10)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    text = body
    inner = word_paras(body.rstrip("\n"))
    for block in blocks:
        text += "\n" + block
        inner += '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_quote_block(block)
    n2 = tok("n2", key, n=4).upper()
    n3 = tok("n3", key, n=8).upper()
    part = multi(
        "alternative",
        f"----=_NextPart_000_{tok('n1', key, n=4).upper()}_01DD{n2}.{n3}",
        [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(inner), "quoted-printable"),
        ],
    )
    return mail(key, person, when, via, rows, part)


def html_only(key, person, subject, when, markup, via, mailer, reply_to=None):
    """A mail written by a web application: one text/html part, nothing else."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person))]
    if reply_to:
        rows += [("Reply-To", addr(reply_to))]
    rows += [("To", addr(DESK)), ("Subject", subject), ("Date", rfc(when))]
    rows += [("Message-ID", f"<{tok('ho', key, n=24)}@{domain}>"), ("MIME-Version", "1.0")]
    rows += [("X-Mailer", mailer)]
    return single(key, person, when, via, rows, 'text/html; charset="utf-8"', markup)


def html_table(rows, style="border:1px solid #999;padding:4px 8px"):
    out = [
        '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
        'font-family:Arial,sans-serif;font-size:13px">'
    ]
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        bg = ";background:#E8EEF4" if i == 0 else ""
        cells = "".join(
            f'<{tag} style="{style}{bg}">{html.escape(c, quote=False)}</{tag}>' for c in row
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(r) for r in rows) + "\n"


# ------------------------------------------------------------------ PDFs and photos


def pdf_doc(when):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def pdf_rows(pdf, widths, rows, x=18, h=7):
    for i, row in enumerate(rows):
        pdf.set_x(x)
        pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
        for w, cell in zip(widths, row, strict=True):
            align = "R" if cell[:1].isdigit() and w < 30 else "L"
            pdf.cell(w, h, cell, border=1, align=align)
        pdf.ln(h)


def debit_memo_pdf():
    """Keystone's debit memo DM-4471, printed to PDF from their AP system."""
    pdf = pdf_doc(at("2026-10-30 14:05", "ET"))
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(18, 16)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(18, 24)
    pdf.cell(
        0, 5, "1450 Industrial Rd, Harrisburg, PA 17110  |  717-555-0160  |  ap@keystonemech.com"
    )
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(130, 36)
    pdf.cell(66, 10, "DEBIT MEMO", align="R")
    pdf.set_font("Helvetica", "", 10)
    info = [
        ("Debit memo no.", "DM-4471"),
        ("Date", "10/30/2026"),
        ("Vendor", "Brightwater Supply Co."),
        ("Vendor no.", "V-0319"),
        ("Your invoice", "INV-88098  (dated 10/26/2026)"),
        ("Our PO", "PO-77790"),
    ]
    y = 52
    for label, value in info:
        pdf.set_xy(18, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(36, 6, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(100, 6, value)
        y += 6
    pdf.set_xy(18, y + 6)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        178,
        5,
        "We have reduced our payment of the invoice above by the amount below. The unit price "
        "invoiced for the item listed does not agree with the price on our purchase order. "
        "Please issue a credit memo for the difference.",
    )
    pdf.ln(4)
    rows = [
        ["Our part no.", "Description", "Qty", "Invoiced", "PO price", "Diff/ea", "Amount"],
        ["KM-20100", '1" type L copper tube, 20 ft', "30", "76.40", "71.80", "4.60", "138.00"],
    ]
    pdf_rows(pdf, [26, 62, 14, 20, 20, 18, 18], rows)
    pdf.set_x(18)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(160, 8, "Total debit", align="R")
    pdf.cell(18, 8, "138.00", align="R")
    pdf.ln(12)
    pdf.set_x(18)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        178,
        5,
        "All other lines of INV-88098 agree with PO-77790 and have been paid in full.\n"
        "Questions: Dana Ruiz, Accounts Payable, 717-555-0160.",
    )
    pdf.set_xy(18, 250)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, "Printed 10/30/2026 2:05 PM  -  AP module  -  page 1 of 1")
    return bytes(pdf.output())


def return_form_pdf():
    """Keystone's own return request form, filled in by the warehouse."""
    pdf = pdf_doc(at("2026-11-03 15:40", "ET"))
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(18, 16)
    pdf.cell(0, 8, "Keystone Mechanical Contractors - Warehouse")
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_xy(18, 28)
    pdf.cell(0, 10, "RETURN TO VENDOR REQUEST   RR-1104")
    fields = [
        ("Vendor", "Brightwater Supply Co. - claims desk"),
        ("Our PO", "PO-77731"),
        ("Date", "11/03/2026"),
        ("Requested by", "K. Bauer (warehouse)"),
        ("Job", "Riverside Lofts - changed to press fittings"),
    ]
    y = 44
    for label, value in fields:
        pdf.set_xy(18, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 7, label + ":")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(120, 7, value)
        y += 7
    pdf.set_xy(18, y + 6)
    rows = [
        ["Line", "Our part no.", "Description", "Qty to return", "Reason", "Condition"],
        ["1", "KM-88107", '1" ball valve, full port, thd', "40", "Not needed", "New in box"],
    ]
    pdf_rows(pdf, [12, 26, 56, 26, 26, 32], rows)
    pdf.ln(6)
    pdf.set_x(18)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        178,
        5,
        "Reason detail: overstock. Job switched to press fittings, these were never used. "
        "Please issue an RMA and credit to our account; we will stage the cartons at the "
        "dock for your driver.",
    )
    pdf.ln(10)
    pdf.set_x(18)
    pdf.cell(90, 6, "Approved: T. Morales (PM)")
    pdf.cell(80, 6, "Warehouse: K. Bauer")
    return bytes(pdf.output())


def font(name, size):
    return ImageFont.truetype(f"{FONTS}/{name}", size)


def photo(canvas, angle, bg, size, blur=0.6, quality=70):
    """Tilt a drawn page onto a background, soften it a little, save it as a phone JPEG."""
    page = canvas.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    shot = Image.new("RGB", size, bg)
    shot.paste(page, ((size[0] - page.width) // 2, (size[1] - page.height) // 2))
    shot = shot.filter(ImageFilter.GaussianBlur(blur))
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=quality)
    return out.getvalue()


def receipt_photo():
    """ODFL delivery receipt, signed, with the exception written on it by hand."""
    paper = Image.new("RGB", (820, 600), (241, 238, 229))
    d = ImageDraw.Draw(paper)
    mono, bold = font("dejavu/DejaVuSansMono.ttf", 18), font("dejavu/DejaVuSans-Bold.ttf", 24)
    hand = font("dejavu/DejaVuSans-Oblique.ttf", 30)
    d.text((28, 22), "OLD DOMINION FREIGHT LINE, INC.", fill=(28, 38, 84), font=bold)
    d.text((28, 58), "DELIVERY RECEIPT            PRO 0722-118830-4", fill=(30, 30, 30), font=mono)
    rows = [
        "SHIPPER:   BRIGHTWATER SUPPLY CO  DC-SOUTH",
        "CONSIGNEE: SUMMIT HVAC SERVICES",
        "           4700 S MEMORIAL DR  TULSA OK 74145",
        "SHIPPER REF / PO: 60377        DEL DATE: 11/02/26",
        "",
        "PCS  HM  DESCRIPTION                     WT",
        " 2 PLT   CEILING TILE 2X2 / FLOOR REG   1140",
        "         (40 CTN TILE, 30 REG)",
    ]
    for i, row in enumerate(rows):
        d.text((28, 100 + i * 26), row, fill=(30, 30, 30), font=mono)
    d.line((24, 320, 796, 320), fill=(60, 60, 60), width=2)
    d.text((28, 330), "EXCEPTIONS:", fill=(30, 30, 30), font=mono)
    d.text((190, 322), "2 CTNS TILE CRUSHED", fill=(22, 46, 150), font=hand)
    d.text((190, 362), "corners broken on all tiles", fill=(22, 46, 150), font=hand)
    d.text((28, 470), "RECEIVED BY:", fill=(30, 30, 30), font=mono)
    d.text((190, 458), "O. Petrenko   11/2/26", fill=(22, 46, 150), font=hand)
    d.text(
        (28, 540),
        "DRIVER: 4417   SUBJECT TO TERMS OF ODFL TARIFF 100",
        fill=(90, 90, 90),
        font=mono,
    )
    return photo(paper, -4.0, (84, 80, 74), (960, 760))


def plates_photo():
    """Three water heater rating plates, photographed in a row."""
    board = Image.new("RGB", (960, 420), (70, 72, 76))
    d = ImageDraw.Draw(board)
    bold, mono = font("dejavu/DejaVuSans-Bold.ttf", 17), font("dejavu/DejaVuSansMono.ttf", 14)
    serials = ["BT2641A118203", "BT2641A118211", "BT2641A118216"]
    units = ["UNIT 2A", "UNIT 4B", "UNIT 6C"]
    for i, (serial, unit) in enumerate(zip(serials, units, strict=True)):
        x = 20 + i * 315
        d.rectangle((x, 30, x + 295, 380), fill=(196, 198, 200), outline=(40, 40, 40), width=3)
        d.text((x + 14, 42), "BRADFORD THERMAL", fill=(20, 20, 20), font=bold)
        rows = [
            "MODEL  BT-50NG-40",
            f"SERIAL {serial}",
            "50 GAL   NATURAL GAS",
            "INPUT  40,000 BTU/HR",
            "ATMOSPHERIC VENT",
            "MFD    10/2026",
            "WORKING PRESS 150 PSI",
        ]
        for j, row in enumerate(rows):
            d.text((x + 14, 80 + j * 24), row, fill=(25, 25, 25), font=mono)
        d.text((x + 14, 340), unit, fill=(160, 20, 20), font=bold)
    return photo(board, 1.5, (52, 50, 48), (1000, 470), blur=0.8, quality=68)


def packing_list_photo():
    """An old, faded packing list copy from March, shot on a desk."""
    paper = Image.new("RGB", (700, 560), (232, 226, 206))
    d = ImageDraw.Draw(paper)
    bold, mono = (
        font("liberation/LiberationSans-Bold.ttf", 22),
        font("liberation/LiberationMono-Regular.ttf", 17),
    )
    hand = font("dejavu/DejaVuSerif-Italic.ttf", 24)
    ink = (118, 112, 100)
    d.text((24, 20), "BRIGHTWATER SUPPLY CO.", fill=ink, font=bold)
    d.text((24, 50), "PACKING LIST / WILL CALL", fill=ink, font=mono)
    rows = [
        "SOLD TO: DELGADO & SONS PLUMBING",
        "CUST PO: 39870          DATE: 03/18/26",
        "ORDER:   SO-103781",
        "",
        "QTY  ITEM / DESCRIPTION",
        " 1   40 GAL ELEC WTR HTR 4500W 240V",
        " 2   3/4 DIELECTRIC UNION",
        " 1   T&P RELIEF VALVE 3/4",
    ]
    for i, row in enumerate(rows):
        d.text((24, 90 + i * 28), row, fill=ink, font=mono)
    d.text((330, 430), "Lopez - inst 4/2", fill=(40, 60, 140), font=hand)
    d.ellipse((150, 138, 262, 170), fill=(178, 168, 146))  # a wet thumb over the number
    d.rectangle((0, 470, 700, 560), fill=(214, 206, 184))
    return photo(paper, 6.0, (120, 96, 70), (820, 680), blur=1.0, quality=66)


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA091337
    CONFIDENTIALITY: This message and any attachments are for the named recipient(s) only. If you received it in error, please tell the sender and delete it.
    """)
SIG_DANA = (
    para("""
    Thank you,

    Dana Ruiz
    Accounts Payable | Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0160
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_TOM = (
    para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0148 | C 717-555-0129
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_ALANA = (
    para("""
    Alana Whitfield
    Purchasing | Keystone Mechanical Contractors
    717-555-0177 | purchasing@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KENNY = (
    para("""
    Kenny Bauer
    Warehouse Lead
    Keystone Mechanical Contractors
    717-555-0190 x221
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    (304) 555-0102
    """)
SIG_MIKE = para("""
    Mike O'Brien
    Service Manager
    Riverbend Plumbing & Heating
    cell (304) 555-0126
    """)
SIG_JOLENE = para("""
    Jolene Pratt
    Purchasing | Riverbend Plumbing & Heating
    (304) 555-0114
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager
    Summit HVAC Services
    Office 918-555-0140 | Cell 918-555-0186
    """)
SIG_DESHAWN = para("""
    --
    DeShawn Carter
    Service Manager | Summit HVAC Services
    918-555-0157
    """)
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0143
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    361-555-0170
    """)
SIG_TERRENCE = para("""
    Terrence Hall
    Maintenance Technician | Harbor Point Property Management
    361-555-0178
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    """)
SIG_NOOR = para("""
    Noor Haddad
    Claims Desk | Brightwater Supply Co.
    claims@brightwatersupply.example | 800-555-0144 opt. 3
    """)


# ------------------------------------------------------------------ the requests


X01_WHEN = at("2026-10-26 07:40", "ET")
X01_BODY = (
    para("""
    Noor,

    Forwarding from Rick in the field, see below. This is PO-77760, your truck dropped it at the Lemoyne office job Thursday. Can you put the missing case on the next truck out? He needs them for startup on the 3rd.

    Thanks!

    """)
    + SIG_ALANA
)
X01_BLOCK = outlook_block(
    name_addr(RICK),
    at("2026-10-23 15:48", "ET"),
    name_addr(ALANA),
    "filters",
    para("""
    Alana -

    the Brightwater filters for Lemoyne are short. should be a dozen cases of the 16x25x1 merv 11 and I count 11 on the pallet, counted twice. the wifi stats are all there (8).

    can you chase it
    Rick
    """),
)


def x01():
    return outlook_desktop("x01", ALANA, "FW: filters", X01_WHEN, X01_BODY, [X01_BLOCK], cc=[RICK])


def x02():
    when = at("2026-10-26 10:15", "ET")
    body = para("""
        Hi Noor

        Job Cresthaven pump house, PO 24415. The 3 inch RPZ come with the #4 test cock snap off and the box crush on one corner, look like forklift. Cannot install like this, inspector come Wednesday. The 2 check valve is OK.

        Please what I do?

        Tuan
        Riverbend
        """)
    return gmail("x02", TUAN, "rpz broken 24415", when, body)


def x03():
    when = at("2026-10-27 08:05", "ET")
    body = para("""
        Noor - disregard the missing filter case on PO-77760 that Alana sent you yesterday. Found the 12th case this morning on the second pallet behind the stats boxes. All 12 here. Sorry for the runaround.

        Rick Szabo
        Keystone
        """)
    quoted = (
        f"From: {name_addr(ALANA)}\nSent: {outlook_sent(X01_WHEN)}\nTo: {name_addr(DESK)}\n"
        f"Cc: {name_addr(RICK)}\nSubject: FW: filters\n\n" + X01_BODY + "\n" + X01_BLOCK
    )
    first = exo_msgid("x01", ALANA)
    return outlook_mobile(
        "x03", RICK, "RE: FW: filters", when, body, reply=(first, first), cc=[ALANA], quoted=quoted
    )


def x04():
    when = at("2026-10-28 11:20", "ET")
    body = (
        para("""
        Hi Noor,

        Hope you're doing well! Quick one for you on the Kanawha City job.

        At the start of the month we ordered 30 of the 1-1/2" black malleable unions on PO 24388, and we already sent 5 of those back (RMA-9002) when the engineer changed the header piping. Now the owner decided to go grooved on the second floor too, so we won't be using another 10 of them. They're still in the original box, never opened.

        Could you set up a return for those 10? Mike can drop them at your will-call counter when he picks up on Thursday, so no need to send a truck.

        The 4 check valves from that order are in and working great, no issues there.

        Thanks so much,
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("x04", KAREN, "Return - black unions from PO 24388", when, body)


def x05():
    when = at("2026-10-29 13:05", "ET")
    body = (
        para("""
        Hi,

        We have 8 bags of the 1/2" PEX crimp couplings (the bags of 25) left over from PO-77731. The job switched to expansion fittings so we won't use them. Bags are sealed.

        Want to send those 8 back for credit. Ball valves from the same PO - still waiting on the PM, will let you know separately.

        Kenny

        """)
        + SIG_KENNY
    )
    return outlook_desktop("x05", KENNY, "return - crimp couplings PO-77731", when, body)


def x06():
    when = at("2026-10-30 07:10", "CT")
    body = para("""
        Buenos dias Noor,

        Ayer llegó el pedido 40962. Two of the copper 1 inch type L come bent in the middle, like somebody step on them, we cant use them for the job. And the PRV 3/4 - the box say 6 but inside only 5, is missing one.

        The elbows is ok, all 100.

        Please send the 2 copper and the 1 PRV.

        Gracias,
        Ramón

        Enviado desde mi iPhone
        """)
    return iphone("x06", RAMON, "Pedido 40962 cobre doblado y falta 1 PRV", when, body, "hosted")


def x07():
    when = at("2026-11-02 09:30", "ET")
    body = (
        para("""
        Hello,

        Please find attached our debit memo DM-4471 against your invoice INV-88098. We have short-paid the invoice by the amount on the memo.

        Please issue a credit memo to match so our statement balances.

        """)
        + SIG_DANA
    )
    files = [blob("application/pdf", "DM-4471 Brightwater Supply.pdf", debit_memo_pdf())]
    subject = "Debit memo DM-4471 / INV-88098"
    return outlook_desktop("x07", DANA, subject, when, body, files=files)


def x08():
    when = at("2026-11-02 10:45", "ET")
    tuan_sent = at("2026-10-31 14:12", "ET")
    body = (
        para("""
        Hi Noor,

        See Tuan's note below about PO 24460 (freight delivered it Saturday to Building C). Please credit the broken tees, and ship the 6 missing ball valves, or credit them if that's faster.

        Thanks!

        """)
        + SIG_JOLENE
    )
    tuan = para("""
        Jolene

        Truck come today for Bldg C. One box of the 2 inch PVC tee is crush, 9 tee broken, the rest in that box OK. Ball valve 3/4 only 24 of 30, one box is short 6. Copper 10 stick OK.

        Tuan
        """)
    intro = "---------- Forwarded message ---------"
    head = (
        f"From: {name_addr(TUAN)}\nDate: {gmail_when(tuan_sent)}\nSubject: Bldg C delivery\n"
        f"To: {name_addr(JOLENE)}\n"
    )
    quoted = intro + "\n" + head + "\n\n" + tuan
    qhtml = gmail_forward_html(TUAN, tuan_sent, "Bldg C delivery", JOLENE, tuan)
    return gmail("x08", JOLENE, "Fwd: Bldg C delivery", when, body, quoted=quoted, qhtml=qhtml)


def x09():
    when = at("2026-11-03 06:55", "ET")
    body = "Noor - 1 of the KM-61750 wifi stats from 77760 is DOA, no power to the display. swap it pls\n-T\n\n"
    return outlook_mobile("x09", TOM, "dead stat", when, body)


def x10():
    when = at("2026-11-04 08:30", "ET")
    body = (
        para("""
        Hi Noor,

        Attached is our return request for the leftover 1" ball valves on PO-77731. Tom signed off on it. Please send an RMA number and I'll have them staged at the dock.

        Kenny

        """)
        + SIG_KENNY
    )
    files = [blob("application/pdf", "RR-1104.pdf", return_form_pdf())]
    return outlook_desktop("x10", KENNY, "Return request RR-1104", when, body, files=files)


def x11():
    when = at("2026-11-04 09:40", "CT")
    body = para("""
        Hello Noor,

        The delivery for PO 60377 come Monday with ODFL. Two cartons of the 2x2 ceiling tile are crushed, all the tiles inside have broken corners. I write it on the delivery receipt, photo is attached. We throw them away already because the job site has no space to keep.

        Floor registers are all OK, 30 pieces.

        Please credit or send 2 new cartons.

        Thank you,
        Oksana Petrenko
        Warehouse, Summit HVAC
        """)
    files = [gmail_file("x11", "image/jpeg", "IMG_20261102_153208.jpg", receipt_photo())]
    return gmail("x11", OKSANA, "PO 60377 damaged tile", when, body, files=files)


def x12():
    when = at("2026-11-05 14:20", "CT")
    bulletin_sent = at("2026-11-05 09:02", "CT")
    body = (
        para("""
        Noor,

        Bradford sent the bulletin below to us directly. We have 12 of the 7-day wifi stats from you on PO 60418, delivered this morning. None of them have failed, they aren't even out of the boxes yet.

        Can you tell me if ours fall inside the date codes they list? If they do, I'd rather not put them on the wall. Not asking to return anything right now, I just need to know before Monday.

        """)
        + SIG_RAJ
    )
    bulletin = para("""
        Service Bulletin SB-26-114

        Product: 7-day programmable Wi-Fi thermostat
        Affected date codes: 2638 through 2641 (printed on the back plate)

        A small number of units in the date codes above may show a blank display after a power interruption because of a defective power supply capacitor. Units that show the symptom should be returned through your distributor for replacement. Units that work normally do not need to be replaced.

        Bradford Thermal Products - Technical Service
        """)
    block = outlook_block(
        "Bradford Thermal Technical Service <techservice@bradfordthermal.example>",
        bulletin_sent,
        "Contractor list",
        "Service Bulletin SB-26-114 - 7-day Wi-Fi thermostat",
        bulletin,
    )
    subject = "FW: Service Bulletin SB-26-114 - 7-day Wi-Fi thermostat"
    return outlook16("x12", RAJ, subject, when, body, [block])


def x13():
    when = at("2026-11-09 07:15", "ET")
    body = para("""
        Noor, 77812 at the Camp Hill school

        1" copper 90s - slip says 150, we got 160. extra bag of 10 sitting here, come get it

        KM-88340 PRVs - 2 of the 12 are 1/2" not 3/4", tag on them says 1/2. need 2 right ones before thurs

        gate valves all good

        Rick
        """)
    return outlook_mobile("x13", RICK, "77812 stuff", when, body)


def x14():
    when = at("2026-11-10 08:05", "CT")
    rows = [
        ["Item", "Ordered", "Received", "Condition", "Action requested"],
        [
            "16x25x1 MERV 11 filters (cs of 12)",
            "24",
            "24",
            "14 cs wet / soaked through - trailer roof leak (driver confirmed)",
            "Credit 14 cs",
        ],
        ["10x6 floor register, white", "60", "60", "OK", "-"],
        ["Non-programmable thermostat 24V", "10", "12", "OK", "2 extra - please pick up"],
    ]
    markup = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
        'font-size:13px">\n'
        '<p style="font-size:16px"><b>Work Order WO-55817 &mdash; Vendor Issue</b></p>\n'
        "<p>Property: Bayfront Towers<br>Requested by: Terrence Hall (Maintenance)<br>"
        "Vendor: Brightwater Supply Co.<br>Vendor PO: 70231<br>Received: 11/09/2026, "
        "vendor's own truck</p>\n"
        "<p>Description: Delivery on PO 70231 checked in at the Bayfront loading dock. "
        "Problems found below. Wet filter cases are set aside in the boiler room for "
        "inspection.</p>\n"
        + html_table(rows)
        + "\n<p>Please reply to this email to reach the requester.</p>\n"
        '<p style="color:#777;font-size:11px">This message was sent by Harbor Point WorkOrders. '
        "Do not change the subject line; it keeps your reply attached to WO-55817.</p>\n"
        "</body></html>\n"
    )
    subject = "WO-55817 Vendor issue - Brightwater PO 70231"
    return html_only(
        "x14", WORKORDERS, subject, when, markup, "saas", "HPWorkOrders 4.2", reply_to=TERRENCE
    )


def x15():
    when = at("2026-11-10 12:30", "ET")
    body = (
        para("""
        Noor,

        Two things on 24519 (came Friday, UPS):

        1) The 1" ball valves - 6 of the 24 are actually 3/4" valves packed in 1" boxes. Caught it at the bench when they wouldn't thread on. Need 6 real 1" valves, I'll send the 3/4s back.

        2) Crimp couplings - we ordered 10 bags of the 1/2 and there are 11. One bag extra, happy to send it back with the valves.

        Both 3/4 PEX coils are fine.

        Thanks,
        Mike

        """)
        + SIG_MIKE
    )
    return gmail("x15", MIKE, "PO 24519 - wrong size valves + extra bag", when, body)


def x16():
    when = at("2026-11-11 10:05", "CT")
    ramon_sent = at("2026-11-10 17:42", "CT")
    body = (
        para("""
        Hi Noor,

        I'm forwarding Ramón's note about the two 40 gallon electric heaters from PO 40917 (delivered October 7th).

        He installed the first one last week and the lower element is dead - he tested it, open circuit. The second one we only opened yesterday for the Garza house and it is a 50 gallon, not a 40: the rating plate and the box both say 50. It does not fit the closet.

        Can you replace the bad one under warranty and swap the 50 for a 40? The expansion tanks and ball valves from that order are fine.

        Thank you,

        """)
        + SIG_ROSA
    )
    ramon = para("""
        Rosa,

        el primer calentador de 40 - el elemento de abajo no sirve, ya lo chequé, está abierto. The other one is 50 gal not 40, no cabe en el closet de los Garza.

        Tell Brightwater please.
        R.
        """)
    fwd = (RAMON, ramon_sent, "calentadores Garza", ROSA, ramon)
    return apple_mail("x16", ROSA, "Fwd: calentadores Garza", when, body, fwd=fwd)


def x17():
    when = at("2026-11-11 14:40", "ET")
    body = (
        para("""
        Noor,

        On PO-77812 we were supposed to get 40 of the 1-1/2" black unions (KM-40415). Only 30 came - 3 boxes of 10, the 4th box is missing. Please ship the 10.

        Everything else on that PO checked out.

        Tom

        """)
        + SIG_TOM
    )
    return outlook_desktop("x17", TOM, "PO-77812 - black unions short", when, body)


def x18():
    when = at("2026-11-12 07:50", "CT")
    body = para("""
        Noor,

        The 3 gas heaters and 3 expansion tanks on PO 70288 came yesterday. One of the tanks is dented bad on the side by the fitting, looks like a forklift got it. Freight was Estes. Heaters look fine.

        Need a replacement tank.

        Luis

        Sent from my iPhone
        """)
    return iphone("x18", LUIS, "PO 70288 expansion tank", when, body, "exo")


def x19():
    when = at("2026-11-13 09:30", "CT")
    body = para("""
        Hi Noor,

        Luis asked me to send you the serial numbers of the 3 new 50 gal gas heaters from PO 70288 so they get registered for warranty. Photo of the plates is attached.

        They're all installed at Bayfront and running fine, nothing wrong with them, this is just for your file. The dented tank Luis emailed about is being handled separately.

        Thanks,
        Terrence
        """)
    files = [blob("image/jpeg", "20261113_091744.jpg", plates_photo())]
    subject = "Warranty registration - 50 gal heaters PO 70288"
    return outlook_mobile("x19", TERRENCE, subject, when, body, app="Android", files=files)


X20_BODY = (
    para("""
    Hey Noor,

    Hope your weekend was good. Got the 60455 order in Thursday (UPS) and finally had a chance to go through all of it:

    - Basic stats (the non-programmable 24V): packing slip says 12, the box had 10. So we're 2 short.

    - Condensate pumps: we put three of them on the bench Friday because the first one we installed kept tripping the safety switch. All three trip the float switch with no water in the reservoir. So 3 bad pumps out of the 10. The other 7 we haven't touched yet.

    - Filters: we ordered 20 cases of the 16x25x1, but the school district cut the PM scope, so we only need 16. Can we send 4 cases back? Unopened.

    Let me know on the pumps first, we have two callbacks waiting on them.

    Thanks,

    """)
    + SIG_DESHAWN
)
X20_WHEN = at("2026-11-16 08:20", "CT")


def x20():
    subject = "PO# 60455 - a few issues"
    return gmail("x20", DESHAWN, subject, X20_WHEN, X20_BODY, cc=[LINDA])


def x21():
    when = at("2026-11-16 11:05", "ET")
    body = para("""
        Hello,

        I'm a sub on Riverbend Plumbing's Elkview job. Your delivery last Thursday (SO-104243 on the packing slip) had one box of the 1 inch ball valves crushed - 6 of the valves have broken handles and bent stems. Riverbend told me to email you direct about it.

        Karen at Riverbend has the rest of the paperwork.

        Cody Fenwick
        Fenwick Plumbing LLC
        """)
    return yahoo_ios("x21", CODY, "Ball valves crushed - SO-104243", when, body)


def x22():
    when = at("2026-11-17 09:10", "ET")
    body = (
        para("""
        Hi Noor,

        One of the four 3/4" PRVs from PO 24530 won't regulate. Mike set it at 55 psi and the gauge creeps up to static (about 90) overnight. He pulled it and cleaned the seat and screen, same thing. It's off the wall now and tagged.

        The other three are holding fine.

        Could we get a replacement under warranty? The homeowner is on a temporary setup until then.

        Thanks so much,
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("x22", KAREN, "PRV won't hold pressure - PO 24530", when, body)


def x23():
    when = at("2026-11-18 10:30", "CT")
    body = (
        para("""
        Noor,

        Following up on DeShawn's email below. We got the RMA for the pumps and the filter cases, thank you, but nothing yet on the 2 basic stats that were short. We still need those 2 stats. Can you confirm they're shipping?

        """)
        + SIG_LINDA
    )
    intro = f"On {gmail_when(X20_WHEN)} {DESHAWN[0]} <{DESHAWN[1]}> wrote:"
    quoted = intro + "\n\n" + quote(X20_BODY)
    qhtml = gmail_quote_html(intro, X20_BODY)
    first = gmail_msgid("x20")
    return gmail(
        "x23",
        LINDA,
        "Re: PO# 60455 - a few issues",
        when,
        body,
        reply=(first, first),
        quoted=quoted,
        qhtml=qhtml,
        cc=[DESHAWN],
    )


def x24():
    when = at("2026-11-18 13:15", "CT")
    body = para("""
        Noor - PO 70296, the floor registers. Ordered 40 of the 10x6 white. 8 of them are 10x4 - the carton label says 10x6 but the registers inside are 10x4, they don't cover the boot. The other 32 are right.

        Need 8 of the 10x6, will send the 8 wrong ones back with your driver.

        The 3/4 ball valves on that PO went to Delgado's crew for the Harbor View units, haven't seen them.

        Terrence
        """)
    subject = "registers wrong size PO 70296"
    return outlook_mobile("x24", TERRENCE, subject, when, body, app="Android")


def x25():
    when = at("2026-11-19 09:50", "ET")
    rows = [
        ["Item", "Description", "Qty", "PO Price", "Inv Price", "Variance", "Ext Variance"],
        ["KM-88502", '3" flanged swing check', "6", "189.00", "189.00", "0.00", "0.00"],
        ["KM-40415", '1-1/2" black union', "40", "10.80", "10.80", "0.00", "0.00"],
        ["(none)", "Condensate pump w/ safety sw", "8", "61.50", "64.90", "3.40", "27.20"],
        ["(none)", "Circulator 1/25 HP", "4", "139.00", "139.00", "0.00", "0.00"],
    ]
    pre = para("""
        Hello,

        Our 3-way match flagged your invoice INV-88133 (our PO-77830). Rows from our AP variance report:

        """)
    post = (
        "\n"
        + para("""
        Only the condensate pumps are off. Please send a credit memo for $27.20.

        """)
        + SIG_DANA
    )
    text = pre + tsv(rows) + post
    inner = word_paras(pre.rstrip("\n")) + "\n" + word_table(rows) + "\n" + word_paras(post)
    subject = "Price variance INV-88133 / PO-77830"
    return outlook_desktop("x25", DANA, subject, when, text, inner=inner)


def x26():
    when = at("2026-11-19 15:40", "ET")
    body = (
        para("""
        Hi Noor,

        Sorry, I know this is the claims box, but nobody at the order desk is picking up. PO 24561 (3 of the 3" flanged checks and 20 of the 1-1/2 black unions) was supposed to ship last week. Nothing has arrived and I don't have a tracking number.

        Can you check whether it shipped and give me an ETA? We don't need anything credited or sent back, just the date.

        Thanks!

        """)
        + SIG_JOLENE
    )
    return gmail("x26", JOLENE, "PO 24561 - did this ship?", when, body)


def x27():
    when = at("2026-11-20 10:20", "CT")
    body = (
        para("""
        Hi Noor,

        We're doing the unit turnovers at Harbor View for Harbor Point Property Management and are using the 3/4" ball valves they bought from you on SO-104246. Two of the 12 are actually 1/2" sweat - the box says 3/4". Ramón noticed when they didn't fit the line.

        Could you send 2 of the 3/4" and we'll hand the two 1/2" ones to your driver? Terrence at Harbor Point knows about it.

        Thank you,

        """)
        + SIG_ROSA
    )
    return apple_mail("x27", ROSA, "Harbor Point job - 3/4 ball valves", when, body)


def x28():
    when = at("2026-11-23 07:35", "CT")
    body = para("""
        Noor buenos días.

        From the will call 40988 we have left 4 of the 1-1/2 black union, new in the bag, and 1 stick 20 ft of the 2 inch black pipe that we no use. Can we bring back Friday when I pick up the other order?

        The 10 ball valve 1 inch we use all.

        Gracias,
        Ramón

        Enviado desde mi iPhone
        """)
    return iphone("x28", RAMON, "sobrantes del 40988", when, body, "hosted")


def x29():
    when = at("2026-11-24 10:10", "ET")
    phil_sent = at("2026-10-30 15:05", "ET")
    phil = para("""
        Karen,

        Pricing for the Elk River job, good for 30 days:

        1" full port brass ball valve, threaded - 24 ea @ $15.50
        1/2" PEX crimp coupling, bag of 25 - 10 bags @ $9.80
        3/4" PEX-A, 300 ft coil - 2 @ $171.00

        Send the PO over whenever you're ready.

        Phil Ostrowski
        Inside Sales | Brightwater Supply Co.
        """)
    body = (
        para("""
        Noor - Phil's quote is above. $15.50 on the 1" ball valves. Your invoice INV-88141 billed all 24 of them at $16.20. The couplings and the PEX match the quote.

        Please credit the difference, 24 x $0.70 = $16.80.

        Karen

        """)
        + SIG_KAREN
    )
    intro = f"On {gmail_when(phil_sent)} {PHIL[0]} <{PHIL[1]}> wrote:"
    quoted = intro + "\n" + quote(phil)
    qhtml = gmail_quote_html(intro, phil)
    ref = desk_id("x29-phil")
    return gmail(
        "x29",
        KAREN,
        'Re: Quote - 1" ball valves, PEX, couplings',
        when,
        body,
        reply=(ref, ref),
        quoted=quoted,
        qhtml=qhtml,
        cc=[PHIL],
        above=False,
    )


def x30():
    when = at("2026-11-24 10:12", "CT")
    body = para("""
        Thank you for your email. I am out of the office through Monday, November 30, with limited access to email.

        For invoice or payment questions please contact accounts@harborpointpm.com. For maintenance issues, or damaged or missing deliveries, please contact Luis Ortega at maintenance@harborpointpm.com.

        Thank you,
        Grace Kim
        Accounts Payable | Harbor Point Property Management
        """)
    subject = "Automatic reply: Credit memo CM-41877 - PO 70288 damaged expansion tank"
    ref = desk_id("x30")
    return outlook_autoreply("x30", GRACE, subject, when, body, reply=(ref, ref))


def x31():
    when = at("2026-11-25 08:45", "ET")
    body = (
        para("""
        Noor,

        Two of the 1/25 HP circulators from the Eastgate job (PO-76115, October last year) have seized. Motors hum but the impellers don't turn, both on the 2nd floor loop. They went in November 2025.

        Can these go back under warranty? The other 3 are still running. (The one we sent back last year on RMA-9001 is not part of this.)

        Thanks,

        """)
        + SIG_TOM
    )
    return outlook_desktop("x31", TOM, "Eastgate circulators - PO-76115", when, body)


def x32():
    when = at("2026-11-30 08:10", "CT")
    ack_sent = at("2026-11-12 11:26", "CT")
    ack = (
        para("""
        Hi Luis,

        We received your claim: 1 x 2 gal expansion tank (WH-EXP-2G), damaged in transit, PO 70288. A replacement goes out on our next truck to Bayfront. Please keep the dented tank for the Estes inspector.

        """)
        + SIG_NOOR
    )
    body = (
        para("""
        Noor,

        Replacement tank came, thanks. New problem on the same PO: one of the 3 gas heaters won't stay lit. Pilot lights, we checked and then replaced the thermocouple, still drops out after about 5 minutes. Our tech says it's the gas valve. It's the one in unit 4B.

        Need this heater replaced under warranty, the tenants have no hot water.

        """)
        + SIG_LUIS
    )
    block = outlook_block(
        name_addr(DESK), ack_sent, name_addr(LUIS), "Your claim on PO 70288 - received", ack
    )
    ref = desk_id("x32")
    return outlook_desktop(
        "x32",
        LUIS,
        "RE: Your claim on PO 70288 - received",
        when,
        body,
        [block],
        reply=(ref, f"{iphone_id('x18', LUIS)} {ref}"),
    )


def iphone_id(key, person):
    return f"<{uuid('ios', key)}@{person[1].split('@')[1]}>"


def x33():
    when = at("2026-12-01 09:15", "CT")
    body = (
        para("""
        Hi Noor,

        The 40 gallon electric heater we put in at the Lopez house in April is leaking from the tank itself (not a fitting - water is coming out under the jacket). We bought it from you on our PO 39870 back in March.

        I attached a photo of our copy of the packing list; the order number on it is smudged. Can we get it replaced under warranty?

        Thank you,

        """)
        + SIG_ROSA
    )
    files = [apple_file("image/jpeg", "IMG_4418.jpeg", packing_list_photo())]
    subject = "Warranty - 40 gal electric heater from March"
    return apple_mail("x33", ROSA, subject, when, body, files=files)


def x34():
    when = at("2026-12-01 13:25", "ET")
    body = (
        para("""
        Noor,

        Found 10 more of the 1" full port ball valves (KM-88107) from PO 77790 on the shelf, never used, still boxed. Can we send them back?

        Kenny

        """)
        + SIG_KENNY
    )
    return outlook_desktop("x34", KENNY, "Return 10 ball valves - PO 77790", when, body)


def x35():
    when = at("2026-12-02 11:00", "CT")
    rows = [
        ["Credit memo", "Invoice", "PO", "Description", "Amount", "Status"],
        [
            "CM-41788",
            "INV-88109",
            "60377",
            "Ceiling tile, 2 ctn (damaged in transit)",
            "95.00",
            "Applied 11/12",
        ],
        [
            "CM-41902",
            "INV-88184",
            "60455",
            "Condensate pumps x3 (defective)",
            "179.40",
            "Applied 11/24",
        ],
        [
            "CM-41903",
            "INV-88184",
            "60455",
            "16x25x1 filters, 4 cs returned (less restock)",
            "134.30",
            "Applied 11/24",
        ],
        [
            "CM-41920",
            "INV-88184",
            "60455",
            "Basic thermostats x2 (short shipped)",
            "57.80",
            "Applied 11/30",
        ],
    ]
    markup = (
        "<html><body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">\n"
        "<p>Hi Noor,</p>\n"
        "<p>We've finished our November vendor reconciliation. All four Brightwater credits "
        "below are applied, and our balance with you now matches your 11/30 statement. "
        "Nothing is open on our side.</p>\n"
        + html_table(rows)
        + "\n<p>Thanks for the quick turnaround on all of these!</p>\n"
        "<p>Linda Chu<br>Accounts Payable | Summit HVAC Services<br>918-555-0143</p>\n"
        '<p style="color:#888;font-size:11px">Sent from ReconDesk AP on behalf of Summit HVAC '
        "Services</p>\n</body></html>\n"
    )
    subject = "November reconciliation - Brightwater credits applied"
    return html_only("x35", LINDA, subject, when, markup, "apsuite", "ReconDesk AP 2.8")


def x36():
    when = at("2026-12-03 09:40", "CT")
    rows = [
        ["Item", "On PO", "Installed", "Left", "Return?"],
        ["10x6 floor register, white", "60", "48", "12", "YES - still in cartons"],
        ["Basic stat 24V", "10", "10", "0", "no (2 extras went back with your driver)"],
        ["16x25x1 MERV 11 (cs)", "24", "10", "0", "no (the 14 wet cs were WO-55817)"],
    ]
    pre = para("""
        Noor,

        Bayfront punch list is done and we have extras. Pasted from our count sheet for PO 70231:

        """)
    post = (
        "\n"
        + para("""
        So just the registers - we'd like to return the 12. Can your driver grab them next time he's at Bayfront?

        """)
        + SIG_TERRENCE
    )
    text = pre + tsv(rows) + post
    inner = word_paras(pre.rstrip("\n")) + "\n" + word_table(rows) + "\n" + word_paras(post)
    subject = "Return - registers from PO 70231"
    return outlook_desktop("x36", TERRENCE, subject, when, text, inner=inner)


def x37():
    when = at("2026-12-04 10:05", "CT")
    body = (
        para("""
        Hi Noor,

        Thank you for the warranty credit on the electric heater with the dead element (PO 40917). Instead of mailing a check, could you apply it to our will-call invoice INV-88165? Our bookkeeper asked me to check.

        Nothing else needed on that one.

        """)
        + SIG_ROSA
    )
    return apple_mail(
        "x37", ROSA, "Credit for the electric heater - apply to INV-88165", when, body
    )


def x38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Year-end count at Bayfront Towers: found one more carton of 10x6 white floor registers "
        "(4 pcs) in the storage room with the packing label for this order. That is over and "
        "above the 60 we ordered, which we counted separately. Please arrange pickup of the "
        "extra 4."
    )
    line = {"sku": "HVC-REG-1006-W", "quantity": 4, "reason": "OVERSHIPPED"}
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


def x39():
    """A price audit exported from Keystone's AP system and uploaded, CRLF line ends."""
    text = para("""
        KEYSTONE MECHANICAL CONTRACTORS - AP PRICE AUDIT (FY2025 vendor review)
        vendor: BRIGHTWATER SUPPLY CO            run: 12/04/2026  D.RUIZ

        invoice    inv date    order      po        item                          qty  billed  contract  diff   ext
        INV-88010  10/16/2025  SO-104201  PO-76115  1-1/4" thermostatic mix vlv     4  142.00    136.00  6.00  24.00  <<
        INV-88010  10/16/2025  SO-104201  PO-76115  1/25 HP circulator 115V         6  131.00    131.00  0.00   0.00
        INV-88010  10/16/2025  SO-104201  PO-76115  2 gal expansion tank            6   38.90     38.90  0.00   0.00

        flagged: 1 line
        action: request credit 24.00 on the mixing valves, 4 x 6.00
                (2025 contract price 136.00 ea per Brightwater pricing letter of 01/06/2025)
        """)
    return crlf(text.encode("ascii"))


def x40():
    """A note from a service van, typed on a phone and uploaded, LF line ends."""
    text = para("""
        van 7 - parts problem

        condensate pumps (115V w/ the safety switch) - got 2 of them
        at your counter last week, BOTH dead out of the box. float is
        stuck, pump never kicks on even with the reservoir full.
        tried them on 2 different furnaces.

        receipt got lost in the van, paid cash.
        want 2 good ones or money back.

        - M.
        """)
    return text.encode("ascii")


BUILD = {
    "x01-keystone-alana-fw-rick-filters-eleven-of-dozen.eml": x01,
    "x02-riverbend-tuan-phone-rpz-test-cock-snapped.eml": x02,
    "x03-keystone-rick-disregard-found-12th-case.eml": x03,
    "x04-riverbend-karen-unions-left-from-24388.eml": x04,
    "x05-keystone-kenny-crimp-coupling-bags-back.eml": x05,
    "x06-delgado-ramon-copper-doblado-prv-falta.eml": x06,
    "x07-keystone-dana-debit-memo-pdf-copper.eml": x07,
    "x08-riverbend-jolene-gmail-fw-tuan-tees-valves.eml": x08,
    "x09-keystone-tom-one-liner-wifi-stat-dead.eml": x09,
    "x10-keystone-kenny-return-form-pdf-40-ball-valves.eml": x10,
    "x11-summit-oksana-tiles-photo-delivery-receipt.eml": x11,
    "x12-summit-raj-fw-bulletin-wifi-stats-lot.eml": x12,
    "x13-keystone-rick-phone-extra-90s-half-inch-prvs.eml": x13,
    "x14-harbor-workorder-html-filters-wet-extra-stats.eml": x14,
    "x15-riverbend-mike-three-quarter-in-one-inch-box.eml": x15,
    "x16-delgado-rosa-apple-fw-ramon-electric-heaters.eml": x16,
    "x17-keystone-tom-black-unions-wrong-po.eml": x17,
    "x18-harbor-luis-iphone-expansion-tank-dented.eml": x18,
    "x19-harbor-terrence-warranty-registration-plates.eml": x19,
    "x20-summit-deshawn-stats-pumps-filters-three-asks.eml": x20,
    "x21-riverbend-sub-yahoo-ball-valve-box-crushed.eml": x21,
    "x22-riverbend-karen-prv-wont-hold.eml": x22,
    "x23-summit-linda-reply-still-two-stats-short.eml": x23,
    "x24-harbor-terrence-registers-10x4-not-10x6.eml": x24,
    "x25-keystone-dana-pasted-rows-pump-price.eml": x25,
    "x26-riverbend-jolene-status-po-24561.eml": x26,
    "x27-delgado-rosa-harbor-job-half-inch-valves.eml": x27,
    "x28-delgado-ramon-sobrantes-unions-y-tubo.eml": x28,
    "x29-riverbend-karen-bottom-post-ball-valve-quote.eml": x29,
    "x30-harbor-grace-automatic-reply.eml": x30,
    "x31-keystone-tom-circulators-eastgate-warranty.eml": x31,
    "x32-harbor-luis-reply-gas-heater-wont-stay-lit.eml": x32,
    "x33-delgado-rosa-old-po-electric-heater-photo.eml": x33,
    "x34-keystone-kenny-ten-ball-valves-77790.eml": x34,
    "x35-summit-linda-html-credit-table-thanks.eml": x35,
    "x36-harbor-terrence-pasted-rows-registers-back.eml": x36,
    "x37-delgado-rosa-apply-credit-to-88165.eml": x37,
    "x38-portal-registers-extra-box-year-end-count.json": x38,
    "x39-upload-keystone-price-audit-mixing-valves.txt": x39,
    "x40-upload-shop-note-condensate-pumps-doa.txt": x40,
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
