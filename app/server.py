"""The HTTP API application (spec/api.md)."""

from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from prometheus_fastapi_instrumentator import Instrumentator
from prometheus_fastapi_instrumentator import metrics as http_metrics
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import cases, channels, requests, webhooks
from app.context import Context
from app.errors import IntakeError
from app.http import metrics
from app.http.deps import SessionDep
from app.logs import log
from app.metrics import REGISTRY
from app.web import mount_web

# HTTP requests, sizes and latency (intake_http_…), labelled by route template, method and
# status class: made once per process (a second would clash in the registry), added to each app.
HTTP = http_metrics.default(metric_namespace="intake", registry=REGISTRY)


def _error(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": code, "message": message}}, status_code=status, headers=headers
    )


def _invalid_message(error: RequestValidationError) -> str:
    """The first few problems in words: "query.offset: Input should be ... 10000000"."""
    problems = [
        f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
        for problem in error.errors()[:3]
    ]
    return "; ".join(problems) or "the request is not valid"


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
        # Keep the exception's headers: a 405 names the allowed methods in Allow.
        return _error(error.status_code, "http_error", str(error.detail), error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid_request", _invalid_message(error))

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception) -> JSONResponse:
        # A bug: the answer says so in the JSON format and nothing of the exception.
        log.error("http.server_error", path=request.url.path, error=type(error).__name__)
        return _error(500, "internal_error", "an internal error; it has been logged")

    @app.get("/health", tags=["health"])
    def health(session: SessionDep) -> dict[str, str]:
        """Alive, and the database answers."""
        session.execute(text("SELECT 1"))
        return {"status": "ok", "database": "ok"}

    app.include_router(requests.router)
    app.include_router(cases.router)
    app.include_router(channels.router)
    app.include_router(webhooks.router)
    app.include_router(metrics.router)
    # HTTP metrics labelled by route template (never the path a caller typed) and status class.
    http = Instrumentator(excluded_handlers=["/metrics", "/static"], registry=REGISTRY)
    if HTTP is not None:
        http.add(HTTP)
    http.instrument(app)
    mount_web(app, ctx)  # the session middleware, sign-in and the portal
    return app
