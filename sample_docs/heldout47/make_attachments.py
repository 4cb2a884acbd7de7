"""Write every request file of heldout47 (one week of returns mail): 37 emails, 1 portal form, 2 uploads.

    .venv/bin/python sample_docs/heldout47/make_attachments.py [OUT_DIR]

OUT_DIR defaults to requests/ beside this file. Emails are put together with the standard library's
email package; their attachments are made here:

- PDFs (fpdf2, core Helvetica): the customers' own forms (debit memo request, warranty/return
  request, RMA request, receiving exception report, vendor claim form), multi-page work orders and
  service tickets, a purchase order, our statement, our invoice, a carrier inspection report and a
  promotion sheet;
- scans and phone photos (Pillow + numpy): a field exception sheet and a receiving report filled in
  by pen, packing lists with pen counts, carton and box labels with marker notes, a defect tag;
- workbooks (openpyxl) and CSV exports with the customers' own column names.

Nothing depends on the clock or on unseeded randomness: every noise source is a numpy generator
seeded from a SHA-256 of the picture's name, PDFs carry a fixed creation date, workbooks are
re-zipped with fixed member times and fixed document dates, and Message-IDs and MIME boundaries
are hashes of the request key. Fonts: DejaVu and Liberation from /usr/share/fonts/truetype.
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
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
DESK_TO = f"Calloway Returns Desk <{DESK}>"
US = "Calloway Supply Co."
US_ADDR = "2750 Foundry Road, Building B"

PDF = ("application", "pdf")
PNG = ("image", "png")
JPEG = ("image", "jpeg")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
CSV = ("text", "csv")


# ---------------------------------------------------------------- stable numbers


def sha(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def rng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(sha("noise", name, n=14), 16))


def local(stamp: str, hours: int) -> dt.datetime:
    """'YYYY-MM-DD HH:MM:SS' at UTC+hours."""
    tz = dt.timezone(dt.timedelta(hours=hours))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


# ---------------------------------------------------------------- mail

CLIENT_HEADERS = {
    "outlook": (
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("Content-Language", "en-US"),
    ),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1)"),),
    "tbird": (("User-Agent", "Mozilla Thunderbird 128.4.2"),),
    "gmail": (),
}


def msg_id(key: str, client: str, domain: str) -> str:
    core = sha("message-id", key, n=40)
    if client == "outlook":
        up = core.upper()
        return f"<{up[:4]}PR{up[4:6]}MB{up[6:10]}{up[10:30]}@{up[30:38]}.prod.outlook.com>"
    if client == "gmail":
        return f"<CAH{core[:12]}{core[12:20].upper()}x{core[20:34]}@mail.gmail.com>"
    if client in ("iphone", "apple"):
        up = core.upper()
        return f"<{up[:8]}-{up[8:12]}-{up[12:16]}-{up[16:20]}-{up[20:32]}@{domain}>"
    if client == "tbird":
        return f"<{core[:8]}-{core[8:12]}-{core[12:16]}-{core[16:20]}-{core[20:32]}@{domain}>"
    return f"<{core[:16]}.{core[16:28]}@{domain}>"


def boundary(key: str, client: str, number: int) -> str:
    core = sha("boundary", key, str(number), n=28)
    if client == "outlook":
        return f"_{number:03d}_{core.upper()}_"
    if client == "gmail":
        return f"000000000000{core[:16]}"
    if client in ("iphone", "apple"):
        return f"Apple-Mail-{core[:8].upper()}-{core[8:12].upper()}-{core[12:24].upper()}"
    return f"------------{core[:24]}"


def html_body(text: str) -> str:
    """The HTML half of an Outlook message: one paragraph per line, blank lines kept."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        safe = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(f'<p class="MsoNormal">{safe or "&nbsp;"}</p>')
    inner = "\n".join(out)
    return (
        "<html><head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style>\n'
        '</head><body lang="EN-US">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body></html>\n'
    )


def email(
    key: str,
    *,
    sender: str,
    subject: str,
    sent: dt.datetime,
    body: str,
    client: str,
    domain: str,
    files: tuple = (),
    to: str = DESK_TO,
    cc: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
) -> bytes:
    """One RFC 822 message. files: (bytes, (maintype, subtype), filename[, disposition])."""
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = msg_id(key, client, domain)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    for name, value in CLIENT_HEADERS[client]:
        if name == "X-MS-Has-Attach" and not files:
            value = ""
        msg[name] = value
    msg.set_content(body)
    if client == "outlook":
        msg.add_alternative(html_body(body), subtype="html")
    for item in files:
        data, (main, sub), filename = item[:3]
        how = item[3] if len(item) > 3 else "attachment"
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename, disposition=how)
    for number, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, client, number))
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n")).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF


class Doc(FPDF):
    """fpdf2 on Letter paper with a pinned creation date and an optional running footer."""

    def __init__(self, made: dt.datetime, footer: str = "", landscape: bool = False) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="Letter")
        self.set_creation_date(made)
        self.set_author("")
        self.foot = footer
        self.set_margins(16, 15, 16)
        self.set_auto_page_break(auto=True, margin=16)
        self.alias_nb_pages()

    def footer(self) -> None:
        if self.foot:
            self.set_y(-12)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, f"{self.foot}  |  page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    def title_block(self, left: str, right: str, sub: str = "") -> None:
        """Issuer on the first line, the document's title under it, then a small line."""
        self.set_font("Helvetica", "B", 15)
        self.cell(0, 8, left, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "B", 12.5)
        self.cell(0, 7, right, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.set_font("Helvetica", "", 8.5)
            self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(60, 60, 60)
        self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
        self.ln(5)

    def fields(self, pairs: list[tuple[str, str]], width: float = 40, size: float = 9.5) -> None:
        for label, value in pairs:
            self.set_font("Helvetica", "B", size)
            self.cell(width, 5.6, label)
            self.set_font("Helvetica", "", size)
            self.cell(0, 5.6, value, new_x="LMARGIN", new_y="NEXT")

    def two_col(
        self, left: list[tuple[str, str]], right: list[tuple[str, str]], size: float = 9
    ) -> None:
        top = self.get_y()
        for x, pairs in ((self.l_margin, left), (self.l_margin + 96, right)):
            self.set_xy(x, top)
            for label, value in pairs:
                self.set_x(x)
                self.set_font("Helvetica", "B", size)
                self.cell(30, 5.4, label)
                self.set_font("Helvetica", "", size)
                self.cell(62, 5.4, value, new_x="LMARGIN", new_y="NEXT")
        self.set_y(top + 5.4 * max(len(left), len(right)) + 2)

    def table(
        self,
        widths: list[float],
        rows: list[list[str]],
        size: float = 8.6,
        height: float = 6.2,
        align: str = "",
        shade: tuple[int, int, int] = (225, 225, 225),
    ) -> None:
        """Bordered table, first row the heading. Text wider than its cell is refused."""
        for r, row in enumerate(rows):
            self.set_font("Helvetica", "B" if r == 0 else "", size)
            self.set_fill_color(*shade)
            for c, (width, text) in enumerate(zip(widths, row, strict=True)):
                if self.get_string_width(text) > width - 1.4:
                    raise ValueError(f"cell too narrow ({width} mm): {text!r}")
                how = align[c] if c < len(align) and r > 0 else "L"
                self.cell(width, height, text, border=1, align=how, fill=r == 0)
            self.ln(height)

    def text_block(
        self, text: str, size: float = 9.5, style: str = "", height: float = 5.0
    ) -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")

    def box(self, ticked: bool, label: str, size: float = 9) -> None:
        """A tick box and its label, on the current line."""
        x, y = self.get_x(), self.get_y()
        self.rect(x, y + 1.1, 3.6, 3.6)
        if ticked:
            self.set_font("Helvetica", "B", size + 1)
            self.text(x + 0.55, y + 4.3, "X")
        self.set_x(x + 5)
        self.set_font("Helvetica", "", size)
        self.cell(self.get_string_width(label) + 6, 5.8, label)

    def bytes(self) -> bytes:
        return bytes(self.output())


# ---------------------------------------------------------------- workbooks and CSV


def xlsx_bytes(wb: Workbook, made: dt.datetime, who: str) -> bytes:
    """Save the workbook, then re-zip it with fixed member times and fixed document dates."""
    wb.properties.creator = who
    wb.properties.lastModifiedBy = who
    naive = made.astimezone(dt.UTC).replace(tzinfo=None)
    wb.properties.created = naive
    wb.properties.modified = naive
    raw = io.BytesIO()
    wb.save(raw)
    stamp = naive.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for entry in src.infolist():
            data = src.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(entry.filename, date_time=(2026, 11, 2, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, data)
    return out.getvalue()


def put_rows(
    ws, rows: list[list], widths: list[float], head: str = "D9E1F2", start: int = 1
) -> None:
    for r, row in enumerate(rows, start=start):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if r == start:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor=head)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, width in enumerate(widths):
        ws.column_dimensions[chr(65 + c)].width = width


def csv_bytes(rows: list[list], crlf: bool = True) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------- pictures: tools

BLUE_INK = (25, 40, 140)
BLACK_INK = (30, 30, 36)
MARKER = (16, 16, 20)
RED_MARKER = (170, 20, 26)
PRINT = (20, 20, 20)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONT_DIR / folder / f"{name}.ttf"), size)


def write(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    size: int = 26,
    face: str = "LiberationSans-Regular",
    color: tuple[int, int, int] = PRINT,
) -> None:
    ImageDraw.Draw(img).text(xy, text, font=font(face, size), fill=color)


def pen(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    g: np.random.Generator,
    size: int = 36,
    color: tuple[int, int, int] = BLUE_INK,
    face: str = "LiberationSans-Italic",
    wobble: float = 1.2,
) -> int:
    """Handwriting stand-in: each word drawn on its own, a little turned and lifted. Returns end x."""
    x, y = xy
    letters = font(face, size)
    for word in text.split():
        _, _, w, h = letters.getbbox(word)
        tile = Image.new("RGBA", (w + 12, h + 14), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((6, 5), word, font=letters, fill=(*color, 235))
        tile = tile.rotate(float(g.uniform(-wobble, wobble)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(g.integers(-2, 3))), tile)
        x += w + int(size * 0.36) + int(g.integers(0, 3))
    return x


def rules(
    img: Image.Image,
    x: int,
    y: int,
    widths: list[int],
    row_h: int,
    rows: int,
    color: tuple[int, int, int] = (80, 80, 80),
    verticals: bool = True,
) -> list[int]:
    """A ruled table; returns the left edge of every column (and the right edge last)."""
    d = ImageDraw.Draw(img)
    edges = [x]
    for w in widths:
        edges.append(edges[-1] + w)
    for r in range(rows + 1):
        d.line([(x, y + r * row_h), (edges[-1], y + r * row_h)], fill=color, width=2)
    if verticals:
        for e in edges:
            d.line([(e, y), (e, y + rows * row_h)], fill=color, width=2)
    return edges


def circle_mark(img: Image.Image, box: tuple[int, int, int, int], g: np.random.Generator) -> None:
    """A loose pen ring around a cell."""
    x0, y0, x1, y1 = box
    jitter = [int(v) for v in g.integers(-4, 5, size=4)]
    ImageDraw.Draw(img).ellipse(
        (x0 + jitter[0], y0 + jitter[1], x1 + jitter[2], y1 + jitter[3]), outline=BLUE_INK, width=3
    )


def sheet(w: int, h: int, tint: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (w, h), tint)


def as_scan(img: Image.Image, name: str, scale: float = 0.72) -> bytes:
    """Flatbed scan: grey, slightly skewed, toned paper, a little grain, few grey levels, PNG."""
    g = rng(name)
    grey = img.convert("L")
    grey = grey.resize((int(grey.width * scale), int(grey.height * scale)), Image.LANCZOS)
    grey = grey.rotate(float(g.uniform(-0.6, 0.6)), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(grey, dtype=np.float32)
    a = 240 - (255 - a) * 0.92 + g.normal(0, 2.6, a.shape)
    a = np.round(np.clip(a, 0, 255) / 16) * 16
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(0.35)
    )
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def as_photo(
    img: Image.Image,
    name: str,
    tilt: float = 1.5,
    surface: tuple[int, int, int] = (120, 104, 88),
    border: int = 70,
    longest: int = 1500,
    quality: int = 80,
) -> bytes:
    """Phone photo of a sheet lying on a surface: turned a little, uneven light, grain, JPEG."""
    g = rng(name)
    canvas = Image.new("RGB", (img.width + 2 * border, img.height + 2 * border), surface)
    canvas.paste(img.convert("RGB"), (border, border))
    canvas = canvas.rotate(float(g.uniform(-tilt, tilt)), resample=Image.BICUBIC, fillcolor=surface)
    a = np.asarray(canvas, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = g.uniform(0.25, 0.75) * w, g.uniform(0.25, 0.75) * h
    light = 1.02 - 0.3 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    warm = np.array([1.0, 0.98, 0.93], dtype=np.float32)
    a = a * light[..., None] * warm + g.normal(0, 3.5, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(0.5)
    )
    ratio = longest / max(out.size)
    if ratio < 1:
        out = out.resize((int(out.width * ratio), int(out.height * ratio)), Image.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def our_packing_list(ship: dict) -> tuple[Image.Image, list[int], int, int]:
    """Our packing list as printed at the DC; returns the image, column edges, table top, row height."""
    img = sheet(1700, 2000)
    write(img, (100, 90), US.upper(), 44, "LiberationSans-Bold")
    write(img, (100, 146), f"{US_ADDR}  |  {ship['site']}", 24)
    write(img, (1180, 90), "PACKING LIST", 44, "LiberationSans-Bold")
    write(img, (1180, 146), f"Shipment {ship['shipment']}", 28)
    info = [
        ("Ship to:", ship["ship_to"]),
        ("Order:", ship["order"]),
        ("Customer PO:", ship["po"]),
        ("Ship date:", ship["date"]),
        ("Ship via:", ship["via"]),
    ]
    y = 240
    for label, value in info:
        write(img, (100, y), label, 28, "LiberationSans-Bold")
        write(img, (380, y), value, 28)
        y += 46
    top, row_h = 520, 84
    widths = [80, 330, 640, 140, 170]
    edges = rules(img, 100, top, widths, row_h, 1 + len(ship["lines"]), verticals=False)
    for left, head in zip(edges, ["Ln", "Item", "Description", "Qty", "Rec'd"], strict=False):
        write(img, (left + 12, top + 26), head, 28, "LiberationSans-Bold")
    for r, (sku, desc, qty) in enumerate(ship["lines"], start=1):
        yy = top + r * row_h + 26
        write(img, (edges[0] + 18, yy), str(r), 28)
        write(img, (edges[1] + 12, yy), sku, 28)
        write(img, (edges[2] + 12, yy), desc, 25)
        write(img, (edges[3] + 12, yy), str(qty), 28)
    end = top + (1 + len(ship["lines"])) * row_h
    write(img, (100, end + 40), f"Total pieces: {sum(q for _, _, q in ship['lines'])}", 26)
    write(
        img,
        (100, end + 84),
        "Please count on receipt and note any shortage or damage on the carrier's receipt.",
        24,
    )
    write(img, (100, 1860), "Received by: ________________________    Date: ____________", 28)
    return img, edges, top, row_h


# ---------------------------------------------------------------- pictures


def photo_w03() -> bytes:
    """Summit's warehouse marks our packing list for SH-55140."""
    g = rng("w03-marks")
    ship = {
        "site": "DC-EAST",
        "shipment": "SH-55140",
        "ship_to": "Summit HVAC Services, 2200 Industrial Blvd",
        "order": "SO-104238",
        "po": "PO-60418",
        "date": "11/05/2026",
        "via": "Calloway truck",
        "lines": [
            ("TST-7500-PRO", "7-day programmable Wi-Fi thermostat", 12),
            ("TST-2100-NP", "Non-programmable digital thermostat 24V", 20),
            ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated filter, cs/12", 10),
        ],
    }
    img, edges, top, row_h = our_packing_list(ship)
    pen(img, (edges[4] + 20, top + row_h + 20), "ok", g, 36)
    pen(img, (edges[4] + 20, top + 2 * row_h + 20), "20", g, 36)
    pen(img, (edges[4] + 20, top + 3 * row_h + 20), "8", g, 38)
    y = top + 4 * row_h + 150
    pen(img, (640, y), "4 of the TST-2100-NP boxes are", g, 38)
    pen(img, (640, y + 56), "LINE VOLTAGE stats, not 24V - WRONG ITEM", g, 38)
    pen(img, (700, y + 150), "filters: 8 cs rec'd = 2 SHORT", g, 38)
    pen(img, (330, 1826), "K. Lindqvist", g, 38, BLACK_INK)
    pen(img, (1130, 1826), "11/5", g, 36, BLACK_INK)
    return as_photo(img, "w03", tilt=1.3)


def photo_w05() -> bytes:
    """Our carton label on the crushed circulator carton, with a marker note."""
    g = rng("w05-marks")
    img = sheet(1400, 1000, (196, 160, 112))
    label = sheet(1100, 640, (250, 250, 246))
    write(label, (40, 30), US.upper(), 40, "LiberationSans-Bold")
    write(label, (40, 84), f"{US_ADDR}  -  DC-SOUTH", 22)
    d = ImageDraw.Draw(label)
    d.line([(40, 124), (1060, 124)], fill=(30, 30, 30), width=3)
    rows = [
        ("SHIP TO", "KEYSTONE MECHANICAL CONTRACTORS"),
        ("ORDER", "SO-104235      PO  PO-77830"),
        ("ITEM", "PMP-CIRC-015"),
        ("DESC", "1/25 HP CAST IRON CIRCULATOR 115V"),
        ("QTY", "1 EA          CARTON 2 OF 4"),
        ("VIA", "ODFL   PRO OD0782301177"),
    ]
    y = 146
    for head, value in rows:
        write(label, (40, y), head, 26, "LiberationSans-Bold")
        write(label, (230, y), value, 30)
        y += 56
    for i in range(60):
        width = int(g.integers(2, 7))
        x = 60 + i * 16
        d.rectangle((x, 500, x + width, 600), fill=(20, 20, 20))
    img.paste(label, (150, 60))
    pen(img, (160, 760), "CRUSHED - HOUSING CRACKED", g, 56, MARKER, "LiberationSans-Bold", 1.6)
    pen(img, (160, 850), "1 pump  - T.M. 11/6", g, 48, MARKER, "LiberationSans-Bold", 1.6)
    return as_photo(img, "w05", tilt=2.0, surface=(86, 86, 90))


def scan_w06() -> bytes:
    """Riverbend's printed field exception sheet, filled in by the foreman."""
    g = rng("w06-marks")
    img = sheet(1700, 2200)
    write(img, (110, 100), "RIVERBEND PLUMBING & HEATING", 46, "LiberationSans-Bold")
    write(img, (110, 160), "FIELD MATERIAL EXCEPTION", 38, "LiberationSans-Bold")
    write(
        img,
        (110, 212),
        "Turn in to the office with the delivery ticket. One sheet per supplier order.",
        24,
    )
    boxes = [
        ("Job:", 300),
        ("Supplier:", 400),
        ("Order / PO:", 500),
        ("Date found:", 600),
        ("Foreman:", 700),
    ]
    for label, y in boxes:
        write(img, (110, y), label, 30, "LiberationSans-Bold")
        ImageDraw.Draw(img).line([(380, y + 40), (1500, y + 40)], fill=(90, 90, 90), width=2)
    pen(img, (400, 296), "Elm Street Lofts - 2nd floor", g, 38)
    pen(img, (400, 396), "Calloway Supply", g, 38)
    pen(img, (400, 496), "SO-104230 / PO-24460", g, 38)
    pen(img, (400, 596), "11/6/26", g, 38)
    pen(img, (400, 696), "D. Hayes", g, 38)
    top, row_h = 860, 110
    edges = rules(img, 110, top, [380, 420, 130, 550], row_h, 4)
    for left, head in zip(edges, ["Item no.", "Description", "Qty", "Problem"], strict=False):
        write(img, (left + 14, top + 36), head, 30, "LiberationSans-Bold")
    pen(img, (edges[0] + 14, top + row_h + 34), "PIP-CU-L-100-20", g, 34)
    pen(img, (edges[1] + 14, top + row_h + 34), "1in type L copper 20ft", g, 32)
    pen(img, (edges[2] + 30, top + row_h + 32), "2", g, 40)
    pen(img, (edges[3] + 14, top + row_h + 34), "DAMAGED - ends crushed", g, 32)
    pen(img, (edges[0] + 14, top + 2 * row_h + 34), "VLV-0075-BV", g, 34)
    pen(img, (edges[1] + 14, top + 2 * row_h + 34), "3/4 ball valve SWEAT", g, 32)
    pen(img, (edges[2] + 30, top + 2 * row_h + 32), "6", g, 40)
    pen(img, (edges[3] + 14, top + 2 * row_h + 34), "WRONG ITEM - sent threaded", g, 32)
    write(img, (110, 1380), "Notes:", 30, "LiberationSans-Bold")
    pen(img, (250, 1376), "Copper bundle opened Fri. 2 lengths dented flat at", g, 34)
    pen(img, (250, 1436), "the ends, can't cut around it. Valves are all threaded,", g, 34)
    pen(img, (250, 1496), "we need sweat. Rest of the order OK.", g, 34)
    write(img, (110, 1900), "Foreman signature: ____________________", 28)
    pen(img, (520, 1862), "D Hayes", g, 40, BLACK_INK)
    return as_scan(img, "w06")


def scan_w09() -> bytes:
    """Harbor Point's receiving report, counts and notes in pen."""
    g = rng("w09-marks")
    img = sheet(1700, 2200)
    write(img, (100, 90), "HARBOR POINT PROPERTY MANAGEMENT", 44, "LiberationSans-Bold")
    write(img, (100, 146), "Maintenance Stores  -  RECEIVING REPORT", 34, "LiberationSans-Bold")
    fields = [
        ("Property:", "Bayview Terrace"),
        ("Vendor:", "Calloway Supply Co."),
        ("PO number:", "PO-70231"),
        ("Date received:", "11/09/2026"),
        ("Carrier:", "vendor truck"),
    ]
    y = 250
    for label, value in fields:
        write(img, (100, y), label, 28, "LiberationSans-Bold")
        write(img, (380, y), value, 28)
        y += 48
    top, row_h = 560, 100
    widths = [330, 520, 150, 150, 390]
    edges = rules(img, 100, top, widths, row_h, 4)
    for left, head in zip(
        edges, ["Item", "Description", "Shipped", "Rec'd", "Condition / notes"], strict=False
    ):
        write(img, (left + 12, top + 32), head, 27, "LiberationSans-Bold")
    lines = [
        ("HVC-REG-1006-W", "10x6 floor register, white", "60", "60", "8 bent - DAMAGED"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 filter cs/12", "24", "24", "1 case crushed"),
        ("TST-2100-NP", "Digital thermostat 24V", "10", "8", "2 SHORT"),
    ]
    for r, (sku, desc, shipped, got, note) in enumerate(lines, start=1):
        yy = top + r * row_h + 32
        write(img, (edges[0] + 12, yy), sku, 27)
        write(img, (edges[1] + 12, yy), desc, 25)
        write(img, (edges[2] + 40, yy), shipped, 27)
        pen(img, (edges[3] + 44, yy - 6), got, g, 40)
        pen(img, (edges[4] + 12, yy - 4), note, g, 32)
    pen(
        img, (100, 1040), "Filter case crushed on the pallet corner, filters bent - DAMAGED.", g, 33
    )
    pen(img, (100, 1100), "Bent registers + crushed case set aside in the shop.", g, 33)
    write(img, (100, 1900), "Received by: ____________________", 28)
    pen(img, (420, 1862), "L. Ortega", g, 40, BLACK_INK)
    return as_scan(img, "w09")


def photo_w10() -> bytes:
    """Our bag tag on the unions, with Rosa's marker note."""
    g = rng("w10-marks")
    img = sheet(1300, 900, (214, 214, 206))
    tag = sheet(960, 460, (252, 252, 240))
    write(tag, (34, 26), US.upper(), 34, "LiberationSans-Bold")
    write(tag, (34, 90), "FTG-BI-U-150", 58, "LiberationSans-Bold")
    write(tag, (34, 170), '1-1/2" BLACK MALLEABLE IRON UNION', 32)
    write(tag, (34, 226), "QTY 12 EA        SO-104240", 32)
    write(tag, (34, 282), "PICKED DC-SOUTH   WILL CALL", 26)
    d = ImageDraw.Draw(tag)
    for i in range(52):
        width = int(g.integers(2, 6))
        d.rectangle((40 + i * 16, 350, 40 + i * 16 + width, 430), fill=(20, 20, 20))
    img.paste(
        tag.rotate(-1.0, resample=Image.BICUBIC, expand=True, fillcolor=(214, 214, 206)), (150, 50)
    )
    pen(img, (150, 600), '4 of these are 1-1/4"', g, 54, MARKER, "LiberationSans-Bold", 1.4)
    pen(img, (150, 690), "WRONG ITEM", g, 60, MARKER, "LiberationSans-Bold", 1.4)
    return as_photo(img, "w10", tilt=1.8, surface=(70, 60, 50))


def photo_w27() -> bytes:
    """Riverbend's count on our packing list for SH-55160."""
    g = rng("w27-marks")
    ship = {
        "site": "DC-EAST",
        "shipment": "SH-55160",
        "ship_to": "Riverbend Plumbing & Heating",
        "order": "SO-104243",
        "po": "PO-24530",
        "date": "11/10/2026",
        "via": "R+L Carriers  PRO RL123512650",
        "lines": [
            ("VLV-1005-BV", '1" brass ball valve, full port, thd', 48),
            ("FTG-CU-E90-100", '1" wrot copper 90 elbow C x C', 250),
            ("VLV-0750-PRV", '3/4" pressure reducing valve 25-75', 4),
        ],
    }
    img, edges, top, row_h = our_packing_list(ship)
    pen(img, (edges[4] + 24, top + row_h + 20), "48", g, 38)
    pen(img, (edges[4] + 24, top + 2 * row_h + 20), "250", g, 38)
    pen(img, (edges[4] + 24, top + 3 * row_h + 20), "3", g, 40)
    pen(img, (760, top + 4 * row_h + 160), "only 3 PRVs in the box - 1 SHORT", g, 40)
    pen(img, (330, 1826), "K Liu", g, 38, BLACK_INK)
    pen(img, (1130, 1826), "11/12", g, 36, BLACK_INK)
    return as_photo(img, "w27", tilt=1.2, surface=(150, 150, 146))


def photo_w31() -> bytes:
    """The rating plate of the dented heater and our stock sticker beside it."""
    g = rng("w31-marks")
    img = sheet(1400, 1000, (226, 226, 220))
    plate = sheet(900, 520, (240, 240, 236))
    write(plate, (30, 24), "BRADFORD THERMAL PRODUCTS", 38, "LiberationSans-Bold")
    specs = [
        "ELECTRIC STORAGE WATER HEATER",
        "MODEL  BT-40E45-2        CAPACITY 40 US GAL",
        "240 V  1 PH   UPPER 4500 W / LOWER 4500 W",
        "SERIAL  BT40E-2610-20457",
        "MFD 10/2026   MAX WORKING PRESSURE 150 PSI",
    ]
    for i, line in enumerate(specs):
        write(plate, (30, 100 + i * 56), line, 28)
    ImageDraw.Draw(plate).rectangle((8, 8, 890, 510), outline=(60, 60, 60), width=4)
    img.paste(plate, (80, 60))
    sticker = sheet(420, 190, (255, 255, 255))
    write(sticker, (20, 16), "CALLOWAY SUPPLY", 26, "LiberationSans-Bold")
    write(sticker, (20, 62), "WH-40G-EL", 48, "LiberationSans-Bold")
    write(sticker, (20, 126), "40 GAL ELEC 4500W 240V", 22)
    img.paste(sticker, (880, 640))
    pen(img, (90, 700), "DENTED - drain valve", g, 50, MARKER, "LiberationSans-Bold", 1.2)
    pen(img, (90, 780), "broken off", g, 50, MARKER, "LiberationSans-Bold", 1.2)
    return as_photo(img, "w31", tilt=2.2, surface=(60, 66, 72))


def photo_w32() -> bytes:
    """End label of a thermostat box that came on the pallet, with Luis's marker note."""
    g = rng("w32-marks")
    img = sheet(1300, 900, (236, 236, 232))
    write(img, (90, 80), "BRADFORD THERMAL", 46, "LiberationSans-Bold")
    write(img, (90, 150), "7-Day Programmable Wi-Fi Thermostat", 36)
    write(img, (90, 220), "Item  TST-7500-PRO", 44, "LiberationSans-Bold")
    write(img, (90, 290), "UPC 0 84512 07500 4        1 EA", 32)
    d = ImageDraw.Draw(img)
    for i in range(70):
        width = int(g.integers(2, 6))
        d.rectangle((100 + i * 13, 350, 100 + i * 13 + width, 440), fill=(15, 15, 15))
    pen(img, (90, 540), "2 EXTRA - NOT ORDERED", g, 58, MARKER, "LiberationSans-Bold", 1.4)
    pen(img, (90, 630), "not on packing list  PO-70231", g, 46, MARKER, "LiberationSans-Bold", 1.4)
    return as_photo(img, "w32", tilt=1.6, surface=(110, 84, 60))


def photo_w36() -> bytes:
    """Riverbend's warehouse check sheet for the R+L delivery."""
    g = rng("w36-marks")
    img = sheet(1600, 1300, (250, 250, 244))
    write(
        img, (80, 60), "RIVERBEND P&H - WAREHOUSE RECEIVING CHECK SHEET", 38, "LiberationSans-Bold"
    )
    fields = [
        ("Supplier:", "Calloway"),
        ("PO / order:", "PO-24530 / SO-104243"),
        ("Date:", "11/12/26"),
    ]
    y = 150
    for label, value in fields:
        write(img, (80, y), label, 28, "LiberationSans-Bold")
        pen(img, (320, y - 6), value, g, 36)
        y += 60
    top, row_h = 380, 92
    edges = rules(img, 80, top, [340, 500, 170, 170, 260], row_h, 4, verticals=False)
    for left, head in zip(
        edges, ["Item", "Description", "Packed", "Counted", "Check"], strict=False
    ):
        write(img, (left + 12, top + 28), head, 28, "LiberationSans-Bold")
    lines = [
        ("VLV-1005-BV", "1in ball valve thd", "48", "48", "ok"),
        ("FTG-CU-E90-100", "1in cu 90", "250", "250", "ok"),
        ("VLV-0750-PRV", "3/4 PRV", "4", "3", "SHORT 1"),
    ]
    for r, (sku, desc, packed, counted, check) in enumerate(lines, start=1):
        yy = top + r * row_h + 24
        pen(img, (edges[0] + 12, yy), sku, g, 32)
        pen(img, (edges[1] + 12, yy), desc, g, 32)
        pen(img, (edges[2] + 30, yy), packed, g, 34)
        pen(img, (edges[3] + 30, yy), counted, g, 34)
        pen(img, (edges[4] + 12, yy), check, g, 34, RED_MARKER)
    pen(img, (80, top + 4 * row_h + 70), "Checked by: O. Brandt", g, 36, BLACK_INK)
    return as_photo(img, "w36", tilt=1.4, surface=(96, 96, 100))


def photo_w37() -> bytes:
    """Summit's red defective-material tag, filled in by the technician."""
    g = rng("w37-marks")
    img = sheet(1200, 1400, (242, 224, 210))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, 1160, 1360), outline=(170, 30, 30), width=8)
    d.ellipse((560, 80, 640, 160), outline=(120, 120, 120), width=5)
    write(img, (110, 200), "SUMMIT HVAC SERVICES", 44, "LiberationSans-Bold", (150, 20, 20))
    write(
        img, (110, 262), "DEFECTIVE MATERIAL - DO NOT USE", 40, "LiberationSans-Bold", (150, 20, 20)
    )
    rows = [
        ("Item:", "HVC-CND-PUMP"),
        ("Vendor:", "Calloway"),
        ("PO:", "PO-60455"),
        ("Qty:", "1 unit"),
        ("Problem:", "float switch stuck"),
        ("", "won't pump - DEFECTIVE"),
        ("Job:", "Gateway Office Park"),
        ("Tech / date:", "A. Baptiste 11/13"),
    ]
    y = 380
    for label, value in rows:
        if label:
            write(img, (110, y + 6), label, 34, "LiberationSans-Bold")
        d.line([(400, y + 52), (1100, y + 52)], fill=(120, 90, 80), width=2)
        pen(img, (410, y), value, g, 40, BLACK_INK)
        y += 112
    return as_photo(img, "w37", tilt=1.8, surface=(58, 62, 66))


# ---------------------------------------------------------------- PDFs


def made(day: str, hm: str = "09:00") -> dt.datetime:
    return dt.datetime.strptime(f"{day} {hm}", "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)


def pdf_w04_purchase_order() -> bytes:
    doc = Doc(made("2026-11-09", "14:40"), footer="Keystone Mechanical Contractors - PO-77915")
    doc.add_page()
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS", "PURCHASE ORDER", "1180 Liberty Ave, Pittsburgh PA"
    )
    doc.two_col(
        [("PO number", "PO-77915"), ("Date", "11/09/2026"), ("Vendor", US), ("Terms", "Net 30")],
        [
            ("Job", "Carnegie Library Ph 2"),
            ("Ship to", "Jobsite - 410 Federal St"),
            ("Need by", "11/20/2026"),
            ("Buyer", "P. Natarajan"),
        ],
    )
    doc.ln(3)
    rows = [
        ["Ln", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "PMP-CIRC-015", "1/25 HP cast iron circulator 115V", "2", "139.00", "278.00"],
        ["2", "FTG-BI-U-150", '1-1/2" black malleable union', "24", "10.80", "259.20"],
        ["3", "VLV-3100-CK", '3" CI swing check valve, flanged', "2", "189.00", "378.00"],
        ["4", "PIP-CU-L-100-20", '1" type L copper, 20 ft', "20", "71.80", "1,436.00"],
    ]
    doc.table([10, 36, 74, 14, 24, 26], rows, align="LLLRRR")
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(158, 7, "PO total", align="R")
    doc.cell(26, 7, "2,351.20", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(6)
    doc.text_block(
        "Please confirm price and ship date to purchasing@keystonemech.com. Deliver to the jobsite gate on "
        "Federal St, weekdays 7:00-2:30. Reference the PO number on all packing lists and invoices.",
        9,
    )
    doc.ln(10)
    doc.text_block("Authorized: Priya Natarajan, Purchasing", 9.5, "I")
    return doc.bytes()


def pdf_w07_warranty_return() -> bytes:
    doc = Doc(made("2026-11-09", "18:55"))
    doc.add_page()
    doc.title_block(
        "DELGADO & SONS PLUMBING", "WARRANTY / RETURN REQUEST", "Form DSP-7 (rev. 2024)"
    )
    doc.two_col(
        [("Supplier", US), ("Our PO", "PO-40917"), ("Job", "Mendez residence")],
        [("Date", "11/09/2026"), ("Contact", "Rosa Delgado"), ("Phone", "(719) 555-0128")],
    )
    doc.ln(2)
    doc.text_block("PART 1 - WARRANTY (item failed in service)", 10.5, "B")
    doc.table(
        [34, 60, 12, 78],
        [
            ["Item", "Description", "Qty", "Serial / installed"],
            [
                "WH-40G-EL",
                "40 gal electric water heater",
                "1",
                "BT40E-2609-11873 / inst. 10/12/2026",
            ],
        ],
    )
    doc.ln(1)
    doc.text_block(
        "Problem: no hot water at the Mendez residence. Lower element burned out (open, checked with meter). "
        "Defective - customer needs a replacement heater under warranty.",
        9.3,
    )
    doc.ln(4)
    doc.text_block("PART 2 - RETURN FOR CREDIT (unused stock)", 10.5, "B")
    doc.table(
        [34, 60, 12, 78],
        [
            ["Item", "Description", "Qty", "Condition"],
            ["WH-EXP-2G", "2 gal thermal expansion tank", "2", "New in box, never installed"],
        ],
    )
    doc.ln(1)
    doc.text_block(
        "Reason: not needed - the job changed to a tankless unit with its own tank.", 9.3
    )
    doc.ln(8)
    doc.text_block("Signed: Rosa Delgado, office", 9.5, "I")
    return doc.bytes()


def pdf_w11_debit_memo() -> bytes:
    doc = Doc(
        made("2026-11-10", "15:50"), footer="Keystone Mechanical Contractors - Accounts Payable"
    )
    doc.add_page()
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS", "VENDOR DEBIT MEMO REQUEST", "Accounts Payable"
    )
    doc.two_col(
        [("DMR no.", "DMR-26-0412"), ("Date", "11/10/2026"), ("Vendor", US)],
        [
            ("Vendor invoice", "INV-88133 (11/04/2026)"),
            ("Our PO", "PO-77830"),
            ("Your order", "SO-104235"),
        ],
    )
    doc.ln(2)
    doc.text_block("Reason for debit", 10, "B")
    for ticked, label in (
        (True, "Price discrepancy"),
        (False, "Shortage"),
        (False, "Damage"),
        (False, "Return"),
    ):
        doc.box(ticked, label)
    doc.ln(9)
    doc.table(
        [10, 30, 58, 12, 22, 20, 16, 16],
        [
            ["Ln", "Item", "Description", "Qty", "Invoiced", "PO price", "Diff.", "Amount"],
            [
                "3",
                "HVC-CND-PUMP",
                "Condensate pump 115V w/ switch",
                "8",
                "64.90",
                "61.50",
                "3.40",
                "27.20",
            ],
        ],
        align="LLLRRRRR",
    )
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(168, 7, "Total debit requested", align="R")
    doc.cell(16, 7, "27.20", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.text_block(
        "Invoice line 3 was billed above the price on our purchase order. The other lines of INV-88133 "
        "agree with the PO and are approved for payment. Please issue a credit memo for the amount above; "
        "we will hold line 3 until it arrives.",
        9.2,
    )
    doc.ln(8)
    doc.text_block("Requested: D. Ruiz      Approved: M. Haddad, Controller", 9.5, "I")
    return doc.bytes()


def pdf_w12_statement() -> bytes:
    doc = Doc(made("2026-11-06", "23:10"), footer=f"{US} - Accounts Receivable")
    doc.add_page()
    doc.title_block(US.upper(), "STATEMENT OF ACCOUNT", f"{US_ADDR}  |  ar@distributor.example")
    doc.two_col(
        [("Customer", "Riverbend Plumbing & Heating"), ("Account", "C-1002")],
        [("Statement date", "11/06/2026"), ("Terms", "Net 30")],
    )
    doc.ln(2)
    rows = [
        ["Date", "Invoice", "Your PO", "Order", "Amount", "Paid", "Open"],
        ["10/01/2026", "INV-88061", "PO-24388", "SO-104214", "1,089.00", "1,089.00", "0.00"],
        ["10/20/2026", "INV-88086", "PO-24415", "SO-104222", "1,791.00", "0.00", "1,791.00"],
        ["10/29/2026", "INV-88110", "PO-24460", "SO-104230", "1,251.00", "0.00", "1,251.00"],
        ["11/04/2026", "INV-88141", "PO-24519", "SO-104236", "828.80", "0.00", "828.80"],
    ]
    doc.table([24, 24, 24, 24, 28, 28, 28], rows, align="LLLLRRR")
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(152, 7, "Balance due", align="R")
    doc.cell(28, 7, "3,870.80", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_text_color(25, 45, 150)
    doc.set_font("Helvetica", "I", 10.5)
    doc.cell(0, 6, "INV-88110 - paid 11/2, check 20417 ?", new_x="LMARGIN", new_y="NEXT")
    doc.cell(
        0, 6, "INV-88086, INV-88141 - never received, need copies", new_x="LMARGIN", new_y="NEXT"
    )
    doc.set_text_color(0, 0, 0)
    doc.ln(3)
    doc.table(
        [45, 45, 45, 45],
        [
            ["0-30 days", "31-60 days", "61-90 days", "Over 90"],
            ["3,870.80", "0.00", "0.00", "0.00"],
        ],
        align="RRRR",
    )
    doc.ln(4)
    doc.text_block(
        "Questions about this statement: ar@distributor.example. Thank you for your business.", 8.8
    )
    return doc.bytes()


def pdf_w13_rma_request() -> bytes:
    doc = Doc(
        made("2026-11-11", "12:50"), footer="Riverbend Plumbing & Heating - service department"
    )
    doc.add_page()
    doc.title_block(
        "RIVERBEND PLUMBING & HEATING", "RMA REQUEST", "Service Department  |  Columbus, OH"
    )
    doc.two_col(
        [("Request no.", "RB-RMA-1107"), ("Date", "11/11/2026"), ("Supplier", US)],
        [("Our PO", "PO-24415"), ("Job", "Fire Station 3"), ("Requested by", "S. Pruitt")],
    )
    doc.ln(2)
    doc.table(
        [8, 34, 52, 10, 14, 66],
        [
            ["#", "Item", "Description", "Qty", "Code", "Explanation"],
            [
                "1",
                "VLV-3100-CK",
                '3" CI swing check, flanged',
                "1",
                "DEF",
                "Clapper hangs open, pump backspins",
            ],
            [
                "2",
                "BFP-RPZ-300-SO",
                '3" RPZ assembly',
                "1",
                "WRG",
                'Ordered 3" flanged, came 2-1/2" grooved',
            ],
        ],
        align="LLLRLL",
    )
    doc.ln(3)
    doc.text_block(
        "Line 1: installed on the booster pump discharge 10/27. The clapper sticks open and the pump spins "
        "backwards at shutdown. Removed and tagged.\n"
        'Line 2: the assembly on the pallet is a 2-1/2" grooved unit; the tag and the invoice say 3". Not '
        'installed, still crated. We need the 3" flanged assembly before the backflow test.',
        9,
    )
    doc.ln(4)
    doc.text_block("Codes", 9.5, "B")
    doc.text_block(
        "DMG damaged in transit   DEF defective / failed   WRG wrong item received   OVR over-shipped   "
        "SHT short   NN not needed",
        8.6,
    )
    return doc.bytes()


def pdf_w15_job_report() -> bytes:
    doc = Doc(
        made("2026-11-10", "23:30"),
        footer="CrewLedger field app - job material report",
        landscape=True,
    )
    doc.add_page()
    doc.title_block(
        "DELGADO & SONS PLUMBING", "JOB MATERIAL REPORT", "Job 26-118  Ortiz remodel, 1417 Elm Ct"
    )
    doc.fields([("Status", "Complete 11/10/2026"), ("Lead", "Beto Delgado")], 26, 9)
    doc.ln(2)
    doc.table(
        [36, 74, 34, 28, 22, 22, 24],
        [
            ["Item", "Description", "Supplier", "Order", "Issued", "Used", "Remaining"],
            [
                "VLV-0750-PRV",
                '3/4" pressure reducing valve',
                "Calloway",
                "SO-104231",
                "6",
                "3",
                "3",
            ],
            ["FTG-CU-E90-100", '1" wrot copper 90', "Calloway", "SO-104231", "100", "88", "12"],
            ["PIP-CU-L-100-20", '1" type L copper 20 ft', "Calloway", "SO-104231", "12", "12", "0"],
            ["FLX-WH-18", "18in water heater connector", "shop stock", "-", "4", "4", "0"],
        ],
        align="LLLLRRR",
    )
    doc.ln(3)
    doc.text_block("Remaining material goes back to the shop unless marked for return.", 8.8)
    return doc.bytes()


def pdf_w16_keystone_po() -> bytes:
    doc = Doc(made("2026-10-22", "13:00"), footer="Keystone Mechanical Contractors - PO-77790")
    doc.add_page()
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS", "PURCHASE ORDER", "1180 Liberty Ave, Pittsburgh PA"
    )
    doc.two_col(
        [("PO number", "PO-77790"), ("Date", "10/22/2026"), ("Vendor", US), ("Quote", "Q-26-5521")],
        [
            ("Job", "Carnegie Library Ph 1"),
            ("Ship to", "Jobsite - 410 Federal St"),
            ("Need by", "10/28/2026"),
            ("Buyer", "N. Brooks"),
        ],
    )
    doc.ln(3)
    rows = [
        ["Ln", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "PIP-CU-L-100-20", '1" type L copper tube, 20 ft', "30", "71.80", "2,154.00"],
        ["2", "FTG-CU-E90-100", '1" wrot copper 90 elbow', "200", "2.95", "590.00"],
        ["3", "VLV-1005-BV", '1" brass ball valve, full port', "36", "15.20", "547.20"],
    ]
    doc.table([10, 36, 74, 14, 24, 26], rows, align="LLLRRR")
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(158, 7, "PO total", align="R")
    doc.cell(26, 7, "3,291.20", align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    doc.text_block("Prices per Calloway quote Q-26-5521. Invoice at PO prices only.", 9)
    return doc.bytes()


def pdf_w18_work_order() -> bytes:
    doc = Doc(made("2026-11-11", "17:45"), footer="Larkspur Family Medicine - Facilities - WO-5523")
    doc.add_page()
    doc.title_block("LARKSPUR FAMILY MEDICINE", "FACILITIES WORK ORDER", "Building services")
    doc.two_col(
        [("Work order", "WO-5523"), ("Opened", "11/09/2026"), ("Location", "Clinic, 1st floor")],
        [
            ("Priority", "High (patient rooms)"),
            ("Assigned", "D. Clarke"),
            ("Contractor", "Summit HVAC"),
        ],
    )
    doc.ln(2)
    doc.text_block("Request", 10.5, "B")
    doc.text_block(
        "Exam rooms 3 and 6 too warm, thermostat screens blank. New thermostats were installed by Summit HVAC "
        "during the week of 11/2 as part of the rooftop unit zoning project.",
        9.3,
    )
    doc.ln(3)
    doc.text_block("Actions", 10.5, "B")
    doc.text_block(
        "11/09 checked breakers and RTU-2 disconnect, OK. Called Summit.\n"
        "11/10 Summit tech on site, tested both thermostats, see page 2. Rooms running on temporary "
        "set points from the RTU controller.",
        9.3,
    )
    doc.add_page()
    doc.text_block("Findings and parts (page 2)", 11, "B")
    doc.ln(1)
    doc.table(
        [24, 22, 40, 10, 88],
        [
            ["Location", "Equipment", "Part", "Qty", "Finding"],
            [
                "Exam 3",
                "RTU-2 zone",
                "TST-7500-PRO",
                "1",
                "Display dead, 24V at terminals - defective",
            ],
            ["Exam 6", "RTU-2 zone", "TST-7500-PRO", "1", "Reboots every few minutes - defective"],
            ["Lobby", "RTU-1 zone", "TST-7500-PRO", "1", "Working normally"],
            ["Office", "RTU-1 zone", "TST-7500-PRO", "1", "Working normally"],
        ],
    )
    doc.ln(3)
    doc.text_block(
        "Thermostats supplied to Summit HVAC on Calloway order SO-104238. Summit advised the two defective "
        "units go back to the supplier under warranty. 2 replacements needed.",
        9.3,
    )
    return doc.bytes()


def pdf_w19_service_ticket() -> bytes:
    doc = Doc(made("2026-11-11", "22:15"), footer="Keystone Mechanical - service ticket ST-40871")
    doc.add_page()
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS", "SERVICE TICKET ST-40871", "Field Operations"
    )
    doc.two_col(
        [("Customer", "Carnegie Library"), ("Site", "410 Federal St"), ("Date", "11/11/2026")],
        [
            ("Tech", "J. Alvarez, T. Morales"),
            ("Call type", "Warranty / startup"),
            ("Ref", "PO-77812"),
        ],
    )
    doc.ln(2)
    doc.text_block("Labor", 10.5, "B")
    doc.table(
        [30, 30, 20, 104],
        [
            ["Tech", "Date", "Hours", "Work"],
            ["J. Alvarez", "11/11/2026", "3.5", "Domestic water startup, floors 1-3"],
            ["T. Morales", "11/11/2026", "2.0", "Pressure checks, PRV stations 2 and 3"],
        ],
    )
    doc.ln(3)
    doc.text_block(
        "Complaint: high pressure on floors 2 and 3 after startup (fixtures banging).", 9.3
    )
    doc.add_page()
    doc.text_block("Materials and findings", 11, "B")
    doc.ln(1)
    doc.table(
        [34, 50, 22, 10, 68],
        [
            ["Item", "Description", "Supplier ord.", "Qty", "Result"],
            [
                "VLV-0750-PRV",
                '3/4" PRV 25-75 psi',
                "SO-104233",
                "2",
                "FAILED - creeps to 110 psi, defective",
            ],
            ["VLV-2210-BR", '2" bronze gate valve', "SO-104233", "4", "OK"],
            ["FTG-CU-E90-100", '1" copper 90', "SO-104233", "30", "OK"],
            ["PIP-PEX-075-300", '3/4" PEX-A coil', "SO-104233", "1", "OK"],
        ],
    )
    doc.ln(3)
    doc.text_block(
        "PRV stations 2 and 3: both valves set to 60 psi, outlet creeps to 110 psi static within 10 minutes. "
        "Strainers clean. Valves removed, tagged and kept for the supplier. Temporary PRVs from shop stock "
        "installed.",
        9.3,
    )
    doc.add_page()
    doc.text_block("Customer sign-off", 11, "B")
    doc.ln(2)
    doc.text_block(
        "Work performed as described. Building engineer notified of the temporary valves.\n\n"
        "Customer: R. Feeney, building engineer          Date: 11/11/2026",
        9.5,
    )
    return doc.bytes()


def pdf_w21_our_invoice() -> bytes:
    doc = Doc(made("2026-11-06", "20:00"), footer=f"{US} - remit to ar@distributor.example")
    doc.add_page()
    doc.title_block(US.upper(), "INVOICE INV-88165", US_ADDR)
    doc.two_col(
        [
            ("Bill to", "Delgado & Sons Plumbing"),
            ("Customer PO", "PO-40988"),
            ("Order", "SO-104240"),
        ],
        [("Invoice date", "11/06/2026"), ("Terms", "Net 30"), ("Shipped", "11/06/2026 will call")],
    )
    doc.ln(2)
    doc.table(
        [10, 36, 72, 16, 24, 26],
        [
            ["Ln", "Item", "Description", "Qty", "Unit price", "Amount"],
            [
                "1",
                "PIP-BI-200-CTL",
                '2" black steel pipe Sch 40, cut (ft)',
                "120",
                "7.35",
                "882.00",
            ],
            ["2", "FTG-BI-U-150", '1-1/2" black malleable iron union', "12", "11.90", "142.80"],
            ["3", "VLV-1005-BV", '1" brass ball valve, full port, thd', "10", "16.90", "169.00"],
        ],
        align="LLLRRR",
    )
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(158, 7, "Invoice total", align="R")
    doc.cell(26, 7, "1,193.80", align="R", new_x="LMARGIN", new_y="NEXT")
    return doc.bytes()


def pdf_w24_work_order() -> bytes:
    doc = Doc(
        made("2026-11-12", "16:30"), footer="Harbor Point PM - maintenance work order MW-7714"
    )
    doc.add_page()
    doc.title_block("HARBOR POINT PROPERTY MANAGEMENT", "WORK ORDER MW-7714", "Bayview Terrace")
    doc.two_col(
        [("Unit", "3C"), ("Reported", "11/10/2026"), ("Issue", "No heat")],
        [("Tech", "W. Tanaka"), ("Closed", "11/11/2026"), ("Tenant home", "Yes")],
    )
    doc.ln(2)
    doc.text_block(
        "Tenant reports no heat, thermostat blank. Part of the thermostat change-out in building C with "
        "stock received 11/09 (PO-70231).",
        9.3,
    )
    doc.add_page()
    doc.text_block("Parts used / returned (page 2)", 11, "B")
    doc.ln(1)
    doc.table(
        [38, 12, 26, 108],
        [
            ["Item", "Qty", "From", "Notes"],
            [
                "TST-2100-NP",
                "1",
                "PO-70231",
                "Dead out of the box - no display, 24V at R/C. Defective",
            ],
            ["TST-2100-NP", "1", "shop stock", "Installed in its place, heat OK"],
            ["HVC-FLT-1625-M11", "2", "PO-70231", "Filters changed 3C and 3D"],
            ["HVC-REG-1006-W", "4", "PO-70231", "Registers replaced, bedroom and hall"],
        ],
    )
    doc.ln(3)
    doc.text_block("Defective thermostat bagged and tagged for return to the supplier.", 9.3)
    doc.add_page()
    doc.text_block("Sign-off (page 3)", 11, "B")
    doc.ln(2)
    doc.text_block(
        "Tenant signature: on file          Supervisor: L. Ortega          Time: 1.5 h", 9.5
    )
    return doc.bytes()


def pdf_w25_service_report() -> bytes:
    doc = Doc(made("2026-11-12", "17:40"), footer="Keystone Mechanical - service report SR-3390")
    doc.add_page()
    doc.title_block("KEYSTONE MECHANICAL CONTRACTORS", "SERVICE REPORT SR-3390", "Field Operations")
    doc.two_col(
        [("Customer", "Bellmont Apartments"), ("Date", "11/12/2026")],
        [("Tech", "T. Morales"), ("System", "DHW, boiler room B")],
    )
    doc.ln(2)
    doc.text_block(
        "Relief valves on both domestic water heaters weeping. Expansion tanks installed October 2025 with the "
        "boiler room renovation (our PO-76115) found waterlogged: no air charge, water out of the Schrader "
        "valve. Bladders failed. Details on page 2.",
        9.3,
    )
    doc.add_page()
    doc.text_block("Equipment checked (page 2)", 11, "B")
    doc.ln(1)
    doc.table(
        [34, 52, 22, 10, 66],
        [
            ["Item", "Description", "Order", "Qty", "Result"],
            ["WH-EXP-2G", "2 gal expansion tank", "SO-104201", "2", "FAILED - bladder, defective"],
            ["VLV-1250-TMV", '1-1/4" mixing valve', "SO-104201", "1", "OK, outlet 120F"],
            ["PMP-CIRC-015", "Recirc pump 1/25 HP", "SO-104201", "2", "OK"],
        ],
    )
    doc.ln(3)
    doc.text_block("Both tanks replaced from shop stock. Old tanks kept for the supplier.", 9.3)
    return doc.bytes()


def pdf_w29_exception_report() -> bytes:
    doc = Doc(made("2026-11-13", "14:20"))
    doc.add_page()
    doc.title_block(
        "SUMMIT HVAC SERVICES", "RECEIVING EXCEPTION REPORT", "2200 Industrial Blvd  |  Purchasing"
    )
    doc.two_col(
        [("Report no.", "RER-2611-07"), ("Vendor", US), ("PO", "PO-60377")],
        [("Delivered", "11/02/2026 (ODFL)"), ("Found", "11/12/2026"), ("Reported by", "B. Flores")],
    )
    doc.ln(2)
    doc.table(
        [36, 58, 18, 20, 18, 34],
        [
            ["Item", "Description", "Ordered", "Pack list", "Found", "Exception"],
            ["CLG-TILE-24-ACU", "2x2 acoustic tile, ctn 16", "40", "40", "40", "none"],
            ["HVC-REG-1006-W", "10x6 floor register, white", "30", "30", "24", "SHORT 6"],
        ],
        align="LLRRRL",
    )
    doc.ln(3)
    doc.text_block(
        "Register cartons were stored unopened in the parts cage after delivery. When the crew pulled them on "
        "11/12 for the Gateway job there were 24 registers in the cartons, 6 fewer than the packing list.",
        9.3,
    )
    doc.ln(3)
    doc.text_block("Requested action: ship the 6 missing registers, or credit.", 9.5, "B")
    return doc.bytes()


def pdf_w30_claim_form() -> bytes:
    doc = Doc(
        made("2026-11-13", "15:05"), footer="Harbor Point Property Management - vendor claims"
    )
    doc.add_page()
    doc.title_block("HARBOR POINT PROPERTY MANAGEMENT", "VENDOR CLAIM FORM", "Claim HP-VC-0931")
    doc.two_col(
        [("Vendor", US), ("PO number", "PO-70288"), ("Delivered", "11/11/2026")],
        [("Property", "Marina Court"), ("Submitted", "11/13/2026"), ("Contact", "T. Reyes")],
    )
    kinds = ["Damaged", "Defective", "Short", "Overage", "Wrong item"]
    items = [
        (
            "WH-50G-NG",
            "50 gal natural gas water heater",
            "1",
            "Defective",
            "Installed 11/12. Pilot will not stay lit; thermocouple tested good, gas control valve faulty.",
        ),
        (
            "WH-EXP-2G",
            "2 gal thermal expansion tank",
            "1",
            "Overage",
            "Received 4 tanks, ordered and invoiced 3. Extra tank held in the boiler room for pickup.",
        ),
    ]
    for n, (sku, desc, qty, kind, text) in enumerate(items, start=1):
        doc.ln(4)
        doc.text_block(f"Item {n}", 10.5, "B")
        doc.fields([("Item no.", sku), ("Description", desc), ("Quantity", qty)], 30, 9.3)
        doc.set_font("Helvetica", "B", 9.3)
        doc.cell(30, 6, "Claim type")
        for k in kinds:
            doc.box(k == kind, k)
        doc.ln(8)
        doc.text_block(f"Details: {text}", 9.3)
    doc.ln(6)
    doc.text_block("Photos available on request. Signed: Tamika Reyes, Property Manager", 9, "I")
    return doc.bytes()


def pdf_w34_inspection() -> bytes:
    doc = Doc(made("2026-11-12", "21:00"))
    doc.add_page()
    doc.title_block("FREIGHT INSPECTION REPORT", "ODFL", "Concealed / visible damage inspection")
    doc.two_col(
        [("PRO", "OD0782301177"), ("Shipper", US), ("Consignee", "Keystone Mechanical")],
        [("Delivered", "11/06/2026"), ("Inspected", "11/12/2026"), ("Inspector", "G. Fenwick")],
    )
    doc.ln(2)
    doc.table(
        [20, 70, 94],
        [
            ["Pieces", "Description", "Condition found"],
            [
                "1 ctn",
                "Circulator pump PMP-CIRC-015",
                "Carton crushed at one corner, pump housing cracked",
            ],
            ["3 ctn", "Circulator pump PMP-CIRC-015", "No damage"],
        ],
    )
    doc.ln(3)
    doc.text_block(
        'Exception noted on delivery receipt: YES ("1 ctn crushed").  Packaging: manufacturer carton on '
        "pallet, no corner boards.  Damaged unit held by consignee for salvage decision.",
        9.2,
    )
    doc.ln(4)
    doc.text_block("This report records condition only and does not admit liability.", 8.5, "I")
    return doc.bytes()


def pdf_w35_promo() -> bytes:
    doc = Doc(made("2026-10-30", "15:00"), footer=f"{US} - prices valid 11/01-11/30/2026")
    doc.add_page()
    doc.title_block(
        US.upper(),
        "NOVEMBER CONTRACTOR PROMO",
        "Ask your Calloway rep - Jamie Park, (719) 555-0174",
    )
    doc.table(
        [38, 84, 24, 24, 14],
        [
            ["Item", "Description", "Regular", "Promo", "Min"],
            ["VLV-0750-PRV", '3/4" pressure reducing valve 25-75 psi', "94.00", "86.50", "6"],
            ["WH-40G-EL", "40 gal electric water heater 4500 W", "446.00", "419.00", "1"],
            ["WH-50G-NG", "50 gal natural gas water heater", "612.00", "579.00", "1"],
            ["FTG-CU-E90-100", '1" wrot copper 90 elbow', "3.05", "2.79", "100"],
            ["VLV-1005-BV", '1" brass ball valve, full port', "16.90", "15.40", "10"],
        ],
        align="LLRRR",
    )
    doc.ln(4)
    doc.text_block(
        "Promo prices apply to orders entered 11/01 through 11/30/2026, while stock lasts. Not combinable with "
        "job quotes.",
        9,
    )
    return doc.bytes()


# ---------------------------------------------------------------- workbooks


def xlsx_w02_discrepancies() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Discrepancy log"
    rows = [
        [
            "Date in",
            "Vendor",
            "PO #",
            "Item #",
            "Description",
            "Ord",
            "Rcvd",
            "Condition",
            "Issue",
            "Notes",
        ],
        [
            "2026-11-05",
            "Buckeye Water Works",
            "PO-24507",
            "BW-MTR-075",
            '3/4" meter yoke',
            6,
            6,
            "OK",
            "",
            "closed",
        ],
        [
            "2026-11-06",
            "Calloway Supply",
            "PO-24519",
            "VLV-1005-BV",
            '1" brass ball valve FP thd',
            24,
            29,
            "OK",
            "Over",
            "+5 not on PO",
        ],
        [
            "2026-11-06",
            "Calloway Supply",
            "PO-24519",
            "FTG-PEX-CPL-050",
            '1/2" PEX crimp cplg bag/25',
            10,
            10,
            "OK",
            "",
            "",
        ],
        [
            "2026-11-06",
            "Calloway Supply",
            "PO-24519",
            "PIP-PEX-075-300",
            "3/4\" PEX-A 300' coil",
            2,
            2,
            "Damaged",
            "Damaged",
            "1 coil crushed/kinked (UPS)",
        ],
    ]
    put_rows(ws, rows, [12, 22, 11, 18, 30, 6, 6, 11, 9, 28])
    ws.freeze_panes = "A2"
    return xlsx_bytes(wb, made("2026-11-06", "21:20"), "Manny Ortiz")


def xlsx_w14_leftovers() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Leftover material"
    ws["A1"] = "Carnegie Library Ph 1 - closeout leftovers"
    ws["A1"].font = Font(bold=True, size=13)
    rows = [
        ["Vendor", "PO", "Item", "Description", "Qty left", "Unit", "Disposition", "Notes"],
        [
            "Calloway Supply",
            "PO-77790",
            "FTG-CU-E90-100",
            '1" copper 90 elbow',
            40,
            "EA",
            "RETURN",
            "unopened bags, not needed",
        ],
        [
            "Calloway Supply",
            "PO-77790",
            "VLV-1005-BV",
            '1" ball valve FP',
            5,
            "EA",
            "KEEP - PH2",
            "",
        ],
        [
            "Tri-County Pipe & Valve",
            "PO-77788",
            "TC-HNG-100",
            '1" clevis hanger',
            35,
            "EA",
            "RETURN",
            "their RA 55102",
        ],
        ["Hartwell Electric", "PO-77795", "HW-SW-20A", "20A toggle switch", 12, "EA", "KEEP", ""],
    ]
    put_rows(ws, rows, [24, 11, 18, 22, 9, 6, 13, 28], start=3)
    return xlsx_bytes(wb, made("2026-11-11", "14:05"), "Jenna Walsh")


def xlsx_w22_rtv() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "RTV"
    rows = [
        ["Vendor", "PO", "Our item", "Vendor item", "Description", "Qty", "UOM", "Reason"],
        [
            "Calloway Supply",
            "PO-77760",
            "KM-FLT-1625",
            "HVC-FLT-1625-M11",
            "16x25x1 MERV11 pleated filter",
            4,
            "CS",
            "Not needed - owner switched to MERV 13",
        ],
        [
            "Tri-County Pipe & Valve",
            "PO-77802",
            "KM-31044",
            "TC-STR-200",
            '2" Y-strainer',
            1,
            "EA",
            "Wrong size",
        ],
    ]
    put_rows(ws, rows, [22, 11, 13, 19, 30, 5, 6, 36], head="E2EFDA")
    return xlsx_bytes(wb, made("2026-11-12", "15:20"), "Priya Natarajan")


def xlsx_w26_bid_list() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Gateway bid"
    ws["A1"] = "Gateway Office Park - RTU retrofit - material for quote"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ["Item", "Description", "Qty", "UOM", "Unit price", "Ext"],
        ["TST-7500-PRO", "7-day programmable Wi-Fi thermostat", 24, "EA", None, None],
        ["HVC-FLT-1625-M11", "16x25x1 MERV 11 filter", 40, "CS", None, None],
        ["HVC-REG-1006-W", "10x6 floor register white", 120, "EA", None, None],
        ["HVC-CND-PUMP", "Condensate pump 115V", 6, "EA", None, None],
        ["CLG-TILE-24-ACU", "2x2 acoustic ceiling tile", 30, "CTN", None, None],
    ]
    put_rows(ws, rows, [19, 36, 6, 6, 11, 11], start=3)
    for r in range(4, 9):
        ws.cell(row=r, column=6, value=f"=C{r}*E{r}")
    return xlsx_bytes(wb, made("2026-11-12", "18:30"), "Raj Patel")


# ---------------------------------------------------------------- CSV


def csv_w01_variances() -> bytes:
    rows = [
        [
            "Rcv Date",
            "Rcv No",
            "Vendor",
            "Vendor Ref",
            "Our PO",
            "Item",
            "Vendor Part",
            "Description",
            "Qty Expected",
            "Qty Counted",
            "Variance",
            "Status",
            "Counted By",
        ],
        [
            "11/05/2026",
            "R-33810",
            "CALLOWAY SUPPLY",
            "SO-104233",
            "PO-77812",
            "KM-88213",
            "VLV-2210-BR",
            '2" BRONZE GATE VLV THD',
            "40",
            "40",
            "0",
            "OK",
            "DO",
        ],
        [
            "11/05/2026",
            "R-33810",
            "CALLOWAY SUPPLY",
            "SO-104233",
            "PO-77812",
            "KM-40112",
            "FTG-CU-E90-100",
            '1" CU 90 ELL CXC',
            "150",
            "120",
            "-30",
            "SHORT",
            "DO",
        ],
        [
            "11/05/2026",
            "R-33811",
            "TRI-COUNTY PIPE & VALVE",
            "558120",
            "PO-77809",
            "KM-31008",
            "TC-GV-150",
            '1-1/2" GATE VLV',
            "12",
            "10",
            "-2",
            "SHORT",
            "DO",
        ],
        [
            "11/05/2026",
            "R-33812",
            "HARTWELL ELECTRIC",
            "HE-90114",
            "PO-77811",
            "KM-70020",
            "HW-WIRE-12",
            "12 AWG THHN 500FT",
            "4",
            "4",
            "0",
            "OK",
            "JS",
        ],
    ]
    return csv_bytes(rows)


def csv_w17_staged() -> bytes:
    rows = [
        ["Job", "Supplier", "Order / PO", "Item", "Description", "Qty staged", "Action"],
        [
            "Kessler MS Ph2",
            "Calloway Supply",
            "SO-104214 / PO-24388",
            "FTG-BI-U-150",
            "1-1/2 BLK MI UNION",
            "30",
            "RETURN",
        ],
        [
            "Kessler MS Ph2",
            "Calloway Supply",
            "SO-104214 / PO-24388",
            "VLV-3100-CK",
            "3 CI SWING CHECK FLG",
            "4",
            "TRANSFER TO JOB 2611",
        ],
        [
            "Kessler MS Ph2",
            "Buckeye Water Works",
            "PO-24390",
            "BW-PVC-400",
            "4 PVC SCH40 20FT",
            "14",
            "RETURN",
        ],
        [
            "Kessler MS Ph2",
            "Buckeye Water Works",
            "PO-24390",
            "BW-CO-400",
            "4 CLEANOUT ADAPTER",
            "6",
            "KEEP",
        ],
    ]
    return csv_bytes(rows, crlf=False)


def csv_w20_remittance() -> bytes:
    rows = [
        [
            "Payer",
            "Payment ID",
            "Payment Date",
            "Method",
            "Invoice",
            "Invoice Date",
            "Reference",
            "Gross",
            "Discount",
            "Deduction",
            "Net Paid",
        ],
        [
            "Harbor Point Property Management",
            "ACH-261112-004",
            "11/12/2026",
            "ACH",
            "INV-88160",
            "11/09/2026",
            "PO-70231",
            "1552.60",
            "0.00",
            "0.00",
            "1552.60",
        ],
        [
            "Harbor Point Property Management",
            "ACH-261112-004",
            "11/12/2026",
            "ACH",
            "INV-88171",
            "11/09/2026",
            "PO-70288",
            "2194.50",
            "0.00",
            "0.00",
            "2194.50",
        ],
        ["", "", "", "", "", "", "TOTAL", "3747.10", "0.00", "0.00", "3747.10"],
    ]
    return csv_bytes(rows)


def csv_w28_receipt() -> bytes:
    rows = [
        [
            "PO",
            "Line",
            "Item",
            "Description",
            "Ordered",
            "Received",
            "Accepted",
            "Rejected",
            "Exception",
            "Comment",
        ],
        ["PO-60455", "1", "HVC-CND-PUMP", "CONDENSATE PUMP 115V", "10", "10", "10", "0", "", ""],
        [
            "PO-60455",
            "2",
            "TST-2100-NP",
            "T-STAT NON-PROG 24V",
            "12",
            "12",
            "9",
            "3",
            "DAMAGED",
            "faceplate cracked - carton caved in (UPS)",
        ],
        [
            "PO-60455",
            "3",
            "HVC-FLT-1625-M11",
            "FILTER 16X25X1 M11 CS12",
            "20",
            "22",
            "20",
            "0",
            "OVER",
            "2 cs over PO qty - hold for vendor pickup",
        ],
    ]
    return csv_bytes(rows)


# ---------------------------------------------------------------- people

KEYSTONE, RIVERBEND, SUMMIT = "keystonemech.com", "riverbendph.com", "summithvac.net"
HARBOR, DELGADO, DELGADO2 = "harborpointpm.com", "delgadoplumbing.com", "delgadosons.com"

DANA = "Dana Ruiz <ap@keystonemech.com>"
TOM = "Tom Morales <tmorales@keystonemech.com>"
DEREK = "Derek Osei <dosei@keystonemech.com>"
PRIYA = "Priya Natarajan <pnatarajan@keystonemech.com>"
JENNA = "Jenna Walsh <jwalsh@keystonemech.com>"
RAY = "Ray Dubois <rdubois@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
SAM = "Sam Pruitt <spruitt@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
KURT = "Kurt Lindqvist <klindqvist@summithvac.net>"
BIANCA = "Bianca Flores <bflores@summithvac.net>"
ANDRE = "Andre Baptiste <abaptiste@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
TAMIKA = "Tamika Reyes <treyes@harborpointpm.com>"
WES = "Wes Tanaka <wtanaka@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
BETO = "Beto Delgado <beto@delgadosons.com>"
LUPE = "Lupe Garza <lgarza@delgadoplumbing.com>"
DEVON = "Devon Clarke <dclarke@larkspurfm.org>"

KEYSTONE_FOOTER = (
    "This message and its attachments are intended only for the addressee and may contain confidential\n"
    "information of Keystone Mechanical Contractors. If you received it in error, please delete it."
)


# ---------------------------------------------------------------- the week: Mon 9 - Sat 14 Nov 2026


def w01() -> bytes:
    body = """Good morning,

Attached is our receiving variance export for last Thursday (11/5). There is one variance on
your delivery, SO-104233 / our PO-77812: the 1" copper 90s came up short of the packing list.
Counted twice.

The Tri-County line on the same export is theirs, I've sent that one to them separately.

Derek Osei
Receiving Lead, Yard 2
Keystone Mechanical Contractors
412-555-0172
"""
    return email(
        "w01",
        sender=DEREK,
        subject="Receiving variances 11/05 - SO-104233",
        sent=local("2026-11-09 07:48:31", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((csv_w01_variances(), CSV, "RcvVariance_2026-11-05.csv"),),
    )


def w02() -> bytes:
    body = """Hi,

Our discrepancy log for PO-24519 (delivered Friday by UPS) is attached.

One correction to the sheet: Manny recounted the ball valves this morning and there are 30 in
the boxes, not 29, so it's 6 extra, not 5. They're bagged on the will-call shelf, tell us if you
want them picked up or shipped back.

The crushed PEX coil is kinked in three places and can't be used.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
(614) 555-0139
"""
    return email(
        "w02",
        sender=KAREN,
        subject="PO-24519 - receiving discrepancies",
        sent=local("2026-11-09 08:30:12", -5),
        body=body,
        client="outlook",
        domain=RIVERBEND,
        files=((xlsx_w02_discrepancies(), XLSX, "Discrepancy log - PO-24519.xlsx"),),
    )


def w03() -> bytes:
    body = """Hi - two problems with Thursday's delivery on PO-60418, I marked them on your packing list
(photo). Some of the thermostat boxes have the wrong stats inside, and the filters came short.

Kurt Lindqvist
Summit HVAC - Warehouse

Sent from my iPhone
"""
    return email(
        "w03",
        sender=KURT,
        subject="PO-60418 delivery problems",
        sent=local("2026-11-09 08:15:44", -6),
        body=body,
        client="iphone",
        domain=SUMMIT,
        files=((photo_w03(), JPEG, "IMG_4471.jpeg", "inline"),),
    )


def w04() -> bytes:
    body = """Hello,

Please see attached PO-77915 for the Carnegie Library job, phase 2. Ship to the jobsite,
delivery wanted by 11/20.

Two of the circulators on it replace stock we pulled for another job. (Tom is writing you
separately about the one that came in crushed on SO-104235 - that's not part of this order.)

Please confirm pricing and ship date.

Priya Natarajan
Purchasing | Keystone Mechanical Contractors
412-555-0150
"""
    return email(
        "w04",
        sender=PRIYA,
        subject="New PO-77915 - Carnegie Library Ph 2",
        sent=local("2026-11-09 10:05:09", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w04_purchase_order(), PDF, "PO-77915.pdf"),),
    )


def w05() -> bytes:
    body = """One of the 4 circulators on SO-104235 came in like this. Carton crushed on the corner and
the pump housing is cracked. Driver wrote it on the delivery receipt. Please replace or credit
the one pump.

Tom Morales
Keystone Mechanical

Sent from my iPhone
"""
    return email(
        "w05",
        sender=TOM,
        subject="Crushed circulator SO-104235",
        sent=local("2026-11-09 11:20:53", -5),
        body=body,
        client="iphone",
        domain=KEYSTONE,
        files=((photo_w05(), JPEG, "IMG_0932.jpeg", "inline"),),
    )


def w06() -> bytes:
    body = """Hi,

Attached is the exception sheet our foreman turned in Friday for the Elm Street job
(SO-104230). Two items on it.

I know the copper is past your 5 days - the bundle wasn't opened until the crew got to the
second floor. Please take a look anyway.

Mike O'Brien
Project Manager
Riverbend Plumbing & Heating
c. (614) 555-0181
"""
    return email(
        "w06",
        sender=MIKE,
        subject="Elm St - material exceptions SO-104230",
        sent=local("2026-11-09 12:40:27", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
        files=((scan_w06(), PNG, "scan_2026-11-09_1238.png"),),
    )


def w07() -> bytes:
    body = """Hello,

Attached is our warranty / return form for PO-40917. One heater for warranty, and 2 tanks we
want to send back. Please send the RMA.

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
"""
    return email(
        "w07",
        sender=ROSA,
        subject="Warranty and return - PO-40917",
        sent=local("2026-11-09 13:10:02", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((pdf_w07_warranty_return(), PDF, "DSP-7 PO-40917.pdf"),),
    )


def w08() -> bytes:
    body = """Hi,

I'm the superintendent on the Allegheny Commons job. Delgado & Sons is our plumbing sub there
and they picked up their material from you on Friday, order SO-104240. When we opened the
carton of 1-1/2" black unions this morning, 2 of them were broken - nut cracked through, and the
box was crushed on that end.

Rosa asked me to let you know directly since I'm the one who found them. Can you replace the
2 unions?

Ray Dubois
Site Superintendent
Keystone Mechanical Contractors
412-555-0121

Sent from my iPhone
"""
    return email(
        "w08",
        sender=RAY,
        subject="Broken unions - SO-104240",
        sent=local("2026-11-10 08:40:16", -5),
        body=body,
        client="iphone",
        domain=KEYSTONE,
    )


def w09() -> bytes:
    body = """Hello,

Receiving report for yesterday's delivery (PO-70231) is attached, see my notes on it. The bent
registers and the crushed filter case are in the shop at Bayview Terrace, your driver can take
them on the next delivery.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return email(
        "w09",
        sender=LUIS,
        subject="Receiving report PO-70231",
        sent=local("2026-11-10 07:55:38", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((scan_w09(), PNG, "Receiving_PO-70231.png"),),
    )


def w10() -> bytes:
    body = """Hola,

On Friday's pickup (SO-104240) the bag of 1-1/2" unions has some 1-1/4" ones mixed in - they
don't fit the pipe. Picture of the bag tag attached with the count. We need the right size for
those; the wrong ones are here for your driver.

Gracias,
Rosa
"""
    return email(
        "w10",
        sender=ROSA,
        subject="uniones - SO-104240",
        sent=local("2026-11-10 09:30:40", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((photo_w10(), JPEG, "uniones.jpg"),),
    )


def w11() -> bytes:
    body = """Hello,

Please find attached debit memo request DMR-26-0412 for invoice INV-88133. Please send a
credit memo for the amount shown, or let me know if you need anything else from us.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return email(
        "w11",
        sender=DANA,
        subject="Debit memo request DMR-26-0412 / INV-88133",
        sent=local("2026-11-10 11:15:22", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w11_debit_memo(), PDF, "DMR-26-0412.pdf"),),
    )


def w12() -> bytes:
    body = """Hi,

We got your statement dated 11/06 (attached with my notes). Could you send copies of INV-88086
and INV-88141? They never came through by email.

Also INV-88110 still shows open, but we paid it on 11/2 with check 20417. Can you check that it
was applied?

Thanks,
Karen
"""
    return email(
        "w12",
        sender=KAREN,
        subject="Statement 11/06 - invoice copies",
        sent=local("2026-11-10 13:00:47", -5),
        body=body,
        client="outlook",
        domain=RIVERBEND,
        files=((pdf_w12_statement(), PDF, "Statement_C-1002_2026-11-06.pdf"),),
    )


W13_CC = MIKE


def w13() -> bytes:
    body = """Good morning,

Attached is our RMA request for two items off PO-24415, details on the form. The RPZ is still
on the pallet, never installed.

Sam Pruitt
Service Manager
Riverbend Plumbing & Heating
"""
    return email(
        "w13",
        sender=SAM,
        subject="RMA request RB-RMA-1107 (PO-24415)",
        sent=local("2026-11-11 08:10:05", -5),
        body=body,
        client="tbird",
        domain=RIVERBEND,
        cc=W13_CC,
        files=((pdf_w13_rma_request(), PDF, "RB-RMA-1107.pdf"),),
    )


def w14() -> bytes:
    body = """Hi,

We're closing out Carnegie Library phase 1 and have some copper left. Our leftover list is
attached - please set up a return for the Calloway row marked RETURN (PO-77790). The other
Calloway row stays with us for phase 2.

Thanks!
Jenna Walsh
Project Coordinator
Keystone Mechanical Contractors
"""
    return email(
        "w14",
        sender=JENNA,
        subject="Return - Carnegie Ph 1 leftovers",
        sent=local("2026-11-11 09:20:18", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((xlsx_w14_leftovers(), XLSX, "Carnegie Ph1 leftovers.xlsx"),),
    )


def w15() -> bytes:
    body = """Hi,

The Ortiz remodel is done, job report attached. It shows 3 pressure reducing valves left over
from SO-104231, but I used one of them yesterday on a service call, so there are only 2 to send
back. We don't need them, they are still in the boxes.

Beto Delgado
Delgado & Sons

Sent from my iPhone
"""
    return email(
        "w15",
        sender=BETO,
        subject="Return PRVs - SO-104231",
        sent=local("2026-11-11 09:45:51", -6),
        body=body,
        client="iphone",
        domain=DELGADO2,
        files=((pdf_w15_job_report(), PDF, "Job 26-118 material.pdf"),),
    )


def w16() -> bytes:
    body = """Hello,

Please see Nate's note below. Our PO has the copper at 71.80 per your quote, and INV-88098 billed
76.40 on all 30 lengths. Please issue a credit memo for the difference. PO copy attached.

Thanks,
Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors

From: Nate Brooks <nbrooks@keystonemech.com>
Sent: Tuesday, November 10, 2026 4:52 PM
To: Dana Ruiz <ap@keystonemech.com>
Subject: RE: INV-88098 copper

Dana - I checked. Calloway quoted us 71.80 a length on the 1" type L for Carnegie, and that's
what is on PO-77790. 76.40 is their list price. Don't pay the difference, ask them for a credit.

Nate

From: Dana Ruiz <ap@keystonemech.com>
Sent: Tuesday, November 10, 2026 2:15 PM
To: Nate Brooks <nbrooks@keystonemech.com>
Subject: INV-88098 copper

Nate, the Calloway invoice INV-88098 has the 1" copper at 76.40, our PO says 71.80. Which one is
right?
"""
    return email(
        "w16",
        sender=DANA,
        subject="FW: INV-88098 copper",
        sent=local("2026-11-11 11:30:36", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w16_keystone_po(), PDF, "PO-77790.pdf"),),
    )


def w17() -> bytes:
    body = """Hi,

The school district cancelled phase 2 at Kessler Middle School, so we have material we won't
need. The attached list is everything that was staged for it. The Calloway items are from
SO-104214 (PO-24388): we'd like to return the unions. The check valves went to another job, so
those stay with us.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return email(
        "w17",
        sender=KAREN,
        subject="Kessler Ph 2 cancelled - return unions",
        sent=local("2026-11-11 13:05:29", -5),
        body=body,
        client="outlook",
        domain=RIVERBEND,
        files=((csv_w17_staged(), CSV, "kessler_ph2_staged.csv"),),
    )


def w18() -> bytes:
    body = """Hello,

Summit HVAC installed new thermostats in our clinic last week and two of them have stopped
working. Summit's technician told us the thermostats are covered by your warranty and gave us
their order number, SO-104238, to send you. Our work order with the details is attached (see
page 2).

Could you let us know how we get the 2 replacements?

Devon Clarke
Facilities Manager
Larkspur Family Medicine
"""
    return email(
        "w18",
        sender=DEVON,
        subject="Warranty - thermostats from Summit HVAC",
        sent=local("2026-11-11 12:30:14", -6),
        body=body,
        client="outlook",
        domain="larkspurfm.org",
        files=((pdf_w18_work_order(), PDF, "WO-5523.pdf"),),
    )


def w19() -> bytes:
    body = """Hi,

Service ticket packet from Carnegie Library attached. Page 2 has the two pressure reducing
valves from SO-104233 that failed - they won't hold their setting. Both are pulled and tagged.
Everything else on the ticket is fine.

Tom Morales
Field Operations | Keystone Mechanical Contractors
c: 412-555-0196
"""
    return email(
        "w19",
        sender=TOM,
        subject="Failed PRVs - SO-104233 (ST-40871)",
        sent=local("2026-11-12 08:05:41", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w19_service_ticket(), PDF, "ST-40871.pdf"),),
    )


def w20() -> bytes:
    body = """Hello,

Remittance advice for today's ACH payment is attached. INV-88160 is paid in full. Luis told me
some registers came in damaged and two thermostats were short on that delivery, but we did not
deduct anything - please send us a credit memo when that's settled.

Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return email(
        "w20",
        sender=GRACE,
        subject="Remittance advice ACH-261112-004",
        sent=local("2026-11-12 08:20:03", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((csv_w20_remittance(), CSV, "ACH-261112-004.csv"),),
    )


def w21() -> bytes:
    body = """Hello,

Invoice INV-88165 has the 1" ball valves at $16.90 each, but your salesman quoted us $15.40 (his
email is below). That's 10 valves overcharged. Please send a credit for the difference.

Lupe Garza
Office Manager
Delgado & Sons Plumbing

-------- Forwarded Message --------
Subject: RE: quote - Allegheny Commons
Date: Mon, 2 Nov 2026 15:12:40 -0600
From: Jamie Park <jpark@distributor.example>
To: Rosa Delgado <rosa@delgadoplumbing.com>

Rosa,

For Allegheny Commons I can do the 1" brass ball valves at 15.40 if you take 10 or more. The
1-1/2" unions are 11.90 and the black pipe 7.35 a foot, cut to your lengths.

Jamie
"""
    return email(
        "w21",
        sender=LUPE,
        subject="Fwd: RE: quote - Allegheny Commons / INV-88165",
        sent=local("2026-11-12 09:10:25", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((pdf_w21_our_invoice(), PDF, "INV-88165.pdf"),),
    )


def w22() -> bytes:
    body = """Hi,

Please set up a return for the filters on our attached RTV list (PO-77760). The owner at Penn
Ave switched to a different filter grade, so we won't use them. The other line on the list goes
back to Tri-County, not to you.

Thanks,
Priya
"""
    return email(
        "w22",
        sender=PRIYA,
        subject="RTV - filters PO-77760",
        sent=local("2026-11-12 10:40:57", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((xlsx_w22_rtv(), XLSX, "RTV_2026-11-12.xlsx"),),
    )


def w23() -> bytes:
    body = """Hi,

We have 30 feet of the 2" black pipe left over from the pickup on SO-104240 - the gas line at
the Baca job came out shorter than we figured. It's two pieces, 18' and 12', clean, not threaded.
We don't need it. Can we return it for credit?

Rosa Delgado
Delgado & Sons Plumbing
"""
    return email(
        "w23",
        sender=ROSA,
        subject="Return black pipe SO-104240",
        sent=local("2026-11-12 10:15:33", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
    )


def w24() -> bytes:
    body = """Hi,

Luis asked me to send this to you. Work order packet from Bayview Terrace attached - page 2
has the thermostat from PO-70231 that was dead out of the box. We put in a spare from stock so
the tenant has heat.

Wes Tanaka
Maintenance Technician
Harbor Point Property Management
"""
    return email(
        "w24",
        sender=WES,
        subject="DOA thermostat - PO-70231",
        sent=local("2026-11-12 11:00:19", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((pdf_w24_work_order(), PDF, "MW-7714.pdf"),),
    )


def w25() -> bytes:
    body = """Hi,

Both 2 gallon expansion tanks we installed at Bellmont Apartments last fall (SO-104201) have
failed - waterlogged, the bladders are gone. Service report attached, page 2. I know it's a
little over a year, but that's short for a tank. Anything you can do?

Tom
"""
    return email(
        "w25",
        sender=TOM,
        subject="Expansion tanks failed - Bellmont / SO-104201",
        sent=local("2026-11-12 13:20:08", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w25_service_report(), PDF, "SR-3390.pdf"),),
    )


def w26() -> bytes:
    body = """Hi,

Can you quote the attached material list for the Gateway Office Park retrofit? The bid is due
11/20, so I'd need prices by the 18th. Quantities are firm. The thermostats can be the same
model you sent us on SO-104238.

Thanks,
Raj Patel
Operations Manager
Summit HVAC Services
"""
    return email(
        "w26",
        sender=RAJ,
        subject="Quote request - Gateway Office Park",
        sent=local("2026-11-12 12:45:50", -6),
        body=body,
        client="apple",
        domain=SUMMIT,
        files=((xlsx_w26_bid_list(), XLSX, "Gateway material list.xlsx"),),
    )


def w27() -> bytes:
    body = """Hi,

Yesterday's R+L delivery on SO-104243 was missing a pressure reducing valve. Photo of the
packing list with our count is attached. Please send the missing one.

Karen
"""
    return email(
        "w27",
        sender=KAREN,
        subject="SO-104243 - missing PRV",
        sent=local("2026-11-13 08:00:14", -5),
        body=body,
        client="outlook",
        domain=RIVERBEND,
        files=((photo_w27(), JPEG, "PL_SH-55160.jpg"),),
    )


def w28() -> bytes:
    body = """Morning,

PO-60455 receipt from yesterday is attached with the exceptions noted. The extra filter cases
are set aside for your driver; the cracked thermostats are in the cage.

Raj
"""
    return email(
        "w28",
        sender=RAJ,
        subject="PO-60455 receipt exceptions",
        sent=local("2026-11-13 07:35:42", -6),
        body=body,
        client="apple",
        domain=SUMMIT,
        files=((csv_w28_receipt(), CSV, "PO-60455_receipt.csv"),),
    )


def w29() -> bytes:
    body = """Hello,

Please see the attached exception report for PO-60377. Sorry this is coming late - the
registers stayed in the cage until the crew pulled them for Gateway this week, and that's when
we found the cartons short.

Bianca Flores
Purchasing
Summit HVAC Services
"""
    return email(
        "w29",
        sender=BIANCA,
        subject="Exception report RER-2611-07 / PO-60377",
        sent=local("2026-11-13 08:50:26", -6),
        body=body,
        client="apple",
        domain=SUMMIT,
        files=((pdf_w29_exception_report(), PDF, "RER-2611-07.pdf"),),
    )


def w30() -> bytes:
    body = """Hi,

Vendor claim form for PO-70288 attached, two items. The heater is at Marina Court - call me if
you need to look at it before it goes back.

Tamika Reyes
Property Manager
Harbor Point Property Management
"""
    return email(
        "w30",
        sender=TAMIKA,
        subject="Vendor claim HP-VC-0931 - PO-70288",
        sent=local("2026-11-13 09:30:11", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((pdf_w30_claim_form(), PDF, "HP-VC-0931.pdf"),),
    )


def w31() -> bytes:
    body = """Hello,

The WH-40G-EL 40 gallon electric heater on our PO-41033 came off the truck with a big dent in
the side - the jacket is pushed in and the drain valve is broken off. Picture of the label is
attached for the model and serial.

Please let us know how to get it replaced.

Lupe Garza
Delgado & Sons Plumbing
"""
    return email(
        "w31",
        sender=LUPE,
        subject="Damaged heater PO-41033",
        sent=local("2026-11-13 10:20:39", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((photo_w31(), JPEG, "heater_label.jpg"),),
    )


def w32() -> bytes:
    body = """Hello again,

When we broke down the rest of the PO-70231 pallet we found boxes of the Wi-Fi thermostats that
we never ordered. They're not on the packing list either. Photo of the box label attached. We
will keep them in the shop for your driver.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return email(
        "w32",
        sender=LUIS,
        subject="Extra thermostats on PO-70231",
        sent=local("2026-11-13 11:05:07", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((photo_w32(), JPEG, "extra_tstats.jpg"),),
    )


def w33() -> bytes:
    ack = "<ack.rb-rma-1107.20261111@distributor.example>"
    original = msg_id("w13", "tbird", RIVERBEND)
    body = """Hi,

Any news on this one? The fire station wants the backflow test done before the 20th, so I need
to know when the 3" RPZ ships, and where the RMA numbers are for the check valve and the wrong
RPZ.

Thanks,
Mike

On 11/11/2026 9:02 AM, Calloway Returns Desk wrote:
> Hello Sam,
>
> We received your RMA request RB-RMA-1107 for PO-24415 (our order SO-104222):
>   VLV-3100-CK    qty 1   defective
>   BFP-RPZ-300-SO qty 1   wrong item
> Our team will review it and send RMA numbers shortly.
>
> Calloway Returns Desk
>
> On 11/11/2026 8:10 AM, Sam Pruitt wrote:
>> Attached is our RMA request for two items off PO-24415, details on the form. The RPZ is
>> still on the pallet, never installed.
"""
    return email(
        "w33",
        sender=MIKE,
        subject="Re: RMA request RB-RMA-1107 (PO-24415)",
        sent=local("2026-11-13 12:30:55", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
        cc=SAM,
        in_reply_to=ack,
        references=f"{original} {ack}",
    )


def w34() -> bytes:
    body = """Hi,

FYI - the ODFL inspector came out yesterday for the crushed circulator on SO-104235 that I sent
you Monday. His report is attached in case you need it for your freight claim. Nothing else
needed from us on that one, right?

Tom Morales
Field Operations | Keystone Mechanical Contractors
"""
    return email(
        "w34",
        sender=TOM,
        subject="ODFL inspection report - SO-104235",
        sent=local("2026-11-13 13:10:30", -5),
        body=body + "\n" + KEYSTONE_FOOTER + "\n",
        client="outlook",
        domain=KEYSTONE,
        files=((pdf_w34_inspection(), PDF, "ODFL_inspection_OD0782301177.pdf"),),
    )


def w35() -> bytes:
    body = """Hi,

Jamie left this promo sheet with us. Does the price on the 3/4" pressure reducing valves still
apply if we order 10 next week? And is the water heater price good through December?

Thanks,
Rosa Delgado
Delgado & Sons Plumbing
"""
    return email(
        "w35",
        sender=ROSA,
        subject="Promo prices question",
        sent=local("2026-11-13 12:40:44", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((pdf_w35_promo(), PDF, "Calloway_November_promo.pdf"),),
    )


def w36() -> bytes:
    body = """Forwarding from Ollie in our warehouse - we're short a PRV on SO-104243. Can you get the
missing one out to us Monday?

Mike

---------- Forwarded message ---------
From: Ollie Brandt <warehouse@riverbendph.com>
Date: Fri, Nov 13, 2026 at 4:41 PM
Subject: SO-104243 short
To: Mike O'Brien <mike.obrien@riverbendph.com>

Mike, the R+L delivery from Thursday is short 1 pressure reducing valve (VLV-0750-PRV), we got
3 of 4. My check sheet is attached.

Ollie
"""
    return email(
        "w36",
        sender=MIKE,
        subject="Fwd: SO-104243 short",
        sent=local("2026-11-14 09:15:18", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
        files=((photo_w36(), JPEG, "check_sheet_1112.jpg"),),
    )


def w37() -> bytes:
    body = """Hi, this condensate pump from PO-60455 failed on install at Gateway yesterday. Tag photo
attached. Need a replacement Monday if possible.

Andre Baptiste
Summit HVAC

Sent from my iPhone
"""
    return email(
        "w37",
        sender=ANDRE,
        subject="Bad condensate pump",
        sent=local("2026-11-14 10:05:21", -6),
        body=body,
        client="iphone",
        domain=SUMMIT,
        files=((photo_w37(), JPEG, "IMG_2208.jpeg", "inline"),),
    )


# ---------------------------------------------------------------- portal form and uploads


def w38() -> bytes:
    form = {
        "order_number": "SO-104224",
        "lines": [{"sku": "HVC-FLT-1625-M11", "quantity": 5, "reason": "WRONG_ITEM"}],
        "note": (
            "Five of the filter cases on this order are MERV 8, not MERV 11. The cartons are labeled "
            "MERV 11 but the filters inside are stamped MERV 8. Found when the crew opened them for "
            "the quarterly change."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def w39() -> bytes:
    return b"""Damage note

Delivered to the Gateway Office Park job site, no paperwork with me.

1 condensate pump HVC-CND-PUMP: reservoir cracked, it leaks out of the bottom.
The carton had a hole punched in the side when it arrived.

Please send a replacement pump.
"""


def w40() -> bytes:
    return b"""OVERSHIPMENT - SO-104246

3/4" sweat ball valves, VLV-0075-BV
Ordered 12, received 15: 3 extra.

The extra valves are bagged and tagged at the maintenance shop, 41 Harbor Point Dr.
Please arrange a pickup or send a call tag.
"""


NAMES = {
    "w01": "w01-keystone-receiving-csv-copper-elbows-short.eml",
    "w02": "w02-riverbend-discrepancy-xlsx-pex-ballvalves.eml",
    "w03": "w03-summit-packing-list-photo-stats-filters.eml",
    "w04": "w04-keystone-new-po-pdf.eml",
    "w05": "w05-keystone-carton-photo-circulator.eml",
    "w06": "w06-riverbend-field-note-scan-copper-ballvalves.eml",
    "w07": "w07-delgado-warranty-return-form-heater-tanks.eml",
    "w08": "w08-keystone-super-on-delgado-order-unions.eml",
    "w09": "w09-harbor-receiving-report-scan-registers-stats.eml",
    "w10": "w10-delgado-bin-tag-photo-unions.eml",
    "w11": "w11-keystone-debit-memo-pdf-condensate-pumps.eml",
    "w12": "w12-riverbend-statement-copies.eml",
    "w13": "w13-riverbend-rma-request-checkvalve-rpz.eml",
    "w14": "w14-keystone-closeout-xlsx-copper-elbows.eml",
    "w15": "w15-delgado-job-recon-pdf-prv-corrected.eml",
    "w16": "w16-keystone-forwarded-copper-price.eml",
    "w17": "w17-riverbend-cancelled-phase-csv-unions.eml",
    "w18": "w18-clinic-facilities-work-order-thermostats.eml",
    "w19": "w19-keystone-service-ticket-page2-prv.eml",
    "w20": "w20-harbor-remittance-csv.eml",
    "w21": "w21-delgado-forwarded-quote-ballvalve-price.eml",
    "w22": "w22-keystone-return-list-xlsx-filters.eml",
    "w23": "w23-delgado-cut-pipe-leftover.eml",
    "w24": "w24-harbor-work-order-page2-thermostat.eml",
    "w25": "w25-keystone-service-report-expansion-tanks-old.eml",
    "w26": "w26-summit-bid-list-quote-request.eml",
    "w27": "w27-riverbend-packing-list-photo-prv-short.eml",
    "w28": "w28-summit-receipt-csv-filters-stats.eml",
    "w29": "w29-summit-exception-report-registers-late.eml",
    "w30": "w30-harbor-vendor-claim-form-heater-tank.eml",
    "w31": "w31-delgado-heater-label-photo-unknown-po.eml",
    "w32": "w32-harbor-box-label-photo-extra-thermostats.eml",
    "w33": "w33-riverbend-rma-followup-quoted.eml",
    "w34": "w34-keystone-carrier-inspection-fyi.eml",
    "w35": "w35-delgado-promo-price-sheet-question.eml",
    "w36": "w36-riverbend-forwarded-warehouse-prv-again.eml",
    "w37": "w37-summit-defect-tag-photo-condensate-pump.eml",
    "w38": "w38-portal-filters-wrong-merv.json",
    "w39": "w39-upload-pump-damage-no-reference.txt",
    "w40": "w40-upload-ballvalves-extra-harbor.txt",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    out.mkdir(parents=True, exist_ok=True)
    builders = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(builders[key]())
    print(f"{len(NAMES)} request files written to {out}")


if __name__ == "__main__":
    main()
