"""A person's word on a case: approve (the proposed actions are carried out) or reject.

Status changes go through the transition table and a compare-and-set UPDATE, so two
reviewers acting at once cannot both win; every action is an event with its actor.
"""

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.cases.service import CARRY_OUT_ACTIONS
from app.cases.states import CaseStatus, check_transition
from app.cases.tables import Case, CaseAction, CaseEvent
from app.db import utcnow
from app.errors import Conflict, NotFound
from app.ids import new_id
from app.jobs.queue import enqueue
from rules.vocabulary import ActionStatus, ActionType, NoticeKind


def approve(*, session: Session, case_id: str, actor: str, comment: str = "") -> Case:
    """Approve a case under review: its proposed actions are carried out after commit."""
    case = _move(session, case_id, CaseStatus.APPROVED, actor=actor, comment=comment)
    _carry_out_after_commit(session, case, step="approved")
    return case


def reject(*, session: Session, case_id: str, actor: str, comment: str = "") -> Case:
    """Reject a case: its proposed actions are cancelled and the customer is told."""
    case = _move(session, case_id, CaseStatus.REJECTED, actor=actor, comment=comment)
    for action in case.actions:
        if action.status == ActionStatus.PROPOSED:
            action.status = ActionStatus.CANCELLED
    case.actions.append(
        CaseAction(
            id=new_id("act"),
            position=len(case.actions),
            type=ActionType.CUSTOMER_NOTICE.value,
            status=ActionStatus.PROPOSED.value,
            target_status=ActionStatus.SENT.value,
            details={"notice": NoticeKind.REJECTION.value, "comment": comment},
        )
    )
    _carry_out_after_commit(session, case, step="rejected")
    return case


def _move(session: Session, case_id: str, target: CaseStatus, *, actor: str, comment: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    current = CaseStatus(case.status)
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
    session.add(
        CaseEvent(
            case_id=case_id,
            actor=actor,
            kind=target.value.lower(),
            message=comment,
            details={"before": current.value, "after": target.value},
        )
    )
    return case


def _carry_out_after_commit(session: Session, case: Case, *, step: str) -> None:
    session.flush()
    enqueue(
        session=session,
        kind=CARRY_OUT_ACTIONS,
        key=f"{CARRY_OUT_ACTIONS}:{case.id}:{step}",
        payload={"case_id": case.id},
        request_id=case.request_id,
    )
