"""Write every request file of heldout80: an ordinary busy week at the claims desk.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Monday 2026-10-26 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. Plain everyday mail: short notes from
counter and warehouse staff, buyers, project managers, office managers and techs, written
quickly, with shorthand, typos, a resend, a forward, a photo of a ticket, a scan, a PDF.
Most ask for one thing (a bent stick of copper, a bag short, a dead thermostat, leftovers
to return, a price that does not match); some only look like claims (a ship-date
question, a thank-you, a request for invoice copies, a warranty question, a heads-up about
leftovers to come, a remittance note).

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos and scans with Pillow (noise from a
seeded generator). Nothing reads the clock or the time zone.

The helpers (tokens, local time, header folding, MIME assembly, the mail program layouts,
the PDF block writer, the paper sheet with its photo and scan) are copied from the model
set heldout77's make_attachments.py; the Yahoo layout, the people and the requests are this
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
RAY = ("Ray Kowalski", "rkowalski@keystonemech.com")  # warehouse, domain only
SHAWNA = ("Shawna Pruitt", "spruitt@keystonemech.com")  # service coordinator, domain only
TRICIA = ("Tricia Haldeman", "thaldeman@keystonemech.com")  # AP clerk, domain only
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")  # contact
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")  # contact
DAVE = ("Dave Hutchins", "dhutchins@riverbendph.com")  # warehouse, domain only
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")  # contact
LINDA = ("Linda Chu", "ap@summithvac.net")  # contact
TERRELL = ("Terrell Banks", "tbanks@summithvac.net")  # warehouse, domain only
KYLE = ("Kyle Brennan", "kbrennan@summithvac.net")  # service tech, domain only
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")  # contact
GRACE = ("Grace Kim", "payables@harborpointpm.com")  # contact
HECTOR = ("Hector Villarreal", "hvillarreal@harborpointpm.com")  # maintenance tech, domain only
# Delgado & Sons Plumbing (C-1005), hosted mail on both its domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")  # contact
LUPE = ("Lupe Garza", "lgarza@delgadoplumbing.com")  # office manager, domain only
NETO = ("Neto Salinas", "neto@delgadosons.com")  # foreman, second domain only
# Nobody the ERP knows
BOBBY = ("Bobby Kincaid", "bobbyk.plumbing@yahoo.com")  # Riverbend's tech, personal Yahoo

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119"),
    "gws": ("mail-yw1-f173.google.com", "209.85.128.173"),
    "gmail": ("mail-pf1-f180.google.com", "209.85.210.180"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
    "yahoo": ("sonic311-21.consmr.mail.bf2.yahoo.com", "74.6.129.84"),
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


# ------------------------------------------------------------------ Yahoo Mail for Android


def yahoo(key, person, subject, when, text):
    """Yahoo Mail's Android app: Date in UTC, text and the app's HTML, the app's sign-off."""
    stamp = int(when.timestamp() * 1000) + int(tok("ms", key, n=3), 16) % 1000
    num = int(tok("ya", key, n=8), 16) % 900000000 + 100000000
    part_no = int(tok("yp", key, n=6), 16) % 9000000 + 1000000
    sig = "\n\nSent from Yahoo Mail for Android"
    markup = (
        "<html><head></head><body>"
        + "".join(
            f"<div>{html.escape(r, quote=False) or '<br>'}</div>"
            for r in text.rstrip("\n").split("\n")
        )
        + '<br><br><div id="ymail_android_signature"><a id="ymail_android_signature_link" '
        'href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=US_Acquisition_'
        "YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=US_YMktg&amp;"
        'af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Sent from Yahoo '
        "Mail for Android</a></div></body></html>"
    )
    part = multi(
        "alternative",
        f"----=_Part_{part_no}_{num}.{stamp}",
        [
            leaf("text/plain; charset=UTF-8", text + sig, "7bit"),
            leaf("text/html; charset=UTF-8", markup, "7bit"),
        ],
    )
    mid = f"{num}.{part_no}.{stamp}@mail.yahoo.com"
    rows = [("Date", rfc(when, utc=True) + " (UTC)"), ("From", addr(person))]
    rows += [("To", addr(DESK)), ("Message-ID", f"<{mid}>"), ("Subject", subject)]
    rows += [("MIME-Version", "1.0"), ("References", f"<{mid.replace('@', '.ref@')}>")]
    rows += [("X-Mailer", "WebService/1.1.24652 YahooMailAndroidMobile")]
    return mail(key, person, when, "yahoo", rows, part)


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
SIG_RAY = para("""
    Ray Kowalski
    Warehouse / Receiving - Keystone Mechanical
    717-555-0172
    """)
SIG_SHAWNA = (
    para("""
    Shawna Pruitt
    Service Coordinator | Keystone Mechanical Contractors
    Dispatch 717-555-0150 | Direct 717-555-0157
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_TRICIA = (
    para("""
    Tricia Haldeman
    Accounts Payable | Keystone Mechanical Contractors
    T 717-555-0164
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
SIG_DAVE = para("""
    --
    Dave Hutchins
    Warehouse | Riverbend Plumbing & Heating
    (304) 555-0102 x4
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
SIG_TERRELL = para("""
    --
    Terrell Banks
    Warehouse Lead | Summit HVAC Services
    918-555-0147
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
    --
    Lupe Garza
    Office Manager
    Delgado & Sons Plumbing
    2209 Leopard St, Corpus Christi, TX 78408
    Tel 361-555-0196  Fax 361-555-0197
    Lic. M-38817
    """)
SIG_ROSA = para("""
    Rosa Delgado
    Delgado & Sons Plumbing
    361-555-0190
    """)


def ours(key):
    """A Message-ID of a mail our claims desk sent (Exchange Online)."""
    return exo_msgid("lakeshore-" + key, NADIA)


# ------------------------------------------------------------------ the requests


def o01():
    when = at("2026-10-26 08:10", "ET")
    text = para("""
        Nadia,

        Estes dropped PO 24415 at the shop Thursday. One of the two 3" check valves has a crack in the flange, looks like a forklift got it, the crate was busted on that corner. Can you get me a replacement or credit on that one.

        Also the RPZ on that same PO. The Cross Lanes school job is on hold till spring, GC says maybe longer. Its still in the crate, never opened. Any chance we can send it back?

        Thanks
        Mike

        """)
    return gmail("o01", MIKE, "PO 24415 - cracked check valve", when, [("p", text + SIG_MIKE)])


def o02():
    when = at("2026-10-27 09:20", "ET")
    text = para("""
        Nadia,

        We have six of the 1" full port ball valves left over from PO-77731 (Camp Hill middle school reno). Never installed, still in the boxes. We don't need them, please send me an RMA and I'll have them dropped at Paxton St.

        Thanks,

        """)
    return outlook_desktop(
        "o02", TOM, "return - 1in ball valves PO-77731", when, [("p", text + SIG_TOM)]
    )


def o03():
    when = at("2026-10-28 15:05", "ET")
    text = para("""
        Nadia,

        Sorry to bug you with this, Greg is out today. Has PO-77812 shipped yet? I need the 3/4 PRVs and the PEX coils on site at Hershey by next Wednesday, the gate valves and the 90s can come whenever. If it ships split that's fine, just let me know what's coming when.

        Thx

        """)
    return outlook_desktop("o03", TOM, "PO-77812 ship date?", when, [("p", text + SIG_TOM)])


def o04():
    when = at("2026-10-29 07:40", "ET")
    text = para("""
        Nadia, R+L delivered SO-104226 yesterday. slip says 30 lengths 1" type L, we only got 28. bundle strap was cut and retaped. 90s and ball valves ok

        pls ship the 2 or credit

        """)
    return outlook_ios("o04", RAY, "SO-104226 short 2 copper", when, text + SIG_RAY)


def delivery_ticket(key):
    """Our own truck's delivery ticket for PO 40962, the exception written in, photographed."""
    s = Sheet(key, w=1275, h=1650, paper=(247, 246, 240))
    s.text(70, 60, "LAKESHORE PIPE & SUPPLY", 44, PRINT_BOLD, (120, 30, 30))
    s.text(70, 118, "DELIVERY TICKET", 30, PRINT_BOLD)
    s.text(70, 160, "Corpus Christi branch  -  5120 Agnes St, Corpus Christi TX 78405", 20)
    s.text(820, 70, "Ticket  DT-557104", 26, PRINT_BOLD)
    s.text(820, 110, "Route  CC-3   Truck 12", 22)
    s.line(70, 200, 1205, 200, 3)
    s.text(70, 225, "Sold to:  Delgado & Sons Plumbing", 24)
    s.text(70, 262, "Ship to:  2209 Leopard St, Corpus Christi TX 78408", 24)
    s.text(70, 299, "Order SO-104231      Cust PO 40962      Ship date 10/29/2026", 24)
    y = 370
    s.box(70, y, 1205, y + 46, 2, fill=(226, 226, 222))
    for x, h in [(84, "QTY"), (200, "ITEM"), (520, "DESCRIPTION"), (1080, "REC'D")]:
        s.text(x, y + 10, h, 22, PRINT_BOLD)
    rows = [
        ("6", "VLV-0750-PRV", '3/4" PRV 25-75 psi'),
        ("100", "FTG-CU-E90-100", '1" wrot copper 90 C x C'),
        ("12", "PIP-CU-L-100-20", '1" type L copper tube 20 ft'),
    ]
    ink = (25, 45, 130)
    for qty, item, desc in rows:
        y += 58
        s.box(70, y - 12, 1205, y + 46, 1)
        s.text(90, y, qty, 24)
        s.text(200, y, item, 24)
        s.text(520, y, desc, 24)
        s.hand(1090, y - 6, "ok" if qty != "12" else "12 *", 32, ink)
    y += 110
    s.text(70, y, "Exceptions:", 24, PRINT_BOLD)
    s.hand(230, y - 8, "1 stick copper bent in middle - damaged", 32, ink)
    s.hand(230, y + 48, "left on site, driver saw it", 32, ink)
    s.circle(1066, 528, 1186, 596, ink)
    y += 170
    s.text(70, y, "Received by:", 22, PRINT_BOLD)
    s.line(230, y + 28, 640, y + 28, 1)
    s.hand(250, y - 14, "N. Salinas", 42, ink, HAND_NARROW)
    s.text(680, y, "Driver:", 22, PRINT_BOLD)
    s.line(770, y + 28, 1100, y + 28, 1)
    s.hand(790, y - 10, "J.R.", 38, (30, 30, 30), HAND_NARROW)
    s.text(70, 1560, "Claims for damage or shortage: claims@lakeshorepipe.example", 20)
    return s.photo(1.8, desk=(150, 132, 104))


def o05():
    when = at("2026-10-30 08:05", "CT")
    body = para("""
        Nadia your truck came yesterday with PO 40962. one stick of the 1in copper is bent real bad in the middle, cant use it. Driver marked it on the ticket, picture attached. Can you send another one next truck

        Neto

        Sent from my iPhone
        """)
    return iphone(
        "o05",
        NETO,
        "bent copper PO 40962",
        when,
        body,
        photo=("IMG_2087.jpeg", delivery_ticket("o05")),
    )


def o06():
    when = at("2026-11-02 08:30", "ET")
    text = para("""
        hi nadia

        checked in po 24460 this morning (came sat, estes). packing list says 100 of the 2" pvc tees, we got 9 bags of 10 so 90. missing one bag. rest of the order is fine

        can you send the 10 or credit us

        thanks
        Dave

        """)
    return gmail("o06", DAVE, "po 24460 - short 1 bag 2in tees", when, [("p", text + SIG_DAVE)])


def o07():
    when = at("2026-11-02 13:15", "CT")
    text = para("""
        Hi Nadia,

        Your truck bring the new copper stick this morning, Neto have it already on the job. Thank you for the fast service.

        """)
    return apple_mail("o07", ROSA, "copper PO 40962", when, text + SIG_ROSA)


def o08():
    when = at("2026-11-03 09:00", "CT")
    body = para("""
        Nadia,

        ODFL delivered PO 60377 yesterday afternoon. Tile is fine. 4 of the 30 floor registers are bent at the corners, that box was crushed on the pallet. We can't put those in. Please credit the 4 or send 4 more with our next order.

        Thanks,
        Raj

        """)
    return outlook16("o08", RAJ, "PO 60377 - 4 registers bent", when, body + SIG_RAJ)


def o09():
    when = at("2026-11-03 14:10", "ET")
    text = para("""
        Hi,

        One of the 1-1/4" thermostatic mixing valves from SO-104201 is not holding temp anymore, outlet swings from 105 to 140. This is at the Linglestown Rd apartments, installed last October. Our tech says the cartridge is bad. Can this go back under warranty? Let me know what you need from us.

        Thank you,

        """)
    return outlook_desktop(
        "o09", SHAWNA, "mixing valve failure - Linglestown Rd", when, [("p", text + SIG_SHAWNA)]
    )


def service_ticket(key):
    """Delgado's service call ticket, filled in by the tech, scanned at the office."""
    s = Sheet(key, w=1275, h=1650, paper=(252, 252, 250))
    s.text(70, 60, "DELGADO & SONS PLUMBING", 44, PRINT_BOLD)
    s.text(70, 118, "SERVICE TICKET", 30, PRINT_BOLD)
    s.text(70, 160, "2209 Leopard St, Corpus Christi TX 78408   361-555-0196   Lic. M-38817", 20)
    s.text(900, 66, "No. 11873", 30, PRINT_BOLD, (160, 30, 30))
    s.line(70, 200, 1205, 200, 3)
    ink = (20, 20, 20)
    s.field(70, 230, "Date:", 260, "11/3/26", 22, 32)
    s.field(520, 230, "Tech:", 300, "Chuy R.", 22, 32)
    s.field(70, 290, "Customer:", 480, "M. Benavides (homeowner)", 22, 32)
    s.field(70, 350, "Address:", 700, "4418 Ocean Dr, Corpus Christi", 22, 32)
    s.field(70, 410, "Equipment:", 700, "50 gal gas water heater, installed 10/2025", 22, 32)
    s.field(70, 470, "Bought:", 700, "Lakeshore  inv INV-88016", 22, 32)
    s.text(70, 560, "Work performed / findings:", 24, PRINT_BOLD)
    notes = [
        "water on floor under heater, customer called 11/2",
        "leak is from tank bottom seam, not fittings / T&P",
        "tank failed - needs replacement under warranty",
        "shut off gas + water, left loaner 40 gal",
    ]
    y = 610
    for n in notes:
        s.hand(90, y, n, 32, ink)
        s.line(70, y + 44, 1205, y + 44, 1, (170, 170, 170))
        y += 64
    s.field(70, y + 60, "Customer signature:", 420, "", 22)
    s.hand(330, y + 40, "M Benavides", 40, ink, HAND_NARROW)
    s.text(70, 1560, "White: office   Yellow: customer   Pink: tech", 20)
    return s.scan(0.6)


def o10():
    when = at("2026-11-05 10:30", "CT")
    text = para("""
        Good morning Nadia,

        We have a warranty claim for one of the two 50 gal gas water heaters we bought on invoice INV-88016 last October. It is leaking from the bottom of the tank, our tech found it on a service call Tuesday (ticket attached). The homeowner has a loaner for now.

        Please let us know how you want the old one returned.

        Thank you,

        """)
    scan = scan_pdf(when, "Brother MFC-L2750DW", "Scan", service_ticket("o10"))
    return thunderbird(
        "o10",
        LUPE,
        "Warranty - 50 gal gas water heater leaking",
        when,
        text + SIG_LUPE,
        files=[("Scan_20261105_102214.pdf", "application/pdf", scan)],
    )


def o11():
    when = at("2026-11-06 08:45", "CT")
    text = para("""
        Nadia,

        Your truck dropped PO 60418 yesterday. Two things:

        The filters are wrong. We ordered 16x25x1 MERV 11, all 10 cases in the shipment are 16x20x1. Need the right size, will send these back.

        Also we got 13 of the wifi thermostats, PO is for 12. One extra, let me know if you want it picked up or sent back.

        Rest of the thermostats ok.

        """)
    return gmail("o11", TERRELL, "PO 60418 receiving problems", when, [("p", text + SIG_TERRELL)])


O12_TEXT = para("""
    Nadia - first truck for PO-77812 came in yesterday from R+L. 2 of the 2" bronze gate valves have cracked bonnets, box was wet and crushed on one end. driver noted it. 90s ok, other 38 valves ok

    need 2 replacements or credit. they are set aside in the cage

    """)


def o12():
    when = at("2026-11-06 10:15", "ET")
    return outlook_ios("o12", RAY, "PO-77812 gate valves cracked", when, O12_TEXT + SIG_RAY)


def o13():
    when = at("2026-11-09 07:35", "ET")
    text = para("""
        Nadia, sending again, didnt hear back on this one. Tom needs the 2 valves this week

        Ray
        """)
    sent = at("2026-11-06 10:15", "ET")
    history = (
        "From: Ray Kowalski <rkowalski@keystonemech.com>\n"
        f"Sent: {sent:%A, %B} {sent.day}, {sent.year} {sent.hour % 12 or 12}:{sent:%M:%S %p}\n"
        "To: Lakeshore Claims <claims@lakeshorepipe.example>\n"
        "Subject: PO-77812 gate valves cracked\n\n" + O12_TEXT + SIG_RAY
    )
    return outlook_ios("o13", RAY, "Fw: PO-77812 gate valves cracked", when, text, history=history)


def o14():
    when = at("2026-11-09 10:20", "ET")
    text = para("""
        Hi Nadia,

        UPS delivered PO 24519 Friday and Mike opened everything this morning.

        One of the two 3/4" PEX coils was crushed, the box is flattened and the tubing is kinked in several spots. We can't use it.

        We also got 12 bags of the 1/2" crimp couplings, the order and the invoice say 10. So 2 extra bags, we'll send them back with the coil if that works for you.

        The ball valves are fine.

        Thanks,
        Karen

        """)
    return gmail(
        "o14",
        KAREN,
        "PO 24519 - damaged PEX coil + 2 extra bags couplings",
        when,
        [("p", text + SIG_KAREN)],
    )


def o15():
    when = at("2026-11-10 08:20", "CT")
    top = para("""
        Nadia,

        Your truck delivered PO 70231 yesterday to the Bayview Towers shop. Driver left the pallet outside the roll-up door and it rained all afternoon.

        """)
    tail = "\n" + para("""

        Please advise on the filters and send the 6 registers.

        Luis

        """)
    return outlook_desktop(
        "o15",
        LUIS,
        "PO 70231 delivery - wet filters, registers short",
        when,
        [
            ("p", top),
            (
                "bullets",
                [
                    "Filters 16x25x1: 14 of the 24 cases are soaked, filters warped and smell "
                    "of mildew. Not usable.",
                    "Floor registers: packing list says 60, we counted 54. 6 short.",
                    "Thermostats: 10, OK.",
                ],
            ),
            ("p", tail + SIG_LUIS),
        ],
    )


def debit_memo_pdf(when):
    """Keystone AP's debit memo for the copper price, printed to PDF from their AP system."""
    return pdf_doc(
        when,
        "Sage 300 Construction",
        "Debit Memo DM-26-1147",
        [
            ("h1", "Keystone Mechanical Contractors"),
            (
                "text",
                "1450 Paxton St, Harrisburg PA 17104  |  ap@keystonemech.com  |  717-555-0160",
            ),
            ("gap", 10),
            ("h2", "DEBIT MEMO  DM-26-1147"),
            (
                "kv",
                [
                    ("Date:", "11/11/2026"),
                    ("Vendor:", "Lakeshore Pipe & Supply (V-0412)"),
                    ("Vendor invoice:", "INV-88098 dated 10/26/2026"),
                    ("Our PO:", "PO-77790 (your SO-104226)"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [60, 190, 60, 70, 70, 66],
                    ["Line", "Item", "Qty", "Invoiced", "PO price", "Diff"],
                    [
                        ["1", '1" type L copper tube 20 ft', "30", "76.40", "71.80", "138.00"],
                    ],
                ),
            ),
            ("gap", 8),
            ("kv", [("Total debit:", "$138.00")]),
            ("gap", 8),
            (
                "text",
                "Reason: unit price invoiced above PO price. Please issue a credit memo against "
                "INV-88098. Remaining lines of the invoice are approved for payment.",
            ),
            ("gap", 14),
            ("small", "Prepared by D. Ruiz, Accounts Payable"),
        ],
    )


def o16():
    when = at("2026-11-11 10:00", "ET")
    text = para("""
        Hi Nadia,

        Invoice INV-88098 (our PO-77790) bills the 1" type L copper at $76.40 per length. Our PO and your order confirmation have $71.80. 30 lengths x $4.60 = $138.00.

        Please issue a credit memo for $138.00. Our debit memo is attached for your records.

        Thank you,

        """)
    return outlook_desktop(
        "o16",
        DANA,
        "Pricing - INV-88098 copper tube",
        when,
        [("p", text + SIG_DANA)],
        files=[("DM-26-1147.pdf", "application/pdf", debit_memo_pdf(when))],
    )


def o17():
    when = at("2026-11-12 15:20", "CT")
    body = para("""
        Hi Nadia we finish the Ayers St duplex. From PO 40988 we have 3 of the 1in ball valves and 2 black unions 1-1/2 left over, new in box. we dont need them. can I bring them back to the counter friday for credit?

        Neto

        Sent from my iPhone
        """)
    return iphone("o17", NETO, "Leftover from PO 40988", when, body)


def o18():
    when = at("2026-11-13 07:30", "ET")
    text = para("""
        hey this is Bobby with Riverbend Plumbing, Karen said to email you direct. We opened the R+L shipment yesterday, SO-104243 on the packing slip. 2 of the 1 inch ball valves are smashed, handles broke off and the bodies are dented. Rest are ok. Can you replace the 2? Im on my phone today, text me 304-555-0133 if you need pictures

        Bobby Kincaid""")
    return yahoo("o18", BOBBY, "smashed ball valves", when, text)


def packing_slip(key):
    """Our packing slip for PO 60455 with the warehouse's count written on it, photographed."""
    s = Sheet(key, w=1275, h=1650, paper=(250, 250, 247))
    s.text(70, 60, "LAKESHORE PIPE & SUPPLY", 42, PRINT_BOLD, (120, 30, 30))
    s.text(70, 114, "PACKING SLIP", 30, PRINT_BOLD)
    s.text(70, 156, "Ship from: DC-WEST   Carrier: UPS Freight   Ship date: 11/10/2026", 22)
    s.text(860, 66, "SO-104244", 30, PRINT_BOLD)
    s.line(70, 196, 1205, 196, 3)
    s.text(70, 220, "Ship to:  Summit HVAC Services, 4700 S Memorial Dr, Tulsa OK 74145", 22)
    s.text(70, 256, "Customer PO: 60455          Page 1 of 1", 22)
    y = 320
    s.box(70, y, 1205, y + 46, 2, fill=(228, 228, 228))
    for x, h in [(84, "LINE"), (170, "ITEM / DESCRIPTION"), (860, "SHIPPED"), (1030, "CHECK")]:
        s.text(x, y + 10, h, 22, PRINT_BOLD)
    rows = [
        ("1", "HVC-CND-PUMP  condensate pump 115V w/ safety sw", "10"),
        ("2", "TST-2100-NP  non-prog digital thermostat 24V", "12"),
        ("3", "HVC-FLT-1625-M11  16x25x1 MERV 11 (cs of 12)", "20"),
    ]
    y += 46
    for line, desc, qty in rows:
        s.box(70, y, 1205, y + 70, 1)
        s.text(90, y + 22, line, 22)
        s.text(170, y + 22, desc, 21, NARROW)
        s.text(900, y + 22, qty, 24)
        y += 70
    ink = (30, 30, 140)
    s.hand(1040, 380, "10", 34, ink)
    s.hand(1040, 450, "12 ok", 34, ink)
    s.hand(1040, 520, "18 !", 36, ink)
    s.circle(1026, 508, 1150, 572, (180, 30, 30))
    s.hand(170, 640, "1 pump wont run - bench test, tagged", 32, ink)
    s.hand(170, 700, "filters 2 cs short", 32, ink)
    s.hand(170, 780, "rec'd 11/12  TB", 34, ink, HAND_NARROW)
    s.text(70, 1560, "Report shortages or damage within 5 days: claims@lakeshorepipe.example", 20)
    return s.photo(-1.4, desk=(64, 66, 70))


def o19():
    when = at("2026-11-13 09:10", "CT")
    text = para("""
        Nadia,

        UPS brought PO 60455 yesterday, packing slip with our count is attached.

        Filters: slip says 20 cases, we got 18.
        Condensate pumps: 10 came, all there, but one of them doesn't run. Plugged it in on the bench, lifted the float, nothing. Other 9 tested fine.
        Thermostats 12, OK.

        Please send the 2 cases and let me know how to return the dead pump.

        """)
    return gmail(
        "o19",
        TERRELL,
        "PO 60455 - filters short 2 cs, 1 pump dead",
        when,
        [("p", text + SIG_TERRELL)],
        files=[("IMG_20261113_085512.jpg", "image/jpeg", packing_slip("o19"))],
    )


def o20():
    when = at("2026-11-16 09:40", "ET")
    text = para("""
        Nadia,

        Two things on PO-77830:

        1. We got 50 of the 1-1/2" black unions, order was for 40. The extra bag of 10 is sitting in our warehouse, let me know if your driver can grab it or if we should drop it off.
        2. One of the 4 circulators is bad. Installed it Friday at the Hummelstown church, it hums but won't pump, shaft is seized. We pulled it, need a replacement under warranty.

        Thanks,

        """)
    return outlook_desktop(
        "o20", TOM, "PO-77830 - extra unions, 1 circulator bad", when, [("p", text + SIG_TOM)]
    )


def o21():
    when = at("2026-11-16 10:30", "CT")
    text = para("""
        Hi Nadia,

        We start the PRV job today and we only have 5 PRV. Invoice INV-88112 say 6. I look in the truck and in the shop, is not there. Please send 1 PRV 3/4 or make the credit.

        Thank you

        """)
    return apple_mail("o21", ROSA, "PO 40962 - 1 PRV missing", when, text + SIG_ROSA)


def o22():
    when = at("2026-11-17 08:15", "ET")
    text = para("""
        Nadia,

        2 of the 4 PRVs on PO 24530 are 1/2". Box label says 3/4 but the valves inside are 1/2" FNPT. Need two 3/4" ones, I'll bring these back to the counter.

        Mike

        """)
    return gmail("o22", MIKE, "PO 24530 wrong PRVs", when, [("p", text + SIG_MIKE)])


def o23():
    when = at("2026-11-17 13:30", "CT")
    text = para("""
        Hello,

        Could you please send copies of invoices INV-88160 and INV-88171? Our copy of INV-88171 was not attached to the e-mail we received, and I need both for our month-end close. If any credits are pending on these orders, please send those memos too when they are issued.

        Thank you,

        """)
    return outlook_desktop(
        "o23",
        GRACE,
        "Invoice copies needed - INV-88160, INV-88171",
        when,
        [("p", text + SIG_GRACE)],
    )


def o24():
    when = at("2026-11-18 11:00", "ET")
    text = para("""
        Hi,

        Invoice INV-88133 has the condensate pumps at $64.90 each. PO-77830 was issued at $61.50 per your quote. 8 pumps x $3.40 = $27.20 over.

        Please send a credit memo for $27.20 referencing INV-88133. The rest of the invoice matches our PO and is approved for payment.

        Thanks,

        """)
    return outlook_desktop(
        "o24",
        TRICIA,
        "INV-88133 price variance - condensate pumps",
        when,
        [("p", text + SIG_TRICIA)],
    )


def o25():
    when = at("2026-11-18 14:40", "CT")
    text = para("""
        Nadia one of the digital thermostats we got from you this month is dead, no display even with new wiring and good 24v at the terminals. unit 4C bayview. I dont have the PO with me, Luis has the paperwork. can you send a replacement

        Hector Villarreal
        Maintenance Tech - Harbor Point
        361-555-0179
        """)
    return outlook_ios("o25", HECTOR, "bad thermostat", when, text)


def o26():
    when = at("2026-11-19 09:50", "ET")
    text = para("""
        Hi Nadia,

        We have one 3" flanged check valve left from PO 24388 (the Dunbar lift station job). It's still crated, never installed. We don't need it, can we return it for credit? Mike can bring it to the Charleston counter.

        Thanks,
        Karen

        """)
    return gmail("o26", KAREN, "PO 24388 - return 1 check valve", when, [("p", text + SIG_KAREN)])


def o27():
    when = at("2026-11-20 10:05", "CT")
    body = para("""
        Nadia,

        We finished the register swap at Brookside and have 8 of the 10x6 white registers left over from PO 60377, still boxed. We don't need them. Can you issue an RMA for the 8? They can go back with your driver next time he's at our dock.

        Thanks,
        Raj

        """)
    return outlook16("o27", RAJ, "PO 60377 - return 8 floor registers", when, body + SIG_RAJ)


def o28():
    when = at("2026-11-20 11:15", "CT")
    text = para("""
        Hi Nadia,

        Quick question before we do anything. One of the 40 gal electric heaters from our October order (INV-88070) is dripping from the relief valve at a customer's house. Our tech thinks it is the T&P valve or the pressure in the house, not the heater itself. He is going back Monday with a gauge.

        If it turns out to be the heater, is it covered? And would you need the whole unit back or just the part?

        Thanks,

        """)
    return thunderbird(
        "o28", LUPE, "question on electric water heater warranty", when, text + SIG_LUPE
    )


def o29():
    when = at("2026-11-23 08:50", "ET")
    top = "Hi,\n\nTwo items on PO-77760 / SO-104224:\n\n"
    tail = "\nThank you,\n\n"
    return outlook_desktop(
        "o29",
        SHAWNA,
        "PO-77760 - wifi stat DOA + filter return",
        when,
        [
            ("p", top),
            (
                "bullets",
                [
                    "1 of the Wi-Fi programmable thermostats will not power up. Tech installed it "
                    "Friday at a customer's home in Lemoyne, checked 24 V at R and C, screen stays "
                    "blank. Swapped in another one from the same order and that one works. Please "
                    "replace the bad one under warranty.",
                    "We also have 4 cases of the 16x25x1 MERV 11 filters left that we don't need. "
                    "Can they be returned for credit?",
                ],
            ),
            ("p", tail + SIG_SHAWNA),
        ],
    )


def o30():
    when = at("2026-11-23 08:30", "CT")
    text = para("""
        nadia, on PO 70296 (came last monday) the 12 ball valves 3/4 are threaded, we ordered sweat. need 12 sweat ones, ill send these back

        also when we opened the register boxes today 5 of the 10x6 registers are bent

        Hector
        """)
    return outlook_ios("o30", HECTOR, "PO 70296 valves wrong + registers", when, text)


def o31():
    when = at("2026-11-24 07:55", "CT")
    body = para("""
        Hi Nadia. Non programmable stat from PO 60377 is DOA, no power to the display, checked wiring twice. Job is the Jenks dental office. Need a replacement, I'll be by the counter Wednesday.

        Kyle Brennan
        Summit HVAC

        Sent from my iPhone
        """)
    return iphone("o31", KYLE, "dead tstat", when, body, via="gws")


def quote_pdf(when):
    """Our own September quote to Summit, as Linda kept it."""
    return pdf_doc(
        datetime(2026, 9, 14, 11, 2, tzinfo=timezone(timedelta(hours=-5))),
        "Lakeshore Pipe & Supply - Quotes",
        "Quote Q-41877",
        [
            ("h1", "Lakeshore Pipe & Supply"),
            ("text", "Tulsa branch  |  quotes@lakeshorepipe.example  |  918-555-0100"),
            ("gap", 10),
            ("h2", "QUOTATION  Q-41877"),
            (
                "kv",
                [
                    ("Date:", "09/14/2026"),
                    ("Customer:", "Summit HVAC Services"),
                    ("Attn:", "Raj Patel"),
                    ("Valid:", "30 days"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [150, 220, 50, 56],
                    ["Item", "Description", "Qty", "Price"],
                    [
                        ["HVC-CND-PUMP", "condensate pump 115V w/ safety switch", "10", "54.25"],
                        ["TST-2100-NP", "non-prog digital thermostat 24V", "12", "26.90"],
                        ["HVC-FLT-1625-M11", "16x25x1 MERV 11, case of 12", "20", "37.75"],
                    ],
                ),
            ),
            ("gap", 8),
            (
                "text",
                "Prices FOB our branch, freight quoted separately. Thank you for the inquiry.",
            ),
        ],
    )


def o32():
    when = at("2026-11-24 10:40", "CT")
    text = para("""
        Hi Nadia,

        On INV-88184 (PO 60455) the condensate pumps are billed at $59.80. Your quote Q-41877 has them at $54.25. 10 pumps x $5.55 = $55.50.

        Can you please credit the difference? Quote attached.

        Thank you,
        Linda

        """)
    return gmail(
        "o32",
        LINDA,
        "INV-88184 - condensate pump price",
        when,
        [("p", text + SIG_LINDA)],
        files=[("Q-41877.pdf", "application/pdf", quote_pdf(when))],
    )


def o33():
    when = at("2026-11-25 13:20", "CT")
    body = para("""
        Nadia,

        Heads up, we are wrapping up Brookside in the next two weeks. Looks like we will have some thermostats and maybe a few cases of filters left over from PO 60418. I'll send you a count and the return request once the job is closed, probably mid December.

        Happy Thanksgiving,
        Raj

        """)
    return outlook16("o33", RAJ, "heads up - Brookside leftovers", when, body + SIG_RAJ)


def o34():
    when = at("2026-11-30 09:15", "CT")
    text = para("""
        Nadia,

        Delgado & Sons replaced the 3/4" pressure reducing valve in Bayview Towers building C at the end of October. It is already creeping: downstream pressure goes up to 95 psi overnight with the setting at 60. The box it came in is still in our shop, the label says your SO-104231.

        Can you replace it under warranty? Delgado can do the swap, but we would like the replacement shipped to our shop.

        Thanks,
        Luis

        """)
    return outlook_desktop(
        "o34",
        LUIS,
        "PRV failing at Bayview Towers - SO-104231",
        when,
        [("p", text + SIG_LUIS)],
    )


def o35():
    when = at("2026-12-01 08:05", "ET")
    text = para("""
        nadia

        doing shelf cleanup. we have 28 of the 1-1/2" black unions from po 24388 sitting here, never used. karen says we dont need them. can we send all 28 back for credit

        Dave

        """)
    return gmail("o35", DAVE, "return 1-1/2 unions po 24388", when, [("p", text + SIG_DAVE)])


O36_NOTICE = para("""
    Hi Karen,

    Credit memo CM-30611 for $178.20 is posted to your account for the 3" check valve returned on RMA-9142 (SO-104214 / PO 24388), 10% restocking deducted per your agreement.

    Nadia Brandt
    Claims desk | Lakeshore Pipe & Supply
    """)


def o36():
    when = at("2026-12-03 11:00", "ET")
    text = para("""
        Thanks Nadia, got it. CM-30611 is applied on our December payment.

        Karen

        """)
    attribution = (
        "On Wed, Dec 2, 2026 at 3:41 PM Nadia Brandt <nbrandt@lakeshorepipe.example> wrote:"
    )
    return gmail(
        "o36",
        KAREN,
        "Re: Credit memo CM-30611 - RMA-9142 - check valve",
        when,
        [("p", text + SIG_KAREN), ("quote", (attribution, O36_NOTICE))],
        reply=ours("o36-cm"),
    )


def o37():
    when = at("2026-12-04 10:30", "ET")
    top = para("""
        Hi Nadia,

        FYI, today's ACH to Lakeshore for $7,355.30 covers the invoices below and takes the two credit memos you issued last month.

        """)
    tail = para("""
        Please let me know if anything doesn't match on your side.

        Thanks,

        """)
    rows = [
        ["INV-88120", "Invoice", "11/02/2026", "2,798.50"],
        ["INV-88121", "Invoice", "11/03/2026", "2,080.80"],
        ["INV-88133", "Invoice", "11/04/2026", "2,641.20"],
        ["CM-30498", "Credit memo (INV-88098 copper price)", "11/13/2026", "-138.00"],
        ["CM-30533", "Credit memo (INV-88133 pump price)", "11/19/2026", "-27.20"],
        ["", "Total paid", "", "7,355.30"],
    ]
    return outlook_desktop(
        "o37",
        DANA,
        "Remittance - ACH 12/04/2026",
        when,
        [
            ("p", top),
            ("table", (["Document", "Type", "Date", "Amount"], rows)),
            ("p", tail + SIG_DANA),
        ],
    )


def o38():
    note = (
        "Keystone jobsite, Hershey medical office build-out. The 1 inch copper 90s on this order: "
        "50 of them are street 90s (FTG x C), not C x C like we ordered. Fitters found them when "
        "they opened the last boxes this week. Need 50 C x C 90s sent to the job trailer, we will "
        "send the street ells back."
    )
    text = (
        "{\n"
        '  "order_number": "SO-104233",\n'
        '  "lines": [\n'
        '    {"sku": "FTG-CU-E90-100", "quantity": 50, "reason": "WRONG_ITEM"}\n'
        "  ],\n"
        f'  "note": "{note}"\n'
        "}\n"
    )
    return text.encode()


def o39():
    text = para("""
        GULF COAST MECHANICAL SERVICES
        Receiving discrepancy report

        Job:        Bayview Towers bldg A - water heater change-out (GCM job 2611-07)
        Owner:      Harbor Point Property Management
        Supplier:   Lakeshore Pipe & Supply, Corpus Christi
        PO:         70288
        Delivered:  Estes, 11/11/2026

        Item                                  Packing list  Received  Note
        50 gal NG water heater                           3         3  ok
        2 gal thermal expansion tank                     3         2  1 short

        Please ship the missing expansion tank to the Bayview Towers maintenance shop.
        Submitted by R. Alvarado, GCM foreman, 361-555-0128
        """)
    return text.replace("\n", "\r\n").encode()


def o40():
    text = para("""
        RIVERBEND PLUMBING & HEATING - AP PRICE DISCREPANCY
        Vendor:        Lakeshore Pipe & Supply
        Vendor order:  SO-104214      Our PO: 24388
        Invoice:       INV-88061 dated 10/01/2026

        Item                              Qty  Invoiced  PO price   Diff     Ext
        3" flanged swing check valve        4    198.00    186.00  12.00   48.00

        Requested: credit memo for $48.00 against INV-88061.
        Prepared by J. Marsh, bookkeeping, (304) 555-0102 x2
        """)
    return text.encode()


BUILD = {
    "o01-riverbend-mike-check-valve-cracked-rpz-on-hold.eml": o01,
    "o02-keystone-tom-six-ball-valves-back.eml": o02,
    "o03-keystone-tom-when-do-prvs-ship.eml": o03,
    "o04-keystone-receiving-two-copper-lengths-short.eml": o04,
    "o05-delgado-foreman-bent-copper-stick.eml": o05,
    "o06-riverbend-warehouse-tees-one-bag-short.eml": o06,
    "o07-delgado-rosa-copper-replacement-came.eml": o07,
    "o08-summit-raj-four-registers-bent.eml": o08,
    "o09-keystone-service-mixing-valve-last-year.eml": o09,
    "o10-delgado-office-gas-heater-leaking.eml": o10,
    "o11-summit-warehouse-filters-wrong-size-extra-stat.eml": o11,
    "o12-keystone-receiving-gate-valves-cracked.eml": o12,
    "o13-keystone-receiving-resend-gate-valves.eml": o13,
    "o14-riverbend-karen-coil-crushed-extra-couplings.eml": o14,
    "o15-harbor-luis-wet-filters-registers-short.eml": o15,
    "o16-keystone-dana-copper-price-inv-88098.eml": o16,
    "o17-delgado-foreman-leftover-valves-unions.eml": o17,
    "o18-riverbend-tech-yahoo-ball-valves-smashed.eml": o18,
    "o19-summit-warehouse-filters-short-pump-dead.eml": o19,
    "o20-keystone-tom-extra-unions-noisy-circulator.eml": o20,
    "o21-delgado-rosa-one-prv-missing.eml": o21,
    "o22-riverbend-mike-prvs-wrong-size.eml": o22,
    "o23-harbor-grace-invoice-copies.eml": o23,
    "o24-keystone-ap-condensate-pump-price.eml": o24,
    "o25-harbor-tech-dead-stat-no-po.eml": o25,
    "o26-riverbend-karen-spare-check-valve-return.eml": o26,
    "o27-summit-raj-eight-registers-left.eml": o27,
    "o28-delgado-office-heater-question.eml": o28,
    "o29-keystone-service-wifi-stat-and-filters.eml": o29,
    "o30-harbor-tech-threaded-valves-bent-registers.eml": o30,
    "o31-summit-tech-stat-dead-wrong-po.eml": o31,
    "o32-summit-linda-pump-price-quote.eml": o32,
    "o33-summit-raj-leftovers-next-month.eml": o33,
    "o34-harbor-luis-prv-from-delgado-job.eml": o34,
    "o35-riverbend-warehouse-unions-shelf.eml": o35,
    "o36-riverbend-karen-credit-posted-thanks.eml": o36,
    "o37-keystone-dana-remittance-credits.eml": o37,
    "o38-portal-jobsite-street-elbows.json": o38,
    "o39-upload-mech-sub-tank-missing.txt": o39,
    "o40-upload-bookkeeper-check-valve-price.txt": o40,
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
