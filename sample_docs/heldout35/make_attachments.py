"""Build the heldout35 requests: 37 emails (with their attachments), 1 portal form, 2 uploads.

    .venv/bin/python sample_docs/heldout35/make_attachments.py

Run it from any directory. It needs Pillow, fpdf2 and openpyxl (all in the project's .venv)
and draws typed text with the DejaVu / Liberation TrueType files of the system
(/usr/share/fonts/truetype; Pillow's own font is the fallback, which would change the
pictures). Handwriting is drawn with a stroke alphabet defined below, not with a font.
Everything that could vary is fixed: one seed per picture, Date headers, Message-IDs,
MIME boundaries, PDF creation dates, workbook properties and zip entry times. Running it
twice writes the same 40 files byte for byte.

Pictures: phone photos (JPEG) of a carton label (s03), a carrier's delivery receipt (s04),
two packing slips (s05, s15) and a water heater's rating plate (s37); flatbed scans (PNG)
of a typed start-up checklist (s13), a typed service ticket (s22), a hand-filled return
tag (s19) and a hand-filled return request form (s25). PDFs: s02, s08, s17, s24, s29.
CSV: s18, s21. Workbook: s26.
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import math
import quopri
import random
import zipfile
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
)

# one seed per picture (each was read back with plain Tesseract 5; see README)
SEED = {
    "s03": 350302,
    "s04": 350401,
    "s05": 350521,
    "s13": 351301,
    "s15": 351511,
    "s19": 351909,
    "s22": 352201,
    "s25": 352508,
    "s37": 353701,
}


# ====================================================================== lettering


def ttf(name: str, px: int) -> ImageFont.FreeTypeFont:
    """A system TrueType face by file name, at px pixels."""
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), px)
    return ImageFont.load_default(size=px)


SANS, SANS_B = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
COND, COND_B = "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"
MONO, MONO_B = "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"
ARIAL, ARIAL_B = "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"
NARROW_B = "LiberationSansNarrow-Bold.ttf"


def G(v: int) -> tuple[int, int, int]:
    """A grey as an RGB colour."""
    return (v, v, v)


def put(draw, xy, text, face=SANS, px=26, ink=20) -> None:
    draw.text(xy, text, font=ttf(face, px), fill=G(ink) if isinstance(ink, int) else ink)


def _bow(cx, cy, rx, ry, a0, a1, n=14):
    """Points along an ellipse from a0 to a1 degrees (counter-clockwise, y up)."""
    pts = []
    for k in range(n + 1):
        a = math.radians(a0 + (a1 - a0) * k / n)
        pts.append((cx + rx * math.cos(a), cy - ry * math.sin(a)))
    return pts


# A block-capital stroke alphabet on a 4 x 6 cell (y grows downwards). Each glyph is a list
# of pen strokes; a stroke is a list of points. Lower case is written as small capitals.
STROKES = {
    "A": [[(0, 6), (2, 0), (4, 6)], [(0.8, 3.9), (3.2, 3.9)]],
    "B": [
        [(0, 6), (0, 0), (2.5, 0), (3.4, 0.5), (3.6, 1.5), (3.1, 2.5), (2.2, 2.9), (0, 2.9)],
        [(2.2, 2.9), (3.4, 3.4), (3.9, 4.5), (3.5, 5.5), (2.6, 6), (0, 6)],
    ],
    "C": [_bow(2.1, 3, 2.1, 3, 50, 310)],
    "D": [[(0, 0), (0, 6)], [(0, 0), (1.7, 0), (3.2, 0.8), (4, 3), (3.3, 5.1), (1.8, 6), (0, 6)]],
    "E": [[(3.8, 0), (0, 0), (0, 6), (3.9, 6)], [(0, 2.9), (2.9, 2.9)]],
    "F": [[(3.9, 0), (0, 0), (0, 6)], [(0, 2.9), (2.9, 2.9)]],
    "G": [_bow(2.1, 3, 2.1, 3, 48, 345) + [(4.1, 3.5)], [(2.3, 3.5), (4.1, 3.5), (4.1, 6)]],
    "H": [[(0, 0), (0, 6)], [(4, 0), (4, 6)], [(0, 3), (4, 3)]],
    "I": [[(1.4, 0), (1.4, 6)], [(0.2, 0), (2.6, 0)], [(0.2, 6), (2.6, 6)]],
    "J": [[(3.4, 0), (3.4, 4.3)] + _bow(1.8, 4.3, 1.6, 1.7, 0, -180)],
    "K": [[(0, 0), (0, 6)], [(3.9, 0), (0, 3.7)], [(1.3, 2.6), (4, 6)]],
    "L": [[(0, 0), (0, 6), (3.6, 6)]],
    "M": [[(0, 6), (0, 0), (2.1, 4.2), (4.2, 0), (4.2, 6)]],
    "N": [[(0, 6), (0, 0), (4, 6), (4, 0)]],
    "O": [_bow(2.1, 3, 2.1, 3, 90, 450, 22)],
    "P": [[(0, 6), (0, 0), (2.6, 0), (3.6, 0.6), (3.9, 1.6), (3.5, 2.7), (2.5, 3.2), (0, 3.2)]],
    "Q": [_bow(2.1, 3, 2.1, 3, 90, 450, 22), [(2.5, 4.4), (4.3, 6.3)]],
    "R": [
        [(0, 6), (0, 0), (2.6, 0), (3.6, 0.6), (3.9, 1.6), (3.5, 2.7), (2.5, 3.2), (0, 3.2)],
        [(1.9, 3.2), (4, 6)],
    ],
    "S": [
        [(3.7, 0.9), (2.8, 0.1), (1.5, 0), (0.4, 0.6), (0.2, 1.7), (0.9, 2.6), (2.1, 3.0)]
        + [(3.3, 3.5), (3.9, 4.5), (3.6, 5.5), (2.4, 6), (1.0, 6), (0, 5.2)]
    ],
    "T": [[(0, 0), (4.2, 0)], [(2.1, 0), (2.1, 6)]],
    "U": [[(0, 0), (0, 4.1)] + _bow(2, 4.1, 2, 1.9, 180, 360) + [(4, 0)]],
    "V": [[(0, 0), (2.1, 6), (4.2, 0)]],
    "W": [[(0, 0), (1.2, 6), (2.5, 1.6), (3.8, 6), (5, 0)]],
    "X": [[(0, 0), (4, 6)], [(4, 0), (0, 6)]],
    "Y": [[(0, 0), (2.1, 3), (4.2, 0)], [(2.1, 3), (2.1, 6)]],
    "Z": [[(0.2, 0), (4, 0), (0, 6), (4.1, 6)]],
    "0": [_bow(1.9, 3, 1.9, 3, 90, 450, 22)],
    "1": [[(0.7, 1.3), (2.0, 0), (2.0, 6)]],
    "2": [[(0.2, 1.3), (0.9, 0.3), (2.1, 0), (3.3, 0.4), (3.7, 1.5), (3.2, 2.8), (0, 6), (4, 6)]],
    "3": [
        [(0.3, 0.7), (1.4, 0), (2.9, 0.1), (3.6, 1.1), (3.3, 2.3), (1.7, 2.9)],
        [(1.7, 2.9), (3.2, 3.3), (3.9, 4.5), (3.4, 5.6), (1.9, 6), (0.2, 5.4)],
    ],
    "4": [[(3.1, 6), (3.1, 0), (0, 4.2), (4.2, 4.2)]],
    "5": [
        [(3.7, 0), (0.6, 0), (0.3, 2.7), (1.6, 2.3), (3.0, 2.6), (3.9, 3.8), (3.7, 5.2)]
        + [(2.5, 6), (1.0, 6), (0, 5.3)]
    ],
    "6": [
        [(3.4, 0.4), (2.3, 0), (1.1, 0.5), (0.3, 2.0), (0, 3.8), (0.4, 5.3), (1.6, 6)]
        + [(2.9, 5.8), (3.8, 4.8), (3.7, 3.6), (2.8, 2.8), (1.5, 2.8), (0.3, 3.7)]
    ],
    "7": [[(0, 0), (4, 0), (1.4, 6)]],
    "8": [_bow(2, 1.5, 1.6, 1.5, 270, 630, 16), _bow(2, 4.45, 1.9, 1.55, 90, 450, 16)],
    "9": [
        [(3.6, 2.4), (2.6, 3.1), (1.2, 3.0), (0.3, 2.0), (0.5, 0.7), (1.6, 0), (2.8, 0.1)]
        + [(3.6, 1.0), (3.7, 2.7), (3.3, 4.7), (2.4, 5.8), (1.0, 6), (0.3, 5.4)]
    ],
    "-": [[(0.4, 3.2), (2.8, 3.2)]],
    "/": [[(0, 6.2), (2.8, -0.2)]],
    ".": [[(0.4, 5.7), (0.6, 5.9)]],
    ",": [[(0.7, 5.6), (0.2, 6.9)]],
    ":": [[(0.5, 1.9), (0.6, 2.1)], [(0.5, 5.7), (0.6, 5.9)]],
    "'": [[(0.5, -0.1), (0.4, 1.3)]],
    "#": [
        [(1.2, 0.6), (0.8, 5.4)],
        [(3.0, 0.6), (2.6, 5.4)],
        [(0, 2.1), (3.8, 2.1)],
        [(0, 3.9), (3.8, 3.9)],
    ],
    "+": [[(1.8, 1.6), (1.8, 4.6)], [(0.3, 3.1), (3.3, 3.1)]],
    "&": [
        [(4, 6), (0.8, 2.2), (0.9, 0.6), (1.8, 0), (2.7, 0.6), (2.6, 1.8), (0.3, 4.2)]
        + [(0.4, 5.5), (1.5, 6), (2.8, 5.6), (3.9, 4.0)]
    ],
}
ADVANCE = {"I": 2.6, "1": 2.6, "-": 3.0, "/": 2.8, ".": 1.0, ",": 1.0, ":": 1.0, "'": 0.9}
ADVANCE |= {"W": 5.0, "M": 4.2, "+": 3.5}


def scrawl(page, xy, text, rng, size=8.0, pen=4, ink=(28, 36, 110), lean=0.17, shake=0.12):
    """Write text by hand: each glyph a little bigger or smaller, leaning, off the line."""
    draw = ImageDraw.Draw(page)
    x, y = xy
    drift = 0.0
    for ch in text:
        if ch == " ":
            x += size * 2.7 + rng.uniform(-1, 2)
            continue
        glyph = STROKES.get(ch.upper())
        if glyph is None:
            x += size * 2
            continue
        k = size * (0.74 if ch.islower() else 1.0) * rng.uniform(0.93, 1.07)
        top = y + 6 * size - 6 * k + drift
        tilt = lean + rng.uniform(-0.05, 0.05)
        drift += rng.uniform(-0.6, 0.6)
        for stroke in glyph:
            pts = []
            for px, py in stroke:
                gx, gy = px + rng.gauss(0, shake), py + rng.gauss(0, shake)
                pts.append((x + gx * k + (6 - gy) * k * tilt, top + gy * k))
            w = max(2, pen + rng.choice((-1, 0, 0, 1)))
            draw.line(pts, fill=ink, width=w, joint="curve")
            for px, py in (pts[0], pts[-1]):
                draw.ellipse([px - w / 2, py - w / 2, px + w / 2, py + w / 2], fill=ink)
        x += (ADVANCE.get(ch.upper(), 4.0) + 1.3) * k + rng.uniform(-1, 2)
    return x


def tick(page, xy, rng, size=22, ink=(28, 36, 110), pen=4) -> None:
    """A check mark by hand."""
    x, y = xy
    pts = [
        (x, y + size * 0.55),
        (x + size * 0.35 + rng.uniform(-2, 2), y + size),
        (x + size * 1.1, y + rng.uniform(-3, 3)),
    ]
    ImageDraw.Draw(page).line(pts, fill=ink, width=pen, joint="curve")


# ====================================================================== camera and scanner


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the 8 perspective coefficients."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [u - f * v for u, v in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(src_quad, dst_size):
    """Coefficients that map the output rectangle onto src_quad (for Image.transform)."""
    w, h = dst_size
    dst = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src_quad, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return _solve(a, b)


def grain(size, rng, amount):
    """Sensor-like noise around mid-grey, drawn from the picture's own seeded generator
    (Pillow's effect_noise draws from the C library's rand(), which no seed here controls)."""
    w, h = size
    raw = Image.frombytes("L", (w, h), rng.randbytes(w * h)).filter(ImageFilter.BoxBlur(1))
    return raw.point(lambda v: max(0, min(255, 128 + (v - 128) * amount // 24))).convert("RGB")


def phone_photo(sheet, rng, backdrop=(120, 98, 72), tilt=2.0, out=(1400, 1050), glare=0.25):
    """A phone picture of a sheet lying on something: skewed, turned, lit from one side."""
    sw, sh = sheet.size
    ground = Image.new("RGB", (int(sw * 1.25), int(sh * 1.25)), backdrop)
    ground = ImageChops.add(ground, grain(ground.size, rng, 18), scale=1.0, offset=-128)
    ox, oy = (ground.width - sw) // 2, (ground.height - sh) // 2
    shadow = Image.new("L", ground.size, 0)
    ImageDraw.Draw(shadow).rectangle([ox + 10, oy + 14, ox + sw + 10, oy + sh + 14], fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(12))
    ground.paste((25, 20, 15), (0, 0), shadow)
    ground.paste(sheet, (ox, oy))
    ground = ground.rotate(tilt, resample=Image.BICUBIC, fillcolor=backdrop)
    gw, gh = ground.size
    j = [rng.uniform(0.0, 0.05) for _ in range(8)]
    quad = [
        (gw * (0.05 + j[0]), gh * (0.05 + j[1])),
        (gw * (0.95 - j[2]), gh * (0.04 + j[3])),
        (gw * (0.97 - j[4]), gh * (0.96 - j[5])),
        (gw * (0.03 + j[6]), gh * (0.95 - j[7])),
    ]
    shot = ground.transform(out, Image.PERSPECTIVE, _perspective(quad, out), Image.BICUBIC)
    # light: bright near one corner, falling off across the frame
    fx, fy = rng.uniform(0.1, 0.5), rng.uniform(0.0, 0.4)
    light = Image.radial_gradient("L").resize((out[0] * 2, out[1] * 2))
    light = light.crop(
        (
            int(out[0] * (1 - fx)),
            int(out[1] * (1 - fy)),
            int(out[0] * (2 - fx)),
            int(out[1] * (2 - fy)),
        )
    )
    light = light.point(lambda v: int(255 - v * glare))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    warm = Image.new("RGB", out, (255, 246, 228))
    shot = ImageChops.multiply(shot, warm)
    shot = shot.filter(ImageFilter.GaussianBlur(0.7))
    shot = ImageChops.add(shot, grain(out, rng, 10), scale=1.0, offset=-128)
    buf = io.BytesIO()
    shot.save(buf, format="JPEG", quality=84, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def flatbed(sheet, rng, tilt=0.6, lid=True):
    """A flatbed scan at 200 dpi: grey, a little crooked, lid edge, specks, soft focus."""
    page = sheet.convert("L")
    page = page.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=244)
    w, h = page.size
    if lid:
        band = Image.linear_gradient("L").resize((w, 38)).point(lambda v: 150 + v * 100 // 255)
        page.paste(ImageChops.multiply(page.crop((0, 0, w, 38)), band), (0, 0))
    specks = page.load()
    for _ in range(900):
        x, y = rng.randrange(w), rng.randrange(h)
        specks[x, y] = rng.choice((70, 110, 160))
    page = page.filter(ImageFilter.GaussianBlur(0.45))
    page = ImageOps.autocontrast(page, cutoff=0.5)
    buf = io.BytesIO()
    page.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def paper(w, h, tint=(252, 251, 246)):
    return Image.new("RGB", (w, h), tint)


def barcode(draw, x, y, w, h, rng) -> None:
    cx = x
    while cx < x + w:
        bar = rng.choice((2, 2, 3, 4, 6))
        draw.rectangle([cx, y, cx + bar - 1, y + h], fill=G(15))
        cx += bar + rng.choice((2, 3, 4))


# ====================================================================== the pictures


def harbor_carton_label() -> bytes:
    """s03: the shipping label on the thermostat carton, with Luis's marker note on it."""
    rng = random.Random(SEED["s03"])
    box = paper(1000, 1180, (200, 166, 120))
    box = ImageChops.add(box, grain(box.size, rng, 10), scale=1.0, offset=-128)
    label = paper(880, 1080, (250, 250, 248))
    d = ImageDraw.Draw(label)
    d.rectangle([0, 0, 879, 1079], outline=G(40), width=3)
    put(d, (24, 20), "CORWELL SUPPLY CO.", ARIAL_B, 44, 10)
    put(d, (24, 74), "DC-EAST  2350 Front St  Camden NJ 08105", ARIAL, 24, 30)
    d.line([(0, 114), (880, 114)], fill=G(20), width=3)
    put(d, (24, 126), "SHIP TO:", ARIAL_B, 22, 20)
    put(d, (24, 154), "HARBOR POINT PROPERTY MGMT", ARIAL_B, 34, 10)
    put(d, (24, 196), "ATTN MAINTENANCE - BLDG 2 DOCK", ARIAL, 26, 20)
    put(d, (24, 228), "1515 PELICAN WAY", ARIAL, 26, 20)
    d.line([(0, 270), (880, 270)], fill=G(20), width=3)
    put(d, (24, 286), "PO: 70231", ARIAL_B, 44, 10)
    put(d, (450, 286), "SO-104239", ARIAL_B, 44, 10)
    d.line([(0, 350), (880, 350)], fill=G(20), width=3)
    put(d, (24, 364), "ITEM:", ARIAL, 24, 20)
    put(d, (24, 396), "TST-2100-NP", ARIAL_B, 72, 5)
    put(d, (24, 488), "NON-PROG DIGITAL THERMOSTAT 24V", ARIAL, 32, 15)
    put(d, (24, 548), "QTY: 10 EA", ARIAL_B, 40, 10)
    put(d, (470, 548), "CTN 3 OF 3", ARIAL_B, 40, 10)
    barcode(d, 60, 620, 760, 130, rng)
    put(d, (230, 760), "UPC 084512021006", ARIAL, 32, 15)
    put(d, (24, 820), "SHIPPED 11/09/26  OWN FLEET  RT 14", ARIAL, 24, 40)
    d.line([(0, 862), (880, 862)], fill=G(20), width=3)
    box.paste(label, (60, 50))
    marker = (22, 22, 30)
    scrawl(box, (110, 935), "2 CRACKED FACES", rng, size=10, pen=7, ink=marker, lean=0.1)
    scrawl(box, (560, 1040), "LO 11/9", rng, size=7.5, pen=6, ink=marker, lean=0.1)
    return phone_photo(box, rng, backdrop=(150, 146, 138), tilt=-2.5, out=(1200, 1400), glare=0.3)


def summit_delivery_receipt() -> bytes:
    """s04: the carrier's delivery receipt for the tile, exception written in at the dock."""
    rng = random.Random(SEED["s04"])
    sheet = paper(1275, 1650, (247, 246, 238))
    d = ImageDraw.Draw(sheet)
    put(d, (60, 50), "ODFL", ARIAL_B, 64, 25)
    put(d, (260, 62), "DELIVERY RECEIPT", ARIAL_B, 44, 25)
    put(d, (880, 60), "PRO# 0917-226354", ARIAL_B, 30, 25)
    put(d, (880, 100), "SVC CTR: KCM", ARIAL, 24, 40)
    d.line([(60, 160), (1215, 160)], fill=G(40), width=3)
    put(d, (60, 180), "SHIPPER", ARIAL_B, 22, 40)
    put(d, (60, 210), "CORWELL SUPPLY CO - DC-SOUTH", ARIAL, 28, 25)
    put(d, (60, 246), "900 DISTRIBUTION PKWY, FORT WORTH TX 76177", ARIAL, 24, 35)
    put(d, (660, 180), "CONSIGNEE", ARIAL_B, 22, 40)
    put(d, (660, 210), "SUMMIT HVAC SERVICES", ARIAL, 28, 25)
    put(d, (660, 246), "7725 METCALF AVE, OVERLAND PARK KS 66204", ARIAL, 22, 35)
    d.line([(60, 300), (1215, 300)], fill=G(40), width=3)
    put(d, (60, 320), "SHIPPER REF: SO-104228", ARIAL_B, 30, 20)
    put(d, (660, 320), "CONSIGNEE PO: 60377", ARIAL_B, 30, 20)
    put(d, (60, 370), "BOL 5521908    PICKUP 10/30/26    TERMS: PREPAID", ARIAL, 24, 35)
    xs = [60, 230, 330, 1000, 1215]
    d.rectangle([60, 430, 1215, 480], fill=G(225))
    for x, head in zip(xs, ("PIECES", "HM", "DESCRIPTION", "WEIGHT LB"), strict=False):
        put(d, (x + 12, 442), head, ARIAL_B, 24, 20)
    rows = [
        ("40 CTN", "", "CLG-TILE-24-ACU 2X2 ACOUSTIC TILE CTN/16", "1,180"),
        ("1 CTN", "", "HVC-REG-1006-W 10X6 FLOOR REG (30 EA)", "96"),
        ("", "", "2 PALLETS SHRINK WRAPPED", ""),
    ]
    y = 480
    for row in rows:
        for x, text in zip(xs, row, strict=False):
            put(d, (x + 12, y + 16), text, ARIAL, 26, 20)
        y += 64
        d.line([(60, y), (1215, y)], fill=G(90), width=2)
    for x in xs:
        d.line([(x, 430), (x, y)], fill=G(90), width=2)
    put(d, (60, y + 30), "TOTAL PIECES 41      TOTAL WEIGHT 1,276 LB", ARIAL_B, 26, 20)
    y += 110
    put(d, (60, y), "DELIVERED 11/02/26   TIME 10:40   DRIVER #4471", ARIAL, 26, 25)
    put(d, (60, y + 60), "EXCEPTIONS (describe, count):", ARIAL_B, 26, 20)
    d.line([(60, y + 175), (1215, y + 175)], fill=G(120), width=2)
    d.line([(60, y + 250), (1215, y + 250)], fill=G(120), width=2)
    put(d, (60, y + 300), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED", ARIAL, 22, 45)
    put(d, (60, y + 350), "CONSIGNEE SIGNATURE", ARIAL, 22, 45)
    d.line([(330, y + 380), (800, y + 380)], fill=G(120), width=2)
    put(d, (860, y + 350), "PRINT", ARIAL, 22, 45)
    d.line([(940, y + 380), (1215, y + 380)], fill=G(120), width=2)
    pen = (30, 30, 60)
    scrawl(sheet, (80, y + 120), "3 CTN TILE CRUSHED + WET", rng, size=8.5, pen=5, ink=pen)
    scrawl(sheet, (80, y + 196), "BOTTOM OF PALLET 2", rng, size=7.5, pen=4, ink=pen)
    scrawl(sheet, (360, y + 320), "R Patel", rng, size=7.5, pen=4, ink=pen, lean=0.35)
    scrawl(sheet, (960, y + 330), "PATEL", rng, size=6.5, pen=4, ink=pen)
    put(d, (60, 1590), "ODFL-DR 04/25   COPY 3 - CONSIGNEE", ARIAL, 20, 70)
    return phone_photo(sheet, rng, backdrop=(64, 66, 72), tilt=2.2, out=(1200, 1500), glare=0.3)


def packing_slip(so, po, shipped, via, site, rows, footer) -> Image.Image:
    """Corwell's packing slip as the warehouse prints it (one shipment)."""
    sheet = paper(1275, 1500, (250, 250, 247))
    d = ImageDraw.Draw(sheet)
    put(d, (60, 50), "CORWELL SUPPLY CO.", ARIAL_B, 46, 15)
    put(d, (60, 106), f"{site}  -  Plumbing, Heating & HVAC Wholesale", ARIAL, 24, 45)
    put(d, (850, 50), "PACKING SLIP", ARIAL_B, 40, 15)
    put(d, (850, 104), so, ARIAL_B, 36, 15)
    d.line([(60, 160), (1215, 160)], fill=G(30), width=3)
    put(d, (60, 180), f"Customer PO: {po}", ARIAL_B, 30, 20)
    put(d, (640, 180), f"Ship date: {shipped}", ARIAL, 28, 25)
    put(d, (60, 226), f"Ship via: {via}", ARIAL, 28, 25)
    put(d, (640, 226), "Page 1 of 1", ARIAL, 28, 25)
    xs = [60, 118, 440, 880, 990, 1100, 1215]
    d.rectangle([60, 290, 1215, 340], fill=G(40))
    for x, head in zip(xs, ("LN", "ITEM", "DESCRIPTION", "ORD", "SHIP", "B/O"), strict=False):
        put(d, (x + 10, 300), head, ARIAL_B, 24, 250)
    y = 340
    for row in rows:
        for n, (x, text) in enumerate(zip(xs, row, strict=False)):
            put(d, (x + 10, y + 22), text, ARIAL_B if n == 1 else ARIAL, 27, 20)
        y += 80
        d.line([(60, y), (1215, y)], fill=G(150), width=2)
    for x in xs:
        d.line([(x, 290), (x, y)], fill=G(150), width=2)
    yy = y + 190
    for text in footer:
        put(d, (60, yy), text, ARIAL, 24, 40)
        yy += 36
    put(d, (60, 1330), "Received by:", ARIAL, 26, 40)
    d.line([(240, 1360), (640, 1360)], fill=G(60), width=2)
    put(d, (680, 1330), "Date:", ARIAL, 26, 40)
    d.line([(760, 1360), (1000, 1360)], fill=G(60), width=2)
    put(d, (60, 1420), "Questions? returns@distributor.example", ARIAL, 22, 70)
    return sheet


def keystone_slip_short() -> bytes:
    """s05: the RL delivery's packing slip, the elbow count written on it in the warehouse."""
    rng = random.Random(SEED["s05"])
    rows = [
        ("1", "VLV-2210-BR", '2" BRONZE GATE VALVE THD', "40", "40", "0"),
        ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', "150", "150", "0"),
    ]
    footer = [
        "Lines 3-4 of this order ship separately from DC-WEST.",
        "Cartons: 6    Weight: 212 lb    RL Carriers PRO 44-5170382",
    ]
    sheet = packing_slip(
        "SO-104233", "PO-77812", "11/02/2026", "RL CARRIERS", "DC-EAST", rows, footer
    )
    pen = (25, 32, 95)
    tick(sheet, (1224, 362), rng, size=28, ink=pen, pen=5)
    d = ImageDraw.Draw(sheet)
    d.ellipse([994, 428, 1096, 492], outline=pen, width=4)
    scrawl(sheet, (470, 560), "REC'D 125 - SHORT 25", rng, size=8.5, pen=6, ink=pen)
    scrawl(sheet, (270, 1300), "A BELL", rng, size=6.5, pen=4, ink=pen, lean=0.3)
    scrawl(sheet, (790, 1300), "11/5", rng, size=6.5, pen=4, ink=pen)
    return phone_photo(sheet, rng, backdrop=(110, 112, 118), tilt=3.5, out=(1200, 1420), glare=0.35)


def keystone_slip_all_good() -> bytes:
    """s15: the packing slip of the Wi-Fi stat order, every line ticked."""
    rng = random.Random(SEED["s15"])
    rows = [
        ("1", "TST-7500-PRO", "7-DAY PROG WI-FI THERMOSTAT", "8", "8", "0"),
        ("2", "HVC-FLT-1625-M11", "16X25X1 MERV 11 FILTER CS/12", "12", "12", "0"),
    ]
    footer = ["Cartons: 3    Weight: 61 lb    Route 9 (own truck)"]
    sheet = packing_slip(
        "SO-104224", "PO-77760", "10/22/2026", "OUR TRUCK", "DC-EAST", rows, footer
    )
    pen = (20, 20, 24)
    tick(sheet, (1224, 362), rng, size=28, ink=pen, pen=5)
    tick(sheet, (1224, 442), rng, size=28, ink=pen, pen=5)
    scrawl(sheet, (560, 540), "ALL REC'D OK", rng, size=8, pen=5, ink=pen)
    scrawl(sheet, (270, 1300), "A BELL", rng, size=6.5, pen=4, ink=pen, lean=0.3)
    scrawl(sheet, (790, 1300), "10/22", rng, size=6.5, pen=4, ink=pen)
    return phone_photo(sheet, rng, backdrop=(92, 70, 52), tilt=-4.0, out=(1200, 1420), glare=0.4)


def rating_plate() -> bytes:
    """s37: the rating plate on the side of a homeowner's water heater."""
    rng = random.Random(SEED["s37"])
    jacket = paper(1300, 1000, (236, 234, 228))
    plate = paper(1060, 760, (205, 208, 210))
    d = ImageDraw.Draw(plate)
    d.rectangle([0, 0, 1059, 759], outline=G(90), width=4)
    put(d, (30, 24), "BRADFORD THERMAL PRODUCTS", ARIAL_B, 40, 15)
    put(d, (30, 76), "RESIDENTIAL ELECTRIC WATER HEATER", ARIAL, 30, 25)
    d.line([(30, 122), (1030, 122)], fill=G(60), width=2)
    lines = [
        ("MODEL NO.", "WH-40G-EL"),
        ("SERIAL NO.", "2609E-077412"),
        ("CAPACITY", "40 US GAL  (151 L)"),
        ("VOLTS / WATTS", "240 V   4500 W"),
        ("ELEMENTS", "UPPER 4500 W / LOWER 4500 W"),
        ("PRESSURE", "WORKING 150 PSI   TEST 300 PSI"),
        ("MFD", "09/2026"),
    ]
    y = 142
    for key, value in lines:
        put(d, (30, y), key, ARIAL, 28, 40)
        put(d, (330, y - 4), value, ARIAL_B, 38 if key == "MODEL NO." else 32, 10)
        y += 64
    put(d, (30, 620), "DISTRIBUTED BY CORWELL SUPPLY CO.", ARIAL, 26, 35)
    put(d, (30, 662), "READ INSTALLATION MANUAL BEFORE SERVICING", ARIAL, 22, 45)
    put(d, (30, 700), "UL 174   LISTED 7H22", ARIAL, 22, 45)
    jacket.paste(plate, (120, 110))
    return phone_photo(jacket, rng, backdrop=(60, 58, 56), tilt=1.5, out=(1300, 1000), glare=0.45)


def summit_startup_sheet() -> bytes:
    """s13: Summit's typed start-up checklist for the condensate pumps, scanned on a flatbed."""
    rng = random.Random(SEED["s13"])
    sheet = paper(1700, 2200, (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    put(d, (120, 110), "SUMMIT HVAC SERVICES", ARIAL_B, 50, 10)
    put(d, (120, 175), "EQUIPMENT START-UP CHECKLIST", ARIAL_B, 38, 20)
    put(d, (1130, 180), "Form SU-2  rev 03/24", ARIAL, 24, 60)
    d.line([(120, 235), (1580, 235)], fill=G(20), width=3)
    head = [
        "Job ........ Lenexa Commons Bldg B - rooftop units",
        "Date ....... 11/13/2026          Tech ..... D. Varga",
        "Supplier ... Corwell Supply      Our PO ... 60455",
        "Equipment .. HVC-CND-PUMP condensate removal pump 115V",
        "             w/ safety switch (one per RTU)",
    ]
    y = 270
    for text in head:
        put(d, (120, y), text, MONO, 32, 15)
        y += 50
    y += 30
    put(
        d, (120, y), "UNIT    PUMP S/N       FLOAT   DISCHARGE   SAFETY SW   RESULT", MONO_B, 30, 10
    )
    y += 46
    d.line([(120, y), (1580, y)], fill=G(40), width=2)
    rows = [
        "RTU-1   CP26-04411     OK      OK          OK          PASS",
        "RTU-2   CP26-04418     STUCK   NONE        OK          FAIL",
        "RTU-3   CP26-04420     OK      OK          OK          PASS",
        "RTU-4   CP26-04425     OK      NONE        TRIPS       FAIL",
    ]
    y += 16
    for text in rows:
        put(d, (120, y), text, MONO, 30, 15)
        y += 52
    d.line([(120, y), (1580, y)], fill=G(40), width=2)
    y += 40
    notes = [
        "Pumps tested: 4     Passed: 2     Failed: 2 (RTU-2, RTU-4)",
        "",
        "RTU-2: float stuck in the up position, motor never starts, pan",
        "       overflowed onto the roof deck during test.",
        "RTU-4: motor hums, no discharge; safety switch trips the unit.",
        "",
        "Result: 2 pumps DEFECTIVE - removed, tagged, back to shop for",
        "return to supplier. Replaced from stock to finish start-up.",
    ]
    for text in notes:
        put(d, (120, y), text, MONO, 30, 15)
        y += 48
    y += 60
    put(d, (120, y), "Technician signature:", ARIAL, 28, 30)
    scrawl(sheet, (470, y - 18), "D Varga", rng, size=7, pen=4, ink=(35, 35, 40), lean=0.35)
    put(d, (1000, y), "Reviewed:", ARIAL, 28, 30)
    scrawl(sheet, (1160, y - 18), "RP", rng, size=7, pen=4, ink=(35, 35, 40), lean=0.3)
    put(d, (120, 2080), "SUMMIT HVAC SERVICES - KEEP WITH JOB FILE", ARIAL, 22, 80)
    return flatbed(sheet, rng, tilt=-0.7)


def keystone_service_ticket() -> bytes:
    """s22: a Keystone service ticket, printed, signed, scanned at the office."""
    rng = random.Random(SEED["s22"])
    sheet = paper(1700, 2200, (253, 253, 250))
    d = ImageDraw.Draw(sheet)
    d.rectangle([100, 90, 1600, 2110], outline=G(30), width=3)
    put(d, (140, 120), "KEYSTONE MECHANICAL CONTRACTORS", COND_B, 48, 10)
    put(d, (140, 182), "Service Department  -  22 Saville Ave, Eddystone PA", COND, 26, 40)
    put(d, (1180, 120), "SERVICE TICKET", COND_B, 36, 10)
    put(d, (1180, 166), "No. 44817", COND_B, 36, 10)
    d.line([(100, 240), (1600, 240)], fill=G(30), width=3)
    fields = [
        ("Customer", "Media Borough Hall"),
        ("Site", "301 N Jackson St, 2nd floor offices"),
        ("Date", "11/18/2026      Arrived 8:10   Left 10:40"),
        ("Technician", "K. Nguyen  #212"),
        ("Call type", "Install - new thermostats (job 26-441)"),
    ]
    y = 270
    for key, value in fields:
        put(d, (140, y), key, COND_B, 28, 25)
        put(d, (420, y), value, MONO, 30, 15)
        y += 54
    y += 20
    put(d, (140, y), "WORK PERFORMED", COND_B, 30, 10)
    y += 50
    for text in (
        "Installed 4 wall thermostats, zones 1-4. Zone 3 unit dead out",
        "of the box: no display with 24 VAC at R-C, swapped subbase, same.",
        "Installed spare from van stock; all 4 zones heating/cooling OK.",
    ):
        put(d, (140, y), text, MONO, 30, 15)
        y += 46
    y += 30
    put(d, (140, y), "MATERIAL", COND_B, 30, 10)
    y += 50
    xs = [140, 250, 560, 1280, 1560]
    d.rectangle([140, y, 1560, y + 50], fill=G(215))
    for x, head in zip(xs, ("QTY", "PART", "DESCRIPTION", "SOURCE"), strict=False):
        put(d, (x + 10, y + 10), head, COND_B, 26, 15)
    top = y
    y += 50
    rows = [
        ("4", "TST-7500-PRO", "7-day prog Wi-Fi stat", "PO-77760"),
        ("1", "TST-7500-PRO", "same - zone 3 replacement", "van stock"),
        ("12", "WN-YEL", "wire nuts, yellow", "van stock"),
    ]
    for row in rows:
        for x, text in zip(xs, row, strict=False):
            put(d, (x + 10, y + 12), text, MONO, 28, 15)
        y += 56
        d.line([(140, y), (1560, y)], fill=G(120), width=2)
    for x in xs:
        d.line([(x, top), (x, y)], fill=G(120), width=2)
    y += 40
    for text in (
        "DEFECTIVE: 1 ea TST-7500-PRO from PO-77760 (zone 3), DOA.",
        "Removed unit bagged and returned to shop for warranty return.",
    ):
        put(d, (140, y), text, MONO_B, 30, 10)
        y += 48
    y += 40
    put(
        d, (140, y), "Labor 2.5 hrs     Travel 0.5 hrs     Billable: NO (new install)", MONO, 28, 30
    )
    y += 110
    put(d, (140, y), "Customer signature", COND, 26, 40)
    d.line([(400, y + 30), (900, y + 30)], fill=G(90), width=2)
    scrawl(sheet, (430, y - 16), "J Ortiz", rng, size=7, pen=4, ink=(20, 30, 80), lean=0.4)
    put(d, (960, y), "Tech", COND, 26, 40)
    d.line([(1040, y + 30), (1500, y + 30)], fill=G(90), width=2)
    scrawl(sheet, (1070, y - 16), "KN", rng, size=7, pen=4, ink=(20, 30, 80), lean=0.3)
    return flatbed(sheet, rng, tilt=0.8)


def riverbend_return_tag() -> bytes:
    """s19: Riverbend's material return tag, filled in by hand, scanned at the office."""
    rng = random.Random(SEED["s19"])
    sheet = paper(1500, 1000, (255, 247, 214))
    d = ImageDraw.Draw(sheet)
    d.rectangle([20, 20, 1480, 980], outline=G(60), width=4)
    d.ellipse([60, 430, 130, 500], outline=G(90), width=4)
    put(d, (190, 50), "RIVERBEND PLUMBING & HEATING", ARIAL_B, 44, 20)
    put(d, (190, 108), "MATERIAL RETURN TAG  -  fill in, tie to the box", ARIAL, 28, 45)
    labels = [
        ("PO #", 200),
        ("ITEM", 300),
        ("QTY", 400),
        ("REASON", 500),
        ("JOB", 640),
        ("DATE", 740),
    ]
    for text, yy in labels:
        put(d, (190, yy + 8), text, ARIAL_B, 34, 15)
        d.line([(350, yy + 50), (1440, yy + 50)], fill=G(120), width=2)
    d.line([(350, 600), (1440, 600)], fill=G(120), width=2)
    put(d, (190, 860), "Office use:  RA # ________   Credit # ________", ARIAL, 24, 70)
    pen = (30, 30, 45)
    hand = [
        ("24388", 200),
        ("FTG-BI-U-150", 300),
        ("10", 400),
        ("WRONG ITEM - BOXES SAY 1-1/2", 500),
        ("UNIONS ARE 1-1/4", 556),
        ("SHOP STOCK", 640),
        ("11/18", 740),
    ]
    for text, yy in hand:
        scrawl(sheet, (360, yy - 6), text, rng, size=7.5, pen=5, ink=pen, lean=0.2)
    scrawl(sheet, (900, 740), "MOB", rng, size=7, pen=5, ink=pen, lean=0.3)
    return flatbed(sheet, rng, tilt=-1.2, lid=False)


def delgado_return_form() -> bytes:
    """s25: Delgado's material return request, printed blank and filled in by hand."""
    rng = random.Random(SEED["s25"])
    sheet = paper(1700, 2200, (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    put(d, (130, 110), "DELGADO & SONS PLUMBING", ARIAL_B, 52, 15)
    put(d, (130, 178), "MATERIAL RETURN REQUEST", ARIAL_B, 36, 35)
    put(d, (1150, 120), "(409) 555-0214", ARIAL, 26, 50)
    d.line([(130, 240), (1570, 240)], fill=G(30), width=3)
    form = [("Supplier:", 280), ("PO #:", 360), ("Job:", 440), ("Date:", 520)]
    for text, yy in form:
        put(d, (130, yy), text, ARIAL_B, 30, 30)
        d.line([(330, yy + 44), (1000, yy + 44)], fill=G(130), width=2)
    xs = [130, 720, 960, 1570]
    top = 640
    d.rectangle([130, top, 1570, top + 60], fill=G(225))
    for x, head in zip(xs, ("ITEM / PART #", "QTY", "REASON"), strict=False):
        put(d, (x + 14, top + 14), head, ARIAL_B, 28, 20)
    y = top + 60
    for _ in range(6):
        y += 110
        d.line([(130, y), (1570, y)], fill=G(130), width=2)
    for x in xs:
        d.line([(x, top), (x, y)], fill=G(130), width=2)
    d.rectangle([130, top, 1570, y], outline=G(60), width=3)
    put(
        d,
        (130, y + 40),
        "Return to counter with this form. Credit to account, not cash.",
        ARIAL,
        26,
        50,
    )
    put(d, (130, y + 120), "Requested by:", ARIAL_B, 30, 30)
    d.line([(360, y + 162), (900, y + 162)], fill=G(130), width=2)
    pen = (25, 30, 95)
    hand = [
        ("CORWELL", (370, 270)),
        ("40962", (370, 350)),
        ("ELLIS ST REMODEL", (370, 430)),
        ("11/23/26", (370, 510)),
        ("FTG-CU-E90-100", (150, top + 85)),
        ("40 EA", (750, top + 85)),
        ("NOT NEEDED", (990, top + 85)),
        ("PIP-CU-L-100-20", (150, top + 195)),
        ("2 LGTH", (750, top + 195)),
    ]
    for text, xy in hand:
        scrawl(sheet, xy, text, rng, size=7, pen=5, ink=pen, lean=0.15)
    scrawl(sheet, (990, top + 180), "EXTRA - SENT 14", rng, size=6.2, pen=4, ink=pen, lean=0.15)
    scrawl(sheet, (990, top + 230), "ORDERED 12", rng, size=6.2, pen=4, ink=pen, lean=0.15)
    scrawl(sheet, (390, y + 112), "R Delgado", rng, size=7.5, pen=4, ink=pen, lean=0.4)
    return flatbed(sheet, rng, tilt=0.9)


# ====================================================================== printed documents


class Printed(FPDF):
    """A page printed by a customer's business system (fixed creation date and creator)."""

    def __init__(self, stamp: dt.datetime, creator: str, wide: bool = False) -> None:
        super().__init__(orientation="L" if wide else "P", unit="mm", format="Letter")
        self.set_creation_date(stamp)
        self.set_creator(creator)
        self.set_producer(f"{creator} PDF export")
        self.set_author(creator.split()[0])
        self.set_margins(16, 14, 16)
        self.set_auto_page_break(auto=True, margin=16)
        self.add_page()

    def row(self, text: str, size: float = 9.5, style: str = "", gap: float = 5.2) -> None:
        self.set_font("Helvetica", style, size)
        self.cell(0, gap, text, new_x="LMARGIN", new_y="NEXT")

    def rule(self, weight: float = 0.4) -> None:
        self.set_line_width(weight)
        y = self.get_y() + 1.5
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 2.5)

    def table(
        self, cols: list[tuple[str, float, str]], body: list[tuple], size: float = 8.5
    ) -> None:
        """cols: (heading, width mm, align); a grey heading band, hairlines under each row;
        a text too long for its cell wraps onto a second line inside the row."""
        self.set_fill_color(222, 222, 222)
        self.set_font("Helvetica", "B", size)
        for head, width, align in cols:
            self.cell(width, 6.5, head, border="TB", align=align, fill=True)
        self.ln(6.5)
        self.set_font("Helvetica", "", size)
        for values in body:
            lines = []
            for (_, width, _), value in zip(cols, values, strict=True):
                lines.append(self.multi_cell(width, 4.6, str(value), dry_run=True, output="LINES"))
            tall = max(len(ls) for ls in lines) * 4.6 + 1.6
            x0, y0 = self.get_x(), self.get_y()
            for (_, width, align), ls in zip(cols, lines, strict=True):
                self.set_xy(self.get_x(), y0 + 0.8)
                keep = self.get_x()
                self.multi_cell(width, 4.6, "\n".join(ls), align=align)
                self.set_xy(keep + width, y0)
            self.set_line_width(0.15)
            self.line(x0, y0 + tall, x0 + sum(w for _, w, _ in cols), y0 + tall)
            self.set_xy(x0, y0 + tall)

    def data(self) -> bytes:
        return bytes(self.output())


def keystone_match_report() -> bytes:
    """s02: Keystone AP's three-way match exception report for INV-88133."""
    pdf = Printed(dt.datetime(2026, 11, 9, 12, 55, tzinfo=dt.UTC), "ProjectLedger AP 9.4", True)
    pdf.row("KEYSTONE MECHANICAL CONTRACTORS - ACCOUNTS PAYABLE", 13, "B", 7)
    pdf.row("Invoice match exceptions    vendor CORWELL SUPPLY CO (V-0412)", 11, "B", 6)
    pdf.row("Run 11/09/2026 07:55    batch AP-1109-2    operator DRUIZ", 9)
    pdf.rule()
    pdf.row(
        "Invoice INV-88133    invoice date 11/04/2026    PO PO-77830    receipt RCV-26-3391 (11/06/2026)"
    )
    pdf.ln(2)
    cols = [
        ("Ln", 9, "C"),
        ("Item", 30, "L"),
        ("Description", 50, "L"),
        ("PO qty", 15, "R"),
        ("Rcvd", 14, "R"),
        ("Inv qty", 15, "R"),
        ("PO price", 19, "R"),
        ("Inv price", 19, "R"),
        ("Variance", 19, "R"),
        ("Exception", 57, "L"),
    ]
    body = [
        (
            "1",
            "VLV-3100-CK",
            '3" flanged swing check valve',
            "6",
            "6",
            "6",
            "189.00",
            "189.00",
            "0.00",
            "-",
        ),
        (
            "2",
            "FTG-BI-U-150",
            '1-1/2" black malleable union',
            "40",
            "40",
            "40",
            "10.80",
            "10.80",
            "0.00",
            "-",
        ),
        (
            "3",
            "HVC-CND-PUMP",
            "condensate pump 115V w/ switch",
            "8",
            "8",
            "8",
            "61.50",
            "64.90",
            "27.20",
            "PRICE - invoiced above PO price",
        ),
        (
            "4",
            "PMP-CIRC-015",
            "1/25 HP circulator 115V",
            "4",
            "5",
            "4",
            "139.00",
            "139.00",
            "0.00",
            "QTY - received 1 more than PO, not invoiced",
        ),
    ]
    pdf.table(cols, body)
    pdf.ln(4)
    pdf.row("Exceptions: 2", 9.5, "B")
    pdf.row("Line 3: hold 27.20 - request vendor credit memo for the price variance (8 x 3.40).")
    pdf.row("Line 4: one unit over PO on the receipt; vendor to arrange pickup (overshipped).")
    pdf.ln(3)
    pdf.row("Lines 1, 2 and 4 released for payment on terms (Net 30).", 8.5)
    return pdf.data()


def summit_exception_report() -> bytes:
    """s08: Summit's warehouse receiving exception report for PO 60418."""
    pdf = Printed(dt.datetime(2026, 11, 11, 22, 40, tzinfo=dt.UTC), "StockRoom Pro 3.2", True)
    pdf.row("SUMMIT HVAC SERVICES - WAREHOUSE", 14, "B", 7)
    pdf.row("Receiving exception report  RX-1111-07", 11, "B", 6)
    pdf.rule(0.6)
    pdf.row(
        "Vendor: Corwell Supply Co.     Vendor order: SO-104238     PO: 60418     Job: Prairie Fire Lofts"
    )
    pdf.row(
        "Delivered: 11/05/2026 (vendor truck)     Checked in: 11/11/2026     Checked by: B. Lindahl"
    )
    pdf.ln(2)
    cols = [
        ("Line", 11, "C"),
        ("Item", 34, "L"),
        ("Description", 52, "L"),
        ("PO qty", 15, "R"),
        ("Slip qty", 16, "R"),
        ("Counted", 17, "R"),
        ("Exc. qty", 16, "R"),
        ("Type", 26, "L"),
        ("Note", 60, "L"),
    ]
    body = [
        ("1", "TST-7500-PRO", "7-day prog Wi-Fi thermostat", "12", "12", "12", "0", "-", "-"),
        (
            "2",
            "TST-2100-NP",
            "non-prog digital thermostat 24V",
            "20",
            "20",
            "20",
            "4",
            "WRONG ITEM",
            "4 boxes hold line-voltage baseboard stats, not 24V",
        ),
        (
            "3",
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter cs/12",
            "10",
            "10",
            "8",
            "2",
            "SHORT",
            "8 cases on the pallet, slip says 10",
        ),
    ]
    pdf.table(cols, body)
    pdf.ln(4)
    pdf.row(
        "Requested: replace the 4 wrong thermostats (held at dock door 2 for pickup); credit the 2 short cases."
    )
    pdf.row("Exceptions on this receipt: 2 of 3 lines.", 9)
    return pdf.data()


def harbor_receiving_report() -> bytes:
    """s17: Harbor Point's storeroom receiving report for PO 70296."""
    pdf = Printed(dt.datetime(2026, 11, 17, 21, 5, tzinfo=dt.UTC), "BuildingOps Purchasing 4.1")
    pdf.row("HARBOR POINT PROPERTY MANAGEMENT", 14, "B", 7)
    pdf.row("Maintenance storeroom - RECEIVING REPORT RR-70296", 11, "B", 6)
    pdf.rule()
    pdf.row("PO: 70296     Vendor: Corwell Supply Co.     Property: Seawall Commons")
    pdf.row("Delivered: 11/16/2026, vendor truck     Received by: L. Ortega")
    pdf.ln(2)
    cols = [
        ("#", 7, "C"),
        ("Item", 32, "L"),
        ("Description", 38, "L"),
        ("PO qty", 14, "R"),
        ("Rec'd", 13, "R"),
        ("Dmg", 12, "R"),
        ("Exception", 67.9, "L"),
    ]
    body = [
        (
            "1",
            "HVC-REG-1006-W",
            "10x6 floor register, white",
            "40",
            "40",
            "5",
            "DAMAGED - 5 with bent louvers, please credit",
        ),
        (
            "2",
            "VLV-0075-BV",
            '3/4" ball valve, sweat',
            "12",
            "12",
            "0",
            "WRONG ITEM - 6 of the 12 are FIP threaded, we ordered sweat; exchange 6",
        ),
        (
            "3",
            "WH-EXP-2G",
            "2 gal expansion tank",
            "2",
            "0",
            "0",
            "SHORT - not received, 2 missing",
        ),
    ]
    pdf.table(cols, body)
    pdf.ln(4)
    pdf.row("Exceptions: 3 of 3 lines.     Invoice on hold until resolved.", 9.5, "B")
    pdf.row("Storeroom contact: Luis Ortega, (409) 555-0148", 9)
    return pdf.data()


def riverbend_return_request() -> bytes:
    """s24: Riverbend's return request RR-2611-04 for PO 24415."""
    pdf = Printed(dt.datetime(2026, 11, 23, 14, 12, tzinfo=dt.UTC), "TradeDesk 3.1")
    pdf.row("RIVERBEND PLUMBING & HEATING", 15, "B", 8)
    pdf.row("RETURN REQUEST   RR-2611-04", 12, "B", 6)
    pdf.rule(0.5)
    pdf.row("Date: 11/23/2026        Supplier: Corwell Supply Co.")
    pdf.row("Supplier order: SO-104222        Our PO: 24415        Job: Fairmount pump station")
    pdf.ln(2)
    cols = [
        ("Ln", 8, "C"),
        ("Item", 33, "L"),
        ("Description", 42, "L"),
        ("Rec'd", 13, "R"),
        ("Return", 14, "R"),
        ("Reason", 26, "L"),
        ("Detail", 47.9, "L"),
    ]
    body = [
        (
            "1",
            "BFP-RPZ-300-SO",
            '3" RPZ backflow assy (special order)',
            "1",
            "1",
            "WRONG ITEM",
            'Unit on the skid is 2-1/2", our PO and the spec call for 3"',
        ),
        (
            "2",
            "VLV-3100-CK",
            '3" flanged swing check valve',
            "2",
            "2",
            "NOT NEEDED",
            "Engineer deleted the bypass; unused, still in the crate",
        ),
    ]
    pdf.table(cols, body)
    pdf.ln(4)
    pdf.row("Please issue an RA for each line. Pickup at 1180 Cresson St loading dock, M-F 7-3.", 9)
    pdf.row("Requested by: K. Liu     Approved: M. O'Brien", 9)
    return pdf.data()


def harbor_remittance() -> bytes:
    """s29: Harbor Point's remittance advice for an ACH payment (no claim)."""
    pdf = Printed(dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC), "BuildingOps AP 4.1")
    pdf.row("HARBOR POINT PROPERTY MANAGEMENT", 14, "B", 7)
    pdf.row("REMITTANCE ADVICE", 12, "B", 6)
    pdf.rule()
    pdf.row(
        "Payment: ACH-26-11-0457     Date: 11/25/2026     Vendor: Corwell Supply Co. (VEN-0093)"
    )
    pdf.ln(2)
    cols = [
        ("Invoice", 24, "L"),
        ("Inv date", 22, "L"),
        ("PO", 14, "L"),
        ("Gross", 22, "R"),
        ("Deduction", 22, "R"),
        ("Paid", 22, "R"),
        ("Memo", 57.9, "L"),
    ]
    body = [
        (
            "INV-88160",
            "11/09/2026",
            "70231",
            "1,552.60",
            "59.00",
            "1,493.60",
            "less 2 thermostats, cracked - claimed 11/9, credit pending",
        ),
        (
            "INV-88171",
            "11/09/2026",
            "70288",
            "2,194.50",
            "0.00",
            "2,194.50",
            "paid in full; tank/heater claims open",
        ),
        ("INV-88190", "11/16/2026", "70296", "348.80", "0.00", "348.80", "-"),
        ("", "", "Total", "4,095.90", "59.00", "4,036.90", ""),
    ]
    pdf.table(cols, body)
    pdf.ln(4)
    pdf.row("Funds sent to account ending 4471. Questions: payables@harborpointpm.com", 9)
    return pdf.data()


# ====================================================================== sheets


def _pin_core_dates(xml: bytes, stamp: dt.datetime) -> bytes:
    """openpyxl stamps dcterms:modified with the clock on save; put the fixed time back."""
    text = xml.decode("utf-8")
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    for tag in ("dcterms:created", "dcterms:modified"):
        start = text.find(">", text.find(f"<{tag}")) + 1
        end = text.find(f"</{tag}>")
        if start > 0 and end > start:
            text = text[:start] + iso + text[end:]
    return text.encode("utf-8")


def frozen_zip(raw: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite a zip so every entry carries the same time (openpyxl writes the clock's)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for entry in src.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            data = src.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = _pin_core_dates(data, stamp)
            dst.writestr(info, data)
    return out.getvalue()


def riverbend_count_book() -> bytes:
    """s26: Riverbend's shop count workbook; one row is something to send back."""
    stamp = dt.datetime(2026, 11, 24, 14, 48, 0)
    wb = Workbook()
    ws = wb.active
    ws.title = "Count 11-23"
    ws.append(["RIVERBEND P&H - SHOP STOCK COUNT", None, None, "11/23/2026"])
    ws.append(["Counted by T. Reyes / M. O'Brien"])
    ws.append([])
    ws.append(["Item", "Description", "From PO", "Counted", "Keep (min)", "Send back", "Note"])
    ws.append(["FTG-BI-U-150", '1-1/2" BMI union', 24388, 22, 2, 20, "overstock - not needed"])
    ws.append(["FTG-PVC-T-200", '2" PVC tee S40', 24460, 55, 55, 0, None])
    ws.append(["VLV-0075-BV", '3/4" ball valve sweat', 24460, 14, 14, 0, None])
    ws.append(["FTG-CU-E90-100", '1" wrot copper 90', 24530, 240, 240, 0, None])
    ws.append(["VLV-1005-BV", '1" FP ball valve thd', 24530, 48, 48, 0, "extras went back 11/17"])
    ws.append([None, None, "Total", 379, 359, 20, None])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    ws["A1"].font = Font(bold=True, size=12)
    for col, width in zip("ABCDEFG", (18, 24, 10, 10, 12, 11, 26), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=5, max_row=10, min_col=3, max_col=6):
        for cell in row:
            cell.alignment = Alignment(horizontal="right")
    wb.properties.creator = "Tony Reyes"
    wb.properties.lastModifiedBy = "Tony Reyes"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    raw = io.BytesIO()
    wb.save(raw)
    return frozen_zip(raw.getvalue(), stamp)


def crlf_text(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("ascii")


KEYSTONE_CLOSEOUT_CSV = """\
Job,Marple Twp Community Center,,,,,,
PO,PO-77731,Corwell SO-104218,,,,,
item,cust part,description,ordered,used,left,return qty,note
VLV-1005-BV,KM-88107,1in FP ball valve,50,30,0,0,20 went back in Oct (RMA-9004)
FTG-PEX-CPL-050,,1/2in PEX crimp coupling bag/25,20,12,8,8,not needed - job went to press fittings
"""

DELGADO_LEFTOVER_CSV = """\
job,po,sku,desc,bought,installed,left,action
CALDER AVE GAS,PO-40988,PIP-BI-200-CTL,2in black pipe cut to length (ft),120,96,24,return - not needed
CALDER AVE GAS,PO-40988,FTG-BI-U-150,1-1/2in union,12,12,0,
CALDER AVE GAS,PO-40988,VLV-1005-BV,1in ball valve,10,9,1,keep on truck
"""


# ====================================================================== MIME, by hand

CRLF = "\r\n"


def _digest(*parts: str) -> str:
    return hashlib.sha256("|".join(("heldout35",) + parts).encode()).hexdigest()


def when(stamp: str) -> str:
    """'2026-11-09 08:14:22' at UTC-5 as an RFC 5322 date."""
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return t.strftime("%a, %d %b %Y %H:%M:%S -0500")


def msgid(style: str, name: str, domain: str = "") -> str:
    h = _digest("id", name)
    if style == "outlook":
        box = f"{h[:2].upper()}{int(h[2:6], 16) % 10}PR{int(h[6:8], 16) % 20:02d}MB{int(h[8:12], 16) % 9000 + 1000}"
        return (
            f"<{box}{h[12:36].upper()}@{box}.namprd{int(h[36:38], 16) % 20:02d}.prod.outlook.com>"
        )
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA{b[:42]}@mail.gmail.com>"
    uid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"<{uid.upper() if style == 'apple' else uid}@{domain}>"


def boundary(style: str, name: str, n: int) -> str:
    h = _digest("boundary", name, str(n))
    if style == "outlook":
        return f"_00{n}_{h[:28].upper()}_"
    if style == "gmail":
        return f"0000000000{h[:14]}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    return f"------------{h[:24]}"


class Part:
    """One MIME entity: a leaf (text or file) or a multipart holding other parts."""

    def __init__(
        self, ctype: str, body: str = "", head: list[str] | None = None, parts=None
    ) -> None:
        self.ctype, self.body, self.head, self.parts = ctype, body, head or [], parts or []

    def lines(self, style: str, name: str, counter: list[int]) -> list[str]:
        if not self.parts:
            return [f"Content-Type: {self.ctype}", *self.head, "", self.body]
        counter[0] += 1
        cut = boundary(style, name, counter[0])
        out = [f'Content-Type: {self.ctype};{CRLF}\tboundary="{cut}"', *self.head, ""]
        if style != "gmail":
            out += ["This is a multi-part message in MIME format.", ""]
        for part in self.parts:
            out.append(f"--{cut}")
            out.extend(part.lines(style, name, counter))
        out += [f"--{cut}--", ""]
        return out


def _crlf(text: str) -> str:
    text = text.replace("\r\n", "\n")
    assert all(len(line) <= 998 for line in text.split("\n")), "line too long for 7bit"
    return text.replace("\n", CRLF)


def plain(text: str, flowed: bool = False) -> Part:
    fmt = "; format=flowed" if flowed else ""
    return Part(
        f'text/plain; charset="us-ascii"{fmt}', _crlf(text), ["Content-Transfer-Encoding: 7bit"]
    )


def hypertext(markup: str, qp: bool = True) -> Part:
    if qp:
        body = quopri.encodestring(markup.encode("ascii")).decode("ascii")
        return Part(
            'text/html; charset="us-ascii"',
            _crlf(body),
            ["Content-Transfer-Encoding: quoted-printable"],
        )
    return Part('text/html; charset="us-ascii"', _crlf(markup), ["Content-Transfer-Encoding: 7bit"])


def attached(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    coded = base64.b64encode(data).decode("ascii")
    body = CRLF.join(coded[i : i + 76] for i in range(0, len(coded), 76))
    how = "inline" if inline else "attachment"
    head = [
        "Content-Transfer-Encoding: base64",
        f'Content-Disposition: {how};{CRLF}\tfilename="{filename}"',
    ]
    if inline:
        head.append(
            f"Content-Id: <{_digest('cid', filename)[:20]}@{filename.split('.')[0].lower()}>"
        )
    return Part(f'{ctype};{CRLF}\tname="{filename}"', body, head)


def message(name: str, style: str, head: list[tuple[str, str]], body: Part) -> bytes:
    top = [f"{key}: {value}" for key, value in head]
    top.append("MIME-Version: 1.0")
    text = CRLF.join(top + body.lines(style, name, [0]))
    if not text.endswith(CRLF):
        text += CRLF
    text.encode("ascii")  # every message is plain ASCII
    return text.encode("ascii")


def alternative(text: str, markup: str, qp: bool = True) -> Part:
    return Part("multipart/alternative", parts=[plain(text), hypertext(markup, qp)])


def mixed(first: Part, *files: Part) -> Part:
    return Part("multipart/mixed", parts=[first, *files])


# ====================================================================== HTML writers


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def outlook_page(paragraphs: list, quoted: list[str] | None = None) -> str:
    """Outlook's HTML: Word styles, one MsoNormal paragraph a line, tables as MsoTableGrid.
    A paragraph is a string, or ("table", rows) with the first row as the heading."""
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!--",
        "@font-face {font-family:Aptos;}",
        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:12.0pt; "
        'font-family:"Aptos",sans-serif;}',
        "table.MsoTableGrid {border-collapse:collapse;}",
        "--></style>",
        "</head>",
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
        '<div class="WordSection1">',
    ]
    for para in paragraphs:
        if isinstance(para, tuple):
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">')
            for n, row in enumerate(para[1]):
                out.append("<tr>")
                for cell in row:
                    text = esc(str(cell))
                    if n == 0:
                        text = f"<b>{text}</b>"
                    shade = ";background:#D9E2F3" if n == 0 else ""
                    out.append(
                        f'<td valign="top" style="border:solid #A5A5A5 1.0pt;padding:0in 5.4pt{shade}">'
                        f'<p class="MsoNormal">{text}<o:p></o:p></p></td>'
                    )
                out.append("</tr>")
            out.append("</table>")
        elif para:
            out.append(f'<p class="MsoNormal">{esc(para)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if quoted:
        out.append(
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        )
        for line in quoted:
            out.append(f'<p class="MsoNormal">{esc(line) or "<o:p>&nbsp;</o:p>"}</p>')
        out.append("</div>")
    out += ["</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def gmail_page(text: str) -> str:
    """Gmail's HTML for a plain typed message: one div a line, blank lines as <br>."""
    out = ['<div dir="ltr">']
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def outlook_lines(text: str) -> list[str]:
    """Typed text as Outlook keeps it: each paragraph one line, the sign-off line by line."""
    paras = text.rstrip("\n").split("\n\n")
    out: list[str] = []
    for para in paras[:-1]:
        out += [para.replace("\n", " "), ""]
    return out + paras[-1].split("\n")


def text_table(rows: list[tuple]) -> str:
    """What Outlook puts in the text part for a table: cells separated by tabs."""
    return "\n".join("\t".join(str(c) for c in row) for row in rows)


# ====================================================================== who writes

DESK = "Corwell Supply Returns <returns@distributor.example>"
GINA = "Gina Torres <gtorres@distributor.example>"
TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
ANDRE = "Andre Bell <abell@keystonemech.com>"
WALT = "Walt Brzezinski <wbrzezinski@keystonemech.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
BRENDA = "Brenda Lindahl <blindahl@summithvac.net>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
TONY = "Tony Reyes <purchasing@riverbendph.com>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
MANNY = "Manny Delgado <manny@delgadosons.com>"
DMITRI = "Dmitri Volkov <dvolkov.hvac@gmail.com>"
ALICIA = "Alicia Romero <aromero.home@gmail.com>"
CLAIRE = "Claire Whitmore <claire@freightrecoverypartners.example>"

SIG_TOM = "Tom Morales\nProject Manager\nKeystone Mechanical Contractors\nm 610-555-0187\n"
SIG_DANA = "Regards,\nDana Ruiz | Accounts Payable\nKeystone Mechanical Contractors\n610-555-0109\n"
SIG_RAJ = "Raj Patel | Project Manager\nSummit HVAC Services | 913-555-0166\n"
SIG_LUIS = "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n(409) 555-0148\n"
SIG_GRACE = (
    "Thank you,\nGrace Kim\nAccounts Payable\nHarbor Point Property Management\n(409) 555-0163\n"
)
SIG_KAREN = "Thank you,\nKaren Liu\nOffice Manager, Riverbend Plumbing & Heating\n215-555-0135\n"
SIG_ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n(409) 555-0214\n"


def head(style, name, sender, subject, stamp, *extra, to=DESK, domain=""):
    """Headers in the order the sender's client writes them."""
    ident = msgid(style, name, domain or sender.split("@")[1].rstrip(">"))
    rows = [("From", sender), ("To", to), ("Subject", subject), ("Date", when(stamp))]
    rows.append(("Message-ID", ident))
    rows.extend(extra)
    if style == "outlook":
        rows += [
            ("Thread-Topic", subject.removeprefix("RE: ").removeprefix("FW: ")),
            ("Accept-Language", "en-US"),
        ]
    elif style == "apple":
        rows.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif style == "thunderbird":
        rows.append(("User-Agent", "Mozilla Thunderbird"))
    return rows


JPEG, PNG, PDF, CSV = "image/jpeg", "image/png", "application/pdf", "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ====================================================================== the requests


def s01() -> bytes:
    text = (
        """\
Good morning,

We unloaded the RL Carriers delivery for PO-77812 last Thursday, but the valve
cartons only got opened Saturday. 3 of the 2" bronze gate valves (VLV-2210-BR)
have cracked bonnets - the carton they were in has a corner caved in, looks like
it took a hit from a fork. The other 37 are fine and already on the racks for
the Glen Mills job.

Please credit the 3 and let me know if you want them back or if we scrap them
here. I have pictures if RL needs them for a claim.

Thanks,
"""
        + SIG_TOM
    )
    return message(
        "s01",
        "outlook",
        head("outlook", "s01", TOM, "PO-77812 - 3 gate valves cracked", "2026-11-09 08:14:22"),
        plain(text),
    )


def s02() -> bytes:
    text = (
        """\
Hello,

Our AP system kicked out INV-88133 on this morning's match run - the report is
attached, two exceptions on it. Please send a credit memo for the price one,
and let us know how you want the extra circulator back; it is sitting in our
receiving cage in Eddystone.

The rest of the invoice goes out on normal terms.

"""
        + SIG_DANA
    )
    return message(
        "s02",
        "outlook",
        head("outlook", "s02", DANA, "INV-88133 - AP match exceptions", "2026-11-09 10:37:05"),
        mixed(
            alternative(text, outlook_page(outlook_lines(text))),
            attached(keystone_match_report(), PDF, "INV-88133_match_exceptions.pdf"),
        ),
    )


def s03() -> bytes:
    text = (
        """\
Hi,

Your truck dropped PO 70231 this morning. Two of the thermostats have the front
cover cracked - the carton was crushed under the filter cases on the pallet.
Picture of the carton label attached, I wrote on it.

Please send 2 replacements or credit, whichever is faster. We need them for the
Seawall Commons units next week.

"""
        + SIG_LUIS
    )
    return message(
        "s03",
        "outlook",
        head("outlook", "s03", LUIS, "PO 70231 - cracked thermostats", "2026-11-09 15:02:48"),
        mixed(plain(text), attached(harbor_carton_label(), JPEG, "IMG_20261109_143512.jpg")),
    )


def s04() -> bytes:
    text = """\
Pic of the delivery receipt for the ceiling tile on PO 60377. I wrote the damage on it when the truck came but never sent it to you, sorry. Those cartons got soaked and crushed, we threw them out. Credit please

Raj

Sent from my iPhone
"""
    return message(
        "s04",
        "apple",
        head("apple", "s04", RAJ, "tile 60377", "2026-11-10 09:21:40"),
        mixed(plain(text), attached(summit_delivery_receipt(), JPEG, "IMG_4471.jpeg", inline=True)),
    )


def s05() -> bytes:
    text = """\
Returns - see Andre's note below and the slip. Please ship the balance or credit
it. If it is quicker we can pick up at your counter.

Tom

From: Tom Morales
Sent: Monday, November 9, 2026 5:02 PM
To: Andre Bell <abell@keystonemech.com>
Subject: RE: packing slip SO-104233 - elbows

Thanks Andre, I'll get it to Corwell in the morning.

From: Andre Bell <abell@keystonemech.com>
Sent: Monday, November 9, 2026 4:40 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: packing slip SO-104233 - elbows

Tom - slip from the RL drop last Thursday. Elbow count came up short, I wrote it
on the slip. Everything else checked out.

Andre
Warehouse
Sent from my Galaxy
"""
    return message(
        "s05",
        "outlook",
        head("outlook", "s05", TOM, "FW: packing slip SO-104233 - elbows", "2026-11-10 11:48:13"),
        mixed(plain(text), attached(keystone_slip_short(), JPEG, "20261109_163844.jpg")),
    )


def s06() -> bytes:
    text = """\
po 24519 - 2 of the 1" ball valves came with the handles snapped off at the nut. the ups box was beat up pretty good. other 22 are fine. can you credit the 2, you dont need them back do you?

mike
sent from my phone
"""
    return message(
        "s06",
        "apple",
        head("apple", "s06", MIKE, "24519 ball valves", "2026-11-10 16:05:57"),
        plain(text),
    )


def s07() -> bytes:
    text = """\
Hello,

Tom Morales asked me to send this to you direct. I'm the foreman on the Glen
Mills job.

From PO-77812 (your SO-104233), opened yesterday at the job trailer:

  - 1 coil 3/4" PEX-A, 300 ft (PIP-PEX-075-300): box crushed, tubing kinked in
    three places. Can't use it.
  - 10 of the 1" copper 90s (FTG-CU-E90-100) crushed flat. That's out of the
    125 that came - the 25 missing ones Tom already reported.

The other 5 coils are ok. Looks like the boxes were under something heavy on
the truck. Please credit or replace. The damaged stuff is at the trailer if
your driver wants it.

Walt Brzezinski
Foreman, Keystone Mechanical
cell 484-555-0122
"""
    return message(
        "s07",
        "thunderbird",
        head(
            "thunderbird",
            "s07",
            WALT,
            "PO-77812 more damage - pex coil and copper elbows",
            "2026-11-11 08:32:09",
        ),
        plain(text, flowed=True),
    )


def s08() -> bytes:
    text = """\
Hello,

Receiving exceptions for SO-104238 (our PO 60418) are in the attached report.
The wrong units are boxed by dock door 2 for your driver; please send the
correct ones with the next delivery and credit the shortage.

Thank you,
Brenda Lindahl
Warehouse Lead, Summit HVAC Services
7725 Metcalf Ave, Overland Park KS 66204
(913) 555-0172
"""
    return message(
        "s08",
        "outlook",
        head(
            "outlook",
            "s08",
            BRENDA,
            "Receiving exceptions - your SO-104238 / our PO 60418",
            "2026-11-12 09:10:31",
        ),
        mixed(plain(text), attached(summit_exception_report(), PDF, "RX-1111-07.pdf")),
    )


S09_TEXT = """\
Hi there,

Every week distributors like Corwell Supply lose money to freight that arrives
damaged, short or overbilled - and most of it is never claimed.

Freight Recovery Partners audits your carrier bills and files the claims for
you: crushed and wet freight, shortages, overcharges, duplicate billing.

  * Clients recover 3.8% of annual freight spend on average
  * Last quarter we filed 1,214 claims and recovered $2.3M
  * No recovery, no fee - we keep 30% of what we win back

Book a 20-minute call: https://freightrecoverypartners.example/demo

Claire Whitmore
Partnerships, Freight Recovery Partners
1-800-555-0199

You are receiving this because your address is listed as a logistics contact.
Unsubscribe: https://freightrecoverypartners.example/u/7d41c2
"""


def s09() -> bytes:
    page = (
        "<!DOCTYPE html>\n<html><head>"
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'
        "<title>Freight Recovery Partners</title></head>\n"
        '<body style="margin:0;background:#f3f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;'
        'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d2733">\n'
        '<tr><td style="background:#0b3d5c;color:#ffffff;font-size:22px"><b>Freight Recovery Partners</b></td></tr>\n'
        "<tr><td>\n<p>Hi there,</p>\n"
        "<p>Every week distributors like Corwell Supply lose money to freight that arrives "
        "<b>damaged, short or overbilled</b> - and most of it is never claimed.</p>\n"
        "<p>Freight Recovery Partners audits your carrier bills and files the claims for you: "
        "crushed and wet freight, shortages, overcharges, duplicate billing.</p>\n"
        "<ul>\n<li>Clients recover <b>3.8%</b> of annual freight spend on average</li>\n"
        "<li>Last quarter we filed 1,214 claims and recovered $2.3M</li>\n"
        "<li>No recovery, no fee - we keep 30% of what we win back</li>\n</ul>\n"
        '<p><a href="https://freightrecoverypartners.example/demo" style="background:#f28c28;color:#ffffff;'
        'padding:10px 18px;text-decoration:none">Book a 20-minute call</a></p>\n'
        "<p>Claire Whitmore<br>Partnerships, Freight Recovery Partners<br>1-800-555-0199</p>\n"
        "</td></tr>\n"
        '<tr><td style="font-size:11px;color:#7a8591">You are receiving this because your address is '
        "listed as a logistics contact. "
        '<a href="https://freightrecoverypartners.example/u/7d41c2">Unsubscribe</a></td></tr>\n'
        "</table>\n</td></tr></table>\n</body></html>\n"
    )
    rows = head(
        "generic",
        "s09",
        CLAIRE,
        "Are short and damaged shipments eating your margin?",
        "2026-11-12 11:40:00",
        ("List-Unsubscribe", "<https://freightrecoverypartners.example/u/7d41c2>"),
        ("Precedence", "bulk"),
    )
    return message("s09", "generic", rows, alternative(S09_TEXT, page))


S10_TEXT = (
    """\
Hello,

The Estes truck brought PO 70288 yesterday afternoon. Two of the 2 gallon
expansion tanks are dented in at the seam where the strapping was - we don't
install dented pressure vessels. The third tank is fine.

The water heaters are still crated; the crew will open them Monday when they
set them, and I will let you know if anything is wrong there.

Please send 2 tanks or credit them.

Thank you,
"""
    + SIG_LUIS
)


def s10() -> bytes:
    return message(
        "s10",
        "outlook",
        head("outlook", "s10", LUIS, "PO 70288 - expansion tanks dented", "2026-11-12 13:55:26"),
        hypertext(outlook_page(outlook_lines(S10_TEXT))),
    )


def s11() -> bytes:
    rows = [
        ("Item", "Description", "Ordered", "Shipped", "Received", "Note"),
        ("VLV-1005-BV", '1" FP ball valve thd', 48, 48, 52, "4 more than ordered - please pick up"),
        ("FTG-CU-E90-100", '1" wrot copper 90', 250, 250, 250, "OK"),
        (
            "VLV-0750-PRV",
            '3/4" PRV 25-75 psi',
            4,
            4,
            4,
            "1 defective - won't hold setting, creeps to line pressure",
        ),
    ]
    before = [
        "Hi,",
        "",
        "Our receiving for PO 24530 (your SO-104243, RL Carriers 11/12) is below. Two lines need your attention.",
        "",
    ]
    after = [
        "",
        "Mike bench tested the PRVs before taking them out; the other 3 are fine. The bad one is tagged "
        "in the office. Your driver can take the extra ball valves on his next trip.",
        "",
        "Thank you,",
        "Karen Liu",
        "Office Manager, Riverbend Plumbing & Heating",
        "215-555-0135",
    ]
    text = "\n".join(before) + "\n" + text_table(rows) + "\n" + "\n".join(after) + "\n"
    page = outlook_page(before + [("table", rows)] + after)
    return message(
        "s11",
        "outlook",
        head("outlook", "s11", KAREN, "SO-104243 / PO 24530 receiving", "2026-11-13 10:26:44"),
        alternative(text, page),
    )


def s12() -> bytes:
    quoted = ["From: Luis Ortega", "Sent: Thursday, November 12, 2026 1:55 PM", f"To: {DESK}"]
    quoted += ["Subject: PO 70288 - expansion tanks dented", ""] + S10_TEXT.rstrip("\n").split("\n")
    text = (
        """\
Update on this PO: the crew uncrated the water heaters this morning. One of the
three 50 gal gas heaters has the jacket caved in on top and the draft hood
collar bent - it must have been dropped. We set it aside; the other two go in
this week.

Please add the heater to the damage claim.

Luis

"""  # noqa: S608
        + "\n".join(quoted)
        + "\n"
    )
    first = msgid("outlook", "s10")
    return message(
        "s12",
        "outlook",
        head(
            "outlook",
            "s12",
            LUIS,
            "RE: PO 70288 - expansion tanks dented",
            "2026-11-16 08:50:03",
            ("In-Reply-To", first),
            ("References", first),
        ),
        plain(text),
    )


S13_TEXT = (
    """\
Hi,

Two things on PO 60455 (delivered Thursday):

1. Thermostats - the packing slip says 12 TST-2100-NP shipped, we only have 10.
2. Some of the condensate pumps failed at start-up on the Lenexa Commons
   rooftop units. The tech's start-up sheet is attached.

Please credit the thermostats and replace or credit the bad pumps.

Thanks,
"""
    + SIG_RAJ
)


def s13() -> bytes:
    return message(
        "s13",
        "outlook",
        head(
            "outlook",
            "s13",
            RAJ,
            "PO 60455 - stats short + pumps failed start-up",
            "2026-11-16 14:12:37",
        ),
        mixed(
            plain(S13_TEXT), attached(summit_startup_sheet(), PNG, "Startup_LenexaB_RTU_pumps.png")
        ),
    )


def s14() -> bytes:
    quoted = "\n".join("> " + line if line else ">" for line in S13_TEXT.rstrip("\n").split("\n"))
    text = (
        """\
Correction on the thermostats: Thursday's count was wrong, one box got counted
twice. We have 9 of the 12, so we are short 3, not 2. Sorry for the confusion.

Raj

-----Original Message-----
From: Raj Patel <raj.patel@summithvac.net>
Sent: Monday, November 16, 2026 2:12 PM
To: Corwell Supply Returns <returns@distributor.example>
Subject: PO 60455 - stats short + pumps failed start-up

"""
        + quoted
        + "\n"
    )
    first = msgid("outlook", "s13")
    return message(
        "s14",
        "outlook",
        head(
            "outlook",
            "s14",
            RAJ,
            "RE: PO 60455 - stats short + pumps failed start-up",
            "2026-11-17 09:03:52",
            ("In-Reply-To", first),
            ("References", first),
        ),
        plain(text),
    )


def s15() -> bytes:
    text = """\
Hi Corwell

Our AP needs the signed delivery receipt for INV-88090 (PO-77760) before they
release payment, our copy got coffee all over it. Can you email your copy?
Attached is our packing slip so you know which delivery - everything on it
came in fine.

Thanks
Andre Bell
Keystone Mechanical - Warehouse
"""
    return message(
        "s15",
        "generic",
        head(
            "generic",
            "s15",
            ANDRE,
            "POD for INV-88090",
            "2026-11-17 11:20:18",
            ("X-Mailer", "Samsung Mobile"),
        ),
        mixed(plain(text), attached(keystone_slip_all_good(), JPEG, "20261117_104512.jpg")),
    )


def s16() -> bytes:
    text = """\
Hello,

I am installer working for Summit HVAC (crew of Raj Patel) on the Prairie Fire
Lofts job. One of the wifi thermostat from Summit order SO-104238 is dead from
the box - TST-7500-PRO, no display at all, 24V is present on R and C, I tried
also other subbase. Raj tell me to write you direct because he is on vacation
this week.

The unit is in its box at the job, you can pick up or I bring to your counter.

Thank you
Dmitri Volkov
DV Climate Install LLC
(816) 555-0139
"""
    return message(
        "s16",
        "gmail",
        head(
            "gmail",
            "s16",
            DMITRI,
            "dead thermostat - Summit order SO-104238",
            "2026-11-17 15:40:11",
        ),
        alternative(text, gmail_page(text), qp=True),
    )


def s17() -> bytes:
    text = (
        """\
Good morning,

Luis's receiving report for PO 70296 is attached (delivered Monday on your
truck). There are three exceptions on it. Please let me know how each will be
handled - credit, exchange or shipment - so I can match your invoice.

"""
        + SIG_GRACE
    )
    return message(
        "s17",
        "outlook",
        head(
            "outlook",
            "s17",
            GRACE,
            "PO 70296 receiving report - 3 exceptions",
            "2026-11-18 10:15:49",
        ),
        mixed(plain(text), attached(harbor_receiving_report(), PDF, "RR-70296.pdf")),
    )


def s18() -> bytes:
    text = """\
Hi,

The Marple community center job is closed out. Leftovers we want to send back
are on the attached sheet - just the PEX couplings, the ball valves already
went back in October.

Please send an RA and I'll have them on the next truck back.

Tom
"""
    return message(
        "s18",
        "outlook",
        head("outlook", "s18", TOM, "PO-77731 leftovers - RA please", "2026-11-18 14:30:06"),
        mixed(
            plain(text),
            attached(crlf_text(KEYSTONE_CLOSEOUT_CSV), CSV, "Marple_closeout_PO-77731.csv"),
        ),
    )


def s19() -> bytes:
    text = """\
wrong unions on po 24388. box says 1-1/2 but whats inside is 1-1/4. tag attached, karen scanned it. need the right ones, job is waiting on them

mike
"""
    return message(
        "s19",
        "apple",
        head("apple", "s19", MIKE, "wrong unions 24388", "2026-11-19 09:45:20"),
        mixed(plain(text), attached(riverbend_return_tag(), PNG, "scan0047.png")),
    )


def s20() -> bytes:
    text = (
        """\
Hi Gina / returns,

Can you enter a new order on our PO 60531 please:

  4     HVC-CND-PUMP       condensate pump 115V
  6     TST-2100-NP        non-prog thermostat
  2 cs  HVC-FLT-1625-M11   16x25x1 MERV 11

Ship to Lenexa Commons Bldg C, 9520 Renner Blvd, by 11/25 if you can.

This is separate from the 2 dead pumps and the missing thermostats on PO 60455 -
those are already with your returns desk, nothing more to do on them.

Thanks,
"""
        + SIG_RAJ
    )
    return message(
        "s20",
        "outlook",
        head(
            "outlook",
            "s20",
            RAJ,
            "New order - PO 60531",
            "2026-11-19 11:05:44",
            ("Cc", DESK),
            to=GINA,
        ),
        plain(text),
    )


def s21() -> bytes:
    text = """\
Hi

Calder ave gas job is finish. We have black pipe left over, how much is on the
sheet attached. Ok to bring it back to the counter for credit? PO-40988

Manny Delgado
Delgado & Sons
"""
    return message(
        "s21",
        "gmail",
        head("gmail", "s21", MANNY, "left over pipe", "2026-11-19 13:20:35"),
        mixed(
            alternative(text, gmail_page(text)),
            attached(DELGADO_LEFTOVER_CSV.encode("ascii"), CSV, "calder_ave_leftovers.csv"),
        ),
    )


def s22() -> bytes:
    text = (
        """\
Hi,

Service ticket attached from the Media Borough Hall install - one of the Wi-Fi
stats from PO-77760 was dead out of the box. Please send an RA for the warranty
return; the unit is at our shop.

"""
        + SIG_TOM
    )
    return message(
        "s22",
        "outlook",
        head("outlook", "s22", TOM, "PO-77760 Wi-Fi stat DOA - warranty", "2026-11-20 10:05:17"),
        mixed(plain(text), attached(keystone_service_ticket(), PNG, "ServiceTicket_44817.png")),
    )


def s23() -> bytes:
    text = (
        """\
Hi,

We installed the gas water heaters for Harbor Point Property Management at
Seawall Commons this week - they bought them from you on their order
SO-104241. One of the two we put in will not stay lit: the thermocouple tests
good, the gas valve will not hold. Model WH-50G-NG.

Harbor Point asked us to handle the warranty with you directly. Can you send a
replacement heater to our shop?

"""
        + SIG_ROSA
    )
    return message(
        "s23",
        "gmail",
        head(
            "gmail",
            "s23",
            ROSA,
            "Warranty - gas water heater at Seawall Commons (Harbor Point order SO-104241)",
            "2026-11-20 15:15:02",
        ),
        alternative(text, gmail_page(text)),
    )


def s24() -> bytes:
    text = (
        """\
Hi,

Return request for PO 24415 attached - two lines, different reasons. Please
send RA numbers for both; the check valves are still sealed in the crate.

"""
        + SIG_KAREN
    )
    return message(
        "s24",
        "outlook",
        head(
            "outlook", "s24", KAREN, "Return request - PO 24415 / SO-104222", "2026-11-23 09:30:26"
        ),
        mixed(plain(text), attached(riverbend_return_request(), PDF, "RR-2611-04.pdf")),
    )


def s25() -> bytes:
    text = """\
Hi, Rosa here

Return form attached for the Ellis St remodel, PO-40962: the copper fittings we
did not use, and the extra pipe lengths you sent us. Manny will bring
everything to the counter Wednesday.

Rosa
"""
    return message(
        "s25",
        "gmail",
        head("gmail", "s25", ROSA, "return form - PO-40962", "2026-11-23 14:45:39"),
        mixed(
            alternative(text, gmail_page(text)),
            attached(delgado_return_form(), PNG, "return form ellis st.png"),
        ),
    )


def s26() -> bytes:
    text = """\
Hi,

From our shop count yesterday we want to send back the extra 1-1/2" unions from
PO 24388 - the quantity is in the attached count sheet (Send back column). The
wrong-size ones Mike tagged last week are a separate return.

Thanks,
Tony Reyes
Purchasing, Riverbend Plumbing & Heating
215-555-0140
"""
    return message(
        "s26",
        "outlook",
        head("outlook", "s26", TONY, "overstock from PO 24388 - return", "2026-11-24 10:10:58"),
        mixed(plain(text), attached(riverbend_count_book(), XLSX, "Shop count 11-23-2026.xlsx")),
    )


def s27() -> bytes:
    text = """\
Hello,

INV-88184 (PO 60455) bills the TST-2100-NP thermostats, 12 units, at $28.90
each. Our 2026 pricing agreement with Corwell lists them at $26.75. Please
issue a credit memo for the difference on the 12 units ($25.80) and send it to
ap@summithvac.net.

Kind regards,
Linda Chu
Accounts Payable
Summit HVAC Services
(913) 555-0150
"""
    return message(
        "s27",
        "outlook",
        head("outlook", "s27", LINDA, "INV-88184 pricing - TST-2100-NP", "2026-11-24 13:30:14"),
        plain(text),
    )


def s28() -> bytes:
    text = """\
po 24583 came yesterday. 6 of the 2" pvc tees FTG-PVC-T-200 are cracked at the hub, the bag was ripped open. need 6 more or credit. thx

mike
"""
    return message(
        "s28",
        "apple",
        head("apple", "s28", MIKE, "cracked tees po 24583", "2026-11-25 09:12:45"),
        plain(text),
    )


def s29() -> bytes:
    text = (
        """\
Hello,

Remittance advice for today's ACH payment is attached. We short-paid INV-88160
by the 2 thermostats that are already on a claim with you; INV-88171 is paid
in full while the heater and tank claims are open.

"""
        + SIG_GRACE
    )
    return message(
        "s29",
        "outlook",
        head("outlook", "s29", GRACE, "Remittance advice - ACH 11/25/2026", "2026-11-25 11:30:27"),
        mixed(plain(text), attached(harbor_remittance(), PDF, "Remittance ACH-26-11-0457.pdf")),
    )


def s30() -> bytes:
    lines = [
        "Hi Gina,",
        "",
        'INV-88098 (our PO-77790) came in with all 30 lengths of the 1" type L at $76.40. Your quote '
        "below has them at $71.80 and we ordered off the quote. Please send a credit memo for the "
        "difference - $138.00 by my math.",
        "",
        "The fittings and ball valves on that invoice are right.",
        "",
        "Thanks,",
        "Dana",
        "",
    ]
    quoted = [
        "From: Gina Torres <gtorres@distributor.example>",
        "Sent: Wednesday, October 21, 2026 3:18 PM",
        "To: Dana Ruiz <ap@keystonemech.com>; Tom Morales <tmorales@keystonemech.com>",
        'Subject: Quote Q-4471 - 1" type L copper',
        "",
        "Hi Dana and Tom, pricing for the Concord job as we discussed:",
        "",
        "PIP-CU-L-100-20   1in type L copper, 20 ft   30 lengths   71.80 ea",
        "FTG-CU-E90-100    1in wrot 90                200          2.95 ea",
        "VLV-1005-BV       1in FP ball valve          36           15.20 ea",
        "",
        "Quote good for 30 days.",
        "Gina Torres | Inside Sales | Corwell Supply Co.",
    ]
    return message(
        "s30",
        "outlook",
        head(
            "outlook",
            "s30",
            DANA,
            'RE: Quote Q-4471 - 1" type L copper',
            "2026-11-30 09:40:08",
            ("Cc", DESK),
            to=GINA,
        ),
        hypertext(outlook_page(lines, quoted)),
    )


def s31() -> bytes:
    text = (
        """\
Hi,

The tenant at the Metcalf Ave dental office changed the layout, so we won't
need 10 of the 10x6 white floor registers from SO-104228 (PO 60377). They are
still in the original box. Please send an RA for the 10 and credit them.

Thanks,
"""
        + SIG_RAJ
    )
    return message(
        "s31",
        "outlook",
        head("outlook", "s31", RAJ, "RA - floor registers SO-104228", "2026-11-30 13:05:51"),
        plain(text),
    )


def s32() -> bytes:
    text = (
        """\
Hi,

2 of the 2 gal expansion tanks from PO-76115 (Hillcrest apartments, installed
Oct 2025) have failed - bladders gone, both tanks waterlogged. Still under
warranty I assume? Please let me know how to send them back.

"""
        + SIG_TOM
    )
    return message(
        "s32",
        "outlook",
        head("outlook", "s32", TOM, "expansion tanks failed - PO-76115", "2026-12-01 08:55:33"),
        plain(text),
    )


def s33() -> bytes:
    text = (
        """\
Hi,

The 40 gallon electric heater we got on PO 40917 (the Whitman St rental) is not
heating. Both elements test good, the upper thermostat is dead. It has only been
in since October. Please send a warranty replacement - 1 heater.

"""
        + SIG_ROSA
    )
    return message(
        "s33",
        "gmail",
        head("gmail", "s33", ROSA, "electric heater not heating - PO 40917", "2026-12-01 10:20:47"),
        alternative(text, gmail_page(text)),
    )


def s34() -> bytes:
    rows = [
        ("Document", "Date", "Amount", "Our status"),
        ("INV-88141", "11/04/2026", "828.80", "paid 11/25, check 10588"),
        ("INV-88180", "11/10/2026", "1,873.80", "open - due 12/10"),
        ("INV-88086", "10/20/2026", "1,791.00", "open - return request RR-2611-04 pending"),
        ("Credit - 2 ball valves (PO 24519)", "11/12/2026", "-32.40", "applied, thank you"),
    ]
    before = [
        "Hi,",
        "",
        "I went through your statement dated 11/30 against our books. Everything matches except where noted below:",
        "",
    ]
    after = [
        "",
        "The 4 extra ball valves from PO 24530 went back with your driver on 11/17. Nothing else is open "
        "on our side. Please confirm our open balance of $3,664.80 as of 11/30.",
        "",
        "Thank you,",
        "Karen Liu",
        "Office Manager, Riverbend Plumbing & Heating",
        "215-555-0135",
    ]
    text = "\n".join(before) + "\n" + text_table(rows) + "\n" + "\n".join(after) + "\n"
    return message(
        "s34",
        "outlook",
        head(
            "outlook",
            "s34",
            KAREN,
            "Statement 11/30 - please confirm balance",
            "2026-12-01 14:10:22",
        ),
        alternative(text, outlook_page(before + [("table", rows)] + after)),
    )


def s35() -> bytes:
    text = """\
3 of the 3/4 ball valves from po 24460 are leaking at the stem. brand new, went in last week on the dunmore job. we swapped them out. theyre defective - credit or send 3 new ones pls

mike
"""
    return message(
        "s35",
        "apple",
        head("apple", "s35", MIKE, "leaking ball valves 24460", "2026-12-02 09:25:16"),
        plain(text),
    )


def s36() -> bytes:
    text = """\
Thank you for your email. I am out of the office December 2 through December 7
with limited access to email.

For scheduling please call the shop at (409) 555-0214. For returns, warranty
and pickups please write to manny@delgadosons.com.

Rosa Delgado
Delgado & Sons Plumbing
"""
    rows = head(
        "gmail",
        "s36",
        ROSA,
        "Out of office Re: RMA and credit - 1 x WH-40G-EL defective, your PO 40917",
        "2026-12-02 11:02:09",
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
    )
    return message("s36", "gmail", rows, alternative(text, gmail_page(text)))


def s37() -> bytes:
    text = """\
Hello,

Your company's name is on the label of our new water heater (picture attached).
Our plumber installed it about 6 weeks ago and it is already leaking from the
bottom - the drain pan is full every morning and we have to mop. I do not have
an order number, the plumber bought it and we paid him.

Can you replace it or tell me who to contact? We have two small kids and need
hot water.

Thank you,
Alicia Romero
2214 Kessler Ave
(409) 555-0186
"""
    return message(
        "s37",
        "gmail",
        head("gmail", "s37", ALICIA, "Water heater leaking", "2026-12-04 10:40:55"),
        mixed(alternative(text, gmail_page(text)), attached(rating_plate(), JPEG, "IMG_0291.jpg")),
    )


PORTAL_S38 = {
    "order_number": "SO-104202",
    "lines": [{"sku": "VLV-0075-BV", "quantity": 3, "reason": "DEFECTIVE"}],
    "note": "Linden Court boiler room: three of the 3/4 in ball valves from this order have frozen "
    "handles and will not turn. They went in with the heaters in fall 2025. Replaced today.",
}

UPLOAD_S39 = """\
DELGADO & SONS PLUMBING - RETURN NOTE
----------------------------------------
Supplier:        Corwell Supply Co.
Order:           SO-104216   (our PO 40917)
Delivered:       10/07/2026

Item ordered:    WH-EXP-2G   2 gal thermal expansion tank
Qty:             1
Problem:         WRONG ITEM - box is labeled 2 gal but holds a 4.4 gal tank,
                 too big for the closet at the Whitman St rental.
                 The other 3 tanks on this order were correct.

Please exchange for the 2 gal tank. We will bring the 4.4 gal to your counter.

Typed by: front office, 12/03
"""

UPLOAD_S40 = """\
SEAWALL COMMONS - DELIVERY CHECKLIST
Exported 12/03/2026 16:20 from PropertyMate

Delivery:\tCorwell Supply truck, 12/03/2026 10:05
PO:\t70359
Checked by:\tmaintenance (L.O.)

Item\tDescription\tOrdered\tReceived\tDamaged\tShort
WH-EXP-2G\t2 gal expansion tank\t2\t2\t0\t0
VLV-0075-BV\t3/4 ball valve sweat\t24\t24\t0\t0
HVC-FLT-1625-M11\t16x25x1 MERV 11 case/12\t6\t6\t0\t0

Notes: outer carton of one tank dented in transit; tank inspected, no damage,
installed OK. No claim.
Status: CLOSED
"""


def jobs() -> list[tuple[str, bytes]]:
    """All 40 requests in name order."""
    return [
        ("s01-keystone-gate-valves-cracked.eml", s01()),
        ("s02-keystone-pdf-debit-memo-pumps-circ.eml", s02()),
        ("s03-harbor-photo-box-label-stats.eml", s03()),
        ("s04-summit-photo-receipt-tile-crushed.eml", s04()),
        ("s05-keystone-fwd-thread-slip-photo-elbows.eml", s05()),
        ("s06-riverbend-ball-valve-handles.eml", s06()),
        ("s07-keystone-foreman-coil-elbows-late.eml", s07()),
        ("s08-summit-pdf-receiving-filters-stats.eml", s08()),
        ("s09-outsider-freight-audit-pitch.eml", s09()),
        ("s10-harbor-expansion-tanks-dented.eml", s10()),
        ("s11-riverbend-html-receiving-prv-extra.eml", s11()),
        ("s12-harbor-heater-dented-over-limit.eml", s12()),
        ("s13-summit-scan-startup-pumps-stats-short.eml", s13()),
        ("s14-summit-correction-three-short.eml", s14()),
        ("s15-keystone-photo-slip-pod-request.eml", s15()),
        ("s16-tech-gmail-wifi-stat-doa.eml", s16()),
        ("s17-harbor-pdf-receiving-three-problems.eml", s17()),
        ("s18-keystone-csv-pex-couplings-late-return.eml", s18()),
        ("s19-riverbend-scan-tag-wrong-unions.eml", s19()),
        ("s20-summit-new-order-pumps.eml", s20()),
        ("s21-delgado-csv-leftover-cut-pipe.eml", s21()),
        ("s22-keystone-scan-service-ticket-stat.eml", s22()),
        ("s23-delgado-heater-on-harbor-order.eml", s23()),
        ("s24-riverbend-pdf-return-rpz-checks.eml", s24()),
        ("s25-delgado-scan-return-form-elbows-copper.eml", s25()),
        ("s26-riverbend-xlsx-count-unions.eml", s26()),
        ("s27-summit-ap-price-stats-no-variance.eml", s27()),
        ("s28-riverbend-tees-unknown-po.eml", s28()),
        ("s29-harbor-pdf-remittance-advice.eml", s29()),
        ("s30-keystone-html-copper-overbilled.eml", s30()),
        ("s31-summit-registers-not-needed.eml", s31()),
        ("s32-keystone-expansion-tanks-2025.eml", s32()),
        ("s33-delgado-heater-no-heat.eml", s33()),
        ("s34-riverbend-html-statement-credits.eml", s34()),
        ("s35-riverbend-ball-valves-weeping.eml", s35()),
        ("s36-delgado-out-of-office.eml", s36()),
        ("s37-homeowner-photo-rating-plate.eml", s37()),
        (
            "s38-portal-ball-valves-old-order.json",
            (json.dumps(PORTAL_S38, indent=2) + "\n").encode("ascii"),
        ),
        ("s39-upload-wrong-tank-size.txt", crlf_text(UPLOAD_S39)),
        ("s40-upload-delivery-checklist.txt", UPLOAD_S40.encode("ascii")),
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in jobs():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
