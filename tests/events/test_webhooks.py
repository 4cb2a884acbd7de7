"""Events out: every event of a case's life reaches a webhook receiver on loopback, in order,
signed so that `standardwebhooks` verifies it; a receiver that fails gets them later, none
twice; an endpoint failing for a day is disabled and the admin told."""

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import jsonschema
import pytest
from sqlalchemy import select, update

from app.context import Context, build_context
from app.db import transaction, utcnow
from app.events.delivery import RETRY_AFTER, deliver
from app.events.models import schemas
from app.events.tables import DeliveryStatus, OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.events.webhooks import add_endpoint, enable, redeliver
from app.jobs.worker import drain
from app.metrics import REGISTRY
from app.requests.files import envelope_for_file
from app.requests.service import take_in
from app.settings import Settings
from tests.conftest import ROOT, SAMPLE_REQUESTS
from tests.events.receiver import Receiver, receiver

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
SCHEMAS = ROOT / "docs" / "events" / "schemas"


@pytest.fixture
def hook(erp_ctx: Context) -> Iterator[tuple[Context, Receiver, str]]:
    with receiver() as got:
        with transaction(erp_ctx.sessions) as session:
            endpoint = add_endpoint(session, url=got.url, event_types=[])
            got.secret, endpoint_id = endpoint.secret, endpoint.id
        yield erp_ctx, got, endpoint_id


def _take_in(ctx: Context, path: Path = SCENARIO) -> str:
    envelope = envelope_for_file(
        data=path.read_bytes(),
        source=path.name,
        channel=None,
        account_id=None,
        received_at=None,
        now=utcnow(),
    )
    with transaction(ctx.sessions) as session:
        return take_in(session=session, blobs=ctx.blobs, envelope=envelope).request.id


def _time_passes(ctx: Context) -> None:
    """Every attempt waiting for a later time is due now (a clock moved on, without sleeping)."""
    with transaction(ctx.sessions) as session:
        session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.status == DeliveryStatus.PENDING,
                WebhookDelivery.next_attempt_at.is_not(None),
            )
            .values(next_attempt_at=utcnow())
        )


def _sent(ctx: Context) -> list[OutboxEvent]:
    with transaction(ctx.sessions) as session:
        rows = list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)))
        session.expunge_all()
        return rows


def _pending(ctx: Context) -> int:
    with transaction(ctx.sessions) as session:
        return len(
            session.scalars(
                select(WebhookDelivery.id).where(WebhookDelivery.status == DeliveryStatus.PENDING)
            ).all()
        )


def test_a_receiver_gets_every_event_of_a_cases_life_in_order_and_signed(
    hook: tuple[Context, Receiver, str],
) -> None:
    ctx, got, _ = hook
    request_id = _take_in(ctx)
    drain(ctx)
    assert got.bad_signatures == 0
    assert got.accepted[0]["type"] == "request.received"
    assert got.accepted[0]["request_id"] == request_id
    case_ids = sorted({e["case_id"] for e in got.accepted if e["case_id"]})
    assert len(case_ids) == 2  # sample 01: a damaged case and a short case
    for case_id in case_ids:
        types = got.types(case_id)
        assert types[:2] == ["case.opened", "case.decided"]
        assert types[-1] == "customer.notified", types
    # Everything in the outbox was delivered once; each case's events in the outbox's order.
    sent = _sent(ctx)
    assert sorted(e["id"] for e in got.accepted) == sorted(row.id for row in sent)
    for case_id in case_ids:
        accepted = [e["id"] for e in got.accepted if e["case_id"] == case_id]
        assert accepted == [row.id for row in sent if row.case_id == case_id]
    damaged = next(e for e in got.accepted if e["type"] == "case.opened")
    assert isinstance(damaged["data"]["credit_total"], str)  # money as a decimal string


def test_every_event_sent_matches_its_published_json_schema(
    hook: tuple[Context, Receiver, str],
) -> None:
    ctx, got, _ = hook
    _take_in(ctx)
    drain(ctx)
    assert got.accepted
    for event in got.accepted:
        schema = json.loads((SCHEMAS / f"{event['type']}.v{event['version']}.json").read_text())
        jsonschema.validate(event, schema)


def test_a_receiver_that_fails_for_a_while_gets_everything_later_in_order_and_none_twice(
    hook: tuple[Context, Receiver, str],
) -> None:
    ctx, got, _ = hook
    got.fail_next = 4
    _take_in(ctx)
    drain(ctx)
    assert got.refused  # the first deliveries failed and wait for their retry
    for _ in range(30):
        if _pending(ctx) == 0:
            break
        _time_passes(ctx)
        drain(ctx)
    assert _pending(ctx) == 0
    ids = [e["id"] for e in got.accepted]
    assert len(ids) == len(set(ids))  # none twice
    sent = _sent(ctx)
    assert set(ids) == {row.id for row in sent}  # none lost
    order = {row.id: row.seq for row in sent}
    for case_id in {row.case_id for row in sent}:  # each case's events in their order
        seqs = [order[e["id"]] for e in got.accepted if e["case_id"] == case_id]
        assert seqs == sorted(seqs)


def test_failed_attempts_are_retried_on_a_schedule_longer_than_a_day_then_the_endpoint_is_disabled(
    hook: tuple[Context, Receiver, str],
) -> None:
    ctx, got, endpoint_id = hook
    got.fail_next = 1000
    _take_in(ctx)
    with transaction(ctx.sessions) as session:
        first = session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.event_seq)).first()
        assert first is not None
        delivery_id = first.id
    now = utcnow()
    with httpx.Client(timeout=5) as client:
        for wait in (timedelta(0), *RETRY_AFTER):
            now += wait
            with transaction(ctx.sessions) as session:
                outcome = deliver(session, delivery_id=delivery_id, client=client, now=now)
                assert outcome is not None
            if outcome.disabled is not None:
                break
    assert sum(RETRY_AFTER, timedelta(0)) > timedelta(hours=24)
    with transaction(ctx.sessions) as session:
        endpoint = session.get(WebhookEndpoint, endpoint_id)
        delivery = session.get(WebhookDelivery, delivery_id)
        assert endpoint is not None
        assert delivery is not None
        assert not endpoint.enabled
        assert "every delivery failed since" in (endpoint.disabled_reason or "")
        assert delivery.attempts == len(RETRY_AFTER) + 1  # the last one, a day on, disabled it
        assert delivery.status == DeliveryStatus.PENDING  # kept for when it is enabled again
        assert [a["status_code"] for a in delivery.history] == [503] * delivery.attempts
    # Enabled again, it gets all it missed.
    got.fail_next = 0
    with transaction(ctx.sessions) as session:
        enable(session, endpoint_id, now=utcnow())
    drain(ctx)
    assert len(got.accepted) == len(_sent(ctx))


def test_an_endpoint_failing_for_a_day_is_disabled_and_the_admin_told(
    hook: tuple[Context, Receiver, str], settings: Settings
) -> None:
    ctx, got, endpoint_id = hook
    with transaction(ctx.sessions) as session:
        session.execute(
            update(WebhookEndpoint).values(failing_since=utcnow() - timedelta(hours=25))
        )
    got.fail_next = 1
    told = build_context(settings.model_copy(update={"admin_email": "ops@distributor.example"}))
    try:
        _take_in(told)
        drain(told)
    finally:
        told.engine.dispose()
    mails = list((settings.data_dir / "outbox").glob("webhook-disabled-*.eml"))
    assert len(mails) == 1
    text = mails[0].read_text()
    assert "To: ops@distributor.example" in text
    assert endpoint_id in text
    assert got.accepted == []  # nothing more went to a disabled endpoint


def test_a_redelivery_sends_the_same_event_id_again(hook: tuple[Context, Receiver, str]) -> None:
    ctx, got, _ = hook
    _take_in(ctx)
    drain(ctx)
    first = got.accepted[0]
    with transaction(ctx.sessions) as session:
        delivery = session.scalars(
            select(WebhookDelivery).order_by(WebhookDelivery.event_seq)
        ).first()
        assert delivery is not None
        redeliver(session, delivery.id, now=utcnow())
    drain(ctx)
    assert got.accepted[-1]["id"] == first["id"]
    assert got.accepted[-1] == first


def test_an_event_of_a_change_that_rolled_back_is_never_sent(
    hook: tuple[Context, Receiver, str],
) -> None:
    ctx, got, _ = hook
    envelope = envelope_for_file(
        data=SCENARIO.read_bytes(),
        source=SCENARIO.name,
        channel=None,
        account_id=None,
        received_at=None,
        now=utcnow(),
    )

    def fails_after_taking_in() -> None:
        with transaction(ctx.sessions) as session:
            take_in(session=session, blobs=ctx.blobs, envelope=envelope)
            raise RuntimeError("the transaction fails after the request was taken in")

    with pytest.raises(RuntimeError):
        fails_after_taking_in()
    drain(ctx)
    assert _sent(ctx) == []
    assert got.accepted == []


def test_an_endpoint_gets_only_the_event_types_it_asked_for(erp_ctx: Context) -> None:
    with receiver() as got:
        with transaction(erp_ctx.sessions) as session:
            endpoint = add_endpoint(
                session, url=got.url, event_types=["case.opened", "credit_memo.proposed"]
            )
            got.secret = endpoint.secret
        _take_in(erp_ctx)
        drain(erp_ctx)
    assert set(got.types()) <= {"case.opened", "credit_memo.proposed"}
    assert got.types().count("case.opened") == 2


def test_the_published_schemas_are_the_models_schemas() -> None:
    """docs/events/schemas/ is written by scripts/event-schemas.py: rerun it after a change."""
    published = {path.stem: json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")}
    assert published == schemas()


def test_deliveries_are_counted_on_metrics(hook: tuple[Context, Receiver, str]) -> None:
    ctx, got, _ = hook
    before = REGISTRY.get_sample_value("intake_webhook_deliveries_total", {"result": "delivered"})
    _take_in(ctx)
    drain(ctx)
    after = REGISTRY.get_sample_value("intake_webhook_deliveries_total", {"result": "delivered"})
    assert (after or 0) - (before or 0) == len(got.accepted)
