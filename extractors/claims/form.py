"""A portal claim form or JSON upload: structured fields at confidence 1.0.

Keys: order_number, sku, quantity, reason, note, and lines (a list of {sku,
quantity, reason}); top-level sku/quantity/reason make one more line. A reason is
a reason code in any case ("damaged", "wrong item") or words read with the same
lexicon as email ("arrived crushed"). A line without a reason takes the form's
reason, else the one its note names; a line with none is left out with a note.
"""

import json
import re
from collections.abc import Mapping

from extractors.claims.lexicon import is_urgent, reason_from_words
from extractors.claims.refs import normalize_ref
from extractors.fields import Proposed, ProposedFields, ProposedLine
from rules.vocabulary import ReasonCode

EXTRACTOR = "form"
STRUCTURED = 1.0  # policy.md section 5: the portal's form fields carry confidence 1.0
_CODE_SEPARATORS = re.compile(r"[\s-]+")
_MAX_DIGITS = 18  # past MAX_CLAIM_QUANTITY anyway; the rules then say so


def parse_form_json(data: bytes) -> Mapping[str, object] | None:
    """The JSON object of a form upload, or None when the bytes are not one."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def read_form(data: Mapping[str, object]) -> ProposedFields:
    """Proposed fields of a claim form."""
    notes: list[str] = []
    note = _text(data.get("note")) or ""
    default_reason = parse_reason(data.get("reason")) or reason_from_words(note)
    raw_lines = [item for item in _items(data.get("lines")) if _has_content(item)]
    if _has_content(data):
        raw_lines.append(data)
    lines = [_line(item, index, default_reason, notes) for index, item in enumerate(raw_lines, 1)]
    order = _text(data.get("order_number"))
    refs = (Proposed(normalize_ref(order), STRUCTURED),) if order else ()
    kept = tuple(line for line in lines if line is not None)
    if not kept and not refs:
        return ProposedFields(
            extractor=EXTRACTOR, is_claim=False, not_claim_reason="empty_form", notes=tuple(notes)
        )
    return ProposedFields(
        extractor=EXTRACTOR,
        is_claim=True,
        order_refs=refs,
        lines=kept,
        urgent=is_urgent(note),
        notes=tuple(notes),
    )


def parse_reason(value: object) -> ReasonCode | None:
    """A reason code from a code in any case ("wrong item" too), else from words."""
    text = _text(value)
    if text is None:
        return None
    code = _CODE_SEPARATORS.sub("_", text.strip()).upper()
    if code in ReasonCode.__members__:
        return ReasonCode[code]
    return reason_from_words(text)


def _line(
    item: Mapping[str, object], index: int, default: ReasonCode | None, notes: list[str]
) -> ProposedLine | None:
    reason = parse_reason(item.get("reason")) or default
    if reason is None:
        notes.append(f"line {index}: no reason given")
        return None
    sku = _text(item.get("sku"))
    quantity = _quantity(item.get("quantity"))
    if item.get("quantity") not in (None, "") and quantity is None:
        notes.append(f"line {index}: quantity is not a whole number")
    return ProposedLine(
        sku=Proposed(sku, STRUCTURED) if sku else None,
        quantity=Proposed(quantity, STRUCTURED) if quantity is not None else None,
        reason=Proposed(reason, STRUCTURED),
    )


def _items(value: object) -> list[Mapping[str, object]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _has_content(item: Mapping[str, object]) -> bool:
    """Whether a line (or the form's top level) names a SKU or a quantity."""
    return _text(item.get("sku")) is not None or _quantity(item.get("quantity")) is not None


def _text(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    return None


def _quantity(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = value.strip() if isinstance(value, str) else ""
    # ASCII digits only ("²" is a digit int() refuses), and no more than any count has:
    # 5,000 digits would make int() raise. Unread, the line goes to a person.
    if text.isascii() and text.isdigit() and len(text) <= _MAX_DIGITS:
        return int(text)
    return None
