"""A form's boxes: of the reasons a return form prints to choose from, the one ticked.

"X  Warranty / defective     Freight damage     Return for credit" on one line, or a column
of boxes ("[ ] Damaged in shipment" / "[X] No longer needed"): the form prints every
reason, the tick says which one the claim is. A menu is two reasons or more, some ticked
and some not; the others are no claim.
"""

import re
from functools import lru_cache

from extractors.claims.lexicon import find_reasons

Span = tuple[int, int]

# a line's cells: runs of words one or two spaces apart, three spaces or a tab between cells
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_BOX = r"\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☐☒☑□■]"
_MARK = re.compile(rf"(?:{_BOX}|[xX✓✔])(?=\s|$)")  # a box, ticked or not, or a bare tick
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■xX✓✔](?=\s|$)")
# a line that opens with a box: an option of a column of them (a bare X opens no column)
_BOX_LINE = re.compile(rf"^[ \t]*(?:{_BOX})[ \t]*(?=\S)")


@lru_cache(maxsize=8)
def unticked(text: str) -> tuple[Span, ...]:
    """The spans of a text's options that a menu of boxes leaves unticked."""
    spans: list[Span] = []
    column: list[tuple[int, int, bool]] = []
    for line in re.finditer(r"[^\n]*", text):
        spans += _menu(text, _in_line(line.group(), line.start()))
        box = _BOX_LINE.match(line.group())
        if box is not None:
            column.append(
                (line.start(), line.end(), _TICKED.match(box.group().strip()) is not None)
            )
        elif line.group().strip():
            spans += _menu(text, column)
            column = []
    return tuple(spans + _menu(text, column))


def _in_line(line: str, at: int) -> list[tuple[int, int, bool]]:
    """The options of one line's cells: a cell that is a mark alone ticks or leaves the
    next; a cell may open with its own mark."""
    options: list[tuple[int, int, bool]] = []
    ticked_next = False
    for cell in _CELL.finditer(line):
        mark = _MARK.match(cell.group())
        if mark is not None and mark.end() == len(cell.group()):
            ticked_next = _TICKED.match(cell.group()) is not None
            continue
        ticked = ticked_next or (mark is not None and _TICKED.match(cell.group()) is not None)
        options.append((at + cell.start(), at + cell.end(), ticked))
        ticked_next = False
    return options


def _menu(text: str, options: list[tuple[int, int, bool]]) -> list[Span]:
    """The unticked options of a menu of reasons, some ticked and some not; else none."""
    ticks = [ticked for *_, ticked in options]
    if all(ticks) or not any(ticks):
        return []  # no menu: its reasons are not read (most lines of a document)
    named = [
        (start, end, ticked) for start, end, ticked in options if find_reasons(text[start:end])
    ]
    if len(named) < 2 or all(ticked for *_, ticked in named) or not any(t for *_, t in named):
        return []
    return [(start, end) for start, end, ticked in named if not ticked]
