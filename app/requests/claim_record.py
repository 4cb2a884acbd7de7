"""The claim as read and resolved, with the evidence of every value: one typed record.

A processed request keeps it in `requests.claim` (a `ClaimRecord`, or a `NotAClaim`
for a message judged not a claim), and every decision record keeps the claim it was
decided from. This module is the only one that writes or reads that JSON: the column
type validates it on the way in and out, and rows written before the record had a
`kind` are told apart by their keys.
"""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Tag, TypeAdapter
from sqlalchemy.types import TypeDecorator

from app.db import JsonDoc
from app.jsonable import to_jsonable
from extractors.fields import Evidence, Proposed, ProposedFields, ProposedLine
from rules.facts import ClaimLine, storable_quantity
from rules.vocabulary import ReasonCode

LINE_FIELDS = ("sku", "quantity", "reason")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EvidenceRecord(_Record):
    """Where a value was read: a span of the request's text and the checks it passed."""

    segment: str
    start: int
    end: int
    quote: str
    page: int | None = None
    checks: tuple[str, ...] = ()
    box: tuple[int, int, int, int] | None = None  # OCR: the span's words on the upright page
    ocr_confidence: float | None = None  # OCR: its least sure word (0-1)


class AlternativeRecord(_Record):
    """What another extractor read for the same field (hybrid mode)."""

    extractor: str
    value: str | int | None
    confidence: float


class OrderRefRecord(_Record):
    """An order, PO or invoice number as read, best first."""

    value: str
    confidence: float
    evidence: EvidenceRecord | None = None
    alternatives: tuple[AlternativeRecord, ...] = ()


class LineConfidenceRecord(_Record):
    sku: float = 0.0
    quantity: float = 0.0
    reason: float = 0.0


class LineEvidence(_Record):
    """The evidence of each field of a line, or the person who typed it (set_by)."""

    sku: EvidenceRecord | None = None
    quantity: EvidenceRecord | None = None
    reason: EvidenceRecord | None = None
    alternatives: dict[str, tuple[AlternativeRecord, ...]] = {}
    set_by: str | None = None  # "user:ID": a person set the line; no span of text

    def of(self, name: str) -> EvidenceRecord | None:
        found: EvidenceRecord | None = getattr(self, name)
        return found


class ClaimLineRecord(_Record):
    """One claim line: our SKU after alias resolution, quantity, reason, and how sure."""

    sku: str | None
    quantity: int | None
    reason: ReasonCode
    confidence: LineConfidenceRecord = LineConfidenceRecord()
    evidence: LineEvidence = LineEvidence()


class ClaimRecord(_Record):
    """A claim: who asks, about which order, which lines, with the evidence of each."""

    kind: Literal["claim"] = "claim"
    customer_id: str | None = None
    customer_match: str | None = None  # how the sender was matched: contact, domain, …
    customer_confidence: float = 0.0
    order_number: str | None = None
    order_confidence: float = 0.0
    order_refs: tuple[OrderRefRecord, ...] = ()
    lines: tuple[ClaimLineRecord, ...] = ()
    urgent: bool = False
    notes: tuple[str, ...] = ()  # e.g. a possible prompt injection in the text
    # A message first judged not a claim, reopened by a person (app/pipeline/reopen.py).
    not_claim_reason: str | None = None
    reopened_by: str | None = None
    unreadable: tuple[str, ...] = ()


class NotAClaim(_Record):
    """A message judged not a claim, and why; what could not be read of it."""

    kind: Literal["not_a_claim"] = "not_a_claim"
    not_claim_reason: str
    unreadable: tuple[str, ...] = ()


def _kind(data: Any) -> str:
    """The record's kind; rows from before it was stored are told apart by their keys."""
    if isinstance(data, BaseModel):
        return str(getattr(data, "kind", ""))
    if "kind" in data:
        return str(data["kind"])
    return "claim" if "lines" in data else "not_a_claim"


AnyClaim = Annotated[
    Annotated[ClaimRecord, Tag("claim")] | Annotated[NotAClaim, Tag("not_a_claim")],
    Discriminator(_kind),
]
_ANY = TypeAdapter(AnyClaim)


def read_claim(data: Any) -> ClaimRecord | NotAClaim | None:
    """A stored claim record, validated (None for a request not yet processed)."""
    return None if not data else _ANY.validate_python(data)


def recorded_claim(inputs: dict[str, Any]) -> ClaimRecord:
    """The claim a decision record was decided from."""
    found = read_claim(inputs.get("claim"))
    return found if isinstance(found, ClaimRecord) else ClaimRecord()


class ClaimColumn(TypeDecorator[ClaimRecord | NotAClaim]):
    """A JSON column holding a claim record, validated when read and when written."""

    impl = JsonDoc
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        record = value if isinstance(value, BaseModel) else read_claim(value)
        return record.model_dump(mode="json") if record is not None else {}

    def process_result_value(self, value: Any, dialect: Any) -> ClaimRecord | NotAClaim | None:
        return read_claim(value)


def _evidence(evidence: Evidence | None) -> EvidenceRecord | None:
    return None if evidence is None else EvidenceRecord.model_validate(to_jsonable(evidence))


def _alternatives(proposed: Proposed[Any]) -> tuple[AlternativeRecord, ...]:
    return tuple(AlternativeRecord.model_validate(to_jsonable(a)) for a in proposed.alternatives)


def line_evidence(line: ProposedLine) -> LineEvidence:
    """The evidence of a line as read, and what another extractor read where they differ."""
    fields = {"sku": line.sku, "quantity": line.quantity, "reason": line.reason}
    return LineEvidence(
        sku=_evidence(line.sku.evidence) if line.sku else None,
        quantity=_evidence(line.quantity.evidence) if line.quantity else None,
        reason=_evidence(line.reason.evidence),
        alternatives={
            name: _alternatives(value)
            for name, value in fields.items()
            if value is not None and value.alternatives
        },
    )


def claim_line(line: ClaimLine, evidence: LineEvidence) -> ClaimLineRecord:
    return ClaimLineRecord(
        sku=line.sku,
        quantity=storable_quantity(line.quantity),  # an absurd one is in its evidence only
        reason=line.reason,
        confidence=LineConfidenceRecord.model_validate(to_jsonable(line.confidence)),
        evidence=evidence,
    )


def order_refs(fields: ProposedFields) -> tuple[OrderRefRecord, ...]:
    return tuple(
        OrderRefRecord(
            value=ref.value,
            confidence=ref.confidence,
            evidence=_evidence(ref.evidence),
            alternatives=_alternatives(ref),
        )
        for ref in fields.order_refs
    )
