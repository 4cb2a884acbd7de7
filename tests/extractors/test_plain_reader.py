"""Reading a plain text upload."""

import pytest

from extractors.documents.plain_reader import decode_text, read_text
from tests.extractors.helpers import assert_well_formed


def test_one_segment_named_after_the_upload() -> None:
    doc = read_text(b"Order: SO-104224\r\n\r\nKM-61750  qty 2  defective\r\n", name="note.txt")

    assert doc.text == "Order: SO-104224\n\nKM-61750  qty 2  defective"
    assert [(s.name, s.kind, s.quoted) for s in doc.segments] == [
        ("attachment:note.txt", "text", False)
    ]
    assert doc.email is None
    assert_well_formed(doc)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Caf\u00e9 \u2013 6 pcs".encode(), "Caf\u00e9 \u2013 6 pcs"),
        ("\ufeffCaf\u00e9".encode(), "Caf\u00e9"),
        ("Caf\u00e9 \u2013 6 pcs".encode("cp1252"), "Caf\u00e9 \u2013 6 pcs"),
        (b"\x81\x8d\x8f", "\x81\x8d\x8f"),  # not cp1252 either: latin-1
        ("6 pcs missing".encode("utf-16"), "6 pcs missing"),
    ],
)
def test_decoding_falls_back_from_utf8_to_cp1252_to_latin1(data: bytes, text: str) -> None:
    assert decode_text(data) == text


def test_an_empty_upload_has_no_segment_and_says_so() -> None:
    doc = read_text(b"  \n\n", name="empty.txt")

    assert doc.text == ""
    assert doc.segments == ()
    assert doc.problems == ("empty.txt: no text",)
