"""Write every request file of heldout77: many things in one request.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Tuesday 2026-10-27 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. Buyers, receiving clerks, techs and AP
clerks go through a whole delivery or a whole job at once: bullet and numbered lists,
tables typed with spaces or pasted from a spreadsheet, a line per item with its own state.
Some items are claimed (broken, short, wrong, dead, not needed, extra, billed too high),
some are only mentioned (fine, kept, used, already settled). Some mails only look like
claims (a status question, an order change before shipping, a statement question, a quote
request, an RMA pickup note, a thank-you, a note of credits applied).

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos with Pillow (noise from a seeded
generator). Nothing reads the clock or the time zone.

The helpers (tokens, local time, header folding, MIME assembly, the mail program layouts,
the PDF block writer, the paper sheet with its photo) are copied from the model set
heldout76's make_attachments.py; the requests are this set's own.
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
TRAVIS = ("Travis Boone", "tboone.plumbs@gmail.com")  # Riverbend's lead plumber, personal Gmail

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
def a01():
    when = at("2026-10-27 10:05", "ET")
    top = para("""
        Hi Nadia,

        We closed out the Kanawha City pump station job last week and I went through what is left from PO 24388 (your SO-104214, delivered 10/2):

        - 3" flanged check valves: 4 shipped, 3 installed, 1 stays on the service truck as a spare. We're keeping that one.
        - 1-1/2" black unions: 30 shipped. 5 already went back to you on RMA-9002 (credit received, thank you) and 13 went in. That leaves 12 in the box that we don't need.

        Can you set up a return for the 12 unions? They're clean, never threaded on. Mike can drop them at your Charleston counter next time he's in town.

        Thanks,
        Karen
        """)
    return gmail("a01", KAREN, "PO 24388 - leftover unions, return", when, [("p", top + SIG_KAREN)])


def a02():
    when = at("2026-10-28 08:40", "ET")
    text = para("""
        Hi Nadia,

        Closing out the Mechanicsburg library job (our job 2608-031). Here's where PO-77731 / SO-104218 ended up:

        1. 1" full port ball valves - 50 shipped. 20 came back to you on RMA-9004, the other 30 are installed. Nothing to do there.
        2. 1/2" PEX crimp couplings, bags of 25 - 20 bags shipped, 14 used. 6 bags are left, unopened, and we don't need them. Please send an RMA for the 6 bags.

        We can bring them to the Paxton St counter Thursday or Friday.

        Thanks,
        """)
    return outlook_desktop(
        "a02",
        TOM,
        "PO-77731 closeout - return 6 bags PEX couplings",
        when,
        [("p", text + SIG_TOM)],
    )


def a03():
    when = at("2026-10-29 07:25", "ET")
    text = para("""
        Nadia - counted PO-77790 / SO-104226 from R+L yesterday afternoon (PRO RL123377412)

        item                       slip  counted  note
        1" type L copper 20ft        30       30  ok
        1" copper 90 C x C          200      200  1 bag of 10 crushed flat, cant use
        1" FP ball valve             36       34  short 2, box had 34

        pls credit the 10 crushed 90s and ship or credit the 2 valves. crushed bag is in the cage, R+L driver wrote it on his receipt

        Gil Serrano
        Receiving - Keystone Mechanical
        717-555-0177
        """)
    return outlook_ios("a03", GIL, "PO-77790 count - 90s crushed, 2 ball valves short", when, text)


def a04():
    when = at("2026-10-30 09:50", "CT")
    text = para("""
        Hola Nadia,

        Your truck bring PO 40962 yesterday. I check everything this morning:

        PRV 3/4" - 6 - ok
        Copper 1" type L 20 ft - 12 - ok
        Elbow 1" copper 90 - invoice INV-88112 say 100, we have 9 bags of 10 = 90. One bag is missing.

        Please send the 10 elbows with the next truck or make the credit.

        Gracias,
        Rosa Delgado
        Delgado & Sons Plumbing
        361-555-0190
        """)
    return apple_mail("a04", ROSA, "PO 40962 - 1 bag elbows missing", when, text)


def a05():
    when = at("2026-11-02 07:40", "ET")
    top = para("""
        Morning Nadia,

        Estes brought PO 24460 Saturday (PRO ES4410377105). Went through it this morning:

        """)
    table = para("""
        item                        ordered  rec'd  problem
        2" sch40 PVC tee SxSxS          100    100  none
        1" type L copper 20ft            10     10  1 length flattened in the middle (forklift)
        3/4" ball valve FP sweat         30     30  4 of them are threaded FIP, not sweat
        """)
    tail = para("""

        The flattened length is junk, please credit it ($73.50). The 4 threaded valves are no good to us, we solder everything on this job - send 4 sweat ones and I'll give the threaded ones back to your driver.

        Mike
        """)
    return gmail(
        "a05",
        MIKE,
        "PO 24460 - flattened copper + 4 wrong ball valves",
        when,
        [("p", top), ("typed", table), ("p", "\n" + tail + SIG_MIKE)],
    )


def a06():
    when = at("2026-11-03 08:20", "CT")
    body = para("""
        Nadia,

        ODFL delivered PO 60377 yesterday afternoon, PRO OD0782290518. 3 cartons of the 2x2 acoustic tile came off the trailer wet through - the tiles are soft and sagging, no way to hang them. Driver noted it on the delivery receipt.

        Please credit the 3 cartons. We'll dispose of them here unless you want them back.

        The 30 floor registers on the same delivery are fine.

        Thanks
        """)
    return outlook16("a06", RAJ, "PO 60377 - 3 cartons ceiling tile wet", when, body + SIG_RAJ)


def a07():
    when = at("2026-11-04 10:10", "ET")
    text = para("""
        Hi Nadia,

        Checking on PO-77812 for the Hershey middle school job (our job 2610-07). We got the R+L tracking for the first shipment but nothing on the rest. Can you tell me when each of these is due on site?

        """)
    tail = para("""

        We need the PRVs and the PEX on site no later than Monday 11/9, the crew starts the domestic water rough-in that day. If the coils are going to be late let me know and I'll pull from another job.

        Thanks,
        """)
    return outlook_desktop(
        "a07",
        TOM,
        "PO-77812 - delivery dates?",
        when,
        [
            ("p", text),
            (
                "bullets",
                [
                    '2" bronze gate valves (40)',
                    '1" copper 90s (150)',
                    '3/4" PRVs (12)',
                    '3/4" PEX-A 300 ft coils (6)',
                ],
            ),
            ("p", "\n" + tail + SIG_TOM),
        ],
    )


def a08():
    when = at("2026-11-04 13:30", "CT")
    text = para("""
        Hello,

        One of the two 40 gal electric water heaters from PO 40917 (INV-88070, delivered 10/07) is not heating. Our tech installed it 10/21 at 1205 Bernice Dr. Yesterday the customer had no hot water: the lower element reads open (no continuity), upper element and thermostat test good, breaker and wiring OK. The unit is only two weeks old.

        Label: model E40-4.5-240, serial 2542-11903.

        Please send a warranty replacement for the heater or credit it. We have the unit back at the shop.

        The other heater from that order, the 4 expansion tanks and the 3/4" ball valves are installed and working, nothing wrong with those.

        Thank you,
        """)
    return thunderbird(
        "a08",
        YESENIA,
        "Warranty - electric water heater - PO 40917",
        when,
        text + SIG_YESENIA,
    )


def variance_pdf(when):
    return pdf_doc(
        when,
        "Microsoft Excel for Microsoft 365",
        "AP price variance - INV-88098",
        [
            ("h1", "Keystone Mechanical Contractors"),
            ("h2", "Accounts Payable - price variance worksheet"),
            (
                "kv",
                [
                    ("Vendor", "Lakeshore Pipe & Supply (V-0412)"),
                    ("Invoice", "INV-88098   dated 10/26/2026"),
                    ("Our PO", "PO-77790   (vendor order SO-104226)"),
                    ("Received", "10/28/2026   R+L PRO RL123377412"),
                    ("Prepared by", "D. Ruiz   11/05/2026"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [70, 40, 160, 50, 60, 60, 76],
                    ["Line", "Qty", "Item", "UOM", "PO price", "Invoiced", "Variance"],
                    [
                        ["1", "30", '1" type L copper 20 ft', "LEN", "71.80", "76.40", "138.00"],
                        ["2", "200", '1" wrot copper 90 CxC', "EA", "2.95", "2.95", "0.00"],
                        ["3", "36", '1" FP ball valve thd', "EA", "15.20", "15.20", "0.00"],
                    ],
                ),
            ),
            ("gap", 8),
            ("text", "Total variance: $138.00 (line 1 only). Lines 2 and 3 approved for payment."),
            ("text", "Requested: credit memo from vendor for $138.00 against INV-88098."),
            ("gap", 14),
            (
                "small",
                "Receiving exceptions on this PO are handled by Operations and are not part of this worksheet.",
            ),
        ],
    )


def a09():
    when = at("2026-11-05 11:20", "ET")
    text = para("""
        Hello,

        Our AP match flagged invoice INV-88098 (SO-104226, our PO-77790, dated 10/26/2026). Line by line:

        """)
    rows = [
        ["1", '1" type L copper tube 20 ft', "30", "71.80", "76.40", "4.60 x 30 = 138.00"],
        ["2", '1" wrot copper 90', "200", "2.95", "2.95", "0.00"],
        ["3", '1" FP ball valve', "36", "15.20", "15.20", "0.00"],
    ]
    tail = para("""
        The copper was billed $4.60 a length over the PO price. Please issue a credit memo for $138.00 on the copper. The other two lines match and are approved for payment.

        Separately, our receiving crew reported the crushed 90s and 2 short ball valves on this delivery last week. I understand those are already in process with you, so I've left them out of this one.

        Worksheet attached.

        Thank you,
        """)
    return outlook_desktop(
        "a09",
        DANA,
        "Price discrepancy - INV-88098 / PO-77790",
        when,
        [
            ("p", text),
            ("table", (["Line", "Item", "Qty", "PO price", "Invoiced", "Difference"], rows)),
            ("p", tail + SIG_DANA),
        ],
        files=[("INV-88098 variance.pdf", "application/pdf", variance_pdf(when))],
    )


def a10():
    when = at("2026-11-06 14:15", "ET")
    text = para("""
        Nadia,

        Two of the 1/25 HP circulator pumps we bought last October on PO-76115 (SO-104201, INV-88010) have failed at the Cumberland Crossing apartments. Both seized - motor hums, impeller won't turn. Installed 10/27/25 and 10/28/25 on the boiler loops in bldg B and bldg D.

        From that same order:
        """)
    tail = para("""

        Please process the 2 pumps under warranty. They're tagged in our shop.

        """)
    return outlook_desktop(
        "a10",
        FRANK,
        "Warranty - 2 circulators from PO-76115",
        when,
        [
            ("p", text),
            (
                "bullets",
                [
                    "the 4 thermostatic mixing valves are running fine",
                    "the 2 gal expansion tanks are fine",
                    "1 circulator already went back last year on RMA-9001, that one is closed",
                ],
            ),
            ("p", "\n" + tail + SIG_FRANK),
        ],
    )


def a11():
    when = at("2026-11-09 07:30", "ET")
    text = para("""
        Nadia - PO-77812 (SO-104233) both deliveries counted

        R+L thurs 11/5 PRO RL123456789
        - 2" gate valves 40/40 ok
        - 1" copper 90 150/150 ok

        Estes fri 11/6 PRO ES4410391264
        - 3/4" PRV 12/12 ok
        - 3/4" PEX-A 300' coil 6/6 but 1 coil crushed, forks went into it, outer wraps kinked and cut. cant use it

        pls credit the 1 coil or send another. its on the dock tagged

        Gil Serrano
        Receiving - Keystone Mechanical
        717-555-0177
        """)
    return outlook_ios("a11", GIL, "PO-77812 both trucks counted - 1 PEX coil crushed", when, text)


def a12():
    when = at("2026-11-09 09:10", "ET")
    text = para("""
        Hi Nadia,

        UPS delivered PO 24519 (SO-104236) Friday 11/6. Everything checks against the packing slip except the PEX:

        - 1" ball valves: 24, ok
        - 1/2" PEX crimp couplings: 10 bags, ok
        - 3/4" PEX-A 300 ft coils: we ordered 2 and three came. Invoice INV-88141 bills 2, so one is extra.

        Let me know how you want the extra coil back - we can hold it here for your driver or drop it at the counter.

        Karen
        """)
    return gmail(
        "a12", KAREN, "PO 24519 - 3 PEX coils came, ordered 2", when, [("p", text + SIG_KAREN)]
    )


def a13():
    when = at("2026-11-10 09:05", "CT")
    body = para("""
        Nadia,

        Where we are on PO 60418 (SO-104238, your truck 11/05) now that the techs are installing:

        * Wi-Fi programmable thermostats (12): 2 are dead out of the box. No display with 24 V at R and C; swapped them onto a known good subbase, still nothing. The other 10 installed fine.
        * Non-programmable digital thermostats (20): all good.
        * 16x25x1 MERV 11 filters (10 cases): one carton was torn open but the filters inside are fine, we used them.

        Please replace or credit the 2 Wi-Fi stats. I'll send them back with your driver.

        Thanks
        """)
    return outlook16("a13", RAJ, "PO 60418 - 2 Wi-Fi thermostats DOA", when, body + SIG_RAJ)


def job_sheet(key):
    """Delgado's truck sheet for the Morgan Ave job, leftovers written in, photographed."""
    s = Sheet(key, w=1275, h=1650, paper=(244, 243, 236))
    s.text(70, 60, "DELGADO & SONS PLUMBING", 44, PRINT_BOLD, (20, 60, 120))
    s.text(70, 118, "JOB MATERIAL SHEET  -  TRUCK COPY", 28, PRINT_BOLD)
    s.text(70, 160, "2209 Leopard St, Corpus Christi TX 78408   361-555-0196   Lic. M-38817", 20)
    s.line(70, 200, 1205, 200, 3)
    s.field(70, 230, "Job:", 520, "Morgan Ave - 3 units repipe", 22, 32)
    s.field(760, 230, "Truck:", 300, "#4", 22, 32)
    s.field(70, 290, "Supplier / PO:", 420, "Lakeshore  PO 40988", 22, 32)
    s.field(760, 290, "Picked up:", 260, "11/6 will call", 22, 32)
    y = 370
    s.box(70, y, 1205, y + 46, 2, fill=(224, 226, 222))
    for x, h in [(84, "MATERIAL"), (640, "TAKEN"), (800, "USED"), (960, "LEFT OVER")]:
        s.text(x, y + 10, h, 22, PRINT_BOLD)
    rows = [
        ('2" black pipe (ft)', "120", "100", "20 ft (2 x 10)"),
        ('1-1/2" black union', "12", "10", "2"),
        ('1" ball valve', "10", "10", "0"),
    ]
    ink = (26, 40, 125)
    for material, taken, used, left in rows:
        y += 62
        s.box(70, y - 16, 1205, y + 46, 1)
        s.hand(84, y - 4, material, 32, ink)
        s.hand(650, y - 4, taken, 32, ink)
        s.hand(810, y - 4, used, 32, ink)
        s.hand(970, y - 4, left, 32, ink)
    y += 120
    s.text(70, y, "Notes:", 22, PRINT_BOLD)
    s.hand(180, y - 8, "left over back to shop - ask Nadia for return", 32, ink)
    s.hand(180, y + 52, "pipe cut 10 ft pcs no thread", 32, ink)
    y += 160
    s.text(70, y, "Lead:", 22, PRINT_BOLD)
    s.line(150, y + 28, 560, y + 28, 1)
    s.hand(170, y - 12, "Mateo D.", 40, ink, HAND_NARROW)
    s.text(620, y, "Date:", 22, PRINT_BOLD)
    s.line(700, y + 28, 960, y + 28, 1)
    s.hand(720, y - 8, "11/10/26", 34, ink)
    s.text(70, 1560, "Form JM-2  rev 03/24   white: office   yellow: truck", 20)
    return s.photo(-2.3, desk=(70, 72, 78))


def a14():
    when = at("2026-11-10 15:40", "CT")
    body = para("""
        Nadia, the Morgan Ave job is done. From PO 40988 (SO-104240) we have left:

        - 2" black pipe: 20 ft (2 pcs x 10 ft), no threads
        - 1-1/2" black unions: 2, new
        - 1" ball valves: 0, all used

        We don't need the pipe or the 2 unions, can we return them for credit? Picture of the truck sheet attached.

        Mateo

        Sent from my iPhone
        """)
    return iphone(
        "a14",
        MATEO,
        "PO 40988 leftover",
        when,
        body,
        photo=("IMG_4471.jpeg", job_sheet("a14")),
    )


def a15():
    when = at("2026-11-11 08:15", "ET")
    text = para("""
        Nadia,

        Went through PO-77830 (SO-104235, ODFL 11/6, PRO OD0782301177) with the crew today:

        1. 3" flanged check valves (6) - 1 has a crack through the inlet flange, looks like it was dropped on the corner. Not installable. Please credit or replace 1.
        2. 1-1/2" black unions (40) - all good.
        3. Condensate pumps (8) - count is fine. The price on the invoice doesn't match our PO; Brianna in AP will send you that one separately.
        4. 1/25 HP circulators (4) - the engineer cut the design to 2 pumps, so 2 are surplus. Still sealed. Please issue an RMA for the 2 circulators.

        Thanks
        """)
    return outlook_desktop(
        "a15",
        TOM,
        "PO-77830 - cracked check valve + return 2 circulators",
        when,
        [("p", text + SIG_TOM)],
    )


def a16():
    when = at("2026-11-12 10:40", "ET")
    text = para("""
        Hi Nadia,

        Invoice INV-88133 (SO-104235 / PO-77830) failed our 3-way match on one line. Here is the line detail from our AP system:

        """)
    rows = [
        ["1", "VLV-3100-CK", "6", "189.00", "189.00", "0.00"],
        ["2", "FTG-BI-U-150", "40", "10.80", "10.80", "0.00"],
        ["3", "HVC-CND-PUMP", "8", "61.50", "64.90", "27.20"],
        ["4", "PMP-CIRC-015", "4", "139.00", "139.00", "0.00"],
    ]
    tail = para("""
        The condensate pumps were billed at $64.90 each, our PO has $61.50: 8 x $3.40 = $27.20. Please send a credit memo for $27.20. The other three lines are approved and scheduled for payment.

        Thanks,
        """)
    return outlook_desktop(
        "a16",
        BRIANNA,
        "Pricing - INV-88133 condensate pumps",
        when,
        [
            ("p", text),
            ("table", (["Line", "Item", "Qty", "PO price", "Inv price", "Variance"], rows)),
            ("p", tail + SIG_BRIANNA),
        ],
    )


def a17():
    when = at("2026-11-12 13:05", "CT")
    text = para("""
        Good afternoon Nadia,

        We checked in PO 70231 (SO-104239, delivered Monday 11/9 on your truck):

        """)
    rows = [
        ["10x6 floor registers, white", "60", "60", "OK"],
        ["16x25x1 MERV 11 filters", "24 cs", "24 cs", "OK"],
        [
            "Non-programmable digital thermostat",
            "10",
            "10",
            "1 box holds a line-voltage baseboard thermostat, not the 24 V digital",
        ],
    ]
    tail = para("""
        The line-voltage thermostat is no use on our rooftop units. Please send one of the correct 24 V non-programmable thermostats and let us know how to return the wrong one.

        Regards,
        """)
    return outlook_desktop(
        "a17",
        LUIS,
        "PO 70231 - wrong thermostat in one box",
        when,
        [
            ("p", text),
            ("table", (["Item", "Ordered", "Received", "Note"], rows)),
            ("p", tail + SIG_LUIS),
        ],
    )


def estes_receipt(key):
    """Estes' delivery receipt for PRO ES4410402981 with the exception written in."""
    s = Sheet(key, w=1275, h=1650, paper=(248, 247, 242))
    s.text(70, 60, "ESTES EXPRESS LINES", 48, PRINT_BOLD, (20, 50, 110))
    s.text(70, 122, "DELIVERY RECEIPT", 30, PRINT_BOLD)
    s.text(820, 66, "PRO NUMBER", 24, PRINT_BOLD)
    s.text(820, 98, "ES4410402981", 40, PRINT_BOLD)
    s.line(70, 180, 1205, 180, 3)
    rows = [
        ("Pickup date:", "11/09/2026", "Delivery date:", "11/11/2026"),
        ("Origin:", "HARRISBURG PA", "Dest terminal:", "CORPUS CHRISTI TX"),
        ("Shipper ref:", "SO-104241", "Consignee ref:", "PO 70288"),
    ]
    y = 204
    for a, b, c, d in rows:
        s.text(70, y, a, 24, PRINT_BOLD)
        s.text(270, y, b, 24)
        s.text(640, y, c, 24, PRINT_BOLD)
        s.text(860, y, d, 24)
        y += 40
    y += 16
    s.text(70, y, "CONSIGNEE", 22, PRINT_BOLD)
    for i, row in enumerate(
        [
            "HARBOR POINT PROPERTY MGMT - BAYVIEW TOWERS MAINT SHOP",
            "1420 OCEAN DR",
            "CORPUS CHRISTI TX 78404",
        ]
    ):
        s.text(70, y + 34 + i * 32, row, 22)
    y += 160
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
        ("3", "CRT", "WATER HEATERS GAS 50 GAL", "465", "85"),
        ("1", "CTN", "EXPANSION TANKS (3)", "24", "85"),
    ]
    for row in items:
        y += 46
        s.box(70, y, 1205, y + 46, 1)
        for x, v in zip((80, 170, 280, 900, 1060), row, strict=True):
            s.text(x, y + 10, v, 22)
    y += 46
    s.text(640, y + 12, "TOTAL  4 PCS      489 LB", 24, PRINT_BOLD)
    y += 80
    s.text(70, y, "EXCEPTIONS:", 22, PRINT_BOLD)
    s.box(70, y + 34, 1205, y + 230, 1)
    ink = (22, 34, 118)
    s.hand(90, y + 52, "1 WH crate crushed - unit dented", 34, ink)
    s.hand(90, y + 110, "exp tank ctn: 2 inside, not 3", 34, ink)
    s.hand(90, y + 168, "subject to inspection  LO", 34, ink)
    y += 280
    s.text(70, y, "Received by:", 22, PRINT_BOLD)
    s.line(230, y + 28, 640, y + 28, 1)
    s.hand(250, y - 14, "L. Ortega", 40, ink, HAND_NARROW)
    s.text(700, y, "Time:", 22, PRINT_BOLD)
    s.line(770, y + 28, 960, y + 28, 1)
    s.hand(790, y - 10, "10:35 A", 34, ink)
    y += 80
    s.text(70, y, "Driver:", 22, PRINT_BOLD)
    s.line(170, y + 28, 560, y + 28, 1)
    s.hand(190, y - 12, "R. Salinas  #2291", 36, (20, 20, 20), HAND_NARROW)
    s.text(70, 1560, "Estes Form DR-1   Consignee copy   Claims: estes-express.com/claims", 20)
    return s.photo(-1.4, desk=(118, 108, 96))


def a18():
    when = at("2026-11-13 08:10", "CT")
    text = para("""
        Nadia,

        Estes delivered PO 70288 (SO-104241) Wednesday 11/11 to the Bayview Towers maintenance shop, PRO ES4410402981. We noted the exceptions on the driver's receipt (photo attached).

        """)
    tail = para("""

        Please credit or replace the crushed heater and ship the missing expansion tank.

        """)
    return outlook_desktop(
        "a18",
        LUIS,
        "PO 70288 - water heater crushed, 1 expansion tank missing (Estes)",
        when,
        [
            ("p", text),
            (
                "bullets",
                [
                    "50 gal gas water heaters: 3 received. The unit with serial ending -0417 has "
                    "the jacket crushed on one side and the gas control knocked loose, not "
                    "installable. The other two are fine.",
                    "2 gal expansion tanks: 3 billed on INV-88171, only 2 in the carton.",
                ],
            ),
            ("p", "\n" + tail + SIG_LUIS),
        ],
        files=[("Estes DR ES4410402981.jpg", "image/jpeg", estes_receipt("a18"))],
        importance=True,
    )


def receiving_pdf(when):
    return pdf_doc(
        when,
        "Summit HVAC Services - WMS 4.2",
        "Receiving report RR-60455",
        [
            ("h1", "Summit HVAC Services"),
            ("h2", "Receiving report RR-60455"),
            (
                "kv",
                [
                    ("Vendor", "Lakeshore Pipe & Supply"),
                    ("PO", "60455   (vendor SO-104244, invoice INV-88184)"),
                    ("Carrier", "UPS   1Z4F83090342291043   7 pcs"),
                    ("Received", "11/12/2026 14:20   by D. Volkov"),
                    ("Location", "Tulsa warehouse, dock 2"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [40, 200, 70, 70, 70, 66],
                    ["Ln", "Item", "Slip qty", "Counted", "Diff", "Status"],
                    [
                        ["1", "Condensate pump 115V w/ switch", "10", "8", "-2", "SHORT"],
                        ["2", "Thermostat non-prog 24V", "12", "13", "+1", "OVER"],
                        ["3", "Filter 16x25x1 MERV 11 cs/12", "20", "20", "0", "OK"],
                    ],
                ),
            ),
            ("gap", 8),
            (
                "text",
                "Over item held in cage C-2 for vendor return. Short items reported to vendor.",
            ),
        ],
    )


def a19():
    when = at("2026-11-13 09:20", "CT")
    text = para("""
        Hello,

        Receiving report for PO 60455 attached (UPS yesterday, 7 pieces, tracking 1Z4F83090342291043). Summary:

        Condensate pumps - slip 10, received 8. 2 short.
        Thermostats non-programmable - slip 12, received 13. 1 extra, we hold it for return.
        Filters 16x25x1 MERV 11 - slip 20 cases, received 20. OK.

        Please send the 2 pumps and tell how to return the extra thermostat.

        """)
    return gmail(
        "a19",
        DMITRI,
        "PO 60455 receiving - pumps short, 1 thermostat extra",
        when,
        [("p", text + SIG_DMITRI)],
        files=[("RR-60455.pdf", "application/pdf", receiving_pdf(when))],
    )


def a20():
    when = at("2026-11-16 07:50", "ET")
    text = para("""
        Hi Nadia,

        Before PO 24561 ships (your SO-104247), a couple of changes from the engineer:

        1. 3" flanged check valves: drop from 3 to 2. We don't need the third one anymore.
        2. 1-1/2" black unions: raise from 20 to 30.

        Same ship-to, same date. Can you send me a revised acknowledgement?

        Thanks
        """)
    return gmail("a20", MIKE, "PO 24561 - changes before it ships", when, [("p", text + SIG_MIKE)])


def a21():
    when = at("2026-11-16 15:30", "ET")
    top = para("""
        Nadia,

        Checked PO 24530 (SO-104243, R+L Thu 11/12) against the packing list:

        """)
    rows = [
        ["1", '1" FP ball valve threaded', "48", "48", '4 are 1-1/4" in 1" boxes'],
        ["2", '1" copper 90 C x C', "250", "250", "ok"],
        ["3", '3/4" PRV 25-75 psi', "4", "4", "ok"],
    ]
    tail = para("""
        The 4 valves are 1-1/4" (stamped on the body) so they don't fit. Please send 4 of the 1" ones, the wrong ones go back with your driver.

        Mike
        """)
    return gmail(
        "a21",
        MIKE,
        "PO 24530 - 4 ball valves wrong size",
        when,
        [
            ("p", top),
            ("sheets", (["Line", "Item", "Shipped", "Checked", "Note"], rows)),
            ("p", "\n" + tail + SIG_MIKE),
        ],
    )


def a22():
    when = at("2026-11-17 10:25", "CT")
    text = para("""
        Hi Nadia, DeShawn from Harbor Point maintenance.
        Installed 6 of the non-programmable thermostats from PO 70231 at Bayfront Apts yesterday. 1 of them has a blank screen. 24V at R-C checks good, swapped it with another one and that one works, so the stat is bad.
        Can we get a warranty replacement for that 1? The other 5 are working. Luis already told you about the wrong one in that order.

        DeShawn Mitchell
        Maintenance Tech
        """)
    return outlook_ios("a22", DESHAWN, "thermostat dead - PO 70231", when, text)


def a23():
    when = at("2026-11-18 09:40", "CT")
    body = para("""
        Hi Nadia, we are doing the repipe at Harbor Point Bayfront for Luis. They gave us the 3/4 sweat ball valves from your SO-104246 (packing slip says PO 70296). 1 of the valves, the handle turns but the ball don't close, water keep passing. Can you replace it under warranty? I have it in the truck.

        The registers on that slip are not ours, Harbor Point maintenance has them.

        Mateo
        Delgado & Sons

        Sent from my iPhone
        """)
    return iphone("a23", MATEO, "ball valve wont close - SO-104246", when, body)


def a24():
    when = at("2026-11-18 11:00", "CT")
    body = para("""
        Nadia,

        Two things on PO 60377 (SO-104228, delivered 11/02):

        1. Ceiling tile: the crew opened the bottom layer of the pallet for the 2nd floor this week and 2 more cartons have water damage inside - stained and soft, same as the 3 we reported on 11/03 (those were credited, thanks). Please credit these 2 as well, we'll dispose of them here.
        2. Floor registers: we ordered 30 and the job took 24. The 6 left over are in the original box and we don't need them. Please issue an RMA for the 6.

        Thanks
        """)
    return outlook16(
        "a24", RAJ, "PO 60377 - 2 more cartons tile + 6 registers back", when, body + SIG_RAJ
    )


def aging_pdf(when):
    return pdf_doc(
        when,
        "Yardi Voyager 7S",
        "Vendor aging - Lakeshore Pipe & Supply",
        [
            ("h1", "Harbor Point Property Management"),
            ("h2", "Vendor aging detail - Lakeshore Pipe & Supply (vendor 20417)"),
            ("text", "As of 11/18/2026. Open items only."),
            ("gap", 6),
            (
                "table",
                (
                    [90, 70, 60, 90, 80, 126],
                    ["Invoice", "Date", "PO", "Amount", "Days", "Status"],
                    [
                        ["INV-88160", "11/09/26", "70231", "1,552.60", "9", "Approved"],
                        ["INV-88171", "11/09/26", "70288", "2,194.50", "9", "Hold - see note"],
                        ["INV-88190", "11/16/26", "70296", "348.80", "2", "Approved"],
                    ],
                ),
            ),
            ("gap", 8),
            ("text", "Total open: 4,095.90"),
            (
                "small",
                "Note INV-88171: maintenance reported delivery exception 11/11; AP hold pending vendor.",
            ),
        ],
    )


def a25():
    when = at("2026-11-19 09:45", "CT")
    text = para("""
        Hello,

        I'm reconciling our November payables. Our records show these Lakeshore invoices open:

        """)
    rows = [
        ["INV-88160", "11/09/2026", "70231", "$1,552.60"],
        ["INV-88171", "11/09/2026", "70288", "$2,194.50"],
        ["INV-88190", "11/16/2026", "70296", "$348.80"],
    ]
    tail = para("""
        Could you send a statement of account so I can match these?

        Also, Luis told me about the damaged heater and the missing expansion tank on INV-88171. Should we pay that invoice in full and wait for your credit memo, or short-pay it? I'd rather not create a mismatch on your side. Our aging report is attached.

        Thank you,
        """)
    return outlook_desktop(
        "a25",
        GRACE,
        "Open invoices - Harbor Point Property Management",
        when,
        [
            ("p", text),
            ("table", (["Invoice", "Date", "Our PO", "Amount"], rows)),
            ("p", tail + SIG_GRACE),
        ],
        files=[("Lakeshore aging 11-18.pdf", "application/pdf", aging_pdf(when))],
    )


def a26():
    when = at("2026-11-19 16:10", "ET")
    text = para("""
        Hi, this is Travis Boone, lead plumber with Riverbend Plumbing (Mike O'Brien's crew). Writing from my own email, my work one isn't set up on my phone yet.

        We finished the rough-in at the Oakwood Rd church, the material came on your packing slip SO-104230 (PO 24460). Leftovers on my truck:
        - 3/4" sweat ball valves: 6 unused, we don't need them
        - 2" PVC tees: 3, keeping them for stock
        - the copper length that got flattened, Mike already got that one credited

        Can I bring the 6 ball valves to your Charleston counter for credit? I'm there most mornings around 7.

        Travis
        304-555-0134
        """)
    return gmail(
        "a26",
        TRAVIS,
        "returning 6 ball valves - Riverbend",
        when,
        [("p", text)],
        via="gmail",
    )


def a27():
    when = at("2026-11-20 09:30", "ET")
    text = para("""
        Nadia,

        Two warranty items on PO-77812 (SO-104233) from the Hershey school job:

        1. 3/4" PRVs, lot L2608: 2 of the 12 won't hold their setting. Set at 60 psi, they creep up to line pressure (95 psi) overnight with no flow. The other 10 are holding fine.
        2. Programmable Wi-Fi thermostats for the admin office: 2 won't power up, no display at all with 24 V at R-C.

        Please replace both under warranty. The gate valves, the 90s and the crushed coil from that PO are all squared away (Gil handled the coil).

        Thanks
        """)
    return outlook_desktop(
        "a27",
        TOM,
        "PO-77812 - 2 PRVs creeping, 2 thermostats dead",
        when,
        [("p", text + SIG_TOM)],
    )


def a28():
    when = at("2026-11-20 13:15", "ET")
    text = para("""
        Hi Nadia,

        Two items on PO 24415 (SO-104222, INV-88086):

        1. The 3" RPZ backflow assembly failed its initial test at the Elk Crossing plant on 11/18 - the #1 check won't hold and the relief valve opens at 1.2 psid. Our tester says it's the first check disc, but it's brand new and should pass out of the box. Can you get it warrantied with the manufacturer? The test report is on file if you need it.
        2. 3" flanged check valves: 2 on the order, but the engineer changed the second bypass to a gate valve so we only used 1. The other is still crated and we don't need it - please send an RMA.

        Thank you,
        Karen
        """)
    return gmail(
        "a28",
        KAREN,
        "PO 24415 - RPZ failed test / return 1 check valve",
        when,
        [("p", text + SIG_KAREN)],
    )


def a29():
    when = at("2026-11-23 10:20", "CT")
    top = para("""
        Hello Nadia,

        I'm matching invoice INV-88152 (PO 60418 / SO-104238):

        """)
    table = para("""
        Wi-Fi programmable thermostat   12 x $132.00 = $1,584.00   matches PO
        Non-programmable thermostat     20 x  $28.90 =   $578.00   our price is $26.50
        16x25x1 MERV 11 filters         10 x  $39.50 =   $395.00   matches PO
        """)
    tail = para("""

        Raj's pricing agreement from September has the non-programmable stats at $26.50. That's 20 x $2.40 = $48.00 overbilled. Please send a credit memo for $48.00.

        Also, the credit for the 2 dead Wi-Fi stats Raj reported isn't on this invoice yet - I assume it comes as a separate memo.

        Thanks,
        """)
    return gmail(
        "a29",
        LINDA,
        "INV-88152 - thermostat price",
        when,
        [("p", top), ("pre", table), ("p", "\n" + tail + SIG_LINDA)],
    )


def a30():
    when = at("2026-11-23 15:10", "CT")
    text = para("""
        Nadia, please send me price and tell me if you have in stock:

        1. 40 gal electric water heater 240V - 2
        2. 2 gal expansion tank - 4
        3. 3/4" ball valve sweat - 20
        4. 3/4" PRV 25-75 psi - 2

        Same like PO 40917 but the PRVs are new. Is for the duplex on Up River Rd, start 12/7. We pick up at the counter.

        Gracias
        Rosa
        361-555-0190
        """)
    return apple_mail("a30", ROSA, "price please - heaters, tanks, valves", when, text)


def a31():
    when = at("2026-11-24 07:45", "CT")
    body = para("""
        Hi Nadia, Marisol from Summit service. Going through my van stock this morning:
        - Wi-Fi thermostats: 3 boxes, 1 of them has a non-programmable stat inside, not the Wi-Fi one
        - filters and condensate pumps all fine

        I dont know which delivery it came from, the van gets restocked from our warehouse. Can you swap it for a Wi-Fi one? I can bring the wrong one to your Tulsa counter.

        Marisol
        918-555-0163

        Sent from my iPhone
        """)
    return iphone("a31", MARISOL, "wrong stat in box", when, body, via="gws")


def a32():
    when = at("2026-11-25 10:05", "ET")
    text = para("""
        Nadia,

        From PO-77760 (SO-104224, your truck 10/22):

        """)
    tail = para("""

        Thanks
        """)
    return outlook_desktop(
        "a32",
        FRANK,
        "PO-77760 - return 2 Wi-Fi stats, 1 case wrong filters",
        when,
        [
            ("p", text),
            (
                "bullets",
                [
                    "Programmable Wi-Fi thermostats (8): 6 installed on the Camp Hill service "
                    "agreement. The customer cancelled the last 2 units - they're still sealed and "
                    "we have no other use for them. Please issue an RMA for the 2.",
                    "16x25x1 MERV 11 filters (12 cases): we opened the last case for a PM visit "
                    "yesterday and it's 16x20x1 inside, labeled 16x25x1 on the carton. Need 1 case "
                    "of the right size; the wrong case is in our shop.",
                ],
            ),
            ("p", "\n" + tail + SIG_FRANK),
        ],
    )


def a33():
    when = at("2026-11-30 09:00", "ET")
    top = para("""
        Hi Nadia,

        Month-end count. The inventory screen still shows 1-1/2" black unions from PO 24388 on the shelf:

        """)
    screen = para("""
        ITEM        DESCRIPTION              LOC      ONHAND  ALLOC  AVAIL
        RB-U150     UNION 1-1/2 BLK MALL     B-04-2       15      0     15
        RB-CK300F   CHK VLV 3IN FLG SWING    C-01-1        1      1      0
        """)
    tail = para("""

        15 unions, nobody has them on a job. I know Karen sent 12 back at the end of October; these are on top of that. Can we send the 15 back too? The check valve is allocated to the service truck, that one stays.

        Thanks,
        """)
    return gmail(
        "a33",
        LUKE,
        "PO 24388 - unions to return",
        when,
        [("p", top), ("pre", screen), ("p", "\n" + tail + SIG_LUKE)],
    )


def a34():
    when = at("2026-12-01 08:30", "CT")
    body = para("""
        Nadia,

        The 6 registers are boxed and labeled RMA-9131 at dock door 2. Your driver can pick up any weekday 7:00-3:30, ask for Dmitri (918-555-0149).

        The 2 tile cartons went in our dumpster this morning, as you said. Nothing else open on PO 60377 from our side.

        Raj

        """)
    history = para("""

        -----Original Message-----
        From: Nadia Brandt <nbrandt@lakeshorepipe.example>
        Sent: Monday, November 30, 2026 3:18 PM
        To: Raj Patel <raj.patel@summithvac.net>
        Subject: RMA-9131 - PO 60377 - 6 floor registers

        Hi Raj,

        RMA-9131 is issued for the 6 HVC-REG-1006-W (10x6 floor registers) on SO-104228 / PO 60377. Our Tulsa driver will pick them up next week; please mark the box with the RMA number. The 2 additional tile cartons can be disposed of on your side, our reviewer will follow up on that credit.

        Nadia Brandt
        Lakeshore Pipe & Supply
        """)
    return outlook16(
        "a34",
        RAJ,
        "RE: RMA-9131 - PO 60377 - 6 floor registers",
        when,
        body + SIG_RAJ + "\n" + history,
        reply=ours("a34-rma"),
    )


A35_NOTICE = para("""
    Hi Karen,

    Credit memo CM-30452 for $106.92 is posted to your account for the 12 unions on RMA-9118 (SO-104214 / PO 24388), 10% restocking deducted per your agreement.

    Nadia Brandt
    Claims desk | Lakeshore Pipe & Supply
    """)


def a35():
    when = at("2026-12-01 14:00", "ET")
    text = para("""
        Thanks Nadia, CM-30452 received and applied to our December payment.

        One question while I have you: any word from the manufacturer on the RPZ from PO 24415? Our tester is holding the Elk Crossing permit until it passes.

        Karen
        """)
    attribution = (
        "On Mon, Nov 30, 2026 at 4:02 PM Nadia Brandt <nbrandt@lakeshorepipe.example> wrote:"
    )
    return gmail(
        "a35",
        KAREN,
        "Re: Credit memo CM-30452 - RMA-9118 - SO-104214",
        when,
        [("p", text + SIG_KAREN), ("quote", (attribution, A35_NOTICE))],
        reply=ours("a35-cm"),
    )


def a36():
    when = at("2026-12-03 10:30", "CT")
    text = para("""
        Hola Nadia,

        We do the year end inventory this week. For PO 40962 (INV-88112):

        - PRV 3/4": the invoice say 6, we use 6 on jobs and there is still 1 in the box on the shelf. So you send us 7, 1 is extra.
        - Copper 1" type L: all used.
        - Elbows: the bag that was missing you already send, thank you.

        Tell me if you want the PRV back or you bill it to us.

        Gracias
        Rosa
        361-555-0190
        """)
    return apple_mail("a36", ROSA, "PO 40962 - 1 PRV extra", when, text)


def a37():
    when = at("2026-12-04 11:15", "ET")
    text = para("""
        Hi Nadia,

        FYI, our December 4 ACH to Lakeshore applies these credit memos:

        """)
    rows = [
        ["CM-30436", "INV-88098 copper price difference", "138.00"],
        ["CM-30440", "RMA-9115, 6 bags PEX couplings (PO-77731)", "45.65"],
        ["CM-30447", "INV-88133 condensate pump price", "27.20"],
    ]
    tail = para("""
        Nothing else is open on AP's side. Thank you for the quick turnaround on the price corrections.

        """)
    return outlook_desktop(
        "a37",
        DANA,
        "December payment - credit memos applied",
        when,
        [
            ("p", text),
            ("table", (["Credit memo", "Reference", "Amount"], rows)),
            ("p", tail + SIG_DANA),
        ],
    )


def a38():
    note = (
        "Summit HVAC warehouse. Pulled the non-programmable thermostats from SO-104238 "
        "(your truck 11/05) for the Brookside apartments change-out: 2 of the 20 have the "
        "display cover cracked, the boxes were crushed at the bottom of the carton. The other 18 "
        "are fine. Please credit or replace the 2."
    )
    text = (
        "{\n"
        '  "order_number": "SO-104238",\n'
        '  "lines": [\n'
        '    {"sku": "TST-2100-NP", "quantity": 2, "reason": "DAMAGED"}\n'
        "  ],\n"
        f'  "note": "{note}"\n'
        "}\n"
    )
    return text.encode()


def a39():
    text = para("""
        COASTAL BEND BUILDERS - SITE RECEIVING LOG
        Project: Harbor Point Bayfront Apts, interior refresh (CBB job 26-118)
        Site super: A. Medina   361-555-0121

        Vendor:       Lakeshore Pipe & Supply, Corpus Christi
        Their PO:     70296 (owner-furnished material)
        Delivered:    11/16/2026, vendor truck, 2 pallets

        #  Item                                   Packing list   Counted   Note
        1  10x6 steel floor register, white              40          36   4 missing
        2  3/4" ball valve, full port, sweat             12          12   ok, to plumber

        Owner maintenance asked us to send discrepancies to the vendor directly.
        Please ship the 4 missing registers to the site, attn A. Medina.
        """)
    return text.replace("\n", "\r\n").encode()


def a40():
    text = para("""
        PADRE SHORES CONDOMINIUM ASSOCIATION - MAINTENANCE WORK ORDER EXPORT
        WO 26-0977    Opened 11/30/2026    Building B, mechanical room 2

        Parts supplied by Lakeshore Pipe & Supply, Corpus Christi
        Distributor order SO-104202, invoice INV-88016 (installed by Delgado & Sons Plumbing)

        Line  Part                                    Qty  Finding
        1     3/4" full port ball valve, sweat           2  leaking at the stem packing, will not shut off
        2     50 gal gas water heater                    2  operating normally, no action
        3     2 gal expansion tank                       2  operating normally, no action

        Request: warranty replacement of the 2 ball valves (line 1). Ship to the
        association office, 14300 S Padre Island Dr, Corpus Christi TX 78418.
        Contact: building engineer, 361-555-0147
        """)
    return text.encode()


BUILD = {
    "a01-riverbend-karen-leftover-unions-list.eml": a01,
    "a02-keystone-tom-job-closeout-numbered.eml": a02,
    "a03-keystone-receiving-rl-count-sheet.eml": a03,
    "a04-delgado-rosa-elbows-one-bag-missing.eml": a04,
    "a05-riverbend-mike-typed-table-copper-valves.eml": a05,
    "a06-summit-raj-three-wet-tile-cartons.eml": a06,
    "a07-keystone-tom-where-is-the-rest.eml": a07,
    "a08-delgado-office-heater-element-out.eml": a08,
    "a09-keystone-dana-copper-variance-worksheet.eml": a09,
    "a10-keystone-service-last-years-circulators.eml": a10,
    "a11-keystone-receiving-two-trucks-pex-coil.eml": a11,
    "a12-riverbend-karen-three-coils-for-two.eml": a12,
    "a13-summit-raj-bullets-wifi-stats-doa.eml": a13,
    "a14-delgado-mateo-leftover-pipe-and-unions.eml": a14,
    "a15-keystone-tom-check-valve-and-circulators.eml": a15,
    "a16-keystone-ap-match-exception-pumps.eml": a16,
    "a17-harbor-luis-one-stat-wrong-model.eml": a17,
    "a18-harbor-luis-heater-crushed-tank-missing.eml": a18,
    "a19-summit-warehouse-receiving-report.eml": a19,
    "a20-riverbend-mike-change-open-order.eml": a20,
    "a21-riverbend-mike-sheet-ball-valves-sizes.eml": a21,
    "a22-harbor-tech-thermostat-blank-screen.eml": a22,
    "a23-delgado-mateo-harbor-valve-wont-close.eml": a23,
    "a24-summit-raj-more-tile-and-spare-registers.eml": a24,
    "a25-harbor-grace-statement-reconcile.eml": a25,
    "a26-riverbend-lead-gmail-sweat-valves-back.eml": a26,
    "a27-keystone-tom-prvs-and-stats-one-po.eml": a27,
    "a28-riverbend-karen-rpz-and-spare-check.eml": a28,
    "a29-summit-linda-stat-price-per-quote.eml": a29,
    "a30-delgado-rosa-quote-list.eml": a30,
    "a31-summit-tech-van-stock-no-po.eml": a31,
    "a32-keystone-service-stats-and-filters-late.eml": a32,
    "a33-riverbend-warehouse-unions-shelf-count.eml": a33,
    "a34-summit-raj-rma-pallet-ready.eml": a34,
    "a35-riverbend-karen-credit-thanks-question.eml": a35,
    "a36-delgado-rosa-year-end-count-prv.eml": a36,
    "a37-keystone-dana-credits-applied.eml": a37,
    "a38-portal-summit-stats-cracked.json": a38,
    "a39-upload-gc-receiving-discrepancy-log.txt": a39,
    "a40-upload-owner-maintenance-valves.txt": a40,
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
