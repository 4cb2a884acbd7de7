"""The durable engine: DBOS Transact runs the work the core submits (app/work/submit.py).

One process launches the engine once, bound to its context. Work a transaction submits
is enqueued when it commits (the fast path); work a workflow's step submits is enqueued
by that workflow, recorded as its child, so a replay does not start it twice. Either way
its workflow id is the work's id, and DBOS starts one workflow per id.

On SQLite the engine keeps its tables in a file of its own; on PostgreSQL in a schema of
its own (`INTAKE_WORK_SCHEMA`), out of Alembic's way.
"""

import asyncio
import os
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from dbos import DBOS, DBOSConfig, EnqueueOptions
from dbos._error import DBOSMaxStepRetriesExceeded  # not exported by dbos 3.4
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from app.context import Context
from app.logs import log
from app.work.submit import Work, WorkKind, take_submitted

QUEUES = {
    WorkKind.PROCESS_REQUEST: "requests",
    WorkKind.CARRY_OUT: "cases",  # partitioned by case: one case's work runs one at a time
    WorkKind.SEND_NOTICE: "notices",
    WorkKind.DELIVER_WEBHOOK: "webhooks",  # partitioned by endpoint: in order
}
# The version of the workflows' code. Raise it when a workflow's steps change so that a
# workflow half run by the old code could not go on under the new one.
WORKFLOWS_VERSION = "1"
ACTIVE = ["ENQUEUED", "PENDING"]  # workflows still to run or running
WORK_NAMES = [kind.value for kind in WorkKind]  # the workflows that are work (not schedules)

_bound: Context | None = None
T = TypeVar("T")


def context() -> Context:
    """The context the workflows of this process run in."""
    if _bound is None:
        raise RuntimeError("the work engine is not launched in this process")
    return _bound


def is_launched() -> bool:
    """Whether the engine runs in this process."""
    return _bound is not None


def executor_id(ctx: Context) -> str:
    return ctx.settings.worker_id or f"{socket.gethostname()}-{os.getpid()}"


def launch(ctx: Context, *, executor: str | None = None, listen: bool = True) -> None:
    """Start the engine for this context (once a process); listen: run work here too."""
    from app.jobs import flows  # noqa: F401  (registers the workflows before launch)

    if _bound is None:
        _off_loop(partial(_launch, ctx, executor=executor, listen=listen))
    else:
        bind(ctx)


def _launch(ctx: Context, *, executor: str | None, listen: bool) -> None:
    settings = ctx.settings
    config: DBOSConfig = {
        "name": "intake",
        "system_database_url": settings.work_database_url,
        "dbos_system_schema": settings.work_schema,
        "executor_id": executor or executor_id(ctx),
        "application_version": WORKFLOWS_VERSION,
        "log_level": "WARNING",
        "notification_listener_polling_interval_sec": 0.1,
    }
    if settings.work_database_url.startswith("sqlite"):
        config["system_database_engine"] = _sqlite_engine(settings.work_database_url)
    DBOS(config=config)
    if not listen:
        DBOS.listen_queues([])
    bind(ctx)  # before launch: DBOS resumes this executor's unfinished work at once
    DBOS.launch()
    _register_queues(settings.worker_concurrency)


def _sqlite_engine(url: str) -> Engine:
    """DBOS's own SQLite engine, with a write-ahead log: its default journal syncs the disk
    several times a commit, and a request's work commits a dozen times."""
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def pragmas(connection: Any, _record: Any) -> None:
        connection.isolation_level = "IMMEDIATE"  # as DBOS's own: writers one at a time
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("PRAGMA foreign_keys=ON")

    return engine


def _register_queues(concurrency: int) -> None:
    # A request is taken up within a tenth of a second; what the others hold is mostly
    # run by the workflow that caused it, and only queued after a crash or from a page.
    DBOS.register_queue(
        QUEUES[WorkKind.PROCESS_REQUEST], worker_concurrency=concurrency, polling_interval_sec=0.1
    )
    poll = 0.5
    DBOS.register_queue(
        QUEUES[WorkKind.CARRY_OUT], partition_concurrency=1, polling_interval_sec=poll
    )
    DBOS.register_queue(QUEUES[WorkKind.SEND_NOTICE], polling_interval_sec=poll)
    DBOS.register_queue(
        QUEUES[WorkKind.DELIVER_WEBHOOK], partition_concurrency=1, polling_interval_sec=poll
    )


def bind(ctx: Context) -> None:
    """Run this process's workflows in ctx, and start what its transactions submit."""
    global _bound
    _bound = ctx
    if not event.contains(ctx.sessions, "after_commit", _start_committed):
        event.listen(ctx.sessions, "after_commit", _start_committed)
        event.listen(ctx.sessions, "after_rollback", _forget)


def shutdown() -> None:
    global _bound
    if _bound is not None:
        event.remove(_bound.sessions, "after_commit", _start_committed)
        event.remove(_bound.sessions, "after_rollback", _forget)
    _bound = None
    DBOS.destroy()


_collector = threading.local()


@contextmanager
def collecting() -> Iterator[list[Work]]:
    """Within: work committed on this thread is collected, not enqueued. A workflow's step
    collects what it caused and hands it to its workflow, which enqueues it as its child:
    DBOS enqueues nothing from inside a step, and a replay must not start it twice."""
    works: list[Work] = []
    _collector.works = works
    try:
        yield works
    finally:
        _collector.works = None


def _start_committed(session: Session) -> None:
    works = take_submitted(session)
    if not works:
        return
    collected: list[Work] | None = getattr(_collector, "works", None)
    if collected is not None:
        collected.extend(works)
        return
    try:
        start(works)
    except Exception:  # committed all the same: the sweep starts it (app/jobs/sweep.py)
        log.warning("work.start_failed", count=len(works), exc_info=True)


def _forget(session: Session) -> None:
    take_submitted(session)


def start(works: Iterable[Work]) -> None:
    """Enqueue each work once (by its id); inside a workflow, as that workflow's child."""
    for work in works:
        options: EnqueueOptions = {
            "workflow_name": work.kind.value,
            "queue_name": QUEUES[work.kind],
            "workflow_id": work.id,
        }
        if work.partition is not None:
            options["queue_partition_key"] = work.partition
        if work.not_before is not None:
            wait = (work.not_before - datetime.now(UTC)).total_seconds()
            if wait > 0:
                options["delay_seconds"] = wait
        handle = DBOS.enqueue_workflow_with_options(options, work.subject)
        if handle.workflow_id != work.id:  # DBOS took it for a replayed child of another
            log.error("work.enqueued_as", work_id=work.id, workflow_id=handle.workflow_id)


def describe(error: BaseException) -> str:
    """What went wrong, as the operator should read it: the last try's error, not DBOS's
    note that the tries ran out."""
    tries = getattr(error, "errors", None)
    if isinstance(error, DBOSMaxStepRetriesExceeded) and tries:
        error = tries[-1]
    return f"{type(error).__name__}: {error}"[:500]


def _off_loop(call: Callable[[], T]) -> T:
    """DBOS's blocking calls refuse a thread that runs an event loop (a caller inside
    Playwright's or Jupyter's loop): there, they run in a thread of their own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return call()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()


def wait(work_ids: Iterable[str]) -> None:
    """Wait until each of these works (and the work each waits for) is done."""
    for work_id in work_ids:
        handle = _off_loop(partial(DBOS.retrieve_workflow, work_id))
        _off_loop(partial(handle.get_result, polling_interval_sec=0.05))


def active(*, limit: int = 1000) -> list[str]:
    """The ids of the works enqueued or running now."""
    running = _off_loop(
        lambda: DBOS.list_workflows(
            status=ACTIVE,
            name=WORK_NAMES,
            limit=limit,
            load_input=False,
            load_output=False,
        )
    )
    return [status.workflow_id for status in running]


def cancel_all_waiting() -> None:
    """Cancel every work waiting to run (tests end with this, so none outlives them)."""
    waiting = _off_loop(
        partial(DBOS.list_workflows, status=["ENQUEUED", "DELAYED"], load_input=False,
                load_output=False)
    )  # fmt: skip
    for status in waiting:
        _off_loop(partial(DBOS.cancel_workflow, status.workflow_id))
