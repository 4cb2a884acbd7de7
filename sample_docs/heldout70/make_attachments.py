"""Write every request file of heldout70: freight and the receiving dock.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Monday 2026-10-26 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. Most come from the customers' receiving docks, yards, stockrooms and job-site
trailers: receiving clerks' notes, delivery receipts signed with exceptions, a marked-up
packing slip, photos of a forked pallet and a punctured coil box, a receiving discrepancy
report and an invoice variance notice as PDF, a count sheet as CSV, a warehouse system's
receiving summary, a warehouse lead's end-of-day note, concealed damage found days later,
goods received against the wrong PO, and the back office's price matches. Some of them claim
nothing: a receipt signed clean, a carrier's appointment notice, delivery-window questions, a
shortage that turned up after all, a remittance.

Dates are fixed per request; Message-IDs, MIME boundaries and every other token a mail program
makes up come from SHA-256 of the request key. Nothing reads the clock or the time zone. PDFs
are drawn with fpdf2 (fixed creation date), photos and the scan with Pillow (fixed drawing,
fixed JPEG and PNG settings); both come with the project's virtual environment.
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
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
MARISOL = ("Marisol Vega", "mvega@keystonemech.com")
DOUG = ("Doug Pruitt", "dpruitt@keystonemech.com")
WMS = ("Keystone WMS", "wms-noreply@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
SHANE = ("Shane Kowalski", "skowalski@riverbendph.com")
DEE = ("Dee Harlan", "dharlan@riverbendph.com")
# a subcontractor running a Riverbend crew, personal Gmail, Eastern time
TRAVIS = ("Travis Lund", "travislund.plbg@gmail.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
BERNARD = ("Bernard Osei", "bosei@summithvac.net")
WES = ("Wes Tran", "wtran@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
RAY = ("Ray Dominguez", "rdominguez@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
HECTOR = ("Héctor Salinas", "hector@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam11on2094.outbound.protection.outlook.com", "40.107.236.94"),
    "gws": ("mail-pj1-f49.google.com", "209.85.216.49"),
    "hosted": ("mx-out2.lonestarhosting.example", "203.0.113.77"),
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
    """The Q form of an encoded word, as Thunderbird and Apple write a name."""
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
    return f"=?UTF-8?Q?{out}?="


def addr(person, q=False):
    name, mail_addr = person
    if not name.isascii():
        return f"{word_q(name) if q else word(name)} <{mail_addr}>"
    if any(c in name for c in "'.,&()"):
        return f'"{name}" <{mail_addr}>'
    return f"{name} <{mail_addr}>"


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
        f"4c{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
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
        boundary = "------------" + tok("tb", key, n=24)
    return multi("mixed", boundary, [alt, *files])


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("MN2PR14", 14), "harborpointpm.com": ("DM8PR08", 8)}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{4100 + int(tok('hb', key, n=3), 16) % 5000}"
    return f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


def exo_headers(key, person, subject, when, reply=None, cc=(), attach=False):
    topic = subject
    for pre in ("RE: ", "FW: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(DESK))]
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


def outlook_block(sender, when, to, subject, body):
    rows = [f"From: {sender}", f"Sent: {outlook_sent(when)}", f"To: {to}"]
    rows.append(f"Subject: {subject}")
    return "\n".join(rows) + "\n\n" + body


def outlook_desktop(key, person, subject, when, body, blocks=(), cc=(), files=(), inner=None):
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
    rows = exo_headers(key, person, subject, when, cc=cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


def outlook_ios_reply(key, person, subject, when, body, reply, quoted):
    """Outlook for iOS: a reply with the original under a rule."""
    link = "https://aka.ms/o0ukef"
    head, _, qbody = quoted.partition("\n\n")
    text_part = body + f"\nGet Outlook for iOS<{link}>\n"
    text_part += "\n________________________________\n" + quoted
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="ltr">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        '<div id="ms-outlook-mobile-signature" dir="ltr"><div>Get '
        f'<a href="{link}">Outlook for iOS</a></div></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" '
        'dir="ltr">'
        + "<br>".join(html.escape(r, quote=False) for r in head.split("\n"))
        + "</div>\n<div>\n"
        + divs(qbody.rstrip("\n"))
        + "\n</div>\n</body>\n</html>\n"
    )
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when, reply)
    return mail(key, person, when, "exo", rows, part)


def iphone_exchange(key, person, subject, when, body):
    """iPhone Mail on an Exchange account: one text/plain part."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person)), ("Content-Type", "text/plain; charset=us-ascii")]
    rows += [("Content-Transfer-Encoding", "7bit"), ("Mime-Version", "1.0 (1.0)")]
    rows += [("Date", rfc(when)), ("Subject", subject)]
    rows += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    rows += [("X-Mailer", "iPhone Mail (22B91)")]
    top = "".join(fold(k, v) + "\r\n" for k, v in rows).encode("ascii")
    return envelope(key, person, when, "exo") + top + b"\r\n" + crlf(body.encode("ascii"))


def html_only(key, person, subject, when, markup, mailer, reply_to=None):
    """A mail written by a warehouse system: one text/html part, nothing else."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person))]
    if reply_to:
        rows += [("Reply-To", addr(reply_to))]
    rows += [("To", addr(DESK)), ("Subject", subject), ("Date", rfc(when))]
    rows += [("Message-ID", f"<rcv.{tok('ho', key, n=20)}@{domain}>"), ("MIME-Version", "1.0")]
    rows += [("X-Mailer", mailer), ("Auto-Submitted", "auto-generated")]
    return single(key, person, when, "exo", rows, 'text/html; charset="utf-8"', markup)


# ------------------------------------------------------------------ Gmail


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


def gmail(key, person, subject, when, body, reply=None, quoted="", qhtml="", files=()):
    """Gmail (web or app): plain and HTML; quoted history below the text."""
    text = body + ("\n" + quoted if quoted else "")
    markup = f'<div dir="ltr">{gmail_rows(body)}</div>' + (f"<br>{qhtml}" if qhtml else "")
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
    return mail(key, person, when, "gws", rows, alt)


def gmail_file(key, ctype, filename, data):
    xid = "f_" + tok("xid", key, filename, n=9)
    return blob(ctype, filename, data, extra=[("X-Attachment-Id", xid), ("Content-ID", f"<{xid}>")])


# ------------------------------------------------------------------ Apple Mail, Thunderbird


def apple_mail(key, person, subject, when, body, files=()):
    """Apple Mail on a Mac: multipart/alternative, a photo inline after the text."""
    domain = person[1].split("@")[1]
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{divs(body.rstrip(chr(10)))}</body></html>'
    )
    part = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=utf-8", body), leaf("text/html; charset=utf-8", markup)],
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


def flowed(text, width=72):
    """format=flowed: long lines broken at spaces, each soft break keeps its trailing space."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        while len(row) > width and " " in row[:width]:
            cut = row.rfind(" ", 0, width) + 1
            out.append(row[:cut])
            row = row[cut:]
        out.append(row)
    return "\n".join(out) + "\n"


def thunderbird(key, person, subject, when, body):
    """Thunderbird on a hosted account: one text/plain part, format=flowed."""
    domain = person[1].split("@")[1]
    mid = f"<{tok('tbm', key, n=8)}-{tok('tbn', key, n=4)}-{tok('tbo', key, n=4)}-" + (
        f"{tok('tbp', key, n=4)}-{tok('tbq', key, n=12)}@{domain}>"
    )
    rows = [("Message-ID", mid), ("Date", rfc_padded(when)), ("MIME-Version", "1.0")]
    rows += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    rows += [("To", addr(DESK)), ("From", addr(person, q=True)), ("Subject", subject)]
    text = flowed(body)
    cte = "quoted-printable" if not text.isascii() else "7bit"
    ctype = "text/plain; charset=UTF-8; format=flowed"
    return single(key, person, when, "hosted", rows, ctype, text, cte)


# ------------------------------------------------------------------ PDFs


def pdf_doc(when):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def pdf_rows(pdf, widths, rows, x=14, h=7, size=8.5):
    for i, row in enumerate(rows):
        pdf.set_x(x)
        pdf.set_font("Helvetica", "B" if i == 0 else "", size)
        for w, cell in zip(widths, row, strict=True):
            align = "R" if cell[:1].isdigit() and w < 24 else "L"
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


def discrepancy_pdf():
    """Keystone's receiving discrepancy report RDR-26-0412, printed to PDF."""
    pdf = pdf_doc(at("2026-10-29 09:31", "ET"))
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 21)
    pdf.cell(0, 5, "Warehouse 1  -  3380 Paxton St, Harrisburg, PA 17111  -  717-555-0190")
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(14, 32)
    pdf.cell(0, 9, "RECEIVING DISCREPANCY REPORT (OS&D)")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(150, 33)
    pdf.cell(50, 8, "No. RDR-26-0412", align="R")
    y = pdf_fields(
        pdf,
        [
            ("Vendor", "Brightwater Supply Co."),
            ("Our PO", "PO-77790"),
            ("Carrier / PRO", "R+L Carriers / RL123377412"),
            ("Date received", "10/28/2026  1:40 PM"),
            ("Pieces on BOL", "3  (2 plt + 1 bundle)"),
            ("Received by", "M. Vega"),
            ("Noted on DR", "YES - 'bundle forked, 3 sticks crushed'"),
        ],
        48,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Part no.", "Description", "Shipped", "Rec'd", "Over", "Short", "Dmg", "Exception"],
        [
            "1",
            "KM-20100",
            "1\" type L copper tube 20'",
            "30",
            "30",
            "0",
            "0",
            "3",
            "Crushed/kinked",
        ],
        ["2", "KM-40112", '1" wrot copper 90 CxC', "200", "200", "0", "0", "0", ""],
        ["3", "KM-88107", '1" ball valve full port', "36", "36", "0", "0", "0", ""],
    ]
    pdf_rows(pdf, [8, 20, 48, 16, 14, 12, 12, 12, 40], rows)
    pdf.ln(5)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(
        182,
        5,
        "Detail: the copper bundle came on top of the second pallet. Forklift tines went "
        "through the bundle on the trailer; 3 sticks crushed flat about 4 ft from one end and "
        "kinked. Remaining 27 sticks OK. Damaged sticks tagged and held in receiving bay 2.\n"
        "Disposition requested: replace 3 sticks (or credit). Photos on file.",
    )
    pdf.ln(8)
    pdf.set_x(14)
    pdf.cell(90, 6, "Receiving: M. Vega")
    pdf.cell(80, 6, "Warehouse lead: D. Pruitt")
    pdf.set_xy(14, 258)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.cell(0, 5, "Form WH-07 rev 3  -  white: vendor  yellow: AP  pink: receiving")
    return bytes(pdf.output())


def variance_pdf():
    """Keystone AP's invoice variance notice, printed to PDF."""
    pdf = pdf_doc(at("2026-11-18 09:58", "ET"))
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 14)
    pdf.cell(0, 7, "KEYSTONE MECHANICAL CONTRACTORS  -  ACCOUNTS PAYABLE")
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(14, 28)
    pdf.cell(0, 9, "INVOICE VARIANCE NOTICE   VN-26-0187")
    y = pdf_fields(
        pdf,
        [
            ("Vendor", "Brightwater Supply Co.  (vendor no. V-0427)"),
            ("Invoice", "INV-88133  dated 11/04/2026"),
            ("Purchase order", "PO-77830"),
            ("Receiving report", "RCV-26-2210  11/06/2026  (ODFL OD0782301177)"),
            ("Match status", "PRICE VARIANCE - quantities agree"),
        ],
        44,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Part no.", "Description", "PO qty", "Rcvd", "Inv qty", "PO price", "Inv price", "Var"],
        ["", '3" CI swing check, flanged', "6", "6", "6", "189.00", "189.00", "0.00"],
        ["KM-40415", '1-1/2" black mall. union', "40", "40", "40", "10.80", "10.80", "0.00"],
        ["", "Condensate pump w/ safety sw", "8", "8", "8", "61.50", "64.90", "27.20"],
        ["", "1/25 HP circulator 115V", "4", "4", "4", "139.00", "139.00", "0.00"],
    ]
    pdf_rows(pdf, [20, 56, 15, 13, 15, 20, 20, 18], rows)
    pdf.ln(5)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(
        182,
        5,
        "Condensate pumps: 8 x (64.90 - 61.50) = 27.20 over the PO price. Please issue a credit "
        "memo for 27.20. The remaining lines are approved and released for payment.\n"
        "Contact: Dana Ruiz, Accounts Payable, ap@keystonemech.com",
    )
    pdf.set_xy(14, 258)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.cell(0, 5, "Printed 11/18/2026 9:58 AM  -  AP module  -  page 1 of 1")
    return bytes(pdf.output())


# ------------------------------------------------------------------ photos and the scan


def font(name, size):
    return ImageFont.truetype(f"{FONTS}/{name}", size)


def mono(size):
    return font("dejavu/DejaVuSansMono.ttf", size)


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


def delivery_ticket_scan():
    """Our own-fleet delivery ticket for PO 77760, signed with two exceptions, scanned."""
    page = Image.new("L", (850, 1100), 250)
    d = ImageDraw.Draw(page)
    bold = font("liberation/LiberationSans-Bold.ttf", 30)
    small = mono(17)
    pen = font("dejavu/DejaVuSerif-Italic.ttf", 27)
    d.text((40, 40), "BRIGHTWATER SUPPLY CO.", fill=20, font=bold)
    d.text((40, 80), "DC-EAST  -  DELIVERY TICKET", fill=30, font=mono(20))
    d.text((560, 80), "DT SH-55103", fill=30, font=mono(20))
    rows = [
        "SHIP TO:  KEYSTONE MECHANICAL CONTRACTORS",
        "          WAREHOUSE 1 - 3380 PAXTON ST",
        "ORDER:    SO-104224      CUST PO: PO-77760",
        "SHIP VIA: BRIGHTWATER TRUCK 14    DATE: 10/22/26",
        "",
        " LN  QTY  UOM  ITEM              DESCRIPTION",
        "  1    8  EA   TST-7500-PRO      7-DAY PROG WI-FI T-STAT",
        "  2   12  CS   HVC-FLT-1625-M11  16X25X1 MERV11 (CS/12)",
        "",
        "TOTAL PIECES: 1 PLT",
    ]
    for i, row in enumerate(rows):
        d.text((40, 140 + i * 30), row, fill=25, font=small)
    d.line((30, 470, 820, 470), fill=60, width=2)
    d.text((40, 485), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED:", fill=25, font=small)
    d.text((70, 530), "short 1 t-stat - rec'd 7 of 8", fill=40, font=pen)
    d.text((70, 575), "1 cs filters wet / dmg (bottom of plt)", fill=40, font=pen)
    d.line((30, 700, 820, 700), fill=60, width=2)
    d.text((40, 720), "RECEIVED BY (PRINT):", fill=25, font=small)
    d.text((300, 708), "M. Vega", fill=40, font=pen)
    d.text((40, 770), "SIGNATURE:", fill=25, font=small)
    d.text((300, 758), "Marisol Vega   10/22", fill=40, font=pen)
    d.text((40, 820), "DRIVER:", fill=25, font=small)
    d.text((300, 808), "R. Tate #14", fill=40, font=pen)
    d.text((40, 1040), "CUSTOMER COPY", fill=80, font=mono(15))
    page = page.rotate(-0.8, resample=Image.BICUBIC, expand=False, fillcolor=255)
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


def packing_slip_photo():
    """SO-104231's packing slip with Hector's pen marks, shot on the tailgate of a truck."""
    paper = Image.new("RGB", (780, 620), (246, 244, 238))
    d = ImageDraw.Draw(paper)
    bold = font("liberation/LiberationSans-Bold.ttf", 24)
    small = font("liberation/LiberationMono-Regular.ttf", 16)
    pen = hand(22)
    blue = (26, 52, 160)
    d.text((28, 22), "BRIGHTWATER SUPPLY CO.  -  PACKING SLIP", fill=(30, 30, 30), font=bold)
    rows = [
        "DC-SOUTH           SHIPMENT SH-55117     10/29/26",
        "SOLD TO: DELGADO & SONS PLUMBING",
        "ORDER: SO-104231         CUST PO: 40962",
        "VIA: OUR TRUCK",
        "",
        "QTY  UOM  ITEM               DESCRIPTION",
        "  6  EA   VLV-0750-PRV       3/4 PRV 25-75 PSI",
        "100  EA   FTG-CU-E90-100     1 WROT CU 90 CXC",
        " 12  EA   PIP-CU-L-100-20    1 TYPE L CU 20FT",
    ]
    for i, row in enumerate(rows):
        d.text((28, 70 + i * 27), row, fill=(40, 40, 40), font=small)
    d.text((520, 214), "1 box crushed", fill=blue, font=pen)
    d.text((520, 238), "valve cracked", fill=blue, font=pen)
    d.text((520, 262), "OK", fill=blue, font=pen)
    d.text((520, 288), "14 rec'd !!", fill=blue, font=pen)
    d.ellipse((505, 282, 660, 320), outline=blue, width=2)
    d.text((40, 420), "RECEIVED BY:", fill=(40, 40, 40), font=small)
    d.text((200, 408), "H. Salinas  10/29", fill=blue, font=pen)
    d.rectangle((0, 560, 780, 620), fill=(214, 210, 198))
    return photo(paper, 3.0, (92, 96, 104), (900, 740))


def pallet_photo():
    """A forked pallet at Riverbend's yard, a cardboard note taped to the wrap."""
    img = Image.new("RGB", (960, 720), (118, 122, 116))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 560, 960, 720), fill=(92, 90, 86))
    d.rectangle((170, 560, 800, 600), fill=(150, 112, 70))
    for x in (180, 470, 760):
        d.rectangle((x, 600, x + 30, 630), fill=(128, 94, 58))
    boxes = [
        (180, 380, 420, 560),
        (420, 380, 640, 560),
        (640, 400, 790, 560),
        (190, 220, 400, 380),
        (400, 240, 600, 380),
        (600, 260, 780, 400),
    ]
    for i, box in enumerate(boxes):
        shade = (196 - i * 6, 160 - i * 5, 112 - i * 4)
        d.rectangle(box, fill=shade, outline=(90, 70, 44), width=3)
    d.polygon([(640, 400), (700, 470), (660, 520), (790, 480), (790, 400)], fill=(122, 92, 58))
    d.line((640, 400, 700, 470, 660, 520, 790, 480), fill=(60, 44, 28), width=4)
    d.rectangle((640, 430, 700, 450), fill=(40, 40, 40))
    d.line((170, 210, 800, 210), fill=(210, 214, 220), width=2)
    d.rectangle((240, 260, 520, 450), fill=(188, 150, 100), outline=(120, 90, 60), width=2)
    marker = font("dejavu/DejaVuSans-Bold.ttf", 24)
    for i, row in enumerate(["PO 24460", "8 TEES BROKE", "4 BALL VLV", "CRUSHED", "SK 10/31"]):
        d.text((258, 272 + i * 34), row, fill=(20, 20, 20), font=marker)
    return photo(img, -2.0, (118, 122, 116), (960, 720), blur=1.1, quality=70)


def clean_receipt_photo():
    """ODFL delivery receipt for PO 60377, signed clean."""
    paper = Image.new("RGB", (800, 600), (243, 241, 236))
    d = ImageDraw.Draw(paper)
    small = mono(17)
    d.text(
        (26, 20),
        "OLD DOMINION FREIGHT LINE",
        fill=(20, 46, 110),
        font=font("dejavu/DejaVuSans-Bold.ttf", 24),
    )
    d.text((26, 56), "DELIVERY RECEIPT        PRO OD0782290518", fill=(30, 30, 30), font=small)
    rows = [
        "SHIPPER:   BRIGHTWATER SUPPLY CO  DC-SOUTH",
        "CONSIGNEE: SUMMIT HVAC SERVICES - WAREHOUSE",
        "PO/REF:    60377            DELIVERED: 11/02/26 14:52",
        "",
        "HU   PCS  DESCRIPTION                    WT",
        " 2   2 PLT CEILING TILE / FLOOR REG      1,160",
        "",
        "RECEIVED SUBJECT TO COUNT",
    ]
    for i, row in enumerate(rows):
        d.text((26, 96 + i * 26), row, fill=(30, 30, 30), font=small)
    d.line((20, 320, 780, 320), fill=(70, 70, 70), width=2)
    d.text((26, 334), "EXCEPTIONS:", fill=(30, 30, 30), font=small)
    d.text((190, 326), "NONE", fill=(24, 40, 140), font=hand(28))
    d.text((26, 400), "RECEIVED BY:", fill=(30, 30, 30), font=small)
    d.text((190, 390), "B. Osei", fill=(24, 40, 140), font=hand(28))
    d.text((26, 450), "HU RECEIVED:", fill=(30, 30, 30), font=small)
    d.text((190, 440), "2 plt - wrap intact", fill=(24, 40, 140), font=hand(26))
    d.text((26, 540), "DRIVER 2291  TERMS PER ODFL 100 SERIES", fill=(100, 100, 100), font=small)
    return photo(paper, 2.5, (70, 66, 60), (900, 700))


def coil_box_photo():
    """A punctured PEX coil box on Keystone's floor, a red tag on it."""
    img = Image.new("RGB", (900, 700), (150, 150, 146))
    d = ImageDraw.Draw(img)
    d.rectangle((140, 120, 760, 600), fill=(196, 170, 120), outline=(110, 90, 60), width=4)
    d.ellipse((300, 250, 600, 470), outline=(110, 90, 60), width=4)
    label = font("dejavu/DejaVuSans-Bold.ttf", 28)
    d.text((180, 140), 'PEX-A  3/4" x 300 FT', fill=(30, 60, 130), font=label)
    d.polygon([(520, 380), (600, 360), (640, 420), (590, 470), (530, 440)], fill=(40, 34, 28))
    d.line((520, 380, 600, 360, 640, 420, 590, 470, 530, 440, 520, 380), fill=(90, 70, 50), width=3)
    d.rectangle((180, 470, 420, 580), fill=(206, 44, 40), outline=(120, 20, 20), width=2)
    tag = font("dejavu/DejaVuSans-Bold.ttf", 19)
    for i, row in enumerate(["HOLD - DMG", "PO-77812", "concealed", "11/17  DP"]):
        d.text((196, 478 + i * 25), row, fill=(250, 250, 250), font=tag)
    return photo(img, 1.0, (150, 150, 146), (900, 700), blur=1.0, quality=70)


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA104826
    This e-mail and any attachments are confidential and intended only for the addressee.
    """)
SIG_MARISOL = (
    para("""
    Marisol Vega
    Receiving Clerk | Keystone Mechanical Contractors
    Warehouse 1 - 3380 Paxton St, Harrisburg, PA 17111
    717-555-0190 x214
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_DOUG = (
    para("""
    Doug Pruitt
    Warehouse Lead | Keystone Mechanical Contractors
    717-555-0190 x210 | cell 717-555-0135
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_DANA = (
    para("""
    Thank you,

    Dana Ruiz
    Accounts Payable | Keystone Mechanical Contractors
    T 717-555-0166
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_TOM = (
    para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0152 | C 717-555-0117
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    (304) 555-0108
    """)
SIG_DEE = para("""
    Dee Harlan
    Receiving / Yard
    Riverbend Plumbing & Heating
    (304) 555-0119
    """)
SIG_BERNARD = para("""
    Bernard Osei
    Warehouse | Summit HVAC Services
    918-555-0151
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager
    Summit HVAC Services
    Office 918-555-0132 | Cell 918-555-0174
    """)
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0139
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    713-555-0122
    """)
SIG_RAY = para("""
    Ray Dominguez
    Stockroom / Receiving
    Harbor Point Property Management
    713-555-0184
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    2207 Fredericksburg Rd, San Antonio, TX 78201
    210-555-0193
    """)
SIG_HECTOR = para("""
    --
    Héctor Salinas
    Shop / Warehouse
    Delgado & Sons Plumbing
    210-555-0197
    """)


# ------------------------------------------------------------------ the requests


def b01():
    when = at("2026-10-26 08:12", "ET")
    body = (
        para("""
        Good morning,

        Attached is the signed delivery ticket for PO 77760 (your truck, Thursday 10/22). I noted two exceptions at the door:

        1) Short 1 of the wifi thermostats (KM-61750). Ticket says 8, we received 7. The master carton had been re-taped and one slot was empty.
        2) 1 case of the 16x25x1 MERV 11 filters came in wet - it was on the bottom of the pallet and the trailer floor was wet. Filters in that case are soaked through, can't use them. The other 11 cases are fine.

        Please ship the missing thermostat and replace or credit the wet case. The wet case is tagged in receiving if you want it back.

        Thank you,

        """)
        + SIG_MARISOL
    )
    files = [blob("image/png", "Scan_DT_PO77760_102226.png", delivery_ticket_scan())]
    return outlook_desktop(
        "b01", MARISOL, "OS&D - PO 77760 / your truck 10/22", when, body, files=files
    )


def b02():
    when = at("2026-10-26 13:40", "ET")
    body = para("""
        Estes dropped PO 24415 at our yard Thursday. Didnt get the crate open till this morning. Forklift tines went right thru the side of the crate on the 3" RPZ - body is cracked next to the #2 check and one of the shutoff handles is bent over. I wrote "crate damaged" on the Estes DR but the driver was in a hurry so thats all it says.

        The 2 check valves on the same skid are fine.

        This is for the Elk Run school job, they wanted it set next week. What do you need from me?

        Shane
        Riverbend yard
        """)
    return gmail("b02", SHANE, "RPZ came in busted - PO 24415", when, body)


def b03():
    when = at("2026-10-27 10:05", "ET")
    notice_when = at("2026-10-27 06:02", "ET")
    body = (
        para("""
        Hi,

        R+L sent us the notice below for your PO-77790 (the copper, 90s and ball valves). Can you ask them to call the warehouse 30 minutes before they get here? Dock closes at 2:30 and if they show after that they'll have to come back Thursday. We have a dock and a forklift, no liftgate needed.

        Thanks,

        """)
        + SIG_DOUG
    )
    notice = para("""
        DELIVERY APPOINTMENT NOTIFICATION

        PRO Number: RL123377412
        Shipper: BRIGHTWATER SUPPLY CO - DC-EAST
        Consignee: KEYSTONE MECHANICAL CONTRACTORS
        Shipper Ref / PO: PO-77790
        Pieces: 3    Weight: 2,140 lbs
        Scheduled Delivery: Wednesday 10/28/2026, 08:00 - 17:00

        To change this appointment reply to this e-mail or call your local service center.
        Please count the freight and note any shortage or damage on the delivery receipt before the driver leaves.

        R+L Carriers - Harrisburg Service Center
        """)
    block = outlook_block(
        "R+L Carriers <noreply-appointments@rlcarriers.example>",
        notice_when,
        "Keystone Mechanical Contractors",
        "Delivery Appointment Notification - PRO RL123377412",
        notice,
    )
    subject = "FW: Delivery Appointment Notification - PRO RL123377412"
    return outlook_desktop("b03", DOUG, subject, when, body, [block])


def b04():
    when = at("2026-10-28 09:20", "CT")
    body = (
        para("""
        Hello,

        We just opened the box of 3/4" ball valves from PO 40917 (came on your truck Oct 7, it sat in the shop until this week). The order is 20 sweat ball valves. 15 of them are sweat, 5 are threaded FIP - same box, same label on the box. This job is all copper, we can't use the threaded ones.

        Please send 5 sweat ball valves and we'll give your driver the 5 threaded ones.

        Gracias,

        """)
        + SIG_HECTOR
    )
    return thunderbird("b04", HECTOR, "PO 40917 - ball valves wrong type", when, body)


def b05():
    when = at("2026-10-29 09:45", "ET")
    body = (
        para("""
        Hello,

        Attached is our receiving discrepancy report for yesterday's R+L delivery on PO-77790. The damage was noted on the R+L delivery receipt at the time of delivery. We have photos if you need them for the carrier claim.

        Thank you,

        """)
        + SIG_MARISOL
    )
    files = [blob("application/pdf", "RDR-26-0412.pdf", discrepancy_pdf())]
    subject = "Receiving discrepancy - PO-77790 / R+L PRO RL123377412"
    return outlook_desktop("b05", MARISOL, subject, when, body, files=files)


def b06():
    when = at("2026-10-30 11:10", "CT")
    body = (
        para("""
        Hi,

        Héctor checked in our delivery for PO 40962 yesterday afternoon (your truck). His notes are on the packing slip, picture attached. Two things:

        - One of the 3/4" pressure reducing valves came in a crushed box and the valve body is cracked at the outlet. The other 5 are fine.
        - We got 14 sticks of the 1" type L copper, the order is 12. The 2 extra are on our rack, your driver can take them back next time he comes by.

        Please send us a replacement for the cracked PRV.

        Thanks,

        """)
        + SIG_ROSA
    )
    files = [apple_file("image/jpeg", "IMG_4471.jpeg", packing_slip_photo())]
    return apple_mail("b06", ROSA, "PO 40962 delivery yesterday", when, body, files=files)


def b07():
    when = at("2026-11-02 08:25", "ET")
    body = para("""
        Estes brought PO 24460 Saturday to Bldg C. Pallet was forked on one side, took this pic before we broke it down.

        8 of the 2" PVC tees are cracked/broken and 4 of the 3/4" ball valves are crushed (box caved in, handles snapped off). The rest of the tees and valves are ok, copper is ok.

        Wrote it on the Estes DR: "1 side of plt forked - dmg".

        Credit or send replacements, whatever is faster.

        Shane
        """)
    files = [gmail_file("b07", "image/jpeg", "IMG_20261031_104412.jpg", pallet_photo())]
    return gmail("b07", SHANE, "PO 24460 pallet forked", when, body, files=files)


def b08():
    when = at("2026-11-02 14:30", "ET")
    rows = [
        ["Item", "Our part", "PO qty", "Rcvd", "Inv qty", "PO price", "Inv price", "Variance"],
        ['1" type L copper tube, 20 ft', "KM-20100", "30", "30", "30", "71.80", "76.40", "138.00"],
        ['1" wrot copper 90', "KM-40112", "200", "200", "200", "2.95", "2.95", "0.00"],
        ['1" ball valve, full port', "KM-88107", "36", "36", "36", "15.20", "15.20", "0.00"],
    ]
    pre = para("""
        Hello,

        INV-88098 is on hold in our three-way match. Receiving matches the PO on quantities; the unit price on the copper tube does not:

        """)
    post = (
        "\n"
        + para("""
        Please send a credit memo for the 138.00 difference (30 x 4.60) and we will release the invoice for payment. The 3 damaged sticks are a separate claim from our receiving department.

        """)
        + SIG_DANA
    )
    text = pre + "\n".join("\t".join(r) for r in rows) + "\n" + post
    inner = word_paras(pre.rstrip("\n")) + "\n" + word_table(rows) + "\n" + word_paras(post)
    subject = "Price discrepancy INV-88098 / PO-77790"
    return outlook_desktop("b08", DANA, subject, when, text, inner=inner)


def b09():
    when = at("2026-11-03 10:15", "CT")
    body = (
        para("""
        Hi,

        ODFL delivered PO 60377 yesterday afternoon - 2 pallets, shrink wrap intact, no visible damage. Signed it clear. Copy of the DR attached for your file.

        The tile goes straight out to the Memorial Dr job, the crew will count it out there.

        Thanks,
        """)
        + SIG_BERNARD
    )
    files = [gmail_file("b09", "image/jpeg", "PO60377_DR.jpg", clean_receipt_photo())]
    return gmail("b09", BERNARD, "PO 60377 rec'd - DR copy", when, body, files=files)


def b10():
    when = at("2026-11-04 13:50", "CT")
    body = (
        para("""
        Hi,

        Two deliveries coming up for us: PO 70231 (registers, filters, thermostats) to Bayfront Towers, and PO 70288 (the three 50 gal gas heaters and expansion tanks) to Marina Court.

        A couple of requests:
        - Marina Court has no dock. Please make sure the heaters come on a liftgate truck and that the driver calls Ray Dominguez (713-555-0184) 30 minutes out. The last time a heater came without a liftgate the driver and my tech had to hand it down off the trailer.
        - Bayfront receiving is 7:00 to 11:00 only; after that the loading zone is blocked by the trash pickup.

        Can you confirm the ship dates?

        Thanks,

        """)
        + SIG_LUIS
    )
    subject = "Delivery window - PO 70231 and PO 70288"
    return outlook_desktop("b10", LUIS, subject, when, body)


def b11():
    when = at("2026-11-05 10:30", "ET")
    body = (
        para("""
        Hi there,

        On PO 24388 we bought 4 of the 3" flanged swing check valves. The engineer took one of the pumps off the drawings, so only 3 got installed. The 4th never left the pallet in our yard - still strapped down, crate never opened.

        Could we send that 1 check valve back for credit? Your driver can pick it up at the yard when he drops our next order; Shane will have it on the dock.

        (The unions from that PO are already taken care of, RMA-9002.)

        Thanks!
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("b11", KAREN, "Return 1 check valve - PO 24388", when, body)


B12_WHEN = at("2026-11-06 08:05", "ET")
B12_SUBJECT = "PO-77812 short 1 ctn gate valves - R+L PRO RL123456789"
B12_BODY = (
    para("""
    Good morning,

    R+L delivered part of PO-77812 yesterday afternoon. The BOL shows 4 cartons of the 2" bronze gate valves (10 per carton, 40 total). We received 3 cartons = 30 valves. The driver signed the DR with "SHORT 1 CTN" noted. The copper 90s were all there (150).

    Please trace it with R+L or ship the 10 missing gate valves. They are for a job that starts 11/12.

    Thank you,

    """)
    + SIG_MARISOL
)


def b12():
    return outlook_desktop("b12", MARISOL, B12_SUBJECT, B12_WHEN, B12_BODY)


def b13():
    when = at("2026-11-09 15:35", "ET")
    cell = "border:1px solid #B7C4D1;padding:3px 7px"
    rows = [
        ["Receipt", "PO", "Carrier / PRO", "Item", "Ordered", "Received", "OS&D"],
        ["RCV-26-2210", "PO-77830", "ODFL OD0782301177", '3" CI swing check flgd', "6", "6", "-"],
        ["", "", "", '1-1/2" blk mall union (KM-40415)', "40", "40", "-"],
        ["", "", "", "Condensate pump 115V w/ sw", "8", "8", "-"],
        ["", "", "", "Circulator 1/25 HP 115V", "4", "4", "-"],
    ]
    table = ['<table cellspacing="0" style="border-collapse:collapse;font:12px Arial">']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        bg = ";background:#DCE6F0" if i == 0 else ""
        table.append(
            "<tr>"
            + "".join(f'<{tag} style="{cell}{bg}">{html.escape(c)}</{tag}>' for c in row)
            + "</tr>"
        )
    table.append("</table>")
    markup = (
        '<html><head><meta charset="utf-8"></head><body style="font:13px Arial">\n'
        "<p><b>Vendor receipt confirmation</b><br>Keystone Mechanical Contractors - "
        "Warehouse 1 (Paxton St)<br>Vendor: BRIGHTWATER SUPPLY CO<br>Receipt date: 11/06/2026"
        "</p>\n" + "\n".join(table) + "\n"
        "<p>Pieces on BOL: 2 PLT. Pieces received: 2 PLT. Delivery receipt signed clean by "
        "D. Pruitt.<br>Over / short / damaged: <b>NONE</b></p>\n"
        "<p>PO-77830 is fully received and closed for receiving. Please close the open ASN "
        "on your side.</p>\n"
        '<p style="color:#777;font-size:11px">This message was generated by Keystone WMS. '
        "Receiving exceptions (OS&amp;D) are reported separately by the receiving department. "
        "Questions: reply to this message to reach the warehouse lead.</p>\n"
        "</body></html>\n"
    )
    subject = "Vendor receipt confirmation - PO-77830 - BRIGHTWATER SUPPLY CO"
    return html_only("b13", WMS, subject, when, markup, "KeystoneWMS 7.3 notifier", DOUG)


def b14():
    when = at("2026-11-10 09:30", "CT")
    body = (
        para("""
        Hi,

        Follow up on PO 60377 (ODFL, delivered 11/2). I signed that DR clean because the pallets looked fine from the outside. The crew opened the tile at the Memorial Dr job yesterday and 2 cartons of the 2x2 acoustic tile have broken, crumbled tiles inside - no damage at all on the outside of the cartons, so concealed damage. They already threw them out, there is no room on that site.

        Also, when we counted the floor registers out there are 36 pcs and the PO is 30. So 6 extra (one extra box of 6). Those 6 are back here in our warehouse, your driver can grab them.

        Count sheet attached. Please credit the 2 cartons of tile.

        Thanks,
        """)
        + SIG_BERNARD
    )
    csv = (
        "item,description,po_qty,counted,damaged,notes\r\n"
        "CLG-TILE-24-ACU,2x2 acoustic ceiling tile (ctn of 16),40,40,2,"
        '"concealed dmg - tiles broken inside 2 ctns, ctns OK outside"\r\n'
        "HVC-REG-1006-W,10x6 floor register white,30,36,0,6 over - 1 extra box of 6\r\n"
    )
    files = [gmail_file("b14", "text/csv", "PO60377_count.csv", csv.encode("ascii"))]
    subject = "PO 60377 - concealed damage on tile + extra registers"
    return gmail("b14", BERNARD, subject, when, body, files=files)


def b15():
    when = at("2026-11-10 12:40", "ET")
    body = para("""
        Any update on this? Still missing the carton of 2" gate valves (10) from 77812 and the job starts Thursday. If R+L can't find it just ship 10 more from DC-East and sort out the freight claim later.

        Tom
        """)
    quoted = (
        f"From: {name_addr(MARISOL)}\nSent: {outlook_sent(B12_WHEN)}\nTo: {name_addr(DESK)}\n"
        f"Subject: {B12_SUBJECT}\n\n" + B12_BODY
    )
    first = exo_msgid("b12", MARISOL)
    return outlook_ios_reply(
        "b15", TOM, "RE: " + B12_SUBJECT, when, body, reply=(first, first), quoted=quoted
    )


def b16():
    when = at("2026-11-11 08:50", "CT")
    body = (
        para("""
        Good morning,

        Your truck delivered PO 70231 to Bayfront Towers on Monday. The driver had us sign and said count later, so we counted it in this morning:

        10x6 white floor registers - 60, OK
        Basic 24V thermostats - 10, OK
        16x25x1 MERV 11 filters - packing slip says 24 cases, we have 22 cases

        So we are short 2 cases of the filters. Please send the 2 cases with the next delivery.

        Thanks,

        """)
        + SIG_RAY
    )
    return outlook_desktop("b16", RAY, "PO 70231 short 2 cs filters", when, body)


def b17():
    when = at("2026-11-11 14:15", "ET")
    body = para("""
        Hey,

        Opened the UPS boxes from PO 24519 this morning for the Vienna job. The 10 bags labeled 1/2" PEX crimp couplings (bags of 25) are actually 1/2" PEX crimp ELBOWS - all 10 bags. Label on the bag says coupling, what's in it is 90s.

        Ball valves and the 2 coils are fine.

        Need 10 bags of the couplings out here by Friday if you can, I'll send the elbows back with your driver.

        Mike
        """)
    return gmail("b17", MIKE, "Wrong fittings in PO 24519", when, body)


def b18():
    when = at("2026-11-12 09:05", "CT")
    body = para("""
        Estes came yesterday to Marina Court with PO 70288. One of the 3 gas water heaters came off the liftgate with the side of the jacket caved in and the drain valve snapped off. Driver wrote it on the DR. It's sitting in the garage, we didn't install it.

        Also we got 4 expansion tanks, the PO is 3. The extra one is there too.

        Need the replacement heater asap, 2 units have no hot water.

        Luis Ortega
        Harbor Point PM

        Sent from my iPhone
        """)
    return iphone_exchange("b18", LUIS, "Marina Court delivery", when, body)


def b19():
    when = at("2026-11-12 15:20", "CT")
    body = para("""
        Hi, I'm the Summit tech doing the thermostat change-outs at Bayfront Towers for Harbor Point. Their box of basic 24V stats has 3 programmable wifi stats mixed in with 7 basic ones. Packing slip in the box says SO-104239, 10 ea non-programmable digital thermostat. These units only get the basic ones.

        Can you swap the 3? I can drop them at your counter Monday.

        Wes Tran
        Summit HVAC Services
        """)
    return gmail("b19", WES, "wrong stats in box - Bayfront", when, body)


def b20():
    when = at("2026-11-13 07:35", "ET")
    body = para("""
        Hello,

        I'm running the Riverbend crew on the St. Mary's hospital job (I'm a sub, this is my own email). Your R+L truck dropped at our job trailer yesterday. The packing slip, SO-104243, says 250 of the 1" copper 90s, that's 10 boxes of 25. We have 8 boxes = 200 elbows. 2 boxes missing. I signed the receipt before we counted, the driver wouldn't wait, sorry.

        Can you get the other 50 out here? Karen at the Riverbend office knows about it.

        Travis Lund
        Lund Mechanical LLC
        (304) 555-0161
        """)
    return gmail("b20", TRAVIS, "missing elbows - St Marys job", when, body)


def b21():
    when = at("2026-11-13 10:45", "CT")
    body = (
        para("""
        Hello,

        Two things on will call PO 40988 (picked up at your counter 11/6):

        1. 1" ball valves - 3 of the 10 leak at the stem as soon as we pressurized. Tightening the packing nut doesn't stop it. We took them out, we have them here. Please replace the 3.

        2. 2" black pipe, cut to length - the job changed and 2 pieces (20 ft each, 40 ft total) were not used. Can we bring the 40 ft back for credit?

        The unions are fine, all used.

        """)
        + SIG_HECTOR
    )
    subject = "Will call PO 40988 - leaking valves / pipe left over"
    return thunderbird("b21", HECTOR, subject, when, body)


def b22():
    when = at("2026-11-16 09:10", "ET")
    body = (
        para("""
        Good morning,

        Receiving notes for PO 24530 (R+L to the St. Mary's job trailer on 11/12 - Travis's crew brought everything they don't need yet back to our yard on Friday and I checked it in against the PO):

        - 1" full port ball valves: ordered 48 (4 cartons of 12), received 5 cartons = 60. 12 over. The extra carton is here in the yard, sealed.
        - 3/4" PEX-A 300 ft coils: our PO has 2, only 1 came. Short 1 coil.

        The copper elbows Travis already sent you.

        Please send the missing coil, and tell us how you want the extra valves back.

        Thanks,
        """)
        + SIG_DEE
    )
    return gmail("b22", DEE, "Receiving PO 24530 - discrepancies", when, body)


B23_WHEN = at("2026-11-16 11:00", "CT")
B23_BODY = (
    para("""
    Hi,

    UPS delivered PO 60455 on Thursday 11/12 but only 4 of the 5 boxes. Tracking 1Z4F83090342291043 shows 5 packages. The missing box is one of the condensate pump boxes - we have 8 pumps, the packing list says 10 (2 per box).

    Thermostats (12) and filters (20 cs) are all here.

    Please ship the 2 pumps or trace it with UPS.

    Thanks,
    """)
    + SIG_BERNARD
)


def b23():
    return gmail("b23", BERNARD, "PO 60455 - UPS 4 of 5 boxes", B23_WHEN, B23_BODY)


def b24():
    when = at("2026-11-17 13:20", "ET")
    body = (
        para("""
        Hi,

        Breaking down the Estes pallet from PO-77812 today for the job and found one of the 3/4" PEX-A 300' coils with the box punctured and the tubing gouged in 3 places. The damage was on the inside of the stack - the outside of the pallet looked fine when it came in on 11/6, so we signed clean. Photo attached.

        The other 5 coils are OK. The PRVs already went out to the job.

        Requesting credit or replacement for the 1 coil. I know it's been over a week but there was no way to see it at the door.

        """)
        + SIG_DOUG
    )
    files = [blob("image/jpeg", "PEX coil dmg 77812.jpg", coil_box_photo())]
    subject = "Concealed damage - PEX coil PO-77812 (Estes)"
    return outlook_desktop("b24", DOUG, subject, when, body, files=files)


def b25():
    when = at("2026-11-17 14:30", "CT")
    body = (
        para("""
        Hi,

        One of the 2 gal expansion tanks from PO 40611 (the two gas heaters we did for the Alamo Heights house last October) is waterlogged - the bladder failed, water comes out of the air valve. Héctor swapped it for one from our stock yesterday.

        Is this covered under warranty? We kept the old tank.

        Thanks,

        """)
        + SIG_ROSA
    )
    return apple_mail("b25", ROSA, "Expansion tank failed - PO 40611", when, body)


def b26():
    when = at("2026-11-18 10:15", "ET")
    body = (
        para("""
        Hello,

        Our receiving report for PO-77830 (ODFL, 11/6) agrees with your invoice INV-88133 on every quantity, but the condensate pumps are invoiced at $64.90 each and our PO price is $61.50. 8 pumps x $3.40 = $27.20.

        Variance notice attached. Please issue a credit memo for $27.20; the rest of the invoice is approved for payment.

        """)
        + SIG_DANA
    )
    files = [blob("application/pdf", "VN-26-0187.pdf", variance_pdf())]
    subject = "INV-88133 price variance - condensate pumps"
    return outlook_desktop("b26", DANA, subject, when, body, files=files)


def b27():
    when = at("2026-11-18 10:40", "CT")
    body = para("""
        Disregard this one - the 5th box showed up this morning, UPS had it sitting at the Broken Arrow hub (mis-sort). All 10 condensate pumps are here now. Nothing needed on PO 60455.

        Thanks,
        Bernard
        """)
    intro = f"On {gmail_when(B23_WHEN)} {BERNARD[0]} <{BERNARD[1]}> wrote:"
    quoted = intro + "\n" + quote(B23_BODY)
    qhtml = gmail_quote_html(intro, B23_BODY)
    first = gmail_msgid("b23")
    subject = "Re: PO 60455 - UPS 4 of 5 boxes"
    return gmail(
        "b27", BERNARD, subject, when, body, reply=(first, first), quoted=quoted, qhtml=qhtml
    )


def b28():
    when = at("2026-11-19 10:20", "CT")
    body = (
        para("""
        Hi,

        Our techs put in the 7-day wifi thermostats from PO 60418 this week. 2 of the 12 are dead on install - the display never comes on with 24V confirmed at the terminals, and we tried swapping the subbases. The other 10 are working.

        Please send 2 replacements; we'll send the dead ones back with your driver.

        """)
        + SIG_RAJ
    )
    return gmail("b28", RAJ, "2 dead wifi thermostats - PO 60418", when, body)


def b29():
    when = at("2026-11-20 15:10", "ET")
    body = (
        para("""
        End of day from the warehouse, Brightwater items only.

        PO-77790 (R+L 10/28, Riverside Commons job)
        - 1" full port ball valves (KM-88107): the job sent back 4 that won't close all the way - handle turns but the ball stops about a quarter open. Tagged defective, on the return shelf. The other 32 are installed and fine.
        - 1" copper 90s (KM-40112): the job went ProPress, none of the 200 got used. Want to send all 200 back, still in the original boxes.
        - 1" type L copper: 2 of the sticks are actually type M (red print, not blue). Crew found it when they cut them. Need 2 sticks of L to replace them.

        PO-77812 / PO-77830: nothing new, all put away.

        """)
        + SIG_DOUG
    )
    return outlook_desktop("b29", DOUG, "EOD 11/20 - Brightwater items / PO-77790", when, body)


def b30():
    when = at("2026-11-23 09:25", "ET")
    body = (
        para("""
        Hello,

        We have 6 bags of the 1/2" PEX crimp couplings (25 per bag) left over from PO-77731, never opened. The job is closed out. Can we get an RA to send the 6 bags back? They are on the shelf in receiving.

        Thank you,

        """)
        + SIG_MARISOL
    )
    return outlook_desktop("b30", MARISOL, "Return - crimp couplings PO-77731", when, body)


def b31():
    when = at("2026-11-24 13:05", "CT")
    body = (
        para("""
        Hello,

        INV-88184 (PO 60455) bills the 16x25x1 MERV 11 filters at $39.50 a case for 20 cases. Our quote from your inside sales in October was $36.75 a case for 20 cases or more. Please credit the difference, 20 x $2.75 = $55.00, or send us a corrected invoice.

        The pumps and thermostats on that invoice are fine.

        Thank you,
        """)
        + SIG_LINDA
    )
    return gmail("b31", LINDA, "INV-88184 filter price", when, body)


def b32():
    when = at("2026-11-25 09:50", "CT")
    body = (
        para("""
        Hi,

        We mailed check #10472 today for INV-88112 (PO 40962), $1,665.40 - that is the invoice less $94.00 for the cracked PRV you credited. The 2 extra copper sticks went back with your driver on Tuesday, he signed our sheet for them.

        Have a good Thanksgiving!

        """)
        + SIG_ROSA
    )
    return apple_mail("b32", ROSA, "Payment INV-88112", when, body)


def b33():
    when = at("2026-11-30 11:15", "ET")
    body = (
        para("""
        Hi,

        The maintenance crew at the Camp Hill office building started the filter change-out this weekend with the 16x25x1 MERV 11 filters from PO-77760. 2 of the cases are labeled MERV 11 on the outside but the filters inside are MERV 8 (it's printed on the frames). We need the 11s for this building.

        Can you swap the 2 cases? The 8s are unopened except the one we checked.

        """)
        + SIG_TOM
    )
    subject = "Filters PO-77760 - MERV 8 in MERV 11 cases"
    return outlook_desktop("b33", TOM, subject, when, body)


def b34():
    when = at("2026-11-30 14:40", "ET")
    body = (
        para("""
        Hi,

        We have 12 of the 1-1/2" black malleable unions (KM-40415) left from PO-77830 - ordered 40, the job used 28. They're new, never installed. Please send an RA and we'll put them on your next truck back.

        """)
        + SIG_DOUG
    )
    subject = "Return to stock - black unions PO-77830"
    return outlook_desktop("b34", DOUG, subject, when, body)


def b35():
    when = at("2026-12-01 10:30", "CT")
    body = (
        para("""
        Hi,

        The 40 gallon electric water heater we got from you in August for Building 3 at Marina Court (our PO 69904) has a dead upper element and the upper thermostat is scorched. Unit is about 4 months old. My tech checked it, both failed.

        Can we get this replaced under warranty? Serial number on the plate is BT2631E004417.

        """)
        + SIG_LUIS
    )
    subject = "Warranty - 40 gal electric heater, Marina Court Bldg 3"
    return outlook_desktop("b35", LUIS, subject, when, body)


def b36():
    when = at("2026-12-03 09:15", "ET")
    body = (
        para("""
        Hi,

        For PO 24561 (the 3 check valves and 20 unions), when is it scheduled to ship? Please deliver it to the St. Mary's job trailer, not our yard:
        - site receiving is 7:00-2:00 weekdays
        - there's a forklift on site, no liftgate needed
        - have the driver call Travis Lund at (304) 555-0161 when he's 30 min out

        The last delivery to that trailer was short a couple of boxes because nobody counted with the driver, so Travis will count it at the truck this time.

        Thanks!
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("b36", KAREN, "PO 24561 - delivery to job trailer", when, body)


def b37():
    when = at("2026-12-04 09:00", "CT")
    body = (
        para("""
        Good morning,

        Bayfront West is finished and we have 10 of the 10x6 white floor registers left over from PO 70296 (ordered 40, used 30). Still in the cartons. We'd like to return the 10 for credit. They're on the shelf in the stockroom, your driver can take them on the next drop.

        Thanks,

        """)
        + SIG_RAY
    )
    subject = "Return - 10 floor registers PO 70296"
    return outlook_desktop("b37", RAY, subject, when, body)


def b38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Cleaning out the Vienna job trailer we found a third coil of 3/4 PEX-A 300 ft with the "
        "UPS label for this order on it. The order and the invoice are for 2 coils and both of "
        "those were installed. Please send a call tag or tell us where to drop it off."
    )
    line = {"sku": "PIP-PEX-075-300", "quantity": 1, "reason": "OVERSHIPPED"}
    text = (
        "{\n"
        '  "order_number": "SO-104236",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def b39():
    """A three-way match exception list exported from a bookkeeping program, CRLF."""
    text = para("""
        DELGADO & SONS PLUMBING
        Three-Way Match Exceptions - Vendor: BRIGHTWATER SUPPLY CO
        Run 12/02/2026 by bookkeeping

        PO,Receipt,Invoice,Vendor order,Item,PO qty,Rcvd qty,Inv qty,PO price,Inv price,Variance
        40917,RCV 10/07/2026,INV-88070,SO-104216,40 gal electric water heater 4500W,2,2,2,446.00,446.00,0.00
        40917,RCV 10/07/2026,INV-88070,SO-104216,2 gal expansion tank,4,4,4,39.50,39.50,0.00
        40917,RCV 10/07/2026,INV-88070,SO-104216,3/4 ball valve sweat,20,20,20,8.90,9.60,14.00 **

        ** price over PO. PO price 8.90 per Brightwater counter quote. Request vendor credit 14.00 (20 x 0.70).
        """)
    return crlf(text.encode("ascii"))


def b40():
    """A note typed at a job-site trailer and uploaded, LF line ends."""
    text = para("""
        JOB TRAILER - 5th & Main parking deck

        delivery came friday after we left, driver left it against the trailer door.
        no packing slip on it, no paperwork, nobody signed for it.

        1 box of 1" ball valves (box of 12) - looks like it got run over, box crushed flat.
        all 12 valves bent, handles broke off. can't use any of them.

        need 12 replaced. who do I talk to?

        - J.
        """)
    return text.encode("ascii")


BUILD = {
    "b01-keystone-marisol-dr-scan-short-stat-wet-filters.eml": b01,
    "b02-riverbend-shane-rpz-crate-forked.eml": b02,
    "b03-keystone-doug-rl-appointment-notice-dock-hours.eml": b03,
    "b04-delgado-hector-threaded-valves-in-sweat-box.eml": b04,
    "b05-keystone-marisol-discrepancy-pdf-copper-forked.eml": b05,
    "b06-delgado-rosa-marked-slip-prv-box-two-extra-sticks.eml": b06,
    "b07-riverbend-shane-pallet-photo-tees-ball-valves.eml": b07,
    "b08-keystone-dana-three-way-match-copper-price.eml": b08,
    "b09-summit-bernard-odfl-receipt-signed-clean.eml": b09,
    "b10-harbor-luis-liftgate-before-ten-question.eml": b10,
    "b11-riverbend-karen-spare-check-valve-back-on-truck.eml": b11,
    "b12-keystone-marisol-gate-valves-three-of-four-ctns.eml": b12,
    "b13-keystone-wms-receipt-confirmation-77830-no-osd.eml": b13,
    "b14-summit-bernard-concealed-tile-extra-registers-csv.eml": b14,
    "b15-keystone-tom-still-short-gate-valves.eml": b15,
    "b16-harbor-ray-filters-22-of-24-cases.eml": b16,
    "b17-riverbend-mike-crimp-elbows-not-couplings.eml": b17,
    "b18-harbor-luis-iphone-heater-dented-extra-tank.eml": b18,
    "b19-summit-wes-harbor-slip-programmable-stats.eml": b19,
    "b20-riverbend-sub-gmail-elbows-two-boxes-missing.eml": b20,
    "b21-delgado-hector-will-call-valves-leak-pipe-back.eml": b21,
    "b22-riverbend-dee-receiving-24530-pex-short-extra-valves.eml": b22,
    "b23-summit-bernard-ups-box-4-of-5-missing.eml": b23,
    "b24-keystone-doug-pex-coil-gouged-found-breaking-down.eml": b24,
    "b25-delgado-rosa-expansion-tank-waterlogged-2025.eml": b25,
    "b26-keystone-dana-receiving-vs-invoice-condensate-pumps.eml": b26,
    "b27-summit-bernard-missing-ups-box-turned-up.eml": b27,
    "b28-summit-raj-two-wifi-stats-dead-on-install.eml": b28,
    "b29-keystone-doug-end-of-day-77790-three-items.eml": b29,
    "b30-keystone-marisol-leftover-crimp-bags-77731.eml": b30,
    "b31-summit-linda-filter-price-vs-quote.eml": b31,
    "b32-delgado-rosa-remittance-short-paid-88112.eml": b32,
    "b33-keystone-tom-merv8-in-merv11-cases.eml": b33,
    "b34-keystone-doug-unions-back-to-stock-77830.eml": b34,
    "b35-harbor-luis-electric-heater-august-po.eml": b35,
    "b36-riverbend-karen-24561-trailer-delivery-window.eml": b36,
    "b37-harbor-ray-registers-left-bayfront-west.eml": b37,
    "b38-portal-riverbend-third-pex-coil-in-trailer.json": b38,
    "b39-upload-delgado-three-way-match-ball-valves.txt": b39,
    "b40-upload-trailer-note-crushed-valve-box-no-paperwork.txt": b40,
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
