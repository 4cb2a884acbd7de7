"""Cases, their lines, actions, decision records and timeline (a hash-chained audit log)."""

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.cases.states import CaseStatus
from app.db import Base, JsonDoc, UtcDateTime, enum_column, utcnow
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode

Money = Numeric(14, 2)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    type: Mapped[ReasonCode] = mapped_column(enum_column(ReasonCode, 16), index=True)
    decision: Mapped[Decision] = mapped_column(enum_column(Decision, 16), index=True)
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus, 24), index=True)
    reasons: Mapped[list[str]] = mapped_column(JsonDoc, default=list)
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)
    order_number: Mapped[str | None] = mapped_column(String(64), index=True)
    credit_total: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    # The reviewer working the case (a user id) and since when (app/cases/holds.py).
    held_by: Mapped[str | None] = mapped_column(String(40))
    held_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # an SLA missed
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # asked again for info

    lines: Mapped[list["CaseLine"]] = relationship(
        order_by="CaseLine.position", cascade="all, delete-orphan", lazy="selectin"
    )
    actions: Mapped[list["CaseAction"]] = relationship(
        order_by="CaseAction.position", cascade="all, delete-orphan", lazy="selectin"
    )


class CaseLine(Base):
    __tablename__ = "case_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    request_line: Mapped[int]  # index into the request's claim lines
    sku: Mapped[str | None] = mapped_column(String(64), index=True)
    quantity: Mapped[int | None]
    reason: Mapped[str] = mapped_column(String(16))
    unit_price: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    credit: Mapped[Decimal] = mapped_column(Money)
    rejected: Mapped[bool] = mapped_column(default=False)


class CaseAction(Base):
    """An action of a case; status PROPOSED until it is carried out."""

    __tablename__ = "case_actions"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    type: Mapped[ActionType] = mapped_column(enum_column(ActionType, 24))
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus, 24))
    # the status once carried out
    target_status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus, 24))
    amount: Mapped[Decimal | None] = mapped_column(Money)
    reference: Mapped[str | None] = mapped_column(String(64))
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    details: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)
    carried_out_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class DecisionRecord(Base):
    """Everything a decision was made from and what it said: enough to explain and replay."""

    __tablename__ = "decision_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    policy_version: Mapped[str] = mapped_column(String(32))
    extractor: Mapped[str] = mapped_column(String(16))
    inputs: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    outputs: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseEvent(Base):
    """The timeline of a case: every change, with who and when."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)
    # The audit chain (app/cases/audit.py): a global sequence and a hash over the content.
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(40))  # None: sealed before the keys


class AuditHead(Base):
    """The one row holding the newest event's seq and hash; locked to append to the chain."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class Notice(Base):
    """A customer notice recorded for sending (the mail channel sends it)."""

    __tablename__ = "notices"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("case_actions.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    to_address: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(512))
    body: Mapped[str] = mapped_column(Text)
    in_reply_to: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    error: Mapped[str | None] = mapped_column(Text)  # why it cannot be delivered


class LaterEvent(Base):
    """A later event that came in (policy.md 7), by the id its sender gave it: recorded once."""

    __tablename__ = "later_events"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    body: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    result: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    actor: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
