"""Write every request file of heldout69: the people in between, in the winter rush.

Usage:  python make_attachments.py [OUTDIR]      (default: the requests/ folder next to this file)

Forty requests that reached claims@lakeshorepipe.example, the claims mailbox of Lakeshore
Pipe & Supply (Nadia Brandt works it), between Tuesday 2026-10-27 and Friday 2026-12-04,
the start of the heating season: 37 mails, one portal form and two text uploads. Most of
them were not written by the person who saw the problem. Our own outside sales rep writes
up what a foreman showed him on a job site; inside sales forwards a customer's mail that
was sent to the wrong person; the branch counters write up what a customer said at the
counter or on the phone; a contractor's purchasing agent relays his superintendent's text
messages; an office manager types up the foreman's notes; a dispatcher forwards a
technician's screenshot. Some mails carry two things at once (a claim and a question, two
orders), some correct an earlier count, some are written in a hurry because a building has
no heat.

Mails are put together byte by byte the way the sending program writes them; the
receiving server's Received line is on top. Dates are fixed per request; Message-IDs, MIME
boundaries and every other token a program makes up come from SHA-256 of the request key.
PDFs are made with fpdf2 (fixed creation date), photos, scans and the screenshot with
Pillow (noise from a seeded generator). Nothing reads the clock or the time zone.
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

# Our own people (Exchange Online, lakeshorepipe.example): nobody the ERP knows.
BRIAN = ("Brian Kessler", "bkessler@lakeshorepipe.example")  # outside sales, central PA, ET
AMBER = ("Amber Whitt", "awhitt@lakeshorepipe.example")  # inside sales, Charleston WV, ET
MARISOL = ("Marisol Pena", "mpena@lakeshorepipe.example")  # counter, Corpus Christi, CT
CODY = ("Cody Rains", "crains@lakeshorepipe.example")  # counter, Tulsa, CT

# Keystone Mechanical Contractors (C-1001), Exchange Online, Eastern time
PAUL = ("Paul Brenner", "pbrenner@keystonemech.com")  # purchasing agent, domain only
TOM = ("Tom Morales", "tmorales@keystonemech.com")
DANA = ("Dana Ruiz", "ap@keystonemech.com")
# Riverbend Plumbing & Heating (C-1002), Google Workspace, Eastern time
KAREN = ("Karen Liu", "office@riverbendph.com")
MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
# Summit HVAC Services (C-1003), Google Workspace, Central time
RAJ = ("Raj Patel", "raj.patel@summithvac.net")
LINDA = ("Linda Chu", "ap@summithvac.net")
DISPATCH = ("Summit HVAC Dispatch", "dispatch@summithvac.net")  # domain only
# Harbor Point Property Management (C-1004), Exchange Online, Central time
LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
GRACE = ("Grace Kim", "payables@harborpointpm.com")
# Delgado & Sons Plumbing (C-1005), hosted mail, Central time
ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")

# Where each kind of mail leaves from, as our MX logs it.
SENDERS = {
    "exo": ("mail-bn8nam12on2119.outbound.protection.outlook.com", "40.107.237.119"),
    "gws": ("mail-yw1-f173.google.com", "209.85.128.173"),
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


def gmail(key, person, subject, when, segments, cc=(), files=()):
    """Gmail on Google Workspace. segments: p, sheets (headers, rows), pre, quote."""
    text_part, inner = "", ""
    for kind, payload in segments:
        if kind == "p":
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
    return mail(key, person, when, "gws", rows, part)


# ------------------------------------------------------------------ Apple


def iphone_msgid(key, person):
    return f"<{uuid('ios', key)}@{person[1].split('@')[1]}>"


def iphone(key, person, subject, when, body, photo=None, via="hosted", reply=None):
    """iPhone Mail: text/plain, or text, photo and the signature part when a photo goes along."""
    head = [("From", addr(person)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(when))]
    head += [("Subject", subject), ("Message-Id", iphone_msgid(key, person))]
    if reply:
        head += [("References", reply), ("In-Reply-To", reply)]
    head += [("To", addr(DESK)), ("X-Mailer", "iPhone Mail (22B91)")]
    if photo is None:
        return single(key, person, when, via, head, "text/plain; charset=us-ascii", body)
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


def outlook16(key, person, subject, when, body, pre=""):
    """Outlook 16 on Summit's Google Workspace: typed text, maybe pasted fixed-width text."""
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


# ------------------------------------------------------------------ signatures

LAKESHORE_FOOT = "Lakeshore Pipe & Supply | Plumbing - HVAC - Waterworks | lakeshorepipe.example"
SIG_AMBER = para("""
    Amber Whitt
    Inside Sales | Charleston Branch
    Lakeshore Pipe & Supply
    304-555-0150 | awhitt@lakeshorepipe.example
    """)
SIG_MARISOL = para("""
    Marisol Pena
    Counter Sales - Corpus Christi Branch
    Lakeshore Pipe & Supply
    4120 S Padre Island Dr, Corpus Christi, TX 78411
    361-555-0110
    """)
SIG_CODY = para("""
    Cody Rains
    Counter Sales | Tulsa Branch
    Lakeshore Pipe & Supply
    918-555-0112
    """)
KEYSTONE_NOTICE = para("""
    Keystone Mechanical Contractors | PA HIC #PA091337
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee(s) and may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.
    """)
SIG_PAUL = (
    para("""
    Paul Brenner
    Purchasing Agent
    Keystone Mechanical Contractors
    1450 Industrial Rd, Harrisburg, PA 17110
    T 717-555-0164 | pbrenner@keystonemech.com
    """)
    + "\n"
    + KEYSTONE_NOTICE
)
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
SIG_KAREN = para("""
    --
    Karen Liu
    Office Manager
    Riverbend Plumbing & Heating
    2210 Kanawha Blvd E, Charleston, WV 25311
    (304) 555-0102
    """)
SIG_RAJ = para("""
    Raj Patel
    Operations Manager | Summit HVAC Services
    4700 S Memorial Dr, Tulsa, OK 74145
    O 918-555-0140 | C 918-555-0186
    """)
SIG_LINDA = para("""
    Linda Chu
    Accounts Payable
    Summit HVAC Services
    918-555-0145
    """)
SIG_TASHA = para("""
    --
    Tasha Greene
    Dispatch | Summit HVAC Services
    918-555-0150 (24 hr service line)
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
SIG_ROSA = para("""
    Rosa Delgado
    Delgado & Sons Plumbing
    1118 Agnes St, Corpus Christi, TX 78401
    361-555-0193
    """)


# ------------------------------------------------------------------ the requests


def z01():
    when = at("2026-10-27 08:12", "ET")
    text = para("""
        Good morning,

        Our superintendent at the Lemoyne office fit-out, Gus Ferraro, sent me this last night:

        "Paul - the Lakeshore stats came Thurs with the filters. 2 of the 8 boxes say 7500 wifi on the label but inside are the plain 2100 non programmable ones. Need the wifi for the BAS tie in, commissioning is Friday. Other 6 are right. Filters all there."

        That is our PO-77760 (your packing slip SO-104224). Please send 2 of the 7-day Wi-Fi thermostats (our item KM-61750) to the job by Thursday if at all possible, and have the driver pick up the two non-programmable units. They are back in their boxes in the job trailer.

        Job site: 400 Market St, Lemoyne - use the gate on Herman Ave. Gus is at 717-555-0183.

        Thank you,

        """)
    return outlook_desktop(
        "z01",
        PAUL,
        "PO-77760 - wrong thermostats in 2 boxes (Lemoyne)",
        when,
        [("p", text + SIG_PAUL)],
    )


def z02():
    when = at("2026-10-28 11:40", "ET")
    orig = at("2026-10-27 16:52", "ET")
    text = para(f"""
        Nadia - FYI only, nothing for claims on this one. Their purchasing (Paul) already sent you the thermostat mixup on 77760. I'll pass the gate note to dispatch.

        Brian

        ________________________________
        From: Tom Morales <tmorales@keystonemech.com>
        Sent: {outlook_sent(orig)}
        To: Brian Kessler <bkessler@lakeshorepipe.example>
        Subject: Mechanicsburg delivery / thermostats

        Brian,

        Thanks for jumping on the thermostat mixup at Lemoyne. Paul sent it to your claims desk this morning so it's in their hands.

        For the Mechanicsburg Ph 2 release (PO-77812) next week: please have the truck use the north gate off Gettysburg Pike, the main entrance is torn up for the sewer tie-in. Sal wants a call 30 min out, 717-555-0177.

        Tom Morales
        Project Manager | Keystone Mechanical Contractors
        O 717-555-0148 | C 717-555-0131
        """)
    return outlook_ios("z02", BRIAN, "FW: Mechanicsburg delivery / thermostats", when, text)


def z03():
    when = at("2026-10-29 07:38", "ET")
    text = para("""
        Nadia,

        Sal (our foreman at Camp Hill) signed for the R+L delivery yesterday afternoon and wrote "crate damaged" on the delivery receipt. When the guys opened it this morning, 3 of the 1" full port ball valves were broken - two with the handle and stem snapped off, one with the body cracked at the threads. The 20' copper and the 1" 90s are fine.

        Please send 3 replacements on the next truck (PO-77790). The broken valves are tagged and in our gang box if R+L wants to see them. I can send pictures if you need them.

        Thanks,

        """)
    return outlook_desktop(
        "z03",
        TOM,
        "PO-77790 Camp Hill - 3 ball valves broken in shipment",
        when,
        [("p", text + SIG_TOM)],
    )


def z04():
    when = at("2026-10-30 15:10", "CT")
    body = para("""
        Hi Nadia,

        Sorry, I know this isn't a claims question, but our inside sales contact is out today. Can you tell me if PO 60377 (ceiling tile and floor registers for the Broken Arrow clinic) has shipped, and send me the tracking? Our ceiling crew starts Monday morning and I need to know if I should push them back a day.

        Thanks,
        Raj

        """)
    return outlook16("z04", RAJ, "PO 60377 - tracking?", when, body + SIG_RAJ)


def z05():
    when = at("2026-11-02 09:22", "ET")
    text = para("""
        Hi Nadia,

        Dale (our foreman on the Kanawha City school job) took the Estes delivery on Saturday. Here's what he texted me:

        "2 of the 1in type L sticks are kinked/flattened about a foot from the end, can't use them. PVC tees 9 boxes came not 10 so we're short 10 tees. ball valves all there. driver wrote it on his sheet"

        So: 2 sticks of the 1" type L copper damaged, and 10 of the 2" PVC tees short on PO 24460. Please replace the copper and either send the 10 tees or credit them, whichever is faster. Dale is on site all week.

        Thank you!
        Karen

        """)
    return gmail(
        "z05", KAREN, "PO 24460 - Saturday delivery, Dale's notes", when, [("p", text + SIG_KAREN)]
    )


Z06_BODY = para("""
    Hi Nadia,
    Hector says the 1" copper 90s from Thursday's delivery (PO 40962) were short a bag. He counted 3 bags of 25, should be 100. The PRVs and the copper sticks are all there.
    Can you send the bag or credit it?
    Thanks
    Rosa

    Sent from my iPhone""")


def z06():
    when = at("2026-11-02 10:05", "CT")
    return iphone("z06", ROSA, "PO 40962 - short on elbows", when, Z06_BODY + "\n")


def z07():
    when = at("2026-11-03 08:31", "CT")
    first = at("2026-11-02 10:05", "CT")
    quoted = "\n".join("> " + r if r else ">" for r in Z06_BODY.split("\n"))
    body = para(f"""
        Correction - Hector recounted this morning and there were only 2 bags in the box, not 3. So we are short 50 of the 1" 90s, not 25. Sorry about that.
        Rosa

        Sent from my iPhone

        > On Nov 2, 2026, at {clock(first)}, Rosa Delgado <rosa@delgadoplumbing.com> wrote:
        >
        """)
    return iphone(
        "z07",
        ROSA,
        "Re: PO 40962 - short on elbows",
        when,
        body + quoted + "\n",
        reply=iphone_msgid("z06", ROSA),
    )


def z08():
    when = at("2026-11-04 10:47", "CT")
    text = para("""
        Hi Lakeshore claims,

        Forwarding what our install lead Marcus sent me from the Broken Arrow clinic job (screenshot attached). The ODFL pallet came Monday; 6 of the cartons of 2x2 acoustic ceiling tile were crushed on the bottom row of the pallet and the tiles inside are broken. The crew already threw the broken tiles out, they needed the room. The other 34 cartons and the floor registers are OK.

        Can you send 6 cartons to replace them? Our PO is 60377. Marcus is on site until Friday, 918-555-0191.

        Thanks,
        Tasha

        """)
    shot = screenshot(
        "z08",
        "Marcus Webb",
        [
            ("time", "Yesterday 3:41 PM"),
            ("them", "lakeshore pallet for the clinic came. bottom row is crushed"),
            ("them", "6 cartons of the ceiling tile are busted, tiles broke thru. cant use em"),
            ("me", "how many cartons came total?"),
            ("them", "40. so 34 good. registers all good"),
            ("me", "did you keep the broken ones?"),
            ("them", "no we tossed them, needed the room. got pics of the pallet tho"),
            ("time", "Yesterday 3:58 PM"),
            ("me", "ok I'll send it to Lakeshore in the morning"),
            ("them", "thx"),
        ],
        "7:52",
    )
    return gmail(
        "z08",
        DISPATCH,
        "Damaged ceiling tile - PO 60377 (Broken Arrow clinic)",
        when,
        [("p", text + SIG_TASHA)],
        files=[("IMG_4471.PNG", "image/png", shot)],
    )


def z09():
    when = at("2026-11-05 14:20", "CT")
    text = para("""
        Hi Nadia,

        Just checking - are the 1" copper 90s that were short on PO 40962 going out on a truck this week? Hector needs them for the Ocean Dr job Friday morning. If it's easier we can pick them up at the counter, just let me know when they're there.

        Thank you,
        Rosa

        """)
    return apple_mail("z09", ROSA, "Elbows for Ocean Dr - when?", when, text + SIG_ROSA)


def z10():
    when = at("2026-11-09 08:05", "ET")
    text = para("""
        Nadia,

        Two problems with Thursday's R+L delivery to Mechanicsburg Ph 2 (PO-77812), per Sal:

        1. 4 of the 2" bronze gate valves have cracked bonnets. The crate was dropped - the corner is split and Sal noted it on the delivery receipt.
        2. The 1" copper 90s came 125, not 150. One bag of 25 is missing.

        Please replace the 4 valves and send the missing bag. The cracked valves are tagged in our conex.

        Unrelated - can someone in sales send me pricing on 16 pcs of 2-1/2" threaded bronze gate valves for phase 3? We'd need them mid-December.

        Thanks,

        """)
    return outlook_desktop(
        "z10",
        TOM,
        "PO-77812 Mechanicsburg - damaged gate valves + short 90s",
        when,
        [("p", text + SIG_TOM)],
    )


def z11():
    when = at("2026-11-10 14:18", "ET")
    text = para("""
        Nadia,

        Stopped at Keystone's Mechanicsburg Ph 2 job this morning. Sal showed me 4 of the 2" bronze gate valves off SO-104233 with cracked bonnets - the crate came off the R+L truck with a split corner. They're tagged in his conex.

        Can we get 4 replacements out and a freight claim started with R+L? They need them for pressure testing next week.

        Brian
        Brian Kessler | Outside Sales - Central PA | 717-555-0134
        """)
    return outlook_ios(
        "z11", BRIAN, "Keystone Mechanicsburg - broken gate valves SO-104233", when, text
    )


def counter_slip(key, when):
    s = Sheet(key, w=1275, h=1650, paper=(252, 252, 250))
    s.text(80, 70, "LAKESHORE PIPE & SUPPLY", 44, PRINT_BOLD, (20, 20, 20))
    s.text(80, 126, "Plumbing - HVAC - Waterworks", 24)
    s.text(760, 84, "COUNTER RETURN /", 34, PRINT_BOLD, (20, 20, 20))
    s.text(760, 124, "CREDIT REQUEST", 34, PRINT_BOLD, (20, 20, 20))
    s.text(760, 172, "Form CR-3 (rev 04/25)   No. 0061472", 20)
    s.line(80, 214, 1195, 214, 3)
    s.field(80, 250, "Branch:", 380, "Corpus Christi")
    s.field(640, 250, "Date:", 300, "11/10/26")
    s.field(80, 320, "Customer:", 700, "Delgado & Sons Plumbing")
    s.field(80, 390, "Account #:", 260, "C-1005")
    s.field(560, 390, "Customer PO:", 300, "40988")
    s.field(80, 460, "Order / Invoice #:", 620, "SO-104240 / INV-88165")
    s.field(80, 530, "Brought in by:", 500, "Tony Delgado")
    s.text(80, 610, "Reason for return (check one):", 24, PRINT_BOLD)
    reasons = ["Damaged", "Defective / warranty", "Wrong item", "Overstock / not needed", "Other"]
    for i, r in enumerate(reasons):
        x, y = 100 + (i % 3) * 360, 660 + (i // 3) * 56
        s.box(x, y, x + 30, y + 30)
        s.text(x + 44, y, r, 24)
        if r.startswith("Overstock"):
            s.line(x + 2, y + 14, x + 12, y + 28, 4, (25, 45, 130))
            s.line(x + 12, y + 28, x + 34, y - 6, 4, (25, 45, 130))
    top = 800
    cols = [(80, "Item #"), (380, "Description"), (760, "Qty"), (880, "UOM"), (980, "Restock?")]
    s.box(80, top, 1195, top + 300)
    s.line(80, top + 50, 1195, top + 50)
    for x, name in cols:
        s.text(x + 10, top + 12, name, 22, PRINT_BOLD)
        if x > 80:
            s.line(x, top, x, top + 300)
    for r in range(1, 5):
        s.line(80, top + 50 + r * 62, 1195, top + 50 + r * 62, 1, (150, 150, 150))
    s.hand(92, top + 60, "PIP-BI-200-CTL", 30)
    s.hand(392, top + 60, '2" blk sch40 cut', 30)
    s.hand(772, top + 60, "40", 32)
    s.hand(892, top + 60, "ft", 32)
    s.hand(992, top + 60, "?", 32)
    s.hand(392, top + 122, "(2 pcs @ 20', not thrd)", 28)
    s.text(80, 1140, "Material received into stock:", 24, PRINT_BOLD)
    s.box(470, 1140, 500, 1170)
    s.text(512, 1140, "Yes", 24)
    s.box(600, 1140, 630, 1170)
    s.text(642, 1140, "No - customer kept material", 24)
    s.line(602, 1154, 612, 1168, 4, (25, 45, 130))
    s.line(612, 1168, 634, 1134, 4, (25, 45, 130))
    s.text(80, 1210, "Notes:", 24, PRINT_BOLD)
    s.hand(180, 1200, "job changed to PEX. told cust CTL normally", 28)
    s.hand(180, 1250, "non-returnable - sending to claims per cust.", 28)
    s.field(80, 1360, "Customer signature:", 380, "")
    s.hand(360, 1340, "Tony Delgado", 36, face=HAND_NARROW)
    s.field(760, 1360, "Counter:", 260, "M. Pena")
    s.text(
        80,
        1470,
        "Returns subject to approval by the claims dept. Special order, cut-to-length and",
        20,
    )
    s.text(
        80,
        1496,
        "hazmat items are not returnable. Restocking fee may apply. White: claims  Yellow: cust",
        20,
    )
    return s.scan(-0.7)


def z12():
    when = at("2026-11-10 15:42", "CT")
    text = para("""
        Hi Nadia,

        Tony Delgado came to the counter this afternoon asking to return 40 ft of the 2" black Sch 40 they picked up on will call Friday 11/6 (SO-104240, their PO 40988). It's 2 pieces, 20 ft each, not threaded - the job changed to PEX so they don't need it.

        I told him cut-to-length pipe normally can't come back, but he asked me to send it to claims anyway. He kept the pipe on his truck for now. The counter return slip is attached.

        Thanks,
        Marisol

        """)
    return outlook_desktop(
        "z12",
        MARISOL,
        "Counter return request - Delgado & Sons - SO-104240 2in black pipe",
        when,
        [("p", text + SIG_MARISOL)],
        files=[("CR-0061472.png", "image/png", counter_slip("z12", when))],
    )


def z13():
    when = at("2026-11-11 07:04", "ET")
    text = para("""
        Nadia,

        Our super at Colonial Park Elementary, Walt Hensley, texted me at 6:15 this morning:

        "2 of the 4 circs from lakeshore are junk. #2 seized on startup, #3 just hums, no flow. swapped the old ones back in but zone 3 has no heat and kids are in at 8. need 2 today"

        Those are the 1/25 HP cast iron circulators on PO-77830 that came Friday. Can you get 2 replacements to the job today? Your driver can take the 2 bad ones back - Walt will have them at the boiler room door (rear lot, door B).

        Our AP will write you separately about the price on the condensate pumps on the same PO, that's a different issue.

        Thank you,

        """)
    return outlook_desktop(
        "z13",
        PAUL,
        "URGENT - no heat at Colonial Park Elementary - 2 circulators dead - PO-77830",
        when,
        [("p", text + SIG_PAUL)],
        importance=True,
    )


def z14():
    when = at("2026-11-12 10:32", "ET")
    intro = para("""
        Hello,

        Invoice INV-88098 (our PO-77790) bills the 1" type L copper 20 ft lengths at $76.40. Our PO and your order confirmation have $71.80. Please issue a credit memo for the difference, 30 lengths x $4.60 = $138.00. The other two lines match.

        """)
    headers = ["Line", "Item", "Description", "Qty", "PO Price", "Invoiced", "Diff", "Ext Diff"]
    rows = [
        ["1", "KM-20100", "1in TYPE L CU 20FT", "30", "71.80", "76.40", "4.60", "138.00"],
        ["2", "KM-40112", "1in CU 90 CXC", "200", "2.95", "2.95", "0.00", "0.00"],
        ["3", "KM-88107", "1in BALL VLV FP THD", "36", "15.20", "15.20", "0.00", "0.00"],
    ]
    tail = para("""
        Separately, our vendor file for Lakeshore is up for its annual update - could you (or whoever handles it) send us a current W-9?

        Thank you,

        """)
    return outlook_desktop(
        "z14",
        DANA,
        "INV-88098 pricing - 1in type L copper / W-9 request",
        when,
        [("p", intro), ("table", (headers, rows)), ("p", tail + SIG_DANA)],
    )


def z15():
    when = at("2026-11-12 11:05", "CT")
    intro = para("""
        Nadia,

        Our building engineer at Bayview Towers, Andre Simmons, checked in Monday's delivery on PO 70231. His notes:

        """)
    bullets = [
        "Floor registers: 66 on the pallet, PO is 60. 6 extra - please have your driver take them back.",
        "Thermostats: 1 of the 10 is dead. No display with new batteries and none on 24 V either, he tried it in two units.",
        "Filters: all 24 cases, OK.",
    ]
    tail = "\n" + para("""
        Please send a replacement thermostat and pick up the bad one with the 6 registers on your next delivery.

        Thanks,
        Luis

        """)
    return outlook_desktop(
        "z15",
        LUIS,
        "PO 70231 - Bayview Towers delivery (registers over, 1 thermostat dead)",
        when,
        [("p", intro), ("bullets", bullets), ("p", tail + SIG_LUIS)],
    )


def z16():
    when = at("2026-11-13 09:10", "CT")
    body = para("""
        Nadia,

        Two of the 7-day Wi-Fi thermostats from PO 60418 are bad. Both went in on heat pump changeouts this week and both drop the Wi-Fi and reboot every few minutes. We swapped them out with stock; the bad ones are at our shop.

        Also, we received 12 cases of the 16x25x1 MERV 11 filters and the PO was for 10. Your driver can pick up the 2 extra cases when he brings the thermostats.

        From the techs' notes:

        @@TABLE@@

        Please send 2 replacement thermostats.

        Thanks,
        Raj

        """)
    pre = para("""
        JOB      ADDRESS              ITEM                 ISSUE
        24-3318  1906 E 37th St       Wi-Fi stat           reboots / drops wifi - pulled
        24-3324  7710 S Joplin Ave    Wi-Fi stat           reboots / drops wifi - pulled
        SHOP     receiving            MERV11 16x25x1       rcvd 12 cs, PO 10 - 2 extra
        """)
    return outlook16(
        "z16",
        RAJ,
        "PO 60418 - 2 Wi-Fi stats bad, 2 extra cases of filters",
        when,
        body + SIG_RAJ,
        pre,
    )


def estes_receipt(key):
    s = Sheet(key, w=1275, h=1500, paper=(247, 246, 238))
    s.text(70, 60, "ESTES", 54, PRINT_BOLD, (18, 40, 95))
    s.text(70, 122, "EXPRESS LINES", 24, PRINT_BOLD, (18, 40, 95))
    s.text(560, 66, "DELIVERY RECEIPT", 42, PRINT_BOLD, (20, 20, 20))
    s.text(560, 118, "CONSIGNEE COPY", 22)
    s.box(900, 150, 1205, 230)
    s.text(912, 158, "PRO NUMBER", 18)
    s.text(912, 186, "4410402981", 32, PRINT_BOLD, (20, 20, 20))
    s.line(70, 250, 1205, 250, 3)
    s.text(70, 270, "SHIPPER", 18, PRINT_BOLD)
    s.text(70, 296, "LAKESHORE PIPE & SUPPLY - DC EAST", 24)
    s.text(70, 326, "BOL 55152   CUST REF PO 70288", 24)
    s.text(660, 270, "CONSIGNEE", 18, PRINT_BOLD)
    s.text(660, 296, "HARBOR POINT PROPERTY MGMT", 24)
    s.text(660, 326, "SEAWALL APTS - MAINT SHOP", 24)
    s.text(660, 356, "CORPUS CHRISTI TX 78401", 24)
    s.box(70, 410, 1205, 700)
    s.line(70, 460, 1205, 460)
    for x, name in [
        (80, "PCS"),
        (190, "HM"),
        (260, "DESCRIPTION"),
        (900, "WEIGHT"),
        (1060, "CLASS"),
    ]:
        s.text(x, 424, name, 20, PRINT_BOLD)
    for x in (180, 250, 890, 1050):
        s.line(x, 410, x, 700)
    s.text(90, 480, "3", 24)
    s.text(260, 480, "WATER HEATERS 50 GAL NG, CRATED", 24)
    s.text(900, 480, "465", 24)
    s.text(1060, 480, "85", 24)
    s.text(90, 530, "1", 24)
    s.text(260, 530, "CTN EXPANSION TANKS (3)", 24)
    s.text(900, 530, "24", 24)
    s.text(1060, 530, "85", 24)
    s.text(260, 640, "TOTAL PIECES 4     DELIVERY 11/11/26  LIFTGATE", 22)
    s.text(70, 730, "RECEIVED IN GOOD ORDER EXCEPT AS NOTED:", 24, PRINT_BOLD)
    s.box(70, 770, 1205, 1010)
    s.hand(90, 790, "1 heater crate crushed at corner -", 34)
    s.hand(90, 850, "jacket dented in ~3in by gas valve.", 34)
    s.hand(90, 910, "rec'd w/ exception. 2 htrs + tanks OK", 34)
    s.field(70, 1060, "CONSIGNEE SIGNATURE", 420, "")
    s.hand(420, 1040, "A. Simmons", 40, face=HAND_NARROW)
    s.field(70, 1140, "PRINT NAME", 420, "ANDRE SIMMONS")
    s.field(760, 1060, "DATE", 260, "11/11/26")
    s.field(760, 1140, "TIME", 260, "2:40p")
    s.field(70, 1220, "DRIVER", 420, "")
    s.hand(270, 1200, "R. Villa  #4471", 34, ink=(30, 30, 30))
    s.text(
        70, 1330, "Shortage or damage must be noted on this receipt. Concealed damage must be", 20
    )
    s.text(
        70,
        1356,
        "reported within 5 days of delivery. Subject to the terms of the Estes tariff.",
        20,
    )
    return s.photo(1.6, desk=(118, 112, 104))


def z17():
    when = at("2026-11-13 11:20", "CT")
    text = para("""
        Nadia,

        Estes delivered the 3 gas water heaters for PO 70288 to Seawall Apartments on Wednesday. One of them has a crushed corner on the crate and the jacket is pushed in about 3 inches next to the gas valve. Our engineer Andre won't install it and he wrote it on the Estes delivery receipt (photo attached). The other 2 heaters and the 3 expansion tanks are fine.

        We need a replacement 50 gallon natural gas heater as soon as possible - unit 4B has no hot water.

        Thanks,
        Luis

        """)
    return outlook_desktop(
        "z17",
        LUIS,
        "Damaged water heater - PO 70288 - Seawall Apts",
        when,
        [("p", text + SIG_LUIS)],
        files=[("Estes delivery receipt.jpg", "image/jpeg", estes_receipt("z17"))],
    )


def z18():
    when = at("2026-11-16 09:40", "ET")
    intro = para("""
        Hi Nadia,

        Receiving for PO 24530 (Thursday's R+L delivery), from Dale's sheet:

        """)
    headers = ["Item", "Description", "Ordered", "Received", "Diff", "Notes"]
    rows = [
        ["VLV-1005-BV", '1" ball valve FP thd', "48", "48", "0", "ok"],
        ["FTG-CU-E90-100", '1" cu 90 CxC', "250", "275", "25", "1 extra bag"],
        ["VLV-0750-PRV", '3/4" PRV 25-75', "4", "3", "-1", "short 1"],
    ]
    tail = "\n" + para("""
        So one 3/4" PRV is short (3 came, 4 ordered), and there's an extra bag of the 1" copper 90s - 11 bags of 25 came and we ordered 250. Please send the PRV and pick up the extra bag next time you're out.

        Different order: could you send me a copy of the invoice for PO 24519? Our copy is missing the second page and Mike needs it for the job file.

        Thanks!
        Karen

        """)
    return gmail(
        "z18",
        KAREN,
        "PO 24530 receiving + question on PO 24519",
        when,
        [("p", intro), ("sheets", (headers, rows)), ("p", tail + SIG_KAREN)],
    )


def z19():
    when = at("2026-11-17 13:12", "ET")
    orig = at("2026-11-17 07:52", "ET")
    note = para("""
        Hi Nadia,

        Mike at Riverbend sent this to me instead of claims. Can you take it from here? I told him you'd be in touch today.

        Thanks,
        Amber

        """)
    fwd = para("""
        Amber,

        3 of the 1" ball valves from PO 24530 have cracked bodies - the guys found them this morning when they went to install. The box must have been dropped, it's caved in on one side. Need 3 more asap.

        Mike O'Brien
        Service Manager
        Riverbend Plumbing & Heating
        """)
    return outlook_desktop(
        "z19",
        AMBER,
        "FW: broken ball valves PO 24530",
        when,
        [
            ("p", note + SIG_AMBER),
            (
                "hdr",
                (
                    addr(MIKE).replace('"', ""),
                    orig,
                    addr(AMBER),
                    "broken ball valves PO 24530",
                ),
            ),
            ("p", fwd),
        ],
    )


def quote_pdf(when):
    rows = [
        [
            "1",
            "TST-7500-PRO",
            "7-day programmable Wi-Fi thermostat",
            "24",
            "EA",
            "124.00",
            "2,976.00",
        ],
        [
            "2",
            "TST-2100-NP",
            "Non-programmable digital tstat, 24 V",
            "40",
            "EA",
            "27.50",
            "1,100.00",
        ],
        ["3", "HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated, cs/12", "20", "CS", "37.90", "758.00"],
    ]
    return pdf_doc(
        when,
        "Lakeshore Quote Builder 3.1",
        "Quotation Q-TUL-26-0391",
        [
            ("h1", "LAKESHORE PIPE & SUPPLY - QUOTATION"),
            ("text", "Tulsa Branch  |  8820 E 46th St, Tulsa, OK 74145  |  918-555-0112"),
            ("gap", 8),
            (
                "kv",
                [
                    ("Quote No.", "Q-TUL-26-0391"),
                    ("Quote Date", "10/09/2026"),
                    ("Valid Through", "10/31/2026"),
                    ("Customer", "Summit HVAC Services (C-1003)"),
                    ("Attention", "Raj Patel"),
                    ("Project", "Fall changeout program - stock"),
                    ("Salesperson", "J. Okafor"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [26, 96, 190, 34, 34, 60, 70],
                    ["Ln", "Item", "Description", "Qty", "UOM", "Price", "Ext"],
                    rows,
                ),
            ),
            ("gap", 8),
            ("text", "Quote Total: $4,834.00"),
            ("gap", 6),
            (
                "text",
                "Pricing is valid for the quantities shown on a single release before the expiration "
                "date. Smaller or later releases are priced at the customer's contract price in effect "
                "on the order date. Freight: prepaid on orders over $1,500.",
            ),
        ],
    )


def z20():
    when = at("2026-11-18 14:25", "CT")
    text = para("""
        Hello,

        Invoice INV-88152 (our PO 60418) bills the 7-day Wi-Fi thermostats at $132.00 each. Your quote Q-TUL-26-0391 from October (attached) had them at $124.00. That's 12 x $8.00 = $96.00.

        Please send a credit memo for the difference, or a corrected invoice, and we'll pay it in the next check run.

        Thank you,
        Linda

        """)
    quote_when = at("2026-10-09 10:15", "CT")
    return gmail(
        "z20",
        LINDA,
        "INV-88152 - thermostat price vs. quote",
        when,
        [("p", text + SIG_LINDA)],
        files=[("Q-TUL-26-0391.pdf", "application/pdf", quote_pdf(quote_when))],
    )


def z21():
    when = at("2026-11-18 15:52", "CT")
    text = para("""
        Hi Nadia,

        Attached is the parts exception export from our dispatch board for PO 60455 (UPS delivery last Thursday). In short:

        - Condensate pumps: 2 are DOA. The float switch sticks and they won't pump. The techs pulled them at the Jenks and Owasso calls.
        - MERV 11 filters: 18 cases came, the PO was 20. 2 cases short.
        - Thermostats: 2 of the 12 boxes have the programmable Wi-Fi model in them, not the non-programmable we ordered. We need the non-programmable ones for the rental units, please swap them.

        The rest of the PO checked in fine. The Johnstone line on the export is another vendor's, you can ignore it.

        Thanks,
        Tasha

        """)
    rows = [
        ["exception_id", "job_no", "po_no", "vendor", "item", "description", "qty_ordered"]
        + ["qty_received", "exception", "qty_affected", "tech", "notes"],
        ["EX-11790", "24-3340", "60449", "JOHNSTONE SUPPLY", "CAP-455", "CAPACITOR 45/5 MFD 440V"]
        + ["6", "5", "SHORT", "1", "receiving", ""],
        ["EX-11802", "24-3351", "60455", "LAKESHORE PIPE", "HVC-CND-PUMP", "CONDENSATE PUMP 115V"]
        + ["10", "10", "DOA", "1", "M. Webb", "float switch sticks, won't pump - pulled (Jenks)"],
        ["EX-11803", "24-3356", "60455", "LAKESHORE PIPE", "HVC-CND-PUMP", "CONDENSATE PUMP 115V"]
        + ["10", "10", "DOA", "1", "J. Tran", "same - float stuck, no pump (Owasso)"],
        ["EX-11804", "SHOP", "60455", "LAKESHORE PIPE", "HVC-FLT-1625-M11", "FILTER 16X25X1 MERV11"]
        + ["20", "18", "SHORT", "2", "receiving", "18 cs on pallet"],
        ["EX-11805", "SHOP", "60455", "LAKESHORE PIPE", "TST-2100-NP", "TSTAT NON-PROG 24V"]
        + ["12", "12", "WRONG ITEM", "2", "receiving", "2 boxes contain 7-day Wi-Fi model"],
    ]
    return gmail(
        "z21",
        DISPATCH,
        "PO 60455 - parts exceptions (pumps DOA, filters short, wrong stats)",
        when,
        [("p", text + SIG_TASHA)],
        files=[("parts_exceptions_60455.csv", "text/csv", csv_text(rows).encode("ascii"))],
    )


def z22():
    when = at("2026-11-19 08:12", "CT")
    text = para("""
        Hi Nadia,

        Marcus called your Tulsa counter yesterday afternoon about a circulator pump at the Brookside job that he thought was dead. Please disregard - it was wired to the wrong relay on the boiler control. The pump runs fine and the house has heat. Nothing needed from Lakeshore on that one.

        Sorry for the noise,
        Tasha

        """)
    return gmail(
        "z22",
        DISPATCH,
        "Please disregard - circulator call from Marcus",
        when,
        [("p", text + SIG_TASHA)],
    )


def z23():
    when = at("2026-11-20 06:48", "ET")
    body = para("""
        Nadia - no heat at our Kanawha City duplex job, the 1/25 hp cast iron circulator we got from you guys is dead, shaft seized. Tenant has 2 little kids. Can someone have one at the Charleston counter that I can grab by 8? I don't have the PO on me, Karen can send it when she's in.
        Mike

        Sent from my iPhone
        """)
    return iphone("z23", MIKE, "No heat - circulator dead", when, body, via="gws")


def service_report_pdf(when):
    return pdf_doc(
        when,
        "KMC Service 2.4",
        "Service Report SR-26-1142",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS - SERVICE REPORT"),
            ("text", "Service Dept  |  1450 Industrial Rd, Harrisburg, PA 17110  |  717-555-0150"),
            ("gap", 8),
            (
                "kv",
                [
                    ("Report No.", "SR-26-1142"),
                    ("Date", "11/19/2026"),
                    ("Customer", "Derry Township School District"),
                    ("Site", "Middle School - boiler room, DHW system"),
                    ("Technician", "Ed Kowalski"),
                    ("Call type", "Service - temperature complaint"),
                ],
            ),
            ("gap", 10),
            ("h2", "Equipment"),
            (
                "table",
                (
                    [60, 200, 120, 136],
                    ["Tag", "Description", "Supplied", "Installed"],
                    [
                        ["TMV-1", '1-1/4" thermostatic mixing valve, LF', "Lakeshore", "10/2025"],
                        ["TMV-2", '1-1/4" thermostatic mixing valve, LF', "Lakeshore", "10/2025"],
                    ],
                ),
            ),
            ("gap", 8),
            ("h2", "Findings"),
            (
                "text",
                "Kitchen and locker room complaints of scalding / cold water. Outlet temperature on "
                "both valves swings 105-140 F at steady load; setpoint 120 F. Inlet hot 160 F, cold 52 F, "
                "pressures balanced. Pulled and cleaned both cartridges, light scale only - no "
                "improvement after reassembly. Both valves came on Keystone PO-76115.",
            ),
            ("gap", 4),
            ("h2", "Recommendation"),
            (
                "text",
                "Replace TMV-1 and TMV-2. Request warranty replacement through supplier. Temporary: "
                "point-of-use limiting set at fixtures.",
            ),
            ("gap", 8),
            ("kv", [("Parts used", "none"), ("Status", "OPEN - awaiting parts")]),
        ],
    )


def z24():
    when = at("2026-11-20 10:46", "ET")
    text = para("""
        Nadia,

        Our service tech found both 1-1/4" thermostatic mixing valves on the Derry Township Middle School DHW system not holding setpoint - the outlet is swinging between 105 and 140F. They were installed new last October and came on our PO-76115. His service report is attached.

        We'd like two replacements under warranty. The district wants this fixed before Thanksgiving break.

        Thanks,

        """)
    rep_when = at("2026-11-19 16:20", "ET")
    return outlook_desktop(
        "z24",
        TOM,
        "Warranty - 2 mixing valves from PO-76115 (Derry Twp MS)",
        when,
        [("p", text + SIG_TOM)],
        files=[("SR-26-1142.pdf", "application/pdf", service_report_pdf(rep_when))],
    )


def z25():
    when = at("2026-11-23 09:06", "ET")
    orig = at("2026-11-20 16:05", "ET")
    note = para("""
        Nadia,

        See below from our AP. The condensate pumps on PO-77830 (Colonial Park) were $61.50 on the PO and your invoice INV-88133 has them at $64.90. Please credit 8 x $3.40 = $27.20 so AP can release the invoice. The rest of the invoice matched.

        Thanks,

        """)
    dana = para("""
        Paul,

        Lakeshore invoice INV-88133 is on hold in the 3-way match. Everything matches except line 3:

        """)
    headers = [
        "PO Ln",
        "Item",
        "Description",
        "PO Qty",
        "Rcvd",
        "PO Price",
        "Inv Price",
        "Variance",
    ]
    rows = [
        ["1", "KM-88502", "3in CI SWING CHECK FLG", "6", "6", "189.00", "189.00", "0.00"],
        ["2", "KM-40415", "1-1/2in BLK MI UNION", "40", "40", "10.80", "10.80", "0.00"],
        ["3", "", "CONDENSATE PUMP 115V", "8", "8", "61.50", "64.90", "27.20"],
        ["4", "", "CIRC PUMP 1/25HP CI", "4", "4", "139.00", "139.00", "0.00"],
    ]
    dana_tail = para("""
        Can you get them to credit the difference? I'll release it once the credit memo is in.

        Dana
        """)
    return outlook_desktop(
        "z25",
        PAUL,
        "FW: 3-way match exception - INV-88133 / PO-77830",
        when,
        [
            ("p", note + SIG_PAUL),
            (
                "hdr",
                (
                    "Dana Ruiz <ap@keystonemech.com>",
                    orig,
                    "Paul Brenner <pbrenner@keystonemech.com>",
                    "3-way match exception - INV-88133 / PO-77830",
                ),
            ),
            ("p", dana),
            ("table", (headers, rows)),
            ("p", dana_tail),
        ],
    )


def payment_advice_pdf(when):
    rows = [
        ["INV-88160", "11/09/2026", "70231", "1,552.60", "0.00", "1,552.60"],
        ["INV-88171", "11/09/2026", "70288", "2,194.50", "0.00", "2,194.50"],
    ]
    return pdf_doc(
        when,
        "Harbor Point AP - Yardi Payables",
        "Payment Advice ACH-26-1123-04",
        [
            ("h1", "HARBOR POINT PROPERTY MANAGEMENT"),
            ("text", "600 N Shoreline Blvd, Suite 210, Corpus Christi, TX 78401"),
            ("gap", 6),
            ("h2", "PAYMENT ADVICE"),
            (
                "kv",
                [
                    ("Payee", "Lakeshore Pipe & Supply"),
                    ("Vendor No.", "LAKE-0031"),
                    ("Payment No.", "ACH-26-1123-04"),
                    ("Payment Date", "11/23/2026"),
                    ("Method", "ACH credit"),
                    ("Amount", "$3,747.10"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [90, 80, 60, 90, 80, 90],
                    ["Invoice", "Inv Date", "PO", "Gross", "Deduction", "Paid"],
                    rows,
                ),
            ),
            ("gap", 8),
            ("text", "Total paid: $3,747.10"),
            ("gap", 6),
            ("small", "Questions about this payment: payables@harborpointpm.com, 361-555-0175."),
        ],
    )


def z26():
    when = at("2026-11-23 13:32", "CT")
    text = para("""
        Hello,

        Please see the attached payment advice for today's ACH. INV-88160 and INV-88171 are paid in full.

        The water heater that arrived damaged on INV-88171 is being handled by Luis with your claims team - we did not short-pay for it, so please just apply that credit to our account when it's issued.

        Thank you,
        Grace

        """)
    return outlook_desktop(
        "z26",
        GRACE,
        "Payment advice - ACH 11/23/2026",
        when,
        [("p", text + SIG_GRACE)],
        files=[("Payment Advice ACH-26-1123-04.pdf", "application/pdf", payment_advice_pdf(when))],
    )


def z27():
    when = at("2026-11-24 08:41", "CT")
    intro = para("""
        Nadia,

        Took this call at 7:55 this morning. Can you set it up?

        """)
    msg = para("""
        PHONE MESSAGE - TULSA COUNTER
        Date/Time:  11/24/2026  7:55 AM
        Caller:     Marcus Webb (tech)
        Company:    Summit HVAC Services
        Callback:   918-555-0191
        Re:         7-day Wi-Fi thermostat installed yesterday at a Jenks residence.
                    Went blank after the app pushed a firmware update last night.
                    No display, won't reboot, 24V at the subbase is good.
                    Wants a warranty replacement (qty 1).
        Taken by:   C. Rains
        """)
    tail = "\n" + para("""
        I looked them up - their most recent order is SO-104244, so I'm guessing the stat came on that one. Marcus will bring the dead unit to the counter tomorrow.

        Cody

        """)
    return outlook_desktop(
        "z27",
        CODY,
        "Phone message - Summit HVAC - dead Wi-Fi thermostat",
        when,
        [("p", intro), ("pre", msg), ("p", tail + SIG_CODY)],
    )


def z28():
    when = at("2026-11-25 10:02", "CT")
    text = para("""
        Nadia,

        We ended up with one extra 2 gallon expansion tank from PO 70288. The replacement heater in Seawall 4B went on the recirc loop, which already has a tank, so we don't need it. It's unopened in the box at the Seawall maintenance shop.

        Can you set up a return and have your driver pick it up?

        Thanks,
        Luis

        """)
    return outlook_desktop(
        "z28", LUIS, "Return 1 expansion tank - PO 70288", when, [("p", text + SIG_LUIS)]
    )


def legal_pad(key):
    s = Sheet(key, w=1200, h=1560, paper=(250, 240, 160))
    s.draw.rectangle([0, 0, 1200, 120], fill=(196, 60, 52))
    for y in range(200, 1560, 56):
        s.line(0, y, 1200, y, 2, (150, 175, 210))
    s.line(150, 120, 150, 1560, 2, (210, 120, 120))
    ink = (20, 20, 30)
    s.hand(170, 150, "Will call 11/6 - PO 40988", 40, ink)
    s.hand(170, 260, "2\" blk pipe - KEEP  (used 80')", 36, ink)
    s.hand(170, 372, "1 1/2 blk unions - 15 left", 36, ink)
    s.hand(620, 428, "-> RETURN", 40, ink)
    s.hand(170, 540, '1" ball valves - 2 are 3/4', 36, ink)
    s.hand(250, 596, 'in the box!! (box says 1")', 36, ink)
    s.hand(620, 652, '-> swap for 1"', 40, ink)
    s.circle(600, 640, 930, 712, ink)
    s.hand(170, 820, "other 8 ok", 34, ink)
    s.hand(760, 960, "- H", 44, ink)
    return s.photo(-2.3, desk=(70, 72, 76))


def z29():
    when = at("2026-11-30 09:28", "CT")
    body = para("""
        Hi Nadia,
        Hector's list from the will call on 11/6 (PO 40988) is in the picture.
        2 of the 1" ball valves are 3/4" inside the boxes - the boxes say 1". He needs the 1".
        And he wants to send back the black unions he has left over, he says 15. The cut pipe we're keeping.
        Thank you
        Rosa

        Sent from my iPhone""")
    return iphone(
        "z29",
        ROSA,
        "PO 40988 will call - Hector's list",
        when,
        body + "\n",
        photo=("IMG_2290.jpeg", legal_pad("z29")),
    )


def z30():
    when = at("2026-11-30 14:18", "CT")
    text = para("""
        Nadia,

        The 50 gallon gas water heater in Marina Oaks unit 12 is leaking from the bottom of the tank. Delgado & Sons installed it for us in October last year, and their invoice to us lists your order SO-104202 for the heater. Rosa at Delgado said to contact you directly for the warranty since it's a tank failure.

        Can you process a warranty replacement for the heater? The tenant is on a temporary point-of-use heater for now.

        Thanks,
        Luis

        """)
    return outlook_desktop(
        "z30",
        LUIS,
        "Leaking water heater - Marina Oaks #12 (installed by Delgado & Sons)",
        when,
        [("p", text + SIG_LUIS)],
    )


def return_request_pdf(when):
    rows = [
        ["1", "KM-88213", '2" bronze gate valve thd', "40", "0", "EA", "-"],
        ["2", "KM-40112", '1" wrot cu 90 CxC', "150", "0", "EA", "-"],
        ["3", "KM-88340", '3/4" PRV 25-75 psi', "12", "2", "EA", "Unopened"],
        ["4", "", "3/4\" PEX-A tubing 300' coil", "6", "2", "CL", "Unopened"],
    ]
    return pdf_doc(
        when,
        "KMC eProcure 4.2",
        "Material Return Request MRA-26-0233",
        [
            ("h1", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("h2", "MATERIAL RETURN REQUEST"),
            ("gap", 4),
            (
                "kv",
                [
                    ("Request No.", "MRA-26-0233"),
                    ("Date", "11/30/2026"),
                    ("Vendor", "Lakeshore Pipe & Supply (V-00412)"),
                    ("Purchase Order", "PO-77812"),
                    ("Job", "2431 - Mechanicsburg Apts Ph 2"),
                    ("Requested By", "T. Morales (PM)"),
                    ("Reason", "Surplus - design change (loop layout revised)"),
                    ("Pickup", "Harrisburg warehouse, 1450 Industrial Rd, dock 3"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [26, 70, 170, 50, 60, 36, 80],
                    ["Ln", "Item", "Description", "PO Qty", "Return", "UOM", "Condition"],
                    rows,
                ),
            ),
            ("gap", 8),
            (
                "text",
                "Ln 1: the 4 damaged gate valves were handled separately as freight damage (RR-26-0541); "
                "nothing further to return on this line.",
            ),
            ("gap", 6),
            ("small", "Approved: P. Brenner, Purchasing   11/30/2026"),
        ],
    )


def z31():
    when = at("2026-12-01 08:52", "ET")
    text = para("""
        Hello,

        Attached is our return request MRA-26-0233 for surplus material from Mechanicsburg Ph 2, PO-77812. Tom's note: phase 2 went to a different loop layout, so 2 coils of the 3/4" PEX-A and 2 of the 3/4" PRVs were not used. All unopened.

        Please send an RMA number and let us know when your driver can pick up. The material is at our Harrisburg warehouse, dock 3.

        Thanks,

        """)
    return outlook_desktop(
        "z31",
        PAUL,
        "Return request MRA-26-0233 - PO-77812 surplus",
        when,
        [("p", text + SIG_PAUL)],
        files=[("MRA-26-0233.pdf", "application/pdf", return_request_pdf(when))],
    )


def z32():
    when = at("2026-12-01 15:34", "ET")
    text = para("""
        Nadia,

        Camp Hill wrapped up last week. We have 10 of the 1" full port ball valves left over from PO-77790, still in the boxes. Can we return them for credit? Sal can drop them off at your Harrisburg counter.

        Thanks,

        """)
    return outlook_desktop(
        "z32",
        TOM,
        "Leftover ball valves - Camp Hill - PO-77790",
        when,
        [("p", text + SIG_TOM)],
    )


def z33():
    when = at("2026-12-02 09:26", "CT")
    text = para("""
        Hi Nadia,

        The crew at the Broken Arrow clinic opened the last carton of 10x6 floor registers yesterday (PO 60377, the same ODFL delivery as the ceiling tile on 11/2). 4 of the registers are bent and the louvers are crushed - looks like the same shipping damage. Can you send 4 replacements or credit them?

        Thanks,
        Tasha

        """)
    return gmail(
        "z33",
        DISPATCH,
        "Damaged floor registers - PO 60377 (last carton)",
        when,
        [("p", text + SIG_TASHA)],
    )


def test_report_pdf(when):
    return pdf_doc(
        when,
        "BPT Field Reports",
        "Backflow Assembly Test Report - RP3-26-08817",
        [
            ("h1", "BACKFLOW PREVENTION ASSEMBLY TEST REPORT"),
            ("text", "Pruitt Backflow Testing LLC  |  Charleston, WV  |  304-555-0166"),
            ("gap", 8),
            (
                "kv",
                [
                    ("Water Purveyor", "Kanawha Valley Water Authority"),
                    ("Location", "Cresthaven pump house, 41 Cresthaven Dr"),
                    ("Installed By", "Riverbend Plumbing & Heating (D. Whitcomb)"),
                    ("Assembly Type", "RP - reduced pressure zone"),
                    ("Size", '3"'),
                    ("Serial No.", "RP3-26-08817"),
                    ("Install Date", "11/24/2026 (new)"),
                    ("Test Date", "12/01/2026"),
                    ("Line Pressure", "62 psi"),
                ],
            ),
            ("gap", 10),
            (
                "table",
                (
                    [150, 180, 186],
                    ["Test", "Initial", "Result"],
                    [
                        ["Check valve #1", "Leaked - 0.8 psid", "FAIL (min 5.0)"],
                        ["Relief valve", "Did not close", "Continuous discharge"],
                        ["Check valve #2", "Closed tight - 1.4 psid", "Pass"],
                    ],
                ),
            ),
            ("gap", 8),
            ("kv", [("Overall Result", "FAILED - assembly not accepted")]),
            ("gap", 4),
            (
                "text",
                "Remarks: new assembly, relief valve discharging continuously at normal line pressure. "
                "No debris found at the #1 check on inspection. Recommend replacement of the assembly "
                "before the purveyor inspection.",
            ),
            ("gap", 8),
            ("small", "Tester: Gary Pruitt, WV cert. BPT-1187, gauge S/N 55021 (cal. 03/2026)"),
        ],
    )


def z34():
    when = at("2026-12-02 11:12", "ET")
    text = para("""
        Hi Nadia,

        Dale had the 3" RPZ at the Cresthaven pump house tested yesterday ahead of the water authority inspection and it failed - the relief valve discharges constantly at line pressure and check #1 won't hold. The tester's report is attached. It was installed last week; it sat crated until the pump house was ready. That's our PO 24415.

        Dale needs it replaced under warranty. The inspection has been moved to the 14th.

        Thank you,
        Karen

        """)
    rep_when = at("2026-12-01 15:05", "ET")
    return gmail(
        "z34",
        KAREN,
        "PO 24415 - RPZ failed test - Cresthaven pump house",
        when,
        [("p", text + SIG_KAREN)],
        files=[("RP3-26-08817 test report.pdf", "application/pdf", test_report_pdf(rep_when))],
    )


def z35():
    when = at("2026-12-03 10:06", "ET")
    orig = at("2026-12-02 16:40", "ET")
    note = para("""
        Nadia - passing this along, nice note from Karen at Riverbend. Nothing needed.

        Amber

        """)
    fwd = para("""
        Hi Amber,

        Just wanted to say thanks - the credit for the 2 damaged copper sticks and the short tees on PO 24460 showed up on our statement, and Dale got the replacement sticks the same week. All set on that one.

        Karen
        """)
    return outlook_desktop(
        "z35",
        AMBER,
        "FW: copper credit - thanks",
        when,
        [
            ("p", note + SIG_AMBER),
            ("hdr", (addr(KAREN), orig, addr(AMBER), "copper credit - thanks")),
            ("p", fwd),
        ],
    )


def z36():
    when = at("2026-12-04 08:36", "ET")
    text = para("""
        Hi Nadia,

        The Kanawha City school addition got cut back (the gym wing is off for this year), so Dale has 40 of the 2" PVC sch 40 tees from PO 24460 that we won't use. 4 full boxes, never opened.

        Can we send them back? He can bring them to the Charleston counter or your driver can grab them.

        Thanks!
        Karen

        """)
    return gmail("z36", KAREN, "PO 24460 - returning 40 PVC tees", when, [("p", text + SIG_KAREN)])


def z37():
    when = at("2026-12-04 14:02", "ET")
    text = para("""
        Hello,

        For your records: we have closed our return request RR-26-0541 for the 4 damaged gate valves on PO-77812. Your driver picked them up on 11/18, the replacements came the same day, and credit memo CM-31187 is on our November statement. Nothing further needed from our side.

        Thanks for the help,

        """)
    return outlook_desktop(
        "z37",
        PAUL,
        "Closed - return request RR-26-0541 (gate valves, PO-77812)",
        when,
        [("p", text + SIG_PAUL)],
    )


def z38():
    """The public claim form, laid out the way the portal writes it."""
    note = (
        'Walt Hensley, Keystone Mechanical super at Colonial Park Elementary. 4 of the 1-1/2" black '
        'unions in the box are 1-1/4" - found them when we went to pipe the boiler bypass. Paul in '
        "our purchasing is out this week so I'm using your web form. 717-555-0172"
    )
    line = {"sku": "FTG-BI-U-150", "quantity": 4, "reason": "WRONG_ITEM"}
    text = (
        "{\n"
        '  "order_number": "SO-104235",\n'
        '  "lines": [\n'
        f"    {json.dumps(line)}\n"
        "  ],\n"
        f'  "note": {json.dumps(note)}\n'
        "}\n"
    )
    return text.encode("ascii")


def z39():
    """A building tech's receiving notes, typed and uploaded; LF line ends."""
    text = para("""
        MARINA OAKS - MAINT SHOP
        receiving notes   11/16/26   D. Ramos

        vendor: Lakeshore Pipe (their truck)
        our PO: 70296

        - 10x6 floor registers, white  (HVC-REG-1006-W on the slip)
            PO says 40, counted 44 on the pallet -> 4 extra
            the 4 extra are in the shop, tagged for pickup
        - 3/4 ball valves sweat   12/12  ok

        driver couldn't wait for the count. pls send someone for the extras.
        """)
    return text.encode("ascii")


def z40():
    """A school district's work order, exported as text and uploaded; CRLF line ends."""
    text = para("""
        DERRY TOWNSHIP SCHOOL DISTRICT
        FACILITIES & MAINTENANCE - WORK ORDER

        WO#:        27719                 Priority: 1 - NO HEAT
        Opened:     12/08/2026 06:10      By: night custodian (J. Stauffer)
        Location:   Middle School, boiler room, pump P-3 (zone 3 / gym wing)

        Problem:    Circulator P-3 seized, motor hot, breaker tripped.
                    No heat to the gym wing.
        Temp fix:   Valved over to P-2. Gym holding 58F.

        Equipment:  1/25 HP cast iron circulator, 115 V
        Supplied:   Lakeshore Pipe & Supply, order SO-104201
                    (packing list in the boiler room binder)
        Installed:  Keystone Mechanical Contractors, 10/2025

        Requested:  Warranty replacement from supplier, qty 1.
        Submitted:  R. Haldeman, Facilities Supervisor   717-555-0240
        """)
    return crlf(text.encode("ascii"))


BUILD = {
    "z01-keystone-purchasing-relays-super-text-wrong-stats.eml": z01,
    "z02-keystone-rep-brian-fyi-forward-tom-note.eml": z02,
    "z03-keystone-tom-for-foreman-crushed-ball-valves.eml": z03,
    "z04-summit-raj-tracking-question-tiles.eml": z04,
    "z05-riverbend-karen-for-foreman-copper-dents-tees-short.eml": z05,
    "z06-delgado-rosa-for-hector-elbows-short-bag.eml": z06,
    "z07-delgado-rosa-recount-two-bags.eml": z07,
    "z08-summit-dispatch-relays-tech-text-tiles.eml": z08,
    "z09-delgado-rosa-asks-when-bags-ship.eml": z09,
    "z10-keystone-tom-gate-valves-elbows-and-quote.eml": z10,
    "z11-keystone-rep-brian-site-visit-gate-valves.eml": z11,
    "z12-delgado-counter-writeup-cut-pipe-back.eml": z12,
    "z13-keystone-purchasing-no-heat-school-circulators.eml": z13,
    "z14-keystone-dana-copper-price-and-w9.eml": z14,
    "z15-harbor-luis-for-engineer-registers-over-stat-dead.eml": z15,
    "z16-summit-raj-wifi-stats-dead-extra-filters.eml": z16,
    "z17-harbor-luis-delivery-receipt-photo-heater-crushed.eml": z17,
    "z18-riverbend-karen-prv-short-extra-elbows-two-orders.eml": z18,
    "z19-riverbend-inside-sales-amber-fwd-po-only-ball-valves.eml": z19,
    "z20-summit-linda-quote-price-wifi-stats.eml": z20,
    "z21-summit-dispatch-csv-pumps-filters-stats.eml": z21,
    "z22-summit-dispatch-disregard-circulator-call.eml": z22,
    "z23-riverbend-mike-no-heat-circulator-no-po.eml": z23,
    "z24-keystone-tom-mixing-valves-boiler-room.eml": z24,
    "z25-keystone-purchasing-ap-exception-condensate-pumps.eml": z25,
    "z26-harbor-grace-payment-advice.eml": z26,
    "z27-summit-tulsa-counter-phone-note-wifi-stat.eml": z27,
    "z28-harbor-luis-spare-expansion-tank-back.eml": z28,
    "z29-delgado-rosa-hector-list-photo-valves-unions.eml": z29,
    "z30-harbor-luis-heater-on-delgado-order.eml": z30,
    "z31-keystone-purchasing-return-pdf-pex-prvs.eml": z31,
    "z32-keystone-tom-leftover-ball-valves-camp-hill.eml": z32,
    "z33-summit-dispatch-late-registers-last-carton.eml": z33,
    "z34-riverbend-karen-for-foreman-rpz-test-report.eml": z34,
    "z35-riverbend-inside-sales-amber-fwd-thanks.eml": z35,
    "z36-riverbend-karen-tees-back-job-cancelled.eml": z36,
    "z37-keystone-purchasing-closes-return-request.eml": z37,
    "z38-portal-keystone-foreman-unions-wrong-size.json": z38,
    "z39-upload-harbor-tech-notes-po-only-extra-registers.txt": z39,
    "z40-upload-school-work-order-old-circulator.txt": z40,
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
