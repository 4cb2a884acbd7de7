"""A person's word on a case: approve (the proposed actions are carried out) or reject.

Status changes go through the transition table and a compare-and-set UPDATE, so two
reviewers acting at once cannot both win; every action is an event with its actor.
A case whose credit exceeds its auto-credit limit needs a finance user's approval, and
not from the user who corrected it (segregation of duties).
"""

from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import metrics
from app.auth.actor import Actor
from app.auth.tables import Role
from app.cases.audit import record_event, seal_ledger
from app.cases.events import case_reviewed
from app.cases.holds import check_hold, release
from app.cases.service import add_notice, latest_record, queue_carry_out
from app.cases.states import CaseStatus, check_transition
from app.cases.tables import Case, CaseEvent
from app.db import utcnow
from app.errors import Conflict, Forbidden, NotFound
from app.jsonable import from_jsonable
from rules.facts import Contract
from rules.policy import Policy
from rules.vocabulary import ActionStatus, NoticeKind


def approve(*, session: Session, case_id: str, actor: Actor, comment: str = "") -> Case:
    """Approve a case under review: its proposed actions are carried out after commit."""
    check_hold(case=_case(session, case_id), user_id=actor.user_id, now=utcnow())
    check_may_approve(session=session, case_id=case_id, actor=actor)
    case = _move(session, case_id, CaseStatus.APPROVED, actor=actor.name, comment=comment)
    seal_ledger(session, case=case, actor=actor.name)
    queue_carry_out(session=session, case=case)
    return case


def check_may_approve(*, session: Session, case_id: str, actor: Actor) -> None:
    """Above the credit limit, refuse all but a finance user who did not correct the case."""
    case = _case(session, case_id)
    limit = auto_credit_limit(session=session, case_id=case_id)
    if limit is not None and case.credit_total <= limit:
        return
    shown = f"{case.credit_total} {case.currency}"
    if actor.role != Role.FINANCE:
        raise Forbidden(
            f"case {case_id} credits {shown}, above its auto-credit limit {limit}: "
            "only a finance user may approve it"
        )
    corrected = session.scalar(
        select(CaseEvent.id)
        .where(CaseEvent.case_id == case_id, CaseEvent.kind == "corrected")
        .where(CaseEvent.actor == actor.name)
        .limit(1)
    )
    if corrected is not None:
        raise Forbidden(
            f"case {case_id} credits {shown}, above its auto-credit limit {limit}: "
            "you corrected it, so another finance user must approve it"
        )


def auto_credit_limit(*, session: Session, case_id: str) -> Decimal | None:
    """The auto-credit limit the case's newest decision applied (policy and contract)."""
    record = latest_record(session=session, case_id=case_id)
    if record is None or "policy" not in record.inputs:
        return None  # nothing to tell the limit from: only finance approves
    policy = from_jsonable(Policy, record.inputs["policy"])
    contract = (record.inputs.get("facts") or {}).get("contract") or {}
    limit: Decimal = policy.with_contract(from_jsonable(Contract, contract)).auto_credit_limit
    return limit


def reject(*, session: Session, case_id: str, actor: Actor, comment: str = "") -> Case:
    """Reject a case: its proposed actions are cancelled and the customer is told."""
    check_hold(case=_case(session, case_id), user_id=actor.user_id, now=utcnow())
    case = _move(session, case_id, CaseStatus.REJECTED, actor=actor.name, comment=comment)
    for action in case.actions:
        if action.status == ActionStatus.PROPOSED:
            action.status = ActionStatus.CANCELLED
    add_notice(case, NoticeKind.REJECTION, comment=comment)
    seal_ledger(session, case=case, actor=actor.name)
    queue_carry_out(session=session, case=case)
    return case


def _case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    return case


def _move(session: Session, case_id: str, target: CaseStatus, *, actor: str, comment: str) -> Case:
    case = _case(session, case_id)
    current = case.status
    check_transition(current, target)
    moved = session.execute(
        update(Case)
        .where(Case.id == case_id, Case.status == current.value)
        .values(status=target.value, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:  # type: ignore[attr-defined]
        raise Conflict(f"case {case_id} was changed by someone else; reload it")
    session.refresh(case)
    release(case=case)  # nobody works a decided case any more
    record_event(
        session,
        case_id=case_id,
        actor=actor,
        kind=target.value.lower(),
        message=comment,
        details={"before": current.value, "after": target.value},
    )
    case_reviewed(session, case, by=actor, comment=comment, before=current)
    metrics.CASE_DECISIONS.labels(target.value.lower()).inc()
    return case
