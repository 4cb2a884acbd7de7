"""API keys (stored hashed; a key belongs to one customer account or to the operator) and users."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UtcDateTime, utcnow


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[str | None] = mapped_column(String(64))  # None: the operator
    label: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Role(StrEnum):
    """What a person may do: a customer sees its own account; staff work the cases."""

    CUSTOMER = "customer"
    REVIEWER = "reviewer"
    FINANCE = "finance"
    ADMIN = "admin"


STAFF_ROLES = frozenset({Role.REVIEWER, Role.FINANCE, Role.ADMIN})


class User(Base):
    """A person who signs in on the pages: a customer's user, or staff."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint("email = lower(email)", name="email_lower"),
        CheckConstraint("role IN ('customer', 'reviewer', 'finance', 'admin')", name="role_known"),
        CheckConstraint(
            "(role = 'customer') = (customer_id IS NOT NULL)", name="customer_iff_customer_role"
        ),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)  # customers only
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Sign-in throttling: failures in a row, and no attempt is checked before locked_until.
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Raised to end every session of the user at once, on every replica: a session
    # carries the epoch it began in and holds only while the row still has it.
    session_epoch: Mapped[int] = mapped_column(default=0, server_default="0")
