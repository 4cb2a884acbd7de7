"""What keeps the work whole when a process dies: the sweep and the takeover.

The sweep reads from the rows what is still to do (a request not processed, an action
its case allows and nobody carried out, a notice not sent, a webhook attempt that is
due) and starts its work; work already started has the same id, so this starts only
what was lost between a commit and its start.

Every worker records a heartbeat. DBOS finishes a worker's own work when that worker
starts again; a worker that stays dead is noticed by the others through its heartbeat,
and exactly one of them (the one that removes its row) has DBOS take its work over.
"""

import threading
from datetime import datetime, timedelta

from dbos import DBOS
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.actions import unsent
from app.cases.service import not_carried_out
from app.context import Context
from app.db import transaction, utcnow
from app.events.outbox import due_attempts
from app.jobs import engine
from app.logs import log
from app.requests.service import unprocessed
from app.work.submit import Work
from app.work.tables import WorkerBeat


def pending(session: Session, now: datetime) -> list[Work]:
    """Every piece of work the rows say is still to do by now."""
    return [
        *unprocessed(session),
        *not_carried_out(session),
        *unsent(session),
        *due_attempts(session, now),
    ]


def pending_work(ctx: Context) -> list[Work]:
    with transaction(ctx.sessions) as session:
        return pending(session, utcnow())


def sweep(ctx: Context) -> int:
    """Start all pending work (a no-op for work already started); how much there was."""
    works = pending_work(ctx)
    engine.start(works)
    return len(works)


def beat(ctx: Context, executor: str) -> None:
    """Say this worker lives."""
    now = utcnow()
    with transaction(ctx.sessions) as session:
        row = session.get(WorkerBeat, executor)
        if row is None:
            session.add(WorkerBeat(executor_id=executor, started_at=now, beat_at=now))
        else:
            row.beat_at = now


def take_over(ctx: Context, executor: str) -> list[str]:
    """Have DBOS recover the work of every worker silent too long; the executors taken."""
    limit = utcnow() - timedelta(seconds=ctx.settings.worker_dead_seconds)
    with transaction(ctx.sessions) as session:
        dead = session.execute(
            select(WorkerBeat.executor_id, WorkerBeat.beat_at).where(
                WorkerBeat.beat_at < limit, WorkerBeat.executor_id != executor
            )
        ).all()
    taken = []
    for dead_id, beat_at in dead:
        with transaction(ctx.sessions) as session:  # whoever removes the row takes the work
            gone = session.execute(
                delete(WorkerBeat).where(
                    WorkerBeat.executor_id == dead_id, WorkerBeat.beat_at == beat_at
                )
            )
        if gone.rowcount != 1:  # type: ignore[attr-defined]
            continue
        handles = DBOS._recover_pending_workflows([dead_id])  # see docs/decisions/0001
        log.warning("worker.taken_over", dead=dead_id, by=executor, workflows=len(handles))
        taken.append(dead_id)
    return taken


def leave(ctx: Context, executor: str) -> None:
    """A worker that stops cleanly says so, so nobody waits for it to fall silent."""
    with transaction(ctx.sessions) as session:
        session.execute(
            update(WorkerBeat)
            .where(WorkerBeat.executor_id == executor)
            .values(beat_at=utcnow() - timedelta(seconds=ctx.settings.worker_dead_seconds))
        )


def keep_alive(ctx: Context, executor: str, stop: threading.Event) -> threading.Thread:
    """Beat and take over in a thread until stop is set."""

    def run() -> None:
        while True:
            try:
                beat(ctx, executor)
                take_over(ctx, executor)
            except Exception:  # a busy database: try again at the next beat
                log.warning("worker.beat_failed", exc_info=True)
            if stop.wait(ctx.settings.worker_beat_seconds):
                return

    thread = threading.Thread(target=run, name="worker-beat", daemon=True)
    thread.start()
    return thread
