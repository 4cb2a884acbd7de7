"""Pictures of a request's pages for the reviewer: PNGs rendered here, never the raw files.

A page is each PDF page and each image (TIFF frame) the request's text was read from,
in reading order. It is drawn upright, turned as OCR turned it, at PAGE_WIDTH pixels
wide (smaller images are not enlarged), within Limits.max_pixels. OCR word boxes are
in pixels of the upright image OCR read; Geometry.scale maps them onto the picture.

Drawing runs in the isolated reader process (time limit, memory cap), since the files
are untrusted; each picture is then cached in the blob store under (file, page, turn,
width), so a page is drawn once.
"""

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pypdfium2 as pdfium
from PIL import Image

from app.blobs import BlobStore, sha256_hex
from app.requests.tables import InboundRequest
from app.requests.text_store import StoredText
from extractors.documents.images import open_pages
from extractors.documents.isolation import IsolationFailure, read_isolated
from extractors.documents.limits import Limits
from extractors.documents.pdf import PDFIUM_LOCK
from extractors.documents.sniff import detect_type

PAGE_WIDTH = 1000  # pixels: wide enough to read a scan, small enough to send quickly
RENDER_TIMEOUT_S = 30.0
_CACHE_FORMAT = 1  # part of the cache key: a change of drawing draws every page again
_CACHE_FOLDER = "pages"  # under the blob root: cache key → digest of the PNG blob
_POINTS_PER_INCH = 72
_PAGE_KINDS = frozenset({"pdf", "ocr"})
_SWAPPING_EXIF = frozenset({5, 6, 7, 8})  # EXIF orientations that turn a photo on its side


@dataclass(frozen=True)
class PageImage:
    """One page of a request as the reader read it: which file, which page, how turned."""

    number: int  # 1-based over the request's pages, in reading order
    source: str  # the file, as in Segment.source: "claim.pdf", "fwd.eml/scan.png"
    sha256: str  # the file's bytes in the blob store
    page: int  # 1-based page (PDF page, image frame) of the file
    rotation: int  # degrees OCR turned the page clockwise to read it upright


@dataclass(frozen=True)
class Geometry:
    """The size of a page's picture and how OCR word boxes map onto it."""

    width: int
    height: int
    scale: float  # picture pixels per pixel of the upright image OCR read


def pages_of(*, request: InboundRequest, stored: StoredText) -> tuple[PageImage, ...]:
    """The pages of a request's files that its text was read from, in reading order."""
    files = {attachment.filename: attachment.sha256 for attachment in stored.attachments}
    upload = PurePosixPath(request.source or "request").name  # as the pipeline names it
    seen: dict[tuple[str, int], PageImage] = {}
    for segment in stored.segments:
        if segment.kind not in _PAGE_KINDS or segment.page is None or segment.source is None:
            continue
        digest = files.get(segment.source)
        if digest is None and not stored.attachments and segment.source == upload:
            digest = request.blob_sha256  # an upload is its one file
        key = (segment.source, segment.page)
        if digest is None or key in seen:
            continue
        seen[key] = PageImage(
            number=len(seen) + 1,
            source=segment.source,
            sha256=digest,
            page=segment.page,
            rotation=segment.rotation % 360,
        )
    return tuple(seen.values())


def page_geometry(
    data: bytes, *, page: int, rotation: int, limits: Limits, width: int = PAGE_WIDTH
) -> Geometry | None:
    """The picture's size and box scale, from the file's header; None if no such page."""
    try:
        upright = _upright_size(data, page=page, rotation=rotation, limits=limits)
    except Exception:  # a file pdfium or Pillow cannot open now: no picture, not a 500
        return None
    return None if upright is None else _fit(upright, width=width, limits=limits)


def cached_page_png(
    *, blobs: BlobStore, image: PageImage, limits: Limits, width: int = PAGE_WIDTH
) -> bytes | None:
    """The PNG of a page, drawn in the isolated process once and then kept; None if not."""
    entry = _cache_entry(blobs, image, width)
    if entry.exists():
        return blobs.get(entry.read_text().strip())
    data = blobs.get(image.sha256)
    drawn = read_isolated(
        render_png,
        data,
        image.page,
        image.rotation,
        limits,
        width,
        timeout_s=RENDER_TIMEOUT_S,
        memory_bytes=limits.memory_bytes,
    )
    if drawn is None or isinstance(drawn, IsolationFailure):
        return None
    _write_atomically(entry, blobs.put(drawn).encode())
    return drawn


def render_png(data: bytes, page: int, rotation: int, limits: Limits, width: int) -> bytes | None:
    """A page drawn upright as PNG at the size page_geometry gives; None if no such page."""
    geometry = page_geometry(data, page=page, rotation=rotation, limits=limits, width=width)
    if geometry is None:
        return None
    if detect_type(data) == "application/pdf":
        picture = _pdf_picture(data, page=page, rotation=rotation, geometry=geometry)
    else:
        frames = open_pages(data, name="page", limits=limits).pages
        if page > len(frames):
            return None
        picture = frames[page - 1].rotate(-rotation, expand=True)  # PIL turns anticlockwise
    if picture.mode not in ("L", "RGB"):
        picture = _on_white(picture)
    if picture.size != (geometry.width, geometry.height):
        picture = picture.resize((geometry.width, geometry.height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _upright_size(
    data: bytes, *, page: int, rotation: int, limits: Limits
) -> tuple[float, float, float] | None:
    """Width and height of the page drawn upright (points or pixels) and OCR pixels per unit."""
    if detect_type(data) == "application/pdf":
        found = _pdf_size(data, page=page, limits=limits)
    else:
        found = _image_size(data, page=page, limits=limits)
    if found is None:
        return None
    width, height, ocr_per_unit = found
    if rotation % 180 == 90:
        width, height = height, width
    return width, height, ocr_per_unit


def _pdf_size(data: bytes, *, page: int, limits: Limits) -> tuple[float, float, float] | None:
    """A PDF page's size in points and the pixels per point the reader drew it at for OCR."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            if not 1 <= page <= min(len(document), limits.max_pages):
                return None
            handle = document[page - 1]
            try:
                width, height = handle.get_size()
            finally:
                handle.close()
        finally:
            document.close()
    dpi = float(limits.render_dpi)
    area = max(width * height, 1.0) / _POINTS_PER_INCH**2
    if area * dpi * dpi > limits.max_pixels:  # as extractors.documents.pdf draws a poster, smaller
        dpi = (limits.max_pixels / area) ** 0.5 * 0.99
    return width, height, dpi / _POINTS_PER_INCH


def _image_size(data: bytes, *, page: int, limits: Limits) -> tuple[float, float, float] | None:
    """An image frame's size upright by EXIF, numbered as documents.images numbers them."""
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    with Image.open(io.BytesIO(data)) as image:  # reads the header, decodes nothing
        number = 0
        for index in range(limits.max_pages):
            if index and not _seek(image, index):
                return None
            width, height = image.size
            if width * height > limits.max_pixels:
                continue  # the reader skipped this frame: it has no page number
            number += 1
            if number == page:
                if image.getexif().get(0x0112) in _SWAPPING_EXIF:
                    width, height = height, width
                return float(width), float(height), 1.0
    return None


def _fit(upright: tuple[float, float, float], *, width: int, limits: Limits) -> Geometry:
    """The picture's size: PAGE_WIDTH wide (never enlarged from pixels), within max_pixels."""
    page_width, page_height, ocr_per_unit = upright
    pixels_wide = page_width if ocr_per_unit == 1.0 else float(width)  # a PDF page: any width
    target = min(float(width), pixels_wide)
    if target * target * page_height / page_width > limits.max_pixels:
        target = (limits.max_pixels * page_width / page_height) ** 0.5
    picture_width = max(1, int(target))
    picture_height = max(1, round(page_height * picture_width / page_width))
    return Geometry(
        width=picture_width,
        height=picture_height,
        scale=picture_width / (page_width * ocr_per_unit),
    )


def _pdf_picture(data: bytes, *, page: int, rotation: int, geometry: Geometry) -> Image.Image:
    """A PDF page drawn in colour so that it comes out geometry.width wide once upright."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            handle = document[page - 1]
            try:
                width, height = handle.get_size()
                upright_width = height if rotation % 180 == 90 else width
                bitmap = handle.render(scale=geometry.width / upright_width)
                picture: Image.Image = bitmap.to_pil().copy()
                bitmap.close()
            finally:
                handle.close()
        finally:
            document.close()
    return picture.rotate(-rotation, expand=True)


def _on_white(picture: Image.Image) -> Image.Image:
    """An RGB picture, transparent pixels on white as on paper."""
    rgba = picture.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(paper, rgba).convert("RGB")


def _seek(image: Image.Image, index: int) -> bool:
    try:
        image.seek(index)
    except (EOFError, OSError, ValueError):
        return False
    return True


def _cache_entry(blobs: BlobStore, image: PageImage, width: int) -> Path:
    """Where the digest of a page's PNG is noted: named by what the picture is drawn from."""
    key = sha256_hex(
        f"{_CACHE_FORMAT}/{image.sha256}/{image.page}/{image.rotation}/{width}".encode()
    )
    return blobs.root / _CACHE_FOLDER / key[:2] / key


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a cache entry whole or not at all (another process may write it too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
