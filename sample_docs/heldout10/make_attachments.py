"""Build the three heldout10 requests that carry attachments (byte-identical on rerun).

    .venv/bin/python sample_docs/heldout10/make_attachments.py

- s03: a customer's work-order system mail with a photo-like JPEG of a thermostat box end
  label (model, UPC digits under a barcode, lot); the body names the item by description only;
- s11: a scanned-looking PNG of the driver's delivery ticket with the receiver's pen notes
  (PIL, grey, rotated, speckled);
- s20: a text PDF (a job-closeout material return list with Ordered / Used / Return columns),
  made with fpdf2.

Everything is fixed: random seeds, dates, MIME boundaries, the PDF's creation date, and
the font (Pillow's bundled default font, so no system font is needed).
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


def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def box_label_jpeg() -> bytes:
    """A phone photo of the end label of a thermostat carton, slightly tilted and noisy."""
    rng = random.Random(1003)
    img = Image.new("RGB", (1000, 700), (196, 160, 112))  # brown corrugated box
    draw = ImageDraw.Draw(img)
    for y in range(0, 700, 9):  # corrugation shading
        draw.line([(0, y), (1000, y)], fill=(188, 152, 106), width=2)
    draw.rectangle([(110, 90), (890, 600)], fill=(246, 244, 236))  # white label
    draw.text((140, 115), "BRADFORD THERMAL PRODUCTS", font=font(30), fill=(30, 30, 30))
    draw.text((140, 165), "NON-PROGRAMMABLE DIGITAL THERMOSTAT", font=font(28), fill=(20, 20, 20))
    draw.text((140, 210), "24 VAC  -  HEAT/COOL  -  1H/1C", font=font(24), fill=(40, 40, 40))
    draw.text((140, 250), "MODEL BT-2100NP     WHITE", font=font(24), fill=(40, 40, 40))
    x = 150  # barcode
    while x < 600:
        w = rng.choice((2, 2, 3, 4, 6))
        draw.rectangle([(x, 305), (x + w, 445)], fill=(15, 15, 15))
        x += w + rng.choice((2, 3, 4, 5))
    draw.text((150, 455), "0  84512  02100  6", font=font(30), fill=(20, 20, 20))
    draw.text((640, 320), "QTY 1 EA", font=font(26), fill=(30, 30, 30))
    draw.text((640, 370), "LOT 2609-17", font=font(24), fill=(40, 40, 40))
    draw.text((640, 410), "MADE IN MEXICO", font=font(20), fill=(60, 60, 60))
    draw.text((140, 530), "UPC 084512021006", font=font(26), fill=(25, 25, 25))
    # the tech's marker note on the box, next to the label
    draw.text((640, 520), "DOA  #214", font=font(34), fill=(20, 40, 120))
    img = img.rotate(4.0, resample=Image.BICUBIC, expand=True, fillcolor=(70, 66, 60))
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    px = img.load()
    w, h = img.size
    for _ in range(9000):  # sensor noise
        i, j = rng.randrange(w), rng.randrange(h)
        r, g, b = px[i, j]
        d = rng.randint(-22, 22)
        px[i, j] = (max(0, min(255, r + d)), max(0, min(255, g + d)), max(0, min(255, b + d)))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def delivery_ticket_png() -> bytes:
    """A grey scan of our own-fleet delivery ticket with the receiver's pen notes."""
    rng = random.Random(1011)
    img = Image.new("L", (1240, 940), 243)
    draw = ImageDraw.Draw(img)
    f, fb = font(22), font(30)
    draw.text((60, 36), "DELIVERY TICKET - OWN FLEET", font=fb, fill=20)
    draw.text((860, 40), "SH-55117", font=font(28), fill=25)
    draw.text(
        (60, 92), "Ship to: DELGADO & SONS PLUMBING - YARD     Cust PO: PO-40962", font=f, fill=30
    )
    draw.text(
        (60, 126),
        "Order: SO-104231    Site: DC-SOUTH    Ship date: 10/29/2026    Truck 12",
        font=f,
        fill=30,
    )
    draw.line([(60, 172), (1180, 172)], fill=40, width=3)
    cols = (60, 330, 880, 990)
    for x, head in zip(cols, ("ITEM", "DESCRIPTION", "QTY", "UOM"), strict=True):
        draw.text((x, 184), head, font=f, fill=15)
    draw.line([(60, 218), (1180, 218)], fill=40, width=2)
    rows = [
        ("VLV-0750-PRV", '3/4" PRV 25-75 psi', "6", "EA"),
        ("FTG-CU-E90-100", '1" wrot cu 90 elbow C x C', "100", "EA"),
        ("PIP-CU-L-100-20", '1" type L copper 20 ft', "12", "EA"),
    ]
    y = 232
    for row in rows:
        for x, text in zip(cols, row, strict=True):
            draw.text((x, y), text, font=f, fill=25)
        draw.line([(60, y + 38), (1180, y + 38)], fill=150, width=1)
        y += 48
    draw.text((60, 420), "Received in good condition unless noted below:", font=f, fill=35)
    pen = font(26)
    draw.line([(1050, 300), (1120, 300)], fill=60, width=3)  # ticks next to the rows
    draw.text((1060, 320), "11 !", font=pen, fill=50)
    draw.text((60, 470), "box of elbows smash - 12 elbows bend", font=pen, fill=55)
    draw.text((60, 510), "copper tube: paper 12, we count 11 (falta 1)", font=pen, fill=55)
    draw.text((60, 550), "revisado 11/2  E. Salinas", font=pen, fill=55)
    draw.text((60, 780), "Received by: E. Salinas", font=f, fill=45)
    draw.text((640, 780), "Driver: R. Pena  #204", font=f, fill=45)
    draw.line([(320, 822), (540, 812)], fill=70, width=2)  # signature squiggles
    draw.line([(860, 822), (1040, 828)], fill=70, width=2)
    img = img.rotate(-1.2, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(14000):  # scanner speckle
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 80, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def return_list_pdf() -> bytes:
    """Keystone's job-closeout material return list (text PDF)."""
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2026, 11, 24, 14, 30, tzinfo=UTC))
    pdf.set_title("Material Return List - Job 26-114 - PO-77790")
    pdf.set_author("Keystone Mechanical Contractors - Project Management")
    pdf.set_producer("fpdf2")
    pdf.set_creator("Keystone Mechanical Contractors")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "KEYSTONE MECHANICAL CONTRACTORS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "MATERIAL RETURN LIST - JOB CLOSEOUT", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Job", "26-114 Ridgeway Medical Office Bldg - mech. rough-in"),
        ("Vendor PO", "PO-77790"),
        ("Date", "11/24/2026"),
        ("Prepared by", "B. Chen, Project Manager"),
        ("Return to", "DC-EAST (our driver drops off)"),
    ]
    for key, value in rows:
        pdf.cell(34, 7, key + ":", border=0)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 9)
    widths = (22, 62, 18, 16, 18, 50)
    heads = ("Part no.", "Description", "Ordered", "Used", "Return", "Condition / note")
    for w, head in zip(widths, heads, strict=True):
        pdf.cell(w, 8, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 8)
    lines = [
        ("KM-20100", '1" type L copper tube, 20 ft', "30", "30", "0", "-"),
        (
            "KM-40112",
            '1" wrot copper 90 elbow, C x C',
            "200",
            "10",
            "190",
            "Unopened boxes, not needed",
        ),
        ("KM-88107", '1" brass ball valve, full port', "36", "36", "0", "-"),
    ]
    for line in lines:
        for w, text in zip(widths, line, strict=True):
            pdf.cell(w, 8, text, border=1)
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        6,
        "Reason for return: design change to press fittings (RFI-031); the copper elbows are "
        "surplus to the job. Please issue an RMA for return to stock and credit per our "
        "account terms.",
    )
    pdf.ln(6)
    pdf.cell(0, 7, "Approved: B. Chen    Cost code 15-2210", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "s03-harbor-workorder-system-thermostats-filters.eml").write_bytes(
        message(
            {
                "From": "Harbor Point Work Orders <workorders@harborpointpm.com>",
                "To": "returns@distributor.example",
                "Subject": "[WO-58817] Vendor issue - parts defective/damaged - Bayview Commons",
                "Date": "Thu, 12 Nov 2026 10:22:36 -0600",
                "Message-ID": "<wo-58817.vendor.20261112162236@workorders.harborpointpm.com>",
            },
            "This message was sent from the Harbor Point Property Management work order\n"
            "system on behalf of Luis Ortega.\n"
            "----------------------------------------------------------------------\n"
            "Work order:    WO-58817\n"
            "Property:      Bayview Commons (BAY)\n"
            "Location:      Bldg B maintenance shop / units 214, 216, 309\n"
            "Category:      HVAC - Parts\n"
            "Priority:      2 - Normal\n"
            "Opened:        11/12/2026 09:58 AM\n"
            "Assigned to:   Luis Ortega, Maintenance Supervisor\n"
            "Vendor PO:     PO-70231\n"
            "Delivered:     11/09/2026 (vendor truck)\n"
            "----------------------------------------------------------------------\n"
            "Description:\n"
            "Vendor issue on PO-70231.\n"
            "1) Digital thermostats, non-programmable (photo of the box label attached):\n"
            "   3 are defective. Installed in units 214, 216 and 309, none of them power\n"
            "   up, 24 V checked at the sub-base. Removed and tagged.\n"
            "2) Filters 16x25x1 MERV 11: 2 cases crushed when delivered, cardboard frames\n"
            "   bent, not usable. The other cases are OK.\n"
            "\n"
            "Requested action: vendor to credit or replace and pick up the parts at the\n"
            "Bayview shop.\n"
            "----------------------------------------------------------------------\n"
            "Reply to this email to add a comment to WO-58817. Do not change the subject.\n",
            (box_label_jpeg(), "image", "jpeg", "WO-58817_photo1.jpg"),
            "===============harbor_wo_s03_0001==",
        )
    )
    (OUT / "s11-delgado-almacen-scan-elbows-tube.eml").write_bytes(
        message(
            {
                "From": "Ernesto Salinas <almacen@delgadosons.com>",
                "To": "returns@distributor.example",
                "Subject": "PO 40962 copper elbows smash",
                "Date": "Mon, 02 Nov 2026 08:30:14 -0600",
                "Message-ID": "<003b01db4cd1$6e2f1a80$4a8d4f80$@delgadosons.com>",
            },
            "Hello,\n\n"
            "Your truck bring the order PO 40962 on Thursday (29). Today we open the boxes\n"
            "and the box of the copper elbows 1 inch is smash on one side, 12 pieces are\n"
            "bend and we can not use them. The other elbows is ok.\n\n"
            "Also the copper tube 1 inch type L, the paper of delivery say 12 tubes but we\n"
            "count only 11 in the rack, is missing one. We count two times.\n\n"
            "I send the paper of the driver with my notes, is the photo.\n\n"
            "Thank you,\n"
            "Ernesto Salinas\n"
            "Almacen / Warehouse\n"
            "Delgado & Sons\n"
            "956-555-0150\n",
            (delivery_ticket_png(), "image", "png", "ticket SH-55117.png"),
            "===============delgado_ticket_s11_0001==",
        )
    )
    (OUT / "s20-keystone-pm-elbows-return-list-pdf.eml").write_bytes(
        message(
            {
                "From": "Brian Chen <bchen@keystonemech.com>",
                "To": "returns@distributor.example",
                "Subject": "Material return - PO-77790 / Ridgeway closeout",
                "Date": "Tue, 24 Nov 2026 10:15:06 -0500",
                "Message-ID": "<20261124151506.2E8D7@mail.keystonemech.com>",
            },
            "Hello,\n\n"
            "We're closing out the mechanical rough-in on PO-77790. The design switched\n"
            'most of the 1" copper to press fittings, so we only used 10 of the 200\n'
            "copper 90s (your KM-40112). The rest are coming back in unopened boxes, we\n"
            "don't need them. Return list attached; everything else on the PO was used.\n\n"
            "Can you issue the RMA this week? Our driver can drop them at DC-EAST.\n\n"
            "Brian Chen\n"
            "Project Manager\n"
            "Keystone Mechanical Contractors\n"
            "215-555-0131\n",
            (return_list_pdf(), "application", "pdf", "Return list 26-114 PO-77790.pdf"),
            "===============keystone_return_s20_0001==",
        )
    )


if __name__ == "__main__":
    main()
