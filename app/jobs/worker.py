"""The worker: leases jobs and runs them, each in its own transaction.

A job that raises is retried with backoff; after the last attempt it fails for
good and its request records the failure. Every handler is idempotent, so a job
taken again after a crash does no harm. While a job runs, a heartbeat renews its
lease, and its results commit only while the lease is still this worker's
(app/work/queue.py), so a job that outlasts its lease is not done twice.
"""

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy.orm import Session

from app import metrics
from app.actions import SEND_NOTICE, carry_out
from app.cases.audit import HEAD_ID, anchor_head
from app.cases.service import CARRY_OUT_ACTIONS
from app.cases.tables import AuditHead, Case
from app.channels.edi import poll_drop_folder
from app.channels.mailbox import Mailbox, poll
from app.channels.notices import send_notice, tell_admin
from app.context import Context
from app.db import transaction, utcnow
from app.events.delivery import deliver
from app.events.outbox import DELIVER_WEBHOOK
from app.events.tables import DeliveryStatus
from app.logs import log
from app.pipeline.process import process_request
from app.requests.service import PROCESS_REQUEST
from app.requests.tables import InboundRequest, RequestStatus
from app.work.queue import LeaseLost, fail, finish, lease_next, renew
from app.work.tables import Job

Handler = Callable[[Context, Session, Job], None]


def _process(ctx: Context, session: Session, job: Job) -> None:
    process_request(
        session=session,
        request_id=str(job.payload["request_id"]),
        blobs=ctx.blobs,
        policy=ctx.policy,
        limits=ctx.limits,
        erp=ctx.erp,
        llm=ctx.llm,
        max_lines=ctx.settings.max_claim_lines,
    )


def _carry_out(ctx: Context, session: Session, job: Job) -> None:
    case = session.get(Case, str(job.payload["case_id"]))
    if case is None:
        return
    request = session.get(InboundRequest, case.request_id)
    notify_to = request.sender if request and request.sender else None
    if notify_to is None and case.customer_id:
        notify_to = ctx.erp.reader(session).contact_address(case.customer_id)
    carry_out(session=session, case_id=case.id, erp=ctx.erp.writer(session), notify_to=notify_to)


def _send_notice(ctx: Context, session: Session, job: Job) -> None:
    send_notice(session=session, settings=ctx.settings, notice_id=str(job.payload["notice_id"]))


RESULTS = {
    DeliveryStatus.DELIVERED: "delivered",
    DeliveryStatus.PENDING: "retry",
    DeliveryStatus.FAILED: "failed",
}


def _deliver_webhook(ctx: Context, session: Session, job: Job) -> None:
    timeout = ctx.settings.webhook_timeout_seconds
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        outcome = deliver(
            session, delivery_id=str(job.payload["delivery_id"]), client=client, now=utcnow()
        )
    if outcome is not None:
        result = "waiting" if outcome.waited else RESULTS[outcome.status]
        metrics.WEBHOOK_DELIVERIES.labels(result).inc()
    if outcome is not None and outcome.disabled is not None:
        endpoint = outcome.disabled
        tell_admin(
            ctx.settings,
            name=f"webhook-disabled-{endpoint.id}",
            subject=f"Webhook endpoint {endpoint.id} disabled",
            body=f"{endpoint.url}\n\n{endpoint.disabled_reason}\n\n"
            f"Enable it again with: intake webhooks enable {endpoint.id}\n",
        )


HANDLERS: dict[str, Handler] = {
    PROCESS_REQUEST: _process,
    CARRY_OUT_ACTIONS: _carry_out,
    SEND_NOTICE: _send_notice,
    DELIVER_WEBHOOK: _deliver_webhook,
}


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def run_one(ctx: Context, *, worker: str, request_id: str | None = None) -> bool:
    """Lease and run one ready job; False when there was none."""
    with transaction(ctx.sessions) as session:
        job = lease_next(
            session=session,
            worker=worker,
            lease_seconds=ctx.settings.job_lease_seconds,
            request_id=request_id,
        )
        if job is None:
            return False
        job_id, kind, attempts = job.id, job.kind, job.attempts
        if kind == PROCESS_REQUEST:
            _mark_processing(session, job.request_id)
    run_leased(ctx, job_id=job_id, kind=kind, attempt=attempts)
    return True


def run_leased(ctx: Context, *, job_id: int, kind: str, attempt: int) -> None:
    """Run a job this worker leased, renewing the lease until its results commit."""
    try:
        with _heartbeat(ctx, job_id=job_id, attempt=attempt), transaction(ctx.sessions) as session:
            job = session.get(Job, job_id)
            assert job is not None
            HANDLERS[kind](ctx, session, job)
            finish(session=session, job_id=job_id, attempt=attempt)
    except LeaseLost:  # another worker has the job now; what this attempt did is rolled back
        log.warning("job.lease_lost", job_id=job_id, kind=kind, attempt=attempt)
        metrics.JOBS_RUN.labels(kind, "lease_lost").inc()
        return
    except Exception as error:  # a bug or an outage: retry, then record the failure
        log.exception("job.failed", job_id=job_id, kind=kind, attempt=attempt)
        with transaction(ctx.sessions) as session:
            final = fail(
                session=session,
                job_id=job_id,
                attempt=attempt,
                error=f"{type(error).__name__}: {error}",
                max_attempts=ctx.settings.job_max_attempts,
            )
            if final:
                _give_up(session, job_id)
        metrics.JOBS_RUN.labels(kind, "failed").inc()
        return
    metrics.JOBS_RUN.labels(kind, "done").inc()
    log.info("job.done", job_id=job_id, kind=kind)


@contextmanager
def _heartbeat(ctx: Context, *, job_id: int, attempt: int) -> Iterator[None]:
    """Renew the job's lease every third of it, from another thread, while the job runs."""
    lease = ctx.settings.job_lease_seconds
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(lease / 3):
            try:
                with transaction(ctx.sessions) as session:
                    if not renew(
                        session=session, job_id=job_id, attempt=attempt, lease_seconds=lease
                    ):
                        return  # taken by another worker: finish() will say so
            except Exception:  # a busy database: try again at the next beat
                log.warning("job.renew_failed", job_id=job_id, exc_info=True)

    thread = threading.Thread(target=beat, name=f"lease-{job_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _mark_processing(session: Session, request_id: str | None) -> None:
    """A received request whose processing a worker has taken up is PROCESSING (api.md)."""
    request = session.get(InboundRequest, request_id) if request_id else None
    if request is not None and request.status == RequestStatus.RECEIVED:
        request.status = RequestStatus.PROCESSING


def _give_up(session: Session, job_id: int) -> None:
    job = session.get(Job, job_id)
    if job is None or job.request_id is None:
        return
    request = session.get(InboundRequest, job.request_id)
    if request is not None and request.status != RequestStatus.PROCESSED:
        request.status = RequestStatus.FAILED
        # Whoever reads the request sees no exception text (it may quote SQL); the job's
        # last_error and the log keep it for the operator.
        kind = (job.last_error or "").partition(":")[0] or "an error"
        request.error = f"processing failed after {job.attempts} attempts ({kind})"
        request.processed_at = utcnow()


def drain(ctx: Context, *, worker: str, request_id: str | None = None) -> int:
    """Run ready jobs until none is left; return how many ran."""
    count = 0
    while run_one(ctx, worker=worker, request_id=request_id):
        count += 1
    return count


def poll_channels(ctx: Context) -> None:
    """Take in what waits in the configured channels: the shared mailbox, the EDI drop folder."""
    mailbox = Mailbox.from_settings(ctx.settings)
    if mailbox is not None:
        poll(ctx, mailbox)
    if ctx.settings.edi_inbox is not None:
        poll_drop_folder(ctx, ctx.settings.edi_inbox)


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


def run_forever(ctx: Context, *, worker: str) -> None:
    """Poll the channels every poll_seconds, run jobs as they come, anchor the audit chain."""
    log.info("worker.started", worker=worker)
    next_poll = next_anchor = 0.0
    anchored: int | None = None
    while True:
        if time.monotonic() >= next_poll:
            poll_channels(ctx)
            next_poll = time.monotonic() + ctx.settings.poll_seconds
        every = ctx.settings.audit_anchor_seconds
        if every > 0 and time.monotonic() >= next_anchor:
            anchored = anchor_if_moved(ctx, last_seq=anchored)
            next_anchor = time.monotonic() + every
        if drain(ctx, worker=worker) == 0:
            time.sleep(min(ctx.settings.poll_seconds, 2.0))
