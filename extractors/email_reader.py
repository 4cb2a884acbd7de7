"""Read an RFC 822 email: its headers, body text, text attachments and other files.

The body is split into fresh text ("body"), quoted history ("quoted", quoted=True)
and signature ("signature", kind "signature"); the subject comes first as a segment
"subject" (kind "subject") so that values read from it have evidence too. A
malformed message never raises: what can be read is returned, and each part that
could not be read is named in `problems`.
"""

import email
import email.policy
import mimetypes
from email.message import Message

from extractors.assemble import TextBuilder
from extractors.email_headers import read_headers
from extractors.html_text import html_to_text
from extractors.quotes import split_body
from extractors.text import Attachment, EmailInfo, RequestText

_TEXT_ATTACHMENT_TYPES = frozenset({"text/plain", "text/csv"})
_TEXT_ATTACHMENT_SUFFIXES = (".txt", ".csv")
_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")


class _Reader:
    """Walks the MIME tree once, collecting body parts, text attachments and files."""

    def __init__(self) -> None:
        self.bodies: list[tuple[str, str]] = []  # (kind "text" or "html", text)
        self.text_files: list[tuple[str, str]] = []  # (filename, text)
        self.files: list[Attachment] = []
        self.problems: list[str] = []
        self._count = 0

    def walk(self, part: Message, *, with_text: bool = True) -> None:
        """Collect a part; with_text False keeps only the files of a rejected alternative."""
        self._count += 1
        self.problems.extend(
            f"part {self._count}: {type(defect).__name__}" for defect in part.defects
        )
        try:
            if part.is_multipart():
                self._multipart(part, with_text=with_text)
            else:
                self._leaf(part, with_text=with_text)
        except Exception as error:
            self.problems.append(f"part {self._count} could not be read: {type(error).__name__}")

    def _multipart(self, part: Message, *, with_text: bool) -> None:
        children = [child for child in part.get_payload() if isinstance(child, Message)]
        if part.get_content_type() != "multipart/alternative":
            for child in children:
                self.walk(child, with_text=with_text)
            return
        chosen = _choose_alternative(children)
        for child in children:
            self.walk(child, with_text=with_text and child is chosen)

    def _leaf(self, part: Message, *, with_text: bool) -> None:
        ctype = part.get_content_type()
        filename = part.get_filename()
        is_file = filename is not None or part.get_content_disposition() == "attachment"
        if not is_file and ctype in ("text/plain", "text/html"):
            if with_text:
                text = _decode_text(part)
                self.bodies.append(
                    ("html", html_to_text(text)) if ctype == "text/html" else ("text", text)
                )
            return
        name = filename or f"part{self._count}{mimetypes.guess_extension(ctype) or '.bin'}"
        if ctype in _TEXT_ATTACHMENT_TYPES or name.lower().endswith(_TEXT_ATTACHMENT_SUFFIXES):
            self.text_files.append((name, _decode_text(part)))
            return
        self.files.append(Attachment(filename=name, content_type=ctype, data=_payload_bytes(part)))


def read_email(data: bytes) -> RequestText:
    """The text of an email with its headers, segments and attachments."""
    problems: list[str] = []
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as error:
        return TextBuilder().build(
            problems=(f"message could not be parsed: {type(error).__name__}",)
        )
    info = read_headers(message, problems)
    reader = _Reader()
    reader.walk(message)
    problems.extend(reader.problems)
    return _assemble(info, reader, tuple(problems))


def _assemble(info: EmailInfo, reader: _Reader, problems: tuple[str, ...]) -> RequestText:
    builder = TextBuilder()
    builder.add("subject", info.subject, kind="subject")
    for kind, text in reader.bodies:
        for piece_kind, piece in split_body(text):
            if piece_kind == "quoted":
                builder.add("quoted", piece, kind=kind, quoted=True)
            elif piece_kind == "signature":
                builder.add("signature", piece, kind="signature")
            else:
                builder.add("body", piece, kind=kind)
    for filename, text in reader.text_files:
        builder.add(f"attachment:{filename}", text, kind="text")
    return builder.build(email=info, attachments=tuple(reader.files), problems=problems)


def _choose_alternative(children: list[Message]) -> Message | None:
    """The alternative to read: one holding a text/plain body, else the last (richest)."""
    for child in children:
        if _has_plain_text(child):
            return child
    return children[-1] if children else None


def _has_plain_text(part: Message) -> bool:
    if part.is_multipart():
        return any(
            _has_plain_text(child) for child in part.get_payload() if isinstance(child, Message)
        )
    return part.get_content_type() == "text/plain" and part.get_filename() is None


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _decode_text(part: Message) -> str:
    """The text of a part in its declared charset, else UTF-8, cp1252, latin-1."""
    data = _payload_bytes(part)
    declared = part.get_content_charset()
    for charset in ((declared,) if declared else ()) + _FALLBACK_CHARSETS:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")
