"""Each request's stage times (read, OCR, extract, identify, decide, act) are recorded: one
`pipeline.stages` event per request and per case's actions, and a histogram (issue 15)."""

import json
from typing import Any

from app import metrics
from app.context import Context
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLE_REQUESTS, SAMPLES

RECEIVED = "2026-11-07"


def _stage_events(stderr: str) -> list[dict[str, Any]]:
    events = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    return [event for event in events if event["event"] == "pipeline.stages"]


def _observed(stage: str) -> float:
    value = metrics.REGISTRY.get_sample_value("intake_stage_seconds_count", {"stage": stage})
    return value or 0.0


def test_a_plain_email_records_its_stages_and_its_actions(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    before = {stage: _observed(stage) for stage in ("read", "extract", "lock", "decide", "act")}
    env = {**cli_env, "INTAKE_LOG_LEVEL": "INFO", "INTAKE_LOG_FORMAT": "json"}
    path = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
    result = intake(env, "process", "--json", "--received-at", RECEIVED, str(path))
    [line] = json_lines(result)
    request, *acts = _stage_events(result.stderr)
    assert request["request_id"] == line["request_id"]
    assert (request["channel"], request["outcome"]) == ("email", "CASES_OPENED")
    stages = {key for key in request if key.endswith("_ms")} - {"cpu_ms"}
    assert stages == {"total_ms", "read_ms", "extract_ms", "lock_ms", "identify_ms", "decide_ms"}
    parts = sum(request[key] for key in stages - {"total_ms"})
    assert 0 < parts <= request["total_ms"]
    assert 0 < request["cpu_ms"] <= request["total_ms"]  # the thread's CPU time, in the wall
    assert sorted(act["case_id"] for act in acts) == sorted(c["case_id"] for c in line["cases"])
    assert all(act["act_ms"] > 0 and act["actions"] > 0 for act in acts)
    assert {stage: _observed(stage) - before[stage] for stage in before} == {
        "read": 1,
        "extract": 1,
        "lock": 1,
        "decide": 1,
        "act": len(acts),
    }


def test_a_scanned_page_records_its_ocr_time_within_the_reading(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    env = {**cli_env, "INTAKE_LOG_LEVEL": "INFO", "INTAKE_LOG_FORMAT": "json"}
    path = SAMPLES / "documents" / "packing-slip-scan.pdf"
    args = ("process", "--json", "--customer", "C-1001", "--received-at", RECEIVED)
    result = intake(env, *args, str(path))
    [request] = [e for e in _stage_events(result.stderr) if "request_id" in e]
    assert request["ocr_pages"] == 1
    assert 0 < request["ocr_ms"] <= request["read_ms"]  # one page: read in the reading
