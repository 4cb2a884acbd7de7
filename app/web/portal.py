"""The customer portal: send files and/or a claim form, follow the account's requests."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from app.auth.sessions import caller_of
from app.auth.tables import User
from app.errors import IntakeError
from app.http.deps import ContextDep, SessionDep
from app.http.submit import (
    LINE_FIELD,
    InvalidSubmission,
    PayloadTooLarge,
    UnsupportedType,
    read_form,
    submission_of,
    take_in_submission,
)
from app.logs import log
from app.requests.edi import EDI_TYPE
from app.settings import Settings
from app.web import words
from app.web.deps import CustomerUser, check_csrf, not_found
from app.web.pages import flash, render
from app.web.service import RequestView, account_request, account_requests
from extractors.documents.sniff import XLSX
from rules.vocabulary import ReasonCode

router = APIRouter(prefix="/portal", include_in_schema=False)

PAGE_SIZE = 25
# A hint to the browser's file picker; the server decides by content.
ACCEPT = ".pdf,.png,.jpg,.jpeg,.tif,.tiff,.heic,.txt,.xlsx,.eml,application/pdf,image/*,text/plain"
REFRESH_SECONDS = 3


@router.get("")
def portal_form(request: Request, ctx: ContextDep, user: CustomerUser) -> Response:
    """The form: files to upload and/or the claim typed in."""
    return _form_page(request, ctx.settings, user)


@router.post("")
async def portal_submit(
    request: Request, ctx: ContextDep, session: SessionDep, user: CustomerUser
) -> Response:
    """Take the submission in through the API's intake path, then show its request."""
    try:
        body, form = await read_form(request, ctx.settings)
    except PayloadTooLarge:
        limit = _megabytes(ctx.settings.max_request_bytes)
        error = (
            f"The files are too large: a request may carry {limit} in all. Send fewer or smaller."
        )
        return _form_page(request, ctx.settings, user, error=error, status_code=413)
    check_csrf(request, form)
    typed = {key: value for key, value in form.multi_items() if isinstance(value, str)}
    try:
        submission = await submission_of(body, form, ctx.settings)
        if any(upload.content_type == EDI_TYPE for upload in submission.files):
            raise UnsupportedType("EDI interchanges come in through the API or the EDI drop folder")
        taken = await run_in_threadpool(  # storing is disk work: off the event loop
            take_in_submission,
            session=session,
            blobs=ctx.blobs,
            erp=ctx.erp.reader(session),
            submission=submission,
            caller=caller_of(user),
            idempotency_key=None,
        )
    except (UnsupportedType, InvalidSubmission) as problem:
        return _form_page(
            request,
            ctx.settings,
            user,
            error=_plain_problem(problem),
            status_code=problem.status_code,
            typed=typed,
        )
    log.info("web.portal.submitted", request_id=taken.request.id, duplicate=taken.duplicate)
    if taken.duplicate:
        flash(request, "You sent this already: here is the request it made.")
    else:
        flash(request, "Thank you: your request is received.")
    return RedirectResponse(f"/portal/requests/{taken.request.id}", status_code=303)


@router.get("/requests")
def portal_requests(
    request: Request,
    session: SessionDep,
    user: CustomerUser,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    """The account's requests, newest first."""
    assert user.customer_id is not None
    rows = account_requests(
        session=session,
        customer_id=user.customer_id,
        limit=PAGE_SIZE + 1,
        offset=(page - 1) * PAGE_SIZE,
    )
    return render(
        request,
        "portal/requests.html",
        user=user,
        requests=rows[:PAGE_SIZE],
        page=page,
        more=len(rows) > PAGE_SIZE,
    )


@router.get("/requests/{request_id}")
def portal_request(
    request: Request, session: SessionDep, user: CustomerUser, request_id: str
) -> Response:
    """One request of the account, with its cases; it refreshes itself until it is read."""
    view = _own_request(session, user, request_id)
    return render(
        request, "portal/request.html", user=user, item=view, refresh_seconds=REFRESH_SECONDS
    )


@router.get("/requests/{request_id}/panel")
def portal_request_panel(
    request: Request, session: SessionDep, user: CustomerUser, request_id: str
) -> Response:
    """The status and cases part of the request page, fetched while it refreshes."""
    view = _own_request(session, user, request_id)
    return render(
        request, "portal/_panel.html", user=user, item=view, refresh_seconds=REFRESH_SECONDS
    )


def _own_request(session: SessionDep, user: User, request_id: str) -> RequestView:
    assert user.customer_id is not None
    view = account_request(session=session, customer_id=user.customer_id, request_id=request_id)
    if view is None:
        raise not_found()
    return view


def _form_page(
    request: Request,
    settings: Settings,
    user: User,
    *,
    error: str | None = None,
    status_code: int = 200,
    typed: dict[str, str] | None = None,
) -> Response:
    typed = typed or {}
    lines = sorted({int(m.group(1)) for m in map(LINE_FIELD.match, typed) if m} or {0})
    return render(
        request,
        "portal/form.html",
        user=user,
        error=error,
        status_code=status_code,
        typed=typed,
        line_indexes=lines[:50],
        reasons=[(code.value, words.REASONS[code]) for code in ReasonCode],
        accept=ACCEPT,
        max_files=settings.max_files_per_request,
        max_size=_megabytes(settings.max_request_bytes),
        accepted=", ".join(_accepted_kinds(settings)),
    )


def _plain_problem(problem: IntakeError) -> str:
    if isinstance(problem, UnsupportedType):
        return f"{problem.message}. Send PDF files, photos, text or saved emails (.eml)."
    if problem.message.startswith("the submission has no file"):
        return "Choose a file or fill in the claim form before sending."
    return problem.message[:1].upper() + problem.message[1:] + "."


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _accepted_kinds(settings: Settings) -> list[str]:
    names = {
        "application/pdf": "PDF",
        "image/png": "PNG",
        "image/jpeg": "JPEG",
        "image/tiff": "TIFF",
        "image/heic": "HEIC",
        "text/plain": "text",
        XLSX: "Excel (.xlsx)",
        "message/rfc822": "email (.eml)",
    }
    return [names[kind] for kind in settings.accepted_types if kind in names]
