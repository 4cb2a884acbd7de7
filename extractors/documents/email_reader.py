"""Read an RFC 822 email: its headers, body text, text attachments and other files.

The body is split into fresh text ("body"), quoted history ("quoted", quoted=True)
and signature ("signature", kind "signature"); the subject comes first as a segment
"subject" (kind "subject") so that values read from it have evidence too. A message
attached to the message (message/rfc822, a forward "as attachment") is read the same
way, its segments named under the attachment: "attachment:fwd.eml/subject",
"attachment:fwd.eml/body", and its files named "fwd.eml/claim.pdf". A malformed
message never raises: what can be read is returned, and each part that could not be
read (or lies past Limits.max_mime_parts or max_mime_depth) is named in `problems`.
"""

import email
import email.policy
import mimetypes
import re
from email.message import Message
from email.parser import BytesHeaderParser

from extractors.documents.assemble import TextBuilder
from extractors.documents.email_headers import read_headers
from extractors.documents.html_text import html_to_text
from extractors.documents.limits import Limits
from extractors.documents.quotes import is_forward, passes_on, split_body
from extractors.documents.sniff import detect_type
from extractors.text import Attachment, EmailInfo, RequestText

_TEXT_ATTACHMENT_TYPES = frozenset({"text/plain", "text/csv"})
_TEXT_ATTACHMENT_SUFFIXES = (".txt", ".csv")
_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
_TEXT_CONTENT = frozenset({"text/plain", "application/json", "application/edi-x12"})
_ROW = re.compile(r"<tr\b.*?</tr>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b", re.IGNORECASE)
# ten short lines or more in a run, none a sentence ("10.80" is a price, not a full stop)
_SHORT_LINES = re.compile(
    r"(?:^[^\S\n]*[^\s.!?](?:[^\n.!?]|(?<=\d)\.(?=\d)){0,38}\n){10,}", re.MULTILINE
)


class _Tree:
    """What every reader of one message tree shares: files, problems, the part count."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.files: list[Attachment] = []
        self.problems: list[str] = []
        self.count = 0


class _Reader:
    """Walks the MIME tree once, collecting body parts, text attachments and files.

    `path` is "" for the message itself and "fwd.eml/" for a message attached to it.
    """

    def __init__(self, tree: _Tree, path: str = "") -> None:
        self.tree = tree
        self.path = path
        self.bodies: list[tuple[str, str]] = []  # (kind "text" or "html", text)
        self.text_files: list[tuple[str, str]] = []  # (filename, text)
        self.nested: list[tuple[str, _Reader]] = []  # (subject, reader) of attached messages

    def walk(self, part: Message, *, with_text: bool = True, depth: int = 0) -> None:
        """Collect a part; with_text False keeps only the files of a rejected alternative."""
        tree, limits = self.tree, self.tree.limits
        if tree.count >= limits.max_mime_parts:
            if tree.count == limits.max_mime_parts:
                tree.problems.append(
                    f"more than {limits.max_mime_parts} MIME parts; the rest were not read"
                )
                tree.count += 1
            return
        tree.count += 1
        number = tree.count
        tree.problems.extend(f"part {number}: {type(defect).__name__}" for defect in part.defects)
        if depth > limits.max_mime_depth:
            tree.problems.append(
                f"part {number}: nested deeper than {limits.max_mime_depth} MIME levels; not read"
            )
            return
        try:
            if part.get_content_type() == "message/rfc822":
                self._message(part, number, depth=depth)
            elif part.is_multipart():
                self._multipart(part, with_text=with_text, depth=depth)
            else:
                self._leaf(part, number, with_text=with_text)
        except Exception as error:
            tree.problems.append(f"part {number} could not be read: {type(error).__name__}")

    def _multipart(self, part: Message, *, with_text: bool, depth: int) -> None:
        children = [child for child in part.get_payload() if isinstance(child, Message)]
        if part.get_content_type() != "multipart/alternative":
            for child in children:
                self.walk(child, with_text=with_text, depth=depth + 1)
            return
        chosen = _choose_alternative(children)
        for child in children:
            self.walk(child, with_text=with_text and child is chosen, depth=depth + 1)

    def _message(self, part: Message, number: int, *, depth: int) -> None:
        """An attached message: read under its own name, one MIME level with its part."""
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if not isinstance(inner, Message):
            self._leaf(part, number, with_text=False)  # no parsed message: keep the bytes
            return
        name = _safe(part.get_filename()) or f"part{number}.eml"
        reader = _Reader(self.tree, f"{self.path}{name}/")
        self.nested.append((_subject_of(inner), reader))
        reader.walk(inner, depth=depth)

    def _leaf(self, part: Message, number: int, *, with_text: bool) -> None:
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
        name = _safe(filename) or f"part{number}{mimetypes.guess_extension(ctype) or '.bin'}"
        data = _payload_bytes(part)
        declared_text = ctype in _TEXT_ATTACHMENT_TYPES or name.lower().endswith(
            _TEXT_ATTACHMENT_SUFFIXES
        )
        if declared_text and detect_type(data) in _TEXT_CONTENT:  # a PDF named .txt is a file
            self.text_files.append((f"{self.path}{name}", _decode_text(part)))
            return
        self.tree.files.append(
            Attachment(filename=f"{self.path}{name}", content_type=ctype, data=data)
        )


def read_email_info(data: bytes) -> EmailInfo | None:
    """The headers of an email alone (what a channel needs to take it in): its body and
    files are left unparsed, for the isolated reader; None where it cannot be parsed."""
    try:
        message = BytesHeaderParser(policy=email.policy.default).parsebytes(data)
    except Exception:
        return None
    return read_headers(message, [])


def read_email(data: bytes, *, limits: Limits = Limits()) -> RequestText:
    """The text of an email with its headers, segments and attachments."""
    problems: list[str] = []
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError:  # thousands of nested parts: the parser recurses per level
        message = BytesHeaderParser(policy=email.policy.default).parsebytes(data)
        problems.append("the MIME structure is nested too deeply to parse; only headers read")
        info = read_headers(message, problems)
        builder = TextBuilder()
        builder.add("subject", info.subject, kind="subject")
        return builder.build(email=info, problems=tuple(problems))
    except Exception as error:
        return TextBuilder().build(
            problems=(f"message could not be parsed: {type(error).__name__}",)
        )
    info = read_headers(message, problems)
    tree = _Tree(limits)
    reader = _Reader(tree)
    reader.walk(message)
    problems.extend(tree.problems)
    builder = TextBuilder()
    builder.add("subject", info.subject, kind="subject")
    _add_text(builder, reader, sender=info)
    return builder.build(email=info, attachments=tuple(tree.files), problems=tuple(problems))


def _forwarder(info: EmailInfo, text: str) -> str | None:
    """The domain of a forward's sender (by its subject, or a body that passes on the
    message below): its first message may be theirs, not history."""
    forward = is_forward(info.subject) or passes_on(text)
    if not forward or not info.from_address or "@" not in info.from_address:
        return None
    return info.from_address.rsplit("@", 1)[1].lower()


def _add_text(builder: TextBuilder, reader: _Reader, *, sender: EmailInfo | None = None) -> None:
    """The segments of a reader's bodies, text files and attached messages, in that order."""
    where = f"attachment:{reader.path}" if reader.path else ""
    source = reader.path.removesuffix("/") or None
    for kind, text in reader.bodies:
        forwarder = _forwarder(sender, text) if sender is not None else None
        for piece_kind, piece in split_body(text, forwarder=forwarder):
            if piece_kind == "quoted":
                builder.add(f"{where}quoted", piece, kind=kind, quoted=True, source=source)
            elif piece_kind == "signature":
                builder.add(f"{where}signature", piece, kind="signature", source=source)
            else:
                builder.add(f"{where}body", piece, kind=kind, source=source)
    for filename, text in reader.text_files:
        builder.add(f"attachment:{filename}", text, kind="text", source=filename)
    for subject, nested in reader.nested:
        builder.add(
            f"attachment:{nested.path}subject",
            subject,
            kind="subject",
            source=nested.path.removesuffix("/"),
        )
        _add_text(builder, nested)


def _safe(filename: str | None) -> str | None:
    """A file name without folders: "/" separates a file inside an attached message."""
    if filename is None:
        return None
    return filename.replace("/", "_").replace("\\", "_").strip() or None


def _subject_of(message: Message) -> str:
    try:
        return " ".join(str(message.get("Subject", "")).split())
    except Exception:  # a malformed header: the body is still worth reading
        return ""


def _choose_alternative(children: list[Message]) -> Message | None:
    """The alternative to read: one holding a text/plain body, else the last (richest);
    the HTML one where the plain text lays a table of the HTML out a cell a line (as
    Outlook writes it), which reads as no table at all."""
    plain = next((child for child in children if _has_plain_text(child)), None)
    if plain is None:
        return children[-1] if children else None
    html = next((child for child in children if child.get_content_type() == "text/html"), None)
    if html is not None and not plain.is_multipart() and _cells_a_line(_decode_text(plain)):
        return html if _table_rows(_decode_text(html)) >= 2 else plain
    return plain


def _table_rows(html: str) -> int:
    """How many rows of an HTML text's tables hold three cells or more."""
    return sum(len(_CELL.findall(row)) >= 3 for row in _ROW.findall(html))


def _cells_a_line(text: str) -> bool:
    """Whether a text holds a run of ten or more short lines, none a sentence: a table's
    cells laid out one a line."""
    return _SHORT_LINES.search(text) is not None


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
