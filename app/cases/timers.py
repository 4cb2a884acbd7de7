"""The SLA timers of a case (policy.md 7; issue 11), run against a clock that is given:

- a recount task past its due time flags its case as escalated (the review queue and
  the insights show escalated cases first), once;
- a case waiting for information reminds the customer once, after `reminder_after`;
- and is closed as unanswered (cancelled: it claims nothing any more) after
  `close_after`, telling the customer.

Each is a timeline event. The worker runs them on a schedule; tests move the clock.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit import record_event, seal_ledger
from app.cases.service import add_notice, queue_carry_out
from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseAction
from rules.vocabulary import ActionStatus, ActionType, NoticeKind

SYSTEM = "system"


@dataclass(frozen=True)
class TimersRun:
    escalated: list[str]
    reminded: list[str]
    closed: list[str]


def run_timers(
    session: Session, *, now: datetime, reminder_after: timedelta, close_after: timedelta
) -> TimersRun:
    """Act on every timer due by now; the cases each kind of timer moved."""
    return TimersRun(
        escalated=[_escalate(session, case, now) for case in _overdue_recounts(session, now)],
        reminded=[
            _notify(session, case, NoticeKind.INFO_REMINDER, now)
            for case in _waiting_since(session, now - reminder_after)
            if case.reminded_at is None and case.created_at > now - close_after
        ],
        closed=[_close(session, case, now) for case in _waiting_since(session, now - close_after)],
    )


def _overdue_recounts(session: Session, now: datetime) -> list[Case]:
    return list(
        session.scalars(
            select(Case)
            .join(CaseAction, CaseAction.case_id == Case.id)
            .where(
                CaseAction.type == ActionType.RECOUNT_TASK,
                CaseAction.status == ActionStatus.OPEN,
                CaseAction.due_at < now,
                Case.escalated_at.is_(None),
            )
            .distinct()
        )
    )


def _waiting_since(session: Session, before: datetime) -> list[Case]:
    return list(
        session.scalars(
            select(Case).where(
                Case.status == CaseStatus.WAITING_FOR_INFO, Case.created_at <= before
            )
        )
    )


def _escalate(session: Session, case: Case, now: datetime) -> str:
    case.escalated_at = now
    record_event(
        session,
        case_id=case.id,
        actor=SYSTEM,
        kind="sla",
        message="the recount is overdue: escalated",
        at=now,
    )
    return case.id


def _notify(session: Session, case: Case, kind: NoticeKind, now: datetime) -> str:
    """Tell the customer, as a notice action of the case carried out at once."""
    if kind == NoticeKind.INFO_REMINDER:
        case.reminded_at = now
    add_notice(case, kind)
    message = {
        NoticeKind.INFO_REMINDER: "no answer yet: the customer is reminded",
        NoticeKind.CLOSED_UNANSWERED: "no answer: closed unanswered",
    }[kind]
    record_event(session, case_id=case.id, actor=SYSTEM, kind="sla", message=message, at=now)
    queue_carry_out(session=session, case=case)
    return case.id


def _close(session: Session, case: Case, now: datetime) -> str:
    case.status = CaseStatus.CANCELLED
    _notify(session, case, NoticeKind.CLOSED_UNANSWERED, now)
    seal_ledger(session, case=case, actor=SYSTEM)
    return case.id
