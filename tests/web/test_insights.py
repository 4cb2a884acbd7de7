"""/insights with a test client: staff only, filters, the cases behind a figure, CSV."""

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.context import Context
from tests.insights.history import load_small_history
from tests.web.helpers import add_user, sign_in


@pytest.fixture
def staff(client: TestClient, erp_ctx: Context, tmp_path: Path) -> TestClient:
    load_small_history(erp_ctx, tmp_path)
    add_user(erp_ctx, "lead@distributor.example", role="reviewer")
    assert sign_in(client, "lead@distributor.example").status_code == 303
    return client


def test_insights_are_for_staff_only(client: TestClient, erp_ctx: Context) -> None:
    answer = client.get("/insights", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/login")
    add_user(erp_ctx, "tmorales@keystonemech.com")
    sign_in(client, "tmorales@keystonemech.com")
    assert client.get("/insights").status_code == 403
    assert client.get("/insights/carrier.csv").status_code == 403
    assert client.get("/insights/cases").status_code == 403


def test_the_dashboard_shows_the_figures_and_the_anomaly(staff: TestClient) -> None:
    page = staff.get("/insights")
    assert page.status_code == 200
    assert "Straight through" in page.text
    assert "XPO-LTL DC-EAST → NJ" in page.text  # the anomaly's row
    assert "<svg" in page.text
    assert "/insights/cases?subset=straight_through" in page.text
    narrowed = staff.get("/insights", params={"carrier": "RL-CARRIERS"})
    assert (
        'id="fig-cases"><a href="/insights/cases?carrier=RL-CARRIERS&amp;subset=all">9</a>'
        in narrowed.text
    )


def test_a_figure_links_to_the_cases_behind_it(staff: TestClient) -> None:
    page = staff.get("/insights/cases", params={"lane": "DC-EAST → NJ", "since": "2026-09-01"})
    assert page.status_code == 200
    assert page.text.count('href="/review/cases/case_') == 13
    assert 'href="/insights/cases.csv?lane=' in page.text


def test_every_table_exports_as_csv(staff: TestClient) -> None:
    answer = staff.get("/insights/carrier.csv")
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0] == ["carrier", "cases", "straight_through_pct", "credit_proposed", "recovery"]
    assert {row[0]: row[1] for row in rows[1:]} == {"XPO-LTL": "19", "RL-CARRIERS": "9"}
    anomalies = list(csv.DictReader(io.StringIO(staff.get("/insights/anomalies.csv").text)))
    assert "XPO-LTL DC-EAST → NJ" in {row["segment"] for row in anomalies}
    assert staff.get("/insights/weeks.csv").status_code == 200
    behind = staff.get(
        "/insights/cases.csv", params={"lane": "DC-EAST → NJ", "since": "2026-09-01"}
    )
    cases = list(csv.DictReader(io.StringIO(behind.text)))
    assert len(cases) == 13
    assert {row["lanes"] for row in cases} == {"DC-EAST → NJ"}
    assert staff.get("/insights/nothing.csv").status_code == 404


def test_a_bad_date_is_a_clear_400(staff: TestClient) -> None:
    assert staff.get("/insights", params={"since": "yesterday"}).status_code == 400
