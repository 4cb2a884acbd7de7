"""The audit log: case events appended to one keyed chain, and a check that it is intact.

Each event carries a global sequence number, the hash of the event before it, its own
hash and the id of the key that sealed it: an HMAC-SHA256 (app/cases/audit_keys.py,
the key outside the database) over a canonical JSON of its content followed by the
previous hash. Events written before the keys (migration 0011) have no key id and a
plain SHA-256; they still verify as they are, and cannot be changed unnoticed because
the first keyed event seals the last of them through its prev_hash. The chain head
(newest seq and hash) is one row, locked while an event is appended, so two
transactions can never both follow the same event (the second waits); checkpoints of
the head outside the database (app/cases/audit_anchors.py) find a cut-off tail.

The money and statuses of a case (its status, credit total, each line's SKU, quantity
and credit, and each action's type, status and amount) are chained as a `ledger` event
after every change to them; verifying compares the case rows with their newest ledger.
"""

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit_anchors import read_checkpoints, write_checkpoint
from app.cases.audit_keys import AuditKey, Keyring, canonical
from app.cases.tables import AuditHead, Case, CaseEvent
from app.db import lock_row, once_a_transaction, utcnow

GENESIS = "0" * 64
HEAD_ID = 1
LEDGER = "ledger"  # the kind of the events that chain a case's money and statuses
KEYRING = "audit_keys"  # where a session from the context carries the keys (session.info)


def event_content(event: CaseEvent) -> str:
    """The canonical text an event's hash covers (the key id too, once events have one)."""
    return _content(
        seq=event.seq,
        case_id=event.case_id,
        at=event.at,
        actor=event.actor,
        kind=event.kind,
        message=event.message,
        details=event.details,
        key_id=event.key_id,
    )


def _content(
    *,
    seq: int,
    case_id: str,
    at: datetime,
    actor: str,
    kind: str,
    message: str,
    details: dict[str, Any],
    key_id: str | None,
) -> str:
    content: dict[str, Any] = {
        "seq": seq,
        "case_id": case_id,
        "at": at.astimezone(UTC).isoformat(),
        "actor": actor,
        "kind": kind,
        "message": message,
        "details": details,
    }
    if key_id is not None:
        content["key_id"] = key_id
    return canonical(content)


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
    """The plain hash of an event written before the keys (migration 0007 chained them so)."""
    content = _content(
        seq=seq,
        case_id=case_id,
        at=at,
        actor=actor,
        kind=kind,
        message=message,
        details=details,
        key_id=None,
    )
    return seal(content, prev_hash, None)


def seal(content: str, prev_hash: str, key: AuditKey | None) -> str:
    """The hash chaining content to the previous hash: keyed, or plain before the keys."""
    if key is None:
        return hashlib.sha256((content + prev_hash).encode()).hexdigest()
    return key.mac(content + prev_hash)


def keyring_of(session: Session) -> Keyring:
    """The audit keys of a session made by the context's session factory."""
    keys = session.info.get(KEYRING)
    if not isinstance(keys, Keyring):
        raise RuntimeError("this database session carries no audit keys (app/context.py)")
    return keys


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
    key = keyring_of(session).current(next_seq=head.seq + 1)
    event = CaseEvent(
        case_id=case_id,
        at=at or utcnow(),
        actor=actor,
        kind=kind,
        message=message,
        details=json.loads(canonical(details or {})),  # stored exactly as hashed
        seq=head.seq + 1,
        prev_hash=head.hash,
        key_id=key.id,
    )
    event.hash = seal(event_content(event), head.hash, key)
    session.add(event)
    head.seq, head.hash = event.seq, event.hash
    return event


def ledger_of(case: Case) -> dict[str, Any]:
    """A case's money and statuses, as a ledger event chains them."""
    return {
        "status": str(case.status),
        "credit_total": _money(case.credit_total),
        "lines": [
            {"sku": line.sku, "quantity": line.quantity, "credit": _money(line.credit)}
            for line in sorted(case.lines, key=lambda line: line.position)
        ],
        "actions": sorted(
            (
                {
                    "id": action.id,
                    "type": str(action.type),
                    "status": str(action.status),
                    "amount": _money(action.amount),
                }
                for action in case.actions
            ),
            key=lambda entry: str(entry["id"]),
        ),
    }


def seal_ledger(session: Session, *, case: Case, actor: str) -> CaseEvent:
    """Chain the case's money and statuses as they now are (after every change to them)."""
    return record_event(
        session, case_id=case.id, actor=actor, kind=LEDGER, details={"ledger": ledger_of(case)}
    )


def _money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _locked_head(session: Session) -> AuditHead:
    """The chain head, locked until the transaction ends: read and locked once a
    transaction, then kept, as no one else can change it."""
    return once_a_transaction(session, "audit_head", lambda: _lock_head(session))


def _lock_head(session: Session) -> AuditHead:
    head = lock_row(session, AuditHead, HEAD_ID)
    if head is None:  # a database made without the migration's first row
        session.add(AuditHead(id=HEAD_ID, seq=0, hash=GENESIS))
        head = lock_row(session, AuditHead, HEAD_ID)
        assert head is not None
    return head


def anchor_head(*, session: Session, keys: Keyring, directory: Path) -> tuple[int, Path]:
    """Write the chain's head as a sealed checkpoint outside the database; its seq and file."""
    head = session.get(AuditHead, HEAD_ID)
    seq, head_hash = (head.seq, head.hash) if head is not None else (0, GENESIS)
    path = write_checkpoint(
        directory=directory, keys=keys, seq=seq, head_hash=head_hash, now=utcnow()
    )
    return seq, path


def rotate_key(*, session: Session, keys: Keyring) -> AuditKey:
    """A new current key, made while the head is locked (no event is sealed meanwhile)."""
    head = _locked_head(session)
    keys.current(next_seq=head.seq + 1)  # the first key first, if there is none yet
    return keys.rotate(next_seq=head.seq + 1)


@dataclass(frozen=True)
class ChainCheck:
    """What walking the chain found: how many events, and the first problem if any."""

    events: int
    problem: str | None
    checkpoints: int = 0  # checkpoints whose event the chain still holds
    unsealed_cases: int = 0  # cases opened before ledgers were chained, unchanged since

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(
    *, session: Session, keys: Keyring, anchors: Path | None = None, batch: int = 1000
) -> ChainCheck:
    """Walk every event in seq order; report the first break, cut-off tail or changed money.

    Called first in its transaction, it reads one snapshot (PostgreSQL: REPEATABLE READ;
    SQLite: a transaction begun before the first read, as the driver begins one only at the
    first write), so an action carried out while it walks is seen in both the chain and the
    case or in neither, never as "money or statuses differ".
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    elif dialect == "sqlite":
        dbapi = session.connection().connection.dbapi_connection
        if dbapi is not None and not dbapi.in_transaction:
            dbapi.execute("BEGIN")
    checkpoints = read_checkpoints(directory=anchors, keys=keys) if anchors else None
    if checkpoints is not None and checkpoints.problems:
        return ChainCheck(events=0, problem=checkpoints.problems[0])
    wanted = {c.seq: c.hash for c in checkpoints.valid} if checkpoints else {}
    walk = _Walk(keys=keys, keyed_from=keys.keyed_from(), wanted=dict(wanted))
    rows = session.scalars(
        select(CaseEvent).order_by(CaseEvent.seq).execution_options(yield_per=batch)
    )
    problem = walk.run(rows)
    head = session.get(AuditHead, HEAD_ID)
    if problem is None and head is not None and head.seq != walk.seq:
        problem = f"a gap after event {walk.seq}"  # the newest events are gone
    if problem is None and walk.wanted:
        seq = max(walk.wanted)
        problem = f"event {seq} of a checkpoint is gone: the chain ends at event {walk.seq}"
    unsealed = 0
    if problem is None:
        problem, unsealed = _check_ledgers(session, walk, batch)
    return ChainCheck(
        events=walk.count,
        problem=problem,
        checkpoints=len(wanted) - len(walk.wanted),
        unsealed_cases=unsealed,
    )


@dataclass
class _Walk:
    """The state of a walk along the chain: where it is and what it saw on the way."""

    keys: Keyring
    keyed_from: int | None  # from this seq on, every event carries a key
    wanted: dict[int, str]  # checkpointed seqs not reached yet, and their hashes
    count: int = 0
    seq: int = 0
    hash: str = GENESIS
    ledgers: dict[str, Any] = field(default_factory=dict)  # case id → its newest ledger
    opened: dict[str, int] = field(default_factory=dict)  # case id → seq of its first event

    def run(self, rows: Iterable[CaseEvent]) -> str | None:
        for event in rows:
            self.count += 1
            problem = self._step(event)
            if problem is not None:
                return problem
        return None

    def _step(self, event: CaseEvent) -> str | None:
        if event.seq != self.seq + 1:
            return f"a gap after event {self.seq}"
        if event.prev_hash != self.hash:
            return f"event {event.seq}: prev_hash does not follow event {self.seq}"
        problem = self._check_seal(event)
        if problem is not None:
            return problem
        expected = self.wanted.pop(event.seq, None)
        if expected is not None and expected != event.hash:
            return f"event {event.seq}: not the event its checkpoint holds"
        self.seq, self.hash = event.seq, event.hash
        self.opened.setdefault(event.case_id, event.seq)
        if event.kind == LEDGER:
            self.ledgers[event.case_id] = event.details.get("ledger")
        return None

    def _check_seal(self, event: CaseEvent) -> str | None:
        key: AuditKey | None = None
        if event.key_id is not None:
            key = self.keys.get(event.key_id)
            if key is None:
                return f"event {event.seq}: its key {event.key_id} is not in the key directory"
        elif self.keyed_from is not None and event.seq >= self.keyed_from:
            return f"event {event.seq}: not sealed with a key"
        if not hmac.compare_digest(seal(event_content(event), event.prev_hash, key), event.hash):
            return f"event {event.seq}: hash does not match its content"
        return None


def _check_ledgers(session: Session, walk: _Walk, batch: int) -> tuple[str | None, int]:
    """Compare every case's money and statuses with its newest ledger; the unsealed count."""
    unsealed = 0
    cases = session.scalars(select(Case).order_by(Case.id).execution_options(yield_per=batch))
    for case in cases:
        sealed = walk.ledgers.get(case.id)
        if sealed is None:
            opened = walk.opened.get(case.id)
            if opened is not None and walk.keyed_from is not None and opened >= walk.keyed_from:
                return f"case {case.id}: its money and statuses were never chained", unsealed
            unsealed += 1  # opened before the ledgers, and not changed since
        elif sealed != ledger_of(case):
            return f"case {case.id}: its money or statuses differ from the chain", unsealed
    return None, unsealed
