"""Make the sample documents of sample_docs/documents/ and their expected text.

    .venv/bin/python sample_docs/scripts/make_documents.py

Deterministic (fixed seed, fixed dates and MIME boundaries): running it again gives
the same files. Pages are laid out with fpdf2's core fonts and rendered with pdfium,
so no system font is needed; "scans" are those renderings turned a little, blurred,
darkened and grained; "photos" are a label on a pallet-coloured background with an
EXIF orientation. Order numbers and SKUs come from sample_docs/erp/sample-erp.json.

Expected results go to documents/expected/<file>.json: the strings that must appear
in the text read from the file, the segments (name, kind, page) it must give, and,
for text-layer pages, the exact lines of each page (compared with whitespace folded).
"""

import io
import json
import random
import struct
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "documents"
EXPECTED = OUT / "expected"
SEED = 20261107
CREATED = datetime(2026, 11, 7, 9, 30, tzinfo=UTC)

Lines = list[str]


def main() -> None:
    """Write every sample and its expectations."""
    erp = json.loads((ROOT / "erp" / "sample-erp.json").read_text())
    items = {item["sku"]: item["description"] for item in erp["items"]}
    EXPECTED.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)  # noqa: S311 - sample content, not secrets
    claim = claim_form_lines(items)
    claim_pdf = text_pdf([claim])
    write("claim-form.pdf", claim_pdf, contains=["SO-104233", "VLV-2210-BR", "18"], pages=[claim])
    write_spreadsheet(items)
    write_scanned_pdf(items, rng)
    write_mixed_pdf(items, rng)
    write_scanned_png(items, rng)
    write_rotated_scan(items, rng)
    write_multipage_tiff(items, rng)
    write_pallet_photo(rng)
    write_heic_label(rng)
    write_html_email(claim_pdf)
    write_forwarded_chain(items)
    write_winmail(items)
    write_inline_photo_email(rng)
    total = sum(path.stat().st_size for path in OUT.iterdir() if path.is_file())
    print(f"sample documents: {total / 1024:.0f} KiB in {OUT}", file=sys.stderr)


# --- the documents --------------------------------------------------------------------------


def claim_form_lines(items: dict[str, str]) -> Lines:
    return [
        "RETURN AND DAMAGE CLAIM FORM",
        "Customer: Keystone Mechanical Contractors (C-1001)",
        "Contact: Dana Ruiz, ap@keystonemech.com",
        "Order number: SO-104233    Customer PO: PO-77812",
        "Shipment: SH-55120    Carrier: RL-CARRIERS    Delivered: 2026-11-05",
        "",
        "Line  SKU            Qty  Reason",
        f"1     VLV-2210-BR    18   Damaged in transit - {items['VLV-2210-BR']}",
        "",
        "Description: 18 gate valves arrived with crushed cartons and cracked bonnets.",
        "Photos of the pallet are attached. Please issue an RMA and a credit.",
        "Signed: Dana Ruiz    Date: 2026-11-07",
    ]


def write_spreadsheet(items: dict[str, str]) -> None:
    """A spreadsheet printed to PDF: a grid of cells over two landscape pages."""
    rows = [["Line", "Order", "SKU", "Description", "Qty", "Reason"]]
    skus = ["VLV-3100-CK", "FTG-BI-U-150", "HVC-CND-PUMP", "PMP-CIRC-015"]
    reasons = ["Damaged", "Overshipped", "Price", "Not needed"]
    quantities = ["1", "8", "8", "2"]
    for repeat in range(12):
        for index, sku in enumerate(skus):
            line = str(repeat * len(skus) + index + 1)
            rows.append(
                [line, "SO-104235", sku, items[sku][:38], quantities[index], reasons[index]]
            )
    pdf = _fpdf(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(12, 24, 32, 90, 12, 26), text_align="LEFT") as table:
        for row in rows:
            table.row(row)
    data = bytes(pdf.output())
    write(
        "spreadsheet-return-list.pdf",
        data,
        contains=["SO-104235", "VLV-3100-CK", "HVC-CND-PUMP", "Overshipped"],
        segments=[("attachment:spreadsheet-return-list.pdf", "pdf", page) for page in (1, 2)],
    )


def packing_slip_lines(order: str, shipment: str, lines: list[tuple[str, str, int]]) -> Lines:
    body = [
        "PACKING SLIP",
        "Gulf Coast Plumbing Supply - DC-EAST",
        f"Order: {order}    Shipment: {shipment}",
        "",
        "SKU              Description                           Qty",
    ]
    body += [f"{sku:<16} {description[:36]:<37} {qty}" for sku, description, qty in lines]
    body += ["", "Received by: ____________    Exceptions noted: ____________"]
    return body


def write_scanned_pdf(items: dict[str, str], rng: random.Random) -> None:
    """A packing slip scanned to PDF: one JPEG page image and no text layer."""
    slip = packing_slip_lines(
        "SO-104233",
        "SH-55120",
        [
            ("VLV-2210-BR", items["VLV-2210-BR"], 40),
            ("FTG-CU-E90-100", items["FTG-CU-E90-100"], 150),
        ],
    )
    scan = scanned(render(text_pdf([slip], courier=True), dpi=150), rng, angle=0.8)
    write(
        "packing-slip-scan.pdf",
        image_pdf([scan], dpi=150),
        contains=["SO-104233", "SH-55120", "VLV-2210-BR", "40", "FTG-CU-E90-100", "150"],
        segments=[("attachment:packing-slip-scan.pdf", "ocr", 1)],
    )


def write_mixed_pdf(items: dict[str, str], rng: random.Random) -> None:
    """Page 1 a typed cover letter (text layer), page 2 a scanned delivery receipt."""
    letter = [
        "Keystone Mechanical Contractors",
        "Claim for order SO-104235 (PO-77830), shipment SH-55127 by ODFL",
        "",
        "One VLV-3100-CK check valve arrived with a cracked flange.",
        "The signed delivery receipt with the exception noted is on page 2.",
    ]
    receipt = [
        "DELIVERY RECEIPT    ODFL PRO OD0782301177",
        "Consignee: Keystone Mechanical Contractors",
        "Order SO-104235",
        "",
        f"VLV-3100-CK   {items['VLV-3100-CK'][:30]}   6",
        "EXCEPTION: 1 DAMAGED - flange cracked",
    ]
    scan = scanned(render(text_pdf([receipt], courier=True), dpi=150), rng, angle=-0.6)
    pdf = _fpdf()
    _text_page(pdf, letter)
    pdf.add_page()
    with io.BytesIO() as buffer:
        scan.save(buffer, "JPEG", quality=55)
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    write(
        "mixed-claim.pdf",
        bytes(pdf.output()),
        contains=["SO-104235", "VLV-3100-CK", "1 DAMAGED", "ODFL"],
        segments=[
            ("attachment:mixed-claim.pdf", "pdf", 1),
            ("attachment:mixed-claim.pdf", "ocr", 2),
        ],
        pages=[letter, None],
    )


def write_scanned_png(items: dict[str, str], rng: random.Random) -> None:
    """A packing slip on a flatbed: slightly turned, blurred, grainy; 4 grey levels."""
    slip = packing_slip_lines(
        "SO-104230",
        "SH-55116",
        [("FTG-PVC-T-200", items["FTG-PVC-T-200"], 100), ("VLV-0075-BV", items["VLV-0075-BV"], 30)],
    )
    slip[-1] = "Exceptions noted: 12 FTG-PVC-T-200 broken"
    page = render(text_pdf([slip], courier=True), dpi=150)
    half = page.crop((0, 0, page.width, page.height * 2 // 5))  # a half-sheet slip
    scan = ImageOps.posterize(scanned(half, rng, angle=1.2), 4)  # 16 grey levels
    write(
        "packing-slip.png",
        _png(scan, dpi=150),
        contains=["SO-104230", "FTG-PVC-T-200", "12", "VLV-0075-BV"],
        segments=[("attachment:packing-slip.png", "ocr", 1)],
    )


def write_rotated_scan(items: dict[str, str], rng: random.Random) -> None:
    """A delivery receipt fed into the scanner sideways: the image is on its side (90°)."""
    receipt = [
        "DELIVERY RECEIPT",
        "Summit HVAC Services - order SO-104238",
        "Invoice INV-88152",
        "",
        f"TST-7500-PRO   {items['TST-7500-PRO']}   qty 12",
        "Returned: 3 TST-7500-PRO dead on arrival",
    ]
    scan = scanned(render(text_pdf([receipt], courier=True), dpi=150), rng, angle=0.4)
    sideways = scan.rotate(90, expand=True)  # counter-clockwise: read upright after 90° clockwise
    write(
        "delivery-receipt-rotated.jpg",
        _jpeg(sideways, quality=60, dpi=150),
        contains=["SO-104238", "TST-7500-PRO", "3"],
        segments=[("attachment:delivery-receipt-rotated.jpg", "ocr", 1)],
        rotation=90,
    )


def write_multipage_tiff(items: dict[str, str], rng: random.Random) -> None:
    """A two-page fax-style packing list: bilevel CCITT G4 frames of one TIFF, fine mode."""
    first = packing_slip_lines(
        "SO-104235",
        "SH-55127",
        [("VLV-3100-CK", items["VLV-3100-CK"], 6), ("FTG-BI-U-150", items["FTG-BI-U-150"], 40)],
    )
    first[-1] = "Page 1 of 2"
    second = packing_slip_lines(
        "SO-104235",
        "SH-55127",
        [("HVC-CND-PUMP", items["HVC-CND-PUMP"], 8), ("PMP-CIRC-015", items["PMP-CIRC-015"], 4)],
    )
    second[-1] = "Page 2 of 2"
    frames = [
        scanned(render(text_pdf([page], courier=True), dpi=200), rng, angle=0.3).point(
            lambda value: 255 if value > 175 else 0, mode="1"
        )
        for page in (first, second)
    ]
    with io.BytesIO() as buffer:
        frames[0].save(
            buffer,
            "TIFF",
            save_all=True,
            append_images=frames[1:],
            compression="group4",
            dpi=(200, 200),
        )
        data = buffer.getvalue()
    write(
        "packing-list-2-pages.tif",
        data,
        contains=["SO-104235", "VLV-3100-CK", "FTG-BI-U-150", "HVC-CND-PUMP", "PMP-CIRC-015"],
        segments=[("attachment:packing-list-2-pages.tif", "ocr", page) for page in (1, 2)],
    )


def write_pallet_photo(rng: random.Random) -> None:
    """A phone photo of a damaged pallet's label, stored sideways with EXIF orientation 6."""
    label = ["SO-104233", "VLV-2210-BR", "QTY 40", "SH-55120  RL-CARRIERS"]
    photo = label_photo(label, rng, size=(1280, 960))
    stored = photo.rotate(90, expand=True)  # the sensor's way; EXIF 6: turn 90° clockwise
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    exif[0x010F] = "SamplePhone"  # Make
    with io.BytesIO() as buffer:
        stored.save(buffer, "JPEG", quality=70, exif=exif.tobytes())
        data = buffer.getvalue()
    write(
        "pallet-photo.jpg",
        data,
        contains=["SO-104233", "VLV-2210-BR", "40"],
        segments=[("attachment:pallet-photo.jpg", "ocr", 1)],
    )


def write_heic_label(rng: random.Random) -> None:
    """An iPhone photo (HEIC) of a carton label."""
    from pillow_heif import register_heif_opener

    register_heif_opener()
    photo = label_photo(["SO-104239", "TST-2100-NP", "QTY 4", "PO-70231"], rng, size=(1024, 768))
    with io.BytesIO() as buffer:
        photo.save(buffer, "HEIF", quality=70)
        data = buffer.getvalue()
    write(
        "carton-label.heic",
        data,
        contains=["SO-104239", "TST-2100-NP", "4"],
        segments=[("attachment:carton-label.heic", "ocr", 1)],
    )


def write_html_email(claim_pdf: bytes) -> None:
    """An HTML-only email from Keystone with the claim form PDF attached."""
    message = _message(
        "Dana Ruiz <ap@keystonemech.com>",
        "Damage claim SO-104233 - claim form attached",
        "html-claim@mail.keystonemech.com",
    )
    message.set_content(
        "<html><body><p>Hello returns team,</p>"
        "<p>Please find our <b>claim form</b> for order <b>SO-104233</b> attached: "
        "18 VLV-2210-BR arrived damaged.</p><p>Thanks,<br>Dana</p></body></html>",
        subtype="html",
    )
    message.add_attachment(
        claim_pdf, maintype="application", subtype="pdf", filename="claim-form.pdf"
    )
    write(
        "claim-email-with-pdf.eml",
        _email_bytes(message),
        contains=["SO-104233", "18 VLV-2210-BR", "RETURN AND DAMAGE CLAIM FORM"],
        segments=[
            ("subject", "subject", None),
            ("body", "html", None),
            ("attachment:claim-form.pdf", "pdf", 1),
        ],
    )


def write_forwarded_chain(items: dict[str, str]) -> None:
    """Tom forwards the warehouse's note as an attachment (message/rfc822) with its PDF."""
    note_lines = [
        "RECEIVING NOTE - Riverbend Plumbing & Heating",
        "Order SO-104230, shipment SH-55116 (ESTES-EXPRESS)",
        f"12 x FTG-PVC-T-200 ({items['FTG-PVC-T-200']}) broken in transit.",
    ]
    inner = _message(
        "Warehouse <warehouse@riverbendph.com>",
        "Broken tees on SO-104230",
        "warehouse-note@riverbendph.com",
    )
    inner.set_content(
        "Karen,\n\n12 of the 2 inch PVC tees on SO-104230 came in broken.\nNote attached.\n"
    )
    inner.add_attachment(
        text_pdf([note_lines]), maintype="application", subtype="pdf", filename="receiving-note.pdf"
    )
    outer = _message(
        "Karen Liu <office@riverbendph.com>",
        "Fwd: Broken tees on SO-104230",
        "forward@riverbendph.com",
    )
    outer.set_content(
        "Please see the warehouse note below and credit the 12 broken tees.\n\nKaren\n"
    )
    outer.add_attachment(inner, filename="fwd.eml")
    write(
        "forwarded-chain.eml",
        _email_bytes(outer),
        contains=["credit the 12 broken tees", "12 of the 2 inch PVC tees", "12 x FTG-PVC-T-200"],
        segments=[
            ("subject", "subject", None),
            ("body", "text", None),
            ("attachment:fwd.eml/subject", "subject", None),
            ("attachment:fwd.eml/body", "text", None),
            ("attachment:fwd.eml/receiving-note.pdf", "pdf", 1),
        ],
        pages=None,
    )


def write_winmail(items: dict[str, str]) -> None:
    """An Outlook message whose body and files travel in a winmail.dat (TNEF)."""
    note = [
        "Harbor Point Property Management - return request",
        "Order SO-104239 (PO-70231): 4 TST-2100-NP thermostats",
        f"{items['TST-2100-NP']}; cracked housings, unit 4B.",
    ]
    body = (
        "Hello,\r\nPlease credit 4 TST-2100-NP thermostats on PO-70231, list attached.\r\nLuis\r\n"
    )
    tnef = tnef_bytes(body, [("return-list.pdf", text_pdf([note]))])
    message = _message(
        "Luis Ortega <maintenance@harborpointpm.com>",
        "Return request PO-70231",
        "winmail@harborpointpm.com",
    )
    message.set_content("Please see the attached message.\n")
    message.add_attachment(tnef, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    write(
        "outlook-winmail.eml",
        _email_bytes(message),
        contains=["credit 4 TST-2100-NP", "SO-104239", "cracked housings"],
        segments=[
            ("subject", "subject", None),
            ("body", "text", None),
            ("attachment:winmail.dat/body", "text", None),
            ("attachment:winmail.dat/return-list.pdf", "pdf", 1),
        ],
    )


def write_inline_photo_email(rng: random.Random) -> None:
    """An HTML email with a photo pasted inline (cid:, no file name) and two files whose
    names are encoded: RFC 2231 (non-ASCII) and an RFC 2047 encoded word."""
    photo = label_photo(["SO-104233", "VLV-0750-PRV", "QTY 6"], rng, size=(800, 600))
    message = _message(
        "Dana Ruiz <ap@keystonemech.com>",
        "Short shipment SO-104233",
        "inline-photo@mail.keystonemech.com",
    )
    message.set_content("We are short 6 VLV-0750-PRV on SO-104233; label photo below.\n")
    message.add_alternative(
        "<html><body><p>We are short 6 VLV-0750-PRV on SO-104233; label photo below.</p>"
        '<img src="cid:label@keystonemech.com"></body></html>',
        subtype="html",
    )
    html = next(part for part in message.iter_parts() if part.get_content_type() == "text/html")
    html.add_related(
        _jpeg(photo, quality=60, dpi=None),
        maintype="image",
        subtype="jpeg",
        cid="<label@keystonemech.com>",
    )
    message.add_attachment(
        b"Packing list SO-104233: 12 VLV-0750-PRV ordered, 6 received.\n",
        maintype="text",
        subtype="plain",
        filename="Packliste \u2013 SO-104233.txt",  # en dash: RFC 2231 encoded by email
    )
    encoded = EmailMessage()
    encoded.set_content(
        b"Tally: 6 VLV-0750-PRV missing\n", maintype="application", subtype="octet-stream"
    )
    # Zählung.txt as an encoded word in a quoted parameter, as some mailers write it
    encoded["Content-Disposition"] = 'attachment; filename="=?utf-8?b?WsOkaGx1bmcudHh0?="'
    message.attach(encoded)
    write(
        "inline-photo-email.eml",
        _email_bytes(message),
        contains=["short 6 VLV-0750-PRV", "6 received", "Tally: 6 VLV-0750-PRV", "VLV-0750-PRV"],
        segments=[
            ("subject", "subject", None),
            ("body", "text", None),
            ("attachment:Packliste \u2013 SO-104233.txt", "text", None),
            ("attachment:Z\u00e4hlung.txt", "text", None),
            ("attachment:part6.jpg", "ocr", 1),
        ],
    )


# --- pages, scans and photos ----------------------------------------------------------------


def _fpdf(orientation: str = "P") -> FPDF:
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_producer("sample_docs/scripts/make_documents.py")
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf


def _text_page(pdf: FPDF, lines: Lines, *, courier: bool = False) -> None:
    pdf.add_page()
    for index, line in enumerate(lines):
        bold = index == 0
        pdf.set_font("Courier" if courier else "Helvetica", "B" if bold else "", 16 if bold else 11)
        pdf.cell(0, 10 if bold else 7, line, new_x="LMARGIN", new_y="NEXT")


def text_pdf(pages: list[Lines], *, courier: bool = False) -> bytes:
    """A PDF with a text layer: one page per list of lines."""
    pdf = _fpdf()
    for lines in pages:
        _text_page(pdf, lines, courier=courier)
    return bytes(pdf.output())


def image_pdf(images: list[Image.Image], *, dpi: int) -> bytes:
    """A PDF of page images only (a scanner's output): no text layer."""
    pdf = _fpdf()
    for image in images:
        pdf.add_page()
        with io.BytesIO() as buffer:
            image.save(buffer, "JPEG", quality=55, dpi=(dpi, dpi))
            pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def render(pdf: bytes, *, dpi: int, page: int = 0) -> Image.Image:
    """A page of a PDF as a grayscale image."""
    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[page].render(scale=dpi / 72, grayscale=True)
        image: Image.Image = bitmap.to_pil().convert("L")
        return image
    finally:
        document.close()


def scanned(image: Image.Image, rng: random.Random, *, angle: float) -> Image.Image:
    """A page as a scanner sees it: turned a little, soft, on grey paper, with grain."""
    toner = image.point(lambda value: round(255 * (value / 255) ** 2.5))  # strokes print bold
    turned = toner.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    grainy = Image.blend(turned, noise(turned.size, rng), 0.08)
    soft = grainy.filter(ImageFilter.GaussianBlur(0.8))  # the optics smooth ink and grain alike
    mixed = soft.point(lambda value: 28 + value * 205 // 255)  # ink not black, paper not white
    speckles = ImageDraw.Draw(mixed)
    for _ in range(300):
        x, y = rng.randrange(mixed.width), rng.randrange(mixed.height)
        speckles.point((x, y), fill=rng.choice((40, 90)))
    return mixed


def label_photo(lines: Lines, rng: random.Random, *, size: tuple[int, int]) -> Image.Image:
    """A photo-like picture: a white shipping label on a wooden pallet under warm light."""
    width, height = size
    photo = Image.new("RGB", size, (150, 112, 70))
    draw = ImageDraw.Draw(photo)
    for top in range(0, height, height // 6):  # pallet boards
        shade = rng.randint(-25, 25)
        draw.rectangle(
            (0, top, width, top + height // 7),
            fill=(165 + shade, 125 + shade, 80 + shade),
        )
    pdf = FPDF(unit="mm", format=(100, 62))
    pdf.set_creation_date(CREATED)
    pdf.set_margins(5, 5)
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    for index, line in enumerate(lines):
        pdf.set_font("Helvetica", "B" if index else "", 18 if index == 0 else 14)
        pdf.cell(0, 11, line, new_x="LMARGIN", new_y="NEXT")
    label = render(bytes(pdf.output()), dpi=round(width * 0.62 / 100 * 25.4)).convert("RGB")
    label = label.rotate(
        2.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(150, 112, 70)
    )
    photo.paste(label, ((width - label.width) // 2, (height - label.height) // 2))
    light = Image.linear_gradient("L").resize(size).point(lambda value: 255 - value // 4)
    photo = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
    grain = Image.merge("RGB", [noise(size, rng) for _ in range(3)])
    return Image.blend(photo, grain, 0.08).filter(ImageFilter.GaussianBlur(0.5))


def noise(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Uniform grain from the seeded generator (PIL's own noise is not seeded)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def tnef_bytes(body: str, files: list[tuple[str, bytes]]) -> bytes:
    """A minimal winmail.dat: TNEF version, OEM code page, a plain body, attachments."""

    def attribute(level: int, name: int, kind: int, data: bytes) -> bytes:
        header = struct.pack("<BHHI", level, name, kind, len(data))
        return header + data + struct.pack("<H", sum(data) & 0xFFFF)

    parts = [struct.pack("<IH", 0x223E9F78, 0x0A0B)]
    parts.append(attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000)))  # attTnefVersion
    parts.append(attribute(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0)))  # attOemCodepage
    parts.append(attribute(1, 0x8008, 0x0007, b"IPM.Microsoft Mail.Note\x00"))  # attMessageClass
    parts.append(attribute(1, 0x800C, 0x0002, body.encode("cp1252")))  # attBody
    for name, data in files:
        parts.append(attribute(2, 0x9002, 0x0006, bytes(14)))  # attAttachRenddata: starts one
        parts.append(attribute(2, 0x8010, 0x0001, name.encode("cp1252") + b"\x00"))  # title
        parts.append(attribute(2, 0x800F, 0x0006, data))  # attAttachData
    return b"".join(parts)


# --- files ----------------------------------------------------------------------------------


def _message(sender: str, subject: str, local_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "returns@distributor.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(CREATED)
    message["Message-ID"] = f"<{local_id}>"
    return message


def _email_bytes(message: EmailMessage) -> bytes:
    """The message with fixed MIME boundaries, so that every run writes the same bytes."""
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"==sample-boundary-{index}==")
    return message.as_bytes()


def _png(image: Image.Image, *, dpi: int) -> bytes:
    with io.BytesIO() as buffer:
        image.save(buffer, "PNG", optimize=True, dpi=(dpi, dpi))
        return buffer.getvalue()


def _jpeg(image: Image.Image, *, quality: int, dpi: int | None) -> bytes:
    with io.BytesIO() as buffer:
        image.save(buffer, "JPEG", quality=quality, **({"dpi": (dpi, dpi)} if dpi else {}))
        return buffer.getvalue()


def write(
    name: str,
    data: bytes,
    *,
    contains: list[str],
    segments: list[tuple[str, str, int | None]] | None = None,
    pages: list[Lines | None] | None = None,
    rotation: int = 0,
) -> None:
    """Write a sample and its expectations (expected/<name>.json)."""
    (OUT / name).write_bytes(data)
    if segments is None:
        segments = [(f"attachment:{name}", "pdf", number + 1) for number in range(len(pages or []))]
    expected: dict[str, Any] = {
        "contains": contains,
        "segments": [{"name": seg, "kind": kind, "page": page} for seg, kind, page in segments],
    }
    if pages:
        expected["page_lines"] = {
            str(number): lines for number, lines in enumerate(pages, start=1) if lines is not None
        }
    if rotation:
        expected["rotation"] = rotation
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    (EXPECTED / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
