"""Planned actions of every case type (policy.md section 7), in their fixed order."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from rules import decide, load_policy
from rules.facts import (
    ClaimFacts,
    ClaimLine,
    Contract,
    InvoiceFacts,
    InvoiceLine,
    ItemFacts,
    OrderFacts,
    OrderLine,
    ShipmentFacts,
    ShipmentLine,
)
from rules.outcomes import ActionLine, CaseDecision, PlannedAction
from rules.vocabulary import ActionStatus, ActionType, Decision, NoticeKind, ReasonCode

POLICY = load_policy()
NO_CONTRACT = Contract()
DELIVERED = date(2026, 11, 5)
ACK = PlannedAction(
    ActionType.CUSTOMER_NOTICE, ActionStatus.SENT, notice=NoticeKind.ACKNOWLEDGEMENT
)


def shipment(
    shipment_id: str, *skus: str, site: str = "DAL", carrier: str = "UPS"
) -> ShipmentFacts:
    """Build a delivered shipment of 10 units of each SKU."""
    lines = tuple(ShipmentLine(sku, 10) for sku in skus)
    return ShipmentFacts(shipment_id, site, carrier, date(2026, 11, 1), DELIVERED, lines)


def make_order(
    *shipments: ShipmentFacts,
    items: tuple[ItemFacts, ...] = (),
) -> OrderFacts:
    """Build order SO-1: VLV at 10.00, GSK at 2.00, BLT at 1.00; GSK invoiced at 2.50."""
    invoice = InvoiceFacts("INV-1", date(2026, 11, 2), (InvoiceLine("GSK", 10, Decimal("2.50")),))
    return OrderFacts(
        order_number="SO-1",
        customer_id="C-1",
        currency="USD",
        lines=(
            OrderLine(1, "VLV", 10, Decimal("10.00")),
            OrderLine(2, "GSK", 10, Decimal("2.00")),
            OrderLine(3, "BLT", 10, Decimal("1.00")),
        ),
        shipments=shipments or (shipment("SH-1", "VLV", "GSK", "BLT"),),
        invoices=(invoice,),
        items={item.sku: item for item in items},
    )


ORDER = make_order()


def case_of(
    *lines: tuple[str, int],
    reason: ReasonCode,
    order: OrderFacts = ORDER,
    after: int = 1,
    contract: Contract = NO_CONTRACT,
) -> CaseDecision:
    """Decide a claim of (sku, quantity) lines of one reason and return its case."""
    claim = ClaimFacts(
        received_date=DELIVERED + timedelta(days=after),
        lines=tuple(ClaimLine(sku, qty, reason) for sku, qty in lines),
        sender_customer_id="C-1",
        order=order,
        contract=contract,
    )
    (case,) = decide(claim, POLICY)
    return case


def types(case: CaseDecision) -> list[ActionType]:
    """Return the types of the case's actions, in order."""
    return [action.type for action in case.actions]


# DAMAGED


def test_damaged_returns_for_inspection_credits_and_claims_the_carrier() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.DAMAGED)

    lines = (ActionLine("VLV", 2),)
    assert case.decision is Decision.AUTO_APPROVED
    assert case.actions == (
        PlannedAction(
            ActionType.RMA, ActionStatus.CREATED, lines=lines, details={"purpose": "inspection"}
        ),
        PlannedAction(
            ActionType.CREDIT_MEMO,
            ActionStatus.PENDING_INSPECTION,
            amount=Decimal("20.00"),
            lines=lines,
        ),
        PlannedAction(ActionType.CARRIER_CLAIM, ActionStatus.CREATED, lines=lines, carrier="UPS"),
        ACK,
    )


def test_damaged_field_destroy_items_get_a_disposal_authorisation() -> None:
    order = make_order(
        items=(ItemFacts("VLV", field_destroy=True), ItemFacts("GSK", field_destroy=True))
    )

    case = case_of(("VLV", 2), ("GSK", 1), reason=ReasonCode.DAMAGED, order=order)

    assert types(case)[0] is ActionType.DISPOSAL_AUTH
    assert case.actions[0].status is ActionStatus.CREATED
    assert case.actions[0].lines == (ActionLine("VLV", 2), ActionLine("GSK", 1))


def test_damaged_mixed_field_destroy_gets_an_rma() -> None:
    order = make_order(items=(ItemFacts("VLV", field_destroy=True),))

    case = case_of(("VLV", 2), ("GSK", 1), reason=ReasonCode.DAMAGED, order=order)

    assert types(case)[0] is ActionType.RMA


def test_damaged_provisional_credit_by_contract() -> None:
    contract = Contract(provisional_credit_on_damage=True)

    case = case_of(("VLV", 2), reason=ReasonCode.DAMAGED, contract=contract)

    memo = next(a for a in case.actions if a.type is ActionType.CREDIT_MEMO)
    assert (memo.status, memo.amount) == (ActionStatus.PROVISIONAL, Decimal("20.00"))


@pytest.mark.parametrize("carrier", ["OWN_FLEET", "CUSTOMER_PICKUP"])
def test_damaged_without_third_party_carrier_has_no_carrier_claim(carrier: str) -> None:
    order = make_order(shipment("SH-1", "VLV", carrier=carrier))

    case = case_of(("VLV", 2), reason=ReasonCode.DAMAGED, order=order)

    assert types(case) == [ActionType.RMA, ActionType.CREDIT_MEMO, ActionType.CUSTOMER_NOTICE]


def test_carrier_claim_names_the_first_third_party_carrier_of_the_case_skus() -> None:
    order = make_order(
        shipment("SH-1", "BLT", carrier="FEDEX"),
        shipment("SH-2", "VLV", carrier="OWN_FLEET"),
        shipment("SH-3", "GSK", carrier="XPO"),
        shipment("SH-4", "VLV", carrier="UPS"),
    )

    case = case_of(("VLV", 2), ("GSK", 1), reason=ReasonCode.DAMAGED, order=order)

    claim = next(a for a in case.actions if a.type is ActionType.CARRIER_CLAIM)
    assert claim.carrier == "XPO"
    assert claim.lines == (ActionLine("VLV", 2), ActionLine("GSK", 1))


# SHORT


def test_short_recounts_per_site_and_credits_pending_recount() -> None:
    order = make_order(
        shipment("SH-1", "GSK", site="ATL"),
        shipment("SH-2", "VLV", "BLT", site="DAL"),
        shipment("SH-3", "GSK", site="ATL"),
    )

    case = case_of(("VLV", 2), ("GSK", 3), reason=ReasonCode.SHORT, order=order)

    assert case.actions == (
        PlannedAction(
            ActionType.RECOUNT_TASK,
            ActionStatus.OPEN,
            lines=(ActionLine("GSK", 3),),
            site="ATL",
            due_hours=48,
        ),
        PlannedAction(
            ActionType.RECOUNT_TASK,
            ActionStatus.OPEN,
            lines=(ActionLine("VLV", 2),),
            site="DAL",
            due_hours=48,
        ),
        PlannedAction(
            ActionType.CREDIT_MEMO,
            ActionStatus.PENDING_RECOUNT,
            amount=Decimal("26.00"),
            lines=(ActionLine("VLV", 2), ActionLine("GSK", 3)),
        ),
        ACK,
    )


# WRONG_ITEM, DEFECTIVE, NOT_NEEDED, OVERSHIPPED, PRICING


def test_wrong_item_returns_to_stock_and_replaces() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.WRONG_ITEM)

    lines = (ActionLine("VLV", 2),)
    assert case.actions == (
        PlannedAction(
            ActionType.RMA,
            ActionStatus.CREATED,
            lines=lines,
            details={"purpose": "return_to_stock"},
        ),
        PlannedAction(ActionType.REPLACEMENT_ORDER, ActionStatus.CREATED, lines=lines),
        ACK,
    )


def test_defective_returns_for_inspection_without_supplier_claim() -> None:
    order = make_order(items=(ItemFacts("VLV", vendor_id="V-1", vendor_rtv_allowed=False),))

    case = case_of(("VLV", 2), reason=ReasonCode.DEFECTIVE, order=order)

    assert types(case) == [ActionType.RMA, ActionType.CREDIT_MEMO, ActionType.CUSTOMER_NOTICE]
    assert case.actions[0].details == {"purpose": "inspection"}
    assert case.actions[1].status is ActionStatus.PENDING_INSPECTION


def test_defective_supplier_claim_per_vendor_that_allows_rtv() -> None:
    order = make_order(
        items=(
            ItemFacts("VLV", vendor_id="V-1", vendor_rtv_allowed=True),
            ItemFacts("GSK", vendor_id="V-2", vendor_rtv_allowed=False),
            ItemFacts("BLT", vendor_id="V-1", vendor_rtv_allowed=True),
        )
    )

    case = case_of(("VLV", 2), ("GSK", 1), ("BLT", 3), reason=ReasonCode.DEFECTIVE, order=order)

    claims = [a for a in case.actions if a.type is ActionType.SUPPLIER_CLAIM]
    assert claims == [
        PlannedAction(
            ActionType.SUPPLIER_CLAIM,
            ActionStatus.CREATED,
            lines=(ActionLine("VLV", 2), ActionLine("BLT", 3)),
            vendor_id="V-1",
        )
    ]
    assert types(case)[-2:] == [ActionType.SUPPLIER_CLAIM, ActionType.CUSTOMER_NOTICE]


def test_not_needed_returns_to_stock_with_restocking_fee() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.NOT_NEEDED)

    rma, memo, notice = case.actions
    assert (rma.type, rma.details) == (ActionType.RMA, {"purpose": "return_to_stock"})
    assert (memo.type, memo.status, memo.amount) == (
        ActionType.CREDIT_MEMO,
        ActionStatus.PENDING_INSPECTION,
        Decimal("17.00"),
    )
    assert notice == ACK


def test_overshipped_returns_the_extra_units_without_credit() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.OVERSHIPPED)

    assert case.actions == (
        PlannedAction(
            ActionType.RMA,
            ActionStatus.CREATED,
            lines=(ActionLine("VLV", 2),),
            details={"purpose": "return_extra_units"},
        ),
        ACK,
    )


def test_pricing_posts_the_credit() -> None:
    case = case_of(("GSK", 4), reason=ReasonCode.PRICING)

    assert case.actions == (
        PlannedAction(
            ActionType.CREDIT_MEMO,
            ActionStatus.POSTED,
            amount=Decimal("2.00"),
            lines=(ActionLine("GSK", 4),),
        ),
        ACK,
    )


# by decision


def test_needs_review_case_keeps_the_same_actions() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.DAMAGED, after=6)

    assert case.decision is Decision.NEEDS_REVIEW
    assert types(case) == [
        ActionType.RMA,
        ActionType.CREDIT_MEMO,
        ActionType.CARRIER_CLAIM,
        ActionType.CUSTOMER_NOTICE,
    ]
    assert case.actions[-1].notice is NoticeKind.ACKNOWLEDGEMENT


def test_rejected_case_only_sends_a_rejection() -> None:
    case = case_of(("VLV", 2), reason=ReasonCode.NOT_NEEDED, after=31)

    assert case.decision is Decision.REJECTED
    assert case.actions == (
        PlannedAction(ActionType.CUSTOMER_NOTICE, ActionStatus.SENT, notice=NoticeKind.REJECTION),
    )


def test_needs_info_case_only_asks_for_information() -> None:
    claim = ClaimFacts(
        received_date=DELIVERED,
        lines=(ClaimLine("VLV", 2, ReasonCode.DAMAGED),),
        sender_customer_id="C-1",
        order=None,
    )

    (case,) = decide(claim, POLICY)

    assert case.actions == (
        PlannedAction(
            ActionType.CUSTOMER_NOTICE, ActionStatus.SENT, notice=NoticeKind.INFO_REQUEST
        ),
    )


def test_actions_cover_only_lines_not_rejected_with_sku_and_quantity() -> None:
    order = make_order(
        shipment("SH-0", "GSK"),
        shipment("SH-1", "VLV", "BLT"),
        items=(ItemFacts("GSK", returnable=False),),
    )

    case = case_of(("VLV", 2), ("GSK", 1), ("BLT", 0), reason=ReasonCode.NOT_NEEDED, order=order)

    assert case.decision is Decision.NEEDS_REVIEW
    rma = case.actions[0]
    assert rma.lines == (ActionLine("VLV", 2),)
    assert case.actions[1].amount == Decimal("17.00")


def test_no_credit_memo_when_nothing_is_credited() -> None:
    order = OrderFacts("SO-1", "C-1", "USD", lines=(), shipments=(shipment("SH-1", "VLV"),))

    case = case_of(("VLV", 2), reason=ReasonCode.DAMAGED, order=order)

    assert types(case) == [ActionType.RMA, ActionType.CARRIER_CLAIM, ActionType.CUSTOMER_NOTICE]
