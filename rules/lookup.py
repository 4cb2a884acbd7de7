"""Read-only questions about an order that several rules ask (shipped, returned, priced)."""

from datetime import date
from decimal import Decimal

from rules.facts import (
    InvoiceFacts,
    InvoiceLine,
    ItemFacts,
    OrderFacts,
    PriorCase,
    ShipmentFacts,
)
from rules.vocabulary import OPEN_DECISIONS, RETURN_REASONS, ReasonCode


def shipments_with(order: OrderFacts, sku: str) -> tuple[ShipmentFacts, ...]:
    """Return the order's shipments that carried the SKU, in shipment order."""
    return tuple(s for s in order.shipments if any(line.sku == sku for line in s.lines))


def is_shipped(order: OrderFacts, sku: str | None) -> bool:
    """Say whether the SKU is on any shipment line of the order."""
    return sku is not None and bool(shipments_with(order, sku))


def shipped_quantity(order: OrderFacts, sku: str) -> int:
    """Return the units of the SKU shipped over all shipments of the order."""
    return sum(line.quantity for s in order.shipments for line in s.lines if line.sku == sku)


def returned_quantity(order: OrderFacts, sku: str) -> int:
    """Return the units of the SKU the ERP already took back on this order."""
    return sum(r.quantity for r in order.returns if r.sku == sku)


def claimed_quantity(*, order: OrderFacts, sku: str, prior_cases: tuple[PriorCase, ...]) -> int:
    """Return the units of the SKU that open or approved earlier return cases still claim."""
    return sum(
        line.quantity
        for case in _open_returns(order, prior_cases)
        for line in case.lines
        if line.sku == sku
    )


def claimed_uncounted(*, order: OrderFacts, sku: str, prior_cases: tuple[PriorCase, ...]) -> bool:
    """Whether an open or approved earlier return case claims the SKU without a count."""
    return any(sku in case.uncounted for case in _open_returns(order, prior_cases))


def _open_returns(order: OrderFacts, prior_cases: tuple[PriorCase, ...]) -> list[PriorCase]:
    """The earlier return cases of the order that are open or approved: what they claim
    can no longer be returned."""
    return [
        case
        for case in prior_cases
        if case.order_number == order.order_number
        and case.decision in OPEN_DECISIONS
        and case.reason in RETURN_REASONS
    ]


def arrival(order: OrderFacts, sku: str) -> tuple[date, bool] | None:
    """Return the latest delivery (or ship) date of the SKU and whether it was a delivery."""
    dates = [
        (s.delivery_date, True) if s.delivery_date is not None else (s.ship_date, False)
        for s in shipments_with(order, sku)
    ]
    return max(dates, key=lambda pair: pair[0]) if dates else None


def order_price(order: OrderFacts, sku: str | None) -> Decimal | None:
    """Return the unit price of the first order line with the SKU, if any."""
    return next((line.unit_price for line in order.lines if line.sku == sku), None)


def invoice_line(order: OrderFacts, sku: str | None) -> tuple[InvoiceFacts, InvoiceLine] | None:
    """Return the latest invoice (by date, then number) showing the SKU, with its line."""
    showing = [inv for inv in order.invoices if any(line.sku == sku for line in inv.lines)]
    if not showing:
        return None
    latest = max(showing, key=lambda inv: (inv.invoice_date, inv.invoice_number))
    return latest, next(line for line in latest.lines if line.sku == sku)


def item(order: OrderFacts, sku: str) -> ItemFacts:
    """Return the item's facts; an item the order does not describe takes the defaults."""
    return order.items.get(sku) or ItemFacts(sku=sku)


def earlier_case(
    *, order: OrderFacts, sku: str, reason: ReasonCode, prior_cases: tuple[PriorCase, ...]
) -> PriorCase | None:
    """Return the first open or approved earlier case with the same order, SKU and reason.

    An earlier case with a line whose SKU was never identified may cover this SKU too:
    that it does not is not known, so it counts (a person then looks at both).
    """
    return next(
        (
            case
            for case in prior_cases
            if case.order_number == order.order_number
            and case.reason == reason
            and case.decision in OPEN_DECISIONS
            and (case.unidentified or any(line.sku == sku for line in case.lines))
        ),
        None,
    )
