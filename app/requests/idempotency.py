"""The API's Idempotency-Key: the same key and content answer as the first time.

The content is the submission as parsed (its claim fields, file names and file bytes:
Submission.content_digest), so a client that sends the same thing again with a new
multipart boundary gets the first answer; the same key with other content is a 422.
"""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db import Base, UtcDateTime, utcnow
from app.errors import IntakeError


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    api_key_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    # The submission's content digest (the column's name is from when it hashed the raw body).
    body_sha256: Mapped[str] = mapped_column(String(64))
    request_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IdempotencyMismatch(IntakeError):
    status_code = 422
    code = "idempotency_key_reused"

    def __init__(self) -> None:
        super().__init__("this Idempotency-Key was used with a different submission")


def earlier_answer(
    *, session: Session, api_key_id: str, key: str, content_sha256: str
) -> str | None:
    """The request id first answered for this key, or None; other content is an error."""
    row = session.get(IdempotencyKey, (api_key_id, key))
    if row is None:
        return None
    if row.body_sha256 != content_sha256:
        raise IdempotencyMismatch()
    return row.request_id


def remember(
    *, session: Session, api_key_id: str, key: str, content_sha256: str, request_id: str
) -> None:
    session.add(
        IdempotencyKey(
            api_key_id=api_key_id, key=key, body_sha256=content_sha256, request_id=request_id
        )
    )
