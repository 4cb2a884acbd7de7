"""Files made to hurt a reader, and plain builders of small PDFs, for the document tests."""

import io
import struct
import zlib

from PIL import Image

from extractors.documents.ocr import OcrPage
from extractors.text import OcrWord

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF of numbered object bodies (1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object body."""
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_content(lines: list[str]) -> bytes:
    """A content stream that writes lines of Helvetica text down a page."""
    ops = [b"BT /F1 12 Tf 72 720 Td 16 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a Helvetica text layer, one page per list of lines."""
    count = len(pages)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * index) for index in range(count))
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    for lines in pages:
        contents = len(objects) + 2
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, contents)
        )
        objects.append(stream(text_content(lines)))
    objects.append(HELVETICA)
    return pdf_bytes(objects)


def many_pages_pdf(count: int, line: str) -> bytes:
    """A PDF of `count` pages sharing one content stream: cheap to make, long to read."""
    kids = b" ".join(b"%d 0 R" % (5 + index) for index in range(count))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        stream(text_content([line])),
        HELVETICA,
    ]
    objects += [page] * count
    return pdf_bytes(objects)


def page_tree_bomb(levels: int = 9) -> bytes:
    """A PDF whose page tree names the same branch ten times at each level: 10**levels pages."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(levels):
        child = level + 3
        kids = b" ".join([b"%d 0 R" % child] * 10)
        objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, 10 ** (levels - level)))
    page = levels + 2
    objects.append(
        b"<< /Type /Page /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Contents %d 0 R >>" % (page + 2, page + 1)
    )
    objects.append(stream(text_content(["Packing list SO-104233 VLV-2210-BR qty 18"])))
    objects.append(HELVETICA)
    return pdf_bytes(objects)


def deflate_bomb(mebibytes: int) -> bytes:
    """A zlib stream of ~1 MiB that inflates to `mebibytes` MiB of zeros (made in a blink:
    one fully flushed block, repeated)."""
    compressor = zlib.compressobj(9)
    head = compressor.compress(b"\0" * (16 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(b"\0" * (16 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head + block * (mebibytes // 16 - 1) + compressor.flush()


def compression_bomb_pdf(mebibytes: int = 1024) -> bytes:
    """A one-page PDF whose FlateDecode content stream inflates to GiBs."""
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            stream(deflate_bomb(mebibytes), b"/Filter /FlateDecode"),
            HELVETICA,
        ]
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pixel_flood_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A PNG of a few dozen bytes that declares width×height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + _chunk(b"IEND", b"")
    )


def windows_program() -> bytes:
    """The first bytes of a Windows .exe: an MZ header pointing at a PE signature."""
    header = bytearray(b"MZ" + b"\x90\x00" * 29)
    header += bytes(0x40 - len(header))
    header[0x3C:0x40] = struct.pack("<I", 0x80)
    header += bytes(0x80 - len(header)) + b"PE\x00\x00" + bytes(200)
    return bytes(header)


def nested_mime(depth: int, text: str) -> bytes:
    """An email whose text lies `depth` multipart/mixed levels down (written out by hand:
    the email package's own generator recurses too deep for thousands of levels)."""
    head = (
        b"From: Dana Ruiz <ap@keystonemech.com>\r\nTo: returns@distributor.example\r\n"
        b"Subject: Nested\r\nMIME-Version: 1.0\r\n"
    )
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        for level in range(depth)
    )
    leaf = b"Content-Type: text/plain\r\n\r\n" + text.encode() + b"\r\n"
    closing = b"".join(b"--b%d--\r\n" % level for level in reversed(range(depth)))
    return head + opening + leaf + closing


def png(image: Image.Image) -> bytes:
    """The PNG bytes of an image."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


class FakeOcr:
    """An OcrEngine that reads every image as the same words, and counts its calls."""

    def __init__(self, text: str = "PACKING SLIP SO-104233 VLV-2210-BR 40", turn: int | None = 0):
        self.text = text
        self.turn = turn
        self.recognized: list[tuple[int, int]] = []  # image sizes read
        self.oriented = 0

    def recognize(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """One word per space-separated token, boxes along a line, confidence 0.9."""
        self.recognized.append(image.size)
        words = []
        position = 0
        for index, token in enumerate(self.text.split(" ")):
            words.append(
                OcrWord(position, position + len(token), 10 + 100 * index, 20, 90, 30, 0.9)
            )
            position += len(token) + 1
        return OcrPage(text=self.text, words=tuple(words))

    def orientation(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> int | None:
        """The turn it was made with."""
        self.oriented += 1
        return self.turn

    def recognize_line(self, image: Image.Image, *, dpi: int | None, timeout_s: float) -> OcrPage:
        """A line read alone: as a page (its words are never unsure, so never asked)."""
        return self.recognize(image, dpi=dpi, timeout_s=timeout_s)
