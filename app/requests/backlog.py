"""The backlog of requests as an operator watches it drain: how many wait, how fast they
are done, and when at that pace the last of them will be.

Counted from the requests themselves, not from the work engine: a request is waiting
until its processing is recorded, whichever worker does it.
"""

from datetime import datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.requests.tables import InboundRequest, RequestStatus

WINDOW = timedelta(minutes=15)  # the pace is measured over this much of the recent past


class Backlog(BaseModel):
    waiting: int  # received, not yet taken up
    processing: int  # taken up by a worker
    done_recently: int  # processed or failed within WINDOW
    window_minutes: int
    per_minute: float  # done_recently over the window
    minutes_left: float | None  # at that pace; None when nothing was done lately

    @property
    def left(self) -> int:
        return self.waiting + self.processing


def backlog(*, session: Session, now: datetime) -> Backlog:
    """The requests still to process and the pace they were processed at lately."""
    counted = session.execute(
        select(InboundRequest.status, func.count())
        .where(InboundRequest.status.in_([RequestStatus.RECEIVED, RequestStatus.PROCESSING]))
        .group_by(InboundRequest.status)
    )
    counts: dict[RequestStatus, int] = dict(counted.all())
    done = session.scalar(
        select(func.count())
        .select_from(InboundRequest)
        .where(InboundRequest.processed_at >= now - WINDOW)
    )
    minutes = WINDOW.total_seconds() / 60
    per_minute = (done or 0) / minutes
    waiting = counts.get(RequestStatus.RECEIVED, 0)
    processing = counts.get(RequestStatus.PROCESSING, 0)
    left = waiting + processing
    return Backlog(
        waiting=waiting,
        processing=processing,
        done_recently=done or 0,
        window_minutes=int(minutes),
        per_minute=round(per_minute, 1),
        minutes_left=round(left / per_minute, 1) if per_minute else None,
    )
