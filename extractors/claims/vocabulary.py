"""The found order's vocabulary: the identifiers a customer may name its items by.

Read with the order open, as a clerk reads: the SKUs of the order's lines and shipments
and their aliases on this order (customer part numbers, UPCs), each found in the text
however it is written, in any case and with or without separators ("vlv2210br",
"vlv-0075-bv", "VLV 2210 BR"). A mention is grounded (the identifier is in the text,
letter for letter); app/identify.py then matches it to the order as any token.

An item may also be named by its description alone ("the 10x6 white floor registers"):
`described` finds the one item of the order whose distinctive catalogue words a stretch
of text holds, weighing each word by how few of the order's items share it. That is a
reading of words, not of an identifier, so it is proposed for a person to confirm
(lines.py gives it less than the policy trusts).
"""

import math
import re
from dataclasses import dataclass
from functools import cached_property

_GROUPS = re.compile(r"[A-Za-z]+|\d+")
_MIN_LENGTH = 5  # shorter identifiers are words and numbers as often as they are items
_WORD = re.compile(r"\d+(?:[/x.]\d+)*|[a-z]+", re.IGNORECASE)  # 3/4, 16x25x1, 1.5, words
_NOT_DISTINCTIVE = frozenset(
    {"a", "an", "and", "bag", "by", "carton", "case", "deg", "for", "ft", "in", "length", "of",
     "per", "the", "to", "with", "x"}
)  # fmt: skip
_MIN_SHARE = 0.5  # of the item's word weight found in the text
_MIN_WORDS = 2
_MARGIN = 0.15  # ahead of the next item by this share, else two items fit the words


@dataclass(frozen=True)
class OrderVocabulary:
    """The identifiers of one order's items (SKUs and their aliases on that order)."""

    identifiers: tuple[str, ...]
    descriptions: tuple[tuple[str, str], ...] = ()  # (SKU, catalogue description)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        shapes = sorted({_shape(i) for i in self.identifiers if _usable(i)}, key=len, reverse=True)
        if not shapes:
            return None
        return re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(shapes)})(?![A-Za-z0-9])", re.IGNORECASE)

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """The spans of the text that name an identifier of the order."""
        if self._pattern is None:
            return []
        return [match.span() for match in self._pattern.finditer(text)]

    @cached_property
    def _words(self) -> dict[str, dict[str, float]]:
        """Each item's distinctive words with their weights (rarer on the order: heavier)."""
        words = {sku: set(_words_of(description)) for sku, description in self.descriptions}
        shared = {w: sum(w in own for own in words.values()) for own in words.values() for w in own}
        count = len(words)
        return {
            sku: {w: math.log(1 + count / shared[w]) for w in own} for sku, own in words.items()
        }

    def described(self, text: str) -> tuple[str, int, int] | None:
        """The one item whose description the text holds, and the span of its words there."""
        spans = [(_normal(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
        present = {word for word, _, _ in spans}
        scored = sorted(
            ((_share(weights, present), sku) for sku, weights in self._words.items()), reverse=True
        )
        if not scored:
            return None
        share, sku = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        found = present & set(self._words[sku])
        if share < _MIN_SHARE or len(found) < _MIN_WORDS or share - runner_up < _MARGIN:
            return None
        hits = [(start, end) for word, start, end in spans if word in found]
        return sku, hits[0][0], hits[-1][1]


def _share(weights: dict[str, float], present: set[str]) -> float:
    """How much of an item's description weight the text holds (0 to 1)."""
    total = sum(weights.values())
    return (
        sum(weight for word, weight in weights.items() if word in present) / total if total else 0.0
    )


def _normal(word: str) -> str:
    """A word as descriptions are compared: lower case, a plural's s dropped."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and word[-2] != "s" else word


def _words_of(description: str) -> list[str]:
    return [
        w
        for w in (_normal(m.group()) for m in _WORD.finditer(description))
        if w not in _NOT_DISTINCTIVE
    ]


def _usable(identifier: str) -> bool:
    compact = "".join(_GROUPS.findall(identifier))
    return len(compact) >= _MIN_LENGTH and any(c.isdigit() for c in compact)


def _shape(identifier: str) -> str:
    """The identifier's letter and digit groups, each separator optional between them."""
    return r"[\s\-_./]?".join(re.escape(group) for group in _GROUPS.findall(identifier))
