"""When a waiting case should be dealt with: the review queue orders by it, the SLA counts it."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from app.cases.tables import Case
from rules.vocabulary import ActionStatus, ActionType

# A case should be looked at within this long of opening (a recount has its own due time).
REVIEW_WITHIN = timedelta(hours=48)


def due_at(case: Case) -> datetime:
    """When the case should be dealt with: a recount's due time, else REVIEW_WITHIN."""
    dues = [
        action.due_at
        for action in case.actions
        if action.type == ActionType.RECOUNT_TASK
        and action.status == ActionStatus.PROPOSED
        and action.due_at is not None
    ]
    return due_from(case.created_at, dues)


def due_from(created_at: datetime, recounts_due: Iterable[datetime]) -> datetime:
    """When a case opened at created_at with recount tasks due then should be dealt with."""
    return min([created_at + REVIEW_WITHIN, *recounts_due])
