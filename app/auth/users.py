"""Users who sign in on the pages: made from the command line, checked at sign-in."""

import re
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.auth.passwords import (
    hash_password,
    needs_rehash,
    password_problem,
    spend_verify_time,
    verify_password,
)
from app.auth.sessions import end_every_session
from app.auth.tables import Role, User
from app.erp.port import ErpReader
from app.errors import Conflict, IntakeError, NotFound
from app.ids import new_id

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# Sign-in throttling: after this many failures in a row, each further failure pauses
# sign-in for the account, doubling from the first pause up to the longest.
FREE_ATTEMPTS = 5
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(minutes=15)


class InvalidUser(IntakeError):
    status_code = 422
    code = "invalid_user"


def normal_email(email: str) -> str:
    """The email as stored: trimmed and lower-cased."""
    return email.strip().lower()


def create_user(
    *,
    session: Session,
    erp: ErpReader,
    email: str,
    password: str,
    role: Role,
    customer_id: str | None = None,
    name: str = "",
) -> User:
    """Add a user; a customer user belongs to a customer of the ERP data, staff to none."""
    address = normal_email(email)
    if len(address) > 320 or not EMAIL.match(address):
        raise InvalidUser(f"not an email address: {email!r}")
    problem = password_problem(password)
    if problem:
        raise InvalidUser(problem)
    if role is Role.CUSTOMER:
        if not customer_id:
            raise InvalidUser("a customer user needs its customer account (--customer)")
        if not erp.customer_exists(customer_id):
            raise NotFound(f"no customer {customer_id} in the ERP data")
    elif customer_id:
        raise InvalidUser(f"a {role} user belongs to no customer account")
    if user_by_email(session=session, email=address) is not None:
        raise Conflict(f"a user {address} exists already")
    user = User(
        id=new_id("usr"),
        email=address,
        name=name.strip(),
        password_hash=hash_password(password),
        role=role.value,
        customer_id=customer_id if role is Role.CUSTOMER else None,
        failed_sign_ins=0,
    )
    session.add(user)
    session.flush()
    return user


def user_by_email(*, session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == normal_email(email)))


def display_names(*, session: Session, user_ids: set[str]) -> dict[str, str]:
    """User id to the name a page shows for it (the email when there is no name)."""
    if not user_ids:
        return {}
    users = session.scalars(select(User).where(User.id.in_(user_ids))).all()
    return {user.id: user.name or user.email for user in users}


def list_users(*, session: Session) -> list[User]:
    """Every user, by email."""
    return list(session.scalars(select(User).order_by(User.email)))


def disable_user(*, session: Session, email: str, now: datetime) -> User:
    """Stop a user from signing in and end every session it has, on every replica."""
    user = _existing_user(session, email)
    if user.disabled_at is None:
        user.disabled_at = now
    end_every_session(session=session, user_id=user.id)
    return user


def change_password(*, session: Session, email: str, password: str) -> User:
    """Set a new password, end every session of the user and lift any sign-in pause."""
    user = _existing_user(session, email)
    problem = password_problem(password)
    if problem:
        raise InvalidUser(problem)
    user.password_hash = hash_password(password)
    user.failed_sign_ins, user.locked_until = 0, None
    session.flush()
    end_every_session(session=session, user_id=user.id)
    return user


def _existing_user(session: Session, email: str) -> User:
    user = user_by_email(session=session, email=email)
    if user is None:
        raise NotFound(f"no user {normal_email(email)}")
    return user


def check_sign_in(*, session: Session, email: str, password: str, now: datetime) -> User | None:
    """The user these credentials belong to, or None; failures in a row pause sign-in."""
    user = user_by_email(session=session, email=email) if len(email) <= 320 else None
    if user is None or user.disabled_at is not None:
        spend_verify_time(password)
        return None
    if user.locked_until is not None and now < user.locked_until:
        spend_verify_time(password)  # not even checked: guessing on goes nowhere
        return None
    if not verify_password(user.password_hash, password):
        _count_failure(session, user, now)
        return None
    user.failed_sign_ins, user.locked_until = 0, None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def _count_failure(session: Session, user: User, now: datetime) -> None:
    session.execute(
        update(User)
        .where(User.id == user.id)
        .values(failed_sign_ins=User.failed_sign_ins + 1)
        .execution_options(synchronize_session=False)
    )
    session.refresh(user, ["failed_sign_ins"])
    beyond = user.failed_sign_ins - FREE_ATTEMPTS
    if beyond >= 0:
        user.locked_until = now + min(FIRST_PAUSE * 2 ** min(beyond, 16), LONGEST_PAUSE)
