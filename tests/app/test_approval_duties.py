"""Segregation of duties: above its auto-credit limit a case needs an uninvolved finance user."""

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.auth.actor import Actor
from app.cases.review import approve, auto_credit_limit
from app.context import Context
from app.db import transaction
from app.errors import Forbidden
from app.jobs.local import process_file
from tests.app.helpers import api_key, signed_in_staff
from tests.conftest import SAMPLE_REQUESTS

OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"  # contract limit 500
LATE = SAMPLE_REQUESTS / "03-riverbend-damaged-tees-late.eml"


def _case(ctx: Context, path: Path) -> dict[str, Any]:
    line = process_file(ctx, path, channel=None, customer=None, received_at=None)
    return dict(line["cases"][0])


def _over_limit(ctx: Context) -> dict[str, Any]:
    case = _case(ctx, OVER_LIMIT)
    assert case["status"] == "IN_REVIEW"
    with transaction(ctx.sessions) as session:
        limit = auto_credit_limit(session=session, case_id=case["case_id"])
    assert limit == Decimal("500.00")  # Harbor's contract, not the policy's 2500.00
    assert Decimal(case["credit_total"]) > limit
    return case


def test_finance_approves_above_the_limit(client: TestClient, erp_ctx: Context) -> None:
    case = _over_limit(erp_ctx)
    finance = signed_in_staff(client, erp_ctx, "finance@distributor.example", "finance")
    answer = client.post(f"/api/v1/cases/{case['case_id']}/approve", json={}, headers=finance)
    assert answer.status_code == 200
    assert answer.json()["status"] == "APPROVED"


@pytest.mark.parametrize("role", ["reviewer", "admin"])
def test_other_staff_are_refused_above_the_limit(
    client: TestClient, erp_ctx: Context, role: str
) -> None:
    case = _over_limit(erp_ctx)
    staff = signed_in_staff(client, erp_ctx, f"{role}@distributor.example", role)
    answer = client.post(f"/api/v1/cases/{case['case_id']}/approve", json={}, headers=staff)
    assert answer.status_code == 403
    assert "only a finance user may approve it" in answer.json()["error"]["message"]
    operator = api_key(erp_ctx, None)
    assert client.get(f"/api/v1/cases/{case['case_id']}", headers=operator).json()["status"] == (
        "IN_REVIEW"
    )


def test_an_operator_key_is_refused_above_the_limit(client: TestClient, erp_ctx: Context) -> None:
    case = _over_limit(erp_ctx)
    operator = api_key(erp_ctx, None)
    answer = client.post(f"/api/v1/cases/{case['case_id']}/approve", json={}, headers=operator)
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "forbidden"


def test_the_finance_user_who_corrected_the_case_is_refused(
    client: TestClient, erp_ctx: Context
) -> None:
    case = _over_limit(erp_ctx)
    url = f"/api/v1/cases/{case['case_id']}"
    finance = signed_in_staff(client, erp_ctx, "finance@distributor.example", "finance")
    order = client.get(url, headers=finance).json()["order_number"]
    corrected = client.post(f"{url}/corrections", json={"order_number": order}, headers=finance)
    assert corrected.status_code == 200
    assert Decimal(corrected.json()["credit_total"]) > Decimal("500.00")
    refused = client.post(f"{url}/approve", json={}, headers=finance)
    assert refused.status_code == 403
    assert "you corrected it" in refused.json()["error"]["message"]
    other = signed_in_staff(client, erp_ctx, "controller@distributor.example", "finance")
    held = client.post(f"{url}/approve", json={}, headers=other)
    assert held.status_code == 409  # the first finance user works the case, as on the page
    token = {"csrf_token": other["X-CSRF-Token"]}
    assert client.post(f"/review/cases/{case['case_id']}/take-over", data=token).is_success
    assert client.post(f"{url}/approve", json={}, headers=other).status_code == 200


def test_below_the_limit_a_reviewer_or_a_key_may_approve(
    client: TestClient, erp_ctx: Context
) -> None:
    case = _case(erp_ctx, LATE)
    assert case["status"] == "IN_REVIEW"
    assert Decimal(case["credit_total"]) <= Decimal("2500.00")
    reviewer = signed_in_staff(client, erp_ctx, "reviewer@distributor.example", "reviewer")
    answer = client.post(f"/api/v1/cases/{case['case_id']}/approve", json={}, headers=reviewer)
    assert answer.status_code == 200
    assert answer.json()["status"] == "APPROVED"


def test_the_service_refuses_by_role_and_actor(erp_ctx: Context) -> None:
    case = _over_limit(erp_ctx)
    for refused in (Actor.key("k1"), Actor.person("u1", "reviewer")):
        with pytest.raises(Forbidden), transaction(erp_ctx.sessions) as session:
            approve(session=session, case_id=case["case_id"], actor=refused)
    with transaction(erp_ctx.sessions) as session:
        done = approve(
            session=session, case_id=case["case_id"], actor=Actor.person("u2", "finance")
        )
        assert done.status == "APPROVED"
