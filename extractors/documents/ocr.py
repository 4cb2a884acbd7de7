"""OCR of page images with Tesseract: text with each word's box and confidence, read upright.

A page is read as it comes; only when that reading looks like noise (a page on its
side or upside down reads as low-confidence gibberish) is Tesseract's orientation
detection (`--psm 0`) asked which way is up, and the page read again turned upright.
An upright page thus costs one Tesseract run, the same as the command line.

A line of a page that holds a word read too unsure to trust (a pen's note on a grainy
scan) is read again alone (`--psm 7`): cut from the page and read twice as large on white
paper, the upscale smoothing the grain that Tesseract's binarization otherwise leaves on
thin strokes. The second reading replaces the line's only when it is clean text, no word
of it unsure, and Tesseract is surer of it on the whole, as a page turned upright replaces
the first reading: a hand that is hard to read reads no better alone (garbled words, some
read surely), and its first reading stands. Either way each word keeps the confidence
Tesseract gave it, which still bounds every value read on it (text.py).
Only pages that read as text are looked at again, at most a dozen lines each.

Tesseract runs as a child process per page image, one OpenMP thread each
(OMP_THREAD_LIMIT=1), so that pages can be read in parallel, one per core.
"""

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, replace
from typing import Protocol

from PIL import Image, ImageOps

from extractors.text import OcrWord

_GOOD_MEAN_CONFIDENCE = 0.60  # mean confidence of a page read the right way up
_GOOD_MIN_WORDS = 3
_ORIENTATION_MIN_CONFIDENCE = 1.5  # Tesseract's "Orientation confidence" below this: unsure
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_ORIENTATION_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)
_TSV_COLUMNS = 12
# A word under this holds any value read on it under the policy's 0.85 (text.OCR_SLACK).
REREAD_BELOW = 0.6
_REREAD_MAX_LINES = 12  # per page: the unsurest lines first
_LINE_PAD = 0.1  # of a line's height, around its words' box, cut with it from the page
_LINE_SCALE = 2  # a cut line is read this many times as large
_LINE_BORDER = 20  # pixels of white paper around the cut line, as read


class OcrError(Exception):
    """A page image could not be read by OCR; the message says why, for a problem string."""


@dataclass(frozen=True)
class OcrPage:
    """The text of one page image; word offsets are into `text`, boxes in upright pixels."""

    text: str
    words: tuple[OcrWord, ...] = ()
    rotation: int = 0  # degrees the image was turned clockwise to read it upright

    def mean_confidence(self) -> float:
        """The mean confidence of the words holding a letter or digit (0.0 for none)."""
        scores = [word.confidence for word in self.words if _is_word(self.text, word)]
        return sum(scores) / len(scores) if scores else 0.0

    def looks_upright(self) -> bool:
        """Whether the page reads as text: some words, read with some confidence."""
        count = sum(1 for word in self.words if _is_word(self.text, word))
        return count >= _GOOD_MIN_WORDS and self.mean_confidence() >= _GOOD_MEAN_CONFIDENCE


class OcrEngine(Protocol):
    """Reads page images; Tesseract in production, a fake in tests of what surrounds it."""

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """The words of an image read the way it is turned."""
        ...

    def orientation(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> int | None:
        """Degrees (0, 90, 180, 270) to turn the image clockwise to stand it up; None: unsure."""
        ...

    def recognize_line(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """The words of an image holding one line of text."""
        ...


@dataclass(frozen=True)
class Preprocess:
    """Light image preparation before OCR, as measured by bench/preprocess.py on the samples.

    Kept: grayscale (Tesseract binarizes gray anyway; it is what we pipe to it) and a 2x
    upscale of small images (phone thumbnails, pasted photos): 40 of 40 key strings read
    instead of 36, mean confidence 0.92 instead of 0.86. Left off: autocontrast, which
    lost key strings on grainy scans (30 of 40).
    """

    autocontrast: bool = False
    upscale_below: int = 1200  # upscale 2x when the longer side has fewer pixels than this
    downscale_above: int = 25_000_000  # pixels; larger images are read at this size


class Tesseract:
    """The Tesseract command line as an OcrEngine: TSV output, one thread per process."""

    def __init__(self, *, command: str = "tesseract", language: str = "eng") -> None:
        self.command = command
        self.language = language

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """The words of an image read the way it is turned (page segmentation mode 3)."""
        options = ["-l", self.language, "--psm", "3"]
        output = self._run(image, options, dpi=dpi, timeout_s=timeout_s, tsv=True)
        return page_from_tsv(output)

    def recognize_line(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """The words of an image holding one line of text (page segmentation mode 7)."""
        options = ["-l", self.language, "--psm", "7"]
        output = self._run(image, options, dpi=dpi, timeout_s=timeout_s, tsv=True)
        return page_from_tsv(output)

    def orientation(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> int | None:
        """Degrees to turn the image clockwise to stand it upright (OSD, `--psm 0`)."""
        try:
            options = ["-l", "osd", "--psm", "0"]  # with "-l eng" OSD answers wrongly
            output = self._run(image, options, dpi=dpi, timeout_s=timeout_s, tsv=False)
        except OcrError:
            return None  # too few characters to tell: Tesseract gives up with an error
        rotate = _ROTATE.search(output)
        confidence = _ORIENTATION_CONFIDENCE.search(output)
        if rotate is None or confidence is None:
            return None
        if float(confidence.group(1)) < _ORIENTATION_MIN_CONFIDENCE:
            return None
        degrees = int(rotate.group(1)) % 360
        return degrees if degrees in (0, 90, 180, 270) else None

    def _run(
        self,
        image: Image.Image,
        options: list[str],
        *,
        dpi: int | None,
        timeout_s: float,
        tsv: bool,
    ) -> str:
        executable = shutil.which(self.command)
        if executable is None:
            raise OcrError("OCR is not available (tesseract is not installed)")
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        # An uncompressed TIFF in a file: Tesseract reads a file at once but its standard
        # input a byte at a time, and decodes no compression (bench/month.py compares).
        with tempfile.NamedTemporaryFile(suffix=".tif", prefix="ocr-") as page:
            image.save(page, "TIFF", compression="raw", **({"dpi": (dpi, dpi)} if dpi else {}))
            page.flush()
            args = [executable, page.name, "stdout", *options]
            args += [*(["--dpi", str(dpi)] if dpi else []), *(["tsv"] if tsv else [])]
            try:
                done = subprocess.run(  # noqa: S603 - a fixed program, arguments built here
                    args,
                    capture_output=True,
                    timeout=max(timeout_s, 0.1),
                    env=env,
                    check=False,
                )
            except subprocess.TimeoutExpired as error:
                raise OcrError(f"OCR took longer than {timeout_s:g} s; stopped") from error
            except OSError as error:
                raise OcrError(f"OCR could not run ({type(error).__name__})") from error
        if done.returncode != 0:
            lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise OcrError(f"OCR failed ({lines[-1] if lines else f'exit {done.returncode}'})")
        return done.stdout.decode("utf-8", "replace")


def page_from_tsv(tsv: str) -> OcrPage:
    """Text and words of Tesseract's TSV: words by spaces, lines by newlines, paragraphs by a
    blank line."""
    parts: list[str] = []
    words: list[OcrWord] = []
    length = 0
    last: tuple[str, str, str, str] | None = None  # page, block, paragraph, line
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < _TSV_COLUMNS or cells[0] != "5":
            continue
        text = " ".join(cells[11].split())
        if not text:
            continue
        key = (cells[1], cells[2], cells[3], cells[4])
        if last is not None:
            separator = " " if key == last else "\n" if key[:3] == last[:3] else "\n\n"
            parts.append(separator)
            length += len(separator)
        last = key
        left, top, width, height = (int(cell) for cell in cells[6:10])
        confidence = min(max(float(cells[10]) / 100.0, 0.0), 1.0)
        words.append(OcrWord(length, length + len(text), left, top, width, height, confidence))
        parts.append(text)
        length += len(text)
    return OcrPage(text="".join(parts), words=tuple(words))


def read_page(
    engine: OcrEngine,
    image: Image.Image,
    *,
    dpi: int | None,
    timeout_s: float,
    preprocess: Preprocess = Preprocess(),
) -> OcrPage:
    """OCR of one page image, turned upright when it is not; boxes in the image's pixels."""
    deadline = time.monotonic() + timeout_s
    prepared, scale = prepare(image, preprocess)
    ocr_dpi = round(dpi * scale) if dpi else None
    first = engine.recognize(prepared, dpi=ocr_dpi, timeout_s=timeout_s)
    if first.looks_upright():
        return _unscale(reread_unsure_lines(engine, prepared, first, ocr_dpi, deadline), scale)
    turn = engine.orientation(prepared, dpi=ocr_dpi, timeout_s=_left(deadline))
    if not turn:
        return _unscale(first, scale)
    upright = prepared.rotate(-turn, expand=True)  # PIL turns counter-clockwise
    second = engine.recognize(upright, dpi=ocr_dpi, timeout_s=_left(deadline))
    if second.mean_confidence() <= first.mean_confidence():
        return _unscale(first, scale)
    second = reread_unsure_lines(engine, upright, second, ocr_dpi, deadline)
    return _unscale(replace(second, rotation=turn), scale)


def reread_unsure_lines(
    engine: OcrEngine, image: Image.Image, page: OcrPage, dpi: int | None, deadline: float
) -> OcrPage:
    """The page with its lines that hold an unsure word read again alone, where Tesseract
    is surer of the second reading on the whole (module docstring). Never raises: a line
    that cannot be read again in time keeps its first reading."""
    if not page.looks_upright():
        return page
    lines = _lines(page)
    least = [_least_sure(page, line) for line in lines]
    unsure = sorted(
        (index for index, sure in enumerate(least) if sure < REREAD_BELOW),
        key=least.__getitem__,
    )[:_REREAD_MAX_LINES]
    again: dict[int, OcrPage] = {}
    for index in sorted(unsure):
        try:
            reading = _read_line(engine, image, page, lines[index], dpi, _left(deadline))
        except OcrError:
            break
        if reading is not None:
            again[index] = reading
    return _with_lines(page, lines, again) if again else page


def _lines(page: OcrPage) -> list[list[OcrWord]]:
    """The page's words by line (words of a line stand one space apart in the text)."""
    lines: list[list[OcrWord]] = []
    for word in page.words:
        if lines and page.text[lines[-1][-1].end : word.start] == " ":
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _least_sure(page: OcrPage, line: list[OcrWord]) -> float:
    return min((w.confidence for w in line if _is_word(page.text, w)), default=1.0)


def _read_line(
    engine: OcrEngine,
    image: Image.Image,
    page: OcrPage,
    line: list[OcrWord],
    dpi: int | None,
    timeout_s: float,
) -> OcrPage | None:
    """The line read again alone, with boxes in the page's pixels, if Tesseract reads it so
    as clean text (no word under REREAD_BELOW) and is surer of it than of its first
    reading; else None."""
    left, top = min(w.left for w in line), min(w.top for w in line)
    right = max(w.left + w.width for w in line)
    bottom = max(w.top + w.height for w in line)
    pad = max(2, round((bottom - top) * _LINE_PAD))
    box = (
        max(0, left - pad),
        max(0, top - pad),
        min(image.width, right + pad),
        min(image.height, bottom + pad),
    )
    cut = image.crop(box)
    # twice as large: the upscale smooths a scan's grain, which Tesseract's own
    # binarization otherwise keeps as specks on the strokes of a pen
    size = (cut.width * _LINE_SCALE, cut.height * _LINE_SCALE)
    cut = ImageOps.expand(cut.resize(size, Image.Resampling.LANCZOS), _LINE_BORDER, _white(image))
    scaled_dpi = dpi * _LINE_SCALE if dpi else None
    reading = engine.recognize_line(cut, dpi=scaled_dpi, timeout_s=timeout_s)
    first = OcrPage(page.text, tuple(line))
    alone = [w for w in reading.words if _is_word(reading.text, w)]
    if (
        "\n" in reading.text
        or not alone
        or min(w.confidence for w in alone) < REREAD_BELOW
        or reading.mean_confidence() <= first.mean_confidence()
    ):
        return None  # read alone, the line is no clean text either: its first reading stands
    words = tuple(
        replace(
            w,
            left=box[0] + round((w.left - _LINE_BORDER) / _LINE_SCALE),
            top=box[1] + round((w.top - _LINE_BORDER) / _LINE_SCALE),
            width=max(1, round(w.width / _LINE_SCALE)),
            height=max(1, round(w.height / _LINE_SCALE)),
        )
        for w in reading.words
    )
    return replace(reading, words=words)


def _white(image: Image.Image) -> int | tuple[int, ...]:
    return 255 if image.mode == "L" else (255,) * len(image.getbands())


def _with_lines(page: OcrPage, lines: list[list[OcrWord]], again: dict[int, OcrPage]) -> OcrPage:
    """The page with the lines of `again` replaced by their second reading."""
    parts: list[str] = []
    words: list[OcrWord] = []
    length = 0
    for index, line in enumerate(lines):
        if index:
            gap = page.text[lines[index - 1][-1].end : line[0].start]
            parts.append(gap)
            length += len(gap)
        if index in again:
            text = again[index].text
            moved = (
                replace(w, start=w.start + length, end=w.end + length) for w in again[index].words
            )
        else:
            text = page.text[line[0].start : line[-1].end]
            shift = length - line[0].start
            moved = (replace(w, start=w.start + shift, end=w.end + shift) for w in line)
        words.extend(moved)
        parts.append(text)
        length += len(text)
    return replace(page, text="".join(parts), words=tuple(words))


def prepare(image: Image.Image, preprocess: Preprocess = Preprocess()) -> tuple[Image.Image, float]:
    """A grayscale image for OCR and the factor it was scaled by."""
    gray = _grayscale(image)
    scale = 1.0
    pixels = gray.width * gray.height
    if pixels > preprocess.downscale_above:
        scale = (preprocess.downscale_above / pixels) ** 0.5
    elif max(gray.size) < preprocess.upscale_below:
        scale = 2.0
    if scale != 1.0:
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        gray = gray.resize(size, Image.Resampling.LANCZOS)
    if preprocess.autocontrast:
        gray = ImageOps.autocontrast(gray, cutoff=1)
    return gray, scale


def _grayscale(image: Image.Image) -> Image.Image:
    """8-bit grayscale; transparent pixels on white, as on paper."""
    if image.mode == "L":
        return image
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda value: value / 256).convert("L")
    return image.convert("L")


def _unscale(page: OcrPage, scale: float) -> OcrPage:
    if scale == 1.0:
        return page
    words = tuple(
        replace(
            word,
            left=round(word.left / scale),
            top=round(word.top / scale),
            width=max(1, round(word.width / scale)),
            height=max(1, round(word.height / scale)),
        )
        for word in page.words
    )
    return replace(page, words=words)


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrError("OCR took longer than its time limit; stopped")
    return left


def _is_word(text: str, word: OcrWord) -> bool:
    return any(char.isalnum() for char in text[word.start : word.end])
