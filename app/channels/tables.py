"""What the channels remember: the mailbox ledger and each mailbox's health."""

from datetime import datetime

from sqlalchemy import BigInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UtcDateTime, utcnow


class MailState:
    TAKEN = "TAKEN"  # stored and committed; not yet moved out of the folder
    MOVED = "MOVED"  # moved to the processed folder
    FAILED = "FAILED"  # could not be taken in; moved to the failed folder


class MailLedger(Base):
    """One row per message seen, keyed as IMAP knows it: account, folder, UIDVALIDITY, UID."""

    __tablename__ = "mail_ledger"
    account: Mapped[str] = mapped_column(String(320), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    uid: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    request_id: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    moved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ChannelHealth(Base):
    """The last poll of a channel (a mailbox, a drop folder): when it last worked, what failed."""

    __tablename__ = "channel_health"
    channel: Mapped[str] = mapped_column(String(400), primary_key=True)
    last_poll_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    taken_in: Mapped[int] = mapped_column(default=0)
