"""Build the heldout16 requests that carry an attachment or an HTML part (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout16/make_attachments.py

Attachments (4): s09 a technician's phone photo of a condensate pump (JPEG), s14 an
installer's phone photo of a water heater rating plate (JPEG), s21 a job closeout material
return list (text PDF, fpdf2), s31 a field service report (text PDF, fpdf2).
HTML bodies (3, no file attached): s11 and s28 are multipart/alternative mails from Outlook,
s16 is an HTML-only mail.

Everything is fixed: random seeds, dates, MIME boundaries, the PDFs' creation dates, and the
font (Pillow's bundled default font). The other requests of the set are plain-text mail or
uploads written by hand. The PDF and image helpers follow heldout15's script.
"""

import io
import random
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "requests"
TO = "returns@distributor.example"

Row = tuple[str, ...]

# Seeds of the photographed documents; each was checked with plain Tesseract.
SEEDS = {"s09": 1609, "s14": 1614}


# ---------------------------------------------------------------- PDF helpers


class Paged(FPDF):
    """A PDF with a 'Page n of m' footer, like a report writer."""

    foot_text = ""

    def footer(self) -> None:
        if self.foot_text:
            self.set_y(-11)
            self.set_font("Helvetica", "", 7)
            self.cell(0, 4, f"{self.foot_text}    Page {self.page_no()} of {{nb}}", align="C")


def new_pdf(title: str, author: str, when: datetime, foot: str = "") -> Paged:
    pdf = Paged(format="letter")
    pdf.foot_text = foot
    pdf.set_creation_date(when)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_producer("fpdf2")
    pdf.set_creator(author)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def heading(pdf: FPDF, company: str, title: str, address: str = "") -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, company, new_x="LMARGIN", new_y="NEXT")
    if address:
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 4, address, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def fields(pdf: FPDF, rows: list[tuple[str, str]], key_width: float = 38) -> None:
    for key, value in rows:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(key_width, 5.5, key)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(
    pdf: FPDF, widths: tuple[float, ...], heads: Row, rows: list[Row], size: float = 8
) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_fill_color(228, 228, 228)
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 6.5, head, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 6.5, text, border=1)
        pdf.ln()
    pdf.ln(2)


def para(pdf: FPDF, text: str, size: float = 9, style: str = "") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def done(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


# ---------------------------------------------------------------- image helpers


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


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


def barcode(draw: ImageDraw.ImageDraw, rng: random.Random, x: int, y: int, h: int, n: int) -> None:
    for _ in range(n):
        w = rng.choice((2, 2, 3, 5))
        draw.rectangle([(x, y), (x + w, y + h)], fill=(25, 25, 25))
        x += w + rng.choice((2, 3, 4))


# ---------------------------------------------------------------- photos


def pump_photo_jpeg() -> bytes:
    """s09: a cracked condensate pump on the shop bench, its label and our carton sticker."""
    rng = random.Random(SEEDS["s09"])
    img = Image.new("RGB", (1500, 1050), (118, 96, 72))
    draw = ImageDraw.Draw(img)
    for _ in range(30):  # bench wood grain
        y = rng.randrange(1050)
        draw.line([(0, y), (1500, y + rng.randint(-10, 10))], fill=(104, 84, 62), width=3)
    # the pump body: reservoir below, motor cover above
    draw.rounded_rectangle([(110, 420), (930, 960)], radius=30, fill=(232, 232, 226))
    draw.rounded_rectangle([(200, 150), (840, 430)], radius=24, fill=(214, 216, 212))
    draw.rectangle([(250, 190), (800, 400)], fill=(252, 252, 250))
    draw.text((270, 205), "CONDENSATE REMOVAL PUMP", font=font(30), fill=(20, 20, 20))
    draw.text((270, 250), "115 V  60 Hz  1.5 A", font=font(28), fill=(20, 20, 20))
    draw.text((270, 292), "WITH SAFETY SWITCH", font=font(28), fill=(20, 20, 20))
    draw.text((270, 340), "SN CP26-204417", font=font(28), fill=(15, 15, 15))
    # the crack in the reservoir
    pts = [(300, 600), (360, 655), (345, 700), (420, 760), (470, 745), (540, 830)]
    draw.line(pts, fill=(40, 40, 40), width=5)
    draw.line([(420, 760), (400, 830)], fill=(50, 50, 50), width=3)
    # our carton sticker, laid on the bench beside it
    draw.rectangle([(1000, 300), (1420, 640)], fill=(255, 250, 205))
    draw.text((1020, 315), "TRI-STATE SUPPLY", font=font(28), fill=(20, 20, 20))
    draw.text((1020, 360), "SO-104244", font=font(36), fill=(10, 10, 10))
    draw.text((1020, 410), "PO-60455", font=font(32), fill=(20, 20, 20))
    draw.text((1020, 460), "HVC-CND-PUMP", font=font(30), fill=(20, 20, 20))
    draw.text((1020, 510), "CTN 4 OF 10", font=font(28), fill=(20, 20, 20))
    draw.text((1020, 560), "SH-55163 DC-WEST", font=font(24), fill=(40, 40, 40))
    return photo_finish(img, rng, 1.8, (70, 58, 45), 9000)


def rating_plate_jpeg() -> bytes:
    """s14: the rating plate on the jacket of a leaking gas water heater."""
    rng = random.Random(SEEDS["s14"])
    img = Image.new("RGB", (1400, 1000), (196, 200, 204))
    draw = ImageDraw.Draw(img)
    for _ in range(25):  # brushed jacket
        x = rng.randrange(1400)
        draw.line([(x, 0), (x + rng.randint(-8, 8), 1000)], fill=(186, 190, 194), width=2)
    draw.rectangle([(120, 90), (1180, 880)], fill=(246, 246, 240))
    draw.text((150, 110), "BRADFORD THERMAL PRODUCTS", font=font(38), fill=(20, 20, 20))
    draw.text((150, 170), "GAS WATER HEATER - NATURAL GAS ONLY", font=font(30), fill=(20, 20, 20))
    rows = [
        "MODEL  BT50NG40A",
        "SERIAL  2509N33817",
        "CAPACITY  50 U.S. GAL",
        "INPUT  40,000 BTU/HR",
        "RECOVERY  40.9 GPH AT 90 F RISE",
        "MAX WORKING PRESSURE  150 PSI",
        "MFD  09/2025",
    ]
    for i, text in enumerate(rows):
        draw.text((150, 240 + i * 58), text, font=font(30), fill=(15, 15, 15))
    barcode(draw, rng, 160, 660, 110, 52)
    draw.text((160, 790), "UPC 084512005001", font=font(36), fill=(10, 10, 10))
    draw.text((760, 790), "ATMOSPHERIC VENT", font=font(24), fill=(40, 40, 40))
    for _ in range(6):  # rust drips from the bottom seam
        x = rng.randrange(150, 1150)
        draw.line([(x, 880), (x + rng.randint(-6, 6), 990)], fill=(140, 90, 50), width=6)
    return photo_finish(img, rng, -2.2, (60, 60, 62), 9000)


# ---------------------------------------------------------------- text PDFs


def return_list_pdf() -> bytes:
    """s21: Riverbend's job closeout material return list for PO-24388."""
    pdf = new_pdf(
        "Material Return List - Job 2611 Millbrook School",
        "Riverbend Plumbing & Heating",
        datetime(2026, 11, 24, 21, 12, tzinfo=UTC),
        foot="Riverbend Plumbing & Heating - job closeout",
    )
    heading(
        pdf,
        "RIVERBEND PLUMBING & HEATING",
        "MATERIAL RETURN LIST",
        "88 Mill Race Rd  |  555-240-8810  |  office@riverbendph.com",
    )
    fields(
        pdf,
        [
            ("Job", "2611 - Millbrook School boiler room"),
            ("Vendor", "Tri-State Plumbing & HVAC Supply"),
            ("Vendor PO", "PO-24388  (delivered 10/02/2026)"),
            ("Prepared by", "J. Lindqvist, 11/24/2026"),
        ],
    )
    table(
        pdf,
        (34, 66, 20, 20, 20, 30),
        ("Item", "Description", "PO qty", "Used", "Return", "Condition"),
        [
            ("FTG-BI-U-150", '1-1/2" black MI union', "30", "0", "30", "new, boxed"),
            ("VLV-3100-CK", '3" CI swing check, flanged', "4", "3", "1", "new, on skid"),
        ],
    )
    para(
        pdf,
        "Reason: not needed - boiler room piping revised by the engineer (RFI-17). "
        "All material unused, in original packaging. Please issue an RA; we will bring the "
        "material to the counter.",
    )
    para(pdf, "Approved: K. Liu, office")
    return done(pdf)


def service_report_pdf() -> bytes:
    """s31: Keystone's field service report on two failed expansion tanks from a 2025 job."""
    pdf = new_pdf(
        "Field Service Report SR-26-1184",
        "Keystone Mechanical Contractors - Service",
        datetime(2026, 12, 2, 22, 40, tzinfo=UTC),
        foot="Keystone Mechanical Contractors - Service Department",
    )
    heading(
        pdf,
        "KEYSTONE MECHANICAL CONTRACTORS",
        "FIELD SERVICE REPORT  SR-26-1184",
        "1140 Industrial Hwy, Eddystone PA 19022  |  service 215-555-0170",
    )
    fields(
        pdf,
        [
            ("Site", "412 Lancaster Ave apartments, basement mech room"),
            ("Date / hours", "12/02/2026, 07:30-10:00 (2.5 hrs)"),
            ("Technician", "G. Halvorsen, B. Kowalski"),
            ("Call", "T&P valves weeping on both DHW systems"),
            ("Original install", "10/2025, material from Tri-State, our PO-76115"),
        ],
    )
    table(
        pdf,
        (40, 70, 36, 40),
        ("System", "Component", "Reading", "Result"),
        [
            ("DHW-1", "2 gal thermal expansion tank", "precharge 0 psi", "FAILED - waterlogged"),
            ("DHW-1", "T&P relief valve", "system 150 psi", "OK after tank swap"),
            ("DHW-2", "2 gal thermal expansion tank", "precharge 0 psi", "FAILED - waterlogged"),
            ("DHW-2", "T&P relief valve", "system 148 psi", "OK after tank swap"),
            ("DHW-1/2", "Mixing valve, circulator", "120 F / 0.7 A", "OK"),
        ],
    )
    para(
        pdf,
        "Findings: both expansion tanks have ruptured bladders (water at the air valve), "
        "no air charge, system pressure spiking to relief setting on every burn cycle. "
        "Replaced both tanks from van stock, charged new tanks to 55 psi to match the "
        "incoming pressure. Old tanks tagged for warranty return to the supplier.",
    )
    table(
        pdf,
        (90, 20, 76),
        ("Material", "Qty", "Note"),
        [
            ("2 gal thermal expansion tank (van stock)", "2", "installed"),
            ("1/2 in. brass tee, dielectric union", "2", "installed"),
            ("Failed expansion tanks", "2", "warranty return - PO-76115"),
        ],
    )
    return done(pdf)


PDF = ("application", "pdf")
JPEG = ("image", "jpeg")


def hdr(sender: str, subject: str, date: str, msgid: str, **extra: str) -> dict[str, str]:
    return {"From": sender, "To": TO, "Subject": subject, "Date": date, "Message-ID": msgid} | {
        key.replace("_", "-"): value for key, value in extra.items()
    }


def start(headers: dict[str, str]) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    for key, value in headers.items():
        msg[key] = value
    return msg


def with_attachment(
    headers: dict[str, str], body: str, attachment: tuple[bytes, str, str, str], boundary: str
) -> bytes:
    msg = start(headers)
    msg.set_content(body)
    data, maintype, subtype, filename = attachment
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg.set_boundary(boundary)
    return msg.as_bytes()


def alternative(headers: dict[str, str], text: str, html: str, boundary: str) -> bytes:
    msg = start(headers)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.set_boundary(boundary)
    return msg.as_bytes()


def html_only(headers: dict[str, str], html: str) -> bytes:
    msg = start(headers)
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


# ---------------------------------------------------------------- the mails

S09_BODY = """Hey, Marcus from Summit service. Picked up the condensate pumps from our shop
yesterday for the Oakmont install (our PO 60455). 2 of the 10 have cracked
reservoirs right out of the box, pic attached of one of them. The box was punched
in on the corner, looks like UPS dropped it. Left both at the shop with a tag on
them.

Marcus Bell
Summit HVAC Services - Service Tech
cell 555-702-3188
"""

S14_BODY = """Hello,

I am Ernesto, I work with Rosa in Delgado & Sons. The big water heater, the 50
gallon gas, we install last year in the house of Mrs. Whitfield on Pine street.
Now it leak from the bottom of the tank, the floor is all wet. We buy it from you
in october 2025, our PO is 40611. I send the picture of the label.

We need warranty for this one. The heater is in our shop now, we put new one for
the customer.

Thank you
Ernesto Salinas
Delgado & Sons Plumbing
(555) 260-4421
"""

S21_BODY = """Hi,

Closing out the Millbrook school boiler room job. We have the following left
over from PO-24388 that we don't need anymore, return list attached:

- 30 of the 1-1/2" black unions (the whole line, never used)
- 1 of the 3" check valves

Let me know when we can bring them in.

Joe Lindqvist
Project Manager
Riverbend Plumbing & Heating
555-240-8817
"""

S31_BODY = """Hello,

Service report attached. On the Lancaster Ave boiler/DHW job from last fall (our
PO-76115) two of the 2 gallon thermal expansion tanks have failed - bladders gone,
tanks waterlogged, the relief valves were weeping on both systems. We replaced
them on a service call yesterday.

Please process these two under warranty.

Greg Halvorsen
Service Manager
Keystone Mechanical Contractors
215-555-0170
"""

S11_TEXT = """Good morning,

I'm the assistant property manager at Harbor Point - Luis asked me to send this
over while he's on site.

Monday's delivery on PO-70296:

  * Floor registers (10x6 white): we ordered 40 and there were 45 in the boxes.
    We'll send the 5 extra back with your driver.
  * 3/4" ball valves (UPC 071812340075): 2 of the 12 have the handles bent flat,
    the box was crushed. Please credit or replace those 2.

Thank you,
Tasha Greene
Assistant Property Manager
Harbor Point Property Management
2200 Bayview Ave, Suite 110
555-331-0600 ext 15
"""

S11_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">I&#8217;m the assistant property manager at Harbor Point &#8211; Luis
asked me to send this over while he&#8217;s on site.</p>
<p class="MsoNormal">Monday&#8217;s delivery on <b>PO-70296</b>:</p>
<ul style="margin-top:0in" type="disc">
<li class="MsoListParagraph">Floor registers (10x6 white): we ordered 40 and there were 45 in
the boxes. We&#8217;ll send the 5 extra back with your driver.</li>
<li class="MsoListParagraph">3/4&quot; ball valves (UPC 071812340075): 2 of the 12 have the
handles bent flat, the box was crushed. Please credit or replace those 2.</li>
</ul>
<p class="MsoNormal">Thank you,</p>
<p class="MsoNormal"><b>Tasha Greene</b><br>Assistant Property Manager<br>
Harbor Point Property Management<br>2200 Bayview Ave, Suite 110<br>555-331-0600 ext 15</p>
</div></body></html>
"""

S16_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi,</p>
<p>INV-88098 (our PO-77790) bills the 1&quot; type L copper, 20&#39; lengths at 76.40 per
length. Our PO price is 71.80. We were invoiced for all 30 lengths, please issue a credit
memo for the difference.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e1f2"><th>Your item</th><th>Our part</th><th>Qty</th>
<th>Invoiced</th><th>PO price</th><th>Difference</th></tr>
<tr><td>PIP-CU-L-100-20</td><td>KM-20100</td><td>30</td><td>76.40</td><td>71.80</td>
<td>138.00</td></tr>
</table>
<p>The elbows and ball valves on that invoice are fine.</p>
<p>Dana Ruiz<br>Accounts Payable<br>Keystone Mechanical Contractors<br>(215) 555-0190</p>
</body></html>
"""

S28_TEXT = """Hi all,

Hope everyone had a good Thanksgiving. We're wrapping up the Westgate medical
office job this week, finally - the GC pushed the final walkthrough to the 10th
so we've got a little breathing room.

Two things on PO-77830 (your SO-104235):

1. We have ten of the 1-1/2" black unions (KM-40415) left over that we won't be
using - the hydronic loop got value engineered down to 1-1/4 in the end. Would
like to return those, they're clean and never installed.

2. One of the 4 circulator pumps we put on the loop is making a grinding noise
and runs hot, drawing about 1.6A against 0.7A on the nameplate. Pulled it Monday
and swapped in our spare. Pretty sure the bearing is shot. Can we get that one
covered under warranty?

The check valves and condensate pumps from that order are all in and working.
Also a heads up, we'll have a big order coming for the Fairview school in
January, I'll send the takeoff to Amy in sales.

Thanks,
Dave Ferris
Project Manager
Keystone Mechanical Contractors
215-555-0181
"""

S28_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal">Hi all,</p>
<p class="MsoNormal">Hope everyone had a good Thanksgiving. We&#8217;re wrapping up the
Westgate medical office job this week, finally &#8211; the GC pushed the final walkthrough to
the 10<sup>th</sup> so we&#8217;ve got a little breathing room.</p>
<p class="MsoNormal">Two things on PO-77830 (your SO-104235):</p>
<ol style="margin-top:0in" start="1" type="1">
<li class="MsoListParagraph">We have ten of the 1-1/2&quot; black unions (KM-40415) left over
that we won&#8217;t be using &#8211; the hydronic loop got value engineered down to 1-1/4 in
the end. Would like to return those, they&#8217;re clean and never installed.</li>
<li class="MsoListParagraph">One of the 4 circulator pumps we put on the loop is making a
grinding noise and runs hot, drawing about 1.6A against 0.7A on the nameplate. Pulled it
Monday and swapped in our spare. Pretty sure the bearing is shot. Can we get that one covered
under warranty?</li>
</ol>
<p class="MsoNormal">The check valves and condensate pumps from that order are all in and
working. Also a heads up, we&#8217;ll have a big order coming for the Fairview school in
January, I&#8217;ll send the takeoff to Amy in sales.</p>
<p class="MsoNormal">Thanks,<br><b>Dave Ferris</b><br>Project Manager<br>
Keystone Mechanical Contractors<br>215-555-0181</p>
</div></body></html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    attached = [
        (
            "s09-summit-pumps-cracked-photo.eml",
            hdr(
                "Marcus Bell <mbell@summithvac.net>",
                "cracked condensate pumps",
                "Tue, 17 Nov 2026 07:55:48 -0600",
                "<CAB5nT8vPw0kJq2+Mc6hU1bG9rI8eXd3FtMy@mail.gmail.com>",
            ),
            S09_BODY,
            (pump_photo_jpeg(), *JPEG, "IMG_20261116_154210.jpg"),
        ),
        (
            "s14-delgado-gas-heater-leaking-photo.eml",
            hdr(
                "Ernesto Salinas <ernesto@delgadosons.com>",
                "heater leaking warranty",
                "Thu, 19 Nov 2026 09:12:37 -0600",
                "<CAE4kW9pZr3nVx6t+Ys0bL8qF2mJ7cHd1NoG@mail.gmail.com>",
            ),
            S14_BODY,
            (rating_plate_jpeg(), *JPEG, "20261119_084455.jpg"),
        ),
        (
            "s21-riverbend-closeout-return-list-pdf.eml",
            hdr(
                "Joe Lindqvist <jlindqvist@riverbendph.com>",
                "material return - PO-24388",
                "Tue, 24 Nov 2026 15:34:07 -0600",
                "<5b0d8e3a-71f4-4c92-a6b8-3e9f2c1d7a05@riverbendph.com>",
            ),
            S21_BODY,
            (return_list_pdf(), *PDF, "Return list job 2611.pdf"),
        ),
        (
            "s31-keystone-expansion-tanks-old-job-pdf.eml",
            hdr(
                "Greg Halvorsen <ghalvorsen@keystonemech.com>",
                "Warranty - expansion tanks, Lancaster Ave (PO-76115)",
                "Thu, 03 Dec 2026 08:33:19 -0500",
                "<20261203133319.B7E2A04F@mail.keystonemech.com>",
            ),
            S31_BODY,
            (service_report_pdf(), *PDF, "SR-26-1184.pdf"),
        ),
    ]
    for name, headers, body, attachment in attached:
        boundary = f"===============h16_{name[:3]}_0001=="
        (OUT / name).write_bytes(with_attachment(headers, body, attachment, boundary))

    s11 = hdr(
        "Tasha Greene <tgreene@harborpointpm.com>",
        "PO-70296 delivery 11/16 - extra registers + damaged valves",
        "Wed, 18 Nov 2026 09:31:02 -0600",
        "<SA1PR14MB5820B7E2C4A91D3F0E6B5A27C8D4@SA1PR14MB5820.namprd14.prod.outlook.com>",
    )
    data = alternative(s11, S11_TEXT, S11_HTML, "===============h16_s11_0001==")
    (OUT / "s11-harbor-extra-registers-bent-valves-html.eml").write_bytes(data)

    s16 = hdr(
        "Dana Ruiz <ap@keystonemech.com>",
        "INV-88098 - copper tube price",
        "Fri, 20 Nov 2026 09:18:44 -0500",
        "<20261120141844.5F90D2C8@mail.keystonemech.com>",
    )
    (OUT / "s16-keystone-copper-invoice-price-html.eml").write_bytes(html_only(s16, S16_HTML))

    s28 = hdr(
        "Dave Ferris <dferris@keystonemech.com>",
        "Westgate job - couple things",
        "Tue, 01 Dec 2026 11:48:30 -0500",
        "<BL1PR13MB5041F3A8D06C2E7B9A1D4E52F0C3@BL1PR13MB5041.namprd13.prod.outlook.com>",
    )
    data = alternative(s28, S28_TEXT, S28_HTML, "===============h16_s28_0001==")
    (OUT / "s28-keystone-westgate-leftovers-circulator-html.eml").write_bytes(data)


if __name__ == "__main__":
    main()
