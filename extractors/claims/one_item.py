"""A message about one item: read with the order open, as a clerk reads a short note.

A message that names one item of the order and nothing else is about that item ("the
pressure reducing valves from the Oak Terrace order, two of them no work right. … they
are defective"): a line without SKU, or one read from the item's words less surely, takes
it where its reason's sentence speaks of it (its kind, a pronoun, its words), and a line
of it without a count takes the one count the message gives of the items themselves.
Another item's word, an identifier not on the order, a wrong item, a settled or separate
claim leave the lines as they are; items a sentence says are fine or kept do not count.
"""

import re
from dataclasses import replace
from itertools import pairwise

from extractors.claims.lexicon import is_claimed_elsewhere, is_fine, is_settled
from extractors.claims.lines import AMONG_SEVERAL
from extractors.claims.quantities import (
    KEEP_VERB,
    is_count_of_items,
    is_kept_count,
    is_ordered_count,
    is_received_count,
    is_requested,
    is_total,
)
from extractors.claims.tokens import (
    DESCRIBED_KINDS,
    Number,
    find_numbers,
    find_skus,
    no_count_spans,
    window_before,
)
from extractors.claims.vocabulary import DESCRIBED_CHECK, OrderVocabulary
from extractors.fields import ProposedLine
from extractors.text import RequestText, Segment, propose_at
from rules.vocabulary import ReasonCode

ONE_ITEM = 0.86  # the one item a message names, as sure as an item named plainly
COUNTED_IN_THE_MESSAGE = 0.85  # the one count a one-item message gives of the items
_BREAK = re.compile(r"[.!?](?=\s)|\n")
_WRAPPED_AT = 60  # characters: a line this long that breaks mid-sentence was wrapped
_PRONOUN = re.compile(r"\b(?:they|them|it|both|these|those|this one|that one)\b", re.IGNORECASE)
_KEPT = re.compile(KEEP_VERB, re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|none)\b|n't\b", re.IGNORECASE)
_EACH_PIECE = re.compile(r"\b(?:pieces?|pcs|lengths?|sticks?)\s+(?:of|@)\s*$", re.IGNORECASE)


def of_the_one_item(
    doc: RequestText,
    lines: list[ProposedLine],
    segments: list[Segment],
    vocabulary: OrderVocabulary,
) -> list[ProposedLine]:
    """Lines of a message that names one item of the order and nothing else take that item
    plainly, as a clerk reads "the pressure reducing valves … two of them no work right. …
    they are defective": a line without SKU is of it, and one read from its words is sure
    of it. The item must be named once by an identifier or plainly by its words; a word
    of another item, an identifier not on the order or a wrong item (what came is as
    often named as what was ordered) leaves the lines as they are."""
    if any(line.reason.value == ReasonCode.WRONG_ITEM for line in lines):
        return lines
    named = _the_one_item_named(doc, segments, vocabulary)
    if named is None or any(_set_apart(doc.text[s.start : s.end]) for s in segments):
        return lines
    sku, start, end = named
    item = vocabulary.item_of(sku)
    keyed = [vocabulary.item_of(line.sku.value) for line in lines if line.sku is not None]
    if any(key != item for key in keyed):
        return lines
    plainly = propose_at(doc, sku, ONE_ITEM, start, end, checks=(DESCRIBED_CHECK,))
    lines = [
        replace(line, sku=plainly) if _of_it(doc, line, vocabulary, sku) else line for line in lines
    ]
    return [_counted_in_the_message(doc, line, segments, vocabulary) for line in lines]


def _counted_in_the_message(
    doc: RequestText, line: ProposedLine, segments: list[Segment], vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line of the one item, surely named, without a count: the count the message gives
    of the items themselves or asks for, where every such count agrees ("We have 32 of
    them in the gang box … set up a return for the 32 pcs"); a count of the line torn
    between two numbers that it agrees with becomes as sure. A shortage's or an
    overage's counts are arithmetic on what arrived, never read so."""
    sku, known = line.sku, line.quantity
    if known is not None and known.confidence > AMONG_SEVERAL:
        return line
    if sku is None or sku.confidence < ONE_ITEM:
        return line
    if line.reason.value in (ReasonCode.SHORT, ReasonCode.OVERSHIPPED):
        return line
    found: list[tuple[int, int, int]] = []  # (count, start, end) in doc.text
    for segment in segments:
        text = doc.text[segment.start : segment.end]
        masked = no_count_spans(text)
        masked += [(token.start, token.end) for token in find_skus(text, masked)]
        for n in find_numbers(text, masked, vocabulary.sold_by):
            if counts_the_items(text, n, vocabulary.measures(sku.value)):
                found.append((n.value, segment.start + n.start, segment.start + n.end))
    if len({count for count, _, _ in found}) != 1:
        return line
    count, start, end = found[0]
    if known is not None and known.value != count:
        return line
    return replace(line, quantity=propose_at(doc, count, COUNTED_IN_THE_MESSAGE, start, end))


def counts_the_items(text: str, number: Number, measures: frozenset[str]) -> bool:
    """Whether a number counts the items claimed or asks for them ("32 of them", "all 40",
    "return the 32 pcs"; of an item sold by a measure, that measure: "36 feet of the 2 inch
    pipe", not the "9 ft" of "4 pieces of 9 ft"), not what was ordered, came, is kept or
    makes a whole."""
    if measures:
        if number.measure not in measures or _EACH_PIECE.search(window_before(text, number.start)):
            return False
    elif not (is_count_of_items(text, number) or is_requested(text, number)):
        return False
    return not (
        is_total(text, number)
        or is_ordered_count(text, number)
        or is_received_count(text, number)
        or is_kept_count(text, number)
    )


def _set_apart(text: str) -> bool:
    """Whether a text says of an item that its claim is settled or made elsewhere: the one
    item it names may be that one."""
    return is_settled(text) or is_claimed_elsewhere(text)


def _of_it(doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary, sku: str) -> bool:
    """Whether a line, without SKU or read from the item's words less surely, is of the one
    item its message names: its reason's sentence speaks of the item by its kind or by a
    pronoun ("they are defective"), and holds no size it lacks ("3 cases of the 16x25x1
    filters were crushed", "3 elbows were crushed" may be of an item not on the order)."""
    named = line.sku.evidence if line.sku is not None else None
    if line.sku is not None and (
        named is None or DESCRIBED_CHECK not in named.checks or line.sku.confidence >= ONE_ITEM
    ):
        return False
    reason = line.reason.evidence
    if reason is None:
        return False
    start, end = _whole_sentence(doc.text, reason.start, reason.end)
    sentence = doc.text[start:end]
    speaks = (
        vocabulary.names_kind(sentence, sku)
        or _PRONOUN.search(sentence) is not None
        or (named is not None and start <= named.start and named.end <= end)
    )
    return speaks and not vocabulary.sizes_it_lacks(sentence, sku)


def _whole_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence that holds text[start:end]; prose wrapped at a long line
    goes on across the line break, a short line ends (a list's, a row's)."""
    stops = _stops(text, 0, len(text))
    first = max((m.end() for m in stops if m.end() <= start), default=0)
    last = min((m.start() for m in stops if m.start() >= end), default=len(text))
    return first, last


def _stops(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The ends of sentences in text[start:end]: a full stop, or a line break that does not
    only wrap a sentence."""
    return [m for m in _BREAK.finditer(text, start, end) if not _wrapped(text, m)]


def _wrapped(text: str, stop: re.Match[str]) -> bool:
    """Whether a line break only wraps a sentence: the line is as long as mail wraps at,
    and no blank line follows."""
    if stop.group() != "\n" or text.startswith("\n", stop.end()):
        return False
    return stop.start() - (text.rfind("\n", 0, stop.start()) + 1) >= _WRAPPED_AT


def _the_one_item_named(
    doc: RequestText, segments: list[Segment], vocabulary: OrderVocabulary
) -> tuple[str, int, int] | None:
    """The one item of the order the segments name, with the span of a plain naming of it,
    where they name no other item, by identifier or by word. Items a sentence says are
    fine or kept ("The 2 check valves went on another job, so those are fine") are not
    what the message is about."""
    spans = [
        (first, last)
        for segment in segments
        for first, last in _sentences(doc.text, segment.start, segment.end)
        if not _fine_or_kept(doc.text[first:last])
    ]
    items: set[str] = set()
    plain: tuple[str, int, int] | None = None
    for first, last in spans:
        text = doc.text[first:last]
        masked = no_count_spans(text)
        for token in find_skus(text, masked, vocabulary):
            if token.kind in DESCRIBED_KINDS:
                continue
            if vocabulary.held(token.value) is None:
                return None  # an identifier not on the order: another item, or another order
            items.add(vocabulary.item_of(token.value))
            plain = plain or (token.value, first + token.start, first + token.end)
        for mention in vocabulary.mentioned(text):
            items.add(vocabulary.item_of(mention.sku))
            if mention.plain:
                plain = plain or (mention.sku, first + mention.start, first + mention.end)
    if len(items) != 1 or plain is None:
        return None
    (item,) = items
    owner = next((s for s, _ in vocabulary.descriptions if vocabulary.item_of(s) == item), None)
    if owner is None or any(vocabulary.names_another(doc.text[a:b], owner) for a, b in spans):
        return None
    return plain


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence spans of text[start:end] (a wrapped line goes on, a short one ends)."""
    bounds = [start, *(m.end() for m in _stops(text, start, end)), end]
    return [(a, b) for a, b in pairwise(bounds) if text[a:b].strip()]


def _fine_or_kept(sentence: str) -> bool:
    """Whether a sentence says its items are fine ("those are fine", not "two of them no
    work right") or kept ("we're keeping the check valves")."""
    fine = is_fine(sentence) and _NEGATION.search(sentence) is None
    return fine or _KEPT.search(sentence) is not None
