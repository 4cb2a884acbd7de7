"""The headers of an email that the pipeline needs, read without ever raising."""

import re
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime

from extractors.text import EmailInfo

# Precedence values that mailing lists, bulk senders and vacation responders set.
_AUTO_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})
# Headers whose mere presence marks an automatic or list message.
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "list-unsubscribe", "list-id")
# The subject an out-of-office notice starts with ("Automatic reply: RE: …")
_OUT_OF_OFFICE = re.compile(
    r"\s*(?:automatic\s+reply|auto[- ]?reply|out\s+of\s+(?:the\s+)?office|ooo)\s*:", re.I
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def read_headers(message: Message, problems: list[str]) -> EmailInfo:
    """EmailInfo of a parsed message; unreadable headers are noted in problems."""
    raw = _raw_headers(message)
    address, name = _sender(message, raw, problems)
    return EmailInfo(
        message_id=raw.get("message-id") or None,
        from_address=address,
        from_name=name,
        subject=_subject(message, raw, problems),
        date=_date(message, raw, problems),
        in_reply_to=raw.get("in-reply-to") or None,
        references=_references(raw.get("references", "")),
        auto_reply=is_auto_reply(raw),
    )


def is_auto_reply(raw: dict[str, str]) -> bool:
    """Whether raw headers mark an automatic reply or report, a list or a bulk message.
    A message a program wrote on its own ("Auto-Submitted: auto-generated", RFC 3834) is
    none of these: a customer's procurement system or help desk sends its return requests
    so, and they are read as any request; but not an out-of-office notice, which Exchange
    marks so too ("Automatic reply: RE: …")."""
    submitted = raw.get("auto-submitted")
    kind = (submitted or "").split(";")[0].strip().lower()
    if submitted is not None and kind not in ("no", "auto-generated"):
        return True
    if kind == "auto-generated" and _OUT_OF_OFFICE.match(_decoded(raw.get("subject", ""))):
        return True
    if any(name in raw for name in _AUTO_HEADERS):
        return True
    if raw.get("content-type", "").lower().startswith("multipart/report"):
        return True  # a read receipt or a bounce (RFC 6522): a mail server's, or a mailer's
    return raw.get("precedence", "").strip().lower() in _AUTO_PRECEDENCE


def _decoded(value: str) -> str:
    """A header's text, its encoded words ("=?utf-8?q?…?=") decoded; as it is if malformed."""
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeDecodeError):
        return value


def _raw_headers(message: Message) -> dict[str, str]:
    """The first raw value of each header, unfolded, by lower-cased name."""
    headers: dict[str, str] = {}
    for name, value in message.raw_items():
        text = value if isinstance(value, str) else str(value)
        headers.setdefault(name.lower(), " ".join(text.split()))
    return headers


def _parsed(message: Message, name: str, problems: list[str]) -> object | None:
    try:
        return message.get(name)
    except Exception as error:
        problems.append(f"header {name} could not be parsed: {type(error).__name__}")
        return None


def _sender(
    message: Message, raw: dict[str, str], problems: list[str]
) -> tuple[str | None, str | None]:
    header = _parsed(message, "From", problems)
    addresses = getattr(header, "addresses", ())
    if addresses:
        first = addresses[0]
        return (first.addr_spec.lower() or None), (first.display_name or None)
    name, address = parseaddr(raw.get("from", ""))
    return (address.lower() or None), (name or None)


def _subject(message: Message, raw: dict[str, str], problems: list[str]) -> str:
    header = _parsed(message, "Subject", problems)
    text = str(header) if header is not None else raw.get("subject", "")
    return " ".join(text.split())


def _date(message: Message, raw: dict[str, str], problems: list[str]) -> datetime | None:
    header = _parsed(message, "Date", problems)
    value = getattr(header, "datetime", None)
    if not isinstance(value, datetime) and raw.get("date"):
        try:
            value = parsedate_to_datetime(raw["date"])
        except (TypeError, ValueError, IndexError):
            problems.append("header Date could not be parsed")
            return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _references(value: str) -> tuple[str, ...]:
    found = tuple(_MESSAGE_ID.findall(value))
    return found or tuple(value.split())
