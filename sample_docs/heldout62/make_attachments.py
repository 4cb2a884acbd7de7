"""Write every request file of heldout62: 37 emails, 1 portal form, 2 text uploads.

    .venv/bin/python sample_docs/heldout62/make_attachments.py OUT_DIR

The angle of the set: people typing fast, on phones, and in their second language. Lower
case or ALL CAPS, missing punctuation, typos in item names, texting abbreviations, spoken
punctuation and "for" for "four" from voice dictation, Spanish, Polish, Vietnamese and
Portuguese phrases, another language's word order and decimal commas, run-on messages with
several items, photos with one line of text, a pasted WhatsApp chat, a phone screenshot of a
text thread, replies on top of quoted history, phone signatures. Items are named mostly by
description or nickname; the few SKUs are sometimes typed wrong.

Files besides the mail text:
- three phone photos (JPEG) and one phone screenshot (PNG), drawn with Pillow, with noise
  from seeded numpy generators;
- one PDF form (fpdf2, PDF core fonts, pinned creation date and file id);
- one XLSX receiving sheet (openpyxl; fixed document dates, zip members re-stamped);
- one CSV (semicolon separated, decimal commas).

Nothing reads the clock or draws unseeded random numbers: Date seconds, Message-IDs, MIME
boundaries, Thread-Index values and noise seeds are SHA-256 hashes of fixed keys.
"""

import base64
import datetime as dt
import hashlib
import html
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

SET = "heldout62"
FONTS = Path("/usr/share/fonts/truetype")

EDT = dt.timezone(dt.timedelta(hours=-4))  # Eastern, until Sunday 1 Nov 2026
EST = dt.timezone(dt.timedelta(hours=-5))
CDT = dt.timezone(dt.timedelta(hours=-5))  # Central, until Sunday 1 Nov 2026
CST = dt.timezone(dt.timedelta(hours=-6))

# the distributor
DESK = "Tidewater Returns <returns@distributor.example>"
IMOGEN = "Imogen Hale <returns@distributor.example>"
PICKUPS = "Tidewater Pickups <noreply@distributor.example>"
IMOGEN_SIG = """\
Imogen Hale
Returns Desk | Tidewater Plumbing Supply
1-800-555-0192 ext. 4 | returns@distributor.example"""

# Keystone Mechanical Contractors (C-1001), Eastern
TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
PIOTR = "Piotr Wiśniewski <pwisniewski@keystonemech.com>"
ANA = "Ana Beatriz Souza <asouza@keystonemech.com>"
# Riverbend Plumbing & Heating (C-1002), Eastern
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
HUNG = "Hùng Nguyễn <hnguyen@riverbendph.com>"
MARISOL = "Marisol Vega <mvega@riverbendph.com>"
# Summit HVAC Services (C-1003), Central
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
DUC = "Duc Pham <dpham@summithvac.net>"
DWAYNE = "Dwayne Pruitt <dpruitt@summithvac.net>"
# Harbor Point Property Management (C-1004), Central
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
WOJTEK = "Wojciech Nowak <wnowak@harborpointpm.com>"
SHANICE = "Shanice Carter <scarter@harborpointpm.com>"
# Delgado & Sons Plumbing (C-1005), Central
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
KINO = "Joaquin Delgado <kino@delgadosons.com>"
BETO = "Beto Salinas <betosalinas.plomero@gmail.com>"

JPEG = ("image", "jpeg")
PNG = ("image", "png")
PDF = ("application", "pdf")
CSV = ("text", "csv")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


# ------------------------------------------------------------------ hashes and clocks


def sha(*parts: str) -> str:
    return hashlib.sha256("|".join((SET, *parts)).encode("utf-8")).hexdigest()


def rng(key: str) -> np.random.Generator:
    return np.random.default_rng(int(sha("rng", key)[:16], 16))


def sent_at(key: str, stamp: str, zone: dt.timezone) -> dt.datetime:
    """The planned local minute; the seconds come from the request key."""
    base = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    return base + dt.timedelta(seconds=int(sha("seconds", key)[:4], 16) % 60)


def ampm(d: dt.datetime, seconds: bool = False) -> str:
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if seconds else ""
    return f"{h}:{d.minute:02d}{s} {'AM' if d.hour < 12 else 'PM'}"


def guid(key: str) -> str:
    h = sha("guid", key).upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}"


# ------------------------------------------------------------------ mail clients

MS_HOSTS = ("MW4PR12MB", "SA1PR12MB", "CY8PR12MB", "LV3PR12MB", "IA1PR12MB")


def ms_host(key: str) -> str:
    h = sha("host", key)
    return MS_HOSTS[int(h[:2], 16) % len(MS_HOSTS)] + h[2:6].upper()


MICROSOFT = ("outlook", "outlook-android", "outlook-ios", "autoreply")


def message_id(key: str, client: str, domain: str) -> str:
    h = sha("message-id", key)
    if client in MICROSOFT:
        host = ms_host(key)
        return f"<{host}{h[:32].upper()}@{host}.namprd12.prod.outlook.com>"
    if client == "gmail-android":
        tail = base64.b64encode(bytes.fromhex(h[:48]), altchars=b"+_").decode()
        return f"<CA{tail}@mail.gmail.com>"
    if client == "iphone":
        return f"<{guid(key)}@{domain}>"
    if client == "samsung":
        return f"<{h[:8]}.{int(h[8:14], 16)}@email.android.com>"
    raise ValueError(client)


def boundary(key: str, n: int, client: str) -> str:
    h = sha("boundary", key, str(n))
    if client in MICROSOFT:
        return f"_00{n}_{ms_host(key)}{h[:20].upper()}namp_"
    if client == "gmail-android":
        return "000000000000" + h[:16]
    if client == "iphone":
        return "Apple-Mail-" + guid(f"{key}/{n}")
    if client == "samsung":
        return f"--_com.samsung.android.email_{int(h[:12], 16)}"
    raise ValueError(client)


CLIENT_HEADERS = {
    "outlook": [("Accept-Language", "en-US"), ("Content-Language", "en-US")],
    "outlook-android": [("X-Mailer", "Outlook for Android")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS")],
    "autoreply": [
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "es-US"),
    ],
    "iphone": [("X-Mailer", "iPhone Mail (22B83)")],
    "gmail-android": [],
    "samsung": [("X-Mailer", "Samsung Mail")],
}


def html_of(text: str, client: str) -> str:
    """A plain body as the client's HTML part (line by line, quoted lines in a blockquote)."""
    rows, inside = [], False
    for line in text.rstrip("\n").split("\n"):
        quoted = line.startswith(">")
        if quoted and not inside:
            rows.append('<blockquote type="cite" style="margin:0 0 0 .8ex;padding-left:1ex">')
        if inside and not quoted:
            rows.append("</blockquote>")
        inside = quoted
        body = html.escape(line.lstrip("> ") if quoted else line, quote=False)
        if client in MICROSOFT:
            rows.append(f'<div style="font-size:11pt">{body or "<br>"}</div>')
        else:
            rows.append(f'<div dir="auto">{body or "<br>"}</div>')
    if inside:
        rows.append("</blockquote>")
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    return f"{head}</head><body>\n" + "\n".join(rows) + "\n</body></html>\n"


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
    in_reply_to: str | None = None,
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
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if client in MICROSOFT:
        topic = re.sub(r"^((RE|Re|FW|Fwd|Respuesta automática): )+", "", subject)
        m["Thread-Topic"] = topic
        m["Thread-Index"] = base64.b64encode(bytes.fromhex(sha("thread", key)[:44])).decode()
    for name, value in CLIENT_HEADERS[client]:
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


def desk_id(key: str) -> str:
    """Message-ID of an earlier message from the distributor."""
    h = sha("desk", key)
    return f"<{h[:20]}.{h[20:30]}@distributor.example>"


def outlook_quote(frm: str, d: dt.datetime, to: str, subject: str) -> str:
    return (
        "________________________________\n"
        f"From: {frm}\nSent: {d:%A}, {d:%B} {d.day}, {d.year} {ampm(d, seconds=True)}\n"
        f"To: {to}\nSubject: {subject}\n\n"
    )


def cite(text: str) -> str:
    return "\n".join(f"> {ln}" if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


# ------------------------------------------------------------------ pictures


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


def blotches(g: np.random.Generator, w: int, h: int, cell: int) -> np.ndarray:
    """Smooth random field in 0..1 (bicubic upscaled normal noise)."""
    small = g.normal(0.0, 1.0, (h // cell + 2, w // cell + 2)).astype(np.float32)
    img = Image.fromarray(((small + 3.0) * 42.0).clip(0, 255).astype(np.uint8))
    return np.asarray(img.resize((w, h), Image.BICUBIC), dtype=np.float32) / 255.0


def falloff(g: np.random.Generator, w: int, h: int, strength: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * g.uniform(0.4, 0.6), h * g.uniform(0.35, 0.55)
    r = np.hypot((xx - cx) / w, (yy - cy) / h)
    return 1.0 - strength * r**1.5


def finish_photo(
    img: Image.Image, g: np.random.Generator, light: float, grain: float
) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    arr *= falloff(g, img.width, img.height, light)[..., None]
    arr += g.normal(0.0, grain, arr.shape)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(0.6)
    )


def as_jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def cardboard(g: np.random.Generator, w: int, h: int) -> np.ndarray:
    tone = blotches(g, w, h, 40)
    arr = np.zeros((h, w, 3), np.float32)
    for c, base in enumerate((182, 143, 97)):
        arr[..., c] = base + (tone - 0.5) * 30
    return arr


def paste_label(
    img: Image.Image, rows, xy: tuple[int, int], size: tuple[int, int], angle: float
) -> None:
    """A white printed sticker; rows are (text, font name, size, x, y)."""
    label = Image.new("RGB", size, (248, 247, 242))
    d = ImageDraw.Draw(label)
    d.rectangle([0, 0, size[0] - 1, size[1] - 1], outline=(70, 70, 70), width=2)
    for text, face, pts, x, y in rows:
        d.text((x, y), text, font=font(face, pts), fill=(18, 18, 18))
    label = label.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = label.convert("L").point(lambda v: 255 if v > 6 else 0)
    img.paste(label, xy, mask)


def photo_tile_cartons() -> bytes:
    """q08: wet, crushed ceiling tile cartons with our carton label."""
    g = rng("q08/photo")
    w, h = 960, 720
    arr = cardboard(g, w, h)
    wet = blotches(g, w, h, 90)
    stain = (wet > 0.56).astype(np.float32)
    stain = np.asarray(
        Image.fromarray((stain * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(14)),
        dtype=np.float32,
    )
    stain[:, : w // 2] *= 0.3
    arr *= 1.0 - 0.38 * (stain / 255.0)[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    d.line([(0, 380), (960, 352)], fill=(96, 72, 44), width=6)  # the gap between two cartons
    for _ in range(6):
        x = int(g.integers(560, 900))
        d.line([(x, 0), (x - int(g.integers(40, 160)), 360)], fill=(120, 90, 58), width=3)
    d.text((640, 420), "THIS SIDE UP", font=font("LiberationSans-Bold", 34), fill=(60, 40, 30))
    d.polygon([(700, 560), (760, 480), (820, 560)], fill=(60, 40, 30))
    paste_label(
        img,
        [
            ("TIDEWATER PLUMBING SUPPLY", "LiberationSans-Bold", 28, 18, 14),
            ("DC-SOUTH   SHIP VIA ODFL", "LiberationSans-Regular", 22, 18, 54),
            ("ORDER SO-104228  PO-60377", "LiberationSans-Bold", 28, 18, 96),
            ("CLG-TILE-24-ACU", "LiberationSans-Bold", 40, 18, 144),
            ("2X2 ACOUSTIC TILE 16/CTN", "LiberationSans-Regular", 26, 18, 200),
            ("CTN 14 OF 40", "LiberationSans-Bold", 26, 18, 246),
        ],
        (60, 60),
        (520, 296),
        1.2,
    )
    return as_jpeg(finish_photo(img, g, 0.45, 3.5), 60)


def photo_heater_box() -> bytes:
    """q17: the side of the dented water heater carton with the maker's label."""
    g = rng("q17/photo")
    w, h = 960, 720
    tone = blotches(g, w, h, 60)
    arr = np.zeros((h, w, 3), np.float32)
    for c, base in enumerate((226, 228, 232)):
        arr[..., c] = base + (tone - 0.5) * 16
    arr[:120] = np.array([28, 70, 140], np.float32)  # the printed blue band
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dent = np.exp(-(((xx - 700) / 150) ** 2 + ((yy - 470) / 110) ** 2))
    arr *= 1.0 - 0.42 * dent[..., None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    d.text((40, 30), "BRADFORD THERMAL", font=font("LiberationSans-Bold", 52), fill=(245, 245, 245))
    d.text(
        (40, 140), "50 GALLON NATURAL GAS", font=font("LiberationSans-Bold", 40), fill=(28, 70, 140)
    )
    for i in range(7):
        x0 = 590 + int(g.integers(-20, 20))
        d.arc(
            [x0 + i * 14, 380 + i * 6, 820 - i * 8, 560 - i * 4],
            200,
            340,
            fill=(90, 90, 95),
            width=3,
        )
    d.polygon([(760, 600), (840, 590), (820, 660), (770, 655)], fill=(150, 118, 80))  # torn
    paste_label(
        img,
        [
            ("MODEL  WH-50G-NG", "LiberationSans-Bold", 34, 16, 14),
            ("40,000 BTU/HR  ATMOSPHERIC VENT", "LiberationSans-Regular", 22, 16, 62),
            ("SHIP TO: HARBOR POINT PM", "LiberationSans-Regular", 24, 16, 100),
            ("MARINA COURT", "LiberationSans-Regular", 24, 16, 132),
            ("ORDER SO-104241", "LiberationSans-Bold", 30, 16, 172),
        ],
        (50, 250),
        (470, 224),
        -0.8,
    )
    return as_jpeg(finish_photo(img, g, 0.40, 3.0), 60)


def photo_union_bag() -> bytes:
    """q36: the torn bag of black unions with its pick label, on the shop bench."""
    g = rng("q36/photo")
    w, h = 960, 720
    tone = blotches(g, w, h, 30)
    arr = np.zeros((h, w, 3), np.float32)
    for c, base in enumerate((118, 104, 88)):
        arr[..., c] = base + (tone - 0.5) * 40  # a worn plywood bench
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    for _ in range(9):  # unions: dark rings
        cx, cy = int(g.integers(80, 900)), int(g.integers(420, 690))
        r = int(g.integers(38, 56))
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(38, 38, 40), outline=(70, 70, 72))
        d.ellipse([cx - r // 2, cy - r // 2, cx + r // 2, cy + r // 2], fill=(20, 20, 22))
    d.line([(610, 470), (640, 520), (628, 560)], fill=(200, 200, 205), width=3)  # the crack
    d.polygon([(520, 0), (960, 0), (960, 300), (700, 380), (560, 260)], fill=(196, 200, 206))
    paste_label(
        img,
        [
            ("TIDEWATER PLUMBING SUPPLY", "LiberationSans-Bold", 24, 14, 12),
            ("FTG-BI-U-150", "LiberationSans-Bold", 38, 14, 48),
            ("1-1/2 BLK MALL IRON UNION", "LiberationSans-Regular", 24, 14, 100),
            ("QTY 20 EA", "LiberationSans-Bold", 30, 14, 136),
            ("ORDER SO-104247  PO-24561", "LiberationSans-Bold", 28, 14, 180),
        ],
        (40, 40),
        (450, 226),
        0.9,
    )
    return as_jpeg(finish_photo(img, g, 0.35, 4.0), 58)


def screenshot_text_thread() -> bytes:
    """q34: Duc's phone screenshot of the text thread with Harbor Point's Wojtek."""
    w, h = 720, 1280
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    small, body = font("DejaVuSans", 24), font("DejaVuSans", 30)
    d.text((40, 18), "4:58", font=font("DejaVuSans-Bold", 28), fill=(0, 0, 0))
    d.text((560, 20), "5G  82%", font=small, fill=(0, 0, 0))
    d.line([(0, 150), (w, 150)], fill=(210, 210, 210), width=2)
    d.ellipse([315, 62, 405, 112], fill=(160, 166, 178))
    d.text((300, 116), "Wojtek HPM", font=font("DejaVuSans", 22), fill=(0, 0, 0))
    d.text((230, 180), "Mon, Nov 30 at 4:41 PM", font=small, fill=(130, 130, 130))
    y = 240
    thread = [
        (
            "in",
            [
                "Duc, the 2 thermostats from",
                "our order SO-104239 are dead,",
                "no display. Unit 4B and 7C",
            ],
        ),
        ("in", ["Harbor Point buy them. Can", "you send to Tidewater for", "warranty? Thank you"]),
        ("out", ["ok i send them today"]),
        ("in", ["thx"]),
    ]
    for side, lines in thread:
        bw = max(d.textlength(t, font=body) for t in lines) + 44
        bh = 40 * len(lines) + 26
        if side == "in":
            x0, fill, ink = 28, (233, 233, 235), (0, 0, 0)
        else:
            x0, fill, ink = w - 28 - bw, (52, 199, 89), (255, 255, 255)  # SMS green
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=28, fill=fill)
        for i, t in enumerate(lines):
            d.text((x0 + 22, y + 12 + 40 * i), t, font=body, fill=ink)
        y += bh + 18
        if side == "out":
            d.text((w - 150, y - 10), "Delivered", font=small, fill=(130, 130, 130))
            y += 30
    d.rounded_rectangle([28, h - 110, w - 28, h - 50], radius=30, outline=(200, 200, 200), width=2)
    d.text((60, h - 96), "Text Message", font=small, fill=(170, 170, 170))
    buf = io.BytesIO()
    img.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        buf, "PNG", optimize=True
    )
    return buf.getvalue()


# ------------------------------------------------------------------ PDF, XLSX, CSV


class Form(FPDF):
    """Letter paper, core fonts, pinned creation date and file id."""

    def __init__(self, key: str, made: str) -> None:
        super().__init__("P", "mm", "Letter")
        self.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC))
        fixed = sha("pdf-id", key)[:32].upper()
        self.file_id = lambda: f"<{fixed}><{fixed}>"
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 18)
        self.add_page()

    def row(self, widths, cells, bold: bool = False, size: float = 9.5) -> None:
        self.set_font("Helvetica", "B" if bold else "", size)
        for width, cell in zip(widths, cells, strict=True):
            if self.get_string_width(cell) > width - 1.5:
                raise ValueError(f"{cell!r} is wider than {width} mm")
            self.cell(width, 7, cell, border=1, fill=bold)
        self.ln(7)


def pdf_discrepancy_form() -> bytes:
    """q25: Harbor Point's vendor invoice discrepancy form, filled in by payables."""
    p = Form("q25", "2026-11-23 15:52")
    p.set_font("Helvetica", "B", 15)
    p.cell(0, 8, "HARBOR POINT PROPERTY MANAGEMENT", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 9)
    p.cell(
        0, 5, "Accounts Payable - 1150 Lakeshore Pkwy - Milwaukee WI", new_x="LMARGIN", new_y="NEXT"
    )
    p.ln(4)
    p.set_font("Helvetica", "B", 13)
    p.cell(0, 8, "VENDOR INVOICE DISCREPANCY FORM", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_fill_color(228, 228, 228)
    p.row([45, 130], ["Vendor", "Tidewater Plumbing Supply"], size=10)
    p.row([45, 130], ["Invoice no.", "INV-88160      Invoice date 11/09/2026"], size=10)
    p.row([45, 130], ["Our PO", "PO-70231  (Lakeview Terrace)"], size=10)
    p.row([45, 130], ["Type", "PRICE - billed above agreed price"], size=10)
    p.ln(4)
    widths = [52, 14, 24, 24, 22, 24]
    p.row(widths, ["Item", "Qty", "Billed ea", "Agreed ea", "Diff ea", "Ext diff"], bold=True)
    p.row(widths, ["Floor register 10x6 white", "60", "5.60", "5.20", "0.40", "24.00"])
    p.row(widths, ["Filter 16x25x1 MERV 11", "24", "38.40", "38.40", "0.00", "0.00"])
    p.row(widths, ["Thermostat non-prog.", "10", "29.50", "29.50", "0.00", "0.00"])
    p.ln(3)
    p.set_font("Helvetica", "", 10)
    p.multi_cell(
        0,
        5.5,
        "Agreed price per vendor quote of September 2026 (phone quote, R. Duarte). "
        "Request: credit memo for the difference, $24.00. Balance of the invoice to be paid "
        "on normal terms.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.ln(6)
    p.cell(
        0, 6, "Prepared by: G. Kim, Payables      Date: 11/23/2026", new_x="LMARGIN", new_y="NEXT"
    )
    p.cell(0, 6, "Approved: ____________________", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


FIXED_ZIP_TIME = (2026, 11, 17, 16, 0, 0)


def restamp_zip(data: bytes) -> bytes:
    """Re-write a zip with fixed member times and attributes (openpyxl stamps the clock)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        r"\g<1>2026-11-17T22:04:00Z\g<2>",
                        text,
                    )
                body = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def xlsx_receiving_sheet() -> bytes:
    """q20: Summit's warehouse receiving log for PO 60455."""
    wb = Workbook()
    ws = wb.active
    ws.title = "RECEIVING"
    stamp = dt.datetime(2026, 11, 17, 16, 4)
    wb.properties.creator = "DPRUITT"
    wb.properties.lastModifiedBy = "DPRUITT"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    bold = Font(bold=True)
    ws["A1"] = "SUMMIT HVAC SERVICES - WAREHOUSE RECEIVING LOG"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "VENDOR: TIDEWATER PLUMBING SUPPLY"
    ws["A3"] = "PO 60455"
    ws["C3"] = "RCVD 11/12 - COUNTED 11/17"
    ws["A4"] = "COUNTED BY: D. PRUITT"
    head = ["ITEM", "DESCRIPTION", "BILLED", "RCVD", "DIFF", "NOTES"]
    rows = [
        ["HVC-CND-PUMP", "CONDENSATE PUMP 115V", 10, 10, 0, "OK"],
        ["TST2100NP", "NON PROG STAT 24V", 12, 12, 0, "2 DEAD - DOA ON BENCH"],
        ["HVC-FLT-1625-M11", "FILTER 16X25X1 MERV11 CS/12", 20, 17, -3, "3 CS SHORT"],
    ]
    fill = PatternFill("solid", fgColor="D9D9D9")
    for col, name in enumerate(head, start=1):
        cell = ws.cell(row=6, column=col, value=name)
        cell.font = bold
        cell.fill = fill
    for r, row in enumerate(rows, start=7):
        for col, value in enumerate(row, start=1):
            ws.cell(row=r, column=col, value=value)
    ws["A11"] = "SENT TO TIDEWATER RETURNS 11/18"
    for col, width in zip("ABCDEF", (20, 30, 9, 9, 7, 26), strict=True):
        ws.column_dimensions[col].width = width
    ws["F8"].alignment = Alignment(wrap_text=True)
    buf = io.BytesIO()
    wb.save(buf)
    return restamp_zip(buf.getvalue())


def csv_po_vs_invoice() -> bytes:
    """q11: Ana's comparison, as Excel in Portuguese saves it: semicolons, decimal commas."""
    rows = [
        ["item", "descricao", "qtd PO", "qtd recebida", "preco PO", "preco fatura", "dif"],
        ["VLV-3100-CK", "valvula retencao 3in", "6", "6", "189,00", "189,00", "0,00"],
        ["FTG-BI-U-150", "uniao ferro preto 1-1/2", "40", "40", "10,80", "10,80", "0,00"],
        ["HVC-CND-PUMP", "bomba condensado", "8", "8", "61,50", "64,90", "27,20"],
        ["PMP-CIRC-015", "bomba circuladora 1/25HP", "4", "5", "139,00", "139,00", "1 a mais"],
    ]
    return ("\r\n".join(";".join(r) for r in rows) + "\r\n").encode("utf-8")


# ================================================================== the requests


def q01() -> bytes:
    text = """\
hi imogen

the wifi thermostst order po 77760 came thurs on ur truck. opened the boxes this am, 1 of \
the 8 has the screen cracked and the box is crushed in on the corner like something heavy \
sat on it. pls credit or send a new one. other 7 r fine, filters fine

tom

Sent from my iPhone
"""
    return mail(
        "q01",
        client="iphone",
        sender=TOM,
        subject="cracked thermostat po 77760",
        sent=sent_at("q01", "2026-10-26 09:12", EDT),
        text=text,
    )


def q02() -> bytes:
    text = """\
Hello Tidewater,

I am Hung, technician of Riverbend Plumbing. The black union 1-1/2 inch from order \
SO104214, we install in Bushkill Creek boiler room last week. 3 piece is leak at the seat, \
water drip even we tighten very hard. We take out already and put other union. So three \
union defective, please send new or credit for us.

Cảm ơn anh chị nhiều,
Hùng Nguyễn
Service Tech - Riverbend Plumbing & Heating
484-555-0131

Get Outlook for Android
"""
    return mail(
        "q02",
        client="outlook-android",
        sender=HUNG,
        subject="Union leaking SO104214",
        sent=sent_at("q02", "2026-10-27 10:40", EDT),
        text=text,
        with_html=True,
    )


def q03() -> bytes:
    text = """\
Hola Imogen buenos dias

del pedido SO-104216 nos sobraron 5 valvulas de bola de 3/4, el cliente cambio el plano y \
ya no las necesitamos. estan nuevas en su bolsa.
We want return the 5 ball valv 3/4 for credit pls, no longer needed. los calentadores y los \
tanques todo bien.

me dice como se las mando?
gracias

Rosa Delgado
Delgado & Sons Plumbing
(713) 555-0184

Enviado desde mi iPhone
"""
    return mail(
        "q03",
        client="iphone",
        sender=ROSA,
        subject="devolucion valvulas SO-104216",
        sent=sent_at("q03", "2026-10-28 11:05", CDT),
        text=text,
    )


def q04() -> bytes:
    text = """\
Hello Imogen this is Piotr from Keystone Front Street job

Delivery yesterday for PO 77790 comma the copper pipe one inch type L three pieces are bent \
in the middle, we cannot use them period The strap on the bundle was broken when the driver \
unload. Please send three new pipe or credit

Also the copper elbow one inch 90 we count 210 pieces but the order is 200 so we have 10 \
extra comma you can take back when you bring the pipes

Dziękuję
Piotr Wiśniewski
Foreman | Keystone Mechanical Contractors
(717) 555-0193


Sent from my Samsung Galaxy smartphone.
"""
    return mail(
        "q04",
        client="samsung",
        sender=PIOTR,
        subject="PO 77790 copper pipe bent and to many elbows",
        sent=sent_at("q04", "2026-10-29 07:50", EDT),
        text=text,
        with_html=True,
    )


def q05() -> bytes:
    text = """\
Hi Imogen, boa tarde!

The invoice 88098 (our PO 77790) came with the copper tube 1" type L at $76.40 each, but in \
our PO the price is $71.80. We received 30 tubes, so the difference is 4,60 x 30 = $138.00. \
Can you please make a credit memo for this difference? The elbows and the ball valves price \
is correct.

Obrigada!

Ana Beatriz Souza
Compradora / Buyer
Keystone Mechanical Contractors
(717) 555-0186 | asouza@keystonemech.com
"""
    return mail(
        "q05",
        client="outlook",
        sender=ANA,
        subject="Invoice 88098 - price copper tube wrong",
        sent=sent_at("q05", "2026-10-30 14:20", EDT),
        text=text,
        with_html=True,
    )


def q06() -> bytes:
    text = """\
buenas imogen

del pedido SO 104231 que llego el jueves en su troca:
- la PRV 3/4 (valvula reductora de presion) 1 pza llego con la rosca quebrada, the thread \
is broken, la caja venia aplastada
- codos de cobre 1" 90: la factura dice 100 y contamos 90, faltan 10 elbows

pls mandar 1 PRV nueva y los 10 codos o credito
gracias

Kino Delgado
Delgado & Sons Plumbing
cel 832-555-0149
"""
    return mail(
        "q06",
        client="gmail-android",
        sender=KINO,
        subject="SO 104231 prv quebrada y faltan codos",
        sent=sent_at("q06", "2026-11-02 08:30", CST),
        text=text,
        with_html=True,
    )


def q07() -> bytes:
    text = """\
Hi Imogen, fwd from our crew leader below. PO 24460 was delivered saturday by Estes, 2 of the \
copper tubes 1in type L are crushed flat on one end, he put them aside. pls replace or credit \
the 2. rest of the order ok

Marisol Vega
Dispatch | Riverbend Plumbing & Heating
610-555-0152

Get Outlook for Android

-------- Forwarded WhatsApp chat --------
[10/31/26, 3:41:07 PM] Ray Kowalski: estes here finally
[10/31/26, 3:58:22 PM] Ray Kowalski: all there but 2 of the copper 1" sticks flattened on \
the end, forklift prob
[10/31/26, 3:58:40 PM] Ray Kowalski: image omitted
[10/31/26, 4:02:13 PM] Marisol Vega: ok how many tees n valves
[10/31/26, 4:10:55 PM] Ray Kowalski: tees 100 valves 30 all good
[10/31/26, 4:11:30 PM] Marisol Vega: ok i tell tidewater monday 👍
"""
    return mail(
        "q07",
        client="outlook-android",
        sender=MARISOL,
        subject="Fwd: PO 24460 copper damage",
        sent=sent_at("q07", "2026-11-03 09:15", EST),
        text=text,
        with_html=True,
    )


def q08() -> bytes:
    text = """\
3 box ceiling tile wet and crush from delivery monday order 104228, pic attach. pls credit

Duc
Sent from my iPhone
"""
    return mail(
        "q08",
        client="iphone",
        sender=DUC,
        subject="tile",
        sent=sent_at("q08", "2026-11-04 10:05", CST),
        text=text,
        files=((photo_tile_cartons(), JPEG, "IMG_2207.jpeg"),),
    )


def q09() -> bytes:
    text = """\
Hello Imogen this is Piotr

PO 77812 first truck arrive today two pallets comma 40 gate valve bronze 2 inch and 150 \
copper elbow everything count good no damage period The PRV and the pex coil not here yet \
comma is coming tomorrow question mark

Thank you
Piotr


Sent from my Samsung Galaxy smartphone.
"""
    return mail(
        "q09",
        client="samsung",
        sender=PIOTR,
        subject="PO 77812 first truck",
        sent=sent_at("q09", "2026-11-05 16:30", EST),
        text=text,
        with_html=True,
    )


def q10() -> bytes:
    text = """\
2nd truck for po 77812 just came (estes). only 10 of the 3/4 prvs in the box, slip + invoice \
say 12 so were 2 short. pex coils all 6 here.
can u ship the 2 missing asap, need them mon for mifflin ave

tom

Sent from my iPhone
"""
    return mail(
        "q10",
        client="iphone",
        sender=TOM,
        subject="77812 prvs",
        sent=sent_at("q10", "2026-11-06 15:10", EST),
        text=text,
    )


def q11() -> bytes:
    text = """\
Hi Imogen, bom dia

Two things for PO 77830 (your invoice 88133):

1- we received 5 circulater pumps 1/25 HP but the PO is for 4. So 1 pump is extra, still \
closed in the box, the driver can take it back.

2- the condensate pump is invoiced $64,90 but our PO price is $61,50, and we have 8 pumps. \
Difference 3,40 x 8 = $27,20, please make credit memo. I attach the comparison.

The check valves and the unions are ok.

Obrigada,
Ana Beatriz Souza
Compradora / Buyer
Keystone Mechanical Contractors
(717) 555-0186 | asouza@keystonemech.com
"""
    return mail(
        "q11",
        client="outlook",
        sender=ANA,
        subject="PO 77830 / invoice 88133 - 1 pump extra + price condensate pump",
        sent=sent_at("q11", "2026-11-09 10:30", EST),
        text=text,
        with_html=True,
        files=((csv_po_vs_invoice(), CSV, "comparacao_PO77830_fatura88133.csv"),),
    )


def q12() -> bytes:
    text = """\
hi imogen
so-104238 : 2 boxes of the non programmable stats 24v have a diff model inside (a 5-1-1 \
programmable one, not what we ordered). need 2 of the correct non-prog ones.
also we over-ordered the 16x25 merv 11 filters, 2 cases we wont need. ok to send those back \
with the 2 wrong stats?
wifi stats all good
thx
raj

Raj Patel | Summit HVAC
sent from mobile
"""
    return mail(
        "q12",
        client="gmail-android",
        sender=RAJ,
        subject="so-104238 stats + filters",
        sent=sent_at("q12", "2026-11-09 14:45", CST),
        text=text,
        with_html=True,
    )


def q13() -> bytes:
    text = """\
Good morning,

Yesterday delivery for Lakeview Terrace, order SO-104239. The white registers 10x6 we have \
ordered 60, came only 50, so 10 is missing. Thermostats digital non programmable came 12 but \
on order is 10, so 2 is more, I keep them in the shop for your driver.

Filters is ok, 24.

Please send 10 registers.

Pozdrawiam,
Wojtek Nowak
Maintenance Technician | Harbor Point Property Management
cell 414-555-0163
"""
    return mail(
        "q13",
        client="outlook",
        sender=WOJTEK,
        subject="Lakeview Terrace delivery SO-104239",
        sent=sent_at("q13", "2026-11-10 09:20", CST),
        text=text,
        with_html=True,
    )


def q14() -> bytes:
    text = """\
Hola Imogen

PO-40988 (lo que recogimos en will call el viernes):

1) nos sobraron 40 pies del tubo negro de 2" (2 tramos de 20 pies), el cliente cancelo la \
segunda fase y ya no lo vamos a usar. Can we return the 40 ft black pipe for credit? no \
longer needed

2) en las uniones negras 1-1/2 nos dieron 14 y pagamos 12, there are 2 extra. se las \
regresamos

gracias
Rosa

Enviado desde mi iPhone
"""
    return mail(
        "q14",
        client="iphone",
        sender=ROSA,
        subject="PO-40988 tubo negro y uniones",
        sent=sent_at("q14", "2026-11-12 10:15", CST),
        text=text,
    )


def q15() -> bytes:
    text = """\
Hi,
our AP system lost the PDFs for 2 invoices, can you pls resend copies of INV-88152 \
(SO-104238 - 12 wifi thermostats, 20 non-prog thermostats, 10 cs filters) and INV-88184? \
Amounts match our POs, we just need the copies for the file. also the W-9 we have for \
Tidewater is from 2023, pls send current one.
thx
Linda Chu
AP | Summit HVAC Services
913-555-0110 x4
"""
    return mail(
        "q15",
        client="outlook",
        sender=LINDA,
        subject="pls resend invoice copies",
        sent=sent_at("q15", "2026-11-12 13:00", CST),
        text=text,
        with_html=True,
    )


def q16() -> bytes:
    text = """\
imogen - so-104236, the ups boxes came last fri, guys opened the pex coils yesterday. 1 of \
the 2 coils (3/4 pex-a 300ft) box is torn open and the tubing is kinked in 3 spots, cant use \
it. 1 coil dmgd, can u replace it
mike

Sent from my iPhone
"""
    return mail(
        "q16",
        client="iphone",
        sender=MIKE,
        subject="pex coil so-104236",
        sent=sent_at("q16", "2026-11-13 08:05", EST),
        text=text,
    )


def q17() -> bytes:
    text = """\
Hi Imogen

The 3 water heater gas 50 gal from SO-104241 arrive Wednesday to Marina Court. One of them \
is dented bad in the side and the gas control is broken, the box fall from the liftgate of \
the Estes truck when they unload. We no can install it. 1 heater damaged, we need \
replacement please. Photo attach.

The 3 expantion tanks are ok.

Luis Ortega
Director of Maintenance
Harbor Point Property Management
414-555-0172
"""
    return mail(
        "q17",
        client="outlook",
        sender=LUIS,
        subject="heater damaged SO-104241 Marina Court",
        sent=sent_at("q17", "2026-11-13 10:40", CST),
        text=text,
        files=((photo_heater_box(), JPEG, "heater_marina_court.jpg"),),
    )


Q18_TEXT = """\
Hi Imogen,

Quick question: from PO 77760 we maybe will have 4 cases of the MERV 11 filters 16x25x1 not \
used, the job is finishing. If we return, the restocking fee is 15%? And until what date we \
can return them? We decide this week.

Obrigada
Ana Beatriz
"""


def q18() -> bytes:
    return mail(
        "q18",
        client="outlook",
        sender=ANA,
        subject="question return filters PO 77760",
        sent=sent_at("q18", "2026-11-16 11:20", EST),
        text=Q18_TEXT,
        with_html=True,
    )


def q19() -> bytes:
    text = """\
hi this is shanice at the leasing office juneau park flats. 2 of the floor registers (white \
10x6) u guys delivered yesterday are bent like someone stepped on them, box was ripped open. \
dont have the order # on me, maintenance has the paperwork. can u credit or send 2 new. call \
me 414-555-0147 thx

Sent from my iPhone
"""
    return mail(
        "q19",
        client="iphone",
        sender=SHANICE,
        subject="bent registers",
        sent=sent_at("q19", "2026-11-17 12:30", CST),
        text=text,
    )


Q20_TEXT = """\
IMOGEN,

RECEIVING ON PO 60455 DONE. FILTERS 16X25X1 MERV 11 ONLY 17 CASES, BILLED 20, 3 CASES \
SHORT. ALSO 2 OF THE NON PROGRAMMABLE THERMOSTATS (TST2100NP) ARE DEAD, NO DISPLAY WITH 24V \
ON THE TERMINALS, TESTED ON BENCH. DOA. CONDENSATE PUMPS 10 OK.

SHEET ATTACHED. PLS SEND 3 CS FILTERS + 2 STATS.

DWAYNE PRUITT
WAREHOUSE LEAD - SUMMIT HVAC SERVICES
913-555-0114
"""
Q20_SUBJECT = "RECEIVING PO 60455 - SHORT + DEFECTIVE"
Q20_SENT = ("q20", "2026-11-18 07:40", CST)


def q20() -> bytes:
    return mail(
        "q20",
        client="outlook",
        sender=DWAYNE,
        subject=Q20_SUBJECT,
        sent=sent_at(*Q20_SENT),
        text=Q20_TEXT,
        with_html=True,
        files=((xlsx_receiving_sheet(), XLSX, "RCV_PO60455.xlsx"),),
    )


def q21() -> bytes:
    text = """\
Hello Imogen this is Piotr

Order SO-104218 from October comma today we open the last bags of the pex crimp coupling \
half inch and for bags is not half inch comma inside is three quarter inch period Wrong size \
but the bag label say half inch. We need for bags of half inch please and you take back the \
wrong ones

Dziękuję
Piotr


Sent from my Samsung Galaxy smartphone.
"""
    return mail(
        "q21",
        client="samsung",
        sender=PIOTR,
        subject="SO-104218 wrong size pex couplings",
        sent=sent_at("q21", "2026-11-19 08:10", EST),
        text=text,
        with_html=True,
    )


def q22() -> bytes:
    text = """\
Buenas tardes, soy Beto Salinas, plomero de Delgado & Sons.

El calentador electrico de 40 galones del pedido SO-104216 (lo instalamos en la casa de la \
calle Almeda) no calienta. Ya cheque los elementos y el termostato, el elemento de abajo \
salio quemado de fabrica, tiene 3 semanas instalado. Es 1 calentador. Defective - no hot \
water.

Rosa me dijo que les escribiera directo, mi correo del trabajo no jala en el cel.

Beto Salinas
cel 832-555-0178
"""
    return mail(
        "q22",
        client="gmail-android",
        sender=BETO,
        subject="calentador no calienta SO-104216",
        sent=sent_at("q22", "2026-11-19 16:05", CST),
        text=text,
        with_html=True,
    )


def q23() -> bytes:
    text = """\
Hello Imogen,

For order SO-104243 (Hackett Park school job):

1. PRV 3/4 inch 25-75 psi - one box when we open, inside is PRV 1/2 inch, not 3/4. Wrong \
item. We need 1 PRV 3/4.
2. Ball valve 1 inch - 2 piece the handle break off when we turn first time, stem is bad. \
Defective 2 pcs.

Please send correct PRV and 2 new ball valve, or credit.

Cảm ơn,
Hùng Nguyễn
Riverbend Plumbing & Heating

Get Outlook for Android
"""
    return mail(
        "q23",
        client="outlook-android",
        sender=HUNG,
        subject="SO-104243 PRV wrong + ball valve handle",
        sent=sent_at("q23", "2026-11-20 09:30", EST),
        text=text,
        with_html=True,
    )


def q24() -> bytes:
    text = """\
hi imogen, sorry maybe not ur dept - is SO-104247 shipping this week? we need the 3 check \
valves 3" and the 20 unions for the Palmer Twp job on monday. if its not this week pls tell \
me the date so i can tell mike. thx!

Karen Liu
Office Manager | Riverbend Plumbing & Heating
610-555-0139
"""
    return mail(
        "q24",
        client="outlook",
        sender=KAREN,
        subject="SO-104247 ship date?",
        sent=sent_at("q24", "2026-11-20 11:00", EST),
        text=text,
        with_html=True,
    )


def q25() -> bytes:
    text = """\
Hello,

Invoice INV-88160 is billing the floor registers 10x6 white at $5.60 each x 60. Our agreed \
price is $5.20 (quote from September). Please credit the difference, 0.40 x 60 = $24.00. \
Discrepancy form attached.

We will pay the rest of invoice on normal terms.

Thank you,
Grace Kim
Payables | Harbor Point Property Management
414-555-0170 ext. 12
"""
    return mail(
        "q25",
        client="outlook",
        sender=GRACE,
        subject="INV-88160 price discrepancy floor registers",
        sent=sent_at("q25", "2026-11-23 10:00", CST),
        text=text,
        with_html=True,
        files=((pdf_discrepancy_form(), PDF, "HPM_Discrepancy_INV-88160.pdf"),),
    )


def q26() -> bytes:
    text = """\
imogen - PO 24415, the rpz backflow we got in oct for the forks twp pump house. inspector \
came today to set it and the tag on it says 2-1/2", not 3". wrong size, we ordered the 3" \
RPZ. need the right one asap, the 2-1/2 is still on the skid never installed
the 2 check valves on that order are fine
mike

Sent from my iPhone
"""
    return mail(
        "q26",
        client="iphone",
        sender=MIKE,
        subject="PO 24415 rpz wrong size",
        sent=sent_at("q26", "2026-11-23 13:20", EST),
        text=text,
    )


def q27() -> bytes:
    answer_sent = sent_at("q27/answer", "2026-11-16 14:05", EST)
    asked_sent = sent_at("q18", "2026-11-16 11:20", EST)
    answer = f"""\
Hi Ana,

Yes, the restocking fee on your account is 15%. Returns are accepted within 30 days of \
delivery; PO 77760 (our SO-104224) was delivered on 10/22, so a return of the filters would \
need to reach us by 11/21.

{IMOGEN_SIG}

"""
    text = (
        """\
Hi Imogen, desculpa the delay. We decided: the 4 cases of MERV 11 filters 16x25x1 from PO \
77760 we don't need, the job is finished. Please send the RMA to return them, they are \
closed in the box. OK with the 15%.

Obrigada
Ana

Get Outlook for iOS
"""
        + outlook_quote(IMOGEN, answer_sent, ANA, "RE: question return filters PO 77760")
        + answer
        + outlook_quote(ANA, asked_sent, DESK, "question return filters PO 77760")
        + Q18_TEXT
    )
    return mail(
        "q27",
        client="outlook-ios",
        sender=ANA,
        subject="RE: question return filters PO 77760",
        sent=sent_at("q27", "2026-11-24 09:00", EST),
        text=text,
        with_html=True,
        in_reply_to=desk_id("q27/answer"),
    )


def q28() -> bytes:
    text = """\
Imogen good morning

One of the expansion tank 2 gal (WH-EXP-26) from SO-104241, the one with the heaters for \
Marina Court, is bad. The bladder is broken inside, is full of water when we knock it, and \
the relief valve of the heater open every night. Installed 2 weeks. 1 tank defective, please \
replace.

The heater damaged you have already from my other email.

Gracias
Luis

Get Outlook for Android
"""
    return mail(
        "q28",
        client="outlook-android",
        sender=LUIS,
        subject="expansion tank bad SO-104241",
        sent=sent_at("q28", "2026-11-25 08:15", CST),
        text=text,
        with_html=True,
    )


def q29() -> bytes:
    credit_sent = sent_at("q29/credit", "2026-11-24 15:40", CST)
    credit = f"""\
Hola Rosa,

The 5 x 3/4" ball valves (VLV-0075-BV) from SO-104216 came back on 11/20. Credit memo \
CM-41877 for $40.80 (5 x $9.60 less 15% restocking) is posted to your account.

{IMOGEN_SIG}
"""
    when = f"{credit_sent.day} nov {credit_sent.year}, a las {credit_sent:%H:%M}"
    text = (
        """\
gracias Imogen, ya lo vimos en la cuenta 👍 todo bien, no necesitamos nada mas con las \
valvulas

Rosa

Enviado desde mi iPhone

"""
        + f"> El {when}, Imogen Hale <returns@distributor.example> escribió:\n>\n"
        + cite(credit)
    )
    return mail(
        "q29",
        client="iphone",
        sender=ROSA,
        subject="Re: Credit memo CM-41877 - SO-104216",
        sent=sent_at("q29", "2026-11-25 12:00", CST),
        text=text,
        in_reply_to=desk_id("q29/credit"),
    )


def q30() -> bytes:
    text = """\
Hi - we are paying inv 88098 today short $138.00. 1" type L copper tube billed 76.40/length, \
po 77790 price is 71.80. 30 lengths x 4.60 = 138.00. pls issue credit memo. thx

Dana Ruiz
AP | Keystone Mechanical Contractors

Get Outlook for iOS
"""
    return mail(
        "q30",
        client="outlook-ios",
        sender=DANA,
        subject="inv 88098 short pay",
        sent=sent_at("q30", "2026-11-30 09:45", EST),
        text=text,
        with_html=True,
    )


def q31() -> bytes:
    text = """\
imogen, leftovers from so 104214 (bushkill creek), jobs closed out. we have 1 of the 3" \
flanged check valves never installed + 25 of the 1-1/2 black unions, all new in box. dont \
need them anymore. pls rma for both, ok w the 10% fee
mike

Sent from my iPhone
"""
    return mail(
        "q31",
        client="iphone",
        sender=MIKE,
        subject="leftovers so 104214",
        sent=sent_at("q31", "2026-11-30 11:30", EST),
        text=text,
    )


def q32() -> bytes:
    text = """\
Hello Imogen,

Order SO-104246 (Juneau Park Flats, delivered 16.11):
- ball valve 3/4 (vlv-0075-bv): on the order is sweat, but 3 pieces in the box is threaded \
NPT, wrong one. We need 3 sweat ones.
- registers 10x6 white: 8 pieces we not need anymore, project change. They are new in box. \
Can I return them?

Pozdrawiam
Wojtek Nowak
Maintenance Technician | Harbor Point Property Management
cell 414-555-0163
"""
    return mail(
        "q32",
        client="outlook",
        sender=WOJTEK,
        subject="SO-104246 ball valves wrong + registers return",
        sent=sent_at("q32", "2026-11-30 14:00", CST),
        text=text,
        with_html=True,
    )


def q33() -> bytes:
    text = """\
hola imogen
2 valvulas de bola 3/4 (las de soldar) del PO-40611 del año pasado tienen fuga por el \
vastago, leaking at the stem. instaladas en nov 2025 en la casa de pasadena. defectuosas, se \
pueden cambiar por garantia?
los calentadores de ese pedido bien
kino

Kino Delgado
Delgado & Sons Plumbing
cel 832-555-0149
"""
    return mail(
        "q33",
        client="gmail-android",
        sender=KINO,
        subject="garantia valvulas PO-40611",
        sent=sent_at("q33", "2026-12-01 10:20", CST),
        text=text,
        with_html=True,
    )


def q34() -> bytes:
    text = """\
hello imogen, duc from summit hvac. we install thermostats at lakeview terrace for harbor \
point (they buy them, order SO-104239). 2 thermostat non programable no display, dead. we \
test with new 24v transformer, same. defective 2 pcs. harbor point ask us to send to u, \
screenshot of wojtek text attach

duc pham
summit hvac

Sent from my iPhone
"""
    return mail(
        "q34",
        client="iphone",
        sender=DUC,
        subject="thermostat dead harbor point",
        sent=sent_at("q34", "2026-12-01 13:10", CST),
        text=text,
        files=((screenshot_text_thread(), PNG, "IMG_2291.PNG"),),
    )


def q35() -> bytes:
    answer_sent = sent_at("q35/answer", "2026-11-18 13:25", CST)
    answer = f"""\
Hi Dwayne,

Got it, thanks. Two cases are open on SO-104244 (your PO 60455): 3 cases of the MERV 11 \
filters short (recount at our DC) and the 2 DOA thermostats. Please keep the 2 thermostats \
boxed, our driver picks them up on his next run.

{IMOGEN_SIG}

"""
    text = (
        """\
IMOGEN - FOUND THE 3 CASES OF MERV 11 FILTERS FROM PO 60455. WERE ON THE WRONG PALLET IN \
BAY 4 UNDER THE PUMP BOXES. ALL 20 HERE NOW. SORRY FOR THE TROUBLE. THE 2 DEAD STATS ARE \
BOXED FOR YOUR DRIVER LIKE YOU SAID.

DWAYNE

"""
        + outlook_quote(IMOGEN, answer_sent, DWAYNE, "RE: " + Q20_SUBJECT)
        + answer
        + outlook_quote(DWAYNE, sent_at(*Q20_SENT), DESK, Q20_SUBJECT)
        + Q20_TEXT
    )
    return mail(
        "q35",
        client="outlook",
        sender=DWAYNE,
        subject="RE: " + Q20_SUBJECT,
        sent=sent_at("q35", "2026-12-02 07:35", CST),
        text=text,
        with_html=True,
        in_reply_to=desk_id("q35/answer"),
    )


def q36() -> bytes:
    text = """\
hi imogen, the 1-1/2" black unions for SO-104247 finally came yesterday (check valves not \
yet). 2 of the 20 unions are cracked on the nut, bag was torn open in the box. pic attached. \
pls send 2 more w/ the check valves
thx karen

Sent from my iPhone
"""
    return mail(
        "q36",
        client="iphone",
        sender=KAREN,
        subject="unions SO-104247",
        sent=sent_at("q36", "2026-12-03 10:10", EST),
        text=text,
        files=((photo_union_bag(), JPEG, "IMG_5120.jpeg"),),
    )


def q37() -> bytes:
    text = """\
Estoy fuera de la oficina hasta el lunes 7 de diciembre, con acceso limitado al correo.
I am out of the office until Monday December 7 with limited access to email.

Emergencias de mantenimiento / maintenance emergencies: 414-555-0100
Para el calentador y el tanque de expansion de Marina Court (recogida / pickup) contacte a \
Wojtek Nowak, wnowak@harborpointpm.com, 414-555-0163.

Luis Ortega
Director of Maintenance
Harbor Point Property Management
"""
    return mail(
        "q37",
        client="autoreply",
        sender=LUIS,
        subject="Respuesta automática: Pickup scheduled - SO-104241 expansion tank",
        sent=sent_at("q37", "2026-12-04 07:00", CST),
        text=text,
        with_html=True,
        in_reply_to=desk_id("q37/pickup"),
    )


def q38() -> bytes:
    form = {
        "order_number": "SO-104218",
        "lines": [{"sku": "VLV-1005-BV", "quantity": 6, "reason": "NOT_NEEDED"}],
        "note": (
            'we orderd 6 to many of the 1" ball valves on this one, my mistake. never opened, '
            "still in the carton. pls pick up w next delivery or tell me where to drop them. "
            "thx - Gabe (keystone shop)\nSent from my iPhone"
        ),
    }
    return (json.dumps(form, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def q39() -> bytes:
    text = """\
11/13/26, 7:02 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, \
not even WhatsApp, can read or listen to them.
11/13/26, 7:02 AM - Hùng Riverbend: anh Mike, Hackett Park delivery SO-104243 copper elbow \
1 inch only 225 pcs, invoice say 250
11/13/26, 7:03 AM - Hùng Riverbend: missing 1 box = 25 pcs
11/13/26, 7:09 AM - Mike O'Brien: ok. check the van too
11/13/26, 9:46 AM - Hùng Riverbend: van no. still 225
11/13/26, 9:47 AM - Mike O'Brien: ok ill tell tidewater
11/30/26, 4:15 PM - Mike O'Brien: hung did we ever send the elbow thing to tidewater?
11/30/26, 4:21 PM - Hùng Riverbend: no anh, i think you send
11/30/26, 4:22 PM - Mike O'Brien: my bad. upload this chat to their portal. 25 elbows short \
SO-104243, ask them ship or credit
11/30/26, 4:22 PM - Hùng Riverbend: ok 👍
"""
    return text.encode("utf-8")


def q40() -> bytes:
    text = """\
Voice Memo - Transcript
New Recording 14 - Nov 24, 2026 at 6:48 AM - 0:31

Okay this is for Tidewater returns. About P.O. 60418, the delivery with the Wi-Fi \
thermostats. We counted the boxes again, the packing list says twelve and we have eleven. So \
one Wi-Fi thermostat is missing. Please send one more or credit it. Thanks.
"""
    return text.encode("utf-8")


NAMES = {
    "q01": "q01-keystone-tom-cracked-wifi-stat-iphone.eml",
    "q02": "q02-riverbend-hung-unions-leak-at-seat.eml",
    "q03": "q03-delgado-rosa-valvulas-que-sobran.eml",
    "q04": "q04-keystone-piotr-dictated-bent-copper-extra-ells.eml",
    "q05": "q05-keystone-ana-copper-price-obrigada.eml",
    "q06": "q06-delgado-kino-prv-rosca-codos-faltan.eml",
    "q07": "q07-riverbend-marisol-whatsapp-forward-copper.eml",
    "q08": "q08-summit-duc-tile-photo-one-line.eml",
    "q09": "q09-keystone-piotr-first-truck-all-good.eml",
    "q10": "q10-keystone-tom-prv-short-second-truck.eml",
    "q11": "q11-keystone-ana-circ-extra-condensate-price-csv.eml",
    "q12": "q12-summit-raj-wrong-stats-extra-filters.eml",
    "q13": "q13-harbor-wojtek-registers-short-stats-over.eml",
    "q14": "q14-delgado-rosa-pipe-leftover-unions-extra.eml",
    "q15": "q15-summit-linda-invoice-copies-w9.eml",
    "q16": "q16-riverbend-mike-pex-coil-kinked.eml",
    "q17": "q17-harbor-luis-heater-dented-photo.eml",
    "q18": "q18-keystone-ana-question-restocking.eml",
    "q19": "q19-harbor-shanice-bent-registers-texting.eml",
    "q20": "q20-summit-dwayne-caps-receiving-xlsx.eml",
    "q21": "q21-keystone-piotr-dictated-couplings-wrong-size.eml",
    "q22": "q22-delgado-beto-gmail-calentador.eml",
    "q23": "q23-riverbend-hung-prv-wrong-valve-handles.eml",
    "q24": "q24-riverbend-karen-ship-date-question.eml",
    "q25": "q25-harbor-grace-register-price-pdf.eml",
    "q26": "q26-riverbend-mike-rpz-wrong-size.eml",
    "q27": "q27-keystone-ana-filters-return-reply-on-top.eml",
    "q28": "q28-harbor-luis-expansion-tank-bladder.eml",
    "q29": "q29-delgado-rosa-gracias-credit-reply.eml",
    "q30": "q30-keystone-dana-copper-short-pay.eml",
    "q31": "q31-riverbend-mike-leftovers-checks-unions.eml",
    "q32": "q32-harbor-wojtek-threaded-valves-registers-back.eml",
    "q33": "q33-delgado-kino-valvulas-garantia.eml",
    "q34": "q34-summit-duc-harbor-stats-screenshot.eml",
    "q35": "q35-summit-dwayne-caps-found-filters.eml",
    "q36": "q36-riverbend-karen-cracked-unions-photo.eml",
    "q37": "q37-harbor-luis-respuesta-automatica.eml",
    "q38": "q38-portal-ball-valves-ordered-too-many.json",
    "q39": "q39-upload-whatsapp-export-elbows.txt",
    "q40": "q40-upload-voice-memo-wifi-stat.txt",
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
