"""The health of each intake channel (operator keys only)."""

from datetime import datetime

from fastapi import APIRouter
from pydantic import BaseModel

from app.channels.health import health_of
from app.errors import Forbidden, error_responses
from app.http.deps import CallerDep, SessionDep

router = APIRouter(
    prefix="/api/v1/channels", tags=["channels"], responses=error_responses(401, 403)
)


class ChannelHealth(BaseModel):
    """One channel's last poll, last success and last error (times in ISO 8601)."""

    channel: str
    last_poll_at: str | None
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None
    taken_in: int


class ChannelPage(BaseModel):
    items: list[ChannelHealth]


@router.get("")
def channel_health(session: SessionDep, caller: CallerDep) -> ChannelPage:
    """Each channel's last poll, last success and last error (an expired password shows here)."""
    if caller.customer_id is not None:
        raise Forbidden("only the operator sees the channels")
    return ChannelPage(
        items=[
            ChannelHealth(
                channel=h.channel,
                last_poll_at=_iso(h.last_poll_at),
                last_success_at=_iso(h.last_success_at),
                last_error=h.last_error,
                last_error_at=_iso(h.last_error_at),
                taken_in=h.taken_in,
            )
            for h in health_of(session)
        ]
    )


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None
