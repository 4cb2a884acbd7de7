"""Write every request file of heldout51: 37 emails with their attachments, 1 portal form, 2 uploads.

    .venv/bin/python sample_docs/heldout51/make_attachments.py [OUT_DIR]

OUT_DIR defaults to requests/ beside this file. The angle of the set is "the claim in the
paperwork": the mails are short and the facts sit in what is attached, in the senders' own
layouts:

- text PDFs (fpdf2, core fonts only): receiving reports, return and credit request forms, debit
  memos, a daily site report, an OS&D report, a nonconformance report, service and maintenance
  tickets, a work order, and the non-claims (a W-9, a statement reconciliation, an RFQ, a
  purchase order, a carrier proof of delivery, a signed packing list);
- pictures (Pillow + numpy): phone photos (JPEG) of a bill of lading and a carrier delivery
  receipt with the receiver's note and of a return tag; phone scanner-app captures (PNG) of a
  truck check-in log, a carrier delivery receipt and a receiving log page; flatbed scans (PNG) of
  two paper forms filled in by hand;
- CSV exports from the customers' systems (receiving, variance, AP match, job close-out, credit
  application).

The bytes are the same on every run: no clock is read; pen wobble, paper tint and photo light
come from numpy generators seeded with a SHA-256 of the picture's name; PDFs get a fixed creation
date; Message-IDs and MIME boundaries are hashes of the request key.
"""

import csv
import datetime as dt
import hashlib
import io
import json
import sys
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
TO_DESK = f"Brightwater Returns <{DESK}>"
WE = "Brightwater Distribution"
WE_ADDR = "880 Harbor Industrial Rd, Building C"

PDF = ("application", "pdf")
JPG = ("image", "jpeg")
PNG = ("image", "png")
CSV = ("text", "csv")


# ---------------------------------------------------------------- hashes and times


def digest(*parts: str, size: int = 16) -> str:
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:size]


def rng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(digest("seed", name, size=14), 16))


def local(stamp: str, offset: int) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' at UTC+offset hours."""
    tz = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


# ---------------------------------------------------------------- mail

CLIENTS = {
    "outlook": (("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")),
    "iphone": (("X-Mailer", "iPhone Mail (22B83)"),),
    "tbird": (("User-Agent", "Mozilla Thunderbird"),),
    "gmail": (),
    "android": (("X-Mailer", "Samsung Email"),),
    "plain": (),
}


def message_id(key: str, client: str, domain: str) -> str:
    h = digest("msgid", key, size=36)
    if client == "outlook":
        up = h.upper()
        return f"<{up[:8]}{up[8:24]}@{up[24:32]}.namprd12.prod.outlook.com>"
    if client == "gmail":
        return f"<CAG{h[:12]}+{h[12:26]}=W{h[26:34]}@mail.gmail.com>"
    if client == "iphone":
        up = h.upper()
        return f"<{up[:8]}-{up[8:12]}-{up[12:16]}-{up[16:20]}-{up[20:32]}@{domain}>"
    if client == "tbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:20]}.{h[20:30]}@smtp.{domain}>"


def boundary(key: str, n: int, client: str) -> str:
    h = digest("bound", key, str(n), size=28)
    return {
        "outlook": f"_00{n}_{h.upper()}_",
        "gmail": f"000000000000{h[:16]}",
        "iphone": f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}",
        "tbird": f"------------{h[:24]}",
    }.get(client, f"==part{n}_{h[:20]}")


def html_body(text: str) -> str:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in esc.strip().split("\n\n"))
    return f'<html><body style="font-family:Calibri,Arial;font-size:11pt">\n{paras}</body></html>\n'


def mail(
    key: str,
    *,
    sender: str,
    subject: str,
    when: dt.datetime,
    body: str,
    files: tuple = (),
    to: str = TO_DESK,
    cc: str | None = None,
    client: str = "plain",
    html: bool = False,
) -> bytes:
    """One RFC 822 message; files are (bytes, (maintype, subtype), filename[, disposition])."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(key, client, domain)
    for name, value in CLIENTS[client]:
        msg[name] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html_body(body), subtype="html")
    for item in files:
        data, (main, sub), filename = item[:3]
        how = item[3] if len(item) > 3 else "attachment"
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename, disposition=how)
    for n, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, n, client))
    out = io.BytesIO()
    BytesGenerator(out, policy=policy.default.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


# ---------------------------------------------------------------- PDFs


class Doc(FPDF):
    """A Letter page in mm with a pinned creation date; core fonts only (small files)."""

    def __init__(
        self, made: str, landscape: bool = False, footer: str = "", face: str = "Helvetica"
    ) -> None:
        super().__init__("L" if landscape else "P", "mm", "Letter")
        self.face = face
        self.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d").replace(tzinfo=dt.UTC))
        self.footer_text = footer
        self.set_margins(16, 14, 16)
        self.set_auto_page_break(True, 16)
        self.alias_nb_pages()
        self.add_page()

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-12)
            self.set_font(self.face, "", 7)
            self.cell(0, 4, f"{self.footer_text}   page {self.page_no()}/{{nb}}", align="R")

    def title_block(self, left: str, right: str = "", sub: str = "", size: float = 14) -> None:
        self.set_font(self.face, "B", size)
        room = self.w - self.l_margin - self.r_margin
        self.cell(0, 8, left)
        if right and self.get_string_width(left) + self.get_string_width(right) + 6 > room:
            self.ln(8)  # no room beside the title: the document name goes on a line of its own
        if right:
            self.set_x(self.l_margin)
            self.cell(0, 8, right, align="R")
        self.ln(8)
        if sub:
            self.set_font(self.face, "", 8.5)
            self.multi_cell(0, 4.2, sub)
        self.ln(2)

    def pairs(self, items: list[tuple[str, str]], label_w: float = 36, cols: int = 1) -> None:
        """Label/value pairs, in one or two columns."""
        width = (self.w - self.l_margin - self.r_margin) / cols
        for i in range(0, len(items), cols):
            for label, value in items[i : i + cols]:
                self.set_font(self.face, "B", 9)
                self.cell(label_w, 5.6, label)
                self.set_font(self.face, "", 9)
                self.cell(width - label_w, 5.6, value)
            self.ln(5.6)
        self.ln(1.5)

    def table(
        self,
        widths: list[float],
        rows: list[list[str]],
        size: float = 8.5,
        height: float = 6,
        align: str = "",
        head_fill: int = 225,
        border: int | str = 1,
    ) -> None:
        for r, row in enumerate(rows):
            self.set_font(self.face, "B" if r == 0 else "", size)
            self.set_fill_color(head_fill, head_fill, head_fill)
            for c, (w, text) in enumerate(zip(widths, row, strict=True)):
                if self.get_string_width(text) > w - 1:
                    raise ValueError(f"cell too narrow ({w} mm) for {text!r}")
                self.cell(
                    w,
                    height,
                    text,
                    border=border,
                    align=align[c] if c < len(align) else "L",
                    fill=r == 0,
                )
            self.ln(height)
        self.ln(2)

    def text_block(self, text: str, size: float = 9, style: str = "", height: float = 4.6) -> None:
        self.set_font(self.face, style, size)
        self.multi_cell(0, height, text)
        self.ln(1.5)

    def sign_line(self, label: str, value: str, x_gap: float = 6) -> None:
        self.set_font(self.face, "", 9)
        self.cell(self.get_string_width(label) + 2, 6, label)
        self.set_font("Courier", "I", 11)
        self.cell(self.get_string_width(value) + x_gap, 6, value, border="B")
        self.ln(8)

    def bytes(self) -> bytes:
        return bytes(self.output())


# ---------------------------------------------------------------- CSV


def csv_of(rows: list[list], sep: str = ",", crlf: bool = True) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return out.getvalue().encode("utf-8")


# ---------------------------------------------------------------- pictures

BLUE = (25, 45, 140)
BLACK = (25, 25, 30)
RED = (170, 25, 30)
PRINT = (20, 20, 20)


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


def typed(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    size: int = 24,
    face: str = "LiberationSans-Regular",
    color: tuple = PRINT,
) -> None:
    ImageDraw.Draw(img).text(xy, text, font=font(face, size), fill=color)


def pen(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    gen: np.random.Generator,
    size: int = 30,
    color: tuple = BLUE,
    face: str = "DejaVuSans-Oblique",
    wobble: float = 1.2,
) -> None:
    """Handwriting-ish: word by word, each slightly turned and lifted."""
    x, y = xy
    letters = font(face, size)
    for word in text.split():
        _, _, right, bottom = letters.getbbox(word)
        tile = Image.new("RGBA", (right + 8, bottom + 10), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 3), word, font=letters, fill=(*color, 235))
        tile = tile.rotate(float(gen.uniform(-wobble, wobble)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(gen.integers(-2, 3))), tile)
        x += right + int(size * 0.36) + int(gen.integers(0, 3))


def grid(
    img: Image.Image,
    x: int,
    y: int,
    widths: list[int],
    row_h: int,
    rows: int,
    color: tuple = (60, 60, 60),
    verticals: bool = True,
) -> list[int]:
    draw = ImageDraw.Draw(img)
    lefts = [x]
    for w in widths:
        lefts.append(lefts[-1] + w)
    for r in range(rows + 1):
        draw.line([(x, y + r * row_h), (lefts[-1], y + r * row_h)], fill=color, width=2)
    if verticals:
        for left in lefts:
            draw.line([(left, y), (left, y + rows * row_h)], fill=color, width=2)
    return lefts


def scan_png(img: Image.Image, name: str, width: int = 1100) -> bytes:
    """A flatbed scan or a phone scanner app's capture: grey, a hair of skew, four grey levels."""
    gen = rng(name)
    grey = img.convert("L")
    grey = grey.resize((width, int(grey.height * width / grey.width)), Image.LANCZOS)
    grey = grey.rotate(float(gen.uniform(-0.6, 0.6)), resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(grey, dtype=np.float32)
    levels = np.array([40.0, 110.0, 185.0, 246.0])
    idx = np.abs(arr[..., None] - levels).argmin(axis=-1)
    out = Image.fromarray(levels[idx].astype(np.uint8), "L").quantize(colors=4)
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True, bits=2)
    return buf.getvalue()


def phone_jpeg(
    img: Image.Image,
    name: str,
    tilt: float = 1.5,
    table: tuple = (120, 104, 88),
    width: int = 820,
    quality: int = 28,
) -> bytes:
    """A phone photo: the sheet slightly turned on a surface, uneven light, a little blur."""
    gen = rng(name)
    margin = 50
    canvas = Image.new("RGB", (img.width + 2 * margin, img.height + 2 * margin), table)
    canvas.paste(img.convert("RGB"), (margin, margin))
    canvas = canvas.rotate(float(gen.uniform(-tilt, tilt)), resample=Image.BICUBIC, fillcolor=table)
    canvas = canvas.resize((width, int(canvas.height * width / canvas.width)), Image.LANCZOS)
    arr = np.asarray(canvas, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = gen.uniform(0.25, 0.75) * w, gen.uniform(0.25, 0.75) * h
    light = 1.0 - 0.28 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    arr = arr * light[..., None] * np.array([1.0, 0.98, 0.93])
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=quality, optimize=True, progressive=True, subsampling=2)
    return buf.getvalue()


def sheet(width: int, height: int, tint: tuple = (255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (width, height), tint)


# ================================================================ the pictures


def img_h02_bol() -> bytes:
    """ODFL straight bill of lading for PO-60377, signed at Summit's dock with a note."""
    gen = rng("h02")
    img = sheet(1500, 1000, (250, 250, 246))
    typed(img, (50, 36), "OLD DOMINION FREIGHT LINE", 38, "LiberationSans-Bold")
    typed(img, (50, 86), "STRAIGHT BILL OF LADING - SHORT FORM - NOT NEGOTIABLE", 22)
    typed(img, (1040, 40), "PRO  OD0782290518", 28, "LiberationSans-Bold")
    typed(img, (1040, 80), "Date shipped 10/30/2026", 22)
    rows = [
        ("SHIPPER:", f"{WE.upper()} - DC-SOUTH"),
        ("CONSIGNEE:", "SUMMIT HVAC SERVICES  2200 INDUSTRIAL BLVD"),
        ("CUST ORDER / PO:", "SO-104228  /  PO-60377"),
        ("TERMS:", "PREPAID     TRAILER 53-1184     SEAL 0447215"),
    ]
    y = 140
    for label, value in rows:
        typed(img, (50, y), label, 22, "LiberationSans-Bold")
        typed(img, (300, y), value, 22)
        y += 38
    top = 320
    lefts = grid(img, 50, top, [110, 110, 560, 150, 110, 300], 62, 4)
    heads = ["H/U", "PKGS", "DESCRIPTION OF ARTICLES", "WEIGHT", "CLASS", "NMFC"]
    for left, head in zip(lefts, heads, strict=False):
        typed(img, (left + 10, top + 18), head, 21, "LiberationSans-Bold")
    body = [
        ["2 PLT", "40 CTN", "ACOUSTIC CEILING TILE 2X2", "1180", "70", "025360-03"],
        ["1 PLT", "30 PC", "STEEL FLOOR REGISTER 10X6", "95", "85", "101720"],
    ]
    for r, row in enumerate(body, start=1):
        for left, text in zip(lefts, row, strict=False):
            typed(img, (left + 10, top + r * 62 + 18), text, 21)
    typed(img, (50, top + 3 * 62 + 18), "TOTAL", 21, "LiberationSans-Bold")
    typed(img, (lefts[3] + 10, top + 3 * 62 + 18), "1275", 21, "LiberationSans-Bold")
    y = top + 4 * 62 + 40
    typed(
        img,
        (50, y),
        "RECEIVED subject to the classifications and tariffs in effect on the date",
        19,
    )
    typed(
        img,
        (50, y + 28),
        "of issue of this bill of lading. Note exceptions below before signing.",
        19,
    )
    typed(img, (50, y + 90), "CONSIGNEE EXCEPTIONS:", 22, "LiberationSans-Bold")
    pen(img, (380, y + 78), "3 CTNS TILE WET / DAMAGED", gen, 36)
    pen(img, (380, y + 130), "water stained, corners soft - rec'd under protest", gen, 28)
    typed(img, (50, y + 230), "RECEIVED BY:", 22, "LiberationSans-Bold")
    pen(img, (260, y + 218), "O. Haddad", gen, 34, BLACK)
    typed(img, (700, y + 230), "DATE:", 22, "LiberationSans-Bold")
    pen(img, (800, y + 218), "11/2/26", gen, 32, BLACK)
    typed(img, (1000, y + 230), "DRIVER: #4471", 22)
    return phone_jpeg(img, "h02", tilt=1.2, table=(92, 96, 104), width=900)


def img_h04_log() -> bytes:
    """A page of Delgado's truck stock check-in log, written by hand."""
    gen = rng("h04")
    img = sheet(1500, 1000, (251, 249, 236))
    typed(
        img, (50, 34), "DELGADO & SONS PLUMBING - TRUCK STOCK CHECK-IN", 32, "LiberationSans-Bold"
    )
    typed(img, (50, 80), "Write every line. Count before you sign the ticket.        Pg 37", 20)
    top = 130
    lefts = grid(img, 40, top, [110, 220, 380, 150, 150, 420], 78, 6, (120, 130, 160))
    for left, head in zip(
        lefts, ["Date", "Ticket / SO", "Item", "Ticket", "Counted", "Notes"], strict=False
    ):
        typed(img, (left + 10, top + 24), head, 22, "LiberationSans-Bold")
    rows = [
        ["11/5", "PO 40979", "3/4 cu tee", "50", "50", "ok"],
        ["11/6", "SO-104240", "2in BI pipe", "120ft", "120ft", "ok"],
        ["11/6", "SO-104240", "1-1/2 BI union", "12", "10", "2 SHORT"],
        ["11/6", "SO-104240", "VLV-1005-BV", "10", "10", "1 cracked DAMAGED"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, (left, text) in enumerate(zip(lefts, row, strict=False)):
            color = RED if c == 5 and text != "ok" else BLUE
            pen(img, (left + 10, top + r * 78 + 18), text, gen, 28, color)
    pen(
        img,
        (60, top + 6 * 78 + 40),
        "union bag torn, 2 missing - checked whole truck. R.D.",
        gen,
        28,
        BLACK,
    )
    return scan_png(img, "h04", width=1000)


def img_h05_rl_receipt() -> bytes:
    """R+L delivery receipt for SO-104233 with the receiver's exception note."""
    gen = rng("h05")
    img = sheet(1450, 1050)
    typed(img, (50, 36), "R+L CARRIERS", 40, "LiberationSans-Bold")
    typed(img, (50, 88), "DELIVERY RECEIPT - CONSIGNEE COPY", 24)
    typed(img, (950, 40), "PRO RL123456789", 30, "LiberationSans-Bold")
    typed(img, (950, 84), "Delivered 11/05/2026", 22)
    info = [
        ("Shipper:", f"{WE}, DC-EAST"),
        ("Consignee:", "Keystone Mechanical Contractors - Yard 2"),
        ("Shipper ref:", "SO-104233"),
        ("Consignee ref:", "PO-77812"),
    ]
    y = 140
    for label, value in info:
        typed(img, (50, y), label, 24, "LiberationSans-Bold")
        typed(img, (260, y), value, 24, "DejaVuSans")
        y += 40
    top = 320
    lefts = grid(img, 50, top, [130, 700, 170, 300], 60, 3)
    for left, head in zip(lefts, ["Pieces", "Description", "Weight", "Haz"], strict=False):
        typed(img, (left + 10, top + 17), head, 21, "LiberationSans-Bold")
    for r, row in enumerate(
        [
            ["1 PLT", "VALVES BRONZE  (VLV-2210-BR x 40)", "980", "N"],
            ["1 PLT", "FITTINGS COPPER  (FTG-CU-E90-100 x 150)", "480", "N"],
        ],
        start=1,
    ):
        for left, text in zip(lefts, row, strict=False):
            typed(img, (left + 10, top + r * 60 + 17), text, 21)
    y = top + 3 * 60 + 40
    ImageDraw.Draw(img).rectangle([50, y, 1350, y + 260], outline=(40, 40, 40), width=2)
    typed(img, (64, y + 10), "EXCEPTIONS (shortage, damage, refused):", 21, "LiberationSans-Bold")
    pen(img, (90, y + 64), "2 GATE VALVES DAMAGED - BENT STEMS", gen, 36)
    pen(img, (90, y + 124), "bottom tier plt 1 crushed", gen, 32)
    typed(img, (50, y + 300), "Consignee signature:", 22)
    pen(img, (300, y + 288), "R. Castillo", gen, 34, BLACK)
    typed(img, (750, y + 300), "Pieces rec'd: 2 PLT     Time: 13:40", 22)
    return scan_png(img, "h05", width=1000)


def img_h11_estes() -> bytes:
    """Estes delivery receipt for PO-70288 with Harbor Point's damage note."""
    gen = rng("h11")
    img = sheet(1450, 1000, (253, 252, 244))
    typed(img, (50, 34), "ESTES EXPRESS LINES", 38, "LiberationSans-Bold")
    typed(img, (50, 84), "DELIVERY RECEIPT", 26)
    typed(img, (900, 40), "PRO # ES4410402981", 28, "LiberationSans-Bold")
    typed(img, (900, 82), "Appt 11/11/2026 08:00-10:00", 22)
    info = [
        ("CONSIGNEE", "HARBOR POINT PROPERTY MGMT - BAYVIEW BLDG"),
        ("SHIPPER", f"{WE.upper()} DC-EAST"),
        ("SHIPPER #", "SO-104241      P.O. # PO-70288"),
    ]
    y = 140
    for label, value in info:
        typed(img, (50, y), label, 21, "LiberationSans-Bold")
        typed(img, (250, y), value, 21)
        y += 36
    top = 270
    lefts = grid(img, 50, top, [120, 620, 160, 160], 58, 3, verticals=False)
    for left, head in zip(lefts, ["PCS", "DESCRIPTION", "WT LBS", "CLASS"], strict=False):
        typed(img, (left + 8, top + 16), head, 21, "LiberationSans-Bold")
    for r, row in enumerate(
        [
            ["3", "WATER HEATERS GAS 50 GAL", "540", "85"],
            ["3", "TANKS EXPANSION 2 GAL", "72", "85"],
        ],
        start=1,
    ):
        for left, text in zip(lefts, row, strict=False):
            typed(img, (left + 8, top + r * 58 + 16), text, 21)
    y = top + 3 * 58 + 50
    typed(img, (50, y), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED:", 22, "LiberationSans-Bold")
    pen(img, (70, y + 50), "1 HEATER CARTON CRUSHED - TANK DENTED", gen, 34)
    pen(img, (70, y + 104), "DAMAGED, jacket caved in on one side", gen, 30)
    typed(img, (50, y + 210), "Signed:", 22)
    pen(img, (160, y + 198), "L. Ortega", gen, 34, BLACK)
    typed(img, (620, y + 210), "Total pcs 6   Driver 2218", 22)
    return phone_jpeg(img, "h11", tilt=1.4, table=(150, 146, 138))


def img_h13_rga() -> bytes:
    """Our blank return goods request, filled in by hand at Summit and scanned."""
    gen = rng("h13")
    img = sheet(1700, 1500)
    typed(img, (80, 60), WE.upper(), 40, "LiberationSans-Bold")
    typed(img, (80, 112), WE_ADDR, 24)
    typed(img, (980, 60), "RETURN GOODS REQUEST", 38, "LiberationSans-Bold")
    typed(img, (980, 110), "Form RG-2 (rev. 04/2025)", 22)
    fields = [
        ("Customer", 220),
        ("Account no.", 300),
        ("PO / order no.", 380),
        ("Invoice no.", 460),
    ]
    for label, y in fields:
        typed(img, (80, y), f"{label}:", 28, "LiberationSans-Bold")
        ImageDraw.Draw(img).line([(360, y + 34), (1250, y + 34)], fill=(60, 60, 60), width=2)
    pen(img, (380, 206), "Summit HVAC Services", gen, 36)
    pen(img, (380, 366), "PO-60455", gen, 36)
    top = 560
    lefts = grid(img, 80, top, [420, 620, 200, 300], 80, 3)
    for left, head in zip(lefts, ["Item no.", "Description", "Qty", "Serial / lot"], strict=False):
        typed(img, (left + 14, top + 24), head, 28, "LiberationSans-Bold")
    pen(img, (lefts[0] + 14, top + 100), "HVC-CND-PUMP", gen, 34)
    pen(img, (lefts[1] + 14, top + 100), "condensate pump", gen, 34)
    pen(img, (lefts[2] + 40, top + 100), "1", gen, 38)
    pen(img, (lefts[3] + 14, top + 100), "CP2610-0442", gen, 30)
    y = top + 3 * 80 + 50
    typed(img, (80, y), "Reason (check one):", 28, "LiberationSans-Bold")
    boxes = ["Damaged", "Defective", "Wrong item", "Short", "Not needed", "Price"]
    for i, label in enumerate(boxes):
        x = 80 + (i % 3) * 480
        yy = y + 60 + (i // 3) * 60
        ImageDraw.Draw(img).rectangle([x, yy, x + 34, yy + 34], outline=(40, 40, 40), width=3)
        typed(img, (x + 50, yy), label, 28)
        if label == "Defective":
            pen(img, (x + 2, yy - 8), "X", gen, 40)
    y += 220
    typed(img, (80, y), "Describe the problem:", 28, "LiberationSans-Bold")
    pen(img, (90, y + 56), "runs but will not pump out - safety switch trips,", gen, 34)
    pen(img, (90, y + 112), "tank overflows. DEFECTIVE - new out of box.", gen, 34)
    typed(img, (80, y + 240), "Signature:", 28)
    pen(img, (260, y + 226), "R. Patel", gen, 36, BLACK)
    typed(img, (800, y + 240), "Date:", 28)
    pen(img, (900, y + 226), "11/14/26", gen, 34, BLACK)
    typed(img, (80, 1440), "Office use only:  RMA no. ________   Approved ________", 22)
    return scan_png(img, "h13", width=1000)


def img_h14_receiving_log() -> bytes:
    """A page of Harbor Point's bound receiving log at the Bayview shop."""
    gen = rng("h14")
    img = sheet(1550, 900, (247, 249, 252))
    typed(img, (40, 30), "RECEIVING LOG - BAYVIEW MAINT. SHOP", 30, "LiberationSans-Bold")
    typed(img, (1200, 34), "Page 14", 24)
    top = 90
    lefts = grid(img, 30, top, [100, 210, 120, 330, 110, 110, 80, 420], 76, 5, (110, 140, 170))
    heads = ["Date", "Vendor", "PO#", "Item", "PL qty", "Rec'd", "Init", "Remarks"]
    for left, head in zip(lefts, heads, strict=False):
        typed(img, (left + 8, top + 24), head, 22, "LiberationSans-Bold")
    rows = [
        ["11/13", "Coastal Jan.", "5581", "mop heads", "24", "24", "DP", "ok"],
        ["11/16", "Brightwater", "70296", "HVC-REG-1006-W", "40", "48", "DP", "8 OVER - extra box"],
        ["11/16", "Brightwater", "70296", "VLV-0075-BV", "12", "12", "DP", "2 cracked - DAMAGED"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, (left, text) in enumerate(zip(lefts, row, strict=False)):
            size = 24 if c == 3 else 26
            pen(img, (left + 8, top + r * 76 + 20), text, gen, size, BLUE if c < 7 else RED)
    pen(
        img,
        (40, top + 5 * 76 + 30),
        "extra regs set aside on shelf B for return - D. Price",
        gen,
        28,
        BLACK,
    )
    return scan_png(img, "h14", width=1000)


def img_h18_return_slip() -> bytes:
    """Riverbend's paper material return slip, filled in by hand and scanned."""
    gen = rng("h18")
    img = sheet(1600, 1100)
    typed(img, (70, 50), "RIVERBEND PLUMBING & HEATING", 36, "LiberationSans-Bold")
    typed(img, (70, 98), "MATERIAL RETURN SLIP  -  no. 1187", 28)
    typed(img, (1050, 56), "[ ] to stock   [X] to vendor", 26)
    labels = [("Vendor", 200), ("PO no.", 280), ("Job", 360)]
    for label, y in labels:
        typed(img, (70, y), f"{label}:", 28, "LiberationSans-Bold")
        ImageDraw.Draw(img).line([(260, y + 34), (1000, y + 34)], fill=(80, 80, 80), width=2)
    pen(img, (280, 186), "Brightwater", gen, 34)
    pen(img, (280, 266), "24460", gen, 36)
    pen(img, (280, 346), "Carter St. 6-plex", gen, 34)
    top = 460
    lefts = grid(img, 70, top, [360, 560, 140, 400], 80, 3)
    for left, head in zip(lefts, ["UPC / part", "Description", "Qty", "Why"], strict=False):
        typed(img, (left + 12, top + 24), head, 28, "LiberationSans-Bold")
    pen(img, (lefts[0] + 10, top + 102), "071812340075", gen, 32)
    pen(img, (lefts[1] + 10, top + 102), "3/4 ball valve sweat", gen, 32)
    pen(img, (lefts[2] + 40, top + 100), "5", gen, 38)
    pen(img, (lefts[3] + 10, top + 102), "WRONG ITEM", gen, 32, RED)
    y = top + 3 * 80 + 40
    pen(img, (80, y), "boxes marked 3/4 sweat - inside 1/2 threaded valves", gen, 32)
    typed(img, (70, y + 150), "Returned by:", 26)
    pen(img, (260, y + 138), "K. Liu", gen, 34, BLACK)
    typed(img, (700, y + 150), "Date:", 26)
    pen(img, (790, y + 138), "11/17/26", gen, 32, BLACK)
    return scan_png(img, "h18", width=1050)


def img_h25_tag() -> bytes:
    """A return tag tied to two expansion tank boxes, in Delgado's shop."""
    gen = rng("h25")
    img = sheet(900, 1150, (245, 214, 170))
    draw = ImageDraw.Draw(img)
    draw.ellipse([410, 40, 490, 120], outline=(90, 70, 50), width=6)
    typed(img, (60, 160), "DEVOLUCION / RETURN", 44, "LiberationSans-Bold", (70, 40, 20))
    fields = ["Supplier", "PO", "Item", "Qty", "Reason"]
    for i, label in enumerate(fields):
        y = 270 + i * 120
        typed(img, (60, y), f"{label}:", 30, "LiberationSans-Bold", (70, 40, 20))
        draw.line([(250, y + 40), (840, y + 40)], fill=(110, 80, 50), width=2)
    pen(img, (260, 256), "Brightwater", gen, 36, BLACK)
    pen(img, (260, 376), "40917", gen, 40, BLACK)
    pen(img, (260, 496), "WH-EXP-2G", gen, 38, BLACK)
    pen(img, (260, 614), "2", gen, 44, BLACK)
    pen(img, (260, 736), "not needed -", gen, 36, BLACK)
    pen(img, (80, 830), "job changed, ya no se usan", gen, 34, BLACK)
    pen(img, (80, 910), "boxes never opened", gen, 34, BLACK)
    pen(img, (80, 1030), "Marco D.  11/19", gen, 34, BLACK)
    return phone_jpeg(img, "h25", tilt=3.0, table=(170, 170, 165), width=600)


# ================================================================ the PDFs


def pdf_h01_receiving_report() -> bytes:
    doc = Doc("2026-11-09", footer="KMC FieldOps 4.2 - RR-26-04418")
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS",
        "FIELD RECEIVING REPORT",
        "Field Operations - Yard 2, 1450 Mill Race Rd",
    )
    doc.pairs(
        [
            ("RR no.:", "RR-26-04418"),
            ("Date received:", "11/05/2026"),
            ("Supplier:", WE),
            ("Our PO:", "PO-77812"),
            ("Job:", "2217 Elm Court boiler room"),
            ("Carrier / PRO:", "R+L  RL123456789"),
            ("Pallets:", "2"),
            ("Received by:", "T. Morales"),
        ],
        label_w=30,
        cols=2,
    )
    doc.table(
        [10, 24, 58, 18, 18, 18, 18, 18],
        [
            [
                "Ln",
                "KMC part",
                "Description",
                "Ordered",
                "Received",
                "Accepted",
                "Rejected",
                "Cond.",
            ],
            ["1", "KM-88213", '2" bronze gate valve, thd', "40", "40", "38", "2", "D"],
            ["2", "KM-40112", '1" wrot cu 90 elbow CxC', "150", "150", "150", "0", "OK"],
            ["3", "KM-88340", '3/4" PRV 25-75 psi', "12", "-", "-", "-", "TF"],
            ["4", "-", '3/4" PEX-A 300 ft coil', "6", "-", "-", "-", "TF"],
        ],
        align="CLLRRRRC",
    )
    doc.text_block(
        "Condition codes: OK = accepted in good order; D = damaged in transit; S = short; "
        "W = wrong item; TF = to follow on a later delivery (not received yet).",
        8,
    )
    doc.text_block(
        "Remarks: bottom tier of pallet 1 crushed at the corner. 2 gate valves with bent "
        "stems set aside and tagged, the rest of the pallet is fine. Noted on the carrier's "
        "delivery receipt."
    )
    doc.pairs(
        [("Lines received:", "2"), ("Pieces received:", "190"), ("Pieces rejected:", "2")],
        label_w=34,
    )
    doc.sign_line("Receiver:", "T. Morales")
    doc.sign_line("Entered by:", "yard office - BK")
    return doc.bytes()


def pdf_h03_debit_memo() -> bytes:
    doc = Doc("2026-11-09")
    doc.title_block(
        "DEBIT MEMO",
        "No. DM-11873",
        "Keystone Mechanical Contractors - Accounts Payable\n"
        "1450 Mill Race Rd - ap@keystonemech.com",
    )
    doc.pairs(
        [
            ("Date:", "11/09/2026"),
            ("Vendor no.:", "V-0412"),
            ("To:", WE),
            ("Your invoice:", "INV-88133 (11/04/2026)"),
            ("Our PO:", "PO-77830"),
            ("Terms:", "Net 30"),
        ],
        label_w=26,
        cols=2,
    )
    doc.table(
        [30, 58, 14, 22, 20, 20, 20],
        [
            ["Item", "Description", "Qty", "Invoiced", "PO price", "Diff.", "Amount"],
            ["HVC-CND-PUMP", "condensate pump, 115 V", "8", "64.90", "61.50", "3.40", "27.20"],
        ],
        align="LLRRRRR",
    )
    doc.pairs([("Total debit:", "USD 27.20")], label_w=30)
    doc.text_block(
        "Reason: unit price billed above the price on our purchase order. We are short-paying "
        "invoice INV-88133 by the amount of this memo. Please issue a matching credit memo "
        "or contact AP if you disagree."
    )
    doc.sign_line("Approved:", "D. Ruiz")
    return doc.bytes()


def pdf_h07_w9() -> bytes:
    doc = Doc("2026-11-10")
    doc.title_block(
        "Form W-9 (Rev. March 2024)",
        "Request for Taxpayer Identification",
        "Number and Certification - give form to the requester, do not send to the IRS.",
    )
    doc.pairs(
        [
            ("1 Name:", "Riverbend Plumbing & Heating LLC"),
            ("2 Business name:", "Riverbend Plumbing & Heating"),
            ("3a Classification:", "[X] LLC - tax classification P (partnership)"),
            ("4 Exemptions:", "Exempt payee code: (none)    FATCA code: (none)"),
            ("5 Address:", "310 Canal Street, Suite 2"),
            ("6 City, state, ZIP:", "Millbrook, PA 19380"),
            ("7 Account numbers:", "customer account C-1002"),
        ],
        label_w=42,
    )
    doc.text_block("Part I - Taxpayer Identification Number (TIN)", 10, "B")
    doc.pairs([("Employer ID no.:", "8 2 - 4 4 1 7 2 0 6")], label_w=42)
    doc.text_block(
        "Part II - Certification. Under penalties of perjury, I certify that the number shown "
        "on this form is my correct taxpayer identification number, that I am not subject "
        "to backup withholding, and that I am a U.S. person.",
        8.5,
    )
    doc.sign_line("Signature of U.S. person:", "Karen Liu")
    doc.pairs([("Date:", "11/10/2026")], label_w=16)
    return doc.bytes()


def pdf_h08_vendor_return() -> bytes:
    doc = Doc("2026-11-12", footer="Form RPH-14 rev 3")
    doc.title_block(
        "RIVERBEND PLUMBING & HEATING",
        "VENDOR RETURN / DAMAGE REPORT",
        "310 Canal Street, Millbrook PA - office@riverbendph.com",
    )
    doc.pairs(
        [
            ("Vendor:", WE),
            ("Our PO no.:", "PO-24519"),
            ("Delivered:", "11/06/2026"),
            ("Carrier:", "UPS ground"),
            ("Reported by:", "K. Liu"),
            ("Report date:", "11/12/2026"),
        ],
        label_w=26,
        cols=2,
    )
    doc.table(
        [8, 34, 48, 16, 16, 36, 26],
        [
            ["#", "Vendor item", "Description", "Shipped", "Affected", "Problem", "Action"],
            [
                "1",
                "PIP-PEX-075-300",
                '3/4" PEX-A 300 ft coil',
                "2",
                "1",
                "Damaged - crushed",
                "Credit",
            ],
            ["2", "VLV-1005-BV", '1" brass ball valve FP', "24", "6", "Wrong item", "Exchange"],
            ["3", "FTG-PEX-CPL-050", '1/2" PEX crimp cplg bag/25', "10", "0", "-", "-"],
        ],
        align="CLLRRLL",
    )
    doc.text_block(
        "Details:\n1. Coil carton was flattened on one side, tubing kinked in several places. "
        'Found when the coil was unboxed at the job.\n2. Six of the 1" boxes contained 3/4" '
        'ball valves. Please send 6 of the 1" valves and pick up the 3/4".'
    )
    doc.pairs([("Total units affected:", "7")], label_w=42)
    doc.sign_line("Signature:", "Karen Liu")
    return doc.bytes()


def pdf_h09_daily_report() -> bytes:
    doc = Doc("2026-11-10", footer="KMC Daily Field Report")
    doc.title_block(
        "KEYSTONE MECHANICAL - DAILY FIELD REPORT",
        "Report 0412",
        "Job 2231 - Harbor Point / Bayview Building HVAC retrofit (owner-furnished material)",
    )
    doc.pairs(
        [
            ("Date:", "11/10/2026"),
            ("Weather:", "clear, 41 F"),
            ("Foreman:", "S. Whitaker"),
            ("Crew on site:", "6"),
            ("Hours worked:", "48.0"),
            ("Safety incidents:", "0"),
        ],
        label_w=30,
        cols=2,
    )
    doc.text_block("WORK PERFORMED", 10, "B")
    doc.text_block(
        "Floors 2 and 3: set 24 supply boxes, hung duct on the east riser, pressure tested "
        "the 3rd floor loop (150 psi, held 2 hrs)."
    )
    doc.text_block("MATERIAL RECEIVED", 10, "B")
    doc.table(
        [34, 30, 52, 18, 18, 26],
        [
            ["Supplier", "Order", "Item", "Packing list", "Counted", "Note"],
            ["Brightwater", "SO-104239", "HVC-REG-1006-W 10x6 reg.", "60", "54", "6 short"],
            ["Brightwater", "SO-104239", "HVC-FLT-1625-M11 filters", "24 cs", "24 cs", "ok"],
            ["Brightwater", "SO-104239", "TST-2100-NP thermostat", "10", "10", "ok"],
        ],
        align="LLLRRL",
    )
    doc.text_block(
        "Delivered 11/09 by the supplier's own truck to our trailer at Bayview. Registers "
        "counted twice with the owner's maintenance lead present: 54 in the boxes, the "
        "packing list says 60."
    )
    doc.text_block("TOMORROW: registers floor 2, start controls wiring.")
    doc.sign_line("Foreman:", "S. Whitaker")
    return doc.bytes()


def pdf_h10_discrepancy() -> bytes:
    doc = Doc("2026-11-12", landscape=True, footer="SHS WMS - report RCV-DISC", face="Courier")
    doc.title_block(
        "SUMMIT HVAC SERVICES - RECEIVING DISCREPANCY REPORT",
        "DR-2026-0311",
        "Warehouse, 2200 Industrial Blvd - generated 11/12/2026 07:48 by JPARK",
    )
    doc.pairs(
        [
            ("Receipt date:", "11/05/2026"),
            ("Vendor:", WE),
            ("Vendor order:", "SO-104238"),
            ("Our PO:", "PO-60418"),
            ("Dock door:", "3"),
            ("Receiver:", "J. Park"),
        ],
        label_w=30,
        cols=3,
    )
    doc.table(
        [40, 70, 24, 24, 24, 80],
        [
            ["SKU", "Description", "Expected", "Received", "Variance", "Disposition"],
            ["TST-7500-PRO", "7-day Wi-Fi thermostat", "12", "12", "0", "put away A-14"],
            ["TST-2100-NP", "digital thermostat 24 V", "20", "20", "0", "put away A-15"],
            [
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11, cs/12",
                "10",
                "9",
                "-1",
                "SHORT - claim with vendor",
            ],
            ["PMP-CIRC-015", "circulator 1/25 HP", "0", "2", "+2", "NOT ON PO - return to vendor"],
        ],
        align="LLRRRL",
    )
    doc.pairs(
        [("Lines:", "4"), ("Expected units:", "42"), ("Received units:", "43")], label_w=34, cols=3
    )
    doc.text_block(
        "The two circulators arrived on the same pallet in their own carton, labelled for "
        "our PO. We did not order them; they are held at dock 3 for your pickup."
    )
    return doc.bytes()


def pdf_h12_mrr() -> bytes:
    doc = Doc("2026-11-13")
    doc.title_block(
        "KEYSTONE MECHANICAL CONTRACTORS",
        "MATERIAL RETURN REQUEST",
        "MRR 3309 - send to the supplier with the goods; keep a copy in the job file",
    )
    doc.pairs(
        [
            ("Supplier:", WE),
            ("Supplier order:", "SO-104224"),
            ("Our PO:", "PO-77760"),
            ("Job:", "2209 Westgate Clinic"),
            ("Requested by:", "Tom Morales"),
            ("Date:", "11/13/2026"),
        ],
        label_w=30,
        cols=2,
    )
    doc.table(
        [34, 70, 16, 30, 30],
        [
            ["UPC", "Description", "Qty", "Reason", "Action"],
            [
                "061234516251",
                "16x25x1 pleated filter, case of 12",
                "4 cs",
                "Wrong item",
                "Exchange",
            ],
        ],
        align="LLRLL",
    )
    doc.text_block(
        "Reason boxes:  [ ] Damaged   [ ] Defective   [X] Wrong item   [ ] Overstock   [ ] Short", 9
    )
    doc.text_block(
        "Note: ordered MERV 11; the four cases on top of the pallet are MERV 8 (labels inside "
        "the case flaps). The other 8 cases are correct. Cases are unopened apart from one."
    )
    doc.sign_line("Requested by:", "T. Morales")
    doc.sign_line("PM approval:", "R. Vance")
    return doc.bytes()


def pdf_h17_packing_list() -> bytes:
    doc = Doc("2026-11-17")
    doc.title_block(WE.upper(), "PACKING LIST", f"{WE_ADDR} - Distribution Center DC-SOUTH")
    doc.pairs(
        [
            ("Shipment:", "SH-55112"),
            ("Ship date:", "10/30/2026"),
            ("Order:", "SO-104228"),
            ("Customer PO:", "PO-60377"),
            ("Ship to:", "Summit HVAC Services"),
            ("Carrier:", "ODFL OD0782290518"),
        ],
        label_w=28,
        cols=2,
    )
    doc.table(
        [12, 44, 84, 20, 24],
        [
            ["Ln", "Item", "Description", "Qty", "Unit"],
            ["1", "CLG-TILE-24-ACU", "2x2 ft acoustic ceiling tile, carton of 16", "40", "CTN"],
            ["2", "HVC-REG-1006-W", "10x6 steel floor register, white", "30", "EA"],
        ],
        align="CLLRC",
    )
    doc.text_block(
        "Pieces: 70    Pallets: 3    Report shortage or damage within the terms of your account.",
        8.5,
    )
    doc.set_font("Helvetica", "B", 13)
    doc.set_text_color(170, 20, 20)
    doc.cell(0, 10, "RECEIVED  NOV 02 2026  -  SUMMIT HVAC WAREHOUSE  -  O.H.", border=1, align="C")
    doc.set_text_color(0, 0, 0)
    doc.ln(14)
    doc.sign_line("Received by:", "O. Haddad")
    return doc.bytes()


def pdf_h20_osd() -> bytes:
    doc = Doc("2026-11-19", footer="SHS WMS - OS&D", face="Courier")
    doc.title_block(
        "OVER / SHORT / DAMAGE REPORT",
        "OSD-0457",
        "Summit HVAC Services - Warehouse - 2200 Industrial Blvd",
    )
    doc.pairs(
        [
            ("Received:", "11/12/2026"),
            ("Carrier:", "UPS 1Z4F83090342291043"),
            ("PO:", "PO-60455"),
            ("Vendor:", WE),
            ("Cartons on label:", "42"),
            ("Cartons received:", "45"),
        ],
        label_w=34,
        cols=2,
    )
    doc.table(
        [36, 60, 18, 18, 14, 14, 18],
        [
            ["Item", "Description", "Ordered", "Received", "Over", "Short", "Damaged"],
            ["HVC-CND-PUMP", "condensate pump 115 V", "10", "10", "0", "0", "0"],
            ["TST-2100-NP", "digital tstat 24 V", "12", "12", "0", "0", "0"],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 cs/12", "20", "23", "3", "0", "0"],
        ],
        align="LLRRRRR",
    )
    doc.text_block(
        "Remarks: 3 extra cases of the MERV 11 filters on the pallet, not on our PO. Held in "
        "bay 4 for return, please arrange pickup or call tag."
    )
    doc.sign_line("Checked by:", "J. Park")
    return doc.bytes()


def pdf_h21_statement_recon() -> bytes:
    doc = Doc("2026-11-19")
    doc.title_block(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "Vendor Statement Reconciliation",
        "Accounts Payable - payables@harborpointpm.com",
    )
    doc.pairs(
        [
            ("Vendor:", WE),
            ("Statement date:", "11/15/2026"),
            ("Our vendor no.:", "HP-2207"),
            ("Prepared by:", "G. Kim"),
        ],
        label_w=32,
        cols=2,
    )
    doc.table(
        [28, 24, 26, 26, 26, 50],
        [
            ["Invoice", "Date", "PO", "Your amount", "Our amount", "Status"],
            [
                "INV-88160",
                "11/09/2026",
                "PO-70231",
                "1,552.60",
                "1,552.60",
                "scheduled 11/25 ck run",
            ],
            ["INV-88171", "11/09/2026", "PO-70288", "2,194.50", "2,194.50", "approved, due 12/09"],
            ["INV-88190", "11/16/2026", "PO-70296", "348.80", "348.80", "in approval"],
            ["", "", "Total", "4,095.90", "4,095.90", ""],
        ],
        align="LLLRRL",
    )
    doc.text_block(
        "Difference: 0.00. All three invoices agree with our records. Please confirm that "
        "no other open items or unapplied payments are on our account, and send your "
        "remit-to address for ACH if it has changed."
    )
    doc.sign_line("Prepared by:", "Grace Kim")
    return doc.bytes()


def pdf_h22_overstock() -> bytes:
    doc = Doc("2026-11-20")
    doc.title_block(
        "RIVERBEND PLUMBING & HEATING",
        "OVERSTOCK RETURN LIST",
        "Job: Mill Street apartments, phase 2 (cancelled by owner 11/17)",
    )
    doc.pairs(
        [
            ("Supplier:", WE),
            ("Supplier order:", "SO-104214"),
            ("Our PO:", "PO-24388"),
            ("List date:", "11/20/2026"),
        ],
        label_w=30,
        cols=2,
    )
    doc.table(
        [34, 62, 18, 18, 50],
        [
            ["Item", "Description", "On hand", "Return", "Note"],
            ["VLV-3100-CK", '3" CI swing check, flanged', "1", "1", "not needed - job cancelled"],
            ["FTG-BI-U-150", '1-1/2" black iron union', "30", "30", "not needed - job cancelled"],
            ["(other supplier)", '4" PVC Sch 40 x 20 ft', "14", "0", "keep for shop stock"],
        ],
        align="LLRRL",
    )
    doc.text_block(
        "Everything on the return column is unused and in the original boxes. Please send an "
        "RMA and let us know the restocking charge."
    )
    doc.sign_line("Submitted:", "M. O'Brien")
    return doc.bytes()


def pdf_h23_warranty() -> bytes:
    doc = Doc("2026-11-20", footer="KMC Service - warranty")
    doc.title_block("KEYSTONE MECHANICAL - SERVICE DEPARTMENT", "WARRANTY CLAIM WC-1128")
    doc.pairs(
        [
            ("Customer site:", "44 Orchard Lane (residential boiler)"),
            ("Original PO:", "PO-76115"),
            ("Part:", "PMP-CIRC-015  1/25 HP cast iron circulator, 115 V"),
            ("Qty:", "1"),
            ("Serial no.:", "2509-11873"),
            ("Installed:", "10/28/2025"),
            ("Failed:", "11/17/2026"),
            ("Service call:", "SC-30977, 2.5 h labor, 34 mi"),
        ],
        label_w=34,
    )
    doc.text_block(
        "Failure: motor seized, pump will not start; capacitor and wiring checked OK. "
        "Defective - replaced with a new pump from our van stock. Failed pump is tagged and "
        "kept for the manufacturer."
    )
    doc.text_block("Request: warranty credit or replacement for the failed pump.", 9, "B")
    doc.sign_line("Technician:", "T. Morales")
    return doc.bytes()


def pdf_h24_work_order() -> bytes:
    doc = Doc("2026-11-20", face="Times")
    doc.title_block(
        "BAYVIEW TOWERS CONDOMINIUM ASSOCIATION",
        "MAINTENANCE WORK ORDER",
        "Managed by Harbor Point Property Management - building office, lobby level",
    )
    doc.pairs(
        [
            ("WO no.:", "WO-2026-1187"),
            ("Opened:", "11/18/2026"),
            ("Location:", "Mech. room 2, WH #2"),
            ("Priority:", "2 - urgent"),
            ("Assigned:", "F. Bellamy"),
            ("Closed:", "11/19/2026"),
        ],
        label_w=24,
        cols=2,
    )
    doc.text_block("Problem reported: water on the floor under water heater #2.", 9, "B")
    doc.text_block(
        "Found: the new 2 gal thermal expansion tank installed on 11/12 is leaking at the air "
        "valve and the tank is waterlogged - defective. Reinstalled the old tank for now."
    )
    doc.table(
        [58, 14, 40, 40],
        [
            ["Part", "Qty", "Supplier", "Supplier order"],
            ["2 gal thermal expansion tank", "1", WE, "SO-104241"],
            ["3/4 in dielectric union", "1", "shop stock", "-"],
        ],
        align="LRLL",
    )
    doc.pairs([("Labor:", "1.5 h"), ("Materials charged:", "none")], label_w=34)
    doc.sign_line("Building superintendent:", "F. Bellamy")
    return doc.bytes()


def pdf_h26_service_ticket() -> bytes:
    doc = Doc("2026-11-23", landscape=True)
    doc.title_block(
        "SUMMIT HVAC SERVICES - SERVICE TICKET / FINDINGS",
        "ST-88412",
        "Site: Pine Ridge Medical, building B - start-up of the new zone controls",
    )
    doc.pairs(
        [
            ("Date:", "11/20/2026"),
            ("Technician:", "A. Moreno"),
            ("Material from:", "SO-104238"),
            ("Hours:", "6.0"),
        ],
        label_w=30,
        cols=4,
    )
    doc.table(
        [40, 24, 24, 110, 50],
        [
            ["Item", "Qty on job", "Affected", "Finding", "Action needed"],
            [
                "TST-7500-PRO",
                "10",
                "2",
                "dead on arrival - no display, will not power up (defective)",
                "warranty credit",
            ],
            [
                "TST-2100-NP",
                "8",
                "3",
                "wrong model in the box - line-voltage stat, not 24 V",
                "exchange",
            ],
            ["HVC-FLT-1625-M11", "10", "0", "installed, ok", "-"],
        ],
        align="LRRLL",
    )
    doc.text_block(
        "The 3 wrong thermostats are unopened beyond the first one; all 5 units are bagged at "
        "our warehouse with this ticket."
    )
    doc.sign_line("Tech:", "A. Moreno")
    return doc.bytes()


def pdf_h28_maintenance_ticket() -> bytes:
    doc = Doc("2026-11-23")
    doc.title_block(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "MAINTENANCE TICKET MT-40991",
        "Bayview Building - maintenance shop",
    )
    doc.pairs(
        [
            ("Opened:", "11/20/2026"),
            ("Units:", "3A, 5F"),
            ("Tech:", "L. Ortega"),
            ("Vendor PO:", "PO-70231"),
        ],
        label_w=24,
        cols=2,
    )
    doc.text_block(
        "Tenant complaint: no heat. Found the new digital thermostats blank - no power to the "
        "display with 24 V present at the base. Defective. Swapped both for old stock units."
    )
    doc.table(
        [36, 66, 14, 44],
        [
            ["UPC", "Description", "Qty", "Disposition"],
            ["084512021006", "non-programmable digital thermostat", "2", "return to supplier"],
        ],
        align="LLRL",
    )
    doc.pairs([("Labor:", "1.0 h"), ("Status:", "closed - awaiting vendor credit")], label_w=24)
    doc.sign_line("Tech:", "L. Ortega")
    return doc.bytes()


def pdf_h29_return_request() -> bytes:
    doc = Doc("2026-11-23", footer="Riverbend P&H - AP module", face="Courier")
    doc.title_block(
        "RETURN FOR CREDIT REQUEST",
        "RFC-0388",
        "Riverbend Plumbing & Heating - 310 Canal Street, Millbrook PA",
    )
    doc.pairs(
        [
            ("Vendor:", WE),
            ("PO:", "PO-24415"),
            ("Requested:", "11/23/2026"),
            ("Contact:", "K. Liu"),
        ],
        label_w=24,
        cols=2,
    )
    doc.table(
        [34, 58, 18, 18, 56],
        [
            ["Item", "Description", "PO qty", "Return", "Reason"],
            ["BFP-RPZ-300-SO", '3" RPZ backflow assembly', "1", "0", "installed - keep"],
            ["VLV-3100-CK", '3" CI swing check, flanged', "2", "2", "not needed - design change"],
        ],
        align="LLRRL",
    )
    doc.text_block(
        "The engineer's revision removed the bypass, so the two check valves were never "
        "installed. Boxes are sealed. Please issue an RMA and credit, less your restocking fee."
    )
    doc.sign_line("Authorized:", "Karen Liu")
    return doc.bytes()


def pdf_h30_pipe_return() -> bytes:
    doc = Doc("2026-11-24")
    doc.title_block(
        "DELGADO & SONS PLUMBING",
        "SOLICITUD DE DEVOLUCION / RETURN REQUEST",
        "rosa@delgadoplumbing.com",
    )
    doc.pairs(
        [("Proveedor / Supplier:", WE), ("PO:", "PO-40988"), ("Fecha / Date:", "11/24/2026")],
        label_w=44,
    )
    doc.table(
        [36, 62, 26, 56],
        [
            ["Articulo / Item", "Descripcion / Description", "Cant. / Qty", "Motivo / Reason"],
            ["PIP-BI-200-CTL", '2" black steel pipe Sch 40', "20 ft", "sobrante - not needed"],
            ["FTG-BI-U-150", '1-1/2" BI union', "0", "se queda / keep"],
        ],
        align="LLRL",
    )
    doc.text_block("The leftover is one 20 ft piece, uncut, clean threads. The job used 100 ft.")
    doc.sign_line("Firma / Signature:", "Rosa Delgado")
    return doc.bytes()


def pdf_h31_ncr() -> bytes:
    doc = Doc("2026-11-24", footer="KMC QA form Q-7", face="Times")
    doc.title_block("KEYSTONE MECHANICAL - NONCONFORMANCE REPORT", "NCR-0219")
    doc.pairs(
        [
            ("Supplier:", WE),
            ("PO:", "PO-77731"),
            ("Item:", 'FTG-PEX-CPL-050  1/2" PEX brass crimp coupling, bag of 25'),
            ("Qty received:", "20 bags"),
            ("Qty nonconforming:", "3 bags"),
            ("Found:", "11/23/2026, when the bags were opened at the job"),
        ],
        label_w=38,
    )
    doc.text_block(
        'Nonconformance: the 3 bags are labelled as couplings but contain 1/2" PEX crimp '
        "elbows. Wrong item. The elbows are not usable on this job."
    )
    doc.text_block(
        "Disposition requested: [ ] use as is   [ ] rework   [X] return to supplier and replace", 9
    )
    doc.sign_line("Raised by:", "T. Morales")
    doc.sign_line("QA review:", "P. Natarajan")
    return doc.bytes()


def pdf_h32_rfq() -> bytes:
    doc = Doc("2026-11-25", face="Times")
    doc.title_block(
        "DELGADO & SONS PLUMBING",
        "REQUEST FOR QUOTATION  RFQ-1146",
        "Job: Reyes residence repipe - need by 12/10/2026, delivery to the job",
    )
    doc.table(
        [12, 40, 78, 20],
        [
            ["#", "Item", "Description", "Qty"],
            ["1", "PIP-CU-L-100-20", '1" type L copper tube, 20 ft', "15"],
            ["2", "FTG-CU-E90-100", '1" wrot copper 90 elbow', "120"],
            ["3", "VLV-0075-BV", '3/4" brass ball valve, sweat', "16"],
            ["4", "WH-50G-NG", "50 gal gas water heater", "1"],
        ],
        align="CLLR",
    )
    doc.text_block(
        "Please quote unit prices, freight and lead time. Prices valid 30 days, please. We "
        "can pick up at DC-SOUTH if that is cheaper."
    )
    doc.sign_line("Requested by:", "Rosa Delgado")
    return doc.bytes()


def pdf_h33_debit_memo() -> bytes:
    doc = Doc("2026-11-25")
    doc.set_font("Times", "B", 18)
    doc.cell(0, 9, "Riverbend Plumbing & Heating", align="C")
    doc.ln(9)
    doc.set_font("Times", "", 10)
    doc.cell(0, 5, "310 Canal Street, Suite 2 - Millbrook, PA 19380", align="C")
    doc.ln(10)
    doc.set_font("Times", "B", 14)
    doc.cell(0, 8, "VENDOR DEBIT MEMO  #VDM-0612", align="C")
    doc.ln(12)
    doc.pairs(
        [
            ("Vendor:", WE),
            ("Date:", "11/25/2026"),
            ("Invoice:", "INV-88180 of 11/10/2026"),
            ("PO:", "PO-24530"),
            ("Quote ref.:", "Q-7781 (rep pricing)"),
        ],
        label_w=28,
    )
    doc.table(
        [30, 54, 14, 22, 22, 16, 22],
        [
            ["Item", "Description", "Qty", "Billed", "Quoted", "Diff.", "Debit"],
            ["VLV-1005-BV", '1" brass ball valve, FP', "48", "16.20", "15.40", "0.80", "38.40"],
        ],
        align="LLRRRRR",
    )
    doc.pairs([("Total debit:", "38.40"), ("Applied:", "short-paid on check 20418")], label_w=28)
    doc.text_block(
        "Your rep quoted 15.40 each for this job. Please correct the invoice or issue credit."
    )
    doc.sign_line("AP:", "M. O'Brien")
    return doc.bytes()


def pdf_h34_pod() -> bytes:
    doc = Doc("2026-11-30")
    doc.title_block("R+L CARRIERS", "PROOF OF DELIVERY", "Document retrieval - image of record")
    doc.pairs(
        [
            ("PRO:", "RL123377412"),
            ("Pickup date:", "10/26/2026"),
            ("Delivered:", "10/28/2026 10:14"),
            ("Terminal:", "HBG"),
            ("Shipper:", f"{WE} DC-EAST"),
            ("Consignee:", "Keystone Mechanical - Yard 2"),
            ("Shipper ref:", "SO-104226"),
            ("PO:", "PO-77790"),
            ("Pieces:", "3 SKIDS"),
            ("Weight:", "1,920 LB"),
        ],
        label_w=26,
        cols=2,
    )
    doc.set_font("Helvetica", "B", 11)
    doc.cell(0, 9, "EXCEPTIONS:  NONE  -  RECEIVED IN GOOD CONDITION", border=1)
    doc.ln(14)
    doc.sign_line("Received by (print):", "T. MORALES")
    doc.sign_line("Signature:", "T Morales")
    return doc.bytes()


def pdf_h37_purchase_order() -> bytes:
    doc = Doc("2026-12-03")
    doc.title_block(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "PURCHASE ORDER  PO-70352",
        "Ship to: Bayview Building maintenance shop - deliver weekdays 7-3",
    )
    doc.pairs(
        [("Vendor:", WE), ("Date:", "12/03/2026"), ("Terms:", "Net 30"), ("Buyer:", "L. Ortega")],
        label_w=22,
        cols=2,
    )
    doc.table(
        [36, 70, 16, 22, 24],
        [
            ["Item", "Description", "Qty", "Unit", "Ext."],
            ["HVC-FLT-1625-M11", "16x25x1 MERV 11 filter, cs/12", "30", "38.40", "1,152.00"],
            ["HVC-REG-1006-W", "10x6 floor register, white", "20", "5.60", "112.00"],
            ["TST-2100-NP", "digital thermostat 24 V", "6", "29.50", "177.00"],
            ["", "", "", "Total", "1,441.00"],
        ],
        align="LLRRR",
    )
    doc.text_block("Quarterly filter change for January. Please confirm the delivery date.")
    doc.sign_line("Authorized:", "L. Ortega")
    return doc.bytes()


# ================================================================ the CSV exports


def csv_h06_receiving() -> bytes:
    head = [
        "RcvNo",
        "RcvDate",
        "Vendor",
        "PO",
        "POLine",
        "Item",
        "VendorItem",
        "Description",
        "UOM",
        "QtyOrdered",
        "QtyReceived",
        "QtyVariance",
        "Status",
        "ReceivedBy",
    ]
    rows = [
        [
            "R-66101",
            "2026-11-05",
            "BRIGHTWATER DIST",
            "PO-77812",
            "1",
            "KM-88213",
            "VLV-2210-BR",
            '2" bronze gate valve',
            "EA",
            "40",
            "40",
            "0",
            "CLOSED",
            "TMORALES",
        ],
        [
            "R-66101",
            "2026-11-05",
            "BRIGHTWATER DIST",
            "PO-77812",
            "2",
            "KM-40112",
            "FTG-CU-E90-100",
            '1" cu 90 elbow',
            "EA",
            "150",
            "150",
            "0",
            "CLOSED",
            "TMORALES",
        ],
        [
            "R-66102",
            "2026-11-06",
            "BRIGHTWATER DIST",
            "PO-77812",
            "3",
            "KM-88340",
            "VLV-0750-PRV",
            '3/4" PRV 25-75',
            "EA",
            "12",
            "12",
            "0",
            "CLOSED",
            "BKOWALSKI",
        ],
        [
            "R-66102",
            "2026-11-06",
            "BRIGHTWATER DIST",
            "PO-77812",
            "4",
            "",
            "PIP-PEX-075-300",
            "3/4\" PEX-A 300' coil",
            "CL",
            "6",
            "5",
            "-1",
            "SHORT",
            "BKOWALSKI",
        ],
        [
            "R-66103",
            "2026-11-06",
            "METRO ELECTRIC SUPPLY",
            "PO-77820",
            "1",
            "KM-71004",
            "THHN12-500",
            "12 AWG THHN 500' blk",
            "RL",
            "8",
            "8",
            "0",
            "CLOSED",
            "BKOWALSKI",
        ],
        [
            "R-66104",
            "2026-11-09",
            "TRI-STATE SHEET METAL",
            "PO-77826",
            "1",
            "KM-30550",
            "SM-ELB-8",
            '8" adj elbow 26ga',
            "EA",
            "24",
            "24",
            "0",
            "CLOSED",
            "BKOWALSKI",
        ],
    ]
    return csv_of([head, *rows])


def csv_h15_variance() -> bytes:
    rows = [
        ["Riverbend Plumbing & Heating - Inventory Receiving Variance"],
        ["Run 11/16/2026 08:02", "User MOBRIEN", "Filter: PO-24530"],
        [],
        [
            "Receipt",
            "PO",
            "Vendor Part",
            "Our Part",
            "Description",
            "Ordered",
            "Received",
            "Variance",
            "Type",
            "Note",
        ],
        [
            "RC-3391",
            "PO-24530",
            "VLV-1005-BV",
            "RPH-BV100",
            "1in brass ball valve",
            "48",
            "54",
            "6",
            "OVER",
            "6 extra - holding for pickup",
        ],
        [
            "RC-3391",
            "PO-24530",
            "FTG-CU-E90-100",
            "RPH-E90-1",
            "1in cu 90 elbow",
            "250",
            "225",
            "-25",
            "SHORT",
            "one bag of 25 missing",
        ],
        ["RC-3391", "PO-24530", "VLV-0750-PRV", "RPH-PRV34", "3/4in PRV", "4", "4", "0", "", ""],
        ["", "", "", "", "Totals", "302", "283", "-19", "", ""],
    ]
    return csv_of(rows)


def csv_h16_ap_match() -> bytes:
    rows = [
        [
            "Vendor",
            "Invoice",
            "InvDate",
            "PO",
            "POLine",
            "Item",
            "InvQty",
            "InvUnit",
            "POUnit",
            "ExtVariance",
            "Exception",
            "Action",
        ],
        [
            "BRIGHTWATER DIST",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "1",
            "KM-20100",
            "30",
            "76.40",
            "71.80",
            "138.00",
            "PRICE",
            "credit requested - bill at PO price",
        ],
        [
            "BRIGHTWATER DIST",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "2",
            "KM-40112",
            "200",
            "2.95",
            "2.95",
            "0.00",
            "",
            "matched",
        ],
        [
            "BRIGHTWATER DIST",
            "INV-88098",
            "10/26/2026",
            "PO-77790",
            "3",
            "KM-88107",
            "36",
            "15.20",
            "15.20",
            "0.00",
            "",
            "matched",
        ],
        [
            "METRO ELECTRIC SUPPLY",
            "ME-220419",
            "11/02/2026",
            "PO-77795",
            "1",
            "KM-71090",
            "12",
            "44.10",
            "41.00",
            "37.20",
            "PRICE",
            "vendor credit received CM-5530",
        ],
        [
            "TRI-STATE SHEET METAL",
            "TS-90211",
            "11/04/2026",
            "PO-77801",
            "2",
            "KM-30410",
            "40",
            "6.75",
            "6.75",
            "0.00",
            "QTY",
            "receipt 38 - released after recount",
        ],
    ]
    return csv_of(rows, crlf=False)


def csv_h19_leftovers() -> bytes:
    rows = [
        ["Trabajo / Job", "Garza remodel"],
        ["Orden / Order", "SO-104231"],
        [],
        [
            "Articulo / Item",
            "Descripcion / Description",
            "Usado / Used",
            "Sobrante / Left",
            "Accion / Action",
            "Nota / Note",
        ],
        [
            "FTG-CU-E90-100",
            "codo cobre 1in / 1in cu 90",
            "60",
            "40",
            "DEVOLVER / RETURN",
            "ya no se necesita / no longer needed",
        ],
        [
            "VLV-0750-PRV",
            "reductora 3/4 / 3/4 PRV",
            "5",
            "1",
            "DEVOLVER / RETURN",
            "defectuosa - leaks through, will not hold pressure",
        ],
        ["PIP-CU-L-100-20", "tubo cobre L 1in 20ft", "12", "0", "", ""],
    ]
    return csv_of(rows, sep=";")


def csv_h27_closeout() -> bytes:
    rows = [
        ["Job", "PO", "Part", "Description", "Ordered", "Installed", "Unused", "Disposition"],
        [
            "2240 Riverside Lofts",
            "PO-77790",
            "KM-20100",
            "1in type L copper 20ft",
            "30",
            "30",
            "0",
            "",
        ],
        [
            "2240 Riverside Lofts",
            "PO-77790",
            "KM-40112",
            "1in cu 90 elbow",
            "200",
            "176",
            "4",
            "KEEP - shop stock",
        ],
        [
            "2240 Riverside Lofts",
            "PO-77790",
            "KM-88107",
            "1in brass ball valve FP",
            "36",
            "24",
            "12",
            "RETURN - not needed",
        ],
        [
            "2240 Riverside Lofts",
            "PO-77801",
            "KM-30410",
            "6in round duct 26ga",
            "40",
            "38",
            "2",
            "KEEP",
        ],
    ]
    return csv_of(rows)


def csv_h35_receiving() -> bytes:
    rows = [
        [
            "Property",
            "Receipt Date",
            "Vendor",
            "Item",
            "Description",
            "Expected",
            "Received",
            "Condition",
            "Comments",
        ],
        [
            "Lakeview Towers",
            "11/27/2026",
            "Brightwater Distribution",
            "HVC-REG-1006-W",
            "10x6 floor register white",
            "30",
            "25",
            "SHORT",
            "5 not in the boxes",
        ],
        [
            "Lakeview Towers",
            "11/27/2026",
            "Brightwater Distribution",
            "VLV-0075-BV",
            "3/4 ball valve sweat",
            "8",
            "8",
            "DAMAGED (1)",
            "1 valve body cracked",
        ],
        [
            "Lakeview Towers",
            "11/27/2026",
            "Coastal Janitorial",
            "JAN-4410",
            "trash liners 40gal",
            "6",
            "6",
            "OK",
            "",
        ],
    ]
    return csv_of(rows)


def csv_h36_credits() -> bytes:
    rows = [
        ["Vendor", "DocType", "DocNo", "DocDate", "Reference", "Amount", "AppliedTo", "PayRun"],
        [
            "BRIGHTWATER DIST",
            "CREDIT",
            "CM-40218",
            "11/12/2026",
            "SO-104233 damaged gate valves",
            "-117.80",
            "INV-88120",
            "2026-11-27",
        ],
        [
            "BRIGHTWATER DIST",
            "CREDIT",
            "CM-40231",
            "11/13/2026",
            "INV-88133 price diff pumps",
            "-27.20",
            "INV-88133",
            "2026-11-27",
        ],
        [
            "BRIGHTWATER DIST",
            "INVOICE",
            "INV-88120",
            "11/02/2026",
            "PO-77812",
            "2798.50",
            "",
            "2026-11-27",
        ],
        [
            "BRIGHTWATER DIST",
            "INVOICE",
            "INV-88133",
            "11/04/2026",
            "PO-77830",
            "2641.20",
            "",
            "2026-11-27",
        ],
        ["", "", "", "", "Net paid", "5294.70", "", ""],
    ]
    return csv_of(rows)


# ================================================================ the requests

KEY_TOM = "Tom Morales <tmorales@keystonemech.com>"
KEY_DANA = "Dana Ruiz <ap@keystonemech.com>"
KEY_BRETT = "Brett Kowalski <bkowalski@keystonemech.com>"
KEY_SEAN = "Sean Whitaker <swhitaker@keystonemech.com>"
KEY_PRIYA = "Priya Natarajan <pnatarajan@keystonemech.com>"
KEY_YARD = "Keystone Yard 2 <receiving@keystonemech.com>"
RIV_KAREN = "Karen Liu <office@riverbendph.com>"
RIV_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
SUM_RAJ = "Raj Patel <raj.patel@summithvac.net>"
SUM_OMAR = "Omar Haddad <ohaddad@summithvac.net>"
SUM_JENNA = "Jenna Park <jpark@summithvac.net>"
HAR_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
HAR_GRACE = "Grace Kim <payables@harborpointpm.com>"
HAR_DEVON = "Devon Price <dprice@harborpointpm.com>"
DEL_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
DEL_MARCO = "Marco Delgado <marco@delgadosons.com>"
BAYVIEW = "Frank Bellamy <fbellamy@bayviewtowerscondo.org>"

KMC_SIG = """Keystone Mechanical Contractors
1450 Mill Race Rd | Harrisburg PA
This e-mail and any attachments are confidential and intended only for the addressee."""


def h01() -> bytes:
    body = f"""Receiving report for PO-77812 attached.

Tom Morales
Field Operations
{KMC_SIG}
"""
    return mail(
        "h01",
        sender=KEY_TOM,
        subject="RR-26-04418 / PO-77812",
        when=local("2026-11-09 08:12", -5),
        body=body,
        client="outlook",
        html=True,
        files=((pdf_h01_receiving_report(), PDF, "RR-26-04418.pdf"),),
    )


def h02() -> bytes:
    body = """Signed BOL from the ODFL delivery attached, see the note at the bottom.

Omar Haddad
Warehouse | Summit HVAC Services
"""
    return mail(
        "h02",
        sender=SUM_OMAR,
        subject="BOL - PO 60377",
        when=local("2026-11-09 10:40", -6),
        body=body,
        client="gmail",
        files=((img_h02_bol(), JPG, "PXL_20261102_143312.jpg"),),
    )


def h03() -> bytes:
    body = f"""Please see attached.

Dana Ruiz
Accounts Payable
{KMC_SIG}
"""
    return mail(
        "h03",
        sender=KEY_DANA,
        subject="Debit memo DM-11873",
        when=local("2026-11-10 09:05", -5),
        body=body,
        client="outlook",
        files=((pdf_h03_debit_memo(), PDF, "DM-11873.pdf"),),
    )


def h04() -> bytes:
    body = """SO-104240, see the log page. Rosa

Sent from my iPhone
"""
    return mail(
        "h04",
        sender=DEL_ROSA,
        subject="will call pickup 11/6",
        when=local("2026-11-10 10:20", -6),
        body=body,
        client="iphone",
        files=((img_h04_log(), PNG, "Scan 2026-11-10 07.31.png"),),
    )


def h05() -> bytes:
    body = """Sent from my iPhone
"""
    return mail(
        "h05",
        sender=KEY_YARD,
        subject="DR",
        when=local("2026-11-10 14:52", -5),
        body=body,
        client="iphone",
        files=((img_h05_rl_receipt(), PNG, "DR_scan.png"),),
    )


def h06() -> bytes:
    body = """Second delivery on PO-77812 came in Friday. Receiving export attached.

Brett Kowalski
Receiving - Yard 2
"""
    return mail(
        "h06",
        sender=KEY_BRETT,
        subject="PO-77812 receipt R-66102",
        when=local("2026-11-11 11:20", -5),
        body=body,
        client="tbird",
        files=((csv_h06_receiving(), CSV, "rcv_export_20261111.csv"),),
    )


def h07() -> bytes:
    body = """Hello,

We moved our office. Updated W-9 attached for your vendor file - please also update our
bill-to address.

Thank you,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return mail(
        "h07",
        sender=RIV_KAREN,
        subject="Updated W-9 - Riverbend Plumbing & Heating",
        when=local("2026-11-11 13:02", -5),
        body=body,
        client="outlook",
        to="Brightwater Credit Dept <credit@distributor.example>",
        cc=DESK,
        files=((pdf_h07_w9(), PDF, "Riverbend_W9_2026.pdf"),),
    )


def h08() -> bytes:
    body = """Form attached for PO-24519.

Karen
"""
    return mail(
        "h08",
        sender=RIV_KAREN,
        subject="Vendor return report - PO-24519",
        when=local("2026-11-12 09:30", -5),
        body=body,
        client="outlook",
        files=((pdf_h08_vendor_return(), PDF, "RPH-14_PO-24519.pdf"),),
    )


def h09() -> bytes:
    body = f"""We're installing the material Harbor Point bought from you at Bayview (your
SO-104239). Yesterday's daily is attached - see material received.

Sean Whitaker
Foreman
{KMC_SIG}
"""
    return mail(
        "h09",
        sender=KEY_SEAN,
        subject="Bayview - registers",
        when=local("2026-11-12 10:10", -5),
        body=body,
        client="android",
        cc="Luis Ortega <maintenance@harborpointpm.com>",
        files=((pdf_h09_daily_report(), PDF, "Daily_0412_Bayview.pdf"),),
    )


def h10() -> bytes:
    body = """See discrepancy report for SO-104238.

Jenna Park
Inventory Control, Summit HVAC Services
"""
    return mail(
        "h10",
        sender=SUM_JENNA,
        subject="Receiving discrepancy DR-2026-0311",
        when=local("2026-11-12 10:15", -6),
        body=body,
        client="gmail",
        files=((pdf_h10_discrepancy(), PDF, "DR-2026-0311.pdf"),),
    )


def h11() -> bytes:
    body = """Delivery receipt for PO-70288 attached.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "h11",
        sender=HAR_LUIS,
        subject="PO-70288 delivery",
        when=local("2026-11-13 08:25", -6),
        body=body,
        client="outlook",
        files=((img_h11_estes(), JPG, "estes_DR_0411.jpg"),),
    )


def h12() -> bytes:
    body = f"""See MRR attached - SO-104224.

Tom
{KMC_SIG}
"""
    return mail(
        "h12",
        sender=KEY_TOM,
        subject="MRR 3309",
        when=local("2026-11-13 15:40", -5),
        body=body,
        client="outlook",
        files=((pdf_h12_mrr(), PDF, "MRR-3309.pdf"),),
    )


def h13() -> bytes:
    body = """RGA form attached. The tech found a second pump from the same box dead this
morning, same problem - please make the quantity 2, not 1.

Raj
"""
    return mail(
        "h13",
        sender=SUM_RAJ,
        subject="RGA - condensate pump",
        when=local("2026-11-16 09:50", -6),
        body=body,
        client="tbird",
        files=((img_h13_rga(), PNG, "scan_20261116_0931.png"),),
    )


def h14() -> bytes:
    return mail(
        "h14",
        sender=HAR_DEVON,
        subject="PO-70296 receiving",
        when=local("2026-11-16 15:05", -6),
        body="\n",
        client="android",
        files=((img_h14_receiving_log(), PNG, "CamScan_20261116_1502.png"),),
    )


def h15() -> bytes:
    body = """Variance export for PO-24530 attached.

Mike O'Brien
Riverbend Plumbing & Heating
"""
    return mail(
        "h15",
        sender=RIV_MIKE,
        subject="PO-24530 receiving variance",
        when=local("2026-11-16 16:10", -5),
        body=body,
        client="gmail",
        files=((csv_h15_variance(), CSV, "RcvVariance_PO-24530.csv"),),
    )


def h16() -> bytes:
    body = f"""Match exceptions from this week's AP run, first line is yours.

Dana Ruiz
Accounts Payable
{KMC_SIG}
"""
    return mail(
        "h16",
        sender=KEY_DANA,
        subject="AP match exceptions w/e 11/13",
        when=local("2026-11-17 08:45", -5),
        body=body,
        client="outlook",
        files=((csv_h16_ap_match(), CSV, "match_exceptions_1113.csv"),),
    )


def h17() -> bytes:
    body = """For your records - signed packing list for PO-60377. The tile damage already went
to you on the 9th with the BOL.

Omar
"""
    return mail(
        "h17",
        sender=SUM_OMAR,
        subject="signed packing list PO-60377",
        when=local("2026-11-17 13:30", -6),
        body=body,
        client="gmail",
        files=((pdf_h17_packing_list(), PDF, "PL_SH-55112_signed.pdf"),),
    )


def h18() -> bytes:
    body = """Return slip for PO-24460 attached.

Karen
"""
    return mail(
        "h18",
        sender=RIV_KAREN,
        subject="return slip 1187",
        when=local("2026-11-18 10:05", -5),
        body=body,
        client="outlook",
        files=((img_h18_return_slip(), PNG, "Scan_1187.png"),),
    )


def h19() -> bytes:
    body = """Hi, list from the Garza job attached.

Rosa
"""
    return mail(
        "h19",
        sender=DEL_ROSA,
        subject="Garza - sobrantes",
        when=local("2026-11-18 12:20", -6),
        body=body,
        client="gmail",
        files=((csv_h19_leftovers(), CSV, "garza_sobrantes.csv"),),
    )


def h20() -> bytes:
    body = """OS&D for PO-60455.

Jenna Park
Inventory Control
"""
    return mail(
        "h20",
        sender=SUM_JENNA,
        subject="OSD-0457",
        when=local("2026-11-19 08:05", -6),
        body=body,
        client="gmail",
        files=((pdf_h20_osd(), PDF, "OSD-0457.pdf"),),
    )


def h21() -> bytes:
    body = """Hello,

Attached is our reconciliation of your November statement. Please confirm there are no other
open items on our account.

Regards,
Grace Kim
Accounts Payable, Harbor Point Property Management
"""
    return mail(
        "h21",
        sender=HAR_GRACE,
        subject="Statement reconciliation - November",
        when=local("2026-11-19 14:45", -6),
        body=body,
        client="outlook",
        html=True,
        to="Brightwater AR <ar@distributor.example>",
        cc=DESK,
        files=((pdf_h21_statement_recon(), PDF, "HP_stmt_recon_1115.pdf"),),
    )


def h22() -> bytes:
    body = """Phase 2 on Mill St got cancelled. Overstock list attached.

Mike
"""
    return mail(
        "h22",
        sender=RIV_MIKE,
        subject="Mill St overstock - SO-104214",
        when=local("2026-11-20 08:30", -5),
        body=body,
        client="gmail",
        files=((pdf_h22_overstock(), PDF, "MillSt_overstock.pdf"),),
    )


def h23() -> bytes:
    body = f"""Warranty claim attached.

Tom Morales
Service Department
{KMC_SIG}
"""
    return mail(
        "h23",
        sender=KEY_TOM,
        subject="Warranty claim WC-1128",
        when=local("2026-11-20 10:10", -5),
        body=body,
        client="outlook",
        files=((pdf_h23_warranty(), PDF, "WC-1128.pdf"),),
    )


def h24() -> bytes:
    body = """Hello,

Luis at Harbor Point said to send this straight to you. Work order attached.

Frank Bellamy
Building Superintendent, Bayview Towers
"""
    return mail(
        "h24",
        sender=BAYVIEW,
        subject="expansion tank - WO-2026-1187",
        when=local("2026-11-20 13:15", -6),
        body=body,
        client="plain",
        files=((pdf_h24_work_order(), PDF, "WO-2026-1187.pdf"),),
    )


def h25() -> bytes:
    body = """tag attached

Marco
"""
    return mail(
        "h25",
        sender=DEL_MARCO,
        subject="return",
        when=local("2026-11-20 16:00", -6),
        body=body,
        client="android",
        files=((img_h25_tag(), JPG, "20261119_171522.jpg"),),
    )


def h26() -> bytes:
    body = """Findings from the Pine Ridge start-up attached. SO-104238.

Raj Patel
Service Manager, Summit HVAC Services
"""
    return mail(
        "h26",
        sender=SUM_RAJ,
        subject="ST-88412 Pine Ridge",
        when=local("2026-11-23 09:00", -6),
        body=body,
        client="tbird",
        files=((pdf_h26_service_ticket(), PDF, "ST-88412.pdf"),),
    )


def h27() -> bytes:
    body = f"""Close-out list for PO-77790 attached. Two of the ball valves on the RETURN line went
on Hector's van, so 10 are coming back, not 12.

Priya Natarajan
Project Coordinator
{KMC_SIG}
"""
    return mail(
        "h27",
        sender=KEY_PRIYA,
        subject="Riverside Lofts close-out",
        when=local("2026-11-23 11:35", -5),
        body=body,
        client="outlook",
        files=((csv_h27_closeout(), CSV, "2240_closeout.csv"),),
    )


def h28() -> bytes:
    body = """Maintenance ticket attached - PO-70231.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "h28",
        sender=HAR_LUIS,
        subject="MT-40991",
        when=local("2026-11-23 14:20", -6),
        body=body,
        client="outlook",
        files=((pdf_h28_maintenance_ticket(), PDF, "MT-40991.pdf"),),
    )


def h29() -> bytes:
    body = """Please see attached.

Karen Liu
Riverbend Plumbing & Heating
"""
    return mail(
        "h29",
        sender=RIV_KAREN,
        subject="RFC-0388",
        when=local("2026-11-23 15:50", -5),
        body=body,
        client="outlook",
        files=((pdf_h29_return_request(), PDF, "RFC-0388.pdf"),),
    )


def h30() -> bytes:
    body = """Request attached.

Rosa
"""
    return mail(
        "h30",
        sender=DEL_ROSA,
        subject="devolucion tubo",
        when=local("2026-11-24 09:40", -6),
        body=body,
        client="gmail",
        files=((pdf_h30_pipe_return(), PDF, "devolucion_PO-40988.pdf"),),
    )


def h31() -> bytes:
    body = f"""NCR attached, PO-77731.

Tom
{KMC_SIG}
"""
    return mail(
        "h31",
        sender=KEY_TOM,
        subject="NCR-0219",
        when=local("2026-11-24 13:25", -5),
        body=body,
        client="outlook",
        files=((pdf_h31_ncr(), PDF, "NCR-0219.pdf"),),
    )


def h32() -> bytes:
    body = """Hi, please quote the attached for the Reyes job. Thanks!

Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "h32",
        sender=DEL_ROSA,
        subject="RFQ-1146 Reyes",
        when=local("2026-11-25 08:15", -6),
        body=body,
        client="gmail",
        to="Brightwater Sales <sales@distributor.example>",
        cc=DESK,
        files=((pdf_h32_rfq(), PDF, "RFQ-1146.pdf"),),
    )


def h33() -> bytes:
    body = """Debit memo for INV-88180 attached.

Mike O'Brien
Riverbend Plumbing & Heating
"""
    return mail(
        "h33",
        sender=RIV_MIKE,
        subject="VDM-0612",
        when=local("2026-11-25 10:45", -5),
        body=body,
        client="gmail",
        files=((pdf_h33_debit_memo(), PDF, "VDM-0612.pdf"),),
    )


def h34() -> bytes:
    body = f"""Here is the signed POD you asked for on SO-104226.

Tom
{KMC_SIG}
"""
    return mail(
        "h34",
        sender=KEY_TOM,
        subject="RE: POD request SO-104226",
        when=local("2026-11-30 09:20", -5),
        body=body,
        client="outlook",
        to="Brightwater AR <ar@distributor.example>",
        cc=DESK,
        files=((pdf_h34_pod(), PDF, "POD_RL123377412.pdf"),),
    )


def h35() -> bytes:
    body = """PO-70344 from Friday - export attached.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "h35",
        sender=HAR_LUIS,
        subject="Lakeview delivery 11/27",
        when=local("2026-12-01 08:50", -6),
        body=body,
        client="outlook",
        files=((csv_h35_receiving(), CSV, "Lakeview_receipts_1127.csv"),),
    )


def h36() -> bytes:
    body = f"""FYI - credits taken in this week's payment run, detail attached.

Dana Ruiz
Accounts Payable
{KMC_SIG}
"""
    return mail(
        "h36",
        sender=KEY_DANA,
        subject="Payment run 11/27 - remittance detail",
        when=local("2026-12-02 10:30", -5),
        body=body,
        client="outlook",
        to="Brightwater AR <ar@distributor.example>",
        cc=DESK,
        files=((csv_h36_credits(), CSV, "remit_20261127.csv"),),
    )


def h37() -> bytes:
    body = """New PO attached for January's filter change.

Luis
"""
    return mail(
        "h37",
        sender=HAR_LUIS,
        subject="PO-70352",
        when=local("2026-12-03 11:10", -6),
        body=body,
        client="outlook",
        to="Brightwater Orders <orders@distributor.example>",
        cc=DESK,
        files=((pdf_h37_purchase_order(), PDF, "PO-70352.pdf"),),
    )


def h38() -> bytes:
    form = {
        "order_number": "SO-104244",
        "lines": [{"sku": "TST-2100-NP", "quantity": 1, "reason": "DAMAGED"}],
        "note": "Housing cracked, found when the box was opened for the install.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def h39() -> bytes:
    return b"""==== SERVICE SYSTEM EXPORT - WARRANTY ====
Ticket ........ SV-20771
Opened ........ 11/18/2026
Site .......... 1312 Walnut St, mech room
Order ......... SO-104201
Item .......... VLV-1250-TMV  1-1/4" thermostatic mixing valve
Qty ........... 1
Installed ..... 10/2025
Finding ....... defective - will not hold set temperature, outlet
                swings 105-140 F; cartridge replaced, no change
Labor ......... 3.0 h
Status ........ valve removed, tagged, waiting on supplier warranty
==========================================
"""


def h40() -> bytes:
    return b"""RECEIVING RECORD

PO-60455
Received 11/12  UPS  (labels 42 cartons)

  TST-2100-NP   digital thermostat 24V   PO qty 12   received 10   -> 2 SHORT
  HVC-CND-PUMP  condensate pump          PO qty 10   received 10   ok

checked by: warehouse
"""


NAMES = {
    "h01": "h01-keystone-receiving-report-pdf.eml",
    "h02": "h02-summit-bol-photo.eml",
    "h03": "h03-keystone-debit-memo.eml",
    "h04": "h04-delgado-checkin-log-photo.eml",
    "h05": "h05-keystone-delivery-receipt-photo.eml",
    "h06": "h06-keystone-receiving-export-csv.eml",
    "h07": "h07-riverbend-w9-update.eml",
    "h08": "h08-riverbend-vendor-return-form.eml",
    "h09": "h09-keystone-site-report-harbor-job.eml",
    "h10": "h10-summit-discrepancy-report.eml",
    "h11": "h11-harbor-estes-receipt-photo.eml",
    "h12": "h12-keystone-material-return-request.eml",
    "h13": "h13-summit-rga-form-scan.eml",
    "h14": "h14-harbor-receiving-log-photo.eml",
    "h15": "h15-riverbend-variance-export.eml",
    "h16": "h16-keystone-ap-match-exceptions.eml",
    "h17": "h17-summit-signed-packing-list.eml",
    "h18": "h18-riverbend-return-slip-scan.eml",
    "h19": "h19-delgado-job-leftovers-csv.eml",
    "h20": "h20-summit-osd-report.eml",
    "h21": "h21-harbor-statement-reconciliation.eml",
    "h22": "h22-riverbend-overstock-list.eml",
    "h23": "h23-keystone-warranty-claim-form.eml",
    "h24": "h24-condo-board-work-order.eml",
    "h25": "h25-delgado-return-tag-photo.eml",
    "h26": "h26-summit-service-findings.eml",
    "h27": "h27-keystone-closeout-csv.eml",
    "h28": "h28-harbor-maintenance-ticket.eml",
    "h29": "h29-riverbend-restock-request.eml",
    "h30": "h30-delgado-pipe-return-request.eml",
    "h31": "h31-keystone-nonconformance-report.eml",
    "h32": "h32-delgado-rfq.eml",
    "h33": "h33-riverbend-debit-memo.eml",
    "h34": "h34-keystone-carrier-pod.eml",
    "h35": "h35-harbor-receiving-export-unknown-po.eml",
    "h36": "h36-keystone-credit-applied-csv.eml",
    "h37": "h37-harbor-new-purchase-order.eml",
    "h38": "h38-portal-thermostat-damaged.json",
    "h39": "h39-upload-mixing-valve-warranty.txt",
    "h40": "h40-upload-receiving-note-po-only.txt",
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
