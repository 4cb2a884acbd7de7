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

# The key's label ("Reason codes:", "RSN CODES:", "Legend ="); its entries follow on the
# same line or on the lines right below. Without its colon "Code" is only a column's header.
KEY_LABEL = re.compile(
    r"^[ \t]*(?:(?:(?:reason|rsn|return|condition|damage|exception|exc|status)[ \t]+)?"
    r"(?:codes?|legend)[ \t]*(?:[:=;]"  # "CODES;" in a file of semicolon-separated values
    # a sheet's header over its codes: "Code,Meaning", "Exc,Meaning"
    r"|,[ \t]*(?:meaning|description|desc|definition|explanation)[ \t]*$"
    r"|$)"  # alone on its line, the entries on the lines below: "Codes\nDMG damaged …"
    r"|(?:exc|exception|rsn|reason)[ \t]*,[ \t]*(?:meaning|definition|explanation)[ \t]*$)",
    re.I | re.M,
)
# A code opening an entry: "01", "3 =", "4)", "DMG", "S =", "A  Arrived damaged" (a lone
# letter only with "=" or set apart from its words by a column's spaces), "DMG,Damaged"
# (a sheet's cells).
_ENTRY = re.compile(
    r"(?:^|(?<=[\s/|,;]))(?P<code>\d{1,2}|[A-Z]{2,4}|[A-Z](?=\s*=|[ \t]{2}))"
    r"[ \t]*(?:(?P<mark>[=:.)\-–,])[ \t]*|[ \t](?=[ \t]*[A-Za-z]))(?=[A-Za-z])"
)
_MAX_KEY_LINES = 4  # a key wraps onto a few lines below its label at most
_LETTER = re.compile(r"(?:^|(?<=[\s.:;,|]))([A-Z])(?=[ \t]+[A-Za-z])")
_LETTERED_RUN = 3  # "A … B … C …": fewer letters in their order are no key
# a lettered code, or a numbered one written with its zero ("4 03 LINE VOLT"): no count
_CODE_AFTER_COUNT = re.compile(r"(?<![\w.-])\d{1,4}\.?[ \t]+([A-Z]|0\d)(?=[ \t]|$)")


@lru_cache(maxsize=16)
def reason_codes(text: str) -> dict[str, ReasonCode]:
    """Each code of the text's keys to reason codes and the one reason its words name;
    a code whose words name no reason, or two, stands for none."""
    codes: dict[str, ReasonCode] = {}
    for key in KEY_LABEL.finditer(text):
        entries = _entries(_key_text(text, key.end()))
        if len(entries) < _LETTERED_RUN:
            entries = _lettered("\n".join(text[key.end() :].split("\n", 2)[:2])) or entries
        for code, words in entries:
            named = {hit.reason for hit in find_reasons(words)}
            if len(named) == 1:
                codes.setdefault(_normal(code), named.pop())
    return codes


@lru_cache(maxsize=16)
def key_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the text's keys stand, label and entries: they list reasons, they claim none.
    A label with one entry is no key but the one reason chosen ("Reason code:  EXC - Excess
    / not needed" atop a return-to-vendor request)."""
    return tuple(
        (key.start(), key.end() + len(entries))
        for key in KEY_LABEL.finditer(text)
        if not _one_reason_chosen(entries := _key_text(text, key.end()))
    )


def _one_reason_chosen(key: str) -> bool:
    """Whether a key's text is one code and its words, naming one reason: the reason a
    form chose, not a key to several (an OCR'd key may run its codes into its words)."""
    return len(_entries(key)) == 1 and len({hit.reason for hit in find_reasons(key)}) == 1


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
    """(code, words) of each entry of a key, the words running to the next code; in a key
    that marks its codes ("NNE = NO LONGER NEEDED"), mostly, only marked ones, not its
    words' "NO"."""
    found = list(_ENTRY.finditer(key))
    marked = [match for match in found if match.group("mark")]
    if len(marked) > len(found) - len(marked):
        found = marked
    ends = [m.start() for m in found[1:]] + [len(key)]
    return [(m.group("code"), key[m.end() : end]) for m, end in zip(found, ends, strict=False)]


def _lettered(key: str) -> list[tuple[str, str]]:
    """(code, words) of a key of lone letters in their order, as OCR reads a printed one
    with its gaps closed: "A DAMAGED B SHORT C WRONG ITEM D DEFECTIVE .E NOT NEEDED"."""
    run: list[re.Match[str]] = []
    for match in _LETTER.finditer(key):
        if match.group(1) == (chr(ord(run[-1].group(1)) + 1) if run else "A"):
            run.append(match)
        elif match.group(1) == "A":
            run = [match]
    if len(run) < _LETTERED_RUN:
        return []
    ends = [m.start() for m in run[1:]] + [len(key)]
    return [(m.group(1), key[m.end() : end]) for m, end in zip(run, ends, strict=True)]


def coded_in_row(text: str, codes: dict[str, ReasonCode]) -> list[tuple[ReasonCode, int, int]]:
    """A code written right after a row's count, where OCR closed the row's gaps
    ("084512075004 7-DAY WIFI STAT 3 E SEALED", "4 03 LINE VOLT 120V"): (reason, start,
    end) of each."""
    return [
        (codes[_normal(match.group(1))], match.start(1), match.end(1))
        for match in _CODE_AFTER_COUNT.finditer(text)
        if _normal(match.group(1)) in codes
    ]


def _normal(code: str) -> str:
    return str(int(code)) if code.isdigit() else code.upper()
