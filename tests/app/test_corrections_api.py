"""Correcting a case on the API: the rules decide again, and who changed what is kept."""

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.cases.replay import replay_case
from app.context import Context
from app.db import transaction
from app.jobs.local import process_file
from app.jobs.worker import drain
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS

NOT_ON_ORDER = SAMPLE_REQUESTS / "24-harbor-filters-not-on-order.eml"
UNKNOWN_PO = SAMPLE_REQUESTS / "22-keystone-unknown-po.eml"
AUTO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
PERSONAL_ADDRESS = SAMPLE_REQUESTS / "19-summit-tech-personal-email.eml"  # SENDER_UNVERIFIED


@pytest.fixture
def operator(erp_ctx: Context) -> dict[str, str]:
    return api_key(erp_ctx, None)


def _case(ctx: Context, path: Path) -> dict[str, Any]:
    line = process_file(ctx, path, channel=None, customer=None, received_at=None)
    drain(ctx)  # its notice goes out, as it would long before a person corrects the case
    return dict(line["cases"][0])


def test_a_corrected_sku_is_decided_again_then_approved(
    client: TestClient, erp_ctx: Context, operator: dict[str, str]
) -> None:
    case = _case(erp_ctx, NOT_ON_ORDER)
    assert case["reasons"] == ["SKU_NOT_ON_ORDER"]
    url = f"/api/v1/cases/{case['case_id']}"
    body = {"lines": [{"sku": "HVC-REG-1006-W", "quantity": 2, "reason": "OVERSHIPPED"}]}
    corrected = client.post(f"{url}/corrections", json=body, headers=operator)
    assert corrected.status_code == 200
    after = corrected.json()
    assert (after["decision"], after["reasons"], after["status"]) == (
        "AUTO_APPROVED",
        [],
        "IN_REVIEW",
    )
    assert after["lines"] == [{"sku": "HVC-REG-1006-W", "quantity": 2, "credit": "0.00"}]
    assert after["fields"][0]["confidence"] == {"sku": 1.0, "quantity": 1.0, "reason": 1.0}
    [event] = [e for e in after["timeline"] if e["kind"] == "corrected"]
    assert event["actor"].startswith("key:")
    with transaction(erp_ctx.sessions) as session:
        assert replay_case(session=session, case_id=case["case_id"]).same
    client.post(f"{url}/approve", json={}, headers=operator)
    drain(erp_ctx)
    done = client.get(url, headers=operator).json()
    assert [(a["type"], a["status"]) for a in done["actions"]] == [
        ("CUSTOMER_NOTICE", "SENT"),
        ("RMA", "CREATED"),
    ]


def test_a_corrected_order_number_brings_a_case_out_of_waiting_for_information(
    client: TestClient, erp_ctx: Context, operator: dict[str, str]
) -> None:
    case = _case(erp_ctx, UNKNOWN_PO)
    assert case["reasons"] == ["ORDER_NOT_FOUND"]
    response = client.post(
        f"/api/v1/cases/{case['case_id']}/corrections",
        json={"order_number": "SO-104226"},
        headers=operator,
    )
    assert response.status_code == 200
    after = response.json()
    assert after["order_number"] == "SO-104226"
    assert "ORDER_NOT_FOUND" not in after["reasons"]
    assert after["status"] == "IN_REVIEW"


def test_corrections_are_refused_where_they_cannot_apply(
    client: TestClient, erp_ctx: Context, operator: dict[str, str]
) -> None:
    approved = _case(erp_ctx, AUTO)
    body = {"lines": [{"sku": "VLV-2210-BR", "quantity": 1, "reason": "DAMAGED"}]}
    assert (
        client.post(
            f"/api/v1/cases/{approved['case_id']}/corrections", json=body, headers=operator
        ).status_code
        == 409
    )
    waiting = _case(erp_ctx, NOT_ON_ORDER)
    url = f"/api/v1/cases/{waiting['case_id']}/corrections"
    mixed = {
        "lines": [
            {"sku": "A", "quantity": 1, "reason": "DAMAGED"},
            {"sku": "B", "quantity": 1, "reason": "SHORT"},
        ]
    }
    assert client.post(url, json=mixed, headers=operator).status_code == 422
    assert client.post(url, json={"order_number": "SO-000000"}, headers=operator).status_code == 422
    assert client.post(url, json={}, headers=operator).status_code == 422
    assert client.post(url, json={"customer_id": "C-9999"}, headers=operator).status_code == 422
    customer = api_key(erp_ctx, "C-1004")
    assert client.post(url, json=body, headers=customer).status_code == 403


def test_a_person_vouching_for_the_sender_clears_sender_unverified(
    client: TestClient, erp_ctx: Context, operator: dict[str, str]
) -> None:
    case = _case(erp_ctx, PERSONAL_ADDRESS)
    assert case["reasons"] == ["SENDER_UNVERIFIED"]
    url = f"/api/v1/cases/{case['case_id']}"
    other = client.post(f"{url}/corrections", json={"customer_id": "C-1001"}, headers=operator)
    assert other.status_code == 200
    assert other.json()["reasons"] == ["CUSTOMER_ORDER_MISMATCH"]  # SO-104244 is C-1003's
    assert other.json()["customer_id"] == "C-1001"
    vouched = client.post(f"{url}/corrections", json={"customer_id": "C-1003"}, headers=operator)
    after = vouched.json()
    assert (after["decision"], after["reasons"], after["status"]) == (
        "AUTO_APPROVED",
        [],
        "IN_REVIEW",  # still a person's approval to give
    )
    assert after["customer_id"] == "C-1003"
    assert after["credit_total"] == case["credit_total"]  # the lines are as they were
    with transaction(erp_ctx.sessions) as session:
        assert replay_case(session=session, case_id=case["case_id"]).same
