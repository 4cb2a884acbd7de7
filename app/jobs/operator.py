"""The operator's view of the work: what is waiting, running and failed (with its error),
and retry or cancel, each recorded on the timeline of the case it is about."""

from datetime import UTC, datetime
from enum import StrEnum

from dbos import DBOS, WorkflowStatus
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit import record_event
from app.cases.tables import Case, Notice
from app.context import Context
from app.db import transaction
from app.events.tables import WebhookDelivery
from app.jobs import engine
from app.logs import log
from app.requests.tables import InboundRequest, RequestStatus


class WorkState(StrEnum):
    WAITING = "waiting"  # enqueued, or delayed until its time
    RUNNING = "running"
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"


STATES = {
    "ENQUEUED": WorkState.WAITING,
    "DELAYED": WorkState.WAITING,
    "PENDING": WorkState.RUNNING,
    "ERROR": WorkState.FAILED,
    "MAX_RECOVERY_ATTEMPTS_EXCEEDED": WorkState.FAILED,
    "SUCCESS": WorkState.DONE,
    "CANCELLED": WorkState.CANCELLED,
}


class WorkRow(BaseModel):
    id: str
    kind: str
    state: WorkState
    error: str | None
    worker: str | None
    created_at: datetime | None
    updated_at: datetime | None


def _moment(epoch_ms: int | None) -> datetime | None:
    return datetime.fromtimestamp(epoch_ms / 1000, UTC) if epoch_ms else None


def list_work(states: list[WorkState] | None = None, *, limit: int = 200) -> list[WorkRow]:
    """The newest work first, in the given states (default: all but done). Failed work
    that was retried is shown as its retry."""
    wanted = states or [WorkState.WAITING, WorkState.RUNNING, WorkState.FAILED]
    rows = []
    for state in wanted:
        statuses = [status for status, of in STATES.items() if of == state]
        rows += DBOS.list_workflows(
            status=statuses,
            name=engine.WORK_NAMES,
            was_forked_from=False if state == WorkState.FAILED else None,
            limit=limit,
            sort_desc=True,
            load_input=False,
        )
    rows.sort(key=lambda row: row.updated_at or 0, reverse=True)
    return [
        WorkRow(
            id=row.workflow_id,
            kind=row.name,
            state=STATES[str(row.status)],
            error=engine.describe(row.error) if row.error else None,
            worker=row.executor_id,
            created_at=_moment(row.created_at),
            updated_at=_moment(row.updated_at),
        )
        for row in rows[:limit]
    ]


class NoSuchWork(LookupError):
    pass


def retry(ctx: Context, work_id: str, *, actor: str) -> str:
    """Run failed or cancelled work again, all of it (every step is idempotent), as new
    work forked from it; its id. A request whose processing failed is received again."""
    status = _known(work_id)
    if work_id.startswith("process:"):
        with transaction(ctx.sessions) as session:
            request = session.get(InboundRequest, work_id.removeprefix("process:"))
            if request is not None and request.status == RequestStatus.FAILED:
                request.status, request.error = RequestStatus.RECEIVED, None
    handle = DBOS.fork_workflow(
        work_id,
        1,
        queue_name=status.queue_name,
        queue_partition_key=status.queue_partition_key,
    )
    _record(ctx, work_id, actor=actor, what=f"retried as {handle.workflow_id}")
    return handle.workflow_id


def cancel(ctx: Context, work_id: str, *, actor: str) -> None:
    """Stop work that waits or runs; what its finished steps did stays done."""
    _known(work_id)
    DBOS.cancel_workflow(work_id)
    _record(ctx, work_id, actor=actor, what="cancelled")


def _known(work_id: str) -> WorkflowStatus:
    status = DBOS.get_workflow_status(work_id)
    if status is None:
        raise NoSuchWork(work_id)
    return status


def _record(ctx: Context, work_id: str, *, actor: str, what: str) -> None:
    log.info(f"work.{what}", work_id=work_id, actor=actor)
    with transaction(ctx.sessions) as session:
        for case_id in _cases_of(session, work_id):
            record_event(
                session,
                case_id=case_id,
                actor=actor,
                kind="work",
                message=f"work {work_id} {what}",
                details={"work_id": work_id},
            )


def _cases_of(session: Session, work_id: str) -> list[str]:
    """The cases a piece of work is about, by the row its id names."""
    kind, _, rest = work_id.partition(":")
    subject = rest.partition(":")[0]
    if kind == "process":
        return list(session.scalars(select(Case.id).where(Case.request_id == subject)))
    if kind == "carry_out":
        return [subject]
    if kind == "notice":
        notice = session.get(Notice, subject)
        return [notice.case_id] if notice else []
    if kind == "deliver":
        delivery = session.get(WebhookDelivery, subject)
        stream = delivery.stream if delivery else ""
        return [stream] if stream.startswith("case_") else []
    return []
