"""Envelopes for files handed over whole: `intake process` and the EDI drop folder."""

from datetime import UTC, date, datetime, time

from app.blobs import sha256_hex
from app.requests.envelope import Channel, Envelope
from extractors.documents.email_reader import read_email_info
from extractors.documents.sniff import detect_channel, detect_type


def parse_received_at(value: str) -> datetime:
    """An ISO date (taken at noon UTC) or an ISO datetime (naive means UTC)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = datetime.combine(date.fromisoformat(value), time(12), tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def envelope_for_file(
    *,
    data: bytes,
    source: str,
    channel: Channel | None,
    account_id: str | None,
    received_at: datetime | None,
    now: datetime,
) -> Envelope:
    """The envelope of one file; the channel goes by content unless one is given."""
    channel = channel or detect_channel(data)
    digest = sha256_hex(data)
    if channel == "email":
        return _email_envelope(data, source, digest, received_at, now)
    moment = received_at or now
    return Envelope(
        channel=channel,
        data=data,
        received_at=moment,
        received_date=moment.date(),
        dedupe_key=f"{channel}:{account_id or '-'}:{digest}",
        content_type=detect_type(data),
        source=source,
        account_id=account_id,
    )


def _email_envelope(
    data: bytes, source: str, digest: str, received_at: datetime | None, now: datetime
) -> Envelope:
    info = read_email_info(data)  # the headers only: the body is read isolated, later
    message_id = info.message_id if info else None
    sent = info.date if info else None
    moment = received_at or sent or now
    return Envelope(
        channel="email",
        data=data,
        received_at=moment.astimezone(UTC),
        # Policy 1: the Date header's own calendar date, not the UTC one.
        received_date=moment.date(),
        dedupe_key=f"email:{message_id}" if message_id else f"email-sha256:{digest}",
        content_type="message/rfc822",
        source=source,
        sender=info.from_address if info else None,
        meta={
            "message_id": message_id,
            "subject": info.subject if info else "",
            "auto_reply": bool(info and info.auto_reply),
        },
    )
