"""Enqueue and lease jobs. A leased job is held until its lease runs out, then taken again.

On PostgreSQL the lease reads with FOR UPDATE SKIP LOCKED, so any number of
workers share the table; every lease is also a compare-and-set UPDATE, which
keeps SQLite (one writer at a time) just as safe.

A lease is fenced by the job's attempt number, which each lease raises: the worker
renews its lease while it runs (`renew`), and finishes or fails the job only while the
lease is still its own, in the transaction that writes its results. A worker whose
lease ran out and was taken by another therefore commits nothing (`LeaseLost`), so a
job that outlasts its lease is done once.
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from app.db import utcnow
from app.work.tables import Job, JobStatus


def enqueue(
    *,
    session: Session,
    kind: str,
    key: str,
    payload: dict[str, Any],
    request_id: str | None = None,
    run_after: datetime | None = None,
) -> Job:
    """Add a job unless one with the same key exists (work is enqueued once)."""
    existing = session.scalar(select(Job).where(Job.key == key))
    if existing is not None:
        return existing
    job = Job(
        kind=kind,
        key=key,
        payload=payload,
        request_id=request_id,
        status=JobStatus.QUEUED,
        run_after=run_after or utcnow(),
    )
    session.add(job)
    session.flush()
    return job


def lease_next(
    *, session: Session, worker: str, lease_seconds: int, request_id: str | None = None
) -> Job | None:
    """Take the oldest ready job (or one whose worker's lease ran out) for this worker."""
    now = utcnow()
    ready = or_(
        and_(Job.status == JobStatus.QUEUED, Job.run_after <= now),
        and_(Job.status == JobStatus.RUNNING, Job.lease_until < now),
    )
    query = select(Job.id, Job.status, Job.attempts).where(ready)
    if request_id is not None:
        query = query.where(Job.request_id == request_id)
    query = query.order_by(Job.run_after, Job.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    row = session.execute(query).first()
    if row is None:
        return None
    taken = session.execute(
        update(Job)
        .where(Job.id == row.id, Job.status == row.status, Job.attempts == row.attempts)
        .values(
            status=JobStatus.RUNNING,
            worker=worker,
            attempts=Job.attempts + 1,
            lease_until=now + timedelta(seconds=lease_seconds),
        )
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(Job, row.id, populate_existing=True)


class LeaseLost(Exception):
    """The job's lease ran out and another worker took it: this attempt's work is void."""


def _held(job_id: int, attempt: int) -> Any:
    return and_(Job.id == job_id, Job.attempts == attempt, Job.status == JobStatus.RUNNING)


def renew(*, session: Session, job_id: int, attempt: int, lease_seconds: int) -> bool:
    """Extend a running job's lease; False when it is no longer this attempt's."""
    renewed = session.execute(
        update(Job)
        .where(_held(job_id, attempt))
        .values(lease_until=utcnow() + timedelta(seconds=lease_seconds))
    )
    return renewed.rowcount == 1  # type: ignore[attr-defined, no-any-return]


def finish(*, session: Session, job_id: int, attempt: int) -> None:
    """Mark the job done, in the transaction of its results, while the lease is held."""
    done = session.execute(
        update(Job)
        .where(_held(job_id, attempt))
        .values(status=JobStatus.DONE, finished_at=utcnow(), lease_until=None)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise LeaseLost(f"job {job_id}: attempt {attempt} no longer holds its lease")


def fail(*, session: Session, job_id: int, attempt: int, error: str, max_attempts: int) -> bool:
    """Record a failed attempt; retry later with backoff. True when it gave up for good.

    An attempt whose lease was taken by another worker records nothing.
    """
    job = session.get(Job, job_id, populate_existing=True)
    assert job is not None
    if job.attempts != attempt or job.status != JobStatus.RUNNING:
        return False
    final = job.attempts >= max_attempts
    job.last_error = error[:2000]
    job.lease_until = None
    if final:
        job.status = JobStatus.FAILED
        job.finished_at = utcnow()
    else:
        job.status = JobStatus.QUEUED
        job.run_after = utcnow() + timedelta(seconds=min(600, 2**job.attempts))
    return final
