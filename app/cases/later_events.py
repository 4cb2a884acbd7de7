"""Later events in (policy.md section 7): a return received, an inspection result, a recount
result, a credit memo posted by the ERP. Each moves an approved case's actions on.

An event is recorded once by the id its sender gave it: the same event again changes
nothing and answers with the first result; the same id with other content is refused.
An event the case is not ready for (an inspection before the goods came back) is refused
with a 409 that says why. Each is on the case's timeline and told on as our own event.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth.actor import Actor
from app.cases import events
from app.cases.audit import record_event
from app.cases.service import add_notice, latest_record, queue_carry_out
from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseAction, LaterEvent
from app.errors import Conflict, IntakeError, NotFound
from app.events.models import InspectionResultData, RecountResultData, ReturnReceivedData
from app.jsonable import from_jsonable
from rules import lookup
from rules.facts import ClaimFacts, ItemFacts
from rules.later import PENDING_CREDIT, InspectionResult, credit_after_recount, disposition
from rules.vocabulary import ActionStatus, ActionType, NoticeKind

LATER_EVENT = "later_event"  # the timeline's kind for an event that came in
EventId = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[\w.:\-]+$")]
Sku = Annotated[str, Field(min_length=1, max_length=64)]


class _In(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: EventId = Field(description="the sender's own id: the same event twice is one event")
    note: str = Field(default="", max_length=2000)


class ReturnReceivedIn(_In):
    type: Literal["return.received"]
    sku: Sku | None = Field(default=None, description="needed when the case has several SKUs")
    quantity: int = Field(ge=1, le=1_000_000)
    condition: str = Field(default="AS_EXPECTED", min_length=1, max_length=64)


class InspectionResultIn(_In):
    type: Literal["inspection.result"]
    sku: Sku | None = None
    result: InspectionResult


class RecountResultIn(_In):
    type: Literal["recount.result"]
    confirmed: bool = Field(description="the recount confirmed the shortage")
    counted_quantity: int | None = Field(default=None, ge=0, le=1_000_000)


class CreditMemoPostedIn(_In):
    type: Literal["credit_memo.posted"]
    erp_reference: str | None = Field(default=None, max_length=64)


LaterEventIn = Annotated[
    ReturnReceivedIn | InspectionResultIn | RecountResultIn | CreditMemoPostedIn,
    Field(discriminator="type"),
]


class ActionState(BaseModel):
    id: str
    type: ActionType
    status: ActionStatus
    reference: str | None


class LaterEventResult(BaseModel):
    """What a later event did to its case (the same answer for a repeat, `duplicate` true)."""

    id: str
    type: str
    case_id: str
    case_status: CaseStatus
    actions: list[ActionState]
    duplicate: bool = False


class NotReady(Conflict):
    code = "case_not_ready"


class InvalidLaterEvent(IntakeError):
    status_code = 422
    code = "invalid_later_event"


def record_later_event(
    *, session: Session, case_id: str, event: LaterEventIn, actor: Actor, now: datetime
) -> LaterEventResult:
    """Apply a later event to a case once, or answer a repeat with the first result."""
    body = event.model_dump(mode="json")
    first = session.get(LaterEvent, event.id)
    if first is not None:
        return _repeat(first, case_id, body)
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case {case_id}")
    if case.status != CaseStatus.APPROVED:
        raise NotReady(f"case {case_id} is {case.status}: later events follow an approved case")
    message = _apply(session, case, event)
    result = _result(event, case)
    try:
        with session.begin_nested():
            session.add(
                LaterEvent(
                    id=event.id,
                    case_id=case_id,
                    type=event.type,
                    body=body,
                    result=result.model_dump(mode="json"),
                    actor=actor.name,
                    received_at=now,
                )
            )
    except IntegrityError:  # the same event, sent twice at once: the other one counted
        raise Conflict(f"event {event.id} is being recorded by another request; retry") from None
    record_event(
        session,
        case_id=case_id,
        actor=actor.name,
        kind=LATER_EVENT,
        message=message,
        details={"event": body},
    )
    return result


def _repeat(first: LaterEvent, case_id: str, body: dict[str, Any]) -> LaterEventResult:
    if first.case_id != case_id or first.body != body:
        raise Conflict(f"event id {first.id} was used already, for other content")
    return LaterEventResult.model_validate({**first.result, "duplicate": True})


def _result(event: LaterEventIn, case: Case) -> LaterEventResult:
    return LaterEventResult(
        id=event.id,
        type=event.type,
        case_id=case.id,
        case_status=case.status,
        actions=[
            ActionState(id=a.id, type=a.type, status=a.status, reference=a.reference)
            for a in case.actions
        ],
    )


def _apply(session: Session, case: Case, event: LaterEventIn) -> str:
    """Move the case's actions on; return the timeline's line for it."""
    match event:
        case ReturnReceivedIn():
            return _return_received(session, case, event)
        case InspectionResultIn():
            return _inspected(session, case, event)
        case RecountResultIn():
            return _recounted(session, case, event)
        case CreditMemoPostedIn():
            return _credit_posted(session, case, event)


def _action(case: Case, kind: ActionType) -> CaseAction:
    found = [a for a in case.actions if a.type == kind and a.status != ActionStatus.CANCELLED]
    if not found:
        raise NotReady(f"case {case.id} has no {kind}")
    return found[0]


def _authorized(case: Case) -> dict[str, int]:
    """The quantity of each SKU the RMA lets come back."""
    quantities: dict[str, int] = {}
    for line in case.lines:
        if line.sku is not None and line.quantity is not None and not line.rejected:
            quantities[line.sku] = quantities.get(line.sku, 0) + line.quantity
    return quantities


def _sku(case: Case, given: str | None) -> str:
    skus = sorted(_authorized(case))
    if given is None:
        if len(skus) != 1:
            raise InvalidLaterEvent(f"case {case.id} has SKUs {', '.join(skus)}: name the sku")
        return skus[0]
    if given not in skus:
        raise InvalidLaterEvent(f"{given} is not a SKU of case {case.id}")
    return given


def _return_received(session: Session, case: Case, event: ReturnReceivedIn) -> str:
    rma = _action(case, ActionType.RMA)
    if rma.status == ActionStatus.RECEIVED:
        raise NotReady(f"the return of case {case.id} was received in full already")
    sku = _sku(case, event.sku)
    authorized = _authorized(case)
    received = dict(rma.details.get("received", {}))
    total = received.get(sku, 0) + event.quantity
    if total > authorized[sku]:
        raise NotReady(f"{total} of {sku} received, more than the {authorized[sku]} authorized")
    received[sku] = total
    complete = all(received.get(s, 0) >= q for s, q in authorized.items())
    rma.details = {**rma.details, "received": received}
    if complete:
        rma.status = ActionStatus.RECEIVED
    events.later_event(
        session,
        case,
        ReturnReceivedData(
            later_event_id=event.id,
            action_id=rma.id,
            reference=rma.reference,
            sku=sku,
            quantity=event.quantity,
            condition=event.condition,
            received=total,
            authorized=authorized[sku],
            complete=complete,
        ),
    )
    state = "in full" if complete else f"{total} of {authorized[sku]}"
    return f"return received: {event.quantity} {sku} ({event.condition}), {state}"


def _inspected(session: Session, case: Case, event: InspectionResultIn) -> str:
    rma = _action(case, ActionType.RMA)
    sku = _sku(case, event.sku)
    if not rma.details.get("received", {}).get(sku):
        raise NotReady(f"no {sku} of case {case.id} was received yet: nothing to inspect")
    decided = disposition(event.result, _item(session, case, sku))
    inspections = [*rma.details.get("inspections", []), {"sku": sku, "result": event.result}]
    rma.details = {**rma.details, "inspections": inspections, "disposition": decided.value}
    data = InspectionResultData(
        later_event_id=event.id,
        action_id=rma.id,
        reference=rma.reference,
        sku=sku,
        result=event.result,
        disposition=decided,
    )
    events.later_event(session, case, data)
    events.disposition_decided(session, case, rma, decided)
    return f"inspection of {sku}: {event.result}, {decided}"


def _item(session: Session, case: Case, sku: str) -> ItemFacts | None:
    record = latest_record(session=session, case_id=case.id)
    if record is None:
        return None
    facts = from_jsonable(ClaimFacts, record.inputs["facts"])
    return lookup.item(facts.order, sku) if facts.order else None


def _recounted(session: Session, case: Case, event: RecountResultIn) -> str:
    task = _action(case, ActionType.RECOUNT_TASK)
    if task.status != ActionStatus.OPEN:
        raise NotReady(f"the recount of case {case.id} has its result already")
    credit = _pending_credit(case)
    task.status = ActionStatus.DONE
    case.escalated_at = None  # the overdue recount came in
    credit.status = credit_after_recount(event.confirmed)
    data = RecountResultData(
        later_event_id=event.id,
        action_id=task.id,
        reference=task.reference,
        confirmed=event.confirmed,
        counted_quantity=event.counted_quantity,
    )
    events.later_event(session, case, data)
    events.credit_moved(session, case, credit)
    if not event.confirmed:
        _tell_customer(session, case, event)
        return "recount: shortage not confirmed, credit cancelled, customer told"
    return "recount: shortage confirmed, credit posted"


def _pending_credit(case: Case) -> CaseAction:
    credit = _action(case, ActionType.CREDIT_MEMO)
    if credit.status not in PENDING_CREDIT:
        raise NotReady(f"the credit memo of case {case.id} is {credit.status}, not pending")
    return credit


def _tell_customer(session: Session, case: Case, event: RecountResultIn) -> None:
    counted = (
        f"The recount found every unit shipped ({event.counted_quantity} counted)."
        if event.counted_quantity is not None
        else "The recount found every unit shipped."
    )
    add_notice(case, NoticeKind.SHORTAGE_NOT_CONFIRMED, comment=counted)
    queue_carry_out(session=session, case=case)


def _credit_posted(session: Session, case: Case, event: CreditMemoPostedIn) -> str:
    credit = _pending_credit(case)
    credit.status = ActionStatus.POSTED
    if event.erp_reference:
        credit.details = {**credit.details, "erp_reference": event.erp_reference}
    events.credit_moved(session, case, credit)
    return f"credit memo posted in the ERP as {event.erp_reference or 'its own number'}"
