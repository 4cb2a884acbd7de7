"""read_documents on the sample documents (real Tesseract) and on files whose names lie."""

import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from extractors.documents.read import read_documents
from extractors.text import RequestText, Segment
from tests.extractors.helpers import assert_well_formed
from tests.extractors.hostile import FakeOcr, png, text_pdf, windows_program

DOCUMENTS = Path(__file__).resolve().parents[2] / "sample_docs" / "documents"
SAMPLES = sorted(
    path.name.removesuffix(".json") for path in (DOCUMENTS / "expected").glob("*.json")
)
CLAIM = ["Claim form for order SO-104233", "SKU VLV-2210-BR quantity 18, crushed in transit"]


def expected(name: str) -> dict[str, Any]:
    return json.loads((DOCUMENTS / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def read_sample(name: str) -> RequestText:
    kind = "email" if name.endswith(".eml") else "upload"
    return read_documents((DOCUMENTS / name).read_bytes(), kind=kind, name=name)


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_documents_read_as_expected(name: str) -> None:
    want = expected(name)

    doc = read_sample(name)

    assert doc.problems == ()
    assert [(s.name, s.kind, s.page) for s in doc.segments] == [
        (s["name"], s["kind"], s["page"]) for s in want["segments"]
    ]
    missing = [key for key in want["contains"] if key not in doc.text]
    assert missing == [], doc.text
    assert_well_formed(doc)
    for number, lines in want.get("page_lines", {}).items():
        (page,) = [s for s in doc.segments if s.page == int(number) and s.kind == "pdf"]
        assert _folded(doc.text[page.start : page.end]) == _folded("\n".join(lines))
    for segment in doc.segments:
        if segment.kind == "ocr":
            _assert_words_map(doc, segment)
            assert segment.rotation == want.get("rotation", 0)


def test_the_rotated_scan_is_read_upright_with_boxes_on_the_upright_page() -> None:
    doc = read_sample("delivery-receipt-rotated.jpg")

    (segment,) = doc.segments
    stored = Image.open(DOCUMENTS / "delivery-receipt-rotated.jpg")
    upright_width, upright_height = stored.height, stored.width
    assert segment.rotation == 90
    assert all(w.left + w.width <= upright_width for w in segment.words)
    assert all(w.top + w.height <= upright_height for w in segment.words)
    order = next(w for w in segment.words if doc.text[w.start : w.end].endswith("104238"))
    assert order.top < upright_height / 4  # the header line, at the top once upright


def test_an_email_lists_its_files_and_the_files_inside_files() -> None:
    forwarded = read_sample("forwarded-chain.eml")
    winmail = read_sample("outlook-winmail.eml")

    assert [a.filename for a in forwarded.attachments] == ["fwd.eml/receiving-note.pdf"]
    assert [a.filename for a in winmail.attachments] == [
        "winmail.dat",
        "winmail.dat/return-list.pdf",
    ]
    sources = {s.name: s.source for s in forwarded.segments}
    assert sources["attachment:fwd.eml/body"] == "fwd.eml"
    assert sources["attachment:fwd.eml/receiving-note.pdf"] == "fwd.eml/receiving-note.pdf"


def test_a_pdf_named_like_a_photo_is_read_as_a_pdf() -> None:
    doc = read_documents(text_pdf([CLAIM]), kind="upload", name="photo.jpg")

    assert [(s.name, s.kind, s.page) for s in doc.segments] == [("attachment:photo.jpg", "pdf", 1)]
    assert "SO-104233" in doc.text


def test_a_program_named_like_a_pdf_is_refused() -> None:
    upload = read_documents(windows_program(), kind="upload", name="claim.pdf")
    mail = _email(
        ("claim.pdf", "application/pdf", windows_program()),
        ("real.pdf", "application/pdf", text_pdf([CLAIM])),
    )

    attached = read_documents(mail, kind="email", name="mail.eml", ocr=FakeOcr())

    assert upload.segments == ()
    assert upload.problems == ("claim.pdf: files of type application/x-msdownload are not read",)
    assert attached.problems == ("claim.pdf: files of type application/x-msdownload are not read",)
    assert [s.name for s in attached.segments] == ["subject", "body", "attachment:real.pdf"]


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b'{"order_number": "SO-104233"}', "application/json"),
        (b"PK\x03\x04" + b"\x00" * 40, "application/zip"),
        (b"\x00\x01\x02\x03 binary", "application/octet-stream"),
    ],
)
def test_an_upload_of_another_type_is_a_problem(data: bytes, mime: str) -> None:
    doc = read_documents(data, kind="upload", name="upload.bin")

    assert doc.segments == ()
    assert doc.problems == (f"upload.bin: files of type {mime} are not read",)


def test_a_text_upload_is_one_segment() -> None:
    doc = read_documents("Qté 18 VLV-2210-BR cassées\n".encode(), kind="upload", name="note.txt")

    assert [(s.name, s.kind, s.source) for s in doc.segments] == [
        ("attachment:note.txt", "text", "note.txt")
    ]
    assert doc.text == "Qté 18 VLV-2210-BR cassées"


def test_an_attached_message_file_is_read_by_its_content() -> None:
    inner = _email(("note.pdf", "application/pdf", text_pdf([CLAIM])), body="Twelve tees broken.\n")
    mail = _email(("forward.dat", "application/octet-stream", inner), body="See attached.\n")

    doc = read_documents(mail, kind="email", name="mail.eml")

    assert [s.name for s in doc.segments] == [
        "subject",
        "body",
        "attachment:forward.dat/subject",
        "attachment:forward.dat/body",
        "attachment:forward.dat/note.pdf",
    ]
    assert doc.problems == ()


def test_a_broken_winmail_dat_is_a_clear_problem() -> None:
    broken = b"\x78\x9f\x3e\x22\x01\x00" + b"\x01\x06\x90\x08\x00\xff\xff\xff\x7f"
    mail = _email(("winmail.dat", "application/ms-tnef", broken))

    doc = read_documents(mail, kind="email", name="mail.eml")

    assert [s.name for s in doc.segments] == ["subject", "body"]
    assert len(doc.problems) == 1
    assert doc.problems[0].startswith("winmail.dat: winmail.dat (TNEF) could not be read")


def test_pages_of_all_files_are_ocred_and_kept_in_order() -> None:
    image = _png_bytes()
    mail = _email(
        ("a.png", "image/png", image),
        ("b.pdf", "application/pdf", text_pdf([CLAIM])),
        ("c.png", "image/png", image),
    )

    doc = read_documents(mail, kind="email", name="mail.eml", ocr=FakeOcr("SO-104233 read"))

    assert [(s.name, s.kind) for s in doc.segments] == [
        ("subject", "subject"),
        ("body", "text"),
        ("attachment:a.png", "ocr"),
        ("attachment:b.pdf", "pdf"),
        ("attachment:c.png", "ocr"),
    ]
    for segment in doc.segments:
        if segment.kind == "ocr":
            _assert_words_map(doc, segment)


def _assert_words_map(doc: RequestText, segment: Segment) -> None:
    """Every word of an OCR segment is a token of the segment's text, in order."""
    assert segment.words
    last = segment.start
    for word in segment.words:
        assert last <= word.start < word.end <= segment.end
        token = doc.text[word.start : word.end]
        assert token.strip() == token
        assert " " not in token
        assert 0.0 <= word.confidence <= 1.0
        assert word.width > 0
        assert word.height > 0
        last = word.end


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _email(*files: tuple[str, str, bytes], body: str = "Files attached.\n") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = "Claim SO-104233"
    message.set_content(body)
    for filename, mime, data in files:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def _png_bytes() -> bytes:
    return png(Image.new("L", (400, 300), 255))


def _counting_isolation(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every reading that starts a child process (and still do it)."""
    from extractors.documents import read

    started: list[str] = []
    real = read.read_isolated

    def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        started.append(func.__name__)
        return real(func, *args, **kwargs)

    monkeypatch.setattr(read, "read_isolated", counted)
    return started


def test_a_plain_text_email_is_read_without_a_child_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractors.documents.read import read_documents_isolated

    started = _counting_isolation(monkeypatch)
    message = EmailMessage()
    message["From"], message["Subject"] = "dana@keystonemech.com", "damaged"
    message.set_content("\n".join(CLAIM))
    message.add_alternative(f"<p>{CLAIM[1]}</p>", subtype="html")
    text = read_documents_isolated(message.as_bytes(), kind="email", name="m.eml")
    assert started == []
    assert CLAIM[1] in text.text
    assert text == read_documents(message.as_bytes(), kind="email", name="m.eml")


@pytest.mark.parametrize("name", ["claim-email-with-pdf.eml", "outlook-winmail.eml"])
def test_an_email_with_files_is_still_read_in_a_child(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from extractors.documents.read import read_documents_isolated

    started = _counting_isolation(monkeypatch)
    read_documents_isolated((DOCUMENTS / name).read_bytes(), kind="email", name=name)
    assert started == ["_read_positional"]


def test_a_file_whose_bytes_are_text_is_read_in_place_whatever_it_is_called(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractors.documents.read import read_documents_isolated

    started = _counting_isolation(monkeypatch)
    form = EmailMessage()  # what the portal keeps: the note, and the fields as a JSON file
    form.set_content("sent from the portal")
    form.add_attachment(b'{"order_number": "SO-104233"}', maintype="application",
                        subtype="json", filename="claim-form.json")  # fmt: skip
    form.add_attachment("\n".join(CLAIM).encode(), maintype="text", subtype="plain",
                        filename="claim.txt")  # fmt: skip
    text = read_documents_isolated(form.as_bytes(), kind="email", name="form.eml")
    upload = read_documents_isolated("\n".join(CLAIM).encode(), kind="upload", name="c.txt")
    assert started == []
    assert CLAIM[1] in text.text
    assert CLAIM[1] in upload.text


def test_a_file_that_only_says_it_is_text_or_a_large_email_goes_to_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from extractors.documents.read import read_documents_isolated

    started = _counting_isolation(monkeypatch)
    disguised = EmailMessage()
    disguised.set_content("see attached")
    disguised.add_attachment(text_pdf(CLAIM), maintype="application", subtype="json",
                             filename="claim-form.json")  # fmt: skip
    large = EmailMessage()
    large.set_content("x" * 300_000)
    for message in (disguised, large):
        read_documents_isolated(message.as_bytes(), kind="email", name="m.eml")
    read_documents_isolated(text_pdf(CLAIM), kind="upload", name="claim.txt")
    assert started == ["_read_positional"] * 3
