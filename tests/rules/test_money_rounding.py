"""Money (policy.md section 6): unit prices, line credits rounded half-up once, totals."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from rules import decide, load_policy, money
from rules.facts import (
    ClaimFacts,
    ClaimLine,
    Contract,
    InvoiceFacts,
    InvoiceLine,
    OrderFacts,
    OrderLine,
    ShipmentFacts,
    ShipmentLine,
)
from rules.outcomes import CaseDecision
from rules.vocabulary import Decision, ReasonCode

POLICY = load_policy()
NO_CONTRACT = Contract()
DELIVERED = date(2026, 11, 5)


def make_order(price: str, *, invoiced: str = "13.00", invoiced_qty: int = 10) -> OrderFacts:
    """Build order SO-1 with 40 VLV at the price, invoiced at `invoiced`, and 10 unpriced BLT."""
    shipment = ShipmentFacts(
        "SH-1",
        "DAL",
        "UPS",
        date(2026, 11, 1),
        DELIVERED,
        (ShipmentLine("VLV", 40), ShipmentLine("BLT", 10)),
    )
    invoice = InvoiceFacts(
        "INV-1", date(2026, 11, 2), (InvoiceLine("VLV", invoiced_qty, Decimal(invoiced)),)
    )
    return OrderFacts(
        order_number="SO-1",
        customer_id="C-1",
        currency="CAD",
        lines=(OrderLine(1, "VLV", 40, Decimal(price)),),
        shipments=(shipment,),
        invoices=(invoice,),
    )


def make_claim(
    *lines: ClaimLine, order: OrderFacts, after: int = 1, contract: Contract = NO_CONTRACT
) -> ClaimFacts:
    """Build a claim from the order's customer."""
    return ClaimFacts(
        received_date=DELIVERED + timedelta(days=after),
        lines=lines,
        sender_customer_id="C-1",
        order=order,
        contract=contract,
    )


def case_of(
    reason: ReasonCode, quantity: int | None, order: OrderFacts, contract: Contract = NO_CONTRACT
) -> CaseDecision:
    """Decide a one-line claim of VLV and return its case."""
    claim = make_claim(ClaimLine("VLV", quantity, reason), order=order, contract=contract)
    (case,) = decide(claim, POLICY)
    return case


@pytest.mark.parametrize(
    ("amount", "cents"),
    [("0.005", "0.01"), ("0.015", "0.02"), ("0.025", "0.03"), ("1.0049", "1.00"), ("2", "2.00")],
)
def test_to_cents_rounds_half_up(amount: str, cents: str) -> None:
    assert money.to_cents(Decimal(amount)) == Decimal(cents)


@pytest.mark.parametrize("reason", [ReasonCode.DAMAGED, ReasonCode.SHORT, ReasonCode.DEFECTIVE])
def test_goods_credit_is_quantity_times_order_price_half_up(reason: ReasonCode) -> None:
    case = case_of(reason, 3, make_order("0.335"))

    (ln,) = case.lines
    assert (ln.unit_price, ln.credit) == (Decimal("0.335"), Decimal("1.01"))
    assert case.credit_total == Decimal("1.01")
    assert case.currency == "CAD"


def test_damaged_credit_example() -> None:
    assert case_of(ReasonCode.DAMAGED, 18, make_order("58.90")).credit_total == Decimal("1060.20")


def test_restocking_fee_rounds_once_at_the_end() -> None:
    # 3 × 0.335 × 85 / 100 = 0.85425 → 0.85 (rounding 1.005 first would give 0.86)
    assert case_of(ReasonCode.NOT_NEEDED, 3, make_order("0.335")).credit_total == Decimal("0.85")


def test_restocking_fee_half_up() -> None:
    # 1 × 10.10 × 0.85 = 8.585 → 8.59 (half-even would give 8.58)
    assert case_of(ReasonCode.NOT_NEEDED, 1, make_order("10.10")).credit_total == Decimal("8.59")


def test_contract_restocking_fee() -> None:
    contract = Contract(restocking_fee_pct=Decimal("20"))

    case = case_of(ReasonCode.NOT_NEEDED, 2, make_order("10.00"), contract=contract)

    assert case.credit_total == Decimal("16.00")


@pytest.mark.parametrize("reason", [ReasonCode.WRONG_ITEM, ReasonCode.OVERSHIPPED])
def test_goods_for_goods_carry_no_credit(reason: ReasonCode) -> None:
    (ln,) = case_of(reason, 2, make_order("58.90")).lines

    assert (ln.unit_price, ln.credit) == (Decimal("58.90"), Decimal("0.00"))


def test_rejected_line_carries_no_credit() -> None:
    claim = make_claim(
        ClaimLine("VLV", 2, ReasonCode.NOT_NEEDED), order=make_order("10.00"), after=31
    )

    (case,) = decide(claim, POLICY)

    assert case.decision is Decision.REJECTED
    assert (case.lines[0].credit, case.credit_total) == (Decimal("0.00"), Decimal("0.00"))


def test_line_without_an_order_price_carries_no_credit() -> None:
    claim = make_claim(ClaimLine("BLT", 2, ReasonCode.DAMAGED), order=make_order("10.00"))

    (case,) = decide(claim, POLICY)

    assert (case.lines[0].unit_price, case.credit_total) == (None, Decimal("0.00"))


def test_line_without_quantity_carries_no_credit() -> None:
    assert case_of(ReasonCode.DAMAGED, None, make_order("10.00")).credit_total == Decimal("0.00")


def test_credit_total_adds_the_lines() -> None:
    lines = (ClaimLine("VLV", 3, ReasonCode.DAMAGED), ClaimLine("VLV", 4, ReasonCode.DAMAGED))

    (case,) = decide(make_claim(*lines, order=make_order("0.335")), POLICY)

    assert [ln.credit for ln in case.lines] == [Decimal("1.01"), Decimal("1.34")]
    assert case.credit_total == Decimal("2.35")


@pytest.mark.parametrize(
    ("claimed", "credit"), [(4, "2.00"), (10, "5.00"), (12, "5.00"), (None, "5.00")]
)
def test_pricing_credit_is_difference_times_claimed_at_most_invoiced(
    claimed: int | None, credit: str
) -> None:
    case = case_of(ReasonCode.PRICING, claimed, make_order("12.50", invoiced="13.00"))

    assert case.lines[0].unit_price == Decimal("13.00")
    assert case.credit_total == Decimal(credit)


def test_pricing_credit_half_up() -> None:
    order = make_order("12.50", invoiced="12.835")

    assert case_of(ReasonCode.PRICING, 3, order).credit_total == Decimal("1.01")


def test_pricing_without_variance_carries_no_credit() -> None:
    case = case_of(ReasonCode.PRICING, 3, make_order("13.00", invoiced="12.00"))

    assert (case.decision, case.credit_total) == (Decision.REJECTED, Decimal("0.00"))


def test_show_formats_thousands() -> None:
    assert money.show(Decimal("2500.005")) == "2,500.01"
