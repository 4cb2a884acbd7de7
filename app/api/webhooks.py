"""Webhook endpoints and their delivery logs (the operator's key or an admin only)."""

from typing import Annotated

import httpx
from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from app.auth.keys import Caller
from app.auth.tables import Role
from app.db import utcnow
from app.errors import Forbidden, error_responses
from app.events import webhooks
from app.events.webhooks import DeliveryView, EndpointView, TestResult
from app.http.deps import CallerDep, ContextDep, SessionDep

router = APIRouter(
    prefix="/api/v1/webhooks",
    tags=["webhooks"],
    responses=error_responses(400, 401, 403, 404, 409, 422),
)
EndpointId = Annotated[str, Path(min_length=1, max_length=64)]


class NewEndpoint(BaseModel):
    url: str = Field(max_length=2000)
    event_types: list[str] = Field(default_factory=list, description="empty: every event type")
    secret: str | None = Field(default=None, description="whsec_ + base64; made when not given")
    description: str = Field(default="", max_length=500)


class EndpointPage(BaseModel):
    items: list[EndpointView]


class DeliveryPage(BaseModel):
    items: list[DeliveryView]


def _admin(caller: Caller) -> None:
    if caller.customer_id is not None or caller.role not in (None, Role.ADMIN):
        raise Forbidden("only the operator or an admin manages webhooks")


@router.get("")
def list_endpoints(session: SessionDep, caller: CallerDep) -> EndpointPage:
    """Every endpoint, with why it was disabled if it was."""
    _admin(caller)
    return EndpointPage(items=[EndpointView.of(e) for e in webhooks.endpoints(session)])


@router.post("", status_code=201)
def add_endpoint(body: NewEndpoint, session: SessionDep, caller: CallerDep) -> EndpointView:
    """Add an endpoint; the answer carries its signing secret."""
    _admin(caller)
    endpoint = webhooks.add_endpoint(
        session,
        url=body.url,
        event_types=body.event_types,
        secret=body.secret,
        description=body.description,
    )
    return EndpointView.of(endpoint)


@router.post("/{endpoint_id}/disable")
def disable_endpoint(
    endpoint_id: EndpointId, session: SessionDep, caller: CallerDep
) -> EndpointView:
    _admin(caller)
    return EndpointView.of(webhooks.disable(session, endpoint_id))


@router.post("/{endpoint_id}/enable")
def enable_endpoint(
    endpoint_id: EndpointId, session: SessionDep, caller: CallerDep
) -> EndpointView:
    """Enable an endpoint; what waited while it was off is sent first, in order."""
    _admin(caller)
    return EndpointView.of(webhooks.enable(session, endpoint_id, now=utcnow()))


@router.post("/{endpoint_id}/test")
def test_endpoint(
    endpoint_id: EndpointId, session: SessionDep, caller: CallerDep, ctx: ContextDep
) -> TestResult:
    """Post a signed webhook.test event to the endpoint now."""
    _admin(caller)
    with httpx.Client(timeout=ctx.settings.webhook_timeout_seconds) as client:
        return webhooks.send_test(session, endpoint_id, client=client, now=utcnow())


@router.get("/{endpoint_id}/deliveries")
def endpoint_deliveries(
    endpoint_id: EndpointId,
    session: SessionDep,
    caller: CallerDep,
    limit: int = Query(default=100, ge=1, le=1000),
) -> DeliveryPage:
    """The endpoint's newest deliveries: status, attempts, last error, response time."""
    _admin(caller)
    return DeliveryPage(items=webhooks.deliveries(session, endpoint_id, limit=limit))


@router.post("/deliveries/{delivery_id}/redeliver", status_code=202)
def redeliver(delivery_id: EndpointId, session: SessionDep, caller: CallerDep) -> DeliveryView:
    """Send a delivered or failed delivery again, with the same event id."""
    _admin(caller)
    webhooks.redeliver(session, delivery_id, now=utcnow())
    return webhooks.delivery(session, delivery_id)
