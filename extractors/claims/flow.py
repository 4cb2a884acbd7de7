"""Claim lines of a whole request: units read in order, reasons carried between them.

- A unit with SKUs and no reason, followed by a unit with a reason and no SKU
  ("… 6 of HTR-50-NG. They are missing."), makes lines of the SKUs with that reason;
  also when sentences with neither stand between them in the same paragraph, but
  then at 0.7 ("VLV-X turned out to be extra. It is still crated. Since it's no
  longer needed …"), since the sentences between may have turned to something else.
- A unit with a reason and no SKU that is not such a follow-up sets the context for
  the SKU-only units after it ("These arrived damaged:" then a list of SKUs); at
  0.9 (a lexicon hit) when it ends with ":" or the SKUs come as list items, else
  at 0.7, since a reason two sentences away may be about something else. Items named
  only by their description's words take such a context only under a heading or as
  list items: in prose they are as often the items that were fine.
- A unit with SKUs and no reason that names again an item the unit before claimed
  ("1 coil crushed. PIP-PEX-075-300 x1") completes that line: its count, and its
  identifier where the item was read by its description's words.
- A unit with SKUs and only a hint of a reason ("We would like to return six of SKU.")
  makes its lines at the hint's 0.6, but a next unit that says that reason outright
  ("Our buyer ordered them by mistake.") replaces them, as a reason-only follow-up.
- A forwarded message's header block ("From: …\nSubject: cracked tstats") sets no
  context: its subject is the thread's topic, as the email's own subject is.
- A unit with SKUs that says they are fine ("The floor registers were fine.") claims
  nothing for them and waits for no reason; a pending unit about other items still
  takes the reason said after it.
- A weak reason ("The 8 extra are set aside") is said outright when the pending unit's
  arithmetic gives the same count ("we ordered 40 and 48 showed up").
- Items named only by their description's words take the next sentence's reason at
  their own confidence only where it speaks of them (a pronoun or "the remaining 25"
  with no other item's words, or the item's own words: "So we are 2 bags short."); else
  at 0.75, as "3 elbows were crushed" may name another item.
- A reason that no SKU takes gives a line without SKU, so that its case opens and
  asks for the items; only for a reason code that has no line otherwise.
- A later unit without SKU that gives a count (claims.follow_up_quantity: "Send a
  replacement for the 1 defective valve.", "please exchange the whole qty 10")
  counts the only SKU line of the message: it fills a missing quantity, raises a
  less sure one of the same value to 0.9, and lowers one of another value to 0.5.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar

from extractors.claims.lexicon import (
    NUMBER_WORD,
    PACKAGES,
    ReasonHit,
    asks_back,
    find_reasons,
    gone_back_after,
    is_fine,
    is_left_out,
)
from extractors.claims.lines import (
    DESCRIBED_AMONG_OTHERS,
    WEAK_REASON,
    WORKED_OUT,
    Found,
    Qty,
    UnitReading,
    by_its_pack,
    clause_span,
    count_alone,
    first_per_code,
    follow_up_quantity,
    own_confidence,
    read_unit,
    reason_confidence,
    sku_confidence,
    sku_quantity,
    unit_lines,
    unit_quantity,
)
from extractors.claims.quantities import (
    BLANK_LINE,
    Computed,
    computed_difference,
    computed_rest,
    is_all_of_them,
    is_kept_count,
    is_ordered_count,
    is_requested,
    is_said_all,
)
from extractors.claims.restated import CONFLICT
from extractors.claims.sentences import Unit, is_bullet, split_units
from extractors.claims.skus import TRUSTED
from extractors.claims.tokens import (
    DESCRIBED_KINDS,
    Number,
    find_numbers,
    find_skus,
    no_count_spans,
)
from extractors.claims.vocabulary import DESCRIBED_CHECK, OrderVocabulary, item_key
from extractors.documents.quotes import forwarded_start
from extractors.fields import Proposed, ProposedLine
from extractors.text import RequestText, Segment, propose_at
from rules.vocabulary import ReasonCode

# "3 elbows", "one of the wifi thermostats": what a count counts
_COUNTED_NOUN = re.compile(
    rf"\b(?:\d+|{NUMBER_WORD})\s+(?:of\s+(?:the|those|these)\s+(?:[A-Za-z-]+\s+)?)?([A-Za-z]+s)\b",
    re.IGNORECASE,
)
# a form's labelled note on the item above it: "Details: Pilot will not stay lit"
_FIELD_NOTE = re.compile(r"\s*(?:details|notes?|remarks|comments?)\s*:", re.I)
# where a clause after a reason begins ("…, your driver can take them back when …")
_CLAUSE_AFTER = re.compile(r"[,;:]\s|\s(?:when|while|because|until|and|but)\s", re.I)
# "Different order while I have you: …": not about the items of the order before
_ANOTHER_ORDER = re.compile(r"\b(?:different|another|other|separate)\s+(?:order|po)\b", re.I)
_PACKAGE_NOUNS = frozenset(
    {"bags", "boxes", "cases", "cartons", "pcs", "pieces", "units", "ones", "rolls", "packs",
     "pallets", "skids", "lengths", "sticks", "coils", "bundles", "sets", "pairs"}
)  # fmt: skip
# "one of the ten has a cracked tank": a verb after the count, no plural counted
_AUXILIARIES = frozenset({"has", "was", "is", "does"})
_LOOSE_CONTEXT = 0.7
_ASIDE = re.compile(r"\([^()]{3,}\)")  # "(the two gas heaters we did last October)"
_PACKS_AFTER = re.compile(rf"\s+{PACKAGES}", re.I)  # "1 box", "2 pallets"
_PACK_NAMES = {"ctn": "carton", "ctns": "cartons", "cs": "case"}
_PACK_COUNTED = re.compile(
    r"\s*(ctns?|cartons?|cases?|cs|boxe?s?|bags?|bundles?|pallets?|skids?)\b", re.I
)
_SIZES = re.compile(r"\d[\d/.,\"'x-]*")
_MEASURE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:v|vac|vdc|volts?|w|watts?|a|amps?|hp|psi|btu)\b", re.I)
NAMED_COUNT = 0.8  # a count linked to a line by its item's words in another sentence
_OF_THE_ORDER = 0.9  # "all 12 of them", and the order holds 12 of the item
_CONFIRMED = 0.9  # a count worked out that the reason's sentence confirms
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")
# The items named before, said again: by a pronoun, or surely by a definite phrase that
# counts or qualifies them ("the remaining 25", "the 8 extra", "the missing ones").
_DEFINITE_BACK = re.compile(
    r"\bthe\s+(?:rest|remaining|others?|extras?|balance)\b"
    r"|\bthe\s+\d+\s+(?:extra|missing|remaining|other|damaged|broken|defective)\b"
    r"|\bthe\s+(?:missing|extra|remaining|damaged|broken|defective|bad|wrong)\s+ones\b"
    # what holds the item pointed at: "Count that roll as damaged" ("this case" is a claim's)
    r"|\b(?:that|this)\s+(?:one|roll|coil|box|carton|bag|pack|pallet|skid|length|stick|bundle)\b",
    re.I,
)
_BACK_REFERENCE = re.compile(
    rf"\b(?:they|them|those|these|it|ones|both|all\s+of)\b|{_DEFINITE_BACK.pattern}", re.I
)
_THE_WHOLE = re.compile(r"\b(?:both|all|each|they|them|those|these)\b", re.I)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|the\s+\w+)\b", re.I)
# a sentence that only points to the forwarded claim: "see Tom's note below about the pumps"
# (not "ignore Ana's note below", "the pump from the note below works fine now")
_POINTS_BELOW = re.compile(r"\b(?:see|per|read|find|check)\b[^.\n]{0,40}\bbelow\b", re.I)
_SETS_ASIDE = re.compile(
    r"\b(?:ignore|disregard|never\s*mind|no\s+need|not|don'?t|cancel\w*|fine|ok(?:ay)?"
    r"|works?|working|runs?|running|resolved|sorted|taken\s+care)\b",
    re.I,
)
# the newest author leaves a forwarded claim to someone else: "Luis is working the bent
# registers with you directly", "Tom is handling the pumps separately"
_HANDLED_ELSEWHERE = re.compile(
    r"\b(?:is|are|'s|will\s+be)\s+(?:working|handling|dealing\s+with|taking\s+care\s+of)\b"
    r"[^.\n]{0,60}\b(?:directly|separately|himself|herself|themselves|on\s+(?:his|her|their)\s+own)\b",
    re.I,
)
_FINE_STRETCH_END = re.compile(r"[);]|[.!?](?:\s|$)|\bbut\b", re.I)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)  # "the other 5 coils" are not claimed
# a row's note that says its item went in: "installed new", "in use", "put in"
_PUT_IN = re.compile(r"\b(?:installed|in\s+use|put\s+in|in\s+service)\b", re.I)
# a line of a form that counts its item and says it is fine: "HVC-FLT-1625-M11 filters 10cs 0 ok"
_COUNTED_FINE = re.compile(r"\b\d+\s+(?:ok(?:ay)?|good|fine|intact)\s*\.?\s*$", re.I)
# a line claimed before, called by its reason: "the extra line", "the short ones"
_CLAIMED_LINE = re.compile(
    r"\bthe\s+(extra|over|short|missing)\s+(?:line|lines|row|rows|ones?|items?)\b", re.I
)
_REFERRED_REASONS = {
    "extra": ReasonCode.OVERSHIPPED,
    "over": ReasonCode.OVERSHIPPED,
    "short": ReasonCode.SHORT,
    "missing": ReasonCode.SHORT,
}
# claims counted by what came or what was billed, not by all the items being alike
_COUNTED_OTHERWISE = frozenset({ReasonCode.SHORT, ReasonCode.OVERSHIPPED, ReasonCode.PRICING})
_FIELD_LABEL = re.compile(r"^[ \t]*[A-Za-z][\w #/.-]{0,24}:[ \t]+\S")  # "Qty:    1 coil"
_ASKS_FOR_THE_LIST = re.compile(
    r"\b(?:return|rma|credit|pick\s*-?up|send\s+back|ship\s+back)\b[^.!?:]*:\s*$", re.I
)
_HEADER_LINE = re.compile(r"^[ \t>]*(?:from|sent|date|to|cc|subject)[ \t]*:", re.I | re.M)
T = TypeVar("T")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# "the other tanks are fine", "the rest are fine": said of other items than the claim's
_OF_OTHERS = re.compile(r"\b(?:other|others|rest|remaining)\b", re.I)


@dataclass
class _Flow:
    doc: RequestText
    vocabulary: OrderVocabulary | None = None  # the found order's identifiers, if any
    lines: list[ProposedLine] = field(default_factory=list)
    orphans: list[tuple[UnitReading, ReasonHit]] = field(default_factory=list)
    pending: UnitReading | None = None
    context: UnitReading | None = None
    any_reason: bool = False
    gap: bool = False  # units without SKU or reason came after the pending one
    without_sku: list[UnitReading] = field(default_factory=list)
    read: list[UnitReading] = field(default_factory=list)  # every unit, in text order
    recent: list[int] = field(default_factory=list)  # lines the unit before made
    heading: bool = False  # a unit ending in ":" hinted at the context's reason
    reintroduced: bool = False  # a unit ending in ":" without reason came after the context
    hinted: list[int] = field(default_factory=list)  # lines the pending unit made by a hint
    made: int = 0  # how many lines there were before the unit being fed
    last: UnitReading | None = None  # the unit that made the recent lines
    # rows of a sheet's claim column before the pending one, waiting with it for the reason
    # said under the sheet: (the pending row, the rows before it)
    waiting: tuple[UnitReading, list[UnitReading]] | None = None
    # items a sentence of their own says are fine, naming them alone ("The heater itself is
    # fine.")
    fine: set[str] = field(default_factory=set)

    def segment(self, segment: Segment) -> None:
        self.pending = self.context = None
        self.heading = self.reintroduced = False
        for unit in split_units(self.doc.text, segment):
            self.feed(read_unit(self.doc.text, unit, self.vocabulary))

    def feed(self, reading: UnitReading) -> None:
        if not reading.reasons and is_fine(reading.text) and not _OF_OTHERS.search(reading.text):
            self.fine |= self._named_alone(reading)
        self.made = len(self.lines)
        self.read.append(reading)
        self._feed(reading)
        if len(self.lines) > self.made or (reading.skus and not self._sets_aside_others(reading)):
            # a unit with no item and no line ("not usable.") goes on about the last claim
            self.recent = list(range(self.made, len(self.lines)))
            self.last = reading

    def said_fine(self, line: ProposedLine) -> bool:
        """Whether a line's item, not counted, is one a sentence of its own says is fine
        ("We put the tank on the 40 gal heater. It's leaking … The heater itself is fine."):
        the reason was the other item's."""
        return (
            line.sku is not None and line.quantity is None and self.key(line.sku.value) in self.fine
        )

    def _named_alone(self, reading: UnitReading) -> set[str]:
        """The one item a unit names, by its identifier or by a kind no other item of the
        order has ("the heater"), if it names one."""
        if len(reading.skus) == 1:
            return {self.key(reading.skus[0].value)}
        mention = self.vocabulary.kind_mention(reading.text) if self.vocabulary else None
        return {self.key(mention.sku)} if mention is not None and not reading.skus else set()

    def _sets_aside_others(self, reading: UnitReading) -> bool:
        """Whether a unit only says other items than the last claim's are fine or kept ("The
        RPZ from that order is installed and staying."): the claim goes on past it."""
        if not (is_fine(reading.text) or is_left_out(reading.text)):
            return False
        skus = [self.lines[i].sku for i in self.recent]
        claimed = {self.key(sku.value) for sku in skus if sku is not None}
        return not claimed & {self.key(token.value) for token in reading.skus}

    def key(self, sku: str) -> str:
        """Which item a SKU token names, for telling two mentions of one item."""
        return item_key(sku, self.vocabulary)

    def _feed(self, reading: UnitReading) -> None:
        self.any_reason = self.any_reason or bool(reading.reasons)
        if self._is_header(reading):
            self.context = None  # "Please credit the difference:" ends at a message below
        if reading.skus and reading.reasons:
            reading = _without_asides(_without_fine_items(reading))
        reading = _confirmed_by_arithmetic(_without_gone_back(self.doc.text, reading))
        if not reading.skus and len(self.recent) == 1 and self._same_item(reading):
            self._counted_again(reading, self.recent[0])
        if reading.skus and not reading.reasons and self.recent:
            reading = self._restated(reading)
            if not reading.skus:
                self.pending, self.hinted = None, []
                return
        if not reading.skus and not reading.unit.quiet:
            self.without_sku.append(reading)
        if reading.skus and reading.reasons:
            base = reading.unit.start
            made = len(self.lines)
            for found in unit_lines(reading):
                found = replace(
                    found, quantity=_confirmed(reading, found.reason.reason, found.quantity)
                )
                loose = self._said_of_another(reading, found)
                if loose:
                    found = found.capped(_LOOSE_CONTEXT)
                self.lines.append(self._line(found, base, base, base, loose=loose))
            self.pending, self.hinted = None, []
            if not any(hit.strong for hit in reading.reasons):
                # "We would like to return six of SKU." may say why in the next sentence
                self.pending, self.gap = reading, False
                self.hinted = list(range(made, len(self.lines)))
        elif reading.skus:
            self.hinted = []
            if is_fine(reading.text) or is_left_out(reading.text) or reading.unit.quiet:
                # "the gate valves were fine": nothing claimed for them; a claim the unit
                # before began about other items may still get its reason after it
                if not self._about_other_items(reading):
                    self.pending = None
            elif self.context is not None and self._takes_context(reading, self.context):
                self._from_context(reading, self.context)
            else:
                self._wait_with(reading)
                self.pending, self.gap = reading, False
        elif reading.reasons:
            pending = self._pending_for(reading)
            if self._of_an_unknown_item(reading):
                # a row of its own item, one not on the order: another vendor's on the
                # customer's export ("THHN-12-BLK … PRICE HOLD"), an item of another order
                # ("16x25x1 MERV 11 (cs) … the 14 wet cs were WO-55817"); not the row above's
                self.pending, self.hinted = None, []
            elif self._is_header(reading):
                self.orphans.extend((reading, hit) for hit in reading.reasons)
            elif pending is not None and self.hinted and self._says_why(reading):
                self._said_why(pending, reading)
            elif pending is not None and not self.hinted:
                for row in self._waiting_for(pending):
                    # "Reason: project cancelled" under the sheet is every claimed row's,
                    # but further from the rows above, for a person to confirm
                    if not self._of_other_rows(reading, row):
                        self._from_pending(row, reading, loose=True)
                if not self._of_other_rows(reading, pending):
                    self._from_pending(pending, reading, loose=self.gap)
            elif self._hints_at_context(reading):
                self.heading = reading.unit.colon  # "We would like to send back:"
            elif self._goes_on_about_last_claim(reading):
                # "1 coil crushed. forklift tine thru the carton, tubing kinked."; a count
                # it works out is the claim's: "… KM-88340. Only 9 of the 12 arrived."
                self._worked_out_for_last(reading)
            else:
                self.context, self.heading, self.reintroduced = reading, False, False
                self.orphans.extend((reading, hit) for hit in reading.reasons)
            self.pending, self.hinted = None, []
        elif self.pending is not None and (
            self._same_paragraph(self.pending, reading) or reading.unit.row
        ):
            # a list item between ("* Keeping 8.") may be followed by one that refers
            # back to the items ("* The remaining 4 …"): _pending_for decides. A sentence
            # of prose that names no item but counts keeps telling the pending item's count
            # ("The 1\" 90s came in 7 boxes of 25. We ordered 150. So you sent 25 extra.")
            self.gap = self.gap or not self._counts_on(reading)
        else:
            self.pending, self.hinted = None, []
            # "… failed on one line. Recon below:" then a table: the list is the one the
            # last sentence introduces, which says no reason; the one before may be
            # about something else. Not where it asks for a return or credit of the list
            # ("… that we no longer need. Please set up a return for:"): that is the claim
            self.reintroduced = self.reintroduced or (
                reading.unit.colon and not _ASKS_FOR_THE_LIST.search(reading.text)
            )

    def _of_an_unknown_item(self, reading: UnitReading) -> bool:
        """Whether a table row names in its item cell an item that is none of the order's:
        an identifier no one here knows, or words that name no item of it."""
        vocabulary = self.vocabulary
        if vocabulary is None or reading.skus:
            return False
        cells = [self.doc.text[a:b].strip() for role, a, b in reading.unit.columns if role == "sku"]
        return any(
            vocabulary.is_stray(cell)
            or (
                any(char.isalnum() for char in cell)
                and not cell.endswith(":")  # a field's label under the column: "Reason:"
                and vocabulary.described(cell) is None
                and vocabulary.kind_mention(cell) is None
            )
            for cell in cells
        )

    def _counts_on(self, reading: UnitReading) -> bool:
        """Whether a unit of prose only gives a count, naming no item of the order by its
        words or kind: it goes on with the item before."""
        return (
            not reading.unit.row
            and bool(reading.numbers)
            and self.vocabulary is not None
            and not self.vocabulary.names_any(reading.text)
        )

    def _about_other_items(self, fine: UnitReading) -> bool:
        """Whether a unit that says its items are fine names none of the pending unit's
        ("… only 6 bags of the couplings. The PEX coils were all there. Credit the 4
        missing bags.")."""
        pending = self.pending
        if pending is None:
            return False
        named = {self.key(token.value) for token in pending.skus}
        return not named & {self.key(token.value) for token in fine.skus}

    def _goes_on_about_last_claim(self, reading: UnitReading) -> bool:
        """Whether a reason-only unit says more of the claim the unit before made, in its
        own reason and paragraph: it is no heading for the items after it."""
        if reading.unit.colon or not self.recent or self._lists_another_item(reading):
            return False
        last = [self.lines[index] for index in self.recent]
        claimed = {line.reason.value for line in last}
        # from the claim's own sentence: its reason may have come from a context above
        said = [f.evidence.end for f in (last[-1].reason, last[-1].sku) if f and f.evidence]
        between = self.doc.text[max(said, default=0) : reading.unit.start]
        return {hit.reason for hit in reading.reasons} <= claimed and not BLANK_LINE.search(between)

    def _lists_another_item(self, reading: UnitReading) -> bool:
        """Whether a reason-only unit is an item of a list of its own that names no item of
        the order and counts its claim ("2. Programmable Wi-Fi thermostats for the admin
        office: 2 won't power up", on an order of valves): a claim of an item the order
        does not hold, for a person, however like the claim above it."""
        return (
            reading.unit.row
            and self.vocabulary is not None
            and not self.vocabulary.names_any(reading.text)
            and self.vocabulary.names_another_kind(reading.text)
            and any(hit.strong and unit_quantity(reading, hit) for hit in reading.reasons)
        )

    def _read_within(self, reading: UnitReading) -> bool:
        """Whether a line already read takes its reason or its count from the unit."""
        start, end = reading.unit.start, reading.unit.end
        return any(
            field.evidence is not None and start <= field.evidence.start < end
            for line in self.lines
            for field in (line.reason, line.quantity)
            if field is not None
        )

    def _worked_out_for_last(self, reading: UnitReading) -> None:
        """A unit that says more of the shortage or overage the unit before claimed: the
        count it works out, at 0.8 as any worked-out count, where that unit gave none
        ("… KM-88340. Only 9 of the 12 arrived."); or the item named again with the reason
        said outright, where that unit worked the count out ("only 35 of the 40 arrived.
        Please credit the missing ones."): the count is then no guess."""
        if len(self.recent) != 1 or self.last is None:
            return
        index = self.recent[0]
        line = self.lines[index]
        reason = line.reason.value
        worked_out = computed_difference(self.last.text, self.last.numbers)
        said = follow_up_quantity(reading, reason)
        if said is not None and (line.quantity is None or line.quantity.confidence < TRUSTED):
            # "We only got ten sticks …, invoice says twelve. Two sticks missing.": the count
            # said outright stands over a guess; the unit before's arithmetic confirms it
            if not (
                _worked_out(worked_out, reason, said)
                or self._counted_since(reason, said)
                or _rest_said(reading, reason, said)
            ):
                said = replace(said, confidence=min(said.confidence, WORKED_OUT))
            counted = self._at(said.value, said.confidence, reading.unit.start, said)
            self.lines[index] = replace(line, quantity=counted)
        elif line.quantity is None:
            computed = computed_difference(reading.text, reading.numbers)
            if computed is None:
                return
            count = Qty(computed.value, computed.start, computed.end, WORKED_OUT)
            if _worked_out(computed, reason, count):
                counted = self._at(count.value, count.confidence, reading.unit.start, count)
                self.lines[index] = replace(line, quantity=counted)
        elif (
            line.sku is not None
            and any(hit.strong and hit.reason == reason for hit in reading.reasons)
            and self._names_again(reading, line.sku.value)
            and _worked_out(worked_out, reason, Qty(line.quantity.value, 0, 0, 0.0))
        ):
            sure = max(line.quantity.confidence, _CONFIRMED)
            self.lines[index] = replace(line, quantity=replace(line.quantity, confidence=sure))

    def _counted_since(self, reason: ReasonCode, said: Qty) -> bool:
        """Whether the sentences since the claim's own work out the count said after them
        from what was ordered and what came ("The PO is for 30. We got 3 boxes of 12, so 36.
        Please pick up the 6 extra")."""
        if reason not in (ReasonCode.OVERSHIPPED, ReasonCode.SHORT) or self.last is None:
            return False
        last = next(i for i, read in enumerate(self.read) if read is self.last)
        since = self.read[last + 1 : -1]
        ordered = {n.value for u in since for n in u.numbers if is_ordered_count(u.text, n)}
        came = {n.value for u in since for n in u.numbers if not is_ordered_count(u.text, n)}
        surplus = reason == ReasonCode.OVERSHIPPED
        return any(said.value == (c - o if surplus else o - c) for o in ordered for c in came)

    def _same_item(self, reading: UnitReading) -> bool:
        """Whether a unit goes on about the list item whose sentence made the last line
        ("* HVC-X pumps: billed at 64.90 ea. That's on all 8 pumps.")."""
        line = self.lines[self.recent[0]]
        evidence = line.sku.evidence if line.sku else None
        if not reading.unit.row or evidence is None:
            return False
        # only the item's own wrapped lines between: indented, no new item, no blank line
        wrapped = self.doc.text[evidence.end : reading.unit.start].split("\n")[1:]
        return all(row.strip() and row[:1].isspace() and not is_bullet(row) for row in wrapped)

    def _counted_again(self, reading: UnitReading, index: int) -> None:
        line = self.lines[index]
        qty = follow_up_quantity(reading, line.reason.value)
        if qty is not None:
            counted = self._at(qty.value, qty.confidence, reading.unit.start, qty)
            self.lines[index] = replace(line, quantity=_recount(line.quantity, counted))

    def _restated(self, reading: UnitReading) -> UnitReading:
        """The unit without the items that the unit before just claimed, which it names
        again ("1 coil crushed. PIP-PEX-075-300 x1", "… 3/4 ball valves, overstock.
        UPC 071812340075 qty 8"): a count it gives fills their line's, and an identifier
        replaces the description they were read by."""
        kept: list[int] = []
        for index, token in enumerate(reading.skus):
            same = [i for i in self.recent if self._names(self.lines[i], token.value)]
            for i in same:
                self.lines[i] = self._completed(self.lines[i], reading, index)
            if not same:
                kept.append(index)
        if len(kept) == len(reading.skus):
            return reading
        return _keeping(reading, kept)

    def _names(self, line: ProposedLine, token: str) -> bool:
        return line.sku is not None and self.key(line.sku.value) == self.key(token)

    def _completed(self, line: ProposedLine, reading: UnitReading, index: int) -> ProposedLine:
        base = reading.unit.start
        token = reading.skus[index]
        sku = line.sku
        described = (
            sku is not None
            and sku.evidence is not None
            and (DESCRIBED_CHECK in sku.evidence.checks)
        )
        if described and token.kind not in DESCRIBED_KINDS:
            sku = self._at(token.value, sku_confidence(reading, index), base, token)
        qty = _confirmed(
            reading, line.reason.value, sku_quantity(reading, index, line.reason.value)
        )
        counted = None if qty is None else self._at(qty.value, qty.confidence, base, qty)
        quantity = line.quantity
        if counted is not None:
            quantity = counted if quantity is None else _recount(quantity, counted)
        return replace(line, sku=sku, quantity=quantity)

    def _says_why(self, reasons: UnitReading) -> bool:
        """Whether a unit says outright the reason the pending unit's lines only hinted at."""
        hinted = {self.lines[index].reason.value for index in self.hinted}
        strong = {hit.reason for hit in reasons.reasons if hit.strong}
        return bool(strong) and strong <= hinted

    def _said_why(self, hinted: UnitReading, reasons: UnitReading) -> None:
        """A unit's items claimed with a hint ("would like to return") whose reason the next
        unit gives outright ("Our buyer ordered them by mistake"): the outright reason's
        lines replace the hinted ones. Another reason than the hinted one is no follow-up:
        the sentence may be about other items."""
        drop = set(self.hinted)
        self.lines = [line for index, line in enumerate(self.lines) if index not in drop]
        self.made -= len(drop)
        self.hinted = []
        self._from_pending(hinted, reasons, loose=self.gap)

    @staticmethod
    def _is_header(reading: UnitReading) -> bool:
        """A forwarded message's header block ("From: …", "Subject: cracked tstats"): its
        subject names the thread's topic, like the email's own, and is no sentence's context."""
        return len(_HEADER_LINE.findall(reading.text)) >= 2

    def _hints_at_context(self, reading: UnitReading) -> bool:
        """Whether a unit only hints at reasons the context already gives outright ("… that
        we no longer need. We would like to send back:"): the context stands."""
        context = self.context
        if context is None or any(hit.strong for hit in reading.reasons):
            return False
        given = {hit.reason for hit in context.reasons if hit.strong}
        return {hit.reason for hit in reading.reasons} <= given

    def _takes_context(self, skus: UnitReading, context: UnitReading) -> bool:
        """Items named by their words take a reason sentences away only under a heading
        ("These arrived damaged:") or as list items, never from loose prose, nor from the
        list item before (each bullet tells its own story). A row whose own note says it
        was put in or is fine ("WH-EXP-2G … 1 installed new" on a service ticket) takes no
        reason of the prose above its table."""
        note = next(
            (self.doc.text[s:e] for role, s, e in skus.unit.columns if role == "reason"), ""
        )
        if not skus.reasons and (
            _PUT_IN.search(note) or is_fine(note) or _COUNTED_FINE.search(skus.text)
        ):
            return False
        line = self.doc.text.rfind("\n", 0, context.unit.start) + 1
        if _FIELD_NOTE.match(self.doc.text, line):
            return False  # a form's "Details: …" tells of the item above it, not of the next
        if not all(token.kind in DESCRIBED_KINDS for token in skus.skus):
            return True
        sibling = context.unit.row and is_bullet(context.text.lstrip())
        return context.unit.colon or self.heading or (skus.unit.row and not sibling)

    def _pending_for(self, reasons: UnitReading) -> UnitReading | None:
        """The SKU unit a reason-only unit follows up, if any ("… HTR-50-NG. They are missing.")."""
        pending = self.pending
        if pending is None or reasons.unit.colon:
            return None
        if self.gap and not (
            self._same_paragraph(pending, reasons)
            or self._same_record(pending, reasons)
            or _DEFINITE_BACK.search(reasons.text)
        ):
            # the sentences between ended the paragraph about the SKUs, unless this one
            # refers back to them: "… 12 cases of SKU. * Keeping 8. * The remaining 4 …"
            return None
        return pending

    def _wait_with(self, row: UnitReading) -> None:
        """The rows above that a sheet's claim column counts ("Qty return 40") wait with the
        row after them, past rows that count nothing there."""
        before = self.pending
        if before is None or not (before.unit.row and row.unit.row):
            return
        rows = [*self._waiting_for(before), *([before] if _claim_row(before) else [])]
        if rows:
            self.waiting = (row, rows)

    def _waiting_for(self, pending: UnitReading) -> list[UnitReading]:
        waiting = self.waiting
        return waiting[1] if waiting is not None and waiting[0] is pending else []

    def _same_record(self, before: UnitReading, after: UnitReading) -> bool:
        """Whether two units are fields of one form ("Material: SKU", "Qty: 1",
        blank line, "Problem: …"): every line from one to the other is labelled."""
        rows = self.doc.text[before.unit.start : after.unit.end].split("\n")
        return all(_FIELD_LABEL.match(row) for row in rows if row.strip())

    def _same_paragraph(self, before: UnitReading, after: UnitReading) -> bool:
        """Whether no blank line stands between two units."""
        between = self.doc.text[before.unit.end : after.unit.start]
        return BLANK_LINE.search(between) is None

    def orphan_lines(self, claimed: set[ReasonCode]) -> list[ProposedLine]:
        """Lines without SKU for reasons that no SKU took."""
        lines: list[ProposedLine] = []
        hints_only = not self.lines and not any(hit.strong for _, hit in self.orphans)
        by_lines = set(claimed)
        for index, (reading, hit) in enumerate(self.orphans):
            if not hit.strong and not hints_only:
                continue  # a hint ("send these back") next to a real claim is not one more
            if self._packs_beside_items(reading, hit):
                continue  # "1 box crushed on the side, 8 tees cracked": the 8 tees are claimed
            if _of_a_claimed_line(reading.text, claimed):
                continue  # "The extra line we don't need": what to do with the overage
            if hit.reason not in claimed or (
                self._lists_another_item(reading) and not self._read_within(reading)
            ):
                claimed.add(hit.reason)
                base = reading.unit.start
                found = Found(None, 0.0, hit, unit_quantity(reading, hit))
                line = self._line(found, base, base, base)
                count = line.quantity or self._counted_later(index)
                line = replace(line, quantity=count)
                if any(other.reason in by_lines for other in reading.reasons):
                    # "2 tanks dented, one weeping at the fitting": said of the items a line
                    # claims already; whether of another is for a person
                    line = line.capped(_LOOSE_CONTEXT)
                lines.append(line)
        return lines

    def _packs_beside_items(self, reading: UnitReading, hit: ReasonHit) -> bool:
        """Whether a reason counts the packages the goods came in, where another phrase of
        the same reason in the unit counts goods ("1 box crushed on the side, 8 tees cracked
        at the hub"): the goods are what is claimed."""
        if not _of_packs(reading, hit):
            return False
        return any(
            other is not hit
            and other.reason == hit.reason
            and unit_quantity(reading, other) is not None
            and not _of_packs(reading, other)
            for other in reading.reasons
        )

    def _counted_later(self, first: int) -> Proposed[int] | None:
        """The count a later unit without SKU gives the same reason ("elbows crushed, need
        credit" … on the receipt: "30 elbows crushed"), if one does."""
        reason = self.orphans[first][1].reason
        for reading, hit in self.orphans[first + 1 :]:
            if hit.reason == reason:
                qty = unit_quantity(reading, hit)
                if qty is not None:
                    return self._at(qty.value, qty.confidence, reading.unit.start, qty)
        return None

    def follow_up(self, lines: list[ProposedLine]) -> list[ProposedLine]:
        """The only SKU line of the message, counted again by a later unit without SKU."""
        with_sku = [index for index, line in enumerate(lines) if line.sku is not None]
        if len(with_sku) != 1:
            return lines
        line = lines[with_sku[0]]
        after = line.reason.evidence.start if line.reason.evidence else 0
        turned = False  # a unit gave another reason: the units after it go on about that
        conflicted = False  # two counts were said of it: a later third that agrees settles none
        for reading in self.without_sku:
            if reading.unit.start <= after:
                continue
            if reading.reasons:
                turned = all(hit.reason != line.reason.value for hit in reading.reasons)
            if turned:
                continue  # "… 10 of the registers are not needed. Send a label for those 10."
            reason = line.reason.value
            qty = follow_up_quantity(reading, reason) or _worked_out_count(reading, reason)
            if qty is None:
                continue
            counted = self._at(qty.value, qty.confidence, reading.unit.start, qty)
            conflicted = conflicted or (
                line.quantity is not None and line.quantity.value != counted.value
            )
            line = replace(line, quantity=_recount(line.quantity, counted))
        if conflicted and line.quantity is not None:
            unsure = min(line.quantity.confidence, CONFLICT)
            line = replace(line, quantity=replace(line.quantity, confidence=unsure))
        return [line if index == with_sku[0] else other for index, other in enumerate(lines)]

    def counted_by_name(self, lines: list[ProposedLine]) -> list[ProposedLine]:
        """Lines counted by a later unit without SKU, at NAMED_COUNT: words are no
        identifier, so a person confirms the count. A guess gives way to the count asked
        for by the item's words; a line without a count takes the one a unit names its item
        by right after a number ("warranty for the heater (1) and the 2 tanks"), or the
        message's only line a count said alone ("Three." atop a reply)."""
        counted: list[ProposedLine] = []
        for line in lines:
            quantity = line.quantity
            if quantity is not None and quantity.confidence < TRUSTED:
                quantity = self._named(line, asked=True) or quantity
            if quantity is not None:
                quantity = self._asked_otherwise(line, quantity) or quantity
            if quantity is None:
                named, whole = self._named(line, asked=False), self._of_what_the_order_holds(line)
                # "All ten cases" where the order holds ten: the order vouches for the count
                agree = whole is not None and (named is None or named.value == whole.value)
                quantity = whole if agree else named
            if quantity is None and len(lines) == 1:
                quantity = self._answered()
            counted.append(replace(line, quantity=quantity))
        return counted

    def _named(self, line: ProposedLine, *, asked: bool) -> Proposed[int] | None:
        """The one count that units after the line's reason give its item by its words:
        asked for ("give credit for the 3 valves"), or any but "the other 5 coils"."""
        vocabulary = self.vocabulary
        if vocabulary is None or line.sku is None:
            return None
        sku = line.sku.value
        after = line.reason.evidence.end if line.reason.evidence else 0
        found = [
            (reading, number)
            for reading in self.without_sku
            if reading.unit.start >= after and not (asked and reading.reasons)
            for number in reading.numbers
            if vocabulary.speaks_of(_next_words(reading.text, number.end), sku)
            and (is_requested(reading.text, number) if asked else True)
            and not _OTHER_BEFORE.search(reading.text[: number.start])
        ]
        if len({number.value for _, number in found}) != 1:
            return None
        reading, number = found[0]
        return self._at(number.value, NAMED_COUNT, reading.unit.start, number)

    def _asked_otherwise(self, line: ProposedLine, quantity: Proposed[int]) -> Proposed[int] | None:
        """A smaller count of the line's item that a later unit naming it alone asks for, with
        no reason of its own ("Walt has 3 PEX coils left over. … we are keeping one …, so
        please set up a return for 2 coils of the 3/4\" PEX-A"): what is asked for is the
        claim, at NAMED_COUNT for a person to confirm."""
        if self.vocabulary is None or line.sku is None:
            return None
        sku, item = line.sku.value, self.key(line.sku.value)
        # what is asked after the count was said (not a forwarded note's count below the ask)
        said = [p.evidence.end for p in (line.reason, quantity) if p.evidence is not None]
        after = max(said, default=0)
        asked = [
            (reading, number)
            for reading in self.read
            if reading.unit.start >= after
            and not reading.reasons
            and reading.skus
            and all(self.key(token.value) == item for token in reading.skus)
            for number in reading.numbers
            if is_requested(reading.text, number)
            and self.vocabulary.speaks_of(_next_words(reading.text, number.end), sku)
        ]
        if len({number.value for _, number in asked}) != 1 or asked[0][1].value >= quantity.value:
            return None  # not fewer: "missing ONE bag … (10 pcs)", then "credit 10 x … tees"
        reading, number = asked[0]
        return self._at(number.value, NAMED_COUNT, reading.unit.start, number)

    def _of_what_the_order_holds(self, line: ProposedLine) -> Proposed[int] | None:
        """The one count of all the items that the line's paragraph says, in a unit naming
        no other item ("In the box all 20 are 1/2 inch. Wrong size"), of a claim that is
        not of what came or was billed, where it is all the order holds of the item: the
        order vouches for it."""
        evidence, sku = line.reason.evidence, line.sku
        if evidence is None or sku is None or line.reason.value in _COUNTED_OTHERWISE:
            return None
        held = self.vocabulary.held(sku.value) if self.vocabulary else None
        if held is None:
            return None
        text = self.doc.text
        start = max((m.end() for m in BLANK_LINE.finditer(text, 0, evidence.start)), default=0)
        found = BLANK_LINE.search(text, evidence.end)
        end = found.start() if found else len(text)
        if evidence.segment == "subject":
            start, end = 0, len(text)  # the subject says why; the message says the rest
        item = self.key(sku.value)
        said = [
            (reading, number)
            for reading in self.read
            if start <= reading.unit.start
            and reading.unit.end <= end
            and all(self.key(token.value) == item for token in reading.skus)
            for number in reading.numbers
            if number.value == held
            and self._all_of_them(reading.text, number, sku.value)
            and not is_kept_count(reading.text, number)
        ]
        if len({number.value for _, number in said}) != 1:
            return None
        reading, number = said[0]
        return self._at(number.value, _OF_THE_ORDER, reading.unit.start, number)

    def _all_of_them(self, text: str, number: Number, sku: str) -> bool:
        """Whether a number counts all of the items ("all 20 are 1/2 inch"), or all the
        packs of an item the order counts in them ("All ten cases" of filters by the case)."""
        if is_all_of_them(text, number):
            return True
        vocabulary = self.vocabulary
        named = text[number.end :].lstrip()
        return (
            vocabulary is not None
            and is_said_all(text, number)
            and by_its_pack(named, sku, vocabulary)
        )

    def _answered(self) -> Proposed[int] | None:
        """A count said alone in a unit of the message, if one count is."""
        alone = [(r, q) for r in self.without_sku if (q := count_alone(r)) is not None]
        if len({qty.value for _, qty in alone}) != 1:
            return None
        reading, qty = alone[0]
        return self._at(qty.value, NAMED_COUNT, reading.unit.start, qty)

    def _from_pending(self, skus: UnitReading, reasons: UnitReading, *, loose: bool) -> None:
        """SKUs of the unit before take the reasons of this one."""
        sku_base, reason_base = skus.unit.start, reasons.unit.start
        difference = computed_difference(skus.text, skus.numbers)
        tokens = list(enumerate(skus.skus))
        named = self._named_by_kind(skus, reasons)
        if named is not None:
            # "The 3 gas heaters and 3 expansion tanks came. One of the tanks is dented"
            tokens = [(named, skus.skus[named])]
        for hit in first_per_code(reasons.reasons):
            from_reason = None
            if len(tokens) == 1:
                from_reason = _confirmed(reasons, hit.reason, unit_quantity(reasons, hit))
            if not hit.strong and _worked_out(difference, hit.reason, from_reason):
                hit = replace(hit, strong=True)
            for index, token in tokens:
                own = sku_quantity(skus, index, hit.reason)
                qty = _agreed(from_reason, own)
                # the item the reason's sentence names by its kind, of the several before
                confidence = (
                    own_confidence(token) if named is not None else sku_confidence(skus, index)
                )
                said = _up_to_the_reason(reasons)
                refers = self._refers_to(reasons.text, said, token.value) or (
                    not loose and len(skus.skus) == 1 and self._names_no_item(said)
                )
                if token.kind in DESCRIBED_KINDS and not refers:
                    confidence = min(confidence, DESCRIBED_AMONG_OTHERS)
                # "four of them weep … They are faulty; we pulled all four": its count again
                again = self._names_again(reasons, token.value) or _counted_alike(from_reason, own)
                if (
                    qty is not None
                    and hit.strong
                    and again
                    and _worked_out(difference, hit.reason, qty)
                ):
                    # "only 35 of the 40 arrived. … credit the missing cartons": the count
                    # worked out is the shortage said outright
                    qty = replace(qty, confidence=max(qty.confidence, _CONFIRMED))
                found = Found(token, confidence, hit, qty)
                shared = self._also_about_a_claimed_item(reasons, token.value)
                if shared:
                    found = found.capped(_LOOSE_CONTEXT)
                qty_base = reason_base if from_reason else sku_base
                # sentences between may have turned to other items, unless this one names
                # the item again ("credit the missing cartons")
                self.lines.append(
                    self._line(
                        found,
                        sku_base,
                        reason_base,
                        qty_base,
                        loose=shared or (loose and not again),
                    )
                )

    def _named_by_kind(self, skus: UnitReading, reasons: UnitReading) -> int | None:
        """Which one of several items of the unit before a reason's unit names by its kind
        alone, if it names one."""
        mention = self.vocabulary.kind_mention(reasons.text) if self.vocabulary else None
        if mention is None or len(skus.skus) < 2:
            return None
        named = [i for i, t in enumerate(skus.skus) if self.key(t.value) == self.key(mention.sku)]
        return named[0] if len(named) == 1 else None

    def _of_other_rows(self, reasons: UnitReading, row: UnitReading) -> bool:
        """Whether a reason under a sheet speaks of one item by its kind, not the row's:
        "Defective thermostat bagged for return" under rows of filters and registers."""
        return row.unit.row and all(
            self._of_another_kind(reasons, token.value) for token in row.skus
        )

    def _of_another_kind(self, context: UnitReading, sku: str) -> bool:
        """Whether a reason sentence speaks of items of the order by their kind, of another
        kind than this one ("The 3 wrong thermostats …" of either thermostat on the order):
        it says why of those, not of whatever is listed beside it."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return False
        named = {self.key(other) for other in vocabulary.of_kinds_named(context.text)}
        return bool(named) and self.key(sku) not in named

    def _also_about_a_claimed_item(self, reasons: UnitReading, sku: str) -> bool:
        """Whether a follow-up sentence names the kind of another item already claimed:
        whose reason it says is then a guess ("The 2 cracked pumps are set aside with the
        extra thermostats" after the pumps' row and a row of thermostats)."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return False
        return any(
            line.sku is not None
            and self.key(line.sku.value) != self.key(sku)
            and vocabulary.names_kind(reasons.text, line.sku.value)
            for line in self.lines
        )

    def _names_again(self, reasons: UnitReading, sku: str) -> bool:
        """Whether a follow-up sentence names the item by its own words ("credit the missing
        cartons") or a definite phrase ("the missing ones"), which a pronoun ("since it's no
        longer needed") does less surely."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return False
        if _DEFINITE_BACK.search(reasons.text) and not vocabulary.names_another(reasons.text, sku):
            return True
        return vocabulary.speaks_of(reasons.text, sku)

    def _refers_to(self, text: str, said: str, sku: str) -> bool:
        """Whether a follow-up sentence speaks of the item its words named the sentence
        before: by a pronoun ("credit the missing ones", "2 cs extra, they are in the boiler
        room"), by the item's own words ("2 bags short") or by its kind, no other item's
        ("4 of the registers are bent"), and names no other item up to its reason's clause
        (`said`). Else it may be about an item named only there ("3 elbows were crushed")."""
        vocabulary = self.vocabulary
        if vocabulary is None:
            return _BACK_REFERENCE.search(text) is not None
        if vocabulary.speaks_of(said, sku):
            return True
        if vocabulary.only_of_kind(said) == sku and not vocabulary.names_another(said, sku):
            return True  # "4 of the registers are bent", after "… 10x6 floor registers"
        return _BACK_REFERENCE.search(text) is not None and not vocabulary.names_another(said, sku)

    def _names_no_item(self, said: str) -> bool:
        """Whether a sentence names no item of the order, by its words or its kind: then,
        said right after a sentence that names one item ("… the 3/4 ball valves, but the
        box had 14. So we got 2 extra."), it is about that item, as a clerk reads it."""
        vocabulary = self.vocabulary
        # a measure ("with 24V confirmed at the terminals") names no item here, though an
        # item's description may end in it ("digital thermostat, 24 V")
        if vocabulary is None or vocabulary.names_any(_MEASURE.sub(" ", said)):
            return False
        if _ANOTHER_ORDER.search(said):
            return False
        # "3 elbows were crushed": a count of some other thing, not of the order
        counted = (m.group(1).lower() for m in _COUNTED_NOUN.finditer(said))
        return all(noun in _PACKAGE_NOUNS or noun in _AUXILIARIES for noun in counted)

    def _from_context(self, skus: UnitReading, context: UnitReading) -> None:
        """SKU-only units under a reason-only unit ("These arrived damaged:"). Under a
        context that may be about something else, whether they are claimed at all is a
        guess: their items and counts too stay under _LOOSE_CONTEXT."""
        identifies = self._identifies(skus, context)
        loose = not identifies and (
            self.reintroduced
            or not (context.unit.colon or self.heading or skus.unit.row)
            or _in_an_earlier_item(self.doc.text, context.unit, skus.unit)
        )
        ceiling = _LOOSE_CONTEXT if loose else 1.0
        sku_base, reason_base = skus.unit.start, context.unit.start
        for hit in first_per_code(context.reasons):
            for index, token in enumerate(skus.skus):
                if self._of_another_kind(context, token.value):
                    continue  # "The damaged pump is tagged …" heads no row of thermostats
                qty, qty_base = sku_quantity(skus, index, hit.reason), sku_base
                if qty is None and len(skus.skus) == 1:
                    qty = unit_quantity(skus, hit)
                if qty is None and identifies:
                    qty, qty_base = unit_quantity(context, hit), reason_base
                found = Found(token, sku_confidence(skus, index), hit, qty).capped(ceiling)
                self.lines.append(self._line(found, sku_base, reason_base, qty_base, loose=loose))

    def _said_of_another(self, reading: UnitReading, found: Found) -> bool:
        """Whether the reason of an item named by its words stands in a clause before the
        item's, one that names another item of the order ("one circulator quit on start-up,
        and the two check valves are coming back"): whose reason it is, is for a person."""
        token, hit = found.sku, found.reason
        if token is None or token.kind not in DESCRIBED_KINDS or self.vocabulary is None:
            return False
        start, _ = clause_span(reading.text, token.start, token.end)
        if hit.end > start:
            return False  # said in the item's clause or after it ("A and B are cracked")
        first, last = clause_span(reading.text, hit.start, hit.end)
        words = _SIZES.sub(" ", reading.text[first:last])  # by its words, not a size it says
        return self.vocabulary.names_another(words, token.value)

    def _identifies(self, skus: UnitReading, context: UnitReading) -> bool:
        """Whether a unit of one identifier, right after a claim's sentence in its paragraph,
        says which item of the kind that sentence names it is ("… 2 pcs of the thermostats
        arrive with the screen broken. The label say UPC 084512021006.")."""
        [token, *more] = skus.skus
        return (
            not more
            and token.kind not in DESCRIBED_KINDS
            and self.vocabulary is not None
            and self.vocabulary.names_kind(context.text, token.value)
            and len(self.read) > 1
            and self.read[-2].unit == context.unit
            and not BLANK_LINE.search(self.doc.text, context.unit.end, skus.unit.start)
        )

    def _line(
        self, found: Found, sku_base: int, reason_base: int, qty_base: int, *, loose: bool = False
    ) -> ProposedLine:
        """A ProposedLine with evidence: each value's offsets shifted by its unit's start."""
        confidence = reason_confidence(found.reason)
        if loose:
            confidence = min(confidence, _LOOSE_CONTEXT)
        sku, qty, hit = found.sku, found.quantity, found.reason
        checks = (DESCRIBED_CHECK,) if sku is not None and sku.kind in DESCRIBED_KINDS else ()
        return ProposedLine(
            sku=None
            if sku is None
            else self._at(sku.value, found.sku_confidence, sku_base, sku, checks=checks),
            quantity=None if qty is None else self._at(qty.value, qty.confidence, qty_base, qty),
            reason=self._at(hit.reason, confidence, reason_base, hit),
        )

    def _at(
        self, value: T, confidence: float, base: int, span: _Span, checks: tuple[str, ...] = ()
    ) -> Proposed[T]:
        start, end = base + span.start, base + span.end
        return propose_at(self.doc, value, confidence, start, end, checks=checks)


def _of_packs(reading: UnitReading, hit: ReasonHit) -> bool:
    """Whether a reason's count counts packages ("1 box crushed")."""
    qty = unit_quantity(reading, hit)
    return qty is not None and _PACKS_AFTER.match(reading.text, qty.end) is not None


def _up_to_the_reason(reading: UnitReading) -> str:
    """A sentence up to the end of the clause of its last reason: what it goes on to say
    after ("… 4 extra here, your driver can take them back when he brings the valves")
    names the items of another errand, not the ones the reason is of."""
    last = max(hit.end for hit in reading.reasons)
    after = _CLAUSE_AFTER.search(reading.text, last)
    return reading.text[: after.start()] if after else reading.text


def _of_a_claimed_line(text: str, claimed: set[ReasonCode]) -> bool:
    """Whether a unit speaks of a line claimed for another reason by that reason ("the
    extra line", "the short ones"), as the writer says what to do with it."""
    return any(_REFERRED_REASONS[word.lower()] in claimed for word in _CLAIMED_LINE.findall(text))


def _claim_row(reading: UnitReading) -> bool:
    """Whether a unit is a row that counts its item in a sheet's claim column."""
    return (
        reading.unit.row
        and any(role == "qty" for role, _, _ in reading.unit.columns)
        and any(number.value > 0 for number in reading.attached.values())
    )


def claim_lines(
    doc: RequestText, segments: list[Segment], vocabulary: OrderVocabulary | None = None
) -> tuple[list[ProposedLine], bool]:
    """The claim lines of the segments and whether any claim language was found."""
    flow = _Flow(doc, vocabulary)
    for segment in segments:
        flow.segment(segment)
    forwards = _forward_boundaries(doc, flow.lines)
    newest = _newest_decides(doc, flow.lines, flow.key, forwards)
    spoken = _forwarder_speaks_otherwise(doc, newest, forwards, vocabulary)
    added = _rows_added(doc, _packs_counted_as_items(doc, spoken, flow.key, vocabulary), flow.key)
    merged = _merge(added, flow.key)
    # a reason an item took is no orphan, even where the item kept another reason
    claimed = {line.reason.value for line in merged}
    lines = [
        line for line in _one_reason_per_item(doc, merged, flow.key) if not flow.said_fine(line)
    ]
    lines = flow.counted_by_name(flow.follow_up(lines))
    lines.extend(flow.orphan_lines(claimed))
    return lines, flow.any_reason


def _newest_decides(
    doc: RequestText,
    lines: list[ProposedLine],
    item: Callable[[str], str],
    boundaries: dict[int, int],
) -> list[ProposedLine]:
    """In a forward, the count the forwarder gives an item ("Correction: it's 2 pumps, not
    3") stands over the count of the forwarded message below for the same claim: the
    newest author decides, as a clerk reads a chain (boundaries: _forward_boundaries)."""

    def newest(line: ProposedLine) -> bool | None:
        if line.quantity is None or line.quantity.evidence is None or line.sku is None:
            return None
        return _in_newest(doc, boundaries, line.quantity.evidence.start)

    sides = [newest(line) for line in lines]
    counted_newest = {
        (item(line.sku.value), line.reason.value)
        for line, side in zip(lines, sides, strict=True)
        if line.sku is not None and side is True
    }
    # the newest author claims the item for the reason too, and the count is the forwarded
    # message's though the author's own words hold numbers: it may be what the author
    # changed ("Bich lists 8 below but she is keeping 2, so 6 to return"), for a person.
    # Where the author gives no number ("Please credit the wet ceiling tile") it stands.
    claimed_newest = {
        (item(line.sku.value), line.reason.value)
        for line in lines
        if line.sku is not None
        and line.reason.evidence is not None
        and _in_newest(doc, boundaries, line.reason.evidence.start) is True
        and _newest_counts(doc, boundaries, line.reason.evidence.start)
    }

    def decided(line: ProposedLine, side: bool | None) -> ProposedLine:
        if line.sku is None or side is not False or line.quantity is None:
            return line
        claim = (item(line.sku.value), line.reason.value)
        if claim in counted_newest:
            return replace(line, quantity=None)
        if claim in claimed_newest:
            unsure = min(line.quantity.confidence, _LOOSE_CONTEXT)
            return replace(line, quantity=replace(line.quantity, confidence=unsure))
        return line

    return [decided(line, side) for line, side in zip(lines, sides, strict=True)]


def _forwarder_speaks_otherwise(
    doc: RequestText,
    lines: list[ProposedLine],
    boundaries: dict[int, int],
    vocabulary: OrderVocabulary | None,
) -> list[ProposedLine]:
    """In a forward whose newest author claims something, a claim of the forwarded message
    on an item the author speaks of without claiming it ("Tom already took the extra
    elbows back, so that part is done"), or claims for another reason (the foreman's "10
    extra unions" that the forwarder returns as over-ordered), is for a person: the newest
    author decides. Where the author asks for the same reason, naming no item ("The pump
    came off PO 60455. Please replace it under warranty."), the author claims it too; not
    where the author leaves it to another ("Luis is working the bent registers with you
    directly")."""
    if vocabulary is None:
        return lines
    sides = [
        _in_newest(doc, boundaries, line.reason.evidence.start) if line.reason.evidence else None
        for line in lines
    ]
    claimed: dict[str, set[ReasonCode]] = {}
    tokens: list[str] = []  # the newest author's claimed items, as written
    for line, side in zip(lines, sides, strict=True):
        if line.sku is not None and side is True:
            claimed.setdefault(vocabulary.item_of(line.sku.value), set()).add(line.reason.value)
            tokens.append(line.sku.value)
    if not claimed:
        return lines

    def speaks_of(sentence: str, sku: str) -> bool:
        """Whether a sentence of the newest author's names the item by its kind, not only
        as the kind of an item the author claims ("That is 8 pumps" after "the condensate
        pumps"), nor to point to the forwarded claim ("see Tom's note below about one of
        the circulators")."""
        if not vocabulary.names_kind(sentence, sku):
            return False
        if _POINTS_BELOW.search(sentence) and not _SETS_ASIDE.search(sentence):
            return False
        return all(
            not vocabulary.names_kind(sentence, token) or vocabulary.names_another(sentence, token)
            for token in tokens
        )

    def spoken_of_otherwise(line: ProposedLine) -> bool:
        segment = doc.segment_at(line.reason.evidence.start) if line.reason.evidence else None
        if line.sku is None or segment is None:
            return False
        item = vocabulary.item_of(line.sku.value)
        if item in claimed:
            return line.reason.value not in claimed[item]
        newest = doc.text[segment.start : boundaries[segment.start]]
        if any(
            _HANDLED_ELSEWHERE.search(sentence) and vocabulary.names_kind(sentence, line.sku.value)
            for sentence in _SENTENCE_END.split(newest)
        ):
            return True  # "Luis is working the bent registers with you directly"
        if line.reason.value in {hit.reason for hit in find_reasons(newest)}:
            return False  # "The pump came off PO 60455. Please replace it under warranty."
        return any(speaks_of(sentence, line.sku.value) for sentence in _SENTENCE_END.split(newest))

    return [
        line.capped(_LOOSE_CONTEXT) if side is False and spoken_of_otherwise(line) else line
        for line, side in zip(lines, sides, strict=True)
    ]


def _forward_boundaries(doc: RequestText, lines: list[ProposedLine]) -> dict[int, int]:
    """Where the forwarded message starts in each segment that holds a line's reason and a
    forward (segment start -> position in doc.text)."""
    segments = [
        doc.segment_at(line.reason.evidence.start) for line in lines if line.reason.evidence
    ]
    return {
        segment.start: segment.start + found
        for segment in segments
        if segment is not None
        and (found := forwarded_start(doc.text[segment.start : segment.end])) is not None
    }


def _newest_counts(doc: RequestText, boundaries: dict[int, int], at: int) -> bool:
    """Whether the newest author's words in the segment of a position hold a number that
    may count goods (dates, prices, phone numbers, order references aside)."""
    segment = doc.segment_at(at)
    if segment is None or segment.start not in boundaries:
        return False
    words = doc.text[segment.start : boundaries[segment.start]]
    masked = no_count_spans(words)
    masked += [(token.start, token.end) for token in find_skus(words, masked)]
    return bool(find_numbers(words, masked))


def _in_newest(doc: RequestText, boundaries: dict[int, int], at: int) -> bool | None:
    """Whether a position is in the newest author's words (before the forward), or None
    where its segment holds no forward."""
    segment = doc.segment_at(at)
    boundary = boundaries.get(segment.start) if segment is not None else None
    return None if boundary is None else at < boundary


def _in_an_earlier_item(text: str, context: Unit, skus: Unit) -> bool:
    """Whether the reason-only unit is a sentence of one list item and the SKUs stand in a
    later item ("- 4 valves cracked. Damaged.\n- The box of X-1 held something else"): an
    item's reason is its own, not a heading for the items after it."""
    paragraph = BLANK_LINE.split(text[: context.start])[-1]
    in_item = any(is_bullet(line) for line in paragraph.split("\n"))
    line_of_skus = text.rfind("\n", 0, skus.start) + 1
    later_items = text[context.end : max(line_of_skus, context.end)].split("\n")[1:]
    return in_item and any(
        is_bullet(line) for line in [*later_items, text[line_of_skus : skus.end]]
    )


def _without_fine_items(reading: UnitReading) -> UnitReading:
    """The unit without the items its words say are fine (or left out: "the ball valves
    already went back") before any reason is said of them ("(the ball valves and the two
    PEX coils were all there) but the couplings came up short"): they claim nothing, and
    do not make the claimed item one among several."""
    hits = sorted(hit.start for hit in reading.reasons)
    kept: list[int] = []
    for index, token in enumerate(reading.skus):
        after = reading.text[token.end :]
        stop = _FINE_STRETCH_END.search(after)
        later = [h for h in hits if h >= token.end] + [
            other.start for other in reading.skus if other.start >= token.end
        ]
        end = min([stop.start() if stop else len(after)] + [at - token.end for at in later])
        if not (is_fine(after[:end]) or is_left_out(after[:end])):
            kept.append(index)
    if not kept or len(kept) == len(reading.skus):
        return reading
    return _keeping(reading, kept)


def _without_gone_back(text: str, reading: UnitReading) -> UnitReading:
    """The unit without the reasons it tells of goods that went back already ("The 2 wrong
    valves went back with the same driver."): a claim done, as a thank-you tells it; not
    where its paragraph goes on to ask for their credit ("… Please credit them.")."""
    back = gone_back_after(reading.text)
    if back is None or any(hit.end > back for hit in reading.reasons):
        return reading
    after = BLANK_LINE.search(text, reading.unit.end)
    if asks_back(text[reading.unit.end : after.start() if after else len(text)]):
        return reading
    return replace(reading, reasons=[])


def _without_asides(reading: UnitReading) -> UnitReading:
    """The unit without the items an aside in parentheses names where it says no reason
    ("One of the 2 gal expansion tanks from PO 40611 (the two gas heaters we did last
    October) is waterlogged"): what the aside recalls is not what the sentence claims."""
    asides = [m.span() for m in _ASIDE.finditer(reading.text)]
    spoken = [
        (start, end)
        for start, end in asides
        if not any(start <= hit.start < end for hit in reading.reasons)
    ]
    kept = [
        index
        for index, token in enumerate(reading.skus)
        if not any(start <= token.start < end for start, end in spoken)
    ]
    if not kept or len(kept) == len(reading.skus):
        return reading
    # …and its counts count what it recalls ("(the ball valves and the two PEX coils were
    # all there)")
    numbers = [n for n in reading.numbers if not any(a <= n.start < b for a, b in spoken)]
    return replace(_keeping(reading, kept), numbers=numbers)


def _keeping(reading: UnitReading, kept: list[int]) -> UnitReading:
    """The unit with only the SKUs at the indices kept, each with its attached number."""
    attached = {
        new: reading.attached[old] for new, old in enumerate(kept) if old in reading.attached
    }
    return replace(reading, skus=[reading.skus[i] for i in kept], attached=attached)


def _confirmed_by_arithmetic(reading: UnitReading) -> UnitReading:
    """A weak reason whose count the unit's own arithmetic gives ("we ordered 250 and there
    were 260, so 10 extra") is said outright."""
    computed = computed_difference(reading.text, reading.numbers)
    if computed is None:
        return reading
    reasons = [
        replace(hit, strong=True)
        if not hit.strong and _worked_out(computed, hit.reason, unit_quantity(reading, hit))
        else hit
        for hit in reading.reasons
    ]
    return replace(reading, reasons=reasons)


def _agreed(from_reason: Qty | None, own: Qty | None) -> Qty | None:
    """The count a reason's unit gives an item named the unit before, as sure as the item's
    own count where the two agree ("3 of the ball valves are weeping … we need those 3
    replaced"); the item's own count where the reason's unit gives none."""
    if from_reason is None or own is None or own.value != from_reason.value:
        return from_reason or own
    return replace(from_reason, confidence=max(from_reason.confidence, own.confidence))


def _counted_alike(from_reason: Qty | None, own: Qty | None) -> bool:
    """Whether a reason's unit counts what the item's unit counted: it names it again."""
    return from_reason is not None and own is not None and own.value == from_reason.value


def _confirmed(reading: UnitReading, reason: ReasonCode, qty: Qty | None) -> Qty | None:
    """A count a unit both works out and states, with its reason said outright ("we
    ordered 250 and there were 260, so 10 extra"), is no guess."""
    computed = computed_difference(reading.text, reading.numbers)
    if qty is None or not _stated_and_said(reading, reason, qty, computed):
        return qty
    return replace(qty, confidence=max(qty.confidence, _CONFIRMED))


def _worked_out_count(reading: UnitReading, reason: ReasonCode) -> Qty | None:
    """The count a unit without SKU works out for a reason: sure where it also states the
    count and says the reason ("We ordered 30 and there were 34, so 4 extra."); where it
    says no reason at all, as any worked-out count, for a person to confirm ("… came up
    short on the filters. Packing slip shows 10 cases, we received 8.")."""
    computed = computed_difference(reading.text, reading.numbers)
    if computed is None:
        return None
    count = Qty(computed.value, computed.start, computed.end, _CONFIRMED)
    if _stated_and_said(reading, reason, count, computed):
        return count
    count = replace(count, confidence=WORKED_OUT)
    return count if not reading.reasons and _worked_out(computed, reason, count) else None


def _stated_and_said(
    reading: UnitReading, reason: ReasonCode, qty: Qty, computed: Computed | None
) -> bool:
    """Whether the unit's arithmetic gives the count, the unit states it apart from the
    numbers worked with, and says its reason outright."""
    if computed is None or not _worked_out(computed, reason, qty):
        return False
    stated = any(
        number.value == qty.value and not computed.start <= number.start < computed.end
        for number in reading.numbers
    )
    return stated and any(hit.reason == reason and hit.strong for hit in reading.reasons)


def _worked_out(computed: Computed | None, reason: ReasonCode, counted: Qty | None) -> bool:
    """Whether counting what arrived against what was ordered gives the count of a
    shortage or an overage ("we ordered 40 and 48 showed up. The 8 extra …"): the
    arithmetic says the reason outright."""
    if computed is None or counted is None:
        return False
    if reason not in (ReasonCode.OVERSHIPPED, ReasonCode.SHORT):
        return False
    return computed.value == counted.value and computed.surplus == (
        reason == ReasonCode.OVERSHIPPED
    )


def _rest_said(reading: UnitReading, reason: ReasonCode, said: Qty) -> bool:
    """Whether the unit that asks for an unneeded count works it out itself ("We got the
    10 bags and only need 6, so I'd like to send 4 bags back"): the count is then no guess."""
    if reason != ReasonCode.NOT_NEEDED:
        return False
    rest = computed_rest(reading.text, reading.numbers)
    return rest is not None and rest.value == said.value


_OF_THE = re.compile(r"^\s*of\s+(?:the|those|these|our|your)\s+", re.I)


def _next_words(text: str, end: int) -> str:
    """The two words after a number ("2 tanks.", "2 expansion tanks", "2 of the 3/4\" ball
    valves"), not past a clause."""
    clause = re.split(r"[,;:.!?()]|\band\b", text[end:], maxsplit=1)[0]
    return " ".join(_OF_THE.sub("", clause, count=1).split()[:2])


def _recount(known: Proposed[int] | None, counted: Proposed[int]) -> Proposed[int]:
    """A line's quantity once a later sentence counted it again."""
    if known is None or (known.value == counted.value and known.confidence < counted.confidence):
        return counted
    if known.value == counted.value:
        return known
    return Proposed(known.value, min(known.confidence, CONFLICT), known.evidence)


def _one_reason_per_item(
    doc: RequestText, lines: list[ProposedLine], item: Callable[[str], str]
) -> list[ProposedLine]:
    """One item read under two reasons with at most one count between them is one claim
    read twice ("the tanks are failed, the bladder is broken"; a table row under a
    sentence about something else): it keeps the strong reason said nearest its mention. When
    the other reason stands in the same sentence, which one the writer meant is a guess
    (WEAK_REASON). Items with a count of their own per reason ("2 cracked, 3 missing")
    stay apart, unless a smaller count follows in the same sentence as a part of the
    items counted ("2 came dented, both scraped and one of them is leaking")."""
    by_item: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.sku is not None:
            by_item.setdefault(item(line.sku.value), []).append(index)
    drop: set[int] = set()
    kept = list(lines)
    for indices in by_item.values():
        group = [lines[i] for i in indices]
        if (
            len({line.reason.value for line in group}) < 2
            or _counted_apart(doc, group)
            or _rows_of_their_own(doc, group)
            or _price_told_apart(doc, group, lines)
        ):
            continue
        # a weak reason ("I'll send them back") never outranks a strong one said of the
        # item ("2 are dead out of the box"), however near its mention
        ranked = sorted(
            indices,
            key=lambda i: (lines[i].reason.confidence <= WEAK_REASON, _reason_distance(lines[i])),
        )
        winner = lines[ranked[0]]
        for other in ranked[1:]:
            winner = _combine(winner, replace(lines[other], reason=winner.reason))
            if _same_sentence(doc, winner.sku, lines[other].reason):
                winner = replace(winner, reason=winner.reason.capped(WEAK_REASON))
        kept[indices[0]] = winner
        drop.update(indices[1:])
    return [line for index, line in enumerate(kept) if index not in drop]


def _price_told_apart(
    doc: RequestText, group: list[ProposedLine], lines: list[ProposedLine]
) -> bool:
    """Whether an item's price claim and its claim for another reason are told in
    paragraphs of their own ("… so one extra came on that truck." / "Also … the PRVs are
    billed at $92.80"): what was billed and what came are two claims. Not where another
    item is priced too ("credit the price difference on the 8 pumps, and send 10 black
    unions"): which items the price's words claim is a guess."""
    reasons = {line.reason.value for line in group}
    if ReasonCode.PRICING not in reasons or len(reasons) != 2:
        return False
    if any(line not in group and line.reason.value == ReasonCode.PRICING for line in lines):
        return False
    boundaries = _forward_boundaries(doc, group)
    if any(
        line.reason.evidence and _in_newest(doc, boundaries, line.reason.evidence.start) is False
        for line in group
    ):
        return False  # a forwarded message's claim: the newest author's words decide

    def paragraph(at: int) -> int:
        return len(BLANK_LINE.findall(doc.text, 0, at))

    paragraphs = set()
    for line in group:
        named, why = line.sku.evidence if line.sku else None, line.reason.evidence
        if named is None or why is None or paragraph(named.start) != paragraph(why.start):
            return False  # a heading's reason over another paragraph's item
        paragraphs.add(paragraph(why.start))
    return len(paragraphs) == len(group)


def _rows_of_their_own(doc: RequestText, group: list[ProposedLine]) -> bool:
    """Whether each line of one item is a row of its own that says its own reason (a debit
    memo's "Short shipped" row and its "Price: PO 71.80 / inv 76.40" row of one tube): two
    claims, as the sheet lists them."""
    rows: set[int] = set()
    for line in group:
        sku, reason = line.sku, line.reason.evidence
        if sku is None or sku.evidence is None or reason is None:
            return False
        start, end = _line_around(doc.text, sku.evidence.start, sku.evidence.end)
        if not start <= reason.start < end or start in rows:
            return False
        if _CELLS.search(doc.text, start, end) is None:
            return False
        rows.add(start)
    return True


_CELLS = re.compile(r"\t|\s\|\s|\S {3,}\S")  # a table row's cells: tabs, bars, a column's spaces


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the line (or lines) a span of the text stands on."""
    last = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if last < 0 else last


def _counted_apart(doc: RequestText, group: list[ProposedLine]) -> bool:
    """Whether each line of one item has its own count, none a part of one before it."""
    counts = sorted(
        (line.quantity for line in group if line.quantity is not None),
        key=lambda q: q.evidence.start if q.evidence else 0,
    )
    if len(counts) < len(group) or len({q.value for q in counts}) < len(counts):
        return False
    return not any(
        _part_of(doc, first, later)
        for index, first in enumerate(counts)
        for later in counts[index + 1 :]
    )


def _part_of(doc: RequestText, whole: Proposed[int], part: Proposed[int]) -> bool:
    """Whether a later, smaller count of the same sentence counts some of the items a count
    before it counted: the items are spoken of again between ("both", "all") or after it
    ("one of them")."""
    if whole.evidence is None or part.evidence is None or part.value >= whole.value:
        return False
    between = doc.text[whole.evidence.end : part.evidence.start]
    return _same_sentence(doc, whole, part) and (
        _THE_WHOLE.search(between) is not None
        or _OF_THEM.match(doc.text, part.evidence.end) is not None
    )


def _reason_distance(line: ProposedLine) -> int:
    """How far a line's reason was read from its item's mention (unknown: far)."""
    sku, reason = line.sku, line.reason
    if sku is None or sku.evidence is None or reason.evidence is None:
        return 1 << 30
    a, b = sku.evidence, reason.evidence
    return max(a.start - b.end, b.start - a.end, 0)


def _same_sentence(doc: RequestText, a: Proposed[Any] | None, b: Proposed[Any]) -> bool:
    """Whether no sentence end or blank line stands between two values' evidence."""
    if a is None or a.evidence is None or b.evidence is None:
        return False
    start = min(a.evidence.end, b.evidence.end)
    end = max(a.evidence.start, b.evidence.start)
    return _SENTENCE_END.search(doc.text, start, max(start, end)) is None


def _packs_counted_as_items(
    doc: RequestText,
    lines: list[ProposedLine],
    item: Callable[[str], str],
    vocabulary: OrderVocabulary | None,
) -> list[ProposedLine]:
    """A line that counts the packs its goods came in ("SHORT 1 CTN"), where one other line
    of the same item and reason counts the goods a whole number of times as many ("ship
    the 10 missing gate valves"), takes the goods' count: one claim said twice, not two
    counts. Not of an item sold by that pack ("2 cases" of filters sold by the case)."""

    def goods_count(line: ProposedLine) -> Proposed[int] | None:
        count, sku = line.quantity, line.sku
        if count is None or count.evidence is None or sku is None or count.value == 0:
            return None
        pack = _PACK_COUNTED.match(doc.text, count.evidence.end)
        named = _PACK_NAMES.get(pack.group(1).lower(), pack.group(1)) if pack else ""
        if pack is None or (vocabulary and by_its_pack(named, sku.value, vocabulary)):
            return None
        same = [
            other.quantity
            for other in lines
            if other.sku is not None
            and other.quantity is not None
            and other.quantity.evidence is not None
            and other.reason.value == line.reason.value
            and item(other.sku.value) == item(sku.value)
            and other.quantity.value > count.value
            and other.quantity.value % count.value == 0
            # the goods counted, not more packs ("40 ctn" shipped)
            and _PACK_COUNTED.match(doc.text, other.quantity.evidence.end) is None
        ]
        return same[0] if len(same) == 1 else None

    return [
        replace(line, quantity=counted) if (counted := goods_count(line)) else line
        for line in lines
    ]


def _rows_added(
    doc: RequestText, lines: list[ProposedLine], item: Callable[[str], str]
) -> list[ProposedLine]:
    """Rows of one sheet that claim one item for one reason, each on a row of its own (an
    exception export's "HVC-CND-PUMP … DOA,1,M. Webb" and "HVC-CND-PUMP … DOA,1,J. Tran"),
    claim their counts added up: one line of their sum, as sure as the least sure."""
    rows: dict[
        tuple[str, ReasonCode, str, tuple[int, int, int]], list[tuple[int, str, Proposed[int]]]
    ] = {}
    for index, line in enumerate(lines):
        row = _own_row(doc, line)
        if row is not None and line.sku is not None and line.quantity is not None:
            # rows of one sheet: the same cells, the item written the same way
            written = line.sku.evidence.quote.upper() if line.sku.evidence else ""
            key = (item(line.sku.value), line.reason.value, written, _cells_of(row))
            rows.setdefault(key, []).append((index, row, line.quantity))
    drop: set[int] = set()
    out = list(lines)
    for group in rows.values():
        texts = [row for _, row, _ in group]
        counts = [count for _, _, count in group]
        segments = {doc.segment_at(c.evidence.start) for c in counts if c.evidence is not None}
        if len(group) < 2 or len(set(texts)) < len(texts) or len(segments) > 1:
            continue
        first, last = counts[0].evidence, counts[-1].evidence
        if first is None or last is None:
            continue
        evidence = replace(first, end=last.end, quote=doc.text[first.start : last.end])
        total = Proposed(
            sum(count.value for count in counts),
            min(count.confidence for count in counts),
            evidence,
        )
        out[group[0][0]] = replace(lines[group[0][0]], quantity=total)
        drop.update(index for index, _, _ in group[1:])
    return [line for index, line in enumerate(out) if index not in drop]


def _cells_of(row: str) -> tuple[int, int, int]:
    """How a row is cut into cells: its commas, tabs and bars."""
    return row.count(","), row.count("\t"), row.count("|")


def _own_row(doc: RequestText, line: ProposedLine) -> str | None:
    """The text of the table row a line's item and count are read on, if they are."""
    sku, count = line.sku, line.quantity
    if sku is None or count is None or sku.evidence is None or count.evidence is None:
        return None
    start, end = _line_around(doc.text, sku.evidence.start, sku.evidence.end)
    row = doc.text[start:end]
    if not start <= count.evidence.start < end or _cells_of(row) == (0, 0, 0):
        return None
    return row


def _merge(lines: list[ProposedLine], item: Callable[[str], str]) -> list[ProposedLine]:
    """One line per (item, reason): the first, completed by later ones."""
    merged: dict[tuple[str | None, ReasonCode], ProposedLine] = {}
    for line in lines:
        key = (item(line.sku.value) if line.sku else None, line.reason.value)
        if key not in merged:
            merged[key] = line
            continue
        merged[key] = _combine(merged[key], line, surer_count=True)
    return list(merged.values())


def _count_rank(line: ProposedLine) -> tuple[bool, float]:
    return _said_with(line), line.quantity.confidence if line.quantity else 0.0


def _said_with(line: ProposedLine) -> bool:
    """Whether a line's count is said where its reason is (the mail's words, or a receipt's
    exceptions), not taken from another part's list of what came."""
    count, reason = line.quantity.evidence if line.quantity else None, line.reason.evidence
    return count is not None and reason is not None and count.segment == reason.segment


def _combine(
    first: ProposedLine, later: ProposedLine, *, surer_count: bool = False
) -> ProposedLine:
    quantity = first.quantity or later.quantity
    if first.quantity and later.quantity and first.quantity.value != later.quantity.value:
        # two counts of one line, for a person to confirm: of one reason read twice, the one
        # said where its reason is ("5 REGISTERS BENT", not the mail's "bent" counted by the
        # "60" the receipt lists), then the surer; else the first
        kept = first.quantity
        if surer_count and _count_rank(later) > _count_rank(first):
            kept = later.quantity
        quantity = Proposed(kept.value, min(kept.confidence, CONFLICT), kept.evidence)
    elif (
        first.quantity and later.quantity and later.quantity.confidence > first.quantity.confidence
    ):
        quantity = later.quantity
    reason = max(first.reason, later.reason, key=lambda p: p.confidence)
    sku = max(first.sku, later.sku, key=lambda p: p.confidence if p else 0.0)
    return ProposedLine(sku=sku, quantity=quantity, reason=reason)
