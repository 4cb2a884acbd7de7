"""A reviewer's hold on a case: the reviewer who opens a waiting case works it, so two
people do not.

A hold is the case's held_by (a user id) and held_at; it lapses after HOLD_LASTS
without a visit, so a case is never stuck with someone who left. Another reviewer sees
who holds it and may take it over explicitly, which is a timeline event. Holds are set
with a compare-and-set UPDATE, so two reviewers opening a case at once cannot both hold
it. Every change to a case (correct, approve, reject), from the pages or the API, first
passes `check_hold`: nobody changes a case someone else holds.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from app.cases.audit import record_event
from app.cases.states import WAITING
from app.cases.tables import Case
from app.errors import Conflict, IntakeError, NotFound

HOLD_LASTS = timedelta(minutes=30)


@dataclass(frozen=True)
class HoldState:
    """Who works a case now: holder None means nobody; mine means the asking user."""

    holder: str | None
    since: datetime | None
    mine: bool


def live_holder(case: Case, *, now: datetime) -> str | None:
    """The user id holding a live hold on the case, or None."""
    return holder_of(case.held_by, case.held_at, now=now)


def holder_of(held_by: str | None, held_at: datetime | None, *, now: datetime) -> str | None:
    """Who holds a hold taken by held_by at held_at, if it still lasts."""
    if held_by is None or held_at is None:
        return None
    return held_by if now - held_at < HOLD_LASTS else None


def take_hold(*, session: Session, case: Case, user_id: str, now: datetime) -> HoldState:
    """Hold (or renew the hold on) a waiting case for the user unless someone else holds it."""
    if case.status not in WAITING:
        return HoldState(holder=None, since=None, mine=False)
    moved = session.execute(
        update(Case)
        .where(Case.id == case.id)
        .where(
            or_(
                Case.held_by.is_(None),
                Case.held_by == user_id,
                Case.held_at.is_(None),
                Case.held_at <= now - HOLD_LASTS,
            )
        )
        .values(held_by=user_id, held_at=now, updated_at=Case.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.refresh(case)
    if moved.rowcount == 1:  # type: ignore[attr-defined]
        return HoldState(holder=user_id, since=now, mine=True)
    return HoldState(holder=case.held_by, since=case.held_at, mine=False)


class HeldElsewhere(IntakeError):
    status_code = 409
    code = "held_elsewhere"


def check_hold(*, case: Case, user_id: str | None, now: datetime) -> None:
    """Before a change: refuse it when someone else works the case, else hold it.

    user_id None is a caller that is no person (an API key): it changes a case only
    while nobody holds it, and holds nothing itself.
    """
    holder = live_holder(case, now=now)
    if holder is not None and holder != user_id:
        raise HeldElsewhere("another reviewer works this case: take it over first")
    if user_id is not None:
        case.held_by, case.held_at = user_id, now


def take_over(*, session: Session, case_id: str, user_id: str, actor: str, now: datetime) -> Case:
    """Take a case over from whoever holds it; a timeline event says from whom."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    if case.status not in WAITING:
        raise Conflict(f"case {case_id} is {case.status}: nobody works it any more")
    before = live_holder(case, now=now)
    case.held_by, case.held_at = user_id, now
    if before is not None and before != user_id:
        record_event(
            session,
            case_id=case_id,
            actor=actor,
            kind="taken_over",
            message="took the case over",
            details={"before": f"user:{before}", "after": f"user:{user_id}"},
        )
    session.flush()
    return case


def release(*, case: Case) -> None:
    """Let go of a case that no longer waits for anyone (approved, rejected)."""
    case.held_by, case.held_at = None, None
