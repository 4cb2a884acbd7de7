"""Read an Outlook winmail.dat (TNEF, application/ms-tnef): its body and the files in it."""

from dataclasses import dataclass

from extractors.documents.html_text import html_to_text
from extractors.documents.plain_reader import decode_text


class TnefError(Exception):
    """A winmail.dat that could not be read."""


@dataclass(frozen=True)
class TnefContent:
    """The body text of a TNEF message and its attached files (name, bytes)."""

    body: str
    files: tuple[tuple[str, bytes], ...]
    rtf_only: bool = False  # the body is compressed RTF, which is not read


def read_tnef(data: bytes) -> TnefContent:
    """The body and files of a winmail.dat; TnefError when it cannot be decoded."""
    try:
        from tnefparse import TNEF
    except ImportError as error:  # pragma: no cover - tnefparse is a dependency
        raise TnefError("no TNEF decoder is installed") from error
    try:
        tnef = TNEF(data, do_checksum=False)
        files = tuple(
            (_file_name(attachment, index), bytes(attachment.data))
            for index, attachment in enumerate(tnef.attachments, start=1)
            if attachment.data
        )
        body = _text(tnef.body)
        if not body.strip() and tnef.htmlbody:
            body = html_to_text(_text(tnef.htmlbody))
    except Exception as error:  # a broken file: the decoder raises anything
        raise TnefError(type(error).__name__) from error
    rtf_only = not body.strip() and bool(tnef.has_body())
    if not body.strip() and not files and not rtf_only:
        raise TnefError("no body and no files in it")
    return TnefContent(body=body, files=files, rtf_only=rtf_only)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return decode_text(value.rstrip(b"\x00"))
    return value.rstrip("\x00") if isinstance(value, str) else ""


def _file_name(attachment: object, index: int) -> str:
    """The attachment's long file name, without any folder, else attachment<n>.bin."""
    name: object = ""
    try:
        name = attachment.long_filename()  # type: ignore[attr-defined]
    except Exception:
        name = getattr(attachment, "name", "")
    text = _text(name).strip()
    text = text.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return text or f"attachment{index}.bin"
