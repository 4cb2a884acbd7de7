"""EDI X12 180 in: `intake process`, the drop folder and the API; 997s out."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.auth.keys import create_key
from app.cases.tables import CaseAction, Notice
from app.context import Context
from app.db import transaction
from app.erp.tables import ErpDocument
from app.requests.tables import InboundRequest
from app.server import create_app
from extractors.edi.edi180 import EdiReading
from extractors.edi.x12 import read_interchange
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLES
from tests.extractors.test_x12 import LINE, build_interchange

EDI = SAMPLES / "edi"


def _outbox(env: dict[str, str]) -> Path:
    return Path(env["INTAKE_DATA_DIR"]) / "edi" / "outbox"


def _acks(env: dict[str, str]) -> list[str]:
    return [p.read_text() for p in sorted(_outbox(env).glob("997-*.edi"))]


def _count(ctx: Context, table: type) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_a_180_opens_cases_for_the_partner_and_is_acknowledged(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    [line] = json_lines(
        intake(cli_env, "process", "--json", str(EDI / "01-keystone-damaged-elbows.edi"))
    )
    assert (line["channel"], line["extractor"], line["customer_id"], line["order_number"]) == (
        "edi",
        "edi",
        "C-1001",
        "SO-104233",
    )
    [case] = line["cases"]
    assert (case["type"], case["decision"], case["credit_total"]) == (
        "DAMAGED",
        "AUTO_APPROVED",
        "73.75",
    )
    assert line["lines"][0]["confidence"] == {"sku": 1.0, "quantity": 1.0, "reason": 1.0}
    [ack] = _acks(cli_env)
    interchange = read_interchange(ack.encode())
    assert (interchange.sender_id, interchange.receiver_id) == ("DISTRIBUTOR", "KEYSTONEMECH")
    assert "AK5*A" in ack


def test_the_same_interchange_twice_creates_nothing(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    path = str(EDI / "01-keystone-damaged-elbows.edi")
    [first] = json_lines(intake(cli_env, "process", "--json", path))
    requests = _count(erp_ctx, InboundRequest)
    [again] = json_lines(intake(cli_env, "process", "--json", path))
    assert (again["outcome"], again["duplicate_of"]) == ("DUPLICATE", first["request_id"])
    assert _count(erp_ctx, InboundRequest) == requests


def test_each_transaction_set_is_a_request_of_its_own(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    [line] = json_lines(intake(cli_env, "process", "--json", str(EDI / "03-summit-two-sets.edi")))
    assert len(line["request_ids"]) == 2
    assert [case["type"] for case in line["cases"]] == ["WRONG_ITEM", "NOT_NEEDED"]
    assert _count(erp_ctx, InboundRequest) == 2


def test_a_test_interchange_is_decided_but_changes_nothing(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    path = EDI / "04-keystone-test-newline-terminators.edi"
    [line] = json_lines(intake(cli_env, "process", "--json", str(path)))
    assert line["test"] is True
    assert line["cases"]
    assert all(a["status"] == "PROPOSED" for c in line["cases"] for a in c["actions"])
    assert (_count(erp_ctx, ErpDocument), _count(erp_ctx, Notice)) == (0, 0)


def test_a_broken_interchange_is_rejected_with_its_reason_and_a_997(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    result = intake(cli_env, "process", "--json", str(EDI / "05-keystone-bad-segment-count.edi"))
    assert result.exit_code == 1
    [line] = json_lines(result)
    assert "SE01 says 7 segments" in line["error"]
    [ack] = _acks(cli_env)
    assert "AK5*R" in ack
    assert _count(erp_ctx, InboundRequest) == 0


def test_other_transaction_sets_are_not_supported(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    result = intake(
        cli_env, "process", "--json", str(EDI / "public" / "x12_856_004060_x12types_1edisource.edi")
    )
    [line] = json_lines(result)
    assert "856 is not supported" in line["error"]
    assert result.exit_code == 1


def test_an_unknown_partner_is_an_unverified_sender(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    path = EDI / "06-unknown-partner-defective-filters.edi"
    [line] = json_lines(intake(cli_env, "process", "--json", str(path)))
    assert "SENDER_UNVERIFIED" in line["cases"][0]["reasons"]


def test_the_drop_folder_is_polled_by_the_worker(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    inbox = tmp_path / "edi-in"
    inbox.mkdir()
    for name in ("01-keystone-damaged-elbows.edi", "05-keystone-bad-segment-count.edi"):
        (inbox / name).write_bytes((EDI / name).read_bytes())
    env = {**cli_env, "INTAKE_EDI_INBOX": str(inbox)}
    assert intake(env, "worker", "--once").exit_code == 0
    assert [p.name for p in (inbox / "processed").iterdir()] == ["01-keystone-damaged-elbows.edi"]
    rejected = sorted(p.name for p in (inbox / "rejected").iterdir())
    assert rejected == [
        "05-keystone-bad-segment-count.edi",
        "05-keystone-bad-segment-count.edi.reason.txt",
    ]
    assert len(_acks(env)) == 2
    with transaction(erp_ctx.sessions) as session:
        request = session.scalars(select(InboundRequest)).one()
        assert request.outcome == "CASES_OPENED"
        assert session.scalar(select(func.count()).select_from(CaseAction)) == 4


def test_an_interchange_can_be_posted_to_the_api(erp_ctx: Context) -> None:
    with transaction(erp_ctx.sessions) as session:
        token = create_key(session=session, customer_id=None)
    data = (EDI / "03-summit-two-sets.edi").read_bytes()
    with TestClient(create_app(erp_ctx)) as client:
        response = client.post(
            "/api/v1/requests",
            files={"files": ("returns.edi", data, "application/octet-stream")},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 202
        assert len(response.json()["requests"]) == 2
        broken = client.post(
            "/api/v1/requests",
            files={
                "files": (
                    "bad.edi",
                    (EDI / "05-keystone-bad-segment-count.edi").read_bytes(),
                    "text/plain",
                )
            },
            headers={"Authorization": f"Bearer {token}"},
        )
        assert broken.status_code == 422
        assert "SE01" in broken.json()["error"]["message"]
    assert _count(erp_ctx, InboundRequest) == 2


def test_the_sets_of_an_interchange_are_read_once_however_many_they_are(
    erp_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.requests.edi as edi_requests
    from app.jobs.local import process_file

    reads: list[int] = []
    read_edi = edi_requests.read_edi

    def counted(data: bytes) -> EdiReading:
        reads.append(len(data))
        return read_edi(data)

    monkeypatch.setattr(edi_requests, "read_edi", counted)
    monkeypatch.setattr(edi_requests, "_READ_SETS", edi_requests._RecentSets(size=2))
    path = tmp_path / "three-sets.edi"
    sets = [[f"BGN*00*KM-{n}*20261107", *LINE] for n in range(3)]
    path.write_bytes(build_interchange(*sets).encode())
    line = process_file(erp_ctx, path, channel=None, customer=None, received_at=None)
    assert len(line["request_ids"]) == 3
    assert len(reads) == 2  # taken in, then the three sets' processing read it once
