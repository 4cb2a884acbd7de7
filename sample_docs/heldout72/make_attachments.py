"""Write every request file of heldout72: small shops and first-time writers.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Monday 2026-10-26 and Friday 2026-12-04:
37 mails, one portal form and two text uploads. Most writers are new at it or do not write
to suppliers often: a contractor's owner who writes the way he writes letters, a niece
who just started in the family office, a first-year apprentice, a new project
coordinator, a leasing assistant covering for the maintenance supervisor, a shop manager
cleaning up after a job, a new AP assistant, a homeowner. They tell the story of the job
first, name every item of the order (most of them fine), thank, ask questions, and now and
then correct the count in the next paragraph. Two notes are handwritten (a scan and a
phone photo); a few tables are typed by hand.

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos and scans with Pillow (noise from a
seeded generator). Nothing reads the clock or the time zone.
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
NADIA = ("Nadia Brandt", "nbrandt@lakeshorepipe.example")
MX = "mx1.lakeshorepipe.example"

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
TOM = ("Tom Morales", "tmorales@keystonemech.com")  # contact
DANA = ("Dana Ruiz", "ap@keystonemech.com")  # contact
MEGAN = ("Megan Shultz", "mshultz@keystonemech.com")  # new project coordinator, domain only
TYLER = ("Tyler Gingrich", "tgingrich@keystonemech.com")  # first-year apprentice, domain only
RICK = ("Rick Hoover", "rhoover@keystonemech.com")  # shop and warehouse, domain only
KAYLA = ("Kayla Moyer", "kmoyer@keystonemech.com")  # new AP assistant, domain only
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
GENE = ("Gene Whitlock", "gene@riverbendph.com")  # the owner, domain only
KAREN = ("Karen Liu", "office@riverbendph.com")  # contact
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")  # contact
JENNA = ("Jenna Pauley", "jenna@riverbendph.com")  # new office assistant, domain only
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")  # contact
BRIANNA = ("Brianna Cole", "bcole@summithvac.net")  # new office administrator, domain only
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")  # contact
GRACE = ("Grace Kim", "payables@harborpointpm.com")  # contact
HANNAH = ("Hannah Vo", "hvo@harborpointpm.com")  # leasing assistant, domain only
# Delgado & Sons Plumbing (C-1005), hosted mail on both its domains, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")  # contact
YESENIA = ("Yesenia Delgado", "office@delgadosons.com")  # new in the office, domain only
TONY = ("Tony Delgado", "tony@delgadosons.com")  # the owner, domain only
# Nobody the ERP knows
EDDIE = ("Eddie Delgado", "eddie.delgado.jr92@gmail.com")  # Delgado's apprentice, own phone
DORIS = ("Doris Navarro", "dnavarro54@att.net")  # a homeowner in Corpus Christi

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119"),
    "gws": ("mail-yw1-f173.google.com", "209.85.128.173"),
    "hosted": ("smtp.mailhostpro.example", "203.0.113.41"),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
    "att": ("sonic309-21.consmr.mail.bf2.yahoo.com", "74.6.131.83"),
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


def screenshot(key, contact, bubbles, clock_text):
    """A phone screenshot of a text thread: (who, text) bubbles, 'me' on the right; PNG."""
    w, h = 750, 1334
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    ui = font("dejavu/DejaVuSans.ttf", 26)
    ui_bold = font("dejavu/DejaVuSans-Bold.ttf", 28)
    small = font("dejavu/DejaVuSans.ttf", 20)
    d.rectangle([0, 0, w, 176], fill=(247, 247, 247))
    d.text((40, 14), clock_text, fill=(0, 0, 0), font=font("dejavu/DejaVuSans-Bold.ttf", 24))
    d.text((w - 150, 14), "LTE", fill=(0, 0, 0), font=small)
    d.rectangle([w - 92, 16, w - 44, 38], outline=(0, 0, 0), width=2)
    d.rectangle([w - 89, 19, w - 62, 35], fill=(0, 0, 0))
    d.text((24, 70), "<", fill=(0, 122, 255), font=font("dejavu/DejaVuSans.ttf", 44))
    d.ellipse([w // 2 - 36, 56, w // 2 + 36, 128], fill=(160, 166, 178))
    initials = "".join(p[0] for p in contact.split()[:2]).upper()
    tw = d.textlength(initials, font=ui_bold)
    d.text((w // 2 - tw / 2, 76), initials, fill=(255, 255, 255), font=ui_bold)
    tw = d.textlength(contact, font=small)
    d.text((w // 2 - tw / 2, 136), contact, fill=(0, 0, 0), font=small)
    d.line([(0, 176), (w, 176)], fill=(210, 210, 210), width=1)
    y = 200
    for who, text in bubbles:
        if who == "time":
            tw = d.textlength(text, font=small)
            d.text((w // 2 - tw / 2, y), text, fill=(140, 140, 140), font=small)
            y += 44
            continue
        rows = textwrap.wrap(text, 30)
        bw = int(max(d.textlength(r, font=ui) for r in rows)) + 40
        bh = 36 * len(rows) + 24
        x0 = w - bw - 24 if who == "me" else 24
        fill, ink = (
            ((0, 122, 255), (255, 255, 255)) if who == "me" else ((233, 233, 235), (0, 0, 0))
        )
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=34, fill=fill)
        for i, r in enumerate(rows):
            d.text((x0 + 20, y + 12 + 36 * i), r, fill=ink, font=ui)
        y += bh + 14
    d.rectangle([0, h - 110, w, h], fill=(247, 247, 247))
    d.rounded_rectangle([90, h - 92, w - 24, h - 40], radius=26, outline=(200, 200, 200), width=2)
    d.text((114, h - 82), "Text Message", fill=(190, 190, 190), font=ui)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False, compress_level=9)
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


def outlook_ios(key, person, subject, when, text):
    """Outlook for iOS on Exchange Online: a short typed note, the app's own HTML."""
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
        "</body>\n</html>\n"
    )
    alt = multi(
        "alternative",
        f"_000_{tok('ios', key, n=36).upper()}_",
        [
            leaf('text/plain; charset="us-ascii"', text + sig, "quoted-printable"),
            leaf('text/html; charset="us-ascii"', markup, "quoted-printable"),
        ],
    )
    rows = exo_headers(key, person, subject, when)
    return mail(key, person, when, "exo", rows, alt)


# ------------------------------------------------------------------ Gmail


def gmail_msgid(key):
    raw = base64.urlsafe_b64encode(bytes.fromhex(tok("gm", key, n=54))).decode().rstrip("=")
    return f"<CA{raw}@mail.gmail.com>"


def gmail(key, person, subject, when, segments, cc=(), files=(), via="gws"):
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
SIG_MEGAN = (
    para("""
    Megan Shultz
    Project Coordinator
    Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0157 | mshultz@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_RICK = (
    para("""
    Rick Hoover
    Shop / Warehouse
    Keystone Mechanical Contractors
    717-555-0166
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
SIG_KAYLA = (
    para("""
    Kayla Moyer
    Accounts Payable Assistant
    Keystone Mechanical Contractors
    T 717-555-0161 | kmoyer@keystonemech.com
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
SIG_JENNA = para("""
    --
    Jenna Pauley
    Office Assistant
    Riverbend Plumbing & Heating
    (304) 555-0102
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager | Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    O 918-555-0140 | C 918-555-0186
    """)
SIG_BRIANNA = para("""
    --
    Brianna Cole
    Office Administrator
    Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    918-555-0144
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
SIG_HANNAH = para("""
    Best regards,
    Hannah Vo
    Leasing Assistant | Marina Oaks Apartments
    Harbor Point Property Management
    361-555-0181
    """)
SIG_YESENIA = para("""
    Yesenia Delgado
    Office
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    """)


# ------------------------------------------------------------------ the requests


def d01():
    when = at("2026-10-26 07:15", "ET")
    body = para("""
        Good morning,

        My name is Gene Whitlock, I own Riverbend Plumbing & Heating. Karen usually handles our orders with you but she is off today so I am writing myself, please bear with me.

        We are replacing the two pump discharge check valves at the Elk River Public Service District booster station. Your Estes truck brought the 3" RPZ and the two 3" flanged check valves on Thursday afternoon (our PO 24415). We did not open the crate until this morning because the district only gave us the shutdown window starting today.

        The RPZ looks fine and it is already on the wall. The first check valve is fine also. The second one has a crack in the outlet flange, about an inch and a half long, running from a bolt hole out to the edge. I will not put it under pressure, it is a pump discharge at 120 psi. I am sorry to say I did not see it while the driver was there because it was down inside the crate.

        I need one 3" check valve to replace it as soon as you can get it here. We can keep the station running on one pump until then. The cracked valve is back on the crate in our shop at 2210 Kanawha Blvd and your driver can pick it up any time.

        Also a question. Does Lakeshore rent out a test kit for the RPZ, or do I need to call our tester? Karen will know but I would like to know myself.

        Thank you for your help.

        Gene Whitlock
        Riverbend Plumbing & Heating
        (304) 555-0102

        Sent from my iPad""")
    return iphone(
        "d01",
        GENE,
        "Check valve with cracked flange - Elk River booster station",
        when,
        body + "\n",
        via="gws",
        device="iPad",
    )


def d02():
    when = at("2026-10-27 10:40", "CT")
    text = para("""
        Hello,

        My name is Yesenia Delgado, I just started in the office at Delgado & Sons (I am Rosa's niece). Rosa is showing me how to do the ordering and she said to write to this email if we have a question on a order.

        We placed our PO 40962 this morning with Alma at the counter, it is the 6 pressure reducing valves, the 1" copper elbows and the 1" copper pipe. Can you tell me what day it will be delivered? Hector needs it for the Ocean Drive remodel. He says the last time the PRVs came the box was all broken, so we would like somebody to be there when the truck comes.

        Thank you very much and sorry if this is not the right email.

        """)
    return thunderbird("d02", YESENIA, "Question about order PO 40962", when, text + SIG_YESENIA)


def d03():
    when = at("2026-10-30 09:05", "ET")
    text = para("""
        Hello,

        I'm Megan Shultz, I started as project coordinator at Keystone two weeks ago and I'm taking over some of the supplier paperwork from Tom Morales, so you will probably see my name more often. Please let me know if I should be sending these somewhere else.

        Our foreman at the Camp Hill medical office building, Pete Gallagher, received the R+L delivery on Wednesday for PO-77790: the 1" type L copper (20 ft lengths), the 1" copper 90s and the 1" full port ball valves. When they unbanded the copper yesterday they found dents in some of the lengths. It looks like a forklift tine went into the bundle. The 90s and the ball valves are all fine and already up on the second floor.

        Pete first told me three lengths were damaged. He called me back this morning after they looked again in daylight: one of the three only has a scuff at the very end and they can cut that off and use it. So it is 2 lengths of the 1" type L that are dented and can't be used, not 3. Sorry for the confusion, I wanted to get it right before sending.

        Could you please send 2 replacement lengths with the next delivery to Camp Hill? The two bad lengths are marked with red tape and set aside next to the job trailer. I have pictures if you need them.

        Thank you so much,

        """)
    return outlook_desktop(
        "d03",
        MEGAN,
        "PO-77790 - dented copper from Wednesday's delivery (Camp Hill)",
        when,
        [("p", text + SIG_MEGAN)],
    )


def d04():
    when = at("2026-11-02 09:50", "CT")
    text = para("""
        Hello again,

        Thank you for the answer last week about the delivery, it came on Thursday like you said.

        Hector checked everything on Saturday at the Ocean Drive job. The copper pipe (12 pieces) and the copper elbows are all there. The pressure reducing valves should be 6 but there are only 5 in the box, there is a empty space in the carton where the 6th one goes. The packing list says 6.

        Can you please send the one that is missing? Or if it is easier you can credit it, Rosa says either way is ok, but Hector prefers the valve because he needs all 6 for the building.

        Thank you,

        """)
    return thunderbird(
        "d04", YESENIA, "PO#40962 - missing 1 pressure valve", when, text + SIG_YESENIA
    )


D05_TEXT = para("""
    Hi Nadia,

    We got the Estes delivery for PO 24460 on Saturday. Dale checked it against the packing list this morning:

    """)
D05_TABLE = para("""
    Item                              Ordered    Received
    2" PVC sch 40 tees                  100         100
    1" type L copper, 20'                10          10
    3/4" ball valves, sweat              30          25

    """)
D05_TAIL = para("""
    So we're short 5 of the 3/4" ball valves. The carton was taped shut and had 25 in it. Can you send the 5 with our next order, or on the next truck if one is coming this way anyway? We don't need them until the week after next.

    Thanks!
    Karen

    """)


def d05():
    when = at("2026-11-03 08:40", "ET")
    return gmail(
        "d05",
        KAREN,
        "PO 24460 - ball valves short",
        when,
        [("p", D05_TEXT), ("typed", D05_TABLE), ("p", D05_TAIL + SIG_KAREN)],
    )


def d06():
    when = at("2026-11-04 10:15", "ET")
    first = at("2026-11-03 08:40", "ET")
    text = para("""
        Hello,

        Karen asked me to follow up on this one since she is out this afternoon. I'm new here (I'm Jenna, I started Monday in the office) so I'm not sure if it got to you, I didn't see a reply in the inbox. It's the 5 ball valves we're missing from PO 24460, your packing slip is SO-104230. Could you please confirm you got it?

        Thank you,
        Jenna

        """)
    rows = [
        ("From", "Karen Liu <office@riverbendph.com>"),
        ("Date", f"{first:%a}, {first:%b} {first.day}, {first.year} at {clock(first)}"),
        ("Subject", "PO 24460 - ball valves short"),
        ("To", "Lakeshore Claims <claims@lakeshorepipe.example>"),
    ]
    fwd = D05_TEXT + D05_TABLE + D05_TAIL + SIG_KAREN
    return gmail(
        "d06",
        JENNA,
        "Fwd: PO 24460 - ball valves short",
        when,
        [("p", text + SIG_JENNA), ("fwd", (rows, fwd))],
    )


def d07():
    when = at("2026-11-05 11:20", "CT")
    text = para("""
        Good morning,

        I'm the new office administrator at Summit HVAC (I started in October, Raj gave me this address for delivery problems). I hope I'm doing this right!

        Our PO 60377 was delivered by ODFL to the Broken Arrow clinic job on Monday: 40 cartons of the 2x2 acoustic ceiling tile and 30 of the 10x6 floor registers. It rained Monday afternoon and the driver left the pallet outside next to the dock door instead of inside where the super told him. 3 cartons on the outside of the pallet got soaked through and the tiles in them are warped and have water stains. Marcus (our install lead) says they can't go in a clinic ceiling. The rest of the tile is fine and the registers are fine too.

        We already put the 3 wet cartons in the dumpster because they were falling apart, but Marcus took photos before. Please let me know if you need them. Can you credit or replace the 3 cartons?

        Thanks so much,
        Brianna

        """)
    return gmail(
        "d07",
        BRIANNA,
        "Damaged ceiling tile cartons - PO 60377",
        when,
        [("p", text + SIG_BRIANNA)],
    )


D01_ACK = para("""
    Hello Mr. Whitlock,

    Thank you for letting us know. We have your claim for the 3" flanged check valve with the cracked outlet flange on PO 24415 (our order SO-104222). A replacement valve goes out from Charleston on Wednesday's truck, and the driver will pick up the cracked one from your shop. About the RPZ test kit: Karen has rented ours before, the Charleston counter can set it up (304-555-0150).

    Nadia Brandt
    Claims | Lakeshore Pipe & Supply
    """)


def d08():
    when = at("2026-11-06 16:05", "ET")
    ack = at("2026-10-26 11:02", "ET")
    body = para(f"""
        Nadia,

        I just wanted to say thank you. The new check valve came Wednesday like you said and it is installed. The station has been back on both pumps since yesterday noon and the district is happy. Your driver took the cracked one with him.

        Nothing else is needed on this, I only wanted you to know. My father bought from Lakeshore when you were still on Washington Street and you have always treated us right.

        Gene

        Sent from my iPad

        > On Oct 26, 2026, at {clock(ack)}, Lakeshore Claims <claims@lakeshorepipe.example> wrote:
        >
        """)
    return iphone(
        "d08",
        GENE,
        "Re: Check valve with cracked flange - Elk River booster station",
        when,
        body + quoted(D01_ACK) + "\n",
        via="gws",
        device="iPad",
        reply=exo_msgid("ack-d01", NADIA),
    )


def d09():
    when = at("2026-11-09 12:10", "ET")
    text = para("""
        Hi, this is Tyler Gingrich, I'm a first year apprentice with Keystone on the Mechanicsburg Ph 2 job. Tom told me to email you about this because he is in meetings all day.

        We counted the 1 inch copper 90s from the delivery last thursday, the packing slip SO-104233 says 150 and we have 175, there is a extra bag of 25. The gate valves are all good. The PRVs and the PEX came on the other truck, they are ok too as far as I know.

        What do you want us to do with the extra bag? We can send it back with your driver or you can pick it up. I dont want us to keep something we didnt pay for.

        Thanks
        Tyler Gingrich
        Keystone Mechanical (apprentice)
        717-555-0189
        """)
    return outlook_ios("d09", TYLER, "extra elbows on SO-104233", when, text)


def tony_note(key):
    """Tony's handwritten note on the shop's memo pad, scanned on the office copier."""
    s = Sheet(key, w=1050, h=1400, paper=(252, 252, 250))
    s.text(60, 50, "DELGADO & SONS PLUMBING", 40, PRINT_BOLD)
    s.text(60, 104, "1118 Agnes St  -  Corpus Christi, TX 78401  -  361-555-0193", 22)
    s.text(60, 134, "Master Plumber Lic. M-38214", 22)
    s.line(60, 176, 990, 176, 3)
    ink = (20, 24, 60)
    s.hand(80, 220, "To Lakeshore - claims", 40, ink)
    s.hand(80, 310, "PO 40962  - deliv. 10/29", 38, ink)
    s.hand(80, 420, '1" copper L  20ft  - 1 pc BENT', 38, ink)
    s.hand(80, 500, "found today when we pull it", 36, ink)
    s.hand(80, 560, "from the rack. was under the", 36, ink)
    s.hand(80, 620, "others, kinked in the middle.", 36, ink)
    s.hand(80, 700, "cannot use.", 36, ink)
    s.hand(80, 800, "Pls send 1 new or credit.", 38, ink)
    s.line(80, 860, 560, 862, 3, ink)
    s.hand(80, 960, "the valves + elbows ok", 34, ink)
    s.hand(560, 1120, "Tony Delgado", 42, ink, HAND_NARROW)
    s.hand(600, 1190, "11/9", 36, ink)
    return s.scan(0.9)


def d10():
    when = at("2026-11-09 14:30", "CT")
    text = para("""
        Hello,

        Tony asked me to send you this note he wrote, it is about one of the copper pipes from PO 40962 (the delivery of October 29). I scanned it, I hope you can read his writing. If not please call him at 361-555-0196.

        Thank you,

        """)
    return thunderbird(
        "d10",
        YESENIA,
        "Note from Tony - copper pipe PO 40962",
        when,
        text + SIG_YESENIA,
        files=[("Scan_20261109_1421.png", "image/png", tony_note("d10"))],
    )


def d11():
    when = at("2026-11-10 07:45", "ET")
    text = para("""
        Nadia,

        Two things on the Colonial Park Elementary boiler job, PO-77830, delivered Friday by ODFL.

        1. The 1-1/2" black unions (our item KM-40415): we ordered 40, the box had 30. Walt counted twice. We need the other 10 before Thursday when they pipe the bypass.

        2. One of the 4 circulators (1/25 HP cast iron) is dead out of the box - it hums for a second and trips the breaker. The other 3 run fine and are installed. Please send a replacement and tell me if you want the dead one back or if the manufacturer needs it.

        The check valves and the condensate pumps are all accounted for. Dana will contact you separately about the condensate pump price on the invoice, that is not part of this.

        Thanks,

        """)
    return outlook_desktop(
        "d11",
        TOM,
        "PO-77830 - unions short / circulator",
        when,
        [("p", text + SIG_TOM)],
    )


def d12():
    when = at("2026-11-11 10:20", "CT")
    text = para("""
        Hello Lakeshore,

        My name is Hannah Vo, I work in the leasing office of Harbor Point at Marina Oaks apartments. Luis Ortega (our maintenance supervisor) is on vacation this week and he asked me to send any problem with deliveries to this address.

        On Monday your truck delivered our PO 70231: the floor registers, the air filters and 10 thermostats (non programmable). Our maintenance tech Andre opened the thermostat boxes yesterday and 3 of them have the front cover cracked, the plastic is broken on the corner like something heavy was on top of them.

        Update: Andre looked again this morning and one of the three only has a crack in the box, the thermostat itself is OK. So it is 2 thermostats with broken cover, not 3. Sorry!

        The registers and the filters look ok.

        Please can you send 2 new thermostats? Thank you very much for your help.

        """)
    return outlook_desktop(
        "d12",
        HANNAH,
        "Thermostats broken - PO 70231",
        when,
        [("p", text + SIG_HANNAH)],
    )


def d13():
    when = at("2026-11-12 14:05", "CT")
    body = para("""
        Hi Nadia,

        We started trimming out the Owasso dental office this week with the thermostats from PO 60418 (delivered last Thursday). 3 of the boxes labeled as the non-programmable 24V digital stat had a different thermostat inside - a line voltage baseboard stat, which is no use to us on a gas furnace / AC system. The box labels and the packing slip are right, it's what is inside that's wrong.

        The 7-day Wi-Fi stats are fine (12 of 12) and the filters are fine. The other 17 non-programmables are correct.

        Could you send 3 of the correct 24V non-programmable stats and have the driver pick up the 3 line voltage ones? They're boxed up at our shop on Memorial.

        Thanks,
        Raj

        """)
    return outlook16(
        "d13", RAJ, "PO 60418 - 3 boxes with the wrong thermostat inside", when, body + SIG_RAJ
    )


def d14():
    when = at("2026-11-13 17:20", "CT")
    text = para("""
        hi my name is Eddie Delgado i work for my uncle Tony at Delgado & sons plumbing, im the apprentice. Tony said to email you about this because the office is closed already

        we pick up the order at your counter friday last week, PO 40988. today we open the bundle of the 1 1/2 black unions and 2 of them are cracked on the nut, you can see the crack with your finger, maybe it fell on the floor in the warehouse. the rest of the unions are good, the pipe is good and the ball valves also

        can we change the 2 broken ones when we come to the counter monday?

        thank you
        Eddie
        """)
    return gmail("d14", EDDIE, "Po 40988 broken unions", when, [("p", text)], via="gmail")


def d15():
    when = at("2026-11-16 08:05", "ET")
    top = para("""
        Morning Nadia,

        Got through the R+L delivery from Thursday for PO 24530 over the weekend. Here's where we are:

        """)
    table = para("""
        item                  ordered   rec'd   problem
        1" FP ball valve        48        50    2 extra - driver can take them back
        1" wrot 90             250       250    10 crushed, out of round
        3/4" PRV                 4         4    1 broken - gauge port snapped, bell cracked

        """)
    tail = para("""
        So please credit or replace the 10 elbows and the 1 PRV, and pick up the 2 extra ball valves next time you're out this way. The PRV and the crushed elbows were in the same carton, the corner of it was caved in. I'd guess a forklift.

        Mike
        Riverbend Plumbing & Heating
        (304) 555-0109
        """)
    return gmail(
        "d15",
        MIKE,
        "PO 24530 delivered Thursday - couple problems",
        when,
        [("p", top), ("typed", table), ("p", tail)],
    )


def d16():
    when = at("2026-11-16 15:40", "ET")
    top = para("""
        Nadia,

        Mechanicsburg Ph 2, PO-77812. Two things from the Estes delivery of 11/6 (the PRVs and the PEX):

        """)
    bullets = [
        '2 of the 12 PRV boxes say 3/4" but have 1/2" PRVs in them. We only found it today when '
        'the plumbers went to set them. We need 2 of the 3/4" PRVs (KM-88340); the two 1/2" ones '
        "can go back on your truck.",
        "The owner cut the third floor out of our contract, so we won't need one of the 3/4\" PEX "
        "coils (300 ft). It's unopened, still in the wrap. Please pick it up and credit it.",
    ]
    tail = para("""

        Tyler already sent you the extra bag of 90s from the other truck. Everything else on that order is fine.

        Thanks,

        """)
    return outlook_desktop(
        "d16",
        TOM,
        "PO-77812 PRVs / one PEX coil",
        when,
        [("p", top), ("bullets", bullets), ("p", tail + SIG_TOM)],
    )


def d17():
    when = at("2026-11-17 08:15", "CT")
    body = para("""
        Good morning Nadia
        This is Tony Delgado. We install for Harbor Point the 3 gas water heaters at the Bayview building last week, they buy them from you (order SO-104241, Luis give me the packing slip). One heater in unit 3C the pilot dont stay lit. We change the thermocouple and is the same, I think the gas valve is bad. The heater is new, not even one week.
        Can you send a new heater or a new gas valve for it? The tenant has no hot water, we put a temporary for now. The other 2 heaters work good.
        Thank you
        Tony
        361-555-0196

        Sent from my iPhone""")
    return iphone("d17", TONY, "Water heater Bayview bldg - pilot wont stay lit", when, body + "\n")


def d18():
    when = at("2026-11-18 09:30", "CT")
    text = para("""
        Hi,

        It's Brianna from Summit HVAC again. Two problems with PO 60455 (UPS, delivered last Thursday to our shop):

        The 16x25x1 MERV 11 filters - we ordered 20 cases and we only have 18. I counted the boxes myself twice and so did Jay in the warehouse. The UPS paperwork says 20 so I don't know where the other two went.

        And one of the condensate pumps doesn't work. Marcus installed it at a customer's house on Monday and it wouldn't pump, the float switch is stuck and the motor doesn't run even when he lifted the float by hand. He put in another one from the same order and that one works fine, so it's the pump. He brought the bad one back to the shop.

        The thermostats on that order are all fine.

        Please send the 2 cases of filters and a replacement pump (or credit, whatever is easier for you). Let me know if I need to do anything else, I'm still learning how this works!

        Thanks,
        Brianna

        """)
    return gmail(
        "d18",
        BRIANNA,
        "PO 60455 - filters and a pump",
        when,
        [("p", text + SIG_BRIANNA)],
    )


def d19():
    when = at("2026-11-19 10:10", "CT")
    top = para("""
        Hi Nadia,

        Back from vacation and catching up. Hannah sent you the thermostat covers last week, thank you for taking care of that so fast.

        PO 70296 came on your truck Monday for the Marina Oaks make-readies. Here is what we found:

        """)
    table = para("""
        Item | PO | Received | Note
        10x6 floor register, white | 40 | 45 | 5 extra
        3/4 ball valve, sweat | 12 | 12 | 2 of them are threaded, not sweat

        """)
    tail = para("""
        We need 2 sweat 3/4 ball valves for the 2 threaded ones (the boxes say sweat). And please pick up the 5 extra registers, we don't need them. All of it is in the shop at Marina Oaks, building C.

        Thanks,

        """)
    return outlook_desktop(
        "d19",
        LUIS,
        "PO 70296 - ball valves / extra registers",
        when,
        [("p", top + table + tail + SIG_LUIS)],
    )


def d20():
    when = at("2026-11-19 12:30", "ET")
    text = para("""
        Hi its Tyler from Keystone again. Sorry I know this is the claims email but its the only one I have.

        We ran short of 1 inch copper 90s at Mechanicsburg, the foreman wants 100 more by Tuesday. Nothing is wrong with the delivery, we just used more than we thought. Who do I send this to for a price or an order? Tom said to put it on PO-77812 if we can.

        Thanks
        Tyler
        """)
    return outlook_ios("d20", TYLER, "need more 1 inch 90s - mechanicsburg", when, text)


def d21():
    when = at("2026-11-20 14:00", "ET")
    text = para("""
        Hello,

        Rick Hoover here, I run the shop and warehouse at Keystone. I don't usually do the emails so bear with me.

        We finished the Hershey job and I was going through what came back to the shop from PO-77731 (that was delivered the middle of October). Two things:

        1) 4 of the 1" full port ball valves in the box are really 3/4" valves, the boxes say 1". Nobody noticed on the job because they used the other ones first. Can you swap them for 4 of the 1"?

        2) We have 6 bags of the 1/2" PEX crimp couplings left over, never opened. We would like to send them back for credit.

        I know we already sent back 20 of the ball valves on that order last month (RMA-9004), that was a different thing, those were extra.

        Thanks,

        """)
    return outlook_desktop(
        "d21",
        RICK,
        "Stuff from the Hershey job - PO-77731",
        when,
        [("p", text + SIG_RICK)],
    )


def d22():
    when = at("2026-11-23 09:45", "CT")
    text = para("""
        Hello,

        This is Hannah Vo from Harbor Point (Marina Oaks) again. Luis is at the other property today and he asked me to write you about two things from the last delivery we got from you:

        1. The new thermostat in unit 12 (the non programmable one) does not turn on. Andre changed the batteries and checked the wires, still nothing on the screen. We have work order 4471 for this unit.

        2. Two boxes of the air filters are the wrong size. The boxes say 16x25x1 but inside the filters are 16x20x1, they do not fit in the return grille.

        I am sorry, I do not have the PO number, Luis has the papers with him. Can you find it with our account?

        Thank you,

        """)
    return outlook_desktop(
        "d22",
        HANNAH,
        "Thermostat and filters - Marina Oaks",
        when,
        [("p", text + SIG_HANNAH)],
    )


def d23():
    when = at("2026-11-23 13:10", "CT")
    text = para("""
        Hi,

        I left a voicemail on the claims line on Friday about a Wi-Fi thermostat from PO 60418 that would not connect. Please disregard it - Marcus found out the customer's router was blocking new devices and he got it working on Saturday. The thermostat is fine.

        Sorry for the trouble, I'm still learning who to call for what!

        Brianna

        """)
    return gmail("d23", BRIANNA, "Please disregard my voicemail", when, [("p", text + SIG_BRIANNA)])


def d24():
    when = at("2026-11-24 08:20", "CT")
    body = para("""
        Good morning
        This is Tony Delgado. We have left 40 feet of the 2" black pipe from PO 40988, the job change and the owner dont want the gas line to the kitchen anymore. The pipe is clean, no threads, still in the pieces you cut for us (2 pieces, 21 ft and 19 ft). Can we bring it back to the counter for credit?
        The unions and the ball valves from this order we use all.
        Thank you
        Tony

        Sent from my iPhone""")
    return iphone("d24", TONY, "Return pipe PO 40988", when, body + "\n")


def d25():
    when = at("2026-11-24 15:10", "CT")
    text = para("""
        Hi Nadia,

        Hope you are doing well. We have a call back at the Lamar St duplex that we did last year - 2 of the 3/4" sweat ball valves we put in for the water heaters are leaking at the stem. Hector tightened the packing nut but they still weep. We bought them from you in October last year, I found the invoice: your order SO-104202, our PO 40611 (with the 2 gas water heaters and the expansion tanks). The heaters are fine.

        Can they be replaced under warranty? We have to change them this week either way because the tenant has water on the floor.

        Thank you,
        Rosa

        Rosa Delgado
        Delgado & Sons Plumbing
        1118 Agnes St, Corpus Christi, TX 78401
        361-555-0193
        """)
    return apple_mail("d25", ROSA, "Ball valves leaking - Lamar St duplex", when, text)


def debit_memo_pdf(when):
    return pdf_doc(
        when,
        "Keystone Mechanical Contractors - Accounts Payable",
        "Debit Memo DM-26-0118",
        [
            ("h1", "Keystone Mechanical Contractors"),
            ("text", "1450 Industrial Rd, Harrisburg, PA 17110  |  Accounts Payable 717-555-0160"),
            ("gap", 10),
            ("h2", "DEBIT MEMO"),
            (
                "kv",
                [
                    ("Debit memo no.", "DM-26-0118"),
                    ("Date", "11/25/2026"),
                    ("Vendor", "Lakeshore Pipe & Supply (vendor #LPS-220)"),
                    ("Your invoice", "88098 dated 10/26/2026"),
                    ("Our PO", "PO-77790 (Camp Hill MOB, job 26-118)"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [200, 55, 80, 80, 101],
                    ["Item", "Qty", "PO price", "Invoiced", "Difference"],
                    [
                        ["1in type L copper, 20 ft (KM-20100)", "30", "71.80", "76.40", "138.00"],
                        ["1in wrot copper 90 C x C", "200", "2.95", "2.95", "0.00"],
                        ["1in full port ball valve", "36", "15.20", "15.20", "0.00"],
                    ],
                ),
            ),
            ("gap", 8),
            ("kv", [("Total debit", "USD 138.00")]),
            ("gap", 8),
            (
                "text",
                "Invoice 88098 was paid on 11/24/2026 less the amount above. Please issue a credit "
                "memo for USD 138.00 against invoice 88098 so that our account clears.",
            ),
            ("gap", 6),
            ("small", "Prepared by D. Ruiz, Accounts Payable."),
        ],
    )


def d26():
    when = at("2026-11-25 10:30", "ET")
    text = para("""
        Hi Nadia,

        Invoice 88098 (our PO-77790) bills the 1" type L copper, 20 ft, at $76.40 a length. Our PO and your order confirmation both have $71.80. 30 lengths x $4.60 = $138.00. The fittings and the ball valves on the invoice match.

        We paid the invoice yesterday less the $138.00 - please issue a credit memo for the difference so the account clears. Our debit memo is attached.

        Happy Thanksgiving,

        """)
    return outlook_desktop(
        "d26",
        DANA,
        "Invoice 88098 - copper price",
        when,
        [("p", text + SIG_DANA)],
        files=[("DM-26-0118.pdf", "application/pdf", debit_memo_pdf(when))],
    )


def gene_note(key):
    """Gene's note on his memo pad, photographed on his desk with the iPad."""
    s = Sheet(key, w=1000, h=1300, paper=(248, 247, 238))
    s.text(50, 40, "From the desk of", 24, PRINT)
    s.text(50, 72, "GENE WHITLOCK", 38, PRINT_BOLD)
    s.text(50, 124, "Riverbend Plumbing & Heating  -  Charleston, WV", 22)
    for y in range(230, 1300, 64):
        s.line(40, y, 960, y, 1, (185, 195, 215))
    ink = (30, 30, 40)
    s.hand(60, 188, "Lakeshore - return", 40, ink)
    s.hand(60, 252, "PO 24388   (Oct 1)", 38, ink)
    s.hand(60, 380, '1-1/2" black unions', 38, ink)
    s.hand(60, 444, "return all 30 - not needed", 38, ink)
    s.hand(60, 508, "(job went to grooved)", 36, ink)
    s.hand(60, 636, "check valves - keep, installed", 36, ink)
    s.hand(60, 828, "credit to our account pls", 36, ink)
    s.hand(560, 1020, "Gene  11/25", 42, ink, HAND_NARROW)
    return s.photo(1.8, desk=(110, 84, 60))


def d27():
    when = at("2026-11-25 11:40", "ET")
    body = para("""
        Good morning,

        I wrote down the return for the unions so I would not forget the numbers, a picture of my note is attached. This is for our PO 24388 from the beginning of October. Karen says it is all right to send it to you directly.

        Have a good Thanksgiving.

        Gene Whitlock
        Riverbend Plumbing & Heating

        Sent from my iPad""")
    return iphone(
        "d27",
        GENE,
        "Unions to return",
        when,
        body + "\n",
        photo=("IMG_0412.jpeg", gene_note("d27")),
        via="gws",
        device="iPad",
    )


def heater_label(key):
    """The side of the heater: our shipping label and the rating plate, photographed."""
    s = Sheet(key, w=1100, h=1000, paper=(214, 216, 212))
    s.box(60, 60, 660, 400, 3, (255, 255, 255))
    s.text(84, 80, "LAKESHORE PIPE & SUPPLY", 34, PRINT_BOLD)
    s.text(84, 130, "DC-SOUTH  Corpus Christi TX", 24)
    s.text(84, 180, "SO-104216", 56, PRINT_BOLD)
    s.text(84, 260, "SHIP 10/07/26   LINE 1   1 OF 2", 26)
    s.text(84, 300, "WH-40G-EL  40 GAL ELEC 4500W 240V", 26)
    s.text(84, 340, "CUST: DELGADO & SONS PLUMBING", 26)
    s.box(120, 470, 1040, 940, 3, (236, 236, 232))
    s.text(150, 490, "ELECTRIC STORAGE WATER HEATER", 30, PRINT_BOLD)
    rows = [
        "MODEL  E40-2S45-DV        SERIAL  2634A118277",
        "CAPACITY 40 U.S. GAL  (151 L)",
        "240 V  1 PH  60 HZ   UPPER 4500 W  LOWER 4500 W",
        "NON-SIMULTANEOUS OPERATION",
        "MAX WORKING PRESSURE 150 PSI",
        "MFD 08/2026",
    ]
    for i, r in enumerate(rows):
        s.text(150, 550 + 62 * i, r, 26, NARROW)
    return s.photo(-3.1, desk=(58, 60, 64))


def d28():
    when = at("2026-11-30 11:15", "CT")
    text = para("""
        To whom it may concern,

        I am writing about the electric water heater that Delgado & Sons Plumbing installed at my house on Ayers Street in October. Since Thanksgiving it only gives lukewarm water for a few minutes and then it runs cold. Mr. Delgado came out on Saturday and said the lower heating element is burned out and that the heater is still under warranty. He told me to contact you directly because the supplier handles the warranty, and he gave me this email address.

        There is a sticker from Lakeshore on the side of the heater with SO-104216 on it. It is the 40 gallon electric one. I took a picture of the sticker and the label, it is attached.

        I would like it repaired or replaced as soon as possible, I have my two grandchildren staying with me.

        Thank you for your time.

        Doris Navarro
        361-555-0124
        """)
    return att_webmail(
        "d28",
        DORIS,
        "Water heater not heating - SO-104216",
        when,
        text,
        files=[("20261128_153412.jpg", "image/jpeg", heater_label("d28"))],
    )


def d29():
    when = at("2026-11-30 14:25", "CT")
    ack = at("2026-11-12 15:02", "CT")
    body = para(f"""
        Hi Nadia,

        One more on this order. The Owasso dental office changed their mind on the smart thermostats for the two exam rooms, they want the plain ones after all. So we have 2 of the 7-day Wi-Fi thermostats left over, unopened. Can we send them back? I know there's a restocking fee, that's fine.

        The replacement 24V stats came last week, thanks for the quick turnaround.

        Raj

        -----Original Message-----
        From: Lakeshore Claims <claims@lakeshorepipe.example>
        Sent: {outlook_sent(ack)}
        To: Raj Patel <raj.patel@summithvac.net>
        Subject: RE: PO 60418 - 3 boxes with the wrong thermostat inside

        Hello Raj,

        We have your claim for the 3 non-programmable 24V thermostats on PO 60418 (our order SO-104238) that had line voltage stats in the boxes. The 3 replacements ship from DC-EAST on Monday and our driver will pick up the 3 line voltage units from your shop on Memorial.

        Nadia Brandt
        Claims | Lakeshore Pipe & Supply
        """)
    return outlook16(
        "d29",
        RAJ,
        "RE: PO 60418 - 3 boxes with the wrong thermostat inside",
        when,
        body,
        reply=exo_msgid("ack-d13", NADIA),
    )


def d30():
    when = at("2026-12-01 09:10", "ET")
    text = para("""
        Hi Nadia,

        Hope you had a nice Thanksgiving! Two things on PO 24519 (the Kanawha City house repipe, delivered Nov 6):

        1. We have 1 coil of the 3/4" PEX (300 ft) we won't use - the second house on that street went with another plumber. It's still in the plastic. We'd like to return it.

        2. 2 of the 1" ball valves from that order are leaking through - closed all the way and water still gets past. Dale already replaced them. Can we get those 2 replaced or credited under warranty?

        The crimp couplings are all used, no problem there.

        Thanks so much,
        Karen

        """)
    return gmail(
        "d30",
        KAREN,
        "PO 24519 - PEX coil return + 2 leaking ball valves",
        when,
        [("p", text + SIG_KAREN)],
    )


def d31():
    when = at("2026-12-01 13:45", "CT")
    text = para("""
        Hi Nadia,

        One of the 2 gal expansion tanks from PO 70288 (delivered Nov 11 with the 3 gas heaters for the Bayview building) is waterlogged - the bladder is gone, water comes out of the air valve when you press it. It was installed on the heater in unit 2A and the relief valve on that heater started dripping last week, that is how we found it.

        The other two tanks are fine. Tony Delgado already wrote you about the pilot on the heater in 3C, that one is his, I am not asking about it here.

        Please send a replacement tank, or credit it. Our tech has the bad one in the shop.

        Thanks,

        """)
    return outlook_desktop(
        "d31",
        LUIS,
        "Expansion tank - PO 70288",
        when,
        [("p", text + SIG_LUIS)],
    )


def d32():
    when = at("2026-12-02 11:00", "ET")
    text = para("""
        Hello,

        Quick question on the 2 dented copper lengths from Camp Hill (PO-77790) that I wrote to you about at the end of October. The replacement lengths came on November 3, thank you! The 2 dented ones are still sitting by the trailer with red tape on them. Should we keep them for your driver, or can we scrap them? The GC wants that area cleared by Friday.

        Also, Dana asked me to tell you that the price difference on the same invoice is being handled by her, so nothing from me on that.

        Thank you,

        """)
    return outlook_desktop(
        "d32",
        MEGAN,
        "PO-77790 dented copper - pick up or scrap?",
        when,
        [("p", text + SIG_MEGAN)],
    )


def d33():
    when = at("2026-12-02 14:20", "ET")
    text = para("""
        Hello,

        I'm reconciling our October statement and I have a question about invoice INV-88061 (our PO 24388, from October 1). The 3" flanged check valves are billed at $198.00 each, 4 of them. Gene says he was quoted $185.00 for these by your Charleston counter (he has the quote on his desk somewhere, I can look for it). That would be $13.00 x 4 = $52.00.

        Could you check and send us a credit for the difference if that's right? The unions on that invoice are fine.

        Thank you!
        Jenna

        """)
    return gmail(
        "d33",
        JENNA,
        "Invoice INV-88061 - check valve price",
        when,
        [("p", text + SIG_JENNA)],
    )


def d34():
    when = at("2026-12-03 09:20", "ET")
    top = para("""
        Good morning,

        My name is Kayla Moyer, I'm the new accounts payable assistant at Keystone (I work with Dana Ruiz). I'm still learning our process so thank you for your patience.

        When I matched invoice 88133 to our PO-77830 I found one line that doesn't match:

        """)
    table = para("""
        Item                           PO price     Invoice price     Qty
        Condensate pump 115V             61.50          64.90           8
        3" flanged check valve          189.00         189.00           6
        1-1/2" black union               10.80          10.80          40
        Circulator 1/25 HP              139.00         139.00           4

        """)
    tail = para("""
        The condensate pumps are $3.40 higher each on the invoice, 8 x 3.40 = $27.20. Dana says we should ask you for a credit memo for that amount instead of short paying, so that is what I'm doing. Can you send the credit memo to ap@keystonemech.com?

        (The 10 unions that were short on that order are a separate claim, Tom sent that one in November.)

        Thank you so much,

        """)
    return outlook_desktop(
        "d34",
        KAYLA,
        "Invoice 88133 price difference - condensate pumps",
        when,
        [("p", top + table + tail + SIG_KAYLA)],
    )


def quote_pdf(when):
    return pdf_doc(
        when,
        "Lakeshore Pipe & Supply - Corpus Christi",
        "Quotation Q-CC-26-0412",
        [
            ("h1", "Lakeshore Pipe & Supply"),
            ("text", "Corpus Christi Branch  |  4120 S Padre Island Dr, Corpus Christi, TX 78411"),
            ("gap", 10),
            ("h2", "QUOTATION"),
            (
                "kv",
                [
                    ("Quote no.", "Q-CC-26-0412"),
                    ("Date", "09/14/2026"),
                    ("Valid", "30 days from quote date"),
                    ("Customer", "Harbor Point Property Management"),
                    ("Project", "Bayview - water heater replacement, units 2A, 3C, 4A"),
                ],
            ),
            ("gap", 8),
            (
                "table",
                (
                    [90, 230, 40, 70, 86],
                    ["Item", "Description", "Qty", "Unit", "Extended"],
                    [
                        [
                            "WH-50G-NG",
                            "50 gal nat gas water heater, 40,000 BTU",
                            "3",
                            "659.00",
                            "1,977.00",
                        ],
                        ["WH-EXP-2G", "2 gal thermal expansion tank", "3", "42.50", "127.50"],
                    ],
                ),
            ),
            ("gap", 8),
            ("kv", [("Subtotal", "USD 2,104.50"), ("Freight", "quoted separately")]),
            ("gap", 8),
            (
                "small",
                "Prices good for 30 days. Subject to stock on hand. Sales tax not included. "
                "Quoted by M. Pena, counter sales.",
            ),
        ],
    )


def d35():
    when = at("2026-12-03 14:30", "CT")
    text = para("""
        Hello,

        Invoice 88171 (PO 70288) bills the three 50 gal natural gas water heaters at $689.00 each. The quote we got from your Corpus Christi branch for the Bayview building (attached, Q-CC-26-0412) shows $659.00 each. Please credit the difference, 3 x $30.00 = $90.00, or send a corrected invoice. The expansion tanks on the invoice are correct.

        Regards,

        """)
    qwhen = at("2026-09-14 10:00", "CT")
    return outlook_desktop(
        "d35",
        GRACE,
        "Invoice 88171 - water heater price vs quote",
        when,
        [("p", text + SIG_GRACE)],
        files=[("Q-CC-26-0412.pdf", "application/pdf", quote_pdf(qwhen))],
    )


D24_NOTICE = para("""
    Hello Tony and Rosa,

    Thank you for asking first. We are sorry, but the 40 ft of 2" black steel pipe on PO 40988 (our order SO-104240) was cut to length for you, and cut pipe cannot come back for credit. If the counter can help you use it on another job, please call Marisol at 361-555-0110.

    Nadia Brandt
    Claims | Lakeshore Pipe & Supply
    """)


def d36():
    when = at("2026-12-04 08:50", "CT")
    notice = at("2026-12-01 10:14", "CT")
    body = para(f"""
        Ok Nadia, thank you for explaining. Tony understands now, he didn't know cut pipe can't come back. We will keep it and use it on the next gas job, no problem. Nothing else needed on this one.
        Have a good weekend
        Rosa

        Sent from my iPhone

        > On Dec 1, 2026, at {clock(notice)}, Lakeshore Claims <claims@lakeshorepipe.example> wrote:
        >
        """)
    return iphone(
        "d36",
        ROSA,
        "Re: Return pipe PO 40988",
        when,
        body + quoted(D24_NOTICE) + "\n",
        reply=exo_msgid("notice-d24", NADIA),
    )


def d37():
    when = at("2026-12-04 10:05", "ET")
    text = para("""
        I am out of the office Friday, December 4 through Monday, December 7 with limited access to email.

        For the Mechanicsburg Ph 2 job (PO-77812) please call Sal Russo at 717-555-0177. For deliveries and shop questions, Rick Hoover at 717-555-0166. For invoices and payments, Dana Ruiz at ap@keystonemech.com.

        Thank you,
        Tom Morales
        """)
    return exchange_auto_reply(
        "d37",
        TOM,
        "Automatic reply: PO-77812 - replacement PRVs shipped",
        when,
        text,
        exo_msgid("update-d16", NADIA),
    )


def d38():
    """The public claim form, laid out the way the portal writes it."""
    note = (
        "Jesse Ramirez, weekend maintenance at Marina Oaks (Harbor Point). 3 of the white 10x6 "
        "floor registers from this order are bent in the middle, the louvers won't open. Found "
        "them when we opened the last box for the make-ready in building D. The order number is "
        "from the packing slip in the box. Luis Ortega is my supervisor. 361-555-0187"
    )
    line = {"sku": "HVC-REG-1006-W", "quantity": 3, "reason": "DAMAGED"}
    text = (
        "{\n"
        '  "order_number": "SO-104246",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def d39():
    """A list typed in Notepad by Delgado's office and uploaded; LF line ends."""
    text = para("""
        Delgado & Sons Plumbing - things to send back to Lakeshore

        Order SO-104216 (delivered Oct 7, the 2 electric heaters job)

          40 gal electric water heaters ... 2 ... both installed, KEEP
          2 gal expansion tanks ........... 4 ... 2 installed, 2 never used -> RETURN 2
          3/4 ball valves sweat ........... 20 .. all used

        the 2 tanks are in the boxes, not opened. we can bring them to the counter.
        question from Tony: do we get full credit or there is a fee?

        Yesenia - office
        """)
    return text.encode("ascii")


def d40():
    """A building engineer's receiving log, exported as text and uploaded; CRLF line ends."""
    text = para("""
        MARINA OAKS APARTMENTS - MAINTENANCE RECEIVING LOG
        ==================================================
        Date rec'd:   11/09/2026         Rec'd by: R. Delacruz (bldg engineer)
        Vendor:       Lakeshore Pipe & Supply (their truck)
        Our PO:       70231

        Item                                  PO qty    Counted   Note
        ------------------------------------  --------  --------  -------------------
        10x6 floor register, white            60        60        ok
        16x25x1 MERV 11 pleated filter (cs)   24        26        2 cs OVER - hold
        Thermostat, non-programmable          10        10        see Hannah's email

        Remarks: 2 extra cases of filters are on the shelf in the shop, tagged
        "HOLD - VENDOR". Please send pickup or tell us what to do with them.
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "d01-riverbend-owner-check-valve-cracked-flange.eml": d01,
    "d02-delgado-new-office-asks-if-shipped.eml": d02,
    "d03-keystone-coordinator-dented-copper-three-then-two.eml": d03,
    "d04-delgado-new-office-prv-short-one.eml": d04,
    "d05-riverbend-karen-typed-table-ball-valves-short.eml": d05,
    "d06-riverbend-new-assistant-forwards-same-short.eml": d06,
    "d07-summit-office-wet-tile-cartons.eml": d07,
    "d08-riverbend-owner-thanks-check-valve.eml": d08,
    "d09-keystone-apprentice-extra-elbows.eml": d09,
    "d10-delgado-owner-scanned-note-copper-late.eml": d10,
    "d11-keystone-tom-unions-short-circulator-dead.eml": d11,
    "d12-harbor-new-assistant-thermostat-covers.eml": d12,
    "d13-summit-raj-wrong-thermostats-in-boxes.eml": d13,
    "d14-delgado-apprentice-gmail-po-only-unions.eml": d14,
    "d15-riverbend-mike-typed-table-extra-valves-crushed-box.eml": d15,
    "d16-keystone-tom-prv-sizes-and-pex-coil-back.eml": d16,
    "d17-delgado-owner-heater-on-harbor-order.eml": d17,
    "d18-summit-office-filters-short-pump-dead.eml": d18,
    "d19-harbor-luis-table-threaded-valves-extra-registers.eml": d19,
    "d20-keystone-apprentice-ran-short-needs-quote.eml": d20,
    "d21-keystone-shop-cleanup-old-order-valves-couplings.eml": d21,
    "d22-harbor-new-assistant-no-po-stat-and-filters.eml": d22,
    "d23-summit-office-disregard-voicemail.eml": d23,
    "d24-delgado-owner-cut-pipe-back.eml": d24,
    "d25-delgado-rosa-old-ball-valves-leaking.eml": d25,
    "d26-keystone-dana-copper-price-invoice.eml": d26,
    "d27-riverbend-owner-photo-note-unions-back.eml": d27,
    "d28-homeowner-gmail-water-heater-no-heat.eml": d28,
    "d29-summit-raj-reply-wifi-stats-back.eml": d29,
    "d30-riverbend-karen-pex-back-valves-leak.eml": d30,
    "d31-harbor-luis-expansion-tank-waterlogged.eml": d31,
    "d32-keystone-coordinator-asks-about-dented-copper.eml": d32,
    "d33-riverbend-new-assistant-check-valve-price-late.eml": d33,
    "d34-keystone-new-ap-condensate-pump-price.eml": d34,
    "d35-harbor-grace-heater-price-quote-pdf.eml": d35,
    "d36-delgado-rosa-reply-keeps-pipe.eml": d36,
    "d37-keystone-tom-out-of-office.eml": d37,
    "d38-portal-harbor-weekend-tech-bent-registers.json": d38,
    "d39-upload-delgado-helper-list-expansion-tanks.txt": d39,
    "d40-upload-engineer-receiving-po-only-filters.txt": d40,
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
