"""Webhook endpoints, as an admin manages them: add, list, disable, enable, test, redeliver."""

import base64
import json
import secrets
from datetime import datetime

import httpx
from pydantic import AnyHttpUrl, BaseModel, TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, IntakeError, NotFound
from app.events.delivery import post
from app.events.models import EventType
from app.events.outbox import new_event_id, schedule_attempt
from app.events.tables import DeliveryStatus, OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.ids import new_id

SECRET_PREFIX = "whsec_"  # noqa: S105  # the Standard Webhooks prefix, no secret
_URL = TypeAdapter(AnyHttpUrl)


class InvalidEndpoint(IntakeError):
    status_code = 422
    code = "invalid_webhook_endpoint"


class EndpointView(BaseModel):
    """An endpoint as the admin sees it (the secret included: the admin configures receivers)."""

    id: str
    url: str
    secret: str
    event_types: list[str]
    enabled: bool
    description: str
    created_at: datetime
    failing_since: datetime | None
    disabled_reason: str | None

    @classmethod
    def of(cls, endpoint: WebhookEndpoint) -> "EndpointView":
        return cls.model_validate(endpoint, from_attributes=True)


class DeliveryView(BaseModel):
    id: str
    endpoint_id: str
    event_id: str
    event_type: str
    case_id: str | None
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_error: str | None
    response_ms: int | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None


class TestResult(BaseModel):
    endpoint_id: str
    status_code: int | None
    error: str | None
    response_ms: int


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def add_endpoint(
    session: Session,
    *,
    url: str,
    event_types: list[str],
    secret: str | None = None,
    description: str = "",
) -> WebhookEndpoint:
    """A new endpoint for the given event types (all when none), with a secret made if not given."""
    try:
        checked = _URL.validate_python(url)
    except ValueError as problem:
        raise InvalidEndpoint(f"not an http(s) URL: {url}") from problem
    known = {t.value for t in EventType}
    unknown = sorted(set(event_types) - known)
    if unknown:
        raise InvalidEndpoint(f"unknown event types: {', '.join(unknown)}")
    if secret is not None:
        _check_secret(secret)
    endpoint = WebhookEndpoint(
        id=new_id("whe"),
        url=str(checked),
        secret=secret or new_secret(),
        event_types=sorted(set(event_types)),
        enabled=True,
        description=description,
    )
    session.add(endpoint)
    session.flush()
    return endpoint


def _check_secret(secret: str) -> None:
    body = secret.removeprefix(SECRET_PREFIX)
    try:
        raw = base64.b64decode(body, validate=True)
    except ValueError as problem:
        raise InvalidEndpoint("a secret is whsec_ followed by base64") from problem
    if not secret.startswith(SECRET_PREFIX) or len(raw) < 24:
        raise InvalidEndpoint("a secret is whsec_ followed by base64 of at least 24 bytes")


def endpoints(session: Session) -> list[WebhookEndpoint]:
    return list(session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.created_at)))


def endpoint(session: Session, endpoint_id: str) -> WebhookEndpoint:
    found = session.get(WebhookEndpoint, endpoint_id)
    if found is None:
        raise NotFound(f"no webhook endpoint {endpoint_id}")
    return found


def disable(session: Session, endpoint_id: str) -> WebhookEndpoint:
    found = endpoint(session, endpoint_id)
    found.enabled = False
    found.disabled_reason = found.disabled_reason or "disabled by an admin"
    return found


def enable(session: Session, endpoint_id: str, *, now: datetime) -> WebhookEndpoint:
    """Enable an endpoint and send it what waited while it was off, in order."""
    found = endpoint(session, endpoint_id)
    found.enabled, found.disabled_reason, found.failing_since = True, None, None
    waiting = session.scalars(
        select(WebhookDelivery)
        .where(
            WebhookDelivery.endpoint_id == endpoint_id,
            WebhookDelivery.status == DeliveryStatus.PENDING,
        )
        .order_by(WebhookDelivery.event_seq)
    )
    for delivery in waiting:
        schedule_attempt(session, delivery, at=now)
    return found


def redeliver(session: Session, delivery_id: str, *, now: datetime) -> WebhookDelivery:
    """Send a delivered or failed delivery again, with the same event id."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        raise NotFound(f"no webhook delivery {delivery_id}")
    if delivery.status == DeliveryStatus.PENDING:
        raise Conflict(f"delivery {delivery_id} is waiting to be sent already")
    delivery.status = DeliveryStatus.PENDING
    schedule_attempt(session, delivery, at=now)
    return delivery


def deliveries(session: Session, endpoint_id: str, *, limit: int = 100) -> list[DeliveryView]:
    endpoint(session, endpoint_id)
    rows = session.execute(
        select(WebhookDelivery, OutboxEvent)
        .join(OutboxEvent, OutboxEvent.seq == WebhookDelivery.event_seq)
        .where(WebhookDelivery.endpoint_id == endpoint_id)
        .order_by(WebhookDelivery.event_seq.desc())
        .limit(limit)
    )
    return [_view(d, e) for d, e in rows]


def delivery(session: Session, delivery_id: str) -> DeliveryView:
    found = session.get(WebhookDelivery, delivery_id)
    if found is None:
        raise NotFound(f"no webhook delivery {delivery_id}")
    event = session.get(OutboxEvent, found.event_seq)
    assert event is not None
    return _view(found, event)


def _view(d: WebhookDelivery, e: OutboxEvent) -> DeliveryView:
    return DeliveryView(
        id=d.id,
        endpoint_id=d.endpoint_id,
        event_id=e.id,
        event_type=e.type,
        case_id=e.case_id,
        status=d.status,
        attempts=d.attempts,
        last_status_code=d.last_status_code,
        last_error=d.last_error,
        response_ms=d.response_ms,
        next_attempt_at=d.next_attempt_at,
        delivered_at=d.delivered_at,
    )


def send_test(
    session: Session, endpoint_id: str, *, client: httpx.Client, now: datetime
) -> TestResult:
    """Post a signed `webhook.test` ping to the endpoint now; nothing is stored."""
    found = endpoint(session, endpoint_id)
    event_id = new_event_id()
    ping = {"id": event_id, "type": "webhook.test", "version": 1, "occurred_at": now.isoformat()}
    body = json.dumps({**ping, "request_id": None, "case_id": None, "data": {}})
    code, error, elapsed = post(client, found, OutboxEvent(id=event_id, body=body))
    return TestResult(endpoint_id=found.id, status_code=code, error=error, response_ms=elapsed)
