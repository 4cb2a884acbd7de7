"""The audit chain of case events: intact after work, and every kind of tampering found."""

import itertools
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.cases.audit import GENESIS, KEYRING, event_hash, record_event, verify_chain
from app.cases.audit_keys import Keyring
from app.cases.tables import AuditHead, CaseEvent
from app.context import Context
from app.db import JsonDoc, UtcDateTime, alembic_config, make_engine, transaction
from app.jobs.local import process_file
from app.jobs.worker import anchor_if_moved, drain
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
    drain(erp_ctx)  # the approved case's actions are carried out
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


def _rehash_from(ctx: Context, seq: int, *, strip_keys: bool = False) -> None:
    """What someone with write access to the database and no key can do: recompute every
    hash from seq on with the chain's published algorithm (the plain hash of 0007)."""
    with transaction(ctx.sessions) as session:
        events = session.scalars(sa.select(CaseEvent).order_by(CaseEvent.seq)).all()
        prev = events[seq - 2].hash if seq > 1 else GENESIS
        for event in events[seq - 1 :]:
            if strip_keys:
                event.key_id = None
            event.prev_hash = prev
            event.hash = event_hash(
                seq=event.seq,
                case_id=event.case_id,
                at=event.at,
                actor=event.actor,
                kind=event.kind,
                message=event.message,
                details=event.details,
                prev_hash=prev,
            )
            prev = event.hash
        session.execute(sa.update(AuditHead).values(hash=prev))


@pytest.mark.parametrize("strip_keys", [False, True], ids=["keys-kept", "keys-stripped"])
def test_an_edited_event_with_every_later_hash_recomputed_is_found(
    worked: int, erp_ctx: Context, cli_env: dict[str, str], strip_keys: bool
) -> None:
    """Tamper (a) of issue 16: without the key, the recomputed hashes cannot be seals."""
    _sql(erp_ctx, "UPDATE case_events SET message = 'nothing to see' WHERE seq = 2")
    _rehash_from(erp_ctx, 2, strip_keys=strip_keys)
    problem = "not sealed with a key" if strip_keys else "hash does not match its content"
    assert _verify(cli_env) == (1, f"event 2: {problem}")


def test_the_newest_event_deleted_and_the_head_rolled_back_is_found_by_the_checkpoint(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    """Tamper (b) of issue 16: the head outside the database still names the lost event."""
    anchored = intake(cli_env, "audit", "anchor")
    assert anchored.exit_code == 0
    assert anchored.stdout.startswith(f"checkpoint at event {worked}: ")
    assert _verify(cli_env) == (0, f"audit chain intact: {worked} events")
    with transaction(erp_ctx.sessions) as session:
        check = verify_chain(
            session=session, keys=erp_ctx.audit_keys, anchors=erp_ctx.settings.audit_anchors_path
        )
        assert (check.checkpoints, check.problem) == (1, None)
        before = session.scalar(sa.select(CaseEvent.hash).where(CaseEvent.seq == worked - 1))
    _sql(erp_ctx, f"DELETE FROM case_events WHERE seq = {worked}")
    _sql(erp_ctx, f"UPDATE audit_head SET seq = {worked - 1}, hash = '{before}'")
    assert _verify(cli_env) == (
        1,
        f"event {worked} of a checkpoint is gone: the chain ends at event {worked - 1}",
    )


def test_the_worker_checkpoints_the_head_when_it_moved(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    folder = erp_ctx.settings.audit_anchors_path
    assert anchor_if_moved(erp_ctx, last_seq=None) == worked
    assert anchor_if_moved(erp_ctx, last_seq=worked) == worked  # nothing new: no file
    assert len(list(folder.glob("checkpoint-*.json"))) == 1
    _process(erp_ctx, SAMPLE_REQUESTS / "02-riverbend-wrong-item.eml")
    moved = anchor_if_moved(erp_ctx, last_seq=worked)
    assert moved is not None
    assert moved > worked
    assert len(list(folder.glob("checkpoint-*.json"))) == 2
    assert _verify(cli_env) == (0, f"audit chain intact: {moved} events")


def test_a_forged_or_altered_checkpoint_is_refused(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    assert intake(cli_env, "audit", "anchor").exit_code == 0
    (checkpoint,) = erp_ctx.settings.audit_anchors_path.glob("checkpoint-*.json")
    checkpoint.write_text(checkpoint.read_text().replace(f'"seq":{worked}', f'"seq":{worked - 1}'))
    code, said = _verify(cli_env)
    assert code == 1
    assert said.endswith("its seal does not match")


def test_an_action_amount_times_ten_is_found(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    """Tamper (c) of issue 16: the case's money is chained; its rows must agree with it."""
    _sql(erp_ctx, "UPDATE case_actions SET amount = amount * 10 WHERE type = 'CREDIT_MEMO'")
    code, said = _verify(cli_env)
    assert code == 1
    assert said.endswith("its money or statuses differ from the chain")


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE case_actions SET status = 'POSTED' WHERE type = 'CREDIT_MEMO'",
        "UPDATE case_lines SET credit = credit * 10",
        "UPDATE cases SET credit_total = credit_total + 1",
        "UPDATE cases SET status = 'APPROVED'",
    ],
    ids=["action-status", "line-credit", "case-credit", "case-status"],
)
def test_other_changes_of_money_or_status_are_found(
    worked: int, erp_ctx: Context, cli_env: dict[str, str], change: str
) -> None:
    _sql(erp_ctx, change)
    code, said = _verify(cli_env)
    assert code == 1
    assert said.endswith("its money or statuses differ from the chain")


def test_a_rotated_key_seals_new_events_and_the_old_one_still_verifies(
    worked: int, erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    with transaction(erp_ctx.sessions) as session:
        (first,) = set(session.scalars(sa.select(CaseEvent.key_id)))
    rotated = intake(cli_env, "audit", "rotate-key")
    assert rotated.exit_code == 0
    _process(erp_ctx, SAMPLE_REQUESTS / "02-riverbend-wrong-item.eml")
    with transaction(erp_ctx.sessions) as session:
        keys = list(session.scalars(sa.select(CaseEvent.key_id).order_by(CaseEvent.seq)))
    second = keys[-1]
    assert first is not None
    assert second is not None
    assert second != first
    assert rotated.stdout.strip() == f"new events are sealed with key {second}"
    assert keys == [first] * worked + [second] * (len(keys) - worked)
    assert _verify(cli_env) == (0, f"audit chain intact: {len(keys)} events")
    # The key files live outside the database, readable by their owner only.
    folder = erp_ctx.settings.audit_keys_path
    assert stat.S_IMODE((folder / f"{first}.json").stat().st_mode) == 0o600
    (folder / f"{first}.json").unlink()
    assert _verify(cli_env) == (1, f"event 1: its key {first} is not in the key directory")


def test_a_reordered_chain_is_found(worked: int, erp_ctx: Context, cli_env: dict[str, str]) -> None:
    # Swap events 2 and 3: the links no longer follow.
    _sql(erp_ctx, "UPDATE case_events SET seq = -3 WHERE seq = 3")
    _sql(erp_ctx, "UPDATE case_events SET seq = 3 WHERE seq = 2")
    _sql(erp_ctx, "UPDATE case_events SET seq = 2 WHERE seq = -3")
    assert _verify(cli_env) == (1, "event 2: prev_hash does not follow event 1")


def test_two_writers_do_not_fork_the_chain(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    """Each transaction's first write is its event: the head is locked before it is read
    (SQLite begins a transaction only at a write, so a plain read there locks nothing)."""
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
        check = verify_chain(session=session, keys=erp_ctx.audit_keys)
        writes = session.scalars(sa.select(CaseEvent.actor).order_by(CaseEvent.seq)).all()
    assert check.intact, check.problem
    assert writes.count("w1") == writes.count("w2") == 30
    assert _verify(cli_env)[0] == 0


def test_the_migration_chains_existing_events(database_url: str, tmp_path: Path) -> None:
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
    # The events written before the keys are not re-sealed: they verify as they are.
    keys = Keyring(tmp_path / "keys")
    with Session(bind=engine, info={KEYRING: keys}) as session, session.begin():
        check = verify_chain(session=session, keys=keys)
        assert (check.events, check.problem, check.unsealed_cases) == (3, None, 1)
        record_event(session, case_id="case_1", actor="user:x", kind="note", message="after")
        session.flush()
        after = verify_chain(session=session, keys=keys)
        assert (after.events, after.problem) == (4, None)
    with Session(bind=engine) as session, session.begin():
        keyed = session.scalars(sa.select(CaseEvent).order_by(CaseEvent.seq)).all()
        assert [event.key_id is None for event in keyed] == [True, True, True, False]
        # An old event changed, and the old events' plain hashes recomputed: the first
        # keyed event sealed the old last hash, so the change is found.
        keyed[0].message = "changed"
        prev = GENESIS
        for event in keyed[:3]:
            event.prev_hash = prev
            event.hash = event_hash(
                seq=event.seq, case_id=event.case_id, at=event.at, actor=event.actor,
                kind=event.kind, message=event.message, details=event.details, prev_hash=prev,
            )  # fmt: skip
            prev = event.hash
        keyed[3].prev_hash = prev
        session.flush()
        assert verify_chain(session=session, keys=keys).problem == (
            "event 4: hash does not match its content"
        )
    engine.dispose()


def test_verify_reads_one_snapshot(worked: int, erp_ctx: Context) -> None:
    """A change committed while verify walks is not half seen: its transaction reads one
    snapshot (PostgreSQL: REPEATABLE READ; SQLite: begun before its first read, as the
    driver would begin it only at the first write)."""
    total = text("SELECT sum(credit_total) FROM cases")
    with transaction(erp_ctx.sessions) as session:
        assert verify_chain(session=session, keys=erp_ctx.audit_keys).intact
        before = session.scalar(total)
        _sql(erp_ctx, "UPDATE cases SET credit_total = credit_total + 1")  # committed apart
        assert session.scalar(total) == before
