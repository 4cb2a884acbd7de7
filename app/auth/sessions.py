"""Browser sessions: who is signed in, and the CSRF token every form and API call carries.

The session lives in a signed cookie (Starlette's SessionMiddleware, itsdangerous) and
holds only the user id, a fingerprint of the user's password hash, role and account,
the user's session epoch, the sign-in time and the CSRF token. The user is read from
the database on every request, so a disabled user, a changed password or role, a
signing out (which raises the epoch: a copy of the cookie kept from before is dead
too), or a sign-in older than the session lifetime ends the session at once, on
every replica.
"""

import hashlib
import secrets
from collections.abc import MutableMapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.auth.keys import Caller
from app.auth.tables import Role, User

USER_ID = "uid"
FINGERPRINT = "fp"
EPOCH = "ep"
SIGNED_IN_AT = "at"
CSRF = "csrf"
FLASH = "flash"

SessionData = MutableMapping[str, Any]


def csrf_token(data: SessionData) -> str:
    """The session's CSRF token, made on first use."""
    token = data.get(CSRF)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        data[CSRF] = token
    return token


def csrf_matches(data: SessionData, sent: object) -> bool:
    """Whether a form or header sent the session's own CSRF token."""
    token = data.get(CSRF)
    if not isinstance(token, str) or not token or not isinstance(sent, str):
        return False
    return secrets.compare_digest(token.encode(), sent.encode())


def start_session(data: SessionData, *, user: User, now: datetime) -> None:
    """Sign the user in: a fresh session (no value of the one before survives) and token."""
    data.clear()
    data[USER_ID] = user.id
    data[FINGERPRINT] = _fingerprint(user)
    data[EPOCH] = user.session_epoch
    data[SIGNED_IN_AT] = int(now.timestamp())
    data[CSRF] = secrets.token_urlsafe(32)


def end_session(data: SessionData) -> None:
    """Forget the session in this browser (end_every_session ends its copies too)."""
    data.clear()


def end_every_session(*, session: Session, user_id: str) -> None:
    """End every session of the user, wherever its cookie is: the epoch moves on."""
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(session_epoch=User.session_epoch + 1)
        .execution_options(synchronize_session=False)
    )
    user = session.get(User, user_id)
    if user is not None:
        session.refresh(user, ["session_epoch"])


def session_user(
    *, data: SessionData, session: Session, now: datetime, max_age: timedelta
) -> User | None:
    """The signed-in user, or None when nobody is or the sign-in no longer holds."""
    user_id, at = data.get(USER_ID), data.get(SIGNED_IN_AT)
    if not isinstance(user_id, str) or not isinstance(at, int):
        return None
    if not 0 <= now.timestamp() - at <= max_age.total_seconds():
        return None
    user = session.get(User, user_id)
    if user is None or user.disabled_at is not None:
        return None
    if not secrets.compare_digest(str(data.get(FINGERPRINT, "")), _fingerprint(user)):
        return None
    if data.get(EPOCH) != user.session_epoch:
        return None  # signed out (or ended) since this session began
    return user


def caller_of(user: User) -> Caller:
    """A customer user acts on the API as its customer account; staff as the operator."""
    customer = user.customer_id if user.role == Role.CUSTOMER else None
    return Caller(key_id=user.id, customer_id=customer, user_id=user.id, role=user.role)


def _fingerprint(user: User) -> str:
    """Changes when the password, the role or the account changes, ending older sessions."""
    material = "\0".join((user.password_hash, user.role, user.customer_id or ""))
    return hashlib.sha256(material.encode()).hexdigest()[:32]
