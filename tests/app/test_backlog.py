"""The backlog an operator watches drain: what is left, the recent pace, the time left."""

from datetime import timedelta

from app.context import Context
from app.db import transaction, utcnow
from app.requests.backlog import backlog
from app.requests.tables import InboundRequest, RequestStatus
from tests.app.helpers import intake
from tests.app.test_worker import _take_in
from tests.conftest import SAMPLE_REQUESTS


def test_the_backlog_counts_what_is_left_and_the_time_left_at_the_recent_pace(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    names = [
        "01-keystone-damaged-and-short.eml",
        "02-riverbend-wrong-item.eml",
        "09-keystone-thank-you.eml",
    ]
    ids = [_take_in(erp_ctx, SAMPLE_REQUESTS / name) for name in names]
    now = utcnow()
    with transaction(erp_ctx.sessions) as session:
        assert backlog(session=session, now=now).model_dump() == {
            "waiting": 3,
            "processing": 0,
            "done_recently": 0,
            "window_minutes": 15,
            "per_minute": 0.0,
            "minutes_left": None,  # nothing done lately: no pace to tell the time by
        }
        first, second = (session.get(InboundRequest, i) for i in ids[:2])
        assert first is not None
        assert second is not None
        first.status, first.processed_at = RequestStatus.PROCESSED, now - timedelta(minutes=1)
        second.status = RequestStatus.PROCESSING
    with transaction(erp_ctx.sessions) as session:
        drained = backlog(session=session, now=now)
        later = backlog(session=session, now=now + timedelta(minutes=20))
    assert (drained.waiting, drained.processing, drained.left) == (1, 1, 2)
    assert (drained.done_recently, drained.per_minute) == (1, 0.1)  # 1 in 15 minutes
    assert drained.minutes_left == 30.0  # 2 left at 1 per 15 minutes
    assert (later.done_recently, later.minutes_left) == (0, None)  # out of the window
    printed = intake(cli_env, "work", "backlog")
    assert printed.exit_code == 0, printed.output
    assert printed.output.startswith("2 left (1 waiting, 1 processing); 0.1 a minute")
    assert "done in about 30 min" in printed.output
