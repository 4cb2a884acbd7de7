"""The SLA timers (issue 11, policy.md 7), against a clock the test moves: no sleeping."""

from datetime import datetime, timedelta

from sqlalchemy import select

from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseEvent, Notice
from app.cases.timers import TimersRun, run_timers
from app.context import Context
from app.db import transaction
from app.jobs.local import process_file
from app.jobs.worker import drain
from app.web.queue import _waiting_rows
from rules.vocabulary import ActionType, ReasonCode
from tests.conftest import SAMPLE_REQUESTS

REMIND, CLOSE = timedelta(hours=72), timedelta(hours=240)


def _process(ctx: Context, name: str) -> list[str]:
    result = process_file(
        ctx, SAMPLE_REQUESTS / name, channel=None, customer=None, received_at=None
    )
    return [case["case_id"] for case in result["cases"]]


def _timers(ctx: Context, now: datetime) -> TimersRun:
    with transaction(ctx.sessions) as session:
        moved = run_timers(session, now=now, reminder_after=REMIND, close_after=CLOSE)
    drain(ctx)  # the notices they asked for
    return moved


def _opened(ctx: Context, case_id: str) -> datetime:
    with transaction(ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.created_at


def _sla_events(ctx: Context, case_id: str) -> list[str]:
    with transaction(ctx.sessions) as session:
        events = session.scalars(
            select(CaseEvent.message)
            .where(CaseEvent.case_id == case_id, CaseEvent.kind == "sla")
            .order_by(CaseEvent.seq)
        )
        return list(events)


def _notices(ctx: Context, case_id: str) -> list[str]:
    with transaction(ctx.sessions) as session:
        notices = session.scalars(
            select(Notice.kind).where(Notice.case_id == case_id).order_by(Notice.created_at)
        )
        return list(notices)


def test_an_overdue_recount_escalates_its_case_once_and_first_in_the_queue(
    erp_ctx: Context,
) -> None:
    case_ids = _process(erp_ctx, "01-keystone-damaged-and-short.eml")
    with transaction(erp_ctx.sessions) as session:
        [short] = [
            case.id
            for case in session.scalars(select(Case).where(Case.id.in_(case_ids)))
            if case.type == ReasonCode.SHORT
        ]
        [task] = [
            a
            for a in session.get(Case, short).actions  # type: ignore[union-attr]
            if a.type == ActionType.RECOUNT_TASK
        ]
        due = task.due_at
    assert due is not None
    assert _timers(erp_ctx, due - timedelta(minutes=1)).escalated == []
    assert _timers(erp_ctx, due + timedelta(minutes=1)).escalated == [short]
    assert _timers(erp_ctx, due + timedelta(hours=5)).escalated == []  # once
    assert _sla_events(erp_ctx, short) == ["the recount is overdue: escalated"]
    with transaction(erp_ctx.sessions) as session:
        rows = _waiting_rows(session, due + timedelta(hours=1))
    assert rows[0].case_id == short
    assert rows[0].escalated
    assert (rows[0].due_at, rows[0].overdue) == (due, True)  # the recount's due time


def test_a_case_waiting_for_information_reminds_once_then_closes_unanswered(
    erp_ctx: Context,
) -> None:
    [case_id] = _process(erp_ctx, "22-keystone-unknown-po.eml")
    opened = _opened(erp_ctx, case_id)
    assert _notices(erp_ctx, case_id) == ["INFO_REQUEST"]
    assert _timers(erp_ctx, opened + REMIND - timedelta(minutes=1)).reminded == []
    assert _timers(erp_ctx, opened + REMIND + timedelta(minutes=1)).reminded == [case_id]
    assert _timers(erp_ctx, opened + REMIND + timedelta(hours=1)).reminded == []  # once
    assert _notices(erp_ctx, case_id) == ["INFO_REQUEST", "INFO_REMINDER"]
    assert _timers(erp_ctx, opened + CLOSE + timedelta(minutes=1)).closed == [case_id]
    with transaction(erp_ctx.sessions) as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.status == CaseStatus.CANCELLED  # claims nothing any more
    assert _notices(erp_ctx, case_id) == ["INFO_REQUEST", "INFO_REMINDER", "CLOSED_UNANSWERED"]
    assert _sla_events(erp_ctx, case_id) == [
        "no answer yet: the customer is reminded",
        "no answer: closed unanswered",
    ]
    assert _timers(erp_ctx, opened + CLOSE + timedelta(days=9)).closed == []


def test_a_case_never_reminded_is_closed_without_a_late_reminder(erp_ctx: Context) -> None:
    """A worker that was down for days closes the case; it does not remind it first."""
    [case_id] = _process(erp_ctx, "22-keystone-unknown-po.eml")
    moved = _timers(erp_ctx, _opened(erp_ctx, case_id) + CLOSE + timedelta(hours=1))
    assert (moved.reminded, moved.closed) == ([], [case_id])
    assert _notices(erp_ctx, case_id) == ["INFO_REQUEST", "CLOSED_UNANSWERED"]
