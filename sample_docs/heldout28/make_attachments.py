"""Write the four heldout28 requests that carry an attachment (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout28/make_attachments.py

Run from the repository root with the project's .venv (Pillow and fpdf2 come with it).

- s08: Luis's phone photo (JPEG) of the crushed corner of a gas water heater carton.
- s09: the R+L packing slip of SO-104243, marked up by hand and scanned (PNG), forwarded.
- s20: Delgado's debit memo DM-1126 (text PDF).
- s26: Riverbend's job closeout leftover count (CSV sheet).

Nothing varies between runs: the random seeds, the dates, the MIME boundaries, the PDF's
creation date and the fonts (Pillow's bundled default font, fpdf2's core Helvetica) are
fixed. The other 36 requests of the set have no attachment.
"""

import datetime as dt
import io
import random
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
MAILBOX = "returns@distributor.example"

# One seed per picture; each picture was read back with plain Tesseract 5 (see README).
SEEDS = {"s08": 2808, "s09": 2809}

Ink = int | tuple[int, ...]


# ---------------------------------------------------------------- small drawing tools


def font(px: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=px)


def pen(
    page: Image.Image,
    start: tuple[int, int],
    text: str,
    rng: random.Random,
    px: int = 36,
    ink: Ink = 35,
    lean: float = 5.0,
) -> None:
    """Handwriting: each character drawn on its own, tilted, resized and off the line."""
    x, y = start
    for ch in text:
        size = px + rng.randint(-3, 2)
        cell = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(cell).text((size // 2, size // 3), ch, font=font(size), fill=255)
        cell = cell.rotate(rng.uniform(-lean, lean), resample=Image.BICUBIC)
        page.paste(
            Image.new(page.mode, cell.size, ink), (x - size // 2, y + rng.randint(-4, 4)), cell
        )
        x += int(font(size).getlength(ch)) + rng.randint(-1, 3)


def bars(draw: ImageDraw.ImageDraw, rng: random.Random, left: int, top: int, tall: int) -> None:
    """A strip of black bars of random widths (looks like a barcode, encodes nothing)."""
    x = left
    for _ in range(64):
        w = rng.choice((2, 2, 3, 4, 6))
        draw.rectangle([(x, top), (x + w, top + tall)], fill=(15, 15, 15))
        x += w + rng.choice((2, 2, 3, 4))


def cardboard(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Brown corrugated board with faint flutes and a few scuffs."""
    board = Image.new("RGB", size, (196, 160, 112))
    draw = ImageDraw.Draw(board)
    for y in range(0, size[1], 9):
        draw.line([(0, y), (size[0], y)], fill=(189, 153, 106), width=2)
    for _ in range(25):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.line(
            [(x, y), (x + rng.randint(20, 90), y + rng.randint(-6, 6))],
            fill=(170, 134, 92),
            width=2,
        )
    return board


def crush(img: Image.Image, rng: random.Random) -> None:
    """A caved-in lower right corner: a dark crumpled wedge with crease lines."""
    w, h = img.size
    shade = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(shade)
    d.polygon([(w, h - 560), (w - 500, h), (w, h)], fill=170)
    shade = shade.filter(ImageFilter.GaussianBlur(22))
    img.paste(Image.new("RGB", img.size, (84, 60, 34)), (0, 0), shade)
    draw = ImageDraw.Draw(img)
    draw.polygon([(w - 40, h - 470), (w - 250, h - 150), (w - 120, h - 90)], fill=(214, 182, 136))
    for _ in range(14):
        x0 = w - rng.randint(20, 450)
        y0 = h - rng.randint(10, 160)
        end = (x0 + rng.randint(40, 200), y0 - rng.randint(60, 330))
        draw.line([(x0, y0), end], fill=(52, 36, 20), width=rng.choice((2, 3, 4)))


def camera(img: Image.Image, rng: random.Random, angle: float, backdrop: tuple) -> bytes:
    """A phone picture: turned a little, slightly out of focus, noisy, saved as JPEG."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=backdrop)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    px = img.load()
    w, h = img.size
    for _ in range(15000):
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        n = rng.randint(-14, 14)
        px[i, j] = tuple(min(255, max(0, c + n)) for c in (r, g, b))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def scanner(img: Image.Image, rng: random.Random, angle: float) -> bytes:
    """A sheet-fed office scan: a slight skew, specks of dust, soft edges, grey PNG."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=244)
    px = img.load()
    w, h = img.size
    for _ in range(6000):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((30, 110, 250))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# ---------------------------------------------------------------- the two pictures


def heater_carton_photo() -> bytes:
    """s08: the side of the heater carton with its printed label; the corner is caved in."""
    rng = random.Random(SEEDS["s08"])
    frame = Image.new("RGB", (1600, 1200), (70, 74, 80))  # loading dock in the background
    box = cardboard((1480, 1100), rng)
    crush(box, rng)
    frame.paste(box, (60, 50))
    draw = ImageDraw.Draw(frame)
    dark = (20, 20, 20)
    draw.text((130, 95), "BRADFORD THERMAL PRODUCTS", font=font(64), fill=(120, 20, 20))
    draw.rectangle([(120, 200), (1230, 760)], fill=(240, 240, 232))
    draw.text((150, 225), "50 GAL NATURAL GAS", font=font(72), fill=dark)
    draw.text((150, 315), "WATER HEATER", font=font(72), fill=dark)
    draw.text((150, 410), "40,000 BTU/HR  ATMOSPHERIC VENT", font=font(42), fill=dark)
    draw.text((150, 470), "MODEL BT-5040N", font=font(42), fill=dark)
    bars(draw, rng, 160, 540, 130)
    draw.text((175, 690), "0 84512 00500 1", font=font(48), fill=dark)
    draw.text((130, 830), "THIS SIDE UP", font=font(58), fill=dark)
    pen(frame, (760, 870), "BLDG C - 3 of 3", rng, px=66, ink=(25, 25, 90), lean=9.0)
    return camera(frame, rng, 2.1, (64, 68, 74))


def packing_slip_scan() -> bytes:
    """s09: packing slip of SH-55160, checked off and annotated by Mike, then scanned."""
    rng = random.Random(SEEDS["s09"])
    page = Image.new("L", (1700, 1200), 250)
    draw = ImageDraw.Draw(page)
    draw.text((70, 50), "HOLLIS SUPPLY CO.", font=font(50), fill=20)
    draw.text((70, 115), "DC-EAST  -  PACKING SLIP", font=font(30), fill=40)
    draw.text((1080, 55), "SHIPMENT SH-55160", font=font(32), fill=20)
    draw.text((1080, 100), "ORDER SO-104243", font=font(32), fill=20)
    draw.text((1080, 145), "CUST PO 24530", font=font(32), fill=20)
    draw.text((70, 200), "SHIP TO: RIVERBEND PLUMBING & HEATING", font=font(28), fill=40)
    draw.text((70, 240), "SHIPPED 11/10/2026   VIA R+L CARRIERS", font=font(28), fill=40)
    draw.line([(60, 300), (1640, 300)], fill=30, width=3)
    heads = ((80, "LN"), (170, "ITEM"), (520, "DESCRIPTION"), (1300, "QTY SHIPPED"))
    for x, text in heads:
        draw.text((x, 315), text, font=font(28), fill=30)
    draw.line([(60, 360), (1640, 360)], fill=30, width=2)
    rows = (
        ("1", "VLV-1005-BV", '1" BRASS BALL VALVE FP THD', "48"),
        ("2", "FTG-CU-E90-100", '1" WROT CU 90 ELL CXC', "250"),
        ("3", "VLV-0750-PRV", '3/4" PRV 25-75 PSI', "4"),
    )
    y = 385
    for ln, item, desc, qty in rows:
        for x, text in zip((80, 170, 520, 1340), (ln, item, desc, qty), strict=True):
            draw.text((x, y), text, font=font(30), fill=25)
        y += 90
    pen(page, (1450, 380), "ok", rng, px=40, ink=40)
    pen(page, (1450, 470), "?", rng, px=40, ink=40)
    pen(page, (220, 660), "2 of these are 1/2 in - ordered 3/4", rng, px=40, ink=40)
    draw.line([(1430, 590), (1600, 560)], fill=60, width=3)  # arrow from the note to line 3
    draw.line([(60, 760), (1640, 760)], fill=30, width=2)
    draw.text((80, 790), "RECEIVED BY:", font=font(28), fill=40)
    pen(page, (330, 780), "M OBrien  11/12", rng, px=40, ink=40, lean=7.0)
    draw.text((80, 900), "Report shortages or damage within 5 days.", font=font(24), fill=70)
    return scanner(page, rng, 0.7)


# ---------------------------------------------------------------- the PDF and the sheet


def debit_memo_pdf() -> bytes:
    """s20: Delgado & Sons debit memo DM-1126 against PO-40962."""
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 21, 5, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()

    def row(text: str, h: float = 6) -> None:
        pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 16)
    row("DELGADO & SONS PLUMBING", 8)
    pdf.set_font("Helvetica", "", 9)
    row(
        "2210 Gulfway Dr, Port Arthur, TX 77640  |  (409) 555-0120  |  office@delgadoplumbing.com",
        5,
    )
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    row("DEBIT MEMO  DM-1126", 7)
    pdf.set_font("Helvetica", "", 10)
    for left, right in (
        ("To: Hollis Supply Co. - Returns", "Date: 11/20/2026"),
        ("Our PO: PO-40962", "Your order: SO-104231"),
        ("Invoice: INV-88112", "Terms: deduct from next payment"),
    ):
        pdf.cell(105, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (12, 38, 80, 26, 30)
    table = (
        ("B", ("Qty", "Item", "Description / reason", "Unit", "Amount")),
        ("", ("2", "VLV-0750-PRV", '3/4" PRV - not needed, return new in box', "94.00", "188.00")),
        (
            "",
            (
                "12",
                "PIP-CU-L-100-20",
                '1" type L 20 ft - billed 74.20, quoted 69.90',
                "4.30",
                "51.60",
            ),
        ),
        ("B", ("", "", "Total debit", "", "239.60")),
    )
    for style, cells in table:
        pdf.set_font("Helvetica", style, 9)
        for width, text in zip(widths, cells, strict=True):
            pdf.cell(width, 7, text, border=1)
        pdf.ln(7)
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "The two valves will be returned to your counter with a copy of this memo. Price on "
        "the copper per quote from M. Tedesco dated 10/26/2026. Please send a credit memo "
        "referencing DM-1126.",
    )
    pdf.ln(6)
    row("Approved: R. Delgado")
    return bytes(pdf.output())


def closeout_sheet_csv() -> bytes:
    """s26: Mike's leftover count at the close of the Haddon Ave job (PO 24460)."""
    lines = [
        "Job closeout - Haddon Ave (PO 24460 / SO-104230),,,,,",
        "item,description,ordered,installed,left over,action",
        "FTG-PVC-T-200,2in PVC tee SxSxS,100,94,6,keep for stock",
        "PIP-CU-L-100-20,1in type L copper 20ft,10,6,4,RETURN",
        "VLV-0075-BV,3/4in ball valve sweat,30,30,0,",
        "counted 11/27/2026 by M OBrien,,,,,",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


# ---------------------------------------------------------------- the messages


def fold(body: str) -> str:
    """Break over-long lines at 76 columns, keeping quote marks and list indents."""
    out = []
    for line in body.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        lead = ""
        for mark in ("> ", "- ", "* "):
            if line.startswith(mark):
                lead = mark
        rest = " " * len(lead) if lead in ("- ", "* ") else lead
        out.extend(
            textwrap.wrap(
                line, 76, initial_indent="", subsequent_indent=rest, break_on_hyphens=False
            )
        )
    return "\n".join(out)


def build(
    headers: list[tuple[str, str]],
    body: str,
    attachment: tuple[bytes, str, str, str],
    boundary: str,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers:
        msg[key] = value
    msg.set_content(fold(body), charset="us-ascii", cte="7bit")
    data, main, sub, filename = attachment
    msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


S08 = """\
Estes dropped the 3 gas water heaters for Bldg C yesterday aftrenoon. One of
them the crate was smashed in on a corner and the jacket is caved in about 2
inches right next to the gas valve, see photo. Driver wrote it on the
deliverey receipt, PRO 0148-2261-7.

I dont want to install a heater that took a hit like that. Please credit or
replace the 1 heater. The other 2 are ok and so are the 3 expansion tanks.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
(409) 555-0177
"""

S09 = """\
Please see Mike's note below, his marked up packing slip is attached.

Karen

Karen Liu
Office Manager
Riverbend Plumbing & Heating
(856) 555-0122


---------- Forwarded message ---------
From: Mike O'Brien <mike.obrien@riverbendph.com>
Date: Thu, Nov 12, 2026 at 4:37 PM
Subject: PRVs on 24530
To: Karen Liu <office@riverbendph.com>


karen can you send this to the supply house. R+L came at 2:15. the pressure
reducing valves, 2 of the 4 boxes are 1/2 inch, we ordered 3/4. they need to
swap those 2, I wrote it on the slip. other 2 prvs are fine. will count the
ball valves and the elbows tomorrow

Mike
"""

S20 = """\
Hi,

Attached is our debit memo DM-1126 for PO-40962 (your SO-104231). Two
things on it:

- The homeowner changed the plans and we will not use 2 of the 3/4"
pressure reducing valves. They are new in the box, please take them back.
- The 1" type L copper: Mark quoted us 69.90 a stick and the invoice has
74.20 for all 12. We want the difference credited.

I'll bring the valves to the counter Monday morning. Let me know if you
need anything else.

Rosa Delgado
Delgado & Sons Plumbing
(409) 555-0120
"""

S26 = """\
Hi,

We closed out the Haddon Ave job that PO 24460 was for, Mike's leftover
count is attached. We're keeping the extra tees for stock. The copper is
another story: 4 of the 20' sticks of 1" type L were never cut and we have
no other job coming up that uses 1". We'd like to send those back for
credit, less the 10%.

Please let me know the RMA # and we'll drop them at your Pennsauken
counter.

Thank you,
Karen

Karen Liu
Office Manager
Riverbend Plumbing & Heating
(856) 555-0122
"""


def headers(sender: str, subject: str, date: str, msgid: str, *extra: tuple[str, str]):
    return [
        ("From", sender),
        ("To", MAILBOX),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", msgid),
        *extra,
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    outlook = ("X-Mailer", "Microsoft Outlook 16.0")
    jobs = [
        (
            "s08-harbor-heater-crate-photo.eml",
            headers(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "damaged heater PO 70288",
                "Thu, 12 Nov 2026 08:40:12 -0600",
                "<A3C0E5D2-71B4-4F0E-9B6A-2D18C47F90E1@harborpointpm.com>",
                ("X-Mailer", "iPhone Mail (22B91)"),
            ),
            S08,
            (heater_carton_photo(), "image", "jpeg", "IMG_2093.jpeg"),
        ),
        (
            "s09-riverbend-fwd-half-inch-prv-slip-scan.eml",
            headers(
                "Karen Liu <office@riverbendph.com>",
                "Fwd: PRVs on 24530",
                "Fri, 13 Nov 2026 08:15:26 -0500",
                "<CAH7wq2Lx9TnB4eR0pKd6VmZ1sJ8yUc3fQoG5aN2hW7tE4bX@mail.gmail.com>",
            ),
            S09,
            (packing_slip_scan(), "image", "png", "scan_20261113_0811.png"),
        ),
        (
            "s20-delgado-debit-memo-pdf.eml",
            headers(
                "Rosa Delgado <rosa@delgadoplumbing.com>",
                "Debit memo DM-1126 - PO-40962",
                "Fri, 20 Nov 2026 15:30:21 -0600",
                "<SA1PR19MB5127E0B3C94A61D8F2A7C5E9B3D02@SA1PR19MB5127.namprd19.prod.outlook.com>",
                outlook,
            ),
            S20,
            (debit_memo_pdf(), "application", "pdf", "DM-1126.pdf"),
        ),
        (
            "s26-riverbend-closeout-sheet-copper.eml",
            headers(
                "Karen Liu <office@riverbendph.com>",
                "Return request - PO 24460 leftover copper",
                "Mon, 30 Nov 2026 11:05:18 -0500",
                "<CAH7wq2Mv4KsD8pX1rTb9QeL6nZc2jWy5gHuA0oF3iN8kR6d@mail.gmail.com>",
            ),
            S26,
            (closeout_sheet_csv(), "text", "csv", "Haddon Ave closeout.csv"),
        ),
    ]
    for name, head, body, attachment in jobs:
        boundary = f"----=_heldout28_{name[:3]}_part_0"
        (OUT / name).write_bytes(build(head, body, attachment, boundary))


if __name__ == "__main__":
    main()
