"""Hostile and careless callers of the API (issue 16): every answer in the JSON error
format with a documented status, numbers range-checked, limits that send to a person."""

import threading
import time
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

from fastapi import APIRouter
from fastapi.testclient import TestClient

from app.context import Context
from app.jobs.worker import drain
from app.server import create_app
from tests.app.helpers import api_key
from tests.conftest import SAMPLE_REQUESTS

KEYSTONE_ISA = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMECH   *ZZ*DISTRIBUTOR    "
    "*261107*0915*U*00401*000000101*0*P*>~"
)


def interchange(lines: int, quantity: str = "1") -> bytes:
    """A 180 of the sample partner with `lines` BLI loops on order SO-104233's PO."""
    body = [
        "GS*AN*KEYSTONEMECH*DISTRIBUTOR*20261107*0915*101*X*004010~",
        "ST*180*0001~",
        "BGN*00*KM-RTN-4471*20261107*0915~",
        "PRF*PO-77812~",
    ]
    for _ in range(lines):
        body += [f"BLI*VP*VLV-2210-BR*{quantity}*EA~", "RDR**DA**crushed~"]
    body += [f"SE*{len(body) - 1 + 1}*0001~", "GE*1*101~", "IEA*1*000000101~"]
    return "\n".join([KEYSTONE_ISA, *body]).encode()


def _post_file(client: TestClient, headers: dict[str, str], name: str, data: bytes) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/v1/requests", files={"files": (name, data)}, headers=headers)
    assert response.status_code in (202, 422), response.text
    return {"status": response.status_code, **response.json()}


def test_a_huge_offset_is_a_422_in_the_json_format(client: TestClient, erp_ctx: Context) -> None:
    operator = api_key(erp_ctx, None)
    response = client.get("/api/v1/cases?offset=9223372036854775808", headers=operator)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"].startswith("query.offset: ")
    assert client.get("/api/v1/cases?offset=10000000", headers=operator).status_code == 200


def test_a_405_names_the_allowed_methods_in_the_json_format(client: TestClient) -> None:
    response = client.delete("/api/v1/cases")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["error"]["code"] == "http_error"


def test_a_bug_answers_500_in_the_json_format_and_says_nothing_of_it(erp_ctx: Context) -> None:
    app = create_app(erp_ctx)
    broken = APIRouter()

    @broken.get("/api/v1/broken")
    def fail() -> None:
        raise RuntimeError("SELECT secret FROM somewhere")

    app.include_router(broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/v1/broken")
    assert response.status_code == 500
    assert response.json() == {
        "error": {"code": "internal_error", "message": "an internal error; it has been logged"}
    }


def test_the_document_names_the_error_answers_of_each_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    expected = {
        ("/api/v1/requests", "post"): {"401", "403", "404", "413", "415", "422"},
        ("/api/v1/requests/{request_id}", "get"): {"401", "403", "404"},
        ("/api/v1/cases", "get"): {"401", "403", "422"},
        ("/api/v1/cases/{case_id}", "get"): {"401", "403", "404"},
        ("/api/v1/cases/{case_id}/approve", "post"): {"401", "403", "404", "409", "422"},
        ("/api/v1/cases/{case_id}/reject", "post"): {"401", "403", "404", "409", "422"},
        ("/api/v1/cases/{case_id}/corrections", "post"): {"401", "403", "404", "409", "422"},
        ("/api/v1/channels", "get"): {"401", "403"},
    }
    for (path, method), statuses in expected.items():
        responses = paths[path][method]["responses"]
        assert statuses <= set(responses), (path, method, sorted(responses))
        error = responses["404" if "404" in statuses else "401"]
        schema = error["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorBody"}


def test_x12_without_an_isa_is_refused_not_read_as_text(
    client: TestClient, erp_ctx: Context
) -> None:
    headless = interchange(1).split(b"\n", 1)[1]  # from the GS on
    answer = _post_file(client, api_key(erp_ctx, "C-1001"), "claim.edi", headless)
    assert answer["status"] == 422
    assert answer["error"]["message"].startswith("no ISA segment")


def test_an_uploaded_eml_is_read_as_the_email_it_is(client: TestClient, erp_ctx: Context) -> None:
    keystone = api_key(erp_ctx, "C-1001")
    data = (SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml").read_bytes()
    answer = _post_file(client, keystone, "forwarded.eml", data)
    drain(erp_ctx)
    result = client.get(answer["url"], headers=keystone).json()
    assert result.get("outcome") == "CASES_OPENED", result
    assert {(line["sku"], line["quantity"]) for line in result["lines"]} == {
        ("VLV-2210-BR", 18),
        ("VLV-0750-PRV", 6),
    }


def test_an_eml_holding_a_forwarded_message_is_read(client: TestClient, erp_ctx: Context) -> None:
    outer = EmailMessage()
    outer["From"] = "ap@keystonemech.com"
    outer["Subject"] = "Fwd: damaged valves"
    outer.set_content("See the message below.")
    inner = (SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml").read_bytes()
    outer.add_attachment(message_from_bytes(inner, policy=default), filename="orig.eml")
    keystone = api_key(erp_ctx, "C-1001")
    answer = _post_file(client, keystone, "fwd.eml", outer.as_bytes())
    drain(erp_ctx)
    result = client.get(answer["url"], headers=keystone).json()
    assert result["outcome"] == "CASES_OPENED", result
    assert {line["sku"] for line in result["lines"]} == {"VLV-2210-BR", "VLV-0750-PRV"}


def test_a_quantity_of_a_trillion_goes_to_review_with_no_credit(
    client: TestClient, erp_ctx: Context
) -> None:
    keystone = api_key(erp_ctx, "C-1001")
    form = {
        "order_number": "SO-104233",
        "lines[0][sku]": "VLV-2210-BR",
        "lines[0][quantity]": "1000000000000",
        "lines[0][reason]": "damaged",
    }
    answer = client.post("/api/v1/requests", data=form, headers=keystone).json()
    drain(erp_ctx)
    result = client.get(answer["url"], headers=keystone).json()
    assert result.get("outcome") == "CASES_OPENED", result  # on PostgreSQL too: no overflow
    [case] = result["cases"]
    assert case["decision"] == "NEEDS_REVIEW"
    assert "QUANTITY_OUT_OF_RANGE" in case["reasons"]
    assert case["credit_total"] == "0.00"
    assert result["lines"][0]["quantity"] is None


def test_lines_past_the_limit_send_the_interchange_to_review_whole(
    erp_ctx: Context,
) -> None:
    limited = replace(erp_ctx, settings=erp_ctx.settings.model_copy(update={"max_claim_lines": 3}))
    with TestClient(create_app(limited)) as client:
        keystone = api_key(limited, "C-1001")
        answer = _post_file(client, keystone, "big.edi", interchange(4))
        drain(limited)
        url = answer["requests"][0]["url"]
        result = client.get(url, headers=keystone).json()
    [case] = result["cases"]
    assert (case["decision"], case["reasons"]) == ("NEEDS_REVIEW", ["TOO_MANY_LINES"])
    assert len(result["lines"]) == 4  # every line kept, none checked or priced
    assert case["credit_total"] == "0.00"


def test_health_answers_while_a_large_interchange_is_read(
    client: TestClient, erp_ctx: Context
) -> None:
    keystone = api_key(erp_ctx, "C-1001")
    big = interchange(20_000)  # about a second of parsing on a fast machine
    done = threading.Event()

    def post() -> None:
        client.post("/api/v1/requests", files={"files": ("big.edi", big)}, headers=keystone)
        done.set()

    poster = threading.Thread(target=post)
    poster.start()
    time.sleep(0.1)  # the upload is being read
    seen_while_busy = 0
    while not done.is_set():
        assert client.get("/health").status_code == 200
        seen_while_busy += 0 if done.is_set() else 1
        time.sleep(0.05)
    poster.join()
    # The parse ran beside the event loop: /health answered during it, not after it.
    assert seen_while_busy >= 2
