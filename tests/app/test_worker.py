"""The worker: jobs survive a dead worker, steps are idempotent, failures are recorded."""

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import func, select, update

from app.actions import carry_out
from app.cases.tables import Case
from app.context import Context
from app.db import transaction, utcnow
from app.erp.tables import ErpDocument
from app.jobs.worker import drain, run_leased, run_one
from app.requests.files import envelope_for_file
from app.requests.service import take_in
from app.requests.tables import InboundRequest, RequestStatus
from app.work.queue import lease_next
from app.work.tables import Job, JobStatus
from tests.app.helpers import intake
from tests.conftest import SAMPLE_REQUESTS

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"


def _take_in(ctx: Context) -> str:
    envelope = envelope_for_file(
        data=SCENARIO.read_bytes(),
        source=SCENARIO.name,
        channel=None,
        account_id=None,
        received_at=None,
        now=utcnow(),
    )
    with transaction(ctx.sessions) as session:
        return take_in(session=session, blobs=ctx.blobs, envelope=envelope).request.id


def _count(ctx: Context, table: type) -> int:
    with transaction(ctx.sessions) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_worker_once_processes_what_was_taken_in(erp_ctx: Context, cli_env: dict[str, str]) -> None:
    request_id = _take_in(erp_ctx)
    assert intake(cli_env, "worker", "--once").exit_code == 0
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert (request.status, request.outcome) == (RequestStatus.PROCESSED, "CASES_OPENED")
    assert _count(erp_ctx, Case) == 2
    assert intake(cli_env, "worker", "--once").exit_code == 0  # nothing left: nothing changes
    assert _count(erp_ctx, Case) == 2


def test_a_job_whose_worker_died_is_taken_again_and_done_once(erp_ctx: Context) -> None:
    request_id = _take_in(erp_ctx)
    with transaction(erp_ctx.sessions) as session:  # a worker claims the job, then dies
        job = lease_next(session=session, worker="dead", lease_seconds=60)
        assert job is not None
    assert drain(erp_ctx, worker="alive") == 0  # leased: nobody else may take it yet
    with transaction(erp_ctx.sessions) as session:
        session.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))
    assert drain(erp_ctx, worker="alive") >= 1
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.status == RequestStatus.PROCESSED
        statuses = set(session.scalars(select(Job.status)))
    assert statuses == {JobStatus.DONE}
    assert _count(erp_ctx, Case) == 2


def test_carrying_out_a_case_again_creates_nothing_new(erp_ctx: Context) -> None:
    _take_in(erp_ctx)
    drain(erp_ctx, worker="w")
    documents = _count(erp_ctx, ErpDocument)
    assert documents == 5  # RMA, credit memo, carrier claim; recount task, credit memo
    with transaction(erp_ctx.sessions) as session:
        for case_id in session.scalars(select(Case.id)):
            writer = erp_ctx.erp.writer(session)
            assert carry_out(session=session, case_id=case_id, erp=writer, notify_to=None) == 0
    assert _count(erp_ctx, ErpDocument) == documents


def test_a_request_that_keeps_failing_records_why(erp_ctx: Context) -> None:
    ctx = replace(erp_ctx, settings=erp_ctx.settings.model_copy(update={"job_max_attempts": 1}))
    request_id = _take_in(ctx)
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        ctx.blobs.path_of(request.blob_sha256).unlink()  # the stored bytes are gone
    drain(ctx, worker="w")
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.status == RequestStatus.FAILED
        assert request.error is not None
        assert "FileNotFoundError" in request.error


def test_a_request_whose_processing_was_taken_up_is_processing(erp_ctx: Context) -> None:
    """api.md: RECEIVED until a worker takes it up, then PROCESSING until it is done."""
    request_id = _take_in(erp_ctx)
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.status == RequestStatus.RECEIVED
        blob = erp_ctx.blobs.path_of(request.blob_sha256)
    kept = blob.read_bytes()
    blob.unlink()  # the first attempt fails; the job waits to be retried
    assert run_one(erp_ctx, worker="w")
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.status == RequestStatus.PROCESSING
        session.execute(update(Job).values(run_after=utcnow() - timedelta(seconds=1)))
    blob.write_bytes(kept)
    drain(erp_ctx, worker="w")
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        assert request.status == RequestStatus.PROCESSED


def _lease(ctx: Context, worker: str) -> Job:
    with transaction(ctx.sessions) as session:
        job = lease_next(session=session, worker=worker, lease_seconds=300)
        assert job is not None
        session.expunge(job)
        return job


def _expire_leases(ctx: Context) -> None:
    with transaction(ctx.sessions) as session:
        session.execute(update(Job).values(lease_until=utcnow() - timedelta(seconds=1)))


def test_a_request_that_outlasts_its_lease_is_processed_once(erp_ctx: Context) -> None:
    """Issue 11's long job: w1 outlives its lease, w2 takes the job over; whichever ends
    first, one set of cases is opened and the other attempt's work is rolled back."""
    _take_in(erp_ctx)
    first = _lease(erp_ctx, "w1")
    _expire_leases(erp_ctx)
    second = _lease(erp_ctx, "w2")
    assert (first.id, first.attempts, second.attempts) == (second.id, 1, 2)
    run_leased(erp_ctx, job_id=first.id, kind=first.kind, attempt=first.attempts)
    assert _count(erp_ctx, Case) == 0  # w1's work was not its to commit
    run_leased(erp_ctx, job_id=second.id, kind=second.kind, attempt=second.attempts)
    drain(erp_ctx, worker="w2")
    assert _count(erp_ctx, Case) == 2
    assert _count(erp_ctx, ErpDocument) == 5
    with transaction(erp_ctx.sessions) as session:
        job = session.get(Job, first.id)
        assert job is not None
        assert (job.status, job.worker, job.last_error) == (JobStatus.DONE, "w2", None)
