"""Generate the 40 request files of heldout42 (field and counter talk).

    python make_attachments.py [OUT_DIR]      # default: requests/ beside this file

The output is the same on every run and machine: each mail carries its own Date,
Message-ID and MIME boundaries written below; the two phone photos are drawn with
Pillow's built-in font and a seeded random generator; the one PDF has a fixed
creation date and a fixed /ID. Text uploads and the portal form are plain bytes.
"""

import io
import json
import random
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT_DEFAULT = Path(__file__).resolve().parent / "requests"

DESK_ADDR = "returns@bayfieldpipe.example"
DESK = f"Bayfield Returns <{DESK_ADDR}>"
YOLANDA = "Yolanda Pruitt"

# ERP contacts and other writers
W_TOM = "Tom Morales <tmorales@keystonemech.com>"
W_DANA = "Dana Ruiz <ap@keystonemech.com>"
W_VINCE = "Vince Ferraro <vferraro@keystonemech.com>"
W_DWAYNE = "Dwayne Pettis <dwayne.pettis78@gmail.com>"
W_KAREN = "Karen Liu <office@riverbendph.com>"
W_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
W_STAN = "Stanisław Wójcik <swojcik@riverbendph.com>"
W_FIONA = "Fiona Gallagher <fgallagher@riverbendph.com>"
W_RAJ = "Raj Patel <raj.patel@summithvac.net>"
W_LINDA = "Linda Chu <ap@summithvac.net>"
W_YUSUF = "Yusuf Demir <ydemir@summithvac.net>"
W_KWABENA = "Kwabena Mensah <kmensah@summithvac.net>"
W_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
W_GRACE = "Grace Kim <payables@harborpointpm.com>"
W_MARISOL = "Marisol Peña <mpena@harborpointpm.com>"
W_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
W_BETO = "BETO DELGADO <beto@delgadosons.com>"
W_IGNACIO = "Ignacio Delgado <ignacio@delgadoplumbing.com>"


# --------------------------------------------------------------------------- text


def block(text):
    """A body typed with hard line breaks: drop the first newline, keep the rest."""
    return text.removeprefix("\n")


def flowed(text):
    """A body typed on a phone: one source line per paragraph, wrapped only by QP."""
    return text.strip("\n") + "\n"


def quoted(text):
    lines = text.rstrip("\n").split("\n")
    return "\n".join(">" if not ln else "> " + ln for ln in lines) + "\n"


# --------------------------------------------------------------------------- mail

ZONES = {"E": timezone(timedelta(hours=-5)), "C": timezone(timedelta(hours=-6))}


def rfc_date(stamp, zone="E"):
    """'2026-11-09 07:48:12' in US Eastern (E) or Central (C) standard time."""
    when = datetime.fromisoformat(stamp).replace(tzinfo=ZONES[zone])
    return when.strftime("%a, %d %b %Y %H:%M:%S %z")


def headers(client, sender, subject, date, msgid, *, to=DESK, extra=()):
    """Header sets in the order the named mail clients write them."""
    if client == "exchange":
        return [
            ("From", sender),
            ("To", to),
            ("Subject", subject),
            ("Thread-Topic", subject.split(": ", 1)[-1]),
            ("Date", date),
            ("Message-ID", msgid),
            ("Content-Language", "en-US"),
            *extra,
            ("Accept-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if client == "macoutlook":
        return [
            ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
            ("Date", date),
            ("Subject", subject),
            ("From", sender),
            ("To", to),
            ("Message-ID", msgid),
            *extra,
            ("Thread-Topic", subject.split(": ", 1)[-1]),
        ]
    if client == "iphone":
        return [
            ("From", sender),
            ("Mime-Version", "1.0 (1.0)"),
            ("Subject", subject),
            ("Date", date),
            *extra,
            ("Message-Id", msgid),
            ("To", to),
            ("X-Mailer", "iPhone Mail (22C152)"),
        ]
    if client == "gmail":
        return [
            ("MIME-Version", "1.0"),
            ("From", sender),
            ("Date", date),
            *extra,
            ("Message-ID", msgid),
            ("Subject", subject),
            ("To", to),
        ]
    if client == "android":
        return [
            ("MIME-Version", "1.0"),
            ("From", sender),
            ("Date", date),
            ("Subject", subject),
            ("Message-ID", msgid),
            *extra,
            ("To", to),
            ("X-Mailer", "Samsung Mail"),
        ]
    if client == "thunderbird":
        return [
            ("Message-ID", msgid),
            ("Date", date),
            ("User-Agent", "Mozilla Thunderbird"),
            ("MIME-Version", "1.0"),
            ("Content-Language", "en-US"),
            ("To", to),
            ("From", sender),
            *extra,
            ("Subject", subject),
        ]
    if client == "applemail":
        return [
            ("From", sender),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
            ("Subject", subject),
            ("Message-Id", msgid),
            ("Date", date),
            *extra,
            ("To", to),
            ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
        ]
    raise ValueError(client)


def mail(head, text, *, cte="7bit", html=None, files=(), key="x"):
    """One RFC 5322 message: a text body, an optional HTML alternative, attachments."""
    msg = EmailMessage(policy=SMTP)
    language = [value for name, value in head if name == "Content-Language"]
    for name, value in head:
        if name != "Content-Language":
            msg[name] = value
    charset = "us-ascii" if text.isascii() else "utf-8"
    if charset == "utf-8" and cte == "7bit":
        cte = "quoted-printable"
    msg.set_content(text, charset=charset, cte=cte)
    if html is not None:
        msg.add_alternative(html, "html", cte="quoted-printable")
    for filename, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for value in language:
        msg["Content-Language"] = value
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for seq, container in enumerate(containers, start=1):
        container.set_boundary(f"_bf42_{key}_{seq}_{'7C1E9A'[: seq + 3]}_")
    return msg.as_bytes(policy=SMTP)


# --------------------------------------------------------------------------- pictures


def face(px):
    """Pillow's own scalable font, the same on every machine."""
    return ImageFont.load_default(px)


def as_jpeg(img, quality):
    with io.BytesIO() as out:
        img.save(out, format="JPEG", quality=quality)
        return out.getvalue()


def speckle(img, rng, sigma):
    """Sensor noise: each pixel moved by a small gaussian amount, seeded."""
    px = img.load()
    w, h = img.size
    for y in range(h):
        for x in range(w):
            d = int(rng.gauss(0, sigma))
            r, g, b = px[x, y]
            px[x, y] = (
                min(255, max(0, r + d)),
                min(255, max(0, g + d)),
                min(255, max(0, b + d)),
            )
    return img


def pen(draw_size, text, size, ink, angle):
    """Handwriting-ish pen text on a transparent layer, slightly tilted."""
    layer = Image.new("RGBA", draw_size, (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((10, 10), text, font=face(size), fill=ink)
    return layer.rotate(angle, resample=Image.BICUBIC, expand=False)


def slip_photo():
    """s11: the packing slip on a clipboard, a pen note by the filter line."""
    rng = random.Random(4211)
    paper = Image.new("RGB", (860, 600), (250, 249, 243))
    d = ImageDraw.Draw(paper)
    ink = (28, 28, 30)
    d.text((34, 24), "BAYFIELD PIPE & SUPPLY", font=face(34), fill=ink)
    d.text((34, 70), "PACKING SLIP   SO-104238", font=face(28), fill=ink)
    d.text((34, 108), "SHIP TO: SUMMIT HVAC SERVICES   PO-60418", font=face(22), fill=ink)
    d.line((34, 148, 826, 148), fill=(70, 70, 70), width=2)
    d.text((34, 158), "ITEM", font=face(22), fill=ink)
    d.text((300, 158), "DESCRIPTION", font=face(22), fill=ink)
    d.text((720, 158), "QTY", font=face(22), fill=ink)
    d.line((34, 190, 826, 190), fill=(70, 70, 70), width=1)
    rows = [
        ("TST-7500-PRO", "7-DAY WI-FI THERMOSTAT", "12"),
        ("TST-2100-NP", "DIGITAL THERMOSTAT 24V", "20"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 FILTER CS/12", "10"),
    ]
    y = 204
    for item, desc, qty in rows:
        d.text((34, y), item, font=face(22), fill=ink)
        d.text((300, y), desc, font=face(22), fill=ink)
        d.text((728, y), qty, font=face(22), fill=ink)
        y += 44
    d.line((34, y + 4, 826, y + 4), fill=(70, 70, 70), width=1)
    blue = (24, 48, 140, 255)
    note = pen((820, 130), "RCVD 8 CS ONLY - SHORT 2 CS", 36, blue, 1.5)
    paper.paste(note, (40, 360), note)
    sign = pen((500, 80), "R. PATEL 11/12", 30, blue, -1.0)
    paper.paste(sign, (420, 470), sign)
    d.line((716, 296, 770, 292), fill=blue[:3], width=3)
    paper = paper.rotate(-2.0, resample=Image.BICUBIC, expand=True, fillcolor=(60, 58, 54))
    board = Image.new("RGB", (980, 740), (132, 96, 58))
    board.paste(paper, (50, 70))
    ImageDraw.Draw(board).rectangle((400, 30, 580, 90), fill=(168, 170, 174))
    board = board.resize((735, 555), Image.LANCZOS)
    board = speckle(board, rng, 4.0).filter(ImageFilter.GaussianBlur(0.5))
    board = board.resize((980, 740), Image.BICUBIC)
    return as_jpeg(board, 78)


def carton_photo():
    """s15: end of a soaked ceiling tile carton with its printed label."""
    rng = random.Random(4215)
    w, h = 900, 680
    img = Image.new("RGB", (w, h), (181, 146, 104))
    d = ImageDraw.Draw(img)
    for y in range(h):
        if y > 430:
            k = min(1.0, (y - 430) / 160)
            shade = (int(181 - 60 * k), int(146 - 52 * k), int(104 - 40 * k))
            d.line((0, y, w, y), fill=shade)
    for x in range(0, w, 7):
        wave = 430 + int(14 * ((x * 37 % 101) / 101.0))
        d.line((x, wave, x + 7, wave + 2), fill=(110, 80, 52), width=3)
    label = Image.new("RGB", (620, 300), (242, 241, 236))
    ld = ImageDraw.Draw(label)
    ld.rectangle((0, 0, 619, 299), outline=(30, 30, 30), width=3)
    dark = (22, 22, 24)
    ld.text((22, 16), "ACOUSTIC CEILING TILE", font=face(40), fill=dark)
    ld.text((22, 74), "2' x 2' SQUARE LAY-IN  5/8 IN", font=face(30), fill=dark)
    ld.text((22, 124), "16 PCS PER CARTON", font=face(30), fill=dark)
    ld.text((22, 174), "ITEM CLG-TILE-24-ACU", font=face(30), fill=dark)
    ld.text((22, 226), "LOT 2610-B   KEEP DRY", font=face(28), fill=dark)
    img.paste(label, (140, 70))
    img = img.rotate(1.8, resample=Image.BICUBIC, fillcolor=(64, 60, 57))
    img = speckle(img, rng, 5.0).filter(ImageFilter.GaussianBlur(0.6))
    return as_jpeg(img, 80)


# --------------------------------------------------------------------------- PDF


class ReceiptPDF(FPDF):
    def file_id(self):
        return "<5A1F0B42C7D3E9A86B21F4C0D9E7A342><5A1F0B42C7D3E9A86B21F4C0D9E7A342>"


def delivery_receipt_pdf():
    """s12: the carrier's delivery receipt with the exception written on it."""
    doc = ReceiptPDF(orientation="portrait", unit="mm", format="letter")
    doc.set_title("Delivery receipt ES4410402981")
    doc.set_creator("Estes DR Print 3.1")
    doc.set_producer("Estes DR Print 3.1")
    doc.set_creation_date(datetime(2026, 11, 11, 15, 20, 4, tzinfo=UTC))
    doc.add_page()
    doc.set_font("helvetica", style="B", size=16)
    doc.write(9, "DELIVERY RECEIPT\n")
    doc.set_font("helvetica", size=10)
    doc.write(6, "PRO ES4410402981     Delivered 11/11/2026 10:14\n\n")
    fields = (
        ("Shipper", "Bayfield Pipe & Supply, DC-EAST"),
        ("Consignee", "Harbor Point Property Management, Bldg A"),
        ("Customer ref", "PO 70288"),
        ("Pieces on bill", "6"),
        ("Description", "Water heaters and tanks, cartoned"),
        ("Exceptions", "1 PC DAMAGED - heater carton torn, jacket dented"),
        ("Received by", "M. PENA"),
    )
    with doc.table(col_widths=(30, 90), first_row_as_headings=False) as grid:
        for label, entry in fields:
            grid.row((label, entry))
    doc.set_font("helvetica", style="I", size=8)
    doc.write(
        4,
        "\nConsignee signature acknowledges receipt of the pieces listed, "
        "subject to the exceptions noted above.",
    )
    return bytes(doc.output())


# --------------------------------------------------------------------------- requests

SIG_DANA = """
Dana Ruiz
AP & Payroll | Keystone Mechanical
610-555-0100 x214
"""

SIG_KAREN = """
Thanks,
Karen

Karen Liu
Office | Riverbend Plumbing & Heating
(540) 555-0117
"""


S01_BODY = flowed("""
Morning Yolanda,

Rough end to last week at the Walnut St boiler room (PO-77812), so here it is in order.

Thursday the R+L truck came with the crate of 2" bronze gate valves (our part KM-88213) and the copper. The driver brought the crate down on the liftgate and it slid off the last foot and landed on its corner. We opened it with him standing there. Three of the gate valves have the handwheels snapped off and one of those three also has a crack in the bonnet. The rest of the crate looks fine. He wrote it on his receipt.

Friday the second truck (Estes) with the PRVs and the PEX. Paperwork says 6 rolls of the 3/4" PEX-A 300 ft, we have 5 on site. Walked the trailer with the driver, not there.

So on PO-77812: 3 gate valves broken, and 1 roll of the 3/4 PEX missing. Can you credit both and tell me what to do with the broken valves.

Thanks
Tom

Sent from my iPhone
""")

ORIGINAL_S01_HEAD = block("""
From: Tom Morales <tmorales@keystonemech.com>
Sent: Monday, November 9, 2026 7:48 AM
To: Bayfield Returns <returns@bayfieldpipe.example>
Subject: Walnut St - PO-77812 - busted gate valves + PEX roll

""")


def s01():
    text = S01_BODY
    head = headers(
        "iphone",
        W_TOM,
        "Walnut St - PO-77812 - busted gate valves + PEX roll",
        rfc_date("2026-11-09 07:48:12"),
        "<A3F0C61E-2B7D-4E55-9C1A-6D0B8E42F719@keystonemech.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s01")


ACK_S01 = block("""
Hi Tom,

Thanks for the details. We have logged your report on SO-104233 (your
PO-77812) as two cases, reference 26-4471:

  DAMAGED  3 x VLV-2210-BR  2" bronze gate valve, thd    credit 176.70 (provisional)
  SHORT    1 x PIP-PEX-075-300  3/4" PEX-A, 300 ft coil  credit 164.00 (after recount)

Please keep the broken valves tagged on site; our driver will collect them
on his next run. The R+L claim is filed on our side.

Yolanda Pruitt
Returns Coordinator | Bayfield Pipe & Supply
""")


S03_REFS = (
    "<A3F0C61E-2B7D-4E55-9C1A-6D0B8E42F719@keystonemech.com> "
    "<ack.26-4471.20261109150212@bayfieldpipe.example>"
)


def s03():
    newest = flowed("""
Forgot one thing. Counted the copper this morning, same PO. The 1" wrot 90s came in 7 boxes of 25, that's 175 ells. We ordered 150. So you sent 25 extra. I'd rather send the 25 back than keep them, tell the driver to grab them with the gate valves.

Tom
""")
    text = (
        newest
        + "\nSent from my iPhone\n\n"
        + "On Nov 9, 2026, at 10:02 AM, Bayfield Returns <returns@bayfieldpipe.example>"
        + " wrote:\n\n"
        + quoted(ACK_S01 + "\n" + ORIGINAL_S01_HEAD + S01_BODY)
    )
    head = headers(
        "iphone",
        W_TOM,
        "Re: Walnut St - PO-77812 - busted gate valves + PEX roll",
        rfc_date("2026-11-10 07:31:40"),
        "<0D9B27F4-71C3-4A08-B6E2-5F3C1A90D8B4@keystonemech.com>",
        extra=(
            ("In-Reply-To", "<ack.26-4471.20261109150212@bayfieldpipe.example>"),
            ("References", S03_REFS),
        ),
    )
    return mail(head, text, cte="quoted-printable", key="s03")


def s04():
    text = (
        block("""
Yolanda,

Forwarding Tom's mail from yesterday morning, in case it went to the wrong
box. For AP I only need one thing from it: the credit for the roll of
3/4" PEX-A (300 ft) that never came on the Friday delivery, PO-77812 -
1 roll short. Please send the credit memo to this address when it's
issued. The broken gate valves are Tom's to sort out with your driver,
leave them out of my request.

Thanks,
Dana
""")
        + SIG_DANA
        + "\n"
        + "_" * 32
        + "\n"
        + ORIGINAL_S01_HEAD
        + S01_BODY
    )
    head = headers(
        "exchange",
        W_DANA,
        "FW: Walnut St - PO-77812 - busted gate valves + PEX roll",
        rfc_date("2026-11-10 09:05:27"),
        "<MN2PR19MB40318C1D7A2E4F06B9C3@MN2PR19MB4031.namprd19.prod.outlook.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s04")


def s02():
    text = block("""
Hello,

We are receive the delivery for PO-60377 on last week Monday, the ceiling
tiles and the floor registers. Tiles we did not open yet. For the
registers our order is 30 piece of the 10x6 white floor register, but in
the boxes we count 40 piece, two times. So 10 piece is extra, you send
more than we order.

We don't want to pay for them. Please tell how we give back the 10 extra
registers, your driver can take or we bring to your counter.

Thank you
Yusuf Demir
Warehouse | Summit HVAC Services
""")
    head = headers(
        "exchange",
        W_YUSUF,
        "PO-60377 registers more than order",
        rfc_date("2026-11-09 10:40:05"),
        "<DM6PR07MB55423F8A0C1B9D27E4A6@DM6PR07MB5542.namprd07.prod.outlook.com>",
    )
    return mail(head, text, key="s02")


def s05():
    text = block("""
PICKED UP PO-40988 FRIDAY AT YOUR COUNTER. YOUR YARD GUY DROPPED THE
BUNDLE ON THE CART AND 2 OF THE 1-1/2 BLACK UNIONS CRACKED, SAW IT WHEN
WE UNLOADED AT THE SHOP. ALSO THE 2 INCH BLACK PIPE CAME UP 10 FT SHORT,
TICKET SAYS 120 FT WE MEASURED 110 FT.

NEED CREDIT ON BOTH.

BETO
""")
    head = headers(
        "android",
        W_BETO,
        "PO-40988 UNIONS + PIPE",
        rfc_date("2026-11-10 11:20:44", "C"),
        "<CAKd9xQ2mV7wT4Lz8RpN1cY6hB3sF0jE5uA9gK2oW7iMx4tZr@mail.gmail.com>",
    )
    return mail(head, text, key="s05")


def s06():
    text = block("""
Hi,

I am apprentice with Mike O'Brien on the Larkin Street house. In the UPS
boxes from PO 24519 on Friday we must have 10 bags of the 1/2 inch PEX
crimp coupplings (bag of 25), but I find only 7 bags. So 3 bags are
missing.

Sorry, make that 2 bags. One bag was under the seat in the van, I found
it now. So 8 bags we have, 2 bags missing.

Please send the 2 bags or credit.

Stanisław Wójcik
Riverbend Plumbing & Heating
""")
    head = headers(
        "gmail",
        W_STAN,
        "PO 24519 - crimp couplings missing",
        rfc_date("2026-11-10 13:02:51"),
        "<CAP3nR8wq1Zc5vK0tYh7LmB2xD9sJ4eG6fU1oA8iN3pQw5rTk@mail.gmail.com>",
    )
    return mail(head, text, key="s06")


def s07():
    text = flowed("""
got half a dozen of the 1-1/2 black unions in the SO-104236 delivery. not ours, not on the order, we never ordered unions for this job. everything we did order came too so these 6 are just extra. come get them

Mike

Sent from my iPhone
""")
    head = headers(
        "iphone",
        W_MIKE,
        "SO-104236",
        rfc_date("2026-11-10 15:45:09"),
        "<7E21B9A4-C0D5-4F3E-8A61-2D94F7B3C05E@riverbendph.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s07")


def s08():
    text = block("""
MY GUY BROKE 2 MORE OF THE 1-1/2 BLACK UNIONS ON THE JOB TODAY, CROSS
THREADED THEM. OUR FAULT NOT YOURS, NO CREDIT.

PUT 2 ON A NEW TICKET FOR PICKUP TOMORROW 7AM, CHARGE OUR ACCOUNT.

BETO
""")
    head = headers(
        "android",
        W_BETO,
        "NEED 2 UNIONS TOMORROW",
        rfc_date("2026-11-11 09:10:33", "C"),
        "<CAKd9xQ0bH4rL1sW6eN9tV2cM8pF3zG7yA5uK0jR1iQo6xDm@mail.gmail.com>",
    )
    return mail(head, text, key="s08")


def s09():
    text = block("""
Yolanda -

Story on this one. The Hollis Ave condos were drawn as crimp PEX, so in
October we bought the 1/2" brass crimp couplings on PO-77731 (20 bags of
25). Three weeks in, the GC's engineer switched the whole job over to
expansion PEX-A fittings. So we're stuck with crimp couplings we won't
use.

What's left unopened on the gang box shelf: seven bags. Sealed, clean.

Can we send the 7 bags back for credit? We'll eat the restocking fee.

Vince Ferraro
Foreman, Keystone Mechanical
""")
    head = headers(
        "macoutlook",
        W_VINCE,
        "PO-77731 - leftover crimp couplings",
        rfc_date("2026-11-11 14:26:18"),
        "<B8E4F1A2-93C7-4D0B-A5E6-1F27C8D9B340@keystonemech.com>",
    )
    return mail(head, text, key="s09")


def s10():
    text = block("""
Hi,

Your truck came Monday to the Bayview building with PO-70231. Your driver
set the pallet down with the forks too high and pushed into the stack:
3 cases of the 16x25x1 MERV 11 filters are crushed and torn open, the
filters inside are bent, and 4 of the 10x6 floor registers that were
under them are bent too. Everything else on the pallet was OK.

Please credit the 3 cases of filters and the 4 registers. The damaged
stuff is in the Bayview storage room if you want it back.

Luis Ortega
Facilities Lead
Harbor Point Property Management
""")
    head = headers(
        "exchange",
        W_LUIS,
        "Delivery Monday PO-70231 - damage",
        rfc_date("2026-11-12 08:15:47"),
        "<SA1PR11MB68204B7E2D9C0A13F5E8@SA1PR11MB6820.namprd11.prod.outlook.com>",
    )
    return mail(head, text, key="s10")


def s11():
    text = block("""
Filters short on PO-60418, see pic of the slip. Credit pls.

Raj
""")
    photo = slip_photo()
    head = headers(
        "android",
        W_RAJ,
        "PO-60418 short",
        rfc_date("2026-11-12 09:41:02"),
        "<CAG7tP1mX4qV9cL2bZ8nR5wK0hJ3sD6yE1uF7aT4oI9pN2xv@mail.gmail.com>",
    )
    return mail(
        head,
        text,
        files=[("PXL_20261112_143402117.jpg", photo, "image/jpeg")],
        key="s11",
    )


def s12():
    text = block("""
Hi there!

So, Wednesday's delivery for the Building A boiler room (PO-70288). The
Estes driver was super nice about it, but one of the three 50 gallon gas
water heaters has a big dent in the jacket right by the gas valve - the
carton was ripped open on that corner. We did NOT install that one, it's
standing in the corner of the boiler room. The driver wrote it on his
receipt, copy attached.

Also, funny thing: you sent us four of the little 2 gallon expansion
tanks and we only ordered three, so one extra tank is sitting there too.

So for PO-70288: 1 heater damaged, and 1 expansion tank extra that you
can pick up when you come for the heater.

Thanks so much!
Marisol

Marisol Peña
Property Manager | Harbor Point Property Management
""")
    head = headers(
        "applemail",
        W_MARISOL,
        "Heaters for Bldg A - PO-70288",
        rfc_date("2026-11-13 10:22:36"),
        "<4C1D9E7B-58A2-4F60-9B3E-C7A2D05F18E6@harborpointpm.com>",
    )
    return mail(
        head,
        text,
        files=[("Estes_DR_ES4410402981.pdf", delivery_receipt_pdf(), "application/pdf")],
        key="s12",
    )


def s13():
    text = (
        block("""
Hello,

Invoice INV-88098 charges the 1" type L hard copper (20 ft sticks) at
$76.40 a stick. Our PO-77790 has $71.80. That's 30 sticks at $4.60 too
much, $138.00. Please issue a credit memo for the difference - I'm
holding the invoice until it comes through.

Thank you,
Dana
""")
        + SIG_DANA
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">\n'
        "<p>Hello,</p>\n"
        "<p>Invoice INV-88098 charges the 1&quot; type L hard copper (20 ft sticks) at "
        "$76.40 a stick. Our PO-77790 has $71.80. That&#39;s 30 sticks at $4.60 too much, "
        "$138.00. Please issue a credit memo for the difference - I&#39;m holding the "
        "invoice until it comes through.</p>\n"
        "<p>Thank you,<br>Dana</p>\n"
        '<p style="color:#1f3864">Dana Ruiz<br>AP &amp; Payroll | Keystone Mechanical<br>'
        "610-555-0100 x214</p></div>\n</body>\n</html>\n"
    )
    head = headers(
        "exchange",
        W_DANA,
        "INV-88098 - copper price",
        rfc_date("2026-11-13 11:03:58"),
        "<MN2PR19MB4031F26A9D3C7E15B0A4@MN2PR19MB4031.namprd19.prod.outlook.com>",
    )
    return mail(head, text, html=html, key="s13")


def s14():
    text = block("""
Hi Yolanda,

Luis called me from the Bayview building - his email is acting up - and
asked me to pass this on. Typing what he said:

  "The thermostat box on PO-70231. We ordered the plain non-programmable
  digital stats, the basic 24 volt ones we use everywhere. Four of the
  ten in the box are a programmable model instead, not what we ordered,
  they don't fit our standard. Need those four swapped for the right
  ones. The other six are right."

That's all from him. You can reach him on 757-555-0176 if you need more.

Grace Kim
Accounts Payable | Harbor Point Property Management
""")
    head = headers(
        "exchange",
        W_GRACE,
        "Phone message from Luis - PO-70231 thermostats",
        rfc_date("2026-11-13 14:37:12"),
        "<SA1PR11MB6820A19C3E7D5F208B41@SA1PR11MB6820.namprd11.prod.outlook.com>",
    )
    return mail(head, text, key="s14")


def s15():
    text = block("""
Hi Yolanda,

Long story, sorry. We finally opened up the ceiling tile for the Eastgate
clinic job today. The delivery came on the 2nd (PO-60377) and the pallet
sat shrink-wrapped in the clinic's loading bay, which I know isn't ideal,
but it looked fine from the outside and the bay is dry. When we cut the
wrap, the bottom row of cartons was soaked through from underneath - the
pallet has a waterline on it, so it must have stood in water on the
truck.

Three cartons are ruined: tiles warped and stained, you can't hang them.
Photo of one of the carton labels attached.

So, 3 cartons of the 2x2 acoustic tile damaged, PO-60377. I know it's
been two weeks. Anything you can do?

Kwabena Mensah
Service Technician | Summit HVAC Services
""")
    head = headers(
        "gmail",
        W_KWABENA,
        "wet ceiling tile cartons - PO-60377",
        rfc_date("2026-11-16 15:58:21"),
        "<CAM2wK9vT1xQ7nB4cL0zH8rY5pD3sF6jA9eU2oG1iN4tR7mb@mail.gmail.com>",
    )
    return mail(head, text, files=[("IMG_2291.jpg", carton_photo(), "image/jpeg")], key="s15")


def s16():
    text = (
        block("""
Hi,

Two things on INV-88133 (our PO-77830), both from Vince on the Hollis
job: the condensate pumps are billed at 64.90 each but the PO price is
61.50, all 8 of them, and the ten 1-1/2" unions in the second carton (our
KM-40415) came galvanized, not black malleable - the other 30 are black
and fine.

So please credit the price difference on the 8 pumps, and send 10 black
unions to swap for the galvanized ones.

Dana
""")
        + SIG_DANA
    )
    head = headers(
        "exchange",
        W_DANA,
        "INV-88133 / PO-77830",
        rfc_date("2026-11-16 09:12:44"),
        "<MN2PR19MB40317B2C0F9E4A16D3E8@MN2PR19MB4031.namprd19.prod.outlook.com>",
    )
    return mail(head, text, key="s16")


def s17():
    text = (
        block("""
Hi Yolanda,

Mike opened the PRV boxes from Thursday's R+L delivery (PO-24530) at the
Ferris Rd job this morning. One of the four 3/4" pressure reducing
valves has the gauge port boss snapped right off - the box was caved in
on that end. The other three are fine.

Please credit or replace the one broken PRV.
""")
        + SIG_KAREN
    )
    head = headers(
        "exchange",
        W_KAREN,
        "PO-24530 PRV damaged",
        rfc_date("2026-11-16 10:48:09"),
        "<BY5PR03MB51288E3A7C1D0F94B2E6@BY5PR03MB5128.namprd03.prod.outlook.com>",
    )
    return mail(head, text, key="s17")


def s18():
    text = (
        block("""
Yolanda, Tom left this on our office line last night - he's on the Walnut
St job all week. I typed it out as best I could:

  "Hi Dana, it's Tom, can you send this over to Bayfield. The wi-fi
  thermostats from the, uh, PO seventy-seven seven sixty, the Linden
  school job. We put up all eight of them last week, seven are working
  fine, one won't power up at all, screen stays blank. We swapped it
  with a good one on the same wires and the good one works, so it's
  the stat. One dead out of the box. I'd like it replaced. Thanks."

That's PO-77760. Tell me if the dead one should come back to you.
""")
        + SIG_DANA
    )
    head = headers(
        "exchange",
        W_DANA,
        "Voicemail from Tom Morales - thermostat PO-77760",
        rfc_date("2026-11-17 08:06:30"),
        "<MN2PR19MB4031C05E8B1A3D27F9A1@MN2PR19MB4031.namprd19.prod.outlook.com>",
    )
    return mail(head, text, key="s18")


def s19():
    text = block("""
Hello,

On invoice INV-88180 the 1" full port ball valves are $16.20 each, 48 of
them. Mike was told $14.75 at your counter when he asked for a price
back in October. Could you correct the price on the 48 valves and credit
us the difference?

Fiona Gallagher
Bookkeeping, Riverbend P&H
""")
    head = headers(
        "thunderbird",
        W_FIONA,
        "INV-88180 ball valve pricing",
        rfc_date("2026-11-17 13:19:55"),
        "<6b1e0c9a-3f72-4d85-b0a4-92e7c5d18f3b@riverbendph.com>",
    )
    return mail(head, text, key="s19")


def s20():
    text = block("""
Yolanda,

Just a note of thanks for Gus at your will-call counter. One of my guys
came in this morning with a 3/4 PRV he'd dropped off his own tailgate
(broken gauge port - our fault, not yours). Gus sold him a new one and
dug out a replacement gauge for the old one in about two minutes.

No credit needed and nothing coming back, just wanted you to know.

Vince
""")
    head = headers(
        "macoutlook",
        W_VINCE,
        "thanks to Gus at will-call",
        rfc_date("2026-11-18 12:40:07"),
        "<E2A7C9F0-4B16-4D3A-8E5C-0B91F6D27A38@keystonemech.com>",
    )
    return mail(head, text, key="s20")


def s21():
    text = flowed("""
hey - on po 24460 ten of the 3/4 ball valves are threaded, we ordered sweat. need those 10 swapped for sweat. and we dont need the 2" pvc tees anymore, owner went cast iron on the drain, want to send back 40 of the 100, rest we used

Mike

Sent from my iPhone
""")
    head = headers(
        "iphone",
        W_MIKE,
        "po 24460",
        rfc_date("2026-11-18 07:12:58"),
        "<1F8C3D27-A94B-4E06-B5D1-83E0C7A2F964@riverbendph.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s21")


def s22():
    text = block("""
2 of the 7-day wifi stats from PO-60418 are DOA. No display, 24V checked
at the base. Will bring both back to the counter.

Raj
""")
    head = headers(
        "android",
        W_RAJ,
        "PO-60418 wifi stats DOA",
        rfc_date("2026-11-18 15:27:41"),
        "<CAG7tP1kW8nQ3zR6cV0bL5mX2hY9sJ4dE7uF1aT8oK3pN6qs@mail.gmail.com>",
    )
    return mail(head, text, key="s22")


def s23():
    text = block("""
Good morning,

Our tech opened the condensate pumps from PO-60455 (UPS, last Thursday):
one of the ten has a cracked reservoir tank; the UPS carton was crushed
on that corner. Also, the job was cut back by a few zones, so we will not
need four of the twelve non-programmable thermostats from the same
order. They are unopened.

Please credit the cracked pump, and let us know how to return the 4
thermostats.

Regards,
Linda Chu
Accounts Payable | Summit HVAC Services
""")
    html = (
        '<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">\n'
        "<p>Good morning,</p>\n"
        "<p>Our tech opened the condensate pumps from PO-60455 (UPS, last Thursday): "
        "one of the ten has a cracked reservoir tank; the UPS carton was crushed on that "
        "corner. Also, the job was cut back by a few zones, so we will not need four of "
        "the twelve non-programmable thermostats from the same order. They are "
        "unopened.</p>\n"
        "<p>Please credit the cracked pump, and let us know how to return the 4 "
        "thermostats.</p>\n"
        "<p>Regards,<br><b>Linda Chu</b><br>Accounts Payable | Summit HVAC Services</p>\n"
        "</div>\n</body></html>\n"
    )
    head = headers(
        "exchange",
        W_LINDA,
        "PO-60455 - two issues",
        rfc_date("2026-11-19 08:51:16"),
        "<CH2PR14MB39154D8E1A7B0C36F2D9@CH2PR14MB3915.namprd14.prod.outlook.com>",
    )
    return mail(head, text, html=html, key="s23")


def s24():
    text = block("""
Hi Yolanda,

We're the HVAC service contractor for Harbor Point at their Bayview
building. Their facilities lead, Luis, handed us the thermostats that came
on their order SO-104239 to put in the lobby units. Two of the basic
non-programmable stats are dead: no display, 24V present at the
sub-base, and a known good stat on the same wires works fine.

Luis asked us to send the claim in since we did the testing. 2 defective
thermostats, SO-104239. We have both at our shop.

Kwabena Mensah
Service Technician | Summit HVAC Services
""")
    head = headers(
        "gmail",
        W_KWABENA,
        "Harbor Point Bayview - 2 dead stats off their order",
        rfc_date("2026-11-19 16:05:38"),
        "<CAM2wK9xR5tB1nQ8cH4zL7vY0pD2sF9jE6eU3oG5iM1tK8wa@mail.gmail.com>",
    )
    return mail(head, text, key="s24")


def s25():
    text = block("""
Hi,

This is Dwayne, journeyman with Keystone Mechanical - writing from my own
email, my work phone died. Two of the 1" brass ball valves from
SO-104226 (Prospect St firehouse job) won't shut off: the ball doesn't
seat and water keeps passing with the handle closed. Both brand new, put
in last week. Defective I'd say. Can you replace them? Tom Morales knows
about it.

Thanks
Dwayne Pettis
(484) 555-0139
""")
    html = (
        '<div dir="auto"><div>Hi,</div><div><br></div><div>This is Dwayne, journeyman '
        "with Keystone Mechanical - writing from my own email, my work phone died. Two of "
        "the 1&quot; brass ball valves from SO-104226 (Prospect St firehouse job) won&#39;t shut "
        "off: the ball doesn&#39;t seat and water keeps passing with the handle closed. "
        "Both brand new, put in last week. Defective I&#39;d say. Can you replace them? "
        "Tom Morales knows about it.</div><div><br></div><div>Thanks</div>"
        "<div>Dwayne Pettis</div><div>(484) 555-0139</div></div>\n"
    )
    head = headers(
        "gmail",
        W_DWAYNE,
        "ball valves from SO-104226",
        rfc_date("2026-11-20 06:47:22"),
        "<CAF5pX2nL8wQ1zT4cR7bV0mK3hY6sJ9dE2uA5oG8iN1tP4rc@mail.gmail.com>",
    )
    return mail(head, text, html=html, key="s25")


def s26():
    text = block("""
Hi,

Could you re-send invoice INV-88171 (PO-70288, the 3 water heaters and
3 expansion tanks)? Our AP system lost the PDF.

Please don't hold it for the damaged heater Marisol wrote you about - we
will pay the invoice in full and settle that separately once you have
decided.

Thanks,
Grace Kim
Accounts Payable | Harbor Point Property Management
""")
    head = headers(
        "exchange",
        W_GRACE,
        "copy of INV-88171 please",
        rfc_date("2026-11-20 11:34:50"),
        "<SA1PR11MB68203E5B9A0C7D14E2F7@SA1PR11MB6820.namprd11.prod.outlook.com>",
    )
    return mail(head, text, key="s26")


def s27():
    text = block("""
Hi Yolanda,

Two things from the Castillo remodel, PO-40917.

3 of the sweat ball valves (3/4") are weeping at the stem. We
tightened the packing nuts and they still drip, so they are defective -
we need those 3 replaced.

And we ended up with two 2-gallon expansion tanks we don't need anymore
(the homeowner kept the old ones). Still boxed. Can we return the two
tanks?

Gracias,
Rosa Delgado
Delgado & Sons Plumbing
""")
    head = headers(
        "exchange",
        W_ROSA,
        "PO-40917 ball valves + tanks",
        rfc_date("2026-11-23 10:17:03", "C"),
        "<PH0PR10MB5873A4E1C9D2B06F7E35@PH0PR10MB5873.namprd10.prod.outlook.com>",
    )
    return mail(head, text, key="s27")


def s28():
    text = (
        block("""
Hi Yolanda,

Mike's crew finished the Ridgeline pump station last week and brought
the leftovers back to the shop. We have five of the 3" flanged swing
check valves from PO-24388 still crated on the shelf, never installed,
and we won't need them. Can we return all five for credit?
""")
        + SIG_KAREN
    )
    head = headers(
        "exchange",
        W_KAREN,
        'Returning 3" check valves - PO-24388',
        rfc_date("2026-11-23 13:45:27"),
        "<BY5PR03MB5128D61F0A3E9C72B5A8@BY5PR03MB5128.namprd03.prod.outlook.com>",
    )
    return mail(head, text, key="s28")


def s29():
    text = block("""
Hello,

Tomorrow morning 7:30 our tech comes to your will-call counter for pick
up the new order PO-60471: 6 condensate pumps and 2 case of the 16x25
filters. Please prepare and stage them. The pumps are for a new job, not
replacement.

Thank you
Yusuf
""")
    head = headers(
        "exchange",
        W_YUSUF,
        "will call pickup tomorrow PO-60471",
        rfc_date("2026-11-23 15:02:14"),
        "<DM6PR07MB5542B07C3E9A1F64D8B2@DM6PR07MB5542.namprd07.prod.outlook.com>",
    )
    return mail(head, text, key="s29")


def s30():
    text = flowed("""
Yolanda,

Two of the 1/25 hp cast iron circs we bought on PO-76115 last October (Maple Ct apartments) quit this weekend. Motors hum but won't turn, tried tapping the shaft, nothing. They ran about a year. Can these go back as warranty?

Tom

Sent from my iPhone
""")
    head = headers(
        "iphone",
        W_TOM,
        "circs from last year - PO-76115",
        rfc_date("2026-11-24 07:22:45"),
        "<C94E0A13-6F2B-4D87-91B5-E3A08D7C2F16@keystonemech.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s30")


def s31():
    text = flowed("""
Yolanda,

The Hartwell Rd lift station job got cut in half by the city. We don't need the 3" RPZ from PO 24415 anymore - never installed, still in the crate - want to send it back.

Also one of the two 3" flanged check valves on that same PO sticks open, the clapper hangs up on the hinge pin and won't seat. That one's defective, needs replacing.

Mike O'Brien
Riverbend Plumbing & Htg

Sent from my iPhone
""")
    head = headers(
        "iphone",
        W_MIKE,
        "PO 24415 rpz + check",
        rfc_date("2026-11-24 16:11:30"),
        "<3B7D5F90-E2C1-4A68-9F04-A16C8B3E7D25@riverbendph.com>",
    )
    return mail(head, text, cte="quoted-printable", key="s31")


S32_REFS = (
    "<BY5PR03MB51288E3A7C1D0F94B2E6@BY5PR03MB5128.namprd03.prod.outlook.com> "
    "<ack.26-4538.20261116192011@bayfieldpipe.example>"
)


def s32():
    ack = block("""
Hi Karen,

Approved: 1 x VLV-0750-PRV, 3/4" pressure reducing valve, damaged in
transit on SO-104243 (your PO-24530), credit 92.80. Our driver will pick
up the broken valve from Mike; please keep it in its box.

Yolanda Pruitt
Returns Coordinator | Bayfield Pipe & Supply
""")
    karen = block("""
Hi Yolanda,

Mike opened the PRV boxes from Thursday's R+L delivery (PO-24530) at the
Ferris Rd job this morning. One of the four 3/4" pressure reducing
valves has the gauge port boss snapped right off - the box was caved in
on that end. The other three are fine.

Please credit or replace the one broken PRV.
""")
    text = flowed("""
nobody came for the busted PRV yet, still rolling around on my truck. who do I call to get it picked up?

Mike

Sent from my iPhone
""") + (
        "\nOn Nov 16, 2026, at 2:20 PM, Bayfield Returns <returns@bayfieldpipe.example>"
        " wrote:\n\n"
        + quoted(
            ack
            + "\nOn Nov 16, 2026 10:48 AM, Karen Liu <office@riverbendph.com>"
            + " wrote:\n"
            + quoted(karen)
        )
    )
    head = headers(
        "iphone",
        W_MIKE,
        "Re: PO-24530 PRV damaged",
        rfc_date("2026-11-25 08:03:17"),
        "<92C0E7A4-1D5B-4F38-B6E9-7A3F0C2D81B5@riverbendph.com>",
        extra=(
            ("In-Reply-To", "<ack.26-4538.20261116192011@bayfieldpipe.example>"),
            ("References", S32_REFS),
        ),
    )
    return mail(head, text, cte="quoted-printable", key="s32")


def s33():
    text = block("""
THE 2 INCH BLACK PIPE FROM PO-40988. ONE OF YOUR CUT PIECES, THE 20 FT
ONE, HAS THE WELD SEEM SPLIT ALONG THE LENGTH, FOUND IT WHEN WE WENT TO
THREAD IT FOR THE GAS LINE. BAD PIPE. 20 FT NO GOOD.

WANT CREDIT OR NEW PIPE.

BETO
""")
    head = headers(
        "android",
        W_BETO,
        "BLACK PIPE SPLIT PO-40988",
        rfc_date("2026-11-30 09:48:26", "C"),
        "<CAKd9xQ5sN2vR8bW1eH7tY4cL0pF6zG3mA9uK2jQ8iT5oXdp@mail.gmail.com>",
    )
    return mail(head, text, key="s33")


def s34():
    text = block("""
Hi Yolanda,

We're only now getting to the copper from PO-40962 for the Alvarez job,
and 4 of the 20 ft sticks are type M (red print), not type L (blue) like
we ordered. The inspector won't pass type M on this job. Please swap the
4 sticks for type L.

Thanks,
Rosa
""")
    head = headers(
        "exchange",
        W_ROSA,
        "PO-40962 copper is type M",
        rfc_date("2026-12-01 08:26:41", "C"),
        "<PH0PR10MB5873F0B27D4A1E93C6D8@PH0PR10MB5873.namprd10.prod.outlook.com>",
    )
    return mail(head, text, key="s34")


def s35():
    text = block("""
Hi,

Heads up - the tenant in 4B at Bayview left a tub running and flooded
the mechanical closet below. The water heater and the expansion tank in
there are ruined. Not your product, just bad luck.

We will need 3 more of the 2 gallon expansion tanks and one 50 gal gas
heater, same as the last order. Can you send me a quote?

Luis Ortega
Facilities Lead
Harbor Point Property Management
""")
    head = headers(
        "exchange",
        W_LUIS,
        "need 3 more expansion tanks + 1 heater",
        rfc_date("2026-12-02 09:30:12"),
        "<SA1PR11MB6820E7C40B2D9A15F3C6@SA1PR11MB6820.namprd11.prod.outlook.com>",
    )
    return mail(head, text, key="s35")


def s36():
    text = block("""
Hola Yolanda,

Your truck brought PO-41077 this morning to the Ruiz house on Calle
Bonita. One of the 40 gallon electric water heaters came with the side
dented in, the carton has a big hole from a forklift. We don't install
it. 1 heater damaged, please replace it.

Ignacio
Delgado & Sons
""")
    head = headers(
        "thunderbird",
        W_IGNACIO,
        "dented heater PO-41077",
        rfc_date("2026-12-02 14:55:08", "C"),
        "<e3a9c2f1-58b4-4d07-9a6e-1c0f7b3d82a5@delgadoplumbing.com>",
    )
    return mail(head, text, key="s36")


def s37():
    text = (
        block("""
Hi Yolanda,

Our auditors want copies of the October and November credit memos:
RMA-9003 (the 20 copper elbows we sent back on SO-104226), plus whatever
was issued for the Walnut St gate valves and the PEX roll. Could you
email the PDFs when you get a chance? No new claims here, just paperwork.

Thanks,
Dana
""")
        + SIG_DANA
    )
    head = headers(
        "exchange",
        W_DANA,
        "credit memos for the auditors",
        rfc_date("2026-12-03 10:44:39"),
        "<MN2PR19MB40315A0D3F7C9E28B1C4@MN2PR19MB4031.namprd19.prod.outlook.com>",
    )
    return mail(head, text, key="s37")


def s38():
    form = {
        "order_number": "SO-104231",
        "lines": [{"sku": "FTG-CU-E90-100", "quantity": 40, "reason": "NOT_NEEDED"}],
        "note": "Leftover 1 inch copper 90s after the Alvarez job, 40 pcs, still in the "
        "bags. Would like to return them.",
    }
    return json.dumps(form, indent=2).encode("utf-8") + b"\n"


def s39():
    text = block("""
Voicemail, typed up by the front desk
Mailbox: general line
Left: Tuesday, 8:12 am

"Hi, this is Sam from the building C maintenance shop. We got the filter
delivery yesterday, the pleated sixteen by twenty-five by one, MERV
eleven. The slip says six cases, we got four. So we're two cases short.
Can somebody call me back? Thanks."

Callback number: none left
""")
    return text.encode("ascii")


def s40():
    text = block("""
SERVICE TICKET 58-114   (typed from the tech's sheet)

Job:       Whitaker residence, basement utility room
Order:     SO-104202
Part:      expansion tank, 2 gallon (thermal)
Qty:       1
Problem:   tank is waterlogged, bladder failed - water comes out of the
           air valve when pressed. The heater itself is fine.
Request:   warranty replacement, tank is defective
""")
    return b"\r\n".join(row.encode() for row in text.split("\n"))


BUILDERS = {
    "s01-keystone-tom-gate-valves-handwheels-pex-roll-missing.eml": s01,
    "s02-summit-yusuf-forty-registers-for-thirty.eml": s02,
    "s03-keystone-tom-reply-forgot-the-ells.eml": s03,
    "s04-keystone-dana-forward-pex-roll-for-ap.eml": s04,
    "s05-delgado-beto-caps-unions-cracked-pipe-short.eml": s05,
    "s06-riverbend-stan-crimp-couplings-make-that-two.eml": s06,
    "s07-riverbend-mike-phone-black-unions-not-ours.eml": s07,
    "s08-delgado-beto-we-broke-them-need-two-more.eml": s08,
    "s09-keystone-vince-crimp-bags-job-went-expansion.eml": s09,
    "s10-harbor-luis-forklift-filters-and-registers.eml": s10,
    "s11-summit-raj-photo-slip-filters-short.eml": s11,
    "s12-harbor-marisol-heater-dented-extra-tank.eml": s12,
    "s13-keystone-dana-hard-copper-sticks-price.eml": s13,
    "s14-harbor-grace-call-notes-wrong-stats.eml": s14,
    "s15-summit-kwabena-tile-found-wet-late-photo.eml": s15,
    "s16-keystone-dana-pump-price-galv-unions.eml": s16,
    "s17-riverbend-karen-prv-gauge-port-snapped.eml": s17,
    "s18-keystone-dana-types-tom-voicemail-wifi-stat.eml": s18,
    "s19-riverbend-fiona-ball-valve-quote-price.eml": s19,
    "s20-keystone-vince-counter-fixed-it-thanks.eml": s20,
    "s21-riverbend-mike-threaded-not-sweat-tees-back.eml": s21,
    "s22-summit-raj-two-wifi-stats-dead.eml": s22,
    "s23-summit-linda-pump-tank-cracked-stats-spare.eml": s23,
    "s24-summit-kwabena-harbor-job-stats-dead.eml": s24,
    "s25-gmail-dwayne-ball-valve-stems.eml": s25,
    "s26-harbor-grace-invoice-copy-please.eml": s26,
    "s27-delgado-rosa-valves-weep-tanks-leftover.eml": s27,
    "s28-riverbend-karen-five-flanged-checks-back.eml": s28,
    "s29-summit-yusuf-will-call-pumps-staging.eml": s29,
    "s30-keystone-tom-old-circs-quit.eml": s30,
    "s31-riverbend-mike-rpz-not-needed-check-stuck.eml": s31,
    "s32-riverbend-mike-when-is-prv-pickup.eml": s32,
    "s33-delgado-beto-black-pipe-seam-split.eml": s33,
    "s34-delgado-rosa-type-m-not-type-l.eml": s34,
    "s35-harbor-luis-tenant-flood-need-tanks.eml": s35,
    "s36-delgado-ignacio-heater-dented-unknown-po.eml": s36,
    "s37-keystone-dana-auditor-wants-credit-memos.eml": s37,
    "s38-portal-copper-ells-leftover.json": s38,
    "s39-upload-voicemail-filters-short-no-order.txt": s39,
    "s40-upload-service-ticket-expansion-tank.txt": s40,
}


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        (out / name).write_bytes(build())
    print(f"wrote {len(BUILDERS)} files to {out}")


if __name__ == "__main__":
    given = sys.argv[1:]
    main(Path(given[0]) if given else OUT_DEFAULT)
