"""Inbound requests: one row per message, upload or EDI transaction set."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, JsonDoc, UtcDateTime, enum_column, utcnow
from app.requests.claim_record import ClaimColumn, ClaimRecord, NotAClaim
from rules.vocabulary import Outcome


class RequestStatus(StrEnum):
    RECEIVED = "RECEIVED"
    PROCESSING = "PROCESSING"  # a worker has taken its processing up
    PROCESSED = "PROCESSED"
    FAILED = "FAILED"


class InboundRequest(Base):
    __tablename__ = "requests"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    dedupe_key: Mapped[str] = mapped_column(String(255), unique=True)
    source: Mapped[str | None] = mapped_column(String(512))  # file name or mailbox/uid
    sender: Mapped[str | None] = mapped_column(String(320))
    account_id: Mapped[str | None] = mapped_column(String(64))  # the submitting account
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_date: Mapped[date]  # the policy's received date, as the sender's calendar has it
    blob_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    content_type: Mapped[str] = mapped_column(String(128))
    meta: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)
    status: Mapped[RequestStatus] = mapped_column(
        enum_column(RequestStatus, 16), default=RequestStatus.RECEIVED, index=True
    )
    outcome: Mapped[Outcome | None] = mapped_column(enum_column(Outcome, 16), index=True)
    error: Mapped[str | None] = mapped_column(Text)
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)
    order_number: Mapped[str | None] = mapped_column(String(64), index=True)
    extractor: Mapped[str | None] = mapped_column(String(16))
    # The claim as read and resolved: lines with confidence and evidence, problems.
    claim: Mapped[ClaimRecord | NotAClaim | None] = mapped_column(ClaimColumn, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
