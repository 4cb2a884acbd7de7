"""The ERP exchange format (spec/erp-data.md) as pydantic models, and its validation.

A document that breaks the format is refused whole: `ErpFormatError` lists every bad
element with its path, e.g. ``orders[3].lines[0].sku: unknown item``. Fields are
checked first; cross-references and duplicate keys are checked on the raw data, so
one run reports everything, however many elements are wrong.
"""

import json
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, model_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from app.errors import IntakeError


class ErpFormatError(IntakeError):
    """An exchange document that breaks the format; `problems` names each bad element."""

    status_code = 422
    code = "erp_format"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# Field types: each checks its value and says what is wrong in a few words.


def _fail(message: str) -> PydanticCustomError:
    return PydanticCustomError("erp_format", message)


def _text(value: object) -> str:
    """A non-empty string, surrounding blanks removed."""
    if not isinstance(value, str):
        raise _fail("not a string")
    if not value.strip():
        raise _fail("must not be empty")
    return value.strip()


def _email(value: object) -> str:
    text = _text(value)
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain or any(c.isspace() for c in text):
        raise _fail("not an email address")
    return text


def _domain(value: object) -> str:
    text = _text(value)
    if "@" in text or any(c.isspace() for c in text):
        raise _fail("not an email domain")
    return text


def _currency(value: object) -> str:
    text = _text(value)
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise _fail("not a currency code")
    return text


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail("not true or false")
    return value


def _positive_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _fail("not a positive integer")
    return value


def _days(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail("not a whole number of days")
    return value


def _iso_date(value: object) -> date:
    if type(value) is date:  # not a datetime
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail("not a date")


_DECIMAL_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def _decimal(value: object) -> Decimal | None:
    """The exact decimal a JSON number or a decimal string stands for, None if none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int | float):  # str() gives the shortest form: 58.9 -> "58.9"
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return None
    elif isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value.strip()):
        amount = Decimal(value.strip())
    else:
        return None
    return amount if amount.is_finite() else None


def _money(value: object) -> Decimal:
    amount = _decimal(value)
    if amount is None:
        raise _fail("not a decimal amount")
    if amount < 0:
        raise _fail("must not be negative")
    return amount


def _percent(value: object) -> Decimal:
    amount = _decimal(value)
    if amount is None or not 0 <= amount <= 100:
        raise _fail("not a percentage from 0 to 100")
    return amount


Text = Annotated[str, BeforeValidator(_text)]
Email = Annotated[str, BeforeValidator(_email)]
Domain = Annotated[str, BeforeValidator(_domain)]
Currency = Annotated[str, BeforeValidator(_currency)]
Flag = Annotated[bool, BeforeValidator(_flag)]
PositiveInt = Annotated[int, BeforeValidator(_positive_int)]
Days = Annotated[int, BeforeValidator(_days)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Money = Annotated[Decimal, BeforeValidator(_money)]
Percent = Annotated[Decimal, BeforeValidator(_percent)]


class _Record(BaseModel):
    """Unknown keys are ignored; null counts as missing where a key may be missing."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _null_means_missing(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        fields = cls.model_fields
        return {
            key: value
            for key, value in data.items()
            if value is not None or (key in fields and fields[key].is_required())
        }


class Contract(_Record):
    """A customer's values that override the policy defaults (None: the default)."""

    return_window_days: Days | None = None
    damage_report_days: Days | None = None
    restocking_fee_pct: Percent | None = None
    auto_credit_limit: Money | None = None
    provisional_credit_on_damage: Flag | None = None


class Contact(_Record):
    email: Email
    name: Text


class Customer(_Record):
    id: Text
    name: Text
    email_domains: tuple[Domain, ...]
    contacts: tuple[Contact, ...]
    edi_id: Text | None = None
    contract: Contract | None = None


class Vendor(_Record):
    id: Text
    name: Text
    rtv_allowed: Flag


class Item(_Record):
    sku: Text
    description: Text
    unit_cost: Money
    category: Text
    returnable: Flag
    warranty_days: Days | None = None
    field_destroy: Flag = False
    vendor_id: Text | None = None
    aliases: tuple[Text, ...] = ()


class OrderLine(_Record):
    line_no: PositiveInt
    sku: Text
    quantity: PositiveInt
    unit_price: Money


class Order(_Record):
    order_number: Text
    customer_id: Text
    po_number: Text | None = None
    order_date: IsoDate
    currency: Currency = "USD"
    lines: tuple[OrderLine, ...]


class ShipmentLine(_Record):
    sku: Text
    quantity: PositiveInt
    lot: Text | None = None
    pick_zone: Text | None = None


class ShipTo(_Record):
    """Where a shipment went; a lane is the shipping site to the region (each key optional)."""

    region: Text | None = None
    postal_code: Text | None = None
    country: Text | None = None


class Shipment(_Record):
    shipment_id: Text
    order_number: Text
    site: Text
    carrier: Text
    tracking: Text | None = None
    ship_to: ShipTo | None = None
    ship_date: IsoDate
    delivery_date: IsoDate | None = None
    lines: tuple[ShipmentLine, ...]


class InvoiceLine(_Record):
    sku: Text
    quantity: PositiveInt
    unit_price: Money


class Invoice(_Record):
    invoice_number: Text
    order_number: Text
    invoice_date: IsoDate
    lines: tuple[InvoiceLine, ...]


class ReturnRecord(_Record):
    """A return the ERP already knows; it counts against what can still be returned."""

    rma_number: Text
    order_number: Text
    sku: Text
    quantity: PositiveInt


class ErpDocument(_Record):
    """One exchange document; a missing list means an empty one."""

    customers: tuple[Customer, ...] = ()
    vendors: tuple[Vendor, ...] = ()
    items: tuple[Item, ...] = ()
    orders: tuple[Order, ...] = ()
    shipments: tuple[Shipment, ...] = ()
    invoices: tuple[Invoice, ...] = ()
    returns: tuple[ReturnRecord, ...] = ()


def parse_erp_document(data: object) -> ErpDocument:
    """Validate a decoded JSON document; raise ErpFormatError naming every bad element."""
    if not isinstance(data, dict):
        raise ErpFormatError(["$: not a JSON object"])
    problems: list[str] = []
    document: ErpDocument | None = None
    try:
        document = ErpDocument.model_validate(data)
    except ValidationError as error:
        problems += [_problem(detail) for detail in error.errors(include_url=False)]
    problems += _reference_problems(data)
    if problems or document is None:
        raise ErpFormatError(sorted(dict.fromkeys(problems), key=_document_order))
    return document


def load_erp_file(path: Path) -> ErpDocument:
    """Read and validate an exchange file; a file that is not JSON is an ErpFormatError."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ErpFormatError(["$: not valid JSON (not UTF-8 text)"]) from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise ErpFormatError([f"$: not valid JSON ({where})"]) from None
    return parse_erp_document(data)


# Turning pydantic's errors into the spec's paths and short messages.

_MESSAGES = {
    "missing": "missing",
    "model_type": "not an object",
    "model_attributes_type": "not an object",
    "dict_type": "not an object",
    "list_type": "not a list",
    "tuple_type": "not a list",
    "string_type": "not a string",
}


def error_path(loc: tuple[int | str, ...]) -> str:
    """Write an error location as the spec does: ("orders", 3, "sku") -> orders[3].sku."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "$"


def _problem(detail: ErrorDetails) -> str:
    message = _MESSAGES.get(detail["type"])
    if message is None:
        text = detail["msg"]
        message = text[:1].lower() + text[1:]
    return f"{error_path(detail['loc'])}: {message}"


_SECTION_ORDER = ("customers", "vendors", "items", "orders", "shipments", "invoices", "returns")
_LEADING_ELEMENT = re.compile(r"(\w+)(?:\[(\d+)\])?")


def _document_order(problem: str) -> tuple[int, int]:
    """Sort key: the problem's section in document order, then its element."""
    found = _LEADING_ELEMENT.match(problem)
    if found is None or found[1] not in _SECTION_ORDER:
        return (-1, -1)
    return (_SECTION_ORDER.index(found[1]), int(found[2]) if found[2] else -1)


# Cross-references and duplicate keys, read from the raw data.

# The key of each section, which must be unique within it.
_KEYS = {
    "customers": "id",
    "vendors": "id",
    "items": "sku",
    "orders": "order_number",
    "shipments": "shipment_id",
    "invoices": "invoice_number",
    "returns": "rma_number",
}

Element = tuple[str, Mapping[str, object]]  # its path and its raw object


def _elements(data: Mapping[str, object], section: str) -> list[Element] | None:
    """The elements of a section with their paths (one that is no object reads as {});
    None when the section is not a list."""
    value = data.get(section)
    if value is None:
        return []
    if not isinstance(value, list):
        return None
    return [
        (f"{section}[{i}]", raw if isinstance(raw, dict) else {}) for i, raw in enumerate(value)
    ]


def _lines(element: Element) -> list[Element]:
    path, raw = element
    lines = raw.get("lines")
    if not isinstance(lines, list):
        return []
    return [(f"{path}.lines[{j}]", line) for j, line in enumerate(lines) if isinstance(line, dict)]


def _key(raw: Mapping[str, object], name: str) -> str | None:
    value = raw.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


class _References:
    """The keys each section holds; None when they are not all known (the section is
    not a list, or one of its elements lacks a valid key), so that no reference is
    called unknown when it may name the element whose key is broken."""

    def __init__(self, sections: Mapping[str, list[Element] | None]) -> None:
        self.problems: list[str] = []
        self.keys: dict[str, set[str] | None] = {}
        for section, key in _KEYS.items():
            elements = sections[section]
            self.keys[section] = None if elements is None else self._unique(elements, key)

    def _unique(self, elements: list[Element], key: str) -> set[str] | None:
        seen: set[str] = set()
        complete = True
        for path, raw in elements:
            value = _key(raw, key)
            if value is None:
                complete = False
            elif value in seen:
                self.problems.append(f"{path}.{key}: duplicate")
            else:
                seen.add(value)
        return seen if complete else None

    def check(self, element: Element, field: str, section: str, what: str) -> None:
        """Add a problem when the element's field names nothing in the section."""
        path, raw = element
        known, value = self.keys[section], _key(raw, field)
        if known is not None and value is not None and value not in known:
            self.problems.append(f"{path}.{field}: unknown {what}")


def _reference_problems(data: Mapping[str, object]) -> list[str]:
    """Duplicate keys, references to nothing, and aliases that name another item."""
    sections = {section: _elements(data, section) for section in _KEYS}
    refs = _References(sections)
    items = sections["items"] or []
    for item in items:
        refs.check(item, "vendor_id", "vendors", "vendor")
    for order in sections["orders"] or []:
        refs.check(order, "customer_id", "customers", "customer")
        for line in _lines(order):
            refs.check(line, "sku", "items", "item")
    for section in ("shipments", "invoices"):
        for record in sections[section] or []:
            refs.check(record, "order_number", "orders", "order")
            for line in _lines(record):
                refs.check(line, "sku", "items", "item")
    for record in sections["returns"] or []:
        refs.check(record, "order_number", "orders", "order")
        refs.check(record, "sku", "items", "item")
    return refs.problems + _alias_problems(items)


def _alias_problems(items: list[Element]) -> list[str]:
    """An alias must not be another item's SKU or alias, or it could name two items."""
    sku_of: dict[str, str] = {}
    for path, raw in items:
        sku = _key(raw, "sku")
        if sku is not None:
            sku_of.setdefault(sku, path)
    alias_of: dict[str, str] = {}
    problems: list[str] = []
    for path, raw in items:
        aliases = raw.get("aliases")
        for j, alias in enumerate(aliases if isinstance(aliases, list) else []):
            if not isinstance(alias, str) or not alias.strip():
                continue
            alias = alias.strip()
            if sku_of.get(alias, path) != path:
                problems.append(f"{path}.aliases[{j}]: already the sku of {sku_of[alias]}")
            elif alias_of.get(alias, path) != path:
                problems.append(f"{path}.aliases[{j}]: already an alias of {alias_of[alias]}")
            alias_of.setdefault(alias, path)
    return problems
