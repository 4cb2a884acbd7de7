"""A form's boxes: of the reasons a return form prints to choose from, the one ticked.

"X  Warranty / defective     Freight damage     Return for credit" on one line, or boxes
in a column or a grid ("[ ] Damaged in shipment" / "[X] No longer needed"; "[_] Damaged
[X] Defective [_] wrong item" / "[_] Short [_] Price"): the form prints every reason, the
tick says which one the claim is. A menu is two reasons or more, some ticked and some
not; the others are no claim.
"""

import re
from functools import lru_cache

from extractors.claims.lexicon import find_reasons

Span = tuple[int, int]
Option = tuple[int, int, bool]  # where an option's words are, and whether it is ticked

# a line's cells: runs of words one or two spaces apart, three spaces or a tab between cells
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_BOX = r"\[\s*[_xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☐☒☑□■]"
_BOXES = re.compile(_BOX)
_MARK = re.compile(rf"(?:{_BOX}|[xX✓✔])(?=\s|$)")  # a box, ticked or not, or a bare tick
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■xX✓✔](?=\s|$)")


# a menu's label: "Reason (mark one):", "Check one:"
_CHOOSE_ONE = re.compile(
    r"\(\s*(?:mark|check|circle|tick|select)\s+one\s*\)|\b(?:mark|check|circle|tick|select)\s+one\s*:",
    re.IGNORECASE,
)
_OPTION_LINE = 40  # characters: an option of a menu in a column is a few words
_WORD_START = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=8)
def unticked(text: str) -> tuple[Span, ...]:
    """The spans of a text's options that a menu of boxes leaves unticked."""
    spans: list[Span] = list(_labelled_menus(text))
    boxed: list[Option] = []  # the options of a run of lines with boxes: one menu
    for line in re.finditer(r"[^\n]*", text):
        options = _boxed(line.group(), line.start())
        if options:
            boxed += options
            continue
        spans += _menu(text, _in_line(line.group(), line.start()))
        if line.group().strip():
            spans += _menu(text, boxed)
            boxed = []
    return tuple(spans + _menu(text, boxed))


def _labelled_menus(text: str) -> list[Span]:
    """The unticked options of a column of reasons under a label that asks to choose one
    ("Reason (mark one):" / "><} DEFECTIVE" / "WRONG ITEM" / "DAMAGED"), as a scan reads
    it: its empty boxes lost, its ticked one read as marks before the words."""
    spans: list[Span] = []
    for label in _CHOOSE_ONE.finditer(text):
        options: list[Option] = []
        below = text.find("\n", label.end()) + 1  # the options, on the lines below
        for line in re.finditer(r"[^\n]*", text[below:] if below else ""):
            words, at = line.group(), below + line.start()
            if not words.strip():
                continue
            first = _WORD_START.search(words)
            if first is None or len(words.strip()) > _OPTION_LINE or not find_reasons(words):
                break
            marked = bool(words[: first.start()].strip())
            options.append((at + first.start(), at + len(words.rstrip()), marked))
        spans += _menu(text, options)
    return spans


def _boxed(line: str, at: int) -> list[Option]:
    """The options of a line with boxes, each the words between its box and the next: after
    the box ("[X] Defective [_] wrong item"), or before it where the line ends with one
    ("Defective [X]   Damaged [ ]"). A line with no box, or with one box amid its words,
    has none."""
    boxes = list(_BOXES.finditer(line))
    if not boxes:
        return []
    words_after = bool(line[boxes[-1].end() :].strip())
    if words_after and len(boxes) == 1 and line[: boxes[0].start()].strip():
        return []  # "Call me [ ] or not": one box amid words is no menu
    options: list[Option] = []
    for i, box in enumerate(boxes):
        if words_after:
            start, end = box.end(), boxes[i + 1].start() if i + 1 < len(boxes) else len(line)
        else:
            start, end = boxes[i - 1].end() if i else 0, box.start()
        words = line[start:end]
        if words.strip():
            left = start + len(words) - len(words.lstrip())
            options.append((at + left, at + start + len(words.rstrip()), _ticked(box.group())))
    if words_after and options and not any(ticked for *_, ticked in options):
        options = _scanned_tick(line, at, boxes[0].start()) + options
    return options


def _scanned_tick(line: str, at: int, first_box: int) -> list[Option]:
    """The option before a line's first box, where every box on it reads empty: a scan
    reads empty boxes as "[]" and the ticked one as marks ("MM Damaged [] Short [] Wrong
    item"), so the reason that lost its box is the one ticked."""
    hits = find_reasons(line[:first_box])
    if not hits:
        return []
    start = hits[-1].start
    return [(at + start, at + len(line[:first_box].rstrip()), True)]


def _ticked(box: str) -> bool:
    return _TICKED.match(box.strip()) is not None


def _in_line(line: str, at: int) -> list[Option]:
    """The options of one line's cells: a cell that is a mark alone ticks or leaves the
    next; a cell may open with its own mark."""
    options: list[Option] = []
    ticked_next = False
    for cell in _CELL.finditer(line):
        mark = _MARK.match(cell.group())
        if mark is not None and mark.end() == len(cell.group()):
            ticked_next = _ticked(cell.group())
            continue
        ticked = ticked_next or (mark is not None and _ticked(cell.group()))
        options.append((at + cell.start(), at + cell.end(), ticked))
        ticked_next = False
    return options


def _menu(text: str, options: list[Option]) -> list[Span]:
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
