"""Write every request file of heldout76: numbers everywhere.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Tuesday 2026-10-27 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. The people who write paste what their
screens and paperwork show: PRO and tracking numbers, lots and serials, job, work-order,
ticket and PO numbers, phone numbers, dates and money in every format, sizes, prices and
counts side by side. Some of it is a claim, some of it only looks like one (a quote request,
a remittance advice, a status question, invoice copies for a new AP system, a warranty
question, a thank-you for a credit memo, pickup details for an RMA already issued).

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos and scans with Pillow (noise from a
seeded generator). Nothing reads the clock or the time zone.

The helpers (tokens, local time, header folding, MIME assembly, the mail program layouts,
the PDF block writer, the paper sheet with its scan and photo) are copied from the model
set heldout73's make_attachments.py, with a scanned-PDF writer added; the requests are this
set's own.
"""

import base64
import hashlib
import html
import io
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
NADIA = ("Nadia Brandt", "nbrandt@lakeshorepipe.example")
MX = "mx1.lakeshorepipe.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
TOM = ("Tom Morales", "tmorales@keystonemech.com")  # contact
DANA = ("Dana Ruiz", "ap@keystonemech.com")  # contact
GIL = ("Gil Serrano", "gserrano@keystonemech.com")  # receiving, domain only
FRANK = ("Frank Russo", "frusso@keystonemech.com")  # service manager, domain only
BRIANNA = ("Brianna Hollis", "bhollis@keystonemech.com")  # AP clerk, domain only
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")  # contact
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")  # contact
LUKE = ("Luke Petrakis", "lpetrakis@riverbendph.com")  # warehouse, domain only
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")  # contact
LINDA = ("Linda Chu", "ap@summithvac.net")  # contact
DMITRI = ("Dmitri Volkov", "dvolkov@summithvac.net")  # warehouse, domain only
MARISOL = ("Marisol Reyes", "mreyes@summithvac.net")  # service tech, domain only
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")  # contact
GRACE = ("Grace Kim", "payables@harborpointpm.com")  # contact
DESHAWN = ("DeShawn Mitchell", "dmitchell@harborpointpm.com")  # maintenance tech, domain only
# Delgado & Sons Plumbing (C-1005), hosted mail on both its domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")  # contact
YESENIA = ("Yesenia Cruz", "office@delgadoplumbing.com")  # office and dispatch, domain only
MATEO = ("Mateo Delgado", "mateo@delgadosons.com")  # field lead, second domain only
# Nobody the ERP knows
BOBBY = ("Bobby Kessler", "bkessler.plumbing@gmail.com")  # Keystone's foreman, personal Gmail

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119"),
    "gws": ("mail-yw1-f173.google.com", "209.85.128.173"),
    "gmail": ("mail-pf1-f180.google.com", "209.85.210.180"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
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
    return (
        f"Return-Path: <{person[1]}>\r\n"
        f"Received: from {host} ({host} [{ip}])\r\n\tby {MX} (Postfix) with ESMTPS id "
        f"4h{qid}\r\n\tfor <{DESK[1]}>; {rfc(got)} (UTC)\r\n"
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


def files_parts(files, extra=None):
    """Attachment parts: (name, content type, bytes); extra(name, i) adds headers."""
    parts = []
    for i, (name, ctype, data) in enumerate(files):
        rows = [
            ("Content-Type", f'{ctype}; name="{name}"'),
            ("Content-Disposition", f'attachment; filename="{name}"'),
        ]
        if extra:
            rows += extra(name, i, data)
        parts.append(blob(rows, data))
    return parts


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


def html_table(headers, rows, style="font-family:Calibri,sans-serif;font-size:11pt"):
    head = "".join(
        '<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt;background:#D9E1F2">'
        f"<b>{html.escape(str(h))}</b></td>"
        for h in headers
    )
    body = ""
    for row in rows:
        body += (
            "<tr>"
            + "".join(
                '<td style="border:solid windowtext 1.0pt;border-top:none;padding:0in 5.4pt">'
                f"{html.escape(str(c))}</td>"
                for c in row
            )
            + "</tr>\n"
        )
    return (
        f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        f'style="border-collapse:collapse;border:none;{style}">\n'
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


# ------------------------------------------------------------------ PDFs


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
        elif kind == "small":
            pdf.set_font("Helvetica", "I", 8)
            pdf.multi_cell(0, 10, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            for label, value in payload:
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.cell(130, 13, label)
                pdf.set_font("Helvetica", "", 9.5)
                pdf.cell(0, 13, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            widths, headers, rows = payload
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.set_fill_color(226, 231, 236)
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


# ------------------------------------------------------------------ paper, photos, scans


def font(name, size):
    return ImageFont.truetype(f"{FONT_DIR}/{name}", size)


PRINT = "liberation/LiberationSans-Regular.ttf"
PRINT_BOLD = "liberation/LiberationSans-Bold.ttf"
NARROW = "liberation/LiberationSansNarrow-Regular.ttf"
HAND = "dejavu/DejaVuSans-Oblique.ttf"
HAND_NARROW = "dejavu/DejaVuSansCondensed-Oblique.ttf"


class Sheet:
    """A sheet of paper drawn at 150 dpi, then photographed or scanned."""

    def __init__(self, key, w=1275, h=1650, paper=(250, 249, 244)):
        self.key = key
        self.img = Image.new("RGB", (w, h), paper)
        self.draw = ImageDraw.Draw(self.img)
        self.rng = random.Random(tok("paper", key))

    def text(self, x, y, text, size=26, face=PRINT, fill=(35, 35, 35)):
        self.draw.text((x, y), text, fill=fill, font=font(face, size))

    def line(self, x0, y0, x1, y1, width=2, fill=(60, 60, 60)):
        self.draw.line([(x0, y0), (x1, y1)], fill=fill, width=width)

    def box(self, x0, y0, x1, y1, width=2, fill=None):
        self.draw.rectangle([x0, y0, x1, y1], outline=(60, 60, 60), width=width, fill=fill)

    def field(self, x, y, name, length, value="", size=24, hand=34):
        """A printed label with a rule to write on, and what was written there."""
        self.text(x, y, name, size)
        lx = x + int(self.draw.textlength(name, font=font(PRINT, size))) + 10
        self.line(lx, y + size + 6, lx + length, y + size + 6, width=1)
        if value:
            self.hand(lx + 8, y - 8, value, hand)

    def hand(self, x, y, text, size=34, ink=(25, 45, 130), face=HAND):
        """Ballpoint writing: letters with a little wobble in size, height and slant."""
        cx = x
        for ch in text:
            s = size + self.rng.randint(-2, 2)
            f = font(face, s)
            dy = self.rng.randint(-2, 2)
            self.draw.text((cx, y + dy), ch, fill=ink, font=f)
            cx += int(self.draw.textlength(ch, font=f)) + self.rng.randint(-1, 1)
        return cx

    def circle(self, x0, y0, x1, y1, ink=(25, 45, 130)):
        self.draw.ellipse([x0, y0, x1, y1], outline=ink, width=3)

    def photo(self, angle, desk=(92, 74, 58)):
        """The sheet on a desk, a little turned, uneven light, sensor noise; JPEG bytes."""
        page = self.img.rotate(
            angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=desk
        )
        w, h = page.size
        board = Image.new("RGB", (w + 120, h + 120), desk)
        board.paste(page, (54, 66))
        side = 2 * max(board.size)
        shade = Image.linear_gradient("L").resize((side, side)).rotate(-28)
        left, top = (side - board.size[0]) // 2, (side - board.size[1]) // 2
        shade = shade.crop((left, top, left + board.size[0], top + board.size[1]))
        dark = Image.new("RGB", board.size, (28, 24, 20))
        board = Image.composite(board, dark, shade.point(lambda v: 200 + v * 55 // 255))
        rng = random.Random(tok("noise", self.key))
        nw, nh = board.size[0] // 4, board.size[1] // 4
        noise = Image.frombytes("L", (nw, nh), rng.randbytes(nw * nh)).resize(board.size)
        grain = Image.merge("RGB", [noise, noise, noise])
        board = Image.blend(board, grain, 0.05).filter(ImageFilter.GaussianBlur(0.6))
        board = board.resize(
            (board.size[0] * 3 // 4, board.size[1] * 3 // 4), Image.Resampling.LANCZOS
        )
        out = io.BytesIO()
        board.save(out, "JPEG", quality=80, subsampling=2, optimize=False)
        return out.getvalue()

    def scan(self, angle):
        """A flatbed scan at 100 dpi, grayscale, slightly skewed; PNG bytes."""
        page = self.img.convert("L")
        page = page.resize((page.size[0] * 2 // 3, page.size[1] * 2 // 3), Image.Resampling.LANCZOS)
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        rng = random.Random(tok("scan", self.key))
        specks = ImageDraw.Draw(page)
        for _ in range(140):
            x, y = rng.randrange(page.size[0]), rng.randrange(page.size[1])
            specks.point((x, y), fill=rng.randint(120, 200))
        page = page.point(lambda v: 255 if v > 236 else v)
        out = io.BytesIO()
        page.save(out, "PNG", optimize=False, compress_level=9)
        return out.getvalue()


# ------------------------------------------------------------------ Outlook / Exchange Online

BOXES = {
    "keystonemech.com": ("SA1PR04", 4),
    "harborpointpm.com": ("CH3PR19", 19),
    "lakeshorepipe.example": ("BN8PR12", 12),
}


def exo_msgid(key, person):
    box, nam = BOXES[person[1].split("@")[1]]
    host = f"{box}MB{3100 + int(tok('hb', key, n=3), 16) % 6000}"
    return f"<{host}{tok('id', key, n=20).upper()}@{host}.namprd{nam:02d}.prod.outlook.com>"


def exo_headers(key, person, subject, when, cc=(), attach=False, importance=False):
    topic = subject
    for pre in ("RE: ", "FW: ", "Fw: "):
        topic = topic.removeprefix(pre)
    index = base64.b64encode(bytes.fromhex(tok("ti", key, topic, n=44))).decode()
    rows = [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("CC", ", ".join(addr(p) for p in cc))]
    rows += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", index)]
    rows += [("Date", rfc(when, utc=True)), ("Message-ID", exo_msgid(key, person))]
    if importance:
        rows += [("Importance", "high"), ("X-Priority", "1")]
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
            f'font-size:9.5pt">{inner}</span><o:p></o:p></p>'
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


def outlook_desktop(key, person, subject, when, segments, cc=(), files=(), importance=False):
    """Outlook for Windows on Exchange Online: Word HTML and its text rendering.

    segments: ("p", text) typed paragraphs, ("pre", text) pasted fixed-width text,
    ("table", (headers, rows)) a pasted table, ("hdr", (sender, when, to, subject, cc)) the
    header block of a forwarded mail, ("bullets", [text, ...]) a bulleted list.
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
            text_part += tabbed(headers, rows) + "\n\n"
            inner.append(html_table(headers, rows))
            inner.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif kind == "bullets":
            text_part += "".join(f"  *   {b}\n" for b in payload)
            inner.append(
                '<ul style="margin-top:0in" type="disc">\n'
                + "".join(
                    '<li class="MsoListParagraph" style="margin-left:0in">'
                    f"{html.escape(b, quote=False)}<o:p></o:p></li>\n"
                    for b in payload
                )
                + "</ul>"
            )
        elif kind == "hdr":
            t, m = word_header_block(*payload)
            text_part += "\n" + "_" * 32 + "\n" + t + "\n\n"
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
        stamp = rfc(when, utc=True)

        def extra(name, i, data):
            return [
                ("Content-Description", name),
                (
                    "Content-Disposition",
                    f'attachment; filename="{name}"; size={len(data)}; '
                    f'creation-date="{stamp}"; modification-date="{stamp}"',
                ),
            ]

        parts = []
        for name, ctype, data in files:
            parts.append(
                blob([("Content-Type", f'{ctype}; name="{name}"'), *extra(name, 0, data)], data)
            )
        part = multi("mixed", f"_004_{tok('mix', key, n=36).upper()}_", [alt, *parts])
    rows = exo_headers(key, person, subject, when, cc, bool(files), importance)
    return mail(key, person, when, "exo", rows, part)


def outlook_ios(key, person, subject, when, text, history="", reply=None):
    """Outlook for iOS on Exchange Online: a short typed note, the app's own HTML.

    history: the quoted original of a reply, below the app's signature.
    """
    sig = "\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "</head>\n<body>\n"
        + "".join(
            f'<div dir="ltr">{html.escape(p, quote=False) or "<br>"}</div>\n'
            for p in text.rstrip("\n").split("\n")
        )
        + '<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature">'
        '<div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n'
    )
    if history:
        markup += (
            '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;'
            'width:98%">\n'
            + "".join(
                f'<div dir="ltr">{html.escape(p, quote=False) or "<br>"}</div>\n'
                for p in history.rstrip("\n").split("\n")
            )
            + "</div>\n"
        )
        history = "\n" + "_" * 32 + "\n" + history
    markup += "</body>\n</html>\n"
    alt = multi(
        "alternative",
        f"_000_{tok('ios', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="us-ascii"', text + sig + history, "quoted-printable"),
            leaf('text/html; charset="us-ascii"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when)
    if reply:
        at_id = [k for k, _ in rows].index("Message-ID") + 1
        rows[at_id:at_id] = [("References", reply), ("In-Reply-To", reply)]
    return mail(key, person, when, "exo", rows, alt)


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail(key, person, subject, when, segments, cc=(), files=(), via="gws", reply=None):
    """Gmail (Google Workspace or a personal account).

    segments: p, typed (a table typed with spaces), sheets (headers, rows), pre,
    quote (attribution, body), fwd (header rows, body) a forwarded message.
    """
    text_part, inner = "", ""
    for kind, payload in segments:
        if kind == "typed":
            text_part += payload
            inner += "".join(
                f"<div>{html.escape(r, quote=False).replace('  ', ' &nbsp;')}</div>"
                if r
                else "<div><br></div>"
                for r in payload.rstrip("\n").split("\n")
            )
        elif kind == "fwd":
            rows, body = payload
            text_part += "\n---------- Forwarded message ---------\n"
            text_part += "".join(f"{k}: {v}\n" for k, v in rows) + "\n" + body
            inner += (
                '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                "---------- Forwarded message ---------<br>"
                + "<br>".join(
                    f"{k}: {html.escape(v, quote=False)}"
                    if k != "From"
                    else f'From: <strong class="gmail_sendername" dir="auto">'
                    f"{html.escape(v, quote=False)}</strong>"
                    for k, v in rows
                )
                + "<br></div><br><br>"
                + divs(body.rstrip("\n"))
                + "</div>"
            )
        elif kind == "p":
            text_part += payload
            inner += "".join(
                f"<div>{html.escape(r, quote=False)}</div>" if r else "<div><br></div>"
                for r in payload.rstrip("\n").split("\n")
            )
        elif kind == "sheets":
            headers, rows = payload
            text_part += tabbed(headers, rows) + "\n"
            inner += sheets_table(headers, rows) + "<div><br></div>"
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
        elif kind == "quote":
            attribution, body = payload
            text_part += "\n" + attribution + "\n\n"
            text_part += "\n".join("> " + r if r else ">" for r in body.rstrip("\n").split("\n"))
            text_part += "\n"
            inner += (
                f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{html.escape(attribution, quote=False)}<br></div>"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + divs(body.rstrip("\n"))
                + "</blockquote></div>"
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

        def extra(name, i, data):
            fid = f"f_{tok('fid', key, i, n=9)}{i}"
            return [("X-Attachment-Id", fid), ("Content-ID", f"<{fid}>")]

        part = multi(
            "mixed", "000000000000" + tok("gm-mix", key, n=14), [alt, *files_parts(files, extra)]
        )
    rows = [("MIME-Version", "1.0"), ("Date", rfc(when))]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply)]
    rows += [("Message-ID", gmail_msgid(key)), ("Subject", word(subject))]
    rows += [("From", addr(person)), ("To", addr(DESK))]
    if cc:
        rows += [("Cc", ", ".join(addr(p) for p in cc))]
    return mail(key, person, when, via, rows, part)


# ------------------------------------------------------------------ Apple


def iphone_msgid(key, person):
    return f"<{uuid('ios', key)}@{person[1].split('@')[1]}>"


def iphone(key, person, subject, when, body, photo=None, via="hosted", reply=None, device="iPhone"):
    """iPhone (or iPad) Mail: text/plain, or text, photo and the signature part with a photo."""
    head = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    head += [("Subject", subject), ("Message-Id", iphone_msgid(key, person))]
    if reply:
        head += [("References", reply), ("In-Reply-To", reply)]
    head += [("To", addr(DESK)), ("X-Mailer", f"{device} Mail (22B91)")]
    if photo is None:
        return single(key, person, when, via, head, "text/plain; charset=us-ascii", body)
    name, data = photo
    boundary = "Apple-Mail-" + uuid("ios-b", key)
    text, _, sig = body.rpartition(f"\n\nSent from my {device}")
    parts = [
        leaf("text/plain; charset=us-ascii", text + "\n\n"),
        blob(
            [
                ("Content-Type", f"image/jpeg; name={name}; x-apple-part-url={uuid('xp', key)}"),
                ("Content-Disposition", f"inline; filename={name}"),
            ],
            data,
        ),
        leaf("text/plain; charset=us-ascii", f"\n\nSent from my {device}" + sig),
    ]
    return mail(key, person, when, via, head, multi("mixed", boundary, parts))


def apple_mail(key, person, subject, when, text):
    """Apple Mail on a Mac: multipart/alternative, text and its HTML."""
    domain = person[1].split("@")[1]
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        f'after-white-space;">{divs(text.rstrip(chr(10)))}</body></html>'
    )
    part = multi(
        "alternative",
        "Apple-Mail=_" + uuid("ama", key),
        [leaf("text/plain; charset=utf-8", text), leaf("text/html; charset=utf-8", markup)],
    )
    rows = [("From", addr(person))]
    rows += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")]
    rows += [("Subject", subject), ("Message-Id", f"<{uuid('mac', key)}@{domain}>")]
    rows += [("Date", rfc(when)), ("To", addr(DESK))]
    rows += [("X-Mailer", "Apple Mail (3826.300.87.4.3)")]
    return mail(key, person, when, "hosted", rows, part)


# ------------------------------------------------------------------ Outlook 16 over SMTP


def outlook16(key, person, subject, when, body, pre="", reply=None):
    """Outlook 16 on Summit's Google Workspace: typed text, maybe pasted fixed-width text."""
    domain = person[1].split("@")[1]
    mid = f"<00{tok('o16', key, n=10)}${tok('a', key, n=8)}${tok('b', key, n=8)}$@{domain}>"
    rows = [("From", addr(person)), ("To", addr(DESK))]
    rows += [("Subject", subject), ("Date", rfc(when)), ("Message-ID", mid)]
    if reply:
        rows += [("References", reply), ("In-Reply-To", reply)]
    rows += [("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0")]
    rows += [("Thread-Index", base64.b64encode(bytes.fromhex(tok("t16", key, n=40))).decode())]
    rows += [("Content-Language", "en-us")]
    n2 = tok("n2", key, n=4).upper()
    n3 = tok("n3", key, n=8).upper()
    head, _, tail = body.partition("@@TABLE@@\n")
    text = head + pre + tail
    markup = word_page(
        word_paras(head.rstrip("\n"))
        + (word_pre(pre) if pre else "")
        + (word_paras(tail.rstrip("\n")) if tail else "")
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


# ------------------------------------------------------------------ Thunderbird


def flowed(text, width=72):
    """format=flowed: long lines broken with a trailing space, as Thunderbird sends them."""
    out = []
    for row in text.split("\n"):
        if len(row) <= width:
            out.append(row)
            continue
        parts = textwrap.wrap(row, width, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)


def thunderbird(key, person, subject, when, text, files=()):
    """Thunderbird on Delgado's hosted mail: flowed text, files after it."""
    domain = person[1].split("@")[1]
    head = [("Message-ID", f"<{uuid('tb', key).lower()}@{domain}>"), ("Date", rfc(when))]
    head += [("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird")]
    head += [("Content-Language", "en-US"), ("To", addr(DESK)), ("From", addr(person))]
    head += [("Subject", subject)]
    body = leaf("text/plain; charset=UTF-8; format=flowed", flowed(text), "7bit")
    if not files:
        return mail(key, person, when, "hosted", head, body)
    boundary = "------------" + base64.b64encode(bytes.fromhex(tok("tbb", key, n=36))).decode()
    boundary = boundary.replace("+", "0").replace("/", "1")
    parts = [body]
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
    return mail(key, person, when, "hosted", head, multi("mixed", boundary, parts))


def quoted(text):
    return "\n".join("> " + r if r else ">" for r in text.rstrip("\n").split("\n"))


def scan_pdf(when, producer, title, png):
    """What a scanner's scan-to-PDF makes: one letter page holding the image, no text layer."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_creation_date(when.astimezone(UTC))
    pdf.set_producer(producer)
    pdf.set_creator(producer)
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(io.BytesIO(png), x=0, y=0, w=612, h=792)
    return bytes(pdf.output())


# ------------------------------------------------------------------ signatures

KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA091337
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee(s) and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
    """)
SIG_TOM = (
    para("""
    Tom Morales
    Project Manager | Keystone Mechanical Contractors
    O 717-555-0148 | C 717-555-0131
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_DANA = (
    para("""
    Dana Ruiz
    Accounts Payable
    Keystone Mechanical Contractors
    T 717-555-0160 | ap@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_FRANK = (
    para("""
    Frank Russo
    Service Manager | Keystone Mechanical Contractors
    24/7 service 717-555-0150 | Direct 717-555-0155
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_BRIANNA = (
    para("""
    Brianna Hollis
    Accounts Payable Specialist
    Keystone Mechanical Contractors
    T 717-555-0163 | F 717-555-0169
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager
    Riverbend Plumbing & Heating
    2210 Kanawha Blvd E, Charleston, WV 25311
    (304) 555-0102
    """)
SIG_MIKE = para("""
    --
    Mike O'Brien
    Field Supervisor | Riverbend Plumbing & Heating
    (304) 555-0119 cell
    """)
SIG_LUKE = para("""
    --
    Luke Petrakis
    Warehouse & Purchasing
    Riverbend Plumbing & Heating
    (304) 555-0102 x6
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager | Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    O 918-555-0140 | C 918-555-0186
    """)
SIG_LINDA = para("""
    --
    Linda Chu
    Accounts Payable
    Summit HVAC Services
    918-555-0142 | ap@summithvac.net
    """)
SIG_DMITRI = para("""
    --
    Best regards,
    Dmitri Volkov
    Warehouse | Summit HVAC Services
    918-555-0149
    """)
SIG_LUIS = para("""
    Luis Ortega
    Maintenance Supervisor
    Harbor Point Property Management
    600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401
    O 361-555-0170 | C 361-555-0178
    """)
SIG_GRACE = para("""
    Grace Kim
    Accounts Payable | Harbor Point Property Management
    361-555-0175
    """)
SIG_YESENIA = para("""
    --
    Yesenia Cruz
    Office / Dispatch
    Delgado & Sons Plumbing
    2209 Leopard St, Corpus Christi, TX 78408
    Tel 361-555-0196  Fax 361-555-0197
    Lic. M-38817
    """)


def ours(key):
    """A Message-ID of a mail our claims desk sent (Exchange Online)."""
    return exo_msgid("lakeshore-" + key, NADIA)


# ------------------------------------------------------------------ the requests


def j01():
    when = at("2026-10-27 09:42", "ET")
    text = para("""
        Hi Nadia,

        We finished the Linglestown Rd job (our job #2609-114) and have ten of the 1" full port ball valves left over from PO-77731. Your SO-104218, shipped 10/14 on R+L PRO RL123301986.

        Where that line stands:
        """)
    count = para("""
          50  shipped 10/14
         -20  back to you on RMA-9004
         -20  installed at 2609-114
        ----
          10  on our shelf, still in the boxes
        """)
    tail = para("""

        Please send an RMA for the 10, we don't need them. Our driver can drop them at the Paxton St counter any morning this week. The PEX crimp couplings on the same PO were all used, nothing to send there.

        Thanks,
        """)
    return outlook_desktop(
        "j01",
        TOM,
        "Return - PO-77731 - (10) 1in ball valves",
        when,
        [("p", text), ("pre", count), ("p", "\n" + tail + SIG_TOM)],
    )


def j02():
    when = at("2026-10-28 10:15", "ET")
    text = para("""
        Hello,

        On our PO 24388 (your SO-104214, invoice INV-88061 dated 10/01/2026) we bought 4 of the 3" flanged swing check valves @ $198.00. The boiler room at 1120 Quarrier St only needed 3 after the engineer's revision C (10/19), so 1 is left over. Never installed, still bolted to its pallet.

        Can we send that one back for credit? I know there's the 10% restock on our account, so $178.20 is fine with us.

        (The 5 unions Mike sent back on RMA-9002 are already credited, thank you.)

        Thank you,
        """)
    return gmail(
        "j02", KAREN, 'PO 24388 - return 1 check valve (3")', when, [("p", text + SIG_KAREN)]
    )


def rl_receipt(key):
    """R+L's delivery receipt for PRO RL123377412, signed at Keystone's yard, photographed."""
    s = Sheet(key, w=1275, h=1650, paper=(247, 246, 240))
    s.text(70, 60, "R+L CARRIERS", 50, PRINT_BOLD, (150, 20, 30))
    s.text(70, 124, "DELIVERY RECEIPT  -  CONSIGNEE COPY", 30, PRINT_BOLD)
    s.text(820, 66, "PRO NUMBER", 24, PRINT_BOLD)
    s.text(820, 98, "RL123377412", 40, PRINT_BOLD)
    s.line(70, 180, 1205, 180, 3)
    rows = [
        ("Ship date:", "10/26/2026", "Delivery date:", "10/28/2026"),
        ("Origin:", "HBG  PA", "Dest terminal:", "HBG  PA"),
        ("Bill of lading:", "104226-1", "Shipper ref:", "SO-104226"),
        ("Consignee ref:", "PO-77790", "Terms:", "PREPAID"),
    ]
    y = 204
    for a, b, c, d in rows:
        s.text(70, y, a, 24, PRINT_BOLD)
        s.text(290, y, b, 24)
        s.text(640, y, c, 24, PRINT_BOLD)
        s.text(860, y, d, 24)
        y += 40
    y += 16
    s.text(70, y, "SHIPPER", 22, PRINT_BOLD)
    s.text(640, y, "CONSIGNEE", 22, PRINT_BOLD)
    for i, (a, b) in enumerate(
        [
            ("LAKESHORE PIPE & SUPPLY DC-EAST", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("2600 PAXTON ST", "YARD / RECEIVING"),
            ("HARRISBURG PA 17111", "HARRISBURG PA 17110"),
            ("717-555-0100", "717-555-0177"),
        ]
    ):
        s.text(70, y + 34 + i * 32, a, 22)
        s.text(640, y + 34 + i * 32, b, 22)
    y += 190
    s.box(70, y, 1205, y + 46, 2, fill=(226, 226, 222))
    for x, h in [
        (80, "PCS"),
        (170, "TYPE"),
        (280, "DESCRIPTION"),
        (900, "WEIGHT"),
        (1060, "CLASS"),
    ]:
        s.text(x, y + 10, h, 22, PRINT_BOLD)
    items = [
        ("1", "BDL", "COPPER TUBE 1IN TYPE L 20FT (30)", "1,264", "70"),
        ("1", "PLT", "FITTINGS - COPPER 90 (200)", "188", "70"),
        ("1", "PLT", "VALVES BRASS (36)", "694", "70"),
    ]
    for row in items:
        y += 46
        s.box(70, y, 1205, y + 46, 1)
        for x, v in zip((80, 170, 280, 900, 1060), row, strict=True):
            s.text(x, y + 10, v, 22)
    y += 46
    s.text(640, y + 12, "TOTAL  3 PCS      2,146 LB", 24, PRINT_BOLD)
    y += 80
    s.text(70, y, "EXCEPTIONS (note before signing - clear receipt = no damage):", 22, PRINT_BOLD)
    s.box(70, y + 34, 1205, y + 190, 1)
    ink = (28, 36, 120)
    s.hand(90, y + 52, "BDL STRAPS CUT INTO TUBE @ 1 END", 34, ink)
    s.hand(90, y + 112, "SUBJ TO INSPECTION  - GS", 34, ink)
    y += 240
    s.text(70, y, "Received by (print/sign):", 22, PRINT_BOLD)
    s.line(360, y + 28, 760, y + 28, 1)
    s.hand(380, y - 14, "G. Serrano", 40, ink, HAND_NARROW)
    s.text(800, y, "Time:", 22, PRINT_BOLD)
    s.line(870, y + 28, 1060, y + 28, 1)
    s.hand(890, y - 10, "2:44 P", 34, ink)
    y += 80
    s.text(70, y, "Driver:", 22, PRINT_BOLD)
    s.line(170, y + 28, 560, y + 28, 1)
    s.hand(190, y - 12, "T. Winger  #4417", 36, (20, 20, 20), HAND_NARROW)
    s.text(70, 1560, "RLC Form DR-3  rev 06/24   Page 1 of 1   Customer service 800-543-5589", 20)
    return s.photo(1.8, desk=(104, 98, 90))


def j03():
    when = at("2026-10-29 08:05", "ET")
    text = para("""
        Nadia,

        R+L delivered SO-104226 to our yard yesterday 10/28 at 2:40 PM, PRO RL123377412. Gil wrote "subject to inspection" on the receipt because the bundle straps were cutting into the tube (receipt attached). When he broke down the bundle this morning, 2 of the 30 lengths of 1" type L (20 ft) are kinked about 3 ft from one end. Can't use them for the riser, they'd have to be cut.

        28 good / 2 damaged.

        Please credit or send 2 replacement lengths on the next DC-EAST truck, we need them by 11/3 (job 2611-02). The 200 90s and the 36 ball valves were on the other 2 skids, counts ok.

        Thanks
        """)
    return outlook_desktop(
        "j03",
        TOM,
        "PO-77790 / SO-104226 - (2) lengths 1in copper kinked - R+L PRO RL123377412",
        when,
        [("p", text + SIG_TOM)],
        files=[("RL_DR_RL123377412.jpg", "image/jpeg", rl_receipt("j03"))],
    )


def j04():
    when = at("2026-10-30 10:20", "CT")
    text = para("""
        Hola Nadia,

        The delivery of PO 40962 came yesterday 10/29 with your truck. We count the copper 1" type L 20 ft: 14 pieces, the invoice INV-88112 says 12. So 2 are extra, tell me if you send the truck to pick up or we bring them to the counter on Leopard.

        Also the 3/4" pressure reducing valve: we order 6 but the customer in Calallen (job 26-214) change to a 1" valve, so we only need 4. I want to return 2 PRV please, they are new in the box, never open. 2 x 94.00.

        The 100 elbows are ok.

        Gracias,
        Rosa Delgado
        Delgado & Sons Plumbing
        361-555-0190
        """)
    return apple_mail("j04", ROSA, "PO 40962 - 2 copper extra / return 2 PRV", when, text)


def j05():
    when = at("2026-11-02 07:48", "ET")
    top = para("""
        Morning Nadia,

        Estes dropped PO 24460 at our shop Saturday 10/31 (PRO ES4410377105, 1 pallet + 1 bundle). Opened the PVC this morning:

        """)
    table = para("""
        item                    ordered  rec'd  cracked
        2" sch40 tee SxSxS          100    100        6
        1" type L 20ft               10     10        0
        3/4" ball valve sweat        30     30        0
        """)
    tail = para("""

        The 6 tees are split at the hub, the box was crushed on one corner. Rest are fine. Can you credit the 6 (6 x $2.10 = $12.60) or throw 6 on the next truck? I have pics if you need them.

        Mike
        """)
    return gmail(
        "j05",
        MIKE,
        "Cracked tees - PO 24460 - Estes PRO ES4410377105",
        when,
        [("p", top), ("typed", table), ("p", "\n" + tail + SIG_MIKE)],
    )


def j06():
    when = at("2026-11-03 14:10", "CT")
    text = para("""
        Hello,

        One of the 2 gallon expansion tanks from PO 40917 (your invoice INV-88070 of 10/07/2026, 4 tanks @ $39.50) has failed. Our tech installed it 10/22 on a water heater at 4418 Everhart Rd; yesterday the T&P was dripping and the tank is waterlogged. The bladder is broken - water comes out of the air valve when you press it. Pre-charge was 40 psi at install, now 0 psi.

        Label on the tank: Model ST-5-2G, Serial 2541-08812, Mfd 07/2025.

        Please send a warranty replacement or credit. The tank is in our shop, tagged with our job #D-26-1187.

        Thank you,
        """)
    return thunderbird(
        "j06",
        YESENIA,
        "Warranty - expansion tank - INV-88070 / PO 40917",
        when,
        text + SIG_YESENIA,
    )


def j07():
    when = at("2026-11-04 09:30", "CT")
    body = para("""
        Nadia,

        ODFL delivered PO 60377 to our Tulsa warehouse Monday 11/02, PRO OD0782290518, 2 pallets. Pallet 1 (tile) was wet on the bottom layer and the forks went through 2 cartons. 38 of the 40 cartons of 2x2 acoustic tile are good, 2 cartons are crushed and the tiles inside are soaked and falling apart. We wrote it on the ODFL receipt (plt 1 wet/dmg 2 ctns).

        We don't want them back, can we throw them out? Please credit 2 cartons @ $47.50 = $95.00.

        Registers (30 ea) ok.

        Thanks
        """)
    return outlook16(
        "j07",
        RAJ,
        "PO 60377 - 2 cartons ceiling tile damaged - ODFL OD0782290518",
        when,
        body + SIG_RAJ,
    )


def j08():
    when = at("2026-11-05 11:05", "CT")
    text = para("""
        Nadia, can you send me price for:

        - 4 pcs 3/4" pressure reducing valve 25-75 psi (same like PO 40962)
        - 200 pcs 1" copper elbow 90 C x C
        - 6 pcs 1" type L copper 20 ft

        Is for a job in Portland TX, start 11/16. If you can deliver Friday 11/13, or we pick up at the counter.

        Thank you
        Rosa
        361-555-0190
        """)
    return apple_mail("j08", ROSA, "quote please - PRV, elbows, copper", when, text)


def j09():
    when = at("2026-11-06 07:12", "ET")
    text = para("""
        Hi, this is Bobby Kessler, foreman for Keystone Mechanical on the Derry Twp school job (Keystone job 2611-02). Tom Morales gave me this email.

        Your R+L truck came to the site yesterday 11/5 around 3:15, PRO # RL123456789, SO-104233 / PO-77812 on the packing list.

        Opened the 2" bronze gate valves today, 1 of them has the body cracked at the bonnet nut, you can see it plain. Lot # on the tag L2611. The other 39 are ok.

        Can you credit that one or send 1 more, I need it Monday. My cell 717-555-0188.

        Bobby
        """)
    return gmail(
        "j09",
        BOBBY,
        "cracked valve on keystone delivery",
        when,
        [("p", text)],
        via="gmail",
    )


def j10():
    when = at("2026-11-09 07:35", "ET")
    text = para("""
        Nadia - counted PO-77812 from the R+L delivery thurs 11/5 (PRO RL123456789). packing list 150 ea 1" copper 90 (KM-40112). we have 14 bags of 10 = 140. short 10
        gate valves 40 in the count, the cracked one Bobby emailed you fri
        pls ship the 10 or credit

        Gil Serrano
        Receiving - Keystone Mechanical
        717-555-0177
        """)
    return outlook_ios("j10", GIL, "PO-77812 short 10 copper 90s", when, text)


def j11():
    when = at("2026-11-09 08:50", "ET")
    text = para("""
        Hi Nadia,

        UPS delivered PO 24519 (SO-104236) to us on Friday 11/6, tracking 1Z4F83090342217816.

        Invoice INV-88141 bills us 10 bags of the 1/2" PEX crimp couplings at $9.80 = $98.00, but there were only 8 bags in the carton. The packing slip has 10 on it.

        The 24 ball valves are all here.

        Please credit the 2 bags ($19.60) or ship them, either is fine.

        Thanks,
        """)
    return gmail(
        "j11",
        KAREN,
        "PO 24519 short 2 bags PEX couplings - UPS 1Z4F83090342217816",
        when,
        [("p", text + SIG_KAREN)],
    )


def pickup_ticket(key):
    """Our will-call ticket for SO-104240, written on afterwards, photographed on a truck seat."""
    s = Sheet(key, w=1275, h=1500, paper=(246, 244, 236))
    s.text(70, 56, "LAKESHORE PIPE & SUPPLY", 44, PRINT_BOLD)
    s.text(70, 116, "Corpus Christi Branch (DC-SOUTH)  -  361-555-0110", 24)
    s.text(860, 56, "WILL CALL", 40, PRINT_BOLD)
    s.text(860, 104, "PICKUP TICKET", 28, PRINT_BOLD)
    s.line(70, 160, 1205, 160, 3)
    rows = [
        ("Order:", "SO-104240", "Cust PO:", "40988"),
        ("Account:", "C-1005", "Ticket:", "WC-26-3318"),
        ("Date:", "11/06/2026", "Time:", "10:42 AM"),
    ]
    y = 186
    for a, b, c, d in rows:
        s.text(70, y, a, 26, PRINT_BOLD)
        s.text(230, y, b, 26)
        s.text(640, y, c, 26, PRINT_BOLD)
        s.text(790, y, d, 26)
        y += 44
    s.text(70, y + 6, "Sold to:", 26, PRINT_BOLD)
    s.text(230, y + 6, "DELGADO & SONS PLUMBING", 26)
    y += 80
    s.box(70, y, 1205, y + 50, 2, fill=(226, 226, 226))
    for x, h in [(80, "LN"), (140, "ITEM"), (420, "DESCRIPTION"), (980, "QTY"), (1090, "U/M")]:
        s.text(x, y + 12, h, 24, PRINT_BOLD)
    items = [
        ("1", "PIP-BI-200-CTL", '2" BLK STL SCH40 CUT 12@10FT', "120", "FT"),
        ("2", "FTG-BI-U-150", '1-1/2" BLK MALL UNION', "12", "EA"),
        ("3", "VLV-1005-BV", '1" BRASS BALL VLV FP THD', "10", "EA"),
    ]
    for row in items:
        y += 50
        s.box(70, y, 1205, y + 50, 1)
        for x, v in zip((80, 140, 420, 980, 1090), row, strict=True):
            s.text(x, y + 12, v, 24)
    ink = (20, 20, 24)
    s.hand(80, y + 70, "<- 2 are 3/4 !!  (11/7)", 38, ink)
    s.circle(960, y - 4, 1060, y + 54, ink)
    s.hand(80, y + 130, "used 80 ft, 4 pcs left", 36, ink)
    y += 240
    s.text(70, y, "Loaded by:", 24, PRINT_BOLD)
    s.line(220, y + 30, 560, y + 30, 1)
    s.hand(240, y - 12, "Ramon 14", 36, (40, 40, 40), HAND_NARROW)
    s.text(620, y, "Picked up by:", 24, PRINT_BOLD)
    s.line(800, y + 30, 1200, y + 30, 1)
    s.hand(820, y - 14, "M. Delgado", 40, (30, 40, 110), HAND_NARROW)
    y += 80
    s.text(70, y, "Vehicle / plate:", 24, PRINT_BOLD)
    s.hand(290, y - 10, "white F-250  TX KPD-4471", 32, (30, 40, 110))
    s.text(70, 1420, "Check material before leaving the counter. Cut pipe is not returnable.", 20)
    return s.photo(-1.6, desk=(58, 58, 62))


def j12():
    when = at("2026-11-09 08:10", "CT")
    body = para("""
        Hi Nadia, Mateo from Delgado & Sons. I picked up PO 40988 Friday at your Corpus counter (ticket attached, SO-104240).

        1. The box of 1" ball valves, 10 pcs, but 2 of them are 3/4" (tag says 3/4 FP). We need 1" ones, please have 2 ready, I come by Wednesday.

        2. The 2" black pipe, 120 ft cut: the job at 5025 Weber Rd only used 80 ft. We have 40 ft left (4 pcs x 10 ft), never threaded. Can we return it?

        Unions ok, 12.

        Thanks
        Mateo
        361-555-0134

        Sent from my iPhone
        """)
    return iphone(
        "j12",
        MATEO,
        "Pickup 11/6 - PO 40988",
        when,
        body,
        photo=("IMG_2207.jpeg", pickup_ticket("j12")),
    )


def j13():
    when = at("2026-11-10 10:50", "ET")
    text = para("""
        Nadia,

        Two things on PO-77812 / SO-104233:

        1) My crew at Derry Twp (job 2611-02) says they are short a bag of the 1" copper 90s: packing list 150, they have 140. Please send 10 more or credit them ($2.95 ea = $29.50).

        2) The 3/4" PRVs (25-75 psi) from the Estes delivery 11/6, lot L2608. We put 2 of them in on Friday, set both at 60 psi, and Monday morning the downstream gauges read 92 and 95 psi with no flow. Static inlet is 110 psi. Pulled both, put 2 others from the same box in and those are holding 60 so far. Please take the 2 back under warranty and credit or replace ($91.40 ea).

        The other 8 PRVs are still in our stock.

        Thanks
        """)
    return outlook_desktop(
        "j13",
        TOM,
        "PO-77812 - elbows short + 2 PRVs not holding pressure",
        when,
        [("p", text + SIG_TOM)],
    )


def j14():
    when = at("2026-11-10 14:25", "ET")
    text = para("""
        Nadia - ODFL delivery PO-77830 (PRO OD0782301177) counted today.
        1-1/2" black unions: PO 40, we have 44 (11 boxes of 4). 4 extra. send back or you pick up?
        check valves 6, condensate pumps 8, circulators 4 - all match

        Gil
        717-555-0177
        """)
    return outlook_ios("j14", GIL, "PO-77830 4 extra unions", when, text)


def j15():
    when = at("2026-11-10 13:40", "CT")
    text = para("""
        Good afternoon Nadia,

        Your truck delivered PO 70231 to our maintenance shop yesterday, 11/9 (SO-104239). We ordered 10 of the non-programmable thermostats (24V) and invoice INV-88160 bills 10 @ $29.50, but there are only 9 in the carton. The packing slip shows 10 checked.

        The 60 registers and 24 cases of filters are correct.

        Please send the missing one or credit $29.50.

        Thank you,
        """)
    return outlook_desktop(
        "j15",
        LUIS,
        "PO 70231 - 1 thermostat short",
        when,
        [("p", text + SIG_LUIS)],
    )


def remittance_pdf(when):
    return pdf_doc(
        when,
        "Keystone Mechanical Contractors - AP",
        "Remittance Advice 11/11/2026",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("text", "Accounts Payable  |  ap@keystonemech.com  |  717-555-0160"),
            ("gap", 8),
            ("h2", "REMITTANCE ADVICE"),
            (
                "kv",
                [
                    ("Payee:", "Lakeshore Pipe & Supply (vendor 20417)"),
                    ("Payment date:", "11/11/2026"),
                    ("Method:", "ACH (CCD+)"),
                    ("Trace number:", "031100209887412"),
                    ("Payment amount:", "$2,449.80"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [90, 80, 90, 90, 80, 80],
                    ["Invoice", "Inv date", "Our PO", "Gross", "Discount", "Paid"],
                    [
                        ["INV-88080", "10/14/2026", "PO-77731", "939.00", "0.00", "939.00"],
                        ["INV-88090", "10/22/2026", "PO-77760", "1,510.80", "0.00", "1,510.80"],
                        ["", "", "Total", "2,449.80", "0.00", "2,449.80"],
                    ],
                ),
            ),
            ("gap", 12),
            ("small", "Questions about this payment: ap@keystonemech.com. Please do not reply to"),
            ("small", "the ACH addenda; reference the trace number above."),
        ],
    )


def j16():
    when = at("2026-11-11 11:40", "ET")
    text = para("""
        Hello,

        Please see the attached remittance for our ACH payment released today.

        ACH trace # 031100209887412
        Amount: $2,449.80
        Invoices: INV-88080 ($939.00), INV-88090 ($1,510.80)

        INV-88098, INV-88120, INV-88121 and INV-88133 are scheduled for our 11/25 run.

        Thank you,
        """)
    return outlook_desktop(
        "j16",
        DANA,
        "Remittance advice - ACH 11/11/2026 - Keystone Mechanical",
        when,
        [("p", text + SIG_DANA)],
        files=[("Remit_Lakeshore_20261111.pdf", "application/pdf", remittance_pdf(when))],
    )


def j17():
    when = at("2026-11-12 08:40", "CT")
    text = para("""
        Nadia,

        Estes delivered PO 70288 yesterday 11/11 at 4:10 PM, PRO ES4410402981, to the Bayfront Towers loading dock (2 pallets). This morning we uncrated the 3 gas water heaters:
        """)
    units = para("""
        Unit 1   SN 2543-110287   OK
        Unit 2   SN 2543-110291   jacket crushed at top, gas control knob broken off, draft hood bent
        Unit 3   SN 2543-110294   OK
        """)
    tail = para("""

        Also 1 of the 3 expansion tanks (2 gal) has a deep dent at the seam, same corner of the pallet.

        So damaged: 1 water heater 50 gal NG ($689.00) and 1 expansion tank ($42.50), total $731.50. The driver left before we opened the crate; the dock guard signed the delivery receipt clean. Pictures on file.

        We need a replacement heater by Tuesday 11/17 for apt 1204. Please advise.

        Thank you,
        """)
    return outlook_desktop(
        "j17",
        LUIS,
        "PO 70288 - water heater and expansion tank damaged in freight (Estes)",
        when,
        [("p", text), ("pre", units), ("p", "\n" + tail + SIG_LUIS)],
        importance=True,
    )


def j18():
    when = at("2026-11-12 15:20", "CT")
    body = para("""
        Nadia,

        We got to PO 60418 this week (your SO-104238, delivered 11/05 on your truck) when the techs loaded out the vans:

        @@TABLE@@

        The Wi-Fi stat S/N TP75-2610-04417 doesn't power up on 24V. Checked it at two different furnaces with a meter: 26.4 VAC at R-C, screen stays blank. Dead out of the box.

        3 of the non-programmable stats have the display window cracked, the end of that carton was crushed.

        Please credit or replace: 3 x $28.90 = $86.70 (cracked) and 1 x $132.00 (dead Wi-Fi stat).

        """)
    pre = para("""
        ITEM           ORD  RECV  NOTE
        TST-7500-PRO    12    12  1 DOA  s/n TP75-2610-04417
        TST-2100-NP     20    20  3 cracked display
        """)
    return outlook16(
        "j18",
        RAJ,
        "PO 60418 - 3 cracked stats + 1 Wi-Fi stat DOA",
        when,
        body + SIG_RAJ,
        pre=pre,
    )


def j19():
    when = at("2026-11-13 08:25", "CT")
    text = para("""
        Hello,

        Received PO 60455 yesterday from UPS, tracking 1Z4F83090342291043, 7 pieces. Filters 16x25x1 MERV 11: on packing slip is 20 cases, we count 22 cases on pallet. So 2 cases extra. Also not on invoice INV-88184 (20 cs x 39.50 = 790.00). Please tell how to return, or send pickup.

        Other items I did not open yet (pumps, thermostats), will check Monday.

        """)
    return gmail("j19", DMITRI, "PO 60455 - 2 cases filters over", when, [("p", text + SIG_DMITRI)])


def j20():
    when = at("2026-11-16 07:55", "CT")
    body = para("""
        Hi this is Marisol from Summit, Raj said to email you direct. I loaded van #14 from the Thursday 11/12 UPS delivery. I dont have the PO, Dmitri has the paperwork and he is off today. Our work order is WO-55817.

        - Condensate pumps: 2 of them are a different model, the box says condensate pump but no safety switch. The ones we order have the safety switch (we put them on attic units), we need those.
        - Thermostats non programmable: I signed out 12 but there is 13 in the van, 1 extra.

        I can bring the 2 pumps and the extra stat to your Tulsa counter today 4 to 5 pm. Call me 918-555-0163.

        Marisol

        Sent from my iPhone
        """)
    return iphone("j20", MARISOL, "van 14 - thursday delivery", when, body, via="gws")


def j21():
    when = at("2026-11-16 16:05", "ET")
    top = para("""
        Nadia,

        Two problems with PO 24530 (SO-104243, R+L PRO RL123512650, delivered Thu 11/12):

        """)
    rows = [
        ["1", '1" ball valve FP threaded', "48", "42", '6 are 3/4" (tag 3/4 FP) in the 1" box'],
        ["3", '3/4" PRV 25-75 psi', "4", "3", "1 leaks at the bonnet vent at 60 psi"],
    ]
    tail = para("""
        The 3/4" valves are no use on this job, we need 6 of the 1" instead. The PRV spits water out of the bonnet vent hole as soon as you put pressure on it, bench tested at 60 psi, date code 0926 on the tag.

        The 250 copper 90s are fine.

        Please swap the 6 valves and credit or replace the PRV ($92.80).

        Mike
        """)
    return gmail(
        "j21",
        MIKE,
        "PO 24530 - wrong ball valves + leaking PRV",
        when,
        [
            ("p", top),
            ("sheets", (["Line", "Item", "Ordered", "OK", "Problem"], rows)),
            ("p", "\n" + tail + SIG_MIKE),
        ],
    )


def receiving_pdf(when):
    return pdf_doc(
        when,
        "Yardi Voyager - Harbor Point Property Management",
        "Receiving Report RR-26-0418",
        [
            ("h1", "HARBOR POINT PROPERTY MANAGEMENT"),
            ("text", "Maintenance Shop - Bayview Apartments, Bldg C  |  361-555-0170"),
            ("gap", 6),
            ("h2", "RECEIVING REPORT  RR-26-0418"),
            (
                "kv",
                [
                    ("Purchase order:", "70296"),
                    ("Vendor:", "Lakeshore Pipe & Supply (V-004127)"),
                    ("Vendor order:", "SO-104246"),
                    ("Received:", "11/16/2026  13:05  vendor truck"),
                    ("Received by:", "D. Mitchell"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [30, 170, 50, 55, 55, 55, 100],
                    ["Ln", "Item", "Ord", "Rec'd", "Accept", "Reject", "Note"],
                    [
                        ["1", "10x6 steel floor register, wht", "40", "36", "36", "0", "4 short"],
                        ["2", '3/4" brass ball valve, sweat', "12", "12", "8", "4", "4 thd FIP"],
                    ],
                ),
            ),
            ("gap", 10),
            ("text", "Line 1: 4 cartons of 10 received, one carton held 6."),
            (
                "text",
                "Line 2: 4 valves are threaded (FIP). PO calls for sweat. Tagged, held in shop.",
            ),
            ("gap", 8),
            ("small", "Printed 11/17/2026 10:02 by LORTEGA"),
        ],
    )


def j22():
    when = at("2026-11-17 10:15", "CT")
    text = para("""
        Nadia,

        Attached is our receiving report for PO 70296 (SO-104246), your truck 11/16.

        """)
    bullets = [
        '3/4" brass ball valves: 12 received, but 4 of them are threaded (FIP), we ordered sweat. '
        "Please exchange the 4.",
        "10x6 floor registers: ordered 40, received 36 (4 cartons, one had only 6). "
        "Please credit or ship 4 ($5.60 ea).",
    ]
    return outlook_desktop(
        "j22",
        LUIS,
        "PO 70296 - receiving discrepancies (RR-26-0418)",
        when,
        [("p", text), ("bullets", bullets), ("p", "\nThank you,\n" + SIG_LUIS)],
        files=[("RR-26-0418.pdf", "application/pdf", receiving_pdf(when))],
    )


def j23():
    when = at("2026-11-18 09:20", "ET")
    text = para("""
        Nadia,

        We're cleaning up service van stock before year end. From PO-77760 (SO-104224, delivered 10/22) we have 3 of the 7-day Wi-Fi thermostats still sealed - the customer at 2200 Market St went with the building's BAS instead. SKU TST-7500-PRO (your KM-61750), S/N TP75-2609-01183, -01184 and -01190.

        Please issue an RMA for the 3. I know there's a 15% restock per our agreement: 3 x $129.00 = $387.00 less 15% = $328.95.

        The filters from that PO (12 cs) are going out on PM calls, nothing to return there.

        Thanks,
        """)
    return outlook_desktop(
        "j23",
        FRANK,
        "Return (3) Wi-Fi thermostats - PO-77760",
        when,
        [("p", text + SIG_FRANK)],
    )


J24_ACK = para("""
    Hi Mike,

    Thank you for your order. Order acknowledgement:

    Order:        SO-104247
    Your PO:      24561
    Order date:   11/16/2026
    Ship via:     our truck (Charleston)
    Est. ship:    TBD

    Ln  Item           Qty  Description                               Price    Ext
    1   VLV-3100-CK      3  3" cast iron swing check valve, flanged  198.00  594.00
    2   FTG-BI-U-150    20  1-1/2" black malleable iron union          9.90  198.00
                                                           Order total:   792.00

    Nadia Brandt
    Lakeshore Pipe & Supply
    """)


def j24():
    when = at("2026-11-18 12:30", "ET")
    text = para("""
        Nadia, any update on this one? Order went in Monday and nothing on the truck today. We need the 3 check valves on site at 1500 MacCorkle Ave SE by Mon 11/23 (job 5519). Is it shipping from Charleston or coming from another branch? If you have a PRO or tracking # please send it.

        Mike
        """)
    attribution = (
        "On Mon, Nov 16, 2026 at 2:12 PM Nadia Brandt <nbrandt@lakeshorepipe.example> wrote:"
    )
    return gmail(
        "j24",
        MIKE,
        "Re: Order acknowledgement SO-104247 / PO 24561",
        when,
        [("p", text + SIG_MIKE), ("quote", (attribution, J24_ACK))],
        reply=ours("j24-ack"),
    )


def tank_label(key):
    """The data label on a 2 gal expansion tank, marked at install, photographed in a boiler room."""
    s = Sheet(key, w=1100, h=820, paper=(176, 180, 184))
    s.box(90, 70, 1010, 720, 3, fill=(244, 244, 238))
    s.text(130, 100, "SURETHERM  ST-5", 46, PRINT_BOLD)
    s.text(130, 160, "THERMAL EXPANSION TANK - POTABLE WATER", 28, PRINT_BOLD)
    s.line(130, 204, 970, 204, 2)
    rows = [
        ("MODEL", "ST-5-2G"),
        ("CAPACITY", "2.0 GAL (7.6 L)"),
        ("MAX WORKING PRESSURE", "150 PSI"),
        ("MAX TEMPERATURE", "200 F"),
        ("FACTORY PRE-CHARGE", "40 PSI"),
        ("SERIAL NO.", "2534-07719"),
        ("MFD", "06/2025"),
    ]
    y = 224
    for a, b in rows:
        s.text(130, y, a, 26, PRINT_BOLD)
        s.text(560, y, b, 28)
        y += 50
    s.text(130, y + 10, "NSF/ANSI 61   Made in USA   1-800-555-0144", 22)
    s.hand(620, y - 20, "INST 10/27/25 KMC", 38, (20, 20, 20), HAND_NARROW)
    return s.photo(-3.1, desk=(70, 72, 76))


def j25():
    when = at("2026-11-19 13:40", "ET")
    text = para("""
        Nadia,

        Service call at the Camp Hill office building (our SR# 26-4471): 2 of the 2 gal expansion tanks we installed last fall are waterlogged, no air charge left, bladder gone. They came on PO-76115 (your SO-104201, invoice INV-88010 dated 10/16/2025), 6 tanks @ $38.90. We installed them 10/27/2025.

        Photo of the label on one of them is attached. Can you put these 2 through warranty? We replaced them today from our own stock so the building has hot water.

        Thanks,
        """)
    return outlook_desktop(
        "j25",
        FRANK,
        "Warranty - (2) 2 gal expansion tanks - PO-76115",
        when,
        [("p", text + SIG_FRANK)],
        files=[("IMG_0934.jpg", "image/jpeg", tank_label("j25"))],
    )


def invoice_scan(key, when):
    """Our invoice INV-88098 as Keystone's AP marked it up, scanned on their copier to PDF."""
    s = Sheet(key, w=1275, h=1650, paper=(252, 252, 250))
    s.text(70, 60, "LAKESHORE PIPE & SUPPLY", 44, PRINT_BOLD)
    s.text(70, 118, "2600 Paxton St, Harrisburg, PA 17111  -  717-555-0100", 22)
    s.text(930, 60, "INVOICE", 44, PRINT_BOLD)
    s.line(70, 164, 1205, 164, 3)
    rows = [
        ("Invoice:", "INV-88098", "Invoice date:", "10/26/2026"),
        ("Order:", "SO-104226", "Customer PO:", "PO-77790"),
        ("Account:", "C-1001", "Terms:", "NET 30"),
        ("Ship via:", "R+L CARRIERS", "PRO:", "RL123377412"),
    ]
    y = 190
    for a, b, c, d in rows:
        s.text(70, y, a, 24, PRINT_BOLD)
        s.text(230, y, b, 24)
        s.text(640, y, c, 24, PRINT_BOLD)
        s.text(830, y, d, 24)
        y += 40
    s.text(70, y + 10, "Bill to:  KEYSTONE MECHANICAL CONTRACTORS - ACCOUNTS PAYABLE", 24)
    y += 70
    s.box(70, y, 1205, y + 46, 2, fill=(230, 230, 230))
    for x, h in [
        (80, "LN"),
        (130, "ITEM"),
        (400, "DESCRIPTION"),
        (860, "QTY"),
        (950, "PRICE"),
        (1080, "AMOUNT"),
    ]:
        s.text(x, y + 10, h, 22, PRINT_BOLD)
    items = [
        ("1", "PIP-CU-L-100-20", '1" TYPE L COPPER 20FT', "30", "76.40", "2,292.00"),
        ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', "200", "2.95", "590.00"),
        ("3", "VLV-1005-BV", '1" BRASS BALL VLV FP', "36", "15.20", "547.20"),
    ]
    first = y + 46
    for row in items:
        y += 46
        s.box(70, y, 1205, y + 46, 1)
        for x, v in zip((80, 130, 400, 860, 950, 1070), row, strict=True):
            s.text(x, y + 10, v, 22)
    y += 70
    s.text(860, y, "Subtotal", 24)
    s.text(1060, y, "3,429.20", 24)
    s.text(860, y + 40, "Tax (exempt)", 24)
    s.text(1090, y + 40, "0.00", 24)
    s.text(860, y + 84, "TOTAL", 26, PRINT_BOLD)
    s.text(1040, y + 84, "$3,429.20", 26, PRINT_BOLD)
    ink = (30, 30, 30)
    s.circle(935, first - 4, 1050, first + 50, ink)
    s.hand(500, first + 150, "PO price 71.80 !", 40, ink)
    s.hand(90, y + 170, "30 x 4.60 = 138.00  CM req'd", 40, ink)
    s.hand(90, y + 240, "pay in full 11/25 - DR 11/20", 36, ink)
    s.text(70, 1560, "Remit to: Lakeshore Pipe & Supply, PO Box 4470, Harrisburg PA 17111", 20)
    png = s.scan(0.5)
    return scan_pdf(when, "KMC-COPIER-2F Scan to PDF", "SCAN_INV-88098", png)


def j26():
    when = at("2026-11-20 10:05", "ET")
    text = para("""
        Hi Nadia,

        Invoice INV-88098 (10/26/2026, SO-104226 / PO-77790) bills the 1" type L copper 20 ft at $76.40 per length. Our PO-77790 and your order confirmation have $71.80.

        30 lengths x ($76.40 - $71.80) = 30 x $4.60 = $138.00

        Scan of the invoice with our AP notes is attached. The 90s ($2.95) and ball valves ($15.20) match. Please send a credit memo for $138.00; INV-88098 is on our 11/25 ACH run and we'll pay it in full.

        Thank you,
        """)
    return outlook_desktop(
        "j26",
        DANA,
        "INV-88098 price discrepancy - 1in copper - PO-77790",
        when,
        [("p", text + SIG_DANA)],
        files=[("SCAN_INV-88098_20261120.pdf", "application/pdf", invoice_scan("j26", when))],
    )


def j27():
    when = at("2026-11-23 08:10", "ET")
    top = para("""
        Hi,

        Cleaning out the back room before inventory. We have the 1-1/2" black unions from PO 24388 that nobody is going to use, the job got changed to copper. This is what our system shows:

        """)
    screen = para("""
        Item#         Desc                      OnHand  Alloc  Avail  Last Rcpt
        FTG-BI-U-150  UNION 1-1/2 BLK MALL          28      0     28  10/02/26 PO 24388
                      Rcvd 30   Issued 2 (job 5502)   Cost 9.90
        """)
    tail = para("""

        So 28 to come back. Karen says there's a 10% restock, that's ok. Can you send the RMA # and I'll have them boxed and on the dock (door 2).

        Luke
        """)
    return gmail(
        "j27",
        LUKE,
        "return unions PO 24388",
        when,
        [("p", top), ("pre", screen), ("p", "\n" + tail + SIG_LUKE)],
    )


def test_report_scan(key, when):
    """The certified tester's report on the RPZ, filled in by hand, scanned to PDF."""
    s = Sheet(key, w=1275, h=1650, paper=(250, 250, 246))
    s.text(70, 60, "BACKFLOW PREVENTION ASSEMBLY", 38, PRINT_BOLD)
    s.text(70, 108, "TEST AND MAINTENANCE REPORT", 38, PRINT_BOLD)
    s.text(880, 64, "Report #", 24, PRINT_BOLD)
    s.hand(880, 96, "BT-112026-07", 34)
    s.line(70, 160, 1205, 160, 3)
    ink = (25, 45, 130)
    s.field(70, 186, "Service address:", 640, "1120 Quarrier St - mech rm B1", hand=30)
    s.field(70, 246, "Owner / contractor:", 600, "Riverbend Plumbing & Heating", hand=30)
    s.field(70, 306, "Assembly type:", 150, "RP", hand=32)
    s.field(450, 306, "Size:", 110, '3"', hand=32)
    s.field(720, 306, "Make/model:", 220, "CASCADE RP-30", hand=28)
    s.field(70, 366, "Serial no.:", 330, "RP3-0925-11473", hand=32)
    s.field(620, 366, "Installed:", 250, "10/26/26", hand=32)
    s.field(70, 426, "Line pressure (psi):", 140, "68", hand=32)
    s.field(620, 426, "Test date:", 250, "11/20/26", hand=32)
    y = 500
    s.box(70, y, 1205, y + 50, 2, fill=(230, 230, 230))
    for x, h in [(80, "TEST"), (520, "READING"), (780, "MINIMUM"), (1000, "RESULT")]:
        s.text(x, y + 12, h, 24, PRINT_BOLD)
    rows = [
        ("Check valve #1 (psid)", "1.2", "5.0", "FAIL"),
        ("Relief valve opened at (psid)", "0.8", "2.0", "FAIL"),
        ("Check valve #2 (psid)", "1.0 tight", "1.0", "PASS"),
    ]
    for name, reading, minimum, result in rows:
        y += 56
        s.box(70, y, 1205, y + 56, 1)
        s.text(80, y + 14, name, 24)
        s.hand(530, y + 4, reading, 34, ink)
        s.text(790, y + 14, minimum, 24)
        s.hand(1000, y + 4, result, 34, ink)
    y += 100
    s.text(70, y, "Remarks:", 24, PRINT_BOLD)
    s.hand(200, y - 8, "relief dumping cont. at line press.", 32, ink)
    s.hand(200, y + 50, "new assy - never in service. #1 check", 32, ink)
    s.hand(200, y + 100, "not seating. DO NOT APPROVE. retest req'd", 32, ink)
    y += 200
    s.field(70, y, "Tester:", 330, "R. Shaffer", hand=34)
    s.field(620, y, "Cert #:", 300, "WV-BPT-0412", hand=32)
    s.field(70, y + 64, "Test kit / gauge s/n:", 260, "G-22816", hand=32)
    s.field(620, y + 64, "Calibrated:", 240, "03/2026", hand=32)
    s.field(70, y + 128, "Signature:", 420, "", hand=32)
    s.hand(250, y + 112, "Rick Shaffer", 42, ink, HAND_NARROW)
    s.text(
        70, 1560, "Form BPA-1 (rev 2024)   White: water utility   Yellow: owner   Pink: tester", 20
    )
    png = s.scan(-0.6)
    return scan_pdf(when, "Riverbend Office MFP Scan", "BT-112026-07", png)


def j28():
    when = at("2026-11-23 14:45", "ET")
    text = para("""
        Hello Nadia,

        The 3" RPZ backflow assembly from PO 24415 (special order, invoice INV-88086, $1,395.00) failed its initial test on Friday 11/20 at 1120 Quarrier St. The tester's report is attached (Report #BT-112026-07, tester cert #WV-BPT-0412):

        Check valve #1: 1.2 psid (min 5.0) - FAILED
        Relief valve opened at 0.8 psid (min 2.0) - FAILED
        Check valve #2: held tight at 1.0 psid - passed

        Serial number on the body plate: RP3-0925-11473. It was set on 10/26 and was never in service before the test. The relief keeps dumping water at normal line pressure (68 psi).

        I know it was a special order. Can you get it warrantied with the manufacturer? We need a working unit, the inspector comes back 12/3.

        Thanks,
        """)
    return gmail(
        "j28",
        KAREN,
        "RPZ failed initial test - PO 24415 / SO-104222",
        when,
        [("p", text + SIG_KAREN)],
        files=[("BT-112026-07.pdf", "application/pdf", test_report_scan("j28", when))],
    )


def j29():
    when = at("2026-11-24 07:40", "CT")
    text = para("""
        Hi, DeShawn from Harbor Point maintenance. One of the digital thermostats (non programmable 24V) we got from you is bad. Display comes on but it never calls for heat, tried it in units 312 and 418 at Bayview. Jumped R to W and the furnace fires so its the stat.
        I took the PO off the packing slip in the shop, PO 70296. Can you send a new one?

        DeShawn
        361-555-0181
        """)
    return outlook_ios("j29", DESHAWN, "Bad thermostat PO 70296", when, text)


def j30():
    when = at("2026-11-24 13:10", "CT")
    text = para("""
        Hello,

        We moved to a new AP system this month and our vendor team needs PDF copies of these invoices to load them:

        """)
    rows = [
        ["INV-88160", "11/09/2026", "70231", "$1,552.60"],
        ["INV-88171", "11/09/2026", "70288", "$2,194.50"],
        ["INV-88190", "11/16/2026", "70296", "$348.80"],
    ]
    tail = para("""
        Could you also confirm your remit-to address? Our vendor # for Lakeshore is V-004127, terms net 30.

        Thank you,
        """)
    return outlook_desktop(
        "j30",
        GRACE,
        "Invoice copies needed - Harbor Point vendor # V-004127",
        when,
        [
            ("p", text),
            ("table", (["Invoice", "Date", "PO", "Amount"], rows)),
            ("p", tail + SIG_GRACE),
        ],
    )


def j31():
    when = at("2026-11-25 09:50", "ET")
    text = para("""
        Good morning,

        Please see the match exception below for INV-88133 (11/04/2026, your SO-104235). The condensate pumps are billed $3.40 over our PO price: 8 x $3.40 = $27.20. Please issue a credit memo for $27.20 against INV-88133; we are paying the invoice in full on today's run, so the credit can stay on account.

        Thanks,
        """)
    fwd = (
        "Keystone AP Automation <ap-automation@keystonemech.com>",
        at("2026-11-24 18:02", "ET"),
        "Brianna Hollis <bhollis@keystonemech.com>",
        "Match exception - INV-88133 - LAKESHORE PIPE & SUPPLY - PO-77830",
        None,
    )
    note = para("""
        3-way match exception (price tolerance 0.00%)
        Vendor 20417 LAKESHORE PIPE & SUPPLY   PO PO-77830   Receipt RCV-26-11061 (11/06/2026)

        """)
    rows = [
        ["1", "VLV-3100-CK", "6", "189.00", "189.00", "0.00"],
        ["2", "FTG-BI-U-150", "40", "10.80", "10.80", "0.00"],
        ["3", "HVC-CND-PUMP", "8", "61.50", "64.90", "27.20"],
        ["4", "PMP-CIRC-015", "4", "139.00", "139.00", "0.00"],
    ]
    foot = "Total variance 27.20 USD. Action: request vendor credit memo.\n"
    return outlook_desktop(
        "j31",
        BRIANNA,
        "FW: Match exception - INV-88133 - LAKESHORE PIPE & SUPPLY - PO-77830",
        when,
        [
            ("p", text + SIG_BRIANNA),
            ("hdr", fwd),
            ("p", note),
            ("table", (["Line", "Item", "Qty", "PO price", "Inv price", "Variance"], rows)),
            ("p", foot),
        ],
    )


def j32():
    when = at("2026-11-30 10:25", "CT")
    body = para("""
        Hi Nadia, Mateo again. We are installing the 3 water heaters for Harbor Point at Bayfront Towers (their PO 70288, your SO-104241), Luis Ortega hired us for the job.

        The heater SN 2543-110287 we installed 11/25 in apt 905 will not hold the pilot. Thermocouple reads 28 mV so it is good, the gas control valve does not hold. We changed the thermocouple anyway, same thing.

        It is the 50 gal NG, $689.00. Can you do warranty on it? Harbor Point says to ask you directly because we have the heater.

        Mateo
        361-555-0134

        Sent from my iPhone
        """)
    return iphone("j32", MATEO, "Harbor Point heater no pilot - SO-104241", when, body)


def quote_pdf(when):
    return pdf_doc(
        when,
        "Lakeshore Pipe & Supply - Tulsa",
        "Quotation SQ-26-0871",
        [
            ("h1", "LAKESHORE PIPE & SUPPLY"),
            ("text", "Tulsa Branch  |  918-555-0120  |  sales.tulsa@lakeshorepipe.example"),
            ("gap", 6),
            ("h2", "QUOTATION  SQ-26-0871"),
            (
                "kv",
                [
                    ("Date:", "10/29/2026"),
                    ("Valid:", "30 days"),
                    ("Customer:", "Summit HVAC Services (C-1003)"),
                    ("Attn:", "Raj Patel"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [95, 220, 45, 70, 80],
                    ["Item", "Description", "Qty", "Price", "Extended"],
                    [
                        [
                            "TST-7500-PRO",
                            "7-day programmable Wi-Fi thermostat",
                            "12",
                            "126.50",
                            "1,518.00",
                        ],
                        [
                            "TST-2100-NP",
                            "Non-programmable digital thermostat",
                            "20",
                            "28.90",
                            "578.00",
                        ],
                        [
                            "HVC-FLT-1625-M11",
                            "16x25x1 MERV 11 filter, cs/12",
                            "10",
                            "39.50",
                            "395.00",
                        ],
                        ["", "", "", "Total", "2,491.00"],
                    ],
                ),
            ),
            ("gap", 10),
            (
                "small",
                "Prices subject to stock on hand at time of order. Freight: our truck, Tulsa metro.",
            ),
        ],
    )


def j33():
    when = at("2026-12-01 10:30", "CT")
    text = para("""
        Hi Nadia,

        Going through November invoices before our close:

        1. INV-88152 (11/05/2026, PO 60418) bills the 7-day Wi-Fi thermostats at $132.00 each, 12 ea = $1,584.00. Your quote SQ-26-0871 (attached, 10/29/2026) has them at $126.50. Difference $5.50 x 12 = $66.00, please credit.

        2. Same invoice: the 16x25x1 MERV 11 filters are billed 10 cases @ $39.50, but Dmitri's month-end count shows we only ever received 9 from the 11/05 delivery. Please credit 1 case ($39.50).

        The non-programmable stats ($28.90 x 20) are right.

        Thanks,
        """)
    return gmail(
        "j33",
        LINDA,
        "INV-88152 - Wi-Fi stat price + 1 case filters short",
        when,
        [("p", text + SIG_LINDA)],
        files=[("SQ-26-0871.pdf", "application/pdf", quote_pdf(at("2026-10-29 09:14", "CT")))],
    )


def j34():
    when = at("2026-12-02 09:15", "CT")
    text = para("""
        Hello,

        A customer at 3921 Everhart Rd asks how long the warranty is on his water heater, before he buys an extended plan from his home warranty company. It is one of the 2 electric 40 gal heaters from PO 40917 (INV-88070, 10/07/2026), Serial 2539-40216, installed 10/09/2026. It works fine, no problem with it.

        Is it 6 years tank / 1 year parts, or 5 years? And does the warranty start on the install date or on your invoice date?

        Thank you,
        """)
    return thunderbird(
        "j34",
        YESENIA,
        "warranty question - 40 gal electric heater SN 2539-40216",
        when,
        text + SIG_YESENIA,
    )


J35_NOTICE = para("""
    Hi Karen,

    Credit memo CM-30418 has been issued to your account C-1002:

    RMA-9107   SO-104214 / PO 24388
    1 ea VLV-3100-CK 3" swing check valve   198.00
    less 10% restocking                     -19.80
    Credit                                  178.20

    Thank you,
    Nadia Brandt
    Lakeshore Pipe & Supply
    """)


def j35():
    when = at("2026-12-02 11:00", "ET")
    text = para("""
        Got it, thank you Nadia. CM-30418 for $178.20 shows on our statement, we'll apply it to the December payment. The check valve went back with your driver on 11/4 (RMA-9107).

        That closes this one for us.

        Karen
        """)
    attribution = (
        "On Tue, Dec 1, 2026 at 3:41 PM Nadia Brandt <nbrandt@lakeshorepipe.example> wrote:"
    )
    return gmail(
        "j35",
        KAREN,
        "Re: Credit memo CM-30418 - RMA-9107 - SO-104214",
        when,
        [("p", text + SIG_KAREN), ("quote", (attribution, J35_NOTICE))],
        reply=ours("j35-cm"),
    )


def j36():
    when = at("2026-12-03 14:00", "CT")
    body = para("""
        Nadia,

        Year-end cleanup in the warehouse. We have 4 cartons of the 2x2 acoustic tile left from PO 60377 (delivered 11/02) - the job at 6100 S Yale came in 4 cartons under. They're unopened and dry, on a pallet. 4 x $47.50 = $190.00, less whatever the restock is.

        Can we send them back on the next truck? PO 60377 / SO-104228 / INV-88109.

        Thanks
        """)
    return outlook16("j36", RAJ, "Return 4 cartons ceiling tile - PO 60377", when, body + SIG_RAJ)


def j37():
    when = at("2026-12-04 08:45", "CT")
    body = para("""
        Nadia,

        The 2 cases are on a pallet at dock door 3, shrink-wrapped and labeled RMA-9126. Your driver can get them any weekday 7:00-3:30, ask for Dmitri (918-555-0149).

        That's all we need from you on the filters.

        Raj

        """)
    history = para("""

        -----Original Message-----
        From: Nadia Brandt <nbrandt@lakeshorepipe.example>
        Sent: Thursday, December 3, 2026 4:52 PM
        To: Raj Patel <raj.patel@summithvac.net>
        Subject: RMA-9126 - PO 60455 - 2 cases filters overshipped

        Hi Raj,

        RMA-9126 is issued for the 2 extra cases of HVC-FLT-1625-M11 (16x25x1 MERV 11) on SO-104244 / PO 60455. Our Tulsa driver will pick them up next week. Please mark the cartons with the RMA number.

        Nadia Brandt
        Lakeshore Pipe & Supply
        """)
    return outlook16(
        "j37",
        RAJ,
        "RE: RMA-9126 - PO 60455 - 2 cases filters overshipped",
        when,
        body + SIG_RAJ + "\n" + history,
        reply=ours("j37-rma"),
    )


def j38():
    note = (
        "Keystone Mechanical service, van 7. Opened the last 2 cases of 16x25x1 from SO-104224 "
        "(delivered 10/22) for the quarterly PM at 2200 Market St: case labels say MERV 11, "
        "the filters inside are MERV 8 (printed on the frames, 24 pcs). Need 2 cases of MERV 11. "
        "Tech R. Vance, 717-555-0192."
    )
    text = (
        "{\n"
        '  "order_number": "SO-104224",\n'
        '  "lines": [\n'
        '    {"sku": "HVC-FLT-1625-M11", "quantity": 2, "reason": "WRONG_ITEM"}\n'
        "  ],\n"
        f'  "note": "{note}"\n'
        "}\n"
    )
    return text.encode()


def j39():
    text = para("""
        PIEDMONT SITE LOGISTICS, LLC
        Gate & receiving services  |  304-555-0126  |  gate@piedmontsite.example
        =======================================================================
        DELIVERY DISCREPANCY NOTICE  -  VENDOR COPY
        Project:       Elk River Commons, Bldg C (1450 Elk River Rd, Charleston WV)
        Gate log no.:  G-1106-027          Date/time in: 11/06/2026 13:52
        Vendor:        Lakeshore Pipe & Supply
        Purchase order: 24519              Trade: plumbing (sub #14)
        Carrier:       UPS                 Pieces: 4
        -----------------------------------------------------------------------
        Line  Description                     PO qty  Received  Variance
        3     3/4" PEX-A tubing, 300 ft coil       2         3   +1 OVER
        -----------------------------------------------------------------------
        The extra coil is held in the gate cage (tag G-1106-027-3). Per the GC's
        site rules, material over the PO quantity is returned to the vendor.
        Please send pickup or return instructions to the contact below.

        Contact: T. Haddad, gate supervisor, 304-555-0126 ext 2
        """)
    return text.replace("\n", "\r\n").encode()


def j40():
    text = para("""
        HOMEGUARD WARRANTY ADMINISTRATORS
        Parts claim - distributor copy                  Claim no.: HG-26-1187734
        Filed: 11/30/2026                               Adjuster: K. Pruitt x 3318

        Homeowner:      J. Alvarado, 4409 Ocean Dr, Corpus Christi TX 78411
        Servicing co.:  Gulf Coast Home Services (lic. M-40213), 361-555-0158
        Installer:      Delgado & Sons Plumbing (10/24/2025)

        Part:           2 gal thermal expansion tank, potable   qty 1
        Model/serial:   ST-5-2G / 2530-06152
        Distributor:    Lakeshore Pipe & Supply, Corpus Christi
        Dist. order:    SO-104202        Dist. invoice: INV-88016 (10/23/2025)

        Failure date:   11/28/2026
        Failure:        bladder ruptured, tank waterlogged; T&P relief discharging
                        at 150 psi on thermal expansion
        Requested:      replacement tank under manufacturer warranty, ship to
                        servicing co. (2714 S Padre Island Dr, CC TX 78415)
        """)
    return text.encode()


BUILD = {
    "j01-keystone-tom-ball-valves-back-after-job.eml": j01,
    "j02-riverbend-karen-one-check-valve-back.eml": j02,
    "j03-keystone-tom-copper-kinked-rl-pro.eml": j03,
    "j04-delgado-rosa-extra-copper-prvs-back.eml": j04,
    "j05-riverbend-mike-cracked-pvc-tees.eml": j05,
    "j06-delgado-office-expansion-tank-leaking.eml": j06,
    "j07-summit-raj-wet-ceiling-tile-odfl.eml": j07,
    "j08-delgado-rosa-quote-prvs-elbows.eml": j08,
    "j09-keystone-foreman-gmail-gate-valve-cracked.eml": j09,
    "j10-keystone-receiving-elbows-short-bag.eml": j10,
    "j11-riverbend-karen-pex-couplings-short-ups.eml": j11,
    "j12-delgado-mateo-wrong-valves-pipe-back.eml": j12,
    "j13-keystone-tom-elbows-short-prvs-creeping.eml": j13,
    "j14-keystone-receiving-extra-unions.eml": j14,
    "j15-harbor-luis-thermostat-short-one.eml": j15,
    "j16-keystone-dana-ach-remittance.eml": j16,
    "j17-harbor-luis-heater-tank-dented-estes.eml": j17,
    "j18-summit-raj-stats-cracked-wifi-stat-dead.eml": j18,
    "j19-summit-warehouse-extra-filter-cases.eml": j19,
    "j20-summit-tech-no-po-extra-stat-wrong-pumps.eml": j20,
    "j21-riverbend-mike-wrong-ball-valves-prv-leaks.eml": j21,
    "j22-harbor-luis-threaded-valves-registers-short.eml": j22,
    "j23-keystone-service-wifi-stats-back.eml": j23,
    "j24-riverbend-mike-po-24561-status.eml": j24,
    "j25-keystone-service-old-expansion-tanks.eml": j25,
    "j26-keystone-dana-copper-price-inv-88098.eml": j26,
    "j27-riverbend-warehouse-unions-back-28.eml": j27,
    "j28-riverbend-karen-rpz-failed-test.eml": j28,
    "j29-harbor-tech-thermostat-dead-wrong-po.eml": j29,
    "j30-harbor-grace-invoice-copies-vendor-portal.eml": j30,
    "j31-keystone-ap-condensate-pump-price.eml": j31,
    "j32-delgado-mateo-harbor-heater-no-pilot.eml": j32,
    "j33-summit-linda-wifi-price-filters-short.eml": j33,
    "j34-delgado-office-heater-serial-warranty-question.eml": j34,
    "j35-riverbend-karen-thanks-credit-memo.eml": j35,
    "j36-summit-raj-ceiling-tile-back.eml": j36,
    "j37-summit-raj-rma-pickup-ready-fyi.eml": j37,
    "j38-portal-keystone-tech-wrong-filters.json": j38,
    "j39-upload-site-receiving-log-extra-pex-coil.txt": j39,
    "j40-upload-home-warranty-claim-expansion-tank.txt": j40,
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
