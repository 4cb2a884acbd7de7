"""Build every request file of heldout45: 37 emails with their attachments, 1 portal form, 2 uploads.

    .venv/bin/python sample_docs/heldout45/make_attachments.py [OUT_DIR]

OUT_DIR defaults to requests/ beside this file. The emails are assembled with the standard
library's email package; the attachments are made here:

- PDFs with a text layer (fpdf2): the customers' own claim, return and report forms, multi-page
  packets, our invoice with typed notes in a slanted blue "pen" face, a W-9, a price sheet;
- scans and phone photos (Pillow + numpy): packing lists and invoices marked up in pen, receiving
  slips, product and carton labels;
- workbooks (openpyxl) and CSV files with the customers' own column names.

The output is the same bytes on every run: no clock is read; randomness (pen wobble, paper grain,
photo noise) comes from numpy generators seeded with a SHA-256 of the picture's name; PDFs get a
fixed creation date (fpdf2 derives the /ID from the content); workbooks are re-zipped with fixed
member times and fixed dcterms dates; Message-IDs and MIME boundaries are hashes of the file name.
Pictures use the DejaVu and Liberation TrueType fonts from /usr/share/fonts/truetype.
"""

import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
WE = "Northgate Trade Supply"
WE_ADDR = "4100 Commerce Pkwy, Dock 3"

PDF_MIME = ("application", "pdf")
PNG_MIME = ("image", "png")
JPG_MIME = ("image", "jpeg")
XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CSV_MIME = ("text", "csv")


# ------------------------------------------------------------------ hashing and time


def digest(*parts: str, size: int = 16) -> str:
    """Hex digest of the parts, stable across runs."""
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:size]


def seeded(name: str) -> np.random.Generator:
    return np.random.default_rng(int(digest("rng", name, size=15), 16))


def at(stamp: str, utc_offset: int) -> dt.datetime:
    """A local time 'YYYY-MM-DD HH:MM:SS' at UTC+utc_offset hours."""
    zone = dt.timezone(dt.timedelta(hours=utc_offset))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)


# ------------------------------------------------------------------ email assembly


def message_id(key: str, style: str, domain: str) -> str:
    if style == "outlook":
        core = digest("mid", key, size=40).upper()
        return f"<{core[:12]}{core[12:28]}@{core[28:36]}.namprd{int(core[36:38], 16) % 19 + 1:02d}.prod.outlook.com>"
    if style == "gmail":
        core = digest("mid", key, size=30)
        return f"<CAK{core[:10]}+{core[10:22]}=Q{core[22:]}@mail.gmail.com>"
    if style == "apple":
        core = digest("mid", key, size=32).upper()
        return f"<{core[:8]}-{core[8:12]}-{core[12:16]}-{core[16:20]}-{core[20:32]}@{domain}>"
    if style == "tbird":
        core = digest("mid", key, size=32)
        return f"<{core[:8]}-{core[8:12]}-{core[12:16]}-{core[16:20]}-{core[20:32]}@{domain}>"
    core = digest("mid", key, size=24)
    return f"<{core[:14]}.{core[14:]}@mail.{domain}>"


BOUNDARY_STYLES = {
    "outlook": lambda k, i: f"_00{i}_{digest('bd', k, str(i), size=30).upper()}_",
    "gmail": lambda k, i: f"0000000000{digest('bd', k, str(i), size=18)}",
    "apple": lambda k, i: f"Apple-Mail={digest('bd', k, str(i), size=32).upper()}",
    "tbird": lambda k, i: f"------------{digest('bd', k, str(i), size=24)}",
    "plain": lambda k, i: f"=_{digest('bd', k, str(i), size=20)}",
}


def build_mail(
    key: str,
    *,
    sender: str,
    to: str,
    subject: str,
    when: dt.datetime,
    body: str,
    style: str = "plain",
    html: str | None = None,
    files: tuple = (),
    cc: str | None = None,
    extra: tuple = (),
    reply_to_mid: str | None = None,
    domain: str = "example.com",
) -> bytes:
    """One RFC 822 message. files: (data, (maintype, subtype), filename[, 'inline'])."""
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(key, style, domain)
    if reply_to_mid:
        msg["In-Reply-To"] = reply_to_mid
        msg["References"] = reply_to_mid
    for name, value in extra:
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for item in files:
        data, (maintype, subtype), filename = item[:3]
        disposition = item[3] if len(item) > 3 else "attachment"
        msg.add_attachment(
            data, maintype=maintype, subtype=subtype, filename=filename, disposition=disposition
        )
    make_boundary = BOUNDARY_STYLES[style if style in BOUNDARY_STYLES else "plain"]
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(make_boundary(key, number))
    out = io.BytesIO()
    BytesGenerator(out, policy=policy.default.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


def html_of(text: str, font: str = "Calibri, sans-serif") -> str:
    """A plain HTML rendering of a text body, the way a desktop client sends it."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(
            line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            for line in block.split("\n")
        )
        paras.append(f'<p class="MsoNormal">{inner}</p>')
    joined = "\n".join(paras)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div style="font-family:{font};font-size:11pt">\n{joined}\n</div></body></html>\n'
    )


# ------------------------------------------------------------------ PDFs


class Sheet(FPDF):
    """fpdf2 with a pinned creation date; a footer line with a page count when asked."""

    def __init__(self, made: dt.datetime, footer: str = "", landscape: bool = False) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="Letter")
        self.set_creation_date(made)
        self.footer_text = footer
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.alias_nb_pages()

    def footer(self) -> None:
        if not self.footer_text:
            return
        self.set_y(-13)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def pen_face(self) -> None:
        if "penhand" not in self.fonts:
            self.add_font("PenHand", "", str(FONTS / "dejavu" / "DejaVuSans-Oblique.ttf"))

    def pen_note(self, x: float, y: float, text: str, size: float = 12, angle: float = 2.0) -> None:
        """A note 'written' in blue ink: a slanted face, a little rotated."""
        self.pen_face()
        self.set_font("PenHand", "", size)
        self.set_text_color(24, 48, 160)
        with self.rotation(angle, x, y):
            self.text(x, y, text)
        self.set_text_color(0, 0, 0)

    def grid(
        self,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9,
        height: float = 6.5,
        shade: int = 230,
        align: str = "",
    ) -> None:
        """Bordered rows; the first is the heading. Refuses text wider than its cell."""
        for r, row in enumerate(rows):
            self.set_font("Helvetica", "B" if r == 0 else "", size)
            self.set_fill_color(shade, shade, shade)
            for c, (width, text) in enumerate(zip(widths, row, strict=True)):
                if self.get_string_width(text) > width - 1.2:
                    raise ValueError(f"too wide for {width} mm: {text!r}")
                how = align[c] if c < len(align) else "L"
                self.cell(width, height, text, border=1, align=how, fill=r == 0)
            self.ln(height)

    def label_value(
        self, pairs: list[tuple[str, str]], label_w: float = 38, size: float = 9.5
    ) -> None:
        for label, value in pairs:
            self.set_font("Helvetica", "B", size)
            self.cell(label_w, 6, label)
            self.set_font("Helvetica", "", size)
            self.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str, size: float = 10, height: float = 5.2, style: str = "") -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    def data(self) -> bytes:
        return bytes(self.output())


# ------------------------------------------------------------------ workbooks and CSV


def workbook_bytes(wb: Workbook, made: dt.datetime, author: str) -> bytes:
    """Save, then rewrite the zip with fixed member times and fixed core dates."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = made.replace(tzinfo=None)
    wb.properties.modified = made.replace(tzinfo=None)
    raw = io.BytesIO()
    wb.save(raw)
    stamp = made.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(fixed, "w") as dst:
        for entry in src.infolist():
            content = src.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        rf"\g<1>{stamp}\g<2>",
                        text,
                    )
                content = text.encode("utf-8")
            member = zipfile.ZipInfo(entry.filename, date_time=(2026, 11, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return fixed.getvalue()


def fill_sheet(ws, rows: list[list], widths: list[float], head_color: str = "DDEBF7") -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if r == 1:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=head_color)
    for c, width in enumerate(widths):
        ws.column_dimensions[chr(65 + c)].width = width


def csv_bytes(rows: list[list], crlf: bool = True) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return out.getvalue().encode("utf-8")


# ------------------------------------------------------------------ pictures

INK = (22, 46, 150)
INK_DARK = (28, 28, 40)
MARKER = (20, 20, 24)
RED_PEN = (180, 24, 30)


def face(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


def put(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    size: int = 26,
    font: str = "LiberationSans-Regular",
    color: tuple[int, int, int] = (18, 18, 18),
) -> None:
    ImageDraw.Draw(img).text(xy, text, font=face(font, size), fill=color)


def scrawl(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    gen: np.random.Generator,
    size: int = 34,
    color: tuple[int, int, int] = INK,
    font: str = "DejaVuSans-Oblique",
    wobble: float = 1.4,
) -> int:
    """Pen writing: word by word, each a little rotated and lifted. Returns the end x."""
    x, y = xy
    letters = face(font, size)
    for word in text.split():
        _, _, right, bottom = letters.getbbox(word)
        tile = Image.new("RGBA", (right + 10, bottom + 12), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((5, 4), word, font=letters, fill=(*color, 240))
        tile = tile.rotate(float(gen.uniform(-wobble, wobble)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(gen.integers(-2, 3))), tile)
        x += right + int(size * 0.34) + int(gen.integers(-1, 3))
    return x


def ruled_table(
    img: Image.Image,
    x: int,
    y: int,
    widths: list[int],
    row_h: int,
    rows: int,
    color: tuple[int, int, int] = (70, 70, 70),
    line: int = 2,
) -> list[int]:
    """Horizontal and vertical rules of a table; returns the left x of each column."""
    draw = ImageDraw.Draw(img)
    lefts = [x]
    for width in widths:
        lefts.append(lefts[-1] + width)
    for r in range(rows + 1):
        draw.line([(x, y + r * row_h), (lefts[-1], y + r * row_h)], fill=color, width=line)
    for left in lefts:
        draw.line([(left, y), (left, y + rows * row_h)], fill=color, width=line)
    return lefts


def underline_mark(
    img: Image.Image,
    x0: int,
    x1: int,
    y: int,
    gen: np.random.Generator,
    color: tuple[int, int, int] = INK,
    width: int = 3,
) -> None:
    pts = [(x, y + float(gen.normal(0, 0.8))) for x in range(x0, x1 + 1, 12)]
    ImageDraw.Draw(img).line(pts, fill=color, width=width)


def as_scan(img: Image.Image, name: str, scale: float = 1.0) -> bytes:
    """A flatbed scan to greyscale PNG: faint skew, off-white paper, light grain, few grey levels."""
    gen = seeded(name)
    grey = img.convert("L")
    if scale != 1.0:
        grey = grey.resize((int(grey.width * scale), int(grey.height * scale)), Image.LANCZOS)
    grey = grey.rotate(float(gen.uniform(-0.5, 0.5)), resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(grey, dtype=np.float32)
    arr = 238 - (255 - arr) * 0.93 + gen.normal(0, 3.0, arr.shape)
    arr = np.clip(arr, 0, 255)
    arr = np.round(arr / 17) * 17
    out = Image.fromarray(arr.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.4))
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def as_photo(
    img: Image.Image,
    name: str,
    tilt: float = 1.8,
    table: tuple[int, int, int] = (108, 92, 78),
    margin: int = 60,
    quality: int = 78,
    max_side: int = 1600,
) -> bytes:
    """A phone photo: the sheet a bit rotated on a table, light falling off to one corner, grain."""
    gen = seeded(name)
    sheet = img.convert("RGB")
    canvas = Image.new("RGB", (sheet.width + 2 * margin, sheet.height + 2 * margin), table)
    canvas.paste(sheet, (margin, margin))
    canvas = canvas.rotate(float(gen.uniform(-tilt, tilt)), resample=Image.BICUBIC, fillcolor=table)
    arr = np.asarray(canvas, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = gen.uniform(0.2, 0.8) * w, gen.uniform(0.2, 0.8) * h
    light = 1.0 - 0.16 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2) * 2
    arr = arr * light[..., None] * np.array([1.0, 0.985, 0.95]) + gen.normal(0, 4.0, arr.shape)
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    if max(photo.size) > max_side:
        ratio = max_side / max(photo.size)
        photo = photo.resize((int(photo.width * ratio), int(photo.height * ratio)), Image.LANCZOS)
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def paper(width: int, height: int, tint: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (width, height), tint)


# ================================================================== the pictures


def packing_list_page(ship: dict, name: str) -> Image.Image:
    """Our packing list for one shipment, as printed at the DC, before the pen marks."""
    img = paper(1700, 2200)
    put(img, (110, 100), WE.upper(), 46, "LiberationSans-Bold")
    put(img, (110, 160), f"{WE_ADDR}  -  Distribution Center {ship['site']}", 26)
    put(img, (1150, 100), "PACKING LIST", 44, "LiberationSans-Bold")
    put(img, (1150, 160), f"Shipment {ship['shipment']}", 28)
    fields = [
        ("Sold to:", ship["customer"]),
        ("Order no.:", ship["order"]),
        ("Customer PO:", ship["po"]),
        ("Ship date:", ship["ship_date"]),
        ("Carrier:", ship["carrier"]),
        ("Tracking / PRO:", ship["tracking"]),
    ]
    y = 270
    for label, value in fields:
        put(img, (110, y), label, 28, "LiberationSans-Bold")
        put(img, (420, y), value, 28)
        y += 48
    top = 610
    lefts = ruled_table(img, 110, top, [90, 380, 700, 160, 150], 80, 1 + len(ship["lines"]))
    heads = ["Ln", "Item", "Description", "Qty", "Checked"]
    for left, head in zip(lefts, heads, strict=False):
        put(img, (left + 14, top + 22), head, 28, "LiberationSans-Bold")
    for r, (sku, desc, qty) in enumerate(ship["lines"], start=1):
        y = top + r * 80 + 22
        put(img, (lefts[0] + 20, y), str(r), 28)
        put(img, (lefts[1] + 14, y), sku, 28)
        put(img, (lefts[2] + 14, y), desc, 26)
        put(img, (lefts[3] + 14, y), str(qty), 28)
    bottom = top + (1 + len(ship["lines"])) * 80
    put(
        img,
        (110, bottom + 50),
        f"Pieces: {sum(q for _, _, q in ship['lines'])}    Cartons / pallets: {ship['handling']}",
        26,
    )
    put(
        img,
        (110, bottom + 100),
        "Report shortage or damage within 5 days of delivery. Thank you for your business.",
        24,
    )
    put(img, (110, 1900), "Received by: ______________________     Date: ___________", 28)
    return img


def scan_t03(which: int) -> bytes:
    """Keystone's two marked-up packing lists for SO-104233."""
    gen = seeded(f"t03-{which}")
    if which == 1:
        ship = {
            "site": "DC-EAST",
            "shipment": "SH-55120",
            "customer": "Keystone Mechanical Contractors",
            "order": "SO-104233",
            "po": "PO-77812",
            "ship_date": "11/02/2026",
            "carrier": "R+L Carriers",
            "tracking": "RL123456789",
            "handling": "2 pallets",
            "lines": [
                ("VLV-2210-BR", '2" bronze gate valve, threaded', 40),
                ("FTG-CU-E90-100", '1" wrot copper 90 elbow C x C', 150),
            ],
        }
        img = packing_list_page(ship, "t03-1")
        scrawl(img, (1462, 712), "3 dmg", gen, 30)
        scrawl(img, (1480, 792), "ok", gen, 34)
        scrawl(img, (900, 1020), "3 gate valves DAMAGED - bent stems,", gen, 36)
        scrawl(img, (900, 1075), "bottom layer of pallet crushed", gen, 36)
        scrawl(img, (330, 1868), "T. Morales", gen, 36, INK_DARK)
        scrawl(img, (800, 1868), "11/5/26", gen, 34, INK_DARK)
    else:
        ship = {
            "site": "DC-WEST",
            "shipment": "SH-55121",
            "customer": "Keystone Mechanical Contractors",
            "order": "SO-104233",
            "po": "PO-77812",
            "ship_date": "11/03/2026",
            "carrier": "Estes Express",
            "tracking": "ES4410391264",
            "handling": "1 pallet, 6 coils",
            "lines": [
                ("VLV-0750-PRV", '3/4" pressure reducing valve 25-75', 12),
                ("PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil', 6),
            ],
        }
        img = packing_list_page(ship, "t03-2")
        scrawl(img, (1480, 712), "ok", gen, 34)
        scrawl(img, (1462, 792), "1 dmg", gen, 30)
        scrawl(img, (900, 1020), "1 coil DAMAGED - crushed,", gen, 36)
        scrawl(img, (900, 1075), "tubing kinked, can't use", gen, 36)
        scrawl(img, (330, 1868), "T. Morales", gen, 36, INK_DARK)
        scrawl(img, (800, 1868), "11/6/26", gen, 34, INK_DARK)
    return as_scan(img, f"t03-{which}", scale=0.72)


def form_ticket(
    title: str,
    sub: str,
    fields: list[tuple[str, str]],
    heads: list[str],
    widths: list[int],
    rows: list[list[str]],
    size: tuple[int, int] = (1500, 1100),
    tint: tuple[int, int, int] = (252, 250, 240),
) -> tuple[Image.Image, list[int], int]:
    """A printed receiving form; the printed cells are filled, pen cells are left for scrawl."""
    img = paper(*size, tint)
    put(img, (60, 44), title, 40, "LiberationSans-Bold")
    put(img, (60, 96), sub, 24)
    y = 150
    for label, value in fields:
        put(img, (60, y), label, 26, "LiberationSans-Bold")
        put(img, (300, y), value, 26)
        y += 42
    top = y + 24
    lefts = [60]
    for width in widths:
        lefts.append(lefts[-1] + width)
    draw = ImageDraw.Draw(img)
    for r in range(len(rows) + 2):
        shade = (60, 60, 60) if r in (0, 1) else (170, 170, 170)
        draw.line([(60, top + r * 70), (lefts[-1], top + r * 70)], fill=shade, width=2)
    for left, head in zip(lefts, heads, strict=False):
        put(img, (left + 10, top + 20), head, 26, "LiberationSans-Bold")
    for r, row in enumerate(rows, start=1):
        for left, text in zip(lefts, row, strict=False):
            if text:
                put(img, (left + 10, top + r * 70 + 20), text, 26)
    return img, lefts, top


def photo_t06() -> bytes:
    """Summit's receiving ticket for SO-104238, filled in by pen."""
    gen = seeded("t06")
    img, lefts, top = form_ticket(
        "SUMMIT HVAC SERVICES - RECEIVING TICKET",
        "Warehouse, 2200 Industrial Blvd    Ticket No. 4418",
        [("Vendor:", WE), ("PO / order:", "PO-60418  /  SO-104238"), ("Carrier:", "vendor truck")],
        ["Item", "Description", "PL qty", "Rec'd", "Notes"],
        [290, 300, 110, 100, 420],
        [
            ["TST-7500-PRO", "Wi-Fi thermostat", "12", "", ""],
            ["TST-2100-NP", "Digital stat 24V", "20", "", ""],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 cs", "10", "", ""],
        ],
    )
    scrawl(img, (pen_x(lefts, 3), top + 86), "11", gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 86), "1 SHORT - empty slot", gen, 30)
    scrawl(img, (pen_x(lefts, 3), top + 156), "20", gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 156), "ok", gen, 30)
    scrawl(img, (pen_x(lefts, 3), top + 226), "12", gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 226), "2 EXTRA cases", gen, 30)
    scrawl(img, (60, top + 330), "Rec'd by T. Vukovich 11/5", gen, 32, INK_DARK)
    return as_photo(img, "t06", tilt=0.5)


def pen_x(lefts: list[int], col: int) -> int:
    return lefts[col] + 12


def photo_t07() -> bytes:
    """Our will-call pick ticket for SO-104240 with Delgado's notes."""
    gen = seeded("t07")
    img, lefts, top = form_ticket(
        f"{WE.upper()} - WILL CALL PICK TICKET",
        "DC-SOUTH counter    Ticket WC-20871    11/06/2026",
        [
            ("Customer:", "Delgado & Sons Plumbing"),
            ("Order:", "SO-104240"),
            ("Cust PO:", "PO-40988"),
        ],
        ["Ln", "Item", "Description", "Qty", "UOM", "Checked"],
        [60, 290, 520, 90, 90, 450],
        [
            ["1", "PIP-BI-200-CTL", '2" black steel pipe Sch40', "120", "FT"],
            ["2", "FTG-BI-U-150", '1-1/2" black iron union', "12", "EA"],
            ["3", "VLV-1005-BV", '1" brass ball valve FP', "10", "EA"],
        ],
        size=(1620, 1050),
        tint=(250, 246, 226),
    )
    x_note = lefts[5] + 12
    scrawl(img, (x_note, top + 86), "12 ft bent DAMAGED", gen, 30)
    scrawl(img, (x_note, top + 156), "got 14 = 2 extra", gen, 30)
    scrawl(img, (x_note, top + 226), "ok", gen, 30)
    put(img, (60, top + 330), "Picked by: DS-14      Loaded by: forklift 3", 24)
    scrawl(img, (60, top + 390), "pipe hit by forklift when loading - Rosa D.", gen, 30, INK_DARK)
    return as_photo(img, "t07", tilt=0.7, table=(150, 150, 145))


def photo_t08() -> bytes:
    """Keystone's dock receiving ticket for PO-77830."""
    gen = seeded("t08")
    img, lefts, top = form_ticket(
        "KEYSTONE MECHANICAL - DOCK RECEIVING",
        "Yard 2    Receipt R-66120    Date 11/06/26",
        [("Supplier:", WE), ("Our PO:", "PO-77830"), ("Carrier:", "ODFL  PRO OD0782301177")],
        ["Part", "Description", "PO qty", "Counted", "Over / short"],
        [230, 330, 110, 130, 360],
        [
            ["VLV-3100-CK", '3" CI swing check', "6", "", ""],
            ["FTG-BI-U-150", '1-1/2" BI union', "40", "", ""],
            ["HVC-CND-PUMP", "condensate pump", "8", "", ""],
            ["PMP-CIRC-015", "circulator 1/25 HP", "4", "", ""],
        ],
    )
    for r, counted in enumerate(["6", "50", "8", "4"], start=1):
        scrawl(img, (pen_x(lefts, 3), top + r * 70 + 16), counted, gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 2 * 70 + 16), "+10 OVER", gen, 32)
    scrawl(
        img, (60, top + 5 * 70 + 40), "10 extra unions on pallet - held at yard 2   L.B.", gen, 30
    )
    return as_photo(img, "t08", tilt=0.6)


def photo_t10() -> bytes:
    """Harbor Point's receiving slip for PO-70231."""
    gen = seeded("t10")
    img, lefts, top = form_ticket(
        "HARBOR POINT PROPERTY MGMT - RECEIVING SLIP",
        "Maintenance shop, Bayview Building    Slip No. 2291",
        [("Vendor:", WE), ("PO:", "PO-70231"), ("Delivered:", "11/09/2026  vendor truck")],
        ["Item", "Description", "Ordered", "Rec'd", "Remarks"],
        [290, 330, 120, 100, 380],
        [
            ["HVC-REG-1006-W", "10x6 floor register", "60", "", ""],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11, cs", "24", "", ""],
            ["TST-2100-NP", "digital thermostat", "10", "", ""],
        ],
    )
    for r, got in enumerate(["60", "21", "10"], start=1):
        scrawl(img, (pen_x(lefts, 3), top + r * 70 + 16), got, gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 86), "ok", gen, 30)
    scrawl(img, (pen_x(lefts, 4), top + 156), "3 cs SHORT", gen, 30, RED_PEN)
    scrawl(img, (pen_x(lefts, 4), top + 226), "ok", gen, 30)
    scrawl(img, (60, top + 330), "counted twice - L. Ortega", gen, 30, INK_DARK)
    return as_photo(img, "t10", tilt=0.5, table=(96, 110, 120))


def photo_t35() -> bytes:
    """Harbor Point's receiving slip for PO-70318, an order reference we do not know."""
    gen = seeded("t35")
    img, lefts, top = form_ticket(
        "HARBOR POINT PROPERTY MGMT - RECEIVING SLIP",
        "Maintenance shop, Lakeview Towers    Slip No. 2407",
        [("Vendor:", WE), ("PO:", "PO-70318"), ("Delivered:", "12/01/2026")],
        ["Item", "Description", "Ordered", "Rec'd", "Remarks"],
        [290, 330, 120, 100, 380],
        [
            ["HVC-REG-1006-W", "10x6 floor register", "40", "", ""],
            ["VLV-0075-BV", '3/4" ball valve sweat', "12", "", ""],
        ],
    )
    scrawl(img, (pen_x(lefts, 3), top + 86), "32", gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 86), "8 SHORT", gen, 30, RED_PEN)
    scrawl(img, (pen_x(lefts, 3), top + 156), "12", gen, 32)
    scrawl(img, (pen_x(lefts, 4), top + 156), "ok", gen, 30)
    scrawl(img, (60, top + 260), "M. Webb", gen, 32, INK_DARK)
    return as_photo(img, "t35", tilt=0.6, table=(96, 110, 120))


def product_label(lines: list[tuple[str, int, str]], size: tuple[int, int]) -> Image.Image:
    img = paper(*size, (247, 247, 244))
    draw = ImageDraw.Draw(img)
    draw.rectangle([20, 20, size[0] - 20, size[1] - 20], outline=(30, 30, 30), width=4)
    y = 50
    for text, pt, font in lines:
        put(img, (60, y), text, pt, font)
        y += int(pt * 1.45)
    gen = seeded("barcode" + lines[0][0])
    x = 60
    while x < size[0] - 120:
        w = int(gen.integers(2, 7))
        draw.rectangle([x, y + 10, x + w, y + 110], fill=(15, 15, 15))
        x += w + int(gen.integers(3, 8))
    return img


def photo_t15() -> bytes:
    """Our product label on a PRV box with a marker note."""
    gen = seeded("t15")
    img = product_label(
        [
            (WE.upper(), 34, "LiberationSans-Bold"),
            ("VLV-0750-PRV", 64, "LiberationSans-Bold"),
            ('3/4" WATER PRESSURE REDUCING VALVE', 34, "LiberationSans-Regular"),
            ("25-75 PSI   LEAD FREE", 34, "LiberationSans-Regular"),
            ("QTY 1 EA      SO-104231", 34, "LiberationSans-Regular"),
        ],
        (1200, 620),
    )
    box = paper(1400, 1000, (196, 160, 112))
    box.paste(img, (100, 70))
    scrawl(
        box,
        (120, 780),
        'INSIDE IS 1/2" - WRONG ITEM',
        gen,
        52,
        MARKER,
        "DejaVuSans-BoldOblique",
        1.0,
    )
    scrawl(box, (120, 870), "2 boxes like this", gen, 46, MARKER, "DejaVuSans-BoldOblique", 1.0)
    return as_photo(box, "t15", tilt=2.0, table=(70, 70, 72), margin=30)


def photo_t17() -> bytes:
    """Our carton shipping label for SO-104246 with the receiver's note."""
    gen = seeded("t17")
    img = product_label(
        [
            (f"FROM: {WE.upper()}  DC-EAST", 30, "LiberationSans-Bold"),
            ("SHIP TO: HARBOR POINT PROPERTY MGMT", 30, "LiberationSans-Regular"),
            ("ORDER SO-104246   SHIPMENT SH-55170", 34, "LiberationSans-Bold"),
            ("ITEM VLV-0075-BV   QTY 12", 44, "LiberationSans-Bold"),
            ('3/4" BRASS BALL VALVE FP SWEAT', 30, "LiberationSans-Regular"),
            ("CARTON 1 OF 1   OWN FLEET", 30, "LiberationSans-Regular"),
        ],
        (1200, 640),
    )
    box = paper(1400, 1040, (188, 150, 104))
    box.paste(img, (100, 60))
    scrawl(
        box, (120, 780), "3 VALVES BROKEN - DAMAGED", gen, 52, MARKER, "DejaVuSans-BoldOblique", 1.0
    )
    scrawl(
        box,
        (120, 880),
        "handles snapped, carton holed",
        gen,
        42,
        MARKER,
        "DejaVuSans-BoldOblique",
        1.0,
    )
    return as_photo(box, "t17", tilt=1.8, table=(60, 62, 66), margin=30)


def photo_t21() -> bytes:
    """Keystone's defective material tag on one thermostat."""
    gen = seeded("t21")
    img = paper(1100, 1250, (250, 214, 120))
    draw = ImageDraw.Draw(img)
    draw.ellipse([500, 40, 600, 140], outline=(60, 50, 30), width=5)
    put(img, (80, 170), "KEYSTONE MECHANICAL", 46, "LiberationSans-Bold")
    put(img, (80, 235), "DEFECTIVE MATERIAL TAG", 46, "LiberationSans-Bold")
    labels = ["Part no.:", "Qty:", "PO:", "Problem:", "", "", "Tech:", "Date:"]
    y = 340
    for label in labels:
        if label:
            put(img, (80, y), label, 34, "LiberationSans-Bold")
        draw.line([(300, y + 44), (1020, y + 44)], fill=(80, 70, 40), width=2)
        y += 100
    notes = [
        "TST-7500-PRO (KM-61750)",
        "1",
        "PO-77760",
        "display dead, won't",
        "power up - 24V ok at",
        "terminals. DEFECTIVE",
        "R. Hill",
        "11/19/26",
    ]
    y = 340
    for note in notes:
        scrawl(img, (310, y - 4), note, gen, 38, INK_DARK)
        y += 100
    return as_photo(img, "t21", tilt=2.5, table=(120, 120, 118), margin=70)


def invoice_scan_t31() -> bytes:
    """Our invoice INV-88112 as the bookkeeper scanned it, with her notes."""
    gen = seeded("t31")
    img = paper(1700, 2200)
    put(img, (110, 100), WE.upper(), 46, "LiberationSans-Bold")
    put(img, (110, 160), WE_ADDR, 26)
    put(img, (1250, 100), "INVOICE", 46, "LiberationSans-Bold")
    pairs = [
        ("Invoice no.:", "INV-88112"),
        ("Invoice date:", "10/29/2026"),
        ("Order no.:", "SO-104231"),
        ("Customer PO:", "PO-40962"),
        ("Bill to:", "Delgado & Sons Plumbing"),
        ("Terms:", "Net 30"),
    ]
    y = 260
    for label, value in pairs:
        put(img, (110, y), label, 28, "LiberationSans-Bold")
        put(img, (400, y), value, 28)
        y += 48
    top = 620
    lefts = ruled_table(img, 110, top, [380, 520, 140, 200, 240], 80, 4)
    for left, head in zip(
        lefts, ["Item", "Description", "Qty", "Unit price", "Amount"], strict=False
    ):
        put(img, (left + 14, top + 22), head, 28, "LiberationSans-Bold")
    rows = [
        ("VLV-0750-PRV", '3/4" PRV 25-75 psi', "6", "94.00", "564.00"),
        ("FTG-CU-E90-100", '1" wrot copper 90 elbow', "100", "3.05", "305.00"),
        ("PIP-CU-L-100-20", '1" type L copper, 20 ft', "12", "74.20", "890.40"),
    ]
    for r, row in enumerate(rows, start=1):
        for left, text in zip(lefts, row, strict=False):
            put(img, (left + 14, top + r * 80 + 22), text, 26)
    put(img, (1130, top + 4 * 80 + 40), "Total USD  1,759.40", 30, "LiberationSans-Bold")
    underline_mark(img, lefts[3] + 10, lefts[4] - 10, top + 3 * 80 + 62, gen, RED_PEN)
    scrawl(img, (700, top + 4 * 80 + 130), "price list 2026 says 69.90 !", gen, 40, RED_PEN)
    scrawl(img, (700, top + 4 * 80 + 190), "overcharged 4.30 x 12 = 51.60", gen, 40, RED_PEN)
    scrawl(img, (700, top + 4 * 80 + 250), "ask for credit - M.A.", gen, 40, RED_PEN)
    put(img, (110, 1950), "Please remit to Northgate Trade Supply, lockbox 7720. Thank you.", 24)
    return as_scan(img.convert("RGB"), "t31", scale=0.72)


# ================================================================== the PDFs


def pdf_t01_w9() -> bytes:
    """Delgado's W-9 for the rebate program: holds no claim."""
    doc = Sheet(at("2026-11-06 09:40:00", -6))
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(
        0,
        8,
        "Form W-9  Request for Taxpayer Identification Number and Certification",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    doc.para(
        "(Substitute form, prepared by the taxpayer for a vendor rebate program. Give this form "
        "to the requester. Do not send to the IRS.)",
        8.5,
        4.4,
    )
    doc.ln(4)
    doc.label_value(
        [
            ("1 Name:", "Delgado & Sons Plumbing LLC"),
            ("2 Business name:", "Delgado & Sons Plumbing"),
            (
                "3 Classification:",
                "Limited liability company - tax classification S (S corporation)",
            ),
            ("4 Exemptions:", "Exempt payee code: none    FATCA code: none"),
            ("5 Address:", "1810 W. Alameda Ave"),
            ("6 City, state, ZIP:", "Pueblo, CO 81003"),
            ("7 Account numbers:", "Northgate customer C-1005 (rebate program 2026)"),
        ],
        label_w=44,
    )
    doc.ln(4)
    doc.set_font("Helvetica", "B", 11)
    doc.cell(0, 7, "Part I  Taxpayer Identification Number (TIN)", new_x="LMARGIN", new_y="NEXT")
    doc.label_value([("Employer ID no.:", "84-3927716")], label_w=44)
    doc.ln(3)
    doc.set_font("Helvetica", "B", 11)
    doc.cell(0, 7, "Part II  Certification", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "Under penalties of perjury, I certify that: 1. The number shown on this form is my correct "
        "taxpayer identification number; 2. I am not subject to backup withholding; 3. I am a U.S. "
        "citizen or other U.S. person; 4. The FATCA code(s) entered on this form (if any) indicating "
        "that I am exempt from FATCA reporting is correct.",
        9,
        4.8,
    )
    doc.ln(6)
    doc.label_value(
        [("Signature:", "Rosa Delgado, Managing Member"), ("Date:", "11/06/2026")], label_w=44
    )
    doc.pen_note(62, doc.get_y() - 9, "Rosa Delgado", 15, 1.0)
    return doc.data()


def our_invoice(doc: Sheet, inv: dict) -> float:
    """One page of our invoice, the way our ERP prints it."""
    doc.add_page()
    doc.set_font("Helvetica", "B", 17)
    doc.cell(110, 9, WE.upper())
    doc.cell(0, 9, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 9)
    doc.cell(0, 5, f"{WE_ADDR}   |   ar@distributor.example", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.label_value(
        [
            ("Invoice no.:", inv["number"]),
            ("Invoice date:", inv["date"]),
            ("Order no.:", inv["order"]),
            ("Customer PO:", inv["po"]),
            ("Bill to:", inv["customer"]),
            ("Terms:", "Net 30"),
        ]
    )
    doc.ln(4)
    rows = [["Ln", "Item", "Description", "Qty", "Unit price", "Amount"]]
    total = 0.0
    for n, (sku, desc, qty, price) in enumerate(inv["lines"], start=1):
        amount = qty * price
        total += amount
        rows.append([str(n), sku, desc, str(qty), f"{price:.2f}", f"{amount:,.2f}"])
    top = doc.get_y()
    doc.grid([9, 34, 56, 12, 22, 25], rows, 8.8, 8, align="LLLRRR")
    doc.ln(2)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(158, 7, f"Total USD {total:,.2f}", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 8)
    doc.set_y(250)
    doc.multi_cell(
        158,
        4.2,
        "Questions about this invoice: ar@distributor.example. Shortage or damage must "
        "be reported within 5 days of delivery. Returns need an RMA number.",
    )
    return top


def pdf_t05_marked_invoice() -> bytes:
    """Our invoice INV-88133 with Keystone AP's notes typed on in a pen face."""
    doc = Sheet(at("2026-11-10 08:12:00", -5))
    our_invoice_top = our_invoice(
        doc,
        {
            "number": "INV-88133",
            "date": "11/04/2026",
            "order": "SO-104235",
            "po": "PO-77830",
            "customer": "Keystone Mechanical Contractors",
            "lines": [
                ("VLV-3100-CK", '3" cast iron swing check', 6, 189.00),
                ("FTG-BI-U-150", '1-1/2" black iron union', 40, 10.80),
                ("HVC-CND-PUMP", "Condensate pump 115V", 8, 64.90),
                ("PMP-CIRC-015", "Circulator pump 1/25 HP", 4, 139.00),
            ],
        },
    )
    top = our_invoice_top
    for row, mark in ((1, "ok"), (2, "10 extra!"), (3, "overcharged!"), (4, "ok")):
        doc.pen_note(179, top + 8 * row + 5.5, mark, 11, 0)
    doc.pen_note(40, 150, "Ln 2 unions: we rec'd 50, PO was 40 - 10 extra,", 12, 1.0)
    doc.pen_note(40, 157, "overshipped. Pls pick up the 10.", 12, 1.0)
    doc.pen_note(40, 170, "Ln 3 pumps: PO price 61.50, billed 64.90", 12, 1.0)
    doc.pen_note(40, 177, "3.40 x 8 = 27.20 credit pls", 12, 1.0)
    doc.pen_note(120, 200, "D. Ruiz  AP  11/10", 12, 2)
    return doc.data()


def pdf_t02_receiving_packet() -> bytes:
    """Summit's daily receiving packet, three pages; our exception is on page 3."""
    doc = Sheet(
        at("2026-11-02 17:05:00", -6), footer="Summit HVAC Services - receiving packet 11/02/2026"
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 8, "SUMMIT HVAC SERVICES - DAILY RECEIVING PACKET", new_x="LMARGIN", new_y="NEXT")
    doc.para("Warehouse, 2200 Industrial Blvd.   Date: 11/02/2026   Receiver: T. Vukovich", 10)
    doc.ln(3)
    doc.grid(
        [22, 52, 24, 34, 16, 32],
        [
            ["Receipt", "Vendor", "PO", "Carrier", "Pcs", "Status"],
            ["RCV-7731", "Alder Electric Supply", "PO-60371", "UPS Ground", "14", "OK"],
            ["RCV-7732", "Corbin Sheet Metal", "PO-60362", "own truck", "38", "OK"],
            ["RCV-7733", WE, "PO-60377", "ODFL", "70", "EXCEPTION p.3"],
        ],
        9,
        7,
    )
    doc.ln(4)
    doc.para(
        "All receipts were checked against the packing lists. Exceptions are written on the receipt "
        "page and on the carrier's delivery receipt. Pages follow in receipt order.",
        9.5,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 12)
    doc.cell(0, 7, "Receipt RCV-7731 / RCV-7732", new_x="LMARGIN", new_y="NEXT")
    doc.grid(
        [24, 30, 66, 16, 16, 26],
        [
            ["Receipt", "Part", "Description", "PL", "Rec'd", "Condition"],
            ["RCV-7731", "THHN-12-BLK", "12 AWG THHN black, 500 ft", "4", "4", "OK"],
            ["RCV-7731", "QO120", "20 A single pole breaker", "10", "10", "OK"],
            ["RCV-7732", "DUCT-8X20", "8 in round duct 20 ga, 5 ft", "24", "24", "OK"],
            ["RCV-7732", "ELB-8-90", "8 in adjustable elbow", "14", "14", "OK"],
        ],
        9,
        7,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 12)
    doc.cell(0, 7, f"Receipt RCV-7733   {WE}", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("PO:", "PO-60377"),
            ("Carrier:", "ODFL  PRO OD0782290518"),
            ("Delivered:", "11/02/2026 14:20"),
        ],
        label_w=26,
    )
    doc.ln(2)
    doc.grid(
        [32, 62, 16, 16, 54],
        [
            ["Part", "Description", "PL", "Rec'd", "Condition"],
            ["CLG-TILE-24-ACU", "2x2 acoustic ceiling tile, ctn 16", "40", "40", "OK"],
            [
                "HVC-REG-1006-W",
                "10x6 steel floor register, white",
                "30",
                "30",
                "6 DAMAGED (dented)",
            ],
        ],
        9,
        7,
    )
    doc.ln(4)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "Exception", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "6 of the 30 floor registers arrived damaged: faces dented and bent, the carton was crushed "
        "at one corner. Noted on the ODFL delivery receipt. The 6 are tagged and held in bay 4. "
        "The other 24 registers and all 40 cartons of tile are fine.",
        9.5,
    )
    return doc.data()


def customer_form(doc: Sheet, company: str, title: str, number: str) -> None:
    doc.add_page()
    doc.set_fill_color(32, 64, 104)
    doc.rect(18, 14, 180, 12, style="F")
    doc.set_text_color(255, 255, 255)
    doc.set_font("Helvetica", "B", 12)
    doc.set_xy(20, 16)
    doc.cell(120, 8, company)
    doc.cell(56, 8, number, align="R")
    doc.set_text_color(0, 0, 0)
    doc.set_xy(18, 30)
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)


def pdf_t11_credit_request() -> bytes:
    doc = Sheet(at("2026-11-12 10:20:00", -5))
    customer_form(
        doc, "RIVERBEND PLUMBING & HEATING", "Material Return / Credit Request", "No. CR-1187"
    )
    doc.label_value(
        [
            ("Supplier:", WE),
            ("Supplier order #:", "SO-104230"),
            ("Our PO #:", "PO-24460"),
            ("Delivered:", "10/31/2026"),
            ("Job:", "Westfield Elementary - phase 2"),
            ("Requested by:", "Mike O'Brien"),
            ("Date:", "11/12/2026"),
        ],
        label_w=40,
    )
    doc.ln(3)
    doc.grid(
        [10, 34, 50, 12, 16, 58],
        [
            ["Ln", "Supplier item #", "Description", "Qty", "Code", "Explanation"],
            [
                "1",
                "FTG-PVC-T-200",
                '2" PVC Sch 40 tee SxSxS',
                "15",
                "DMG",
                "cracked / broken in the boxes",
            ],
            [
                "2",
                "VLV-0075-BV",
                '3/4" brass ball valve, sweat',
                "3",
                "DEF",
                "stem leaks when opened",
            ],
        ],
        8.8,
        7.5,
    )
    doc.ln(3)
    doc.para(
        "Codes: DMG damaged in transit - DEF defective, does not work - SHT short - WRG wrong item - "
        "OVR over shipped - NLN no longer needed - PRC price",
        8.5,
        4.4,
    )
    doc.ln(2)
    doc.para(
        "Notes: the tees were found when the boxes were opened at the job on 11/09. The three ball "
        "valves failed the pressure test (leak at the stem packing with the valve open).",
        9.5,
    )
    doc.ln(2)
    doc.label_value(
        [
            ("Action requested:", "[X] credit   [ ] replacement   [ ] repair"),
            ("Pickup at:", "Riverbend yard, 55 Mill Race Rd"),
        ],
        label_w=40,
    )
    return doc.data()


def pdf_t12_discrepancy() -> bytes:
    doc = Sheet(at("2026-11-13 08:05:00", -6))
    customer_form(doc, "HARBOR POINT PROPERTY MANAGEMENT", "Vendor Discrepancy Report", "VDR-0931")
    doc.label_value(
        [
            ("Vendor:", WE),
            ("Our PO:", "PO-70288"),
            ("Vendor order:", "SO-104241"),
            ("Delivered to:", "Lakeview Towers, boiler room"),
            ("Delivery date:", "11/11/2026 (Estes)"),
            ("Reported by:", "Nadia Farouk, Facilities Coordinator"),
        ],
        label_w=36,
    )
    doc.ln(2)
    sections = [
        (
            "A. Received damaged",
            [["WH-50G-NG", "50 gal NG water heater", "1", "tank dented at base, jacket crushed"]],
        ),
        (
            "B. Received but not ordered",
            [["PMP-CIRC-015", "circulator pump 1/25 HP", "2", "not on our PO - please pick up"]],
        ),
        ("C. Short / missing", [["-", "none", "-", "-"]]),
        ("D. Pricing", [["-", "none", "-", "-"]]),
    ]
    for head, rows in sections:
        doc.set_font("Helvetica", "B", 10)
        doc.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        doc.grid([32, 50, 12, 86], [["Item", "Description", "Qty", "Detail"], *rows], 8.8, 7)
        doc.ln(1)
    doc.para(
        "The damage was noted on the Estes delivery receipt. The heater is tagged and kept in the "
        "boiler room; the two pumps are boxed at the loading dock.",
        9.5,
    )
    return doc.data()


def pdf_t18_delivery_receipt() -> bytes:
    """Our signed delivery receipt for SO-104216: holds no claim."""
    doc = Sheet(at("2026-10-07 15:10:00", -6))
    doc.add_page()
    doc.set_font("Helvetica", "B", 16)
    doc.cell(0, 9, f"{WE.upper()} - DELIVERY RECEIPT", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("Shipment:", "SH-55095   DC-SOUTH   own fleet, truck 12"),
            ("Order:", "SO-104216"),
            ("Customer PO:", "PO-40917"),
            ("Customer:", "Delgado & Sons Plumbing"),
            ("Delivered:", "10/07/2026 14:45"),
        ],
        label_w=32,
    )
    doc.ln(3)
    doc.grid(
        [36, 92, 18, 30],
        [
            ["Item", "Description", "Qty", "Received"],
            ["WH-40G-EL", "40 gal electric water heater 4500 W", "2", "2"],
            ["WH-EXP-2G", "2 gal thermal expansion tank", "4", "4"],
            ["VLV-0075-BV", '3/4" brass ball valve, sweat', "20", "20"],
        ],
        9,
        7.5,
    )
    doc.ln(5)
    doc.para("Received the above in good condition unless noted.  Exceptions: none", 10)
    doc.ln(8)
    doc.label_value(
        [("Signature:", ""), ("Printed name:", "R. Delgado"), ("Driver:", "K. Moss #12")],
        label_w=32,
    )
    doc.pen_note(52, doc.get_y() - 13, "R Delgado", 15, 3)
    return doc.data()


def pdf_t19_work_order() -> bytes:
    doc = Sheet(at("2026-11-18 16:30:00", -6), footer="Harbor Point PM - work order WO-55820")
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 8, "WORK ORDER WO-55820", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("Property:", "Lakeview Towers, 400 Shore Dr"),
            ("Location:", "Boiler room B1"),
            ("Type:", "Capital replacement"),
            ("Opened:", "11/12/2026"),
            ("Closed:", "11/18/2026"),
            ("Assigned:", "Marcus Webb, Building Engineer"),
        ],
        label_w=30,
    )
    doc.ln(3)
    doc.set_font("Helvetica", "B", 11)
    doc.cell(0, 7, "Description of work", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "Replace two 50 gal gas water heaters serving the north riser. Drain and remove the old units, "
        "set the new heaters, re-pipe the gas and vent connectors, add thermal expansion tanks on the "
        "cold supply, fill, purge, light off and check for leaks. Tenants notified 11/13.",
        9.8,
    )
    doc.ln(2)
    doc.grid(
        [30, 88, 20, 26],
        [
            ["Date", "Labor", "Hours", "Tech"],
            ["11/16/2026", "Drain, disconnect, remove old heaters", "5.5", "M. Webb"],
            ["11/17/2026", "Set heaters, gas and vent connections", "7.0", "M. Webb"],
            ["11/18/2026", "Expansion tanks, fill, start-up, tests", "4.0", "J. Ruiz"],
        ],
        9,
        7,
    )
    doc.ln(2)
    doc.para("Parts and materials: see page 2.", 9.8, style="I")
    doc.add_page()
    doc.set_font("Helvetica", "B", 12)
    doc.cell(0, 7, "Parts and materials", new_x="LMARGIN", new_y="NEXT")
    doc.grid(
        [30, 58, 12, 26, 54],
        [
            ["Part", "Description", "Qty", "Source", "Status"],
            ["WH-50G-NG", "50 gal NG water heater", "2", "SO-104241", "installed OK"],
            ["WH-EXP-2G", "2 gal expansion tank", "2", "SO-104241", "installed OK"],
            ["WH-EXP-2G", "2 gal expansion tank", "1", "SO-104241", "FAILED - return"],
            ["GV-075", '3/4" gas cock', "2", "shop stock", "installed"],
            ["DIEL-075", '3/4" dielectric union', "4", "shop stock", "installed"],
        ],
        8.8,
        7,
    )
    doc.ln(3)
    doc.para(
        "Failed part: the third expansion tank was defective - the diaphragm ruptured during the "
        "first fill and the tank went waterlogged (no air charge holds). Replaced from the spare "
        "on the truck. Failed tank tagged for return to the supplier (Northgate, SO-104241).",
        9.5,
    )
    return doc.data()


def pdf_t20_ap_packet() -> bytes:
    doc = Sheet(
        at("2026-11-19 11:00:00", -5), footer="Keystone Mechanical Contractors - AP exceptions"
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 8, "AP EXCEPTION PACKET - week of 11/16/2026", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "Keystone Mechanical Contractors, Accounts Payable. Invoices held from payment until the "
        "vendor answers. One page per vendor.",
        9.5,
    )
    doc.ln(2)
    doc.grid(
        [50, 30, 62, 16],
        [
            ["Vendor", "Invoice", "Exception", "Page"],
            ["Tri-County Electric", "55190", "resolved 11/17, released", "-"],
            [WE, "INV-88098", "unit price above PO price", "2"],
            ["Metro Equipment Rental", "R-30017", "billed twice (R-30011)", "3"],
        ],
        9,
        7,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 13)
    doc.cell(0, 8, f"{WE} - invoice INV-88098", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("Invoice date:", "10/26/2026"),
            ("Our PO:", "PO-77790"),
            ("Vendor order:", "SO-104226"),
            ("Held amount:", "138.00"),
        ],
        label_w=32,
    )
    doc.ln(2)
    doc.grid(
        [34, 12, 22, 20, 18, 22, 30],
        [
            ["Item", "Qty", "Inv price", "PO price", "Diff", "Extended", "Result"],
            ["PIP-CU-L-100-20", "30", "76.40", "71.80", "4.60", "138.00", "OVERBILLED"],
            ["FTG-CU-E90-100", "200", "2.95", "2.95", "0.00", "0.00", "ok"],
            ["VLV-1005-BV", "36", "15.20", "15.20", "0.00", "0.00", "ok"],
        ],
        8.8,
        7,
        align="LRRRRRL",
    )
    doc.ln(3)
    doc.para(
        "The copper tube is billed 4.60 per length above our PO price of 71.80 (quote Q-3318). "
        "Please issue a credit memo for 138.00; the rest of the invoice is released for payment.",
        9.5,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 13)
    doc.cell(0, 8, "Metro Equipment Rental - invoice R-30017", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "Scissor lift rental 10/26-10/30 billed on R-30011 and again on R-30017. Holding R-30017 "
        "until Metro confirms the duplicate.",
        9.5,
    )
    return doc.data()


def pdf_t25_return_request() -> bytes:
    doc = Sheet(at("2026-11-20 14:40:00", -5))
    customer_form(
        doc, "RIVERBEND PLUMBING & HEATING", "Return Authorization Request", "RAR-2026-044"
    )
    doc.label_value(
        [
            ("Supplier:", WE),
            ("Our PO:", "PO-24415"),
            ("Job:", "Fairview pump station"),
            ("Requested by:", "Karen Liu, Office Manager"),
            ("Date:", "11/20/2026"),
        ],
        label_w=36,
    )
    doc.ln(2)
    doc.grid(
        [38, 86, 14, 36],
        [
            ["Item", "Description", "Qty", "Condition"],
            ["BFP-RPZ-300-SO", '3" RPZ backflow preventer assembly', "1", "new, in crate"],
        ],
        9,
        7.5,
    )
    doc.ln(3)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "Reason for return", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 10)
    for box, text in [
        ("[ ]", "Damaged in shipment"),
        ("[ ]", "Defective"),
        ("[ ]", "Wrong item shipped"),
        ("[X]", "No longer needed (engineer changed the backflow spec to a DCVA)"),
        ("[ ]", "Ordered in error"),
    ]:
        doc.cell(10, 6, box)
        doc.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.para("Never installed, never tested. Crate unopened except for inspection.", 9.5)
    return doc.data()


def pdf_t26_new_po() -> bytes:
    """Riverbend's new purchase order: holds no claim."""
    doc = Sheet(at("2026-11-23 09:10:00", -5))
    customer_form(doc, "RIVERBEND PLUMBING & HEATING", "Purchase Order", "PO-24577")
    doc.label_value(
        [
            ("Vendor:", WE),
            ("Ship to:", "Westfield Elementary, 900 School Ln (job trailer)"),
            ("Need by:", "12/04/2026"),
            ("Buyer:", "Mike O'Brien"),
            ("Terms:", "Net 30"),
        ],
        label_w=30,
    )
    doc.ln(3)
    doc.grid(
        [10, 38, 76, 14, 24],
        [
            ["Ln", "Item", "Description", "Qty", "Unit price"],
            ["1", "VLV-1005-BV", '1" brass ball valve, full port', "30", "16.20"],
            ["2", "FTG-PEX-CPL-050", '1/2" PEX crimp coupling, bag of 25', "12", "9.80"],
            ["3", "PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil', "3", "171.00"],
            ["4", "VLV-3100-CK", '3" cast iron swing check, flanged', "2", "198.00"],
        ],
        9,
        7.5,
        align="LLLRR",
    )
    doc.ln(3)
    doc.para(
        "Prices as on SO-104236 and SO-104214. Please pack the ball valves in double-wall cartons. "
        "Confirm ship date to purchasing@riverbendph.com.",
        9.5,
    )
    return doc.data()


def pdf_t27_field_report() -> bytes:
    doc = Sheet(at("2026-11-24 09:40:00", -5))
    customer_form(doc, "KEYSTONE MECHANICAL CONTRACTORS", "Field Issue Report", "FIR-212")
    doc.label_value(
        [
            ("Job:", "Maple Ridge apartments, bldg C"),
            ("Supplier:", WE),
            ("PO / order:", "PO-77731  /  SO-104218"),
            ("Found by:", "Tom Morales"),
            ("Found on:", "11/18/2026"),
        ],
        label_w=34,
    )
    doc.ln(2)
    doc.grid(
        [34, 70, 22, 50],
        [
            ["Item", "Description", "Qty affected", "Issue type"],
            ["VLV-1005-BV", '1" brass ball valve, threaded', "4", "WRONG ITEM"],
        ],
        9,
        7.5,
    )
    doc.ln(3)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "What we found", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        'Four boxes labeled VLV-1005-BV 1" threaded held 3/4" sweat ball valves. Found when the '
        "crew opened them for the bldg C risers; the boxes had been stored unopened since delivery.",
        9.5,
    )
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "Action requested", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        'Ship 4 x 1" threaded ball valves; pick up the 4 wrong valves from the Maple Ridge site.',
        9.5,
    )
    return doc.data()


def pdf_t29_price_sheet() -> bytes:
    """Our rep's price sheet for Riverbend: holds no claim."""
    doc = Sheet(at("2026-09-14 10:00:00", -5))
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 8, f"{WE} - price sheet", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "Prepared for Riverbend Plumbing & Heating by J. Castellano, outside sales. Prices valid "
        "09/15/2026 - 10/31/2026 for stock items, subject to change without notice.",
        9.5,
    )
    doc.ln(2)
    doc.grid(
        [38, 86, 26, 24],
        [
            ["Item", "Description", "Unit", "Price"],
            ["VLV-1005-BV", '1" brass ball valve, full port, thrd', "each", "16.20"],
            ["VLV-0075-BV", '3/4" brass ball valve, full port, sweat', "each", "10.20"],
            ["VLV-0750-PRV", '3/4" pressure reducing valve 25-75 psi', "each", "88.00"],
            ["VLV-3100-CK", '3" cast iron swing check valve, flg', "each", "198.00"],
            ["FTG-CU-E90-100", '1" wrot copper 90 elbow C x C', "each", "2.90"],
            ["FTG-PEX-CPL-050", '1/2" PEX brass crimp coupling', "bag 25", "9.80"],
            ["PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil', "coil", "171.00"],
        ],
        9,
        7,
        align="LLLR",
    )
    return doc.data()


def pdf_t30_rma_request() -> bytes:
    doc = Sheet(at("2026-11-27 09:00:00", -5), footer="Riverbend Plumbing & Heating")
    doc.add_page()
    doc.set_font("Helvetica", "B", 14)
    doc.cell(0, 8, "RIVERBEND PLUMBING & HEATING", new_x="LMARGIN", new_y="NEXT")
    doc.para("55 Mill Race Rd  |  office@riverbendph.com", 9)
    doc.ln(8)
    doc.para(
        f"November 27, 2026\n\n{WE}\nReturns department\n\nRe: RMA request - your order SO-104214, "
        "our PO-24388 (Hillcrest medical office)",
        10,
    )
    doc.ln(3)
    doc.para(
        "Dear returns team,\n\nWe ask for an RMA for two items of the above order. The items, the "
        "quantities and the reasons are listed on the next page. Both can be picked up at our yard "
        "any weekday between 7 and 3.\n\nSincerely,\n\nMike O'Brien\nProject Manager",
        10,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 12)
    doc.cell(0, 8, "RMA request - items", new_x="LMARGIN", new_y="NEXT")
    doc.grid(
        [8, 30, 12, 30, 100],
        [
            ["#", "Item", "Qty", "Reason", "Detail"],
            [
                "1",
                "VLV-3100-CK",
                "1",
                "Defective",
                "clapper does not seat - backflow through the valve",
            ],
            [
                "2",
                "FTG-BI-U-150",
                "10",
                "Not needed",
                "surplus after the redesign, unopened, clean",
            ],
        ],
        8.8,
        7.5,
    )
    doc.ln(3)
    doc.para(
        "Item 1 was installed on pump P-2 and taken out after the start-up test on 11/24. Item 2 "
        "never left the box.",
        9.5,
    )
    return doc.data()


def pdf_t32_warranty_form() -> bytes:
    doc = Sheet(at("2026-11-30 11:00:00", -6))
    customer_form(
        doc, "DELGADO & SONS PLUMBING", "Reclamo de garantia / Warranty claim", "No. G-0217"
    )
    doc.label_value(
        [
            ("Proveedor / Supplier:", WE),
            ("Orden de compra / PO:", "PO-40611"),
            ("Pedido / Order:", "SO-104202"),
            ("Articulo / Item:", "WH-50G-NG  50 gal gas water heater"),
            ("Cantidad / Qty:", "1"),
            ("Serie / Serial:", "BT2541-08817"),
            ("Instalado / Installed:", "10/28/2025, Ramirez residence"),
        ],
        label_w=50,
    )
    doc.ln(3)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "Problema / Problem", new_x="LMARGIN", new_y="NEXT")
    doc.para(
        "El tanque gotea por la costura de abajo. / Tank leaking at the bottom seam - the tank has "
        "failed, defective. Gas off, unit drained and tagged. Homeowner has a loaner heater.",
        9.8,
    )
    doc.ln(2)
    doc.label_value(
        [
            ("Pedimos / We ask:", "credit or a replacement heater"),
            ("Firma / Signed:", "Rosa Delgado"),
        ],
        label_w=50,
    )
    return doc.data()


def pdf_t33_service_report() -> bytes:
    doc = Sheet(
        at("2026-11-30 17:20:00", -5), footer="Keystone Mechanical - service report SR-4471"
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 8, "SERVICE REPORT SR-4471", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("Customer site:", "Elm Court condominiums, mech room"),
            ("Date:", "11/30/2026"),
            ("Technician:", "Ray Hill"),
            ("Call type:", "No heat, units 2-6"),
        ],
        label_w=34,
    )
    doc.ln(2)
    doc.para(
        "Found the heating loop at 180 F at the boiler but cold at the zones. Two of the zone "
        "circulators were not moving water. Checked power (118 V at both), checked the flow checks, "
        "bled air from the loop. Installed two temporary pumps from the truck to restore heat. "
        "Equipment list with findings on page 2.",
        9.8,
    )
    doc.add_page()
    doc.set_font("Helvetica", "B", 12)
    doc.cell(0, 8, "Equipment checked", new_x="LMARGIN", new_y="NEXT")
    doc.grid(
        [20, 34, 56, 64],
        [
            ["Tag", "Part", "Description", "Finding"],
            ["P-B1", "PMP-CIRC-015", "circulator 1/25 HP", "FAILED - seized, motor hums"],
            ["P-B2", "PMP-CIRC-015", "circulator 1/25 HP", "FAILED - seized, motor hums"],
            ["P-B3", "PMP-CIRC-015", "circulator 1/25 HP", "ok"],
            ["P-B4", "PMP-CIRC-015", "circulator 1/25 HP", "ok"],
            ["MV-1", "VLV-1250-TMV", "mixing valve 1-1/4", "ok, set 120 F"],
            ["ET-1", "WH-EXP-2G", "expansion tank 2 gal", "ok, 12 psi"],
        ],
        8.8,
        7,
    )
    doc.ln(3)
    doc.para(
        "Both failed pumps came from the October 2025 order SO-104201. Requesting warranty "
        "replacement for the 2 failed circulators.",
        9.5,
    )
    return doc.data()


def pdf_t36_pickup_receipt() -> bytes:
    """Our driver's pickup receipt for the extra unions: holds no claim."""
    doc = Sheet(at("2026-12-01 13:30:00", -5))
    doc.add_page()
    doc.set_font("Helvetica", "B", 16)
    doc.cell(0, 9, f"{WE.upper()} - PICKUP RECEIPT PU-30418", new_x="LMARGIN", new_y="NEXT")
    doc.label_value(
        [
            ("Picked up from:", "Keystone Mechanical, Yard 2"),
            ("Order:", "SO-104235 (PO-77830)"),
            ("Date:", "12/01/2026 13:10"),
            ("Driver:", "K. Moss #12"),
        ],
        label_w=36,
    )
    doc.ln(3)
    doc.grid(
        [38, 90, 20],
        [
            ["Item", "Description", "Qty"],
            ["FTG-BI-U-150", '1-1/2" black malleable iron union', "10"],
        ],
        9,
        7.5,
    )
    doc.ln(4)
    doc.para("Goods returned to DC-SOUTH. Condition on pickup: new, unopened.", 10)
    doc.ln(6)
    doc.label_value([("Released by:", "L. Brennan"), ("Received by:", "K. Moss")], label_w=36)
    return doc.data()


# ================================================================== workbooks and CSV files


def xlsx_t04_exceptions() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Exceptions"
    fill_sheet(
        ws,
        [
            [
                "Rcv Date",
                "PO #",
                "Supplier",
                "Supplier Item",
                "Description",
                "Qty on PL",
                "Qty Counted",
                "Diff",
                "Exception Type",
                "Comment",
            ],
            ["11/06/2026", "PO-24519", WE, "VLV-1005-BV", '1" ball valve FP', 24, 24, 0, "", ""],
            [
                "11/06/2026",
                "PO-24519",
                WE,
                "FTG-PEX-CPL-050",
                '1/2" PEX crimp coupling bag/25',
                10,
                8,
                -2,
                "SHORT",
                "2 bags missing - carton was taped shut, no damage",
            ],
            [
                "11/06/2026",
                "PO-24519",
                WE,
                "PIP-PEX-075-300",
                '3/4" PEX-A 300 ft coil',
                2,
                2,
                0,
                "",
                "",
            ],
            [
                "11/06/2026",
                "PO-24522",
                "Westbay Electric",
                "SQD-HOM816",
                "load center 100A",
                2,
                2,
                0,
                "DAMAGED",
                "1 cover dented - Westbay notified",
            ],
            [
                "11/06/2026",
                "PO-24523",
                "Clearwater Pipe",
                "PVC-4-SCH40",
                '4" PVC pipe 20 ft',
                20,
                20,
                0,
                "",
                "",
            ],
        ],
        [12, 11, 22, 18, 30, 10, 12, 7, 15, 46],
    )
    return workbook_bytes(wb, at("2026-11-09 13:50:00", -5), "Karen Liu")


def xlsx_t09_surplus() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Maple Ridge surplus"
    fill_sheet(
        ws,
        [
            ["Source", "Ref", "Part #", "Description", "UOM", "Surplus Qty", "Disposition", "Note"],
            [
                "Northgate",
                "SO-104218",
                "FTG-PEX-CPL-050",
                '1/2" PEX crimp coupling, bag of 25',
                "BAG",
                8,
                "RETURN TO NORTHGATE",
                "sealed bags, not needed",
            ],
            [
                "Northgate",
                "SO-104218",
                "VLV-1005-BV",
                '1" ball valve',
                "EA",
                4,
                "KEEP",
                "shop stock",
            ],
            [
                "Tri-County Electric",
                "55102",
                "EMT-075",
                '3/4" EMT conduit 10 ft',
                "EA",
                16,
                "KEEP",
                "shop stock",
            ],
            [
                "Pinecrest Lumber",
                "PL-8812",
                "PT-2X6-12",
                "2x6x12 PT",
                "EA",
                9,
                "TO SHOP",
                "blocking",
            ],
        ],
        [18, 12, 18, 36, 6, 11, 22, 26],
    )
    return workbook_bytes(wb, at("2026-11-11 13:10:00", -5), "Farah Qureshi")


def xlsx_t22_closeout() -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    fill_sheet(
        summary,
        [
            ["Oak Hollow - close-out", ""],
            ["Job #", "2291"],
            ["PO", "PO-77790"],
            ["Supplier", WE],
            ["Material billed", 3429.20],
            ["Material installed", 2639.50],
            ["Closed by", "G. Ferreira 11/19/2026"],
        ],
        [24, 26],
    )
    action = wb.create_sheet("Vendor action")
    fill_sheet(
        action,
        [
            ["Item", "Desc", "Ordered", "Installed", "Remaining", "Action", "Comment"],
            ["PIP-CU-L-100-20", '1" type L copper 20 ft', 30, 30, 0, "-", ""],
            [
                "FTG-CU-E90-100",
                '1" copper 90 elbow',
                200,
                10,
                190,
                "RETURN - not needed",
                "risers changed to PEX, elbows unused",
            ],
            [
                "VLV-1005-BV",
                '1" ball valve threaded',
                36,
                30,
                6,
                "EXCHANGE - wrong item",
                '6 boxes held 3/4" valves, need 6 x 1"',
            ],
        ],
        [18, 26, 9, 10, 11, 24, 40],
    )
    return workbook_bytes(wb, at("2026-11-20 10:00:00", -5), "Gil Ferreira")


def xlsx_t24_leftovers() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sobrantes"
    fill_sheet(
        ws,
        [
            [
                "Proveedor / Supplier",
                "Pedido / Order",
                "Articulo / Item",
                "Descripcion",
                "Cant. / Qty",
                "Nota",
            ],
            ["Northgate", "SO-104240", "VLV-1005-BV", 'valvula de bola 1"', 4, "devolver / return"],
            ["Plomeria Central", "8841", "PVC-2-90", 'codo PVC 2"', 11, "guardar / keep"],
            ["Plomeria Central", "8841", "PVC-2-CPLG", 'cople PVC 2"', 6, "guardar / keep"],
        ],
        [22, 15, 16, 22, 11, 20],
        head_color="FCE4D6",
    )
    return workbook_bytes(wb, at("2026-11-20 13:55:00", -6), "Rosa Delgado")


def xlsx_t28_statement() -> bytes:
    """Summit's statement reconciliation: holds no claim."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Nov statement"
    fill_sheet(
        ws,
        [
            ["Doc type", "Doc no", "Doc date", "Amount", "Our status", "Check / ACH", "Comment"],
            ["Invoice", "INV-88109", "10/30/2026", 2074.00, "paid", "20544", ""],
            ["Invoice", "INV-88152", "11/05/2026", 2557.00, "paid", "20581", ""],
            [
                "Invoice",
                "INV-88184",
                "11/10/2026",
                1734.80,
                "paid 11/20",
                "20581",
                "shows open on statement?",
            ],
            ["Credit", "?", "", None, "expected", "", "SO-104238 receiving ticket 4418"],
            ["Credit", "?", "", None, "expected", "", "SO-104244 PO-60455 recon"],
        ],
        [10, 12, 12, 11, 13, 12, 36],
    )
    return workbook_bytes(wb, at("2026-11-24 12:40:00", -6), "Linda Chu")


def xlsx_t37_prices() -> bytes:
    """Summit's list of prices on file for 2027 budgeting: holds no claim."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Pricing 2027"
    fill_sheet(
        ws,
        [
            [
                "Vendor item",
                "Description",
                "Annual qty (est.)",
                "2026 price paid",
                "2027 price (vendor)",
            ],
            ["TST-7500-PRO", "Wi-Fi thermostat", 60, 132.00, None],
            ["TST-2100-NP", "digital thermostat 24V", 90, 28.90, None],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11, case of 12", 240, 39.50, None],
            ["HVC-CND-PUMP", "condensate pump 115V", 40, 59.80, None],
            ["HVC-REG-1006-W", "10x6 floor register", 150, 5.80, None],
            ["CLG-TILE-24-ACU", "2x2 acoustic tile, ctn 16", 80, 47.50, None],
        ],
        [18, 28, 16, 15, 18],
    )
    return workbook_bytes(wb, at("2026-12-03 10:30:00", -6), "Raj Patel")


def csv_t13_yard() -> bytes:
    return csv_bytes(
        [
            [
                "rcpt_no",
                "po",
                "vendor",
                "item",
                "desc",
                "qty_exp",
                "qty_good",
                "qty_dmg",
                "qty_short",
                "remarks",
            ],
            [
                "Y-40213",
                "PO-24530",
                "NORTHGATE",
                "VLV-1005-BV",
                "1in ball valve FP",
                "48",
                "44",
                "4",
                "0",
                "cartons crushed on pallet",
            ],
            [
                "Y-40213",
                "PO-24530",
                "NORTHGATE",
                "FTG-CU-E90-100",
                "1in cu 90 ell",
                "250",
                "250",
                "0",
                "0",
                "",
            ],
            ["Y-40213", "PO-24530", "NORTHGATE", "VLV-0750-PRV", "3/4 PRV", "4", "4", "0", "0", ""],
        ]
    )


def csv_t14_recon() -> bytes:
    return csv_bytes(
        [
            ["PO Line", "Vendor Part", "Description", "PO Qty", "Recv Qty", "Exception", "Notes"],
            [
                "1",
                "HVC-CND-PUMP",
                "Condensate pump 115V",
                "10",
                "8",
                "SHORT",
                "2 pumps not in the delivery",
            ],
            [
                "2",
                "TST-2100-NP",
                "Thermostat non-prog 24V",
                "12",
                "12",
                "WRONG ITEM",
                "4 of the 12 are 120V line-voltage stats, not 24V",
            ],
            ["3", "HVC-FLT-1625-M11", "Filter 16x25x1 MERV11 cs/12", "20", "20", "", ""],
        ],
        crlf=False,
    )


def csv_t16_remittance() -> bytes:
    """Harbor Point's remittance advice: holds no claim."""
    return csv_bytes(
        [
            [
                "Payment Ref",
                "Payment Date",
                "Invoice No",
                "Invoice Date",
                "Invoice Amt",
                "Discount",
                "Deduction",
                "Net Paid",
            ],
            [
                "ACH-4471902",
                "11/17/2026",
                "INV-88160",
                "11/09/2026",
                "1552.60",
                "0.00",
                "0.00",
                "1552.60",
            ],
            [
                "ACH-4471902",
                "11/17/2026",
                "INV-88171",
                "11/09/2026",
                "2194.50",
                "0.00",
                "0.00",
                "2194.50",
            ],
            ["", "", "", "", "", "", "Total", "3747.10"],
        ]
    )


# ================================================================== the senders

TO_DESK = f"Northgate Returns <{DESK}>"
KEY_DANA = "Dana Ruiz <ap@keystonemech.com>"
KEY_TOM = "Tom Morales <tmorales@keystonemech.com>"
KEY_FARAH = "Farah Qureshi <fqureshi@keystonemech.com>"
KEY_LUKE = "Luke Brennan <lbrennan@keystonemech.com>"
KEY_GIL = "Gil Ferreira <gferreira@keystonemech.com>"
RIV_KAREN = "Karen Liu <office@riverbendph.com>"
RIV_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
RIV_YARD = "Riverbend Yard <yard@riverbendph.com>"
SUM_RAJ = "Raj Patel <raj.patel@summithvac.net>"
SUM_LINDA = "Linda Chu <ap@summithvac.net>"
SUM_TERESA = "Teresa Vukovich <tvukovich@summithvac.net>"
SUM_ANA = "Ana Lucero <alucero@summithvac.net>"
HAR_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
HAR_GRACE = "Grace Kim <payables@harborpointpm.com>"
HAR_NADIA = "Nadia Farouk <nfarouk@harborpointpm.com>"
HAR_MARCUS = "Marcus Webb <mwebb@harborpointpm.com>"
DEL_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
DEL_JOAQUIN = "=?utf-8?q?Joaqu=C3=ADn_Delgado?= <joaquin@delgadosons.com>"
BOOKKEEPER = "Marisol Arroyo <marisol@arroyobookkeeping.com>"

OUTLOOK = (("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US"))
IPHONE = (("X-Mailer", "iPhone Mail (22B91)"),)
TBIRD = (("User-Agent", "Mozilla Thunderbird"),)

KEYSTONE_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended\n"
    "recipient(s) and may contain confidential information. If you are not the intended recipient,\n"
    "please contact the sender and delete all copies."
)


# ================================================================== the requests


def t01() -> bytes:
    body = """Hi,

Here is our W-9 that you ask for the 2026 rebate program. The rebate statement
from your rep show our purchases on SO-104231 and SO-104240 this quarter.

When the rebate check go out? Is it in December or January?

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
(719) 555-0163
"""
    return build_mail(
        "t01",
        sender=DEL_ROSA,
        to=f"{DESK}",
        subject="W-9 for rebate program",
        when=at("2026-11-06 10:20:41", -6),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((pdf_t01_w9(), PDF_MIME, "W9_Delgado_Sons_2026.pdf"),),
        domain="delgadoplumbing.com",
    )


def t02() -> bytes:
    body = """Hello,

Attached is our receiving packet from Monday 11/2. Your delivery (PO-60377) is on page 3 -
please look at the exception there and let me know how you want to handle it. The ceiling
tile was fine.

Thank you,

Teresa Vukovich
Warehouse Supervisor
Summit HVAC Services | 2200 Industrial Blvd
o: (303) 555-0190
"""
    return build_mail(
        "t02",
        sender=SUM_TERESA,
        to=TO_DESK,
        subject="Receiving packet 11/2 - PO-60377 exception",
        when=at("2026-11-09 09:12:07", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t02_receiving_packet(), PDF_MIME, "RCV_packet_2026-11-02.pdf"),),
    )


def t03() -> bytes:
    body = f"""Hi,

Both deliveries on SO-104233 had damage. Packing lists attached, marked where the
damage is: the R+L truck Thursday and the Estes truck Friday. Both drivers signed
for it as damaged.

Let me know where to send the damaged stuff.

Tom Morales
Field Operations | Keystone Mechanical Contractors
c: 412-555-0148

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t03",
        sender=KEY_TOM,
        to=TO_DESK,
        subject="SO-104233 damage - marked up packing lists",
        when=at("2026-11-09 10:40:19", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=(
            (scan_t03(1), PNG_MIME, "scan_PL_SH-55120.png"),
            (scan_t03(2), PNG_MIME, "scan_PL_SH-55121.png"),
        ),
    )


def t04() -> bytes:
    body = """Hi,

Please see attached exceptions from our receiving on SO-104236 (PO-24519). Just the lines
for your order please - the Westbay one is already handled with them.

Please credit or send the missing.

Thank you,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return build_mail(
        "t04",
        sender=RIV_KAREN,
        to=TO_DESK,
        subject="Receiving exceptions PO-24519",
        when=at("2026-11-09 14:05:52", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((xlsx_t04_exceptions(), XLSX_MIME, "Receiving_exceptions_1106.xlsx"),),
    )


def t05() -> bytes:
    body = f"""Good morning,

I marked up your invoice INV-88133 with two problems, see the attached copy. Please send a
credit memo for the price and arrange the pick up of the extra.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t05",
        sender=KEY_DANA,
        to=TO_DESK,
        subject="INV-88133 - see notes",
        when=at("2026-11-10 08:30:11", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t05_marked_invoice(), PDF_MIME, "INV-88133_marked.pdf"),),
    )


def t06() -> bytes:
    body = """Receiving ticket from the 5th attached, see the two lines Teresa flagged. Can you ship
the missing one and tell us what to do with the extra filters

Raj

Sent from my iPhone
"""
    return build_mail(
        "t06",
        sender=SUM_RAJ,
        to=DESK,
        subject="SO-104238 receiving",
        when=at("2026-11-10 11:15:30", -6),
        body=body,
        style="apple",
        extra=IPHONE,
        files=((photo_t06(), JPG_MIME, "IMG_2231.jpeg", "inline"),),
        domain="summithvac.net",
    )


def t07() -> bytes:
    body = """Hello,

When my guys pick up the order SO-104240 on friday we count everything in the shop.
I attach the picture of your pick ticket with our notes.

The unions we have 2 more than the ticket, we can bring back next time we come.
And the pipe is bent, your forklift hit it when loading.

Please tell me what you do.
Thank you

Rosa Delgado
Delgado & Sons Plumbing
"""
    return build_mail(
        "t07",
        sender=DEL_ROSA,
        to=DESK,
        subject="will call SO-104240 problems",
        when=at("2026-11-10 15:20:03", -6),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((photo_t07(), JPG_MIME, "pick_ticket.jpg"),),
        domain="delgadoplumbing.com",
    )


def t08() -> bytes:
    body = """Hi,

Photo of our receiving ticket for PO-77830 attached. Extra material on the pallet,
see the over/short column. Where do you want it?

Luke Brennan
Warehouse Lead - Yard 2
Keystone Mechanical Contractors
"""
    return build_mail(
        "t08",
        sender=KEY_LUKE,
        to=DESK,
        subject="PO-77830 receiving - over",
        when=at("2026-11-11 08:05:44", -5),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((photo_t08(), JPG_MIME, "R-66120.jpg"),),
        domain="keystonemech.com",
    )


def t09() -> bytes:
    body = f"""Hi,

We're wrapping up Maple Ridge (your SO-104218). Attached is the surplus list; the line marked
RETURN TO NORTHGATE is yours. Everything else on the list we keep or it goes to our shop.

Can you send an RMA?

Farah Qureshi | Project Coordinator
Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t09",
        sender=KEY_FARAH,
        to=TO_DESK,
        subject="Surplus return - Maple Ridge",
        when=at("2026-11-11 13:30:26", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((xlsx_t09_surplus(), XLSX_MIME, "MapleRidge_surplus.xlsx"),),
    )


def t10() -> bytes:
    body = """Hello,

Photo of our receiving slip for PO-70231 is attached. We counted the filters twice.

Thanks,
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return build_mail(
        "t10",
        sender=HAR_LUIS,
        to=TO_DESK,
        subject="PO-70231 filters - only 21 cases",
        when=at("2026-11-12 09:00:38", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((photo_t10(), JPG_MIME, "receiving_slip_2291.jpg"),),
    )


def t11() -> bytes:
    body = """Karen asked me to send this one. Credit request form attached.

The tees were found when the boxes got opened at Westfield on Monday, sorry it's late.

Mike

--
Mike O'Brien
Project Manager, Riverbend Plumbing & Heating
"""
    return build_mail(
        "t11",
        sender=RIV_MIKE,
        to=DESK,
        subject="Credit request CR-1187 / SO-104230",
        when=at("2026-11-12 10:45:12", -5),
        body=body,
        style="apple",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),),
        files=((pdf_t11_credit_request(), PDF_MIME, "CR-1187.pdf"),),
        domain="riverbendph.com",
    )


def t12() -> bytes:
    body = """Good morning,

Please see the attached vendor discrepancy report for PO-70288, delivered 11/11 to the
Lakeview Towers boiler room. Call me to set up the pick up.

Nadia Farouk
Facilities Coordinator
Harbor Point Property Management | (720) 555-0117

This message may contain confidential information of Harbor Point Property Management.
"""
    return build_mail(
        "t12",
        sender=HAR_NADIA,
        to=TO_DESK,
        subject="Vendor discrepancy report VDR-0931",
        when=at("2026-11-13 08:20:55", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t12_discrepancy(), PDF_MIME, "VDR-0931.pdf"),),
    )


def t13() -> bytes:
    body = """Hi,

Export from our yard receiving for PO-24530 is attached. It shows 4 ball valves damaged,
but when we unpacked the last carton this morning we found one more crushed - so it is
5 damaged in total, not 4. The rest of the delivery is fine.

Hector Salinas
Yard - Riverbend Plumbing & Heating
"""
    return build_mail(
        "t13",
        sender=RIV_YARD,
        to=DESK,
        subject="PO-24530 yard receiving - damage",
        when=at("2026-11-13 11:10:09", -5),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((csv_t13_yard(), CSV_MIME, "yard_rcpt_Y-40213.csv"),),
        domain="riverbendph.com",
    )


def t14() -> bytes:
    body = """Hi,

Our reconciliation for PO-60455 is attached - two exceptions, see the Exception column.
For the thermostats please send the correct 24V ones; we'll give the wrong ones to your
driver.

Thanks!
Ana Lucero
Purchasing | Summit HVAC Services
"""
    return build_mail(
        "t14",
        sender=SUM_ANA,
        to=TO_DESK,
        subject="PO-60455 reconciliation",
        when=at("2026-11-16 09:30:17", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((csv_t14_recon(), CSV_MIME, "PO-60455_recon.csv"),),
    )


def t15() -> bytes:
    body = """Hi. Order SO-104231, see photo of the label. we need the 3/4.

Joaquin

Sent from my iPhone
"""
    return build_mail(
        "t15",
        sender=DEL_JOAQUIN,
        to=DESK,
        subject="wrong valves in box",
        when=at("2026-11-16 14:00:48", -6),
        body=body,
        style="apple",
        extra=IPHONE,
        files=((photo_t15(), JPG_MIME, "IMG_0912.jpeg", "inline"),),
        domain="delgadosons.com",
    )


def t16() -> bytes:
    body = """Hello,

Remittance for ACH-4471902 is attached: INV-88160 and INV-88171 paid in full. INV-88190
will be in next week's run.

Please note we did not deduct anything for the filter shortage on PO-70231; we will wait
for your credit memo.

Best regards,
Grace Kim
Payables | Harbor Point Property Management
"""
    return build_mail(
        "t16",
        sender=HAR_GRACE,
        to="ar@distributor.example",
        cc=DESK,
        subject="Remittance advice ACH-4471902",
        when=at("2026-11-17 10:00:21", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((csv_t16_remittance(), CSV_MIME, "remit_ACH-4471902.csv"),),
    )


def t17() -> bytes:
    body = """Carton from Monday's delivery, see the label and the note on it. Handles snapped off.

Luis

Sent from my iPhone
"""
    return build_mail(
        "t17",
        sender=HAR_LUIS,
        to=DESK,
        subject="SO-104246 carton",
        when=at("2026-11-18 08:40:02", -6),
        body=body,
        style="apple",
        extra=IPHONE,
        files=((photo_t17(), JPG_MIME, "IMG_5530.jpeg", "inline"),),
        domain="harborpointpm.com",
    )


def t18() -> bytes:
    body = """Hello,

From PO-40917 (the water heaters job) we have 6 of the 3/4 ball valves not used, we dont
need them anymore. Can we return them? They are new in the box.

I attach the delivery receipt.

Thank you,
Rosa
"""
    return build_mail(
        "t18",
        sender=DEL_ROSA,
        to=DESK,
        subject="return ball valves PO-40917",
        when=at("2026-11-18 13:15:36", -6),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((pdf_t18_delivery_receipt(), PDF_MIME, "delivery_receipt_SH-55095.pdf"),),
        domain="delgadoplumbing.com",
    )


def t19() -> bytes:
    body = """Hi,

Work order attached; the failed part is on page 2. Can you credit or replace it?

Thanks,
Marcus Webb
Building Engineer, Lakeview Towers
Harbor Point Property Management
"""
    return build_mail(
        "t19",
        sender=HAR_MARCUS,
        to=TO_DESK,
        subject="WO-55820 - failed part from SO-104241",
        when=at("2026-11-19 09:05:27", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t19_work_order(), PDF_MIME, "WO-55820.pdf"),),
    )


def t20() -> bytes:
    body = f"""Hello,

Our AP exception packet for this week is attached; your invoice is on page 2. Please issue
a credit memo, the rest of the invoice is released for payment.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t20",
        sender=KEY_DANA,
        to=TO_DESK,
        subject="AP exceptions - week of 11/16",
        when=at("2026-11-19 11:30:40", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t20_ap_packet(), PDF_MIME, "AP_exceptions_1116.pdf"),),
    )


def t21() -> bytes:
    body = """Photo of the tag on the one that failed at Birch St. A second one from the same
box died this morning too, same thing - so 2 total. Can you replace both

Tom

Sent from my iPhone
"""
    return build_mail(
        "t21",
        sender=KEY_TOM,
        to=DESK,
        subject="Warranty - thermostats PO-77760",
        when=at("2026-11-20 08:15:13", -5),
        body=body,
        style="apple",
        extra=IPHONE,
        files=((photo_t21(), JPG_MIME, "IMG_7764.jpeg", "inline"),),
        domain="keystonemech.com",
    )


def t22() -> bytes:
    body = f"""Hi,

Close-out reconciliation for Oak Hollow (PO-77790) is attached. The tab "Vendor action" has
what we need from you.

Thanks,
Gil

Gil Ferreira, PMP
Project Manager | Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t22",
        sender=KEY_GIL,
        to=TO_DESK,
        subject="Oak Hollow close-out - PO-77790",
        when=at("2026-11-20 10:20:58", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((xlsx_t22_closeout(), XLSX_MIME, "OakHollow_closeout.xlsx"),),
    )


def t23() -> bytes:
    body = """Hi,

We're doing the HVAC controls at Harbor Point's Bayview building. Harbor bought the
thermostats from you on SO-104239 and had them delivered to the site. 2 of the 10
TST-2100-NP boxes have a line-voltage (120 V) stat inside, not the 24 V model - wrong item.
Luis Ortega at Harbor Point knows about it.

Please send 2 correct ones to the site; we will hand the wrong ones to your driver.

Raj Patel
Service Manager | Summit HVAC Services
(303) 555-0142
"""
    return build_mail(
        "t23",
        sender=SUM_RAJ,
        to=TO_DESK,
        cc=HAR_LUIS,
        subject="Bayview - wrong thermostats",
        when=at("2026-11-20 11:40:31", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK[2:],
    )


def t24() -> bytes:
    body = """Hello again,

I send the list of leftover from the Garza house job. The sheet say 4 ball valves but
we use one yesterday, so only 3 to return. We dont need them.

Thanks
Rosa
"""
    return build_mail(
        "t24",
        sender=DEL_ROSA,
        to=DESK,
        subject="leftover valves SO-104240",
        when=at("2026-11-20 14:10:24", -6),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((xlsx_t24_leftovers(), XLSX_MIME, "sobrantes_Garza.xlsx"),),
        domain="delgadoplumbing.com",
    )


def t25() -> bytes:
    body = """Hi,

Return request attached for the RPZ on PO-24415 - the engineer changed the spec on the
Fairview job. It's still in the crate.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return build_mail(
        "t25",
        sender=RIV_KAREN,
        to=TO_DESK,
        subject="Return request RAR-2026-044",
        when=at("2026-11-20 15:20:09", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t25_return_request(), PDF_MIME, "RAR-2026-044.pdf"),),
    )


def t26() -> bytes:
    body = """Hi,

New PO attached for the Westfield school job - same items as SO-104236 plus two check
valves. We need it on site by 12/4, please confirm the ship date.

The ball valves on the last order came with crushed cartons, so please pack them better
this time.

Mike
"""
    return build_mail(
        "t26",
        sender=RIV_MIKE,
        to="orders@distributor.example",
        cc=DESK,
        subject="New PO-24577 - Westfield",
        when=at("2026-11-23 09:30:45", -5),
        body=body,
        style="apple",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),),
        files=((pdf_t26_new_po(), PDF_MIME, "PO-24577.pdf"),),
        domain="riverbendph.com",
    )


def t27() -> bytes:
    body = f"""Hi,

See attached field issue report - found during install last week.

Tom

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t27",
        sender=KEY_TOM,
        to=TO_DESK,
        subject="Field issue report FIR-212",
        when=at("2026-11-24 10:00:33", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t27_field_report(), PDF_MIME, "FIR-212.pdf"),),
    )


def t28() -> bytes:
    body = """Hi,

We reconciled your November statement, see attached. Two questions:

1) INV-88184 shows open on your statement but we paid it on 11/20 with check 20581.
2) Are there credit memos still coming for SO-104238 and SO-104244? Please send a copy of
   anything issued.

Thank you,
Linda Chu
Accounts Payable | Summit HVAC Services
"""
    return build_mail(
        "t28",
        sender=SUM_LINDA,
        to="ar@distributor.example",
        cc=DESK,
        subject="November statement reconciliation",
        when=at("2026-11-24 13:00:50", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((xlsx_t28_statement(), XLSX_MIME, "Northgate_stmt_recon_Nov.xlsx"),),
    )


def t29() -> bytes:
    body = """Hi,

On INV-88180 the 4 pressure reducing valves (VLV-0750-PRV) are billed at 92.80 each. Your
price sheet from September (attached, from your rep) has them at 88.00. Please credit the
difference, 4.80 x 4 = 19.20.

Thank you,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return build_mail(
        "t29",
        sender=RIV_KAREN,
        to=TO_DESK,
        subject="INV-88180 - PRV price",
        when=at("2026-11-25 10:30:14", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t29_price_sheet(), PDF_MIME, "Northgate_price_sheet_Sept.pdf"),),
    )


def t30() -> bytes:
    body = """Hi,

RMA request attached, the details are on page 2.

Mike O'Brien
Riverbend Plumbing & Heating
"""
    return build_mail(
        "t30",
        sender=RIV_MIKE,
        to=DESK,
        subject="RMA request - SO-104214 Hillcrest",
        when=at("2026-11-27 09:15:29", -5),
        body=body,
        style="apple",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),),
        files=((pdf_t30_rma_request(), PDF_MIME, "RMA_request_SO-104214.pdf"),),
        domain="riverbendph.com",
    )


def t31() -> bytes:
    body = """Hello,

I do the bookkeeping for Delgado & Sons Plumbing. Going through their October invoices I
found a price problem on INV-88112 (your order SO-104231) and marked it on the attached
copy. Please issue a credit, or let me know if I am missing something.

Best regards,
Marisol Arroyo
Arroyo Bookkeeping Services
(719) 555-0199
"""
    return build_mail(
        "t31",
        sender=BOOKKEEPER,
        to=DESK,
        cc=DEL_ROSA,
        subject="Delgado & Sons - INV-88112 pricing",
        when=at("2026-11-30 08:50:05", -6),
        body=body,
        style="gmail",
        files=((invoice_scan_t31(), PNG_MIME, "INV-88112_marked.png"),),
    )


def t32() -> bytes:
    body = """Hello,

Attached our warranty form for the gas water heater that leak at the Ramirez house.
Installed last year in October.

Rosa
"""
    return build_mail(
        "t32",
        sender=DEL_ROSA,
        to=DESK,
        subject="warranty claim - water heater PO-40611",
        when=at("2026-11-30 11:20:52", -6),
        body=body,
        style="tbird",
        extra=TBIRD,
        files=((pdf_t32_warranty_form(), PDF_MIME, "garantia_G-0217.pdf"),),
        domain="delgadoplumbing.com",
    )


def t33() -> bytes:
    body = f"""Hi,

Service report attached (2 pages). Two of the circulators you supplied for Elm Court have
failed, see page 2. Can you do anything under warranty?

Tom Morales
Field Operations | Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t33",
        sender=KEY_TOM,
        to=TO_DESK,
        subject="Service report SR-4471 - Elm Court",
        when=at("2026-12-01 09:10:16", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t33_service_report(), PDF_MIME, "SR-4471.pdf"),),
    )


def t34() -> bytes:
    original = message_id("t10", "outlook", "harborpointpm.com")
    body = """Hi,

Any news on this? Our PM schedule needs the filters next week. Is the credit or the
shipment coming?

Luis

From: Northgate Returns <returns@distributor.example>
Sent: Thursday, November 12, 2026 9:03 AM
To: Luis Ortega <maintenance@harborpointpm.com>
Subject: RE: PO-70231 filters - only 21 cases

Dear customer,

We received your report of 3 x HVC-FLT-1625-M11 short on order SO-104239 (your PO-70231).
A recount has been requested at our warehouse. You will hear from us within two business
days.

Northgate Trade Supply - Returns

From: Luis Ortega <maintenance@harborpointpm.com>
Sent: Thursday, November 12, 2026 9:00 AM
To: Northgate Returns <returns@distributor.example>
Subject: PO-70231 filters - only 21 cases

Hello,

Photo of our receiving slip for PO-70231 is attached. We counted the filters twice.

Thanks,
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return build_mail(
        "t34",
        sender=HAR_LUIS,
        to=TO_DESK,
        subject="RE: PO-70231 filters - only 21 cases",
        when=at("2026-12-01 14:30:07", -6),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=(("Thread-Topic", "PO-70231 filters - only 21 cases"), *OUTLOOK[2:]),
        reply_to_mid=original,
    )


def t35() -> bytes:
    body = """Receiving slip from yesterday's delivery attached, see the short line.

Marcus

Sent from my iPhone
"""
    return build_mail(
        "t35",
        sender=HAR_MARCUS,
        to=DESK,
        subject="short - PO-70318",
        when=at("2026-12-02 08:30:40", -6),
        body=body,
        style="apple",
        extra=IPHONE,
        files=((photo_t35(), JPG_MIME, "IMG_5871.jpeg", "inline"),),
        domain="harborpointpm.com",
    )


def t36() -> bytes:
    body = f"""Hi,

FYI - your driver picked up the 10 extra unions from our yard yesterday, signed pickup
receipt attached. Please close it out on your side.

Thanks,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors

{KEYSTONE_DISCLAIMER}
"""
    return build_mail(
        "t36",
        sender=KEY_DANA,
        to=TO_DESK,
        subject="Pickup receipt PU-30418 - PO-77830",
        when=at("2026-12-02 10:00:18", -5),
        body=body,
        style="outlook",
        html=html_of(body),
        extra=OUTLOOK,
        files=((pdf_t36_pickup_receipt(), PDF_MIME, "PU-30418.pdf"),),
    )


def t37() -> bytes:
    body = """Hi,

Attached is the list of items we buy most from you, with the prices we have on file. Can
your rep confirm or update them for 2027 before our budget meeting on the 10th?

Also the MERV 11 filters went up a lot this year - any chance of a volume price?

Raj
"""
    return build_mail(
        "t37",
        sender=SUM_RAJ,
        to="sales@distributor.example",
        cc=DESK,
        subject="2027 pricing - please confirm",
        when=at("2026-12-03 11:00:26", -6),
        body=body,
        style="apple",
        extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),),
        files=((xlsx_t37_prices(), XLSX_MIME, "Summit_pricing_2027.xlsx"),),
        domain="summithvac.net",
    )


def t38() -> bytes:
    form = {
        "order_number": "SO-104243",
        "lines": [{"sku": "FTG-CU-E90-100", "quantity": 20, "reason": "SHORT"}],
        "note": "Counted the 1 inch copper elbows twice: 230 pcs, the packing list says 250. 20 short.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def t39() -> bytes:
    return b"""WARRANTY NOTE - service call 11/23

Order: SO-104202 (delivered October 2025)
Item: VLV-0075-BV  3/4" brass ball valve, sweat
Qty: 2

Both valves leak at the stem packing - defective, they drip even after
tightening the packing nut. Installed on the water heater isolation at the
Ramirez house in October 2025. Valves cut out and kept.

Please replace under warranty.
"""


def t40() -> bytes:
    return b"""Damage report

Your invoice INV-88160
4 pcs  HVC-REG-1006-W  10x6 floor register, white
Arrived damaged: faces bent, carton crushed on one side.

Please send 4 replacements.
"""


NAMES = {
    "t01": "t01-delgado-w9-rebate-program.eml",
    "t02": "t02-summit-receiving-packet-page3-registers.eml",
    "t03": "t03-keystone-packing-list-scans-gate-valves-pex.eml",
    "t04": "t04-riverbend-exceptions-xlsx-pex-couplings.eml",
    "t05": "t05-keystone-marked-invoice-unions-pumps.eml",
    "t06": "t06-summit-receiving-ticket-photo-stats-filters.eml",
    "t07": "t07-delgado-willcall-ticket-photo-unions-pipe.eml",
    "t08": "t08-keystone-dock-ticket-photo-unions-over.eml",
    "t09": "t09-keystone-surplus-xlsx-pex-couplings.eml",
    "t10": "t10-harbor-receiving-slip-photo-filters.eml",
    "t11": "t11-riverbend-credit-request-form-tees-ballvalves.eml",
    "t12": "t12-harbor-discrepancy-form-heater-pumps.eml",
    "t13": "t13-riverbend-yard-csv-corrected-ballvalves.eml",
    "t14": "t14-summit-po-recon-csv-pumps-stats.eml",
    "t15": "t15-delgado-box-label-photo-prv.eml",
    "t16": "t16-harbor-remittance-csv.eml",
    "t17": "t17-harbor-carton-label-photo-ballvalves.eml",
    "t18": "t18-delgado-ballvalves-leftover-with-pod.eml",
    "t19": "t19-harbor-work-order-page2-expansion-tank.eml",
    "t20": "t20-keystone-ap-packet-copper-price.eml",
    "t21": "t21-keystone-warranty-tag-photo-plus-one.eml",
    "t22": "t22-keystone-closeout-xlsx-ballvalves-elbows.eml",
    "t23": "t23-summit-tech-on-harbor-order-stats.eml",
    "t24": "t24-delgado-leftover-sheet-corrected-ballvalves.eml",
    "t25": "t25-riverbend-return-form-rpz.eml",
    "t26": "t26-riverbend-new-po-pdf.eml",
    "t27": "t27-keystone-field-report-ballvalves-late.eml",
    "t28": "t28-summit-statement-recon-xlsx.eml",
    "t29": "t29-riverbend-prv-price-with-price-sheet.eml",
    "t30": "t30-riverbend-rma-request-page2-checkvalve-unions.eml",
    "t31": "t31-bookkeeper-marked-invoice-copper.eml",
    "t32": "t32-delgado-warranty-form-gas-heater.eml",
    "t33": "t33-keystone-service-report-circulators-old.eml",
    "t34": "t34-harbor-credit-status-quoted-claim.eml",
    "t35": "t35-harbor-receiving-photo-unknown-po.eml",
    "t36": "t36-keystone-pickup-receipt-fyi.eml",
    "t37": "t37-summit-price-sheet-2027.eml",
    "t38": "t38-portal-elbows-short.json",
    "t39": "t39-upload-ballvalve-warranty-note.txt",
    "t40": "t40-upload-damage-note-invoice-only.txt",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    out.mkdir(parents=True, exist_ok=True)
    makers = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(makers[key]())
    print(f"{len(NAMES)} files written to {out}")


if __name__ == "__main__":
    main()
