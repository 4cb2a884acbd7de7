"""The file types documents are read by: photos, Outlook's winmail.dat, programs, archives."""

import pytest

from extractors.documents.sniff import detect_type
from tests.extractors.hostile import windows_program


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x00\x00\x00\x1cftypheic\x00\x00\x00\x00mif1heic", "image/heic"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00", "image/heic"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x00\x00", "application/octet-stream"),  # a video
        (b"GIF89a\x01\x00\x01\x00", "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x78\x9f\x3e\x22\x01\x00\x01\x06\x90", "application/vnd.ms-tnef"),
        (b"PK\x03\x04\x14\x00\x06\x00", "application/zip"),
        (windows_program(), "application/x-msdownload"),
        (b"MZ is how this text note starts, no program at all", "text/plain"),
    ],
)
def test_detect_type_knows_the_files_customers_attach(data: bytes, mime: str) -> None:
    assert detect_type(data) == mime
