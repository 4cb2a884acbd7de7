"""Open cases from the policy's decisions, and read what earlier cases claim."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import metrics
from app.cases.audit import record_event, seal_ledger
from app.cases.events import case_opened
from app.cases.states import RELEASED, CaseStatus, initial_status
from app.cases.tables import Case, CaseAction, CaseLine, DecisionRecord
from app.ids import new_id
from app.jsonable import to_jsonable
from app.work.submit import Work, WorkKind, submit
from rules.facts import ClaimFacts, PriorCase, ShipmentLine
from rules.outcomes import CaseDecision, PlannedAction
from rules.vocabulary import ActionStatus, ActionType, Decision, NoticeKind, ReasonCode

SYSTEM = "system"


def queue_carry_out(*, session: Session, case: Case) -> None:
    """Have the case's actions carried out, as far as its status allows, after commit."""
    session.flush()
    work = carrying_out(case)
    if work is not None:
        submit(session, work)


def add_notice(case: Case, kind: NoticeKind, *, comment: str | None = None) -> None:
    """Give the case a customer notice of this kind, to be carried out like its actions."""
    details: dict[str, Any] = {"notice": kind.value}
    if comment is not None:
        details["comment"] = comment
    case.actions.append(
        CaseAction(
            id=new_id("act"),
            position=len(case.actions),
            type=ActionType.CUSTOMER_NOTICE,
            status=ActionStatus.PROPOSED,
            target_status=ActionStatus.SENT,
            details=details,
        )
    )


def carrying_out(case: Case) -> Work | None:
    """The work of carrying out what the case's status allows now, if anything; named by
    the first such action, so each new state of the case is carried out once."""
    approved = case.status == CaseStatus.APPROVED
    for action in case.actions:
        ready = approved or action.type == ActionType.CUSTOMER_NOTICE
        if action.status == ActionStatus.PROPOSED and ready:
            return Work(
                kind=WorkKind.CARRY_OUT,
                id=f"carry_out:{case.id}:{action.id}",
                subject=case.id,
                partition=case.id,
            )
    return None


def not_carried_out(session: Session) -> list[Work]:
    """The carrying out of every case with an action its status allows and nobody did."""
    cases = session.scalars(
        select(Case).where(Case.actions.any(CaseAction.status == ActionStatus.PROPOSED))
    )
    return [work for case in cases if (work := carrying_out(case)) is not None]


def latest_record(*, session: Session, case_id: str) -> DecisionRecord | None:
    """The newest decision record of a case: what it was last decided from, and what it said."""
    return session.scalar(
        select(DecisionRecord)
        .where(DecisionRecord.case_id == case_id)
        .order_by(DecisionRecord.id.desc())
        .limit(1)
    )


def prior_cases(*, session: Session, order_number: str | None) -> tuple[PriorCase, ...]:
    """Earlier cases on an order, as the duplicate and already-claimed rules see them."""
    if order_number is None:
        return ()
    cases = session.scalars(
        select(Case).where(Case.order_number == order_number).order_by(Case.created_at, Case.id)
    ).all()
    return tuple(
        PriorCase(
            case_id=case.id,
            order_number=order_number,
            reason=ReasonCode(case.type),
            # A rejected or cancelled case claims nothing, whatever the policy first said.
            decision=Decision.REJECTED if case.status in RELEASED else Decision(case.decision),
            # A line whose count was not read counts none here (uncounted says so), but
            # still covers its SKU for the duplicate rule: a later request for the same
            # item is the same claim.
            lines=tuple(
                ShipmentLine(line.sku, line.quantity or 0)
                for line in case.lines
                if line.sku is not None
            ),
            unidentified=any(line.sku is None for line in case.lines),
            uncounted=frozenset(
                line.sku for line in case.lines if line.sku is not None and line.quantity is None
            ),
        )
        for case in cases
    )


def open_cases(
    *,
    session: Session,
    request_id: str,
    customer_id: str | None,
    facts: ClaimFacts,
    decisions: tuple[CaseDecision, ...],
    record: dict[str, Any],
    now: datetime,
) -> list[Case]:
    """One case per decision, with its lines, actions, decision record and first event."""
    cases = []
    for decision in decisions:
        case = _case_row(request_id, customer_id, facts, decision, now)
        session.add(case)
        session.add(
            DecisionRecord(
                case_id=case.id,
                policy_version=record["policy_version"],
                extractor=record["extractor"],
                inputs={**record, "facts": to_jsonable(facts)},
                outputs=to_jsonable(decision),
                created_at=now,
            )
        )
        record_event(
            session,
            case_id=case.id,
            at=now,
            actor=SYSTEM,
            kind="opened",
            message=f"opened as {decision.type}: {decision.decision}",
            details={"reasons": list(case.reasons)},
        )
        case_opened(session, case, at=now)
        seal_ledger(session, case=case, actor=SYSTEM)
        queue_carry_out(session=session, case=case)
        metrics.CASES_OPENED.labels(decision.type.value, decision.decision.value).inc()
        cases.append(case)
    return cases


def _case_row(
    request_id: str,
    customer_id: str | None,
    facts: ClaimFacts,
    decision: CaseDecision,
    now: datetime,
) -> Case:
    case_id = new_id("case")
    return Case(
        id=case_id,
        request_id=request_id,
        type=decision.type,
        decision=decision.decision,
        status=initial_status(decision.decision),
        reasons=[code.value for code in decision.reasons],
        customer_id=customer_id,
        order_number=facts.order.order_number if facts.order else None,
        credit_total=decision.credit_total,
        currency=decision.currency,
        created_at=now,
        updated_at=now,
        lines=line_rows(decision),
        actions=[
            action_row(action, position=position, opened=now)
            for position, action in enumerate(decision.actions)
        ],
    )


def line_rows(decision: CaseDecision, *, renumbered: bool = False) -> list[CaseLine]:
    """The case lines of a decision; renumbered when the decision's facts hold only them."""
    return [
        CaseLine(
            position=position,
            request_line=position if renumbered else line.index,
            sku=line.sku,
            quantity=line.quantity,
            reason=line.reason.value,
            unit_price=line.unit_price,
            credit=line.credit,
            rejected=line.rejected,
        )
        for position, line in enumerate(decision.lines)
    ]


def action_row(action: PlannedAction, *, position: int, opened: datetime) -> CaseAction:
    """A planned action as a row, PROPOSED until it is carried out."""
    return CaseAction(
        id=new_id("act"),
        position=position,
        type=action.type,
        status=ActionStatus.PROPOSED,
        target_status=action.status,
        amount=action.amount,
        # policy.md 7: a recount is due a number of hours after the case opened
        due_at=opened + timedelta(hours=action.due_hours) if action.due_hours else None,
        details=to_jsonable(
            {
                "lines": action.lines,
                "site": action.site,
                "carrier": action.carrier,
                "vendor_id": action.vendor_id,
                "notice": action.notice,
                **action.details,
            }
        ),
    )
