"""Later events in (policy.md 7): receipts, inspections, recounts and posted credit memos move
an approved case on, once each, in the order the goods allow; each is told on as an event."""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.cases.tables import Case, CaseEvent
from app.context import Context
from app.db import transaction
from app.events.tables import OutboxEvent
from app.jobs.worker import drain
from app.server import create_app
from tests.app.helpers import api_key
from tests.events.test_webhooks import _take_in


@pytest.fixture
def desk(
    erp_ctx: Context,
) -> Iterator[tuple[TestClient, dict[str, str], dict[str, dict[str, Any]]]]:
    """Sample 01 taken in and processed: its DAMAGED and SHORT cases, both approved at once."""
    _take_in(erp_ctx)
    drain(erp_ctx)
    with TestClient(create_app(erp_ctx)) as client:
        operator = api_key(erp_ctx, None)
        listed = client.get("/api/v1/cases", headers=operator).json()["items"]
        cases = {
            c["type"]: client.get(f"/api/v1/cases/{c['case_id']}", headers=operator).json()
            for c in listed
        }
        assert {c["status"] for c in cases.values()} == {"APPROVED"}
        yield client, operator, cases


def _post(client: TestClient, headers: dict[str, str], case_id: str, **event: Any) -> Any:
    return client.post(f"/api/v1/cases/{case_id}/events", json=event, headers=headers)


def _status(answer: Any, kind: str) -> str:
    return str(next(a["status"] for a in answer.json()["actions"] if a["type"] == kind))


def _told(ctx: Context, case_id: str) -> list[dict[str, Any]]:
    with transaction(ctx.sessions) as session:
        rows = session.scalars(
            select(OutboxEvent).where(OutboxEvent.case_id == case_id).order_by(OutboxEvent.seq)
        )
        return [json.loads(row.body) for row in rows]


def test_a_return_is_received_in_parts_then_inspected(desk: Any, erp_ctx: Context) -> None:
    client, operator, cases = desk
    damaged = cases["DAMAGED"]
    case_id = damaged["case_id"]
    (line, *_) = damaged["lines"]
    sku, quantity = line["sku"], line["quantity"]
    assert quantity >= 2
    early = _post(
        client, operator, case_id, id="wms-1", type="inspection.result", sku=sku, result="DAMAGED"
    )
    assert early.status_code == 409
    assert "nothing to inspect" in early.json()["error"]["message"]

    part = _post(client, operator, case_id, id="wms-2", type="return.received", sku=sku, quantity=1)
    assert part.status_code == 200, part.text
    assert _status(part, "RMA") == "CREATED"  # a partial receipt keeps the rest open
    rest = _post(
        client,
        operator,
        case_id,
        id="wms-3",
        type="return.received",
        sku=sku,
        quantity=quantity - 1,
    )
    assert _status(rest, "RMA") == "RECEIVED"
    more = _post(client, operator, case_id, id="wms-4", type="return.received", sku=sku, quantity=1)
    assert more.status_code == 409

    inspected = _post(
        client, operator, case_id, id="wms-5", type="inspection.result", sku=sku, result="DAMAGED"
    )
    assert inspected.status_code == 200
    told = _told(erp_ctx, case_id)
    receipts = [e["data"] for e in told if e["type"] == "return.received"]
    assert [(r["received"], r["complete"]) for r in receipts] == [(1, False), (quantity, True)]
    [inspection] = [e["data"] for e in told if e["type"] == "inspection.result"]
    assert inspection["result"] == "DAMAGED"
    [disposed] = [e["data"] for e in told if e["type"] == "disposition.decided"]
    assert disposed["disposition"] in ("SCRAP", "RETURN_TO_VENDOR")
    assert disposed["disposition"] == inspection["disposition"]
    timeline = client.get(f"/api/v1/cases/{case_id}", headers=operator).json()["timeline"]
    assert sum("return received" in e["message"] for e in timeline) == 2


def test_the_same_event_twice_is_one_event_and_a_reused_id_is_refused(
    desk: Any, erp_ctx: Context
) -> None:
    client, operator, cases = desk
    case_id = cases["DAMAGED"]["case_id"]
    sku = cases["DAMAGED"]["lines"][0]["sku"]
    event = {"id": "wms-7", "type": "return.received", "sku": sku, "quantity": 1}
    first = _post(client, operator, case_id, **event)
    counts = _counts(erp_ctx)
    again = _post(client, operator, case_id, **event)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "duplicate": True}
    assert _counts(erp_ctx) == counts  # nothing new on the timeline, nothing new told
    reused = _post(client, operator, case_id, **{**event, "quantity": 2})
    assert reused.status_code == 409
    assert "used already" in reused.json()["error"]["message"]


def _counts(ctx: Context) -> tuple[int, int]:
    with transaction(ctx.sessions) as session:
        return (
            int(session.scalar(select(func.count()).select_from(CaseEvent)) or 0),
            int(session.scalar(select(func.count()).select_from(OutboxEvent)) or 0),
        )


def test_a_confirmed_recount_posts_the_pending_credit(desk: Any, erp_ctx: Context) -> None:
    client, operator, cases = desk
    case_id = cases["SHORT"]["case_id"]
    answer = _post(client, operator, case_id, id="rc-1", type="recount.result", confirmed=True)
    assert answer.status_code == 200, answer.text
    assert _status(answer, "RECOUNT_TASK") == "DONE"
    assert _status(answer, "CREDIT_MEMO") == "POSTED"
    types = [e["type"] for e in _told(erp_ctx, case_id)]
    assert types[-2:] == ["recount.result", "credit_memo.posted"]
    twice = _post(client, operator, case_id, id="rc-2", type="recount.result", confirmed=False)
    assert twice.status_code == 409


def test_an_unconfirmed_recount_cancels_the_credit_and_tells_the_customer(
    desk: Any, erp_ctx: Context
) -> None:
    client, operator, cases = desk
    case_id = cases["SHORT"]["case_id"]
    answer = _post(
        client,
        operator,
        case_id,
        id="rc-9",
        type="recount.result",
        confirmed=False,
        counted_quantity=40,
    )
    assert _status(answer, "CREDIT_MEMO") == "CANCELLED"
    drain(erp_ctx)
    told = _told(erp_ctx, case_id)
    assert "credit_memo.cancelled" in [e["type"] for e in told]
    notices = [e["data"] for e in told if e["type"] == "customer.notified"]
    assert notices[-1]["kind"] == "SHORTAGE_NOT_CONFIRMED"
    mail = (erp_ctx.settings.data_dir / "outbox" / f"{notices[-1]['notice_id']}.eml").read_text()
    assert "could not confirm the shortage" in mail
    assert "40 counted" in mail


def test_the_erp_posts_a_pending_credit_memo_once(desk: Any, erp_ctx: Context) -> None:
    client, operator, cases = desk
    case_id = cases["DAMAGED"]["case_id"]
    posted = _post(
        client, operator, case_id, id="erp-cm-1", type="credit_memo.posted", erp_reference="CN-0042"
    )
    assert _status(posted, "CREDIT_MEMO") == "POSTED"
    again = _post(client, operator, case_id, id="erp-cm-2", type="credit_memo.posted")
    assert again.status_code == 409
    assert "not pending" in again.json()["error"]["message"]
    [told] = [e for e in _told(erp_ctx, case_id) if e["type"] == "credit_memo.posted"]
    assert told["data"]["status"] == "POSTED"


def test_later_events_are_for_the_desk_and_checked(desk: Any, erp_ctx: Context) -> None:
    client, operator, cases = desk
    case_id = cases["SHORT"]["case_id"]
    customer = api_key(erp_ctx, "C-1001")
    event = {"id": "x-1", "type": "recount.result", "confirmed": True}
    assert _post(client, customer, case_id, **event).status_code == 403
    assert _post(client, operator, "case_nope", **event).status_code == 404
    bad = _post(client, operator, case_id, id="x-2", type="return.received", quantity=0)
    assert bad.status_code == 422
    unknown = _post(client, operator, case_id, id="x-3", type="case.exploded")
    assert unknown.status_code == 422
    no_rma = _post(client, operator, case_id, id="x-4", type="return.received", quantity=1)
    assert no_rma.status_code == 409
    assert "has no RMA" in no_rma.json()["error"]["message"]
    with transaction(erp_ctx.sessions) as session:  # a case under review is not moved on
        case = session.get(Case, case_id)
        assert case is not None
        case.status = "IN_REVIEW"  # type: ignore[assignment]
    waiting = _post(client, operator, case_id, **event)
    assert waiting.status_code == 409
    assert "later events follow an approved case" in waiting.json()["error"]["message"]
