"""The API's Idempotency-Key: the same key and body answer as the first time."""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db import Base, UtcDateTime, utcnow
from app.errors import IntakeError


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"
    api_key_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    body_sha256: Mapped[str] = mapped_column(String(64))
    request_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class IdempotencyMismatch(IntakeError):
    status_code = 422
    code = "idempotency_key_reused"

    def __init__(self) -> None:
        super().__init__("this Idempotency-Key was used with a different body")


def earlier_answer(*, session: Session, api_key_id: str, key: str, body_sha256: str) -> str | None:
    """The request id first answered for this key, or None; a different body is an error."""
    row = session.get(IdempotencyKey, (api_key_id, key))
    if row is None:
        return None
    if row.body_sha256 != body_sha256:
        raise IdempotencyMismatch()
    return row.request_id


def remember(
    *, session: Session, api_key_id: str, key: str, body_sha256: str, request_id: str
) -> None:
    session.add(
        IdempotencyKey(
            api_key_id=api_key_id, key=key, body_sha256=body_sha256, request_id=request_id
        )
    )
