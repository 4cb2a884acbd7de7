"""The shared mailbox against a real Dovecot on loopback."""

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.auth.keys import create_key
from app.cases.tables import Case
from app.channels.mailbox import Mailbox, connect, poll, take
from app.channels.tables import ChannelHealth, MailLedger, MailState
from app.context import Context
from app.db import transaction
from app.requests.tables import InboundRequest
from app.server import create_app
from tests.app.helpers import intake, json_lines
from tests.channels.dovecot import PASSWORD, USER, Dovecot, running_dovecot
from tests.conftest import SAMPLE_REQUESTS

EMAILS = sorted(SAMPLE_REQUESTS.glob("*.eml"))


@pytest.fixture
def server_root() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="intake-dovecot-"))  # dovecot's users must reach it
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot(server_root: Path) -> Iterator[Dovecot]:
    with running_dovecot(server_root) as server:
        yield server


def mailbox_for(server: Dovecot, password: str = PASSWORD) -> Mailbox:
    return Mailbox(
        host="127.0.0.1",
        port=server.port,
        user=USER,
        password=password,
        oauth2_token=None,
        security="none",
        folder="INBOX",
        processed_folder="Processed",
        failed_folder="Failed",
        timeout=10,
    )


def _count(ctx: Context, table: type) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _case_summaries(ctx: Context) -> list[tuple[str, str, str, str]]:
    with transaction(ctx.sessions) as session:
        cases = session.scalars(select(Case)).all()
        return sorted(
            (c.order_number or "", c.type, c.decision, f"{c.credit_total:.2f}") for c in cases
        )


def test_worker_once_opens_the_same_cases_as_process_and_moves_every_message(
    erp_ctx: Context, cli_env: dict[str, str], dovecot: Dovecot, tmp_path: Path
) -> None:
    for path in EMAILS:
        dovecot.append(path.read_bytes())
    env = {
        **cli_env,
        "INTAKE_IMAP_HOST": "127.0.0.1",
        "INTAKE_IMAP_PORT": str(dovecot.port),
        "INTAKE_IMAP_USER": USER,
        "INTAKE_IMAP_PASSWORD": PASSWORD,
        "INTAKE_IMAP_SECURITY": "none",
    }
    assert intake(env, "worker", "--once").exit_code == 0
    assert (dovecot.count("INBOX"), dovecot.count("Processed")) == (0, len(EMAILS))
    polled = _case_summaries(erp_ctx)

    # The same files through `intake process` into another fresh database.
    other = {**cli_env, "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'other.sqlite3'}",
             "INTAKE_DATA_DIR": str(tmp_path / "other")}  # fmt: skip
    assert (
        intake(
            other, "erp", "load", str(SAMPLE_REQUESTS.parent / "erp" / "sample-erp.json")
        ).exit_code
        == 0
    )
    lines = json_lines(intake(other, "process", "--json", *map(str, EMAILS)))
    processed = sorted(
        (line["order_number"] or "", case["type"], case["decision"], case["credit_total"])
        for line in lines
        for case in line["cases"]
    )
    assert polled == processed

    requests_before = _count(erp_ctx, InboundRequest)
    assert intake(env, "worker", "--once").exit_code == 0  # a second run changes nothing
    assert _count(erp_ctx, InboundRequest) == requests_before
    assert _case_summaries(erp_ctx) == polled


def test_messages_stay_unseen_and_a_second_poll_takes_nothing(
    ctx: Context, dovecot: Dovecot
) -> None:
    dovecot.append(EMAILS[0].read_bytes())
    first = poll(ctx, mailbox_for(dovecot))
    second = poll(ctx, mailbox_for(dovecot))
    assert (first.taken, first.moved, second.taken, second.moved) == (1, 1, 0, 0)
    client = dovecot.client()
    client.select('"Processed"', readonly=True)
    _, flags = client.fetch("1", "(FLAGS)")
    client.logout()
    assert b"\\Seen" not in flags[0]


def test_a_crash_between_commit_and_move_doubles_nothing(ctx: Context, dovecot: Dovecot) -> None:
    dovecot.append(EMAILS[0].read_bytes())
    mailbox = mailbox_for(dovecot)
    with connect(mailbox) as box:  # the first worker commits, then dies before moving
        uidvalidity = box.folder.status("INBOX", ["UIDVALIDITY"])["UIDVALIDITY"]
        [uid] = box.uids("ALL")
        from app.channels.mailbox import PollReport

        assert (
            take(ctx, box, mailbox, uidvalidity=uidvalidity, uid=int(uid), report=PollReport())
            == MailState.TAKEN
        )
    assert dovecot.count("INBOX") == 1
    report = poll(ctx, mailbox)  # the restarted worker
    assert (report.taken, report.duplicates, report.moved) == (0, 0, 1)
    assert (dovecot.count("INBOX"), dovecot.count("Processed")) == (0, 1)
    assert _count(ctx, InboundRequest) == 1


def test_a_uidvalidity_change_takes_nothing_twice(ctx: Context, server_root: Path) -> None:
    with running_dovecot(server_root) as server:
        server.append(EMAILS[0].read_bytes())
        mailbox = mailbox_for(server)
        with connect(mailbox) as box:  # taken in, not moved (a crash), then the server resets
            uidvalidity = box.folder.status("INBOX", ["UIDVALIDITY"])["UIDVALIDITY"]
            from app.channels.mailbox import PollReport

            take(
                ctx,
                box,
                mailbox,
                uidvalidity=uidvalidity,
                uid=int(box.uids("ALL")[0]),
                report=PollReport(),
            )
    for state in [*server_root.rglob("dovecot-uidlist"), *server_root.rglob("dovecot.index*")]:
        state.unlink()  # without its UID list and index, Dovecot gives the folder a new UIDVALIDITY
    import time

    time.sleep(1.1)  # UIDVALIDITY is a timestamp: make sure the new one differs
    with running_dovecot(server_root) as server:
        mailbox = mailbox_for(server)
        with connect(mailbox) as box:
            assert box.folder.status("INBOX", ["UIDVALIDITY"])["UIDVALIDITY"] != uidvalidity
        report = poll(ctx, mailbox)
        assert (report.taken, report.duplicates, report.moved) == (0, 1, 1)
        assert server.count("Processed") == 1
    assert _count(ctx, InboundRequest) == 1


def test_without_move_only_the_services_own_messages_are_expunged(
    ctx: Context, server_root: Path
) -> None:
    with running_dovecot(server_root, move_capability=False) as server:
        server.append(EMAILS[0].read_bytes())
        server.append(EMAILS[1].read_bytes())
        client = server.client()
        client.select("INBOX")
        client.store("2", "+FLAGS", "(\\Deleted)")  # someone else's pending deletion
        client.logout()
        report = poll(ctx, mailbox_for(server))
        assert (report.taken, report.moved) == (1, 1)
        assert (server.count("INBOX"), server.count("Processed")) == (1, 1)


def test_an_oversized_message_goes_to_the_failed_folder_with_its_outcome(
    ctx: Context, dovecot: Dovecot
) -> None:
    small = replace(ctx, settings=ctx.settings.model_copy(update={"max_request_bytes": 200}))
    dovecot.append(EMAILS[0].read_bytes())
    report = poll(small, mailbox_for(dovecot))
    assert (report.failed, report.taken) == (1, 0)
    assert (dovecot.count("INBOX"), dovecot.count("Failed")) == (0, 1)
    with transaction(ctx.sessions) as session:
        row = session.scalars(select(MailLedger)).one()
        assert row.state == MailState.FAILED
        assert row.outcome is not None
        assert "larger than the limit" in row.outcome


def test_a_refused_login_is_recorded_as_the_mailboxs_health(ctx: Context, dovecot: Dovecot) -> None:
    report = poll(ctx, mailbox_for(dovecot, password="expired"))
    assert report.errors
    with transaction(ctx.sessions) as session:
        health = session.scalars(select(ChannelHealth)).one()
        assert health.last_error is not None
        assert health.last_success_at is None
    poll(ctx, mailbox_for(dovecot))
    with transaction(ctx.sessions) as session:
        health = session.scalars(select(ChannelHealth)).one()
        assert health.last_success_at is not None
        operator = create_key(session=session, customer_id=None)
        customer = create_key(session=session, customer_id="C-1001")
    with TestClient(create_app(ctx)) as client:
        shown = client.get("/api/v1/channels", headers={"Authorization": f"Bearer {operator}"})
        assert shown.json()["items"][0]["last_error"].startswith("MailboxLoginError")
        refused = client.get("/api/v1/channels", headers={"Authorization": f"Bearer {customer}"})
        assert refused.status_code == 403
