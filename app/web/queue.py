"""The review queue: cases waiting for a person, most urgent then oldest, filtered and counted.

Urgency lives in the request's claim record (app/requests/claim_record.py), so the
waiting cases are read with their requests and ordered here; the queue is the work of a
few people, a few hundred rows at most.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.users import display_names
from app.cases.due import due_at as case_due_at
from app.cases.holds import live_holder
from app.cases.states import WAITING
from app.cases.tables import Case
from app.requests.claim_record import ClaimRecord, NotAClaim
from app.requests.tables import InboundRequest

DUE_SOON = timedelta(hours=24)
MAX_ROWS = 500


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
        rows=rows,
        total=len(everything),
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
    found = session.execute(
        select(Case, InboundRequest.claim)
        .join(InboundRequest, InboundRequest.id == Case.request_id)
        .where(
            Case.status.in_([status.value for status in WAITING]) | Case.escalated_at.is_not(None)
        )
        .order_by(Case.created_at, Case.id)
        .limit(MAX_ROWS)
    ).all()
    holders = {live_holder(case, now=now) for case, _ in found}
    names = display_names(session=session, user_ids={h for h in holders if h is not None})
    rows = [_row(case, claim, names, now) for case, claim in found]
    return sorted(
        rows, key=lambda row: (not row.escalated, not row.urgent, row.created_at, row.case_id)
    )


def _row(
    case: Case, claim: ClaimRecord | NotAClaim | None, names: dict[str, str], now: datetime
) -> QueueRow:
    holder = live_holder(case, now=now)
    due_at = case_due_at(case)
    return QueueRow(
        case_id=case.id,
        type=case.type,
        decision=case.decision,
        status=case.status,
        reasons=list(case.reasons),
        customer_id=case.customer_id,
        order_number=case.order_number,
        credit_total=case.credit_total,
        currency=case.currency,
        created_at=case.created_at,
        age_days=(now - case.created_at).days,
        urgent=isinstance(claim, ClaimRecord) and claim.urgent,
        escalated=case.escalated_at is not None,
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
