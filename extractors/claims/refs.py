"""Order references in text: our order numbers, the customer's PO numbers, invoices.

Normalized to the ERP's forms "SO-104233", "PO-77812", "INV-88120".
Confidence (policy threshold 0.85): 0.95 when the number is written with its prefix
(SO, PO, P.O., INV in any spacing: "SO-104233", "so#104233", "PO 77812"); 0.8 when
the prefix had to be reconstructed from words ("Sales Order 104233", "PO number
77812", "invoice 88120"), since such words also introduce numbers of other systems;
0.8 too when OCR's usual confusions had to be repaired ("S0-1O4233", "$O-104233",
"P0-778l2": O/0, I/l/1, S/5/$, B/8), since a repair is a guess a person confirms.
"""

import re
from dataclasses import dataclass

_I = re.IGNORECASE
PREFIXED = 0.95
RECONSTRUCTED = 0.8
_LABEL = r"\s*(?:no\.?|nbr\.?|num(?:ber)?|#)?\s*[:#]?\s*"
_END = r"(?![\w-])"


@dataclass(frozen=True)
class RefHit:
    """An order reference found in a text; offsets are into that text."""

    value: str
    start: int
    end: int
    confidence: float
    rank: int  # 0 our order, 1 PO, 2 invoice: the order refs are tried in this order


_SO = r"(\d{5,})" + _END
_NUMBER = r"(\d{3,})" + _END
_NUMBER_WORD = r"\s+(?:no\.?|nbr\.?|num(?:ber)?)\s*[:#]?\s*"  # "PO number 77812"
# OCR reads O as 0, I and l as 1, S as 5 or $, B as 8: a prefix and number written with
# those, holding at least three real digits and at least one confusion to repair.
_CONFUSED_DIGITS = r"((?=(?:[OoIlSB]*\d){3})[0-9OoIlSB]{5,})" + _END
_REPAIRS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8"})
REPAIRED = 0.8
_CONFUSED: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("SO", 0, re.compile(r"(?<![\w$])[S5$][O0]\s*[-#:]{0,2}\s*" + _CONFUSED_DIGITS)),
    ("PO", 1, re.compile(r"\bP[O0]\s*[-#:]{0,2}\s*" + _CONFUSED_DIGITS)),
)

BARE = 0.7
BARE_CHECK = "bare number"  # the evidence check of a number read as an order without a prefix
_BARE = re.compile(r"(?<![\w$#.,/:+-])(\d{5,6})(?![\w%-]|[.,/:]\d)")
# what a bare number may be instead: an extension, a ticket, a check, a lot, a ZIP code
_NOT_AN_ORDER_BEFORE = re.compile(
    r"(?:\b(?:ext|x|no|nbr|ticket|check|chk|lot|serial|s/n|pro|bol|rma|ra|inv|invoice|zip"
    r"|suite|unit|job|quote|claim|case|ref|acct|account|box)\.?\s*[:#]?\s*|(?-i:\b[A-Z]{2})\s+)$",
    _I,
)

_PATTERNS: tuple[tuple[str, int, re.Pattern[str], float], ...] = (
    ("SO", 0, re.compile(r"\bSO\s*[-#:]{0,2}\s*" + _SO), PREFIXED),
    ("SO", 0, re.compile(r"\bso\s*[-#:]\s*" + _SO, _I), PREFIXED),
    # "the ceiling tile on so 104228": typed in lower case with a space, the word "so" as
    # often as our prefix, but not before a number of our orders' six digits
    ("SO", 0, re.compile(r"\b[Ss]o\s+(\d{6})" + _END), RECONSTRUCTED),
    ("SO", 0, re.compile(r"\bsales\s+order" + _LABEL + r"(?:SO-?)?" + _SO, _I), RECONSTRUCTED),
    ("PO", 1, re.compile(r"\bP\.?O\.?\s*[-#:]{0,2}\s*" + _NUMBER, _I), PREFIXED),
    ("PO", 1, re.compile(r"\bPO" + _NUMBER_WORD + _NUMBER, _I), RECONSTRUCTED),
    (
        "PO",
        1,
        re.compile(r"\bpurchase\s+order" + _LABEL + r"(?:PO-?)?" + _NUMBER, _I),
        RECONSTRUCTED,
    ),
    ("INV", 2, re.compile(r"\bINV\s*[-#:]{0,2}\s*" + _NUMBER, _I), PREFIXED),
    ("INV", 2, re.compile(r"\binvoice" + _LABEL + r"(?:INV-?)?" + _NUMBER, _I), RECONSTRUCTED),
)


def find_refs(text: str) -> list[RefHit]:
    """Order references in a text, in text order, overlapping readings resolved."""
    hits = [
        RefHit(f"{prefix}-{match.group(1)}", match.start(), match.end(), confidence, rank)
        for prefix, rank, pattern, confidence in _PATTERNS
        for match in pattern.finditer(text)
    ]
    hits += _repaired(text)
    kept: list[RefHit] = []
    for hit in sorted(hits, key=lambda h: (-h.confidence, h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def bare_numbers(text: str) -> list[RefHit]:
    """Numbers written bare that may be the customer's PO (five digits) or our order (six):
    "Re: 24519", "two things on 24519". Only the ERP can tell (app/identify.py looks them
    up among the sender's own orders), so they are read unsure (BARE)."""
    hits = []
    for match in _BARE.finditer(text):
        if _NOT_AN_ORDER_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        digits = match.group(1)
        prefix, rank = ("PO", 1) if len(digits) == 5 else ("SO", 0)
        hits.append(RefHit(f"{prefix}-{digits}", match.start(), match.end(), BARE, rank))
    return hits


def _repaired(text: str) -> list[RefHit]:
    """References OCR misread, repaired; a clean reading of the same span wins over them."""
    found = []
    for prefix, rank, pattern in _CONFUSED:
        for match in pattern.finditer(text):
            written = match.group(0)
            number = match.group(1).translate(_REPAIRS)
            if written.upper().startswith(prefix) and number == match.group(1):
                continue  # nothing to repair: the clean patterns read it
            found.append(RefHit(f"{prefix}-{number}", match.start(), match.end(), REPAIRED, rank))
    return found


def rank_refs(hits: list[RefHit]) -> list[RefHit]:
    """SO first, then PO, then invoice; each value once, at its best confidence."""
    best: dict[str, RefHit] = {}
    for hit in hits:
        if hit.value not in best or hit.confidence > best[hit.value].confidence:
            best[hit.value] = hit
    order = {hit.value: index for index, hit in enumerate(hits)}
    return sorted(best.values(), key=lambda h: (h.rank, order[h.value]))


def normalize_ref(text: str) -> str:
    """The ERP form of a reference written by hand ("so#104233" → "SO-104233")."""
    stripped = text.strip()
    for hit in find_refs(stripped):
        if hit.start == 0 and hit.end == len(stripped):
            return hit.value
    return stripped
