"""Build every request file of heldout39 (37 emails, 1 portal form, 2 text uploads).

    .venv/bin/python sample_docs/heldout39/make_attachments.py [OUT_DIR]

OUT_DIR defaults to the requests/ folder next to this file; the script runs from any
directory. It needs numpy, Pillow, fpdf2 and openpyxl (the project's .venv has them) and
the DejaVu / Liberation TrueType fonts under /usr/share/fonts/truetype.

Nothing here reads the clock or an unseeded random source. Each picture has its own
seed (PICTURE_SEEDS); Date headers, Message-IDs and MIME boundaries come from the plan
below; PDF creation dates, workbook properties and zip entry times are pinned. Two runs
give the same bytes.

How the pictures are made (all drawn here):
- typed text with the system fonts onto a "paper" image;
- handwriting: each word is set in an italic or oblique face, thickened or thinned,
  turned a little, then bent by a smooth random displacement field (an elastic warp
  done with numpy), and laid down in ink with a grain;
- a fax: the page rendered at fax resolution, thresholded to black and white with
  speckle, a slight skew and the sending machine's header line;
- a phone photo: the page pasted onto a surface (workbench, desk, clipboard), skewed
  through a quadrilateral mapping, lit by a soft spot with a fall-off, with sensor
  noise, a touch of blur and JPEG compression;
- a scan: the page turned on the glass, a lid-edge shadow along the top, a faint
  streak from the glass, then 32 grey levels (or a 64-colour palette) and PNG;
- screenshots: user interfaces drawn as flat pixels (PNG).
"""

import base64
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent
TTF = Path("/usr/share/fonts/truetype")

PICTURE_SEEDS = {
    "s01": 3901,
    "s05": 3906,
    "s07": 3907,
    "s09": 3910,
    "s22": 3922,
    "s26": 3926,
    "s37": 3938,
}

FACES = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-bold": "dejavu/DejaVuSans-Bold.ttf",
    "sans-cond": "dejavu/DejaVuSansCondensed.ttf",
    "sans-cond-bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono-bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serif-bold": "dejavu/DejaVuSerif-Bold.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf",
    "lib-bold": "liberation/LiberationSans-Bold.ttf",
    "lib-narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "lib-narrow-bold": "liberation/LiberationSansNarrow-Bold.ttf",
    "lib-mono": "liberation/LiberationMono-Regular.ttf",
    "lib-serif": "liberation/LiberationSerif-Regular.ttf",
    "lib-serif-bold": "liberation/LiberationSerif-Bold.ttf",
    # faces the handwriting is made from
    "hand-a": "liberation/LiberationSans-Italic.ttf",
    "hand-b": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "hand-c": "liberation/LiberationSansNarrow-Italic.ttf",
    "hand-d": "dejavu/DejaVuSans-Oblique.ttf",
    "hand-e": "liberation/LiberationSans-BoldItalic.ttf",
}
_LOADED: dict = {}


def ttf(name: str, size: int) -> ImageFont.FreeTypeFont:
    """A TrueType face at a pixel size (Pillow's own face if the file is missing)."""
    key = (name, size)
    if key not in _LOADED:
        path = TTF / FACES[name]
        if path.exists():
            _LOADED[key] = ImageFont.truetype(str(path), size)
        else:
            _LOADED[key] = ImageFont.load_default(size=size)
    return _LOADED[key]


# ====================================================================== paper


class Paper:
    """A page to print and write on, in pixels."""

    def __init__(self, width: int, height: int, colour=(255, 255, 255)) -> None:
        self.img = Image.new("RGB", (width, height), colour)
        self.pen = ImageDraw.Draw(self.img)

    @property
    def size(self):
        return self.img.size

    def print(self, xy, text, face="lib", size=24, colour=(20, 20, 20), anchor="la"):
        self.pen.text(xy, text, font=ttf(face, size), fill=colour, anchor=anchor)

    def span(self, text, face="lib", size=24) -> float:
        return self.pen.textlength(text, font=ttf(face, size))

    def line(self, x0, y0, x1, y1, colour=(30, 30, 30), width=2):
        self.pen.line([(x0, y0), (x1, y1)], fill=colour, width=width)

    def frame(self, x0, y0, x1, y1, colour=(30, 30, 30), width=2, fill=None):
        self.pen.rectangle([x0, y0, x1, y1], outline=colour, width=width, fill=fill)

    def fill(self, x0, y0, x1, y1, colour):
        self.pen.rectangle([x0, y0, x1, y1], fill=colour)

    def table(
        self,
        x,
        y,
        widths,
        rows,
        row_h=38,
        face="lib",
        size=20,
        head=None,
        align=None,
        grid=True,
    ):
        """Ruled table; rows[0] is the heading (grid=False: rules between rows only).
        Returns the y of each row's top."""
        tops = []
        right = x + sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            tops.append(top)
            if r == 0 and head:
                self.fill(x, top, right, top + row_h, head)
            cx = x
            for c, (w, cell) in enumerate(zip(widths, row)):
                f = face + "-bold" if r == 0 and face + "-bold" in FACES else face
                if align and align[c] == "r" and r > 0:
                    self.print((cx + w - 8, top + row_h / 2), str(cell), f, size, anchor="rm")
                else:
                    self.print((cx + 7, top + row_h / 2), str(cell), f, size, anchor="lm")
                cx += w
        bottom = y + len(rows) * row_h
        for r in range(len(rows) + 1):
            if grid:
                self.line(x, y + r * row_h, right, y + r * row_h, width=2 if r else 3)
            elif r in (0, 1, len(rows)):
                self.line(x, y + r * row_h, right, y + r * row_h, colour=(90, 90, 90), width=2)
        if not grid:
            return tops
        cx = x
        for w in [0, *widths]:
            cx += w
            self.line(cx, y, cx, bottom)
        return tops


INK_BLUE = (24, 40, 140)
INK_BLACK = (18, 18, 22)
INK_RED = (176, 28, 32)
PENCIL = (70, 70, 74)
FELT_GREEN = (20, 92, 52)


def _smooth_field(rng, shape, cells, amplitude):
    """A smooth random field: coarse noise upsampled bicubically, scaled to +-amplitude."""
    h, w = shape
    coarse = rng.uniform(-1, 1, (max(2, h // cells + 2), max(2, w // cells + 2)))
    img = Image.fromarray(((coarse + 1) * 127.5).astype(np.uint8), "L")
    img = img.resize((w, h), Image.BICUBIC)
    return (np.asarray(img, np.float32) / 127.5 - 1.0) * amplitude


def _elastic(mask: np.ndarray, rng, amplitude: float, cells: int) -> np.ndarray:
    """Bend a grey mask by a smooth displacement field (bilinear resampling)."""
    h, w = mask.shape
    dx = _smooth_field(rng, (h, w), cells, amplitude)
    dy = _smooth_field(rng, (h, w), cells, amplitude)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sx = np.clip(xx + dx, 0, w - 1.001)
    sy = np.clip(yy + dy, 0, h - 1.001)
    x0, y0 = sx.astype(np.int32), sy.astype(np.int32)
    fx, fy = sx - x0, sy - y0
    m = mask.astype(np.float32)
    top = m[y0, x0] * (1 - fx) + m[y0, x0 + 1] * fx
    bottom = m[y0 + 1, x0] * (1 - fx) + m[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def handwrite(
    paper: Paper,
    x,
    y,
    text,
    rng,
    size=34,
    ink=INK_BLUE,
    hand="hand-a",
    weight=1,
    lean=0.0,
    bend=1.6,
    wobble=2.0,
):
    """Write text by hand with its top left near (x, y); returns the x where it ends.

    Word by word: the word is set in an italic face (weight > 0 thickens the strokes,
    like a felt pen), leaned and turned a little, bent by an elastic warp, lifted or
    dropped off the line, and inked with uneven pressure."""
    cursor = float(x)
    base = float(y)
    for word in text.split(" "):
        if not word:
            cursor += size * 0.4
            continue
        face = ttf(hand, int(size * rng.uniform(0.94, 1.07)))
        left, _, right, _ = face.getbbox(word, stroke_width=weight)
        ascent, descent = face.getmetrics()
        pad = int(size * 0.5)
        w, h = right - left + 2 * pad, ascent + descent + 2 * pad
        tile = Image.new("L", (w, h), 0)
        ImageDraw.Draw(tile).text(
            (pad - left, pad + ascent),
            word,
            font=face,
            fill=255,
            stroke_width=weight,
            stroke_fill=255,
            anchor="ls",
        )
        if lean:
            tile = tile.transform(
                tile.size,
                Image.AFFINE,
                (1, lean, -lean * h / 2, 0, 1, 0),
                Image.BICUBIC,
            )
        tile = tile.rotate(rng.uniform(-3.5, 3.5), Image.BICUBIC, expand=False)
        warped = _elastic(np.asarray(tile), rng, bend, max(6, size // 3))
        pressure = _smooth_field(rng, warped.shape, max(8, size // 2), 0.22) + 0.86
        alpha = np.clip(warped * pressure, 0, 255).astype(np.uint8)
        mask = Image.fromarray(alpha, "L")
        dy = rng.uniform(-wobble, wobble)
        paper.img.paste(
            Image.new("RGB", mask.size, ink),
            (int(cursor - pad), int(base - pad + dy)),
            mask,
        )
        cursor += (right - left) + size * rng.uniform(0.34, 0.48)
    return cursor


def scrawl_line(paper: Paper, points, rng, ink=INK_BLUE, width=3):
    """A hand-drawn stroke through points (a tick, an underline, an arrow)."""
    pts = [(px + rng.uniform(-1.5, 1.5), py + rng.uniform(-1.5, 1.5)) for px, py in points]
    paper.pen.line(pts, fill=ink, width=width, joint="curve")


def squiggle(paper: Paper, x, y, rng, length=180, ink=INK_BLUE):
    """Initials or a signature: a quick looping stroke."""
    pts = []
    for i in range(70):
        t = i / 69
        pts.append((x + length * t + 9 * np.sin(t * 31), y + 11 * np.cos(t * 23) - 8 * t))
    scrawl_line(paper, pts, rng, ink, 3)


# ====================================================================== capture


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def as_fax(paper: Paper, seed: int, header: str, skew=0.9) -> bytes:
    """The page as it leaves a fax machine: 1-bit, speckled, a bit crooked, with the
    sending machine's header line across the top."""
    rng = np.random.default_rng(seed)
    img = paper.img.convert("L")
    strip = Image.new("L", (img.width, 46), 255)
    ImageDraw.Draw(strip).text((24, 10), header, font=ttf("lib-mono", 24), fill=0)
    page = Image.new("L", (img.width, img.height + 46), 255)
    page.paste(strip, (0, 0))
    page.paste(img, (0, 46))
    page = page.rotate(skew, Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(page, np.float32)
    arr = arr + rng.normal(0, 24, arr.shape)
    bw = np.where(arr > 150, 255, 0).astype(np.uint8)
    speck = rng.random(bw.shape) < 0.0009
    bw[speck] = 0
    for row in rng.integers(60, bw.shape[0] - 2, 3):  # a few drop-out lines
        bw[row, :] = np.where(rng.random(bw.shape[1]) < 0.5, 255, bw[row, :])
    out = Image.fromarray(bw, "L").convert("1", dither=Image.Dither.NONE)
    return png_bytes(out)


def _surface(rng, size, kind):
    """A background for a phone photo: workbench steel, a desk, a clipboard board."""
    w, h = size
    if kind == "steel":
        base = np.full((h, w, 3), (132, 136, 140), np.float32)
        base += rng.normal(0, 6, (1, w, 1)).astype(np.float32) * np.ones((h, 1, 1), np.float32)
    elif kind == "desk":
        base = np.full((h, w, 3), (168, 130, 92), np.float32)
        grain = _smooth_field(rng, (h, w), 40, 16)[..., None]
        base += grain * np.array([1.0, 0.8, 0.6], np.float32)
    else:  # clipboard hardboard
        base = np.full((h, w, 3), (122, 92, 62), np.float32)
        base += rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    return base


def as_phone_photo(
    paper: Paper,
    seed: int,
    surface="desk",
    out=(1500, 1125),
    cover=0.9,
    quality=82,
    turn=2.0,
) -> bytes:
    """The page photographed from above at a slight angle, on a surface, as a JPEG."""
    rng = np.random.default_rng(seed)
    w, h = out
    canvas = Image.fromarray(np.clip(_surface(rng, out, surface), 0, 255).astype(np.uint8))
    pw, ph = paper.size
    scale = min(w * cover / pw, h * cover / ph)
    small = paper.img.resize((int(pw * scale), int(ph * scale)), Image.LANCZOS)
    angle = rng.uniform(-turn, turn)
    mask = Image.new("L", small.size, 255).rotate(angle, Image.BICUBIC, expand=True, fillcolor=0)
    small = small.rotate(angle, Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    ox = (w - small.width) // 2 + int(rng.integers(-20, 20))
    oy = (h - small.height) // 2 + int(rng.integers(-15, 15))
    shadow = mask.filter(ImageFilter.GaussianBlur(12)).point(lambda v: v * 0.5)
    canvas.paste((35, 30, 26), (ox + 10, oy + 14), shadow)
    canvas.paste(small, (ox, oy), mask)
    # keystone: the far (top) edge takes in more of the scene, so the page narrows there
    k = rng.uniform(0.025, 0.045) * w
    j = [rng.uniform(-6, 6) for _ in range(8)]
    quad = (
        -k + j[0],
        j[1],
        j[2],
        h + j[3],
        w + j[4],
        h + j[5],
        w + k + j[6],
        j[7],
    )
    canvas = canvas.transform(out, Image.QUAD, quad, Image.BICUBIC, fillcolor=(60, 55, 50))
    arr = np.asarray(canvas, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.2, 0.6) * h
    fall = np.hypot((xx - cx) / w, (yy - cy) / h)
    light = 1.08 - 0.42 * fall**1.4
    arr *= light[..., None]
    arr *= np.array(
        rng.choice([[1.0, 0.97, 0.9], [0.95, 0.98, 1.0], [1.0, 0.99, 0.95]]), np.float32
    )
    arr += rng.normal(0, 5.0, arr.shape).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def as_scan(paper: Paper, seed: int, turn=-0.6, grey=True) -> bytes:
    """The page on a flatbed: turned a little, a lid shadow at the top, a streak."""
    rng = np.random.default_rng(seed)
    img = paper.img.rotate(turn, Image.BICUBIC, expand=True, fillcolor=(226, 226, 222))
    bed = Image.new("RGB", (img.width + 36, img.height + 48), (226, 226, 222))
    bed.paste(img, (18, 30))
    arr = np.asarray(bed, np.float32)
    h, w = arr.shape[:2]
    yy = np.arange(h, dtype=np.float32)
    arr *= (1 - 0.3 * np.exp(-yy / 14.0))[:, None, None]
    col = int(rng.integers(w // 5, 4 * w // 5))
    arr[:, col : col + 2] *= 0.93
    arr = 255 * (arr / 255) ** 1.08
    arr += rng.normal(0, 2.6, arr.shape[:2])[..., None].astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.5)
    )
    # a scanner driver's "document" preset: grey levels or a 64-colour palette
    if grey:
        out = ImageOps.posterize(out.convert("L"), 5)
    else:
        out = out.quantize(64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    return png_bytes(out)


# ====================================================================== pictures

DIST = "HALVORSEN PIPE & SUPPLY CO."


def fax_damage_report_s01() -> bytes:
    """s01: Summit's receiving OS&D report, typed, two columns of label and value, faxed."""
    p = Paper(1700, 2000)
    p.print((110, 90), "SUMMIT HVAC SERVICES", "lib-bold", 46)
    p.print(
        (110, 148),
        "Warehouse / Receiving  -  15420 W 99th St, Lenexa KS 66219",
        "lib",
        26,
    )
    p.line(110, 196, 1590, 196, width=4)
    p.print((110, 222), "FREIGHT DAMAGE / OS&D REPORT", "lib-bold", 40)
    p.print((1590, 230), "Form WH-07", "lib", 26, anchor="ra")
    fields = [
        ("To", "Halvorsen Pipe & Supply - Returns"),
        ("Date received", "11/02/2026"),
        ("Carrier", "ODFL"),
        ("PRO number", "0782-226114"),
        ("Pieces on BOL", "2 pallets"),
        ("Supplier order no.", "SO-104228"),
        ("Our PO no.", "PO-60377"),
        ("Item", "CLG-TILE-24-ACU"),
        ("Description", "2x2 acoustic ceiling tile, carton of 16"),
        ("Cartons shipped", "40 CTN"),
        ("Cartons received", "40 CTN"),
        ("Cartons damaged", "3 CTN"),
        ("Type of damage", "Crushed and wet, tiles broken in all 3 cartons"),
        ("Noted on delivery receipt", "YES - driver signed exception"),
        ("Other items on this delivery", "HVC-REG-1006-W  30 EA  - no exceptions"),
        ("Disposition", "Credit please. Damaged tile held for your decision"),
        ("Reported by", "Tuan Nguyen, receiving lead  913-555-0192"),
    ]
    y = 320
    for label, value in fields:
        p.print((110, y), label + ":", "lib-bold", 32)
        p.print((640, y), value, "lib", 32)
        y += 76
    p.frame(100, 300, 1600, y + 10, width=3)
    p.print((110, y + 60), "Signature: ____________________", "lib", 28)
    p.print((110, 1900), "Fax to 555-0107 or email returns desk. Page 1 of 1", "lib", 24)
    header = "NOV-04-2026 07:17   FROM: SUMMIT HVAC WHSE  9135550192   TO: 5550107   P.01/01"
    return as_fax(p, PICTURE_SEEDS["s01"], header, skew=0.8)


def legal_pad_note_s05() -> bytes:
    """s05: Joaquin's note on a yellow legal pad, after unloading the will-call order."""
    rng = np.random.default_rng(PICTURE_SEEDS["s05"])
    p = Paper(1200, 1500, (249, 238, 150))
    p.line(150, 0, 150, 1500, colour=(210, 120, 120), width=3)
    for y in range(150, 1500, 62):
        p.line(0, y, 1200, y, colour=(150, 170, 200), width=2)
    lines = [
        (190, 86, "SO-104240  pickup 11/6", 56),
        (170, 210, '1" ball valves - ticket 10', 54),
        (250, 272, "we got 8   SHORT 2", 54),
        (170, 396, "1-1/2 unions - ticket 12", 54),
        (250, 458, "we got 16   4 EXTRA", 54),
        (250, 520, "send 4 back", 54),
        (170, 644, '2" black pipe 120 ft OK', 54),
        (170, 768, "- Joaquin", 54),
    ]
    for x, y, text, size in lines:
        handwrite(p, x, y, text, rng, size=size, ink=INK_BLACK, hand="hand-a", weight=1)
    scrawl_line(p, [(240, 340), (720, 334)], rng, INK_BLACK, 3)
    return as_phone_photo(p, PICTURE_SEEDS["s05"], "steel", cover=0.92, turn=1.5)


def packing_list_photo_s07() -> bytes:
    """s07: our packing list for SO-104236, marked up by Mike at the truck."""
    rng = np.random.default_rng(PICTURE_SEEDS["s07"])
    p = Paper(1700, 1250, (252, 252, 250))
    p.print((70, 50), DIST, "lib-bold", 42)
    p.print((70, 104), "PACKING LIST", "lib-bold", 34)
    p.print((1630, 56), "Ship date 11/04/2026", "lib", 26, anchor="ra")
    p.print((1630, 96), "Ship via UPS FREIGHT", "lib", 26, anchor="ra")
    p.print(
        (70, 170),
        "Order SO-104236      Cust PO PO-24519      Acct C-1002",
        "lib-mono",
        28,
    )
    p.print((70, 212), "Ship to: RIVERBEND PLUMBING & HEATING - SHOP", "lib-mono", 28)
    rows = [
        ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "B/O", "UM"),
        ("1", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "24", "24", "0", "EA"),
        ("2", "FTG-PEX-CPL-050", '1/2" PEX CRIMP CPLG BAG/25', "10", "10", "0", "BG"),
        ("3", "PIP-PEX-075-300", "3/4\" PEX-A TUBING 300' COIL", "2", "2", "0", "CL"),
    ]
    tops = p.table(
        50,
        270,
        [56, 300, 560, 90, 90, 76, 70],
        rows,
        row_h=70,
        face="lib",
        size=29,
        grid=False,
    )
    p.print((70, 580), "Cartons: 3    Coils: 2    Weight: 96 LB", "lib", 24)
    p.print((70, 630), "Received by: ____________________   Date: ________", "lib", 24)
    p.print((70, 1180), "Report shortage or damage within 5 days of delivery.", "lib", 20)
    # Mike's pen marks, in the free space below the table
    scrawl_line(p, [(1270, tops[1] + 36), (1282, tops[1] + 50), (1306, tops[1] + 16)], rng)
    handwrite(p, 1270, tops[2] + 14, "rec'd 7", rng, size=34, ink=INK_BLUE, hand="hand-b")
    handwrite(
        p,
        120,
        720,
        "Ln 2 - couplings  SHORT 3 bags",
        rng,
        size=44,
        ink=INK_BLUE,
        hand="hand-b",
        weight=1,
    )
    handwrite(
        p,
        120,
        820,
        "Ln 3 - RETURN 1 coil - not needed",
        rng,
        size=44,
        ink=INK_BLUE,
        hand="hand-b",
        weight=1,
    )
    handwrite(p, 120, 900, "(job changed)", rng, size=38, ink=INK_BLUE, hand="hand-b")
    squiggle(p, 250, 610, rng, 160)
    return as_phone_photo(p, PICTURE_SEEDS["s07"], "clipboard", cover=0.94, turn=2.5)


def receiving_tag_s09() -> bytes:
    """s09: Riverbend's orange receiving hold tag, filled in by Jorge, scanned."""
    rng = np.random.default_rng(PICTURE_SEEDS["s09"])
    p = Paper(900, 1400, (250, 214, 160))
    p.pen.ellipse([410, 40, 490, 120], fill=(226, 226, 222), outline=(90, 80, 70), width=3)
    p.print((450, 170), "RIVERBEND", "lib-bold", 52, anchor="ma")
    p.print((450, 232), "PLUMBING & HEATING", "lib-bold", 34, anchor="ma")
    p.print((450, 300), "RECEIVING  HOLD  TAG", "lib-bold", 40, anchor="ma")
    p.line(60, 360, 840, 360, width=4)
    fields = ["DATE", "VENDOR", "PO #", "ITEM", "QTY HELD", "REASON", "", "TAGGED BY"]
    values = [
        "11/11/26",
        "Halvorsen",
        "24577",
        "VLV-1005-BV",
        "4",
        "DAMAGED -",
        "handles bent",
        "J.A.",
    ]
    y = 400
    for label, value in zip(fields, values):
        if label:
            p.print((70, y + 30), label, "lib-bold", 30)
        p.line(320, y + 72, 840, y + 72, colour=(60, 50, 40), width=2)
        handwrite(p, 335, y + 8, value, rng, size=50, ink=INK_BLACK, hand="hand-e", weight=1)
        y += 110
    p.print((450, 1330), "DO NOT USE - DO NOT RETURN TO STOCK", "lib-bold", 28, anchor="ma")
    return as_scan(p, PICTURE_SEEDS["s09"], turn=0.8, grey=False)


def sheet_screenshot_s16() -> bytes:
    """s16: a screenshot (on a 2x display) of Wes's truck-stock sheet, pasted in his mail."""
    k = 2  # device pixels per point
    cols = [
        ("", 46),
        ("A", 230),
        ("B", 330),
        ("C", 130),
        ("D", 110),
        ("E", 90),
        ("F", 100),
        ("G", 300),
    ]
    rows = [
        ["Part", "Description", "From PO", "On truck", "Keep", "Return", "Why"],
        [
            "FTG-PEX-CPL-050",
            "1/2 PEX crimp cplg bag/25",
            "PO-77731",
            "9",
            "3",
            "6",
            "Dauphin St done - not needed",
        ],
        ["VLV-1005-BV", '1" ball valve FP thd', "PO-77731", "4", "4", "", ""],
        ["WN-YEL", "Wire nut yellow box/100", "stock", "2", "2", "", ""],
        ["PEX-RING-050", "1/2 copper crimp rings bag", "stock", "5", "5", "", ""],
        ["", "", "", "", "", "", ""],
    ]
    width = sum(w for _, w in cols) * k
    row_h, top = 34 * k, 40 * k
    img = Image.new("RGB", (width + 2, top + row_h * (len(rows) + 1) + 2), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f, fb = ttf("lib", 19 * k), ttf("lib-bold", 19 * k)
    d.rectangle([0, 0, width + 2, top - 1], fill=(243, 243, 243))
    d.text((8 * k, 10 * k), "fx", font=ttf("serif", 18 * k), fill=(90, 90, 90))
    d.text((60 * k, 10 * k), "Dauphin St - truck 12 stock", font=f, fill=(30, 30, 30))
    x = 0
    for name, w in cols:  # the column letters
        d.rectangle(
            [x, top, x + w * k, top + row_h],
            fill=(233, 233, 233),
            outline=(200, 200, 200),
        )
        d.text(
            (x + w * k / 2, top + row_h / 2),
            name,
            font=f,
            fill=(70, 70, 70),
            anchor="mm",
        )
        x += w * k
    for r, row in enumerate(rows, start=1):
        y = top + row_h * r
        x = 0
        for c, (_name, w) in enumerate(cols):
            w *= k
            back = (233, 233, 233) if c == 0 else (255, 255, 255)
            if c == 7 and r == 2:
                back = (255, 242, 204)  # the cell Wes coloured
            d.rectangle([x, y, x + w, y + row_h], fill=back, outline=(212, 212, 212))
            text = str(r) if c == 0 else row[c - 1]
            font = fb if r == 1 and c else f
            if c == 0:
                d.text(
                    (x + w / 2, y + row_h / 2),
                    text,
                    font=f,
                    fill=(70, 70, 70),
                    anchor="mm",
                )
            elif c in (4, 5, 6) and r > 1:
                d.text(
                    (x + w - 6 * k, y + row_h / 2),
                    text,
                    font=font,
                    fill=(0, 0, 0),
                    anchor="rm",
                )
            else:
                d.text(
                    (x + 5 * k, y + row_h / 2),
                    text,
                    font=font,
                    fill=(0, 0, 0),
                    anchor="lm",
                )
            x += w
    # Excel's frame around the active cell (the empty row under the list)
    sx = sum(w for _, w in cols[:1]) * k
    y6 = top + row_h * 6
    d.rectangle([sx, y6, sx + cols[1][1] * k, y6 + row_h], outline=(16, 124, 65), width=3 * k)
    return png_bytes(img)


def app_screenshot_s17() -> bytes:
    """s17: a phone screenshot of Harbor Point's receiving app after the delivery."""
    w, h = 1080, 2000
    img = Image.new("RGB", (w, h), (244, 246, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 70], fill=(20, 54, 92))
    d.text((40, 35), "7:02", font=ttf("sans-bold", 30), fill=(255, 255, 255), anchor="lm")
    d.text((1040, 35), "5G  82%", font=ttf("sans", 28), fill=(255, 255, 255), anchor="rm")
    d.rectangle([0, 70, w, 210], fill=(28, 72, 122))
    d.text((40, 140), "<", font=ttf("sans-bold", 48), fill=(255, 255, 255), anchor="lm")
    d.text((100, 112), "Receiving", font=ttf("sans-bold", 44), fill=(255, 255, 255))
    d.text(
        (100, 164),
        "HarborPoint PropertyOps",
        font=ttf("sans", 26),
        fill=(190, 210, 235),
    )
    card = [40, 250, w - 40, 560]
    d.rounded_rectangle(card, 24, fill=(255, 255, 255), outline=(220, 224, 230), width=2)
    info = [
        ("Supplier", "Halvorsen Pipe & Supply"),
        ("Order", "SO-104246"),
        ("PO", "PO-70296"),
        ("Delivered", "Mon 11/16/2026 2:40 PM"),
        ("Received by", "A. Whitfield"),
    ]
    y = 280
    for k, v in info:
        d.text((80, y), k, font=ttf("sans", 30), fill=(110, 118, 130))
        d.text((380, y), v, font=ttf("sans-bold", 30), fill=(25, 30, 38))
        y += 54
    d.text((40, 600), "ITEMS (2)", font=ttf("sans-bold", 30), fill=(110, 118, 130))
    items = [
        (
            "HVC-REG-1006-W",
            "10x6 floor register, white",
            "Expected 40",
            "Received 40",
            "OK",
            None,
        ),
        (
            "VLV-0075-BV",
            '3/4" ball valve, sweat',
            "Expected 12",
            "Received 12",
            "DAMAGED 3",
            "Box crushed on the truck, 3 valves bent at the handle/stem. Driver saw it.",
        ),
    ]
    y = 650
    for sku, desc, exp, rec, status, note in items:
        height = 300 if note else 220
        d.rounded_rectangle(
            [40, y, w - 40, y + height],
            24,
            fill=(255, 255, 255),
            outline=(220, 224, 230),
            width=2,
        )
        d.text((80, y + 30), sku, font=ttf("sans-bold", 38), fill=(25, 30, 38))
        d.text((80, y + 84), desc, font=ttf("sans", 30), fill=(80, 88, 100))
        d.text((80, y + 136), exp + "   " + rec, font=ttf("sans", 30), fill=(80, 88, 100))
        ground, text = (
            ((220, 244, 228), (20, 110, 60)) if status == "OK" else ((253, 226, 224), (170, 30, 26))
        )
        tw = d.textlength(status, font=ttf("sans-bold", 30))
        d.rounded_rectangle([w - 90 - tw - 30, y + 26, w - 80, y + 76], 25, fill=ground)
        d.text(
            (w - 95 - tw, y + 51),
            status,
            font=ttf("sans-bold", 30),
            fill=text,
            anchor="lm",
        )
        if note:
            d.text(
                (80, y + 196),
                "Note: Box crushed on the truck, 3 valves bent",
                font=ttf("sans", 28),
                fill=(60, 66, 76),
            )
            d.text(
                (80, y + 236),
                "at the handle/stem. Driver saw it.",
                font=ttf("sans", 28),
                fill=(60, 66, 76),
            )
        y += height + 30
    d.rounded_rectangle([40, y + 20, w - 40, y + 120], 20, fill=(28, 72, 122))
    d.text(
        (w / 2, y + 70),
        "Send exception report",
        font=ttf("sans-bold", 34),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rectangle([w / 2 - 70, h - 30, w / 2 + 70, h - 22], fill=(40, 40, 40))
    return png_bytes(img)


def ap_portal_screenshot_s18() -> bytes:
    """s18: a browser screenshot of Summit's AP invoice-match exception screen."""
    w, h = 1600, 900
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 44], fill=(222, 225, 230))
    d.rounded_rectangle([150, 8, 1300, 36], 14, fill=(255, 255, 255))
    d.text(
        (170, 22),
        "https://ap.summithvac.net/match/exceptions?inv=INV-88184",
        font=ttf("sans", 17),
        fill=(60, 60, 60),
        anchor="lm",
    )
    d.rectangle([0, 44, 230, h], fill=(38, 50, 56))
    for i, item in enumerate(["Dashboard", "Invoices", "Match exceptions", "Vendors", "Payments"]):
        colour = (255, 255, 255) if i == 2 else (170, 180, 186)
        if i == 2:
            d.rectangle([0, 100 + i * 52, 230, 144 + i * 52], fill=(0, 121, 107))
        d.text((24, 122 + i * 52), item, font=ttf("sans", 19), fill=colour, anchor="lm")
    d.text(
        (270, 70),
        "Invoice match - exceptions",
        font=ttf("sans-bold", 32),
        fill=(33, 33, 33),
    )
    d.text(
        (270, 122),
        "Vendor: HALVORSEN PIPE & SUPPLY     Invoice: INV-88184     PO: PO-60455"
        "     Status: ON HOLD",
        font=ttf("sans", 19),
        fill=(66, 66, 66),
    )
    heads = [
        "Ln",
        "Item",
        "Description",
        "PO qty",
        "Rcvd",
        "Exc qty",
        "Contract",
        "Invoiced",
        "Exception",
    ]
    widths = [50, 200, 250, 90, 80, 90, 110, 110, 330]
    rows = [
        [
            "1",
            "HVC-CND-PUMP",
            "Condensate pump 115V",
            "10",
            "10",
            "",
            "59.80",
            "59.80",
            "-",
        ],
        [
            "2",
            "TST-2100-NP",
            "Non-prog thermostat",
            "12",
            "12",
            "4",
            "28.90",
            "28.90",
            "WRONG ITEM rcvd",
        ],
        [
            "3",
            "HVC-FLT-1625-M11",
            "Filter 16x25x1 MERV 11",
            "20",
            "20",
            "",
            "36.90",
            "39.50",
            "PRICE VARIANCE",
        ],
    ]
    y, x0 = 180, 270
    x = x0
    d.rectangle([x0, y, x0 + sum(widths), y + 44], fill=(236, 239, 241))
    for head, wd in zip(heads, widths):
        d.text(
            (x + 8, y + 22),
            head,
            font=ttf("sans-bold", 18),
            fill=(55, 71, 79),
            anchor="lm",
        )
        x += wd
    for r, row in enumerate(rows):
        y = 224 + r * 64
        d.line([(x0, y + 64), (x0 + sum(widths), y + 64)], fill=(224, 224, 224), width=1)
        x = x0
        for c, (cell, wd) in enumerate(zip(row, widths)):
            if c == 8 and cell != "-":
                tw = d.textlength(cell, font=ttf("sans-bold", 16))
                d.rounded_rectangle([x + 6, y + 18, x + 26 + tw, y + 46], 12, fill=(255, 235, 238))
                d.text(
                    (x + 16, y + 32),
                    cell,
                    font=ttf("sans-bold", 16),
                    fill=(198, 40, 40),
                    anchor="lm",
                )
            else:
                d.text(
                    (x + 8, y + 32),
                    cell,
                    font=ttf("sans", 18),
                    fill=(33, 33, 33),
                    anchor="lm",
                )
            x += wd
    notes = [
        "Exception detail",
        "Ln 2  TST-2100-NP: 4 of 12 received as TST-2150-P (programmable) - wrong item,",
        "         receiving (T. Nguyen) holding the 4 for exchange.",
        (
            "Ln 3  HVC-FLT-1625-M11: invoiced 39.50/cs, contract price 36.90/cs,"
            " variance 2.60 x 20 cs = 52.00"
        ),
    ]
    y = 450
    for i, line in enumerate(notes):
        d.text(
            (270, y),
            line,
            font=ttf("sans-bold" if i == 0 else "sans", 19),
            fill=(50, 50, 50),
        )
        y += 36
    d.rounded_rectangle([270, 640, 470, 690], 6, fill=(0, 121, 107))
    d.text(
        (370, 665),
        "Request credit",
        font=ttf("sans-bold", 18),
        fill=(255, 255, 255),
        anchor="mm",
    )
    d.rounded_rectangle([490, 640, 690, 690], 6, outline=(0, 121, 107), width=2)
    d.text(
        (590, 665),
        "Release hold",
        font=ttf("sans-bold", 18),
        fill=(0, 121, 107),
        anchor="mm",
    )
    return png_bytes(img)


def defective_tag_photo_s22() -> bytes:
    """s22: the red DEFECTIVE tag Wes tied to the PRVs, photographed on the bench."""
    rng = np.random.default_rng(PICTURE_SEEDS["s22"])
    p = Paper(1000, 1300, (235, 92, 76))
    p.pen.ellipse([455, 30, 545, 120], fill=(132, 136, 140), outline=(90, 40, 30), width=4)
    p.fill(60, 150, 940, 310, (255, 255, 255))
    p.print((500, 170), "DEFECTIVE", "lib-bold", 92, colour=(150, 10, 10), anchor="ma")
    p.print((500, 268), "DO NOT USE", "lib-bold", 36, colour=(30, 30, 30), anchor="ma")
    p.fill(60, 340, 940, 1230, (255, 250, 240))
    labels = ["PART NO.", "DESCR.", "QTY", "PO #", "PROBLEM", "", "TECH / DATE"]
    values = [
        "KM-88340",
        "3/4 PRV",
        "2",
        "PO-77812",
        "won't hold set",
        "pressure - creeps",
        "W.C.  11/18",
    ]
    y = 370
    for label, value in zip(labels, values):
        if label:
            p.print((80, y + 28), label, "lib-bold", 32, colour=(40, 40, 40))
        p.line(290, y + 78, 920, y + 78, colour=(90, 90, 90), width=2)
        handwrite(
            p,
            300,
            y + 10,
            value,
            rng,
            size=54,
            ink=INK_BLACK,
            hand="hand-e",
            weight=1,
            bend=1.2,
        )
        y += 118
    return as_phone_photo(p, PICTURE_SEEDS["s22"], "steel", out=(1200, 1500), cover=0.86, turn=3.0)


def rating_plate_photo_s26() -> bytes:
    """s26: the water heater's rating plate, photographed by the technician."""
    p = Paper(1400, 900, (214, 216, 214))
    p.frame(20, 20, 1380, 880, colour=(60, 60, 60), width=6)
    p.print((700, 60), "BRADFORD THERMAL PRODUCTS", "lib-bold", 52, anchor="ma")
    p.print((700, 130), "ELECTRIC STORAGE WATER HEATER", "lib", 34, anchor="ma")
    p.line(60, 190, 1340, 190, width=3)
    plate = [
        ("MODEL NO.", "WH-40G-EL"),
        ("SERIAL NO.", "2609A-118244"),
        ("CAPACITY", "40 U.S. GAL  (151 L)"),
        ("ELEMENTS", "4500 W UPPER / 4500 W LOWER"),
        ("VOLTAGE", "240 V  1 PH  60 HZ"),
        ("MAX WORKING PRESSURE", "150 PSI"),
        ("MFD", "09/2026"),
    ]
    y = 220
    for k, v in plate:
        p.print((80, y), k, "lib-bold", 40)
        p.print((720, y), v, "lib-mono", 44)
        y += 84
    p.print((700, 820), "SEE INSTALLATION MANUAL BEFORE SERVICING", "lib", 26, anchor="ma")
    return as_phone_photo(
        p,
        PICTURE_SEEDS["s26"],
        "steel",
        out=(1600, 1200),
        cover=0.88,
        turn=2.0,
        quality=85,
    )


def warranty_form_scan_s37() -> bytes:
    """s37: the maker's warranty claim form, filled in by hand at Harbor Point, scanned."""
    rng = np.random.default_rng(PICTURE_SEEDS["s37"])
    p = Paper(1700, 2200)
    p.print((850, 80), "BRADFORD THERMAL PRODUCTS", "lib-serif-bold", 56, anchor="ma")
    p.print(
        (850, 160),
        "LIMITED WARRANTY CLAIM  -  RESIDENTIAL / LIGHT COMMERCIAL",
        "lib-serif",
        34,
        anchor="ma",
    )
    p.line(100, 220, 1600, 220, width=4)
    p.print(
        (100, 250),
        "Complete all fields. Return the form with the failed unit to the dealer",
        "lib-serif",
        26,
    )
    p.print((100, 286), "where the product was purchased.", "lib-serif", 26)
    boxes = [
        ("1. Owner / site", "Harbor Point PM - bldg B"),
        ("2. Dealer purchased from", "Halvorsen Pipe & Supply"),
        ("3. Dealer invoice or PO no.", "PO-70288"),
        ("4. Model number", "WH-50G-NG"),
        ("5. Serial number", "2610G-007731"),
        ("6. Date installed", "11/12/26"),
        ("7. Quantity claimed", "1 heater"),
        ("8. Failure", "gas valve will not hold pilot"),
        ("", "DEFECTIVE - thermocouple new"),
        ("9. Claimant", "A. Whitfield, bldg engineer"),
    ]
    y = 360
    for label, value in boxes:
        p.frame(100, y, 1600, y + 130, width=2)
        if label:
            p.print((118, y + 12), label, "lib-serif", 26, colour=(60, 60, 60))
        handwrite(p, 560, y + 42, value, rng, size=56, ink=INK_BLUE, hand="hand-a", weight=1)
        y += 130
    p.print(
        (100, y + 40),
        "Form BTP-WC-2 (rev 2024)     For dealer use: RGA no. ________",
        "lib-serif",
        24,
    )
    squiggle(p, 560, y + 140, rng, 260)
    return as_scan(p, PICTURE_SEEDS["s37"], turn=-0.5)


# ====================================================================== PDFs


def new_pdf(when: dt.datetime, author: str, title: str, landscape=False) -> FPDF:
    """An fpdf2 document whose creation date, creator and title are fixed."""
    pdf = FPDF(orientation="L" if landscape else "P", unit="mm", format="Letter")
    pdf.set_creation_date(when.replace(tzinfo=dt.UTC))
    pdf.set_creator(author)
    pdf.set_author(author)
    pdf.set_title(title)
    pdf.set_auto_page_break(True, 15)
    pdf.set_margins(15, 15, 15)
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def exceptions_report_s06() -> bytes:
    """s06: Keystone's weekly receiving exceptions report; Halvorsen's lines on page 2."""
    pdf = new_pdf(dt.datetime(2026, 11, 9, 17, 5), "KMC Procure 4.2", "Receiving exceptions")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Keystone Mechanical Contractors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Receiving exceptions - week ending 11/06/2026 - all vendors",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        6,
        "Prepared by B. Okafor, receiving.  Distribution: purchasing, AP, vendors.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Summary", new_x="LMARGIN", new_y="NEXT")
    heads = ["Vendor", "PO", "Receipts", "Lines", "Exceptions", "Detail"]
    widths = [62, 26, 22, 18, 24, 28]
    rows = [
        ["Allegheny Electric Supply", "PO-77821", "2", "9", "0", "-"],
        ["Halvorsen Pipe & Supply", "PO-77830", "1", "4", "3", "page 2"],
        ["Quaker City Insulation", "PO-77826", "1", "3", "0", "-"],
        ["Lehigh Sheet Metal", "PO-77833", "3", "12", "0", "-"],
        ["Total", "", "7", "28", "3", ""],
    ]
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(220, 226, 235)
    for head, w in zip(heads, widths):
        pdf.cell(w, 7, head, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for row in rows:
        if row[0] == "Total":
            pdf.set_font("Helvetica", "B", 10)
        for cell, w in zip(row, widths):
            pdf.cell(w, 7, cell, border=1)
        pdf.ln()
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Receiving counts every delivery against the packing slip and the PO. "
        "Exceptions are listed per vendor on the following pages with a code from the "
        "legend. Vendors with no exceptions have no detail page. Questions: "
        "receiving@keystonemech.com or 610-555-0139.",
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(
        0,
        8,
        "Halvorsen Pipe & Supply  -  PO-77830  /  your order SO-104235",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Delivered 11/06/2026 by ODFL, 1 receipt (RCV-11-0619).  Invoice INV-88133.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    heads = [
        "Exc",
        "Code",
        "KM part",
        "Vendor item",
        "Description",
        "PO qty",
        "Rcvd",
        "PO price",
        "Inv price",
    ]
    widths = [12, 13, 22, 32, 45, 15, 13, 17, 17]
    rows = [
        [
            "2",
            "D",
            "KM-88502",
            "VLV-3100-CK",
            '3" CI swing check, flgd',
            "6",
            "6",
            "189.00",
            "189.00",
        ],
        [
            "1",
            "D",
            "-",
            "PMP-CIRC-015",
            "1/25 HP circulator",
            "4",
            "4",
            "139.00",
            "139.00",
        ],
        [
            "8",
            "P",
            "-",
            "HVC-CND-PUMP",
            "Condensate pump 115V",
            "8",
            "8",
            "61.50",
            "64.90",
        ],
        [
            "0",
            "",
            "KM-40415",
            "FTG-BI-U-150",
            '1-1/2" BMI union',
            "40",
            "40",
            "10.80",
            "10.80",
        ],
    ]
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(235, 235, 235)
    for head, w in zip(heads, widths):
        pdf.cell(w, 7, head, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for row in rows:
        for c, (cell, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 7, cell, border=1, align="R" if c in (0, 5, 6, 7, 8) else "L")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Receiver's notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for note in [
        (
            "VLV-3100-CK: 2 valves with the flange cracked, crate broken on the ODFL trailer. "
            "Noted on the delivery receipt."
        ),
        "PMP-CIRC-015: 1 circulator with the volute cracked, box crushed in the same crate.",
        "HVC-CND-PUMP: billed 64.90 each on INV-88133, PO price 61.50 - all 8 pumps.",
        "FTG-BI-U-150: received complete, no exception.",
    ]:
        pdf.multi_cell(0, 5, "- " + note, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        "Codes: D = damaged in transit, S = short, O = over, W = wrong item, "
        "P = price differs from PO. Exc = units with the exception.",
    )
    pdf.set_y(-25)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 5, "Page 2 of 2", align="R")
    return pdf_bytes(pdf)


def return_request_s11() -> bytes:
    """s11: Riverbend's material return request: wrapping notes column and a totals row."""
    pdf = new_pdf(
        dt.datetime(2026, 11, 13, 12, 20),
        "Riverbend office",
        "MRR-1113",
        landscape=True,
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(140, 10, "RIVERBEND PLUMBING & HEATING")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, "MATERIAL RETURN REQUEST", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(140, 6, "1180 Water St, Conshohocken PA 19428  -  610-555-0188")
    pdf.cell(0, 6, "No. MRR-1113", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    info = [
        ("Supplier", "Halvorsen Pipe & Supply"),
        ("Supplier order", "SO-104243"),
        ("Our PO", "PO-24530"),
        ("Delivered", "11/12/2026, RL Carriers"),
        ("Job", "Millbrook Commons bldg C"),
        ("Requested by", "Jorge Alcantara, warehouse"),
    ]
    for k, v in info:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(34, 6, k + ":")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    heads = [
        "Ln",
        "Item",
        "Description",
        "Shipped",
        "Return qty",
        "Unit",
        "Ext",
        "Notes",
    ]
    widths = [10, 36, 50, 18, 20, 17, 20, 78]
    rows = [
        [
            "1",
            "VLV-1005-BV",
            '1" ball valve FP thd',
            "48",
            "3",
            "16.20",
            "48.60",
            (
                "Stem packing leaks on 3 valves when pressurized on the bench, straight out of the "
                "box. Defective - replace or credit."
            ),
        ],
        [
            "2",
            "FTG-CU-E90-100",
            '1" wrot copper 90 ell',
            "250",
            "25",
            "2.90",
            "72.50",
            (
                "Carton crushed in the RL trailer, 25 ells bent and out of round. Damaged - noted "
                "on the RL delivery receipt 11/12."
            ),
        ],
        [
            "3",
            "VLV-0750-PRV",
            '3/4" PRV 25-75 psi',
            "4",
            "0",
            "92.80",
            "0.00",
            "OK - no return.",
        ],
    ]
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(210, 225, 240)
    for head, w in zip(heads, widths):
        pdf.cell(w, 8, head, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    line_h = 5.5
    for row in rows:
        lines = pdf.multi_cell(widths[-1], line_h, row[-1], dry_run=True, output="LINES")
        h = line_h * max(1, len(lines))
        x0, y0 = pdf.get_x(), pdf.get_y()
        for c, (cell, w) in enumerate(zip(row[:-1], widths)):
            pdf.cell(w, h, cell, border=1, align="R" if c in (0, 3, 4, 5, 6) else "L")
        pdf.multi_cell(widths[-1], line_h, row[-1], border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(x0, y0 + h)
    pdf.set_font("Helvetica", "B", 10)
    for c, (cell, w) in enumerate(zip(["", "", "Totals", "302", "28", "", "121.10", ""], widths)):
        pdf.cell(w, 8, cell, border=1, align="R" if c in (3, 4, 6) else "L")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Please send an RMA number and a pickup date. Returned material will "
        "be staged at our shop dock, 1180 Water St. Approved: K. Liu, office.",
    )
    return pdf_bytes(pdf)


def wrong_material_report_s19() -> bytes:
    """s19: Riverbend's wrong material report: label / value pairs, two columns."""
    pdf = new_pdf(dt.datetime(2026, 11, 18, 14, 2), "Riverbend office", "WMR-26-041")
    pdf.add_page()
    pdf.set_draw_color(40, 40, 40)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 11, "WRONG MATERIAL REPORT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Riverbend Plumbing & Heating  -  report no. WMR-26-041",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pairs = [
        ("Supplier", "Halvorsen Pipe & Supply Co."),
        ("Supplier order no.", "SO-104230"),
        ("Our PO no.", "PO-24460"),
        ("Delivered", "10/31/2026 (Estes)"),
        ("Found", "11/17/2026, when the crew opened the last cartons"),
        ("Job", "Ridge Pike townhomes, bldg 4 - DWV rough"),
        ("Item ordered", "FTG-PVC-T-200"),
        ("Ordered as", '2" PVC Sch 40 tee, S x S x S'),
        (
            "Item received instead",
            '2" PVC Sch 40 90 deg elbow (packed in the tee cartons)',
        ),
        ("Qty ordered", "100"),
        ("Qty correct", "80"),
        ("Qty wrong", "20"),
        ("Condition", "Unused, back in the cartons"),
        ("Action requested", "Exchange: send 20 tees, pick up the 20 elbows"),
        ("Reported by", "Karen Liu, office  (office@riverbendph.com)"),
    ]
    for k, v in pairs:
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_fill_color(238, 238, 238)
        pdf.cell(58, 10, k, border=1, fill=True)
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(0, 10, v, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        "Material reported on this form is held at our shop until the supplier "
        "collects it. Keep this number on all correspondence.",
    )
    return pdf_bytes(pdf)


def backflow_test_report_s31() -> bytes:
    """s31: the tester's backflow assembly test report (failed), sent on by Mike."""
    pdf = new_pdf(
        dt.datetime(2026, 11, 24, 16, 40),
        "Keystone State Backflow Testing",
        "Test report 26-3318",
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(
        0,
        8,
        "BACKFLOW PREVENTION ASSEMBLY TEST REPORT",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Keystone State Backflow Testing LLC  -  Certified tester no. PA-BT-20417",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    def boxes(pairs, widths):
        for (k, v), w in zip(pairs, widths):
            pdf.set_font("Helvetica", "", 7)
            x, y = pdf.get_x(), pdf.get_y()
            pdf.cell(w, 12, "", border=1)
            pdf.set_xy(x + 1, y + 0.8)
            pdf.cell(w - 2, 3, k.upper())
            pdf.set_xy(x + 1, y + 5)
            pdf.set_font("Helvetica", "", 11)
            pdf.cell(w - 2, 6, v)
            pdf.set_xy(x + w, y)
        pdf.ln(12)

    boxes(
        [
            ("Report no.", "26-3318"),
            ("Test date", "11/24/2026"),
            ("Test type", "Initial"),
        ],
        [60, 60, 66],
    )
    boxes(
        [
            ("Premises", "Schuylkill Yards retail - 3rd fl mech room"),
            ("Water purveyor", "PWD"),
        ],
        [126, 60],
    )
    boxes(
        [
            ("Assembly type", "RPZ"),
            ("Size", "3 in"),
            ("Manufacturer", "Apex Valve Co"),
            ("Model", "BFP-RPZ-300-SO"),
        ],
        [34, 24, 58, 70],
    )
    boxes(
        [
            ("Serial no.", "AV30-26-08812"),
            ("Supplied by", "Halvorsen Pipe & Supply"),
            ("Installer", "Riverbend Plumbing & Heating"),
        ],
        [50, 66, 70],
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Test results", new_x="LMARGIN", new_y="NEXT")
    heads = ["Component", "Reading", "Required", "Result"]
    widths = [60, 40, 46, 40]
    rows = [
        ["Check valve no. 1", "5.4 psid", ">= 5.0 psid", "Closed tight"],
        ["Check valve no. 2", "0.3 psid", ">= 1.0 psid", "LEAKED"],
        ["Relief valve", "opened 0.9 psid", ">= 2.0 psid", "FAILED"],
        ["Shutoff valve no. 2", "-", "tight", "Closed tight"],
    ]
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font("Helvetica", "B", 10)
    for head, w in zip(heads, widths):
        pdf.cell(w, 8, head, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for row in rows:
        for cell, w in zip(row, widths):
            pdf.cell(w, 8, cell, border=1)
        pdf.ln()
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        8,
        "ASSEMBLY RESULT:  FAILED  -  new assembly, failed its initial test",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Remarks: assembly installed 11/20 by Riverbend, flushed, no debris found "
        "at the no. 2 check. Relief valve discharges continuously under no-flow. "
        "Defective from the factory in the tester's opinion; replace or repair and "
        "retest. Water service left on with the owner's consent, retest within 7 days.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.cell(
        0,
        6,
        "Tester: D. Kowal    Gauge serial G-5521, calibrated 03/2026",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return pdf_bytes(pdf)


def carrier_inspection_s13() -> bytes:
    """s13 (no claim): the carrier's inspection report, sent to the shipper for its files."""
    pdf = new_pdf(dt.datetime(2026, 11, 12, 21, 30), "ODFL Cargo Claims", "Inspection 0782-226114")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(
        0,
        9,
        "Old Dominion Freight Line - Cargo Inspection Report",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Inspection no. INS-26-114072   PRO 0782-226114   Service center: Kansas City",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for k, v in [
        ("Shipper", "Halvorsen Pipe & Supply Co., DC-SOUTH"),
        ("Consignee", "Summit HVAC Services, Lenexa KS"),
        ("Shipper ref.", "SO-104228"),
        ("Delivered", "11/02/2026, 2 pallets, exception noted by consignee"),
        ("Inspected", "11/12/2026 at consignee"),
        (
            "Commodity",
            "Acoustic ceiling tile, cartons (40 ctn) and floor registers (30 ea)",
        ),
        (
            "Findings",
            (
                "3 cartons punctured and water stained, tile broken. Remaining 37 "
                "cartons and all registers sound."
            ),
        ),
        ("Probable cause", "Handling (forklift) - open"),
        ("Salvage", "Consignee to dispose of damaged tile; no salvage value"),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(36, 6, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.multi_cell(
        0,
        5,
        "This report records the condition of the freight at the time of "
        "inspection. It is not an admission of liability and is not a claim. A claim "
        "must be filed in writing by the claimant within nine months of delivery, with "
        "the invoice, the bill of lading and this report.",
    )
    return pdf_bytes(pdf)


# ====================================================================== sheets and text files


def pinned_xlsx(wb: Workbook, when: dt.datetime) -> bytes:
    """Save a workbook with its properties and every zip entry time fixed."""
    wb.properties.creator = wb.properties.lastModifiedBy = "receiving"
    wb.properties.created = when
    raw = io.BytesIO()
    wb.save(raw)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                a = text.index("<dcterms:modified")
                b = text.index("</dcterms:modified>")
                head = text[a : text.index(">", a) + 1]
                text = text[:a] + head + stamp + text[b:]
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data)
    return out.getvalue()


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def receiving_workbook_s04() -> bytes:
    """s04: Keystone's receiving workbook for PO-77812: three sheets, merged headings."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.merge_cells("A1:F1")
    ws["A1"] = "KEYSTONE MECHANICAL - RECEIVING WORKBOOK"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:F2")
    ws["A2"] = "PO-77812  /  Halvorsen order SO-104233  /  job 26-131 Gratz St"
    heads = ["Delivery", "Date", "Carrier", "Lines", "Exceptions", "Checked by"]
    ws.append([])
    ws.append(heads)
    ws.append(["1 of 2", "11/05/2026", "R+L Carriers", 2, 1, "B. Okafor"])
    ws.append(["2 of 2", "11/06/2026", "Estes", 2, 1, "B. Okafor"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for col, w in zip("ABCDEF", [12, 13, 15, 8, 12, 14]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Lines")
    ws.merge_cells("A1:D1")
    ws["A1"] = "ITEM"
    ws.merge_cells("E1:F1")
    ws["E1"] = "COUNT"
    ws.merge_cells("G1:H1")
    ws["G1"] = "EXCEPTION"
    for ref in ("A1", "E1", "G1"):
        ws[ref].font = Font(bold=True, color="FFFFFF")
        ws[ref].fill = PatternFill("solid", fgColor="305496")
        ws[ref].alignment = Alignment(horizontal="center")
    ws.append(
        [
            "Dlv",
            "KM part",
            "Vendor item",
            "Description",
            "Ordered",
            "Rec'd",
            "Exc qty",
            "Exc type",
        ]
    )
    lines = [
        [1, "KM-88213", "VLV-2210-BR", '2" bronze gate valve thd', 40, 40, 0, ""],
        [
            1,
            "KM-40112",
            "FTG-CU-E90-100",
            '1" wrot 90 ell CxC',
            150,
            150,
            25,
            "WRONG ITEM - 45s",
        ],
        [2, "KM-88340", "VLV-0750-PRV", '3/4" PRV 25-75', 12, 12, 0, ""],
        [
            2,
            "",
            "PIP-PEX-075-300",
            "3/4\" PEX-A 300' coil",
            6,
            8,
            2,
            "OVER - not ordered",
        ],
    ]
    for row in lines:
        ws.append(row)
    for row in ws.iter_rows(min_row=2, max_row=6):
        for cell in row:
            cell.border = BOX
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [6, 11, 17, 26, 9, 8, 9, 20]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Exceptions")
    ws.append(["Exc qty", "Item", "What we found", "What we want"])
    ws.append(
        [
            25,
            "FTG-CU-E90-100",
            '2 of the 6 cartons marked 1" 90 ell hold 45 deg elbows (25 pcs)',
            "Wrong item: send 25 of the 90s, pick up the 45s",
        ]
    )
    ws.append(
        [
            2,
            "PIP-PEX-075-300",
            "8 coils on the skid, PO and packing list say 6",
            "Overshipped: pick up the 2 extra coils",
        ]
    )
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, w in zip("ABCD", [9, 17, 60, 46]):
        ws.column_dimensions[col].width = w
    return pinned_xlsx(wb, dt.datetime(2026, 11, 9, 12, 40))


def count_workbook_s14() -> bytes:
    """s14: Summit's job-trailer cycle count; one over line, highlighted."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Count 11-13"
    ws.merge_cells("A1:H1")
    ws["A1"] = "SUMMIT HVAC - JOB TRAILER CYCLE COUNT - Gardner Medical Plaza"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Counted 11/13/2026 by T. Nguyen.  Over / (short) = counted - book."
    ws.append([])
    heads = [
        "Bin",
        "Counted",
        "Book",
        "Over / (short)",
        "Item",
        "Description",
        "Source",
        "Note",
    ]
    ws.append(heads)
    rows = [
        [
            "T1-A",
            37,
            37,
            0,
            "CLG-TILE-24-ACU",
            "2x2 acoustic tile ctn/16",
            "PO-60377",
            "3 ctn scrapped 11/2 (freight claim)",
        ],
        [
            "T1-B",
            36,
            30,
            6,
            "HVC-REG-1006-W",
            "10x6 floor register white",
            "PO-60377",
            "6 extra registers came on the 11/2 delivery - send back",
        ],
        ["T2-A", 12, 12, 0, "FLEX-8-25", "8\" insulated flex duct 25'", "stock", ""],
        [
            "T2-B",
            19,
            20,
            "(1)",
            "TAPE-FOIL-3",
            '3" foil tape roll',
            "stock",
            "used on site",
        ],
    ]
    for row in rows:
        ws.append(row)
    yellow = PatternFill("solid", fgColor="FFFF00")
    for cell in ws[6]:
        cell.fill = yellow
    for row in ws.iter_rows(min_row=4, max_row=8):
        for cell in row:
            cell.border = BOX
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for col, w in zip("ABCDEFGH", [7, 9, 7, 14, 17, 26, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    sign = wb.create_sheet("Sign-off")
    sign.append(["Counted by", "T. Nguyen", "11/13/2026"])
    sign.append(["Reviewed by", "R. Patel", "11/16/2026"])
    sign.append(["Adjustments posted", "no - waiting on Halvorsen"])
    return pinned_xlsx(wb, dt.datetime(2026, 11, 16, 13, 55))


WMS_CSV_S03 = """\
RECEIPT;RCV-26-3307;;;;;;;
PO;PO-60418;VENDOR;HALVORSEN PIPE & SUPPLY;SO;SO-104238;DATE;11/05/2026;
LN;EXC QTY;EXC CODE;ITEM NO;DESCRIPTION;EXPECTED;RECEIVED;UOM;REMARK
1;0;;TST-7500-PRO;THERMOSTAT WIFI 7-DAY PROG;12;12;EA;
2;3;DOA;TST-2100-NP;THERMOSTAT NON-PROG 24V;20;20;EA;3 dead on bench test - no display
3;2;SHRT;HVC-FLT-1625-M11;FILTER 16X25X1 MERV11 CS/12;10;8;CS;2 cases short vs packing list
;;;;;;;;
CODES;SHRT=short vs shipped;DMG=damaged;DOA=defective on arrival;OVR=over;;;;
"""

WORK_ORDERS_TSV_S23 = [
    [
        "WO",
        "Opened",
        "Bldg/Unit",
        "Asset",
        "Task",
        "Part",
        "Qty issued",
        "Qty failed",
        "Result",
        "Closed",
    ],
    [
        "WO-26-4410",
        "11/16/2026",
        "A-102",
        "KITCHEN FAUCET",
        "Replace cartridge",
        "CART-1225",
        "1",
        "0",
        "Done",
        "11/16/2026",
    ],
    [
        "WO-26-4415",
        "11/17/2026",
        "C-4C",
        "T-STAT",
        "Replace thermostat",
        "TST-2100-NP",
        "1",
        "1",
        "DOA - blank display, 24V ok. Removed, old stat reinstalled",
        "",
    ],
    [
        "WO-26-4416",
        "11/17/2026",
        "C-7F",
        "T-STAT",
        "Replace thermostat",
        "TST-2100-NP",
        "1",
        "1",
        "DOA - no display. Removed",
        "",
    ],
    [
        "WO-26-4419",
        "11/18/2026",
        "B-210",
        "TOILET",
        "Replace flapper",
        "FLAP-3",
        "1",
        "0",
        "Done",
        "11/18/2026",
    ],
    [
        "WO-26-4423",
        "11/19/2026",
        "C-9A",
        "T-STAT",
        "Replace thermostat",
        "TST-2100-NP",
        "1",
        "0",
        "Done - works",
        "11/19/2026",
    ],
]

MATCH_CSV_S24 = [
    [
        "Vendor",
        "Invoice",
        "Inv date",
        "PO",
        "Line",
        "Item",
        "Description",
        "Inv qty",
        "Rcv qty",
        "PO price",
        "Inv price",
        "Var/unit",
        "Var ext",
        "Status",
        "Comment",
    ],
    [
        "HALVORSEN PIPE & SUPPLY",
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "1",
        "PIP-CU-L-100-20",
        '1" TYPE L COPPER 20FT',
        "30",
        "30",
        "71.80",
        "76.40",
        "4.60",
        "138.00",
        "HOLD - PRICE",
        "Billed above PO price, request credit memo for the difference",
    ],
    [
        "HALVORSEN PIPE & SUPPLY",
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "2",
        "FTG-CU-E90-100",
        '1" WROT 90 ELL',
        "200",
        "200",
        "2.95",
        "2.95",
        "0.00",
        "0.00",
        "MATCHED",
        "",
    ],
    [
        "HALVORSEN PIPE & SUPPLY",
        "INV-88098",
        "10/26/2026",
        "PO-77790",
        "3",
        "VLV-1005-BV",
        '1" BALL VALVE FP',
        "36",
        "36",
        "15.20",
        "15.20",
        "0.00",
        "0.00",
        "MATCHED",
        "",
    ],
]

REMITTANCE_CSV_S29 = [
    ["Payer", "Summit HVAC Services"],
    ["Payee", "Halvorsen Pipe & Supply Co."],
    ["Payment", "ACH 0041187", "11/24/2026"],
    [],
    ["Invoice", "Inv date", "Gross", "Deduction", "Deduction reason", "Paid"],
    [
        "INV-88109",
        "10/30/2026",
        "2074.00",
        "142.50",
        "Credit pending - 3 ctn tile damaged",
        "1931.50",
    ],
    [
        "INV-88152",
        "11/05/2026",
        "2557.00",
        "165.70",
        "Credit pending - 2 cs filters, 3 stats",
        "2391.30",
    ],
    ["Total", "", "4631.00", "308.20", "", "4322.80"],
]


def csv_text(rows, sep=",") -> str:
    """Rows as delimited text; fields with the separator, quotes or spaces are quoted."""
    out = []
    for row in rows:
        cells = []
        for cell in row:
            cell = str(cell)
            if sep in cell or '"' in cell or (sep == "," and " " in cell):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


RETURN_LIST_S25 = """\
KEYSTONE MECHANICAL CONTRACTORS                          RUN DATE 11/20/26   PAGE    1
JOB CLOSE-OUT - MATERIAL RETURN LIST                     JOB 26-114  HAVERTOWN MOB
-------------------------------------------------------------------------------------------
SUPPLIER         SUPP ORDER  KM PART   SUPP ITEM        DESCRIPTION          ON HAND RTN QTY RSN
---------------- ----------  --------  ---------------  -------------------  ------- ------- ---
ALLEGHENY ELEC   4471-02     KM-71210  THHN-12-BLK      #12 THHN BLK 500'          3       3 OVB
HALVORSEN P&S    SO-104226   KM-40112  FTG-CU-E90-100   1" WROT 90 ELL CXC        52      40 NNE
QUAKER INSUL     Q-88120     KM-90033  PI-FG-100        1" FBG PIPE INSUL 3'      18       0
LEHIGH SHT MTL   LS-5530     KM-60418  DUCT-RD-06       6" RD DUCT 5' 26GA         7       0
-------------------------------------------------------------------------------------------
LINES 4   RETURN LINES 2                                           TOTAL RTN QTY       43
RSN CODES:  NNE = NO LONGER NEEDED   OVB = OVERBOUGHT   DEF = DEFECTIVE   WRG = WRONG ITEM
*** END OF REPORT ***
"""

SITE_LOG_S15 = """\
CRESTLINE BUILDERS - MILLBROOK COMMONS BLDG C
Daily material log - plumbing rough-in (sub: Riverbend Plumbing & Heating)
Supplier: Halvorsen Pipe & Supply, order SO-104243, delivered 11/12 by RL Carriers

Date    Item            Description              Dlvd   Installed   Damaged   Location   Note
11/12   FTG-CU-E90-100  1" wrot 90 ell            250         180         -   L2 mech    25 bent, sent back by Riverbend (MRR-1113)
11/12   VLV-1005-BV     1" ball valve FP           48          41         -   L2 mech    3 leakers sent back (MRR-1113)
11/12   VLV-0750-PRV    3/4" PRV 25-75             4           3          1   L2 gang    body cracked, found in box when opened 11/24

Requesting replacement/credit for the 1 damaged PRV above. Riverbend's foreman is
out this week, so I am sending it in myself.  - Walt Brzezinski, site superintendent,
Crestline Builders, 267-555-0114
"""

TANK_NOTE_S34 = """\
TRI-COUNTY MECHANICAL - Harrisburg PA
Return / exchange request

Hello,

We ordered 4 of your 2 gallon thermal expansion tanks, item WH-EXP-2G, on our
PO TC-3318. The 4 tanks that came are the 4.4 gallon size, so it is the wrong
item - they will not fit on the wall brackets above the heaters. The tanks are
unused and still in the boxes.

Please exchange them for the 2 gallon WH-EXP-2G and let us know when you can
pick up the big ones.

Phil Oduya
Tri-County Mechanical, (717) 555-0148
"""

PORTAL_S28 = {
    "order_number": "SO-104214",
    "lines": [{"sku": "FTG-BI-U-150", "quantity": 10, "reason": "NOT_NEEDED"}],
    "note": "Ten 1-1/2 inch black unions left over after the Kessler Ave boiler room job, "
    "never installed, still bagged. Please take them back for credit.",
}


def service_report_html_s35() -> str:
    """s35: Keystone's field service report, saved from their service app as HTML."""
    return """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Service report SR-5531</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:13px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}
th{background:#dde4ee;text-align:left}</style></head>
<body>
<h2>Keystone Mechanical Contractors - Field Service Report</h2>
<table>
<tr><th>Report</th><td>SR-5531</td><th>Date</th><td>11/27/2026</td></tr>
<tr><th>Job</th><td>26-131 Gratz St apartments</td><th>Tech</th><td>Wes Calloway</td></tr>
<tr><th>Units</th><td colspan="3">3B, 5A</td></tr>
</table>
<h3>Work performed</h3>
<p>Trim-out of thermostats on floors 3 and 5. Two new Wi-Fi thermostats would not power up
(blank screen, 24 VAC measured at R-C). Swapped the sub-bases, no change. Both units removed
and bagged for return. Units 3B and 5A running on temporary stats.</p>
<h3>Materials</h3>
<table>
<tr><th colspan="3">Material</th><th colspan="2">Quantity</th><th rowspan="2">Disposition</th></tr>
<tr><th>Part</th><th>Description</th><th>Source PO</th><th>Used</th><th>Failed</th></tr>
<tr><td>TST-7500-PRO</td><td>7-day programmable Wi-Fi thermostat</td><td>PO-77812</td>
<td>4</td><td>2</td><td>Return to supplier - defective, DOA</td></tr>
<tr><td>WIRE-18-5</td><td>18/5 thermostat wire (ft)</td><td>stock</td><td>60</td><td></td>
<td></td></tr>
<tr><td>SUBBASE-UNI</td><td>Universal sub-base</td><td>stock</td><td>2</td><td></td><td></td></tr>
</table>
<p>Labor: 3.5 h. Customer signature on file.</p>
</body></html>
"""


# ====================================================================== MIME

EST, CST = "-0500", "-0600"
RETURNS = "Halvorsen Returns <returns@distributor.example>"
GINA = "Gina Marchetti <gmarchetti@distributor.example>"


def h(key: str, salt: str, n: int = 16) -> str:
    """A stable hex string for one request (Message-IDs, boundaries, thread ids)."""
    return hashlib.sha256(f"heldout39/{key}/{salt}".encode()).hexdigest()[:n]


class Part:
    """One MIME entity: its headers and either a payload (str) or sub-parts."""

    def __init__(self, headers, payload=None, parts=None) -> None:
        self.headers = headers
        self.payload = payload
        self.parts = parts or []


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def text_part(text: str, subtype="plain", qp=False, flowed=False) -> Part:
    """A text part: 7bit when plain ASCII, else UTF-8 quoted-printable."""
    ascii_only = all(ord(c) < 128 for c in text)
    charset = "us-ascii" if ascii_only and not qp else "utf-8"
    ctype = (
        f"text/{subtype}; charset={charset}"
        if charset == "us-ascii"
        else (f'text/{subtype}; charset="utf-8"')
    )
    if flowed:
        ctype += "; format=flowed"
    if ascii_only and not qp and max(len(x) for x in text.split("\n")) <= 998:
        return Part(
            [("Content-Type", ctype), ("Content-Transfer-Encoding", "7bit")],
            _crlf(text),
        )
    body = quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii")
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", "quoted-printable")],
        _crlf(body),
    )


def file_part(data: bytes, ctype: str, name: str, inline_cid: str | None = None) -> Part:
    """A base64 file part, attached or (with a Content-ID) inline."""
    encoded = base64.encodebytes(data).decode("ascii")
    headers = [("Content-Type", f'{ctype}; name="{name}"')]
    if inline_cid:
        headers += [
            ("Content-Disposition", f'inline; filename="{name}"'),
            ("Content-ID", f"<{inline_cid}>"),
        ]
    else:
        headers += [("Content-Disposition", f'attachment; filename="{name}"')]
    headers.append(("Content-Transfer-Encoding", "base64"))
    return Part(headers, _crlf(encoded))


def multipart(subtype: str, boundary: str, parts, extra=None) -> Part:
    params = f'multipart/{subtype}; boundary="{boundary}"'
    if extra:
        params += "; " + extra
    return Part([("Content-Type", params)], parts=parts)


def render(part: Part, top_headers=None) -> str:
    """The entity as text with CRLF line ends."""
    lines = [f"{k}: {v}" for k, v in (top_headers or [])]
    lines += [f"{k}: {v}" for k, v in part.headers]
    out = "\r\n".join(lines) + "\r\n\r\n"
    if part.parts:
        boundary = part.headers[0][1].split('boundary="')[1].split('"')[0]
        for sub in part.parts:
            out += f"--{boundary}\r\n" + render(sub)
            if not out.endswith("\r\n"):
                out += "\r\n"
        out += f"--{boundary}--\r\n"
    else:
        out += part.payload
        if not out.endswith("\r\n"):
            out += "\r\n"
    return out


MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc_date(stamp: str, zone: str) -> str:
    """'2026-11-04 07:18:40' at a zone like -0600, as an RFC 5322 date."""
    when = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return (
        f"{DAYS[when.weekday()]}, {when.day:02d} {MONTHS[when.month - 1]} {when.year} "
        f"{when:%H:%M:%S} {zone}"
    )


def boundary_for(mailer: str, key: str, n: int) -> str:
    tag = h(key, f"b{n}", 24)
    styles = {
        "outlook": f"_00{n}_{tag[:20].upper()}_",
        "gmail": f"0000000000{tag[:14]}",
        "apple": f"Apple-Mail={tag[:8].upper()}-{tag[8:12].upper()}-{tag[12:16].upper()}-"
        f"{tag[16:24].upper()}",
        "thunderbird": f"------------{tag[:24]}",
        "samsung": f"--_com.samsung.android.email_{tag[:18]}",
        "system": f"=_part_{n}_{tag[:16]}",
    }
    return styles.get(mailer, styles["system"])


def message_id(mailer: str, key: str, domain: str) -> str:
    tag = h(key, "mid", 32)
    if mailer == "outlook":
        return (
            f"<SA1PR04MB{tag[:4].upper()}{tag[4:16].upper()}@SA1PR04MB{tag[16:20].upper()}"
            f".namprd04.prod.outlook.com>"
        )
    if mailer == "gmail":
        return f"<CAF{tag[:10]}{tag[10:24].upper()}+Hq{tag[24:30]}@mail.gmail.com>"
    if mailer in ("iphone", "apple"):
        u = tag.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{tag[:12]}.{tag[12:20]}@{domain}>"


MAILER_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS and Android")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "samsung": [("X-Mailer", "Samsung Mobile Email")],
    "system": [],
}


def compose(
    *, key, client, sender, subject, sent, body: Part, to=RETURNS, cc=None, headers=()
) -> bytes:
    """One message as bytes: envelope headers in the order the client writes them, then
    the body entity. sent is (local time, UTC offset)."""
    domain = sender.split("@")[1].rstrip(">")
    style = {"outlook-ios": "outlook", "iphone": "apple"}.get(client, client)
    top = [("From", sender), ("To", to)] + ([("Cc", cc)] if cc else [])
    top.append(("Subject", subject))
    top.append(("Date", rfc_date(*sent)))
    top.append(("Message-ID", message_id(style, key, domain)))
    top.extend(headers)
    if style == "outlook":
        index = base64.b64encode(bytes.fromhex(h(key, "ti", 44))).decode()
        top.append(("Thread-Topic", subject.removeprefix("RE: ")))
        top.append(("Thread-Index", index))
    top.extend(MAILER_HEADERS[client])
    top.append(("MIME-Version", "1.0"))
    return render(body, top).encode("ascii")


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(text: str, insert: str = "") -> str:
    """Outlook's HTML rendering of a plain text (paragraphs as MsoNormal); insert replaces
    a line that reads [[INSERT]]."""
    paras = []
    for line in text.split("\n"):
        if line == "[[INSERT]]":
            paras.append(insert)
        elif line.strip():
            paras.append(f'<p class="MsoNormal">{html_escape(line)}<o:p></o:p></p>')
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:Aptos,sans-serif;}</style>\n"
        '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n'
        + "\n".join(paras)
        + "\n</div>\n</body>\n</html>\n"
    )


def gmail_html(text: str) -> str:
    blocks = []
    for line in text.split("\n"):
        blocks.append(f"<div>{html_escape(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "".join(blocks) + "</div>\n"


def apple_html(text: str) -> str:
    body = "".join(
        f"<div>{html_escape(line)}</div>" if line.strip() else "<div><br></div>"
        for line in text.split("\n")
    )
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii">'
        '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        'line-break: after-white-space;">' + body + "</body></html>\n"
    )


def body_for(mailer: str, key: str, text: str, html: str | None = None, n: int = 1) -> Part:
    """The readable body of a mail as the mailer writes it."""
    if mailer in ("outlook", "outlook-ios"):
        html = html or outlook_html(text)
        return multipart(
            "alternative",
            boundary_for("outlook", key, n),
            [text_part(text), text_part(html, "html", qp=True)],
        )
    if mailer == "gmail":
        return multipart(
            "alternative",
            boundary_for("gmail", key, n),
            [text_part(text), text_part(html or gmail_html(text), "html", qp=True)],
        )
    if mailer == "apple":
        return multipart(
            "alternative",
            boundary_for("apple", key, n),
            [
                text_part(text, qp=True),
                text_part(html or apple_html(text), "html", qp=True),
            ],
        )
    if mailer == "thunderbird":
        return text_part(text, flowed=True)
    return text_part(text)


def with_files(mailer: str, key: str, body: Part, *files: Part) -> Part:
    style = {"outlook-ios": "outlook", "iphone": "apple"}.get(mailer, mailer)
    return multipart("mixed", boundary_for(style, key, 0), [body, *files])


PNG, JPEG, PDF_T = "image/png", "image/jpeg", "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ====================================================================== the people

TOM = "Tom Morales <tmorales@keystonemech.com>"
BERNADETTE = "Bernadette Okafor <bokafor@keystonemech.com>"
WES = "Wes Calloway <wcalloway@keystonemech.com>"
IRINA = "Irina Sokolova <isokolova@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
JORGE = "Jorge Alcantara <jalcantara@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
TUAN = "Tuan Nguyen <tnguyen@summithvac.net>"
SUMMIT_MFP = "SUMMIT-WHSE-MFP <fax@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
ANDRE = "Andre Whitfield <awhitfield@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
JOAQUIN = "=?utf-8?q?Joaqu=C3=ADn_Delgado?= <joaquin@delgadosons.com>"
DWAYNE = "Dwayne Tibbs <dtibbs.plumbing@gmail.com>"
ODFL = "OD Cargo Claims <inspections@odfl-claims.example>"

TOM_SIGNOFF = """\
Tom Morales
Project Manager
Keystone Mechanical Contractors
2250 W. Chester Pike, Broomall PA 19008
o 610-555-0157"""

LUIS_SIGNOFF = """\
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management"""

ANDRE_SIGNOFF = """\
Andre Whitfield
Building Engineer
Harbor Point Property Management
c 816-555-0133"""

SAMSUNG = "\n\n\nSent from my Galaxy"


def notice_quote(day: str, lines: str) -> str:
    """Our returns desk's notice, as a reply quotes it."""
    return f"""\
-----Original Message-----
From: Halvorsen Returns <returns@distributor.example>
Sent: {day}
Subject: Your request has been received

{lines}

Halvorsen Pipe & Supply Co. - Returns desk
"""


# ====================================================================== the requests


def s01() -> bytes:
    text = """\
SUMMIT-WHSE-MFP - fax transmission copy

Job:          0419
Sent to:      5550107 (HALVORSEN RETURNS)
Sent:         11/04/2026 07:17
Pages:        1
Result:       OK

A copy of the faxed image is attached (PNG). This copy was mailed to the address
stored with the speed-dial entry. Do not reply to this message.
"""
    return compose(
        key="s01",
        client="system",
        sender=SUMMIT_MFP,
        subject="Fax sent to HALVORSEN RETURNS - 1 page",
        sent=("2026-11-04 07:18:40", CST),
        body=with_files(
            "system",
            "s01",
            text_part(text),
            file_part(fax_damage_report_s01(), PNG, "FAX_0419_20261104.png"),
        ),
    )


def s02() -> bytes:
    text = """\
Hi Gina,

Two changes on SO-104247 (our PO-24561) before it ships, please:

1. Add 10 more of the 1-1/2" black unions (FTG-BI-U-150), so 30 total.
2. Hold the whole order until Mon 11/16 - the Westbury job isn't ready for it.

The 3 check valves stay as they are. Nothing wrong with anything, the job just
grew. Copying returns because Mike thought changes go through you guys - sorry if
not.

Thanks!
Karen Liu
Office Manager | Riverbend Plumbing & Heating
610-555-0188
"""
    return compose(
        key="s02",
        client="apple",
        sender=KAREN,
        to=GINA,
        cc=RETURNS,
        subject="SO-104247 - add unions + hold",
        sent=("2026-11-05 09:12:05", EST),
        body=body_for("apple", "s02", text),
    )


def s03() -> bytes:
    text = """\
Hello,

Attached is the receipt export for PO-60418 (your SO-104238) from yesterday's
delivery. Two lines have exceptions, the rest is fine. Codes are at the bottom
of the file.

The thermostats that failed are on the cage shelf, tagged.

Tuan Nguyen
Receiving - Summit HVAC Services
"""
    csv = WMS_CSV_S03.replace("\n", "\r\n").encode("ascii")
    return compose(
        key="s03",
        client="thunderbird",
        sender=TUAN,
        subject="Receipt exceptions - PO-60418",
        sent=("2026-11-06 08:41:12", CST),
        body=with_files(
            "thunderbird",
            "s03",
            body_for("thunderbird", "s03", text),
            file_part(csv, "text/csv", "RCV_PO-60418_20261106.csv"),
        ),
    )


def s04() -> bytes:
    text = """\
Good morning,

Receiving workbook for PO-77812 is attached - both deliveries (11/5 and 11/6).
Two lines flagged, everything is on the Exceptions tab. The 45s and the extra
coils are set aside by dock door 2 for your driver.

Thank you,
Bernadette Okafor
Receiving Lead
Keystone Mechanical Contractors
610-555-0139
"""
    return compose(
        key="s04",
        client="outlook",
        sender=BERNADETTE,
        subject="PO-77812 receiving workbook - 2 exceptions",
        sent=("2026-11-09 07:52:30", EST),
        body=with_files(
            "outlook",
            "s04",
            body_for("outlook", "s04", text),
            file_part(receiving_workbook_s04(), XLSX, "PO-77812_receiving.xlsx"),
        ),
    )


def s05() -> bytes:
    text = """\
Hi,

Joaquin picked up SO-104240 at your counter on Friday. When he unloaded at the
shop the count was off on two items - his note is in the picture. The pipe is
fine.

Can you fix it on your side and tell us what to do with the extras?

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
"""
    return compose(
        key="s05",
        client="gmail",
        sender=ROSA,
        subject="will call SO-104240 - count off",
        sent=("2026-11-09 09:05:44", CST),
        body=with_files(
            "gmail",
            "s05",
            body_for("gmail", "s05", text),
            file_part(legal_pad_note_s05(), JPEG, "IMG_20261109_085112.jpg"),
        ),
    )


def s06() -> bytes:
    text = f"""\
Hi,

Our weekly receiving exceptions report is attached. Your order SO-104235 is on
page 2 - damage from the ODFL delivery and a price problem on the invoice. Page 1
is the summary for all our vendors; nothing else there concerns you.

Please credit what's on page 2 and let me know about pickup of the damaged pieces.

Thanks,
{TOM_SIGNOFF}
"""
    return compose(
        key="s06",
        client="outlook",
        sender=TOM,
        subject="SO-104235 - receiving exceptions (see p. 2)",
        sent=("2026-11-10 10:22:18", EST),
        body=with_files(
            "outlook",
            "s06",
            body_for("outlook", "s06", text),
            file_part(exceptions_report_s06(), PDF_T, "Receiving_Exceptions_wk1106.pdf"),
        ),
    )


def s07() -> bytes:
    text = (
        "pic of the slip, marked it up. couplings came short and 1 coil is going back, "
        "job changed so we dont need it. can ur driver grab the coil when he brings the "
        "bags\n\nMike" + SAMSUNG + "\n"
    )
    return compose(
        key="s07",
        client="samsung",
        sender=MIKE,
        subject="po 24519",
        sent=("2026-11-10 14:12:09", EST),
        body=with_files(
            "samsung",
            "s07",
            text_part(text),
            file_part(packing_list_photo_s07(), JPEG, "20261110_140655.jpg"),
        ),
    )


def s08() -> bytes:
    table = """\
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">
<tr><th colspan="7" style="background:#1F4E79;color:#ffffff;text-align:left">PO-70231 / your SO-104239 - delivered 11/09/2026 on your truck</th></tr>
<tr style="background:#DDEBF7"><th>Item</th><th>Description</th><th>Ordered</th><th>Counted</th><th>Short</th><th>Over</th><th>Note</th></tr>
<tr><td>HVC-REG-1006-W</td><td>10x6 floor register, white</td><td>60</td><td>54</td><td>6</td><td></td><td>only 54 in the cartons</td></tr>
<tr><td>HVC-FLT-1625-M11</td><td>16x25x1 MERV 11 filter, cs/12</td><td>24</td><td>26</td><td></td><td>2</td><td>2 extra cases - please pick up</td></tr>
<tr><td>TST-2100-NP</td><td>Non-programmable thermostat</td><td>10</td><td>10</td><td></td><td></td><td></td></tr>
</table>"""
    html = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Andre counted Monday's delivery off your truck for PO-70231. Two problems, see
the table:</p>
{table}
<p>Please credit the registers we are short and let us know when you can pick up
the extra filters.</p>
<p>Thanks,<br>Luis Ortega<br>Maintenance Supervisor<br>Harbor Point Property Management</p>
</body></html>
"""
    return compose(
        key="s08",
        client="outlook",
        sender=LUIS,
        subject="PO-70231 delivery count",
        sent=("2026-11-11 11:30:55", CST),
        body=text_part(html, "html", qp=True),
    )


def s09() -> bytes:
    text = """\
Hi,

Jorge tagged some ball valves that came in damaged on our PO 24577 - scan of his
hold tag attached. Can you send a credit or replacements?

Thanks,
Karen
"""
    return compose(
        key="s09",
        client="apple",
        sender=KAREN,
        subject="Damaged ball valves - PO 24577",
        sent=("2026-11-12 08:15:27", EST),
        body=with_files(
            "apple",
            "s09",
            body_for("apple", "s09", text),
            file_part(receiving_tag_s09(), PNG, "Scan_tag_1111.png"),
        ),
    )


def s10() -> bytes:
    quoted = notice_quote(
        "Tuesday, November 10, 2026 2:31 PM",
        "We received your request on SO-104236 (PO-24519):\n"
        "- SHORT: 3 x FTG-PEX-CPL-050. A recount has been opened at our warehouse.\n"
        "- NOT NEEDED: 1 x PIP-PEX-075-300. RMA issued, pickup with the next delivery.",
    )
    text = (
        "never mind on the couplings, found the 3 bags behind the seat in my truck. my bad. "
        "dont send any. the coil pickup is still on\n\nMike"
        + SAMSUNG
        + "\n\n"
        + "\n".join("> " + line if line else ">" for line in quoted.splitlines())
        + "\n"
    )
    ref = f"<notice.{h('s07', 'notice', 12)}@distributor.example>"
    return compose(
        key="s10",
        client="samsung",
        sender=MIKE,
        subject="Re: po 24519",
        sent=("2026-11-12 15:40:02", EST),
        body=text_part(text),
        headers=[("In-Reply-To", ref), ("References", ref)],
    )


def s11() -> bytes:
    text = """\
Hello,

Material return request MRR-1113 for SO-104243 is attached. Two lines on it, the
reasons are in the notes column. Everything is staged at our dock.

Jorge Alcantara
Warehouse, Riverbend Plumbing & Heating
"""
    return compose(
        key="s11",
        client="thunderbird",
        sender=JORGE,
        subject="MRR-1113 / SO-104243",
        sent=("2026-11-13 07:35:40", EST),
        body=with_files(
            "thunderbird",
            "s11",
            body_for("thunderbird", "s11", text),
            file_part(return_request_s11(), PDF_T, "MRR-1113.pdf"),
        ),
    )


def s12() -> bytes:
    text = """\
Hi - Tuan sent you our receipt exceptions last Friday. We're still 2 cases short on the MERV 11 filters from PO-60418 and we need them for PMs on Monday. Can you get those 2 cases out to us?

Raj

Sent from my iPhone
"""
    return compose(
        key="s12",
        client="iphone",
        sender=RAJ,
        subject="Filters PO-60418",
        sent=("2026-11-13 12:02:16", CST),
        body=text_part(text),
    )


def s13() -> bytes:
    text = """\
Halvorsen Pipe & Supply Co.

An inspection was completed for the shipment below. The report is attached for
your records.

PRO:            0782-226114
Shipper ref:    SO-104228
Consignee:      SUMMIT HVAC SERVICES, LENEXA KS
Inspection:     INS-26-114072, completed 11/12/2026

If you intend to file a cargo claim, submit it through the claims portal with the
supporting documents within nine months of delivery. This notice is not a claim
and does not acknowledge liability.

OD Cargo Claims
This mailbox is not monitored.
"""
    return compose(
        key="s13",
        client="system",
        sender=ODFL,
        subject="Inspection report INS-26-114072 - PRO 0782-226114 (your ref SO-104228)",
        sent=("2026-11-13 14:05:00", EST),
        body=with_files(
            "system",
            "s13",
            text_part(text),
            file_part(carrier_inspection_s13(), PDF_T, "INS-26-114072.pdf"),
        ),
    )


def s14() -> bytes:
    text = """\
Hello,

Friday's cycle count of the Gardner job trailer found extra floor registers from
PO-60377 (your SO-104228). Count sheet attached, the line is highlighted yellow.
They came with the 11/2 delivery; we didn't notice until the count. Your driver
can take them back next time he is out.

Tuan Nguyen
Receiving - Summit HVAC Services
913-555-0192
"""
    return compose(
        key="s14",
        client="thunderbird",
        sender=TUAN,
        subject="Cycle count - extra registers PO-60377",
        sent=("2026-11-16 08:20:31", CST),
        body=with_files(
            "thunderbird",
            "s14",
            body_for("thunderbird", "s14", text),
            file_part(count_workbook_s14(), XLSX, "Gardner_trailer_count_1113.xlsx"),
        ),
    )


def s15() -> bytes:
    return SITE_LOG_S15.replace("\n", "\r\n").encode("ascii")


def s16() -> bytes:
    text = """\
Hi,

Tom asked me to send you what's left over from the Dauphin St job that came from
you (PO-77731). Screenshot of my truck sheet below - the Return column is what
goes back to you.

[[INSERT]]

Thanks,
Wes Calloway
Service Technician
Keystone Mechanical Contractors
"""
    cid = f"image001.png@01DB{h('s16', 'cid', 4).upper()}.{h('s16', 'cid2', 8).upper()}"
    html = outlook_html(
        text,
        f'<p class="MsoNormal"><img width="669" height="140" '
        f'src="cid:{cid}" alt="truck sheet"></p>',
    )
    plain = text.replace("[[INSERT]]", "[cid:" + cid + "]")
    related = multipart(
        "related",
        boundary_for("outlook", "s16", 2),
        [
            text_part(html, "html", qp=True),
            file_part(sheet_screenshot_s16(), PNG, "image001.png", inline_cid=cid),
        ],
        extra='type="text/html"',
    )
    body = multipart("alternative", boundary_for("outlook", "s16", 1), [text_part(plain), related])
    return compose(
        key="s16",
        client="outlook",
        sender=WES,
        subject="Dauphin St leftovers - RMA please",
        sent=("2026-11-16 13:45:10", EST),
        body=body,
    )


def s17() -> bytes:
    text = f"""\
Good morning,

Screenshot from our receiving app for yesterday's delivery on SO-104246. One
line is flagged - the box was crushed when it came off the truck, your driver saw
it. Please credit or replace.

{ANDRE_SIGNOFF}
"""
    return compose(
        key="s17",
        client="outlook-ios",
        sender=ANDRE,
        subject="Delivery exception SO-104246",
        sent=("2026-11-17 07:05:33", CST),
        body=with_files(
            "outlook-ios",
            "s17",
            body_for("outlook-ios", "s17", text),
            file_part(app_screenshot_s17(), PNG, "Screenshot_20261116-144512.png"),
        ),
    )


def s18() -> bytes:
    text = """\
Hello,

Our AP system put INV-88184 (PO-60455) on hold with two exceptions, screenshot
attached. Please (1) issue a credit for the price difference on the filters and
(2) have your warehouse swap the thermostats that came in as the wrong model.

We will release the invoice once we have the credit memo.

Regards,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return compose(
        key="s18",
        client="outlook",
        sender=LINDA,
        subject="INV-88184 on hold - 2 exceptions",
        sent=("2026-11-17 10:48:21", CST),
        body=with_files(
            "outlook",
            "s18",
            body_for("outlook", "s18", text),
            file_part(ap_portal_screenshot_s18(), PNG, "AP_match_INV-88184.png"),
        ),
    )


def s19() -> bytes:
    text = """\
Hi,

Wrong material report attached for PO-24460. The crew found it yesterday when
they got to the last cartons. Can you set up the exchange?

Thanks!
Karen
"""
    return compose(
        key="s19",
        client="apple",
        sender=KAREN,
        subject="Wrong material - PO-24460",
        sent=("2026-11-18 09:30:50", EST),
        body=with_files(
            "apple",
            "s19",
            body_for("apple", "s19", text),
            file_part(wrong_material_report_s19(), PDF_T, "WMR-26-041.pdf"),
        ),
    )


def s20() -> bytes:
    text = """\
Hello

On the PO 40962 the copper tube 1 inch type L, when we open the bundle yesterday
for the Dowlen Rd job we find 2 pieces dented in the middle, like something heavy
was on top. The bundle was in our rack since the delivery, nobody touch it. We can
not use this 2 pieces for the riser. Please credit or change the 2 pieces.

Thank you
Joaquín Delgado
Delgado & Sons Plumbing
"""
    return compose(
        key="s20",
        client="gmail",
        sender=JOAQUIN,
        subject="copper tube damage PO 40962",
        sent=("2026-11-18 09:52:18", CST),
        body=body_for("gmail", "s20", text),
    )


def s21() -> bytes:
    quoted = notice_quote(
        "Wednesday, November 11, 2026 12:04 PM",
        "We received your request on SO-104239 (PO-70231):\n"
        "- SHORT: 6 x HVC-REG-1006-W. A recount has been opened; credit pending.\n"
        "- OVERSHIPPED: 2 x HVC-FLT-1625-M11. Our driver will collect the extra cases.",
    )
    text = f"""\
Thank you - the registers came on today's truck and your driver took the 2 extra
cases of filters back. All squared away on our end.

{LUIS_SIGNOFF}

{quoted}"""
    ref = f"<notice.{h('s08', 'notice', 12)}@distributor.example>"
    return compose(
        key="s21",
        client="outlook",
        sender=LUIS,
        subject="RE: PO-70231 delivery count",
        sent=("2026-11-19 12:15:48", CST),
        body=body_for("outlook", "s21", text),
        headers=[("In-Reply-To", ref), ("References", ref)],
    )


def s22() -> bytes:
    text = """\
Hi,

Pulled the PRVs off the Gratz St job - tagged, pic attached. Both creep up to
street pressure, they won't hold the setpoint. Want them back or scrap them?

Wes
Keystone Mechanical

Get Outlook for iOS
"""
    return compose(
        key="s22",
        client="outlook-ios",
        sender=WES,
        subject="PRVs PO-77812",
        sent=("2026-11-19 14:30:05", EST),
        body=with_files(
            "outlook-ios",
            "s22",
            body_for("outlook-ios", "s22", text),
            file_part(defective_tag_photo_s22(), JPEG, "IMG_0419.jpg"),
        ),
    )


def s23() -> bytes:
    text = f"""\
Hello,

Our work order export for this week is attached (tab-delimited). The two
thermostat replacements that failed are WO-26-4415 and WO-26-4416 - both
thermostats from PO-70231, dead on install. The one on WO-26-4423 is fine.

Please replace or credit the two.

{ANDRE_SIGNOFF}
"""
    tsv = csv_text(WORK_ORDERS_TSV_S23, sep="\t").encode("ascii")
    return compose(
        key="s23",
        client="outlook",
        sender=ANDRE,
        subject="Thermostats PO-70231 - DOA",
        sent=("2026-11-20 09:12:37", CST),
        body=with_files(
            "outlook",
            "s23",
            body_for("outlook", "s23", text),
            file_part(tsv, "text/tab-separated-values", "WO_export_2026-11-20.tsv"),
        ),
    )


def s24() -> bytes:
    text = """\
Hello,

Please see the attached 3-way match exception report. One line on INV-88098 is
billed above our PO price, and the invoice is on hold. Please send a credit memo
for the difference and we will release payment.

Kind regards,
Irina Sokolova
Accounts Payable Clerk
Keystone Mechanical Contractors
"""
    data = csv_text(MATCH_CSV_S24).encode("ascii")
    return compose(
        key="s24",
        client="outlook",
        sender=IRINA,
        subject="Price variance INV-88098",
        sent=("2026-11-20 11:05:02", EST),
        body=with_files(
            "outlook",
            "s24",
            body_for("outlook", "s24", text),
            file_part(data, "text/csv", "MatchExceptions_Halvorsen_1120.csv"),
        ),
    )


def s25() -> bytes:
    text = f"""\
Hi,

Close-out return list for the Havertown job is attached. Only the elbow line is yours
(SO-104226); the other return line goes to Allegheny. The elbows are boxed and
ready - not needed anymore, the design went to PEX on the upper floors.

Thanks,
{TOM_SIGNOFF}
"""
    data = RETURN_LIST_S25.replace("\n", "\r\n").encode("ascii")
    return compose(
        key="s25",
        client="outlook",
        sender=TOM,
        subject="Havertown close-out - return to Halvorsen",
        sent=("2026-11-23 08:33:29", EST),
        body=with_files(
            "outlook",
            "s25",
            body_for("outlook", "s25", text),
            file_part(data, "text/plain", "RTNLIST_26-114.TXT"),
        ),
    )


def s26() -> bytes:
    text = """\
Hi,

Please see below from Ramiro. This is the 40 gallon electric heater from PO 40917,
photo of the label attached. Can you send us an RMA for it?

Thank you,
Rosa

---------- Forwarded message ---------
From: Ramiro Fuentes <ramiro@delgadoplumbing.com>
Date: Sat, Nov 21, 2026 at 3:12 PM
Subject: Alvarez heater
To: Rosa Delgado <rosa@delgadoplumbing.com>


Rosa - the heater at the Alvarez house keeps tripping the high limit every few
hours. Replaced the upper thermostat and the ECO, still does it. Heater is bad.
Pulled it, it's at the shop. Pic of the label attached.
Ramiro
"""
    return compose(
        key="s26",
        client="gmail",
        sender=ROSA,
        subject="Fwd: Alvarez heater",
        sent=("2026-11-23 10:10:57", CST),
        body=with_files(
            "gmail",
            "s26",
            body_for("gmail", "s26", text),
            file_part(rating_plate_photo_s26(), JPEG, "IMG_20261121_151044.jpg"),
        ),
    )


def s27() -> bytes:
    text = f"""\
Hello,

Summit HVAC installed the Wi-Fi thermostats in our building 2 under their order
with you, SO-104238. One of them, in unit 2-114, is dead: no display, and we
measured 24 V at the terminals. Summit told us to contact you directly since
Harbor Point owns the equipment. It is a TST-7500-PRO.

Could you replace that one thermostat? We can drop it off at your counter.

Thanks,
{LUIS_SIGNOFF}
"""
    return compose(
        key="s27",
        client="outlook",
        sender=LUIS,
        subject="Dead thermostat - SO-104238",
        sent=("2026-11-24 09:45:14", CST),
        body=body_for("outlook", "s27", text),
    )


def s28() -> bytes:
    return (json.dumps(PORTAL_S28, indent=2) + "\n").encode("ascii")


def s29() -> bytes:
    text = """\
Hello,

The remittance for today's ACH payment is attached. Two invoices were short-paid
by the credits your returns desk has open for us (the damaged tile, and the filters
and thermostats from early November), as agreed with Raj. No new issues.

Regards,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    data = csv_text(REMITTANCE_CSV_S29).encode("ascii")
    return compose(
        key="s29",
        client="outlook",
        sender=LINDA,
        subject="Remittance - ACH 0041187",
        sent=("2026-11-24 13:20:40", CST),
        body=with_files(
            "outlook",
            "s29",
            body_for("outlook", "s29", text),
            file_part(data, "text/csv", "Remit_ACH0041187.csv"),
        ),
    )


def s30() -> bytes:
    text = """\
Morning!

Quick one before everybody scatters for the holiday. The De Soto library job dropped
the smart-thermostat upgrade (value engineering strikes again), so we've got 3 of
the Wi-Fi programmable thermostats from PO-60418 sitting in the shop that we won't
be using. Boxes never opened. Could we send those 3 back? Happy to eat the
restocking fee.

Linda tells me the November invoices are squared away with the short-pays, so this
would be the last loose end on that order.

Happy Thanksgiving to the whole crew,
Raj

Raj Patel
Operations Manager | Summit HVAC Services
"""
    return compose(
        key="s30",
        client="outlook",
        sender=RAJ,
        subject="3 wifi stats - job dropped them",
        sent=("2026-11-25 08:05:22", CST),
        body=body_for("outlook", "s30", text),
    )


def s31() -> bytes:
    text = (
        'fwd the test report from our tester. the 3" RPZ from PO 24415 failed its first '
        "test at schuylkill yards - #2 check wont hold and the relief dumps. brand new, its "
        "bad from the factory. need a replacement or credit asap, inspector comes back tues"
        "\n\nMike" + SAMSUNG + "\n"
    )
    return compose(
        key="s31",
        client="samsung",
        sender=MIKE,
        subject="RPZ failed test PO 24415",
        sent=("2026-11-25 11:50:36", EST),
        body=with_files(
            "samsung",
            "s31",
            text_part(text),
            file_part(backflow_test_report_s31(), PDF_T, "TestReport_26-3318.pdf"),
        ),
    )


def s32() -> bytes:
    text = """\
I'm out of the office Wednesday 11/25 through Monday 11/30 for the holiday, with
limited access to email. For receiving issues please contact Bernadette Okafor
(bokafor@keystonemech.com); for invoices, Irina Sokolova
(isokolova@keystonemech.com). I'll reply when I'm back.

Tom Morales
"""
    ref = f"<notice.{h('s25', 'notice', 12)}@distributor.example>"
    return compose(
        key="s32",
        client="outlook",
        sender=TOM,
        subject="Automatic reply: Your request on SO-104226 has been received",
        sent=("2026-11-25 12:04:51", EST),
        body=body_for("outlook", "s32", text),
        headers=[
            ("In-Reply-To", ref),
            ("References", ref),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )


def s33() -> bytes:
    text = """\
hi,  i do sub work for Delgado & Sons. the expansion tank i put in at a house on
Oakridge Dr last week is leaking at the air valve, its bad from the factory. it
came off your order SO-104216, Rosa gave it to me from there shop. its the 2 gal
thermal expansion tank, 1 tank.
Rosa said to email u direct for the warranty. can u replace it? i can bring it by
the counter
thx
Dwayne Tibbs
Tibbs Plumbing
(409) 555-0163
"""
    return compose(
        key="s33",
        client="gmail",
        sender=DWAYNE,
        subject="leaking expansion tank",
        sent=("2026-11-27 08:20:03", CST),
        body=body_for("gmail", "s33", text),
    )


def s34() -> bytes:
    return TANK_NOTE_S34.encode("ascii")


def s35() -> bytes:
    text = """\
Hi,

Service report from Gratz St attached - 2 of the Wi-Fi thermostats are DOA. Per
the job folder they came on PO-77812. Do you want them back or should we toss
them?

Wes
"""
    html = service_report_html_s35().replace("\n", "\r\n").encode("ascii")
    return compose(
        key="s35",
        client="outlook",
        sender=WES,
        subject="Gratz St - 2 dead Wi-Fi stats",
        sent=("2026-11-30 09:15:46", EST),
        body=with_files(
            "outlook",
            "s35",
            body_for("outlook", "s35", text),
            file_part(html, "text/html", "SR-5531.html"),
        ),
    )


def s36() -> bytes:
    text = """\
Hi,

We have 30 feet of the 2" black pipe left from SO-104240 - one 20 ft piece and one
10 ft piece. The gas line on the Pruitt job got shortened, so we don't need it
anymore. Can we bring it back for credit?

Thank you,
Rosa
"""
    return compose(
        key="s36",
        client="gmail",
        sender=ROSA,
        subject="leftover black pipe SO-104240",
        sent=("2026-11-30 11:00:28", CST),
        body=body_for("gmail", "s36", text),
    )


def s37() -> bytes:
    text = f"""\
Hello,

Warranty claim form for the gas water heater in building B is attached (scan).
We replaced the thermocouple first, no change - the gas valve is bad. The unit is
out and at our shop. Please process it with the manufacturer or credit us.

{ANDRE_SIGNOFF}
"""
    return compose(
        key="s37",
        client="outlook",
        sender=ANDRE,
        subject="Warranty claim - gas water heater PO-70288",
        sent=("2026-11-30 14:05:12", CST),
        body=with_files(
            "outlook",
            "s37",
            body_for("outlook", "s37", text),
            file_part(warranty_form_scan_s37(), PNG, "Scan_20261130_1402.png"),
        ),
    )


def s38() -> bytes:
    text = f"""\
Hi,

The owner cut the second chiller from the Newtown Square job, so we won't need the 3"
swing check valves from SO-104235. We have 5 of them sitting in our warehouse,
never installed, still crated. Please RMA all 5 back for credit, less the
restocking fee.

Thanks,
{TOM_SIGNOFF}
"""
    return compose(
        key="s38",
        client="outlook",
        sender=TOM,
        subject="Check valves SO-104235 - not needed",
        sent=("2026-12-01 07:48:39", EST),
        body=body_for("outlook", "s38", text),
    )


def s39() -> bytes:
    text = """\
Hello

2 of the ball valve 3/4 from PO 40611 (last year, Broussard job) is leaking by, the
ball not close all the way anymore. The customer call us back. Please change them
under warranty.

Thank you
Joaquín Delgado
"""
    return compose(
        key="s39",
        client="gmail",
        sender=JOAQUIN,
        subject="ball valve leaking PO 40611",
        sent=("2026-12-01 08:30:15", CST),
        body=body_for("gmail", "s39", text),
    )


def s40() -> bytes:
    text = """\
Hi Gina,

Could you quote the following for the Westbury school job, delivery by Jan 8:

- 2 ea 3" RPZ assembly (BFP-RPZ-300-SO or equal)
- 2 ea 3" swing check valve, flanged (VLV-3100-CK)

Mike says the last RPZ gave us trouble, so if you'd suggest another brand, let us
know.

Thanks!
Karen
"""
    return compose(
        key="s40",
        client="apple",
        sender=KAREN,
        to=GINA,
        cc=RETURNS,
        subject='Quote - 3" RPZ x2 + check valves',
        sent=("2026-12-01 13:10:33", EST),
        body=body_for("apple", "s40", text),
    )


REQUESTS = (
    ("s01-summit-fax-freight-damage-tile.eml", s01),
    ("s02-riverbend-add-unions-open-order.eml", s02),
    ("s03-summit-semicolon-csv-receipt-filters-stats.eml", s03),
    ("s04-keystone-xlsx-receipt-elbows-pex.eml", s04),
    ("s05-delgado-photo-legal-pad-will-call.eml", s05),
    ("s06-keystone-pdf-exceptions-page2.eml", s06),
    ("s07-riverbend-photo-packing-list-pex.eml", s07),
    ("s08-harbor-html-table-registers-filters.eml", s08),
    ("s09-riverbend-scan-receiving-tag-unknown-po.eml", s09),
    ("s10-riverbend-found-the-couplings.eml", s10),
    ("s11-riverbend-pdf-return-request-elbows-valves.eml", s11),
    ("s12-summit-phone-filters-resend.eml", s12),
    ("s13-carrier-inspection-notice.eml", s13),
    ("s14-summit-xlsx-count-registers-late.eml", s14),
    ("s15-upload-site-log-prv.txt", s15),
    ("s16-keystone-sheet-screenshot-pex-couplings.eml", s16),
    ("s17-harbor-app-screenshot-ball-valves.eml", s17),
    ("s18-summit-ap-portal-screenshot-stats-filters.eml", s18),
    ("s19-riverbend-pdf-form-pvc-tees.eml", s19),
    ("s20-delgado-copper-dented-late.eml", s20),
    ("s21-harbor-thanks-registers.eml", s21),
    ("s22-keystone-photo-tag-prv.eml", s22),
    ("s23-harbor-tsv-work-orders-stats.eml", s23),
    ("s24-keystone-csv-match-exceptions-copper.eml", s24),
    ("s25-keystone-fixed-width-return-list-elbows.eml", s25),
    ("s26-delgado-photo-rating-plate-heater.eml", s26),
    ("s27-harbor-stat-on-summit-order.eml", s27),
    ("s28-portal-unions-left-over.json", s28),
    ("s29-summit-remittance-csv.eml", s29),
    ("s30-summit-wifi-stats-not-needed.eml", s30),
    ("s31-riverbend-pdf-backflow-test-report.eml", s31),
    ("s32-keystone-out-of-office.eml", s32),
    ("s33-plumber-gmail-expansion-tank.eml", s33),
    ("s34-upload-contractor-tank-size.txt", s34),
    ("s35-keystone-html-service-report-stats.eml", s35),
    ("s36-delgado-black-pipe-left-over.eml", s36),
    ("s37-harbor-scan-warranty-form-heater.eml", s37),
    ("s38-keystone-check-valves-job-cut.eml", s38),
    ("s39-delgado-old-ball-valves.eml", s39),
    ("s40-riverbend-quote-rpz.eml", s40),
)


def main(argv: list[str]) -> int:
    """Write every request file into the folder given (default: requests/ here)."""
    target = Path(argv[0]) if argv else HERE / "requests"
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for file_name, build in REQUESTS:
        (target / file_name).write_bytes(build())
        written += 1
    print(f"heldout39: {written} files in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
