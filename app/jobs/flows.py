"""The workflows: each piece of work as DBOS runs it, one database transaction a step.

A step that raises is tried again (`INTAKE_JOB_MAX_ATTEMPTS`, waiting
`INTAKE_JOB_RETRY_SECONDS`, doubled each time); after the last try the work fails and,
for a request, the request records the failure. Each step first locks the row it is
about and does nothing if that row says it is done, so a workflow taken over from a
worker that was only slow, not dead, changes nothing twice.
"""

from collections.abc import Callable
from typing import Any

import httpx
from dbos import DBOS, SetWorkflowID, StepOptions
from sqlalchemy.orm import Session

from app import metrics
from app.actions import carry_out
from app.cases.tables import Case, Notice
from app.channels.notices import send_notice, tell_admin
from app.context import Context
from app.db import lock_row, transaction, utcnow
from app.events.delivery import deliver
from app.events.outbox import is_next_attempt
from app.events.tables import DeliveryStatus, WebhookDelivery
from app.jobs import engine
from app.logs import log
from app.pipeline.process import process_request
from app.requests.tables import InboundRequest, RequestStatus
from app.work.submit import Work, WorkKind

Handler = Callable[[Context, Session, str], None]


@DBOS.workflow(name=WorkKind.PROCESS_REQUEST.value)
def process_request_flow(request_id: str) -> None:
    """Read, extract, decide and open cases; then carry out what they allow, and wait."""
    _step(_mark_processing, request_id)
    try:
        follow_up = _step(_process, request_id)
    except Exception as error:
        _step(_give_up, f"{request_id} {engine.describe(error).partition(':')[0]}")
        raise
    _start_and_wait(follow_up)


@DBOS.workflow(name=WorkKind.CARRY_OUT.value)
def carry_out_flow(case_id: str) -> None:
    _start_and_wait(_step(_carry_out, case_id))


@DBOS.workflow(name=WorkKind.SEND_NOTICE.value)
def send_notice_flow(notice_id: str) -> None:
    _step(_send_notice, notice_id)


@DBOS.workflow(name=WorkKind.DELIVER_WEBHOOK.value)
def deliver_webhook_flow(attempt: str) -> None:
    """One attempt; the next one, if any, is work of its own that waits until it is due."""
    engine.start(_step(_deliver_webhook, attempt))


def _start_and_wait(works: list[Work]) -> None:
    """Run the follow-up work here, each as a child workflow of this one (named by its
    id, so run once); webhooks are queued instead: they may retry for a day."""
    for work in works:
        if work.kind == WorkKind.DELIVER_WEBHOOK:
            engine.start([work])
            continue
        try:
            with SetWorkflowID(work.id):
                CHILDREN[work.kind](work.subject)
        except Exception:  # its own status says it failed; this work is done all the same
            log.warning("work.follow_up_failed", work_id=work.id)


CHILDREN: dict[WorkKind, Callable[[str], None]] = {
    WorkKind.CARRY_OUT: carry_out_flow,
    WorkKind.SEND_NOTICE: send_notice_flow,
}


def _step(handler: Handler, subject: str) -> list[Work]:
    """Run a handler in one transaction as a DBOS step; the work it submitted."""
    settings = engine.context().settings
    options: StepOptions = {
        "name": handler.__name__.lstrip("_"),
        "retries_allowed": settings.job_max_attempts > 1,
        "max_attempts": settings.job_max_attempts,
        "interval_seconds": settings.job_retry_seconds,
        "backoff_rate": 2.0,
    }
    dumped = DBOS.run_step(options, _in_transaction, handler, subject)
    return [Work.model_validate(work) for work in dumped]


def _in_transaction(handler: Handler, subject: str) -> list[dict[str, Any]]:
    ctx = engine.context()
    name = handler.__name__.lstrip("_")
    try:
        with engine.collecting() as works, transaction(ctx.sessions) as session:
            handler(ctx, session, subject)
    except Exception:
        log.exception("work.step_failed", step=name, subject=subject)
        metrics.JOBS_RUN.labels(name, "failed").inc()
        raise
    metrics.JOBS_RUN.labels(name, "done").inc()
    return [work.model_dump(mode="json") for work in works]


def _mark_processing(ctx: Context, session: Session, request_id: str) -> None:
    """A received request whose processing a worker has taken up is PROCESSING (api.md)."""
    request = session.get(InboundRequest, request_id)
    if request is not None and request.status == RequestStatus.RECEIVED:
        request.status = RequestStatus.PROCESSING


def _process(ctx: Context, session: Session, request_id: str) -> None:
    process_request(
        session=session,
        request_id=request_id,
        blobs=ctx.blobs,
        policy=ctx.policy,
        limits=ctx.limits,
        erp=ctx.erp,
        llm=ctx.llm,
        max_lines=ctx.settings.max_claim_lines,
    )


def _give_up(ctx: Context, session: Session, subject: str) -> None:
    request_id, _, kind = subject.partition(" ")
    request = lock_row(session, InboundRequest, request_id)
    if request is None or request.status == RequestStatus.PROCESSED:
        return
    request.status = RequestStatus.FAILED
    # Whoever reads the request sees no exception text (it may quote SQL); the work's own
    # error (intake work list) and the log keep it for the operator.
    attempts = ctx.settings.job_max_attempts
    request.error = f"processing failed after {attempts} attempts ({kind or 'an error'})"
    request.processed_at = utcnow()


def _carry_out(ctx: Context, session: Session, case_id: str) -> None:
    case = lock_row(session, Case, case_id)
    if case is None:
        return
    request = session.get(InboundRequest, case.request_id)
    notify_to = request.sender if request and request.sender else None
    if notify_to is None and case.customer_id:
        notify_to = ctx.erp.reader(session).contact_address(case.customer_id)
    carry_out(session=session, case_id=case.id, erp=ctx.erp.writer(session), notify_to=notify_to)


def _send_notice(ctx: Context, session: Session, notice_id: str) -> None:
    lock_row(session, Notice, notice_id)
    send_notice(session=session, settings=ctx.settings, notice_id=notice_id)


RESULTS = {
    DeliveryStatus.DELIVERED: "delivered",
    DeliveryStatus.PENDING: "retry",
    DeliveryStatus.FAILED: "failed",
}


def _deliver_webhook(ctx: Context, session: Session, subject: str) -> None:
    delivery_id = subject.partition(" ")[0]
    delivery = lock_row(session, WebhookDelivery, delivery_id)
    if delivery is None or not is_next_attempt(delivery, subject):
        return  # its time was moved: the attempt at the new time is work of its own
    timeout = ctx.settings.webhook_timeout_seconds
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        outcome = deliver(session, delivery_id=delivery_id, client=client, now=utcnow())
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
