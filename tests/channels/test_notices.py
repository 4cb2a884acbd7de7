"""Customer notices by email, to a real SMTP receiver on loopback (aiosmtpd)."""

import email
import socket
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from app.cases.tables import CaseEvent, Notice
from app.context import Context
from app.db import transaction
from app.jobs.worker import drain
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLE_REQUESTS

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
ORIGINAL_ID = "<20261107144217.4F2A1C0B@mail.keystonemech.com>"


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))  # type: ignore[attr-defined]
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _with_smtp(ctx: Context, port: int) -> Context:
    update = {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none"}
    return replace(ctx, settings=ctx.settings.model_copy(update=update))


def test_each_case_sends_one_notice_in_the_customers_thread(
    erp_ctx: Context, cli_env: dict[str, str], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    env = {**cli_env, "INTAKE_SMTP_HOST": "127.0.0.1", "INTAKE_SMTP_PORT": str(port),
           "INTAKE_SMTP_SECURITY": "none"}  # fmt: skip
    [line] = json_lines(intake(env, "process", "--json", str(SCENARIO)))
    assert len(inbox.messages) == 2
    case_ids = {case["case_id"] for case in line["cases"]}
    for message in inbox.messages:
        assert message["To"] == "ap@keystonemech.com"
        assert message["In-Reply-To"] == ORIGINAL_ID
        assert message["References"] == ORIGINAL_ID
        assert message["Auto-Submitted"] == "auto-replied"
        assert any(case_id in message["Subject"] for case_id in case_ids)
        assert "SO-104233" in message["Subject"]
    drain(erp_ctx)  # nothing is sent twice
    assert len(inbox.messages) == 2


def test_a_failed_send_is_retried_and_delivered_once(
    erp_ctx: Context, cli_env: dict[str, str], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    closed = _free_port()  # nobody listens here: every try fails, the work fails
    env = {**cli_env, "INTAKE_SMTP_HOST": "127.0.0.1", "INTAKE_SMTP_PORT": str(closed),
           "INTAKE_SMTP_SECURITY": "none", "INTAKE_JOB_MAX_ATTEMPTS": "2"}  # fmt: skip
    [line] = json_lines(intake(env, "process", "--json", str(SCENARIO)))
    assert line["outcome"] == "CASES_OPENED"
    with transaction(erp_ctx.sessions) as session:
        notice_ids = list(session.scalars(select(Notice.id)))
        assert all(n.sent_at is None for n in session.scalars(select(Notice)))
    assert len(notice_ids) == 2
    live = {**env, "INTAKE_SMTP_PORT": str(port)}  # the mail server is back
    for notice_id in notice_ids:
        assert intake(live, "work", "retry", f"notice:{notice_id}").exit_code == 0
    assert len(inbox.messages) == 2
    drain(_with_smtp(erp_ctx, port))  # nothing is sent twice
    assert len(inbox.messages) == 2
    with transaction(erp_ctx.sessions) as session:
        assert all(n.sent_at is not None for n in session.scalars(select(Notice)))
        retried = session.scalars(select(CaseEvent.message).where(CaseEvent.kind == "work"))
        assert len(list(retried)) == 2  # each retry on its case's timeline


def test_without_smtp_notices_go_to_the_outbox_folder(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    intake(cli_env, "process", "--json", str(SCENARIO))
    outbox = Path(cli_env["INTAKE_DATA_DIR"]) / "outbox"
    written = sorted(outbox.glob("*.eml"))
    assert len(written) == 2
    message = email.message_from_bytes(written[0].read_bytes())
    assert message["In-Reply-To"] == ORIGINAL_ID


def test_a_notice_without_an_address_records_why(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    upload = tmp_path / "claim.txt"  # no account, no known order: nobody to write to
    upload.write_text("Order SO-999999: 2 units of VLV-2210-BR arrived damaged.")
    [line] = json_lines(intake(cli_env, "process", "--json", str(upload)))
    assert line["cases"][0]["reasons"] == ["CUSTOMER_NOT_IDENTIFIED"]
    with transaction(erp_ctx.sessions) as session:
        [notice] = session.scalars(select(Notice)).all()
        assert (notice.to_address, notice.sent_at) == (None, None)
        assert notice.error == "no address to send to: the sender is unknown"


def test_a_known_orders_customer_is_written_to_when_the_sender_is_not(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    upload = tmp_path / "claim.txt"
    upload.write_text("Order SO-104233: 2 units of VLV-2210-BR arrived damaged.")
    intake(cli_env, "process", "--json", str(upload))
    with transaction(erp_ctx.sessions) as session:
        notices = session.scalars(select(Notice)).all()
        assert [n.to_address for n in notices] == ["ap@keystonemech.com"]
