"""The pages: sign-in, the customer portal, and the reviewer pages.

Server-rendered Jinja2 templates, a small stylesheet and script; the session is a
signed cookie (app.auth.sessions), every form carries the session's CSRF token.
"""

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from app.auth.secret import session_secret
from app.context import Context
from app.web import documents, insights, portal, review, routes, webhooks, work
from app.web.deps import PageError, SignInRequired
from app.web.pages import render

SESSION_COOKIE = "intake_session"


def mount_web(app: FastAPI, ctx: Context) -> None:
    """Add the session middleware, the pages and their static files to the application."""
    settings = ctx.settings
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings),
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_max_age_seconds,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.include_router(routes.router)
    app.include_router(portal.router)
    app.include_router(review.router)
    app.include_router(documents.router)
    app.include_router(webhooks.router)
    app.include_router(work.router)
    app.include_router(insights.router)
    static = Path(__file__).parent / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.exception_handler(SignInRequired)
    async def sign_in_first(_: Request, error: SignInRequired) -> Response:
        return RedirectResponse(error.location, status_code=303)

    @app.exception_handler(PageError)
    async def page_error(request: Request, error: PageError) -> Response:
        return render(
            request,
            "error.html",
            status_code=error.status_code,
            title=error.title,
            message=error.message,
        )
