"""A reviewer's correction: new lines and/or order for a case, decided again by the rules.

A corrected value has confidence 1.0. The case is re-decided from its recorded facts
with the corrected lines in place of its own and the earlier cases as they stand now
(this one left out); its proposed actions are replanned and a new decision record and
a timeline event (before and after) are written. The case then waits for a person's
approval or rejection (or for information when the rules still lack it).
"""

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from app import metrics
from app.auth.actor import Actor
from app.cases.audit import record_event, seal_ledger
from app.cases.events import case_corrected
from app.cases.holds import check_hold
from app.cases.service import action_row, latest_record, line_rows, prior_cases
from app.cases.states import WAITING, CaseStatus, check_transition
from app.cases.summary import case_summary
from app.cases.tables import Case, DecisionRecord
from app.db import utcnow
from app.erp.port import ErpReader
from app.errors import Conflict, IntakeError, NotFound
from app.jsonable import from_jsonable, to_jsonable
from app.requests.claim_record import ClaimRecord, LineEvidence, claim_line, recorded_claim
from rules import decide
from rules.facts import ClaimFacts, ClaimLine, LineConfidence
from rules.outcomes import CaseDecision
from rules.policy import Policy
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode


class InvalidCorrection(IntakeError):
    status_code = 422
    code = "invalid_correction"


@dataclass(frozen=True)
class CorrectedLine:
    sku: str
    quantity: int
    reason: ReasonCode


@dataclass(frozen=True)
class Correction:
    """What a person changes on a case; None leaves a value as it was."""

    lines: list[CorrectedLine] | None = None
    order_number: str | None = None
    customer_id: str | None = None  # the customer the sender is, as the person vouches

    @property
    def empty(self) -> bool:
        return self.lines is None and self.order_number is None and self.customer_id is None


def correct(
    *,
    session: Session,
    case_id: str,
    correction: Correction,
    actor: Actor,
    erp: ErpReader,
    policy: Policy,
) -> Case:
    """Apply a correction and decide the case again (by whoever holds the case)."""
    case = _waiting_case(session, case_id)
    check_hold(case=case, user_id=actor.user_id, now=utcnow())
    if correction.empty:
        raise InvalidCorrection("give corrected lines, an order number or a customer")
    record = _latest_record(session, case_id)
    facts = from_jsonable(ClaimFacts, record.inputs["facts"])
    before, decided_before = _state(case, facts), case.decision
    corrected = _corrected_facts(session, erp, case, facts, correction)
    lines = correction.lines
    claim = _claim_after(recorded_claim(record.inputs), case, corrected, lines, actor.name)
    (decision,) = decide(corrected, policy)
    _apply(session, case, corrected, decision)
    session.add(
        DecisionRecord(
            case_id=case.id,
            policy_version=policy.version,
            extractor=record.extractor,
            inputs={
                **record.inputs,
                "facts": to_jsonable(corrected),
                "claim": claim.model_dump(mode="json"),
                "policy": to_jsonable(policy),
                "corrected_by": actor.name,
            },
            outputs=to_jsonable(decision),
        )
    )
    record_event(
        session,
        case_id=case.id,
        actor=actor.name,
        kind="corrected",
        message=f"re-decided: {decision.decision}",
        details={"before": before, "after": _state(case, corrected)},
    )
    case_corrected(session, case, by=actor.name, decision_before=decided_before)
    seal_ledger(session, case=case, actor=actor.name)
    metrics.CASE_DECISIONS.labels("corrected").inc()
    return case


def _state(case: Case, facts: ClaimFacts) -> dict[str, Any]:
    """The case as a correction's event records it before and after."""
    return {
        **case_summary(case).model_dump(mode="json"),
        "order_number": case.order_number,
        "customer_id": case.customer_id,
        "sender_customer_id": facts.sender_customer_id,  # None: the sender was not verified
    }


def preview(
    *, session: Session, case_id: str, correction: Correction, erp: ErpReader, policy: Policy
) -> CaseDecision:
    """What the rules would decide after a correction; nothing is written."""
    case = _waiting_case(session, case_id)
    record = _latest_record(session, case_id)
    facts = from_jsonable(ClaimFacts, record.inputs["facts"])
    (decision,) = decide(_corrected_facts(session, erp, case, facts, correction), policy)
    return decision


def _waiting_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    if case.status not in WAITING:
        raise Conflict(f"case {case_id} is {case.status}: only a case waiting can be corrected")
    return case


def _latest_record(session: Session, case_id: str) -> DecisionRecord:
    record = latest_record(session=session, case_id=case_id)
    if record is None:
        raise Conflict(f"case {case_id} has no decision record to correct")
    return record


def _corrected_facts(
    session: Session, erp: ErpReader, case: Case, facts: ClaimFacts, correction: Correction
) -> ClaimFacts:
    lines, order_number = correction.lines, correction.order_number
    sender, customer_confidence = facts.sender_customer_id, facts.customer_confidence
    if correction.customer_id:
        if not erp.customer_exists(correction.customer_id):
            raise InvalidCorrection(f"no customer {correction.customer_id}")
        sender, customer_confidence = correction.customer_id, 1.0  # a person vouches
    order, order_confidence = facts.order, facts.order_confidence
    if order_number:
        found = erp.find_order(order_number, sender or case.customer_id)
        order = erp.order_facts(found) if found else None
        if order is None:
            raise InvalidCorrection(f"no order {order_number} for this customer")
        order_confidence = 1.0
    if lines is None:
        own = [facts.lines[line.request_line] for line in case.lines]
    else:
        if len({line.reason for line in lines}) != 1:
            raise InvalidCorrection("a case holds one reason: correct lines of one reason at once")
        own = [
            ClaimLine(
                sku=(erp.resolve_sku(line.sku, order) if order else None) or line.sku,
                quantity=line.quantity,
                reason=line.reason,
                confidence=LineConfidence(1.0, 1.0, 1.0),  # a person set them
            )
            for line in lines
        ]
    others = tuple(
        p
        for p in prior_cases(session=session, order_number=order.order_number if order else None)
        if p.case_id != case.id
    )
    if order is not None:
        contract = erp.contract(order.customer_id)  # policy 3.5: the order's customer's terms
    else:
        contract = erp.contract(sender) if correction.customer_id and sender else facts.contract
    return replace(
        facts,
        lines=tuple(own),
        sender_customer_id=sender,
        customer_confidence=customer_confidence,
        order=order,
        order_confidence=order_confidence,
        prior_cases=others,
        contract=contract,
    )


def _claim_after(
    claim: ClaimRecord,
    case: Case,
    facts: ClaimFacts,
    lines: list[CorrectedLine] | None,
    actor: str,
) -> ClaimRecord:
    """The claim lines of the case after the correction, indexed as its new facts are."""
    if lines is None:
        old = claim.lines
        kept = tuple(old[line.request_line] for line in case.lines if line.request_line < len(old))
    else:
        kept = tuple(claim_line(line, LineEvidence(set_by=actor)) for line in facts.lines)
    return claim.model_copy(
        update={
            "lines": kept,
            "order_number": facts.order.order_number if facts.order else None,
            "order_confidence": facts.order_confidence,
            "customer_confidence": facts.customer_confidence,
        }
    )


def _apply(session: Session, case: Case, facts: ClaimFacts, decision: Any) -> None:
    target = (
        CaseStatus.WAITING_FOR_INFO
        if decision.decision == Decision.NEEDS_INFO
        else CaseStatus.IN_REVIEW  # a person approves or rejects what the rules now say
    )
    if target != case.status:
        check_transition(case.status, target)
        case.status = target
    case.type = decision.type
    case.decision = decision.decision
    case.reasons = [code.value for code in decision.reasons]
    case.credit_total = decision.credit_total
    case.currency = decision.currency
    case.order_number = facts.order.order_number if facts.order else None
    # As the pipeline has it: the sender's customer, else the order's.
    case.customer_id = facts.sender_customer_id or (
        facts.order.customer_id if facts.order else case.customer_id
    )
    case.updated_at = utcnow()
    case.lines = line_rows(decision, renumbered=True)
    # What was done stays; what was only planned (a notice not sent yet too) spoke of the
    # old decision and gives way to the new one's plan.
    kept = [a for a in case.actions if a.status != ActionStatus.PROPOSED]
    planned = [a for a in decision.actions if a.type != ActionType.CUSTOMER_NOTICE]
    case.actions = kept + [
        action_row(action, position=len(kept) + n, opened=case.created_at)
        for n, action in enumerate(planned)
    ]
    session.flush()
