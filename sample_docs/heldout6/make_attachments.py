"""Build the heldout6 requests that carry attachments, byte for byte the same on every run.

    /work/main/.venv/bin/python sample_docs/heldout6/make_attachments.py

Writes five .eml files into requests/ (h6-02, h6-11, h6-16, h6-27, h6-35): scanned delivery
papers with pen marks (JPEG, image-only PDF, PNG), a hand-written-looking note (PNG) and a
text PDF made by a customer's system. Images are drawn with Pillow, PDFs with fpdf2; every
random choice comes from a seeded generator, every date and MIME boundary is fixed. The fonts
are the DejaVu and Liberation TrueType fonts of Debian's fonts-dejavu-core and
fonts-liberation packages (other font files would give other bytes).
"""

import base64
import io
import random
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
FONTS = Path("/usr/share/fonts/truetype")
PRINT = FONTS / "dejavu/DejaVuSans.ttf"
PRINT_BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
MONO = FONTS / "dejavu/DejaVuSansMono.ttf"
PEN = FONTS / "dejavu/DejaVuSans-Oblique.ttf"
PEN2 = FONTS / "liberation/LiberationSerif-Italic.ttf"
FIXED_DATE = datetime(2026, 11, 24, 15, 0, 0, tzinfo=UTC)


def font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


# --- drawing helpers -------------------------------------------------------------------------


def page(width: int, height: int, shade: int = 250) -> Image.Image:
    return Image.new("L", (width, height), shade)


def text(draw: ImageDraw.ImageDraw, xy: tuple[int, int], s: str, f, fill: int = 20) -> None:
    draw.text(xy, s, font=f, fill=fill)


def pen(
    img: Image.Image,
    xy: tuple[int, int],
    s: str,
    rng: random.Random,
    size: int = 40,
    ink: int | tuple[int, int, int] = 40,
    face: Path = PEN,
) -> None:
    """Hand-written-looking text: each letter jittered in place, size and slant."""
    x, y = xy
    for ch in s:
        f = font(face, size + rng.randint(-3, 3))
        if ch == " ":
            x += int(size * 0.35) + rng.randint(0, 4)
            continue
        box = f.getbbox(ch)
        w, h = box[2] + 6, box[3] + 10
        glyph = Image.new("L", (w, h), 0)
        ImageDraw.Draw(glyph).text((3, 3), ch, font=f, fill=255)
        glyph = glyph.rotate(rng.uniform(-9, 9), resample=Image.BICUBIC, expand=True)
        dy = rng.randint(-3, 3)
        img.paste(ink, (x, y + dy), glyph)
        x += box[2] - 1 + rng.randint(-1, 2)


def pen_line(img: Image.Image, pts: list[tuple[int, int]], ink=40, width: int = 4) -> None:
    ImageDraw.Draw(img).line(pts, fill=ink, width=width, joint="curve")


def pen_circle(img: Image.Image, box: tuple[int, int, int, int], ink=40) -> None:
    ImageDraw.Draw(img).ellipse(box, outline=ink, width=4)


def scanned(img: Image.Image, rng: random.Random, angle: float) -> Image.Image:
    """Make a clean page look scanned: a small skew, speckles, a slight blur."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    draw = ImageDraw.Draw(img)
    for _ in range(900):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        draw.point((x, y), fill=rng.randint(90, 200))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def table(draw, x0: int, y0: int, widths: list[int], rows: list[list[str]], f, fb, h: int = 48):
    """A ruled table; the first row is the header. Returns the y of each row's top."""
    tops = []
    total = sum(widths)
    y = y0
    for i, row in enumerate(rows):
        tops.append(y)
        draw.rectangle((x0, y, x0 + total, y + h), outline=60, width=2)
        x = x0
        for w, cell in zip(widths, row, strict=True):
            draw.line((x, y, x, y + h), fill=60, width=2)
            text(draw, (x + 8, y + 10), cell, fb if i == 0 else f)
            x += w
        y += h
    return tops


# --- the five attachments ----------------------------------------------------------------------


def summit_receipt_jpeg() -> bytes:
    """h6-02: ODFL delivery receipt for PO-60377, exceptions marked in pen."""
    rng = random.Random(602)
    img = page(1240, 1600)
    d = ImageDraw.Draw(img)
    big, mid, small = font(PRINT_BOLD, 40), font(PRINT, 26), font(PRINT, 24)
    bold = font(PRINT_BOLD, 24)
    text(d, (70, 60), "OLD DOMINION FREIGHT LINE", big)
    text(d, (70, 115), "DELIVERY RECEIPT / PROOF OF DELIVERY", font(PRINT_BOLD, 28))
    text(d, (70, 175), "PRO: OD0782290518        Ship date: 10/30/2026", mid)
    text(d, (70, 215), "Shipper: DC-SOUTH, Distributor Supply Co.", mid)
    text(d, (70, 255), "Consignee: Summit HVAC Services, 88 Mill Rd, Pittsburgh PA", mid)
    text(d, (70, 295), "Cust PO: PO-60377      Order: SO-104228      Pieces: 3 plt", mid)
    tops = table(
        d,
        70,
        370,
        [90, 260, 480, 130, 130],
        [
            ["Line", "Item", "Description", "Shipped", "Rec'd"],
            ["1", "CLG-TILE-24-ACU", "2x2 ft acoustic tile, ctn of 16", "40", ""],
            ["2", "HVC-REG-1006-W", "10x6 steel floor register, wht", "30", ""],
        ],
        small,
        bold,
        h=56,
    )
    ink = 35
    pen(img, (975, tops[1] + 8), "40", rng, 38, ink)
    pen(img, (975, tops[2] + 8), "26", rng, 38, ink)
    pen_circle(img, (960, tops[2] + 2, 1050, tops[2] + 56), ink)
    pen_line(img, [(1060, tops[1] + 30), (1110, tops[1] + 90), (1100, tops[1] + 190)], ink, 3)
    pen(img, (300, 600), "5 ctns tile WET + crushed", rng, 42, ink)
    pen(img, (300, 660), "(water damage, bottom row)", rng, 36, ink)
    pen(img, (300, 740), "registers short 4 - only 26 of 30", rng, 42, ink)
    text(d, (70, 900), "Received in good order except as noted:", mid)
    d.line((70, 1010, 600, 1010), fill=60, width=2)
    text(d, (70, 1020), "Consignee signature", small)
    d.line((700, 1010, 1150, 1010), fill=60, width=2)
    text(d, (700, 1020), "Date", small)
    pen(img, (90, 950), "D. Kowalski", rng, 46, ink, PEN2)
    pen(img, (720, 950), "11/2/26", rng, 42, ink)
    text(d, (70, 1150), "Driver: #4471   Trailer: 53-2210   Exceptions noted: YES", mid)
    text(d, (70, 1450), "ODFL form DR-12 rev 03/24", font(PRINT, 20))
    out = io.BytesIO()
    scanned(img, rng, 0.8).save(out, "JPEG", quality=72, optimize=False)
    return out.getvalue()


def riverbend_receipt_pdf() -> bytes:
    """h6-11: R+L delivery receipt for SO-104243, a scan with no text layer."""
    rng = random.Random(611)
    img = page(1240, 1650)
    d = ImageDraw.Draw(img)
    big, mid, small = font(PRINT_BOLD, 42), font(PRINT, 26), font(PRINT, 24)
    bold = font(PRINT_BOLD, 24)
    text(d, (70, 60), "R+L CARRIERS", big)
    text(d, (70, 118), "Delivery Receipt", font(PRINT_BOLD, 30))
    text(d, (70, 180), "Pro No. RL123512650          Delivered: 11/12/2026  10:40", mid)
    text(d, (70, 220), "Consignee: RIVERBEND PLUMBING & HEATING, 410 Water St, Madison WI", mid)
    text(d, (70, 260), "Ref: SO-104243 / PO-24530     Pcs: 2 plt   Wt: 1,180 lb", mid)
    tops = table(
        d,
        70,
        340,
        [260, 560, 140, 140],
        [
            ["Item", "Description", "Qty", "OS&D"],
            ["VLV-1005-BV", "1in brass ball valve, full port", "48", ""],
            ["FTG-CU-E90-100", "1in wrot copper 90 elbow CxC", "250", ""],
            ["VLV-0750-PRV", "3/4in PRV 25-75 psi", "4", ""],
        ],
        small,
        bold,
        h=56,
    )
    ink = 30
    pen(img, (975, tops[2] + 8), "30 D", rng, 38, ink)
    pen_line(img, [(960, tops[2] + 54), (1080, tops[2] + 50)], ink, 3)
    pen(img, (120, 620), "Exception: 1 carton elbows caved in,", rng, 40, ink)
    pen(img, (120, 680), "30 elbows crushed / flattened", rng, 40, ink)
    pen(img, (120, 740), "rest of load OK", rng, 40, ink)
    text(d, (70, 880), "OS&D codes: S = short, O = over, D = damaged", small)
    d.line((70, 1010, 600, 1010), fill=60, width=2)
    text(d, (70, 1020), "Received by (print / sign)", small)
    d.line((700, 1010, 1150, 1010), fill=60, width=2)
    text(d, (700, 1020), "Driver", small)
    pen(img, (90, 950), "M. O'Brien", rng, 44, ink, PEN2)
    pen(img, (720, 950), "T. Haskins #208", rng, 40, ink, PEN2)
    text(d, (70, 1500), "Questions: 1-800-543-5589  www.rlcarriers.com", font(PRINT, 20))
    scan = scanned(img, rng, -0.6)
    jpg = io.BytesIO()
    scan.save(jpg, "JPEG", quality=70)
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("Canon iR-ADV C5535 Scan")
    pdf.add_page()
    pdf.image(io.BytesIO(jpg.getvalue()), x=0, y=0, w=612, h=612 * 1650 / 1240)
    return bytes(pdf.output())


def riverbend_slip_png() -> bytes:
    """h6-16: our packing slip for SO-104243, counted in pen by the crew."""
    rng = random.Random(616)
    img = page(1100, 1150, 246)
    d = ImageDraw.Draw(img)
    big, small, bold = font(PRINT_BOLD, 34), font(PRINT, 22), font(PRINT_BOLD, 22)
    mono = font(MONO, 22)
    text(d, (50, 40), "PACKING SLIP", big)
    text(d, (50, 95), "Distributor Supply Co. - DC-EAST", small)
    text(d, (50, 135), "Order SO-104243   Cust PO PO-24530   Ship 11/10/2026", small)
    text(d, (50, 170), "Ship to: Riverbend Plumbing & Heating, Madison WI 53703", small)
    tops = table(
        d,
        50,
        230,
        [80, 230, 420, 110, 150],
        [
            ["Ln", "Item", "Description", "Qty", "Zone/Lot"],
            ["1", "VLV-1005-BV", "1in brass ball valve FP thd", "48", "B-07 L2614"],
            ["2", "FTG-CU-E90-100", "1in wrot Cu 90 ell CxC", "250", "C-22"],
            ["3", "VLV-0750-PRV", "3/4in PRV 25-75 psi", "4", "B-11 L2608"],
        ],
        small,
        bold,
        h=52,
    )
    text(d, (50, 470), "Cartons: 9    Picked by: JR    Checked by: AM", mono)
    ink = (25, 45, 150)
    color = img.convert("RGB")
    pen(color, (60, 560), "rec'd 40 ball valves only", rng, 40, ink)
    pen(color, (60, 620), "8 short - 2 boxes of 4 missing", rng, 40, ink)
    d2 = ImageDraw.Draw(color)
    d2.line((782, tops[1] + 30, 832, tops[1] + 22), fill=ink, width=4)
    pen(color, (838, tops[1] + 4), "40", rng, 36, ink)
    d2.ellipse((828, tops[1] - 2, 896, tops[1] + 54), outline=ink, width=4)
    for top in tops[2:]:
        d2.line((842, top + 30, 855, top + 44, 882, top + 10), fill=ink, width=4)
    pen(color, (60, 720), "Mike 11/14", rng, 38, ink, PEN2)
    color = color.rotate(-1.4, resample=Image.BICUBIC, fillcolor=(235, 232, 225))
    noise = random.Random(6160)
    px = color.load()
    for _ in range(1200):
        x, y = noise.randrange(color.width), noise.randrange(color.height)
        v = noise.randint(150, 220)
        px[x, y] = (v, v, v - 10)
    out = io.BytesIO()
    color.filter(ImageFilter.GaussianBlur(0.5)).save(out, "PNG", optimize=False)
    return out.getvalue()


def harbor_return_form_pdf() -> bytes:
    """h6-27: Harbor Point's vendor return request form, a text PDF."""
    pdf = FPDF(unit="mm", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("HPPM Procurement 4.2")
    pdf.set_title("Vendor Return Request RR-2026-0412")
    pdf.set_author("Harbor Point Property Management")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Harbor Point Property Management", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 7, "Vendor Return Request", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for label, value in [
        ("Request no.", "RR-2026-0412"),
        ("Date", "11/24/2026"),
        ("Vendor", "Distributor Supply Co. - Returns Desk"),
        ("Our PO", "PO-70231"),
        ("Your order", "SO-104239 (delivered 11/09/2026, own truck)"),
        ("Property", "Bayview Towers, 1450 Bayview Ave, Baltimore MD 21224"),
        ("Contact", "Grace Kim, payables@harborpointpm.com, 410-555-0120"),
    ]:
        pdf.cell(35, 6, f"{label}:")
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 10)
    widths = [32, 70, 22, 22, 20, 25]
    heads = ["Item", "Description", "Qty recd", "Qty return", "Unit", "Ext."]
    for w, h in zip(widths, heads, strict=True):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for w, v in zip(
        widths,
        ["HVC-REG-1006-W", "10x6 steel floor register, white", "60", "20", "5.60", "112.00"],
        strict=True,
    ):
        pdf.cell(w, 7, v, border=1)
    pdf.ln(12)
    pdf.multi_cell(
        0,
        5,
        "Reason for return: no longer needed. Unit renovation scope at Bayview Towers was "
        "reduced from 15 to 10 apartments; the 20 registers are surplus, unopened, in the "
        "original cartons. Please issue an RMA and credit our account less any restocking fee.",
    )
    pdf.ln(6)
    pdf.cell(
        0, 6, "Requested by: Luis Ortega, Maintenance Supervisor", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.cell(0, 6, "Approved by: Grace Kim, Accounts Payable", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 5, "Form HPPM-PR-07  rev. 2024-02  page 1 of 1")
    return bytes(pdf.output())


def delgado_note_png() -> bytes:
    """h6-35: the foreman's hand-written note on a ruled pad, photographed."""
    rng = random.Random(635)
    img = Image.new("RGB", (900, 1000), (248, 246, 236))
    d = ImageDraw.Draw(img)
    for y in range(150, 1000, 64):
        d.line((0, y, 900, y), fill=(170, 195, 225), width=2)
    d.line((90, 0, 90, 1000), fill=(225, 150, 150), width=2)
    ink = (20, 30, 110)
    lines = [
        "Rosa -",
        "Alvarez job  PO 40988",
        '2" black pipe (the cut one)',
        "20 ft is bad - split open",
        "on the weld seam when we",
        "threaded it. defective pipe.",
        "other 100 ft OK, used it.",
        "     - Chuy  11/30",
    ]
    for i, line in enumerate(lines):
        pen(img, (110 + rng.randint(-6, 6), 100 + 64 * i), line, rng, 40, ink, PEN2)
    img = img.rotate(2.2, resample=Image.BICUBIC, fillcolor=(120, 110, 95))
    out = io.BytesIO()
    img.filter(ImageFilter.GaussianBlur(0.7)).save(out, "PNG", optimize=False)
    return out.getvalue()


# --- the messages ------------------------------------------------------------------------------


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def message(
    headers: list[tuple[str, str]],
    body: str,
    attachment: tuple[str, str, bytes],
    boundary: str,
) -> str:
    name, ctype, data = attachment
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    return (
        head
        + "MIME-Version: 1.0\n"
        + f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        + "\n"
        + f"--{boundary}\n"
        + "Content-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: 7bit\n"
        + "\n"
        + body.strip("\n")
        + "\n\n"
        + f"--{boundary}\n"
        + f'Content-Type: {ctype}; name="{name}"\n'
        + f'Content-Disposition: attachment; filename="{name}"\n'
        + "Content-Transfer-Encoding: base64\n"
        + "\n"
        + b64(data)
        + f"--{boundary}--\n"
    )


def build() -> dict[str, str]:
    to = ("To", "returns@distributor.example")
    return {
        "h6-02-summit-receipt-scan-tiles-registers.eml": message(
            [
                ("From", "Linda Chu <ap@summithvac.net>"),
                to,
                ("Subject", "Delivery exceptions PO-60377"),
                ("Date", "Fri, 06 Nov 2026 08:15:33 -0500"),
                ("Message-ID", "<a3d18e07-6c52-4f90-b1e4-0c7f2a9d5b61@summithvac.net>"),
            ],
            """
Hello,

Attached is the signed delivery receipt for our PO-60377 (Old Dominion,
delivered Monday). Our receiving marked the exceptions on it: the ceiling
tile cartons that came in wet, and the count on the floor registers.

Please credit what is marked. The wet tiles are in our dumpster corral
already, they are mush - we can't send them back.

Thank you,
Linda Chu
Accounts Payable, Summit HVAC Services
""",
            ("ODFL_POD_OD0782290518.jpg", "image/jpeg", summit_receipt_jpeg()),
            "----=_Part_602_1462030933.1762434933000",
        ),
        "h6-11-riverbend-scanned-receipt-elbows.eml": message(
            [
                ("From", "Mike O'Brien <mike.obrien@riverbendph.com>"),
                to,
                ("Subject", "crushed elbows SO-104243"),
                ("Date", "Fri, 13 Nov 2026 06:58:12 -0600"),
                ("Message-ID", "<CAHx3pZ-4wT7bN2qK9@mail.gmail.com>"),
            ],
            """
delivery receipt from yesterday attached, driver signed the exception.
elbows crushed, need credit

Mike O'Brien
Riverbend Plumbing & Heating
Sent from my iPhone
""",
            ("Scan_20261113_065512.pdf", "application/pdf", riverbend_receipt_pdf()),
            "Apple-Mail-611-2F8C4D1E-9A7B-4C3E-8E21-5D6F7A8B9C0D",
        ),
        "h6-16-riverbend-short-ball-valves-slip.eml": message(
            [
                ("From", "Mike O'Brien <mike.obrien@riverbendph.com>"),
                to,
                ("Subject", "short on ball valves SO-104243"),
                ("Date", "Mon, 16 Nov 2026 12:40:27 -0600"),
                ("Message-ID", "<CAHx3pZ-6yP3hV8sJ1@mail.gmail.com>"),
            ],
            """
Other problem w/ the same delivery: we came up short on the 1" ball valves.
Count is on the packing slip, pic attached. The PRVs were all there.

Mike
""",
            ("IMG_4417.png", "image/png", riverbend_slip_png()),
            "Apple-Mail-616-7C1D2E3F-4A5B-4C6D-9E8F-0A1B2C3D4E5F",
        ),
        "h6-27-harbor-registers-return-pdf.eml": message(
            [
                ("From", "Grace Kim <payables@harborpointpm.com>"),
                to,
                ("Subject", "Return request RR-2026-0412"),
                ("Date", "Tue, 24 Nov 2026 10:02:48 -0500"),
                ("Message-ID", "<AM0PR03MB4835C1E8F2A0@AM0PR03MB4835.eurprd03.prod.outlook.com>"),
            ],
            """
Good morning,

Please find attached our return request form RR-2026-0412. Luis will have
the cartons ready at the Bayview Towers shop for your driver.

Kind regards,
Grace Kim
Accounts Payable
Harbor Point Property Management
410-555-0120
""",
            ("RR-2026-0412.pdf", "application/pdf", harbor_return_form_pdf()),
            "_004_AM0PR03MB4835C1E8F2A0AM0PR03MB4835eurp_",
        ),
        "h6-35-delgado-pipe-note.eml": message(
            [
                ("From", "Rosa Delgado <rosa@delgadoplumbing.com>"),
                to,
                ("Subject", "black pipe defective - PO 40988"),
                ("Date", "Wed, 02 Dec 2026 09:45:10 -0600"),
                ("Message-ID", "<001001dc6389$2c7a1e50$856e5af0$@delgadoplumbing.com>"),
            ],
            """
Hello,

My foreman Chuy leave me this note about the black pipe we pick up with PO
40988. The pipe is defective, it open in the seam when they make the thread.
I send you the picture of the note. What we can do for this?

Gracias
Rosa Delgado
Delgado & Sons Plumbing
""",
            ("nota_chuy.png", "image/png", delgado_note_png()),
            "----=_NextPart_000_0010_01DC6389.2C7A1E50",
        ),
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text_ in build().items():
        (OUT / name).write_text(text_, encoding="ascii", newline="\n")
        print(f"wrote {name} ({len(text_)} bytes)")


if __name__ == "__main__":
    main()
