"""Dependencies of the HTTP API: the database session and the caller (a key or a sign-in)."""

from collections.abc import Iterator
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.auth.keys import Caller, authenticate
from app.auth.sessions import caller_of, csrf_matches, session_user
from app.auth.tables import User
from app.context import Context
from app.db import utcnow
from app.errors import Forbidden, Unauthorized

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "x-csrf-token"


def get_context(request: Request) -> Context:
    context: Context = request.app.state.context
    return context


ContextDep = Annotated[Context, Depends(get_context)]


def get_session(ctx: Annotated[Context, Depends(get_context)]) -> Iterator[Session]:
    """One transaction per HTTP request: committed when the route returns, before the
    response is sent (scope "function" below), so a client that is told a change was made
    (a 303 to the page that shows it, a 201) reads it, and a failed commit is an error."""
    with ctx.sessions() as session, session.begin():
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def signed_in_user(request: Request, session: Session) -> User | None:
    """The user of the request's browser session, or None."""
    data = request.scope.get("session")
    if not data:
        return None
    settings = get_context(request).settings
    return session_user(
        data=data,
        session=session,
        now=utcnow(),
        max_age=timedelta(seconds=settings.session_max_age_seconds),
    )


def get_caller(request: Request, session: SessionDep) -> Caller:
    """An API key (Authorization: Bearer), else a signed-in browser session."""
    if "authorization" in request.headers:
        return _key_caller(request, session)
    user = signed_in_user(request, session)
    if user is None:
        raise Unauthorized("send an API key: Authorization: Bearer <key> (or sign in)")
    if request.method not in SAFE_METHODS and not csrf_matches(
        request.session, request.headers.get(CSRF_HEADER)
    ):
        raise Forbidden("a signed-in browser sends the page's CSRF token in X-CSRF-Token")
    return caller_of(user)


def _key_caller(request: Request, session: Session) -> Caller:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("send an API key: Authorization: Bearer <key>")
    caller = authenticate(session=session, token=token.strip())
    if caller is None:
        raise Unauthorized("the API key is not valid")
    return caller


CallerDep = Annotated[Caller, Depends(get_caller)]
