"""Measure which OCR preprocessing steps help, on the sample documents and small photos.

    .venv/bin/python bench/preprocess.py

For each variant of extractors.documents.ocr.Preprocess, every page image of the corpus is read
with Tesseract; printed are the key strings found (order numbers, SKUs, quantities
from sample_docs/documents/expected), the mean word confidence and the time. The
corpus: the images and scanned PDF pages of sample_docs/documents, and the same label
photo at phone-thumbnail sizes (made here), where upscaling is meant to matter.
"""

import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "sample_docs" / "scripts")]

from extractors.documents.images import open_pages  # noqa: E402
from extractors.documents.limits import Limits  # noqa: E402
from extractors.documents.ocr import Preprocess, Tesseract, read_page  # noqa: E402
from extractors.documents.pdf import read_pages  # noqa: E402
from extractors.documents.read import read_documents  # noqa: E402

DOCUMENTS = ROOT / "sample_docs" / "documents"
VARIANTS = {
    "grayscale only": Preprocess(upscale_below=0),
    "+ upscale small (kept)": Preprocess(),
    "+ autocontrast": Preprocess(upscale_below=0, autocontrast=True),
    "+ upscale + autocontrast": Preprocess(autocontrast=True),
}


@dataclass(frozen=True)
class Page:
    document: str
    number: int
    image: Image.Image
    dpi: int | None
    keys: tuple[str, ...]  # of the whole document: found when on any of its pages


def corpus() -> list[Page]:
    """Every OCR page image of the samples, with the strings it must yield."""
    import make_documents  # the sample generator: its label photos, at small sizes

    pages: list[Page] = []
    limits = Limits()
    for path in sorted(DOCUMENTS.iterdir()):
        expectations = DOCUMENTS / "expected" / f"{path.name}.json"
        if not expectations.is_file() or path.suffix == ".eml":
            continue
        expected = json.loads(expectations.read_text())
        if not any(segment["kind"] == "ocr" for segment in expected["segments"]):
            continue
        keys = tuple(expected["contains"])
        data = path.read_bytes()
        if path.suffix == ".pdf":
            for item in read_pages(
                data, name=path.name, limits=limits, deadline=time.monotonic() + 60
            ):
                if not isinstance(item, str) and item.image is not None:
                    pages.append(Page(path.name, item.number, item.image, item.dpi, keys))
            continue
        opened = open_pages(data, name=path.name, limits=limits)
        for number, image in enumerate(opened.pages, start=1):
            pages.append(Page(path.name, number, image, opened.dpi, keys))
    rng = random.Random(7)
    label = ["SO-104236", "VLV-1005-BV", "QTY 24"]
    for size in ((960, 720), (800, 600), (640, 480), (480, 360)):
        photo = make_documents.label_photo(label, rng, size=size)
        pages.append(Page(f"label photo {size[0]}x{size[1]}", 1, photo, None, tuple(label)))
    return pages


def main() -> None:
    """Print, per variant, keys found, mean confidence and seconds."""
    read_documents(b"warm up", kind="upload", name="warm-up.txt")
    pages = corpus()
    keys = {page.document: page.keys for page in pages}
    total_keys = sum(len(document_keys) for document_keys in keys.values())
    engine = Tesseract()
    print(f"{len(pages)} page images of {len(keys)} documents, {total_keys} key strings")
    for name, preprocess in VARIANTS.items():
        texts = dict.fromkeys(keys, "")
        confidence = 0.0
        started = time.perf_counter()
        for page in pages:
            result = read_page(
                engine, page.image, dpi=page.dpi, timeout_s=60, preprocess=preprocess
            )
            texts[page.document] += "\n\n" + result.text
            confidence += result.mean_confidence()
        seconds = time.perf_counter() - started
        misses = [
            f"{document}: {key}"
            for document, text in texts.items()
            for key in keys[document]
            if key not in text
        ]
        print(
            f"{name:26} keys {total_keys - len(misses)}/{total_keys}  mean confidence "
            f"{confidence / len(pages):.3f}  {seconds:.1f} s"
        )
        for miss in misses:
            print(f"{'':28}missed {miss}")


if __name__ == "__main__":
    main()
