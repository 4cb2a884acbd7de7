"""The worker: runs the engine's queues in this process, polls the channels on a schedule
that fires once across all workers, checkpoints the audit chain, and keeps the work
whole (app/jobs/sweep.py)."""

import threading
import time
from datetime import datetime, timedelta
from typing import Any

from dbos import DBOS

from app.cases.audit import HEAD_ID, anchor_head
from app.cases.tables import AuditHead
from app.cases.timers import run_timers
from app.channels.edi import poll_drop_folder
from app.channels.mailbox import Mailbox, poll
from app.context import Context
from app.db import transaction, utcnow
from app.jobs import engine
from app.jobs.sweep import keep_alive, leave, pending_work, sweep
from app.logs import log
from app.work.submit import Work

SWEEP_SECONDS = 30


def poll_channels(ctx: Context) -> None:
    """Take in what waits in the configured channels: the shared mailbox, the EDI drop folder."""
    mailbox = Mailbox.from_settings(ctx.settings)
    if mailbox is not None:
        poll(ctx, mailbox)
    if ctx.settings.edi_inbox is not None:
        poll_drop_folder(ctx, ctx.settings.edi_inbox)


@DBOS.workflow(name="poll_channels")
def poll_channels_flow(scheduled_at: datetime, _context: Any) -> None:
    """Once a tick across all workers; the workflow starts what was taken in."""
    found = DBOS.run_step({"name": "poll"}, _poll)
    engine.start(Work.model_validate(work) for work in found)


def _poll() -> list[dict[str, Any]]:
    with engine.collecting() as works:
        poll_channels(engine.context())
    return [work.model_dump(mode="json") for work in works]


@DBOS.workflow(name="sweep")
def sweep_flow(scheduled_at: datetime, _context: Any) -> None:
    """The sweep on a schedule: its step finds the work, the workflow starts it."""
    found = DBOS.run_step(
        {"name": "sweep"},
        lambda: [w.model_dump(mode="json") for w in pending_work(engine.context())],
    )
    engine.start(Work.model_validate(work) for work in found)


@DBOS.workflow(name="timers")
def timers_flow(scheduled_at: datetime, _context: Any) -> None:
    """The SLA timers due by now (app/cases/timers.py); the workflow starts the notices."""
    found = DBOS.run_step({"name": "timers"}, lambda: run_due_timers(engine.context()))
    engine.start(Work.model_validate(work) for work in found)


def run_due_timers(ctx: Context) -> list[dict[str, Any]]:
    with engine.collecting() as works, transaction(ctx.sessions) as session:
        moved = run_timers(
            session,
            now=utcnow(),
            reminder_after=timedelta(hours=ctx.settings.info_reminder_hours),
            close_after=timedelta(hours=ctx.settings.info_close_hours),
        )
    if moved.escalated or moved.reminded or moved.closed:
        log.info("timers.ran", **{k: len(v) for k, v in vars(moved).items()})
    return [work.model_dump(mode="json") for work in works]


def every(seconds: float) -> str:
    """A cron schedule (with seconds) that fires about every so many seconds."""
    if seconds < 60:
        return f"*/{max(1, round(seconds))} * * * * *"
    return f"0 */{max(1, round(seconds / 60))} * * * *"


def drain(ctx: Context) -> int:
    """Start all pending work and wait until none is left running; how many works ran."""
    engine.launch(ctx)
    count = 0
    while True:
        sweep(ctx)
        running = engine.active()
        if not running:
            return count
        for work_id in running:
            try:
                engine.wait([work_id])
            except Exception:  # failed for good: its status says so (intake work list)
                log.warning("work.failed", work_id=work_id)
        count += len(running)


def anchor_if_moved(ctx: Context, *, last_seq: int | None) -> int | None:
    """Checkpoint the audit chain's head outside the database when it moved; the seq anchored."""
    with transaction(ctx.sessions) as session:
        head = session.get(AuditHead, HEAD_ID)
        if head is None or head.seq == last_seq:
            return last_seq
        seq, path = anchor_head(
            session=session, keys=ctx.audit_keys, directory=ctx.settings.audit_anchors_path
        )
    log.info("audit.anchored", seq=seq, path=str(path))
    return seq


def run_forever(ctx: Context, *, stop: threading.Event | None = None) -> None:
    """Run work here until stopped; poll the channels and sweep on schedules shared by all."""
    executor = engine.executor_id(ctx)
    engine.launch(ctx, executor=executor)
    stop = stop or threading.Event()
    beating = keep_alive(ctx, executor, stop)
    DBOS.apply_schedules(
        [
            {
                "schedule_name": "poll",
                "workflow_fn": poll_channels_flow,
                "schedule": every(ctx.settings.poll_seconds),
            },
            {"schedule_name": "sweep", "workflow_fn": sweep_flow, "schedule": every(SWEEP_SECONDS)},
        ]
    )
    sweep(ctx)
    log.info("worker.started", worker=executor)
    anchored: int | None = None
    every_anchor = ctx.settings.audit_anchor_seconds
    next_anchor = 0.0
    try:
        while not stop.wait(1.0):
            if every_anchor > 0 and time.monotonic() >= next_anchor:
                anchored = anchor_if_moved(ctx, last_seq=anchored)
                next_anchor = time.monotonic() + every_anchor
    finally:
        beating.join()
        engine.shutdown()
        leave(ctx, executor)
