"""Build every request of heldout32 (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout32/make_attachments.py

Run from the repository root with the project's .venv (Pillow and fpdf2 come with it).
It writes all 37 emails of `requests/` (RFC 5322, CRLF, ASCII), the portal form s38 and
the two text uploads s39 and s40. Four emails carry an attachment:

- s01: Tom's phone photo (JPEG) of the crushed carton of 2" bronze gate valves.
- s13: Dwayne's phone photo (JPEG) of the dented expansion tank.
- s26: Harbor Point's maintenance work order WO-26-1187 (text PDF).
- s28: Mike's backflow test report for the 3" RPZ, filled in by hand and scanned (PNG).

Nothing varies between runs: the random seeds, the Date headers, the Message-IDs, the
MIME boundaries, the PDF's creation date and the fonts (Pillow's bundled default font,
fpdf2's core Helvetica) are fixed.
"""

import datetime as dt
import io
import json
import random
import textwrap
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
DESK = "Returns Desk <returns@callowaysupply.example>"

# One seed per picture; each picture was read back with plain Tesseract 5 (see README).
SEED = {"s01": 3201, "s13": 3213, "s28": 3228}


# ------------------------------------------------------------------ drawing helpers


def face(px: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=px)


def scrawl(
    img: Image.Image,
    at: tuple[int, int],
    text: str,
    rng: random.Random,
    px: int = 40,
    ink: int | tuple[int, ...] = 30,
    tilt: float = 6.0,
) -> None:
    """Writing by hand: every letter its own size, slant and height, spacing uneven."""
    x, y = at
    for ch in text:
        size = max(12, px + rng.randint(-4, 3))
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 3), ch, font=face(size), fill=255)
        tile = tile.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        img.paste(
            Image.new(img.mode, tile.size, ink), (x - size // 2, y + rng.randint(-3, 5)), tile
        )
        x += int(face(size).getlength(ch)) + rng.randint(0, 3)


def stripes(draw: ImageDraw.ImageDraw, rng: random.Random, box: tuple[int, int, int, int]) -> None:
    """Barcode-looking stripes (not a real symbol) inside box."""
    left, top, right, bottom = box
    x = left
    while x < right - 8:
        w = rng.choice((2, 3, 3, 5, 7))
        draw.rectangle([(x, top), (x + w, bottom)], fill=(10, 10, 10))
        x += w + rng.choice((2, 3, 3, 5))


def concrete(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A grey shop floor with speckles."""
    floor = Image.new("RGB", size, (118, 118, 112))
    px = floor.load()
    for _ in range(size[0] * size[1] // 40):
        i, j = rng.randrange(size[0]), rng.randrange(size[1])
        v = rng.randint(90, 150)
        px[i, j] = (v, v, v - 4)
    return floor.filter(ImageFilter.GaussianBlur(1.2))


def phone_shot(img: Image.Image, rng: random.Random, turn: float, fill: tuple) -> bytes:
    """Finish a picture as a phone camera would: a little turned, soft, grainy, JPEG."""
    img = img.rotate(turn, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 90):
        i, j = rng.randrange(w), rng.randrange(h)
        d = rng.randint(-12, 12)
        px[i, j] = tuple(min(255, max(0, c + d)) for c in px[i, j])
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82)
    return buf.getvalue()


def flatbed(img: Image.Image, rng: random.Random, turn: float) -> bytes:
    """Finish a page as an office scanner would: skewed, specks, slightly soft, grey PNG."""
    img = img.rotate(turn, resample=Image.BICUBIC, expand=True, fillcolor=236)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 350):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((40, 120, 252))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# ------------------------------------------------------------------ the pictures


def gate_valve_carton() -> bytes:
    """s01: the carton of 2" bronze gate valves, its near end caved in, on the shop floor."""
    rng = random.Random(SEED["s01"])
    pic = concrete((1600, 1200), rng)
    draw = ImageDraw.Draw(pic)
    draw.polygon([(90, 140), (1500, 120), (1530, 1080), (70, 1100)], fill=(182, 146, 100))
    for y in range(150, 1080, 11):
        draw.line([(85, y), (1520, y - 2)], fill=(174, 139, 95), width=2)
    # the crushed end: a dark dent with creases
    draw.polygon([(1090, 1090), (1530, 640), (1530, 1080)], fill=(96, 70, 42))
    for _ in range(12):
        x0, y0 = rng.randint(1150, 1500), rng.randint(760, 1070)
        x1, y1 = x0 - rng.randint(40, 160), y0 - rng.randint(30, 150)
        draw.line([(x0, y0), (x1, y1)], fill=(55, 38, 22), width=rng.choice((2, 3, 4)))
    ink = (22, 22, 22)
    draw.rectangle([(150, 190), (1260, 800)], fill=(242, 242, 236))
    draw.text((185, 215), "APEX VALVE CO.", font=face(60), fill=(25, 45, 120))
    draw.text((185, 305), "2 IN BRONZE GATE VALVE", font=face(66), fill=ink)
    draw.text((185, 395), "THREADED  200 WOG", font=face(52), fill=ink)
    draw.text((185, 470), "ITEM  VLV-2210-BR", font=face(58), fill=ink)
    draw.text((185, 550), "QTY  10 EA", font=face(52), fill=ink)
    stripes(draw, rng, (760, 560, 1220, 690))
    draw.text((770, 705), "0718123456789", font=face(44), fill=ink)
    scrawl(pic, (230, 900), "3 BAD - TM", rng, px=90, ink=(20, 20, 70), tilt=4.0)
    return phone_shot(pic, rng, -0.9, (60, 60, 58))


def dented_tank() -> bytes:
    """s13: the expansion tank on the boiler room floor, a deep dent beside its label."""
    rng = random.Random(SEED["s13"])
    pic = Image.new("RGB", (1400, 1500), (88, 92, 96))
    draw = ImageDraw.Draw(pic)
    draw.rectangle([(0, 1180), (1400, 1500)], fill=(120, 116, 108))
    # the tank: a tall rounded shell, shaded from left to right
    for x in range(300, 1100):
        t = (x - 300) / 800
        v = int(235 - 110 * abs(t - 0.35))
        draw.line([(x, 260), (x, 1220)], fill=(v, v, v + 4))
    draw.ellipse([(300, 170), (1100, 350)], fill=(220, 220, 224))
    draw.rectangle([(660, 90), (740, 200)], fill=(170, 150, 90))  # the brass fitting
    # the dent: a dark crescent with a light rim
    dent = Image.new("L", pic.size, 0)
    ImageDraw.Draw(dent).ellipse([(760, 330), (1040, 620)], fill=200)
    dent = dent.filter(ImageFilter.GaussianBlur(30))
    pic.paste(Image.new("RGB", pic.size, (60, 60, 64)), (0, 0), dent)
    draw.arc([(770, 340), (1030, 610)], 200, 340, fill=(250, 250, 250), width=5)
    ink = (20, 20, 20)
    draw.rectangle([(330, 650), (1075, 1110)], fill=(250, 250, 245))
    draw.text((360, 675), "THERMAL EXPANSION TANK", font=face(50), fill=ink)
    draw.text((360, 750), "2 GAL - POTABLE WATER", font=face(50), fill=ink)
    draw.text((360, 830), "MAX PRESSURE 150 PSI", font=face(40), fill=ink)
    draw.text((360, 890), "PRE-CHARGE 40 PSI", font=face(40), fill=ink)
    draw.text((360, 950), "BRADFORD THERMAL", font=face(40), fill=(130, 25, 25))
    stripes(draw, rng, (700, 1010, 1040, 1090))
    return phone_shot(pic, rng, 1.2, (80, 84, 88))


def backflow_report_scan() -> bytes:
    """s28: the county backflow test report for the 3" RPZ, filled in by Mike, scanned."""
    rng = random.Random(SEED["s28"])
    page = Image.new("L", (1700, 2100), 251)
    draw = ImageDraw.Draw(page)
    draw.text((80, 60), "BACKFLOW PREVENTION ASSEMBLY", font=face(52), fill=20)
    draw.text((80, 125), "TEST AND MAINTENANCE REPORT", font=face(52), fill=20)
    draw.line([(70, 205), (1630, 205)], fill=30, width=4)
    fields = (
        (260, "Customer / site:"),
        (350, "Assembly type:"),
        (440, "Size:"),
        (530, "Serial no.:"),
        (620, "Date tested:"),
        (760, "Check valve no. 1 closed tight:"),
        (850, "Check valve no. 1 reading (psid):"),
        (940, "Relief valve opened at (psid):"),
        (1030, "Check valve no. 2 closed tight:"),
        (1170, "RESULT (PASS / FAIL):"),
        (1310, "Remarks:"),
        (1560, "Tester:"),
        (1650, "Tester cert. no.:"),
    )
    for y, label in fields:
        draw.text((90, y), label, font=face(34), fill=25)
        draw.line([(760, y + 42), (1600, y + 42)], fill=120, width=2)
    values = (
        (260, "Marlton plant - Bldg 2", 38),
        (350, "RP", 40),
        (440, "3 in", 40),
        (530, "RP3-2610447", 40),
        (620, "11/23/2026", 40),
        (760, "NO", 42),
        (850, "0.6", 42),
        (940, "0.4", 42),
        (1030, "YES", 42),
        (1170, "FAIL", 60),
        (1560, "M. OBrien", 40),
        (1650, "BPT-0917", 40),
    )
    for y, text, px in values:
        scrawl(page, (800, y - 6), text, rng, px=px, ink=35, tilt=3.0 if px > 50 else 6.0)
    scrawl(page, (330, 1310), "relief dumps when pressurized - new unit", rng, px=38, ink=35)
    scrawl(page, (330, 1400), "never in service", rng, px=38, ink=35)
    draw.text(
        (90, 1850), "Keep a copy on site. Send the original to the water", font=face(26), fill=80
    )
    draw.text((90, 1890), "purveyor within 10 days of the test.", font=face(26), fill=80)
    return flatbed(page, rng, -0.8)


# ------------------------------------------------------------------ the PDF


def work_order_pdf() -> bytes:
    """s26: Harbor Point's work order on the Bldg C gas water heater."""
    pdf = FPDF(orientation="P", unit="mm", format="Letter")
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 19, 42, 0, tzinfo=dt.UTC))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()

    def line(text: str, h: float = 6.0) -> None:
        pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 15)
    line("HARBOR POINT PROPERTY MANAGEMENT", 8)
    pdf.set_font("Helvetica", "", 9)
    line("1200 Granby St, Norfolk, VA 23510  |  757-555-0184  |  maintenance@harborpointpm.com", 5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    line("MAINTENANCE WORK ORDER  WO-26-1187", 8)
    pdf.set_font("Helvetica", "", 10)
    for left, right in (
        ("Opened: 11/18/2026 7:10 AM", "Closed: 11/20/2026"),
        ("Location: Bldg C, basement mech room", "Priority: urgent (no hot water)"),
        ("Equipment: 50 gal natural gas water heater", "Supplier PO: PO 70288"),
    ):
        pdf.cell(100, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for head, text in (
        ("Complaint", "Tenants in C-101 to C-112 report no hot water since the evening of 11/17."),
        (
            "Findings",
            "Heater installed 11/17/2026. Pilot lights and holds, main burner lights "
            "and shuts off after 20 to 40 seconds. Thermocouple replaced 11/19, same "
            "result. Gas pressure at the valve 7 in. w.c. (normal). Flue draft normal. "
            "Gas control valve suspected.",
        ),
        ("Action", "Unit shut off and isolated. Temporary hot water from Bldg B loop."),
        (
            "Recommendation",
            "Heater is defective. Return to supplier under warranty, request "
            "replacement (qty 1). The other two heaters of PO 70288 (Bldg A and "
            "Bldg D) are operating normally.",
        ),
    ):
        pdf.set_font("Helvetica", "B", 10)
        line(head, 6)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text)
        pdf.ln(2)
    pdf.ln(4)
    line("Technician: D. Foster          Supervisor: L. Ortega")
    return bytes(pdf.output())


# ------------------------------------------------------------------ message building


def wrap(body: str) -> str:
    """Fold any line over 76 columns, keeping a leading quote mark or list bullet."""
    out = []
    for raw in body.split("\n"):
        if len(raw) <= 76:
            out.append(raw)
            continue
        keep = ""
        while raw[len(keep) :].startswith("> "):
            keep += "> "
        bullet = "  " if raw[len(keep) :].startswith(("* ", "- ")) else ""
        out.extend(
            textwrap.wrap(
                raw[len(keep) :],
                76 - len(keep),
                initial_indent=keep,
                subsequent_indent=keep + bullet,
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(out)


def head(
    msg: EmailMessage,
    sender: str,
    subject: str,
    when: str,
    msgid: str,
    extra: tuple[tuple[str, str], ...],
) -> None:
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = when
    msg["Message-ID"] = msgid
    for key, value in extra:
        if key == "To":
            msg.replace_header("To", value)
        else:
            msg[key] = value


def compose(spec: dict) -> bytes:
    """One email from its spec: plain, html-only, alternative, or with attachments."""
    msg = EmailMessage(policy=SMTP)
    head(msg, spec["from"], spec["subject"], spec["date"], spec["id"], spec.get("extra", ()))
    kind = spec.get("kind", "plain")
    if kind == "html":
        msg.set_content(spec["html"], subtype="html", charset="us-ascii", cte="quoted-printable")
    else:
        msg.set_content(wrap(spec["body"]), charset="us-ascii", cte="7bit")
    if kind == "alternative":
        msg.add_alternative(
            spec["html"], subtype="html", charset="us-ascii", cte="quoted-printable"
        )
    for data, main, sub, name in spec.get("files", ()):
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if msg.is_multipart():
        msg.set_boundary(spec["boundary"])
    return msg.as_bytes()


# ------------------------------------------------------------------ signatures

TOM = """\
Tom Morales | Project Manager
Keystone Mechanical Contractors
302 Industrial Hwy, Eddystone, PA 19022
o 484-555-0100 x214 | c 484-555-0187"""

KAREN = """\
Karen Liu | Office Manager
Riverbend Plumbing & Heating
88 Kings Hwy N, Cherry Hill, NJ 08034
(856) 555-0140"""

RAJ = """\
Raj Patel
Service Manager | Summit HVAC Services
4120 Fisher Rd, Columbus, OH 43228
Office (614) 555-0102 | Cell (614) 555-0175"""

LUIS = """\
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
1200 Granby St, Norfolk, VA 23510
office 757-555-0184 / cell 757-555-0119"""

DWAYNE = """\
Dwayne Foster
Building Engineer | Harbor Point Property Management
1200 Granby St, Norfolk, VA 23510
757-555-0135"""

ROSA = """\
Rosa Delgado
Delgado & Sons Plumbing
7150 Westfield Ave, Pennsauken, NJ 08110
856-555-0161"""


# ------------------------------------------------------------------ the bodies

S01 = f"""\
Derek,

Both pieces showed up, but not clean.

The R+L pallet: the carton of 2" bronze gate valves was crushed on one end,
looks like a forklift went into it. Three of the gate valves are damaged -
two with cracked bonnets and one with the handwheel snapped off. The other
37 look ok. Photo of the carton attached.

The Estes one: we got 10 of the 12 3/4" PRVs. Packing list says 12, there
were 10 in the box, so we are 2 PRVs short.

Can you get a credit going for the 3 damaged gate valves and the 2 missing
PRVs? I copied your returns desk like you asked last time.

Thanks,
Tom

{TOM}

-----Original Message-----
From: Derek Hahn <dhahn@callowaysupply.example>
Sent: Monday, November 2, 2026 3:18 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: SO-104233 shipping today

Tom,

Your PO-77812 goes out in two pieces. The 40 gate valves and the 150
copper 90s left DC-EAST today on R+L. The 12 PRVs and the 6 coils of PEX
ship from DC-WEST tomorrow on Estes. Both should be at the school by
Thursday or Friday.

Derek Hahn
Outside Sales | Calloway Supply
"""

S02 = """\
ordered 10 bags 1/2 pex crimp couplings only 8 bags came. short 2 bags. \
rest of the order is here

Mike

Sent from my iPhone
"""

S03 = f"""\
Good morning,

Hope you all had a good weekend. Quick one before I head out to the
Grandview site.

The ODFL driver dropped the tile for PO-60377 last Monday in the rain and
the pallet sat outside until our guys got there. We only opened the
cartons on Friday when the ceiling crew started, and four cartons of the
2x2 acoustic tile are soaked through. The tiles are warped and crumbling
at the edges, so they are damaged and can't be hung. The other cartons are
fine and already going up.

Nobody wants them back on a truck, they're mush. Tell me if you need
pictures before we throw them out. Please credit the 4 cartons.

Thanks a lot,
Raj

{RAJ}
"""

S04_HTML = """\
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.grid td {border:solid windowtext 1.0pt; padding:2pt 6pt;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Hello,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Invoice INV-88133 (our PO-77830) has the condensate pumps at a
higher price than our PO. We were overcharged on this line:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="grid" border="1" cellspacing="0" cellpadding="0">
<tr><td><b>Item</b></td><td><b>Qty</b></td><td><b>PO price</b></td>
<td><b>Invoiced</b></td><td><b>Difference</b></td></tr>
<tr><td>HVC-CND-PUMP condensate pump</td><td>8</td><td>$61.50</td>
<td>$64.90</td><td>$3.40 ea / $27.20</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please issue a credit memo for the $27.20 price difference. The other
three lines of the invoice are correct and will be paid on our normal terms.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal">Dana Ruiz</p>
<p class="MsoNormal">Accounts Payable | Keystone Mechanical Contractors</p>
<p class="MsoNormal">484-555-0110 | ap@keystonemech.com</p>
</div>
</body>
</html>
"""

S05 = f"""\
Hi,

Your truck dropped PO 70231 at the Bay Street building yesterday. I went
through it this morning:

* floor registers - 6 of the 60 are bent, louvers crushed flat, they won't
  sit in the floor openings. Damaged on the delivery I think, that box was
  caved in on one side
* filters - ok
* thermostats - ok

Please send 6 new registers or credit them. I can leave the bent ones at
the front desk for your driver.

{LUIS}
"""

S06 = f"""\
Hello,

We are doing the rough-in for Riverbend Plumbing at the Collingswood
townhouses, and their order SO-104236 was shipped straight to our job
trailer. One of the two 300 ft coils of 3/4" PEX-A came damaged: the
carton was torn open and the tubing is kinked and gouged in a few places,
we can't use it. So 1 coil damaged, the other coil is good.

Karen at Riverbend told me to email you directly because we have the
coil here. Could you send a new coil or credit the damaged one? It's at
the trailer if your driver wants to pick it up.

Thanks,
{ROSA}
"""

S07 = f"""\
Returns,

See Sal's note below on PO-77830 (your SO-104235). Two things: extra
unions that we want picked up, and one circulator that is dead out of the
box. Let me know what else you need from us.

Tom

{TOM}

From: Sal Brennan <sbrennan@keystonemech.com>
Sent: Tuesday, November 10, 2026 4:52 PM
To: Tom Morales <tmorales@keystonemech.com>
Subject: 77830 delivery

Tom
went thru the ODFL delivery from Friday at the Media school.
1) 1-1/2 black unions - PO was for 40, we got 52. So 12 extra, they
overshipped. don't want to pay for them, can they pick up the extra 12
2) circulators - hooked up one of the 4 circulators (the 1/25 HP) on the
boiler loop, it hums but the shaft wont turn, tapped it, nothing. 1
defective. The other 3 are still in the boxes.
3) check valves and condensate pumps all there
Sal
"""

S08 = """\
Hello good morning

I am Efrain from the yard of Delgado & Sons. Friday we pick up at your
counter the order PO-40988. When we unload in the yard I see the box of
1 inch ball valves is open and 3 valves are with the handle broken, the
pieces of handle are in the box. So 3 ball valves damaged, please we need
credit or new ones.

Also from same order we have 30 feet of the 2 inch black pipe that we not
need anymore, the job change to copper. We want to return the 30 feet.

Thank you
Efrain Soto
Delgado & Sons Plumbing - yard
856-555-0172
"""

S09 = f"""\
Hi - one more thing on PO-60377. Oksana found a case of HVC-FLT-1625-M11
(16x25x1 MERV 11) on the tile pallet. We never ordered filters on that
PO, it's just extra, probably somebody else's. 1 case overshipped. Can your
driver grab it next time he is out? It's in our warehouse on Fisher Rd.

Raj

{RAJ}
"""

S10 = """\
Hello,

I check the order PO-60418 which come on 5 November with your truck, sorry
it take me some days. Problems:

1. Non-programmable thermostats: 20 boxes come, the box label say
non-programmable (UPC 084512021006), but in 5 boxes is the Wi-Fi
programmable model inside. This is wrong item, we need 5 of the
non-programmable instead. The Wi-Fi ones we give back.
2. MERV 11 filters 16x25x1: we must have 10 cases, on the shelf is only 9.
1 case is missing.
3. Wi-Fi thermostats 12 pcs - correct.

Best regards,
Oksana Hrytsenko
Warehouse / Receiving
Summit HVAC Services
(614) 555-0131
"""

S11 = f"""\
Hello,

Not sure who does quotes while Sheila is out, so I'm sending it here. We
need 2 more of the 50 gal natural gas water heaters and 2 of the 2 gal
expansion tanks for Bldg B, same as on PO 70288. Can you hold the same
price as that PO?

And please send them on your own truck if you can. The Estes driver
yesterday banged one of the tanks on the liftgate, Dwayne will write to
you about that one separately.

{LUIS}
"""

S12 = f"""\
Good morning,

The R+L delivery for PO 24530 came yesterday afternoon. We ordered four
dozen of the 1" full port ball valves, and they come 12 to a box. Only 3
boxes arrived, so one box of 12 never came - we are short 12 ball valves.
The PRVs and the copper elbows were all there.

Could you please check whether the 4th box is still in your warehouse and
either ship it or credit it?

Thank you,
Karen

{KAREN}
"""

S13 = f"""\
Hello,

Luis asked me to send this. On the Estes delivery Wednesday (PO 70288)
one of the 3 expansion tanks got dropped off the liftgate. It has a deep
dent in the shell right next to the label, and I won't put a dented tank
on a potable line. 1 expansion tank damaged, photo attached. The heaters
and the other 2 tanks are ok.

Please send a replacement or a credit.

{DWAYNE}
"""

S14 = f"""\
Hi,

UPS brought PO-60455 yesterday. Two problems:

Condensate pumps - of the 10, all but 2 are fine. Those 2 have cracked
reservoirs and the box corners are smashed in, so damaged in shipping.

Non-programmable stats - we ordered a dozen and the carton had 10. Short 2.

Filters, all 20 cases are here.

Can you credit the 2 damaged pumps and the 2 missing stats? If you want
the pumps back let me know, otherwise we hold them for the UPS inspector.

Raj

{RAJ}
"""

S15 = f"""\
still no box and nobody called us back. we are short the 12 one inch ball
valves, need them or the credit this week
Mike

---------- Forwarded message ---------
From: Karen Liu <office@riverbendph.com>
Date: Fri, Nov 13, 2026 at 8:15 AM
Subject: PO 24530 - missing box of ball valves
To: Returns Desk <returns@callowaysupply.example>


Good morning,

The R+L delivery for PO 24530 came yesterday afternoon. We ordered four
dozen of the 1" full port ball valves, and they come 12 to a box. Only 3
boxes arrived, so one box of 12 never came - we are short 12 ball valves.
The PRVs and the copper elbows were all there.

Could you please check whether the 4th box is still in your warehouse and
either ship it or credit it?

Thank you,
Karen

{KAREN}
"""

S16 = f"""\
Hi,

Two more items on PO-77812 now that the mechanical room is under way:

- 1" copper 90s: one bag of ten was at the bottom of the R+L pallet and
  every elbow in it is flattened. We didn't open it until Friday. 10
  elbows damaged.
- 3/4" PEX: we got the 6 coils of 300 ft, but the engineer moved the
  radiant loop to next year's phase so we only need 4 of them. The other
  2 coils are no longer needed, still sealed. Please take them back.

Tom

{TOM}
"""

S17_TEXT = """\
Hi there,

I'm new in AP at Keystone (I took over part of Dana's vendors), so bear
with me if this should go somewhere else.

On INV-88098 for PO-77790, the 1" type L copper (our part KM-20100) is
billed at $76.40 a length, but our PO has $71.80. We received and were
invoiced 30 lengths, so we were overcharged $4.60 x 30 = $138.00. Could
you send a credit memo for the $138.00 price difference? Everything else
on that invoice matches.

Thanks so much,
Priya Nair
Accounts Payable
Keystone Mechanical Contractors
484-555-0126
"""

S17_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi there,</p>
<p>I'm new in AP at Keystone (I took over part of Dana's vendors), so bear with me if this
should go somewhere else.</p>
<p>On INV-88098 for PO-77790, the 1" type L copper (our part KM-20100) is billed at $76.40
a length, but our PO has $71.80. We received and were invoiced 30 lengths, so we were
overcharged $4.60 x 30 = $138.00. Could you send a credit memo for the $138.00 price
difference? Everything else on that invoice matches.</p>
<p>Thanks so much,<br>Priya Nair<br>Accounts Payable<br>Keystone Mechanical Contractors<br>
484-555-0126</p>
</div></body></html>
"""

S18 = """\
Returns,

On PO-77760 we bought 12 cases of the 16x25x1 MERV 11 filters for the AHUs
at the library job. Turns out the owner's facilities people change their
own filters, so we only used 8 cases for the startup. The remaining 4
cases are not needed - unopened, still shrink wrapped. Please set up a
return for the 4 cases.

The Wi-Fi thermostats on that PO are all installed, nothing to return
there.

Greg Whitfield
Project Manager | Keystone Mechanical Contractors
302 Industrial Hwy, Eddystone, PA 19022
484-555-0152
"""

S19 = """\
Hello,

Oksana in our warehouse told me she emailed you last week about the 5
boxes on PO-60418 that had the Wi-Fi model inside instead of the
non-programmable thermostats. This is not a new claim, she does not need
anything else on that.

My question is only about the logistics: does your driver take the 5
wrong units back when he brings the right ones, or should we drop them at
your counter? We don't have a UPS account set up for returns.

Thank you,
Linda Chu
Accounts Payable
Summit HVAC Services
(614) 555-0109
"""

S20 = f"""\
Hi,

Forwarding Devin's note from the Haddon Ave job (PO-24460). Could you set
up a warranty return for the three valves he mentions?

Thanks,
Karen

{KAREN}

-----Original Message-----
From: Devin Shah <dshah@riverbendph.com>
Sent: Tuesday, November 17, 2026 3:41 PM
To: office@riverbendph.com
Subject: Haddon Ave valves

Karen - 3 of the 3/4" sweat ball valves from the Haddon Ave order are
defective. They leak by when closed: we shut the zone and water kept
coming through. UPC on the bag is 071812340075. Cut them out and replaced
them from the truck stock. The bad 3 are in my van.

Devin
"""

S21 = f"""\
Hi Brenda,

Two things on PO-40962:

* We used 60 of the 100 copper 90s (1 inch). The other 40 we ordered by
  mistake for the second unit, the homeowner cancelled that part. Please
  take back the 40 elbows, they are still in the bags.
* One of the 3/4" pressure reducing valves is defective. Set it at 60 psi
  and it creeps up to 90 overnight, we tried it two times. Need a
  replacement or credit for that 1 PRV.

I can drop everything at your counter Friday.

{ROSA}
"""

S22_HTML = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Two issues with INV-88160 / PO 70231 (Bay Street):</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#D9E2F3"><td><b>Item</b></td><td><b>Description</b></td>
<td><b>Qty</b></td><td><b>Issue</b></td></tr>
<tr><td>TST-2100-NP</td><td>Non-programmable thermostat</td><td>2</td>
<td>Defective - no display, Luis tested with new batteries</td></tr>
<tr><td>HVC-FLT-1625-M11</td><td>16x25x1 MERV 11 filters, case</td><td>24</td>
<td>Price discrepancy - billed $38.40/case, quoted $36.00/case</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please credit the price difference on the filters (24 cases x $2.40 =
$57.60) and replace or credit the 2 thermostats.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,</p>
<p class="MsoNormal">Grace Kim</p>
<p class="MsoNormal">Accounts Payable | Harbor Point Property Management</p>
<p class="MsoNormal">757-555-0190</p>
</div>
</body>
</html>
"""

S23 = """\
Hi, this is Terrell, service tech with Summit HVAC. Writing from my own
email because my work phone died.

Installed the condensate pumps from SO-104244 at the Dublin medical office
last week. One of them does not work: the float comes up, the motor never
kicks on and the water backs up in the pan. Checked the outlet, 120 V
there. So 1 pump is defective, I swapped it for a spare from the van.

Can you set up the return? Raj Patel is my manager if you need to check.

Terrell Jackson
Summit HVAC Services
EPA 608 Universal - cert 2204-7718
(614) 555-0166
"""

S24 = f"""\
Hello,

Check 10483 for $2,060.20 was mailed today and pays:

INV-88110 (PO 24460)   $1,251.00
INV-88141 (PO 24519)   $809.20  (invoice $828.80 less $19.60)

We short paid INV-88141 by $19.60 for the 2 bags of 1/2" PEX crimp
couplings that never arrived. Mike already reported that shortage on the
9th, so this is not a new claim - just letting your AR team know why the
check is short.

Thank you,
Karen

{KAREN}
"""

S25 = f"""\
Derek,

Yes, one thing: half a dozen of the 1" ball valves (our KM-88107) are left
over and not needed, the last two risers got value-engineered out. Still
boxed. Send me an RA for the 6 and I'll have them on the next pickup.

The copper and the 90s are all used.

Tom

{TOM}

-----Original Message-----
From: Derek Hahn <dhahn@callowaysupply.example>
Sent: Friday, November 20, 2026 10:02 AM
To: Tom Morales <tmorales@keystonemech.com>
Subject: Elm St PO-77790 - leftovers?

Tom,

You're wrapping up Elm St, right? Anything left over from the 30 sticks of
copper, the 200 elbows or the 36 ball valves you want to send back before
the 30 days are up? Easier to do it before the holiday.

Derek
"""

S26 = f"""\
Hello,

One of the three 50 gal gas water heaters from PO 70288 is defective. It
went in on Tuesday in Bldg C: the pilot lights and holds but the burner
shuts off after half a minute. Dwayne replaced the thermocouple and it
still does it. Our work order is attached.

Please replace that 1 heater or credit it. The other 2 are working fine.

{LUIS}
"""

S27 = f"""\
Hi,

Sorry this is late, we only got to the valve replacements in the Bay St
building this weekend. The 3/4" ball valves on PO 70296: we ordered 12 and
there were only 10 in the box, 2 missing. The registers are all there.

Thanks,
{DWAYNE}
"""

S28 = """\
Karen said to send this straight to you. The 3" RPZ from PO-24415 failed
the field test yesterday at the Marlton plant. Relief valve dumps as soon
as we pressurize, #1 check won't hold. Test report is scanned and attached.

I know it's a special order but it's defective out of the box, it was
never in service. Need it replaced under warranty. 1 RPZ.

Mike O'Brien
Riverbend Plumbing & Heating
(856) 555-0144
"""

S29 = f"""\
Hi Brenda,

The owner cancelled the Pine Hill job that PO 24388 was for. The 1-1/2"
black unions from that order are sitting here unused: please take back
all 30 of them, they are not needed. (The check valves went in before the
cancellation, so those stay.)

Thank you,
Karen

{KAREN}
"""

S30 = f"""\
Hi,

PO-77868 came in this morning for the Springfield job. We ordered 4
VLV-1005-BV (1" brass ball valve) and got 4 of a 1-1/4" valve instead.
Wrong item - please send the 4 VLV-1005-BV and pick up the wrong ones.

Tom

{TOM}
"""

S31 = """\
I am out of the office through Monday, November 30, with limited access
to email. For anything urgent on a job site please call the Keystone
office at 484-555-0100.

For returns, damaged or missing material, please contact Dana Ruiz at
ap@keystonemech.com.

Tom Morales
"""

S32 = f"""\
Hi Brenda,

Thanks for getting the RPZ looked at. One more problem on the same
PO-24415 that Mike found while he was there: one of the two 3" flanged
check valves is the wrong size. The box says 3" but inside is a 4" valve,
it doesn't fit the flanges. Wrong item, so we need 1 of the 3" check
valves sent out and you can take the 4" back.

Karen

{KAREN}

On Tue, Nov 24, 2026 at 11:20 AM Returns Desk <returns@callowaysupply.example> wrote:
> Mike, got it. The RPZ is a special order, so I have to send it to our
> manager and to Apex before we can say anything on the warranty. I'll let
> you know.
>
> Brenda Yost
> Returns Desk | Calloway Supply
>
> On Tue, Nov 24, 2026 at 8:09 AM Mike O'Brien <mike.obrien@riverbendph.com> wrote:
>> Karen said to send this straight to you. The 3" RPZ from PO-24415 failed
>> the field test yesterday at the Marlton plant. Relief valve dumps as
>> soon as we pressurize, #1 check won't hold. Test report is scanned and
>> attached.
>>
>> I know it's a special order but it's defective out of the box, it was
>> never in service. Need it replaced under warranty. 1 RPZ.
"""

S33 = """\
Hi Brenda,

Just a note to say thank you. The credit memos for the 3 crushed gate
valves and the 2 short PRVs on PO-77812, and the $27.20 on the condensate
pumps, all showed up on our statement. Much appreciated how fast that went.

Have a good December,
Dana

Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors
484-555-0110
"""

S34 = f"""\
Hi,

Back from the holiday and the first call was the Chester school: one of
the expansion tanks we put in there last October off PO-76115 is
waterlogged, the bladder failed and the tank is full of water. Defective.
Can we get a warranty replacement for the 1 tank?

Tom

{TOM}
"""

S35 = f"""\
Hi,

We have 2 of the 2 gal expansion tanks left from PO-40917 (the electric
heater job in October). We don't need them anymore, never opened. Can we
return them for credit?

Thank you
{ROSA}
"""

S36 = f"""\
Hi Brenda,

Could you email me a copy of invoice INV-88112 and the delivery ticket for
PO-40962? The homeowner's bank wants the paperwork for the draw: 6
pressure reducing valves, 100 copper elbows and 12 sticks of copper. This
is only for the paperwork, the return we did on that PO is separate and
already taken care of.

Thank you,
{ROSA}
"""

S37 = f"""\
Hello,

We are planning to order 2 of the 80 gal glass lined indirect tanks
(WH-TK-80-GL) for the boiler room at Bay Street. Before we do: if the
project gets cancelled, can we return them, and what's the restocking fee?
And if one shows up damaged, do we ship it back or scrap it on site?

No order yet, just asking.

{DWAYNE}
"""

PORTAL_S38 = {
    "order_number": "SO-104202",
    "lines": [{"sku": "VLV-0075-BV", "quantity": 2, "reason": "DEFECTIVE"}],
    "note": (
        "Two of the 3/4 inch ball valves from the water heater job last October will not "
        "shut off any more. Handle turns all the way but water keeps running through. "
        "Homeowner called us back out."
    ),
}

UPLOAD_S39 = """\
DELGADO & SONS PLUMBING - YARD TICKET

Date:     11/30/2026
Order:    SO-104240 (picked up at counter 11/06)
Item:     1-1/2" black unions
Problem:  two (2) pcs damaged - body cracked, threads crushed.
          Found when the box was opened for the Haddonfield job today.
Action:   return to supplier for credit

Checked by: E. Soto
"""

UPLOAD_S40 = """\
To the supply company -

I'm the super at 41 Linden Court. Your delivery this morning left 8 cases
of the 16x25x1 MERV 11 filters (HVC-FLT-1625-M11) on the back porch. The
paperwork taped to the top case says 10 cases. 2 cases are missing, please
send the 2 missing cases.

M. Ferraro
609-555-0148
"""


# ------------------------------------------------------------------ the requests

IPHONE = ("X-Mailer", "iPhone Mail (22B83)")
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")


def requests() -> list[tuple[str, dict]]:
    return [
        (
            "s01-keystone-reply-gates-crushed-prvs-short.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "RE: SO-104233 shipping today",
                "date": "Mon, 09 Nov 2026 08:12:31 -0500",
                "id": "<BN8PR12MB33904C1E7A2D5F@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (
                    ("To", "Derek Hahn <dhahn@callowaysupply.example>"),
                    ("Cc", DESK),
                    OUTLOOK,
                ),
                "body": S01,
                "files": ((gate_valve_carton(), "image", "jpeg", "IMG_4471.jpg"),),
                "boundary": "_004_BN8PR12MB33904C1E7A2D5F_",
            },
        ),
        (
            "s02-riverbend-phone-crimp-bags-short.eml",
            {
                "from": "Mike O'Brien <mike.obrien@riverbendph.com>",
                "subject": "po 24519 short",
                "date": "Mon, 09 Nov 2026 10:47:05 -0500",
                "id": "<6F1D2C84-0B7A-4E55-9C21-7A3E5D90B412@riverbendph.com>",
                "extra": (IPHONE,),
                "body": S02,
            },
        ),
        (
            "s03-summit-wet-tile-cartons.eml",
            {
                "from": "Raj Patel <raj.patel@summithvac.net>",
                "subject": "Ceiling tile - PO-60377 - water damage",
                "date": "Tue, 10 Nov 2026 07:41:52 -0500",
                "id": "<CAJx3mR8pYv2Lq0wN5tKe7hD4sFbG1uZ9aV6cX2oP@mail.gmail.com>",
                "body": S03,
            },
        ),
        (
            "s04-keystone-html-condensate-pump-price.eml",
            {
                "from": "Dana Ruiz <ap@keystonemech.com>",
                "subject": "Invoice INV-88133 - price on condensate pumps",
                "date": "Tue, 10 Nov 2026 09:26:14 -0500",
                "id": "<MN2PR12MB41208D3F6B1A0E@MN2PR12MB4120.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "kind": "html",
                "html": S04_HTML,
            },
        ),
        (
            "s05-harbor-bent-floor-registers.eml",
            {
                "from": "Luis Ortega <maintenance@harborpointpm.com>",
                "subject": "Registers damaged - PO 70231",
                "date": "Tue, 10 Nov 2026 11:58:40 -0500",
                "id": "<20261110165840.7Q2W@harborpointpm.com>",
                "body": S05,
            },
        ),
        (
            "s06-delgado-pex-coil-on-riverbend-job.eml",
            {
                "from": "Rosa Delgado <rosa@delgadoplumbing.com>",
                "subject": "Riverbend job - damaged PEX coil",
                "date": "Tue, 10 Nov 2026 14:33:09 -0500",
                "id": "<SJ0PR19MB6611A2E4C7@SJ0PR19MB6611.namprd19.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S06,
            },
        ),
        (
            "s07-keystone-fwd-foreman-unions-circulator.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "FW: 77830 delivery",
                "date": "Wed, 11 Nov 2026 08:04:47 -0500",
                "id": "<BN8PR12MB3390E71B02C9A4@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S07,
            },
        ),
        (
            "s08-delgado-yard-ball-valves-pipe-leftover.eml",
            {
                "from": "Efrain Soto <efrain@delgadosons.com>",
                "subject": "PO-40988 valves broken and pipe to return",
                "date": "Wed, 11 Nov 2026 10:19:26 -0500",
                "id": "<a81f3c0e-5d72-4b9e-93a4-0c6e2f71d5b8@delgadosons.com>",
                "body": S08,
            },
        ),
        (
            "s09-summit-extra-filter-case-tile-order.eml",
            {
                "from": "Raj Patel <raj.patel@summithvac.net>",
                "subject": "extra filters on tile order PO-60377",
                "date": "Wed, 11 Nov 2026 13:02:18 -0500",
                "id": "<CAJx3mR9tQw4Hn2zK8yLd1fE7rBv5oM0cU3gS6aJ@mail.gmail.com>",
                "body": S09,
            },
        ),
        (
            "s10-summit-receiving-stats-filters-list.eml",
            {
                "from": "Oksana Hrytsenko <receiving@summithvac.net>",
                "subject": "PO-60418 receiving problems",
                "date": "Thu, 12 Nov 2026 08:40:03 -0500",
                "id": "<7c2e9b14d0a6f3e85b1d@summithvac.net>",
                "body": S10,
            },
        ),
        (
            "s11-harbor-heater-quote-own-truck.eml",
            {
                "from": "Luis Ortega <maintenance@harborpointpm.com>",
                "subject": "pricing - 50 gal gas heaters for Bldg B",
                "date": "Thu, 12 Nov 2026 14:05:37 -0500",
                "id": "<20261112190537.3K8F@harborpointpm.com>",
                "body": S11,
            },
        ),
        (
            "s12-riverbend-ball-valves-box-missing.eml",
            {
                "from": "Karen Liu <office@riverbendph.com>",
                "subject": "PO 24530 - missing box of ball valves",
                "date": "Fri, 13 Nov 2026 08:15:02 -0500",
                "id": "<CAK2rvB1nW7xP4eQ9tYc3Lm8Zd0sHf6gJ5uA2kR@mail.gmail.com>",
                "body": S12,
            },
        ),
        (
            "s13-harbor-engineer-expansion-tank-dent.eml",
            {
                "from": "Dwayne Foster <dfoster@harborpointpm.com>",
                "subject": "dented expansion tank - PO 70288",
                "date": "Fri, 13 Nov 2026 10:32:44 -0500",
                "id": "<D2B7F0A9-3C61-4E18-B5D4-92E0C7A1F356@harborpointpm.com>",
                "extra": (IPHONE,),
                "body": S13,
                "files": ((dented_tank(), "image", "jpeg", "IMG_0932.jpg"),),
                "boundary": "Apple-Mail-4C1A7E92-0D35-4B6F-A8E1-53F2C9D07B14",
            },
        ),
        (
            "s14-summit-pumps-cracked-stats-short.eml",
            {
                "from": "Raj Patel <raj.patel@summithvac.net>",
                "subject": "PO-60455 pumps + stats",
                "date": "Fri, 13 Nov 2026 13:48:55 -0500",
                "id": "<CAJx3mR2bKs6Vd9pF1wXq4Tn8Ej3Lc0yHa7Zu5oG@mail.gmail.com>",
                "body": S14,
            },
        ),
        (
            "s15-riverbend-fwd-still-missing-box.eml",
            {
                "from": "Mike O'Brien <mike.obrien@riverbendph.com>",
                "subject": "Fwd: PO 24530 - missing box of ball valves",
                "date": "Mon, 16 Nov 2026 07:38:20 -0500",
                "id": "<CAK9mOb4Tx1Qe8Wn3Rz6Yp2Vd7Jc5Lh0Fs4Ga9Ku@mail.gmail.com>",
                "body": S15,
            },
        ),
        (
            "s16-keystone-elbows-flattened-pex-extra.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "PO-77812 - copper 90s and PEX",
                "date": "Mon, 16 Nov 2026 09:12:08 -0500",
                "id": "<BN8PR12MB339057A0D3F18E@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S16,
            },
        ),
        (
            "s17-keystone-ap-copper-sticks-price.eml",
            {
                "from": "Priya Nair <pnair@keystonemech.com>",
                "subject": "Price difference - INV-88098 / PO-77790",
                "date": "Mon, 16 Nov 2026 11:25:33 -0500",
                "id": "<CH3PR12MB7644B90E2C5D1A@CH3PR12MB7644.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "kind": "alternative",
                "body": S17_TEXT,
                "html": S17_HTML,
                "boundary": "_000_CH3PR12MB7644B90E2C5D1A_",
            },
        ),
        (
            "s18-keystone-pm-filters-not-needed.eml",
            {
                "from": "Greg Whitfield <gwhitfield@keystonemech.com>",
                "subject": "PO-77760 - return 4 cases of filters",
                "date": "Tue, 17 Nov 2026 08:50:16 -0500",
                "id": "<DM6PR12MB2871F4C19A07B3@DM6PR12MB2871.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S18,
            },
        ),
        (
            "s19-summit-ap-how-to-send-back.eml",
            {
                "from": "Linda Chu <ap@summithvac.net>",
                "subject": "PO-60418 - how do we send back the 5 thermostats?",
                "date": "Tue, 17 Nov 2026 12:10:49 -0500",
                "id": "<e93b07d1a4c2@summithvac.net>",
                "body": S19,
            },
        ),
        (
            "s20-riverbend-fwd-tech-ball-valves-leak-by.eml",
            {
                "from": "Karen Liu <office@riverbendph.com>",
                "subject": "Fw: Haddon Ave valves",
                "date": "Wed, 18 Nov 2026 08:22:57 -0500",
                "id": "<CAK2rvB7yH3eT0qW5nZx8Pc1Lf4Ds9Gm2Ju6Vb3Q@mail.gmail.com>",
                "body": S20,
            },
        ),
        (
            "s21-delgado-elbows-back-prv-creeps.eml",
            {
                "from": "Rosa Delgado <rosa@delgadoplumbing.com>",
                "subject": "PO-40962 return + bad PRV",
                "date": "Wed, 18 Nov 2026 10:44:11 -0500",
                "id": "<SJ0PR19MB66113D90F2@SJ0PR19MB6611.namprd19.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S21,
            },
        ),
        (
            "s22-harbor-html-stats-dead-filter-price.eml",
            {
                "from": "Grace Kim <payables@harborpointpm.com>",
                "subject": "INV-88160 / PO 70231 - two issues",
                "date": "Thu, 19 Nov 2026 09:05:38 -0500",
                "id": "<PH0PR17MB5083C2A71E94D0@PH0PR17MB5083.namprd17.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "kind": "html",
                "html": S22_HTML,
            },
        ),
        (
            "s23-summit-tech-gmail-condensate-pump.eml",
            {
                "from": "Terrell Jackson <tjackson.hvac@gmail.com>",
                "subject": "condensate pump SO-104244",
                "date": "Thu, 19 Nov 2026 13:37:29 -0500",
                "id": "<CAF8tJk3Rw6Yn1Qp9Vx4Ze7Lb2Mc5Hs0Dg3Ua8Ko@mail.gmail.com>",
                "body": S23,
            },
        ),
        (
            "s24-riverbend-remittance-short-pay-note.eml",
            {
                "from": "Karen Liu <office@riverbendph.com>",
                "subject": "Remittance - check 10483",
                "date": "Fri, 20 Nov 2026 09:48:06 -0500",
                "id": "<CAK2rvB3qL8wE5tY1nXc6Zp9Vd2Hf7Gs0Jm4Ra5T@mail.gmail.com>",
                "body": S24,
            },
        ),
        (
            "s25-keystone-reply-ball-valves-leftover.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "RE: Elm St PO-77790 - leftovers?",
                "date": "Fri, 20 Nov 2026 14:15:42 -0500",
                "id": "<BN8PR12MB3390A2C86E0F47@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (
                    ("To", "Derek Hahn <dhahn@callowaysupply.example>"),
                    ("Cc", DESK),
                    OUTLOOK,
                ),
                "body": S25,
            },
        ),
        (
            "s26-harbor-gas-heater-no-hot-water-pdf.eml",
            {
                "from": "Luis Ortega <maintenance@harborpointpm.com>",
                "subject": "Bldg C gas heater not working - PO 70288",
                "date": "Mon, 23 Nov 2026 08:31:19 -0500",
                "id": "<20261123133119.9B4D@harborpointpm.com>",
                "body": S26,
                "files": ((work_order_pdf(), "application", "pdf", "WO-26-1187.pdf"),),
                "boundary": "=_hpm_20261123133119_9B4D",
            },
        ),
        (
            "s27-harbor-engineer-ball-valves-count-late.eml",
            {
                "from": "Dwayne Foster <dfoster@harborpointpm.com>",
                "subject": "PO 70296 short 2 ball valves",
                "date": "Mon, 23 Nov 2026 11:40:52 -0500",
                "id": "<5E0A94C3-71D8-4F26-A3B9-C2D16E8F0744@harborpointpm.com>",
                "body": S27,
            },
        ),
        (
            "s28-riverbend-rpz-failed-test-scan.eml",
            {
                "from": "Mike O'Brien <mike.obrien@riverbendph.com>",
                "subject": "RPZ failed test - PO-24415",
                "date": "Tue, 24 Nov 2026 08:09:14 -0500",
                "id": "<CAK9mOb8Wq2Er5Ty1Ui7Op3As6Df9Gh4Jk0Lz2Xc@mail.gmail.com>",
                "body": S28,
                "files": ((backflow_report_scan(), "image", "png", "RPZ test 11-23.png"),),
                "boundary": "000000000000a3f21c0625b0c7d4",
            },
        ),
        (
            "s29-riverbend-unions-job-cancelled.eml",
            {
                "from": "Karen Liu <office@riverbendph.com>",
                "subject": "Return - PO 24388 unions",
                "date": "Tue, 24 Nov 2026 10:26:37 -0500",
                "id": "<CAK2rvB9mT4xW1eR7yQ2Nc5Lp8Zv3Df6Hs0Gj1Ku@mail.gmail.com>",
                "body": S29,
            },
        ),
        (
            "s30-keystone-wrong-ball-valves-unknown-po.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "wrong valves on PO-77868",
                "date": "Tue, 24 Nov 2026 14:02:03 -0500",
                "id": "<BN8PR12MB3390C19F4B7D25@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S30,
            },
        ),
        (
            "s31-keystone-out-of-office.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "Automatic reply: PO-77868 - which order?",
                "date": "Wed, 25 Nov 2026 09:18:44 -0500",
                "id": "<BN8PR12MB3390F0E2A6C831@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    OUTLOOK,
                ),
                "body": S31,
            },
        ),
        (
            "s32-riverbend-reply-check-valve-wrong-size.eml",
            {
                "from": "Karen Liu <office@riverbendph.com>",
                "subject": "Re: RPZ failed test - PO-24415",
                "date": "Mon, 30 Nov 2026 08:44:25 -0500",
                "id": "<CAK2rvB5pR2wQ8eT4yN1Xc7Lm3Zd6Vf9Hs0Gk2Ja@mail.gmail.com>",
                "extra": (("In-Reply-To", "<rd-20261124-1120.4471@callowaysupply.example>"),),
                "body": S32,
            },
        ),
        (
            "s33-keystone-ap-thanks-credits.eml",
            {
                "from": "Dana Ruiz <ap@keystonemech.com>",
                "subject": "Credits received - thank you",
                "date": "Tue, 01 Dec 2026 09:30:58 -0500",
                "id": "<MN2PR12MB4120A7E35C0B92@MN2PR12MB4120.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S33,
            },
        ),
        (
            "s34-keystone-expansion-tank-last-year.eml",
            {
                "from": "Tom Morales <tmorales@keystonemech.com>",
                "subject": "expansion tank failed - PO-76115",
                "date": "Tue, 01 Dec 2026 11:12:40 -0500",
                "id": "<BN8PR12MB33906D4E1F9A03@BN8PR12MB3390.namprd12.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S34,
            },
        ),
        (
            "s35-delgado-spare-expansion-tanks.eml",
            {
                "from": "Rosa Delgado <rosa@delgadoplumbing.com>",
                "subject": "return 2 expansion tanks PO-40917",
                "date": "Wed, 02 Dec 2026 10:05:23 -0500",
                "id": "<SJ0PR19MB6611E8B17C@SJ0PR19MB6611.namprd19.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S35,
            },
        ),
        (
            "s36-delgado-invoice-copy-request.eml",
            {
                "from": "Rosa Delgado <rosa@delgadoplumbing.com>",
                "subject": "copy of invoice INV-88112",
                "date": "Thu, 03 Dec 2026 09:40:07 -0500",
                "id": "<SJ0PR19MB66119A4C3D@SJ0PR19MB6611.namprd19.prod.outlook.com>",
                "extra": (OUTLOOK,),
                "body": S36,
            },
        ),
        (
            "s37-harbor-indirect-tank-return-question.eml",
            {
                "from": "Dwayne Foster <dfoster@harborpointpm.com>",
                "subject": "question before ordering - 80 gal indirect tanks",
                "date": "Fri, 04 Dec 2026 08:57:31 -0500",
                "id": "<A07C3E5B-9D24-4A81-B6F0-1E8D2C53F9A7@harborpointpm.com>",
                "body": S37,
            },
        ),
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, spec in requests():
        (OUT / name).write_bytes(compose(spec))
    form = json.dumps(PORTAL_S38, indent=2) + "\n"
    (OUT / "s38-portal-ball-valves-leaking-2025.json").write_bytes(form.encode("ascii"))
    ticket = UPLOAD_S39.replace("\n", "\r\n").encode("ascii")  # a Windows text file
    (OUT / "s39-upload-yard-ticket-unions.txt").write_bytes(ticket)
    (OUT / "s40-upload-porch-delivery-filters.txt").write_bytes(UPLOAD_S40.encode("ascii"))


if __name__ == "__main__":
    main()
