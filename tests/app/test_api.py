"""The read side of the HTTP API (spec/api.md) with API keys."""

import pytest
from fastapi.testclient import TestClient

from app.context import Context
from tests.app.helpers import api_key, intake, json_lines
from tests.conftest import SAMPLE_REQUESTS

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"


@pytest.fixture
def processed(erp_ctx: Context, cli_env: dict[str, str]) -> dict[str, object]:
    [line] = json_lines(intake(cli_env, "process", "--json", str(SCENARIO)))
    return line


def test_health_answers_with_the_database(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_without_a_valid_key_the_api_answers_401(
    client: TestClient, processed: dict[str, object]
) -> None:
    assert client.get(f"/api/v1/requests/{processed['request_id']}").status_code == 401
    wrong = client.get("/api/v1/cases", headers={"Authorization": "Bearer rk_nope"})
    assert wrong.status_code == 401
    assert wrong.json()["error"]["code"] == "unauthorized"


def test_a_request_reads_as_one_line_of_the_cli_output(
    client: TestClient, erp_ctx: Context, processed: dict[str, object]
) -> None:
    response = client.get(
        f"/api/v1/requests/{processed['request_id']}", headers=api_key(erp_ctx, None)
    )
    assert response.status_code == 200
    body = response.json()
    assert {k: body[k] for k in ("request_id", "outcome", "cases", "lines")} == {
        k: processed[k] for k in ("request_id", "outcome", "cases", "lines")
    }


def test_a_case_shows_fields_evidence_rule_results_actions_and_timeline(
    client: TestClient, erp_ctx: Context, processed: dict[str, object]
) -> None:
    case_id = processed["cases"][0]["case_id"]  # type: ignore[index]
    body = client.get(f"/api/v1/cases/{case_id}", headers=api_key(erp_ctx, "C-1001")).json()
    assert body["type"] == "DAMAGED"
    assert body["order_number"] == "SO-104233"
    [field] = body["fields"]
    assert field["sku"] == "VLV-2210-BR"
    evidence = field["evidence"]["sku"]
    assert evidence["quote"] == "VLV-2210-BR"
    assert evidence["end"] - evidence["start"] == len("VLV-2210-BR")
    assert body["policy_version"]
    kinds = [event["kind"] for event in body["timeline"]]
    assert kinds[0] == "opened"
    assert "action" in kinds


def test_a_customer_key_sees_only_its_own_cases(
    client: TestClient, erp_ctx: Context, processed: dict[str, object]
) -> None:
    case_id = processed["cases"][0]["case_id"]  # type: ignore[index]
    other = api_key(erp_ctx, "C-1002")
    assert client.get(f"/api/v1/cases/{case_id}", headers=other).status_code == 404
    assert (
        client.get(f"/api/v1/requests/{processed['request_id']}", headers=other).status_code == 404
    )
    assert client.get("/api/v1/cases", headers=other).json()["items"] == []
    assert client.get("/api/v1/cases?customer_id=C-1001", headers=other).status_code == 403
    own = client.get("/api/v1/cases", headers=api_key(erp_ctx, "C-1001")).json()["items"]
    assert {c["case_id"] for c in own} == {c["case_id"] for c in processed["cases"]}  # type: ignore[attr-defined]


def test_cases_filter_by_decision_and_type(
    client: TestClient, erp_ctx: Context, processed: dict[str, object]
) -> None:
    operator = api_key(erp_ctx, None)
    short = client.get("/api/v1/cases?type=SHORT", headers=operator).json()["items"]
    assert [c["type"] for c in short] == ["SHORT"]
    assert client.get("/api/v1/cases?decision=REJECTED", headers=operator).json()["items"] == []


def test_an_unknown_case_is_a_json_404(client: TestClient, erp_ctx: Context) -> None:
    response = client.get("/api/v1/cases/case_nope", headers=api_key(erp_ctx, None))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
