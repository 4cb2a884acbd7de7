"""Write every request file of heldout71: dictated and thumbed on phones, in the field.

Usage:  python make_attachments.py [OUTDIR]     (default: the requests/ folder next to this file)

Forty requests that reached claims@brightwatersupply.example, the claims desk of Brightwater
Supply Co., between Monday 2026-10-26 and Friday 2026-12-04: 37 mails, one portal form and two
text uploads. Most were written on a phone in the field: short mails thumbed in a boiler room
or a truck cab, long voice-to-text dictations (numbers as words, homophones, no punctuation,
"period" spoken aloud), autocorrect slips, signatures full of other numbers (cell numbers,
license numbers, truck and van numbers), photo mails with one-line captions, replies sent from
a phone above the quoted history, a foreman and his helper writing on one thread, a
subcontractor on a personal address, an out-of-office reply, and a few back-office mails.
Some of them claim nothing.

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
MX = "mx1.brightwatersupply.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
GARY = ("Gary Brandt", "gbrandt@keystonemech.com")
JAMAL = ("Jamal Price", "jprice@keystonemech.com")
# a piping subcontractor on a Keystone job, personal Yahoo address, Eastern time
LOU = ("Lou Ferraro", "lferraro.piping@yahoo.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
DANNY = ("Danny Reyes", "dreyes@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
LINDA = ("Linda Chu", "ap@summithvac.net")
CURTIS = ("Curtis Webb", "cwebb@summithvac.net")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
ANDRE = ("Andre Mitchell", "amitchell@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
EDDIE = ("Eddie Delgado", "eddie@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-dm6nam12on2107.outbound.protection.outlook.com", "40.107.243.107"),
    "gws": ("mail-yw1-f172.google.com", "209.85.128.172"),
    "hosted": ("mx-out2.lonestarhosting.example", "203.0.113.77"),
    "yahoo": ("sonic310-24.consmr.mail.bf2.yahoo.com", "74.6.129.123"),
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
        boundary = "Apple-Mail-" + uuid("amx", key)
    elif style == "samsung":
        boundary = "--_com.samsung.android.email_" + str(int(tok("smx", key, n=12), 16))
    else:
        boundary = "----=_Part_" + str(int(tok("ymx", key, n=6), 16)) + "_" + tok("ymy", key, n=8)
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


# ------------------------------------------------------------------ photos


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


def outlook_desktop(key, person, subject, when, body, inner=None, files=()):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering."""
    inner = inner if inner is not None else word_paras(body.rstrip("\n"))
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page(inner), "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ phones on Exchange

MOBILE = {
    "iOS": ("Outlook for iOS", "https://aka.ms/o0ukef"),
    "Android": ("Outlook for Android", "https://aka.ms/AAb9ysg"),
}


def outlook_head(person, when, subject):
    """The header block Outlook puts above quoted history."""
    rows = [f"From: {name_addr(person)}", f"Sent: {outlook_sent(when)}"]
    rows += [f"To: {name_addr(DESK)}", f"Subject: {subject}"]
    return "\n".join(rows)


def outlook_mobile_text(body, os_name, quoted=""):
    label, link = MOBILE[os_name]
    text = body.rstrip("\n") + f"\n\nGet {label}<{link}>\n"
    if quoted:
        text += "\n________________________________\n" + quoted
    return text


def outlook_mobile(
    key, person, subject, when, body, os_name="iOS", reply=None, quoted="", files=()
):
    """Outlook for iOS or Android on Exchange Online: a new mail or a reply above the history."""
    label, link = MOBILE[os_name]
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div dir="auto">\n' + divs(body.rstrip("\n")) + "\n</div>\n"
        f'<div id="ms-outlook-mobile-signature" dir="auto"><div>Get <a href="{link}">{label}</a>'
        "</div></div>\n"
    )
    if quoted:
        head, _, qbody = quoted.partition("\n\n")
        markup += (
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" '
            'dir="ltr">'
            + "<br>".join(html.escape(r, quote=False) for r in head.split("\n"))
            + "</div>\n<div>\n"
            + divs(qbody.rstrip("\n"))
            + "\n</div>\n"
        )
    markup += "</body>\n</html>\n"
    part = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf(
                'text/plain; charset="utf-8"',
                outlook_mobile_text(body, os_name, quoted),
                "quoted-printable",
            ),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    part = with_files(key, part, files, "outlook")
    rows = exo_headers(key, person, subject, when, reply, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


def iphone(key, person, subject, when, body, via="exo", files=(), sig="Sent from my iPhone"):
    """iPhone Mail: one text/plain part; with a photo, text, the photo and the signature."""
    domain = person[1].split("@")[1]
    rows = [("From", addr(person))]
    head = [("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when)), ("Subject", word(subject))]
    head += [("Message-Id", f"<{uuid('ios', key)}@{domain}>"), ("To", addr(DESK))]
    head += [("X-Mailer", "iPhone Mail (22B91)")]
    if not files:
        text = body + "\n" + sig + "\n"
        if text.isascii() and not needs_qp(text):
            rows += [("Content-Type", "text/plain; charset=us-ascii")]
            rows += [("Content-Transfer-Encoding", "7bit")]
            top = "".join(fold(k, v) + "\r\n" for k, v in rows + head).encode("ascii")
            return envelope(key, person, when, via) + top + b"\r\n" + crlf(text.encode("ascii"))
        rows += [("Content-Type", "text/plain; charset=utf-8")]
        rows += [("Content-Transfer-Encoding", "quoted-printable")]
        top = "".join(fold(k, v) + "\r\n" for k, v in rows + head).encode("ascii")
        return (
            envelope(key, person, when, via)
            + top
            + b"\r\n"
            + encode_body(text.encode(), "quoted-printable")
        )
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


# ------------------------------------------------------------------ other phones

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


def yahoo_ios(key, person, subject, when, body):
    """The Yahoo Mail app on an iPhone: plain and HTML, 'Sent from Yahoo Mail for iPhone'."""
    link = "https://mail.onelink.me/107872968?pid=nativeplacement&c=Global_Acquisition_YMktg_315"
    text = body.rstrip("\n") + "\n\nSent from Yahoo Mail for iPhone\n"
    markup = (
        '<html><head></head><body><div class="ydp4c1d2e3fyahoo-style-wrap" '
        'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
        + gmail_rows(body)
        + f'<div><br></div><div id="ymail_ios_signature"><a href="{link}">Sent from Yahoo Mail '
        "for iPhone</a></div></div></body></html>"
    )
    boundary = (
        "----=_Part_" + str(int(tok("ya", key, n=6), 16)) + "_" + str(int(tok("yb", key, n=7), 16))
    )
    part = multi(
        "alternative",
        boundary,
        [leaf("text/plain; charset=UTF-8", text), leaf("text/html; charset=UTF-8", markup)],
    )
    ms = int(when.astimezone(UTC).timestamp()) * 1000 + int(tok("yms", key, n=3), 16) % 1000
    mid = f"<{int(tok('yid', key, n=8), 16)}.{int(tok('yie', key, n=6), 16)}.{ms}@mail.yahoo.com>"
    headers = [("Date", rfc(when)), ("From", addr(person)), ("To", addr(DESK))]
    headers += [("Message-ID", mid), ("Subject", subject), ("MIME-Version", "1.0")]
    headers += [("X-Mailer", "WebService/1.1.22806 YahooMailIosMobile")]
    return mail(key, person, when, "yahoo", headers, part)


def gmail_forward(person, when, subject, to):
    """The block Gmail puts above a forwarded message."""
    rows = ["---------- Forwarded message ---------", f"From: {name_addr(person)}"]
    rows += [f"Date: {gmail_when(when)}", f"Subject: {subject}", f"To: {name_addr(to)}"]
    return "\n".join(rows)


def gmail_auto_reply(key, person, subject, when, body, reply):
    """A Gmail vacation responder's answer: plain and HTML, marked auto-replied."""
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [
            leaf('text/plain; charset="UTF-8"', body),
            leaf('text/html; charset="UTF-8"', f'<div dir="ltr">{gmail_rows(body)}</div>\n'),
        ],
    )
    rows = [("MIME-Version", "1.0"), ("From", addr(person)), ("Date", rfc(when))]
    rows += [("References", reply), ("In-Reply-To", reply), ("Auto-Submitted", "auto-replied")]
    rows += [("Message-ID", gmail_msgid(key)), ("Subject", subject), ("To", addr(DESK))]
    return mail(key, person, when, "gws", rows, alt)


def pickup_ticket_pdf():
    """DC-SOUTH's will-call pickup ticket for SO-104240, scanned with a phone scanner app."""
    pdf = pdf_doc(at("2026-11-24 08:52", "CT"))
    pdf.set_producer("Genius Scan for Android")
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(14, 16)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.  -  DC-SOUTH")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(14, 23)
    pdf.cell(0, 5, "Will call counter  -  open 6:30 AM - 4:30 PM  -  210-555-0140")
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(14, 33)
    pdf.cell(0, 9, "WILL CALL PICKUP TICKET")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(150, 34)
    pdf.cell(50, 8, "WC-26-11-0318", align="R")
    y = pdf_fields(
        pdf,
        [
            ("Order", "SO-104240"),
            ("Customer", "DELGADO & SONS PLUMBING"),
            ("Customer PO", "40988"),
            ("Ship via", "CUSTOMER PICKUP"),
            ("Pulled by", "yard / counter 2"),
            ("Picked up", "11/06/2026  7:10 AM"),
        ],
        48,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Ln", "Item", "Description", "Qty", "UOM", "Loaded"],
        ["1", "PIP-BI-200-CTL", '2" BLK STL SCH40 CUT 12 @ 10 FT', "120", "FT", "X"],
        ["2", "FTG-BI-U-150", '1-1/2" BLK MALL UNION', "12", "EA", "X"],
        ["3", "VLV-1005-BV", '1" BRASS BALL VALVE FP THRD', "10", "EA", "X"],
    ]
    pdf_rows(pdf, [10, 34, 76, 16, 14, 20], rows)
    pdf.ln(6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        182,
        5,
        "Customer has inspected the material at loading. Cut pipe is cut to order and is not "
        "returnable. Returns of stock items within the return period with this ticket.",
    )
    pdf.ln(8)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(90, 6, "Received by: E. Delgado")
    pdf.cell(80, 6, "Truck: DEL-04   TX plate KVR 2291")
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "Scanned with Genius Scan")
    return bytes(pdf.output())


def pricing_agreement_pdf():
    """Summit's copy of a branch pricing sheet, kept by its AP."""
    pdf = pdf_doc(at("2026-01-08 10:14", "CT"))
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(14, 16)
    pdf.cell(0, 7, "BRIGHTWATER SUPPLY CO.  -  TULSA BRANCH")
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(14, 28)
    pdf.cell(0, 9, "CONTRACTOR PRICING SHEET 2026")
    y = pdf_fields(
        pdf,
        [
            ("Contractor", "Summit HVAC Services"),
            ("Effective", "01/01/2026 - 12/31/2026"),
            ("Prepared by", "T. Harmon, outside sales"),
        ],
        42,
    )
    pdf.set_xy(14, y + 6)
    rows = [
        ["Item", "Description", "List", "Your price"],
        ["TST-2100-NP", "Non-prog. digital thermostat 24V", "34.00", "26.50"],
        ["TST-7500-PRO", "7-day prog. Wi-Fi thermostat", "159.00", "132.00"],
        ["HVC-CND-PUMP", "Condensate pump w/ safety switch", "74.00", "59.80"],
        ["HVC-FLT-1625-M11", "16x25x1 MERV 11, case of 12", "48.00", "39.50"],
    ]
    pdf_rows(pdf, [36, 80, 24, 28], rows)
    pdf.ln(6)
    pdf.set_x(14)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        182,
        5,
        "Prices are per each unless noted and are good for stock items ordered through the "
        "Tulsa branch. Freight per standard terms.",
    )
    pdf.set_xy(14, 262)
    pdf.set_font("Helvetica", "I", 7)
    pdf.cell(0, 4, "Page 1 of 1")
    return bytes(pdf.output())


def elbow_box_photo():
    """A crushed box of copper 90s on Keystone's dock, marker on the flap."""
    img = Image.new("RGB", (960, 720), (132, 130, 124))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 520, 960, 720), fill=(104, 100, 94))
    d.polygon([(200, 200), (700, 170), (760, 520), (180, 540)], fill=(190, 152, 100))
    d.polygon([(520, 180), (700, 170), (740, 330), (610, 300), (560, 360)], fill=(150, 112, 70))
    d.line((520, 180, 560, 360, 610, 300, 740, 330), fill=(90, 66, 40), width=4)
    for i in range(7):
        x = 260 + i * 52
        d.arc((x, 400, x + 48, 448), 180, 270, fill=(184, 110, 60), width=9)
        d.arc((x + 6, 460, x + 52, 506), 200, 300, fill=(176, 104, 56), width=9)
    marker = font("dejavu/DejaVuSans-Bold.ttf", 30)
    for i, row in enumerate(['1" CU 90 CxC', "25 PCS", "PO 77790"]):
        d.text((240, 222 + i * 40), row, fill=(24, 24, 24), font=marker)
    return photo(img, -1.5, (132, 130, 124), (960, 720), blur=1.0, quality=70)


def tile_cartons_photo():
    """Three ceiling tile cartons with caved-in corners at a clinic job."""
    img = Image.new("RGB", (1008, 756), (170, 168, 160))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 560, 1008, 756), fill=(122, 118, 110))
    label = font("liberation/LiberationSans-Bold.ttf", 22)
    small = mono(16)
    for y in (140, 290, 440):
        d.rectangle((160, y, 860, y + 140), fill=(206, 190, 160), outline=(120, 100, 70), width=3)
        d.text((190, y + 20), "2x2 ACOUSTIC CEILING TILE", fill=(40, 60, 110), font=label)
        d.text((190, y + 56), "CTN/16  24 x 24 x 5/8  FISSURED", fill=(40, 40, 40), font=small)
        d.polygon([(760, y), (860, y), (860, y + 90), (800, y + 60)], fill=(150, 130, 96))
        d.line((760, y, 800, y + 60, 860, y + 90), fill=(80, 64, 40), width=4)
    d.text((200, 600), "DMG", fill=(200, 30, 30), font=font("dejavu/DejaVuSans-Bold.ttf", 40))
    return photo(img, 1.2, (170, 168, 160), (1008, 756), blur=1.2, quality=68)


def estes_receipt_photo():
    """Estes delivery receipt for PO 70288, signed clean, on a clipboard."""
    paper = Image.new("RGB", (800, 620), (244, 242, 236))
    d = ImageDraw.Draw(paper)
    small = mono(17)
    d.text(
        (26, 20),
        "ESTES EXPRESS LINES",
        fill=(20, 60, 40),
        font=font("dejavu/DejaVuSans-Bold.ttf", 26),
    )
    d.text((26, 58), "DELIVERY RECEIPT       PRO ES4410402981", fill=(30, 30, 30), font=small)
    rows = [
        "SHIPPER:   BRIGHTWATER SUPPLY CO  DC-EAST",
        "CONSIGNEE: HARBOR POINT PM - BAYFRONT WEST",
        "REF/PO:    70288           APPT: 11/11/26 13:00",
        "",
        "HU  PCS  DESCRIPTION                   WT",
        " 3   3   WATER HEATERS CRATED         540",
        " 1   3   EXP TANKS (CTN)               48",
        "",
        "LIFTGATE: Y    RECEIVED SUBJECT TO COUNT",
    ]
    for i, row in enumerate(rows):
        d.text((26, 98 + i * 26), row, fill=(30, 30, 30), font=small)
    d.line((20, 350, 780, 350), fill=(70, 70, 70), width=2)
    d.text((26, 364), "EXCEPTIONS:", fill=(30, 30, 30), font=small)
    d.text((190, 356), "none", fill=(24, 40, 140), font=hand(28))
    d.text((26, 430), "SIGNED:", fill=(30, 30, 30), font=small)
    d.text((190, 420), "L. Ortega  11/11", fill=(24, 40, 140), font=hand(28))
    d.text((26, 570), "DRIVER 4417   TRAILER 53-2208", fill=(100, 100, 100), font=small)
    return photo(paper, -2.0, (58, 62, 70), (900, 720))


def dented_tank_photo():
    """A 2 gal expansion tank with a dent in the shell, on a mechanical room floor."""
    img = Image.new("RGB", (720, 960), (160, 162, 158))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 760, 720, 960), fill=(118, 120, 116))
    d.ellipse((210, 180, 510, 300), fill=(60, 110, 170))
    d.rectangle((210, 240, 510, 700), fill=(64, 116, 178))
    d.ellipse((210, 640, 510, 760), fill=(52, 96, 150))
    d.polygon([(440, 380), (510, 360), (510, 520), (450, 500), (420, 450)], fill=(40, 74, 120))
    d.line((440, 380, 420, 450, 450, 500), fill=(24, 44, 80), width=4)
    d.rectangle((340, 140, 380, 190), fill=(180, 150, 80))
    d.rectangle((240, 430, 400, 560), fill=(236, 236, 230))
    lab = font("dejavu/DejaVuSans-Bold.ttf", 15)
    for i, row in enumerate(["THERMAL", "EXPANSION", "TANK 2 GAL", "POTABLE"]):
        d.text((252, 440 + i * 28), row, fill=(30, 30, 30), font=lab)
    return photo(img, 0.8, (160, 162, 158), (720, 960), blur=1.0, quality=70)


def ball_valves_photo():
    """Ball valves laid out on a stockroom shelf, a sticky note on the shelf edge."""
    img = Image.new("RGB", (960, 720), (96, 100, 108))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 300, 920, 330), fill=(150, 150, 150))
    for row in range(3):
        for col in range(6):
            x, y = 90 + col * 135, 120 + row * 60
            if row == 2:
                y = 360 + (col % 2) * 10
            d.rectangle((x, y, x + 70, y + 34), fill=(196, 160, 60), outline=(120, 96, 30))
            d.rectangle((x + 20, y - 16, x + 90, y - 6), fill=(200, 40, 40))
    d.rectangle((560, 440, 880, 640), fill=(250, 232, 90))
    note = font("dejavu/DejaVuSans-Bold.ttf", 26)
    for i, row in enumerate(["PO 70296", '3/4" BV', "18 REC'D", "PO = 12"]):
        d.text((580, 452 + i * 44), row, fill=(30, 30, 30), font=note)
    return photo(img, -1.0, (96, 100, 108), (960, 720), blur=1.1, quality=70)


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA104826
    This e-mail and any attachments are confidential and intended only for the addressee.
    """)
SIG_GARY_PHONE = "Gary Brandt\nForeman - Keystone Mechanical\nTruck 31 | C 717-555-0148"
SIG_GARY_LINE = "Gary Brandt | Foreman | Truck 31 | C 717-555-0148\n"
SIG_JAMAL = para("""
    Jamal Price
    Apprentice | Keystone Mechanical Contractors
    717-555-0163
    """)
SIG_TOM = para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0152 | C 717-555-0117
    """)
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
SIG_LOU = para("""
    Lou Ferraro
    Ferraro Piping LLC
    PA HIC PA093317
    717-555-0102
    """)
SIG_DANNY = para("""
    Danny Reyes
    Service Tech | Riverbend Plumbing & Heating
    WV MPL #PL-04417 | Van 12
    (304) 555-0126
    """)
SIG_MIKE = para("""
    Mike O'Brien
    Operations | Riverbend Plumbing & Heating
    (304) 555-0111
    """)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    (304) 555-0108
    """)
SIG_CURTIS = para("""
    Curtis Webb
    HVAC Tech | Summit HVAC Services
    OK Mech. Lic. #107553 | Unit 9
    918-555-0177
    """)
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0139
    """)
SIG_ANDRE = para("""
    Andre Mitchell
    Building Engineer | Harbor Point Property Management
    Bayfront Towers | 713-555-0146 | radio ch. 3
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    713-555-0122
    """)
SIG_ROSA_PHONE = "Rosa Delgado\nDelgado & Sons Plumbing\n210-555-0193"
SIG_ROSA_LONG = (
    "Rosa Delgado\nOffice Manager\nDelgado & Sons Plumbing\n"
    "2207 Fredericksburg Rd, San Antonio, TX 78201\n210-555-0193"
)
SIG_EDDIE = para("""
    Eddie Delgado
    Delgado & Sons Plumbing
    TX RMP-40392 | 210-555-0161
    """)


# ------------------------------------------------------------------ the requests


def c01():
    when = at("2026-10-26 07:41", "ET")
    body = para("""
        Two of the wifi stats off PO 77760 are dead. Put all 8 up Saturday at the Lancaster Ave offices, 2 of them won\u2019t power up at all. 24V is there at the sub base, moved one of the dead ones to a spot where a good one was working and still nothing so it\u2019s the stats. Need 2 replacements or credit. Other 6 are up and running.
        """)
    return iphone("c01", GARY, "Stats PO 77760", when, body, sig=SIG_GARY_PHONE)


def c02():
    when = at("2026-10-27 10:22", "ET")
    body = (
        para("""
        Hey this is Danny with Riverbend we got the Estes delivery last Thursday for PO 24415 and I just got the crate open this morning. one of the 3 inch check valves has a crack in the outlet flange looks like something heavy sat on it in the trailer period The other check valve is fine and the RPZ is fine period can you get us a replacement for the one check valve or credit whatever's faster the job is waiting on it thanks

        """)
        + SIG_DANNY
    )
    return gmail("c02", DANNY, "Check valve cracked PO 24415", when, body)


def c03():
    when = at("2026-10-28 15:06", "ET")
    body = para("""
        R+L just dropped 77790. 1 box of the 1" copper 90s came in crushed, all 25 in that box are flattened / out of round, cant sweat them. Pic attached. Everything else looks ok so far, still counting.

        Jamal

        """)
    files = [blob("image/jpeg", "IMG_20261028_150212.jpg", elbow_box_photo())]
    return outlook_mobile("c03", JAMAL, "Crushed box - 77790", when, body, "Android", files=files)


C04_WHEN = at("2026-10-29 13:18", "ET")
C04_SUBJECT = "Return ball valves 77731"
C04_BODY = para("""
    Hi this is Gary Brandt from Keystone we finished up the Linden Street job and we've got thirty five of the one inch ball valves left over from PO 77731 on the shelf at the shop they were never installed still in the boxes. We want to send them back for credit can you send a call tag or I can drop them at DC East Friday on my way to the job thanks

    Gary

    """)


def c04():
    return outlook_mobile("c04", GARY, C04_SUBJECT, C04_WHEN, C04_BODY, "iOS")


def c05():
    when = at("2026-10-30 08:15", "CT")
    body = (
        para("""
        Rosa asked me to count the copper from PO 40962 before we load for the Alamo Heights job. The 1" wrote 90s, slip says 100 we only have 90. Counted 2 times. All the rest from that order is here.
        Please send the 10 that are missing or credit

        """)
        + SIG_EDDIE
    )
    return samsung("c05", EDDIE, "short on 90s PO 40962", when, body)


def c06():
    when = at("2026-11-02 08:03", "ET")
    body = para("""
        Hold off on this one. 20 of the 1" valves off 77731 already went back on RMA-9004 in October, and some of what Gary counted on that shelf came off the 77790 order. I'll get you a real count before anything gets sent back.

        Tom

        """)
    quoted = (
        outlook_head(GARY, C04_WHEN, C04_SUBJECT) + "\n\n" + outlook_mobile_text(C04_BODY, "iOS")
    )
    first = exo_msgid("c04", GARY)
    return outlook_mobile(
        "c06", TOM, "RE: " + C04_SUBJECT, when, body, "iOS", reply=(first, first), quoted=quoted
    )


def c07():
    when = at("2026-11-03 09:12", "ET")
    note_when = at("2026-10-31 14:47", "ET")
    body = para("""
        See Danny's note below from the Estes delivery Saturday on PO 24460.
        The 4 sticks of type M - please swap them for type L, we can't use M on this job.
        The 20 extra tees you can pick up next time you're here, they're on the rack by the door.
        Thanks
        Mike

        """)
    note = (
        para("""
        Mike Estes showed up at 2 today with 24460. 4 of the 1 inch copper sticks are type M red lettering not type L blue period we got 120 of the 2 inch PVC tees the order is 100 so there's 20 extra period I didn't get to count the ball valves yet period I put the M sticks and the extra tees on the rack by the door

        """)
        + SIG_DANNY
    )
    head = gmail_forward(DANNY, note_when, "24460 delivery", MIKE)
    quoted = head + "\n\n\n" + note
    rows = head.split("\n")
    qhtml = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + "<br>".join(html.escape(r, quote=False) for r in rows)
        + '<br></div><br><br><div dir="ltr">'
        + gmail_rows(note)
        + "</div></div>"
    )
    return gmail("c07", MIKE, "Fwd: 24460 delivery", when, body, quoted=quoted, qhtml=qhtml)


def c08():
    when = at("2026-11-04 11:30", "ET")
    body = (
        para("""
        One of the 1-1/4" thermostatic mixing valves we put in at Fulton Elementary last fall (our PO-76115) is failing. Can't hold temp, the kitchen hand sinks swing from 95 to 130. Cleaned the checks and the strainers, no change. Need a replacement under warranty, the school is on us about it. The other 3 are fine.

        """)
        + SIG_TOM
        + "\n"
    )
    return outlook_mobile("c08", TOM, "Mixing valve failing - Fulton Elementary", when, body, "iOS")


def c09():
    when = at("2026-11-05 14:40", "CT")
    body = (
        para("""
        Hi this is Curtis with Summit we've been unloading the ODFL delivery for PO 60377 at the Riverside clinic since Monday and finally got through all of it today. Three cartons of the 2 by 2 acoustic tile have the corners crushed in and the tiles inside are snapped can't hang them period the super had us throw them in the dumpster so they're gone picture attached period also the 10 by 6 white floor registers we only have 24 the packing slip says 30 so we're short six. Please send 3 cartons of tile and 6 registers thanks

        """)
        + SIG_CURTIS
    )
    files = [gmail_file("c09", "image/jpeg", "PXL_20261105_203122407.jpg", tile_cartons_photo())]
    return gmail("c09", CURTIS, "PO 60377 tile and registers", when, body, files=files)


def c10():
    when = at("2026-11-05 16:05", "CT")
    body = para("""
        Hi,
        The homeowner on Blanco Rd wants the warranty registration for the 50 gal gas water heater we installed for her last October (our PO 40611). Nothing is wrong with it, it\u2019s running fine, her home warranty company just wants the model and serial number and a proof of purchase. Could you email me a copy of the invoice and the serial number you have on file?
        Thank you
        Rosa
        """)
    return iphone(
        "c10",
        ROSA,
        "Warranty paperwork - water heater PO 40611",
        when,
        body,
        via="hosted",
        sig=SIG_ROSA_PHONE,
    )


def c11():
    when = at("2026-11-06 15:55", "ET")
    body = para("""
        UPS dropped 24519 at the shop this afternoon. Only 8 bags of the 1/2" pex crimp couplings in the box, supposed to be 10. Ball valves (24) and both coils are here. Can u send the 2 bags

        Danny Reyes | Riverbend P&H | Van 12 | (304) 555-0126
        """)
    return gmail("c11", DANNY, "missing 2 bags crimp couplings 24519", when, body)


C12_WHEN = at("2026-11-09 09:35", "ET")
C12_SUBJECT = "77812 Estes delivery"
C12_BODY = (
    para("""
    Good morning this is Jamal at Keystone about PO 77812 the Estes part that came Friday. We counted seven coils of the 3/4 Pecs 300 foot and the packing list and invoice say 6 so theres one extra coil you can have it picked up period also to of the three quarter PRVs are cracked on the bell housing the boxes were caved in the other 10 are fine period we need to replacements

    """)
    + SIG_JAMAL
    + "\n"
)


def c12():
    return outlook_mobile("c12", JAMAL, C12_SUBJECT, C12_WHEN, C12_BODY, "Android")


def c13():
    when = at("2026-11-09 10:48", "CT")
    body = (
        para("""
        Hello, I picked up PO 40988 at DC South on Friday. When your yard man load the pipe in my truck with the forklift he put the bundle down too hard and 2 of the 10 ft pieces of 2" black pipe are bent, 20 ft total. I did not see it until we unload at the shop. They dont thread straight, we cant use them. Please send 2 pieces new or credit.

        """)
        + SIG_EDDIE
    )
    return samsung("c13", EDDIE, "will call PO 40988 - 2 pipes bent", when, body)


def c14():
    when = at("2026-11-10 07:20", "ET")
    body = (
        para("""
        Hello,
        I'm running the piping crew for Keystone Mechanical at the Millbrook Commons job. R+L delivered here Thursday afternoon, packing list says SO-104233, 4 cartons of 2" bronze gate valves (40). Only 3 cartons came, 30 valves. Driver wouldn't wait for a count. Gary Brandt said to email you direct. Please send the other 10 to the job site, we need them next week.

        """)
        + SIG_LOU
    )
    return yahoo_ios("c14", LOU, "Gate valves short - Millbrook Commons", when, body)


C15_WHEN = at("2026-11-10 12:10", "ET")
C15_BODY = (
    para("""
    Making sure somebody got this. 2 cracked 3/4 PRVs on 77812, we need the 2 replacements on Thursdays truck, cant finish the boiler room at Millbrook without them.

    """)
    + SIG_GARY_LINE
    + "\n"
)
C15_QUOTED = (
    outlook_head(JAMAL, C12_WHEN, C12_SUBJECT) + "\n\n" + outlook_mobile_text(C12_BODY, "Android")
)


def c15():
    first = exo_msgid("c12", JAMAL)
    return outlook_mobile(
        "c15",
        GARY,
        "RE: " + C12_SUBJECT,
        C15_WHEN,
        C15_BODY,
        "iOS",
        reply=(first, first),
        quoted=C15_QUOTED,
    )


def c16():
    when = at("2026-11-11 14:35", "CT")
    body = (
        "3 heaters and 3 exp tanks in at Bayfront West, signed clean. Pic of the Estes receipt.\n"
    )
    files = [iphone_photo("IMG_2291.jpeg", estes_receipt_photo())]
    return iphone("c16", LUIS, "PO 70288 delivered", when, body, files=files)


def c17():
    when = at("2026-11-12 08:25", "CT")
    body = (
        para("""
        2 of the 10 cases of MERV 11 filters on PO 60418 are 16x20x1 not 16x25x1. Box labels say 16x25 but the filters inside are 16x20, won't fit the returns at the Owasso job. Need 2 cases of the right size, I'll send these back with your driver.

        """)
        + SIG_CURTIS
    )
    return gmail("c17", CURTIS, "PO 60418 filters wrong size", when, body)


def c18():
    when = at("2026-11-12 13:30", "CT")
    body = para("""
        We went to use the last 2 expansion tanks from the October order PO 40917 (the one with the 2 electric heaters 40 gal) and they are 4.4 gallon, not 2 gallon. The box outside says 2 gal but the tank inside is the big one. They dont fit in the closet at the Culebra house. We need the 2 gallon ones, can change them when your truck comes.

        Eddie
        """)
    return samsung("c18", EDDIE, "expansion tanks PO 40917 wrong size", when, body)


def c19():
    when = at("2026-11-13 11:05", "ET")
    body = (
        para("""
        Hey it's Danny again at Riverbend. R&L brought PO 24530 yesterday afternoon we counted the 1 inch copper 90s and there's 300 the order is for 250 so we have 50 extra that's two boxes of 25 period ball valves 48 and the 4 PRVs are good. Let me know if you want to pick up the extra or we can send them back with your driver next week

        """)
        + SIG_DANNY
    )
    return gmail("c19", DANNY, "extra copper 90s 24530", when, body)


def c20():
    when = at("2026-11-13 13:50", "CT")
    body = (
        para("""
        Luis signed for PO 70288 Wednesday and everything looked fine from the outside. Uncrated it all today at Bayfront West:

        - 1 of the 2 gal expansion tanks has a deep dent in the shell, pic attached. Not putting that on a potable line.
        - Heater #2 (unit 7B) will not light. Pilot lights and holds, thermocouple is good, but the main burner never comes on. Inlet gas pressure 7" w.c. Pretty sure it's the gas control valve.

        Need a replacement tank, and a gas control or a new heater for 7B. The other 2 heaters are installed and running.

        """)
        + SIG_ANDRE
        + "\n"
    )
    files = [blob("image/jpeg", "image0.jpeg", dented_tank_photo())]
    return outlook_mobile(
        "c20", ANDRE, "PO 70288 - dented tank / heater won't light", when, body, "iOS", files=files
    )


def c21():
    when = at("2026-11-16 11:20", "CT")
    body = (
        para("""
        Hi, we are doing the valve change outs for Harbor Point at Bayfront West this week (Luis Ortega hired us). Your truck dropped their material this morning, packing slip SO-104246. One of the 3/4" ball valves has the handle and the stem broke off inside the box. Luis said to email you. Can you send 1 replacement to the job?

        """)
        + SIG_EDDIE
    )
    return samsung("c21", EDDIE, "Harbor Point ball valve broken", when, body)


def c22():
    when = at("2026-11-16 15:15", "CT")
    body = para("""
        Hi this is Andre at Harbor Point Bayfront Towers about PO 70231 that your truck brought last Monday. We didn't open the register boxes until this weekend and 8 of the 10 by 6 white floor registers are bent the louvers are crushed we can't use them period also 2 of the wifi thermostats are dead out of the box the label on the box says TST-7500-PRO no display at all with 24 volts at the wires. Please let me know what you need from us

        Andre

        """)
    return outlook_mobile("c22", ANDRE, "PO 70231 registers and thermostats", when, body, "iOS")


def c23():
    when = at("2026-11-17 10:10", "CT")
    body = (
        para("""
        UPS delivered PO 60455 last Thursday, finally got to it today.
        - only 10 of the non programmable stats, packing list says 12. short 2
        - 1 of the condensate pumps hums but wont pump. float moves free, discharge not blocked. other 9 ok
        Need 2 stats and 1 pump.

        """)
        + SIG_CURTIS
    )
    return gmail("c23", CURTIS, "PO 60455 short 2 stats + bad pump", when, body)


def c24():
    when = at("2026-11-17 16:20", "ET")
    body = (
        para("""
        Hi,
        Out of the office today so sending from my phone. INV-88098 (our PO-77790) bills the 1" type L copper at $76.40 a stick, our PO price is $71.80. 30 sticks x $4.60 = $138.00. Please issue a credit memo for $138.00 and I'll release the rest of the invoice.

        """)
        + SIG_DANA
    )
    return outlook_mobile("c24", DANA, "Price difference INV-88098", when, body, "iOS")


def c25():
    when = at("2026-11-18 09:05", "CT")
    body = para("""
        18 of the 3/4" ball valves came on PO 70296, PO is for 12. 6 extra here in the stockroom, pic attached.

        Andre

        """)
    files = [blob("image/jpeg", "image0.jpeg", ball_valves_photo())]
    return outlook_mobile("c25", ANDRE, "PO 70296 ball valves", when, body, "iOS", files=files)


def c26():
    when = at("2026-11-18 14:40", "ET")
    body = (
        para("""
        Tom got the count straightened out. Off PO 77790 we have 6 of the 1" ball valves left, never installed, still boxed. Want to send those 6 back for credit. Nothing coming back on 77731.

        """)
        + SIG_GARY_LINE
        + "\n"
    )
    return outlook_mobile("c26", GARY, "Ball valves back - 77790", when, body, "iOS")


def c27():
    when = at("2026-11-19 08:30", "ET")
    body = para("""
        Your driver picked up the 2 cracked PRVs and the extra Pex coil this morning, I signed his return slip. The 2 new PRVs came on the same truck. We're all set on this one, thanks.

        Jamal

        """)
    quoted = (
        outlook_head(GARY, C15_WHEN, "RE: " + C12_SUBJECT)
        + "\n\n"
        + outlook_mobile_text(C15_BODY, "iOS", C15_QUOTED)
    )
    first, last = exo_msgid("c12", JAMAL), exo_msgid("c15", GARY)
    return outlook_mobile(
        "c27",
        JAMAL,
        "RE: " + C12_SUBJECT,
        when,
        body,
        "Android",
        reply=(last, f"{first} {last}"),
        quoted=quoted,
    )


def c28():
    when = at("2026-11-20 10:15", "CT")
    body = para("""
        Hi,
        Eddie put one of the 3/4\u201d pressure reducing valves from PO 40962 in at the Monte Vista house and it won\u2019t hold. Set at 55 psi and it creeps up to 80 overnight. He cleaned the strainer screen and it still creeps. Can we get a replacement under warranty? He is going back Tuesday.
        Thank you
        Rosa
        """)
    return iphone("c28", ROSA, "PRV problem PO 40962", when, body, via="hosted", sig=SIG_ROSA_LONG)


def c29():
    when = at("2026-11-20 15:00", "CT")
    body = (
        para("""
        The electric water heater you delivered for unit 14B on our PO 70199 is a 50 gal. We ordered the 40 gal 4500W. Won\u2019t fit the closet. Need it swapped for the 40.

        """)
        + SIG_LUIS
    )
    return iphone("c29", LUIS, "Wrong water heater unit 14B", when, body)


def c30():
    when = at("2026-11-23 08:10", "CT")
    body = (
        para("""
        Hello,

        Invoice INV-88184 (our PO 60455) bills the non-programmable digital thermostats at $28.90 each for 12. Our 2026 pricing sheet from your Tulsa branch has that thermostat at $26.50 (copy attached). Please credit the difference, 12 x $2.40 = $28.80, or send a corrected invoice.

        Thanks,

        """)
        + SIG_LINDA
    )
    pdf = pricing_agreement_pdf()
    files = [gmail_file("c30", "application/pdf", "Brightwater 2026 pricing - Summit.pdf", pdf)]
    return gmail("c30", LINDA, "INV-88184 thermostat pricing", when, body, files=files)


C31_ROWS = [
    ["Item", "Qty", "PO price", "Invoiced", "Difference"],
    ['3" CI swing check, flanged', "6", "189.00", "189.00", "0.00"],
    ['1-1/2" black mall. union', "40", "10.80", "10.80", "0.00"],
    ["Condensate pump w/ safety switch", "8", "61.50", "64.90", "27.20"],
    ["1/25 HP circulator 115V", "4", "139.00", "139.00", "0.00"],
]


def c31():
    when = at("2026-11-23 11:20", "ET")
    top = para("""
        Good morning,

        Matching INV-88133 to our PO-77830, one line is over:
        """)
    bottom = (
        para("""
        Please send a credit memo for $27.20 (8 x $3.40) for the condensate pumps. The rest of the invoice is approved for payment.

        """)
        + SIG_DANA
    )
    table = "\n".join("\t".join(r) for r in C31_ROWS) + "\n"
    body = top + "\n" + table + "\n" + bottom
    inner = (
        word_paras(top.rstrip("\n"))
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_table(C31_ROWS)
        + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + word_paras(bottom.rstrip("\n"))
    )
    return outlook_desktop(
        "c31", DANA, "INV-88133 / PO-77830 - price variance", when, body, inner=inner
    )


def c32():
    when = at("2026-11-24 09:00", "CT")
    body = (
        para("""
        Job is finish. Leftover from the will call PO 40988, the ticket is attached:
        4 - 1-1/2" black unions
        2 pieces 2" black pipe, 10 ft each (20 ft). These are the good ones, not the 2 bent ones from before.
        We want to return both for credit. I can drop them at DC South Friday.

        """)
        + SIG_EDDIE
    )
    files = [blob("application/pdf", "Scan_20261124_085207.pdf", pickup_ticket_pdf())]
    return samsung("c32", EDDIE, "will call 40988 - leftovers for credit", when, body, files=files)


def c33():
    when = at("2026-11-25 08:45", "ET")
    body = (
        para("""
        Hi,
        Can you add 4 more of the 3/4" PRVs (25-75 psi, same as on PO 24530) to our next delivery? Use our PO 24590. The 4 from 24530 are installed and working great, the inspector liked them.
        Same price as last time I hope :)
        Mike

        """)
        + SIG_MIKE
    )
    return gmail("c33", MIKE, "PRVs", when, body)


def c34():
    when = at("2026-11-30 07:02", "CT")
    body = para("""
        Thanks for your message. I'm out on service calls through Friday 12/4 with spotty signal and limited email.
        For warranty or defective equipment call the shop at 918-555-0100. For invoices and payments email ap@summithvac.net.

        Curtis Webb
        Summit HVAC Services
        """)
    ack = f"<case.{tok('ack', 'c23', n=20)}@brightwatersupply.example>"
    subject = "Out of office Re: Recount result - PO 60455"
    return gmail_auto_reply("c34", CURTIS, subject, when, body, ack)


def c35():
    when = at("2026-12-01 15:10", "ET")
    body = para("""
        Hi this is Gary Brandt at Keystone we're wrapping up the Millbrook boiler room on PO 77830 couple things period number one we have 2 of the 3 inch flanged check valves left over never installed still in the crates we want to send them back for credit period number two one of the circulator pumps seized up after a week the motor hums but the shaft won't turn need a replacement under warranty period number three 6 of the unions in the box marked inch and a half black are actually inch and a quarter we need 6 of the right ones the rest of the unions are fine. Thanks

        Gary

        """)
    return outlook_mobile("c35", GARY, "77830 wrap up", when, body, "iOS")


def c36():
    when = at("2026-12-02 11:00", "CT")
    body = para("""
        Hi, could you email me the credit memo for the dented expansion tank on PO 70288 (INV-88171)? I'll apply it when I pay the invoice. Nothing else needed on that order.

        Grace Kim | Accounts Payable | Harbor Point Property Management | 713-555-0128

        """)
    return outlook_mobile("c36", GRACE, "Credit memo - PO 70288", when, body, "Android")


def c37():
    when = at("2026-12-04 09:30", "ET")
    body = (
        para("""
        Hi,

        We have 10 of the 1-1/2" black malleable unions left over from PO 24388 (the October check valve order). That job is closed out and we won't use them. Can we send them back for credit? They're still in the bag.

        Thanks!
        Karen

        """)
        + SIG_KAREN
    )
    return gmail("c37", KAREN, "Return unions - PO 24388", when, body)


def c38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "10 of the 10x6 white floor registers left over after the 2nd floor exam rooms at the "
        "Riverside clinic. Never installed, still in the cartons. Please pick them up with the "
        "next delivery. Sent from the job on my phone."
    )
    line = {"sku": "HVC-REG-1006-W", "quantity": 10, "reason": "NOT_NEEDED"}
    text = (
        "{\n"
        '  "order_number": "SO-104228",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def c39():
    """A voice memo's transcript, exported from the phone as text, LF line ends."""
    text = para("""
        New Recording 14
        Nov 5, 2026 at 4:12 PM   0:41

        Transcript

        0:00
        Okay this is for Brightwater about order SO-104230 the one that came on the Estes truck on Halloween the Saturday.

        0:09
        The three quarter ball valves we ordered thirty and we have thirty six here so that's six extra.

        0:18
        They're in van number twelve if you want them back just tell me where to drop them off.

        0:27
        That's it thanks.
        """)
    return text.encode("ascii")


def c40():
    """A note typed on a phone at a job and uploaded, CRLF line ends."""
    text = para("""
        Jefferson St job - Tue

        delivery came before 7, driver left it by the gate
        no packing slip, nobody signed

        1/2" pex crimp couplings - 7 bags, we ordered 10 (25 per bag)
        3 bags short

        call the supply house about the short bags
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "c01-keystone-gary-iphone-two-wifi-stats-doa.eml": c01,
    "c02-riverbend-danny-dictated-check-valve-flange-cracked.eml": c02,
    "c03-keystone-jamal-photo-crushed-box-copper-90s.eml": c03,
    "c04-keystone-gary-dictated-ball-valves-back-77731.eml": c04,
    "c05-delgado-eddie-galaxy-90s-bag-short.eml": c05,
    "c06-keystone-tom-phone-reply-hold-valve-return.eml": c06,
    "c07-riverbend-mike-over-danny-type-m-sticks-extra-tees.eml": c07,
    "c08-keystone-tom-mixing-valve-school-last-year.eml": c08,
    "c09-summit-curtis-dictated-tile-crushed-registers-short.eml": c09,
    "c10-delgado-rosa-iphone-heater-warranty-paperwork.eml": c10,
    "c11-riverbend-danny-ups-two-bags-couplings-missing.eml": c11,
    "c12-keystone-jamal-dictated-cracked-prvs-extra-coil.eml": c12,
    "c13-delgado-eddie-will-call-pipe-bent-loading.eml": c13,
    "c14-keystone-sub-yahoo-gate-valves-three-boxes.eml": c14,
    "c15-keystone-gary-reply-above-jamal-prvs.eml": c15,
    "c16-harbor-luis-photo-caption-heaters-signed-clean.eml": c16,
    "c17-summit-curtis-filters-16x20-in-16x25-cases.eml": c17,
    "c18-delgado-eddie-expansion-tanks-wrong-size-october.eml": c18,
    "c19-riverbend-danny-extra-box-copper-90s.eml": c19,
    "c20-harbor-andre-dented-tank-heater-wont-light.eml": c20,
    "c21-delgado-eddie-harbor-job-ball-valve-handle.eml": c21,
    "c22-harbor-andre-dictated-registers-bent-wifi-stats.eml": c22,
    "c23-summit-curtis-stats-short-condensate-pump-hums.eml": c23,
    "c24-keystone-dana-phone-copper-price-88098.eml": c24,
    "c25-harbor-andre-photo-extra-ball-valves.eml": c25,
    "c26-keystone-gary-ball-valves-left-77790.eml": c26,
    "c27-keystone-jamal-driver-took-prvs-and-coil.eml": c27,
    "c28-delgado-rosa-prv-creeping-pressure.eml": c28,
    "c29-harbor-luis-electric-heater-po-70199.eml": c29,
    "c30-summit-linda-thermostat-price-88184.eml": c30,
    "c31-keystone-dana-condensate-pumps-88133.eml": c31,
    "c32-delgado-eddie-will-call-leftovers-scan-pdf.eml": c32,
    "c33-riverbend-mike-reorder-prvs-like-24530.eml": c33,
    "c34-summit-curtis-out-of-office.eml": c34,
    "c35-keystone-gary-end-of-job-77830-three-items.eml": c35,
    "c36-harbor-grace-credit-memo-copy.eml": c36,
    "c37-riverbend-karen-unions-back-24388.eml": c37,
    "c38-portal-summit-registers-left-over.json": c38,
    "c39-upload-voice-memo-extra-ball-valves.txt": c39,
    "c40-upload-phone-note-short-no-paperwork.txt": c40,
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
