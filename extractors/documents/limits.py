"""The limits documents are read within: every breach becomes a problem, never a crash."""

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much of a request's documents is read, and how long and how large they may be."""

    max_file_bytes: int = 25 * MIB  # one upload or one attachment
    max_email_bytes: int = 64 * MIB  # a whole message, attachments included (base64 grows 4/3)
    max_pages: int = 50  # pages of one PDF, frames of one TIFF
    max_pixels: int = 40_000_000  # one image, one TIFF frame, one rendered page
    max_mime_parts: int = 100
    max_mime_depth: int = 5  # nested multiparts and attached messages
    max_stream_bytes: int = 75_000_000  # one decompressed PDF stream
    ocr_page_timeout_s: float = 30.0
    total_timeout_s: float = 120.0
    render_dpi: int = 200
    memory_bytes: int = 1536 * MIB  # address space of the isolated reader process
    ocr_workers: int = 0  # Tesseract processes at once; 0 means one per core
    # The isolated reader and its Tesseracts run this much nicer than the service, so that
    # the pages and the requests with nothing to OCR keep their pace while scans are read.
    reader_niceness: int = 10


def describe_bytes(size: int) -> str:
    """A size for a problem message: "812 bytes", "3.4 MiB"."""
    if size < 1024:
        return f"{size} bytes"
    if size < MIB:
        return f"{size / 1024:.1f} KiB"
    return f"{size / MIB:.1f} MiB"
