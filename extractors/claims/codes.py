"""A form's key to its reason codes, and the reason a code in a row stands for.

Return request forms print a key ("Reason codes: 01 Damaged in transit  02 Defective
03 Over-ordered / not needed", "1 = Damaged in shipment  2 = Wrong item received",
"DMG damaged / SHT short") and fill each row's reason cell with a code. A code means
what the key beside it on the same document says, as a clerk reads it off the form.
"""

import re
from functools import lru_cache

from extractors.claims.lexicon import find_reasons
from rules.vocabulary import ReasonCode

# The key's label ("Reason codes:", "Legend ="); its entries follow on the same line or on
# the lines right below. Without its colon "Code" is only a column's header.
KEY_LABEL = re.compile(
    r"^[ \t]*(?:(?:reason|return|condition|damage|exception|status)[ \t]+)?(?:codes?|legend)"
    r"[ \t]*[:=]",
    re.I | re.M,
)
# A code opening an entry: "01", "3 =", "4)", "DMG", "S =", "A  Arrived damaged" (a lone
# letter only with "=" or set apart from its words by a column's spaces).
_ENTRY = re.compile(
    r"(?:^|(?<=[\s/|,;]))(?P<code>\d{1,2}|[A-Z]{2,4}|[A-Z](?=\s*=|[ \t]{2}))"
    r"[ \t]*(?:[=:.)\-–][ \t]*|[ \t](?=[ \t]*[A-Za-z]))(?=[A-Za-z])"
)
_MAX_KEY_LINES = 4  # a key wraps onto a few lines below its label at most


@lru_cache(maxsize=16)
def reason_codes(text: str) -> dict[str, ReasonCode]:
    """Each code of the text's keys to reason codes and the one reason its words name;
    a code whose words name no reason, or two, stands for none."""
    codes: dict[str, ReasonCode] = {}
    for key in KEY_LABEL.finditer(text):
        for code, words in _entries(_key_text(text, key.end())):
            named = {hit.reason for hit in find_reasons(words)}
            if len(named) == 1:
                codes.setdefault(_normal(code), named.pop())
    return codes


@lru_cache(maxsize=16)
def key_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's keys stand, label and entries: they list reasons, they claim none."""
    return tuple(
        (key.start(), key.end() + len(_key_text(text, key.end())))
        for key in KEY_LABEL.finditer(text)
    )


def coded_reason(cell: str, codes: dict[str, ReasonCode]) -> ReasonCode | None:
    """The reason a row's reason cell holding only a code stands for ("03")."""
    return codes.get(_normal(cell.strip())) if cell.strip() else None


def _key_text(text: str, start: int) -> str:
    """The key's entries: the rest of its label's line and the lines right below that
    open with an entry, up to a blank line."""
    lines = text[start:].split("\n")
    kept = [lines[0]]
    for line in lines[1:_MAX_KEY_LINES]:
        if not _ENTRY.match(line.strip()):
            break
        kept.append(line)
    return "\n".join(kept)


def _entries(key: str) -> list[tuple[str, str]]:
    """(code, words) of each entry of a key, the words running to the next code."""
    found = list(_ENTRY.finditer(key))
    ends = [m.start() for m in found[1:]] + [len(key)]
    return [(m.group("code"), key[m.end() : end]) for m, end in zip(found, ends, strict=False)]


def _normal(code: str) -> str:
    return str(int(code)) if code.isdigit() else code.upper()
