"""/metrics for Prometheus on the main port: operator keys and staff only."""

from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.errors import Forbidden
from app.http.deps import CallerDep, ContextDep
from app.insights.live import exposition

router = APIRouter(tags=["metrics"])


@router.get("/metrics", response_class=Response, include_in_schema=False)
def metrics(ctx: ContextDep, caller: CallerDep) -> Response:
    """Every metric in the Prometheus text format (docs/metrics.md)."""
    if caller.customer_id is not None:
        raise Forbidden("only the operator reads the metrics")
    return Response(exposition(ctx.sessions), media_type=CONTENT_TYPE_LATEST)
