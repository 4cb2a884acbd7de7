"""Write every request file of heldout68: customers' systems and paperwork.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Monday 2026-10-26 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. Most of them were written, or shaped, by
the customers' own tools: a contractor's e-procurement system (return requests, receiving
discrepancy reports, new purchase orders), an AP workflow (three-way-match exceptions and
their reminders), a property manager's work orders, help-desk tickets and accounting
receipts, a service company's purchasing module and a field-crew app, a payment platform's
remittance advice, spreadsheets pasted from Sheets or Excel, CSV exports, debit memos and
warranty claims as PDF, and paper forms filled in by hand and photographed. The people
behind those systems add short notes around them ("see attached", "per the attached debit
memo"). The paperwork lists lines that are not claimed, totals and prices beside counts,
and references that are not item numbers (PO, debit memo, RMA, BOL, PRO, lot, phone).

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos with Pillow (noise from a seeded
generator). Nothing reads the clock or the time zone.
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
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

# ------------------------------------------------------------------ who writes

DESK = ("Lakeshore Claims", "claims@lakeshorepipe.example")
MX = "mx1.lakeshorepipe.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
DANA = ("Dana Ruiz", "ap@keystonemech.com")
TOM = ("Tom Morales", "tmorales@keystonemech.com")
RAY = ("Ray Sutter", "rsutter@keystonemech.com")
EPROCURE = ("Keystone eProcure", "eprocure@keystonemech.com")
APFLOW = ("KMC AP Workflow", "ap-workflow@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
ALYSSA = ("Alyssa Grant", "agrant@riverbendph.com")
WES = ("Wes Harlan", "wharlan@riverbendph.com")
RB_PURCH = ("Riverbend Purchasing", "purchasing@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
SH_PURCH = ("Summit HVAC Purchasing", "purchasing@summithvac.net")
CREWLINK = ("CrewLink", "no-reply@crewlink.example")
PAYROUTE = ("Summit HVAC Services via PayRoute", "remittance@payroute.example")
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
HP_DESK = ("Harbor Point Facilities Desk", "maintenance@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail on both domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
TONY = ("Tony Delgado", "tony@delgadosons.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-dm6nam12on2105.outbound.protection.outlook.com", "40.107.243.105"),
    "gws": ("mail-qt1-f182.google.com", "209.85.160.182"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
    "ses": ("a8-27.smtp-out.amazonses.com", "54.240.8.27"),
    "app": ("o12.ptr4410.crewlink.example", "198.51.100.12"),
    "pay": ("out-3.mta.payroute.example", "198.51.100.77"),
}

ZONES = {"ET": (-4, -5), "CT": (-5, -6)}
ZONE_NAMES = {"ET": ("EDT", "EST"), "CT": ("CDT", "CST")}

FONT_DIR = "/usr/share/fonts/truetype"


# ------------------------------------------------------------------ tokens and time


def tok(*parts, n=16):
    """A stable hex string for anything a program would otherwise make up."""
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


def clock(when):
    return f"{when.hour % 12 or 12}:{when:%M} {when:%p}"


def outlook_sent(when):
    return f"{when:%A, %B} {when.day}, {when.year} {clock(when)}"


def uuid(*parts):
    h = tok(*parts, n=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def para(text):
    return textwrap.dedent(text).lstrip("\n")


# ------------------------------------------------------------------ headers and MIME


def word(value):
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


def needs_qp(text):
    return any(len(r) > 76 for r in text.split("\n")) or not text.isascii()


def leaf(ctype, content, cte=None):
    if cte is None:
        cte = "quoted-printable" if needs_qp(content) else "7bit"
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
        encode_body(content.encode("utf-8"), cte),
    )


def blob(headers, data):
    """A base64 part for a file."""
    return Part([*headers, ("Content-Transfer-Encoding", "base64")], encode_body(data, "base64"))


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
    got = (when + timedelta(seconds=3 + int(tok("rx", key, n=2), 16) % 9)).astimezone(UTC)
    qid = tok("qid", key, n=10).upper()
    bounce = person[1]
    if via == "ses":
        bounce = f"0100019{tok('bounce', key, n=9)}-{uuid('ses', key).lower()}-000000@amazonses.com"
    elif via == "app":
        bounce = f"bounces+4410-{tok('bn', key, n=4)}=lakeshorepipe.example@crewlink.example"
    return (
        f"Return-Path: <{bounce}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4g{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
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


# ------------------------------------------------------------------ tables


def grid(headers, rows, gap=2, right=()):
    """A fixed-width text table, as a system writes its text/plain part."""
    cols = list(zip(headers, *rows, strict=False))
    widths = [max(len(str(c)) for c in col) for col in cols]
    out = []
    for row in [headers, *rows]:
        cells = []
        for i, cell in enumerate(row):
            cell = str(cell)
            cells.append(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]))
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def tabbed(headers, rows):
    """Rows pasted from a spreadsheet: cells split by tabs."""
    return "\n".join("\t".join(str(c) for c in row) for row in [headers, *rows])


def html_table(headers, rows, style="font-family:Arial,sans-serif;font-size:12px"):
    head = "".join(
        f'<th style="border:1px solid #999;padding:3px 6px;background:#e8edf3;text-align:left">'
        f"{html.escape(str(h))}</th>"
        for h in headers
    )
    body = ""
    for row in rows:
        body += (
            "<tr>"
            + "".join(
                f'<td style="border:1px solid #999;padding:3px 6px">{html.escape(str(c))}</td>'
                for c in row
            )
            + "</tr>\n"
        )
    return (
        f'<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;{style}">\n'
        f"<tr>{head}</tr>\n{body}</table>"
    )


def sheets_table(headers, rows):
    """The HTML Google Sheets puts on the clipboard."""
    cells = ""
    for row in [headers, *rows]:
        cells += '<tr style="height:21px">' + "".join(
            '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;'
            f'border:1px solid #cccccc">{html.escape(str(c))}</td>'
            for c in row
        )
        cells += "</tr>"
    return (
        '<google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" '
        'cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
        'font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
        f"<tbody>{cells}</tbody></table></google-sheets-html-origin>"
    )


def excel_table(headers, rows):
    """The HTML Excel puts on the clipboard."""
    cells = ""
    for row in [headers, *rows]:
        cells += '<tr height="20" style="height:15.0pt">' + "".join(
            f'<td height="20" style="height:15.0pt;font-size:11pt;font-family:Calibri">'
            f"{html.escape(str(c))}</td>"
            for c in row
        )
        cells += "</tr>"
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="640" '
        f'style="border-collapse:collapse;width:480pt">{cells}</table>'
    )


def csv_text(rows):
    out = []
    for row in rows:
        cells = []
        for c in row:
            c = str(c)
            if any(x in c for x in ',"'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ PDFs and photos


def pdf_doc(when, author, title, blocks):
    """A one-page letter PDF with a text layer. blocks: (kind, payload) in reading order."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer(author)
    pdf.set_creator(author)
    pdf.set_title(title)
    pdf.set_auto_page_break(True, margin=48)
    pdf.add_page()
    pdf.set_margins(48, 48, 48)
    pdf.set_xy(48, 48)
    for kind, payload in blocks:
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 15)
            pdf.cell(0, 20, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 16, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "text":
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 12.5, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            for label, value in payload:
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.cell(120, 13, label)
                pdf.set_font("Helvetica", "", 9.5)
                pdf.cell(0, 13, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            widths, headers, rows = payload
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.set_fill_color(228, 232, 238)
            for w, h in zip(widths, headers, strict=True):
                pdf.cell(w, 15, h, border=1, fill=True)
            pdf.ln(15)
            pdf.set_font("Helvetica", "", 8.5)
            for row in rows:
                for w, c in zip(widths, row, strict=True):
                    pdf.cell(w, 14, str(c), border=1)
                pdf.ln(14)
        elif kind == "gap":
            pdf.ln(payload)
    return bytes(pdf.output())


def font(name, size):
    return ImageFont.truetype(f"{FONT_DIR}/{name}", size)


class Sheet:
    """A paper form drawn at 150 dpi, then photographed on a desk."""

    def __init__(self, key, w=1275, h=1650):
        self.key = key
        self.img = Image.new("RGB", (w, h), (250, 249, 244))
        self.draw = ImageDraw.Draw(self.img)
        self.rng = random.Random(tok("paper", key))
        self.print_font = font("liberation/LiberationSans-Regular.ttf", 26)
        self.bold_font = font("liberation/LiberationSans-Bold.ttf", 30)
        self.title_font = font("liberation/LiberationSans-Bold.ttf", 40)
        self.small_font = font("liberation/LiberationSans-Regular.ttf", 20)
        self.hand_font = font("dejavu/DejaVuSans-Oblique.ttf", 34)

    def title(self, x, y, text, size="title"):
        f = self.title_font if size == "title" else self.bold_font
        self.draw.text((x, y), text, fill=(20, 20, 20), font=f)

    def label(self, x, y, text, small=False):
        f = self.small_font if small else self.print_font
        self.draw.text((x, y), text, fill=(35, 35, 35), font=f)

    def line(self, x0, y0, x1, y1, width=2):
        self.draw.line([(x0, y0), (x1, y1)], fill=(60, 60, 60), width=width)

    def box(self, x0, y0, x1, y1, width=2):
        self.draw.rectangle([x0, y0, x1, y1], outline=(60, 60, 60), width=width)

    def field(self, x, y, name, length, value=""):
        """A printed label with a rule to write on, and what was written there."""
        self.label(x, y, name)
        lx = x + int(self.draw.textlength(name, font=self.print_font)) + 10
        self.line(lx, y + 32, lx + length, y + 32, width=1)
        if value:
            self.hand(lx + 8, y - 6, value)

    def hand(self, x, y, text, size=34, ink=(25, 45, 130)):
        """Ballpoint writing: letters with a little wobble in size, height and slant."""
        cx = x
        for ch in text:
            s = size + self.rng.randint(-2, 2)
            f = font("dejavu/DejaVuSans-Oblique.ttf", s)
            dy = self.rng.randint(-2, 2)
            self.draw.text((cx, y + dy), ch, fill=ink, font=f)
            cx += int(self.draw.textlength(ch, font=f)) + self.rng.randint(-1, 1)
        return cx

    def check(self, x, y):
        self.draw.line([(x, y + 14), (x + 9, y + 26)], fill=(25, 45, 130), width=4)
        self.draw.line([(x + 9, y + 26), (x + 30, y - 4)], fill=(25, 45, 130), width=4)

    def photo(self, angle):
        """The sheet on a desk, a little turned, uneven light, sensor noise; JPEG bytes."""
        page = self.img.rotate(
            angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(92, 74, 58)
        )
        w, h = page.size
        desk = Image.new("RGB", (w + 120, h + 120), (92, 74, 58))
        desk.paste(page, (60, 48))
        side = 2 * max(desk.size)
        shade = Image.linear_gradient("L").resize((side, side)).rotate(35)
        left, top = (side - desk.size[0]) // 2, (side - desk.size[1]) // 2
        shade = shade.crop((left, top, left + desk.size[0], top + desk.size[1]))
        dark = Image.new("RGB", desk.size, (30, 26, 20))
        desk = Image.composite(desk, dark, shade.point(lambda v: 205 + v * 50 // 255))
        rng = random.Random(tok("noise", self.key))
        nw, nh = desk.size[0] // 4, desk.size[1] // 4
        noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh)).resize(desk.size)
        grain = Image.merge("RGB", [noise, noise, noise])
        desk = Image.blend(desk, grain, 0.05).filter(ImageFilter.GaussianBlur(0.6))
        desk = desk.resize((desk.size[0] * 3 // 4, desk.size[1] * 3 // 4), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        desk.save(out, "JPEG", quality=82, subsampling=2, optimize=False)
        return out.getvalue()


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {"keystonemech.com": ("SA1PR04", 4), "harborpointpm.com": ("CH3PR19", 19)}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 6000}"
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
        inner = inner.replace("  ", " &nbsp;")
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def word_pre(text):
    """Pasted system text kept in a fixed font, the way Outlook keeps it."""
    out = []
    for row in text.rstrip("\n").split("\n"):
        inner = html.escape(row, quote=False).replace(" ", "&nbsp;") or "<o:p>&nbsp;</o:p>"
        out.append(
            '<p class="MsoNormal"><span style="font-family:&quot;Courier New&quot;;'
            f'font-size:9.0pt">{inner}</span><o:p></o:p></p>'
        )
    return "\n".join(out)


def word_header_block(sender, when, to, subject, cc=None):
    rows = [("From", sender), ("Sent", outlook_sent(when)), ("To", to)]
    if cc:
        rows.append(("Cc", cc))
    rows.append(("Subject", subject))
    text = "\n".join(f"{k}: {v}" for k, v in rows)
    markup = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        '<p class="MsoNormal">'
        + "<br>\n".join(f"<b>{k}:</b> {html.escape(v, quote=False)}" for k, v in rows)
        + "<o:p></o:p></p>\n</div>\n"
    )
    return text, markup


def outlook_desktop(key, person, subject, when, segments, reply=None, cc=(), files=()):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering.

    segments: ("p", text) for typed paragraphs, ("pre", text) for pasted fixed-width text,
    ("table", (headers, rows)) for a pasted table, ("hdr", (sender, when, to, subject, cc))
    for the header block of a forwarded or quoted mail.
    """
    text_part, inner = "", []
    for kind, payload in segments:
        if kind == "p":
            text_part += payload
            inner.append(word_paras(payload.rstrip("\n")))
        elif kind == "pre":
            text_part += payload
            inner.append(word_pre(payload))
        elif kind == "table":
            headers, rows = payload
            text_part += tabbed(headers, rows) + "\n"
            inner.append(excel_table(headers, rows))
        elif kind == "hdr":
            t, m = word_header_block(*payload)
            text_part += "\n" + t + "\n\n"
            inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + m)
            inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    alt = multi(
        "alternative",
        f"_000_{tok('alt', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="utf-8"', text_part, "quoted-printable"),
            leaf('text/html; charset="utf-8"', word_page("\n".join(inner)), "quoted-printable"),
        ],
    )
    part = alt
    if files:
        parts = [alt]
        for name, ctype, data in files:
            stamp = rfc(when, utc=True)
            parts.append(
                blob(
                    [
                        ("Content-Type", f'{ctype}; name="{name}"'),
                        ("Content-Description", name),
                        (
                            "Content-Disposition",
                            f'attachment; filename="{name}"; size={len(data)}; '
                            f'creation-date="{stamp}"; modification-date="{stamp}"',
                        ),
                    ],
                    data,
                )
            )
        part = multi("mixed", f"_004_{tok('mix', key, n=36).upper()}_", parts)
    rows = exo_headers(key, person, subject, when, reply, cc, attach=bool(files))
    return mail(key, person, when, "exo", rows, part)


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail(key, person, subject, when, segments, cc=(), files=()):
    """Gmail on Google Workspace. segments as for Outlook; tables are Sheets or Excel pastes."""
    text_part, inner = "", ""
    for kind, payload in segments:
        if kind == "p":
            text_part += payload
            inner += "".join(
                f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
                for r in payload.rstrip("\n").split("\n")
            )
        elif kind in ("sheets", "excel"):
            headers, rows = payload
            text_part += tabbed(headers, rows) + "\n"
            make = sheets_table if kind == "sheets" else excel_table
            inner += make(headers, rows) + "<div><br></div>"
        elif kind == "pre":
            text_part += payload
            inner += (
                '<div><font face="monospace">'
                + "<br>".join(
                    html.escape(r, quote=False).replace(" ", "&nbsp;")
                    for r in payload.rstrip("\n").split("\n")
                )
                + "</font></div>"
            )
    alt = multi(
        "alternative",
        "000000000000" + tok("ga", key, n=14),
        [
            leaf('text/plain; charset="UTF-8"', text_part),
            leaf('text/html; charset="UTF-8"', f'<div dir="ltr">{inner}</div>\n'),
        ],
    )
    part = alt
    if files:
        parts = [alt]
        for i, (name, ctype, data) in enumerate(files):
            fid = f"f_{tok('fid', key, i, n=9)}{i}"
            parts.append(
                blob(
                    [
                        ("Content-Type", f'{ctype}; name="{name}"'),
                        ("Content-Disposition", f'attachment; filename="{name}"'),
                        ("X-Attachment-Id", fid),
                        ("Content-ID", f"<{fid}>"),
                    ],
                    data,
                )
            )
        part = multi("mixed", "000000000000" + tok("gm-mix", key, n=14), parts)
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    rows += [("Message-ID", gmail_msgid(key)), ("Subject", word(subject))]
    rows += [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    return mail(key, person, when, "gws", rows, part)


# ------------------------------------------------------------------ Apple


def iphone(key, person, subject, when, body, photo=None):
    """iPhone Mail: text/plain, or text, photo and the signature part when a photo goes along."""
    domain = person[1].split("@")[1]
    head = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    head += [("Subject", subject), ("Message-Id", f"<{uuid('ios', key)}@{domain}>")]
    head += [("To", addr(DESK)), ("X-Mailer", "iPhone Mail (22B91)")]
    if photo is None:
        return single(key, person, when, "hosted", head, "text/plain; charset=us-ascii", body)
    name, data = photo
    boundary = "Apple-Mail-" + uuid("ios-b", key)
    text, _, sig = body.rpartition("\n\nSent from my iPhone")
    parts = [
        leaf("text/plain; charset=us-ascii", text + "\n\n"),
        blob(
            [
                ("Content-Type", f"image/jpeg; name={name}; x-apple-part-url={uuid('xp', key)}"),
                ("Content-Disposition", f"inline; filename={name}"),
            ],
            data,
        ),
        leaf("text/plain; charset=us-ascii", "\n\nSent from my iPhone" + sig),
    ]
    return mail(key, person, when, "hosted", head, multi("mixed", boundary, parts))


def apple_mail(key, person, subject, when, segments):
    """Apple Mail on a Mac: multipart/alternative; pasted rows become an HTML table."""
    domain = person[1].split("@")[1]
    text_part, inner = "", ""
    for kind, payload in segments:
        if kind == "p":
            text_part += payload
            inner += divs(payload.rstrip("\n"))
        elif kind == "table":
            headers, rows = payload
            text_part += tabbed(headers, rows) + "\n"
            inner += html_table(headers, rows, "font-family:Helvetica;font-size:12px") + "<br>"
        elif kind == "quote":
            text_part += "\n" + "\n".join("> " + r if r else ">" for r in payload.split("\n"))
            inner += '<blockquote type="cite">' + divs(payload.rstrip("\n")) + "</blockquote>"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{inner}</body></html>'
    )
    part = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=utf-8", text_part), leaf("text/html; charset=utf-8", markup)],
    )
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]
    rows += [("Subject", subject), ("Message-Id", f"<{uuid('mac', key)}@{domain}>")]
    rows += [("Date", rfc(when)), ("To", addr(DESK))]
    rows += [("X-Mailer", "Apple Mail (3826.300.87.4.3)")]
    return mail(key, person, when, "hosted", rows, part)


# ------------------------------------------------------------------ Outlook 16 over SMTP


def outlook16(key, person, subject, when, body, pre):
    """Outlook 16 on Summit's Google Workspace: typed text, then pasted fixed-width text."""
    domain = person[1].split("@")[1]
    mid = f"<00{tok('o16', key, n=10)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    n2 = tok("n2", key, n=4).upper()
    n3 = tok("n3", key, n=8).upper()
    head, _, tail = body.partition("@@TABLE@@\n")
    text = head + pre + tail
    markup = word_page(
        word_paras(head.rstrip("\n")) + word_pre(pre) + word_paras(tail.rstrip("\n"))
    )
    part = multi(
        "alternative",
        f"----=_NextPart_000_{tok('n1', key, n=4).upper()}_01DD{n2}.{n3}",
        [
            leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', markup, "quoted-printable"),
        ],
    )
    return mail(key, person, when, "gws", rows, part)


# ------------------------------------------------------------------ systems


def system_mail(key, sender, subject, when, text, markup, via, extra=(), cc=(), files=()):
    """A notice written by a program: plain and HTML, auto-submitted, maybe with files."""
    domain = sender[1].split("@")[1]
    mid = f"<{uuid('sys', key).lower()}@{domain}>"
    if via == "ses":
        mid = f"<0100019{tok('sesid', key, n=9)}-{uuid('sesmid', key).lower()}-000000@email.amazonses.com>"
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
        f"{markup}\n</body></html>\n"
    )
    alt = multi(
        "alternative",
        f"=_alt_{tok('sysalt', key, n=24)}",
        [
            leaf("text/plain; charset=utf-8", text, "quoted-printable"),
            leaf("text/html; charset=utf-8", page, "quoted-printable"),
        ],
    )
    part = alt
    if files:
        parts = [alt]
        for name, ctype, data in files:
            parts.append(
                blob(
                    [
                        ("Content-Type", f'{ctype}; name="{name}"'),
                        ("Content-Disposition", f'attachment; filename="{name}"'),
                    ],
                    data,
                )
            )
        part = multi("mixed", f"=_mix_{tok('sysmix', key, n=24)}", parts)
    rows = [("From", addr(sender)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    rows += [*extra, ("MIME-Version", "1.0")]
    return mail(key, sender, when, via, rows, part)


def kv_text(pairs, width=20):
    return "\n".join(f"{(k + ':').ljust(width)} {v}" for k, v in pairs) + "\n"


def kv_html(pairs):
    rows = "".join(
        f'<tr><td style="padding:1px 12px 1px 0;color:#555">{html.escape(k)}</td>'
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in pairs
    )
    return f'<table cellspacing="0" cellpadding="0" style="font-size:13px">{rows}</table>'


def paras_html(text):
    return "".join(
        f'<p style="margin:0 0 8px 0">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in text.strip("\n").split("\n\n")
    )


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA091337
    This e-mail and any attachments are confidential and intended only for the named recipient(s). If you received it in error, please notify the sender and delete it.
    """)
SIG_DANA = (
    para("""
    Thank you,

    Dana Ruiz
    Accounts Payable
    Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0160 | F 717-555-0161
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
SIG_RAY = (
    para("""
    Ray Sutter
    Warehouse Lead
    Keystone Mechanical Contractors
    717-555-0190 x231
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager | Riverbend Plumbing & Heating
    2210 Kanawha Blvd E, Charleston, WV 25311
    (304) 555-0102
    """)
SIG_MIKE = para("""
    Mike O'Brien
    Service Manager
    Riverbend Plumbing & Heating
    cell (304) 555-0126
    """)
SIG_ALYSSA = para("""
    Alyssa Grant
    Purchasing | Riverbend Plumbing & Heating
    (304) 555-0118
    """)
SIG_WES = para("""
    Wes Harlan
    Warehouse - Riverbend Plumbing & Heating
    (304) 555-0137
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager
    Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    Office 918-555-0140 | Cell 918-555-0186
    """)
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable | Summit HVAC Services
    918-555-0145
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    361-555-0170
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable
    Harbor Point Property Management
    361-555-0175 | payables@harborpointpm.com
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Office Manager
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    """)

EPROCURE_FOOT = (
    "This message was generated by KMC eProcure. Replies to this address are routed to the "
    "buyer named above."
)
EPROCURE_HDRS = [
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "KMC eProcure 4.2 notification service"),
]


def eprocure(key, subject, when, title, pairs, headers, rows, after, cc=(), files=()):
    """Keystone's e-procurement notices: a key: value block, a line table, notes."""
    text = (
        title.upper()
        + "\n\n"
        + kv_text(pairs)
        + "\n"
        + grid(headers, rows)
        + "\n\n"
        + after
        + "\n"
        + EPROCURE_FOOT
        + "\n"
    )
    markup = (
        '<div style="background:#1f3b5c;color:#fff;padding:8px 12px;font-size:15px">'
        f"<b>Keystone Mechanical Contractors</b> &middot; {html.escape(title)}</div>\n"
        f'<div style="padding:10px 12px">{kv_html(pairs)}<br>{html_table(headers, rows)}<br>'
        f"{paras_html(after)}"
        f'<p style="color:#888;font-size:11px">{html.escape(EPROCURE_FOOT)}</p></div>'
    )
    return system_mail(
        key, EPROCURE, subject, when, text, markup, "ses", EPROCURE_HDRS, cc=cc, files=files
    )


# ------------------------------------------------------------------ the requests


def y01():
    when = at("2026-10-26 09:14", "ET")
    pairs = [
        ("Return Request No", "RR-26-0412"),
        ("Status", "Submitted to vendor"),
        ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
        ("Purchase Order", "PO-77731"),
        ("PO Date", "10/12/2026"),
        ("Job", "2419 - Lemoyne Office Fit-Out"),
        ("Requested By", "Ray Sutter (Warehouse)"),
        ("Return Reason", "EXC - Excess / job overstock, not needed"),
        ("Pickup Location", "Main Warehouse, 1450 Industrial Rd, Harrisburg PA 17110, Dock 3"),
        ("Contact Phone", "717-555-0190 x231"),
    ]
    headers = ["Ln", "Item No.", "Vendor Item", "Description", "PO Qty", "Prev Rtn"]
    headers += ["Return Qty", "UOM", "Unit Cost", "Ext Cost"]
    rows = [
        ["1", "KM-88107", "VLV-1005-BV", 'VALVE BALL 1" FP BRS THD', "50", "20", "10", "EA"]
        + ["15.20", "152.00"],
        ["2", "KM-71450", "FTG-PEX-CPL-050", 'CPLG PEX CRIMP 1/2" BRS BAG/25', "20", "0", "0"]
        + ["BG", "8.95", "0.00"],
    ]
    after = para("""
        Return Total: $152.00

        Notes from requester: Boxes never opened, still on the pallet at dock 3. The 20 that went back earlier were on your RMA-9004. Please reply with your RMA number and a pickup date.
        """)
    return eprocure(
        "y01",
        "Material Return Request RR-26-0412 - PO-77731 - LAKESHORE PIPE & SUPPLY",
        when,
        "Material Return Request",
        pairs,
        headers,
        rows,
        after,
        cc=[RAY],
    )


def y02():
    when = at("2026-10-27 07:48", "ET")
    pairs = [
        ("Discrepancy No", "RD-26-1188"),
        ("Purchase Order", "PO-77760"),
        ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
        ("Packing Slip", "SO-104224"),
        ("Received", "10/22/2026 by R. Sutter (vendor truck)"),
        ("Inspected", "10/26/2026 by T. Morales"),
        ("Job", "2407 - Lemoyne Office Fit-Out"),
    ]
    headers = ["Ln", "Item No.", "Vendor Item", "Description", "Ordered", "Received"]
    headers += ["Accepted", "Rejected", "Code", "Unit Cost", "Rejected Value"]
    rows = [
        ["1", "KM-61750", "TST-7500-PRO", "THERMOSTAT 7-DAY PROG WI-FI", "8", "8", "7", "1"]
        + ["DOA", "129.00", "129.00"],
        ["2", "KM-30216", "HVC-FLT-1625-M11", "FILTER 16X25X1 MERV11 CS/12", "12", "12", "10"]
        + ["2", "DMG", "39.90", "79.80"],
    ]
    after = para("""
        Rejected total: $208.80

        Codes: DOA = dead on arrival / defective; DMG = damaged in transit; SHT = short; OVR = over-shipped; WRG = wrong item

        Inspector notes:
        Ln 1: unit powers up with no display. Tested on a 24VAC bench transformer, swapped the subbase - same. Tagged and held.
        Ln 2: 2 cases crushed at the pallet corner, frames bent, media torn. Held on dock 3. UPC on the cases 061234516251.

        Requested disposition: Ln 1 replace, Ln 2 replace. Vendor action required.
        """)
    return eprocure(
        "y02",
        "Receiving Discrepancy RD-26-1188 - PO-77760 - LAKESHORE PIPE & SUPPLY",
        when,
        "Receiving Discrepancy Report",
        pairs,
        headers,
        rows,
        after,
        cc=[TOM],
    )


def y03():
    when = at("2026-10-28 10:05", "ET")
    intro = para("""
        Hi Nadia,

        Our receiving sheet for PO 24415 (Cresthaven pump house) is below. One of the two 3" check valves is the wrong valve: it's a 3" wafer check, not the flanged swing check we ordered. Bobby can't use it, the spool is cut for the flanged swing. Please send a flanged swing check and pick up the wafer.

        """)
    headers = ["Item", "Description", "Qty Ord", "Qty Rec'd", "OK?", "Notes"]
    rows = [
        ["RPZ-3", '3" RPZ backflow assy', "1", "1", "Y", "still crated, not opened yet"],
        ["CK-3FS", '3" flanged swing check', "2", "2", "N", "1 of 2 is a wafer check (tagged)"],
    ]
    tail = "\nThanks,\nKaren\n\n" + SIG_KAREN
    return gmail(
        "y03",
        KAREN,
        "PO 24415 - Cresthaven pump house - receiving",
        when,
        [("p", intro), ("sheets", (headers, rows)), ("p", tail)],
    )


def po_77901_pdf(when):
    rows = [
        ["1", "KM-88213", "VLV-2210-BR", '2" bronze gate valve thd', "12", "EA", "58.90", "706.80"],
        ["2", "KM-40112", "FTG-CU-E90-100", '1" wrot copper 90 CxC', "300", "EA", "2.95", "885.00"],
        ["3", "KM-61750", "TST-7500-PRO", "7-day prog Wi-Fi thermostat", "6", "EA", "129.00"]
        + ["774.00"],
        ["4", "KM-88340", "VLV-0750-PRV", '3/4" PRV 25-75 psi', "8", "EA", "91.40", "731.20"],
    ]
    return pdf_doc(
        when,
        "KMC eProcure 4.2",
        "Purchase Order PO-77901",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS - PURCHASE ORDER"),
            ("text", "1450 Industrial Rd, Harrisburg, PA 17110  |  717-555-0160"),
            ("gap", 8),
            (
                "kv",
                [
                    ("PO Number", "PO-77901"),
                    ("PO Date", "10/29/2026"),
                    ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
                    ("Ship To", "Job 2431 Mechanicsburg Apts Ph 2, 600 Gettysburg Pike"),
                    ("Need By", "11/09/2026"),
                    ("Buyer", "Shonda Ellis, purchasing@keystonemech.com"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [26, 62, 90, 150, 36, 30, 50, 60],
                    ["Ln", "Item", "Vendor Item", "Description", "Qty", "UOM", "Price", "Ext"],
                    rows,
                ),
            ),
            ("gap", 8),
            ("text", "PO Total: $3,097.00"),
            (
                "text",
                "Ship complete. No substitutions without buyer approval. This PO is new stock "
                "for job 2431; it does not replace any material on an open return or "
                "discrepancy.",
            ),
        ],
    )


def y04():
    when = at("2026-10-29 13:30", "ET")
    pairs = [
        ("Purchase Order", "PO-77901"),
        ("Revision", "0 (original)"),
        ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
        ("Buyer", "Shonda Ellis"),
        ("Need By", "11/09/2026"),
        ("Ship To", "Job 2431 Mechanicsburg Apts Ph 2"),
    ]
    headers = ["Ln", "Item No.", "Vendor Item", "Description", "Qty", "UOM", "Price", "Ext"]
    rows = [
        ["1", "KM-88213", "VLV-2210-BR", 'VALVE GATE 2" BRZ THD', "12", "EA", "58.90", "706.80"],
        ["2", "KM-40112", "FTG-CU-E90-100", 'ELL 90 1" WROT CXC', "300", "EA", "2.95", "885.00"],
        ["3", "KM-61750", "TST-7500-PRO", "THERMOSTAT 7-DAY PROG WI-FI", "6", "EA", "129.00"]
        + ["774.00"],
        ["4", "KM-88340", "VLV-0750-PRV", 'VALVE PRV 3/4" 25-75 PSI', "8", "EA", "91.40", "731.20"],
    ]
    after = para("""
        PO Total: $3,097.00

        Keystone Mechanical Contractors has issued the purchase order above to you. The PDF copy is attached. Please acknowledge within one business day with a ship date.

        Note to vendor: this PO is new stock for job 2431. It is not a replacement for the material on RD-26-1188 or RR-26-0412, which stay open as they are.

        Your vendor profile lists this address for purchase orders. If it reached the wrong desk, please forward it to your order entry and ask them to update the contact on V-00412.
        """)
    return eprocure(
        "y04",
        "Purchase Order PO-77901 from Keystone Mechanical Contractors",
        when,
        "Purchase Order",
        pairs,
        headers,
        rows,
        after,
        files=[("PO-77901.pdf", "application/pdf", po_77901_pdf(when))],
    )


def packing_slip_photo():
    s = Sheet("y05")
    s.title(70, 60, "LAKESHORE PIPE & SUPPLY")
    s.label(70, 112, "2250 Port Ave, Corpus Christi TX 78408  |  361-555-0100", small=True)
    s.title(820, 60, "PACKING SLIP", size="bold")
    s.label(820, 104, "Order  SO-104231", small=False)
    s.label(820, 140, "Ship date  10/29/2026", small=True)
    s.label(70, 190, "Sold to: DELGADO & SONS PLUMBING")
    s.label(70, 226, "Ship to: Alvarez residence, 418 Robinson St")
    s.label(70, 262, "Customer PO: 40962        Ship via: LPS TRUCK 4")
    s.box(60, 320, 1215, 760)
    cols = [70, 160, 430, 850, 980, 1110]
    for x, h in zip(cols, ["Line", "Item", "Description", "Ordered", "Shipped", "Rec'd"]):
        s.label(x, 332, h)
    s.line(60, 372, 1215, 372)
    items = [
        ("1", "VLV-0750-PRV", '3/4" water PRV 25-75 psi', "6", "6"),
        ("2", "FTG-CU-E90-100", '1" wrot copper 90 C x C', "100", "100"),
        ("3", "PIP-CU-L-100-20", '1" type L copper 20 ft', "12", "12"),
    ]
    y = 392
    for row in items:
        for x, c in zip(cols, row):
            s.label(x, y, c)
        y += 60
    s.hand(1120, 380, "4")
    s.hand(1060, 418, "SHORT 2 !", size=26, ink=(170, 30, 30))
    s.check(1125, 452)
    s.check(1125, 512)
    s.hand(1175, 508, "12", size=26)
    s.label(70, 800, "Received in good condition except as noted:")
    s.line(70, 880, 700, 880, width=1)
    s.hand(80, 835, "2 PRV not in box - only 4 rec'd")
    s.label(70, 920, "Received by (print / sign):")
    s.line(400, 960, 900, 960, width=1)
    s.hand(420, 915, "Hector Delgado   10/29")
    s.label(70, 1010, "Driver:  M. Salinas  #4", small=True)
    s.label(70, 1500, "Questions about this delivery: claims@lakeshorepipe.example", small=True)
    return s.photo(1.6)


def y05():
    when = at("2026-10-30 08:40", "CT")
    body = para("""
        Hi Nadia,

        Hector signed for our PO 40962 yesterday at the Alvarez house and wrote it on your packing slip, photo attached. 2 of the 3/4 PRVs were not in the box. Please send them with the next delivery.

        Thank you,
        Rosa
        Delgado & Sons Plumbing
        361-555-0193

        Sent from my iPhone
        """)
    return iphone(
        "y05",
        ROSA,
        "Packing slip 40962 - 2 PRV short",
        when,
        body,
        photo=("IMG_4471.jpeg", packing_slip_photo()),
    )


def debit_memo_pdf(when):
    rows = [
        ["1", "KM-20100", '1" TYPE L COPPER 20 FT', "Short shipped", "2", "76.40", "152.80"],
        ["2", "KM-20100", '1" TYPE L COPPER 20 FT', "Price: PO 71.80 / inv 76.40", "28", "4.60"]
        + ["128.80"],
    ]
    return pdf_doc(
        when,
        "KMC AP Workflow",
        "Debit Memo DM-2611-0147",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("text", "Accounts Payable - 1450 Industrial Rd, Harrisburg, PA 17110 - 717-555-0160"),
            ("gap", 6),
            ("h2", "DEBIT MEMO  DM-2611-0147"),
            (
                "kv",
                [
                    ("Memo date", "11/02/2026"),
                    ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
                    ("Against invoice", "INV-88098 dated 10/26/2026"),
                    ("Our PO", "PO-77790"),
                    ("Packing slip", "SO-104226"),
                    ("Carrier / PRO", "R+L Carriers  RL123377412, delivered 10/28/2026"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [26, 62, 140, 146, 34, 52, 56],
                    ["Ln", "Item", "Description", "Reason", "Qty", "Unit", "Amount"],
                    rows,
                ),
            ),
            ("gap", 6),
            ("text", "Total debit: $281.60"),
            ("gap", 8),
            ("h2", "Backup"),
            (
                "text",
                "Ln 1: 30 lengths invoiced, 28 received. Shortage noted on the R+L delivery "
                "receipt, signed R. Sutter 10/28/2026.\n"
                "Ln 2: PO-77790 and your quote Q-26-4471 price KM-20100 at $71.80 per length; "
                "INV-88098 bills $76.40. Difference charged on the 28 lengths received.\n"
                'Other lines of INV-88098 (KM-40112 1" wrot 90s, 200 @ 2.95; KM-88107 1" ball '
                "valves, 36 @ 15.20) matched the PO and the receipt.",
            ),
            ("gap", 8),
            (
                "text",
                "This amount will be deducted from our next payment to you unless a credit memo "
                "for it is received first.  Prepared by: Dana Ruiz",
            ),
        ],
    )


def y06():
    when = at("2026-11-02 10:12", "ET")
    body = (
        para("""
        Hello,

        Please see the attached debit memo against your invoice INV-88098 (our PO-77790). The backup is on the memo.

        We will take the deduction on our next payment run unless your credit memo reaches us first.

        """)
        + SIG_DANA
    )
    return outlook_desktop(
        "y06",
        DANA,
        "Debit Memo DM-2611-0147 - INV-88098 / PO-77790",
        when,
        [("p", body)],
        files=[("DM-2611-0147.pdf", "application/pdf", debit_memo_pdf(when))],
    )


def damage_form_photo():
    s = Sheet("y07")
    s.title(70, 60, "LAKESHORE PIPE & SUPPLY")
    s.title(70, 118, "FREIGHT DAMAGE / SHORTAGE REPORT", size="bold")
    s.label(
        70,
        160,
        "Fill in at delivery. Note all damage on the carrier's delivery receipt.",
        small=True,
    )
    s.field(70, 220, "Customer:", 560, "Riverbend Plumbing")
    s.field(760, 220, "Date:", 300, "10/31/26")
    s.field(70, 290, "Customer PO #:", 300, "24460")
    s.field(620, 290, "Lakeshore order #:", 280, "")
    s.field(70, 360, "Carrier:", 360, "Estes")
    s.field(560, 360, "PRO / BOL #:", 420, "ES4410377105")
    s.label(70, 440, "Item / description")
    s.label(740, 440, "Qty shipped")
    s.label(930, 440, "Qty damaged")
    s.box(60, 480, 1215, 640)
    s.hand(80, 505, '2" PVC sch 40 tees')
    s.hand(780, 505, "100")
    s.hand(980, 505, "8")
    s.line(60, 560, 1215, 560, width=1)
    s.label(70, 680, "Describe the damage:")
    s.hand(90, 730, "1 box crushed on the side, 8 tees")
    s.hand(90, 785, "cracked at the hub. 3 boxes OK")
    s.line(70, 770, 1200, 770, width=1)
    s.line(70, 825, 1200, 825, width=1)
    s.label(70, 880, "Noted on delivery receipt?")
    s.box(420, 880, 450, 910)
    s.check(422, 880)
    s.label(460, 880, "Yes")
    s.box(560, 880, 590, 910)
    s.label(600, 880, "No")
    s.label(70, 950, "Damaged goods are:")
    s.box(340, 950, 370, 980)
    s.check(342, 950)
    s.label(380, 950, "held for inspection")
    s.box(640, 950, 670, 980)
    s.label(680, 950, "refused / sent back with driver")
    s.field(70, 1040, "Reported by:", 420, "Wes Harlan")
    s.field(700, 1040, "Phone:", 330, "304-555-0137")
    s.field(70, 1110, "Signature:", 500, "W Harlan")
    s.label(70, 1500, "Return this form to claims@lakeshorepipe.example within 5 days.", small=True)
    s.label(900, 1560, "LPS-F12 rev 3/24", small=True)
    return s.photo(-1.2)


def y07():
    when = at("2026-11-03 09:20", "ET")
    body = (
        para("""
        Hi,

        Attached is the damage report the guys filled out when Estes dropped off our PO 24460 on Saturday. The driver signed the delivery receipt with the exception noted. Please replace the cracked ones.

        Thank you,
        """)
        + SIG_ALYSSA
    )
    return gmail(
        "y07",
        ALYSSA,
        "Damage report - PO 24460",
        when,
        [("p", body)],
        files=[("damage report 24460.jpg", "image/jpeg", damage_form_photo())],
    )


def y08():
    when = at("2026-11-04 14:10", "ET")
    intro = para("""
        Nadia,

        Clearing the shelf after the Dunbar school job. Rows below are from our inventory report for job 24-117. The one 3" check valve left over is still in its crate, never installed. Please set up a return for it, the restocking fee is fine.

        The unions stay here for now, we're holding them for the Fenwick job.

        """)
    headers = ["Job", "PO", "Item", "Description", "Rec'd", "Rtn'd", "Used", "On hand", "Return"]
    rows = [
        ["24-117", "24388", "CK-3FS", '3" flanged swing check, CI', "4", "0", "3", "1", "1"],
        ["24-117", "24388", "U-112B", '1-1/2" black union', "30", "5", "0", "25", "0"],
    ]
    tail = "\nThanks,\n\n" + SIG_MIKE
    return gmail(
        "y08",
        MIKE,
        'Return - 3" check valve from PO 24388',
        when,
        [("p", intro), ("sheets", (headers, rows)), ("p", tail)],
    )


def warranty_form_photo():
    s = Sheet("y09")
    s.title(70, 60, "LAKESHORE PIPE & SUPPLY")
    s.title(70, 118, "WATER HEATER WARRANTY CLAIM", size="bold")
    s.label(70, 160, "One unit per form. Attach the rating plate photo if you can.", small=True)
    s.field(70, 220, "Contractor:", 560, "Delgado & Sons Plumbing")
    s.field(70, 290, "PO #:", 240, "40917")
    s.field(450, 290, "Invoice #:", 240, "88070")
    s.field(70, 360, "Model / size:", 640, "40 gal electric 4500W 240V")
    s.field(70, 430, "Serial #:", 420, "BT2609-114873")
    s.field(70, 500, "Installed:", 260, "10/09/26")
    s.field(560, 500, "Failed:", 260, "11/03/26")
    s.field(70, 570, "Qty:", 120, "1")
    s.label(70, 650, "Problem found:")
    s.hand(90, 700, "no hot water. lower element + lower")
    s.hand(90, 755, "thermostat dead, upper OK. 240V at")
    s.hand(90, 810, "the block. tank not leaking.")
    for y in (740, 795, 850):
        s.line(70, y, 1200, y, width=1)
    s.field(70, 900, "Homeowner / site:", 600, "M. Ramos  361-555-0148")
    s.label(70, 970, "Unit is:")
    s.box(190, 970, 220, 1000)
    s.check(192, 970)
    s.label(230, 970, "removed and tagged")
    s.box(520, 970, 550, 1000)
    s.label(560, 970, "still installed")
    s.field(70, 1050, "Filled in by:", 420, "Hector D.")
    s.field(700, 1050, "Date:", 260, "11/4/26")
    s.label(
        70,
        1500,
        "Manufacturer warranty is handled through Lakeshore. Do not ship units back",
        small=True,
    )
    s.label(70, 1530, "without an RMA number.", small=True)
    s.label(900, 1560, "LPS-F21 rev 1/25", small=True)
    return s.photo(2.1)


def y09():
    when = at("2026-11-05 11:05", "CT")
    body = para("""
        Hi Nadia,

        Warranty form for one of the 40 gal electric heaters from our PO 40917 is attached, Hector filled it out at the job. The homeowner's number is on the form if the factory wants to call.

        Thank you,
        Rosa

        Sent from my iPhone
        """)
    return iphone(
        "y09",
        ROSA,
        "Warranty - 40 gal electric PO 40917",
        when,
        body,
        photo=("IMG_4502.jpeg", warranty_form_photo()),
    )


def y10():
    when = at("2026-11-06 09:30", "CT")
    sent = at("2026-11-05 16:12", "CT")
    note = para("""
        Hi Nadia,

        Sorry, I know this is the claims mailbox, but Javier is out this week and the order desk line was busy all morning. Can the order below come Tuesday 11/10 instead of Thursday? Hector needs the heaters for the Ocean Dr job Wednesday morning.

        Also, thank you for the credit on the 2 PRVs that were short on 40962. That one is closed on our side.

        Rosa
        """)
    ack = para(f"""
        Begin forwarded message:

        From: Lakeshore Order Entry <orders@lakeshorepipe.example>
        Subject: Order Acknowledgement SO-104252 / your PO 41003
        Date: {sent:%B} {sent.day}, {sent.year} at {clock(sent)} CST
        To: Rosa Delgado <rosa@delgadoplumbing.com>

        Thank you for your order. Please check the lines below and reply to orders@lakeshorepipe.example with any changes.

        Order: SO-104252      Your PO: 41003      Order date: 11/05/2026
        Ship via: LPS truck   Promised: Thursday 11/12/2026

        """)
    headers = ["Line", "Item", "Description", "Qty", "Unit price", "Extension"]
    rows = [
        ["1", "WH-50G-NG", "50 gal natural gas water heater", "2", "612.00", "1,224.00"],
        ["2", "WH-EXP-2G", "2 gal thermal expansion tank", "2", "39.50", "79.00"],
        ["3", "VLV-0075-BV", '3/4" brass ball valve, sweat', "10", "9.60", "96.00"],
        ["4", "FTG-CU-E90-100", '1" wrot copper 90', "50", "3.05", "152.50"],
        ["", "", "", "", "Order total", "1,551.50"],
    ]
    tail = para("""

        Lakeshore Pipe & Supply | Order Entry | 361-555-0100
        """)
    return apple_mail(
        "y10",
        ROSA,
        "Fwd: Order Acknowledgement SO-104252 / your PO 41003",
        when,
        [("p", note + "\n" + SIG_ROSA + "\n"), ("p", ack), ("table", (headers, rows)), ("p", tail)],
    )


SUMMIT_PURCH_HDRS = [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Summit PurchasePoint")]


def summit_purchasing(key, subject, when, title, pairs, headers, rows, after):
    text = (
        "Summit HVAC Services - Purchasing\n"
        + title
        + "\n\n"
        + kv_text(pairs, 16)
        + "\n"
        + grid(headers, rows, gap=3)
        + "\n\n"
        + after
    )
    markup = (
        f'<h3 style="margin:0 0 2px 0">Summit HVAC Services - Purchasing</h3>'
        f'<div style="font-size:15px;margin-bottom:10px">{html.escape(title)}</div>'
        f"{kv_html(pairs)}<br>{html_table(headers, rows)}<br>{paras_html(after)}"
    )
    return system_mail(key, SH_PURCH, subject, when, text, markup, "gws", SUMMIT_PURCH_HDRS)


def y11():
    when = at("2026-11-09 08:25", "CT")
    pairs = [
        ("PO Number", "60377"),
        ("PO Date", "10/26/2026"),
        ("Vendor", "Lakeshore Pipe & Supply"),
        ("Ship Via", "ODFL   PRO OD0782290518"),
        ("Received", "11/02/2026 by Priya Nair"),
        ("Job", "Brookfield Clinic - Suite 200"),
    ]
    headers = ["Line", "Part #", "Description", "Ordered", "Received", "Exception", "Exc Qty"]
    headers += ["Unit Price", "Amount"]
    rows = [
        ["1", "SH-CT2424", "2x2 acoustic ceiling tile, ctn/16", "40", "40", "None", "0"]
        + ["47.50", "0.00"],
        ["2", "SH-RG1006W", "10x6 floor register, white", "30", "30", "Damaged", "6"]
        + ["5.80", "34.80"],
    ]
    after = para("""
        Exception notes (Priya Nair, 11/06): 6 registers bent at the damper, louvers won't close. The carton was crushed under the tile cartons on the ODFL pallet; found when the installer opened the box on 11/05. Photos on file.
        Requested action: Replace 6.

        Please reply to this email with a return authorization or a replacement ship date. Replies go to purchasing@summithvac.net.
        """)
    return summit_purchasing(
        "y11",
        "Receipt exception on PO 60377 - Lakeshore Pipe & Supply",
        when,
        "Receipt Exception Notice",
        pairs,
        headers,
        rows,
        after,
    )


def y12():
    when = at("2026-11-09 11:40", "ET")
    fired = at("2026-11-09 06:02", "ET")
    note = (
        para("""
        Nadia,

        See below from our AP system for your invoice INV-88133. Two things:

        The condensate pumps are billed above our PO price. Please send a credit memo for the difference.

        ODFL dropped 5 circulators against our PO for 4. The extra one is on our dock; please arrange a pickup, we are not paying for it.

        The other lines matched.

        """)
        + SIG_DANA
    )
    pre = para("""
        Invoice INV-88133 from LAKESHORE PIPE & SUPPLY (V-00412) could not be matched.

        Invoice date: 11/04/2026     Invoice total: $2,641.20
        PO: PO-77830                 Receipt: RCV-26-3071 (11/06/2026, ODFL)

        Ln  Item      Description                        PO Qty  Rcvd  Inv  PO Price  Inv Price  Match
        1   KM-88502  VALVE CHECK 3" SWING FLG CI        6       6     6    189.00    189.00     OK
        2   KM-40415  UNION 1-1/2" BLK MALL              40      40    40   10.80     10.80      OK
        3   KM-70311  PUMP CONDENSATE 115V W/SAFETY SW   8       8     8    61.50     64.90      PRICE VAR +3.40/ea (+27.20)
        4   KM-70520  CIRCULATOR 1/25HP CI 115V          4       5     4    139.00    139.00     QTY VAR (rcvd > PO by 1)

        Exceptions: 2    Payment hold: yes    Buyer: Dana Ruiz
        """)
    return outlook_desktop(
        "y12",
        DANA,
        "FW: Invoice exception - INV-88133 - 3-way match failed",
        when,
        [
            ("p", note),
            (
                "hdr",
                (
                    f"{APFLOW[0]} <{APFLOW[1]}>",
                    fired,
                    f"{DANA[0]} <{DANA[1]}>",
                    "Invoice exception - INV-88133 - 3-way match failed",
                    None,
                ),
            ),
            ("pre", pre),
        ],
    )


def y13():
    when = at("2026-11-10 07:55", "ET")
    csv_rows = [
        ["po", "line", "item", "description", "uom", "qty_ordered", "qty_received"]
        + ["qty_accepted", "exception", "note"],
        ["24519", "1", "BV-100FP", '1" full port ball valve thd', "EA", "24", "30", "24", "OVER"]
        + ["6 extra - boxed for pickup"],
        ["24519", "2", "PXC-050", '1/2" PEX crimp coupling bag/25', "BG", "10", "10", "7"]
        + ["WRONG", "3 bags have 3/4 couplings inside"],
        ["24519", "3", "PEX-075C", "3/4\" PEX-A 300' coil", "CL", "2", "2", "2", "", ""],
    ]
    data = csv_text(csv_rows).encode("ascii")
    body = para("""
        Nadia,

        Receiving file for PO 24519 (Hillcrest) is attached. Pasting the lines here too in case the attachment gets stripped:

        """)
    body += data.decode().replace("\r\n", "\n")
    body += "\n" + para("""
        So: 30 of the 1" ball valves came on a PO for 24, the 6 extra are boxed up for your driver. And 3 of the 10 bags of 1/2" crimp couplings have 3/4" couplings inside (the bag labels say 1/2). Please swap those 3 bags. The PEX coils are fine.

        Thanks,

        """)
    body += SIG_MIKE
    return gmail(
        "y13",
        MIKE,
        "PO 24519 receiving - overage + wrong couplings",
        when,
        [("p", body)],
        files=[("PO24519_receiving_2026-11-09.csv", "text/csv; charset=US-ASCII", data)],
    )


def y14():
    when = at("2026-11-11 09:10", "CT")
    body = (
        para("""
        Nadia,

        Pasting our PO receipt for 60418 (Riverside clinic):

        @@TABLE@@

        Two issues. We got 10 of the 12 Wi-Fi stats, 2 short. And 3 of the 10 cases of 16x25x1 are MERV 8; we ordered MERV 11 and the clinic spec is MERV 11, so we need the right ones. The MERV 8 cases are sealed and can go back. The basic stats are all here.

        Thanks,

        """)
        + SIG_RAJ
    )
    pre = para("""
        PO RECEIPT   PO# 60418   VENDOR: LAKESHORE PIPE & SUPPLY   RCVD 11/05/2026  BY: J.ORTIZ
        LN  PART#        DESCRIPTION                     ORD   RCVD   VAR   STATUS
         1  SH-TW7PRO    T-STAT 7DAY PROG WI-FI           12     10    -2   PARTIAL
         2  SH-TB24NP    T-STAT NON-PROG 24V              20     20     0   COMPLETE
         3  SH-F162511   FILTER 16X25X1 MERV11 CS/12      10     10     0   COMPLETE *
        * 3 CS RCVD ARE MERV 8 - NOT PER PO

        """)
    return outlook16("y14", RAJ, "PO 60418 - receipt discrepancies", when, body, pre)


def y15():
    when = at("2026-11-12 08:05", "CT")
    note = (
        para("""
        Nadia,

        Below is the work order Darnell opened when your truck dropped PO 70231 at Bayside on Monday. The pallet came off the truck soaked. It rained the whole way from your yard and the tarp had blown off the back, the shrink wrap was open at the top. We can't use the wet filters or the rusting registers. Please credit or replace them.

        """)
        + SIG_LUIS
    )
    pre = para("""
        WORK ORDER WO-26-5521
        Property: Bayside Commons (BC)        Unit/Area: Maintenance shop - storage cage
        Category: Vendor / Receiving          Priority: Normal
        Opened: 11/09/2026 2:40 PM by Darnell Brooks
        Description:
          Lakeshore delivery PO 70231 arrived wet, shrink wrap torn open at the top.
          - 16x25x1 MERV 11 filters: 10 of the 24 cases soaked, filters swollen, can't install
          - 10x6 white floor registers: 30 of the 60 rusting at the edges, boxes wet through
          - thermostats (10): in a plastic tote, dry, OK
        Labor: 0.5 hr (D. Brooks)
        Status: Waiting on vendor
        """)
    return outlook_desktop(
        "y15",
        LUIS,
        "WO-26-5521 - materials arrived wet - PO 70231",
        when,
        [("p", note), ("pre", "\n" + pre)],
    )


def y16():
    when = at("2026-11-12 14:20", "ET")
    pairs = [
        ("Discrepancy No", "RD-26-1243"),
        ("Purchase Order", "PO-77830"),
        ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
        ("Received", "11/06/2026 (ODFL, PRO OD0782301177)"),
        ("Logged", "11/12/2026 by T. Morales from field report"),
        ("Job", "2426 - Camp Hill School Mech Room"),
    ]
    headers = ["Ln", "Item No.", "Vendor Item", "Description", "Ordered", "Received"]
    headers += ["Accepted", "Rejected", "Code", "Unit Cost", "Rejected Value"]
    rows = [
        ["1", "KM-88502", "VLV-3100-CK", 'VALVE CHECK 3" SWING FLG CI', "6", "6", "5", "1", "DMG"]
        + ["189.00", "189.00"],
    ]
    after = para("""
        Rejected total: $189.00

        Inspector notes:
        Ln 1: inlet flange cracked through at one bolt hole. Found when the crate was opened in the Camp Hill mech room on 11/11. The crate had a forklift gouge at delivery but it was not noted on the delivery receipt.

        The other lines on this receipt have no discrepancy on this report.
        Requested disposition: replace 1. Vendor action required.
        """)
    return eprocure(
        "y16",
        "Receiving Discrepancy RD-26-1243 - PO-77830 - LAKESHORE PIPE & SUPPLY",
        when,
        "Receiving Discrepancy Report",
        pairs,
        headers,
        rows,
        after,
        cc=[TOM],
    )


DESK_HDRS = [("Auto-Submitted", "auto-generated"), ("X-Mailer", "TicketHub Mailer 7")]
TICKET_FOOT = (
    "This email is a service from Harbor Point Facilities Desk. "
    "[Ticket 4417] [Property: Bayside Commons] [Priority: Normal]"
)
T4417_DARNELL = para("""
    Vendor: Lakeshore Pipe & Supply - claims
    One of the 3 expansion tanks (2 gal) on PO 70288 came with a big dent in the shell next to the tank connection, looks like the pallet jack hit it, the box is punched in. Estes brought it Wednesday, PRO ES4410402981. Can't put a dented tank on a potable line. Need a replacement; we'll keep the dented one tagged in the shop until your driver picks it up. The 3 heaters are OK.
    """)
T4417_LUIS = para("""
    Darnell - please send the tank that came dented on the Estes load to Lakeshore's claims desk from this ticket so we have the record.
    """)


def ticket(key, subject, when, intro, comments):
    """A help-desk notification: reply line, the newest comment first, then the thread."""
    text = "##- Please type your reply above this line -##\n\n" + intro + "\n\n"
    markup = (
        '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
        f"<p>{html.escape(intro)}</p>"
    )
    for who, stamp, body in comments:
        text += "-" * 40 + f"\n{who}\n{stamp}\n\n{body}\n"
        markup += (
            '<table style="border-top:1px solid #ddd;width:100%;margin-top:12px"><tr><td>'
            f'<b>{html.escape(who)}</b><br><span style="color:#999">{html.escape(stamp)}</span>'
            f"{paras_html(body)}</td></tr></table>"
        )
    text += "\n" + "-" * 40 + "\n" + TICKET_FOOT + "\n"
    markup += f'<p style="color:#999;font-size:11px">{html.escape(TICKET_FOOT)}</p>'
    extra = [("Reply-To", addr(HP_DESK)), *DESK_HDRS]
    extra += [("X-Ticket-Id", "4417")]
    return system_mail(key, HP_DESK, subject, when, text, markup, "exo", extra)


def y17():
    when = at("2026-11-13 10:15", "CT")
    return ticket(
        "y17",
        "[Ticket #4417] Dented expansion tank - PO 70288 (Bldg C)",
        when,
        "Your request (#4417) has been updated. To add a comment, reply to this email.",
        [
            ("Darnell Brooks (Harbor Point Property Management)", "Nov 13, 2026, 10:14 CST")
            + (T4417_DARNELL,),
            ("Luis Ortega (Harbor Point Property Management)", "Nov 12, 2026, 16:02 CST")
            + (T4417_LUIS,),
        ],
    )


def y18():
    when = at("2026-11-13 12:30", "ET")
    pairs = [
        ("Invoice", "INV-88133 (11/04/2026)"),
        ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
        ("PO", "PO-77830"),
        ("Receipt", "RCV-26-3071 (11/06/2026)"),
        ("Days open", "4"),
        ("Payment hold", "yes"),
    ]
    headers = ["Ln", "Item", "Description", "PO Qty", "Rcvd", "Inv", "Exception", "Status"]
    rows = [
        ["3", "KM-70311", "PUMP CONDENSATE 115V W/SAFETY SW", "8", "8", "8", "PRICE VAR +3.40/ea"]
        + ["RESOLVED 11/10 - vendor credit pending"],
        ["4", "KM-70520", "CIRCULATOR 1/25HP CI 115V", "4", "5", "4", "QTY VAR (rcvd > PO by 1)"]
        + ["OPEN - awaiting vendor pickup"],
    ]
    after = para("""
        Vendor: please arrange pickup of the over-shipped unit on Ln 4, or send a return label to ap@keystonemech.com. Payment of this invoice stays on hold until every exception is resolved.

        This is an automated reminder from KMC AP Workflow. Buyer: Dana Ruiz, 717-555-0160.
        """)
    text = (
        "REMINDER: open invoice exception\n\n"
        + kv_text(pairs, 14)
        + "\n"
        + grid(headers, rows)
        + "\n\n"
        + after
    )
    markup = (
        "<h3>REMINDER: open invoice exception</h3>"
        f"{kv_html(pairs)}<br>{html_table(headers, rows)}<br>{paras_html(after)}"
    )
    extra = [("Auto-Submitted", "auto-generated"), ("X-Mailer", "KMC AP Workflow 2.8")]
    return system_mail(
        "y18",
        APFLOW,
        "REMINDER: Open invoice exception - INV-88133 (1 of 2 unresolved)",
        when,
        text,
        markup,
        "ses",
        extra,
        cc=[DANA],
    )


def warranty_claim_pdf(when):
    return pdf_doc(
        when,
        "KMC eProcure 4.2",
        "Warranty Claim WC-26-0088",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("h2", "VENDOR WARRANTY CLAIM  WC-26-0088"),
            (
                "kv",
                [
                    ("Claim date", "11/16/2026"),
                    ("Vendor", "LAKESHORE PIPE & SUPPLY (V-00412)"),
                    ("Purchase order", "PO-77812"),
                    ("Vendor order", "SO-104233 (2 shipments)"),
                    ("Delivered", "11/06/2026, Estes ES4410391264"),
                    ("Job", "2431 - Mechanicsburg Apts Ph 1"),
                    ("Contact", "Tom Morales, 717-555-0148"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [62, 170, 46, 52, 52, 56, 60],
                    ["Item", "Description", "Lot", "Installed", "Failed", "Unit cost", "Value"],
                    [["KM-88340", '3/4" PRV 25-75 psi', "L2608", "12", "2", "91.40", "182.80"]],
                ),
            ),
            ("gap", 10),
            ("h2", "Failure description"),
            (
                "text",
                "Both valves set at 60 psi at the unit risers (units 104 and 211). Outlet pressure "
                "creeps to inlet (about 95 psi) overnight with no flow. Strainer screens cleaned, "
                "no change. Units removed and tagged. The other 10 from lot L2608 are holding.",
            ),
            ("gap", 6),
            ("h2", "Requested"),
            ("text", "Replace 2. Failed units to be returned for inspection on your RMA."),
        ],
    )


def y19():
    when = at("2026-11-16 08:30", "ET")
    body = (
        para("""
        Nadia,

        Per the attached warranty claim. Both are from lot L2608.

        """)
        + SIG_TOM
    )
    return outlook_desktop(
        "y19",
        TOM,
        "Warranty claim WC-26-0088 - PRVs, PO-77812",
        when,
        [("p", body)],
        files=[("WC-26-0088.pdf", "application/pdf", warranty_claim_pdf(when))],
    )


def y20():
    when = at("2026-11-16 13:45", "ET")
    intro = para("""
        Hi Nadia,

        Rows from our receiving log for PO 24530, R+L delivered it Thursday at Fenwick (PRO RL123512650). We're short 8 of the 1" ball valves: the pallet had 4 cartons of 10 and no loose ones, the packing list says 48. Please ship the 8 or credit them. Everything else on the order checks out.

        """)
    headers = [
        "Date",
        "PO",
        "Vendor",
        "Item",
        "Qty Ord",
        "Qty Rcvd",
        "Short",
        "Unit $",
        "Ext Rcvd $",
    ]
    rows = [
        ["11/12/26", "24530", "Lakeshore", '1" FP ball valve thd', "48", "40", "8", "16.20"]
        + ["648.00"],
        ["11/12/26", "24530", "Lakeshore", '1" wrot 90 CxC', "250", "250", "0", "2.90", "725.00"],
        ["11/12/26", "24530", "Lakeshore", '3/4" PRV 25-75', "4", "4", "0", "92.80", "371.20"],
        ["", "", "", "Total", "302", "294", "8", "", "1,744.20"],
    ]
    tail = "\nThanks,\nKaren\n\n" + SIG_KAREN
    return gmail(
        "y20",
        KAREN,
        'PO 24530 Fenwick - 1" ball valves short',
        when,
        [("p", intro), ("excel", (headers, rows)), ("p", tail)],
    )


def vendor_claim_pdf(when):
    rows = [
        [
            "1",
            "SH-CP115S",
            "Condensate pump 115V w/ safety sw",
            "2",
            "DEFECTIVE",
            "59.80",
            "119.60",
        ],
        ["2", "SH-TB24NP", "T-stat non-prog 24V", "2", "OVERSHIPPED", "-", "0.00"],
        ["3", "SH-TB24NP", "T-stat non-prog 24V", "12", "PRICE", "2.15", "25.80"],
    ]
    return pdf_doc(
        when,
        "Summit PurchasePoint",
        "Vendor Claim VC-3319",
        [
            ("h1", "SUMMIT HVAC SERVICES"),
            ("text", "4700 S Memorial Dr, Tulsa, OK 74145 - Accounts Payable 918-555-0145"),
            ("gap", 6),
            ("h2", "VENDOR CLAIM  VC-3319"),
            (
                "kv",
                [
                    ("Claim date", "11/17/2026"),
                    ("Vendor", "Lakeshore Pipe & Supply (V-1187)"),
                    ("PO", "60455"),
                    ("Invoice", "INV-88184 (11/10/2026)"),
                    ("Delivered", "11/12/2026 UPS"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [24, 64, 170, 30, 76, 46, 56],
                    ["Ln", "Part #", "Description", "Qty", "Reason", "Unit", "Amount"],
                    rows,
                ),
            ),
            ("gap", 6),
            ("text", "Claim total: $145.40"),
            ("gap", 8),
            ("h2", "Details"),
            (
                "text",
                "Ln 1: float stuck, pump will not start; both bench tested 11/16 with water "
                "(M. Bell). Replace 2.\n"
                "Ln 2: received 14, PO and invoice 12. The 2 extra are boxed at our shop for "
                "pickup; do not bill.\n"
                "Ln 3: invoiced at $28.90 each; our 2026 price agreement is $26.75. Please "
                "credit $2.15 x 12.",
            ),
        ],
    )


def y21():
    when = at("2026-11-17 10:30", "CT")
    body = (
        para("""
        Hi Nadia,

        Please see the attached vendor claim for PO 60455 / INV-88184. Marcus has the pumps and the extra stats boxed at the shop.

        Thanks,
        """)
        + SIG_LINDA
    )
    return gmail(
        "y21",
        LINDA,
        "Vendor claim VC-3319 - PO 60455",
        when,
        [("p", body)],
        files=[("VC-3319.pdf", "application/pdf", vendor_claim_pdf(when))],
    )


def y22():
    when = at("2026-11-18 15:40", "CT")
    pairs = [
        ("Supplier", "Lakeshore Pipe & Supply"),
        ("Supplier order #", "SO-104244"),
        ("Customer PO #", "60455"),
        ("Delivered", "11/12/2026 (UPS)"),
        ("Logged by", "Jaime Ortiz, Service Technician"),
        ("Logged", "Nov 18, 2026 3:38 PM"),
    ]
    note = (
        "Found 2 more cases of 16x25x1 MERV 11 on the van shelf from this order. Count is 22 "
        "cases, PO is 20. Not billed to us. Please pick up the 2 extra cases at the shop."
    )
    items = [
        ["Condensate pump 115V w/ safety switch", "10", "10", "2 on vendor claim VC-3319"],
        ["Thermostat non-prog 24V", "12", "14", "see VC-3319"],
        ["Filter 16x25x1 MERV 11 cs/12", "20", "22", ""],
    ]
    headers = ["Item", "Ordered", "Received", "Note"]
    foot = (
        "Reply to this email to respond to Jaime directly. You are receiving this because "
        "Summit HVAC Services lists you as a supplier contact in CrewLink."
    )
    text = (
        "Summit HVAC Services shared a receiving note with you.\n\n"
        + kv_text(pairs, 17)
        + "\nNote:\n"
        + note
        + "\n\nItems on this order:\n"
        + grid(headers, items)
        + "\n\n"
        + foot
        + "\n"
    )
    markup = (
        '<div style="max-width:600px;margin:auto;border:1px solid #e3e3e3;padding:16px">'
        '<div style="font-size:18px;color:#0b6e4f"><b>CrewLink</b></div>'
        "<p>Summit HVAC Services shared a receiving note with you.</p>"
        f"{kv_html(pairs)}"
        f'<div style="background:#f4f7f6;padding:10px;margin:12px 0">{html.escape(note)}</div>'
        f"<p><b>Items on this order</b></p>{html_table(headers, items)}"
        f'<p style="color:#888;font-size:11px">{html.escape(foot)}</p></div>'
    )
    extra = [
        ("Reply-To", "Jaime Ortiz <jortiz@summithvac.net>"),
        ("X-Mailer", "CrewLink Notifications"),
        ("List-Unsubscribe", "<https://app.crewlink.example/u/" + tok("unsub", "y22") + ">"),
    ]
    return system_mail(
        "y22",
        CREWLINK,
        "Summit HVAC Services: receiving note on supplier order SO-104244",
        when,
        text,
        markup,
        "app",
        extra,
    )


def y23():
    when = at("2026-11-19 09:00", "CT")
    note = (
        para("""
        Nadia,

        Our accounting system flagged PO 70296, copy of the receipt below. Two things:

        1) We're sending back 10 of the 40 floor registers. Bayside C only needed 30, we over-ordered. They're still boxed.
        2) The 6 thermostats on our PO didn't come. Marcy says they were on the PO we sent you. Please ship them or tell me what happened.

        The ball valves are fine.

        """)
        + SIG_LUIS
    )
    pre = para("""
        PropLedger | Purchase Order Receipt
        PO: 70296                 Vendor: LAKESHORE PIPE & SUPPLY (VEN-0088)
        Property: Bayside Commons GL: 6420 Repairs - HVAC
        Receipt date: 11/16/2026  Received by: D. Brooks

        Line  Description                       Ordered  Received  Open  Unit    Amount
        1     Floor register 10x6 steel white   40       40        0     5.60    224.00
        2     Ball valve 3/4" sweat FP          12       12        0     10.40   124.80
        3     Thermostat non-programmable 24V   6        0         6     29.50   0.00
                                                          Receipt total:  348.80
        Variance: Line 3 not received.
        Return to vendor: Line 1 qty 10 (RTV pending)
        """)
    return outlook_desktop(
        "y23",
        LUIS,
        "PO 70296 - receipt variance / returning 10 registers",
        when,
        [("p", note), ("pre", "\n" + pre)],
    )


def y24():
    when = at("2026-11-19 16:30", "CT")
    return ticket(
        "y24",
        "[Ticket #4417] Dented expansion tank - PO 70288 (Bldg C) - Solved",
        when,
        "Your request (#4417) has been solved. Reply to this email within 7 days to reopen it.",
        [
            (
                "Luis Ortega (Harbor Point Property Management)",
                "Nov 19, 2026, 16:28 CST",
                para("""
                    Lakeshore's driver picked up the dented tank on their RMA on 11/17 and their credit is on the way. We took a tank from the counter in the meantime and it's installed in Bldg C. Closing this ticket. Nothing else needed from the vendor.
                    """),
            ),
            ("Darnell Brooks (Harbor Point Property Management)", "Nov 13, 2026, 10:14 CST")
            + (T4417_DARNELL,),
            ("Luis Ortega (Harbor Point Property Management)", "Nov 12, 2026, 16:02 CST")
            + (T4417_LUIS,),
        ],
    )


def y25():
    when = at("2026-11-20 07:35", "ET")
    rows = [
        ["count_date", "bin", "item_no", "vendor_item", "description", "uom", "system_qty"]
        + ["counted_qty", "variance", "note"],
        ["2026-11-19", "C14", "KM-71450", "FTG-PEX-CPL-050", "CPLG PEX CRIMP 1/2 BRS BAG/25"]
        + ["BG", "20", "16", "-4", "4 bags have 3/4 inside - PO-77731"],
        ["2026-11-19", "C14", "KM-71475", "", "CPLG PEX CRIMP 3/4 BRS BAG/25", "BG", "0", "4"]
        + ["4", "found in the 1/2 bags - not ours"],
        ["2026-11-19", "C15", "KM-88107", "VLV-1005-BV", "VALVE BALL 1 FP BRS THD", "EA", "20"]
        + ["20", "0", ""],
    ]
    data = csv_text(rows).encode("ascii")
    body = (
        para("""
        Nadia,

        Our cycle count this week turned up a problem with PO-77731 (delivered 10/16). 4 of the 20 bags of 1/2" PEX crimp couplings have 3/4" couplings inside; the bag labels say 1/2". Count file attached.

        We need 4 bags of the 1/2" and a pickup for the 3/4". The ball valves on that PO were handled on RR-26-0412, they count right.

        """)
        + SIG_RAY
    )
    return outlook_desktop(
        "y25",
        RAY,
        "Cycle count variance - PO-77731 crimp couplings",
        when,
        [("p", body)],
        files=[("cyclecount_2026-11-19_C14-C15.csv", "text/csv", data)],
    )


def y26():
    when = at("2026-11-23 07:10", "CT")
    pairs = [
        ("Payer", "Summit HVAC Services, Tulsa OK"),
        ("Payee", "Lakeshore Pipe & Supply (vendor V-1187)"),
        ("Payment", "ACH 0004471"),
        ("Payment date", "11/23/2026"),
        ("Amount", "$4,332.20"),
    ]
    headers = ["Invoice", "Invoice date", "PO", "Gross", "Deduction", "Net paid", "Memo"]
    rows = [
        ["INV-88109", "10/30/2026", "60377", "2,074.00", "34.80", "2,039.20"]
        + ["less your CM-31022 (6 registers)"],
        ["INV-88152", "11/05/2026", "60418", "2,557.00", "264.00", "2,293.00"]
        + ["less your CM-31038 (2 Wi-Fi stats)"],
        ["", "", "", "4,631.00", "298.80", "4,332.20", "Total"],
    ]
    foot = para("""
        Deductions are taken only against credit memos you have issued. INV-88184 is not included in this payment; it is on hold for vendor claim VC-3319.

        Questions about this payment: ap@summithvac.net, 918-555-0145. This remittance advice was sent by PayRoute on behalf of Summit HVAC Services. Do not reply to this address.
        """)
    text = (
        "Summit HVAC Services has sent you a payment.\n\n"
        + kv_text(pairs, 14)
        + "\n"
        + grid(headers, rows, right=(3, 4, 5))
        + "\n\n"
        + foot
    )
    markup = (
        '<div style="font-size:17px"><b>Summit HVAC Services has sent you a payment.</b></div><br>'
        f"{kv_html(pairs)}<br>{html_table(headers, rows)}<br>{paras_html(foot)}"
    )
    extra = [("X-Mailer", "PayRoute Remit 5"), ("Auto-Submitted", "auto-generated")]
    return system_mail(
        "y26",
        PAYROUTE,
        "Remittance advice - ACH 0004471 - Summit HVAC Services",
        when,
        text,
        markup,
        "pay",
        extra,
    )


def y27():
    when = at("2026-11-23 10:50", "CT")
    pairs = [
        ("RTV No", "RTV-60418-1"),
        ("Original PO", "60418 (received 11/05/2026)"),
        ("Vendor", "Lakeshore Pipe & Supply"),
        ("Reason code", "EXC - Excess / not needed"),
        ("Requested by", "Raj Patel"),
        ("Approved by", "Linda Chu"),
        ("Pickup", "4700 S Memorial Dr, Tulsa OK 74145 - shop door 2"),
    ]
    headers = ["Line", "Part #", "Description", "Rcvd", "Return Qty", "Unit Price", "Ext"]
    rows = [["2", "SH-TB24NP", "T-stat non-prog 24V", "20", "5", "28.90", "144.50"]]
    after = para("""
        Return total (before any restocking fee): $144.50

        Notes: The Riverside clinic change order deleted 5 zones. Units are unopened in the original cartons. We understand a restocking fee may apply.

        Please reply with your RMA number and a pickup date. Replies go to purchasing@summithvac.net.
        """)
    return summit_purchasing(
        "y27",
        "Return to Vendor RTV-60418-1 - Lakeshore Pipe & Supply",
        when,
        "Return to Vendor Request",
        pairs,
        headers,
        rows,
        after,
    )


def y28():
    when = at("2026-11-24 08:40", "CT")
    note = (
        para("""
        Nadia,

        Summit HVAC put in 10 of your non-programmable thermostats in Bayside building B for us last week under their service contract, and 2 of them are already dead: blank display, 24V at the terminals. Summit says the stats came from you on your order SO-104238 and told me to go to you directly for the warranty, since we paid for the material on their invoice. The lines from Summit's invoice to us are below.

        Can you replace the 2? Darnell can drop them at your counter.

        """)
        + SIG_LUIS
    )
    pre = para("""
        SUMMIT HVAC SERVICES - INVOICE 26-11872          11/20/2026
        Bill to: Harbor Point Property Management
        Job: Bayside Bldg B - thermostat replacement
        Item                                              Qty     Unit     Amount
        Thermostat, non-prog 24V (Lakeshore SO-104238)    10      44.00    440.00
        Labor - install / program stats                   6.0 hr  95.00    570.00
                                                          Total            1,010.00
        """)
    return outlook_desktop(
        "y28",
        LUIS,
        "2 dead thermostats - Bayside B - your SO-104238",
        when,
        [("p", note), ("pre", "\n" + pre)],
    )


def y29():
    when = at("2026-11-24 13:00", "ET")
    pairs = [
        ("Vendor", "Lakeshore Pipe & Supply"),
        ("Job", "Hillcrest (24-131)"),
        ("Closed by", "Mike O'Brien on 11/24/2026"),
        ("Invoice", "INV-88141 matched"),
    ]
    headers = ["Line", "Item", "Ordered", "Received", "Returned", "Net", "Status"]
    rows = [
        ["1", '1" full port ball valve thd', "24", "30", "6", "24"]
        + ["Closed - overage returned (RMA-80417)"],
        ["2", '1/2" PEX crimp coupling bag/25', "10", "10", "3 (exchanged)", "10"]
        + ["Closed - 3 bags exchanged"],
        ["3", "3/4\" PEX-A 300' coil", "2", "2", "0", "2", "Closed"],
    ]
    after = "Open variance: $0.00\nThis is an automated notice. No reply is needed.\n"
    text = "Purchase order 24519 has been closed.\n\n" + kv_text(pairs, 10)
    text += "\n" + grid(headers, rows) + "\n\n" + after
    markup = (
        "<p><b>Purchase order 24519 has been closed.</b></p>"
        f"{kv_html(pairs)}<br>{html_table(headers, rows)}<br>{paras_html(after)}"
    )
    extra = [("Auto-Submitted", "auto-generated"), ("X-Mailer", "FieldBooks Purchasing")]
    return system_mail(
        "y29",
        RB_PURCH,
        "PO 24519 closed - Lakeshore Pipe & Supply",
        when,
        text,
        markup,
        "gws",
        extra,
    )


def y30():
    when = at("2026-11-25 08:15", "ET")
    note = (
        para("""
        Nadia,

        Service pulled 2 of the 1/25 HP circulators we bought on PO-76115 last October for Eastgate Elementary. The ticket from our service system is below. Can these go back under warranty?

        """)
        + SIG_TOM
    )
    pre = para("""
        KMC SERVICE - TICKET SV-26-10488
        Customer:   Eastgate Elementary School (Cumberland Valley SD)
        Site phone: Bill Hager 717-555-0112
        Equipment:  Boiler loop circulators P-3, P-4
        Problem:    P-3 will not start (capacitor OK, shaft locked).
                    P-4 bearing noise, trips on thermal.
        Parts:      Circulator 1/25 HP cast iron 115V (Lakeshore, PO-76115,
                    installed 10/2025) x2 - REMOVED, tagged
        Tech:       J. Alvarez        Date: 11/24/2026
        Resolution: Replaced from truck stock; warranty claim to vendor.
        """)
    return outlook_desktop(
        "y30",
        TOM,
        "Failed circulators - Eastgate - PO-76115",
        when,
        [("p", note), ("pre", "\n" + pre)],
    )


def y31():
    when = at("2026-11-25 10:20", "ET")
    rows = [
        ["Report", "Excess Stock - Q4 review"],
        ["Location", "Shop - Charleston"],
        [],
        ["Vendor", "PO", "Item", "Description", "Qty", "Unit Cost", "Ext", "Action"],
        ["Lakeshore Pipe & Supply", "24388", "U-112B", "1-1/2 blk mall union", "30", "9.90"]
        + ["297.00", "Return to vendor"],
        ["Tri-State Plumbing Supply", "24402", "CU-075L", "3/4 type L copper 20'", "6", "38.10"]
        + ["228.60", "Hold"],
        ["Tri-State Plumbing Supply", "24402", "FL-075", "3/4 flare adapter", "40", "1.85", "74.00"]
        + ["Scrap"],
    ]
    data = csv_text(rows).encode("ascii")
    body = (
        para("""
        Hi Nadia,

        Our quarterly excess stock report is attached. The only line on it from you is the 1-1/2" black unions from PO 24388. Fenwick went grooved so we won't use them. We'd like to send them back, 30 pcs. Restock fee is ok.

        Thanks,
        """)
        + SIG_WES
    )
    return gmail(
        "y31",
        WES,
        "Excess stock return - unions PO 24388",
        when,
        [("p", body)],
        files=[("Excess_Stock_Q4_Charleston.csv", "text/csv; charset=US-ASCII", data)],
    )


def y32():
    when = at("2026-11-30 09:20", "CT")
    body = para("""
        Hi Nadia,

        Two of the 3/4" sweat ball valves from our PO 40918 are leaking at the stem. Hector tightened the packing nut and they still weep. They went in at the Ocean Dr duplex about three weeks ago.

        Can you replace the 2 under warranty? Hector can bring them to the counter.

        Thank you,
        Rosa

        """)
    return apple_mail(
        "y32", ROSA, "Warranty - 2 ball valves 3/4 - PO 40918", when, [("p", body + SIG_ROSA)]
    )


def y33():
    when = at("2026-11-30 14:45", "CT")
    body = para("""
        Nadia this is Tony at Delgado. We have 4 sticks of the 1" type L copper 20ft left over from PO 40962, the Alvarez house is done. Can we send them back for credit? Clean, never cut.

        Tony Delgado
        361-555-0196

        Sent from my iPhone
        """)
    return iphone("y33", TONY, "return copper 40962", when, body)


def y34():
    when = at("2026-12-01 09:30", "ET")
    intro = para("""
        Hi Nadia,

        Our year-end price audit flagged one line (rows from the audit sheet below). On INV-88061 / PO 24388 you billed the 3" flanged swing checks at $198.00; our 2026 price agreement has them at $185.00. 4 valves, $52.00. Could you credit the difference? The other lines on the audit are fine.

        """)
    headers = ["Invoice", "Inv Date", "PO", "Item", "Qty", "Billed", "Agreed", "Var/ea"]
    headers += ["Var Total", "Flag"]
    rows = [
        ["INV-88061", "10/01/26", "24388", '3" flg swing check', "4", "198.00", "185.00", "13.00"]
        + ["52.00", "Y"],
        ["INV-88061", "10/01/26", "24388", '1-1/2" blk union', "30", "9.90", "9.90", "0.00"]
        + ["0.00", ""],
        ["INV-88110", "10/29/26", "24460", '2" PVC tee', "100", "2.10", "2.10", "0.00", "0.00", ""],
        ["INV-88110", "10/29/26", "24460", "1\" type L copper 20'", "10", "73.50", "73.50", "0.00"]
        + ["0.00", ""],
    ]
    tail = "\nThanks,\nKaren\n\n" + SIG_KAREN
    return gmail(
        "y34",
        KAREN,
        "Price audit - INV-88061 check valves",
        when,
        [("p", intro), ("sheets", (headers, rows)), ("p", tail)],
    )


def y35():
    when = at("2026-12-02 11:10", "CT")
    body = para("""
        Nadia, from our item receipt for PO 40988 (will call 11/6):

        Item Receipt - Lakeshore Pipe & Supply - Ref 40988 - 11/06/2026
        Pipe:Black 2" Sch40      120 ft   7.35    882.00
        Fittings:Union 1-1/2 blk   12     11.90   142.80
        Valves:BV 1" FP            10     16.90   169.00
        Total                                   1,193.80

        We have 40 ft of the 2" black left, 2 pieces of 20 ft, never threaded. Can we send it back for credit? The unions and valves we used.

        Tony

        Sent from my iPhone
        """)
    return iphone("y35", TONY, "return black pipe - PO 40988", when, body)


def settled_dm_pdf(when):
    return pdf_doc(
        when,
        "PropLedger AP",
        "Debit Memo DM-HP-1147",
        [
            ("h1", "HARBOR POINT PROPERTY MANAGEMENT"),
            ("text", "600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401"),
            ("gap", 6),
            ("h2", "DEBIT MEMO  DM-HP-1147          STATUS: CLOSED - SETTLED"),
            (
                "kv",
                [
                    ("Vendor", "LAKESHORE PIPE & SUPPLY (VEN-0088)"),
                    ("Memo date", "11/16/2026"),
                    ("PO / Invoice", "70288 / INV-88171"),
                    ("Carrier", "Estes, PRO ES4410402981"),
                    ("Property", "Bayside Commons"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [30, 230, 70, 40, 60, 60],
                    ["Ln", "Description", "Reason", "Qty", "Unit", "Amount"],
                    [["1", "2 gal thermal expansion tank", "Damaged", "1", "42.50", "42.50"]],
                ),
            ),
            ("gap", 10),
            ("h2", "Settlement"),
            (
                "table",
                (
                    [90, 160, 90, 90],
                    ["Date", "Applied", "Amount", "Balance"],
                    [
                        ["11/16/2026", "Debit memo opened", "42.50", "42.50"],
                        ["11/30/2026", "Vendor credit CM-31140", "-42.50", "0.00"],
                    ],
                ),
            ),
            ("gap", 8),
            ("text", "Closed 11/30/2026 by G. Kim. No further action."),
        ],
    )


def y36():
    when = at("2026-12-03 10:00", "CT")
    body = (
        para("""
        Hello,

        Our AP system sends the vendor a copy when a debit memo is closed. DM-HP-1147 (the dented expansion tank on PO 70288) was settled against your credit memo CM-31140 on 11/30. The closed memo is attached for your file.

        Nothing is needed from you.

        Thank you,

        """)
        + SIG_GRACE
    )
    return outlook_desktop(
        "y36",
        GRACE,
        "Debit memo DM-HP-1147 closed - PO 70288",
        when,
        [("p", body)],
        files=[("DM-HP-1147_closed.pdf", "application/pdf", settled_dm_pdf(when))],
    )


def y37():
    when = at("2026-12-04 09:45", "CT")
    intro = para("""
        Hi Nadia,

        I know you're claims, but AR isn't answering. Your 11/30 statement (rows below, with our books in the last column) still shows INV-88112 open. We paid it with check 5530 on 11/20, $1,571.40: the invoice less your credit CM-31077 for the 2 PRVs that were short. Can you have AR apply the check? Everything else matches.

        """)
    headers = ["Date", "Ref", "Description", "Charges", "Credits", "Balance", "Our books"]
    rows = [
        ["10/29/26", "INV-88112", "PO 40962", "1,759.40", "", "1,759.40", "Paid ck 5530 11/20"],
        ["11/03/26", "CM-31077", "PRV short x2 (PO 40962)", "", "188.00", "1,571.40", "Applied"],
        ["11/06/26", "INV-88165", "PO 40988 will call", "1,193.80", "", "2,765.20"]
        + ["Paid ck 5518 11/16"],
        ["11/16/26", "PMT", "Check 5518", "", "1,193.80", "1,571.40", ""],
    ]
    tail = "\nThank you,\n\n" + SIG_ROSA
    return apple_mail(
        "y37",
        ROSA,
        "Statement 11/30 - our payment not showing",
        when,
        [("p", intro), ("table", (headers, rows)), ("p", tail)],
    )


def y38():
    """The portal form, laid out the way the portal writes it."""
    note = (
        "Both boxes say 2 gal thermal expansion tank but the tanks inside are 4.4 gal (ETX-30 "
        "on the label). They don't fit the closet at the Ocean Dr duplex. Still in the boxes. "
        "Tony 361-555-0196"
    )
    line = {"sku": "WH-EXP-2G", "quantity": 2, "reason": "WRONG_ITEM"}
    text = (
        "{\n"
        '  "order_number": "SO-104216",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def y39():
    """A receiving-exceptions export uploaded as text, CRLF line ends."""
    head = (
        "# RCV_EXCEPTIONS export 2026-12-18 16:02\r\n# site: Cresthaven pump house (job 24-109)\r\n"
    )
    rows = [
        ["vendor", "vendor_order", "cust_po", "line", "item", "description", "qty_shipped"]
        + ["qty_received", "qty_exception", "exception", "notes"],
        ["Lakeshore Pipe & Supply", "SO-104222", "24415", "1", "RPZ-3", '3" RPZ backflow assembly']
        + ["1", "1", "1", "DAMAGED"]
        + [
            "relief valve housing cracked - found when the crate was opened 12/17; forklift hole in crate"
        ],
        ["Lakeshore Pipe & Supply", "SO-104222", "24415", "2", "CK-3FS", '3" flanged swing check']
        + ["2", "2", "0", "", "1 exchanged (wafer) - closed"],
    ]
    return (head + csv_text(rows)).encode("ascii")


def y40():
    """A shop's receiving log typed up and uploaded, LF line ends."""
    text = para("""
        RECEIVING LOG - SHOP 2
        PO 3318   vendor: LAKESHORE PIPE   rcvd 11/24
        ---------------------------------------------------------------
        item                                   ord   rcvd   diff
        WH-EXP-2G    2 gal thermal exp tank      4      3     -1   SHORT
        VLV-0075-BV  3/4 ball valve sweat       12     12      0
        TST-2100-NP  tstat non-prog 24v          6      6      0
        ---------------------------------------------------------------
        1 tank short. pls send or credit.
        """)
    return text.encode("ascii")


BUILD = {
    "y01-keystone-eprocure-return-request-km88107.eml": y01,
    "y02-keystone-receiving-inspection-stats-filters.eml": y02,
    "y03-riverbend-karen-pasted-rows-wafer-check.eml": y03,
    "y04-keystone-eprocure-new-po-77901.eml": y04,
    "y05-delgado-rosa-packing-slip-photo-prv-short.eml": y05,
    "y06-keystone-dana-debit-memo-pdf-copper.eml": y06,
    "y07-riverbend-alyssa-damage-form-photo-tees.eml": y07,
    "y08-riverbend-mike-inventory-rows-check-back.eml": y08,
    "y09-delgado-rosa-warranty-form-photo-electric.eml": y09,
    "y10-delgado-rosa-order-ack-delivery-day.eml": y10,
    "y11-summit-purchasing-receipt-exception-registers.eml": y11,
    "y12-keystone-ap-three-way-match-pumps-circ.eml": y12,
    "y13-riverbend-mike-csv-rows-valves-couplings.eml": y13,
    "y14-summit-raj-po-receipt-stats-merv8.eml": y14,
    "y15-harbor-work-order-wet-pallet-filters-registers.eml": y15,
    "y16-keystone-eprocure-late-discrepancy-check-valve.eml": y16,
    "y17-harbor-helpdesk-ticket-dented-exp-tank.eml": y17,
    "y18-keystone-ap-reminder-open-circ-variance.eml": y18,
    "y19-keystone-tom-warranty-claim-pdf-prv-lot.eml": y19,
    "y20-riverbend-karen-receiving-log-ball-valves-short.eml": y20,
    "y21-summit-linda-vendor-claim-pdf-pumps-stats.eml": y21,
    "y22-summit-field-app-receipt-extra-filters.eml": y22,
    "y23-harbor-luis-po-receipt-registers-back-stats-missing.eml": y23,
    "y24-harbor-helpdesk-ticket-resolved-tank.eml": y24,
    "y25-keystone-ray-cycle-count-csv-crimp-couplings.eml": y25,
    "y26-summit-ap-remittance-advice-ach.eml": y26,
    "y27-summit-purchasing-rtv-basic-stats.eml": y27,
    "y28-harbor-luis-summit-invoice-stats-their-order.eml": y28,
    "y29-riverbend-po-24519-closed-notice.eml": y29,
    "y30-keystone-tom-service-ticket-circulators.eml": y30,
    "y31-riverbend-wes-excess-stock-csv-unions.eml": y31,
    "y32-delgado-rosa-po-typo-ball-valves-leaking.eml": y32,
    "y33-delgado-tony-phone-copper-sticks-back.eml": y33,
    "y34-riverbend-karen-price-audit-rows-check-valves.eml": y34,
    "y35-delgado-tony-item-receipt-black-pipe-back.eml": y35,
    "y36-harbor-grace-debit-memo-settled-pdf.eml": y36,
    "y37-delgado-rosa-statement-reconciliation.eml": y37,
    "y38-portal-expansion-tanks-wrong-size.json": y38,
    "y39-upload-receiving-exceptions-csv-rpz.txt": y39,
    "y40-upload-shop-receiving-log-no-customer-tank-short.txt": y40,
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
