"""What a document is, by its content: the channel of raw bytes and a MIME-ish type.

Names and declared types lie (a `.txt` that is an email, a `.edi` that is a PDF);
the first bytes rarely do.
"""

import io
import json
import re
import zipfile
from typing import Literal

Channel = Literal["email", "edi", "upload"]

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Headers that open real messages; a block needs From and one more of these.
_KNOWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "date",
        "subject",
        "received",
        "message-id",
        "mime-version",
        "return-path",
        "reply-to",
        "sender",
        "delivered-to",
        "content-type",
        "in-reply-to",
        "references",
    }
)
_HEADER_LINE = re.compile(rb"^([!-9;-~]+):[ \t]*(.*)$")  # field-name: printable, no colon
_MBOX_FROM = re.compile(rb"^From \S+")  # an mbox "From " separator line
_HEADER_SCAN = 64 * 1024  # the header block of a message lives in its first bytes

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\x78\x9f\x3e\x22", "application/vnd.ms-tnef"),  # Outlook winmail.dat
)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_ZIP = b"PK\x03\x04"
# ISO base media files (HEIC photos) name their brand in an "ftyp" box at offset 4.
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
_PDF_SCAN = 1024  # a PDF header may follow some junk within the first kilobyte
_TEXT_CONTROL = frozenset(b"\t\n\r\f\b\x1b")
_PRINTABLE_SHARE = 0.95  # "mostly printable": at most one byte in twenty is not


def detect_channel(data: bytes) -> Channel:
    """The channel raw bytes belong to: an X12 interchange, an RFC 822 message, or an upload."""
    if is_x12(data) or is_headless_x12(data):
        return "edi"
    if is_email(data):
        return "email"
    return "upload"


def detect_type(data: bytes) -> str:
    """A MIME type for the bytes, from their magic numbers and structure."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data.startswith(_ZIP):
        return _zip_type(data)
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if _is_windows_program(data):
        return "application/x-msdownload"
    if b"%PDF-" in data[:_PDF_SCAN]:
        return "application/pdf"
    if is_x12(data) or is_headless_x12(data):
        return "application/edi-x12"  # one without its ISA is then refused, not read as text
    if _is_json_object(data):
        return "application/json"
    if is_email(data):
        return "message/rfc822"
    if _is_text(data):
        return "text/plain"
    return "application/octet-stream"


def is_x12(data: bytes) -> bool:
    """Whether the bytes open an X12 interchange: ISA then its element separator."""
    head = _strip_bom(data[:512]).lstrip()
    if len(head) < 4 or not head.startswith(b"ISA"):
        return False
    separator = head[3:4]
    return not separator.isalnum() and not separator.isspace()


_HEADLESS_X12 = re.compile(rb"(?:GS|ST)([^A-Za-z0-9\s])[^\n]{0,80}?\1")


def is_headless_x12(data: bytes) -> bool:
    """Whether the bytes open with X12 segments but no ISA (a GS or ST, then elements)."""
    head = _strip_bom(data[:512]).lstrip()
    return _HEADLESS_X12.match(head) is not None


def is_email(data: bytes) -> bool:
    """Whether the bytes open with an RFC 822 header block holding From and one more header."""
    names = _header_names(_strip_bom(data[:_HEADER_SCAN]))
    return "from" in names and len(names & _KNOWN_HEADERS) >= 2


def _header_names(data: bytes) -> set[str]:
    """The field names of the leading header block (up to a blank or non-header line)."""
    names: set[str] = set()
    lines = data.split(b"\n")
    if lines and _MBOX_FROM.match(lines[0]) and not _HEADER_LINE.match(lines[0]):
        lines = lines[1:]
    for index, raw in enumerate(lines):
        line = raw.rstrip(b"\r")
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and index > 0:
            continue  # a folded continuation of the previous header
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        names.add(match.group(1).decode("ascii").lower())
    return names


def _zip_type(data: bytes) -> str:
    """An Excel workbook is a zip that holds xl/workbook.xml; any other zip (docx, odt, an
    archive) is only a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "application/zip"
    return XLSX if "xl/workbook.xml" in names else "application/zip"


def _is_windows_program(data: bytes) -> bool:
    """An MZ header whose e_lfanew offset points at a PE signature."""
    if not data.startswith(b"MZ") or len(data) < 0x40:
        return False
    offset = int.from_bytes(data[0x3C:0x40], "little")
    return data[offset : offset + 4] == b"PE\x00\x00"


def _strip_bom(data: bytes) -> bytes:
    return data[len(_BOM) :] if data.startswith(_BOM) else data


def _is_json_object(data: bytes) -> bool:
    head = _strip_bom(data).lstrip()
    if not head.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(head.decode("utf-8")), dict)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False


def _is_text(data: bytes) -> bool:
    if data.startswith(_UTF16_BOMS):
        try:
            data.decode("utf-16")
        except UnicodeDecodeError:
            return False
        return True
    if not data or b"\x00" in data:
        return False
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 or latin-1 text: printable ASCII, whitespace and high letters
        printable = sum(
            1 for byte in data if (byte >= 0x20 and byte != 0x7F) or byte in _TEXT_CONTROL
        )
        return printable / len(data) >= _PRINTABLE_SHARE
    controls = sum(1 for char in decoded if ord(char) < 0x20 and ord(char) not in _TEXT_CONTROL)
    return controls / len(decoded) <= 1 - _PRINTABLE_SHARE
