"""Reopen a message judged not a claim: a reviewer types its order and lines.

The request is then decided by the rules as a portal form from its sender would be:
the typed values carry confidence 1.0, the sender is identified as the pipeline does,
and one case per reason is opened, each with an event naming the reviewer.
"""

from sqlalchemy.orm import Session

from app.cases.audit import record_event
from app.cases.corrections import CorrectedLine, InvalidCorrection
from app.cases.service import open_cases, prior_cases
from app.cases.tables import Case
from app.db import utcnow
from app.erp.adapter import BuiltinErp
from app.errors import Conflict, NotFound
from app.identify import Identified, identify, identify_sender
from app.jsonable import to_jsonable
from app.requests.tables import InboundRequest, RequestStatus
from extractors.fields import Proposed, ProposedFields, ProposedLine
from rules import decide
from rules.facts import ClaimFacts
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
    actor: str,
    policy: Policy,
) -> list[Case]:
    """Decide a NOT_A_CLAIM request from the order and lines a reviewer typed."""
    request = session.get(InboundRequest, request_id)
    if request is None:
        raise NotFound(f"no request {request_id}")
    if request.outcome != Outcome.NOT_A_CLAIM or request.status != RequestStatus.PROCESSED:
        raise Conflict(f"request {request_id} is not a message judged not a claim")
    if not lines:
        raise InvalidCorrection("give at least one line: SKU, quantity and reason")
    fields = _typed_fields(order_number, lines)
    erp = BuiltinErp(session)
    sender = identify_sender(
        erp=erp,
        sender=request.sender,
        account_id=request.account_id,
        edi_sender=request.meta.get("edi_sender"),
    )
    found = identify(erp=erp, sender=sender, fields=fields)
    facts = _facts(session, request, found)
    before = dict(request.claim or {})
    claim = _claim_record(found, actor, before)
    now = utcnow()
    request.customer_id = found.customer_id
    request.order_number = found.order.order_number if found.order else None
    request.claim = claim
    request.extractor = EXTRACTOR
    request.outcome = Outcome.CASES_OPENED.value
    cases = open_cases(
        session=session,
        request_id=request.id,
        customer_id=found.customer_id,
        facts=facts,
        decisions=decide(facts, policy),
        record={
            "policy_version": policy.version,
            "policy": to_jsonable(policy),
            "extractor": EXTRACTOR,
            "llm": None,
            "claim": claim,
        },
        now=now,
    )
    for case in cases:
        record_event(
            session,
            case_id=case.id,
            actor=actor,
            kind="reopened",
            message=f"opened by hand from a message judged not a claim: {case.decision}",
            details={"before": before.get("not_claim_reason"), "after": case.decision},
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


def _facts(session: Session, request: InboundRequest, found: Identified) -> ClaimFacts:
    order = found.order
    return ClaimFacts(
        received_date=request.received_date,
        lines=found.lines,
        sender_customer_id=found.sender.customer_id if found.sender else None,
        order=order,
        customer_confidence=found.customer_confidence,
        order_confidence=found.order_confidence,
        contract=found.contract,
        # documents that could not be read still send the case to a person
        unreadable=tuple(str(p) for p in (request.claim or {}).get("unreadable") or ()),
        prior_cases=prior_cases(
            session=session, order_number=order.order_number if order else None
        ),
    )


def _claim_record(found: Identified, actor: str, before: dict[str, object]) -> dict[str, object]:
    """The claim as typed, shaped as the pipeline records one, naming who typed it."""
    return {
        "customer_id": found.customer_id,
        "customer_match": found.sender.how if found.sender else None,
        "customer_confidence": found.customer_confidence,
        "order_number": found.order.order_number if found.order else None,
        "order_confidence": found.order_confidence,
        "order_refs": [],
        "lines": [{**to_jsonable(line), "evidence": {"set_by": actor}} for line in found.lines],
        "urgent": False,
        "notes": [],
        "not_claim_reason": before.get("not_claim_reason"),
        "reopened_by": actor,
    }
