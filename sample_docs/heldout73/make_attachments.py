"""Write every request file of heldout73: the year-end rush.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Monday 2026-10-26 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. It is the end of the year for everybody:
warehouses do their month-end and physical inventory counts and find extra, missing and
wrong stock; shops clean out their shelves and vans before the holidays and want to send
back what they will not use; controllers, AP clerks and outside bookkeepers close the books
and want every credit posted before December 31. Some of it is a claim, some of it only
looks like one (a withdrawn shortage, a status question, a statement request, an auditor's
request for delivery receipts, an out-of-office reply during the count).

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos and scans with Pillow (noise from a
seeded generator). Nothing reads the clock or the time zone.

The helpers (tokens, local time, header folding, MIME assembly, the mail program layouts,
the PDF block writer, the paper sheet with its scan and photo) are copied from the model
set heldout72's make_attachments.py and extended; the requests are this set's own.
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
DWAYNE = ("Dwayne Fisher", "dfisher@keystonemech.com")  # warehouse lead, domain only
PAULA = ("Paula Brennan", "pbrennan@keystonemech.com")  # controller, domain only
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")  # contact
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")  # contact
SAM = ("Sam Kowalski", "warehouse@riverbendph.com")  # warehouse, domain only
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")  # contact
LINDA = ("Linda Chu", "ap@summithvac.net")  # contact
CARMEN = ("Carmen Ortiz", "cortiz@summithvac.net")  # new parts and inventory clerk, domain only
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")  # contact
GRACE = ("Grace Kim", "payables@harborpointpm.com")  # contact
THANH = ("Thanh Nguyen", "tnguyen@harborpointpm.com")  # new maintenance tech, domain only
# Delgado & Sons Plumbing (C-1005), hosted mail on both its domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")  # contact
LUPE = ("Lupe Garza", "lupe@delgadoplumbing.com")  # office manager, domain only
TONY = ("Tony Delgado", "tony@delgadosons.com")  # the owner, domain only
# Nobody the ERP knows
HAL = ("Hal Brubaker", "hal@brubakerbuilds.com")  # a general contractor's superintendent

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119"),
    "gws": ("mail-yw1-f173.google.com", "209.85.128.173"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
    "gc": ("p-out-07.securemail-host.example", "198.51.100.23"),
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


# ------------------------------------------------------------------ Thunderbird, AT&T, auto-reply


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


def att_webmail(key, person, subject, when, text, files=()):
    """AT&T mail (Yahoo's web mail): text and its HTML, a photo after them; Date in UTC."""
    stamp = int(tok("yts", key, n=6), 16)
    markup = (
        '<html><head></head><body><div class="ydp3f1c2a4byahoo-style-wrap" '
        'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + "".join(
            f'<div dir="ltr" data-setdir="false">{html.escape(r, quote=False) or "<br>"}</div>'
            for r in text.rstrip("\n").split("\n")
        )
        + "</div></body></html>"
    )
    alt = multi(
        "alternative",
        f"----=_Part_{stamp % 9000000 + 1000000}_{stamp}.{1796000000000 + stamp}",
        [
            leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
            leaf("text/html; charset=UTF-8", markup, "quoted-printable"),
        ],
    )
    part = alt
    if files:
        part = multi(
            "mixed",
            f"----=_Part_{stamp % 9000000 + 1000001}_{stamp + 1}.{1796000000001 + stamp}",
            [alt, *files_parts(files)],
        )
    rows = [("Date", rfc(when, utc=True) + " (UTC)"), ("From", addr(person))]
    rows += [("To", addr(DESK))]
    rows += [("Message-ID", f"<{stamp}.{stamp % 999983}.{1796000000000 + stamp}@mail.yahoo.com>")]
    rows += [("Subject", subject), ("MIME-Version", "1.0")]
    rows += [("X-Mailer", "WebService/1.1.24794 YMailNorrin")]
    return mail(key, person, when, "att", rows, part)


def exchange_auto_reply(key, person, subject, when, text, reply_to):
    """An Outlook automatic reply (out of office), sent by Exchange Online."""
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '</head>\n<body>\n<div style="font-family:Aptos,sans-serif;font-size:11pt">\n'
        + "".join(
            f"<p>{html.escape(p, quote=False)}</p>\n" for p in text.rstrip("\n").split("\n\n")
        )
        + "</div>\n</body>\n</html>\n"
    )
    alt = multi(
        "alternative",
        f"_000_{tok('oof', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="us-ascii"', text, "quoted-printable"),
            leaf('text/html; charset="us-ascii"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when)
    at_id = [k for k, _ in rows].index("Message-ID") + 1
    rows[at_id:at_id] = [
        ("References", reply_to),
        ("In-Reply-To", reply_to),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", person[1]),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return mail(key, person, when, "exo", rows, alt)


def quoted(text):
    return "\n".join("> " + r if r else ">" for r in text.rstrip("\n").split("\n"))


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
SIG_DWAYNE = (
    para("""
    Dwayne Fisher
    Warehouse Lead
    Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    717-555-0172
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_PAULA = (
    para("""
    Paula Brennan, CPA
    Controller
    Keystone Mechanical Contractors
    T 717-555-0165 | pbrennan@keystonemech.com
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
SIG_SAM = para("""
    --
    Sam Kowalski
    Warehouse / Deliveries
    Riverbend Plumbing & Heating
    (304) 555-0102 x4
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager | Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    O 918-555-0140 | C 918-555-0186
    """)
SIG_CARMEN = para("""
    --
    Carmen Ortiz
    Parts & Inventory
    Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    918-555-0147
    """)
SIG_LINDA = para("""
    --
    Linda Chu
    Accounts Payable
    Summit HVAC Services
    918-555-0142 | ap@summithvac.net
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
SIG_LUPE = para("""
    Lupe Garza
    Office Manager
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    """)


def ours(key):
    """A Message-ID of a mail our claims desk sent (Exchange Online)."""
    return exo_msgid("lakeshore-" + key, NADIA)


# ------------------------------------------------------------------ the requests


def e01():
    when = at("2026-10-26 08:12", "ET")
    text = para("""
        Hi Nadia,

        We're doing our inventory count this Friday (10/30) and I'm trying to get the shelves cleaned up before then.

        We have 12 of the 1-1/2" black malleable unions left over from PO 24388 (your SO-104214, delivered Oct 2). The job ended up needing fewer than we thought, and 5 already went back to you on RMA-9002 earlier this month. The 12 are still in the original bags, never opened.

        Could you set up a return for the 12? Mike can bring them to the Charleston counter or your driver can grab them on the next delivery, whichever is easier for you.

        The check valves from that order are a separate story, Mike is still sorting out what he has on the truck.

        Thanks!
        Karen

        """)
    return gmail(
        "e01",
        KAREN,
        "Return - unions from PO 24388",
        when,
        [("p", text + SIG_KAREN)],
    )


def e02():
    when = at("2026-10-27 10:41", "ET")
    text = para("""
        Nadia,

        We wrapped up the Linden Street job last week. We have 8 bags of the 1/2" PEX crimp couplings (bags of 25) left from PO-77731 that we will not use, all still sealed. Can we send them back for credit? I'd like to get them off the shelf and off our books before year end (Dec 31 for us).

        The 1" ball valves from that order are all used or already went back to you on RMA-9004.

        Thanks,
        Tom

        """)
    return outlook_desktop(
        "e02", TOM, "PO-77731 - leftover PEX couplings", when, [("p", text + SIG_TOM)]
    )


def packing_slip(key):
    """Our packing slip for SO-104226, written on at the jobsite, photographed on a tailgate."""
    s = Sheet(key, w=1275, h=1650, paper=(248, 248, 246))
    s.text(70, 60, "LAKESHORE PIPE & SUPPLY", 46, PRINT_BOLD)
    s.text(70, 122, "Harrisburg Branch (DC-EAST)  -  2600 Paxton St, Harrisburg, PA 17111", 24)
    s.text(70, 154, "717-555-0100  -  www.lakeshorepipe.example", 24)
    s.text(880, 60, "PACKING SLIP", 40, PRINT_BOLD)
    s.line(70, 200, 1205, 200, 3)
    rows = [
        ("Order:", "SO-104226", "Customer PO:", "PO-77790"),
        ("Ship date:", "10/26/2026", "Shipment:", "SH-55105"),
        ("Carrier:", "R+L CARRIERS", "PRO:", "RL123377412"),
    ]
    y = 228
    for a, b, c, d in rows:
        s.text(70, y, a, 26, PRINT_BOLD)
        s.text(250, y, b, 26)
        s.text(640, y, c, 26, PRINT_BOLD)
        s.text(850, y, d, 26)
        y += 44
    s.text(70, y + 10, "Sold to:", 26, PRINT_BOLD)
    s.text(250, y + 10, "Keystone Mechanical Contractors", 26)
    s.text(70, y + 54, "Ship to:", 26, PRINT_BOLD)
    s.text(250, y + 54, "KEYSTONE MECH c/o BRUBAKER BUILDERS", 26)
    s.text(250, y + 92, "SUSQUEHANNA COMMONS - 300 N FRONT ST", 26)
    s.text(250, y + 130, "HARRISBURG PA 17101   Call Hal 717-555-0123", 26)
    y += 200
    s.box(70, y, 1205, y + 52, 2, fill=(228, 228, 228))
    heads = [(80, "LN"), (140, "ITEM"), (420, "DESCRIPTION"), (960, "ORD"), (1080, "SHIP")]
    for x, h in heads:
        s.text(x, y + 12, h, 24, PRINT_BOLD)
    items = [
        ("1", "PIP-CU-L-100-20", '1" TYPE L COPPER TUBE 20FT', "30", "30"),
        ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL C X C', "200", "200"),
        ("3", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "36", "36"),
    ]
    for ln, sku, desc, o, sh in items:
        y += 52
        s.box(70, y, 1205, y + 52, 1)
        for x, v in zip((80, 140, 420, 960, 1080), (ln, sku, desc, o, sh), strict=True):
            s.text(x, y + 12, v, 24)
    first = y - 2 * 52
    ink = (30, 30, 40)
    s.circle(1050, first + 2, 1170, first + 50, ink)
    y += 110
    s.text(70, y, "Note any damage or shortage on this slip before the driver leaves.", 22)
    y += 70
    s.hand(90, y, "3 lengths crushed by forks - 27 good", 40, ink)
    s.hand(90, y + 70, "photos on my phone", 36, ink)
    y += 200
    s.text(70, y, "Received by:", 24, PRINT_BOLD)
    s.line(240, y + 30, 640, y + 30, 1)
    s.hand(260, y - 14, "H. Brubaker", 42, ink, HAND_NARROW)
    s.text(680, y, "Date:", 24, PRINT_BOLD)
    s.line(760, y + 30, 1000, y + 30, 1)
    s.hand(780, y - 10, "10/28/26", 36, ink)
    y += 90
    s.text(70, y, "Driver:", 24, PRINT_BOLD)
    s.line(240, y + 30, 640, y + 30, 1)
    s.hand(260, y - 14, "J Kline  R+L", 40, (20, 20, 20), HAND_NARROW)
    s.text(70, 1560, "Page 1 of 1    Printed 10/26/2026 05:42    Pick DC-EAST", 20)
    return s.photo(-2.4, desk=(120, 110, 96))


def e03():
    when = at("2026-10-29 07:18", "ET")
    body = para("""
        Good morning,

        I'm the superintendent for Brubaker Builders on the Susquehanna Commons project (300 N Front St, Harrisburg). Your freight truck dropped a delivery for our mechanical sub, Keystone Mechanical, yesterday afternoon. When we cut the straps on the bundle of 1" copper, three of the 20 ft lengths were crushed flat about 4 ft from one end. Looks like the forks went into the bundle. The other 27 are fine.

        Photo of your packing slip attached, I wrote it on there and the driver signed. The fittings and the ball valves were on a separate pallet and look ok, Keystone will count those.

        Keystone's PM is Tom Morales, I texted him the same. Can you get 3 replacement lengths out this week? We start roughing in the 3rd floor Monday and Keystone needs the copper.

        Hal Brubaker
        Superintendent | Brubaker Builders
        C 717-555-0123

        Sent from my iPhone
        """)
    return iphone(
        "e03",
        HAL,
        "Damaged copper delivered to Susquehanna Commons jobsite",
        when,
        body,
        photo=("IMG_4471.jpeg", packing_slip("e03")),
        via="gc",
    )


E04_TEXT = para("""
    Nadia - did our month end count today. PO-77790 came in Wed 10/28 from R+L. packing list says 200 of the 1" copper 90s (KM-40112), we have 180. thats 9 bags of 20, so short 20. copper and ball valves counted ok.
    pls credit or ship the 20, either works

    Dwayne Fisher
    Warehouse - Keystone Mechanical
    717-555-0172
    """)


def e04():
    when = at("2026-10-30 15:52", "ET")
    return outlook_ios("e04", DWAYNE, "short on 90s po-77790", when, E04_TEXT)


def e05():
    when = at("2026-11-02 08:05", "ET")
    text = para("""
        Nadia,

        Estes dropped PO 24460 at the shop Saturday morning (pro ES4410377105). One of the 10 sticks of 1" type L is flattened in the middle, can't use it. Our Saturday guy signed for it before anybody looked at the bundle, sorry about that.

        Tees and the 3/4 ball valves look fine, haven't counted the valves one by one yet, we'll do that on the count.

        Can you send 1 replacement stick with the next delivery?

        Mike

        """)
    return gmail("e05", MIKE, "Dented copper - PO 24460", when, [("p", text + SIG_MIKE)])


def e06():
    when = at("2026-11-03 09:37", "CT")
    text = para("""
        Hello Nadia,

        We receive the PO 40962 on Thursday 29 with your truck. Today Hector open the boxes of the 1" copper elbows for the job in Flour Bluff and there is only 3 boxes, must be 4 boxes of 25. So we have 75 elbows, not 100. Please send the box that is missing or make the credit.

        The pressure valves and the copper tubes are complete, we count them.

        Thank you,
        Rosa Delgado
        Delgado & Sons Plumbing
        361-555-0190
        """)
    return apple_mail("e06", ROSA, "Missing elbows PO 40962", when, text)


def e07():
    when = at("2026-11-04 13:20", "CT")
    body = para("""
        Hi Nadia,

        We counted the stock that came in Monday on PO 60377 (ODFL, pro OD0782290518). The ceiling tile is right, 40 cartons. The 10x6 white floor registers we ordered 30 and there are 34 on the pallet, so 4 more than the order and your invoice 88109.

        Let me know if you want them back or if your driver will pick them up on the next run. We'll keep them aside in the cage.

        Thanks
        Raj

        """)
    return outlook16("e07", RAJ, "PO 60377 - extra floor registers", when, body + SIG_RAJ)


def e08():
    when = at("2026-11-05 11:03", "ET")
    text = para("""
        Thank you Nadia, got the RMA number. Sorry for the slow reply, it's been crazy here with the count. Mike will drop the 12 unions at the counter Monday on his way to the Kanawha job.

        That's all we need on this one, have a good weekend!

        Karen
        """)
    quote = para("""
        Hi Karen,

        Thank you for your request. We have set up a return for 12 pcs FTG-BI-U-150 (1-1/2" black malleable union) from SO-104214 / your PO 24388 under RMA-9117. Please put the RMA number on the bags. Credit will be issued once the items are received and inspected, less the 10% restocking fee of your agreement.

        Best regards,
        Nadia Brandt
        Claims | Lakeshore Pipe & Supply
        """)
    return gmail(
        "e08",
        KAREN,
        "Re: Return - unions from PO 24388",
        when,
        [
            ("p", text),
            (
                "quote",
                (
                    "On Mon, Oct 26, 2026 at 2:47 PM Lakeshore Claims <claims@lakeshorepipe.example> wrote:",
                    quote,
                ),
            ),
        ],
        reply=ours("e01-ack"),
    )


def e09():
    when = at("2026-11-06 07:44", "ET")
    text = para("""
        Nadia disregard my email from last Friday about the 20 short 90s on PO-77790. found the bag this morning, it was stuck under the copper in the bundle cradle. count is 200, all good. sorry for the trouble
        Dwayne
        """)
    sent = at("2026-10-30 15:52", "ET")
    history = (
        "From: Dwayne Fisher <dfisher@keystonemech.com>\n"
        f"Sent: {sent:%A, %B} {sent.day}, {sent.year} {sent.hour % 12 or 12}:{sent:%M:%S %p}\n"
        "To: Lakeshore Claims <claims@lakeshorepipe.example>\n"
        "Subject: short on 90s po-77790\n\n" + E04_TEXT
    )
    return outlook_ios(
        "e09",
        DWAYNE,
        "RE: short on 90s po-77790",
        when,
        text,
        history,
        reply=exo_msgid("e04", DWAYNE),
    )


def e10():
    when = at("2026-11-09 09:15", "ET")
    text = para("""
        Nadia,

        The first shipment on PO-77812 came in Thursday (R+L, pro RL123456789). We started staging the 2" bronze gate valves for the boiler room this morning and two of them have a crack through the bonnet. Both were in the same carton and that carton is caved in on one corner, so I'd say it got dropped. Lot L2611 on the tags.

        The other 38 gate valves are fine and the 90s are all there. The PRVs and PEX came Friday on the Estes truck, no issues.

        Please send 2 replacements or credit. I'd rather have replacements, we set these the week after Thanksgiving. I'll keep the 2 bad ones and the carton here until you tell me what you need for the freight claim.

        Thanks,
        Tom

        """)
    return outlook_desktop(
        "e10",
        TOM,
        "PO-77812 / SO-104233 - 2 gate valves cracked",
        when,
        [("p", text + SIG_TOM)],
    )


def e11():
    when = at("2026-11-09 16:48", "CT")
    body = para("""
        Nadia

        Picked up PO 40988 friday at your yard.
        Bag of 1 1/2 unions have 10, ticket say 12. Short 2.
        Also 2 of the pipe pieces (10 ft each) are bent, your forklift guy hit them when he load my truck, I told him there. Rest of the pipe ok and the 1" valves ok.
        Need the 2 unions and 2 new pieces 10ft cut. Is for the Ocean Dr job we need before thanksgiving

        Tony

        Sent from my iPhone
        """)
    return iphone("e11", TONY, "Unions and pipe", when, body)


def e12():
    when = at("2026-11-10 14:06", "ET")
    intro = para("""
        Nadia,

        Receiving on PO-77830 (ODFL came Friday, pro OD0782301177). Counts below.

        """)
    rows = [
        ('3" swing check valve', "KM-88502", "6", "7", "1 extra"),
        ('1-1/2" union', "KM-40415", "40", "40", "ok"),
        ("condensate pump 115V", "", "8", "8", "ok"),
        ("circulator 1/25 HP", "", "4", "4", "1 DOA"),
    ]
    outro = para("""
        The extra check valve we'll send back with your driver, it's tagged in the cage.

        Tom has us bench test the circulators before they go out to a job. One of the 4 just hums and won't turn, tried it twice on the test stand. Need a replacement or credit for that one.

        Dwayne

        """)
    return outlook_desktop(
        "e12",
        DWAYNE,
        "PO-77830 receiving - 1 extra check valve, 1 bad circulator",
        when,
        [
            ("p", intro),
            ("table", (["Item", "Our part #", "Ordered", "Received", "Note"], rows)),
            ("p", outro + SIG_DWAYNE),
        ],
    )


E13_INTRO = para("""
    Good morning Nadia,

    Your truck delivered PO 70231 to our maintenance shop at the Bayview property on Monday. We checked it in yesterday:

    """)
E13_ROWS = [
    ("10x6 floor register, white", "60", "60", "4 bent - frame bent, louvers won't close"),
    ("16x25x1 MERV 11 filters (case of 12)", "24 cs", "22 cs", "2 cases short"),
    ("Thermostat non-prog 24V", "10", "10", "OK"),
]
E13_OUTRO = para("""
    Please credit the 2 cases of filters and the 4 registers. I signed the delivery receipt without noting it because the driver was in a hurry, my mistake.

    We have our year-end inventory on December 15 and I want this cleaned up before that.

    Thanks,
    Luis

    """)


def e13():
    when = at("2026-11-11 10:22", "CT")
    return outlook_desktop(
        "e13",
        LUIS,
        "PO 70231 - filters short and registers damaged",
        when,
        [
            ("p", E13_INTRO),
            ("table", (["Item", "Ordered", "Received", "Comments"], E13_ROWS)),
            ("p", E13_OUTRO + SIG_LUIS),
        ],
        cc=(GRACE,),
    )


def e14():
    when = at("2026-11-13 09:02", "CT")
    text = para("""
        Hello,

        Please see Luis's email below. Your invoice 88160 bills us for 24 cases of the 16x25x1 filters at $38.40 and we only received 22. We will short-pay 2 cases ($76.80) unless we get a credit memo before our November close on the 30th. Please send the credit memo to payables@harborpointpm.com.

        The bent registers Luis mentions are his to sort out with you, I only need the filter credit on the invoice.

        Thank you,
        Grace

        """)
    sent = at("2026-11-11 10:22", "CT")
    return outlook_desktop(
        "e14",
        GRACE,
        "FW: PO 70231 - filters short and registers damaged",
        when,
        [
            ("p", text + SIG_GRACE),
            (
                "hdr",
                (
                    "Luis Ortega <maintenance@harborpointpm.com>",
                    sent,
                    "Lakeshore Claims <claims@lakeshorepipe.example>",
                    "PO 70231 - filters short and registers damaged",
                    "Grace Kim <payables@harborpointpm.com>",
                ),
            ),
            ("p", E13_INTRO),
            ("table", (["Item", "Ordered", "Received", "Comments"], E13_ROWS)),
            ("p", E13_OUTRO + SIG_LUIS),
        ],
    )


def e15():
    when = at("2026-11-16 07:50", "ET")
    top = para("""
        Nadia,

        Did the count on PO 24530 (R+L Thursday).

        """)
    table = para("""
        item              ordered   counted
        1" ball valve       48        48
        1" cu 90           250       275
        3/4 PRV              4        --   (on the van, not counted)

        """)
    rest = para("""
        So 25 extra 90s.

        Actually scratch that, Danny recounted the 90s after lunch Friday and one bag we counted was our own stock from the last job. It's 270, so 20 extra, not 25. The ball valves are right.

        Want us to send the 20 back with your driver or bring them to the counter?

        Mike

        """)
    return gmail(
        "e15",
        MIKE,
        "PO 24530 count",
        when,
        [("p", top), ("typed", table), ("p", rest + SIG_MIKE)],
    )


def e16():
    when = at("2026-11-17 11:34", "CT")
    body = para("""
        Hi Nadia,

        Our tech opened 2 of the filter cases from PO 60455 at a job this morning. The case labels say 16x25x1 MERV 11 but the filters inside are MERV 8 (it's printed on the frames). The other 18 cases are MERV 11. The customer's spec is MERV 11 so we can't use them.

        Can you swap the 2 cases? UPS tracking 1Z4F83090342291043 if you need it.

        The condensate pumps and thermostats on that order I haven't heard about yet, Carmen is still checking them in.

        Thanks
        Raj

        """)
    return outlook16("e16", RAJ, "PO 60455 - wrong filters in 2 cases", when, body + SIG_RAJ)


def e17():
    when = at("2026-11-18 15:10", "CT")
    text = para("""
        Nadia,

        One of the three 50 gallon gas water heaters from PO 70288 (Estes, delivered 11/11) won't hold the pilot. We installed it Monday in unit 14B at Marina Oaks. Thermocouple is new, gas pressure checked ok, it lights and goes out as soon as you let go of the knob. Our plumber says the gas control valve is bad.

        The other 2 heaters are installed and running and the expansion tanks are fine.

        We need a replacement unit as soon as possible, the tenant has no hot water. Serial number on the bad one is 2610M0448712.

        Luis

        """)
    return outlook_desktop(
        "e17",
        LUIS,
        "PO 70288 - water heater pilot won't stay lit",
        when,
        [("p", text + SIG_LUIS)],
        importance=True,
    )


def e18():
    when = at("2026-11-19 08:27", "ET")
    text = para("""
        Nadia,

        We've had two callbacks this month on the 1-1/4" thermostatic mixing valves we bought on PO-76115 last October for the Camp Hill school job. Both are not holding temperature - swinging between 105 and 140 at the fixtures. We replaced the cartridges and they still do it, so I think the valve bodies are bad.

        Can you warranty those 2? The other 2 from that order are working ok. The circulators and expansion tanks from that PO are fine too (one circulator went back to you last year already).

        Tom

        """)
    return outlook_desktop(
        "e18", TOM, "Mixing valves - PO-76115 (last year)", when, [("p", text + SIG_TOM)]
    )


def e19():
    when = at("2026-11-19 12:55", "ET")
    text = para("""
        Hi Nadia,

        Couple of questions before the holidays:

        1. What are the counter hours in Charleston between Christmas and New Year's?
        2. We're cleaning out the warehouse in December and will probably have some stock to send back. Is there a cut-off date for returns if we want the credit on this year's statement, or doesn't it matter?

        I'll put together a list once we're done counting, nothing to send yet.

        Thanks,
        Mike

        """)
    return gmail(
        "e19", MIKE, "Holiday hours / returns before year end", when, [("p", text + SIG_MIKE)]
    )


def e20():
    when = at("2026-11-20 10:48", "CT")
    top = para("""
        Hi Nadia,

        I'm the new parts & inventory clerk at Summit, I took over receiving from Marcus this month. I finished checking in PO 60455 (UPS, delivered 11/12). Here is what I found:

        """)
    rows = [
        ("Condensate pump 115V", "10", "10", "3 don't run"),
        ("Thermostat non-prog 24V", "12", "12", "1 cracked display"),
        ("Filters 16x25x1 MERV 11", "20 cs", "20 cs", "Raj already emailed you about 2 cases"),
    ]
    rest = para("""

        Update on the pumps: Raj tested them again this morning and one of the 3 was fine, the float was stuck from shipping. So it's 2 pumps that don't work (the motor doesn't start when the float is up).

        The thermostat with the cracked display came in a box that was crushed on one side.

        Please let me know how to send them back. Thank you!

        """)
    return gmail(
        "e20",
        CARMEN,
        "PO 60455 - check in",
        when,
        [
            ("p", top),
            ("sheets", (["Item", "Ordered", "Received", "Problem"], rows)),
            ("p", "\n" + rest + SIG_CARMEN),
        ],
    )


def e21():
    when = at("2026-11-23 08:40", "CT")
    body = para("""
        Hi Nadia,

        Bit of an odd one. Harbor Point manages the Riverside Flats apartments here in Tulsa and we do their HVAC service. Their maintenance office sent up thermostats from their own order to install there (their order SO-104239, the 24V non-programmables). One of them is dead out of the box - no display with 24V at the terminals, and another stat on the same wires works fine.

        Luis Ortega at Harbor Point said to send it to you direct since we have the unit here. Can you replace it? We can drop the bad one at your Tulsa counter.

        Thanks
        Raj

        """)
    return outlook16(
        "e21", RAJ, "Dead thermostat - Harbor Point order SO-104239", when, body + SIG_RAJ
    )


def legal_pad(key):
    """Sam's list on a yellow legal pad, photographed on the warehouse bench."""
    s = Sheet(key, w=1200, h=1600, paper=(252, 245, 190))
    for y in range(180, 1560, 62):
        s.line(0, y, 1200, y, 1, (120, 150, 200))
    s.line(150, 0, 150, 1600, 2, (210, 90, 90))
    ink = (15, 15, 20)
    lines = [
        (180, 118, "BACK ROOM - RETURNS        11/23", 44),
        (180, 242, "PO 24388   (SO-104214)", 46),
        (180, 366, "1-1/2 blk unions  =  20 pcs", 46),
        (520, 428, "not needed - RETURN", 42),
        (180, 552, '3" swing check  =  1 pc', 46),
        (520, 614, "extra - not needed", 42),
        (180, 738, '3" check - WRONG - 1', 46),
        (520, 800, "wafer in the swing box", 42),
        (520, 862, "SWAP for swing ck (Mike)", 42),
        (180, 986, "ask Nadia for RMA on all", 40),
        (700, 1172, "- Sam", 44),
    ]
    for x, y, text, size in lines:
        s.hand(x, y, text, size, ink)
    s.line(180, 1046, 700, 1050, 3, ink)
    return s.photo(1.6, desk=(150, 150, 148))


def e22():
    when = at("2026-11-23 14:15", "ET")
    text = para("""
        Hey Nadia,

        Karen asked me to clean out the back room before year end. Here's what I have left from PO 24388 (SO-104214), my list is attached:

        - 1-1/2" black unions: 20 pcs, not needed, want to return
        - 3" swing check valves: 2 pcs. One is extra, not needed. The other one isn't even a swing check, it's a 3" wafer check in a swing check box. We need that one swapped for the right valve, Mike wants it as a spare for the pump station.

        Can you send an RMA for all of it? I can bring it to the counter any morning this week except Thursday.

        Thanks

        """)
    return gmail(
        "e22",
        SAM,
        "Returns from back room - PO 24388",
        when,
        [("p", text + SIG_SAM)],
        files=[("IMG_20261123_134902.jpg", "image/jpeg", legal_pad("e22"))],
    )


def e23():
    when = at("2026-11-24 09:30", "ET")
    text = para("""
        Hi Nadia,

        We did our year-end count over the weekend (finally!) and found a problem with PO 24460 from October 31. The 3/4" ball valves should all be sweat, but 4 of them in the box are threaded (FIP). We didn't catch it at receiving because the box label says sweat.

        We need 4 sweat valves in place of the threaded ones. Mike will bring the 4 threaded ones back to the counter.

        Everything else from that order matched on the count, the tees and the copper (except the dented stick Mike already told you about).

        Thanks,
        Karen

        """)
    return gmail(
        "e23", KAREN, "PO 24460 - wrong ball valves found at count", when, [("p", text + SIG_KAREN)]
    )


def e24():
    when = at("2026-11-24 13:05", "CT")
    body = para("""
        Hi Nadia, sorry to bother. For the 25 elbows missing, is the credit already made? Our accountant is closing the month and she ask me. We dont need the elbows anymore, the job is finish, only the credit.
        Thank you
        Rosa

        Sent from my iPhone

        > On Nov 3, 2026, at 2:41 PM, Lakeshore Claims <claims@lakeshorepipe.example> wrote:
        >
        > Hello Rosa,
        >
        > Thank you for letting us know. We have opened a shortage claim for 25 pcs FTG-CU-E90-100 (1" wrot copper 90) on SO-104231, your PO 40962, and asked our Corpus Christi branch to recount. Once the shortage is confirmed the credit will be posted to your account.
        >
        > Best regards,
        > Nadia Brandt
        > Claims | Lakeshore Pipe & Supply
        """)
    return iphone("e24", ROSA, "Re: Missing elbows PO 40962", when, body, reply=ours("e06-ack"))


def e25():
    when = at("2026-11-25 10:10", "ET")
    intro = para("""
        Hi Nadia,

        I'm the controller at Keystone. While closing November we matched your invoice INV-88133 (SO-104235, our PO-77830) against the PO and found one price difference:

        """)
    rows = [
        ("1", '3" swing check valve', "189.00", "189.00", "6", "0.00"),
        ("2", '1-1/2" union', "10.80", "10.80", "40", "0.00"),
        ("3", "Condensate pump 115V", "61.50", "64.90", "8", "27.20"),
        ("4", "Circulator 1/25 HP", "139.00", "139.00", "4", "0.00"),
    ]
    outro = para("""
        Please issue a credit memo for $27.20 (8 x $3.40). We close our fiscal year on December 31 and I'd like every open vendor difference cleared before then.

        Dwayne's emails about the extra check valve and the circulator are separate, please don't net them into this.

        Regards,

        """)
    return outlook_desktop(
        "e25",
        PAULA,
        "INV-88133 - condensate pump price difference",
        when,
        [
            ("p", intro),
            ("table", (["Line", "Item", "PO price", "Invoiced", "Qty", "Difference"], rows)),
            ("p", outro + SIG_PAULA),
        ],
    )


def e26():
    when = at("2026-11-25 15:35", "CT")
    text = para("""
        Hello,
        I am the new maintenance tech at Harbor Point, Luis ask me to clean the shop storage before the inventory on Dec 15. I find 2 thermostat (non programmable 24V, white) still in the box, we try to install them last week and they not turn on, both of them. Also 3 case of filter 16x25x1 MERV 11 we dont use, our units here take 20x25.
        I dont know the PO number, the boxes have no paper. Can we return? Please tell me what to do.
        Thanh Nguyen
        Maintenance Tech, Harbor Point
        361-555-0183
        """)
    return outlook_ios("e26", THANH, "Return thermostats and filters", when, text)


def e27():
    when = at("2026-11-30 08:55", "CT")
    text = para("""
        Hello Nadia,

        One of the 50 gallon gas water heater we buy last year (PO 40611, October 2025) is leaking from the tank, in the bottom. It is the one in the house of Mr. Alvarez on Everhart Rd. Tony check it Saturday, the water is coming from the tank, not from the pipes or the relief valve.

        The other heater from that order is working good, also the expansion tanks and the ball valves.

        Please we need a new heater by the warranty. Tony can bring the old one to your branch.

        Thank you
        Rosa Delgado
        Delgado & Sons Plumbing
        361-555-0190
        """)
    return apple_mail("e27", ROSA, "Water heater leaking - PO 40611", when, text)


def e28():
    when = at("2026-11-30 11:40", "ET")
    text = para("""
        I am out of the office Monday, November 30 through Wednesday, December 2 for our annual physical inventory, with limited access to email.

        For anything urgent on a job please call the office at 717-555-0148 and ask for Dwayne Fisher. Accounts payable questions go to ap@keystonemech.com.

        I will reply when I am back on Thursday, December 3.

        Tom Morales
        Keystone Mechanical Contractors
        """)
    return exchange_auto_reply(
        "e28",
        TOM,
        "Automatic reply: Claim update - PO-77812 gate valves",
        when,
        text,
        ours("e10-update"),
    )


def debit_memo_pdf(when):
    return pdf_doc(
        when,
        "Keystone Mechanical Contractors - AP",
        "Debit memo DM-26-0417",
        [
            ("h1", "Keystone Mechanical Contractors"),
            (
                "text",
                "1450 Industrial Rd, Harrisburg, PA 17110  |  717-555-0160  |  ap@keystonemech.com",
            ),
            ("gap", 14),
            ("h2", "DEBIT MEMO"),
            (
                "kv",
                [
                    ("Debit memo no.", "DM-26-0417"),
                    ("Date", "12/01/2026"),
                    ("Vendor", "Lakeshore Pipe & Supply (our vendor no. V-0388)"),
                    ("Your invoice", "INV-88098 dated 10/26/2026"),
                    ("Your order", "SO-104226"),
                    ("Our PO", "PO-77790 dated 10/22/2026"),
                ],
            ),
            ("gap", 12),
            (
                "table",
                (
                    [92, 150, 40, 58, 58, 50, 68],
                    ["Item", "Description", "Qty", "Invoiced", "PO price", "Diff", "Amount"],
                    [
                        [
                            "PIP-CU-L-100-20",
                            '1" type L copper, 20 ft',
                            "30",
                            "76.40",
                            "71.80",
                            "4.60",
                            "138.00",
                        ],
                        [
                            "FTG-CU-E90-100",
                            '1" wrot 90, C x C',
                            "200",
                            "2.95",
                            "2.95",
                            "0.00",
                            "0.00",
                        ],
                        [
                            "VLV-1005-BV",
                            '1" ball valve, FP, thd',
                            "36",
                            "15.20",
                            "15.20",
                            "0.00",
                            "0.00",
                        ],
                    ],
                ),
            ),
            ("gap", 10),
            ("h2", "Total debit: $138.00"),
            (
                "text",
                "Reason: unit price on the invoice differs from the price on our purchase order. "
                "Please issue a credit memo referencing this debit memo. Payment of INV-88098 "
                "was made less $138.00 on check 40877.",
            ),
            ("gap", 8),
            ("small", "Questions: Dana Ruiz, Accounts Payable, 717-555-0160"),
        ],
    )


def e29():
    when = at("2026-12-01 11:20", "ET")
    text = para("""
        Hi Nadia,

        Our auditors come in January and I'm clearing open items before we close the year. Invoice INV-88098 (SO-104226, our PO-77790) bills the 1" type L copper at $76.40 a length; our PO and your order confirmation have $71.80. That's $4.60 x 30 lengths = $138.00.

        Debit memo DM-26-0417 is attached. Could you send us a credit memo before December 31? The 90s and the ball valves on that invoice are billed correctly.

        Thank you,

        """)
    return outlook_desktop(
        "e29",
        DANA,
        "Price difference INV-88098 - credit memo before year end",
        when,
        [("p", text + SIG_DANA)],
        files=[("DM-26-0417.pdf", "application/pdf", debit_memo_pdf(when))],
    )


def e30():
    when = at("2026-12-01 14:02", "CT")
    text = para("""
        Hello Nadia,

        This is Lupe in the office at Delgado & Sons. We are doing our year end inventory and Tony tested the spare electric water heater we kept in the shop from PO 40917 (delivered October 7). It does not heat at all. He checked with the meter and the upper element shows open. It was never installed, only filled for the test.

        Can you take it back on the warranty and send a good one? The other heater went in at the job in October, and the expansion tanks and valves we used.

        Thank you,

        """)
    return thunderbird("e30", LUPE, "Heater PO 40917 not heating", when, text + SIG_LUPE)


def e31():
    when = at("2026-12-02 09:45", "CT")
    body = para("""
        Hi Nadia,

        Thanks, the 2 filter cases got swapped last week, all good there.

        Different order: we're clearing out van stock before year end and have 3 of the 7-day Wi-Fi thermostats left from PO 60418 (delivered Nov 5), never opened. The job changed to a different brand. Can we send those 3 back for credit?

        Thanks
        Raj

        """)
    quote = "\n" + para("""

        -----Original Message-----
        From: Lakeshore Claims <claims@lakeshorepipe.example>
        Sent: Tuesday, November 17, 2026 2:40 PM
        To: Raj Patel <raj.patel@summithvac.net>
        Subject: RE: PO 60455 - wrong filters in 2 cases

        Hi Raj,

        We have set up the exchange of 2 cases HVC-FLT-1625-M11 on SO-104244 (your PO 60455). Our driver will bring the 2 correct cases and pick up the MERV 8 cases on his next Tulsa run.

        Best regards,
        Nadia Brandt
        Claims | Lakeshore Pipe & Supply
        """)
    return outlook16(
        "e31",
        RAJ,
        "RE: PO 60455 - wrong filters in 2 cases",
        when,
        body + SIG_RAJ + quote,
        reply=ours("e16-ack"),
    )


def confirmation_pdf(when):
    return pdf_doc(
        when,
        "Harmon & Reyes, CPAs",
        "Vendor balance confirmation - Summit HVAC Services",
        [
            ("h1", "Harmon & Reyes, CPAs"),
            ("text", "1 W 3rd St, Suite 900, Tulsa, OK 74103  |  918-555-0100"),
            ("gap", 14),
            ("h2", "Vendor balance confirmation"),
            (
                "text",
                "To: Lakeshore Pipe & Supply, Accounts Receivable\n"
                "Our client, Summit HVAC Services, is having its financial statements audited. "
                "Please confirm directly to us the balance Summit HVAC Services owed you as of "
                "November 30, 2026. This is not a request for payment and not a dispute.",
            ),
            ("gap", 8),
            (
                "kv",
                [
                    ("Balance per client", "$4,291.80"),
                    ("Invoices included", "INV-88152 (11/05/2026)  $2,557.00"),
                    ("", "INV-88184 (11/10/2026)  $1,734.80"),
                    ("Confirmation no.", "HR-26-SUM-014"),
                ],
            ),
            ("gap", 10),
            ("text", "[  ] The balance above agrees with our records."),
            ("text", "[  ] The balance does not agree. Differences are listed below:"),
            ("gap", 40),
            ("text", "Signature: ______________________   Title: ______________   Date: ________"),
            ("gap", 10),
            (
                "text",
                "Please return this form directly to Harmon & Reyes, CPAs, attention M. Okafor, "
                "confirmations@harmonreyes-cpa.example.",
            ),
            ("gap", 16),
            (
                "small",
                "Authorized by the client: Linda Chu, Accounts Payable, Summit HVAC Services",
            ),
        ],
    )


def e32():
    when = at("2026-12-02 13:30", "CT")
    text = para("""
        Hello,

        Could you please send us a statement of our account as of November 30, 2026, showing all open invoices and credits?

        Our outside auditors (Harmon & Reyes CPAs) also asked us to have our main vendors confirm the balance. Their confirmation form is attached. Please fill it in and send it directly to the auditors at the address on the form.

        Our records show invoices INV-88152 and INV-88184 open. We are not disputing anything, this is just for the year-end audit.

        Thank you,

        """)
    return gmail(
        "e32",
        LINDA,
        "Year-end statement and balance confirmation - Summit HVAC",
        when,
        [("p", text + SIG_LINDA)],
        files=[
            ("Confirmation_Lakeshore_HR-26-SUM-014.pdf", "application/pdf", confirmation_pdf(when))
        ],
    )


def e33():
    when = at("2026-12-03 07:58", "ET")
    text = para("""
        Nadia,

        Back from our physical inventory. We have 2 coils of the 3/4" PEX-A (300 ft) from PO-77812 that we won't use this year - the second phase of the job slipped to spring. Both are still shrink-wrapped. Can we return them for credit? I know about the 15% restock.

        Everything else from PO-77812 is used, including the 2 replacement gate valves.

        Thanks,
        Tom

        """)
    return outlook_desktop(
        "e33", TOM, "PO-77812 - 2 PEX coils back after our count", when, [("p", text + SIG_TOM)]
    )


def count_sheet(key):
    """Summit's printed count sheet, filled in by hand, scanned on the office copier."""
    s = Sheet(key, w=1650, h=1275, paper=(253, 253, 251))
    s.text(60, 40, "SUMMIT HVAC SERVICES", 40, PRINT_BOLD)
    s.text(60, 92, "YEAR-END PHYSICAL INVENTORY  -  COUNT SHEET", 30, PRINT_BOLD)
    s.text(1180, 44, "Sheet 4 of 11", 26)
    s.field(60, 150, "Count date:", 220, "12/02/2026", 24, 32)
    s.field(560, 150, "Location:", 260, "Whse Bay 3", 24, 32)
    s.field(1000, 150, "Counter:", 230, "C. Ortiz", 24, 32)
    cols = [60, 330, 760, 930, 1070, 1210, 1600]
    heads = ["Item", "Description", "Ref", "Book", "Count", "Notes"]
    y = 230
    s.box(cols[0], y, cols[-1], y + 50, 2, fill=(230, 230, 230))
    for x, h in zip(cols, heads, strict=False):
        s.text(x + 10, y + 12, h, 24, PRINT_BOLD)
    rows = [
        (
            "HVC-REG-1006-W",
            "10x6 floor register, wht",
            "PO 60377",
            "30",
            "24",
            "+6 are 10x4 BROWN - wrong",
        ),
        ("CLG-TILE-24-ACU", "2x2 acoustic tile, ctn", "PO 60377", "5", "5", "not needed - return"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11, cs/12", "PO 60455", "4", "4", ""),
        ("TST-2100-NP", "Thermostat non-prog 24V", "PO 60455", "11", "11", ""),
        ("HVC-CND-PUMP", "Condensate pump 115V", "PO 60455", "8", "8", "2 on RMA"),
        ("TST-7500-PRO", "7-day Wi-Fi thermostat", "PO 60418", "3", "3", "return - Raj"),
        ("HVC-REG-1006-W", "10x6 floor register, wht", "stock", "12", "12", ""),
    ]
    ink = (25, 40, 120)
    for item, desc, ref, book, count, note in rows:
        y += 50
        s.box(cols[0], y, cols[-1], y + 60, 1)
        for x in cols[1:-1]:
            s.line(x, y, x, y + 60, 1)
        s.text(cols[0] + 10, y + 16, item, 23)
        s.text(cols[1] + 10, y + 16, desc, 23)
        s.text(cols[2] + 10, y + 16, ref, 23)
        s.text(cols[3] + 10, y + 16, book, 23)
        s.hand(cols[4] + 16, y + 8, count, 34, ink)
        if note:
            s.hand(cols[5] + 10, y + 12, note, 26, ink, HAND_NARROW)
        y += 10
    s.field(60, y + 110, "Checked by:", 300, "R. Patel", 24, 32)
    s.text(
        60, y + 190, "Book qty from the system as of 11/30. Write every difference in Notes.", 22
    )
    return s.scan(-0.7)


def e34():
    when = at("2026-12-03 11:15", "CT")
    text = para("""
        Hi Nadia,

        We did our year-end physical count yesterday. Two things on PO 60377 (ODFL, Nov 2), my count sheet is attached:

        - 6 of the boxes of 10x6 white floor registers have 10x4 brown registers inside. We need those 6 exchanged for the right ones.
        - We have 5 cartons of the 2x2 acoustic ceiling tile left that we won't use, the school job finished short. We'd like to return them.

        The 4 extra registers Raj told you about already went back with your driver, so the registers from that order are 30 now.

        Thank you!

        """)
    return gmail(
        "e34",
        CARMEN,
        "Year-end count - PO 60377 registers and tile",
        when,
        [("p", text + SIG_CARMEN)],
        files=[("Count_Bay3_sheet4.png", "image/png", count_sheet("e34"))],
    )


def e35():
    when = at("2026-12-03 16:05", "CT")
    text = para("""
        Hi Nadia,

        Our auditors are testing receiving for the year end and picked two of your invoices. Could you send us the proof of delivery (signed delivery receipts) for:

        """)
    rest = para("""
        There is no problem with these orders, the auditors just need the signatures. If you can send them by December 10 that would be great.

        Thank you,

        """)
    return outlook_desktop(
        "e35",
        GRACE,
        "Proof of delivery request - PO 70288 and PO 70296 (audit)",
        when,
        [
            ("p", text),
            (
                "bullets",
                [
                    "Invoice 88171 / PO 70288 - shipped Estes, delivered 11/11",
                    "Invoice 88190 / PO 70296 - your truck, delivered 11/16",
                ],
            ),
            ("p", "\n" + rest + SIG_GRACE),
        ],
    )


def e36():
    when = at("2026-12-04 08:20", "ET")
    text = para("""
        Nadia,

        Year-end count is done. One more thing on PO 24530: we have 5 of the 3/4" PRVs and your invoice 88180 is for 4. So one extra came on that truck, we never opened the PRV box until the job. Want it back?

        Also, while Karen was matching invoices she noticed the PRVs are billed at $92.80. Your fall flyer had the 3/4" PRV at $88.50. Can you adjust the 4 on the invoice? That's $4.30 each, $17.20.

        Mike

        """)
    return gmail("e36", MIKE, "Year-end count - PO 24530 PRVs", when, [("p", text + SIG_MIKE)])


def e37():
    when = at("2026-12-04 10:35", "ET")
    text = para("""
        Hi Nadia,

        The engineer on the Cross Lanes pump station job changed the backflow spec from the RPZ to a double check assembly, so the 3" RPZ we bought on PO 24415 (SO-104222) was never installed. It's still in the crate in our warehouse.

        Can we return it? We'd like to get it off the books before year end. I know it was a special order, so if the restocking fee is more than the usual 10% please let me know before we send it.

        The check valves from that order are installed.

        Thanks,
        Karen

        """)
    return gmail("e37", KAREN, "RPZ return - PO 24415", when, [("p", text + SIG_KAREN)])


def e38():
    note = (
        "Circulator on the boiler loop at the Camp Hill middle school is seized - motor hums, "
        "impeller won't turn. It went in Oct 2025 on Keystone Mechanical's job; our company "
        "has the maintenance contract now. Found during the year-end boiler service, unit is "
        "isolated and tagged."
    )
    text = (
        "{\n"
        '  "order_number": "SO-104201",\n'
        '  "lines": [\n'
        '    {"sku": "PMP-CIRC-015", "quantity": 1, "reason": "DEFECTIVE"}\n'
        "  ],\n"
        f'  "note": "{note}"\n'
        "}\n"
    )
    return text.encode()


def e39():
    text = para("""
        COASTAL COUNT INVENTORY SERVICES, LLC
        4410 S Staples St, Corpus Christi, TX 78411  |  361-555-0127
        =====================================================================
        RECEIVING VARIANCE REPORT  -  VENDOR COPY
        Client site:   Bayview Apartments - maintenance shop (bldg C)
        Count date:    11/30/2026          Report no.: CC-26-11847
        Vendor:        Lakeshore Pipe & Supply, Corpus Christi branch
        Vendor PO:     70296      Received: 11/16/2026 (vendor truck)
        ---------------------------------------------------------------------
        Line  Item                            PO qty  Counted  Variance  Status
        1     10x6 steel floor register, wht      40       36        -4  SHORT
        2     3/4" brass ball valve, sweat        12       12         0  OK
        ---------------------------------------------------------------------
        Per client instructions, receiving shortages are reported to the
        vendor for credit. Please credit 4 registers (short) against PO 70296.
        All 4 cartons of 10 were on hand; one carton held 6.

        Questions: B. Ruiz, team lead, 361-555-0127 ext 4
        """)
    return text.replace("\n", "\r\n").encode()


def e40():
    text = para("""
        Delgado & Sons Plumbing
        Year-end vendor reconciliation - Lakeshore Pipe & Supply
        Prepared by Marta Quiroga (outside bookkeeping) for Rosa Delgado
        Statement date used: 11/30/2026

        Invoice    Date        Order      Our PO  Invoice amt  Status
        INV-88016  10/23/2025  SO-104202  40611      1,399.00  see note 1
        INV-88070  10/07/2026  SO-104216  40917      1,242.00  matched, paid 11/06
        INV-88112  10/29/2026  SO-104231  40962      1,759.40  matched (25 ells short - claim already open)
        INV-88165  11/06/2026  SO-104240  40988      1,193.80  matched, paid 11/30

        Note 1 - price. The two 50 gal natural gas water heaters on INV-88016
        (SO 104202) were billed at 612.00 each. Lakeshore quote Q-3317
        (Sept 2025, Corpus Christi counter) had them at 589.00.
        Difference 23.00 x 2 = 46.00. It was paid in full last year by mistake.
        Please issue a credit memo for 46.00 so we can take it before 12/31.

        Expansion tanks and ball valves on INV-88016 are at the quoted price.
        """)
    return text.encode()


BUILD = {
    "e01-riverbend-karen-unions-back-before-count.eml": e01,
    "e02-keystone-tom-pex-couplings-left-from-job.eml": e02,
    "e03-general-contractor-super-crushed-copper-at-site.eml": e03,
    "e04-keystone-warehouse-month-end-count-elbows-short.eml": e04,
    "e05-riverbend-mike-dented-copper-length.eml": e05,
    "e06-delgado-rosa-elbows-short-one-box.eml": e06,
    "e07-summit-raj-extra-registers-on-count.eml": e07,
    "e08-riverbend-karen-thanks-for-rma.eml": e08,
    "e09-keystone-warehouse-found-missing-elbows-cancel.eml": e09,
    "e10-keystone-tom-gate-valves-cracked.eml": e10,
    "e11-delgado-tony-unions-short-bent-cut-pipe.eml": e11,
    "e12-keystone-warehouse-extra-check-valve-dead-circulator.eml": e12,
    "e13-harbor-luis-filters-short-registers-bent.eml": e13,
    "e14-harbor-grace-filters-short-invoice-credit.eml": e14,
    "e15-riverbend-mike-extra-elbows-on-count.eml": e15,
    "e16-summit-raj-wrong-filters-in-cases.eml": e16,
    "e17-harbor-luis-gas-heater-wont-light.eml": e17,
    "e18-keystone-tom-old-mixing-valves-failed.eml": e18,
    "e19-riverbend-mike-asks-holiday-returns-cutoff.eml": e19,
    "e20-summit-inventory-clerk-pump-dead-stat-cracked.eml": e20,
    "e21-summit-raj-harbor-stat-dead-on-their-order.eml": e21,
    "e22-riverbend-warehouse-cleanout-unions-check-valves.eml": e22,
    "e23-riverbend-karen-threaded-ball-valves-at-count.eml": e23,
    "e24-delgado-rosa-asks-if-credit-issued.eml": e24,
    "e25-keystone-controller-condensate-pump-price-year-end.eml": e25,
    "e26-harbor-new-tech-shop-cleanout-no-po.eml": e26,
    "e27-delgado-rosa-old-gas-heater-leaking.eml": e27,
    "e28-keystone-tom-out-of-office-inventory.eml": e28,
    "e29-keystone-dana-copper-price-before-close.eml": e29,
    "e30-delgado-office-spare-electric-heater-dead.eml": e30,
    "e31-summit-raj-wifi-stats-back-year-end.eml": e31,
    "e32-summit-ap-year-end-statement-request.eml": e32,
    "e33-keystone-tom-pex-coils-back-after-count.eml": e33,
    "e34-summit-inventory-clerk-wrong-registers-tiles-back.eml": e34,
    "e35-harbor-grace-asks-delivery-proof-for-audit.eml": e35,
    "e36-riverbend-mike-extra-prv-and-price.eml": e36,
    "e37-riverbend-karen-rpz-back-spec-changed.eml": e37,
    "e38-portal-keystone-tech-old-circulator-seized.json": e38,
    "e39-upload-inventory-service-count-sheet-registers.txt": e39,
    "e40-upload-delgado-bookkeeper-heater-price-reconciliation.txt": e40,
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
