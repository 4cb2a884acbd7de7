"""Write every request file of heldout65: 37 emails, 1 portal form, 2 text uploads.

    /tmp/frozen/.venv/bin/python sample_docs/heldout65/make_attachments.py OUT_DIR

The angle of the set: scans, photos and faxes. Customers of a plumbing / HVAC wholesaler send
their claims mostly on paper: phone photos of signed delivery receipts with the exception
written on them, scanned packing slips marked up by hand (circled rows, "short 2", crossed
counts), faxed RMA request forms filled in by hand, scanned bills of lading with the driver's
note, photos of clipboard count sheets, scanned invoices and purchase orders with a stamp on
them, multi-page scanned PDFs. The mails around them are often short; some claims are split
between the mail body and the scan, and some scans list the whole shipment where only some rows
are the claim.

Files besides the mail text:
- phone photos (JPEG, Pillow): the paper warped in perspective onto a desk, a clipboard, a
  floor or a box, with a shadow, uneven light and sensor noise;
- scans (PNG, Pillow): grey, slightly rotated, dust, some low in contrast;
- image-only PDFs (fpdf2, pinned creation date and file id): copier scans, several pages;
- faxes (image-only PDFs): 1-bit pages at fax resolution with the sending machine's header line.

Handwriting is drawn character by character from the italic / oblique faces of the Liberation
and DejaVu fonts under /usr/share/fonts/truetype, each character jittered in size, angle,
baseline and ink; circles, ticks and strike-throughs are wobbly pen lines.

Nothing reads the clock or draws unseeded random numbers: Date seconds, Message-IDs, MIME
boundaries, Thread-Index values and every noise seed are SHA-256 hashes of fixed keys.
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import math
import random
import re
import sys
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import pairwise
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SET = "heldout65"
FONTS = Path("/usr/share/fonts/truetype")

EDT = dt.timezone(dt.timedelta(hours=-4))  # Eastern, until Sunday 1 Nov 2026
EST = dt.timezone(dt.timedelta(hours=-5))
CDT = dt.timezone(dt.timedelta(hours=-5))  # Central, until Sunday 1 Nov 2026
CST = dt.timezone(dt.timedelta(hours=-6))

# the distributor
DESK = "Northgate Returns <returns@distributor.example>"
AR = "Northgate Accounts Receivable <ar@distributor.example>"
ORDERS = "Northgate Sales Desk <orders@distributor.example>"

# Keystone Mechanical Contractors (C-1001), Eastern, Philadelphia
TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
CARLA = "Carla Mendes <cmendes@keystonemech.com>"
BENNY = "Benny Szabo <bszabo@keystonemech.com>"
KSCAN = "Keystone Scanner <scanner@keystonemech.com>"
# Riverbend Plumbing & Heating (C-1002), Eastern, Columbus
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
JIMMY = "Jimmy Doyle <jdoyle@riverbendph.com>"
ANH = "Anh Tran <atran@riverbendph.com>"
# Summit HVAC Services (C-1003), Central, Tulsa
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
TYRELL = "Tyrell Hayes <thayes@summithvac.net>"
DALE = "Dale Pruitt <dpruitt@summithvac.net>"
# Harbor Point Property Management (C-1004), Central, Milwaukee
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
WILL = "Will Okafor <wokafor@harborpointpm.com>"
# Delgado & Sons Plumbing (C-1005), Central, Houston
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
MANNY = "Manny Ochoa <mochoa@delgadoplumbing.com>"
# a fax-to-email service (not a customer)
FAXLINK = "FaxLink Inbound <noreply@faxlink-mail.example>"

JPEG = ("image", "jpeg")
PNG = ("image", "png")
PDF = ("application", "pdf")


# ------------------------------------------------------------------ hashes and clocks


def sha(*parts: str) -> str:
    return hashlib.sha256("|".join((SET, *parts)).encode("utf-8")).hexdigest()


def seeded(*parts: str) -> random.Random:
    return random.Random(int(sha("rng", *parts)[:16], 16))


def sent_at(key: str, stamp: str, zone: dt.timezone) -> dt.datetime:
    """The planned local minute; the seconds come from the request key."""
    base = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    return base + dt.timedelta(seconds=int(sha("seconds", key)[:4], 16) % 60)


def guid(key: str) -> str:
    h = sha("guid", key).upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}"


# ------------------------------------------------------------------ mail clients

MS_HOSTS = ("BN8PR12MB", "DM6PR12MB", "CH3PR12MB", "PH7PR12MB", "SJ0PR12MB", "MN2PR12MB")
MICROSOFT = ("outlook", "outlook-ios")


def ms_host(key: str) -> str:
    h = sha("host", key)
    return MS_HOSTS[int(h[:2], 16) % len(MS_HOSTS)] + h[2:6].upper()


def message_id(key: str, client: str, domain: str) -> str:
    h = sha("message-id", key)
    if client in MICROSOFT:
        host = ms_host(key)
        return f"<{host}{h[:32].upper()}@{host}.namprd12.prod.outlook.com>"
    if client == "gmail":
        tail = base64.b64encode(bytes.fromhex(h[:48]), altchars=b"+_").decode()
        return f"<CA{tail}@mail.gmail.com>"
    if client == "iphone":
        return f"<{guid(key)}@{domain}>"
    if client == "xerox":
        return f"<XRX{h[:16].upper()}.{h[16:24]}@kmc-office-xrx.{domain}>"
    if client == "faxlink":
        return f"<fax.{h[:12]}.{h[12:28]}@mx2.faxlink-mail.example>"
    raise ValueError(client)


def boundary(key: str, n: int, client: str) -> str:
    h = sha("boundary", key, str(n))
    if client in MICROSOFT:
        return f"_00{n}_{ms_host(key)}{h[:20].upper()}namp_"
    if client == "gmail":
        return "000000000000" + h[:16]
    if client == "iphone":
        return "Apple-Mail-" + guid(f"{key}/{n}")
    if client == "xerox":
        return f"----XRX_MIME_PART_{h[:20].upper()}"
    if client == "faxlink":
        return f"=_fl_{h[:24]}"
    raise ValueError(client)


CLIENT_HEADERS = {
    "outlook": [("Accept-Language", "en-US"), ("Content-Language", "en-US")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "gmail": [],
    "xerox": [("X-Mailer", "Xerox WorkCentre 7845 Scan to Email")],
    "faxlink": [("X-Fax-Pages", None), ("X-Fax-CSID", None)],
}


def html_of(text: str, client: str) -> str:
    """A plain body as the client's HTML part."""
    lines = text.rstrip("\n").split("\n")
    if client == "gmail":
        body = "<br>\n".join(html.escape(ln, quote=False) for ln in lines)
        return f'<div dir="ltr">{body}</div>\n'
    rows = []
    for line in lines:
        body = html.escape(line, quote=False)
        rows.append(f'<p class="MsoNormal" style="margin:0">{body or "&nbsp;"}</p>')
    head = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>p.MsoNormal{font-family:Calibri,sans-serif;font-size:11pt}</style>"
    )
    return f'{head}</head><body lang="EN-US">\n' + "\n".join(rows) + "\n</body></html>\n"


def mail(
    key: str,
    *,
    client: str,
    sender: str,
    subject: str,
    sent: dt.datetime,
    text: str,
    to: str = DESK,
    cc: str | None = None,
    with_html: bool = False,
    files: tuple = (),
    extra: tuple = (),
) -> bytes:
    """One RFC 5322 message. files: (bytes, (maintype, subtype), filename)."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    m = EmailMessage(policy=policy.default)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = message_id(key, client, domain)
    if client in MICROSOFT:
        m["Thread-Topic"] = re.sub(r"^((RE|Re|FW|Fwd): )+", "", subject)
        m["Thread-Index"] = base64.b64encode(bytes.fromhex(sha("thread", key)[:44])).decode()
    for name, value in CLIENT_HEADERS[client]:
        if value is not None:
            m[name] = value
    for name, value in extra:
        m[name] = value
    m.set_content(text)
    if with_html:
        m.add_alternative(html_of(text, client), subtype="html")
    for data, (main, sub), filename in files:
        m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, n, client))
    if client == "iphone":
        del m["MIME-Version"]
        m["Mime-Version"] = "1.0 (1.0)"
    out = io.BytesIO()
    BytesGenerator(out, policy=policy.default.clone(linesep="\n", max_line_length=78)).flatten(m)
    return out.getvalue()


# ------------------------------------------------------------------ fonts, ink and paper

_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    if (name, size) not in _FONTS:
        folder = "dejavu" if name.startswith("DejaVu") else "liberation"
        _FONTS[name, size] = ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)
    return _FONTS[name, size]


SANS = "LiberationSans-Regular"
SANS_B = "LiberationSans-Bold"
NARROW = "LiberationSansNarrow-Regular"
NARROW_B = "LiberationSansNarrow-Bold"
MONO = "LiberationMono-Regular"
MONO_B = "LiberationMono-Bold"
SERIF = "LiberationSerif-Regular"
SERIF_B = "LiberationSerif-Bold"
DV_MONO = "DejaVuSansMono"
DV_COND_B = "DejaVuSansCondensed-Bold"

BLUE = (30, 52, 150)
BLACK = (28, 28, 34)
RED = (190, 32, 38)
PENCIL = (92, 92, 100)
MARKER = (20, 20, 24)
INK_FADED = (60, 80, 150)

# one pen per writer: (face, stroke width)
HANDS = {
    "tom": ("DejaVuSans-Oblique", 0),
    "carla": ("LiberationSerif-Italic", 0),
    "benny": ("LiberationSansNarrow-BoldItalic", 0),
    "dana": ("DejaVuSerif-Italic", 0),
    "jimmy": ("DejaVuSansCondensed-BoldOblique", 0),
    "tyrell": ("LiberationSans-Italic", 0),
    "raj": ("DejaVuSerifCondensed-Italic", 0),
    "luis": ("DejaVuSansCondensed-Oblique", 0),
    "will": ("LiberationSans-BoldItalic", 0),
    "manny": ("DejaVuSans-BoldOblique", 0),
    "rosa": ("LiberationSerif-Italic", 0),
    "anh": ("DejaVuSansCondensed-Oblique", 0),
    "mike": ("LiberationSansNarrow-Italic", 1),
    "karen": ("DejaVuSerif-Italic", 0),
    "lupe": ("LiberationSans-Italic", 1),
    "ken": ("LiberationSansNarrow-BoldItalic", 0),
    "dale": ("DejaVuSans-Oblique", 1),
    "driver": ("LiberationSansNarrow-Italic", 1),
    "grace": ("DejaVuSerifCondensed-Italic", 0),
    "linda": ("LiberationSerif-Italic", 0),
    "tester": ("DejaVuSansCondensed-Oblique", 0),
}


def shade(color: tuple[int, int, int], d: int) -> tuple[int, int, int]:
    return tuple(max(0, min(255, c + d)) for c in color)


class Page:
    """A sheet of paper: typed text, printed rules and boxes, handwriting and pen marks."""

    def __init__(self, key: str, w: int = 1100, h: int = 1424, paper=(251, 250, 246)) -> None:
        self.key = key
        self.img = Image.new("RGB", (w, h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.g = seeded(key, "page")
        self.paper = paper
        self.top = 0

    # printed
    def text(self, xy, s: str, size: int = 20, face: str = SANS, fill=BLACK, anchor="la"):
        self.d.text(xy, s, font=font(face, size), fill=fill, anchor=anchor)

    def rows(self, x: int, y: int, lines: list[str], size: int = 19, face: str = MONO, gap=None):
        """Typed lines; returns the baseline-free top y of each line."""
        gap = gap or int(size * 1.5)
        tops = []
        for i, s in enumerate(lines):
            tops.append(y + i * gap)
            self.d.text((x, y + i * gap), s, font=font(face, size), fill=BLACK)
        return tops

    def rule(self, x0: int, y0: int, x1: int, y1: int, width: int = 2, fill=(45, 45, 50)):
        self.d.line([(x0, y0), (x1, y1)], fill=fill, width=width)

    def box(self, x0: int, y0: int, x1: int, y1: int, width: int = 2, fill=None, outline=BLACK):
        self.d.rectangle([x0, y0, x1, y1], outline=outline, width=width, fill=fill)

    def label_box(self, x0: int, y0: int, x1: int, y1: int, label: str, size: int = 14):
        self.box(x0, y0, x1, y1)
        self.text((x0 + 6, y0 + 4), label, size, SANS_B)

    def checkbox(self, x: int, y: int, label: str, size: int = 18):
        self.box(x, y, x + size, y + size, 2)
        self.text((x + size + 8, y - 1), label, size)

    # handwritten
    def hand(self, x: float, y: float, s: str, who: str, size: int = 30, ink=BLUE) -> float:
        """Write s with the writer's pen, baseline at y; returns the x where the pen stopped."""
        face, stroke = HANDS[who]
        g = self.g
        slope = g.uniform(-0.018, 0.018)
        x0 = x
        for ch in s:
            if ch == " ":
                x += font(face, size).getlength(" ") * g.uniform(0.8, 1.25)
                continue
            sz = max(8, int(size * g.uniform(0.93, 1.07)))
            f = font(face, sz)
            box = int(sz * 2.4)
            ox, oy = box * 0.3, box * 0.72
            mask = Image.new("L", (box, box), 0)
            ImageDraw.Draw(mask).text(
                (ox, oy), ch, font=f, fill=255, anchor="ls", stroke_width=stroke, stroke_fill=255
            )
            mask = mask.rotate(g.uniform(-6, 6), resample=Image.BICUBIC, center=(ox, oy))
            dy = g.uniform(-0.05, 0.05) * size + (x - x0) * slope
            px, py = int(x - ox), int(y - oy + dy)
            self.img.paste(shade(ink, g.randint(-18, 18)), (px, py, px + box, py + box), mask)
            x += f.getlength(ch) * g.uniform(0.96, 1.1)
        return x

    def hand_lines(self, x, y, lines: list[str], who: str, size: int = 30, ink=BLUE, gap=None):
        gap = gap or int(size * 1.45)
        for i, s in enumerate(lines):
            self.hand(x + self.g.uniform(-6, 6), y + i * gap, s, who, size, ink)

    def pen(self, pts: list[tuple[float, float]], ink=BLUE, width: int = 3, wobble: float = 1.6):
        g = self.g
        out = []
        for (xa, ya), (xb, yb) in pairwise(pts):
            n = max(2, int(math.hypot(xb - xa, yb - ya) / 14))
            for i in range(n):
                t = i / n
                out.append(
                    (
                        xa + (xb - xa) * t + g.uniform(-wobble, wobble),
                        ya + (yb - ya) * t + g.uniform(-wobble, wobble),
                    )
                )
        out.append(pts[-1])
        self.d.line(out, fill=ink, width=width, joint="curve")

    def ring(self, x0: float, y0: float, x1: float, y1: float, ink=RED, width: int = 3):
        """A hand-drawn loop around a box, not quite closed."""
        g = self.g
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
        start, span = g.uniform(0, 2 * math.pi), 2 * math.pi + g.uniform(0.25, 0.6)
        ph, amp = g.uniform(0, 2 * math.pi), g.uniform(0.02, 0.05)
        pts = []
        for i in range(97):
            t = start + span * i / 96
            k = 1 + amp * math.sin(2 * t + ph) + 0.05 * i / 96
            pts.append((cx + rx * k * math.cos(t), cy + ry * k * math.sin(t)))
        self.d.line(pts, fill=ink, width=width, joint="curve")

    def tick(self, x: float, y: float, size: float = 24, ink=BLUE):
        self.pen([(x, y), (x + size * 0.35, y + size * 0.45), (x + size, y - size * 0.55)], ink)

    def strike(self, x0: float, y0: float, x1: float, y1: float, ink=BLUE, width: int = 3):
        self.pen([(x0, y0), (x1, y1)], ink, width, wobble=1.0)

    def arrow(self, x0: float, y0: float, x1: float, y1: float, ink=BLUE):
        self.pen([(x0, y0), (x1, y1)], ink)
        a = math.atan2(y1 - y0, x1 - x0)
        for s in (2.6, -2.6):
            self.pen(
                [(x1, y1), (x1 - 18 * math.cos(a + s / 5), y1 - 18 * math.sin(a + s / 5))], ink
            )

    def stamp(self, x: int, y: int, lines: list[str], color=RED, angle: float = 0, size: int = 28):
        """A rubber stamp: framed capitals, rotated, with ink missing in places."""
        g = self.g
        f = font(SANS_B, size)
        w = int(max(f.getlength(s) for s in lines)) + 30
        h = int(len(lines) * size * 1.25) + 22
        m = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(m)
        d.rectangle([2, 2, w - 3, h - 3], outline=255, width=4)
        d.rectangle([9, 9, w - 10, h - 10], outline=255, width=1)
        for i, s in enumerate(lines):
            d.text((w / 2, 14 + i * size * 1.25), s, font=f, fill=255, anchor="ma")
        m = m.rotate(angle, resample=Image.BICUBIC, expand=True)
        holes = Image.frombytes("L", m.size, g.randbytes(m.width * m.height))
        holes = holes.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v > 112 else 70)
        m = ImageChops.multiply(m, holes)
        self.img.paste(color, (x, y, x + m.width, y + m.height), m)


# ------------------------------------------------------------------ scanners, fax, cameras


def noise(g: random.Random, size: tuple[int, int], amp: int, scale: int = 1) -> Image.Image:
    w, h = size
    sw, sh = max(1, w // scale), max(1, h // scale)
    n = Image.frombytes("L", (sw, sh), g.randbytes(sw * sh))
    if scale > 1:
        n = n.resize((w, h), Image.BILINEAR)
    return n.point(lambda v: 128 + (v - 128) * amp // 128)


def add_noise(img: Image.Image, g: random.Random, amp: int, scale: int = 1) -> Image.Image:
    n = noise(g, img.size, amp, scale)
    if img.mode == "RGB":
        n = Image.merge("RGB", (n, n, n))
    return ImageChops.add(img, n, 1.0, -128)


def scan(
    page: Page,
    *,
    angle: float = 0.4,
    contrast: float = 1.0,
    lift: int = 0,
    dust: int = 110,
    blur: float = 0.6,
    grain: int = 10,
    levels: int | None = 16,
    color: bool = False,
) -> Image.Image:
    """A flatbed / copier scan, in grey unless the scanner was set to colour."""
    g = seeded(page.key, "scan")
    im = page.img.convert("RGB" if color else "L")
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(dust):
        x, y, r = g.randrange(w), g.randrange(h), g.choice((0, 0, 1, 1, 2))
        v = g.randrange(70, 180)
        d.ellipse((x, y, x + r, y + r), fill=(v, v, v) if color else v)
    bg = page.paper if color else int(sum(page.paper) / 3)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    im = add_noise(im, g, grain)
    im = im.point(lambda v: 255 if v > 228 else v)  # the scanner drops the paper's grain
    im = im.point(lambda v: max(0, min(255, int((v - 128) * contrast + 128 + lift))))
    if levels and not color:
        im = im.quantize(levels, dither=Image.Dither.NONE)
    return im


def fax(page: Page, header: str, *, angle: float = -0.5, speckle: int = 900) -> Image.Image:
    """A received fax: 98 lines per inch, 1 bit, the sender's header line at the top."""
    g = seeded(page.key, "fax")
    im = page.img.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    w, h = im.size
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 30], fill=255)
    d.text((18, 6), header, font=font(MONO_B, 17), fill=0)
    im = im.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    im = add_noise(im, g, 26)
    d = ImageDraw.Draw(im)
    for _ in range(speckle):
        x, y = g.randrange(w), g.randrange(h)
        d.point((x, y), fill=0)
    for _ in range(3):
        y = g.randrange(60, h - 10)
        d.line([(0, y), (w, y)], fill=g.choice((0, 255)), width=1)
    return im.point(lambda v: 255 if v > 172 else 0).convert("1", dither=Image.Dither.NONE)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): output point -> input point."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def surface(g: random.Random, size: tuple[int, int], kind: str) -> Image.Image:
    """What the paper lies on."""
    w, h = size
    base = {
        "desk": (132, 96, 62),
        "laminate": (196, 192, 184),
        "concrete": (150, 150, 146),
        "cardboard": (184, 150, 104),
        "steel": (176, 178, 180),
        "bench": (104, 98, 90),
    }[kind]
    img = Image.new("RGB", size, base)
    blot = noise(g, size, 40 if kind != "steel" else 14, scale=24)
    img = ImageChops.add(img, Image.merge("RGB", (blot, blot, blot)), 1.0, -128)
    if kind in ("desk", "cardboard"):
        strip = Image.new("L", (1, h))
        period = g.uniform(9, 16) if kind == "desk" else 7.0
        ph = g.uniform(0, 6.3)
        for y in range(h):
            v = 128 + int(20 * math.sin(y / period + 3 * math.sin(y / 97 + ph)))
            strip.putpixel((0, y), v)
        grain = strip.resize((w, h)).rotate(g.uniform(-4, 4), fillcolor=128)
        img = ImageChops.add(img, Image.merge("RGB", (grain, grain, grain)), 1.0, -128)
    if kind == "concrete":
        img = add_noise(img, g, 50)
    return img


def photo(
    sheet: Image.Image,
    key: str,
    *,
    on: str = "desk",
    canvas: tuple[int, int] = (1080, 1440),
    fill: float = 0.84,
    tilt: float = 2.0,
    skew: float = 0.035,
    light: float = 0.28,
    quality: int = 70,
) -> bytes:
    """A phone photo of a sheet lying on something: perspective, shadow, uneven light, noise."""
    g = seeded(key, "photo")
    cw, ch = canvas
    bg = surface(g, canvas, on)
    pw, ph = sheet.size
    s = min(cw * fill / pw, ch * fill / ph)
    tw, th = pw * s, ph * s
    cx, cy = cw / 2 + g.uniform(-0.02, 0.02) * cw, ch / 2 + g.uniform(-0.02, 0.02) * ch
    a = math.radians(tilt)
    quad = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * tw / 2, sy * th / 2
        x, y = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        quad.append((cx + x + g.uniform(-skew, skew) * tw, cy + y + g.uniform(-skew, skew) * th))
    # the camera is nearer the bottom edge: the top of the sheet comes out narrower
    k = g.uniform(0.02, 0.05) * tw
    quad[0] = (quad[0][0] + k, quad[0][1])
    quad[1] = (quad[1][0] - k, quad[1][1])
    coeffs = perspective(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = sheet.convert("RGB").transform(canvas, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform(canvas, Image.PERSPECTIVE, coeffs)
    shadow = ImageChops.offset(mask, 10, 14).filter(ImageFilter.GaussianBlur(14))
    dark = bg.point(lambda v: int(v * 0.55))
    bg = Image.composite(dark, bg, shadow)
    bg.paste(warped, (0, 0), mask)
    # light falls off towards one side
    a = math.radians(g.uniform(0, 360))
    sw, sh = cw // 8, ch // 8
    ramp = Image.new("L", (sw, sh))
    ramp.putdata(
        [
            int(127.5 + 127.5 * ((x / sw - 0.5) * math.cos(a) + (y / sh - 0.5) * math.sin(a)))
            for y in range(sh)
            for x in range(sw)
        ]
    )
    ramp = ramp.resize(canvas, Image.BILINEAR)
    lamp = ramp.point(lambda v: int(255 - light * v))
    bg = ImageChops.multiply(bg, Image.merge("RGB", (lamp, lamp, lamp)))
    warm = Image.new("RGB", canvas, (255, 246, 232))
    bg = ImageChops.multiply(bg, warm)
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg = add_noise(bg, g, 9, scale=2)
    out = io.BytesIO()
    bg.save(out, "JPEG", quality=quality)
    return out.getvalue()


def png(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG", optimize=True)
    return out.getvalue()


def image_pdf(key: str, pages: list[Image.Image], made: str, producer: str) -> bytes:
    """An image-only PDF, one scanned page per sheet (fpdf2, pinned date and file id)."""
    pdf = FPDF("P", "pt", "Letter")
    pdf.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC))
    fixed = sha("pdf-id", key)[:32].upper()
    pdf.file_id = lambda: f"<{fixed}><{fixed}>"
    pdf.set_creator(producer)
    pdf.set_producer(producer)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    for im in pages:
        pdf.add_page()
        buf = io.BytesIO()
        if im.mode == "1":
            im.save(buf, "PNG", optimize=True)
        else:
            im.convert("RGB" if im.mode == "RGB" else "L").save(buf, "JPEG", quality=62)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=612, h=792)
    return bytes(pdf.output())


# ------------------------------------------------------------------ printed forms

SITES = {
    "DC-EAST": "DC-East  400 Commerce Dr, Allentown PA 18109  (610) 555-0140",
    "DC-SOUTH": "DC-South  2750 Gulf Fwy, Houston TX 77023  (713) 555-0140",
    "DC-WEST": "DC-West  1880 Airport Rd, Oklahoma City OK 73159  (405) 555-0140",
    "AR": "Accounts Receivable  PO Box 4410, Allentown PA 18105  (610) 555-0145",
}


class Table:
    """Where a printed table put its rows and columns, for the pen to find them."""

    def __init__(self, xs: list[int], tops: list[int], row_h: int) -> None:
        self.xs, self.tops, self.row_h = xs, tops, row_h

    def mid(self, row: int) -> int:
        return self.tops[row] + self.row_h // 2

    def base(self, row: int) -> int:
        return self.tops[row] + self.row_h - 10


def table(
    p: Page,
    x: int,
    y: int,
    widths: list[int],
    head: list[str],
    rows: list[list[str]],
    *,
    size: int = 19,
    face: str = MONO,
    row_h: int = 44,
    right: tuple[int, ...] = (),
    shade_head: bool = True,
    blank_rows: int = 0,
) -> Table:
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    f, fb = font(face, size), font(SANS_B, size - 3)
    if shade_head:
        p.d.rectangle([x, y, xs[-1], y + row_h], fill=(222, 222, 222))
    for i, h in enumerate(head):
        p.d.text((xs[i] + 6, y + row_h / 2), h, font=fb, fill=BLACK, anchor="lm")
    tops = []
    allrows = rows + [[""] * len(widths)] * blank_rows
    for r, row in enumerate(allrows):
        top = y + row_h * (r + 1)
        tops.append(top)
        for i, cell in enumerate(row):
            if f.getlength(cell) > widths[i] - 10:
                raise ValueError(f"{cell!r} is wider than {widths[i]}")
            if i in right:
                p.d.text((xs[i + 1] - 8, top + row_h / 2), cell, font=f, fill=BLACK, anchor="rm")
            else:
                p.d.text((xs[i] + 6, top + row_h / 2), cell, font=f, fill=BLACK, anchor="lm")
    bottom = y + row_h * (len(allrows) + 1)
    p.box(x, y, xs[-1], bottom, 2)
    for r in range(1, len(allrows) + 1):
        p.rule(x, y + row_h * r, xs[-1], y + row_h * r, 1, (120, 120, 120))
    for xv in xs[1:-1]:
        p.rule(xv, y, xv, bottom, 1, (120, 120, 120))
    return Table(xs, tops, row_h)


def northgate(
    key: str,
    title: str,
    site: str,
    meta: list[tuple[str, str]],
    sold_to: list[str],
    ship_to: list[str],
    *,
    paper=(251, 250, 246),
) -> Page:
    """The head of a Northgate ERP printout: logo, title, document box, addresses."""
    p = Page(key, paper=paper)
    p.d.rectangle([60, 46, 116, 102], fill=(40, 40, 40))
    p.text((88, 74), "N", 40, SANS_B, fill=(250, 250, 250), anchor="mm")
    p.text((130, 44), "NORTHGATE", 34, SANS_B)
    p.text((130, 82), "PLUMBING & HVAC SUPPLY", 19, SANS_B)
    p.text((60, 118), SITES[site], 15)
    p.text((1040, 46), title, 30, SANS_B, anchor="ra")
    y = 92
    for label, value in meta:
        p.text((880, y), label, 16, SANS_B, anchor="ra")
        p.text((890, y), value, 16, MONO)
        y += 24
    top = max(y, 160) + 14
    p.label_box(60, top, 540, top + 130, "SOLD TO")
    p.label_box(560, top, 1040, top + 130, "SHIP TO")
    for i, s in enumerate(sold_to):
        p.text((74, top + 30 + i * 24), s, 18)
    for i, s in enumerate(ship_to):
        p.text((574, top + 30 + i * 24), s, 18)
    p.top = top + 150
    return p


def order_strip(p: Page, cells: list[tuple[str, str]]) -> int:
    """The strip under the addresses: SALES ORDER | CUST PO | dates | SHIP VIA."""
    y = p.top
    w = 980 // len(cells)
    for i, (label, value) in enumerate(cells):
        x = 60 + i * w
        p.box(x, y, x + w, y + 62, 1)
        p.text((x + 8, y + 6), label, 13, SANS_B)
        p.text((x + 8, y + 28), value, 19, MONO)
    return y + 84


def carrier_doc(
    key: str,
    carrier: str,
    title: str,
    pro: str,
    fields: list[tuple[str, str]],
    rows: list[list[str]],
    *,
    tint=(250, 249, 240),
    note: str = "",
) -> tuple[Page, Table, int]:
    """A carrier's delivery receipt / bill of lading; returns the page, the freight table and
    the top of the exceptions box."""
    p = Page(key, paper=tint)
    p.text((60, 40), carrier, 36, SANS_B)
    p.text((60, 86), title, 22, SANS_B)
    p.box(760, 36, 1040, 110, 3)
    p.text((774, 42), "PRO NUMBER", 14, SANS_B)
    p.text((774, 66), pro, 26, MONO_B)
    y = 140
    for i in range(0, len(fields), 2):
        for j, (label, value) in enumerate(fields[i : i + 2]):
            x = 60 + j * 490
            p.box(x, y, x + 490, y + 70, 1)
            p.text((x + 8, y + 6), label, 13, SANS_B)
            if font(SANS, 19).getlength(value) > 474:
                raise ValueError(f"{value!r} is too wide")
            p.text((x + 8, y + 30), value, 19)
        y += 70
    t = table(
        p,
        60,
        y + 24,
        [90, 120, 560, 210],
        ["PIECES", "TYPE", "DESCRIPTION OF ARTICLES", "WEIGHT (LB)"],
        rows,
        size=19,
        face=SANS,
        right=(0, 3),
    )
    y = t.tops[-1] + t.row_h + 30
    if note:
        p.text((60, y), note, 14)
        y += 30
    p.label_box(60, y, 1040, y + 190, "DELIVERY EXCEPTIONS / NOTES (shortage, damage, refused)")
    p.label_box(60, y + 210, 540, y + 300, "RECEIVED BY (PRINT / SIGN)")
    p.label_box(560, y + 210, 800, y + 300, "DATE")
    p.label_box(820, y + 210, 1040, y + 300, "DRIVER")
    fine = [
        "Freight received in apparent good order except as noted. Concealed damage must be",
        "reported to the carrier within 5 days of delivery. Subject to the classifications and",
        "tariffs in effect on the date of issue. The carrier's liability is limited as set out in",
        "its rules tariff unless a higher value is declared. Claims for loss or damage must be",
        "filed in writing within nine months of delivery. Consignee signature acknowledges the",
        "count of pieces shown unless a shortage is noted above.",
    ]
    for i, s in enumerate(fine):
        p.text((60, y + 320 + i * 20), s, 14)
    return p, t, y


def rma_form(key: str) -> tuple[Page, dict[str, tuple[int, int]], Table]:
    """Northgate's return request form, printed blank; returns where the fields are."""
    p = Page(key)
    p.d.rectangle([60, 46, 116, 102], fill=(40, 40, 40))
    p.text((88, 74), "N", 40, SANS_B, fill=(250, 250, 250), anchor="mm")
    p.text((130, 44), "NORTHGATE", 34, SANS_B)
    p.text((130, 82), "PLUMBING & HVAC SUPPLY", 19, SANS_B)
    p.text((1040, 50), "RETURN REQUEST", 30, SANS_B, anchor="ra")
    p.text(
        (1040, 88), "Fax to 1-800-555-0148 or email returns@distributor.example", 14, anchor="ra"
    )
    p.text((60, 130), "Form RR-3 (rev. 01/2026)   Please print clearly. One form per order.", 14)
    pos = {}
    y = 170
    for left, right in (
        ("Customer name", "Account no."),
        ("Contact", "Phone"),
        ("Sales order no. (SO-)", "Your PO no."),
        ("Date received", "Job / location"),
    ):
        p.box(60, y, 660, y + 64, 1)
        p.box(660, y, 1040, y + 64, 1)
        p.text((68, y + 5), left, 13, SANS_B)
        p.text((668, y + 5), right, 13, SANS_B)
        pos[left] = (72, y + 52)
        pos[right] = (672, y + 52)
        y += 64
    y += 24
    t = table(
        p,
        60,
        y,
        [260, 330, 70, 320],
        ["ITEM NO. (if known)", "DESCRIPTION", "QTY", "REASON (see codes below)"],
        [],
        size=19,
        face=SANS,
        row_h=58,
        blank_rows=5,
    )
    y = t.tops[-1] + t.row_h + 24
    p.text((60, y), "REASON:", 16, SANS_B)
    boxes = [
        "Damaged in transit",
        "Defective",
        "Wrong item shipped",
        "Not needed / overstock",
        "Shortage",
        "Overshipment",
        "Pricing",
    ]
    for i, b in enumerate(boxes):
        bx, by = 160 + (i % 4) * 220, y + (i // 4) * 34
        p.checkbox(bx, by, b, 16)
        pos[b] = (bx, by)
    y += 90
    p.label_box(60, y, 1040, y + 180, "DESCRIBE THE PROBLEM")
    pos["problem"] = (76, y + 62)
    y += 200
    p.label_box(60, y, 640, y + 80, "SIGNATURE")
    p.label_box(660, y, 1040, y + 80, "DATE")
    pos["signature"] = (80, y + 66)
    pos["date"] = (680, y + 66)
    y += 100
    for s in (
        "Returns are accepted within 30 days of delivery unless your account terms say otherwise.",
        "Special order, cut-to-length and hazmat items are not returnable for credit.",
        "A 15% restocking fee applies to returns of items not needed. Do not ship without an RMA.",
    ):
        p.text((60, y), s, 14)
        y += 22
    return p, pos, t


# ------------------------------------------------------------------ Northgate's paperwork

KEYSTONE = ["KEYSTONE MECHANICAL CONTRACTORS", "1820 N American St", "Philadelphia PA 19122"]
RIVERBEND = ["RIVERBEND PLUMBING & HEATING", "880 Harmon Ave", "Columbus OH 43223"]
SUMMIT = ["SUMMIT HVAC SERVICES", "2200 Industrial Blvd", "Tulsa OK 74107"]
HARBOR = ["HARBOR POINT PROPERTY MANAGEMENT", "1150 Lakeshore Pkwy", "Milwaukee WI 53202"]
DELGADO = ["DELGADO & SONS PLUMBING", "6120 Telephone Rd", "Houston TX 77087"]

SLIP_W = [44, 206, 410, 62, 90, 90, 78]
SLIP_HEAD = ["LN", "ITEM NO.", "DESCRIPTION", "UOM", "ORDERED", "SHIPPED", "B/O"]
INV_W = [44, 206, 380, 60, 62, 100, 128]
INV_HEAD = ["LN", "ITEM NO.", "DESCRIPTION", "QTY", "UOM", "UNIT PRICE", "AMOUNT"]


def packing_slip(
    key: str,
    *,
    so: str,
    po: str,
    site: str,
    ordered: str,
    shipped: str,
    via: str,
    sold_to: list[str],
    ship_to: list[str],
    rows: list[list[str]],
    title: str = "PACKING SLIP",
    paper=(251, 250, 246),
) -> tuple[Page, Table]:
    p = northgate(
        key,
        title,
        site,
        [("PAGE", "1 of 1"), ("PRINTED", shipped)],
        sold_to,
        ship_to,
        paper=paper,
    )
    y = order_strip(
        p,
        [
            ("SALES ORDER", so),
            ("CUSTOMER PO", po),
            ("ORDER DATE", ordered),
            ("SHIP DATE", shipped),
            ("SHIP VIA", via),
        ],
    )
    lines = [[str(i + 1), *r, str(int(r[3]) - int(r[4]))] for i, r in enumerate(rows)]
    t = table(p, 60, y, SLIP_W, SLIP_HEAD, lines, right=(4, 5, 6), blank_rows=1)
    y = t.tops[-1] + t.row_h + 30
    p.text((60, y), f"Total lines: {len(rows)}", 16, SANS_B)
    p.text((60, y + 50), "Received in good condition except as noted:", 16)
    p.rule(430, y + 70, 780, y + 70, 1)
    p.text((800, y + 50), "Date:", 16)
    p.rule(850, y + 70, 1040, y + 70, 1)
    p.text(
        (60, y + 110), "Report shortages and damage within 5 days of delivery. Returns need an", 14
    )
    p.text((60, y + 130), "RMA number from our returns desk: returns@distributor.example.", 14)
    p.top = y + 50
    return p, t


def money(v: float) -> str:
    return f"{v:,.2f}"


def invoice(
    key: str,
    *,
    number: str,
    date: str,
    so: str,
    po: str,
    ordered: str,
    shipped: str,
    via: str,
    sold_to: list[str],
    ship_to: list[str],
    rows: list[tuple[str, str, int, str, float]],
    title: str = "INVOICE",
    meta_label: str = "INVOICE NO.",
    due: str = "NET 30",
    total_label: str = "TOTAL DUE",
    site: str = "AR",
) -> tuple[Page, Table, int]:
    p = northgate(
        key,
        title,
        site,
        [(meta_label, number), ("DATE", date), ("TERMS", due)],
        sold_to,
        ship_to,
    )
    y = order_strip(
        p,
        [
            ("SALES ORDER", so),
            ("CUSTOMER PO", po),
            ("ORDER DATE", ordered),
            ("SHIP DATE", shipped),
            ("SHIP VIA", via),
        ],
    )
    lines, total = [], 0.0
    for i, (sku, desc, qty, uom, price) in enumerate(rows):
        amount = round(qty * price, 2)
        total += amount
        lines.append([str(i + 1), sku, desc, str(qty), uom, money(price), money(amount)])
    t = table(p, 60, y, INV_W, INV_HEAD, lines, right=(3, 5, 6))
    y = t.tops[-1] + t.row_h + 20
    for label, value in (("SUBTOTAL", total), ("FREIGHT", 0.0), ("SALES TAX", 0.0)):
        p.text((870, y), label, 16, SANS_B, anchor="ra")
        p.text((1032, y), money(value), 18, MONO, anchor="ra")
        y += 28
    p.rule(880, y, 1040, y, 2)
    p.text((870, y + 8), total_label, 18, SANS_B, anchor="ra")
    p.text((1032, y + 8), money(total), 20, MONO_B, anchor="ra")
    if title == "INVOICE":
        foot = [
            "Remit to: Northgate Plumbing & HVAC Supply, PO Box 4410, Allentown PA 18105",
            "Questions about this invoice: ar@distributor.example  (610) 555-0145",
        ]
    else:
        foot = [
            "Thank you for your order. Please check quantities and prices and tell your",
            "salesperson of any difference before the ship date: orders@distributor.example",
        ]
    p.text((60, y + 70), foot[0], 14)
    p.text((60, y + 90), foot[1], 14)
    return p, t, y + 130


def delivery_ticket(
    key: str,
    *,
    number: str,
    so: str,
    po: str,
    site: str,
    date: str,
    truck: str,
    sold_to: list[str],
    ship_to: list[str],
    rows: list[list[str]],
    title: str = "DELIVERY TICKET",
    via: str = "NORTHGATE TRUCK",
) -> tuple[Page, Table]:
    p = northgate(key, title, site, [("TICKET NO.", number), ("DATE", date)], sold_to, ship_to)
    y = order_strip(
        p, [("SALES ORDER", so), ("CUSTOMER PO", po), ("SHIP VIA", via), ("TRUCK / DRIVER", truck)]
    )
    lines = [[str(i + 1), *r, ""] for i, r in enumerate(rows)]
    t = table(
        p,
        60,
        y,
        [44, 206, 420, 62, 100, 148],
        ["LN", "ITEM NO.", "DESCRIPTION", "UOM", "SHIPPED", "RECEIVED"],
        lines,
        right=(4,),
        blank_rows=1,
    )
    y = t.tops[-1] + t.row_h + 30
    p.text((60, y), "Customer: count and inspect before signing. Note any shortage or damage", 15)
    p.text((60, y + 20), "above and on the driver's copy.", 15)
    p.label_box(60, y + 56, 640, y + 146, "RECEIVED BY (SIGN AND PRINT)")
    p.label_box(660, y + 56, 1040, y + 146, "DATE / TIME")
    p.top = y + 56
    return p, t


# ------------------------------------------------------------------ things photographed


def clipboard(sheet: Image.Image, key: str) -> Image.Image:
    """The sheet on a hardboard clipboard, the clip over its top edge."""
    g = seeded(key, "clipboard")
    w, h = sheet.size
    board = Image.new("RGB", (w + 90, h + 150), (122, 88, 54))
    board = add_noise(board, g, 26, scale=6)
    d = ImageDraw.Draw(board)
    d.rounded_rectangle(
        [0, 0, board.width - 1, board.height - 1], 30, outline=(90, 62, 36), width=6
    )
    board.paste(sheet, (45, 110))
    cx = board.width // 2
    d.rounded_rectangle(
        [cx - 170, 40, cx + 170, 150], 18, fill=(168, 170, 174), outline=(96, 98, 102), width=3
    )
    d.rectangle([cx - 120, 60, cx + 120, 80], fill=(130, 132, 136))
    d.ellipse([cx - 24, 86, cx + 24, 134], fill=(120, 122, 126))
    return board


def card(key: str, w: int, h: int, color, *, texture: str | None = None) -> Page:
    """A blank piece of something (cardboard, a tag, a plate) to draw on."""
    p = Page(key, w, h, paper=color)
    if texture:
        p.img = ImageChops.multiply(
            p.img, surface(seeded(key, "card"), (w, h), texture).point(lambda v: min(255, v + 90))
        )
        p.d = ImageDraw.Draw(p.img)
    return p


# ================================================================== the requests


def u01() -> bytes:
    p, t = packing_slip(
        "u01/slip",
        so="SO-104201",
        po="76115",
        site="DC-EAST",
        ordered="10/14/2025",
        shipped="10/16/2025",
        via="R+L CARRIERS",
        sold_to=KEYSTONE,
        ship_to=[
            "KEYSTONE MECH - HOLLIS ST APTS",
            "455 Hollis St",
            "Philadelphia PA 19146",
            "Attn: Tom Morales",
        ],
        rows=[
            ["VLV-1250-TMV", '1-1/4" THERMOSTATIC MIXING VLV LF', "EA", "4", "4"],
            ["PMP-CIRC-015", "1/25 HP CIRCULATOR CI 115V", "EA", "6", "6"],
            ["WH-EXP-2G", "2 GAL THERMAL EXPANSION TANK", "EA", "6", "6"],
        ],
        paper=(244, 238, 220),
    )
    for r in range(3):  # last year's receiving ticks, in pencil
        p.tick(t.xs[6] + 10, t.mid(r), 20, PENCIL)
    p.hand(440, p.top + 16, "T. Morales", "tom", 30, PENCIL)
    p.hand(860, p.top + 16, "10/20/25", "tom", 28, PENCIL)
    # this year's note, in ballpoint
    p.ring(t.xs[1] - 8, t.tops[0] - 6, t.xs[4] + 4, t.tops[0] + t.row_h + 6, BLUE)
    p.hand(330, p.top + 190, "1 of these sticking HOT - scald", "tom", 34, BLUE)
    p.hand(330, p.top + 240, "complaint @ Hollis St. warranty?", "tom", 34, BLUE)
    p.arrow(320, p.top + 170, 300, t.tops[0] + 50, BLUE)
    p.hand(700, p.top + 300, "TM 10/26", "tom", 30, BLUE)
    d = p.d  # a fold across the sheet
    d.line([(0, 700), (1100, 690)], fill=(222, 214, 196), width=3)
    img = photo(p.img, "u01", on="bench", tilt=-3.5, skew=0.03, light=0.32)
    text = """\
Corinne,
One of the 1-1/4 mixing valves we got for the Hollis St job last year is sticking on hot, \
owner is complaining about scald temps at the fixtures. It's off PO 76115, pic of the packing \
slip attached. Can we get a warranty replacement or credit on it?

Tom

Sent from my iPhone
"""
    return mail(
        "u01",
        client="iphone",
        sender=TOM,
        subject="Mixing valve warranty",
        sent=sent_at("u01", "2026-10-26 07:52", EDT),
        text=text,
        files=((img, JPEG, "IMG_3318.jpeg"),),
    )


def u02() -> bytes:
    p, pos, t = rma_form("u02/form")
    mike = "mike"
    p.hand(*pos["Customer name"], "Riverbend Plumbing & Heating", mike, 30)
    p.hand(*pos["Contact"], "Mike O'Brien", mike, 30)
    p.hand(*pos["Phone"], "614-555-0132", mike, 30)
    p.hand(*pos["Sales order no. (SO-)"], "104222", mike, 32)
    p.hand(*pos["Your PO no."], "24415", mike, 32)
    p.hand(*pos["Date received"], "10/22/26", mike, 30)
    p.hand(*pos["Job / location"], "Maple Grove Elem.", mike, 30)
    p.hand(t.xs[0] + 8, t.base(0), "BFP-RPZ-300-SO", mike, 28)
    p.hand(t.xs[1] + 8, t.base(0), '3" RPZ backflow assy', mike, 28)
    p.hand(t.xs[2] + 20, t.base(0), "1", mike, 30)
    p.hand(t.xs[3] + 8, t.base(0), "Defective - failed test", mike, 28)
    bx, by = pos["Defective"]
    p.pen([(bx + 2, by + 2), (bx + 16, by + 16)], BLUE)
    p.pen([(bx + 16, by + 2), (bx + 2, by + 16)], BLUE)
    x, y = pos["problem"]
    p.hand_lines(
        x,
        y,
        [
            "Failed initial field test 10/23. #2 check will not hold,",
            "relief valve dumping at normal line pressure.",
            "Tester's report attached (next page). Unit is still in line.",
        ],
        mike,
        28,
    )
    p.hand(*pos["signature"], "M. O'Brien", mike, 34)
    p.hand(*pos["date"], "10/27/26", mike, 32)
    page1 = scan(p, angle=0.5, levels=None)

    r = Page("u02/report")
    r.text((60, 50), "CENTRAL OHIO BACKFLOW TESTING LLC", 30, SANS_B)
    r.text((60, 92), "4120 Refugee Rd, Columbus OH 43232  (614) 555-0177  State cert. BT-4471", 15)
    r.text((60, 140), "BACKFLOW PREVENTION ASSEMBLY TEST REPORT", 26, SANS_B)
    y = 190
    fields = [
        ("Location", "Maple Grove Elementary, 1400 Maple Grove Rd"),
        ("Owner / contractor", "Riverbend Plumbing & Heating"),
        ("Assembly type", "RPZ (reduced pressure zone)"),
        ("Size", '3"'),
        ("Manufacturer / model", "Apex Valve Co  RPZ-300"),
        ("Serial no.", "AV26-0917"),
        ("Type of test", "Initial (new installation)"),
        ("Line pressure", "68 psi"),
    ]
    for label, _value in fields:
        r.box(60, y, 420, y + 50, 1)
        r.box(420, y, 1040, y + 50, 1)
        r.text((70, y + 14), label, 18, SANS_B)
        y += 50
    rt = table(
        r,
        60,
        y + 30,
        [300, 330, 350],
        ["TEST", "RESULT", "READING"],
        [["Check valve #1", "", ""], ["Check valve #2", "", ""], ["Relief valve", "", ""]],
        face=SANS,
        row_h=56,
    )
    tester = "tester"
    for i, (_, value) in enumerate(fields):
        r.hand(432, 190 + i * 50 + 38, value, tester, 26, BLACK)
    r.hand(rt.xs[1] + 10, rt.base(0), "Closed tight", tester, 28, BLACK)
    r.hand(rt.xs[2] + 10, rt.base(0), "5.9 psid", tester, 28, BLACK)
    r.hand(rt.xs[1] + 10, rt.base(1), "LEAKED", tester, 30, BLACK)
    r.hand(rt.xs[2] + 10, rt.base(1), "0.4 psid - will not hold", tester, 28, BLACK)
    r.hand(rt.xs[1] + 10, rt.base(2), "Opened", tester, 28, BLACK)
    r.hand(rt.xs[2] + 10, rt.base(2), "discharging continuously", tester, 28, BLACK)
    y = rt.tops[-1] + rt.row_h + 50
    r.text((60, y), "RESULT:", 22, SANS_B)
    r.text((200, y), "PASS", 22, SANS)
    r.text((320, y), "FAIL", 22, SANS)
    r.ring(305, y - 12, 390, y + 36, BLACK)
    r.text((60, y + 60), "Remarks:", 18, SANS_B)
    r.hand_lines(
        170,
        y + 80,
        [
            "New assembly fails initial test. #2 check not seating -",
            "no debris found on flush. Not approved for service.",
        ],
        tester,
        26,
        BLACK,
    )
    r.label_box(60, y + 190, 640, y + 270, "TESTER (SIGN / PRINT)")
    r.label_box(660, y + 190, 1040, y + 270, "DATE")
    r.hand(80, y + 256, "D. Kessler  #OH-BT-4471", tester, 28, BLACK)
    r.hand(680, y + 256, "10/23/2026", tester, 28, BLACK)
    page2 = scan(r, angle=-0.7, levels=None)
    pdf = image_pdf("u02", [page1, page2], "2026-10-27 13:58", "Canon iR-ADV C5535")
    text = """\
Hi Corinne,

Attached is your return request form for the 3" RPZ on SO-104222, with the tester's report \
behind it. It failed the initial test at the Maple Grove school job on Friday.

I know it was a special order item, but it is defective out of the box. Please let me know how \
you want to handle it; we can have it back on your truck this week.

Thanks,

Mike O'Brien
Purchasing | Riverbend Plumbing & Heating
880 Harmon Ave, Columbus OH 43223
(614) 555-0132
"""
    return mail(
        "u02",
        client="outlook",
        sender=MIKE,
        subject="RMA request - RPZ on SO-104222 (failed test)",
        sent=sent_at("u02", "2026-10-27 10:14", EDT),
        text=text,
        with_html=True,
        files=((pdf, PDF, "RMA_SO104222.pdf"),),
    )


def u03() -> bytes:
    p, t = packing_slip(
        "u03/slip",
        so="SO-104224",
        po="77760",
        site="DC-EAST",
        ordered="10/20/2026",
        shipped="10/22/2026",
        via="NORTHGATE TRUCK",
        sold_to=KEYSTONE,
        ship_to=KEYSTONE[:1] + ["Warehouse - 1820 N American St", "Philadelphia PA 19122"],
        rows=[
            ["TST-7500-PRO", "7-DAY PROG WI-FI THERMOSTAT", "EA", "8", "8"],
            ["HVC-FLT-1625-M11", "FILTER 16X25X1 MERV 11 CS/12", "CS", "12", "12"],
        ],
    )
    for r in range(2):
        p.tick(t.xs[6] + 12, t.mid(r), 20, PENCIL)
    p.hand(440, p.top + 16, "B. Szabo", "benny", 30, PENCIL)
    p.hand(860, p.top + 16, "10/22", "benny", 30, PENCIL)
    p.ring(t.xs[0] - 4, t.tops[0] - 4, t.xs[6] - 20, t.tops[0] + t.row_h + 4, BLUE)
    p.arrow(520, t.tops[0] + 50, 470, p.top + 150, BLUE)
    p.hand(330, p.top + 200, "RETURN 2 - unopened", "carla", 38)
    p.hand(330, p.top + 250, "(Brandt job changed to the basic stats)", "carla", 30)
    p.hand(330, p.top + 300, "filters - keep", "carla", 30)
    p.hand(760, p.top + 350, "CM 10/28", "carla", 28)
    im = scan(p, angle=-0.8)
    text = """\
Hi,

Please see attached. We need to send back 2 of the thermostats on this one, they're unopened.

Please send RMA / pickup.

Thank you,

Carla Mendes
Office Administrator
Keystone Mechanical Contractors
(215) 555-0190
"""
    return mail(
        "u03",
        client="outlook",
        sender=CARLA,
        subject="Return - PO 77760",
        sent=sent_at("u03", "2026-10-28 09:05", EDT),
        text=text,
        with_html=True,
        files=((png(im), PNG, "PO 77760 packing slip.png"),),
    )


def rl_receipt(key: str, pro: str, ref: str, date: str, rows: list[list[str]]):
    return carrier_doc(
        key,
        "R+L CARRIERS",
        "DELIVERY RECEIPT - CONSIGNEE COPY",
        pro,
        [
            ("SHIPPER", "NORTHGATE PLUMBING & HVAC - DC-EAST"),
            ("CONSIGNEE", "KEYSTONE MECHANICAL CONTRACTORS"),
            ("ORIGIN", "ALLENTOWN PA 18109"),
            ("DESTINATION", "1820 N AMERICAN ST, PHILADELPHIA PA 19122"),
            ("SHIPPER REF / PO", ref),
            ("DELIVERY DATE", date),
        ],
        rows,
        tint=(250, 247, 236),
    )


def u04() -> bytes:
    p, _t, y = rl_receipt(
        "u04/receipt",
        "RL123377412",
        "PO 77790 / SO-104226",
        "10/28/2026",
        [
            ["1", "BDL", 'COPPER TUBE 1" TYPE L 20 FT - 30 PCS', "1,010"],
            ["2", "CTN", "FITTINGS, COPPER (200 PCS)", "58"],
            ["1", "CTN", "VALVES, BRASS (36 PCS)", "44"],
        ],
    )
    p.hand(90, y + 80, '3 PCS 1" COPPER BENT / KINKED', "benny", 40, MARKER)
    p.hand(90, y + 140, "DRIVER SAW IT", "benny", 36, MARKER)
    p.hand(80, y + 286, "B. SZABO", "benny", 36, MARKER)
    p.hand(580, y + 286, "10/28/26", "benny", 34, MARKER)
    p.hand(840, y + 286, "#4471 K.R.", "driver", 32, BLACK)
    img = photo(p.img, "u04", on="concrete", tilt=3.0, light=0.35)
    text = """\
Corinne - R+L dropped PO 77790 yesterday. 3 sticks of the 1" copper came off the truck bent, \
I wrote it on the driver's receipt, pic attached. rest is fine

Benny
Keystone warehouse

Sent from my iPhone
"""
    return mail(
        "u04",
        client="iphone",
        sender=BENNY,
        subject="R+L delivery PO 77790",
        sent=sent_at("u04", "2026-10-29 07:41", EDT),
        text=text,
        files=((img, JPEG, "IMG_4471.jpeg"),),
    )


def u05() -> bytes:
    p, t, y = invoice(
        "u05/invoice",
        number="INV-88098",
        date="10/26/2026",
        so="SO-104226",
        po="77790",
        ordered="10/22/2026",
        shipped="10/26/2026",
        via="R+L CARRIERS",
        sold_to=KEYSTONE[:1] + ["Accounts Payable", "1820 N American St", "Philadelphia PA 19122"],
        ship_to=KEYSTONE,
        rows=[
            ("PIP-CU-L-100-20", '1" TYPE L COPPER TUBE 20FT', 30, "STK", 76.40),
            ("FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', 200, "EA", 2.95),
            ("VLV-1005-BV", '1" BRASS BALL VALVE FP THRD', 36, "EA", 15.20),
        ],
    )
    p.stamp(600, 1040, ["RECEIVED", "OCT 29 2026", "ACCOUNTS PAYABLE"], BLUE, -4, 24)
    p.stamp(90, 1060, ["PRICE DISCREPANCY"], RED, 6, 32)
    p.ring(t.xs[5] + 4, t.tops[0] + 2, t.xs[6] - 2, t.tops[0] + t.row_h - 2, RED)
    p.tick(t.xs[7] + 8, t.mid(1), 20, RED)
    p.tick(t.xs[7] + 8, t.mid(2), 20, RED)
    p.hand(90, y + 60, "Ln 1 billed 76.40 - PO 71.80", "dana", 30, RED)
    p.hand(90, y + 106, "diff 4.60 x 30 = 138.00  CM req'd", "dana", 30, RED)
    p.hand(620, y + 154, "DR 10/29", "dana", 28, RED)
    im = scan(p, angle=0.3, levels=None, color=True)
    pdf = image_pdf("u05", [im], "2026-10-30 15:02", "RICOH MP C3004")
    text = """\
Good morning,

Please see the attached copy of invoice INV-88098, marked up by our AP department. Line 1 is \
not at our PO price. Please send us a credit memo for the difference so we can release the \
payment.

Regards,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
1820 N American St, Philadelphia PA 19122
(215) 555-0190 ext. 2
"""
    return mail(
        "u05",
        client="outlook",
        sender=DANA,
        subject="INV-88098 - pricing",
        sent=sent_at("u05", "2026-10-30 11:20", EDT),
        text=text,
        with_html=True,
        files=((pdf, PDF, "INV-88098 AP markup.pdf"),),
    )


def estes_receipt(key: str, pro: str, consignee: str, dest: str, ref: str, date: str, rows):
    return carrier_doc(
        key,
        "ESTES EXPRESS LINES",
        "DELIVERY RECEIPT",
        pro,
        [
            ("SHIPPER", "NORTHGATE PLUMBING & HVAC SUPPLY"),
            ("CONSIGNEE", consignee),
            ("ORIGIN TERMINAL", "ALLENTOWN PA / HOUSTON TX"),
            ("DELIVER TO", dest),
            ("SHIPPER NO. / PO", ref),
            ("DELIVERED", date),
        ],
        rows,
        tint=(246, 248, 250),
    )


def product_label(p: Page, x: int, y: int, lines: list[str], w: int = 560, big: int = 0) -> int:
    """A white printed label stuck on something; returns its bottom."""
    h = 40 + 38 * len(lines) + 70
    p.d.rectangle([x + 5, y + 5, x + w + 5, y + h + 5], fill=shade(p.paper, -40))
    p.d.rectangle([x, y, x + w, y + h], fill=(247, 247, 244), outline=(150, 150, 150))
    for i, s in enumerate(lines):
        size = 30 if i == big else 24
        p.text((x + 18, y + 18 + i * 38), s, size, SANS_B if i == big else SANS)
    g = seeded(p.key, "barcode", str(x), str(y))
    bx = x + 18
    while bx < x + w - 30:
        bw = g.choice((2, 2, 3, 5))
        p.d.rectangle([bx, y + h - 62, bx + bw - 1, y + h - 16], fill=BLACK)
        bx += bw + g.choice((2, 3, 4))
    return y + h


def u06() -> bytes:
    p, _t, y = estes_receipt(
        "u06/receipt",
        "ES4410377105",
        "RIVERBEND PLUMBING & HEATING",
        "880 HARMON AVE, COLUMBUS OH 43223",
        "PO 24460",
        "10/31/2026",
        [
            ["1", "SKD", "PVC FITTINGS (100 PCS)", "96"],
            ["1", "BDL", 'COPPER TUBE 1" TYPE L 20 FT - 10 PCS', "340"],
            ["1", "CTN", "VALVES, BRASS (30 PCS)", "31"],
        ],
    )
    p.hand(90, y + 86, "2 PCS COPPER - ENDS CRUSHED", "jimmy", 40, BLUE)
    p.hand(640, y + 150, "J.D.", "jimmy", 34, BLUE)
    p.hand(80, y + 286, "J DOYLE", "jimmy", 36, BLUE)
    p.hand(580, y + 286, "10/31", "jimmy", 36, BLUE)
    p.hand(840, y + 286, "M. Pruett", "driver", 32, BLACK)
    one = photo(p.img, "u06/1", on="steel", tilt=-3.0, light=0.3)
    tag = card("u06/tag", 900, 620, (238, 238, 232))
    bottom = product_label(
        tag,
        60,
        50,
        [
            "PIP-CU-L-100-20",
            '1" TYPE L COPPER TUBE 20 FT',
            "QTY 10 STK     SO-104230   PO 24460",
            "NORTHGATE DC-SOUTH  SHIP 10/29/2026",
        ],
        w=760,
        big=0,
    )
    tag.hand(120, bottom + 70, "2 bad", "jimmy", 44, MARKER)
    two = photo(tag.img, "u06/2", on="steel", tilt=6.0, fill=0.7, canvas=(1200, 900))
    text = """\
pics attached, 2 sticks of the 1in copper have the ends crushed. wrote it on the estes paper \
before i signed. rest of the skid was ok

Jimmy Doyle
Riverbend P&H
"""
    return mail(
        "u06",
        client="gmail",
        sender=JIMMY,
        subject="estes delivery PO 24460",
        sent=sent_at("u06", "2026-11-02 08:10", EST),
        text=text,
        with_html=True,
        files=(
            (one, JPEG, "IMG_20261031_141522.jpg"),
            (two, JPEG, "IMG_20261031_141607.jpg"),
        ),
    )


def odfl_bol() -> tuple[Page, Table, int]:
    """Summit's copy of the ODFL delivery receipt for PO 60377, as signed at the dock."""
    p, t, y = carrier_doc(
        "odfl-60377",
        "OLD DOMINION FREIGHT LINE",
        "STRAIGHT BILL OF LADING / DELIVERY RECEIPT",
        "OD0782290518",
        [
            ("SHIPPER", "NORTHGATE PLUMBING & HVAC - DC-SOUTH"),
            ("CONSIGNEE", "SUMMIT HVAC SERVICES"),
            ("SHIPPER ADDRESS", "2750 GULF FWY, HOUSTON TX 77023"),
            ("CONSIGNEE ADDRESS", "2200 INDUSTRIAL BLVD, TULSA OK 74107"),
            ("CUSTOMER PO / SHIPPER REF", "PO 60377 / SO-104228"),
            ("DELIVERY DATE", "11/02/2026"),
        ],
        [
            ["40", "CTN", "CEILING TILE, MINERAL FIBER 2X2", "1,120"],
            ["1", "CTN", "REGISTERS, STEEL", "42"],
        ],
        tint=(249, 249, 245),
        note="Handling units: 41 cartons on 2 pallets, shrink wrapped.",
    )
    p.hand(90, y + 84, "3 CTNS TILE WET - CRUSHED CORNERS", "tyrell", 36, BLACK)
    p.hand(90, y + 140, "SUBJ. TO INSPECTION", "tyrell", 34, BLACK)
    p.hand(80, y + 286, "T. Hayes", "tyrell", 36, BLACK)
    p.hand(580, y + 286, "11/02/26", "tyrell", 34, BLACK)
    p.hand(840, y + 286, "R. Lund 322", "driver", 30, BLACK)
    return p, t, y


def u07() -> bytes:
    p, _t, _y = odfl_bol()
    pdf = image_pdf("u07", [scan(p, angle=-0.6, levels=None)], "2026-11-04 14:21", "HP Scan")
    text = """\
Hello,

Scan of the ODFL bill of lading for PO 60377 attached. 3 cartons of the 2x2 ceiling tile came \
in wet and are ruined, the driver signed off on the note. They are falling apart so we will \
throw them out unless you need them kept for the carrier.

Also the floor registers: the carton was marked 30 but we only counted 28. That isn't on the \
BOL because we didn't open the carton until after the driver left.

Tyrell Hayes
Warehouse Lead
Summit HVAC Services
"""
    return mail(
        "u07",
        client="outlook",
        sender=TYRELL,
        subject="ODFL BOL - PO 60377",
        sent=sent_at("u07", "2026-11-04 08:30", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "ODFL BOL PO 60377.pdf"),),
    )


def u08() -> bytes:
    p, _t, _y = odfl_bol()
    p.stamp(640, 1180, ["RECEIVED", "NOV 04 2026", "A/P"], BLUE, 3, 24)
    p.hand(120, 1250, "POD for INV-88109", "linda", 32, BLUE)
    p.hand(120, 1296, "LC 11/5", "linda", 28, BLUE)
    pdf = image_pdf("u08", [scan(p, angle=0.9, levels=None)], "2026-11-05 19:33", "HP Scan")
    text = """\
Hello,

For your files: attached is the signed delivery receipt for PO 60377 / invoice INV-88109. Our \
approval workflow needs a proof of delivery on every invoice over $1,000, so we are sending \
it with the payment approval.

The carrier exception written on it was reported to your returns desk by our warehouse \
yesterday, so nothing is needed from Accounts Receivable on that.

Thank you,

Linda Chu
Accounts Payable | Summit HVAC Services
(918) 555-0172
"""
    return mail(
        "u08",
        client="outlook",
        sender=LINDA,
        to=AR,
        subject="POD - INV-88109 / PO 60377",
        sent=sent_at("u08", "2026-11-05 13:40", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "POD INV-88109.pdf"),),
    )


def u09() -> bytes:
    p, _t, y = rl_receipt(
        "u09/receipt",
        "RL123456789",
        "PO 77812 / SO-104233",
        "11/05/2026",
        [
            ["4", "CTN", 'GATE VALVES, BRONZE 2" (40 PCS)', "410"],
            ["3", "CTN", "FITTINGS, COPPER (150 PCS)", "44"],
        ],
    )
    p.hand(90, y + 86, "NO EXCEPTIONS - RECEIVED CLEAN", "benny", 40, MARKER)
    p.hand(80, y + 286, "B. SZABO", "benny", 36, MARKER)
    p.hand(580, y + 286, "11/05/26", "benny", 34, MARKER)
    p.hand(840, y + 286, "#4471 K.R.", "driver", 32, BLACK)
    img = photo(p.img, "u09", on="concrete", tilt=-2.0, light=0.22)
    text = """\
first truck for PO 77812 came in yesterday afternoon. 40 gate valves and 150 elbows all there, \
nothing damaged, signed clean. pic of the receipt for your file. PRVs and pex coils are \
coming on the other truck i think

Benny

Sent from my iPhone
"""
    return mail(
        "u09",
        client="iphone",
        sender=BENNY,
        subject="PO 77812 first truck",
        sent=sent_at("u09", "2026-11-06 07:20", EST),
        text=text,
        files=((img, JPEG, "IMG_4502.jpeg"),),
    )


def u10() -> bytes:
    memo = Page("u10/memo", paper=(253, 252, 247))
    memo.text((60, 50), "KEYSTONE MECHANICAL CONTRACTORS", 28, SANS_B)
    memo.text((60, 88), "Warehouse / Receiving  -  1820 N American St, Philadelphia PA 19122", 16)
    memo.text((60, 140), "NOTE / FAX", 40, SANS_B)
    for i, label in enumerate(("TO:", "FROM:", "DATE:", "RE:")):
        memo.text((60, 220 + i * 64), label, 22, SANS_B)
        memo.rule(150, 246 + i * 64, 1040, 246 + i * 64, 1)
    for i in range(14):
        memo.rule(60, 520 + i * 56, 1040, 520 + i * 56, 1, (175, 190, 215))
    b = "benny"
    memo.hand(160, 240, "Northgate Returns - Corinne", b, 34, BLACK)
    memo.hand(160, 304, "Benny (Keystone whse)", b, 34, BLACK)
    memo.hand(160, 368, "11/9", b, 34, BLACK)
    memo.hand(160, 432, "PO 77812 - 2nd truck (Estes) Fri 11/6", b, 34, BLACK)
    memo.hand_lines(
        80,
        512,
        [
            "1 coil 3/4 PEX crushed - box flat,",
            "tubing kinked in 2 places, can't use it.",
            "Noted on the Estes receipt (next page).",
            "PRVs - all 12 OK.",
            "",
            "Please credit or send a new coil.",
            "",
            "     - Benny",
        ],
        b,
        36,
        BLACK,
        gap=56,
    )
    p, _t, y = estes_receipt(
        "u10/receipt",
        "ES4410391264",
        "KEYSTONE MECHANICAL CONTRACTORS",
        "1820 N AMERICAN ST, PHILADELPHIA PA 19122",
        "PO 77812",
        "11/06/2026",
        [
            ["6", "CTN", 'PEX-A TUBING 3/4" 300 FT COILS', "222"],
            ["1", "CTN", "VALVES, PRESSURE REDUCING (12)", "64"],
        ],
    )
    p.hand(90, y + 86, "1 CTN CRUSHED - COIL KINKED", "benny", 40, MARKER)
    p.hand(80, y + 286, "B. SZABO", "benny", 36, MARKER)
    p.hand(580, y + 286, "11/6/26", "benny", 34, MARKER)
    p.hand(840, y + 286, "T. Vance", "driver", 32, BLACK)
    pages = [
        scan(memo, angle=0.4, levels=None),
        scan(p, angle=-1.1, contrast=0.7, lift=30, levels=None),
    ]
    pdf = image_pdf("u10", pages, "2026-11-09 14:02", "Xerox WorkCentre 7845")
    text = """\
Please open the attached document. It was scanned and sent to you using a Xerox WorkCentre.

Sent by: Guest [scanner@keystonemech.com]
Number of Images: 2
Attachment File Type: PDF

Device Name: KMC-OFFICE-XRX
Device Location: Front office
"""
    return mail(
        "u10",
        client="xerox",
        sender=KSCAN,
        subject="Scan from KMC-OFFICE-XRX",
        sent=sent_at("u10", "2026-11-09 09:02", EST),
        text=text,
        files=((pdf, PDF, "Scan_20261109_090212.pdf"),),
    )


def u11() -> bytes:
    p, t = delivery_ticket(
        "u11/ticket",
        number="DT-558140",
        so="SO-104238",
        po="60418",
        site="DC-EAST",
        date="11/05/2026",
        truck="E-14 / R. GOMEZ",
        sold_to=SUMMIT,
        ship_to=SUMMIT[:1] + ["Warehouse - Dock 2", "2200 Industrial Blvd", "Tulsa OK 74107"],
        rows=[
            ["TST-7500-PRO", "7-DAY PROG WI-FI THERMOSTAT", "EA", "12"],
            ["TST-2100-NP", "NON-PROG DIGITAL THERMOSTAT 24V", "EA", "20"],
            ["HVC-FLT-1625-M11", "FILTER 16X25X1 MERV 11 CS/12", "CS", "10"],
        ],
    )
    ty = "tyrell"
    rx = t.xs[5] + 14
    p.hand(rx, t.base(0), "12 *", ty, 32, BLACK)
    p.hand(rx, t.base(1), "20", ty, 32, BLACK)
    p.tick(rx + 50, t.mid(1), 22, BLACK)
    p.hand(rx, t.base(2), "11 **", ty, 32, BLACK)
    y = p.top + 160
    p.hand(90, y, "* 1 box crushed - display cracked", ty, 32, BLACK)
    p.hand(90, y + 48, "** 11 cs on pallet, ticket says 10", ty, 32, BLACK)
    p.hand(80, p.top + 76, "T. Hayes", ty, 34, BLACK)
    p.hand(680, p.top + 76, "11/5  10:40a", ty, 32, BLACK)
    im = scan(p, angle=0.7, contrast=0.85, lift=10)
    text = """\
Corinne,

Attached is the scanned delivery ticket from your truck on Thursday (SO-104238 / our PO 60418). \
Tyrell marked it up at the dock:

- one of the Wi-Fi thermostats came in a crushed box and the display is cracked
- we got 11 cases of the MERV 11 filters, the ticket says 10. The extra case is set aside, your \
driver can pick it up next time he is here.

The non-programmable stats were all there and fine.

Please credit the thermostat and let me know about the filters.

Raj Patel
Purchasing | Summit HVAC Services
(918) 555-0176
"""
    return mail(
        "u11",
        client="outlook",
        sender=RAJ,
        subject="SO-104238 delivery ticket",
        sent=sent_at("u11", "2026-11-09 10:45", CST),
        text=text,
        with_html=True,
        files=((png(im), PNG, "SO-104238 delivery ticket.png"),),
    )


def u12() -> bytes:
    p, t = packing_slip(
        "u12/slip",
        so="SO-104235",
        po="77830",
        site="DC-SOUTH",
        ordered="10/30/2026",
        shipped="11/04/2026",
        via="ODFL",
        sold_to=KEYSTONE,
        ship_to=KEYSTONE[:1] + ["Warehouse - 1820 N American St", "Philadelphia PA 19122"],
        rows=[
            ["VLV-3100-CK", '3" CI SWING CHECK VALVE FLG', "EA", "6", "6"],
            ["FTG-BI-U-150", '1-1/2" BLK MALL IRON UNION', "EA", "40", "40"],
            ["HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SAFETY SW", "EA", "8", "8"],
            ["PMP-CIRC-015", "1/25 HP CIRCULATOR CI 115V", "EA", "4", "4"],
        ],
    )
    b = "benny"
    sx = t.xs[5]
    p.hand(t.xs[7] + 4, t.base(0), "7!", b, 34, MARKER)
    p.strike(sx + 40, t.mid(1) + 6, sx + 86, t.mid(1) - 6, MARKER)
    p.hand(t.xs[7] + 4, t.base(1), "38", b, 34, MARKER)
    p.ring(t.xs[2] + 4, t.tops[1] + 2, t.xs[4] - 4, t.tops[1] + t.row_h - 2, MARKER)
    p.tick(t.xs[7] + 6, t.mid(2), 22, MARKER)
    p.tick(t.xs[7] + 6, t.mid(3), 22, MARKER)
    y = p.top + 190
    p.hand(120, y, "SHORT 2 UNIONS", b, 44, MARKER)
    p.arrow(300, y - 44, 380, t.tops[1] + t.row_h + 4, MARKER)
    p.hand(120, y + 64, "+1 CHECK VALVE - 7 IN CRATE", b, 40, MARKER)
    p.hand(120, y + 124, "counted 11/9  BS", b, 34, MARKER)
    img = photo(p.img, "u12", on="laminate", tilt=2.5, light=0.3)
    text = """\
pic of the packing slip for PO 77830 (ODFL friday). marked it up, short 2 unions and theres \
an extra check valve, 7 in the crate not 6. let me know if you want the valve back or send a \
pickup

Benny

Sent from my iPhone
"""
    return mail(
        "u12",
        client="iphone",
        sender=BENNY,
        subject="PO 77830 count",
        sent=sent_at("u12", "2026-11-10 07:35", EST),
        text=text,
        files=((img, JPEG, "IMG_4519.jpeg"),),
    )


def count_sheet(key: str, org: str, sub: str, fields: list[str], head, widths, rows=8) -> tuple:
    """A customer's own receiving count sheet, printed blank."""
    p = Page(key, 1100, 1424, paper=(252, 252, 250))
    p.text((60, 76), org, 28, SANS_B)
    p.text((60, 114), sub, 22)
    pos = {}
    y = 170
    for i, label in enumerate(fields):
        x = 60 + (i % 2) * 500
        if i % 2 == 0 and i:
            y += 60
        p.text((x, y), label, 18, SANS_B)
        lw = int(font(SANS_B, 18).getlength(label))
        p.rule(x + lw + 10, y + 26, x + 470, y + 26, 1)
        pos[label] = (x + lw + 20, y + 22)
    t = table(p, 60, y + 70, widths, head, [], face=SANS, size=18, row_h=64, blank_rows=rows)
    return p, pos, t


def u13() -> bytes:
    p, pos, t = count_sheet(
        "u13/sheet",
        "HARBOR POINT PROPERTY MANAGEMENT",
        "Maintenance Shop - Receiving Count Sheet",
        ["Property:", "Date:", "Vendor:", "PO #:", "Delivered by:", "Checked by:"],
        ["ITEM / DESCRIPTION", "ON SLIP", "COUNTED", "NOTES"],
        [400, 130, 140, 310],
    )
    lu = "luis"
    p.hand(*pos["Property:"], "Lakeview Terrace", lu, 30)
    p.hand(*pos["Date:"], "11/9", lu, 30)
    p.hand(*pos["Vendor:"], "Northgate", lu, 30)
    p.hand(*pos["PO #:"], "70231", lu, 32)
    p.hand(*pos["Delivered by:"], "their truck", lu, 30)
    p.hand(*pos["Checked by:"], "L.O. / Marco", lu, 30)
    rows = [
        ("10x6 floor reg. white", "60", "54", "SHORT 6"),
        ("Filter 16x25x1 MERV 11", "24 cs", "24", "ok"),
        ("T-stat 24V non-prog", "10", "10", "1 box smashed,"),
        ("", "", "", "cover cracked"),
    ]
    for r, (item, slip, counted, note) in enumerate(rows):
        y = t.base(r)
        p.hand(t.xs[0] + 10, y, item, lu, 30)
        p.hand(t.xs[1] + 16, y, slip, lu, 30)
        p.hand(t.xs[2] + 20, y, counted, lu, 30)
        p.hand(t.xs[3] + 10, y, note, lu, 28)
    p.ring(t.xs[3] + 2, t.tops[0] + 4, t.xs[3] + 160, t.tops[0] + t.row_h - 4, RED)
    board = clipboard(p.img, "u13")
    img = photo(board, "u13", on="bench", tilt=-2.5, light=0.34, fill=0.9)
    text = """\
Hi,

Our count from yesterday's delivery to the Lakeview Terrace shop is on the attached (photo of \
the clipboard). Registers came up 6 short, 54 not 60. One of the thermostats was in a smashed \
box and the faceplate is cracked, so 1 damaged. Filters all there.

Thanks
Luis Ortega
Maintenance Director
Harbor Point Property Management
"""
    return mail(
        "u13",
        client="outlook-ios",
        sender=LUIS,
        subject="Delivery yesterday PO 70231 - count sheet",
        sent=sent_at("u13", "2026-11-10 09:15", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "image000000.jpg"),),
    )


def u14() -> bytes:
    p, t = delivery_ticket(
        "u14/ticket",
        number="WC-20931",
        so="SO-104240",
        po="40988",
        site="DC-SOUTH",
        date="11/06/2026",
        truck="COUNTER / J. REYES",
        sold_to=DELGADO,
        ship_to=["DELGADO & SONS PLUMBING", "WILL CALL - PICKED UP AT COUNTER"],
        rows=[
            ["PIP-BI-200-CTL", '2" BLACK STL SCH40 CUT (6 @ 20 FT)', "FT", "120"],
            ["FTG-BI-U-150", '1-1/2" BLK MALL IRON UNION', "EA", "12"],
            ["VLV-1005-BV", '1" BRASS BALL VALVE FP THRD', "EA", "10"],
        ],
        title="WILL CALL TICKET",
        via="CUSTOMER PICKUP",
    )
    m = "manny"
    for r in range(3):
        p.tick(t.xs[5] + 20, t.mid(r), 22, BLUE)
    y = p.top + 160
    p.hand(90, y, "1 pc 20' bent in the middle -", m, 34)
    p.hand(90, y + 50, "your forklift caught it loading", m, 34)
    p.arrow(420, y - 36, 300, t.tops[0] + t.row_h - 4, BLUE)
    p.hand(80, p.top + 76, "Manny Ochoa", m, 34)
    p.hand(680, p.top + 76, "11/6  2:15", m, 32)
    img = photo(p.img, "u14", on="desk", tilt=-1.5, light=0.26)
    text = """\
Hi Corinne
picked up PO 40988 at will call friday. when your yard guy loaded us with the forklift he \
caught the 2" black and one 20' piece is bent in the middle, we can't thread it. I wrote it on \
the pickup ticket, pic attached. can you credit that piece

thanks
Manny Ochoa
Delgado & Sons
"""
    return mail(
        "u14",
        client="gmail",
        sender=MANNY,
        subject="bent pipe will call PO 40988",
        sent=sent_at("u14", "2026-11-10 15:20", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "IMG_20261106_141902.jpg"),),
    )


def u15() -> bytes:
    p, t, y = invoice(
        "u15/invoice",
        number="INV-88133",
        date="11/04/2026",
        so="SO-104235",
        po="77830",
        ordered="10/30/2026",
        shipped="11/04/2026",
        via="ODFL",
        sold_to=KEYSTONE[:1] + ["Accounts Payable", "1820 N American St", "Philadelphia PA 19122"],
        ship_to=KEYSTONE,
        rows=[
            ("VLV-3100-CK", '3" CI SWING CHECK VALVE FLG', 6, "EA", 189.00),
            ("FTG-BI-U-150", '1-1/2" BLK MALL IRON UNION', 40, "EA", 10.80),
            ("HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SFTY", 8, "EA", 64.90),
            ("PMP-CIRC-015", "1/25 HP CIRCULATOR CI 115V", 4, "EA", 139.00),
        ],
    )
    p.stamp(640, 1060, ["RECEIVED", "NOV 10 2026", "ACCOUNTS PAYABLE"], BLUE, 3, 24)
    p.ring(t.xs[5] + 4, t.tops[2] + 2, t.xs[6] - 2, t.tops[2] + t.row_h - 2, RED)
    for r in (0, 1, 3):
        p.tick(t.xs[7] + 8, t.mid(r), 20, RED)
    p.hand(90, y + 60, "Ln 3 - PO price 61.50 !", "dana", 32, RED)
    p.hand(90, y + 108, "64.90 - 61.50 = 3.40 x 8 = 27.20", "dana", 32, RED)
    p.hand(90, y + 156, "need CM", "dana", 32, RED)
    p.hand(380, y + 200, "DR 11/10", "dana", 28, RED)
    im = scan(p, angle=-0.4, levels=None, color=True)
    pdf = image_pdf("u15", [im], "2026-11-11 14:47", "RICOH MP C3004")
    text = """\
Hello,

Attached is invoice INV-88133 (our PO 77830) with our AP notes. The condensate pumps were \
invoiced higher than our PO price, see the markup. Please issue a credit memo for the \
difference on the 8 pumps.

Regards,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
(215) 555-0190 ext. 2
"""
    return mail(
        "u15",
        client="outlook",
        sender=DANA,
        subject="INV-88133 / PO 77830 - condensate pump price",
        sent=sent_at("u15", "2026-11-11 10:05", EST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "INV-88133.pdf"),),
    )


def u16() -> bytes:
    p, _t, y = estes_receipt(
        "u16/receipt",
        "ES4410402981",
        "HARBOR POINT PM - BAYVIEW APTS",
        "14 HARBOR VIEW RD, MILWAUKEE WI 53207",
        "PO 70288",
        "11/11/2026",
        [
            ["3", "CRT", "WATER HEATERS, 50 GAL GAS", "465"],
            ["1", "CTN", "EXPANSION TANKS (3)", "24"],
        ],
    )
    w = "will"
    p.hand(90, y + 86, "1 CRATE BROKEN - HEATER JACKET", w, 38, BLUE)
    p.hand(90, y + 140, "DENTED ON ONE SIDE", w, 38, BLUE)
    p.hand(80, y + 286, "W. Okafor", w, 36, BLUE)
    p.hand(580, y + 286, "11-11-26", w, 34, BLUE)
    p.hand(840, y + 286, "D. Hale", "driver", 32, BLACK)
    img = photo(p.img, "u16", on="concrete", tilt=2.5, light=0.38)
    text = """\
Corinne, Estes brought the water heaters for Bayview Apts yesterday. One of the 50 gal gas \
heaters had the crate broken and the jacket is caved in on one side. I noted it on the Estes \
receipt (pic). We kept it, it's in the boiler room, not installed. The other 2 heaters look \
fine, haven't opened the tank carton yet. PO 70288.

Please advise.

Will Okafor
Building Superintendent
Harbor Point PM

Sent from my iPhone
"""
    return mail(
        "u16",
        client="iphone",
        sender=WILL,
        subject="Estes delivery - water heater damaged",
        sent=sent_at("u16", "2026-11-12 08:05", CST),
        text=text,
        files=((img, JPEG, "IMG_0873.jpeg"),),
    )


def u17() -> bytes:
    c = card("u17/jacket", 1200, 900, (214, 214, 208))
    c.d.rounded_rectangle(
        [120, 110, 1080, 700], 16, fill=(196, 198, 200), outline=(120, 122, 126), width=4
    )
    for x, y in ((150, 140), (1050, 140), (150, 670), (1050, 670)):
        c.d.ellipse([x - 12, y - 12, x + 12, y + 12], fill=(150, 150, 154))
    lines = [
        ("BRADFORD THERMAL PRODUCTS", 38, SANS_B),
        ("GAS WATER HEATER - NATURAL GAS", 28, SANS_B),
        ("MODEL NO.   BT-50NG-40A", 30, MONO_B),
        ("SERIAL NO.  2509A114733", 30, MONO_B),
        ("CAPACITY 50 U.S. GAL     INPUT 40,000 BTU/HR", 24, SANS),
        ("RECOVERY 41 GPH AT 90 F RISE", 24, SANS),
        ("MAX. WORKING PRESSURE 150 PSI", 24, SANS),
        ("VENT: ATMOSPHERIC - CATEGORY I", 24, SANS),
        ("MFD 09/2025                 MADE IN U.S.A.", 24, SANS),
    ]
    y = 150
    for s, size, face in lines:
        c.text((180, y), s, size, face, fill=(30, 30, 34))
        y += int(size * 1.75)
    tp = Page("u17/tape", 620, 96, paper=(232, 220, 178))
    tp.hand(26, 66, "LEAKS @ TANK - ALVAREZ", "rosa", 40, MARKER)
    tape_img = tp.img.rotate(-4, expand=True, fillcolor=(0, 0, 0))
    tape = Image.new("L", (620, 96), 255).rotate(-4, expand=True)
    c.img.paste(tape_img, (420, 730), tape)
    img = photo(c.img, "u17", on="bench", tilt=1.5, fill=0.92, canvas=(1280, 960), light=0.36)
    text = """\
Hi Corinne,

One of the two 50 gal gas water heaters we bought from you last year (SO-104202, our PO 40611, \
delivered October 2025) is leaking from the tank. It was installed at the Alvarez residence in \
November 2025. The tank itself is weeping at the bottom seam, not the fittings, our tech \
checked it twice.

Photo of the rating plate attached with the model and serial number. Please process it under \
the manufacturer's warranty; we will bring the old unit back when we pick up the replacement.

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
(713) 555-0188
"""
    return mail(
        "u17",
        client="outlook",
        sender=ROSA,
        subject="Warranty - 50 gal gas heater from SO-104202",
        sent=sent_at("u17", "2026-11-12 14:30", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "rating plate.jpg"),),
    )


def red_tag(key: str, lines: list[str], who: str) -> Image.Image:
    """A red DEFECTIVE tag, written on, with its hole and string knot."""
    tg = Page(key, 460, 820, paper=(196, 38, 40))
    tg.d.ellipse([200, 40, 260, 100], fill=(0, 0, 0))
    tg.d.ellipse([192, 32, 268, 108], outline=(235, 235, 235), width=6)
    tg.text((230, 130), "DEFECTIVE", 54, SANS_B, fill=(250, 250, 250), anchor="ma")
    tg.text((230, 196), "DO NOT USE", 30, SANS_B, fill=(250, 250, 250), anchor="ma")
    tg.d.rectangle([24, 250, 436, 790], fill=(246, 240, 232))
    for i in range(8):
        tg.rule(40, 320 + i * 62, 420, 320 + i * 62, 1, (200, 150, 150))
    for i, s in enumerate(lines):
        tg.hand(44, 312 + i * 62, s, who, 34, MARKER)
    mask = Image.new("L", (460, 820), 255)
    ImageDraw.Draw(mask).ellipse([200, 40, 260, 100], fill=0)
    out = Image.new("RGBA", (460, 820))
    out.paste(tg.img, (0, 0), mask)
    return out


def u18() -> bytes:
    box = card("u18/box", 1200, 1000, (190, 152, 104), texture="cardboard")
    product_label(
        box,
        70,
        80,
        [
            "BRADFORD THERMAL PRODUCTS",
            "CIRCULATOR PUMP 1/25 HP  115V",
            "CAST IRON VOLUTE",
            "NORTHGATE ITEM PMP-CIRC-015",
        ],
        w=640,
    )
    tag = red_tag(
        "u18/tag", ["1/25 HP circ", "PO 77830", "DOA - no power,", "no hum", "11/12  TM"], "tom"
    )
    tag = tag.rotate(-12, expand=True, resample=Image.BICUBIC)
    box.img.paste(tag, (720, 80), tag)
    box.pen([(930, 120), (900, 40), (860, 0)], (230, 230, 222), 5)
    img = photo(box.img, "u18", on="bench", tilt=-4, fill=0.92, canvas=(1280, 1080), light=0.3)
    text = """\
Corinne one of the 1/25 circs from PO 77830 is dead out of the box, no hum no nothing. \
tagged it, pic attached. need a replacement or credit

Tom

Sent from my iPhone
"""
    return mail(
        "u18",
        client="iphone",
        sender=TOM,
        subject="circ DOA",
        sent=sent_at("u18", "2026-11-13 08:15", EST),
        text=text,
        files=((img, JPEG, "IMG_3362.jpeg"),),
    )


def u19() -> bytes:
    box = card("u19/box", 1200, 1000, (182, 146, 98), texture="cardboard")
    box.d.polygon([(0, 640), (1200, 560), (1200, 700), (0, 760)], fill=(150, 118, 78))
    ups = Page("u19/ups", 600, 560, paper=(250, 250, 248))
    ups.text((20, 14), "UPS GROUND", 44, SANS_B)
    ups.rule(0, 72, 600, 72, 3)
    ups.rows(
        20,
        86,
        [
            "SHIP TO:",
            "RIVERBEND PLUMBING & HEATING",
            "880 HARMON AVE",
            "COLUMBUS OH 43223",
            "",
            "TRACKING #: 1Z 4F8 309 03 4221 7816",
            "REF 1: PO 24519",
            "REF 2: SO-104236          PKG 2 OF 3",
        ],
        20,
        SANS,
        gap=30,
    )
    box.img.paste(ups.img.rotate(2, expand=True, fillcolor=(182, 146, 98)), (80, 60))
    product_label(box, 700, 90, ['3/4" PEX-A TUBING', "300 FT COIL", "PIP-PEX-075-300"], w=420)
    box.hand(720, 470, "CRUSHED", "jimmy", 64, MARKER)
    box.hand(720, 540, "tubing kinked", "jimmy", 40, MARKER)
    one = photo(box.img, "u19/1", on="concrete", tilt=5, fill=0.95, canvas=(1280, 1080))
    bag = card("u19/bag", 1000, 800, (226, 228, 232))
    for i in range(7):
        y = 60 + i * 110
        bag.pen([(0, y), (1000, y + 30)], (240, 242, 246), 10, wobble=6)
    product_label(
        bag,
        120,
        90,
        ["FTG-PEX-CPL-050", '1/2" PEX BRASS CRIMP COUPLING', "BAG OF 25   NORTHGATE"],
        w=620,
        big=0,
    )
    bag.hand(180, 520, "these are 3/4 !!", "jimmy", 56, MARKER)
    two = photo(bag.img, "u19/2", on="bench", tilt=-7, fill=0.9, canvas=(1200, 960))
    text = """\
Corinne sorry for the delay, been on the oakridge job all week.

pics attached
- 1 of the 3/4 pex coils from PO 24519 came crushed, the box is flat and the tubing is kinked \
in 3 spots. didnt see it til we opened it
- 2 of the bags of 1/2 pex crimp couplings are actually 3/4 couplings, label says 1/2 but they \
are 3/4 (see pic). need 2 bags of the 1/2

Jimmy
"""
    return mail(
        "u19",
        client="gmail",
        sender=JIMMY,
        subject="PO 24519 pex coil + couplings",
        sent=sent_at("u19", "2026-11-13 16:05", EST),
        text=text,
        with_html=True,
        files=(
            (one, JPEG, "IMG_20261113_152044.jpg"),
            (two, JPEG, "IMG_20261113_152130.jpg"),
        ),
    )


def u20() -> bytes:
    p, pos, t = count_sheet(
        "u20/sheet",
        "RIVERBEND PLUMBING & HEATING",
        "Warehouse - Receiving Count",
        ["Vendor:", "PO:", "Carrier / PRO:", "Date:"],
        ["ITEM", "PO QTY", "RCVD", "OK?", "NOTES"],
        [340, 110, 110, 70, 350],
    )
    a = "anh"
    p.hand(*pos["Vendor:"], "Northgate", a, 30)
    p.hand(*pos["PO:"], "24530", a, 32)
    p.hand(*pos["Carrier / PRO:"], "R+L  RL123512650", a, 28)
    p.hand(*pos["Date:"], "11/12", a, 30)
    rows = [
        ('1" ball valve FP thrd', "48", "48", "", ""),
        ('1" CU 90 CxC (bag/25)', "250", "225", "X", "9 bags - SHORT 1 bag"),
        ("", "", "", "", "(25 pcs)"),
        ("3/4 PRV 25-75", "4", "4", "X", '1 box has a 1/2" PRV'),
        ("", "", "", "", "in it - WRONG SIZE"),
    ]
    for r, (item, po, rcvd, ok, note) in enumerate(rows):
        y = t.base(r)
        p.hand(t.xs[0] + 10, y, item, a, 28)
        p.hand(t.xs[1] + 16, y, po, a, 30)
        p.hand(t.xs[2] + 16, y, rcvd, a, 30)
        p.hand(t.xs[3] + 20, y, ok, a, 30)
        p.hand(t.xs[4] + 8, y, note, a, 26)
    p.tick(t.xs[3] + 18, t.mid(0), 24)
    p.hand(80, t.tops[-1] + t.row_h + 80, "counted by A. Tran", a, 30)
    board = clipboard(p.img, "u20")
    img = photo(board, "u20", on="desk", tilt=3.5, light=0.3, fill=0.9)
    text = """\
Hi Corinne,

See attached count sheet for PO 24530 (R+L, delivered Thu 11/12).

Thanks,
Anh Tran
Receiving / Warehouse
Riverbend Plumbing & Heating
"""
    return mail(
        "u20",
        client="outlook",
        sender=ANH,
        subject="Receiving count PO 24530",
        sent=sent_at("u20", "2026-11-16 08:50", EST),
        text=text,
        with_html=True,
        files=((img, JPEG, "PO24530 count.jpg"),),
    )


def u21() -> bytes:
    p, t = packing_slip(
        "u21/slip",
        so="SO-104244",
        po="60455",
        site="DC-WEST",
        ordered="11/09/2026",
        shipped="11/10/2026",
        via="UPS GROUND",
        sold_to=SUMMIT,
        ship_to=SUMMIT[:1] + ["Warehouse - Dock 2", "2200 Industrial Blvd", "Tulsa OK 74107"],
        rows=[
            ["HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SAFETY SW", "EA", "10", "10"],
            ["TST-2100-NP", "NON-PROG DIGITAL THERMOSTAT 24V", "EA", "12", "12"],
            ["HVC-FLT-1625-M11", "FILTER 16X25X1 MERV 11 CS/12", "CS", "20", "20"],
        ],
    )
    ty = "tyrell"
    sx = t.xs[5]
    p.strike(sx + 40, t.mid(1) + 6, sx + 86, t.mid(1) - 6, BLACK)
    p.hand(t.xs[7] + 2, t.base(1), "11", ty, 32, BLACK)
    p.ring(sx + 2, t.tops[1] - 2, t.xs[7] + 50, t.tops[1] + t.row_h + 2, BLACK)
    p.tick(t.xs[7] + 6, t.mid(2), 22, BLACK)
    y = p.top + 180
    p.hand(110, y, "#2 - short 1 stat (11 in box)", ty, 34, BLACK)
    p.hand(110, y + 54, "#1 - 2 pumps DOA, no power to motor -", ty, 34, BLACK)
    p.hand(150, y + 104, "tagged, on the shelf by the dock", ty, 34, BLACK)
    p.hand(110, y + 158, "#3 ok", ty, 34, BLACK)
    p.hand(640, y + 220, "TH 11/13", ty, 30, BLACK)
    pdf = image_pdf("u21", [scan(p, angle=1.1, levels=None)], "2026-11-16 17:02", "HP Scan")
    text = """\
Hello,

Marked-up packing slip for PO 60455 attached (UPS, delivered 11/12).

1) Thermostats: slip says 12, we have 11.
2) Two of the condensate pumps do not run. Bench tested both with the float lifted, no power \
to the motor. Tagged and set aside.

Filters are fine.

Tyrell Hayes
Warehouse Lead
Summit HVAC Services
"""
    return mail(
        "u21",
        client="outlook",
        sender=TYRELL,
        subject="PO 60455 packing slip",
        sent=sent_at("u21", "2026-11-16 11:10", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "PO 60455 slip.pdf"),),
    )


def ticket_104246() -> tuple[Page, Table]:
    """Harbor Point's copy of the delivery ticket of SO-104246, as Luis marked it."""
    p, t = delivery_ticket(
        "ticket-104246",
        number="DT-559021",
        so="SO-104246",
        po="70296",
        site="DC-EAST",
        date="11/16/2026",
        truck="E-09 / K. BRYANT",
        sold_to=HARBOR,
        ship_to=[
            "HARBOR POINT PM - LAKEVIEW TERRACE",
            "3300 N Lake Dr",
            "Milwaukee WI 53211",
            "Maintenance shop",
        ],
        rows=[
            ["HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER WHITE", "EA", "40"],
            ["VLV-0075-BV", '3/4" BRASS BALL VALVE FP SWEAT', "EA", "12"],
        ],
    )
    lu = "luis"
    p.hand(t.xs[5] + 10, t.base(0), "44 (+4)", lu, 30)
    p.hand(t.xs[5] + 10, t.base(1), "12", lu, 30)
    y = p.top + 160
    p.hand(90, y, "44 registers on pallet, ticket says 40", lu, 32)
    p.hand(90, y + 50, "ball valves - only need 6, return 6", lu, 32)
    p.hand(80, p.top + 76, "L. Ortega", lu, 34)
    p.hand(680, p.top + 76, "11/16  9:50", lu, 32)
    return p, t


def u22() -> bytes:
    p, _t = ticket_104246()
    img = photo(p.img, "u22", on="desk", tilt=-2.0, light=0.3)
    text = """\
Hi Corinne,

Photo of yesterday's delivery ticket attached. We counted 44 registers on the pallet, ticket \
says 40, so 4 extra. We'll hold them for your driver.

Also we only need 6 of the 12 ball valves after all (the Unit 4 remodel got cut back). Can the \
other 6 go back on the same pickup? They're still in the box.

Thanks,
Luis
"""
    return mail(
        "u22",
        client="outlook-ios",
        sender=LUIS,
        subject="PO 70296 delivery ticket",
        sent=sent_at("u22", "2026-11-17 08:40", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "image000000.jpg"),),
    )


def u23() -> bytes:
    p, pos, t = rma_form("u23/form")
    c = "carla"
    p.hand(*pos["Customer name"], "Keystone Mechanical Contractors", c, 32)
    p.hand(*pos["Contact"], "Carla Mendes", c, 32)
    p.hand(*pos["Phone"], "215-555-0190", c, 32)
    p.hand(*pos["Your PO no."], "77731", c, 34)
    p.hand(*pos["Date received"], "10/16/26", c, 32)
    p.hand(*pos["Job / location"], "Penn Ave", c, 32)
    p.hand(t.xs[0] + 8, t.base(0), "VLV-1005-BV", c, 30)
    p.hand(t.xs[1] + 8, t.base(0), '1" brass ball valve FP', c, 30)
    p.hand(t.xs[2] + 14, t.base(0), "10", c, 32)
    p.hand(t.xs[3] + 8, t.base(0), "not needed - job done", c, 30)
    p.hand(t.xs[1] + 8, t.base(1), '1/2" PEX crimp coupling', c, 30)
    p.hand(t.xs[2] + 18, t.base(1), "8", c, 32)
    p.hand(t.xs[3] + 8, t.base(1), "not needed - 8 bags", c, 30)
    bx, by = pos["Not needed / overstock"]
    p.pen([(bx + 2, by + 2), (bx + 16, by + 16)], BLUE)
    p.pen([(bx + 16, by + 2), (bx + 2, by + 16)], BLUE)
    x, y = pos["problem"]
    p.hand_lines(
        x,
        y,
        ["Leftover material from the Penn Ave job.", "All unopened, in the original boxes / bags."],
        c,
        30,
    )
    p.hand(*pos["signature"], "Carla Mendes", c, 36)
    p.hand(*pos["date"], "11/18/26", c, 32)
    pdf = image_pdf(
        "u23", [scan(p, angle=-0.3, levels=None)], "2026-11-18 18:20", "Xerox WorkCentre 7845"
    )
    text = """\
Hi Corinne,

Attached is the return request form for PO 77731, leftover material from the Penn Ave job. \
Everything is unopened.

Thank you,

Carla Mendes
Office Administrator
Keystone Mechanical Contractors
(215) 555-0190
"""
    return mail(
        "u23",
        client="outlook",
        sender=CARLA,
        subject="Return request - PO 77731",
        sent=sent_at("u23", "2026-11-18 13:25", EST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "Return request PO 77731.pdf"),),
    )


def u24() -> bytes:
    p, t = packing_slip(
        "u24/list",
        so="SO-104246",
        po="70296",
        site="DC-EAST",
        ordered="11/12/2026",
        shipped="11/16/2026",
        via="NORTHGATE TRUCK",
        sold_to=HARBOR,
        ship_to=["HARBOR POINT PM - LAKEVIEW TERRACE", "3300 N Lake Dr", "Milwaukee WI 53211"],
        rows=[
            ["HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER WHITE", "EA", "40", "40"],
            ["VLV-0075-BV", '3/4" BRASS BALL VALVE FP SWEAT', "EA", "12", "12"],
        ],
        title="PACKING LIST",
    )
    d = "dale"
    p.ring(t.xs[1] - 6, t.tops[0] - 4, t.xs[4], t.tops[0] + t.row_h + 4, BLACK)
    y = p.top + 180
    p.hand(110, y, "3 w/ bent frames - won't sit flat", d, 36, BLACK)
    p.hand(110, y + 56, "(units 2B, 2C, 3A)", d, 32, BLACK)
    p.hand(600, y + 116, "D.P. 11/18", d, 30, BLACK)
    img = photo(p.img, "u24", on="concrete", tilt=-3.0, light=0.4, skew=0.04)
    text = """\
Hello,

We are doing the register install for Harbor Point at their Lakeview Terrace building. The \
packing list for your SO-104246 was taped to the pallet, photo attached. 3 of the 10x6 floor \
registers have bent frames and won't sit flat in the floor cutout, see my note on it.

Can you credit or replace those 3? Bill it to us or to them, whatever is easier, we just need \
3 good ones to finish the job this week.

Dale Pruitt
Field Supervisor
Summit HVAC Services
(918) 555-0180
"""
    return mail(
        "u24",
        client="outlook",
        sender=DALE,
        subject="Harbor Point Lakeview - 3 bent registers (SO-104246)",
        sent=sent_at("u24", "2026-11-18 15:05", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "20261118_142233.jpg"),),
    )


def faxlink_mail(key: str, number: str, csid: str, sent: dt.datetime, pages: int, pdf: bytes):
    local = sent.strftime("%m/%d/%Y %I:%M %p")
    pretty = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    text = f"""\
You have received a fax.

From:      {pretty}
CSID:      {csid}
Received:  {local} (local time of the receiving number)
Pages:     {pages}

The fax is attached as a PDF document.

--
FaxLink - fax to email for your business.
This message was sent to returns@distributor.example because that address receives the faxes \
of number 1-800-555-0148.
"""
    stamp = sent.strftime("%Y%m%d_%H%M")
    return mail(
        key,
        client="faxlink",
        sender=FAXLINK,
        subject=f"Fax from {number} ({pages} page{'s' if pages > 1 else ''})",
        sent=sent,
        text=text,
        files=((pdf, PDF, f"fax_{number}_{stamp}.pdf"),),
        extra=(("X-Fax-Pages", str(pages)), ("X-Fax-CSID", csid)),
    )


def u25() -> bytes:
    c = Page("u25/cover")
    c.text((60, 60), "DELGADO & SONS PLUMBING", 40, SERIF_B)
    c.text((60, 112), "6120 Telephone Rd  -  Houston TX 77087", 22, SERIF)
    c.text((60, 142), "Phone (713) 555-0188   Fax (713) 555-0189", 22, SERIF)
    c.text((60, 230), "FAX", 90, SERIF_B)
    labels = ["TO:", "FAX:", "FROM:", "DATE:", "PAGES:", "RE:"]
    for i, label in enumerate(labels):
        c.text((60, 380 + i * 70), label, 26, SERIF_B)
        c.rule(200, 412 + i * 70, 1040, 412 + i * 70, 1)
    lp = "lupe"
    values = [
        "Northgate - Returns (Corinne)",
        "1-800-555-0148",
        "Lupe Garza, office",
        "11/19/26",
        "2 (incl. cover)",
        "Return - copper elbows SO-104231",
    ]
    for i, v in enumerate(values):
        c.hand(210, 404 + i * 70, v, lp, 34, BLACK)
    c.text((60, 840), "MESSAGE:", 26, SERIF_B)
    c.hand_lines(
        80,
        910,
        [
            'Corinne - form attached for the 1" copper 90s',
            "we did not use on the Magnolia St job.",
            "Please call or email Rosa with the RMA #.",
            "Thank you!  - Lupe",
        ],
        lp,
        38,
        BLACK,
        gap=62,
    )
    f, pos, t = rma_form("u25/form")
    f.hand(*pos["Customer name"], "Delgado & Sons Plumbing", lp, 34, BLACK)
    f.hand(*pos["Contact"], "Lupe Garza / Rosa", lp, 34, BLACK)
    f.hand(*pos["Phone"], "713-555-0188", lp, 34, BLACK)
    f.hand(*pos["Sales order no. (SO-)"], "104231", lp, 36, BLACK)
    f.hand(*pos["Your PO no."], "40962", lp, 36, BLACK)
    f.hand(*pos["Date received"], "10/29", lp, 34, BLACK)
    f.hand(*pos["Job / location"], "Magnolia St", lp, 34, BLACK)
    f.hand(t.xs[0] + 8, t.base(0), "FTG-CU-E90-100", lp, 30, BLACK)
    f.hand(t.xs[1] + 8, t.base(0), '1" wrot copper 90 CxC', lp, 30, BLACK)
    f.hand(t.xs[2] + 12, t.base(0), "30", lp, 34, BLACK)
    f.hand(t.xs[3] + 8, t.base(0), "not needed - over ordered", lp, 28, BLACK)
    bx, by = pos["Not needed / overstock"]
    f.pen([(bx + 2, by + 2), (bx + 16, by + 16)], BLACK)
    f.pen([(bx + 16, by + 2), (bx + 2, by + 16)], BLACK)
    x, y = pos["problem"]
    f.hand_lines(
        x,
        y,
        ["Over-ordered for Magnolia St. 30 pcs,", "never used, still in the bag."],
        lp,
        32,
        BLACK,
    )
    f.hand(*pos["signature"], "Lupe Garza", lp, 36, BLACK)
    f.hand(*pos["date"], "11/19/26", lp, 34, BLACK)
    head = "NOV-19-2026 10:39     DELGADO SONS     7135550189"
    pages = [fax(c, f"{head}     P.001/002"), fax(f, f"{head}     P.002/002", angle=0.8)]
    sent = sent_at("u25", "2026-11-19 10:42", CST)
    pdf = image_pdf("u25", pages, "2026-11-19 16:42", "FaxLink")
    return faxlink_mail("u25", "7135550189", "DELGADO SONS", sent, 2, pdf)


def u26() -> bytes:
    p, pos, t = count_sheet(
        "u26/sheet",
        "RIVERBEND PLUMBING & HEATING",
        "Stock / Shelf Count",
        ["Location:", "Date:", "Counted by:", "Page:"],
        ["BIN", "ITEM", "FROM PO", "ON SHELF", "ACTION"],
        [90, 390, 140, 140, 220],
        rows=10,
    )
    a = "anh"
    p.hand(*pos["Location:"], "Bay 3 - job leftovers", a, 30, PENCIL)
    p.hand(*pos["Date:"], "11/18", a, 30, PENCIL)
    p.hand(*pos["Counted by:"], "A. Tran", a, 30, PENCIL)
    p.hand(*pos["Page:"], "1 of 1", a, 30, PENCIL)
    rows = [
        ("B3-2", '1-1/2" blk mall union', "24388", "28", "RETURN ALL"),
        ("B3-4", '3" flg swing check', "24388", "0", "installed"),
        ("B3-5", '2" PVC tee', "24460", "6", "keep"),
    ]
    for r, cells in enumerate(rows):
        for i, v in enumerate(cells):
            p.hand(t.xs[i] + 10, t.base(r), v, a, 28, PENCIL)
    p.hand(
        80, t.tops[-1] + t.row_h + 90, "Corinne - pls send RMA for the unions.", "karen", 32, BLUE
    )
    p.hand(80, t.tops[-1] + t.row_h + 140, "Walnut St job cut back.  KL", "karen", 32, BLUE)
    im = scan(p, angle=-0.9, contrast=0.6, lift=40, levels=12)
    text = """\
Hi Corinne,

We would like to return the 1-1/2" black unions from PO 24388 that were left over when the \
Walnut St job was cut back. Our shelf count is attached (scan). They are unused.

Thanks,

Karen Liu
Office Manager | Riverbend Plumbing & Heating
(614) 555-0130
"""
    return mail(
        "u26",
        client="outlook",
        sender=KAREN,
        subject="Return unions - PO 24388",
        sent=sent_at("u26", "2026-11-19 14:15", EST),
        text=text,
        with_html=True,
        files=((png(im), PNG, "shelf count 11-18.png"),),
    )


def u27() -> bytes:
    p, _t = ticket_104246()
    img = photo(p.img, "u27", on="laminate", tilt=5.0, light=0.25, skew=0.02)
    text = """\
Corinne 2 of the non programmable thermostats from this delivery are dead, blank screen with \
24V at the terminals. tried them in 2 different units, same thing. ticket attached. can you \
swap them out?

Will

Sent from my iPhone
"""
    return mail(
        "u27",
        client="iphone",
        sender=WILL,
        subject="dead thermostats",
        sent=sent_at("u27", "2026-11-23 08:20", CST),
        text=text,
        files=((img, JPEG, "IMG_0911.jpeg"),),
    )


def u28() -> bytes:
    p, t, y = invoice(
        "u28/ack",
        number="SO-104235",
        date="10/30/2026",
        so="SO-104235",
        po="77830",
        ordered="10/30/2026",
        shipped="11/04/2026",
        via="ODFL",
        sold_to=KEYSTONE,
        ship_to=KEYSTONE[:1] + ["Warehouse - 1820 N American St", "Philadelphia PA 19122"],
        rows=[
            ("VLV-3100-CK", '3" CI SWING CHECK VALVE FLG', 6, "EA", 189.00),
            ("FTG-BI-U-150", '1-1/2" BLK MALL IRON UNION', 40, "EA", 10.80),
            ("HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SFTY", 8, "EA", 61.50),
            ("PMP-CIRC-015", "1/25 HP CIRCULATOR CI 115V", 4, "EA", 139.00),
        ],
        title="ORDER ACKNOWLEDGEMENT",
        meta_label="ORDER NO.",
        total_label="ORDER TOTAL",
        site="DC-SOUTH",
    )
    p.stamp(600, y + 20, ["PRICE DISPUTE"], BLACK, -5, 40)
    p.ring(t.xs[5] + 4, t.tops[2] + 2, t.xs[6] - 2, t.tops[2] + t.row_h - 2, BLACK)
    k = "ken"
    p.hand_lines(
        90,
        y + 160,
        [
            "Inv 88133 billed the pumps @ 64.90",
            "this ack says 61.50 - pls credit",
            "3.40 x 8 = $27.20",
            "Ken A.  Keystone field office  215-555-0177",
        ],
        k,
        38,
        BLACK,
        gap=58,
    )
    page = fax(p, "NOV-24-2026 09:27     KEYSTONE MECH     2155550177     P.01/01", angle=1.2)
    sent = sent_at("u28", "2026-11-24 09:30", EST)
    pdf = image_pdf("u28", [page], "2026-11-24 14:30", "FaxLink")
    return faxlink_mail("u28", "2155550177", "KEYSTONE MECH", sent, 1, pdf)


def u29() -> bytes:
    p = northgate(
        "u29/statement",
        "STATEMENT",
        "AR",
        [("ACCOUNT", "HARBOR POINT PM"), ("DATE", "11/20/2026"), ("PAGE", "1 of 1")],
        HARBOR[:1] + ["Accounts Payable", "1150 Lakeshore Pkwy", "Milwaukee WI 53202"],
        ["Remit to:", "Northgate Plumbing & HVAC Supply", "PO Box 4410", "Allentown PA 18105"],
    )
    rows = [
        ["11/09/2026", "INV-88160", "SO-104239", "70231", "12/09/2026", "1,552.60"],
        ["11/09/2026", "INV-88171", "SO-104241", "70288", "12/09/2026", "2,194.50"],
        ["11/16/2026", "INV-88190", "SO-104246", "70296", "12/16/2026", "348.80"],
    ]
    t = table(
        p,
        60,
        p.top + 10,
        [150, 150, 150, 120, 150, 260],
        ["DATE", "INVOICE", "ORDER", "YOUR PO", "DUE", "BALANCE"],
        rows,
        right=(5,),
        blank_rows=2,
    )
    y = t.tops[-1] + t.row_h + 30
    p.text((800, y), "TOTAL DUE", 20, SANS_B, anchor="ra")
    p.text((1032, y), "4,095.90", 22, MONO_B, anchor="ra")
    aging = table(
        p,
        60,
        y + 60,
        [196, 196, 196, 196, 196],
        ["CURRENT", "1-30 DAYS", "31-60 DAYS", "61-90 DAYS", "OVER 90"],
        [["4,095.90", "0.00", "0.00", "0.00", "0.00"]],
        right=(0, 1, 2, 3, 4),
    )
    gr = "grace"
    for r in range(3):
        p.tick(t.xs[6] + 8, t.mid(r), 20, BLUE)
    p.hand(90, aging.tops[-1] + 150, "all 3 approved - pay on 12/1 ck run", gr, 32)
    p.hand(90, aging.tops[-1] + 200, "88160: maint. says 6 registers short - CM?", gr, 32)
    p.hand(700, aging.tops[-1] + 260, "GK 11/23", gr, 28)
    p.stamp(640, 1200, ["RECEIVED", "NOV 23 2026"], BLUE, -2, 26)
    pdf = image_pdf(
        "u29", [scan(p, angle=0.5, levels=None)], "2026-11-25 16:01", "Canon iR-ADV C5535"
    )
    text = """\
Hello,

Attached is our scanned copy of your 11/20 statement with my reconciliation notes. All three \
invoices are approved and scheduled for our 12/1 check run.

On INV-88160 our maintenance department reported 6 registers short on delivery. If the credit \
memo for those has already been issued, please email me a copy so I can apply it; otherwise we \
will pay the invoice in full and apply the credit when it comes.

Thank you,

Grace Kim
Accounts Payable | Harbor Point Property Management
1150 Lakeshore Pkwy, Milwaukee WI 53202
"""
    return mail(
        "u29",
        client="outlook",
        sender=GRACE,
        to=AR,
        subject="Statement 11/20 - reconciliation",
        sent=sent_at("u29", "2026-11-25 10:00", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "Northgate statement 11-20 reconciled.pdf"),),
    )


def u30() -> bytes:
    p, t, y = invoice(
        "u30/invoice",
        number="INV-88184",
        date="11/10/2026",
        so="SO-104244",
        po="60455",
        ordered="11/09/2026",
        shipped="11/10/2026",
        via="UPS GROUND",
        sold_to=SUMMIT[:1] + ["Accounts Payable", "2200 Industrial Blvd", "Tulsa OK 74107"],
        ship_to=SUMMIT,
        rows=[
            ("HVC-CND-PUMP", "CONDENSATE PUMP 115V W/SFTY", 10, "EA", 59.80),
            ("TST-2100-NP", "NON-PROG DIGITAL THERMOSTAT 24V", 12, "EA", 28.90),
            ("HVC-FLT-1625-M11", "FILTER 16X25X1 MERV 11 CS/12", 20, "CS", 39.50),
        ],
    )
    p.stamp(120, y + 40, ["PRICE DISCREPANCY", "SEE NOTE"], RED, 4, 30)
    p.stamp(660, y + 60, ["RECEIVED", "NOV 12 2026", "A/P"], BLUE, -3, 24)
    p.ring(t.xs[5] + 4, t.tops[0] + 2, t.xs[6] - 2, t.tops[0] + t.row_h - 2, RED)
    li = "linda"
    p.hand(110, y + 250, "Ln 1: quoted 54.00 (Q-7788, Raj)", li, 32, RED)
    p.hand(110, y + 298, "5.80 x 10 = 58.00", li, 32, RED)
    p.hand(640, y + 350, "LC 11/30", li, 28, RED)
    im = scan(p, angle=0.6, levels=None, color=True)
    pdf = image_pdf("u30", [im], "2026-11-30 15:20", "HP Scan")
    text = """\
Hello Corinne,

Scanned invoice INV-88184 attached with our price discrepancy stamp. The condensate pumps were \
quoted to Raj at $54.00 (quote Q-7788 from your inside sales) but billed at $59.80. Please \
issue a credit for the difference on the 10 pumps ($58.00).

Thank you,

Linda Chu
Accounts Payable | Summit HVAC Services
(918) 555-0172
"""
    return mail(
        "u30",
        client="outlook",
        sender=LINDA,
        subject="INV-88184 - condensate pump price",
        sent=sent_at("u30", "2026-11-30 09:25", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "INV-88184 price discrepancy.pdf"),),
    )


def u31() -> bytes:
    text = """\
Hi Corinne,

Our guys just opened the last of the pressure reducing valves from SO-104231 for the Magnolia \
job. The box is labeled 3/4" water pressure reducing valve, 25-75 psi (your item VLV-0750-PRV) \
but the valve inside is a 1/2". The brass tag on it says 1/2" NPT.

We need a 3/4" one for that job; we will send the 1/2" back with your driver.

The other five were the right size and are installed.

Thank you,
Rosa Delgado
Delgado & Sons Plumbing
(713) 555-0188
"""
    return mail(
        "u31",
        client="outlook",
        sender=ROSA,
        subject="Wrong PRV in box - SO-104231",
        sent=sent_at("u31", "2026-12-01 09:10", CST),
        text=text,
        with_html=True,
    )


def u32() -> bytes:
    p, t = packing_slip(
        "u32/slip",
        so="SO-104243",
        po="24530",
        site="DC-EAST",
        ordered="11/09/2026",
        shipped="11/10/2026",
        via="R+L CARRIERS",
        sold_to=RIVERBEND,
        ship_to=RIVERBEND[:1] + ["Warehouse - 880 Harmon Ave", "Columbus OH 43223"],
        rows=[
            ["VLV-1005-BV", '1" BRASS BALL VALVE FP THRD', "EA", "48", "48"],
            ["FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', "EA", "250", "250"],
            ["VLV-0750-PRV", '3/4" WATER PRV 25-75 PSI', "EA", "4", "4"],
        ],
    )
    a = "anh"
    p.hand(t.xs[7] + 4, t.base(0), "48", a, 28)
    p.hand(t.xs[7] + 4, t.base(1), "225", a, 26)
    p.hand(t.xs[7] + 4, t.base(2), "4", a, 28)
    p.hand(440, p.top + 16, "A. Tran", a, 30)
    p.hand(860, p.top + 16, "11/12", a, 30)
    y = p.top + 170
    p.hand(110, y, "Ln 2 - short 25 (1 bag), Ln 3 - 1 wrong size:", a, 30)
    p.hand(110, y + 46, "both sent to Northgate returns 11/16", a, 30)
    p.stamp(560, y + 110, ["APPROVED FOR PAYMENT", "INV-88180"], BLUE, -3, 26)
    p.hand(600, y + 250, "KL 12/01", "karen", 30)
    pdf = image_pdf(
        "u32", [scan(p, angle=-0.5, levels=None)], "2026-12-01 20:31", "Canon iR-ADV C5535"
    )
    text = """\
Hi,

For INV-88180: attached is the signed packing slip for PO 24530 with our receiving counts. We \
are paying INV-88180 in full on this week's run. The 25 elbows that came short and the \
wrong-size PRV were already sent to your returns desk by our warehouse on 11/16, so nothing is \
needed from Accounts Receivable on those.

Thanks,

Karen Liu
Office Manager | Riverbend Plumbing & Heating
(614) 555-0130
"""
    return mail(
        "u32",
        client="outlook",
        sender=KAREN,
        to=AR,
        subject="Signed packing slip - PO 24530 / INV-88180",
        sent=sent_at("u32", "2026-12-01 15:40", EST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "PO 24530 signed slip.pdf"),),
    )


def u33() -> bytes:
    c = card("u33/bench", 1200, 900, (120, 112, 100), texture="concrete")
    product_label(
        c,
        70,
        60,
        ['1-1/2" BLK MALL IRON UNION', "FTG-BI-U-150   QTY 12", "NORTHGATE  DC-SOUTH"],
        w=620,
    )
    cb = Page("u33/cardboard", 700, 400, paper=(198, 164, 116))
    for i, s in enumerate(
        ["PO 40988 WILL CALL", "THESE 3 = 1-1/4", "NOT 1-1/2 !!", "(stamped on the nut)"]
    ):
        cb.hand(30, 80 + i * 86, s, "manny", 52 if i < 3 else 40, MARKER)
    piece = cb.img.convert("RGBA").rotate(-5, expand=True, resample=Image.BICUBIC)
    c.img.paste(piece, (360, 380), piece)
    for k, (x, y) in enumerate(((150, 460), (200, 640), (120, 780))):
        c.d.ellipse(
            [x - 70, y - 70, x + 70, y + 70], fill=(52, 52, 56), outline=(30, 30, 32), width=4
        )
        c.d.ellipse([x - 34, y - 34, x + 34, y + 34], fill=(120, 112, 100))
        c.text((x, y - 58), "1-1/4", 18, SANS_B, fill=(160, 160, 164), anchor="ma")
        del k
    img = photo(c.img, "u33", on="bench", tilt=3.0, fill=0.95, canvas=(1280, 960), light=0.35)
    text = """\
Corinne, 3 of the 1-1/2 black unions from the will call on PO 40988 are 1-1/4, it's stamped on \
the nut. pic attached. need 3 of the right ones, we'll bring these back next time we're at the \
counter

Manny
"""
    return mail(
        "u33",
        client="gmail",
        sender=MANNY,
        subject="unions PO 40988",
        sent=sent_at("u33", "2026-12-02 11:30", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "IMG_20261202_110512.jpg"),),
    )


def u34() -> bytes:
    p = Page("u34/po")
    p.text((60, 50), "SUMMIT HVAC SERVICES", 34, SANS_B)
    p.text((60, 94), "2200 Industrial Blvd  -  Tulsa OK 74107  -  (918) 555-0170", 17)
    p.text((1040, 50), "PURCHASE ORDER", 30, SANS_B, anchor="ra")
    for i, (label, value) in enumerate(
        (
            ("PO NO.", "60512"),
            ("DATE", "12/02/2026"),
            ("REQUIRED", "12/11/2026"),
            ("JOB", "RIDGEVIEW"),
        )
    ):
        p.text((880, 96 + i * 26), label, 16, SANS_B, anchor="ra")
        p.text((890, 96 + i * 26), value, 16, MONO)
    p.label_box(60, 220, 540, 350, "VENDOR")
    p.label_box(560, 220, 1040, 350, "SHIP TO")
    for i, s in enumerate(["Northgate Plumbing & HVAC Supply", "DC-West", "Oklahoma City OK"]):
        p.text((74, 250 + i * 26), s, 18)
    for i, s in enumerate(SUMMIT[:1] + ["Warehouse - Dock 2", "Tulsa OK 74107"]):
        p.text((574, 250 + i * 26), s, 18)
    rows = [
        ["1", "TST-7500-PRO", "7-day prog. Wi-Fi thermostat", "6", "EA", "124.00", "744.00"],
        ["2", "TST-2100-NP", "Non-prog. thermostat 24V", "24", "EA", "28.90", "693.60"],
        ["3", "HVC-FLT-1625-M11", "Filter 16x25x1 MERV 11 (12/cs)", "12", "CS", "39.50", "474.00"],
    ]
    t = table(p, 60, 390, INV_W, INV_HEAD, rows, right=(3, 5, 6), blank_rows=2)
    y = t.tops[-1] + t.row_h + 24
    p.text((870, y), "PO TOTAL", 18, SANS_B, anchor="ra")
    p.text((1032, y), "1,911.60", 20, MONO_B, anchor="ra")
    p.text(
        (60, y + 60), "Terms: Net 30. Prices per quote Q-7802. Deliver to dock 2, 7 AM - 3 PM.", 16
    )
    p.text((60, y + 86), "Invoice must show our PO number. Send invoices to ap@summithvac.net.", 16)
    p.label_box(60, y + 130, 600, y + 220, "AUTHORIZED BY")
    p.hand(80, y + 204, "Raj Patel", "raj", 38)
    p.stamp(620, y + 250, ["CONFIRM PRICE", "BEFORE SHIPPING"], RED, -6, 32)
    im = scan(p, angle=-0.4, levels=None, color=True)
    pdf = image_pdf("u34", [im], "2026-12-02 19:55", "HP Scan")
    text = """\
Hi,

Signed PO 60512 attached for the Ridgeview job. Please confirm the Wi-Fi thermostat price \
before you ship: we have $124.00 from your quote Q-7802, and our last invoice on those came in \
at a different price. We need everything by 12/11.

Thanks,

Raj Patel
Purchasing | Summit HVAC Services
(918) 555-0176
"""
    return mail(
        "u34",
        client="outlook",
        sender=RAJ,
        to=ORDERS,
        subject="New PO 60512 - Ridgeview",
        sent=sent_at("u34", "2026-12-02 14:00", CST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "PO 60512 signed.pdf"),),
    )


def u35() -> bytes:
    p = Page("u35/stub", paper=(247, 249, 244))
    p.text((60, 50), "KEYSTONE MECHANICAL CONTRACTORS", 28, SANS_B)
    p.text((60, 88), "1820 N American St, Philadelphia PA 19122", 17)
    p.text((1040, 50), "REMITTANCE ADVICE", 28, SANS_B, anchor="ra")
    for i, (label, value) in enumerate(
        (("CHECK NO.", "50418"), ("CHECK DATE", "12/02/2026"), ("VENDOR NO.", "V-0312"))
    ):
        p.text((880, 92 + i * 26), label, 16, SANS_B, anchor="ra")
        p.text((890, 92 + i * 26), value, 16, MONO)
    p.text((60, 190), "PAID TO: NORTHGATE PLUMBING & HVAC SUPPLY", 19, SANS_B)
    rows = [
        ["INV-88098", "10/26/2026", "3,429.20", "138.00", "3,291.20", "price CR"],
        ["INV-88120", "11/02/2026", "2,798.50", "0.00", "2,798.50", ""],
        ["INV-88133", "11/04/2026", "2,641.20", "27.20", "2,614.00", "price CR"],
    ]
    t = table(
        p,
        60,
        240,
        [160, 150, 160, 160, 160, 190],
        ["INVOICE", "DATE", "GROSS", "DEDUCTION", "NET PAID", "NOTE"],
        rows,
        right=(2, 3, 4),
    )
    y = t.tops[-1] + t.row_h + 24
    p.text((690, y), "CHECK TOTAL", 18, SANS_B, anchor="ra")
    p.text((850, y), "8,703.70", 20, MONO_B, anchor="ra")
    p.text(
        (60, y + 60), "Deductions per credits approved by your returns desk (copper tube price,", 16
    )
    p.text(
        (60, y + 84), "condensate pump price). Questions: ap@keystonemech.com (215) 555-0190.", 16
    )
    for x in range(40, 1060, 24):
        p.rule(x, y + 150, x + 12, y + 150, 2, (140, 140, 140))
    p.text((60, y + 170), "DETACH BEFORE DEPOSITING", 14, SANS_B)
    pdf = image_pdf("u35", [scan(p, angle=0.2, levels=None)], "2026-12-03 15:12", "RICOH MP C3004")
    text = """\
Hello,

Attached is the remittance advice for our check no. 50418, mailed today. The deductions on \
INV-88098 and INV-88133 are the price credits your returns desk approved (copper tube and \
condensate pumps).

Regards,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
(215) 555-0190 ext. 2
"""
    return mail(
        "u35",
        client="outlook",
        sender=DANA,
        to=AR,
        subject="Remittance - check 50418",
        sent=sent_at("u35", "2026-12-03 10:20", EST),
        text=text,
        with_html=True,
        files=((pdf, PDF, "Remittance 50418.pdf"),),
    )


def u36() -> bytes:
    text = """\
Hello,

PO 60493 came in today on your truck (packing slip SO-104252). The slip shows 6 of the 7-day \
Wi-Fi thermostats shipped, but there were only 4 in the carton. Nothing was noted for the \
driver because the carton was sealed; we found it when we opened it this afternoon.

Please ship the 2 missing thermostats or credit them. The 24 floor registers on the same slip \
were all there.

Tyrell Hayes
Warehouse Lead
Summit HVAC Services
"""
    return mail(
        "u36",
        client="outlook",
        sender=TYRELL,
        subject="PO 60493 - 2 thermostats short",
        sent=sent_at("u36", "2026-12-03 15:10", CST),
        text=text,
        with_html=True,
    )


def u37() -> bytes:
    p, t = delivery_ticket(
        "u37/ticket",
        number="DT-560377",
        so="SO-104255",
        po="41022",
        site="DC-SOUTH",
        date="12/04/2026",
        truck="S-03 / L. MEJIA",
        sold_to=DELGADO,
        ship_to=["DELGADO & SONS - FULTON ST JOB", "2218 Fulton St", "Houston TX 77009"],
        rows=[
            ["WH-40G-EL", "40 GAL ELECTRIC WATER HEATER 4500W", "EA", "2"],
            ["WH-EXP-2G", "2 GAL THERMAL EXPANSION TANK", "EA", "2"],
            ["VLV-0075-BV", '3/4" BRASS BALL VALVE FP SWEAT', "EA", "10"],
        ],
    )
    m = "manny"
    for r in range(3):
        p.tick(t.xs[5] + 20, t.mid(r), 22, BLUE)
    p.hand(90, p.top + 160, "all received - no damage", m, 34)
    p.hand(80, p.top + 76, "Manny Ochoa", m, 34)
    p.hand(680, p.top + 76, "12/4  8:40a", m, 32)
    img = photo(p.img, "u37", on="steel", tilt=2.0, light=0.22)
    text = """\
Corinne, your driver asked me to send you a pic of the signed ticket for PO 41022 because his \
scanner was down this morning. everything was there, no damage. thanks

Manny
"""
    return mail(
        "u37",
        client="gmail",
        sender=MANNY,
        subject="delivery PO 41022 signed ticket",
        sent=sent_at("u37", "2026-12-04 09:45", CST),
        text=text,
        with_html=True,
        files=((img, JPEG, "IMG_20261204_084311.jpg"),),
    )


def u38() -> bytes:
    form = {
        "order_number": "SO-104240",
        "lines": [{"sku": "PIP-BI-200-CTL", "quantity": 40, "reason": "NOT_NEEDED"}],
        "note": (
            "Leftover from the Fulton St job: 2 uncut 20' lengths of the 2\" black steel, never "
            "threaded, still tagged. Photo of the will call ticket is on file at our office if "
            "you need it. Submitted by the Delgado & Sons office (Lupe)."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def u39() -> bytes:
    text = """\
[OCR text - fax received 11/30/2026 14:22, 1 page, from 215 555 0177]

NOV-30-2026 14:21      KEYSTONE MECH SVC        2155550177         P.01/01

KEYSTONE MECHANICAL CONTRACTORS - SERVICE DEPT
WARRANTY RETURN REQUEST

To:   Northgate Plumbing & HVAC Supply - Returns
Attn: Corinne Walsh              Fax: 1-800-555-0148

Your Sales Order:   SO-104201
0ur PO:             76115
Job:                Hollis St Apartments - boiler room

Qty   Item                                     Problem
 1    1/25 HP circulator, cast iron, 115V      Bearinq noise, then seized 11/27.
                                               Replaced w/ shop stock.

Installed Oct 2025. Unit tagged and held at our shop for pickup.
Requesting warranty credit or replacement.

Signed: R. Kowalczyk, Service Tech            Date: 11/30/26
"""
    return text.encode("utf-8")


def u40() -> bytes:
    text = """\
DELIVERY RECEIPT - EXCEPTION (typed from the driver's copy)

Delivered to: Bayview Apartments, 14 Harbor View Rd - boiler room
PO: 70288

Expansion tanks (carton of 3): 2 OK, 1 tank dented at the top seam, carton
crushed on that corner. Noted on the driver's receipt.

Please replace the dented tank.

Typed by: front desk, Bayview Apts
"""
    return text.encode("utf-8")


NAMES = {
    "u01": "u01-keystone-tom-mixing-valve-sticking-photo.eml",
    "u02": "u02-riverbend-mike-rpz-rma-form-scan.eml",
    "u03": "u03-keystone-carla-packing-slip-stats-back.eml",
    "u04": "u04-keystone-benny-rl-receipt-copper-bent.eml",
    "u05": "u05-keystone-dana-invoice-88098-stamped.eml",
    "u06": "u06-riverbend-jimmy-estes-bol-copper-dented.eml",
    "u07": "u07-summit-tyrell-odfl-bol-tile-wet.eml",
    "u08": "u08-summit-linda-signed-pod-for-records.eml",
    "u09": "u09-keystone-benny-clean-receipt-photo.eml",
    "u10": "u10-keystone-scanner-bol-pex-coil-crushed.eml",
    "u11": "u11-summit-raj-delivery-ticket-stat-crushed.eml",
    "u12": "u12-keystone-benny-slip-short-2-unions.eml",
    "u13": "u13-harbor-luis-clipboard-registers-short.eml",
    "u14": "u14-delgado-manny-will-call-pipe-bent.eml",
    "u15": "u15-keystone-dana-invoice-88133-pump-price.eml",
    "u16": "u16-harbor-will-estes-heater-crate-broken.eml",
    "u17": "u17-delgado-rosa-heater-rating-plate-2025.eml",
    "u18": "u18-keystone-tom-circ-doa-tag.eml",
    "u19": "u19-riverbend-jimmy-coil-crushed-couplings-size.eml",
    "u20": "u20-riverbend-anh-count-sheet-elbows-prv.eml",
    "u21": "u21-summit-tyrell-slip-stat-short-pumps-dead.eml",
    "u22": "u22-harbor-luis-ticket-registers-over-valves-back.eml",
    "u23": "u23-keystone-carla-rma-form-valves-couplings.eml",
    "u24": "u24-summit-dale-harbor-list-registers-bent.eml",
    "u25": "u25-delgado-fax-gateway-elbows-return.eml",
    "u26": "u26-riverbend-karen-shelf-count-unions-back.eml",
    "u27": "u27-harbor-will-stats-dead-wrong-ticket.eml",
    "u28": "u28-keystone-fax-gateway-pump-price-again.eml",
    "u29": "u29-harbor-grace-statement-scan.eml",
    "u30": "u30-summit-linda-invoice-88184-quote-stamp.eml",
    "u31": "u31-delgado-rosa-prv-wrong-size-late-typed.eml",
    "u32": "u32-riverbend-karen-signed-slip-for-ap.eml",
    "u33": "u33-delgado-manny-unions-wrong-size-photo.eml",
    "u34": "u34-summit-raj-scanned-po-confirm-price.eml",
    "u35": "u35-keystone-dana-remittance-stub-scan.eml",
    "u36": "u36-summit-tyrell-unknown-po-stats-short-typed.eml",
    "u37": "u37-delgado-manny-delivery-all-there-photo.eml",
    "u38": "u38-portal-black-pipe-leftover.json",
    "u39": "u39-upload-fax-ocr-circulator-2025.txt",
    "u40": "u40-upload-receipt-transcript-po-only.txt",
}


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make_attachments.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    makers = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(makers[key]())
    print(f"{len(NAMES)} files written to {out}")


if __name__ == "__main__":
    main()
