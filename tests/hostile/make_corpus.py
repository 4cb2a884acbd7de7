"""The hostile corpus: files made to hurt the service, built the same way every time.

    .venv/bin/python tests/hostile/make_corpus.py OUT_FOLDER

Each entry is a file a careless or hostile sender could post (bombs, truncated files,
deep MIME nesting, huge counts, wrong X12 terminators, path traversal names, huge
numbers), with the name it is posted under. `tests/hostile/test_corpus.py` posts each
through the API, lets the worker read it, and checks the outcome recorded for it.
Nothing random: the bytes depend on nothing but this file.
"""

import io
import json
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

CLAIM = "Order SO-104233: 18 units of VLV-2210-BR arrived damaged, crushed on the pallet."
MIB = 1024 * 1024
ISA = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMECH   *ZZ*DISTRIBUTOR    "
    "*261107*0915*U*00401*000000101*0*P*>"
)


@dataclass(frozen=True)
class Hostile:
    """One file of the corpus: the name it is posted under and its bytes."""

    key: str  # what the test calls it
    filename: str  # as posted: may hold "../" on purpose
    data: bytes


def _zeros_deflated(size: int) -> bytes:
    """`size` zero bytes, deflated in pieces so the generator never holds them."""
    packer = zlib.compressobj(9)
    chunk = bytes(MIB)
    out = [packer.compress(chunk) for _ in range(size // MIB)]
    return b"".join([*out, packer.flush()])


def zip_bomb() -> bytes:
    """A 100 KiB zip that expands to 200 MiB."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("claim.txt", "w") as member,
    ):
        chunk = bytes(MIB)
        for _ in range(200):
            member.write(chunk)
    return buffer.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of numbered objects (1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _page_pdf(content: bytes, filtered: bool = False) -> bytes:
    """A one-page PDF with Helvetica and the given content stream."""
    extra = b"/Filter /FlateDecode " if filtered else b""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def text_pdf() -> bytes:
    return _page_pdf(b"BT /F1 12 Tf 72 720 Td (" + CLAIM.encode() + b") Tj ET")


def pdf_bomb() -> bytes:
    """A PDF whose one content stream inflates to 120 MiB (the limit is 75 MB)."""
    return _page_pdf(_zeros_deflated(120 * MIB), filtered=True)


def _email(subject: str, body: str) -> EmailMessage:
    message = EmailMessage(policy=default)
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = subject
    message["Date"] = "Sat, 07 Nov 2026 09:42:17 -0500"
    message.set_content(body)
    return message


def deep_nesting(levels: int = 8) -> bytes:
    """The claim in a message forwarded inside `levels` messages (the limit is 5)."""
    inner = _email("damaged valves", CLAIM)
    for level in range(levels):
        outer = _email(f"Fwd ({level + 1})", "Forwarding the message below.")
        outer.add_attachment(message_from_bytes(inner.as_bytes(), policy=default))
        inner = outer
    return inner.as_bytes()


def many_parts(count: int = 300) -> bytes:
    """The claim in the body and `count` tiny text attachments (the limit is 100 parts)."""
    message = _email("damaged valves", CLAIM)
    for number in range(count):
        message.add_attachment(f"part {number}", filename=f"part-{number}.txt")
    return message.as_bytes()


def email_with(attachment: bytes, filename: str, maintype: str, subtype: str) -> bytes:
    message = _email("damaged valves", CLAIM)
    message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def interchange(lines: int, *, terminator: str = "~", last: str | None = None) -> bytes:
    """A 180 of the sample partner with `lines` BLI loops; `last` ends the final BLI."""
    body = [
        "GS*AN*KEYSTONEMECH*DISTRIBUTOR*20261107*0915*101*X*004010",
        "ST*180*0001",
        "BGN*00*KM-RTN-4471*20261107*0915",
        "PRF*PO-77812",
    ]
    for _ in range(lines):
        body += ["BLI*VP*VLV-2210-BR*1*EA", "RDR**DA**crushed"]
    body += [f"SE*{len(body)}*0001", "GE*1*101", "IEA*1*000000101"]
    segments = [ISA + terminator, *(segment + terminator for segment in body)]
    if last is not None:
        segments[-4] = segments[-4].removesuffix(terminator) + last
    return "\n".join(segments).encode()


def form(quantity: object) -> bytes:
    lines = [{"sku": "VLV-2210-BR", "quantity": quantity, "reason": "DAMAGED"}]
    return json.dumps({"order_number": "SO-104233", "lines": lines}).encode()


def corpus() -> Iterator[Hostile]:
    """Every file of the corpus, in a fixed order."""
    pdf = text_pdf()
    original = _email("damaged valves", CLAIM).as_bytes()
    yield Hostile("zip-bomb", "claim.zip", zip_bomb())
    yield Hostile(
        "zip-bomb-in-email",
        "mail.eml",
        email_with(zip_bomb(), "photos.zip", "application", "zip"),
    )
    yield Hostile("pdf-bomb", "packing-list.pdf", pdf_bomb())
    yield Hostile(
        "pdf-bomb-in-email",
        "mail.eml",
        email_with(pdf_bomb(), "packing-list.pdf", "application", "pdf"),
    )
    yield Hostile("truncated-pdf", "claim.pdf", pdf[: len(pdf) // 2])
    yield Hostile("truncated-email", "claim.eml", original[: len(original) - 30])
    yield Hostile("deep-nesting", "forwarded.eml", deep_nesting())
    yield Hostile("many-parts", "claim.eml", many_parts())
    yield Hostile("too-many-lines", "big.edi", interchange(600))
    yield Hostile("mixed-terminators", "claim.edi", interchange(2, last="|"))
    yield Hostile("newline-terminators", "claim.edi", interchange(2, terminator=""))
    yield Hostile("no-isa", "claim.edi", interchange(2).split(b"\n", 1)[1])
    yield Hostile("traversal-name", "../../../../etc/cron.d/claim.txt", CLAIM.encode())
    yield Hostile(
        "traversal-attachment",
        "claim.eml",
        email_with(CLAIM.encode(), "../../../etc/passwd", "text", "plain"),
    )
    yield Hostile("huge-quantity", "claim.json", form(10**30))
    yield Hostile("negative-quantity", "claim.json", form(-5))
    yield Hostile("giant-quantity", "claim.json", form("9" * 5000))  # int() refuses it
    yield Hostile(
        "giant-number-in-text",
        "claim.txt",
        b"Order SO-104233: 1" + b",000" * 1500 + b" units of VLV-2210-BR arrived damaged.",
    )
    yield Hostile(
        "huge-number-in-text",
        "claim.txt",
        b"Order SO-104233: 99999999999999999999 units of VLV-2210-BR arrived damaged.",
    )


def write_corpus(folder: Path) -> list[Path]:
    """Write the corpus into a folder, one file per entry named by its key."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for item in corpus():
        path = folder / item.key
        path.write_bytes(item.data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_corpus(Path(sys.argv[1])):
        print(path, path.stat().st_size)
