"""The claim lines of one unit (sentence, bullet, table row): SKU × reason × quantity.

In a unit with several SKUs each SKU owns the text from where it starts to where
the next one starts; SKUs joined only by "and" or commas ("18 x A and 6 x B were
crushed") share what follows them. A reason written as a label ("Missing: B 6")
belongs to the SKUs after it.

Confidence (the policy sends anything under 0.85 to review):
- SKU 0.95: our pattern, the only SKU of the unit; 0.9: our pattern among several
  SKUs of the unit (which SKU a word belongs to is then a guess), or typed in lower case
  in three groups ("pmp-circ-015"); 0.9 a table's SKU column; 0.86: the one item of the
  found order that the unit names plainly by its description's words ("Two of the 3/4
  ball valves are defective": only its words, one no other item of the order has, its
  kind, no size it lacks; vocabulary.py); 0.85:
  written after a label ("part # 88213") without our pattern; 0.8: a bare 12-13 digit
  number (a UPC, or a tracking number we did not recognise); 0.75: an item named by its
  words less plainly, or beside another item in the unit, unless each of them is named
  plainly and counted by a number of its own ("a dozen of the 3/4 ball valves and 20 of
  the 2\" PVC tees"). A near identifier the unit's words confirm ("floor register
  white 10x6 (HVC-REG-1006)") is read as the item they name (tokens.py).
- quantity 0.95: attached to the SKU ("18 x SKU", "SKU qty 18", a Qty column, a
  receiving sheet's "Shipped 40  Received 34" with nothing else claimed: 6 short);
  0.9: attached to the reason ("6 were crushed"), labelled ("Qty: 6") or asked for
  ("return that 1 valve") in a unit with one SKU, or so in a later sentence without
  SKU for the only SKU line of the message ("… VLV-X failed. Send a replacement for
  the 1 defective valve."; flow.py); 0.85: the only other number of the unit where it
  counts the items themselves ("3 of them", "one of the check valves", "all 30 of the
  unions", "8 bags" of an item sold by the bag; not "one of the boxes", "3 of the 40"),
  or the one number that counts a part of what the order holds ("15 of the 40" where the
  order holds 40), whatever else the unit counts; 0.8: worked out ("received 12 of 18" →
  6), 0.9 where the whole is the order's own count ("used 18 of the 30", the rest); 0.7:
  the only other number of the unit, or a SKU-attached number shared by two reasons;
  0.5: one of several numbers.
- reason 0.9 for a strong lexicon phrase, 0.6 for a weak one; none in a sentence that
  thanks for or acknowledges a credit already given ("the credit memo for the dented
  tank came through"): what a settled claim was for is no new claim (lexicon.is_settled);
  nor in one that says its item is claimed apart ("not part of this").
A value read from OCR text is then bounded by the least sure word of its span
(text.py, ocr_capped), and a SKU by how it matched the order's lines (skus.py).
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from extractors.claims.codes import coded_in_row, coded_reason, key_spans, reason_codes
from extractors.claims.contrary import said_otherwise
from extractors.claims.lexicon import (
    ARRIVED,
    CONTAINERS,
    NUMBER_WORD,
    ReasonHit,
    find_reasons,
    is_claimed_elsewhere,
    is_settled,
)
from extractors.claims.quantities import (
    Computed,
    attach_to_reason,
    attach_to_skus,
    computed_difference,
    computed_rest,
    is_all_alike,
    is_count_of_items,
    is_kept_count,
    is_keyword,
    is_ordered_count,
    is_received_count,
    is_requested,
    is_surplus,
    is_total,
)
from extractors.claims.refs import find_refs
from extractors.claims.sentences import Unit, delimited_cells, reasons_in_note, value_separator
from extractors.claims.ticks import unticked
from extractors.claims.tokens import (
    DESCRIBED_KINDS,
    Number,
    SkuToken,
    find_numbers,
    find_skus,
    mask_spans,
    no_count_spans,
    window_after,
    window_before,
)
from extractors.claims.vocabulary import OrderVocabulary, item_key
from rules.vocabulary import ReasonCode

_OVER_COLUMN = re.compile(r"^\s*(?:over(?:age)?s?|qty\s+over|over\s+qty)\s*$", re.I)
AMONG_SEVERAL = 0.5  # a count picked among several numbers of its unit: a guess
STRONG_REASON = 0.9
WEAK_REASON = 0.6
_SKU_CONFIDENCE = {
    "pattern": 0.95,
    "column": 0.9,
    "order": 0.9,
    "described": 0.86,
    "labelled": 0.85,
    "upc": 0.8,
    "lower": 0.9,  # our pattern typed in lower case, as an order identifier in any case
    "described_loosely": 0.75,
}
DESCRIBED_AMONG_OTHERS = 0.75  # which words named which item is then a guess
WORKED_OUT = 0.8  # a count worked out ("received 12 of 18" → 6), not stated
PIECES_CHECK = "pieces of an item sold by a measure"  # a count in the wrong unit
_OF_THE_ORDER = 0.9  # worked out of a whole the order's own count confirms
_COUNTS_ARRIVALS = frozenset({ReasonCode.SHORT, ReasonCode.OVERSHIPPED})
# "15 of the 40", "2 out of the box of 10"
_OF_THE_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+the\s+(?:(?:box|case|carton|pack|bag|lot)\s+of\s+)?(\d+)\b(?![/x.]\d)",
    re.I,
)
_GOING_BACK = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:to\s+(?:return|send\s+back|go\s+back)|going\s+back|coming\s+back)\b",
    re.I,
)  # "3 to return", "3 pcs going back"; not "case of 12\n qty to return: 4"
_THREE_COUNTS = 3  # what was sent, what was ordered, and the difference said
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)  # "case of 12", "35 of the 40"
# What was ordered or billed is the claimed count of a wrong item (all of it came wrong)
# and of a price error (policy.md: the difference times the claimed quantity, at most
# the invoiced one); of other reasons it is the whole, not the part claimed.
_COUNTS_BILLED = frozenset({ReasonCode.WRONG_ITEM, ReasonCode.PRICING})
_SURPLUS_REASONS = frozenset({ReasonCode.NOT_NEEDED, ReasonCode.OVERSHIPPED})
_MENU_REASONS = 4  # a unit naming this many reasons and no item lists them
_LONG_NUMBER = re.compile(r"(?<![\w.-])\d{5,}(?![\w.-])")
_LEGEND_ENTRY = re.compile(r"\b[A-Z]{1,3}\s*=\s*[a-z]+", re.I)
_COUNT_WORDS = re.compile(r"[A-Za-z]+|\d+")
_COUNT_UNIT = re.compile(r"units?|pcs?|pieces?|ea|each|qty", re.IGNORECASE)
_ITEM_UNITS = re.compile(r"\s*(?:units?|pcs?|pieces?|ea|each)\b", re.IGNORECASE)
# the words a count is said of: "8 ball valves", "Two of the thermostats", "3 cartons of tile"
COUNTED_WORDS = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?:(?:the|those|these|our|your)[ \t]+)?((?:[\w\"/-]+[ \t]+){0,2}[\w\"/-]+)"
)
# a count, in figures or words
_A_COUNT = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\b", re.I)
# a count of packs that says not of what: "4 cartons are soaked" (not "3 cartons of tile")
_COUNTED_PACK = re.compile(
    rf"(?:\d+|{NUMBER_WORD})\s+(?P<pack>cases|case|cartons|carton|bags|bag|boxes|box)\b(?!\s+of\b)",
    re.I,
)
# a count of what holds the items: "one of the bags", "2 boxes", "3 cartons of"
_PACKAGES_AFTER = re.compile(rf"\s+(?:of\s+(?:the|those|these|our|your)\s+)?{CONTAINERS}", re.I)
_OF_A_WHOLE = re.compile(r"\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\b", re.I)  # "4 of the 10"
_PACK_NOTED = re.compile(rf"\s+(?:(?:extra|more|short|missing)\s+)?{CONTAINERS}", re.I)
_EACH_AFTER = re.compile(
    r"\s*(?:ft\b|feet\b|foot\b|'|m\b|meters?\b)?\s*(?:each|apiece|a\s+piece|per\s+(?:piece|stick|length))\b",
    re.I,
)
_PIECES_AFTER = re.compile(r"\s+(?:pieces?|pcs?|sticks?|lengths?|joints?)\b", re.I)
_PACK_OF = re.compile(r"\s+of\s+\d")  # "one box of 10 missing": the pack's own count
_LENGTHS = re.compile(
    r"\s*(?:pcs?|pieces?|lengths?|sticks?)\s+of\s+\d+\s*(?:ft|feet|foot|'|m|meters?)(?!\w)", re.I
)
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\b", re.I)
# Which side of a wrong-item swap a SKU is on: the last cue before it says ("we need the
# 1 inch X", "the box labelled X" name what was ordered; "… had Y", "… 3/4 ones in it (Y)"
# what came), unless "that we ordered" follows it.
_SAID_ORDERED_WORDS = r"ordered|order\s+was\s+for|should\s+(?:have\s+been|be)|expected"
_HELD_WORDS = r"had|held|holds|contained|contains|in\s+(?:it|them)|inside|full\s+of"
_SIDE_CUES = re.compile(
    rf"\b(?:(?P<ordered>{_SAID_ORDERED_WORDS}"
    r"|need(?:ed)?|labell?ed|marked|label\s+(?:says|said|reads|read|shows))"
    r"|(?P<came>received|got|sent|shipped|delivered|came|arrived"
    rf"|{_HELD_WORDS}))\b",
    re.I,
)
_ORDERED_AFTER = re.compile(
    r"[\s,(]*(?:(?:that|which|the\s+ones?|what)\s+)?(?:we|I)\s+(?:had\s+|have\s+|originally\s+)?"
    r"ordered\b",
    re.I,
)
_SAID_ORDERED = re.compile(_SAID_ORDERED_WORDS, re.I)
_HELD = re.compile(_HELD_WORDS, re.I)
CAME_INSTEAD = 0.6  # a wrong item read from what came, with what was ordered not named
_JOINER_WORDS = re.compile(
    r"\b(?:x|pcs?|pieces?|units?|ea|each|cases?|qty|quantity|of|the)\b\.?|×", re.I
)
_JOINED = re.compile(r"^[\s,;&+/|:()\-–.]*(?:and|or|plus|&)?[\s,;&+/|:()\-–.]*$", re.I)
_LABEL_AFTER = re.compile(r"^\s*[:–-]")
_ADDED = re.compile(r"\b(?:plus|as\s+well\s+as|along\s+with|and\s+also)\s+$", re.I)
# "keep on truck", "SHOP STOCK" (a close-out's disposition: it goes to the shop's shelves)
_STAYS = re.compile(
    r"^\s*(?:keep|keeping|kept|stays?|staying|ok|okay|fine|good|shop\s+stock|to\s+stock)\b", re.I
)
_FINE_CELL = re.compile(
    r"^\s*(?:ok(?:ay)?|good|fine|intact|correct|all\s+good|none|n/?a|-+|matched|match"
    r"|no\s+(?:damage|issues?|problems?|exceptions?))\s*\.?\s*$",
    re.I,
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
# a count said as what came, without a reason of its own: "6 coils came but", "12 arrived,"
_CAME = re.compile(rf"\s+(?:[a-z\"'/-]+\s+){{0,2}}?{ARRIVED}\s*(?:,|but\b|and\b)", re.I)
_OF_THE_ITEMS = re.compile(rf"{_OF_THEM.pattern}\s*[.!]?\s*", re.I)  # "A dozen of them."
OF_THE_ITEMS = 0.85  # the unit's only count, of the items themselves ("3 of them")
_COUNT_FIRST = re.compile(r"^\s*\d{1,4}\s")  # a line that opens with its count
_SHORT_LINE_WORDS = 6  # a list's or a receipt's line of exceptions, not a sentence of prose
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:and|but|while|whereas)\s", re.I)


@dataclass(frozen=True)
class Qty:
    value: int
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Found:
    """One claim line as read from a unit; offsets are into the unit's text."""

    sku: SkuToken | None
    sku_confidence: float
    reason: ReasonHit
    quantity: Qty | None

    def capped(self, ceiling: float) -> "Found":
        """The same line, its item and count no surer than ceiling (its reason is capped
        where the line is made: _Flow._line's loose)."""
        quantity = self.quantity
        if quantity is not None:
            quantity = replace(quantity, confidence=min(quantity.confidence, ceiling))
        return replace(self, sku_confidence=min(self.sku_confidence, ceiling), quantity=quantity)


@dataclass(frozen=True)
class UnitReading:
    """What a unit says: its SKUs, reason phrases, numbers and which number counts which SKU."""

    unit: Unit
    text: str
    skus: list[SkuToken]
    reasons: list[ReasonHit]
    numbers: list[Number]
    attached: dict[int, Number]
    # where numbers start that count an item of the order by its kind ("8 ball valves")
    of_items: frozenset[int] = frozenset()
    # where numbers start that count a part of what the order holds ("15 of the 40")
    parts: frozenset[int] = frozenset()


def reason_confidence(hit: ReasonHit) -> float:
    """0.9 for a strong lexicon phrase, 0.6 for a weak hint."""
    return STRONG_REASON if hit.strong else WEAK_REASON


def _legend_lines(doc_text: str, unit: Unit, reasons: list[ReasonHit]) -> list[tuple[int, int]]:
    """Lines of a unit that are a key to codes, labelled so (its entries may stand in units
    of their own below the label), or that name as many reasons as a form's menu and no
    item: they list the reasons, they claim none."""
    text = doc_text[unit.start : unit.end]
    spans = [
        (max(start, unit.start) - unit.start, min(end, unit.end) - unit.start)
        for start, end in key_spans(doc_text)
        if start < unit.end and unit.start < end
    ]
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        named = {hit.reason for hit in reasons if start <= hit.start and hit.end <= end}
        if len(named) >= _MENU_REASONS and not find_skus(line, mask_spans(line)):
            spans.append((start, end))
        start = end + 1
    return spans


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < last and first < end for first, last in spans)


@lru_cache(maxsize=8)
def _reference_digits(doc_text: str) -> frozenset[str]:
    """The digits of the order references a request names ("PO-70296"): written bare in a
    log's row ("Ridgeline 70296 VLV-0075-BV 12"), such a number is the reference."""
    return frozenset(re.sub(r"\D", "", hit.value) for hit in find_refs(doc_text))


def read_unit(doc_text: str, unit: Unit, vocabulary: OrderVocabulary | None = None) -> UnitReading:
    """Tokens of a unit; a row under a header row is read by its columns."""
    text = doc_text[unit.start : unit.end]
    masked = no_count_spans(text)
    references = _reference_digits(doc_text)
    masked += [m.span() for m in _LONG_NUMBER.finditer(text) if m.group() in references]
    skus = find_skus(text, masked, vocabulary)
    elsewhere = is_settled(text) or is_claimed_elsewhere(text)
    reasons = [] if elsewhere else find_reasons(text)
    if vocabulary is not None:
        skus = [_plain_unless_reason_names_another(text, t, reasons, vocabulary) for t in skus]
        if not reasons and not elsewhere:
            skus, reasons = _said_otherwise(text, skus, vocabulary)
            masked += [(hit.start, hit.end) for hit in reasons]  # what came, not a count
    menu = [
        (start - unit.start, end - unit.start)
        for start, end in unticked(doc_text)
        if start < unit.end and unit.start < end
    ]
    # a menu of boxes claims the reason ticked; one without a tick, none
    reasons = [hit for hit in reasons if not _overlaps_any(hit.start, hit.end, menu)]
    if not skus and len({hit.reason for hit in reasons}) >= _MENU_REASONS:
        reasons = []  # the reasons a form prints to choose from, not a claim of each
    if len(_LEGEND_ENTRY.findall(text)) >= 2:
        reasons = []  # a form's legend of codes: "S = short, O = over, D = damaged"
    legends = _legend_lines(doc_text, unit, reasons)
    if legends:  # neither a reason nor a count of the claim: a table's PDF text runs into it
        masked += legends
        reasons = [hit for hit in reasons if not _overlaps_any(hit.start, hit.end, legends)]
    if not skus and reasons and vocabulary is not None and not vocabulary.history:
        skus = _by_kind_on_a_line(doc_text, unit, text, vocabulary) or _by_pack(
            doc_text, unit, text, vocabulary
        )
    if skus or _COUNT_FIRST.match(text):
        # an OCR'd form's row whose gaps closed: "… 7-DAY WIFI STAT 3 E SEALED", E by the
        # key; or its count and code on a line below its item's ("4 03 LINE VOLT 120V"); a
        # code is no count, though the row says its reason in words too ("4 03 THREADED
        # NOT SWEAT")
        in_row = coded_in_row(text, reason_codes(doc_text))
        if not reasons:
            reasons = [ReasonHit(reason, start, end, True) for reason, start, end in in_row]
        masked += [(start, end) for _, start, end in in_row]
    columns = {role: (start - unit.start, end - unit.start) for role, start, end in unit.columns}
    # "1  VLV-1005-BV …": the row's number, not 1 of it; "Test psi 150": a reading;
    # "PEX crimp coupling bag/25": the item's own words
    masked += [
        (start - unit.start, end - unit.start)
        for role, start, end in unit.columns
        if role in ("index", "reading", "described")
        or (role == "ref" and len(re.sub(r"\D", "", doc_text[start:end])) >= _REF_DIGITS)
    ]
    if "sku" in columns:
        skus = _column_skus(text, skus, columns["sku"], vocabulary)
    if "reason" in columns and not elsewhere:
        start, end = columns["reason"]
        if _FINE_CELL.match(text[start:end]) or _says_it_stays(text[start:end]):
            # "Condition: OK", "keep on truck": this row claims nothing, unless a cell after
            # it says what else is wrong ("OK | 2 extra - please pick up": too many came)
            reasons = [hit for hit in reasons if hit.start >= end]
            if not reasons:
                skus = []
        in_cell = [hit.shifted(start) for hit in reasons_in_note(text[start:end])]
        if not in_cell and _PRICE_CELL.fullmatch(text[start:end].strip()):
            in_cell = [ReasonHit(ReasonCode.PRICING, start, end, True)]  # "PRICE", "Price var."
        if not in_cell and (coded := coded_reason(text[start:end], reason_codes(doc_text))):
            in_cell = [ReasonHit(coded, start, end, True)]  # "03", by the form's key
            masked.append((start, end))  # a code, not a count
        reasons = in_cell or reasons
    if "billed" in columns and "agreed" in columns:
        masked += [columns[role] for role in _PRICE_ROLES if role in columns]
        above = _billed_above(text, columns)
        if above is False and all(hit.reason == ReasonCode.PRICING for hit in reasons):
            # billed as agreed: this row of the price check claims nothing, unless its
            # reason says another thing ("DAMAGED IN TRANSIT - flange cracked")
            skus = []
        elif above is False and _counts_in_note(text, columns):
            # …and where its note counts the claim ("Return 6"), its count column is what
            # was billed ("Inv Qty 36")
            masked.append(columns.pop("qty"))
        elif above:
            reasons = [ReasonHit(ReasonCode.PRICING, *columns["billed"], True)]
    sold_by = vocabulary.sold_by if vocabulary is not None else frozenset()
    numbers = _row_numbers(text, masked + [(t.start, t.end) for t in skus], sold_by, unit)
    if vocabulary is not None:
        numbers = [n for n in numbers if not vocabulary.names_with(text, n.start, n.end)]
    numbers = [n for n in numbers if not _SAID_FINE_AFTER.match(text, n.end)]
    cells = numbers  # what the row's sides count, a 0 ordered included
    if unit.columns and "qty" not in columns:
        # "10,10,0,WRONG ITEM,4 bags contain …": a cell's 0 counts nothing of the claim
        numbers = [n for n in numbers if n.value != 0] or numbers
    attached = attach_to_skus(text, skus, numbers)
    if vocabulary is not None and skus:
        numbers, attached = _sold_by_their_measure(numbers, attached, skus, vocabulary)
        numbers, attached = _lengths_of_pieces(text, numbers, attached)
    shortfall = _shortfall(cells, columns) if len(skus) == 1 else None
    surplus = _surplus(cells, columns) if len(skus) == 1 else None
    fewer = _shortfall(cells, columns, "ordered") if len(skus) == 1 else None
    sides = [columns[side] for side in ("shipped", "ordered", "received") if side in columns]
    if sides and "qty" not in columns:
        # "tst-2100-np  12  4 of them are the 2-wire white model": what came is no count of
        # the claim where the sheet has no column of claims; its note may give one
        said = [n for n in numbers if not _overlaps_any(n.start, n.end, sides)]
        if said != numbers:
            numbers, attached = said, attach_to_skus(text, skus, said)
    # a quiet row's note says what is not claimed here ("Return 0 … 1 failed - warranty
    # via portal"); a row whose note claims otherwise than its column of claims counts it
    noted = _noted_count(text, columns, reasons, numbers) if len(skus) == 1 else None
    noted = None if unit.quiet else noted
    if noted is not None and "qty" not in columns:
        # "… 12  12  cracked, 2 of them": the note counts what it says; the row's other
        # numbers are what was sent and what came
        attached, numbers = {0: noted}, [noted]
    worked_out = _came_off(reasons, shortfall or fewer, surplus)
    if noted is not None and worked_out is not None and _packs_of(text, noted, worked_out):
        # "250  275  25  1 extra bag": the note counts bags, the row's arithmetic the items
        attached, numbers = {0: worked_out}, [worked_out]
    if sides and "qty" not in columns and not attached and worked_out is not None:
        # "Expected 150  Counted 120 … SHORT": the sides work out what the reason counts
        attached, numbers = {0: worked_out}, [worked_out]
    if "qty" in columns and len(skus) == 1:
        start, end = columns["qty"]
        counts = [n for n in numbers if start <= n.start and n.end <= end]
        attached = {0: counts[0]} if counts else {}
        if counts and counts[0].value == 0 and _only_pricing(reasons):
            # "Qty return: 0 … overcharged, all 30": a price claims no goods back
            attached, numbers = {}, [n for n in numbers if n not in counts]
        elif counts and counts[0].value == 0 and not (surplus or shortfall or noted):
            skus, attached = [], {}  # "Short: 0": this row claims nothing
        elif counts and counts[0].value == 0:
            # "Damaged: 0" on a row that came with more or fewer than sent: the 0 counts
            # nothing, nor is it the count of what its note says ("0  short 10"); where
            # the note says the row came over or short, its arithmetic counts it, else the
            # one count the note gives ("0  WRONG ITEM - 6 of the 12 are FIP threaded")
            attached, numbers = {}, [n for n in numbers if n not in counts]
            came = _came_off(reasons, shortfall, surplus) or noted
            if came is not None:
                attached, numbers = {0: came}, [came]
    if "qty" in columns:
        # what was ordered and what came are no count of the reason beside them ("60  60
        # Wrong item - 20 of them are 10x4  20"): the column of claims counts it
        counted = list(attached.values())
        numbers = [n for n in numbers if n in counted or not _overlaps_any(n.start, n.end, sides)]
    only_sides = all(_overlaps_any(n.start, n.end, sides) for n in attached.values())
    if shortfall is not None and (only_sides or not skus) and not reasons:
        # "Shipped 40  Received 34" and no other count claimed: the row is 6 short
        skus, number = skus or find_skus(text, masked, vocabulary)[:1], shortfall
        skus = _column_skus(text, skus, columns["sku"], vocabulary) if "sku" in columns else skus
        attached = {0: number} if skus else {}
        reasons = [ReasonHit(ReasonCode.SHORT, number.start, number.end, True)] if skus else []
        numbers = [number]  # the row's other counts are what was sent and what came
    if surplus is not None and skus and only_sides and not reasons:
        # "Ordered 20  Received 22" and no other count claimed: the row is 2 over
        attached = {0: surplus}
        reasons = [ReasonHit(ReasonCode.OVERSHIPPED, surplus.start, surplus.end, True)]
        numbers = [surplus]
    # "PO 10  Slip 10  Received 12 … 2 extra - on the shelf": a weak reason whose count the
    # row's own counts work out is said outright
    reasons = [_worked_out_by_row(hit, numbers, shortfall, surplus) for hit in reasons]
    if "claim" in columns and skus and not reasons:
        # a row counted in a "Short" column is short: the header says what it claims
        start, end = columns["claim"]
        header = doc_text[unit.start + start : unit.start + end].replace("_", " ")  # qty_surplus
        reasons = [hit.shifted(start) for hit in find_reasons(header)]
        if _OVER_COLUMN.match(header):
            # "Damaged  Over  Short": a count in the "Over" column came over the order
            reasons = [ReasonHit(ReasonCode.OVERSHIPPED, start, end, True)]
    of_items = _counting_items(text, numbers, skus, vocabulary) if vocabulary else frozenset()
    parts = _parts_of_the_order(text, numbers, skus, vocabulary) if vocabulary else frozenset()
    return UnitReading(unit, text, skus, reasons, numbers, attached, of_items, parts)


def _counting_items(
    text: str, numbers: list[Number], skus: list[SkuToken], vocabulary: OrderVocabulary
) -> frozenset[int]:
    """The numbers whose next words name the kind of the unit's item, or of the one item of
    the order of that kind where the unit names none ("We have 8 ball valves 3/4 sweat"),
    or its measure: they count the items themselves, as "8 pieces" does."""
    counting = set()
    for number in numbers:
        if number.measure is not None and (
            not skus or any(vocabulary.sells_by(token.value, number.measure) for token in skus)
        ):
            counting.add(number.start)  # "30 feet of the 2 inch black pipe", sold by the foot
            continue
        words = COUNTED_WORDS.match(text, number.end)
        if words is None or vocabulary.is_its_number(text, number.start, number.end):
            continue  # "1\" wrot cu 90 ell": the description's own number
        named = words.group(1)
        if any(by_its_pack(named, token.value, vocabulary) for token in skus):
            counting.add(number.start)  # "8 bags never opened" of couplings sold by the bag
            continue
        if any(vocabulary.names_kind(named, token.value) for token in skus) or (
            not skus and vocabulary.only_of_kind(named) is not None
        ):
            counting.add(number.start)
    return frozenset(counting)


def by_its_pack(named: str, token: str, vocabulary: OrderVocabulary) -> bool:
    """Whether words after a number name the pack the item is sold by ("8 bags" of crimp
    couplings, "bag of 25"): the order counts the item in those packs."""
    pack = vocabulary.pack(token)
    return pack is not None and re.match(rf"{pack[0]}(?:e?s)?\b", named, re.I) is not None


def _parts_of_the_order(
    text: str, numbers: list[Number], skus: list[SkuToken], vocabulary: OrderVocabulary
) -> frozenset[int]:
    """The numbers that count a part of what the order holds of the unit's item ("15 of the
    40", the order's 40 unions): the whole is the order's, the part is the items'."""
    held = {vocabulary.held(token.value) for token in skus}
    return frozenset(
        number.start
        for number in numbers
        if (whole := _OF_THE_WHOLE.match(text, number.end)) is not None
        and int(whole.group(1)) in held
        and number.value < int(whole.group(1))
    )


def _counts_in_note(text: str, columns: dict[str, tuple[int, int]]) -> bool:
    """Whether a row with a count column has a count in its reason cell too."""
    if "qty" not in columns or "reason" not in columns:
        return False
    note = text[slice(*columns["reason"])]
    return bool(find_numbers(note, no_count_spans(note)))


def _by_kind_on_a_line(
    doc_text: str, unit: Unit, text: str, vocabulary: OrderVocabulary
) -> list[SkuToken]:
    """A short line of its own that counts its item by kind alone, as a receipt's exceptions
    and a list do ("14 CS FILTERS WET + CRUSHED", "5 REGISTERS BENT"): the one item of the
    order of that kind, for a person to confirm (in prose a kind word as often names
    what was fine; without a count, "TANK DENTED" names a part of the heater as well)."""
    start = doc_text.rfind("\n", 0, unit.start) + 1
    end = doc_text.find("\n", unit.end)
    end = len(doc_text) if end < 0 else end
    alone = not doc_text[start : unit.start].strip() and not doc_text[unit.end : end].strip()
    counted = bool(find_numbers(text, no_count_spans(text)))
    if not alone or not counted or len(text.split()) > _SHORT_LINE_WORDS:
        return []
    kind = vocabulary.kind_mention(text)
    return [SkuToken(kind.sku, kind.start, kind.end, "described_loosely")] if kind else []


def _said_otherwise(
    text: str, skus: list[SkuToken], vocabulary: OrderVocabulary
) -> tuple[list[SkuToken], list[ReasonHit]]:
    """A unit's items and the wrong item it says where it calls them other than the order
    holds them ("are threaded" of a sweat valve); by their kind alone too ("6 of the valves
    in there are threaded", the one valve of the order), named so for a person to confirm."""
    if skus:
        return skus, said_otherwise(text, skus, vocabulary)
    kind = vocabulary.kind_mention(text)
    if kind is None:
        return [], []
    token = SkuToken(kind.sku, kind.start, kind.end, "described_loosely")
    # the kind as what the sentence is about, or a count of them before what it says they
    # are ("10 of the 40 are 1-1/4\" unions"); not "Inside are 1/2 valves, all 12 of them":
    # the kind named with what came is no subject
    hits = [
        hit
        for hit in said_otherwise(text, [token], vocabulary)
        if token.end <= hit.start or _A_COUNT.search(text, 0, hit.start)
    ]
    return ([token], hits) if hits else ([], [])


def _by_pack(doc_text: str, unit: Unit, text: str, vocabulary: OrderVocabulary) -> list[SkuToken]:
    """A count of packs that names no item ("4 cartons are soaked through"), where one item
    of the order is sold by that pack (the carton of 16 tiles) and is named by its words
    nowhere else (where it is, the unit reads on from there, surer): that item, for a
    person to confirm (a carton may hold any item; only one is counted in cartons)."""
    if vocabulary.names_any(text):
        return []
    for match in _COUNTED_PACK.finditer(text):
        sold = [
            sku for sku, _ in vocabulary.descriptions if by_its_pack(match["pack"], sku, vocabulary)
        ]
        if len(sold) != 1:
            continue
        elsewhere = vocabulary.mentioned(doc_text[: unit.start] + doc_text[unit.end :])
        if all(mention.sku != sold[0] for mention in elsewhere):
            return [SkuToken(sold[0], match.start("pack"), match.end("pack"), "described_loosely")]
    return []


# "Six bags are correct, but 4 bags are …": a count said to be in order claims nothing
_SAID_FINE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:is|are|was|were|came|arrived)\s+(?:all\s+)?"
    r"(?:correct|fine|ok|okay|good|right|intact)\b",
    re.I,
)


def _row_numbers(
    text: str, masked: list[tuple[int, int]], sold_by: frozenset[str], unit: Unit
) -> list[Number]:
    """The numbers of a unit; of a delimited row, cell by cell ("VLV-X,2,0,2,198.00": a
    number runs into no separator of the next cell there)."""
    separator = value_separator(text, unit.segment) if unit.row else None
    if separator is None:
        return find_numbers(text, masked, sold_by)
    numbers: list[Number] = []
    for start, end in delimited_cells(text, separator):
        inside = [(s - start, e - start) for s, e in masked if start <= s and e <= end]
        numbers += [
            replace(n, start=n.start + start, end=n.end + start)
            for n in find_numbers(text[start:end], inside, sold_by)
        ]
    return numbers


def _plain_unless_reason_names_another(
    text: str, token: SkuToken, reasons: list[ReasonHit], vocabulary: OrderVocabulary
) -> SkuToken:
    """A described item is named less plainly where a reason after it qualifies another
    item's words ("ship the thermostats and credit the 2 missing cases of filters"); not
    where the reason is a wrong item's, whose words after it are of what came in its place
    ("1\" full port threaded but inside are 3/4 sweat valves")."""
    if token.kind != "described":
        return token
    for hit in reasons:
        if hit.start >= token.end and hit.reason != ReasonCode.WRONG_ITEM:
            qualified = _CLAUSE_END.split(text[hit.end :], maxsplit=1)[0]
            if _WHERE.match(qualified):
                continue  # "crushed under the registers": where, not what else
            if vocabulary.names_another(" ".join(qualified.split()[:4]), token.value):
                return replace(token, kind="described_loosely")
    return token


_CLAUSE_END = re.compile(r"[,;.!?]|\band\b|\bbut\b", re.I)
_WHERE = re.compile(
    r"\s*(?:under(?:neath)?|beneath|below|behind|beside|near|next\s+to|against|at|from|in|inside|on)\b",
    re.I,
)


_PRICE_ROLES = ("billed", "agreed", "price_diff")
_PRICE = re.compile(r"^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")


def _billed_above(text: str, columns: dict[str, tuple[int, int]]) -> bool | None:
    """Whether a price check's row was billed above its agreed price; None where either
    cell holds no plain price."""
    prices = []
    for role in ("billed", "agreed"):
        start, end = columns[role]
        found = _PRICE.match(text[start:end].strip())
        if found is None:
            return None
        prices.append(Decimal(found.group(1).replace(",", "") + (found.group(2) or "")))
    return prices[0] > prices[1]


def _says_it_stays(cell: str) -> bool:
    """Whether a row's note says its item stays and names no reason ("keep on truck",
    "keep for stock"; not "ok but 2 cracked")."""
    return _STAYS.match(cell) is not None and not find_reasons(cell)


def _noted_count(
    text: str, columns: dict[str, tuple[int, int]], reasons: list[ReasonHit], numbers: list[Number]
) -> Number | None:
    """The one count a row's reason cell gives what it says ("cracked, 2 of them"; "6 of
    the 12 are FIP threaded …, exchange 6": the 6 twice, of the 12 sent; "only 1 came, 3
    missing"), or its notes beside it ("WRONG ITEM", "4 bags contain 3/4in couplings")."""
    if "reason" not in columns:
        return None
    first, last = columns["reason"]
    if not any(first <= hit.start < last for hit in reasons):
        return None
    for start, end in (columns[role] for role in ("reason", "note") if role in columns):
        said = [
            n
            for n in numbers
            if start <= n.start
            and n.end <= end
            and not (is_total(text, n) or is_received_count(text, n))
        ]
        if said:
            return said[0] if len({n.value for n in said}) == 1 else None
    return None


def _packs_of(text: str, noted: Number, worked_out: Number) -> bool:
    """Whether a row's noted count counts packs of the items its arithmetic counts ("1
    extra bag" of a row 25 over; not "one box of 10 missing", the pack's count said)."""
    pack = _PACK_NOTED.match(text, noted.end)
    return (
        pack is not None
        and _PACK_OF.match(text, pack.end()) is None
        and 0 < noted.value < worked_out.value
        and worked_out.value % noted.value == 0
    )


def _only_pricing(reasons: list[ReasonHit]) -> bool:
    return bool(reasons) and all(hit.reason == ReasonCode.PRICING for hit in reasons)


def _worked_out_by_row(
    hit: ReasonHit, numbers: list[Number], shortfall: Number | None, surplus: Number | None
) -> ReasonHit:
    worked = {ReasonCode.SHORT: shortfall, ReasonCode.OVERSHIPPED: surplus}.get(hit.reason)
    if hit.strong or worked is None:
        return hit
    said = any(n.value == worked.value and n.start != worked.start for n in numbers)
    return replace(hit, strong=True) if said else hit


def _came_off(
    reasons: list[ReasonHit], shortfall: Number | None, surplus: Number | None
) -> Number | None:
    """What a row's arithmetic counts of the one reason its note says: a shortage's
    shortfall, an overage's surplus."""
    said = {hit.reason for hit in reasons}
    if said == {ReasonCode.SHORT}:
        return shortfall
    return surplus if said == {ReasonCode.OVERSHIPPED} else None


def _shortfall(
    numbers: list[Number], columns: dict[str, tuple[int, int]], sent: str = "shipped"
) -> Number | None:
    """How many fewer a row's "Received" cell counts than its "Shipped" one (or another
    side's), as a number at the received count (the count the row's arithmetic claims), if
    fewer; fewer than ordered may be still to come, unless the row's note says short."""
    expected, received = _cell(numbers, columns, sent), _cell(numbers, columns, "received")
    if expected is None or received is None or received.value >= expected.value:
        return None
    return replace(received, value=expected.value - received.value)


def _surplus(numbers: list[Number], columns: dict[str, tuple[int, int]]) -> Number | None:
    """How many more a row's "Received" cell counts than its "Shipped" one (or, with none,
    its "Ordered" one), as a number at the received count, if more."""
    sent = _cell(numbers, columns, "shipped") or _cell(numbers, columns, "ordered")
    received = _cell(numbers, columns, "received")
    if sent is None or received is None or received.value <= sent.value:
        return None
    return replace(received, value=received.value - sent.value)


def _cell(numbers: list[Number], columns: dict[str, tuple[int, int]], side: str) -> Number | None:
    """The one number of a row's cell under the header's side ("Shipped"), if so."""
    if side not in columns:
        return None
    start, end = columns[side]
    inside = [n for n in numbers if start <= n.start and n.end <= end]
    return inside[0] if len(inside) == 1 else None


def _sold_by_their_measure(
    numbers: list[Number],
    attached: dict[int, Number],
    skus: list[SkuToken],
    vocabulary: OrderVocabulary,
) -> tuple[list[Number], dict[int, Number]]:
    """A measure counts only the item it is said of that is sold by it: "20 ft of the cut
    pipe" is 20 of it, "the 100 ft PEX coil" is one coil's length."""
    owner = {id(number): index for index, number in attached.items()}
    only = 0 if len(skus) == 1 else None  # the unit's one item, of whatever is not attached

    def counts(number: Number) -> bool:
        if number.measure is None:
            return True
        index = owner.get(id(number), only)
        return index is not None and vocabulary.sells_by(skus[index].value, number.measure)

    kept = [number for number in numbers if counts(number)]
    return kept, {index: number for index, number in attached.items() if counts(number)}


def _lengths_of_pieces(
    text: str, numbers: list[Number], attached: dict[int, Number]
) -> tuple[list[Number], dict[int, Number]]:
    """A length said of each piece counts the pieces times it: "2 piece of the 2 inch black
    pipe, 20 ft each" is 40 ft of the pipe sold by the foot."""
    each = [n for n in numbers if n.measure is not None and _EACH_AFTER.match(text, n.end)]
    pieces = [n for n in numbers if n.measure is None and _PIECES_AFTER.match(text, n.end)]
    if len(each) != 1 or len(pieces) != 1 or pieces[0].start > each[0].start:
        return numbers, attached
    length, count = each[0], pieces[0]
    total = replace(length, value=length.value * count.value, start=count.start)
    swap = {id(length): total, id(count): total}
    numbers = [total if n is length else n for n in numbers if n is not count]
    return numbers, {index: swap.get(id(n), n) for index, n in attached.items()}


def unit_lines(reading: UnitReading) -> list[Found]:
    """The (SKU, reason) lines of a unit with SKUs and reasons."""
    if not reading.skus or not reading.reasons:
        return []
    claimed, received = _claimed_skus(reading)
    reading = replace(reading, attached=_lend_quantities(reading, claimed, received))
    groups = _groups(reading, claimed)
    starts = [_group_start(reading, group) for group in groups]
    found: list[Found] = []
    for index, group in enumerate(groups):
        hits = _clause_reasons(
            reading, reading.skus[group[0]], _group_reasons(reading, starts, index)
        )
        for hit in _nearest_per_code(hits, reading.skus[group[0]]):
            for sku_index in group:
                quantity = _quantity(reading, sku_index, group, hit, hits, starts, index)
                token = reading.skus[sku_index]
                alone = _bound(reading, token, hit) or (
                    len({h.reason for h in reading.reasons}) == 1
                    and _each_counted(reading, claimed)
                )
                confidence = _sku_confidence(token, 1 if alone else len(claimed))
                found.append(Found(token, confidence, hit, quantity))
    return found


def _bound(reading: UnitReading, token: SkuToken, hit: ReasonHit) -> bool:
    """Whether an item named plainly by its words among others is the one its reason is
    said of, as a clerk reads it: the reason stands in the clause that names it, and no
    other item does ("1 of the 2 gallon expansion tanks is dented in on the side, … I'm
    not putting that on a water heater")."""
    if token.kind != "described":
        return False
    start, end = clause_span(reading.text, token.start, token.end)
    return (
        start <= hit.start
        and hit.end <= end
        and not any(
            other is not token and start <= other.start and other.end <= end
            for other in reading.skus
        )
    )


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause that holds a span of a unit's text."""
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    first = max((stop for _, stop in breaks if stop <= start), default=0)
    last = min((begin for begin, _ in breaks if begin >= end), default=len(text))
    return first, last


def _clause_reasons(reading: UnitReading, sku: SkuToken, hits: list[ReasonHit]) -> list[ReasonHit]:
    """An item named by its words takes, of several reasons, those of its own clause
    ("So 6 ball valves damaged and 10 elbows short": the valves are damaged, not short)."""
    if sku.kind not in DESCRIBED_KINDS or len({hit.reason for hit in hits}) < 2:
        return hits
    start, end = clause_span(reading.text, sku.start, sku.end)
    own = [hit for hit in hits if start <= hit.start and hit.end <= end]
    return own or hits


def unit_quantity(reading: UnitReading, hit: ReasonHit) -> Qty | None:
    """The quantity a unit without SKU gives a reason: "6 are missing" (by any phrase of the
    reason: "Wrong price, please credit the difference on all 12"), else its only number."""
    computed = computed_difference(reading.text, reading.numbers)
    for same in [hit, *(h for h in reading.reasons if h.reason == hit.reason and h != hit)]:
        number = attach_to_reason(reading.text, same, reading.numbers)
        if (
            number is not None
            and not _arrival_count(reading, number, hit.reason)
            and not _side_of(computed, number, hit.reason)
        ):
            return Qty(number.value, number.start, number.end, 0.9)
    if computed is not None and hit.reason in _COUNTS_ARRIVALS:
        return Qty(computed.value, computed.start, computed.end, WORKED_OUT)
    return _bare(reading, reading.numbers, hit.reason)


def _side_of(computed: Computed | None, number: Number, reason: ReasonCode) -> bool:
    """Whether a number is one of the two counts a shortage or an overage is worked out of
    ("got eight … it should be 10 so we're missing"): what came or was due, not the claim."""
    return (
        computed is not None
        and reason in _COUNTS_ARRIVALS
        and computed.start <= number.start < computed.end
        and number.value != computed.value
    )


def follow_up_quantity(reading: UnitReading, reason: ReasonCode) -> Qty | None:
    """The count a unit without SKU gives a claim made before it, at 0.9, if it gives one.

    A count attached to a phrase of the claim's reason ("the 1 defective valve"), else
    the one count labelled or asked for ("exchange the whole qty 10", "return qty 4").
    """
    if reading.skus:
        return None
    for hit in (h for h in reading.reasons if h.reason == reason):
        number = attach_to_reason(reading.text, hit, reading.numbers)
        if number is not None and not _arrival_count(reading, number, reason):
            return Qty(number.value, number.start, number.end, 0.9)
    if any(hit.reason != reason for hit in reading.reasons):
        return None  # the sentence is about another reason
    asked = [
        n
        for n in reading.numbers
        if (
            is_keyword(reading.text, n)
            or is_requested(reading.text, n)
            or is_all_alike(reading.text, n)
        )
        and not is_total(reading.text, n)
        and not is_received_count(reading.text, n)
        and (reason in _COUNTS_BILLED or not is_ordered_count(reading.text, n))
    ]
    if len({n.value for n in asked}) == 1:
        return Qty(asked[0].value, asked[0].start, asked[0].end, 0.9)
    return count_alone(reading)


def count_alone(reading: UnitReading) -> Qty | None:
    """A unit that is only a count ("1 unit.", "2 pcs", "1 heater.", "A dozen of them.",
    "All 12 of them."): 0.9 in a count unit, of the items named before or bare, 0.7 with
    another noun (a person checks what was counted)."""
    if len(reading.numbers) != 1:
        return None
    number = reading.numbers[0]
    before = reading.text[: number.start].strip(" -*•\t")
    if before and not (
        before.lower() == "all" and _OF_THE_ITEMS.fullmatch(reading.text, number.end)
    ):
        return None  # the count leads the unit: "Bay 4." counts nothing
    if _OF_THE_ITEMS.fullmatch(reading.text, number.end):
        return Qty(number.value, number.start, number.end, 0.9)
    words = _COUNT_WORDS.findall(reading.text)
    if not 1 <= len(words) <= 2:
        return None
    noun = words[-1].lower() if len(words) == 2 else None
    sure = 0.9 if noun is None or _COUNT_UNIT.fullmatch(noun) else 0.7
    return Qty(number.value, number.start, number.end, sure)


def sku_quantity(reading: UnitReading, sku_index: int, reason: ReasonCode) -> Qty | None:
    """The count of a SKU of a unit whose reason a later unit gives: worked out from what
    was ordered and what arrived where the reason counts arrivals, else the SKU's own
    number, which is no shortage when it counts what was ordered ("billed for 40 of SKU")."""
    if reason in _COUNTS_ARRIVALS and len(reading.skus) == 1:
        computed = computed_difference(reading.text, reading.numbers)
        if computed is not None:
            return _computed(computed)
    going_back = _going_back(reading)
    if going_back is not None:
        return going_back
    number = reading.attached.get(sku_index)
    if number is None or _kept(reading, number, reason):
        # "we used 18 of the 30 registers": the rest goes back; with no count beside the
        # item, a form's "Qty: 1" or a lone "8 of the tees" counts it
        rest = _the_rest(reading, reason)
        if rest is None and number is None and len(reading.skus) == 1:
            return _labelled_count(reading) or _count_of_the_items(reading)
        return rest
    if not is_ordered_count(reading.text, number):
        return Qty(number.value, number.start, number.end, 0.95)
    if reason in _COUNTS_ARRIVALS:
        return None
    return Qty(
        number.value, number.start, number.end, 0.9 if reason == ReasonCode.WRONG_ITEM else 0.7
    )


def _the_rest(reading: UnitReading, reason: ReasonCode) -> Qty | None:
    """What an unneeded item's unit leaves of the whole once the part used is taken out;
    sure where the whole is what the order holds ("used 18 of the 30", the order's 30)."""
    if reason != ReasonCode.NOT_NEEDED or len(reading.skus) != 1:
        return None
    rest = computed_rest(reading.text, reading.numbers)
    if rest is None:
        return None
    if rest.start in reading.parts:
        return Qty(rest.value, rest.start, rest.end, _OF_THE_ORDER)
    return _computed(rest)


def _going_back(reading: UnitReading) -> Qty | None:
    """The one count a unit of one item says goes back ("The sheet say 4 ball valves but we
    use one yesterday, so only 3 to return"): the count claimed, whatever else it counts."""
    if len(reading.skus) != 1:
        return None
    return _the_one_count(reading, lambda n: _GOING_BACK.match(reading.text, n.end) is not None)


def _labelled_count(reading: UnitReading) -> Qty | None:
    """The one count a form's fields label as the quantity ("Item: SKU … Qty: 1")."""
    return _the_one_count(
        reading,
        lambda n: (
            is_keyword(reading.text, n)
            and not is_ordered_count(reading.text, n)
            and not is_received_count(reading.text, n)
        ),
    )


def _the_one_count(reading: UnitReading, marked: Callable[[Number], bool]) -> Qty | None:
    """The unit's one count (by value) that `marked` picks, at 0.9."""
    said = {n.value: n for n in reading.numbers if marked(n)}
    if len(said) != 1:
        return None
    [number] = said.values()
    return Qty(number.value, number.start, number.end, 0.9)


def _count_of_the_items(reading: UnitReading) -> Qty | None:
    """The unit's one number, where it counts the items ("8 of the tees split"), at
    OF_THE_ITEMS."""
    if len({n.value for n in reading.numbers}) != 1:
        return None
    number = reading.numbers[0]
    if not is_count_of_items(reading.text, number) or is_ordered_count(reading.text, number):
        return None
    if is_received_count(reading.text, number) or is_total(reading.text, number):
        return None
    return Qty(number.value, number.start, number.end, OF_THE_ITEMS)


def own_confidence(token: SkuToken) -> float:
    """The confidence of a SKU token named alone."""
    return _sku_confidence(token, 1)


def sku_confidence(reading: UnitReading, sku_index: int) -> float:
    """The confidence of a SKU token of a unit (module docstring)."""
    count = 1 if _each_counted(reading, range(len(reading.skus))) else len(reading.skus)
    return _sku_confidence(reading.skus[sku_index], count)


def _each_counted(reading: UnitReading, indices: Iterable[int]) -> bool:
    """Whether items named plainly by their words, several in a unit, are each counted by a
    number of their own ("a dozen of the 3/4\" sweat ball valves and 20 of the 2\" PVC tees"):
    which words named which item, and which count is whose, is then no guess."""
    tokens = [reading.skus[i] for i in indices]
    counts = [reading.attached.get(i) for i in indices]
    return (
        len(tokens) > 1
        and all(token.kind == "described" for token in tokens)
        and len({token.value for token in tokens}) == len(tokens)
        and all(count is not None for count in counts)
        and len({id(count) for count in counts}) == len(counts)
    )


_REF_DIGITS = 4  # a reference column's cell of this many digits is a number, not a count
# a reason cell that names the price alone: what the row disputes is what it was billed
_PRICE_CELL = re.compile(
    r"(?:unit\s+)?pric(?:e|es|ing)(?:\s+(?:var(?:iance)?|diff(?:erence)?|error|discrepancy"
    r"|dispute|issue|adj(?:ustment)?|mismatch))?\.?",
    re.I,
)
_NO_VALUE = re.compile(r"\(?\s*(?:none|n/?a|tbd|unknown)\s*\)?", re.I)  # an empty cell, said


def _column_skus(
    text: str, skus: list[SkuToken], cell: tuple[int, int], vocabulary: OrderVocabulary | None
) -> list[SkuToken]:
    start, end = cell
    inside = [token for token in skus if start <= token.start and token.end <= end]
    unknown = inside and vocabulary is not None and _unknown_here(inside[0], vocabulary)
    words = _plainly_named(text, vocabulary) if unknown and vocabulary is not None else None
    if words is not None and vocabulary is not None and _own_number(inside[0], words, vocabulary):
        # the customer's own part number, which the ERP does not know ("SH-RG1006W  10x6
        # floor register, white"): the row's words name the item plainly
        return [words]
    if inside:
        return inside[:1]
    value = text[start:end].strip()
    if skus and " " in value:
        # "7-day Wi-Fi thermostat" under "Vendor item", the row's "KM-61750" beside it: the
        # words describe the item the row's identifier names
        return skus[:1]
    if len(value.split()) >= 3:
        return []  # words that describe no item of the order ("Return 10 gate valves")
    if vocabulary is not None and vocabulary.is_stray(value):
        # another supplier's item on the customer's own sheet ("TAPE-FOIL-3"), unless the
        # row's words name an item of the order plainly: the customer's own part number
        # ("KM-70520  CIRCULATOR 1/25HP CI 115V"), which the ERP does not know
        return [token for token in skus if token.kind in ("order", "described")][:1]
    if len(value) >= 3 and any(char.isdigit() for char in value):
        return [SkuToken(value, start, end, "column")]
    if not any(char.isalnum() for char in value) or _NO_VALUE.fullmatch(value):
        # "-" or "(none)" under "Vendor item": the row names its item in another column, maybe twice
        # ("16x25x1 pleated filter … labelled MERV 8, PO calls MERV 11")
        return [
            token for i, token in enumerate(skus) if token.value not in {t.value for t in skus[:i]}
        ]
    return []


def _plainly_named(text: str, vocabulary: OrderVocabulary) -> SkuToken | None:
    """The one item a row's words name plainly, as a token of its words."""
    plain = {mention.sku: mention for mention in vocabulary.mentioned(text) if mention.plain}
    if len(plain) != 1:
        return None
    [mention] = plain.values()
    return SkuToken(mention.sku, mention.start, mention.end, "described")


def _unknown_here(token: SkuToken, vocabulary: OrderVocabulary) -> bool:
    """Whether an identifier is none of the found order's (without the order, what it holds
    is not known)."""
    return not vocabulary.history and vocabulary.held(token.value) is None


def _own_number(token: SkuToken, described: SkuToken, vocabulary: OrderVocabulary) -> bool:
    """Whether an item cell's identifier, none of the order's, is the customer's own number
    for the item its row describes: one no one here knows, or one that shares the described
    item's number ("SH-RG1006W" of HVC-REG-1006-W)."""
    if vocabulary.is_stray(token.value):
        return True
    numbers = set(re.findall(r"\d{3,}", token.value))
    return bool(numbers & set(re.findall(r"\d{3,}", described.value)))


def _sku_confidence(token: SkuToken, count: int) -> float:
    confidence = _SKU_CONFIDENCE[token.kind]
    if token.kind in DESCRIBED_KINDS and count > 1:
        return min(confidence, DESCRIBED_AMONG_OTHERS)
    return confidence if count <= 1 or token.kind != "pattern" else 0.9


def _claimed_skus(reading: UnitReading) -> tuple[list[int], set[int]]:
    """SKU indices claimed, and those that came in their place (WRONG_ITEM: not claimed)."""
    indices = list(range(len(reading.skus)))
    if len(indices) < 2 or not any(h.reason == ReasonCode.WRONG_ITEM for h in reading.reasons):
        return indices, set()
    received: set[int] = set()
    for cue in _INSTEAD.finditer(reading.text):
        before = [i for i in indices if reading.skus[i].end <= cue.start()]
        after = [i for i in indices if reading.skus[i].start >= cue.end()]
        if before and after:
            received.add(before[-1])
    if not received:
        sides = {i: side(reading.text, reading.skus[i]) for i in indices}
        ordered = [i for i in indices if sides[i] == "ordered"]
        if ordered:
            received = {i for i in indices if sides[i] == "came"}
    return [i for i in indices if i not in received], received


def side(text: str, token: SkuToken) -> str | None:
    """ "ordered" or "came": "ordered" where "(that) we ordered" follows a SKU, else by the
    last cue before it; None without one."""
    if _ORDERED_AFTER.match(text, token.end):
        return "ordered"
    cue = _last_cue(text, token)
    return cue.lastgroup if cue else None


def _last_cue(text: str, token: SkuToken) -> re.Match[str] | None:
    """The last side cue before a SKU."""
    cues = list(_SIDE_CUES.finditer(window_before(text, token.start)))
    return cues[-1] if cues else None


def held_instead(text: str, token: SkuToken) -> bool:
    """Whether a SKU names what a package held ("… had 3/4 in ones in it (SKU …)", "the
    crate had SKU units in it"), which in a wrong-item claim is what came instead of the
    item ordered: the last side cue before it is one of holding, not of receiving ("we
    received SKU, wrong size" names the item by its packing slip)."""
    if _ORDERED_AFTER.match(text, token.end):
        return False
    cue = _last_cue(text, token)
    return cue is not None and _HELD.fullmatch(cue.group()) is not None


def ordered_in_place(
    text: str, came: SkuToken, skus: list[SkuToken], vocabulary: OrderVocabulary | None
) -> tuple[SkuToken, float] | None:
    """The item ordered, for a wrong-item line read from the one that came: another item of
    the text said to be the ordered one ("We need the 1 inch SKU that we ordered", "it should
    have been SKU"; "we need SKU" may be for another job), the only such item, and one of
    the order's where the order is known. None where the line's SKU
    is not surely what came (no cue says so, and it is an item of the order). Its confidence
    is that of a SKU among several (which one the claim is about is read from cues)."""

    def on_order(token: SkuToken) -> bool:
        if vocabulary is None:
            return True
        return vocabulary.item_of(token.value) in {
            vocabulary.item_of(i) for i in vocabulary.identifiers
        }

    if came.kind in DESCRIBED_KINDS or (side(text, came) != "came" and on_order(came)):
        return None
    key = item_key(came.value, vocabulary)
    ordered = [
        token
        for token in skus
        if token.kind not in DESCRIBED_KINDS
        and item_key(token.value, vocabulary) != key
        and _said_ordered(text, token)
        and on_order(token)
    ]
    if len({item_key(token.value, vocabulary) for token in ordered}) != 1:
        return None
    return ordered[0], _sku_confidence(ordered[0], 2)


def _said_ordered(text: str, token: SkuToken) -> bool:
    """Whether a SKU is said to be the one ordered: "SKU that we ordered", "we ordered SKU"."""
    if _ORDERED_AFTER.match(text, token.end):
        return True
    cue = _last_cue(text, token)
    return cue is not None and _SAID_ORDERED.fullmatch(cue.group()) is not None


def _lend_quantities(
    reading: UnitReading, claimed: list[int], received: set[int]
) -> dict[int, Number]:
    """The ordered SKU takes the count of the one that came in its place, if it has none."""
    attached = dict(reading.attached)
    for index in sorted(received):
        without = [i for i in claimed if i not in attached]
        if index in attached and without:
            attached[without[0]] = attached[index]
    return attached


def _groups(reading: UnitReading, claimed: list[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    for index in claimed:
        if groups and _joined(reading, groups[-1][-1], index):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def _joined(reading: UnitReading, left: int, right: int) -> bool:
    """Whether only "and", commas and their counts stand between two SKUs."""
    start, end = reading.skus[left].end, reading.skus[right].start
    gap = list(reading.text[start:end])
    for number in (reading.attached.get(left), reading.attached.get(right)):
        if number is not None and start <= number.start and number.end <= end:
            gap[number.start - start : number.end - start] = " " * (number.end - number.start)
    return _JOINED.match(_JOINER_WORDS.sub(" ", "".join(gap))) is not None


def _group_start(reading: UnitReading, group: list[int]) -> int:
    first = group[0]
    number = reading.attached.get(first)
    start = reading.skus[first].start
    return min(start, number.start) if number is not None else start


def _group_reasons(reading: UnitReading, starts: list[int], index: int) -> list[ReasonHit]:
    """Reasons in a group's stretch; with none there, those before the first SKU."""
    if len(starts) == 1:
        return reading.reasons
    end = starts[index + 1] if index + 1 < len(starts) else len(reading.text)
    own = [hit for hit in reading.reasons if starts[index] <= _position(reading, hit, starts) < end]
    if own:
        return own
    before = [hit for hit in reading.reasons if _position(reading, hit, starts) < starts[0]]
    if not before and index > 0 and _ADDED.search(reading.text, 0, starts[index]):
        # "60 feet of the copper left over, … plus 40 of the tees": as the items before
        return _group_reasons(reading, starts, index - 1)
    return before


def _position(reading: UnitReading, hit: ReasonHit, starts: list[int]) -> int:
    """Where a reason counts: a label ("Missing: …") counts at the next SKU group."""
    if _LABEL_AFTER.match(window_after(reading.text, hit.end)):
        following = [start for start in starts if start >= hit.end]
        if following:
            return following[0]
    return hit.start


def _nearest_per_code(hits: list[ReasonHit], sku: SkuToken) -> list[ReasonHit]:
    """Per reason code the phrase nearest to the SKU (its evidence), in code order of first use."""
    nearest: dict[ReasonCode, ReasonHit] = {}
    for hit in hits:
        known = nearest.get(hit.reason)
        if known is None or _distance(hit, sku) < _distance(known, sku):
            nearest[hit.reason] = hit
    return list(nearest.values())


def _distance(hit: ReasonHit, sku: SkuToken) -> int:
    return max(hit.start - sku.end, sku.start - hit.end, 0)


def first_per_code(hits: list[ReasonHit]) -> list[ReasonHit]:
    """The first hit of each reason code, in text order."""
    seen: dict[ReasonCode, ReasonHit] = {}
    for hit in hits:
        seen.setdefault(hit.reason, hit)
    return list(seen.values())


def _quantity(
    reading: UnitReading,
    sku_index: int,
    group: list[int],
    hit: ReasonHit,
    hits: list[ReasonHit],
    starts: list[int],
    index: int,
) -> Qty | None:
    """The count of one line: by the reason, worked out, by the SKU, else in the zone."""
    shared = len({h.reason for h in hits}) > 1
    if len(group) > 1:
        return _attached(reading, sku_index, hit.reason, shared=shared)
    end = starts[index + 1] if index + 1 < len(starts) else len(reading.text)
    start = 0 if len(starts) == 1 else starts[index]
    others = {n for i, n in reading.attached.items() if i != sku_index}
    usable = [
        n
        for n in reading.numbers
        if start <= n.start < end and n not in others and not is_total(reading.text, n)
    ]
    its_count = reading.attached.get(sku_index)
    stated = _stated_difference(reading.text, usable) if hit.reason in _COUNTS_ARRIVALS else None
    if stated is not None:
        # "you sent us 4 … and we only ordered 3, so 1 extra": the count said last is the
        # difference of the two said before it
        return Qty(stated.value, stated.start, stated.end, 0.9)
    going_back = _going_back(reading)
    if going_back is not None:
        # "3 … left over, but I used one of them …, so there are only 2 to send back"
        return going_back
    whole = reading.attached.get(sku_index)
    rest = _the_rest(reading, hit.reason) if len(starts) == 1 and whole is not None else None
    if (
        rest is not None
        and whole is not None
        and rest.start == whole.start
        and not is_kept_count(reading.text, whole)  # "won't need 3 of the 4": 3 go back
    ):
        # "the 2\" pipe, 120 ft cut: the job only used 80 ft": the item's own count is the
        # whole the rest is worked out from
        return rest
    # a header's reason ("Damaged" over the row's column) stands outside the row: no number
    # of the row is near it, the column gives the count
    inside = [h for h in hits if h.reason == hit.reason and 0 <= h.start < len(reading.text)]
    computed = computed_difference(
        reading.text, [n for n in reading.numbers if start <= n.start < end]
    )
    parts_from = (
        its_count.end if its_count and _broken_down(reading, its_count, hit.reason) else None
    )
    for same in inside:
        number = attach_to_reason(reading.text, same, usable)
        if number is not None and parts_from is not None and number.start > parts_from:
            # "3 of the ball valves were broken - two with the handle snapped off, one
            # with the body cracked": the parts are the 3, told one by one
            continue
        if (
            number is not None
            and its_count is not None
            and _part_of_own(reading, its_count, number)
            and any(its_count.end <= other.start < number.start for other in inside)
        ):
            # "all 3 of the tanks arrived dented and one of them is cracked": 3; but "we
            # got 12 and 2 of them are cracked" claims the 2
            continue
        if number is not None and _side_of(computed, number, hit.reason):
            # "9 boxes came not 10 so we're short 10 tees": the 10 before the reason is
            # what was due; the one after it is the claim's
            number = attach_to_reason(reading.text, same, [n for n in usable if n.start > same.end])
        if (
            number is not None
            and not _arrival_count(reading, number, hit.reason)
            and not _side_of(computed, number, hit.reason)
            and not _packs_beside_items(reading, number)
        ):
            own = number is reading.attached.get(sku_index) and not shared
            return Qty(number.value, number.start, number.end, 0.95 if own else 0.9)
    if hit.reason in _COUNTS_ARRIVALS and computed is not None:
        return _computed(computed)
    attached = _attached(reading, sku_index, hit.reason, shared=shared)
    # a number another reason of the unit counts is that one's ("send the missing PRV and
    # credit the 25 damaged elbows"), in this clause or another
    zone = [n for n in usable if not _for_other_reason(reading, n, hit, reading.reasons)]
    if (
        attached is not None
        and hit.reason not in _COUNTS_BILLED
        and is_ordered_count(reading.text, reading.attached[sku_index])
    ):
        # "we ordered 12 of them, don't need 6 of them": the count ordered is the whole, and
        # what was needed of it leaves the rest ("ordered 3 … only needed 2")
        rest = _the_rest(reading, hit.reason) if len(starts) == 1 else None
        return _bare(reading, zone, hit.reason) or rest or attached
    part = _part_of_arrival(reading, its_count, usable)
    if part is not None:
        return part
    found = attached or _bare(reading, zone, hit.reason)
    if found is None or found.confidence < WORKED_OUT:
        # "we used 18 of the 30 registers, the rest are not needed": worked out
        rest = _the_rest(reading, hit.reason) if len(starts) == 1 else None
        return rest or found
    return found


def _part_of_own(reading: UnitReading, own: Number, number: Number) -> bool:
    """Whether a count after the item's own is a part of the items it counted ("… and one
    of them")."""
    return (
        number.start > own.end
        and number.value < own.value
        and (_OF_THEM.match(reading.text, number.end) is not None)
    )


def _broken_down(reading: UnitReading, own: Number, reason: ReasonCode) -> bool:
    """Whether the counts said after an item's own count are its parts, each followed by
    the same reason before the next, adding up to it ("3 … were broken - two with the stem
    snapped off, one with the body cracked"); not "3 came: 2 cracked, 1 fine"."""
    parts = [n for n in reading.numbers if n.start > own.end]
    if len(parts) < 2 or sum(n.value for n in parts) != own.value:
        return False
    ends = [n.start for n in parts[1:]] + [len(reading.text)]
    return all(
        any(hit.reason == reason and part.end <= hit.start < end for hit in reading.reasons)
        for part, end in zip(parts, ends, strict=True)
    )


def _part_of_arrival(reading: UnitReading, own: Number | None, numbers: list[Number]) -> Qty | None:
    """The part of the items counted as they came that the claim is of: "6 coils came but
    one of them took a forklift tine" claims the one (0.9), not the six."""
    if own is None or _CAME.match(reading.text, own.end) is None:
        return None
    parts = [n for n in numbers if _part_of_own(reading, own, n)]
    return Qty(parts[0].value, parts[0].start, parts[0].end, 0.9) if len(parts) == 1 else None


def _attached(
    reading: UnitReading, sku_index: int, reason: ReasonCode, *, shared: bool
) -> Qty | None:
    """The SKU's own number: what was ordered counts only for a wrong item (0.9), else 0.7."""
    number = reading.attached.get(sku_index)
    if number is None or _arrival_count(reading, number, reason) or _kept(reading, number, reason):
        return None
    if _packs_beside_items(reading, number):
        return None
    confidence = 0.7 if shared else 0.95
    several = len({n.value for n in reading.numbers}) > 1  # the unit counts more than one thing
    if reason == ReasonCode.OVERSHIPPED and is_received_count(reading.text, number) and several:
        confidence = 0.7  # "we got 14 of them, the PO was for 12": all that came, 2 extra
    if reason in _COUNTS_ARRIVALS and not reading.reasons and several:
        # a shortage said elsewhere ("ball valves missing"), and here "the paper say 10 ball
        # valves … there is only 8": which count is the claim's, the sentence does not say
        confidence = min(confidence, 0.7)
    if is_ordered_count(reading.text, number):
        confidence = 0.9 if reason == ReasonCode.WRONG_ITEM and not shared else 0.7
    return Qty(number.value, number.start, number.end, confidence)


def _packs_beside_items(reading: UnitReading, number: Number) -> bool:
    """Whether a number counts the packs the items came in, not the items the unit counts
    too ("2\" bronze gate valves: one carton was smashed, 4 of the 10 in it have cracked
    bonnets"); not where the item is sold by that pack, nor where the counts agree ("2 boxes
    of the stats have another model inside … need 2 of the correct ones")."""
    return (
        _PACKAGES_AFTER.match(reading.text, number.end) is not None
        and number.start not in reading.of_items
        and any(
            other.value != number.value
            and (
                is_count_of_items(reading.text, other) or _OF_A_WHOLE.match(reading.text, other.end)
            )
            for other in reading.numbers
        )
    )


def _a_side_of_the_sum(reading: UnitReading, number: Number) -> bool:
    """Whether a number is one of the two counts a shortage or an overage is said by ("only
    11 prvs (3/4) came on the truck, slip says 12"): what came or was sent, not the claim."""
    return any(
        hit.reason in _COUNTS_ARRIVALS
        and hit.start <= number.start < hit.end
        and sum(hit.start <= n.start and n.end <= hit.end for n in reading.numbers) >= 2
        for hit in reading.reasons
    )


def _for_other_reason(
    reading: UnitReading, number: Number, hit: ReasonHit, hits: list[ReasonHit]
) -> bool:
    others = [h for h in hits if h.reason != hit.reason]
    return any(attach_to_reason(reading.text, other, [number]) is number for other in others)


def _bare(reading: UnitReading, numbers: list[Number], reason: ReasonCode) -> Qty | None:
    """A number merely in the same unit: 0.9 when labelled "qty", asked for, counted as
    surplus for a surplus reason ("one left over"), or the unit's only number and one of
    items ("3 units", "4 pcs"); 0.85 alone and of the items ("3 of them"); else 0.7
    alone, 0.5 among several."""
    candidates = [
        n
        for n in numbers
        if not is_total(reading.text, n)
        and not _arrival_count(reading, n, reason)
        and (reason in _COUNTS_BILLED or not is_ordered_count(reading.text, n))
        and not _kept(reading, n, reason)
        and not _packs_beside_items(reading, n)
    ]
    if not candidates:
        return None
    alone = len({n.value for n in candidates}) == 1
    labelled = [
        n
        for n in candidates
        if is_keyword(reading.text, n)
        or is_requested(reading.text, n)
        or (reason in _SURPLUS_REASONS and is_surplus(reading.text, n))
        # "… at $689.00 each, 3 units": the one count of units (not of cartons, which
        # hold an unknown number), unless of what came in
        or (
            alone
            and _ITEM_UNITS.match(reading.text, n.end) is not None
            and not is_received_count(reading.text, n)
        )
    ]
    if labelled:
        return Qty(labelled[0].value, labelled[0].start, labelled[0].end, 0.9)
    parts = [n for n in candidates if n.start in reading.parts]
    if len({n.value for n in parts}) == 1:  # "1 of the 4 circulators is DOA … 115 V"
        return Qty(parts[0].value, parts[0].start, parts[0].end, OF_THE_ITEMS)
    # among several, a number that counts the items themselves ("two of the thermostats",
    # "all 25 elbows", "25 pieces") before one that counts something else ("8 zones", "one
    # inner box", "One of the bags")
    of_items = [
        n
        for n in candidates
        if is_count_of_items(reading.text, n)
        or n.start in reading.of_items
        or (
            _ITEM_UNITS.match(reading.text, n.end)
            and not _LENGTHS.match(reading.text, n.end)  # "4 pieces of 9 ft": of a measure
        )
    ]
    first = of_items[0] if of_items else candidates[0]
    if alone and (is_count_of_items(reading.text, first) or first.start in reading.of_items):
        return Qty(first.value, first.start, first.end, OF_THE_ITEMS)
    # "One of the bags … has 25 pieces of 1\" 45s in it": the one count of pieces, every
    # other number a count of what holds them
    if len({n.value for n in of_items}) == 1 and all(
        n in of_items or _PACKAGES_AFTER.match(reading.text, n.end) for n in candidates
    ):
        return Qty(first.value, first.start, first.end, OF_THE_ITEMS)
    return Qty(first.value, first.start, first.end, 0.7 if alone else AMONG_SEVERAL)


def _kept(reading: UnitReading, number: Number, reason: ReasonCode) -> bool:
    """A count of what is kept ("only needs three of the SKU") is not what goes back unneeded."""
    return reason == ReasonCode.NOT_NEEDED and is_kept_count(reading.text, number)


def _arrival_count(reading: UnitReading, number: Number, reason: ReasonCode) -> bool:
    """A count of what was ordered or arrived is not the claimed quantity of a shortage, nor
    of an overage when both are given ("got 30, ordered 24" claims the 6 worked out)."""
    if reason not in _COUNTS_ARRIVALS:
        return False
    if is_ordered_count(reading.text, number) or _a_side_of_the_sum(reading, number):
        return True
    if not is_received_count(reading.text, number):
        return False
    return (
        reason == ReasonCode.SHORT or computed_difference(reading.text, reading.numbers) is not None
    )


def _stated_difference(text: str, numbers: list[Number]) -> Number | None:
    """The last of three counts, where it is the difference of the two before it and
    smaller than both; none of them a pack's size ("case of 12")."""
    if len(numbers) != _THREE_COUNTS or any(_OF_BEFORE.search(text, 0, n.start) for n in numbers):
        return None
    first, second, said = numbers
    if 0 < said.value == abs(first.value - second.value) and said.value < min(
        first.value, second.value
    ):
        return said
    return None


def _computed(computed: Computed) -> Qty:
    return Qty(computed.value, computed.start, computed.end, WORKED_OUT)
