"""Money arithmetic of the policy (spec/policy.md section 6): exact, rounded once."""

from decimal import ROUND_HALF_UP, Decimal
from typing import assert_never

from rules import lookup
from rules.facts import ClaimLine, OrderFacts
from rules.policy import Policy
from rules.vocabulary import ReasonCode

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def to_cents(amount: Decimal) -> Decimal:
    """Round an amount half-up to cents."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def goods_credit(*, quantity: int, unit_price: Decimal) -> Decimal:
    """Return quantity × unit price, rounded once."""
    return to_cents(quantity * unit_price)


def restocked_credit(*, quantity: int, unit_price: Decimal, fee_pct: Decimal) -> Decimal:
    """Return quantity × unit price less the restocking fee, rounded once."""
    return to_cents(quantity * unit_price * (HUNDRED - fee_pct) / HUNDRED)


def price_difference_credit(
    *, claimed: int | None, invoiced_quantity: int, invoiced_price: Decimal, order_price: Decimal
) -> Decimal:
    """Return the overcharge on the claimed units (at most those invoiced), rounded once."""
    units = invoiced_quantity if claimed is None else max(0, min(claimed, invoiced_quantity))
    return to_cents((invoiced_price - order_price) * units)


def total(amounts: list[Decimal]) -> Decimal:
    """Return the sum of amounts in cents."""
    return to_cents(sum(amounts, ZERO))


def show(amount: Decimal) -> str:
    """Format an amount for a message, e.g. 2,500.00."""
    return f"{to_cents(amount):,.2f}"


def price_line(
    *, line: ClaimLine, order: OrderFacts, policy: Policy
) -> tuple[Decimal | None, Decimal]:
    """Return the line's unit price and its credit before any rejection."""
    agreed = lookup.order_price(order, line.sku)
    quantity = line.quantity
    match line.reason:
        case ReasonCode.DAMAGED | ReasonCode.SHORT | ReasonCode.DEFECTIVE:
            if agreed is None or quantity is None or quantity < 1:
                return agreed, ZERO
            return agreed, goods_credit(quantity=quantity, unit_price=agreed)
        case ReasonCode.NOT_NEEDED:
            if agreed is None or quantity is None or quantity < 1:
                return agreed, ZERO
            fee = policy.restocking_fee_pct
            return agreed, restocked_credit(quantity=quantity, unit_price=agreed, fee_pct=fee)
        case ReasonCode.WRONG_ITEM | ReasonCode.OVERSHIPPED:
            return agreed, ZERO
        case ReasonCode.PRICING:
            found = lookup.invoice_line(order, line.sku)
            if found is None or agreed is None:
                return (found[1].unit_price if found else None), ZERO
            billed = found[1]
            credit = price_difference_credit(
                claimed=quantity,
                invoiced_quantity=billed.quantity,
                invoiced_price=billed.unit_price,
                order_price=agreed,
            )
            return billed.unit_price, max(credit, ZERO)
        case _:
            assert_never(line.reason)
