"""Rendering the pages: Jinja2 templates, the values every page needs, safe headers."""

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.auth.sessions import FLASH, csrf_token
from app.auth.tables import User

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")

# The pages load nothing from elsewhere and run no inline script; nobody may frame them.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(
    request: Request,
    template: str,
    *,
    user: User | None = None,
    status_code: int = 200,
    **values: Any,
) -> HTMLResponse:
    """A page: the template with the user, the form token and any one-time message."""
    session = request.session
    context = {
        "user": user,
        "csrf_token": csrf_token(session),
        "flash": session.pop(FLASH, None),
        **values,
    }
    return TEMPLATES.TemplateResponse(
        request, template, context, status_code=status_code, headers=PAGE_HEADERS
    )


def flash(request: Request, message: str) -> None:
    """A message shown once, on the next page rendered."""
    request.session[FLASH] = message
