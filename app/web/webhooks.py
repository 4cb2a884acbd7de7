"""The admin's page of webhook endpoints: add, disable, enable, test, and each delivery log.

Thin routes over app/events/webhooks.py, as the API and `intake webhooks` are.
"""

from collections.abc import Callable
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.datastructures import FormData

from app.db import utcnow
from app.errors import IntakeError
from app.events import webhooks
from app.events.models import EventType
from app.http.deps import ContextDep, SessionDep
from app.http.submit import read_body
from app.web.deps import AdminUser, check_csrf
from app.web.pages import flash, render

router = APIRouter(prefix="/admin/webhooks", include_in_schema=False)
PAGE = "/admin/webhooks"
DELIVERIES_SHOWN = 20


async def admin_form(request: Request) -> FormData:
    request._body = await read_body(request, 16 * 1024)
    form = await request.form(max_files=0, max_fields=50)
    check_csrf(request, form)
    return form


Form = Annotated[FormData, Depends(admin_form)]


@router.get("")
def webhooks_page(request: Request, session: SessionDep, user: AdminUser) -> HTMLResponse:
    endpoints = webhooks.endpoints(session)
    logs = {e.id: webhooks.deliveries(session, e.id, limit=DELIVERIES_SHOWN) for e in endpoints}
    return render(
        request,
        "admin/webhooks.html",
        user=user,
        endpoints=endpoints,
        logs=logs,
        event_types=[t.value for t in EventType],
    )


@router.post("")
def add(request: Request, session: SessionDep, user: AdminUser, form: Form) -> RedirectResponse:
    def run() -> str:
        endpoint = webhooks.add_endpoint(
            session,
            url=str(form.get("url") or ""),
            event_types=[str(t) for t in form.getlist("event_types")],
            description=str(form.get("description") or ""),
        )
        return f"Added {endpoint.id}. Its signing secret: {endpoint.secret}"

    return _do(request, run)


@router.post("/{endpoint_id}/disable")
def disable(
    endpoint_id: str, request: Request, session: SessionDep, user: AdminUser, form: Form
) -> RedirectResponse:
    return _do(request, lambda: f"Disabled {webhooks.disable(session, endpoint_id).id}.")


@router.post("/{endpoint_id}/enable")
def enable(
    endpoint_id: str, request: Request, session: SessionDep, user: AdminUser, form: Form
) -> RedirectResponse:
    return _do(
        request,
        lambda: (
            f"Enabled {webhooks.enable(session, endpoint_id, now=utcnow()).id}: "
            "what waited is sent first."
        ),
    )


@router.post("/{endpoint_id}/test")
def test(
    endpoint_id: str,
    request: Request,
    session: SessionDep,
    user: AdminUser,
    form: Form,
    ctx: ContextDep,
) -> RedirectResponse:
    def run() -> str:
        with httpx.Client(timeout=ctx.settings.webhook_timeout_seconds) as client:
            result = webhooks.send_test(session, endpoint_id, client=client, now=utcnow())
        answer = result.error or f"HTTP {result.status_code}"
        return f"Test event sent to {endpoint_id}: {answer} in {result.response_ms} ms."

    return _do(request, run)


@router.post("/deliveries/{delivery_id}/redeliver")
def redeliver(
    delivery_id: str, request: Request, session: SessionDep, user: AdminUser, form: Form
) -> RedirectResponse:
    return _do(
        request,
        lambda: f"Delivery {webhooks.redeliver(session, delivery_id, now=utcnow()).id} queued.",
    )


def _do(request: Request, run: Callable[[], str]) -> RedirectResponse:
    """Run the change, show what it did (or why not) on the page."""
    try:
        flash(request, run())
    except IntakeError as error:
        flash(request, error.message)
    return RedirectResponse(PAGE, status_code=303)
