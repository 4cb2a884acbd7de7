"""Write the 40 requests of heldout37 into requests/ (37 emails, 1 portal form, 2 uploads).

    .venv/bin/python sample_docs/heldout37/make_attachments.py [OUT_DIR]

Works from any directory; OUT_DIR defaults to the requests/ folder beside this script.
Needs Pillow, numpy, fpdf2 and openpyxl (all in the project's .venv) and the DejaVu and
Liberation TrueType files of the system (/usr/share/fonts/truetype). Nothing depends on
the clock: every picture has its own seed, every Date header, Message-ID, MIME boundary,
PDF creation date, workbook property and zip entry time is fixed, so two runs write the
same bytes.

Pictures are drawn here: typed text with the system fonts, handwriting glyph by glyph
(each letter of a narrow sans face turned, sheared, scaled and set off its line at random,
inked with varying pressure). A phone photo is the sheet warped onto a table top through a
perspective map, lit unevenly, tinted, grained and saved as JPEG; a flatbed scan is the sheet
turned a little on the glass, with a shadow at the lid hinge, dust, grain and a soft focus,
saved as PNG.
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
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")

# one seed per picture; each picture was read back with plain Tesseract (see README)
SEEDS = {
    "s02": 37022,
    "s04": 37041,
    "s07": 37072,
    "s16": 37166,
    "s17": 37171,
    "s19": 37191,
    "s27": 37271,
    "s33": 37332,
    "s38": 37383,
}

# ------------------------------------------------------------------ faces

FACE = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-b": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "cond-b": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "mono-b": "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "arial": "liberation/LiberationSans-Regular.ttf",
    "arial-b": "liberation/LiberationSans-Bold.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": "liberation/LiberationSansNarrow-Bold.ttf",
    "courier": "liberation/LiberationMono-Regular.ttf",
    "courier-b": "liberation/LiberationMono-Bold.ttf",
}
_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(face: str, px: int) -> ImageFont.FreeTypeFont:
    key = (face, px)
    if key not in _FONT_CACHE:
        path = FONTS / FACE[face]
        if path.exists():
            _FONT_CACHE[key] = ImageFont.truetype(str(path), px)
        else:  # the pictures then differ from the ones described in the README
            _FONT_CACHE[key] = ImageFont.load_default(size=px)
    return _FONT_CACHE[key]


class Sheet:
    """A sheet of paper to type, rule and write on (RGB, pixel coordinates)."""

    def __init__(self, w: int, h: int, paper=(250, 249, 244)) -> None:
        self.img = Image.new("RGB", (w, h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = w, h

    def type(self, x, y, text, face="arial", px=26, ink=(25, 25, 25), anchor="la") -> None:
        self.d.text((x, y), text, font=font(face, px), fill=ink, anchor=anchor)

    def width(self, text, face="arial", px=26) -> float:
        return self.d.textlength(text, font=font(face, px))

    def rule(self, x0, y0, x1, y1, ink=(40, 40, 40), w=2) -> None:
        self.d.line([(x0, y0), (x1, y1)], fill=ink, width=w)

    def box(self, x0, y0, x1, y1, ink=(40, 40, 40), w=2, fill=None) -> None:
        self.d.rectangle([x0, y0, x1, y1], outline=ink, width=w, fill=fill)

    def grid(self, x, y, widths, rows, height=40, face="arial", px=22, head_fill=(225, 225, 225)):
        """A ruled table; the first row is the heading (bold, shaded). Returns the row tops."""
        tops = []
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * height
            tops.append(top)
            if r == 0 and head_fill:
                self.box(x, top, x + total, top + height, w=0, fill=head_fill)
            cx = x
            for cw, cell in zip(widths, row):
                f = face + "-b" if r == 0 and face + "-b" in FACE else face
                self.type(cx + 8, top + height / 2, str(cell), f, px, anchor="lm")
                cx += cw
        bottom = y + len(rows) * height
        for r in range(len(rows) + 1):
            self.rule(x, y + r * height, x + total, y + r * height, w=2)
        cx = x
        for cw in [0, *widths]:
            cx += cw
            self.rule(cx, y, cx, bottom, w=2)
        return tops

    def barcode(self, x, y, w, h, key: str) -> None:
        bits = hashlib.sha256(key.encode()).digest()
        pos = x
        for byte in bits * 3:
            bar = 2 + byte % 4
            gap = 2 + (byte >> 4) % 3
            if pos + bar > x + w:
                break
            self.d.rectangle([pos, y, pos + bar - 1, y + h], fill=(20, 20, 20))
            pos += bar + gap


# ------------------------------------------------------------------ handwriting

PEN = (28, 44, 128)  # ballpoint blue
MARKER = (22, 22, 26)  # black marker
RED = (170, 32, 30)  # red felt tip


def scribble(sheet: Sheet, x, y, text, rng, px=34, ink=PEN, face="narrow", heavy=0, slant=0.2):
    """Write text by hand at (x, y) (top left): letter by letter, each turned, sheared,
    scaled, lifted or dropped a little, pressed harder or softer. Returns the end x."""
    pos = float(x)
    drift = 0.0
    for ch in text:
        if ch == " ":
            pos += px * rng.uniform(0.34, 0.46)
            continue
        size = max(8, int(px * rng.uniform(0.9, 1.1)))
        f = font(face, size)
        left, top, right, bottom = f.getbbox(ch, stroke_width=heavy)
        tw, th = right - left + 16, bottom - top + 16
        tile = Image.new("L", (tw, th), 0)
        ImageDraw.Draw(tile).text(
            (8 - left, 8 - top), ch, font=f, fill=255, stroke_width=heavy, stroke_fill=255
        )
        shear = slant + rng.uniform(-0.06, 0.06)
        tile = tile.transform(
            (tw + int(th * abs(shear)) + 2, th),
            Image.AFFINE,
            (1, shear, -th * shear if shear > 0 else 0, 0, 1, 0),
            resample=Image.BICUBIC,
        )
        tile = tile.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True)
        press = rng.uniform(0.72, 1.0)
        mask = tile.point(lambda v, k=press: int(v * k))
        drift += rng.uniform(-1.2, 1.2)
        drift = max(-px * 0.18, min(px * 0.18, drift))
        dy = y + (top - f.getbbox("H")[1]) + drift + rng.uniform(-1.5, 1.5) - 8
        sheet.img.paste(Image.new("RGB", tile.size, ink), (int(pos) - 8, int(dy)), mask)
        pos += (right - left) + px * rng.uniform(0.05, 0.13)
    return pos


def ring(sheet: Sheet, box, rng, ink=PEN, w=3) -> None:
    """A hand-drawn loop around box (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 10, (y1 - y0) / 2 + 8
    pts = []
    start = rng.uniform(0, 6.28)
    for k in range(60):
        a = start + k * (6.9 / 59)
        r = 1 + rng.uniform(-0.03, 0.03)
        pts.append((cx + rx * r * np.cos(a), cy + ry * r * np.sin(a)))
    sheet.d.line(pts, fill=ink, width=w, joint="curve")


def check_mark(sheet: Sheet, x, y, rng, size=26, ink=PEN, w=4) -> None:
    j = [rng.uniform(-2, 2) for _ in range(6)]
    pts = [
        (x + j[0], y + size * 0.55 + j[1]),
        (x + size * 0.35 + j[2], y + size + j[3]),
        (x + size * 1.1 + j[4], y - size * 0.2 + j[5]),
    ]
    sheet.d.line(pts, fill=ink, width=w, joint="curve")


def signature(sheet: Sheet, x, y, rng, width=220, ink=PEN) -> None:
    """A squiggle that passes for a signature."""
    pts = []
    for k in range(90):
        t = k / 89
        pts.append(
            (
                x + width * t + rng.uniform(-2, 2),
                y + 14 * np.sin(t * 19 + rng.uniform(-0.3, 0.3)) * (1 - 0.5 * t) + 6 * t,
            )
        )
    sheet.d.line(pts, fill=ink, width=3, joint="curve")


# ------------------------------------------------------------------ camera and scanner


def _homography(dst, src) -> list[float]:
    """The 8 PIL PERSPECTIVE coefficients that map output points dst to input points src."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def phone_photo(
    sheet: Sheet, seed: int, out=(1600, 1200), table=(118, 96, 74), fill=0.86, tilt=3.0, quality=84
) -> bytes:
    """The sheet lying on a table, shot from a hand-held phone at a slant."""
    rng = np.random.default_rng(seed)
    W, H = out
    # table top: a base colour with a soft grain along one direction
    base = np.ones((H, W, 3), np.float32) * np.array(table, np.float32)
    streak = rng.normal(0, 9, (1, W, 1)).astype(np.float32)
    streak = np.repeat(streak, H, axis=0)
    base += streak + rng.normal(0, 5, (H, W, 1)).astype(np.float32)
    canvas = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    # where the four corners of the sheet land in the photo
    sw, sh = sheet.img.size
    scale = min(W * fill / sw, H * fill / sh)
    cw, ch = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = np.radians(rng.uniform(-tilt, tilt))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        px, py = sx * cw / 2, sy * ch / 2
        # the far edge (top) looks narrower: the phone was held tilted toward the user
        px *= 1 - 0.045 * (1 - sy) / 2 + rng.uniform(-0.012, 0.012)
        py += rng.uniform(-0.012, 0.012) * ch
        rx = px * np.cos(ang) - py * np.sin(ang)
        ry = px * np.sin(ang) + py * np.cos(ang)
        corners.append((cx + rx, cy + ry))
    coeffs = _homography(corners, [(0, 0), (sw, 0), (sw, sh), (0, sh)])
    warped = sheet.img.transform(out, Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC)
    mask = Image.new("L", sheet.img.size, 255).transform(
        out, Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR
    )
    # a faint drop shadow under the paper
    shade = mask.filter(ImageFilter.GaussianBlur(9)).point(lambda v: int(v * 0.55))
    canvas.paste(Image.new("RGB", out, (40, 32, 24)), (9, 12), shade)
    canvas.paste(warped, (0, 0), mask)
    arr = np.asarray(canvas).astype(np.float32)
    # light: brighter toward one corner, a soft shadow of the phone across one side
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(-0.2, 0.3) * H
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / np.hypot(W, H)
    light = 1.06 - 0.30 * dist
    edge = rng.choice([0, 1])
    band = (xx / W) if edge else (1 - xx / W)
    light *= 1 - 0.16 * np.clip((band - 0.72) / 0.28, 0, 1)
    arr *= light[..., None]
    arr *= np.array([1.0, 0.975, 0.91], np.float32)  # warm indoor light
    arr += rng.normal(0, 4.5, arr.shape).astype(np.float32)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, subsampling=2, optimize=False)
    return buf.getvalue()


def flatbed(sheet: Sheet, seed: int, angle=0.7, grey=True, dpi_scale=1.0) -> bytes:
    """The sheet on a flatbed scanner: a little crooked, a shadow at the lid hinge, dust."""
    rng = np.random.default_rng(seed)
    img = sheet.img
    if dpi_scale != 1.0:
        img = img.resize((int(img.width * dpi_scale), int(img.height * dpi_scale)), Image.LANCZOS)
    glass = (238, 238, 235)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=glass)
    pad = Image.new("RGB", (img.width + 40, img.height + 30), glass)
    pad.paste(img, (22, 12))
    arr = np.asarray(pad).astype(np.float32)
    H, W = arr.shape[:2]
    xx = np.arange(W, dtype=np.float32)
    arr *= (1 - 0.22 * np.exp(-xx / 18.0))[None, :, None]  # hinge shadow on the left
    arr += rng.normal(0, 2.2, arr.shape[:2])[..., None].astype(np.float32)
    for _ in range(int(rng.integers(25, 60))):  # dust and toner specks
        y, x = int(rng.integers(0, H)), int(rng.integers(0, W))
        r = int(rng.integers(1, 3))
        arr[max(0, y - r) : y + r, max(0, x - r) : x + r] *= rng.uniform(0.25, 0.7)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.55))
    if grey:
        out = out.convert("L")
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# ------------------------------------------------------------------ pictures

DIST = "RIDGELINE SUPPLY CO."


def pick_ticket_delgado() -> bytes:
    """s02: will-call pick ticket of SO-104240, with the driver's notes from the shop."""
    rng = np.random.default_rng(SEEDS["s02"])
    s = Sheet(1700, 1150, paper=(252, 250, 240))
    s.type(60, 50, DIST, "arial-b", 44)
    s.type(60, 104, "DC-SOUTH  |  4410 Port Industrial Rd, Beaumont TX 77705", "arial", 24)
    s.type(1640, 50, "WILL CALL PICK TICKET", "arial-b", 40, anchor="ra")
    s.type(1640, 104, "Ticket WC-61184    Page 1 of 1", "arial", 24, anchor="ra")
    s.rule(60, 150, 1640, 150, w=3)
    s.type(60, 172, "Order: SO-104240", "courier-b", 30)
    s.type(560, 172, "Cust PO: PO-40988", "courier-b", 30)
    s.type(1100, 172, "Acct: C-1005", "courier", 30)
    s.type(60, 220, "Sold to: DELGADO & SONS PLUMBING", "courier", 28)
    s.type(1100, 220, "Pickup: 11/06/26 07:35", "courier", 28)
    rows = [
        ("LN", "ITEM", "DESCRIPTION", "ORD", "PICKED", "UM"),
        ("1", "PIP-BI-200-CTL", '2" BLK STL PIPE SCH40 CUT', "120", "120", "FT"),
        ("2", "FTG-BI-U-150", '1-1/2" BLK MI UNION', "12", "12", "EA"),
        ("3", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "10", "10", "EA"),
    ]
    tops = s.grid(60, 290, [70, 300, 470, 110, 130, 80], rows, height=62, face="arial", px=26)
    s.type(60, 560, "Cut list ln 1: 6 pcs @ 20 ft.  Bay 14 / yard rack C.", "arial", 24)
    s.type(60, 620, "Picked by: R.S.        Loaded by: yard", "arial", 24)
    s.type(60, 680, "Received in good order by (print / sign):", "arial", 24)
    scribble(s, 560, 668, "HECTOR D", rng, px=36, face="narrow")
    signature(s, 820, 690, rng, width=200)
    s.type(60, 1080, "Claims for shortage or damage must be reported within 5 days.", "arial", 20)
    # the notes Hector added at the shop, in blue pen beside the lines
    check_mark(s, 1250, tops[3] + 16, rng)
    check_mark(s, 1250, tops[1] + 16, rng)
    scribble(s, 1262, tops[2] + 8, "X", rng, px=40, face="narrow-b")
    scribble(s, 760, 760, "LN 2 - ONLY 10 IN BAG", rng, px=42, face="narrow-b")
    scribble(s, 760, 820, "SHORT 2 UNIONS", rng, px=46, face="narrow-b")
    scribble(s, 760, 910, "LN 1 - ONE PC 20 FT BENT", rng, px=42, face="narrow-b")
    scribble(s, 760, 970, "BY FORKLIFT AT YOUR DOCK", rng, px=42, face="narrow-b")
    scribble(s, 760, 1030, "HD 11/9", rng, px=36, face="narrow")
    return phone_photo(s, SEEDS["s02"] + 1, out=(1600, 1200), fill=0.9, table=(92, 88, 84))


def delivery_receipt_harbor() -> bytes:
    """s04: our own truck's delivery receipt for SO-104239, exceptions written at the dock."""
    rng = np.random.default_rng(SEEDS["s04"])
    s = Sheet(1400, 1800, paper=(248, 248, 243))
    s.type(60, 50, DIST, "arial-b", 42)
    s.type(60, 102, "Delivery Receipt  -  Own Fleet", "arial", 28)
    s.type(1340, 50, "DR 7-22-1109-03", "courier-b", 28, anchor="ra")
    s.barcode(1000, 92, 340, 56, "DR7221109")
    s.rule(60, 170, 1340, 170, w=3)
    info = [
        ("Route / Truck", "7 / T-22"),
        ("Driver", "#318 M. CASTILLO"),
        ("Our order", "SO-104239"),
        ("Customer PO", "70231"),
        ("Ship to", "HARBOR POINT PROPERTY MGMT"),
        ("", "BAYVIEW TERRACE - 1880 CALDER AVE"),
        ("Delivered", "11/09/2026  10:15"),
    ]
    for k, (label, value) in enumerate(info):
        s.type(60, 200 + k * 46, label, "arial", 26)
        s.type(330, 198 + k * 46, value, "arial-b", 30)
    rows = [
        ("QTY", "UM", "ITEM", "DESCRIPTION"),
        ("60", "EA", "HVC-REG-1006-W", "10X6 FLOOR REGISTER WHT"),
        ("24", "CS", "HVC-FLT-1625-M11", "16X25X1 MERV 11 FILTER CS/12"),
        ("10", "EA", "TST-2100-NP", "NON-PROG DIGITAL TSTAT 24V"),
    ]
    s.grid(60, 560, [100, 80, 370, 730], rows, height=60, face="arial", px=26)
    s.type(60, 820, "Pallets: 2     Pieces: 94     Weight: 612 LB", "arial", 26)
    s.box(60, 900, 1340, 1330, w=3)
    s.type(80, 915, "EXCEPTIONS  (describe, with count)  -  leave blank if none", "arial-b", 26)
    scribble(s, 110, 985, "14 CS FILTERS WET + CRUSHED", rng, px=44, face="narrow-b")
    scribble(s, 110, 1055, "(BOTTOM OF PALLET 2)", rng, px=38, face="narrow")
    scribble(s, 110, 1135, "5 REGISTERS BENT", rng, px=44, face="narrow-b")
    scribble(s, 110, 1215, "REST OK - LO", rng, px=38, face="narrow")
    s.type(60, 1400, "Received by (print):", "arial", 26)
    scribble(s, 340, 1386, "L ORTEGA", rng, px=40, face="narrow")
    s.type(760, 1400, "Signature:", "arial", 26)
    signature(s, 900, 1410, rng, width=260)
    s.type(60, 1480, "Driver signature:", "arial", 26)
    signature(s, 300, 1490, rng, width=180, ink=(30, 30, 30))
    s.type(60, 1700, "White - office   Yellow - customer   Pink - driver", "arial", 22)
    return phone_photo(s, SEEDS["s04"] + 1, out=(1200, 1600), fill=0.9, table=(70, 74, 80))


def packing_slip(so, po, shipped, via, site, rows, cartons) -> Sheet:
    """A packing slip of ours, as it comes in the envelope on the carton."""
    s = Sheet(1700, 1250, paper=(251, 251, 248))
    s.type(60, 50, DIST, "arial-b", 44)
    s.type(60, 104, f"{site}  |  Packing Slip", "arial", 28)
    s.type(1640, 50, "PACKING SLIP", "arial-b", 44, anchor="ra")
    s.rule(60, 150, 1640, 150, w=3)
    s.type(60, 175, f"Order {so}", "courier-b", 32)
    s.type(620, 175, f"Customer PO {po}", "courier-b", 32)
    s.type(60, 225, f"Shipped {shipped}", "courier", 28)
    s.type(620, 225, f"Ship via {via}", "courier", 28)
    head = [("LN", "ITEM", "DESCRIPTION", "ORDERED", "SHIPPED", "UM")]
    tops = s.grid(60, 300, [70, 340, 560, 160, 160, 80], head + rows, height=66, px=26)
    s.type(60, 320 + 66 * (len(rows) + 1), f"Cartons: {cartons}", "arial", 26)
    s.type(60, 1180, "Check your shipment on arrival. Report shortage or damage to", "arial", 20)
    s.type(760, 1180, "returns@distributor.example", "arial-b", 20)
    s.tops = tops
    return s


def packing_slip_summit() -> bytes:
    """s07: packing slip of SO-104238 with the receiver's count written on line 1."""
    rng = np.random.default_rng(SEEDS["s07"])
    rows = [
        ("1", "TST-7500-PRO", "7-DAY PROG WI-FI THERMOSTAT", "12", "12", "EA"),
        ("2", "TST-2100-NP", "NON-PROG DIGITAL THERMOSTAT 24V", "20", "20", "EA"),
        ("3", "HVC-FLT-1625-M11", "16X25X1 MERV 11 FILTER CS/12", "10", "10", "CS"),
    ]
    s = packing_slip("SO-104238", "PO-60418", "11/05/26", "OWN FLEET", "DC-EAST", rows, 5)
    t = s.tops
    check_mark(s, 1390, t[2] + 18, rng)
    check_mark(s, 1390, t[3] + 18, rng)
    scribble(s, 1000, 640, "LN 1 COUNTED 11", rng, px=46, face="narrow-b")
    scribble(s, 1060, 706, "SHORT 1", rng, px=52, face="narrow-b")
    s.rule(1050, 772, 1270, 766, ink=PEN, w=4)
    scribble(s, 1000, 800, "O.H. 11/12", rng, px=36, face="narrow")
    return phone_photo(s, SEEDS["s07"] + 1, out=(1600, 1200), fill=0.9, table=(150, 140, 126))


def packing_slip_keystone_ok() -> bytes:
    """s19 (no claim): packing slip of SO-104218 with every line ticked."""
    rng = np.random.default_rng(SEEDS["s19"])
    rows = [
        ("1", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "50", "50", "EA"),
        ("2", "FTG-PEX-CPL-050", "1/2 PEX BRASS CRIMP CPLG BAG/25", "20", "20", "BG"),
    ]
    s = packing_slip("SO-104218", "PO-77731", "10/14/26", "RL CARRIERS", "DC-EAST", rows, 3)
    t = s.tops
    for top in t[1:]:
        check_mark(s, 1400, top + 18, rng)
    scribble(s, 900, 620, "ALL REC'D - COUNT OK", rng, px=44, face="narrow-b")
    scribble(s, 900, 690, "M. VEGA  10/16", rng, px=38, face="narrow")
    return phone_photo(s, SEEDS["s19"] + 1, out=(1600, 1200), fill=0.88, table=(128, 130, 136))


def carton_label_riverbend() -> bytes:
    """s17: the carton label of one box of SO-104230, with a marker note beside it."""
    rng = np.random.default_rng(SEEDS["s17"])
    s = Sheet(1500, 1000, paper=(204, 170, 126))  # the carton's side
    arr = np.asarray(s.img).astype(np.float32)
    arr += np.random.default_rng(SEEDS["s17"] + 7).normal(0, 6, arr.shape[:2])[..., None]
    for x in range(0, s.w, 14):  # corrugation shows through
        arr[:, x : x + 3] *= 0.97
    s.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    s.d = ImageDraw.Draw(s.img)
    lab = (40, 40, 1460, 610)
    s.box(*lab, ink=(60, 60, 60), w=2, fill=(250, 250, 247))
    x0, y0 = lab[0] + 36, lab[1] + 26
    s.type(x0, y0, "RIDGELINE SUPPLY CO.  DC-SOUTH", "arial-b", 38)
    s.type(x0 + 760, y0 + 6, "SHIP TO: RIVERBEND PLUMBING & HTG", "arial", 28)
    s.rule(lab[0], y0 + 64, lab[2], y0 + 64, w=2)
    s.type(x0, y0 + 90, "SO-104230      PO 24460", "courier-b", 44)
    s.type(x0, y0 + 166, "ITEM  VLV-0075-BV", "arial-b", 60)
    s.type(x0, y0 + 250, '3/4" BRASS BALL VALVE FP SWEAT', "arial", 40)
    s.type(x0, y0 + 320, "QTY  6 EA", "arial-b", 52)
    s.type(x0 + 420, y0 + 330, "CTN 2 OF 5", "arial", 38)
    s.barcode(x0 + 800, y0 + 300, 520, 130, "SO-104230-2")
    s.type(x0 + 800, y0 + 446, "071812340075", "courier", 30)
    scribble(s, 70, 650, 'INSIDE = 1/2" THREADED', rng, px=58, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 70, 750, "WRONG - ALL 6", rng, px=58, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 760, 760, "NOT 3/4 SWEAT!!", rng, px=52, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 70, 860, "MOB 11/17", rng, px=44, ink=MARKER, face="cond-b", heavy=1)
    return phone_photo(s, SEEDS["s17"] + 1, out=(1600, 1200), fill=0.97, table=(60, 58, 55))


def thermostat_carton_harbor() -> bytes:
    """s38: the maker's end label on a thermostat box, with a marker note on the box."""
    rng = np.random.default_rng(SEEDS["s38"])
    s = Sheet(1500, 1100, paper=(236, 236, 232))  # white printed carton
    s.box(0, 0, 1500, 120, w=0, fill=(170, 30, 40))
    s.type(60, 60, "BRADFORD THERMAL PRODUCTS", "sans-b", 52, ink=(250, 250, 250), anchor="lm")
    s.type(60, 170, "Non-Programmable Digital Thermostat", "sans", 40)
    s.type(60, 226, "24 VAC  -  Heat / Cool  -  Single Stage", "sans", 30)
    s.type(60, 300, "MODEL  TST-2100-NP", "sans-b", 48)
    s.type(60, 370, "UPC  084512021006", "mono", 34)
    s.barcode(60, 420, 620, 130, "084512021006")
    s.type(60, 580, "QTY 1 EA     LOT 2609-14", "mono", 30)
    s.type(60, 630, "Made in USA", "sans", 26)
    scribble(s, 800, 300, "3 DOA", rng, px=64, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 800, 400, "BLANK SCREEN", rng, px=52, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 800, 490, "UNITS 4B 7A 9C", rng, px=52, ink=MARKER, face="cond-b", heavy=1)
    scribble(s, 800, 580, "PO 70344 - LO", rng, px=52, ink=MARKER, face="cond-b", heavy=1)
    return phone_photo(s, SEEDS["s38"] + 1, out=(1600, 1200), fill=0.93, table=(112, 106, 98))


def return_form_harbor() -> bytes:
    """s16: Harbor Point's pre-printed vendor return form, filled in by hand."""
    rng = np.random.default_rng(SEEDS["s16"])
    s = Sheet(1700, 2200, paper=(255, 255, 255))
    s.type(850, 70, "HARBOR POINT PROPERTY MANAGEMENT", "serif", 46, anchor="ma")
    s.type(850, 135, "Maintenance Department", "serif", 32, anchor="ma")
    s.type(850, 200, "VENDOR RETURN / CREDIT REQUEST", "sans-b", 40, anchor="ma")
    s.rule(80, 270, 1620, 270, w=3)
    fields = [
        (80, 310, "Vendor:"),
        (900, 310, "Date:"),
        (80, 400, "Our PO #:"),
        (900, 400, "Property:"),
        (80, 490, "Vendor order / invoice #:"),
    ]
    for x, y, label in fields:
        s.type(x, y, label, "sans", 30)
        lw = s.width(label, "sans", 30)
        s.rule(x + lw + 14, y + 42, x + (700 if x < 800 else 720), y + 42, w=2)
    scribble(s, 230, 300, "RIDGELINE SUPPLY", rng, px=42)
    scribble(s, 1000, 300, "11/17/26", rng, px=42)
    scribble(s, 260, 390, "70296", rng, px=46)
    scribble(s, 1070, 390, "BAYVIEW TERRACE", rng, px=40)
    rows = [("ITEM / PART #", "DESCRIPTION", "QTY", "CODE", "NOTES")] + [("",) * 5] * 6
    tops = s.grid(80, 600, [400, 420, 130, 130, 460], rows, height=96, face="sans", px=26)
    scribble(s, 96, tops[1] + 26, "HVC-REG-1006-W", rng, px=40)
    scribble(s, 496, tops[1] + 26, "10X6 FLOOR REG", rng, px=38)
    scribble(s, 920, tops[1] + 26, "10", rng, px=44)
    scribble(s, 1060, tops[1] + 26, "X", rng, px=44)
    scribble(s, 1176, tops[1] + 14, "GOT 50 - PO SAYS 40", rng, px=34)
    scribble(s, 1176, tops[1] + 54, "PLS PICK UP EXTRA", rng, px=30)
    scribble(s, 96, tops[2] + 26, "VLV-0075-BV", rng, px=40)
    scribble(s, 496, tops[2] + 26, "3/4 BALL VALVE", rng, px=38)
    scribble(s, 920, tops[2] + 26, "2", rng, px=44)
    scribble(s, 1060, tops[2] + 26, "D", rng, px=44)
    scribble(s, 1176, tops[2] + 14, "HANDLES SNAPPED", rng, px=34)
    scribble(s, 1176, tops[2] + 54, "OFF IN BOX", rng, px=30)
    y = tops[-1] + 140
    s.type(
        80,
        y,
        "CODES:  D = damaged   S = short   X = extra / over-shipped   W = wrong item",
        "sans",
        26,
    )
    s.type(
        80,
        y + 44,
        "F = failed / defective   N = not needed   P = price   O = other (explain)",
        "sans",
        26,
    )
    s.type(80, y + 130, "Requested by:", "sans", 30)
    s.rule(300, y + 172, 800, y + 172, w=2)
    scribble(s, 320, y + 120, "L. ORTEGA", rng, px=42)
    s.type(900, y + 130, "Approved:", "sans", 30)
    s.rule(1060, y + 172, 1600, y + 172, w=2)
    signature(s, 1090, y + 150, rng, width=240)
    s.type(
        80,
        y + 260,
        "Send to vendor with packing slip copy. Keep yellow copy for the work order file.",
        "sans",
        24,
    )
    s.type(80, 2120, "HPPM-MNT-114  rev 03/24", "sans", 20)
    return flatbed(s, SEEDS["s16"] + 1, angle=-0.8, grey=True, dpi_scale=0.7)


def service_ticket_summit() -> bytes:
    """s27: Summit's typed service ticket for the pump start-up, signed by hand."""
    rng = np.random.default_rng(SEEDS["s27"])
    s = Sheet(1700, 2200, paper=(255, 255, 255))
    s.type(80, 70, "SUMMIT HVAC SERVICES", "sans-b", 48)
    s.type(
        80,
        135,
        "Commercial Service  |  8711 Quivira Rd, Lenexa KS 66215  |  913-555-0118",
        "sans",
        24,
    )
    s.type(1620, 70, "SERVICE TICKET", "sans-b", 40, anchor="ra")
    s.type(1620, 125, "No. 58213", "mono-b", 34, anchor="ra")
    s.rule(80, 185, 1620, 185, w=3)
    info = [
        ("Customer", "Prairie Ridge Senior Living - Bldg C"),
        ("Job no.", "26-517"),
        ("Date", "11/23/2026"),
        ("Technician", "J. Baptiste (#27)"),
        ("Hours", "3.5 reg"),
    ]
    for k, (label, value) in enumerate(info):
        s.type(80, 215 + k * 48, label, "sans-b", 26)
        s.type(330, 215 + k * 48, value, "mono", 28)
    s.type(80, 490, "WORK PERFORMED", "sans-b", 30)
    body = [
        "Start-up of the new condensate pumps on AHU-1 thru AHU-6",
        "(material from Ridgeline Supply, our PO 60455).",
        "Pumps on AHU-2, AHU-3 and AHU-5 will not cycle: float sticks,",
        "safety switch opens on start, no discharge. Swapped to a",
        "known good outlet - same result. Other 3 pumps run normal.",
        "Removed the 3 bad pumps, reused the old ones for now.",
        "Tagged the 3 for return to supplier.",
    ]
    for k, line in enumerate(body):
        s.type(100, 545 + k * 44, line, "mono", 28)
    s.type(80, 880, "MATERIAL", "sans-b", 30)
    rows = [
        ("PART", "DESCRIPTION", "USED", "SOURCE"),
        ("HVC-CND-PUMP", "condensate pump 115V w/ switch", "6", "PO 60455"),
        ("VT-38-50", "3/8 vinyl tubing, ft", "40", "van stock"),
        ("WN-RED", "wire nuts, red", "12", "van stock"),
    ]
    s.grid(80, 930, [330, 640, 150, 300], rows, height=60, face="sans", px=26)
    s.type(80, 1230, "DEFECTIVE - RETURN TO SUPPLIER:", "sans-b", 30)
    s.type(80, 1280, "3 EA  HVC-CND-PUMP  (from AHU-2, AHU-3, AHU-5)", "mono-b", 32)
    s.type(80, 1380, "Customer signature:", "sans", 26)
    signature(s, 360, 1390, rng, width=240)
    s.type(900, 1380, "Tech:", "sans", 26)
    scribble(s, 990, 1366, "J BAPTISTE", rng, px=40)
    s.type(80, 2110, "White - office  /  Canary - customer", "sans", 20)
    return flatbed(s, SEEDS["s27"] + 1, angle=0.5, grey=True, dpi_scale=0.7)


def defect_tag_keystone() -> bytes:
    """s33: Keystone's defective material tag, filled in by the tech who pulled the pump."""
    rng = np.random.default_rng(SEEDS["s33"])
    s = Sheet(1100, 1900, paper=(255, 214, 120))  # a yellow card tag
    s.d.ellipse([505, 50, 595, 140], outline=(90, 70, 30), width=4, fill=(238, 238, 235))
    s.type(550, 190, "KEYSTONE MECHANICAL", "sans-b", 44, anchor="ma")
    s.type(550, 250, "DEFECTIVE MATERIAL TAG", "sans-b", 44, anchor="ma")
    s.type(550, 310, "attach to the part - do not scrap", "sans", 28, anchor="ma")
    s.rule(60, 360, 1040, 360, w=3)
    labels = [
        "Part no.",
        "Description",
        "Qty",
        "Supplier",
        "Supplier PO",
        "Installed",
        "Removed",
        "Job / location",
        "Problem",
        "",
        "Tech",
    ]
    for k, label in enumerate(labels):
        y = 400 + k * 120
        s.type(60, y + 30, label, "sans", 30)
        s.rule(330 if label else 60, y + 78, 1040, y + 78, w=2)
    values = [
        "PMP-CIRC-015",
        "1/25 HP CIRCULATOR",
        "1",
        "RIDGELINE",
        "PO-76115",
        "10/2025",
        "11/30/26",
        "GLEN ROCK APTS BLR RM",
        "SEIZED - HUMS BUT",
        "WON'T TURN. DEAD.",
        "G. LINDQVIST",
    ]
    for k, value in enumerate(values):
        scribble(s, 350 if k != 9 else 90, 400 + k * 120 + 16, value, rng, px=46)
    return flatbed(s, SEEDS["s33"] + 1, angle=-1.1, grey=False, dpi_scale=0.62)


# ------------------------------------------------------------------ printed PDFs


class Printout(FPDF):
    """A report as a customer's system prints it to PDF: a title block, ruled rows."""

    def __init__(self, title, system, stamp, landscape=False, face="helvetica") -> None:
        super().__init__("L" if landscape else "P", "mm", "Letter")
        self.face = face
        self.set_creation_date(stamp)
        self.set_creator(system)
        self.set_producer(system)
        self.set_title(title)
        self.set_auto_page_break(True, 18)
        self.set_margins(14, 14, 14)
        self.footer_text = ""
        self.add_page()

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(self.face, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text, align="L")
        self.cell(0, 5, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def line_of(self, text, size=9.5, style="", h=5.0, align="L") -> None:
        self.set_font(self.face, style, size)
        self.cell(0, h, text, new_x="LMARGIN", new_y="NEXT", align=align)

    def pairs(self, items, col=(34, 60), size=9) -> None:
        """Label / value pairs, two to a line."""
        for k in range(0, len(items), 2):
            for label, value in items[k : k + 2]:
                self.set_font(self.face, "B", size)
                self.cell(col[0], 5.2, label)
                self.set_font(self.face, "", size)
                self.cell(col[1], 5.2, value)
            self.ln(5.2)

    def table(self, widths, rows, aligns=None, size=8.5, shade=(220, 220, 220)) -> None:
        """A ruled table; long cells wrap inside their column."""
        aligns = aligns or ["L"] * len(widths)
        for r, row in enumerate(rows):
            style = "B" if r == 0 else ""
            self.set_font(self.face, style, size)
            lines = [
                self.multi_cell(w, 4.4, str(c), dry_run=True, output="LINES")
                for w, c in zip(widths, row)
            ]
            height = 4.4 * max(len(x) for x in lines) + 1.6
            if self.get_y() + height > self.h - 20:
                self.add_page()
            x, y = self.get_x(), self.get_y()
            if r == 0:
                self.set_fill_color(*shade)
                self.rect(x, y, sum(widths), height, style="F")
            for w, c, a in zip(widths, row, aligns):
                self.set_xy(x, y + 0.8)
                self.multi_cell(w, 4.4, str(c), align=a if r else "L")
                x += w
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, y + height, self.l_margin + sum(widths), y + height)
            self.set_xy(self.l_margin, y + height)
        self.set_draw_color(0, 0, 0)

    def band(self, text, size=13) -> None:
        self.set_fill_color(52, 64, 84)
        self.set_text_color(255, 255, 255)
        self.set_font(self.face, "B", size)
        self.cell(0, 9, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def done(self) -> bytes:
        return bytes(self.output())


def utc(y, mo, d, h=0, mi=0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.UTC)


def receiving_report_keystone() -> bytes:
    """s03: Keystone's warehouse system: receiving discrepancy report for PO-77830."""
    pdf = Printout(
        "Receiving Discrepancy Report",
        "Keystone WMS 4.2",
        utc(2026, 11, 10, 14, 52),
        landscape=True,
    )
    pdf.footer_text = "Printed 11/10/2026 09:52 by MVEGA  -  KMC Warehouse, Aston PA"
    pdf.line_of("Keystone Mechanical Contractors", 15, "B", 7)
    pdf.line_of("Warehouse & Receiving  -  1400 Industrial Hwy, Aston PA 19014", 9)
    pdf.ln(3)
    pdf.band("RECEIVING DISCREPANCY REPORT")
    pdf.pairs(
        [
            ("Receipt no.", "RCV-1106-0412"),
            ("Received", "11/06/2026 14:20"),
            ("Purchase order", "PO-77830"),
            ("Vendor", "RIDGELINE SUPPLY CO. (V-0388)"),
            ("Vendor ref.", "SO-104235"),
            ("Carrier", "ODFL  PRO OD0782301177"),
            ("Received by", "M. Vega"),
            ("Cartons / skids", "7 ctn / 1 skid"),
        ],
        col=(32, 95),
    )
    pdf.ln(3)
    rows = [
        ("Ln", "Item", "Description", "PO qty", "Slip qty", "Rcvd", "Var", "Status", "Note"),
        ("1", "VLV-3100-CK", '3" CI swing check valve, flgd', "6", "6", "6", "0", "OK", ""),
        (
            "2",
            "FTG-BI-U-150",
            '1-1/2" black MI union',
            "40",
            "40",
            "36",
            "-4",
            "SHORT",
            "Bag count 36, slip says 40. 4 unions missing.",
        ),
        ("3", "HVC-CND-PUMP", "Condensate pump 115V w/ switch", "8", "8", "8", "0", "OK", ""),
        ("4", "PMP-CIRC-015", "1/25 HP circulator 115V", "4", "4", "4", "0", "OK", ""),
        ("", "", "Totals", "58", "58", "54", "-4", "", ""),
    ]
    pdf.table(
        [10, 32, 62, 17, 17, 15, 13, 20, 64], rows, ["L", "L", "L", "R", "R", "R", "R", "L", "L"]
    )
    pdf.ln(5)
    pdf.line_of(
        "Exceptions: 1 of 4 lines.  Discrepancy sent to Purchasing and AP for vendor follow-up.", 9
    )
    pdf.line_of("Do not pay the short quantity until the vendor credits or ships it.", 9)
    return pdf.done()


def debit_memo_keystone() -> bytes:
    """s13: Keystone AP's debit memo against INV-88098 (the copper price)."""
    pdf = Printout("Debit Memo DM-26-1182", "Sage 300 AP", utc(2026, 11, 16, 19, 58))
    pdf.footer_text = "Keystone Mechanical Contractors - Accounts Payable - ap@keystonemech.com"
    pdf.line_of("KEYSTONE MECHANICAL CONTRACTORS", 14, "B", 7)
    pdf.line_of("Accounts Payable  |  1400 Industrial Hwy, Aston PA 19014  |  610-555-0129", 8.5)
    pdf.ln(4)
    pdf.line_of("DEBIT MEMO", 20, "B", 10, align="R")
    pdf.ln(2)
    pdf.pairs(
        [
            ("Memo no.", "DM-26-1182"),
            ("Memo date", "11/16/2026"),
            ("Vendor", "Ridgeline Supply Co."),
            ("Vendor no.", "V-0388"),
            ("Invoice", "INV-88098"),
            ("Invoice date", "10/26/2026"),
            ("Our PO", "PO-77790"),
            ("Terms", "Net 30"),
        ],
        col=(26, 66),
    )
    pdf.ln(4)
    rows = [
        ("Line", "Item", "Description", "Qty", "Invoiced", "PO price", "Diff.", "Debit"),
        (
            "1",
            "PIP-CU-L-100-20",
            '1" type L copper tube, 20 ft',
            "30",
            "76.40",
            "71.80",
            "4.60",
            "138.00",
        ),
        ("2", "FTG-CU-E90-100", '1" wrot copper 90 ell CxC', "200", "2.95", "2.95", "0.00", "0.00"),
        ("3", "VLV-1005-BV", '1" brass ball valve FP thd', "36", "15.20", "15.20", "0.00", "0.00"),
    ]
    pdf.table([11, 32, 52, 13, 19, 19, 15, 21], rows, ["L", "L", "L", "R", "R", "R", "R", "R"])
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(161, 6, "Total debit", align="R")
    pdf.cell(21, 6, "138.00", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.line_of(
        "Reason: line 1 invoiced above the PO price (PO-77790 at 71.80 per length, per your", 9
    )
    pdf.line_of(
        "quote Q-26-0907). Lines 2 and 3 matched. Please issue a credit memo referencing", 9
    )
    pdf.line_of("DM-26-1182; we are short-paying INV-88098 by the amount above.", 9)
    pdf.ln(8)
    pdf.line_of("Prepared by: D. Ruiz          Approved: K. Walsh, Controller", 9)
    return pdf.done()


def return_request_riverbend() -> bytes:
    """s20: Riverbend's return request for SO-104222 (check valve, backflow assembly)."""
    pdf = Printout(
        "Return Request RR-1119-2",
        "FieldPro Office 2026.3",
        utc(2026, 11, 19, 15, 31),
        face="times",
    )
    pdf.footer_text = "Riverbend Plumbing & Heating  -  office@riverbendph.com  -  215-555-0176"
    pdf.line_of("Riverbend Plumbing & Heating", 16, "B", 8)
    pdf.line_of("2207 Orthodox St, Philadelphia PA 19137", 10)
    pdf.ln(4)
    pdf.band("RETURN REQUEST  RR-1119-2", 12)
    pdf.pairs(
        [
            ("Supplier", "Ridgeline Supply Co."),
            ("Date", "11/19/2026"),
            ("Supplier order", "SO-104222"),
            ("Our PO", "24415"),
            ("Job", "Tacony Creek booster station"),
            ("Invoice", "INV-88086"),
        ],
        col=(30, 62),
        size=10,
    )
    pdf.ln(4)
    rows = [
        ("Item", "Description", "Shipped", "Return", "Reason", "Comment"),
        (
            "VLV-3100-CK",
            '3" flanged CI swing check',
            "2",
            "1",
            "Defective",
            "Clapper hangs open, will not seat. Failed the hydro test on 11/18. "
            "Other valve is fine.",
        ),
        (
            "BFP-RPZ-300-SO",
            '3" RPZ backflow assembly',
            "1",
            "1",
            "Not needed",
            "Engineer took the RPZ off the drawings (rev C). Box never opened.",
        ),
    ]
    pdf.table([32, 46, 17, 16, 24, 53], rows, ["L", "L", "R", "R", "L", "L"], size=9.5)
    pdf.ln(4)
    pdf.line_of("Items on this request: 2.   Please send RMA numbers and pickup date.", 10)
    pdf.ln(8)
    pdf.line_of("Requested by: Karen Liu, office          Approved: M. O'Brien", 10)
    return pdf.done()


def remittance_summit() -> bytes:
    """s34 (no claim): Summit AP's remittance advice, with a deduction for a claim."""
    pdf = Printout("Remittance Advice ACH-000731", "QuickBooks Enterprise", utc(2026, 12, 1, 20, 4))
    pdf.footer_text = "Questions: ap@summithvac.net  |  913-555-0124"
    pdf.line_of("SUMMIT HVAC SERVICES", 15, "B", 7)
    pdf.line_of("8711 Quivira Rd, Lenexa KS 66215", 9)
    pdf.ln(3)
    pdf.band("REMITTANCE ADVICE")
    pdf.pairs(
        [
            ("Payment", "ACH-000731"),
            ("Pay date", "12/01/2026"),
            ("Payee", "Ridgeline Supply Co."),
            ("Vendor ID", "RID-004"),
        ],
        col=(24, 68),
    )
    pdf.ln(3)
    rows = [
        ("Invoice", "Inv. date", "Your order", "Our PO", "Amount", "Deduction", "Paid"),
        ("INV-88109", "10/30/2026", "SO-104228", "60377", "2,074.00", "95.00", "1,979.00"),
        ("INV-88152", "11/05/2026", "SO-104238", "60418", "2,557.00", "0.00", "2,557.00"),
        ("INV-88184", "11/10/2026", "SO-104244", "60455", "1,734.80", "0.00", "1,734.80"),
        ("", "", "", "Total", "6,365.80", "95.00", "6,270.80"),
    ]
    pdf.table([24, 24, 26, 20, 28, 26, 28], rows, ["L", "L", "L", "L", "R", "R", "R"], size=9)
    pdf.ln(4)
    pdf.line_of(
        "Deduction on INV-88109: 2 ctn ceiling tile damaged on delivery, reported to your", 9
    )
    pdf.line_of(
        "returns desk 11/13 - short-paid until the credit memo posts. Nothing else open.", 9
    )
    pdf.ln(3)
    pdf.line_of(
        "Funds sent by ACH to the account on file, ending 2291. Please allow 1-2 business days.", 9
    )
    return pdf.done()


# ------------------------------------------------------------------ sheets

STAMP_ZIP = (2026, 11, 17, 8, 12, 40)


def pinned_zip(raw: bytes, stamp: tuple, iso: str) -> bytes:
    """Rewrite an xlsx so that nothing in it depends on when it was written."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    lambda m: m.group(1) + iso + m.group(3),
                    text,
                )
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data)
    return buf.getvalue()


def receiving_count_summit() -> bytes:
    """s15: Summit's warehouse count sheet for PO 60455 (an Excel workbook)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "PO 60455"
    bold = Font(name="Calibri", size=11, bold=True)
    thin = Side(style="thin", color="999999")
    ws["A1"] = "Summit HVAC Services - Warehouse receiving count"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Vendor: Ridgeline Supply Co."
    ws["E2"] = "Vendor order: SO-104244"
    ws["A3"] = "Our PO: 60455"
    ws["E3"] = "Rec'd: 11/12/2026 (UPS, 6 pkgs)"
    ws["A4"] = "Counted by: R. Patel / O. Haddad"
    head = [
        "Item",
        "Description",
        "Slip qty",
        "Counted",
        "Good",
        "Damaged",
        "Over (+) / Short (-)",
        "Note",
    ]
    ws.append([])
    ws.append(head)
    rows = [
        ["HVC-CND-PUMP", "Condensate pump 115V w/ safety switch", 10, 10, 10, 0, 0, ""],
        ["TST-2100-NP", "Non-prog digital tstat 24V", 12, 12, 12, 0, 0, ""],
        [
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter, cs/12",
            20,
            22,
            19,
            3,
            2,
            "3 cs wet + crushed (bottom of pkg 4). 2 cs extra, not on slip or PO",
        ],
    ]
    for row in rows:
        ws.append(row)
    ws.append(["Totals", "", 42, 44, 41, 3, 2, ""])
    ws["A12"] = "Damaged cases kept on the dock for pickup / photos. Extra 2 cs set aside."
    fill = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
    for cell in ws[6]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in range(6, 11):
        for c in range(1, 9):
            ws.cell(r, c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for c in "ABCDEFGH":
        ws[f"{c}10"].font = bold
    ws["H9"].alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFGH", (19, 36, 9, 9, 8, 9, 12, 44)):
        ws.column_dimensions[col].width = width
    ws.row_dimensions[9].height = 32
    ws.freeze_panes = "A7"
    props = wb.properties
    props.creator = "Raj Patel"
    props.lastModifiedBy = "Raj Patel"
    props.title = "Receiving count PO 60455"
    props.created = dt.datetime(2026, 11, 12, 15, 40, 0)
    props.modified = dt.datetime(2026, 11, 17, 14, 12, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return pinned_zip(buf.getvalue(), STAMP_ZIP, "2026-11-17T14:12:00Z")


def csv_text(rows) -> str:
    """Rows as a CSV file writes them: a field with a comma in it goes in double quotes."""
    out = []
    for row in rows:
        out.append(",".join(f'"{c}"' if "," in str(c) else str(c) for c in row))
    return "\n".join(out) + "\n"


TRUCK_STOCK_CSV = csv_text(
    [
        (
            "Truck",
            "Tech",
            "Job",
            "Item",
            "Description",
            "On truck",
            "Keep",
            "Send back",
            "Supplier PO",
            "Note",
        ),
        (
            "T-09",
            "D. Hutchins",
            "Fairmount lofts",
            "FTG-PEX-CPL-050",
            "1/2 PEX brass crimp coupling bag/25",
            10,
            4,
            6,
            24519,
            "job pulled - extra bags",
        ),
        (
            "T-09",
            "D. Hutchins",
            "Fairmount lofts",
            "VLV-1005-BV",
            "1 in brass ball valve FP thd",
            3,
            3,
            0,
            24519,
            "",
        ),
        (
            "T-09",
            "D. Hutchins",
            "Fairmount lofts",
            "PIP-PEX-075-300",
            "3/4 PEX-A 300 ft coil",
            1,
            1,
            0,
            24519,
            "using on next job",
        ),
        (
            "T-09",
            "D. Hutchins",
            "shop",
            "PIP-CU-L-100-20",
            "1 in type L copper 20 ft",
            2,
            2,
            0,
            "",
            "shop stock",
        ),
    ]
)

_CONCORD = ("11/30/2026", "P. Natarajan", "Concord Pointe clubhouse", "PO-77760")
_STAT = ("TST-7500-PRO", "7-day prog Wi-Fi thermostat")
_FILTER = ("HVC-FLT-1625-M11", "16x25x1 MERV 11 filter cs/12")
SERVICE_STOCK_CSV = csv_text(
    [
        ("Date", "Tech", "Location", "PO", "Item", "Description", "Qty", "Action", "Comment"),
        (*_CONCORD, *_STAT, 6, "INSTALLED", "zones 1-6 OK"),
        (
            *_CONCORD,
            *_STAT,
            2,
            "RETURN - DEFECTIVE",
            "will not pair with wifi, reset x3, dead - swapped from van stock",
        ),
        (*_CONCORD, *_FILTER, 8, "INSTALLED", ""),
        (
            "11/30/2026",
            "P. Natarajan",
            "shop",
            "PO-77760",
            *_FILTER,
            4,
            "RETURN - NOT NEEDED",
            "owner switched to MERV 13 - 4 cs unopened",
        ),
    ]
)


def crlf_bytes(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("ascii")


# ------------------------------------------------------------------ mail

NL = "\r\n"


def digest(*parts: str) -> str:
    return hashlib.sha1(
        "/".join(("heldout37",) + parts).encode(), usedforsecurity=False
    ).hexdigest()


def date_header(stamp: str, zone: str) -> str:
    """'2026-11-10 08:14:05' local time, zone '-0600' -> an RFC 5322 date."""
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + zone


def message_id(client: str, key: str, domain: str, stamp: str) -> str:
    h = digest("mid", key)
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    if client == "outlook":
        box = f"{h[:4].upper()}PR0{int(h[4], 16) % 9 + 1}MB{int(h[5:9], 16) % 9000 + 1000}"
        farm = f"namprd{int(h[33:35], 16) % 19 + 1:02d}"
        return f"<{box}{h[9:33].upper()}@{box}.{farm}.prod.outlook.com>"
    if client in ("gmail", "android-gmail"):
        raw = base64.b64encode(bytes.fromhex(h + h[:8])).decode()
        return f"<CA{raw.replace('+', '').replace('/', '')[:44]}@mail.gmail.com>"
    if client == "iphone":
        return (
            f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-"
            f"{h[20:32].upper()}@{domain}>"
        )
    if client == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "applemail":
        return (
            f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-"
            f"{h[20:32].upper()}@{domain}>"
        )
    if client == "samsung":
        return f"<{t.strftime('%Y%m%d%H%M%S')}.{h[:10]}@{domain}>"
    return f"<{t.strftime('%Y%m%d%H%M%S')}.{h[:12].upper()}@{domain}>"


def boundary(client: str, key: str, n: int) -> str:
    h = digest("b", key, str(n))
    if client == "outlook":
        return f"_00{n}_{h[:4].upper()}PR0{n}MB{h[4:12].upper()}namp_"
    if client in ("gmail", "android-gmail"):
        return f"0000000000{h[:16]}"
    if client in ("iphone", "applemail"):
        return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if client == "thunderbird":
        return f"------------{h[:24]}"
    if client == "samsung":
        return f"--_com.samsung.android.email_{int(h[:12], 16)}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"


class Node:
    """A MIME entity: headers and a body (a leaf) or headers and children (a multipart)."""

    def __init__(self, head: list[str], body: str = "", kids=None, sub: str = "") -> None:
        self.head, self.body, self.kids, self.sub = head, body, kids or [], sub

    def render(self, client: str, key: str, count: list[int]) -> list[str]:
        if not self.kids:
            return [*self.head, "", self.body]
        count[0] += 1
        cut = boundary(client, key, count[0])
        out = [f'Content-Type: multipart/{self.sub};{NL}\tboundary="{cut}"', *self.head, ""]
        if client in ("outlook", "thunderbird", "other"):
            out += ["This is a multi-part message in MIME format.", ""]
        for kid in self.kids:
            out.append(f"--{cut}")
            out += kid.render(client, key, count)
        out += [f"--{cut}--", ""]
        return out


def _lines(text: str) -> str:
    text = text.replace("\r\n", "\n")
    assert all(len(x) <= 990 for x in text.split("\n")), "a line is too long for 7bit"
    return text.replace("\n", NL)


def _qp(text: str, charset: str) -> str:
    coded = quopri.encodestring(text.replace("\r\n", "\n").encode(charset)).decode("ascii")
    return coded.replace("\n", NL)


def plain(text: str, charset="us-ascii", flowed=False, qp=False) -> Node:
    ctype = f'Content-Type: text/plain; charset="{charset}"' + ("; format=flowed" if flowed else "")
    if qp or charset != "us-ascii":
        return Node([ctype, "Content-Transfer-Encoding: quoted-printable"], _qp(text, charset))
    text.encode("ascii")
    return Node([ctype, "Content-Transfer-Encoding: 7bit"], _lines(text))


def html_part(markup: str, charset="us-ascii", qp=True) -> Node:
    ctype = f'Content-Type: text/html; charset="{charset}"'
    if qp:
        return Node([ctype, "Content-Transfer-Encoding: quoted-printable"], _qp(markup, charset))
    markup.encode("ascii")
    return Node([ctype, "Content-Transfer-Encoding: 7bit"], _lines(markup))


def attach(data: bytes, ctype: str, name: str, inline_cid: str = "") -> Node:
    coded = base64.b64encode(data).decode("ascii")
    body = NL.join(coded[i : i + 76] for i in range(0, len(coded), 76))
    how = "inline" if inline_cid else "attachment"
    head = [
        f'Content-Type: {ctype};{NL}\tname="{name}"',
        f'Content-Disposition: {how};{NL}\tfilename="{name}"',
        "Content-Transfer-Encoding: base64",
    ]
    if inline_cid:
        head.append(f"Content-ID: <{inline_cid}>")
    return Node(head, body)


def alt(text: str, markup: str, charset="us-ascii") -> Node:
    return Node([], kids=[plain(text, charset), html_part(markup, charset)], sub="alternative")


def mixed(*kids: Node) -> Node:
    return Node([], kids=list(kids), sub="mixed")


def related(*kids: Node) -> Node:
    return Node([], kids=list(kids), sub="related")


def email(key, client, sender, subject, stamp, zone, root: Node, to="", extra=(), cc="") -> bytes:
    """A whole message in the header order of the sender's client."""
    domain = sender.split("@")[1].rstrip(">")
    mid = message_id(client, key, domain, stamp)
    to = to or "Ridgeline Returns <returns@distributor.example>"
    head = [f"From: {sender}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [f"Subject: {subject}", f"Date: {date_header(stamp, zone)}", f"Message-ID: {mid}"]
    head += [f"{k}: {v}" for k, v in extra]
    if client == "outlook":
        head += [
            "Thread-Topic: " + re.sub(r"^(RE|FW|Re|Fwd): ", "", subject),
            f"Thread-Index: AQH{digest('ti', key)[:20]}==",
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: " + ("yes" if root.sub == "mixed" else ""),
        ]
    elif client == "iphone":
        head.append("X-Mailer: iPhone Mail (22B83)")
    elif client == "applemail":
        head.append("X-Mailer: Apple Mail (2.3826.300.87.4.3)")
    elif client == "thunderbird":
        head.append("User-Agent: Mozilla Thunderbird")
    elif client == "samsung":
        head.append("X-Mailer: Samsung Email 6.1")
    head.append("MIME-Version: 1.0")
    lines = head + root.render(client, key, [0])
    text = NL.join(lines)
    if not text.endswith(NL):
        text += NL
    return text.encode("ascii")


# ------------------------------------------------------------------ HTML as mail clients write it


def esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def outlook_html(text: str, table: str = "", quoted: str = "") -> str:
    """Outlook desktop: WordSection1, one MsoNormal paragraph per line."""
    paras = []
    for line in text.split("\n"):
        inner = esc(line) if line.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    body = "\n".join(paras)
    if table:
        body = body.replace('<p class="MsoNormal">[[TABLE]]<o:p></o:p></p>', table)
    if quoted:
        body += (
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            + "\n".join(
                f'<p class="MsoNormal">{esc(x) or "&nbsp;"}<o:p></o:p></p>'
                for x in quoted.split("\n")
            )
            + "</div>"
        )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal "
        '{margin:0in;font-size:12.0pt;font-family:"Aptos",sans-serif;}\n'
        "@page WordSection1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def gmail_html(text: str, quoted: str = "", quote_head: str = "") -> str:
    """Gmail: a div per line, <br> for blank lines, gmail_quote for the history."""
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    markup = '<div dir="ltr">' + "".join(out) + "</div>"
    if quoted:
        q = "<br>".join(esc(x) for x in quoted.split("\n"))
        markup += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f"{esc(quote_head)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>'
        )
    return markup + "\n"


def apple_html(text: str, table: str = "") -> str:
    """Apple Mail: a body with divs; a table dropped in where the text says [[TABLE]]."""
    out = []
    for line in text.split("\n"):
        if line == "[[TABLE]]":
            out.append(table)
        else:
            out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=us-ascii"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        'line-break: after-white-space;">' + "\n".join(out) + "</body></html>\n"
    )


def html_table(rows, border="1px solid #999", head_bg="#E7EEF7") -> str:
    cells = []
    for r, row in enumerate(rows):
        tag = "th" if r == 0 else "td"
        bg = f"background:{head_bg};" if r == 0 else ""
        style = f"border:{border};padding:3px 8px;"
        tds = "".join(
            f'<{tag} style="{style}{bg}text-align:left">{esc(str(c))}</{tag}>' for c in row
        )
        cells.append(f"<tr>{tds}</tr>")
    return (
        '<table style="border-collapse:collapse;'
        'font-family:Helvetica,Arial,sans-serif;font-size:13px">' + "\n".join(cells) + "</table>"
    )


def samsung_html(text: str) -> str:
    lines = "".join(f"<p>{esc(x)}</p>" if x.strip() else "<p><br></p>" for x in text.split("\n"))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        f'<body><div dir="auto">{lines}</div></body></html>\n'
    )


def words(client: str, text: str, table: str = "", table_text: str = "") -> Node:
    """The body a client sends for text typed by its user (and a table pasted in)."""
    plain_text = text.replace("[[TABLE]]", table_text)
    if client == "outlook":
        return alt(plain_text, outlook_html(text, table))
    if client in ("gmail", "android-gmail"):
        return alt(plain_text, gmail_html(plain_text))
    if client == "applemail":
        return alt(plain_text, apple_html(text, table))
    if client == "samsung":
        return alt(plain_text, samsung_html(plain_text))
    if client == "thunderbird":
        return plain(plain_text, flowed=True)
    return plain(plain_text)


def text_table(rows) -> str:
    widths = [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows
    )


# ------------------------------------------------------------------ who writes

TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
MARISOL = "Marisol Vega <mvega@keystonemech.com>"
PRIYA = "Priya Natarajan <pnatarajan@keystonemech.com>"
GUS = "Gus Lindqvist <glindqvist@keystonemech.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
DALE = "Dale Hutchins <dhutchins@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
OMAR = "Omar Haddad <ohaddad@summithvac.net>"
JEROME = "Jerome Baptiste <jbaptiste@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
HECTOR = "Hector Delgado <hector@delgadosons.com>"
BOGDAN = "Bogdan Petrenko <bpetrenko.hvac@gmail.com>"
DESK = "Ridgeline Returns <returns@distributor.example>"
PAULA = "Paula Brandt <pbrandt@distributor.example>"
EAST, CENTRAL = "-0500", "-0600"

SIG_TOM = "Tom Morales | Project Manager\nKeystone Mechanical Contractors\n610-555-0143"
SIG_LUIS = "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n(409) 555-0177"
SIG_RAJ = "Raj Patel | Project Manager\nSummit HVAC Services | 913-555-0118"
SIG_KAREN = "Karen Liu\nOffice Manager, Riverbend Plumbing & Heating\n215-555-0176"
SIG_ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n(409) 555-0231"
SIG_MARISOL = "Marisol Vega\nWarehouse / Receiving\nKeystone Mechanical Contractors\n610-555-0152"
PHONE = "\n\nSent from my Galaxy"

JPEG, PNG, PDF, CSV = "image/jpeg", "image/png", "application/pdf", "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ------------------------------------------------------------------ the requests


def s01() -> bytes:
    text = f"""\
Morning,

Two of the 3/4" pressure reducing valves (VLV-0750-PRV) on SO-104233 came in
with the bell housings cracked. They were on the Estes delivery Friday - that
box was pushed in on one side. Both are tagged and set aside in our shop.

Credit the 2 please, we'll use the other 10 on the Marple job. Let me know if
Estes wants to see them.

Tom

{SIG_TOM}
"""
    return email(
        "s01",
        "outlook",
        TOM,
        "SO-104233 - PRVs",
        "2026-11-09 08:14:31",
        EAST,
        words("outlook", text),
    )


def s02() -> bytes:
    text = f"""\
Hi,

Hector picked up our order SO-104240 at your Beaumont counter on Friday. When he
unloaded at the shop he found two things, he wrote them on the pick ticket - pic
attached.

The bag of 1-1/2 unions only had 10 in it. And one of the 20 ft pieces of the 2"
black pipe is bent, your yard guy caught it with the forks when he loaded our
truck. We can't use it like that.

Please credit the unions and let me know what you can do about the pipe.

Thanks
{SIG_ROSA}
"""
    return email(
        "s02",
        "gmail",
        ROSA,
        "Pick up SO-104240 - 2 problems",
        "2026-11-10 08:02:17",
        CENTRAL,
        mixed(words("gmail", text), attach(pick_ticket_delgado(), JPEG, "IMG_20261109_161842.jpg")),
    )


def s03() -> bytes:
    text = f"""\
Hello,

Attached is the discrepancy report from our receiving on PO-77830 (your
SO-104235). One line came in short, everything else checked out. Can you credit
the short quantity or let me know when it ships?

Thank you,
{SIG_MARISOL}
"""
    return email(
        "s03",
        "outlook",
        MARISOL,
        "Receiving discrepancy - PO-77830",
        "2026-11-10 10:07:44",
        EAST,
        mixed(
            words("outlook", text),
            attach(receiving_report_keystone(), PDF, "RCV-1106-0412_discrepancy.pdf"),
        ),
    )


def s04() -> bytes:
    text = f"""\
Good morning,

Your driver dropped PO 70231 at Bayview Terrace yesterday. A good part of the
filters on the second pallet were soaked and crushed, and some of the floor
registers are bent. I wrote it all on your delivery receipt before I signed it,
photo attached.

We need the filters for the quarterly change-out that starts on the 23rd, so
please get replacements or a credit going.

Thank you,
{SIG_LUIS}
"""
    return email(
        "s04",
        "outlook",
        LUIS,
        "Yesterday's delivery to Bayview Terrace",
        "2026-11-10 09:26:50",
        CENTRAL,
        mixed(
            words("outlook", text),
            attach(delivery_receipt_harbor(), JPEG, "Delivery receipt 11-9.jpg"),
        ),
    )


def s05() -> bytes:
    text = (
        """\
Hey - one of the 2 coils of 3/4 PEX on PO 24519 came off the UPS truck damaged.
Box flattened and the coil is kinked in 4 or 5 places, cant use it. Pls credit
or send another one, we start rough-in at Fairmount on Monday.

Mike O'Brien
Riverbend P&H"""
        + PHONE
    )
    return email(
        "s05",
        "samsung",
        MIKE,
        "PEX coil PO 24519",
        "2026-11-11 07:41:09",
        EAST,
        words("samsung", text),
    )


def s06() -> bytes:
    text = f"""\
Hi Paula,

Checking on SO-104247 (our PO 24561) - the 3 check valves and 20 unions. Your
portal still shows it open, not shipped. Mike needs the check valves on site by
the 20th for the Tacony Creek tie-in. Can you give me a ship date? If it will be
later than that, tell me and we'll pick up at the counter instead.

Thanks,
Karen

{SIG_KAREN}
"""
    return email(
        "s06",
        "applemail",
        KAREN,
        "SO-104247 ship date?",
        "2026-11-11 13:22:40",
        EAST,
        words("applemail", text),
        to=PAULA,
        cc=DESK,
    )


def s07() -> bytes:
    text = """\
Pic of the packing slip for PO-60418. The wifi thermostats were one short, I
counted twice. Rest is good.

Omar
Summit HVAC - warehouse
"""
    return email(
        "s07",
        "android-gmail",
        OMAR,
        "PO 60418 slip",
        "2026-11-12 07:18:55",
        CENTRAL,
        mixed(words("gmail", text), attach(packing_slip_summit(), JPEG, "20261112_071402.jpg")),
    )


def s08() -> bytes:
    text = f"""\
Hello,

The Estes delivery for PO 70288 came in yesterday. All three water heaters are
here, but only 2 of the 3 expansion tanks (2 gallon, WH-EXP-2G). The driver had
no other carton for us.

Please send the missing tank or credit it - the third heater goes in at Bayview
Terrace on Monday and it needs one.

Thank you,
{SIG_LUIS}
"""
    # Outlook set to HTML only (no text part)
    return email(
        "s08",
        "outlook",
        LUIS,
        "PO 70288 - missing expansion tank",
        "2026-11-12 11:34:02",
        CENTRAL,
        html_part(outlook_html(text)),
    )


def s09() -> bytes:
    text = """\
We finally opened the ceiling tile from PO 60377 for the 2nd floor. 2 cartons
are water damaged, tiles warped and stained, we cant hang them. They were on the
bottom of the pallet. Can you credit the 2 ctns?

Raj

Sent from my iPhone
"""
    return email("s09", "iphone", RAJ, "Ceiling tile", "2026-11-13 07:52:36", CENTRAL, plain(text))


def s10() -> bytes:
    rows = [
        ("Item", "Description", "Ordered", "Slip", "Counted", "Note"),
        ("VLV-1005-BV", '1" brass ball valve', "48", "48", "48", "OK"),
        (
            "FTG-CU-E90-100",
            '1" copper 90 ell',
            "250",
            "250",
            "275",
            "25 over - 11 bags of 25, not 10",
        ),
        ("VLV-0750-PRV", '3/4" PRV', "4", "4", "4", "OK"),
    ]
    text = f"""\
Hi,

Mike's crew checked in PO 24530 (SO-104243) yesterday afternoon. Results below -
one line came in over.

[[TABLE]]

Please send a call tag, or tell us how you want the extra ones back.

Thanks,
Karen

{SIG_KAREN}
"""
    return email(
        "s10",
        "applemail",
        KAREN,
        "PO 24530 receiving check",
        "2026-11-13 10:48:12",
        EAST,
        words("applemail", text, html_table(rows), text_table(rows)),
    )


def s11() -> bytes:
    text = """\
Hello,

I am holding INV-88171 for approval. It bills 3 of the WH-EXP-2G expansion
tanks, but maintenance tells me only 2 were delivered on 11/11. Please credit the
missing tank (1 x 42.50) so I can release the rest of the invoice for payment.

If Luis already reported this to you, please just link the two.

Regards,
Grace Kim
Accounts Payable
Harbor Point Property Management
(409) 555-0190
"""
    return email(
        "s11",
        "outlook",
        GRACE,
        "INV-88171 - quantity billed",
        "2026-11-16 09:12:48",
        CENTRAL,
        words("outlook", text),
    )


def s12() -> bytes:
    text = """\
Hello

I am Hector from Delgado & Sons. On our PO 40962 we order six pressure reducing
valve 3/4 inch (VLV-0750-PRV). Two of them what come in the box are 1 inch, not
3/4 - the label on the box say 3/4 but the valve inside is 1". Is wrong item.
We need the 3/4 for the job in Nederland, please send two correct and we give
back the 1 inch ones.

Thank you
H\u00e9ctor Delgado
Delgado & Sons Plumbing
"""
    return email(
        "s12",
        "gmail",
        HECTOR,
        "wrong PRV",
        "2026-11-16 12:05:33",
        CENTRAL,
        alt(text, gmail_html(text), charset="utf-8"),
    )


def s13() -> bytes:
    text = """\
Hello,

Attached is our debit memo DM-26-1182 for INV-88098 (PO-77790). The copper tube
was billed above our PO price; the details are on the memo.

Also on the same order - Tom asked me to pass this along since he is out on site:
12 of the 1" ball valves (VLV-1005-BV) came with sweat ends, but the order and
the box say threaded. Wrong item for his job; he needs 12 threaded ones sent out
and will send the sweat valves back with your driver.

Regards,
Dana Ruiz | Accounts Payable
Keystone Mechanical Contractors
610-555-0129
"""
    return email(
        "s13",
        "outlook",
        DANA,
        "Debit memo DM-26-1182 / INV-88098",
        "2026-11-16 15:24:09",
        EAST,
        mixed(words("outlook", text), attach(debit_memo_keystone(), PDF, "DM-26-1182.pdf")),
    )


S14_TEXT = """\
SITE DELIVERY LOG - Lenexa Medical Office Bldg, 2nd / 3rd floor fit-out
GC: Brightline Builders        Mechanical: Summit HVAC Services
--------------------------------------------------------------------------------
Date      Supplier          Ref         Item               Qty  Notes
10/29/26  Metro Electric    PO 5512     2x4 LED troffer     24  ok
11/02/26  Ridgeline Supply  SO-104228   CLG-TILE-24-ACU     38  BOL says 40 ctn, 38 on pallet
11/02/26  Ridgeline Supply  SO-104228   HVC-REG-1006-W      30  ok
11/04/26  KC Drywall        DT-88817    5/8 type X 4x12    120  ok, 3 sheets corner damage - used
--------------------------------------------------------------------------------
OPEN ITEMS
1. Ceiling tile SO-104228: SHORT 2 cartons. Never found on site, driver did not
   note it. Need the 2 ctn shipped or credited before the 3rd floor grid is closed.

Entered by: C. Whitfield, site superintendent (Brightline)
"""


def s14() -> bytes:
    return S14_TEXT.replace("\n", "\r\n").encode("ascii")


def s15() -> bytes:
    text = f"""\
Hi,

Count sheet for PO 60455 attached. Two issues on the filter line, see the note
column. The wet cases can't go in a unit, credit those please, and send a call tag
for the extras.

Pumps and stats were all there.

{SIG_RAJ}
"""
    return email(
        "s15",
        "outlook",
        RAJ,
        "PO 60455 receiving count",
        "2026-11-17 08:36:21",
        CENTRAL,
        mixed(words("outlook", text), attach(receiving_count_summit(), XLSX, "PO60455_count.xlsx")),
    )


def s16() -> bytes:
    text = """\
Hi,

Scan of our return form for PO 70296 (delivered yesterday) is attached, two items
on it. Your driver can take the extra registers back on the next Bayview run.

Thanks,
Luis
"""
    return email(
        "s16",
        "outlook",
        LUIS,
        "PO 70296 - return form",
        "2026-11-17 10:52:40",
        CENTRAL,
        mixed(words("outlook", text), attach(return_form_harbor(), PNG, "Scan_20261117_1049.png")),
    )


def s17() -> bytes:
    text = (
        """\
Opened the last carton of 3/4 ball valves from PO 24460 today. Label says 3/4
sweat, whats inside is 1/2 threaded. All 6 in that box. Pic attached. Need 6 of
the right ones asap

Mike"""
        + PHONE
    )
    return email(
        "s17",
        "samsung",
        MIKE,
        "PO 24460 ball valves",
        "2026-11-17 14:09:03",
        EAST,
        mixed(
            words("samsung", text), attach(carton_label_riverbend(), JPEG, "20261117_135512.jpg")
        ),
    )


def s18() -> bytes:
    text = f"""\
Hi,

Two things on PO 40917 (SO-104216):

1. One of the 2 gal expansion tanks (WH-EXP-2G) is defective. It went in on 11/12
at the Port Arthur job and the air valve leaks, it won't hold the precharge. Our
plumber checked it twice. We took it out.

2. When we did inventory this week we found we got 25 of the 3/4 ball valves
(VLV-0075-BV), but we only ordered and paid for 20. So 5 extra were overshipped,
we can send them back together with the tank.

Let me know the RMA.

Thanks,
{SIG_ROSA}
"""
    return email(
        "s18",
        "gmail",
        ROSA,
        "PO 40917 - expansion tank + extra valves",
        "2026-11-18 09:31:27",
        CENTRAL,
        words("gmail", text),
    )


def s19() -> bytes:
    text = f"""\
Hi,

Your AR person asked for proof of delivery on SO-104218 / PO-77731. RL never left
us a copy of their delivery receipt, so here is a photo of our packing slip -
everything was checked in and counted OK on 10/16.

No issues on this one, just for your file.

{SIG_MARISOL}
"""
    return email(
        "s19",
        "outlook",
        MARISOL,
        "Signed packing slip - PO-77731",
        "2026-11-18 13:45:10",
        EAST,
        mixed(
            words("outlook", text), attach(packing_slip_keystone_ok(), JPEG, "PO-77731 slip.jpg")
        ),
    )


def s20() -> bytes:
    text = f"""\
Hi,

Please see the attached return request for SO-104222. Mike would like RMA numbers
for both items so they can go back on one pickup.

Thanks,
Karen

{SIG_KAREN}
"""
    return email(
        "s20",
        "applemail",
        KAREN,
        "Return request RR-1119-2 (SO-104222)",
        "2026-11-19 10:18:55",
        EAST,
        mixed(words("applemail", text), attach(return_request_riverbend(), PDF, "RR-1119-2.pdf")),
    )


def s21() -> bytes:
    text = """\
Morning,

The Fairmount lofts job got put on hold, so I cleaned out my truck. Sheet
attached - 6 bags of the 1/2 PEX crimp couplings from PO 24519 we won't need,
the rest stays on the truck. Can I drop them at your counter Monday or do you
want to pick up?

Dale Hutchins
Riverbend Plumbing & Heating - Service
"""
    return email(
        "s21",
        "thunderbird",
        DALE,
        "couplings going back - truck 9",
        "2026-11-20 08:55:40",
        EAST,
        mixed(
            words("thunderbird", text),
            attach(crlf_bytes(TRUCK_STOCK_CSV), CSV, "truck09_stock_1120.csv"),
        ),
    )


def s22() -> bytes:
    text = f"""\
Hi,

We were billed 92.80 each for the 4 PRVs (VLV-0750-PRV) on INV-88180, but Paula
quoted us 88.00 (below). Please credit the price difference on the 4 valves.

Thanks,
Karen

{SIG_KAREN}

> On Nov 6, 2026, at 3:12 PM, Paula Brandt <pbrandt@distributor.example> wrote:
>
> Hi Karen,
>
> For the Orthodox St job:
> VLV-0750-PRV 3/4" PRV 25-75 psi, 4 ea at 88.00
> VLV-1005-BV 1" ball valve FP threaded, 48 ea at 16.20
> FTG-CU-E90-100 1" wrot 90 ell, 250 ea at 2.90
> Quote Q-26-1031, good for 30 days.
>
> Paula Brandt
> Inside Sales, Ridgeline Supply Co.
"""
    return email(
        "s22",
        "applemail",
        KAREN,
        "Re: Quote Q-26-1031 - PRVs",
        "2026-11-20 12:40:18",
        EAST,
        plain(text),
        extra=[("In-Reply-To", f"<q26-1031.{digest('q', 's22')[:10]}@distributor.example>")],
    )


def s23() -> bytes:
    text = (
        """\
got the 6 3/4 valves today, thanks for turning that around so fast. driver took
the 1/2 ones back.

Mike"""
        + PHONE
        + """


-------- Original message --------
From: Ridgeline Returns <returns@distributor.example>
Date: 11/17/26 3:02 PM (GMT-05:00)
To: Mike O'Brien <mike.obrien@riverbendph.com>
Subject: RE: PO 24460 ball valves

Hello Mike,
We received your request about 6 x VLV-0075-BV on SO-104230 (wrong item). A
replacement is on Thursday's route; the driver will collect the 6 valves.
Ridgeline Supply Returns
"""
    )
    return email(
        "s23",
        "samsung",
        MIKE,
        "Re: PO 24460 ball valves",
        "2026-11-20 15:58:22",
        EAST,
        words("samsung", text),
        extra=[("In-Reply-To", f"<rtn.{digest('n', 's17')[:12]}@distributor.example>")],
    )


def s24() -> bytes:
    text = f"""\
Hi Paula / returns team,

Hope you all had a good weekend. Bad news on the Olathe clinic - the owner put the
second phase on hold until spring, so we're left holding some material. Most of it
we can use on other jobs, but there are 5 of the basic non-programmable thermostats
(TST-2100-NP) from PO 60418 that we won't need. Still sealed in the boxes. Can we
send those back for credit? I know there's a restocking fee, that's fine.

The Wi-Fi stats from that order we'll keep.

Thanks,
Raj

{SIG_RAJ}
"""
    return email(
        "s24",
        "outlook",
        RAJ,
        "Thermostats - job on hold",
        "2026-11-23 08:24:50",
        CENTRAL,
        words("outlook", text),
        cc=PAULA,
    )


def s25() -> bytes:
    text = f"""\
Hi,

Two items on SO-104235 / PO-77830:

- One of the 1/25 HP circulators (PMP-CIRC-015) is dead out of the box. Installed
  it Friday in the Media boiler room, it hums but the impeller won't turn. Bad
  pump. We pulled it and it's on my truck.

- Dana flagged that the condensate pumps (HVC-CND-PUMP) are billed at 64.90 on
  INV-88133; our PO has them at 61.50. That's all 8 of them, please credit the
  difference.

Thanks,
Tom

{SIG_TOM}
"""
    return email(
        "s25",
        "outlook",
        TOM,
        "SO-104235 - circulator + pump pricing",
        "2026-11-23 11:15:37",
        EAST,
        words("outlook", text),
    )


def s26() -> bytes:
    form = {
        "order_number": "SO-104231",
        "lines": [{"sku": "FTG-CU-E90-100", "quantity": 30, "reason": "NOT_NEEDED"}],
        "note": "Left over from the Nederland remodel. 30 elbows, still in the original "
        "bags of 10. We can bring them to the Beaumont counter.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def s27() -> bytes:
    text = """\
Hello,

Ticket from Prairie Ridge attached. Three of the condensate pumps from PO 60455
failed at start-up, details on the ticket. They're tagged in our shop - let me
know how you want them sent back.

Jerome Baptiste
Service Lead, Summit HVAC Services
913-555-0118 ext 4
"""
    return email(
        "s27",
        "outlook",
        JEROME,
        "Service ticket 58213 - pumps for return",
        "2026-11-24 09:10:12",
        CENTRAL,
        mixed(words("outlook", text), attach(service_ticket_summit(), PNG, "ST58213.png")),
    )


def s28() -> bytes:
    text = (
        """\
Karen says we have 12 lengths of the 1 inch type L left at the shop from PO 24460.
Job went to PEX on the upper floors so we dont need them. Can you take all 12
back? Know theres a restock fee.

Mike"""
        + PHONE
    )
    return email(
        "s28",
        "samsung",
        MIKE,
        "copper PO 24460",
        "2026-11-24 14:38:46",
        EAST,
        words("samsung", text),
    )


def s29() -> bytes:
    text = f"""\
Hi,

We're the HVAC sub on Keystone Mechanical's warehouse project in Kansas City, and
they gave us one of the condensate pumps (HVC-CND-PUMP) from their order
SO-104235. It's defective - the float switch is stuck and the pump never kicks on.
Tom Morales at Keystone said to send it to you directly.

Can you credit us for it? 1 pump. We'll bring it to your counter.

{SIG_RAJ}
"""
    return email(
        "s29",
        "outlook",
        RAJ,
        "Condensate pump - Keystone job SO-104235",
        "2026-11-25 10:05:20",
        CENTRAL,
        words("outlook", text),
    )


def s30() -> bytes:
    text = """\
Thank you for your email. I am out of the office for the Thanksgiving holiday and
will be back on Monday, November 30. For service calls please call our dispatch
at 913-555-0118. For returns or the Prairie Ridge pumps, contact Jerome Baptiste
(jbaptiste@summithvac.net).

Raj Patel
"""
    ref = f"<rtn.{digest('n', 's29')[:12]}@distributor.example>"
    return email(
        "s30",
        "outlook",
        RAJ,
        "Automatic reply: RE: Condensate pump - Keystone job SO-104235",
        "2026-11-27 06:12:03",
        CENTRAL,
        words("outlook", text),
        extra=[
            ("In-Reply-To", ref),
            ("References", ref),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )


def s31() -> bytes:
    text = f"""\
Hi,

The engineer changed the isolation valves on the Marple job to ball valves, so we
have 4 of the 2" bronze gate valves (VLV-2210-BR) left over from SO-104233 that
we don't need anymore. Unused, still in the cartons. Please take them back for
credit, less your restocking fee.

Thanks,
Tom

{SIG_TOM}
"""
    return email(
        "s31",
        "outlook",
        TOM,
        "Gate valves - SO-104233",
        "2026-11-30 08:47:16",
        EAST,
        words("outlook", text),
    )


def s32() -> bytes:
    text = """\
Hi,

We closed out the Concord Pointe clubhouse today. Our stock check is attached -
two lines are marked for return to you (Action column). Please send RMAs.

Priya Natarajan
Service Coordinator
Keystone Mechanical Contractors
610-555-0166
"""
    return email(
        "s32",
        "outlook",
        PRIYA,
        "Concord Pointe stock check - returns on PO-77760",
        "2026-11-30 13:29:02",
        EAST,
        mixed(
            words("outlook", text),
            attach(crlf_bytes(SERVICE_STOCK_CSV), CSV, "ConcordPointe_stock_1130.csv"),
        ),
    )


def s33() -> bytes:
    text = """\
Hi,

Pulled a circulator at Glen Rock Apts yesterday, seized up. It's one of the
PMP-CIRC-015s from PO-76115. Scan of the tag attached. Should still be under
warranty I think? Let me know if you want it back.

Gus Lindqvist
Service Tech, Keystone Mechanical
"""
    return email(
        "s33",
        "outlook",
        GUS,
        "Circulator - PO-76115",
        "2026-12-01 09:55:48",
        EAST,
        mixed(words("outlook", text), attach(defect_tag_keystone(), PNG, "tag_scan_GR2.png")),
    )


def s34() -> bytes:
    text = """\
Hello,

The remittance for today's ACH payment is attached. Please note the 95.00
deduction on INV-88109 for the damaged ceiling tile Raj reported on 11/13; we'll
take it off once your credit memo comes through.

Regards,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return email(
        "s34",
        "outlook",
        LINDA,
        "Remittance advice - ACH-000731",
        "2026-12-01 14:08:31",
        CENTRAL,
        mixed(
            words("outlook", text), attach(remittance_summit(), PDF, "Remittance_ACH-000731.pdf")
        ),
    )


def s35() -> bytes:
    text = """\
Hello,

My name is Bogdan, I am subcontractor installer for Summit HVAC. Yesterday I
install the wifi thermostats on their job, material is from your order SO-104238.
One thermostat (TST-7500-PRO) is not working at all - screen is black. The wires
are ok, I check with meter, 24V is present. I think it is defective from factory.

Raj say me to write you directly because he is busy. I can bring the thermostat
to your store. Please tell me what to do.

Thank you
Bogdan Petrenko
BP Heating & Cooling LLC
913-555-0107
"""
    return email(
        "s35",
        "gmail",
        BOGDAN,
        "thermostat not working - SO-104238",
        "2026-12-02 07:45:26",
        CENTRAL,
        words("gmail", text),
    )


def s36() -> bytes:
    rows = [
        ("Invoice", "Date", "PO", "Amount", "Paid", "Open", "Note"),
        (
            "INV-88160",
            "11/09/2026",
            "70231",
            "1,552.60",
            "0.00",
            "1,552.60",
            "on hold - damage claim of 11/10 (filters, registers)",
        ),
        (
            "INV-88171",
            "11/09/2026",
            "70288",
            "2,194.50",
            "2,152.00",
            "42.50",
            "short 1 tank - credit requested 11/16",
        ),
        ("INV-88190", "11/16/2026", "70296", "348.80", "0.00", "348.80", "due 12/16"),
        ("", "", "", "", "", "1,943.90", "total open"),
    ]
    text = """\
Hello,

I reconciled your November statement against our books. Everything matches except
the open items below - can you confirm your side shows the same?

[[TABLE]]

No action needed from me on the filters and registers from 11/9, Luis tells me
that credit is already in process with your returns desk. I will pay INV-88190 on
the 15th.

Regards,
Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return email(
        "s36",
        "outlook",
        GRACE,
        "Statement reconciliation - November",
        "2026-12-02 11:34:09",
        CENTRAL,
        words("outlook", text, html_table(rows, head_bg="#F2F2F2"), text_table(rows)),
    )


def s37() -> bytes:
    text = f"""\
Hi,

See below from Ramon. This is the 40 gal electric water heater (WH-40G-EL) we
bought on PO 40962. We want to return it as defective - 1 heater. Can you send
the RMA?

Thanks,
{SIG_ROSA}

---------- Forwarded message ---------
From: Ramon Salinas <ramon.salinas@delgadoplumbing.com>
Date: Wed, Dec 2, 2026 at 4:51 PM
Subject: Guidry house - water heater
To: Rosa Delgado <rosa@delgadoplumbing.com>


Rosa, the heater at the Guidry house quit after 3 weeks. Both elements test
good, the upper thermostat is bad, it won't close. Homeowner has no hot water so
I put in the loaner from the shop. We need to send this one back, it's the one
from Ridgeline.

Ramon
"""
    return email(
        "s37",
        "gmail",
        ROSA,
        "Fwd: Guidry house - water heater",
        "2026-12-03 10:24:37",
        CENTRAL,
        words("gmail", text),
    )


def s38() -> bytes:
    text = f"""\
Hi,

3 of the digital thermostats we got on PO 70344 are dead - blank screen. I checked
with a meter, they get 24 V. Picture of one of the boxes attached, with the unit
numbers. Please advise on the return.

{SIG_LUIS}
"""
    return email(
        "s38",
        "outlook",
        LUIS,
        "Dead thermostats - PO 70344",
        "2026-12-03 14:52:19",
        CENTRAL,
        mixed(words("outlook", text), attach(thermostat_carton_harbor(), JPEG, "IMG_4471.jpg")),
    )


S39_TEXT = """\
PINEWOOD MECHANICAL LLC - Purchasing
RETURN / EXCHANGE REQUEST

Our PO:   PM-5521
Job:      Hollis Creek apartments, bldg 2

We ordered 10 cases of HVC-FLT-1625-M11 (16x25x1 MERV 11 pleated filter, cs/12).
The 10 cases delivered are 16x20x1 MERV 8 - wrong item, they do not fit the
air handlers. Cases are unopened.

Please exchange for the correct filters and pick up the 16x20s.

Contact: Dave Ferreira, purchasing, 913-555-0140
"""


def s39() -> bytes:
    return S39_TEXT.encode("ascii")


def s40() -> bytes:
    text = """\
Hello

Please can you send me price for 6 water heater 40 gal electric (WH-40G-EL) and
10 expansion tank 2 gal. Also 20 ball valve 3/4. Is for new duplex job, we need
for January. The last tank we get from you was bad, we hope this ones are ok :)

Thanks
Hector
"""
    return email(
        "s40",
        "gmail",
        HECTOR,
        "price for heaters",
        "2026-12-04 09:18:44",
        CENTRAL,
        words("gmail", text),
    )


NAMES = {
    "s01": "s01-keystone-prv-bells.eml",
    "s02": "s02-delgado-photo-pick-ticket-unions-pipe.eml",
    "s03": "s03-keystone-pdf-receiving-report-unions.eml",
    "s04": "s04-harbor-photo-delivery-receipt-filters.eml",
    "s05": "s05-riverbend-pex-coil.eml",
    "s06": "s06-riverbend-when-do-check-valves-ship.eml",
    "s07": "s07-summit-photo-packing-slip-stats.eml",
    "s08": "s08-harbor-html-expansion-tanks.eml",
    "s09": "s09-summit-iphone-ceiling-tile.eml",
    "s10": "s10-riverbend-html-receiving-check-elbows.eml",
    "s11": "s11-harbor-ap-invoice-tank-count.eml",
    "s12": "s12-delgado-prv-size.eml",
    "s13": "s13-keystone-pdf-debit-memo-copper-ball-valves.eml",
    "s14": "s14-upload-site-delivery-log-tile.txt",
    "s15": "s15-summit-xlsx-receiving-count-filters.eml",
    "s16": "s16-harbor-scan-vendor-return-form.eml",
    "s17": "s17-riverbend-photo-carton-ball-valves.eml",
    "s18": "s18-delgado-tank-and-extra-valves.eml",
    "s19": "s19-keystone-photo-signed-slip.eml",
    "s20": "s20-riverbend-pdf-return-request-rpz-check.eml",
    "s21": "s21-riverbend-csv-truck-stock.eml",
    "s22": "s22-riverbend-prv-price-vs-quote.eml",
    "s23": "s23-riverbend-thanks-for-the-swap.eml",
    "s24": "s24-summit-stats-job-on-hold.eml",
    "s25": "s25-keystone-circulator-and-pump-invoice.eml",
    "s26": "s26-portal-copper-elbows.json",
    "s27": "s27-summit-scan-service-ticket-pumps.eml",
    "s28": "s28-riverbend-copper-lengths.eml",
    "s29": "s29-summit-pump-on-keystone-job.eml",
    "s30": "s30-summit-auto-reply.eml",
    "s31": "s31-keystone-gate-valves-job-change.eml",
    "s32": "s32-keystone-csv-service-stock-check.eml",
    "s33": "s33-keystone-scan-tag-circulator.eml",
    "s34": "s34-summit-pdf-remittance.eml",
    "s35": "s35-installer-gmail-wifi-stat.eml",
    "s36": "s36-harbor-html-statement-recon.eml",
    "s37": "s37-delgado-heater-other-po.eml",
    "s38": "s38-harbor-photo-stat-carton.eml",
    "s39": "s39-upload-filter-size-note.txt",
    "s40": "s40-delgado-price-request.eml",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    out.mkdir(parents=True, exist_ok=True)
    for key, name in NAMES.items():
        (out / name).write_bytes(globals()[key]())
    print(f"{len(NAMES)} requests written to {out}")


if __name__ == "__main__":
    main()
