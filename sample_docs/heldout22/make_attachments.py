"""Build the heldout22 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout22/make_attachments.py

Run from the repository root with the project's .venv (Pillow and fpdf2 are in it).

Photo-like JPEGs (Pillow): s05 a phone photo of the carton label on the torn box of floor
registers, s08 a phone photo of the caved-in water heater box at the dock.
Scanned PNG (Pillow): s25 Keystone's field discrepancy report filled in by hand.
Text PDF (fpdf2): s21 Keystone's price discrepancy notice.

Everything is fixed: random seeds, dates, MIME boundaries, the PDF creation date, the fonts
(Pillow's bundled default font, fpdf2's core Helvetica). The other requests of the set have
no attachment and were written by hand.
"""

import datetime as dt
import io
import random
import re
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
TO = "returns@distributor.example"

# Seeds of the photographed and scanned documents; each was checked with plain Tesseract.
SEEDS = {"s05": 3205, "s08": 2208, "s25": 2225}

Ink = tuple[int, ...] | int


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hand(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 30,
    ink: Ink = 40,
    tilt: float = 4.0,
) -> None:
    """Write text glyph by glyph with jitter in size, angle and baseline (a pen)."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 2, size + 2)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=font(s), fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, glyph.size, ink)
        img.paste(colour, (x - s // 2, y + rng.randint(-2, 2)), glyph)
        x += int(font(s).getlength(ch)) + rng.randint(0, 2)


def scan_finish(img: Image.Image, rng: random.Random, angle: float, specks: int) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
    px = img.load()
    w, h = img.size
    for _ in range(specks):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def photo_finish(
    img: Image.Image, rng: random.Random, angle: float, bg: tuple[int, int, int], noise: int
) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(noise):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-16, 16)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82)
    return buf.getvalue()


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(25, 25, 25))
        x += w + rng.choice((2, 3, 4))


def field(
    img: Image.Image,
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    label: str,
    value: str,
    rng: random.Random,
    width: int,
    ink: Ink,
    pen: Ink,
    size: int = 36,
) -> None:
    """A printed label, a rule to write on, and the value in pen."""
    x, y = xy
    draw.text((x, y + 10), label, font=font(22), fill=ink)
    lx = x + int(font(22).getlength(label)) + 14
    draw.line([(lx, y + 44), (lx + width, y + 44)], fill=ink, width=2)
    hand(img, (lx + 16, y - 16), value, rng, size=size, ink=pen, tilt=2.5)


# ---------------------------------------------------------------- photos and scan


def register_label_jpeg() -> bytes:
    """s05: the carton label on the torn box of floor registers, photographed on the dock."""
    rng = random.Random(SEEDS["s05"])
    img = Image.new("RGB", (1600, 1200), (176, 138, 92))  # cardboard
    draw = ImageDraw.Draw(img)
    for x in range(0, 1600, 9):  # corrugation shading
        draw.line([(x, 0), (x, 1200)], fill=(170, 132, 87), width=3)
    draw.polygon(
        [(1180, 0), (1600, 0), (1600, 520), (1500, 430), (1420, 300), (1300, 210), (1240, 90)],
        fill=(64, 52, 40),
    )  # the torn corner, the dark inside of the box
    draw.line(
        [(1180, 0), (1240, 90), (1300, 210), (1420, 300), (1500, 430), (1600, 520)],
        fill=(214, 190, 150),
        width=7,
    )
    draw.rectangle([(150, 180), (1130, 1000)], fill=(247, 247, 243))  # shipping label
    ink = (18, 18, 18)
    draw.text((190, 210), "TRI-STATE SUPPLY  DC-EAST", font=font(40), fill=ink)
    draw.line([(180, 270), (1100, 270)], fill=ink, width=3)
    rows = [
        ("SHIP TO:", "HARBOR POINT PROPERTY MGMT"),
        ("", "300 HARBOR WAY BLDG A"),
        ("PO:", "70231"),
        ("ORDER:", "SO-104239"),
        ("ITEM:", "HVC-REG-1006-W"),
        ("", "10X6 FLOOR REGISTER WHT"),
        ("QTY:", "20 EA"),
        ("CTN:", "2 OF 3"),
    ]
    y = 295
    for key, value in rows:
        draw.text((195, y), key, font=font(28), fill=(60, 60, 60))
        draw.text((410, y), value, font=font(34), fill=ink)
        y += 56
    barcode(draw, rng, 200, 780, 120, 70)
    draw.text((200, 915), "SH-55146  11/09/2026", font=font(28), fill=ink)
    return photo_finish(img, rng, 2.1, (96, 92, 86), 9000)


def heater_box_jpeg() -> bytes:
    """s08: the water heater carton, caved in at the top, photographed at the dock."""
    rng = random.Random(SEEDS["s08"])
    img = Image.new("RGB", (1500, 1700), (120, 122, 126))  # dock floor / wall
    draw = ImageDraw.Draw(img)
    draw.rectangle([(0, 1450), (1500, 1700)], fill=(92, 94, 98))
    draw.rectangle([(210, 180), (1290, 1520)], fill=(196, 160, 112))  # the carton
    draw.polygon(
        [
            (210, 180),
            (560, 180),
            (700, 330),
            (820, 300),
            (960, 180),
            (1290, 180),
            (1290, 260),
            (980, 420),
            (760, 470),
            (520, 380),
            (210, 290),
        ],
        fill=(120, 92, 60),
    )  # caved-in top
    draw.line([(520, 380), (760, 470), (980, 420)], fill=(70, 52, 34), width=6)
    ink = (25, 25, 25)
    draw.text((300, 560), "50 GALLON", font=font(80), fill=(160, 30, 30))
    draw.text((300, 660), "NATURAL GAS WATER HEATER", font=font(48), fill=ink)
    draw.text((300, 730), "40,000 BTU  ATMOSPHERIC VENT", font=font(40), fill=ink)
    draw.rectangle([(300, 860), (1150, 1300)], fill=(248, 248, 244))  # carrier / order label
    draw.text((330, 885), "ESTES  PRO ES4410402981", font=font(36), fill=ink)
    draw.text((330, 945), "PO-70288   SO-104241", font=font(36), fill=ink)
    draw.text((330, 1005), "HARBOR POINT PROPERTY MGMT", font=font(30), fill=ink)
    draw.text((330, 1055), "PC 1 OF 6", font=font(30), fill=ink)
    barcode(draw, rng, 340, 1120, 110, 62)
    draw.text((340, 1240), "0 84512 00500 1", font=font(30), fill=ink)
    pen = (15, 15, 15)
    hand(img, (330, 1360), "DENTED AT TOP - L.O.", rng, size=50, ink=pen, tilt=3.0)
    return photo_finish(img, rng, -0.6, (110, 112, 116), 10000)


def discrepancy_report_png() -> bytes:
    """s25: Keystone's field discrepancy report, filled in by the service manager, scanned."""
    rng = random.Random(SEEDS["s25"])
    img = Image.new("L", (1700, 1200), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "KEYSTONE MECHANICAL CONTRACTORS", font=font(42), fill=15)
    draw.text((70, 106), "FIELD DISCREPANCY REPORT", font=font(30), fill=25)
    draw.text((1180, 60), "FDR-2611-07", font=font(26), fill=50)
    pen = 30
    field(img, draw, (70, 190), "SUPPLIER:", "TRI-STATE", rng, 480, 40, pen)
    field(img, draw, (900, 190), "DATE:", "11/23/26", rng, 360, 40, pen)
    field(img, draw, (70, 270), "VENDOR ORDER:", "SO-104224", rng, 420, 40, pen)
    field(img, draw, (900, 270), "OUR PO:", "77760", rng, 360, 40, pen)
    field(img, draw, (70, 350), "ITEM:", "HVC-FLT-1625-M11  16X25X1 M11", rng, 900, 40, pen)
    field(img, draw, (70, 430), "QTY:", "2 CS", rng, 220, 40, pen)
    draw.text(
        (70, 530),
        "TYPE:  [ ] DAMAGED  [ ] SHORT  [X] WRONG ITEM  [ ] DEFECTIVE  [ ] OVER",
        font=font(26),
        fill=30,
    )
    hand(img, (90, 600), "CASE SAYS M11 - FILTERS STAMPED MERV 8", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (90, 670), "PM ROUTE 3 - NEED EXCHANGE", rng, size=38, ink=pen, tilt=3.0)
    draw.text((70, 800), "REPORTED BY:", font=font(24), fill=60)
    hand(img, (280, 785), "P. KOWAL", rng, size=36, ink=pen)
    draw.text((900, 800), "WHITE: PURCHASING   YELLOW: FIELD", font=font(20), fill=80)
    return scan_finish(img, rng, -0.4, 10000)


# ---------------------------------------------------------------- PDF


def new_pdf(created: dt.datetime, orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="mm", format="Letter")
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def pdf_bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def cell_row(pdf: FPDF, widths: tuple[float, ...], texts: tuple[str, ...], h: float = 7) -> None:
    for w, text in zip(widths, texts, strict=True):
        pdf.cell(w, h, text, border=1)
    pdf.ln(h)


def line(pdf: FPDF, text: str, h: float = 6) -> None:
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def price_notice_pdf() -> bytes:
    """s21: Keystone's price discrepancy notice for INV-88098."""
    pdf = new_pdf(dt.datetime(2026, 11, 19, 14, 48, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8)
    pdf.set_font("Helvetica", "", 9)
    line(
        pdf, "1450 Industrial Hwy, Unit 3, Eddystone, PA 19022  |  Accounts Payable 215-555-0143", 5
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    line(pdf, "PRICE DISCREPANCY NOTICE   PDN-1119-02", 8)
    pdf.set_font("Helvetica", "", 10)
    for left, right in (
        ("Vendor: Tri-State Supply", "Date: 11/19/2026"),
        ("Invoice: INV-88098 (10/26/2026)", "Our PO: PO-77790"),
        ("Vendor order: SO-104226", "Job: 2417 Westgate Medical"),
    ):
        pdf.cell(96, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (10, 38, 22, 14, 24, 24, 20, 26)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(
        pdf, widths, ("Ln", "Item", "Our part", "Qty", "PO price", "Invoiced", "Diff", "Extended")
    )
    pdf.set_font("Helvetica", "", 9)
    for row in (
        ("1", "PIP-CU-L-100-20", "KM-20100", "30", "71.80", "76.40", "4.60", "138.00"),
        ("2", "FTG-CU-E90-100", "KM-40112", "200", "2.95", "2.95", "0.00", "0.00"),
        ("3", "VLV-1005-BV", "KM-88107", "36", "15.20", "15.20", "0.00", "0.00"),
    ):
        cell_row(pdf, widths, row)
    pdf.set_font("Helvetica", "B", 9)
    cell_row(pdf, (132, 20, 26), ("Total price difference", "", "138.00"))
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        'Line 1 (1" type L copper tube, 20 ft lengths) was invoiced above the price on our '
        "purchase order and your quote Q-1019-33. Please issue a credit memo for 138.00 and "
        "reference PDN-1119-02. Lines 2 and 3 are listed for completeness: no variance.",
    )
    pdf.ln(6)
    line(pdf, "Prepared by: Dana Ruiz, Accounts Payable")
    line(pdf, "Terms: Net 30   Payment hold: line 1 only")
    return pdf_bytes(pdf)


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": TO,
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
        **extra,
    }


def wrap(body: str, width: int = 76) -> str:
    """Refill paragraphs that have a line over width, as a mail client does (stays 7bit)."""
    out = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(len(text) <= width for text in lines):
            out.append(para)
            continue
        lead = re.match(r"\s*(?:\d+\. |- )?", lines[0]).group(0)
        joined = " ".join(text.strip() for text in lines)[len(lead.strip()) :].strip()
        out.append(
            "\n".join(
                textwrap.wrap(joined, width, initial_indent=lead, subsequent_indent=" " * len(lead))
            )
        )
    return "\n\n".join(out)


def message(
    headers: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(wrap(body))
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


LUIS = (
    "Luis Ortega\n"
    "Maintenance Supervisor\n"
    "Harbor Point Property Management\n"
    "300 Harbor Way, Bldg A\n"
    "555-331-0600 ext 12\n"
)
GRACE = (
    "Grace Kim\n"
    "Accounts Payable\n"
    "Harbor Point Property Management\n"
    "300 Harbor Way, Bldg A\n"
    "555-331-0600 ext 20\n"
)
DANA = "Dana Ruiz\nAccounts Payable | Keystone Mechanical Contractors\nP: 215-555-0143 | F: 215-555-0199\n"

S05 = (
    "Hi,\n\n"
    "Your truck dropped off PO-70231 yesterday. A couple of things:\n\n"
    "The carton of floor registers in the photo (carton 2 of 3) was torn open on one corner "
    "and 5 of the registers inside are bent, the louvers won't close. The rest of the 60 "
    "are ok.\n\n"
    "Also you sent 2 extra thermostats. We ordered 10 and there are 12 in the boxes. Do you "
    "want them back? Let me know and I'll put them by the dock.\n\n"
    "Thanks\n" + LUIS + "\nSent from my iPhone\n"
)

S08 = (
    "Hello,\n\n"
    "The Estes delivery yesterday for PO-70288 (SO-104241): one of the three 50 gallon gas "
    "water heaters came with the box caved in at the top and the jacket is dented "
    "underneath (photo attached, Luis took it at the dock before signing). The driver noted "
    "it on the receipt, PRO ES4410402981.\n\n"
    "We can't install a dented unit in a tenant's apartment. Please advise on return and "
    "credit. The other two heaters and the 3 expansion tanks are fine.\n\n"
    "Thank you,\n" + GRACE
)

S21 = (
    "Hello,\n\n"
    'Please see the attached price discrepancy notice for INV-88098 (PO-77790). The 1" type L '
    "copper was billed at $76.40 per length; our PO and your quote have $71.80. 30 lengths, "
    "$138.00 difference. Please issue a credit memo.\n\n"
    "Thanks,\nDana\n\n" + DANA
)

S25 = (
    "Hi,\n\n"
    "Attached is our field discrepancy report. The MERV 11 filters from SO-104224 (PO-77760): "
    "2 of the cases we opened for the PM route this week have MERV 8 filters inside, not what "
    "we ordered. The labels on the cases say M11 but the filters are stamped MERV 8. We need "
    "the 2 cases exchanged.\n\n"
    "Pete Kowal\n"
    "Service Manager, Keystone Mechanical\n"
    "215-555-0143 x260\n"
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s05-harbor-registers-extra-stats-photo.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "PO-70231 delivery - bent registers, extra stats",
                "Tue, 10 Nov 2026 14:02:27 -0600",
                "<7D3B0A58-E14C-4F29-B6D8-2A91C5E0F317@harborpointpm.com>",
            ),
            S05,
            (register_label_jpeg(), *JPEG, "IMG_0412.jpg"),
        ),
        (
            "s08-harbor-heater-box-photo.eml",
            hdr(
                "Grace Kim <payables@harborpointpm.com>",
                "Damaged water heater - PO-70288",
                "Thu, 12 Nov 2026 08:47:15 -0600",
                "<9A0E2C61-4B7D-4E85-A3F1-D6C8B2075E49@harborpointpm.com>",
            ),
            S08,
            (heater_box_jpeg(), *JPEG, "IMG_0437.jpg"),
        ),
        (
            "s21-keystone-copper-price-pdf.eml",
            hdr(
                "Dana Ruiz <ap@keystonemech.com>",
                "Price discrepancy PDN-1119-02 / INV-88098",
                "Thu, 19 Nov 2026 10:05:39 -0500",
                "<20261119150539.9C5A7E13@mail.keystonemech.com>",
            ),
            S21,
            (price_notice_pdf(), *PDF, "PDN-1119-02.pdf"),
        ),
        (
            "s25-keystone-filters-scanned-form-late.eml",
            hdr(
                "Pete Kowal <pkowal@keystonemech.com>",
                "Wrong filters - SO-104224",
                "Mon, 23 Nov 2026 10:19:04 -0500",
                "<20261123151904.4D2F8B60@mail.keystonemech.com>",
            ),
            S25,
            (discrepancy_report_png(), *PNG, "FDR-2611-07.png"),
        ),
    ]
    for name, headers, body, attachment in emails:
        sid = name.split("-")[0]
        data = message(headers, body, attachment, f"===============h22_{sid}_0001==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
