"""Cases on the API: list and read (corrections and approvals come with the review pages)."""

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from app.api.deps import CallerDep, ContextDep, SessionDep
from app.auth.keys import Caller
from app.cases import corrections
from app.cases.review import approve, reject
from app.cases.service import latest_record
from app.cases.tables import Case, CaseEvent
from app.errors import Forbidden, NotFound
from app.requests.tables import InboundRequest
from app.results import case_summary
from rules.vocabulary import ReasonCode

router = APIRouter(prefix="/api/v1/cases", tags=["cases"])


@router.get("")
def list_cases(
    session: SessionDep,
    caller: CallerDep,
    decision: str | None = None,
    type: str | None = None,
    customer_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """A page of cases, newest first, filtered by decision, type and customer."""
    if caller.customer_id is not None:
        if customer_id not in (None, caller.customer_id):
            raise Forbidden("this key sees only its own customer's cases")
        customer_id = caller.customer_id
    query = select(Case)
    if decision:
        query = query.where(Case.decision == decision)
    if type:
        query = query.where(Case.type == type)
    if customer_id:
        query = query.where(Case.customer_id == customer_id)
    rows = session.scalars(
        query.order_by(Case.created_at.desc(), Case.id.desc()).limit(limit).offset(offset)
    ).all()
    return {"items": [case_summary(case) for case in rows], "limit": limit, "offset": offset}


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str = Field(default="", max_length=4000)


@router.post("/{case_id}/approve")
def approve_case(
    case_id: str, verdict: Verdict, session: SessionDep, caller: CallerDep
) -> dict[str, Any]:
    """Approve a case under review (above its credit limit: finance only)."""
    _staff_only(caller)
    approve(
        session=session,
        case_id=case_id,
        actor=_actor(caller),
        role=caller.role,
        comment=verdict.comment,
    )
    return get_case(case_id, session, caller)


@router.post("/{case_id}/reject")
def reject_case(
    case_id: str, verdict: Verdict, session: SessionDep, caller: CallerDep
) -> dict[str, Any]:
    """Reject a case: the proposed actions are cancelled and the customer is told."""
    _staff_only(caller)
    reject(session=session, case_id=case_id, actor=_actor(caller), comment=verdict.comment)
    return get_case(case_id, session, caller)


def _staff_only(caller: Caller) -> None:
    if caller.customer_id is not None:
        raise Forbidden("only the returns desk decides cases")


def _actor(caller: Caller) -> str:
    return f"user:{caller.user_id}" if caller.user_id else f"key:{caller.key_id}"


class LineCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sku: str = Field(min_length=1, max_length=64)
    quantity: int = Field(ge=1, le=1_000_000)
    reason: ReasonCode


class Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lines: list[LineCorrection] | None = Field(default=None, min_length=1, max_length=200)
    order_number: str | None = Field(default=None, min_length=1, max_length=64)
    customer_id: str | None = Field(default=None, min_length=1, max_length=64)


@router.post("/{case_id}/corrections")
def correct_case(
    case_id: str, body: Correction, ctx: ContextDep, session: SessionDep, caller: CallerDep
) -> dict[str, Any]:
    """Correct the lines, the order and/or the customer of a case; the rules decide it again."""
    _staff_only(caller)
    lines = (
        [corrections.CorrectedLine(line.sku, line.quantity, line.reason) for line in body.lines]
        if body.lines is not None
        else None
    )
    correction = corrections.Correction(
        lines=lines, order_number=body.order_number, customer_id=body.customer_id
    )
    if correction.empty:
        raise corrections.InvalidCorrection("give corrected lines, an order number or a customer")
    corrections.correct(
        session=session,
        case_id=case_id,
        correction=correction,
        actor=_actor(caller),
        policy=ctx.policy,
    )
    return get_case(case_id, session, caller)


@router.get("/{case_id}")
def get_case(case_id: str, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """The case with its lines, fields and evidence, rule results, actions and timeline."""
    case = session.get(Case, case_id)
    if case is None or not caller.may_see(case.customer_id):
        raise NotFound(f"no case {case_id}")
    request = session.get(InboundRequest, case.request_id)
    record = latest_record(session=session, case_id=case.id)
    # The lines as the newest decision saw them (a correction re-indexes them).
    recorded = (record.inputs.get("claim") or {}) if record else {}
    claim_lines = recorded.get("lines") or (
        (request.claim or {}).get("lines", []) if request else []
    )
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
    ).all()
    return {
        **case_summary(case),
        "request_id": case.request_id,
        "customer_id": case.customer_id,
        "order_number": case.order_number,
        "currency": case.currency,
        "created_at": case.created_at.isoformat(),
        "fields": [
            claim_lines[line.request_line]
            for line in case.lines
            if line.request_line < len(claim_lines)
        ],
        "notes": (request.claim or {}).get("notes", []) if request else [],
        "rule_results": record.outputs.get("results", []) if record else [],
        "policy_version": record.policy_version if record else None,
        "timeline": [
            {"at": e.at.isoformat(), "actor": e.actor, "kind": e.kind, "message": e.message}
            for e in events
        ],
    }
