"""Build the heldout26 requests that carry an attachment (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout26/make_attachments.py

Run from the repository root with the project's .venv (Pillow and fpdf2 are in it).

- s05: a phone photo (JPEG) of a rain-soaked filter case, its end label with the UPC.
- s10: Mike's count sheet of the R+L delivery (CSV), forwarded by Karen.
- s31: the water heater service company's ticket, filled in by hand and scanned (PNG).
- s36: Keystone's own service report (text PDF), forwarded by Dana.

Everything is fixed: random seeds, dates, MIME boundaries, the PDF creation date, the fonts
(Pillow's bundled default font, fpdf2's core Helvetica). The other 36 requests of the set
carry no attachment and were written by hand.
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

HERE = Path(__file__).resolve().parent / "requests"
RETURNS = "returns@distributor.example"

# Seeds of the photographed and scanned documents; each was read back with plain Tesseract.
SEED = {"s05": 26059, "s31": 26311}

Colour = tuple[int, ...] | int


# ------------------------------------------------------------------ drawing helpers


def face(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def handwrite(
    canvas: Image.Image,
    at: tuple[int, int],
    words: str,
    rng: random.Random,
    size: int = 34,
    colour: Colour = 30,
    slant: float = 4.0,
) -> None:
    """Pen on paper: every letter gets its own size, rotation and a wobbly baseline."""
    x, y = at
    for letter in words:
        px = size + rng.randint(-2, 2)
        tile = Image.new("L", (px * 2, px * 2), 0)
        ImageDraw.Draw(tile).text((px // 2, px // 3), letter, font=face(px), fill=255)
        tile = tile.rotate(rng.uniform(-slant, slant), resample=Image.BICUBIC)
        ink = Image.new(canvas.mode, tile.size, colour)
        canvas.paste(ink, (x - px // 2, y + rng.randint(-3, 3)), tile)
        x += int(face(px).getlength(letter)) + rng.randint(0, 3)


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, height: int) -> int:
    """Bars of random widths (not a readable symbol); returns the right edge."""
    for _ in range(58):
        width = rng.choice((2, 2, 2, 4, 6))
        draw.rectangle([(x, y), (x + width, y + height)], fill=(18, 18, 18))
        x += width + rng.choice((2, 3, 3, 5))
    return x


def corrugated(size: tuple[int, int], tone: tuple[int, int, int]) -> Image.Image:
    board = Image.new("RGB", size, tone)
    draw = ImageDraw.Draw(board)
    shade = tuple(max(0, c - 8) for c in tone)
    for x in range(0, size[0], 11):
        draw.line([(x, 0), (x, size[1])], fill=shade, width=3)
    return board


def soak(img: Image.Image, rng: random.Random, blots: int) -> None:
    """Dark, soft-edged water stains."""
    stain = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(stain)
    w, h = img.size
    for _ in range(blots):
        cx, cy = rng.randrange(w), rng.randrange(h // 2, h)
        rx, ry = rng.randint(60, 220), rng.randint(40, 160)
        draw.ellipse([(cx - rx, cy - ry), (cx + rx, cy + ry)], fill=rng.randint(60, 110))
    stain = stain.filter(ImageFilter.GaussianBlur(25))
    dark = Image.new("RGB", img.size, (70, 52, 30))
    img.paste(dark, (0, 0), stain)


def phone_shot(img: Image.Image, rng: random.Random, tilt: float, surround: tuple) -> bytes:
    """Hand-held phone picture: crooked, slightly soft, sensor grain, JPEG."""
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=surround)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    pix = img.load()
    w, h = img.size
    for _ in range(12000):
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = pix[i, j]
        d = rng.randint(-16, 16)
        pix[i, j] = (min(255, max(0, r + d)), min(255, max(0, g + d)), min(255, max(0, b + d)))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=82)
    return out.getvalue()


def flatbed(img: Image.Image, rng: random.Random, tilt: float) -> bytes:
    """Office scanner: a little skew, dust, mild blur, greyscale PNG."""
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=True, fillcolor=246)
    pix = img.load()
    w, h = img.size
    for _ in range(7000):
        pix[rng.randrange(w), rng.randrange(h)] = rng.choice((20, 90, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False)
    return out.getvalue()


# ------------------------------------------------------------------ the pictures


def wet_filter_case_jpeg() -> bytes:
    """s05: close-up of a filter case end, soaked from the bottom, its product label on it."""
    rng = random.Random(SEED["s05"])
    shot = Image.new("RGB", (1500, 1150), (96, 98, 100))  # shop floor at the edges
    case = corrugated((1400, 1060), (204, 170, 124))
    soak(case, rng, 9)
    shot.paste(case, (50, 40))
    draw = ImageDraw.Draw(shot)
    ink = (22, 22, 22)
    draw.text((110, 80), "AIRFLOW PRO", font=face(70), fill=(25, 70, 40))
    draw.rectangle([(100, 190), (1300, 790)], fill=(244, 244, 238))  # the label
    draw.text((140, 215), "16X25X1  MERV 11", font=face(76), fill=ink)
    draw.text((140, 315), "PLEATED AIR FILTER", font=face(56), fill=ink)
    draw.text((140, 395), "12 PER CASE", font=face(50), fill=ink)
    barcode(draw, rng, 150, 480, 170)
    draw.text((160, 670), "0 61234 51625 1", font=face(56), fill=ink)
    draw.text((760, 500), "LOT 2610-07", font=face(40), fill=(60, 60, 60))
    draw.text((760, 560), "MADE IN USA", font=face(40), fill=(60, 60, 60))
    draw.text((110, 860), "KEEP DRY", font=face(60), fill=(150, 30, 30))
    return phone_shot(shot, rng, -1.4, (80, 82, 84))


def service_ticket_png() -> bytes:
    """s31: Coastal Water Heater Service ticket 44817, filled in by the technician."""
    rng = random.Random(SEED["s31"])
    page = Image.new("L", (1700, 1250), 250)
    draw = ImageDraw.Draw(page)
    draw.text((70, 50), "COASTAL WATER HEATER SERVICE", font=face(46), fill=15)
    draw.text((70, 110), "Sales - Service - Installation   (409) 555-0129", font=face(26), fill=40)
    draw.text((1260, 55), "TICKET", font=face(30), fill=30)
    draw.text((1260, 95), "No. 44817", font=face(40), fill=15)
    draw.line([(60, 160), (1640, 160)], fill=30, width=3)
    pen = 40
    fields = [
        ("DATE", "11/30/26"),
        ("CUSTOMER", "Harbor Point PM - Bldg D boiler rm"),
        ("UNIT", "50 gal nat gas, #2 of 3"),
        ("COMPLAINT", "no hot water"),
        ("FINDINGS", "gas control valve failed"),
        ("", "pilot lights, wont hold - TC 8 mV"),
        ("RECOMMEND", "replace unit - warranty"),
    ]
    y = 200
    for label, text in fields:
        if label:
            draw.text((80, y + 8), label + ":", font=face(26), fill=50)
        draw.line([(330, y + 50), (1620, y + 50)], fill=150, width=1)
        handwrite(page, (350, y), text, rng, size=40, colour=pen)
        y += 90
    y += 30
    draw.text((80, y + 8), "TECH:", font=face(26), fill=50)
    handwrite(page, (200, y), "D. Harlan", rng, size=42, colour=pen, slant=6.0)
    draw.text((900, y + 8), "HOURS:", font=face(26), fill=50)
    handwrite(page, (1040, y), "1.5", rng, size=40, colour=pen)
    draw.text((80, y + 110), "WHITE - OFFICE   YELLOW - CUSTOMER", font=face(20), fill=90)
    return flatbed(page, rng, -0.6)


# ------------------------------------------------------------------ the sheet and the PDF


def count_sheet_csv() -> bytes:
    """s10: Mike's count of the R+L delivery of SO-104243."""
    rows = [
        "PO 24530 / SO-104243,R+L 11/12,counted by M OBrien,,",
        "item,description,on slip,counted,note",
        "VLV-1005-BV,1in ball valve FP,48,48,ok",
        "FTG-CU-E90-100,1in copper 90 CxC,250,225,9 bags of 25 not 10",
        "VLV-0750-PRV,3/4 PRV 25-75psi,4,4,1 gauge port snapped off - box caved in",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("ascii")


def service_report_pdf() -> bytes:
    """s36: Keystone service report SR-26-1187, two failed Wi-Fi thermostats."""
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(dt.datetime(2026, 12, 3, 21, 14, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()

    def line(text: str, h: float = 6) -> None:
        pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 14)
    line("KEYSTONE MECHANICAL CONTRACTORS - SERVICE DEPARTMENT", 8)
    pdf.set_font("Helvetica", "", 9)
    line("1200 Industrial Hwy, Eddystone, PA 19022  |  Service 215-555-0143 x240", 5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    line("SERVICE REPORT  SR-26-1187", 7)
    pdf.set_font("Helvetica", "", 10)
    for left, right in (
        ("Date: 12/03/2026", "Technician: R. Santangelo (#27)"),
        ("Site: Baltimore Pike MOB, suites 210 and 240", "Call type: no heat / controls"),
        ("Material PO: PO-77760 (Brennan Supply)", "Time on site: 1.5 h"),
    ):
        pdf.cell(100, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (10, 58, 30, 52, 42)
    heads = ("Qty", "Item", "UPC", "Symptom", "Action")
    row = (
        "2",
        "7-day prog. Wi-Fi thermostat",
        "084512075004",
        "reboots every 3-5 min",
        "replaced from van stock",
    )
    for font_style, texts in (("B", heads), ("", row)):
        pdf.set_font("Helvetica", font_style, 9)
        for width, text in zip(widths, texts, strict=True):
            pdf.cell(width, 7, text, border=1)
        pdf.ln(7)
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Both thermostats lost their programmed schedule and restart every few minutes. "
        "Measured 25.8 VAC R to C, steady; C wire good; the stock units installed in their "
        "place run normally. Failed units bagged and tagged for warranty return, in van 12.",
    )
    pdf.ln(6)
    line("Customer signature: on file      Reviewed: D. Ruiz")
    return bytes(pdf.output())


# ------------------------------------------------------------------ messages


def wrap76(body: str) -> str:
    """Wrap over-long paragraphs at 76 columns as a mail client does (stays 7bit)."""
    paras = []
    for para in body.split("\n\n"):
        rows = para.split("\n")
        if all(len(r) <= 76 for r in rows):
            paras.append(para)
            continue
        lead = re.match(r"\s*(?:- )?", rows[0]).group(0)
        text = " ".join(r.strip() for r in rows)[len(lead.strip()) :].strip()
        paras.append(
            "\n".join(
                textwrap.wrap(
                    text,
                    76,
                    initial_indent=lead,
                    subsequent_indent=" " * len(lead),
                    break_on_hyphens=False,
                )
            )
        )
    return "\n\n".join(paras)


def message(
    head: list[tuple[str, str]],
    body: str,
    data: bytes,
    mime: tuple[str, str],
    filename: str,
    boundary: str,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in head:
        msg[key] = value
    msg.set_content(wrap76(body), charset="us-ascii", cte="7bit")
    msg.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


S05 = (
    "Hi,\n\n"
    "Two cases of the 16x25x1 MERV 11 filters on PO-60418 / SO-104238 got wet. Your "
    "truck left the pallet by the overhead door at our shop on the 5th and it rained all "
    "afternoon; the bottom two cases are soaked through and the filters are warped and "
    "smell musty now that we opened them. Photo of one of the case labels attached (UPC "
    "061234516251).\n\n"
    "The other 8 cases are fine. Please credit the 2 cases, we'll toss them unless you "
    "want them back.\n\n"
    "Raj\n\n"
    "Raj Patel\n"
    "Service Manager\n"
    "Summit HVAC Services\n"
    "(816) 555-0178 ext 3\n"
)

S10 = (
    "Hi,\n\n"
    "See below from Mike, and his count sheet is attached. PO 24530 / SO-104243. Can you "
    "please credit or ship the missing elbows and replace the PRV?\n\n"
    "Thank you,\n"
    "Karen Liu\n"
    "Office Manager\n"
    "Riverbend Plumbing & Heating\n"
    "(856) 555-0134\n\n"
    "---------- Forwarded message ---------\n"
    "From: Mike O'Brien <mike.obrien@riverbendph.com>\n"
    "Date: Thu, Nov 12, 2026 at 3:48 PM\n"
    "Subject: SO-104243 count\n"
    "To: Karen Liu <office@riverbendph.com>\n\n"
    "counted the R+L delivery. 1 inch copper elbows we got 225 not 250, slip says 250 (9 "
    "bags of 25). one of the pressure reducing valves has the gauge port snapped off, box "
    "was caved in. the 48 ball valves are all there. sheet attached\n"
)

S31 = (
    "see below and the tech's service ticket attached. can you sort this, its one of the "
    "3 heaters from PO 70288. the heater is out of service\n\n"
    "Luis\n\n"
    "Luis Ortega\n"
    "Maintenance Supervisor\n"
    "Harbor Point Property Management\n"
    "409-555-0160 ext 12\n\n"
    "-----Original Message-----\n"
    "From: Coastal Water Heater Service <dispatch@coastalwhs.com>\n"
    "Sent: Monday, November 30, 2026 4:52 PM\n"
    "To: Luis Ortega <maintenance@harborpointpm.com>\n"
    "Subject: Bldg D water heater - service report\n\n"
    "Luis,\n\n"
    "Ticket 44817 attached. The 50 gallon gas water heater in the Bldg D boiler room "
    "(unit 2 of 3) has a failed gas control valve: the pilot lights but the thermocouple "
    "reads 8 mV and the valve won't hold. The unit was installed 11/16, so it should be "
    "covered by the manufacturer. We recommend replacing the unit rather than the "
    "control, the tank is brand new.\n\n"
    "Denny Harlan\n"
    "Coastal Water Heater Service\n"
)

S36 = (
    "Hi,\n\n"
    "Forwarding our service department's report (PDF attached) for warranty credit: 2 "
    "Wi-Fi thermostats from PO-77760 failed in the field. They're the ones with UPC "
    "084512075004 on the box. The tech swapped in stock units, so we're asking for credit, "
    "not a replacement.\n\n"
    "Thanks,\n"
    "Dana\n\n"
    "Dana Ruiz\n"
    "Accounts Payable | Keystone Mechanical Contractors\n"
    "P: 215-555-0143 | F: 215-555-0199\n\n"
    "-----Original Message-----\n"
    "From: Rick Santangelo <service@keystonemech.com>\n"
    "Sent: Thursday, December 3, 2026 4:20 PM\n"
    "To: Dana Ruiz <ap@keystonemech.com>\n"
    "Subject: Service report SR-26-1187\n\n"
    "Dana - report attached. Two of the programmable stats at the Baltimore Pike MOB "
    "lost their schedule and now reboot every few minutes. Both pulled and bagged, "
    "they're in my van.\n\n"
    "Rick\n"
)


def head(sender: str, subject: str, date: str, msgid: str, *more: tuple[str, str]):
    return [
        ("From", sender),
        ("To", RETURNS),
        *more,
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", msgid),
    ]


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    outlook = ("X-Mailer", "Microsoft Outlook 16.0")
    mails = [
        (
            "s05-summit-wet-filters-photo.eml",
            head(
                "Raj Patel <raj.patel@summithvac.net>",
                "Wet filters - PO-60418",
                "Wed, 11 Nov 2026 08:10:12 -0600",
                "<SJ0PR11MB4973D7A20E5B1C94F36A8E0B8C0A4@SJ0PR11MB4973.namprd11.prod.outlook.com>",
                outlook,
            ),
            S05,
            (wet_filter_case_jpeg(), ("image", "jpeg"), "IMG_4471.JPG"),
        ),
        (
            "s10-riverbend-fwd-elbows-short-prv-sheet.eml",
            head(
                "Karen Liu <office@riverbendph.com>",
                "Fwd: SO-104243 count",
                "Fri, 13 Nov 2026 10:05:44 -0500",
                "<CAKd2hR4pXm8Vz1nQ7bT3wY6cL0jS9eF2gA5uK8oH4s@mail.gmail.com>",
            ),
            S10,
            (count_sheet_csv(), ("text", "csv"), "SO-104243 count.csv"),
        ),
        (
            "s31-harbor-fwd-heater-tech-note-scan.eml",
            head(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "FW: Bldg D water heater - service report",
                "Tue, 01 Dec 2026 11:04:38 -0600",
                "<BYAPR17MB2360C5E8A1D27B04F9E3C6D2C1F71@BYAPR17MB2360.namprd17.prod.outlook.com>",
                outlook,
            ),
            S31,
            (service_ticket_png(), ("image", "png"), "Ticket 44817.png"),
        ),
        (
            "s36-keystone-fwd-service-report-pdf.eml",
            head(
                "Dana Ruiz <ap@keystonemech.com>",
                "FW: Service report SR-26-1187 - thermostat failures",
                "Fri, 04 Dec 2026 08:45:31 -0500",
                "<DM6PR08MB5418D4C71B0E9F2A63E5B7C1A7E96@DM6PR08MB5418.namprd08.prod.outlook.com>",
                outlook,
            ),
            S36,
            (service_report_pdf(), ("application", "pdf"), "SR-26-1187.pdf"),
        ),
    ]
    for name, headers, body, (data, mime, filename) in mails:
        sid = name[:3]
        boundary = f"_004_heldout26_{sid}_boundary_"
        (HERE / name).write_bytes(message(headers, body, data, mime, filename, boundary))


if __name__ == "__main__":
    main()
