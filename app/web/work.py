"""The operator's page of durable work: what waits, runs and failed (with its error), with
retry and cancel. Thin routes over app/jobs/operator.py, as `intake work` is."""

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.db import utcnow
from app.http.deps import ContextDep, SessionDep
from app.jobs import engine, operator
from app.requests.backlog import backlog
from app.web.deps import AdminUser
from app.web.pages import flash, render
from app.web.webhooks import Form

router = APIRouter(prefix="/admin/work", include_in_schema=False)
PAGE = "/admin/work"


@router.get("")
def work_page(
    request: Request, ctx: ContextDep, session: SessionDep, user: AdminUser
) -> HTMLResponse:
    engine.launch(ctx, listen=False)  # a no-op where `intake serve` launched it
    return render(
        request,
        "admin/work.html",
        user=user,
        backlog=backlog(session=session, now=utcnow()),
        rows=operator.list_work(),
    )


@router.post("/{work_id}/retry")
def retry(
    work_id: str, request: Request, ctx: ContextDep, user: AdminUser, form: Form
) -> RedirectResponse:
    def run() -> str:
        again = operator.retry(ctx, work_id, actor=user.id)
        return f"{work_id} runs again as {again}."

    return _do(request, ctx, run)


@router.post("/{work_id}/cancel")
def cancel(
    work_id: str, request: Request, ctx: ContextDep, user: AdminUser, form: Form
) -> RedirectResponse:
    def run() -> str:
        operator.cancel(ctx, work_id, actor=user.id)
        return f"{work_id} cancelled."

    return _do(request, ctx, run)


def _do(request: Request, ctx: ContextDep, run: Callable[[], str]) -> RedirectResponse:
    engine.launch(ctx, listen=False)
    try:
        flash(request, run())
    except operator.NoSuchWork:
        flash(request, "No such work.")
    return RedirectResponse(PAGE, status_code=303)
