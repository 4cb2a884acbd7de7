"""`intake process` as spec/cli.md describes it, on the sample data."""

import subprocess
import sys
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cases.tables import Case, CaseAction, Notice
from app.context import Context
from app.db import transaction
from app.erp.tables import ErpDocument
from app.jobs.local import process_file
from app.requests.tables import InboundRequest
from tests.app.helpers import intake, json_lines
from tests.conftest import ROOT, SAMPLE_REQUESTS, own_work

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
REQUIRED_KEYS = {
    "source", "channel", "request_id", "duplicate_of", "outcome", "customer_id",
    "order_number", "extractor", "lines", "cases",
}  # fmt: skip


def _counts(ctx: Context) -> tuple[int, int, int, int]:
    with transaction(ctx.sessions) as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (InboundRequest, Case, CaseAction, ErpDocument)
        )


def test_the_keystone_scenario_opens_a_damaged_and_a_short_case(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    result = intake(cli_env, "process", "--json", str(SCENARIO))
    assert result.exit_code == 0, result.stderr
    [line] = json_lines(result)
    assert line.keys() >= REQUIRED_KEYS
    assert (line["channel"], line["outcome"], line["duplicate_of"]) == (
        "email",
        "CASES_OPENED",
        None,
    )
    assert (line["customer_id"], line["order_number"], line["extractor"]) == (
        "C-1001", "SO-104233", "offline",
    )  # fmt: skip
    assert line["request_id"].startswith("req_")
    damaged, short = line["cases"]
    assert (damaged["type"], damaged["decision"], damaged["reasons"]) == (
        "DAMAGED",
        "AUTO_APPROVED",
        [],
    )
    assert damaged["credit_total"] == "1060.20"
    assert damaged["lines"] == [{"sku": "VLV-2210-BR", "quantity": 18, "credit": "1060.20"}]
    assert [(a["type"], a["status"]) for a in damaged["actions"]] == [
        ("RMA", "CREATED"),
        ("CREDIT_MEMO", "PROVISIONAL"),
        ("CARRIER_CLAIM", "CREATED"),
        ("CUSTOMER_NOTICE", "SENT"),
    ]
    assert damaged["actions"][0]["reference"].startswith("RMA-")
    assert damaged["actions"][1]["amount"] == "1060.20"
    assert (short["type"], short["decision"]) == ("SHORT", "AUTO_APPROVED")
    assert [(a["type"], a["status"]) for a in short["actions"]] == [
        ("RECOUNT_TASK", "OPEN"),
        ("CREDIT_MEMO", "PENDING_RECOUNT"),
        ("CUSTOMER_NOTICE", "SENT"),
    ]
    recount = short["actions"][0]
    assert recount["site"] == "DC-WEST"
    with transaction(erp_ctx.sessions) as session:
        opened = session.get(Case, short["case_id"])
        assert opened is not None
        assert datetime.fromisoformat(recount["due_at"]) == opened.created_at + timedelta(hours=48)
        assert opened.credit_total == Decimal(short["credit_total"])


def test_stdout_holds_exactly_one_json_object_per_file(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    command = [sys.executable, "-m", "app", "process", "--json", str(SCENARIO), str(empty)]
    done = subprocess.run(
        command,
        env=own_work({**cli_env, "PATH": "/usr/bin:/bin"}),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1  # the empty file could not be read
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 2
    import json

    first, second = (json.loads(line) for line in lines)
    assert first["outcome"] == "CASES_OPENED"
    assert second == {"source": str(empty), "error": "the file is empty"}


def test_the_same_file_twice_is_a_duplicate_that_creates_nothing(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    [first] = json_lines(intake(cli_env, "process", "--json", str(SCENARIO)))
    before = _counts(erp_ctx)
    again = intake(cli_env, "process", "--json", str(SCENARIO))
    assert again.exit_code == 0
    [second] = json_lines(again)
    assert _counts(erp_ctx) == before
    assert second["outcome"] == "DUPLICATE"
    assert second["duplicate_of"] == first["request_id"]
    assert [c["case_id"] for c in second["cases"]] == [c["case_id"] for c in first["cases"]]
    assert second["lines"] == first["lines"]


def test_an_email_without_an_order_reference_asks_for_it(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    mail = tmp_path / "no-order.eml"
    mail.write_text(
        "From: Dana Ruiz <ap@keystonemech.com>\nTo: returns@distributor.example\n"
        "Subject: damaged valves\nDate: Sat, 07 Nov 2026 09:42:17 -0500\n"
        "Message-ID: <no-order@keystonemech.com>\n\n"
        "Hi, 4 units of VLV-2210-BR arrived damaged. Please credit us.\n"
    )
    [line] = json_lines(intake(cli_env, "process", "--json", str(mail)))
    assert (line["outcome"], line["customer_id"], line["order_number"]) == (
        "CASES_OPENED",
        "C-1001",
        None,
    )
    [case] = line["cases"]
    assert case["decision"] == "NEEDS_INFO"
    assert case["reasons"][0] == "ORDER_NOT_FOUND"
    assert case["credit_total"] == "0.00"
    assert [(a["type"], a["status"]) for a in case["actions"]] == [("CUSTOMER_NOTICE", "SENT")]
    with transaction(erp_ctx.sessions) as session:
        notice = session.scalars(select(Notice)).one()
        assert notice.kind == "INFO_REQUEST"
        assert notice.to_address == "ap@keystonemech.com"
        assert notice.in_reply_to == "<no-order@keystonemech.com>"


def test_unreadable_files_get_an_error_line_and_the_rest_goes_on(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    binary = tmp_path / "a-photo.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    result = intake(
        cli_env, "process", "--json", str(binary), str(tmp_path / "b-missing.eml"), str(SCENARIO)
    )
    assert result.exit_code == 1
    first, second, third = json_lines(result)
    assert first["error"] == "a-photo.bin: files of type application/octet-stream are not read"
    assert first["request_id"].startswith("req_")
    assert second["error"].startswith("cannot read the file")
    assert third["outcome"] == "CASES_OPENED"
    with transaction(erp_ctx.sessions) as session:
        failed = session.get(InboundRequest, first["request_id"])
        assert failed is not None
        assert failed.status == "FAILED"
        assert erp_ctx.blobs.get(failed.blob_sha256) == binary.read_bytes()


def test_received_at_overrides_the_date_header(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    late = intake(cli_env, "process", "--json", "--received-at", "2026-11-30", str(SCENARIO))
    [line] = json_lines(late)
    damaged = line["cases"][0]
    assert damaged["decision"] == "NEEDS_REVIEW"
    assert "LATE_CLAIM" in damaged["reasons"]
    assert all(a["status"] == "PROPOSED" for a in damaged["actions"][:-1])
    assert damaged["actions"][-1] == {
        **damaged["actions"][-1],
        "type": "CUSTOMER_NOTICE",
        "status": "SENT",
    }


def test_bad_arguments_exit_with_status_2(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    assert intake(cli_env, "process", "--received-at", "soon", str(SCENARIO)).exit_code == 2
    assert intake(cli_env, "process", "--channel", "fax", str(SCENARIO)).exit_code == 2
    assert intake(cli_env, "process").exit_code == 2


def test_a_folder_is_processed_file_by_file_in_name_order(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "b.txt").write_text("Thanks for the quick delivery last week!")
    (folder / "a.eml").write_bytes(SCENARIO.read_bytes())
    lines = json_lines(intake(cli_env, "process", "--json", str(folder)))
    assert [Path(line["source"]).name for line in lines] == ["a.eml", "b.txt"]
    assert lines[1]["outcome"] == "NOT_A_CLAIM"
    assert lines[1]["cases"] == []


def test_a_case_whose_count_was_not_read_still_makes_a_later_claim_of_its_item_a_duplicate(
    erp_ctx: Context, tmp_path: Path
) -> None:
    def mail(name: str, body: str) -> Path:
        path = tmp_path / name
        path.write_text(
            "From: Dana Ruiz <ap@keystonemech.com>\nTo: returns@distributor.example\n"
            f"Subject: SO-104233 valves\nDate: Sat, 07 Nov 2026 09:42:17 -0500\n"
            f"Message-ID: <{name}@keystonemech.com>\n\n{body}\n"
        )
        return path

    first = process_file(
        erp_ctx,
        mail("first.eml", "Some of the VLV-2210-BR gate valves on SO-104233 came in crushed."),
        channel=None,
        customer=None,
        received_at=None,
    )
    [case] = first["cases"]
    assert case["lines"][0]["quantity"] is None  # no count read: the case waits for a person
    again = process_file(
        erp_ctx,
        mail("again.eml", "Resending: 3 x VLV-2210-BR on SO-104233 were crushed in transit."),
        channel=None,
        customer=None,
        received_at=None,
    )
    [duplicate] = again["cases"]
    assert duplicate["decision"] == "NEEDS_REVIEW"
    assert "DUPLICATE_REQUEST" in duplicate["reasons"]


def test_a_bug_of_the_built_in_reader_sends_the_request_to_a_person(
    erp_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise ValueError("zip() argument 2 is longer than argument 1")

    monkeypatch.setattr("app.extraction.service.extract", broken)
    line = process_file(erp_ctx, SCENARIO, channel=None, customer=None, received_at=None)
    # before, the request was retried until it FAILED, each attempt raising again
    assert "error" not in line
    assert (line["outcome"], line["cases"]) == ("NEEDS_REVIEW", [])
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, line["request_id"])
        assert request is not None
        assert request.status == "PROCESSED"
        assert request.claim.model_dump()["not_claim_reason"] == "reader_failed"
