"""Proposed claim fields, each with the evidence it was read from.

An extractor proposes; the app resolves values against the ERP and the rules
decide. Nothing here is trusted until it has been checked.
"""

from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from rules.vocabulary import ReasonCode

T = TypeVar("T")


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: a span of the request text and the checks it passed."""

    segment: str  # the segment's name, e.g. "body", "attachment:claim.txt"
    start: int  # character offsets into RequestText.text
    end: int
    quote: str  # RequestText.text[start:end]
    page: int | None = None
    checks: tuple[str, ...] = ()
    # Where the text came from OCR: the union of the span's word boxes on the page image
    # (left, top, width, height in pixels, as read upright) and its least sure word (0-1).
    box: tuple[int, int, int, int] | None = None
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Alternative:
    """What another extractor read for the same field, shown beside it when they disagree."""

    extractor: str  # "offline", "llm"
    value: str | int | None
    confidence: float


@dataclass(frozen=True)
class Proposed(Generic[T]):
    """A proposed value with its confidence (0.0 to 1.0) and evidence."""

    value: T
    confidence: float
    evidence: Evidence | None = None
    alternatives: tuple[Alternative, ...] = ()  # hybrid mode: the other extractor's reading

    def capped(self, ceiling: float) -> "Proposed[T]":
        """The same value, its confidence no higher than ceiling."""
        return replace(self, confidence=min(self.confidence, ceiling))


@dataclass(frozen=True)
class ProposedLine:
    """One claim line as read: sku is the token as written (the app resolves aliases)."""

    sku: Proposed[str] | None
    quantity: Proposed[int] | None
    reason: Proposed[ReasonCode]

    def capped(self, ceiling: float) -> "ProposedLine":
        """The same line, each of its values no surer than ceiling."""
        return replace(
            self,
            sku=self.sku.capped(ceiling) if self.sku else None,
            quantity=self.quantity.capped(ceiling) if self.quantity else None,
            reason=self.reason.capped(ceiling),
        )


@dataclass(frozen=True)
class ProposedFields:
    """Everything an extractor proposes for one request."""

    extractor: str  # "offline", "llm", "edi" or "form"
    is_claim: bool
    not_claim_reason: str | None = None  # e.g. "auto_reply", "no_claim_language"
    order_refs: tuple[Proposed[str], ...] = ()  # order, PO or invoice numbers, best first
    lines: tuple[ProposedLine, ...] = ()
    urgent: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)
