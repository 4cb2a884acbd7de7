"""A request's text as read, kept in the blob store so the reviewer sees what was read.

The RequestText is stored as JSON without the attachment bytes: each attachment is put
in the blob store on its own and named by its SHA-256. The JSON's digest is kept in
request.meta["text_sha256"]. Requests read before the text was kept have no digest.
"""

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.blobs import BlobStore
from app.jsonable import from_jsonable, to_jsonable
from app.requests.tables import InboundRequest
from extractors.text import EmailInfo, RequestText, Segment

TEXT_KEY = "text_sha256"  # in InboundRequest.meta
FORMAT = 1  # of the stored JSON; a reader refuses another


class StoredTextError(Exception):
    """A stored text that is not in the expected format."""


@dataclass(frozen=True)
class StoredAttachment:
    """A file of the request: its name and type, its bytes in the blob store."""

    filename: str  # as in Segment.source: "claim.pdf", "fwd.eml/scan.png"
    content_type: str
    sha256: str


@dataclass(frozen=True)
class StoredText:
    """A RequestText as kept: the same text, segments and problems; attachments by digest."""

    text: str
    segments: tuple[Segment, ...]
    email: EmailInfo | None = None
    attachments: tuple[StoredAttachment, ...] = ()
    problems: tuple[str, ...] = ()


def keep_request_text(*, blobs: BlobStore, request: InboundRequest, text: RequestText) -> str:
    """Store a request's text and its attachments; note the text's digest on the request."""
    digest = put_text(blobs=blobs, text=text)
    # A new dict, so that the JSON column is seen as changed.
    request.meta = {**(request.meta or {}), TEXT_KEY: digest}
    return digest


def put_text(*, blobs: BlobStore, text: RequestText) -> str:
    """Put the attachments, then the text as JSON, in the blob store; the JSON's digest.

    Without fsync: both are made again from the request's own (durable) blob if lost."""
    stored = StoredText(
        text=text.text,
        segments=text.segments,
        email=text.email,
        attachments=tuple(
            StoredAttachment(
                filename=attachment.filename,
                content_type=attachment.content_type,
                sha256=blobs.put(attachment.data, durable=False),
            )
            for attachment in text.attachments
        ),
        problems=text.problems,
    )
    return blobs.put(dump_text(stored), durable=False)


def stored_text_of(*, blobs: BlobStore, request: InboundRequest) -> StoredText | None:
    """The text kept for a request; None when it was read before texts were kept."""
    digest = (request.meta or {}).get(TEXT_KEY)
    if not isinstance(digest, str):
        return None
    return load_text(blobs.get(digest))


def dump_text(stored: StoredText) -> bytes:
    """The JSON of a stored text: sorted keys, so the same text has the same digest."""
    document = {"format": FORMAT, **to_jsonable(stored)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")


def load_text(data: bytes) -> StoredText:
    """A stored text from its JSON."""
    try:
        document: dict[str, Any] = json.loads(data)
    except ValueError as error:
        raise StoredTextError(f"the stored text is not JSON ({error})") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise StoredTextError(f"the stored text is not in format {FORMAT}")
    stored: StoredText = from_jsonable(StoredText, document)
    if stored.email is not None and isinstance(document["email"].get("date"), str):
        # from_jsonable rebuilds dates, not datetimes.
        stored = replace(
            stored,
            email=replace(stored.email, date=datetime.fromisoformat(document["email"]["date"])),
        )
    return stored
