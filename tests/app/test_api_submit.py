"""POST /api/v1/requests: files and claim forms in, limits out, nothing taken twice."""

import json
from dataclasses import replace

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from app.requests.tables import InboundRequest
from app.server import create_app
from tests.app.helpers import api_key
from tests.extractors.test_sheets import workbook

CLAIM_TEXT = b"Order SO-104233: 18 units of VLV-2210-BR arrived damaged, crushed on the pallet.\n"
FORM = {
    "order_number": "SO-104233",
    "lines[0][sku]": "VLV-2210-BR",
    "lines[0][quantity]": "18",
    "lines[0][reason]": "damaged",
    "note": "pallet crushed",
}


def _requests(ctx: Context) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(InboundRequest)) or 0)


def test_a_claim_form_is_accepted_then_processed_by_the_worker(
    client: TestClient, erp_ctx: Context
) -> None:
    keystone = api_key(erp_ctx, "C-1001")
    response = client.post("/api/v1/requests", data=FORM, headers=keystone)
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "RECEIVED"
    assert body["url"] == f"/api/v1/requests/{body['request_id']}"
    assert client.get(body["url"], headers=keystone).json()["status"] == "RECEIVED"
    drain(erp_ctx)
    result = client.get(body["url"], headers=keystone).json()
    assert (result["extractor"], result["customer_id"], result["order_number"]) == (
        "form",
        "C-1001",
        "SO-104233",
    )
    assert result["lines"] == [
        {
            "sku": "VLV-2210-BR",
            "quantity": 18,
            "reason": "DAMAGED",
            "confidence": {"sku": 1.0, "quantity": 1.0, "reason": 1.0},
        }
    ]
    assert [case["type"] for case in result["cases"]] == ["DAMAGED"]


def test_lines_may_come_as_a_json_field(client: TestClient, erp_ctx: Context) -> None:
    lines = [{"sku": "VLV-2210-BR", "quantity": 2, "reason": "DEFECTIVE"}]
    data = {"order_number": "SO-104233", "lines": json.dumps(lines)}
    response = client.post("/api/v1/requests", data=data, headers=api_key(erp_ctx, "C-1001"))
    assert response.status_code == 202
    drain(erp_ctx)
    result = client.get(response.json()["url"], headers=api_key(erp_ctx, None)).json()
    assert [(line["sku"], line["quantity"], line["reason"]) for line in result["lines"]] == [
        ("VLV-2210-BR", 2, "DEFECTIVE")
    ]


def test_a_file_is_stored_byte_for_byte_and_read(client: TestClient, erp_ctx: Context) -> None:
    files = {"files": ("claim.txt", CLAIM_TEXT, "application/octet-stream")}
    response = client.post("/api/v1/requests", files=files, headers=api_key(erp_ctx, "C-1001"))
    assert response.status_code == 202
    drain(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, response.json()["request_id"])
        assert request is not None
        assert erp_ctx.blobs.get(request.blob_sha256) == CLAIM_TEXT
        assert (request.channel, request.account_id, request.outcome) == (
            "upload",
            "C-1001",
            "CASES_OPENED",
        )


def test_files_with_form_fields_are_one_request(client: TestClient, erp_ctx: Context) -> None:
    files = [
        ("files", ("a.txt", CLAIM_TEXT, "text/plain")),
        ("files", ("b.txt", b"photos to follow", "text/plain")),
    ]
    response = client.post(
        "/api/v1/requests", data=FORM, files=files, headers=api_key(erp_ctx, "C-1001")
    )
    assert response.status_code == 202
    drain(erp_ctx)
    result = client.get(response.json()["url"], headers=api_key(erp_ctx, "C-1001")).json()
    assert (result["channel"], result["extractor"]) == ("form", "form")
    assert _requests(erp_ctx) == 1


def test_the_same_upload_twice_is_taken_in_once(client: TestClient, erp_ctx: Context) -> None:
    key = api_key(erp_ctx, "C-1001")
    files = {"files": ("claim.txt", CLAIM_TEXT, "text/plain")}
    first = client.post("/api/v1/requests", files=files, headers=key).json()
    second = client.post("/api/v1/requests", files=files, headers=key).json()
    assert second["request_id"] == first["request_id"]
    assert (first["duplicate"], second["duplicate"]) == (False, True)
    assert _requests(erp_ctx) == 1


def test_an_idempotency_key_replays_the_first_answer_and_refuses_another_body(
    client: TestClient, erp_ctx: Context
) -> None:
    headers = {**api_key(erp_ctx, "C-1001"), "Idempotency-Key": "abc-1"}
    first = client.post("/api/v1/requests", data=FORM, headers=headers)
    again = client.post("/api/v1/requests", data=FORM, headers=headers)
    assert again.status_code == 202
    assert again.json()["request_id"] == first.json()["request_id"]
    other = client.post("/api/v1/requests", data={**FORM, "note": "changed"}, headers=headers)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    assert _requests(erp_ctx) == 1


def _multipart(boundary: str, fields: dict[str, str], files: list[tuple[str, bytes]]) -> bytes:
    """A multipart body as curl or httpx writes it, with the boundary the client chose."""
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        f"Content-Type: text/plain\r\n\r\n".encode()
        + data
        + b"\r\n"
        for name, data in files
    ]
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


def test_the_same_command_twice_with_a_new_boundary_answers_as_the_first_time(
    client: TestClient, erp_ctx: Context
) -> None:
    key = api_key(erp_ctx, "C-1001")
    answers = []
    for boundary in (
        "------------------------a1b2c3d4e5f6",
        "------------------------f6e5d4c3b2a1",
    ):
        body = _multipart(boundary, FORM, [("claim.txt", CLAIM_TEXT)])
        headers = {
            **key,
            "Idempotency-Key": "retry-1",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        }
        answers.append(client.post("/api/v1/requests", content=body, headers=headers))
    assert [answer.status_code for answer in answers] == [202, 202]
    assert answers[1].json()["request_id"] == answers[0].json()["request_id"]
    assert _requests(erp_ctx) == 1
    # Other content under the same key stays refused, as spec/api.md says: a file's bytes,
    # a file's name, a field.
    changes = [
        (FORM, [("claim.txt", CLAIM_TEXT + b"and more")]),
        (FORM, [("other.txt", CLAIM_TEXT)]),
        ({**FORM, "lines[0][quantity]": "19"}, [("claim.txt", CLAIM_TEXT)]),
    ]
    for fields, files in changes:
        boundary = "xyz-boundary"
        other = client.post(
            "/api/v1/requests",
            content=_multipart(boundary, fields, files),
            headers={
                **key,
                "Idempotency-Key": "retry-1",
                "Content-Type": f"multipart/form-data; boundary={boundary}",
            },
        )
        assert other.status_code == 422, other.text
        assert other.json()["error"]["code"] == "idempotency_key_reused"
    assert _requests(erp_ctx) == 1


def test_a_body_over_the_limit_is_refused_with_413(erp_ctx: Context) -> None:
    small = replace(
        erp_ctx, settings=erp_ctx.settings.model_copy(update={"max_request_bytes": 1000})
    )
    with TestClient(create_app(small)) as client:
        files = {"files": ("big.txt", b"x" * 5000, "text/plain")}
        response = client.post("/api/v1/requests", files=files, headers=api_key(small, "C-1001"))
    assert response.status_code == 413
    assert "limit of 1000 bytes" in response.json()["error"]["message"]
    assert _requests(erp_ctx) == 0


def test_a_file_type_is_decided_by_content_and_refused_with_415(
    client: TestClient, erp_ctx: Context
) -> None:
    program = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 4
    files = {"files": ("claim.pdf", program, "application/pdf")}
    response = client.post("/api/v1/requests", files=files, headers=api_key(erp_ctx, "C-1001"))
    assert response.status_code == 415
    assert "claim.pdf" in response.json()["error"]["message"]
    assert _requests(erp_ctx) == 0


def test_an_excel_sheet_is_accepted_and_its_rows_are_read(
    client: TestClient, erp_ctx: Context
) -> None:
    sheet = workbook(
        (
            "Claim",
            [
                ["Order", "SO-104233", None, None],
                ["SKU", "Description", "Qty", "Reason"],
                ["VLV-2210-BR", '2" bronze gate valve', 18, "Damaged - crushed on pallet"],
            ],
        )
    )
    files = {"files": ("claim.xlsx", sheet, "application/octet-stream")}
    keystone = api_key(erp_ctx, "C-1001")
    response = client.post("/api/v1/requests", files=files, headers=keystone)
    assert response.status_code == 202
    drain(erp_ctx)
    result = client.get(response.json()["url"], headers=keystone).json()
    assert result["order_number"] == "SO-104233"
    assert [(line["sku"], line["quantity"], line["reason"]) for line in result["lines"]] == [
        ("VLV-2210-BR", 18, "DAMAGED")
    ]


def test_submitting_needs_a_key_and_a_customer_key_submits_only_for_itself(
    client: TestClient, erp_ctx: Context
) -> None:
    assert client.post("/api/v1/requests", data=FORM).status_code == 401
    other = client.post(
        "/api/v1/requests",
        data={**FORM, "customer_id": "C-1002"},
        headers=api_key(erp_ctx, "C-1001"),
    )
    assert other.status_code == 403
    empty = client.post("/api/v1/requests", data={}, headers=api_key(erp_ctx, "C-1001"))
    assert empty.status_code == 422
