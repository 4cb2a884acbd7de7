"""A count said again: a second saying makes a doubtful count sure, a correction replaces it.

Clerks key what matters twice; customers say it twice for us: "3 of them not work …
please give credit for the 3 valves", "The 6 registers … are bent flat. … credit for
the six damaged registers". A line whose item and reason were read surely, but whose
count was read with doubt (from a pronoun, a relation, the only other number of its
sentence), is sure of that count (RESTATED) where the fresh text says it as a count in
two sentences or rows and says no count that no line holds as often. Counts that describe
the order ("ordered 20", "10 of the 12", "received 8") are not sayings of a claim, but the
difference a sentence tells by them is ("we ordered 20 and only have 18" says 2), and so is
what one pack holds ("one box of 25 is not here" says 25); the count a correction replaces
("2 …, not 3") is no saying either. Where another line of the message holds the same
count, it is not raised: the saying may be that line's. Pieces of an item sold by the foot
are never raised: the count is in the wrong unit, however often said.

A count the fresh text corrects ("So 3 valves to return, not 4": the form attached says
4) is replaced by the corrected one, for a person to confirm (CORRECTED): the writer's
newest word stands over the paper, but which line a correction is of is read from its
number alone; sure where the message claims one line only, read surely (CORRECTED_ONLY_
LINE). Where several lines hold the corrected count, each is left in doubt. Some of a
count found fine after all ("one of the 3 was fine") lower it, for a person to confirm.
"""

import re
from collections import Counter
from dataclasses import replace

from extractors.claims.lexicon import CONTAINERS, NUMBER_WORD, count_value
from extractors.claims.lines import AMONG_SEVERAL, PIECES_CHECK
from extractors.claims.quantities import (
    BLANK_LINE,
    is_kept_count,
    is_ordered_count,
    is_received_count,
    is_total,
)
from extractors.claims.sentences import split_units
from extractors.claims.skus import TRUSTED
from extractors.claims.tokens import Number, find_numbers, find_skus, no_count_spans
from extractors.claims.vocabulary import OrderVocabulary
from extractors.fields import Proposed, ProposedLine
from extractors.text import RequestText, Segment, ocr_capped, propose_at

RESTATED = 0.9
RESTATED_CHECK = "count said twice"
CORRECTED = 0.8
CORRECTED_ONLY_LINE = 0.9  # …of the message's only line: no other line it could be of
CONFLICT = 0.5  # two different counts of one line: a person picks
_COUNT = rf"(?:\d{{1,4}}|{NUMBER_WORD})"
# a measure is no count: "they are 4.4 gallon, not 2 gallon"
_MEASURED = r"(?!\.\d)(?!\s*(?:gal|gallons?|ft|feet|foot|inch(?:es)?|lbs?|psi|volts?|v)\b)"
# "3 valves to return, not 4", "short 2, not 3": the count said, then the one it replaces
# (sizes are no counts: 'the coil is 1/2" not 3/4"')
_CORRECTION = re.compile(
    rf"(?<![/\d.])\b(?P<said>{_COUNT})\b(?![/\"]){_MEASURED}[^.;:!?\n\d]{{0,40}}?,?\s+not\s+"
    rf"(?:the\s+)?(?P<not>{_COUNT})\b(?![/\"]){_MEASURED}",
    re.IGNORECASE,
)

_ONE_PACK_OF = re.compile(rf"\b(?:one|1|a)\s+{CONTAINERS}\s+of\s+(?P<n>\d{{1,4}})\b(?![/\"])", re.I)
_CAME = re.compile(r"\b(?:came|arrived|received|rec'?d|delivered|showed\s+up|got)\b", re.I)

# "we are missing 4 bags. Sorry, make that 3", "2 have cracked reservoirs. Sorry, that's 3":
# the writer takes back the count just said
_SELF_CORRECTION = re.compile(
    r"\b(?:sorry|correction|oops|actually)\b[,:;\s-]*"
    rf"(?:make\s+(?:that|it)|(?:that|it)(?:'s|\s+is|\s+was))\s+(?P<said>{_COUNT})\b",
    re.IGNORECASE,
)


# "one of the 3 was fine, the float was stuck": some of a count claimed taken back
_SOME_FINE = re.compile(
    rf"\b(?P<fine>{_COUNT})\s+of\s+(?:the|those|these)\s+(?P<of>{_COUNT})\s+"
    r"(?:[a-z]+\s+){0,2}?(?:was|were|is|are|turned\s+out)\s+(?:(?!no\b|not\b|never\b)\w+\s+)?"
    r"(?:fine|ok|okay|good|working)\b",  # (not "one of the 20 ft pieces is no good")
    re.IGNORECASE,
)


def restated(
    doc: RequestText,
    lines: list[ProposedLine],
    fresh: list[Segment],
    vocabulary: OrderVocabulary | None = None,
) -> list[ProposedLine]:
    """The lines, each doubtful count said twice in the fresh text made sure."""
    lines = _corrected(doc, lines, fresh, vocabulary)
    lines = _some_found_fine(doc, _taken_back(doc, lines, fresh), fresh)
    if not any(_doubtful(line) for line in lines):
        return lines
    held = Counter(line.quantity.value for line in lines if line.quantity is not None)
    sayings = _sayings(doc, fresh)
    return [_sure(line) if _restated(line, held, sayings) else line for line in lines]


def _restated(line: ProposedLine, held: Counter[int], sayings: Counter[int]) -> bool:
    """A doubtful count no other line holds, said in two units at least and more often than
    any count no line holds (another line's count is said for that line)."""
    if not _doubtful(line) or line.quantity is None or held[line.quantity.value] != 1:
        return False
    times = sayings[line.quantity.value]
    return times >= 2 and all(n < times for v, n in sayings.items() if v not in held)


def _doubtful(line: ProposedLine) -> bool:
    """Only the count in doubt: item and reason read surely, the count in the item's unit
    (pieces of an item sold by the foot are no count of it, however often said)."""
    quantity, sku = line.quantity, line.sku
    return (
        quantity is not None
        and sku is not None
        and not (quantity.evidence and PIECES_CHECK in quantity.evidence.checks)
        and AMONG_SEVERAL <= quantity.confidence < TRUSTED  # a saying cannot pick a guess
        and sku.confidence >= TRUSTED
        and line.reason.confidence >= TRUSTED
    )


def _sayings(doc: RequestText, fresh: list[Segment]) -> Counter[int]:
    """How many units (sentences, rows) of the fresh text say each count."""
    said: Counter[int] = Counter()
    for segment in fresh:
        for unit in split_units(doc.text, segment):
            text = doc.text[unit.start : unit.end]
            masked = no_count_spans(text)
            masked += [(t.start, t.end) for t in find_skus(text, masked)]
            # the count a correction replaces is taken back, not said: "2 …, not 3"
            masked += [match.span("not") for match in _corrections(text, 0, len(text))]
            numbers = find_numbers(text, masked)
            values = {
                number.value
                for number in numbers
                if not (
                    is_total(text, number)
                    or is_ordered_count(text, number)
                    or is_received_count(text, number)
                    or is_kept_count(text, number)
                )
            }
            said.update(values | _difference_told(text, numbers) | _one_pack_of(text))
    return said


def _one_pack_of(text: str) -> set[int]:
    """The count a single pack holds, said by it: "One box of 25 is not here" says 25."""
    return {int(match.group("n")) for match in _ONE_PACK_OF.finditer(text)}


def _difference_told(text: str, numbers: list[Number]) -> set[int]:
    """The difference a unit tells by the count ordered and the count that came ("we
    ordered 20 cases and we only have 18"), where it tells one of each: a saying of 2."""
    ordered = {n.value for n in numbers if is_ordered_count(text, n)}
    came = {n.value for n in numbers if is_received_count(text, n)}
    if len(ordered) != 1 or len(came) != 1 or ordered == came:
        return set()
    return {abs(ordered.pop() - came.pop())}


def _sure(line: ProposedLine) -> ProposedLine:
    quantity = line.quantity
    assert quantity is not None
    evidence = quantity.evidence
    if evidence is not None:
        evidence = replace(evidence, checks=(*evidence.checks, RESTATED_CHECK))
    confidence = max(quantity.confidence, ocr_capped(RESTATED, evidence))
    return replace(line, quantity=replace(quantity, confidence=confidence, evidence=evidence))


def _corrected(
    doc: RequestText,
    lines: list[ProposedLine],
    fresh: list[Segment],
    vocabulary: OrderVocabulary | None,
) -> list[ProposedLine]:
    """The lines, a count the fresh text corrects replaced by the corrected one; sure where
    the correction names the item of its line, read surely, and no other line's ("Sorry,
    meant 4 PRVs not 3")."""
    lines = list(lines)
    for segment in fresh:
        for match in _corrections(doc.text, segment.start, segment.end):
            said, wrong = count_value(match.group("said")), count_value(match.group("not"))
            holders = [i for i, line in enumerate(lines) if _count(line) == wrong]
            if not holders:
                # the newest word settles the two counts a line was read with ("it's 3
                # PRVs missing, not 4" atop the note forwarded that says 4)
                holders = [
                    i
                    for i, line in enumerate(lines)
                    if _count(line) == said
                    and line.quantity
                    and line.quantity.confidence <= CONFLICT
                ][:1]
            if said == wrong or not holders:
                continue
            named = len(holders) == 1 and _names_its_item(
                match.group(), lines, holders[0], vocabulary
            )
            count = _as_corrected(doc, lines, said, match.span("said"), named=named)
            _recounted(lines, holders, count)
    return lines


def _corrections(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The corrections of a count in a span of a text ("3 valves to return, not 4"); not
    what came against what was due ("9 boxes came not 10")."""
    return [m for m in _CORRECTION.finditer(text, start, end) if not _CAME.search(m.group())]


def _taken_back(
    doc: RequestText, lines: list[ProposedLine], fresh: list[Segment]
) -> list[ProposedLine]:
    """The lines, a count the writer takes back right after saying it ("missing 4 bags.
    Sorry, make that 3") replaced by the one said instead: the count of the paragraph's
    line said last before the correction."""
    lines = list(lines)
    for segment in fresh:
        for match in _SELF_CORRECTION.finditer(doc.text, segment.start, segment.end):
            said = count_value(match.group("said"))
            before = [
                (line.quantity.evidence.end, i)
                for i, line in enumerate(lines)
                if line.quantity is not None
                and line.quantity.evidence is not None
                and line.quantity.evidence.end <= match.start()
                and not BLANK_LINE.search(doc.text, line.quantity.evidence.end, match.start())
            ]
            if not before:
                continue
            _, i = max(before)
            line = lines[i]
            assert line.quantity is not None
            if line.quantity.value == said and line.quantity.confidence > CONFLICT:
                continue
            lines[i] = replace(line, quantity=_as_corrected(doc, lines, said, match.span("said")))
    return lines


def _some_found_fine(
    doc: RequestText, lines: list[ProposedLine], fresh: list[Segment]
) -> list[ProposedLine]:
    """The lines, a count of which some are said fine after all ("3 don't run" … "one of
    the 3 was fine") lowered by those, for a person to confirm (CORRECTED): which line the
    words take back is read from the count alone. Where several lines hold the count, each
    is left in doubt."""
    lines = list(lines)
    for segment in fresh:
        for match in _SOME_FINE.finditer(doc.text, segment.start, segment.end):
            fine, of = count_value(match.group("fine")), count_value(match.group("of"))
            holders = [i for i, line in enumerate(lines) if _count(line) == of]
            if not holders or fine >= of:
                continue
            _recounted(lines, holders, propose_at(doc, of - fine, CORRECTED, *match.span()))
    return lines


def _recounted(lines: list[ProposedLine], holders: list[int], count: Proposed[int]) -> None:
    """Gives the one line holding a count taken back the count told instead; of several
    holders, which one the words are of is unknown, so each count is left in doubt."""
    for i in holders:
        quantity = lines[i].quantity
        assert quantity is not None
        recount = count if len(holders) == 1 else quantity.capped(CONFLICT)
        lines[i] = replace(lines[i], quantity=recount)


def _as_corrected(
    doc: RequestText,
    lines: list[ProposedLine],
    said: int,
    span: tuple[int, int],
    *,
    named: bool = False,
) -> Proposed[int]:
    """The count a correction says, at the span it says it: sure where the message claims
    one line only, read surely, or the correction names its line's item (CORRECTED_ONLY_
    LINE), else for a person to confirm."""
    sure = CORRECTED_ONLY_LINE if named or _only_sure_line(lines) else CORRECTED
    return propose_at(doc, said, sure, *span)


def _names_its_item(
    words: str, lines: list[ProposedLine], index: int, vocabulary: OrderVocabulary | None
) -> bool:
    """Whether a correction's words name the item of the line it corrects, read surely,
    and of no other line ("4 PRVs not 3" beside a line of gate valves)."""
    line = lines[index]
    if vocabulary is None or not _sure_of_item(line) or line.sku is None:
        return False
    others = {other.sku.value for other in lines if other.sku is not None} - {line.sku.value}
    return vocabulary.names_kind(words, line.sku.value) and not any(
        vocabulary.names_kind(words, other) for other in others
    )


def _only_sure_line(lines: list[ProposedLine]) -> bool:
    """The message's one line, its item and reason read surely: a correction of its count
    can be of no other."""
    return len(lines) == 1 and _sure_of_item(lines[0])


def _sure_of_item(line: ProposedLine) -> bool:
    return (
        line.sku is not None
        and line.sku.confidence >= TRUSTED
        and line.reason.confidence >= TRUSTED
    )


def _count(line: ProposedLine) -> int | None:
    return line.quantity.value if line.quantity is not None else None
