"""Build the heldout12 requests that carry an attachment (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout12/make_attachments.py

The set is mostly prose; seven mails carry one simple attachment each:
photo-like JPEGs (Pillow): s01 tag on a damaged crate, s11 wet ceiling tile carton,
s25 water heater rating plate, s29 water heater carton label;
a scanned-looking PNG (Pillow): s15 our packing slip with a pen note;
one-page text PDFs (fpdf2): s23 service ticket, s32 return authorization request.

Everything is fixed: random seeds, dates, MIME boundaries, the PDFs' creation dates, and the
font (Pillow's bundled default font, so no system font is needed).
"""

import io
import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"


# ---------------------------------------------------------------- helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hand(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 30,
    ink: tuple[int, ...] | int = 40,
    tilt: float = 4.0,
) -> None:
    """Write text glyph by glyph with jitter in size, angle and baseline (a pen or marker)."""
    x, y = xy
    for ch in text:
        s = rng.randint(size - 2, size + 2)
        glyph = Image.new("L", (s * 2, s * 2), 0)
        ImageDraw.Draw(glyph).text((s // 2, s // 3), ch, font=font(s), fill=255)
        glyph = glyph.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, glyph.size, ink)
        img.paste(colour, (x - s // 2, y + rng.randint(-2, 2)), glyph)
        x += int(font(s).getlength(ch)) + rng.randint(0, 2)


def photo_finish(
    img: Image.Image, rng: random.Random, angle: float, bg: tuple[int, int, int], noise: int
) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(noise):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-16, 16)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=78)
    return buf.getvalue()


def scan_finish(img: Image.Image, rng: random.Random, angle: float, specks: int) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(specks):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def new_pdf(title: str, author: str, when: datetime) -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_producer("fpdf2")
    pdf.set_creator(author)
    pdf.set_margins(14, 14, 14)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    return pdf


def pdf_fields(pdf: FPDF, rows: list[tuple[str, str]], key_width: float = 42) -> None:
    for key, value in rows:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(key_width, 6, key)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def pdf_table(pdf: FPDF, widths: tuple[float, ...], heads: tuple[str, ...], rows: list) -> None:
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 7, head, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8.5)
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 7, text, border=1)
        pdf.ln()
    pdf.ln(3)


def para(pdf: FPDF, text: str, size: float = 9, style: str = "") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# ---------------------------------------------------------------- the attachments


def crate_tag_jpeg() -> bytes:
    """s01: a receiving hold tag stapled to a broken wooden crate."""
    rng = random.Random(1207)
    bg = (176, 140, 96)  # pine
    img = Image.new("RGB", (1300, 950), bg)
    draw = ImageDraw.Draw(img)
    for i in range(0, 950, 150):  # boards
        draw.line([(0, i), (1300, i + rng.randint(-6, 6))], fill=(120, 92, 60), width=5)
    for _ in range(500):  # grain
        x, y = rng.randrange(1300), rng.randrange(950)
        draw.line([(x, y), (x + rng.randint(30, 120), y + rng.randint(-2, 2))], fill=(158, 122, 80))
    draw.polygon([(980, 0), (1300, 0), (1300, 420), (1120, 260)], fill=(70, 52, 34))  # split
    draw.rectangle([(180, 170), (860, 760)], fill=(250, 226, 120))  # tag
    draw.ellipse([(200, 190), (240, 230)], fill=bg)
    ink = (20, 20, 80)
    draw.text((280, 200), "KEYSTONE RECEIVING - HOLD", font=font(34), fill=(30, 30, 30))
    hand(img, (230, 300), "PO-77812", rng, size=48, ink=ink, tilt=3)
    hand(img, (230, 390), '2" BRONZE GATE VLV', rng, size=44, ink=ink, tilt=3)
    hand(img, (230, 480), "3 DAMAGED", rng, size=56, ink=ink, tilt=3)
    hand(img, (230, 580), "crate crushed - RL", rng, size=40, ink=ink, tilt=3)
    hand(img, (230, 660), "11/6  MB", rng, size=40, ink=ink, tilt=3)
    return photo_finish(img, rng, -3.0, (60, 50, 40), 9000)


def wet_tile_carton_jpeg() -> bytes:
    """s11: the end of a ceiling tile carton, water-stained, with a marker note."""
    rng = random.Random(1211)
    bg = (196, 170, 130)  # light cardboard
    img = Image.new("RGB", (1300, 950), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(260):
        x, y = rng.randrange(1300), rng.randrange(950)
        draw.line([(x, y), (x + rng.randint(10, 60), y)], fill=(182, 156, 118))
    for _ in range(40):  # water stain along the bottom
        cx, cy = rng.randrange(0, 1300), rng.randrange(820, 950)
        r = rng.randint(60, 160)
        draw.ellipse([(cx - r, cy - r // 2), (cx + r, cy + r // 2)], fill=(150, 124, 88))
    draw.rectangle([(120, 90), (900, 470)], fill=(245, 245, 240))  # printed label
    ink = (25, 25, 25)
    draw.text((150, 115), "ACOUSTIC CEILING TILE", font=font(42), fill=ink)
    draw.text((150, 180), "2 FT x 2 FT  SQUARE EDGE  5/8 IN", font=font(30), fill=ink)
    draw.text((150, 240), "ITEM CLG-TILE-24-ACU", font=font(38), fill=ink)
    draw.text((150, 300), "16 PCS / CTN   64 SQ FT", font=font(30), fill=ink)
    draw.text((150, 360), "KEEP DRY - STORE FLAT", font=font(30), fill=ink)
    draw.text((150, 410), "LOT 26-0931", font=font(26), fill=ink)
    draw.rectangle([(130, 530), (780, 750)], fill=(232, 218, 178))  # masking tape
    hand(img, (160, 560), "WET - 3 CTNS", rng, size=60, ink=(10, 10, 10), tilt=3)
    hand(img, (170, 650), "PO-60377", rng, size=52, ink=(10, 10, 10), tilt=3)
    return photo_finish(img, rng, 2.0, (90, 80, 70), 9000)


def packing_slip_png() -> bytes:
    """s15: our packing slip for SO-104231, scanned, with the customer's pen note."""
    rng = random.Random(1215)
    img = Image.new("L", (1700, 1200), 246)
    draw = ImageDraw.Draw(img)
    draw.text((60, 40), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(36), fill=20)
    draw.text((60, 90), "PACKING SLIP", font=font(32), fill=20)
    draw.text((1100, 45), "SO-104231", font=font(34), fill=20)
    draw.text((1100, 92), "Ship date: 10/29/2026", font=font(24), fill=30)
    draw.text((60, 160), "Ship to: DELGADO & SONS PLUMBING", font=font(26), fill=25)
    draw.text((60, 200), "Customer PO: PO-40962      Ship via: OUR TRUCK", font=font(26), fill=25)
    cols = (50, 140, 520, 1180, 1350)
    heads = ("LN", "ITEM", "DESCRIPTION", "ORDERED", "SHIPPED")
    top, step = 270, 70
    for i in range(5):
        draw.line([(cols[0], top + i * step), (1560, top + i * step)], fill=70, width=2)
    for x in (*cols, 1560):
        draw.line([(x, top), (x, top + 4 * step)], fill=70, width=2)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 10, top + 22), head, font=font(24), fill=15)
    rows = [
        ("1", "VLV-0750-PRV", '3/4" PRESSURE REDUCING VALVE', "6", "6"),
        ("2", "FTG-CU-E90-100", '1" WROT COPPER 90 ELL CxC', "100", "100"),
        ("3", "PIP-CU-L-100-20", '1" TYPE L COPPER 20 FT', "12", "12"),
    ]
    y = top + step
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x + 10, y + 22), text, font=font(24), fill=25)
        y += step
    draw.text((60, 620), "Picked by: 14   Checked by: 22   Cartons: 5", font=font(24), fill=35)
    draw.text((60, 670), "Received by: ____________________", font=font(24), fill=35)
    hand(img, (560, 760), "25 of the 90s are 45s !!", rng, size=40, ink=35, tilt=3)
    hand(img, (560, 830), "need 25 - 90 deg   HD 11/12", rng, size=36, ink=35, tilt=3)
    draw.line([(1290, 440), (1200, 750)], fill=60, width=3)  # arrow from the line to the note
    return scan_finish(img, rng, 0.7, 12000)


def service_ticket_pdf() -> bytes:
    """s23: Keystone's service ticket for the failed mixing valve."""
    pdf = new_pdf(
        "Service Ticket ST-26-3318",
        "Keystone Mechanical Contractors - Service",
        datetime(2026, 11, 16, 20, 5, tzinfo=UTC),
    )
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, "Service Department  |  (215) 555-0177", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "SERVICE TICKET  ST-26-3318", new_x="LMARGIN", new_y="NEXT")
    pdf_fields(
        pdf,
        [
            ("Date", "11/16/2026"),
            ("Customer", "Penn Ridge School District"),
            ("Site", "Penn Ridge Middle School - boiler room"),
            ("Call type", "No hot water / temperature complaint"),
            ("Technician", "R. Alvarez"),
        ],
    )
    pdf_table(
        pdf,
        (34, 70, 14, 64),
        ("Equipment", "Description", "Qty", "Source"),
        [
            (
                "VLV-1250-TMV",
                '1-1/4" thermostatic mixing valve',
                "1",
                "Tri-State, PO-76115 (Oct 2025)",
            ),
        ],
    )
    para(
        pdf,
        "Findings: outlet temperature swings between 105 F and 140 F at the fixtures. "
        "Installed a new cartridge kit - no change. Valve body scored at the seat.",
    )
    para(
        pdf,
        "Action: replaced the mixing valve from truck stock, set to 110 F, verified at 4 "
        "fixtures. Failed valve tagged and returned to the shop for a warranty claim.",
    )
    para(pdf, "Hours: 3.5      Materials: 1 TMV (stock), 1 cartridge kit", 9, "B")
    pdf.ln(8)
    para(pdf, "Technician signature: R. Alvarez          Customer: D. Fenwick (facilities)")
    return bytes(pdf.output())


def rating_plate_jpeg() -> bytes:
    """s25: the rating plate of the electric water heater that stopped heating."""
    rng = random.Random(1225)
    bg = (214, 214, 206)  # painted jacket
    img = Image.new("RGB", (1300, 950), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(120):
        x, y = rng.randrange(1300), rng.randrange(950)
        draw.point((x, y), fill=(196, 196, 188))
    draw.rectangle([(150, 100), (1120, 820)], fill=(232, 232, 226), outline=(90, 90, 90), width=4)
    ink = (20, 20, 20)
    draw.text((190, 130), "BRADFORD THERMAL PRODUCTS", font=font(44), fill=ink)
    draw.text((190, 210), "ELECTRIC WATER HEATER  40 GAL", font=font(36), fill=ink)
    draw.text((190, 280), "MODEL  WH-40G-EL", font=font(40), fill=ink)
    draw.text((190, 350), "SERIAL  BT2609-40117", font=font(36), fill=ink)
    draw.text((190, 420), "4500 W   240 V   1 PH", font=font(34), fill=ink)
    draw.text((190, 485), "UPPER 4500 W / LOWER 4500 W NON-SIMULTANEOUS", font=font(28), fill=ink)
    draw.text((190, 545), "WORKING PRESSURE 150 PSI", font=font(28), fill=ink)
    draw.text((190, 605), "UPC 084512004002", font=font(34), fill=ink)
    draw.text((190, 670), "MFD 09/2026", font=font(28), fill=ink)
    return photo_finish(img, rng, -1.5, (120, 120, 115), 9000)


def heater_carton_jpeg() -> bytes:
    """s29: the carton label of the dented gas water heater, with a marker note."""
    rng = random.Random(1229)
    bg = (160, 122, 80)
    img = Image.new("RGB", (1300, 950), bg)
    draw = ImageDraw.Draw(img)
    for _ in range(300):
        x, y = rng.randrange(1300), rng.randrange(950)
        draw.line([(x, y), (x + rng.randint(10, 60), y + rng.randint(-2, 2))], fill=(142, 106, 68))
    draw.rectangle([(90, 80), (930, 560)], fill=(246, 246, 240))
    ink = (25, 25, 25)
    draw.text((120, 105), "BRADFORD THERMAL PRODUCTS", font=font(40), fill=ink)
    draw.text((120, 170), "50 GAL NATURAL GAS WATER HEATER", font=font(32), fill=ink)
    draw.text((120, 225), "40,000 BTU/HR   ATMOSPHERIC VENT", font=font(30), fill=ink)
    draw.text((120, 280), "MODEL WH-50G-NG", font=font(36), fill=ink)
    x = 120
    for _ in range(60):  # barcode
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, 340), (x + w, 440)], fill=ink)
        x += w + rng.choice((2, 3, 4))
    draw.text((120, 455), "UPC 084512005001", font=font(34), fill=ink)
    draw.text((120, 505), "1 EA   THIS SIDE UP", font=font(28), fill=ink)
    draw.rectangle([(120, 620), (820, 840)], fill=(232, 218, 178))  # masking tape
    hand(img, (150, 650), "DENT BACK SIDE", rng, size=58, ink=(15, 15, 15), tilt=3)
    hand(img, (150, 745), "PO-70288  11/18", rng, size=50, ink=(15, 15, 15), tilt=3)
    return photo_finish(img, rng, 1.8, (80, 70, 60), 9000)


def return_request_pdf() -> bytes:
    """s32: Keystone's one-page return authorization request."""
    pdf = new_pdf(
        "Return Authorization Request RAR-2611-07",
        "Keystone Mechanical Contractors - Purchasing",
        datetime(2026, 11, 20, 14, 20, tzinfo=UTC),
    )
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        4,
        "Purchasing  |  nhart@keystonemech.com  |  (215) 555-0183",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "RETURN AUTHORIZATION REQUEST", new_x="LMARGIN", new_y="NEXT")
    pdf_fields(
        pdf,
        [
            ("Request no.", "RAR-2611-07"),
            ("Date", "11/20/2026"),
            ("Vendor", "Tri-State Plumbing & HVAC Supply"),
            ("Our PO", "PO-77731"),
            ("Job", "Oak Lane"),
        ],
    )
    pdf_table(
        pdf,
        (10, 26, 30, 62, 14, 46),
        ("Ln", "Our item", "Vendor item", "Description", "Qty", "Reason"),
        [
            (
                "1",
                "KM-88107",
                "VLV-1005-BV",
                '1" FP ball valve, threaded',
                "10",
                "Surplus - not needed",
            )
        ],
    )
    para(pdf, "Condition: new, unused, in original packaging.")
    para(pdf, "Please reply with an RMA number and the return instructions.")
    pdf.ln(8)
    para(pdf, "Requested by: Nicole Hart, Purchasing")
    return bytes(pdf.output())


# ---------------------------------------------------------------- the messages


def message(headers: dict[str, str], body: str, attachment: tuple, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def hdr(sender: str, subject: str, date: str, msgid: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": "returns@distributor.example",
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
    }


PDF, PNG, JPEG = ("application", "pdf"), ("image", "png"), ("image", "jpeg")

MESSAGES: list[tuple[str, dict[str, str], str, Callable[[], bytes], tuple[str, str], str]] = [
    (
        "s01-keystone-gate-valves-cracked-crate.eml",
        hdr(
            "Dana Ruiz <ap@keystonemech.com>",
            "PO-77812 - gate valves damaged",
            "Mon, 09 Nov 2026 08:14:22 -0500",
            "<20261109131422.7C5A90F3@mail.keystonemech.com>",
        ),
        "Good morning,\n\n"
        "Hope you all had a nice weekend. Quick one before our Monday meeting.\n\n"
        "Our warehouse finished checking in the first delivery on PO-77812 (the RL truck\n"
        'on Thursday 11/5). One crate of the 2" bronze gate valves came in with a corner\n'
        "of the crate smashed, and three of the valves in it are damaged - cracked\n"
        "bonnets, and one has the handwheel snapped off. Photo of the crate attached.\n"
        "The other 37 are fine, and the copper 90s on that delivery checked in OK.\n\n"
        "Please credit the three and let us know if you want them back or if we should\n"
        "scrap them. The driver noted the crate on the delivery receipt.\n\n"
        "Thanks,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n"
        "(215) 555-0190\n",
        crate_tag_jpeg,
        JPEG,
        "IMG_3307.jpg",
    ),
    (
        "s11-summit-wet-tiles-extra-registers-photo.eml",
        hdr(
            "Carlos Mendes <cmendes@summithvac.net>",
            "PO-60377 tiles water damage + registers return",
            "Wed, 11 Nov 2026 12:15:26 -0600",
            "<c5e8a1d4-7b20-4f69-9e3c-06d2b8f41a77@summithvac.net>",
        ),
        "Hi,\n\n"
        "We started the ceiling at the Northgate office today and opened the tile\n"
        "cartons from PO-60377. 3 cartons on the bottom of the pallet are wet, the tiles\n"
        "are stained and soft on the edges, we can't put them up. Looks like they sat in\n"
        "water on the truck or at your dock, the shrink wrap had water inside. Picture\n"
        "attached. I'll keep them here until you tell me what to do with them.\n\n"
        "Also we ended up with 6 floor registers we don't need (the 10x6 white ones),\n"
        "the GC cut 6 openings out of the drawings. Can we send those 6 back?\n\n"
        "Carlos Mendes\nField Supervisor\nSummit HVAC Services\n555-702-3100 x233\n",
        wet_tile_carton_jpeg,
        JPEG,
        "20261111_114502.jpg",
    ),
    (
        "s15-delgado-wrong-elbows-packing-slip-scan.eml",
        hdr(
            "Hector Delgado <hector@delgadosons.com>",
            "wrong elbows PO 40962",
            "Fri, 13 Nov 2026 08:20:51 -0600",
            "<CAK2nRt7Wm0pXb4Lq9Vz1Sc6Ye8Ud3Hf5aG0oJ2iQkB@mail.gmail.com>",
        ),
        "hi\n\n"
        'on our PO 40962 (your SO-104231) we order 100 of the 1" copper 90 elbows. we\n'
        "open the last box yesterday for the job at Ocotillo and it have 25 pcs of 45\n"
        "degree elbows inside, not 90s. The other 75 are good 90s. I attach the packing\n"
        "slip, I write it on there.\n\n"
        "we need 25 of the 90s, and you can take back the 45s when you deliver next\n"
        "time.\n\n"
        "thanks\nHector Delgado\nDelgado & Sons Plumbing\n956-555-0170\n",
        packing_slip_png,
        PNG,
        "scan_20261113_0811.png",
    ),
    (
        "s23-keystone-mixing-valve-ticket-pdf.eml",
        hdr(
            "Tom Morales <tmorales@keystonemech.com>",
            "Warranty - mixing valve PO-76115",
            "Tue, 17 Nov 2026 10:40:08 -0500",
            "<20261117154008.E6A1B93C@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        'We have a failed 1-1/4" thermostatic mixing valve at Penn Ridge Middle School,\n'
        "from PO-76115 last October. It won't hold temperature any more - it swings from\n"
        "105 to 140 F at the fixtures even with a new cartridge kit, and the tech thinks\n"
        "the body is scored. Service ticket attached.\n\n"
        "It's one valve. Can you put this through as a warranty claim with the\n"
        "manufacturer? We replaced it from our stock so the school has hot water.\n\n"
        "Tom Morales\nService Manager\nKeystone Mechanical Contractors\n(215) 555-0177\n",
        service_ticket_pdf,
        PDF,
        "ST-26-3318.pdf",
    ),
    (
        "s25-delgado-heater-element-photo.eml",
        hdr(
            "Marisol Ibarra <office@delgadosons.com>",
            "calentador / water heater no heat - PO 40917",
            "Wed, 18 Nov 2026 09:05:27 -0600",
            "<000c01db5d9e$4a7f3b20$df7db160$@delgadosons.com>",
        ),
        "Good morning\n\n"
        "One of the electric water heater 40 gal we buy on PO 40917 stop to heat. Our\n"
        "plumber check it yesterday, the bottom element is burn out (he measure no\n"
        "continuity) and the upper element also dont work, the thermostat is good. The\n"
        "heater is in use only since 3 weeks. I send picture of the label with the\n"
        "serial number.\n\n"
        "Please we need a new heater or a credit for this 1 heater, it is under warranty\n"
        "no? The customer is with no hot water.\n\n"
        "Thanks you\nMarisol Ibarra\nOficina - Delgado & Sons Plumbing\n956-555-0163\n",
        rating_plate_jpeg,
        JPEG,
        "WhatsApp Image 2026-11-18 at 08.51.12.jpeg",
    ),
    (
        "s29-harbor-heater-dent-found-late-photo.eml",
        hdr(
            "Grace Kim <payables@harborpointpm.com>",
            "PO-70288 water heater dent",
            "Thu, 19 Nov 2026 11:20:18 -0600",
            "<PH0PR17MB6021C8E14B7A20F3D95E1A6B0C38@PH0PR17MB6021.namprd17.prod.outlook.com>",
        ),
        "Hello,\n\n"
        "Our maintenance team uncrated the three gas water heaters from PO-70288\n"
        "yesterday to install them at Lakeview Terrace, and one of them has a large dent\n"
        'in the jacket on the back side, about 8" across, and the drain valve is\n'
        "cracked. It must have happened in shipping, the crate looked fine from the\n"
        "outside. Photo of the carton label attached.\n\n"
        "We'd like a credit for the damaged heater (1 unit at $689.00) or a\n"
        "replacement.\n\n"
        "Thank you,\nGrace Kim\nAccounts Payable\nHarbor Point Property Management\n"
        "555-614-2215\n",
        heater_carton_jpeg,
        JPEG,
        "IMG_0418.jpg",
    ),
    (
        "s32-keystone-return-form-past-window-pdf.eml",
        hdr(
            "Nicole Hart <nhart@keystonemech.com>",
            "Return authorization request - PO-77731",
            "Fri, 20 Nov 2026 09:30:19 -0500",
            "<20261120143019.0B8F2D65@mail.keystonemech.com>",
        ),
        "Hi,\n\n"
        'Attached is our return authorization request for 10 of the 1" ball valves on\n'
        "PO-77731 - the Oak Lane job used fewer than planned and these are surplus.\n"
        "They're new in the box.\n\n"
        "Please let me know the RMA number.\n\n"
        "Thanks!\nNicole Hart\nPurchasing / Counter\nKeystone Mechanical Contractors\n"
        "(215) 555-0183\n",
        return_request_pdf,
        PDF,
        "RAR-2611-07.pdf",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, headers, body, build, (maintype, subtype), filename in MESSAGES:
        boundary = f"===============h12_{name[:3]}_0001=="
        data = message(headers, body, (build(), maintype, subtype, filename), boundary)
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
