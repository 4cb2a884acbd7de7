"""Deliver one event to one webhook endpoint, signed the Standard Webhooks way.

A delivery waits while an earlier event of the same case is still undelivered to that
endpoint, so a receiver sees each case's events in order. A failed attempt is tried
again on a schedule that spans more than a day; the `webhook-id` header is the event's
id on every attempt, so a receiver can drop a repeat. An endpoint that has failed for
a day is disabled and the admin told.
"""

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook

from app.db import utcnow
from app.events.outbox import schedule_attempt
from app.events.tables import DeliveryStatus, OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.logs import log

# After the first attempt fails: wait 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (27.6 h in all).
RETRY_AFTER = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
WAIT_FOR_EARLIER = timedelta(seconds=5)
DISABLE_AFTER = timedelta(days=1)
USER_AGENT = "returns-intake-webhooks/1"


@dataclass(frozen=True)
class Outcome:
    """What one run of a delivery did; `disabled` names an endpoint the admin must hear of."""

    delivery_id: str
    status: DeliveryStatus
    waited: bool = False
    disabled: WebhookEndpoint | None = None


def signed_headers(secret: str, *, event_id: str, body: str, now: datetime) -> dict[str, str]:
    timestamp = now.astimezone(UTC)
    return {
        "webhook-id": event_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": Webhook(secret).sign(event_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }


def deliver(
    session: Session, *, delivery_id: str, client: httpx.Client, now: datetime
) -> Outcome | None:
    """Make one attempt of a pending delivery; None when there is nothing to do."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return None
    endpoint = session.get(WebhookEndpoint, delivery.endpoint_id)
    if endpoint is None or not endpoint.enabled:
        return None  # re-queued when the endpoint is enabled again
    if _earlier_pending(session, delivery):
        schedule_attempt(session, delivery, at=now + WAIT_FOR_EARLIER)
        return Outcome(delivery.id, delivery.status, waited=True)
    event = session.get(OutboxEvent, delivery.event_seq)
    assert event is not None
    code, error, elapsed_ms = post(client, endpoint, event)
    _record_attempt(delivery, now=now, code=code, error=error, elapsed_ms=elapsed_ms)
    if error is None:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        endpoint.failing_since = None
        return Outcome(delivery.id, delivery.status)
    return _failed(session, delivery, endpoint, now)


def post(
    client: httpx.Client, endpoint: WebhookEndpoint, event: OutboxEvent
) -> tuple[int | None, str | None, int]:
    """POST the event, signed as of now; the status code, the error (None on a 2xx), the time."""
    headers = signed_headers(endpoint.secret, event_id=event.id, body=event.body, now=utcnow())
    started = time.monotonic()
    try:
        response = client.post(endpoint.url, content=event.body.encode(), headers=headers)
    except httpx.HTTPError as problem:
        elapsed = round((time.monotonic() - started) * 1000)
        return None, f"{type(problem).__name__}: {problem}"[:500], elapsed
    elapsed = round((time.monotonic() - started) * 1000)
    if 200 <= response.status_code < 300:
        return response.status_code, None, elapsed
    return response.status_code, f"HTTP {response.status_code}: {response.text[:200]}", elapsed


def _earlier_pending(session: Session, delivery: WebhookDelivery) -> bool:
    earlier = session.scalar(
        select(WebhookDelivery.id)
        .where(
            WebhookDelivery.endpoint_id == delivery.endpoint_id,
            WebhookDelivery.stream == delivery.stream,
            WebhookDelivery.event_seq < delivery.event_seq,
            WebhookDelivery.status == DeliveryStatus.PENDING,
        )
        .limit(1)
    )
    return earlier is not None


def _record_attempt(
    delivery: WebhookDelivery,
    *,
    now: datetime,
    code: int | None,
    error: str | None,
    elapsed_ms: int,
) -> None:
    delivery.attempts += 1
    delivery.last_status_code = code
    delivery.last_error = error
    delivery.response_ms = elapsed_ms
    attempt = {"at": now.isoformat(), "status_code": code, "error": error, "ms": elapsed_ms}
    delivery.history = [*delivery.history, attempt]


def _failed(
    session: Session, delivery: WebhookDelivery, endpoint: WebhookEndpoint, now: datetime
) -> Outcome:
    endpoint.failing_since = endpoint.failing_since or now
    if now - endpoint.failing_since >= DISABLE_AFTER:
        endpoint.enabled = False
        endpoint.disabled_reason = (
            f"disabled at {now.isoformat()}: every delivery failed since "
            f"{endpoint.failing_since.isoformat()} (last: {delivery.last_error})"
        )
        log.warning("webhook.endpoint_disabled", endpoint_id=endpoint.id)
        return Outcome(delivery.id, delivery.status, disabled=endpoint)
    retry = delivery.attempts - 1
    if retry < len(RETRY_AFTER):
        schedule_attempt(session, delivery, at=now + RETRY_AFTER[retry])
    else:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
        log.warning("webhook.delivery_failed", delivery_id=delivery.id, attempts=delivery.attempts)
    return Outcome(delivery.id, delivery.status)
