"""The audit log: case events appended to one hash chain, and a check that it is intact.

Each event carries a global sequence number, the hash of the event before it and its
own hash: SHA-256 over a canonical JSON of its content followed by the previous hash.
The chain head (newest seq and hash) is one row, locked while an event is appended,
so two transactions can never both follow the same event (the second waits).
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.tables import AuditHead, CaseEvent
from app.db import utcnow

GENESIS = "0" * 64
HEAD_ID = 1


def canonical(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same text for the same content."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def event_hash(
    *,
    seq: int,
    case_id: str,
    at: datetime,
    actor: str,
    kind: str,
    message: str,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    """The hash of an event's content chained to the previous event's hash."""
    content = canonical(
        {
            "seq": seq,
            "case_id": case_id,
            "at": at.astimezone(UTC).isoformat(),
            "actor": actor,
            "kind": kind,
            "message": message,
            "details": details,
        }
    )
    return hashlib.sha256((content + prev_hash).encode()).hexdigest()


def record_event(
    session: Session,
    *,
    case_id: str,
    actor: str,
    kind: str,
    message: str = "",
    details: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> CaseEvent:
    """Append an event to a case's timeline and to the audit chain."""
    head = _locked_head(session)
    when = at or utcnow()
    stored = json.loads(canonical(details or {}))  # stored exactly as hashed
    seq = head.seq + 1
    digest = event_hash(
        seq=seq,
        case_id=case_id,
        at=when,
        actor=actor,
        kind=kind,
        message=message,
        details=stored,
        prev_hash=head.hash,
    )
    event = CaseEvent(
        case_id=case_id,
        at=when,
        actor=actor,
        kind=kind,
        message=message,
        details=stored,
        seq=seq,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(event)
    head.seq, head.hash = seq, digest
    return event


def _locked_head(session: Session) -> AuditHead:
    """The chain head, locked until the transaction ends (FOR UPDATE; SQLite serializes writers)."""
    query = (
        select(AuditHead)
        .where(AuditHead.id == HEAD_ID)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    head = session.scalar(query)
    if head is None:  # a database made without the migration's first row
        session.add(AuditHead(id=HEAD_ID, seq=0, hash=GENESIS))
        session.flush()
        head = session.scalar(query)
        assert head is not None
    return head


@dataclass(frozen=True)
class ChainCheck:
    """What walking the chain found: how many events, and the first problem if any."""

    events: int
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(*, session: Session, batch: int = 1000) -> ChainCheck:
    """Walk every event in seq order and report the first break of the chain."""
    rows = session.scalars(
        select(CaseEvent).order_by(CaseEvent.seq).execution_options(yield_per=batch)
    )
    count, last_seq, problem = _walk(rows)
    head = session.get(AuditHead, HEAD_ID)
    if problem is None and head is not None and head.seq != last_seq:
        problem = f"a gap after event {last_seq}"  # the newest events are gone
    return ChainCheck(events=count, problem=problem)


def _walk(rows: Iterable[CaseEvent]) -> tuple[int, int, str | None]:
    """Count the events and find the first that does not follow the one before it."""
    prev_seq, prev_hash, count = 0, GENESIS, 0
    for event in rows:
        count += 1
        if event.seq != prev_seq + 1:
            return count, prev_seq, f"a gap after event {prev_seq}"
        if event.prev_hash != prev_hash:
            return count, prev_seq, f"event {event.seq}: prev_hash does not follow event {prev_seq}"
        if event.hash != content_hash(event):
            return count, prev_seq, f"event {event.seq}: hash does not match its content"
        prev_seq, prev_hash = event.seq, event.hash
    return count, prev_seq, None


def content_hash(event: CaseEvent) -> str:
    """The hash an event should carry, from its stored content and prev_hash."""
    return event_hash(
        seq=event.seq,
        case_id=event.case_id,
        at=event.at,
        actor=event.actor,
        kind=event.kind,
        message=event.message,
        details=event.details,
        prev_hash=event.prev_hash,
    )
