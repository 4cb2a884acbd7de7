"""Every limit of Limits, breached: a clear problem, and the rest of the request still read."""

import time
from email.message import EmailMessage
from pathlib import Path

from PIL import Image

from extractors.documents.limits import Limits, describe_bytes
from extractors.documents.ocr import OcrPage
from extractors.documents.read import read_documents
from tests.extractors.hostile import FakeOcr, nested_mime, text_pdf

DOCUMENTS = Path(__file__).resolve().parents[2] / "sample_docs" / "documents"
CLAIM = ["Claim form for order SO-104233", "SKU VLV-2210-BR quantity 18, crushed in transit"]


def email_with(*files: tuple[str, bytes]) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = "Claim SO-104233"
    message.set_content("Files attached.\n")
    for filename, data in files:
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=filename
        )
    return message.as_bytes()


def test_a_file_over_the_size_limit_is_not_read_but_the_others_are() -> None:
    small = text_pdf([CLAIM])
    large = text_pdf([CLAIM * 40])
    limits = Limits(max_file_bytes=len(small) + 10)

    upload = read_documents(large, kind="upload", name="big.pdf", limits=limits)
    mail = read_documents(
        email_with(("big.pdf", large), ("small.pdf", small)), kind="email", name="m", limits=limits
    )

    size, limit = describe_bytes(len(large)), describe_bytes(len(small) + 10)
    assert upload.problems == (f"big.pdf: {size}, more than the limit of {limit}; not read",)
    assert mail.problems == upload.problems
    assert [s.name for s in mail.segments] == ["subject", "body", "attachment:small.pdf"]


def test_an_email_over_its_size_limit_is_not_read() -> None:
    data = email_with(("claim.pdf", text_pdf([CLAIM])))

    doc = read_documents(data, kind="email", name="mail.eml", limits=Limits(max_email_bytes=100))

    assert doc.segments == ()
    assert doc.problems == (
        f"mail.eml: {describe_bytes(len(data))}, more than the limit of 100 bytes; not read",
    )


def test_mime_depth_beyond_the_limit_is_a_problem_in_read_documents() -> None:
    doc = read_documents(nested_mime(12, "deep claim"), kind="email", name="deep.eml")

    assert doc.problems == ("part 7: nested deeper than 5 MIME levels; not read",)
    assert [s.name for s in doc.segments] == ["subject"]


def test_messages_attached_inside_messages_stop_at_the_depth_limit() -> None:
    data = email_with(("claim.pdf", text_pdf([CLAIM])))
    for level in range(3):
        data = email_with((f"fwd{level}.eml", data))

    doc = read_documents(data, kind="email", name="mail.eml", limits=Limits(max_mime_depth=2))

    assert doc.problems == ("fwd2.eml/fwd1.eml/fwd0.eml: messages nested deeper than 2; not read",)
    assert "attachment:fwd2.eml/fwd1.eml/body" in [s.name for s in doc.segments]


def test_ocr_that_runs_past_its_page_limit_is_stopped() -> None:
    data = (DOCUMENTS / "packing-slip.png").read_bytes()
    started = time.monotonic()

    doc = read_documents(
        data, kind="upload", name="slip.png", limits=Limits(ocr_page_timeout_s=0.05)
    )

    assert time.monotonic() - started < 5
    assert doc.segments == ()
    assert doc.problems == ("slip.png page 1: OCR took longer than 0.05 s; stopped",)


class SlowOcr(FakeOcr):
    """Takes its time over every page."""

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        time.sleep(1.5)
        return super().recognize(image, dpi=dpi, timeout_s=timeout_s)


def test_the_total_time_limit_ends_the_reading_with_what_was_read() -> None:
    data = email_with(
        ("scans.tif", (DOCUMENTS / "packing-list-2-pages.tif").read_bytes()),
        ("claim.pdf", text_pdf([CLAIM])),
    )
    limits = Limits(total_timeout_s=0.5, ocr_workers=1)
    started = time.monotonic()

    doc = read_documents(data, kind="email", name="mail.eml", limits=limits, ocr=SlowOcr())

    assert time.monotonic() - started < 1.5
    assert [s.name for s in doc.segments] == ["subject", "body", "attachment:claim.pdf"]
    assert doc.problems == (
        "scans.tif page 1: not read within the total time limit of 0.5 s",
        "scans.tif page 2: not read within the total time limit of 0.5 s",
    )


def test_describe_bytes() -> None:
    assert [describe_bytes(n) for n in (812, 3 * 1024, 25 * 1024 * 1024)] == [
        "812 bytes",
        "3.0 KiB",
        "25.0 MiB",
    ]
