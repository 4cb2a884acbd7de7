"""Build every heldout33 request: the 37 emails with their attachments, and the 3 uploads.

    .venv/bin/python sample_docs/heldout33/make_attachments.py

Any working directory will do; the project's .venv brings Pillow, fpdf2 and openpyxl.
Nothing varies between runs: one random seed per picture, fixed Date headers and
Message-IDs, fixed MIME boundaries, fixed PDF creation dates, fixed workbook properties
and zip entry times, and only bundled fonts (Pillow's default FreeType face, fpdf2's core
Helvetica and Courier). A rerun rewrites all 40 files byte for byte.

Attachments: PDFs printed by the customers' own systems (s02, s06, s09, s17, s23, s31, s35),
workbooks (s08, s15, s18, s30), CSV sheets (s12, s20, s27, s33) and scans of typed or
hand-filled forms (s10, s14, s34, s37). The HTML mails are s01, s04, s19, s21, s24, s26,
s28 and s32.
"""

import datetime as dt
import html
import io
import json
import random
import re
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests"
DESK = "Hollis Supply Returns <returns@distributor.example>"
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22C152)")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# one seed per picture; every picture was read back with plain Tesseract 5 (see README)
SEEDS = {"s10": 331013, "s14": 331014, "s34": 331034, "s37": 331039}


# ---------------------------------------------------------------- pictures


def face(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=px)


def typed(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, px: int = 28, ink=30):
    draw.text(xy, text, font=face(px), fill=ink)


def handwrite(img: Image.Image, xy: tuple[int, int], text: str, rng: random.Random, **kw) -> None:
    """Pen lettering: each glyph slanted, turned, thickened and lifted a little at random."""
    px, ink = kw.get("px", 36), kw.get("ink", 40)
    slant, turn = kw.get("slant", 0.16), kw.get("turn", 5.0)
    x, y = xy
    for glyph in text:
        if glyph == " ":
            x += px // 2 + rng.randint(-2, 4)
            continue
        size = px + rng.randint(-3, 3)
        font = face(size)
        wide = int(font.getlength(glyph))
        tile = Image.new("L", (wide + size, size * 2), 0)
        weight = rng.choice((1, 1, 2))
        ImageDraw.Draw(tile).text(
            (size // 2, size // 4), glyph, font=font, fill=255, stroke_width=weight
        )
        lean = slant + rng.uniform(-0.07, 0.07)
        tile = tile.transform(
            tile.size, Image.AFFINE, (1, lean, -lean * size, 0, 1, 0), resample=Image.BICUBIC
        )
        tile = tile.rotate(rng.uniform(-turn, turn), resample=Image.BICUBIC)
        blot = Image.new(img.mode, tile.size, ink)
        img.paste(blot, (x - size // 2, y + rng.randint(-4, 4)), tile)
        x += wide + rng.randint(1, 5)


def rule(draw: ImageDraw.ImageDraw, x0: int, x1: int, y: int, ink=60) -> None:
    draw.line([(x0, y), (x1, y)], fill=ink, width=2)


def boxes(draw: ImageDraw.ImageDraw, xs: list[int], y0: int, heights: list[int], ink=50) -> None:
    """A ruled grid: column edges xs, row heights from y0."""
    y = y0
    rule(draw, xs[0], xs[-1], y, ink)
    for tall in heights:
        y += tall
        rule(draw, xs[0], xs[-1], y, ink)
    for x in xs:
        draw.line([(x, y0), (x, y)], fill=ink, width=2)


def scanner(page: Image.Image, rng: random.Random, angle: float) -> bytes:
    """A sheet-fed office scan: slightly turned, lamp falling off, lid shadow, dust, soft."""
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=236)
    w, h = page.size
    lamp = Image.linear_gradient("L").rotate(90, expand=True).resize((w, h))
    lamp = lamp.point(lambda v: 255 - v // 9)
    page = ImageChops.multiply(page, lamp)
    ImageDraw.Draw(page).rectangle([(0, 0), (9, h)], fill=110)
    dots = page.load()
    for _ in range(3200):
        dots[rng.randrange(w), rng.randrange(h)] = rng.choice((60, 150, 255))
    page = page.filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    page.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def summit_discrepancy_tag() -> bytes:
    """s10: Summit's printed material discrepancy tag, filled in by hand at the site."""
    rng = random.Random(SEEDS["s10"])
    page = Image.new("L", (1700, 1150), 250)
    d = ImageDraw.Draw(page)
    typed(d, (70, 50), "SUMMIT HVAC SERVICES", 46, 15)
    typed(d, (70, 108), "MATERIAL DISCREPANCY TAG    form QA-3 (rev 11/25)", 28, 40)
    rule(d, 70, 1630, 160, 30)
    labels = [
        ("Date:", 200),
        ("Job / site:", 280),
        ("Supplier:", 360),
        ("PO #:", 440),
        ("Item / part #:", 520),
        ("Quantity:", 600),
        ("Problem:", 680),
        ("Notes:", 760),
    ]
    for text, y in labels:
        typed(d, (70, y), text, 30, 25)
        rule(d, 330, 1630, y + 42, 120)
    rule(d, 330, 1630, 882, 120)
    hand = [
        ("11/12/26", 200),
        ("8800 Ward Pkwy 2nd fl", 280),
        ("Hollis", 360),
        ("60455", 440),
        ("TST-2100-NP", 520),
        ("3", 600),
        ("WRONG ITEM", 680),
        ("boxes had 7-day prog stats,", 758),
        ("we ordered non-prog. swap 3", 838),
    ]
    for text, y in hand:
        handwrite(page, (370, y - 8), text, rng, px=40, ink=45)
    typed(d, (70, 950), "Tagged by:", 30, 25)
    handwrite(page, (300, 942), "R. Patel", rng, px=40, ink=45, turn=7.0)
    typed(d, (70, 1040), "Keep this tag with the material until the supplier answers.", 24, 80)
    return scanner(page, rng, 0.7)


def harbor_work_order() -> bytes:
    """s14: Harbor Point's typed maintenance work order, printed and scanned."""
    rng = random.Random(SEEDS["s14"])
    page = Image.new("L", (1700, 1300), 251)
    d = ImageDraw.Draw(page)
    typed(d, (70, 50), "HARBOR POINT PROPERTY MANAGEMENT", 42, 15)
    typed(d, (70, 105), "MAINTENANCE WORK ORDER   WO-26-1207", 32, 25)
    typed(d, (70, 170), "Property: Bayview Terrace, Bldg A      Opened: 11/16/2026 8:05 AM", 26)
    typed(d, (70, 210), "Equipment: wall thermostats (installed by Summit HVAC Services)", 26)
    typed(d, (70, 250), "Material source: Summit's Hollis Supply order SO-104244", 26)
    xs = [70, 330, 720, 840, 1630]
    heights = [60, 70, 70, 70]
    boxes(d, xs, 320, heights, 40)
    heads = ("Location", "Item", "Qty", "Finding")
    for x, head in zip(xs, heads, strict=False):
        typed(d, (x + 14, 336), head, 26, 15)
    rows = (
        ("Lobby", "TST-2100-NP", "1", "DEFECTIVE - blank display, 24V ok"),
        ("Office 2", "TST-2100-NP", "1", "DEFECTIVE - no call for heat"),
        ("Office 1, 3", "TST-2100-NP", "0", "working, no action"),
    )
    y = 380
    for row in rows:
        for x, text in zip(xs, row, strict=False):
            typed(d, (x + 14, y + 20), text, 26)
        y += 70
    typed(
        d, (70, 660), "Total defective: 2 thermostats (TST-2100-NP). Both removed and tagged.", 26
    )
    typed(d, (70, 700), "Action: request warranty replacement from supplier.", 26)
    typed(d, (70, 770), "Technician: L. Ortega        Closed: open - waiting on parts", 26)
    return scanner(page, rng, -0.6)


def keystone_defect_tag() -> bytes:
    """s34: Keystone's typed defective material tag from the Ridley job, scanned."""
    rng = random.Random(SEEDS["s34"])
    page = Image.new("L", (1500, 1050), 249)
    d = ImageDraw.Draw(page)
    d.rectangle([(40, 40), (1460, 1010)], outline=30, width=4)
    typed(d, (80, 70), "KEYSTONE MECHANICAL CONTRACTORS", 40, 15)
    typed(d, (80, 125), "DEFECTIVE MATERIAL TAG                 No. 0588", 32, 20)
    rule(d, 80, 1420, 175, 30)
    lines = (
        "Job:      Ridley Twp MS - 2nd floor",
        "PO:       PO-77812        Supplier: Hollis Supply",
        "Item:     PIP-PEX-075-300   3/4in PEX-A 300 ft coil",
        "Qty:      1 coil",
        "Defect:   DEFECTIVE - failed 100 psi pressure test,",
        "          pinhole about 120 ft into the coil",
        "Found by: J. Kowalski     Date: 12/01/2026",
    )
    y = 210
    for text in lines:
        typed(d, (80, y), text, 32, 25)
        y += 66
    d.rectangle([(80, 700), (1420, 790)], fill=40)
    typed(d, (110, 722), "DO NOT INSTALL - RETURN TO VENDOR", 40, 250)
    return scanner(page, rng, 1.0)


def delgado_return_tag() -> bytes:
    """s37: Delgado's pre-printed return tag, filled in by hand, scanned at the office."""
    rng = random.Random(SEEDS["s37"])
    page = Image.new("L", (1400, 1000), 247)
    d = ImageDraw.Draw(page)
    d.rectangle([(30, 30), (1370, 970)], outline=50, width=3)
    d.ellipse([(60, 60), (110, 110)], outline=90, width=3)
    typed(d, (150, 55), "DELGADO & SONS PLUMBING", 42, 20)
    typed(d, (150, 110), "RETURN TAG - attach to material", 28, 60)
    fields = (("PO #", 210), ("ITEM", 310), ("QUANTITY", 410), ("REASON", 510), ("DATE", 710))
    for text, y in fields:
        typed(d, (70, y), text, 30, 30)
        rule(d, 250, 1330, y + 44, 110)
    rule(d, 250, 1330, 654, 110)
    hand = (
        ("40917", 210),
        ("VLV-0075-BV", 310),
        ("2", 410),
        ("DEFECTIVE - leak", 510),
        ("at the stem, new", 610),
        ("12/3/26", 710),
    )
    for text, y in hand:
        handwrite(page, (290, y - 10), text, rng, px=44, ink=35, slant=0.2)
    typed(d, (70, 840), "Signed:", 28, 40)
    handwrite(page, (220, 830), "Rosa D", rng, px=42, ink=35, turn=8.0)
    return scanner(page, rng, -1.1)


# ---------------------------------------------------------------- PDFs


class Printout(FPDF):
    """A printed page from a customer's system: fixed dates, creator and a few helpers."""

    def __init__(self, stamp: dt.datetime, creator: str, landscape: bool = False) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="Letter")
        self.set_creation_date(stamp)
        self.set_creator(creator)
        self.set_producer(creator)
        self.set_margins(14, 12, 14)
        self.set_auto_page_break(auto=True, margin=14)
        self.add_page()

    def say(self, text: str, size: float = 10, style: str = "", h: float = 5.5) -> None:
        self.set_font("Helvetica", style, size)
        self.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    def grid(self, widths: tuple, rows: list[tuple], size: float = 8.5, h: float = 6.5) -> None:
        """A bordered table; the first row is bold; a cell too wide for its column shrinks."""
        for n, row in enumerate(rows):
            style = "B" if n == 0 else ""
            for width, text in zip(widths, row, strict=True):
                pt = size
                self.set_font("Helvetica", style, pt)
                while self.get_string_width(text) > width - 2 and pt > 6:
                    pt -= 0.5
                    self.set_font("Helvetica", style, pt)
                self.cell(width, h, text, border=1)
            self.ln(h)

    def bytes(self) -> bytes:
        return bytes(self.output())


def summit_receiving_pdf() -> bytes:
    """s02: Summit's receiving discrepancy report for PO 60377."""
    pdf = Printout(dt.datetime(2026, 11, 9, 14, 52, tzinfo=dt.UTC), "FieldLedger 7.2", True)
    pdf.say("SUMMIT HVAC SERVICES", 15, "B", 7)
    pdf.say("8800 Ward Pkwy Suite 210, Kansas City, MO 64114", 9)
    pdf.ln(2)
    pdf.say("RECEIVING DISCREPANCY REPORT    RDR-2026-0311", 12, "B", 7)
    pdf.say("Printed 11/09/2026 08:52    Job: Ward Pkwy tenant fit-out (job 26-118)")
    pdf.say("Supplier: Hollis Supply Co.    Supplier order: SO-104228    Our PO: 60377")
    pdf.say("Delivered: 11/02/2026    Carrier: ODFL    PRO 7731-22108    Pallets: 3")
    pdf.ln(3)
    rows = [
        ("Ln", "Item", "Description", "Ordered", "Shipped", "Received", "Damaged", "Disposition"),
        (
            "1",
            "CLG-TILE-24-ACU",
            "2x2 acoustic tile, ctn/16",
            "40",
            "40",
            "38",
            "0",
            "SHORT 2 CTN - credit",
        ),
        (
            "2",
            "HVC-REG-1006-W",
            "10x6 floor register, white",
            "30",
            "30",
            "30",
            "5",
            "DAMAGED 5 - bent faces, credit",
        ),
        ("", "", "Totals", "70", "70", "68", "5", ""),
    ]
    pdf.grid((10, 38, 56, 20, 20, 22, 20, 64), rows)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Notes: tile came as 38 cartons on 2 pallets, BOL signed 'subject to count'. "
        "Registers: 5 with bent faces, kept for supplier inspection.",
    )
    pdf.ln(2)
    pdf.say("Checked by: M. Okafor    Entered by: R. Patel    Status: OPEN - sent to supplier", 9)
    return pdf.bytes()


def keystone_debit_memo_pdf() -> bytes:
    """s06: Keystone's debit memo DM-26-0419 against INV-88133."""
    pdf = Printout(dt.datetime(2026, 11, 11, 16, 5, tzinfo=dt.UTC), "Sage 300 AP", True)
    pdf.say("KEYSTONE MECHANICAL CONTRACTORS", 15, "B", 7)
    pdf.say("1400 Industrial Hwy, Eddystone, PA 19022    610-555-0100", 9)
    pdf.ln(2)
    pdf.say("DEBIT MEMO    No. DM-26-0419", 12, "B", 7)
    pdf.say("Date: 11/11/2026    Vendor: Hollis Supply Co. (vendor no. V0733)")
    pdf.say("Invoice: INV-88133 dated 11/04/2026    PO: PO-77830")
    pdf.ln(3)
    rows = [
        ("Ln", "Item", "Description", "Qty", "Invoiced ea", "Agreed ea", "Debit", "Reason"),
        (
            "1",
            "HVC-CND-PUMP",
            "Condensate pump 115V w/ safety sw",
            "8",
            "64.90",
            "61.50",
            "27.20",
            "PRICE DIFFERENCE - billed over PO",
        ),
        (
            "2",
            "VLV-3100-CK",
            '3" flanged swing check valve',
            "2",
            "189.00",
            "189.00",
            "378.00",
            "DAMAGED IN TRANSIT - flange cracked",
        ),
        ("", "", "Memo total", "", "", "", "405.20", ""),
    ]
    pdf.grid((10, 30, 60, 12, 24, 22, 20, 66), rows)
    pdf.ln(5)
    pdf.say("Approved: D. Ruiz    GL 2010-AP    Terms: deduct from next payment", 9)
    return pdf.bytes()


def summit_ap_debit_memo_pdf() -> bytes:
    """s09: Summit AP's debit memo 3318 for the tile shortage on INV-88109."""
    pdf = Printout(dt.datetime(2026, 11, 12, 19, 10, tzinfo=dt.UTC), "QuickBooks Desktop 2024")
    pdf.say("SUMMIT HVAC SERVICES - ACCOUNTS PAYABLE", 13, "B", 7)
    pdf.say("8800 Ward Pkwy Suite 210, Kansas City, MO 64114", 9)
    pdf.ln(3)
    pdf.say("DEBIT MEMO 3318", 12, "B", 7)
    pdf.say("Date: 11/12/2026        Vendor: HOLLIS SUPPLY CO        Vendor ID: HOL-002")
    pdf.say("Invoice: INV-88109 (10/30/2026)        PO: 60377")
    pdf.ln(3)
    rows = [
        ("Line", "Item", "Description", "Qty", "Unit", "Amount", "Code"),
        ("1", "CLG-TILE-24-ACU", "2x2 acoustic ceiling tile ctn/16", "2", "47.50", "95.00", "SH"),
    ]
    pdf.grid((12, 34, 62, 12, 18, 20, 14), rows)
    pdf.ln(3)
    pdf.say("Codes: SH short shipped / DM damaged / PR price / RT return", 9)
    pdf.say("Total debit: 95.00", 10, "B")
    pdf.ln(2)
    pdf.say("Prepared by L. Chu", 9)
    return pdf.bytes()


def summit_ra_request_pdf() -> bytes:
    """s17: Summit's return authorization request RAR-1182 for two Wi-Fi thermostats."""
    pdf = Printout(dt.datetime(2026, 11, 18, 15, 30, tzinfo=dt.UTC), "ServiceTrak 5", True)
    pdf.say("SUMMIT HVAC SERVICES", 15, "B", 7)
    pdf.say("RETURN AUTHORIZATION REQUEST    RAR-1182", 12, "B", 7)
    pdf.say("Requested: 11/18/2026    Supplier: Hollis Supply Co.    Supplier order: SO-104238")
    pdf.say("PO: 60418    Site: Brookside Medical, 2nd floor")
    pdf.ln(3)
    rows = [
        ("Line", "UPC", "Description", "Qty rec'd", "Qty return", "Code", "Detail"),
        (
            "1",
            "084512075004",
            "7-day programmable Wi-Fi thermostat",
            "12",
            "2",
            "DEF",
            "reboots every 2 min, drops Wi-Fi - defective",
        ),
        ("2", "084512021006", "non-programmable thermostat 24V", "20", "0", "-", "-"),
    ]
    pdf.grid((12, 30, 62, 20, 22, 14, 90), rows)
    pdf.ln(3)
    pdf.say(
        "Codes: DEF defective / warranty, DMG damaged in transit, WRG wrong item, OVR overstock", 9
    )
    pdf.say("Serial numbers, line 1: BT75-22819, BT75-22847", 9)
    pdf.say("Requested action: replace; bad units go back for credit.", 9)
    return pdf.bytes()


def harbor_ra_request_pdf() -> bytes:
    """s23: Harbor Point's return authorization request HP-RA-0093 for filters."""
    pdf = Printout(
        dt.datetime(2026, 11, 23, 14, 5, tzinfo=dt.UTC), "PropertyWorks Purchasing", True
    )
    pdf.say("HARBOR POINT PROPERTY MANAGEMENT", 15, "B", 7)
    pdf.say("Purchasing - Return Authorization Request    HP-RA-0093", 12, "B", 7)
    pdf.say("Date: 11/23/2026    Vendor: Hollis Supply Co.    PO: 70231    Vendor order: SO-104239")
    pdf.say("Invoice: INV-88160    Property: Bayview Terrace (storeroom Bldg D)")
    pdf.ln(3)
    rows = [
        (
            "Line",
            "Item",
            "Description",
            "Qty ordered",
            "Qty received",
            "Qty in use",
            "Qty to return",
            "Reason",
        ),
        ("1", "HVC-REG-1006-W", "10x6 floor register white", "60", "60", "60", "0", "-"),
        (
            "2",
            "HVC-FLT-1625-M11",
            "16x25x1 MERV 11 filter, case/12",
            "24",
            "24",
            "4",
            "20",
            "No longer needed - service contract change",
        ),
        ("3", "TST-2100-NP", "non-prog thermostat", "10", "10", "10", "0", "-"),
    ]
    pdf.grid((11, 32, 52, 20, 22, 19, 23, 72), rows)
    pdf.ln(3)
    pdf.say("Requested credit: 20 cases at 38.40 less your restocking fee.", 9.5)
    pdf.say("Approved by: G. Kim (AP), L. Ortega (Maintenance)", 9.5)
    return pdf.bytes()


def harbor_vendor_debit_pdf() -> bytes:
    """s31: Harbor Point's vendor debit memo VDM-2611 (quoted price against invoice)."""
    pdf = Printout(dt.datetime(2026, 12, 1, 13, 40, tzinfo=dt.UTC), "PropertyWorks AP", True)
    pdf.say("HARBOR POINT PROPERTY MANAGEMENT - ACCOUNTS PAYABLE", 14, "B", 7)
    pdf.say("VENDOR DEBIT MEMO    VDM-2611", 12, "B", 7)
    pdf.say("Date: 12/01/2026    Vendor: Hollis Supply Co.    Invoice: INV-88190 (11/16/2026)")
    pdf.say("PO: 70296")
    pdf.ln(3)
    rows = [
        ("Line", "Item", "Description", "Qty", "Billed", "Quoted", "Difference", "Debit"),
        ("1", "VLV-0075-BV", '3/4" ball valve sweat', "12", "10.40", "9.75", "0.65", "7.80"),
        ("2", "HVC-REG-1006-W", "10x6 floor register white", "40", "5.60", "5.60", "0.00", "0.00"),
    ]
    pdf.grid((12, 34, 56, 14, 20, 20, 24, 20), rows)
    pdf.ln(3)
    pdf.say("Reason: PRICING - overcharged against quote Q-7731 (K. Abernathy)", 9.5)
    pdf.say("Total debit: 7.80", 10, "B")
    return pdf.bytes()


def harbor_purchase_order_pdf() -> bytes:
    """s35: Harbor Point's new purchase order 70344 (not a claim)."""
    pdf = Printout(dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC), "PropertyWorks Purchasing")
    pdf.say("HARBOR POINT PROPERTY MANAGEMENT", 15, "B", 7)
    pdf.say("PURCHASE ORDER 70344", 12, "B", 7)
    pdf.say("Date: 12/03/2026    Vendor: Hollis Supply Co.    Terms: Net 30")
    pdf.say("Ship to: Bayview Terrace, Bldg C - call 30 min ahead, (409) 555-0177")
    pdf.ln(3)
    rows = [
        ("Ln", "Item", "Description", "Qty", "Unit", "Ext"),
        ("1", "WH-50G-NG", "50 gal gas water heater", "2", "689.00", "1378.00"),
        ("2", "WH-EXP-2G", "2 gal expansion tank", "2", "42.50", "85.00"),
        ("3", "VLV-0075-BV", '3/4" ball valve sweat', "24", "10.40", "249.60"),
        ("4", "HVC-FLT-1625-M11", "16x25x1 MERV 11, case/12", "6", "38.40", "230.40"),
        ("", "", "PO total", "", "", "1943.00"),
    ]
    pdf.grid((10, 36, 62, 14, 22, 24), rows)
    pdf.ln(3)
    pdf.say("Deliver by 12/11/2026. Partial shipments accepted.", 9.5)
    pdf.say("Authorized: G. Kim", 9.5)
    return pdf.bytes()


# ---------------------------------------------------------------- sheets


def workbook(fill, stamp: dt.datetime, author: str) -> bytes:
    """An openpyxl workbook re-zipped with fixed entry times and a fixed modified date."""
    wb = Workbook()
    fill(wb.active)
    wb.properties.creator = wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = stamp
    first = io.BytesIO()
    wb.save(first)
    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    second = io.BytesIO()
    with (
        zipfile.ZipFile(first) as src,
        zipfile.ZipFile(second, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for entry in src.infolist():
            data = src.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + when, data)
            fixed = zipfile.ZipInfo(entry.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    return second.getvalue()


def bold_row(ws, row: int, widths: dict[str, int]) -> None:
    for cell in ws[row]:
        cell.font = Font(bold=True)
    for col, width in widths.items():
        ws.column_dimensions[col].width = width


def riverbend_receiving_log(ws) -> None:
    """s08: Riverbend's receiving log for PO 24530 with Damaged and Short columns."""
    ws.title = "RCV 24530"
    ws.append(["Riverbend Plumbing & Heating - receiving log"])
    ws.append(["PO 24530 / Hollis SO-104243 / RL Carriers PRO 44871-0 / rec'd 11/12/2026"])
    ws.append([])
    ws.append(
        [
            "Item",
            "Description",
            "Ordered",
            "Shipped",
            "Received",
            "Damaged",
            "Short",
            "Flag",
            "Note",
        ]
    )
    ws.append(
        [
            "VLV-1005-BV",
            '1" ball valve FP threaded',
            48,
            48,
            44,
            0,
            4,
            "Y",
            "one inner carton (4 pcs) missing - short",
        ]
    )
    ws.append(["FTG-CU-E90-100", '1" wrot copper 90 CxC', 250, 250, 250, 0, 0, None, None])
    ws.append(
        [
            "VLV-0750-PRV",
            '3/4" PRV 25-75 psi',
            4,
            4,
            4,
            1,
            0,
            "Y",
            "gauge boss snapped off - damaged in transit",
        ]
    )
    ws.append(["TOTAL", None, 302, 302, 298, 1, 4])
    bold_row(
        ws,
        4,
        {"A": 16, "B": 26, "C": 9, "D": 9, "E": 9, "F": 9, "G": 7, "H": 6, "I": 44},
    )


def summit_closeout(ws) -> None:
    """s15: Summit's Ward Pkwy material closeout: everything kept, nothing to send back."""
    ws.title = "Ward Pkwy closeout"
    ws.append(["SUMMIT HVAC SERVICES - job material closeout", None, None, "Job 26-118"])
    ws.append(["Prepared 11/17/2026 by R. Patel"])
    ws.append([])
    ws.append(
        [
            "Item",
            "Description",
            "PO",
            "Ordered",
            "Received",
            "Installed",
            "Left over",
            "Send back",
            "Note",
        ]
    )
    rows = [
        ("CLG-TILE-24-ACU", "2x2 tile ctn/16", "60377", 40, 38, 34, 4, 0, "keep - Brookside"),
        ("HVC-REG-1006-W", "10x6 floor register", "60377", 30, 30, 20, 5, 0, "keep (5 bent done)"),
        ("HVC-CND-PUMP", "condensate pump", "60455", 10, 10, 9, 1, 0, "keep"),
        ("TST-2100-NP", "non-prog stat", "60455", 12, 12, 9, 0, 0, "3 swapped by Hollis"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 cs", "60455", 20, 20, 14, 6, 0, "keep"),
    ]
    for row in rows:
        ws.append(list(row))
    ws.append([None, None, "TOTAL", 112, 110, 86, 16, 0])
    bold_row(
        ws,
        4,
        {"A": 18, "B": 20, "C": 8, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 22},
    )


def keystone_return_list(ws) -> None:
    """s18: Keystone's return-to-vendor list for PO-77830, by Keystone part numbers."""
    ws.title = "RTV PO-77830"
    ws.append(["KEYSTONE MECHANICAL - RETURN TO VENDOR LIST"])
    ws.append(["Vendor: Hollis Supply", None, "PO-77830", None, "Job: Collegeville pump room"])
    ws.append([])
    ws.append(
        [
            "Our part #",
            "Vendor item",
            "Description",
            "Ordered",
            "Received",
            "Installed",
            "Return qty",
            "Reason",
        ]
    )
    ws.append(
        [
            "KM-88502",
            None,
            '3" flanged swing check valve',
            6,
            6,
            1,
            5,
            "not needed - redesign",
        ]
    )
    ws.append(
        ["KM-40415", None, '1-1/2" black iron union', 40, 40, 30, 10, "not needed - redesign"]
    )
    ws.append([None, "HVC-CND-PUMP", "condensate pump", 8, 8, 8, 0, None])
    ws.append([None, "PMP-CIRC-015", "1/25 HP circulator", 4, 4, 4, 0, None])
    ws.append(["TOTAL", None, None, 58, 58, 43, 15, None])
    bold_row(ws, 4, {"A": 12, "B": 15, "C": 30, "D": 9, "E": 9, "F": 9, "G": 11, "H": 24})


def delgado_leftovers(ws) -> None:
    """s30: Delgado's job leftover sheet for PO-40962."""
    ws.title = "Leftovers"
    ws.append(["DELGADO & SONS - JOB LEFTOVERS", None, "PO-40962 (Hollis SO-104231)"])
    ws.append(["Job: 4417 Procter St", None, "done 11/27"])
    ws.append([])
    ws.append(["Item", "Description", "Bought", "Used", "Left", "Bring back", "Why"])
    ws.append(["VLV-0750-PRV", '3/4" PRV', 6, 6, 0, 0, None])
    ws.append(["FTG-CU-E90-100", '1" copper 90', 100, 100, 0, 0, None])
    ws.append(
        ["PIP-CU-L-100-20", '1" type L copper 20 ft', 12, 8, 4, 4, "not needed - extra lengths"]
    )
    bold_row(ws, 4, {"A": 18, "B": 24, "C": 8, "D": 8, "E": 8, "F": 11, "G": 28})


def csv_bytes(rows: list[str], crlf: bool = True) -> bytes:
    end = "\r\n" if crlf else "\n"
    return (end.join(rows) + end).encode("ascii")


HARBOR_COUNT_CSV = [
    "HARBOR POINT PM - DELIVERY COUNT,,,,,,,",
    "PO,70296,vendor order,SO-104246,date,11/16/2026,,",
    "ln,item,description,ordered,on packing slip,counted,damaged,remarks",
    "1,HVC-REG-1006-W,10x6 floor register white,40,40,44,0,"
    "4 over - not ordered - overshipped - please pick up",
    "2,VLV-0075-BV,3/4 ball valve sweat,12,12,12,0,",
    ",,,52,52,56,0,",
    "counted by L.O. 11/16 1:05pm,,,,,,,",
]

RIVERBEND_RPZ_CSV = [
    "job,Lansdale Rd fire service,,,,,",
    "po,24415,hollis so,SO-104222,,,",
    "item,description,qty ordered,qty shipped,qty installed,qty to return,why",
    "BFP-RPZ-300-SO,3in RPZ backflow assy (special order),1,1,0,1,"
    "not needed - owner deleted the fire line tie-in",
    "VLV-3100-CK,3in swing check flanged,2,2,2,0,",
]

RIVERBEND_STOCKTAKE_CSV = [
    "Riverbend P&H stocktake 11/24/2026 - receipts from Hollis,,,,,,,",
    "po,item,description,po qty,packing slip qty,rec'd count,over/short,note",
    "24460,FTG-PVC-T-200,2in PVC sch40 tee,100,100,110,+10,"
    "10 extra not ordered - overshipped - set aside",
    "24460,PIP-CU-L-100-20,1in type L 20ft,10,10,10,0,",
    "24460,VLV-0075-BV,3/4in ball valve sweat,30,30,30,0,",
    "24519,VLV-1005-BV,1in ball valve thrd,24,24,24,0,",
]

RIVERBEND_CLOSEOUT_CSV = [
    "item,description,shipped,installed,on hand,defective,return - not needed,note",
    "FTG-PVC-T-200,2in pvc tee,100,60,40,0,40,surplus - job change",
    "PIP-CU-L-100-20,1in type L 20ft,10,10,0,0,0,",
    "VLV-0075-BV,3/4in ball valve sweat,30,26,4,2,0,2 defective - stems leak out of the box",
]


# ---------------------------------------------------------------- HTML bodies


def esc(text: str) -> str:
    return html.escape(text, quote=False)


OUTLOOK_HEAD = """\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal-compose;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(before: list[str], rows: list[tuple], after: list[str]) -> str:
    """Outlook/Word HTML: MsoNormal paragraphs around a MsoTableGrid table."""
    out = [OUTLOOK_HEAD]
    for text in before:
        out.append(f'<p class="MsoNormal">{esc(text) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n')
    out.append(
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"'
        ' style="border-collapse:collapse;border:none">\n'
    )
    for n, row in enumerate(rows):
        out.append("<tr>\n")
        for cell in row:
            text = esc(str(cell)) if str(cell) else "<o:p>&nbsp;</o:p>"
            if n == 0:
                text = f"<b>{text}</b>"
            out.append(
                '<td valign="top" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">\n'
                f'<p class="MsoNormal">{text}<o:p></o:p></p>\n</td>\n'
            )
        out.append("</tr>\n")
    out.append("</table>\n")
    for text in after:
        out.append(f'<p class="MsoNormal">{esc(text) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def tab_text(rows: list[tuple]) -> str:
    """What Outlook puts in the text/plain part for a table: one row a line, tab between."""
    return "\n".join("\t".join(str(c) for c in row) for row in rows)


def webform_html(title: str, fields: list[tuple[str, str]], footer: str) -> str:
    """A website form service's notification: one label/value pair a table row."""
    out = [
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
        '<table width="600" cellpadding="8" cellspacing="0" style="border:1px solid #dddddd">\n'
        f'<tr><td colspan="2" style="background:#1f4e79;color:#ffffff"><strong>{esc(title)}'
        "</strong></td></tr>\n"
    ]
    for label, value in fields:
        shown = "<br>\n".join(esc(part) for part in value.split("\n"))
        out.append(
            '<tr><td width="170" valign="top" style="border-top:1px solid #eeeeee">'
            f"<strong>{esc(label)}</strong></td>\n"
            f'<td valign="top" style="border-top:1px solid #eeeeee">{shown}</td></tr>\n'
        )
    out.append("</table>\n")
    out.append(f'<p style="color:#888888;font-size:11px">{esc(footer)}</p>\n</body>\n</html>\n')
    return "".join(out)


def gmail_html(blocks: list, signature: list[str] | None = None) -> str:
    """Gmail's compose HTML: div per line, <ul> for lists, a table as Gmail pastes it."""
    out = ['<div dir="ltr">']
    for block in blocks:
        if isinstance(block, str):
            out.append(f"<div>{esc(block)}</div>" if block else "<div><br></div>")
        elif block[0] == "ul":
            out.append("<ul>")
            out.extend(f"<li>{esc(item)}</li>" for item in block[1])
            out.append("</ul>")
        else:
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" dir="ltr"'
                ' style="table-layout:fixed;font-size:10pt;border-collapse:collapse;border:none">'
            )
            out.append("<tbody>")
            for row in block[1]:
                cells = "".join(
                    '<td style="padding:2px 3px;vertical-align:bottom;border:1px solid #000000">'
                    f"{esc(str(cell))}</td>"
                    for cell in row
                )
                out.append(f"<tr>{cells}</tr>")
            out.append("</tbody></table>")
    if signature:
        out.append('<div><br></div><span class="gmail_signature_prefix">-- </span><br>')
        out.append('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">')
        out.append("<br>".join(esc(line) for line in signature) + "</div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- messages


def email(name: str, head: list[tuple[str, str]], text=None, html_body=None, files=()) -> bytes:
    """One RFC 5322 message: plain, HTML, or both as alternatives; attachments make it mixed."""
    msg = EmailMessage(policy=SMTP)
    for key, value in head:
        msg[key] = value
    if text is not None:
        msg.set_content(text, charset="us-ascii", cte="7bit")
        if html_body is not None:
            msg.add_alternative(html_body, subtype="html", charset="us-ascii", cte="7bit")
    else:
        msg.set_content(html_body, subtype="html", charset="us-ascii", cte="7bit")
    for data, ctype, filename in files:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # email adds one to every alternative; mailers do not
    parts = [part for part in msg.walk() if part.is_multipart()]
    for n, part in enumerate(parts):
        part.set_boundary(f"----=_Part_h33_{name[:3]}_{n}_2026")
    return msg.as_bytes()


def head(sender: str, subject: str, date: str, msgid: str, *more: tuple[str, str], to=DESK):
    return [
        ("From", sender),
        ("To", to),
        ("Subject", subject),
        ("Date", date),
        ("Message-ID", msgid),
        *more,
    ]


TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LINDA = "Linda Chu <ap@summithvac.net>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
GRACE = "Grace Kim <payables@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
WEBFORMS = "Hollis Supply Web Forms <webforms@distributor.example>"

SIG_TOM = "Tom Morales\nProject Manager | Keystone Mechanical Contractors\n610-555-0100 x131\n"
SIG_DANA = (
    "Regards,\nDana Ruiz\nAccounts Payable\nKeystone Mechanical Contractors\n610-555-0100 x114\n"
)
SIG_RAJ = "Raj Patel\nProject Manager\nSummit HVAC Services\n(816) 555-0141\n"
SIG_KAREN = "Karen Liu\nOffice Manager\nRiverbend Plumbing & Heating\n215-555-0150\n"
SIG_LUIS = "Luis Ortega\nMaintenance Supervisor\nHarbor Point Property Management\n(409) 555-0177\n"
SIG_GRACE = (
    "Thank you,\nGrace Kim\nAccounts Payable\nHarbor Point Property Management\n(409) 555-0170\n"
)
SIG_ROSA = "Rosa Delgado\nDelgado & Sons Plumbing\n(409) 555-0120\n"


def s01() -> bytes:
    rows = [
        ("Line", "Item", "Description", "PO Qty", "Shipped", "Counted", "Damaged", "Comment"),
        (
            "1",
            "VLV-2210-BR",
            '2" bronze gate valve',
            40,
            40,
            40,
            2,
            "cracked bodies - forked pallet",
        ),
        ("2", "FTG-CU-E90-100", '1" copper 90', 150, 150, 140, 0, "short 10 - one inner bag gone"),
        ("3", "VLV-0750-PRV", '3/4" PRV', 12, 12, 12, 0, "ok (Estes 11/6)"),
        ("4", "PIP-PEX-075-300", "3/4\" PEX coil 300'", 6, 6, 6, 0, "ok (Estes 11/6)"),
    ]
    before = [
        "Returns team,",
        "",
        "Receiving check for PO-77812 (your SO-104233) below. The RL Carriers truck came "
        "Thursday 11/5. Two lines did not check in clean - see the Damaged column and the "
        "comments. Please credit both.",
        "",
    ]
    after = ["", "Thx", "Tom Morales", "Project Manager | Keystone Mechanical Contractors"]
    after.append("610-555-0100 x131")
    text = (
        "Returns team,\n\nReceiving check for PO-77812 (your SO-104233) below. The RL Carriers\n"
        "truck came Thursday 11/5. Two lines did not check in clean - see the Damaged\n"
        "column and the comments. Please credit both.\n\n" + tab_text(rows) + "\n\nThx\n" + SIG_TOM
    )
    return email(
        "s01",
        head(
            TOM,
            "PO-77812 receiving check - 2 lines",
            "Mon, 09 Nov 2026 08:12:37 -0500",
            "<MN2PR04MB6110A1F7C3D94E08B2C71A55D3E90@MN2PR04MB6110.namprd04.prod.outlook.com>",
            OUTLOOK,
        ),
        text,
        outlook_html(before, rows, after),
    )


S02 = """\
Discrepancy report from the Ward Pkwy receiving on PO 60377 attached. Two
lines flagged, please credit per the disposition column.

Raj

Sent from my iPhone
"""

S03 = """\
hey - pasted from our receiving sheet for PO 24519 (UPS, came in 11/6). two
things on it, see the problem column:

Item\tDescription\tPO qty\tShipped\tRec'd\tProblem
VLV-1005-BV\t1" FP ball valve thrd\t24\t24\t24\t
FTG-PEX-CPL-050\t1/2" pex crimp cplg bag/25\t10\t10\t12\t2 bags extra - overshipped, not on our PO
PIP-PEX-075-300\t3/4" pex-a 300' coil\t2\t2\t2\t1 coil crushed in the box - damaged, tubing kinked

UPS driver wouldn't wait while we opened the coil box. want the crushed coil
credited and somebody to grab the 2 extra bags next time you're out.

Mike O'Brien
Riverbend Plumbing & Heating
cell 215-555-0164
"""


def s04() -> bytes:
    rows = [
        ("Item", "Description", "Ordered", "Delivered", "Damaged", "Short"),
        ("HVC-REG-1006-W", "10x6 floor register white", 60, 60, 0, 0),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 (case/12)", 24, 24, 0, 0),
        ("TST-2100-NP", "Non-programmable thermostat", 10, 10, 0, 0),
    ]
    before = [
        "Hi,",
        "",
        "The delivery for PO 70231 came in on your truck yesterday. We checked every line "
        "against the packing list:",
        "",
    ]
    after = [
        "",
        "Nothing damaged, nothing missing. Our accounts payable needs the signed delivery "
        "ticket for INV-88160 before they release payment. Could you email a copy to "
        "payables@harborpointpm.com?",
        "",
        "Thanks,",
        "Luis Ortega",
        "Maintenance Supervisor",
        "Harbor Point Property Management",
        "(409) 555-0177",
    ]
    return email(
        "s04",
        head(
            LUIS,
            "PO 70231 delivered - need signed ticket",
            "Tue, 10 Nov 2026 13:22:05 -0500",
            "<20261110182205.55A1@harborpointpm.com>",
            OUTLOOK,
        ),
        None,
        outlook_html(before, rows, after),
    )


S05 = (
    """\
Good morning,

Our guy picked up PO-40988 (SO-104240) at your counter on Friday. We went
through it yesterday at the Procter St job:

* PIP-BI-200-CTL, 2" black steel pipe cut to length: the 30 ft you cut for
  the gas header is 1-1/2", not 2". Wrong item. We need 30 ft of 2" cut
  the same way (three 10 ft pieces).
* FTG-BI-U-150, 1-1/2" black unions: 2 of the 12 are damaged - crushed
  threads on the nut, they won't make up.
* VLV-1005-BV ball valves: all 10 fine.
* the other 90 ft of 2" pipe: fine.

Can you have the right pipe ready for pickup Thursday? I'll bring the wrong
pieces and the 2 unions back then.

Thanks,
"""
    + SIG_ROSA
)

S06 = (
    """\
Hello,

Please find attached debit memo DM-26-0419 against invoice INV-88133
(PO-77830). It covers two lines, see the Reason column. We will short-pay
INV-88133 by the memo total unless a credit memo reaches us before the 25th.

"""
    + SIG_DANA
)

S07 = (
    """\
Good morning,

Our maintenance team filed the report below for yesterday's delivery. Please
advise how you want the tank returned.

HARBOR POINT PROPERTY MANAGEMENT - VENDOR ISSUE REPORT
------------------------------------------------------
Report #:          VIR-1107
Vendor:            Hollis Supply Co.
Our PO:            70288
Vendor order:      SO-104241
Delivered:         11/11/2026 (Estes Express)
Property:          Bayview Terrace, Bldg C
Item:              WH-EXP-2G  2 gal thermal expansion tank
Qty received:      3
Qty affected:      1
Issue type:        DAMAGED
Details:           shell dented at the inlet, carton crushed on one end
Resolution wanted: credit or replacement
Other items:       50 gal gas water heaters (3) - received OK
Reported by:       L. Ortega, 11/11/2026 4:10 PM
------------------------------------------------------

"""
    + SIG_GRACE
)

S08 = (
    """\
Hi,

Receiving log for PO 24530 from this morning's RL delivery is attached. Two
lines are flagged in the last columns; please credit them. Everything else
checked in.

"""
    + SIG_KAREN
)

S09 = """\
Good afternoon,

Attached is debit memo 3318 for invoice INV-88109. Our project manager tells
me the tile shortage was already reported to your returns desk this week; I
am sending the memo so our books match. Please apply a credit memo, or let me
know if you prefer that we deduct it from the next payment.

Linda Chu
Accounts Payable | Summit HVAC Services
(816) 555-0152
"""

S10 = """\
Tag from the Ward Pkwy site attached, it's for thermostats on PO 60455.
Please swap them.

Raj

Sent from my iPhone
"""

S11 = (
    """\
Joanne,

Please enter a new order on PO-77866 for delivery to the Ridley Twp job next
Tuesday:

- 2 ea VLV-2210-BR 2" bronze gate valve (to replace the two cracked ones -
  the credit for those is already in process with your returns desk)
- 20 ea FTG-CU-E90-100 1" copper 90
- 1 ea PIP-PEX-075-300 3/4" PEX coil
- 4 ea VLV-0750-PRV 3/4" PRV

Same pricing as PO-77812 please. Ship to the job trailer, gate code 2207.

Thx
"""
    + SIG_TOM
)

S12 = (
    """\
Count sheet for today's delivery on PO 70296 attached. Look at the remarks
column. The extras are by the dock door at Bldg B, your driver can grab them.

"""
    + SIG_LUIS
)

S13 = """\
To whoever handles returns,

Second truck on PO-77812 (Estes, 11/6). Opened the PRV cartons today for the
rough-in at Ridley:

ITEM             OUR PART   DESCRIPTION           SHIPPED  BAD  WHAT'S WRONG
VLV-0750-PRV     KM-88340   3/4" PRV 25-75 psi         12    2  wrong item - 1/2" PRVs in 3/4" boxes
PIP-PEX-075-300  -          3/4" PEX-A 300' coil        6    0  -

Need 2 of the 3/4" sent out. I'll give your driver the two 1/2" ones.

Jerry Kowalski
Foreman, Keystone Mechanical
cell 610-555-0173
"""

S14 = (
    """\
Hello,

Summit HVAC installed new thermostats in our Bldg A lobby and offices under
their Hollis order SO-104244. Raj Patel at Summit told us to go straight to
you for warranty on anything that fails. Our work order is attached (scan).

Can you replace them? We buy from you too.

"""
    + SIG_LUIS
)

S15 = (
    """\
Hi Ken,

For your records, the closeout of the Ward Pkwy material is attached. We are
keeping all leftover stock for the Brookside job, so nothing is coming back
and no credit is needed. The tile cartons and the bent registers were
settled with your returns desk last week.

"""
    + SIG_RAJ
)

S16 = (
    """\
Hi,

Return request below, this came in on the Monday truck. Please issue an RA
and send the correct valve.

RIVERBEND PLUMBING & HEATING - RETURN REQUEST
  Request no.  : RR-0457
  Supplier     : Hollis Supply
  Our PO       : 24597
  Received     : 11/16/2026
  Item #       : VLV-3100-CK
  Description  : 3" cast iron swing check valve, flanged
  Qty to return: 1
  Reason       : WRONG ITEM - a 2-1/2" valve was in the 3" carton
  Want         : replacement 3" valve
  Entered by   : K. Liu

"""
    + SIG_KAREN
)

S17 = """\
RA request attached for Wi-Fi stats off PO 60418. Both were tested on a
known-good subbase.

Raj

Sent from my iPhone
"""

S18 = (
    """\
Returns desk,

The pump room on the Collegeville job got redesigned, so some of PO-77830 is
coming back. List attached (Return qty column). Everything is unopened.
Please send an RA.

"""
    + SIG_TOM
)


def s19() -> bytes:
    items = [
        "1 x WH-EXP-2G (2 gal expansion tank) - damaged, big dent in the side, found it "
        "when we unboxed it today",
    ]
    blocks = [
        "Hi there,",
        "",
        "One more from the PO-40988 pickup:",
        ("ul", items),
        "I'll bring it back Friday with the cut pipe.",
        "",
        "Thanks!",
        "Rosa",
    ]
    page = gmail_html(blocks, SIG_ROSA.splitlines())
    text = (
        "Hi there,\n\nOne more from the PO-40988 pickup:\n\n   - 1 x WH-EXP-2G (2 gal expansion"
        " tank) - damaged, big dent in the side,\n   found it when we unboxed it today\n\n"
        "I'll bring it back Friday with the cut pipe.\n\nThanks!\nRosa\n\n-- \n" + SIG_ROSA
    )
    return email(
        "s19",
        head(
            ROSA,
            "dented expansion tank",
            "Thu, 19 Nov 2026 13:35:48 -0500",
            "<CAJx7mQp3vT0oNf2Rk8sWd1Ly6Hb5Ue9Gc4Az0tKq7Vn2Ye@mail.gmail.com>",
        ),
        text,
        page,
    )


S20 = """\
hey, job closeout sheet for PO 24415 attached. owner deleted the fire line
tie-in so the big RPZ never got installed. I know it was a special order but
it's never been out of the crate - any chance you take it back? the check
valves went in, those stay.

Mike
"""


def s21() -> bytes:
    rows = [
        ("Unit", "Location", "Item", "Qty", "Status", "Note"),
        ("FCU-1", "2nd fl east", "HVC-CND-PUMP", 1, "OK", "-"),
        ("FCU-2", "2nd fl east", "HVC-CND-PUMP", 1, "OK", "-"),
        (
            "FCU-3",
            "2nd fl copy room",
            "HVC-CND-PUMP",
            1,
            "FAILED",
            "defective - motor hums, will not pump; safety switch checks good",
        ),
        ("FCU-4", "2nd fl west", "HVC-CND-PUMP", 1, "OK", "-"),
    ]
    before = [
        "Hi team,",
        "",
        "Start-up punch on the 2nd floor fan coils (PO 60455) turned up one bad condensate "
        "pump. Details:",
        "",
    ]
    after = [
        "",
        "Please send 1 replacement pump and an RA for the failed one. The thermostats from "
        "this order are sorted, the swap came through.",
        "",
        "Raj Patel",
        "Project Manager",
        "Summit HVAC Services",
        "(816) 555-0141",
    ]
    return email(
        "s21",
        head(
            RAJ,
            "SO-104244 - condensate pump failed (FCU-3)",
            "Fri, 20 Nov 2026 11:15:20 -0500",
            "<PH0PR19MB5273C9E1B8A0F6D24E3B71A2C8D05@PH0PR19MB5273.namprd19.prod.outlook.com>",
            OUTLOOK,
        ),
        None,
        outlook_html(before, rows, after),
    )


S22 = """\
Hi,

Just checking where we are on the two things from the 11/6 pickup
(PO-40988): the 30 ft of pipe that was cut in the wrong size and the 2
unions with the crushed threads. I dropped both at your counter on the 12th
and Sam gave me a receipt. Has the credit gone through yet? No new problems,
I just want to close the job file.

Thanks,
Rosa
"""

S23 = (
    """\
Hello,

Please review the attached return authorization request for filters on PO
70231. Our filter service has moved to a contract vendor, so the cases in
the request are no longer needed. They are unopened in the Bldg D storeroom.

"""
    + SIG_GRACE
)


def s24() -> bytes:
    rows = [
        ("Item", "Description", "Inv Qty", "Invoiced Unit", "PO Unit", "Action requested"),
        (
            "PIP-CU-L-100-20",
            "1\" type L copper 20'",
            30,
            "76.40",
            "71.80",
            "Overcharged - credit the price difference on all 30",
        ),
        ("FTG-CU-E90-100", '1" wrot copper 90', 200, "2.95", "2.95", "none"),
        (
            "VLV-1005-BV",
            '1" brass ball valve FP',
            36,
            "15.20",
            "15.20",
            "Return 6 - no longer needed (spec change)",
        ),
    ]
    before = [
        "Hello,",
        "",
        "We reviewed invoice INV-88098 (PO-77790) against our purchase order. Two lines need "
        "your attention, see the last column:",
        "",
    ]
    after = [
        "",
        "Please confirm the credit and send an RA for the valves.",
        "",
        "Regards,",
        "Dana Ruiz",
        "Accounts Payable",
        "Keystone Mechanical Contractors",
        "610-555-0100 x114",
    ]
    text = (
        "Hello,\n\nWe reviewed invoice INV-88098 (PO-77790) against our purchase order. Two\n"
        "lines need your attention, see the last column:\n\n"
        + tab_text(rows)
        + "\n\nPlease confirm the credit and send an RA for the valves.\n\n"
        + SIG_DANA
    )
    return email(
        "s24",
        head(
            DANA,
            "INV-88098 - copper price / valve return",
            "Mon, 23 Nov 2026 13:05:51 -0500",
            "<BN8PR11MB3621F04C2D7E91B5A6C38E0D71F24@BN8PR11MB3621.namprd11.prod.outlook.com>",
            OUTLOOK,
        ),
        text,
        outlook_html(before, rows, after),
    )


S25 = (
    """\
Hi,

Opened the rest of the register cartons from PO 70296 for Bldg B today:

  - HVC-REG-1006-W 10x6 floor registers: 6 damaged, louvers crushed flat,
    the cartons looked fine from outside
  - the 4 extra registers from last week are still at the dock door for
    pickup

Sorry this is late, the cartons sat in the storeroom until the painters were
done. Can you credit the 6?

"""
    + SIG_LUIS
)


def s26() -> bytes:
    fields = [
        ("Name", "Dale Fischer"),
        ("Company", "Riverbend Plumbing & Heating (service tech)"),
        ("Email", "dalefischer.service@gmail.com"),
        ("Phone", "215-555-0188"),
        ("Order or invoice number", "SO-104243"),
        ("Part number", "VLV-0750-PRV"),
        ("Quantity", "1"),
        ("Problem type", "Defective / not working"),
        (
            "Describe the problem",
            "Installed 11/20 at 41 Mill Race Ln. Outlet pressure creeps from 60 to 110 psi\n"
            "overnight. The valve is defective, need a replacement.",
        ),
        ("Submitted", "11/24/2026 11:38 AM"),
    ]
    footer = (
        "This notification was sent by the Hollis Supply website form service. "
        "Replies go to the address the visitor entered."
    )
    text = "Report a product problem - form WF-20418\n\n" + "\n".join(
        f"{label}: {value}" for label, value in fields
    )
    text += "\n\n" + footer + "\n"
    return email(
        "s26",
        head(
            WEBFORMS,
            "[Website] Report a product problem #WF-20418",
            "Tue, 24 Nov 2026 11:40:02 -0500",
            "<wf-20418.1795538402@forms.distributor.example>",
            ("Reply-To", "Dale Fischer <dalefischer.service@gmail.com>"),
            ("X-Mailer", "PHPMailer 6.9.1"),
        ),
        text,
        webform_html("Report a product problem - form WF-20418", fields, footer),
    )


S27 = (
    """\
Hi,

We did our month-end stocktake and the PVC tees from PO 24460 came out over.
Sheet attached, see the over/short column. The extra ones are tagged and set
aside; please arrange a pickup or tell us to drop them at your counter.

"""
    + SIG_KAREN
)


def s28() -> bytes:
    fields = [
        ("Name", "Mara Quinn"),
        ("Company", "Quinn Property Services"),
        ("Email", "mquinn@quinnpropertyservices.com"),
        ("Phone", "(856) 555-0139"),
        (
            "Items requested",
            "WH-40G-EL 40 gal electric water heater - qty 4\n"
            "WH-EXP-2G expansion tank - qty 4\n"
            "VLV-0075-BV 3/4 ball valve - qty 20",
        ),
        (
            "Comments",
            "Our last supplier delivered 2 heaters damaged and shorted us on valves twice,\n"
            "so we are looking to switch. Need pricing and lead time, delivery to Cherry Hill.",
        ),
        ("Submitted", "11/25/2026 1:07 PM"),
    ]
    footer = (
        "This notification was sent by the Hollis Supply website form service. "
        "Replies go to the address the visitor entered."
    )
    text = "Request a quote - form WF-20431\n\n" + "\n".join(
        f"{label}: {value}" for label, value in fields
    )
    text += "\n\n" + footer + "\n"
    return email(
        "s28",
        head(
            WEBFORMS,
            "[Website] Request a quote #WF-20431",
            "Wed, 25 Nov 2026 13:10:44 -0500",
            "<wf-20431.1795644644@forms.distributor.example>",
            ("Reply-To", "Mara Quinn <mquinn@quinnpropertyservices.com>"),
            ("X-Mailer", "PHPMailer 6.9.1"),
        ),
        text,
        webform_html("Request a quote - form WF-20431", fields, footer),
    )


S29 = (
    """\
Hi,

Service log from the Ridgeway Elementary boiler room below. These came on
PO-76115 last October (your SO-104201).

DATE      TAG   ITEM          DESCRIPTION            QTY  RESULT
11/24/26  P-1   PMP-CIRC-015  1/25 HP circulator       1  seized - defective, won't start
11/24/26  P-2   PMP-CIRC-015  1/25 HP circulator       1  seized - defective, won't start
11/24/26  P-3   PMP-CIRC-015  1/25 HP circulator       1  ok, 0.7 A
11/24/26  MV-1  VLV-1250-TMV  1-1/4" mixing valve      1  ok, 120 F outlet

So 2 failed. Please warranty them.

"""
    + SIG_TOM
)

S30 = (
    """\
Hi,

Job's done at Procter St. Leftover sheet attached - it's the copper tube we
don't need, the rest got used. Can I bring it back for credit?

"""
    + SIG_ROSA
)

S31 = (
    """\
Good morning,

Attached is vendor debit memo VDM-2611 for invoice INV-88190 (PO 70296). The
3/4" ball valves were billed above the price your salesman quoted us. Please
send a credit memo for the difference.

"""
    + SIG_GRACE
)


def s32() -> bytes:
    table = [
        ("Item", "WH-40G-EL (40 gal electric, 4500 W)"),
        ("Quantity", "1"),
        ("Installed", "11/20/2026"),
        ("Serial", "2646E-118305"),
        ("Problem", "defective - lower element failed, no hot water"),
    ]
    blocks = [
        "Hello,",
        "",
        "I own a duplex and my plumber installed a new electric water heater that came from "
        "your company. It has already stopped heating. Details:",
        "",
        ("table", table),
        "",
        "I don't have an order number, the plumber bought it. Can I get a replacement under "
        "warranty? The address is 18 Cole St, Unit B.",
        "",
        "Thank you,",
        "Priya Raman",
    ]
    text = (
        "Hello,\n\nI own a duplex and my plumber installed a new electric water heater that\n"
        "came from your company. It has already stopped heating. Details:\n\n"
        + "\n".join(f"{k}\t{v}" for k, v in table)
        + "\n\nI don't have an order number, the plumber bought it. Can I get a\n"
        "replacement under warranty? The address is 18 Cole St, Unit B.\n\n"
        "Thank you,\nPriya Raman\n"
    )
    return email(
        "s32",
        head(
            "Priya Raman <praman.homes@gmail.com>",
            "Defective water heater - warranty?",
            "Tue, 01 Dec 2026 12:20:16 -0500",
            "<CAM9r2Lx0bTq5Yd8Nw1Fj3Kp7Vs4Hc6Ze2Ug0Ro9Ai5Tm1Q@mail.gmail.com>",
        ),
        text,
        gmail_html(blocks),
    )


S33 = """\
closeout sheet for PO 24460 attached. two lines coming back: the defective
ball valves and the tees we don't need, see the last 3 columns. the 10 extra
tees already went back on your truck last week.

Mike
"""

S34 = """\
Defect tag from the Ridley job attached. Please RA and replace.

Tom

Sent from my iPhone
"""

S35 = (
    """\
Hello,

New purchase order 70344 is attached. Please confirm pricing and the ship
date. Also, the replacement expansion tank for Bldg C arrived in good shape -
thank you.

"""
    + SIG_GRACE
)

S36 = (
    """\
Hi Ken / returns,

Our return request is below. The Brookside air handlers went to 4" media, so
these cases won't get used.

RETURN REQUEST
  Customer ........ Summit HVAC Services
  Supplier order .. SO-104238
  PO .............. 60418
  Item ............ HVC-FLT-1625-M11 (16x25x1 MERV 11, case of 12)
  Qty received .... 10 cases
  Qty to return ... 4 cases
  Reason .......... no longer needed - AHU change to 4" filters
  Condition ....... unopened, original cartons
  Pickup .......... Brookside dock, M-F 7-3

"""
    + SIG_RAJ
)

S37 = """\
Hi,

Scan of our return tag is attached, it's for the ball valves from PO 40917.
Please send an RA.

Thanks,
Rosa
"""


def jobs() -> list[tuple[str, bytes]]:
    """Every email of the set, in name order."""
    pdf, png, csv = "application/pdf", "image/png", "text/csv"
    return [
        ("s01-keystone-html-receiving-gate-valves-elbows.eml", s01()),
        (
            "s02-summit-pdf-discrepancy-tile-registers.eml",
            email(
                "s02",
                head(
                    RAJ,
                    "PO 60377 receiving discrepancy",
                    "Mon, 09 Nov 2026 10:41:09 -0500",
                    "<5D0E2A71-8C3B-4F19-A6E4-60377B1C9D02@summithvac.net>",
                    IPHONE,
                ),
                S02,
                files=[(summit_receiving_pdf(), pdf, "RDR-2026-0311.pdf")],
            ),
        ),
        (
            "s03-riverbend-tab-paste-pex-extra-coil.eml",
            email(
                "s03",
                head(
                    MIKE,
                    "PO 24519 - extra bags + crushed coil",
                    "Tue, 10 Nov 2026 09:05:33 -0500",
                    "<a81f3c2e-7d40-4b9e-9e12-24519c0ffee1@riverbendph.com>",
                    ("User-Agent", "Mozilla Thunderbird"),
                ),
                S03,
            ),
        ),
        ("s04-harbor-html-delivery-all-good.eml", s04()),
        (
            "s05-delgado-bullets-pipe-cut-unions.eml",
            email(
                "s05",
                head(
                    ROSA,
                    "PO-40988 pickup - two problems",
                    "Wed, 11 Nov 2026 08:47:12 -0500",
                    "<CAJx7mQo1sR9kMe0Pj6qUb8Jw4Fz3Sc7Ea2Yx8rIo5Tl0Wd@mail.gmail.com>",
                ),
                S05,
            ),
        ),
        (
            "s06-keystone-pdf-debit-memo-pumps-checks.eml",
            email(
                "s06",
                head(
                    DANA,
                    "Debit memo DM-26-0419 / INV-88133",
                    "Wed, 11 Nov 2026 11:30:46 -0500",
                    "<BN8PR11MB36217A30E5C2D84F19B6C0E3A5D71@BN8PR11MB3621.namprd11.prod.outlook.com>",
                    OUTLOOK,
                ),
                S06,
                files=[(keystone_debit_memo_pdf(), pdf, "DM-26-0419.pdf")],
            ),
        ),
        (
            "s07-harbor-form-expansion-tank-dented.eml",
            email(
                "s07",
                head(
                    GRACE,
                    "Vendor issue report VIR-1107 - PO 70288",
                    "Thu, 12 Nov 2026 09:15:27 -0500",
                    "<20261112141527.3C7E@harborpointpm.com>",
                    OUTLOOK,
                ),
                S07,
            ),
        ),
        (
            "s08-riverbend-xlsx-receiving-log.eml",
            email(
                "s08",
                head(
                    KAREN,
                    "Receiving log PO 24530 - 2 lines flagged",
                    "Thu, 12 Nov 2026 11:02:58 -0500",
                    "<SJ0PR08MB81544E2F0A9C3D71B5E6F0C2D8A17@SJ0PR08MB8154.namprd08.prod.outlook.com>",
                    OUTLOOK,
                ),
                S08,
                files=[
                    (
                        workbook(
                            riverbend_receiving_log, dt.datetime(2026, 11, 12, 15, 48), "K. Liu"
                        ),
                        XLSX,
                        "RCV_24530.xlsx",
                    )
                ],
            ),
        ),
        (
            "s09-summit-ap-pdf-debit-memo-tile.eml",
            email(
                "s09",
                head(
                    LINDA,
                    "Debit memo 3318 - INV-88109",
                    "Thu, 12 Nov 2026 14:25:14 -0500",
                    "<DM6PR17MB3908B1D4E7C2A05F93E8D6B4C1A20@DM6PR17MB3908.namprd17.prod.outlook.com>",
                    OUTLOOK,
                ),
                S09,
                files=[(summit_ap_debit_memo_pdf(), pdf, "DebitMemo_3318.pdf")],
            ),
        ),
        (
            "s10-summit-scan-discrepancy-tag-stats.eml",
            email(
                "s10",
                head(
                    RAJ,
                    "tag - PO 60455",
                    "Fri, 13 Nov 2026 08:05:41 -0500",
                    "<9B4C7E12-2F6A-4D83-B0C5-60455E3A1F77@summithvac.net>",
                    IPHONE,
                ),
                S10,
                files=[(summit_discrepancy_tag(), png, "Scan_QA3_1113.png")],
            ),
        ),
        (
            "s11-keystone-bullets-restock-order.eml",
            email(
                "s11",
                head(
                    TOM,
                    "New order PO-77866 - Ridley Twp",
                    "Fri, 13 Nov 2026 10:10:03 -0500",
                    "<MN2PR04MB6110C8E2A4F71D39B0E5C2A17F6B3@MN2PR04MB6110.namprd04.prod.outlook.com>",
                    ("Cc", DESK),
                    OUTLOOK,
                    to="Joanne Pike <jpike@distributor.example>",
                ),
                S11,
            ),
        ),
        (
            "s12-harbor-csv-count-registers-over.eml",
            email(
                "s12",
                head(
                    LUIS,
                    "PO 70296 count",
                    "Mon, 16 Nov 2026 13:40:19 -0500",
                    "<20261116184019.8D2B@harborpointpm.com>",
                    OUTLOOK,
                ),
                S12,
                files=[(csv_bytes(HARBOR_COUNT_CSV), csv, "PO70296_count.csv")],
            ),
        ),
        (
            "s13-keystone-foreman-aligned-prv-wrong.eml",
            email(
                "s13",
                head(
                    "Jerry Kowalski <jkowalski@keystonemech.com>",
                    "wrong PRVs on PO-77812",
                    "Mon, 16 Nov 2026 14:55:30 -0500",
                    "<c3e9d0b4-1a7f-4e26-8b55-77812ab4e0f9@keystonemech.com>",
                    ("User-Agent", "Mozilla Thunderbird"),
                ),
                S13,
            ),
        ),
        (
            "s14-harbor-scan-work-order-summit-stats.eml",
            email(
                "s14",
                head(
                    LUIS,
                    "2 bad thermostats - Summit's order SO-104244",
                    "Tue, 17 Nov 2026 09:30:12 -0500",
                    "<20261117143012.2A6F@harborpointpm.com>",
                    OUTLOOK,
                ),
                S14,
                files=[(harbor_work_order(), png, "WO-26-1207.png")],
            ),
        ),
        (
            "s15-summit-xlsx-job-leftovers-kept.eml",
            email(
                "s15",
                head(
                    RAJ,
                    "Ward Pkwy material closeout - FYI",
                    "Tue, 17 Nov 2026 12:00:55 -0500",
                    "<E17A3C90-5B2D-4F6E-8A41-118CB7D2E9F0@summithvac.net>",
                    OUTLOOK,
                    ("Cc", DESK),
                    to="Ken Abernathy <kabernathy@distributor.example>",
                ),
                S15,
                files=[
                    (
                        workbook(summit_closeout, dt.datetime(2026, 11, 17, 16, 40), "R. Patel"),
                        XLSX,
                        "WardPkwy_closeout.xlsx",
                    )
                ],
            ),
        ),
        (
            "s16-riverbend-form-check-valve-unknown-po.eml",
            email(
                "s16",
                head(
                    KAREN,
                    "Return request RR-0457 - check valve",
                    "Wed, 18 Nov 2026 08:20:41 -0500",
                    "<SJ0PR08MB8154D2A7C0E93F15B8A4E6C0D3B92@SJ0PR08MB8154.namprd08.prod.outlook.com>",
                    OUTLOOK,
                ),
                S16,
            ),
        ),
        (
            "s17-summit-pdf-ra-request-wifi-stats.eml",
            email(
                "s17",
                head(
                    RAJ,
                    "RA request RAR-1182",
                    "Wed, 18 Nov 2026 10:45:08 -0500",
                    "<0C6F1D83-9E2A-4B57-A3D8-60418F0E2C44@summithvac.net>",
                    IPHONE,
                ),
                S17,
                files=[(summit_ra_request_pdf(), pdf, "RAR-1182.pdf")],
            ),
        ),
        (
            "s18-keystone-xlsx-returns-checks-unions.eml",
            email(
                "s18",
                head(
                    TOM,
                    "PO-77830 returns - pump room redesign",
                    "Thu, 19 Nov 2026 09:10:26 -0500",
                    "<MN2PR04MB6110E5B3D9A2C07F48E1B6D90A3C5@MN2PR04MB6110.namprd04.prod.outlook.com>",
                    OUTLOOK,
                ),
                S18,
                files=[
                    (
                        workbook(
                            keystone_return_list, dt.datetime(2026, 11, 19, 13, 55), "tmorales"
                        ),
                        XLSX,
                        "RTV PO-77830.xlsx",
                    )
                ],
            ),
        ),
        ("s19-delgado-gmail-tank-wrong-po.eml", s19()),
        (
            "s20-riverbend-csv-rpz-not-needed.eml",
            email(
                "s20",
                head(
                    MIKE,
                    "RPZ return? PO 24415",
                    "Fri, 20 Nov 2026 08:40:17 -0500",
                    "<5e2b9f70-c4d1-4a38-b6e0-24415d7a3b21@riverbendph.com>",
                    ("User-Agent", "Mozilla Thunderbird"),
                ),
                S20,
                files=[(csv_bytes(RIVERBEND_RPZ_CSV, crlf=False), csv, "closeout-24415.csv")],
            ),
        ),
        ("s21-summit-html-condensate-pump-dead.eml", s21()),
        (
            "s22-delgado-rma-status-question.eml",
            email(
                "s22",
                head(
                    ROSA,
                    "status? returns from PO-40988",
                    "Fri, 20 Nov 2026 14:30:37 -0500",
                    "<CAJx7mQr5wU2pOg3Sl9tXe2Mz7Ic6Vf0Hd5Ba1uLr8Wo3Zf@mail.gmail.com>",
                ),
                S22,
            ),
        ),
        (
            "s23-harbor-pdf-return-request-filters.eml",
            email(
                "s23",
                head(
                    GRACE,
                    "Return authorization request HP-RA-0093 (PO 70231)",
                    "Mon, 23 Nov 2026 09:20:44 -0500",
                    "<20261123142044.6B9D@harborpointpm.com>",
                    OUTLOOK,
                ),
                S23,
                files=[(harbor_ra_request_pdf(), pdf, "HP-RA-0093.pdf")],
            ),
        ),
        ("s24-keystone-html-invoice-copper-valves.eml", s24()),
        (
            "s25-harbor-bullets-registers-late.eml",
            email(
                "s25",
                head(
                    LUIS,
                    "more bad registers PO 70296",
                    "Tue, 24 Nov 2026 08:55:09 -0500",
                    "<20261124135509.1E4C@harborpointpm.com>",
                    OUTLOOK,
                ),
                S25,
            ),
        ),
        ("s26-webform-prv-creeping-tech.eml", s26()),
        (
            "s27-riverbend-csv-stocktake-extra-tees.eml",
            email(
                "s27",
                head(
                    KAREN,
                    "Stocktake - extra tees PO 24460",
                    "Wed, 25 Nov 2026 09:35:22 -0500",
                    "<SJ0PR08MB8154A9C4E1B07D52F6E3A8B1C0D64@SJ0PR08MB8154.namprd08.prod.outlook.com>",
                    OUTLOOK,
                ),
                S27,
                files=[(csv_bytes(RIVERBEND_STOCKTAKE_CSV), csv, "stocktake_2611.csv")],
            ),
        ),
        ("s28-webform-quote-request.eml", s28()),
        (
            "s29-keystone-aligned-circulators-2025.eml",
            email(
                "s29",
                head(
                    TOM,
                    "failed circulators - Ridgeway ES (PO-76115)",
                    "Mon, 30 Nov 2026 08:30:51 -0500",
                    "<MN2PR04MB611029D7B4E0A1C86F3E5D2B7A0C8@MN2PR04MB6110.namprd04.prod.outlook.com>",
                    OUTLOOK,
                ),
                S29,
            ),
        ),
        (
            "s30-delgado-xlsx-leftover-copper.eml",
            email(
                "s30",
                head(
                    ROSA,
                    "leftover copper PO-40962",
                    "Mon, 30 Nov 2026 10:50:03 -0500",
                    "<CAJx7mQs8yV4rPh5Tm0uYf3Na8Jd7Wg1Ie6Cb2vMs9Xp4Ag@mail.gmail.com>",
                ),
                S30,
                files=[
                    (
                        workbook(delgado_leftovers, dt.datetime(2026, 11, 30, 15, 31), "Rosa"),
                        XLSX,
                        "leftovers Procter St.xlsx",
                    )
                ],
            ),
        ),
        (
            "s31-harbor-pdf-debit-memo-ball-valves.eml",
            email(
                "s31",
                head(
                    GRACE,
                    "Vendor debit memo VDM-2611 - INV-88190",
                    "Tue, 01 Dec 2026 09:05:38 -0500",
                    "<20261201140538.9F3A@harborpointpm.com>",
                    OUTLOOK,
                ),
                S31,
                files=[(harbor_vendor_debit_pdf(), pdf, "VDM-2611.pdf")],
            ),
        ),
        ("s32-homeowner-gmail-heater-no-order.eml", s32()),
        (
            "s33-riverbend-csv-closeout-tees-valves.eml",
            email(
                "s33",
                head(
                    MIKE,
                    "PO 24460 closeout - returns",
                    "Wed, 02 Dec 2026 09:40:29 -0500",
                    "<7c4d1e83-a9b2-4f06-8d17-24460e5f2a90@riverbendph.com>",
                    ("User-Agent", "Mozilla Thunderbird"),
                ),
                S33,
                files=[(csv_bytes(RIVERBEND_CLOSEOUT_CSV, crlf=False), csv, "closeout-24460.csv")],
            ),
        ),
        (
            "s34-keystone-scan-defect-tag-pex.eml",
            email(
                "s34",
                head(
                    TOM,
                    "defect tag 0588",
                    "Wed, 02 Dec 2026 14:10:45 -0500",
                    "<F2A8C51D-7E03-4B9A-9C62-77812D0E4B18@keystonemech.com>",
                    IPHONE,
                ),
                S34,
                files=[(keystone_defect_tag(), png, "tag0588.png")],
            ),
        ),
        (
            "s35-harbor-pdf-new-purchase-order.eml",
            email(
                "s35",
                head(
                    GRACE,
                    "PO 70344 - please confirm",
                    "Thu, 03 Dec 2026 09:15:56 -0500",
                    "<20261203141556.4C8E@harborpointpm.com>",
                    OUTLOOK,
                ),
                S35,
                files=[(harbor_purchase_order_pdf(), pdf, "PO-70344.pdf")],
            ),
        ),
        (
            "s36-summit-form-filters-not-needed.eml",
            email(
                "s36",
                head(
                    RAJ,
                    "Return request - filters PO 60418",
                    "Thu, 03 Dec 2026 11:30:33 -0500",
                    "<PH0PR19MB52737D1A0E4C9B38F2A6E5D0C1B47@PH0PR19MB5273.namprd19.prod.outlook.com>",
                    OUTLOOK,
                ),
                S36,
            ),
        ),
        (
            "s37-delgado-scan-return-tag-valves.eml",
            email(
                "s37",
                head(
                    ROSA,
                    "return tag - PO 40917",
                    "Fri, 04 Dec 2026 10:20:18 -0500",
                    "<CAJx7mQt0zW6sQi7Un1vZg4Ob9Ke8Xh2Jf7Dc3wNt0Yq5Bh@mail.gmail.com>",
                ),
                S37,
                files=[(delgado_return_tag(), png, "return tag.png")],
            ),
        ),
    ]


# ---------------------------------------------------------------- uploads

PORTAL_S38 = {
    "order_number": "SO-104202",
    "lines": [{"sku": "WH-EXP-2G", "quantity": 1, "reason": "DEFECTIVE"}],
    "note": "Expansion tank at the Oak Hollow duplex is waterlogged - the bladder failed and the "
    "relief valve on the heater weeps. It went in with the gas heaters in fall 2025.",
}

UPLOAD_S39 = """\
RIVERBEND PLUMBING & HEATING
RETURN REQUEST FORM  (rev. 2)
=============================
Request no.      : RR-0463
Supplier         : Hollis Supply
Supplier order # : SO-104214
Our PO           : 24388
Item / part #    : VLV-3100-CK
Description      : 3" cast iron swing check valve, flanged
Qty received     : 4
Qty to return    : 1
Reason           : WRONG ITEM - the carton held a 3" wafer check, not the
                   flanged swing check that was ordered
Found            : stocktake 11/30, carton never opened before
Requested        : exchange for the correct valve
=============================
"""

UPLOAD_S40 = (
    "SiteLog export - deliveries received, November 2026\n"
    "date\tsupplier\tpo\titem\tordered\treceived\tdamaged\tshort\tstatus\n"
    "11/02/2026\tHollis\t60377\tCLG-TILE-24-ACU\t40\t38\t0\t2\tclosed - credited\n"
    "11/02/2026\tHollis\t60377\tHVC-REG-1006-W\t30\t30\t5\t0\tclosed - credited\n"
    "11/05/2026\tHollis\t60418\tTST-7500-PRO\t12\t12\t0\t0\tclosed\n"
    "11/12/2026\tHollis\t60455\tHVC-CND-PUMP\t10\t10\t0\t0\tclosed\n"
    "11/12/2026\tHollis\t60455\tTST-2100-NP\t12\t12\t0\t0\tclosed - swap done\n"
    "\n"
    "Open issues: 0\n"
    "Generated 12/01/2026 for month-end filing. No action required.\n"
)


def uploads() -> list[tuple[str, bytes]]:
    portal = json.dumps(PORTAL_S38, indent=2) + "\n"
    return [
        ("s38-portal-expansion-tank-old-order.json", portal.encode("ascii")),
        ("s39-upload-return-request-check-valve.txt", UPLOAD_S39.replace("\n", "\r\n").encode()),
        ("s40-upload-delivery-reconciliation.txt", UPLOAD_S40.encode("ascii")),
    ]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in jobs() + uploads():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
