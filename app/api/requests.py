"""Requests on the API: submit one (files and/or a claim form), read one."""

from typing import Annotated

from fastapi import APIRouter, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.auth.keys import Caller
from app.cases.disclosure import viewer_of
from app.context import Context
from app.db import transaction, utcnow
from app.errors import Forbidden, NotFound, error_responses
from app.http.deps import CallerDep, ContextDep, SessionDep
from app.http.submit import InvalidSubmission, Submission, read_submission, take_in_submission
from app.requests.edi import EDI_TYPE, take_in_interchange, write_ack
from app.requests.portal import Upload
from app.requests.tables import InboundRequest
from app.results import RequestResult, request_result
from extractors.edi.x12 import InterchangeHeader, X12Error, read_header

RequestId = Annotated[str, Path(min_length=1, max_length=64)]
router = APIRouter(
    prefix="/api/v1/requests", tags=["requests"], responses=error_responses(401, 403, 422)
)


class Accepted(BaseModel):
    """A request taken in: the worker processes it; follow it at url."""

    request_id: str
    status: str = Field(description="RECEIVED, or where it stands when taken in before")
    url: str
    duplicate: bool = Field(description="the same request was taken in before")


class AcceptedSets(BaseModel):
    """An X12 interchange taken in: one request per 180 transaction set."""

    requests: list[Accepted]


@router.post(
    "",
    status_code=202,
    responses=error_responses(404, 413, 415),
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "files": {
                                "type": "array",
                                "items": {"type": "string", "format": "binary"},
                            },
                            **{
                                name: {"type": "string"}
                                for name in (
                                    "order_number",
                                    "sku",
                                    "quantity",
                                    "reason",
                                    "note",
                                    "lines",
                                )
                            },
                        },
                    }
                }
            },
            "required": True,
        }
    },
)
async def submit_request(
    request: Request,
    ctx: ContextDep,
    session: SessionDep,
    caller: CallerDep,
    idempotency_key: Annotated[str | None, Header(max_length=255)] = None,
) -> Accepted | AcceptedSets:
    """Take a request in (processed by the worker) and answer where to follow it."""
    submission = await read_submission(request, ctx.settings)
    interchange = _interchange(submission)
    # Parsing and storing are CPU and disk work: in a thread, so the server keeps answering.
    if interchange is not None:
        return await run_in_threadpool(_take_in_interchange, ctx, session, caller, interchange)
    taken = await run_in_threadpool(
        take_in_submission,
        session=session,
        blobs=ctx.blobs,
        erp=ctx.erp.reader(session),
        submission=submission,
        caller=caller,
        idempotency_key=idempotency_key,
    )
    return _accepted(taken.request, duplicate=taken.duplicate)


def _accepted(request: InboundRequest, *, duplicate: bool) -> Accepted:
    return Accepted(
        request_id=request.id,
        status=request.status,
        url=f"/api/v1/requests/{request.id}",
        duplicate=duplicate,
    )


def _interchange(submission: Submission) -> Upload | None:
    """A single X12 file without claim fields: taken in set by set (app/requests/edi.py)."""
    if len(submission.files) != 1 or submission.form:
        return None
    upload = submission.files[0]
    return upload if upload.content_type == EDI_TYPE else None


def _take_in_interchange(
    ctx: Context, session: Session, caller: Caller, upload: Upload
) -> AcceptedSets:
    """One request per 180 set, committed before the 997 is written; a broken one is a 422."""
    header = _header(upload.data)
    if caller.customer_id is not None and header is not None:
        partner = ctx.erp.reader(session).customer_by_edi_id(header.sender_id)
        if partner != caller.customer_id:
            raise Forbidden("a customer key posts only its own interchanges")
    now = utcnow()
    with transaction(ctx.sessions) as own:
        result = take_in_interchange(
            session=own, blobs=ctx.blobs, data=upload.data, source=upload.filename, now=now
        )
        answers = [_accepted(t.request, duplicate=t.duplicate) for t in result.taken]
    outbox = ctx.settings.edi_outbox_dir
    write_ack(result, upload.data, outbox=outbox, now=now)
    if result.rejection:
        raise InvalidSubmission(result.rejection)
    return AcceptedSets(requests=answers)


def _header(data: bytes) -> InterchangeHeader | None:
    """The interchange's ISA alone (the sets are read once, by take_in_interchange)."""
    try:
        return read_header(data)
    except X12Error:
        return None


@router.get("/{request_id}", responses=error_responses(404))
def get_request(
    request_id: RequestId,
    session: SessionDep,
    caller: CallerDep,
) -> RequestResult:
    """The request as one line of `intake process --json`, or its status before that."""
    request = session.get(InboundRequest, request_id)
    if request is None or not caller.may_see(request.customer_id or request.account_id):
        raise NotFound(f"no request {request_id}")
    return request_result(session, request, viewer=viewer_of(caller.customer_id))
