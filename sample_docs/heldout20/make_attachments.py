"""Build the heldout20 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout20/make_attachments.py

Phone photos (Pillow, JPEG), all taken at the counter, on a truck or on a job site:
s01 the box label of a damaged 2" gate valve carton with a marker note, s03 our own-fleet
delivery ticket on a clipboard with the receiver's pen notes, s10 the RL Carriers delivery
receipt with the driver's exception, s13 the carton label of a dented water heater, s36 the
box label of a Wi-Fi thermostat with a marker note.

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

# Seeds of the photographed documents; each was checked with plain Tesseract.
SEEDS = {
    "s01": 2001,
    "s03": 2003,
    "s10": 2010,
    "s13": 2013,
    "s36": 2036,
}

Ink = tuple[int, ...] | int
RGB = tuple[int, int, int]


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


def marker(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 52,
    ink: Ink = (25, 25, 25),
) -> None:
    """A thick felt-tip marker: the pen stroke drawn twice, one pixel apart."""
    state = rng.getstate()
    hand(img, xy, text, rng, size=size, ink=ink, tilt=3.0)
    rng.setstate(state)
    hand(img, (xy[0] + 2, xy[1] + 1), text, rng, size=size, ink=ink, tilt=3.0)


def photo_finish(img: Image.Image, rng: random.Random, angle: float, bg: RGB, noise: int) -> bytes:
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
    img.save(buf, format="JPEG", quality=80)
    return buf.getvalue()


def grid(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    top: int,
    rows: int,
    step: int,
    right: int,
    fill: Ink = 70,
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


def table(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    right: int,
    top: int,
    step: int,
    head: tuple[str, ...],
    rows: list[tuple[str, ...]],
    size: int,
    ink: Ink,
    rule: Ink,
) -> None:
    grid(draw, cols, top, len(rows) + 1, step, right, fill=rule)
    for r, row in enumerate([head, *rows]):
        for x, text in zip(cols, row, strict=True):
            draw.text(
                (x + 10, top + r * step + (step - size) // 2), text, font=font(size), fill=ink
            )


def corrugated(size: tuple[int, int], base: RGB, flute: RGB) -> Image.Image:
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    for x in range(0, size[0], 14):  # flute lines
        draw.line([(x, 0), (x + 6, size[1])], fill=flute, width=3)
    return img


# ---------------------------------------------------------------- photos


def gate_valve_label_jpeg() -> bytes:
    """s01: the label of a crushed carton of 2" gate valves (SO-104233), marker note."""
    rng = random.Random(SEEDS["s01"])
    img = corrugated((1600, 1200), (172, 132, 88), (166, 127, 85))
    draw = ImageDraw.Draw(img)
    draw.rectangle([(90, 70), (1510, 1010)], fill=(246, 246, 242))  # label, close up
    ink = (18, 18, 18)
    draw.text((140, 110), "APEX VALVE CO.", font=font(46), fill=ink)
    draw.text((140, 190), "ITEM:  VLV-2210-BR", font=font(42), fill=ink)
    draw.text((140, 260), '2" BRONZE GATE VALVE, THREADED', font=font(36), fill=ink)
    draw.text((140, 330), "CTN QTY: 10 EA      LOT: L2611", font=font(34), fill=ink)
    barcode(draw, rng, 140, 400, 100, 70)
    draw.text((140, 520), "UPC 0718123456789", font=font(30), fill=ink)
    draw.rectangle([(140, 590), (800, 800)], fill=(255, 236, 120))  # our DC sticker
    draw.text((170, 610), "TRI-STATE SUPPLY DC-EAST", font=font(28), fill=ink)
    draw.text((170, 660), "SO-104233   PO-77812", font=font(32), fill=ink)
    draw.text((170, 710), "SHIP 11/02/2026", font=font(28), fill=ink)
    draw.text((170, 755), "CTN 3 OF 4", font=font(28), fill=ink)
    marker(img, (160, 880), "4 DMG - BENT STEMS", rng, size=58)
    return photo_finish(img, rng, -2.0, (90, 92, 96), 9000)


def delivery_ticket_jpeg() -> bytes:
    """s03: our own-fleet delivery ticket for SO-104239 on a clipboard, pen notes."""
    rng = random.Random(SEEDS["s03"])
    img = Image.new("RGB", (1600, 1250), (62, 64, 70))  # truck dash
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([(40, 20), (1560, 1230)], radius=28, fill=(139, 101, 61))
    draw.rectangle([(80, 70), (1520, 1200)], fill=(243, 242, 236))
    draw.rounded_rectangle([(620, 30), (980, 100)], radius=12, fill=(170, 170, 172))
    ink = (20, 20, 20)
    draw.text((120, 120), "TRI-STATE SUPPLY - DELIVERY TICKET", font=font(40), fill=ink)
    draw.text((1220, 126), "DT-55146", font=font(34), fill=ink)
    draw.text((120, 175), "OWN FLEET - TRUCK 9 - DC-EAST", font=font(28), fill=ink)
    rows = [
        ("ORDER:", "SO-104239"),
        ("CUSTOMER PO:", "PO-70231"),
        ("DELIVER TO:", "HARBOR POINT PM - 300 HARBOR WAY"),
        ("DATE:", "11/09/2026"),
    ]
    y = 235
    for key, value in rows:
        draw.text((120, y), key, font=font(24), fill=(60, 60, 60))
        draw.text((380, y), value, font=font(28), fill=ink)
        y += 44
    table(
        draw,
        (110, 440, 1130),
        1490,
        430,
        74,
        ("ITEM", "DESCRIPTION", "QTY"),
        [
            ("HVC-REG-1006-W", "10X6 STEEL FLOOR REGISTER WHT", "60"),
            ("HVC-FLT-1625-M11", "16X25X1 MERV 11 FILTER CS/12", "24"),
            ("TST-2100-NP", "NON-PROG DIGITAL TSTAT", "10"),
        ],
        26,
        ink,
        (80, 80, 80),
    )
    pen = (25, 35, 120)
    hand(img, (130, 780), "12 REGISTERS BENT", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (130, 850), "FILTERS: 26 CS REC'D - 2 EXTRA", rng, size=42, ink=pen, tilt=3.0)
    draw.text((120, 990), "RECEIVED BY:", font=font(24), fill=(70, 70, 70))
    draw.line([(300, 1020), (900, 1020)], fill=(90, 90, 90), width=2)
    hand(img, (320, 975), "L. ORTEGA  11/9", rng, size=36, ink=pen)
    draw.text(
        (120, 1100),
        "Report damage, shortage or overshipment within 5 days.",
        font=font(22),
        fill=(70, 70, 70),
    )
    return photo_finish(img, rng, 1.3, (55, 57, 62), 9000)


def rl_receipt_jpeg() -> bytes:
    """s10: the RL Carriers delivery receipt for SO-104243, the driver's exception in pen."""
    rng = random.Random(SEEDS["s10"])
    img = Image.new("RGB", (1600, 1250), (150, 150, 146))  # tailgate
    draw = ImageDraw.Draw(img)
    draw.rectangle([(70, 40), (1530, 1215)], fill=(236, 240, 246))  # blue-white carbon copy
    ink = (22, 22, 30)
    draw.text((110, 80), "R+L CARRIERS", font=font(46), fill=ink)
    draw.text((110, 140), "DELIVERY RECEIPT", font=font(30), fill=ink)
    draw.text((1000, 84), "PRO 884155203", font=font(34), fill=ink)
    barcode(draw, rng, 1010, 134, 54, 48)
    rows = [
        ("CONSIGNEE:", "RIVERBEND PLUMBING & HEATING"),
        ("SHIPPER:", "TRI-STATE SUPPLY DC-EAST"),
        ("REFERENCE:", "SO-104243   PO-24530"),
        ("DELIVERED:", "11/12/2026   10:15 AM"),
    ]
    y = 230
    for key, value in rows:
        draw.text((110, y), key, font=font(24), fill=(60, 60, 70))
        draw.text((360, y), value, font=font(28), fill=ink)
        y += 46
    table(
        draw,
        (100, 220, 1040, 1240),
        1490,
        440,
        70,
        ("PCS", "DESCRIPTION", "WEIGHT", "CLASS"),
        [
            ("48", "BALL VALVE 1 IN BRASS", "62", "70"),
            ("250", "COPPER 90 ELL 1 IN (10 BAGS)", "41", "70"),
            ("4", "PRESSURE REDUCING VALVE 3/4", "14", "70"),
        ],
        26,
        ink,
        (80, 80, 90),
    )
    draw.text((110, 760), "EXCEPTIONS:", font=font(26), fill=ink)
    pen = (20, 30, 110)
    hand(img, (130, 820), "SHORT 2 BAGS CU 90 (50 PCS)", rng, size=42, ink=pen, tilt=3.0)
    hand(img, (130, 890), "1 PRV BOX CRUSHED", rng, size=42, ink=pen, tilt=3.0)
    draw.text((110, 1010), "Consignee:", font=font(22), fill=(70, 70, 70))
    hand(img, (290, 995), "M. O'Brien", rng, size=34, ink=pen)
    draw.text((820, 1010), "Driver:", font=font(22), fill=(70, 70, 70))
    hand(img, (950, 995), "T. Hale #418", rng, size=32, ink=pen)
    draw.text(
        (110, 1120), "Received in good order except as noted.", font=font(22), fill=(70, 70, 70)
    )
    return photo_finish(img, rng, -1.1, (140, 140, 136), 9000)


def heater_label_jpeg() -> bytes:
    """s13: the carton label of the dented 50 gal gas water heater (SO-104241)."""
    rng = random.Random(SEEDS["s13"])
    img = corrugated((1600, 1200), (180, 140, 96), (174, 135, 92))
    draw = ImageDraw.Draw(img)
    draw.polygon([(1380, 0), (1600, 0), (1600, 760), (1470, 420)], fill=(150, 114, 76))  # dent
    draw.rectangle([(80, 60), (1400, 1040)], fill=(247, 247, 244))
    ink = (16, 16, 16)
    draw.text((130, 100), "BRADFORD THERMAL PRODUCTS", font=font(44), fill=ink)
    draw.text((130, 175), "MODEL: WH-50G-NG", font=font(42), fill=ink)
    draw.text((130, 245), "50 GAL NATURAL GAS WATER HEATER", font=font(34), fill=ink)
    draw.text((130, 300), "40,000 BTU/HR  ATMOSPHERIC VENT", font=font(32), fill=ink)
    draw.text((130, 355), "SERIAL: 2610-NG-448213", font=font(32), fill=ink)
    barcode(draw, rng, 130, 415, 90, 60)
    draw.text((130, 525), "UPC 084512005001", font=font(30), fill=ink)
    draw.rectangle([(130, 590), (790, 800)], fill=(255, 236, 120))  # our DC sticker
    draw.text((160, 610), "TRI-STATE DC-EAST", font=font(28), fill=ink)
    draw.text((160, 660), "SO-104241  PO-70288", font=font(32), fill=ink)
    draw.text((160, 710), "ESTES  11/09/2026", font=font(28), fill=ink)
    draw.text((160, 755), "PC 2 OF 6", font=font(28), fill=ink)
    marker(img, (150, 900), "DENTED - DO NOT INSTALL", rng, size=58, ink=(170, 20, 20))
    return photo_finish(img, rng, 1.8, (70, 72, 76), 9000)


def stat_box_label_jpeg() -> bytes:
    """s36: the end label of a Wi-Fi thermostat box (SO-104238), marker note."""
    rng = random.Random(SEEDS["s36"])
    img = Image.new("RGB", (1600, 1200), (205, 207, 210))  # white box seen up close
    draw = ImageDraw.Draw(img)
    draw.rectangle([(0, 0), (1600, 90)], fill=(38, 92, 160))  # brand band
    draw.text((60, 24), "BRADFORD THERMAL", font=font(40), fill=(240, 240, 240))
    draw.rectangle([(90, 140), (1500, 1060)], fill=(250, 250, 250))
    ink = (20, 20, 20)
    draw.text((140, 180), "7-DAY PROGRAMMABLE WI-FI THERMOSTAT", font=font(40), fill=ink)
    draw.text((140, 250), "MODEL: TST-7500-PRO", font=font(40), fill=ink)
    draw.text((140, 315), "24 VAC  50/60 HZ   2.4 GHZ", font=font(32), fill=ink)
    draw.text((140, 370), "S/N: BT75-2610-04417", font=font(32), fill=ink)
    barcode(draw, rng, 140, 430, 90, 64)
    draw.text((140, 540), "UPC 084512075004", font=font(30), fill=ink)
    draw.rectangle([(140, 610), (800, 800)], outline=(40, 40, 40), width=3)  # our DC sticker
    draw.text((170, 630), "TRI-STATE DC-EAST", font=font(28), fill=ink)
    draw.text((170, 680), "SO-104238  PO-60418", font=font(32), fill=ink)
    draw.text((170, 730), "OWN FLEET 11/05/2026", font=font(28), fill=ink)
    marker(img, (160, 900), "2 DEAD - NO WIFI - RMA", rng, size=58)
    return photo_finish(img, rng, -1.6, (120, 100, 80), 9000)


# ---------------------------------------------------------------- messages

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


IPHONE = "\nSent from my iPhone\n"

S01 = (
    "so 104233 - 4 of the 2in bronze gate valves dmg. the RL driver's forklift speared the\n"
    "pallet, stems bent on all 4. pic of the box label attached. other 36 ok\n\n"
    "also only 11 prvs (3/4) came on the 2nd truck, slip says 12. 1 short\n\n"
    "pls credit both\n"
    "tom\n" + IPHONE
)

S03 = (
    "Morning - your truck dropped PO 70231 yesterday. a dozen of the 10x6 white floor\n"
    "registers are bent, looks like something heavy sat on the box. rest of the 60 ok.\n\n"
    "Also we got 26 cs of the 16x25 MERV 11 filters, PO says 24. 2 cs extra, they are in\n"
    "the boiler room at 300 Harbor Way, come get them.\n\n"
    "Pic of your delivery ticket attached, I wrote it on there.\n\n"
    "Luis\n" + IPHONE
)

S10 = (
    'rl dropped so-104243 yesterday. short 2 bags of the 1" copper 90s (25/bag), so 50 pcs\n'
    "short. driver signed the short on his receipt, pic attached.\n\n"
    "also 1 of the 3/4 prvs came with the box crushed and the bell housing cracked, dmg.\n\n"
    "rest ok (ball valves all there)\n"
    "mike\n" + IPHONE
)

S13 = (
    "one of the 50 gal gas water heaters from PO 70288 got dropped coming off the liftgate\n"
    "wed (estes). jacket is caved in on the side and the burner door won't close. its\n"
    "damaged, we are not putting it in. pic of the box label attached.\n\n"
    "the other 2 heaters and the 3 exp tanks are ok.\n\n"
    "Luis\n" + IPHONE
)

S36 = (
    "2 of the wifi stats from SO-104238 won't join the network and the screen freezes on\n"
    "boot - defective, swapped them out at the school yesterday. pic of the box label\n"
    "attached. pls rma\n\n"
    "Raj\n" + IPHONE
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    emails = [
        (
            "s01-keystone-gate-valves-box-photo.eml",
            hdr(
                "Tom Morales <tmorales@keystonemech.com>",
                "so104233 dmg gate valves",
                "Mon, 09 Nov 2026 07:48:13 -0500",
                "<6F1C2A9E-4B7D-4E30-9A15-2C8B7E41D0A3@keystonemech.com>",
            ),
            S01,
            (gate_valve_label_jpeg(), *JPEG, "IMG_4471.jpg"),
        ),
        (
            "s03-harbor-registers-ticket-photo.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "PO 70231 registers bent + extra filters",
                "Tue, 10 Nov 2026 08:05:22 -0600",
                "<C3A91E07-5D2B-4F8E-8B64-19E0D7A2F5C1@harborpointpm.com>",
            ),
            S03,
            (delivery_ticket_jpeg(), *JPEG, "IMG_0912.jpg"),
        ),
        (
            "s10-riverbend-rl-receipt-photo.eml",
            hdr(
                "Mike O'Brien <mike.obrien@riverbendph.com>",
                "SO-104243 short elbows + 1 prv",
                "Fri, 13 Nov 2026 07:35:10 -0500",
                "<A0B7E4C2-91F3-4D6A-B8E2-7C5D30F19A84@riverbendph.com>",
            ),
            S10,
            (rl_receipt_jpeg(), *JPEG, "IMG_2317.jpg"),
        ),
        (
            "s13-harbor-heater-label-photo.eml",
            hdr(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "PO 70288 heater dented",
                "Mon, 16 Nov 2026 09:40:05 -0600",
                "<5E82D1B4-0C7A-4A39-9F26-E4B1C8307D95@harborpointpm.com>",
            ),
            S13,
            (heater_label_jpeg(), *JPEG, "IMG_0938.jpg"),
        ),
        (
            "s36-summit-wifi-stats-box-photo.eml",
            hdr(
                "Raj Patel <raj.patel@summithvac.net>",
                "SO-104238 2 dead wifi stats",
                "Thu, 03 Dec 2026 09:45:21 -0600",
                "<9D3F7B21-E6C8-4B05-A2D9-31F8C4E07B62@summithvac.net>",
            ),
            S36,
            (stat_box_label_jpeg(), *JPEG, "IMG_7720.jpg"),
        ),
    ]
    for name, headers, body, attachment in emails:
        sid = name.split("-")[0]
        data = message(headers, body, attachment, f"Apple-Mail=_h20_{sid}_0001")
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
