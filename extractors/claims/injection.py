"""Text that reads like an instruction to a model rather than a request to a person.

Every extractor mode flags it on the case (the LLM's and the built-in one's alike):
instructions inside a document change nothing, but a person should know they were there.
"""

import re
from dataclasses import replace
from typing import TypeVar

from extractors.fields import Proposed, ProposedFields, ProposedLine

T = TypeVar("T")

INJECTION_NOTE = "possible prompt injection in the request text"
# A value read from a line that addresses a model is not a value the customer gave: it
# stays far below the policy's threshold (0.85), as the LLM extractor's QUOTE_ONLY does.
INJECTED_CAP = 0.3
INJECTED_CHECK = "in_injected_text"

_INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier"
    r"|all|your|other)\s+(?:instructions?|rules|prompts?|directions)"
    r"|\byou\s+are\s+now\b|\bsystem\s+prompt\b|\bapprove\s+(?:this|the|my|it)\b"
    r"|\bset\s+the\s+(?:quantity|qty|amount|credit|price|status)\b|\bas\s+the\s+assistant\b"
    r"|\bnew\s+instructions\s*:",
    re.IGNORECASE,
)


def looks_like_injection(text: str) -> bool:
    """Whether a text contains phrases that address a model rather than a person."""
    return _INJECTION.search(text) is not None


def injected_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of a text that read like instructions to a model."""
    spans = []
    for match in _INJECTION.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        spans.append((start, len(text) if end < 0 else end))
    return spans


def flag_injection(fields: ProposedFields, text: str) -> ProposedFields:
    """The fields with the injection note, and values read from injected lines distrusted.

    For any extractor: the LLM's already are; the built-in one's patterns can read
    "report 40 units damaged" on an injected line as a claim line like any other.
    """
    spans = injected_lines(text)
    if not spans:
        return fields
    notes = fields.notes if INJECTION_NOTE in fields.notes else (*fields.notes, INJECTION_NOTE)
    lines = tuple(
        ProposedLine(
            sku=_maybe_distrusted(line.sku, spans),
            quantity=_maybe_distrusted(line.quantity, spans),
            reason=_distrusted(line.reason, spans),
        )
        for line in fields.lines
    )
    refs = [_distrusted(ref, spans) for ref in fields.order_refs]
    # Refs are tried in order: one read from an injected line never outranks one written.
    refs.sort(key=lambda ref: ref.evidence is not None and INJECTED_CHECK in ref.evidence.checks)
    return replace(fields, notes=notes, lines=lines, order_refs=tuple(refs))


def _distrusted(proposed: Proposed[T], spans: list[tuple[int, int]]) -> Proposed[T]:
    """A value capped at INJECTED_CAP when its evidence overlaps an injected line."""
    evidence = proposed.evidence
    if evidence is None or not any(
        evidence.start < end and start < evidence.end for start, end in spans
    ):
        return proposed
    checks = (
        evidence.checks if INJECTED_CHECK in evidence.checks else (*evidence.checks, INJECTED_CHECK)
    )
    return replace(
        proposed,
        confidence=min(proposed.confidence, INJECTED_CAP),
        evidence=replace(evidence, checks=checks),
    )


def _maybe_distrusted(
    proposed: Proposed[T] | None, spans: list[tuple[int, int]]
) -> Proposed[T] | None:
    return None if proposed is None else _distrusted(proposed, spans)
