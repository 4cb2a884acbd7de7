"""Build the heldout18 requests that carry an attachment or an HTML part (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout18/make_attachments.py

Scanned-looking PNG (Pillow): s11 a hand-written receiving count sheet from a customer's shop.
HTML: s04 is multipart/alternative with an HTML table from an AP system (no file attached).

Everything is fixed: the random seed, dates, MIME boundaries and the font (Pillow's bundled
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

# Seed of the scanned document; it was checked with plain Tesseract.
SEEDS = {"s11": 1811}


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def hand(
    img: Image.Image,
    xy: tuple[int, int],
    text: str,
    rng: random.Random,
    size: int = 30,
    ink: int = 40,
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


def grid(
    draw: ImageDraw.ImageDraw,
    cols: tuple[int, ...],
    top: int,
    rows: int,
    step: int,
    right: int,
    fill: int = 120,
) -> None:
    for i in range(rows + 1):
        draw.line([(cols[0], top + i * step), (right, top + i * step)], fill=fill, width=2)
    for x in (*cols, right):
        draw.line([(x, top), (x, top + rows * step)], fill=fill, width=2)


# ---------------------------------------------------------------- the scan


def count_sheet_png() -> bytes:
    """s11: Riverbend's shop count sheet for PO-24530, filled in by hand on a printed form."""
    rng = random.Random(SEEDS["s11"])
    img = Image.new("L", (1600, 1150), 247)
    draw = ImageDraw.Draw(img)
    draw.text((60, 40), "RIVERBEND PLUMBING & HEATING", font=font(36), fill=20)
    draw.text((60, 90), "SHOP RECEIVING - COUNT SHEET", font=font(28), fill=30)
    draw.text((60, 170), "PO:", font=font(26), fill=30)
    draw.text((560, 170), "CARRIER:", font=font(26), fill=30)
    draw.text((1060, 170), "DATE:", font=font(26), fill=30)
    cols = (60, 560, 860, 1110)
    heads = ("ITEM", "INVOICED", "COUNTED", "NOTE")
    top, step = 270, 95
    grid(draw, cols, top, 5, step, 1540)
    for x, head in zip(cols, heads, strict=True):
        draw.text((x + 14, top + 32), head, font=font(26), fill=20)
    hand(img, (130, 160), "24530", rng, size=38, ink=35, tilt=3.0)
    hand(img, (720, 160), "RL", rng, size=38, ink=35, tilt=3.0)
    hand(img, (1160, 160), "11/12", rng, size=38, ink=35, tilt=3.0)
    rows = [
        ('1" BALL VALVE FP', "48", "48", "OK"),
        ('1" COPPER 90', "250", "225", "SHORT 25"),
        ('3/4" PRV', "4", "4", "OK"),
    ]
    y = top + step + 24
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            hand(img, (x + 20, y), text, rng, size=36, ink=35, tilt=3.0)
        y += step
    hand(img, (1130, y), "9 BOXES x 25", rng, size=34, ink=35, tilt=3.0)
    draw.text((60, 860), "COUNTED BY:", font=font(26), fill=30)
    hand(img, (290, 850), "SAL I.", rng, size=38, ink=35, tilt=3.0)
    draw.text((60, 960), "Form SR-2  rev 3/24", font=font(20), fill=90)
    return scan_finish(img, rng, 0.8, 12000)


# ---------------------------------------------------------------- messages


def hdr(sender: str, subject: str, date: str, msgid: str) -> dict[str, str]:
    return {"From": sender, "To": TO, "Subject": subject, "Date": date, "Message-ID": msgid}


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


S04_TEXT = """Good morning,

Our invoice match flagged one line of INV-88133 against PO-77830. The condensate
pumps were ordered at $61.50 each and billed at $64.90. The other three lines tie out.

Line  Description                    PO qty  PO price  Inv qty  Inv price  Variance
1     3" CI swing check valve, flgd       6    189.00        6     189.00      0.00
2     1-1/2" black malleable union       40     10.80       40      10.80      0.00
3     Condensate pump w/ safety sw        8     61.50        8      64.90     27.20
4     Circulator 1/25 HP cast iron        4    139.00        4     139.00      0.00

Please issue a credit memo for the difference on all eight pumps ($3.40 x 8 =
$27.20). We are short-paying INV-88133 by that amount until the credit arrives.

Regards,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
215-555-0143 | ap@keystonemech.com
"""

S04_HTML = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>Our invoice match flagged one line of INV-88133 against PO-77830. The condensate
pumps were ordered at $61.50 each and billed at $64.90. The other three lines tie out.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#d9e1f2"><th>Line</th><th>Description</th><th>PO qty</th>
<th>PO price</th><th>Inv qty</th><th>Inv price</th><th>Variance</th></tr>
<tr><td>1</td><td>3&quot; CI swing check valve, flgd</td><td>6</td><td>189.00</td>
<td>6</td><td>189.00</td><td>0.00</td></tr>
<tr><td>2</td><td>1-1/2&quot; black malleable union</td><td>40</td><td>10.80</td>
<td>40</td><td>10.80</td><td>0.00</td></tr>
<tr style="background:#fce4d6"><td>3</td><td>Condensate pump w/ safety sw</td><td>8</td>
<td>61.50</td><td>8</td><td>64.90</td><td>27.20</td></tr>
<tr><td>4</td><td>Circulator 1/25 HP cast iron</td><td>4</td><td>139.00</td>
<td>4</td><td>139.00</td><td>0.00</td></tr>
</table>
<p>Please issue a credit memo for the difference on all eight pumps ($3.40 x 8 =
$27.20). We are short-paying INV-88133 by that amount until the credit arrives.</p>
<p>Regards,<br>Dana Ruiz<br>Accounts Payable<br>Keystone Mechanical Contractors<br>
215-555-0143 | ap@keystonemech.com</p>
</body></html>
"""

S11_TEXT = """Hi,

Count sheet for the delivery on our PO-24530 is attached. The 1" copper 90s
are short: your invoice has 250, we got 9 boxes of 25 = 225. The 1" ball
valves and the PRVs counted out right.

Please credit the missing 25 or send them.

Sal Ippolito
Shop / Receiving
Riverbend Plumbing & Heating
218 Canal St, Easton PA 18042
(570) 555-0140
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)

    s04 = hdr(
        "Dana Ruiz <ap@keystonemech.com>",
        "INV-88133 / PO-77830 - price variance",
        "Tue, 10 Nov 2026 08:05:37 -0500",
        "<20261110130537.5A1D8C42@mail.keystonemech.com>",
    )
    data = alternative_message(s04, S04_TEXT, S04_HTML, "===============h18_s04_0001==")
    (OUT / "s04-keystone-ap-pump-price-html-table.eml").write_bytes(data)

    s11 = hdr(
        "Riverbend Shop <shop@riverbendph.com>",
        "count sheet PO-24530",
        "Thu, 12 Nov 2026 14:03:22 -0500",
        "<CAPm2Xv5Gq8Kr1Mt4Py7Sa0Cx3Dj6Fh9Lb2Nw5Ez8Ro1@mail.gmail.com>",
    )
    data = message(
        s11,
        S11_TEXT,
        (count_sheet_png(), "image", "png", "count_24530.png"),
        "===============h18_s11_0001==",
    )
    (OUT / "s11-riverbend-shop-count-sheet-scan.eml").write_bytes(data)


if __name__ == "__main__":
    main()
