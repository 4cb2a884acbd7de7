"""Write every request file of heldout50 (one month of the shared returns mailbox).

    .venv/bin/python sample_docs/heldout50/make_attachments.py [OUT_DIR]

OUT_DIR defaults to requests/ beside this file. It writes 37 emails (.eml), one portal form
(.json) and two text uploads (.txt). Emails are put together with the standard library's email
package, in the shapes of the clients that sent them (Outlook with an HTML part, Gmail with an
HTML part, iPhone, Apple Mail, Thunderbird, a plain webmail). The attachments are made here:

- two text PDFs (fpdf2, core Helvetica): a contractor's service report and a warranty claim form;
- one grey scan of a receiving report filled in by pen (PNG) and one phone photo of a
  handwritten note (JPEG), both drawn with Pillow and numpy.

Nothing depends on the clock or on unseeded randomness: noise comes from numpy generators seeded
with a SHA-256 of the picture's name, the PDFs carry a fixed creation date, and Message-IDs and
MIME boundaries are hashes of the request key. Fonts: DejaVu and Liberation TrueType from
/usr/share/fonts/truetype.
"""

import datetime as dt
import hashlib
import html
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

US = "Ridgeline Supply Co."
DESK = "returns@distributor.example"
DESK_TO = f"Ridgeline Returns <{DESK}>"
KEVIN = "Kevin Marsh <kmarsh@distributor.example>"

KEYSTONE, RIVERBEND, SUMMIT = "keystonemech.com", "riverbendph.com", "summithvac.net"
HARBOR, DELGADO, DSONS = "harborpointpm.com", "delgadoplumbing.com", "delgadosons.com"

TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
MARCUS = "Marcus Bell <mbell@keystonemech.com>"
ALICIA = "Alicia Romero <aromero@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
LUCA = "Luca Ferri <lferri@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
OLEK = "Oleksandr Kovalenko <okovalenko@summithvac.net>"
TYLER = "Tyler Banks <tbanks@summithvac.net>"
JORGE = "Jorge Mendes <jmendes@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
RENEE = "Renee Coleman <rcoleman@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
HECTOR = "Hector Delgado <hector@delgadosons.com>"
MANNY = "Manny Ortiz <mannyortiz.plumbing@gmail.com>"

PDF = ("application", "pdf")
PNG = ("image", "png")
JPEG = ("image", "jpeg")


# ---------------------------------------------------------------- stable numbers and dates


def sha(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def rng(name: str) -> np.random.Generator:
    return np.random.default_rng(int(sha("noise", name, n=14), 16))


def at(stamp: str, hours: int) -> dt.datetime:
    """'YYYY-MM-DD HH:MM:SS' at UTC+hours."""
    zone = dt.timezone(dt.timedelta(hours=hours))
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)


# ---------------------------------------------------------------- mail

CLIENTS = {
    "outlook": (
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-Language", "en-US"),
    ),
    "gmail": (),
    "iphone": (("X-Mailer", "iPhone Mail (22B91)"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "tbird": (("User-Agent", "Mozilla Thunderbird 128.5.0"),),
    "webmail": (("User-Agent", "Roundcube Webmail/1.6.9"),),
}


def message_id(key: str, client: str, domain: str) -> str:
    core = sha("mid", key, n=40)
    if client == "outlook":
        up = core.upper()
        return f"<{up[:6]}PR0{up[6:8]}MB{up[8:12]}{up[12:32]}@{up[32:40]}.namprd0{int(core[0], 16) % 9 + 1}.prod.outlook.com>"
    if client == "gmail":
        return f"<CAJ{core[:10]}{core[10:22].upper()}+{core[22:36]}@mail.gmail.com>"
    if client in ("iphone", "apple"):
        up = core.upper()
        return f"<{up[:8]}-{up[8:12]}-{up[12:16]}-{up[16:20]}-{up[20:32]}@{domain}>"
    if client == "tbird":
        return f"<{core[:8]}-{core[8:12]}-{core[12:16]}-{core[16:20]}-{core[20:32]}@{domain}>"
    return f"<{core[:32]}@{domain}>"


def boundary(key: str, client: str, number: int) -> str:
    core = sha("boundary", key, str(number), n=30)
    if client == "outlook":
        return f"_{number:03d}_{core[:20].upper()}namp_"
    if client == "gmail":
        return f"0000000000{core[:16]}"
    if client in ("iphone", "apple"):
        return f"Apple-Mail-{core[:8].upper()}-{core[8:12].upper()}-{core[12:16].upper()}-{core[16:28].upper()}"
    return f"------------{core[:24]}"


def outlook_html(text: str, tables: dict[str, str] | None = None) -> str:
    """Outlook's HTML half: one MsoNormal paragraph per line; a line '[[name]]' is a table."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        name = line.strip()[2:-2] if line.strip().startswith("[[") else None
        if tables and name in tables:
            out.append(tables[name])
            continue
        out.append(f'<p class="MsoNormal">{html.escape(line) or "&nbsp;"}<o:p></o:p></p>')
    body = "\n".join(out)
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        'p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        "table.grid td {border:solid #A6A6A6 1.0pt; padding:0in 5.4pt 0in 5.4pt;}\n"
        "--></style>\n</head>\n"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n'
    )


def html_table(rows: list[list[str]]) -> str:
    cells = []
    for r, row in enumerate(rows):
        tds = []
        for value in row:
            inner = html.escape(value) or "&nbsp;"
            if r == 0:
                inner = f"<b>{inner}</b>"
            tds.append(f'<td valign="top"><p class="MsoNormal">{inner}<o:p></o:p></p></td>')
        cells.append("<tr>" + "".join(tds) + "</tr>")
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse">\n' + "\n".join(cells) + "\n</table>"
    )


def text_table(rows: list[list[str]]) -> str:
    """How Outlook's plain-text half shows a table: one row a line, cells split by tabs."""
    return "\n".join("\t".join(row) for row in rows)


def gmail_html(text: str) -> str:
    """Gmail's HTML half: the new text in a div, quoted lines ('>') in a gmail_quote block."""
    mine, quoted = [], []
    for line in text.rstrip("\n").split("\n"):
        (quoted if quoted or line.startswith(">") else mine).append(line)
    esc = [html.escape(line) for line in mine]
    out = '<div dir="ltr">' + "<br>".join(esc) + "</div>"
    if quoted:
        q = [html.escape(line.lstrip(">").lstrip(" ")) for line in quoted]
        out += (
            '<br><div class="gmail_quote gmail_quote_container"><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + "<br>".join(q) + "</blockquote></div>"
        )
    return out + "\n"


def email(
    key: str,
    *,
    sender: str,
    subject: str,
    sent: dt.datetime,
    body: str,
    client: str,
    domain: str,
    files: tuple = (),
    to: str = DESK_TO,
    cc: str | None = None,
    reply_to_id: str | None = None,
    references: str | None = None,
    html_part: str | None = None,
    thread_topic: str | None = None,
) -> bytes:
    """One RFC 822 message. files: (bytes, (maintype, subtype), filename[, disposition])."""
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    if client == "outlook":
        msg["Thread-Topic"] = thread_topic or subject.split(": ")[-1]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id(key, client, domain)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = references or reply_to_id
    for name, value in CLIENTS[client]:
        if name == "X-MS-Has-Attach":
            value = "yes" if files else ""
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    msg.set_content(body)
    if client == "outlook":
        msg.add_alternative(html_part or outlook_html(body), subtype="html")
    elif client == "gmail":
        msg.add_alternative(html_part or gmail_html(body), subtype="html")
    for item in files:
        data, (main, sub), filename = item[:3]
        how = item[3] if len(item) > 3 else "attachment"
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename, disposition=how)
    for number, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(key, client, number))
    buf = io.BytesIO()
    BytesGenerator(
        buf, policy=policy.default.clone(linesep="\r\n" if client == "outlook" else "\n")
    ).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF


class Doc(FPDF):
    """fpdf2 on Letter paper with a pinned creation date."""

    def __init__(self, made: dt.datetime, footer: str = "") -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(made)
        self.set_producer("")
        self.set_author("")
        self.foot = footer
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=18)

    def footer(self) -> None:
        if self.foot:
            self.set_y(-13)
            self.set_font("Helvetica", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.foot, align="C")
            self.set_text_color(0, 0, 0)

    def heading(self, issuer: str, title: str, small: str = "") -> None:
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7.5, issuer, new_x="LMARGIN", new_y="NEXT")
        if small:
            self.set_font("Helvetica", "", 8.5)
            self.cell(0, 4.5, small, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(70, 70, 70)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def pairs(self, items: list[tuple[str, str]], width: float = 42, size: float = 9.5) -> None:
        for label, value in items:
            self.set_font("Helvetica", "B", size)
            self.cell(width, 6, label)
            self.set_font("Helvetica", "", size)
            self.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")

    def grid(self, widths: list[float], rows: list[list[str]], size: float = 9) -> None:
        for r, row in enumerate(rows):
            self.set_font("Helvetica", "B" if r == 0 else "", size)
            self.set_fill_color(228, 228, 228)
            for width, text in zip(widths, row, strict=True):
                if self.get_string_width(text) > width - 1.5:
                    raise ValueError(f"cell too narrow ({width} mm): {text!r}")
                self.cell(width, 6.6, text, border=1, fill=r == 0)
            self.ln(6.6)

    def para(self, text: str, size: float = 9.5, style: str = "") -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")

    def tick(self, ticked: bool, label: str) -> None:
        x, y = self.get_x(), self.get_y()
        self.rect(x, y + 1.2, 3.6, 3.6)
        if ticked:
            self.set_font("Helvetica", "B", 10)
            self.text(x + 0.6, y + 4.4, "X")
        self.set_x(x + 5.2)
        self.set_font("Helvetica", "", 9.5)
        self.cell(self.get_string_width(label) + 7, 6, label)

    def data(self) -> bytes:
        return bytes(self.output())


# ---------------------------------------------------------------- pictures

BLUE = (28, 44, 140)
INK = (22, 22, 26)


def face(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


def printed(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    size: int = 26,
    name: str = "LiberationSans-Regular",
    fill=INK,
) -> None:
    if img.mode == "L" and isinstance(fill, tuple):
        fill = fill[0]
    ImageDraw.Draw(img).text(xy, text, font=face(name, size), fill=fill)


def handwrite(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    g: np.random.Generator,
    size: int = 38,
    fill=BLUE,
    name: str = "LiberationSans-Italic",
    turn: float = 1.5,
) -> int:
    """A stand-in for pen writing: each word on its own, a little turned and lifted."""
    x, y = xy
    letters = face(name, size)
    mode = "LA" if img.mode == "L" else "RGBA"
    for word in text.split():
        _, _, w, h = letters.getbbox(word)
        tile = Image.new(mode, (w + 14, h + 16), (0, 0) if mode == "LA" else (0, 0, 0, 0))
        colour = (fill if isinstance(fill, int) else fill[0], 240) if mode == "LA" else (*fill, 240)
        ImageDraw.Draw(tile).text((7, 6), word, font=letters, fill=colour)
        tile = tile.rotate(float(g.uniform(-turn, turn)), resample=Image.BICUBIC, expand=True)
        img.paste(tile, (x, y + int(g.integers(-3, 4))), tile)
        x += w + int(size * 0.38) + int(g.integers(0, 4))
    return x


def scan_receiving_report() -> bytes:
    """m15: Harbor Point's printed receiving report, filled in by pen, scanned in grey."""
    g = rng("m15-scan")
    W, H = 1240, 1500
    page = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(page)
    printed(page, (90, 80), "HARBOR POINT PROPERTY MANAGEMENT", 40, "LiberationSans-Bold")
    printed(page, (90, 135), "Maintenance Shop  -  Receiving Report", 30)
    d.line([(90, 185), (W - 90, 185)], fill=40, width=3)
    rows = [
        ("Vendor:", "Ridgeline Supply Co."),
        ("PO number:", "PO-70296"),
        ("Date received:", ""),
        ("Received by:", ""),
        ("Carrier / truck:", "vendor truck"),
    ]
    y = 215
    for label, value in rows:
        printed(page, (90, y), label, 28, "LiberationSans-Bold")
        d.line([(330, y + 34), (800, y + 34)], fill=90, width=2)
        if value:
            printed(page, (340, y), value, 28)
        y += 52
    handwrite(page, (345, 215 + 2 * 52 - 6), "11/16/26", g, 34, 45)
    handwrite(page, (345, 215 + 3 * 52 - 6), "L. Ortega", g, 34, 45)
    # the table
    cols = [90, 330, 660, 800, 940, W - 90]
    top, rh = 520, 70
    heads = ["Item #", "Description", "Qty ord.", "Qty rec.", "Condition / notes"]
    for r in range(5):
        d.line([(cols[0], top + r * rh), (cols[-1], top + r * rh)], fill=60, width=2)
    for c in cols:
        d.line([(c, top), (c, top + 4 * rh)], fill=60, width=2)
    for c, head in enumerate(heads):
        printed(page, (cols[c] + 10, top + 20), head, 24, "LiberationSans-Bold")
    lines = [
        ("HVC-REG-1006-W", "10x6 floor register", "40"),
        ("VLV-0075-BV", '3/4" ball valve swt', "12"),
    ]
    for r, (item, desc, qty) in enumerate(lines, start=1):
        printed(page, (cols[0] + 10, top + r * rh + 20), item, 24)
        printed(page, (cols[1] + 10, top + r * rh + 20), desc, 24)
        printed(page, (cols[2] + 30, top + r * rh + 20), qty, 26)
    handwrite(page, (cols[3] + 28, top + rh + 12), "36", g, 40, 45)
    handwrite(page, (cols[4] + 10, top + rh + 14), "4 SHORT", g, 36, 45)
    handwrite(page, (cols[3] + 28, top + 2 * rh + 12), "12", g, 40, 45)
    handwrite(page, (cols[4] + 10, top + 2 * rh + 14), "2 leak thru", g, 34, 45)
    printed(page, (90, 860), "Notes:", 28, "LiberationSans-Bold")
    for k in range(4):
        d.line([(200, 895 + k * 62), (W - 90, 895 + k * 62)], fill=120, width=2)
    handwrite(page, (215, 845), "Only 36 registers in the cartons, slip says 40.", g, 36, 45)
    handwrite(page, (215, 907), "2 of the ball valves leak thru when closed,", g, 36, 45)
    handwrite(page, (215, 969), "bench tested before install - DEFECTIVE.", g, 36, 45)
    printed(page, (90, 1240), "Supervisor sign-off: ____________________", 26)
    handwrite(page, (420, 1222), "LO", g, 40, 45)
    printed(
        page,
        (90, 1380),
        "Form HP-MS-04 rev. 2  -  keep white copy, yellow copy to payables",
        20,
        fill=90,
    )
    # scanner: a hair of tilt, soft edges, sparse grey specks
    page = page.rotate(-0.45, resample=Image.BICUBIC, fillcolor=250)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page).astype(np.int16)
    specks = g.random(arr.shape) < 0.0015
    arr[specks] = np.minimum(arr[specks], 150)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "L").quantize(16).save(out, format="PNG", optimize=True)
    return out.getvalue()


def photo_note() -> bytes:
    """m35: a phone photo of a tech's handwritten note on a lined pad, lying on a desk."""
    g = rng("m35-photo")
    W, H = 820, 1020
    paper = Image.new("RGB", (720, 900), (246, 241, 214))
    d = ImageDraw.Draw(paper)
    for k in range(13):
        d.line([(0, 130 + k * 64), (720, 130 + k * 64)], fill=(196, 212, 230), width=2)
    d.line([(70, 0), (70, 900)], fill=(226, 168, 168), width=2)
    lines = [
        "Raj -",
        "PO-60455",
        "3 x TST-2100-NP",
        "blank display, 24V ok",
        "at R and C",
        "DEFECTIVE - need 3 new",
        "",
        "- Tyler 12/1",
    ]
    for k, text in enumerate(lines):
        if text:
            handwrite(paper, (92, 130 + k * 64 - 60), text, g, 44, BLUE, turn=1.4)
    desk = (168, 152, 128)
    paper = paper.rotate(1.3, resample=Image.BICUBIC, expand=True, fillcolor=desk)
    photo = Image.new("RGB", (W, H), desk)
    photo.paste(paper, ((W - paper.width) // 2, (H - paper.height) // 2 + 10))
    arr = np.asarray(photo).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.06 - 0.22 * ((xx / W - 0.3) ** 2 + (yy / H - 0.25) ** 2)
    arr = arr * light[..., None] + g.normal(0, 3.0, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=68, optimize=True)
    return out.getvalue()


def pdf_service_report() -> bytes:
    """m20: Riverbend's own service report on the check valve."""
    doc = Doc(at("2026-11-19 14:40:00", -5), "Riverbend Plumbing & Heating - service report")
    doc.add_page()
    doc.heading(
        "Riverbend Plumbing & Heating", "SERVICE REPORT  SR-2211", "Commercial service department"
    )
    doc.pairs(
        [
            ("Date of visit:", "11/18/2026"),
            ("Site:", "Sewickley booster pump station"),
            ("Technician:", "Luca Ferri"),
            ("Supplier order:", "SO-104214 (Ridgeline Supply)"),
        ]
    )
    doc.ln(3)
    doc.para(
        "Complaint: pump cycling, pressure drops back through the pump when it stops.", style="B"
    )
    doc.ln(1)
    doc.para(
        'Found the 3" swing check valve on the discharge side stuck open. Clapper does not '
        "seat, hinge pin binding. Cleaned and re-tested twice, valve still does not close. "
        "Removed the valve, installed the spare from stock."
    )
    doc.ln(3)
    doc.grid(
        [40, 70, 16, 48],
        [
            ["Part", "Description", "Qty", "Result"],
            ["VLV-3100-CK", '3" cast iron swing check, flanged', "1", "FAILED - stuck open"],
            ["(stock)", '3" swing check, spare', "1", "installed, OK"],
            ["-", 'flange gaskets 3"', "2", "replaced"],
        ],
    )
    doc.ln(4)
    doc.para("Recommendation: return failed valve to supplier for warranty.")
    doc.ln(6)
    doc.pairs([("Technician signature:", "L. Ferri"), ("Customer signature:", "on file")], 48)
    return doc.data()


def pdf_warranty_claim() -> bytes:
    """m36: Delgado's own warranty claim form for the leaking heater."""
    doc = Doc(at("2026-12-03 08:10:00", -6), "Delgado & Sons Plumbing  |  warranty claim")
    doc.add_page()
    doc.heading("Delgado & Sons Plumbing", "WARRANTY CLAIM", "rosa@delgadoplumbing.com")
    doc.pairs(
        [
            ("Claim date:", "12/02/2026"),
            ("Supplier:", US),
            ("Supplier order #:", "SO-104216"),
            ("Our PO #:", "PO-40917"),
            ("Job / site:", "Castillo residence, utility room"),
        ]
    )
    doc.ln(3)
    doc.grid(
        [44, 74, 14, 42],
        [
            ["Model / SKU", "Description", "Qty", "Serial"],
            ["WH-40G-EL", "40 gal electric heater 4500W", "1", "EL40-2609-118274"],
        ],
    )
    doc.ln(4)
    doc.set_font("Helvetica", "B", 9.5)
    doc.cell(0, 6, "Type of claim:", new_x="LMARGIN", new_y="NEXT")
    doc.tick(True, "Warranty / defective")
    doc.tick(False, "Freight damage")
    doc.tick(False, "Return for credit")
    doc.ln(8)
    doc.pairs([("Date installed:", "10/09/2026"), ("Date failed:", "12/01/2026")])
    doc.ln(2)
    doc.para(
        "Problem: tank leaking at the bottom seam, water on the floor under the heater. "
        "Elements and thermostats test OK. Unit drained and removed, replaced with a new "
        "heater bought at the counter on 12/02."
    )
    doc.ln(2)
    doc.para("Old heater is at our shop for pickup or inspection.")
    doc.ln(6)
    doc.pairs([("Submitted by:", "Rosa Delgado")])
    return doc.data()


# ---------------------------------------------------------------- signatures

TOM_SIG = """Tom Morales
Field Operations Manager
Keystone Mechanical Contractors
c. 215-555-0148"""

KEYSTONE_NOTE = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the
intended recipient(s) and may contain confidential information of Keystone Mechanical
Contractors."""

DANA_SIG = """Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
ap@keystonemech.com"""

LUIS_SIG = """Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
Office: 555-0177 | Shop: 555-0178"""


# ---------------------------------------------------------------- November, week 1 (9-13)


def m01() -> bytes:
    body = f"""Morning,

Went through both deliveries for SO-104233 (our PO-77812) at the Linden Street job on Saturday.
Mostly good but a few problems:

Estes truck (PRVs and pex):
- two of the 6 pex coils got crushed, looks like a forklift tine went right thru the
  cartons. Tubing is kinked in a bunch of spots, we can't use it.
- 1 PRV (our part KM-88340) has the bell housing cracked. Box was caved in on that corner.

R+L truck:
- gate valves: we counted 42 on the pallet, your packing list and our PO both say 40. So 2
  more than we ordered. They're set aside in the job trailer, let me know when you want to
  grab them.

Everything else checked out. I have pictures on my phone if you need them.

{TOM_SIG}

Get Outlook for iOS
"""
    return email(
        "m01",
        sender=TOM,
        subject="SO-104233 deliveries - few problems",
        sent=at("2026-11-09 07:52:11", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m02() -> bytes:
    rows = [
        ["Our Item #", "Vendor Item #", "Description", "Ordered", "Received", "Comment"],
        ["KM-40415", "FTG-BI-U-150", '1-1/2" black MI union', "40", "35", "short"],
        ["", "WH-EXP-2G", "2 gal expansion tank", "0", "2", "not on our PO"],
        ["KM-88502", "VLV-3100-CK", '3" swing check valve flgd', "6", "6", "OK"],
        ["", "HVC-CND-PUMP", "condensate pump 115V", "8", "8", "OK"],
        ["", "PMP-CIRC-015", "circulator 1/25 HP", "4", "4", "OK"],
    ]
    text = f"""Hello,

Receiving report for PO-77830 / your SO-104235, delivered Friday by ODFL. Two problems,
see below:

[[grid]]

We only got 35 of the 40 unions - please ship the missing ones, the crew needs them this
week. And there were 2 expansion tanks on the pallet that we never ordered, they're on the
dock. Let us know if your driver can take them back.

Thanks,
Marcus Bell
Receiving Lead | Keystone Mechanical Contractors
400 Industrial Hwy, Dock 3

{KEYSTONE_NOTE}
"""
    plain = text.replace("[[grid]]", text_table(rows))
    html_part = outlook_html(text, {"grid": html_table(rows)})
    return email(
        "m02",
        sender=MARCUS,
        subject="Receiving discrepancy - PO-77830",
        sent=at("2026-11-09 10:15:40", -5),
        body=plain,
        client="outlook",
        domain=KEYSTONE,
        html_part=html_part,
    )


def m03() -> bytes:
    body = """Good morning,

Two things on our PO-24519 (delivered by UPS on Friday):

1) The 1/2" PEX crimp couplings - we ordered 10 bags and got 12. Can your driver grab the 2
extra bags next time he's out here, or send a UPS call tag?

2) We ordered the 3/4" PEX-A coils as 2 by mistake - it should have been 1. The second coil
is still sealed in the wrap. We'd like to send it back for credit.

Thank you,

Karen Liu
Office Manager
Riverbend Plumbing & Heating
office@riverbendph.com
"""
    return email(
        "m03",
        sender=KAREN,
        subject="PO-24519 - extra couplings / return one coil",
        sent=at("2026-11-10 08:30:02", -5),
        body=body,
        client="tbird",
        domain=RIVERBEND,
    )


M04_BODY = """Hi, picked up SO-104240 friday. when we unloaded at the shop one of the 1" ball
valves was busted, handle snapped off and the body is cracked. Your yard guy dropped the box
loading our truck, my driver saw it. Need 1 replaced or credit

Rosa

Sent from my iPhone
"""


def m04() -> bytes:
    return email(
        "m04",
        sender=ROSA,
        subject="SO-104240",
        sent=at("2026-11-10 12:05:33", -6),
        body=M04_BODY,
        client="iphone",
        domain=DELGADO,
    )


def m05() -> bytes:
    body = f"""Hello,

For our month-end close, could you please send me a copy of INV-88121 and the signed proof of
delivery for the second shipment on SO-104233 (the Estes one)? Tom already sent you the damage
details separately, I only need the paperwork for our files.

Thank you,

{DANA_SIG}
"""
    return email(
        "m05",
        sender=DANA,
        subject="POD and invoice copy - SO-104233",
        sent=at("2026-11-11 08:05:27", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m06() -> bytes:
    quoted = "\n".join(">> " + line if line else ">>" for line in M04_BODY.rstrip("\n").split("\n"))
    body = f"""Also on this same order - 2 of the 10' pieces of 2" black pipe are bent, like
somebody drove over the end. Thats 20 ft we cant use. Can you swap them

Rosa

Sent from my iPhone

> On Nov 10, 2026, at 2:41 PM, Ridgeline Returns <{DESK}> wrote:
>
> Hello Rosa,
>
> Thank you for letting us know. We opened a case for SO-104240: VLV-1005-BV, 1 unit,
> damaged at loading. We will send a replacement with your next order.
>
> Ridgeline Supply Co. - Returns Desk
>
>> On Nov 10, 2026, at 12:05 PM, Rosa Delgado <rosa@delgadoplumbing.com> wrote:
>>
{quoted}
"""
    original = message_id("m04", "iphone", DELGADO)
    ack = "<ack.20261110.rd104240@distributor.example>"
    return email(
        "m06",
        sender=ROSA,
        subject="Re: SO-104240",
        sent=at("2026-11-11 09:20:48", -6),
        body=body,
        client="iphone",
        domain=DELGADO,
        reply_to_id=ack,
        references=f"{original} {ack}",
    )


def m07() -> bytes:
    body = """Hey,

Opened the box of 3/4 ball valves from PO-24460 today, they're threaded (FIP), we ordered
sweat. All 10 in the box are threaded. Can't use them on the copper runs at the Mt. Lebanon
job.

Please send 10 sweat ones and we'll hand these back to the driver.

--
Mike O'Brien
Project Manager
Riverbend Plumbing & Heating
"""
    return email(
        "m07",
        sender=MIKE,
        subject="wrong valves PO-24460",
        sent=at("2026-11-11 14:10:05", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
    )


M08_BODY = f"""Hello,

Your truck dropped PO-70231 at the Bayside Commons maintenance shop on Monday. It rained all
morning and the driver left the pallet outside the roll-up door. 14 cases of the 16x25x1
filters are soaked through, the frames are warped and the media is falling apart. We can't
put those in the air handlers.

Also the thermostats: the PO is for 10, we got 12 boxes. 2 extra, unopened, in the shop.

The registers are fine.

Please let me know what you need from us.

{LUIS_SIG}
"""


def m08() -> bytes:
    return email(
        "m08",
        sender=LUIS,
        subject="PO-70231 delivery Monday - wet filters, extra thermostats",
        sent=at("2026-11-12 08:05:16", -6),
        body=M08_BODY,
        client="outlook",
        domain=HARBOR,
    )


def m09() -> bytes:
    body = f"""Hi there,

On PO-77760 we ordered 8 of your Wi-Fi programmable thermostats, our part # KM-61750. When the
techs opened them at Cedar Ridge yesterday, 2 of the boxes had the plain non-programmable
digital stat inside instead (the box label was right, the unit wasn't). The owner specified
Wi-Fi, so we can't install those.

Please send 2 of the correct ones and let us know how to return the wrong ones.

Best regards,

Alicia Romero
Purchasing Coordinator
Keystone Mechanical Contractors
P 215-555-0112

{KEYSTONE_NOTE}
"""
    return email(
        "m09",
        sender=ALICIA,
        subject="PO-77760 - thermostats",
        sent=at("2026-11-12 11:40:29", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m10() -> bytes:
    body = """Hello,

I am write about order SO-104238, it was delivered last week Thursday with your own truck.
Yesterday we open the boxes of thermostats for the job and two thermostat have the screen
cracked and plastic cover is broken. Boxes was also crushed in the corner. It is the simple
model, UPC 084512021006. Other thermostats is fine.

Please, what we do with the broken ones? We need two new.

Best regards
Oleksandr Kovalenko
Warehouse
Summit HVAC Services
"""
    return email(
        "m10",
        sender=OLEK,
        subject="damage on delivery SO-104238",
        sent=at("2026-11-13 07:20:54", -6),
        body=body,
        client="webmail",
        domain=SUMMIT,
    )


def m11() -> bytes:
    body = """Morning,

Got the R+L delivery yesterday for SO-104243 (our PO-24530). Checked it in this morning:

Item              Slip   Counted   Notes
VLV-1005-BV         48        44   4 missing
FTG-CU-E90-100     250       250   16 crushed (bottom box), not usable
VLV-0750-PRV         4         4   ok

Please ship the 4 valves and replace the 16 elbows. Driver signed clean because he was in a
hurry, we wrote it on our copy of the BOL.

Mike
"""
    return email(
        "m11",
        sender=MIKE,
        subject="SO-104243 receiving",
        sent=at("2026-11-13 08:45:37", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
    )


# ---------------------------------------------------------------- November, week 2 (16-20)

M12_DANA = """Hello,

Two items on SO-104235:

1. Pricing: INV-88133 bills the condensate pumps (HVC-CND-PUMP) at $64.90 each. Our PO-77830
has them at $61.50 per your quote. That is 8 pumps, so we are over by $27.20. Please issue a
credit memo for the difference.

2. Please see Tom's note below about one of the circulators from the same order.

Thank you,
"""

M12_TOM = """Dana - one of the 4 circulator pumps from SO-104235 is dead out of the box. Wired it
up in the Franklin St boiler room, it hums but the impeller won't turn. The other 3 run fine.
Can you send this to the supplier together with your pricing thing? It needs to go back
under warranty.

Tom
"""


def m12_text() -> str:
    return f"""{M12_DANA}
{DANA_SIG}

From: Tom Morales <tmorales@keystonemech.com>
Sent: Friday, November 13, 2026 4:48 PM
To: Dana Ruiz <ap@keystonemech.com>
Subject: circulator

{M12_TOM}"""


def m12() -> bytes:
    return email(
        "m12",
        sender=DANA,
        subject="FW: circulator + pump pricing SO-104235",
        sent=at("2026-11-16 09:30:12", -5),
        body=m12_text(),
        client="outlook",
        domain=KEYSTONE,
        thread_topic="circulator",
    )


def m13() -> bytes:
    body = """Hi,

On PO-60377 we ordered 30 of the 10x6 white floor registers. 10 of them came in almond, not
white (same part number on the box, different color inside). The customer at the office job
picked white everywhere.

Can you send 10 white ones and take the almond ones back?

Thanks,
Raj

Raj Patel
Operations Manager
Summit HVAC Services
"""
    return email(
        "m13",
        sender=RAJ,
        subject="Registers PO-60377 wrong color",
        sent=at("2026-11-16 10:10:44", -6),
        body=body,
        client="apple",
        domain=SUMMIT,
    )


def m14() -> bytes:
    body = """PO-60455 - only 18 cases of the 16x25 filters on the truck, slip says 20. need the
other 2 at the Lakeview job asap

Tyler

Sent from my iPhone
"""
    return email(
        "m14",
        sender=TYLER,
        subject="filters short",
        sent=at("2026-11-16 13:30:09", -6),
        body=body,
        client="iphone",
        domain=SUMMIT,
    )


def m15() -> bytes:
    body = f"""Hello,

Yesterday's delivery for PO-70296. Receiving sheet attached - the registers came up short and
two of the ball valves leak through when closed (we bench test them before they go in).
Please advise.

{LUIS_SIG}
"""
    return email(
        "m15",
        sender=LUIS,
        subject="PO-70296 receiving report",
        sent=at("2026-11-17 08:40:58", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        files=((scan_receiving_report(), PNG, "Scan_20261117_0832.png"),),
    )


def m16() -> bytes:
    body = """Hi,

Can you tell me when SO-104247 (our PO-24561) is going to ship? The 3" check valves and the
unions are for the pump room at the Allison Park school and the mechanical inspector is
coming on the 30th. If the check valves are backordered please let me know so I can look
elsewhere.

Thank you,
Karen
"""
    return email(
        "m16",
        sender=KAREN,
        subject="SO-104247 ship date?",
        sent=at("2026-11-17 11:00:21", -5),
        body=body,
        client="tbird",
        domain=RIVERBEND,
    )


def m17() -> bytes:
    body = """Hi,

One of the 3" swing check valves on our PO-24577 came with the flange cracked, you can see the
crack right through a bolt hole. The box had a big dent in it. We only need the one replaced.

Thanks
Mike
"""
    return email(
        "m17",
        sender=MIKE,
        subject="cracked check valve - PO-24577",
        sent=at("2026-11-18 07:35:50", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
    )


def m18() -> bytes:
    body = """Good morning,

We received invoice INV-88190 for 40 floor registers. Our maintenance supervisor, Luis Ortega,
tells me only 36 were delivered. Please issue a credit for the 4 registers we did not receive
before we process payment, or send us a corrected invoice.

Kind regards,

Grace Kim
Accounts Payable
Harbor Point Property Management
"""
    return email(
        "m18",
        sender=GRACE,
        subject="INV-88190 - registers short",
        sent=at("2026-11-19 10:00:03", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
    )


def m19() -> bytes:
    rows = [
        ["Item", "Qty invoiced", "Invoiced price", "PO price", "Difference"],
        ["PIP-CU-L-100-20  1\" type L copper, 20'", "30", "76.40", "71.80", "138.00"],
    ]
    text = f"""Hello,

Please see the price discrepancy on INV-88098 (SO-104226, our PO-77790):

[[grid]]

Please send us a credit memo for $138.00.

Also, Greg (our PM on the Westfield job) asked me to pass this along: the job used only 10 of
the 200 1" copper elbows on that order and the rest are not needed anymore. He would like to
return them, they are still in the boxes.

Thank you,

{DANA_SIG}
"""
    plain = text.replace("[[grid]]", text_table(rows))
    html_part = outlook_html(text, {"grid": html_table(rows)})
    return email(
        "m19",
        sender=DANA,
        subject="INV-88098 price discrepancy / leftover elbows",
        sent=at("2026-11-19 13:15:26", -5),
        body=plain,
        client="outlook",
        domain=KEYSTONE,
        html_part=html_part,
    )


def m20() -> bytes:
    body = """Good afternoon,

I send you the service report of the check valve 3" that we have installed in the Sewickley
pump station from your order SO-104214. The valve don't close, the clapper remain stuck open
and the water come back to the pump. We have tried to clean it but nothing, is a defect of
the valve I think. Is only one valve, the other ones work well.

Please tell me how we can make the warranty return.

Thank you and best regards
Luca Ferri
Service Technician
Riverbend Plumbing & Heating
"""
    return email(
        "m20",
        sender=LUCA,
        subject="Defective check valve - SO-104214",
        sent=at("2026-11-19 15:00:38", -5),
        body=body,
        client="tbird",
        domain=RIVERBEND,
        files=((pdf_service_report(), PDF, "SR-2211.pdf"),),
    )


def m21() -> bytes:
    body = """Hello,

When we do inventory this week we find that PO-60377 has 42 cartons of ceiling tile 2x2 in the
cage, the order and the packing list is 40 cartons. So 2 cartons is extra, we not order them.
Please tell if your driver will take them back or what we do.

Regards
Oleksandr Kovalenko
Warehouse, Summit HVAC Services
"""
    return email(
        "m21",
        sender=OLEK,
        subject="ceiling tile more than order",
        sent=at("2026-11-20 08:10:19", -6),
        body=body,
        client="webmail",
        domain=SUMMIT,
    )


def m22() -> bytes:
    body = """Dana said to send this straight to you. The engineer changed the Linden St riser to
butterfly valves, so we're stuck with six of the 2" bronze gate valves (KM-88213) from
SO-104233. Never installed, still boxed. Want to send them back.

Tom

Get Outlook for iOS
"""
    return email(
        "m22",
        sender=TOM,
        subject="return gate valves",
        sent=at("2026-11-20 10:30:47", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m23() -> bytes:
    body = """Hi,

We ordered 3 of the 2 gallon expansion tanks on PO-70288 but the Marina building only needed
2. The third one is brand new in the box. Can we return it?

Thanks!
Renee Coleman
Assistant Property Manager
Harbor Point Property Management
"""
    return email(
        "m23",
        sender=RENEE,
        subject="Return 1 expansion tank - PO-70288",
        sent=at("2026-11-20 11:45:12", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
    )


def m24() -> bytes:
    quoted_ack = """Hello Dana,

We posted a credit memo for the HVC-CND-PUMP price difference on INV-88133 (8 x $3.40 =
$27.20) and issued an RMA for the PMP-CIRC-015 circulator (1 unit, defective). Tom will get
the RMA label by email.

Ridgeline Supply Co. - Returns Desk"""
    body = f"""Thank you - the credit memo for the pump pricing came through and is matched. Tom
has the RMA for the circulator.

Have a great Thanksgiving,
Dana

From: Ridgeline Returns <{DESK}>
Sent: Tuesday, November 17, 2026 8:12 AM
To: Dana Ruiz <ap@keystonemech.com>
Subject: RE: FW: circulator + pump pricing SO-104235

{quoted_ack}

From: Dana Ruiz <ap@keystonemech.com>
Sent: Monday, November 16, 2026 9:30 AM
To: Ridgeline Returns <{DESK}>
Subject: FW: circulator + pump pricing SO-104235

{m12_text()}"""
    ack = "<ack.20261117.kc104235@distributor.example>"
    original = message_id("m12", "outlook", KEYSTONE)
    return email(
        "m24",
        sender=DANA,
        subject="RE: FW: circulator + pump pricing SO-104235",
        sent=at("2026-11-20 14:20:33", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
        reply_to_id=ack,
        references=f"{original} {ack}",
        thread_topic="circulator",
    )


# ---------------------------------------------------------------- November, week 3 (23-25)


def m25() -> bytes:
    body = f"""Hi,

We finally got to the PEX rough-in at the Oakmont townhouses and found that 4 of the bags of
1/2" crimp couplings on PO-77731 are actually 3/4" couplings (the bag label says 1/2"). Sorry
for the late notice, the material sat in the trailer since October.

Could you exchange those 4 bags for the right 1/2" ones?

Best regards,

Alicia Romero
Purchasing Coordinator
Keystone Mechanical Contractors
P 215-555-0112

{KEYSTONE_NOTE}
"""
    return email(
        "m25",
        sender=ALICIA,
        subject="PO-77731 - wrong size PEX couplings",
        sent=at("2026-11-23 09:00:14", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m26() -> bytes:
    body = """Hi Kevin / team,

Please quote the following for the Brookside clinic remodel, delivery week of Dec 14:

  12   TST-2100-NP        non-programmable stat
   6   HVC-CND-PUMP       condensate pump
  40   HVC-FLT-1625-M11   16x25x1 MERV 11 (cases)
  24   HVC-REG-1006-W     10x6 floor register, white

Same pricing as SO-104244 if you can. I need the quote by Wednesday.

Thanks,
Raj
"""
    return email(
        "m26",
        sender=RAJ,
        subject="RFQ - Brookside clinic remodel",
        sent=at("2026-11-23 10:20:31", -6),
        body=body,
        client="apple",
        domain=SUMMIT,
        cc=KEVIN,
    )


def m27() -> bytes:
    body = """Hi,

We are doing the floor register change-out at Harbor Point's Bayside Commons building for
them, using the registers from their order SO-104246 that Luis gave us. 6 of the boxes
labeled 10x6 have 10x4 registers inside. They don't fit the floor openings.

Can you swap those 6 for the right size? I can bring them to your counter.

Jorge Mendes
Install Lead
Summit HVAC Services
cell 555-0163

Sent from my iPhone
"""
    return email(
        "m27",
        sender=JORGE,
        subject="Registers on SO-104246 (Harbor Point job)",
        sent=at("2026-11-24 08:15:02", -6),
        body=body,
        client="iphone",
        domain=SUMMIT,
    )


def m28() -> bytes:
    body = """Hi,

The Fox Chapel water authority project on PO-24415 was put on hold by the township, so we no
longer need the 3" RPZ backflow assembly. It was never installed and is still in the crate.
Please let us know the return process and the credit.

We will keep the 2 check valves from that order.

Thanks,

Karen Liu
Office Manager
Riverbend Plumbing & Heating
"""
    return email(
        "m28",
        sender=KAREN,
        subject="PO-24415 - return RPZ",
        sent=at("2026-11-24 13:40:25", -5),
        body=body,
        client="tbird",
        domain=RIVERBEND,
    )


def m29() -> bytes:
    body = f"""Hi,

Two of the circulator pumps from SO-104201 (last October, Hampton Court apartments) have
seized up. Bearings are gone, you could hear them grinding before they quit. We swapped them
out with stock this morning. These are barely a year in.

Can they go back on warranty?

{TOM_SIG}
"""
    return email(
        "m29",
        sender=TOM,
        subject="circulators failing - SO-104201",
        sent=at("2026-11-25 09:10:40", -5),
        body=body,
        client="outlook",
        domain=KEYSTONE,
    )


def m30() -> bytes:
    body = """Hello,

FYI, our payment run today includes INV-88152. We took the credit you promised for the two
cracked thermostats on SO-104238 off that payment:

  INV-88152                 2,557.00
  less thermostat credit      -57.80
  paid by ACH               2,499.20

Please contact me if anything does not match on your side.

Regards,
Linda Chu
Accounts Payable
Summit HVAC Services
"""
    return email(
        "m30",
        sender=LINDA,
        subject="Remittance - INV-88152",
        sent=at("2026-11-25 11:30:57", -6),
        body=body,
        client="outlook",
        domain=SUMMIT,
    )


# ---------------------------------------------------------------- Nov 30 - Dec 4


def m31() -> bytes:
    body = """hello

I do the installs for Delgado & Sons, Rosa said to email you direct. One of the 3/4 pressure
reducing valves from order SO-104231 is not holding. Set it at 60 psi and overnight it creeps
up to 110, the relief valve on the heater keeps popping. Took it out and put the old one back
for now. 1 valve, the rest are ok.

can you replace it under warranty? im at the shop tues and wed

Manny Ortiz
Ortiz Plumbing LLC
555-0139
"""
    return email(
        "m31",
        sender=MANNY,
        subject="pressure reducing valve no good",
        sent=at("2026-11-30 07:50:18", -6),
        body=body,
        client="gmail",
        domain="gmail.com",
    )


def m32() -> bytes:
    body = """Hi,

Our order for the Ramirez remodel was supposed to be on the first truck this morning (7 am at
the job site, we confirmed it Friday). It showed up at 11:40. I had two guys standing there
for almost 5 hours. Everything was there and in good shape, that's not the problem, but this
is the second time this month. If the truck is going to be late I need a phone call.

Rosa Delgado
Delgado & Sons Plumbing
"""
    return email(
        "m32",
        sender=ROSA,
        subject="delivery this morning???",
        sent=at("2026-11-30 13:15:06", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
    )


def m33() -> bytes:
    quoted = M08_BODY.rstrip("\n")
    body = f"""Hi,

Just closing the loop on this one: your driver brought 14 new cases of filters on Wednesday
and took the wet ones and the 2 extra thermostats back with him. We're all set, nothing else
needed from our side. Thanks for sorting it out.

Luis

From: Luis Ortega <maintenance@harborpointpm.com>
Sent: Thursday, November 12, 2026 8:05 AM
To: Ridgeline Returns <{DESK}>
Subject: PO-70231 delivery Monday - wet filters, extra thermostats

{quoted}
"""
    original = message_id("m08", "outlook", HARBOR)
    return email(
        "m33",
        sender=LUIS,
        subject="RE: PO-70231 delivery Monday - wet filters, extra thermostats",
        sent=at("2026-12-01 08:20:44", -6),
        body=body,
        client="outlook",
        domain=HARBOR,
        reply_to_id=original,
        thread_topic="PO-70231 delivery Monday - wet filters, extra thermostats",
    )


def m34() -> bytes:
    body = """Hello,

We have 40 pcs of the 1" copper 90 elbows left over from PO-40962, the Westgate bathroom job.
Not needed anymore, boxes never opened. Please send me an RA number so we can bring them back
to the counter.

Hector Delgado
Delgado & Sons Plumbing
"""
    return email(
        "m34",
        sender=HECTOR,
        subject="return copper elbows PO-40962",
        sent=at("2026-12-02 10:00:35", -6),
        body=body,
        client="webmail",
        domain=DSONS,
    )


def m35() -> bytes:
    body = """Raj here - tech left this note on my desk, see pic. Three of the digital stats from
PO-60455 are dead, blank screen with 24V at the terminals. Need replacements.

Sent from my iPhone
"""
    return email(
        "m35",
        sender=RAJ,
        subject="Bad thermostats PO-60455",
        sent=at("2026-12-02 14:05:11", -6),
        body=body,
        client="iphone",
        domain=SUMMIT,
        files=((photo_note(), JPEG, "IMG_4471.jpeg", "inline"),),
    )


def m36() -> bytes:
    body = """Hi,

Attached is our warranty claim for one of the 40 gal electric heaters from SO-104216. It is
leaking from the bottom of the tank, the customer had water all over the utility room. We
already put in a new one from your counter yesterday.

Rosa
"""
    return email(
        "m36",
        sender=ROSA,
        subject="warranty - water heater SO-104216",
        sent=at("2026-12-03 08:30:29", -6),
        body=body,
        client="tbird",
        domain=DELGADO,
        files=((pdf_warranty_claim(), PDF, "Warranty claim - Castillo.pdf"),),
    )


def m37() -> bytes:
    body = f"""Hi,

INV-88180 (SO-104243) charged us $92.80 each for the 4 PRVs. Kevin quoted us $88.00, see his
email below. Please credit the difference, 4 x $4.80 = $19.20.

Mike

---------- Forwarded message ---------
From: {KEVIN}
Date: Thu, Nov 5, 2026 at 3:22 PM
Subject: RE: PRVs
To: Mike O'Brien <mike.obrien@riverbendph.com>

Mike - I can do the 3/4" PRVs at $88.00 if you take 4 or more this month. Let me know and
I'll put them on your next order.

Kevin Marsh
Outside Sales | Ridgeline Supply Co.
"""
    return email(
        "m37",
        sender=MIKE,
        subject="Fwd: RE: PRVs - INV-88180",
        sent=at("2026-12-04 09:40:52", -5),
        body=body,
        client="gmail",
        domain=RIVERBEND,
    )


# ---------------------------------------------------------------- portal form and uploads


def m38() -> bytes:
    form = {
        "order_number": "SO-104230",
        "lines": [{"sku": "FTG-PVC-T-200", "quantity": 10, "reason": "SHORT"}],
        "note": (
            "Counted the 2 inch PVC tees when the crew finally opened the cartons for the "
            "storm line: 90 in the boxes, 100 on the packing slip and the invoice."
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("utf-8")


def m39() -> bytes:
    return b"""Delivery damage report

Unit: 40 gal electric water heater, WH-40G-EL, qty 1

Carton was torn open at the top and the jacket is dented in about 3 inches on the side, the
element cover is cracked. The driver would not wait for us to look at it.

Please replace. Photos available on request.
- receiving
"""


def m40() -> bytes:
    return b"""Warranty request - ball valves

Order SO-104202 (fall 2025)

3 of the 3/4" sweat ball valves (VLV-0075-BV) won't shut off all the way, they pass water
when closed. Installed in the boiler room at the church on Elm St. The rest of the valves
are fine.

We would like 3 replacements under warranty.
"""


NAMES = {
    "m01": "m01-keystone-pex-coils-prv-gatevalves.eml",
    "m02": "m02-keystone-receiving-html-table-unions-tanks.eml",
    "m03": "m03-riverbend-pex-couplings-extra-coil.eml",
    "m04": "m04-delgado-phone-ballvalve-dropped.eml",
    "m05": "m05-keystone-ap-pod-invoice-copy.eml",
    "m06": "m06-delgado-reply-bent-pipe.eml",
    "m07": "m07-riverbend-threaded-vs-sweat-ballvalves.eml",
    "m08": "m08-harbor-wet-filters-extra-stats.eml",
    "m09": "m09-keystone-wifi-stats-wrong-model.eml",
    "m10": "m10-summit-warehouse-cracked-stats.eml",
    "m11": "m11-riverbend-elbows-crushed-ballvalves-count.eml",
    "m12": "m12-keystone-ap-forward-pump-price-circulator.eml",
    "m13": "m13-summit-almond-registers.eml",
    "m14": "m14-summit-phone-filters-count.eml",
    "m15": "m15-harbor-receiving-scan-registers-valves.eml",
    "m16": "m16-riverbend-when-does-it-ship.eml",
    "m17": "m17-riverbend-cracked-checkvalve-po.eml",
    "m18": "m18-harbor-payables-registers-invoice.eml",
    "m19": "m19-keystone-ap-copper-price-elbows-leftover.eml",
    "m20": "m20-riverbend-service-report-checkvalve.eml",
    "m21": "m21-summit-warehouse-tiles-count.eml",
    "m22": "m22-keystone-gatevalves-design-change.eml",
    "m23": "m23-harbor-one-tank-too-many.eml",
    "m24": "m24-keystone-thanks-quoted-thread.eml",
    "m25": "m25-keystone-pex-couplings-wrong-size.eml",
    "m26": "m26-summit-quote-list.eml",
    "m27": "m27-summit-tech-harbor-job-registers.eml",
    "m28": "m28-riverbend-rpz-job-cancelled.eml",
    "m29": "m29-keystone-circulators-2025-job.eml",
    "m30": "m30-summit-ap-credit-applied.eml",
    "m31": "m31-sub-gmail-prv-creeping.eml",
    "m32": "m32-delgado-late-truck.eml",
    "m33": "m33-harbor-filters-all-sorted.eml",
    "m34": "m34-delgado-sons-elbows-leftover.eml",
    "m35": "m35-summit-phone-note-stats-blank.eml",
    "m36": "m36-delgado-warranty-form-heater.eml",
    "m37": "m37-riverbend-prv-price-forwarded-quote.eml",
    "m38": "m38-portal-pvc-tees-short.json",
    "m39": "m39-upload-heater-damage-note.txt",
    "m40": "m40-upload-ballvalves-old-job.txt",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    out.mkdir(parents=True, exist_ok=True)
    builders = globals()
    for key, name in NAMES.items():
        (out / name).write_bytes(builders[key]())
    print(f"{len(NAMES)} request files written to {out}")


if __name__ == "__main__":
    main()
