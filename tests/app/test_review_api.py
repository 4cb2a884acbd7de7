"""Approving and rejecting cases on the API (spec/api.md)."""

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.cases.tables import Notice
from app.context import Context
from app.db import transaction
from app.jobs.local import process_file
from app.jobs.worker import drain
from tests.app.helpers import api_key, signed_in_staff
from tests.conftest import SAMPLE_REQUESTS

OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"
LATE = SAMPLE_REQUESTS / "03-riverbend-damaged-tees-late.eml"
AUTO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"


def _case(ctx: Context, path: Path) -> dict[str, Any]:
    line = process_file(ctx, path, channel=None, customer=None, received_at=None)
    return dict(line["cases"][0])


def test_approving_a_case_carries_out_its_actions_and_records_who(
    client: TestClient, erp_ctx: Context
) -> None:
    case = _case(erp_ctx, OVER_LIMIT)
    assert case["decision"] == "NEEDS_REVIEW"
    assert {a["status"] for a in case["actions"][:-1]} == {"PROPOSED"}
    operator = api_key(erp_ctx, None)
    finance = signed_in_staff(client, erp_ctx, "finance@distributor.example", "finance")
    response = client.post(
        f"/api/v1/cases/{case['case_id']}/approve",
        json={"comment": "ok'd by phone"},
        headers=finance,
    )
    assert response.status_code == 200
    assert response.json()["status"] == "APPROVED"
    drain(erp_ctx)
    after = client.get(f"/api/v1/cases/{case['case_id']}", headers=operator).json()
    assert [(a["type"], a["status"]) for a in after["actions"]] == [
        ("RMA", "CREATED"),
        ("CREDIT_MEMO", "PENDING_INSPECTION"),
        ("CARRIER_CLAIM", "CREATED"),
        ("CUSTOMER_NOTICE", "SENT"),
    ]
    approved = [e for e in after["timeline"] if e["kind"] == "approved"]
    assert len(approved) == 1
    assert approved[0]["actor"].startswith("user:")
    assert approved[0]["message"] == "ok'd by phone"
    again = client.post(f"/api/v1/cases/{case['case_id']}/approve", json={}, headers=finance)
    assert again.status_code == 409


def test_rejecting_cancels_the_actions_and_tells_the_customer(
    client: TestClient, erp_ctx: Context
) -> None:
    case = _case(erp_ctx, LATE)
    operator = api_key(erp_ctx, None)
    response = client.post(
        f"/api/v1/cases/{case['case_id']}/reject",
        json={"comment": "photos show old damage"},
        headers=operator,
    )
    assert response.status_code == 200
    drain(erp_ctx)
    after = client.get(f"/api/v1/cases/{case['case_id']}", headers=operator).json()
    assert after["status"] == "REJECTED"
    statuses = [(a["type"], a["status"]) for a in after["actions"]]
    assert statuses[:3] == [
        ("RMA", "CANCELLED"),
        ("CREDIT_MEMO", "CANCELLED"),
        ("CARRIER_CLAIM", "CANCELLED"),
    ]
    assert statuses[-1] == ("CUSTOMER_NOTICE", "SENT")
    with transaction(erp_ctx.sessions) as session:
        rejection = session.scalars(select(Notice).where(Notice.kind == "REJECTION")).one()
        assert "photos show old damage" in rejection.body


def test_only_the_returns_desk_decides_and_only_what_waits_for_review(
    client: TestClient, erp_ctx: Context
) -> None:
    waiting = _case(erp_ctx, LATE)
    customer = api_key(erp_ctx, "C-1002")
    assert (
        client.post(
            f"/api/v1/cases/{waiting['case_id']}/approve", json={}, headers=customer
        ).status_code
        == 403
    )
    approved = _case(erp_ctx, AUTO)
    operator = api_key(erp_ctx, None)
    refused = client.post(f"/api/v1/cases/{approved['case_id']}/reject", json={}, headers=operator)
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "invalid_transition"
    assert (
        client.post("/api/v1/cases/case_nope/approve", json={}, headers=operator).status_code == 404
    )
