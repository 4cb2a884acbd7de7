"""The one envelope every channel builds before handing a request to intake."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Channel = Literal["email", "upload", "edi", "form"]


@dataclass(frozen=True)
class Envelope:
    """An inbound request as a channel hands it over: bytes plus what the channel knows."""

    channel: Channel
    data: bytes
    received_at: datetime
    received_date: date  # policy.md 1: the date as the sender's calendar has it
    dedupe_key: str
    content_type: str
    source: str | None = None
    sender: str | None = None  # an email address
    account_id: str | None = None  # the submitting customer account (portal, API, CLI)
    meta: dict[str, Any] = field(default_factory=dict)
