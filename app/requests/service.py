"""Take a request in: the raw bytes first, then the request row; its processing starts on commit."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.blobs import BlobStore
from app.events.models import RequestReceived, RequestReceivedData
from app.events.outbox import emit, new_event_id
from app.ids import new_id
from app.logs import log
from app.requests.envelope import Envelope
from app.requests.tables import InboundRequest, RequestStatus
from app.work.submit import Work, WorkKind, submit


@dataclass(frozen=True)
class TakenIn:
    request: InboundRequest
    duplicate: bool


def take_in(
    *, session: Session, blobs: BlobStore, envelope: Envelope, stored: str | None = None
) -> TakenIn:
    """Store the request once (by its dedupe key) and queue its processing.

    stored: the SHA-256 of the envelope's bytes where the caller stored them already
    (the sets of one interchange share its bytes).
    """
    first = _by_dedupe_key(session, envelope.dedupe_key)
    if first is not None:
        log.info("intake.duplicate", request_id=first.id, channel=envelope.channel)
        return TakenIn(first, duplicate=True)
    digest = stored or blobs.put(envelope.data)
    request = InboundRequest(
        id=new_id("req"),
        channel=envelope.channel,
        dedupe_key=envelope.dedupe_key,
        source=envelope.source,
        sender=envelope.sender,
        account_id=envelope.account_id,
        received_at=envelope.received_at,
        received_date=envelope.received_date,
        blob_sha256=digest,
        size=len(envelope.data),
        content_type=envelope.content_type,
        meta=envelope.meta,
        status=RequestStatus.RECEIVED,
        claim={},
    )
    try:
        with session.begin_nested():
            session.add(request)
            session.flush()
    except IntegrityError:  # another process took the same message in at the same moment
        first = _by_dedupe_key(session, envelope.dedupe_key)
        assert first is not None
        return TakenIn(first, duplicate=True)
    submit(session, processing(request.id))
    _received(session, request)
    log.info("intake.received", request_id=request.id, channel=envelope.channel, size=request.size)
    return TakenIn(request, duplicate=False)


def processing(request_id: str) -> Work:
    return Work(kind=WorkKind.PROCESS_REQUEST, id=f"process:{request_id}", subject=request_id)


def unprocessed(session: Session) -> list[Work]:
    """The processing of every request taken in and not yet through the pipeline."""
    waiting = (RequestStatus.RECEIVED, RequestStatus.PROCESSING)
    ids = session.scalars(select(InboundRequest.id).where(InboundRequest.status.in_(waiting)))
    return [processing(request_id) for request_id in ids]


def _by_dedupe_key(session: Session, key: str) -> InboundRequest | None:
    return session.scalar(select(InboundRequest).where(InboundRequest.dedupe_key == key))


def _received(session: Session, request: InboundRequest) -> None:
    data = RequestReceivedData(
        channel=request.channel, account_id=request.account_id, received_at=request.received_at
    )
    event = RequestReceived(
        id=new_event_id(),
        occurred_at=request.received_at,
        request_id=request.id,
        case_id=None,
        data=data,
    )
    emit(session, event)
