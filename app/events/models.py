"""The canonical events: one pydantic model per type, versioned, documented in docs/events.md.

Every event has an id (the same on every delivery and retry), a type, a version, the
time it happened, the request and case it belongs to, and its data. Money is a decimal
string, never a float. A change to an event's data that could break a receiver is a
new version of that type; adding an optional field is not.
"""

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, TypeAdapter, WithJsonSchema

from rules.later import Disposition, InspectionResult
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode

Money = Annotated[
    Decimal,
    PlainSerializer(lambda value: f"{value:.2f}", return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$"}),
]


class EventType(StrEnum):
    REQUEST_RECEIVED = "request.received"
    CASE_OPENED = "case.opened"
    CASE_DECIDED = "case.decided"
    CASE_CORRECTED = "case.corrected"
    CASE_APPROVED = "case.approved"
    CASE_REJECTED = "case.rejected"
    RETURN_AUTHORIZED = "return.authorized"
    DISPOSITION_DECIDED = "disposition.decided"
    RECOUNT_REQUESTED = "recount.requested"
    REPLACEMENT_ORDERED = "replacement.ordered"
    CREDIT_MEMO_PROPOSED = "credit_memo.proposed"
    CREDIT_MEMO_POSTED = "credit_memo.posted"
    CREDIT_MEMO_CANCELLED = "credit_memo.cancelled"
    RETURN_RECEIVED = "return.received"
    INSPECTION_RESULT = "inspection.result"
    RECOUNT_RESULT = "recount.result"
    SUPPLIER_CLAIM_RAISED = "supplier_claim.raised"
    CARRIER_CLAIM_RAISED = "carrier_claim.raised"
    CUSTOMER_NOTIFIED = "customer.notified"


class Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RequestReceivedData(Data):
    channel: str
    account_id: str | None = Field(description="the submitting customer account, if any")
    received_at: datetime


class CaseLineData(Data):
    position: int
    sku: str | None
    quantity: int | None
    reason: ReasonCode
    credit: Money
    rejected: bool


class CaseDecidedData(Data):
    """What the rules decided: the case type, its decision, status, reasons and credit."""

    type: ReasonCode
    decision: Decision
    status: str
    reasons: list[str]
    customer_id: str | None
    order_number: str | None
    credit_total: Money
    currency: str
    lines: list[CaseLineData]


class CaseCorrectedData(CaseDecidedData):
    corrected_by: str
    decision_before: Decision


class CaseReviewedData(Data):
    reviewed_by: str
    comment: str
    status_before: str
    status: str


class ActionData(Data):
    """An action carried out: its id (the idempotency key of what it made) and reference."""

    action_id: str
    action_type: ActionType
    status: ActionStatus
    reference: str | None
    amount: Money | None
    currency: str
    due_at: datetime | None
    order_number: str | None
    disposition: Disposition | None = Field(
        default=None, description="what becomes of the goods (disposition.decided only)"
    )


class ReturnReceivedData(Data):
    """Goods of an RMA came back; `complete` once everything authorized has."""

    later_event_id: str = Field(description="the id the sending system gave its event")
    action_id: str
    reference: str | None
    sku: str
    quantity: int
    condition: str
    received: int = Field(description="received of this SKU so far, this receipt included")
    authorized: int
    complete: bool


class InspectionResultData(Data):
    later_event_id: str
    action_id: str
    reference: str | None
    sku: str
    result: InspectionResult
    disposition: Disposition


class RecountResultData(Data):
    later_event_id: str
    action_id: str
    reference: str | None
    confirmed: bool
    counted_quantity: int | None


class CustomerNotifiedData(Data):
    notice_id: str
    kind: str
    to_address: str
    via: Literal["smtp", "outbox"]


class EventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="evt_…; the same on every delivery: the webhook-id header")
    type: EventType
    version: Literal[1] = 1
    occurred_at: datetime
    request_id: str
    case_id: str | None
    data: Data


class RequestReceived(EventBase):
    type: Literal[EventType.REQUEST_RECEIVED] = EventType.REQUEST_RECEIVED
    data: RequestReceivedData


class CaseOpened(EventBase):
    type: Literal[EventType.CASE_OPENED] = EventType.CASE_OPENED
    data: CaseDecidedData


class CaseDecided(EventBase):
    type: Literal[EventType.CASE_DECIDED] = EventType.CASE_DECIDED
    data: CaseDecidedData


class CaseCorrected(EventBase):
    type: Literal[EventType.CASE_CORRECTED] = EventType.CASE_CORRECTED
    data: CaseCorrectedData


class CaseApproved(EventBase):
    type: Literal[EventType.CASE_APPROVED] = EventType.CASE_APPROVED
    data: CaseReviewedData


class CaseRejected(EventBase):
    type: Literal[EventType.CASE_REJECTED] = EventType.CASE_REJECTED
    data: CaseReviewedData


class ReturnAuthorized(EventBase):
    type: Literal[EventType.RETURN_AUTHORIZED] = EventType.RETURN_AUTHORIZED
    data: ActionData


class DispositionDecided(EventBase):
    type: Literal[EventType.DISPOSITION_DECIDED] = EventType.DISPOSITION_DECIDED
    data: ActionData


class RecountRequested(EventBase):
    type: Literal[EventType.RECOUNT_REQUESTED] = EventType.RECOUNT_REQUESTED
    data: ActionData


class ReplacementOrdered(EventBase):
    type: Literal[EventType.REPLACEMENT_ORDERED] = EventType.REPLACEMENT_ORDERED
    data: ActionData


class CreditMemoProposed(EventBase):
    type: Literal[EventType.CREDIT_MEMO_PROPOSED] = EventType.CREDIT_MEMO_PROPOSED
    data: ActionData


class CreditMemoPosted(EventBase):
    type: Literal[EventType.CREDIT_MEMO_POSTED] = EventType.CREDIT_MEMO_POSTED
    data: ActionData


class SupplierClaimRaised(EventBase):
    type: Literal[EventType.SUPPLIER_CLAIM_RAISED] = EventType.SUPPLIER_CLAIM_RAISED
    data: ActionData


class CarrierClaimRaised(EventBase):
    type: Literal[EventType.CARRIER_CLAIM_RAISED] = EventType.CARRIER_CLAIM_RAISED
    data: ActionData


class CreditMemoCancelled(EventBase):
    type: Literal[EventType.CREDIT_MEMO_CANCELLED] = EventType.CREDIT_MEMO_CANCELLED
    data: ActionData


class ReturnReceived(EventBase):
    type: Literal[EventType.RETURN_RECEIVED] = EventType.RETURN_RECEIVED
    data: ReturnReceivedData


class InspectionResulted(EventBase):
    type: Literal[EventType.INSPECTION_RESULT] = EventType.INSPECTION_RESULT
    data: InspectionResultData


class RecountResulted(EventBase):
    type: Literal[EventType.RECOUNT_RESULT] = EventType.RECOUNT_RESULT
    data: RecountResultData


class CustomerNotified(EventBase):
    type: Literal[EventType.CUSTOMER_NOTIFIED] = EventType.CUSTOMER_NOTIFIED
    data: CustomerNotifiedData


Event = Annotated[
    RequestReceived
    | CaseOpened
    | CaseDecided
    | CaseCorrected
    | CaseApproved
    | CaseRejected
    | ReturnAuthorized
    | DispositionDecided
    | RecountRequested
    | ReplacementOrdered
    | CreditMemoProposed
    | CreditMemoPosted
    | SupplierClaimRaised
    | CarrierClaimRaised
    | CreditMemoCancelled
    | ReturnReceived
    | InspectionResulted
    | RecountResulted
    | CustomerNotified,
    Field(discriminator="type"),
]
EVENT = TypeAdapter[Event](Event)

# What carrying out an action of each type tells the world (a notice is told when sent).
ACTION_EVENTS: dict[ActionType, type[EventBase]] = {
    ActionType.RMA: ReturnAuthorized,
    ActionType.DISPOSAL_AUTH: DispositionDecided,
    ActionType.RECOUNT_TASK: RecountRequested,
    ActionType.REPLACEMENT_ORDER: ReplacementOrdered,
    ActionType.CREDIT_MEMO: CreditMemoProposed,
    ActionType.SUPPLIER_CLAIM: SupplierClaimRaised,
    ActionType.CARRIER_CLAIM: CarrierClaimRaised,
}


def schemas() -> dict[str, dict[str, object]]:
    """The JSON Schema of each event type, by '<type>.v<version>' (docs/events/)."""
    found: dict[str, dict[str, object]] = {}
    for model in EventBase.__subclasses__():
        event_type = model.model_fields["type"].default
        found[f"{event_type}.v1"] = model.model_json_schema(mode="serialization")
    return found
