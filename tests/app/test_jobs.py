from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.context import Context
from app.db import transaction, utcnow
from app.work.queue import LeaseLost, enqueue, fail, finish, lease_next, renew
from app.work.tables import Job, JobStatus


def _enqueue(ctx: Context, key: str) -> int:
    with transaction(ctx.sessions) as session:
        return enqueue(session=session, kind="noop", key=key, payload={}).id


def _claim(ctx: Context, worker: str) -> int | None:
    with transaction(ctx.sessions) as session:
        job = lease_next(session=session, worker=worker, lease_seconds=60)
        return job.id if job else None


def test_the_same_work_is_enqueued_once(ctx: Context) -> None:
    assert _enqueue(ctx, "k") == _enqueue(ctx, "k")
    with transaction(ctx.sessions) as session:
        assert len(session.scalars(select(Job)).all()) == 1


def test_a_claimed_job_is_not_claimed_again_while_leased(ctx: Context) -> None:
    job_id = _enqueue(ctx, "k")
    assert _claim(ctx, "w1") == job_id
    assert _claim(ctx, "w2") is None


def test_a_dead_workers_job_is_taken_again_when_its_lease_runs_out(ctx: Context) -> None:
    job_id = _enqueue(ctx, "k")
    assert _claim(ctx, "w1") == job_id
    with transaction(ctx.sessions) as session:
        session.execute(
            update(Job).where(Job.id == job_id).values(lease_until=utcnow() - timedelta(seconds=1))
        )
    assert _claim(ctx, "w2") == job_id
    with transaction(ctx.sessions) as session:
        job = session.get(Job, job_id)
        assert job is not None
        assert (job.worker, job.attempts, job.status) == ("w2", 2, JobStatus.RUNNING)


def test_a_finished_job_is_never_claimed_again(ctx: Context) -> None:
    job_id = _enqueue(ctx, "k")
    _claim(ctx, "w1")
    with transaction(ctx.sessions) as session:
        finish(session=session, job_id=job_id, attempt=1)
    assert _claim(ctx, "w1") is None


def test_a_failed_attempt_is_retried_later_then_given_up(ctx: Context) -> None:
    job_id = _enqueue(ctx, "k")
    _claim(ctx, "w1")
    with transaction(ctx.sessions) as session:
        assert (
            fail(session=session, job_id=job_id, attempt=1, error="boom", max_attempts=2) is False
        )
    assert _claim(ctx, "w1") is None  # backoff: not ready yet
    with transaction(ctx.sessions) as session:
        session.execute(update(Job).where(Job.id == job_id).values(run_after=utcnow()))
    assert _claim(ctx, "w1") == job_id
    with transaction(ctx.sessions) as session:
        assert fail(session=session, job_id=job_id, attempt=2, error="boom", max_attempts=2) is True
        job = session.get(Job, job_id)
        assert job is not None
        assert (job.status, job.last_error) == (JobStatus.FAILED, "boom")


def test_two_workers_never_share_a_job(ctx: Context) -> None:
    ids = {_enqueue(ctx, f"k{n}") for n in range(5)}
    taken = [_claim(ctx, f"w{n % 2}") for n in range(6)]
    assert sorted(t for t in taken if t is not None) == sorted(ids)
    assert taken[-1] is None


def test_on_postgresql_a_claim_skips_rows_another_worker_holds(ctx: Context) -> None:
    if ctx.engine.dialect.name != "postgresql":
        import pytest

        pytest.skip("FOR UPDATE SKIP LOCKED is PostgreSQL's; SQLite has one writer")
    first, second = _enqueue(ctx, "a"), _enqueue(ctx, "b")
    with ctx.sessions() as holder, holder.begin():
        held = lease_next(session=holder, worker="w1", lease_seconds=60)
        assert held is not None
        assert held.id == first
        # w1 has not committed: its row is locked, so w2 must skip it, not wait for it.
        assert _claim(ctx, "w2") == second


def test_a_worker_whose_lease_was_taken_over_finishes_nothing(ctx: Context) -> None:
    job_id = _enqueue(ctx, "k")
    assert _claim(ctx, "w1") == job_id
    with transaction(ctx.sessions) as session:  # w1 outlives its lease; w2 takes the job
        session.execute(
            update(Job).where(Job.id == job_id).values(lease_until=utcnow() - timedelta(seconds=1))
        )
    assert _claim(ctx, "w2") == job_id
    with pytest.raises(LeaseLost), transaction(ctx.sessions) as session:
        finish(session=session, job_id=job_id, attempt=1)
    with transaction(ctx.sessions) as session:
        assert not renew(session=session, job_id=job_id, attempt=1, lease_seconds=60)
        assert (
            fail(session=session, job_id=job_id, attempt=1, error="late", max_attempts=1) is False
        )
        assert renew(session=session, job_id=job_id, attempt=2, lease_seconds=60)
        finish(session=session, job_id=job_id, attempt=2)
        job = session.get(Job, job_id)
        assert job is not None
        assert (job.status, job.worker, job.last_error) == (JobStatus.DONE, "w2", None)
