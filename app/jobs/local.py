"""Processing files handed over whole: what `intake process` does per file. The work runs
on the engine like any other (this process works its queues too), and is waited for."""

from datetime import datetime
from pathlib import Path
from typing import Any

from app.context import Context
from app.db import transaction, utcnow
from app.jobs import engine
from app.logs import log
from app.requests.edi import take_in_interchange, write_ack
from app.requests.envelope import Channel
from app.requests.files import envelope_for_file
from app.requests.service import processing, take_in
from app.requests.tables import InboundRequest
from app.results import request_result
from extractors.documents.sniff import detect_channel


def process_file(
    ctx: Context,
    path: Path,
    *,
    channel: Channel | None,
    customer: str | None,
    received_at: datetime | None,
) -> dict[str, Any]:
    """Take one file in as a request (an interchange: one per 180 set) and give its result."""
    engine.launch(ctx)  # once a process; later calls bind the context
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return {"source": source, "error": f"cannot read the file: {error.strerror}"}
    if not data:
        return {"source": source, "error": "the file is empty"}
    limit = ctx.settings.max_request_bytes
    if len(data) > limit:
        return {"source": source, "error": f"the file is larger than the limit of {limit} bytes"}
    try:
        if (channel or detect_channel(data)) == "edi":
            return _process_interchange(ctx, data, source, received_at)
        envelope = envelope_for_file(
            data=data,
            source=source,
            channel=channel,
            account_id=customer,
            received_at=received_at,
            now=utcnow(),
        )
        with transaction(ctx.sessions) as session:
            taken = take_in(session=session, blobs=ctx.blobs, envelope=envelope)
            taken_in = [(taken.request.id, taken.duplicate)]
        return _results(ctx, source, taken_in)[0]
    except Exception as error:  # one bad file must not stop the others
        log.exception("process.file_failed", source=source)
        return {"source": source, "error": f"internal error: {type(error).__name__}"}


def _process_interchange(
    ctx: Context, data: bytes, source: str, received_at: datetime | None
) -> dict[str, Any]:
    now = utcnow()
    with transaction(ctx.sessions) as session:
        result = take_in_interchange(
            session=session,
            blobs=ctx.blobs,
            data=data,
            source=source,
            now=now,
            received_at=received_at,
        )
        taken_in = [(taken.request.id, taken.duplicate) for taken in result.taken]
    write_ack(
        result,
        data,
        outbox=ctx.settings.edi_outbox_dir,
        now=now,
    )
    if result.rejection:
        return {"source": source, "channel": "edi", "error": result.rejection}
    lines = _results(ctx, source, taken_in)
    unsupported = [{"st02": t.control_number, "error": t.reason} for t in result.unsupported]
    return lines[0] if len(lines) == 1 and not unsupported else merge(lines, unsupported)


def _results(ctx: Context, source: str, taken_in: list[tuple[str, bool]]) -> list[dict[str, Any]]:
    works = [processing(request_id) for request_id, duplicate in taken_in if not duplicate]
    engine.start(works)  # started at commit already, unless that failed: once either way
    for work in works:
        try:
            engine.wait([work.id])
        except Exception:  # failed for good: the request says so
            log.warning("process.work_failed", work_id=work.id)
    with transaction(ctx.sessions) as session:
        results = []
        for request_id, duplicate in taken_in:
            request = session.get(InboundRequest, request_id)
            assert request is not None
            result = request_result(session, request, source=source, duplicate=duplicate)
            results.append(result.model_dump(mode="json"))
        return results


def merge(lines: list[dict[str, Any]], unsupported: list[dict[str, str]]) -> dict[str, Any]:
    """One line for an interchange of several sets: the first set's fields, every set's
    lines and cases, and per set its request (cli.md asks one object per file)."""
    merged = dict(lines[0])
    merged["lines"] = [line for result in lines for line in result.get("lines", [])]
    merged["cases"] = [case for result in lines for case in result.get("cases", [])]
    outcomes = {result.get("outcome") for result in lines}
    if "CASES_OPENED" in outcomes:
        merged["outcome"] = "CASES_OPENED"
    merged["request_ids"] = [result["request_id"] for result in lines]
    merged["transactions"] = [
        {"request_id": r["request_id"], "outcome": r.get("outcome"), "error": r.get("error")}
        for r in lines
    ] + unsupported
    return merged
