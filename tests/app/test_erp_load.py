import json
from pathlib import Path

from sqlalchemy import func, select

from app.context import Context
from app.db import transaction
from app.erp.tables import ErpOrder
from tests.app.helpers import intake
from tests.conftest import SAMPLE_ERP


def _orders(ctx: Context) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(ErpOrder)) or 0)


def test_load_prints_one_line_with_the_counts(ctx: Context, cli_env: dict[str, str]) -> None:
    document = json.loads(SAMPLE_ERP.read_text())
    result = intake(cli_env, "erp", "load", str(SAMPLE_ERP))
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    for kind in ("customers", "items", "orders", "shipments", "invoices", "returns"):
        assert f"{len(document.get(kind, []))} {kind}" in lines[0]
    assert _orders(ctx) == len(document["orders"])


def test_loading_the_same_file_twice_changes_nothing(ctx: Context, cli_env: dict[str, str]) -> None:
    intake(cli_env, "erp", "load", str(SAMPLE_ERP))
    again = intake(cli_env, "erp", "load", str(SAMPLE_ERP))
    assert "(0 new, 0 changed," in again.stdout


def test_a_changed_record_is_updated(ctx: Context, cli_env: dict[str, str], tmp_path: Path) -> None:
    intake(cli_env, "erp", "load", str(SAMPLE_ERP))
    document = json.loads(SAMPLE_ERP.read_text())
    document["items"][0]["description"] = "renamed"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(document))
    result = intake(cli_env, "erp", "load", str(changed))
    assert "(0 new, 1 changed," in result.stdout


def test_a_malformed_file_is_refused_whole_with_the_path_of_each_problem(
    ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    document = json.loads(SAMPLE_ERP.read_text())
    document["orders"][3]["lines"][0]["sku"] = "NO-SUCH-SKU"
    document["shipments"][0]["ship_date"] = "yesterday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    result = intake(cli_env, "erp", "load", str(bad))
    assert result.exit_code == 1
    assert "orders[3].lines[0].sku: unknown item" in result.stderr
    assert "shipments[0].ship_date" in result.stderr
    assert "Traceback" not in result.stderr
    assert _orders(ctx) == 0


def test_a_file_that_is_not_json_is_refused(
    ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = intake(cli_env, "erp", "load", str(bad))
    assert result.exit_code == 1
    assert "not valid JSON" in result.stderr


def test_a_missing_file_is_a_clear_error(
    ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    result = intake(cli_env, "erp", "load", str(tmp_path / "nope.json"))
    assert result.exit_code == 1
    assert "cannot read" in result.stderr
