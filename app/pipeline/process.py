"""The pipeline of one request: documents → fields → facts → decision → cases.

Called by the worker for a `process_request` job (and in-process by `intake
process`). Processing a request that is already processed does nothing.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePosixPath
from time import perf_counter, thread_time

from sqlalchemy.orm import Session

from app import metrics
from app.blobs import BlobStore
from app.cases.service import open_cases, prior_cases
from app.cases.tables import Case
from app.db import lock_row, utcnow
from app.erp.port import CustomerMatch, Erp, ErpReader
from app.extraction.service import READER_FAILED, propose
from app.identify import Identified, identify, identify_sender, order_vocabulary
from app.jsonable import to_jsonable
from app.logs import log
from app.pipeline.stages import StageTimes
from app.requests.claim_record import (
    ClaimRecord,
    LineEvidence,
    NotAClaim,
    claim_line,
    order_refs,
)
from app.requests.edi import as_text, transaction_of
from app.requests.portal import form_of
from app.requests.tables import InboundRequest, RequestStatus
from app.requests.text_store import keep_request_text
from extractors.claims.form import parse_form_json, read_form
from extractors.claims.offline import request_refs
from extractors.documents.limits import Limits
from extractors.documents.read import Kind, Measured, read_measured_isolated
from extractors.documents.sniff import detect_type
from extractors.fields import ProposedFields
from extractors.llm.extractor import LlmExtractor
from extractors.text import RequestText
from rules import decide
from rules.facts import ClaimFacts
from rules.policy import Policy
from rules.vocabulary import Outcome


class UnreadableRequest(Exception):
    """The request's document could not be read at all; its outcome says why."""


@dataclass(frozen=True)
class RequestReading:
    fields: ProposedFields | None  # None: free text, for the configured extractor to propose
    text: RequestText | None
    fallback: str | None = None  # why the configured extractor's answer is not the one used
    llm: dict[str, str] | None = None  # model, prompt version and outcome when the LLM was asked
    ocr_pages: int = 0
    ocr_seconds: float = 0.0  # the pages' OCR time added up


def process_request(
    *,
    session: Session,
    request_id: str,
    blobs: BlobStore,
    policy: Policy,
    limits: Limits,
    erp: Erp,
    llm: LlmExtractor | None = None,
    max_lines: int | None = None,
) -> None:
    """Take a received request through the whole pipeline and record its outcome.

    max_lines: past this many claim lines the request goes to a person whole.
    """
    request = session.get(InboundRequest, request_id)
    if request is None or request.status in (RequestStatus.PROCESSED, RequestStatus.FAILED):
        return
    started, cpu_started = perf_counter(), thread_time()
    times = StageTimes()
    _process(
        session,
        request,
        blobs=blobs,
        policy=policy,
        limits=limits,
        erp=erp,
        llm=llm,
        max_lines=max_lines,
        times=times,
    )
    total = perf_counter() - started
    metrics.PROCESSING_SECONDS.labels(request.channel).observe(total)
    outcome = request.outcome.value if request.outcome else request.status.value
    metrics.REQUESTS.labels(request.channel, outcome).inc()
    # The CPU time of this thread beside the wall time: what the request cost, whatever
    # else the machine was doing (a reader process's and OCR's CPU are not in it).
    cpu_ms = round((thread_time() - cpu_started) * 1000, 2)
    times.record(
        request_id=request.id, channel=request.channel, total=total, outcome=outcome, cpu_ms=cpu_ms
    )


def _process(
    session: Session,
    request: InboundRequest,
    *,
    blobs: BlobStore,
    policy: Policy,
    limits: Limits,
    erp: Erp,
    llm: LlmExtractor | None,
    max_lines: int | None,
    times: StageTimes,
) -> None:
    try:
        with times.stage("read"):
            reading = read_request(request, blobs.get(request.blob_sha256), limits)
            if reading.text is not None:  # what was read, for the reviewer's page
                keep_request_text(blobs=blobs, request=request, text=reading.text)
    except UnreadableRequest as problem:
        _fail(request, str(problem))
        return
    if reading.ocr_pages:
        times.add("ocr", reading.ocr_seconds)
        times.ocr_pages = reading.ocr_pages
    reader = erp.reader(session)
    if reading.fields is None and reading.text is not None:
        # Reads only, the request's text digest not yet written: no lock is taken.
        with times.stage("extract"), session.no_autoflush:
            # Order first: its items are read however written.
            vocabulary = order_vocabulary(
                erp=reader,
                sender=_sender(reader, request),
                refs=request_refs(reading.text),
                text=reading.text.text,
            )
            proposal = propose(
                session=session,
                llm=llm,
                request_id=request.id,
                text=reading.text,
                vocabulary=vocabulary,
            )
        reading = replace(
            reading, fields=proposal.fields, fallback=proposal.fallback, llm=proposal.llm
        )
    # What follows writes: one run at a time, and a second run (of a worker thought dead,
    # and only slow) finds the request done. Locked only now: reading, OCR and a language
    # model take long, and on SQLite the lock is the whole database's.
    with times.stage("lock"):
        lock_row(session, InboundRequest, request.id)
    if request.status in (RequestStatus.PROCESSED, RequestStatus.FAILED):
        return
    fields = reading.fields
    assert fields is not None  # every channel's reading gives fields or text
    request.extractor = fields.extractor
    if not fields.is_claim or not fields.lines:
        _not_a_claim(request, reading, fields)
        return
    open_claim(
        session=session,
        request=request,
        fields=fields,
        erp=reader,
        policy=policy,
        unreadable=reading.text.problems if reading.text else (),
        fallback=reading.fallback,
        llm=reading.llm,
        max_lines=max_lines,
        times=times,
    )


def read_request(request: InboundRequest, data: bytes, limits: Limits) -> RequestReading:
    """Documents and fields of a request, by its channel and the type of its bytes."""
    name = PurePosixPath(request.source or "request").name
    if request.channel == "edi":
        outcome = transaction_of(data, str(request.meta.get("st02")), digest=request.blob_sha256)
        if outcome is None:
            raise UnreadableRequest("the 180 transaction set could not be read again")
        return RequestReading(outcome.fields, as_text(outcome))
    if request.channel in ("email", "form"):  # a portal submission is a MIME container too
        with metrics.DOCUMENT_READ_SECONDS.labels("email").time():
            read = read_measured_isolated(data, kind="email", name=name, limits=limits)
        fields = read_form(form_of(data) or {}) if request.channel == "form" else None
        return _reading(fields if fields and fields.is_claim else None, read)
    kind = detect_type(data)
    if kind == "application/json":
        form = parse_form_json(data)
        if form is None:
            raise UnreadableRequest("the JSON document is not a claim form (an object)")
        return RequestReading(read_form(form), None)
    # An uploaded .eml (mail forwarded as a file) is read as the email it is.
    as_kind: Kind = "email" if kind == "message/rfc822" else "upload"
    with metrics.DOCUMENT_READ_SECONDS.labels("upload").time():
        read = read_measured_isolated(data, kind=as_kind, name=name, limits=limits)
    text = read.text
    if not text.text.strip():
        raise UnreadableRequest("; ".join(text.problems) or f"{name} holds no readable text")
    return _reading(None, read)


def _reading(fields: ProposedFields | None, read: Measured) -> RequestReading:
    return RequestReading(fields, read.text, ocr_pages=read.ocr_pages, ocr_seconds=read.ocr_seconds)


def open_claim(
    *,
    session: Session,
    request: InboundRequest,
    fields: ProposedFields,
    erp: ErpReader,
    policy: Policy,
    unreadable: tuple[str, ...] = (),
    fallback: str | None = None,
    llm: dict[str, str] | None = None,
    set_by: str | None = None,
    max_lines: int | None = None,
    times: StageTimes | None = None,
) -> list[Case]:
    """Identify, decide and open the cases of a request's claim fields (policy 3 to 7).

    set_by names the person who typed the fields (a reopened message), recorded as the
    evidence of every line in place of a span of text.
    """
    times = times or StageTimes()
    with times.stage("identify"):
        sender = _sender(erp, request)
        found = identify(erp=erp, sender=sender, fields=fields)
    with times.stage("decide"):
        return _decide_and_open(
            session=session,
            request=request,
            fields=fields,
            found=found,
            policy=policy,
            unreadable=unreadable,
            fallback=fallback,
            llm=llm,
            set_by=set_by,
            max_lines=max_lines,
        )


def _decide_and_open(
    *,
    session: Session,
    request: InboundRequest,
    fields: ProposedFields,
    found: Identified,
    policy: Policy,
    unreadable: tuple[str, ...],
    fallback: str | None,
    llm: dict[str, str] | None,
    set_by: str | None,
    max_lines: int | None,
) -> list[Case]:
    """The rules' decisions on the identified claim, and the cases they open."""
    facts = ClaimFacts(
        received_date=request.received_date,
        lines=found.lines,
        sender_customer_id=found.sender.customer_id if found.sender else None,
        order=found.order,
        customer_confidence=found.customer_confidence,
        order_confidence=found.order_confidence,
        contract=found.contract,
        unreadable=unreadable,
        extraction_fallback=fallback,
        max_lines=max_lines,
        prior_cases=prior_cases(
            session=session, order_number=found.order.order_number if found.order else None
        ),
    )
    decisions = decide(facts, policy)
    now = utcnow()
    request.extractor = fields.extractor
    request.customer_id = found.customer_id
    request.order_number = found.order.order_number if found.order else None
    request.claim = _claim_record(fields, found, set_by=set_by)
    assert request.claim is not None
    cases = open_cases(
        session=session,
        request_id=request.id,
        customer_id=found.customer_id,
        facts=facts,
        decisions=decisions,
        record={
            "policy_version": policy.version,
            "policy": to_jsonable(policy),
            "extractor": fields.extractor,
            "llm": llm,
            "claim": request.claim.model_dump(mode="json"),
        },
        now=now,
    )
    _done(request, Outcome.CASES_OPENED, now)
    log.info(
        "pipeline.decided",
        request_id=request.id,
        cases=len(decisions),
        decisions=[d.decision.value for d in decisions],
    )
    return cases


def _sender(erp: ErpReader, request: InboundRequest) -> CustomerMatch | None:
    return identify_sender(
        erp=erp,
        sender=request.sender,
        account_id=request.account_id,
        edi_sender=request.meta.get("edi_sender"),
    )


def _claim_record(fields: ProposedFields, found: Identified, *, set_by: str | None) -> ClaimRecord:
    """The claim as read and resolved, with the evidence of every value."""
    return ClaimRecord(
        customer_id=found.customer_id,
        customer_match=found.sender.how if found.sender else None,
        customer_confidence=found.customer_confidence,
        order_number=found.order.order_number if found.order else None,
        order_confidence=found.order_confidence,
        order_refs=order_refs(fields),
        lines=tuple(
            claim_line(line, LineEvidence(set_by=set_by) if set_by else evidence)
            for line, evidence in zip(found.lines, found.evidence, strict=True)
        ),
        urgent=fields.urgent,
        notes=(*fields.notes, *found.notes),
    )


def _not_a_claim(request: InboundRequest, reading: RequestReading, fields: ProposedFields) -> None:
    """No claim read: not a claim, unless part of it went unread (then a person reads it)."""
    reason = fields.not_claim_reason or "no_claim_lines"
    problems = reading.text.problems if reading.text else ()
    request.claim = NotAClaim(not_claim_reason=reason, unreadable=problems)
    # An auto-reply is one whatever its attachments hold; anything else with a part
    # left unread (a limit hit, a broken file, our reader's bug) may hide the claim:
    # never made to vanish.
    unread = (bool(problems) and reason != "auto_reply") or reason == READER_FAILED
    _done(request, Outcome.NEEDS_REVIEW if unread else Outcome.NOT_A_CLAIM, utcnow())
    log.info("pipeline.not_a_claim", request_id=request.id, reason=reason, unread=unread)


def _fail(request: InboundRequest, reason: str) -> None:
    request.status = RequestStatus.FAILED
    request.error = reason
    request.processed_at = utcnow()
    log.warning("pipeline.unreadable", request_id=request.id, reason=reason)


def _done(request: InboundRequest, outcome: Outcome, now: datetime) -> None:
    request.status = RequestStatus.PROCESSED
    request.outcome = outcome
    request.processed_at = now
