"""Write the 40 request files of heldout43 (37 emails, 1 portal form, 2 text uploads).

    .venv/bin/python sample_docs/heldout43/make_attachments.py [TARGET]

TARGET is the folder the files go into (default: requests/ next to this script). Needs
fpdf2, openpyxl, Pillow and numpy from the project's .venv, and the DejaVu and Liberation
TrueType fonts under /usr/share/fonts/truetype.

Nothing here reads a clock or draws unseeded random numbers, so two runs write the same
bytes:
- pictures take their noise from numpy generators seeded with a SHA-256 of their name;
- PDFs use only the core fonts, a fixed creation date and a fixed /ID per document;
- workbooks are saved, then re-zipped with fixed member times and fixed
  dcterms:created / dcterms:modified values;
- Message-IDs, MIME boundaries and Thread-Index values are hashes of the request name.

The customer paperwork comes as: PDFs with a text layer (fpdf2), workbooks (openpyxl),
CSV and HTML written as text, and pictures made with Pillow: a grey flatbed scan of a
hand-filled form, phone photos (the page warped by a perspective transform onto a desk,
uneven light, grain, JPEG) and flat app screenshots. Handwriting is an oblique face in
blue or black ink, each word moved and tilted a little.
"""

import base64
import datetime as dt
import hashlib
import io
import json
import quopri
import re
import sys
import zipfile
from email.utils import format_datetime
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
TTF = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
DESK_TO = f"Brannock Industrial Supply Returns <{DESK}>"
SUPPLIER = "Brannock Industrial Supply"


# ============================================================== small helpers


def h(*parts: str, n: int = 16) -> str:
    """A stable lowercase hex digest of the parts."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:n]


def rng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(h("seed", name, n=12), 16))


def uuid_like(*parts: str) -> str:
    x = h(*parts, n=32).upper()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def when(stamp: str, offset_hours: int) -> dt.datetime:
    """'2026-11-06 09:12:33' at UTC+offset_hours."""
    tz = dt.timezone(dt.timedelta(hours=offset_hours))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date_header(moment: dt.datetime) -> str:
    return format_datetime(moment)


def ttf(name: str, size: int) -> ImageFont.FreeTypeFont:
    family = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(TTF / family / f"{name}.ttf"), size)


# ============================================================== MIME building
# A part is (header lines, body text). A message is its own headers followed by the
# headers and body of its root part.


def b64_lines(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i : i + 76] for i in range(0, len(text), 76)) + "\n"


def qp_text(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def text_part(
    body: str,
    subtype: str = "plain",
    cte: str = "7bit",
    charset: str = "utf-8",
    flowed: bool = False,
    extra: tuple[str, ...] = (),
) -> tuple[list[str], str]:
    ctype = f'Content-Type: text/{subtype}; charset="{charset}"'
    if flowed:
        ctype = f"Content-Type: text/{subtype}; charset={charset}; format=flowed"
    if cte == "quoted-printable":
        payload = qp_text(body)
    elif cte == "base64":
        payload = b64_lines(body.encode("utf-8"))
    else:
        payload = body
    return [ctype, f"Content-Transfer-Encoding: {cte}", *extra], payload


def file_part(
    data: bytes, ctype: str, filename: str, inline_cid: str | None = None, size_attr: bool = False
) -> tuple[list[str], str]:
    heads = [f'Content-Type: {ctype}; name="{filename}"']
    if inline_cid:
        heads += [
            f"Content-ID: <{inline_cid}>",
            f'Content-Disposition: inline; filename="{filename}"',
        ]
    elif size_attr:
        heads += [f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}']
    else:
        heads += [f'Content-Disposition: attachment; filename="{filename}"']
    heads.append("Content-Transfer-Encoding: base64")
    return heads, b64_lines(data)


def multi(
    subtype: str,
    parts: list[tuple[list[str], str]],
    boundary: str,
    preamble: str = "",
    params: str = "",
) -> tuple[list[str], str]:
    body = preamble + ("\n" if preamble else "")
    for heads, payload in parts:
        body += f"--{boundary}\n" + "\n".join(heads) + "\n\n" + payload
        if not payload.endswith("\n"):
            body += "\n"
        body += "\n"
    body += f"--{boundary}--\n"
    return [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], body


def message(headers: list[tuple[str, str]], root: tuple[list[str], str]) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    heads, payload = root
    out = "\n".join(lines + ["MIME-Version: 1.0"] + heads) + "\n\n" + payload
    if not out.endswith("\n"):
        out += "\n"
    return out.encode("utf-8")


# Mail-client flavours: Message-ID and boundary shapes of a few real clients.


def mid_outlook(key: str, tenant: str) -> str:
    box = h("box", tenant, n=4).upper()
    return f"<{tenant}{box}MB{h('mid', key, n=4).upper()}{h('mid2', key, n=20).upper()}@{tenant}{box}MB{h('mid', key, n=4).upper()}.namprd{int(h('nr', tenant, n=2), 16) % 20 + 1:02d}.prod.outlook.com>"


def bnd_outlook(key: str) -> str:
    return f"_000_{h('b', key, n=28).upper()}_"


def mid_gmail(key: str) -> str:
    raw = (
        base64.b64encode(bytes.fromhex(h("g", key, n=48)))
        .decode()
        .replace("/", "_")
        .replace("+", "-")
    )
    return f"<CA{raw}@mail.gmail.com>"


def bnd_gmail(key: str, n: int = 0) -> str:
    return f"000000000000{h('gb', key, str(n), n=16)}"


def mid_apple(key: str, domain: str) -> str:
    return f"<{uuid_like('apple', key)}@{domain}>"


def bnd_apple(key: str, n: int = 0) -> str:
    return f"Apple-Mail={uuid_like('ab', key, str(n))}"


def mid_tbird(key: str, domain: str) -> str:
    return f"<{uuid_like('tb', key).lower()}@{domain}>"


def bnd_tbird(key: str) -> str:
    alnum = "".join(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[int(c, 16) * 3 % 62 + 0]
        for c in h("tbb", key, n=24)
    )
    return f"------------{alnum}"


def thread_index(key: str) -> str:
    return base64.b64encode(bytes.fromhex(h("ti", key, n=44))).decode()


# ============================================================== PDFs


class Paper(FPDF):
    """An FPDF with a pinned creation date and a pinned /ID."""

    def __init__(
        self, key: str, made: dt.datetime, orientation: str = "P", fmt: str = "Letter"
    ) -> None:
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.key = key
        self.set_creation_date(made)
        self.set_auto_page_break(auto=True, margin=14)
        self.set_margins(16, 14, 16)

    def file_id(self) -> str:
        x = h("pdf-id", self.key, n=32).upper()
        return f"<{x}><{x}>"

    def bytes_out(self) -> bytes:
        return bytes(self.output())


def table(
    pdf: FPDF,
    widths: list[float],
    rows: list[list[str]],
    head_fill: int = 225,
    size: float = 8.5,
    line_h: float = 6.0,
    aligns: str = "",
    bold_rows: tuple[int, ...] = (),
) -> None:
    """Rows of cells with borders; row 0 is the heading."""
    for r, row in enumerate(rows):
        if r == 0:
            pdf.set_font("Helvetica", "B", size)
            pdf.set_fill_color(head_fill, head_fill, head_fill)
        else:
            pdf.set_font("Helvetica", "B" if r in bold_rows else "", size)
        for c, (w, cell) in enumerate(zip(widths, row, strict=True)):
            align = aligns[c] if c < len(aligns) else "L"
            if pdf.get_string_width(cell) > w - 1.5:
                raise ValueError(f"cell text too wide for its column: {cell!r}")
            pdf.cell(w, line_h, cell, border=1, align=align, fill=(r == 0))
        pdf.ln(line_h)


# ============================================================== workbooks


FIXED_XLSX_TIME = (2026, 11, 1, 0, 0, 0)


def xlsx_bytes(wb: Workbook, stamp: dt.datetime) -> bytes:
    """Save, then re-zip with fixed member times and fixed core properties."""
    wb.properties.created = stamp.replace(tzinfo=None)
    raw = io.BytesIO()
    wb.save(raw)
    iso = stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{iso}\g<2>", text
                )
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rf"\g<1>{iso}\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            member = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, data)
    return out.getvalue()


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_rows(
    ws, rows: list[list], start_row: int = 1, bold_first: bool = True, fill: str | None = "D9E1F2"
) -> None:
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = ws.cell(row=start_row + i, column=j + 1, value=value)
            if i == 0 and bold_first:
                cell.font = Font(bold=True)
                if fill:
                    cell.fill = PatternFill("solid", fgColor=fill)
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def widths(ws, values: list[float]) -> None:
    for i, w in enumerate(values):
        ws.column_dimensions[chr(ord("A") + i)].width = w


# ============================================================== pictures

INK_BLUE = (28, 44, 130)
INK_BLACK = (30, 30, 34)
PRINT = (20, 20, 20)


def page(w: int, h_: int, color: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (w, h_), color)


def write(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    face: str = "LiberationSans-Regular",
    size: int = 24,
    fill: tuple[int, int, int] = PRINT,
) -> None:
    ImageDraw.Draw(img).text(xy, text, font=ttf(face, size), fill=fill)


def pen(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    gen: np.random.Generator,
    size: int = 30,
    ink: tuple[int, int, int] = INK_BLUE,
    face: str = "LiberationSans-Italic",
    tilt: float = 1.6,
) -> int:
    """Handwritten-looking words: each word drawn on its own, nudged and tilted a little.
    Returns the x where the writing ended."""
    x, y = xy
    font = ttf(face, size)
    for word in text.split(" "):
        if not word:
            x += size // 3
            continue
        box = font.getbbox(word)
        wimg = Image.new("RGBA", (box[2] + 12, box[3] + 14), (0, 0, 0, 0))
        ImageDraw.Draw(wimg).text((6, 4), word, font=font, fill=(*ink, 235))
        wimg = wimg.rotate(float(gen.uniform(-tilt, tilt)), resample=Image.BICUBIC, expand=True)
        dy = int(gen.integers(-3, 4))
        img.paste(wimg, (x, y + dy), wimg)
        x += box[2] + int(size * 0.32) + int(gen.integers(-2, 3))
    return x


def ring(
    img: Image.Image,
    box: tuple[int, int, int, int],
    gen: np.random.Generator,
    ink: tuple[int, int, int] = INK_BLUE,
    width: int = 3,
) -> None:
    """A loose hand-drawn loop around a box."""
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 14, (y1 - y0) / 2 + 10
    pts = []
    for i in range(64):
        t = 2 * np.pi * i / 60
        wob = 1 + gen.normal(0, 0.012)
        pts.append((cx + rx * wob * np.cos(t), cy + ry * wob * np.sin(t) + i * 0.15))
    ImageDraw.Draw(img).line(pts, fill=ink, width=width, joint="curve")


def grid(
    img: Image.Image,
    x0: int,
    y0: int,
    col_w: list[int],
    row_h: int,
    n_rows: int,
    color: tuple[int, int, int] = (60, 60, 60),
    width: int = 2,
    verticals: bool = True,
) -> list[int]:
    """Ruled table lines; returns the x of every column start."""
    d = ImageDraw.Draw(img)
    xs = [x0]
    for w in col_w:
        xs.append(xs[-1] + w)
    for r in range(n_rows + 1):
        d.line([(x0, y0 + r * row_h), (xs[-1], y0 + r * row_h)], fill=color, width=width)
    for x in xs if verticals else (xs[0], xs[-1]):
        d.line([(x, y0), (x, y0 + n_rows * row_h)], fill=color, width=width)
    return xs


def scan_finish(img: Image.Image, name: str, levels: int = 12) -> bytes:
    """A flatbed scan: grey paper, a slight skew, toner grain, a shadow at the edge."""
    gen = rng(name)
    grey = img.convert("L").rotate(
        float(gen.uniform(-0.7, 0.7)), resample=Image.BICUBIC, fillcolor=255, expand=False
    )
    arr = np.asarray(grey, dtype=np.float32)
    arr = 232 - (255 - arr) * 0.92
    arr += gen.normal(0, 4.0, arr.shape)
    _, w = arr.shape
    edge = np.clip(1 - np.arange(w) / 60.0, 0, 1) * 55
    arr -= edge[None, :]
    arr = np.clip(arr, 0, 255)
    step = 255 / (levels - 1)
    arr = np.round(arr / step) * step
    out = Image.fromarray(arr.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def _perspective_coeffs(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float)))


def photo_finish(
    img: Image.Image,
    name: str,
    out_w: int,
    out_h: int,
    corners: list[tuple[float, float]],
    desk: tuple[int, int, int] = (122, 98, 74),
    quality: int = 80,
) -> bytes:
    """A phone photo: the page lies on a desk seen at a slant, light falls off to one side."""
    gen = rng(name)
    w, h_ = img.size
    coeffs = _perspective_coeffs(corners, [(0, 0), (w, 0), (w, h_), (0, h_)])
    warped = img.transform(
        (out_w, out_h), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(1, 2, 3)
    )
    arr = np.asarray(warped, dtype=np.float32)
    mask = np.all(arr == (1, 2, 3), axis=2)
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    wood = np.array(desk, dtype=np.float32)[None, None, :] * (
        0.9 + 0.08 * np.sin(xx / 23.0 + np.sin(yy / 90.0) * 3)[..., None]
    )
    arr[mask] = wood[mask]
    light = 1.04 - 0.22 * ((xx / out_w) * 0.7 + (yy / out_h) * 0.3)
    arr *= light[..., None]
    arr *= np.array([1.02, 0.99, 0.92], dtype=np.float32)[None, None, :]
    arr += gen.normal(0, 3.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def shot_finish(img: Image.Image, colors: int = 48) -> bytes:
    buf = io.BytesIO()
    img.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(buf, "PNG", optimize=True)
    return buf.getvalue()


# -------------------------------------------------------------- s01: damage report scan


def pic_s01_damage_report() -> bytes:
    name = "s01-report"
    gen = rng(name + "-pen")
    img = page(1275, 1650)
    d = ImageDraw.Draw(img)
    write(img, (80, 70), "SUMMIT HVAC SERVICES", "LiberationSans-Bold", 40)
    write(img, (80, 122), "Receiving Damage / Defect Report", "LiberationSans-Bold", 30)
    write(img, (940, 78), "Form SH-REC-7  rev 3", "LiberationSans-Regular", 20)
    write(img, (940, 104), "4410 Industrial Pkwy", "LiberationSans-Regular", 20)
    d.line([(80, 170), (1195, 170)], fill=PRINT, width=3)
    fields = [
        (200, "Date received:", "11/5/26", 330, "Report date:", "11/6/26", 930),
        (265, "Supplier:", "Brannock Industrial Supply", 230, "", "", 0),
        (330, "Supplier order # / our PO #:", "SO-104238 / PO-60418", 480, "", "", 0),
        (395, "Delivered by:", "Brannock truck", 270, "Received by:", "T. Grady", 930),
    ]
    for y, lab, val, vx, lab2, val2, x2 in fields:
        write(img, (80, y), lab, size=24)
        d.line([(vx - 10, y + 32), (x2 - 40 if x2 else 1195, y + 32)], fill=(90, 90, 90), width=1)
        pen(img, (vx, y - 6), val, gen, size=32)
        if lab2:
            write(img, (x2 - 170, y), lab2, size=24)
            d.line([(x2 - 10, y + 32), (1195, y + 32)], fill=(90, 90, 90), width=1)
            pen(img, (x2, y - 6), val2, gen, size=32)
    cols = [260, 210, 125, 115, 405]
    top = 480
    row_h = 76
    xs = grid(img, 80, top, cols, row_h, 5, color=(165, 165, 165), width=1)
    heads = ["ITEM #", "DESCRIPTION", "QTY RCVD", "QTY BAD", "PROBLEM"]
    for x, t in zip(xs, heads, strict=False):
        write(img, (x + 10, top + 26), t, "LiberationSans-Bold", 21)
    rows = [
        ("TST-7500-PRO", "wifi stat", "12", "1", "DEFECTIVE - DOA"),
        ("TST-2100-NP", "digital stat", "20", "3", "DAMAGED - cracked"),
        ("HVC-FLT-1625-M11", "filters", "10 cs", "0", "ok"),
    ]
    for r, row in enumerate(rows):
        y = top + row_h * (r + 1) + 16
        pen(img, (xs[0] + 10, y), row[0], gen, size=27, tilt=0.6)
        pen(img, (xs[1] + 10, y), row[1], gen, size=29, tilt=0.6)
        pen(img, (xs[2] + 34, y), row[2], gen, size=31, tilt=0.4)
        pen(img, (xs[3] + 44, y), row[3], gen, size=31, tilt=0.4)
        pen(img, (xs[4] + 12, y), row[4], gen, size=29, tilt=0.6)
    y = top + row_h * 5 + 50
    write(img, (80, y), "Action requested:", "LiberationSans-Bold", 24)
    for i, opt in enumerate(["Credit", "Replace", "Return only"]):
        bx = 330 + i * 230
        d.rectangle([bx, y + 2, bx + 26, y + 28], outline=PRINT, width=2)
        write(img, (bx + 40, y), opt, size=24)
    pen(img, (334, y - 8), "X", gen, size=34, tilt=4)
    write(img, (80, y + 80), "Notes:", "LiberationSans-Bold", 24)
    pen(img, (180, y + 72), "wifi stat #7 - no power on the bench w/ 24V", gen, size=28)
    pen(img, (180, y + 122), "3 digital stats - screens cracked, box crushed", gen, size=28)
    pen(img, (180, y + 172), "kept in cage for pickup", gen, size=28)
    write(img, (80, y + 250), "Received by (sign):", size=24)
    d.line([(320, y + 282), (700, y + 282)], fill=(90, 90, 90), width=1)
    pen(img, (330, y + 236), "T Grady", gen, size=40, face="DejaVuSans-Oblique", tilt=3)
    write(
        img,
        (80, 1560),
        "White copy: office   Yellow copy: warehouse   Report within 10 days of delivery",
        size=18,
        fill=(90, 90, 90),
    )
    return scan_finish(img, name)


# -------------------------------------------------------------- s09: receiving log photo


def pic_s09_receiving_log() -> bytes:
    name = "s09-log"
    gen = rng(name + "-pen")
    img = page(1600, 820, (250, 250, 246))
    write(img, (60, 40), "HARBOR POINT PROPERTY MANAGEMENT", "LiberationSans-Bold", 34)
    write(
        img,
        (60, 86),
        "Maintenance Receiving Log  -  Larchmont Commons shop",
        "LiberationSans-Regular",
        26,
    )
    write(img, (1180, 48), "Sheet 14", "LiberationSans-Regular", 24)
    cols = [100, 180, 160, 290, 115, 115, 80, 470]
    top = 150
    xs = grid(img, 60, top, cols, 80, 7, color=(150, 150, 160), width=1, verticals=False)
    heads = ["DATE", "VENDOR", "PO #", "ITEM", "QTY ORD", "QTY REC", "INIT", "NOTES"]
    for x, t in zip(xs, heads, strict=False):
        write(img, (x + 8, top + 26), t, "LiberationSans-Bold", 22)
    rows = [
        ("11/4", "Lakeshore", "LP-3391", "int. paint 5gal", "8", "8", "LO", "ok"),
        ("11/9", "Brannock", "PO-70231", "HVC-REG-1006-W", "60", "54", "LO", "SHORT 6"),
        ("11/9", "Brannock", "PO-70231", "HVC-FLT-1625-M11", "24", "24", "LO", "ok"),
        ("11/9", "Brannock", "PO-70231", "TST-2100-NP", "10", "10", "LO", "2 WRONG ITEM"),
        ("11/10", "Coastal Lock", "CL-0877", "lever sets", "12", "12", "BS", "ok"),
    ]
    for r, row in enumerate(rows):
        y = top + 80 * (r + 1) + 20
        for c, val in enumerate(row):
            pen(
                img,
                (xs[c] + 8, y - 4),
                val,
                gen,
                size=30 if c in (1, 3) else 33,
                ink=INK_BLACK,
                tilt=0.5,
                face="DejaVuSans-Oblique" if c == 7 else "LiberationSans-Italic",
            )
    pen(img, (xs[7] + 250, top + 80 * 4 + 26), "(line volt)", gen, size=24, ink=INK_BLACK, tilt=0.5)
    for r in (2, 4):
        pen(
            img,
            (18, top + 80 * r + 14),
            "*",
            gen,
            size=44,
            ink=(180, 30, 30),
            face="LiberationSans-Bold",
            tilt=0,
        )
    write(
        img,
        (60, top + 80 * 7 + 24),
        "Log every delivery the day it arrives. Damage or shortage: tell Luis the same day.",
        size=20,
        fill=(80, 80, 80),
    )
    return photo_finish(
        img, name, 1800, 1040, [(70, 80), (1740, 36), (1762, 995), (46, 958)], desk=(96, 90, 84)
    )


# -------------------------------------------------------------- s12: bag label photo


def pic_s12_bag_label() -> bytes:
    name = "s12-label"
    gen = rng(name + "-pen")
    img = page(1000, 700, (247, 247, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 30, 970, 670], outline=(40, 40, 40), width=3)
    write(img, (60, 55), "BRANNOCK INDUSTRIAL SUPPLY", "LiberationMono-Bold", 34)
    write(img, (60, 120), "ITEM: FTG-CU-E90-100", "LiberationMono-Bold", 40)
    write(img, (60, 180), '1" WROT CU 90 ELL C X C', "LiberationMono-Regular", 32)
    write(img, (60, 235), "QTY: 25 EA", "LiberationMono-Bold", 36)
    write(img, (60, 292), "SO-104231   LN 2   DC-SOUTH", "LiberationMono-Regular", 30)
    bars = rng(name + "-bars")
    x = 60
    while x < 900:
        bw = int(bars.integers(2, 7))
        d.rectangle([x, 350, x + bw, 440], fill=(20, 20, 20))
        x += bw + int(bars.integers(2, 6))
    pen(
        img,
        (70, 480),
        "WRONG SIZE - bag has 1-1/4 elbows",
        gen,
        size=40,
        ink=(20, 20, 20),
        face="LiberationSans-BoldItalic",
        tilt=1.2,
    )
    pen(
        img,
        (70, 560),
        "all 25 pcs",
        gen,
        size=40,
        ink=(20, 20, 20),
        face="LiberationSans-BoldItalic",
        tilt=1.2,
    )
    return photo_finish(
        img,
        name,
        1100,
        820,
        [(90, 80), (1020, 60), (1050, 760), (60, 740)],
        desk=(170, 170, 176),
        quality=82,
    )


# -------------------------------------------------------------- s15: parts app screenshot


def pic_s15_parts_app() -> bytes:
    img = page(750, 1334, (242, 244, 247))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 750, 40], fill=(20, 20, 20))
    write(img, (30, 6), "10:31", "DejaVuSans-Bold", 22, fill=(255, 255, 255))
    write(img, (610, 6), "LTE  78%", "DejaVuSans", 20, fill=(255, 255, 255))
    d.rectangle([0, 40, 750, 150], fill=(16, 84, 140))
    write(img, (30, 60), "< Back", "DejaVuSans", 24, fill=(255, 255, 255))
    write(img, (200, 58), "Parts Check-In", "DejaVuSans-Bold", 34, fill=(255, 255, 255))
    write(img, (30, 104), "Summit HVAC  |  Warehouse A", "DejaVuSans", 20, fill=(210, 225, 240))
    write(img, (30, 170), "Vendor: Brannock Industrial Supply", "DejaVuSans", 24, fill=(30, 30, 30))
    write(img, (30, 204), "Order SO-104244   PO-60455", "DejaVuSans-Bold", 26, fill=(30, 30, 30))
    write(img, (30, 240), "Carrier UPS   Delivered 11/12", "DejaVuSans", 22, fill=(90, 90, 90))
    cards = [
        ("HVC-CND-PUMP", "Condensate pump 115V", "10", "10", "MATCH", (40, 150, 80)),
        ("TST-2100-NP", "Digital thermostat 24V", "12", "10", "SHORT 2", (230, 120, 20)),
        (
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter cs/12",
            "20",
            "21",
            "OVER 1 case",
            (230, 120, 20),
        ),
    ]
    y = 290
    for sku, desc, exp, got, status, color in cards:
        d.rounded_rectangle(
            [24, y, 726, y + 230],
            radius=16,
            fill=(255, 255, 255),
            outline=color if color != (40, 150, 80) else (215, 215, 215),
            width=4,
        )
        write(img, (50, y + 20), sku, "DejaVuSans-Bold", 30, fill=(20, 20, 20))
        write(img, (50, y + 62), desc, "DejaVuSans", 22, fill=(90, 90, 90))
        write(img, (50, y + 112), f"Expected {exp}", "DejaVuSans", 26, fill=(40, 40, 40))
        write(img, (330, y + 112), f"Counted {got}", "DejaVuSans", 26, fill=(40, 40, 40))
        d.rounded_rectangle([50, y + 160, 330, y + 208], radius=10, fill=color)
        write(img, (66, y + 168), status, "DejaVuSans-Bold", 24, fill=(255, 255, 255))
        y += 260
    write(
        img,
        (30, y + 10),
        "Checked in by R. Patel  11/13  8:14 AM",
        "DejaVuSans",
        22,
        fill=(90, 90, 90),
    )
    d.rounded_rectangle([30, 1210, 720, 1290], radius=14, fill=(16, 84, 140))
    write(img, (250, 1232), "Send to vendor", "DejaVuSans-Bold", 28, fill=(255, 255, 255))
    return shot_finish(img)


# -------------------------------------------------------------- s16: warranty tag photo


def pic_s16_warranty_tag() -> bytes:
    name = "s16-tag"
    gen = rng(name + "-pen")
    img = page(900, 1300, (236, 214, 160))
    d = ImageDraw.Draw(img)
    d.ellipse([410, 40, 490, 120], fill=(120, 110, 100), outline=(90, 80, 60), width=6)
    write(img, (150, 150), "WARRANTY RETURN TAG", "LiberationSans-Bold", 50, fill=(30, 30, 30))
    write(
        img,
        (250, 212),
        "Keystone Mechanical - Service",
        "LiberationSans-Regular",
        26,
        fill=(30, 30, 30),
    )
    labels = [
        ("Part / UPC:", "084512075004"),
        ("Description:", "7-day wifi thermostat"),
        ("Qty:", "1"),
        ("Problem:", "DEFECTIVE - DOA"),
        ("", "no display on 24V"),
        ("Supplier PO:", "PO-77760"),
        ("Job:", "Hollis Court"),
        ("Installed:", "11/16/26"),
        ("Tech:", "R. Dunn"),
    ]
    y = 300
    for lab, val in labels:
        if lab:
            write(img, (60, y + 6), lab, "LiberationSans-Bold", 30, fill=(30, 30, 30))
        d.line([(290, y + 46), (850, y + 46)], fill=(60, 60, 60), width=2)
        pen(
            img,
            (300, y - 4),
            val,
            gen,
            size=40,
            ink=INK_BLACK,
            face="LiberationSans-Italic",
            tilt=1.2,
        )
        y += 95
    return photo_finish(
        img,
        name,
        1000,
        1250,
        [(140, 60), (880, 110), (840, 1200), (90, 1150)],
        desk=(60, 62, 70),
        quality=82,
    )


# -------------------------------------------------------------- s14: thermostat app screenshot


def pic_s14_stat_app() -> bytes:
    img = page(750, 1334, (250, 250, 252))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 750, 40], fill=(250, 250, 252))
    write(img, (30, 6), "2:07", "DejaVuSans-Bold", 22, fill=(20, 20, 20))
    write(img, (640, 6), "62%", "DejaVuSans", 20, fill=(20, 20, 20))
    write(img, (30, 70), "My Sites", "DejaVuSans-Bold", 40, fill=(20, 20, 20))
    write(
        img, (30, 130), "Maple Ridge Clinic  -  11 thermostats", "DejaVuSans", 24, fill=(90, 90, 90)
    )
    rows = [
        ("Exam 1", "71°  Heat", True),
        ("Exam 2", "70°  Heat", True),
        ("Exam 3", "--", False),
        ("Front desk", "72°  Heat", True),
        ("Break room", "--", False),
        ("Office A", "70°  Off", True),
    ]
    y = 190
    for room, state, online in rows:
        d.rounded_rectangle(
            [24, y, 726, y + 130], radius=14, fill=(255, 255, 255), outline=(220, 220, 224), width=2
        )
        write(img, (50, y + 20), room, "DejaVuSans-Bold", 30, fill=(20, 20, 20))
        write(img, (50, y + 70), "TST-7500-PRO", "DejaVuSans", 22, fill=(120, 120, 120))
        if online:
            write(img, (520, y + 40), state, "DejaVuSans-Bold", 30, fill=(30, 110, 200))
        else:
            write(img, (420, y + 40), "Cloud link lost", "DejaVuSans-Bold", 28, fill=(200, 60, 40))
        y += 150
    write(img, (30, y + 20), "Pull down to refresh", "DejaVuSans", 22, fill=(140, 140, 140))
    return shot_finish(img)


# ============================================================== PDF documents


def pdf_s05_credit_letter() -> bytes:
    pdf = Paper("s05-letter", when("2026-11-10 14:02:00", -5))
    pdf.set_title("Credit request CR-2611-07")
    pdf.set_author("Keystone Mechanical Contractors - Accounts Payable")
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(
        0,
        5,
        "1180 Allegheny River Blvd, Pittsburgh PA 15238  |  ap@keystonemech.com",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(10)
    pdf.set_font("Times", "", 11)
    for line in [
        "November 10, 2026",
        "",
        "Brannock Industrial Supply",
        "Attn: Credit Department",
        "",
        "Credit request CR-2611-07",
        "Re: Invoice INV-88133 dated 11/04/2026 - your order SO-104235 - our PO-77830",
    ]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(
        0,
        6,
        (
            "We have matched the invoice above against our purchase order and the receiving report. "
            "All goods were received. One line was billed above the price agreed on our purchase order. "
            "Please issue a credit memo for the difference shown below."
        ),
    )
    pdf.ln(4)
    table(
        pdf,
        [12, 40, 24, 26, 28, 24, 26],
        [
            [
                "Line",
                "Item",
                "Qty invoiced",
                "PO price",
                "Invoiced price",
                "Difference",
                "Credit due",
            ],
            ["1", "VLV-3100-CK", "6", "189.00", "189.00", "0.00", "0.00"],
            ["2", "FTG-BI-U-150", "40", "10.80", "10.80", "0.00", "0.00"],
            ["3", "HVC-CND-PUMP", "8", "61.50", "64.90", "3.40", "27.20"],
            ["4", "PMP-CIRC-015", "4", "139.00", "139.00", "0.00", "0.00"],
            ["", "", "", "", "", "Total", "27.20"],
        ],
        aligns="CLRRRRR",
        bold_rows=(5,),
    )
    pdf.ln(5)
    pdf.multi_cell(
        0,
        6,
        (
            "Invoice total as billed: $2,641.20. We are paying $2,614.00 on our normal terms and hold "
            "$27.20 until the credit memo arrives. Please reference CR-2611-07 on the credit memo."
        ),
    )
    pdf.ln(12)
    pdf.cell(0, 6, "Sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 6, "Dana Ruiz", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0, 6, "Accounts Payable, Keystone Mechanical Contractors", new_x="LMARGIN", new_y="NEXT"
    )
    return pdf.bytes_out()


def pdf_s06_material_log() -> bytes:
    pdf = Paper("s06-log", when("2026-11-10 11:20:00", -5), orientation="L")
    pdf.set_title("Job 5519 material log")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Riverbend Plumbing & Heating - Job Material Log", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Job 5519  Oakmont Townhomes, Bldg 2   |   Log week ending 11/08/2026   |   PM: J. Ferris",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    table(
        pdf,
        [22, 34, 40, 70, 22, 22, 22, 38],
        [
            ["Date", "Source", "Item", "Description", "Issued", "Used", "On hand", "Remarks"],
            ["11/02", "Shop stock", "PEX-1/2-RED", "1/2in PEX-A red, ft", "300", "260", "40", ""],
            ["11/03", "Shop stock", "PEX-1/2-BLU", "1/2in PEX-A blue, ft", "300", "240", "60", ""],
            [
                "11/06",
                "Brannock",
                "PIP-PEX-075-300",
                "3/4in PEX-A 300 ft coil",
                "2",
                "1",
                "1",
                "mains",
            ],
            [
                "11/06",
                "Brannock",
                "VLV-1005-BV",
                "1in ball valve FP thrd",
                "24",
                "6",
                "18",
                "risers",
            ],
            [
                "11/06",
                "Brannock",
                "FTG-PEX-CPL-050",
                "1/2in PEX crimp cpl bag/25",
                "6",
                "2",
                "4",
                "see receiving",
            ],
            ["11/07", "Halvorsen Elec", "THHN-12-BLK", "12 AWG THHN, ft", "500", "180", "320", ""],
            ["11/07", "Shop stock", "HANGER-J-075", "3/4in J-hook hanger", "100", "64", "36", ""],
        ],
        aligns="CLLLRRRL",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(
        0,
        5,
        "Material log is for job costing only. Receiving exceptions are reported from the yard app.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf.bytes_out()


def pdf_s07_inspection() -> bytes:
    pdf = Paper("s07-inspection", when("2026-11-10 16:40:00", -6))
    pdf.set_title("Cargo inspection report OD0782290518")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "ODFL - CARGO INSPECTION REPORT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Concealed damage / loss inspection  -  Form CIR-2  -  Service center: DEN",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    def section(title: str) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)

    section("1. Shipment")
    for a, b in [
        ("PRO number", "OD0782290518"),
        ("Shipper", "Brannock Industrial Supply, DC-SOUTH"),
        ("Consignee", "Summit HVAC Services, 4410 Industrial Pkwy"),
        ("Shipper ref / PO", "SO-104228 / PO-60377"),
        ("Pickup date", "10/30/2026"),
        ("Delivery date", "11/02/2026"),
        ("Pieces / weight", "2 pallets / 1,480 lb"),
        ("Delivery receipt", "signed clear, no exceptions noted"),
    ]:
        pdf.cell(45, 5.5, a)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    section("2. Inspection")
    for a, b in [
        ("Requested", "11/04/2026 by consignee (phone)"),
        ("Inspected", "11/10/2026, consignee dock"),
        ("Inspector", "G. Ostrowski, #4471"),
    ]:
        pdf.cell(45, 5.5, a)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    section("3. Packaging")
    pdf.multi_cell(
        0,
        5.5,
        (
            "Pallet 1 (ceiling tile, 40 cartons): stretch wrap torn at one corner, two cartons on the lower "
            "tier crushed in, water staining on the same corner. Pallet 2 (floor registers, 30 pcs in 3 "
            "master cartons): one master carton punctured on the side facing pallet 1."
        ),
    )
    pdf.ln(2)
    section("4. Damage found")
    table(
        pdf,
        [38, 55, 27, 27, 37],
        [
            ["Item", "Description", "Pcs shipped", "Pcs damaged", "Nature"],
            ["CLG-TILE-24-ACU", "2x2 acoustic tile, ctn of 16", "40 ctn", "2 ctn", "crushed, wet"],
            ["HVC-REG-1006-W", "10x6 floor register, white", "30", "4", "faces bent, dented"],
        ],
        aligns="LLRRL",
    )
    pdf.ln(2)
    section("5. Remarks")
    pdf.multi_cell(
        0,
        5.5,
        (
            "Damage is consistent with a forklift tine strike during transfer at the DEN terminal. Remaining "
            "38 cartons of tile and 26 registers inspected, no damage. Consignee retains damaged goods for "
            "salvage decision. This report does not admit liability; file the claim with the shipper's "
            "documents within 9 months of delivery."
        ),
    )
    pdf.ln(6)
    pdf.cell(90, 5, "Inspector: G. Ostrowski")
    pdf.cell(0, 5, "Consignee rep: R. Patel", new_x="LMARGIN", new_y="NEXT")
    return pdf.bytes_out()


def pdf_s11_work_order() -> bytes:
    pdf = Paper("s11-wo", when("2026-11-13 10:55:00", -6))
    pdf.set_title("Work order 88-4172")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "Harbor Point Property Management", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0, 6, "WORK ORDER 88-4172   (printed from FacilityDesk 7.2)", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    for a, b in [
        ("Property", "Bayview Terrace, Bldg C - boiler room"),
        ("Opened", "11/11/2026 14:10 by N. Ruiz-Tan"),
        ("Category", "Plumbing - domestic hot water"),
        ("Status", "ON HOLD - waiting on vendor"),
        ("Vendor / PO", "Brannock Industrial Supply / PO-70288"),
    ]:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(32, 5.5, a)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    table(
        pdf,
        [10, 22, 30, 18, 102],
        [
            ["Ln", "Type", "Item", "Qty", "Description / result"],
            ["1", "Labor", "", "1.5 h", "Receive Estes delivery, stage equipment in boiler room"],
            ["2", "Labor", "", "2.0 h", "Install expansion tanks on DHW lines 1 and 2"],
            [
                "3",
                "Material",
                "WH-50G-NG",
                "1",
                "50 gal NG heater: DAMAGED in transit, jacket dented, gas valve loose",
            ],
            [
                "4",
                "Material",
                "WH-EXP-2G",
                "1",
                "Expansion tank: DEFECTIVE, bladder failed after install",
            ],
            ["5", "Material", "WH-EXP-2G", "2", "Expansion tanks installed, tested OK"],
            ["6", "Material", "WH-50G-NG", "2", "Heaters inspected OK, set for install 11/16"],
            ["7", "Stock", "DU-075", "2", "Dielectric unions from shop stock"],
        ],
        size=8,
        aligns="CLLCL",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        (
            "Notes: line 3 unit tagged DO NOT INSTALL and left on the pallet, Estes delivery receipt "
            "signed with exception 'jacket dented'. Line 4 tank removed, waterlogged, kept for the vendor."
        ),
    )
    pdf.ln(3)
    pdf.cell(
        0,
        5,
        "Assigned: L. Ortega   |   Est. completion: pending vendor replacement",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf.bytes_out()


def pdf_s13_variance() -> bytes:
    pdf = Paper("s13-variance", when("2026-11-16 07:58:00", -5), orientation="L")
    pdf.set_title("Receiving variance report RCV-20771")
    pdf.add_page()
    pdf.set_font("Courier", "B", 12)
    pdf.cell(
        0,
        6,
        "RIVERBEND PLUMBING & HEATING          RECEIVING VARIANCE REPORT",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Courier", "", 9)
    for line in [
        "RUN 11/16/2026 07:58   USER YARD01   WMS 4.11            PAGE 1 OF 1",
        "RECEIPT RCV-20771   PO PO-24530   VENDOR BRANNOCK IND SUPPLY (V-0088)",
        "CARRIER RL-CARRIERS   PRO RL123512650   RCVD 11/12/2026   DOCK 2",
        "",
    ]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    table(
        pdf,
        [12, 40, 78, 22, 22, 22, 22, 22],
        [
            ["LN", "SKU", "DESCRIPTION", "ORDERED", "SHIPPED", "RECEIVED", "VARIANCE", "VAR CODE"],
            ["1", "VLV-1005-BV", "BALL VALVE 1IN FP THRD BRASS", "48", "48", "48", "0", ""],
            ["2", "FTG-CU-E90-100", "ELBOW 90 1IN WROT CU CXC", "250", "250", "230", "-20", "SH"],
            ["3", "VLV-0750-PRV", "PRV 3/4IN 25-75 PSI", "4", "4", "4", "0", ""],
            ["", "", "TOTALS", "302", "302", "282", "-20", ""],
        ],
        size=8.5,
        aligns="CLLRRRRC",
        bold_rows=(4,),
    )
    pdf.ln(3)
    pdf.set_font("Courier", "", 8.5)
    for line in [
        "VAR CODES: SH SHORT  OV OVER  DM DAMAGED  WI WRONG ITEM  SB SUBSTITUTE",
        "COUNTED BY M.BELLINI 11/12 14:20   RECOUNTED 11/13 08:05 (SAME)",
        "*** END OF REPORT ***",
    ]:
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    return pdf.bytes_out()


def pdf_s18_service_ticket() -> bytes:
    pdf = Paper("s18-ticket", when("2026-11-19 14:30:00", -6))
    pdf.set_title("Service ticket 2291")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "DELGADO & SONS PLUMBING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Service ticket 2291   -   date 11/18/2026   -   tech: Hector D.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0, 5, "Customer: M. Alvarez residence, 2207 Sandoval Dr", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Complaint", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Water on garage floor under water heater. Heater installed by us on 10/09/2026 (new install).",
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Found", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        (
            "Tank leaking at the bottom seam, not from fittings, relief valve or drain valve. Tank is "
            "defective. Removed and replaced with a new heater from our stock."
        ),
    )
    pdf.ln(2)
    table(
        pdf,
        [30, 78, 16, 54],
        [
            ["Item", "Description", "Qty", "Note"],
            ["WH-40G-EL", "40 gal electric heater 4500W (from stock)", "1", "installed new"],
            ["WH-EXP-2G", "2 gal expansion tank (from stock)", "1", "installed new"],
            ["CU-FLEX-18", "3/4 x 18 flex connectors", "2", "installed new"],
            [
                "WH-40G-EL",
                "40 gal electric heater, REMOVED",
                "1",
                "leaking tank - warranty to supplier",
            ],
            ["LABOR", "Remove / install, 3.5 h", "", ""],
        ],
        size=8.5,
        aligns="LLCL",
    )
    pdf.ln(3)
    pdf.multi_cell(
        0,
        5,
        "Removed heater was bought on invoice INV-88070 (2 heaters). Kept at shop for supplier.",
    )
    pdf.ln(3)
    pdf.cell(0, 5, "Customer signature: M. Alvarez", new_x="LMARGIN", new_y="NEXT")
    return pdf.bytes_out()


def pdf_s35_service_report() -> bytes:
    pdf = Paper("s35-report", when("2026-12-02 17:10:00", -5))
    pdf.set_title("Service report SR-30419")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(
        0,
        7,
        "Keystone Mechanical Contractors - Service Report SR-30419",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Site: Elm Court Apartments, mechanical room B   |   Visit 12/02/2026   |   Tech: S. Varga",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        5,
        "Equipment installed 10/2025 under job 3390 (supplier order SO-104201, PO-76115)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    table(
        pdf,
        [32, 60, 16, 72],
        [
            ["Item", "Equipment", "Units", "Result"],
            ["VLV-1250-TMV", "1-1/4 thermostatic mixing valve", "4", "OK - recalibrated to 120F"],
            ["PMP-CIRC-015", "Circulator pump 1/25 HP", "5", "OK - amps normal"],
            ["WH-EXP-2G", "2 gal expansion tank (units 1,3,4,6)", "4", "OK - precharge 58 psi"],
            ["WH-EXP-2G", "2 gal expansion tank (units 2,5)", "2", "FAILED - replace - warranty"],
        ],
        size=8.5,
        aligns="LLCL",
    )
    pdf.ln(3)
    pdf.multi_cell(
        0,
        5,
        (
            "Units 2 and 5: bladders ruptured, tanks waterlogged, no air charge, relief valves weeping. "
            "Replaced today from truck stock so the building has hot water; the two failed tanks are at "
            "our shop for the supplier."
        ),
    )
    pdf.ln(3)
    pdf.cell(0, 5, "Next visit: spring 2027 PM", new_x="LMARGIN", new_y="NEXT")
    return pdf.bytes_out()


def pdf_s37_po_revision() -> bytes:
    pdf = Paper("s37-porev", when("2026-12-03 10:30:00", -5))
    pdf.set_title("PO-24561 revision 1")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "PURCHASE ORDER PO-24561 - REVISION 1", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for line in [
        "Riverbend Plumbing & Heating, 77 Mill Race Rd",
        "Vendor: Brannock Industrial Supply (your order SO-104247)",
        "Original PO date 11/16/2026   Revision date 12/03/2026   Buyer: J. Ferris",
        "",
    ]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    table(
        pdf,
        [10, 34, 66, 20, 20, 28],
        [
            ["Ln", "Item", "Description", "Was", "Now", "Change"],
            ["1", "VLV-3100-CK", "3in CI swing check valve flgd", "3", "3", "no change"],
            ["2", "FTG-BI-U-150", "1-1/2in black malleable union", "20", "12", "reduce 8"],
            ["3", "VLV-0750-PRV", "3/4in pressure reducing valve", "0", "6", "new line"],
        ],
        size=8.5,
        aligns="CLLRRL",
    )
    pdf.ln(4)
    pdf.multi_cell(
        0,
        5,
        (
            "All other terms of the original purchase order apply. Ship complete when available. "
            "Deliver to: Mill Race Rd yard, dock hours 7-3."
        ),
    )
    return pdf.bytes_out()


# ============================================================== workbooks


def xlsx_s02_exceptions() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Exceptions"
    ws["A1"] = "RECEIPT DISCREPANCY EXPORT"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Site: KMC Main Yard    Vendor: BRANNOCK INDUSTRIAL SUPPLY (V0142)    PO: PO-77812"
    ws["A3"] = "Run: 2026-11-09 07:52    User: pnatarajan"
    rows = [
        [
            "Ln",
            "Our Item",
            "Vendor Item",
            "Description",
            "PO Qty",
            "ASN Qty",
            "Rcvd Good",
            "Rcvd Dmg",
            "Not Rcvd",
            "Exc",
            "Carrier",
            "Rcpt Date",
        ],
        [
            1,
            "KM-88213",
            "VLV-2210-BR",
            "2in bronze gate valve thrd",
            40,
            40,
            40,
            0,
            0,
            None,
            "RL",
            "2026-11-05",
        ],
        [
            2,
            "KM-40112",
            "FTG-CU-E90-100",
            "1in wrot cu 90 CxC",
            150,
            150,
            138,
            12,
            0,
            "DMG",
            "RL",
            "2026-11-05",
        ],
        [
            3,
            "KM-88340",
            "VLV-0750-PRV",
            "3/4in PRV 25-75",
            12,
            12,
            12,
            0,
            0,
            None,
            "ESTES",
            "2026-11-06",
        ],
        [
            4,
            None,
            "PIP-PEX-075-300",
            "3/4in PEX-A 300ft coil",
            6,
            6,
            5,
            0,
            1,
            "SHT",
            "ESTES",
            "2026-11-06",
        ],
    ]
    sheet_rows(ws, rows, start_row=5)
    ws.cell(row=10, column=4, value="TOTAL").font = Font(bold=True)
    for col in "EFGHI":
        ws[f"{col}10"] = f"=SUM({col}6:{col}9)"
        ws[f"{col}10"].font = Font(bold=True)
    widths(ws, [5, 11, 18, 28, 8, 8, 10, 10, 9, 6, 9, 12])
    codes = wb.create_sheet("Codes")
    sheet_rows(
        codes,
        [
            ["Exc", "Meaning"],
            ["DMG", "received damaged"],
            ["SHT", "short / not received"],
            ["OVR", "received over ASN"],
            ["SUB", "substituted item"],
            ["RTV", "return to vendor"],
        ],
    )
    widths(codes, [6, 28])
    return xlsx_bytes(wb, when("2026-11-09 07:52:00", -5))


def xlsx_s10_closeout() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    for r, (a, b) in enumerate(
        [
            ("Job", "2231 Brookfield Library renovation"),
            ("Close-out date", "2026-11-11"),
            ("Project engineer", "W. Hoekstra"),
            ("Material budget", 48200),
            ("Material spent", 46115.4),
            ("Surplus lines", 4),
        ],
        start=1,
    ):
        ws.cell(row=r, column=1, value=a).font = Font(bold=True)
        ws.cell(row=r, column=2, value=b)
    widths(ws, [20, 40])
    sp = wb.create_sheet("Surplus")
    sheet_rows(
        sp,
        [
            [
                "Vendor",
                "Vendor order / PO",
                "Item",
                "Description",
                "Qty Bought",
                "Qty Installed",
                "Surplus",
                "Disposition",
            ],
            [
                "Brannock",
                "SO-104218 / PO-77731",
                "VLV-1005-BV",
                "1in ball valve",
                50,
                30,
                0,
                "20 returned earlier (RMA-9004)",
            ],
            [
                "Brannock",
                "SO-104218 / PO-77731",
                "FTG-PEX-CPL-050",
                "1/2in PEX crimp coupling, bag/25",
                20,
                14,
                6,
                "RTV - not needed",
            ],
            [
                "Halvorsen Electric",
                "HE-55102",
                "THHN-12-BLK",
                "12 AWG THHN ft",
                2500,
                2380,
                120,
                "KEEP - shop stock",
            ],
            [
                "Midstate Insulation",
                "MI-8817",
                "PW-1-050",
                "1in pipe wrap 6ft",
                40,
                34,
                6,
                "KEEP - shop stock",
            ],
        ],
        fill="FCE4D6",
    )
    widths(sp, [18, 22, 18, 32, 11, 13, 9, 30])
    return xlsx_bytes(wb, when("2026-11-11 16:40:00", -5))


def xlsx_s25_po_receipt() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "PO Receipt"
    ws["A1"] = "Summit HVAC Services - PO Receipt"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = (
        "PO: PO-60492    Vendor: Brannock Industrial Supply    Received: 2026-11-23    By: D. Walters"
    )
    sheet_rows(
        ws,
        [
            [
                "Line",
                "Item",
                "Description",
                "Qty on PO",
                "Qty on packing list",
                "Qty received",
                "Short (-) / Over (+)",
            ],
            [1, "HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated filter, case of 12", 15, 15, 12, -3],
            [2, "HVC-CND-PUMP", "Condensate pump 115V w/ safety switch", 4, 4, 4, 0],
        ],
        start_row=4,
    )
    widths(ws, [6, 20, 42, 11, 18, 13, 18])
    return xlsx_bytes(wb, when("2026-11-24 10:05:00", -6))


def xlsx_s26_surplus() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Hillcrest surplus"
    sheet_rows(
        ws,
        [
            ["Supplier", "PO", "Part", "Desc", "Bought", "Installed", "Surplus", "Return?"],
            ["Brannock", "PO-24388", "VLV-3100-CK", "3in CI swing check flgd", 4, 4, 0, ""],
            [
                "Brannock",
                "PO-24388",
                "FTG-BI-U-150",
                "1-1/2in BI union",
                30,
                0,
                30,
                "YES - not needed",
            ],
            [
                "Allied Pipe Hangers",
                "AH-1902",
                "CL-RISER-3",
                "3in riser clamp",
                12,
                10,
                2,
                "no - keep",
            ],
            ["Tri-State Valve", "TS-44810", "GV-4-FL", "4in gate valve flgd", 2, 2, 0, ""],
        ],
        fill="E2EFDA",
    )
    widths(ws, [20, 11, 16, 26, 8, 10, 9, 18])
    ws["A8"] = "Prepared by M. O'Brien 11/24/2026"
    return xlsx_bytes(wb, when("2026-11-24 17:15:00", -5))


def xlsx_s32_red_rows() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Punch list"
    ws["A1"] = "Fairview Pump Station - fire line / domestic - material punch list"
    ws["A1"].font = Font(bold=True, size=12)
    rows = [
        ["Supplier", "PO / order", "Part", "Description", "Qty rcvd", "Qty installed", "Notes"],
        [
            "Brannock",
            "PO-24415 / SO-104222",
            "VLV-3100-CK",
            "3in cast iron swing check, flgd",
            2,
            1,
            "1 DEFECTIVE - clapper sticks open, backflow; removed",
        ],
        [
            "Brannock",
            "PO-24415 / SO-104222",
            "BFP-RPZ-300-SO",
            "3in RPZ backflow assy",
            1,
            0,
            "NOT NEEDED - owner cancelled fire line tie-in; return 1",
        ],
        ["Tri-State Valve", "TS-44877", "GV-3-FL", "3in gate valve flgd", 4, 4, "ok"],
        ["Allied Pipe Hangers", "AH-1955", "CL-RISER-3", "3in riser clamp", 6, 6, "ok"],
    ]
    sheet_rows(ws, rows, start_row=3)
    red = PatternFill("solid", fgColor="FF7C80")
    for r in (4, 5):
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = red
    ws["A9"] = "Red = needs supplier action"
    ws["A9"].font = Font(italic=True)
    widths(ws, [18, 22, 17, 32, 9, 12, 52])
    return xlsx_bytes(wb, when("2026-12-01 13:20:00", -5))


def xlsx_s39_scorecard() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws["A1"] = "Summit HVAC Services - Supplier scorecard - November 2026"
    ws["A1"].font = Font(bold=True, size=12)
    sheet_rows(
        ws,
        [
            ["Metric", "Brannock", "Target"],
            ["Orders received", 4, None],
            ["Order lines received", 11, None],
            ["On-time deliveries", "4 of 4", "95%"],
            ["Lines damaged", 3, "<= 1"],
            ["Lines defective (DOA)", 1, "0"],
            ["Lines short", 2, "<= 1"],
            ["Lines over", 1, "0"],
            ["Price exceptions", 1, "0"],
            ["Claims acknowledged within 1 day", "100%", "100%"],
            ["Score", 86, ">= 85"],
        ],
        start_row=3,
    )
    widths(ws, [34, 14, 10])
    inc = wb.create_sheet("Incidents")
    sheet_rows(
        inc,
        [
            ["Date", "Order", "Item", "Qty", "Type", "Status"],
            ["2026-11-06", "SO-104238", "TST-2100-NP", 3, "damaged", "case opened, credited"],
            ["2026-11-06", "SO-104238", "TST-7500-PRO", 1, "DOA", "case opened, RMA sent"],
            [
                "2026-11-11",
                "SO-104228",
                "CLG-TILE-24-ACU / HVC-REG-1006-W",
                "2 / 4",
                "damaged (carrier)",
                "case opened, credited",
            ],
            ["2026-11-17", "SO-104244", "TST-2100-NP", 2, "short", "case opened, recount"],
            ["2026-11-17", "SO-104244", "HVC-FLT-1625-M11", 1, "over", "returned on RMA"],
            [
                "2026-11-24",
                "PO-60492",
                "HVC-FLT-1625-M11",
                3,
                "short",
                "waiting - vendor asked for order no.",
            ],
            ["2026-11-30", "SO-104244", "TST-2100-NP", 12, "price", "answered - no variance"],
        ],
    )
    widths(inc, [12, 12, 34, 7, 18, 36])
    return xlsx_bytes(wb, when("2026-12-04 08:30:00", -6))


# ============================================================== CSV exports


def csv_text(rows: list[list[str]], crlf: bool = True) -> bytes:
    def esc(v: str) -> str:
        return f'"{v}"' if ("," in v or '"' in v) else v

    end = "\r\n" if crlf else "\n"
    return (
        end.join(",".join(esc(str(v)) for v in row) for row in rows).encode("utf-8") + end.encode()
    )


def csv_s03_job_receiving() -> bytes:
    return csv_text(
        [
            [
                "job",
                "po",
                "so",
                "line",
                "item",
                "desc",
                "qty_expected",
                "qty_counted",
                "status",
                "counted_by",
            ],
            [
                "2240",
                "PO-77830",
                "SO-104235",
                "1",
                "VLV-3100-CK",
                "3in CI swing check",
                "6",
                "6",
                "OK",
                "jwebb",
            ],
            [
                "2240",
                "PO-77830",
                "SO-104235",
                "2",
                "FTG-BI-U-150",
                "1-1/2 BI union",
                "40",
                "40",
                "OK",
                "jwebb",
            ],
            [
                "2240",
                "PO-77830",
                "SO-104235",
                "3",
                "HVC-CND-PUMP",
                "condensate pump",
                "8",
                "8",
                "OK",
                "jwebb",
            ],
            [
                "2240",
                "PO-77830",
                "SO-104235",
                "4",
                "PMP-CIRC-015",
                "circulator 1/25hp",
                "4",
                "4",
                "OK",
                "jwebb",
            ],
            [
                "2240",
                "PO-77830",
                "SO-104235",
                "",
                "HVC-REG-1006-W",
                "10x6 floor register wht",
                "0",
                "10",
                "NOT ON PO",
                "jwebb",
            ],
        ]
    )


def csv_s06_yard_receiving() -> bytes:
    return csv_text(
        [
            ["row", "item", "description", "shipped", "received", "variance", "condition", "notes"],
            ["1", "PIP-PEX-075-300", "3/4 PEX-A coil 300ft", "2", "2", "0", "GOOD", ""],
            [
                "2",
                "FTG-PEX-CPL-050",
                "1/2 PEX crimp coupling bag/25",
                "10",
                "10",
                "0",
                "WRONG ITEM",
                "4 bags contain 3/4in couplings, need 1/2in",
            ],
            [
                "3",
                "VLV-1005-BV",
                "1in ball valve FP",
                "24",
                "26",
                "+2",
                "OVER",
                "2 extra valves in carton, will return",
            ],
        ],
        crlf=False,
    )


def csv_s23_closeout() -> bytes:
    return csv_text(
        [
            ["supplier", "po", "item", "desc", "qty_rcvd", "qty_used", "qty_left", "action"],
            [
                "Brannock",
                "PO-24460",
                "FTG-PVC-T-200",
                "2in PVC tee SxSxS",
                "100",
                "96",
                "4",
                "KEEP",
            ],
            [
                "Brannock",
                "PO-24460",
                "PIP-CU-L-100-20",
                "1in type L copper 20ft",
                "10",
                "10",
                "0",
                "",
            ],
            [
                "Brannock",
                "PO-24460",
                "VLV-0075-BV",
                "3/4in ball valve sweat",
                "30",
                "20",
                "10",
                "RETURN - no longer needed",
            ],
            ["Halvorsen Electric", "HE-55140", "EMT-075", "3/4 EMT 10ft", "40", "31", "9", "KEEP"],
            [
                "Westline Drain",
                "WD-2207",
                "FD-4-SS",
                "4in floor drain SS",
                "6",
                "5",
                "1",
                "RETURN - to Westline",
            ],
        ]
    )


def csv_s29_price_audit() -> bytes:
    return csv_text(
        [
            ["vendor", "invoice", "inv_date", "item", "qty", "billed", "expected", "diff", "flag"],
            [
                "BRANNOCK",
                "INV-88184",
                "2026-11-10",
                "HVC-CND-PUMP",
                "10",
                "59.80",
                "59.80",
                "0.00",
                "OK",
            ],
            [
                "BRANNOCK",
                "INV-88184",
                "2026-11-10",
                "TST-2100-NP",
                "12",
                "28.90",
                "27.50",
                "16.80",
                "OVER",
            ],
            [
                "BRANNOCK",
                "INV-88184",
                "2026-11-10",
                "HVC-FLT-1625-M11",
                "20",
                "39.50",
                "39.50",
                "0.00",
                "OK",
            ],
            [
                "NORTHLINE CONTROLS",
                "55-2019",
                "2026-11-12",
                "NL-PUMP-CND",
                "6",
                "57.00",
                "52.00",
                "30.00",
                "OVER",
            ],
        ]
    )


def csv_s22_remittance() -> bytes:
    return csv_text(
        [
            [
                "payment",
                "pay_date",
                "invoice",
                "inv_date",
                "invoice_amt",
                "deduction",
                "paid",
                "memo",
            ],
            [
                "ACH-118834",
                "2026-11-23",
                "INV-88160",
                "2026-11-09",
                "1552.60",
                "33.60",
                "1519.00",
                "less credit 6 registers (your ack 11/12)",
            ],
            [
                "ACH-118834",
                "2026-11-23",
                "INV-88171",
                "2026-11-09",
                "2194.50",
                "689.00",
                "1505.50",
                "heater amount held - under your review",
            ],
            ["ACH-118834", "2026-11-23", "", "", "", "", "3024.50", "TOTAL"],
        ]
    )


def csv_s40_closeout() -> bytes:
    return csv_text(
        [
            [
                "job",
                "supplier",
                "order",
                "item",
                "received",
                "installed",
                "other",
                "return_qty",
                "comment",
            ],
            ["2258", "Brannock", "SO-104233", "VLV-2210-BR", "40", "40", "0", "0", ""],
            [
                "2258",
                "Brannock",
                "SO-104233",
                "FTG-CU-E90-100",
                "150",
                "138",
                "12",
                "0",
                "12 damaged - claimed 11/9",
            ],
            [
                "2258",
                "Brannock",
                "SO-104233",
                "VLV-0750-PRV",
                "12",
                "10",
                "2",
                "0",
                "2 failed - reported by foreman",
            ],
            [
                "2258",
                "Brannock",
                "SO-104233",
                "PIP-PEX-075-300",
                "5",
                "5",
                "0",
                "0",
                "6th coil short - claimed 11/9",
            ],
            ["2258", "Halvorsen Electric", "HE-55190", "THHN-10-BLK", "1000", "1000", "0", "0", ""],
        ],
        crlf=False,
    )


# ============================================================== mail clients

IPS = {
    "keystonemech.com": "198.51.100.23",
    "riverbendph.com": "198.51.100.61",
    "summithvac.net": "203.0.113.40",
    "harborpointpm.com": "203.0.113.88",
    "delgadoplumbing.com": "192.0.2.17",
    "delgadosons.com": "192.0.2.18",
}


def received(moment: dt.datetime, host: str, ip: str, key: str) -> tuple[str, str]:
    later = moment + dt.timedelta(seconds=int(h("lag", key, n=2), 16) % 9 + 2)
    queue_id = h("qid", key, n=12).upper()
    value = (
        f"from {host} ({host} [{ip}])\n\tby mx1.distributor.example with ESMTPS id "
        f"{queue_id}\n\tfor <{DESK}>; {date_header(later)}"
    )
    return ("Received", value)


def addr(name: str, email_: str) -> str:
    if not name:
        return email_
    if any(ord(c) > 127 for c in name):
        from email.header import Header

        return f"{Header(name, 'utf-8').encode()} <{email_}>"
    if any(c in name for c in ",.'()"):
        return f'"{name}" <{email_}>'
    return f"{name} <{email_}>"


def paragraphs_html(text: str, font: str = "Calibri,sans-serif", size: str = "11.0pt") -> str:
    out = []
    for para in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(line) for line in para.split("\n"))
        out.append(
            f'<p class="MsoNormal"><span style="font-size:{size};font-family:{font}">{inner}</span></p>'
        )
    return "\n".join(out)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_doc(inner: str, outlook: bool = False) -> str:
    head = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        if outlook
        else '<div dir="ltr">'
    )
    tail = "\n</div>\n</body>\n</html>\n" if outlook else "</div>\n"
    return head + inner + tail


def html_table(rows: list[list[str]], outlook: bool = True) -> str:
    cell = (
        'style="border:solid #A6A6A6 1.0pt;padding:2.0pt 5.0pt 2.0pt 5.0pt"'
        if outlook
        else 'style="border:1px solid #999;padding:3px 6px"'
    )
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        cells = "".join(f"<{tag} {cell}>{esc(c)}</{tag}>" for c in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows: list[list[str]]) -> str:
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for i, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w[j]) for j, c in enumerate(row)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * x for x in w))
    return "\n".join(lines)


Attachment = tuple[bytes, str, str]  # data, content type, file name


def outlook_mail(
    key: str,
    moment: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    text: str,
    attachments: list[Attachment] = (),
    html_inner: str | None = None,
    tenant: str = "BN8PR05",
    reply: tuple[str, str] | None = None,
    to: str = DESK_TO,
) -> bytes:
    """Outlook 365: multipart/alternative (QP text + Word HTML), attachments after it."""
    domain = sender[1].split("@")[1]
    headers = [
        received(
            moment,
            f"mail-{tenant.lower()}.outbound.protection.outlook.com",
            f"40.107.{int(h('a', key, n=2), 16) % 200 + 20}.{int(h('b', key, n=2), 16) % 250 + 2}",
            key,
        ),
        ("From", addr(*sender)),
        ("To", to),
        ("Subject", subject),
        ("Thread-Topic", subject.removeprefix("RE: ").removeprefix("FW: ")),
        ("Thread-Index", thread_index(key)),
        ("Date", date_header(moment)),
        ("Message-ID", mid_outlook(key, tenant)),
    ]
    if reply:
        headers += [("References", reply[0]), ("In-Reply-To", reply[0])]
    headers += [
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", "yes" if attachments else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Originating-IP", f"[{IPS.get(domain, '198.51.100.200')}]"),
    ]
    inner = html_inner if html_inner is not None else paragraphs_html(text)
    alt = multi(
        "alternative",
        [
            text_part(
                text, cte="quoted-printable", charset="us-ascii" if text.isascii() else "utf-8"
            ),
            text_part(html_doc(inner, outlook=True), "html", cte="quoted-printable"),
        ],
        bnd_outlook(key + "alt"),
    )
    if not attachments:
        return message(headers, alt)
    parts = [alt] + [file_part(d, ct, fn, size_attr=True) for d, ct, fn in attachments]
    return message(headers, multi("mixed", parts, bnd_outlook(key + "mix")))


def gmail_mail(
    key: str,
    moment: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    text: str,
    attachments: list[Attachment] = (),
    html_inner: str | None = None,
    reply: tuple[str, str] | None = None,
) -> bytes:
    """Gmail web: multipart/alternative (plain + div HTML), attachments in multipart/mixed."""
    domain = sender[1].split("@")[1]
    headers = [
        received(
            moment,
            f"mail-yw1-f{int(h('g', key, n=2), 16) % 180}.google.com",
            f"209.85.128.{int(h('gi', key, n=2), 16) % 250 + 2}",
            key,
        ),
        ("MIME-Version", None),
        ("From", addr(*sender)),
        ("Date", date_header(moment)),
        ("Message-ID", mid_gmail(key)),
        ("Subject", subject),
        ("To", DESK),
    ]
    if reply:
        headers += [("References", reply[0]), ("In-Reply-To", reply[0])]
    headers = [x for x in headers if x[1] is not None]
    if domain not in ("gmail.com",):
        body_hash = base64.b64encode(bytes.fromhex(h("bh", key, n=64))).decode()
        dkim = f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=google; bh={body_hash}"
        headers.insert(1, ("X-Google-DKIM-Signature", dkim))
    if html_inner is None:
        html_inner = "".join(
            f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n")
        )
    alt = multi(
        "alternative",
        [
            text_part(
                text,
                charset="UTF-8",
                cte="quoted-printable"
                if not text.isascii() or max(map(len, text.split("\n"))) > 76
                else "7bit",
            ),
            text_part(html_doc(html_inner), "html", charset="UTF-8", cte="quoted-printable"),
        ],
        bnd_gmail(key, 1),
    )
    if not attachments:
        return message(headers, alt)
    parts = [alt]
    for i, (d, ct, fn) in enumerate(attachments):
        heads, payload = file_part(d, ct, fn)
        heads.insert(2, f"X-Attachment-Id: f_{h('att', key, str(i), n=9)}")
        heads.insert(2, f"Content-ID: <f_{h('att', key, str(i), n=9)}>")
        parts.append((heads, payload))
    return message(headers, multi("mixed", parts, bnd_gmail(key, 0)))


def apple_mail(
    key: str,
    moment: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    text: str,
    attachments: list[Attachment] = (),
) -> bytes:
    """Apple Mail on a Mac: plain text, attachments in multipart/mixed, the text split around them."""
    domain = sender[1].split("@")[1]
    headers = [
        received(moment, f"mail.{domain}", IPS.get(domain, "198.51.100.200"), key),
        ("From", addr(*sender)),
        ("Content-Type", None),
        ("Subject", subject),
        ("Date", date_header(moment)),
        ("To", DESK),
        ("Message-Id", mid_apple(key, domain)),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ]
    headers = [x for x in headers if x[1] is not None]
    body = text_part(
        text,
        charset="us-ascii" if text.isascii() else "utf-8",
        cte="7bit" if text.isascii() else "quoted-printable",
    )
    if not attachments:
        return message(headers, body)
    parts = [body] + [file_part(d, ct, fn) for d, ct, fn in attachments]
    return message(headers, multi("mixed", parts, bnd_apple(key)))


def iphone_mail(
    key: str,
    moment: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    text: str,
    attachments: list[Attachment],
    tail: str = "\nSent from my iPhone",
) -> bytes:
    domain = sender[1].split("@")[1]
    headers = [
        received(moment, f"mail.{domain}", IPS.get(domain, "198.51.100.200"), key),
        ("Content-Type", None),
        ("From", addr(*sender)),
        ("Subject", subject),
        ("Message-Id", mid_apple(key, domain)),
        ("Date", date_header(moment)),
        ("To", DESK),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    headers = [x for x in headers if x[1] is not None]
    parts = [text_part(text, charset="us-ascii")]
    parts += [file_part(d, ct, fn) for d, ct, fn in attachments]
    parts.append(text_part(tail, charset="us-ascii"))
    return message(headers, multi("mixed", parts, bnd_apple(key)))


def tbird_mail(
    key: str,
    moment: dt.datetime,
    sender: tuple[str, str],
    subject: str,
    text: str,
    attachments: list[Attachment] = (),
) -> bytes:
    domain = sender[1].split("@")[1]
    headers = [
        received(moment, f"smtp.{domain}", IPS.get(domain, "198.51.100.200"), key),
        ("Message-ID", mid_tbird(key, domain)),
        ("Date", date_header(moment)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
        ("To", DESK),
        ("From", addr(*sender)),
        ("Subject", subject),
    ]
    body = text_part(text, charset="UTF-8", flowed=True)
    if not attachments:
        return message(headers, body)
    parts = [body] + [file_part(d, ct, fn) for d, ct, fn in attachments]
    return message(
        headers,
        multi(
            "mixed", parts, bnd_tbird(key), preamble="This is a multi-part message in MIME format."
        ),
    )


PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"
PNG = "image/png"
JPG = "image/jpeg"


# ============================================================== the requests

KEY_DANA = ("Dana Ruiz", "ap@keystonemech.com")
KEY_TOM = ("Tom Morales", "tmorales@keystonemech.com")
RIV_KAREN = ("Karen Liu", "office@riverbendph.com")
RIV_MIKE = ("Mike O'Brien", "mike.obrien@riverbendph.com")
SUM_RAJ = ("Raj Patel", "raj.patel@summithvac.net")
SUM_LINDA = ("Linda Chu", "ap@summithvac.net")
HAR_LUIS = ("Luis Ortega", "maintenance@harborpointpm.com")
HAR_GRACE = ("Grace Kim", "payables@harborpointpm.com")
DEL_ROSA = ("Rosa Delgado", "rosa@delgadoplumbing.com")
DEL_NACHO = ("Ignacio Delgado Muñoz", "nacho@delgadosons.com")


def s01() -> bytes:
    text = """Hello,

Our warehouse filled in the attached receiving report this morning for
SO-104238 (PO-60418), delivered by your truck yesterday. Two lines on it
need your action, please see the report. The filters checked out fine.

We would like a credit for both.

Regards,
Omar Haddad
Dispatch & Warehouse | Summit HVAC Services
(303) 555-0142
"""
    return tbird_mail(
        "s01",
        when("2026-11-06 09:12:33", -6),
        ("Omar Haddad", "ohaddad@summithvac.net"),
        "Receiving report SO-104238",
        text,
        [(pic_s01_damage_report(), PNG, "SO-104238_receiving_report.png")],
    )


def s02() -> bytes:
    text = """Good morning,

Our receiving system flagged two exceptions on PO-77812 (your RL delivery on Thursday and the Estes delivery on Friday). The export is attached; the exception lines are the ones with a code in the Exc column, the codes are on the second tab.

The dented fittings are set aside at dock 3. Please let us know if you want them back or if we should scrap them.

Thanks,
Priya Natarajan
Warehouse Lead
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s02",
        when("2026-11-09 08:41:12", -5),
        ("Priya Natarajan", "pnatarajan@keystonemech.com"),
        "Receipt exceptions - PO-77812",
        text,
        [(xlsx_s02_exceptions(), XLSX, "RcptExceptions_PO-77812_20261109.xlsx")],
        tenant="CH2PR14",
    )


def s03() -> bytes:
    text = """Hi,

Friday's ODFL delivery for SO-104235 had a carton of 10 HVC-REG-1006-W floor registers on the pallet. Those are not on our order; they were overshipped. The count from our job receiving app is attached, see the row marked NOT ON PO.

Please set up a pickup or an RMA for the 10 registers. Everything else on the order counted correct.

Tom Morales
Purchasing
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s03",
        when("2026-11-09 13:05:40", -5),
        KEY_TOM,
        "SO-104235 - registers we did not order",
        text,
        [(csv_s03_job_receiving(), CSV, "job2240_receiving_SO-104235.csv")],
        tenant="CH2PR14",
    )


S04_ROWS = [
    ["Item", "Ordered", "Received", "Note"],
    [
        'PIP-BI-200-CTL  2" black pipe cut',
        "120 ft",
        "120 ft",
        "10 ft piece damaged - end crushed by the forklift when loading, threads no good",
    ],
    ['FTG-BI-U-150  union 1-1/2"', "12", "15", "3 extra, not on our order - we send back"],
    ['VLV-1005-BV  ball valve 1"', "10", "10", "OK"],
]


def s04() -> bytes:
    intro = (
        "Hello,\n\nFriday our driver picked up PO-40988 at your will call counter. "
        "We checked everything at the shop yesterday:"
    )
    outro = (
        "Please credit the 10 ft of pipe and tell me how to return the 3 unions.\n\n"
        "Thank you\nRosa Delgado\nDelgado & Sons Plumbing"
    )
    text = intro + "\n\n" + text_table(S04_ROWS) + "\n\n" + outro + "\n"
    html = (
        "<div>Hello,</div><div><br></div><div>Friday our driver picked up PO-40988 at your will call counter. "
        "We checked everything at the shop yesterday:</div><div><br></div>"
        + html_table(S04_ROWS, outlook=False)
        + "<div><br></div><div>Please credit the 10 ft of pipe and tell me how to return the 3 unions.</div>"
        "<div><br></div><div>Thank you</div><div>Rosa Delgado</div><div>Delgado &amp; Sons Plumbing</div>"
    )
    return gmail_mail(
        "s04",
        when("2026-11-10 10:22:05", -6),
        DEL_ROSA,
        "Will call PO-40988 - problems",
        text,
        html_inner=html,
    )


def s05() -> bytes:
    text = """Hello,

Please see the attached credit request for a price difference on invoice INV-88133.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s05",
        when("2026-11-10 14:30:18", -5),
        KEY_DANA,
        "Credit request CR-2611-07 - INV-88133",
        text,
        [(pdf_s05_credit_letter(), PDF, "CR-2611-07_Brannock.pdf")],
        tenant="CH2PR14",
    )


def s06() -> bytes:
    text = """Hi returns team,

The UPS delivery for SO-104236 came in Friday. Attached are the
receiving export from our yard app and the material log for the job.

Rows 2 and 3 of the receiving export need your action. Please send an
RMA for both, and replacements for row 2. The material log is only for
your reference, nothing on it is a problem.

Thanks,
Jolene Ferris
Purchasing - Riverbend Plumbing & Heating
"""
    return apple_mail(
        "s06",
        when("2026-11-10 15:10:47", -5),
        ("Jolene Ferris", "jferris@riverbendph.com"),
        "SO-104236 receiving",
        text,
        [
            (csv_s06_yard_receiving(), CSV, "yard_receiving_SO-104236.csv"),
            (pdf_s06_material_log(), PDF, "Job5519_material_log_wk45.pdf"),
        ],
    )


def s07() -> bytes:
    text = """Hello,

ODFL's inspector came out yesterday for the concealed damage we found when we broke down the pallets from PO-60377 (delivered 11/2). His report is attached.

Please credit the damaged items listed in section 4 of the report. We can't use them, and we kept them here in case the carrier wants to see them.

Thanks,
Raj Patel
Operations Manager
Summit HVAC Services
"""
    return outlook_mail(
        "s07",
        when("2026-11-11 09:40:27", -6),
        SUM_RAJ,
        "PO-60377 - ODFL inspection, damaged tile and registers",
        text,
        [(pdf_s07_inspection(), PDF, "ODFL_CIR_OD0782290518.pdf")],
        tenant="DM6PR08",
    )


def s08() -> bytes:
    text = """Hi,

The invoice and packing list that came with the will call for PO-40988 got wet in the truck on Friday (rain) and we can't read the prices anymore. Can you email me a copy of INV-88165?

No problem with the material except what Rosa already wrote you yesterday, this is only for the paperwork.

Gracias,
Ignacio Delgado
Delgado & Sons Plumbing
"""
    return gmail_mail(
        "s08", when("2026-11-11 13:15:02", -6), DEL_NACHO, "copy of invoice INV-88165 please", text
    )


def s09() -> bytes:
    text = """Photo of our receiving log for Monday's delivery is attached. Registers came short and the thermostat box had the wrong stats in it, see the two lines I starred. Rest is fine.

Please send the right thermostats and credit the missing registers.

Luis
"""
    return iphone_mail(
        "s09",
        when("2026-11-12 10:05:44", -6),
        HAR_LUIS,
        "PO-70231 receiving log",
        text,
        [(pic_s09_receiving_log(), JPG, "IMG_4471.jpeg")],
    )


def s10() -> bytes:
    text = """Hello,

We closed out the Brookfield Library job (our job 2231) this week. The surplus workbook is attached. The one line on the Surplus tab marked RTV is your material from SO-104218 and we no longer need it; please issue an RMA so we can send it back.

The other surplus stays in our shop, and the ball valves on that tab were already returned in October.

Walt Hoekstra
Project Engineer
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s10",
        when("2026-11-12 12:30:15", -5),
        ("Walt Hoekstra", "whoekstra@keystonemech.com"),
        "Brookfield Library close-out - surplus to return",
        text,
        [(xlsx_s10_closeout(), XLSX, "2231_closeout_surplus.xlsx")],
        tenant="CH2PR14",
    )


def s11() -> bytes:
    text = """Hello,

Please see the attached work order from our maintenance system for Bayview Terrace. Lines 3 and 4 are items from your delivery on PO-70288 (Estes, Wednesday): one water heater arrived damaged and one expansion tank is defective. We need credit for both.

The labor lines and the units that are fine are only there for our records.

Best regards,
Bettina Sloane
Facilities Coordinator
Harbor Point Property Management
"""
    return outlook_mail(
        "s11",
        when("2026-11-13 11:20:31", -6),
        ("Bettina Sloane", "bsloane@harborpointpm.com"),
        "WO 88-4172 - heater and expansion tank, PO-70288",
        text,
        [(pdf_s11_work_order(), PDF, "WO_88-4172.pdf")],
        tenant="SA1PR11",
    )


def s12() -> bytes:
    text = """Hello,

On your order SO-104231 the bag of 1" copper 90 elbows (FTG-CU-E90-100) is wrong. The label on the bag is correct but inside are 1-1/4" elbows, all 25 pieces of this bag. The other bags were correct. I send a picture of the bag label.

We need 25 pieces of the right 1" elbow. We can give back the wrong ones to your driver.

Thanks
Ignacio
"""
    return gmail_mail(
        "s12",
        when("2026-11-13 13:45:09", -6),
        DEL_NACHO,
        "Wrong elbows - SO-104231",
        text,
        [(pic_s12_bag_label(), JPG, "20261113_131902.jpg")],
    )


def s13() -> bytes:
    text = """Hi,

The receiving variance report for PO-24530 (RL delivery on Thursday 11/12) is attached. Only one line has a variance; we recounted it the next morning and got the same count. Please ship the missing pieces or credit them.

Marco Bellini
Yard Lead, Riverbend Plumbing & Heating
"""
    return outlook_mail(
        "s13",
        when("2026-11-16 09:10:22", -5),
        ("Riverbend Yard", "yard@riverbendph.com"),
        "Receiving variance PO-24530",
        text,
        [(pdf_s13_variance(), PDF, "RCV-20771_variance.pdf")],
        tenant="MN2PR19",
    )


def s14() -> bytes:
    text = """Hi,

Quick tech question, not a return. We installed 11 of the TST-7500-PRO Wi-Fi thermostats from SO-104238 at the Maple Ridge clinic. Two of them keep showing "Cloud link lost" in the app after the building's router reboots at night (screenshot attached). The units themselves work fine, heat and fan run normally from the wall.

Is there an installer setting that makes them reconnect on their own, or a firmware update we should load? We don't want to send anything back, we just need the setting.

Thanks,
Kyle Brandt
Service Technician, Summit HVAC Services
"""
    return gmail_mail(
        "s14",
        when("2026-11-16 14:20:10", -6),
        ("Kyle Brandt", "kbrandt@summithvac.net"),
        "TST-7500-PRO - question about cloud link",
        text,
        [(pic_s14_stat_app(), PNG, "Screenshot_20261116-135512.png")],
    )


def s15() -> bytes:
    text = """Hi,

Screenshot from our parts app for SO-104244 (UPS delivery last Thursday)
is attached. The two cards in orange need your action: please credit
what's missing and send a return label for what we didn't order.

Raj Patel
Summit HVAC Services
"""
    return apple_mail(
        "s15",
        when("2026-11-17 10:30:40", -6),
        SUM_RAJ,
        "SO-104244 parts check-in",
        text,
        [(pic_s15_parts_app(), PNG, "IMG_2209.PNG")],
    )


def s16() -> bytes:
    text = """Hi,

One of the programmable Wi-Fi thermostats from PO-77760 is dead on arrival at the Hollis Court job: no display and no power, on a 24 V supply that measures correct. The tech's warranty tag is in the attached photo.

Please send an RMA for the 1 unit.

Carla Nunez
Service Coordinator
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s16",
        when("2026-11-17 13:02:55", -5),
        ("Carla Nunez", "cnunez@keystonemech.com"),
        "Warranty - thermostat from PO-77760",
        text,
        [(pic_s16_warranty_tag(), JPG, "warranty_tag_hollis.jpg")],
        tenant="CH2PR14",
    )


S17_ROWS = [
    ["Item", "Description", "Qty ordered", "Qty received", "Condition"],
    ["HVC-REG-1006-W", "10x6 floor register, white", "40", "40", "Good"],
    [
        "VLV-0075-BV",
        '3/4" ball valve, sweat',
        "12",
        "12",
        "2 damaged - handles snapped off, bodies bent",
    ],
]


def s17() -> bytes:
    text = (
        "Hi,\n\nMonday's delivery from your truck, checked by our maintenance crew:\n\n"
        + text_table(S17_ROWS)
        + "\n\nPlease credit the 2 damaged valves.\n\nLuis Ortega\nMaintenance Supervisor\n"
        "Harbor Point Property Management\n"
    )
    html = (
        paragraphs_html(
            "Hi,\n\nMonday's delivery from your truck, checked by our maintenance crew:"
        )
        + "\n"
        + html_table(S17_ROWS)
        + "\n"
        + paragraphs_html(
            "Please credit the 2 damaged valves.\n\nLuis Ortega\nMaintenance Supervisor\n"
            "Harbor Point Property Management"
        )
    )
    return outlook_mail(
        "s17",
        when("2026-11-18 08:50:12", -6),
        HAR_LUIS,
        "Delivery Monday - SO-104246 / PO-70296",
        text,
        html_inner=html,
        tenant="SA1PR11",
    )


def s18() -> bytes:
    text = """Hello,

One of the two 40 gal electric water heaters from invoice INV-88070 is leaking from the tank, at the bottom seam. We installed it on October 9 at a customer. The tank is defective, it is not the fittings. Our service ticket is attached. We put a new heater from our stock at the customer.

Please credit the bad heater, we can bring it back to your counter.

Thank you
Rosa Delgado
Delgado & Sons Plumbing
"""
    return gmail_mail(
        "s18",
        when("2026-11-19 15:00:30", -6),
        DEL_ROSA,
        "Heater leaking - invoice INV-88070",
        text,
        [(pdf_s18_service_ticket(), PDF, "ticket_2291.pdf")],
    )


def s19() -> bytes:
    text = """Hello,

Summit HVAC installed new thermostats at our Bayview Terrace building last week. The packing slip they left says your order SO-104244. One of the TST-2100-NP thermostats, in unit 4C, is defective: blank screen and no call for heat. Our tech swapped in a spare and that one works, so it is the thermostat.

Summit told us to write to you directly since it's our building. Can you credit or replace the 1 thermostat?

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return outlook_mail(
        "s19",
        when("2026-11-19 16:05:18", -6),
        HAR_LUIS,
        "Defective thermostat - your order SO-104244 (installed by Summit)",
        text,
        tenant="SA1PR11",
    )


def s20() -> bytes:
    text = """Returns team,

See below from our foreman. This is the 3/4" PEX on PO-24519 (your SO-104236), UPS delivery of Nov 6. One coil is damaged; we only found it when the coil was opened on site this week. Please credit the 1 coil.

Mike O'Brien
Riverbend Plumbing & Heating

-----Original Message-----
From: Travis Holm <tholm@riverbendph.com>
Sent: Thursday, November 19, 2026 4:12 PM
To: Mike O'Brien <mike.obrien@riverbendph.com>
Subject: 3/4 PEX coil - Cedar Park

Mike,
Opened the second 3/4 PEX coil today at Cedar Park. The outer wraps are gouged and kinked through about 40 ft, looks like a forklift went into it in shipping. Can't use it. The first coil was fine.
Travis
"""
    return outlook_mail(
        "s20",
        when("2026-11-20 09:30:05", -5),
        RIV_MIKE,
        "FW: 3/4 PEX coil - Cedar Park",
        text,
        tenant="MN2PR19",
    )


S21_ROWS = [
    ["Invoice", "Inv date", "PO", "Item", "Qty", "PO price", "Inv price", "Variance", "Status"],
    [
        "INV-88090",
        "10/22/2026",
        "PO-77760",
        "TST-7500-PRO",
        "8",
        "129.00",
        "129.00",
        "0.00",
        "Released",
    ],
    [
        "INV-88090",
        "10/22/2026",
        "PO-77760",
        "HVC-FLT-1625-M11",
        "12",
        "39.90",
        "39.90",
        "0.00",
        "Released",
    ],
    [
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "PIP-CU-L-100-20",
        "30",
        "71.80",
        "76.40",
        "138.00",
        "HOLD - credit requested",
    ],
    [
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "FTG-CU-E90-100",
        "200",
        "2.95",
        "2.95",
        "0.00",
        "Released",
    ],
    [
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "VLV-1005-BV",
        "36",
        "15.20",
        "15.20",
        "0.00",
        "Released",
    ],
    [
        "INV-88120",
        "11/02/2026",
        "PO-77812",
        "VLV-2210-BR",
        "40",
        "58.90",
        "58.90",
        "0.00",
        "Released",
    ],
]


def s21() -> bytes:
    intro = (
        "Hi,\n\nOur weekly invoice-to-PO price check on your invoices is below. The line on HOLD is billed "
        "over our PO price; please issue a credit memo for the difference. The other lines are released "
        "for payment."
    )
    outro = "Thank you,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors"
    text = intro + "\n\n" + text_table(S21_ROWS) + "\n\n" + outro + "\n"
    html = paragraphs_html(intro) + "\n" + html_table(S21_ROWS) + "\n" + paragraphs_html(outro)
    return outlook_mail(
        "s21",
        when("2026-11-20 10:15:44", -5),
        KEY_DANA,
        "Price check exceptions - week 47",
        text,
        html_inner=html,
        tenant="CH2PR14",
    )


def s22() -> bytes:
    text = """Hello,

A payment of $3,024.50 was sent by ACH today. The details are in the attached remittance file. Two invoices were paid short, see the memo column. Please apply the payment accordingly.

Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return outlook_mail(
        "s22",
        when("2026-11-23 11:00:02", -6),
        HAR_GRACE,
        "Remittance advice ACH-118834",
        text,
        [(csv_s22_remittance(), CSV, "remit_ACH-118834.csv")],
        tenant="SA1PR11",
    )


def s23() -> bytes:
    text = """Hello,

The Westgate Clinic job finished early and we closed it out on Friday. Our close-out file is attached. The row with action RETURN that is your material (PO-24460) we don't need anymore; please send an RMA for it. The other RETURN row goes to another supplier, not to you.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return outlook_mail(
        "s23",
        when("2026-11-23 13:40:30", -5),
        RIV_KAREN,
        "Westgate close-out - return to you",
        text,
        [(csv_s23_closeout(), CSV, "westgate_closeout.csv")],
        tenant="MN2PR19",
    )


def s24() -> bytes:
    text = """Hello,

From the will call SO-104240 we have 4 ball valves 1 inch VLV-1005-BV left over. The customer changed to a PEX manifold so we don't need them anymore. They are new in the box.

Can we return them? Thanks
Rosa
"""
    return gmail_mail(
        "s24", when("2026-11-24 09:00:12", -6), DEL_ROSA, "return 4 ball valves SO-104240", text
    )


def s25() -> bytes:
    text = """Hi,

Our receipt for PO-60492 is attached. The packing list and the PO both say 15 cases of the 16x25x1 MERV 11 filters (HVC-FLT-1625-M11), but only 12 cases came in yesterday: 3 cases short. Please ship the missing 3 cases or credit them.

Dee Walters
Parts Desk, Summit HVAC Services
"""
    return outlook_mail(
        "s25",
        when("2026-11-24 10:30:00", -6),
        ("Summit Parts Desk", "parts@summithvac.net"),
        "PO-60492 - filters short",
        text,
        [(xlsx_s25_po_receipt(), XLSX, "PO-60492_receipt.xlsx")],
        tenant="DM6PR08",
    )


def s26() -> bytes:
    text = """Hi,

Attached is our surplus sheet from the Hillcrest job (PO-24388, your SO-104214). It shows 30 of the 1-1/2" black iron unions as surplus, but the sheet is not right: 2 of them went on a service van last week. So we'd like to return 28 unions, not 30. We don't need them anymore.

Thanks,
Mike O'Brien
Riverbend Plumbing & Heating
"""
    return outlook_mail(
        "s26",
        when("2026-11-25 10:00:30", -5),
        RIV_MIKE,
        "Surplus unions PO-24388 - return 28",
        text,
        [(xlsx_s26_surplus(), XLSX, "Hillcrest_surplus.xlsx")],
        tenant="MN2PR19",
    )


def s27() -> bytes:
    text = """Hello,

I'm a foreman with Keystone Mechanical, writing from my own email because I'm on site without my laptop.

On order SO-104233 we got 12 of the 3/4" pressure reducing valves, VLV-0750-PRV. Two of them are defective: they won't hold their setting, the downstream pressure creeps up to full line pressure (80+ psi) within ten minutes. The other 10 are fine.

Can you replace or credit the 2 defective ones?

Dave Kowalski
Foreman, Keystone Mechanical
cell 412-555-0187
"""
    return outlook_mail(
        "s27",
        when("2026-11-25 14:45:20", -5),
        ("Dave Kowalski", "dkowalski.pipes@outlook.com"),
        "2 PRVs failed - Keystone job, order SO-104233",
        text,
        tenant="PH0PR07",
    )


def s28() -> bytes:
    key = "s28"
    moment = when("2026-11-27 07:15:40", -5)
    original_date = when("2026-11-20 09:31:10", -5)
    notice = """Dear customer,

We received your report of 1 x PIP-PEX-075-300 (3/4" PEX-A tubing, 300 ft coil)
damaged on our order SO-104236 (your PO-24519). It was reported more than 5 days
after delivery, so a member of our returns team will review it before we issue
credit. You will hear from us within two business days.

Brannock Industrial Supply - Returns
"""
    orig_mid = f"<notice.{h('n', key, n=12)}@distributor.example>"
    human = """This is the mail system at host mx1.riverbendph.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<tholm@riverbendph.com>: mailbox full (quota exceeded)
"""
    status = f"""Reporting-MTA: dns; mx1.riverbendph.com
X-Postfix-Queue-ID: {h("pq", key, n=10).upper()}
Arrival-Date: {date_header(original_date)}

Final-Recipient: rfc822; tholm@riverbendph.com
Original-Recipient: rfc822;tholm@riverbendph.com
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full (quota exceeded)
"""
    returned = (
        f"From: Brannock Industrial Supply Returns <{DESK}>\nTo: Mike O'Brien <mike.obrien@riverbendph.com>\n"
        f"Cc: Travis Holm <tholm@riverbendph.com>\nSubject: Your claim on PO-24519 - we received it\n"
        f"Date: {date_header(original_date)}\nMessage-ID: {orig_mid}\nMIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n\n{notice}'
    )
    parts = [
        (
            ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
            human,
        ),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], returned),
    ]
    headers = [
        received(moment, "mx1.riverbendph.com", IPS["riverbendph.com"], key),
        ("Date", date_header(moment)),
        ("From", "MAILER-DAEMON@mx1.riverbendph.com (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", DESK),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", f"<{h('dsn', key, n=14)}.mx1.riverbendph.com>"),
    ]
    root = multi(
        "report",
        parts,
        f"{h('db', key, n=10).upper()}.{h('db2', key, n=10)}/mx1.riverbendph.com",
        preamble="This is a MIME-encapsulated message.",
        params=" report-type=delivery-status;",
    )
    return message(headers, root)


def s29() -> bytes:
    text = """Hello,

Our price audit flagged invoice INV-88184: the 12 TST-2100-NP thermostats are billed at 28.90 each, but we had 27.50 from the quote Raj got in October. Please credit the difference of 1.40 x 12 = 16.80, or send us your current price sheet if 28.90 is right. The audit export is attached; the other OVER line is another vendor's.

Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return outlook_mail(
        "s29",
        when("2026-11-30 11:00:45", -6),
        SUM_LINDA,
        "Price audit - INV-88184 thermostats",
        text,
        [(csv_s29_price_audit(), CSV, "price_audit_2026-11.csv")],
        tenant="DM6PR08",
    )


def s30() -> bytes:
    form = {
        "order_number": "SO-104224",
        "lines": [{"sku": "HVC-FLT-1625-M11", "quantity": 2, "reason": "SHORT"}],
        "note": (
            "Counted the filter stock in the mechanical room: 10 cases of the MERV 11 filters from this "
            "order, the packing list shows 12. Two cases never arrived."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def s31() -> bytes:
    text = """Hi,

Following up on Dana's credit request below: INV-88133, the 8 condensate pumps (HVC-CND-PUMP) billed at 64.90 instead of our PO price of 61.50. We have not seen a credit memo yet. Please credit the $27.20.

Thanks,
Tom Morales
Keystone Mechanical Contractors

From: Dana Ruiz <ap@keystonemech.com>
Sent: Tuesday, November 10, 2026 2:30 PM
To: Brannock Industrial Supply Returns <returns@distributor.example>
Subject: Credit request CR-2611-07 - INV-88133

Hello,

Please see the attached credit request for a price difference on invoice INV-88133.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s31",
        when("2026-12-01 09:20:10", -5),
        KEY_TOM,
        "RE: Credit request CR-2611-07 - INV-88133",
        text,
        tenant="CH2PR14",
        reply=(mid_outlook("s05", "CH2PR14"), ""),
    )


def s32() -> bytes:
    text = """Hi,

Two rows on the attached punch list from the Fairview pump station job
(PO-24415) need your action: the ones in red. The details are in the
Notes column.

Mike
"""
    return apple_mail(
        "s32",
        when("2026-12-01 14:00:00", -5),
        RIV_MIKE,
        "PO-24415 punch list - 2 items for you",
        text,
        [(xlsx_s32_red_rows(), XLSX, "Fairview_punch_list.xlsx")],
    )


def s33() -> bytes:
    text = """Hello,

We are installing the 1" ball valves from PO-77790 this week and found that 6 of them are actually 3/4" valves: the box label says VLV-1005-BV 1" but the valves are stamped 3/4. So 6 wrong items.

Please send 6 of the correct 1" valves; we will return the 6 wrong ones.

Ben Achterberg
Site Superintendent
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s33",
        when("2026-12-02 10:40:10", -5),
        ("Ben Achterberg", "bachterberg@keystonemech.com"),
        "Wrong ball valves in PO-77790",
        text,
        tenant="CH2PR14",
    )


def s34() -> bytes:
    text = """Hello,

We have 2 pieces of the 1" type L copper tube 20 ft (PIP-CU-L-100-20) left from PO-40962. The job is finished and we don't need them. They are full lengths, not cut.

Can we return them for credit?
Thank you
Rosa
"""
    return gmail_mail(
        "s34", when("2026-12-02 15:30:00", -6), DEL_ROSA, "return copper PO-40962", text
    )


def s35() -> bytes:
    text = """Hi,

Our service report from yesterday is attached. Two of the 2 gal expansion tanks from SO-104201 failed (units 2 and 5, the row marked FAILED). Can you take them back under warranty and credit them? The rest of the equipment on the report is fine.

Tom Morales
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s35",
        when("2026-12-03 08:45:33", -5),
        KEY_TOM,
        "Failed expansion tanks - SO-104201 (Elm Court)",
        text,
        [(pdf_s35_service_report(), PDF, "SR-30419.pdf")],
        tenant="CH2PR14",
    )


def s36() -> bytes:
    return b"""RETURN REQUEST
==============

Order ........ SO-104214 (ordered 10/01/2026, delivered 10/02/2026)
Item ......... VLV-3100-CK  3" cast iron swing check valve, flanged
Ordered ...... 4
Installed .... 2
To return .... 2

Reason: no longer needed - the owner cancelled the second pump skid.
Condition: new, still in the crates, never installed.

Requested by: warehouse, Riverbend Plumbing & Heating
"""


def s37() -> bytes:
    text = """Hi,

Before SO-104247 ships, please update it to the attached PO revision:
6 pressure reducing valves added, the unions go from 20 to 12, the
check valves stay at 3. Nothing on this order has shipped yet, so
there's nothing to return.

Please confirm the change and the ship date.

Thanks,
Jolene Ferris
Purchasing - Riverbend Plumbing & Heating
"""
    return apple_mail(
        "s37",
        when("2026-12-03 11:00:20", -5),
        ("Jolene Ferris", "jferris@riverbendph.com"),
        "PO-24561 revision 1 (SO-104247)",
        text,
        [(pdf_s37_po_revision(), PDF, "PO-24561_rev1.pdf")],
    )


def s38() -> bytes:
    return b"""Delivery damage note

From: Kessler Property Services, maintenance
Delivery ticket: 3318
Item: VLV-3100-CK 3in cast iron check valve
Qty: 1
Problem: flange cracked - damaged in shipping, the crate was broken when it
came off the truck.

Please send a replacement.
"""


def s39() -> bytes:
    text = """Hi,

Attached is our November scorecard for Brannock, for the quarterly
review on the 15th. Nothing is open on our side: every incident on the
second tab already has a case or an answer from your team. Nothing new
to claim.

Raj
"""
    return apple_mail(
        "s39",
        when("2026-12-04 09:00:00", -6),
        SUM_RAJ,
        "November supplier scorecard - Brannock",
        text,
        [(xlsx_s39_scorecard(), XLSX, "Scorecard_2026-11_Brannock.xlsx")],
    )


def s40() -> bytes:
    text = """Hello,

FYI: we closed out the Pine St job (our job 2258). The close-out file is attached. Everything from SO-104233 was installed or already handled on the earlier claims, so there is nothing to send back and nothing new to claim.

Thanks for the help on this one.

Walt Hoekstra
Project Engineer
Keystone Mechanical Contractors
"""
    return outlook_mail(
        "s40",
        when("2026-12-04 14:30:00", -5),
        ("Walt Hoekstra", "whoekstra@keystonemech.com"),
        "Pine St job close-out - nothing to return",
        text,
        [(csv_s40_closeout(), CSV, "job2258_closeout.csv")],
        tenant="CH2PR14",
    )


NAMES = {
    "s01": "s01-summit-damage-report-scan-stats.eml",
    "s02": "s02-keystone-wms-xlsx-elbows-pex.eml",
    "s03": "s03-keystone-extra-registers-not-ordered.eml",
    "s04": "s04-delgado-html-willcall-pipe-unions.eml",
    "s05": "s05-keystone-credit-letter-pump-price.eml",
    "s06": "s06-riverbend-receiving-csv-couplings-valves.eml",
    "s07": "s07-summit-carrier-inspection-tiles-registers.eml",
    "s08": "s08-delgado-wet-invoice-copy.eml",
    "s09": "s09-harbor-photo-receiving-log.eml",
    "s10": "s10-keystone-closeout-xlsx-pex-couplings.eml",
    "s11": "s11-harbor-workorder-pdf-heater-tank.eml",
    "s12": "s12-delgado-bag-label-photo-elbows.eml",
    "s13": "s13-riverbend-variance-pdf-elbows.eml",
    "s14": "s14-summit-thermostat-setup-question.eml",
    "s15": "s15-summit-app-screenshot-stats-filters.eml",
    "s16": "s16-keystone-warranty-tag-photo-stat.eml",
    "s17": "s17-harbor-html-table-ballvalves.eml",
    "s18": "s18-delgado-heater-leak-service-ticket.eml",
    "s19": "s19-harbor-stat-on-summit-order.eml",
    "s20": "s20-riverbend-pex-coil-found-late.eml",
    "s21": "s21-keystone-ap-html-copper-price.eml",
    "s22": "s22-harbor-remittance-deductions.eml",
    "s23": "s23-riverbend-closeout-csv-ballvalves.eml",
    "s24": "s24-delgado-ballvalves-not-needed.eml",
    "s25": "s25-summit-po-receipt-xlsx-unknown-po.eml",
    "s26": "s26-riverbend-surplus-xlsx-corrected-unions.eml",
    "s27": "s27-foreman-outlook-prv-failed.eml",
    "s28": "s28-riverbend-bounce-notice.eml",
    "s29": "s29-summit-price-audit-csv-stats.eml",
    "s30": "s30-portal-filters-short.json",
    "s31": "s31-keystone-followup-pump-price.eml",
    "s32": "s32-riverbend-red-rows-xlsx-checkvalve-rpz.eml",
    "s33": "s33-keystone-wrong-ballvalves-late.eml",
    "s34": "s34-delgado-copper-not-needed-late.eml",
    "s35": "s35-keystone-service-report-old-tanks.eml",
    "s36": "s36-upload-surplus-return-request.txt",
    "s37": "s37-riverbend-order-change-so104247.eml",
    "s38": "s38-upload-damaged-checkvalve-no-order.txt",
    "s39": "s39-summit-vendor-scorecard.eml",
    "s40": "s40-keystone-job-closeout-nothing-back.eml",
}


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    target.mkdir(parents=True, exist_ok=True)
    builders = globals()
    for key, name in NAMES.items():
        (target / name).write_bytes(builders[key]())
    print(f"wrote {len(NAMES)} files to {target}")


if __name__ == "__main__":
    main()
