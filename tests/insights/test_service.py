"""The read model over a history taken in by the pipeline: claims placed on shipments,
the dashboard's figures, and `intake insights anomalies --json`."""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.context import Context
from app.insights.facts import read_model
from app.insights.figures import Filters, Subset
from app.insights.service import cases_behind, overview
from tests.app.helpers import intake
from tests.insights.history import load_small_history

NOW = datetime(2026, 10, 15, tzinfo=UTC)


@pytest.fixture
def history(ctx: Context, tmp_path: Path) -> list[dict[str, Any]]:
    return load_small_history(ctx, tmp_path)


def test_each_claim_is_placed_on_the_shipment_that_carried_it(
    ctx: Context, history: list[dict[str, Any]]
) -> None:
    assert len(history) == 3 + 3 + 3 + 3 + 3 + 13
    with ctx.sessions() as session:
        model = read_model(session)
    assert len(model.claims) == len(history)
    assert model.unknown_regions == 0  # ship_to is kept by the ERP copy
    lanes = {case.case_id: case.lanes for case in model.cases}
    assert set().union(*lanes.values()) == {"DC-EAST → PA", "DC-EAST → NJ"}
    assert all(len(lane) == 1 for lane in lanes.values())


def test_the_dashboard_counts_and_filters_the_cases(
    ctx: Context, history: list[dict[str, Any]]
) -> None:
    with ctx.sessions() as session:
        everything = overview(session=session, filters=Filters(), now=NOW)
        nj = overview(session=session, filters=Filters(lane="DC-EAST → NJ"), now=NOW)
        september = Filters(since=date(2026, 9, 1), carrier="XPO-LTL")
        behind = cases_behind(session=session, filters=september, subset=Subset.ALL, now=NOW)
    assert everything.cases == len(history)
    assert nj.cases == 3 + 3 + 13
    decided = sum(1 for r in history for c in r["cases"] if c["decision"] == "AUTO_APPROVED")
    assert everything.straight_through == decided
    assert everything.received_to_decided.count >= decided
    assert dict(
        everything.tables["carrier"] and [(r.key, r.cases) for r in everything.tables["carrier"]]
    ) == {
        "XPO-LTL": 19,
        "RL-CARRIERS": 9,
    }
    assert len(behind) == 13
    assert all(case.received_date >= date(2026, 9, 1) for case in behind)


def test_the_anomaly_command_prints_one_json_object_per_anomaly(
    ctx: Context, history: list[dict[str, Any]], cli_env: dict[str, str]
) -> None:
    result = intake(cli_env, "insights", "anomalies", "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    # The lane's damage, and the product line every claim here is of (valves) with it.
    assert {(a["segment"], a["metric"], a["test"], a["period"]) for a in lines} == {
        ("XPO-LTL DC-EAST → NJ", "damage_rate", "spike", "2026-09-01"),
        ("valves", "claim_rate", "spike", "2026-09-01"),
    }
    [anomaly] = [a for a in lines if a["metric"] == "damage_rate"]
    assert anomaly["observed"] == 13
    assert anomaly["exposure"] == 40
    assert 2 < anomaly["expected"] < 6
    assert anomaly["p_value"] < 1e-3
    assert len(anomaly["cases"]) == 13
    assert {"segment", "metric", "observed", "expected", "exposure", "p_value", "cases"} <= set(
        anomaly
    )
    later = intake(cli_env, "insights", "anomalies", "--json", "--since", "2026-10-01")
    assert later.stdout == ""
