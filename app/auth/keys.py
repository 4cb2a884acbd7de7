"""API keys: made once, shown once, stored as a SHA-256 hash (they are long random strings)."""

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.actor import Actor
from app.auth.tables import ApiKey
from app.ids import new_id

KEY_PREFIX = "rk_"


@dataclass(frozen=True)
class Caller:
    """Who calls the API: a customer account, or the operator (customer_id None).

    key_id is the API key's id, or for a signed-in browser the user's id (user_id) and
    role (an API key has no role).
    """

    key_id: str
    customer_id: str | None
    user_id: str | None = None
    role: str | None = None

    def may_see(self, customer_id: str | None) -> bool:
        return self.customer_id is None or self.customer_id == customer_id

    @property
    def actor(self) -> Actor:
        """The caller as a case's services check and its timeline records it."""
        if self.user_id is not None and self.role is not None:
            return Actor.person(self.user_id, self.role)
        return Actor.key(self.key_id)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_key(*, session: Session, customer_id: str | None, label: str = "") -> str:
    """Make a key for a customer account (or the operator) and return it in clear, once."""
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiKey(
            id=new_id("key"),
            prefix=token[:10],
            key_hash=_digest(token),
            customer_id=customer_id,
            label=label,
        )
    )
    session.flush()
    return token


def authenticate(*, session: Session, token: str) -> Caller | None:
    """The caller a key belongs to, or None for an unknown or revoked key."""
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    return Caller(key_id=row.id, customer_id=row.customer_id)
