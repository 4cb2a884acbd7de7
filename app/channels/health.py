"""Each channel's health: when it was last polled, last worked, and what last failed."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.channels.tables import ChannelHealth
from app.context import Context
from app.db import transaction, utcnow


def record_poll(ctx: Context, channel: str, *, error: str | None = None, taken: int = 0) -> None:
    """Record one poll of a channel: a success with how much it took in, or its error."""
    now = utcnow()
    with transaction(ctx.sessions) as session:
        health = session.get(ChannelHealth, channel) or ChannelHealth(channel=channel, taken_in=0)
        session.add(health)
        health.last_poll_at = now
        if error is None:
            health.last_success_at = now
            health.taken_in = (health.taken_in or 0) + taken
        else:
            health.last_error, health.last_error_at = error, now


def health_of(session: Session) -> list[ChannelHealth]:
    """Every channel's health, by name."""
    return list(session.scalars(select(ChannelHealth).order_by(ChannelHealth.channel)))
