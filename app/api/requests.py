"""Requests on the API: submit one (files and/or a claim form), read one."""

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.api.deps import CallerDep, ContextDep, SessionDep
from app.api.submit import InvalidSubmission, Submission, read_submission
from app.blobs import sha256_hex
from app.channels.edi import EDI_TYPE, take_in_interchange, write_ack
from app.context import Context
from app.db import utcnow
from app.erp.adapter import BuiltinErp
from app.errors import Forbidden, NotFound
from app.requests.idempotency import earlier_answer, remember
from app.requests.portal import Upload, submission_envelope
from app.requests.service import take_in
from app.requests.tables import InboundRequest
from app.results import request_result

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
    account = _account(session, caller.customer_id, submission.customer_id)
    body_hash = sha256_hex(submission.body)
    if idempotency_key:
        first = earlier_answer(
            session=session, api_key_id=caller.key_id, key=idempotency_key, body_sha256=body_hash
        )
        if first is not None:
            return _accepted(session.get(InboundRequest, first), duplicate=True)
    envelope = submission_envelope(
        files=submission.files, form=submission.form, account_id=account, now=utcnow()
    )
    taken = take_in(session=session, blobs=ctx.blobs, envelope=envelope)
    if idempotency_key:
        remember(
            session=session,
            api_key_id=caller.key_id,
            key=idempotency_key,
            body_sha256=body_hash,
            request_id=taken.request.id,
        )
    return _accepted(taken.request, duplicate=taken.duplicate)


def _account(session: SessionDep, own: str | None, named: str | None) -> str | None:
    """A customer key submits for itself; the operator may name a customer account."""
    if own is not None:
        if named not in (None, own):
            raise Forbidden("a customer key submits only for its own account")
        return own
    if named is not None and not BuiltinErp(session).customer_exists(named):
        raise NotFound(f"no customer {named}")
    return named


def _accepted(request: InboundRequest | None, *, duplicate: bool) -> JSONResponse:
    assert request is not None
    body = {
        "request_id": request.id,
        "status": request.status,
        "url": f"/api/v1/requests/{request.id}",
        "duplicate": duplicate,
    }
    return JSONResponse(body, status_code=202)


@router.get("/{request_id}")
def get_request(request_id: str, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """The request as one line of `intake process --json`, or its status before that."""
    request = session.get(InboundRequest, request_id)
    if request is None or not caller.may_see(request.customer_id or request.account_id):
        raise NotFound(f"no request {request_id}")
    return request_result(session, request)
