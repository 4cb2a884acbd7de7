"""Signing in and out, and the landing page (the review pages are app/web/review.py)."""

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from app.auth.sessions import end_every_session, end_session, start_session
from app.auth.users import check_sign_in
from app.db import utcnow
from app.http.deps import SessionDep, signed_in_user
from app.logs import log
from app.web.deps import home_of, safe_next, small_form
from app.web.pages import flash, render

router = APIRouter(include_in_schema=False)

SIGN_IN_REFUSED = (
    "The email or password is not right. After several failed attempts, "
    "signing in to an account pauses for a few minutes."
)


@router.get("/")
def landing(request: Request, session: SessionDep) -> Response:
    """Customers to the portal, staff to the review pages, others to sign in."""
    user = signed_in_user(request, session)
    return RedirectResponse(home_of(user) if user else "/login", status_code=303)


@router.get("/login")
def login_form(request: Request, session: SessionDep, next: str | None = None) -> Response:
    """The sign-in form (a signed-in user goes straight on)."""
    user = signed_in_user(request, session)
    if user is not None:
        return RedirectResponse(safe_next(next) or home_of(user), status_code=303)
    return render(request, "login.html", next=safe_next(next), email="")


@router.post("/login")
async def login(request: Request, session: SessionDep) -> Response:
    """Check the email and password; on success a fresh session, then on to the page."""
    form = await small_form(request)
    email, password = str(form.get("email") or ""), str(form.get("password") or "")
    back_to = safe_next(form.get("next"))
    now = utcnow()
    user = await run_in_threadpool(
        check_sign_in, session=session, email=email, password=password, now=now
    )
    if user is None:
        log.info("web.sign_in.refused")
        return render(
            request,
            "login.html",
            status_code=401,
            error=SIGN_IN_REFUSED,
            next=back_to,
            email=email[:320],
        )
    start_session(request.session, user=user, now=now)
    log.info("web.sign_in", user_id=user.id, role=user.role)
    return RedirectResponse(back_to or home_of(user), status_code=303)


@router.post("/logout")
async def logout(request: Request, session: SessionDep) -> Response:
    """End every session of the user (a copied cookie too), clear this one, go to sign-in."""
    await small_form(request)
    user = signed_in_user(request, session)
    if user is not None:
        end_every_session(session=session, user_id=user.id)
        log.info("web.sign_out", user_id=user.id)
    end_session(request.session)
    flash(request, "You are signed out.")
    return RedirectResponse("/login", status_code=303)
