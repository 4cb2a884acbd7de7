"""Build the heldout17 requests that carry attachments or an HTML part (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout17/make_attachments.py

Photo-like JPEGs (Pillow): s05 the carrier's delivery receipt with the driver's pen notes,
s22 a hand-written defect tag on a thermostat box.
Scanned-looking PNG (Pillow): s08 a hand-written receiving note on a shop notepad.
HTML: s19 is multipart/alternative with an HTML table from an AP system (no file attached).

Everything is fixed: random seeds, dates, MIME boundaries and the font (Pillow's bundled
default font). The other requests of the set are written by hand.
"""

import io
import random
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
TO = "returns@distributor.example"

# Seeds of the scanned and photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s05": 1705,
    "s08": 1708,
    "s22": 1722,
}


# ---------------------------------------------------------------- image helpers


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
    img.save(buf, format="JPEG", quality=78)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    top: int,
    rows: int,
    step: int,
    right: int,
    fill: tuple[int, ...] | int = 70,
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=fill, width=2)
    for x in (*cols, right):
        draw.line([(x, top), (x, top + rows * step)], fill=fill, width=2)


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(25, 25, 25))
        x += w + rng.choice((2, 3, 4))


# ---------------------------------------------------------------- photos and scans


def delivery_receipt_jpeg() -> bytes:
    """s05: the carrier's delivery receipt for SO-104241, the driver's exceptions in pen."""
    rng = random.Random(SEEDS["s05"])
    img = Image.new("RGB", (1600, 1200), (92, 84, 74))  # the desk under the paper
    draw = ImageDraw.Draw(img)
    draw.rectangle([(60, 40), (1540, 1160)], fill=(246, 244, 236))
    ink_print = (20, 20, 20)
    draw.text((100, 70), "ESTES EXPRESS LINES", font=font(40), fill=ink_print)
    draw.text((100, 122), "DELIVERY RECEIPT - CONSIGNEE COPY", font=font(28), fill=ink_print)
    draw.text((1020, 70), "PRO ES4410402981", font=font(34), fill=ink_print)
    barcode(draw, rng, 1030, 120, 60, 52)
    rows = [
        ("SHIPPER:", "TRI-STATE SUPPLY  DC-EAST"),
        ("CONSIGNEE:", "HARBOR POINT PROPERTY MGMT  300 HARBOR WAY BLDG A"),
        ("SHIPPER REF:", "SO-104241     CONSIGNEE PO: PO-70288"),
        ("DELIVERY DATE:", "11/11/2026"),
    ]
    y = 215
    for key, value in rows:
        draw.text((100, y), key, font=font(24), fill=(50, 50, 50))
        draw.text((360, y), value, font=font(26), fill=ink_print)
        y += 44
    cols = (90, 230, 1050, 1250)
    heads = ("PCS", "DESCRIPTION", "WEIGHT LB", "CLASS")
    top, step = 410, 70
    grid(draw, cols, top, 3, step, 1510, fill=(80, 80, 80))
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 10, top + 22), head, font=font(22), fill=ink_print)
    lines = [
        ("3", "WATER HEATER 50 GAL GAS  (CTN)", "465", "85"),
        ("3", "EXPANSION TANK 2 GAL  (CTN)", "27", "85"),
    ]
    y = top + step
    for row in lines:
        for x, text in zip(cols, row, strict=True):
            draw.text((x + 10, y + 20), text, font=font(26), fill=ink_print)
        y += step
    draw.text((100, 650), "EXCEPTIONS:", font=font(26), fill=ink_print)
    draw.text(
        (100, 900),
        "Received in good order except as noted.  Consignee signature:",
        font=font(22),
        fill=(60, 60, 60),
    )
    draw.text((100, 1010), "Driver:", font=font(22), fill=(60, 60, 60))
    pen = (20, 30, 110)
    hand(img, (310, 640), "1 WH CTN DAMAGED - FORK HOLE", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (310, 710), "JACKET DENTED", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (310, 790), "EXP TANK ONLY 2 OF 3 REC'D", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (980, 930), "L. Ortega", rng, size=34, ink=pen)
    hand(img, (230, 1000), "#4471  11/11", rng, size=32, ink=pen)
    return photo_finish(img, rng, 1.8, (70, 64, 56), 9000)


def receiving_note_png() -> bytes:
    """s08: Summit's shop receiving note for SO-104244, hand-written on a lined pad."""
    rng = random.Random(SEEDS["s08"])
    img = Image.new("L", (1500, 1300), 248)
    draw = ImageDraw.Draw(img)
    draw.text((50, 30), "SUMMIT HVAC SERVICES - SHOP", font=font(34), fill=20)
    draw.text((50, 76), "RECEIVING NOTE", font=font(28), fill=30)
    draw.text((1100, 36), "No 1143", font=font(28), fill=40)
    for i in range(13):
        y = 170 + i * 80
        draw.line([(50, y + 52), (1450, y + 52)], fill=160, width=1)
    draw.line([(150, 150), (150, 1240)], fill=190, width=2)  # margin rule
    lines = [
        ("VENDOR: TRI-STATE", 34, 35),
        ("PO 60455   SO-104244", 34, 35),
        ("UPS 11/12  8 CTNS", 34, 35),
        ("HVC-CND-PUMP  REC 10", 34, 35),
        ("2 CRACKED RESERVOIR - DAMAGED", 34, 35),
        ("TST-2100-NP  ORD 12  REC 14", 34, 35),
        ("2 EXTRA - SEND BACK", 34, 35),
        ("HVC-FLT-1625-M11  20  OK", 34, 35),
    ]
    y = 170
    for text, size, ink in lines:
        hand(img, (170, y), text, rng, size=size, ink=ink)
        y += 80
    hand(img, (170, y + 80), "J. OKAFOR  11/12", rng, size=32, ink=55)
    return scan_finish(img, rng, -0.7, 13000)


def defect_tag_jpeg() -> bytes:
    """s22: a hand-written manila defect tag on the thermostat's box, photographed."""
    rng = random.Random(SEEDS["s22"])
    img = Image.new("RGB", (1400, 1000), (150, 118, 82))  # workbench
    draw = ImageDraw.Draw(img)
    for _ in range(60):  # wood grain
        y = rng.randrange(1000)
        draw.line([(0, y), (1400, y + rng.randint(-10, 10))], fill=(138, 107, 74), width=2)
    draw.rectangle([(60, 560), (1340, 980)], fill=(238, 238, 234))  # the box under the tag
    draw.text((100, 600), "BRADFORD THERMAL PRODUCTS", font=font(30), fill=(30, 30, 30))
    draw.text((100, 650), "7-DAY PROGRAMMABLE WI-FI THERMOSTAT", font=font(28), fill=(30, 30, 30))
    barcode(draw, rng, 110, 720, 90, 40)
    draw.polygon(
        [(300, 60), (1100, 60), (1160, 130), (1160, 540), (240, 540), (240, 130)],
        fill=(244, 232, 196),
    )  # manila tag
    draw.ellipse([(680, 80), (720, 120)], fill=(150, 118, 82), outline=(120, 95, 60), width=4)
    draw.text((270, 140), "DEFECTIVE - DO NOT USE", font=font(30), fill=(150, 20, 20))
    pen = (15, 15, 15)
    hand(img, (280, 200), "KM-61750  WIFI TSTAT", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (280, 270), "SO-104224 / PO-77760", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (280, 340), "DOA - NO DISPLAY", rng, size=38, ink=pen, tilt=3.0)
    hand(img, (280, 410), "24V OK AT TERMINALS", rng, size=34, ink=pen, tilt=3.0)
    hand(img, (280, 470), "11/23  RA", rng, size=34, ink=pen, tilt=3.0)
    return photo_finish(img, rng, -1.2, (80, 62, 44), 8000)


# ---------------------------------------------------------------- messages

PNG = ("image", "png")
JPEG = ("image", "jpeg")


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": TO,
        "Subject": subject,
        "Date": date,
        "Message-ID": msgid,
        **extra,
    }


def message(
    headers: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def alternative_message(headers: dict[str, str], text: str, html: str, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.set_boundary(boundary)
    return msg.as_bytes()


S19_TEXT = """Hello,

Our 3-way match flagged the type L copper on INV-88098. Our PO-77790 price is 71.80 per
20' length, the invoice charges 76.40. Please credit the difference on all 30 lengths.
The other two lines of the invoice matched.

PO        Our item  Your item        Description                 Qty  PO price  Inv price  Diff  Ext diff
PO-77790  KM-20100  PIP-CU-L-100-20  1" type L copper tube 20'   30   71.80     76.40      4.60  138.00
PO-77790  KM-40112  FTG-CU-E90-100   1" wrot cu 90 C x C         200  2.95      2.95       0.00  0.00
PO-77790  KM-88107  VLV-1005-BV      1" brass ball valve FP      36   15.20     15.20      0.00  0.00

Thanks,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
215-555-0143
"""

S19_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello,</p>
<p>Our 3-way match flagged the type L copper on INV-88098. Our PO-77790 price is 71.80 per
20' length, the invoice charges 76.40. Please credit the difference on all 30 lengths.
The other two lines of the invoice matched.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e3e8ef"><th>PO</th><th>Our item</th><th>Your item</th>
<th>Description</th><th>Qty</th><th>PO price</th><th>Inv price</th><th>Diff</th>
<th>Ext diff</th></tr>
<tr style="background:#fff2cc"><td>PO-77790</td><td>KM-20100</td><td>PIP-CU-L-100-20</td>
<td>1&quot; type L copper tube 20'</td><td>30</td><td>71.80</td><td>76.40</td><td>4.60</td>
<td>138.00</td></tr>
<tr><td>PO-77790</td><td>KM-40112</td><td>FTG-CU-E90-100</td><td>1&quot; wrot cu 90 C x C</td>
<td>200</td><td>2.95</td><td>2.95</td><td>0.00</td><td>0.00</td></tr>
<tr><td>PO-77790</td><td>KM-88107</td><td>VLV-1005-BV</td><td>1&quot; brass ball valve FP</td>
<td>36</td><td>15.20</td><td>15.20</td><td>0.00</td><td>0.00</td></tr>
</table>
<p>Thanks,<br>Dana Ruiz<br>Accounts Payable<br>Keystone Mechanical Contractors<br>
215-555-0143</p>
</body></html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)

    s05 = hdr(
        "Luis Ortega <maintenance@harborpointpm.com>",
        "Water heater delivery PO-70288 - damage + short",
        "Mon, 16 Nov 2026 08:22:40 -0600",
        "<5A9C1E37-0F4B-4D2A-9E86-B73D21C05F48@harborpointpm.com>",
    )
    body = (
        "Hello,\n\n"
        "The water heater delivery for PO-70288 came Wednesday afternoon. Photo of the\n"
        "delivery receipt attached, the driver and I wrote the exceptions on it:\n\n"
        "- 1 of the 3 50 gal gas heaters has the jacket caved in on the back side, about\n"
        '  6" across - the carton had a forklift hole in it. We have not installed it.\n'
        "- Expansion tanks: we only received 2 of the 3.\n\n"
        "The other two heaters are fine and go in at 14 Bayview this week. Please credit\n"
        "the damaged heater and the missing tank.\n\n"
        "Luis Ortega\n"
        "Maintenance Supervisor\n"
        "Harbor Point Property Management\n"
        "300 Harbor Way, Bldg A\n"
        "555-331-0600 ext 12\n"
    )
    data = message(
        s05,
        body,
        (delivery_receipt_jpeg(), *JPEG, "IMG_4471.jpg"),
        "===============h17_s05_0001==",
    )
    (OUT / "s05-harbor-heater-receipt-photo.eml").write_bytes(data)

    s08 = hdr(
        "Raj Patel <raj.patel@summithvac.net>",
        "Receiving note SO-104244",
        "Tue, 17 Nov 2026 09:31:18 -0600",
        "<CAJp7Rk4pX6wT1vQ8nB2yZ5cL9dF3gH7sK0uE6aW4oL@mail.gmail.com>",
    )
    body = (
        "Hi,\n\n"
        "Scan of our shop's receiving note for Thursday's UPS delivery attached (your\n"
        "SO-104244, our PO-60455). Short version: some of the condensate pumps came in\n"
        "cracked, and you sent more thermostats than we ordered. Please credit the\n"
        "cracked pumps; we'll send the extra stats back with them if you give us an RMA.\n\n"
        "Raj Patel\n"
        "Project Manager | Summit HVAC Services\n"
        "o 555-214-7781 x103 | c 555-390-1246\n"
    )
    data = message(
        s08,
        body,
        (receiving_note_png(), *PNG, "scan_1143.png"),
        "===============h17_s08_0001==",
    )
    (OUT / "s08-summit-receiving-note-scan.eml").write_bytes(data)

    s19 = hdr(
        "Dana Ruiz <ap@keystonemech.com>",
        "Price discrepancy INV-88098 / PO-77790",
        "Mon, 23 Nov 2026 09:06:44 -0500",
        "<20261123140644.3D7B2A58@mail.keystonemech.com>",
    )
    data = alternative_message(s19, S19_TEXT, S19_HTML, "===============h17_s19_0001==")
    (OUT / "s19-keystone-copper-price-html-table.eml").write_bytes(data)

    s22 = hdr(
        "Rick Alvarez <ralvarez@keystonemech.com>",
        "doa tstat",
        "Tue, 24 Nov 2026 07:36:15 -0500",
        "<E2B7C04A-6D19-4F3E-A85B-0C94D2F61E73@keystonemech.com>",
    )
    body = (
        "dead on arrival - wifi stat from the oct 22 delivery, no display at all with\n"
        "24v confirmed at the terminals (26.8V). swapped it w/ one from the van. pic of\n"
        "the tag attached, its KM-61750 on our sheet. just the one\n\n"
        "Rick A\n"
        "Keystone Mech service\n\n"
        "Sent from my iPhone\n"
    )
    data = message(
        s22,
        body,
        (defect_tag_jpeg(), *JPEG, "IMG_0923.jpg"),
        "===============h17_s22_0001==",
    )
    (OUT / "s22-keystone-tech-tag-photo.eml").write_bytes(data)


if __name__ == "__main__":
    main()
