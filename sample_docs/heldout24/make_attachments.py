"""Build the heldout24 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout24/make_attachments.py

Run from the repository root with the project's .venv (Pillow and fpdf2 are in it).

Photo-like JPEGs (Pillow): s05 a phone photo of the ball valve carton label with one of the
3/4" valves found inside lying on it; s32 a phone photo of the crushed storage tank carton.
Scanned PNG (Pillow): s11 the carrier's signed delivery receipt with the exception written in.
Text PDF (fpdf2): s23 Keystone's return request form.

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
SEEDS = {"s05": 2405, "s11": 4411, "s32": 3432}

Ink = tuple[int, ...] | int


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def pen_text(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 32,
    ink: Ink = 40,
    tilt: float = 3.0,
) -> None:
    """Handwriting: each glyph drawn with its own size, slant and baseline."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 2, size + 2)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=font(s), fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        img.paste(Image.new(img.mode, glyph.size, ink), (x - s // 2, y + rng.randint(-2, 2)), glyph)
        x += int(font(s).getlength(ch)) + rng.randint(0, 2)


def bars(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(20, 20, 20))
        x += w + rng.choice((2, 3, 4))


def as_scan(img: Image.Image, rng: random.Random, angle: float, specks: int) -> bytes:
    """A flatbed scan: slight skew, speckle, a little blur, greyscale PNG."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=248)
    px = img.load()
    w, h = img.size
    for _ in range(specks):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 80, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def as_photo(
    img: Image.Image, rng: random.Random, angle: float, bg: tuple[int, int, int], noise: int
) -> bytes:
    """A phone photo: held a little crooked, soft focus, sensor noise, JPEG."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(noise):
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-18, 18)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def cardboard(size: tuple[int, int], base: tuple[int, int, int]) -> Image.Image:
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    darker = tuple(max(0, c - 7) for c in base)
    for x in range(0, size[0], 10):  # corrugation
        draw.line([(x, 0), (x, size[1])], fill=darker, width=3)
    return img


# ---------------------------------------------------------------- photos and scan


def valve_box_jpeg() -> bytes:
    """s05: the 1" ball valve carton label, with one of the 3/4" valves from inside on top."""
    rng = random.Random(SEEDS["s05"])
    img = cardboard((1600, 1200), (181, 143, 97))
    draw = ImageDraw.Draw(img)
    draw.rectangle([(120, 140), (1080, 900)], fill=(246, 246, 241))  # carton label
    ink = (20, 20, 20)
    draw.text((160, 170), "NORTHGATE SUPPLY  DC-SOUTH", font=font(40), fill=ink)
    draw.line([(150, 230), (1050, 230)], fill=ink, width=3)
    rows = [
        ("ITEM:", "VLV-1005-BV"),
        ("", '1" BALL VALVE FP THD'),
        ("QTY:", "12 EA"),
        ("PO:", "24519"),
        ("ORDER:", "SO-104236"),
        ("CTN:", "1 OF 2"),
    ]
    y = 260
    for key, value in rows:
        draw.text((170, y), key, font=font(28), fill=(70, 70, 70))
        draw.text((360, y), value, font=font(38), fill=ink)
        y += 64
    bars(draw, rng, 170, 680, 120, 66)
    draw.text((170, 820), "RIVERBEND PLUMBING & HEATING", font=font(28), fill=ink)
    # the valve lying on the carton: a brass body, a red lever, the stamped size
    draw.rounded_rectangle([(1160, 430), (1500, 610)], radius=40, fill=(188, 150, 60))
    draw.rectangle([(1120, 480), (1170, 560)], fill=(170, 134, 52))
    draw.rectangle([(1490, 480), (1540, 560)], fill=(170, 134, 52))
    draw.rectangle([(1300, 300), (1340, 440)], fill=(120, 120, 120))
    draw.rounded_rectangle([(1180, 250), (1560, 310)], radius=18, fill=(190, 30, 30))
    draw.text((1250, 490), "3/4", font=font(60), fill=(90, 66, 22))
    return as_photo(img, rng, 1.6, (70, 66, 60), 9000)


def delivery_receipt_png() -> bytes:
    """s11: the Estes delivery receipt, signed at Harbor Point with the exception noted."""
    rng = random.Random(SEEDS["s11"])
    img = Image.new("L", (1700, 1150), 250)
    draw = ImageDraw.Draw(img)
    draw.text((70, 50), "ESTES EXPRESS LINES", font=font(44), fill=15)
    draw.text((70, 108), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(28), fill=25)
    draw.text((1150, 60), "PRO ES4410402981", font=font(32), fill=20)
    draw.text((1150, 108), "DATE 11/11/2026", font=font(28), fill=30)
    draw.line([(60, 160), (1640, 160)], fill=30, width=3)
    left = [
        ("SHIPPER:", "NORTHGATE SUPPLY DC-EAST"),
        ("CONSIGNEE:", "HARBOR POINT PROPERTY MGMT"),
        ("", "300 HARBOR WAY BLDG A"),
        ("", "PORT ELWOOD TX 77590"),
        ("PO / REF:", "70288 / SO-104241"),
    ]
    y = 185
    for key, value in left:
        draw.text((70, y), key, font=font(24), fill=60)
        draw.text((290, y), value, font=font(30), fill=20)
        y += 48
    y += 20
    draw.rectangle([(60, y), (1640, y + 46)], outline=30, width=2)
    for x, head in ((75, "PCS"), (220, "DESCRIPTION"), (1150, "WEIGHT"), (1400, "HM")):
        draw.text((x, y + 10), head, font=font(24), fill=30)
    y += 46
    for pcs, desc, wt in (
        ("3", "WATER HEATER 50 GAL NAT GAS", "465 LB"),
        ("3", "EXPANSION TANK 2 GAL", "27 LB"),
    ):
        draw.rectangle([(60, y), (1640, y + 50)], outline=30, width=2)
        draw.text((90, y + 10), pcs, font=font(30), fill=20)
        draw.text((220, y + 10), desc, font=font(30), fill=20)
        draw.text((1150, y + 10), wt, font=font(30), fill=20)
        y += 50
    y += 40
    draw.text((70, y), "EXCEPTIONS:", font=font(26), fill=40)
    pen = 35
    pen_text(img, (300, y - 12), "1 WH CRUSHED TOP - DAMAGED", rng, size=40, ink=pen)
    draw.line([(290, y + 40), (1620, y + 40)], fill=120, width=1)
    y += 120
    draw.text((70, y), "RECEIVED IN GOOD ORDER EXCEPT AS NOTED", font=font(22), fill=60)
    y += 60
    draw.text((70, y + 10), "SIGNATURE:", font=font(24), fill=60)
    pen_text(img, (260, y - 6), "L. Ortega", rng, size=40, ink=pen, tilt=5.0)
    draw.text((900, y + 10), "TIME:", font=font(24), fill=60)
    pen_text(img, (1000, y - 6), "10:40", rng, size=38, ink=pen)
    return as_scan(img, rng, 0.5, 9000)


def tank_carton_jpeg() -> bytes:
    """s32: the storage tank carton, crushed at the bottom corner, on a job site."""
    rng = random.Random(SEEDS["s32"])
    img = Image.new("RGB", (1500, 1800), (132, 128, 118))  # garage / site floor
    draw = ImageDraw.Draw(img)
    draw.rectangle([(0, 1560), (1500, 1800)], fill=(104, 100, 92))
    box = cardboard((1100, 1420), (200, 166, 118))
    img.paste(box, (200, 140))
    draw.polygon(
        [(1300, 1180), (1300, 1560), (920, 1560), (1010, 1470), (1120, 1420), (1200, 1300)],
        fill=(118, 92, 62),
    )  # the crushed corner
    draw.line(
        [(920, 1560), (1010, 1470), (1120, 1420), (1200, 1300), (1300, 1180)],
        fill=(74, 56, 36),
        width=7,
    )
    ink = (28, 28, 28)
    draw.text((280, 240), "80 GAL", font=font(96), fill=(20, 60, 130))
    draw.text((280, 360), "INDIRECT STORAGE TANK", font=font(54), fill=ink)
    draw.text((280, 430), "GLASS-LINED  POTABLE", font=font(44), fill=ink)
    draw.text((280, 490), "THIS SIDE UP", font=font(40), fill=(150, 30, 30))
    draw.rectangle([(280, 620), (1160, 1000)], fill=(246, 246, 242))  # product label
    draw.text((310, 645), "MODEL: WH-TK-80-GL", font=font(40), fill=ink)
    draw.text((310, 705), "BRADFORD THERMAL PRODUCTS", font=font(30), fill=ink)
    draw.text((310, 755), "SERIAL 2610-44817", font=font(30), fill=ink)
    bars(draw, rng, 320, 815, 110, 60)
    draw.text((320, 940), "WT 182 LB", font=font(28), fill=ink)
    pen_text(img, (320, 1090), "LAKESIDE - PO 5521", rng, size=54, ink=(15, 15, 15), tilt=3.0)
    return as_photo(img, rng, -1.2, (120, 116, 108), 10000)


# ---------------------------------------------------------------- PDF


def new_pdf(created: dt.datetime) -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(created)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    return pdf


def text_line(pdf: FPDF, text: str, h: float = 6) -> None:
    pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")


def table_row(pdf: FPDF, widths: tuple[float, ...], texts: tuple[str, ...], h: float = 7) -> None:
    for w, text in zip(widths, texts, strict=True):
        pdf.cell(w, h, text, border=1)
    pdf.ln(h)


def return_request_pdf() -> bytes:
    """s23: Keystone's return request RR-2611-14 for the leftover filters of SO-104224."""
    pdf = new_pdf(dt.datetime(2026, 11, 20, 15, 56, 0, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", "B", 15)
    text_line(pdf, "KEYSTONE MECHANICAL CONTRACTORS", 8)
    pdf.set_font("Helvetica", "", 9)
    text_line(pdf, "880 Industrial Park Rd, Eddystone, PA 19022  |  Purchasing 215-555-0143", 5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    text_line(pdf, "RETURN REQUEST   RR-2611-14", 8)
    pdf.set_font("Helvetica", "", 10)
    for left, right in (
        ("Vendor: Northgate Supply", "Date: 11/20/2026"),
        ("Our PO: PO-77760", "Vendor order: SO-104224"),
        ("Job: 2391 Chester Pike MOB", "Requested by: Dana Ruiz"),
    ):
        pdf.cell(96, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (10, 38, 70, 14, 12, 52)
    pdf.set_font("Helvetica", "B", 9)
    table_row(pdf, widths, ("Ln", "Item", "Description", "Qty", "UOM", "Reason"))
    pdf.set_font("Helvetica", "", 9)
    table_row(
        pdf,
        widths,
        (
            "1",
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 pleated, case/12",
            "5",
            "CS",
            "Not needed - overstock",
        ),
    )
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "The job used 7 of the 12 cases delivered on 10/22/2026. The remaining cases are "
        "unopened, in original packaging, and can be picked up at our dock (door 3, "
        "7am-3pm). Restocking fee per our agreement.",
    )
    pdf.ln(6)
    text_line(pdf, "Approved: T. Morales, Purchasing")
    text_line(pdf, "Return to: Northgate Supply DC-EAST")
    return bytes(pdf.output())


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")
PDF = ("application", "pdf")


def headers(sender: str, subject: str, date: str, msgid: str) -> dict[str, str]:
    return {"From": sender, "To": TO, "Subject": subject, "Date": date, "Message-ID": msgid}


def refill(body: str, width: int = 76) -> str:
    """Refill paragraphs with a line over width, as a mail client does (stays 7bit)."""
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


def build(
    head: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in head.items():
        msg[key] = value
    msg.set_content(refill(body))
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


GRACE = (
    "Grace Kim\n"
    "Accounts Payable\n"
    "Harbor Point Property Management\n"
    "300 Harbor Way, Bldg A, Port Elwood, TX 77590\n"
    "409-555-0160 ext 20\n"
)

S05 = (
    'opened the 1" ball valve box this morning and its all 3/4 valves inside. 12 of them. '
    'label on the box says 1" but the valves are stamped 3/4, pic attached. we need the '
    '12 x 1" asap we have a rough in wed\n\n'
    "also got 12 bags of the 1/2 crimp couplings and we only ordered 10 so 2 extra bags "
    "here, tell me if you want them back or if you pick up\n\n"
    "mike\n\n"
    "Sent from my iPhone\n"
)

S11 = (
    "Good morning,\n\n"
    "Attached is the signed Estes delivery receipt from yesterday's delivery on PO-70288 "
    "(PRO ES4410402981). Luis noted on it that one water heater was damaged: the 50 gallon "
    "gas unit on the second pallet has a crushed top and the gas control is knocked loose. "
    "We refused it for install and it is set aside in our shop.\n\n"
    "Please credit or replace the 1 water heater. The expansion tanks were fine.\n\n"
    "Thank you,\n" + GRACE
)

S23 = (
    "Hi,\n\n"
    "Attached is our return request RR-2611-14. We have 5 cases of the 16x25x1 MERV 11 "
    "filters left over from PO-77760 (SO-104224), the job only needed 7 of the 12 cases. "
    "They're unopened. Not needed, please send an RMA for the 5 cases.\n\n"
    "Thanks,\n"
    "Dana\n\n"
    "Dana Ruiz\n"
    "Accounts Payable | Keystone Mechanical Contractors\n"
    "P: 215-555-0143 | F: 215-555-0199\n"
    "880 Industrial Park Rd, Eddystone, PA 19022\n"
)

S32 = (
    "Hello,\n\n"
    "We received an 80 gallon indirect storage tank from you last week for the Hartwell "
    "Rd project and the carton was crushed at the bottom corner. The tank jacket is dented "
    "and the bottom fitting is bent (photo attached). Our PO is 5521. Please let me know "
    "how we get a replacement.\n\n"
    "Frank Castellano\n"
    "Site Superintendent\n"
    "Lakeside Builders LLC\n"
    "12 Commerce Dr, Hammonton, NJ 08037\n"
    "(609) 555-0148\n"
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s05-riverbend-phone-wrong-valves-photo.eml",
            headers(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "wrong valves po 24519",
                "Mon, 09 Nov 2026 07:38:12 -0500",
                "<6E1F0A7C-93B2-4D58-A0C4-7B2E8D91F356@riverbendph.com>",
            ),
            S05,
            (valve_box_jpeg(), *JPEG, "IMG_2287.jpg"),
        ),
        (
            "s11-harbor-heater-delivery-receipt-scan.eml",
            headers(
                "Grace Kim <payables@harborpointpm.com>",
                "Damaged water heater PO-70288 - delivery receipt attached",
                "Thu, 12 Nov 2026 09:31:26 -0600",
                "<B5D0E2F7-1A4C-4E93-8F26-C3A7D9E0B148@harborpointpm.com>",
            ),
            S11,
            (delivery_receipt_png(), *PNG, "Scan_20261112_0931.png"),
        ),
        (
            "s23-keystone-filters-return-form-pdf.eml",
            headers(
                "Dana Ruiz <ap@keystonemech.com>",
                "Return request RR-2611-14 / PO-77760",
                "Fri, 20 Nov 2026 11:02:14 -0500",
                "<SA1PR04MB8830C1E7A4B95D2F0E6B37F9F6A70@SA1PR04MB8830.namprd04.prod.outlook.com>",
            ),
            S23,
            (return_request_pdf(), *PDF, "RR-2611-14.pdf"),
        ),
        (
            "s32-unknown-builder-tank-photo.eml",
            headers(
                "Frank Castellano <fcastellano@lakesidebuildersnj.com>",
                "damaged storage tank",
                "Mon, 30 Nov 2026 08:22:41 -0500",
                "<CAL5fZc2tank5521.Hw8@mail.gmail.com>",
            ),
            S32,
            (tank_carton_jpeg(), *JPEG, "20261130_081544.jpg"),
        ),
    ]
    for name, head, body, attachment in emails:
        sid = name.split("-")[0]
        data = build(head, body, attachment, f"===============h24_{sid}_0001==")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
