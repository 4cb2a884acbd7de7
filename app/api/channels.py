"""The health of each intake channel (operator keys only)."""

from typing import Any

from fastapi import APIRouter

from app.api.deps import CallerDep, SessionDep
from app.channels.health import health_of
from app.errors import Forbidden

router = APIRouter(prefix="/api/v1/channels", tags=["channels"])


@router.get("")
def channel_health(session: SessionDep, caller: CallerDep) -> dict[str, Any]:
    """Each channel's last poll, last success and last error (an expired password shows here)."""
    if caller.customer_id is not None:
        raise Forbidden("only the operator sees the channels")
    return {
        "items": [
            {
                "channel": h.channel,
                "last_poll_at": h.last_poll_at.isoformat() if h.last_poll_at else None,
                "last_success_at": h.last_success_at.isoformat() if h.last_success_at else None,
                "last_error": h.last_error,
                "last_error_at": h.last_error_at.isoformat() if h.last_error_at else None,
                "taken_in": h.taken_in,
            }
            for h in health_of(session)
        ]
    }
