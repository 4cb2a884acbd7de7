"""The built-in extractor: order refs, claim lines and urgency by patterns, no LLM.

Only fresh text is read for claims: quoted history and signatures are skipped.
The email subject is read for order refs and urgency; for claims only when the
body has no claim line and the subject is not a reply's ("Re: damaged valves" is
the old thread's topic, not necessarily this message's). A line left without SKU takes
the SKU of the numbered row its note names ("Line 3: …"), else, with the order known,
the item its paragraph describes: for a person to confirm, unless the claim's own sentence
names the item's kind and the paragraph names it plainly and nothing else ("Only 5 coils
rec'd - 1 coil SHORT / PEX 3/4 - please credit 1 coil"), or the message names that one item
and nothing else and the reason's sentence speaks of it ("they are defective": one_item.py).
Goods no item of the order fits take the catalogue item their words describe, if one only
("3 of the 1\" full port ball valves" on an order of thermostats): an item not on the order,
for a person to confirm.
A message whose own words say it claims nothing, take a claim back, ask after one made
before or tell of one made before ("the credit for those is already in process"), and that
asks for nothing now, is no claim (policy.md section 2): a reviewer may reopen it. One that
says so and still asks ("please credit the 8 bent registers") leaves every value unsure,
however surely it was read. A wrong-item line read
from the item that came takes the one its paragraph says was ordered (policy: the line
names what should have arrived), also where only the words of what came were read. With
the order open, a line without a count of an item the order holds one of claims that one,
and a price claim on all the order holds of its item is sure of its count.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from extractors.claims.flow import claim_lines
from extractors.claims.keyed import counted_in_forms
from extractors.claims.lexicon import (
    NUMBER_WORD,
    asks_after,
    asks_back,
    asks_goods_back,
    asks_other_business,
    claims_nothing_new,
    count_value,
    disclaims,
    find_reasons,
    is_fine,
    is_left_out,
    is_urgent,
    retracts,
    says_surplus,
)
from extractors.claims.lines import (
    CAME_INSTEAD,
    COUNTED_WORDS,
    PIECES_CHECK,
    STRONG_REASON,
    WEAK_REASON,
    held_instead,
    ordered_in_place,
    side,
)
from extractors.claims.one_item import counts_the_items, of_the_one_item
from extractors.claims.quantities import (
    is_kept_count,
    is_ordered_count,
    is_received_count,
    is_total,
)
from extractors.claims.refs import BARE_CHECK, RefHit, bare_numbers, find_refs, rank_refs
from extractors.claims.restated import restated
from extractors.claims.sentences import is_bullet, split_sentences, split_units
from extractors.claims.singular import in_the_singular
from extractors.claims.skus import TRUSTED
from extractors.claims.tokens import (
    DESCRIBED_KINDS,
    Number,
    SkuToken,
    Span,
    find_numbers,
    find_skus,
    mask_spans,
    no_count_spans,
)
from extractors.claims.vocabulary import DESCRIBED_CHECK, OrderVocabulary, item_key
from extractors.fields import Evidence, Proposed, ProposedFields, ProposedLine
from extractors.text import RequestText, Segment, propose_at
from rules.vocabulary import ReasonCode

EXTRACTOR = "offline"
DESCRIBED = 0.75  # an item named by its description's words, not by an identifier
ELSEWHERE = 0.6  # goods the order does not hold, named by a catalogue item's words
CATALOGUE_CHECK = "catalogue:described"  # evidence check of such an item
NAMED_BEFORE = 0.7  # the item a paragraph before named: which one is a guess
_PARAGRAPHS_BACK = 3  # how far back a line without an item looks for the item named
IDENTIFIED_ELSEWHERE = 0.9  # …and by an identifier of its own in another sentence
PLAINLY = 0.86  # …plainly: its kind in the claim's sentence, its own words, no other item
REFERENCED = 0.9  # a SKU read from the row a note names by its number ("Line 3: …")
ONLY_ONE = 0.9  # the count of an item the order holds one of; a price claim on all of it
ASKED_BACK = 0.86  # goods asked back, nothing wrong with them named: a convenience return
IN_ITS_MEASURE = 0.9  # an item sold by the foot counted in feet, the piece count aside
PIECES_OF_A_MEASURE = 0.7  # pieces of an item sold by the foot, its feet not said
MEASURED_ALONE = 0.85  # the one count in its measure of the sentence naming an item read uncounted
WHOLE_LINE = 0.8  # a price claim naming no count: all the order holds, not written
ALL_OF_IT = 0.86  # "they are all threaded, all of them": all the order holds of the item
SAID_ORDERED = 0.9  # the identifier a wrong-item claim's paragraph says was ordered
DISCLAIMED = 0.6  # any field of a message that says it claims nothing
NOTHING_NEW = "claims_nothing_new"  # not a claim: says it claims nothing and asks for nothing
EITHER_WAY = 0.5
BEYOND_THE_ORDER = 0.8  # a count larger than the order holds of the item
WORKED_OUT = 0.8  # pieces counted, packs worked out
UNASKED = 0.7  # a surplus mentioned, never asked back
QUOTED_ORDER = 0.8  # an order named only in the quoted history, the author not pointing to it
ANSWERED = 0.8  # a claim of the quoted history, completed by the reply that answers its question
_ANSWER_MAX = 300  # characters: a reply longer than this says more than an answer
# what a question about a claim asks: which item, how many, the order it is on
_ASKS_WHICH = re.compile(
    r"\b(?:which|what)\b[^?.!]{0,60}\b(?:items?|skus?|parts?|products?|sizes?|models?|ones?"
    r"|quantit(?:y|ies)|count|order|po)\b[^?.!]{0,60}\?"
    r"|\bhow\s+many\b[^?.!]{0,120}\?"
    r"|\bplease\s+(?:reply|respond|answer)\b[^.?!]{0,40}?\bwith\b[^.?!]{0,80}"
    r"\b(?:item|sku|part|quantit(?:y|ies)|how\s+many|count|order|po)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"^[ \t]*>[> \t]*", re.MULTILINE)
# "Answers below in red", "my replies inline", "answered in caps below", "My notes are
# inline below, marked [DR]"
_ANSWERS_WITHIN = re.compile(
    r"\b(?:(?:answers?|replies|responses|notes|comments)\s+(?:are\s+)?|answered\s+|replied\s+)"
    r"(?:below|inline|in[- ]line|in\s+(?:red|blue|caps))",
    re.IGNORECASE,
)
_AN_ANSWER = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\b", re.IGNORECASE)  # "Four.", "PO 24460"
SAID_IN_PACKS = 0.9  # a shortage's count beside the order's, unmarked: short or arrived
BY_THE_ORDER = 0.9  # a shortage or overage worked out from the order's own count of the item
_BESIDE = 12  # characters: the next column
_HEADING_LINES = 3  # of a document without subject, the lines that title it
_STRAYS_SHOWN = 5
_CELL_BREAK = re.compile(r"\t| {2,}|\||,")  # between a row's cells
_ROW_CELLS = 4  # a line of as many cells at least is a sheet's row
UNREAD_ITEM = 0.8  # the message asks to send back an item no line claims: a person reads it
CLAIMED_BEFORE = 0.7  # an item the quoted notice of a claim already holds: the same, or more?
# the quoted history is a notice of a claim already opened: "We received your request on
# order …", "We have opened your claim", "RA-55817 is issued", "RMA-26-1187"
_A_CLAIM_OPENED = re.compile(
    r"\b(?:rma|ra|claim|case|credit\s+memo)\s*(?:#|no\.?|number)?\s*[:#]?\s*[a-z]{0,4}-?\d{2}[\d-]+"
    r"|\b(?:received|opened|approved|issued|logged)\s+your\s+(?:claim|request|return)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[;:]|\.\s")
_LINE_REFERENCE = re.compile(r"\b(?:line|ln|row|item)\.?\s*#?\s*(\d{1,3})\b", re.IGNORECASE)
_NUMBERED_ROW = re.compile(r"^[ \t]*(?P<n>\d{1,3})[.)]?[ \t]+(?P<rest>.*)$", re.MULTILINE)
_THE_REST = re.compile(r"\bthe\s+(?:rest|others|remaining\s+ones)\b", re.I)
# "The other five were the right size and are installed": the order's count less these
_OTHERS_FINE = re.compile(
    rf"\bthe\s+other\s+(?P<n>\d+|{NUMBER_WORD})\b(?P<what>[^.!?\n]{{0,40}}?)\s+(?:are|were)\s+"
    r"(?:all\s+)?(?:fine|ok|okay|good|right|correct|the\s+right\s+\w+|installed|working|running)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")
_WORD_AFTER = re.compile(r"\s*\(?\s*([a-z]+|')", re.IGNORECASE)  # "40 ft", "40 (feet)", "40'"
_NEXT_WORDS = re.compile(r"[ \t]+((?:[\w\"'/-]+[ \t]+){0,2}[\w\"'/-]+)")  # "25 elbows we are"
_OF_IT = re.compile(r"\s*(?:[a-z]+\.?|')?\s+of\b", re.IGNORECASE)  # "30 feet of the pipe"
_PACK_NOUN = r"(carton|box|bag|case|pack|crate)(?:e?s)?"
_PACKS_OF = re.compile(rf"\s+{_PACK_NOUN}\s+of\s+(\d+)\b", re.IGNORECASE)
# packs, then the pieces in them: "2 bags of 1\" copper 90s (50 pcs)", "2 bags, 50 pcs",
# "one of the boxes (25 pcs)"
_PIECES = (
    rf"\s+(?:of\s+(?:the|those|these|our)\s+)?{_PACK_NOUN}"
    r"\b[^.;()\n]{0,40}?[(,]\s*(\d+)\s*(?:pcs|pieces|pc)\b"
)
_EACH = r"\s*(?:each|ea\b|per\b|in\s+(?:each|a)\b|/)"
_PACKS_IN_PIECES = re.compile(rf"{_PIECES}(?!{_EACH})", re.IGNORECASE)
# …or the pieces in each: "Missing 2 boxes, 12 pcs each" claims 24
_PACKS_OF_PIECES_EACH = re.compile(rf"{_PIECES}(?={_EACH})", re.IGNORECASE)
_WHOLE = re.compile(r"(?<![\w.$/-])\d+(?![\w./\"-])")
# the packs' size said after the item: "Two inner boxes of the 1\" copper 90s (25 to a box)"
_PACKS_SIZED = re.compile(
    rf"[ \t]+(?:inner[ \t]+|outer[ \t]+)?{_PACK_NOUN}\b[^.\n]{{0,60}}?"
    r"\b(\d+)[ \t]*(?:to[ \t]+a|per|/|in[ \t]+(?:a|each))[ \t]*\1\b",
    re.IGNORECASE,
)
# The author pointing to the order of the message replied to: "on the same order", "One
# more from this same order", "this PO"
_THAT_ORDER = re.compile(
    r"\b(?:(?:the|this|that)\s+same|this|that)\s+(?:order|po|p\.o\.|delivery|shipment)\b",
    re.IGNORECASE,
)
# The claim said of all of an item ("the 3/4 valves are all threaded, all of them, every
# box"), not of the others ("the others are all fine": is_fine)
_ALL_OF_IT = re.compile(
    r"\ball\s+of\s+(?:them|it|those|these)\b|\b(?:are|were)\s+all\b"
    r"|\bevery\s+(?:single\s+)?(?:one|box|carton|case|piece|unit|length|coil|bag)\b",
    re.IGNORECASE,
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|r|res|ref)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def extract(doc: RequestText, vocabulary: OrderVocabulary | None = None) -> ProposedFields:
    """Proposed claim fields of a request's text; with the found order's vocabulary, its
    items are read however they are written."""
    fresh, subject = _fresh(doc), _subject(doc)
    refs = request_refs(doc)
    urgent = any(is_urgent(doc.text[s.start : s.end]) for s in subject + fresh)
    if doc.email is not None and doc.email.auto_reply:
        return _not_a_claim("auto_reply", refs, urgent)
    lines, claim_language = claim_lines(doc, fresh, vocabulary)
    notes: tuple[str, ...] = ()
    if (
        not lines
        and subject
        and not _REPLY_SUBJECT.match(doc.text[subject[0].start : subject[0].end])
    ):
        lines, in_subject = claim_lines(doc, subject + fresh, vocabulary)
        claim_language = claim_language or in_subject
        notes = ("claim read with the subject",) if lines else ()
    answered = False
    if (
        not lines
        and not claim_language
        and (_answers_a_question(doc, fresh, vocabulary) or _answered_within(doc, fresh))
    ):
        # "Four. The 3/4 ball valves." atop "How many arrived cracked?": the claim the
        # question asks about, with its answer; whose words said what is for a person
        history = [s for s in doc.segments if s.quoted and s.kind != "signature"]
        lines, claim_language = claim_lines(doc, history + fresh, vocabulary)
        answered = bool(lines)
        notes = ("claim read from the quoted history the reply answers",) if answered else ()
    if not lines and not claim_language:
        return _not_a_claim("no_claim_language", refs, urgent)
    said = [doc.text[s.start : s.end] for s in fresh]
    titles = tuple(doc.text[s.start : s.end] for s in subject) or _heading(doc, fresh)
    if claims_nothing_new(said, [*said, *titles], titles=titles):
        return _not_a_claim(NOTHING_NEW, refs, urgent)
    # "Please quote … no returns involved", "Disregard it": whatever reads as a claim in
    # such a message is for a person, however sure the reading below makes it
    unsure = ""
    if any(map(disclaims, said)):
        unsure = "the message says it claims nothing"
    elif any(map(retracts, said)) and not _takes_back_another_item(said, lines, vocabulary):
        unsure = "the message takes back a claim"
    elif asks_after(said):
        unsure = "the message asks after a claim made before"
    elif asks_other_business([*said, *titles], said):
        unsure = "the message is about a quote, an order or a delivery, and asks nothing back"
    lines = [_line_referenced(doc, line) for line in lines]
    lines = [_ordered_instead(doc, line, lines, vocabulary) for line in lines]
    if vocabulary is not None:
        lines = [_described(doc, line, vocabulary) for line in lines]
        lines = [_counted_as_another(doc, line, lines, vocabulary) for line in lines]
        lines = of_the_one_item(doc, lines, subject + fresh, vocabulary)
        lines = [
            _as_billed(doc, fresh, _the_only_one(line, vocabulary), vocabulary) for line in lines
        ]
        lines = [_all_of_it(doc, fresh, line, vocabulary) for line in lines]
        lines = [_the_rest(doc, fresh, line, vocabulary) for line in lines]
        lines = [_the_others_fine(doc, fresh, line, vocabulary) for line in lines]
        lines = [_short_either_way(doc, line, vocabulary) for line in lines]
        lines = [_in_its_measure(doc, fresh, line, vocabulary) for line in lines]
        lines = [
            _within_the_order(doc, _packs_of(doc, line, vocabulary), vocabulary) for line in lines
        ]
        lines = [_worked_out_by_the_order(line, vocabulary) for line in lines]
        lines = [_over_the_order(doc, fresh, line, vocabulary) for line in lines]
    lines = _convenience_return(doc, fresh, lines, vocabulary)
    lines = counted_in_forms(doc, fresh, lines, vocabulary)
    lines = restated(doc, lines, fresh, vocabulary)
    if not any(asks_back(doc.text[s.start : s.end]) for s in subject + fresh):
        lines = [_unasked(line) for line in lines]
    if vocabulary is not None:
        lines = [in_the_singular(doc, line, vocabulary) for line in lines]
        if any(map(_read_by_its_words_alone, lines)):
            identified = _identifiers_of_the_order(doc, fresh, vocabulary)
            lines = [_identified_elsewhere(identified, line, vocabulary) for line in lines]
    if vocabulary is not None and vocabulary.history:
        lines = [_of_the_history(line) for line in lines]
    # a count of none claims nothing: a line read with one has no count a person can trust
    lines = [replace(line, quantity=None) if _none_counted(line) else line for line in lines]
    lines = [_not_the_orders_number(line, refs) for line in lines]
    if answered:
        lines = [line.capped(ANSWERED) for line in lines]
    before = _claimed_before(doc, vocabulary)
    again = [_claimed_again(line, before, vocabulary) for line in lines]
    if any(again):
        lines = [
            line.capped(CLAIMED_BEFORE) if a else line for line, a in zip(lines, again, strict=True)
        ]
        notes = (*notes, "the quoted notice of a claim already holds an item the reply claims")
    if unsure:
        lines, notes = [line.capped(DISCLAIMED) for line in lines], (*notes, unsure)
    unread = _asked_back_unread(doc, fresh, lines, vocabulary) if vocabulary else []
    if unread:
        lines = [line.capped(UNREAD_ITEM) for line in lines]
        notes = (*notes, f"the message asks to send back an item not read as claimed: {unread[0]}")
    if vocabulary is not None and vocabulary.strays:
        strays = ", ".join(sorted(vocabulary.strays)[:_STRAYS_SHOWN])
        notes = (*notes, f"identifiers read as no item of the order or the catalogue: {strays}")
    return ProposedFields(
        extractor=EXTRACTOR,
        is_claim=True,
        order_refs=_of_the_claimed_rows(doc, refs, lines),
        lines=tuple(lines),
        urgent=urgent,
        notes=notes,
    )


def _takes_back_another_item(
    said: list[str], lines: list[ProposedLine], vocabulary: OrderVocabulary | None
) -> bool:
    """Whether every sentence that takes a claim back names items of the order, none of
    them one the lines claim ("Please disregard the 2 PRVs, we found them in the van. The
    4 cracked ball valves still stand"): the claim left stands as read."""
    if vocabulary is None:
        return False
    taken: set[str] = set()
    for text in said:
        for start, end in split_sentences(text, 0, len(text)):
            sentence = text[start:end]
            if not retracts(sentence):
                continue
            named = {m.sku for m in vocabulary.mentioned(sentence)}
            named |= {t.value for t in find_skus(sentence, mask_spans(sentence), vocabulary)}
            named = named or set(vocabulary.of_kinds_named(sentence))
            if not named:
                return False
            taken |= {vocabulary.item_of(sku) for sku in named}
    if not taken or any(line.sku is None for line in lines):
        return False
    return not taken & {vocabulary.item_of(line.sku.value) for line in lines if line.sku}


def _of_the_claimed_rows(
    doc: RequestText, refs: tuple[Proposed[str], ...], lines: list[ProposedLine]
) -> tuple[Proposed[str], ...]:
    """The order references, the one the claimed lines' own rows name first: a sheet of
    several orders' lines ("INV-88098  PO-77790  PIP-CU-L-100-20 … HOLD - credit
    requested") claims on the order of its claimed row, as a clerk reads it."""
    named: set[str] = set()
    for line in lines:
        evidence = line.sku.evidence if line.sku is not None else None
        if evidence is None:
            return refs
        start = doc.text.rfind("\n", 0, evidence.start) + 1
        end = doc.text.find("\n", evidence.end)
        end = len(doc.text) if end < 0 else end
        on_row = {
            ref.value
            for ref in refs
            if ref.evidence is not None and start <= ref.evidence.start < end
        }
        if not on_row or len(_CELL_BREAK.findall(doc.text, start, end)) < _ROW_CELLS - 1:
            return refs  # prose: its sentence may name the order other than the subject
        named |= on_row
    return tuple(sorted(refs, key=lambda ref: ref.value not in named))


def _convenience_return(
    doc: RequestText,
    fresh: list[Segment],
    lines: list[ProposedLine],
    vocabulary: OrderVocabulary | None,
) -> list[ProposedLine]:
    """Goods asked back where the message names nothing wrong with them ("We'd like to
    return that valve for credit"): a convenience return, as a clerk reads it, however
    plainly "return" alone says so. Any other reason named anywhere in the message, its
    subject and the history it quotes included, must be another item's line's; an item
    claimed for another reason too is not one."""
    if not any(asks_goods_back(doc.text[s.start : s.end]) for s in fresh):
        return lines
    # the subject and the history too: "let's send back the 2" may answer a report of damage
    said = [doc.text[s.start : s.end] for s in doc.segments if s.kind != "signature"]
    named = {hit.reason for text in said for hit in find_reasons(text)}
    claimed = {line.reason.value for line in lines}
    if not (named - {ReasonCode.NOT_NEEDED}) <= claimed - {ReasonCode.NOT_NEEDED}:
        return lines
    return [
        replace(line, reason=replace(line.reason, confidence=ASKED_BACK))
        if line.reason.value == ReasonCode.NOT_NEEDED
        and line.reason.confidence == WEAK_REASON
        and not _claimed_otherwise(line, lines, vocabulary)
        else line
        for line in lines
    ]


def _claimed_otherwise(
    line: ProposedLine, lines: list[ProposedLine], vocabulary: OrderVocabulary | None
) -> bool:
    """Whether another line claims the line's item, or an item unread, for another reason."""
    item = item_key(line.sku.value, vocabulary) if line.sku else None
    return any(
        other.reason.value != ReasonCode.NOT_NEEDED
        and (other.sku is None or item_key(other.sku.value, vocabulary) == item)
        for other in lines
    )


def _none_counted(line: ProposedLine) -> bool:
    return line.quantity is not None and line.quantity.value == 0


def _claimed_before(
    doc: RequestText, vocabulary: OrderVocabulary | None
) -> set[tuple[str, ReasonCode]]:
    """The items a quoted notice of a claim already opened lists, each with its reason
    ("Damaged - WH-50G-NG … qty 1", "RMA-26-1187  2 x VLV-2210-BR … damaged")."""
    claimed: set[tuple[str, ReasonCode]] = set()
    for segment in (s for s in doc.segments if s.quoted):
        history = doc.text[segment.start : segment.end]
        if not _A_CLAIM_OPENED.search(history):
            continue
        for row in history.splitlines():
            reasons = {hit.reason for hit in find_reasons(row)}
            for token in find_skus(row, no_count_spans(row), vocabulary) if reasons else []:
                claimed |= {(item_key(token.value, vocabulary), reason) for reason in reasons}
    return claimed


def _claimed_again(
    line: ProposedLine, before: set[tuple[str, ReasonCode]], vocabulary: OrderVocabulary | None
) -> bool:
    """Whether a reply claims an item for the reason its quoted notice already holds it:
    such a reply ("the two cracked gate valves are at our shop now") most often speaks of
    that claim (where to pick them up, how to ship); whether it claims more is for a person
    to tell. The same item for another reason ("the rest of the coils we don't need") is a
    claim of its own."""
    sku = line.sku
    return sku is not None and (item_key(sku.value, vocabulary), line.reason.value) in before


def _not_the_orders_number(line: ProposedLine, refs: tuple[Proposed[str], ...]) -> ProposedLine:
    """A line whose count was read off the number the message names its order by ("24460
    short tees", PO 24460 in the subject): that number is no count."""
    count = line.quantity.evidence if line.quantity else None
    if count is None:
        return line
    for ref in refs:
        at = ref.evidence
        if at is not None and at.start <= count.start and count.end <= at.end:
            return replace(line, quantity=None)
    return line


def _of_the_history(line: ProposedLine) -> ProposedLine:
    """An item read by its words among all the customer buys, no order open: which one
    the words name is for a person to confirm (DESCRIBED)."""
    sku = line.sku
    if sku is None or not _only_described(sku):
        return line
    return replace(line, sku=sku.capped(DESCRIBED))


def _asked_back_unread(
    doc: RequestText, fresh: list[Segment], lines: list[ProposedLine], vocabulary: OrderVocabulary
) -> list[str]:
    """The items of the order that a sentence asks to send back ("can we send back the 40
    ft of 2\" black pipe?") and no line claims: the claim as read is not the whole of it.
    An item the quoted history names was spoken of before ("grab them with the gate valves"
    of a reply over the claim of those valves): asking it back again claims nothing new."""
    claimed = {vocabulary.item_of(line.sku.value) for line in lines if line.sku is not None}
    for segment in doc.segments:
        history = doc.text[segment.start : segment.end] if segment.quoted else ""
        found = find_skus(history, no_count_spans(history), vocabulary) if history else []
        claimed |= {vocabulary.item_of(token.value) for token in found}
    unread: dict[str, str] = {}  # item → as named
    for segment in fresh:
        for unit in split_units(doc.text, segment):
            for clause in _CLAUSE.split(doc.text[unit.start : unit.end]):
                if not asks_goods_back(clause) or is_fine(clause) or is_left_out(clause):
                    continue
                for token in find_skus(clause, no_count_spans(clause), vocabulary):
                    item = vocabulary.item_of(token.value)
                    if vocabulary.held(token.value) and item not in claimed:
                        unread.setdefault(item, token.value)
    return list(unread.values())


def request_refs(doc: RequestText) -> tuple[Proposed[str], ...]:
    """The order references of the subject and the fresh text, best first. A reply's subject
    names the thread's topic, which may be an earlier order: the fresh text's come first.
    Where neither names one, the quoted history's: a clerk reads the order off the message
    replied to, surely where the author points to it ("One more on the same order"), else
    for a person to confirm."""
    subject, fresh = _subject(doc), _fresh(doc)
    if subject and _REPLY_SUBJECT.match(doc.text[subject[0].start : subject[0].end]):
        refs = order_refs(doc, fresh + subject)
    else:
        refs = order_refs(doc, subject + fresh)
    if refs:
        return refs
    quoted = order_refs(doc, [s for s in doc.segments if s.quoted and s.kind != "signature"])
    # numbers written without a prefix that may name the order ("Re: 24519"), last
    bare = order_refs(doc, subject + fresh, find=bare_numbers, checks=(BARE_CHECK,))
    if any(_THAT_ORDER.search(doc.text[s.start : s.end]) for s in fresh):
        return quoted + bare
    return tuple(ref.capped(QUOTED_ORDER) for ref in quoted) + bare


def _answers_a_question(
    doc: RequestText, fresh: list[Segment], vocabulary: OrderVocabulary | None
) -> bool:
    """Whether a short reply gives a count, a number or an item of the order, to a quoted
    message that asks which item, how many or what order."""
    said = " ".join(doc.text[s.start : s.end] for s in fresh).strip()
    history = " ".join(doc.text[s.start : s.end] for s in doc.segments if s.quoted)
    history = " ".join(_QUOTE_MARKS.sub("", history).split())
    if not said or "?" in said or len(said) > _ANSWER_MAX or not _ASKS_WHICH.search(history):
        return False  # no answer, or one that asks something back
    named = vocabulary is not None and vocabulary.names_any(said)
    return named or _AN_ANSWER.search(said) is not None


def _answered_within(doc: RequestText, fresh: list[Segment]) -> bool:
    """Whether the reply says its answers are written into the quoted message ("Answers
    below in red"): the claim is there, between the questions."""
    return any(_ANSWERS_WITHIN.search(doc.text[s.start : s.end]) for s in fresh)


def _fresh(doc: RequestText) -> list[Segment]:
    return [s for s in doc.segments if not s.quoted and s.kind not in ("signature", "subject")]


def _subject(doc: RequestText) -> list[Segment]:
    return [s for s in doc.segments if s.kind == "subject"]


def _heading(doc: RequestText, fresh: list[Segment]) -> tuple[str, ...]:
    """What titles a request that has no subject (an upload): its first lines, as a
    document's heading ("Accounts Payable - Remittance Advice")."""
    if not fresh:
        return ()
    first = doc.text[fresh[0].start : fresh[0].end].strip().splitlines()
    return tuple(line for line in first[:_HEADING_LINES] if line.strip())


def order_refs(
    doc: RequestText,
    segments: list[Segment],
    *,
    find: Callable[[str], list[RefHit]] = find_refs,
    checks: tuple[str, ...] = (),
) -> tuple[Proposed[str], ...]:
    """Order, PO and invoice numbers of the segments (as `find` reads them), SO first, then
    PO, then invoice."""
    hits: list[RefHit] = []
    for segment in segments:
        text = doc.text[segment.start : segment.end]
        hits.extend(
            replace(hit, start=segment.start + hit.start, end=segment.start + hit.end)
            for hit in find(text)
        )
    return tuple(_ref(doc, hit, checks) for hit in rank_refs(hits))


def _line_referenced(doc: RequestText, line: ProposedLine) -> ProposedLine:
    """A line read without a SKU whose paragraph names a numbered row of a list above it
    ("Line 3: rec'd only 8" under a packing slip's "3 HVC-FLT-1625-M11 …"), given that
    row's SKU, as a clerk reads the note against the slip. The SKU is read verbatim from
    the row: REFERENCED, as a table's SKU column is read. So too a line whose item was
    read only by its words ("SHORT 2 cases of filters"): the row names it outright."""
    evidence = line.reason.evidence
    if evidence is None or (line.sku is not None and not _only_described(line.sku)):
        return line
    segment = doc.segment_at(evidence.start)
    if segment is None:
        return line
    start = max(doc.text.rfind("\n\n", 0, evidence.start) + 1, segment.start)
    numbers = {m.group(1) for m in _LINE_REFERENCE.finditer(doc.text, start, evidence.end)}
    if len(numbers) != 1:
        return line
    number = next(iter(numbers))
    rows = [
        row
        for m in _NUMBERED_ROW.finditer(doc.text, segment.start, start)
        if m.group("n") == number and (row := _row_sku(doc.text, m.start("rest"), m.end("rest")))
    ]
    if len(rows) != 1:
        return line
    first, last = rows[0]
    return replace(line, sku=propose_at(doc, doc.text[first:last], REFERENCED, first, last))


def _only_described(sku: Proposed[str]) -> bool:
    """Whether an item was read from its description's words, not from an identifier."""
    return sku.evidence is not None and DESCRIBED_CHECK in sku.evidence.checks


def _row_sku(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the SKU a numbered row starts with, if it starts with one."""
    row = text[start:end]
    skus = find_skus(row, mask_spans(row))
    if not skus or row[: skus[0].start].strip() or skus[0].kind != "pattern":
        return None
    return start + skus[0].start, start + skus[0].end


def _described(doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary) -> ProposedLine:
    """A line read without a SKU, given the item its paragraph describes, if one item fits.

    Words are no identifier, so a person confirms the item (DESCRIBED, below the policy's
    0.85); only lines that found no SKU at all are given one, after the whole reading.
    """
    evidence = line.reason.evidence
    if line.sku is not None or evidence is None:
        return line
    start, paragraph = _paragraph_of(doc, evidence)
    first, last = _sentence_span(paragraph, evidence.start - start, evidence.end - start)
    sentence = paragraph[first:last]
    described = vocabulary.described(paragraph)
    if described is None:
        item, item_end = _list_item(paragraph, evidence.start - start)
        return (
            _of_its_counted_kind(doc, line, vocabulary)
            or _of_its_kind(doc, line, sentence, start + first, vocabulary)
            or _of_its_kind(doc, line, paragraph[item:item_end], start + item, vocabulary)
            or _described_elsewhere(
                doc,
                line,
                [
                    (start + first, sentence),
                    (start + item, paragraph[item:item_end]),
                    (start, paragraph),
                ],
                vocabulary,
            )
            or _named_before(doc, line, start, paragraph, vocabulary)
        )
    sku, first, last = described
    confidence = PLAINLY if _plainly(paragraph, sentence, sku, vocabulary) else DESCRIBED
    sku_at = propose_at(
        doc, sku, confidence, start + first, start + last, checks=(DESCRIBED_CHECK,)
    )
    return replace(line, sku=sku_at)


def _paragraph_of(doc: RequestText, evidence: Evidence) -> tuple[int, str]:
    """Where the paragraph of a piece of evidence starts, and its text."""
    start = doc.text.rfind("\n\n", 0, evidence.start) + 1
    end = doc.text.find("\n\n", evidence.end)
    return start, doc.text[start : end if end >= 0 else len(doc.text)]


def _described_elsewhere(
    doc: RequestText,
    line: ProposedLine,
    pieces: list[tuple[int, str]],
    vocabulary: OrderVocabulary,
) -> ProposedLine | None:
    """A line without a SKU of the order, given the one item of the catalogue's others that
    the first of its pieces (its sentence, its list item, its paragraph; each with where it
    starts) to name one describes: goods the order does not hold (policy SKU_NOT_ON_ORDER),
    looked up as a clerk does. Which item is for a person."""
    for at, words in pieces:
        described = vocabulary.described_elsewhere(words)
        if described is not None:
            sku, begin, end = described
            sku_at = propose_at(
                doc, sku, ELSEWHERE, at + begin, at + end, checks=(CATALOGUE_CHECK,)
            )
            return replace(line, sku=sku_at)
    return None


def _identifiers_of_the_order(
    doc: RequestText, fresh: list[Segment], vocabulary: OrderVocabulary
) -> list[Proposed[str]]:
    """The identifiers of the order's items the fresh text names, each at its place."""
    named = []
    for segment in fresh:
        text = doc.text[segment.start : segment.end]
        for token in find_skus(text, mask_spans(text), vocabulary):
            if token.kind not in DESCRIBED_KINDS and vocabulary.held(token.value) is not None:
                at = segment.start
                named.append(
                    propose_at(
                        doc, token.value, IDENTIFIED_ELSEWHERE, at + token.start, at + token.end
                    )
                )
    return named


def _read_by_its_words_alone(line: ProposedLine) -> bool:
    """Whether a counted line's item was read from its words only, below the policy's
    trust (a line without a count names its item as a guess: left so)."""
    sku = line.sku
    return (
        sku is not None
        and line.quantity is not None
        and _only_described(sku)
        and sku.confidence < TRUSTED
    )


def _identified_elsewhere(
    identified: list[Proposed[str]], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line of an item read from its words, where the message names that item, and no
    other, by an identifier elsewhere ("… 2 of the 8 boxes say 7500 wifi …" and "Please send
    2 of the 7-day Wi-Fi thermostats (our item KM-61750)"): the words and the identifier
    agree, so the item is named as surely as by the identifier (IDENTIFIED_ELSEWHERE)."""
    sku = line.sku
    if sku is None or not _read_by_its_words_alone(line):
        return line
    items = {vocabulary.item_of(named.value) for named in identified}
    if items != {vocabulary.item_of(sku.value)}:
        return line
    # an identifier read off a scan is no surer than the scan
    return replace(line, sku=identified[0]) if identified[0].confidence > sku.confidence else line


def _counted_as_another(
    doc: RequestText, line: ProposedLine, lines: list[ProposedLine], vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line of an item read from its words whose count counts another item of the order
    by its kind ("replace the 2 gate valves and ship the 25 elbows we are missing": the 25
    are the elbows), given that item, for a person to confirm; not where another line
    claims that item for the same reason already."""
    sku, quantity = line.sku, line.quantity
    if sku is None or not _only_described(sku) or quantity is None or quantity.evidence is None:
        return line
    after = _NEXT_WORDS.match(doc.text, quantity.evidence.end)
    other = vocabulary.only_of_kind(after.group(1)) if after else None
    if after is None or other is None:
        return line
    claimed = {
        vocabulary.item_of(each.sku.value)
        for each in lines
        if each.sku is not None and each.reason.value == line.reason.value
    }
    if vocabulary.item_of(other) in claimed:
        return line
    sku_at = propose_at(doc, other, DESCRIBED, *after.span(1), checks=(DESCRIBED_CHECK,))
    return replace(line, sku=sku_at)


def _of_its_counted_kind(
    doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine | None:
    """A line without a SKU whose count is said of a kind that one item of the order is
    of ("Two of the thermostats have the front cover cracked - the carton was crushed
    under the filter cases"): that item, for a person to confirm. The count names what it
    counts, whatever else its sentence names."""
    count = line.quantity.evidence if line.quantity else None
    if count is None:
        return None
    counted = COUNTED_WORDS.match(doc.text, count.end)
    sku = vocabulary.only_of_kind(counted.group(1)) if counted else None
    if counted is None or sku is None:
        return None
    at = counted.start(1)
    sku_at = propose_at(doc, sku, DESCRIBED, at, counted.end(1), checks=(DESCRIBED_CHECK,))
    return replace(line, sku=sku_at)


def _list_item(paragraph: str, at: int) -> tuple[int, int]:
    """The span of the list item of a paragraph that holds offset `at` ("2. Filters: the
    job takes 15 cases, not 20. The other 5 cases are not needed."), from its bullet to
    the next; an empty span where no bullet starts a line before `at`."""
    starts = [m.start() for m in re.finditer(r"^.*$", paragraph, re.M) if is_bullet(m.group())]
    before = [start for start in starts if start <= at]
    if not before:
        return at, at
    after = [start for start in starts if start > at]
    return before[-1], after[0] if after else len(paragraph)


def _of_its_kind(
    doc: RequestText, line: ProposedLine, sentence: str, at: int, vocabulary: OrderVocabulary
) -> ProposedLine | None:
    """A line without a SKU whose sentence names the kind of one item of the order only
    ("registers short 4 - only 26 of 30"): that item, for a person to confirm, unless the
    sentence gives its size too ("18 cases of the 16x25 filters"): then it is named plainly."""
    sku = vocabulary.only_of_kind(sentence)
    if sku is None or vocabulary.names_another(sentence, sku):
        return None
    sized = vocabulary.names_its_size(sentence, sku)
    plain = not vocabulary.names_what_it_lacks(sentence, sku)
    confidence = PLAINLY if sized and plain else DESCRIBED
    sku_at = propose_at(doc, sku, confidence, at, at + len(sentence), checks=(DESCRIBED_CHECK,))
    return replace(line, sku=sku_at)


def _named_before(
    doc: RequestText, line: ProposedLine, at: int, paragraph: str, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line without a SKU whose paragraph (at `at`) names no item but by its kind: the item
    named by the nearest paragraph before that names any, if it names one only and the
    line's own paragraph names no other kind ("… 24 cases of the 16x25 filters …" then "we
    have 5 cases left over that we won't need"). Which item is a guess (NAMED_BEFORE)."""
    kinds = set(vocabulary.of_kinds_named(paragraph))
    end = at - 1  # the blank line before the paragraph (-1: there is none)
    for _ in range(_PARAGRAPHS_BACK):
        if end < 0:
            return line
        start = doc.text.rfind("\n\n", 0, end) + 1
        mentions = {m.sku for m in vocabulary.mentioned(doc.text[start:end])}
        if len(mentions) == 1 and kinds <= mentions:
            [sku] = mentions
            sku_at = propose_at(doc, sku, NAMED_BEFORE, start, end, checks=(DESCRIBED_CHECK,))
            return replace(line, sku=sku_at)
        if mentions:
            return line
        end = start - 1
    return line


def _the_only_one(line: ProposedLine, vocabulary: OrderVocabulary) -> ProposedLine:
    """A line without a count of an item the order holds one of claims that one ("we no
    longer need the 3\" RPZ assembly"): no other count is possible. An overage says how
    many more came, which the order does not tell."""
    sku = line.sku
    if line.quantity is not None or sku is None or line.reason.value == ReasonCode.OVERSHIPPED:
        return line
    if not vocabulary.holds_one(sku.value):
        return line
    return replace(line, quantity=Proposed(1, ONLY_ONE, sku.evidence))


def _all_of_it(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line without a count that a sentence of the message speaks of as all of its item
    ("the 3/4 sweat ball valves are all threaded, all of them, every box") claims all the
    order holds of it, where that sentence gives no count at all (a count there may be the
    claim's). A shortage or an overage of "all" is no count of what came: a person's."""
    sku = line.sku
    if line.quantity is not None or sku is None:
        return line
    held = vocabulary.held(sku.value)
    if held is None or line.reason.value in (ReasonCode.SHORT, ReasonCode.OVERSHIPPED):
        return line
    for segment in fresh:
        breaks = list(_SENTENCE_BREAK.finditer(doc.text, segment.start, segment.end))
        starts = [segment.start, *(m.end() for m in breaks)]
        ends = [*(m.start() for m in breaks), segment.end]
        for start, end in zip(starts, ends, strict=True):
            sentence = doc.text[start:end]
            said = _ALL_OF_IT.search(sentence)
            if said is None or is_fine(sentence[said.start() :]):
                continue
            if not vocabulary.speaks_of(sentence, sku.value) or find_numbers(
                sentence, no_count_spans(sentence), vocabulary.sold_by
            ):
                continue
            count = propose_at(doc, held, ALL_OF_IT, start + said.start(), start + said.end())
            return replace(line, quantity=count)
    return line


def _the_rest(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A surplus line without a count whose message says how many were used and that the
    rest goes back ("We used 18 on Harmon Street. The rest can come back"): what the order
    holds of the item less those, worked out (WORKED_OUT)."""
    sku = line.sku
    if line.quantity is not None or sku is None or line.reason.value != ReasonCode.NOT_NEEDED:
        return line
    held = vocabulary.held(sku.value)
    if held is None or not any(_THE_REST.search(doc.text, s.start, s.end) for s in fresh):
        return line
    used = [(n, at) for text, n, at in _numbers_of(doc, fresh) if is_kept_count(text, n)]
    if len(used) != 1 or not 0 < used[0][0].value < held:
        return line
    kept, at = used[0]
    count = held - kept.value
    return replace(
        line, quantity=propose_at(doc, count, WORKED_OUT, at + kept.start, at + kept.end)
    )


def _the_others_fine(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A line without a count whose message says how many of the item were fine ("the valve
    inside is a 1/2\". … The other five were the right size"): what the order holds of it
    less those, worked out (WORKED_OUT), where the message says so once and of no other item."""
    sku = line.sku
    if line.quantity is not None or sku is None or line.reason.value == ReasonCode.OVERSHIPPED:
        return line
    held = vocabulary.held(sku.value)
    said = [m for s in fresh for m in _OTHERS_FINE.finditer(doc.text, s.start, s.end)]
    if held is None or len(said) != 1 or vocabulary.names_another(said[0]["what"], sku.value):
        return line
    fine = count_value(said[0]["n"])
    if not 0 < fine < held:
        return line
    start, end = said[0].span("n")
    return replace(line, quantity=propose_at(doc, held - fine, WORKED_OUT, start, end))


def _in_its_measure(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """An item sold by a measure ("cut to length (per ft)") is counted in it: a count of
    pieces ("one piece", "one of the 20 ft pieces") is no count of it. The one count the
    message gives in the item's measure ("20 ft of the 2\" black") takes its place, as sure
    as the piece count was (at most IN_ITS_MEASURE); with none, or several, a person counts
    (PIECES_OF_A_MEASURE). A line read with no count at all takes the one count in the
    item's measure of the sentence that names the item ("We have 30 feet of the 2\" black
    pipe left … we don't need it"), at MEASURED_ALONE."""
    sku, quantity = line.sku, line.quantity
    measures = vocabulary.measures(sku.value) if sku is not None else frozenset()
    if not measures:
        return line
    if quantity is None:
        return _measured_alone(doc, fresh, line, vocabulary, measures)
    evidence = quantity.evidence
    if evidence is None or _in_a_measure(doc.text, evidence.end, measures):
        return line
    found = _counts_in_measure(doc, fresh, vocabulary, measures)
    # the piece's own sentence first: "One piece of the 2\" pipe, is 20 feet, is bend" (not
    # "The rest of the pipe (100 ft) … is ok")
    own = _of_its_sentence(doc.text, evidence, found)
    found = own if len({count for count, _, _ in own}) == 1 else found
    if len({count for count, _, _ in found}) != 1:
        checks = (*evidence.checks, PIECES_CHECK)
        pieces = replace(
            quantity.capped(PIECES_OF_A_MEASURE), evidence=replace(evidence, checks=checks)
        )
        return replace(line, quantity=pieces)
    count, start, end = min(found, key=lambda hit: hit[1])
    confidence = min(quantity.confidence, IN_ITS_MEASURE)
    return replace(line, quantity=propose_at(doc, count, confidence, start, end))


def _measured_alone(
    doc: RequestText,
    fresh: list[Segment],
    line: ProposedLine,
    vocabulary: OrderVocabulary,
    measures: frozenset[str],
) -> ProposedLine:
    """The line counted by the one count in its item's measure that the item's own
    sentence gives; unchanged where it gives none or several."""
    named = line.sku.evidence if line.sku is not None else None
    if named is None:
        return line
    own = _of_its_sentence(doc.text, named, _counts_in_measure(doc, fresh, vocabulary, measures))
    # "30 feet of the 2\" black pipe left - one 20 ft piece and one 10 ft piece": the
    # count said of the item itself, not of its pieces
    of_it = {hit for hit in own if _OF_IT.match(doc.text, hit[2])}
    own = of_it or own
    if len({count for count, _, _ in own}) != 1:
        return line
    count, start, end = min(own, key=lambda hit: hit[1])
    return replace(line, quantity=propose_at(doc, count, MEASURED_ALONE, start, end))


def _counts_in_measure(
    doc: RequestText, fresh: list[Segment], vocabulary: OrderVocabulary, measures: frozenset[str]
) -> set[tuple[int, int, int]]:
    """The counts the message gives in an item's measures: (count, start, end) in doc.text."""
    return {
        (n.value, at + n.start, at + n.end)
        for text, n, at in _numbers_of(doc, fresh, vocabulary.sold_by)
        if counts_the_items(text, n, measures)
    }


def _of_its_sentence(
    text: str, evidence: Evidence, found: set[tuple[int, int, int]]
) -> set[tuple[int, int, int]]:
    """The counts found in the sentence of a value's evidence."""
    first, last = _sentence_span(text, evidence.start, evidence.end)
    return {hit for hit in found if first <= hit[1] and hit[2] <= last}


def _in_a_measure(text: str, end: int, measures: frozenset[str]) -> bool:
    """Whether the count ending at `end` is said in one of an item's measures."""
    after = _WORD_AFTER.match(text, end)
    word = after.group(1).lower() if after else ""
    return word in measures or (word == "'" and "ft" in measures)


def _packs_of(doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary) -> ProposedLine:
    """A count of packs of an item sold by the piece ("ONE CARTON OF 25 CRUSHED", "two
    boxes of the 90s (25 to a box)", "2 boxes, 12 pcs each") claims the pieces in them:
    worked out (WORKED_OUT), for a person to confirm, unless its row counts as many pieces
    short or over ("250,225,…,one bag of 25 missing")."""
    sku, quantity = line.sku, line.quantity
    evidence = quantity.evidence if quantity is not None else None
    if sku is None or quantity is None or evidence is None:
        return line
    if vocabulary.pack(sku.value) is not None:
        return line
    pieces_said = _PACKS_IN_PIECES.match(doc.text, evidence.end)
    if (
        pieces_said is not None
        and quantity.value
        and int(pieces_said.group(2)) % quantity.value == 0
    ):
        # "short the 2 bags of 1\" copper 90s (50 pcs)": the pieces, said outright
        start, end = pieces_said.span(2)
        said = propose_at(doc, int(pieces_said.group(2)), quantity.confidence, start, end)
        return replace(line, quantity=said)
    packed = (
        _PACKS_OF.match(doc.text, evidence.end)
        or _PACKS_SIZED.match(doc.text, evidence.end)
        or _PACKS_OF_PIECES_EACH.match(doc.text, evidence.end)
    )
    if packed is None:
        return line
    count = quantity.value * int(packed.group(2))
    sure = _a_difference_of_its_row(doc.text, evidence.start, packed.end(), count)
    pieces = Proposed(
        count, quantity.confidence if sure else min(quantity.confidence, WORKED_OUT), evidence
    )
    return replace(line, quantity=pieces)


def _a_difference_of_its_row(text: str, start: int, end: int, count: int) -> bool:
    """Whether the line of a text that holds a count of packs (start to end) holds two other
    numbers as many pieces apart: what was ordered and what came."""
    first, last = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    row = text[first : last if last >= 0 else len(text)]
    own = range(start - first, end - first)
    # whole numbers, a sheet's cells too ("250,225"): no size nor price
    numbers = [int(n.group()) for n in _WHOLE.finditer(row) if n.start() not in own]
    return any(a - b == count for a in numbers for b in numbers)


def _within_the_order(
    doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A count larger than the order holds of its item is a signal, not a value to trust.

    Where the item is sold by the pack ("case of 12") and the count is a whole number of
    packs, it counts pieces: "36 of them are wet … That's 3 of the cases" claims 3 cases.
    Worked out (WORKED_OUT), or sure where the text says that many packs (SAID_IN_PACKS).
    Any other such count is left for a person (BEYOND_THE_ORDER); an overage is beyond the
    order by nature."""
    sku, quantity = line.sku, line.quantity
    if sku is None or quantity is None or line.reason.value == ReasonCode.OVERSHIPPED:
        return line
    held = vocabulary.held(sku.value)
    if held is None or quantity.value <= held:
        return line
    pack = vocabulary.pack(sku.value)
    if pack is not None and quantity.value % pack[1] == 0 and quantity.value // pack[1] <= held:
        noun, size = pack
        packs = quantity.value // size
        said = re.search(rf"\b{packs}\s+(?:of\s+the\s+)?{noun}s?\b", doc.text, re.IGNORECASE)
        confidence = SAID_IN_PACKS if said else WORKED_OUT
        evidence = quantity.evidence
        checks = (*(evidence.checks if evidence else ()), f"{size} to a {noun}")
        counted = replace(quantity, value=packs, confidence=min(quantity.confidence, confidence))
        if evidence is not None:
            counted = replace(counted, evidence=replace(evidence, checks=checks))
        return replace(line, quantity=counted)
    return replace(line, quantity=quantity.capped(BEYOND_THE_ORDER))


def _worked_out_by_the_order(line: ProposedLine, vocabulary: OrderVocabulary) -> ProposedLine:
    """A shortage, an overage or an unneeded rest worked out from two counts ("the paper say
    10 … there is only 8", "we ordered 20 … there were 24", "we ordered 3 … only needed 2")
    is checked as a clerk checks it, against the
    order: where the count that should have come is the order's own count of the item,
    the arithmetic stands on the order, not on a guess of which number is which."""
    sku, quantity = line.sku, line.quantity
    evidence = quantity.evidence if quantity is not None else None
    reason = line.reason.value
    if (
        sku is None
        or quantity is None
        or evidence is None
        or quantity.confidence != WORKED_OUT
        or reason not in (ReasonCode.SHORT, ReasonCode.OVERSHIPPED, ReasonCode.NOT_NEEDED)
    ):
        return line
    held = vocabulary.held(sku.value)
    numbers = find_numbers(evidence.quote, no_count_spans(evidence.quote), vocabulary.sold_by)
    if held is None or len(numbers) < 2:
        return line
    first, last = numbers[0].value, numbers[-1].value
    if abs(first - last) != quantity.value:
        return line
    # what should have come and what came; of an unneeded item, what was ordered and used
    expected, came = (min, max) if reason == ReasonCode.OVERSHIPPED else (max, min)
    if expected(first, last) != held or came(first, last) == held:
        return line
    checks = (*evidence.checks, f"order:{held}")
    sure = replace(quantity, confidence=BY_THE_ORDER, evidence=replace(evidence, checks=checks))
    return replace(line, sku=_of_its_kind_and_count(sku, evidence, vocabulary), quantity=sure)


def _of_its_kind_and_count(
    sku: Proposed[str], count: Evidence, vocabulary: OrderVocabulary
) -> Proposed[str]:
    """An item named by its kind alone in the sentence that counts it as the order does
    ("the thermostats: the PO is for 10, we got 12", one thermostat on the order, 10 of
    it): the kind and the order's own count name it together, as plainly as its words."""
    named = sku.evidence
    if (
        sku.confidence != DESCRIBED
        or named is None
        or named.segment != count.segment
        or not (named.start <= count.start and count.end <= named.end)
        or vocabulary.only_of_kind(named.quote) != sku.value
        or vocabulary.features_it_lacks(named.quote, sku.value)  # "12 of the wifi 7-day stats"
    ):
        return sku
    return replace(sku, confidence=PLAINLY)


def _over_the_order(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """An overage hinted at ("2 cases extra", "1 extra coil") is one where the message also
    says what came, and that is what the order holds of the item and the extra ones
    ("left 26 cases … PO 70231 is for 24. 2 cases extra"): the order works it out."""
    sku, quantity, reason = line.sku, line.quantity, line.reason
    if (
        sku is None
        or quantity is None
        or reason.value != ReasonCode.OVERSHIPPED
        or reason.confidence != WEAK_REASON  # a hint, not a reading held in doubt otherwise
    ):
        return line
    held = vocabulary.held(sku.value)
    if held is None or _written_count(doc, fresh, held + quantity.value) is None:
        return line
    return replace(line, reason=replace(reason, confidence=STRONG_REASON))


def _as_billed(
    doc: RequestText, fresh: list[Segment], line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A price claim is on the whole line billed at the one price, as a clerk reads a price
    dispute: sure of a count that is all the order holds of the item ("overcharged on all
    12"), and, where it names no count it is sure of, claiming all of it. That count is
    sure where the message writes it ("4.60 x 30 lengths = 138.00"), else a person
    confirms it (WHOLE_LINE)."""
    sku, quantity = line.sku, line.quantity
    if line.reason.value != ReasonCode.PRICING or sku is None:
        return line
    held = vocabulary.held(sku.value)
    if held is None or (quantity is not None and quantity.confidence >= ONLY_ONE):
        return line
    if quantity is not None and quantity.value == held:
        return replace(line, quantity=replace(quantity, confidence=ONLY_ONE))
    if quantity is not None and quantity.confidence >= TRUSTED:
        return line
    written = _written_count(doc, fresh, held)
    if written is None:
        whole = Proposed(held, min(WHOLE_LINE, sku.confidence), sku.evidence)
    else:
        whole = propose_at(doc, held, ONLY_ONE, *written)
    return replace(line, quantity=whole)


def _written_count(doc: RequestText, fresh: list[Segment], count: int) -> Span | None:
    """Where the fresh text writes a count (not in a date, price or reference), if it does."""
    written = (
        (at + n.start, at + n.end) for _, n, at in _numbers_of(doc, fresh) if n.value == count
    )
    return next(written, None)


def _numbers_of(
    doc: RequestText, segments: list[Segment], sold_by: frozenset[str] = frozenset()
) -> Iterator[tuple[str, Number, int]]:
    """The count candidates of the segments (not in a date, price or reference), each with
    its segment's text and where that starts in doc.text."""
    for segment in segments:
        text = doc.text[segment.start : segment.end]
        for number in find_numbers(text, no_count_spans(text), sold_by):
            yield text, number, segment.start


def _short_either_way(
    doc: RequestText, line: ProposedLine, vocabulary: OrderVocabulary
) -> ProposedLine:
    """A shortage whose count stands beside the order's count of the item, unmarked, as
    in a receiving sheet whose header was not read ("VLV-X 12 9 SHORT"): 9 may be what
    was short or what arrived (then 3 were short). Which column is which is a guess, so
    a person confirms the count (EITHER_WAY), unless the row says what arrived before it
    ("250  240  10": columns run ordered, received, short)."""
    sku, quantity = line.sku, line.quantity
    if line.reason.value != ReasonCode.SHORT or sku is None or quantity is None:
        return line
    held, evidence = vocabulary.held(sku.value), quantity.evidence
    if held is None or evidence is None or quantity.value >= held:
        return line
    if evidence.quote != str(quantity.value):
        return line  # worked out ("40  40  34" → 6) or said in words: no column guessed
    start = doc.text.rfind("\n", 0, evidence.start) + 1
    end = doc.text.find("\n", evidence.end)
    row = doc.text[start : end if end >= 0 else len(doc.text)]
    masked = no_count_spans(row)
    masked += [(token.start, token.end) for token in find_skus(row, masked)]
    at, numbers = evidence.start - start, find_numbers(row, masked)
    beside = [
        n
        for n in numbers
        if n.value == held
        and abs(n.start - at) <= _BESIDE
        and not (is_ordered_count(row, n) or is_total(row, n) or is_received_count(row, n))
    ]
    if not beside or any(n.value == held - quantity.value and n.start < at for n in numbers):
        return line  # "250  240  10": what arrived, then the shortage
    return replace(line, quantity=quantity.capped(EITHER_WAY))


def _sentence(paragraph: str, start: int, end: int) -> str:
    """The sentence or line of a paragraph that holds paragraph[start:end]."""
    first, last = _sentence_span(paragraph, start, end)
    return paragraph[first:last]


def _sentence_span(paragraph: str, start: int, end: int) -> tuple[int, int]:
    before = max((m.end() for m in _SENTENCE_BREAK.finditer(paragraph, 0, start)), default=0)
    after = _SENTENCE_BREAK.search(paragraph, end)
    return before, after.start() if after else len(paragraph)


def _plainly(paragraph: str, sentence: str, sku: str, vocabulary: OrderVocabulary) -> bool:
    """Whether the item a paragraph describes is the one a clerk with the order open reads
    the claim of: the claim's own sentence names its kind and speaks of no other item ("Only
    5 coils rec'd - 1 coil SHORT"), and the paragraph names it by a run of its own words, one
    no other item has ("PEX 3/4 - please credit 1 coil"), names no other item and holds no
    size it lacks. Then it is named as plainly as in one sentence (lines.py)."""
    mentions = vocabulary.mentioned(paragraph)
    return (
        vocabulary.names_kind(sentence, sku)
        and bool(mentions)
        and all(mention.sku == sku for mention in mentions)
        and not vocabulary.names_another(paragraph, sku)
        and not vocabulary.names_what_it_lacks(paragraph, sku)
    )


def _ordered_instead(
    doc: RequestText,
    line: ProposedLine,
    lines: list[ProposedLine],
    vocabulary: OrderVocabulary | None,
) -> ProposedLine:
    """A wrong-item line read from the item that came takes the item ordered, where its
    paragraph names that one as ordered ("… had 3/4 in ones in it (VLV-X). We need the
    VLV-Y that we ordered."): the policy's line names what should have arrived. Where none
    is named, a SKU said to be what the package held stays under the policy's 0.85."""
    sku = line.sku
    evidence = sku.evidence if sku is not None else None
    if line.reason.value != ReasonCode.WRONG_ITEM or sku is None or evidence is None:
        return line
    segment = doc.segment_at(evidence.start)
    if segment is None:
        return line
    blank = doc.text.rfind("\n\n", segment.start, evidence.start)
    start = blank + 2 if blank >= 0 else segment.start
    end = doc.text.find("\n\n", evidence.end, segment.end)
    paragraph = doc.text[start : end if end >= 0 else segment.end]
    masked = no_count_spans(paragraph)
    skus = find_skus(paragraph, masked, vocabulary)
    came = next((t for t in skus if start + t.start == evidence.start), None)
    if came is None:
        return _said_ordered(doc, line, paragraph, start, skus)
    ordered = ordered_in_place(paragraph, came, skus, vocabulary)
    # compared as written: an alias is not mapped to its SKU here
    named = {item_key(other.sku.value, None) for other in lines if other.sku is not None}
    if ordered is not None and item_key(ordered[0].value, None) not in named:
        token, confidence = ordered
        first, last = start + token.start, start + token.end
        return replace(line, sku=propose_at(doc, doc.text[first:last], confidence, first, last))
    if held_instead(paragraph, came):
        return replace(line, sku=sku.capped(CAME_INSTEAD))
    return line


def _said_ordered(
    doc: RequestText, line: ProposedLine, paragraph: str, start: int, skus: list[SkuToken]
) -> ProposedLine:
    """A wrong-item line read from the words of the item that came ("5 of the boxes had the
    Wi-Fi model in them instead") takes the one identifier its paragraph says was ordered
    ("We ordered 20 of the … thermostats (TST-2100-NP)")."""
    sku = line.sku
    if sku is None or sku.evidence is None or DESCRIBED_CHECK not in sku.evidence.checks:
        return line
    ordered = [t for t in skus if t.kind not in DESCRIBED_KINDS and side(paragraph, t) == "ordered"]
    if len({item_key(t.value, None) for t in ordered}) != 1:
        return line
    token = ordered[0]
    first, last = start + token.start, start + token.end
    return replace(line, sku=propose_at(doc, doc.text[first:last], SAID_ORDERED, first, last))


def _ref(doc: RequestText, hit: RefHit, checks: tuple[str, ...] = ()) -> Proposed[str]:
    return propose_at(doc, hit.value, hit.confidence, hit.start, hit.end, checks=checks)


def _unasked(line: ProposedLine) -> ProposedLine:
    """A surplus the message only mentions ("we also have 3 heaters left over") and never
    asks to send back or credit: a person asks what the customer wants."""
    reason = line.reason
    if reason.evidence is None or not says_surplus(reason.evidence.quote):
        return line
    return replace(line, reason=replace(reason, confidence=min(reason.confidence, UNASKED)))


def _not_a_claim(reason: str, refs: tuple[Proposed[str], ...], urgent: bool) -> ProposedFields:
    return ProposedFields(
        extractor=EXTRACTOR, is_claim=False, not_claim_reason=reason, order_refs=refs, urgent=urgent
    )
