"""The review queue: cases waiting for a person, most urgent then oldest, filtered and counted.

Urgency lives in the request's claim record (app/requests/claim_record.py), so the
waiting cases are read with their requests and ordered here; the queue is the work of a
few people, a few hundred rows at most.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, func, select, type_coerce
from sqlalchemy.orm import Session

from app.auth.users import display_names
from app.cases.due import due_from
from app.cases.holds import holder_of
from app.cases.states import WAITING
from app.cases.tables import Case, CaseAction
from app.db import JsonDoc
from app.requests.tables import InboundRequest
from rules.vocabulary import ActionStatus, ActionType

DUE_SOON = timedelta(hours=24)
MAX_ROWS = 500  # read, filtered and counted
SHOWN = 100  # on the page: a reviewer works from the top, or narrows with the filters


@dataclass(frozen=True)
class QueueFilters:
    """What the reviewer narrowed the queue to; empty strings mean no filter."""

    decision: str = ""
    type: str = ""
    reason: str = ""  # a rule code among the case's reasons
    customer: str = ""
    min_age_days: int | None = None
    due: bool = False  # only cases overdue or due within DUE_SOON


@dataclass(frozen=True)
class QueueRow:
    case_id: str
    type: str
    decision: str
    status: str
    reasons: list[str]
    customer_id: str | None
    order_number: str | None
    credit_total: Decimal
    currency: str
    created_at: datetime
    age_days: int
    urgent: bool
    escalated: bool  # an SLA missed (a recount overdue): first in the queue
    due_at: datetime
    overdue: bool
    holder_id: str | None  # the user who works it now
    holder: str | None  # their name


@dataclass(frozen=True)
class Queue:
    rows: list[QueueRow]
    total: int  # waiting cases before the filters
    by_decision: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    customers: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def review_queue(*, session: Session, filters: QueueFilters, now: datetime) -> Queue:
    """The waiting cases in working order, with counts over all of them."""
    everything = _waiting_rows(session, now)
    rows = [row for row in everything if _matches(row, filters, now)]
    return Queue(
        rows=rows[:SHOWN],
        total=session.scalar(select(func.count()).select_from(Case).where(_WAITING)) or 0,
        by_decision=dict(Counter(row.decision for row in everything)),
        by_type=dict(Counter(row.type for row in everything)),
        customers=sorted({row.customer_id for row in everything if row.customer_id}),
        reasons=sorted({code for row in everything for code in row.reasons}),
    )


def next_case_id(*, session: Session, after: str, user_id: str, now: datetime) -> str | None:
    """The first case of the queue, other than this one, that nobody else works."""
    for row in _waiting_rows(session, now):
        if row.case_id != after and row.holder_id in (None, user_id):
            return row.case_id
    return None


def _waiting_rows(session: Session, now: datetime) -> list[QueueRow]:
    # Columns, not cases: the queue shows a row a case, and loading each case with its
    # lines, actions and claim record cost the page most of a second at 500 cases.
    found = session.execute(
        select(
            Case.id,
            Case.type,
            Case.decision,
            Case.status,
            Case.reasons,
            Case.customer_id,
            Case.order_number,
            Case.credit_total,
            Case.currency,
            Case.created_at,
            Case.held_by,
            Case.held_at,
            Case.escalated_at,
            _URGENT.label("urgent"),
            _RECOUNT_DUE.label("recount_due"),
        )
        .join(InboundRequest, InboundRequest.id == Case.request_id)
        .where(_WAITING)
        .order_by(Case.created_at, Case.id)
        .limit(MAX_ROWS)
    ).all()
    holders = {holder_of(row.held_by, row.held_at, now=now) for row in found}
    names = display_names(session=session, user_ids={h for h in holders if h is not None})
    rows = [_row(found_row, names, now) for found_row in found]
    return sorted(
        rows, key=lambda row: (not row.escalated, not row.urgent, row.created_at, row.case_id)
    )


_WAITING = Case.status.in_([status.value for status in WAITING]) | Case.escalated_at.is_not(None)
# Whether the request said it is urgent, read from its claim record inside the database.
_URGENT = type_coerce(InboundRequest.claim, JsonDoc)["urgent"].as_boolean()
# The earliest recount task of the case still to be done, if any (app/cases/due.py).
_RECOUNT_DUE = (
    select(func.min(CaseAction.due_at))
    .where(
        CaseAction.case_id == Case.id,
        CaseAction.type == ActionType.RECOUNT_TASK,
        CaseAction.status == ActionStatus.PROPOSED,
    )
    .correlate(Case)
    .scalar_subquery()
)


def _row(found: Row[*tuple[Any, ...]], names: dict[str, str], now: datetime) -> QueueRow:
    holder = holder_of(found.held_by, found.held_at, now=now)
    due_at = due_from(found.created_at, [found.recount_due] if found.recount_due else [])
    return QueueRow(
        case_id=found.id,
        type=found.type,
        decision=found.decision,
        status=found.status,
        reasons=list(found.reasons),
        customer_id=found.customer_id,
        order_number=found.order_number,
        credit_total=found.credit_total,
        currency=found.currency,
        created_at=found.created_at,
        age_days=(now - found.created_at).days,
        urgent=bool(found.urgent),
        escalated=found.escalated_at is not None,
        due_at=due_at,
        overdue=due_at <= now,
        holder_id=holder,
        holder=names.get(holder) if holder else None,
    )


def _matches(row: QueueRow, filters: QueueFilters, now: datetime) -> bool:
    checks = (
        not filters.decision or row.decision == filters.decision,
        not filters.type or row.type == filters.type,
        not filters.reason or filters.reason in row.reasons,
        not filters.customer or row.customer_id == filters.customer,
        filters.min_age_days is None or row.age_days >= filters.min_age_days,
        not filters.due or row.due_at <= now + DUE_SOON,
    )
    return all(checks)
