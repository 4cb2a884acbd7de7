"""Reopen a message judged not a claim: a reviewer types its order and lines.

The request is then decided by the rules as a portal form from its sender would be:
the typed values carry confidence 1.0, the sender is identified as the pipeline does,
and one case per reason is opened, each with an event naming the reviewer.
"""

from sqlalchemy.orm import Session

from app.auth.actor import Actor
from app.cases.audit import record_event
from app.cases.corrections import CorrectedLine, InvalidCorrection
from app.cases.tables import Case
from app.erp.port import ErpReader
from app.errors import Conflict, NotFound
from app.pipeline.process import open_claim
from app.requests.claim_record import ClaimRecord, NotAClaim
from app.requests.tables import InboundRequest, RequestStatus
from extractors.fields import Proposed, ProposedFields, ProposedLine
from rules.policy import Policy
from rules.vocabulary import Outcome

TYPED = 1.0  # what a person typed is as sure as a portal form's fields
EXTRACTOR = "reviewer"


def reopen_as_claim(
    *,
    session: Session,
    request_id: str,
    order_number: str,
    lines: list[CorrectedLine],
    actor: Actor,
    erp: ErpReader,
    policy: Policy,
) -> list[Case]:
    """Decide a NOT_A_CLAIM request from the order and lines a reviewer typed."""
    request = session.get(InboundRequest, request_id)
    if request is None:
        raise NotFound(f"no request {request_id}")
    judged = request.claim
    if (
        request.outcome not in (Outcome.NOT_A_CLAIM, Outcome.NEEDS_REVIEW)
        or request.status != RequestStatus.PROCESSED
        or not isinstance(judged, NotAClaim)
    ):
        raise Conflict(f"request {request_id} is not a message judged not a claim")
    if not lines:
        raise InvalidCorrection("give at least one line: SKU, quantity and reason")
    cases = open_claim(
        session=session,
        request=request,
        fields=_typed_fields(order_number, lines),
        erp=erp,
        policy=policy,
        # documents that could not be read still send the case to a person
        unreadable=judged.unreadable,
        set_by=actor.name,
    )
    reopened = request.claim
    assert isinstance(reopened, ClaimRecord)
    request.claim = reopened.model_copy(
        update={
            "not_claim_reason": judged.not_claim_reason,
            "reopened_by": actor.name,
            "unreadable": judged.unreadable,
        }
    )
    for case in cases:
        record_event(
            session,
            case_id=case.id,
            actor=actor.name,
            kind="reopened",
            message=f"opened by hand from a message judged not a claim: {case.decision}",
            details={"before": judged.not_claim_reason, "after": case.decision},
        )
    return cases


def _typed_fields(order_number: str, lines: list[CorrectedLine]) -> ProposedFields:
    return ProposedFields(
        extractor=EXTRACTOR,
        is_claim=True,
        order_refs=(Proposed(order_number.strip(), TYPED),) if order_number.strip() else (),
        lines=tuple(
            ProposedLine(
                sku=Proposed(line.sku, TYPED),
                quantity=Proposed(line.quantity, TYPED),
                reason=Proposed(line.reason, TYPED),
            )
            for line in lines
        ),
    )
