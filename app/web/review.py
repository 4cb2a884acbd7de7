"""The reviewer pages: the queue, a case (correct, approve, reject), the not-a-claim list.

Thin routes: parse, check the role and the form's CSRF token (a field, or the
X-CSRF-Token header htmx sends), call one service, then render or redirect. A
case is worked by the reviewer who holds it (app/cases/holds.py); nobody else may
change it until they take it over, which the services check.
"""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData

from app.auth.actor import Actor
from app.auth.sessions import csrf_matches
from app.auth.tables import User
from app.cases.corrections import (
    CorrectedLine,
    Correction,
    InvalidCorrection,
    correct,
    preview,
)
from app.cases.holds import HoldState, live_holder, take_hold, take_over
from app.cases.review import approve, reject
from app.cases.service import latest_record
from app.cases.tables import Case
from app.db import utcnow
from app.errors import IntakeError
from app.http.deps import CSRF_HEADER, ContextDep, SessionDep, get_context
from app.http.submit import read_body
from app.logs import log
from app.pipeline.reopen import reopen_as_claim
from app.requests.tables import InboundRequest
from app.web import words
from app.web.case_view import case_view
from app.web.deps import CSRF_FIELD, StaffUser, csrf_refused, not_found
from app.web.documents import claim_highlights, documents_view
from app.web.pages import flash, render
from app.web.queue import QueueFilters, next_case_id, review_queue
from rules.facts import MAX_CLAIM_QUANTITY
from rules.outcomes import CaseDecision
from rules.vocabulary import Decision, Outcome, ReasonCode

router = APIRouter(prefix="/review", include_in_schema=False)

FORM_BYTES = 256 * 1024
MAX_LINES = 200
NOT_CLAIMS_SHOWN = 200


@router.get("")
def queue_page(
    request: Request,
    session: SessionDep,
    user: StaffUser,
    decision: str = "",
    type: str = "",
    reason: str = "",
    customer: str = "",
    age: Annotated[int | None, Query(ge=0, le=3650)] = None,
    due: str = "",
) -> Response:
    """Cases waiting for a person, most urgent then oldest, with filters and counts."""
    filters = QueueFilters(
        decision=decision,
        type=type,
        reason=reason,
        customer=customer,
        min_age_days=age,
        due=due == "1",
    )
    queue = review_queue(session=session, filters=filters, now=utcnow())
    return render(request, "review.html", user=user, queue=queue, filters=filters, words=words)


@router.post("/next")
async def next_case(request: Request, session: SessionDep, user: StaffUser) -> Response:
    """Open the next case of the queue nobody else works (the `j` key)."""
    form = await review_form(request)
    found = next_case_id(
        session=session, after=str(form.get("after") or ""), user_id=user.id, now=utcnow()
    )
    if found is None:
        flash(request, "The queue is clear: no other case is waiting.")
        return RedirectResponse("/review", status_code=303)
    return _open(session, user, found)


@router.post("/cases/{case_id}/open")
async def open_case(
    request: Request, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """Claim a case for the reviewer (unless someone else works it) and show it."""
    await review_form(request)
    return _open(session, user, case_id)


@router.get("/cases/{case_id}")
def case_page(request: Request, session: SessionDep, user: StaffUser, case_id: str) -> Response:
    """A case: its fields with evidence, rule results, actions and timeline."""
    return _case_page(request, session, user, case_id)


@router.get("/cases/{case_id}/actions")
def case_actions(request: Request, session: SessionDep, user: StaffUser, case_id: str) -> Response:
    """The actions panel alone, fetched again while approved actions are carried out."""
    case = _case(session, case_id)
    view = case_view(session=session, case=case, hold=_state(case, user))
    return render(request, "review/_actions.html", user=user, view=view)


@router.post("/cases/{case_id}/take-over")
async def take_over_case(
    request: Request, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """Take a case over from the reviewer working it (a timeline event)."""
    await review_form(request)
    try:
        take_over(
            session=session, case_id=case_id, user_id=user.id, actor=_actor(user).name, now=utcnow()
        )
    except IntakeError as problem:
        return _case_page(request, session, user, case_id, error=problem)
    flash(request, "The case is yours now.")
    return RedirectResponse(f"/review/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/preview")
async def preview_case(
    request: Request, ctx: ContextDep, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """What the rules would decide after the correction in the form; nothing is saved."""
    form = await review_form(request)
    case = _case(session, case_id)
    typed = _typed_lines(form)
    try:
        decision = preview(
            session=session,
            case_id=case_id,
            correction=_correction(session, case, form),
            erp=ctx.erp.reader(session),
            policy=ctx.policy,
        )
    except IntakeError as problem:
        if request.headers.get("hx-request"):
            return render(request, "review/_preview.html", user=user, problem=problem.message)
        return _case_page(request, session, user, case_id, error=problem, typed=typed, form=form)
    if request.headers.get("hx-request"):
        return render(request, "review/_preview.html", user=user, decision=decision, words=words)
    return _case_page(request, session, user, case_id, decision=decision, typed=typed, form=form)


@router.post("/cases/{case_id}/correct")
async def correct_case(
    request: Request, ctx: ContextDep, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """Save a correction: the rules decide the case again (confidence 1.0 for what was set)."""
    form = await review_form(request)
    case = _case(session, case_id)
    try:
        correct(
            session=session,
            case_id=case_id,
            correction=_correction(session, case, form),
            actor=_actor(user),
            erp=ctx.erp.reader(session),
            policy=ctx.policy,
        )
    except IntakeError as problem:
        typed = _typed_lines(form)
        return _case_page(request, session, user, case_id, error=problem, typed=typed, form=form)
    log.info("web.review.corrected", case_id=case_id, user_id=user.id)
    flash(request, f"Saved. The rules now say: {_decision_words(case.decision)}.")
    return RedirectResponse(f"/review/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/approve")
async def approve_case(
    request: Request, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """Approve a case: its proposed actions are carried out (above the limit: finance only)."""
    form = await review_form(request)
    try:
        approve(session=session, case_id=case_id, actor=_actor(user), comment=_comment(form))
    except IntakeError as problem:
        return _case_page(request, session, user, case_id, error=problem)
    log.info("web.review.approved", case_id=case_id, user_id=user.id)
    flash(request, "Approved: the actions are being carried out.")
    return RedirectResponse(f"/review/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/reject")
async def reject_case(
    request: Request, session: SessionDep, user: StaffUser, case_id: str
) -> Response:
    """Reject a case: its proposed actions are cancelled and the customer is told."""
    form = await review_form(request)
    try:
        reject(session=session, case_id=case_id, actor=_actor(user), comment=_comment(form))
    except IntakeError as problem:
        return _case_page(request, session, user, case_id, error=problem)
    log.info("web.review.rejected", case_id=case_id, user_id=user.id)
    flash(request, "Rejected: the customer is told.")
    return RedirectResponse(f"/review/cases/{case_id}", status_code=303)


# Messages in which no claim was read: judged not one, or partly unread (a person reads them).
NO_CLAIM_READ = (Outcome.NEEDS_REVIEW.value, Outcome.NOT_A_CLAIM.value)


@router.get("/not-claims")
def not_claims(request: Request, session: SessionDep, user: StaffUser) -> Response:
    """Messages judged not a claim, newest first, each of which can be reopened as one."""
    rows = session.scalars(
        select(InboundRequest)
        .where(InboundRequest.outcome.in_(NO_CLAIM_READ))
        .order_by(
            (InboundRequest.outcome == Outcome.NOT_A_CLAIM.value),  # the unread ones first
            InboundRequest.received_at.desc(),
            InboundRequest.id.desc(),
        )
        .limit(NOT_CLAIMS_SHOWN)
    ).all()
    return render(
        request,
        "review/not_claims.html",
        user=user,
        rows=rows,
        reasons=list(ReasonCode),
        words=words,
    )


@router.post("/not-claims/{request_id}/reopen")
async def reopen(
    request: Request, ctx: ContextDep, session: SessionDep, user: StaffUser, request_id: str
) -> Response:
    """Decide a not-a-claim message from the order and lines the reviewer typed."""
    form = await review_form(request)
    try:
        cases = reopen_as_claim(
            session=session,
            request_id=request_id,
            order_number=str(form.get("order_number") or ""),
            lines=_form_lines(form),
            actor=_actor(user),
            erp=ctx.erp.reader(session),
            policy=ctx.policy,
        )
    except IntakeError as problem:
        flash(request, f"Not reopened: {problem.message}")
        return RedirectResponse("/review/not-claims", status_code=303)
    log.info("web.review.reopened", request_id=request_id, cases=len(cases), user_id=user.id)
    flash(request, f"Reopened as a claim: {len(cases)} case(s) opened.")
    return RedirectResponse("/review", status_code=303)


async def review_form(request: Request) -> FormData:
    """A urlencoded form of the review pages, size-limited, its CSRF token checked."""
    request._body = await read_body(request, FORM_BYTES)
    form = await request.form(max_files=0, max_fields=MAX_LINES * 5 + 20)
    sent = form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)
    if not csrf_matches(request.session, sent):
        raise csrf_refused()
    return form


def _open(session: SessionDep, user: User, case_id: str) -> Response:
    case = _case(session, case_id)
    take_hold(session=session, case=case, user_id=user.id, now=utcnow())
    return RedirectResponse(f"/review/cases/{case_id}", status_code=303)


def _case(session: SessionDep, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise not_found()
    return case


def _state(case: Case, user: User) -> HoldState:
    holder = live_holder(case, now=utcnow())
    return HoldState(holder=holder, since=case.held_at if holder else None, mine=holder == user.id)


def _case_page(
    request: Request,
    session: SessionDep,
    user: User,
    case_id: str,
    *,
    error: IntakeError | None = None,
    decision: CaseDecision | None = None,
    typed: list[dict[str, str]] | None = None,
    form: FormData | None = None,
) -> Response:
    ctx = get_context(request)
    case = _case(session, case_id)
    view = case_view(session=session, case=case, hold=_state(case, user))
    return render(
        request,
        "review/case.html",
        user=user,
        status_code=error.status_code if error else 200,
        view=view,
        error=error.message if error else None,
        decision=decision,
        form_lines=typed if typed is not None else _current_lines(case),
        order_value=str(form.get("order_number") or "") if form else (case.order_number or ""),
        customer_value=str(form.get("customer_id") or "") if form else _sender(session, case),
        reasons=list(ReasonCode),
        words=words,
        documents=documents_view(
            request=view.request,
            blobs=ctx.blobs,
            limits=ctx.limits,
            highlights=claim_highlights(view.claim_record),
        )
        if view.request is not None
        else None,
    )


def _current_lines(case: Case) -> list[dict[str, str]]:
    return [
        {"sku": line.sku or "", "quantity": str(line.quantity or ""), "reason": line.reason}
        for line in case.lines
    ]


def _typed_lines(form: FormData) -> list[dict[str, str]]:
    """The lines of a correction form as typed, to show the form again."""
    rows = []
    for index in range(MAX_LINES):
        sku = form.get(f"line-{index}-sku")
        if sku is None:
            break
        rows.append(
            {
                "sku": str(sku),
                "quantity": str(form.get(f"line-{index}-quantity") or ""),
                "reason": str(form.get(f"line-{index}-reason") or ""),
                "remove": "1" if form.get(f"line-{index}-remove") else "",
            }
        )
    return [row for row in rows if row["sku"] or row["quantity"]]


def _form_lines(form: FormData) -> list[CorrectedLine]:
    """The lines a form names (blank rows and removed ones left out), checked."""
    lines = []
    for row in _typed_lines(form):
        if row.get("remove"):
            continue
        sku = row["sku"].strip()
        if not sku or len(sku) > 64:
            raise InvalidCorrection("every line needs a SKU (at most 64 characters)")
        quantity = row["quantity"].strip()
        # ASCII digits, few enough for int() ("²" is a digit; 5,000 of them raise).
        digits = quantity.isascii() and quantity.isdigit() and len(quantity) <= 9
        if not digits or not 1 <= int(quantity) <= MAX_CLAIM_QUANTITY:
            raise InvalidCorrection(
                f"the quantity of {sku} must be a whole number from 1 to {MAX_CLAIM_QUANTITY:,}"
            )
        try:
            reason = ReasonCode(row["reason"])
        except ValueError:
            raise InvalidCorrection(f"choose a reason for {sku}") from None
        lines.append(CorrectedLine(sku=sku, quantity=int(quantity), reason=reason))
    return lines


def _sender(session: SessionDep, case: Case) -> str:
    """The sender's customer as the case was last decided: blank when it is not verified."""
    record = latest_record(session=session, case_id=case.id)
    facts = (record.inputs.get("facts") or {}) if record else {}
    return str(facts.get("sender_customer_id") or "")


def _correction(session: SessionDep, case: Case, form: FormData) -> Correction:
    """What the correction form changes; None for what it leaves as it was."""
    lines = _form_lines(form)
    if not lines:
        raise InvalidCorrection("a case keeps at least one line")
    current = [(line.sku, line.quantity, line.reason) for line in case.lines]
    changed = [(line.sku, line.quantity, line.reason.value) for line in lines] != current
    order = str(form.get("order_number") or "").strip()
    customer = str(form.get("customer_id") or "").strip()
    if len(order) > 64 or len(customer) > 64:
        raise InvalidCorrection("an order number or a customer id has at most 64 characters")
    return Correction(
        lines=lines if changed else None,
        order_number=order if order and order != case.order_number else None,
        customer_id=customer if customer and customer != _sender(session, case) else None,
    )


def _comment(form: FormData) -> str:
    return str(form.get("comment") or "")[:4000]


def _actor(user: User) -> Actor:
    return Actor.person(user.id, user.role)


def _decision_words(decision: str) -> str:
    return words.plain(words.STAFF_DECISIONS, Decision(decision))
