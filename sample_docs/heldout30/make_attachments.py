"""Write the nine heldout30 requests that carry an attachment (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout30/make_attachments.py

Run from the repository root with the project's .venv (Pillow, fpdf2 and openpyxl come with it).

- s04: Harbor Point's receiving count of PO 70231 (CSV sheet).
- s07: Keystone's AP audit of INV-88133 (XLSX workbook).
- s08: Summit's receiving report of PO-60418, filled in by hand and scanned (PNG).
- s10: Bluestem Controls' service report on Summit's condensate pumps (text PDF).
- s21: Summit's service ticket for two Wi-Fi thermostats (text PDF).
- s22: Delgado's return list for PO-40962 (XLSX workbook).
- s30: a phone photo of Summit's site punch list (JPEG).
- s33: Harbor Point's work order WO-26-1184 (text PDF).
- s34: Summit's warehouse reorder list (CSV sheet), not a claim.

Nothing varies between runs: the random seeds, the dates, the MIME boundaries, the PDF and
workbook dates, the zip entry times and the fonts (Pillow's bundled default font, fpdf2's
core Helvetica) are fixed. The other 31 requests of the set have no attachment.
"""

import datetime as dt
import io
import random
import re
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
INBOX = "Hollis Supply Returns <returns@distributor.example>"

# One seed per picture; each picture was read back with plain Tesseract 5 (see README).
SEED = {"s08": 3008, "s30": 3030}


# ------------------------------------------------------------------ lettering


def face(px: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=px)


def scrawl(img: Image.Image, at: tuple[int, int], words: str, rng: random.Random, **kw) -> None:
    """Hand lettering: every glyph on its own little tile, tilted, sized and lifted at random."""
    px, ink, tilt = kw.get("px", 34), kw.get("ink", 30), kw.get("tilt", 6.0)
    x, y = at
    for glyph in words:
        size = px + rng.randint(-2, 3)
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 3), glyph, font=face(size), fill=255)
        tile = tile.rotate(rng.uniform(-tilt, tilt), resample=Image.BICUBIC)
        colour = Image.new(img.mode, tile.size, ink)
        img.paste(colour, (x - size // 2, y + rng.randint(-3, 3)), tile)
        x += int(face(size).getlength(glyph)) + rng.randint(0, 3)


def grid(draw: ImageDraw.ImageDraw, cols: list[int], top: int, rows: int, tall: int, ink) -> None:
    """Ruled table: vertical lines at cols, rows+1 horizontal lines from top."""
    for r in range(rows + 1):
        draw.line([(cols[0], top + r * tall), (cols[-1], top + r * tall)], fill=ink, width=2)
    for c in cols:
        draw.line([(c, top), (c, top + rows * tall)], fill=ink, width=2)


# ------------------------------------------------------------------ finishing


def flatbed(page: Image.Image, rng: random.Random, skew: float) -> bytes:
    """An office copier scan: a small skew, toner dust, a soft blur, saved as grey PNG."""
    page = page.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=238)
    dots = page.load()
    w, h = page.size
    for _ in range(4500):
        dots[rng.randrange(w), rng.randrange(h)] = rng.choice((40, 120, 255))
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    page.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def handheld(scene: Image.Image, rng: random.Random, turn: float, floor: tuple) -> bytes:
    """A phone snapshot: turned, a touch blurred, warm light falling off, grainy JPEG."""
    scene = scene.rotate(turn, resample=Image.BICUBIC, expand=True, fillcolor=floor)
    w, h = scene.size
    glow = Image.new("L", (w, h), 0)
    ImageDraw.Draw(glow).ellipse([(-w // 3, -h // 3), (w * 4 // 3, h * 4 // 3)], fill=60)
    glow = glow.filter(ImageFilter.GaussianBlur(90))
    scene = Image.composite(
        scene, Image.new("RGB", (w, h), (40, 34, 28)), glow.point(lambda v: 255 - v // 2)
    )
    scene = scene.filter(ImageFilter.GaussianBlur(0.9))
    px = scene.load()
    for _ in range(12000):
        i, j = rng.randrange(w), rng.randrange(h)
        n = rng.randint(-12, 12)
        px[i, j] = tuple(min(255, max(0, c + n)) for c in px[i, j])
    buf = io.BytesIO()
    scene.save(buf, format="JPEG", quality=82)
    return buf.getvalue()


# ------------------------------------------------------------------ the two pictures


def receiving_report_scan() -> bytes:
    """s08: Summit's printed receiving report for PO-60418, counts written in by hand."""
    rng = random.Random(SEED["s08"])
    page = Image.new("L", (1750, 1250), 252)
    d = ImageDraw.Draw(page)
    d.text((80, 50), "SUMMIT HVAC SERVICES", font=face(48), fill=15)
    d.text((80, 110), "WAREHOUSE RECEIVING REPORT   form WH-7 rev 3", font=face(28), fill=45)
    d.text((80, 180), "Vendor: Hollis Supply Co.", font=face(30), fill=25)
    d.text((80, 225), "Carrier: HOLLIS TRUCK", font=face(30), fill=25)
    d.text((960, 180), "PO #", font=face(30), fill=25)
    d.text((960, 225), "Date rec'd", font=face(30), fill=25)
    scrawl(page, (1130, 176), "60418", rng, px=38)
    scrawl(page, (1130, 222), "11/5/26", rng, px=38)
    cols = [70, 420, 900, 1060, 1210, 1370, 1690]
    top, tall = 300, 80
    grid(d, cols, top, 4, tall, 40)
    heads = ("ITEM", "DESCRIPTION", "ORD", "REC'D", "DMG", "REMARKS")
    for x, head in zip(cols, heads, strict=False):
        d.text((x + 14, top + 24), head, font=face(28), fill=20)
    rows = (
        ("TST-7500-PRO", "7-DAY WIFI THERMOSTAT", "12"),
        ("TST-2100-NP", "NON-PROG THERMOSTAT 24V", "20"),
        ("HVC-FLT-1625-M11", "16X25X1 MERV11 CS/12", "10"),
    )
    hand = (("12", "", "ok"), ("20", "3", "covers cracked"), ("12", "", "2 cs extra"))
    for n, ((item, desc, ordered), (got, bad, note)) in enumerate(zip(rows, hand, strict=True)):
        y = top + (n + 1) * tall + 24
        d.text((cols[0] + 14, y), item, font=face(28), fill=20)
        d.text((cols[1] + 14, y), desc, font=face(26), fill=20)
        d.text((cols[2] + 30, y), ordered, font=face(28), fill=20)
        scrawl(page, (cols[3] + 40, y - 4), got, rng, px=38)
        if bad:
            scrawl(page, (cols[4] + 50, y - 4), bad, rng, px=38)
        scrawl(page, (cols[5] + 16, y - 4), note, rng, px=32)
    d.text((80, 760), "Received by:", font=face(30), fill=25)
    scrawl(page, (300, 756), "O. Haddad", rng, px=38, tilt=8.0)
    d.text(
        (80, 830),
        "Discrepancies must be reported to the vendor within 10 days.",
        font=face(24),
        fill=70,
    )
    return flatbed(page, rng, -0.8)


def punch_list_photo() -> bytes:
    """s30: a clipboard with the third-floor punch list at 8800 Ward Pkwy, photographed."""
    rng = random.Random(SEED["s30"])
    scene = Image.new("RGB", (1500, 1700), (92, 84, 70))  # plywood floor
    d = ImageDraw.Draw(scene)
    d.rounded_rectangle([(120, 60), (1380, 1640)], radius=30, fill=(150, 110, 60))
    d.rectangle([(170, 170), (1330, 1600)], fill=(246, 244, 236))
    d.rounded_rectangle([(560, 40), (940, 160)], radius=16, fill=(170, 170, 175))
    ink = (28, 28, 30)
    d.text((220, 210), "PUNCH LIST", font=face(60), fill=ink)
    d.text((220, 290), "Job: 8800 Ward Pkwy - 3rd floor", font=face(36), fill=ink)
    d.text((220, 340), "Summit HVAC Services", font=face(32), fill=ink)
    cols = [200, 280, 1300]
    grid(d, cols, 420, 7, 110, (90, 90, 95))
    d.text((215, 450), "#", font=face(34), fill=ink)
    d.text((300, 450), "ITEM / ISSUE", font=face(34), fill=ink)
    items = (
        "Rm 304 diffuser trim missing",
        "Floor registers 10x6 white:",
        "6 bent/crushed in cartons",
        "PO 60377 - for Hollis",
        "Rm 318 t-stat wire not labeled",
        "Balance report VAV 3-7",
    )
    for n, text in enumerate(items):
        y = 420 + (n + 1) * 110 + 30
        if n not in (2, 3):
            scrawl(scene, (225, y), str(n + 1 - (n > 3) * 2), rng, px=46, ink=(25, 30, 110))
        scrawl(scene, (305, y), text, rng, px=44, ink=(25, 30, 110), tilt=5.0)
    return handheld(scene, rng, -3.0, (88, 80, 66))


# ------------------------------------------------------------------ the PDFs


class Sheet(FPDF):
    """A letter page with a fixed creation date and a few writing helpers."""

    def __init__(self, made: dt.datetime) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(made)
        self.set_auto_page_break(auto=True, margin=15)
        self.add_page()

    def line_of(self, text: str, size: float = 10, style: str = "", h: float = 6) -> None:
        self.set_font("Helvetica", style, size)
        self.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    def table(self, widths: tuple, rows: list[tuple], size: float = 9) -> None:
        for n, cells in enumerate(rows):
            self.set_font("Helvetica", "B" if n == 0 else "", size)
            for width, text in zip(widths, cells, strict=True):
                self.cell(width, 7, text, border=1)
            self.ln(7)


def pump_service_report_pdf() -> bytes:
    """s10: Bluestem Controls' report of the start-up of ten condensate pumps."""
    pdf = Sheet(dt.datetime(2026, 11, 12, 22, 40, 0, tzinfo=dt.UTC))
    pdf.line_of("BLUESTEM CONTROLS LLC", 16, "B", 8)
    pdf.line_of(
        "Building automation & start-up services  |  Overland Park, KS  |  (913) 555-0183", 9
    )
    pdf.ln(4)
    pdf.line_of("SERVICE REPORT  SR-2611-07", 13, "B", 7)
    for text in (
        "Customer: Summit HVAC Services (GC: Ward Pkwy office fit-out)",
        "Material: condensate pumps furnished by Summit - Hollis order SO-104244 / PO-60455",
        "Date of start-up: 11/12/2026    Technician: D. Ames",
    ):
        pdf.line_of(text)
    pdf.ln(3)
    rows = [
        ("Unit", "Location", "Result", "Finding", "Action"),
        ("FCU-1..4", "2nd fl corridor", "pass", "pumps on float, discharge ok", "-"),
        (
            "FCU-5",
            "2nd fl conf rm",
            "FAIL",
            "float switch stuck, motor never starts",
            "pulled, tagged",
        ),
        ("FCU-6", "2nd fl break rm", "FAIL", "same - pan overflowed during test", "pulled, tagged"),
        ("FCU-7..10", "3rd fl", "pass", "pumps on float, discharge ok", "-"),
    ]
    pdf.table((24, 32, 14, 76, 30), rows)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Summary: 10 pumps tested, 8 pass, 2 failed. The two failed pumps are defective out of the "
        "box (safety switch trips with an empty reservoir). Both are boxed at the site for return "
        "to Hollis Supply. Replacements needed before the ceiling close-in on 11/19.",
    )
    return bytes(pdf.output())


def thermostat_ticket_pdf() -> bytes:
    """s21: Summit's service ticket ST-55810 for two Wi-Fi thermostats that would not pair."""
    pdf = Sheet(dt.datetime(2026, 11, 20, 23, 15, 0, tzinfo=dt.UTC))
    pdf.line_of("SUMMIT HVAC SERVICES", 16, "B", 8)
    pdf.line_of("8800 Ward Pkwy Suite 210, Kansas City, MO 64114  |  (816) 555-0141", 9)
    pdf.ln(4)
    pdf.line_of("SERVICE TICKET  ST-55810", 13, "B", 7)
    pdf.line_of(
        "Site: Brookside Medical, 3rd floor   Date: 11/20/2026   Tech: A. Ruiz, EPA #2291047"
    )
    pdf.line_of("Supplier: Hollis Supply   Supplier PO: PO-60418")
    pdf.ln(3)
    rows = [
        ("Qty", "UPC / part", "Description", "Serials", "Fault found"),
        ("2", "084512075004", "7-day Wi-Fi stat", "W7K2290418, W7K2290433", "no display, no Wi-Fi"),
        ("0", "", "24V non-prog stat", "-", "(none - working)"),
    ]
    pdf.table((12, 34, 36, 52, 56), rows)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Both stats are dead on a verified 24.6 VAC supply; swapped in two from van stock and the "
        "zones run. Return both units to supplier as defective under warranty. Time on site 1.5 h.",
    )
    return bytes(pdf.output())


def heater_work_order_pdf() -> bytes:
    """s33: Harbor Point work order WO-26-1184 for a 50 gal gas heater that will not light."""
    pdf = Sheet(dt.datetime(2026, 12, 2, 20, 5, 0, tzinfo=dt.UTC))
    pdf.line_of("HARBOR POINT PROPERTY MANAGEMENT", 15, "B", 8)
    pdf.line_of("Maintenance Department  |  Port Arthur, TX  |  (409) 555-0177", 9)
    pdf.ln(4)
    pdf.line_of("WORK ORDER  WO-26-1184", 13, "B", 7)
    pdf.line_of(
        "Opened: 11/30/2026 7:12 AM   Closed: 12/02/2026 3:40 PM   Priority: 1 (no hot water)"
    )
    pdf.ln(3)
    rows = [
        ("Unit", "Equipment", "Reported", "Tech finding", "Parts source"),
        (
            "Bldg C 3C",
            "50 gal gas WH",
            "no hot water",
            "gas valve will not hold pilot",
            "Hollis PO 70288",
        ),
        ("Bldg C 3D", "50 gal gas WH", "checked", "ok, 120 F at tap", "Hollis PO 70288"),
    ]
    pdf.table((22, 30, 28, 60, 40), rows)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Heater in 3C installed 11/18. New thermocouple tried, pilot still drops out in under a "
        "minute: control valve is defective. Unit shut off and tagged; tenant on temporary "
        "electric heater. Request warranty replacement from supplier (1 heater). Tech: L. Ortega.",
    )
    return bytes(pdf.output())


# ------------------------------------------------------------------ the sheets


def xlsx(build, made: dt.datetime) -> bytes:
    """A workbook from openpyxl, then re-zipped with fixed entry times so reruns are identical."""
    wb = Workbook()
    build(wb.active)
    wb.properties.creator = wb.properties.lastModifiedBy = "office"
    wb.properties.created = wb.properties.modified = made
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=made.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" at save time
                stamp = made.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            dst.writestr(fixed, data)
    return out.getvalue()


def invoice_audit(ws) -> None:
    """s07: Keystone's three-way match of INV-88133 against PO-77830."""
    ws.title = "INV-88133"
    ws.append(
        ["Keystone Mechanical - AP three-way match", None, None, None, None, None, None, None]
    )
    ws.append(
        ["Invoice INV-88133 dated 11/04/2026", None, "PO-77830", None, None, None, None, None]
    )
    ws.append([])
    head = [
        "Ln",
        "Vendor item",
        "Description",
        "Qty billed",
        "Billed ea",
        "PO ea",
        "Var ea",
        "Ext var",
    ]
    ws.append(head)
    rows = [
        (1, "VLV-3100-CK", '3" flanged swing check', 6, 189.00, 189.00),
        (2, "FTG-BI-U-150", '1-1/2" black union', 40, 10.80, 10.80),
        (3, "HVC-CND-PUMP", "condensate pump w/ safety sw", 8, 64.90, 61.50),
        (4, "PMP-CIRC-015", "1/25 HP circulator", 4, 139.00, 139.00),
    ]
    for ln, item, desc, qty, billed, po in rows:
        var = round(billed - po, 2)
        ws.append([ln, item, desc, qty, billed, po, var or None, round(var * qty, 2) or None])
    ws.append([None, None, "Variance to dispute", None, None, None, None, 27.20])
    ws.append(
        [None, None, "Matched lines: 1, 2, 4.  Line 3 billed over PO price - short-pay or credit."]
    )
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFGH", (5, 16, 30, 11, 10, 10, 9, 10), strict=True):
        ws.column_dimensions[col].width = width


def return_list(ws) -> None:
    """s22: Delgado's return list for PO-40962 (blank cells where nothing goes back)."""
    ws.title = "Returns PO-40962"
    ws.append(["DELGADO & SONS PLUMBING - MATERIAL RETURN LIST"])
    ws.append(
        ["Supplier: Hollis Supply", None, "Supplier order: SO-104231", None, "Our PO: PO-40962"]
    )
    ws.append(["Job: 4417 Procter St remodel", None, "Prepared 11/23/2026 R.D."])
    ws.append([])
    ws.append(["Item", "Description", "Rec'd", "Return qty", "Why", "Notes"])
    ws.append(
        ["FTG-CU-E90-100", '1" copper 90 CxC', 100, 40, "not needed", "layout went to PEX upstairs"]
    )
    ws.append(
        ["VLV-0750-PRV", '3/4" PRV 25-75', 6, 1, "wrong item", 'box held a 1/2" PRV - send a 3/4"']
    )
    ws.append(["PIP-CU-L-100-20", '1" type L 20 ft', 12, None, None, "keeping"])
    ws.append([None, "TOTAL PIECES", 118, 41])
    for cell in ws[5]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEF", (18, 20, 8, 11, 12, 34), strict=True):
        ws.column_dimensions[col].width = width


def count_sheet_csv() -> bytes:
    """s04: Harbor Point's receiving count of PO 70231 (Excel CSV, CRLF)."""
    rows = [
        "Harbor Point PM - receiving count,,,,,,",
        "PO 70231 / Hollis SO-104239 / delivered 11/09/2026 on Hollis truck,,,,,,",
        "line,item,what,qty on PO,qty counted,qty broken,comments",
        "1,,10x6 floor register white,60,64,,4 more than we ordered - please pick up",
        "2,061234516251,16x25x1 MERV 11 filter (case),24,24,,",
        "3,084512021006,24V non-programmable thermostat,10,10,2,faceplates cracked - credit please",
        "counted by L. Ortega + T. Nguyen 11/10 7:40am,,,,,,",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("ascii")


def reorder_csv() -> bytes:
    """s34: Summit's warehouse min/max report with reorder quantities (no claim)."""
    rows = [
        "item,description,on hand,min,max,reorder,note",
        "TST-2100-NP,non-prog thermostat,6,10,30,24,",
        "TST-7500-PRO,wifi thermostat,9,6,20,,ok",
        "HVC-CND-PUMP,condensate pump,3,4,12,9,",
        "HVC-FLT-1625-M11,16x25x1 MERV11 cs/12,15,10,30,,5 cs going back already",
        "CLG-TILE-24-ACU,2x2 tile ctn,0,0,0,,job stock only",
        "run 12/03/2026 06:55,,,,,,",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("ascii")


# ------------------------------------------------------------------ the messages


def wrap76(body: str) -> str:
    """Fold long prose lines at 76 columns; table rows (with runs of spaces) stay whole."""
    out: list[str] = []
    for line in body.split("\n"):
        if len(line) <= 76 or "  " in line.strip():
            out.append(line)
            continue
        lead = "> " if line.startswith("> ") else ""
        out.extend(textwrap.wrap(line, 76, subsequent_indent=lead, break_on_hyphens=False))
    return "\n".join(out)


def message(head: list[tuple[str, str]], body: str, files, boundary: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in head:
        msg[key] = value
    msg.set_content(wrap76(body), charset="us-ascii", cte="7bit")
    for data, main, sub, filename in files:
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def head(sender: str, subject: str, date: str, msgid: str, *more: tuple[str, str]):
    return [
        ("From", sender),
        ("To", INBOX),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", msgid),
        *more,
    ]


S04 = """\
Attached is our count of PO 70231 from this morning. Look at the comments
column, that's where the problems are.

Your driver can take the extras back on the next run to Bldg D.

Luis Ortega
Maintenance Supervisor
Harbor Point Property Management
(409) 555-0177
"""

S07 = """\
Hello,

Our three-way match on INV-88133 (PO-77830) kicked out one line, workbook
attached. Everything else on the invoice matches. Please send a credit memo
for the variance and we will pay the invoice in full on the 20th.

Thanks,
Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
610-555-0100 x114
"""

S08 = """\
Hi,

Receiving report for PO-60418 is attached (your truck, 11/5). Sorry for the
delay, it got buried on my desk. Two lines have remarks on them, please read
those. We can give the extra back to your driver next delivery.

Omar Haddad
Warehouse Lead
Summit HVAC Services
(816) 555-0149
"""

S10 = """\
Hello Hollis returns,

We are the controls and start-up contractor for Summit HVAC on the Ward Pkwy
fit-out. Summit bought the condensate pumps on your order SO-104244 (their
PO-60455) and we installed them this week.

Our start-up report is attached. Short version: two of the ten pumps are
defective, they never start. Raj Patel at Summit asked us to send this to you
directly since we have the units. Can you send replacements to the site and
tell us how to get the bad ones back to you?

Derek Ames
Field Technician
Bluestem Controls LLC
(913) 555-0183
"""

S21 = """\
Service ticket from Brookside is attached, these are from PO-60418. Tech
says both are dead out of the box. Please send an RMA and two replacements.

Raj
"""

S22 = """\
Hi,

Here is our return list for PO-40962 (SO-104231). One line is stuff we don't
need anymore, the other is a wrong part. Everything is in the original boxes.
I can drop it all at the counter Wednesday morning.

Rosa Delgado
Delgado & Sons Plumbing
(409) 555-0120
"""

S30 = """\
Hi,

I know this is past your 10 days, sorry. We only opened the last cartons of
floor registers this week on 3rd floor and found more bent ones. Picture of
the punch list attached, it's item 2. PO 60377.

Can you still take care of it?

Raj Patel
Project Manager
Summit HVAC Services
(816) 555-0141
"""

S33 = """\
Hi,

Please see the attached work order from our maintenance team. One of the gas
water heaters we bought on PO 70288 has a bad gas valve, it was installed on
11/18 and quit a week later. We need a replacement under the manufacturer
warranty.

Thank you,
Grace Kim
Accounts Payable
Harbor Point Property Management
(409) 555-0170
"""

S34 = """\
Hi,

Here's this week's min/max report. Please quote the reorder column and ship
with the next Thursday truck if the price holds. Nothing to send back this
week, the filter cases are already on the RMA you gave Raj.

Omar Haddad
Warehouse Lead
Summit HVAC Services
(816) 555-0149
"""


def jobs() -> list:
    outlook = ("X-Mailer", "Microsoft Outlook 16.0")
    xlsx_type = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    return [
        (
            "s04-harbor-csv-count-stats-registers.eml",
            head(
                "Luis Ortega <maintenance@harborpointpm.com>",
                "PO 70231 count",
                "Tue, 10 Nov 2026 08:02:41 -0600",
                "<20261110140241.7Q2K@harborpointpm.com>",
                outlook,
            ),
            S04,
            [(count_sheet_csv(), "text", "csv", "PO70231_count.csv")],
        ),
        (
            "s07-keystone-xlsx-invoice-audit-pumps.eml",
            head(
                "Dana Ruiz <ap@keystonemech.com>",
                "INV-88133 - price variance",
                "Wed, 11 Nov 2026 14:26:09 -0500",
                "<BN8PR11MB36214D0E7A1C5B9F3E2A60C4A9B81@BN8PR11MB3621.namprd11.prod.outlook.com>",
                outlook,
            ),
            S07,
            [
                (
                    xlsx(invoice_audit, dt.datetime(2026, 11, 11, 14, 10, 0)),
                    *xlsx_type,
                    "INV-88133 3way.xlsx",
                )
            ],
        ),
        (
            "s08-summit-scanned-receiving-report.eml",
            head(
                "Omar Haddad <receiving@summithvac.net>",
                "PO-60418 receiving report",
                "Thu, 12 Nov 2026 07:18:55 -0600",
                "<e4b7c1f0-55a2-4d1e-9a3b-60418aa0c201@summithvac.net>",
            ),
            S08,
            [(receiving_report_scan(), "image", "png", "WH7_60418.png")],
        ),
        (
            "s10-controls-sub-pdf-pump-report.eml",
            head(
                "Derek Ames <dames@bluestemcontrols.com>",
                "Defective condensate pumps - Summit job, SO-104244",
                "Fri, 13 Nov 2026 10:47:30 -0600",
                "<CAK3pF8v0rT2mZ9qW6nYb1sLd4eHx7uJ5cGa0oN8iR2tE3kQ@mail.gmail.com>",
            ),
            S10,
            [(pump_service_report_pdf(), "application", "pdf", "SR-2611-07.pdf")],
        ),
        (
            "s21-summit-pdf-service-ticket-wifi-stats.eml",
            head(
                "Raj Patel <raj.patel@summithvac.net>",
                "RMA - ST-55810",
                "Mon, 23 Nov 2026 07:35:12 -0600",
                "<8F2D1B7C-0E44-4A5F-B3C9-55810D4E7A21@summithvac.net>",
                ("X-Mailer", "iPhone Mail (22B91)"),
            ),
            S21,
            [(thermostat_ticket_pdf(), "application", "pdf", "ST-55810.pdf")],
        ),
        (
            "s22-delgado-xlsx-return-list.eml",
            head(
                "Rosa Delgado <rosa@delgadoplumbing.com>",
                "Return list PO-40962",
                "Mon, 23 Nov 2026 13:50:44 -0600",
                "<SA1PR19MB6630B2C7E81F4D09A5C3E7D2F9140@SA1PR19MB6630.namprd19.prod.outlook.com>",
                outlook,
            ),
            S22,
            [
                (
                    xlsx(return_list, dt.datetime(2026, 11, 23, 13, 41, 0)),
                    *xlsx_type,
                    "PO-40962 returns.xlsx",
                )
            ],
        ),
        (
            "s30-summit-photo-punch-list-registers.eml",
            head(
                "Raj Patel <raj.patel@summithvac.net>",
                "more crushed registers PO 60377",
                "Tue, 01 Dec 2026 12:20:03 -0600",
                "<A71E0C94-3B2F-4C8D-9E15-60377F2B8D40@summithvac.net>",
                ("X-Mailer", "iPhone Mail (22B91)"),
            ),
            S30,
            [(punch_list_photo(), "image", "jpeg", "IMG_4471.jpeg")],
        ),
        (
            "s33-harbor-pdf-work-order-heater.eml",
            head(
                "Grace Kim <payables@harborpointpm.com>",
                "Warranty - gas water heater PO 70288 (WO-26-1184)",
                "Thu, 03 Dec 2026 09:12:37 -0600",
                "<20261203151237.GK4M@harborpointpm.com>",
                outlook,
            ),
            S33,
            [(heater_work_order_pdf(), "application", "pdf", "WO-26-1184.pdf")],
        ),
        (
            "s34-summit-warehouse-reorder-csv.eml",
            head(
                "Omar Haddad <receiving@summithvac.net>",
                "min/max 12/3 - please quote",
                "Thu, 03 Dec 2026 11:05:26 -0600",
                "<3c9a7e21-0b64-4f8e-a1d2-1203bb5e7f90@summithvac.net>",
            ),
            S34,
            [(reorder_csv(), "text", "csv", "minmax_20261203.csv")],
        ),
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, headers, body, files in jobs():
        boundary = f"=_heldout30_{name[:3]}_mixed"
        (OUT / name).write_bytes(message(headers, body, files, boundary))


if __name__ == "__main__":
    main()
