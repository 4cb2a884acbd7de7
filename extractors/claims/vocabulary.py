"""The found order's vocabulary: the identifiers a customer may name its items by.

Read with the order open, as a clerk reads: the SKUs of the order's lines and shipments
and their aliases on this order (customer part numbers, UPCs), each found in the text
however it is written, in any case and with or without separators ("vlv2210br",
"vlv-0075-bv", "VLV 2210 BR"). A mention is grounded (the identifier is in the text,
letter for letter); app/identify.py then matches it to the order as any token.
"""

import re
from dataclasses import dataclass
from functools import cached_property

_GROUPS = re.compile(r"[A-Za-z]+|\d+")
_MIN_LENGTH = 5  # shorter identifiers are words and numbers as often as they are items


@dataclass(frozen=True)
class OrderVocabulary:
    """The identifiers of one order's items (SKUs and their aliases on that order)."""

    identifiers: tuple[str, ...]

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


def _usable(identifier: str) -> bool:
    compact = "".join(_GROUPS.findall(identifier))
    return len(compact) >= _MIN_LENGTH and any(c.isdigit() for c in compact)


def _shape(identifier: str) -> str:
    """The identifier's letter and digit groups, each separator optional between them."""
    return r"[\s\-_./]?".join(re.escape(group) for group in _GROUPS.findall(identifier))
