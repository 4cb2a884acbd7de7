"""Write the 40 requests of heldout40 into requests/ (or into the folder given).

Usage: python make_attachments.py [TARGET_DIR]

Every byte is fixed by this script: dates, Message-IDs, MIME boundaries, the seeds of
the picture noise, the PDF creation date and the workbook's stored times. The mail is
built with the standard `email` package (CRLF line ends), images are drawn with
Pillow (its bundled font only) and numpy, the PDFs with fpdf2 (core Helvetica), the workbook
with openpyxl, then re-zipped with pinned entry times.
"""

import csv
import io
import json
import re
import sys
import zipfile
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import numpy as np
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
DESK = "Tidewater Returns Desk <returns@tidewatersupply.example>"
CRLF78 = policy.SMTP.clone(max_line_length=78)


# ---------------------------------------------------------------- text helpers


def para(text):
    """Dictated text: each blank-line separated block becomes one long line."""
    blocks = [" ".join(b.split()) for b in text.strip().split("\n\n")]
    return "\n\n".join(blocks) + "\n"


def body(text):
    """A typed body: the source block without its outer blank lines or trailing blanks."""
    kept = [row.rstrip() for row in text.strip("\n").splitlines()]
    return "\n".join(kept) + "\n"


def quote(text):
    """Quote a text the way most clients do: '> ' before each line."""
    return "".join(("> " + line).rstrip() + "\n" for line in text.rstrip("\n").split("\n"))


def font(size):
    return ImageFont.load_default(size=size)


# ---------------------------------------------------------------- mail helpers


def new_mail(headers):
    msg = EmailMessage(policy=CRLF78)
    for key, value in headers:
        msg[key] = value
    return msg


def text_content(msg, text, cte="7bit", flowed=False, charset="us-ascii"):
    msg.set_content(text, subtype="plain", charset=charset, cte=cte)
    if flowed:
        msg.set_param("format", "flowed")


def pin_boundaries(msg, tag):
    """Give every multipart a boundary of its own, fixed by this script."""
    count = 0
    for part in msg.walk():
        if part.is_multipart():
            count += 1
            part.set_boundary(f"----=_Part_{tag}_{count:02d}_0A7C")
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]


def attach(msg, data, maintype, subtype, filename):
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


# ---------------------------------------------------------------- pictures


def photo_noise(img, rng, amount):
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0.0, amount, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def jpeg(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def receiving_log_photo():
    """s07: a phone photo of Summit's printed receiving log, pen marks on it."""
    rng = np.random.default_rng(400711)
    sheet = Image.new("RGB", (900, 620), (246, 244, 236))
    d = ImageDraw.Draw(sheet)
    d.text((40, 30), "SUMMIT HVAC SERVICES", font=font(40), fill=(30, 30, 34))
    d.text((40, 82), "RECEIVING LOG", font=font(32), fill=(30, 30, 34))
    d.text((40, 140), "PO-60418     RCVD 11/05/2026", font=font(30), fill=(25, 25, 30))
    d.line((40, 190, 860, 190), fill=(60, 60, 60), width=3)
    d.text((40, 205), "ITEM", font=font(28), fill=(25, 25, 30))
    d.text((430, 205), "ORD", font=font(28), fill=(25, 25, 30))
    d.text((560, 205), "RCVD", font=font(28), fill=(25, 25, 30))
    d.text((700, 205), "NOTE", font=font(28), fill=(25, 25, 30))
    d.line((40, 248, 860, 248), fill=(60, 60, 60), width=2)
    rows = [
        ("TST-7500-PRO", "12", "12", "OK"),
        ("TST-2100-NP", "20", "24", "OVER 4"),
        ("HVC-FLT-1625-M11", "10", "10", "OK"),
    ]
    y = 268
    for item, ordered, rcvd, note in rows:
        d.text((40, y), item, font=font(30), fill=(25, 25, 30))
        d.text((440, y), ordered, font=font(30), fill=(25, 25, 30))
        pen = (22, 40, 120)
        d.text((575, y - 2), rcvd, font=font(34), fill=pen)
        d.text((700, y - 2), note, font=font(30), fill=pen)
        y += 70
    d.text((40, 500), "CHECKED BY  T. NGUYEN", font=font(28), fill=(22, 40, 120))
    d.line((566, 384, 640, 380), fill=(22, 40, 120), width=3)
    sheet = sheet.rotate(-3.2, resample=Image.BICUBIC, expand=True, fillcolor=(92, 70, 52))
    desk = Image.new("RGB", (1040, 780), (92, 70, 52))
    grain = rng.normal(0, 9, (780, 1040, 1)).repeat(3, axis=2)
    desk = Image.fromarray(np.clip(np.asarray(desk) + grain, 0, 255).astype(np.uint8))
    desk.paste(sheet, (46, 58))
    shade = np.linspace(1.0, 0.78, 1040)[None, :, None]
    desk = Image.fromarray(np.clip(np.asarray(desk) * shade, 0, 255).astype(np.uint8))
    desk = photo_noise(desk, rng, 5.0).filter(ImageFilter.GaussianBlur(0.7))
    return jpeg(desk, 82)


def filter_case_photo():
    """s12: a phone photo of a wet filter case end panel, the maker's label on it."""
    rng = np.random.default_rng(401302)
    w, h = 1000, 760
    base = np.zeros((h, w, 3), np.float32)
    base[:] = (176, 140, 96)
    base += rng.normal(0, 6, (h, w, 1))
    yy, xx = np.mgrid[0:h, 0:w]
    stain = np.exp(-(((xx - 430) / 460.0) ** 2 + ((yy - 700) / 170.0) ** 2))
    tide = np.abs(yy - (600 + 40 * np.sin(xx / 90.0))) < 5
    base *= (1.0 - 0.5 * stain - 0.12 * tide)[..., None]
    card = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    label = Image.new("RGB", (640, 330), (238, 236, 228))
    d = ImageDraw.Draw(label)
    d.rectangle((0, 0, 639, 329), outline=(40, 40, 40), width=4)
    d.text((28, 20), "PLEATED AIR FILTER", font=font(42), fill=(20, 20, 20))
    d.text((28, 86), "16x25x1   MERV 11", font=font(46), fill=(20, 20, 20))
    d.text((28, 160), "12 FILTERS PER CASE", font=font(34), fill=(20, 20, 20))
    d.text((28, 220), "UPC 061234516251", font=font(34), fill=(20, 20, 20))
    d.text((28, 274), "THIS SIDE UP", font=font(26), fill=(20, 20, 20))
    card.paste(label, (250, 150))
    card = card.rotate(2.4, resample=Image.BICUBIC, fillcolor=(70, 64, 58))
    card = photo_noise(card, rng, 6.0).filter(ImageFilter.GaussianBlur(0.8))
    return jpeg(card, 80)


def counter_ticket_fax():
    """s22: a faxed counter pick ticket, one bit per pixel."""
    rng = np.random.default_rng(402010)
    page = Image.new("L", (1100, 820), 255)
    d = ImageDraw.Draw(page)
    d.text((20, 10), "NOV 20 2026 09:41   DELGADO SONS   P.01/01", font=font(24), fill=0)
    d.text((60, 70), "TIDEWATER PIPE & SUPPLY", font=font(44), fill=0)
    d.text((60, 126), "COUNTER PICK TICKET  CT-30517", font=font(34), fill=0)
    d.text((60, 190), "CUSTOMER  DELGADO & SONS PLUMBING", font=font(30), fill=0)
    d.text((60, 236), "PO-40988        DATE 11/06/2026", font=font(30), fill=0)
    d.line((60, 290, 1040, 290), fill=0, width=3)
    d.text((60, 310), "2 IN BLK STL PIPE CUT     120 FT", font=font(30), fill=0)
    d.text((60, 370), "1-1/2 BLK MI UNION         12 PCS", font=font(30), fill=0)
    d.text((60, 430), "1 IN BRASS BALL VALVE      10 PCS", font=font(30), fill=0)
    d.text((720, 362), "@ 10.50", font=font(40), fill=0)
    d.line((700, 410, 900, 404), fill=0, width=3)
    d.text((60, 540), "PICKED UP BY  E. SOTO", font=font(30), fill=0)
    d.text((60, 600), "COUNTER  J.W.", font=font(30), fill=0)
    page = page.rotate(0.9, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(page).astype(np.float32) + rng.normal(0, 22, (820, 1100))
    speck = rng.random((820, 1100)) < 0.0025
    arr[speck] = 0
    bw = Image.fromarray(np.where(arr > 140, 255, 0).astype(np.uint8)).convert("1")
    buf = io.BytesIO()
    bw.save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ---------------------------------------------------------------- documents


def damage_report_pdf():
    """s14: Keystone's one-page receiving damage report."""
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(datetime(2026, 11, 16, 13, 2, 41, tzinfo=UTC))
    pdf.set_producer("Keystone forms")
    pdf.set_title("Receiving damage report DR-1113")
    pdf.set_author("Keystone Mechanical Contractors")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "Keystone Mechanical Contractors", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 7, "Warehouse - Receiving Damage Report", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    fields = [
        ("Report no.", "DR-1113"),
        ("Our PO", "PO-77812"),
        ("Supplier", "Tidewater Pipe & Supply"),
        ("Carrier / delivered", "R+L Carriers, 11/05/2026"),
        ("Found", "11/13/2026, staging for job 58-210"),
        ("Item", '2" bronze gate valve, threaded'),
        ("Box barcode", "0718123456789"),
        ("Qty damaged", "3 pcs"),
        ("Damage", "handwheel broken, body cracked at bonnet"),
        ("Location in crate", "bottom layer, forklift side"),
        ("Reported by", "A. Saleh, warehouse lead"),
    ]
    for key, value in fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(52, 7, key)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        "Damaged pieces are tagged red and held in bay 4 until the supplier advises.",
    )
    return bytes(pdf.output())


def backflow_report_pdf():
    """s30: the tester's field test report for the RPZ assembly."""
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(datetime(2026, 11, 27, 20, 14, 9, tzinfo=UTC))
    pdf.set_producer("BPA Test Log 4.2")
    pdf.set_title("Backflow assembly test report 26-1187")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "BACKFLOW PREVENTION ASSEMBLY TEST REPORT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Report 26-1187     Tester: G. Amato, cert. BT-40912",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    rows = [
        ("Site", "Brookside water treatment plant, pump house 2"),
        ("Assembly", 'Reduced pressure zone, 3"'),
        ("Installed by", "Riverbend Plumbing & Heating"),
        ("Test type", "Initial, after installation"),
        ("Test date", "11/25/2026"),
        ("Check valve no. 1", "did not close tight - 0.8 psid (min 5.0)"),
        ("Relief valve", "discharging continuously"),
        ("Check valve no. 2", "closed tight"),
        ("Result", "FAILED"),
        ("Remarks", "Suspect factory defect in check no. 1. Assembly valved off."),
    ]
    for key, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(46, 7, key)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def return_list_xlsx():
    """s21: Riverbend's return list, the count only in here."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws.append(["Riverbend Plumbing & Heating - material return"])
    ws.append(["PO", "PO-24388"])
    ws.append(["Job", "Wexford boiler room"])
    ws.append([])
    ws.append(["Description", "Received", "Used", "To return", "Condition"])
    ws.append(['1-1/2" black malleable union', 30, 2, 28, "new, in bags"])
    ws.column_dimensions["A"].width = 34
    wb.properties.creator = "Karen Liu"
    wb.properties.lastModifiedBy = "Karen Liu"
    wb.properties.created = datetime(2026, 11, 19, 15, 31, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return repin_zip(buf.getvalue(), "2026-11-19T15:36:12Z", (2026, 11, 19, 10, 36, 12))


def repin_zip(data, stamp, when):
    """openpyxl stores the save time; rewrite it and every entry's time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    lambda m: m.group(1) + stamp + m.group(2),
                    text,
                )
                content = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, content)
    return out.getvalue()


def hillcrest_csv():
    """s27: Wes's sheet, both lines only in here."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["PO", "Line", "Description", "UPC", "Qty", "Issue"])
    writer.writerow(
        [
            "PO-24460",
            "2",
            '1" type L copper, 20 ft',
            "",
            "3",
            "not needed - job changed",
        ]
    )
    writer.writerow(
        [
            "PO-24460",
            "3",
            '3/4" ball valve, sweat',
            "071812340075",
            "3",
            "defective - leaking at stem packing",
        ]
    )
    return buf.getvalue().encode("ascii")


# ---------------------------------------------------------------- the requests


def outlook_headers(sender, subject, date, msgid, thread_index, extra=()):
    return [
        ("From", sender),
        ("To", DESK),
        ("Subject", subject),
        ("Thread-Topic", subject.removeprefix("RE: ")),
        ("Thread-Index", thread_index),
        ("Date", date),
        ("Message-ID", msgid),
        *extra,
        ("Accept-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]


def iphone_headers(sender, subject, date, msgid):
    return [
        ("Subject", subject),
        ("From", sender),
        ("Date", date),
        ("Message-Id", msgid),
        ("To", DESK),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]


def thunderbird_headers(sender, subject, date, msgid, extra=()):
    return [
        ("Message-ID", msgid),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("To", DESK),
        ("From", sender),
        ("Subject", subject),
        *extra,
    ]


def gmail_headers(sender, subject, date, msgid, extra=()):
    return [
        ("MIME-Version", "1.0"),
        ("Date", date),
        ("Message-ID", msgid),
        *extra,
        ("Subject", subject),
        ("From", sender),
        ("To", DESK),
    ]


TOM = "Tom Morales <tmorales@keystonemech.com>"
DANA = "Dana Ruiz <ap@keystonemech.com>"
KAREN = "Karen Liu <office@riverbendph.com>"
MIKE = "Mike O'Brien <mike.obrien@riverbendph.com>"
RAJ = "Raj Patel <raj.patel@summithvac.net>"
LUIS = "Luis Ortega <maintenance@harborpointpm.com>"
ROSA = "Rosa Delgado <rosa@delgadoplumbing.com>"
OLEKSANDR = "Oleksandr Bondar <obondar@harborpointpm.com>"

TOM_SIG = """
Tom Morales
Site Manager | Keystone Mechanical Contractors
c. 610-555-0173
"""

KAREN_SIG = """
Karen Liu
Office & dispatch
Riverbend Plumbing & Heating
Office 937-555-0164 | Fax 937-555-0165
"""

LUIS_SIG = """
Luis Ortega
Facilities maintenance lead
Harbor Point Property Management
757-555-0138 (office) / 757-555-0152 (cell)
"""

S08_TEXT = (
    """
Good morning,

Your truck dropped PO 70231 on Monday. We opened the register boxes today
for the unit turnovers in building B: a dozen of the 10x6 floor registers
are bent, louvers pushed in, can't put them down. The rest of the boxes
are OK.

Please replace or credit the bent ones. We'll hold them in the shop.

Thanks,
"""
    + LUIS_SIG
)

S10_TEXT = (
    """
Good morning,

The R+L delivery for PO 24530 came in yesterday afternoon. Two inner
boxes of the 1" copper 90s (25 to a box) were crushed flat on the bottom
of the skid and the fittings are out of round - 50 elbows total. Driver
wrote "2 ctns crushed" on the delivery receipt, pro RL123512650.

Everything else on the skid looked fine, PRVs and ball valves included.

Let me know if you need the bad elbows back or pictures.

Thanks,
"""
    + KAREN_SIG
)

S24_TEXT = """
Good morning,

Two things on INV-88098 (our PO-77790):

1. Line 1, KM-20100, 30 lengths - invoiced at $76.40 per length, but our
   PO and your order confirmation both say $71.80. Please credit the
   difference on all 30.

2. The Larch Street job was cut back and we won't use twelve of the 1"
   ball valves from the same order. They're unopened. Please send an RA
   for those twelve.

Thank you,

Nadia Ferrante
Purchasing Coordinator
Keystone Mechanical Contractors
1140 Conestoga Pike, Lancaster PA 17602
610-555-0119
"""


def s01():
    msg = new_mail(
        outlook_headers(
            TOM,
            "PO-77812 copper 90s count off",
            "Mon, 9 Nov 2026 07:52:10 -0500",
            "<000c01dc5227$1b4e8a10$51eb9e30$@keystonemech.com>",
            "AQHdUidQv1x3QJ0Ny0K8eYt5Mb2kBg==",
        )
    )
    text_content(
        msg,
        body(
            """
Morning,

Went through the first drop on PO-77812 (the R+L one that came Thursday)
with the guys on Saturday. Packing slip has the 1" copper 90s at 150. We
counted 126 on the shelf, counted twice. Gate valves are all there, no
issue with those.

Put the missing 90s on the next truck or credit them, whichever is faster.
Job is 58-210.
"""
            + TOM_SIG
        ),
    )
    return msg


def s02():
    msg = new_mail(
        thunderbird_headers(
            "Thanh Nguyen <thanh.nguyen@summithvac.net>",
            "Damage on PO-60377 - ceiling tile",
            "Mon, 9 Nov 2026 10:14:33 -0500",
            "<6b1f0c3e-2d7a-4e51-9f0b-3c8a1d24e907@summithvac.net>",
        )
    )
    text_content(
        msg,
        body(
            """
Hello Tidewater team,

We receive PO-60377 last Monday (Nov 2) by the ODFL truck. Today we open
the pallet of ceiling tile for the job and 4 cartons is wet in the
bottom, the tiles is soft and have brown stain, can not install. Also 3
pieces of the floor register 10x6 is bent at the corner, maybe from the
pallet strap.

Please advise how to do. We can throw away the tiles here if you agree,
they are heavy to send back.

Thank you,
Thanh Nguyen
Warehouse / Receiving
Summit HVAC Services
Tel 614-555-0188
"""
        ),
        flowed=True,
    )
    return msg


def s03():
    msg = new_mail(
        iphone_headers(
            MIKE,
            "po 24519",
            "Tue, 10 Nov 2026 06:58:02 -0500",
            "<7A0E3C55-91B2-4F6D-A8C4-2E61D0B9F318@riverbendph.com>",
        )
    )
    text_content(
        msg,
        para(
            """
hey its mike from riverbend about po 24519 that came ups friday two things

one of the too coils of the three quarter pex the box was crushed flat
and the tubing is kinked in like five places so that coil is no good the
other coil is fine

second thing the crimp couplings are wrong we ordered the half inch pex
crimp couplings ten bags and what came is ten bags of half inch push fit
couplings not crimp we cant use those with are tools so all ten bags need
to go back and we need the right ones this week if possible

thanks mike

Sent from my iPhone
"""
        ),
        cte="quoted-printable",
    )
    msg.replace_header("Mime-Version", "1.0 (1.0)")
    return msg


def s04():
    msg = new_mail(
        outlook_headers(
            DANA,
            "INV-88133 - pricing on line 3 / extra circulators",
            "Tue, 10 Nov 2026 11:20:47 -0500",
            "<001101dc52f5$4c9d7e20$e5d87a60$@keystonemech.com>",
            "AQHdUvVMnX4gtf7Oq0m2RJp1c9dUEw==",
        )
    )
    plain = body(
        """
Hello,

We are reconciling INV-88133 (our PO-77830) before payment and line 3
does not match our PO. Pasted from both documents:

Line  Description                    Qty   Invoiced   Our PO
1     3" cast iron swing check         6     189.00   189.00
2     1-1/2" black union              40      10.80    10.80
3     Condensate pump w/ switch        8      64.90    61.50
4     Circulator pump 1/25 HP          4     139.00   139.00

Please issue a credit for the difference on line 3.

Also, receiving told me this morning that the crate held six circulator
pumps, not four. We only ordered four. The extra ones are set aside in
our warehouse; your driver can take them back or we can hold them for
pickup.

Regards,

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors
1140 Conestoga Pike, Lancaster PA 17602
610-555-0110

CONFIDENTIAL - for the named recipient only. If this message reached
you by mistake, tell us by reply and then delete it with its files.
"""
    )
    rows = [
        ("1", '3" cast iron swing check', "6", "189.00", "189.00"),
        ("2", '1-1/2" black union', "40", "10.80", "10.80"),
        ("3", "Condensate pump w/ switch", "8", "64.90", "61.50"),
        ("4", "Circulator pump 1/25 HP", "4", "139.00", "139.00"),
    ]
    cells = "".join(
        "<tr>" + "".join(f'<td style="padding:0 8px">{c}</td>' for c in row) + "</tr>\n"
        for row in rows
    )
    html = (
        "<html><head>\n"
        '<meta name="Generator" content="Microsoft Word 15">\n'
        "</head><body lang=EN-US>\n"
        "<div class=WordSection1>\n"
        "<p>Hello,</p>\n"
        "<p>We are reconciling INV-88133 (our PO-77830) before payment and line 3 does "
        "not match our PO. Pasted from both documents:</p>\n"
        '<table border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
        "<tr><th>Line</th><th>Description</th><th>Qty</th><th>Invoiced</th>"
        "<th>Our PO</th></tr>\n" + cells + "</table>\n"
        "<p>Please issue a credit for the difference on line 3.</p>\n"
        "<p>Also, receiving told me this morning that the crate held six circulator "
        "pumps, not four. We only ordered four. The extra ones are set aside in our "
        "warehouse; your driver can take them back or we can hold them for pickup.</p>\n"
        "<p>Regards,</p>\n"
        "<p>Dana Ruiz<br>Accounts Payable<br>Keystone Mechanical Contractors<br>"
        "1140 Conestoga Pike, Lancaster PA 17602<br>610-555-0110</p>\n"
        "<p style='font-size:8pt;color:gray'>CONFIDENTIAL - for the named recipient "
        "only. If this message reached you by mistake, tell us by reply and then "
        "delete it with its files.</p>\n"
        "</div></body></html>\n"
    )
    text_content(msg, plain)
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg


def s05():
    msg = new_mail(
        outlook_headers(
            TOM,
            "Estes delivery Friday - late again",
            "Tue, 10 Nov 2026 15:05:26 -0500",
            "<002301dc5314$a1c20b60$e5462220$@keystonemech.com>",
            "AQHdUxSh9q1m8Bk3U0C7i0Ff2dP0sQ==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

Not a claim, I just want this on file. The second load on PO-77812 (the
PRVs and the PEX coils) was promised for 7-9 am Friday and the Estes
truck showed up at 12:40. I had three guys standing around half the
morning waiting to unload. Everything on that load was there and in good
shape, nothing to send back.

That's the third time this fall a delivery has been way outside the
window. If it keeps up we'll start picking up ourselves. Can you talk to
dispatch?
"""
            + TOM_SIG
        ),
    )
    return msg


def s06():
    msg = new_mail(
        gmail_headers(
            "Efrain Soto <efrain@delgadosons.com>",
            "ball valves PO-40988 missing",
            "Wed, 11 Nov 2026 07:30:51 -0600",
            "<CAH3kq7wT1yJ0p_m4sVq9fG2b8n4Rz0cQe5uXk2L1dP9wA7mNsw@mail.gmail.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Good morning

I pick up the order PO-40988 at your counter last Friday. The paper say
10 ball valves 1 inch but when we open the box in the shop there is only
8 valves. The pipe and the unions is ok.

Please send the rest or make the credit. I can pass by the counter
Thursday.

Thanks
Efrain Soto
Delgado & Sons - yard
"""
        ),
        charset="utf-8",
    )
    return msg


def s07():
    msg = new_mail(
        outlook_headers(
            RAJ,
            "PO-60418 - extra thermostats",
            "Wed, 11 Nov 2026 13:05:12 -0500",
            "<00a401dc53cd$0f1b2c70$2d518550$@summithvac.net>",
            "AQHdU80PGyxwLVGFUKz9Nn6lO4Qd3A==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Hi,

PO-60418 came on your truck last Thursday. We ordered 20 of the basic
digital thermostats (the non-programmable ones) and there were 24 in the
cartons. Photo of our receiving log attached. The extra ones are boxed and
tagged - tell us if your driver should take them back next time he is
here.

The Wi-Fi thermostats and the filters on that PO were fine.

Raj Patel
Service Manager
Summit HVAC Services
"""
        ),
    )
    attach(msg, receiving_log_photo(), "image", "jpeg", "IMG_3318.jpeg")
    return msg


def s08():
    msg = new_mail(
        outlook_headers(
            LUIS,
            "PO 70231 floor registers",
            "Thu, 12 Nov 2026 08:40:05 -0500",
            "<000501dc5471$6e2a3b40$4a7eb1c0$@harborpointpm.com>",
            "AQHdVHFuKjtABHqT2U6qzVwBfW6oIQ==",
        )
    )
    text_content(msg, body(S08_TEXT))
    return msg


def s09():
    msg = new_mail(
        outlook_headers(
            KAREN,
            "PO 24561 - ship date?",
            "Thu, 12 Nov 2026 14:22:38 -0500",
            "<001f01dc54a1$3b7c9e10$b275da30$@riverbendph.com>",
            "AQHdVKE7fJ4QZn1Ra0CqyP2i3W8mGA==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi there,

Checking on PO 24561 (3 of the 3" check valves and 20 of the 1-1/2"
unions). Nothing has shipped yet as far as I can see. The crew at the
middle school is short without those check valves. Do you have a date?
If the valves are backordered, please ship the unions by themselves.

Thanks,
"""
            + KAREN_SIG
        ),
    )
    return msg


def s10():
    msg = new_mail(
        outlook_headers(
            KAREN,
            "PO 24530 - crushed elbow boxes",
            "Fri, 13 Nov 2026 07:15:44 -0500",
            "<002a01dc552e$9f0d4c80$dd27e580$@riverbendph.com>",
            "AQHdVS6fDUzGxq9lS0yTo0W1Zt7bPA==",
        )
    )
    text_content(msg, body(S10_TEXT))
    return msg


def s11():
    msg = new_mail(
        thunderbird_headers(
            "Ines Carvalho <icarvalho@summithvac.net>",
            "Two problems - PO-60418 and PO-60455",
            "Fri, 13 Nov 2026 09:48:19 -0500",
            "<b3e7a2f1-0c64-4d8e-bb19-7f52e6a0c4d3@summithvac.net>",
        )
    )
    text_content(
        msg,
        body(
            """
Good morning,

I write for two different orders, sorry to put them in one email.

1) PO-60418: of the simple thermostats (non programmable), two of them do
not turn on, the display stay black also with new batteries and with 24 V
on the terminals. The technicians installed them in the Oakmont offices
and took them off again, we have them here.

2) PO-60455: the packing list say 20 cases of the 16x25x1 filters, we
count only 17 cases in the delivery of yesterday (Thursday). The pumps
and the thermostats of this order are complete.

Please can you verify both and send me the RMA or the credit.

Obrigada / thank you,
Ines Carvalho
Purchasing
Summit HVAC Services
"""
        ),
        flowed=True,
    )
    return msg


def s12():
    msg = new_mail(
        gmail_headers(
            OLEKSANDR,
            "Filters wet - PO 70231",
            "Fri, 13 Nov 2026 11:02:57 -0500",
            "<CAJ8mZ0u4vYc2QpL7fX1eW9r3tBn6kDs0hG5aVj8oPq2yNz4cRg@mail.gmail.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Hello,

I am technician in Harbor Point maintenance. The filters from PO 70231
(delivery on Monday) I take today for the filter change and all cases are
wet from the bottom, the cardboard is soft and the filters inside are wet
and bent. It is all 24 cases of the 16x25x1, every one. Luis say the
driver leave the pallet outside near the door in the rain. I send photo
of one case.

We cannot use this filters. Please what we do?

Regards
Oleksandr Bondar
Maintenance technician
Harbor Point Property Management
"""
        ),
    )
    attach(msg, filter_case_photo(), "image", "jpeg", "20261113_104412.jpg")
    return msg


def s13():
    msg = new_mail(
        outlook_headers(
            LUIS,
            "RE: PO 70231 floor registers",
            "Fri, 13 Nov 2026 15:36:21 -0500",
            "<001201dc5574$7c4b2d90$74e188b0$@harborpointpm.com>",
            "AQHdVHFuKjtABHqT2U6qzVwBfW6oIQIbcR3a",
            extra=(
                ("In-Reply-To", "<000501dc5471$6e2a3b40$4a7eb1c0$@harborpointpm.com>"),
                ("References", "<000501dc5471$6e2a3b40$4a7eb1c0$@harborpointpm.com>"),
            ),
        )
    )
    text_content(
        msg,
        body(
            """
One more on the same delivery, sorry, should have caught it yesterday.
The thermostat carton was supposed to hold 10 of the basic digital stats
and it had 7. The slip says 10.

Luis

________________________________
From: Luis Ortega <maintenance@harborpointpm.com>
Sent: Thursday, November 12, 2026 8:40 AM
To: Tidewater Returns Desk <returns@tidewatersupply.example>
Subject: PO 70231 floor registers
"""
            + S08_TEXT
        ),
    )
    return msg


def s14():
    msg = new_mail(
        outlook_headers(
            "Ahmed Saleh <asaleh@keystonemech.com>",
            "Damage report PO-77812 gate valves",
            "Mon, 16 Nov 2026 08:05:39 -0500",
            "<003b01dc57f1$2e5a7c40$8b0f74c0$@keystonemech.com>",
            "AQHdV/EuWnxArDMO7kWR2c1vQk5Z9g==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Dear Sir/Madam,

Kindly find attached our internal damage report for PO-77812. When we
was staging the bronze gate valves for the job on Friday we found 3 pcs
with the handwheel broken and the body cracked at the bonnet. They was
in the bottom layer of the crate, barcode 0718123456789 on the box. The
crate came with R+L on 5 Nov.

Kindly advise for the return of the 3 pcs and the credit.

Best regards,
Ahmed Saleh
Warehouse Lead
Keystone Mechanical Contractors
Tel. 610-555-0126 ext 14
"""
        ),
    )
    attach(msg, damage_report_pdf(), "application", "pdf", "DR-1113_PO-77812.pdf")
    return msg


def s15():
    ack = (
        """
From: Tidewater Returns Desk <returns@tidewatersupply.example>
Sent: Friday, November 13, 2026 9:02 AM
To: Karen Liu <office@riverbendph.com>
Subject: RE: PO 24530 - crushed elbow boxes

Hello Karen,

Thank you, we have opened case 1173 for 50 x FTG-CU-E90-100 damaged on
SO-104243 (your PO 24530). The credit will follow once the carrier claim
is filed. No need to send the elbows back unless we ask.

Marguerite Osei
Returns Desk | Tidewater Pipe & Supply

From: Karen Liu <office@riverbendph.com>
Sent: Friday, November 13, 2026 7:15 AM
To: Tidewater Returns Desk <returns@tidewatersupply.example>
Subject: PO 24530 - crushed elbow boxes
"""
        + S10_TEXT
    )
    msg = new_mail(
        outlook_headers(
            KAREN,
            "RE: PO 24530 - crushed elbow boxes",
            "Mon, 16 Nov 2026 10:31:07 -0500",
            "<004c01dc5805$8d2e1f50$a78a5df0$@riverbendph.com>",
            "AQHdVS6fDUzGxq9lS0yTo0W1Zt7bPAIcQx1kAb3tE0Y=",
            extra=(
                (
                    "In-Reply-To",
                    "<20261113140208.1173.returns@tidewatersupply.example>",
                ),
                (
                    "References",
                    (
                        "<002a01dc552e$9f0d4c80$dd27e580$@riverbendph.com> "
                        "<20261113140208.1173.returns@tidewatersupply.example>"
                    ),
                ),
            ),
        )
    )
    text_content(
        msg,
        body(
            """
Hi Marguerite,

Correction on this one, sorry. The guys went through the two crushed
boxes again this morning and only 30 of the elbows are actually bad. The
other 20 rounded back out with the sizing tool and they're using them. So
it's 30, not 50.

Karen
"""
            + ack
        ),
    )
    return msg


def s16():
    msg = new_mail(
        outlook_headers(
            RAJ,
            "PO-60455 condensate pumps - 12 not 10",
            "Mon, 16 Nov 2026 13:47:55 -0500",
            "<00c701dc5821$0a7d3e60$1f77bb20$@summithvac.net>",
            "AQHdWCEKfdZGs0S3k1y8Gm0cR1fJxw==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

Another one on PO-60455. Our PO was for 10 condensate pumps (HVC-CND-PMP)
and the UPS boxes held 12. Ines already wrote on Friday about the filters
on this PO, this is separate.

We'll keep the extras on the shelf until you send a call tag.

Raj
"""
        ),
    )
    return msg


def s17():
    msg = new_mail(
        gmail_headers(
            OLEKSANDR,
            "PO 70296 ball valves wrong + registers return",
            "Tue, 17 Nov 2026 08:22:14 -0500",
            "<CAJ8mZ0sN2qW5eT9yU1iO3pA7sD4fG6hJ8kL0zX2cV4bN6mQ1wE@mail.gmail.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Hello,

Yesterday come your truck with PO 70296. Two things:

- Ball valves: we order 3/4 inch sweat, 12 pcs. In the box all 12 are
  1/2 inch. Wrong size, we need 3/4.
- Floor registers 10x6: Luis say we have too many now, because the
  renovation in building C is cancelled. We want to return 15 of the 40.
  They are new, in the box.

Thank you
Oleksandr
"""
        ),
    )
    return msg


def s18():
    msg = new_mail(
        iphone_headers(
            MIKE,
            "po 24530 extra pvc tees",
            "Tue, 17 Nov 2026 12:10:46 -0500",
            "<E1C9D7A2-3B58-4F0E-9D61-8A2F47C0B5E3@riverbendph.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Karens order 24530 - found two boxes of 2" PVC tees on that skid, 25 in
each box, 50 total. We never ordered any PVC on this PO. They're sitting
in the shop - come grab them or let me know where they should go.

Mike O'Brien
Riverbend P&H

Sent from my iPhone
"""
        ),
    )
    msg.replace_header("Mime-Version", "1.0 (1.0)")
    return msg


def s19():
    msg = new_mail(
        gmail_headers(
            "Dale Whitcomb <dale.whitcomb.plumbing@gmail.com>",
            "circulator pump dead - SO-104235",
            "Wed, 18 Nov 2026 09:12:30 -0500",
            "<CAPx7Lm2fQ9zR4vN1sK8tW0yB3cE6hU5jI2oA9dG7lM4nX1pT0q@mail.gmail.com>",
        )
    )
    plain = body(
        """
Hello,

I'm a sub for Keystone Mechanical on the Larchmont school boiler job. One
of the cast iron circulators from your order SO-104235 seized after two
days of running - motor hums, shaft won't turn, breaker trips. It went in
new on the 16th. The pump is off the system and tagged.

Keystone's PM told me to send this to you direct. Serial on the pump
plate is C15-26-38817.

Dale Whitcomb
Whitcomb Plumbing & Hydronics
(610) 555-0191
"""
    )
    html = (
        '<div dir="ltr"><div>Hello,</div><div><br></div><div>I&#39;m a sub for Keystone '
        "Mechanical on the Larchmont school boiler job. One of the cast iron circulators "
        "from your order SO-104235 seized after two days of running - motor hums, shaft "
        "won&#39;t turn, breaker trips. It went in new on the 16th. The pump is off the "
        "system and tagged.</div><div><br></div><div>Keystone&#39;s PM told me to send "
        "this to you direct. Serial on the pump plate is C15-26-38817.</div><div><br>"
        '</div><div><div dir="ltr" class="gmail_signature">Dale Whitcomb<br>Whitcomb '
        "Plumbing &amp; Hydronics<br>(610) 555-0191</div></div></div>\n"
    )
    text_content(msg, plain, charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


def s20():
    msg = new_mail(
        outlook_headers(
            ROSA,
            "PO-40962 elbows are 45s",
            "Wed, 18 Nov 2026 15:03:18 -0600",
            "<000b01dc58f4$6c1a2e30$44e28a90$@delgadoplumbing.com>",
            "AQHdWPRsGi4wDDzBw0mN5rQ2yF1k7A==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

Going through the copper fittings from PO-40962 for the Alvarez remodel.
One of the bags marked E90-100 (1" 90s) has 25 pieces of 1" 45s in it.
Wrong fitting. The rest of the 90s are good.

Can you swap those for 90s? I can bring the 45s to the counter.

Thank you!
Rosa D.
Delgado & Sons Plumbing - office
(830) 555-0146
"""
        ),
    )
    return msg


def s21():
    msg = new_mail(
        outlook_headers(
            KAREN,
            "Return request - PO-24388 unions",
            "Thu, 19 Nov 2026 10:40:03 -0500",
            "<005d01dc599a$e3f1a120$abd4e360$@riverbendph.com>",
            "AQHdWZrj8aEgq9Tj5k6wG3L0eV2bYQ==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Hi,

The boiler room job on PO-24388 was redesigned with flanged connections,
so we have black unions (1-1/2") left over that we won't use. The list is
attached with the count from our shelf. They are unused, in the original
bags.

Please send an RMA number.

Thanks,
"""
            + KAREN_SIG
        ),
    )
    attach(
        msg,
        return_list_xlsx(),
        "application",
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "PO-24388 return list.xlsx",
    )
    return msg


def s22():
    msg = new_mail(
        outlook_headers(
            ROSA,
            "INV-88165 unions price",
            "Fri, 20 Nov 2026 09:55:41 -0600",
            "<001401dc5a8e$4b2f7c10$e18e7430$@delgadoplumbing.com>",
            "AQHdWo5LL3wQcMVxSkyDq2eT1yH9iA==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Hi,

INV-88165 bills the 12 black unions, 1-1/2", at $11.90 each. When Efrain
picked up, the counter told him $10.50 on those and wrote it on the pick
ticket - faxed copy attached. Please correct the invoice to 10.50 and
credit the difference.

Thank you!
Rosa D.
Delgado & Sons Plumbing - office
(830) 555-0146
"""
        ),
    )
    attach(msg, counter_ticket_fax(), "image", "png", "FAX_20261120_0941.png")
    return msg


def s23():
    msg = new_mail(
        outlook_headers(
            RAJ,
            "Quote - condensate pumps and registers",
            "Fri, 20 Nov 2026 14:30:09 -0500",
            "<00d301dc5ab4$9a3e5f70$cebb1e50$@summithvac.net>",
            "AQHdWrSaPl8FjqRk0UuK7tYn2Wc8Xg==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

Can you quote us 10 of the condensate pumps with the safety switch (same
as on PO-60455) and 40 of the 10x6 white floor registers? New service
contract starting in January. If the price is better at 12 pumps, tell
me that too.

Thanks,
Raj
"""
        ),
    )
    return msg


def s24():
    msg = new_mail(
        outlook_headers(
            "Nadia Ferrante <nferrante@keystonemech.com>",
            "INV-88098 line 1 price + return",
            "Mon, 23 Nov 2026 09:18:26 -0500",
            "<004801dc5b5a$11a73c80$34f5b580$@keystonemech.com>",
            "AQHdW1oRpzyA0v9f1kSYd6m3Qe4RtA==",
        )
    )
    text_content(msg, body(S24_TEXT))
    return msg


def s25():
    msg = new_mail(
        iphone_headers(
            TOM,
            "PO 77760",
            "Mon, 23 Nov 2026 16:40:57 -0500",
            "<0C3F8B61-77D4-4A2E-B9F5-61E2D08A4C97@keystonemech.com>",
        )
    )
    text_content(
        msg,
        para(
            """
marguerite its tom two of the wifi thermostats from po 77760 part number
km 61750 are dead out of the box they wont connect to the wifi and the
screen freezes on the logo we tried a factory reset on both no luck

also we are not going to need for of the filter cases on that order the
building owner is doing his own filters now can we send those back to

thanks tom

Sent from my iPhone
"""
        ),
        cte="quoted-printable",
    )
    msg.replace_header("Mime-Version", "1.0 (1.0)")
    return msg


def s26():
    msg = new_mail(
        thunderbird_headers(
            "Thanh Nguyen <thanh.nguyen@summithvac.net>",
            "Return Wi-Fi thermostat PO-60418",
            "Tue, 24 Nov 2026 08:47:02 -0500",
            "<0e9d54c2-7f31-4b6a-a2d8-95c1f3e7b046@summithvac.net>",
        )
    )
    text_content(
        msg,
        body(
            """
Hello,

For PO-60418 we have half dozen of the Wi-Fi programmable thermostat (UPC
084512075004) that we do not need anymore, the owner of the project
change the plan and use the building control system instead. They are
new in the box, not open.

Please send the RMA for return them.

Thank you,
Thanh Nguyen
Warehouse / Receiving
Summit HVAC Services
"""
        ),
        flowed=True,
    )
    return msg


def s27():
    msg = new_mail(
        outlook_headers(
            "Wes Kolb <wkolb@riverbendph.com>",
            "PO-24460 return + warranty",
            "Tue, 24 Nov 2026 11:26:35 -0500",
            "<007201dc5c35$2af1d8e0$80d58aa0$@riverbendph.com>",
            "AQHdXDUq8dh5wM7cE0i2Pp9Vf3Zs1Q==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Karen asked me to send this one over. On PO-24460 (the Hillcrest job) we
have some copper we don't need and a few ball valves leaking at the stem
packing. Details are in the attached sheet. The copper is clean, full
lengths. The valves were installed and pulled, so they're wet.

Wes Kolb
Project Manager
Riverbend Plumbing & Heating
937-555-0171
"""
        ),
    )
    attach(msg, hillcrest_csv(), "text", "csv", "PO-24460_hillcrest.csv")
    return msg


def s28():
    msg = new_mail(
        iphone_headers(
            ROSA,
            "heater po 40917",
            "Wed, 25 Nov 2026 08:09:44 -0600",
            "<93B0E4D7-2A61-4C8F-B5E3-0D7F19A62C84@delgadoplumbing.com>",
        )
    )
    text_content(
        msg,
        para(
            """
hi its rosa the forty gallon electric heaters from po 40917 that we put
in at the navarro duplex last tuesday one in each unit the lower element
burned out on both of them no hot water on either side they are only a
weak in so there defective under warranty right we pulled both heaters
and there here at the shop what do you need from me

thanks rosa delgado

Sent from my iPhone
"""
        ),
        cte="quoted-printable",
    )
    msg.replace_header("Mime-Version", "1.0 (1.0)")
    return msg


def s29():
    msg = new_mail(
        gmail_headers(
            "Efrain Soto <efrain@delgadosons.com>",
            "return black pipe PO-40988",
            "Wed, 25 Nov 2026 13:51:08 -0600",
            "<CAH3kq7zP4mN8bV1cX6zL2kJ9hG3fD5sA0qW7eR4tY1uI8oP2xg@mail.gmail.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Hello

From the PO-40988 we have left 30 feet of the 2 inch black pipe, the job
is finish and we dont need it. Is one piece of 20 feet and one of 10
feet, clean, no thread. Can we return it to the counter for credit?

Efrain
"""
        ),
        charset="utf-8",
    )
    return msg


def s30():
    msg = new_mail(
        outlook_headers(
            KAREN,
            "PO-24415 - RPZ failed field test",
            "Mon, 30 Nov 2026 08:33:50 -0500",
            "<008e01dc61d4$b7a2c910$26e85b30$@riverbendph.com>",
            "AQHdYdS3oslQbZf0Vk2oJ1nH8aT5rw==",
        )
    )
    msg.replace_header("X-MS-Has-Attach", "yes")
    text_content(
        msg,
        body(
            """
Hi Marguerite,

The 3" RPZ assembly from PO-24415 failed its initial test at the
Brookside plant - the relief valve discharges continuously and check #1
won't hold (tester's report attached). The tester thinks it's a bad #1
check from the factory. We know it was a special order; we need it
repaired or replaced under warranty. It's still installed but valved
off.

Thanks,
"""
            + KAREN_SIG
        ),
    )
    attach(msg, backflow_report_pdf(), "application", "pdf", "BPA-test-26-1187.pdf")
    return msg


def s31():
    msg = new_mail(
        outlook_headers(
            RAJ,
            "PO-60502 - broken pump, filters short",
            "Mon, 30 Nov 2026 10:58:13 -0500",
            "<00f101dc61e8$e4b35a20$ae1a0e60$@summithvac.net>",
            "AQHdYejks1ogrhoOYE2Lq3wD0zUv4A==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

The delivery for PO-60502 came Friday. One of the condensate pumps has
a cracked tank (the box was crushed on one side), and we got 2 cases
less of the 16x25x1 filters than the packing slip shows.

Raj
"""
        ),
    )
    return msg


def s32():
    ack = """
From: Tidewater Returns Desk <returns@tidewatersupply.example>
Sent: Monday, November 23, 2026 11:47 AM
To: Nadia Ferrante <nferrante@keystonemech.com>
Subject: RE: INV-88098 line 1 price + return

Hello Nadia,

Both are done on SO-104226:
- price correction on 30 x PIP-CU-L-100-20
  (76.40 - 71.80 = 4.60 each), $138.00, posted today;
- RMA for 12 x VLV-1005-BV, credit $155.04 after the 15% restocking fee
  once they are back and checked.

Marguerite Osei
Returns Desk | Tidewater Pipe & Supply
"""
    msg = new_mail(
        outlook_headers(
            DANA,
            "RE: INV-88098 line 1 price + return",
            "Mon, 30 Nov 2026 14:12:29 -0500",
            "<002701dc6204$0b8e7f30$22ab3d90$@keystonemech.com>",
            "AQHdW1oRpzyA0v9f1kSYd6m3Qe4RtAHdYgQL",
            extra=(
                (
                    "In-Reply-To",
                    "<20261123164702.1236.returns@tidewatersupply.example>",
                ),
                ("References", "<20261123164702.1236.returns@tidewatersupply.example>"),
            ),
        )
    )
    text_content(
        msg,
        body(
            """
Thank you - the credit came through and I've applied it to the November
statement. Appreciate the quick turnaround on both.

Dana Ruiz
Accounts Payable
Keystone Mechanical Contractors

"""
            + ack
        ),
    )
    return msg


def s33():
    msg = new_mail(
        iphone_headers(
            MIKE,
            "PRV from SO-104231",
            "Tue, 1 Dec 2026 07:44:19 -0500",
            "<5D2E81F0-C64B-47A9-8E13-B9F02A7D6C15@riverbendph.com>",
        )
    )
    text_content(
        msg,
        body(
            """
Morning,

We're helping Delgado & Sons on the Pine Ridge duplex. Rosa gave us one
of the 3/4" PRVs from their order SO-104231 when we ran short. It won't
regulate - set it at 55 and it creeps up to line pressure overnight.
Rosa said to send it through us since we have it. It's off and on my
truck.

Mike O'Brien
Riverbend P&H

Sent from my iPhone
"""
        ),
    )
    msg.replace_header("Mime-Version", "1.0 (1.0)")
    return msg


def s34():
    msg = new_mail(
        [
            ("From", "Bradford Thermal Products <news@bradfordthermal.example>"),
            ("To", "returns@tidewatersupply.example"),
            ("Subject", "Bradford Pro Partner News - December 2026"),
            ("Date", "Tue, 1 Dec 2026 12:00:04 -0500"),
            ("Message-ID", "<nl-2026-12.7731@mailer.bradfordthermal.example>"),
            ("List-Unsubscribe", "<https://bradfordthermal.example/u/7731>"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0"),
        ]
    )
    plain = body(
        """
BRADFORD PRO PARTNER NEWS - December 2026

1. Warranty made simple
   From January 4, a defective water heater, tank or thermostat can be
   registered on the Pro Portal with the serial number and one photo.
   DOA units under 30 days are replaced from distributor stock without a
   return. Please do not send damaged-in-transit units to us: those stay
   a carrier matter.

2. Price update
   List prices on storage tanks go up 4% on January 1. Orders entered by
   December 31 ship at current prices.

3. Training
   Two evening sessions on expansion tank sizing, January 12 and 14.

You receive this because you are a registered Bradford distributor.
Unsubscribe: https://bradfordthermal.example/u/7731
Bradford Thermal Products, 600 Mill Race Rd, Dayton OH 45402
"""
    )
    html = (
        "<html><body style='font-family:Arial,sans-serif'>\n"
        "<h2>Bradford Pro Partner News - December 2026</h2>\n"
        "<h3>1. Warranty made simple</h3>\n"
        "<p>From January 4, a defective water heater, tank or thermostat can be "
        "registered on the Pro Portal with the serial number and one photo. DOA units "
        "under 30 days are replaced from distributor stock without a return. Please do "
        "not send damaged-in-transit units to us: those stay a carrier matter.</p>\n"
        "<h3>2. Price update</h3>\n"
        "<p>List prices on storage tanks go up 4% on January 1. Orders entered by "
        "December 31 ship at current prices.</p>\n"
        "<h3>3. Training</h3>\n"
        "<p>Two evening sessions on expansion tank sizing, January 12 and 14.</p>\n"
        "<p style='font-size:11px;color:#777'>You receive this because you are a "
        "registered Bradford distributor. "
        "<a href='https://bradfordthermal.example/u/7731'>Unsubscribe</a><br>"
        "Bradford Thermal Products, 600 Mill Race Rd, Dayton OH 45402</p>\n"
        "</body></html>\n"
    )
    text_content(msg, plain)
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg


def s35():
    msg = new_mail(
        outlook_headers(
            ROSA,
            "ball valves from last year PO-40611",
            "Wed, 2 Dec 2026 09:37:52 -0600",
            "<001c01dc6370$5e9a1b40$1bce51c0$@delgadoplumbing.com>",
            "AQHdY3BemhtAG85RwE2sT4kP7bV0Hw==",
        )
    )
    text_content(
        msg,
        body(
            """
Hi,

Three of the 3/4" sweat ball valves from our PO-40611 (October last year,
the Sandoval job) started leaking at the stem and the customer called us
back. They were only in service about a year. Can we get them replaced
under warranty?

Thank you!
Rosa D.
Delgado & Sons Plumbing - office
(830) 555-0146
"""
        ),
    )
    return msg


def s36():
    msg = new_mail(
        [
            ("From", "Priya Raman <priya.raman82@outlook.com>"),
            ("To", "returns@tidewatersupply.example"),
            ("Subject", "Expansion tank leaking - warranty?"),
            ("Thread-Topic", "Expansion tank leaking - warranty?"),
            ("Date", "Thu, 3 Dec 2026 16:21:30 -0500"),
            (
                "Message-ID",
                "<SJ0PR12MB5621F3A1C9D0@SJ0PR12MB5621.namprd12.prod.outlook.com>",
            ),
            ("Accept-Language", "en-US"),
            ("MIME-Version", "1.0"),
        ]
    )
    text_content(
        msg,
        body(
            """
Hello,

Your company supplied the expansion tank on our water heater. A plumber
put it in this spring and bought it from you, so there's no order
number on anything I have. The 2 gallon tank is now dripping from the
bottom seam and has rust on it. Is it covered by the warranty? It is
just the one tank.

Thank you,
Priya Raman
14 Orchard Way, Cherry Hill NJ
"""
        ),
    )
    return msg


def s37():
    msg = new_mail(
        [
            ("From", OLEKSANDR),
            ("To", DESK),
            ("Subject", "Automatic reply: Your return request - case 1219"),
            ("Date", "Thu, 3 Dec 2026 16:52:06 -0500"),
            (
                "Message-ID",
                "<CAJ8mZ0vAutoReply7Qx3Lk9Pw2Zt6Yh1Ns4Rb8Dc0Fg5Jm@mail.gmail.com>",
            ),
            ("In-Reply-To", "<20261203215148.1219.returns@tidewatersupply.example>"),
            ("X-Autoreply", "yes"),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
        ]
    )
    text_content(
        msg,
        body(
            """
I am on vacation until 14 December with no access to email.

For broken, missing or wrong deliveries please call Luis Ortega,
757-555-0152, or write to maintenance@harborpointpm.com.

Oleksandr Bondar
Harbor Point Property Management
"""
        ),
    )
    return msg


def s38():
    form = {
        "order_number": "SO-104216",
        "lines": [{"sku": "WH-EXP-2G", "quantity": 2, "reason": "NOT_NEEDED"}],
        "note": (
            "Two expansion tanks (2 gallon) were left over when the second heater "
            "was cancelled. Never installed, still in the cartons. Please arrange pickup."
        ),
    }
    text = json.dumps(form, indent=2)
    return f"{text}\n".encode("ascii")


def s39():
    text = """HARBOR POINT PROPERTY MANAGEMENT
Accounts Payable - Remittance Advice

Payee:        Tidewater Pipe & Supply
Payment:      ACH 26-2291
Payment date: 12/04/2026

Invoice      Inv. date      Gross    Less credit        Paid
INV-88171    11/09/2026   2,194.50           0.00    2,194.50
INV-88160    11/09/2026   1,552.60         155.70    1,396.90
                                                   ----------
Total paid                                           3,591.40

Credit taken on INV-88160: your credits for the bent floor
registers (67.20) and the short thermostat carton (88.50).

Questions: payables@harborpointpm.com, 757-555-0130
Grace Kim
"""
    return text.replace("\n", "\r\n").encode("ascii")


def s40():
    text = """RECEIVING / INSTALL NOTE

Order:      SO-104241
Site:       Harbor Point, building A boiler room
Item:       2 gal thermal expansion tank
Problem:    1 tank arrived dented, shell pushed in near the top fitting.
            The carton has a forklift hole in the side. Found when the
            carton was opened for the install.
Qty:        1
Other:      the water heaters on this order are fine

Tank is set aside in the boiler room, tagged.
"""
    return text.encode("ascii")


BUILDERS = {
    "s01-keystone-receiving-elbows-slip-vs-shelf.eml": s01,
    "s02-summit-thanh-wet-tile-cartons-bent-registers.eml": s02,
    "s03-riverbend-mike-voice-coil-crushed-wrong-couplings.eml": s03,
    "s04-keystone-dana-pump-price-line3-extra-circulators.eml": s04,
    "s05-keystone-tom-late-truck-no-claim.eml": s05,
    "s06-delgado-efrain-counter-pickup-two-valves-short.eml": s06,
    "s07-summit-raj-extra-basic-stats-photo.eml": s07,
    "s08-harbor-luis-dozen-registers-bent.eml": s08,
    "s09-riverbend-karen-when-do-check-valves-ship.eml": s09,
    "s10-riverbend-karen-two-elbow-boxes-crushed.eml": s10,
    "s11-summit-ines-two-orders-stats-and-filters.eml": s11,
    "s12-harbor-oleksandr-filter-cases-soaked-photo.eml": s12,
    "s13-harbor-luis-followup-thermostats-seven-of-ten.eml": s13,
    "s14-keystone-ahmed-gate-valves-found-late-pdf.eml": s14,
    "s15-riverbend-karen-correction-only-thirty.eml": s15,
    "s16-summit-raj-twelve-condensate-pumps-for-ten.eml": s16,
    "s17-harbor-oleksandr-half-inch-valves-spare-registers.eml": s17,
    "s18-riverbend-mike-pvc-tees-never-ordered.eml": s18,
    "s19-gmail-installer-circulator-seized.eml": s19,
    "s20-delgado-rosa-forty-fives-not-nineties.eml": s20,
    "s21-riverbend-karen-unions-back-xlsx.eml": s21,
    "s22-delgado-rosa-union-price-fax.eml": s22,
    "s23-summit-raj-price-for-more-wifi-stats.eml": s23,
    "s24-keystone-nadia-copper-line1-price-and-ball-valves.eml": s24,
    "s25-keystone-tom-voice-wifi-stats-dead-filters-back.eml": s25,
    "s26-summit-thanh-half-dozen-wifi-stats-back.eml": s26,
    "s27-riverbend-wes-copper-spare-valves-weeping-csv.eml": s27,
    "s28-delgado-rosa-voice-heater-element.eml": s28,
    "s29-delgado-efrain-leftover-black-pipe.eml": s29,
    "s30-riverbend-karen-rpz-failed-test-pdf.eml": s30,
    "s31-summit-raj-unknown-po-pumps-and-filters.eml": s31,
    "s32-keystone-dana-thanks-for-copper-credit.eml": s32,
    "s33-riverbend-mike-prv-on-delgado-order.eml": s33,
    "s34-bradford-thermal-newsletter.eml": s34,
    "s35-delgado-rosa-last-years-ball-valves.eml": s35,
    "s36-homeowner-expansion-tank-no-order.eml": s36,
    "s37-harbor-oleksandr-out-of-office.eml": s37,
    "s38-portal-expansion-tanks-not-needed.json": s38,
    "s39-upload-harbor-remittance.txt": s39,
    "s40-upload-receiving-report-dented-tank.txt": s40,
}


def render(name, built):
    if isinstance(built, bytes):
        return built
    pin_boundaries(built, name[:3].upper())
    client = str(built.get("X-Mailer", "")) + str(built.get("User-Agent", ""))
    if "Outlook" in client or "Thunderbird" in client:
        built["Content-Language"] = "en-US"
    return built.as_bytes(policy=CRLF78)


def main(target):
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    for fname, maker in BUILDERS.items():
        data = render(fname, maker())
        (folder / fname).write_bytes(data)
    print(f"{len(BUILDERS)} requests written under {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "requests")
