"""Requests on the API: submit one (files and/or a claim form), read one."""

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.api.deps import CallerDep, ContextDep, SessionDep
from app.api.submit import InvalidSubmission, Submission, read_submission, take_in_submission
from app.auth.keys import Caller
from app.channels.edi import EDI_TYPE, take_in_interchange, write_ack
from app.context import Context
from app.db import transaction, utcnow
from app.erp.adapter import BuiltinErp
from app.errors import Forbidden, NotFound
from app.requests.portal import Upload
from app.requests.tables import InboundRequest
from app.results import request_result
from extractors.edi.edi180 import read_edi

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])


@router.post(
    "",
    status_code=202,
    responses={413: {"description": "too large"}, 415: {"description": "file type refused"}},
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
) -> JSONResponse:
    """Take a request in (processed by the worker) and answer where to follow it."""
    submission = await read_submission(request, ctx.settings)
    interchange = _interchange(submission)
    if interchange is not None:
        return _take_in_interchange(ctx, session, caller, interchange)
    taken = take_in_submission(
        session=session,
        blobs=ctx.blobs,
        submission=submission,
        caller=caller,
        idempotency_key=idempotency_key,
    )
    return JSONResponse(_accepted(taken.request, duplicate=taken.duplicate), status_code=202)


def _accepted(request: InboundRequest, *, duplicate: bool) -> dict[str, Any]:
    return {
        "request_id": request.id,
        "status": request.status,
        "url": f"/api/v1/requests/{request.id}",
        "duplicate": duplicate,
    }


def _interchange(submission: Submission) -> Upload | None:
    """A single X12 file without claim fields: taken in set by set (app/channels/edi)."""
    if len(submission.files) != 1 or submission.form:
        return None
    upload = submission.files[0]
    return upload if upload.content_type == EDI_TYPE else None


def _take_in_interchange(
    ctx: Context, session: Session, caller: Caller, upload: Upload
) -> JSONResponse:
    """One request per 180 set, committed before the 997 is written; a broken one is a 422."""
    interchange = read_edi(upload.data).interchange
    if caller.customer_id is not None and interchange is not None:
        partner = BuiltinErp(session).customer_by_edi_id(interchange.sender_id)
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
    return JSONResponse({"requests": answers}, status_code=202)


@router.get("/{request_id}")
def get_request(request_id: str, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """The request as one line of `intake process --json`, or its status before that."""
    request = session.get(InboundRequest, request_id)
    if request is None or not caller.may_see(request.customer_id or request.account_id):
        raise NotFound(f"no request {request_id}")
    return request_result(session, request)
