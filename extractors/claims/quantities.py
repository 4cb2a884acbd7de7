"""Which number of a sentence counts which SKU or which reason.

A number is attached to a SKU when nothing but a multiplier, a count unit or "of
(the)" stands between them ("18 x SKU", "18 units of SKU", "SKU qty 18", "SKU x18",
"SKU (18)", "2 of the six 300 ft coils (SKU)"); to a reason when only a verb, or a
noun and a verb, stands between ("6 were crushed", "ten elbows are missing",
"missing 6", "short by 6", "overshipped us by 6"). A number after "of"/"out of" is a
total, one after "ordered" or "the packing list says" counts what was ordered, and
one after "received" or "counted" counts what arrived: "only received 12 of 18"
claims 6, "we counted 140, the packing list says 150" claims 10. A number the
customer asks to return, credit or exchange ("send the 6 back", "return that 1
valve") is the claimed count, like one labelled "qty"; one after "needed", "needs" or
"used" ("only needed 14", "only needs three of the SKU") counts what was kept, never
what is returned as not needed, even where it is attached to the SKU; one counted as
more than was wanted ("one left over", "2 cases extra") is what an unneeded or
overshipped claim returns. "overcharged on all 8 units" counts the reason's 8.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from extractors.claims.lexicon import (
    ARRIVED,
    CAME_DENIED,
    CONTAINERS,
    COUNT_UNITS,
    PACKAGES,
    REQUEST_VERB,
    THERE_ARE,
    ReasonHit,
)
from extractors.claims.tokens import Number, SkuToken, window_after, window_before

_I = re.IGNORECASE
_STOP = r"(?:and|or|but|to|for|from|with|on|in|at|the|of|by|are|were|is|was)\b"
_HOLDERS = rf"(?:{CONTAINERS}|(?:order|line|load)s?\b)"  # what holds a count of items
# Between a number and the SKU after it; group "mark" set when the link is explicit.
# After "of (the)" the description may hold sizes too ("2 of the six 300 ft coils (SKU)").
_BEFORE_SKU = re.compile(
    rf"^\s*(?P<mark>[x×]\s*|{COUNT_UNITS}\.?\s*)?"
    # "one of the bags marked E90-100" counts a bag, not the items in it (a carton or a
    # case may be how the item is sold: "5 of the cartons labelled CLG-TILE-24-ACU")
    r"(?:(?P<of>of\s+(?:the\s+|our\s+|your\s+|those\s+|these\s+)?(?:\d+\s+)?)"
    rf"(?!{PACKAGES})"
    rf"(?:(?!{_STOP})[\w\"'½¼¾/-]+,?\s+){{0,4}}"
    rf"|(?:(?!{_STOP})[a-z-]+,?\s+){{0,2}})"
    r"(?:\(\s*)?(?:(?:upc|ean|sku|items?|parts?|part\s+numbers?|model)\s*[#:]?\s*)?$",
    _I,
)
# Between a SKU and the number after it.
_AFTER_SKU = re.compile(
    r"^\s*(?:[,:;|–-]\s*)*(?P<mark>(?:qty|quantity)\.?\s*[:=]?\s*(?:of\s+)?|[x×]\s*|\(\s*)?$"
    # its description, then how many: "KM-88502 3\" check valve x2"
    r"|^\s*(?:[\w\"'/.-]+\s+){1,6}?(?P<times>[x×]\s*)$",
    _I,
)
_BEFORE_REASON = re.compile(
    rf"^\s*(?:{COUNT_UNITS}\.?\s*)?(?:of\s+(?:them|those|these|it|the\s+\w+)\s+)?"
    # what they are, as in "ten elbows are missing"
    rf"(?:(?!{_STOP}|only\b|but\b)[a-z][a-z'-]*\s+){{0,2}}"
    r"(?:in\s+(?:it|them|there)\s+)?"  # "5 registers in it are bent"
    r"(?:(?:are|were|was|is|(?:arrived|came)(?:\s+with)?|showed\s+up|have\s+been|had\s+been|got"
    r"|been|appear(?:ed)?"
    r"|also|all|completely|badly|totally|were\s+found|found|units?|pieces?|pcs)\s+)*(?:\w+ly\s+)?$",
    _I,
)
# "3 of them have the front housing cracked": a count of the items themselves, whatever
# is said of them before the reason.
_OF_THEM_BEFORE_REASON = re.compile(
    r"^\s*of\s+(?:them|those|these)\b[^.;:!?\n\d]{0,40}$"
    # "2 of the 4 from po-24388 are no longer needed": a part of a whole said before why
    r"|^\s*(?:of|out\s+of)\s+(?:the\s+|our\s+|these\s+|those\s+)?\d+(?:\s+[^\s.;:!?]+){0,5}"
    r"\s+(?:are|were|is|was)\s+$",
    _I,
)
_AFTER_REASON = re.compile(
    r"^\s*(?:(?:us|me)\s+)?(?:by\s+)?(?:(?:on|for)\s+all\s+)?(?:[:(–-]\s*)?"
    r"(?:qty\.?\s*:?\s*)?$",
    _I,
)
# "of 18" is a whole the count is part of; "the whole lot of 36" is the count itself.
_TOTAL_BEFORE = re.compile(
    r"(?<!\bwhole\slot\s)(?<!\bentire\slot\s)\b(?:of|out\s+of|instead\s+of)\s+"
    r"(?:the\s+|these\s+|those\s+)?$",  # "one of these 8 pumps has failed"
    _I,
)
# the whole a count of what came is said against, denied: "held 18 bags, not the 20 we
# were billed for" (not a count corrected: "the shortage is 30, not 25")
_DENIED_AFTER = re.compile(rf"{CAME_DENIED}(?:the\s+)?$", _I)
# "a whole box of a dozen is missing", "a whole bag of 50 of them": all the pack held
_A_WHOLE_PACK_OF = re.compile(
    # "a whole box of 25", and what each of several packs holds: "must be 4 boxes of 25"
    rf"\b(?:(?:whole|full|entire)\s+{CONTAINERS}\s+of\s+(?:a\s+)?|\d+\s+{CONTAINERS}\s+of\s+)$",
    _I,
)
_ASKED_OF = re.compile(
    r"\b(?:return|credit|refund|pick-?up|pick\s+up|replacement|exchange|rma|ra)\s+(?:of|for)\s+"
    r"(?:the\s+)?$",
    _I,
)
_QTY_LABEL = r"(?:(?:a\s+)?(?:qty|quantity)\.?\s*(?:of\s+)?[:=]?\s*)?"  # "ordered qty 10"
_ORDERED_BEFORE = re.compile(
    # ("Short shipped  2", a debit memo's reason before its count, counts the shortage)
    r"\b(?:ordered|(?<!short\s)(?<!short-)(?<!short)shipped|invoiced|billed\s+for|expected"
    r"|(?:bills|invoices|charges|billed|invoiced|charged)\s+us\s+for"  # "bills us for 24 cases"
    r"|packing\s+(?:slip|list)\s+(?:says|shows)"
    r"|(?:we|i)\s+(?:order|buy|bought|purchased?)"  # "we order 12 of the unions" (past, typed)
    # what the paper says came: "the order and the packing slip say 10", "order was for 40"
    r"|(?:order|po|p\.o\.|slip|list|ticket|invoice|paper|paperwork|bol|sheet)\s+(?:both\s+)?"
    r"(?:[a-z]{1,4}-?\d[\w-]*\s+)?"  # "the packing slip SO-104233 says 150"
    r"(?:says?|said|shows?|showed|lists?|has|had)"  # "your slip has 250"
    r"|(?:order|po|p\.o\.)\s+(?:was|is)(?=\s+for)"
    # "the carton was supposed to hold 10", "we were supposed to get 12"
    r"|supposed\s+to\s+(?:hold|have|contain|be|get|receive)"
    r"|should\s+(?:be|have\s+been)(?:\s+a)?)"  # "should be 12 cases", "should be a dozen"
    rf"\s+(?:for\s+)?{_QTY_LABEL}$",
    _I,
)
# A count labelled with what it counts: "Quantity invoiced: 30", "Qty shipped: 12".
_ORDERED_LABEL = re.compile(
    r"\b(?:qty|quantity)\.?\s+(?:ordered|shipped|invoiced|billed)\s*[:=]\s*$", _I
)
_HAVE_BEFORE = re.compile(r"\b(?:we|i)\s+(?:only\s+)?(?:have|had)\s+$", _I)
_LEFT_AFTER = re.compile(r"\s+(?:[a-z\"-]+\s+)?(?:left|leftover|spare|remaining)\b", _I)
_RECEIVED_BEFORE = re.compile(
    rf"\b(?:received|got|delivered|counted|arrived\s+with|came\s+with"
    rf"|{THERE_ARE}"
    rf"|only\s+(?:have|had)"
    # "I count 11 on the pallet", as said on the dock
    r"|\b(?:i|we)\s+(?:only\s+)?count"
    # what held it says what came: "the crate had 36", "the carton contained 10"
    rf"|(?:\b{CONTAINERS}|it|they)\s+(?:only\s+)?(?:had|has|held|holds|contained|contains)"
    # or where they were found: "in the bag come 15", "inside the box were 12"
    rf"|\b(?:in|inside)\s+(?:the\s+|each\s+|that\s+)?{CONTAINERS}\s+"
    r"(?:came|come|(?:there\s+)?(?:were|was|is|are)))"
    rf"\s+(?:only\s+)?{_QTY_LABEL}$",
    _I,
)
# "only 7 in the box": the few that came, told by where they were found
_ONLY_BEFORE = re.compile(r"\bonly\s+$", _I)
_IN_IT_AFTER = re.compile(
    # "only 18 cases of the 16x25 filters on the truck", "only 11 prvs came"
    rf"^\s+(?:{COUNT_UNITS}\s+of\s+(?:the\s+)?)?(?:[\w\"/()-]+\s+){{0,4}}?"
    rf"(?:(?:were\s+|was\s+)?(?:in|on)\s+(?:the\s+|that\s+)?{CONTAINERS}|{ARRIVED}\b)",
    _I,
)
_HOLDERS_OF_AFTER = re.compile(rf"^\s+{CONTAINERS}\s+of\s+\d", _I)  # "12 bags of 25"
# "only 35 of the 40 arrived": the first number counts what came in.
# a tally's ordered count, the word after it: "20 ordered, 17 received" (not "4 ordered by
# mistake", a count of the claim)
_ORDERED_AFTER = re.compile(
    # "4 on the packing list", "2 on the order, but …"
    r"\s*(?:(?:pcs|pc|ea|cs|cases|bags|boxes|ctns?)\s+)?(?:ordered|invoiced|billed"
    r"|on\s+the\s+(?:packing\s+)?(?:list|slip|po|invoice|paperwork|bol|order))"
    r"\s*(?:[,;)/]|$|(?:and|but|vs)\b)",
    _I,
)
_RECEIVED_AFTER = re.compile(
    r"^\s*(?:of|out\s+of)\s+(?:the\s+)?\d+\s+(?:[\w\"'/-]+\s+){0,8}?"
    rf"{ARRIVED}\b"
    # "… and 48 showed up on Monday's truck": the count itself arrived, in no stated shape
    rf"|^\s*(?:{CONTAINERS}\s+)?"  # "only 8 bags came"
    r"(?:showed\s+up|turned\s+up|arrived|came(?:\s+in)?|were\s+(?:delivered|received))\b"
    r"(?!\s+(?:damaged|broken|crushed|cracked|dented|bent|wet|defective|bad|dead|with|in\s+bad))"
    # where they were counted: "4 on the packing list, 3 in the delivery", "(17 in the
    # boxes, 20 billed)", "9 cases here" (not "3 in the box are cracked")
    rf"|^\s*(?:{CONTAINERS}\s+)?(?:(?:in|on)\s+the\s+(?:delivery|shipment|truck|{CONTAINERS})"
    r"|here|on\s+hand)\s*(?:[,;.)]|$|(?:and|but)\b)",
    _I,
)
KEEP_VERB = r"\b(?:keep(?:ing)?|kept|holding\s+on\s+to)\b"  # what stays with the customer
_KEPT_BEFORE = re.compile(
    rf"(?:\b(?:needs?|needed|used|uses|installed|takes)|{KEEP_VERB})\s+(?:only\s+)?$", _I
)
# what an order should have held: "it should have been 1"
_SHOULD_BEFORE = re.compile(r"\bshould\s+(?:have\s+been|be)\s+(?:only\s+)?$", _I)
# "we got the 10 bags and only need 6": the whole that came, before what is kept of it
_CAME_BEFORE = re.compile(r"\b(?:got|received|have|bought)\s+(?:the\s+|all\s+)?$", _I)
# "we only used half of the 20 bags": the other half is what goes back
_HALF_KEPT_BEFORE = re.compile(
    r"\b(?:needs?|needed|used|uses|installed)\s+(?:only\s+)?half\s+of\s+(?:the\s+|our\s+)?$", _I
)
# "we keep the 2 electric heaters": what stays with the customer counts no claim of them
_KEEPING_BEFORE = re.compile(rf"{KEEP_VERB}\s+(?:the\s+|all\s+|our\s+|those\s+)?$", _I)
# A reason said after its count, whose next number counts something else: "we only need
# 8" (kept), "36 feet of the pipe left over (4 pieces of 9 ft)" (its pieces)
_COUNTED_BEFORE = re.compile(r"\b(?:only\s+(?:need|needed|used)|left\s*over|leftovers?)$", _I)
_REQUESTED_BEFORE = re.compile(
    rf"\b{REQUEST_VERB}(?:\s+for)?\s+"
    r"(?:(?:the|that|those|these|all|whole|other|missing|remaining|qty\.?|quantity)\s+){0,3}$"
    r"|\b(?:on|for|applies\s+to)\s+all\s+(?:the\s+)?$"  # "that's on all 8 pumps"
    r"|\bneed\s+(?:the\s+)?(?:other|missing|remaining)\s+$"  # "Need the other 4 or a credit"
    # "please send an RA for the 35", "a return label for the 2", "a return for the 32 pcs"
    r"|\b(?:ra|rma|return|return\s+authori[sz]ation|return\s+label|pick\s*up|replacement|refund)"
    r"\s+for\s+(?:(?:the|that|this|those|these|all)\s+){0,2}$",  # "a replacement for this 1"
    _I,
)
# "one left over", "2 cases extra", "3 spare": what is more than was wanted.
_SURPLUS_AFTER = re.compile(
    rf"^\s*(?:{COUNT_UNITS}\.?\s+|[a-z]+\s+)?(?:left\s*over|leftover|spare|extra|surplus|too\s+many)\b",
    _I,
)
_SURPLUS_BEFORE = re.compile(r"\b(?:the|those|these)\s+(?:extra|surplus|spare|leftover)\s+$", _I)
# "3 of them", "one of the 3/4 ball valves", "all 30 of the unions", "All 10 registers":
# a count of the items themselves, not of what holds them ("one of the boxes of 10")
_PARTITIVE_AFTER = re.compile(
    rf"^\s*(?:\(\d+\)\s*)?of\s+(?:them|those|these|the\s+(?!{_HOLDERS})(?!\d+\s*(?:$|[^\d\s\"'/x-])))",
    _I,
)  # a size may follow ("of the 1-1/2\" unions"), a whole may not ("3 of the 40")
_ALL_BEFORE = re.compile(r"\ball\s+$", _I)
_ALIKE = r"(?:are|were)\s+(?:like\s+(?:that|this)|the\s+same|that\s+way)\b"  # as the claim said
_ALIKE_AFTER = re.compile(rf"^\s+(?:of\s+them\s+)?{_ALIKE}", _I)
_PART_ALIKE_AFTER = re.compile(rf"^\s+of\s+(?:the\s+)?\d+\b[^.,;\d]{{0,30}}?\s{_ALIKE}", _I)
_A_WORD_AFTER = re.compile(rf"^\s+(?!{_HOLDERS}|of\b)[a-z]", _I)
_MULTIPLIER_BEFORE = re.compile(r"(?<![a-z])[x×]\s*$", _I)
_MULTIPLIER_AFTER = re.compile(r"^\s*[x×](?![a-z])", _I)
# "Qty: 6", and a form's "Qty claimed: 2" (not its "Qty received: 3")
_KEYWORD_BEFORE = re.compile(
    r"\b(?:qty|quantity)\.?(?:\s+(?:claimed|returned|to\s+return|affected|damaged|defective"
    r"|short|missing))?\s*[:=]?\s*(?:of\s+)?$"
    # a scanned form's label as OCR reads it: "aty: 1", "Qty = ; 1", "0ty: 2"
    r"|(?:^|\n)[ \t]*(?:[qoa0]ty|qt[vy]|q[il1]y)\.?[ \t]*[:=;][ \t:=;]*$",
    _I,
)

_LABEL_VALUE = re.compile(r"[ \t]*[:=][ \t]*(?=\d)")  # "FAILED: 3"
BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph's end
EXPLICIT = 2  # linked by a multiplier, unit, "of" or "qty"
MAX_GAP = 60  # a number further from a SKU or reason than this does not count it
ADJACENT = 1  # only spaces and punctuation between


@dataclass(frozen=True)
class Computed:
    """A quantity worked out from two numbers ("received 12 of 18" → 6)."""

    value: int
    start: int
    end: int
    surplus: bool = False  # more arrived than was ordered or shipped


def is_total(text: str, number: Number) -> bool:
    """A number that states a whole ("of 18", "out of 18"), never a claimed count; not
    the count a return is asked of ("arrange a return of the 40 PVC tees")."""
    before = window_before(text, number.start)
    return (
        _TOTAL_BEFORE.search(before) is not None
        and _ASKED_OF.search(before) is None
        and _A_WHOLE_PACK_OF.search(before) is None
    )


def is_ordered_count(text: str, number: Number) -> bool:
    """A number that counts what was ordered or shipped ("we ordered 24 pcs", "(20
    ordered, 17 received)")."""
    before = window_before(text, number.start)
    return (
        _ORDERED_BEFORE.search(before) is not None
        or _ORDERED_LABEL.search(before) is not None
        or _ORDERED_AFTER.match(text, number.end) is not None
    )


def is_received_count(text: str, number: Number) -> bool:
    """A number that counts what arrived ("only received 12", "35 of the 40 arrived"), not
    what holds it ("there are 12 bags of 25")."""
    after = window_after(text, number.end)
    if _HOLDERS_OF_AFTER.match(after):
        return False
    before = window_before(text, number.start)
    return (
        _RECEIVED_BEFORE.search(before) is not None
        or _RECEIVED_AFTER.match(after) is not None
        or (_ONLY_BEFORE.search(before) is not None and _IN_IT_AFTER.match(after) is not None)
    )


def is_keyword(text: str, number: Number) -> bool:
    """A number labelled as the quantity ("qty: 18", "quantity 18", "quantity billed: 18")."""
    before = window_before(text, number.start)
    return _KEYWORD_BEFORE.search(before) is not None or _ORDERED_LABEL.search(before) is not None


def is_kept_count(text: str, number: Number) -> bool:
    """A number that counts what was used or kept ("only needed 14"), not what goes back."""
    return _KEPT_BEFORE.search(window_before(text, number.start)) is not None


def is_surplus(text: str, number: Number) -> bool:
    """A number counted as more than was wanted ("one left over", "2 cases extra", "the
    extra 6")."""
    return (
        _SURPLUS_AFTER.match(window_after(text, number.end)) is not None
        or _SURPLUS_BEFORE.search(window_before(text, number.start)) is not None
    )


def is_count_of_items(text: str, number: Number) -> bool:
    """A number that counts the items themselves: "3 of them", "one of the ball valves",
    "all 30 of the unions", "All 10 registers" (not "one of the boxes of 10")."""
    after = window_after(text, number.end)
    if _PARTITIVE_AFTER.match(after) is not None:
        return True
    before = window_before(text, number.start)
    return _ALL_BEFORE.search(before) is not None and _A_WORD_AFTER.match(after) is not None


def is_all_of_them(text: str, number: Number) -> bool:
    """A number that counts all of the items: "all 20 are 1/2 inch", "all 10 of them"."""
    return is_said_all(text, number) and is_count_of_items(text, number)


def is_said_all(text: str, number: Number) -> bool:
    """A number after "all": "All ten cases", "all 20 are 1/2 inch"."""
    return _ALL_BEFORE.search(window_before(text, number.start)) is not None


def is_all_alike(text: str, number: Number) -> bool:
    """A number that says every item, or a part of them, is as the claim said: "All 12 are
    like that", "8 of the 10 in this box are like that" (the 8)."""
    before, after = window_before(text, number.start), window_after(text, number.end)
    every = _ALL_BEFORE.search(before) is not None and _ALIKE_AFTER.match(after) is not None
    return every or _PART_ALIKE_AFTER.match(after) is not None


def is_requested(text: str, number: Number) -> bool:
    """A number the customer asks to return, credit or exchange ("return that 1 valve")."""
    return _REQUESTED_BEFORE.search(window_before(text, number.start)) is not None


def attach_to_skus(text: str, skus: list[SkuToken], numbers: list[Number]) -> dict[int, Number]:
    """SKU index → its attached number; explicit links first, then the nearest."""
    starts = [number.start for number in numbers]
    counts = [
        index
        for index, number in enumerate(numbers)
        if not is_total(text, number)
        and not _KEEPING_BEFORE.search(window_before(text, number.start))
    ]
    pairs: list[tuple[int, int, int, int]] = []  # (-strength, distance, sku index, number index)
    for s_index, sku in enumerate(skus):
        first = bisect_left(starts, sku.start - MAX_GAP - 20)
        last = bisect_right(starts, sku.end + MAX_GAP)
        for n_index in (i for i in counts if first <= i < last):
            strength = _link(text, sku, numbers[n_index])
            if strength:
                number = numbers[n_index]
                distance = max(sku.start - number.end, number.start - sku.end)
                pairs.append((-strength, distance, s_index, n_index))
    attached: dict[int, Number] = {}
    used: set[int] = set()
    for _, _, s_index, n_index in sorted(pairs):
        if s_index not in attached and n_index not in used:
            attached[s_index] = numbers[n_index]
            used.add(n_index)
    return attached


def _link(text: str, sku: SkuToken, number: Number) -> int:
    """How strongly a number counts a SKU: 0 not at all, ADJACENT, EXPLICIT."""
    if max(sku.start - number.end, number.start - sku.end) > MAX_GAP:
        return 0
    if number.end <= sku.start:
        if _MULTIPLIER_BEFORE.search(window_before(text, number.start)):
            return 0  # "SKU-A x 6 SKU-B": the 6 counts SKU-A
        match = _BEFORE_SKU.match(text[number.end : sku.start])
    elif number.start >= sku.end:
        if _MULTIPLIER_AFTER.match(window_after(text, number.end)):
            return 0  # "SKU-A 6 x SKU-B": the 6 counts SKU-B
        match = _AFTER_SKU.match(text[sku.end : number.start])
    else:
        return 0
    if match is None:
        return 0
    marks = match.groupdict()
    explicit = marks.get("mark") or marks.get("times") or marks.get("of") or number.counted
    return EXPLICIT if explicit else ADJACENT


def attach_to_reason(text: str, hit: ReasonHit, numbers: list[Number]) -> Number | None:
    """The number that counts a reason phrase: "6 were crushed", "missing 6", "short by 6",
    "2 extra"; never a whole ("4 of the 10 bags are missing" counts 4)."""
    numbers = [n for n in numbers if not is_total(text, n)]
    leading = [n for n in numbers if n.start == hit.start]
    if leading:
        return leading[0]  # the phrase's own count: "2 cs extra"
    labelled = _LABEL_VALUE.match(text, hit.end)
    if labelled is not None:
        # the reason is a label and the number its value: "Used: 12 FAILED: 3" counts 3
        return next((n for n in numbers if n.start == labelled.end()), None)
    preceding = [n for n in numbers if hit.start - MAX_GAP <= n.end <= hit.start]
    if preceding:
        gap = text[preceding[-1].end : hit.start]
        # not across a blank line: another paragraph, or a form's next field ("Cartons
        # received: 40 CTN" / "Cartons damaged: 3 CTN")
        if not BLANK_LINE.search(gap) and (
            _BEFORE_REASON.match(gap) or _OF_THEM_BEFORE_REASON.match(gap)
        ):
            return preceding[-1]
    following = [n for n in numbers if hit.end <= n.start <= hit.end + MAX_GAP]
    if following and _COUNTED_BEFORE.search(text, hit.start, hit.end):
        return None
    if following and _AFTER_REASON.match(text[hit.end : following[0].start]):
        # not what describes the order: "never arrived (20 ordered, 17 received)"
        counted = following[0]
        if not (is_ordered_count(text, counted) or is_received_count(text, counted)):
            return counted
    return None


def computed_difference(text: str, numbers: list[Number]) -> Computed | None:
    """Ordered or shipped minus received ("received 12 of 18", "ordered 24, got 18")."""
    received = [n for n in numbers if is_received_count(text, n)] or _had_denied(text, numbers)
    totals = [n for n in numbers if is_total(text, n) or is_ordered_count(text, n)]
    totals = totals or [
        whole
        for came, whole in pairwise(numbers)
        if came in received and _DENIED_AFTER.match(text[came.end : whole.start])
    ]
    if not received or not totals:
        return None
    first, second = received[0], totals[0]
    difference = abs(second.value - first.value)
    if difference == 0:
        return None
    start, end = min(first.start, second.start), max(first.end, second.end)
    return Computed(difference, start, end, surplus=first.value > second.value)


def _had_denied(text: str, numbers: list[Number]) -> list[Number]:
    """What the writer has, denied by what was due: "So we have 75 elbows, not 100"."""
    return [
        had
        for had, whole in pairwise(numbers)
        if _HAVE_BEFORE.search(window_before(text, had.start))
        and not _LEFT_AFTER.match(text, had.end)  # "we have 2 left, not 3": a correction
        and _DENIED_AFTER.match(text[had.end : whole.start])
    ][:1]


def computed_rest(text: str, numbers: list[Number]) -> Computed | None:
    """What is left of a whole once what was used is taken out, as an unneeded claim sends
    back: "used 18 of the 30" → 12, "ordered 3 but only needed 2" → 1, "got the 10 bags and
    only need 6" → 4, "only used half of the 20 bags" → 10, "120 ft cut: the job only used
    80 ft" → 40 (one measure)."""
    for first, second in pairwise(numbers):
        if is_kept_count(text, first) and is_total(text, second) and second.value > first.value:
            return Computed(second.value - first.value, first.start, second.end)
        # the whole said first: "we ordered 3 of the tanks but the job only needed 2", "we
        # ordered the coils as 2 by mistake - it should have been 1"
        if first.value > second.value and (
            (
                (
                    is_ordered_count(text, first)
                    or _CAME_BEFORE.search(window_before(text, first.start))
                )
                and is_kept_count(text, second)
            )
            or _SHOULD_BEFORE.search(window_before(text, second.start)) is not None
            # a length cut, then what the job used of it: "120 ft cut: the job only used 80 ft"
            or (
                first.measure is not None
                and first.measure == second.measure
                and is_kept_count(text, second)
            )
        ):
            return Computed(first.value - second.value, first.start, second.end)
    for whole in numbers:
        if _HALF_KEPT_BEFORE.search(window_before(text, whole.start)) and whole.value % 2 == 0:
            return Computed(whole.value // 2, whole.start, whole.end)
    return None
