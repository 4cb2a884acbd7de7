"""The result of a request as other systems read it: one line of `intake process --json`
(cli.md), which `GET /api/v1/requests/{id}` answers too."""

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.disclosure import Viewer, summary_for
from app.cases.summary import CaseSummary
from app.cases.tables import Case
from app.requests.claim_record import ClaimLineRecord, ClaimRecord
from app.requests.tables import InboundRequest, RequestStatus
from rules.vocabulary import Outcome


class LineConfidence(BaseModel):
    sku: float
    quantity: float
    reason: float


class RequestLine(BaseModel):
    """A claim line as read: our SKU after alias resolution, quantity, reason, confidence."""

    sku: str | None
    quantity: int | None
    reason: str
    confidence: LineConfidence


class ProcessedRequest(BaseModel):
    """A processed request: its outcome, what was read and the cases it opened."""

    source: str | None
    channel: str
    request_id: str
    duplicate_of: str | None
    outcome: str | None = Field(
        description=(
            "CASES_OPENED, NOT_A_CLAIM, DUPLICATE, or NEEDS_REVIEW (no claim read, "
            "but part of the message could not be read: a person reads it)"
        )
    )
    customer_id: str | None
    order_number: str | None
    extractor: str | None
    lines: list[RequestLine]
    cases: list[CaseSummary]
    received_at: str = Field(description="ISO 8601")
    test: bool | None = Field(
        default=None,
        exclude_if=lambda value: value is None,
        description="an EDI test interchange: decided, nothing carried out",
    )


class PendingRequest(BaseModel):
    """A request taken in and not yet processed."""

    source: str | None
    request_id: str
    status: str = Field(description="RECEIVED or PROCESSING")


class FailedRequest(BaseModel):
    """A request that could not be read, and why."""

    source: str | None
    request_id: str
    error: str | None


RequestResult = ProcessedRequest | PendingRequest | FailedRequest


def request_result(
    session: Session,
    request: InboundRequest,
    *,
    source: str | None = None,
    duplicate: bool = False,
    viewer: Viewer = Viewer.STAFF,
) -> RequestResult:
    """The cli.md object of a processed request (or its status before that)."""
    shown_source = source if source is not None else request.source
    if request.status == RequestStatus.FAILED:
        return FailedRequest(source=shown_source, request_id=request.id, error=request.error)
    if request.status != RequestStatus.PROCESSED:
        return PendingRequest(source=shown_source, request_id=request.id, status=request.status)
    claim = request.claim if isinstance(request.claim, ClaimRecord) else None
    return ProcessedRequest(
        source=shown_source,
        channel=request.channel,
        request_id=request.id,
        duplicate_of=request.id if duplicate else None,
        outcome=Outcome.DUPLICATE.value if duplicate else request.outcome,
        customer_id=request.customer_id,
        order_number=request.order_number,
        extractor=request.extractor,
        lines=[_line(line) for line in claim.lines] if claim else [],
        cases=[summary_for(case, viewer=viewer) for case in cases_of(session, request.id)],
        received_at=request.received_at.isoformat(),
        test=True if request.meta.get("test") else None,
    )


def cases_of(session: Session, request_id: str) -> list[Case]:
    return list(
        session.scalars(
            select(Case).where(Case.request_id == request_id).order_by(Case.created_at, Case.id)
        ).all()
    )


def _line(line: ClaimLineRecord) -> RequestLine:
    sure = line.confidence
    return RequestLine(
        sku=line.sku,
        quantity=line.quantity,
        reason=line.reason.value,
        confidence=LineConfidence(
            sku=round(sure.sku, 2), quantity=round(sure.quantity, 2), reason=round(sure.reason, 2)
        ),
    )
