"""Dependencies of the pages: the signed-in user by role, and the CSRF check of a form."""

from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from starlette.datastructures import FormData

from app.auth.sessions import csrf_matches
from app.auth.tables import STAFF_ROLES, Role, User
from app.http.deps import SessionDep, signed_in_user
from app.http.submit import read_body

CSRF_FIELD = "csrf_token"
SMALL_FORM_BYTES = 64 * 1024  # sign-in and sign-out forms


class PageError(Exception):
    """A page that cannot be shown: rendered as a plain error page with its status."""

    def __init__(self, status_code: int, title: str, message: str) -> None:
        super().__init__(message)
        self.status_code, self.title, self.message = status_code, title, message


class SignInRequired(Exception):
    """Nobody is signed in: the browser is sent to the sign-in page, then back."""

    def __init__(self, back_to: str) -> None:
        super().__init__(back_to)
        self.back_to = back_to

    @property
    def location(self) -> str:
        return f"/login?next={quote(self.back_to, safe='/')}"


def not_found() -> PageError:
    return PageError(404, "Not found", "There is no such page, or it is not yours to see.")


def csrf_refused() -> PageError:
    return PageError(
        403,
        "The form could not be accepted",
        "The form was out of date or did not come from this site. "
        "Go back, reload the page and send it again.",
    )


def page_user(request: Request, session: SessionDep) -> User:
    """The signed-in user; otherwise off to the sign-in page."""
    user = signed_in_user(request, session)
    if user is None:
        back_to = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInRequired(back_to)
    return user


PageUser = Annotated[User, Depends(page_user)]


def customer_user(user: PageUser) -> User:
    if user.role != Role.CUSTOMER:
        raise PageError(403, "For customer accounts", "The portal is for customer accounts.")
    return user


def staff_user(user: PageUser) -> User:
    if user.role not in STAFF_ROLES:
        raise PageError(403, "For staff", "This page is for the returns team.")
    return user


def admin_user(user: PageUser) -> User:
    if user.role != Role.ADMIN:
        raise PageError(403, "For admins", "This page is for administrators.")
    return user


CustomerUser = Annotated[User, Depends(customer_user)]
StaffUser = Annotated[User, Depends(staff_user)]
AdminUser = Annotated[User, Depends(admin_user)]


def check_csrf(request: Request, form: FormData) -> None:
    """Refuse (403) a form that does not carry the session's CSRF token."""
    if not csrf_matches(request.session, form.get(CSRF_FIELD)):
        raise csrf_refused()


async def small_form(request: Request) -> FormData:
    """A short urlencoded form (sign-in, sign-out), its size limited, its CSRF token checked."""
    request._body = await read_body(request, SMALL_FORM_BYTES)
    form = await request.form(max_files=0, max_fields=20)
    check_csrf(request, form)
    return form


def home_of(user: User) -> str:
    """Where a user lands after signing in."""
    return "/portal" if user.role == Role.CUSTOMER else "/review"


def safe_next(value: object) -> str | None:
    """A path on this site to go back to after signing in, or None."""
    if not isinstance(value, str) or not value.startswith("/") or len(value) > 512:
        return None
    if value.startswith(("//", "/\\")) or any(ord(c) < 32 or c == "\\" for c in value):
        return None
    return value
