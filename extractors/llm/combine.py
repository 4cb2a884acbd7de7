"""Hybrid mode: when the built-in reading needs the LLM's, and how the two are combined.

When the LLM is asked (`needs_llm`): the built-in extractor's reading is not enough for
the policy when a needed field is missing or below its threshold (min_field_confidence,
0.85): no order reference or the best one below it; no claim lines; a line without a
SKU or a quantity, or with its SKU, quantity or reason below it; or no claim read at all
("no_claim_language": a claim worded in a way the lexicon does not know would otherwise
be closed as NOT_A_CLAIM with no one looking). An auto-reply (RFC 3834 headers) is a
clear NOT_A_CLAIM and does not need the LLM.

How readings combine (`combine`), field by field:
- Both read the same value: agreement. The confidence is that of two independent readers,
  1 - (1 - a)(1 - b), at most AGREEMENT_CAP (0.99: agreement is never certainty). A reading
  that is not grounded in the text (its evidence missing, "not_grounded" or
  "in_injected_text") adds nothing: the grounded reading's confidence stands, and two
  ungrounded readings stay below the threshold.
- They read different values: disagreement. The built-in value is kept, below the
  threshold so a person looks, with the LLM's value in `alternatives`.
- Only one read it (a field, a line, an order reference): kept, below the threshold. Only
  a value both extractors read may stand at or above it; the LLM is asked only when the
  built-in reading would send the request to a person anyway, so this costs no approval.
Lines are paired by SKU and reason, then by SKU alone (the reason disputed), then lines
without a SKU by reason. Every combined value's evidence records who read it (one of the
HYBRID_* checks); a value with no evidence at all can only be the LLM's.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from extractors.fields import Alternative, Evidence, Proposed, ProposedFields, ProposedLine

T = TypeVar("T")

EXTRACTOR = "hybrid"
AGREEMENT_CAP = 0.99
BELOW_MARGIN = 0.05  # a value sent to review sits at least this far under the threshold
UNGROUNDED_CHECKS = frozenset({"not_grounded", "in_injected_text"})
HYBRID_AGREED = "hybrid:agreed"  # both extractors read this value
HYBRID_DISAGREED = "hybrid:disagreed"  # the built-in value; the LLM's is an alternative
HYBRID_OFFLINE_ONLY = "hybrid:offline_only"
HYBRID_LLM_ONLY = "hybrid:llm_only"
DISAGREEMENT_NOTE = "the built-in extractor and the LLM read this request differently"


@dataclass(frozen=True)
class Need:
    """Why the built-in reading needs the LLM's: fields not read, and fields read too low."""

    missing: tuple[str, ...] = ()
    low: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.missing or self.low)


def needs_llm(fields: ProposedFields, *, threshold: float) -> Need:
    """What of the built-in reading is missing or below the threshold (module docstring)."""
    if not fields.is_claim:
        return Need() if fields.not_claim_reason == "auto_reply" else Need(missing=("is_claim",))
    missing: list[str] = []
    low: list[str] = []
    if not fields.order_refs:
        missing.append("order_ref")
    elif fields.order_refs[0].confidence < threshold:
        low.append("order_ref")
    if not fields.lines:
        missing.append("lines")
    for index, line in enumerate(fields.lines):
        for name, value in (
            ("sku", line.sku),
            ("quantity", line.quantity),
            ("reason", line.reason),
        ):
            if value is None:
                missing.append(f"lines[{index}].{name}")
            elif value.confidence < threshold:
                low.append(f"lines[{index}].{name}")
    return Need(missing=tuple(missing), low=tuple(low))


def combine(offline: ProposedFields, llm: ProposedFields, *, threshold: float) -> ProposedFields:
    """One reading of a request from the built-in extractor's and the LLM's."""
    refs = combine_refs(offline.order_refs, llm.order_refs, threshold=threshold)
    is_claim = offline.is_claim or llm.is_claim  # a claim either reads goes to the rules
    lines = combine_lines(offline.lines, llm.lines, threshold=threshold) if is_claim else ()
    notes = tuple(dict.fromkeys((*offline.notes, *llm.notes)))
    if offline.is_claim != llm.is_claim or _disputed(refs, lines):
        notes = (*notes, DISAGREEMENT_NOTE)
    return ProposedFields(
        extractor=EXTRACTOR,
        is_claim=is_claim,
        not_claim_reason=None if is_claim else offline.not_claim_reason,
        order_refs=refs,
        lines=lines,
        urgent=offline.urgent or llm.urgent,
        notes=notes,
    )


def agreement(offline: Proposed[T], llm: Proposed[T], *, threshold: float) -> float:
    """The confidence of a value both extractors read (module docstring)."""
    grounded = [p.confidence for p in (offline, llm) if is_grounded(p)]
    if len(grounded) == 2:
        return min(AGREEMENT_CAP, 1 - (1 - offline.confidence) * (1 - llm.confidence))
    if grounded:
        return grounded[0]
    return min(max(offline.confidence, llm.confidence), below(threshold))


def is_grounded(proposed: Proposed[T]) -> bool:
    """Whether a reading was found in the request text, outside injected lines."""
    evidence = proposed.evidence
    return evidence is not None and not UNGROUNDED_CHECKS.intersection(evidence.checks)


def below(threshold: float) -> float:
    """The highest confidence of a value that must go to review."""
    return round(threshold - BELOW_MARGIN, 4)


# --- order references ---


def combine_refs(
    offline: tuple[Proposed[str], ...], llm: tuple[Proposed[str], ...], *, threshold: float
) -> tuple[Proposed[str], ...]:
    """Refs both read first (built-in rank), then those one read, below the threshold.

    Refs standing at or above the threshold go first, the order in which they are tried.
    """
    theirs = {_ref_key(ref.value): ref for ref in llm}
    ours = {_ref_key(ref.value) for ref in offline}
    agreed = [
        _agreed(ref, theirs[_ref_key(ref.value)], threshold=threshold)
        for ref in offline
        if _ref_key(ref.value) in theirs
    ]
    offline_only = [
        _single(ref, HYBRID_OFFLINE_ONLY, threshold=threshold)
        for ref in offline
        if _ref_key(ref.value) not in theirs
    ]
    llm_only = [
        _single(ref, HYBRID_LLM_ONLY, threshold=threshold)
        for ref in llm
        if _ref_key(ref.value) not in ours
    ]
    if not agreed and offline_only and llm_only:  # they name different orders
        alternatives = tuple(Alternative("llm", ref.value, ref.confidence) for ref in llm)
        offline_only[0] = _disputed_value(offline_only[0], alternatives)
    combined = [*agreed, *offline_only, *llm_only]
    # Refs are tried in order: one that stands at the threshold before those that do not.
    combined.sort(key=lambda ref: ref.confidence < threshold)
    return tuple(combined)


def _ref_key(value: str) -> str:
    return re.sub(r"[\s\-#:]", "", value).upper()


# --- lines ---


def combine_lines(
    offline: tuple[ProposedLine, ...], llm: tuple[ProposedLine, ...], *, threshold: float
) -> tuple[ProposedLine, ...]:
    """The built-in lines, each combined with the LLM line it pairs with; then the LLM's."""
    left = list(llm)
    partner: dict[int, ProposedLine] = {}
    passes: tuple[Callable[[ProposedLine, ProposedLine], bool], ...] = (
        lambda a, b: (
            a.sku is not None and _same_line_sku(a, b) and a.reason.value == b.reason.value
        ),
        lambda a, b: a.sku is not None and _same_line_sku(a, b),
        lambda a, b: a.sku is None and b.sku is None and a.reason.value == b.reason.value,
    )
    for pairs in passes:
        for index, line in enumerate(offline):
            match = next((other for other in left if pairs(line, other)), None)
            if index not in partner and match is not None:
                partner[index] = match
                left.remove(match)
    combined = [
        _pair(line, partner[index], threshold=threshold)
        if index in partner
        else _single_line(line, HYBRID_OFFLINE_ONLY, threshold=threshold)
        for index, line in enumerate(offline)
    ]
    combined += [_single_line(line, HYBRID_LLM_ONLY, threshold=threshold) for line in left]
    return tuple(combined)


def _same_line_sku(a: ProposedLine, b: ProposedLine) -> bool:
    return (
        a.sku is not None and b.sku is not None and _sku_key(a.sku.value) == _sku_key(b.sku.value)
    )


def _sku_key(value: str) -> str:
    return re.sub(r"\s+", "", value).upper()


def _pair(offline: ProposedLine, llm: ProposedLine, *, threshold: float) -> ProposedLine:
    sku = _field(offline.sku, llm.sku, lambda a, b: _sku_key(a) == _sku_key(b), threshold)
    quantity = _field(offline.quantity, llm.quantity, lambda a, b: a == b, threshold)
    reason = _field(offline.reason, llm.reason, lambda a, b: a == b, threshold)
    assert reason is not None  # every line has a reason
    return ProposedLine(sku=sku, quantity=quantity, reason=reason)


def _single_line(line: ProposedLine, check: str, *, threshold: float) -> ProposedLine:
    """A line only one extractor read: every value below the threshold."""
    return ProposedLine(
        sku=None if line.sku is None else _single(line.sku, check, threshold=threshold),
        quantity=None
        if line.quantity is None
        else _single(line.quantity, check, threshold=threshold),
        reason=_single(line.reason, check, threshold=threshold),
    )


# --- one value ---


def _field(
    offline: Proposed[T] | None,
    llm: Proposed[T] | None,
    same: Callable[[T, T], bool],
    threshold: float,
) -> Proposed[T] | None:
    """One field of a paired line: agreed, disputed, or read by one extractor only."""
    if offline is None and llm is None:
        return None
    if offline is None:
        assert llm is not None
        return _single(llm, HYBRID_LLM_ONLY, threshold=threshold)
    if llm is None:
        return _single(offline, HYBRID_OFFLINE_ONLY, threshold=threshold)
    if same(offline.value, llm.value):
        return _agreed(offline, llm, threshold=threshold)
    alternative = Alternative("llm", _shown(llm.value), llm.confidence)
    return _disputed_value(offline.capped(below(threshold)), (alternative,))


def _agreed(offline: Proposed[T], llm: Proposed[T], *, threshold: float) -> Proposed[T]:
    """The built-in value (its span is what the reviewer sees) at the agreed confidence."""
    evidence = offline.evidence or llm.evidence
    return Proposed(
        value=offline.value,
        confidence=agreement(offline, llm, threshold=threshold),
        evidence=None if evidence is None else _checked(evidence.checks, evidence, HYBRID_AGREED),
    )


def _single(proposed: Proposed[T], check: str, *, threshold: float) -> Proposed[T]:
    evidence = proposed.evidence
    return replace(
        proposed,
        confidence=min(proposed.confidence, below(threshold)),
        evidence=None if evidence is None else _checked(evidence.checks, evidence, check),
    )


def _disputed_value(proposed: Proposed[T], alternatives: tuple[Alternative, ...]) -> Proposed[T]:
    evidence = proposed.evidence
    checks = tuple(c for c in evidence.checks if c != HYBRID_OFFLINE_ONLY) if evidence else ()
    return replace(
        proposed,
        evidence=None if evidence is None else _checked(checks, evidence, HYBRID_DISAGREED),
        alternatives=alternatives,
    )


def _checked(checks: tuple[str, ...], evidence: Evidence, check: str) -> Evidence:
    return replace(evidence, checks=(*checks, check))


def _shown(value: object) -> str | int | None:
    """A value as an Alternative holds it: a number, a string (a reason's code), or None."""
    if value is None or isinstance(value, int | str):
        return value
    return str(value)


def _disputed(refs: tuple[Proposed[str], ...], lines: tuple[ProposedLine, ...]) -> bool:
    """Whether the best order reference or any line value is not one both extractors read."""
    values: list[Proposed[Any] | None] = [*refs[:1]]
    for line in lines:
        values += [line.sku, line.quantity, line.reason]
    return any(value is not None and not _was_agreed(value) for value in values)


def _was_agreed(value: Proposed[Any]) -> bool:
    return value.evidence is not None and HYBRID_AGREED in value.evidence.checks
