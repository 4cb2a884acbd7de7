"""ERPNext behind the ERP port: synced into the local copy, and written to exactly once per
action, however often a crash makes us try; its errors are clear and retried."""

import json
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import select, update

from app.actions import carry_out
from app.cases.tables import Case, CaseAction
from app.context import Context
from app.db import transaction
from app.erp.erpnext.client import ErpNextClient, ErpNextError
from app.erp.erpnext.connection import ErpNextConnection
from app.erp.erpnext.sync import ensure_custom_fields, fetch
from app.erp.loader import load_erp
from app.jobs import engine
from app.jobs.operator import WorkState, list_work
from app.jobs.operator import retry as retry_work
from app.jobs.worker import drain
from rules.vocabulary import ActionStatus, ActionType
from tests.app.helpers import intake
from tests.conftest import SAMPLE_ERP
from tests.erp.erpnext.fake import BASE, FakeErpNext, frappe_error, routes
from tests.events.test_webhooks import _take_in


@pytest.fixture
def fake() -> Iterator[FakeErpNext]:
    erp = FakeErpNext.from_exchange(json.loads(SAMPLE_ERP.read_text()))
    with routes(erp):
        yield erp


@pytest.fixture
def client() -> Iterator[ErpNextClient]:
    connected = ErpNextClient.connect(BASE, "key", "secret", timeout=5)
    yield connected
    connected.http.close()


@pytest.fixture
def erpnext_ctx(erp_ctx: Context, client: ErpNextClient) -> Context:
    """The sample's local copy for reading, ERPNext for writing."""
    return replace(erp_ctx, erp=ErpNextConnection(client))


def _returns(fake: FakeErpNext, doctype: str) -> list[dict]:
    return fake.of(doctype, is_return=1)


def _action(ctx: Context, kind: ActionType, case_type: str) -> CaseAction:
    with transaction(ctx.sessions) as session:
        action = session.scalar(
            select(CaseAction).join(Case).where(CaseAction.type == kind, Case.type == case_type)
        )
        assert action is not None
        session.expunge(action)
        return action


def test_an_approved_damaged_case_posts_one_return_and_one_credit_note(
    fake: FakeErpNext, erpnext_ctx: Context
) -> None:
    _take_in(erpnext_ctx)
    drain(erpnext_ctx)
    rma = _action(erpnext_ctx, ActionType.RMA, "DAMAGED")
    credit = _action(erpnext_ctx, ActionType.CREDIT_MEMO, "DAMAGED")
    [returned] = _returns(fake, "Delivery Note")
    assert returned["intake_action_id"] == rma.id
    assert returned["return_against"] == "SH-55120"
    assert returned["docstatus"] == 1
    assert rma.reference is not None
    assert rma.reference in returned["remarks"]  # ERPNext has no RMA: ours rides on the return
    lines = {line["sku"]: line["quantity"] for line in rma.details["lines"]}
    assert {i["item_code"]: -i["qty"] for i in returned["items"]} == lines
    notes = [d for d in _returns(fake, "Sales Invoice") if d["intake_action_id"] == credit.id]
    assert len(notes) == 1
    [note] = notes
    assert credit.reference == note["name"]
    assert note["docstatus"] == 1  # a provisional credit is posted at once
    total = sum(Decimal(str(i["rate"])) * -Decimal(str(i["qty"])) for i in note["items"])
    assert total.quantize(Decimal("0.01")) == credit.amount
    # The short case's credit waits for its recount: a draft for finance to submit.
    short_credit = _action(erpnext_ctx, ActionType.CREDIT_MEMO, "SHORT")
    [draft] = [
        d for d in _returns(fake, "Sales Invoice") if d["intake_action_id"] == short_credit.id
    ]
    assert draft["docstatus"] == 0
    assert short_credit.status == ActionStatus.PENDING_RECOUNT


def test_a_crash_between_the_erp_call_and_the_commit_still_posts_exactly_one(
    fake: FakeErpNext, erpnext_ctx: Context
) -> None:
    _take_in(erpnext_ctx)
    drain(erpnext_ctx)  # processed; actions done once
    with transaction(erpnext_ctx.sessions) as session:  # as if the commit had never happened
        session.execute(
            update(CaseAction)
            .where(CaseAction.type != ActionType.CUSTOMER_NOTICE)
            .values(status=ActionStatus.PROPOSED, reference=None)
        )
    done = len(_returns(fake, "Delivery Note")), len(_returns(fake, "Sales Invoice"))
    with transaction(erpnext_ctx.sessions) as session:
        for case in session.scalars(select(Case)):
            carry_out(
                session=session,
                case_id=case.id,
                erp=erpnext_ctx.erp.writer(session),
                notify_to="ap@keystonemech.com",
            )
    assert (len(_returns(fake, "Delivery Note")), len(_returns(fake, "Sales Invoice"))) == done


def test_a_draft_left_by_a_crash_is_submitted_by_the_retry(
    fake: FakeErpNext, client: ErpNextClient, erp_ctx: Context
) -> None:
    writer = ErpNextConnection(client)
    with transaction(erp_ctx.sessions) as session:
        data = {"lines": [{"sku": "VLV-2210-BR", "quantity": 2}], "status": "CREATED"}
        first = writer.writer(session).issue(
            kind="RMA", prefix="RMA", idempotency_key="act_1", order_number="SO-104233", data=data
        )
    [made] = _returns(fake, "Delivery Note")
    made["docstatus"] = 0  # the crash came between insert and submit
    with transaction(erp_ctx.sessions) as session:
        again = writer.writer(session).issue(
            kind="RMA", prefix="RMA", idempotency_key="act_1", order_number="SO-104233", data=data
        )
    assert again == first
    [made] = _returns(fake, "Delivery Note")
    assert made["docstatus"] == 1


@pytest.mark.parametrize(
    ("answer", "says", "retry"),
    [
        (
            frappe_error(
                417, "ValidationError", "Row # 1: Cannot return more than 40 for Item VLV-2210-BR"
            ),
            "Cannot return more than 40",
            False,
        ),
        (frappe_error(403, "PermissionError", "Not permitted"), "Not permitted", False),
        (httpx.ConnectTimeout("timed out"), "did not answer", True),
        (httpx.Response(503, text="<html>Service Unavailable</html>"), "HTTP 503", True),
    ],
)
def test_erpnext_errors_are_clear_and_the_work_is_retried_until_it_lands(
    fake: FakeErpNext,
    erpnext_ctx: Context,
    answer: httpx.Response | Exception,
    says: str,
    retry: bool,
) -> None:
    fake.refuse_with = answer
    _take_in(erpnext_ctx)
    drain(erpnext_ctx)
    with transaction(erpnext_ctx.sessions) as session:
        cases = set(session.scalars(select(Case.id)))
    failed = [row for row in list_work([WorkState.FAILED]) if row.id.split(":")[1] in cases]
    assert failed
    assert all(says in (row.error or "") for row in failed)
    assert (
        ErpNextError("x", status=getattr(answer, "status_code", None), exc_type=None).retry == retry
    )
    assert _action(erpnext_ctx, ActionType.RMA, "DAMAGED").status == ActionStatus.PROPOSED
    fake.refuse_with = None  # ERPNext is back: the retry lands, once
    for row in failed:
        engine.wait([retry_work(erpnext_ctx, row.id, actor="operator:test")])
    drain(erpnext_ctx)
    assert len(_returns(fake, "Delivery Note")) == 1
    assert _action(erpnext_ctx, ActionType.RMA, "DAMAGED").status == ActionStatus.CREATED


def test_sync_reads_erpnext_into_the_local_copy(
    fake: FakeErpNext, client: ErpNextClient, ctx: Context
) -> None:
    assert sorted(ensure_custom_fields(client)) == [
        "Delivery Note.intake_action_id",
        "Sales Invoice.intake_action_id",
        "Supplier.intake_rtv_allowed",
    ]
    assert ensure_custom_fields(client) == []  # once
    document = fetch(client)
    with transaction(ctx.sessions) as session:
        report = load_erp(session=session, document=document)
    assert report.counts["orders"] == 22
    assert report.counts["shipments"] == 22
    keystone = next(c for c in document.customers if c.id == "C-1001")
    assert {c.email for c in keystone.contacts} == {
        "ap@keystonemech.com",
        "tmorales@keystonemech.com",
    }
    assert keystone.email_domains == ()  # ERPNext has none: never invented
    _take_in(ctx)
    drain(ctx)
    with transaction(ctx.sessions) as session:
        types = sorted(str(c.type) for c in session.scalars(select(Case)))
    assert types == ["DAMAGED", "SHORT"]
    with transaction(ctx.sessions) as session:  # a second sync changes nothing
        again = load_erp(session=session, document=fetch(client))
    assert again.changes["new"] == 0
    assert again.changes["changed"] == 0


def test_the_sync_command_refreshes_the_copy_from_erpnext(
    fake: FakeErpNext, cli_env: dict[str, str]
) -> None:
    assert intake(cli_env, "erp", "sync").exit_code == 2  # INTAKE_ERP is builtin
    env = {
        **cli_env,
        "INTAKE_ERP": "erpnext",
        "INTAKE_ERPNEXT_URL": BASE,
        "INTAKE_ERPNEXT_API_KEY": "key",
        "INTAKE_ERPNEXT_API_SECRET": "secret",
    }
    first = intake(env, "erp", "sync")
    assert first.exit_code == 0, first.output
    assert "added the custom field Sales Invoice.intake_action_id in ERPNext" in first.stdout
    assert "loaded 5 customers, 25 items, 22 orders" in first.stdout
    again = intake(env, "erp", "sync")
    assert "added" not in again.stdout
    assert "(0 new, 0 changed" in again.stdout
    fake.docs["Sales Order"]["SO-104233"]["items"][0]["qty"] = -3.0  # ERPNext data gone bad
    refused = intake(env, "erp", "sync")
    assert refused.exit_code == 1
    assert "nothing was loaded" in refused.stderr
