"""Images: decoded safely, pages of a TIFF, upright by EXIF, HEIC, limits on pixels and pages."""

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from extractors.documents.images import open_pages
from extractors.documents.limits import Limits
from extractors.documents.read import read_documents
from tests.extractors.hostile import FakeOcr, pixel_flood_png, png

DOCUMENTS = Path(__file__).resolve().parents[2] / "sample_docs" / "documents"


def test_a_pixel_flood_png_is_refused_before_decoding() -> None:
    data = pixel_flood_png(30_000, 30_000)
    started = time.monotonic()

    doc = read_documents(data, kind="upload", name="flood.png", ocr=FakeOcr())

    assert time.monotonic() - started < 2
    assert doc.segments == ()
    assert doc.problems == (
        "flood.png: an image larger than the limit of 40,000,000 pixels; not read",
    )


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_an_image_just_over_the_pixel_limit_is_refused_too() -> None:
    data = png(Image.new("L", (50, 30), 255))  # 1500 pixels: PIL only warns below twice

    doc = read_documents(data, kind="upload", name="wide.png", limits=Limits(max_pixels=1000))

    assert doc.problems == (
        "wide.png page 1: 50×30 pixels, more than the limit of 1,000; not read",
    )
    open_pages(png(Image.new("L", (8, 8))), name="reset.png", limits=Limits())  # PIL's global


def test_every_page_of_a_tiff_is_read_up_to_the_page_limit() -> None:
    data = (DOCUMENTS / "packing-list-2-pages.tif").read_bytes()
    ocr = FakeOcr()

    all_pages = read_documents(data, kind="upload", name="list.tif", ocr=ocr)
    first_page = read_documents(
        data, kind="upload", name="list.tif", limits=Limits(max_pages=1), ocr=ocr
    )

    assert [(s.kind, s.page) for s in all_pages.segments] == [("ocr", 1), ("ocr", 2)]
    assert all_pages.problems == ()
    assert [s.page for s in first_page.segments] == [1]
    assert first_page.problems == ("list.tif: more than 1 pages, the limit; the first 1 were read",)


def test_exif_orientation_stands_a_phone_photo_upright() -> None:
    data = (DOCUMENTS / "pallet-photo.jpg").read_bytes()
    assert Image.open(io.BytesIO(data)).size == (960, 1280)  # stored sideways
    ocr = FakeOcr()

    read_documents(data, kind="upload", name="pallet.jpg", ocr=ocr)

    assert ocr.recognized == [(1280, 960)]


def test_a_heic_photo_is_decoded() -> None:
    opened = open_pages(
        (DOCUMENTS / "carton-label.heic").read_bytes(), name="label.heic", limits=Limits()
    )

    assert opened.problems == ()
    assert [page.size for page in opened.pages] == [(1024, 768)]


def test_icons_are_kept_but_not_ocred() -> None:
    ocr = FakeOcr()

    doc = read_documents(
        png(Image.new("RGB", (16, 16), "red")), kind="upload", name="icon.png", ocr=ocr
    )

    assert doc.segments == ()
    assert doc.problems == ()
    assert ocr.recognized == []


def test_a_broken_image_is_a_problem() -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40

    doc = read_documents(data, kind="upload", name="broken.png")

    assert len(doc.problems) == 1
    assert doc.problems[0].startswith("broken.png: not a readable image")
