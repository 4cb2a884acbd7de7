"""Open an image file (PNG, JPEG, TIFF, GIF, WebP, HEIC) as its pages, upright by EXIF.

Pixel counts are checked before anything is decoded: PIL's decompression-bomb guard
is set from Limits.max_pixels, and every frame of a multi-page TIFF is checked too.
"""

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.documents.limits import Limits

try:  # HEIC photos from phones: a decoder from PyPI, optional at run time
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HEIC_SUPPORTED = False


@dataclass(frozen=True)
class ImagePages:
    """The pages of an image file, decoded and upright by EXIF, and what went wrong."""

    pages: tuple[Image.Image, ...]
    dpi: int | None
    problems: tuple[str, ...] = ()


def open_pages(data: bytes, *, name: str, limits: Limits) -> ImagePages:
    """The frames of an image file (the first max_pages of them), each decoded and upright."""
    Image.MAX_IMAGE_PIXELS = limits.max_pixels  # PIL refuses twice this in open, warns above
    too_large = f"{name}: an image larger than the limit of {limits.max_pixels:,} pixels; not read"
    try:
        image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return ImagePages((), None, (too_large,))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        return ImagePages((), None, (f"{name}: not a readable image ({type(error).__name__})",))
    problems: list[str] = []
    pages: list[Image.Image] = []
    with image:
        dpi = _dpi(image)
        for index in range(limits.max_pages + 1):
            if not _seek(image, index):
                break
            if index == limits.max_pages:
                problems.append(
                    f"{name}: more than {limits.max_pages} pages, the limit; "
                    f"the first {limits.max_pages} were read"
                )
                break
            width, height = image.size
            if width * height > limits.max_pixels:
                problems.append(
                    f"{name} page {index + 1}: {width}×{height} pixels, more than the limit of "
                    f"{limits.max_pixels:,}; not read"
                )
                continue
            try:
                image.load()
                pages.append(ImageOps.exif_transpose(image.copy()))
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                problems.append(too_large)
            except (OSError, ValueError, SyntaxError, EOFError) as error:
                problems.append(
                    f"{name} page {index + 1}: could not be decoded ({type(error).__name__})"
                )
    return ImagePages(tuple(pages), dpi, tuple(problems))


def _seek(image: Image.Image, index: int) -> bool:
    """Go to frame `index`; False when there is none (or the file breaks off)."""
    if index == 0:
        return True
    try:
        image.seek(index)
    except (EOFError, OSError, ValueError):
        return False
    return True


def _dpi(image: Image.Image) -> int | None:
    """The resolution the file declares, when it is a plausible scan resolution."""
    value = image.info.get("dpi")
    if not isinstance(value, tuple) or not value:
        return None
    try:
        dpi = round(float(value[0]))
    except (TypeError, ValueError):
        return None
    return dpi if 70 <= dpi <= 1200 else None
