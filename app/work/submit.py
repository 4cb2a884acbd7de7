"""Work a transaction asks for, started by the engine after the transaction commits.

Each piece of work is named by an id derived from the row it is about (`process:req_…`),
so asking twice runs it once. The rows themselves say what is still to do (a request
not yet processed, a notice not yet sent), so work lost between a commit and its start
is found again by the engine's sweep (`app/jobs/sweep.py`).
"""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

SUBMITTED = "work.submitted"


class WorkKind(StrEnum):
    PROCESS_REQUEST = "process_request"
    CARRY_OUT = "carry_out"  # a case's actions, in order per case
    SEND_NOTICE = "send_notice"
    DELIVER_WEBHOOK = "deliver_webhook"


class Work(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: WorkKind
    id: str  # the workflow's id: the same work asked twice is run once
    subject: str  # the row it is about: a request, case, notice or delivery id
    partition: str | None = None  # work of one partition runs one at a time
    not_before: datetime | None = None


def submit(session: Session, work: Work) -> None:
    """Ask for work to start when this session's transaction commits."""
    session.info.setdefault(SUBMITTED, []).append(work)


def take_submitted(session: Session) -> list[Work]:
    """The work asked for in this session so far, taken out of it."""
    taken: list[Work] = session.info.pop(SUBMITTED, [])
    return taken
