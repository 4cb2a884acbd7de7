"""/metrics: the Prometheus text format, every name prefixed, readable by the operator only."""

import socket

import httpx
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from app.context import Context
from app.insights.live import serve_metrics
from app.jobs.local import process_file
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"


def _families(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    found: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found.setdefault(sample.name, []).append((sample.labels, sample.value))
    return found


def _value(found: dict[str, list[tuple[dict[str, str], float]]], name: str, **labels: str) -> float:
    return sum(v for got, v in found.get(name, []) if labels.items() <= got.items())


def test_metrics_need_an_operator_key(client: TestClient, erp_ctx: Context) -> None:
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers=api_key(erp_ctx, "C-1001")).status_code == 403
    assert client.get("/metrics", headers=api_key(erp_ctx, None)).status_code == 200


def test_metrics_count_requests_cases_and_http_under_intake_names(
    client: TestClient, erp_ctx: Context
) -> None:
    key = api_key(erp_ctx, None)
    before = _families(client.get("/metrics", headers=key).text)
    result = process_file(erp_ctx, SCENARIO, channel=None, customer=None, received_at=None)
    assert client.get("/health").status_code == 200
    response = client.get("/metrics", headers=key)
    assert response.headers["content-type"].startswith("text/plain")
    found = _families(response.text)

    assert all(name.startswith("intake_") for name in found), sorted(found)
    requests = "intake_requests_total"
    grown = _value(found, requests, channel="email", outcome="CASES_OPENED") - _value(
        before, requests, channel="email", outcome="CASES_OPENED"
    )
    assert grown == 1
    assert _value(found, "intake_processing_seconds_count", channel="email") >= 1
    assert _value(found, "intake_document_read_seconds_count", kind="email") >= 1
    opened = {case["type"] for case in result["cases"]}
    for type_ in opened:
        assert _value(found, "intake_cases_opened_total", type=type_) >= 1
        assert _value(found, "intake_cases", type=type_) >= 1
    waiting = sum(1 for case in result["cases"] if case["decision"] != "AUTO_APPROVED")
    assert _value(found, "intake_queue_depth") == waiting
    assert _value(found, "intake_http_requests_total", handler="/health") >= 1


def test_labels_never_carry_what_a_caller_typed(client: TestClient, erp_ctx: Context) -> None:
    client.get("/api/v1/cases/case_secret-customer-text", headers=api_key(erp_ctx, None))
    client.get("/no/such/path/acme-corp-invoice")
    text = client.get("/metrics", headers=api_key(erp_ctx, None)).text
    assert "secret-customer-text" not in text
    assert "acme-corp" not in text
    assert 'handler="/api/v1/cases/{case_id}"' in text


def test_the_metrics_port_serves_without_a_key(erp_ctx: Context) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve_metrics(host="127.0.0.1", port=port, sessions=erp_ctx.sessions)
    response = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
    assert response.status_code == 200
    assert "intake_queue_depth" in response.text


def test_a_worker_serves_its_own_counters_and_no_database_figures() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve_metrics(host="127.0.0.1", port=port, sessions=None)
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    assert "# TYPE intake_requests_total counter" in text
    assert "# TYPE intake_llm_calls_total counter" in text
    assert "intake_queue_depth" not in text  # the serve process reports the cases, once
