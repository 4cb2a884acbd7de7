"""The events a case tells the world, built from the case as it stands (app/events/)."""

from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseAction, Notice
from app.db import utcnow
from app.events.models import (
    ACTION_EVENTS,
    ActionData,
    CaseApproved,
    CaseCorrected,
    CaseCorrectedData,
    CaseDecided,
    CaseDecidedData,
    CaseLineData,
    CaseOpened,
    CaseRejected,
    CaseReviewedData,
    CreditMemoCancelled,
    CreditMemoPosted,
    CustomerNotified,
    CustomerNotifiedData,
    Data,
    DispositionDecided,
    EventBase,
    InspectionResultData,
    InspectionResulted,
    RecountResultData,
    RecountResulted,
    ReturnReceived,
    ReturnReceivedData,
)
from app.events.outbox import emit, new_event_id
from rules.later import Disposition
from rules.vocabulary import ActionStatus, ActionType, Decision

LaterData = ReturnReceivedData | InspectionResultData | RecountResultData


def decided_data(case: Case) -> CaseDecidedData:
    return CaseDecidedData(
        type=case.type,
        decision=case.decision,
        status=case.status.value,
        reasons=list(case.reasons),
        customer_id=case.customer_id,
        order_number=case.order_number,
        credit_total=case.credit_total,
        currency=case.currency,
        lines=[
            CaseLineData(
                position=line.position,
                sku=line.sku,
                quantity=line.quantity,
                reason=line.reason,
                credit=line.credit,
                rejected=line.rejected,
            )
            for line in case.lines
        ],
    )


def _emit(session: Session, model: type[EventBase], case: Case, data: Data, at: datetime) -> None:
    meta = {"id": new_event_id(), "occurred_at": at, "request_id": case.request_id}
    event = model.model_validate({**meta, "case_id": case.id, "data": data})
    emit(session, event)  # type: ignore[arg-type]  # every subclass is a member of Event


def case_opened(session: Session, case: Case, *, at: datetime) -> None:
    """A new case: opened, and what the rules decided."""
    session.flush()
    data = decided_data(case)
    _emit(session, CaseOpened, case, data, at)
    _emit(session, CaseDecided, case, data, at)


def case_corrected(session: Session, case: Case, *, by: str, decision_before: Decision) -> None:
    session.flush()
    data = CaseCorrectedData(
        **decided_data(case).model_dump(), corrected_by=by, decision_before=decision_before
    )
    _emit(session, CaseCorrected, case, data, utcnow())


def case_reviewed(
    session: Session, case: Case, *, by: str, comment: str, before: CaseStatus
) -> None:
    data = CaseReviewedData(
        reviewed_by=by, comment=comment, status_before=before.value, status=case.status.value
    )
    event = CaseApproved if case.status == CaseStatus.APPROVED else CaseRejected
    _emit(session, event, case, data, utcnow())


def action_done(session: Session, case: Case, action: CaseAction) -> None:
    """What carrying out an action made: an RMA, a credit memo, a claim, a task."""
    model = ACTION_EVENTS.get(action.type)
    if model is None:
        return
    if action.type == ActionType.CREDIT_MEMO and action.status == ActionStatus.POSTED:
        model = CreditMemoPosted
    disposal = Disposition.SCRAP if action.type == ActionType.DISPOSAL_AUTH else None
    _emit(session, model, case, action_data(case, action, disposal), utcnow())


def credit_moved(session: Session, case: Case, credit: CaseAction) -> None:
    """A pending credit memo was posted or cancelled by a later event."""
    model = CreditMemoPosted if credit.status == ActionStatus.POSTED else CreditMemoCancelled
    _emit(session, model, case, action_data(case, credit), utcnow())


def later_event(session: Session, case: Case, data: LaterData) -> None:
    """What a later event (a receipt, an inspection, a recount) did, told in our own words."""
    model = {
        ReturnReceivedData: ReturnReceived,
        InspectionResultData: InspectionResulted,
        RecountResultData: RecountResulted,
    }[type(data)]
    _emit(session, model, case, data, utcnow())


def disposition_decided(
    session: Session, case: Case, action: CaseAction, disposition: Disposition
) -> None:
    _emit(session, DispositionDecided, case, action_data(case, action, disposition), utcnow())


def action_data(
    case: Case, action: CaseAction, disposition: Disposition | None = None
) -> ActionData:
    return ActionData(
        action_id=action.id,
        action_type=action.type,
        status=action.status,
        reference=action.reference,
        amount=action.amount,
        currency=case.currency,
        due_at=action.due_at,
        order_number=case.order_number,
        disposition=disposition,
    )


def customer_notified(session: Session, notice: Notice, *, via: Literal["smtp", "outbox"]) -> None:
    case = session.get(Case, notice.case_id)
    assert case is not None
    assert notice.to_address
    assert notice.sent_at
    data = CustomerNotifiedData(
        notice_id=notice.id, kind=notice.kind, to_address=notice.to_address, via=via
    )
    _emit(session, CustomerNotified, case, data, notice.sent_at)
