"""Cases on the API: list and read (corrections and approvals come with the review pages)."""

from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from app.auth.keys import Caller
from app.cases import corrections
from app.cases.detail import CaseDetail
from app.cases.disclosure import detail_for, summary_for, viewer_of
from app.cases.later_events import LaterEventIn, LaterEventResult, record_later_event
from app.cases.review import approve, reject
from app.cases.summary import CaseSummary
from app.cases.tables import Case
from app.db import utcnow
from app.errors import Forbidden, NotFound, error_responses
from app.http.deps import CallerDep, ContextDep, SessionDep
from rules.vocabulary import Decision, ReasonCode

router = APIRouter(prefix="/api/v1/cases", tags=["cases"], responses=error_responses(401, 403, 422))
# Bounds of the query: past them a 422, never a database error.
MAX_OFFSET = 10_000_000
CaseId = Annotated[str, Path(min_length=1, max_length=64)]
Filter = Annotated[str | None, Query(min_length=1, max_length=64)]


class CasePage(BaseModel):
    """A page of cases, newest first."""

    items: list[CaseSummary]
    limit: int
    offset: int


@router.get("")
def list_cases(
    session: SessionDep,
    caller: CallerDep,
    decision: Decision | None = None,  # an unknown value is a 422, not a database error
    type: ReasonCode | None = None,
    customer_id: Filter = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> CasePage:
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
    viewer = viewer_of(caller.customer_id)
    items = [summary_for(case, viewer=viewer) for case in rows]
    return CasePage(items=items, limit=limit, offset=offset)


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str = Field(default="", max_length=4000)


@router.post("/{case_id}/approve", responses=error_responses(400, 404, 409))
def approve_case(
    case_id: CaseId, verdict: Verdict, session: SessionDep, caller: CallerDep
) -> CaseDetail:
    """Approve a case under review (above its credit limit: finance only)."""
    _staff_only(caller)
    approve(session=session, case_id=case_id, actor=caller.actor, comment=verdict.comment)
    return get_case(case_id, session, caller)


@router.post("/{case_id}/reject", responses=error_responses(400, 404, 409))
def reject_case(
    case_id: CaseId, verdict: Verdict, session: SessionDep, caller: CallerDep
) -> CaseDetail:
    """Reject a case: the proposed actions are cancelled and the customer is told."""
    _staff_only(caller)
    reject(session=session, case_id=case_id, actor=caller.actor, comment=verdict.comment)
    return get_case(case_id, session, caller)


def _staff_only(caller: Caller) -> None:
    if caller.customer_id is not None:
        raise Forbidden("only the returns desk decides cases")


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


@router.post("/{case_id}/corrections", responses=error_responses(400, 404, 409))
def correct_case(
    case_id: CaseId, body: Correction, ctx: ContextDep, session: SessionDep, caller: CallerDep
) -> CaseDetail:
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
    corrections.correct(
        session=session,
        case_id=case_id,
        correction=correction,
        actor=caller.actor,
        erp=ctx.erp.reader(session),
        policy=ctx.policy,
    )
    return get_case(case_id, session, caller)


@router.get("/{case_id}", responses=error_responses(404))
def get_case(case_id: CaseId, session: SessionDep, caller: CallerDep) -> CaseDetail:
    """The case with its lines, fields and evidence, rule results, actions and timeline."""
    case = session.get(Case, case_id)
    if case is None or not caller.may_see(case.customer_id):
        raise NotFound(f"no case {case_id}")
    return detail_for(session=session, case=case, viewer=viewer_of(caller.customer_id))


@router.post("/{case_id}/events", responses=error_responses(400, 404, 409))
def later_event(
    case_id: CaseId, body: LaterEventIn, session: SessionDep, caller: CallerDep
) -> LaterEventResult:
    """A later event from the ERP, the warehouse or finance: a return received, an inspection
    result, a recount result, a credit memo posted. The same event id twice is one event."""
    _staff_only(caller)
    return record_later_event(
        session=session, case_id=case_id, event=body, actor=caller.actor, now=utcnow()
    )
