"""The text of a request: one string made of segments, each mapped to its source.

Evidence of a value is made here (`evidence_at`, `propose_at`), for every extractor,
so that a span read by OCR always carries its box and its least sure word, and that
word's confidence bounds the value's (`ocr_capped`).
"""

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from extractors.fields import Evidence, Proposed

T = TypeVar("T")
# A value read by OCR is no surer than the least sure word of its span: its confidence
# is at most that word's confidence + OCR_SLACK. A span whose least sure word is under
# 0.6 cannot reach the policy's 0.85; one whose words are all 0.75 or surer is not
# lowered (Tesseract reads clean print at 0.9 and more).
OCR_SLACK = 0.25


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


def evidence_at(
    doc: RequestText, start: int, end: int, *, checks: tuple[str, ...] = ()
) -> Evidence:
    """The evidence of doc.text[start:end]: its segment, page, and OCR box and confidence."""
    segment = doc.segment_at(start)
    words = [w for w in segment.words if w.start < end and start < w.end] if segment else []
    return Evidence(
        segment=segment.name if segment else "",
        start=start,
        end=end,
        quote=doc.text[start:end],
        page=segment.page if segment else None,
        checks=checks,
        box=_union(words) if words else None,
        ocr_confidence=min(w.confidence for w in words) if words else None,
    )


def ocr_capped(confidence: float, evidence: Evidence | None) -> float:
    """A confidence bounded by the OCR confidence of its evidence (OCR_SLACK above)."""
    if evidence is None or evidence.ocr_confidence is None:
        return confidence
    # Rounded down to hundredths: a person reads "0.58", and rounding never lifts a value.
    bound = math.floor(round((evidence.ocr_confidence + OCR_SLACK) * 100, 6)) / 100
    return min(confidence, bound)


def propose_at(
    doc: RequestText,
    value: T,
    confidence: float,
    start: int,
    end: int,
    *,
    checks: tuple[str, ...] = (),
) -> Proposed[T]:
    """A value read from doc.text[start:end], with its evidence and its OCR-bounded confidence."""
    evidence = evidence_at(doc, start, end, checks=checks)
    return Proposed(value=value, confidence=ocr_capped(confidence, evidence), evidence=evidence)


def _union(words: list[OcrWord]) -> tuple[int, int, int, int]:
    """The smallest box (left, top, width, height) holding every word's box."""
    left = min(w.left for w in words)
    top = min(w.top for w in words)
    right = max(w.left + w.width for w in words)
    bottom = max(w.top + w.height for w in words)
    return left, top, right - left, bottom - top
