"""Requests on the API: read one (the submit side comes with the portal channel)."""

from typing import Any

from fastapi import APIRouter

from app.api.deps import CallerDep, SessionDep
from app.errors import NotFound
from app.requests.tables import InboundRequest
from app.results import request_result

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])


@router.get("/{request_id}")
def get_request(request_id: str, session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """The request as one line of `intake process --json`, or its status before that."""
    request = session.get(InboundRequest, request_id)
    if request is None or not caller.may_see(request.customer_id or request.account_id):
        raise NotFound(f"no request {request_id}")
    return request_result(session, request)
