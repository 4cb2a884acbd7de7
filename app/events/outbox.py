"""Write an event to the outbox, in the transaction of the change that caused it.

The same transaction records one delivery per endpoint that wants the event and queues
its first attempt, so an event is sent if and only if its change committed. A disabled
endpoint's deliveries wait, unqueued, until it is enabled again.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import once_a_transaction
from app.events.models import EVENT, Event
from app.events.tables import DeliveryStatus, OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.ids import new_id
from app.work.submit import Work, WorkKind, submit


def emit(session: Session, event: Event) -> OutboxEvent:
    """Store the event as it will be sent and queue it for every endpoint that wants it."""
    row = OutboxEvent(
        id=event.id,
        type=event.type.value,
        version=event.version,
        request_id=event.request_id,
        case_id=event.case_id,
        occurred_at=event.occurred_at,
        body=EVENT.dump_json(event).decode(),
    )
    session.add(row)
    session.flush()
    for endpoint in _endpoints(session):
        if endpoint.wants(row.type):
            queue_delivery(session, endpoint=endpoint, event=row)
    return row


def _endpoints(session: Session) -> list[WebhookEndpoint]:
    """The webhook endpoints, read once a transaction: opening a case emits several events."""
    return once_a_transaction(
        session, "webhook_endpoints", lambda: list(session.scalars(select(WebhookEndpoint)))
    )


def new_event_id() -> str:
    return new_id("evt")


def queue_delivery(session: Session, *, endpoint: WebhookEndpoint, event: OutboxEvent) -> None:
    delivery = WebhookDelivery(
        id=new_id("dlv"),
        endpoint_id=endpoint.id,
        event_seq=event.seq,
        stream=event.case_id or event.request_id,
        status=DeliveryStatus.PENDING,
        history=[],
    )
    session.add(delivery)
    session.flush()
    if endpoint.enabled:  # a disabled endpoint gets what it missed when it is enabled again
        schedule_attempt(session, delivery, at=None)


def schedule_attempt(session: Session, delivery: WebhookDelivery, *, at: datetime | None) -> None:
    """Set the delivery's next attempt and have it run then (at most once per time set)."""
    delivery.next_attempt_at = at
    submit(session, attempt(delivery))


def attempt(delivery: WebhookDelivery) -> Work:
    """The delivery's next attempt, named by its time: an attempt whose time was moved
    (redelivered, or its endpoint enabled again) finds itself stale and does nothing."""
    at = delivery.next_attempt_at
    when = at.isoformat() if at else "first"
    return Work(
        kind=WorkKind.DELIVER_WEBHOOK,
        id=f"deliver:{delivery.id}:{when}",
        subject=f"{delivery.id} {when}",
        partition=delivery.endpoint_id,  # one endpoint's deliveries in order, one at a time
        not_before=at,
    )


def is_next_attempt(delivery: WebhookDelivery, subject: str) -> bool:
    return attempt(delivery).subject == subject


def due_attempts(session: Session, now: datetime) -> list[Work]:
    """The attempt of every pending delivery to an enabled endpoint that is due by now."""
    due = session.scalars(
        select(WebhookDelivery)
        .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
        .where(
            WebhookDelivery.status == DeliveryStatus.PENDING,
            WebhookEndpoint.enabled.is_(True),
            (WebhookDelivery.next_attempt_at.is_(None)) | (WebhookDelivery.next_attempt_at <= now),
        )
    )
    return [attempt(delivery) for delivery in due]
