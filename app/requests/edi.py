"""EDI in: an X12 interchange becomes one request per 180 transaction set, then a 997.

Policy.md 9: a transaction set is the same when its interchange sender, ISA13 and
ST02 are, so an interchange taken in twice creates nothing new. The interchange's
bytes are stored once (content-addressed); each request row names its set. The 997
is written after the commit, under a name fixed by the interchange, so writing it
again after a crash changes nothing. A test interchange (ISA15 = T) is processed
but carries out no action.
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.blobs import BlobStore
from app.requests.envelope import Envelope
from app.requests.service import TakenIn, take_in
from extractors.edi.ack997 import acknowledge
from extractors.edi.edi180 import Edi180, EdiReading, UnsupportedTransaction, read_edi
from extractors.text import RequestText, Segment

EDI_TYPE = "application/edi-x12"


@dataclass
class EdiTakeIn:
    """What became of one interchange."""

    reading: EdiReading
    taken: list[TakenIn] = field(default_factory=list)
    unsupported: list[UnsupportedTransaction] = field(default_factory=list)

    @property
    def rejection(self) -> str | None:
        if self.reading.rejection:
            return self.reading.rejection
        if not self.taken and self.unsupported:
            return "; ".join(t.reason for t in self.unsupported)
        return None


def take_in_interchange(
    *,
    session: Session,
    blobs: BlobStore,
    data: bytes,
    source: str,
    now: datetime,
    received_at: datetime | None = None,
) -> EdiTakeIn:
    """Take every 180 set of an interchange in as a request of its own."""
    reading = read_edi(data)
    result = EdiTakeIn(reading=reading)
    interchange = reading.interchange
    if interchange is None:
        return result
    for outcome in reading.transactions:
        if isinstance(outcome, UnsupportedTransaction):
            result.unsupported.append(outcome)
            continue
        envelope = Envelope(
            channel="edi",
            data=data,
            received_at=received_at or now,
            received_date=received_at.date() if received_at else outcome.received_date,
            dedupe_key=f"edi:{interchange.sender_id}:{interchange.control_number}:"
            f"{outcome.control_number}",
            content_type=EDI_TYPE,
            source=source,
            meta={
                "edi_sender": interchange.sender_id,
                "isa13": interchange.control_number,
                "st02": outcome.control_number,
                "test": interchange.test,
                "subject": f"EDI 180 {outcome.reference or outcome.control_number}",
            },
        )
        result.taken.append(take_in(session=session, blobs=blobs, envelope=envelope))
    return result


def transaction_of(data: bytes, control_number: str) -> Edi180 | None:
    """The 180 set with this ST02 in an interchange."""
    for outcome in read_edi(data).transactions:
        if isinstance(outcome, Edi180) and outcome.control_number == control_number:
            return outcome
    return None


def as_text(outcome: Edi180) -> RequestText:
    """The set's text (one segment per line), which its evidence offsets point into."""
    return RequestText(
        text=outcome.text, segments=(Segment("edi", 0, len(outcome.text), kind="edi"),)
    )


def write_ack(result: EdiTakeIn, data: bytes, *, outbox: Path, now: datetime) -> Path | None:
    """Write the 997 of an interchange (accepting or rejecting) into the outbox."""
    header = result.reading.interchange
    control = int(header.control_number) if header and header.control_number.isdigit() else 1
    ack = acknowledge(result.reading, data, control_number=control, now=now)
    if ack is None:
        return None
    sender = header.sender_id if header else "unknown"
    outbox.mkdir(parents=True, exist_ok=True)
    path = outbox / f"997-{_safe(sender)}-{control:09d}.edi"
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(ack)
    temporary.replace(path)
    return path


def _safe(value: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in value) or "unknown"
