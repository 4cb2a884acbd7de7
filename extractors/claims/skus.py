"""A SKU token as written, matched against the items of the resolved order only.

Candidates are the SKUs of the order's lines and shipments, each with the identifiers
that name it on this order (customer part numbers, UPCs). Matching is tried strictest
first, and the first level that finds anything decides:

1. exact: the token equals a SKU or an identifier, ignoring case (SKUs carry no case);
2. normalized: equal once spaces and separators (- _ . /) are dropped ("vlv 2210br");
3. repaired: equal once OCR's usual confusions inside the token are undone
   (O/0, I/l/1, S/5, B/8, Z/2, G/6: "VLV-22I0-8R"), at most a third of its characters;
4. fuzzy: rapidfuzz's ratio of the normalized strings, at least `FUZZY_MIN`.

At levels 1-3 two candidates found at once are a tie nobody can break: no match. At
level 4 the best candidate wins and the margin to the runner-up says how sure that is.

Confidence of the resolved SKU (`resolved_confidence`; the policy trusts ≥ 0.85), from
the extractor's confidence `read` of the token and how it matched:
- exact: `read`, raised by 0.05 up to 0.95 (never lowered) when `read` ≥ 0.8 (being an identifier of
  this very order is evidence: a bare 12-digit number that is a UPC of the order is no
  tracking number); never raised from below 0.8, an ungrounded value stays doubtful;
- normalized: `read` (the same identifier written loosely);
- repaired: min(`read`, 0.8): a repair is a guess a person confirms, like the repaired
  order numbers of refs.py;
- fuzzy: min(`read`, 0.8 × score × min(1, margin / 0.2)): always under 0.8, and a near
  tie between two order lines (margin → 0) goes to 0;
- no match: `read`; the token stays as written and the rules say SKU_NOT_ON_ORDER.

A line whose item is not identified surely (no SKU, or one under 0.85) has its count and
reason bounded at 0.8 too (`bound_by_item`): what it counts is of an unknown item.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal, assert_never

from rapidfuzz import fuzz

from extractors.fields import ProposedLine

MatchKind = Literal["exact", "normalized", "repaired", "fuzzy"]
EXACT_BONUS = 0.05
EXACT_CAP = 0.95
RAISE_FROM = 0.8
GUESSED = 0.8  # a repaired or fuzzy match: a person confirms it
TRUSTED = 0.85  # policy.md section 5: min_field_confidence
CLEAR_MARGIN = 0.2  # a fuzzy winner this far ahead of the runner-up is not a near tie
FUZZY_MIN = 0.8  # below this a token resembles a candidate no more than SKUs resemble each other
_SEPARATORS = re.compile(r"[\s\-_./]+")
# Characters OCR reads one for another; case differences alone are no repair.
_CONFUSABLE: tuple[frozenset[str], ...] = (
    frozenset("Oo0"),
    frozenset("Iil1|"),
    frozenset("Ss5$"),
    frozenset("B8"),
    frozenset("Zz2"),
    frozenset("G6"),
)
_MAX_REPAIRED = 1 / 3  # share of the token's characters a repair may change


@dataclass(frozen=True)
class Candidate:
    """One SKU of the order and the identifiers that name it on this order."""

    sku: str
    identifiers: tuple[str, ...] = ()  # customer part numbers and UPCs (ERP aliases)
    description: str = ""  # the catalogue's words for the item ("3/4\" brass ball valve")


@dataclass(frozen=True)
class SkuMatch:
    """The candidate a token names, how it was matched and how clearly."""

    sku: str
    how: MatchKind
    identifier: str  # the SKU or alias that matched
    score: float  # 1.0 for exact, normalized and repaired; the fuzzy ratio (0-1) else
    margin: float  # score minus the runner-up candidate's best score (its own score if alone)
    repairs: tuple[str, ...] = ()  # e.g. ("O→0", "I→1")

    @property
    def check(self) -> str:
        """How it matched, as the evidence records it ("erp:repaired O→0")."""
        match self.how:
            case "exact" | "normalized":
                return f"erp:{self.how}"
            case "repaired":
                return "erp:repaired " + ", ".join(self.repairs)
            case "fuzzy":
                return f"erp:fuzzy {self.score:.2f} margin {self.margin:.2f}"
            case _:
                assert_never(self.how)


def match_sku(token: str, candidates: Sequence[Candidate]) -> SkuMatch | None:
    """The candidate a token names, strictest way first; None for no match or a tie."""
    written = token.strip()
    if not written or not candidates:
        return None
    for level in (_exact, _normalized, _repaired):
        found = level(written, candidates)
        if found:
            return _unique(found)
    return _fuzzy(written, candidates)


def resolved_confidence(match: SkuMatch | None, *, read: float) -> float:
    """The confidence of a resolved SKU from how it matched (formula in the module docstring)."""
    if match is None:
        return read
    match match.how:
        case "exact":
            raised = min(read + EXACT_BONUS, EXACT_CAP) if read >= RAISE_FROM else read
            return max(read, raised)
        case "normalized":
            return read
        case "repaired":
            return min(read, GUESSED)
        case "fuzzy":
            clear = min(1.0, match.margin / CLEAR_MARGIN)
            return round(min(read, GUESSED * match.score * clear), 4)
        case _:
            assert_never(match.how)


def exact_sku(token: str, candidates: Sequence[Candidate]) -> str | None:
    """The SKU a token names exactly (case aside), as a person types it in a correction."""
    found = _exact(token.strip(), candidates)
    match = _unique(found) if found else None
    return match.sku if match else None


def normalize(text: str) -> str:
    """Upper case without spaces and separators: "vlv 2210-br" → "VLV2210BR"."""
    return _SEPARATORS.sub("", text).upper()


def _names(candidate: Candidate) -> Iterable[str]:
    yield candidate.sku
    yield from candidate.identifiers


def _exact(token: str, candidates: Sequence[Candidate]) -> list[SkuMatch]:
    wanted = token.upper()
    return [
        SkuMatch(c.sku, "exact", name, 1.0, 1.0)
        for c in candidates
        for name in _names(c)
        if name.upper() == wanted
    ]


def _normalized(token: str, candidates: Sequence[Candidate]) -> list[SkuMatch]:
    wanted = normalize(token)
    return [
        SkuMatch(c.sku, "normalized", name, 1.0, 1.0)
        for c in candidates
        for name in _names(c)
        if normalize(name) == wanted
    ]


def _repaired(token: str, candidates: Sequence[Candidate]) -> list[SkuMatch]:
    found = []
    for candidate in candidates:
        for name in _names(candidate):
            repairs = ocr_repairs(token, name)
            if repairs:
                found.append(SkuMatch(candidate.sku, "repaired", name, 1.0, 1.0, repairs))
    return found


def ocr_repairs(token: str, name: str) -> tuple[str, ...]:
    """The OCR confusions that turn token into name ("O→0"), or () where none does."""
    written = _SEPARATORS.sub("", token)
    wanted = _SEPARATORS.sub("", name)
    if len(written) != len(wanted):
        return ()
    repairs: list[str] = []
    for read, meant in zip(written, wanted, strict=True):
        if read.upper() == meant.upper():
            continue
        if not any(read in group and meant in group for group in _CONFUSABLE):
            return ()
        repairs.append(f"{read}→{meant}")
    if len(repairs) > len(written) * _MAX_REPAIRED:
        return ()  # more guessed than read: not the same identifier
    return tuple(dict.fromkeys(repairs))


def _fuzzy(token: str, candidates: Sequence[Candidate]) -> SkuMatch | None:
    """The best candidate by rapidfuzz's ratio, with its margin over the runner-up."""
    wanted = normalize(token)
    scored = sorted(
        (_best_name(wanted, candidate) for candidate in candidates),
        key=lambda pair: -pair[0],
    )
    score, best = scored[0]
    if score < FUZZY_MIN:
        return None
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    return SkuMatch(best[0], "fuzzy", best[1], score, round(score - runner_up, 4))


def _best_name(wanted: str, candidate: Candidate) -> tuple[float, tuple[str, str]]:
    scores = [
        (round(fuzz.ratio(wanted, normalize(name)) / 100, 4), (candidate.sku, name))
        for name in _names(candidate)
    ]
    return max(scores, key=lambda pair: pair[0])


def _unique(found: list[SkuMatch]) -> SkuMatch | None:
    """The one match of a level, or None when it names two different SKUs."""
    if len({match.sku for match in found}) > 1:
        return None
    return found[0]


UNIDENTIFIED = 0.8  # a count or reason of an item not identified surely


def bound_by_item(line: ProposedLine) -> ProposedLine:
    """A line whose item is not identified surely (no SKU, or one under 0.85): its count
    and reason say no more than it. On mail the extractor was not built on, such lines
    were as often read from text that claims nothing ("the 2 coils were all there", a
    thank-you for a credit) as from a claim, so what they count is not trusted."""
    if line.sku is not None and line.sku.confidence >= TRUSTED:
        return line
    quantity = line.quantity.capped(UNIDENTIFIED) if line.quantity is not None else None
    return replace(line, quantity=quantity, reason=line.reason.capped(UNIDENTIFIED))
