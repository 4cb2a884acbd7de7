"""The plain data the policy decides on: claim lines, ERP facts, earlier cases.

Everything here is immutable and free of I/O; the app builds these from the
database and the extractors, and the rules read them.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property

from rules.vocabulary import RETURN_REASONS, Decision, ReasonCode

# No claim line asks for more units than this: past it the number is a typo, a part
# number read as a count, or an attack, and a person looks (QUANTITY_OUT_OF_RANGE).
MAX_CLAIM_QUANTITY = 1_000_000


def storable_quantity(quantity: int | None) -> int | None:
    """The quantity as a case may keep and count it: None when negative or past the maximum."""
    return quantity if quantity is None or 0 <= quantity <= MAX_CLAIM_QUANTITY else None


@dataclass(frozen=True)
class Contract:
    """A customer's contract values that override policy defaults (None: default)."""

    return_window_days: int | None = None
    damage_report_days: int | None = None
    restocking_fee_pct: Decimal | None = None
    auto_credit_limit: Decimal | None = None
    provisional_credit_on_damage: bool | None = None


@dataclass(frozen=True)
class ItemFacts:
    """An item of the catalogue as the policy sees it."""

    sku: str
    returnable: bool = True
    warranty_days: int | None = None
    field_destroy: bool = False
    vendor_id: str | None = None
    vendor_rtv_allowed: bool = False


@dataclass(frozen=True)
class OrderLine:
    line_no: int
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class ShipmentLine:
    sku: str
    quantity: int


@dataclass(frozen=True)
class ShipmentFacts:
    shipment_id: str
    site: str
    carrier: str
    ship_date: date
    delivery_date: date | None
    lines: tuple[ShipmentLine, ...]


@dataclass(frozen=True)
class InvoiceLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class InvoiceFacts:
    invoice_number: str
    invoice_date: date
    lines: tuple[InvoiceLine, ...]


@dataclass(frozen=True)
class ReturnFacts:
    """A return the ERP already knows (it counts against what can be returned)."""

    rma_number: str
    sku: str
    quantity: int


@dataclass(frozen=True)
class OrderFacts:
    """An order with everything the ERP knows about it that the policy needs."""

    order_number: str
    customer_id: str
    currency: str
    lines: tuple[OrderLine, ...]
    shipments: tuple[ShipmentFacts, ...] = ()
    invoices: tuple[InvoiceFacts, ...] = ()
    returns: tuple[ReturnFacts, ...] = ()
    items: Mapping[str, ItemFacts] = field(default_factory=dict)


@dataclass(frozen=True)
class LineConfidence:
    """Confidence in each field of a claim line, 0.0 to 1.0 (0.0 when missing)."""

    sku: float = 1.0
    quantity: float = 1.0
    reason: float = 1.0


@dataclass(frozen=True)
class ClaimLine:
    """One (SKU, quantity, reason) a request asks about; sku is ours after alias resolution."""

    sku: str | None
    quantity: int | None
    reason: ReasonCode
    confidence: LineConfidence = LineConfidence()


@dataclass(frozen=True)
class PriorCase:
    """An earlier case on the same order, for the duplicate and already-claimed rules."""

    case_id: str
    order_number: str
    reason: ReasonCode
    decision: Decision
    lines: tuple[ShipmentLine, ...]
    # A line whose SKU was never identified: the case may cover any SKU of the order.
    unidentified: bool = False
    # SKUs of lines whose count was never read: how many the case claims is not known.
    uncounted: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ClaimFacts:
    """Everything one request asks, and what is known about who asks and about what."""

    received_date: date
    lines: tuple[ClaimLine, ...]
    sender_customer_id: str | None
    order: OrderFacts | None
    customer_confidence: float = 1.0
    order_confidence: float = 1.0
    contract: Contract = Contract()
    prior_cases: tuple[PriorCase, ...] = ()
    unreadable: tuple[str, ...] = ()  # documents of the request that could not be read, and why
    extraction_fallback: str | None = None  # why the configured extractor was not the one used
    # The most claim lines the rules check one by one; past it the request goes to a
    # person whole (TOO_MANY_LINES). None: no limit.
    max_lines: int | None = None

    @cached_property
    def asked_to_return(self) -> Mapping[str, int]:
        """The units of each SKU the request's return lines ask for, added once (policy.md 4)."""
        asked: Counter[str] = Counter()
        for line in self.lines:
            if line.sku is not None and line.reason in RETURN_REASONS:
                asked[line.sku] += storable_quantity(line.quantity) or 0
        return asked
