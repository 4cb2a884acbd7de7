"""Write every request of heldout34, the same bytes on every run.

    .venv/bin/python sample_docs/heldout34/make_attachments.py

Works from any directory (paths are taken from this file's place). Needs Pillow and fpdf2,
both in the project's .venv. Output: `requests/` next to this file, with

- 37 emails (RFC 5322, ASCII only, CRLF line ends, every line folded to at most 76
  characters; plain text is 7bit, HTML is quoted-printable, attachments are base64),
  all composed by `Mail` below;
- the portal form s38 (JSON, LF) and the two text uploads s39 (CRLF) and s40 (LF).

Five emails carry an attachment, drawn here:

- s02: Tuan's phone photo of the crushed filter case and its printed label (JPEG);
- s04: Ray's phone photo of the packing slip of SO-104235 with his pen marks (JPEG);
- s10: Harbor Point's receiving damage report, filled in by hand and scanned (PNG);
- s24: Keystone's debit memo DM-1123 (text PDF, fpdf2 core fonts);
- s31: Keystone's service ticket 4418, filled in by hand and scanned (PNG).

Nothing varies between runs: one fixed seed per picture, fixed Date headers, Message-IDs,
MIME boundaries and PDF creation date, and only Pillow's bundled font and fpdf2's core
fonts are used.
"""

import base64
import datetime as dt
import io
import json
import math
import quopri
import random
import textwrap
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
DESK_ADDR = "returns@brightwatersupply.example"
DESK = f"Brightwater Returns <{DESK_ADDR}>"
WIDTH = 72  # body text is folded here, so a quoted line ("> ") stays within 76

SEEDS = {"s02": 34002, "s04": 34004, "s10": 34010, "s31": 3431}


# =================================================================== pictures: tools


def typeface(px: int) -> ImageFont.FreeTypeFont:
    """Pillow's bundled font at a pixel size (the same on every machine)."""
    return ImageFont.load_default(size=px)


def print_text(draw, xy, text, px, fill, bold=0):
    draw.text(xy, text, font=typeface(px), fill=fill, stroke_width=bold, stroke_fill=fill)


def pen(
    canvas: Image.Image,
    xy,
    text: str,
    rng: random.Random,
    px=44,
    ink=(25, 30, 90),
    slant=0.18,
    wobble=3.5,
    weight=1,
):
    """Hand lettering: every letter drawn on its own (turned, squeezed or stretched, lifted
    or dropped a little), each word slanted and bent along a wave, the strokes thickened
    like a felt pen; pasted onto canvas at xy."""
    x, y = xy
    for word in text.split(" "):
        size = px + rng.randint(-3, 3)
        f = typeface(size)
        h = size * 2
        w = int(f.getlength(word) * 1.15) + size
        strip = Image.new("L", (w, h), 0)
        cx = size // 3
        for ch in word:
            cw = max(1, int(f.getlength(ch)))
            tile = Image.new("L", (cw + size, h), 0)
            ImageDraw.Draw(tile).text((size // 2, size // 3), ch, font=f, fill=255)
            tile = tile.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC)
            squeeze = rng.uniform(0.86, 1.12)
            tile = tile.resize((max(1, int(tile.width * squeeze)), h), Image.BICUBIC)
            strip.paste(tile, (cx - size // 2, rng.randint(-3, 3)), tile)
            cx += int(cw * squeeze) + rng.randint(-1, 3)
        # slant: x' = x + slant * (y - h/2)
        strip = strip.transform(
            strip.size, Image.AFFINE, (1, slant, -slant * h / 2, 0, 1, 0), resample=Image.BICUBIC
        )
        # wave: shift each column up or down a little
        phase, period = rng.uniform(0, 6.28), rng.uniform(45, 110)
        bent = Image.new("L", strip.size, 0)
        for col in range(w):
            dy = round(wobble * math.sin(phase + col / period * 6.28))
            bent.paste(strip.crop((col, 0, col + 1, h)), (col, dy))
        if weight:
            bent = bent.filter(ImageFilter.MaxFilter(2 * weight + 1))
        bent = bent.filter(ImageFilter.GaussianBlur(0.7))
        dy = rng.randint(-4, 4)
        colour = ink if canvas.mode == "RGB" else (ink[0] if isinstance(ink, tuple) else ink)
        canvas.paste(
            Image.new(canvas.mode, bent.size, colour), (x - size // 3, y + dy - size // 3), bent
        )
        x += cx - size // 3 + int(f.getlength(" ")) + rng.randint(4, 12)


def fake_barcode(draw, rng, left, top, right, bottom):
    """Black and white bars of random widths (only to look like a barcode)."""
    x = left
    while x < right:
        bar = rng.choice((1, 2, 2, 3, 4, 6))
        draw.rectangle((x, top, min(x + bar, right), bottom), fill=(15, 15, 15))
        x += bar + rng.choice((1, 2, 3, 3, 5))


def cardboard(size, rng, base=(176, 138, 92)):
    """A carton face: brown with faint flute lines and blotches."""
    img = Image.new("RGB", size, base)
    d = ImageDraw.Draw(img)
    for y in range(0, size[1], 9):
        shade = rng.randint(-8, 6)
        d.line(
            (0, y, size[0], y + rng.randint(-2, 2)),
            fill=tuple(max(0, c + shade - 6) for c in base),
            width=1,
        )
    for _ in range(30):
        cx, cy, r = rng.randrange(size[0]), rng.randrange(size[1]), rng.randint(20, 90)
        shade = rng.randint(-14, 10)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=tuple(max(0, c + shade) for c in base))
    return img.filter(ImageFilter.GaussianBlur(2))


def camera(img: Image.Image, rng: random.Random, corners, out_size, quality=84) -> bytes:
    """Finish a scene as a phone photo: seen slightly from the side (a perspective quad),
    darker towards the edges, grainy, soft, JPEG."""
    _w, _h = img.size
    # corners: where the picture's four corners are taken from (a quad inside img)
    img = img.transform(out_size, Image.QUAD, corners, resample=Image.BICUBIC)
    ow, oh = out_size
    shade = Image.new("L", out_size, 0)
    sd = ImageDraw.Draw(shade)
    for i in range(40):
        v = int(120 * (1 - i / 40) ** 2)
        sd.rectangle(
            (i * ow // 90, i * oh // 90, ow - i * ow // 90, oh - i * oh // 90),
            outline=v,
            width=max(1, ow // 90),
        )
    img = Image.composite(
        Image.new("RGB", out_size, (20, 18, 16)), img, shade.filter(ImageFilter.GaussianBlur(25))
    )
    px = img.load()
    for _ in range(ow * oh // 70):
        x, y = rng.randrange(ow), rng.randrange(oh)
        n = rng.randint(-14, 14)
        r, g, b = px[x, y]
        px[x, y] = (min(255, max(0, r + n)), min(255, max(0, g + n)), min(255, max(0, b + n)))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def office_scan(page: Image.Image, rng: random.Random, skew: float) -> bytes:
    """Finish a page as a sheet-fed office scanner would: grey paper, a small skew, toner
    dust, a faint streak down the page, slightly soft; 8-bit grey PNG."""
    page = page.convert("L")
    page = page.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=238)
    w, h = page.size
    d = ImageDraw.Draw(page)
    streak = rng.randint(w // 4, 3 * w // 4)
    d.line((streak, 0, streak + 3, h), fill=222, width=2)
    px = page.load()
    for _ in range(w * h // 500):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.choice((60, 90, 200))
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    page = ImageOps.autocontrast(page, cutoff=0)
    buf = io.BytesIO()
    page.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# =================================================================== pictures


def filter_case_photo() -> bytes:
    """s02: the end of a crushed case of 16x25x1 MERV 11 filters with its printed label and
    our shipping sticker, on the warehouse floor."""
    rng = random.Random(SEEDS["s02"])
    scene = Image.new("RGB", (1800, 1400), (96, 98, 100))
    box = cardboard((1500, 1150), rng)
    scene.paste(box, (150, 120))
    d = ImageDraw.Draw(scene)
    # the crushed corner, lower right: a fold and torn flaps
    d.polygon([(1350, 1270), (1650, 880), (1650, 1270)], fill=(92, 66, 40))
    for _ in range(9):
        x0, y0 = rng.randint(1420, 1640), rng.randint(950, 1260)
        d.line(
            (x0, y0, x0 - rng.randint(60, 200), y0 - rng.randint(20, 120)),
            fill=(60, 42, 24),
            width=rng.choice((3, 4, 6)),
        )
    # the maker's printed label
    d.rectangle((230, 190, 1190, 760), fill=(246, 246, 240))
    ink = (18, 18, 18)
    print_text(d, (265, 215), "PLEATED AIR FILTER", 62, ink, bold=1)
    print_text(d, (265, 300), "16X25X1   MERV 11", 66, ink, bold=1)
    print_text(d, (265, 395), "CASE OF 12", 54, ink)
    print_text(d, (265, 470), "ITEM HVC-FLT-1625-M11", 56, ink, bold=1)
    fake_barcode(d, rng, 265, 560, 760, 690)
    print_text(d, (800, 600), "061234516251", 44, ink)
    # our shipping sticker
    d.rectangle((1230, 210, 1610, 560), fill=(250, 226, 90))
    print_text(d, (1250, 230), "BRIGHTWATER", 40, ink, bold=1)
    print_text(d, (1250, 300), "SO-104238", 46, ink, bold=1)
    print_text(d, (1250, 370), "PO-60418", 46, ink, bold=1)
    print_text(d, (1250, 440), "CTN 7 OF 10", 38, ink)
    pen(scene, (300, 880), "CRUSH - TUAN", rng, px=96, ink=(20, 20, 20), weight=2)
    return camera(scene, rng, (40, 30, 60, 1370, 1770, 1390, 1760, 10), (1500, 1160))


def packing_slip_photo() -> bytes:
    """s04: the packing slip of SO-104235 on a clipboard, Ray's pen marks beside two lines."""
    rng = random.Random(SEEDS["s04"])
    scene = Image.new("RGB", (1900, 1500), (70, 58, 48))
    d = ImageDraw.Draw(scene)
    d.rounded_rectangle((120, 60, 1780, 1460), 30, fill=(150, 110, 60))  # clipboard
    d.rectangle((760, 30, 1140, 130), fill=(170, 170, 176))  # the clip
    d.rectangle((190, 150, 1710, 1420), fill=(244, 243, 236))  # the slip
    ink = (22, 22, 22)
    print_text(d, (230, 175), "BRIGHTWATER SUPPLY CO.", 54, ink, bold=1)
    print_text(d, (230, 245), "PACKING SLIP", 46, ink)
    print_text(d, (1100, 180), "SO-104235", 50, ink, bold=1)
    print_text(d, (1100, 245), "PO-77830", 50, ink, bold=1)
    print_text(d, (230, 320), "SHIP VIA ODFL   FROM DC-SOUTH   11/04/2026", 36, ink)
    d.line((220, 380, 1680, 380), fill=ink, width=3)
    print_text(d, (230, 395), "ITEM", 36, ink, bold=1)
    print_text(d, (700, 395), "DESCRIPTION", 36, ink, bold=1)
    print_text(d, (1330, 395), "ORD", 36, ink, bold=1)
    print_text(d, (1480, 395), "SHIP", 36, ink, bold=1)
    d.line((220, 445, 1680, 445), fill=ink, width=2)
    rows = (
        ("VLV-3100-CK", "3in CI SWING CHECK FLG", "6", "6"),
        ("FTG-BI-U-150", "1-1/2in BLK MI UNION", "40", "40"),
        ("HVC-CND-PUMP", "CONDENSATE PUMP 115V", "8", "8"),
        ("PMP-CIRC-015", "CIRCULATOR 1/25 HP", "4", "4"),
    )
    y = 470
    for item, desc, ordered, shipped in rows:
        print_text(d, (230, y), item, 38, ink)
        print_text(d, (700, y), desc, 34, ink)
        print_text(d, (1345, y), ordered, 38, ink)
        print_text(d, (1495, y), shipped, 38, ink)
        y += 95
    d.line((220, y, 1680, y), fill=ink, width=2)
    print_text(d, (230, y + 30), "RECEIVED BY: ____________________", 34, ink)
    blue = (20, 30, 120)
    pen(scene, (1580, 462), "got 7", rng, px=54, ink=blue, slant=0.1, weight=1)
    pen(scene, (1580, 557), "36", rng, px=58, ink=blue, slant=0.1, weight=1)
    pen(scene, (250, y + 110), "unions short 4", rng, px=64, ink=blue, slant=0.1, weight=1)
    pen(scene, (250, y + 200), "check valve 1 extra", rng, px=64, ink=blue, slant=0.1, weight=1)
    pen(scene, (1250, y + 290), "Ray", rng, px=64, ink=blue, slant=0.1, weight=1)
    return camera(scene, rng, (90, 20, 50, 1480, 1870, 1460, 1830, 40), (1520, 1200))


def form_page(title_lines, rows, width=1700, height=2200):
    """A blank printed form: a title, then one labelled rule per field; returns the page
    and the y of each field's rule."""
    page = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(page)
    y = 70
    for text, px in title_lines:
        print_text(d, (90, y), text, px, 15, bold=1 if px > 40 else 0)
        y += px + 22
    d.rectangle((80, y, width - 80, y + 6), fill=30)
    y += 50
    at = {}
    for key, text in rows:
        print_text(d, (100, y), text, 34, 25)
        d.line((640, y + 44, width - 110, y + 44), fill=110, width=2)
        at[key] = y
        y += 100
    return page, at


def damage_report_scan() -> bytes:
    """s10: Harbor Point's receiving damage report for the forked heater, by hand."""
    rng = random.Random(SEEDS["s10"])
    page, at = form_page(
        (("HARBOR POINT PROPERTY MANAGEMENT", 48), ("RECEIVING DAMAGE REPORT", 44)),
        (
            ("date", "Date received:"),
            ("site", "Property / location:"),
            ("carrier", "Carrier:"),
            ("po", "Our PO number:"),
            ("item", "Item:"),
            ("ordered", "Qty on delivery:"),
            ("damaged", "Qty damaged:"),
            ("what", "Describe damage:"),
            ("what2", ""),
            ("noted", "Noted on carrier receipt?"),
            ("by", "Received by:"),
        ),
    )
    values = {
        "date": "11/11/2026",
        "site": "Ghent Commons boiler rm",
        "carrier": "ESTES",
        "po": "70288",
        "item": "50 gal gas water heater",
        "ordered": "3 heaters + 3 exp tanks",
        "damaged": "1 heater",
        "what": "crate forked, jacket dented",
        "what2": "drain valve broken off",
        "noted": "YES",
        "by": "L. Ortega",
    }
    for key, text in values.items():
        pen(page, (680, at[key] - 8), text, rng, px=46, ink=35, slant=0.12, wobble=2.0)
    print_text(
        ImageDraw.Draw(page),
        (100, 1500),
        "Send a copy to the supplier within 24 hours of delivery.",
        28,
        90,
    )
    return office_scan(page, rng, 0.7)


def service_ticket_scan() -> bytes:
    """s31: Keystone's service ticket for the seized circulator, by hand."""
    rng = random.Random(SEEDS["s31"])
    page, at = form_page(
        (("KEYSTONE MECHANICAL CONTRACTORS", 48), ("SERVICE TICKET  No. 4418", 44)),
        (
            ("date", "Date:"),
            ("site", "Site:"),
            ("equip", "Equipment:"),
            ("po", "Supplier / PO:"),
            ("found", "Found:"),
            ("found2", ""),
            ("qty", "Qty failed:"),
            ("action", "Action:"),
            ("tech", "Technician:"),
        ),
    )
    values = {
        "date": "11/27/2026",
        "site": "Aston Twp fire hall boiler rm",
        "equip": "1/25 HP circulator",
        "po": "Brightwater PO-76115",
        "found": "motor seized, capacitor burnt",
        "found2": "pump installed Oct 2025",
        "qty": "1",
        "action": "replaced from stock, old one tagged",
        "tech": "N. Ostrowski",
    }
    for key, text in values.items():
        pen(page, (680, at[key] - 8), text, rng, px=46, ink=30, slant=0.15, wobble=2.2)
    return office_scan(page, rng, -0.6)


# =================================================================== the PDF


def debit_memo_pdf() -> bytes:
    """s24: Keystone's debit memo for the copper price difference on INV-88098."""
    pdf = FPDF(format="Letter", unit="pt")
    pdf.set_creation_date(dt.datetime(2026, 11, 23, 14, 12, 5, tzinfo=dt.UTC))
    pdf.set_title("Debit memo DM-1123")
    pdf.set_author("Keystone Mechanical Contractors - Accounts Payable")
    pdf.set_margins(54, 54, 54)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 22, "Keystone Mechanical Contractors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(
        0,
        14,
        "2201 Chichester Ave, Boothwyn, PA 19061  -  Accounts Payable  -  610-555-0144",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(18)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 20, "DEBIT MEMO  DM-1123", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(6)
    for left, right in (
        ("To: Brightwater Supply Co., Accounts Receivable", "Date: 11/23/2026"),
        ("Your invoice: INV-88098 (10/26/2026)", "Our PO: PO-77790 (Lansdowne Ave apartments)"),
    ):
        pdf.cell(290, 15, left)
        pdf.cell(0, 15, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    widths = (150, 60, 80, 80, 70, 64)
    heads = ("Item", "Qty", "Invoiced", "PO price", "Diff/ea", "Amount")
    pdf.set_font("Helvetica", "B", 10)
    for w, h in zip(widths, heads):
        pdf.cell(w, 18, h, border=1, align="C")
    pdf.ln(18)
    pdf.set_font("Helvetica", "", 10)
    row = ("1in type L copper 20ft", "30", "$76.40", "$71.80", "$4.60", "$138.00")
    for w, v in zip(widths, row):
        pdf.cell(w, 18, v, border=1, align="L" if w == 150 else "R")
    pdf.ln(18)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(sum(widths[:-1]), 18, "Total debit", border=1, align="R")
    pdf.cell(widths[-1], 18, "$138.00", border=1, align="R")
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        14,
        "Reason: price discrepancy. The 30 lengths of 1in type L hard copper (our part "
        "KM-20100) were invoiced at $76.40 per length against the agreed PO price of "
        "$71.80. Credit memo requested for $138.00, quoting DM-1123. All other "
        "lines of INV-88098 agree with the PO and the receiving report.",
    )
    pdf.ln(24)
    pdf.cell(0, 14, "Prepared by: M. Vega        Approved: D. Ruiz", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# =================================================================== mail composition


def fold(text: str, width: int = WIDTH) -> str:
    """Fold each paragraph line longer than width; keep indents of list items. Quoted
    lines are left alone: `quoted` is given text folded at this width already."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):  # quotes come folded already
            out.append(line)
            continue
        stripped = line.lstrip(" ")
        indent = line[: len(line) - len(stripped)]
        hang = indent
        for mark in ("- ", "* ", "1. ", "2. ", "3. ", "4. "):
            if stripped.startswith(mark):
                hang = indent + " " * len(mark)
        out.extend(
            textwrap.wrap(
                line, width, subsequent_indent=hang, break_long_words=False, break_on_hyphens=False
            )
        )
    return "\n".join(out)


def quoted(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}".rstrip() if line else mark for line in text.split("\n"))


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp(html: str) -> str:
    return quopri.encodestring(html.encode("ascii"), quotetabs=False).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


class Mail:
    """One message, written out by hand so every byte is fixed."""

    def __init__(self, sender, subject, date, msgid, to=DESK, cc=None, extra=()):
        self.head = [("From", sender), ("To", to)]
        if cc:
            self.head.append(("Cc", cc))
        self.head += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
        self.head += list(extra)
        self.head.append(("MIME-Version", "1.0"))

    @staticmethod
    def text_part(body: str) -> str:
        return (
            'Content-Type: text/plain; charset="us-ascii"\n'
            "Content-Transfer-Encoding: 7bit\n\n" + fold(body).rstrip("\n") + "\n"
        )

    @staticmethod
    def html_part(html: str) -> str:
        return (
            'Content-Type: text/html; charset="us-ascii"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html).rstrip("\n") + "\n"
        )

    @staticmethod
    def file_part(data: bytes, ctype: str, name: str) -> str:
        return (
            f'Content-Type: {ctype}; name="{name}"\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(data)
        )

    @staticmethod
    def multipart(kind: str, boundary: str, parts) -> str:
        body = "".join(f"--{boundary}\n{p}" for p in parts) + f"--{boundary}--\n"
        return f'Content-Type: multipart/{kind};\n\tboundary="{boundary}"\n\n' + body

    def build(self, text=None, html=None, files=(), boundary=None, alt_boundary=None) -> bytes:
        if html is not None and text is not None:
            content = self.multipart(
                "alternative",
                alt_boundary or boundary,
                [self.text_part(text), self.html_part(html)],
            )
        elif html is not None:
            content = self.html_part(html)
        else:
            content = self.text_part(text)
        if files:
            parts = [content] + [self.file_part(*f) for f in files]
            content = self.multipart("mixed", boundary, parts)
        head = "".join(f"{k}: {v}\n" for k, v in self.head)
        raw = crlf(head + content)
        data = raw.encode("ascii")
        for line in data.split(b"\r\n"):
            assert len(line) <= 78, line
        return data


# =================================================================== people

TOM = """\
Tom Morales
Mechanical PM - Keystone Mechanical Contractors
2201 Chichester Ave, Boothwyn, PA 19061
cell 610-555-0133 | office 610-555-0100"""

KAREN = """\
Karen Liu
Office & Dispatch, Riverbend Plumbing & Heating
19 Evesham Rd, Voorhees, NJ 08043
856-555-0117"""

RAJ = """\
Raj Patel | Field Ops Manager
Summit HVAC Services
3780 Roberts Rd, Hilliard, OH 43026
614-555-0148"""

LUIS = """\
Luis Ortega, Facilities Supervisor
Harbor Point Property Management
4700 Shore Dr, Virginia Beach, VA 23455
757-555-0121"""

ROSA = """\
Rosa Delgado
Office - Delgado & Sons Plumbing
2210 Route 130, Cinnaminson, NJ 08077
856-555-0182"""

NADIA = """\
Nadia Ferreira
Returns Desk | Brightwater Supply Co."""

OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22B91)")


# =================================================================== the bodies

S01 = f"""\
Colin,

Thursday's R+L drop for the school didn't make it in one piece. Something heavy came down on the top tier of the pallet, and when the guys broke it down this morning we found 4 of the 2" gate valves with cracked bonnets and 25 of the 1" copper 90s squashed oval. None of them are usable.

Everything below the top tier looks fine, and the PRVs and PEX off the second truck are all good.

Please get the 4 valves and the 25 elbows credited or replaced, whichever is quicker. I've copied the returns desk so they have it.

Tom

{TOM}

From: Colin Marsh <cmarsh@brightwatersupply.example>
Sent: Tuesday, November 3, 2026 4:06 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: PO-77812 / Folsom Elementary - delivery Thursday

Tom - heads up on SO-104233. The first truck (R+L, out of DC-EAST) is carrying the 2" bronze gates (40) and 150 of the copper 90s and is due Thursday. The second truck (Estes, DC-WEST) brings the 12 PRVs and 6 coils of 3/4" PEX on Friday. Call me if the GC wants a different drop time.

Colin Marsh
Inside Sales | Brightwater Supply Co.
215-555-0190
"""

S02 = """\
Hello Brightwater,

This is Tuan from Summit warehouse. Your truck bring the PO-60418 on Thursday, I finish the count only today.

Wifi thermostat: paper say 12, I count 11 box only. Missing one thermostat.

Filter 16x25x1: two case is crush in the bottom of the pallet, the filter inside is bend and the frame is break. I attach picture of one case. We cannot use this two case.

Other thing is OK, the 20 non-programmable thermostat is correct.

Please send the missing one and make credit for the 2 case of filter.

Thank you
Tuan Nguyen
Warehouse - Summit HVAC Services
614-555-0153
"""

S03 = """\
Good morning

My name is Hector, I work with Rosa in Delgado & Sons. Friday we take from your counter the PO-40988. Yesterday in the job we open the box of the black unions 1-1/2 inch and two unions is cracked in the body, one have the nut split also. We dont can install this. Two unions damaged.

Please we need two new or the credit. I have the pieces in the truck if you want see.

Thanks you
Hector Ramirez
Delgado & Sons Plumbing
cel 856-555-0186
"""

S04_RAY = """\
Tom,
I count the ODFL delivery from Friday today.
- check valves 3" (KM-88502): slip says 6, we have 7 on the floor. One extra, we did not order it.
- unions 1-1/2 (KM-40415): slip says 40, box has 36. Four are missing.
- condensate pumps 8 and circulators 4, all good.
Picture of the slip is attached.
Ray"""

S04 = f"""\
Returns -

Ray's count on PO-77830 is below, photo of the slip attached. We're short on the unions and have one check valve too many. Send a pickup for the extra valve and let me know on the unions.

Thanks
Tom

{TOM}

-----Original Message-----
From: Ray Kowalczyk <rkowalczyk@keystonemech.com>
Sent: Monday, November 9, 2026 5:12 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: PO 77830 count - Folsom job

{S04_RAY}
"""

S05 = f"""\
Hi,

Quick one on PO 24519 (UPS, Friday). We ordered ten bags of the 1/2" PEX crimp couplings and twelve bags came in the carton, so you overshipped us by 2 bags. Everything else on the order counted out right.

We don't want to be billed for the extra 2 bags. How do you want them back? We can hand them to your driver on the next delivery.

Thanks,
Karen

{KAREN}
"""

S06 = f"""\
Good morning,

Westover Towers got PO 70231 off your truck Monday afternoon. Two problems once we unpacked it:

Thermostats - 3 of the non-programmable thermostats are damaged: cracked screens, and the back plate snapped off one of them. They were in the carton that got crushed under the register boxes.

Floor registers - we ordered 60 of the 10x6 white registers. We counted twice and there are only 50, so 10 short.

The filters are fine. Please credit or replace the 3 thermostats and send the 10 missing registers.

Thank you,
{LUIS}
"""

S07 = f"""\
Correction, sorry - it's 3 extra bags, not 2. Mike found another bag of the 1/2" crimp couplings in his van that came out of the same carton, so 13 bags came against the 10 we ordered. Please make the pickup for 3 bags.

Karen

On Tue, Nov 10, 2026 at 3:05 PM Karen Liu <office@riverbendph.com> wrote:
{quoted(fold(S05))}
"""

S08 = f"""\
Hi Nadia,

Hector already wrote to you about the unions from PO-40988. One more thing from the same pickup: two of the 20 ft pieces of 2" black pipe you cut for us got bent while they were being loaded onto our truck at your dock - the forklift forks caught them. That's 40 feet of pipe damaged; it won't thread straight.

I know cut pipe is special, but this was damaged before it left your yard. Can you credit or recut the 40 ft?

Thanks,
Rosa

{ROSA}
"""

S09 = """\
nadia - 8 bags of the 1/2 pex crimp couplings left from po-77731, job is done, dont need them. all still sealed. can u set up a return, ill bring them to the counter friday
tom

Get Outlook for iOS
"""

S10 = f"""\
Hello,

Estes delivered PO 70288 to the Ghent Commons boiler room yesterday. One of the three 50 gallon gas water heaters came with the crate forked through: the jacket is dented in and the drain valve is broken off. We noted it on the driver's receipt. 1 heater damaged; the other two and the expansion tanks are ok.

Our receiving damage report is attached (scanned). Please send a replacement heater or issue a credit, and let me know if you need the Estes pro number.

Thank you,
{LUIS}
"""

S11 = """\
hey, the r+l delivery yesterday for po 24530. one of the 3/4 prvs came with the bell cracked, box was smashed in on the corner. and the 1 inch copper 90s were 240 not 250, counted twice, 10 short. rest ok. need the prv replaced and credit the 10 elbows
mike
"""

S12_DESK = f"""\
Hello Tuan,

Thank you - we have opened a shortage case for 1 TST-7500-PRO and a damage case for 2 cases of HVC-FLT-1625-M11 on SO-104238. Our warehouse will recount.

{NADIA}"""

S12 = f"""\
Hello Nadia,

Sorry, my mistake. Today we move the filter cases and the one wifi thermostat I say is missing was inside the filter pallet, under the plastic wrap. So we have all 12 now, nothing is missing. Please cancel the missing thermostat, we dont need credit or to send.

The 2 crush filter cases is still bad, that one stay the same like before.

Thank you
Tuan

On Mon, Nov 9, 2026 at 3:02 PM Brightwater Returns <{DESK_ADDR}> wrote:
{quoted(fold(S12_DESK))}
"""

S13 = f"""\
Hello,

This one is a little unusual. UPS left a shipment for Summit HVAC (they service the rooftop units for us) at the Westover Towers loading dock on Thursday, and we signed for it. The packing slip says SO-104244 / PO-60455. Summit picked up the rest of it on Friday but left two of the condensate pumps here with me, because both are smashed - housings cracked and the float switches rattling loose. Raj asked me to report them since it was our signature on the delivery.

Please credit or replace the 2 damaged pumps. They are in our storeroom whenever your driver comes by.

Thanks,
{LUIS}
"""

S14 = f"""\
Hi Nadia,

We collected PO-60455 from the Harbor Point dock on Friday (Luis is writing you about the two pumps, I'll leave that one with him).

1. Non-programmable thermostats: one inner pack of 4 is the 7-day programmable model. The carton label says non-programmable, but the units inside are not. So 4 of the 12 are the wrong item. We need 4 of the right ones, and we'll send the 4 programmables back.

2. Filters: the Westover RTU job takes 15 cases, not 20 - I overestimated. The other 5 cases are not needed, still wrapped. Please take them back.

Thanks,
Raj

{RAJ}
"""

S15 = f"""\
Nadia,

The ceiling crew at the Grove City clinic finally got to the floor registers from PO-60377 yesterday. We ordered 30 of the 10x6 white registers and there were 26 in the cartons - 4 short. I know these came in on the 2nd with the tile, sorry it took us this long to open those boxes.

Can you send the 4 or credit them?

Raj

{RAJ}
"""

S16_TEXT = """\
Hi there,

I'm the property manager at Lafayette Court, one of Harbor Point's buildings. Luis usually handles you folks, but he's buried in the Ghent boiler room this week, so you get me! Hope that's ok.

Your driver dropped our order yesterday (PO 70296) and he was lovely, but the dolly tipped coming off the ramp and the box of floor registers went down hard on the concrete. I've been through them with our porter: eight of the registers are bent, corners folded and the dampers won't open or close. The rest of the box is fine, and the ball valves are all good.

We're repainting the first-floor units next week and I'd love to have those 8 replaced before the painters come through. Could you send eight new ones (or credit them, if that's easier on your end)?

Thanks so much, and happy almost-Thanksgiving!

Alisha Greene
Property Manager, Lafayette Court
Harbor Point Property Management
757-555-0127
"""

S16_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-US"><div class="WordSection1" style="font-family:Aptos,sans-serif;font-size:12pt">
<p>Hi there,</p>
<p>I'm the property manager at Lafayette Court, one of Harbor Point's buildings. Luis usually
handles you folks, but he's buried in the Ghent boiler room this week, so you get me! Hope
that's ok.</p>
<p>Your driver dropped our order yesterday (PO 70296) and he was lovely, but the dolly tipped
coming off the ramp and the box of floor registers went down hard on the concrete. I've been
through them with our porter: <b>eight of the registers are bent</b>, corners folded and the
dampers won't open or close. The rest of the box is fine, and the ball valves are all good.</p>
<p>We're repainting the first-floor units next week and I'd love to have those 8 replaced
before the painters come through. Could you send eight new ones (or credit them, if that's
easier on your end)?</p>
<p>Thanks so much, and happy almost-Thanksgiving!</p>
<p>Alisha Greene<br>Property Manager, Lafayette Court<br>Harbor Point Property Management<br>
757-555-0127</p>
</div></body></html>
"""

S17 = """\
To our distribution partners,

Apex has identified a machining variation on the adjusting screw of a limited run of 3/4" water pressure reducing valves (your item VLV-0750-PRV, our model PRV-75). Affected valves carry date codes 2609 through 2611. In rare cases the outlet pressure may creep above the setting over several hours.

No action is needed for valves that hold their set pressure. If one of your customers reports a valve that creeps, please replace it from your stock and return the defective valve to us under an Apex RMA with the date code noted; Apex will credit the full cost. We expect about 1 valve in 400 to be affected.

Please share this bulletin with your counter and returns staff.

Apex Valve Co - Technical Service
1-800-555-0147
"""

S18_HTML = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
td {font-size:10.0pt; font-family:"Calibri",sans-serif; padding:1pt 5pt;}
--></style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hi Nadia,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I hope your week is going well! I'm going through your November statement
before our check run on Friday, and I wanted to send you where we stand on each open invoice so
nothing falls through the cracks over the holiday. Sorry in advance, this got long.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><b>Invoice</b></td><td><b>Our PO</b></td><td><b>Amount</b></td><td><b>Status</b></td></tr>
<tr><td>INV-88080</td><td>PO-77731</td><td>$939.00</td><td>paid 11/13, check 20417</td></tr>
<tr><td>INV-88090</td><td>PO-77760</td><td>$1,510.80</td><td>scheduled 11/20</td></tr>
<tr><td>INV-88098</td><td>PO-77790</td><td>$3,429.20</td><td>on hold - see below</td></tr>
<tr><td>INV-88120</td><td>PO-77812</td><td>$2,798.50</td><td>on hold - see below</td></tr>
<tr><td>INV-88121</td><td>PO-77812</td><td>$2,080.80</td><td>scheduled 11/20</td></tr>
<tr><td>INV-88133</td><td>PO-77830</td><td>$2,641.20</td><td>on hold - see below</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">INV-88120: Tom told me he already reported the crushed gate valves and
copper 90s from that delivery, so I'm only holding it until that credit shows up. Nothing new
from me on it.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">INV-88098: Marisol in our office is sending you a separate debit memo on
the copper pricing, please keep that with her paperwork and not this email.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">INV-88133: this one is mine. The condensate pumps are billed at $64.90
each, but our PO-77830 has them at $61.50, so we were overcharged $3.40 on each of the eight
pumps - $27.20 in all. Could you send us a credit memo covering that? We'll pay the
invoice in full as soon as it's here.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Also, our remit-to address hasn't changed, but we did get a new W-9 signed
this month; I'll mail it to your AR team with Friday's checks. And if your office closes early
on Wednesday, could someone let me know? I'd like to call about the statement format before
the end of the month.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thanks so much for your patience with all of this!</p>
<p class="MsoNormal">Dana</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dana Ruiz | AP Lead<br>Keystone Mechanical Contractors<br>
610-555-0140 | ap@keystonemech.com</p>
</div></body></html>
"""

S19 = """\
Hello,

I am foreman for Keystone Mechanical at the Folsom Elementary school. I write from my own email because the company laptop is in the shop.

One of the 3/4 PRV (box says VLV 0750 PRV) from your order SO-104233 is defective. We set it on 55 psi on Monday, this morning the gauge show 85 psi and the relief valve on the water heater is dripping. We tested it two times, same result. I took it out and put a spare.

Please send one new PRV. Tom Morales knows about this.

Thank you
Ray Kowalczyk
foreman, Keystone Mechanical
cell 610-555-0171
"""

S20_MARCO = """\
Karen - pressure tested the risers today. One of the 20' sticks of 1" type L from the Cooper St order is bad: a pinhole right in the wall of the tube about 6 ft from one end, not at a joint - you can see the flaw in the seam. So 1 length defective, I cut it out and used a stick from the shop.

Also we have 40 of the 2" PVC tees left over since the stack change, still in the box.

Marco"""

S20 = f"""\
Hi Nadia,

Below is Marco's note from the Cooper St job (our PO-24460). Two things, please: arrange a return of the 40 PVC tees - we don't need them anymore, the drain stack went to cast iron - and the bad stick of copper he describes is for warranty.

Thanks,
Karen

{KAREN}

---------- Forwarded message ---------
From: Marco Bellini <mbellini@riverbendph.com>
Date: Wed, Nov 18, 2026 at 4:47 PM
Subject: Cooper St
To: Karen Liu <office@riverbendph.com>

{S20_MARCO}
"""

S21_TEXT = """\
Hello,

On INV-88184 (our PO-60455) the non-programmable thermostats are billed at $28.90 each. Raj says he was quoted $26.50 for this job, so we were overcharged $2.40 x 12 = $28.80. Could we get a credit for the price difference on the dozen thermostats?

Thank you,
Linda Chu
AP Specialist, Summit HVAC Services
614-555-0160
"""

S21_HTML = """\
<div dir="ltr"><div>Hello,</div><div><br></div>
<div>On INV-88184 (our PO-60455) the non-programmable thermostats are billed at $28.90 each.
Raj says he was quoted $26.50 for this job, so we were overcharged $2.40 x 12 = $28.80. Could
we get a credit for the price difference on the dozen thermostats?</div>
<div><br></div><div>Thank you,</div>
<div>Linda Chu<br>AP Specialist, Summit HVAC Services<br>614-555-0160</div></div>
"""

S22 = """\
Hi,

We're closing out the Lansdowne Ave apartments. We ordered 200 of the 1" copper 90s on PO-77790 and the crew only used 15 of them - the rest, 185 elbows, are not needed and are still in the bags. Please send an RA so we can bring them back while we're still inside the return window.

Thanks,
Jen Albright
Project Manager
Keystone Mechanical Contractors
610-555-0136
"""

S23 = f"""\
Hi,

Could you pass this on to Colin? We need the following for the Cooper St job, shipped by Wednesday if possible:

- 24 x 3/4" ball valves, sweat (VLV-0075-BV)
- 4 of the 3/4" PRVs
- 100 of the 1" copper 90s

Same pricing as PO-24530, please. Our PO will be PO-24602. And could the PRVs be boxed a little better than last time? One of them came with the bell cracked.

Thanks,
Karen

{KAREN}
"""

S24 = """\
Hello,

Attached is our debit memo DM-1123 against invoice INV-88098, our PO-77790. Your invoice bills the hard copper (1" type L, 20 ft lengths) at $76.40 per length, while the PO price is $71.80: 30 lengths x $4.60 = $138.00 overcharged.

Kindly credit the $138.00 price difference against DM-1123. The other lines of INV-88098 are fine.

Regards,
Marisol Vega
Accounts Payable Clerk
Keystone Mechanical Contractors
610-555-0144
"""

S25 = """\
nadia, 2 of the 3/4 ball valves from po 70296 are no good. installed them fri at lafayette ct, handles turn but they dont shut off, water still coming thru. defective. pls send 2 new ones
luis

Sent from my Verizon, Samsung Galaxy smartphone
"""

S26 = f"""\
Nadia,

Two problems from the Wallingford clinic job, PO-77760:

Three of the Wi-Fi thermostats are defective. They power up, but the display freezes on the logo screen and they never join the network - we tried a factory reset on each one. The other five are installed and fine.

The 16x25x1 filters: we finally opened them for the AHU startup, and all 12 cases are MERV 8, not the MERV 11 we ordered (the spec calls for 11). Wrong item - please send 12 cases of MERV 11 and pick these up.

Tom

{TOM}
"""

S27_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="EN-US"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Before we decide anything: if we return unopened non-programmable thermostats from PO 70231
(we ordered 10 and have 7 on the shelf since the 3 damaged ones were replaced), what
restocking fee would apply, and is there a time limit? The Westover project may not need them
after all.</p>
<p>We are not requesting a return yet - I just need the numbers for a budget meeting on
Tuesday.</p>
<p>Regards,<br>Grace Kim<br>Payables, Harbor Point Property Management<br>
757-555-0138</p>
</div></body></html>
"""

S28 = """\
Karen asked me to write you. The 3" RPZ on PO-24415 is still in the crate, never installed - the engineer swapped it for a double check assembly, so we no longer need it. Can we send it back for credit? We'd eat a restocking fee.

Mike O'Brien, lead tech
Riverbend P&H  c. 856-555-0129
"""

S29 = f"""\
Hi Nadia,

Hector opened the last bag of the 1" copper 90s from PO-40962 for the Moorestown house and they are 45s, not 90s - the bag label says 90 but all 25 in it are 45 degree elbows. Wrong item. We need 25 of the 90s and you can have the 45s back.

Thank you,
{ROSA}
"""

S30 = f"""\
Hi,

Before I pay INV-88180 (PO 24530) this week: Mike reported the 10 copper elbows short and the cracked PRV on that delivery on the 13th. Has the credit for the 10 elbows been posted yet? If not, I'll short pay by $29.00 and attach a note. Nothing new to report, I just need to know which way to do it.

Thanks,
Karen

{KAREN}
"""

S31 = """\
Hello,

Keystone service department here. One of the 1/25 HP circulators from PO-76115 (the Aston Township fire hall boiler job, delivered last October) has failed: the motor is seized and the capacitor is burnt. Defective - we would like a warranty replacement for that 1 circulator. Our service ticket is attached.

Nate Ostrowski
Service Coordinator
Keystone Mechanical Contractors
610-555-0158
"""

S32 = f"""\
Hi Nadia,

The Moorestown job is done and we have 3 sticks of the 1" type L copper left from PO-40962, full 20 ft lengths, never cut. We don't need them. Could they go back for credit? Hector can drop them at the counter.

Thank you,
{ROSA}
"""

S33 = """\
Hello

The electric heater 40 gallon we buy for the house in Audubon, PO 41077, no heat. The top element and the bottom element we check with the meter, both is good, the upper thermostat is dead, no power go to the elements. The heater is new, one week. Defective, we need change the heater.

Thank you
Hector Ramirez
Delgado & Sons
856-555-0186
"""

S34 = """\
Nadia - the 3 check valves on PO 24561 came in Monday for the Bellmawr pump station. One of the three has a cracked flange, looks like it got dropped, the crate had a corner busted. 1 damaged check valve, need a replacement asap. The other 2 are ok and going in this week.

Mike
"""

S35_DESK = f"""\
Hello Rosa,

We've opened a wrong-item case on SO-104231 and a replacement order for 25 FTG-CU-E90-100. Please keep the 45s for our driver.

{NADIA}"""

S35 = f"""\
Hi Nadia, any date yet for the 25 copper 90s? The replacement order shows on your portal but not as shipped, and Hector needs them Friday. If it's easier we can pick them up at the counter.

Thanks, Rosa

On Wed, Nov 25, 2026 at 10:02 AM Brightwater Returns <{DESK_ADDR}> wrote:
{quoted(fold(S35_DESK))}
"""

S36 = """\
Hi Nadia,

Thank you for the credit memos: the $27.20 for the pump pricing and the one for the crushed gate valves and 90s from the PO-77812 delivery both hit our December statement. Marisol tells me the copper debit memo was matched too. We've released the hold on INV-88120 and it goes out with Friday's checks.

Enjoy the holidays,
Dana

Dana Ruiz | AP Lead
Keystone Mechanical Contractors
610-555-0140 | ap@keystonemech.com
"""

S37_DESK = f"""\
Raj,

The 4 non-programmable thermostats for SO-104244 shipped today; our driver will pick up the 4 programmable units. The return of the 5 cases of filters is approved, please have them ready.

{NADIA}"""

S37 = f"""\
On Tue, Nov 17, 2026 at 2:20 PM Brightwater Returns <{DESK_ADDR}> wrote:
{quoted(fold(S37_DESK))}

Thanks, got them. Two more from that order now that Westover is finished:

- one of the condensate pumps we installed quit after a week. Float switch works, motor hums but it doesn't pump. Defective, need a replacement for the 1 pump.
- we have 2 of the non-programmable stats left over, the tenant in 4B kept his old one. Don't need them, still boxed. Can they go back with the pump?

Raj

{RAJ}
"""

PORTAL_S38 = {
    "order_number": "SO-104214",
    "lines": [{"sku": "VLV-3100-CK", "quantity": 1, "reason": "WRONG_ITEM"}],
    "note": (
        "Second pump at the Lindenwold lift station was set this week. The 3 inch check valve "
        "we pulled for it from this order is a wafer check, not the flanged swing check "
        "that is on the order. Please send the right valve and pick this one up."
    ),
}

UPLOAD_S39 = """\
KEYSTONE MECHANICAL CONTRACTORS - SHOP INVENTORY
RECEIVING DISCREPANCY

Supplier:  Brightwater Supply Co.
Order:     SO-104226 (our PO-77790, Lansdowne Ave apartments)
Counted:   11/30/2026, after job close-out

Item:      1" brass ball valve, full port, threaded (VLV-1005-BV)
Shipped / invoiced:   36
Counted (installed + on shelf):   40
Result:    4 pcs overshipped - extra units, not ours. Please arrange a pickup.

All other lines of this order reconcile.

Counted by: J. Pham, shop
"""

UPLOAD_S40 = """\
Hello,

I bought a thermostat at your Maple Shade counter last month and paid cash, so I don't
have an order number (and I lost the receipt). It's the 7-day Wi-Fi one, the box says
TST-7500-PRO. It worked for two weeks and now the screen stays blank, even with new
batteries, and the C wire tests at 24 V. It's defective. Can I get a replacement for
this 1 thermostat?

Walter Pruszynski
27 Linwood Ave, Oaklyn, NJ 08107
856-555-0104
"""


# =================================================================== the mailbox


def ol_id(tag: str) -> str:
    return f"<{tag}@{tag[:12]}.namprd14.prod.outlook.com>"


def mailbox():
    """(file name, bytes) of every email, in name order."""
    m = []

    def add(name, mail, **kw):
        m.append((name, mail.build(**kw)))

    add(
        "s01-keystone-reply-gates-elbows-crushed.eml",
        Mail(
            "Tom Morales <tmorales@keystonemech.com>",
            "RE: PO-77812 / Folsom Elementary - delivery Thursday",
            "Mon, 09 Nov 2026 08:14:37 -0500",
            ol_id("SA1PR14MB5520C31D0B7E49"),
            to="Colin Marsh <cmarsh@brightwatersupply.example>",
            cc=DESK,
            extra=(("In-Reply-To", "<bw-cm-20261103-1606@brightwatersupply.example>"), OUTLOOK),
        ),
        text=S01,
    )
    add(
        "s02-summit-warehouse-stat-missing-filters-crushed.eml",
        Mail(
            "Tuan Nguyen <warehouse@summithvac.net>",
            "PO-60418 receive problem",
            "Mon, 09 Nov 2026 13:40:12 -0500",
            "<CAG7tN2qv0Wd5Lr8Xe1Pk3Ys9Hb6Fm4Ju2Zc7Ta@mail.gmail.com>",
        ),
        text=S02,
        files=((filter_case_photo(), "image/jpeg", "20261109_131522.jpg"),),
        boundary="000000000000f1a26c0624c8e901",
    )
    add(
        "s03-delgado-yard-unions-cracked.eml",
        Mail(
            "Hector Ramirez <hector@delgadosons.com>",
            "unions broken PO-40988",
            "Tue, 10 Nov 2026 07:52:04 -0500",
            "<8c41e07a-2b9d-4f1e-a6c3-55d09e1b7f20@delgadosons.com>",
            extra=(("User-Agent", "Android Mail"),),
        ),
        text=S03,
    )
    add(
        "s04-keystone-fwd-foreman-check-valve-extra-unions-short.eml",
        Mail(
            "Tom Morales <tmorales@keystonemech.com>",
            "FW: PO 77830 count - Folsom job",
            "Tue, 10 Nov 2026 09:30:48 -0500",
            ol_id("SA1PR14MB55209F02A6C1D8"),
            extra=(OUTLOOK,),
        ),
        text=S04,
        files=((packing_slip_photo(), "image/jpeg", "IMG_2291.jpg"),),
        boundary="_004_SA1PR14MB55209F02A6C1D8_",
    )
    add(
        "s05-riverbend-crimp-bags-extra.eml",
        Mail(
            "Karen Liu <office@riverbendph.com>",
            "PO 24519 - extra crimp couplings",
            "Tue, 10 Nov 2026 15:05:27 -0500",
            "<CAF3kLq8Rz1Wn6Tb0Ye4Pd9Mx2Hs7Jc5Gv3Ua8N@mail.gmail.com>",
        ),
        text=S05,
    )
    add(
        "s06-harbor-stats-cracked-registers-short.eml",
        Mail(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "PO 70231 - Westover Towers delivery problems",
            "Wed, 11 Nov 2026 08:20:55 -0500",
            "<hp.lo.20261111132055.41@harborpointpm.com>",
        ),
        text=S06,
    )
    add(
        "s07-riverbend-correction-three-extra-bags.eml",
        Mail(
            "Karen Liu <office@riverbendph.com>",
            "Re: PO 24519 - extra crimp couplings",
            "Wed, 11 Nov 2026 10:45:03 -0500",
            "<CAF3kLq2Vw8Xe5Rn1Tc7Yb4Pz0Ms6Hd9Ju3Ga2K@mail.gmail.com>",
            extra=(
                ("In-Reply-To", "<CAF3kLq8Rz1Wn6Tb0Ye4Pd9Mx2Hs7Jc5Gv3Ua8N@mail.gmail.com>"),
                ("References", "<CAF3kLq8Rz1Wn6Tb0Ye4Pd9Mx2Hs7Jc5Gv3Ua8N@mail.gmail.com>"),
            ),
        ),
        text=S07,
    )
    add(
        "s08-delgado-black-pipe-bent-at-dock.eml",
        Mail(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "PO-40988 - bent pipe",
            "Wed, 11 Nov 2026 14:10:39 -0500",
            ol_id("BL1PR11MB6024E7A93C02F5"),
            extra=(OUTLOOK,),
        ),
        text=S08,
    )
    add(
        "s09-keystone-phone-crimp-bags-leftover.eml",
        Mail(
            "Tom Morales <tmorales@keystonemech.com>",
            "crimp couplings 77731",
            "Thu, 12 Nov 2026 07:35:21 -0500",
            "<BY5PR14MB3C52E91AF4D68@BY5PR14MB3C52.namprd14.prod.outlook.com>",
            extra=(("X-Mailer", "Outlook for iOS"),),
        ),
        text=S09,
    )
    add(
        "s10-harbor-gas-heater-forked-scan.eml",
        Mail(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "Damaged gas water heater - PO 70288",
            "Thu, 12 Nov 2026 11:02:16 -0500",
            "<hp.lo.20261112160216.07@harborpointpm.com>",
        ),
        text=S10,
        files=((damage_report_scan(), "image/png", "damage report 70288.png"),),
        boundary="----=_hp_20261112160216_07",
    )
    add(
        "s11-riverbend-phone-prv-cracked-elbows-short.eml",
        Mail(
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "po 24530",
            "Fri, 13 Nov 2026 09:18:44 -0500",
            "<E1C95A08-7F3D-4B2A-9C61-0D8E4B27F5A3@riverbendph.com>",
            extra=(IPHONE,),
        ),
        text=S11,
    )
    add(
        "s12-summit-warehouse-found-thermostat.eml",
        Mail(
            "Tuan Nguyen <warehouse@summithvac.net>",
            "Re: Case opened - PO-60418",
            "Fri, 13 Nov 2026 12:50:30 -0500",
            "<CAG7tN2xB4Qe7Wm1Rs9Lk6Vp3Dz8Yc0Hf5Ng2Ju@mail.gmail.com>",
            extra=(("In-Reply-To", "<bw-rd-20261109-1502.0288@brightwatersupply.example>"),),
        ),
        text=S12,
    )
    add(
        "s13-harbor-pumps-smashed-on-summit-order.eml",
        Mail(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "smashed condensate pumps - Summit's order SO-104244",
            "Mon, 16 Nov 2026 08:05:19 -0500",
            "<hp.lo.20261116130519.62@harborpointpm.com>",
        ),
        text=S13,
    )
    add(
        "s14-summit-wrong-stats-filters-not-needed.eml",
        Mail(
            "Raj Patel <raj.patel@summithvac.net>",
            "PO-60455 - wrong stats + 5 cases filters back",
            "Mon, 16 Nov 2026 10:40:02 -0500",
            "<CAB2rP5mK8Wq1Xv4Tn7Ld0Ys3Fe6Hj9Gc2Zb5Ra@mail.gmail.com>",
        ),
        text=S14,
    )
    add(
        "s15-summit-registers-short-late.eml",
        Mail(
            "Raj Patel <raj.patel@summithvac.net>",
            "PO-60377 registers",
            "Tue, 17 Nov 2026 09:12:50 -0500",
            "<CAB2rP5tY3Nc6Wd9Qe2Lm5Vx8Rb1Hk4Fs7Jg0Pa@mail.gmail.com>",
        ),
        text=S15,
    )
    add(
        "s16-harbor-manager-registers-bent.eml",
        Mail(
            "Alisha Greene <agreene@harborpointpm.com>",
            "Registers for Lafayette Court (PO 70296)",
            "Tue, 17 Nov 2026 13:25:41 -0500",
            ol_id("CH0PR17MB3308A1F4E6D27B"),
            extra=(OUTLOOK,),
        ),
        text=S16_TEXT,
        html=S16_HTML,
        alt_boundary="_000_CH0PR17MB3308A1F4E6D27B_",
    )
    add(
        "s17-apex-prv-service-bulletin.eml",
        Mail(
            "Apex Valve Co - Technical Service <techservice@apexvalve.example>",
            'Service Bulletin SB-26-14: 3/4" PRV adjusting screw',
            "Wed, 18 Nov 2026 08:50:00 -0500",
            "<sb-26-14.20261118135000@apexvalve.example>",
            to="undisclosed-recipients:;",
        ),
        text=S17,
    )
    add(
        "s18-keystone-ap-statement-pump-price.eml",
        Mail(
            "Dana Ruiz <ap@keystonemech.com>",
            "November statement - where we stand",
            "Wed, 18 Nov 2026 11:30:26 -0500",
            ol_id("MW4PR14MB7051B26E9F0A3C"),
            extra=(OUTLOOK,),
        ),
        html=S18_HTML,
    )
    add(
        "s19-keystone-foreman-yahoo-prv-creeps.eml",
        Mail(
            "Ray K <raykowalczyk.plumb@yahoo.com>",
            "PRV problem SO-104233",
            "Wed, 18 Nov 2026 16:40:09 -0500",
            "<1204771853.5512908.1763502009118@mail.yahoo.com>",
            extra=(("X-Mailer", "WebService/1.1.24562 YMailNorrin"),),
        ),
        text=S19,
    )
    add(
        "s20-riverbend-fwd-tech-copper-pinhole-tees-back.eml",
        Mail(
            "Karen Liu <office@riverbendph.com>",
            "Fwd: Cooper St",
            "Thu, 19 Nov 2026 09:05:33 -0500",
            "<CAF3kLq6Tb2Yd9Wn4Rx1Pe7Ms0Hc3Jv5Gz8Ua1Q@mail.gmail.com>",
        ),
        text=S20,
    )
    add(
        "s21-summit-ap-stat-price-quote.eml",
        Mail(
            "Linda Chu <ap@summithvac.net>",
            "INV-88184 price on thermostats",
            "Thu, 19 Nov 2026 14:15:58 -0500",
            "<CAD9lC4wN1Xr7Tb3Qe6Ym0Vk5Hs2Pf8Jd4Zg1Lu@mail.gmail.com>",
        ),
        text=S21_TEXT,
        html=S21_HTML,
        alt_boundary="0000000000004b7e2a0624e3c51d",
    )
    add(
        "s22-keystone-pm-copper-elbows-leftover.eml",
        Mail(
            "Jen Albright <jalbright@keystonemech.com>",
            "Lansdowne Ave - return copper 90s (PO-77790)",
            "Fri, 20 Nov 2026 08:30:14 -0500",
            ol_id("SA1PR14MB4418D05C7B2E91"),
            extra=(OUTLOOK,),
        ),
        text=S22,
    )
    add(
        "s23-riverbend-new-order-request.eml",
        Mail(
            "Karen Liu <office@riverbendph.com>",
            "new order for Cooper St - please pass to Colin",
            "Fri, 20 Nov 2026 11:10:47 -0500",
            "<CAF3kLq0Xe4Nb8Wt2Ry6Pd1Mk9Hv5Jc3Gs7Ua0F@mail.gmail.com>",
        ),
        text=S23,
    )
    add(
        "s24-keystone-ap-debit-memo-copper-pdf.eml",
        Mail(
            "Marisol Vega <mvega@keystonemech.com>",
            "Debit memo DM-1123 - INV-88098 copper price",
            "Mon, 23 Nov 2026 09:40:05 -0500",
            ol_id("MW4PR14MB2936F7A0C4B15E"),
            extra=(OUTLOOK,),
        ),
        text=S24,
        files=((debit_memo_pdf(), "application/pdf", "DM-1123.pdf"),),
        boundary="_002_MW4PR14MB2936F7A0C4B15E_",
    )
    add(
        "s25-harbor-phone-ball-valves-leak-through.eml",
        Mail(
            "Luis Ortega <maintenance@harborpointpm.com>",
            "lafayette ct ball valves",
            "Mon, 23 Nov 2026 13:20:38 -0500",
            "<6D0F2B94-A3E1-47C5-B8D9-1E72C4A05F6B@harborpointpm.com>",
        ),
        text=S25,
    )
    add(
        "s26-keystone-wifi-stats-dead-filters-merv8.eml",
        Mail(
            "Tom Morales <tmorales@keystonemech.com>",
            "PO-77760 - stats dead + filters are MERV 8",
            "Tue, 24 Nov 2026 08:45:17 -0500",
            ol_id("SA1PR14MB5520E48B1D9C06"),
            extra=(OUTLOOK,),
        ),
        text=S26,
    )
    add(
        "s27-harbor-ap-restocking-question.eml",
        Mail(
            "Grace Kim <payables@harborpointpm.com>",
            "Unopened thermostats - restocking fee?",
            "Tue, 24 Nov 2026 10:55:29 -0500",
            ol_id("CH0PR17MB6612C9D0A3E47F"),
            extra=(OUTLOOK,),
        ),
        html=S27_HTML,
    )
    add(
        "s28-riverbend-rpz-not-needed.eml",
        Mail(
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "Mount Laurel RPZ - send back?",
            "Tue, 24 Nov 2026 15:30:52 -0500",
            "<A7F3C1E0-5B2D-4E98-B06A-3C9D8F14E27B@riverbendph.com>",
            extra=(IPHONE,),
        ),
        text=S28,
    )
    add(
        "s29-delgado-elbows-45s-not-90s.eml",
        Mail(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "PO-40962 - wrong elbows in one bag",
            "Wed, 25 Nov 2026 09:20:40 -0500",
            ol_id("BL1PR11MB60245B1E08D7A3"),
            extra=(OUTLOOK,),
        ),
        text=S29,
    )
    add(
        "s30-riverbend-credit-status-before-paying.eml",
        Mail(
            "Karen Liu <office@riverbendph.com>",
            "INV-88180 - has the credit posted?",
            "Mon, 30 Nov 2026 08:40:11 -0500",
            "<CAF3kLq9Wd3Ye7Rb1Tn5Px2Ms8Hf0Jc6Gz4Ua9B@mail.gmail.com>",
        ),
        text=S30,
    )
    add(
        "s31-keystone-service-circulator-2025-scan.eml",
        Mail(
            "Nate Ostrowski <service@keystonemech.com>",
            "circulator warranty - PO-76115",
            "Mon, 30 Nov 2026 10:15:44 -0500",
            ol_id("SA1PR14MB7702A9C3F15D84"),
            extra=(OUTLOOK,),
        ),
        text=S31,
        files=((service_ticket_scan(), "image/png", "ticket 4418.png"),),
        boundary="_003_SA1PR14MB7702A9C3F15D84_",
    )
    add(
        "s32-delgado-copper-sticks-leftover-late.eml",
        Mail(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "return copper - PO-40962",
            "Tue, 01 Dec 2026 09:00:58 -0500",
            ol_id("BL1PR11MB6024C2D7E9A01F"),
            extra=(OUTLOOK,),
        ),
        text=S32,
    )
    add(
        "s33-delgado-heater-unknown-po.eml",
        Mail(
            "Hector Ramirez <hector@delgadosons.com>",
            "heater no work PO 41077",
            "Tue, 01 Dec 2026 14:30:25 -0500",
            "<f02b6c19-8d4e-4a73-b1e5-7c93a0d26e48@delgadosons.com>",
            extra=(("User-Agent", "Android Mail"),),
        ),
        text=S33,
    )
    add(
        "s34-riverbend-check-valve-cracked-new-order.eml",
        Mail(
            "Mike O'Brien <mike.obrien@riverbendph.com>",
            "cracked check valve PO 24561",
            "Wed, 02 Dec 2026 08:55:36 -0500",
            "<0C8B4E27-D16A-4F93-A5E0-92B7C3F18D46@riverbendph.com>",
            extra=(IPHONE,),
        ),
        text=S34,
    )
    add(
        "s35-delgado-where-are-replacement-elbows.eml",
        Mail(
            "Rosa Delgado <rosa@delgadoplumbing.com>",
            "RE: Case opened - SO-104231 wrong item",
            "Wed, 02 Dec 2026 13:10:09 -0500",
            ol_id("BL1PR11MB60247F3A2C8E5D"),
            extra=(
                ("In-Reply-To", "<bw-rd-20261125-1002.0611@brightwatersupply.example>"),
                OUTLOOK,
            ),
        ),
        text=S35,
    )
    add(
        "s36-keystone-ap-thanks-credits.eml",
        Mail(
            "Dana Ruiz <ap@keystonemech.com>",
            "Credits on the December statement - thanks",
            "Thu, 03 Dec 2026 10:00:33 -0500",
            ol_id("MW4PR14MB70518C4D2B7E10"),
            extra=(OUTLOOK,),
        ),
        text=S36,
    )
    add(
        "s37-summit-bottom-post-pump-dead-stats-left.eml",
        Mail(
            "Raj Patel <raj.patel@summithvac.net>",
            "Re: Case update - SO-104244",
            "Fri, 04 Dec 2026 09:30:21 -0500",
            "<CAB2rP5qH6Vn0Xw3Te8Ld1Ym4Ks7Rb2Fj5Gc9Pu@mail.gmail.com>",
            extra=(("In-Reply-To", "<bw-rd-20261117-1420.0733@brightwatersupply.example>"),),
        ),
        text=S37,
    )
    return m


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in mailbox():
        (OUT / name).write_bytes(data)
    (OUT / "s38-portal-check-valve-wrong-type.json").write_bytes(
        (json.dumps(PORTAL_S38, indent=2) + "\n").encode("ascii")
    )
    (OUT / "s39-upload-shop-count-ball-valves-over.txt").write_bytes(
        UPLOAD_S39.replace("\n", "\r\n").encode("ascii")
    )
    (OUT / "s40-upload-landlord-thermostat-cash-sale.txt").write_bytes(UPLOAD_S40.encode("ascii"))


if __name__ == "__main__":
    main()
