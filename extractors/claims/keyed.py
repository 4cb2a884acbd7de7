"""A typed form of "Label: value" lines, read as one record, as a clerk reads a customer's
own report ("Item: WH-EXP-2G …", "Qty received: 3", "Qty affected: 1", "Issue type:
DAMAGED"): the count of the field whose label names the claim ("affected", "to return",
"damaged") is the count of the form's item, however far from the words that say why, and
the reason its "Reason" or "Issue" field names is said as plainly as a sentence says it
(of a field of boxes, "Claim type   Damaged   X  Defective   Short", the one ticked), and
its item is named as plainly as its "Item" field writes it.

Its labels are read as a sheet's header is (sentences.header_roles): "Credit memo #" is
a reference, "Qty received" what came. Only a block of three such lines or more is a
form; it speaks only of the item its "Item" field names, and fills only what the
sentence-by-sentence reading found unsure.
"""

import re
from dataclasses import dataclass, replace

from extractors.claims.lexicon import ReasonHit, find_reasons
from extractors.claims.sentences import header_roles
from extractors.claims.skus import TRUSTED
from extractors.claims.ticks import unticked
from extractors.claims.tokens import (
    DESCRIBED_KINDS,
    SkuToken,
    find_numbers,
    find_skus,
    no_count_spans,
)
from extractors.claims.vocabulary import OrderVocabulary, item_key
from extractors.fields import ProposedLine
from extractors.text import RequestText, Segment, propose_at

FIELD = 0.9  # a count or reason in the form's field for it, of the form's one item
_MIN_FIELDS = 3
_FIELD_GAP = 2  # newlines between two fields of one form: one blank line at most
_ROLES = ("sku", "qty", "reason")  # of the header roles, those a form's record reads
_FIELD = re.compile(
    # "Qty: 1", "Qty ..... 1", and a two-column form's "Qty<tab>1" or "Qty      1"
    # (OCR may double the colon: "Cartons damaged: : 3 CTN")
    r"^[ \t]*(?P<label>[A-Za-z][A-Za-z0-9 #/'().&-]{0,30}?)"
    r"(?:(?:[ \t]*(?::|\.{2,}))+[ \t]*|\t+| {3,})"
    r"(?P<value>\S.*)$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class _Field:
    label: str
    value_start: int  # offsets into RequestText.text
    value_end: int


@dataclass(frozen=True)
class _Record:
    item: SkuToken  # its identifier in the "Item" field; offsets into RequestText.text
    count: tuple[int, int, int] | None  # (count, start, end) in RequestText.text
    reason: ReasonHit | None  # offsets into RequestText.text


def counted_in_forms(
    doc: RequestText,
    segments: list[Segment],
    lines: list[ProposedLine],
    vocabulary: OrderVocabulary | None,
) -> list[ProposedLine]:
    """The lines, each taking what it read unsure of its item from a form's fields."""
    records: dict[str, _Record] = {}  # item → what its form says
    for segment in segments:
        for form in _forms(doc.text, segment):
            found = _record(doc.text, form, vocabulary)
            if found is not None:
                records.setdefault(*found)
    if not records:
        return lines
    return [_filled(doc, line, records, vocabulary) for line in lines]


def _filled(
    doc: RequestText,
    line: ProposedLine,
    records: dict[str, _Record],
    vocabulary: OrderVocabulary | None,
) -> ProposedLine:
    sku, quantity, reason = line.sku, line.quantity, line.reason
    record = records.get(item_key(sku.value, vocabulary)) if sku is not None else None
    if record is None or sku is None:
        return line
    said, item = record.reason, record.item
    agreed = said is not None and said.reason == reason.value
    # the form names the item by its identifier and says why: the line's item as plainly
    if agreed and item.kind not in DESCRIBED_KINDS and sku.confidence < TRUSTED:
        line = replace(line, sku=propose_at(doc, sku.value, FIELD, item.start, item.end))
    if record.count is not None and (quantity is None or quantity.confidence < TRUSTED):
        count, start, end = record.count
        line = replace(line, quantity=propose_at(doc, count, FIELD, start, end))
    if agreed and said is not None and reason.confidence < TRUSTED:
        line = replace(line, reason=propose_at(doc, said.reason, FIELD, said.start, said.end))
    return line


def _forms(text: str, segment: Segment) -> list[list[_Field]]:
    """The blocks of consecutive "Label: value" lines of a segment; a scanned form's
    fields may stand a blank line apart."""
    forms: list[list[_Field]] = []
    block: list[_Field] = []
    last_end = -1
    for match in _FIELD.finditer(text, segment.start, segment.end):
        if block and text.count("\n", last_end, match.start()) > _FIELD_GAP:
            forms.append(block)
            block = []
        block.append(_Field(match.group("label").strip(), *match.span("value")))
        last_end = match.end()
    forms.append(block)
    return [form for form in forms if len(form) >= _MIN_FIELDS]


def _record(
    text: str, form: list[_Field], vocabulary: OrderVocabulary | None
) -> tuple[str, _Record] | None:
    """The item of a form's "Item" field, the count of its field for the claim and the
    reason its "Reason" field names: its labels read as a sheet's header is."""
    roles = header_roles([field.label for field in form]) or {}
    fields = {role: [form[i] for i, named in roles.items() if named == role] for role in _ROLES}
    if len(fields["sku"]) != 1:
        return None
    item = fields["sku"][0]
    value = text[item.value_start : item.value_end]
    skus = find_skus(value, no_count_spans(value), vocabulary)
    if not skus:
        return None
    counts, reasons = fields["qty"], fields["reason"]
    record = _Record(
        replace(
            skus[0], start=item.value_start + skus[0].start, end=item.value_start + skus[0].end
        ),
        _count(text, counts[0]) if len(counts) == 1 else None,
        _reason(text, reasons[0]) if len(reasons) == 1 else None,
    )
    if record.count is None and record.reason is None:
        return None
    return item_key(skus[0].value, vocabulary), record


def _count(text: str, field: _Field) -> tuple[int, int, int] | None:
    """The count a field's value starts with ("4 cases", "1"), not none."""
    said = text[field.value_start : field.value_end]
    numbers = find_numbers(said, no_count_spans(said))
    if not numbers or numbers[0].start > 0 or numbers[0].value == 0:
        return None
    start = field.value_start
    return numbers[0].value, start + numbers[0].start, start + numbers[0].end


def _reason(text: str, field: _Field) -> ReasonHit | None:
    """The one reason a field's value names outright ("DAMAGED", "no longer needed"), or
    the one its boxes tick."""
    left_out = [
        (start - field.value_start, end - field.value_start)
        for start, end in unticked(text)
        if field.value_start <= start < field.value_end
    ]
    hits = [
        hit
        for hit in find_reasons(text[field.value_start : field.value_end])
        if not any(start <= hit.start < end for start, end in left_out)
    ]
    if len({hit.reason for hit in hits}) != 1 or not hits[0].strong:
        return None
    return hits[0].shifted(field.value_start)
