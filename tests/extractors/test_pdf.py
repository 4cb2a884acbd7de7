"""PDFs: the text layer page by page, OCR only of pages without good text, hostile PDFs."""

import time

import pytest

from extractors.documents.limits import Limits
from extractors.documents.pdf import PdfPage, read_pages, usable_text
from extractors.documents.read import read_documents
from tests.extractors.helpers import assert_well_formed, segment_texts
from tests.extractors.hostile import (
    FakeOcr,
    compression_bomb_pdf,
    many_pages_pdf,
    page_tree_bomb,
    pdf_bytes,
    stream,
    text_pdf,
)

CLAIM = [
    "Claim form for order SO-104233",
    "SKU VLV-2210-BR quantity 18, crushed in transit",
]
DELIVERY = ["Delivery receipt SH-55120", "Received 40 x VLV-2210-BR, one pallet damaged"]


def blank_page_pdf() -> bytes:
    """One page with nothing drawn: no text layer, an empty rendering."""
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream(b""),
        ]
    )


def test_each_page_of_the_text_layer_is_a_segment() -> None:
    doc = read_documents(text_pdf([CLAIM, DELIVERY]), kind="upload", name="claim.pdf")

    assert [(s.name, s.kind, s.page, s.source) for s in doc.segments] == [
        ("attachment:claim.pdf", "pdf", 1, "claim.pdf"),
        ("attachment:claim.pdf", "pdf", 2, "claim.pdf"),
    ]
    first, second = (doc.text[s.start : s.end] for s in doc.segments)
    assert first == "\n".join(CLAIM)
    assert second == "\n".join(DELIVERY)
    assert doc.problems == ()
    assert_well_formed(doc)


def test_a_page_with_good_text_is_never_ocred() -> None:
    ocr = FakeOcr()
    data = text_pdf([CLAIM, ["scan"]])  # page 2 has too little text: read as a scan

    doc = read_documents(data, kind="upload", name="mixed.pdf", ocr=ocr)

    assert [(s.kind, s.page) for s in doc.segments] == [("pdf", 1), ("ocr", 2)]
    assert len(ocr.recognized) == 1
    width, height = ocr.recognized[0]
    assert (width, height) == (round(612 / 72 * 200), round(792 / 72 * 200))  # render_dpi 200


def test_ocr_words_of_a_page_map_into_the_text() -> None:
    ocr = FakeOcr("PACKING SLIP SO-104233")

    doc = read_documents(blank_page_pdf(), kind="upload", name="scan.pdf", ocr=ocr)

    (segment,) = doc.segments
    assert (segment.kind, segment.page) == ("ocr", 1)
    assert [doc.text[w.start : w.end] for w in segment.words] == ["PACKING", "SLIP", "SO-104233"]
    assert all(segment.start <= w.start < w.end <= segment.end for w in segment.words)


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        ("Claim for SO-104233: 18 x VLV-2210-BR crushed", True),
        ("Page 1", False),  # fewer than 20 letters and digits: a scan with a footer
        ("\ufffd\ufffd\ufffd \ufffd\ufffd " * 10 + "SO-104233 VLV", False),  # unmapped glyphs
        ("\ue000\ue011\ue022 " * 20 + "order 104233 valve", False),  # private use area
        ("(cid:3)(cid:17)(cid:42)(cid:8)" * 8, False),
        ("Qté 18 — Lieferschein Nr. 4711, Ventile beschädigt", True),
    ],
)
def test_usable_text_needs_letters_and_little_garbage(text: str, usable: bool) -> None:
    assert usable_text(text) is usable


def test_a_huge_page_count_reads_the_first_pages_and_says_so() -> None:
    data = many_pages_pdf(3000, "Packing list SO-104233 VLV-2210-BR quantity 40")
    started = time.monotonic()

    doc = read_documents(data, kind="upload", name="packing-slip.pdf")

    assert time.monotonic() - started < 10
    assert doc.problems == (
        "packing-slip.pdf: 3000 pages, more than the limit of 50; the first 50 were read",
    )
    assert [s.page for s in doc.segments] == list(range(1, 51))


def test_a_page_tree_of_a_billion_pages_is_refused_quickly() -> None:
    started = time.monotonic()

    doc = read_documents(page_tree_bomb(), kind="upload", name="pages.pdf")

    assert time.monotonic() - started < 10
    assert doc.segments == ()
    assert doc.problems == (
        "pages.pdf: the page tree (1,000,000,000 pages declared) is larger than the reading "
        "limits; not read",
    )


def test_a_compression_bomb_is_stopped_at_the_stream_limit() -> None:
    started = time.monotonic()

    doc = read_documents(compression_bomb_pdf(1024), kind="upload", name="bomb.pdf")

    assert time.monotonic() - started < 10
    assert doc.problems == (
        "bomb.pdf page 1: a compressed stream expands beyond the limits; not read",
    )
    assert doc.segments == ()


def test_a_page_image_declared_larger_than_the_pixel_limit_is_not_rendered() -> None:
    image = stream(
        b"\0" * 16,
        b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
        b"/ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    data = pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q"),
            image,
        ]
    )
    ocr = FakeOcr()

    doc = read_documents(data, kind="upload", name="scan.pdf", ocr=ocr)

    assert doc.problems == (
        "scan.pdf page 1: an image of 100000×100000 pixels, more than the limit of "
        "40,000,000; not read",
    )
    assert ocr.recognized == []


def test_a_huge_page_is_rendered_within_the_pixel_limit() -> None:
    data = pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
            stream(b""),
        ]
    )
    (page,) = read_pages(data, name="poster.pdf", limits=Limits(), deadline=time.monotonic() + 30)

    assert isinstance(page, PdfPage)
    assert page.image is not None
    assert page.image.width * page.image.height <= Limits().max_pixels
    assert page.dpi == 31


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"%PDF-1.7\n garbage, no objects, no trailer", "broken.pdf: not a readable PDF"),
        (
            pdf_bytes(
                [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
            ),
            "broken.pdf: the PDF has no pages",
        ),
    ],
)
def test_a_broken_pdf_is_a_problem(data: bytes, problem: str) -> None:
    doc = read_documents(data, kind="upload", name="broken.pdf")

    assert doc.segments == ()
    assert len(doc.problems) == 1
    assert doc.problems[0].startswith(problem)


def test_segment_texts_of_a_pdf_upload_are_the_pages() -> None:
    doc = read_documents(text_pdf([CLAIM]), kind="upload", name="claim.pdf")

    assert segment_texts(doc) == {"attachment:claim.pdf": "\n".join(CLAIM)}
