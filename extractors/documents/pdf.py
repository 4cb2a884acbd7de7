"""The pages of a PDF: the text layer where it is good, else the page rendered for OCR.

The text layer of each page is read with pypdf. A page whose layer is missing, has
fewer than MIN_MEANINGFUL letters and digits, or is mostly garbage glyphs (fonts
without a Unicode map) is rendered with pdfium at Limits.render_dpi, grayscale, and
handed back as an image for OCR; a page with good text is never rendered.

Decompression is bounded by Limits.max_stream_bytes (pypdf's stream limits), the page
count by Limits.max_pages (the rest are named in a problem, not read), and a rendered
page by Limits.max_pixels (a page too large for the resolution is rendered smaller).
"""

import io
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
from PIL import Image
from pypdf import Configuration, PdfReader, apply_configuration, get_configuration
from pypdf.errors import LimitReachedError, PdfReadError
from pypdf.generic import DictionaryObject

from extractors.documents.limits import Limits

MIN_MEANINGFUL = 20  # letters and digits a text layer needs to be read as the page's text
MAX_GARBAGE_SHARE = 0.30  # of the visible characters: unmapped glyphs, controls, symbols
_COMMON_MARKS = ".,:;-–—_/\\#&%$€£@*+=()[]{}<>'\"!?|~`^°§’‘“”•…"
# Letters, digits, white space and common marks; what this leaves of a text layer is garbage:
# unmapped glyphs (U+FFFD, the private use area), control characters, stray symbols.
_NOT_GARBAGE = re.compile(f"[\\w\\s{re.escape(_COMMON_MARKS)}]+")
PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe: one call at a time per process
_POINTS_PER_INCH = 72
# Page dictionary entries pypdf may copy to list the pages: some 30,000 real pages, while a
# page tree that refers to the same branch again and again (a "billion pages" PDF) stops fast.
_PAGE_TREE_ENTRIES = 250_000


@dataclass(frozen=True)
class PdfPage:
    """One page: its text layer (text is not None) or its rendering to OCR."""

    number: int  # 1-based
    text: str | None = None
    image: Image.Image | None = None
    dpi: int | None = None


def usable_text(text: str) -> bool:
    """Whether a text layer is the page's text: enough letters and digits, little garbage."""
    meaningful = sum(map(str.isalnum, text))
    if meaningful < MIN_MEANINGFUL:
        return False
    visible = len(text) - sum(map(str.isspace, text))
    garbage = len(_NOT_GARBAGE.sub("", text)) + text.count("(cid:") * 6
    return garbage <= MAX_GARBAGE_SHARE * visible


def read_pages(
    data: bytes, *, name: str, limits: Limits, deadline: float
) -> Iterator[PdfPage | str]:
    """Each page of a PDF, in order, as text or as an image to OCR; problems as strings."""
    opened = _open(data, name=name, limits=limits)
    if isinstance(opened, str):
        yield opened
        return
    reader, count = opened
    if count == 0:
        yield f"{name}: the PDF has no pages"
        return
    if count > limits.max_pages:
        yield (
            f"{name}: {count} pages, more than the limit of {limits.max_pages}; "
            f"the first {limits.max_pages} were read"
        )
    renderer = _Renderer(data, limits)
    try:
        for index in range(min(count, limits.max_pages)):
            if time.monotonic() > deadline:
                yield (
                    f"{name}: reading stopped at page {index + 1} of {count}: the total time "
                    f"limit of {limits.total_timeout_s:g} s was reached"
                )
                return
            yield _page(reader, renderer, index, name=name, limits=limits)
    finally:
        renderer.close()


def _open(data: bytes, *, name: str, limits: Limits) -> tuple[PdfReader, int] | str:
    """The reader of a PDF and its page count, or why it cannot be read."""
    reader: PdfReader | None = None
    with apply_configuration(_configuration(limits)):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return f"{name}: the PDF is encrypted with a password; not read"
            return reader, len(reader.pages)
        except LimitReachedError:
            declared = _declared_pages(reader) if reader is not None else ""
            return f"{name}: the page tree{declared} is larger than the reading limits; not read"
        except Exception as error:  # pypdf raises many kinds on broken files
            return f"{name}: not a readable PDF ({type(error).__name__})"


def _page(
    reader: PdfReader, renderer: "_Renderer", index: int, *, name: str, limits: Limits
) -> PdfPage | str:
    """One page: its text layer if usable, else its rendering; or why it is not read."""
    number = index + 1
    where = f"{name} page {number}"
    with apply_configuration(_configuration(limits)):
        try:
            page = reader.pages[index]
            text = page.extract_text(extraction_mode="layout")
        except LimitReachedError:
            return f"{where}: a compressed stream expands beyond the limits; not read"
        except Exception:
            page, text = None, ""  # a broken text layer: the rendering may still read
        if usable_text(text):
            return PdfPage(number, text=text)
        oversized = _oversized_image(page, limits) if page is not None else None
    if oversized:
        return f"{where}: {oversized}; not read"
    try:
        image, dpi = renderer.render(index)
    except Exception as error:  # pdfium refuses what it cannot draw
        return f"{where}: could not be rendered for OCR ({type(error).__name__})"
    return PdfPage(number, image=image, dpi=dpi)


class _Renderer:
    """Renders pages with pdfium, opening the document only when a page needs it."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self._data = data
        self._limits = limits
        self._document: Any = None

    def render(self, index: int) -> tuple[Image.Image, int]:
        """A grayscale image of the page at render_dpi, or smaller to stay within max_pixels."""
        with PDFIUM_LOCK:
            if self._document is None:
                self._document = pdfium.PdfDocument(self._data)
            page = self._document[index]
            try:
                width, height = page.get_size()
                dpi = float(self._limits.render_dpi)
                area = max(width * height, 1.0) / _POINTS_PER_INCH**2  # square inches
                if area * dpi * dpi > self._limits.max_pixels:  # a poster: render it smaller
                    dpi = (self._limits.max_pixels / area) ** 0.5 * 0.99  # pdfium rounds up
                bitmap = page.render(scale=dpi / _POINTS_PER_INCH, grayscale=True)
                image: Image.Image = bitmap.to_pil().copy()
                bitmap.close()
            finally:
                page.close()
        return image, round(dpi)

    def close(self) -> None:
        """Release pdfium's document."""
        if self._document is not None:
            with PDFIUM_LOCK:
                self._document.close()
            self._document = None


def _declared_pages(reader: PdfReader) -> str:
    """ " (1000000000 pages declared)" from the page tree root's /Count, if it has one."""
    try:
        root: Any = reader.trailer["/Root"]
        count = int(root["/Pages"]["/Count"])
    except Exception:  # a broken tree: no count to tell
        return ""
    return f" ({count:,} pages declared)"


def _oversized_image(page: DictionaryObject, limits: Limits) -> str | None:
    """Why a page's images are too large to render, from their declared sizes; None if not."""
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        objects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
        objects = objects.get_object() if objects is not None else None
        if not isinstance(objects, DictionaryObject):
            return None
        for value in objects.values():
            xobject = value.get_object()
            if not isinstance(xobject, DictionaryObject) or xobject.get("/Subtype") != "/Image":
                continue
            width, height = int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))
            if width * height > limits.max_pixels:
                return (
                    f"an image of {width}×{height} pixels, more than the limit of "
                    f"{limits.max_pixels:,}"
                )
    except (PdfReadError, LimitReachedError, ValueError, TypeError, AttributeError):
        return "its images could not be read"
    return None


def _configuration(limits: Limits) -> Configuration:
    """pypdf's limits: every decompressed size at max_stream_bytes, a smaller page tree."""
    size = limits.max_stream_bytes
    return get_configuration().with_overwrites(
        page_tree_maximum_page_entries=_PAGE_TREE_ENTRIES,
        zlib_maximum_output_length=size,
        lzw_maximum_output_length=size,
        run_length_maximum_output_length=size,
        array_based_stream_maximum_output_length=size,
        brotli_maximum_output_length=size,
        jbig2_maximum_output_length=size,
        image_maximum_buffer_size=size,
    )
