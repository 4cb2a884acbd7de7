"""Build the 40 request files of heldout36; every run gives identical bytes.

Usage (from any directory):  .venv/bin/python sample_docs/heldout36/make_attachments.py [OUTPUT_DIR]

OUTPUT_DIR defaults to `requests/` beside this script, whatever the working directory.
It needs the project's .venv (Pillow, fpdf2, numpy); the mail is assembled with the
standard library's `email` package, with every boundary, date and Message-ID set here.

What it writes:

- 37 emails (`.eml`): plain text, HTML-only, and multipart/alternative mail, with CRLF
  line ends as they sat in the mailbox;
- five of them carry an attachment made here: two phone photos (JPEG, s02 and s06) and
  three text PDFs (s05, s18, s32);
- one portal form (`s38`, JSON) and two text uploads (`s39` with CRLF, `s40` with LF).

Nothing depends on the clock or on chance: each picture draws its grain and its wobble
from its own seeded `random.Random`, the PDFs carry a fixed creation date, and the only
fonts are Pillow's built-in one and fpdf2's core fonts.
"""

import datetime as dt
import io
import json
import os
import random
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from pathlib import Path

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DESK_ADDR = "returns@alderfinch.example"
DESK = f"Alder & Finch Returns <{DESK_ADDR}>"
COLS = 74  # plain-text bodies are wrapped here; one level of "> " keeps them under 78

PHOTO_SEED = {"s02": 360207, "s06": 360611}
SMTP78 = policy.SMTP.clone(max_line_length=78)


# ----------------------------------------------------------------------------------
# drawing


def font(pixels: int) -> ImageFont.FreeTypeFont:
    """The face bundled with Pillow, at the given pixel height (never a system font)."""
    return ImageFont.load_default(size=pixels)


def label_text(draw: ImageDraw.ImageDraw, at, words: str, px: int, ink, heavy: int = 0):
    draw.text(at, words, font=font(px), fill=ink, stroke_width=heavy, stroke_fill=ink)


def marker(img: Image.Image, at, words: str, rng: random.Random, px=70, ink=(10, 10, 10)):
    """Felt-tip capitals on a box. Each glyph is cut out on its own, tipped by a few
    degrees, set on a wandering baseline with uneven gaps; the finished word is leaned
    forward, its strokes thickened and its edges softened, then laid onto img."""
    pen_x, pen_y = at
    for word in words.split():
        face = font(px + rng.randint(-5, 5))
        canvas = Image.new("L", (int(face.getlength(word) * 1.4) + 2 * px, 3 * px), 0)
        left = px // 2
        for letter in word:
            box = face.getbbox(letter)
            glyph = Image.new("L", (box[2] + 4, box[3] + 4), 0)
            ImageDraw.Draw(glyph).text((2, 2), letter, font=face, fill=255)
            glyph = glyph.rotate(rng.uniform(-8, 8), expand=True, resample=Image.Resampling.BICUBIC)
            canvas.paste(255, (left, px // 2 + rng.randint(-6, 6)), glyph)
            left += box[2] + rng.randint(-1, 6)
        lean = rng.uniform(0.12, 0.26)
        canvas = canvas.transform(
            canvas.size, Image.Transform.AFFINE, (1, lean, -lean * px * 1.5, 0, 1, 0)
        )
        canvas = canvas.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(1.2))
        img.paste(Image.new("RGB", canvas.size, ink), (pen_x, pen_y + rng.randint(-8, 8)), canvas)
        pen_x += left + int(face.getlength(" ")) + rng.randint(4, 16)


def kraft(size, rng: random.Random, tone=(181, 143, 98)) -> Image.Image:
    """Corrugated board: a brown face with faint vertical flutes and a few smudges."""
    width, height = size
    board = Image.new("RGB", size, tone)
    pen = ImageDraw.Draw(board)
    for col in range(0, width, 7):
        shift = rng.randint(-9, 5)
        pen.line(
            (col, 0, col + rng.randint(-3, 3), height),
            fill=tuple(c + shift for c in tone),
            width=2,
        )
    for _ in range(18):
        mid_x, mid_y = rng.randint(0, width), rng.randint(0, height)
        half_w, half_h = rng.randint(30, 140), rng.randint(15, 70)
        shift = rng.randint(-16, 8)
        pen.ellipse(
            (mid_x - half_w, mid_y - half_h, mid_x + half_w, mid_y + half_h),
            fill=tuple(c + shift for c in tone),
        )
    return board.filter(ImageFilter.GaussianBlur(3))


def homography(src, dst):
    """The 8 coefficients Pillow's PERSPECTIVE transform wants: for each output point of
    dst, where to read in the source (src)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return tuple(float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def phone_shot(scene: Image.Image, rng: random.Random, frame=(1280, 960), lean=60) -> bytes:
    """Make a scene look handheld: seen a little from one side, the light falling off to
    the corners, sensor grain, a touch of blur, saved as a phone would (JPEG)."""
    fw, fh = frame
    # where the scene's corners land in the frame: somewhat inside it, unevenly
    corners = [
        (rng.randint(-lean, 10), rng.randint(-10, lean // 2)),
        (fw - rng.randint(-10, lean), rng.randint(0, lean)),
        (fw - rng.randint(0, lean // 2), fh - rng.randint(-lean, 10)),
        (rng.randint(0, lean), fh - rng.randint(0, lean // 2)),
    ]
    sw, sh = scene.size
    photo = scene.transform(
        frame,
        Image.Transform.PERSPECTIVE,
        homography([(0, 0), (sw, 0), (sw, sh), (0, sh)], corners),
        resample=Image.Resampling.BICUBIC,
        fillcolor=(58, 54, 50),
    )
    light = Image.radial_gradient("L").resize(frame).point(lambda p: max(70, 255 - p * p // 190))
    photo = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
    noise = Image.frombytes("L", frame, rng.randbytes(fw * fh)).point(lambda p: 118 + p // 24)
    photo = Image.blend(photo, Image.merge("RGB", (noise, noise, noise)), 0.09)
    photo = photo.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=80, subsampling=2, optimize=False)
    return out.getvalue()


# ----------------------------------------------------------------------------------
# the two phone photos


def tile_cartons_photo() -> bytes:
    """s02: Summit's shot of the ceiling-tile cartons with the smashed corners, the maker's
    end label and our shipping label, marked up by their receiver."""
    rng = random.Random(PHOTO_SEED["s02"])
    scene = Image.new("RGB", (1700, 1250), (120, 122, 118))
    pen = ImageDraw.Draw(scene)
    pen.rectangle((0, 980, 1700, 1250), fill=(92, 90, 86))  # the dock floor
    scene.paste(kraft((1420, 860), rng), (140, 150))
    for seam in (365, 580, 795):  # where one carton of the stack meets the next
        pen.line((140, seam, 1560, seam + rng.randint(-4, 4)), fill=(120, 88, 52), width=5)
    for top in (150, 365, 580, 795):  # each carton's left corner caved in
        pen.polygon(
            [(140, top), (140 + rng.randint(120, 190), top), (140, top + rng.randint(120, 180))],
            fill=(96, 70, 44),
        )
        for _ in range(4):
            fx, fy = 150 + rng.randint(0, 90), top + rng.randint(10, 120)
            pen.line(
                (fx, fy, fx + rng.randint(40, 120), fy + rng.randint(-30, 30)),
                fill=(70, 50, 30),
                width=3,
            )
    ink = (20, 20, 24)
    pen.rectangle((470, 190, 1170, 520), fill=(242, 242, 236))
    label_text(pen, (500, 210), "ACOUSTIC CEILING TILE", 46, ink, heavy=1)
    label_text(pen, (500, 275), "2 FT x 2 FT   16 PCS / CTN", 40, ink)
    label_text(pen, (500, 335), "CLG-TILE-24-ACU", 56, ink, heavy=1)
    label_text(pen, (500, 420), "FRAGILE - STACK 4 HIGH MAX", 34, ink)
    pen.rectangle((1230, 200, 1530, 470), fill=(255, 255, 255))
    label_text(pen, (1250, 215), "ALDER & FINCH", 34, ink, heavy=1)
    label_text(pen, (1250, 270), "SO-104228", 40, ink, heavy=1)
    label_text(pen, (1250, 330), "PO-60377", 40, ink)
    label_text(pen, (1250, 395), "ODFL  DC-SOUTH", 30, ink)
    marker(scene, (500, 610), "4 CTNS BROKEN", rng, px=84, ink=(165, 20, 20))
    return phone_shot(scene, rng, frame=(1360, 1000), lean=70)


def union_box_photo() -> bytes:
    """s06: the end of the union box from the counter pickup, held up to the camera: the
    maker's label shows the size that came (1-1/4), our pick sticker the order."""
    rng = random.Random(PHOTO_SEED["s06"])
    scene = Image.new("RGB", (1500, 1150), (64, 72, 80))  # the shop wall behind
    scene.paste(kraft((1180, 820), rng, tone=(168, 132, 88)), (160, 170))
    pen = ImageDraw.Draw(scene)
    ink = (16, 16, 16)
    pen.rectangle((220, 230, 1000, 600), fill=(236, 238, 230))
    label_text(pen, (250, 250), "MALLEABLE IRON UNION", 46, ink, heavy=1)
    label_text(pen, (250, 320), "BLACK  150 LB  FxF", 40, ink)
    label_text(pen, (250, 385), "SIZE: 1-1/4 IN", 58, ink, heavy=2)
    label_text(pen, (250, 470), "ITEM FTG-BI-U-125   QTY 12", 40, ink)
    pen.rectangle((1030, 250, 1300, 470), fill=(252, 236, 120))
    label_text(pen, (1045, 265), "PICKED", 32, ink, heavy=1)
    label_text(pen, (1045, 315), "SO-104240", 36, ink, heavy=1)
    label_text(pen, (1045, 370), "PO-40988", 36, ink)
    label_text(pen, (1045, 420), "WILL CALL", 28, ink)
    pen.rectangle((0, 1010, 1500, 1150), fill=(122, 98, 70))  # the bench top
    for _ in range(25):
        grain_y = rng.randint(1015, 1145)
        pen.line((0, grain_y, 1500, grain_y + rng.randint(-6, 6)), fill=(108, 86, 60), width=2)
    marker(scene, (280, 680), "WRONG SIZE", rng, px=80, ink=(25, 25, 120))
    return phone_shot(scene, rng, frame=(1280, 980), lean=55)


# ----------------------------------------------------------------------------------
# the three PDFs


def new_pdf(title: str, author: str, stamp: dt.datetime) -> FPDF:
    doc = FPDF(orientation="P", unit="mm", format="Letter")
    doc.set_creation_date(stamp)
    doc.set_title(title)
    doc.set_author(author)
    doc.set_creator("heldout36 make_attachments.py")
    doc.set_auto_page_break(True, margin=18)
    doc.set_margins(18, 16, 18)
    doc.add_page()
    return doc


def put(doc: FPDF, text: str, style="", pt=10, family="Helvetica", height=6):
    """One full-width line of text, then down to the next line."""
    doc.set_font(family, style, pt)
    doc.cell(0, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pair(doc: FPDF, left: str, right: str):
    """Two fields side by side on one line."""
    doc.set_font("Helvetica", "", 10)
    doc.cell(95, 6, left)
    doc.cell(0, 6, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def ruled_table(doc: FPDF, widths, head, body, pt=9):
    """A table with a shaded head row; text columns left, figures right."""
    doc.set_fill_color(225, 229, 234)
    doc.set_font("Helvetica", "B", pt)
    for width, title in zip(widths, head):
        doc.cell(width, 7, title, border=1, align="C", fill=True)
    doc.ln(7)
    doc.set_font("Helvetica", "", pt)
    for values in body:
        for col, (width, value) in enumerate(zip(widths, values)):
            doc.cell(width, 7, value, border=1, align="R" if col >= 2 else "L")
        doc.ln(7)


def paragraph(doc: FPDF, text: str):
    doc.set_font("Helvetica", "", 10)
    doc.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def receiving_report_pdf() -> bytes:
    """s05: Harbor Point's receiving discrepancy report for PO 70231 (the counts of the
    claim are only here; the mail names the items)."""
    doc = new_pdf(
        "Receiving discrepancy report RD-2611-014",
        "Harbor Point Property Management - Maintenance",
        dt.datetime(2026, 11, 10, 13, 48, 0, tzinfo=dt.UTC),
    )
    put(doc, "HARBOR POINT PROPERTY MANAGEMENT", "B", 15, height=8)
    put(doc, "Maintenance Shop  |  1350 Laskin Rd, Virginia Beach, VA 23451", pt=9, height=5)
    doc.ln(5)
    put(doc, "RECEIVING DISCREPANCY REPORT   RD-2611-014", "B", 13, height=8)
    pair(doc, "Vendor: Alder & Finch Supply", "Our PO: 70231")
    pair(doc, "Delivered: 11/09/2026, vendor truck", "Property: Westlake Gardens")
    pair(doc, "Received by: L. Ortega", "Counted: 11/10/2026")
    doc.ln(4)
    ruled_table(
        doc,
        (70, 28, 22, 22, 22, 16),
        ("Description", "Unit", "Ordered", "Packing slip", "Received", "Short"),
        (
            ("Floor register 10x6 white", "each", "60", "60", "55", "5"),
            ("Air filter 16x25x1 MERV 11", "case of 12", "24", "24", "22", "2"),
            ("Thermostat, non-prog.", "each", "10", "10", "10", "0"),
        ),
    )
    doc.ln(5)
    paragraph(
        doc,
        "Cartons were sealed and the pallet wrap was intact, so the shortage was at "
        "packing, not in transit. The 5 registers and 2 cases of filters were not in the "
        "shipment; please ship them or credit them against PO 70231.",
    )
    doc.ln(6)
    put(doc, "Report by: Luis Ortega, Maintenance Manager")
    return bytes(doc.output())


def price_variance_pdf() -> bytes:
    """s18: Keystone's AP price variance notice for INV-88098 (the quantity and the
    prices are only here)."""
    doc = new_pdf(
        "Price variance notice PV-0419",
        "Keystone Mechanical Contractors - Accounts Payable",
        dt.datetime(2026, 11, 17, 13, 51, 40, tzinfo=dt.UTC),
    )
    put(doc, "Keystone Mechanical Contractors", "B", 16, "Times", 8)
    put(doc, "Accounts Payable - 46 Industrial Hwy, Essington, PA 19029", "", 10, "Times", 5)
    doc.ln(6)
    put(doc, "PRICE VARIANCE NOTICE  PV-0419", "B", 13, height=8)
    put(doc, "Supplier: Alder & Finch Supply")
    put(doc, "Invoice: INV-88098 dated 10/26/2026      Purchase order: PO-77790")
    put(doc, "Three-way match result: PRICE EXCEPTION on 1 of 3 lines")
    doc.ln(4)
    ruled_table(
        doc,
        (22, 62, 16, 24, 24, 30),
        ("Our part", "Description", "Qty", "Invoiced ea", "PO price ea", "Variance"),
        (
            ("KM-20100", "1in type L copper, 20 ft", "30", "76.40", "71.80", "138.00"),
            ("KM-40112", "1in wrot copper 90", "200", "2.95", "2.95", "0.00"),
            ("KM-88107", "1in brass ball valve", "36", "15.20", "15.20", "0.00"),
        ),
    )
    doc.ln(5)
    paragraph(
        doc,
        "The copper tube line was billed above the price on our purchase order. We have "
        "paid the invoice at PO price and are holding $138.00. Please send a credit memo "
        "for the difference quoting PV-0419.",
    )
    doc.ln(6)
    put(doc, "AP clerk: D. Ruiz      Matched: 11/17/2026")
    return bytes(doc.output())


def closeout_return_pdf() -> bytes:
    """s32: Keystone's job closeout surplus list for PO-77812 (repeats the mail)."""
    doc = new_pdf(
        "Closeout surplus - Windham Rd clinic",
        "Keystone Mechanical Contractors",
        dt.datetime(2026, 11, 30, 13, 22, 15, tzinfo=dt.UTC),
    )
    put(doc, "KEYSTONE MECHANICAL CONTRACTORS", "B", 14, height=8)
    put(doc, "Job 26-118  Windham Rd clinic  -  closeout surplus / return to supplier")
    doc.ln(4)
    ruled_table(
        doc,
        (30, 72, 30, 16, 32),
        ("Our part", "Material", "Supplier PO", "Qty", "Disposition"),
        (
            ("KM-88213", "2in bronze gate valve, thrd", "PO-77812", "5", "RETURN"),
            ("--", "3/4in PEX-A 300 ft coil", "PO-77812", "0", "none left"),
            ("--", "misc. hangers, strut", "shop stock", "14", "back to shop"),
        ),
    )
    doc.ln(5)
    paragraph(
        doc,
        "Surplus left at closeout: five 2in bronze gate valves, never installed, in the "
        "original cartons. No longer needed on this or any open job; return for credit "
        "to Alder & Finch.",
    )
    doc.ln(6)
    put(doc, "Prepared: T. Morales  11/30/2026")
    return bytes(doc.output())


# ----------------------------------------------------------------------------------
# putting a message together


def wrap(body: str, cols: int = COLS) -> str:
    """Wrap long paragraph lines at cols. Quoted lines ('>'), indented lines and table
    rows are left as they are; a list item keeps its hanging indent."""
    kept = []
    for line in body.split("\n"):
        if len(line) <= cols or line[:1] in (">", " ", "|", "\t"):
            kept.append(line)
            continue
        bullet = next((b for b in ("- ", "* ", "1) ", "2) ", "3) ") if line.startswith(b)), "")
        filler = textwrap.TextWrapper(
            width=cols,
            subsequent_indent=" " * len(bullet),
            break_on_hyphens=False,
            break_long_words=False,
        )
        kept.extend(filler.wrap(line))
    return "\n".join(kept)


def quote(body: str) -> str:
    """The '> ' quoting a mail client puts in front of an earlier message."""
    return "\n".join(("> " + ln).rstrip() for ln in wrap(body, COLS - 2).split("\n"))


def message(
    frm: str,
    subj: str,
    when: str,
    mid: str,
    *,
    tag: str,
    rcpt: str = DESK,
    copy: str | None = None,
    extra_headers=(),
    plain: str | None = None,
    html: str | None = None,
    attach=(),
    phone: bool = False,
    charset: str = "us-ascii",
) -> bytes:
    """One email. plain, html or both (then multipart/alternative); attach holds
    (bytes, mime type, file name) attachments (then multipart/mixed). phone: the plain
    text goes out as a phone sends it, unwrapped and quoted-printable."""
    msg = EmailMessage(policy=SMTP78)
    for key, value in (("From", frm), ("To", rcpt), ("Cc", copy), ("Subject", subj)):
        if value:
            msg[key] = value
    msg["Date"] = when
    msg["Message-ID"] = mid
    for key, value in extra_headers:
        msg[key] = value
    if plain is None:
        msg.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
    else:
        text = plain.strip("\n") + "\n"
        encoding = "quoted-printable" if phone else "7bit"
        msg.set_content(text if phone else wrap(text), charset=charset, cte=encoding)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for payload, mime, filename in attach:
        major, minor = mime.split("/")
        msg.add_attachment(payload, maintype=major, subtype=minor, filename=filename)
    multiparts = [part for part in msg.walk() if part.is_multipart()]
    for depth, part in enumerate(multiparts):
        part.set_boundary(f"=_AF36_{tag}_{depth}_{len(subj):03d}")
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # only the top of a message carries it
    raw = msg.as_bytes()
    assert all(len(row) <= 998 for row in raw.split(b"\r\n"))
    return raw


def outlook_id(stamp: str, tail: str, host="namprd11.prod.outlook.com") -> str:
    return f"<{tail}{stamp}@{host}>"


OUTLOOK_WIN = ("X-Mailer", "Microsoft Outlook 16.0")
OUTLOOK_IOS = ("X-Mailer", "Outlook for iOS")
IPHONE = ("X-Mailer", "iPhone Mail (22C152)")
ANDROID = ("User-Agent", "Samsung Email")


# ----------------------------------------------------------------------------------
# who writes

SIG_TOM = """\
Tom Morales | Project Manager
Keystone Mechanical Contractors
46 Industrial Hwy, Essington, PA 19029
m 610-555-0162"""

SIG_DANA = """\
Dana Ruiz
Accounts Payable | Keystone Mechanical Contractors
610-555-0119 ext 4"""

SIG_KAREN = """\
Karen Liu
Riverbend Plumbing & Heating
312 Creek Rd, Mount Laurel, NJ 08054
office 856-555-0131"""

SIG_MIKE = """\
Mike O'Brien
Riverbend Plumbing & Heating
cell 856-555-0175"""

SIG_RAJ = """\
Raj Patel
Purchasing | Summit HVAC Services
900 Parkwood Dr, Westerville, OH 43081
614-555-0122"""

SIG_LUIS = """\
Luis Ortega
Maintenance Manager
Harbor Point Property Management
1350 Laskin Rd, Virginia Beach, VA 23451
757-555-0168"""

SIG_ROSA = """\
Rosa Delgado
Delgado & Sons Plumbing
88 Haddon Ave, Westmont, NJ 08108
856-555-0143"""

SIG_DESK = """\
Priscilla Moody
Returns Coordinator | Alder & Finch Supply
215-555-0138"""


# ----------------------------------------------------------------------------------
# the mail, in the order it arrived

W01 = f"""\
Returns desk,

Two things on PO-77812 (Windham Rd clinic), both from this week's deliveries.

The 3/4" PEX came in this morning on the Estes truck. One of the six coils has the outer bag \
ripped open and the tubing is kinked in three spots, like a forklift tine went into it. That \
coil is no good to us; the other five are fine.

On yesterday's R+L load your slip says 150 pcs of our part KM-40112 (the 1" copper 90s). We \
counted 125, twice, so we're short 25. The gate valves on that truck were all there.

I'd rather have the coil replaced than credited if you have one on the shelf. For the elbows, \
whichever is quicker.

Thanks,
Tom

{SIG_TOM}
"""

W02 = f"""\
Hi,

The ODFL delivery on our PO-60377 got to the Grove City office job on the 2nd, but the crew \
only opened the pallet this weekend, so sorry for the delay on this.

1) Ceiling tile: four cartons on the bottom of the stack have the corners smashed in and \
every tile in them is chipped along the edge. Photo attached, our receiver marked them. We \
can't hang them. If you'd rather we put them in the dumpster here than ship them back, tell me.

2) Floor registers: they came as three boxes of ten. Two boxes are the 10x6 white we ordered. \
The third box is 12x6 - wrong size, they don't fit the floor cutouts. So 10 registers are the \
wrong item and we still need 10 of the 10x6.

Please let me know on both.

Raj

{SIG_RAJ}
"""

W03 = f"""\
Hello,

We got PO 24519 on Friday by UPS. The carton of 1" full port ball valves was sealed and \
labelled 24, but there were only twenty valves in it. Mike opened it himself on the job, so \
there's no chance any walked off.

Can you send the four that are missing? The crimp couplings and the PEX coils were fine.

Thank you,
Karen

{SIG_KAREN}
"""

W04 = f"""\
Hi there,

We finally opened the pressure reducing valves from PO-40962 today for the Collins Ave job \
(your truck brought them at the end of October). One of them has the bonnet cracked right \
through and the box is caved in on that corner, so it got hit somewhere on the way. The other \
five are ok.

Can you send us another one and credit the broken one? It's sitting in our shop.

Thanks so much,
Rosa

{SIG_ROSA}
"""

W05 = f"""\
Good morning,

Our receiving discrepancy report for PO 70231 is attached (delivered yesterday on your truck \
to Westlake Gardens). We came up short on the floor registers and on the filter cases; the \
counts are in the report. The thermostats counted right.

Please ship the missing registers and filters with your next delivery, or credit them, \
whichever works on your side.

Regards,

{SIG_LUIS}
"""

W06 = """\
Hello Alder & Finch,

Here is Joaquim, I work in the shop for Rosa (Delgado & Sons). It is about the order PO-40988 \
that we collect at your will-call on friday.

Two problem. First the malleable unions: for the gas line in the Haddon Ave boiler room we \
need 1-1/2, but inside the box all the unions are 1-1/4, the 12 pieces, every one. Look the \
label in the photo. So the size is wrong, we cannot use none of them.

Second, when I take out the 1 inch ball valves, one of them come with the handle snapped and \
a crack in the body. It was so already in the box, nobody open it before.

For the unions please change to the right size, and for the valve send another or put credit.

Obrigado
Joaquim Pereira
Delgado & Sons Plumbing - shop
856-555-0157
"""


W07 = f"""\
Hi,

We're the plumbing sub at the Folcroft middle school job, where Keystone Mechanical has the \
HVAC. Your ODFL delivery for Keystone (SO-104235 on the packing slip) was put inside our job \
trailer on Friday because their container was locked.

Their foreman Walt asked me to let you know: 3 of the 1-1/2" black unions in that shipment \
are cracked at the nut. I've set the 3 aside in our trailer with a tag on them. Everything \
else is on their pallet, untouched. Please sort out replacements for them with Keystone.

You can reach me at this address or on my cell.

{SIG_MIKE}
"""

W08 = """\
Hello,

Im the building super at Westlake Gardens, Harbor Point manages the property. Luis is out til \
next week so I'm writing from my own email.

The thermostats that came on your truck monday (packing slip says SO-104239), 2 of them have \
the housing smashed and the screen is cracked. The box they were in was crushed flat on one \
end. I have them in the boiler room ofice if somebody needs to look at them.

Can you replace those 2.

Wendell Price
Westlake Gardens - bldg super
(757) 555-0183
"""

W09 = """\
BRADFORD THERMAL PRODUCTS - WINTER STOCKING PROGRAM 2026-27

Dear distributor partner,

Get ahead of the cold months. Through January 15:

- Orders of 12 or more 50 gallon natural gas water heaters (WH-50G-NG) ship freight-free to \
any of your branches.
- The 7-day programmable Wi-Fi thermostat (TST-7500-PRO) is 8% off in master cartons of 6.
- Expansion tanks (WH-EXP-2G): buy 10, get 1.

Warranty made simple: when a Bradford unit turns out to be defective, our online warranty \
desk issues the return authorization within one business day - no paperwork by email. Damaged \
in transit? Note it on the carrier's delivery receipt and file it at \
bradfordthermal.example/claims.

Talk to your Bradford territory manager, Ellen Szabo, at 1-800-555-0124.

You are receiving this because your company is an authorized Bradford distributor.
Unsubscribe: bradfordthermal.example/unsubscribe
"""

H09 = """\
<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b3d6e;color:#fff;padding:18px;font-size:22px">
<b>BRADFORD THERMAL PRODUCTS</b><br>Winter Stocking Program 2026-27</td></tr>
<tr><td style="padding:18px;font-size:14px">
<p>Dear distributor partner,</p>
<p>Get ahead of the cold months. Through January 15:</p>
<ul>
<li>Orders of 12 or more 50 gallon natural gas water heaters (WH-50G-NG) ship
freight-free to any of your branches.</li>
<li>The 7-day programmable Wi-Fi thermostat (TST-7500-PRO) is 8% off in master
cartons of 6.</li>
<li>Expansion tanks (WH-EXP-2G): buy 10, get 1.</li>
</ul>
<p><b>Warranty made simple:</b> when a Bradford unit turns out to be defective, our
online warranty desk issues the return authorization within one business day - no
paperwork by email. Damaged in transit? Note it on the carrier's delivery receipt
and file it at <a \
href="https://bradfordthermal.example/claims">bradfordthermal.example/claims</a>.</p>
<p>Talk to your Bradford territory manager, Ellen Szabo, at 1-800-555-0124.</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">You are receiving this because
your company is an authorized Bradford distributor.
<a href="https://bradfordthermal.example/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""

H10 = """\
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri,
 Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hello,<br><br>
Our three-way match kicked out one line on INV-88133 (PO-77830). The condensate pumps
were invoiced above our PO price:<br><br></div>
<table style="border-collapse: collapse; font-family: Aptos, sans-serif; font-size: 11pt;">
<tr>
<td style="border: 1px solid #999; padding: 2px 6px;"><b>Item</b></td>
<td style="border: 1px solid #999; padding: 2px 6px;"><b>Qty</b></td>
<td style="border: 1px solid #999; padding: 2px 6px;"><b>Invoiced</b></td>
<td style="border: 1px solid #999; padding: 2px 6px;"><b>PO price</b></td>
<td style="border: 1px solid #999; padding: 2px 6px;"><b>Difference</b></td>
</tr>
<tr>
<td style="border: 1px solid #999; padding: 2px 6px;">Condensate pump 115V w/ safety
switch</td>
<td style="border: 1px solid #999; padding: 2px 6px;">8</td>
<td style="border: 1px solid #999; padding: 2px 6px;">$64.90</td>
<td style="border: 1px solid #999; padding: 2px 6px;">$61.50</td>
<td style="border: 1px solid #999; padding: 2px 6px;">$27.20</td>
</tr>
</table>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri,
 Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>
Please send a credit memo for $27.20. The rest of the invoice was paid on 11/11.<br><br>
Also, Tom asked me to pass his note below on to you.<br><br>
Thanks,<br>Dana<br><br>
Dana Ruiz<br>Accounts Payable | Keystone Mechanical Contractors<br>610-555-0119 ext 4</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"
 color="#000000"><b>From:</b> Tom Morales &lt;tmorales@keystonemech.com&gt;<br>
<b>Sent:</b> Wednesday, November 11, 2026 4:52 PM<br>
<b>To:</b> Dana Ruiz &lt;ap@keystonemech.com&gt;<br>
<b>Subject:</b> circulator PO-77830</font>
<div>&nbsp;</div></div>
<div dir="ltr" style="font-family: Aptos, sans-serif; font-size: 12pt;">
Dana - one of the 4 circulators from PO-77830 is bad. It hums but the shaft won't turn,
seized right out of the box. We put in one from the van. Can you add it to whatever you
send the supplier? It's tagged in the shop.<br><br>Tom</div>
</body></html>
"""


W11 = f"""\
Hi,

We have 8 of the 3/4" sweat ball valves left over from PO-40917 (the Cooper St heater job in \
October). Never opened, still in the box - we just ordered too many. Can we send them back \
for credit? We can drop them at your counter.

Rosa

{SIG_ROSA}
"""

W12 = f"""\
Hello,

PO 70288 was delivered to Harbor Commons on Wednesday by Estes. Two of the three expansion \
tanks are dented on the side - the tank shell itself, not just the carton. The driver wrote \
it on the delivery receipt. The gas water heaters on the same pallet look fine.

We'd like two replacement tanks, or a credit if that is easier.

Thanks,
Luis

{SIG_LUIS}
"""

W13 = """\
po 24530 came thursday, only got to count it today. 1 inch ball valves we got 42 not 48 so 6 \
short. copper 90s are the other way, 300 in the cartons and the slip says 250, we dont need \
the extra 50 so send someone to grab them. rest is ok

mike

Sent from my iPhone
"""

FWD14 = """\
Raj,
PO-60455 is arrive Thursday by UPS, I check everything today.
Filters 16x25x1: 2 case is crushed from the side, the filters inside bent, not possible to use.
Thermostats (non-programmable): on order 12, in the boxes I count 14. So 2 more than we order.
Condensate pumps: 10, all good.
Photos I can send if need.
Oksana
Warehouse / Receiving"""

W14 = f"""\
Returns,

Forwarding our warehouse count on PO-60455 below. Please credit the crushed filters. The \
extra thermostats we'll send back with your driver, just tell us when.

Raj

{SIG_RAJ}

-----Original Message-----
From: Oksana Hrytsenko <receiving@summithvac.net>
Sent: Friday, November 13, 2026 3:40 PM
To: Raj Patel <raj.patel@summithvac.net>
Subject: PO-60455 received - filters + thermostats

{FWD14}
"""

W15 = f"""\
Hi,

I counted the 1" copper 90s from last week's PO 24530 delivery this morning: 300 pieces in \
the cartons against 250 ordered and invoiced, so 50 extra. We don't want to keep them. Could \
your driver pick up the 50 extras on Thursday's delivery? They're boxed and labelled at our \
shop.

Thanks,
Karen

{SIG_KAREN}
"""

W16 = f"""\
Hi,

Two things on PO-24415 for the Lindenwold pump station.

The 3" backflow you shipped is a double check valve assembly, not the reduced pressure zone \
we ordered - the tag on it says DCVA and it has no relief port. The water company will only \
pass an RPZ there, so we need the 3" RPZ that's on the order.

Also, the engineer dropped the second bypass, so we only need one of the two 3" flanged check \
valves. The other one is still crated and we'd like to return it.

Let me know how you want to do the swap and the return.

{SIG_MIKE}
"""

W17 = f"""\
Hi,

The Haddon Ave boiler job changed after we picked up PO-40988 - the engineer moved the \
boiler, so the run got shorter. We have 30 feet of the 2" black pipe (the cut-to-length) left \
over, four pieces, never threaded or used. Can we bring it back for credit?

Thank you,
Rosa

{SIG_ROSA}
"""

W18 = f"""\
Hello,

Attached is our price variance notice PV-0419 for INV-88098 (PO-77790). The 1" type L copper \
tube was billed above our PO price; the quantity and the prices are on the notice. We paid \
the invoice at PO price and are holding the difference until we receive your credit memo.

Thank you,
Dana

{SIG_DANA}
"""

W19 = f"""\
scratch what i said about the ball valves being short on po 24530. the 6 were in a separate \
box under the elbow cartons, found them this morning, we have all 48. sorry about that

mike

Sent from my iPhone

> On Nov 14, 2026, at 7:31 AM, Mike O'Brien <mike.obrien@riverbendph.com> wrote:
>
{quote(W13)}
"""

W20 = """\
The 3/4 ball valves on PO 70296 are threaded, we ordered sweat. All 12 of them. Need the \
sweat ones sent out. Also 2 of the non programmable thermostats we got from you are dead, no \
display even with 24V at the terminals, can you replace those too

Luis

Get Outlook for iOS
"""

W21 = """\
Hi Priscilla,

Happy Wednesday! Birchwood Apartments got scaled back - the owner dropped the second building \
for now, so we won't be doing those risers until spring at the earliest, and honestly maybe \
not with us.

That leaves us with ten of the 3/4" sweat ball valves from PO-24460 that we don't need. \
They're still sealed in the original box. Everything else from that order went into building A.

  Item                           Qty   Reason
  3/4" sweat ball valve, FP       10   no longer needed

Can you send an RMA? Mike can swing them by your will-call any morning.

Thanks!
Karen

--
Karen Liu
Riverbend Plumbing & Heating
312 Creek Rd, Mount Laurel, NJ 08054
office 856-555-0131
"""

H21 = """\
<div dir="ltr"><div>Hi Priscilla,</div><div><br></div><div>Happy Wednesday! Birchwood \
Apartments got scaled back - the owner dropped the second building for
now, so we won&#39;t be doing those risers until spring at the earliest, and honestly
maybe not with us.</div><div><br></div><div>That leaves us with ten of the 3/4&quot;
sweat ball valves from PO-24460 that we don&#39;t need. They&#39;re still sealed in the
original box. Everything else from that order went into building A.</div><div><br></div>
<table style="border-collapse:collapse" border="1" cellpadding="4"><tbody>
<tr><th>Item</th><th>Qty</th><th>Reason</th></tr>
<tr><td>3/4&quot; sweat ball valve, FP</td><td>10</td><td>no longer needed</td></tr>
</tbody></table><div><br></div><div>Can you send an RMA? Mike can swing them by your
will-call any morning.</div><div><br></div><div>Thanks!</div><div>Karen</div><div><br>
</div>-- <br><div dir="ltr" class="gmail_signature">Karen Liu<br>Riverbend Plumbing
&amp; Heating<br>312 Creek Rd, Mount Laurel, NJ 08054<br>office 856-555-0131</div></div>
"""

Q22 = f"""\
Hello Luis,

Thank you for the receiving report. A shortage case is now open on SO-104239 (your PO 70231), \
covering:

  HVC-FLT-1625-M11   16x25x1 MERV 11 filter, case of 12   2 cases
  HVC-REG-1006-W     10x6 floor register, white            5 pcs

Our DC-EAST warehouse will recount within 48 hours and we will ship or credit the difference.

{SIG_DESK}"""

W22 = f"""\
Thanks Priscilla, got it.

Separate thing on the same PO: the owner cancelled the renovation of unit 7C, so 3 of the 8 \
thermostats we still have on the shelf (we had 10, Wendell reported the 2 broken ones) are \
not needed anymore. They're unopened. Can we send those 3 back?

Luis

{SIG_LUIS}

From: Alder & Finch Returns <{DESK_ADDR}>
Sent: Tuesday, November 10, 2026 2:14 PM
To: Luis Ortega <maintenance@harborpointpm.com>
Subject: Case acknowledgement - PO 70231 shortage

{Q22}
"""

W23 = """\
Good morning,

INV-88152 (our PO-60418) bills the 7-day programmable Wi-Fi thermostats higher than the price \
we were quoted:

  Item                      Qty   Invoiced   Quoted (Q-3381)   Difference
  Wi-Fi programmable stat    12    $132.00        $124.50          $90.00

We need a credit memo for $90.00 before we can release payment. The other two lines of the \
invoice match.

Regards,
Linda Chu
Accounts Payable, Summit HVAC Services
614-555-0126
"""

H23 = """\
<html><head><meta http-equiv=Content-Type content="text/html; charset=us-ascii">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;
\tfont-size:12.0pt;
\tfont-family:"Aptos",sans-serif;}
--></style></head>
<body lang=EN-US link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Good morning,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>INV-88152 (our PO-60418) bills the 7-day programmable Wi-Fi
thermostats higher than the price we were quoted:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none'>
<tr><td valign=top><p class=MsoNormal><b>Item<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal><b>Qty<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal><b>Invoiced<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal><b>Quoted (Q-3381)<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal><b>Difference<o:p></o:p></b></p></td></tr>
<tr><td valign=top><p class=MsoNormal>Wi-Fi programmable stat<o:p></o:p></p></td>
<td valign=top><p class=MsoNormal>12<o:p></o:p></p></td>
<td valign=top><p class=MsoNormal>$132.00<o:p></o:p></p></td>
<td valign=top><p class=MsoNormal>$124.50<o:p></o:p></p></td>
<td valign=top><p class=MsoNormal>$90.00<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>We need a credit memo for $90.00 before we can release payment. The
other two lines of the invoice match.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Regards,<o:p></o:p></p>
<p class=MsoNormal>Linda Chu<br>Accounts Payable, Summit HVAC Services<br>
614-555-0126<o:p></o:p></p>
</div></body></html>
"""


W24 = f"""\
Hi,

The Hainesport school job switched the condensate drains over to PVC, so we'd like to send \
back all 30 of the 1-1/2" black unions from PO-24388. They're still in the box at our shop. \
Please let me know the RMA number.

Thanks,
Karen

{SIG_KAREN}
"""

W25 = f"""\
Hi,

Two of the twenty non-programmable thermostats from PO-60418 are dead. Our tech put them in \
at the Dublin office last week: blank screen, and we confirmed 24V between R and C at both. \
We swapped in new ones from another box and those work. The two bad ones are tagged and back \
at our shop.

Please send two replacements or credit them.

Raj

{SIG_RAJ}
"""

H26 = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head><body style="font-family:Calibri,Arial,sans-serif;font-size:10.5pt">
<p>Remittance advice from Harbor Point Property Management</p>
<p>Payment method: ACH &nbsp; Reference: 20261123-0417 &nbsp; Payment date: 11/23/2026<br>
Payee: Alder &amp; Finch Supply</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Invoice</th><th>Invoice date</th><th>Amount</th><th>Deduction</th><th>Paid</th></tr>
<tr><td>INV-88160</td><td>11/09/2026</td><td>$1,552.60</td>
<td>($104.80) short shipment, per your case on PO 70231</td><td>$1,447.80</td></tr>
<tr><td>INV-88171</td><td>11/09/2026</td><td>$2,194.50</td>
<td>($85.00) damaged expansion tanks, per your case on PO 70288</td><td>$2,109.50</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>$3,747.10</b></td><td><b>($189.80)</b></td>
<td><b>$3,557.30</b></td></tr>
</table>
<p>The deductions match the credits your returns desk confirmed. Questions about this
payment: Grace Kim, Payables, payables@harborpointpm.com, 757-555-0170.</p>
<p style="font-size:9pt;color:#666">This remittance advice was generated by our
payables system. Replies to this address are read by the payables team.</p>
</body></html>
"""

W27 = f"""\
Hi,

One condensate pump from our PO-60502 (delivered Friday to the Worthington shop) arrived with \
the reservoir cracked - there's a split along the bottom, and the carton has a puncture in \
the same spot. It'll leak as soon as it runs.

Please credit or replace the 1 pump.

Raj

{SIG_RAJ}
"""

W28 = f"""\
Good morning,

One of the 50 gallon gas water heaters from PO 70288 won't hold its pilot. We installed it \
last Thursday in the Harbor Commons boiler room. The pilot lights, but goes out as soon as \
the knob is released. We replaced the thermocouple and it still does it, so we think the gas \
valve on the unit is defective.

Can you send a replacement under warranty, or credit it? The other two are running fine.

Luis

{SIG_LUIS}
"""

W29 = """\
To Alder & Finch Accounts Receivable / Returns,

We process payables on behalf of Harbor Point Property Management.

Your invoice INV-88171 for sales order SO-104241 bills the 2 gal thermal expansion tanks at \
$42.50 each. Harbor Point's price agreement lists them at $39.50. Quantity 3, difference $9.00.

Kindly credit Harbor Point Property Management $9.00 against INV-88171.

Regards,
Accounts Payable Team
Tidewater Ledger Services
On behalf of Harbor Point Property Management
"""

Q30 = f"""\
Hello Mike,

We have your note on SO-104243 (PO 24530) and opened two cases:

  SHORT         VLV-1005-BV      1" brass ball valve, full port   6 pcs
  OVERSHIPPED   FTG-CU-E90-100   1" wrot copper 90               50 pcs

A recount is scheduled at DC-EAST, and our driver will collect the 50 extra elbows on the \
next delivery to your shop.

{SIG_DESK}"""

W30 = f"""\
Hi Priscilla,

One more thing on this order. One of the 4 pressure reducing valves we put in at the Cedar \
Lane house is creeping - the guys set it at 60 psi and by morning the gauge reads 95. Mike \
swapped it out and says the seat is bad. Can we get it replaced under warranty? It's back at \
the shop.

Thank you,
Karen

{SIG_KAREN}

-----Original Message-----
From: Alder & Finch Returns <{DESK_ADDR}>
Sent: Monday, November 16, 2026 4:20 PM
To: Mike O'Brien <mike.obrien@riverbendph.com>
Cc: Karen Liu <office@riverbendph.com>
Subject: Case acknowledgement - PO 24530

{Q30}
"""

W31 = f"""\
Hi,

Do you have a ship date for our PO 24561 (your SO-104247)? It's the 3 check valves and the 20 \
black unions for the Westampton pump house. We need them on site by December 7th - if that's \
a problem, please let me know this week so I can tell the GC.

Thanks,
Karen

{SIG_KAREN}
"""

W32 = f"""\
Hi,

We closed out Windham Rd last week. We ended up with five of the 2" bronze gate valves from \
PO-77812 that never got installed - plans changed on the second floor. Still in the \
cartons. We don't need them on any other job, so we'd like to return them. Closeout surplus \
sheet attached.

Tom

{SIG_TOM}
"""

W33 = f"""\
Hi Priscilla,

Hope you had a nice Thanksgiving! We had the whole family at my brother's, way too much food \
as usual.

I'm writing about one of the 40 gallon electric water heaters from PO-40917 - we put it in at \
the Kowalski house on Cooper St at the beginning of October. Mrs. Kowalski called on \
Wednesday with no hot water. Joaquim went out: the lower element was burned open, so he \
replaced it, and then the upper thermostat wouldn't reset either. He checked everything on \
our side (breaker, wiring, the voltage at the heater is fine) and he thinks the heater itself \
is faulty. We put in a loaner tank so she has hot water for now.

Can we get a warranty replacement or a credit for that one heater? The other one from that \
order is working fine at the house next door. Joaquim kept the old element if anybody wants it.

Thanks so much and talk soon,
Rosa

{SIG_ROSA}
"""

W34 = f"""\
Hi,

Two of the 2 gal expansion tanks from PO-76115 (the Ridley library boiler job, October 2025) \
are waterlogged - the bladders have let go, both tanks are full of water when you tap them. \
The other four are ok. Can we get the two replaced under warranty?

Tom

{SIG_TOM}
"""

W35 = """\
Hello,

Please quote the following for delivery to our Essington yard the week of December 14:

- 200 pcs KM-40112, 1" wrot copper 90
- 10 pcs KM-88340, 3/4" pressure reducing valve
- 4 coils 3/4" PEX-A, 300 ft

One request: on PO-77812 the copper 90s came 25 short and the PEX arrived with a torn coil, \
so please have the warehouse double-check the count and wrap the coils well this time.

Thank you,
Priya Raman
Purchasing | Keystone Mechanical Contractors
610-555-0111
"""

Q36 = f"""\
Hello Rosa,

Credit memo CM-50871 has been posted to your account for 1 x VLV-1005-BV (1" brass ball \
valve, damaged), $16.90. The 12 replacement 1-1/2" unions (FTG-BI-U-150) go out tomorrow on \
our truck.

{SIG_DESK}"""

W36 = f"""\
Thank you Priscilla! Got the credit, and the right unions finally came Tuesday - Joaquim says \
they fit perfect. Thanks for staying on it.

Rosa

On Mon, Nov 30, 2026 at 3:41 PM Alder & Finch Returns <{DESK_ADDR}> wrote:
{quote(Q36)}
"""

W37 = """\
Thank you for your message. I am out of the office from December 3 through December 11 with \
limited access to email.

For invoices and payments, please contact accounts@summithvac.net. For damaged or missing \
deliveries and returns, please contact Raj Patel at raj.patel@summithvac.net or 614-555-0122.

Linda Chu
Accounts Payable, Summit HVAC Services
"""

FORM38 = {
    "order_number": "SO-104224",
    "lines": [{"sku": "HVC-FLT-1625-M11", "quantity": 2, "reason": "OVERSHIPPED"}],
    "note": (
        "Filters for the Tinicum office job: 14 cases on our dock, the order and the "
        "packing slip say 12. Two extra cases, unopened. Please arrange a pickup."
    ),
}

SHEET39 = """\
JOBSITE RECEIVING COUNT
Birchwood Apartments, bldg A - plumbing rough-in
Supplier: Alder & Finch          Sales order: SO-104230
Delivered: 10/31/2026 (Estes)

Item                                Slip   Counted   Note
2" PVC Sch 40 tee SxSxS              100        90   10 SHORT
   UPC 061234500200
1" type L copper, 20 ft lengths       10        10   ok
3/4" sweat ball valve                 30        30   ok

The short tees were not in the delivery (cartons sealed, none opened before
the count). Please ship the 10 tees or credit them.

Counted by: D. Okonkwo, site lead
"""

LETTER40 = """\
To the returns department,

I am a homeowner in Audubon, NJ. The plumber who redid my basement piping last
summer installed a pressure reducing valve he said came from Alder & Finch. The
tag on it reads VLV-0750-PRV. It has failed: the house pressure creeps up to
110 psi overnight and the T&P valve on my water heater keeps dripping.

The plumber has since retired and I do not have his invoice or any order
number. I would like to know whether this 1 valve can be replaced under the
manufacturer's warranty, as it is clearly defective.

Margaret Hollis
27 Merchant St, Audubon, NJ 08106
856-555-0199
"""


# ----------------------------------------------------------------------------------
# the mailbox, oldest first

TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
JPEG, PDF = "image/jpeg", "application/pdf"
MIKE_S13_ID = "<7F3C1A2E-94B0-4D6B-8E21-5A0C9D4F7B63@riverbendph.com>"


def inbox():
    """Every email of the set as (file name, raw bytes), in the order they arrived."""
    table = [
        (
            "s01-keystone-pm-pex-coil-torn-elbows-short.eml",
            TOM,
            "PO-77812 Windham Rd - torn PEX coil + copper 90s short",
            "Fri, 06 Nov 2026 16:05:40 -0500",
            outlook_id("1106210540", "SA1PR11MB8842D3A0"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W01},
        ),
        (
            "s02-summit-tiles-broken-registers-wrong-size.eml",
            RAJ,
            "PO-60377 ceiling tile damage / wrong registers",
            "Mon, 09 Nov 2026 10:47:03 -0500",
            "<CAH7q1n0Zk3-Fy8sW2vQp6mR9Tg4xLb5YcN1uDe0aK7jH3o@mail.gmail.com>",
            {
                "plain": W02,
                "attach": ((tile_cartons_photo(), JPEG, "IMG_4471.jpg"),),
                "charset": "utf-8",
            },
        ),
        (
            "s03-riverbend-ball-valves-four-short.eml",
            KAREN,
            "Short - PO 24519",
            "Mon, 09 Nov 2026 13:20:55 -0500",
            outlook_id("1109182055", "PH0PR19MB5521A7C4"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W03},
        ),
        (
            "s04-delgado-prv-bonnet-cracked-late.eml",
            ROSA,
            "PRV broken - PO-40962",
            "Mon, 09 Nov 2026 15:05:21 -0500",
            "<1794254721.4418.rosa@delgadoplumbing.com>",
            {"plain": W04},
        ),
        (
            "s05-harbor-receiving-report-filters-registers-short.eml",
            LUIS,
            "Receiving discrepancy - PO 70231",
            "Tue, 10 Nov 2026 09:31:12 -0500",
            outlook_id("1110143112", "BN8PR12MB3390E6F1"),
            {
                "extra_headers": (OUTLOOK_WIN,),
                "plain": W05,
                "attach": ((receiving_report_pdf(), PDF, "RD-2611-014_PO70231.pdf"),),
            },
        ),
        (
            "s06-delgado-yard-unions-small-size-valve-dropped.eml",
            "Joaquim Pereira <joaquim@delgadosons.com>",
            "PO-40988 problem unions and ball valve",
            "Tue, 10 Nov 2026 10:02:30 -0500",
            "<d81e3f4c-2b7a-4c90-9e15-6f0a2c7b5d13@delgadosons.com>",
            {
                "extra_headers": (ANDROID,),
                "plain": W06,
                "charset": "utf-8",
                "attach": ((union_box_photo(), JPEG, "20261110_095847.jpg"),),
            },
        ),
        (
            "s07-riverbend-on-keystone-order-unions-cracked.eml",
            MIKE,
            "Cracked unions in Keystone delivery SO-104235 (Folcroft MS)",
            "Tue, 10 Nov 2026 11:40:18 -0500",
            outlook_id("1110164018", "PH0PR19MB55219B02"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W07},
        ),
        (
            "s08-harbor-super-gmail-thermostats-smashed.eml",
            "Wendell Price <wendell.price58@gmail.com>",
            "broken thermostats from monday delivery",
            "Wed, 11 Nov 2026 07:10:44 -0500",
            "<CAJw8Rk2pQ0vX5nT1sL7mY3bH9dF6gZc4eU8aN2oV0iW5r@mail.gmail.com>",
            {"plain": W08, "charset": "utf-8"},
        ),
        (
            "s09-bradford-winter-stocking-promo.eml",
            "Bradford Thermal Products <news@bradfordthermal.example>",
            "Winter stocking program - water heaters & Wi-Fi thermostats",
            "Wed, 11 Nov 2026 12:00:00 -0500",
            "<wsp2627.7734120.0@mailer.bradfordthermal.example>",
            {
                "extra_headers": (
                    ("List-Unsubscribe", "<https://bradfordthermal.example/unsubscribe>"),
                    ("Precedence", "bulk"),
                ),
                "plain": W09,
                "html": H09,
            },
        ),
        (
            "s10-keystone-ap-pump-price-and-circulator.eml",
            DANA,
            "INV-88133 price exception + circulator (PO-77830)",
            "Thu, 12 Nov 2026 10:15:09 -0500",
            outlook_id("1112151509", "MN2PR14MB4470C1D8"),
            {"html": H10, "charset": "utf-8"},
        ),
        (
            "s11-delgado-ball-valves-leftover-past-window.eml",
            ROSA,
            "Return 3/4 ball valves - PO-40917",
            "Thu, 12 Nov 2026 14:20:37 -0500",
            "<1794511237.5120.rosa@delgadoplumbing.com>",
            {"plain": W11},
        ),
        (
            "s12-harbor-expansion-tanks-dented.eml",
            LUIS,
            "Dented expansion tanks - PO 70288",
            "Fri, 13 Nov 2026 10:05:50 -0500",
            outlook_id("1113150550", "BN8PR12MB33904A27"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W12},
        ),
        (
            "s13-riverbend-phone-valves-short-elbows-extra.eml",
            MIKE,
            "24530 delivery",
            "Sat, 14 Nov 2026 07:31:27 -0500",
            MIKE_S13_ID,
            {"extra_headers": (IPHONE,), "plain": W13, "phone": True},
        ),
        (
            "s14-summit-fwd-warehouse-filters-crushed-extra-stats.eml",
            RAJ,
            "FW: PO-60455 received - filters + thermostats",
            "Mon, 16 Nov 2026 09:12:31 -0500",
            "<CAH7q1n3Mv8-Rb2kT9wXe4sY0Jq6pLd1ZfG7nAc5oU2iE8k@mail.gmail.com>",
            {"plain": W14, "charset": "utf-8"},
        ),
        (
            "s15-riverbend-office-extra-elbows-again.eml",
            KAREN,
            "Extra copper elbows - PO 24530",
            "Mon, 16 Nov 2026 11:30:02 -0500",
            outlook_id("1116163002", "PH0PR19MB5521F0E9"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W15},
        ),
        (
            "s16-riverbend-rpz-wrong-assembly-check-valve-spare.eml",
            MIKE,
            "PO-24415 - wrong backflow assembly + one check valve back",
            "Mon, 16 Nov 2026 14:10:45 -0500",
            outlook_id("1116191045", "PH0PR19MB55213D6A"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W16},
        ),
        (
            "s17-delgado-black-pipe-offcut-return.eml",
            ROSA,
            "Black pipe - PO-40988",
            "Mon, 16 Nov 2026 15:40:10 -0500",
            "<1794861610.6203.rosa@delgadoplumbing.com>",
            {"plain": W17},
        ),
        (
            "s18-keystone-ap-copper-price-variance-pdf.eml",
            DANA,
            "Price variance PV-0419 - INV-88098 / PO-77790",
            "Tue, 17 Nov 2026 09:05:44 -0500",
            outlook_id("1117140544", "MN2PR14MB44705E90"),
            {
                "extra_headers": (OUTLOOK_WIN,),
                "plain": W18,
                "attach": ((price_variance_pdf(), PDF, "PV-0419_INV-88098.pdf"),),
            },
        ),
        (
            "s19-riverbend-phone-scratch-short-valves.eml",
            MIKE,
            "Re: 24530 delivery",
            "Tue, 17 Nov 2026 09:48:11 -0500",
            "<B2E90D47-1C6F-4A38-9D05-E7A4C31F6B28@riverbendph.com>",
            {"extra_headers": (IPHONE, ("In-Reply-To", MIKE_S13_ID)), "plain": W19, "phone": True},
        ),
        (
            "s20-harbor-phone-wrong-ball-valves-dead-stats.eml",
            LUIS,
            "PO 70296",
            "Wed, 18 Nov 2026 08:25:39 -0500",
            outlook_id("1118132539", "BN8PR12MB3390B71C"),
            {"extra_headers": (OUTLOOK_IOS,), "plain": W20, "phone": True},
        ),
        (
            "s21-riverbend-gmail-ball-valves-not-needed.eml",
            KAREN,
            "Return for credit - PO-24460 (Birchwood Apts)",
            "Wed, 18 Nov 2026 13:02:26 -0500",
            "<CAK3vRp9Lm1-Qe7xB4nZt8Wc2Hy5oFd0Sg6jUa3iN9kP1w@mail.gmail.com>",
            {"plain": W21, "html": H21, "charset": "utf-8"},
        ),
        (
            "s22-harbor-reply-thermostats-unit-cancelled.eml",
            LUIS,
            "RE: Case acknowledgement - PO 70231 shortage",
            "Thu, 19 Nov 2026 10:40:16 -0500",
            outlook_id("1119154016", "BN8PR12MB339027F5"),
            {
                "extra_headers": (
                    OUTLOOK_WIN,
                    ("In-Reply-To", "<af-rd-20261110-1414.2207@alderfinch.example>"),
                ),
                "plain": W22,
            },
        ),
        (
            "s23-summit-ap-wifi-stat-price-table.eml",
            LINDA,
            "Pricing - INV-88152 / PO-60418",
            "Thu, 19 Nov 2026 11:15:48 -0500",
            outlook_id("1119161548", "CH3PR17MB6609A4E2"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W23, "html": H23},
        ),
        (
            "s24-riverbend-all-unions-back-after-rma.eml",
            KAREN,
            "Return - unions PO-24388",
            "Fri, 20 Nov 2026 09:50:33 -0500",
            outlook_id("1120145033", "PH0PR19MB55218C3D"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W24},
        ),
        (
            "s25-summit-two-stats-no-display.eml",
            RAJ,
            "PO-60418 - 2 thermostats DOA",
            "Fri, 20 Nov 2026 14:30:19 -0500",
            "<CAH7q1n6Tc2-Wn9pF1xLr5kB8Ys3qMe7VaH0dJg4oZ6uR2c@mail.gmail.com>",
            {"plain": W25, "charset": "utf-8"},
        ),
        (
            "s26-harbor-remittance-short-pay.eml",
            "Grace Kim <payables@harborpointpm.com>",
            "Remittance advice - ACH 20261123-0417",
            "Mon, 23 Nov 2026 10:00:12 -0500",
            outlook_id("1123150012", "BN8PR12MB3390D94B"),
            {"extra_headers": (OUTLOOK_WIN,), "html": H26},
        ),
        (
            "s27-summit-pump-cracked-unknown-po.eml",
            RAJ,
            "Cracked condensate pump - PO-60502",
            "Mon, 23 Nov 2026 13:10:05 -0500",
            "<CAH7q1n8Gd5-Kp3vY6zQa9mT1Xe4sNb2WcJ7fLh0oR5uI3x@mail.gmail.com>",
            {"plain": W27, "charset": "utf-8"},
        ),
        (
            "s28-harbor-gas-heater-wont-light.eml",
            LUIS,
            "Gas water heater won't stay lit - PO 70288",
            "Tue, 24 Nov 2026 09:20:50 -0500",
            outlook_id("1124142050", "BN8PR12MB33906E18"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W28},
        ),
        (
            "s29-ledger-service-expansion-tank-price.eml",
            "Tidewater Ledger Services - AP <ap.team@tidewaterledger.example>",
            "Pricing discrepancy - Harbor Point Property Management - SO-104241",
            "Tue, 24 Nov 2026 11:45:27 -0500",
            "<20261124164527.AP.31877@tidewaterledger.example>",
            {"plain": W29},
        ),
        (
            "s30-riverbend-reply-prv-creeping.eml",
            KAREN,
            "RE: Case acknowledgement - PO 24530",
            "Wed, 25 Nov 2026 10:30:40 -0500",
            outlook_id("1125153040", "PH0PR19MB5521E25A"),
            {
                "extra_headers": (
                    OUTLOOK_WIN,
                    ("In-Reply-To", "<af-rd-20261116-1620.2231@alderfinch.example>"),
                ),
                "plain": W30,
            },
        ),
        (
            "s31-riverbend-when-does-24561-ship.eml",
            KAREN,
            "Ship date? PO 24561",
            "Wed, 25 Nov 2026 14:00:09 -0500",
            outlook_id("1125190009", "PH0PR19MB552109F7"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W31},
        ),
        (
            "s32-keystone-closeout-gate-valves-surplus-pdf.eml",
            TOM,
            "Surplus return - PO-77812 gate valves",
            "Mon, 30 Nov 2026 08:52:22 -0500",
            outlook_id("1130135222", "SA1PR11MB88427B15"),
            {
                "extra_headers": (OUTLOOK_WIN,),
                "plain": W32,
                "attach": ((closeout_return_pdf(), PDF, "Closeout_26-118_surplus.pdf"),),
            },
        ),
        (
            "s33-delgado-electric-heater-element-failed.eml",
            ROSA,
            "Electric water heater - warranty - PO-40917",
            "Mon, 30 Nov 2026 11:00:48 -0500",
            "<1796054448.7731.rosa@delgadoplumbing.com>",
            {"plain": W33},
        ),
        (
            "s34-keystone-expansion-tanks-last-year.eml",
            TOM,
            "Expansion tanks failed - PO-76115",
            "Tue, 01 Dec 2026 09:10:33 -0500",
            outlook_id("1201141033", "SA1PR11MB8842A0C6"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W34},
        ),
        (
            "s35-keystone-purchasing-quote-request.eml",
            "Priya Raman <purchasing@keystonemech.com>",
            "RFQ - copper 90s and PRVs, Essington yard",
            "Wed, 02 Dec 2026 10:20:14 -0500",
            outlook_id("1202152014", "SA1PR11MB7710F3B8"),
            {"extra_headers": (OUTLOOK_WIN,), "plain": W35},
        ),
        (
            "s36-delgado-thanks-for-credit.eml",
            ROSA,
            "Re: Credit memo CM-50871 - PO-40988",
            "Thu, 03 Dec 2026 09:30:27 -0500",
            "<1796308227.8012.rosa@delgadoplumbing.com>",
            {
                "extra_headers": (
                    ("In-Reply-To", "<af-rd-20261130-1541.2390@alderfinch.example>"),
                ),
                "plain": W36,
            },
        ),
        (
            "s37-summit-ap-out-of-office.eml",
            LINDA,
            "Automatic reply: RE: Pricing - INV-88152 / PO-60418",
            "Fri, 04 Dec 2026 08:31:03 -0500",
            outlook_id("1204133103", "CH3PR17MB66091B7D"),
            {
                "extra_headers": (
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<af-rd-20261204-0830.2412@alderfinch.example>"),
                ),
                "plain": W37,
            },
        ),
    ]
    return [
        (name, message(frm, subj, when, mid, tag=name[:3], **options))
        for name, frm, subj, when, mid, options in table
    ]


def build() -> dict[str, bytes]:
    """All 40 request files, by file name."""
    files = dict(inbox())
    files["s38-portal-filters-extra-cases.json"] = json.dumps(FORM38, indent=2).encode() + b"\n"
    files["s39-upload-jobsite-count-tees-short.txt"] = SHEET39.replace("\n", "\r\n").encode()
    files["s40-upload-homeowner-prv-failed-no-order.txt"] = LETTER40.encode()
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests"
    os.makedirs(target, exist_ok=True)
    for file_name, content in sorted(build().items()):
        (target / file_name).write_bytes(content)
