"""Every decision can be replayed from its record and comes out the same."""

from sqlalchemy import select

from app.cases.replay import replay_case
from app.cases.tables import DecisionRecord
from app.context import Context
from app.db import transaction
from tests.app.helpers import intake
from tests.conftest import SAMPLE_REQUESTS


def test_every_sample_decision_replays_to_the_same_decision(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    intake(cli_env, "process", "--json", str(SAMPLE_REQUESTS))
    result = intake(cli_env, "cases", "replay")
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) > 20
    assert all(line.endswith(": same decision") for line in lines)


def test_a_tampered_record_replays_differently(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    intake(cli_env, "process", "--json", str(SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"))
    with transaction(erp_ctx.sessions) as session:
        record = session.scalars(select(DecisionRecord).order_by(DecisionRecord.id)).first()
        assert record is not None
        outputs = dict(record.outputs)
        outputs["credit_total"] = "9999.00"
        record.outputs = outputs
        case_id = record.case_id
    with transaction(erp_ctx.sessions) as session:
        assert replay_case(session=session, case_id=case_id).same is False
    assert intake(cli_env, "cases", "replay", case_id).exit_code == 1
