"""Write every request file of heldout58: 37 emails, 1 portal form, 2 text uploads.

    .venv/bin/python sample_docs/heldout58/make_attachments.py OUT_DIR

The angle of the set is "the office and its systems": accounts payable clerks, purchasing
managers, project coordinators and the customers' software. Claims sit in HTML tables (with
and without a text part), in spreadsheet rows pasted into the mail (tabs or aligned spaces), in
PDF debit memos and claim letters, in CSV and XLSX exports, in a statement with one disputed
row, under a coordinator's cover note above a forwarded foreman's mail, in answers typed
between the desk's quoted questions, and in notifications sent by the customers' own systems.
Non-claims are the office's everyday paper: a remittance advice, a reconciled statement, a
PO change, a credit already received, an invoice copy request, a price check, a match report.

Files:
- pictures (Pillow + numpy): three forms printed, filled in, signed and scanned with a phone
  scanner app (PNG, four grey levels), typed values that Tesseract reads;
- text PDFs (fpdf2, PDF core fonts only, fixed creation date);
- one XLSX workbook per export (openpyxl; rezipped with fixed member dates and pinned
  document dates), one CSV export.

Nothing reads the clock or draws unseeded random numbers: pen wobble and scan noise come from
numpy generators seeded with a SHA-256 of the picture's key; Message-IDs and MIME boundaries
are SHA-256 hashes of the request key.
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
from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
DESK = "returns@distributor.example"
TO_DESK = f"Northgate Supply Returns <{DESK}>"
US = "Northgate Plumbing & HVAC Supply"

PDF = ("application", "pdf")
PNG = ("image", "png")
CSV = ("text", "csv")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")

EAST, CENTRAL = -5, -6

# Keystone Mechanical Contractors (C-1001)
DANA = "Dana Ruiz <ap@keystonemech.com>"
TOM = "Tom Morales <tmorales@keystonemech.com>"
PRIYA = "Priya Nair <pnair@keystonemech.com>"
RAY = "Ray Dunn <rdunn@keystonemech.com>"
ALICIA = "Alicia Grant <agrant@keystonemech.com>"
HAL = "Hal Jensen <hjensen@keystonemech.com>"
KMC_AP_BOT = "Keystone AP Automation <ap-noreply@keystonemech.com>"
# Riverbend Plumbing & Heating (C-1002)
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
JEN = "Jen Park <jpark@riverbendph.com>"
GREG = "Greg Halvorsen <ghalvorsen@riverbendph.com>"
RPH_AP_BOT = "Riverbend AP Automation <ap-automation@riverbendph.com>"
# Summit HVAC Services (C-1003)
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
MEGAN = "Megan Ford <mford@summithvac.net>"
OWEN = "Owen Briggs <obriggs@summithvac.net>"
# Harbor Point Property Management (C-1004)
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
PAM = "Pam Ochoa <pochoa@harborpointpm.com>"
HPM_WO_BOT = "Harbor Point Maintenance Connect <workorders-noreply@harborpointpm.com>"
PROCURE_BOT = (
    "Harbor Point Property Management via ProcurePoint <no-reply@mail.procurepoint.example>"
)
# Delgado & Sons Plumbing (C-1005)
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
JAVIER = "Javier Delgado <javier@delgadosons.com>"
MARISOL = "Marisol Vega <mvega@delgadoplumbing.com>"

KMC_SIG = "Keystone Mechanical Contractors\n1450 Mill Race Rd | (555) 410-2200"


# ------------------------------------------------------------------ hashes, seeds, times


def sha(*parts: str, n: int = 32) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def rng(key: str) -> np.random.Generator:
    return np.random.default_rng(int(sha("heldout58", key, n=15), 16))


def at(stamp: str, offset: int) -> dt.datetime:
    zone = dt.timezone(dt.timedelta(hours=offset))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=zone)


# ------------------------------------------------------------------ mail

CLIENTS = {
    "outlook": [
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "en-US"),
    ],
    "owa": [("X-MS-Has-Attach", ""), ("X-OriginatorOrg", ""), ("Content-Language", "en-US")],
    "gmail": [],
    "android": [("X-Mailer", "Samsung Email")],
    "tbird": [("User-Agent", "Mozilla Thunderbird")],
    "webmail": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "system": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
}


def message_id(key: str, client: str, domain: str) -> str:
    h = sha("message-id", key, n=48)
    if client in ("outlook", "owa"):
        return f"<{h[:8].upper()}{h[8:20].upper()}@{h[20:24].upper()}PR12MB{h[24:28].upper()}.namprd12.prod.outlook.com>"
    if client == "gmail":
        return f"<CAH{h[:12]}{h[12:22].upper()}+{h[22:34]}@mail.gmail.com>"
    if client == "tbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "android":
        return f"<{h[:14]}.{h[14:26]}@email.android.com>"
    if client == "webmail":
        return f"<{h[:32]}@{domain}>"
    return f"<{int(h[:12], 16)}.{h[12:24]}@{domain}>"


def boundary(key: str, n: int, client: str) -> str:
    h = sha("boundary", key, str(n), n=32)
    return {
        "outlook": f"_00{n}_{h[:26].upper()}_",
        "owa": f"_00{n}_{h[:26].upper()}_",
        "gmail": f"000000000000{h[:16]}",
        "tbird": f"------------{h[:24]}",
        "android": f"--_com.android.email_{h[:22]}",
        "webmail": f"=_{h[:32]}",
    }.get(client, f"----=_Part_{int(h[:8], 16)}_{int(h[8:16], 16)}.{int(h[16:26], 16)}")


def outlook_html(paragraphs: list[str], table: str = "", after: list[str] = ()) -> str:
    """An Outlook-style HTML body: MsoNormal paragraphs, optionally a table in the middle."""

    def para(text: str) -> str:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<p class="MsoNormal">{safe.replace(chr(10), "<br>")}<o:p></o:p></p>\n'

    before = "".join(para(p) for p in paragraphs)
    tail = "".join(para(p) for p in after)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:Aptos,sans-serif}\n"
        "td{font-size:10.0pt;font-family:Aptos,sans-serif;padding:2pt 6pt}</style></head>\n"
        '<body lang="EN-US"><div class="WordSection1">\n'
        f"{before}{table}{tail}</div></body></html>\n"
    )


def html_table(rows: list[list[str]], align: str = "") -> str:
    """rows[0] is the header; align: one letter per column, l or r."""
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            side = "right" if align and align[c] == "r" else "left"
            safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if r == 0:
                cells.append(f'<td style="background:#D9E1F2;text-align:{side}"><b>{safe}</b></td>')
            else:
                cells.append(f'<td style="text-align:{side}">{safe}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>\n")
    return "\n".join(out)


def mail(
    key: str,
    *,
    sender: str,
    subject: str,
    when: dt.datetime,
    client: str,
    text: str | None = None,
    html: str | None = None,
    files: tuple = (),
    to: str = TO_DESK,
    cc: str | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    extra: tuple = (),
) -> bytes:
    """One RFC 822 message. text and/or html body; files: (bytes, (main, sub), filename)."""
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    m = EmailMessage(policy=policy.default)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = message_id(key, client, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for name, value in CLIENTS[client]:
        if name == "X-MS-Has-Attach":
            value = "yes" if files else ""
        if name == "X-MS-TNEF-Correlator":
            value = ""
        if name == "X-OriginatorOrg":
            value = domain
        m[name] = value
    for name, value in extra:
        m[name] = value
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    for data, (main, sub), filename in files:
        m.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, n, client))
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.default.clone(linesep="\n")).flatten(m)
    return buf.getvalue()


def desk_id(key: str) -> str:
    """The Message-ID of a message the desk sent earlier (for replies)."""
    h = sha("desk", key, n=24)
    return f"<{h[:12]}.{h[12:]}@distributor.example>"


# ------------------------------------------------------------------ PDFs


class Doc(FPDF):
    """Letter, millimetres, core fonts only, a pinned creation date."""

    def __init__(self, made: str, face: str = "Helvetica") -> None:
        super().__init__("P", "mm", "Letter")
        self.face = face
        self.set_creation_date(dt.datetime.strptime(made, "%Y-%m-%d").replace(tzinfo=dt.UTC))
        self.set_margins(20, 16, 20)
        self.set_auto_page_break(True, 16)
        self.add_page()

    def letterhead(self, name: str, lines: str, size: float = 14) -> None:
        self.set_font(self.face, "B", size)
        self.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.face, "", 8.5)
        self.multi_cell(0, 4, lines, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(40, 40, 40)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 2, self.w - self.r_margin, self.get_y() + 2)
        self.ln(6)

    def heading(self, text: str, size: float = 15) -> None:
        self.set_font(self.face, "B", size)
        self.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def pairs(self, items: list[tuple[str, str]], label_w: float = 32, cols: int = 2) -> None:
        col_w = (self.w - self.l_margin - self.r_margin) / cols
        for i in range(0, len(items), cols):
            for label, value in items[i : i + cols]:
                self.set_font(self.face, "B", 9)
                self.cell(label_w, 5.5, label)
                self.set_font(self.face, "", 9)
                self.cell(col_w - label_w, 5.5, value)
            self.ln(5.5)
        self.ln(3)

    def table(self, widths, rows, align="", size=8.5, h=6.5, total_rows=0) -> None:
        """rows[0] is the header; the last total_rows rows are set in bold without a grid."""
        body = len(rows) - total_rows
        for r, row in enumerate(rows):
            bold = r == 0 or r >= body
            self.set_font(self.face, "B" if bold else "", size)
            self.set_fill_color(225, 225, 225)
            for c, (w, text) in enumerate(zip(widths, row, strict=True)):
                if self.get_string_width(text) > w - 1.5:
                    raise ValueError(f"{text!r} does not fit in {w} mm")
                side = "R" if align and align[c] == "r" else "L"
                border = 1 if r < body else 0
                self.cell(w, h, text, border=border, fill=r == 0, align=side)
            self.ln(h)
        self.ln(4)

    def para(self, text: str, size: float = 10, style: str = "", h: float = 5) -> None:
        self.set_font(self.face, style, size)
        self.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def signature(self, name: str, role: str) -> None:
        self.ln(4)
        self.set_font("Times", "I", 15)
        self.cell(0, 8, name, new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.face, "", 9.5)
        self.cell(0, 5, f"{name}, {role}", new_x="LMARGIN", new_y="NEXT")

    def out(self) -> bytes:
        return bytes(self.output())


# ------------------------------------------------------------------ spreadsheets


def csv_bytes(rows: list[list]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(title: str, rows: list[list], widths: list[int], stamp: str, author: str) -> bytes:
    """One sheet; rezipped with fixed member dates and pinned document dates."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    when = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
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
                text = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rf"\g<1>{iso}\3",
                    data.decode("utf-8"),
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, data)
    return fixed.getvalue()


# ------------------------------------------------------------------ scanned forms

BLACK = 20
BLUE_PEN = 70


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    sub = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / sub / f"{name}.ttf"), size)


class Sheet:
    """A printed form on a grey-scale canvas, 1700 x 2200 px (Letter at 200 dpi)."""

    def __init__(self, key: str, height: int = 2200) -> None:
        self.key = key
        self.g = rng(key)
        self.img = Image.new("L", (1700, height), 255)
        self.d = ImageDraw.Draw(self.img)

    def text(self, xy, s, size=30, bold=False, fill=BLACK) -> None:
        name = "LiberationSans-Bold" if bold else "LiberationSans-Regular"
        self.d.text(xy, s, font=font(name, size), fill=fill)

    def typed(self, xy, s, size=30) -> None:
        """A value typed into the form before it was printed."""
        self.d.text(xy, s, font=font("LiberationSans-Regular", size), fill=BLACK)

    def rule(self, x0, y, x1, width=2) -> None:
        self.d.line([(x0, y), (x1, y)], fill=60, width=width)

    def box(self, x0, y0, x1, y1, width=2) -> None:
        self.d.rectangle([x0, y0, x1, y1], outline=60, width=width)

    def grid(self, x, y, widths, row_h, rows, header, size=27) -> list[int]:
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        for r in range(rows + 1):
            self.rule(x, y + r * row_h, xs[-1])
        for left in xs:
            self.d.line([(left, y), (left, y + rows * row_h)], fill=60, width=2)
        for c, label in enumerate(header):
            self.text((xs[c] + 10, y + (row_h - size) // 2 - 2), label, size=size, bold=True)
        return xs

    def pen(self, xy, s, size=40, tilt=2.0) -> None:
        """Handwriting: each word a little turned and lifted."""
        x, y = xy
        f = font("DejaVuSans-Oblique", size)
        for word in s.split(" "):
            _, _, right, bottom = f.getbbox(word)
            tile = Image.new("LA", (right + 12, bottom + 14), (0, 0))
            ImageDraw.Draw(tile).text((6, 5), word, font=f, fill=(BLUE_PEN, 255))
            tile = tile.rotate(
                float(self.g.uniform(-tilt, tilt)), resample=Image.BICUBIC, expand=True
            )
            self.img.paste(
                tile.getchannel(0), (x, y + int(self.g.integers(-3, 4))), tile.getchannel(1)
            )
            x += right + int(size * 0.35) + int(self.g.integers(0, 5))

    def scrawl_signature(self, x, y, width=320) -> None:
        pts = []
        for i in range(40):
            t = i / 39
            pts.append(
                (x + t * width, y + 22 * np.sin(t * 9.0 + self.g.uniform(0, 0.4)) * (1 - t * 0.5))
            )
        self.d.line(pts, fill=BLUE_PEN, width=4)

    def scan(self, width: int = 1275) -> bytes:
        """A phone scanner app's output: grey, a hair off square, four grey levels."""
        g = rng(self.key + "/scan")
        im = self.img.resize(
            (width, round(self.img.height * width / self.img.width)), Image.LANCZOS
        )
        im = im.rotate(float(g.uniform(-0.4, 0.4)), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im, dtype=np.float32) + g.normal(0.0, 5.0, (im.height, im.width))
        levels = np.array([30.0, 100.0, 175.0, 248.0])
        idx = np.abs(a[..., None] - levels).argmin(axis=-1)
        out = Image.fromarray(levels[idx].astype(np.uint8), "L").quantize(colors=4)
        buf = io.BytesIO()
        out.save(buf, "PNG", optimize=True, bits=2)
        return buf.getvalue()


# ================================================================== the scanned forms


def scan_q11_concealed_damage() -> bytes:
    """Harbor Point's concealed damage report: typed on the PC, printed, signed, scanned."""
    s = Sheet("q11", height=1900)
    s.text((110, 90), "HARBOR POINT PROPERTY MANAGEMENT", size=46, bold=True)
    s.text((110, 150), "Maintenance Department  -  Bayview Apartments Shop", size=30)
    s.rule(110, 205, 1590, width=4)
    s.text((110, 240), "CONCEALED DAMAGE REPORT", size=52, bold=True)
    fields = [
        ("Date:", "11/12/2026", "Supplier:", "Northgate Supply"),
        ("PO #:", "PO-70288", "Carrier:", "Estes Express"),
        ("Delivered:", "11/11/2026", "Uncrated:", "11/12/2026"),
    ]
    y = 350
    for a, va, b, vb in fields:
        s.text((110, y), a, size=32, bold=True)
        s.typed((330, y), va, size=32)
        s.text((860, y), b, size=32, bold=True)
        s.typed((1060, y), vb, size=32)
        y += 62
    s.text(
        (110, y + 30),
        "Outside of carton looked OK at delivery - damage found when uncrated.",
        size=30,
    )
    xs = s.grid(
        110,
        y + 110,
        [300, 520, 170, 170, 320],
        76,
        3,
        ["Item", "Description", "Rec'd", "Dmg", "Condition"],
    )
    rows = [
        ("WH-50G-NG", "50 gal gas water htr", "3", "1", "DAMAGED"),
        ("WH-EXP-2G", "2 gal expansion tank", "3", "0", "OK"),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            s.typed((xs[c] + 12, y + 110 + 76 * (r + 1) + 20), value, size=30)
    y += 110 + 76 * 3 + 60
    s.text((110, y), "Description of damage:", size=32, bold=True)
    s.typed((110, y + 60), "1 heater - jacket caved in on back side,", size=32)
    s.typed((110, y + 110), "gas valve bracket bent. Not installed.", size=32)
    s.text((110, y + 200), "Location of damaged goods:", size=32, bold=True)
    s.typed((560, y + 200), "Bayview boiler room", size=32)
    s.text((110, y + 320), "Reported by:", size=32, bold=True)
    s.pen((340, y + 300), "L. Ortega", size=46)
    s.text((860, y + 320), "Signature:", size=32, bold=True)
    s.scrawl_signature(1060, y + 335)
    s.text((110, y + 440), "HPPM form MNT-07 rev 3", size=24)
    return s.scan(1275)


def scan_q26_warranty_form() -> bytes:
    """Delgado's warranty / return form, typed, ticked by pen, signed, scanned."""
    s = Sheet("q26", height=1850)
    s.text((110, 90), "DELGADO & SONS PLUMBING", size=48, bold=True)
    s.text((110, 152), "2718 S. Presa St  -  Lic. M-40187  -  (555) 733-1902", size=28)
    s.rule(110, 205, 1590, width=4)
    s.text((110, 240), "WARRANTY / RETURN FORM", size=50, bold=True)
    y = 350
    for label, value in [
        ("Supplier:", "Northgate Supply"),
        ("Order #:", "SO-104231"),
        ("Date:", "11/21/2026"),
        ("Item:", "VLV-0750-PRV"),
        ("Description:", '3/4" pressure reducing valve'),
        ("Qty:", "1 pc"),
    ]:
        s.text((110, y), label, size=34, bold=True)
        s.typed((420, y), value, size=34)
        y += 66
    s.text((110, y + 30), "Reason (mark one):", size=34, bold=True)
    y += 100
    for mark, label in [
        ("X", "DEFECTIVE"),
        (" ", "WRONG ITEM"),
        (" ", "DAMAGED"),
        (" ", "NOT NEEDED"),
    ]:
        s.box(130, y, 172, y + 42, width=3)
        if mark == "X":
            s.d.line([(136, y + 6), (166, y + 36)], fill=BLUE_PEN, width=5)
            s.d.line([(166, y + 6), (136, y + 36)], fill=BLUE_PEN, width=5)
        s.text((200, y), label, size=34)
        y += 64
    y += 30
    s.text((110, y), "Problem:", size=34, bold=True)
    s.typed((110, y + 60), "Set at 55 psi, creeps to 90 psi overnight.", size=32)
    s.typed((110, y + 110), "Cleaned strainer, no change. Replaced it.", size=32)
    s.text((110, y + 210), "Job:", size=34, bold=True)
    s.typed((260, y + 210), "4410 Alamo St", size=32)
    s.text((110, y + 320), "Tech:", size=34, bold=True)
    s.pen((260, y + 300), "Javier D.", size=46)
    s.scrawl_signature(900, y + 335, width=300)
    return s.scan(1275)


def scan_q33_warranty_claim() -> bytes:
    """Keystone's warranty claim form, typed, signed by the tech, scanned."""
    s = Sheet("q33", height=1950)
    s.text((110, 90), "KEYSTONE MECHANICAL CONTRACTORS", size=46, bold=True)
    s.text((110, 150), "1450 Mill Race Rd  -  Service Department", size=30)
    s.rule(110, 205, 1590, width=4)
    s.text((110, 240), "WARRANTY CLAIM", size=52, bold=True)
    s.text((1150, 255), "No. WC-26-0107", size=36, bold=True)
    y = 360
    for a, va, b, vb in [
        ("Date:", "11/27/2026", "Supplier:", "Northgate Supply"),
        ("PO:", "PO-76115", "Job:", "Walnut St bldg"),
        ("Installed:", "10/28/2025", "Failed:", "11/27/2026"),
    ]:
        s.text((110, y), a, size=32, bold=True)
        s.typed((330, y), va, size=32)
        s.text((860, y), b, size=32, bold=True)
        s.typed((1040, y), vb, size=32)
        y += 62
    xs = s.grid(110, y + 50, [330, 700, 140, 310], 76, 2, ["Item", "Description", "Qty", "Claim"])
    for c, value in enumerate(["PMP-CIRC-015", "1/25 HP circulator, 115V", "1", "DEFECTIVE"]):
        s.typed((xs[c] + 12, y + 50 + 76 + 20), value, size=30)
    y += 50 + 76 * 2 + 60
    s.text((110, y), "Failure:", size=32, bold=True)
    s.typed((110, y + 60), "Motor seized, hums but will not start.", size=32)
    s.typed((110, y + 110), "Pump removed and tagged at our shop.", size=32)
    s.text((110, y + 220), "Technician:", size=32, bold=True)
    s.pen((320, y + 200), "E. Salas", size=46)
    s.text((860, y + 220), "Approved:", size=32, bold=True)
    s.pen((1050, y + 200), "T. Morales", size=46)
    s.scrawl_signature(1050, y + 300, width=280)
    s.text((110, y + 420), "Send with the part. Claims without a PO will be returned.", size=26)
    return s.scan(1275)


# ================================================================== the PDFs

KMC_HEAD = "1450 Mill Race Rd, Harrisburg PA 17104\nAccounts Payable: ap@keystonemech.com  |  (555) 410-2200"


def keystone_debit_memo(
    number: str, made: str, refs: list[tuple[str, str]], rows, total: str, note: str
) -> bytes:
    """Keystone's AP debit memo template (used twice)."""
    p = Doc(made)
    p.letterhead("Keystone Mechanical Contractors", KMC_HEAD)
    p.heading("DEBIT MEMO")
    p.pairs([("Debit memo:", number), *refs], label_w=30)
    p.table(
        [12, 40, 52, 12, 20, 20, 20],
        rows + [["", "", "", "", "", "Total", total]],
        align="llllrrr",
        total_rows=1,
    )
    p.para(note, size=9.5)
    p.para(
        "Please issue a credit memo referencing this debit memo number. The amount has been "
        "deducted from our payment of the invoice shown above.",
        size=9.5,
    )
    p.signature("Dana Ruiz", "Accounts Payable")
    return p.out()


def pdf_q04_debit_memo() -> bytes:
    rows = [
        ["Ln", "Item / our part", "Description", "Qty", "Unit", "Amount", "Reason"],
        ["1", "PMP-CIRC-015", "1/25 HP circulator pump", "1", "139.00", "139.00", "SHORT"],
        ["2", "KM-88502", '3" CI swing check, flgd', "1", "189.00", "189.00", "DAMAGED"],
    ]
    return keystone_debit_memo(
        "DM-26-1107",
        "2026-11-10",
        [
            ("Date:", "11/10/2026"),
            ("Vendor:", "Northgate Supply"),
            ("PO:", "PO-77830"),
            ("Invoice:", "INV-88133"),
            ("Received:", "11/06/2026 (ODFL)"),
            ("Job:", "Harrison St"),
        ],
        rows,
        "328.00",
        "Line 1: packing list shows 4 pumps, 3 received; carton count agreed with the driver. "
        "Line 2: flange cracked in transit, noted on the ODFL delivery receipt; valve held at our "
        "yard for inspection.",
    )


def pdf_q36_debit_memo() -> bytes:
    rows = [
        ["Ln", "Item / our part", "Description", "Qty", "Inv price", "PO price", "Amount"],
        ["1", "KM-20100", '1" type L copper, 20 ft', "30", "76.40", "71.80", "138.00"],
    ]
    return keystone_debit_memo(
        "DM-26-1142",
        "2026-12-01",
        [
            ("Date:", "12/01/2026"),
            ("Vendor:", "Northgate Supply"),
            ("Invoice:", "INV-88098"),
            ("Invoice date:", "10/26/2026"),
            ("PO:", "PO-77790"),
            ("Reason:", "Price variance"),
        ],
        rows,
        "138.00",
        "Invoiced at $76.40 per length against $71.80 on our purchase order: "
        "30 lengths x $4.60 = $138.00.",
    )


def pdf_q07_claim_letter() -> bytes:
    p = Doc("2026-11-11", face="Times")
    p.letterhead(
        "Delgado & Sons Plumbing",
        "2718 S. Presa St, San Antonio TX 78210  |  (555) 733-1902  |  office@delgadoplumbing.com",
    )
    p.para("November 11, 2026", size=11)
    p.para("Northgate Supply\nReturns Department\n4100 Foundry Rd", size=11)
    p.para("RE: Purchase order PO-40962 - wrong material received", size=11, style="B")
    p.para("Dear Sir or Madam,", size=11)
    p.para(
        "On October 29 your truck delivered the material on our purchase order PO-40962. When "
        "our crew started the copper work at the Mission Rd job they found that 5 of the 12 "
        'lengths of 1" copper tube are Type M (red lettering) and not Type L (blue lettering) as '
        "ordered and invoiced. Type M is not accepted by the city inspector on this job.",
        size=11,
        h=5.6,
    )
    p.table(
        [38, 62, 20, 20, 30],
        [
            ["Item", "Description", "Ordered", "Wrong", "Received as"],
            ["PIP-CU-L-100-20", '1" type L copper tube, 20 ft', "12", "5", "Type M"],
        ],
        align="llrrl",
        size=10,
        h=7,
    )
    p.para(
        "We ask you to replace the 5 lengths with Type L and to collect the Type M tube, which "
        "is in our yard, unused. The other 7 lengths are correct.",
        size=11,
        h=5.6,
    )
    p.para("Sincerely,", size=11)
    p.signature("Marisol Vega", "Office Manager, for Rosa Delgado, Owner")
    return p.out()


def pdf_q17_exception_report() -> bytes:
    p = Doc("2026-11-16", face="Courier")
    p.set_font("Courier", "B", 12)
    p.cell(0, 6, "RIVERBEND PLUMBING & HEATING", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", "", 9)
    p.cell(
        0,
        5,
        "RECEIVING EXCEPTION REPORT          run 11/16/2026 08:55  user MOBRIEN",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.ln(3)
    p.pairs(
        [
            ("Supplier:", "NORTHGATE SUPPLY"),
            ("Supplier order:", "SO-104243"),
            ("Our PO:", "PO-24530"),
            ("Received:", "11/12/2026"),
            ("Carrier:", "R+L CARRIERS"),
            ("Receiver:", "D. REYES"),
        ],
        label_w=38,
    )
    p.table(
        [10, 34, 50, 14, 14, 12, 40],
        [
            ["LN", "ITEM", "DESCRIPTION", "ORD", "RCVD", "EXC", "CODE / NOTE"],
            ["1", "VLV-1005-BV", '1" BRASS BALL VALVE FP', "48", "48", "4", "DMG HANDLE/BODY"],
            ["3", "VLV-0750-PRV", '3/4" PRV 25-75 PSI', "4", "4", "2", 'WRG 1/2" PRV RCVD'],
        ],
        align="llrrrrl",
        size=8,
    )
    p.set_font("Courier", "", 8.5)
    p.multi_cell(
        0,
        4.5,
        "LINES ON RECEIPT: 3   WITH EXCEPTION: 2   WITHOUT EXCEPTION: 1\n\n"
        "NOTES\n"
        "LN 1  4 EA - CARTON CRUSHED ON ONE CORNER, HANDLES SNAPPED, 2 BODIES CRACKED.\n"
        "      DAMAGED IN SHIPPING. HELD IN CAGE B.\n"
        'LN 3  2 EA - WRONG ITEM: 1/2" PRV IN 3/4" BOXES. NEED 2 X 3/4" VLV-0750-PRV.\n\n'
        "CODES  DMG=DAMAGED  WRG=WRONG ITEM  SHT=SHORT  OVR=OVER",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return p.out()


def pdf_q28_claim_letter() -> bytes:
    p = Doc("2026-11-24")
    p.letterhead(
        "Riverbend Plumbing & Heating",
        "88 Canal St, Easton PA 18042  |  Purchasing: (555) 260-4418  |  riverbendph.com",
    )
    p.para("November 24, 2026", size=10)
    p.para("Northgate Supply - Returns\n4100 Foundry Rd", size=10)
    p.para("RE: Our purchase order PO-24415 - claim", size=10.5, style="B")
    p.para("Dear Returns team,", size=10)
    p.para(
        "1. The reduced pressure zone assembly delivered on this purchase order "
        '(BFP-RPZ-300-SO, ordered as a 3" assembly) is a 2-1/2" assembly. It does not fit the '
        '3" service at the Elm St school and has not been installed. We ask you to exchange it '
        'for the 3" assembly we ordered; it is the wrong item.',
        size=10,
    )
    p.para(
        '2. The two 3" flanged swing check valves (VLV-3100-CK) on the same purchase order are '
        "no longer needed: the engineer deleted the second pump from the design. Both are "
        "unused in their crates and we request a return for credit.",
        size=10,
    )
    p.table(
        [34, 48, 10, 20, 22, 36],
        [
            ["Item", "Description", "Qty", "Unit price", "Extended", "Request"],
            ["BFP-RPZ-300-SO", '3" RPZ backflow assembly', "1", "1,395.00", "1,395.00", "Exchange"],
            [
                "VLV-3100-CK",
                '3" CI swing check, flgd',
                "2",
                "198.00",
                "396.00",
                "Return for credit",
            ],
            ["", "", "", "Total", "1,791.00", ""],
        ],
        align="llrrrl",
        size=9,
        total_rows=1,
    )
    p.para(
        "We understand the restocking fee in our agreement applies to the check valves. Please "
        "send the RMA numbers and the pickup date to the undersigned.",
        size=10,
    )
    p.para("Sincerely,", size=10)
    p.signature("Greg Halvorsen", "Purchasing Manager")
    return p.out()


# ================================================================== the exports


def xlsx_q01_receiving() -> bytes:
    rows = [
        [
            "PO",
            "Line",
            "Vendor item",
            "Our part",
            "Description",
            "PL qty",
            "Rcvd good",
            "Rcvd damaged",
            "Variance",
            "Exception",
            "Comment",
        ],
        [
            "PO-77812",
            1,
            "VLV-2210-BR",
            "KM-88213",
            '2" bronze gate valve thd',
            40,
            37,
            3,
            0,
            "DAMAGED",
            "3 cracked bonnets, carton crushed",
        ],
        [
            "PO-77812",
            2,
            "FTG-CU-E90-100",
            "KM-40112",
            '1" wrot cu 90 CxC',
            150,
            160,
            0,
            10,
            "OVER",
            "160 counted vs 150 on PL",
        ],
        ["PO-77812", 3, "VLV-0750-PRV", "KM-88340", '3/4" PRV 25-75', 12, 12, 0, 0, "", ""],
        ["PO-77812", 4, "PIP-PEX-075-300", "", '3/4" PEX-A 300 ft coil', 6, 6, 0, 0, "", ""],
    ]
    return xlsx_bytes(
        "Discrepancies",
        rows,
        [10, 6, 17, 11, 26, 8, 10, 13, 9, 11, 34],
        "2026-11-09 07:58",
        "pnair",
    )


def csv_q10_receipt() -> bytes:
    return csv_bytes(
        [
            [
                "receipt_no",
                "po_no",
                "supplier_order",
                "line",
                "item",
                "description",
                "qty_ordered",
                "qty_received",
                "qty_accepted",
                "status",
                "note",
            ],
            [
                "R-11873",
                "PO-60418",
                "SO-104238",
                "1",
                "TST-7500-PRO",
                "7-day prog Wi-Fi thermostat",
                "12",
                "14",
                "12",
                "OVER",
                "2 extra - inner carton shipped twice",
            ],
            [
                "R-11873",
                "PO-60418",
                "SO-104238",
                "2",
                "TST-2100-NP",
                "non-prog digital thermostat 24V",
                "20",
                "20",
                "16",
                "WRONG ITEM",
                "4 pcs millivolt model received",
            ],
            [
                "R-11873",
                "PO-60418",
                "SO-104238",
                "3",
                "HVC-FLT-1625-M11",
                "16x25x1 MERV 11 (case of 12)",
                "10",
                "10",
                "10",
                "OK",
                "",
            ],
        ]
    )


def xlsx_q29_exceptions() -> bytes:
    rows = [
        [
            "PO",
            "Item",
            "Description",
            "UOM",
            "Ordered",
            "Received",
            "Exception qty",
            "Exception",
            "Notes",
        ],
        [
            "PO-60502",
            "TST-7500-PRO",
            "7-day prog Wi-Fi thermostat",
            "EA",
            6,
            6,
            1,
            "DEFECTIVE",
            "loses Wi-Fi config, resets",
        ],
        [
            "PO-60502",
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 pleated",
            "CS (12)",
            8,
            10,
            2,
            "OVER",
            "2 cases more than ordered",
        ],
        ["PO-60502", "HVC-CND-PUMP", "condensate pump 115V", "EA", 4, 4, 0, "", ""],
    ]
    return xlsx_bytes(
        "Exceptions", rows, [10, 18, 28, 8, 9, 9, 13, 11, 30], "2026-11-24 13:05", "obriggs"
    )


# ================================================================== the requests


def q01() -> bytes:
    text = f"""Good morning,

Attached is the receiving discrepancy report from Viewpoint for PO-77812 (the R+L delivery on
Thursday 11/5 to yard 1).

Two exceptions:
- KM-88213 (2" bronze gate valves): 3 came with cracked bonnets, the carton was crushed on one
  corner. The driver noted it on the BOL.
- KM-40112 (1" copper 90s): we counted 160 against 150 on the packing list, so 10 extra. They're
  set aside in the yard - let us know if you want them picked up.

Everything else on the report received clean.

Thanks,
Priya Nair
Receiving / Inventory Control
{KMC_SIG}
"""
    return mail(
        "q01",
        sender=PRIYA,
        subject="Receiving discrepancy - PO-77812",
        when=at("2026-11-09 08:10", EAST),
        client="outlook",
        text=text,
        files=((xlsx_q01_receiving(), XLSX, "RCV_DISC_PO-77812_110926.xlsx"),),
    )


def q02() -> bytes:
    intro = (
        "Hi,\n\nWe got the UPS delivery on Friday for INV-88141 and the ball valves don't match "
        "the invoice:"
    )
    outro = (
        "The box of ball valves was sealed with 20 inside, so 4 were never packed. Please credit "
        "us or ship the 4 missing valves, whichever is quicker.",
        "Thanks,\nKaren",
        "Karen Liu\nOffice Manager\nRiverbend Plumbing & Heating\n88 Canal St, Easton PA",
    )
    rows = [
        ["Item", "Description", "Invoiced", "Received", "Short"],
        ["VLV-1005-BV", '1" brass ball valve FP thd', "24", "20", "4"],
        ["FTG-PEX-CPL-050", '1/2" PEX crimp coupling (bag/25)', "10", "10", "0"],
        ["PIP-PEX-075-300", "3/4\" PEX-A 300' coil", "2", "2", "0"],
    ]
    plain = "\n".join(f"{r[0]:<17}{r[1]:<34}{r[2]:>9}{r[3]:>10}{r[4]:>7}" for r in rows)
    text = intro + "\n\n" + plain + "\n\n" + "\n\n".join(outro) + "\n"
    html = outlook_html(
        [
            "Hi,",
            "We got the UPS delivery on Friday for INV-88141 and the ball valves don't match the invoice:",
        ],
        html_table(rows, "llrrr"),
        list(outro),
    )
    return mail(
        "q02",
        sender=KAREN,
        subject="INV-88141 - short shipped",
        when=at("2026-11-09 10:25", EAST),
        client="outlook",
        text=text,
        html=html,
    )


def q03() -> bytes:
    text = """Hello,

friday my guy pick up the order SO-104240 at the counter. When I enter the receipt in QuickBooks
the ball valves dont match, we have 12 and the order is 10. I copy here:

Item Receipt  -  Northgate Supply  -  11/06/2026  -  Ref SO-104240
Item               Description                    Qty Ord   Qty Recd    Diff
PIP-BI-200-CTL     2" blk steel pipe CTL (ft)         120        120       0
FTG-BI-U-150       1-1/2" blk mall union               12         12       0
VLV-1005-BV        1" brass ball valve thd             10         12      +2

So 2 ball valves extra, we did not pay for them. I can send them back with your driver or
bring to the counter, tell me.

Thank you
Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "q03",
        sender=ROSA,
        subject="pick up friday SO-104240 - 2 valves more",
        when=at("2026-11-09 11:40", CENTRAL),
        client="gmail",
        text=text,
    )


def q04() -> bytes:
    text = f"""Hello,

Please find attached debit memo DM-26-1107 against PO-77830 (ODFL delivery 11/6, Harrison St
job).

Receiving reported:
- 1 circulator pump (PMP-CIRC-015) missing - 4 on the packing list, 3 in the delivery
- 1 check valve, our part KM-88502, cracked flange - damaged in transit, the driver signed
  for it with an exception

We have deducted $328.00 from INV-88133 pending your credit memo. Please reference
DM-26-1107 on the credit.

Regards,
Dana Ruiz
Accounts Payable
{KMC_SIG}
"""
    return mail(
        "q04",
        sender=DANA,
        subject="Debit Memo DM-26-1107 - PO-77830",
        when=at("2026-11-10 09:05", EAST),
        client="outlook",
        text=text,
        files=((pdf_q04_debit_memo(), PDF, "DM-26-1107.pdf"),),
    )


def q05() -> bytes:
    text = """Hi - see Dale's note below on PO-60377. ODFL dropped the tile pallet on Monday 11/2 and it
sat under the canopy until the crew opened it Friday. 4 cartons are soaked through and
falling apart, we've stacked them by the dumpster. Can you credit those 4 cartons? We don't
need them sent back unless you want them.

Megan Ford
Project Coordinator | Summit HVAC Services
(555) 318-7740

From: Dale Hruska <dhruska.summit@gmail.com>
Sent: Friday, November 6, 2026 4:12 PM
To: Megan Ford <mford@summithvac.net>
Subject: tile delivery

Megan,
opened the tile pallet today (PO 60377, the acoustic 2x2). bottom layer wet, 4 cartons soaked
thru, tiles crumbling, thats 64 tiles we cant hang. rest of pallet ok, 36 cartons good.
registers look fine.
we need 4 more cartons for next week

Dale
"""
    return mail(
        "q05",
        sender=MEGAN,
        subject="FW: tile delivery - Lakeshore Medical",
        when=at("2026-11-10 13:20", CENTRAL),
        client="outlook",
        text=text,
    )


def q06() -> bytes:
    text = """Hi, my accountant need copy of the invoices INV-88112 and INV-88165, she dont find them in
the email. Can you send the PDF again please? Also the one for the water heaters in october
(SO-104216).

Everything is ok with the orders, we just need the papers.

Thanks
Javier

Enviado desde mi Galaxy
"""
    return mail(
        "q06",
        sender=JAVIER,
        subject="copia de facturas / invoice copies",
        when=at("2026-11-10 15:05", CENTRAL),
        client="android",
        text=text,
        to="Northgate AR <ar@distributor.example>",
        cc=DESK,
    )


def q07() -> bytes:
    text = """Good morning,

Please see the attached letter about our PO-40962. The tubes are in our yard ready for
pickup.

Marisol Vega
Office Manager
Delgado & Sons Plumbing
(555) 733-1902
"""
    return mail(
        "q07",
        sender=MARISOL,
        subject="Claim - PO 40962 - copper tube",
        when=at("2026-11-11 08:40", CENTRAL),
        client="outlook",
        text=text,
        files=((pdf_q07_claim_letter(), PDF, "Claim letter PO-40962.pdf"),),
    )


def q08() -> bytes:
    rows = [
        ["PO", "Item", "UPC", "Description", "Ordered", "Received", "Diff"],
        ["PO-70231", "HVC-REG-1006-W", "", "10x6 floor register white", "60", "60", "0"],
        [
            "PO-70231",
            "HVC-FLT-1625-M11",
            "061234516251",
            "16x25x1 MERV11 (case/12)",
            "24",
            "24",
            "0",
        ],
        ["PO-70231", "TST-2100-NP", "084512021006", "non-prog thermostat", "10", "8", "-2"],
    ]
    block = "\n".join("\t".join(r) for r in rows)
    text = f"""Morning,

Did the count on Monday's delivery for PO-70231 (Seaview Commons shop). Pasted from our parts
sheet:

{block}

2 thermostats short. The box was still taped up fine so they were probably never packed.
Please ship the 2 or credit them.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
"""
    return mail(
        "q08",
        sender=LUIS,
        subject="PO-70231 count - thermostats",
        when=at("2026-11-11 09:30", CENTRAL),
        client="webmail",
        text=text,
    )


def q09() -> bytes:
    text = f"""Answers below in caps.

Tom

-----Original Message-----
From: Northgate Supply Returns <{DESK}>
Sent: Tuesday, November 10, 2026 3:02 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: Return request - PEX couplings [Ref RQ-58817]

Hi Tom,

Thanks for calling about the PEX couplings. So we can set up the return, please answer:

> 1. Which order or PO number?
PO-77731, SHIPPED 10/16

> 2. Item and quantity you want to return?
FTG-PEX-CPL-050, 1/2" CRIMP COUPLINGS. 4 BAGS (THE BOXES OF 25), SO 100 PCS

> 3. Reason for the return?
ORDERED TOO MANY, NO LONGER NEEDED - THE JOB SWITCHED TO PRESS FITTINGS

> 4. Are they unopened and resaleable?
YES, ALL 4 STILL SEALED

> 5. Will you drop them off or do you need a pickup?
OUR DRIVER WILL DROP THEM AT THE COUNTER THURSDAY

Thanks,
Northgate Supply Returns Desk

Tom Morales
{KMC_SIG}
"""
    return mail(
        "q09",
        sender=TOM,
        subject="RE: Return request - PEX couplings [Ref RQ-58817]",
        when=at("2026-11-11 11:15", EAST),
        client="outlook",
        text=text,
        in_reply_to=desk_id("q09"),
    )


def q10() -> bytes:
    text = """Hi,

Our receiving export for SO-104238 is attached (delivered on your truck 11/5, we finished
checking it yesterday). Two problems:

- Wi-Fi stats TST-7500-PRO: 14 in the delivery, 12 ordered and invoiced. 2 extra - looks
  like one inner carton of 2 got sent twice.
- TST-2100-NP: 4 of the 20 are the wrong thermostat, they're the 2-wire millivolt model, not
  the 24V ones we ordered. We need 4 of the right ones.

The filters matched.

--
Owen Briggs
Purchasing & Warehouse
Summit HVAC Services
"""
    return mail(
        "q10",
        sender=OWEN,
        subject="SO-104238 receipt exceptions",
        when=at("2026-11-12 08:50", CENTRAL),
        client="tbird",
        text=text,
        files=((csv_q10_receipt(), CSV, "receipt_R-11873_exceptions.csv"),),
    )


def q11() -> bytes:
    text = """Hi,

Scan of our concealed damage report attached. One of the three 50 gallon gas heaters from
yesterday's Estes delivery (PO-70288) has the jacket caved in and the gas valve bracket bent,
found when we uncrated it this morning. The crate looked OK from outside so the driver didn't
note anything. It's in the Bayview boiler room - tell us what you need for the freight claim.

Luis
"""
    return mail(
        "q11",
        sender=LUIS,
        subject="Concealed damage - PO-70288 water heater",
        when=at("2026-11-12 14:10", CENTRAL),
        client="webmail",
        text=text,
        files=((scan_q11_concealed_damage(), PNG, "scan_20261112_140322.png"),),
    )


def q12() -> bytes:
    text = """Hi,

Please change our open order SO-104247 (PO-24561) before it goes out:

- 3" check valves VLV-3100-CK: change qty from 3 to 2. The engineer dropped one from the
  design so we no longer need the third one.
- 1-1/2" unions FTG-BI-U-150: change from 20 to 24.

Same ship-to and delivery date. Send me a revised acknowledgment when it's done.

Thanks,
Mike O'Brien
Riverbend Plumbing & Heating
"""
    return mail(
        "q12",
        sender=MIKE,
        subject="Change to PO-24561 / SO-104247 before it ships",
        when=at("2026-11-12 16:00", EAST),
        client="gmail",
        text=text,
        to="Northgate Orders <orders@distributor.example>",
        cc=DESK,
    )


def q13() -> bytes:
    html = outlook_html(
        [
            "Hello,",
            "Two of the Wi-Fi thermostats from PO-77760 are dead out of the box. We tried both on "
            "two different sub-bases with 24 V present: no display, no backlight. Both are back in "
            "their boxes at our shop.",
        ],
        html_table(
            [
                ["UPC", "Description", "PO", "Qty", "Problem"],
                [
                    "084512075004",
                    "7-day programmable Wi-Fi thermostat",
                    "PO-77760",
                    "2",
                    "DOA - no power, defective",
                ],
            ],
            "lllrl",
        ),
        [
            "Please send an RMA so we can return them for replacement or credit.",
            "Ray Dunn\nService Manager\nKeystone Mechanical Contractors\n(555) 410-2231",
        ],
    )
    return mail(
        "q13",
        sender=RAY,
        subject="Warranty - 2 Wi-Fi thermostats DOA (PO-77760)",
        when=at("2026-11-13 08:45", EAST),
        client="outlook",
        html=html,
    )


def q14() -> bytes:
    text = f"""Hi,

Two separate orders and two issues, sorry for putting them in one email:

1) SO-104233 (Penn Ave) - one of the 3/4" PRVs (VLV-0750-PRV) is defective. Installed
   Tuesday, it won't regulate - the outlet pressure just follows the street pressure. Qty 1.

2) SO-104235 (Harrison St) - the 1-1/2" black unions, FTG-BI-U-150: the foreman counted 38,
   not 40. 2 short.

Can you handle both? If you need a separate email for each order let me know.

Alicia Grant
Project Coordinator
{KMC_SIG}
"""
    return mail(
        "q14",
        sender=ALICIA,
        subject="Two issues - SO-104233 and SO-104235",
        when=at("2026-11-13 14:30", EAST),
        client="outlook",
        text=text,
    )


def q15() -> bytes:
    text = """Hi,

The owner at Cedar Ridge switched the air handlers to 4" media, so we no longer need part of
the 16x25x1 MERV 11 filters from SO-104238. We have 36 filters left over - that's 3 full cases
of 12, still shrink-wrapped. Please set up a return for the 3 cases (HVC-FLT-1625-M11). We're
keeping the other 7 cases.

--
Raj Patel
Service Manager
Summit HVAC Services
"""
    return mail(
        "q15",
        sender=RAJ,
        subject="Return - MERV 11 filters SO-104238",
        when=at("2026-11-16 10:05", CENTRAL),
        client="tbird",
        text=text,
    )


def q16() -> bytes:
    text = """Hi,

We reconciled your statement dated 11/13/2026 against our payables and all items agree:

Invoice     Date         PO          Amount      Status
INV-88160   11/09/2026   PO-70231    1,552.60    approved - check run 12/10
INV-88171   11/09/2026   PO-70288    2,194.50    approved - check run 12/10
                                     --------
                                     3,747.10

No disputes from AP on this statement. Any credits for the items Luis reported to your
returns desk will be applied when we receive the credit memos.

Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return mail(
        "q16",
        sender=GRACE,
        subject="Statement 11/13 - reconciled",
        when=at("2026-11-16 11:30", CENTRAL),
        client="outlook",
        text=text,
        to="Northgate AR <ar@distributor.example>",
        cc=DESK,
    )


def q17() -> bytes:
    text = """Hi,

Exception report from our system attached for SO-104243 (R+L, delivered Thursday).
4 of the 1" ball valves came with broken handles and cracked bodies - that box was crushed.
And the PRVs: 2 of the 4 are 1/2" not 3/4". We need 2 of the 3/4" VLV-0750-PRV to replace them.

Thanks
Mike
"""
    return mail(
        "q17",
        sender=MIKE,
        subject="Receiving exceptions SO-104243",
        when=at("2026-11-16 13:20", EAST),
        client="gmail",
        text=text,
        files=((pdf_q17_exception_report(), PDF, "RcvExc_SO-104243.pdf"),),
    )


def q18() -> bytes:
    text = """This is an automated message from Harbor Point Maintenance Connect.
Please do not reply to this address; replies go to maintenance@harborpointpm.com.

Work order:    WO-31877
Type:          Receiving exception
Property:      Bayview Apartments - Shop
Vendor:        Northgate Supply
PO:            PO-70296
Delivered:     11/16/2026 (vendor truck)
Entered by:    S. Whitlock

Exception lines
  Item             Description                  PO qty   Rcvd   Exception
  HVC-REG-1006-W   10x6 floor register, white       40     40   6 DAMAGED - bent faces
  VLV-0075-BV      3/4" ball valve, sweat           12     12   -

Requested action: credit or replace the 6 damaged registers.

Technician note: top carton crushed, 6 registers bent and the damper blades won't move.
Rest OK.

View work order: https://connect.harborpointpm.com/wo/31877
"""
    return mail(
        "q18",
        sender=HPM_WO_BOT,
        subject="[WO-31877] Receiving exception - PO-70296 - Northgate Supply",
        when=at("2026-11-17 07:02", CENTRAL),
        client="system",
        text=text,
        reply_to=LUIS,
        extra=(("X-Mailer", "Maintenance Connect 4.2"),),
    )


def q19() -> bytes:
    text = f"""Hi,

Before I cut a PO for the Liberty School job, can you confirm current pricing?

Item              Qty    Last paid   Invoice
FTG-CU-E90-100    300      2.95      INV-88120
VLV-0750-PRV        8     91.40      INV-88121

If the elbows are above 2.95 now let me know - at 300 pcs I'd expect the same or better. Need
them on site by 12/1.

Hal Jensen
Purchasing Manager
{KMC_SIG}
"""
    return mail(
        "q19",
        sender=HAL,
        subject="Price check before we order - copper 90s and PRVs",
        when=at("2026-11-17 13:15", EAST),
        client="outlook",
        text=text,
        to="Northgate Sales <sales@distributor.example>",
        cc=DESK,
    )


def q20() -> bytes:
    html = outlook_html(
        [
            "Hello,",
            "We are holding payment on two lines of invoice INV-88184 (our PO-60455) until the "
            "items below are resolved:",
        ],
        html_table(
            [
                ["Item", "Description", "Invoiced", "Received", "Issue", "On hold"],
                [
                    "HVC-FLT-1625-M11",
                    "16x25x1 MERV 11 filter, case of 12",
                    "20 cs",
                    "18 cs",
                    "SHORT 2 cases (24 filters)",
                    "$79.00",
                ],
                [
                    "HVC-CND-PUMP",
                    "Condensate pump w/ safety switch",
                    "10",
                    "10",
                    "1 DEFECTIVE - motor hums, won't pump",
                    "$59.80",
                ],
                ["", "", "", "", "Total on hold", "$138.80"],
            ],
            "llrrlr",
        ),
        [
            "Please credit these or let us know how to proceed. Our tech is bringing the pump "
            "back to your counter. The rest of the invoice is approved for payment.",
            "Thank you,\nLinda Chu\nAccounts Payable\nSummit HVAC Services",
        ],
    )
    return mail(
        "q20",
        sender=LINDA,
        subject="INV-88184 - two lines on hold",
        when=at("2026-11-18 10:40", CENTRAL),
        client="owa",
        html=html,
    )


def q21() -> bytes:
    text = f"""Hi,

We went through the statement. Everything ties out except INV-88133, marked below. The
condensate pumps were billed at $64.90 each; our PO-77830 has them at $61.50.
8 pumps x $3.40 = $27.20 overbilled. We'll short-pay INV-88133 by $27.20 - please issue a
credit memo for the difference. (Our debit memo DM-26-1107 on the same invoice is separate.)

Invoice     Date        Your order   Our PO      Amount     Status
INV-88098   10/26/2026  SO-104226    PO-77790    3,429.20   in review - receiving docs
INV-88120   11/02/2026  SO-104233    PO-77812    2,798.50   OK - pay 12/02
INV-88121   11/03/2026  SO-104233    PO-77812    2,080.80   OK - pay 12/03
INV-88133   11/04/2026  SO-104235    PO-77830    2,641.20   DISPUTE - pump price

Regards,
Dana Ruiz
Accounts Payable
{KMC_SIG}

-----Original Message-----
From: Northgate Supply AR <ar@distributor.example>
Sent: Monday, November 16, 2026 7:30 AM
To: ap@keystonemech.com
Subject: Statement of account - Keystone Mechanical - 11/15/2026

Please find your statement of account as of 11/15/2026 below. Open balance: $10,949.70.
Contact us with any questions.
"""
    return mail(
        "q21",
        sender=DANA,
        subject="RE: Statement of account - Keystone Mechanical - 11/15/2026",
        when=at("2026-11-18 14:50", EAST),
        client="outlook",
        text=text,
        to="Northgate Supply AR <ar@distributor.example>",
        cc=DESK,
        in_reply_to=desk_id("q21"),
    )


def q22() -> bytes:
    text = """RIVERBEND PLUMBING & HEATING - ACCOUNTS PAYABLE
Automated 3-way match result

Vendor:      Northgate Supply (V-0147)
Invoice:     INV-88180   dated 11/10/2026
PO:          PO-24530
Receipt:     RCV-20933   (11/12/2026)

Line  Item             Inv qty  PO qty  Rcvd qty  Inv price  PO price  Result
1     VLV-1005-BV           48      48        48      16.20     16.20  MATCH
2     FTG-CU-E90-100       250     250       250       2.90      2.90  MATCH
3     VLV-0750-PRV           4       4         4      92.80     92.80  MATCH

Exceptions: 0 (price 0, quantity 0, short 0, over 0)
Invoice total: 1,873.80
Status: APPROVED - scheduled for payment run 12/10/2026 (net 30)

This message was generated automatically. Do not reply.
"""
    return mail(
        "q22",
        sender=RPH_AP_BOT,
        subject="Invoice INV-88180 matched - approved for payment",
        when=at("2026-11-19 06:15", EAST),
        client="system",
        text=text,
        extra=(("X-Mailer", "APMatch 7"),),
    )


def q23() -> bytes:
    fields = [
        ("Discrepancy", "RD-2026-04471"),
        ("Buyer", "Harbor Point Property Management"),
        ("Supplier", "Northgate Supply"),
        ("Supplier order", "SO-104246"),
        ("Buyer PO", "PO-70296"),
        ("Receipt date", "11/16/2026"),
        ("Reported by", "Bayview Apartments - Shop"),
    ]
    rows = [
        ["Line", "Supplier item", "Description", "Qty received", "Qty affected", "Type"],
        [
            "2",
            "VLV-0075-BV",
            "3/4 in brass ball valve, sweat",
            "12",
            "2",
            "Damaged - bodies cracked",
        ],
    ]
    comment = "Two valves in the bag have cracked bodies, found at install. Please issue credit."
    link = "https://suppliers.procurepoint.example/rd/2026-04471"
    head = "\n".join(f"{k + ':':<17}{v}" for k, v in fields)
    table = "\n".join(f"{r[0]:<6}{r[1]:<15}{r[2]:<32}{r[3]:>12}{r[4]:>14}  {r[5]}" for r in rows)
    text = f"""ProcurePoint - supplier notification

Harbor Point Property Management has recorded a receipt discrepancy against your order.

{head}

{table}

Buyer comment: {comment}

Respond to this discrepancy in the ProcurePoint supplier portal:
{link}

You receive this email because Northgate Supply is a connected supplier of Harbor Point
Property Management. Manage notifications in the supplier portal.
"""
    html_rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in fields)
    html = (
        '<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<div style="background:#0B5394;color:#fff;padding:8px"><b>ProcurePoint</b> - supplier notification</div>\n'
        "<p>Harbor Point Property Management has recorded a receipt discrepancy against your order.</p>\n"
        f"<table>{html_rows}</table>\n"
        + html_table(rows, "llllrl")
        + f"<p><b>Buyer comment:</b> {comment}</p>\n"
        f'<p><a href="{link}">Respond in the supplier portal</a></p>\n'
        '<p style="color:#888;font-size:11px">You receive this email because Northgate Supply is a '
        "connected supplier of Harbor Point Property Management.</p>\n</body></html>\n"
    )
    return mail(
        "q23",
        sender=PROCURE_BOT,
        subject="Receipt discrepancy RD-2026-04471 - Harbor Point Property Management",
        when=at("2026-11-20 09:12", CENTRAL),
        client="system",
        text=text,
        html=html,
        extra=(("X-Mailer", "ProcurePoint Notify"), ("List-Unsubscribe", f"<{link}/unsubscribe>")),
    )


def q24() -> bytes:
    text = """Hi, forwarding from our foreman. SO-104243 - we're missing one box of the 1" copper 90s,
25 pcs. Can you send them out or credit us?

Thanks,
Jen

Jen Park | Project Coordinator
Riverbend Plumbing & Heating

From: Sal Benedetto <sbenedetto@riverbendph.com>
Sent: Thursday, November 19, 2026 6:48 PM
To: Jen Park <jpark@riverbendph.com>
Subject: elbows short

Jen - pulled the 1" copper ells for the risers today. Packing slip says 250, that's 10 boxes of
25. Only 9 boxes on the rack, checked the truck and the gang box, they're not there. So 25
short. The ball valves and PRVs are the ones Mike already reported, don't mix them up.

Sal
"""
    return mail(
        "q24",
        sender=JEN,
        subject="FW: elbows short - Birch Lane",
        when=at("2026-11-20 11:45", EAST),
        client="outlook",
        text=text,
    )


def q25() -> bytes:
    text = """KEYSTONE MECHANICAL CONTRACTORS - ACCOUNTS PAYABLE
Vendor dispute reminder (sent automatically every 5 days while a dispute is open)

Vendor:         Northgate Supply
Dispute:        D-2611-018 (opened 11/18/2026 by D. Ruiz)
Invoice:        INV-88133 (11/04/2026)
PO:             PO-77830
Type:           Price variance

Item            Qty   Invoiced   PO price   Variance/unit   Total variance
HVC-CND-PUMP      8      64.90      61.50            3.40            27.20

Status: OPEN - waiting for vendor credit memo
Short payment of 27.20 applied to INV-88133 in payment run 11/20/2026.

Please send the credit memo to ap@keystonemech.com quoting D-2611-018.
This is an automated message.
"""
    return mail(
        "q25",
        sender=KMC_AP_BOT,
        subject="Open dispute reminder - Northgate Supply - INV-88133",
        when=at("2026-11-23 06:00", EAST),
        client="system",
        text=text,
        reply_to=DANA,
        extra=(("X-Mailer", "Viewpoint Vista AP"),),
    )


def q26() -> bytes:
    text = """hi, attached the warranty form for the PRV from SO-104231. not holding the pressure, we
change it already. 1 pc. what you need more?

thanks
Javier

Enviado desde mi Galaxy
"""
    return mail(
        "q26",
        sender=JAVIER,
        subject="garantia valvula PRV",
        when=at("2026-11-23 08:20", CENTRAL),
        client="android",
        text=text,
        files=((scan_q26_warranty_form(), PNG, "Scan_0043.png"),),
    )


def q27() -> bytes:
    text = """Hi,

We received credit memo CM-40815 for $190.00 for the 4 cartons of ceiling tile that were
ruined on PO-60377 and applied it to INV-88109. You can close this one out on your end,
nothing else is needed from us.

Thanks,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return mail(
        "q27",
        sender=LINDA,
        subject="CM-40815 received - please close",
        when=at("2026-11-24 09:10", CENTRAL),
        client="owa",
        text=text,
    )


def q28() -> bytes:
    text = """Good morning,

Please see the attached letter regarding our PO-24415.

Greg Halvorsen
Purchasing Manager
Riverbend Plumbing & Heating
(555) 260-4418
"""
    return mail(
        "q28",
        sender=GREG,
        subject="PO-24415 - RPZ assembly and check valves",
        when=at("2026-11-24 10:30", EAST),
        client="outlook",
        text=text,
        files=((pdf_q28_claim_letter(), PDF, "Riverbend_claim_PO-24415.pdf"),),
    )


def q29() -> bytes:
    text = """Hi,

Receipt exceptions for our PO-60502 attached. In short: one of the Wi-Fi thermostats is
defective (won't keep its Wi-Fi settings, resets every few hours) and we got 2 more cases of
the 16x25x1 MERV 11 filters than we ordered.

Let me know where to send them.

--
Owen Briggs
Purchasing & Warehouse
Summit HVAC Services
"""
    return mail(
        "q29",
        sender=OWEN,
        subject="PO-60502 - receipt exceptions",
        when=at("2026-11-24 13:30", CENTRAL),
        client="tbird",
        text=text,
        files=((xlsx_q29_exceptions(), XLSX, "PO-60502 exceptions.xlsx"),),
    )


def q30() -> bytes:
    text = f"""Hi,

We're sharing the Birch Lane Townhomes job with Riverbend Plumbing; they bought the PRVs on
their order SO-104243 and we're installing them on our half. One of the 3/4" PRVs
(VLV-0750-PRV) is defective - the diaphragm leaks out of the bonnet vent as soon as it's
pressurized. 1 pc.

Riverbend said to contact you directly since our crew has the valve. Can you credit it or
swap it?

Alicia Grant
Project Coordinator
{KMC_SIG}
"""
    return mail(
        "q30",
        sender=ALICIA,
        subject="Defective PRV - Birch Lane (SO-104243)",
        when=at("2026-11-25 09:00", EAST),
        client="outlook",
        text=text,
    )


def q31() -> bytes:
    intro = [
        "Hello,",
        "Our AP match flagged INV-88160 (PO-70231). The 10x6 white floor registers were billed "
        "at $5.60 each; the price we have on file is $5.20 from your 2026 price agreement.",
    ]
    rows = [
        ["Item", "Qty", "Invoiced", "Our price", "Difference", "Extended"],
        ["HVC-REG-1006-W", "60", "5.60", "5.20", "0.40", "24.00"],
    ]
    outro = [
        "Please issue a credit of $24.00, or send us the updated price sheet if the price changed.",
        "Pam Ochoa\nAP Clerk\nHarbor Point Property Management",
    ]
    plain = "\n".join(f"{r[0]:<17}{r[1]:>4}{r[2]:>10}{r[3]:>11}{r[4]:>12}{r[5]:>10}" for r in rows)
    text = "\n\n".join(intro) + "\n\n" + plain + "\n\n" + "\n\n".join(outro) + "\n"
    return mail(
        "q31",
        sender=PAM,
        subject="Price discrepancy INV-88160 - floor registers",
        when=at("2026-11-25 10:15", CENTRAL),
        client="outlook",
        text=text,
        html=outlook_html(intro, html_table(rows, "lrrrrr"), outro),
    )


def q32() -> bytes:
    text = """Hello,

We have 1 electric water heater 40 gal (WH-40G-EL) from the order SO-104216 in october, the
customer change to gas so we dont need it anymore. It is new in the box, never installed.
Can we return it for credit?

Thank you
Rosa Delgado
Delgado & Sons Plumbing
"""
    return mail(
        "q32",
        sender=ROSA,
        subject="return calentador SO-104216",
        when=at("2026-11-25 14:00", CENTRAL),
        client="gmail",
        text=text,
    )


def q33() -> bytes:
    text = f"""Hi,

Scanned warranty claim attached for a circulator pump that seized at the Walnut St building
(from PO-76115, last October). The tech pulled it Friday. Please process it under warranty.

Tom Morales
{KMC_SIG}
"""
    return mail(
        "q33",
        sender=TOM,
        subject="Warranty claim WC-26-0107 - circulator pump",
        when=at("2026-11-30 08:30", EAST),
        client="outlook",
        text=text,
        files=((scan_q33_warranty_claim(), PNG, "WC-26-0107.png"),),
    )


def q34() -> bytes:
    text = """Hi, from the order SO-104240 we have 30 feet of the 2" black pipe left, the job is finish.
we dont need it, can you take it back and give credit? is clean, no threads.

Javier
Delgado & Sons

Enviado desde mi Galaxy
"""
    return mail(
        "q34",
        sender=JAVIER,
        subject="pipe left over SO-104240",
        when=at("2026-11-30 10:10", CENTRAL),
        client="android",
        text=text,
    )


def q35() -> bytes:
    text = """Hi,

We closed out the Mill Creek job and have leftovers from SO-104214 (PO-24388) that we no
longer need. All unused:

  Item           Description                        Qty to return
  FTG-BI-U-150   1-1/2" black malleable union                  30
  VLV-3100-CK    3" swing check valve, flanged                  1

Please send an RMA and let me know when the driver can pick them up. I know there's a 10%
restocking fee.

Thanks,
Karen

Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return mail(
        "q35",
        sender=KAREN,
        subject="Return for credit - leftovers from SO-104214",
        when=at("2026-11-30 13:40", EAST),
        client="outlook",
        text=text,
    )


def q36() -> bytes:
    text = f"""Hello,

Debit memo DM-26-1142 attached for INV-88098. The 1" type L copper (our part KM-20100) was
invoiced at $76.40 per length against $71.80 on our PO-77790: 30 lengths x $4.60 = $138.00.
We have short-paid INV-88098 by $138.00; please send a credit memo referencing DM-26-1142.

Regards,
Dana Ruiz
Accounts Payable
{KMC_SIG}
"""
    return mail(
        "q36",
        sender=DANA,
        subject="Debit Memo DM-26-1142 - INV-88098 price variance",
        when=at("2026-12-01 09:20", EAST),
        client="outlook",
        text=text,
        files=((pdf_q36_debit_memo(), PDF, "DM-26-1142.pdf"),),
    )


def q37() -> bytes:
    text = """Hi,

The crew finally opened the last box of floor registers from PO-60377 (delivered 11/2) at
Lakeshore Medical this week. 10 of them are 10x4, not 10x6 - wrong size, they don't fit the
boots. We need 10 of the 10x6 white (HVC-REG-1006-W) and you can have the 10x4s back.

Megan Ford
Project Coordinator | Summit HVAC Services
(555) 318-7740
"""
    return mail(
        "q37",
        sender=MEGAN,
        subject="Wrong registers - PO-60377",
        when=at("2026-12-03 11:05", CENTRAL),
        client="outlook",
        text=text,
    )


def q38() -> bytes:
    form = {
        "order_number": "SO-104230",
        "lines": [{"sku": "VLV-0075-BV", "quantity": 5, "reason": "OVERSHIPPED"}],
        "note": 'Accounting found 35 of the 3/4" ball valves on our receiving record against 30 '
        "ordered and invoiced. The 5 extra are in the bin at the shop - please arrange a pickup.",
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def q39() -> bytes:
    text = """REMITTANCE ADVICE

Payer:    Keystone Mechanical Contractors, 1450 Mill Race Rd, Harrisburg PA 17104
Payee:    Northgate Supply
Payment:  ACH trace 031100200004471     Date: 11/20/2026     Amount: 4,735.80

Invoice    Inv date         Gross   Deduction  Ref            Net paid
INV-88080  10/14/2026      939.00        0.00                   939.00
INV-88090  10/22/2026    1,510.80        0.00                 1,510.80
INV-88133  11/04/2026    2,641.20     -328.00  DM-26-1107
                                       -27.20  D-2611-018     2,286.00
                                                            ----------
                                                              4,735.80

Deductions as previously sent by debit memo / dispute notice.
Questions: ap@keystonemech.com  (555) 410-2200
"""
    return text.encode("utf-8")


def q40() -> bytes:
    text = """RECEIVING EXPORT   10/22/2026 15:22
PO: PO-77760    VENDOR: NORTHGATE SUPPLY    SHIP VIA: OUR TRUCK (VENDOR)

LINE  ITEM               DESCRIPTION                     ORD   RCVD   VAR
1     TST-7500-PRO       7-DAY PROG WIFI THERMOSTAT        8      8     0
2     HVC-FLT-1625-M11   FILTER 16X25X1 M11  CS/12        12     10    -2   SHORT 2 CS

RECEIVED BY: GA    CHECKED BY: PN
"""
    return text.encode("utf-8")


NAMES = {
    "q01": "q01-keystone-receiving-discrepancy-xlsx.eml",
    "q02": "q02-riverbend-html-table-invoice.eml",
    "q03": "q03-delgado-pasted-item-receipt.eml",
    "q04": "q04-keystone-debit-memo-pdf.eml",
    "q05": "q05-summit-forwarded-foreman-tiles.eml",
    "q06": "q06-delgado-invoice-copies.eml",
    "q07": "q07-delgado-claim-letter-pdf.eml",
    "q08": "q08-harbor-pasted-count-tabs.eml",
    "q09": "q09-keystone-inline-answers.eml",
    "q10": "q10-summit-receipt-export-csv.eml",
    "q11": "q11-harbor-concealed-damage-scan.eml",
    "q12": "q12-riverbend-po-change-request.eml",
    "q13": "q13-keystone-html-only-warranty-table.eml",
    "q14": "q14-keystone-two-orders-one-mail.eml",
    "q15": "q15-summit-filters-cases-vs-eaches.eml",
    "q16": "q16-harbor-statement-reconciled.eml",
    "q17": "q17-riverbend-exception-report-pdf.eml",
    "q18": "q18-harbor-work-order-notification.eml",
    "q19": "q19-keystone-price-check.eml",
    "q20": "q20-summit-html-only-ap-table.eml",
    "q21": "q21-keystone-statement-one-dispute.eml",
    "q22": "q22-riverbend-match-notification.eml",
    "q23": "q23-procurement-portal-discrepancy.eml",
    "q24": "q24-riverbend-forwarded-foreman-elbows.eml",
    "q25": "q25-keystone-ap-dispute-reminder.eml",
    "q26": "q26-delgado-warranty-form-scan.eml",
    "q27": "q27-summit-credit-received-close.eml",
    "q28": "q28-riverbend-claim-letter-pdf.eml",
    "q29": "q29-summit-exceptions-xlsx-unknown-po.eml",
    "q30": "q30-keystone-on-riverbend-order.eml",
    "q31": "q31-harbor-price-check-no-variance.eml",
    "q32": "q32-delgado-heater-return-late.eml",
    "q33": "q33-keystone-warranty-claim-scan.eml",
    "q34": "q34-delgado-cut-pipe-leftover.eml",
    "q35": "q35-riverbend-job-leftovers.eml",
    "q36": "q36-keystone-debit-memo-copper.eml",
    "q37": "q37-summit-wrong-registers-late.eml",
    "q38": "q38-portal-ball-valves-extra.json",
    "q39": "q39-upload-remittance-advice.txt",
    "q40": "q40-upload-receiving-export-po-only.txt",
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
