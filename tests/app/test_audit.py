"""The audit chain of case events: intact after work, and every kind of tampering found."""

import itertools
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.cases.audit import GENESIS, content_hash, record_event, verify_chain
from app.cases.tables import CaseEvent
from app.context import Context
from app.db import JsonDoc, UtcDateTime, alembic_config, make_engine, transaction
from app.jobs.local import process_file
from tests.app.helpers import intake, signed_in_staff
from tests.conftest import SAMPLE_REQUESTS

SAMPLES = ["01-keystone-damaged-and-short.eml", "03-riverbend-damaged-tees-late.eml"]
OVER_LIMIT = SAMPLE_REQUESTS / "12-harbor-water-heaters-over-limit.eml"


def _process(ctx: Context, path: Path) -> str:
    line = process_file(ctx, path, channel=None, customer=None, received_at=None)
    return str(line["cases"][0]["case_id"])


@pytest.fixture
def worked(client: TestClient, erp_ctx: Context) -> int:
    """A few sample requests processed and one case approved; the number of events."""
    for name in SAMPLES:
        _process(erp_ctx, SAMPLE_REQUESTS / name)
    case_id = _process(erp_ctx, OVER_LIMIT)
    finance = signed_in_staff(client, erp_ctx, "finance@distributor.example", "finance")
    approved = client.post(f"/api/v1/cases/{case_id}/approve", json={}, headers=finance)
    assert approved.status_code == 200
    with transaction(erp_ctx.sessions) as session:
        return len(session.scalars(sa.select(CaseEvent.id)).all())


def _verify(cli_env: dict[str, str]) -> tuple[int, str]:
    result = intake(cli_env, "audit", "verify")
    return result.exit_code, result.stdout.strip()


def _sql(ctx: Context, statement: str) -> None:
    with ctx.engine.begin() as connection:
        connection.execute(text(statement))


def test_the_chain_is_intact_after_processing_and_approving(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    assert worked >= 5
    assert _verify(cli_env) == (0, f"audit chain intact: {worked} events")
    with transaction(erp_ctx.sessions) as session:
        events = session.scalars(sa.select(CaseEvent).order_by(CaseEvent.seq)).all()
    assert [e.seq for e in events] == list(range(1, worked + 1))
    assert events[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))


def test_a_changed_message_is_found(worked: int, erp_ctx: Context, cli_env: dict[str, str]) -> None:
    _sql(erp_ctx, "UPDATE case_events SET message = 'nothing to see' WHERE seq = 2")
    assert _verify(cli_env) == (1, "event 2: hash does not match its content")


def test_a_deleted_event_is_found(worked: int, erp_ctx: Context, cli_env: dict[str, str]) -> None:
    _sql(erp_ctx, "DELETE FROM case_events WHERE seq = 3")
    assert _verify(cli_env) == (1, "a gap after event 2")


def test_a_deleted_newest_event_is_found(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    _sql(erp_ctx, f"DELETE FROM case_events WHERE seq = {worked}")
    assert _verify(cli_env) == (1, f"a gap after event {worked - 1}")


def test_a_reordered_chain_is_found(worked: int, erp_ctx: Context, cli_env: dict[str, str]) -> None:
    # Swap events 2 and 3 and rehash each over its new seq: the links no longer follow.
    _sql(erp_ctx, "UPDATE case_events SET seq = -3 WHERE seq = 3")
    _sql(erp_ctx, "UPDATE case_events SET seq = 3 WHERE seq = 2")
    _sql(erp_ctx, "UPDATE case_events SET seq = 2 WHERE seq = -3")
    with transaction(erp_ctx.sessions) as session:
        for event in session.scalars(sa.select(CaseEvent).where(CaseEvent.seq.in_([2, 3]))):
            event.hash = content_hash(event)
    assert _verify(cli_env) == (1, "event 2: prev_hash does not follow event 1")


def test_two_writers_on_postgresql_do_not_fork_the_chain(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    if erp_ctx.engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite has one writer")
    case_id = _process(erp_ctx, SAMPLE_REQUESTS / SAMPLES[0])
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            start.wait()
            for n in range(15):
                with transaction(erp_ctx.sessions) as session:
                    record_event(session, case_id=case_id, actor=name, kind="note", message=str(n))
                    record_event(session, case_id=case_id, actor=name, kind="note", message="+")
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"w{n}",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with transaction(erp_ctx.sessions) as session:
        check = verify_chain(session=session)
        writes = session.scalars(sa.select(CaseEvent.actor).order_by(CaseEvent.seq)).all()
    assert check.intact, check.problem
    assert writes.count("w1") == writes.count("w2") == 30
    assert _verify(cli_env)[0] == 0


def test_the_migration_chains_existing_events(database_url: str) -> None:
    engine = make_engine(database_url)
    config = alembic_config(database_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
    now = datetime(2026, 11, 1, 9, 30, 15, 123456, tzinfo=UTC)
    requests = sa.table(
        "requests",
        *(sa.column(c) for c in ("id", "channel", "dedupe_key", "blob_sha256", "content_type")),
        *(sa.column(c) for c in ("status",)),
        sa.column("received_at", UtcDateTime()),
        sa.column("received_date", sa.Date()),
        sa.column("size", sa.Integer()),
        sa.column("created_at", UtcDateTime()),
        sa.column("meta", JsonDoc),
        sa.column("claim", JsonDoc),
    )
    cases = sa.table(
        "cases",
        *(sa.column(c) for c in ("id", "request_id", "type", "decision", "status", "currency")),
        sa.column("reasons", JsonDoc),
        sa.column("credit_total", sa.Numeric(14, 2)),
        sa.column("created_at", UtcDateTime()),
        sa.column("updated_at", UtcDateTime()),
    )
    events = sa.table(
        "case_events",
        *(sa.column(c) for c in ("case_id", "actor", "kind", "message")),
        sa.column("at", UtcDateTime()),
        sa.column("details", JsonDoc),
    )
    with engine.begin() as connection:
        connection.execute(
            sa.insert(requests).values(
                id="req_1", channel="email", dedupe_key="d1", blob_sha256="0" * 64,
                content_type="message/rfc822", status="PROCESSED", received_at=now,
                created_at=now, meta={}, claim={}, received_date=now.date(), size=1,
            )
        )  # fmt: skip
        connection.execute(
            sa.insert(cases).values(
                id="case_1", request_id="req_1", type="DAMAGED", decision="NEEDS_REVIEW",
                status="IN_REVIEW", currency="USD", reasons=[], credit_total=10,
                created_at=now, updated_at=now,
            )
        )  # fmt: skip
        for n in range(3):
            connection.execute(
                sa.insert(events).values(
                    case_id="case_1", actor="system", kind="opened", message=f"m{n}",
                    at=now, details={"b": [1, 2], "a": "x"},
                )
            )  # fmt: skip
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with Session(bind=engine) as session, session.begin():
        check = verify_chain(session=session)
        assert (check.events, check.problem) == (3, None)
        record_event(session, case_id="case_1", actor="user:x", kind="note", message="after")
        session.flush()
        after = verify_chain(session=session)
        assert (after.events, after.problem) == (4, None)
    engine.dispose()
