"""The X12 180 (Return Merchandise Authorization and Notification) as proposed claim fields.

The 180 as read here (version 004010; every other segment is ignored):

Heading, before the first BLI
- BGN     BGN01 purpose: 01 (cancellation) or 03 (delete) asks for nothing, so no claim;
          BGN02 the sender's reference; BGN03 the date, CCYYMMDD: the received date
          (policy.md 1). A 180 without a BGN or a BGN03 date is refused.
- RDR     the reason of every line that gives none of its own (as in the loop below)
- PRF     PRF01 a purchase order number
- REF/N9  REF01/N901 a reference qualifier (code list 128), REF02/N902 the number:
          VN (vendor order), CO (customer order), ON (dealer order): our order number;
          PO: the purchase order; IV (seller's invoice), IK (invoice), OI (original
          invoice): the invoice. RZ (returned goods authorization) becomes a note.
- NTE     NTE02 text: read for urgency only
Detail: one claim line per BLI loop, from a BLI to the next BLI or the SE
- BLI     product ID qualifier and ID pairs BLI01/02, 08/09, 10/11, 12/13; the first
          present of SK, VP, VN (our SKU), BP, IN, CB, PI (the customer's part number),
          UP, UA, EN, UK (UPC, EAN, GTIN), MG (manufacturer's part), else the first pair,
          as written (the app resolves aliases); BLI03 the quantity, BLI04 its unit
- QTY     QTY02 the quantity where BLI03 has none
- RDR     RDR02 a return request reason (code list 1293) mapped by policy.md 8;
          where it maps to nothing, RDR04 free text read with the email lexicon
          (shortage and overshipment have no code and come only as text)
- PRF, REF/N9 inside a loop: order references as in the heading

Orders are ranked ours first, then the PO, then the invoice (policy.md 3.2). A bare
number is written in the ERP's form of its kind ("104233" under VN is SO-104233).
Structured values have confidence 1.0; a reason read from text that of the lexicon.
Evidence offsets point into Edi180.text, the set written one segment per line.
"""

import datetime as dt
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from extractors.claims.lexicon import find_reasons, is_urgent
from extractors.claims.lines import reason_confidence
from extractors.claims.refs import normalize_ref
from extractors.edi.x12 import (
    WHITESPACE,
    Interchange,
    InterchangeHeader,
    Segment,
    Transaction,
    X12Error,
    read_interchange,
)
from extractors.fields import Evidence, Proposed, ProposedFields, ProposedLine
from rules.vocabulary import ReasonCode

EXTRACTOR = "edi"
STRUCTURED = 1.0  # policy.md 5: structured channels give their fields confidence 1.0
EVIDENCE_SEGMENT = "edi"
NOT_SUPPORTED = "1"  # AK5 code (element 718): transaction set not supported
SEGMENTS_IN_ERROR = "5"  # AK5 code: one or more segments in error
MAX_SETS = 1_000  # transaction sets of one interchange, each a request

RDR02_REASONS: dict[str, ReasonCode] = {
    "DT": ReasonCode.DAMAGED,  # damaged in transit
    "DA": ReasonCode.DAMAGED,  # damaged product
    "DP": ReasonCode.DAMAGED,  # defective packaging
    "DM": ReasonCode.DEFECTIVE,  # defective merchandise
    "DR": ReasonCode.DEFECTIVE,  # defective merchandise
    "PW": ReasonCode.DEFECTIVE,  # poor workmanship
    "WG": ReasonCode.WRONG_ITEM,  # wrong goods or not ordered
    "CO": ReasonCode.NOT_NEEDED,  # customer ordering error
    "EI": ReasonCode.NOT_NEEDED,  # excess inventory
    "SR": ReasonCode.NOT_NEEDED,  # stock reduction
    "PE": ReasonCode.PRICING,  # price error
}
# Reference qualifiers (code list 128) by rank: 0 our order, 1 PO, 2 invoice.
REFERENCE_KINDS: dict[str, int] = {
    "VN": 0,
    "CO": 0,
    "ON": 0,
    "PO": 1,
    "IV": 2,
    "IK": 2,
    "OI": 2,
}
_PREFIXES = ("SO-", "PO-", "INV-")
PRODUCT_QUALIFIERS = ("SK", "VP", "VN", "BP", "IN", "CB", "PI", "UP", "UA", "EN", "UK", "MG")
_PRODUCT_PAIRS = ((1, 2), (8, 9), (10, 11), (12, 13))
_PIECE_UNITS = frozenset({"", "EA", "PC", "UN"})
_CANCELLING = frozenset({"01", "03"})
_QUANTITY = re.compile(r"-?[0-9]{1,15}(?:\.(?P<fraction>[0-9]{0,6}))?")


@dataclass(frozen=True)
class Edi180:
    """One 180 transaction set read into claim fields."""

    control_number: str  # ST02
    received_date: dt.date  # BGN03
    fields: ProposedFields
    reference: str = ""  # BGN02
    text: str = ""  # the set, one segment per line: what evidence offsets point into


@dataclass(frozen=True)
class UnsupportedTransaction:
    """A transaction set that is not read, and why."""

    set_id: str
    control_number: str
    reason: str
    error_code: str = NOT_SUPPORTED  # its AK5 code in a 997


@dataclass(frozen=True)
class EdiReading:
    """An interchange read into one outcome per transaction set, or refused as a whole."""

    interchange: Interchange | None
    transactions: tuple[Edi180 | UnsupportedTransaction, ...] = ()
    rejection: str | None = None  # why the interchange could not be read


def read_edi(data: bytes, *, max_sets: int = MAX_SETS) -> EdiReading:
    """Every transaction set of an interchange: a 180 read, any other set not supported.

    Refused whole past x12.MAX_SEGMENTS segments or `max_sets` transaction sets: each set
    becomes a request, all taken in by one transaction (about 4 ms a set).
    """
    with gc_paused():
        try:
            interchange = read_interchange(data)
        except X12Error as error:
            return EdiReading(interchange=None, rejection=str(error))
        sets = sum(len(group.transactions) for group in interchange.groups)
        if sets > max_sets:
            return EdiReading(
                interchange=None,
                rejection=f"the interchange has {sets:,} transaction sets, more than the "
                f"limit of {max_sets:,}; not read (send them as smaller interchanges)",
            )
        outcomes = tuple(
            _outcome(transaction, interchange)
            for group in interchange.groups
            for transaction in group.transactions
        )
    return EdiReading(interchange=interchange, transactions=outcomes)


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while an interchange is read.

    Reading makes many small objects that live on and no cycles; each full collection
    walks all of them again, which made reading superlinear (100,000 lines: 10.6 s with
    the collector, 5.6 s without; bench/claim_lines.py). Reference counting still frees
    everything; the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _outcome(transaction: Transaction, interchange: Interchange) -> Edi180 | UnsupportedTransaction:
    if transaction.set_id != "180":
        reason = f"transaction set {transaction.set_id} is not supported; only 180 is read"
        return UnsupportedTransaction(transaction.set_id, transaction.control_number, reason)
    try:
        return read_180(transaction, interchange)
    except X12Error as error:
        return UnsupportedTransaction(
            transaction.set_id, transaction.control_number, str(error), SEGMENTS_IN_ERROR
        )


def read_180(transaction: Transaction, interchange: InterchangeHeader) -> Edi180:
    """The claim fields of a 180 (module docstring); X12Error without a BGN date."""
    name = f"transaction set {transaction.set_id} {transaction.control_number}"
    if transaction.set_id != "180":
        raise X12Error(f"{name} is not a 180")
    doc = _Doc(transaction, interchange.delimiters.element)
    bgn = next((index for index, seg in doc.items() if seg.tag == "BGN"), None)
    if bgn is None:
        raise X12Error(f"{name} has no BGN segment")
    received = _ccyymmdd(doc.segment(bgn).get(3))
    if received is None:
        raise X12Error(f"{name}: BGN03 {doc.segment(bgn).get(3)!r} is not a date (CCYYMMDD)")
    notes = _heading_notes(doc, bgn, interchange)
    heading, loops = _loops(doc)
    default = _reason(doc, heading, "the heading", notes)
    lines = [_line(doc, loop, number, default, notes) for number, loop in enumerate(loops, start=1)]
    kept = tuple(line for line in lines if line is not None)
    purpose = doc.segment(bgn).get(1)
    claim = bool(kept) and purpose not in _CANCELLING
    fields = ProposedFields(
        extractor=EXTRACTOR,
        is_claim=claim,
        not_claim_reason=None if claim else _not_claim(purpose),
        order_refs=_order_refs(doc),
        lines=kept if claim else (),
        urgent=any(is_urgent(text) for text in doc.texts()),
        notes=tuple(notes),
    )
    return Edi180(
        control_number=transaction.control_number,
        received_date=received,
        fields=fields,
        reference=doc.segment(bgn).get(2),
        text=doc.text,
    )


def render_transaction(transaction: Transaction, separator: str) -> str:
    """A transaction set as text, one segment per line (what Edi180.text holds)."""
    return _Doc(transaction, separator).text


class _Doc:
    """A transaction set with the text offset of every element."""

    def __init__(self, transaction: Transaction, separator: str) -> None:
        self.segments = transaction.segments
        self.starts: list[list[int]] = []
        lines: list[str] = []
        offset = 0
        for segment in self.segments:
            starts = []
            position = offset + len(segment.tag)
            for element in segment.elements:
                starts.append(position + len(separator))
                position += len(separator) + len(element)
            self.starts.append(starts)
            lines.append(separator.join((segment.tag, *segment.elements)))
            offset = position + 1
        self.text = "\n".join(lines)

    def items(self) -> Iterator[tuple[int, Segment]]:
        return iter(enumerate(self.segments))

    def segment(self, index: int) -> Segment:
        return self.segments[index]

    def evidence(
        self, index: int, position: int, start: int = 0, end: int | None = None
    ) -> Evidence:
        """The evidence of element XXnn of a segment, or of a stretch of its stripped value."""
        raw = self.segments[index].elements[position - 1]
        value = raw.strip(WHITESPACE)
        base = self.starts[index][position - 1] + len(raw) - len(raw.lstrip(WHITESPACE))
        end = len(value) if end is None else end
        return Evidence(EVIDENCE_SEGMENT, base + start, base + end, value[start:end])

    def proposed(self, index: int, position: int) -> Proposed[str]:
        segment = self.segments[index]
        return Proposed(segment.get(position), STRUCTURED, self.evidence(index, position))

    def texts(self) -> Iterator[str]:
        """The free texts of the set: RDR04 and NTE02."""
        for segment in self.segments:
            if segment.tag == "RDR":
                yield segment.get(4)
            elif segment.tag == "NTE":
                yield segment.get(2)


def _loops(doc: _Doc) -> tuple[list[int], list[list[int]]]:
    """The segment indexes of the heading and of each BLI loop (ST and SE left out)."""
    heading: list[int] = []
    loops: list[list[int]] = []
    for index, segment in doc.items():
        if segment.tag in ("ST", "SE"):
            continue
        if segment.tag == "BLI":
            loops.append([index])
        elif loops:
            loops[-1].append(index)
        else:
            heading.append(index)
    return heading, loops


def _line(
    doc: _Doc, loop: list[int], number: int, default: Proposed[ReasonCode] | None, notes: list[str]
) -> ProposedLine | None:
    bli = loop[0]
    where = f"line {number}"
    sku = _product(doc, bli)
    quantity = _quantity(doc, loop, where, notes)
    reason = _reason(doc, loop, where, notes) or default
    if reason is None:
        notes.append(f"{where}: no reason (RDR02 or RDR04); left out")
        return None
    if sku is None and quantity is None:
        notes.append(f"{where}: the BLI names no product and no quantity; left out")
        return None
    unit = doc.segment(bli).get(4)
    if unit not in _PIECE_UNITS:
        notes.append(f"{where}: the quantity is in {unit}")
    return ProposedLine(sku=sku, quantity=quantity, reason=reason)


def _product(doc: _Doc, bli: int) -> Proposed[str] | None:
    segment = doc.segment(bli)
    pairs = [(segment.get(q), v) for q, v in _PRODUCT_PAIRS if segment.get(v)]
    if not pairs:
        return None
    ranked = sorted(
        pairs,
        key=lambda pair: (
            PRODUCT_QUALIFIERS.index(pair[0])
            if pair[0] in PRODUCT_QUALIFIERS
            else len(PRODUCT_QUALIFIERS)
        ),
    )
    return doc.proposed(bli, ranked[0][1])


def _quantity(doc: _Doc, loop: list[int], where: str, notes: list[str]) -> Proposed[int] | None:
    candidates = [(loop[0], 3)] + [(i, 2) for i in loop[1:] if doc.segment(i).tag == "QTY"]
    for index, position in candidates:
        written = doc.segment(index).get(position)
        if not written:
            continue
        match = _QUANTITY.fullmatch(written)
        if match is None or (match.group("fraction") or "0").strip("0"):
            notes.append(f"{where}: quantity {written!r} is not a whole number")
            return None
        value = int(written.split(".")[0])
        return Proposed(value, STRUCTURED, doc.evidence(index, position))
    return None


def _reason(
    doc: _Doc, indexes: list[int], where: str, notes: list[str]
) -> Proposed[ReasonCode] | None:
    """The reason of the first RDR among the segments: RDR02 by the table, else RDR04 text."""
    rdr = next((index for index in indexes if doc.segment(index).tag == "RDR"), None)
    if rdr is None:
        return None
    segment = doc.segment(rdr)
    code = segment.get(2)
    if code in RDR02_REASONS:
        return Proposed(RDR02_REASONS[code], STRUCTURED, doc.evidence(rdr, 2))
    if code:
        notes.append(f"{where}: RDR02 {code!r} names no reason of policy.md 8")
    hits = find_reasons(segment.get(4))
    if not hits:
        return None
    hit = hits[0]
    return Proposed(hit.reason, reason_confidence(hit), doc.evidence(rdr, 4, hit.start, hit.end))


def _order_refs(doc: _Doc) -> tuple[Proposed[str], ...]:
    found: list[tuple[int, Proposed[str]]] = []
    for index, segment in doc.items():
        if segment.tag in ("REF", "N9") and segment.get(1) in REFERENCE_KINDS:
            found.append((REFERENCE_KINDS[segment.get(1)], _ref(doc, index, 2, segment.get(1))))
        elif segment.tag == "PRF" and segment.get(1):
            found.append((1, _ref(doc, index, 1, "PO")))
    seen: set[str] = set()
    refs: list[tuple[int, Proposed[str]]] = []
    for rank, ref in found:
        if ref.value and ref.value not in seen:
            seen.add(ref.value)
            refs.append((rank, ref))
    return tuple(ref for _, ref in sorted(refs, key=lambda pair: pair[0]))


def _ref(doc: _Doc, index: int, position: int, qualifier: str) -> Proposed[str]:
    written = doc.segment(index).get(position)
    value = normalize_ref(written)
    if value.isascii() and value.isdigit():
        value = _PREFIXES[REFERENCE_KINDS[qualifier]] + value
    return Proposed(value, STRUCTURED, doc.evidence(index, position))


def _heading_notes(doc: _Doc, bgn: int, interchange: InterchangeHeader) -> list[str]:
    notes: list[str] = []
    if interchange.test:
        notes.append("test interchange (ISA15 T)")
    purpose = doc.segment(bgn).get(1)
    if purpose not in ("00", ""):
        notes.append(f"BGN01 purpose code {purpose}")
    for _, segment in doc.items():
        if segment.tag in ("REF", "N9") and segment.get(1) == "RZ" and segment.get(2):
            notes.append(f"the customer's return authorization: {segment.get(2)}")
    return notes


def _not_claim(purpose: str) -> str:
    return "edi_cancellation" if purpose in _CANCELLING else "no_claim_lines"


def _ccyymmdd(value: str) -> dt.date | None:
    if len(value) != 8 or not (value.isascii() and value.isdigit()):
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None
