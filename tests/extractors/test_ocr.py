"""OCR: Tesseract's TSV as text and words, upright reading, boxes back in image pixels."""

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.claims.offline import extract
from extractors.documents.ocr import (
    OcrError,
    OcrPage,
    Preprocess,
    Tesseract,
    page_from_tsv,
    prepare,
    read_page,
)
from extractors.documents.read import read_documents
from extractors.fields import Proposed, ProposedLine
from extractors.llm.extractor import LlmClaim, LlmLine, QuotedInt, QuotedValue, to_fields
from extractors.text import OcrWord, RequestText, Segment, evidence_at, ocr_capped
from rules.vocabulary import ReasonCode

DOCUMENTS = Path(__file__).resolve().parents[2] / "sample_docs" / "documents"
_SANS = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")

TSV = "\n".join(
    [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t1700\t2200\t-1\t",
        "4\t1\t1\t1\t1\t0\t90\t98\t311\t34\t-1\t",
        "5\t1\t1\t1\t1\t1\t90\t98\t199\t34\t95.69\tPACKING",
        "5\t1\t1\t1\t1\t2\t306\t98\t95\t34\t96.94\tSLIP",
        "5\t1\t1\t1\t2\t1\t88\t171\t83\t24\t92.10\tOrder:",
        "5\t1\t1\t1\t2\t2\t184\t171\t153\t24\t91.90\t SO-104233",
        "5\t1\t1\t1\t2\t3\t400\t171\t10\t24\t95.00\t ",
        "5\t1\t2\t1\t1\t1\t89\t338\t54\t22\t11.50\tVLV-2210-BR",
        "",
    ]
)


def test_tsv_words_make_lines_and_paragraphs_with_offsets() -> None:
    page = page_from_tsv(TSV)

    assert page.text == "PACKING SLIP\nOrder: SO-104233\n\nVLV-2210-BR"
    assert [page.text[w.start : w.end] for w in page.words] == [
        "PACKING",
        "SLIP",
        "Order:",
        "SO-104233",
        "VLV-2210-BR",
    ]
    assert page.words[3] == OcrWord(20, 29, 184, 171, 153, 24, 0.919)
    assert page.words[4].confidence == 0.115


def test_an_upright_page_costs_one_reading() -> None:
    engine = _Scripted([_page("Order SO-104233 VLV-2210-BR qty 18", 0.9)], turn=90)

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert page.rotation == 0
    assert engine.calls == ["recognize"]


def test_a_page_that_reads_as_noise_is_turned_upright_and_read_again() -> None:
    engine = _Scripted(
        [_page("ie) uondiuoseq nys eur]", 0.3), _page("Order SO-104233 x", 0.9)], turn=90
    )

    page = read_page(engine, Image.new("L", (2200, 1700), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "orientation", "recognize"]
    assert engine.sizes[-1] == (1700, 2200)  # turned a quarter clockwise
    assert page.rotation == 90
    assert page.text == "Order SO-104233 x"


def test_when_orientation_is_unsure_the_first_reading_stands() -> None:
    engine = _Scripted([_page("a few marks", 0.2)], turn=None)

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "orientation"]
    assert page.text == "a few marks"


def test_small_images_are_read_twice_as_large_and_boxes_come_back_to_their_pixels() -> None:
    engine = _Scripted([_page("SO-104233 VLV-2210-BR QTY", 0.9, left=200, width=100)])

    page = read_page(engine, Image.new("RGB", (640, 480), "white"), dpi=None, timeout_s=30)

    assert engine.sizes == [(1280, 960)]
    assert (page.words[0].left, page.words[0].width) == (100, 50)


def test_prepare_puts_transparent_pixels_on_white_paper() -> None:
    image = Image.new("RGBA", (1500, 1500), (0, 0, 0, 0))

    gray, scale = prepare(image, Preprocess())

    assert gray.mode == "L"
    assert scale == 1.0
    assert gray.getextrema() == (255, 255)


def test_tesseract_reads_a_scan_with_word_boxes() -> None:
    photo = Image.open(DOCUMENTS / "packing-slip.png")

    page = Tesseract().recognize(photo.convert("L"), dpi=150, timeout_s=30)

    word = next(w for w in page.words if page.text[w.start : w.end] == "SO-104230")
    assert 0.0 < word.confidence <= 1.0
    assert 0 < word.left < photo.width
    assert 0 < word.top < photo.height


class _Scripted:
    """An OcrEngine that answers from a script and records what it was asked."""

    def __init__(
        self, pages: list[OcrPage], turn: int | None = 0, lines: list[OcrPage | None] = ()
    ) -> None:
        self.pages = list(pages)
        self.turn = turn
        self.lines = list(lines)  # None: the line cannot be read (OcrError)
        self.calls: list[str] = []
        self.sizes: list[tuple[int, int]] = []

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        self.calls.append("recognize")
        self.sizes.append(image.size)
        return self.pages.pop(0)

    def orientation(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> int | None:
        self.calls.append("orientation")
        return self.turn

    def recognize_line(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        self.calls.append("recognize_line")
        self.sizes.append(image.size)
        line = self.lines.pop(0)
        if line is None:
            raise OcrError("OCR took longer than 1 s; stopped")
        return line


def _lines_page(*lines: tuple[str, float], top: int = 0, scale: int = 1) -> OcrPage:
    """Lines of words at one confidence each: word j of line i at (100 j, top + 100 i), 80
    by 30 pixels, all times `scale` (a line cut from the page is read twice as large)."""
    words = []
    position = 0
    for row, (text, confidence) in enumerate(lines):
        for column, token in enumerate(text.split(" ")):
            box = (100 * column * scale, (top + 100 * row) * scale, 80 * scale, 30 * scale)
            words.append(OcrWord(position, position + len(token), *box, confidence))
            position += len(token) + 1
    return OcrPage(text="\n".join(text for text, _ in lines), words=tuple(words))


def test_a_line_with_an_unsure_word_is_read_again_alone_and_kept_when_surer() -> None:
    """A pen's note on a grainy scan: read with the page, unsure ("MISSNG" 0.4); cut out,
    read twice as large, sure. The line's second reading replaces its first, word boxes
    back in the page's pixels; the printed line above is not read again."""
    first = _lines_page(
        ("DELIVERY RECEIPT order SO-104233 dock 4", 0.95), ("Got 10 valves - 2 MISSNG", 0.4)
    )
    # the cut: the line's box (0, 100)-(580, 130) with 3 pixels around, twice as large,
    # on a white border of 20: a word's page pixels are (cut - 20) / 2 + (0, 97)
    again = _lines_page(("Got 10 valves - 2 MISSING", 0.95), top=0, scale=2)
    again = replace(
        again, words=tuple(replace(w, left=w.left + 20, top=w.top + 26) for w in again.words)
    )
    engine = _Scripted([first], lines=[again])

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "recognize_line"]
    assert engine.sizes[-1] == (583 * 2 + 40, 36 * 2 + 40)
    assert page.text == "DELIVERY RECEIPT order SO-104233 dock 4\nGot 10 valves - 2 MISSING"
    assert [page.text[w.start : w.end] for w in page.words][6:] == [
        "Got", "10", "valves", "-", "2", "MISSING"
    ]  # fmt: skip
    missing = page.words[-1]
    assert (missing.left, missing.top, missing.width, missing.height) == (500, 100, 80, 30)
    assert missing.confidence == 0.95
    assert page.words[0] == first.words[0]


def test_a_line_read_again_less_surely_keeps_its_first_reading() -> None:
    first = _lines_page(
        ("DELIVERY RECEIPT order SO-104233 dock 4", 0.95), ("Got 10 valves - 2 MISSNG", 0.4)
    )
    engine = _Scripted([first], lines=[_lines_page(("Gol 1O vaIves", 0.3), scale=2)])

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "recognize_line"]
    assert page == first


def test_a_line_read_alone_as_garbled_words_keeps_its_first_reading_though_surer() -> None:
    """A hard hand reads no better alone: some words sure, some not ("2190\"" 0.37)."""
    first = _lines_page(
        ("DELIVERY RECEIPT order SO-104233 dock 4", 0.95), ("2190 NP thermostat", 0.5)
    )
    garbled = _lines_page(("thet most ats", 0.9), scale=2)
    unsure = replace(garbled.words[0], confidence=0.37)
    engine = _Scripted([first], lines=[replace(garbled, words=(unsure, *garbled.words[1:]))])

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "recognize_line"]
    assert page == first


def test_a_line_that_cannot_be_read_again_in_time_keeps_its_first_reading() -> None:
    first = _lines_page(
        ("DELIVERY RECEIPT order SO-104233 dock 4 driver R Lane", 0.95),
        ("Got 10 valves - 2 MISSNG", 0.4),
        ("crate 3 - 1 CRUSHD", 0.4),
    )
    engine = _Scripted([first], lines=[None])

    page = read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "recognize_line"]  # no time left: no more lines
    assert page == first


def test_a_page_that_reads_as_noise_has_no_line_read_again() -> None:
    first = _lines_page(("ie) uondiuoseq nys eur]", 0.3), ("Got 10 valves", 0.3))
    engine = _Scripted([first], turn=None)

    read_page(engine, Image.new("L", (1700, 2200), 255), dpi=200, timeout_s=30)

    assert engine.calls == ["recognize", "orientation"]


def test_tesseract_reads_a_line_alone() -> None:
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text(
        (20, 20), "credit 4 elbows", font=ImageFont.truetype(str(_SANS), 60), fill=0
    )

    line = Tesseract().recognize_line(image, dpi=200, timeout_s=30)

    assert line.text == "credit 4 elbows"
    assert min(w.confidence for w in line.words) > 0.8


def _page(text: str, confidence: float, *, left: int = 0, width: int = 10) -> OcrPage:
    words = []
    position = 0
    for token in text.split(" "):
        words.append(OcrWord(position, position + len(token), left, 0, width, 10, confidence))
        position += len(token) + 1
    return OcrPage(text=text, words=tuple(words))


# --- OCR as evidence: the box and least sure word of a value's span ---


def _ocr_text(text: str, unsure: dict[str, float]) -> RequestText:
    """Text read by OCR, one word per space-separated token, 0.95 sure unless named."""
    words = []
    for index, match in enumerate(re.finditer(r"\S+", text)):
        confidence = unsure.get(match.group(), 0.95)
        words.append(OcrWord(match.start(), match.end(), 100 * index, 40, 90, 20, confidence))
    segment = Segment("attachment:slip.png", 0, len(text), kind="ocr", page=1, words=tuple(words))
    return RequestText(text=text, segments=(segment,))


def test_evidence_of_an_ocr_span_has_its_word_boxes_and_least_sure_word() -> None:
    doc = _ocr_text("damaged goods", {"goods": 0.5})

    evidence = evidence_at(doc, 0, 13)

    assert evidence.box == (0, 40, 190, 20)  # from the first word's left to the last's right
    assert evidence.ocr_confidence == 0.5
    assert (evidence.segment, evidence.page, evidence.quote) == (
        "attachment:slip.png",
        1,
        "damaged goods",
    )
    assert evidence_at(doc, 0, 7).ocr_confidence == 0.95  # only the words the span touches


def test_a_value_on_an_unsure_word_cannot_be_trusted() -> None:
    doc = _ocr_text("SO-104233 : 18 x VLV-2210-BR arrived crushed", {"VLV-2210-BR": 0.55})

    fields = extract(doc)

    sku = fields.lines[0].sku
    assert sku is not None
    assert sku.evidence is not None
    assert sku.evidence.ocr_confidence == 0.55
    assert sku.evidence.box == (400, 40, 90, 20)
    assert sku.confidence == pytest.approx(0.8)  # 0.55 + 0.25: under the policy's 0.85
    assert fields.lines[0].reason.confidence == 0.9  # its own words were read surely
    assert fields.order_refs[0].confidence == 0.95


def test_text_that_was_not_ocr_has_no_box_and_keeps_its_confidence() -> None:
    text = "SO-104233: 18 x VLV-2210-BR arrived crushed"
    doc = RequestText(text=text, segments=(Segment("body", 0, len(text)),))

    sku = extract(doc).lines[0].sku

    assert sku is not None
    assert sku.evidence is not None
    assert (sku.evidence.box, sku.evidence.ocr_confidence, sku.confidence) == (None, None, 0.95)
    assert ocr_capped(0.95, None) == 0.95


def test_a_scanned_slip_gives_evidence_on_the_page_bounded_by_tesseract() -> None:
    data = (DOCUMENTS / "packing-slip.png").read_bytes()
    width, height = Image.open(DOCUMENTS / "packing-slip.png").size

    doc = read_documents(data, kind="upload", name="packing-slip.png")
    fields = extract(doc)

    proposed = [*fields.order_refs, *(p for line in fields.lines for p in _values(line))]
    assert [p.value for p in fields.order_refs] == ["SO-104230"]
    assert fields.lines
    for value in proposed:
        evidence = value.evidence
        assert evidence is not None
        assert evidence.box is not None
        assert evidence.ocr_confidence is not None
        left, top, box_width, box_height = evidence.box
        assert min(left, top) >= 0
        assert left + box_width <= width
        assert top + box_height <= height
        segment = doc.segment_at(evidence.start)
        assert segment is not None
        touched = [w for w in segment.words if w.start < evidence.end and evidence.start < w.end]
        assert evidence.ocr_confidence == min(w.confidence for w in touched)
        assert value.confidence <= evidence.ocr_confidence + 0.25 + 1e-9


def _values(line: ProposedLine) -> list[Proposed[Any]]:
    return [p for p in (line.sku, line.quantity, line.reason) if p is not None]


def test_the_llm_readings_of_unsure_ocr_words_are_bounded_the_same_way() -> None:
    doc = _ocr_text("SO-104233 : 18 x VLV-2210-BR arrived crushed", {"VLV-2210-BR": 0.4})
    answer = LlmClaim(
        is_claim=True,
        not_claim_reason=None,
        order_refs=[QuotedValue(value="SO-104233", quote="SO-104233")],
        lines=[
            LlmLine(
                sku=QuotedValue(value="VLV-2210-BR", quote="18 x VLV-2210-BR"),
                quantity=QuotedInt(value=18, quote="18 x VLV-2210-BR"),
                reason=ReasonCode.DAMAGED,
                reason_quote="arrived crushed",
            )
        ],
    )

    fields = to_fields(doc, answer)

    sku = fields.lines[0].sku
    assert sku is not None
    assert sku.evidence is not None
    assert (sku.evidence.ocr_confidence, sku.evidence.box) == (0.4, (400, 40, 90, 20))
    assert sku.evidence.checks == ("grounded",)
    assert sku.confidence == pytest.approx(0.65)  # grounded 0.9, but OCR was unsure
    assert fields.order_refs[0].confidence == 0.9  # grounded, on a sure word
