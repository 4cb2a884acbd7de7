"""The HTTP API application (spec/api.md)."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from prometheus_fastapi_instrumentator import Instrumentator
from prometheus_fastapi_instrumentator import metrics as http_metrics
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import cases, channels, requests
from app.context import Context
from app.errors import IntakeError
from app.http import metrics
from app.http.deps import SessionDep
from app.metrics import REGISTRY
from app.web import mount_web

# HTTP requests, sizes and latency (intake_http_…), labelled by route template, method and
# status class: made once per process (a second would clash in the registry), added to each app.
HTTP = http_metrics.default(metric_namespace="intake", registry=REGISTRY)


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(ctx: Context) -> FastAPI:
    """The FastAPI application over a built context."""
    app = FastAPI(
        title="Returns and exceptions intake",
        version="1",
        description="Submit returns and shipment-exception requests; read and act on cases.",
    )
    app.state.context = ctx

    @app.exception_handler(IntakeError)
    async def intake_error(_: Request, error: IntakeError) -> JSONResponse:
        return _error(error.status_code, error.code, error.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        return _error(error.status_code, "http_error", str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid_request", str(error.errors()[:3]))

    @app.get("/health", tags=["health"])
    def health(session: SessionDep) -> dict[str, str]:
        """Alive, and the database answers."""
        session.execute(text("SELECT 1"))
        return {"status": "ok", "database": "ok"}

    app.include_router(requests.router)
    app.include_router(cases.router)
    app.include_router(channels.router)
    app.include_router(metrics.router)
    # HTTP metrics labelled by route template (never the path a caller typed) and status class.
    http = Instrumentator(excluded_handlers=["/metrics", "/static"], registry=REGISTRY)
    if HTTP is not None:
        http.add(HTTP)
    http.instrument(app)
    mount_web(app, ctx)  # the session middleware, sign-in and the portal
    return app
