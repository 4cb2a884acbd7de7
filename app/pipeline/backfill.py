"""Keep the text of requests read before the service kept it, for the reviewer's page.

Such a request's documents panel says its text was not kept. RequestReading it again (OCR
included, in the isolated reader) is work for a command an operator runs once after an
upgrade, not for a page view: `intake requests keep-text`.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.blobs import BlobStore
from app.db import transaction
from app.logs import log
from app.pipeline.process import UnreadableRequest, read_request
from app.requests.tables import InboundRequest, RequestStatus
from app.requests.text_store import TEXT_KEY, keep_request_text
from extractors.documents.limits import Limits


@dataclass
class Backfill:
    kept: int = 0  # texts read again and kept
    no_text: int = 0  # requests with no text to keep (a JSON claim form)
    unreadable: int = 0  # requests whose documents cannot be read again


def keep_missing_texts(
    *, sessions: sessionmaker[Session], blobs: BlobStore, limits: Limits
) -> Backfill:
    """Read again every processed request whose text was not kept, and keep it."""
    done = Backfill()
    for request_id in _without_text(sessions):
        with transaction(sessions) as session:  # one at a time: a failure loses only its own
            request = session.get(InboundRequest, request_id)
            if request is None:
                continue
            try:
                reading = read_request(request, blobs.get(request.blob_sha256), limits)
            except (UnreadableRequest, OSError) as problem:
                log.warning(
                    "requests.keep_text.unreadable", request_id=request_id, error=str(problem)
                )
                done.unreadable += 1
                continue
            if reading.text is None:
                done.no_text += 1
                continue
            keep_request_text(blobs=blobs, request=request, text=reading.text)
            done.kept += 1
    return done


def _without_text(sessions: sessionmaker[Session]) -> list[str]:
    with transaction(sessions) as session:
        rows = session.execute(
            select(InboundRequest.id, InboundRequest.meta)
            .where(InboundRequest.status == RequestStatus.PROCESSED)
            .order_by(InboundRequest.received_at, InboundRequest.id)
        ).all()
    return [request_id for request_id, meta in rows if TEXT_KEY not in (meta or {})]
