"""Build the heldout14 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout14/make_attachments.py

s05: HTML-only Outlook mail (no text part) with a phone photo (JPEG) of a cracked
     condensate pump and its carton label.
s29: reply with quoted history and a one-page service ticket (text PDF, fpdf2).
s34: note about claims already handled (not a claim) with a phone photo (JPEG) of a
     signed driver pickup slip.

Everything is fixed: random seeds, MIME boundaries, the PDF's creation date and the font
(Pillow's bundled default font, so no system font is needed). The facts of every claim are
also in the mail text; the attachments support them. The other requests of the set are
plain files written by hand.
"""

import io
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
SEEDS = {"s05": 1405, "s34": 1434}


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def photo_finish(img: Image.Image, rng: random.Random, angle: float, noise: int) -> bytes:
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 84, 70))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(noise):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-14, 14)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=78)
    return buf.getvalue()


def pump_photo_jpeg() -> bytes:
    """s05: a condensate pump with a cracked reservoir in front of its torn carton."""
    rng = random.Random(SEEDS["s05"])
    img = Image.new("RGB", (1280, 960), (118, 104, 86))
    draw = ImageDraw.Draw(img)
    for y in range(0, 960, 24):  # shop floor
        draw.line([(0, y + rng.randint(-3, 3)), (1280, y)], fill=(110, 97, 80), width=1)
    draw.rectangle([(80, 90), (760, 620)], fill=(196, 160, 112), outline=(150, 118, 80), width=4)
    draw.polygon([(600, 90), (760, 90), (760, 260), (690, 180)], fill=(120, 100, 75))  # torn
    draw.rectangle([(130, 140), (560, 330)], fill=(246, 246, 240))
    draw.text((150, 155), "CONDENSATE REMOVAL PUMP", font=font(26), fill=(20, 20, 20))
    draw.text((150, 195), "115 V  60 Hz  w/ SAFETY SWITCH", font=font(22), fill=(30, 30, 30))
    draw.text((150, 235), "ITEM HVC-CND-PUMP", font=font(26), fill=(20, 20, 20))
    draw.text((150, 275), "QTY 1 EA", font=font(22), fill=(30, 30, 30))
    draw.rounded_rectangle(
        [(700, 470), (1160, 860)], 30, fill=(232, 232, 226), outline=(60, 60, 60)
    )
    draw.rectangle([(760, 420), (1100, 480)], fill=(40, 40, 40))
    x, y = 840, 560  # the crack
    for _ in range(14):
        nx, ny = x + rng.randint(-18, 30), y + rng.randint(12, 26)
        draw.line([(x, y), (nx, ny)], fill=(30, 30, 30), width=4)
        x, y = nx, ny
    draw.ellipse([(900, 700), (1000, 760)], fill=(150, 170, 190))  # water on the base
    return photo_finish(img, rng, 2.0, 5000)


def pickup_slip_jpeg() -> bytes:
    """s34: our driver's pickup slip, signed by the customer's receiver (not a claim)."""
    rng = random.Random(SEEDS["s34"])
    img = Image.new("RGB", (1100, 1400), (248, 246, 238))
    draw = ImageDraw.Draw(img)
    draw.text((60, 50), "TRI-STATE PLUMBING & HVAC SUPPLY", font=font(34), fill=(15, 15, 15))
    draw.text((60, 100), "DRIVER PICKUP RECEIPT   No. PU-30418", font=font(30), fill=(20, 20, 20))
    rows = [
        ("Customer", "Riverbend Plumbing & Heating"),
        ("Pickup at", "Oakmont yard, 7 Foundry Rd"),
        ("Date", "12/04/2026  07:40"),
        ("Driver", "T. Nguyen  truck 14"),
    ]
    y = 190
    for key, value in rows:
        draw.text((60, y), key, font=font(26), fill=(40, 40, 40))
        draw.text((300, y), value, font=font(26), fill=(15, 15, 15))
        y += 48
    y += 30
    for x in (60, 260, 760, 1040):
        draw.line([(x, y), (x, y + 240)], fill=(70, 70, 70), width=2)
    for i in range(5):
        draw.line([(60, y + i * 60), (1040, y + i * 60)], fill=(70, 70, 70), width=2)
    lines = [
        ("QTY", "ITEM / RMA", "ORDER"),
        ("8", "2in PVC tee - per RMA", "SO-104230"),
        ("1", "3/4 PEX-A coil 300ft - per RMA", "SO-104236"),
        ("", "", ""),
    ]
    for i, (qty, item, order) in enumerate(lines):
        draw.text((75, y + i * 60 + 16), qty, font=font(26), fill=(15, 15, 15))
        draw.text((275, y + i * 60 + 16), item, font=font(26), fill=(15, 15, 15))
        draw.text((775, y + i * 60 + 16), order, font=font(26), fill=(15, 15, 15))
    y += 300
    draw.text((60, y), "Received by (customer):", font=font(24), fill=(40, 40, 40))
    x0, y0 = 380, y + 10  # a signature
    for _ in range(40):
        x1, y1 = x0 + rng.randint(4, 14), y0 + rng.randint(-16, 16)
        draw.line([(x0, y0), (x1, y1)], fill=(20, 40, 120), width=3)
        x0, y0 = x1, y1
    draw.text((60, y + 80), "All items counted with driver.", font=font(24), fill=(40, 40, 40))
    return photo_finish(img, rng, -3.0, 6000)


def service_ticket_pdf() -> bytes:
    """s29: Summit's service ticket for two Wi-Fi thermostats."""
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2026, 12, 3, 15, 20, tzinfo=UTC))
    pdf.set_title("Service Request SR-56040")
    pdf.set_author("Summit HVAC Services")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Summit HVAC Services")
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "SUMMIT HVAC SERVICES", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, "Eastfield service shop  |  555-702-3100", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "SERVICE REQUEST SR-56040", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Opened", "12/02/2026 10:12   Priority 3"),
        ("Site", "Elm St Apartments, bldg A, units 101 and 104"),
        ("Tech", "J. Ortiz (#114)"),
        ("Supplier ref", "INV-88152"),
    ]
    for key, value in rows:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(34, 5.5, key)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = (22, 62, 38, 58)
    pdf.set_font("Helvetica", "B", 8)
    for w, head in zip(widths, ("Unit", "Part", "Serial", "Finding"), strict=True):
        pdf.cell(w, 6.5, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8)
    for row in (
        ("101", "7-day Wi-Fi thermostat", "TP75-2610-04418", "reboots every 3-5 min"),
        ("104", "7-day Wi-Fi thermostat", "TP75-2610-04431", "no Wi-Fi, reboots"),
    ):
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 6.5, text, border=1)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        5,
        "Factory reset done on both, firmware 3.1.8, router 2.4 GHz confirmed. Both units "
        "defective, removed and bagged. Replaced with old thermostats for now.\n"
        "Parts for vendor warranty: 2 thermostats.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


S05_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hello,</p>
<p class="MsoNormal">PO-60455 (your SO-104244), UPS delivery of 11/12 to our Eastfield shop
(tracking 1Z4F83090342291043). When Raj's crew opened the condensate pumps this week,
2 of them had cracked reservoirs; the outer carton has a fork hole through it. Photo of one
attached.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Item</b></td><td><b>Ordered</b></td><td><b>Received</b></td><td><b>Damaged</b></td></tr>
<tr><td>Condensate pump 115V</td><td>10</td><td>10</td><td>2</td></tr>
<tr><td>Thermostat 24V</td><td>12</td><td>12</td><td>0</td></tr>
<tr><td>Filter 16x25x1 MERV 11</td><td>20 cs</td><td>20 cs</td><td>0</td></tr>
</table>
<p class="MsoNormal">Please credit the two damaged pumps.</p>
<p class="MsoNormal">Thank you,<br>Linda Chu<br>Accounts Payable | Summit HVAC Services<br>
555-702-3100 x204</p>
</div></body></html>
"""

S29_TEXT = """Hi,

Thank you for sending the 4 replacement thermostats, they went in on Tuesday.

New issue on the same invoice, INV-88152: 2 of the 7-day Wi-Fi thermostats won't stay
on the network and reboot every few minutes. The techs did a factory reset on both, no
change. They're defective - service ticket SR-56040 with the serials is attached.
Please credit or replace the 2.

Linda

Linda Chu
Accounts Payable | Summit HVAC Services
555-702-3100 x204

On Fri, Nov 20, 2026 at 8:40 AM Raj Patel <raj.patel@summithvac.net> wrote:
> Pasting this from our service ticket, easier than retyping it.
>
> === Summit HVAC Services - Service Request SR-55821 ===
>   11/19 15:22 JO  opened 4 cartons labeled non-programmable digital thermostat,
>                   UPC 084512021006, from SO-104238. All 4 hold a 240V line-voltage
>                   baseboard thermostat, not the 24V unit on the carton and the PO.
>   11/19 15:40 JO  other 16 from that order checked, correct.
> Parts: UPC 084512021006  qty 4  WRONG ITEM
> === end ===
"""

S34_TEXT = """Hi,

Your driver picked up the 8 cracked tees from SO-104230 and the PEX coil from PO-24519
this morning. Photo of the signed pickup slip attached for your records. Nothing else
needed on those, thanks for handling them so quickly.

Karen

Karen Liu | Office Manager
Riverbend Plumbing & Heating
(555) 240-8800
"""


def build(
    headers: dict[str, str],
    body: str,
    subtype: str,
    attachment: tuple[bytes, str, str, str],
    boundary: str,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body, subtype=subtype)
    data, maintype, sub, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=sub, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    headers = {
        "From": sender,
        "To": "returns@distributor.example",
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
    }
    headers.update({key.replace("_", "-"): value for key, value in extra.items()})
    return headers


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    mails = [
        (
            "s05-summit-html-cracked-condensate-pumps.eml",
            hdr(
                "Linda Chu <ap@summithvac.net>",
                "Damaged condensate pumps - PO-60455",
                "Wed, 18 Nov 2026 10:12:40 -0600",
                "<BN8PR05MB66125E0A9C3D7F14B2A86E5D0C19@BN8PR05MB6612.namprd05.prod.outlook.com>",
            ),
            S05_HTML,
            "html",
            (pump_photo_jpeg(), "image", "jpeg", "IMG_20261117_152204.jpg"),
        ),
        (
            "s29-summit-reply-wifi-thermostats-invoice.eml",
            hdr(
                "Linda Chu <ap@summithvac.net>",
                "RE: SR-55821 wrong thermostats SO-104238",
                "Thu, 03 Dec 2026 09:40:15 -0600",
                "<BN8PR05MB6612A7C41E9D0B3F56D28C4E7F02@BN8PR05MB6612.namprd05.prod.outlook.com>",
                In_Reply_To="<9e4b1c2a-5d7f-4e08-b3a6-c81f0d2e7b94@summithvac.net>",
            ),
            S29_TEXT,
            "plain",
            (service_ticket_pdf(), "application", "pdf", "SR-56040.pdf"),
        ),
        (
            "s34-riverbend-pickup-slip-photo.eml",
            hdr(
                "Karen Liu <office@riverbendph.com>",
                "Pickup slip - tees and PEX coil",
                "Fri, 04 Dec 2026 11:05:52 -0600",
                "<005c01db6672$4a1e9d30$de5bd790$@riverbendph.com>",
            ),
            S34_TEXT,
            "plain",
            (pickup_slip_jpeg(), "image", "jpeg", "IMG_20261204_074512.jpg"),
        ),
    ]
    for name, headers, body, subtype, attachment in mails:
        boundary = f"===============h14_{name[:3]}_0001=="
        (OUT / name).write_bytes(build(headers, body, subtype, attachment, boundary))


if __name__ == "__main__":
    main()
