"""Managing webhook endpoints: the `intake webhooks` command and the API, for admins only."""

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.context import Context
from app.jobs.worker import drain
from app.server import create_app
from app.settings import Settings
from tests.app.helpers import api_key, intake, json_lines
from tests.events.receiver import receiver
from tests.events.test_webhooks import _take_in

SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


@pytest.fixture
def client(erp_ctx: Context) -> Iterator[TestClient]:
    with TestClient(create_app(erp_ctx)) as test_client:
        yield test_client


def test_the_command_adds_lists_tests_and_disables_an_endpoint(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    with receiver() as got:
        added = intake(cli_env, "webhooks", "add", got.url, "--event", "case.opened")
        assert added.exit_code == 0, added.output
        endpoint = json.loads(added.stdout)
        assert endpoint["id"].startswith("whe_")
        assert endpoint["secret"].startswith("whsec_")
        assert endpoint["event_types"] == ["case.opened"]
        assert endpoint["enabled"] is True
        got.secret = endpoint["secret"]

        tested = intake(cli_env, "webhooks", "test", endpoint["id"])
        assert json.loads(tested.stdout)["status_code"] == 204
        assert got.types() == ["webhook.test"]  # signed like every event: it verified

        [listed] = json_lines(intake(cli_env, "webhooks", "list"))
        assert listed["id"] == endpoint["id"]
        disabled = json.loads(intake(cli_env, "webhooks", "disable", endpoint["id"]).stdout)
        assert disabled["enabled"] is False
        _take_in(erp_ctx)
        drain(erp_ctx)
        assert got.types() == ["webhook.test"]  # nothing went to the disabled endpoint
        intake(cli_env, "webhooks", "enable", endpoint["id"])
        drain(erp_ctx)
        assert got.types() == ["webhook.test", "case.opened", "case.opened"]
        [log] = [
            json.loads(line)
            for line in intake(
                cli_env, "webhooks", "deliveries", endpoint["id"]
            ).stdout.splitlines()
        ]
        assert {d["status"] for d in log} == {"DELIVERED"}
        assert all(d["attempts"] == 1 and d["last_status_code"] == 204 for d in log)


def test_the_command_keeps_a_given_secret_and_refuses_bad_input(cli_env: dict[str, str]) -> None:
    given = intake(cli_env, "webhooks", "add", "https://erp.example/hooks", "--secret", SECRET)
    assert json.loads(given.stdout)["secret"] == SECRET
    for args in (
        ("ftp://erp.example/hooks",),
        ("https://erp.example/hooks", "--event", "case.exploded"),
        ("https://erp.example/hooks", "--secret", "hunter2"),
    ):
        refused = intake(cli_env, "webhooks", "add", *args)
        assert refused.exit_code == 1
        assert "Error:" in refused.output
    missing = intake(cli_env, "webhooks", "disable", "whe_nope")
    assert missing.exit_code == 1
    assert "no webhook endpoint whe_nope" in missing.output


def test_the_api_manages_endpoints_for_the_operator_only(
    client: TestClient, erp_ctx: Context
) -> None:
    operator = api_key(erp_ctx, None)
    customer = api_key(erp_ctx, "C-1001")
    body = {"url": "https://erp.example/hooks", "event_types": ["case.approved"]}
    assert client.post("/api/v1/webhooks", json=body, headers=customer).status_code == 403
    assert client.get("/api/v1/webhooks", headers=customer).status_code == 403
    assert client.get("/api/v1/webhooks").status_code == 401
    created = client.post("/api/v1/webhooks", json=body, headers=operator)
    assert created.status_code == 201
    endpoint = created.json()
    assert endpoint["secret"].startswith("whsec_")
    listed = client.get("/api/v1/webhooks", headers=operator).json()["items"]
    assert [e["id"] for e in listed] == [endpoint["id"]]
    off = client.post(f"/api/v1/webhooks/{endpoint['id']}/disable", headers=operator)
    assert off.json()["enabled"] is False
    bad = client.post("/api/v1/webhooks", json={"url": "not a url"}, headers=operator)
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "invalid_webhook_endpoint"
    assert client.get("/api/v1/webhooks/whe_nope/deliveries", headers=operator).status_code == 404


def test_the_api_shows_the_delivery_log_and_redelivers(
    client: TestClient, erp_ctx: Context
) -> None:
    operator = api_key(erp_ctx, None)
    with receiver() as got:
        endpoint = client.post("/api/v1/webhooks", json={"url": got.url}, headers=operator).json()
        got.secret = endpoint["secret"]
        _take_in(erp_ctx)
        drain(erp_ctx)
        log = client.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries", headers=operator)
        items = log.json()["items"]
        assert len(items) == len(got.accepted)
        assert all(i["status"] == "DELIVERED" and i["response_ms"] is not None for i in items)
        oldest = items[-1]
        again = client.post(
            f"/api/v1/webhooks/deliveries/{oldest['id']}/redeliver", headers=operator
        )
        assert again.status_code == 202
        assert again.json()["status"] == "PENDING"
        twice = client.post(
            f"/api/v1/webhooks/deliveries/{oldest['id']}/redeliver", headers=operator
        )
        assert twice.status_code == 409
        drain(erp_ctx)
        assert got.accepted[-1]["id"] == oldest["event_id"]


def test_settings_bound_the_webhook_timeout(settings: Settings) -> None:
    with pytest.raises(ValueError, match="webhook_timeout_seconds"):
        Settings(**{**settings.model_dump(), "webhook_timeout_seconds": 0})
