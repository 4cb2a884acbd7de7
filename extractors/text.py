"""The text of a request: one string made of segments, each mapped to its source."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class OcrWord:
    """One word read by OCR: where it is in the text, where on the page, how sure."""

    start: int  # offsets into RequestText.text
    end: int
    left: int  # box in pixels of the page image as read upright
    top: int
    width: int
    height: int
    confidence: float  # 0.0 to 1.0


@dataclass(frozen=True)
class Segment:
    """A stretch of RequestText.text that came from one place of one document."""

    name: str  # "body", "attachment:claim.txt", "form"
    start: int
    end: int
    kind: str = "text"  # "text", "html", "form", "ocr", "pdf"
    page: int | None = None  # 1-based page (PDF page, image frame) of a document
    quoted: bool = False  # quoted reply history: not read as a new claim
    words: tuple[OcrWord, ...] = ()  # the words of an OCR segment, in text order
    source: str | None = None  # the file it was read from: "claim.pdf", "fwd.eml/scan.png"
    rotation: int = 0  # degrees the page image was turned clockwise to read it upright


@dataclass(frozen=True)
class Attachment:
    """A file that came with a request; its bytes go to the blob store."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class EmailInfo:
    """The headers of an email that the pipeline needs."""

    message_id: str | None
    from_address: str | None  # lower-cased addr-spec
    from_name: str | None
    subject: str
    date: datetime | None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_reply: bool = False  # Auto-Submitted, X-Autoreply, Precedence, List-Unsubscribe


@dataclass(frozen=True)
class RequestText:
    """All readable text of one request, with the map back to its sources."""

    text: str
    segments: tuple[Segment, ...]
    email: EmailInfo | None = None
    attachments: tuple[Attachment, ...] = ()
    problems: tuple[str, ...] = field(default_factory=tuple)  # documents that could not be read

    def segment_at(self, offset: int) -> Segment | None:
        """The segment holding a character offset."""
        for segment in self.segments:
            if segment.start <= offset < segment.end:
                return segment
        return None
