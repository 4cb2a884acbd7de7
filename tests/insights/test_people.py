"""What people do shows in the figures: touches, overrides, decisions by a person."""

from datetime import timedelta

from fastapi.testclient import TestClient

from app.context import Context
from app.db import utcnow
from app.insights.facts import read_model
from app.insights.figures import Filters, Subset, dashboard, subset_test
from app.insights.service import cases_behind
from app.jobs.local import process_file
from app.jobs.worker import drain
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS

NOT_ON_ORDER = SAMPLE_REQUESTS / "24-harbor-filters-not-on-order.eml"
AUTO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"


def test_a_correction_that_changes_the_decision_is_an_override(
    client: TestClient, erp_ctx: Context
) -> None:
    operator = api_key(erp_ctx, None)
    process_file(erp_ctx, AUTO, channel=None, customer=None, received_at=None)
    line = process_file(erp_ctx, NOT_ON_ORDER, channel=None, customer=None, received_at=None)
    case_id = line["cases"][0]["case_id"]
    url = f"/api/v1/cases/{case_id}"
    body = {"lines": [{"sku": "HVC-REG-1006-W", "quantity": 2, "reason": "OVERSHIPPED"}]}
    assert client.post(f"{url}/corrections", json=body, headers=operator).status_code == 200

    with erp_ctx.sessions() as session:
        waiting = {c.case_id: c for c in read_model(session).cases}[case_id]
    assert waiting.overridden  # NEEDS_REVIEW became AUTO_APPROVED
    assert waiting.decided_at is None  # it still waits for a person
    assert subset_test(Subset.WAITING, utcnow())(waiting)
    with erp_ctx.sessions() as session:
        by_age = {
            (days, aged): [
                c.case_id
                for c in cases_behind(
                    session=session,
                    filters=Filters(),
                    subset=Subset.WAITING,
                    now=utcnow() + timedelta(days=days),
                    aged=aged,
                )
            ]
            for days, aged in ((0, 0), (0, 2), (3, 2), (3, 3))
        }
    assert by_age == {(0, 0): [case_id], (0, 2): [], (3, 2): [case_id], (3, 3): []}

    assert client.post(f"{url}/approve", json={}, headers=operator).status_code == 200
    drain(erp_ctx)
    with erp_ctx.sessions() as session:
        cases = read_model(session).cases
    case = {c.case_id: c for c in cases}[case_id]
    assert case.touches == 2  # corrected, approved
    assert not case.straight_through
    assert case.decided_at is not None
    assert case.decided_at > case.opened_at
    assert case.resolved_at is not None

    figures = dashboard(cases, Filters(), utcnow() + timedelta(hours=1))
    assert figures.overridden == 1
    assert figures.straight_through == len(cases) - 1  # the sample's two cases went through
    assert figures.touches_per_case == 2 / len(cases)
    assert figures.sla_met == figures.sla_judged == len(cases)
    late = dashboard(cases, Filters(), utcnow() + timedelta(days=3))
    assert late.sla_met == len(cases)  # decided in time stays in time
