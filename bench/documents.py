"""How fast documents are read: text-layer PDFs, scanned pages, and the Tesseract baseline.

    .venv/bin/python bench/documents.py [--pages 200] [--scans 6]

Makes its own corpus in a temporary folder (a text-layer PDF of packing-list pages,
scanned-looking page images), then prints:

- pages per second of read_documents on the text-layer PDF (best of 3 runs);
- seconds per scanned page: read_documents on an email carrying the page images
  (OCR in parallel, one Tesseract per core), total time divided by the pages;
- the ratio of that total to running the `tesseract` command line on the same page
  images in the same run, as many at once as there are cores (OMP_THREAD_LIMIT=1);
- the same email through read_documents_isolated (child process, memory cap);
- for reference, the command line one page at a time with its default OpenMP threads.

Runs are interleaved and the best of --rounds counts, as other load on the machine
slows every contender alike.

Figures only: nothing here passes or fails.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "sample_docs" / "scripts")]

from extractors.documents.limits import Limits  # noqa: E402
from extractors.documents.read import read_documents, read_documents_isolated  # noqa: E402

SKUS = [
    ("VLV-2210-BR", '2" bronze gate valve, threaded'),
    ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
    ("VLV-0750-PRV", '3/4" water pressure reducing valve'),
    ("PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil'),
    ("HVC-CND-PUMP", "condensate removal pump, 115 V"),
    ("TST-2100-NP", "non-programmable digital thermostat"),
]


def packing_list(rng: random.Random, number: int, lines: int) -> list[str]:
    """The lines of one packing-list page."""
    page = [f"PACKING LIST  SO-{104200 + number % 50}  page {number}", ""]
    for index in range(lines):
        sku, description = rng.choice(SKUS)
        page.append(f"{index + 1:3d}  {sku:<16} {description:<36} {rng.randint(1, 150):>4}")
    return page


def make_corpus(folder: Path, *, pages: int, scans: int) -> tuple[bytes, list[Path]]:
    """A text-layer PDF of `pages` pages and `scans` scanned page images (PNG, 200 dpi)."""
    import make_documents  # the sample generator: its page layout and scanner look

    rng = random.Random(20261107)
    text_pdf = make_documents.text_pdf([packing_list(rng, n, 30) for n in range(1, pages + 1)])
    (folder / "text-layer.pdf").write_bytes(text_pdf)
    images = []
    for number in range(1, scans + 1):
        page = make_documents.render(
            make_documents.text_pdf([packing_list(rng, number, 22)], courier=True), dpi=200
        )
        scan = make_documents.scanned(page, rng, angle=rng.uniform(-1.0, 1.0))
        path = folder / f"scan-{number}.png"
        scan.save(path, dpi=(200, 200))
        images.append(path)
    return text_pdf, images


def email_with(images: list[Path]) -> bytes:
    """An email carrying the page images as attachments."""
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = "Scanned packing lists"
    message.set_content("Scans attached.\n")
    for path in images:
        message.add_attachment(
            path.read_bytes(), maintype="image", subtype="png", filename=path.name
        )
    return message.as_bytes()


def tesseract_cli(images: list[Path], *, workers: int, one_thread: bool) -> float:
    """Seconds to run `tesseract <image> stdout` on every image, `workers` at a time."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"} if one_thread else dict(os.environ)

    def run(path: Path) -> None:
        subprocess.run(["tesseract", str(path), "stdout"], env=env, capture_output=True, check=True)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(run, images))
    return time.perf_counter() - started


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    """Make the corpus, time each reading, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages of the text-layer PDF")
    parser.add_argument("--scans", type=int, default=6, help="scanned page images")
    parser.add_argument("--rounds", type=int, default=2, help="timed runs of each; best counts")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    limits = Limits(max_pages=args.pages)
    with tempfile.TemporaryDirectory(prefix="bench-documents-") as temp:
        text_pdf, images = make_corpus(Path(temp), pages=args.pages, scans=args.scans)
        mail = email_with(images)
        read_documents(text_pdf, kind="upload", name="warm-up.pdf")  # imports, caches
        tesseract_cli(images[:1], workers=1, one_thread=True)  # language data into the cache
        read_documents_isolated(b"warm up", kind="upload", name="warm-up.txt")  # fork server

        text_runs = [
            timed(lambda: read_documents(text_pdf, kind="upload", name="t.pdf", limits=limits))
            for _ in range(3)
        ]
        doc = read_documents(text_pdf, kind="upload", name="t.pdf", limits=limits)
        read = sum(1 for segment in doc.segments if segment.kind == "pdf")
        best = min(text_runs)
        print(f"text-layer PDF: {read} pages in {best:.2f} s: {read / best:.0f} pages/s")

        cli, ours, isolated = [], [], []
        for _ in range(args.rounds):  # interleaved, so that other load hits all alike
            cli.append(timed(lambda: tesseract_cli(images, workers=cores, one_thread=True)))
            ours.append(timed(lambda: read_documents(mail, kind="email", name="scans.eml")))
            isolated.append(
                timed(lambda: read_documents_isolated(mail, kind="email", name="scans.eml"))
            )
        doc = read_documents(mail, kind="email", name="scans.eml")
        ocr_pages = sum(1 for segment in doc.segments if segment.kind == "ocr")
        one_by_one = timed(lambda: tesseract_cli(images[:2], workers=1, one_thread=False)) / 2
        pages = len(images)
        print(
            f"scanned pages: {ocr_pages} of {pages} read, {min(ours) / pages:.2f} s per page "
            f"({min(ours):.2f} s for {pages} pages on {cores} cores)"
        )
        print(
            f"  tesseract CLI on the same images, {cores} at a time: {min(cli):.2f} s; "
            f"ratio ours/CLI = {min(ours) / min(cli):.2f}"
        )
        print(
            f"  read_documents_isolated: {min(isolated):.2f} s; "
            f"ratio ours/CLI = {min(isolated) / min(cli):.2f}"
        )
        print(
            f"  tesseract CLI one page at a time, default OpenMP threads: "
            f"{one_by_one:.2f} s per page"
        )
        if doc.problems:
            print(f"  problems: {list(doc.problems)}")


if __name__ == "__main__":
    main()
