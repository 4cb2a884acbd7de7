"""Write every request file of heldout56: 37 emails (most with an attachment), 1 portal form,
2 text uploads.

    .venv/bin/python sample_docs/heldout56/make_attachments.py OUT_DIR

The angle of the set is "the claim in the paperwork and the field": papers that come back from
the dock, the truck, the counter and the job (carrier delivery receipts signed with exceptions,
receiving logs, a will-call pick ticket, phone-call notes typed by an office, a warranty tag,
job notes, close-out and return forms, spreadsheet exports and rows pasted into the mail),
around mails that are short or chatty. Files:

- pictures (Pillow + numpy): phone photos (JPEG) of a will-call ticket, a freight delivery
  receipt and a warranty tag; scanner-app captures (PNG, four grey levels) of a yard receiving
  log, a carrier delivery receipt and a shop receiving log; all with pen notes Tesseract reads;
- text PDFs (fpdf2, core fonts only, fixed creation date);
- two XLSX workbooks (openpyxl; the zip is rewritten with fixed member dates and the document
  properties pinned), one CSV, one HTML page.

Nothing reads the clock or draws unseeded random numbers: pen wobble, paper tint and light come
from numpy generators seeded with a SHA-256 of the picture's key; Message-IDs and MIME
boundaries are SHA-256 hashes of the request key.
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
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
TO_DESK = f"Ridgeline Supply Returns <{DESK}>"
US = "Ridgeline Supply"
US_ADDR = "4100 Foundry Rd, Dock 3"

PDF = ("application", "pdf")
JPEG = ("image", "jpeg")
PNG = ("image", "png")
CSV = ("text", "csv")
HTML = ("text", "html")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# the writers (ERP contacts, addresses on a customer's domain, and one stranger)
KEY_TOM = "Tom Morales <tmorales@keystonemech.com>"
KEY_DANA = "Dana Ruiz <ap@keystonemech.com>"
KEY_GINA = "Gina Alvarez <galvarez@keystonemech.com>"
KEY_MARCUS = "Marcus Webb <mwebb@keystonemech.com>"
KEY_SHEILA = "Sheila Brandt <sbrandt@keystonemech.com>"
RIV_KAREN = "Karen Liu <office@riverbendph.com>"
RIV_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
SUM_RAJ = "Raj Patel <raj.patel@summithvac.net>"
SUM_LINDA = "Linda Chu <ap@summithvac.net>"
SUM_TYLER = "Tyler Novak <tnovak@summithvac.net>"
SUM_CARLA = "Carla Mendes <cmendes@summithvac.net>"
HAR_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
HAR_GRACE = "Grace Kim <payables@harborpointpm.com>"
HAR_SHANE = "Shane Whitlock <swhitlock@harborpointpm.com>"
DEL_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
DEL_JAVIER = "Javier Delgado <javier@delgadosons.com>"
ANDRE = "Andre Felix <andre.felix.hvac@gmail.com>"

KMC_SIG = "Keystone Mechanical Contractors\n1450 Mill Race Rd"
EAST, CENTRAL = -5, -6


# ------------------------------------------------------------------ hashes, seeds, times


def sha(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def seeded(key: str) -> np.random.Generator:
    return np.random.default_rng(int(sha("heldout56-seed", key, n=15), 16))


def at(stamp: str, offset: int) -> dt.datetime:
    zone = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)


# ------------------------------------------------------------------ mail

AGENTS = {
    "outlook": [("X-MS-Has-Attach", "yes"), ("Content-Language", "en-US")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "android": [("X-Mailer", "Samsung Email")],
    "tbird": [("User-Agent", "Mozilla Thunderbird")],
    "webmail": [("X-Mailer", "Roundcube Webmail/1.6")],
}


def msg_id(key: str, agent: str, domain: str) -> str:
    h = sha("mid", key, n=40)
    if agent == "outlook":
        return f"<{h[:26].upper()}@{h[26:34].upper()}.namprd05.prod.outlook.com>"
    if agent == "gmail":
        return f"<CAK{h[:10]}{h[10:20].upper()}-{h[20:32]}@mail.gmail.com>"
    if agent in ("iphone", "tbird"):
        u = h.upper() if agent == "iphone" else h
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if agent == "android":
        return f"<{h[:12]}.{h[12:24]}@email.android.com>"
    return f"<{h[:24]}@webmail.{domain}>"


def boundary_for(key: str, n: int, agent: str) -> str:
    h = sha("bnd", key, str(n), n=30)
    return {
        "outlook": f"_00{n}_{h[:24].upper()}_",
        "gmail": f"0000000000{h[:18]}",
        "iphone": f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}",
        "tbird": f"------------{h[:24]}",
        "android": f"--_com.samsung.android.email_{h[:20]}",
    }.get(agent, f"=_{h[:28]}")


def as_html(text: str) -> str:
    safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = safe.strip().split("\n\n")
    inner = "".join(f"<p class=MsoNormal>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        '<body lang=EN-US style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
        f"{inner}</body></html>\n"
    )


def mail(
    key: str,
    *,
    sender: str,
    subject: str,
    when: dt.datetime,
    body: str,
    agent: str,
    files: tuple = (),
    to: str = TO_DESK,
    cc: str | None = None,
    html: bool = False,
    reply_to_id: str | None = None,
) -> bytes:
    """One RFC 822 message. files: (bytes, (main, sub), filename)."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    m = EmailMessage(policy=policy.default)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msg_id(key, agent, domain)
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for name, value in AGENTS[agent]:
        if name != "X-MS-Has-Attach" or files:
            m[name] = value
    m.set_content(body)
    if html:
        m.add_alternative(as_html(body), subtype="html")
    for data, (main, sub), filename in files:
        m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary_for(key, n, agent))
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n")).flatten(m)
    return buf.getvalue()


# ------------------------------------------------------------------ PDFs


class Paper(FPDF):
    """Letter, mm, core fonts only, pinned creation date."""

    def __init__(self, made: str, face: str = "Helvetica", landscape: bool = False) -> None:
        super().__init__("L" if landscape else "P", "mm", "Letter")
        self.face = face
        self.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d").replace(tzinfo=dt.UTC))
        self.set_margins(18, 15, 18)
        self.set_auto_page_break(True, 15)
        self.add_page()

    def head(self, name: str, doc: str, lines: str = "", size: float = 13) -> None:
        self.set_font(self.face, "B", size)
        self.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        if lines:
            self.set_font(self.face, "", 8.5)
            self.multi_cell(0, 4, lines, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_font(self.face, "B", size + 2)
        self.cell(0, 8, doc, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(60, 60, 60)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def fields(self, items: list[tuple[str, str]], label_w: float = 34, cols: int = 2) -> None:
        col_w = (self.w - self.l_margin - self.r_margin) / cols
        for i in range(0, len(items), cols):
            for label, value in items[i : i + cols]:
                self.set_font(self.face, "B", 9)
                self.cell(label_w, 5.5, label)
                self.set_font(self.face, "", 9)
                self.cell(col_w - label_w, 5.5, value)
            self.ln(5.5)
        self.ln(2)

    def grid(
        self,
        widths: list[float],
        rows: list[list[str]],
        size: float = 8.5,
        h: float = 6.2,
    ):
        for r, row in enumerate(rows):
            self.set_font(self.face, "B" if r == 0 else "", size)
            self.set_fill_color(232, 232, 232)
            for w, text in zip(widths, row, strict=True):
                if self.get_string_width(text) > w - 1.2:
                    raise ValueError(f"{text!r} does not fit in {w} mm")
                self.cell(w, h, text, border=1, fill=r == 0)
            self.ln(h)
        self.ln(3)

    def para(self, text: str, size: float = 9, style: str = "") -> None:
        self.set_font(self.face, style, size)
        self.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def signed(self, label: str, name: str) -> None:
        self.set_font(self.face, "", 9)
        self.cell(self.get_string_width(label) + 3, 7, label)
        self.set_font("Times", "I", 12)
        self.cell(max(50.0, self.get_string_width(name) + 8), 7, name, border="B")
        self.ln(10)

    def out(self) -> bytes:
        return bytes(self.output())


# ------------------------------------------------------------------ spreadsheets and text files


def csv_bytes(rows: list[list], crlf: bool = True) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n" if crlf else "\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(sheet: str, rows: list[list], widths: list[int], stamp: str) -> bytes:
    """A one-sheet workbook; the zip is rewritten with fixed member dates and the
    document's created/modified dates set to stamp, so the bytes never change."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    when = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    wb.properties.creator = "export"
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w") as dst:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rf"\g<1>{iso}\3",
                    text,
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, data)
    return fixed.getvalue()


# ------------------------------------------------------------------ pictures

INK = (28, 52, 150)
PENCIL = (40, 40, 46)
REDINK = (165, 30, 35)
TYPE = (22, 22, 22)


def face(name: str, size: int) -> ImageFont.FreeTypeFont:
    sub = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONT_DIR / sub / f"{name}.ttf"), size)


def put(img, xy, text, size=24, font="LiberationSans-Regular", color=TYPE) -> None:
    ImageDraw.Draw(img).text(xy, text, font=face(font, size), fill=color)


def scrawl(img, xy, text, g, size=30, color=INK, font="DejaVuSans-Oblique", tilt=1.4) -> None:
    """Pen writing: each word a little turned and lifted, spacing uneven."""
    x, y = xy
    f = face(font, size)
    for word in text.split(" "):
        if not word:
            x += int(size * 0.4)
            continue
        _, _, right, bottom = f.getbbox(word)
        tile = Image.new("RGBA", (right + 10, bottom + 12), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((5, 4), word, font=f, fill=(*color, 240))
        tile = tile.rotate(float(g.uniform(-tilt, tilt)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(g.integers(-3, 3))), tile)
        x += right + int(size * 0.33) + int(g.integers(0, 4))


def ruled(img, x, y, widths, row_h, rows, color=(70, 70, 70), inner=True) -> list[int]:
    d = ImageDraw.Draw(img)
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for r in range(rows + 1):
        d.line([(x, y + r * row_h), (xs[-1], y + r * row_h)], fill=color, width=2)
    for i, left in enumerate(xs):
        if inner or i in (0, len(xs) - 1):
            d.line([(left, y), (left, y + rows * row_h)], fill=color, width=2)
    return xs


def paper(w: int, h: int, tint=(255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (w, h), tint)


def scanner_png(img: Image.Image, key: str, width: int) -> bytes:
    """A phone scanner app's capture: grey, squared up but a hair off, four grey levels."""
    g = seeded(key + "/scan")
    grey = img.convert("L")
    grey = grey.resize((width, round(grey.height * width / grey.width)), Image.LANCZOS)
    grey = grey.rotate(float(g.uniform(-0.5, 0.5)), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(grey, dtype=np.float32)
    a = a + g.normal(0.0, 6.0, a.shape)
    levels = np.array([35.0, 105.0, 180.0, 250.0])
    idx = np.abs(a[..., None] - levels).argmin(axis=-1)
    out = Image.fromarray(levels[idx].astype(np.uint8), "L").quantize(colors=4)
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True, bits=2)
    return buf.getvalue()


def phone_photo(
    img: Image.Image, key: str, width: int, surface=(110, 100, 92), turn=1.2, quality=32
) -> bytes:
    """A sheet photographed on a desk: turned a little, light falling off, slightly soft."""
    g = seeded(key + "/photo")
    pad = 44
    base = Image.new("RGB", (img.width + 2 * pad, img.height + 2 * pad), surface)
    base.paste(img.convert("RGB"), (pad, pad))
    base = base.rotate(float(g.uniform(-turn, turn)), resample=Image.BICUBIC, fillcolor=surface)
    base = base.resize((width, round(base.height * width / base.width)), Image.LANCZOS)
    a = np.asarray(base, dtype=np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = g.uniform(0.3, 0.7) * w, g.uniform(0.3, 0.7) * h
    fall = 1.0 - 0.25 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    a = a * fall[..., None] * np.array([1.0, 0.97, 0.92])
    pic = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    pic = pic.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    pic.save(buf, "JPEG", quality=quality, optimize=True, progressive=True, subsampling=2)
    return buf.getvalue()


# ================================================================== the pictures


def pic_n01_yard_log() -> bytes:
    """Keystone's Yard 2 receiving log, one bound page, filled in by pen."""
    g = seeded("n01")
    img = paper(1900, 1040, (250, 250, 244))
    put(
        img,
        (40, 28),
        "KEYSTONE MECHANICAL - YARD 2 RECEIVING LOG",
        34,
        "LiberationSans-Bold",
    )
    put(img, (1600, 34), "Sheet 112", 28)
    put(
        img,
        (40, 74),
        "Count every line against the packing list. Write exceptions in full.",
        20,
    )
    top = 120
    widths = [100, 120, 200, 400, 110, 110, 650, 90]
    xs = ruled(img, 30, top, widths, 84, 6, (150, 165, 195))
    heads = ["Date", "Carrier", "PO", "Item", "PL qty", "Count", "Exceptions", "Init"]
    for x, text in zip(xs, heads, strict=False):
        put(img, (x + 10, top + 28), text, 24, "LiberationSans-Bold")
    rows = [
        ["11/4", "Metro", "PO-77801", "4in no-hub bands", "30", "30", "none", "GA"],
        ["11/5", "R+L", "PO-77812", "VLV-2210-BR", "40", "40", "none", "TM"],
        [
            "11/5",
            "R+L",
            "PO-77812",
            "FTG-CU-E90-100",
            "150",
            "175",
            "25 OVER - extra elbows",
            "TM",
        ],
        [
            "11/6",
            "Estes",
            "PO-77812",
            "KM-88340",
            "12",
            "12",
            "1 DAMAGED - PRV cracked",
            "TM",
        ],
        ["11/6", "Estes", "PO-77812", "3/4 PEX coil", "6", "6", "none", "TM"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, (x, text) in enumerate(zip(xs, row, strict=False)):
            colour = REDINK if c == 6 and text != "none" else INK
            scrawl(img, (x + 10, top + r * 84 + 18), text, g, 30, colour, tilt=0.8)
    scrawl(
        img,
        (40, top + 6 * 84 + 36),
        "PRV tagged on the return shelf, extra elbows in bin 4 by the gate. T.M.",
        g,
        27,
        PENCIL,
    )
    return scanner_png(img, "n01", 1500)


def pic_n02_will_call() -> bytes:
    """Our will-call pick ticket for SO-104240, with Delgado's note on the count."""
    g = seeded("n02")
    img = paper(1400, 1050, (248, 246, 238))
    put(img, (50, 36), US.upper() + " - WILL CALL COUNTER", 34, "LiberationSans-Bold")
    put(img, (50, 84), "PICK TICKET / CUSTOMER COPY", 24)
    put(img, (930, 40), "Ticket WC-20931", 26, "LiberationSans-Bold")
    put(img, (930, 80), "Picked up 11/06/2026", 22)
    info = [
        ("Order:", "SO-104240"),
        ("Cust PO:", "PO-40988"),
        ("Account:", "DELGADO & SONS PLUMBING"),
    ]
    y = 140
    for label, value in info:
        put(img, (50, y), label, 23, "LiberationSans-Bold")
        put(img, (220, y), value, 23)
        y += 40
    top = 280
    xs = ruled(img, 50, top, [80, 270, 560, 130, 130], 64, 4)
    for x, head in zip(xs, ["Ln", "Item", "Description", "Ord", "Picked"], strict=False):
        put(img, (x + 10, top + 18), head, 22, "LiberationSans-Bold")
    lines = [
        ["1", "PIP-BI-200-CTL", "2in BLK STL PIPE SCH40 CUT (FT)", "120", "120"],
        ["2", "FTG-BI-U-150", "1-1/2in BLK MALL UNION", "12", "12"],
        ["3", "VLV-1005-BV", "1in BRASS BALL VALVE FP THD", "10", "10"],
    ]
    for r, row in enumerate(lines, start=1):
        for x, text in zip(xs, row, strict=False):
            put(img, (x + 10, top + r * 64 + 18), text, 22)
    y = top + 4 * 64 + 40
    put(img, (50, y), "Customer count / remarks:", 23, "LiberationSans-Bold")
    scrawl(img, (70, y + 50), "unions - box had 14 not 12 = 2 EXTRA", g, 34, INK)
    scrawl(img, (70, y + 110), "we keep them apart for you", g, 30, INK)
    put(img, (50, y + 220), "Received by:", 23)
    scrawl(img, (240, y + 208), "J. Delgado", g, 34, PENCIL)
    put(img, (700, y + 220), "Counter: MH", 23)
    return phone_photo(img, "n02", 1050, surface=(132, 120, 104), turn=1.2, quality=30)


def pic_n04_odfl_receipt() -> bytes:
    """ODFL delivery receipt signed at Summit's dock with an exception."""
    g = seeded("n04")
    img = paper(1450, 1000, (251, 251, 247))
    put(img, (50, 32), "OLD DOMINION FREIGHT LINE, INC.", 36, "LiberationSans-Bold")
    put(img, (50, 80), "DELIVERY RECEIPT", 26)
    put(img, (930, 36), "PRO 07761-448205", 28, "LiberationSans-Bold")
    put(img, (930, 78), "Del. date 11/02/2026", 22)
    info = [
        ("CONSIGNEE", "SUMMIT HVAC SERVICES - 2200 INDUSTRIAL BLVD"),
        ("SHIPPER", f"{US.upper()} DC-SOUTH"),
        ("SHIPPER NO", "SO-104228"),
        ("CONSIGNEE PO", "PO-60377"),
    ]
    y = 132
    for label, value in info:
        put(img, (50, y), label, 22, "LiberationSans-Bold")
        put(img, (300, y), value, 22)
        y += 38
    top = 300
    xs = ruled(img, 50, top, [150, 700, 170, 150], 60, 3, inner=False)
    for x, head in zip(xs, ["PIECES", "DESCRIPTION", "WEIGHT", "CLASS"], strict=False):
        put(img, (x + 10, top + 17), head, 21, "LiberationSans-Bold")
    for r, row in enumerate(
        [
            ["2 PLT", "ACOUSTIC CEILING TILE 2X2 - 40 CTN", "1180", "70"],
            ["1 CTN", "STEEL FLOOR REGISTERS 10X6 - 30 PC", "95", "85"],
        ],
        start=1,
    ):
        for x, text in zip(xs, row, strict=False):
            put(img, (x + 10, top + r * 60 + 17), text, 21)
    y = top + 3 * 60 + 44
    put(img, (50, y), "EXCEPTIONS NOTED AT DELIVERY:", 23, "LiberationSans-Bold")
    scrawl(img, (70, y + 50), "4 FLOOR REGISTERS DAMAGED - BENT", g, 36, INK)
    scrawl(img, (70, y + 108), "carton corner crushed, tiles ok", g, 30, INK)
    put(img, (50, y + 210), "Consignee:", 22)
    scrawl(img, (200, y + 198), "T. Novak", g, 34, PENCIL)
    put(img, (620, y + 210), "Pcs 3   Driver 5310", 22)
    return phone_photo(img, "n04", 1000, surface=(96, 100, 108), turn=1.1, quality=30)


def pic_n13_rl_receipt() -> bytes:
    """R+L delivery receipt, consignee copy, for SO-104243 with the damage noted."""
    g = seeded("n13")
    img = paper(1450, 1050)
    put(img, (50, 34), "R+L CARRIERS", 42, "LiberationSans-Bold")
    put(img, (50, 90), "DELIVERY RECEIPT  -  CONSIGNEE", 24)
    put(img, (940, 38), "PRO RL58810342", 30, "LiberationSans-Bold")
    put(img, (940, 82), "Delivered 11/12/2026 10:20", 22)
    info = [
        ("Consignee:", "Riverbend Plumbing & Heating"),
        ("Shipper:", f"{US}, DC-EAST"),
        ("Shipper ref:", "SO-104243"),
        ("PO:", "PO-24530"),
    ]
    y = 140
    for label, value in info:
        put(img, (50, y), label, 24, "LiberationSans-Bold")
        put(img, (250, y), value, 24)
        y += 40
    top = 320
    xs = ruled(img, 50, top, [140, 760, 170, 230], 58, 4)
    for x, head in zip(xs, ["Pieces", "Description", "Weight", "Haz"], strict=False):
        put(img, (x + 10, top + 16), head, 21, "LiberationSans-Bold")
    rows = [
        ["1 PLT", "VALVES BRASS  (VLV-1005-BV x 48)", "310", "N"],
        ["3 CTN", "FITTINGS COPPER  (FTG-CU-E90-100 x 250)", "120", "N"],
        ["1 CTN", "VALVES PRV  (VLV-0750-PRV x 4)", "28", "N"],
    ]
    for r, row in enumerate(rows, start=1):
        for x, text in zip(xs, row, strict=False):
            put(img, (x + 10, top + r * 58 + 16), text, 21)
    y = top + 4 * 58 + 36
    ImageDraw.Draw(img).rectangle([50, y, 1350, y + 240], outline=(40, 40, 40), width=2)
    put(
        img,
        (64, y + 10),
        "EXCEPTIONS (shortage / damage / refused):",
        21,
        "LiberationSans-Bold",
    )
    scrawl(img, (90, y + 62), "1 CTN CRUSHED - 10 ELBOWS DAMAGED", g, 36, INK)
    scrawl(img, (90, y + 124), "FTG-CU-E90-100 flattened, set aside", g, 32, INK)
    put(img, (50, y + 280), "Received by:", 22)
    scrawl(img, (220, y + 268), "D. Reyes", g, 34, PENCIL)
    put(img, (760, y + 280), "Pieces rec'd: 5", 22)
    return scanner_png(img, "n13", 1250)


def pic_n19_tag() -> bytes:
    """Summit's red defective-return tag wired to a thermostat box."""
    g = seeded("n19")
    img = paper(880, 1200, (250, 226, 214))
    d = ImageDraw.Draw(img)
    d.ellipse([400, 36, 480, 116], outline=(120, 60, 50), width=6)
    put(img, (70, 150), "DEFECTIVE / WARRANTY", 44, "LiberationSans-Bold", (120, 20, 20))
    put(img, (70, 206), "Summit HVAC Services - do not install", 24, color=(120, 20, 20))
    labels = ["Supplier", "Order", "Model", "Qty", "Serial", "Problem"]
    for i, label in enumerate(labels):
        y = 290 + i * 105
        put(img, (60, y), f"{label}:", 30, "LiberationSans-Bold", (90, 30, 25))
        d.line([(250, y + 38), (830, y + 38)], fill=(120, 70, 60), width=2)
    scrawl(img, (262, 276), "Ridgeline", g, 36, PENCIL)
    scrawl(img, (262, 381), "SO-104238", g, 38, PENCIL)
    scrawl(img, (262, 486), "TST-7500-PRO", g, 36, PENCIL)
    scrawl(img, (262, 590), "1 unit", g, 40, PENCIL, tilt=0.5)
    scrawl(img, (262, 696), "BT75-2610-33817", g, 32, PENCIL)
    scrawl(img, (262, 800), "DOA - no display", g, 34, PENCIL)
    scrawl(img, (70, 880), "won't power up on 24V, DEFECTIVE", g, 32, PENCIL)
    scrawl(img, (70, 950), "new out of the box", g, 32, PENCIL)
    scrawl(img, (70, 1080), "R. Patel  11/18", g, 34, PENCIL)
    return phone_photo(img, "n19", 600, surface=(160, 162, 158), turn=2.4, quality=34)


def pic_n24_shop_log() -> bytes:
    """A page of the Bayview shop's receiving log at Harbor Point."""
    g = seeded("n24")
    img = paper(1600, 900, (246, 248, 252))
    put(
        img,
        (40, 28),
        "HARBOR POINT PM - BAYVIEW SHOP RECEIVING",
        30,
        "LiberationSans-Bold",
    )
    put(img, (1330, 32), "p. 22", 26)
    top = 90
    widths = [100, 200, 150, 300, 90, 90, 530, 70]
    xs = ruled(img, 30, top, widths, 78, 5, (150, 170, 200))
    heads = ["Date", "From", "PO", "Item", "Qty", "Rcvd", "Notes", "By"]
    for x, head in zip(xs, heads, strict=False):
        put(img, (x + 8, top + 24), head, 22, "LiberationSans-Bold")
    rows = [
        ["11/12", "Allied Jan.", "70290", "can liners", "10", "10", "ok", "SW"],
        ["11/16", "Ridgeline", "70296", "HVC-REG-1006-W", "40", "40", "ok", "SW"],
        [
            "11/16",
            "Ridgeline",
            "70296",
            "VLV-0075-BV",
            "12",
            "12",
            "1 cracked body DAMAGED",
            "SW",
        ],
        [
            "11/16",
            "Ridgeline",
            "70296",
            "TST-2100-NP",
            "0",
            "1",
            "not on PO - extra 1 pc",
            "SW",
        ],
    ]
    for r, row in enumerate(rows, start=1):
        for c, (x, text) in enumerate(zip(xs, row, strict=False)):
            colour = REDINK if c == 6 and text != "ok" else INK
            scrawl(
                img,
                (x + 8, top + r * 78 + 20),
                text,
                g,
                24 if c in (3, 6) else 26,
                colour,
            )
    scrawl(
        img,
        (40, top + 5 * 78 + 30),
        "cracked valve + extra stat on shelf C for pickup - S.W.",
        g,
        27,
        PENCIL,
    )
    return scanner_png(img, "n24", 1250)


# ================================================================== PDFs


def pdf_n08_check_sheet() -> bytes:
    p = Paper("2026-11-12")
    p.head(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "DELIVERY CHECK SHEET",
        "Facilities / Maintenance - Seaview Commons shop",
    )
    p.fields(
        [
            ("Work order:", "WO-33152"),
            ("Property:", "Seaview Commons"),
            ("Vendor:", US),
            ("Our PO:", "PO-70231"),
            ("Vendor order:", "SO-104239"),
            ("Delivered:", "11/09/2026, vendor truck"),
        ]
    )
    p.grid(
        [38, 58, 18, 22, 18, 26],
        [
            ["Item", "Description", "Ordered", "Pack slip", "Counted", "Remark"],
            ["HVC-REG-1006-W", "10x6 floor register, white", "60", "60", "60", "OK"],
            [
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11, case/12",
                "24",
                "24",
                "22",
                "2 CS SHORT",
            ],
            ["TST-2100-NP", "Digital thermostat 24V", "10", "10", "10", "OK"],
        ],
    )
    p.para(
        "Remarks: filter cases counted twice with the driver before he left - 22 on the truck, "
        "2 cases missing from the shipment. Registers and thermostats to stock room B."
    )
    p.fields([("Lines:", "3"), ("Exceptions:", "1")], cols=2)
    p.signed("Checked by:", "L. Ortega")
    return p.out()


def pdf_n11_damage_report() -> bytes:
    p = Paper("2026-11-12")
    p.head(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "FREIGHT DAMAGE REPORT",
        "Bayview Towers - mechanical room receiving",
    )
    p.fields(
        [
            ("Report no.:", "FDR-0412"),
            ("Date:", "11/12/2026"),
            ("Carrier:", "Estes Express"),
            ("PRO:", "ES4410402981"),
            ("Supplier:", US),
            ("PO:", "PO-70288"),
            ("Delivered:", "11/11/2026"),
            ("Pieces:", "6 (3 + 3)"),
        ]
    )
    p.grid(
        [12, 70, 40, 52],
        [
            ["Qty", "Description", "Condition", "Damage"],
            [
                "1",
                "50 gal natural gas water heater",
                "DAMAGED",
                "jacket caved in, tank dented",
            ],
            ["2", "50 gal natural gas water heater", "OK", "-"],
            [
                "1",
                "2 gal thermal expansion tank",
                "DAMAGED",
                "shell dented on one side",
            ],
            ["2", "2 gal thermal expansion tank", "OK", "-"],
        ],
    )
    p.para(
        "Noted on the carrier's delivery receipt at the time of delivery. Damaged units kept in "
        "their cartons in the mechanical room, photos on file. Not installed."
    )
    p.signed("Reported by:", "Luis Ortega")
    return p.out()


def pdf_n15_job_note() -> bytes:
    p = Paper("2026-11-16")
    p.head(
        "SUMMIT HVAC SERVICES",
        "SERVICE JOB NOTE  JN-5521",
        "2200 Industrial Blvd - service dept.",
    )
    p.fields(
        [
            ("Site:", "Maple Grove Apts, bldg C"),
            ("Date:", "11/16/2026"),
            ("Techs:", "R. Patel, D. Sato"),
            ("Hours:", "6.5"),
            ("Material PO:", "PO-60455"),
            ("Supplier:", f"{US} SO-104244"),
        ]
    )
    p.grid(
        [40, 18, 22, 94],
        [
            ["Item", "Used", "Problem", "Note"],
            ["HVC-CND-PUMP", "4", "0", "installed, tested"],
            [
                "TST-2100-NP",
                "6",
                "2",
                "faceplate cracked in the box - DAMAGED in shipping",
            ],
            ["HVC-FLT-1625-M11", "8", "0", "installed"],
        ],
    )
    p.para(
        "The two cracked thermostats came in the UPS carton with the crushed corner. Not "
        "installed; back in their boxes in the van for return. Six good units installed in C1-C6."
    )
    p.signed("Tech:", "R. Patel")
    return p.out()


def pdf_n21_return_form() -> bytes:
    p = Paper("2026-11-19")
    p.head(
        "KEYSTONE MECHANICAL CONTRACTORS",
        "MATERIAL RETURN / WARRANTY FORM   MRW-0617",
        "1450 Mill Race Rd - Field Operations",
    )
    p.fields(
        [
            ("Supplier:", US),
            ("PO:", "PO-77830"),
            ("Job:", "410 Chestnut boiler repl."),
            ("Date:", "11/19/2026"),
        ]
    )
    p.grid(
        [30, 38, 10, 40, 56],
        [
            ["Part", "Description", "Qty", "Type", "Comments"],
            [
                "PMP-CIRC-015",
                "1/25 HP circulator",
                "1",
                "WARRANTY - defective",
                "seized, hums, won't turn",
            ],
            [
                "VLV-3100-CK",
                '3" CI swing check flg',
                "2",
                "RETURN - not needed",
                "loop deleted, unopened",
            ],
            ["FTG-BI-U-150", '1-1/2" BMI union', "0", "-", "all used"],
        ],
    )
    p.para(
        "The circulator was installed 11/17 and failed on start-up; pulled and boxed. The two "
        "check valves were for the second loop, which the engineer took out of the design."
    )
    p.signed("Approved:", "T. Morales")
    return p.out()


def pdf_n25_closeout() -> bytes:
    p = Paper("2026-11-23")
    p.head(
        "KEYSTONE MECHANICAL CONTRACTORS",
        "JOB CLOSE-OUT - MATERIAL RECONCILIATION",
        "Riverside Lofts, job 2240 - Project Coordination",
    )
    p.fields(
        [
            ("Job:", "2240 Riverside Lofts"),
            ("PO:", "PO-77790"),
            ("Supplier:", US),
            ("Prepared:", "11/23/2026, M. Webb"),
        ]
    )
    p.grid(
        [36, 50, 20, 14, 16, 38],
        [
            ["Item", "Description", "Delivered", "Used", "Return", "Condition"],
            ["PIP-CU-L-100-20", '1" type L copper 20 ft', "30", "30", "0", "-"],
            [
                "FTG-CU-E90-100",
                '1" wrot cu 90 elbow',
                "200",
                "15",
                "185",
                "new - not needed",
            ],
            ["VLV-1005-BV", '1" brass ball valve', "36", "33", "3", "handles broken"],
        ],
    )
    p.para(
        "Ball valves: 3 found with the handles snapped off when the last boxes were opened this "
        "week - damaged in the cartons, never installed. Elbows: the design changed to press "
        "fittings on floors 3-5, the rest of the elbows are surplus."
    )
    p.signed("Project coordinator:", "Marcus Webb")
    return p.out()


def pdf_n31_variance() -> bytes:
    p = Paper("2026-11-30", face="Courier")
    p.head(
        "HARBOR POINT PROPERTY MANAGEMENT",
        "AP PRICE VARIANCE REPORT",
        "Accounts Payable - run 11/30/2026 07:12",
        size=12,
    )
    p.fields(
        [
            ("Vendor:", "RIDGELINE SUPPLY"),
            ("Vendor no.:", "V-00318"),
            ("Invoice:", "INV-88171"),
            ("PO:", "PO-70288"),
        ],
        label_w=30,
    )
    p.grid(
        [28, 12, 24, 24, 22, 22, 28],
        [
            ["Item", "Qty", "Invoiced", "Quoted", "Diff", "Ext", "Quote ref"],
            ["WH-50G-NG", "3", "689.00", "649.00", "40.00", "120.00", "Q-2210/JS"],
            ["WH-EXP-2G", "3", "42.50", "42.50", "0.00", "0.00", "Q-2210/JS"],
        ],
        size=8,
    )
    p.para("Variance total: 120.00    Status: HOLD - debit requested from vendor", 8.5)
    return p.out()


def pdf_n34_warranty() -> bytes:
    p = Paper("2026-12-01", face="Times")
    p.head(
        "Keystone Mechanical Contractors",
        "WARRANTY CLAIM",
        "Service Department - 1450 Mill Race Rd",
    )
    p.fields(
        [
            ("Claim no.:", "WC-26-0091"),
            ("Date:", "12/01/2026"),
            ("Supplier:", US),
            ("PO:", "PO-76115"),
            ("Site:", "1312 Walnut St"),
            ("Installed:", "10/28/2025"),
        ]
    )
    p.grid(
        [32, 62, 12, 70],
        [
            ["Part", "Description", "Qty", "Failure"],
            [
                "WH-EXP-2G",
                "2 gal thermal expansion tank",
                "1",
                "bladder ruptured, tank waterlogged",
            ],
        ],
    )
    p.para(
        "Defective: the expansion tank failed in service; pressure relief valve on the water "
        "heater was weeping as a result. Tank replaced from our stock on 11/30. Requesting "
        "warranty credit or a replacement tank. Labour not claimed."
    )
    p.signed("Submitted by:", "Tom Morales")
    return p.out()


# ================================================================== spreadsheets, HTML


def xlsx_n05_receiving() -> bytes:
    rows = [
        [
            "Receipt",
            "PO",
            "Ln",
            "Vendor item",
            "KMC part",
            "Description",
            "Ordered",
            "Received",
            "Variance",
            "Status",
        ],
        [
            "R-26-1187",
            "PO-77830",
            1,
            "VLV-3100-CK",
            "KM-88502",
            '3" CI swing check flg',
            6,
            6,
            0,
            "CLOSED",
        ],
        [
            "R-26-1187",
            "PO-77830",
            2,
            "FTG-BI-U-150",
            "KM-40415",
            '1-1/2" BMI union',
            40,
            36,
            -4,
            "SHORT",
        ],
        [
            "R-26-1187",
            "PO-77830",
            3,
            "HVC-CND-PUMP",
            "",
            "Condensate pump 115V",
            8,
            8,
            0,
            "CLOSED",
        ],
        [
            "R-26-1187",
            "PO-77830",
            4,
            "PMP-CIRC-015",
            "",
            "Circulator 1/25 HP",
            4,
            4,
            0,
            "CLOSED",
        ],
        [
            "R-26-1190",
            "PO-77822",
            1,
            "NHB-0400",
            "",
            '4" no-hub band (Metro)',
            50,
            50,
            0,
            "CLOSED",
        ],
    ]
    return xlsx_bytes("Receipts", rows, [11, 10, 5, 15, 10, 24, 9, 9, 9, 9], "2026-11-10 08:55")


def xlsx_n23_overstock() -> bytes:
    rows = [
        ["Item", "Description", "From order", "On shelf", "Action", "Note"],
        [
            "VLV-3100-CK",
            '3" swing check, flanged',
            "SO-104214",
            1,
            "RETURN",
            "not needed - never used",
        ],
        ["FTG-BI-U-150", '1-1/2" black union', "SO-104214", 3, "KEEP", "service stock"],
        ["PVC-90-200", '2" PVC 90 (other supplier)', "", 14, "KEEP", ""],
        ["CU-CPL-075", '3/4" copper coupling', "", 40, "KEEP", ""],
    ]
    return xlsx_bytes("Overstock Nov", rows, [14, 28, 12, 9, 9, 24], "2026-11-23 08:40")


def csv_n10_cycle_count() -> bytes:
    return csv_bytes(
        [
            [
                "location",
                "sku",
                "description",
                "uom",
                "system_qty",
                "counted_qty",
                "variance",
                "source_doc",
            ],
            [
                "A-03-2",
                "HVC-FLT-1625-M11",
                "16x25x1 MERV11 pleated",
                "CS",
                "10",
                "12",
                "+2",
                "SO-104238",
            ],
            [
                "A-03-4",
                "FLT-2020-M8",
                "20x20x1 MERV8 (other vendor)",
                "CS",
                "6",
                "6",
                "0",
                "",
            ],
            [
                "B-01-1",
                "TST-2100-NP",
                "digital tstat 24V",
                "EA",
                "20",
                "20",
                "0",
                "SO-104238",
            ],
            [
                "B-01-2",
                "TST-7500-PRO",
                "7-day wifi tstat",
                "EA",
                "12",
                "12",
                "0",
                "SO-104238",
            ],
            ["C-02-1", "CPL-PVC-075", "3/4 PVC coupling", "EA", "150", "150", "0", ""],
        ]
    )


def html_n17_wms() -> bytes:
    rows = [
        ("HVC-CND-PUMP", "Condensate pump 115V", 10, 10, 0, ""),
        ("TST-2100-NP", "Thermostat non-prog 24V", 12, 12, 0, ""),
        ("HVC-FLT-1625-M11", "Filter 16x25x1 MERV11 cs/12", 20, 17, -3, "SHORT"),
    ]
    body = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td align=right>{c}</td><td align=right>{d}</td>"
        f"<td align=right>{e}</td><td><b>{f}</b></td></tr>\n"
        for a, b, c, d, e, f in rows
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Receipt discrepancy RCV-20261112-07</title>
<style>body{{font-family:Arial,sans-serif;font-size:12px}} td,th{{border:1px solid #999;padding:3px 6px}}
table{{border-collapse:collapse}}</style></head>
<body>
<h2>Receipt discrepancy</h2>
<p>Receipt <b>RCV-20261112-07</b> &middot; PO <b>PO-60455</b> &middot; Vendor {US} &middot;
Carrier UPS &middot; Received 11/12/2026 14:05 &middot; Dock 2</p>
<table>
<tr><th>SKU</th><th>Description</th><th>Expected</th><th>Received</th><th>Var</th><th>Flag</th></tr>
{body}</table>
<p>Lines: 3 &middot; Lines with variance: 1 &middot; Receiver: cmendes</p>
<p style="color:#777">SummitWMS 7.4 &middot; printed 11/18/2026 08:21</p>
</body></html>
"""
    return page.encode("utf-8")


# ================================================================== the requests


def n01() -> bytes:
    body = (
        """Hi returns team,

Page from the Yard 2 log attached for PO-77812. Two things off on that order:
the Estes drop on Friday had one PRV with the bell housing cracked, and the
R+L load the day before came with more elbows than the packing list says.
Counts are on the log.

Let me know about the pickup.

Tom Morales
Field Operations
"""
        + KMC_SIG
        + "\nc 215-555-0148\n"
    )
    return mail(
        "n01",
        sender=KEY_TOM,
        subject="Yard 2 log - PO-77812 (11/5 + 11/6 deliveries)",
        when=at("2026-11-09 08:10", EAST),
        body=body,
        agent="outlook",
        files=((pic_n01_yard_log(), PNG, "Yard2_log_sheet112.png"),),
    )


def n02() -> bytes:
    body = """Hello,

My guys pick up the order SO-104240 on friday at your counter. I send you picture of
the ticket. The ticket say 12 union 1-1/2 but in the box was 14, so we have 2 extra
unions. They are here in the shop, you can take back when your truck come or we bring
to the counter next time.

Also other question, from the 2 inch black pipe we have 10 feet left over that we dont
need anymore, the job was more small. Can we return the 10 ft for credit?

Thank you!
Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "n02",
        sender=DEL_ROSA,
        subject="ticket will call SO-104240",
        when=at("2026-11-09 10:40", CENTRAL),
        body=body,
        agent="gmail",
        files=((pic_n02_will_call(), JPEG, "IMG_4471.jpg"),),
    )


def n03() -> bytes:
    body = """Good afternoon,

Checked in the UPS boxes for PO-24519 this morning (they were delivered Friday).
Pasting our check-in sheet:

Item\tDescription\tShipped\tReceived\tNote
VLV-1005-BV\t1" ball valve FP thd\t24\t24\tOK
FTG-PEX-CPL-050\t1/2" PEX crimp coupling, bag/25\t10\t8\t2 bags missing
PIP-PEX-075-300\t3/4" PEX-A 300 ft coil\t2\t2\t1 coil is 1/2" - wrong item

So we are short 2 bags of the couplings, and one of the two coils is the wrong size
(the label on it says 1/2" PEX-A 300', we ordered 3/4"). Please ship the 2 bags and
the right coil, and let us know how you want the 1/2" coil back.

Thanks,
Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return mail(
        "n03",
        sender=RIV_KAREN,
        subject="PO-24519 - UPS delivery counts",
        when=at("2026-11-09 14:25", EAST),
        body=body,
        agent="outlook",
        html=True,
    )


def n04() -> bytes:
    body = """hi - pic of the odfl reciept from the tile + register delivery (PO-60377).
4 of the floor registers came bent, its on the reciept, driver signed. found the
carton today when we unpacked it. registers are in the cage if u want them back

Tyler
Summit HVAC - whse
"""
    return mail(
        "n04",
        sender=SUM_TYLER,
        subject="odfl delivery registers",
        when=at("2026-11-10 07:45", CENTRAL),
        body=body,
        agent="android",
        files=((pic_n04_odfl_receipt(), JPEG, "20261110_074112.jpg"),),
    )


def n05() -> bytes:
    body = (
        """Hello,

Receiving export for PO-77830 attached (ODFL delivery of 11/6). Line 2 came in 4 short,
everything else matched the packing list.

Please advise.

Gina Alvarez
Receiving / Warehouse
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n05",
        sender=KEY_GINA,
        subject="Receiving exception PO-77830",
        when=at("2026-11-10 09:30", EAST),
        body=body,
        agent="outlook",
        files=((xlsx_n05_receiving(), XLSX, "receipts_R-26-1187.xlsx"),),
    )


def n06() -> bytes:
    body = (
        """Hi there,

Hope your week is going well! Quick one from AP: on invoice INV-88133 the condensate
pumps (HVC-CND-PUMP, 8 ea) came through at $64.90 each, but our PO-77830 has them at
$61.50. That's $3.40 x 8 = $27.20 we were overcharged. Everything else on the invoice
ties out.

Could you issue a credit for the difference? I'm holding the invoice in the meantime so
it doesn't go out in Friday's check run.

Thanks so much,
Dana Ruiz
Accounts Payable
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n06",
        sender=KEY_DANA,
        subject="INV-88133 - pump price",
        when=at("2026-11-11 09:05", EAST),
        body=body,
        agent="outlook",
        html=True,
    )


def n07() -> bytes:
    body = """Hello,

Our new AP portal kicked back the two invoices you emailed last week because they came
in the wrong file type (it only takes PDF, these were .htm). Could you resend INV-88160
and INV-88171 as PDFs to payables@harborpointpm.com?

No issue with the amounts, it's only the format.

Thank you,
Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return mail(
        "n07",
        sender=HAR_GRACE,
        subject="Invoice copies - INV-88160, INV-88171",
        when=at("2026-11-11 13:20", CENTRAL),
        body=body,
        agent="outlook",
        to="Ridgeline Supply AR <ar@distributor.example>",
        cc=DESK,
    )


def n08() -> bytes:
    body = """Check sheet from Monday's delivery attached. Filters came up short.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "n08",
        sender=HAR_LUIS,
        subject="Delivery check - PO-70231",
        when=at("2026-11-12 08:15", CENTRAL),
        body=body,
        agent="outlook",
        files=((pdf_n08_check_sheet(), PDF, "WO-33152_delivery_check.pdf"),),
    )


def n09() -> bytes:
    body = """Sending this over per Karen - see Danny's count below. PO-24460, delivered 10/31.

Mike

---------- Forwarded message ---------
From: Danny Reyes <dreyes@riverbendph.com>
Date: Wed, Nov 11, 2026 at 3:47 PM
Subject: tees Carter St
To: Mike O'Brien <mike.obrien@riverbendph.com>


Mike, staging the Carter St rough-in today and the 2" PVC tees (FTG-PVC-T-200) only
came to 90. Packing slip and invoice both say 100. Checked the van and the shop, they
are not here, so 10 missing from the Ridgeline delivery.

Danny
"""
    return mail(
        "n09",
        sender=RIV_MIKE,
        subject="Fwd: tees Carter St",
        when=at("2026-11-12 10:50", EAST),
        body=body,
        agent="gmail",
    )


def n10() -> bytes:
    body = """Hi,

Cycle count on the filter rack came up +2 cases of the 16x25x1 MERV 11 against
SO-104238 (your truck, 11/5). Count export attached. We only ordered 10 cases, so these
two are extra - overshipped. Do you want us to send them back with your driver?

Carla Mendes
Inventory Control
Summit HVAC Services
"""
    return mail(
        "n10",
        sender=SUM_CARLA,
        subject="Extra filters on SO-104238",
        when=at("2026-11-12 15:35", CENTRAL),
        body=body,
        agent="tbird",
        files=((csv_n10_cycle_count(), CSV, "cyclecount_rackA_1112.csv"),),
    )


def n11() -> bytes:
    body = """Hi folks,

Estes dropped the heaters and tanks for Bayview on Wednesday. One of the 50 gal gas
heaters has the jacket pushed in, and one of the small expansion tanks is dented on
the side. Both were noted on the Estes receipt when they came off the truck.

Our damage report is attached. Let me know if you want them back or if your carrier
will send someone to look first - they're still in the cartons in the mech room.

Thanks,
Luis

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "n11",
        sender=HAR_LUIS,
        subject="Damage report - Estes 11/11 - PO-70288",
        when=at("2026-11-13 09:00", CENTRAL),
        body=body,
        agent="outlook",
        html=True,
        files=((pdf_n11_damage_report(), PDF, "FDR-0412.pdf"),),
    )


def n12() -> bytes:
    body = """Hi,

We got 3 unions cracked in the delivery from Gulfstream Supply this week (not your
order, they will send new ones but it takes 2 weeks). Can you quote me 6 pcs
FTG-BI-U-150 1-1/2 black union for pick up tomorrow morning?

Gracias,
Rosa
"""
    return mail(
        "n12",
        sender=DEL_ROSA,
        subject="cotizacion unions 1-1/2",
        when=at("2026-11-13 11:30", CENTRAL),
        body=body,
        agent="gmail",
        to="Ridgeline Counter <counter@distributor.example>",
        cc=DESK,
    )


def n13() -> bytes:
    body = """Receipt attached for SO-104243. One carton of the 1" elbows was crushed, 10 pcs
flattened - the R+L driver wrote it up.

Thanks,
Karen

Karen Liu
Riverbend Plumbing & Heating
"""
    return mail(
        "n13",
        sender=RIV_KAREN,
        subject="R+L receipt - crushed carton",
        when=at("2026-11-16 08:20", EAST),
        body=body,
        agent="outlook",
        files=((pic_n13_rl_receipt(), PNG, "Scan_20261116_0812.png"),),
    )


def n14() -> bytes:
    body = """hi, is Javier from Delgado & Sons.

On the order PO 40962 you send us the 1 inch copper elbows, the box say 90 degree but
inside is 45 degree. we open the bag of 20 pcs and all is 45. we need the 90s for the
job, this is wrong item. please send the good ones, we keep the 45s here for you to
pick up or we bring to the counter

thanks
Javier
"""
    return mail(
        "n14",
        sender=DEL_JAVIER,
        subject="elbows wrong",
        when=at("2026-11-16 12:10", CENTRAL),
        body=body,
        agent="android",
    )


def n15() -> bytes:
    body = """Job note from the Maple Grove install attached (PO-60455). Two of the thermostats
came with the faceplate cracked in the box - the UPS carton was crushed on one corner.

Raj Patel
Service Manager, Summit HVAC Services
"""
    return mail(
        "n15",
        sender=SUM_RAJ,
        subject="JN-5521 Maple Grove",
        when=at("2026-11-17 09:40", CENTRAL),
        body=body,
        agent="tbird",
        files=((pdf_n15_job_note(), PDF, "JN-5521.pdf"),),
    )


N01_ID = msg_id("n01", "outlook", "keystonemech.com")


def n16() -> bytes:
    body = """Perfect, thanks Paula. Do you know which day the driver comes by? The elbows are in
bin 4 by the gate and the yard closes at 3:30.

Tom

From: Paula Grant <returns@distributor.example>
Sent: Tuesday, November 10, 2026 11:02 AM
To: Tom Morales <tmorales@keystonemech.com>
Subject: RE: Yard 2 log - PO-77812 (11/5 + 11/6 deliveries)

Hi Tom,

The RMA for the cracked PRV is issued and the credit is on your account. Our driver
will collect the 25 extra elbows on his next run to you.

Paula Grant
Returns Desk, Ridgeline Supply

From: Tom Morales <tmorales@keystonemech.com>
Sent: Monday, November 9, 2026 8:10 AM
Subject: Yard 2 log - PO-77812 (11/5 + 11/6 deliveries)

Page from the Yard 2 log attached for PO-77812. Two things off on that order:
the Estes drop on Friday had one PRV with the bell housing cracked, and the
R+L load the day before came with more elbows than the packing list says.
"""
    return mail(
        "n16",
        sender=KEY_TOM,
        subject="RE: Yard 2 log - PO-77812 (11/5 + 11/6 deliveries)",
        when=at("2026-11-17 14:00", EAST),
        body=body,
        agent="outlook",
        reply_to_id=N01_ID,
    )


def n17() -> bytes:
    body = """Hi,

Discrepancy page from our WMS for the UPS delivery of 11/12 (PO-60455) attached.
The filters came in 3 cases short.

Thanks,
Carla

Carla Mendes
Inventory Control
Summit HVAC Services
"""
    return mail(
        "n17",
        sender=SUM_CARLA,
        subject="PO-60455 receipt discrepancy",
        when=at("2026-11-18 08:30", CENTRAL),
        body=body,
        agent="tbird",
        files=((html_n17_wms(), HTML, "RCV-20261112-07.html"),),
    )


def n18() -> bytes:
    body = """Hi,

Just letting you know we received your credit memo for the 4 bent floor registers on
SO-104228 and applied it against INV-88109 in today's payment. Nothing else needed on
this one - you can close it out on your side.

Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return mail(
        "n18",
        sender=SUM_LINDA,
        subject="Credit memo received - registers SO-104228",
        when=at("2026-11-18 13:45", CENTRAL),
        body=body,
        agent="webmail",
    )


def n19() -> bytes:
    body = """Tag pic attached. The unit is boxed and tagged at our shop.

Sent from my iPhone
"""
    return mail(
        "n19",
        sender=SUM_RAJ,
        subject="warranty tag SO-104238",
        when=at("2026-11-19 09:15", CENTRAL),
        body=body,
        agent="iphone",
        files=((pic_n19_tag(), JPEG, "IMG_2207.jpeg"),),
    )


def n20() -> bytes:
    body = """Passing along my notes from Andre's call this morning (he's our HVAC tech at
Seaview Commons), PO-70231:

- 11/19 7:40 call w/ Andre
- opened the TST-2100-NP boxes: 3 of them have the 7-day programmable units inside,
  not the non-programmable ones we ordered. Wrong item - we still need 3 x TST-2100-NP.
  The programmable ones are back in their boxes.
- register job came in smaller than planned: 20 of the 10x6 floor registers
  (HVC-REG-1006-W) not needed anymore, unopened, want to send them back for credit.
- he'll stage everything in the Seaview shop for pickup.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "n20",
        sender=HAR_LUIS,
        subject="Call notes - Seaview thermostats + registers",
        when=at("2026-11-19 11:05", CENTRAL),
        body=body,
        agent="outlook",
    )


def n21() -> bytes:
    body = (
        """Form attached for PO-77830: one circulator quit on start-up, and the two check valves
are coming back - the job changed.

Tom
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n21",
        sender=KEY_TOM,
        subject="MRW-0617 / PO-77830",
        when=at("2026-11-20 08:50", EAST),
        body=body,
        agent="outlook",
        files=((pdf_n21_return_form(), PDF, "MRW-0617.pdf"),),
    )


def n22() -> bytes:
    body = """Hello again!

For the order SO-104231 we have 2 pieces of copper tube type L 1 inch 20 ft
(PIP-CU-L-100-20) that we dont need anymore, the owner change the design to PEX so we
not use them. They are new, never cut. Can you pick up and make the credit please?
I know there is the restocking fee, its ok.

Have a nice weekend,
Rosa
"""
    return mail(
        "n22",
        sender=DEL_ROSA,
        subject="return copper tube",
        when=at("2026-11-20 15:20", CENTRAL),
        body=body,
        agent="gmail",
    )


def n23() -> bytes:
    body = """Going through the shop overstock before year end. One of the 3" check valves from
SO-104214 is still sitting here - never needed it. Sheet attached, everything else on
it stays. Can you take the valve back?

Mike O'Brien
Riverbend Plumbing & Heating
"""
    return mail(
        "n23",
        sender=RIV_MIKE,
        subject="overstock",
        when=at("2026-11-23 09:10", EAST),
        body=body,
        agent="gmail",
        files=((xlsx_n23_overstock(), XLSX, "shop_overstock_nov.xlsx"),),
    )


def n24() -> bytes:
    body = """Log page attached for PO-70296. One valve cracked and there's a thermostat in the
delivery we never ordered.

-Shane

Sent from my iPhone
"""
    return mail(
        "n24",
        sender=HAR_SHANE,
        subject="Bayview shop log p22",
        when=at("2026-11-23 12:40", CENTRAL),
        body=body,
        agent="iphone",
        files=((pic_n24_shop_log(), PNG, "IMG_0930.png"),),
    )


def n25() -> bytes:
    body = (
        """Hi,

We're closing out the Riverside Lofts job (PO-77790), close-out report attached.

Two items for you:
1. Elbows - we used 15 of the 200, the other 185 are coming back, not needed.
2. Three of the 1" ball valves have the handles snapped off - damaged in the boxes,
   we only opened them this week.

Let me know how you'd like to handle the pickup.

Marcus Webb
Project Coordinator
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n25",
        sender=KEY_MARCUS,
        subject="Close-out returns - Riverside Lofts",
        when=at("2026-11-24 08:35", EAST),
        body=body,
        agent="outlook",
        files=((pdf_n25_closeout(), PDF, "2240_closeout_materials.pdf"),),
    )


def n26() -> bytes:
    body = """5 bags 1/2 pex crimp couplings FTG-PEX-CPL-050 left over from PO-77731, not needed.
pls have the driver grab them next run

Tom
Sent from my iPhone
"""
    return mail(
        "n26",
        sender=KEY_TOM,
        subject="pex couplings",
        when=at("2026-11-24 10:15", EAST),
        body=body,
        agent="iphone",
    )


def n27() -> bytes:
    body = """Hey - any update on SO-104247 (PO-24561)? The check valves and unions were supposed
to ship last week and we've got the job starting Monday. Last order came in short, so I
want to make sure this one is complete before it leaves your dock.

Thanks,
Mike
"""
    return mail(
        "n27",
        sender=RIV_MIKE,
        subject="SO-104247 ship date?",
        when=at("2026-11-24 14:30", EAST),
        body=body,
        agent="gmail",
        to="Ridgeline Orders <orders@distributor.example>",
        cc=DESK,
    )


def n28() -> bytes:
    body = """Hello,

I'm the HVAC tech for Harbor Point at Seaview Commons. One of the non-programmable
thermostats from your order SO-104239 (TST-2100-NP) is defective: installed 11/20 in
unit 4B, the display flickers and it won't call for heat. Checked the wiring and put a
meter on it, the stat itself is bad. Qty 1.

Can you send a replacement or credit Harbor Point? I'll leave the bad one with Luis in
the shop.

Andre Felix
Felix Climate Services
(555) 301-7720
EPA 608 Universal - lic. MC-40418
"""
    return mail(
        "n28",
        sender=ANDRE,
        subject="thermostat warranty - Seaview Commons",
        when=at("2026-11-25 07:55", CENTRAL),
        body=body,
        agent="gmail",
    )


def n29() -> bytes:
    body = """Hi,

We're subbed to Harbor Point on the Bayview boiler room and installing the material
they bought from you on SO-104241. One of the 2 gal expansion tanks is leaking at the
air valve - it failed right out of the box, so it's defective. Just the 1 tank.

Luis Ortega at Harbor Point knows about it. How do you want it sent back?

Raj Patel
Service Manager, Summit HVAC Services
"""
    return mail(
        "n29",
        sender=SUM_RAJ,
        subject="Bayview boiler room - expansion tank leaking",
        when=at("2026-11-25 10:20", CENTRAL),
        body=body,
        agent="tbird",
    )


def n30() -> bytes:
    body = (
        """Hi,

Our AP match flagged INV-88098. Line copied from our exception report:

Invoice\tPO\tItem\tQty\tInv price\tPO price\tDiff\tExt diff
INV-88098\tPO-77790\tPIP-CU-L-100-20\t30\t76.40\t71.80\t4.60\t138.00

We were overcharged on the copper - please credit $138.00. The rest of the invoice
matched.

Thank you!
Dana
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n30",
        sender=KEY_DANA,
        subject="Price variance INV-88098",
        when=at("2026-11-27 09:30", EAST),
        body=body,
        agent="outlook",
    )


def n31() -> bytes:
    body = """Hello,

The water heaters on INV-88171 were billed at $689.00 each, but the quote we have from
your rep is $649.00. Variance report attached - please credit the $120.00 difference.

Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return mail(
        "n31",
        sender=HAR_GRACE,
        subject="Price variance - INV-88171",
        when=at("2026-11-30 10:00", CENTRAL),
        body=body,
        agent="outlook",
        files=((pdf_n31_variance(), PDF, "APV_INV-88171.pdf"),),
    )


def n32() -> bytes:
    body = """FYI - did you see this one? Are you stocking the rev C units yet? We have 6 installs
next month and would rather get the new ones.

Raj

-------- Forwarded Message --------
Subject: Product bulletin PB-26-14 - TST-7500-PRO Wi-Fi pairing
Date: Mon, 30 Nov 2026 16:02:11 -0500
From: Bradford Thermal Products <bulletins@bradfordthermal.example>

Dear partner,

Some TST-7500-PRO thermostats with firmware 2.1 may fail to join 5 GHz Wi-Fi networks.
These units are not defective and should not be returned: update to firmware 2.3 from
the app, or pair on a 2.4 GHz network. Rev C units ship with 2.3 from December.

Bradford Thermal Products - Technical Services
"""
    return mail(
        "n32",
        sender=SUM_RAJ,
        subject="Fwd: Product bulletin PB-26-14 - TST-7500-PRO Wi-Fi pairing",
        when=at("2026-12-01 08:45", CENTRAL),
        body=body,
        agent="tbird",
    )


def n33() -> bytes:
    body = (
        """Typed up from Eddie's call (service tech), 12/1 8:15am:

  Job:      77 Oak St, 3rd fl
  PO:       PO-77760
  Part:     Wi-Fi thermostat, UPC 084512075004
  Qty:      1
  Problem:  DOA - screen stays blank, 24V at the terminals, tried a 2nd sub-base.
            Defective out of the box.
  Unit is back in its box at the shop.

Please let us know the RMA #.

Sheila Brandt
Dispatch
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n33",
        sender=KEY_SHEILA,
        subject="Call notes - DOA thermostat, Oak St",
        when=at("2026-12-01 11:30", EAST),
        body=body,
        agent="outlook",
    )


def n34() -> bytes:
    body = (
        """Warranty claim attached. The 2 gal expansion tank from last year's Walnut St job
failed (waterlogged, bladder gone).

Tom
"""
        + KMC_SIG
        + "\n"
    )
    return mail(
        "n34",
        sender=KEY_TOM,
        subject="Warranty claim WC-26-0091",
        when=at("2026-12-02 09:00", EAST),
        body=body,
        agent="outlook",
        files=((pdf_n34_warranty(), PDF, "WC-26-0091.pdf"),),
    )


def n35() -> bytes:
    body = """Hi again,

Our tech Paul was out at 19 Birch Lane yesterday on a high-pressure call. The 3/4" PRV
(VLV-0750-PRV) he put in two weeks ago from SO-104243 isn't holding - set at 60 psi, it
creeps to 95 overnight. He cleaned the strainer, no change, so the valve is defective.
Just the 1 valve, he has it on the truck.

Can we get it replaced under warranty?

Thanks!
Karen

Karen Liu
Riverbend Plumbing & Heating
"""
    return mail(
        "n35",
        sender=RIV_KAREN,
        subject="PRV not holding - SO-104243",
        when=at("2026-12-02 13:10", EAST),
        body=body,
        agent="outlook",
    )


def n36() -> bytes:
    body = """Hi, the delivery for PO-41055 yesterday have 2 problems:

- 1 electric water heater 40 gal (WH-40G-EL) the box is crushed and the tank is
  dented on top, damaged
- the 3/4 ball valves VLV-0075-BV, we receive 15 but the paper say 20, so 5 missing

Please call me.
Rosa
"""
    return mail(
        "n36",
        sender=DEL_ROSA,
        subject="problemas entrega PO-41055",
        when=at("2026-12-03 09:25", CENTRAL),
        body=body,
        agent="gmail",
    )


def n37() -> bytes:
    body = """hi, how much for 4 electric water heaters 40 gal WH-40G-EL? and you have in stock
for this week? the last ones we buy from you working good, no problems.

thanks
Javier
"""
    return mail(
        "n37",
        sender=DEL_JAVIER,
        subject="precio calentadores",
        when=at("2026-12-03 15:00", CENTRAL),
        body=body,
        agent="android",
        to="Ridgeline Counter <counter@distributor.example>",
        cc=DESK,
    )


def n38() -> bytes:
    form = {
        "order_number": "SO-104202",
        "lines": [{"sku": "VLV-0075-BV", "quantity": 4, "reason": "NOT_NEEDED"}],
        "note": "Found 4 of these ball valves in the back of the truck from last year's "
        "Pine St job, never used. Would like to send them back for credit.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def n39() -> bytes:
    return b"""To whom it may concern,

We service the water heater at 2218 Pine St. The 2 gallon thermal expansion tank
(WH-EXP-2G) that came on your order SO-104202 has failed: the bladder is ruptured and
the tank is full of water. 1 tank, defective. We would like it covered under warranty.

Regards,
North Shore Home Services
"""


def n40() -> bytes:
    return b"""JOBSITE COUNT - Lakeview Terrace, unit turnover
invoice INV-88190

  floor registers 10x6 white  HVC-REG-1006-W   invoiced 40   counted 34   -> 6 short
  ball valves 3/4 sweat       VLV-0075-BV      invoiced 12   counted 12   ok

counted by site super 11/17, registers checked twice
"""


NAMES = {
    "n01": "n01-keystone-yard-log-scan.eml",
    "n02": "n02-delgado-will-call-ticket-photo.eml",
    "n03": "n03-riverbend-ups-check-pasted.eml",
    "n04": "n04-summit-odfl-receipt-photo.eml",
    "n05": "n05-keystone-receiving-xlsx.eml",
    "n06": "n06-keystone-invoice-price-check.eml",
    "n07": "n07-harbor-invoice-copies.eml",
    "n08": "n08-harbor-delivery-check-sheet.eml",
    "n09": "n09-riverbend-forwarded-yard-count.eml",
    "n10": "n10-summit-cycle-count-csv.eml",
    "n11": "n11-harbor-freight-damage-form.eml",
    "n12": "n12-delgado-other-supplier-quote.eml",
    "n13": "n13-riverbend-rl-receipt-scan.eml",
    "n14": "n14-delgado-wrong-elbows.eml",
    "n15": "n15-summit-service-job-note.eml",
    "n16": "n16-keystone-thanks-pickup-question.eml",
    "n17": "n17-summit-wms-discrepancy-html.eml",
    "n18": "n18-summit-credit-received.eml",
    "n19": "n19-summit-warranty-tag-photo.eml",
    "n20": "n20-harbor-dispatch-phone-notes.eml",
    "n21": "n21-keystone-return-warranty-form.eml",
    "n22": "n22-delgado-copper-leftover.eml",
    "n23": "n23-riverbend-overstock-xlsx.eml",
    "n24": "n24-harbor-shop-log-scan.eml",
    "n25": "n25-keystone-closeout-report.eml",
    "n26": "n26-keystone-pex-couplings-pickup.eml",
    "n27": "n27-riverbend-ship-date-ask.eml",
    "n28": "n28-tech-gmail-thermostat.eml",
    "n29": "n29-summit-on-harbor-order.eml",
    "n30": "n30-keystone-ap-pasted-variance.eml",
    "n31": "n31-harbor-price-variance-pdf.eml",
    "n32": "n32-summit-vendor-bulletin.eml",
    "n33": "n33-keystone-dispatch-call-notes.eml",
    "n34": "n34-keystone-expansion-tank-warranty.eml",
    "n35": "n35-riverbend-prv-service-call.eml",
    "n36": "n36-delgado-unknown-po-delivery.eml",
    "n37": "n37-delgado-heater-price-ask.eml",
    "n38": "n38-portal-ball-valves-leftover.json",
    "n39": "n39-upload-expansion-tank-failure.txt",
    "n40": "n40-upload-jobsite-count-invoice-only.txt",
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
