"""Planned actions of a case (spec/policy.md section 7), with their carried-out statuses."""

from collections.abc import Sequence
from decimal import Decimal
from typing import assert_never

from rules import lookup, money
from rules.facts import OrderFacts
from rules.outcomes import ActionLine, LineDecision, PlannedAction
from rules.policy import Policy
from rules.vocabulary import (
    NO_CARRIER_CODES,
    ActionStatus,
    ActionType,
    Decision,
    NoticeKind,
    ReasonCode,
)


def action_lines(lines: Sequence[LineDecision]) -> tuple[ActionLine, ...]:
    """Return the lines actions act on: not rejected, with a SKU and a quantity of 1 or more."""
    return tuple(
        ActionLine(sku=line.sku, quantity=line.quantity)
        for line in lines
        if not line.rejected
        and line.sku is not None
        and line.quantity is not None
        and line.quantity >= 1
    )


def notice(decision: Decision) -> PlannedAction:
    """Return the customer notice every case sends, whatever its decision."""
    match decision:
        case Decision.AUTO_APPROVED | Decision.NEEDS_REVIEW:
            kind = NoticeKind.ACKNOWLEDGEMENT
        case Decision.REJECTED:
            kind = NoticeKind.REJECTION
        case Decision.NEEDS_INFO:
            kind = NoticeKind.INFO_REQUEST
        case _:
            assert_never(decision)
    return PlannedAction(ActionType.CUSTOMER_NOTICE, ActionStatus.SENT, notice=kind)


def rma(lines: tuple[ActionLine, ...], purpose: str) -> PlannedAction:
    """Return an RMA for the lines with the purpose of the return."""
    return PlannedAction(
        ActionType.RMA, ActionStatus.CREATED, lines=lines, details={"purpose": purpose}
    )


def damage_goods_action(lines: tuple[ActionLine, ...], order: OrderFacts) -> PlannedAction:
    """Return a disposal authorisation when every item is field_destroy, else an RMA."""
    if all(lookup.item(order, line.sku).field_destroy for line in lines):
        return PlannedAction(
            ActionType.DISPOSAL_AUTH,
            ActionStatus.CREATED,
            lines=lines,
            details={"purpose": "field_destroy"},
        )
    return rma(lines, "inspection")


def recount_tasks(
    *, lines: tuple[ActionLine, ...], order: OrderFacts, policy: Policy
) -> list[PlannedAction]:
    """Return one recount task per shipping site of the case's SKUs, in shipment order."""
    skus = {line.sku for line in lines}
    carrying = [s for s in order.shipments if any(sl.sku in skus for sl in s.lines)]
    tasks = []
    for site in dict.fromkeys(s.site for s in carrying):
        site_skus = {sl.sku for s in carrying if s.site == site for sl in s.lines}
        tasks.append(
            PlannedAction(
                ActionType.RECOUNT_TASK,
                ActionStatus.OPEN,
                lines=tuple(line for line in lines if line.sku in site_skus),
                site=site,
                due_hours=policy.recount_sla_hours,
            )
        )
    return tasks


def goods_actions(
    *, reason: ReasonCode, lines: tuple[ActionLine, ...], order: OrderFacts, policy: Policy
) -> list[PlannedAction]:
    """Return what happens to the goods: RMA, disposal or recount, and any replacement."""
    match reason:
        case ReasonCode.DAMAGED:
            return [damage_goods_action(lines, order)]
        case ReasonCode.SHORT:
            return recount_tasks(lines=lines, order=order, policy=policy)
        case ReasonCode.WRONG_ITEM:
            replacement = PlannedAction(
                ActionType.REPLACEMENT_ORDER, ActionStatus.CREATED, lines=lines
            )
            return [rma(lines, "return_to_stock"), replacement]
        case ReasonCode.DEFECTIVE:
            return [rma(lines, "inspection")]
        case ReasonCode.NOT_NEEDED:
            return [rma(lines, "return_to_stock")]
        case ReasonCode.OVERSHIPPED:
            return [rma(lines, "return_extra_units")]
        case ReasonCode.PRICING:
            return []
        case _:
            assert_never(reason)


def credit_status(reason: ReasonCode, policy: Policy) -> ActionStatus | None:
    """Return the status a credit memo of this case type takes, None if it gives no credit."""
    match reason:
        case ReasonCode.DAMAGED:
            if policy.provisional_credit_on_damage:
                return ActionStatus.PROVISIONAL
            return ActionStatus.PENDING_INSPECTION
        case ReasonCode.SHORT:
            return ActionStatus.PENDING_RECOUNT
        case ReasonCode.DEFECTIVE | ReasonCode.NOT_NEEDED:
            return ActionStatus.PENDING_INSPECTION
        case ReasonCode.PRICING:
            return ActionStatus.POSTED
        case ReasonCode.WRONG_ITEM | ReasonCode.OVERSHIPPED:
            return None
        case _:
            assert_never(reason)


def credit_memo(
    *, reason: ReasonCode, amount: Decimal, lines: tuple[ActionLine, ...], policy: Policy
) -> PlannedAction | None:
    """Return the credit memo for the case total, or None when nothing is credited."""
    status = credit_status(reason, policy)
    if status is None or amount == money.ZERO:
        return None
    details = (
        {"restocking_fee_pct": str(policy.restocking_fee_pct)}
        if reason is ReasonCode.NOT_NEEDED
        else {}
    )
    return PlannedAction(
        ActionType.CREDIT_MEMO, status, amount=amount, lines=lines, details=details
    )


def carrier_claim(lines: tuple[ActionLine, ...], order: OrderFacts) -> PlannedAction | None:
    """Return a carrier claim when any line travelled with a third-party carrier."""
    skus = {line.sku for line in lines}
    third_party = [
        s
        for s in order.shipments
        if s.carrier not in NO_CARRIER_CODES and any(sl.sku in skus for sl in s.lines)
    ]
    if not third_party:
        return None
    carried = {sl.sku for s in third_party for sl in s.lines}
    return PlannedAction(
        ActionType.CARRIER_CLAIM,
        ActionStatus.CREATED,
        lines=tuple(line for line in lines if line.sku in carried),
        carrier=third_party[0].carrier,
    )


def supplier_claims(lines: tuple[ActionLine, ...], order: OrderFacts) -> list[PlannedAction]:
    """Return one supplier claim per vendor that allows returns to vendor."""
    by_vendor: dict[str, list[ActionLine]] = {}
    for line in lines:
        facts = lookup.item(order, line.sku)
        if facts.vendor_rtv_allowed and facts.vendor_id is not None:
            by_vendor.setdefault(facts.vendor_id, []).append(line)
    return [
        PlannedAction(
            ActionType.SUPPLIER_CLAIM, ActionStatus.CREATED, lines=tuple(group), vendor_id=vendor
        )
        for vendor, group in by_vendor.items()
    ]


def plan_actions(
    *,
    reason: ReasonCode,
    decision: Decision,
    lines: Sequence[LineDecision],
    credit_total: Decimal,
    order: OrderFacts | None,
    policy: Policy,
) -> tuple[PlannedAction, ...]:
    """Return the case's actions in order: goods, replacement, credit, claims, notice."""
    acting = action_lines(lines)
    if decision not in {Decision.AUTO_APPROVED, Decision.NEEDS_REVIEW} or order is None:
        return (notice(decision),)
    planned: list[PlannedAction] = (
        goods_actions(reason=reason, lines=acting, order=order, policy=policy) if acting else []
    )
    memo = credit_memo(reason=reason, amount=credit_total, lines=acting, policy=policy)
    planned += [memo] if memo else []
    if acting and reason is ReasonCode.DAMAGED:
        claim = carrier_claim(acting, order)
        planned += [claim] if claim else []
    if acting and reason is ReasonCode.DEFECTIVE:
        planned += supplier_claims(acting, order)
    return (*planned, notice(decision))
