"""A count said by grammar: an item spoken of in the singular is one of it.

"The 3\" check valve we got from you in October failed", "one of the 1\" ball valves
drips at the stem", "the bottom element is bad on this one heater": no number counts the
item, yet a clerk keys 1, because the sentence that claims it names one. A line read with
no count, or with one guessed among several numbers ("we try new teflon 2 times"), is
given 1 (SINGULAR) where the sentences that hold its item and its reason
name the item's kind (the order's description says what kind of thing it is: "valve",
"heater") only in the singular, after a word that makes it one ("a", "the", "this",
"one", "our"), and not as a word describing another thing ("the valve order", "the pump
carton"); or name it after "one of the"; or where the reason's sentence speaks of "the
one" before its reason and counts nothing else ("The one in the lobby keeps rebooting").
Not for an overage (how many more came is never one by grammar), a price claim or a wrong
item (those claim what was billed), nor for an item sold by a measure ("the 2\" black
pipe" is so many feet). A sure count said in a sentence before the reason's, which counts
nothing itself and opens with the one item it is about, counts the job, not the claim
("We are installing the 3 water heaters …" / "The heater SN … will not hold the pilot"): 1.
"""

import re
from dataclasses import replace

from extractors.claims.lexicon import NUMBER_WORD
from extractors.claims.lines import AMONG_SEVERAL
from extractors.claims.tokens import find_numbers, no_count_spans
from extractors.claims.vocabulary import OrderVocabulary
from extractors.fields import ProposedLine
from extractors.text import RequestText, propose_at
from rules.vocabulary import ReasonCode

SINGULAR = 0.85
SINGULAR_CHECK = "said in the singular"
_NOT_COUNTED_SO = frozenset({ReasonCode.OVERSHIPPED, ReasonCode.PRICING, ReasonCode.WRONG_ITEM})
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
_WORD = re.compile(r"[A-Za-z]+")
_MAKES_ONE = frozenset({"a", "an", "one", "the", "this", "that", "our", "my", "your"})
_BEFORE = 6  # words between "a" and its noun: "a leaking 50 gallon gas water heater"
# a kind word describing the thing that follows it, not the thing itself
_DESCRIBES = re.compile(
    r"\s*(?:order|orders|shipment|delivery|line|lines|box|boxes|carton|cartons|case|cases"
    r"|pallet|pallets|qty|quantity|price|pricing|invoice|count|parts?|returns?|kit|stock"
    r"|job|supplier|vendor|model|type|size|brand)\b",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|those|these|our|your|them)\b", re.IGNORECASE)
_ONE_OF_REACH = 60  # characters from "one of the" to the item's kind word
# "the 40 we not use", "return the 40?": a count of the items, not a size or a number
_THE_COUNT = re.compile(
    r"\bthe\s+(\d{1,4})\b(?![\"'”/.,-]?\d)(?!\s*(?:\"|''|”|in\b|inch|mm\b|ft\b|feet|gal|%|x\d|/|-))",
    re.IGNORECASE,
)
_REACH = 600  # characters of the message after the claim's sentence
_THE_ONE = re.compile(
    r"\b(?:the|this|that)\s+one\s+(?:in|on|at|from|by|for|that|which|we|they|i|you)\b",
    re.IGNORECASE,
)
# a sentence that opens with the one item it is about: "The heater SN 2543-110287 we …"
_SUBJECT = re.compile(r"\s*(?:the|this|that|our|my|one)\s+(?:[\w\"'-]+\s+){0,3}[A-Za-z]+$", re.I)
_A_NUMBER = re.compile(rf"\b(?:\d+|{NUMBER_WORD}|dozen|both|all|other|others)\b", re.IGNORECASE)


def in_the_singular(
    doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """The line, given a count of 1 where it has none and its sentences name one item."""
    sku, reason, quantity = line.sku, line.reason, line.quantity
    if quantity is not None and quantity.confidence > AMONG_SEVERAL:  # grammar says more
        return _one_of_those_counted(doc, line, vocabulary)
    if sku is None or reason.value in _NOT_COUNTED_SO or vocabulary.measures(sku.value):
        return line  # "the 2\" black pipe" sold per ft is as many feet as were cut
    spans = [p.evidence for p in (sku, reason) if p.evidence is not None]
    if not spans:
        return line
    kinds = vocabulary.kind_words(sku.value)
    start, end = _sentences(doc.text, min(s.start for s in spans), max(s.end for s in spans))
    said = _said_one(doc.text, start, end, kinds)
    if said is None and reason.evidence is not None:
        # the item named far from its reason (on a rating plate): the reason's sentence
        # alone ("We have a leaking 50 gallon gas water heater at Seaside Court")
        start, end = _sentences(doc.text, reason.evidence.start, reason.evidence.end)
        said = _said_one(doc.text, start, end, kinds) or _the_one(
            doc.text, start, end, reason.evidence.start
        )
    if said is None or _counted_after(doc.text, start):
        return line
    first, last = said
    count = propose_at(doc, 1, SINGULAR, first, last, checks=(SINGULAR_CHECK,))
    return replace(line, quantity=count)


def _one_of_those_counted(
    doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """The line, given 1 where its count is said in a sentence before its reason's, which
    names no reason, and the reason's sentence speaks of one of the items ("We are
    installing the 3 water heaters … The heater we installed in apt 905 will not hold the
    pilot"): the count is of the job, the claim of the one."""
    sku, reason, quantity = line.sku, line.reason, line.quantity
    counted, why = quantity.evidence if quantity else None, reason.evidence
    if sku is None or counted is None or why is None or reason.value in _NOT_COUNTED_SO:
        return line
    if vocabulary.measures(sku.value) or counted.end > why.start:
        return line
    start, end = _sentences(doc.text, why.start, why.end)
    sentence = doc.text[start:end]
    if counted.end > start or find_numbers(sentence, no_count_spans(sentence)):
        return line  # the reason's sentence counts for itself
    said = _said_one(doc.text, start, end, vocabulary.kind_words(sku.value))
    if said is None or _counted_after(doc.text, start):
        return line
    if not _SUBJECT.match(doc.text[start : said[1]]):
        return line  # the one the sentence is about opens it: not "… with its own tank"
    count = propose_at(doc, 1, SINGULAR, *said, checks=(SINGULAR_CHECK,))
    return replace(line, quantity=count)


def _counted_after(text: str, start: int) -> bool:
    """Whether the message goes on to count more than one of what it claims ("We order
    to much of the 1 inch copper elbow … the 40 we not use … Can we return please the
    40?"): a writer's singular is then no count."""
    return any(int(m.group(1)) > 1 for m in _THE_COUNT.finditer(text, start, start + _REACH))


def _the_one(text: str, start: int, end: int, reason_at: int) -> tuple[int, int] | None:
    """The span of "the one" that a reason's sentence (text[start:end]) speaks of before
    its reason, where it counts nothing else ("The one in the lobby keeps dropping off
    Wi-Fi")."""
    match = _THE_ONE.search(text, start, reason_at)
    if match is None or len(_A_NUMBER.findall(text, start, end)) > 1:
        return None
    return match.start(), match.end()


def _sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentences that hold text[start:end]."""
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return first, after.start() if after else len(text)


def _said_one(text: str, start: int, end: int, kinds: frozenset[str]) -> tuple[int, int] | None:
    """The span of the one mention of the item's kind that makes it one, if the text
    speaks of the item so and never in the plural."""
    words = list(_WORD.finditer(text, start, end))
    singular, plural = [], []
    for index, word in enumerate(words):
        written = word.group().lower()
        if written in kinds:
            singular.append(index)
        elif written.endswith(("s", "es")) and (written[:-1] in kinds or written[:-2] in kinds):
            plural.append(index)
    for match in _ONE_OF.finditer(text, start, end):
        near = [i for i in plural if 0 <= words[i].start() - match.end() <= _ONE_OF_REACH]
        if len(plural) == 1 and near and not singular:
            return match.start(), words[near[0]].end()
    if plural or len(singular) != 1:
        return None
    index = singular[0]
    if _DESCRIBES.match(text, words[index].end()):
        return None
    before = [w.group().lower() for w in words[max(0, index - _BEFORE) : index]]
    if not _MAKES_ONE & set(before):
        return None
    return words[index].span()
