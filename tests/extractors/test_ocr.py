"""OCR: Tesseract's TSV as text and words, upright reading, boxes back in image pixels."""

from pathlib import Path

from PIL import Image

from extractors.ocr import OcrPage, Preprocess, Tesseract, page_from_tsv, prepare, read_page
from extractors.text import OcrWord

DOCUMENTS = Path(__file__).resolve().parents[2] / "sample_docs" / "documents"

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

    def __init__(self, pages: list[OcrPage], turn: int | None = 0) -> None:
        self.pages = list(pages)
        self.turn = turn
        self.calls: list[str] = []
        self.sizes: list[tuple[int, int]] = []

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        self.calls.append("recognize")
        self.sizes.append(image.size)
        return self.pages.pop(0)

    def orientation(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> int | None:
        self.calls.append("orientation")
        return self.turn


def _page(text: str, confidence: float, *, left: int = 0, width: int = 10) -> OcrPage:
    words = []
    position = 0
    for token in text.split(" "):
        words.append(OcrWord(position, position + len(token), left, 0, width, 10, confidence))
        position += len(token) + 1
    return OcrPage(text=text, words=tuple(words))
