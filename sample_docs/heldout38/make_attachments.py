"""Write every request file of heldout38, byte for byte the same on every run.

    .venv/bin/python sample_docs/heldout38/make_attachments.py [TARGET_DIR]

TARGET_DIR defaults to the `requests/` folder next to this file, from whatever directory
the script is started. Forty files come out: s01 to s37 are mailbox messages (CRLF;
plain 7bit text, quoted-printable phone mail, HTML only, or text with an HTML twin), four
of which bring an attachment drawn or typeset below (s02 and s07 a phone picture, s14 a
PDF report, s32 a CSV list); s38 is what the portal's claim form posts (JSON, LF); s39
(CRLF) and s40 (LF) are notes saved as plain text and uploaded.

Nothing comes from the clock or from unseeded chance: the pictures take their grain from
numpy generators with fixed seeds, the PDF has a fixed creation date, MIME boundaries
are named here, and the only typeface is the one bundled with Pillow (the PDF uses the
core Helvetica of fpdf2).
"""

import datetime as dt
import io
import json
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

TARGET = Path(__file__).resolve().parent / "requests"
DESK_ADDRESS = "returns@brannocksupply.example"
DESK = f"Brannock Supply Returns <{DESK_ADDRESS}>"
MAIL_POLICY = policy.SMTP.clone(max_line_length=78)
SEEDS = {"s02": 380211, "s07": 380745}


# ---------------------------------------------------------------------------------------
# pictures


def face(px: int) -> ImageFont.FreeTypeFont:
    """Pillow's own bundled face at px pixels (no system font is ever opened)."""
    return ImageFont.load_default(size=px)


def grain(img: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    """Sensor noise, the same for a given generator state."""
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0.0, sigma, arr.shape).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def falloff(img: Image.Image, strength: float, centre=(0.5, 0.45)) -> Image.Image:
    """Darker corners, as a phone lens gives them under a warehouse light."""
    w, h = img.size
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.hypot((xs / w - centre[0]) * 1.3, ys / h - centre[1])
    gain = 1.0 - strength * np.clip(d / 0.8, 0, 1) ** 2
    arr = np.asarray(img, dtype=np.float32) * gain[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def tilt(img: Image.Image, corners, size) -> Image.Image:
    """Re-frame img as seen from a slight angle: corners are where the output's four
    corners (nw, sw, se, ne) sample the input."""
    flat = [c for xy in corners for c in xy]
    return img.transform(size, Image.Transform.QUAD, flat, Image.Resampling.BICUBIC)


def jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=84, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def cardboard(size, rng: np.random.Generator) -> Image.Image:
    """A brown carton face with faint flute lines and uneven tone."""
    w, h = size
    base = np.empty((h, w, 3), dtype=np.float32)
    base[...] = (176, 138, 96)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    base += (6.0 * np.sin(xs / 9.0))[..., None]
    base += (18.0 * (ys / h - 0.5))[..., None]
    blotch = rng.normal(0, 1, (h // 40 + 1, w // 40 + 1)).astype(np.float32)
    blotch_img = Image.fromarray(((blotch + 3) * 40).clip(0, 255).astype(np.uint8))
    blotch_img = blotch_img.resize((w, h), Image.Resampling.BICUBIC)
    base += ((np.asarray(blotch_img, dtype=np.float32) - 120) / 10)[..., None]
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def yard_floor(size, rng: np.random.Generator) -> Image.Image:
    """Worn asphalt of the yard: dark grey, mottled."""
    w, h = size
    arr = rng.normal(100, 9, (h // 24 + 1, w // 24 + 1)).astype(np.float32)
    small = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).resize(
        (w, h), Image.Resampling.BICUBIC
    )
    grey = np.asarray(small, dtype=np.float32) + rng.normal(0, 2.5, (h, w)).astype(np.float32)
    rgb = np.stack([grey * 1.02, grey, grey * 0.96], axis=-1)
    return Image.fromarray(rgb.clip(0, 255).astype(np.uint8))


def printed_label(lines, width, pad=22, paper=(246, 244, 236)) -> Image.Image:
    """A paper label with lines of (text, pixel size, bold)."""
    height = pad * 2 + sum(int(px * 1.32) for _, px, _ in lines)
    label = Image.new("RGB", (width, height), paper)
    pen = ImageDraw.Draw(label)
    y = pad
    for text, px, bold in lines:
        pen.text(
            (pad, y),
            text,
            font=face(px),
            fill=(22, 22, 26),
            stroke_width=1 if bold else 0,
        )
        y += int(px * 1.32)
    pen.rectangle([0, 0, width - 1, height - 1], outline=(120, 116, 108), width=2)
    return label


def lay(scene: Image.Image, piece: Image.Image, angle: float, at, shadow=0.35) -> None:
    """Rotate piece by angle degrees and lay it on scene at `at`, with a soft shadow."""
    mask = Image.new("L", piece.size, 255).rotate(
        angle, expand=True, resample=Image.Resampling.BICUBIC
    )
    turned = piece.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    if shadow:
        dark = mask.filter(ImageFilter.GaussianBlur(9)).point(lambda v: int(v * shadow))
        scene.paste((0, 0, 0), (at[0] + 7, at[1] + 9), dark)
    scene.paste(turned, at, mask)


def register_carton_photo() -> bytes:
    """s02: the top of a register carton with a fork-tine hole through one end."""
    rng = np.random.default_rng(SEEDS["s02"])
    scene = cardboard((1400, 1050), rng)
    maker = printed_label(
        [
            ("STEEL FLOOR REGISTER", 46, True),
            ("10 x 6   WHITE", 46, True),
            ("ITEM  HVC-REG-1006-W", 40, False),
            ("QTY 10 PCS", 40, False),
        ],
        620,
    )
    lay(scene, maker, -2.5, (140, 150), shadow=0.15)
    pick = printed_label(
        [
            ("BRANNOCK SUPPLY CO.", 30, True),
            ("SO-104228   PO-60377", 32, False),
            ("SHIP VIA ODFL", 30, False),
        ],
        470,
        pad=16,
        paper=(252, 252, 250),
    )
    lay(scene, pick, 1.5, (830, 620), shadow=0.15)
    pen = ImageDraw.Draw(scene)
    pen.line([(0, 560), (1400, 540)], fill=(150, 116, 80), width=7)  # the box seam
    # the fork tine's hole: a torn rim of lighter board around a dark, ragged opening
    centre = np.array([1040.0, 290.0])
    angles = np.linspace(0, 2 * np.pi, 29)[:-1]
    radius = 118 + rng.normal(0, 16, angles.size)
    rim = [
        (
            float(centre[0] + 1.35 * (r + 26) * np.cos(a)),
            float(centre[1] + (r + 26) * np.sin(a)),
        )
        for a, r in zip(angles, radius)
    ]
    pen.polygon(rim, fill=(204, 170, 126))
    hole = [
        (float(centre[0] + 1.35 * r * np.cos(a)), float(centre[1] + r * np.sin(a)))
        for a, r in zip(angles, radius * rng.uniform(0.75, 1.0, angles.size))
    ]
    pen.polygon(hole, fill=(32, 22, 14))
    for a in angles[::3]:
        inner = (centre[0] + 1.2 * 60 * np.cos(a), centre[1] + 60 * np.sin(a))
        outer = (centre[0] + 1.35 * 150 * np.cos(a), centre[1] + 150 * np.sin(a))
        pen.line([inner, outer], fill=(150, 112, 72), width=5)  # creases
    pen.line([(980, 250), (1120, 330)], fill=(205, 205, 210), width=9)  # a bent louver
    scene = scene.filter(ImageFilter.GaussianBlur(1.1))
    scene = tilt(scene, [(40, 30), (90, 1030), (1390, 1000), (1340, 10)], (1280, 960))
    scene = falloff(scene, 0.35)
    return jpeg(grain(scene, rng, 5.0))


def bent_pipe_photo() -> bytes:
    """s07: two bent sticks of black pipe on the yard floor, the counter's cut tag on one."""
    rng = np.random.default_rng(SEEDS["s07"])
    scene = yard_floor((1400, 1050), rng)
    pen = ImageDraw.Draw(scene)
    shade = Image.new("L", scene.size, 0)
    shade_pen = ImageDraw.Draw(shade)
    sticks = []
    for offset, depth in ((0, 170), (120, 150)):
        pts = []
        for i in range(41):
            x = 40 + i * 33
            sag = depth * np.exp(-(((i - 22) / 7.0) ** 2))
            pts.append((x, 360 + offset + int(sag)))
        sticks.append(pts)
        shade_pen.line([(x + 10, y + 22) for x, y in pts], fill=150, width=60, joint="curve")
    scene.paste((20, 20, 20), (0, 0), shade.filter(ImageFilter.GaussianBlur(14)))
    for pts in sticks:
        pen.line(pts, fill=(30, 30, 33), width=52, joint="curve")
        pen.line([(x, y - 12) for x, y in pts], fill=(70, 70, 76), width=12, joint="curve")
        pen.line([(x, y - 16) for x, y in pts], fill=(112, 112, 118), width=3, joint="curve")
        x_end, y_end = pts[-1]
        pen.ellipse([x_end - 10, y_end - 26, x_end + 10, y_end + 26], fill=(58, 58, 60))
    tag = printed_label(
        [
            ("DELGADO & SONS", 54, True),
            ("PO-40988", 60, True),
            ('2" BLK STL SCH 40', 54, False),
            ("CUT 20 FT  x 2 PCS", 54, False),
        ],
        660,
        pad=28,
        paper=(236, 214, 150),
    )
    lay(scene, tag, 2.0, (300, 600))
    pen.line([(560, 600), (520, 520)], fill=(200, 200, 190), width=3)  # the wire
    scene = scene.filter(ImageFilter.GaussianBlur(1.0))
    scene = tilt(scene, [(20, 60), (70, 1040), (1380, 1020), (1330, 20)], (1280, 960))
    scene = falloff(scene, 0.4, centre=(0.45, 0.55))
    return jpeg(grain(scene, rng, 3.5))


# ---------------------------------------------------------------------------------------
# the OS&D report (PDF) and the overstock list (CSV)


def osd_report_pdf() -> bytes:
    doc = FPDF(format="Letter", unit="mm")
    doc.set_creation_date(dt.datetime(2026, 11, 16, 16, 21, 5, tzinfo=dt.UTC))
    doc.set_title("OS&D report OSD-1116-02")
    doc.set_author("Summit HVAC Services - Warehouse")
    doc.set_auto_page_break(False)
    doc.add_page()
    doc.set_font("Helvetica", "B", 15)
    doc.cell(0, 9, "SUMMIT HVAC SERVICES", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 9)
    doc.cell(
        0,
        5,
        "4410 Kenny Rd, Columbus, OH 43220  -  Warehouse / Receiving",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    doc.ln(4)
    doc.set_font("Helvetica", "B", 13)
    doc.cell(0, 8, "OVER, SHORT & DAMAGE REPORT", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 10)
    head = [
        ("Report no.", "OSD-1116-02", "Date", "11/16/2026"),
        ("Supplier", "Brannock Supply Co.", "Our PO", "PO-60455"),
        ("Carrier", "UPS", "Tracking", "1Z4F83090342291043"),
        ("Received", "11/12/2026, dock door 3", "Checked by", "M. Ortiz"),
    ]
    for a, b, c, d in head:
        doc.set_font("Helvetica", "B", 10)
        doc.cell(28, 6, a)
        doc.set_font("Helvetica", "", 10)
        doc.cell(70, 6, b)
        doc.set_font("Helvetica", "B", 10)
        doc.cell(24, 6, c)
        doc.set_font("Helvetica", "", 10)
        doc.cell(0, 6, d, new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)
    widths = (38, 62, 17, 19, 19, 15, 15)
    titles = ("Item", "Description", "PO qty", "Received", "Damaged", "Over", "Short")
    doc.set_font("Helvetica", "B", 9)
    doc.set_fill_color(226, 230, 236)
    for w, t in zip(widths, titles):
        doc.cell(w, 7, t, border=1, fill=True, align="C")
    doc.ln()
    rows = [
        ("HVC-CND-PUMP", "Condensate pump 115V w/ switch", "10", "10", "2", "0", "0"),
        ("TST-2100-NP", "Thermostat, non-programmable", "12", "12", "0", "0", "0"),
        (
            "HVC-FLT-1625-M11",
            "Filter 16x25x1 MERV 11, cs/12",
            "20",
            "20",
            "0",
            "0",
            "0",
        ),
        (
            "HVC-REG-1006-W",
            "Floor register 10x6 white - NOT ON PO",
            "0",
            "6",
            "0",
            "6",
            "0",
        ),
    ]
    doc.set_font("Helvetica", "", 9)
    for row in rows:
        for i, (w, t) in enumerate(zip(widths, row)):
            doc.cell(w, 7, t, border=1, align="L" if i < 2 else "C")
        doc.ln()
    doc.ln(5)
    doc.set_font("Helvetica", "B", 10)
    doc.cell(0, 6, "Notes", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("Helvetica", "", 10)
    notes = (
        "Condensate pumps: 2 cartons crushed at one end, reservoir cracked on both units. "
        "Held for inspection.\n"
        "Floor registers: one carton of 6 was in the shipment, not ordered on this PO. "
        "Held at dock door 3 for pick-up.\n"
        "Thermostats and filters checked in complete, no exceptions."
    )
    doc.multi_cell(0, 5.5, notes)
    doc.ln(8)
    doc.cell(0, 6, "Signed: M. Ortiz, Receiving       Photos on file: 4")
    return bytes(doc.output())


def overstock_csv() -> str:
    rows = [
        "upc,description,qty,uom,reason",
        "061234516251,FILTER 16X25X1 MERV11 PLEATED (CS/12),3,CS,overstock - not needed",
        "084512021006,THERMOSTAT DIGITAL NON-PROG 24V,4,EA,overstock - not needed",
    ]
    return "\r\n".join(rows) + "\r\n"


# ---------------------------------------------------------------------------------------
# putting a message together


def charset_of(text: str) -> str:
    return "us-ascii" if text.isascii() else "utf-8"


def compose(
    headers,
    text=None,
    html=None,
    *,
    text_cte="7bit",
    attachments=(),
    tag="m",
) -> bytes:
    """One message. headers is a list of (name, value); text and/or html are the body;
    attachments are (filename, maintype, subtype, data)."""
    msg = EmailMessage(policy=MAIL_POLICY)
    for name, value in headers:
        msg[name] = value
    qp = "quoted-printable"
    if text is None:
        msg.set_content(html, "html", charset_of(html), cte=qp)
    else:
        if text_cte == "7bit":
            assert text.isascii(), tag
            assert max(map(len, text.splitlines())) <= 76, tag
        msg.set_content(text, "plain", charset_of(text), cte=text_cte)
        if html is not None:
            msg.add_alternative(html, "html", charset_of(html), cte=qp)
    for filename, maintype, subtype, data in attachments:
        if maintype == "text":
            msg.add_attachment(data, subtype, filename=filename, cte="7bit")
        else:
            msg.add_attachment(data, maintype, subtype, filename=filename)
    name_boundaries(msg, tag, [0])
    return msg.as_bytes(policy=MAIL_POLICY)


def name_boundaries(part, tag, counter, inner=False) -> None:
    """Give every multipart a fixed boundary (the library would draw a random one) and
    keep MIME-Version in the outer header only, as mail clients write it."""
    if inner:
        del part["MIME-Version"]
    if part.is_multipart():
        part.set_boundary(f"=_b38_{tag}_{counter[0]:02d}_x7Q")
        counter[0] += 1
        for child in part.iter_parts():
            name_boundaries(child, tag, counter, inner=True)


def head(frm, subject, date, msgid, *, to=DESK, cc=None, extra=()):
    rows = [("From", frm), ("To", to)]
    if cc:
        rows.append(("Cc", cc))
    rows += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    rows += list(extra)
    return rows


def quoted(text: str) -> str:
    return "\n".join(("> " + line).rstrip() for line in text.splitlines())


def gmail_html(text: str) -> str:
    """Gmail's markup for a plain message: one div per line, blank lines as <br>."""
    out = []
    for line in text.splitlines():
        if line.strip():
            out.append(f"<div>{escape(line)}</div>")
        else:
            out.append("<div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def outlook_html(paragraphs) -> str:
    """Classic Outlook's Word markup, one MsoNormal paragraph per entry ('' = blank)."""
    body = []
    for p in paragraphs:
        if p == "":
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            body.append(f"<p class=MsoNormal>{escape(p)}<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "--></style></head>\n"
        '<body lang=EN-US link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        "<div class=WordSection1>\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------------------------------
# the mailbox, oldest first

KEYSTONE_TOM = "Tom Morales <tmorales@keystonemech.com>"
KEYSTONE_AP = "Dana Ruiz <ap@keystonemech.com>"
RIVERBEND_MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
RIVERBEND_OFFICE = "Karen Liu <office@riverbendph.com>"
SUMMIT_RAJ = "Raj Patel <raj.patel@summithvac.net>"
SUMMIT_AP = "Linda Chu <ap@summithvac.net>"
HARBOR_LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
HARBOR_AP = "Grace Kim <payables@harborpointpm.com>"
DELGADO_ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"

TOM_SIG = """\
Tom Morales
Mechanical Project Lead
Keystone Mechanical Contractors
1840 Hamilton Blvd, Allentown, PA 18104
c 484-555-0117"""

LUIS_SIG = """\
Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
500 Harbor Walk, Norfolk, VA 23510
948-555-0152"""

KAREN_SIG = """\
Karen Liu
Office Manager | Riverbend Plumbing & Heating
96 Lalor St, Trenton, NJ 08611
609-555-0126"""

RAJ_SIG = """\
Raj Patel
Operations Manager | Summit HVAC Services
4410 Kenny Rd, Columbus, OH 43220
Office 380-555-0133"""

MIKE_PHONE_SIG = """\
mike obrien
riverbend plumbing & heating

Sent from my iPhone"""


def s01() -> bytes:
    body = f"""\
Hi,

Two problems with PO-77812 (Fairview Elementary boiler room, our job
2611). Both deliveries made it to the site, the R+L one last Thursday and
the Estes one on Friday.

- KM-88340 pressure reducing valves: 2 of them have the bonnet cracked
  clean through. Their carton was caved in on one corner like something
  heavy was stacked on it. Lot on the box is L2608. The other 10 are OK.

- 2" bronze gate valves: the packing slip says 40, the crate had 36. We
  counted it twice. Please credit the ones that never showed up, we
  can't wait on them for the rough-in.

The copper 90s and the PEX coils were all there and fine.

Thanks,
{TOM_SIG}
"""
    h = head(
        KEYSTONE_TOM,
        "PO-77812 - Fairview Elementary - cracked PRVs and gate valves short",
        "Mon, 09 Nov 2026 07:42:10 -0500",
        "<20261109124210.51A7C2@mail.keystonemech.com>",
    )
    return compose(h, body, tag="s01")


def s02() -> bytes:
    body = f"""\
Good morning,

PO-60377 came in on ODFL on Monday the 2nd for the Lakeview Medical
fit-out (3rd floor, rooms 310 to 326). My crew broke the pallet down
yesterday and found two things:

1. Ceiling tile, the 2x2 acoustic: the BOL (no. 5521908) says 40 cartons,
   we have 37 cartons on the pallet. 3 cartons short. That is 48 tiles,
   two rooms' worth, so please ship them or credit them.

2. Floor registers 10x6 white: one box took a forklift tine straight
   through the end. 5 registers in it are bent, the louvers are jammed
   and they can't go in. Photo attached. The rest of the 30 are fine.

Regards,
{RAJ_SIG}
"""
    h = head(
        SUMMIT_RAJ,
        "Lakeview Medical / PO-60377 - tile count and bent registers",
        "Tue, 10 Nov 2026 08:05:37 -0500",
        "<4E1B7C02-9A3D-4F85-B6E2-0D8C71A5F394@summithvac.net>",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
    )
    photo = ("IMG_20261109_154812.jpg", "image", "jpeg", register_carton_photo())
    return compose(h, body, attachments=[photo], tag="s02")


def s03() -> bytes:
    body = """\
To our distribution partners,

We have had three field reports of a weeping bonnet gasket on our 3/4"
water pressure reducing valve (25-75 psi), listed in your catalogue as
VLV-0750-PRV. All three valves come from production lot L2608.

This is an advisory only. It is not a recall, we do not consider the
valves defective, and no stock needs to be pulled or returned to us. If
one of your customers reports a weeping bonnet on a valve from this lot,
our customer service (331-555-0164) will send a gasket kit, part GK-075,
free of charge; the valve itself can stay in service.

Lots L2605 to L2607, and L2609 onward, are not affected.

Nadia Brandt
Quality Engineering
Apex Valve Co
700 Foundry Ln, Aurora, IL 60505
"""
    h = head(
        "Apex Valve Co - Quality <quality@apexvalve.example>",
        'Product advisory PA-26-114: 3/4" PRV bonnet gasket, lot L2608',
        "Tue, 10 Nov 2026 09:36:47 -0600",
        "<pa-26-114.3f9e1c@apexvalve.example>",
        to="Distribution partners <partners@apexvalve.example>",
        extra=[
            ("Precedence", "bulk"),
            ("List-Id", "Apex partner notices <partners.apexvalve.example>"),
        ],
    )
    return compose(h, body, tag="s03")


def s04() -> bytes:
    body = """\
Hello,

Forwarding receiving's note on PO-77812. Please credit the 4 bronze gate
valves that were short on that delivery; I am holding invoice INV-88120
until the credit memo comes through. Tom may already have written to you
about the same valves.

Thank you,
Dana Ruiz | AP, Keystone Mechanical
484-555-0109

-----Original Message-----
From: Ray Kowal <receiving@keystonemech.com>
Sent: Monday, November 9, 2026 3:52 PM
To: Dana Ruiz <ap@keystonemech.com>
Subject: PO-77812 receiving

Dana - PO-77812, R+L pro RL123456789, crate 1 of 1

KM-88213   2" gate valve    slip 40    counted 36
KM-40112   1" copper 90     slip 150   counted 150

Fwd to vendor pls.
Ray
"""
    h = head(
        KEYSTONE_AP,
        "FW: PO-77812 receiving",
        "Tue, 10 Nov 2026 11:18:44 -0500",
        "<MN2PR04MB6611C0E7F1A24B93D5E8A0C1B9@MN2PR04MB6611.namprd04.prod.outlook.com>",
        extra=[("Thread-Topic", "PO-77812 receiving")],
    )
    return compose(h, body, tag="s04")


def s05() -> bytes:
    body = (
        "hey its mike at riverbend. po 24519 came ups friday, 2 problems. the 1/2 pex crimp "
        "couplings (ftg-pex-cpl-050) the slip says 10 bags and we only got 7 bags, so 3 bags "
        "short, thats 75 couplings we dont have. and one of the 2 coils of 3/4 pex is "
        "damaged, a hand truck or a forklift went right thru the side of it, the coil is "
        "junk. its in my van if ups wants to see it. the 24 ball valves were all good.\n"
        "\n"
        "need the couplings by thursday for the townhouses on mercer st\n"
        "\n" + MIKE_PHONE_SIG + "\n"
    )
    h = head(
        RIVERBEND_MIKE,
        "po 24519",
        "Wed, 11 Nov 2026 06:48:15 -0500",
        "<7C1E44A0-3B9D-4F62-A8E1-55D0C2F9B318@riverbendph.com>",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
    )
    return compose(h, body, text_cte="quoted-printable", tag="s05")


def s06() -> bytes:
    """Outlook on the web, HTML only, with receiving's note forwarded inside."""
    para = '<p style="margin:0 0 10px 0;font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">'
    grid = '<td style="padding:2px 12px 2px 0;border-bottom:1px dotted #888">'
    pump_row = ("Condensate pump 115V", "8", "$64.90", "$61.50", "$3.40", "$27.20")
    heading = ("Item", "Qty", "Invoiced", "PO price", "Diff/ea", "Total")
    table = (
        '<table cellspacing="0" style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">'
        + "<tr>"
        + "".join(f"{grid}<b>{c}</b></td>" for c in heading)
        + "</tr><tr>"
        + "".join(f"{grid}{c}</td>" for c in pump_row)
        + "</tr></table>"
    )
    html = (
        "<html><head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        "</head><body>\n"
        f"{para}Hello,</p>\n"
        f"{para}Two items on PO-77830 / invoice INV-88133:</p>\n"
        f"{para}1. Please send an RMA for the 4 extra 1-1/2&quot; black unions (our part "
        "KM-40415). Receiving counted 44 on the skid against 40 ordered, see Ray's note "
        "below. We will send the extra ones back.</p>\n"
        f"{para}2. The condensate pumps are billed above our PO price. Please credit the "
        "difference:</p>\n"
        f"{table}\n"
        f"{para}&nbsp;</p>\n"
        f"{para}Thank you,<br>Dana Ruiz | AP, Keystone Mechanical<br>484-555-0109</p>\n"
        '<div style="border-top:1px solid #b5c4df;padding-top:4px;font-family:Segoe UI,'
        'Arial,sans-serif;font-size:10pt">\n'
        "<b>From:</b> Ray Kowal &lt;receiving@keystonemech.com&gt;<br>\n"
        "<b>Sent:</b> Tuesday, November 10, 2026 2:07 PM<br>\n"
        "<b>To:</b> ap@keystonemech.com<br>\n"
        "<b>Subject:</b> PO-77830 ODFL skid</div>\n"
        f"{para}Dana, ODFL skid for PO-77830 checked in. 1-1/2 BI unions: 44 on the skid, "
        "PO says 40. Check valves 6/6, circulators 4/4, condensate pumps 8/8. - Ray</p>\n"
        "</body></html>\n"
    )
    h = head(
        KEYSTONE_AP,
        "PO-77830 / INV-88133 - extra unions and pump price",
        "Wed, 11 Nov 2026 09:37:50 -0500",
        "<MN2PR04MB66117A2D09E4C1F58B3E6D04C2@MN2PR04MB6611.namprd04.prod.outlook.com>",
    )
    return compose(h, None, html, tag="s06")


def s07() -> bytes:
    body = """\
Hello Brannock,

I am Teo from the Delgado yard. Friday we pick up at your counter the
order PO-40988. When your man load the 2 inch black pipe in our truck
with the forklift, he hit the post and two pieces is bent, like a banana.
Each piece is 20 feet, so it is 40 feet of pipe damaged. We cannot thread
it like this. I send you the picture.

The unions and the 1 inch ball valves is good, no problem.

Please tell me what to do with the bent pipe, we keep it in the yard.

Thank you
Teodoro Salcedo
Delgado & Sons - yard
"""
    h = head(
        "Teodoro Salcedo <teo@delgadosons.com>",
        "pipe bent PO-40988",
        "Wed, 11 Nov 2026 10:26:08 -0500",
        "<000a01dc52e4$6b1f3c20$415db460$@delgadosons.com>",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    photo = ("20261111_100412.jpg", "image", "jpeg", bent_pipe_photo())
    return compose(h, body, attachments=[photo], tag="s07")


def s08() -> bytes:
    body = f"""\
Your truck left 26 cases of the 16x25x1 filters at 41 Wharf St on Monday.
PO 70231 is for 24. 2 cases extra, they are in the boiler room. Pick them
up when you can or tell me where to send them.

{LUIS_SIG}
"""
    h = head(
        HARBOR_LUIS,
        "70231 filters",
        "Thu, 12 Nov 2026 07:15:41 -0500",
        "<SA1PR11MB8442D3B0E5C14A7F2B96E1A8D0@SA1PR11MB8442.namprd11.prod.outlook.com>",
    )
    return compose(h, body, tag="s08")


def s09() -> bytes:
    body = """\
Hello,

For PO-60418 (the clinic on Sawmill Rd), two things about the 7-day
programmable Wi-Fi thermostats:

First, we received 14 of them but the PO is for 12. So 2 are extra, still
sealed in their box. Please tell me how you want them back.

Second, one of the 12 we installed is dead on arrival: no display at all.
We measured 24V at the terminals (26.8V exactly), changed the subbase,
nothing. It is the one for exam room 4, serial 7500-2611-04417, UPC on
the box 084512075004.

The non-programmable ones and the filters are all fine.

Merci,
André Lavoie
Lead Technician, Summit HVAC Services
380-555-0148
"""
    h = head(
        "André Lavoie <andre.lavoie@summithvac.net>",
        "PO-60418 wifi stats - 2 extra, 1 DOA",
        "Thu, 12 Nov 2026 13:40:19 -0500",
        "<CAJm2vT9yq0XkB4r7Zp1sWd8FhQ3eNu6@mail.gmail.com>",
    )
    return compose(h, body, text_cte="quoted-printable", tag="s09")


def s10() -> bytes:
    body = f"""\
Good morning,

Estes delivered PO 70288 to 212 Bayview Ave on Wednesday. One of the
three 50 gallon gas water heaters (the 40,000 BTU ones) has the jacket
caved in about 6 inches on the back and the gas control knocked crooked.
The driver dropped it off the liftgate, my porter saw it happen. I wrote
"1 heater damaged" on the delivery receipt, DR 44107.

I am not installing it. Please send a replacement or credit it. The
other two heaters and the expansion tanks are fine and go into units 3C
and 5A next week, replacing the old GX-50 units.

{LUIS_SIG}
"""
    h = head(
        HARBOR_LUIS,
        "PO 70288 - water heater damaged by driver",
        "Fri, 13 Nov 2026 08:02:55 -0500",
        "<SA1PR11MB84429F61A2B7E0C3D45F8B27E4@SA1PR11MB8442.namprd11.prod.outlook.com>",
    )
    return compose(h, body, tag="s10")


def s11() -> bytes:
    body = """\
Hi,

Our AP system will not release payment on INV-88184 (PO-60455) without a
signed delivery receipt. The invoice shows 10 condensate pumps, 12
thermostats and 20 cases of filters, shipped UPS on 11/10. Could you send
the proof of delivery, or the UPS signature page, so I can match it?

This is only about the POD. Nothing is wrong with the invoice as far as I
know.

Thank you,
Linda Chu
Payables desk - Summit HVAC
380-555-0135
"""
    h = head(
        SUMMIT_AP,
        "POD needed - INV-88184 / PO-60455",
        "Fri, 13 Nov 2026 10:44:30 -0500",
        "<DM6PR08MB5019E2A4C7B31F06D8A9C5E173@DM6PR08MB5019.namprd08.prod.outlook.com>",
    )
    return compose(h, body, tag="s11")


def s12() -> bytes:
    body = """\
Hi there,

Hope your week went better than ours! We finally opened the bundle of 1"
type L copper your driver brought on the 29th for the Birch Street job
(PO-40962), and two of the twelve 20-foot sticks are kinked right in the
middle, flattened like somebody drove over them. They're damaged, we
can't use them for the water lines.

I know it has been a couple of weeks, we were waiting on the inspector
before we could even get in there. Can you credit or replace the two
sticks? The PRVs and the 90s from that order are fine.

Thanks so much,
Rosa Delgado
Delgado & Sons Plumbing
640-555-0120
"""
    h = head(
        DELGADO_ROSA,
        "Copper from PO-40962",
        "Fri, 13 Nov 2026 14:10:06 -0500",
        "<CAKq7Rz0dW3nE8xP5vJ2uY6tB1mH9sLc@mail.gmail.com>",
    )
    return compose(h, body, tag="s12")


def s13() -> bytes:
    text = f"""\
Hi Brannock team,

Mike's crew checked in PO 24530 (R+L, Thursday) at the Mercer Street
townhouses this morning. Two issues:

* Pressure reducing valves: 4 on the packing list, 3 in the carton. One
  PRV is missing.
* 1" copper 90s: one inner box of 25 was crushed flat, all 25 elbows in
  it are bent out of round. The other 225 are OK.

The 48 ball valves are all there and fine. Can you send the missing PRV
with the next delivery and credit the 25 damaged elbows?

Thanks!
{KAREN_SIG}
"""
    html = (
        '<div dir="ltr"><div>Hi Brannock team,</div><div><br></div>'
        "<div>Mike&#39;s crew checked in PO 24530 (R+L, Thursday) at the Mercer Street "
        "townhouses this morning. Two issues:</div><div><ul>"
        "<li>Pressure reducing valves: 4 on the packing list, 3 in the carton. One PRV is "
        "missing.</li>"
        "<li>1&quot; copper 90s: one inner box of 25 was crushed flat, all 25 elbows in it "
        "are bent out of round. The other 225 are OK.</li></ul></div>"
        "<div>The 48 ball valves are all there and fine. Can you send the missing PRV with "
        "the next delivery and credit the 25 damaged elbows?</div><div><br></div>"
        "<div>Thanks!</div>"
        '<div><div dir="ltr" class="gmail_signature">Karen Liu<br>Office Manager | '
        "Riverbend Plumbing &amp; Heating<br>96 Lalor St, Trenton, NJ 08611<br>"
        "609-555-0126</div></div></div>\n"
    )
    h = head(
        RIVERBEND_OFFICE,
        "PO 24530 - missing PRV and crushed box of 90s",
        "Mon, 16 Nov 2026 09:17:26 -0500",
        "<CAGv4Nn8pQ2sJ7mX0cR5tW1zK9dF3yLb@mail.gmail.com>",
    )
    return compose(h, text, html, tag="s13")


def s14() -> bytes:
    body = """\
Hello,

Attached is our OS&D report for PO-60455, received Thursday by UPS.

- Condensate pumps: 2 came with the reservoir cracked, the cartons were
  crushed on one end. Those 2 are damaged, please credit or replace them.
- There was also a carton of floor registers in the shipment. We did not
  order registers on this PO; the count and the item code are on the
  report. Please arrange a pick-up for them.

The thermostats and the filters checked in complete.

Marisol Ortiz
Warehouse / Receiving
Summit HVAC Services
4410 Kenny Rd, Columbus, OH 43220
380-555-0161
"""
    h = head(
        "Summit Warehouse <warehouse@summithvac.net>",
        "OS&D - PO-60455 (UPS 11/12)",
        "Mon, 16 Nov 2026 11:41:09 -0500",
        "<DM6PR08MB50193B7E0F2C4D95A1E6B8F240@DM6PR08MB5019.namprd08.prod.outlook.com>",
    )
    report = ("OSD-1116-02.pdf", "application", "pdf", osd_report_pdf())
    return compose(h, body, attachments=[report], tag="s14")


def s15() -> bytes:
    body = f"""\
Hi,

PO 70296 came in yesterday on your truck. Two things:

1. Floor registers: we ordered 40 of the 10x6 white. The first box of 20
   is right. The second box of 20 is 10x4, which won't sit on the duct
   boots. So that's 20 wrong registers, we need 20 of the 10x6 in their
   place.

2. 3/4" sweat ball valves: we ordered 12, but after the engineer changed
   the boiler room drawing the job only needs 8. I would like to return
   the 4 we no longer need. I know there is a restocking fee.

{LUIS_SIG}
"""
    h = head(
        HARBOR_LUIS,
        "PO 70296 registers + ball valves",
        "Tue, 17 Nov 2026 07:20:33 -0500",
        "<SA1PR11MB8442B6C3E91D07A4F2C5E9D1A7@SA1PR11MB8442.namprd11.prod.outlook.com>",
    )
    return compose(h, body, tag="s15")


def s16() -> bytes:
    body = f"""\
Hi,

We installed the non-programmable thermostats for Harbor Point Property
Management (their PO 70231, your order SO-104239) in the Building C
apartments last week. Two of the TST2100NP never came on: blank screens
although R and C show 24V. Luis's note is below. Harbor Point asked us to
deal with you directly on this one: can you replace or credit the 2
defective units?

{RAJ_SIG}

---------- Forwarded message ---------
From: Luis Ortega <maintenance@harborpointpm.com>
Date: Mon, Nov 16, 2026 at 4:41 PM
Subject: Bldg C thermostats
To: Raj Patel <raj.patel@summithvac.net>

Raj, units C-104 and C-211 still have blank thermostats. It was 58
degrees in C-211 this morning. Can you get those swapped this week?
- Luis
"""
    h = head(
        SUMMIT_RAJ,
        "Fwd: Bldg C thermostats",
        "Tue, 17 Nov 2026 12:55:09 -0500",
        "<CAF3q8sMz4c1V2nRt6wPb0KjYx7eG5hA@mail.gmail.com>",
    )
    return compose(h, body, tag="s16")


def s17() -> bytes:
    text = """\
Hi

My name is Hector Ybarra, I do the service calls for Delgado & Sons
Plumbing (Rosa's company). Im writing from my own email because my work
phone is broke.

We put one of the 2 gallon expansion tanks that came on your order
SO-104216 on the 40 gal electric heater at 1207 Alder Ct in Pennsauken
last month. Its leaking at the seam now, water dripping off the bottom,
the tank is defective. I swaped it with one off my truck. The heater
itself is fine.

Please let Rosa know about the credit, Im holding the bad tank.

thanks
Hector
640-555-0177
"""
    h = head(
        "Hector Ybarra <hybarra.pipes@gmail.com>",
        "leaking expansion tank",
        "Wed, 18 Nov 2026 07:05:27 -0500",
        "<CAM8tZp3wQ1vN6sKb9xR2dL0cY7fH4uJ@mail.gmail.com>",
    )
    return compose(h, text, gmail_html(text), tag="s17")


def s18() -> bytes:
    lines = [
        "Good morning,",
        "",
        (
            'Invoice INV-88098 (PO-77790) bills our part KM-20100, 1" type L copper tube in '
            "20 ft lengths, at $76.40 per length. The agreed price on our PO is $71.80. We were "
            "billed for 30 lengths, so the overcharge is 30 x $4.60 = $138.00. Please issue a "
            "credit memo for the price difference."
        ),
        "",
        (
            'The copper 90s ($2.95) and the 1" ball valves ($15.20) on the same invoice are '
            "billed correctly."
        ),
        "",
        "Regards,",
        "Dana Ruiz | AP, Keystone Mechanical",
        "1840 Hamilton Blvd, Allentown, PA 18104",
        "484-555-0109",
        "",
        (
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
            "named recipient(s) and may contain confidential information. If you received it in "
            "error, please notify the sender and delete it."
        ),
    ]
    text = """\
Good morning,

Invoice INV-88098 (PO-77790) bills our part KM-20100, 1" type L copper
tube in 20 ft lengths, at $76.40 per length. The agreed price on our PO
is $71.80. We were billed for 30 lengths, so the overcharge is 30 x $4.60
= $138.00. Please issue a credit memo for the price difference.

The copper 90s ($2.95) and the 1" ball valves ($15.20) on the same
invoice are billed correctly.

Regards,
Dana Ruiz | AP, Keystone Mechanical
1840 Hamilton Blvd, Allentown, PA 18104
484-555-0109

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only
for the named recipient(s) and may contain confidential information. If
you received it in error, please notify the sender and delete it.
"""
    h = head(
        KEYSTONE_AP,
        "Price discrepancy INV-88098 / PO-77790",
        "Wed, 18 Nov 2026 10:03:14 -0500",
        "<MN2PR04MB6611E45B1C09D7F3A28E4B6D05@MN2PR04MB6611.namprd04.prod.outlook.com>",
    )
    return compose(h, text, outlook_html(lines), tag="s18")


def s19() -> bytes:
    body = """\
Hi again,

Could you quote me:

- 6 more of the 3/4" pressure reducing valves, same as on PO-40962
- 120 ft of 2" black steel pipe, schedule 40, cut to 21 ft pieces
- 10 of the 1-1/2" black unions

It's for the Holloway Street job, we would pick up at the counter the
week of December 7. The two kinked copper sticks from my Friday email
are still here whenever your driver wants them.

Thanks!
Rosa Delgado
Delgado & Sons Plumbing
640-555-0120
"""
    h = head(
        DELGADO_ROSA,
        "Quote please - PRVs, black pipe, unions",
        "Wed, 18 Nov 2026 15:12:40 -0500",
        "<CAKq7Rz2fY5pG0zR7xL4wA8vD3oJ1uNe@mail.gmail.com>",
    )
    return compose(h, body, tag="s19")


def s20() -> bytes:
    body = f"""\
Hello,

On PO-24460 (Estes, end of October) we just opened the last carton of 2"
PVC tees for the Rutgers Ave job. The carton label reads 061234500200 and
"2 IN SCH40 TEE", but inside are 25 2" PVC 90 degree elbows, not tees.
Wrong item in the box.

Please send 25 tees to replace them and let us know how to return the
90s. The other 75 tees were correct.

{KAREN_SIG}
"""
    h = head(
        RIVERBEND_OFFICE,
        "PO-24460 - tee carton had 90s in it",
        "Thu, 19 Nov 2026 08:26:03 -0500",
        "<CAGv4Nn0rS4uL9oZ2eT7vY3bM1fH5aNd@mail.gmail.com>",
    )
    return compose(h, body, tag="s20")


def s21() -> bytes:
    body = """\
Hi - we switched the Ridgeview job over to expansion fittings, so 8 bags
of the 1/2" PEX crimp couplings off PO-77731 are no longer needed. Still
sealed, 25 per bag. Can you take them back? OK with the restocking fee.
(Same PO the 20 ball valves went back on, RMA-9004.)

Tom
c 484-555-0117
"""
    h = head(
        KEYSTONE_TOM,
        "PO-77731 couplings",
        "Thu, 19 Nov 2026 11:47:58 -0500",
        "<20261119164758.9E03B1@mail.keystonemech.com>",
    )
    return compose(h, body, tag="s21")


def s22() -> bytes:
    body = """\
Hello,

The owner at 77 Cedar Crest cut the zoning from 8 zones down to 6, so two
of the Wi-Fi thermostats from PO-77760 (our part KM-61750) are not needed
anymore. Both are unopened. Please issue an RA for 2 pcs; we understand
the 15% restocking applies.

The filters from that order are staying.

Gus Lindqvist
Service Manager
Keystone Mechanical Contractors
484-555-0140
"""
    h = head(
        "Gus Lindqvist <glindqvist@keystonemech.com>",
        "Return 2 thermostats - PO-77760",
        "Thu, 19 Nov 2026 14:02:21 -0500",
        "<20261119190221.2C7D48@mail.keystonemech.com>",
    )
    return compose(h, body, tag="s22")


def s23() -> bytes:
    body = """\
Hello,

We have closed out the Northgate Library job. From PO-77790 we want to
return the whole line of KM-40112 (1" wrot copper 90s): all 200 pieces,
unused, in the original boxes. They are no longer needed. Please send an
RA and let me know the credit after restocking.

Owen Pratt
Purchasing
Keystone Mechanical Contractors
484-555-0112
"""
    h = head(
        "Owen Pratt <opratt@keystonemech.com>",
        "Job close-out return, PO-77790",
        "Fri, 20 Nov 2026 09:15:44 -0500",
        "<20261120141544.6F1A93@mail.keystonemech.com>",
    )
    return compose(h, body, tag="s23")


def s24() -> bytes:
    text = """\
Hello,

INV-88184 (PO-60455) bills the TST 2100 NP non-programmable thermostats
at $28.90 each, 12 pcs. The price sheet your rep gave us in September
shows $26.75. Please credit the difference, $2.15 x 12 = $25.80, or send
a corrected invoice.

Thank you,
Linda Chu
Payables desk - Summit HVAC
380-555-0135
"""
    lines = [
        "Hello,",
        "",
        (
            "INV-88184 (PO-60455) bills the TST 2100 NP non-programmable thermostats at $28.90 "
            "each, 12 pcs. The price sheet your rep gave us in September shows $26.75. Please "
            "credit the difference, $2.15 x 12 = $25.80, or send a corrected invoice."
        ),
        "",
        "Thank you,",
        "Linda Chu",
        "Payables desk - Summit HVAC",
        "380-555-0135",
    ]
    h = head(
        SUMMIT_AP,
        "Pricing - INV-88184 thermostats",
        "Fri, 20 Nov 2026 10:30:17 -0500",
        "<DM6PR08MB5019A06C3E8B2D71F4A9E0C5B8@DM6PR08MB5019.namprd08.prod.outlook.com>",
    )
    return compose(h, text, outlook_html(lines), tag="s24")


def s25() -> bytes:
    body = """\
Auto-reply: I'm away from November 20 and back in the office on
Monday, November 30.

For damaged or short deliveries at Harbor Point buildings, please call the
maintenance line at 948-555-0100. Invoices and payments: Grace Kim,
payables@harborpointpm.com.

Luis Ortega
"""
    h = head(
        HARBOR_LUIS,
        "Automatic reply: Your request on PO 70296",
        "Fri, 20 Nov 2026 13:06:02 -0500",
        "<SA1PR11MB8442F0A7D3C26E1B95D4A8E3F1@SA1PR11MB8442.namprd11.prod.outlook.com>",
        extra=[
            ("In-Reply-To", "<ack-2611-0417@brannocksupply.example>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )
    return compose(h, body, tag="s25")


def s26() -> bytes:
    body = (
        "morning. the engineer redid the pump station at the hamilton twp job and now it "
        "only takes 2 of the 3 inch flanged check valves. so 2 of the 4 from po-24388 are "
        "no longer needed, never installed, still on the pallet in our shop. can you pick "
        "them up and credit us, i know theres a restock charge. thx\n"
        "\n" + MIKE_PHONE_SIG + "\n"
    )
    h = head(
        RIVERBEND_MIKE,
        "check valves po-24388",
        "Mon, 23 Nov 2026 06:35:49 -0500",
        "<B93F0D2E-71C4-4A8B-9E26-3D5F17A0C84E@riverbendph.com>",
        extra=[("X-Mailer", "iPhone Mail (22B91)")],
    )
    return compose(h, body, text_cte="quoted-printable", tag="s26")


def s27() -> bytes:
    body = f"""\
Hello,

The water authority approved a double check assembly for the Route 33
building, so we no longer need the 3" reduced pressure zone backflow
preventer from PO-24415. It was never installed and is still in its
crate. Could you take the RPZ back for credit?

The two 3" check valves on that PO are installed and staying.

{KAREN_SIG}
"""
    h = head(
        RIVERBEND_OFFICE,
        "PO-24415 RPZ no longer needed",
        "Mon, 23 Nov 2026 10:48:26 -0500",
        "<CAGv4Nn3tU6wN1qB4gV9xA5dO3hJ7cPf@mail.gmail.com>",
    )
    return compose(h, body, tag="s27")


def s28() -> bytes:
    body = f"""\
Hi,

One of the circulators from last October's Hillcrest Manor job (PO-76115,
your PMP-CIRC-
015) quit this week: it hums but doesn't turn, the bearing is shot. It
ran about 13 months. It's defective, we swapped it out on Saturday, serial
on the motor is S/N 2541-00873. Can it go back under warranty?

{TOM_SIG}
"""
    h = head(
        KEYSTONE_TOM,
        "Circ pump failed - Hillcrest (PO-76115)",
        "Tue, 24 Nov 2026 07:58:31 -0500",
        "<20261124125831.A4E670@mail.keystonemech.com>",
    )
    return compose(h, body, tag="s28")


def s29() -> bytes:
    body = """\
Brannock,

Site super for Riverbend on the Cass Street school. Our PO 24597 was for
1" full port threaded ball valves, VLV1005BV. The box that came has a
dozen 3/4" ball valves in it, not 1". Wrong item, all 12 of them.

I need the 1" ones on site by Monday. The number on the slip is torn off,
the PO is what I have.

Dwayne Fisk
Site Superintendent, Riverbend Plumbing & Heating
cell 609-555-0181
"""
    h = head(
        "Dwayne Fisk <dfisk@riverbendph.com>",
        "wrong ball valves - PO 24597",
        "Tue, 24 Nov 2026 12:20:05 -0500",
        "<CAHs1Wq6mR8tA3zE0yX5nB2vK9pD4gLo@mail.gmail.com>",
    )
    return compose(h, body, tag="s29")


def s30() -> bytes:
    body = (
        "Hello, one of the 3 inch flanged check valves from PO-77830, part KM-88502, is "
        "defective. The clapper hangs open, water runs back thru it when the pumps stop, we "
        "see 40 psi drop on the gauges. Installed it Nov 12 in the Elmwood pump room. The "
        "other 5 are working ok. Please send a replacement or credit for 1 valve.\n"
        "\n"
        "Jerzy Kowalczyk\n"
        "Keystone Mechanical - Service\n"
        "\n"
        "Sent from my Galaxy\n"
    )
    h = head(
        "Jerzy Kowalczyk <jkowalczyk@keystonemech.com>",
        "check valve KM-88502 defective",
        "Wed, 25 Nov 2026 09:14:38 -0500",
        "<3k9w2p7q4x1c.5b8e0d6f2a9c@keystonemech.com>",
    )
    return compose(h, body, text_cte="quoted-printable", tag="s30")


def s31() -> bytes:
    ack = """\
Hello Mike,

We have opened two cases on your order SO-104236 (PO 24519):

  Case 1 - SHORT: FTG-PEX-CPL-050, 3 bags. A recount is scheduled at
  DC-SOUTH; the credit is pending the recount.
  Case 2 - DAMAGED: PIP-PEX-075-300, 1 coil. A replacement coil ships
  with your next delivery; we are filing the claim with UPS.

Imogen Tate
Returns Coordinator, Brannock Supply Co.
267-555-0190"""
    body = (
        "got it, the new coil came today and i see the credit for the couplings on the "
        "statement. thanks for sorting it out so fast\n\nmike\n\n"
        "On Thu, Nov 12, 2026 at 9:05 AM Brannock Supply Returns "
        f"<{DESK_ADDRESS}> wrote:\n" + quoted(ack) + "\n"
    )
    h = head(
        RIVERBEND_MIKE,
        "Re: Your claim on PO 24519 - acknowledged",
        "Wed, 25 Nov 2026 14:35:11 -0500",
        "<E2A6C0F1-4D8B-47E3-B5A9-0C61F3D2E7B4@riverbendph.com>",
        extra=[
            ("In-Reply-To", "<ack-2611-0391@brannocksupply.example>"),
            ("References", "<ack-2611-0391@brannocksupply.example>"),
        ],
    )
    return compose(h, body, text_cte="quoted-printable", tag="s31")


def s32() -> bytes:
    body = f"""\
Hello,

The clinic on Sawmill Rd dropped the second-floor renovation, so we have
overstock from PO-60418 that we no longer need. The items and quantities
are in the attached list (by UPC, the way they come off our scanner).
Everything is still sealed.

Please send an RA. The Wi-Fi thermostats stay with us.

{RAJ_SIG}
"""
    h = head(
        SUMMIT_RAJ,
        "Overstock return - PO-60418 (list attached)",
        "Mon, 30 Nov 2026 08:40:52 -0500",
        "<CAF3q8sPw6e3X4pTv8yRd2MlAz9gJ7kC@mail.gmail.com>",
    )
    listing = ("PO-60418_return_list.csv", "text", "csv", overstock_csv())
    return compose(h, body, attachments=[listing], tag="s32")


def s33() -> bytes:
    ack_html = (
        "Hello Karen,<br><br>We have opened two cases on SO-104243 (PO 24530):<br>"
        "&nbsp;&nbsp;SHORT: VLV-0750-PRV, 1 pc. Recount at DC-EAST; the missing valve "
        "ships with your next delivery.<br>"
        "&nbsp;&nbsp;DAMAGED: FTG-CU-E90-100, 25 pcs. Credit pending inspection; carrier "
        "claim filed with R+L.<br><br>"
        "Imogen Tate<br>Returns Coordinator, Brannock Supply Co.<br>267-555-0190"
    )
    html = (
        "<html><body>"
        '<div style="font-family:Arial,sans-serif;font-size:10pt">'
        "<p>Hi Imogen,</p>"
        "<p>Different problem on the same order. Two of the 1&quot; full port ball valves "
        "we installed at Mercer Street are leaking at the stem; the packing nut is already "
        "at the stop. They are defective. We pulled both yesterday. Can we get 2 "
        "replacements or a credit?</p>"
        "<p>Thanks,<br>Karen Liu<br>Office Manager | Riverbend Plumbing &amp; Heating<br>"
        "609-555-0126</p>"
        "</div>"
        '<div style="border-top:1px solid #ccc;padding-top:6px;margin-top:12px">'
        "On Mon, Nov 16, 2026, 2:47 PM, Brannock Supply Returns &lt;"
        f"{DESK_ADDRESS}&gt; wrote:</div>"
        '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
        f"{ack_html}</blockquote>"
        "</body></html>\n"
    )
    h = head(
        RIVERBEND_OFFICE,
        "RE: Your claim on PO 24530 - acknowledged",
        "Mon, 30 Nov 2026 11:22:07 -0500",
        "<rb-0c3f81a6e2d94b57@riverbendph.com>",
        extra=[
            ("In-Reply-To", "<ack-2611-0402@brannocksupply.example>"),
            ("References", "<ack-2611-0402@brannocksupply.example>"),
        ],
    )
    return compose(h, None, html, tag="s33")


def s34() -> bytes:
    body = """\
Hello,

For our month-end reconciliation, could you send a statement of account
for Keystone Mechanical (your account C-1001) with the October and
November activity, including any credit memos issued on PO-77812 and
PO-77830? I want to make sure INV-88120 and INV-88133 are closed out
correctly before I release the next payment run on December 4.

Thank you,
Dana Ruiz | AP, Keystone Mechanical
484-555-0109
"""
    h = head(
        KEYSTONE_AP,
        "Statement request - October and November",
        "Tue, 01 Dec 2026 09:50:29 -0500",
        "<MN2PR04MB6611B2F8E07A4C1D93E5F6A0D4@MN2PR04MB6611.namprd04.prod.outlook.com>",
    )
    return compose(h, body, tag="s34")


def s35() -> bytes:
    desk = """\
Hi Rosa,

Following up on your call this afternoon about the 3/4" ball valves that
came threaded instead of sweat. Which PO were they on, and how many are
affected? I will open a case as soon as I know.

Imogen Tate
Returns Coordinator, Brannock Supply Co."""
    body = (
        'PO-40917. The whole second box is wrong: all 10 valves in it are 3/4"\n'
        "threaded (FIP), not sweat like we ordered. The first box of 10 was correct\n"
        "and those went in at the Fenwick house back in October.\n"
        "\n"
        "We only opened the second box this week for the Harmon Road job, sorry it\n"
        "took so long to notice. Can you swap them for sweat valves?\n"
        "\n"
        "Rosa\n"
        "\n"
        "On Tue, Dec 1, 2026 at 3:22 PM Brannock Supply Returns <\n"
        f"{DESK_ADDRESS}> wrote:\n" + quoted(desk) + "\n"
    )
    h = head(
        DELGADO_ROSA,
        "Re: 3/4 ball valves - which PO?",
        "Wed, 02 Dec 2026 10:15:46 -0500",
        "<CAKq7Rz5hB8sJ3cU0aO7zD1yG6rM4xQh@mail.gmail.com>",
        extra=[
            ("In-Reply-To", "<desk-2612-0012@brannocksupply.example>"),
            ("References", "<desk-2612-0012@brannocksupply.example>"),
        ],
    )
    return compose(h, body, tag="s35")


def s36() -> bytes:
    rows = [
        ("INV-88160", "11/09/2026", "PO 70231", "1,552.60", "0.00", "1,552.60"),
        ("INV-88190", "11/16/2026", "PO 70296", "348.80", "0.00", "348.80"),
    ]
    cell = '<td style="padding:2px 10px;border-bottom:1px solid #ddd">{}</td>'
    body_rows = "\n".join("<tr>" + "".join(cell.format(c) for c in r) + "</tr>" for r in rows)
    html = f"""\
<html><body style="font-family:Verdana,sans-serif;font-size:9pt">
<p><b>REMITTANCE ADVICE</b></p>
<p>Payer: Harbor Point Property Management<br>
Payee: Brannock Supply Co.<br>
Payment no. 004418 &nbsp; Method: ACH &nbsp; Value date: 12/04/2026</p>
<table style="border-collapse:collapse;font-size:9pt">
<tr><th align="left">Invoice</th><th align="left">Inv. date</th><th align="left">Reference</th>
<th align="right">Amount</th><th align="right">Deduction</th><th align="right">Paid</th></tr>
{body_rows}
<tr><td colspan="5" align="right"><b>Total</b></td><td><b>1,901.40</b></td></tr>
</table>
<p>Please apply this payment as listed. Questions: payables@harborpointpm.com, 948-555-0119.</p>
<p style="color:#777">This message was generated by the Harbor Point payables system. Do not reply.</p>
</body></html>
"""
    h = head(
        "Harbor Point Payables <payables@harborpointpm.com>",
        "Payment notification 004418 - Harbor Point Property Management",
        "Thu, 03 Dec 2026 09:05:00 -0600",
        "<remit.004418.20261203150500@harborpointpm.com>",
        to="Brannock Supply AR <ar@brannocksupply.example>",
        cc=DESK,
    )
    return compose(h, None, html, tag="s36")


def s37() -> bytes:
    body = """\
Hi,

One more from the Birch Street job, sorry! One of the 3/4" pressure
reducing valves from PO-40962 (your VLV-0760-PRV I think, the 25-75 psi
one) is not holding. We set it at 55 psi; the next morning the house-side
gauge showed 90 psi, same as the street. Our plumber says the seat is
bad, it's defective. We replaced it with one of the others from that
order.

Could we get a credit for the one valve? It's bagged and tagged here.

Thanks, and have a nice weekend,
Rosa
Delgado & Sons Plumbing
640-555-0120
"""
    h = head(
        DELGADO_ROSA,
        "PRV from PO-40962 not holding pressure",
        "Fri, 04 Dec 2026 08:30:19 -0500",
        "<CAKq7Rz8kE1vM6fX3dR0cG4bJ9uP7aTi@mail.gmail.com>",
    )
    return compose(h, body, tag="s37")


# ---------------------------------------------------------------------------------------
# what the claim form posted, and the two notes uploaded as text


def s38() -> bytes:
    form = {
        "order_number": "SO-104214",
        "lines": [{"sku": "FTG-BI-U-150", "quantity": 6, "reason": "SHORT"}],
        "note": (
            'Shop count after the job closed: the 1-1/2" black unions on this order came in '
            "6 short. Nobody caught it at receiving in October. - K. Liu, Riverbend"
        ),
    }
    return (json.dumps(form, indent=2) + "\n").encode("ascii")


def s39() -> bytes:
    text = """\
FIELD SERVICE REPORT                          Calloway Mechanical Service
Report no. FSR-4471                           (sub to Keystone Mechanical)

Site:       Hillcrest Manor, mechanical room B
Order:      SO-104201 (Brannock packing slip taped to the boxes)
Equipment:  two DHW mixing stations

Finding:
The second mixing station was never built last year; we opened its boxes
this week. The two mixing valves in them are 1" valves, not the 1-1/4"
thermostatic mixing valves on the order and on the slip. Wrong item,
2 valves. They cannot be piped into the 1-1/4" station. We need two
1-1/4" valves in their place.

The two 1-1/4" valves on the first station are correct and running.

Tech: B. Navarro, 484-555-0193
"""
    return b"\r\n".join(line.encode("ascii") for line in text.split("\n"))


def s40() -> bytes:
    text = """\
To Brannock Supply, returns

I bought a circulator pump at your Bristol counter (PMP CIRC 015, the 1/25 HP
cast iron one, 115 V) for the boiler at my mother's house. It ran for about a
week and now it only hums, the shaft is stuck. It's defective. I paid cash and
lost the receipt, sorry, so I don't have an order number.

Can I bring it back for a new one?

Walt Pruitt
37 Linden Ave, Croydon PA
267-555-0158
"""
    return text.encode("ascii")


FILES = {
    "s01-keystone-tom-prvs-cracked-gate-valves-short.eml": s01,
    "s02-summit-raj-tile-cartons-short-registers-bent.eml": s02,
    "s03-apex-valve-prv-lot-advisory.eml": s03,
    "s04-keystone-dana-fwd-gate-valve-count.eml": s04,
    "s05-riverbend-mike-phone-couplings-short-coil-forked.eml": s05,
    "s06-keystone-dana-html-extra-unions-pump-price.eml": s06,
    "s07-delgado-yard-black-pipe-bent-at-counter.eml": s07,
    "s08-harbor-luis-two-extra-filter-cases.eml": s08,
    "s09-summit-andre-wifi-stats-extra-and-doa.eml": s09,
    "s10-harbor-luis-gas-heater-jacket-caved.eml": s10,
    "s11-summit-linda-pod-request.eml": s11,
    "s12-delgado-rosa-copper-sticks-kinked.eml": s12,
    "s13-riverbend-karen-prv-missing-elbows-crushed.eml": s13,
    "s14-summit-warehouse-osd-pumps-registers.eml": s14,
    "s15-harbor-luis-registers-wrong-size-valves-extra.eml": s15,
    "s16-summit-raj-fwd-harbor-thermostats-dead.eml": s16,
    "s17-gmail-plumber-expansion-tank-leak.eml": s17,
    "s18-keystone-dana-copper-tube-price.eml": s18,
    "s19-delgado-rosa-quote-request.eml": s19,
    "s20-riverbend-karen-tee-carton-held-elbows.eml": s20,
    "s21-keystone-tom-pex-couplings-leftover.eml": s21,
    "s22-keystone-service-wifi-stats-zones-cut.eml": s22,
    "s23-keystone-purchasing-all-copper-90s-back.eml": s23,
    "s24-summit-linda-thermostat-price-sheet.eml": s24,
    "s25-harbor-luis-out-of-office.eml": s25,
    "s26-riverbend-mike-phone-check-valves-spare.eml": s26,
    "s27-riverbend-karen-rpz-not-needed.eml": s27,
    "s28-keystone-tom-circ-pump-last-fall.eml": s28,
    "s29-riverbend-super-unknown-po-ball-valves.eml": s29,
    "s30-keystone-tech-phone-check-valve-clapper.eml": s30,
    "s31-riverbend-mike-thanks-coil-credit.eml": s31,
    "s32-summit-raj-overstock-csv.eml": s32,
    "s33-riverbend-karen-reply-ball-valves-weeping.eml": s33,
    "s34-keystone-dana-statement-request.eml": s34,
    "s35-delgado-rosa-reply-threaded-ball-valves.eml": s35,
    "s36-harbor-grace-remittance.eml": s36,
    "s37-delgado-rosa-prv-creeping.eml": s37,
    "s38-portal-unions-short-count.json": s38,
    "s39-upload-tech-mixing-valves-wrong-size.txt": s39,
    "s40-upload-handyman-circulator-dead.txt": s40,
}


def main(argv) -> None:
    target = Path(argv[1]) if len(argv) > 1 else TARGET
    target.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (target / name).write_bytes(make())
    print(f"wrote {len(FILES)} files to {target}")


if __name__ == "__main__":
    main(sys.argv)
