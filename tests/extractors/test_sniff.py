"""Channel and type of raw bytes, by content."""

import json

import pytest

from extractors.documents.sniff import detect_channel, detect_type

X12 = (
    b"ISA*00*          *00*          *ZZ*KEYSTONEMECH   *ZZ*DISTRIB        *261107*0942*U"
    b"*00401*000000905*0*P*>~GS*RT*KEYSTONEMECH*DISTRIB*20261107*0942*905*X*004010~"
)
EMAIL = (
    b"Received: from mail.keystonemech.com by mx.distributor.example; Sat, 7 Nov 2026\r\n"
    b"From: Dana Ruiz <ap@keystonemech.com>\r\n"
    b"To: returns@distributor.example\r\n"
    b"Subject: SO-104233 damaged valves\r\n"
    b"  (folded subject line)\r\n"
    b"\r\n"
    b"Hi,\r\n18 x VLV-2210-BR arrived crushed.\r\n"
)


@pytest.mark.parametrize(
    ("data", "channel"),
    [
        (X12, "edi"),
        (b"\xef\xbb\xbf\r\n  " + X12, "edi"),  # a byte-order mark and indentation
        (X12.replace(b"*", b"|"), "edi"),  # a pipe as element separator
        (EMAIL, "email"),
        (b"From MAILER-DAEMON Sat Nov  7 09:42:17 2026\n" + EMAIL, "email"),  # mbox line
        (b"ISAAC wrote a note about 18 crushed valves", "upload"),
        (b"From: Dana\n\nonly one header", "upload"),
        (b"Subject: no sender\nDate: Sat, 7 Nov 2026 09:42:17 -0500\n\nbody", "upload"),
        (b"Order SO-104233\nFrom: the warehouse\nSubject: x\n", "upload"),  # not leading
        (b"%PDF-1.7\n...", "upload"),
        (b"", "upload"),
    ],
)
def test_detect_channel_reads_content_not_names(data: bytes, channel: str) -> None:
    assert detect_channel(data) == channel


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
        (b"\r\n%PDF-1.4\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "image/tiff"),
        (json.dumps({"order_number": "SO-104233", "lines": []}).encode(), "application/json"),
        (b'\xef\xbb\xbf  {"sku": "VLV-2210-BR"}', "application/json"),
        (b"[1, 2, 3]", "text/plain"),  # JSON, but not an object
        (b"{not json", "text/plain"),
        (EMAIL, "message/rfc822"),
        (X12, "application/edi-x12"),
        ("Caf\u00e9 order: 6 units missing\n".encode(), "text/plain"),
        ("Caf\u00e9 order: 6 units missing\n".encode("cp1252"), "text/plain"),
        ("6 units missing".encode("utf-16"), "text/plain"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b"\x00\x01\x02\x03binary", "application/octet-stream"),
        (b"", "application/octet-stream"),
    ],
)
def test_detect_type_by_magic_bytes_and_structure(data: bytes, mime: str) -> None:
    assert detect_type(data) == mime
