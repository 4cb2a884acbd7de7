"""Claims on cases: the reviewer who opens a waiting case works it, so two people do not.

A claim is the case's claimed_by (a user id) and claimed_at; it lapses after
CLAIM_LASTS without a visit, so a case is never stuck with someone who left. Another
reviewer sees who holds it and may take it over explicitly, which is a timeline event.
Claims are set with a compare-and-set UPDATE, so two reviewers opening a case at once
cannot both hold it.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from app.cases.audit import record_event
from app.cases.states import WAITING, CaseStatus
from app.cases.tables import Case
from app.errors import Conflict, IntakeError, NotFound

CLAIM_LASTS = timedelta(minutes=30)


@dataclass(frozen=True)
class ClaimState:
    """Who works a case now: holder None means nobody; mine means the asking user."""

    holder: str | None
    since: datetime | None
    mine: bool


def live_holder(case: Case, *, now: datetime) -> str | None:
    """The user id holding a live claim on the case, or None."""
    if case.claimed_by is None or case.claimed_at is None:
        return None
    return case.claimed_by if now - case.claimed_at < CLAIM_LASTS else None


def claim(*, session: Session, case: Case, user_id: str, now: datetime) -> ClaimState:
    """Claim (or renew) a waiting case for the user unless someone else holds it."""
    if CaseStatus(case.status) not in WAITING:
        return ClaimState(holder=None, since=None, mine=False)
    moved = session.execute(
        update(Case)
        .where(Case.id == case.id)
        .where(
            or_(
                Case.claimed_by.is_(None),
                Case.claimed_by == user_id,
                Case.claimed_at.is_(None),
                Case.claimed_at <= now - CLAIM_LASTS,
            )
        )
        .values(claimed_by=user_id, claimed_at=now, updated_at=Case.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.refresh(case)
    if moved.rowcount == 1:  # type: ignore[attr-defined]
        return ClaimState(holder=user_id, since=now, mine=True)
    return ClaimState(holder=case.claimed_by, since=case.claimed_at, mine=False)


class ClaimedElsewhere(IntakeError):
    status_code = 409
    code = "claimed_elsewhere"


def hold(*, case: Case, user_id: str, now: datetime) -> None:
    """Before a change: refuse it when someone else works the case, else claim it."""
    holder = live_holder(case, now=now)
    if holder is not None and holder != user_id:
        raise ClaimedElsewhere("another reviewer works this case: take it over first")
    case.claimed_by, case.claimed_at = user_id, now


def take_over(*, session: Session, case_id: str, user_id: str, actor: str, now: datetime) -> Case:
    """Take a case over from whoever holds it; a timeline event says from whom."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    if CaseStatus(case.status) not in WAITING:
        raise Conflict(f"case {case_id} is {case.status}: nobody works it any more")
    before = live_holder(case, now=now)
    case.claimed_by, case.claimed_at = user_id, now
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
    case.claimed_by, case.claimed_at = None, None
