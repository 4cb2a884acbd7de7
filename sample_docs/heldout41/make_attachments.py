"""Write the 40 request files of heldout41 (37 emails, 1 portal form, 2 text uploads).

    .venv/bin/python sample_docs/heldout41/make_attachments.py [TARGET]

TARGET is the folder to write into (default: requests/ beside this script). The script
needs numpy, Pillow, fpdf2 and openpyxl from the project's .venv and the DejaVu and
Liberation fonts in /usr/share/fonts/truetype.

Determinism: no clock and no unseeded randomness is used. Every picture draws its noise
from a numpy Generator seeded with a CRC of the picture's name; PDF creation dates and
/ID are pinned; workbooks are re-packed with fixed zip times and fixed document
properties; MIME boundaries and Message-IDs are digests of the request name. Running the
script twice gives byte-identical files.

Documents are built in four ways:
- PDFs with fpdf2 (text layer), each laid out as its own kind of paper;
- workbooks with openpyxl and CSV text written by hand;
- pictures for OCR drawn with Pillow onto a white page, then aged as a fax (1-bit,
  dropped scan lines, speckle, a slight rotation, the sending header), a flatbed scan
  (grey paper, toner texture, a shadow at the binding edge, a few grey levels) or a
  phone photo (the page warped onto a table top by a perspective transform, a warm cast,
  a vignette, grain and JPEG);
- a phone-app screenshot drawn as flat pixels.
Pen marks are set in an italic face, nudged and rotated word by word, in blue ink.
"""

import base64
import binascii
import datetime as dt
import hashlib
import io
import json
import quopri
import sys
import zipfile
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
DESK_NAME = "Tillman & Royce Supply - Returns"


# --------------------------------------------------------------------------- helpers


def digest(*parts: str, size: int = 16) -> str:
    """A stable hex string made from the given parts."""
    return hashlib.sha1("|".join(parts).encode(), usedforsecurity=False).hexdigest()[:size]


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(binascii.crc32(name.encode()))


def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / face), size)


SANS = "dejavu/DejaVuSans.ttf"
SANS_B = "dejavu/DejaVuSans-Bold.ttf"
MONO = "dejavu/DejaVuSansMono.ttf"
ARIAL = "liberation/LiberationSans-Regular.ttf"
ARIAL_B = "liberation/LiberationSans-Bold.ttf"
NARROW = "liberation/LiberationSansNarrow-Regular.ttf"
NARROW_B = "liberation/LiberationSansNarrow-Bold.ttf"
TIMES = "liberation/LiberationSerif-Regular.ttf"
PEN = "liberation/LiberationSans-Italic.ttf"
PEN_ALT = "dejavu/DejaVuSansCondensed-Oblique.ttf"


# --------------------------------------------------------------------------- MIME


def wrap64(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\n".join(text[i : i + 76] for i in range(0, len(text), 76))


def leaf(
    ctype: str,
    payload: bytes,
    encoding: str,
    *,
    disposition: str | None = None,
    cid: str | None = None,
) -> str:
    """One MIME leaf part: headers, blank line, encoded body."""
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {encoding}"]
    if cid:
        head.append(f"Content-ID: <{cid}>")
    if disposition:
        head.append(f"Content-Disposition: {disposition}")
    if encoding == "base64":
        body = wrap64(payload)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(payload).decode("ascii")
    else:
        body = payload.decode("utf-8")
    return "\n".join(head) + "\n\n" + body.rstrip("\n") + "\n"


def text_leaf(text: str, subtype: str = "plain", charset: str = "utf-8") -> str:
    data = text.encode("utf-8")
    ascii_only = all(b < 128 for b in data)
    short = all(len(line) <= 76 for line in text.split("\n"))
    encoding = "7bit" if ascii_only and short else "quoted-printable"
    if ascii_only and charset == "utf-8" and subtype == "plain":
        charset = "us-ascii"
    return leaf(f'text/{subtype}; charset="{charset}"', data, encoding)


def file_leaf(name: str, ctype: str, data: bytes, inline_cid: str | None = None) -> str:
    if inline_cid:
        return leaf(
            f'{ctype}; name="{name}"',
            data,
            "base64",
            disposition=f'inline; filename="{name}"',
            cid=inline_cid,
        )
    return leaf(
        f'{ctype}; name="{name}"',
        data,
        "base64",
        disposition=f'attachment; filename="{name}"',
    )


def multipart(subtype: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    """A multipart entity as text, with its own Content-Type header first."""
    out = [f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"', ""]
    if preamble:
        out.append(preamble)
        out.append("")
    for part in parts:
        out.append(f"--{boundary}")
        out.append(part.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


CLIENTS = {
    # client name -> (extra headers, boundary maker, message-id maker)
    "outlook": (
        ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-us"],
        lambda k, n: (
            f"----=_NextPart_00{n}_{digest(k, 'b', str(n), size=4).upper()}"
            f"_01DB{digest(k, 'c', size=4).upper()}.{digest(k, 'd', size=8).upper()}"
        ),
        lambda k, dom: (
            f"<00{digest(k, 'm', size=10)}${digest(k, 'n', size=8)}${digest(k, 'o', size=8)}@{dom}>"
        ),
    ),
    "gmail": (
        [],
        lambda k, n: "0000000000" + digest(k, "g", str(n), size=16),
        lambda k, dom: (
            "<CAK"
            + base64.b64encode(hashlib.sha1(k.encode(), usedforsecurity=False).digest())
            .decode()[:24]
            .replace("/", "x")
            + "=Q@mail.gmail.com>"
        ),
    ),
    "apple": (
        ["X-Mailer: Apple Mail (2.3826.200.121)"],
        lambda k, n: "Apple-Mail=_" + _uuid(k + str(n)),
        lambda k, dom: f"<{_uuid(k)}@{dom}>",
    ),
    "iphone": (
        ["X-Mailer: iPhone Mail (22B91)"],
        lambda k, n: "Apple-Mail-" + _uuid(k + str(n)),
        lambda k, dom: f"<{_uuid(k)}@{dom}>",
    ),
    "thunderbird": (
        [
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: en-US",
        ],
        lambda k, n: "------------" + digest(k, "t", str(n), size=24),
        lambda k, dom: f"<{_uuid(k)}@{dom}>",
    ),
    "samsung": (
        [],
        lambda k, n: "--_com.samsung.android.email_" + digest(k, "s", str(n), size=20),
        lambda k, dom: f"<{digest(k, 'sm', size=12)}.{digest(k, 'sn', size=6)}@email.android.com>",
    ),
    "yahoo": (
        ["X-Mailer: WebService/1.1.22840 YMailNorrin"],
        lambda k, n: (
            f"----=_Part_{int(digest(k, 'y', size=6), 16) % 900000}"
            f"_{int(digest(k, 'z', str(n), size=8), 16)}.1763"
        ),
        lambda k, dom: (
            f"<{int(digest(k, 'ym', size=8), 16)}.{int(digest(k, 'yn', size=8), 16)}"
            "@mail.yahoo.com>"
        ),
    ),
    "mfp": (
        ["X-Mailer: RICOH Network Scanner", "X-Priority: 3"],
        lambda k, n: "=_" + digest(k, "r", str(n), size=20).upper(),
        lambda k, dom: f"<{digest(k, 'rm', size=14).upper()}@{dom}>",
    ),
    "bulk": (
        [
            "Precedence: bulk",
            "List-Unsubscribe: <https://news.bradfordthermal.com/u?d=7f3e21>",
            "X-Campaign: DIST-2611",
        ],
        lambda k, n: "=-bt-" + digest(k, "bulk", str(n), size=18),
        lambda k, dom: f"<{digest(k, 'bm', size=20)}@mta2.{dom}>",
    ),
}


def _uuid(key: str) -> str:
    h = digest(key, "uuid", size=32).upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def compose(
    key: str,
    *,
    client: str,
    sender: str,
    subject: str,
    date: str,
    text: str,
    html: str | None = None,
    files: tuple[tuple[str, str, bytes], ...] = (),
    inline: tuple[tuple[str, str, bytes, str], ...] = (),
    to: str = f"{DESK_NAME} <{DESK}>",
    cc: str | None = None,
    reply_to_id: str | None = None,
    headers: tuple[str, ...] = (),
) -> bytes:
    """Build one RFC 5322 message in the style of the named mail client."""
    extra, boundary, msgid = CLIENTS[client]
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    body = text_leaf(text)
    if html is not None:
        body = multipart("alternative", boundary(key, 1), [body, text_leaf(html, "html")])
    if inline:
        parts = [body] + [file_leaf(n, c, d, inline_cid=cid) for n, c, d, cid in inline]
        body = multipart("related", boundary(key, 2), parts)
    if files:
        parts = [body] + [file_leaf(n, c, d) for n, c, d in files]
        body = multipart(
            "mixed",
            boundary(key, 3),
            parts,
            "This is a multi-part message in MIME format.",
        )
    head = [f"From: {sender}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: {msgid(key, domain)}",
    ]
    if reply_to_id:
        head += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
    head += list(headers) + ["MIME-Version: 1.0"] + extra
    if client == "outlook":
        head.append(
            "Thread-Index: AdtR"
            + base64.b64encode(bytes.fromhex(digest(key, "ti", size=24))).decode()
        )
    return ("\n".join(head) + "\n" + body).encode("utf-8")


# --------------------------------------------------------------------------- files


class PinnedPDF(FPDF):
    """fpdf2 with a fixed creation date and a fixed /ID."""

    def __init__(self, key: str, when: dt.datetime, **kw):
        super().__init__(**kw)
        self._key = key
        self.set_creation_date(when)
        self.set_author("")
        self.set_creator("")
        self.add_font("dv", "", str(FONTS / SANS))
        self.add_font("dv", "B", str(FONTS / SANS_B))
        self.add_font("lib", "", str(FONTS / ARIAL))
        self.add_font("lib", "B", str(FONTS / ARIAL_B))
        self.add_font("ser", "", str(FONTS / TIMES))
        self.add_font("mono", "", str(FONTS / MONO))

    def file_id(self):
        one = digest(self._key, "pdf-id", size=32).upper()
        return f"<{one}><{one}>"


def pinned_xlsx(wb: Workbook, when: dt.datetime, creator: str) -> bytes:
    """Save a workbook and re-pack it with fixed times and document properties."""
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    raw = io.BytesIO()
    wb.save(raw)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = data.decode()
                start = text.index("<dcterms:modified")
                end = text.index("</dcterms:modified>") + len("</dcterms:modified>")
                text = (
                    text[:start]
                    + f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
                    + text[end:]
                )
                data = text.encode()
            info = zipfile.ZipInfo(item.filename, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return out.getvalue()


def png_bytes(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True, **kw)
    return buf.getvalue()


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, subsampling=2)
    return buf.getvalue()


# --------------------------------------------------------------------------- pictures


class Sheet:
    """A white page to draw typed text, rules and pen marks on."""

    def __init__(self, width: int, height: int, mode: str = "L"):
        white = 255 if mode == "L" else (255, 255, 255)
        self.img = Image.new(mode, (width, height), white)
        self.draw = ImageDraw.Draw(self.img)
        self.ink = 0 if mode == "L" else (20, 20, 24)

    def text(self, xy, s: str, face: str = ARIAL, size: int = 26, fill=None) -> None:
        self.draw.text(xy, s, font=font(face, size), fill=self.ink if fill is None else fill)

    def rule(self, x0: int, y0: int, x1: int, y1: int, width: int = 2) -> None:
        self.draw.line((x0, y0, x1, y1), fill=self.ink, width=width)

    def box(self, x0: int, y0: int, x1: int, y1: int, width: int = 2, fill=None) -> None:
        self.draw.rectangle((x0, y0, x1, y1), outline=self.ink, width=width, fill=fill)

    def width_of(self, s: str, face: str, size: int) -> int:
        return int(self.draw.textlength(s, font=font(face, size)))


def pen(sheet: Sheet, xy, words: str, rng: np.random.Generator, size: int = 34, ink=None) -> None:
    """Hand-printed words: each word set in a slanted face, nudged and turned a little."""
    if ink is None:
        ink = 40 if sheet.img.mode == "L" else (28, 48, 150)
    x, y = xy
    for i, word in enumerate(words.split(" ")):
        face = PEN if i % 3 else PEN_ALT
        f = font(face, size + int(rng.integers(-2, 3)))
        w = int(f.getlength(word)) + 12
        tile = Image.new("L", (w, size * 2), 0)
        ImageDraw.Draw(tile).text((6, size // 3), word, font=f, fill=255)
        tile = tile.filter(ImageFilter.MaxFilter(3)) if rng.random() < 0.5 else tile
        tile = tile.rotate(float(rng.normal(0, 1.6)), resample=Image.BICUBIC, expand=False)
        dy = int(rng.normal(0, 2.5))
        colour = Image.new(sheet.img.mode, tile.size, ink)
        sheet.img.paste(colour, (x, y + dy - size // 3), tile)
        x += w - 4 + int(size * 0.22)


def circle_mark(sheet: Sheet, box, rng: np.random.Generator, ink=None) -> None:
    """A loose hand-drawn ring around a region."""
    if ink is None:
        ink = 40 if sheet.img.mode == "L" else (28, 48, 150)
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    t = np.linspace(0.15, 2 * np.pi + 0.5, 80)
    wobble = 1 + 0.05 * np.sin(3 * t + rng.random() * 6)
    pts = [
        (cx + rx * wobble[i] * np.cos(v), cy + ry * wobble[i] * np.sin(v)) for i, v in enumerate(t)
    ]
    sheet.draw.line([(float(a), float(b)) for a, b in pts], fill=ink, width=3)


def as_fax(img: Image.Image, name: str, header: str) -> bytes:
    """Fine-mode fax: 1-bit, a little turned, speckled, with dropped scan lines."""
    rng = rng_for(name)
    page = img.convert("L").rotate(-0.7, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + rng.normal(0, 22, arr.shape)
    bw = arr > 150
    speck = rng.random(arr.shape) < 0.0009
    bw[speck] = False
    for row in rng.integers(120, arr.shape[0] - 40, 4):
        bw[row : row + 2, :] = True
    bw[:, : int(arr.shape[1] * 0.012)] = (
        rng.random((arr.shape[0], int(arr.shape[1] * 0.012))) > 0.55
    )
    out = Image.fromarray(np.where(bw, 255, 0).astype(np.uint8))
    ImageDraw.Draw(out).text((40, 12), header, font=font(MONO, 22), fill=0)
    return png_bytes(out.convert("1"))


def as_scan(img: Image.Image, name: str, levels: int = 12) -> bytes:
    """Flatbed scan: grey paper with grain, a binding shadow, slight turn and blur."""
    rng = rng_for(name)
    page = img.convert("L").rotate(0.9, resample=Image.BICUBIC, fillcolor=236)
    arr = np.asarray(page, dtype=np.float32) * (232 / 255) + 6
    w = arr.shape[1]
    shade = np.clip(1 - np.exp(-np.arange(w) / 45.0), 0.55, 1)[None, :]
    arr = arr * shade
    arr = arr + rng.normal(0, 3.5, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    step = 256 // levels
    out = out.point(lambda v: min(255, (v // step) * step + step // 2))
    return png_bytes(out)


def as_phone_photo(img: Image.Image, name: str, size=(1080, 1440), quality: int = 72) -> bytes:
    """A phone photo of a page lying on a wooden counter: perspective, warm light, grain."""
    rng = rng_for(name)
    W, H = size
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(xx / 7.0 + 3 * np.sin(yy / 90.0)) * 9 + rng.normal(0, 5, (H, W))
    wood = np.stack([150 + grain, 104 + grain * 0.8, 62 + grain * 0.6], axis=-1)
    background = Image.fromarray(np.clip(wood, 0, 255).astype(np.uint8), "RGB")
    page = img.convert("RGB")
    pw, ph = page.size
    # where the page corners land in the photo (tl, tr, br, bl)
    dst = [(70, 60), (W - 40, 95), (W - 85, H - 45), (45, H - 80)]
    coeffs = _perspective(dst, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    shadow = mask.filter(ImageFilter.GaussianBlur(14)).point(lambda v: v * 0.45)
    dark = Image.new("RGB", (W, H), (40, 28, 18))
    background.paste(dark, (10, 14), shadow)
    background.paste(warped, (0, 0), mask)
    arr = np.asarray(background, dtype=np.float32)
    cy, cx = H * 0.42, W * 0.55
    fall = 1 - 0.33 * (((yy - cy) / H) ** 2 + ((xx - cx) / W) ** 2) * 2.2
    arr = arr * fall[..., None] * np.array([1.03, 0.99, 0.90])
    arr = arr + rng.normal(0, 4.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(0.35))
    return jpeg_bytes(out, quality)


def _perspective(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE): output point -> input point."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def logo(name: str, words: str, colour, size=(300, 70)) -> bytes:
    """A small signature logo (no text a reader needs)."""
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((4, 8, 58, 62), radius=10, fill=colour)
    d.polygon([(16, 48), (31, 18), (46, 48)], fill=(255, 255, 255))
    d.text((70, 14), words, font=font(ARIAL_B, 24), fill=colour)
    d.text((70, 42), name, font=font(ARIAL, 14), fill=(110, 110, 110))
    return png_bytes(img.convert("P", palette=Image.ADAPTIVE, colors=32))


# --------------------------------------------------------------------------- documents


def pdf_delivery_receipt() -> bytes:
    """s01: a carrier's signed delivery receipt with an exceptions box."""
    pdf = PinnedPDF("s01", dt.datetime(2026, 11, 2, 15, 41, tzinfo=dt.UTC), format="Letter")
    pdf.set_title("Delivery Receipt PRO 07183-344120")
    pdf.add_page()
    pdf.set_font("lib", "B", 18)
    pdf.cell(0, 9, "ODFL  DELIVERY RECEIPT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 8)
    pdf.cell(
        0,
        4,
        "Service Center 214  -  Consignee copy  -  Not negotiable",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    grid = [
        ("PRO NUMBER", "07183-344120"),
        ("DELIVERY DATE", "11/02/2026"),
        ("TERMINAL", "214"),
        ("TRAILER", "T-55318"),
    ]
    pdf.set_font("lib", "", 7)
    x0 = pdf.get_x()
    for label, _ in grid:
        pdf.cell(47, 4, label, border="LTR")
    pdf.ln()
    pdf.set_x(x0)
    pdf.set_font("lib", "B", 11)
    for _, value in grid:
        pdf.cell(47, 7, value, border="LBR")
    pdf.ln(10)
    pdf.set_font("lib", "", 7)
    pdf.cell(94, 4, "SHIPPER", border="LTR")
    pdf.cell(94, 4, "CONSIGNEE", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 10)
    shipper = [
        "Tillman & Royce Supply Co.",
        "DC-SOUTH, 4100 Industrial Pkwy",
        "Shipper ref: SO-104228  BOL 55112",
    ]
    consignee = ["Summit HVAC Services", "Receiving dock 2", "Consignee PO: PO-60377"]
    for a, b in zip(shipper, consignee):
        pdf.cell(94, 5.5, a, border="LR")
        pdf.cell(94, 5.5, b, border="LR", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(94, 1, "", border="LBR")
    pdf.cell(94, 1, "", border="LBR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    widths = (16, 22, 20, 90, 40)
    pdf.set_font("lib", "B", 8)
    pdf.set_fill_color(225, 225, 225)
    for w, h in zip(widths, ("HM", "HANDLING", "PIECES", "DESCRIPTION OF ARTICLES", "WEIGHT (LB)")):
        pdf.cell(w, 6, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("lib", "", 9)
    rows = [
        ("", "1 PLT", "40 CTN", "Acoustic ceiling tile 2x2 - CLG-TILE-24-ACU", "412"),
        ("", "1 PLT", "30 PCS", "Steel floor register 10x6 - HVC-REG-1006-W", "66"),
        ("", "2 PLT", "", "TOTAL", "478"),
    ]
    for row in rows:
        for w, v in zip(widths, row):
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    pdf.ln(6)
    pdf.set_font("lib", "B", 9)
    pdf.cell(
        0,
        6,
        "EXCEPTIONS NOTED AT DELIVERY",
        border="LTR",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("mono", "", 12)
    pdf.cell(
        0,
        9,
        "  3 CTN CRUSHED / WET - TILE PALLET, TOP TIER",
        border="LR",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 8, "  PLT 2 OK", border="LBR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("lib", "", 8)
    pdf.multi_cell(
        0,
        4,
        "Received the above described property in apparent good order except as noted. "
        "Concealed loss or damage must be reported to the carrier within 5 days of delivery.",
    )
    pdf.ln(4)
    pdf.set_font("lib", "", 9)
    pdf.cell(70, 6, "Consignee signature: T. Marquez", border="B")
    pdf.cell(10, 6, "")
    pdf.cell(40, 6, "Time in: 09:10  out: 09:34", border="B")
    pdf.cell(10, 6, "")
    pdf.cell(50, 6, "Driver: #4471 R. Sowell", border="B", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_ra_request() -> bytes:
    """s06: the customer's own return authorization request form."""
    pdf = PinnedPDF(
        "s06",
        dt.datetime(2026, 11, 10, 14, 11, tzinfo=dt.UTC),
        format="Letter",
        orientation="L",
    )
    pdf.set_title("RA request PO-24519")
    pdf.add_page()
    pdf.set_fill_color(18, 74, 110)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 15)
    pdf.cell(
        0,
        11,
        "  RIVERBEND PLUMBING & HEATING  |  Return Authorization Request",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("dv", "", 9.5)
    head = [
        ("Date", "11/10/2026", "Supplier", "Tillman & Royce Supply"),
        ("Our PO", "PO-24519", "Supplier order", "SO-104236"),
        ("Delivered", "11/06/2026 (UPS)", "Job", "Cedar Hollow Townhomes, Bldg 4"),
    ]
    for a, b, c, d in head:
        pdf.set_font("dv", "B", 9.5)
        pdf.cell(32, 7, a, border=1)
        pdf.set_font("dv", "", 9.5)
        pdf.cell(90, 7, b, border=1)
        pdf.set_font("dv", "B", 9.5)
        pdf.cell(36, 7, c, border=1)
        pdf.set_font("dv", "", 9.5)
        pdf.cell(100, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    cols = (
        ("Ln", 10),
        ("Item", 38),
        ("Description", 62),
        ("Qty ord.", 18),
        ("Qty rec'd", 18),
        ("Credit qty", 22),
        ("Code", 14),
        ("Comments", 76),
    )
    pdf.set_font("dv", "B", 8.5)
    pdf.set_fill_color(214, 228, 238)
    for name, w in cols:
        pdf.cell(w, 8, name, border=1, fill=True)
    pdf.ln()
    pdf.set_font("dv", "", 9)
    rows = [
        (
            "1",
            "VLV-1005-BV",
            '1" brass ball valve, FP, thd',
            "24",
            "20",
            "4",
            "SH",
            "20 in carton, slip says 24",
        ),
        (
            "2",
            "FTG-PEX-CPL-050",
            "1/2 PEX crimp coupling, bag/25",
            "10",
            "10",
            "",
            "",
            "",
        ),
        (
            "3",
            "PIP-PEX-075-300",
            "3/4 PEX-A tubing, 300 ft coil",
            "2",
            "2",
            "1",
            "DF",
            "pinhole, fails 100 psi test",
        ),
    ]
    for row in rows:
        for (_, w), v in zip(cols, row):
            pdf.cell(w, 8, v, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("dv", "", 8)
    pdf.cell(
        0,
        5,
        "Codes:  SH short shipped   DM damaged in transit   DF defective   WI wrong item   "
        "NN not needed / overstock",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    pdf.set_font("dv", "", 9.5)
    pdf.cell(120, 7, "Requested by: Karen Liu, Office Manager", border="B")
    pdf.cell(20, 7, "")
    pdf.cell(
        118,
        7,
        "Supplier RA # (supplier use): ____________",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("dv", "", 7.5)
    pdf.cell(
        0,
        5,
        "Form RPH-114 rev 3  -  please reference our PO on all credits",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def pdf_service_ticket() -> bytes:
    """s23: a service company's ticket for work at another customer's building."""
    pdf = PinnedPDF("s23", dt.datetime(2026, 11, 20, 22, 5, tzinfo=dt.UTC), format="Letter")
    pdf.set_title("Service Ticket ST-40872")
    pdf.add_page()
    pdf.set_font("ser", "", 20)
    pdf.cell(120, 10, "Summit HVAC Services")
    pdf.set_font("lib", "B", 12)
    pdf.cell(0, 10, "SERVICE TICKET  ST-40872", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 8)
    pdf.cell(
        0,
        4,
        "Commercial heating & cooling  -  24 hr service line (715) 555-0100",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(120, 120, 120)
    pdf.line(10, 28, 206, 28)
    pdf.ln(6)
    pdf.set_font("lib", "", 10)
    fields = [
        ("Bill to", "Harbor Point Property Management"),
        ("Site", "Bayview Towers, 1200 Shoreline Dr - units 301-310"),
        ("Date", "11/20/2026        Tech: G. Ahn        Truck: 14"),
        ("Call type", "Scheduled - thermostat replacement (owner-furnished)"),
    ]
    for label, value in fields:
        pdf.set_font("lib", "B", 10)
        pdf.cell(28, 6.5, label + ":")
        pdf.set_font("lib", "", 10)
        pdf.cell(0, 6.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("lib", "B", 10)
    pdf.cell(0, 6, "Work performed", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lib", "", 10)
    pdf.multi_cell(
        0,
        5.2,
        "Replaced wall thermostats in units 301-310 with owner-furnished non-programmable "
        "digital stats (Tillman & Royce order SO-104239). Units 304 and 308: new stat shows "
        "no display with 24 V confirmed at R and C; swapped a known good stat in, works. "
        "Both new stats DOA, removed and bagged. Old stats left on site for owner.",
    )
    pdf.ln(4)
    widths = (36, 62, 36, 14, 38)
    pdf.set_font("lib", "B", 9)
    pdf.set_fill_color(236, 236, 236)
    for w, h in zip(widths, ("Part", "Description", "Source", "Qty", "Status")):
        pdf.cell(w, 7, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("lib", "", 9)
    rows = [
        (
            "TST-2100-NP",
            "Non-prog digital stat 24V",
            "Owner / SO-104239",
            "8",
            "Installed OK",
        ),
        (
            "TST-2100-NP",
            "Non-prog digital stat 24V",
            "Owner / SO-104239",
            "2",
            "DEFECTIVE - DOA",
        ),
        (
            "CAP-35-5-440",
            "Dual run capacitor 35/5",
            "Summit van stock",
            "1",
            "Installed (unit 306)",
        ),
        ("LBR-TECH", "Labor, service technician", "", "3.5 h", ""),
    ]
    for row in rows:
        for w, v in zip(widths, row):
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    pdf.ln(6)
    pdf.set_font("lib", "", 9)
    pdf.cell(95, 6, "Customer signature: on file (J. Whitlock, building eng.)", border="B")
    pdf.cell(6, 6, "")
    pdf.cell(
        0,
        6,
        "Ticket closed 11/20/2026 15:48",
        border="B",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def pdf_credit_letter() -> bytes:
    """s25: a credit request letter from a customer's accounts payable."""
    pdf = PinnedPDF("s25", dt.datetime(2026, 11, 24, 13, 52, tzinfo=dt.UTC), format="Letter")
    pdf.set_title("Credit request INV-88133")
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    pdf.set_xy(22, 18)
    pdf.set_font("lib", "B", 16)
    pdf.set_text_color(130, 28, 28)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("lib", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Accounts Payable  -  2250 Foundry Road  -  ap@keystonemech.com",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("ser", "", 11.5)
    for line in (
        "November 24, 2026",
        "",
        "Tillman & Royce Supply Co.",
        "Attn: Accounts Receivable / Returns",
    ):
        pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("ser", "", 11.5)
    pdf.cell(
        0,
        6,
        "Re:  Credit request - Invoice INV-88133 (your SO-104235, our PO-77830)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    body = [
        (
            "We have reviewed invoice INV-88133 dated November 4, 2026 and ask for credit on "
            "the condensate pumps, item HVC-CND-PUMP, for two separate reasons:"
        ),
        (
            "1.  Price. The invoice bills 8 pumps at $64.90 each. The price on our purchase "
            "order is $61.50. We ask for the difference of $3.40 on each of the 8 pumps billed, "
            "$27.20."
        ),
        (
            "2.  Failures. Two of these pumps have failed in service within two weeks of "
            "install: the float switch sticks and the pump does not shut off. Both are "
            "defective and have been removed; please issue an RA for the 2 pumps and credit "
            "them at the PO price, 2 x $61.50 = $123.00."
        ),
        "The other lines of the invoice agree with our receiving and our PO, as summarized below.",
    ]
    for para in body:
        pdf.multi_cell(0, 5.8, para)
        pdf.ln(2.5)
    widths = (36, 20, 26, 26, 58)
    pdf.set_font("lib", "B", 9)
    for w, h in zip(widths, ("Item", "Inv qty", "Inv price", "PO price", "Note")):
        pdf.cell(w, 6.5, h, border="B")
    pdf.ln()
    pdf.set_font("lib", "", 9)
    rows = [
        ("VLV-3100-CK", "6", "189.00", "189.00", "ok"),
        ("FTG-BI-U-150", "40", "10.80", "10.80", "ok (see RA for sizes)"),
        ("HVC-CND-PUMP", "8", "64.90", "61.50", "price + 2 failed, above"),
        ("PMP-CIRC-015", "4", "139.00", "139.00", "ok"),
    ]
    for row in rows:
        for w, v in zip(widths, row):
            pdf.cell(w, 6, v)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("lib", "B", 9.5)
    pdf.cell(0, 6, "Total credit requested: $150.20", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("ser", "", 11.5)
    for line in (
        "Sincerely,",
        "",
        "Dana Ruiz",
        "Accounts Payable, Keystone Mechanical Contractors",
    ):
        pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def xlsx_receiving_log() -> bytes:
    """s03: a receiving log exported from the customer's own system."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Receipt R-26-11872"
    ws["A1"] = "KEYSTONE MECHANICAL - RECEIVING LOG"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        "PO: PO-77812    Vendor: TILLMAN & ROYCE SUPPLY    Date rcvd: 11/05/2026    Carrier: RL CARRIERS"
    )
    ws["A3"] = "Received by: M. Feld    Dock: 1    Packlist: SO-104233 (1 of 2)"
    head = [
        "Ln",
        "Our Part",
        "Vendor Item",
        "Item Desc",
        "Qty Ord",
        "Qty Packlist",
        "Qty Rcvd",
        "+/-",
        "Var Rsn",
        "Bin",
    ]
    ws.append([])
    ws.append(head)
    for cell in ws[5]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
    rows = [
        [
            1,
            "KM-88213",
            "VLV-2210-BR",
            "GATE VLV 2IN BRZ THD",
            40,
            40,
            44,
            4,
            "OVR",
            "A-14",
        ],
        [
            2,
            "KM-40112",
            "FTG-CU-E90-100",
            "ELL 90 1IN CU CXC",
            150,
            150,
            125,
            -25,
            "SHT",
            "C-03",
        ],
        [
            3,
            "KM-88340",
            "VLV-0750-PRV",
            "PRV 3/4 25-75PSI",
            12,
            None,
            None,
            None,
            "SEP SHPT",
            "",
        ],
        [
            4,
            "",
            "PIP-PEX-075-300",
            "PEX-A 3/4 300FT COIL",
            6,
            None,
            None,
            None,
            "SEP SHPT",
            "",
        ],
    ]
    for row in rows:
        ws.append(row)
    ws.append([])
    ws.append(
        [
            "",
            "",
            "",
            "Lines: 4",
            "=SUM(E6:E9)",
            "=SUM(F6:F9)",
            "=SUM(G6:G9)",
            "",
            "",
            "",
        ]
    )
    for col, width in zip("ABCDEFGHIJ", (5, 11, 18, 24, 9, 12, 10, 7, 10, 8)):
        ws.column_dimensions[col].width = width
    for r in range(6, 10):
        ws[f"H{r}"].number_format = "+0;-0;0"
    codes = wb.create_sheet("Var codes")
    codes.append(["Code", "Meaning"])
    for code, meaning in (
        ("OVR", "Received more than packlist"),
        ("SHT", "Received less than packlist"),
        ("DMG", "Damaged on receipt"),
        ("SEP SHPT", "Line ships on a separate truck - not a variance"),
    ):
        codes.append([code, meaning])
    codes.column_dimensions["B"].width = 48
    return pinned_xlsx(wb, dt.datetime(2026, 11, 9, 12, 40), "mfeld")


def xlsx_job_returns() -> bytes:
    """s16: a service manager's job return list, with a second tab of other suppliers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Returns"
    ws.merge_cells("A1:F1")
    ws["A1"] = "SUMMIT HVAC - JOB MATERIAL RETURNS"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Job 26-1187  Ridgeway Clinic RTU change-out"
    ws["A3"] = "Supplier: Tillman & Royce    Order: SO-104244    PO: PO-60455"
    ws.append([])
    ws.append(["Part No", "Description", "Qty Rcvd", "Qty Used", "Send Back", "Why"])
    for cell in ws[5]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.append(
        [
            "HVC-CND-PUMP",
            "Condensate pump 115V w/ safety sw",
            10,
            7,
            3,
            "Job cut back - 3 not needed, still boxed",
        ]
    )
    ws.append(["TST-2100-NP", "Non-prog digital t-stat", 12, 12, 0, ""])
    ws.append(
        [
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter, cs/12",
            20,
            15,
            5,
            "Wrong item - cases say MERV 11, filters inside are MERV 8",
        ]
    )
    ws.append([])
    ws.append(["", "", "=SUM(C6:C8)", "=SUM(D6:D8)", "=SUM(E6:E8)", ""])
    for col, width in zip("ABCDEF", (18, 34, 10, 10, 11, 58)):
        ws.column_dimensions[col].width = width
    ws["F6"].alignment = ws["F8"].alignment = Alignment(wrap_text=True)
    other = wb.create_sheet("Other vendors")
    other.append(["Vendor", "Part No", "Description", "Qty Rcvd", "Qty Used", "Send Back"])
    other.append(["Johnstone", "CAP-45-5-440", "Dual run cap 45/5", 6, 6, 0])
    other.append(["Johnstone", "CT-24V-40VA", "Control transformer 40VA", 4, 3, 0])
    other.append(["Coastal Sheet Metal", "CURB-ADPT-48", "RTU curb adapter", 2, 2, 0])
    return pinned_xlsx(wb, dt.datetime(2026, 11, 18, 15, 31), "dfisk")


def csv_ap_exceptions() -> bytes:
    """s15: an AP three-way-match exceptions export, all vendors."""
    rows = [
        [
            "Vendor Name",
            "Vendor Inv #",
            "Inv Date",
            "PO #",
            "PO Ln",
            "Item",
            "Inv Qty",
            "Inv Unit $",
            "PO Unit $",
            "Unit Var",
            "Ext Var",
            "Match Status",
        ],
        [
            "TILLMAN & ROYCE SUPPLY",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "1",
            "PIP-CU-L-100-20",
            "30",
            "76.40",
            "71.80",
            "4.60",
            "138.00",
            "PRICE HOLD",
        ],
        [
            "TILLMAN & ROYCE SUPPLY",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "2",
            "FTG-CU-E90-100",
            "200",
            "2.95",
            "2.95",
            "0.00",
            "0.00",
            "MATCHED",
        ],
        [
            "TILLMAN & ROYCE SUPPLY",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "3",
            "VLV-1005-BV",
            "36",
            "15.20",
            "15.20",
            "0.00",
            "0.00",
            "MATCHED",
        ],
        [
            "NORTHGATE ELECTRIC SUPPLY",
            "NES-551902",
            "10/29/2026",
            "PO-77801",
            "1",
            "THHN-12-BLK-500",
            "4",
            "88.10",
            "84.00",
            "4.10",
            "16.40",
            "PRICE HOLD",
        ],
        [
            "CAPITOL INSULATION",
            "CI-20931",
            "11/02/2026",
            "PO-77815",
            "1",
            "ARM-075-6",
            "24",
            "11.30",
            "11.30",
            "0.00",
            "0.00",
            "QTY HOLD",
        ],
    ]
    text = "\r\n".join(",".join(f'"{v}"' for v in row) for row in rows)
    return (text + "\r\n" + '"Run 2026-11-17 06:00","Rows: 5","Holds: 3"\r\n').encode()


def csv_closeout() -> bytes:
    """s32: a job close-out material report, every supplier of the job."""
    lines = [
        "job_no,cost_code,supplier,po,item,descr,uom,qty_recv,qty_installed,qty_surplus,disposition",
        "EL-2611,15-410,TILLMAN & ROYCE,PO-24530,VLV-1005-BV,BALL VALVE 1IN FP THD,EA,48,4,44,RTV",
        "EL-2611,15-410,TILLMAN & ROYCE,PO-24530,FTG-CU-E90-100,ELL 90 1IN WROT CU,EA,250,236,14,SHOP STOCK",
        "EL-2611,15-410,TILLMAN & ROYCE,PO-24530,VLV-0750-PRV,PRV 3/4 25-75,EA,4,4,0,",
        "EL-2611,15-220,HARLAN PIPE & STEEL,HP-7781,PEXA-100-300,PEX-A 1IN 300FT,RL,6,5,1,SHOP STOCK",
        "EL-2611,16-100,NORTHGATE ELECTRIC,NE-3312,MC-12-2-250,MC CABLE 12/2 250FT,RL,10,10,0,",
        "EL-2611,15-900,CAPITOL INSULATION,CI-8841,ARM-100-6,PIPE INSUL 1IN X 6FT,EA,120,120,0,",
    ]
    return ("\n".join(lines) + "\n").encode()


def fax_discrepancy() -> bytes:
    """s04: a typed receiving discrepancy report, sent through the warehouse fax."""
    s = Sheet(1728, 2100)
    s.text((120, 120), "SUMMIT HVAC SERVICES", ARIAL_B, 52)
    s.text((120, 190), "Warehouse / Receiving  -  2290 Commerce Ct", ARIAL, 30)
    s.rule(120, 250, 1610, 250, 4)
    s.text((120, 285), "RECEIVING DISCREPANCY REPORT", ARIAL_B, 44)
    fields = [
        ("Date:", "11/09/2026", "Vendor:", "TILLMAN & ROYCE"),
        ("PO #:", "PO-60418", "Delivered:", "11/05/2026 vendor truck"),
    ]
    y = 380
    for a, b, c, d in fields:
        s.text((120, y), a, ARIAL_B, 32)
        s.text((300, y), b, MONO, 32)
        s.text((820, y), c, ARIAL_B, 32)
        s.text((1010, y), d, MONO, 32)
        y += 62
    cols = [
        ("ITEM #", 120),
        ("DESCRIPTION", 520),
        ("ORD", 930),
        ("SHIP", 1050),
        ("RCVD", 1180),
        ("OVER", 1320),
        ("SHORT", 1450),
    ]
    y = 560
    s.rule(110, y - 12, 1620, y - 12, 3)
    for name, x in cols:
        s.text((x, y), name, ARIAL_B, 28)
    s.rule(110, y + 44, 1620, y + 44, 3)
    rows = [
        ("TST-7500-PRO", "WIFI PROG STAT", "12", "12", "12", "", ""),
        ("TST-2100-NP", "NON-PROG STAT", "20", "20", "16", "", "4"),
        ("HVC-FLT-1625-M11", "16X25X1 M11 CS", "10", "10", "12", "2", ""),
    ]
    y += 76
    for row in rows:
        for (_, x), v in zip(cols, row):
            s.text((x, y), v, MONO, 32)
        s.rule(110, y + 52, 1620, y + 52, 1)
        y += 84
    y += 40
    s.text((120, y), "REMARKS:", ARIAL_B, 30)
    remarks = [
        "Slip shows 20 non-prog stats, only 16 in the cartons.",
        "2 extra cases of filters on pallet - set aside, not ours.",
        "Wifi stats count OK.",
    ]
    for i, line in enumerate(remarks):
        s.text((320, y + i * 50), line, MONO, 29)
    y += 230
    s.text((120, y), "Received by:", ARIAL_B, 30)
    pen(s, (360, y - 6), "W. Oyelaran", rng_for("s04-pen"), size=40, ink=0)
    s.text((900, y), "Checked:", ARIAL_B, 30)
    pen(s, (1080, y - 6), "TM", rng_for("s04-pen2"), size=40, ink=0)
    s.text((120, 1960), "Form WH-07  Send to vendor + AP", ARIAL, 22)
    header = "NOV-09-2026 10:27  FROM: SUMMIT HVAC WHSE  7155550142   TO: RETURNS   P.001/001"
    return as_fax(s.img, "s04", header)


def scan_will_call() -> bytes:
    """s07: our will-call pick ticket, written on by the customer's driver, scanned."""
    s = Sheet(1275, 1650)
    rng = rng_for("s07-pen")
    s.text((70, 70), "TILLMAN & ROYCE SUPPLY CO.", ARIAL_B, 40)
    s.text((70, 122), "Branch DC-SOUTH  -  Will Call Counter", ARIAL, 24)
    s.box(820, 60, 1205, 160, 3)
    s.text((840, 72), "WILL CALL PICK TICKET", ARIAL_B, 24)
    s.text((840, 110), "SO-104240", MONO, 34)
    info = [
        ("Customer:", "DELGADO & SONS PLUMBING"),
        ("Cust PO:", "PO-40988"),
        ("Pickup:", "11/06/2026  07:40"),
    ]
    y = 210
    for a, b in info:
        s.text((70, y), a, ARIAL_B, 26)
        s.text((250, y), b, MONO, 26)
        y += 44
    cols = [
        ("LN", 70),
        ("ITEM", 130),
        ("DESCRIPTION", 420),
        ("UOM", 800),
        ("ORD", 900),
        ("PICKED", 1020),
    ]
    y = 390
    s.box(60, y - 10, 1215, y + 40, 2, fill=225)
    for name, x in cols:
        s.text((x, y), name, ARIAL_B, 24)
    rows = [
        ("1", "PIP-BI-200-CTL", '2" BLK STL SCH40 CUT', "FT", "120", "120"),
        ("2", "FTG-BI-U-150", '1-1/2" BLK MI UNION', "EA", "12", "12"),
        ("3", "VLV-1005-BV", '1" BRASS BALL VLV FP', "EA", "10", "10"),
    ]
    y += 70
    row_y = []
    for row in rows:
        for (_, x), v in zip(cols, row):
            s.text((x, y), v, MONO, 25)
        row_y.append(y)
        s.rule(60, y + 130, 1215, y + 130, 1)
        y += 150
    pen(s, (150, row_y[0] + 48), "1 pc 20 ft is 1-1/2 pipe - WRONG SIZE", rng, size=34)
    pen(s, (150, row_y[1] + 48), "only 10 in box - SHORT 2", rng, size=34)
    pen(s, (1040, row_y[2] + 46), "ok", rng, size=34)
    circle_mark(s, (1005, row_y[1] - 14, 1110, row_y[1] + 40), rng)
    y += 40
    s.text((70, y), "Picked by: 114   Checked: 087   Loaded to: customer truck", ARIAL, 22)
    y += 90
    s.text((70, y), "Received in good order:", ARIAL_B, 24)
    s.rule(390, y + 30, 800, y + 30, 2)
    pen(s, (400, y - 8), "Ramon D.", rng, size=38)
    s.text((70, 1560), "Customer copy - keep for your records", ARIAL, 20)
    return as_scan(s.img, "s07")


def photo_packing_slip() -> bytes:
    """s10: our packing slip on the tailgate, marked up by the plumber."""
    s = Sheet(1100, 1420, "RGB")
    rng = rng_for("s10-pen")
    s.text((60, 50), "TILLMAN & ROYCE SUPPLY", ARIAL_B, 40)
    s.text((60, 100), "PACKING SLIP", ARIAL_B, 32)
    s.text((680, 60), "Order: SO-104243", MONO, 28)
    s.text((680, 100), "Cust PO: PO-24530", MONO, 28)
    s.text((60, 170), "Ship to: RIVERBEND PLUMBING & HEATING - ELM ST APTS", ARIAL, 24)
    s.text((60, 206), "Ship date: 11/10/2026   Via: RL CARRIERS   From: DC-EAST", ARIAL, 24)
    cols = [
        ("LN", 60),
        ("ITEM", 110),
        ("DESCRIPTION", 370),
        ("ORD", 790),
        ("SHIP", 880),
        ("B/O", 980),
    ]
    y = 290
    s.rule(50, y - 10, 1050, y - 10, 3)
    for name, x in cols:
        s.text((x, y), name, ARIAL_B, 24)
    s.rule(50, y + 36, 1050, y + 36, 3)
    rows = [
        ("1", "VLV-1005-BV", '1" BRASS BALL VLV FP', "48", "48", "0"),
        ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL', "250", "250", "0"),
        ("3", "VLV-0750-PRV", "3/4 PRV 25-75 PSI", "4", "4", "0"),
    ]
    y += 60
    marks = ["8 DAMAGED - crushed", "got 300 - 50 OVER", "DAMAGED 1 pc"]
    for row, mark in zip(rows, marks):
        for (_, x), v in zip(cols, row):
            s.text((x, y), v, MONO, 28)
        pen(s, (370, y + 44), mark, rng, size=36)
        s.rule(50, y + 110, 1050, y + 110, 1)
        y += 130
    y += 20
    s.text((60, y), "Total pieces: 302   Cartons: 9   Weight: 188 lb", ARIAL, 24)
    y += 60
    s.text((60, y), "Shortages or damage must be reported within 5 days.", ARIAL, 22)
    y += 90
    pen(s, (60, y), "rcvd 11/12 MO", rng, size=38)
    s.text((60, 1350), "Thank you for your business!", ARIAL, 22)
    return as_phone_photo(s.img, "s10")


def screenshot_service_app() -> bytes:
    """s34: a phone screenshot of a technician's work-order app."""
    W, H = 828, 1792
    img = Image.new("RGB", (W, H), (242, 243, 247))
    d = ImageDraw.Draw(img)
    d.text((40, 22), "10:41", font=font(ARIAL_B, 30), fill=(0, 0, 0))
    d.text((640, 22), "5G  84%", font=font(ARIAL_B, 26), fill=(0, 0, 0))
    d.rectangle((0, 80, W, 200), fill=(33, 92, 158))
    d.text((30, 100), "<  WO-22871", font=font(ARIAL_B, 38), fill=(255, 255, 255))
    d.text(
        (30, 152),
        "Brookside Condos - boiler room",
        font=font(ARIAL, 28),
        fill=(220, 230, 245),
    )
    tabs = ["Details", "Materials", "Photos", "Notes"]
    for i, t in enumerate(tabs):
        x = 20 + i * 200
        colour = (33, 92, 158) if t == "Materials" else (120, 120, 120)
        d.text((x + 20, 225), t, font=font(ARIAL_B, 28), fill=colour)
    d.line((220, 270, 400, 270), fill=(33, 92, 158), width=5)
    d.text(
        (30, 300),
        "Supplier PO: PO-77790 (Tillman & Royce)",
        font=font(ARIAL, 27),
        fill=(70, 70, 70),
    )
    cards = [
        ("PIP-CU-L-100-20", '1" type L copper, 20 ft', "Used: 6", "OK", (46, 139, 87)),
        ("FTG-CU-E90-100", '1" copper 90 elbow', "Used: 48", "OK", (46, 139, 87)),
        ("VLV-1005-BV", '1" brass ball valve', "Used: 12", "FAILED: 3", (200, 40, 40)),
    ]
    y = 360
    for sku, desc, used, status, colour in cards:
        d.rounded_rectangle(
            (24, y, W - 24, y + 210),
            radius=18,
            fill=(255, 255, 255),
            outline=(220, 220, 225),
        )
        d.rectangle((24, y + 18, 34, y + 192), fill=colour)
        d.text((60, y + 24), sku, font=font(ARIAL_B, 34), fill=(20, 20, 20))
        d.text((60, y + 74), desc, font=font(ARIAL, 28), fill=(90, 90, 90))
        d.text((60, y + 124), used, font=font(ARIAL, 30), fill=(20, 20, 20))
        d.text((470, y + 124), status, font=font(ARIAL_B, 32), fill=colour)
        y += 240
    d.rounded_rectangle(
        (24, y, W - 24, y + 170),
        radius=18,
        fill=(255, 246, 246),
        outline=(235, 200, 200),
    )
    d.text((50, y + 24), "Tech note", font=font(ARIAL_B, 28), fill=(150, 30, 30))
    d.text(
        (50, y + 68),
        "3 valves weep at the stem under",
        font=font(ARIAL, 28),
        fill=(40, 40, 40),
    )
    d.text(
        (50, y + 108),
        "pressure, replaced from stock.",
        font=font(ARIAL, 28),
        fill=(40, 40, 40),
    )
    d.rectangle((0, H - 150, W, H), fill=(255, 255, 255))
    for i, t in enumerate(["Jobs", "Schedule", "Scan", "Me"]):
        d.text((60 + i * 200, H - 110), t, font=font(ARIAL, 26), fill=(110, 110, 110))
    d.rounded_rectangle((W // 2 - 130, H - 24, W // 2 + 130, H - 14), radius=5, fill=(0, 0, 0))
    return png_bytes(img.convert("P", palette=Image.ADAPTIVE, colors=64))


def scan_damage_report() -> bytes:
    """s37: a property manager's receiving / damage report, filled in by hand, scanned."""
    s = Sheet(1275, 1650)
    rng = rng_for("s37-pen")
    s.text((70, 70), "HARBOR POINT PROPERTY MANAGEMENT", ARIAL_B, 36)
    s.text((70, 120), "Receiving / Damage Report  (form HP-R2)", ARIAL, 26)
    s.rule(70, 168, 1205, 168, 3)
    fields = [
        ("Property", "Seaview Commons"),
        ("Date received", "12/01/2026"),
        ("Vendor", "Tillman & Royce"),
        ("PO #", "PO-70315"),
        ("Item #", "WH-50G-NG"),
        ("Description", "50 gal gas water heater"),
        ("Qty received", "2"),
        ("Qty damaged", "1"),
    ]
    y = 215
    for label, value in fields:
        s.text((80, y), label, ARIAL_B, 28)
        s.rule(380, y + 38, 1180, y + 38, 2)
        pen(s, (400, y - 6), value, rng, size=38)
        y += 92
    s.text((80, y + 10), "Describe damage:", ARIAL_B, 28)
    pen(s, (110, y + 70), "top of jacket caved in, gas valve knob", rng, size=34)
    pen(s, (110, y + 130), "snapped off. Carton torn on 1 corner.", rng, size=34)
    s.box(70, y + 55, 1205, y + 200, 2)
    y += 260
    s.text((80, y), "Accepted with exception:  YES", ARIAL, 26)
    circle_mark(s, (388, y - 12, 470, y + 40), rng)
    s.text((80, y + 60), "Reported by:", ARIAL_B, 26)
    pen(s, (300, y + 52), "N. Brooks", rng, size=38)
    s.text(
        (80, 1560),
        "Send copy to vendor and to accounting. Keep original in property file.",
        ARIAL,
        20,
    )
    return as_scan(s.img, "s37", levels=10)


# --------------------------------------------------------------------------- the requests

KEYSTONE_LOGO = ("keystone-logo.png", "Keystone Mechanical", (150, 30, 30))
HARBOR_LOGO = ("harborpoint-logo.png", "Harbor Point", (20, 90, 130))


def signature_logo(spec) -> tuple[str, str, bytes, str]:
    name, words, colour = spec
    return (name, "image/png", logo(name, words, colour), f"{name.split('.')[0]}@sig")


def html_wrap(inner: str, font_family: str = "Calibri, sans-serif") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div style="font-family:{font_family};font-size:11pt">\n{inner}\n</div></body></html>\n'
    )


def s01() -> bytes:
    text = """Hi,

Attached is the signed delivery receipt from Monday's ODFL drop on SO-104228
(our PO-60377). The driver wrote up 3 cartons of the acoustic ceiling tile as
crushed and wet.

When we broke the tile pallet down yesterday afternoon there was one more
carton soaked through underneath, so it is 4 cartons damaged in total, not the
3 on the receipt. They are mush and not worth shipping back - OK if we throw
them out here?

The register pallet was fine.

Tess Marquez
Warehouse Lead | Summit HVAC Services
(715) 555-0140
"""
    return compose(
        "s01",
        client="thunderbird",
        sender="Tess Marquez <tmarquez@summithvac.net>",
        subject="Damaged tile on SO-104228 - delivery receipt attached",
        date="Wed, 4 Nov 2026 08:12:40 -0600",
        text=text,
        files=(("DR_07183-344120.pdf", "application/pdf", pdf_delivery_receipt()),),
    )


def s02() -> bytes:
    text = """BRADFORD THERMAL PRODUCTS - DISTRIBUTOR BULLETIN, NOVEMBER 2026

1. TST-7500-PRO firmware 4.2
Units that drop off Wi-Fi after a router change are not defective. Update to
4.2 from the installer app before you send anything back on an RGA.

2. Freight claims on water heaters
Heaters damaged in transit are a carrier matter: note the damage on the
delivery receipt and keep the carton. Our RGA desk cannot accept crushed
units without the carrier's inspection number.

3. 2027 price file
List prices on WH-50G-NG and WH-40G-EL rise 3.5% on January 4. The new file
is on the partner portal.

4. Holiday shipping
Last stock orders for December delivery ship December 18.

You receive this bulletin as an authorized Bradford distributor.
Manage preferences: https://news.bradfordthermal.com/prefs
"""
    html = html_wrap(
        '<h2 style="color:#b4441c">Distributor Bulletin &middot; November 2026</h2>\n'
        "<h3>TST-7500-PRO firmware 4.2</h3>\n"
        "<p>Units that drop off Wi-Fi after a router change are <b>not defective</b>. Update to 4.2 "
        "from the installer app before you send anything back on an RGA.</p>\n"
        "<h3>Freight claims on water heaters</h3>\n"
        "<p>Heaters damaged in transit are a carrier matter: note the damage on the delivery "
        "receipt and keep the carton. Our RGA desk cannot accept crushed units without the "
        "carrier's inspection number.</p>\n"
        "<h3>2027 price file</h3>\n"
        "<p>List prices on WH-50G-NG and WH-40G-EL rise 3.5% on January 4.</p>\n"
        "<h3>Holiday shipping</h3>\n<p>Last stock orders for December delivery ship December 18.</p>\n"
        '<p style="font-size:8pt;color:#777">You receive this bulletin as an authorized Bradford '
        'distributor. <a href="https://news.bradfordthermal.com/prefs">Manage preferences</a></p>',
        "Arial, sans-serif",
    )
    return compose(
        "s02",
        client="bulk",
        sender="Bradford Thermal Products <news@bradfordthermal.com>",
        subject="Distributor Bulletin: stat firmware, freight claims, 2027 prices",
        date="Thu, 5 Nov 2026 06:30:00 -0500",
        text=text,
        html=html,
        to="returns@distributor.example",
    )


def s03() -> bytes:
    text = """Good morning,

Receiving log for PO-77812 is attached (the RL truck last Thursday, the 5th).
Two lines came out with a variance - see the +/- column. Please credit us for
the short line. The extra line we don't need; tell us if you want it picked
up or shipped back.

The PRVs and PEX on the second truck checked in fine on Friday.

Marcus Feld
Receiving Supervisor
Keystone Mechanical Contractors
"""
    return compose(
        "s03",
        client="outlook",
        sender="Marcus Feld <mfeld@keystonemech.com>",
        subject="PO-77812 receiving variances",
        date="Mon, 9 Nov 2026 07:48:05 -0500",
        text=text,
        files=(
            (
                "RCV_PO-77812_20261105.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx_receiving_log(),
            ),
        ),
    )


def s04() -> bytes:
    text = """You have received a document from SUMMIT-WHSE-MFP.

Pages: 1
Sender: 7155550142 (SUMMIT HVAC WHSE)
Received: 11/09/2026 10:27

Attachment: FAX_20261109_102711.png
"""
    return compose(
        "s04",
        client="mfp",
        sender="SUMMIT-WHSE-MFP <scan-fax@summithvac.net>",
        subject="Fax from 7155550142 - RECEIVING DISCREPANCY",
        date="Mon, 9 Nov 2026 10:31:12 -0600",
        text=text,
        files=(("FAX_20261109_102711.png", "image/png", fax_discrepancy()),),
    )


def s05() -> bytes:
    text = """Hello,

SO-104235 arrived Friday on the ODFL truck. One of the four circulator pumps
(PMP-CIRC-015) was crushed - the end of the carton was folded in and the pump
volute is cracked. The driver noted it on the BOL.

Please credit the one pump. The other three are fine. We are holding the
broken one here until you tell us where it should go.

Regards,

Tom Morales
Project Manager
Keystone Mechanical Contractors
"""
    html = html_wrap(
        "<p>Hello,</p>\n"
        "<p>SO-104235 arrived Friday on the ODFL truck. One of the four circulator pumps "
        "(PMP-CIRC-015) was crushed - the end of the carton was folded in and the pump volute "
        "is cracked. The driver noted it on the BOL.</p>\n"
        "<p>Please credit the one pump. The other three are fine. We are holding the broken one "
        "here until you tell us where it should go.</p>\n"
        "<p>Regards,</p>\n<p><b>Tom Morales</b><br>Project Manager<br>"
        "Keystone Mechanical Contractors<br>"
        '<img src="cid:keystone-logo@sig" width="150" height="35" alt="Keystone Mechanical"></p>'
    )
    return compose(
        "s05",
        client="outlook",
        sender="Tom Morales <tmorales@keystonemech.com>",
        subject="SO-104235 - crushed circulator",
        date="Tue, 10 Nov 2026 08:05:31 -0500",
        text=text,
        html=html,
        inline=(signature_logo(KEYSTONE_LOGO),),
    )


def s06() -> bytes:
    text = """Hi there,

Our RA request for PO-24519 is attached - two lines on it this time.
Please send the RA number when you have it.

Thanks!
Karen

Karen Liu | Office Manager
Riverbend Plumbing & Heating
"""
    return compose(
        "s06",
        client="apple",
        sender="Karen Liu <office@riverbendph.com>",
        subject="RA request - PO-24519",
        date="Tue, 10 Nov 2026 09:20:48 -0500",
        text=text,
        files=(("RA-Request_PO-24519.pdf", "application/pdf", pdf_ra_request()),),
    )


def s07() -> bytes:
    text = """Hi,

Ramon picked up SO-104240 at will call on Friday and we found two problems
when he unloaded at the job. I scanned the pick ticket, he wrote on it what
was wrong.

We need the right pipe this week if possible.

Thanks,
Rosa
"""
    return compose(
        "s07",
        client="gmail",
        sender="Rosa Delgado <rosa@delgadoplumbing.com>",
        subject="problems with will call SO-104240",
        date="Tue, 10 Nov 2026 11:47:09 -0600",
        text=text,
        files=(("scan_0042.png", "image/png", scan_will_call()),),
    )


def s08() -> bytes:
    rows = [
        (
            "HVC-REG-1006-W",
            "10x6 floor register, white",
            "60",
            "60",
            "Wrong item - 20 of them are 10x4",
            "20",
        ),
        (
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filters (cs/12)",
            "24",
            "24",
            "Damaged - cases soaked through, filters warped",
            "15",
        ),
        ("TST-2100-NP", "Non-programmable thermostat", "10", "10", "none", "0"),
    ]
    head = ("Item", "Description", "Ordered", "Delivered", "Problem", "Qty affected")
    cells = "".join(
        f'<th style="border:1px solid #999;padding:4px;background:#dbe5f1">{h}</th>' for h in head
    )
    body_rows = "\n".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:4px">{v}</td>' for v in r)
        + "</tr>"
        for r in rows
    )
    html = html_wrap(
        "<p>Hello,</p>\n"
        "<p>Monday's delivery for PO-70231 (your truck) had two problems. Summary from our "
        "work order:</p>\n"
        f'<table style="border-collapse:collapse;font-size:10pt">\n<tr>{cells}</tr>\n{body_rows}\n</table>\n'
        "<p>Please send 20 of the right registers and take the 10x4s back. The wet filters "
        "can't go into the units.</p>\n"
        "<p>Luis Ortega<br>Maintenance Supervisor<br>Harbor Point Property Management</p>"
    )
    text = "Hello,\n\nMonday's delivery for PO-70231 (your truck) had two problems. Summary from our\nwork order:\n\n"
    text += "\t".join(head) + "\n"
    text += "\n".join("\t".join(r) for r in rows) + "\n\n"
    text += (
        "Please send 20 of the right registers and take the 10x4s back. The wet filters\n"
        "can't go into the units.\n\nLuis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n"
    )
    return compose(
        "s08",
        client="outlook",
        sender="Luis Ortega <maintenance@harborpointpm.com>",
        subject="PO-70231 delivery problems",
        date="Thu, 12 Nov 2026 09:02:17 -0600",
        text=text,
        html=html,
    )


def s09() -> bytes:
    text = """Hi,

Following up on the discrepancy report our warehouse faxed Monday for
PO-60418. We are still short 4 of the TST-2100-NP thermostats and I haven't
seen a credit or a reply. Please credit the 4 or let me know they are on a
truck.

Raj

Sent from my iPhone
"""
    return compose(
        "s09",
        client="iphone",
        sender="Raj Patel <raj.patel@summithvac.net>",
        subject="PO-60418 - still short thermostats",
        date="Thu, 12 Nov 2026 13:40:55 -0600",
        text=text,
    )


def s10() -> bytes:
    text = """pic of the packing slip for SO-104243, marked up what's wrong. boxes were
crushed in the RL trailer and one line came in heavy. let me know what you
need from us

mike

Sent from my Galaxy
"""
    return compose(
        "s10",
        client="samsung",
        sender="Mike O'Brien <mike.obrien@riverbendph.com>",
        subject="SO-104243",
        date="Fri, 13 Nov 2026 07:15:22 -0500",
        text=text,
        files=(("20261113_071022.jpg", "image/jpeg", photo_packing_slip()),),
    )


def s11() -> bytes:
    text = """Good morning,

The water heaters and expansion tanks on SO-104241 were delivered Wednesday
by Estes. One of the 2-gallon expansion tanks (WH-EXP-2G) has a deep dent in
the shell and the inlet threads are bent - the carton was torn open on that
corner when it came off the truck. Please credit the one dented tank, or
replace it.

The heaters and the other two tanks are fine.

Thank you,
Nadia Brooks
Property Manager | Harbor Point Property Management
"""
    html = html_wrap(
        "<p>Good morning,</p>\n"
        "<p>The water heaters and expansion tanks on SO-104241 were delivered Wednesday by Estes. "
        "One of the 2-gallon expansion tanks (WH-EXP-2G) has a deep dent in the shell and the "
        "inlet threads are bent - the carton was torn open on that corner when it came off the "
        "truck. Please credit the one dented tank, or replace it.</p>\n"
        "<p>The heaters and the other two tanks are fine.</p>\n"
        "<p>Thank you,<br>Nadia Brooks<br>Property Manager | Harbor Point Property Management<br>"
        '<img src="cid:harborpoint-logo@sig" width="150" height="35" alt="Harbor Point"></p>'
    )
    return compose(
        "s11",
        client="outlook",
        sender="Nadia Brooks <nbrooks@harborpointpm.com>",
        subject="Dented expansion tank - SO-104241",
        date="Fri, 13 Nov 2026 10:20:03 -0600",
        text=text,
        html=html,
        inline=(signature_logo(HARBOR_LOGO),),
    )


def s12() -> bytes:
    text = """Hi,

On PO-77830 we ordered 40 of the 1-1/2" black malleable unions, FTG-BI-U-150.
The shop opened the carton this morning and 10 of the 40 are 1-1/4" unions.

Please ship 10 of the 1-1/2" size and send an RA for the 1-1/4" ones.

Thanks,
Ellen Voss
Purchasing | Keystone Mechanical Contractors
"""
    return compose(
        "s12",
        client="outlook",
        sender="Ellen Voss <evoss@keystonemech.com>",
        subject="PO-77830 wrong size unions",
        date="Mon, 16 Nov 2026 08:30:44 -0500",
        text=text,
    )


def s13() -> bytes:
    text = """Hello,

Your dispatcher told us 8 am for SO-104246 today. The truck showed up at
2:40 pm. I had a man standing at the dock all day waiting for it.

Everything on the truck came in fine and we are keeping all of it - nothing
damaged, nothing missing, this is not about the material. But I need a call
when a delivery is going to be six hours late.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return compose(
        "s13",
        client="outlook",
        sender="Luis Ortega <maintenance@harborpointpm.com>",
        subject="Delivery today was 6 hours late",
        date="Mon, 16 Nov 2026 15:05:26 -0600",
        text=text,
    )


def s14() -> bytes:
    text = """Hello,

We have 8 ball valves 3/4 sweat, VLV-0075-BV, from the Linden Ave job
(PO-40917) that we not need anymore, the customer change to PEX. They are
new in the box. Is possible to return them for credit?

Thank you
Héctor Delgado
Delgado & Sons Plumbing
"""
    return compose(
        "s14",
        client="gmail",
        sender="=?UTF-8?Q?H=C3=A9ctor_Delgado?= <hector@delgadosons.com>",
        subject="return ball valves PO-40917",
        date="Tue, 17 Nov 2026 08:50:37 -0600",
        text=text,
    )


def s15() -> bytes:
    text = """Hello,

Our three-way match run flagged invoice INV-88098. The exceptions export is
attached; the PRICE HOLD line on INV-88098 is the only one for you (the other
holds are other vendors). Please issue a credit memo for the difference so
we can release the invoice.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return compose(
        "s15",
        client="outlook",
        sender="Dana Ruiz <ap@keystonemech.com>",
        subject="Price hold - INV-88098",
        date="Tue, 17 Nov 2026 10:12:09 -0500",
        text=text,
        files=(("AP_match_exceptions_20261117.csv", "text/csv", csv_ap_exceptions()),),
    )


def s16() -> bytes:
    text = """Hi,

Return list for SO-104244 is attached. Two lines are going back to you, the
reasons are in the Why column. The filter cases need to be replaced with
real MERV 11s, we have a maintenance contract that specifies them.

Darnell Fisk
Service Manager, Summit HVAC Services
"""
    return compose(
        "s16",
        client="outlook",
        sender="Darnell Fisk <dfisk@summithvac.net>",
        subject="SO-104244 returns",
        date="Wed, 18 Nov 2026 09:45:50 -0600",
        text=text,
        files=(
            (
                "SO-104244 return list.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx_job_returns(),
            ),
        ),
    )


def s17() -> bytes:
    text = """Can you get this straightened out for us? PO-77731.

Tom

-----Original Message-----
From: Ray Cordova <rcordova@keystonemech.com>
Sent: Wednesday, November 18, 2026 3:52 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: PEX couplings on 77731

Tom,

Opened the last carton of PEX crimp couplings from the October delivery
(PO-77731). 5 of the bags are 3/4" couplings, not 1/2". The bag labels say
FTG-PEX-CPL-050 but what's inside is 3/4. Can't use them on this job. The
other 15 bags are right.

Ray
"""
    return compose(
        "s17",
        client="outlook",
        sender="Tom Morales <tmorales@keystonemech.com>",
        subject="FW: PEX couplings on 77731",
        date="Thu, 19 Nov 2026 08:20:14 -0500",
        text=text,
    )


def s18() -> bytes:
    text = """Hi,

One of the pressure reducing valves from invoice INV-88112 is defective:

* VLV-0750-PRV - qty 1 - won't regulate, creeps up to 90 psi even with the
  adjustment all the way down. Installed on the Pruett St house last week.

The other five are fine. Can you credit it? We replaced it already.

Thanks,
Rosa
"""
    html = (
        '<div dir="ltr"><div>Hi,</div><div><br></div>'
        "<div>One of the pressure reducing valves from invoice <b>INV-88112</b> is defective:</div>"
        "<ul><li><b>VLV-0750-PRV</b> - qty <b>1</b> - won&#39;t regulate, creeps up to 90 psi even "
        "with the adjustment all the way down. Installed on the Pruett St house last week.</li></ul>"
        "<div>The other five are fine. Can you credit it? We replaced it already.</div>"
        "<div><br></div><div>Thanks,</div><div>Rosa</div></div>\n"
    )
    return compose(
        "s18",
        client="gmail",
        sender="Rosa Delgado <rosa@delgadoplumbing.com>",
        subject="bad PRV - INV-88112",
        date="Thu, 19 Nov 2026 12:30:28 -0600",
        text=text,
        html=html,
    )


def s19() -> bytes:
    text = """Hi,

Just confirming we received credit memo CM-30417 ($73.75) for the short
elbows on PO-77812. We'll take it on next week's payment run.

Thanks for the quick turnaround on that one.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return compose(
        "s19",
        client="outlook",
        sender="Dana Ruiz <ap@keystonemech.com>",
        subject="Thank you - CM-30417",
        date="Thu, 19 Nov 2026 15:05:40 -0500",
        text=text,
    )


def s20() -> bytes:
    text = """Please credit these two, SO-104238. Thanks.

Raj

________________________________
From: Glen Ahn <gahn@summithvac.net>
Sent: Thursday, November 19, 2026 4:18 PM
To: Raj Patel <raj.patel@summithvac.net>
Subject: dead stats - Oakmont

Raj - put in 6 of the Wi-Fi programmable stats (TST-7500-PRO) from SO-104238
at Oakmont today. 2 of them are DOA: screen powers up and goes blank, a reset
doesn't help, swapped the wiring with a good one and the same two stay dead.
Pulled them and bagged them, they're in the truck.

Glen
"""
    return compose(
        "s20",
        client="outlook",
        sender="Raj Patel <raj.patel@summithvac.net>",
        subject="FW: dead stats - Oakmont",
        date="Fri, 20 Nov 2026 07:40:02 -0600",
        text=text,
    )


def s21() -> bytes:
    text = """Hello,

I'm the foreman for Riverbend Plumbing on the Elm St apartments job. On your
order SO-104243, the 3/4" pressure reducing valves VLV-0750-PRV: 2 of the
boxes are labeled 3/4 but the valves inside are 1/2" PRVs. Wrong part, they
don't fit our 3/4 lines. Can you swap the 2 for the right ones? Our office is
Karen Liu if you need the paperwork.

Bo Ruskin
cell 555-0177
"""
    return compose(
        "s21",
        client="yahoo",
        sender="Bo Ruskin <bo.ruskin77@yahoo.com>",
        subject="wrong PRVs in boxes SO-104243",
        date="Fri, 20 Nov 2026 12:10:33 -0500",
        text=text,
    )


def s22() -> bytes:
    return b"""LAKEVIEW BOILER & HYDRONICS
Service report 11-4471

Site ........... Wexford Commons, mechanical room B
Equipment ...... supplied by Tillman & Royce, order SO-104201
                 (installed by Keystone Mechanical, October 2025)

Finding
  Zone 3 circulator PMP-CIRC-015 is seized: motor hums, shaft will not turn.
  Pump is defective.   Qty: 1

Action
  Replaced with a pump from our van stock. The failed pump is tagged and
  can be returned. Please advise on warranty credit.

Tech: Owen Hatch
"""


def s23() -> bytes:
    text = """Hi,

We do the HVAC service for Harbor Point Property Management at their Bayview
building and put in the thermostats from Harbor Point's order SO-104239 there
on Friday. Two of them were dead out of the box - our service ticket is
attached. Harbor Point asked us to work it out with you directly.

Raj Patel
Operations Manager | Summit HVAC Services
"""
    return compose(
        "s23",
        client="outlook",
        sender="Raj Patel <raj.patel@summithvac.net>",
        subject="DOA thermostats - Harbor Point Bayview, SO-104239",
        date="Mon, 23 Nov 2026 09:10:19 -0600",
        text=text,
        files=(("ST-40872.pdf", "application/pdf", pdf_service_ticket()),),
    )


def s24() -> bytes:
    text = """Hello,

The Westbrook Middle School project was cancelled by the district last week.
We no longer need the 3" RPZ backflow assembly, BFP-RPZ-300-SO, 1 ea, from
SO-104222. It is still in the crate and was never installed. Please send an
RA so we can return it for credit.

We will keep the two check valves from the same order.

Dev Kapoor
Project Manager
Riverbend Plumbing & Heating
"""
    return compose(
        "s24",
        client="thunderbird",
        sender="Dev Kapoor <dkapoor@riverbendph.com>",
        subject="SO-104222 - RPZ return, job cancelled",
        date="Mon, 23 Nov 2026 11:30:47 -0500",
        text=text,
    )


def s25() -> bytes:
    text = """Hello,

Please see the attached credit request for invoice INV-88133.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
"""
    return compose(
        "s25",
        client="outlook",
        sender="Dana Ruiz <ap@keystonemech.com>",
        subject="Credit request - INV-88133",
        date="Tue, 24 Nov 2026 09:00:36 -0500",
        text=text,
        files=(("Credit request INV-88133.pdf", "application/pdf", pdf_credit_letter()),),
    )


def s26() -> bytes:
    text = """Hi,

Could you quote the following, delivered to our shop:

  6 x VLV-0750-PRV
  2 x BFP-RPZ-300-SO (3" RPZ)
  100 x FTG-PVC-T-200

And the lead time on the RPZs please - the last one took three weeks.

Thanks!
Karen

Karen Liu | Office Manager
Riverbend Plumbing & Heating
"""
    return compose(
        "s26",
        client="apple",
        sender="Karen Liu <office@riverbendph.com>",
        subject="Quote request - PRVs, RPZ, tees",
        date="Tue, 24 Nov 2026 14:10:11 -0500",
        text=text,
    )


def s27() -> bytes:
    text = """Hi,

One of the condensate pumps (HVC-CND-PUMP) we got on PO-60418 quit after two
weeks - float switch stuck, pump won't kick on, water overflowed the pan.
1 pc defective. I have it in the van, how do you want it back?

Glen Ahn
Summit HVAC Services

Get Outlook for Android
"""
    return compose(
        "s27",
        client="outlook",
        sender="Glen Ahn <gahn@summithvac.net>",
        subject="bad condensate pump PO 60418",
        date="Wed, 25 Nov 2026 08:15:58 -0600",
        text=text,
    )


def s28() -> bytes:
    text = """Hi,

We have 4 lengths of the 1" type L copper (PIP-CU-L-100-20) left over from
PO-24460. Not needed - the job went to PEX upstairs. They're full 20' sticks,
never cut. Can we send them back?

Thanks,
Karen

Karen Liu | Office Manager
Riverbend Plumbing & Heating
"""
    return compose(
        "s28",
        client="apple",
        sender="Karen Liu <office@riverbendph.com>",
        subject="Return - copper from PO-24460",
        date="Wed, 25 Nov 2026 10:40:24 -0500",
        text=text,
    )


def s29() -> bytes:
    text = """I am out of the office Thursday 11/26 through Monday 11/30 for the holiday,
with limited access to email.

For invoice or payment questions please write to ap-backup@summithvac.net.
For returns or damaged shipments call our warehouse at (715) 555-0140.

Linda Chu
Accounts Payable, Summit HVAC Services
"""
    return compose(
        "s29",
        client="outlook",
        sender="Linda Chu <ap@summithvac.net>",
        subject="Automatic reply: Your case for PO-60418",
        date="Fri, 27 Nov 2026 07:00:09 -0600",
        text=text,
        reply_to_id="<case-ack.60418.7731@distributor.example>",
        headers=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
    )


def s30() -> bytes:
    form = {
        "order_number": "SO-104246",
        "lines": [{"sku": "VLV-0075-BV", "quantity": 2, "reason": "OVERSHIPPED"}],
        "note": "Bayview maintenance shop: counted 14 of the 3/4 ball valves on the shelf, the "
        "packing list says 12. The 2 extra valves are bagged for your driver to pick up.",
    }
    return (json.dumps(form, indent=2) + "\n").encode()


def s31() -> bytes:
    text = """Hi,

We are installing the floor registers from PO-70296 (delivered 11/16) in
building C this week, and 6 of them came out of the cartons bent and dented
on the face - they look crushed. Please credit 6 x HVC-REG-1006-W.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    html = html_wrap(
        "<p>Hi,</p>\n<p>We are installing the floor registers from PO-70296 (delivered 11/16) in "
        "building C this week, and 6 of them came out of the cartons bent and dented on the face - "
        "they look crushed. Please credit 6 x HVC-REG-1006-W.</p>\n"
        "<p>Luis Ortega<br>Maintenance Supervisor<br>Harbor Point Property Management<br>"
        '<img src="cid:harborpoint-logo@sig" width="150" height="35" alt="Harbor Point"></p>'
    )
    return compose(
        "s31",
        client="outlook",
        sender="Luis Ortega <maintenance@harborpointpm.com>",
        subject="Bent registers PO-70296",
        date="Mon, 30 Nov 2026 08:25:42 -0600",
        text=text,
        html=html,
        inline=(signature_logo(HARBOR_LOGO),),
    )


def s32() -> bytes:
    text = """Hello,

Attached is the close-out material report for Elm St (our PO-24530).
Everything marked RTV in the disposition column goes back to you - the job
came in well under on the 1" ball valves. Please send an RA.

Dev Kapoor
Project Manager
Riverbend Plumbing & Heating
"""
    return compose(
        "s32",
        client="thunderbird",
        sender="Dev Kapoor <dkapoor@riverbendph.com>",
        subject="Elm St close-out - surplus return",
        date="Mon, 30 Nov 2026 13:15:06 -0500",
        text=text,
        files=(("EL-2611_closeout.csv", "text/csv", csv_closeout()),),
    )


def s33() -> bytes:
    text = """Hi,

The 2 gal expansion tank (WH-EXP-2G) from SO-104202 that we put in at the
Hadley house last October failed - the bladder is ruptured, the tank is
waterlogged and the relief valve keeps popping. 1 tank defective. Can we get
a warranty credit on it?

Thanks,
Rosa
"""
    return compose(
        "s33",
        client="gmail",
        sender="Rosa Delgado <rosa@delgadoplumbing.com>",
        subject="expansion tank failed - SO-104202",
        date="Tue, 1 Dec 2026 09:05:13 -0600",
        text=text,
    )


def s34() -> bytes:
    text = """Carl from service. Screenshot from the work order for PO 77790 - see the
red one, they weep at the stem on a brand new install. Replace or credit,
whichever is faster.

Get Outlook for iOS
"""
    return compose(
        "s34",
        client="outlook",
        sender="Carl Jensen <cjensen@keystonemech.com>",
        subject="failed valves",
        date="Tue, 1 Dec 2026 10:50:29 -0500",
        text=text,
        files=(("IMG_4471.PNG", "image/png", screenshot_service_app()),),
    )


def s35() -> bytes:
    text = """Hi,

On SO-104233 we have 2 of the six 3/4" PEX-A 300' coils (PIP-PEX-075-300)
that we no longer need - the owner switched the third-floor radiant to
copper. Both are still sealed in the original wrap. Please send an RA.

Tom Morales
Project Manager
Keystone Mechanical Contractors
"""
    return compose(
        "s35",
        client="outlook",
        sender="Tom Morales <tmorales@keystonemech.com>",
        subject="SO-104233 - return 2 PEX coils",
        date="Wed, 2 Dec 2026 08:10:51 -0500",
        text=text,
    )


def s36() -> bytes:
    text = """Hello,

Invoice INV-88141 bills the 1" ball valves, VLV-1005-BV, qty 24, at $16.20
each. Our price per your quote Q-55120 is $14.90. Please issue a credit for
the difference ($31.20) or send a corrected invoice.

Shauna Pike
Accounts Payable
Riverbend Plumbing & Heating
"""
    return compose(
        "s36",
        client="outlook",
        sender="Shauna Pike <spike@riverbendph.com>",
        subject="Pricing discrepancy INV-88141",
        date="Wed, 2 Dec 2026 11:20:35 -0500",
        text=text,
    )


def s37() -> bytes:
    text = """Hello,

Please see the attached damage report from our Seaview Commons property.
The PO is on the form.

Nadia Brooks
Property Manager | Harbor Point Property Management
"""
    return compose(
        "s37",
        client="outlook",
        sender="Nadia Brooks <nbrooks@harborpointpm.com>",
        subject="Damage report - Seaview Commons",
        date="Thu, 3 Dec 2026 09:30:44 -0600",
        text=text,
        files=(("Scan_20261203_0921.png", "image/png", scan_damage_report()),),
    )


def s38() -> bytes:
    text = """Remittance advice - Delgado & Sons Plumbing

Check no. 4471, dated 12/03/2026, mailed today.

  Invoice      Date         Amount
  INV-88070    10/07/2026   $1,242.00
  INV-88165    11/06/2026   $1,193.80
                            ---------
  Total                     $2,435.80

Thank you,
Rosa
"""
    return compose(
        "s38",
        client="gmail",
        sender="Rosa Delgado <rosa@delgadoplumbing.com>",
        subject="Remittance - check 4471",
        date="Thu, 3 Dec 2026 14:00:18 -0600",
        text=text,
    )


def s39() -> bytes:
    return b"""PRUITT HOME REMODELING
Job JB-2291 - Carver residence, basement bath

To: Tillman & Royce, returns

Two of the 2" bronze gate valves (VLV-2210-BR) we bought for this job were
damaged when we opened the box: one handle snapped off, one body cracked at
the bonnet. Qty 2. Please credit our account.

Joe Pruitt
"""


def s40() -> bytes:
    text = """Hi,

Could you send me the signed proof of delivery for the second shipment on
SO-104233 (the Estes one on 11/6)? Our GC's accounting wants it for the
pay application. No problem with the material, just paperwork.

Thanks,
Tom Morales
Project Manager
Keystone Mechanical Contractors
"""
    return compose(
        "s40",
        client="outlook",
        sender="Tom Morales <tmorales@keystonemech.com>",
        subject="POD for SO-104233 second truck",
        date="Fri, 4 Dec 2026 08:45:03 -0500",
        text=text,
    )


REQUESTS = (
    ("s01-summit-delivery-receipt-tiles.eml", s01),
    ("s02-bradford-newsletter.eml", s02),
    ("s03-keystone-receiving-xlsx-elbows-gatevalves.eml", s03),
    ("s04-summit-fax-discrepancy-stats-filters.eml", s04),
    ("s05-keystone-circulator-crushed.eml", s05),
    ("s06-riverbend-ra-form-ballvalves-pex.eml", s06),
    ("s07-delgado-willcall-ticket-scan.eml", s07),
    ("s08-harbor-html-registers-filters.eml", s08),
    ("s09-summit-resend-stats-short.eml", s09),
    ("s10-riverbend-photo-packing-slip.eml", s10),
    ("s11-harbor-expansion-tank-dented.eml", s11),
    ("s12-keystone-wrong-unions.eml", s12),
    ("s13-harbor-late-truck-complaint.eml", s13),
    ("s14-delgado-ballvalves-leftover.eml", s14),
    ("s15-keystone-ap-variance-csv.eml", s15),
    ("s16-summit-xlsx-filters-pumps.eml", s16),
    ("s17-keystone-fwd-receiver-pex-couplings.eml", s17),
    ("s18-delgado-html-prv-failed.eml", s18),
    ("s19-keystone-thanks-credit.eml", s19),
    ("s20-summit-fwd-tech-thermostats.eml", s20),
    ("s21-foreman-yahoo-wrong-prv.eml", s21),
    ("s22-upload-boiler-service-circulator.txt", s22),
    ("s23-summit-service-ticket-harbor-order.eml", s23),
    ("s24-riverbend-rpz-cancelled-job.eml", s24),
    ("s25-keystone-credit-letter-cnd-pumps.eml", s25),
    ("s26-riverbend-quote-request.eml", s26),
    ("s27-summit-pump-wrong-po.eml", s27),
    ("s28-riverbend-copper-leftover.eml", s28),
    ("s29-summit-holiday-autoreply.eml", s29),
    ("s30-portal-extra-ball-valves.json", s30),
    ("s31-harbor-registers-late.eml", s31),
    ("s32-riverbend-closeout-csv-ballvalves.eml", s32),
    ("s33-delgado-old-expansion-tank.eml", s33),
    ("s34-keystone-app-screenshot-ballvalves.eml", s34),
    ("s35-keystone-pex-coils-not-needed.eml", s35),
    ("s36-riverbend-price-dispute-ballvalves.eml", s36),
    ("s37-harbor-scan-incident-unknown-po.eml", s37),
    ("s38-delgado-remittance.eml", s38),
    ("s39-upload-remodeler-no-order.txt", s39),
    ("s40-keystone-pod-copy-question.eml", s40),
)


def main(argv: list[str]) -> None:
    target = Path(argv[1]) if len(argv) > 1 else HERE / "requests"
    target.mkdir(parents=True, exist_ok=True)
    for filename, build in REQUESTS:
        (target / filename).write_bytes(build())
    print(f"wrote {len(REQUESTS)} files to {target}")


if __name__ == "__main__":
    main(sys.argv)
