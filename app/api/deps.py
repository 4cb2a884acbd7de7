"""Dependencies of the HTTP API: the database session and the calling key."""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.auth.keys import Caller, authenticate
from app.context import Context
from app.errors import Unauthorized


def get_context(request: Request) -> Context:
    context: Context = request.app.state.context
    return context


ContextDep = Annotated[Context, Depends(get_context)]


def get_session(ctx: Annotated[Context, Depends(get_context)]) -> Iterator[Session]:
    """One transaction per HTTP request: committed when the route returns."""
    with ctx.sessions() as session, session.begin():
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_caller(request: Request, session: SessionDep) -> Caller:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("send an API key: Authorization: Bearer <key>")
    caller = authenticate(session=session, token=token.strip())
    if caller is None:
        raise Unauthorized("the API key is not valid")
    return caller


CallerDep = Annotated[Caller, Depends(get_caller)]
