"""Read every document of a request into one RequestText, mapped back to file, page and word.

An email is read (extractors.documents.email_reader), then each of its files by what its bytes
are (sniff.detect_type), never by its name: PDFs (text layer, else OCR of the page),
images (OCR), text, Excel workbooks (each sheet as comma-separated rows), attached
messages (read like the email, recursively) and Outlook winmail.dat. An upload is one PDF,
image, text file or workbook. Segments of a file are named "attachment:<file>", one per
page (page=N, kind "pdf" or "ocr"); files inside files are named by their path:
"attachment:fwd.eml/scan.png", "attachment:winmail.dat/body", "attachment:rtn.xlsx/Sheet1.csv".

Nothing here raises for bad input: each file, page or limit that stops the reading is
a problem string in RequestText.problems, and the rest of the request is still read.
OCR runs in parallel, one Tesseract per core; read_documents_isolated does the whole
reading in a child process with a time limit and a memory cap, except for a small text
upload or email whose every part is text, which holds nothing that can explode and is read
in place (a child costs more than the reading).
"""

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Literal

from PIL import Image

from extractors.documents.assemble import TextBuilder
from extractors.documents.email_reader import read_email
from extractors.documents.html_text import html_to_text, is_html_document
from extractors.documents.images import open_pages
from extractors.documents.isolation import IsolationFailure, read_isolated
from extractors.documents.limits import Limits, describe_bytes
from extractors.documents.ocr import OcrEngine, OcrError, OcrPage, Tesseract, read_page
from extractors.documents.pdf import read_pages
from extractors.documents.plain_reader import decode_text
from extractors.documents.sheets import WorkbookError, read_workbook
from extractors.documents.sniff import XLSX, detect_type
from extractors.documents.tnef import TnefError, read_tnef
from extractors.text import Attachment, EmailInfo, RequestText

Kind = Literal["email", "upload"]

_IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/tiff", "image/gif", "image/webp", "image/heic"}
)
_TEXT_TYPES = frozenset({"text/plain", "application/json", "application/edi-x12"})
_UPLOAD_TYPES = frozenset({"application/pdf", "text/plain", XLSX}) | _IMAGE_TYPES
_MIN_OCR_SIDE = 32  # smaller images (icons, spacers, tracking pixels) hold no text to read
_ISOLATION_GRACE_S = 15.0  # past the total time limit, before the reader process is killed
_EMAIL_ONLY_TIMEOUT_S = 30.0
_IN_PLACE_MAX_BYTES = 256 * 1024  # a plain-text email up to this size is read without a child
_IN_PLACE_MAX_PARTS = 20
_IN_PLACE_TYPES = frozenset({"text/plain", "text/html"})
_IN_PLACE_FILE_TYPES = frozenset({"text/plain", "application/json"})  # by their bytes


@dataclass(frozen=True)
class Measured:
    """A request's text as read, and what its OCR cost (for the pipeline's stage times)."""

    text: RequestText
    ocr_pages: int = 0  # pages given to OCR
    ocr_seconds: float = 0.0  # their OCR time added up (pages are read in parallel)


def read_documents(
    data: bytes,
    *,
    kind: Kind,
    name: str,
    limits: Limits = Limits(),
    ocr: OcrEngine | None = None,
) -> RequestText:
    """The text of a request (an email and its files, or an uploaded file); never raises.

    OCR is done by `ocr`, Tesseract unless given (tests give a fake).
    """
    return read_measured(data, kind=kind, name=name, limits=limits, ocr=ocr).text


def read_measured(
    data: bytes,
    *,
    kind: Kind,
    name: str,
    limits: Limits = Limits(),
    ocr: OcrEngine | None = None,
) -> Measured:
    """read_documents, with the time its OCR took."""
    try:
        with _Reading(limits, ocr or Tesseract()) as reading:
            if kind == "email":
                reading.email(data, name)
            else:
                reading.file(data, name, depth=0, allowed=_UPLOAD_TYPES)
            text = reading.result()
            return Measured(text, len(reading.ocr_times), sum(reading.ocr_times))
    except Exception as error:  # a bug, not a bad file: still a problem, never a crash
        return Measured(
            TextBuilder().build(problems=(f"{name}: could not be read ({type(error).__name__})",))
        )


def read_documents_isolated(
    data: bytes, *, kind: Kind, name: str, limits: Limits = Limits()
) -> RequestText:
    """read_documents in a child process, killed past the total time limit or the memory cap.

    An email whose files broke the reader is read again without its files; a small text
    upload, or email of text parts alone, is read in this process.
    """
    return read_measured_isolated(data, kind=kind, name=name, limits=limits).text


def read_measured_isolated(
    data: bytes, *, kind: Kind, name: str, limits: Limits = Limits()
) -> Measured:
    """read_documents_isolated, with the time its OCR took."""
    if _text_only_email(data) if kind == "email" else _text_file(data):
        return read_measured(data, kind=kind, name=name, limits=limits)
    timeout_s = limits.total_timeout_s + _ISOLATION_GRACE_S
    result = read_isolated(
        _read_positional,
        data,
        kind,
        name,
        limits,
        timeout_s=timeout_s,
        memory_bytes=limits.memory_bytes,
        niceness=limits.reader_niceness,
    )
    if not isinstance(result, IsolationFailure):
        return result
    if kind != "email":
        return Measured(TextBuilder().build(problems=(f"{name}: {result.problem}",)))
    text_only = read_isolated(
        _read_email_only,
        data,
        limits,
        timeout_s=min(timeout_s, _EMAIL_ONLY_TIMEOUT_S),
        memory_bytes=limits.memory_bytes,
        niceness=limits.reader_niceness,
    )
    problem = f"{name}: {result.problem}; the attached files were not read"
    if isinstance(text_only, IsolationFailure):
        return Measured(TextBuilder().build(problems=(problem, f"{name}: {text_only.problem}")))
    return Measured(
        RequestText(
            text=text_only.text,
            segments=text_only.segments,
            email=text_only.email,
            attachments=text_only.attachments,
            problems=(*text_only.problems, problem),
        )
    )


def _text_only_email(data: bytes) -> bool:
    """A small email whose parts are all text: bodies, and files whose bytes are text or
    JSON (a portal form's fields), whatever their name says. Nothing in it to open."""
    if len(data) > _IN_PLACE_MAX_BYTES:
        return False
    try:
        parts = list(BytesParser(policy=policy.compat32).parsebytes(data).walk())
    except (RecursionError, ValueError, LookupError):
        return False
    bodies = [part for part in parts if not part.is_multipart()]
    return len(parts) <= _IN_PLACE_MAX_PARTS and all(_text_part(part) for part in bodies)


def _text_file(data: bytes) -> bool:
    """A small upload whose bytes are text."""
    return len(data) <= _IN_PLACE_MAX_BYTES and detect_type(data) in _IN_PLACE_FILE_TYPES


def _text_part(part: Message) -> bool:
    if part.get_filename() is None:
        return part.get_content_type() in _IN_PLACE_TYPES
    payload = part.get_payload(decode=True)
    return isinstance(payload, bytes) and _text_file(payload)


def _read_positional(data: bytes, kind: Kind, name: str, limits: Limits) -> Measured:
    return read_measured(data, kind=kind, name=name, limits=limits)


def _read_email_only(data: bytes, limits: Limits) -> RequestText:
    return read_email(data, limits=limits)


@dataclass
class _Text:
    name: str
    text: str
    kind: str
    source: str | None
    page: int | None = None


@dataclass
class _Ocr:
    name: str
    source: str
    page: int
    future: "Future[OcrPage]"


@dataclass
class _Doc:
    doc: RequestText
    rename: Callable[[str], str]
    source: Callable[[str | None], str | None]


_Piece = _Text | _Ocr | _Doc


@dataclass
class _Reading:
    """One request being read: its pieces in order, OCR running behind, problems so far."""

    limits: Limits
    engine: OcrEngine
    pieces: list[_Piece] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    info: EmailInfo | None = None
    ocr_times: list[float] = field(default_factory=list)  # seconds of each page read by OCR

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.limits.total_timeout_s
        workers = self.limits.ocr_workers or _cores()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
        self._slots = threading.BoundedSemaphore(workers * 2)  # rendered pages waiting

    def __enter__(self) -> "_Reading":
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def email(self, data: bytes, name: str) -> None:
        """The email's text, then each of its files."""
        if len(data) > self.limits.max_email_bytes:
            self.problems.append(self._too_large(name, len(data), self.limits.max_email_bytes))
            return
        doc = read_email(data, limits=self.limits)
        self.info = doc.email
        self.pieces.append(_Doc(doc, str, _same))
        self.problems.extend(doc.problems)
        self.attachments.extend(doc.attachments)
        for attachment in doc.attachments:
            depth = attachment.filename.count("/")  # files of attached messages are deeper
            self.file(attachment.data, attachment.filename, depth=depth)

    def file(
        self, data: bytes, name: str, *, depth: int, allowed: frozenset[str] | None = None
    ) -> None:
        """One file, read by what its bytes are."""
        if self._out_of_time(name):
            return
        if len(data) > self.limits.max_file_bytes:
            self.problems.append(self._too_large(name, len(data), self.limits.max_file_bytes))
            return
        mime = detect_type(data)
        if allowed is not None and mime not in allowed:
            self.problems.append(f"{name}: files of type {mime} are not read")
            return
        try:
            self._by_type(data, name, mime, depth)
        except Exception as error:  # one broken file never stops the others
            self.problems.append(f"{name}: could not be read ({type(error).__name__})")

    def _by_type(self, data: bytes, name: str, mime: str, depth: int) -> None:
        if mime == "application/pdf":
            self._pdf(data, name)
        elif mime in _IMAGE_TYPES:
            self._image(data, name)
        elif mime in _TEXT_TYPES:
            text = decode_text(data)
            if is_html_document(text):  # a saved web page: a service report, a form
                text = html_to_text(text)
            self.pieces.append(_Text(f"attachment:{name}", text, "text", name))
        elif mime == XLSX:
            self._workbook(data, name)
        elif mime == "message/rfc822":
            self._message(data, name, depth)
        elif mime == "application/vnd.ms-tnef":
            self._tnef(data, name, depth)
        else:
            self.problems.append(f"{name}: files of type {mime} are not read")

    def _pdf(self, data: bytes, name: str) -> None:
        for item in read_pages(data, name=name, limits=self.limits, deadline=self.deadline):
            if isinstance(item, str):
                self.problems.append(item)
            elif item.text is not None:
                self.pieces.append(_Text(f"attachment:{name}", item.text, "pdf", name, item.number))
            elif item.image is not None:
                self._ocr(item.image, item.dpi, name=name, page=item.number)

    def _workbook(self, data: bytes, name: str) -> None:
        try:
            sheets = read_workbook(data, limits=self.limits)
        except WorkbookError as error:
            self.problems.append(f"{name}: not read: the workbook {error}")
            return
        for sheet in sheets:
            segment = f"attachment:{name}/{sheet.title}.csv"
            self.pieces.append(_Text(segment, sheet.text, "text", name))

    def _image(self, data: bytes, name: str) -> None:
        opened = open_pages(data, name=name, limits=self.limits)
        self.problems.extend(opened.problems)
        for number, image in enumerate(opened.pages, start=1):
            if min(image.size) >= _MIN_OCR_SIDE:
                self._ocr(image, opened.dpi, name=name, page=number)

    def _message(self, data: bytes, name: str, depth: int) -> None:
        """An attached message file: read like the email, its segments and files under name/."""
        if depth >= self.limits.max_mime_depth:
            self.problems.append(
                f"{name}: messages nested deeper than {self.limits.max_mime_depth}; not read"
            )
            return
        doc = read_email(data, limits=self.limits)
        self.pieces.append(_Doc(doc, _under(name), lambda source: _path(name, source)))
        self.problems.extend(f"{name}: {problem}" for problem in doc.problems)
        for attachment in doc.attachments:
            path = f"{name}/{attachment.filename}"
            self.attachments.append(
                Attachment(
                    filename=path, content_type=attachment.content_type, data=attachment.data
                )
            )
            self.file(attachment.data, path, depth=depth + 1)

    def _tnef(self, data: bytes, name: str, depth: int) -> None:
        """An Outlook winmail.dat: its body as "attachment:<name>/body", then its files."""
        try:
            content = read_tnef(data)
        except TnefError as error:
            self.problems.append(f"{name}: winmail.dat (TNEF) could not be read ({error})")
            return
        if content.rtf_only:
            self.problems.append(f"{name}: the body is in RTF, which is not read")
        self.pieces.append(_Text(f"attachment:{name}/body", content.body, "text", name))
        for file_name, file_data in content.files:
            path = f"{name}/{file_name}"
            self.attachments.append(
                Attachment(filename=path, content_type=detect_type(file_data), data=file_data)
            )
            self.file(file_data, path, depth=depth + 1)

    def _ocr(self, image: Image.Image, dpi: int | None, *, name: str, page: int) -> None:
        """Queue a page image for OCR; waits while as many pages as two per core are queued."""
        if not self._slots.acquire(timeout=max(self.deadline - time.monotonic(), 0.0)):
            self.problems.append(self._late(name, page))
            return
        try:
            future = self._pool.submit(self._read_page, image, dpi)
        except RuntimeError:  # the pool is shut down
            self._slots.release()
            raise
        future.add_done_callback(lambda _: self._slots.release())
        self.pieces.append(_Ocr(f"attachment:{name}", name, page, future))

    def _read_page(self, image: Image.Image, dpi: int | None) -> OcrPage:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise FutureTimeout
        timeout_s = min(self.limits.ocr_page_timeout_s, left)
        started = time.perf_counter()
        try:
            return read_page(self.engine, image, dpi=dpi, timeout_s=timeout_s)
        finally:
            self.ocr_times.append(time.perf_counter() - started)  # list.append is atomic

    def result(self) -> RequestText:
        """Everything read, in order; waits for OCR until the total time limit."""
        builder = TextBuilder()
        for piece in self.pieces:
            if isinstance(piece, _Doc):
                builder.extend(piece.doc, rename=piece.rename, source=piece.source)
            elif isinstance(piece, _Text):
                builder.add(
                    piece.name, piece.text, kind=piece.kind, page=piece.page, source=piece.source
                )
            else:
                self._add_ocr(builder, piece)
        return builder.build(
            email=self.info, attachments=tuple(self.attachments), problems=tuple(self.problems)
        )

    def _add_ocr(self, builder: TextBuilder, piece: _Ocr) -> None:
        try:
            page = piece.future.result(timeout=max(self.deadline - time.monotonic(), 0.0))
        except FutureTimeout:
            self.problems.append(self._late(piece.source, piece.page))
            return
        except OcrError as error:
            self.problems.append(f"{piece.source} page {piece.page}: {error}")
            return
        except Exception as error:  # a page image that broke the preparation: that page only
            self.problems.append(
                f"{piece.source} page {piece.page}: could not be read ({type(error).__name__})"
            )
            return
        builder.add(
            piece.name,
            page.text,
            kind="ocr",
            page=piece.page,
            source=piece.source,
            words=page.words,
            rotation=page.rotation,
        )

    def _out_of_time(self, name: str) -> bool:
        if time.monotonic() <= self.deadline:
            return False
        self.problems.append(
            f"{name}: not read: the total time limit of {self.limits.total_timeout_s:g} s "
            "was reached"
        )
        return True

    def _late(self, name: str, page: int) -> str:
        return (
            f"{name} page {page}: not read within the total time limit of "
            f"{self.limits.total_timeout_s:g} s"
        )

    @staticmethod
    def _too_large(name: str, size: int, limit: int) -> str:
        limit_text = describe_bytes(limit)
        return f"{name}: {describe_bytes(size)}, more than the limit of {limit_text}; not read"


def _under(name: str) -> Callable[[str], str]:
    """Segment names of an attached message, put under its file name."""

    def rename(segment: str) -> str:
        inner = segment.removeprefix("attachment:")
        return f"attachment:{name}/{inner}"

    return rename


def _path(name: str, source: str | None) -> str:
    return f"{name}/{source}" if source else name


def _same(source: str | None) -> str | None:
    return source


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
