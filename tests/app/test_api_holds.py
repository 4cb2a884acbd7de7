"""The API's approve, reject and correct honour a reviewer's hold exactly as the pages do."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.cases.tables import Case
from app.context import Context
from app.db import transaction
from app.jobs.local import process_file
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS
from tests.web.helpers import add_user, csrf_of, sign_in

LATE = SAMPLE_REQUESTS / "03-riverbend-damaged-tees-late.eml"  # NEEDS_REVIEW [LATE_CLAIM]

CHANGES: dict[str, dict[str, Any]] = {
    "approve": {"comment": ""},
    "reject": {"comment": "no"},
    "corrections": {"order_number": "SO-104230"},
}
PAGES = {"approve": "approve", "reject": "reject", "corrections": "correct"}
PAGE_LINE = {"line-0-sku": "FTG-PVC-T-200", "line-0-quantity": "12", "line-0-reason": "DAMAGED"}


def _held_case(client: TestClient, ctx: Context) -> str:
    """A case waiting for review that reviewer ana holds, having opened it on the page."""
    line = process_file(ctx, LATE, channel=None, customer=None, received_at=None)
    case_id = str(line["cases"][0]["case_id"])
    add_user(ctx, "ana@example.com", role="reviewer")
    assert sign_in(client, "ana@example.com").status_code == 303
    token = csrf_of(client.get("/review").text)
    opened = client.post(f"/review/cases/{case_id}/open", data={"csrf_token": token})
    assert "You are working this case." in opened.text
    return case_id


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_an_operator_key_cannot_change_a_case_a_reviewer_holds(
    client: TestClient, erp_ctx: Context, change: str
) -> None:
    case_id = _held_case(client, erp_ctx)
    operator = TestClient(client.app)
    answer = operator.post(
        f"/api/v1/cases/{case_id}/{change}", json=CHANGES[change], headers=api_key(erp_ctx, None)
    )
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "held_elsewhere"
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.status, case.decision) == ("IN_REVIEW", "NEEDS_REVIEW")


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_another_reviewer_on_the_api_is_refused_as_on_the_page(
    client: TestClient, erp_ctx: Context, change: str
) -> None:
    case_id = _held_case(client, erp_ctx)
    other = TestClient(client.app)
    add_user(erp_ctx, "ben@example.com", role="reviewer")
    assert sign_in(other, "ben@example.com").status_code == 303
    token = csrf_of(other.get("/review").text)
    answer = other.post(
        f"/api/v1/cases/{case_id}/{change}",
        json=CHANGES[change],
        headers={"X-CSRF-Token": token},
    )
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "held_elsewhere"
    form = {"csrf_token": token, **PAGE_LINE, **{k: str(v) for k, v in CHANGES[change].items()}}
    page = other.post(f"/review/cases/{case_id}/{PAGES[change]}", data=form)
    assert page.status_code == 409
    assert "take it over first" in page.text


def test_the_reviewer_holding_the_case_approves_it_on_the_api(
    client: TestClient, erp_ctx: Context
) -> None:
    case_id = _held_case(client, erp_ctx)
    csrf = {"X-CSRF-Token": csrf_of(client.get("/review").text)}
    answer = client.post(f"/api/v1/cases/{case_id}/reject", json={"comment": "late"}, headers=csrf)
    assert answer.status_code == 200
    assert answer.json()["status"] == "REJECTED"


def test_an_operator_key_acts_on_a_case_nobody_holds(client: TestClient, erp_ctx: Context) -> None:
    line = process_file(erp_ctx, LATE, channel=None, customer=None, received_at=None)
    case_id = line["cases"][0]["case_id"]
    answer = client.post(
        f"/api/v1/cases/{case_id}/reject", json={"comment": ""}, headers=api_key(erp_ctx, None)
    )
    assert answer.status_code == 200
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.held_by is None  # a key holds nothing
