"""Line rules (spec/policy.md section 4): one small pure function per table row."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from rules import lookup, money
from rules.facts import (
    MAX_CLAIM_QUANTITY,
    ClaimFacts,
    ClaimLine,
    OrderFacts,
    storable_quantity,
)
from rules.outcomes import LineDecision, RuleResult
from rules.policy import Policy
from rules.vocabulary import Decision, ReasonCode, RuleCode


@dataclass(frozen=True)
class LineContext:
    """One claim line whose SKU is known, with everything its rules read."""

    index: int
    line: ClaimLine
    sku: str
    claim: ClaimFacts
    order: OrderFacts
    policy: Policy

    def result(self, code: RuleCode, outcome: Decision, message: str) -> RuleResult:
        """Return a failed rule on this line."""
        return RuleResult(code=code, outcome=outcome, message=message, line=self.index)


Rule = Callable[[LineContext], RuleResult | None]


def days(count: int) -> str:
    """Say a number of days in words, e.g. "1 day", "9 days"."""
    return f"{count} day" if count == 1 else f"{count} days"


def _since_arrival(ctx: LineContext) -> tuple[int, str] | None:
    """Return the days from the SKU's arrival to the received date, and how to say when."""
    found = lookup.arrival(ctx.order, ctx.sku)
    if found is None:
        return None  # not shipped: the SKU rule has said so
    when, delivered = found
    said = f"delivery on {when}" if delivered else f"shipment on {when} (no delivery date known)"
    return (ctx.claim.received_date - when).days, said


def check_sku_on_order(*, index: int, line: ClaimLine, order: OrderFacts) -> RuleResult | None:
    """Fail when the line's SKU is not on any shipment of the order."""
    if lookup.is_shipped(order, line.sku):
        return None
    message = (
        "the line names no SKU"
        if line.sku is None
        else f"{line.sku} is not on any shipment of order {order.order_number}"
    )
    return RuleResult(RuleCode.SKU_NOT_ON_ORDER, Decision.NEEDS_REVIEW, message, line=index)


def check_sku_on_invoice(*, index: int, line: ClaimLine, order: OrderFacts) -> RuleResult | None:
    """Fail (PRICING) when no invoice or no order line of the order shows the SKU."""
    if lookup.invoice_line(order, line.sku) and lookup.order_price(order, line.sku) is not None:
        return None
    message = (
        "the line names no SKU"
        if line.sku is None
        else f"{line.sku} is not on an invoice of order {order.order_number}"
    )
    return RuleResult(RuleCode.SKU_NOT_ON_ORDER, Decision.NEEDS_REVIEW, message, line=index)


def check_quantity_available(ctx: LineContext) -> RuleResult | None:
    """Fail when the request claims more of the SKU than can still be returned."""
    own = ctx.line.quantity
    if own is None or own < 1:
        said = "no quantity" if own is None else f"a quantity of {own}"
        message = f"the line gives {said} for {ctx.sku}; at least 1 is needed"
        return ctx.result(RuleCode.QTY_EXCEEDS_AVAILABLE, Decision.NEEDS_REVIEW, message)
    shipped = lookup.shipped_quantity(ctx.order, ctx.sku)
    returned = lookup.returned_quantity(ctx.order, ctx.sku)
    claimed = lookup.claimed_quantity(
        order=ctx.order, sku=ctx.sku, prior_cases=ctx.claim.prior_cases
    )
    available = shipped - returned - claimed
    asked = ctx.claim.asked_to_return[ctx.sku]  # the request's lines of the SKU, added once
    if lookup.claimed_uncounted(order=ctx.order, sku=ctx.sku, prior_cases=ctx.claim.prior_cases):
        # what an open case claims is not known, so neither is what can still be returned
        message = (
            f"claims {asked} of {ctx.sku}; an open case claims it with no count read, so what "
            f"can still be returned is not known ({shipped} shipped, {returned} returned, "
            f"{claimed} counted in open cases)"
        )
        return ctx.result(RuleCode.QTY_EXCEEDS_AVAILABLE, Decision.NEEDS_REVIEW, message)
    if asked <= available:
        return None
    counted = "" if asked == own else f" in this request ({own} on this line)"
    message = (
        f"claims {asked} of {ctx.sku}{counted}; {max(available, 0)} can still be returned "
        f"({shipped} shipped, {returned} returned, {claimed} claimed in open cases)"
    )
    return ctx.result(RuleCode.QTY_EXCEEDS_AVAILABLE, Decision.NEEDS_REVIEW, message)


def check_quantity_shipped(ctx: LineContext) -> RuleResult | None:
    """Fail (SHORT) when the missing quantity is below 1 or above what was shipped."""
    quantity = ctx.line.quantity
    shipped = lookup.shipped_quantity(ctx.order, ctx.sku)
    if quantity is not None and 1 <= quantity <= shipped:
        return None
    said = "no quantity" if quantity is None else f"{quantity} units"
    message = f"reports {said} of {ctx.sku} missing; {shipped} were shipped"
    return ctx.result(RuleCode.QTY_EXCEEDS_AVAILABLE, Decision.NEEDS_REVIEW, message)


def check_prompt_report(ctx: LineContext) -> RuleResult | None:
    """Fail (DAMAGED, SHORT, OVERSHIPPED) when reported after damage_report_days."""
    since = _since_arrival(ctx)
    if since is None:
        return None
    elapsed, said = since
    limit = ctx.policy.damage_report_days
    if elapsed <= limit:
        return None
    message = f"reported {days(elapsed)} after {said}; the limit is {days(limit)}"
    return ctx.result(RuleCode.LATE_CLAIM, Decision.NEEDS_REVIEW, message)


def check_return_window(ctx: LineContext) -> RuleResult | None:
    """Fail (WRONG_ITEM) for review when asked after the return window."""
    return _outside_window(ctx, RuleCode.LATE_CLAIM, Decision.NEEDS_REVIEW)


def check_return_window_strict(ctx: LineContext) -> RuleResult | None:
    """Reject (NOT_NEEDED) when asked after the return window."""
    return _outside_window(ctx, RuleCode.OUTSIDE_RETURN_WINDOW, Decision.REJECTED)


def _outside_window(ctx: LineContext, code: RuleCode, outcome: Decision) -> RuleResult | None:
    """Fail with the given outcome when asked after return_window_days."""
    since = _since_arrival(ctx)
    if since is None:
        return None
    elapsed, said = since
    limit = ctx.policy.return_window_days
    if elapsed <= limit:
        return None
    message = f"asked {days(elapsed)} after {said}; the return window is {days(limit)}"
    return ctx.result(code, outcome, message)


def check_warranty(ctx: LineContext) -> RuleResult | None:
    """Reject (DEFECTIVE) when reported after the item's warranty."""
    since = _since_arrival(ctx)
    if since is None:
        return None
    elapsed, said = since
    own = lookup.item(ctx.order, ctx.sku).warranty_days
    limit = ctx.policy.warranty_days if own is None else own
    if elapsed <= limit:
        return None
    message = f"reported {days(elapsed)} after {said}; the warranty of {ctx.sku} is {days(limit)}"
    return ctx.result(RuleCode.OUT_OF_WARRANTY, Decision.REJECTED, message)


def check_returnable_strict(ctx: LineContext) -> RuleResult | None:
    """Reject (NOT_NEEDED) an item that is not returnable."""
    if lookup.item(ctx.order, ctx.sku).returnable:
        return None
    message = f"{ctx.sku} is not returnable (special order, cut to length or hazmat)"
    return ctx.result(RuleCode.NON_RETURNABLE, Decision.REJECTED, message)


def check_returnable(ctx: LineContext) -> RuleResult | None:
    """Fail (DAMAGED, WRONG_ITEM, DEFECTIVE) for review when the item is not returnable."""
    if lookup.item(ctx.order, ctx.sku).returnable:
        return None
    message = f"{ctx.sku} is not returnable; a reviewer decides what happens to the goods"
    return ctx.result(RuleCode.NON_RETURNABLE_ITEM, Decision.NEEDS_REVIEW, message)


def check_price_variance(ctx: LineContext) -> RuleResult | None:
    """Reject (PRICING) when the invoice price is not above the order line's price."""
    found = lookup.invoice_line(ctx.order, ctx.sku)
    agreed = lookup.order_price(ctx.order, ctx.sku)
    if found is None or agreed is None:
        return None  # the SKU rule has said so
    invoice, billed = found
    if billed.unit_price > agreed:
        return None
    message = (
        f"invoice {invoice.invoice_number} bills {ctx.sku} at {money.show(billed.unit_price)}, "
        f"not above the order price of {money.show(agreed)}"
    )
    return ctx.result(RuleCode.NO_PRICE_VARIANCE, Decision.REJECTED, message)


def check_price_window(ctx: LineContext) -> RuleResult | None:
    """Fail (PRICING) for review when disputed after pricing_dispute_days."""
    found = lookup.invoice_line(ctx.order, ctx.sku)
    if found is None:
        return None  # the SKU rule has said so
    invoice = found[0]
    elapsed = (ctx.claim.received_date - invoice.invoice_date).days
    limit = ctx.policy.pricing_dispute_days
    if elapsed <= limit:
        return None
    message = (
        f"disputed {days(elapsed)} after invoice {invoice.invoice_number} "
        f"of {invoice.invoice_date}; the limit is {days(limit)}"
    )
    return ctx.result(RuleCode.LATE_CLAIM, Decision.NEEDS_REVIEW, message)


def check_duplicate(ctx: LineContext) -> RuleResult | None:
    """Fail when an open or approved case already covers the order, SKU and reason."""
    earlier = lookup.earlier_case(
        order=ctx.order, sku=ctx.sku, reason=ctx.line.reason, prior_cases=ctx.claim.prior_cases
    )
    if earlier is None:
        return None
    covers = (
        f"already covers {ctx.sku}"
        if any(line.sku == ctx.sku for line in earlier.lines)
        else f"has a line whose SKU was not identified and may be {ctx.sku}"
    )
    message = (
        f"case {earlier.case_id} {covers} on order {ctx.order.order_number} "
        f"for the same reason and is {earlier.decision.value}"
    )
    return RuleResult(
        RuleCode.DUPLICATE_REQUEST,
        Decision.NEEDS_REVIEW,
        message,
        line=ctx.index,
        related_case_id=earlier.case_id,
    )


def check_quantity_range(*, index: int, line: ClaimLine) -> RuleResult | None:
    """Fail when the quantity is past MAX_CLAIM_QUANTITY: it is never counted or priced.

    (A quantity below 1 fails the quantity rules of its reason, as policy.md 4 says.)
    """
    if line.quantity is None or line.quantity <= MAX_CLAIM_QUANTITY:
        return None
    message = (
        f"the line gives a quantity of {line.quantity}; a claim line may ask for at most "
        f"{MAX_CLAIM_QUANTITY:,} units, so a person reads it"
    )
    return RuleResult(
        RuleCode.QUANTITY_OUT_OF_RANGE,
        Decision.NEEDS_REVIEW,
        message,
        line=index,
        fields=(f"lines[{index}].quantity",),
    )


def rules_for(reason: ReasonCode) -> tuple[Rule, ...]:
    """Return the rules a line of this reason must pass once its SKU is found on the order."""
    match reason:
        case ReasonCode.DAMAGED:
            return (check_quantity_available, check_prompt_report, check_returnable)
        case ReasonCode.SHORT:
            return (check_quantity_shipped, check_prompt_report)
        case ReasonCode.WRONG_ITEM:
            return (check_quantity_available, check_return_window, check_returnable)
        case ReasonCode.DEFECTIVE:
            return (check_quantity_available, check_warranty, check_returnable)
        case ReasonCode.NOT_NEEDED:
            return (check_quantity_available, check_return_window_strict, check_returnable_strict)
        case ReasonCode.OVERSHIPPED:
            return (check_prompt_report,)
        case ReasonCode.PRICING:
            return (check_price_variance, check_price_window)
        case _:
            assert_never(reason)


def line_results(
    *, index: int, claim: ClaimFacts, order: OrderFacts, policy: Policy
) -> list[RuleResult]:
    """Run every line rule that applies to the claim line and return those that failed."""
    line = claim.lines[index]
    check_sku = check_sku_on_invoice if line.reason is ReasonCode.PRICING else check_sku_on_order
    missing = check_sku(index=index, line=line, order=order)
    if line.sku is None:
        return [missing] if missing else []
    ctx = LineContext(index=index, line=line, sku=line.sku, claim=claim, order=order, policy=policy)
    checks = (() if missing else rules_for(line.reason)) + (check_duplicate,)
    results = [missing, *(check(ctx) for check in checks)]
    return [result for result in results if result is not None]


def decide_line(
    *, index: int, claim: ClaimFacts, order: OrderFacts | None, policy: Policy
) -> LineDecision:
    """Check and price one claim line; without an order it is neither checked nor priced."""
    line = claim.lines[index]
    out_of_range = check_quantity_range(index=index, line=line)
    if out_of_range is not None:  # a person reads the line: nothing is counted or priced
        return LineDecision(
            index=index,
            sku=line.sku,
            quantity=None,
            reason=line.reason,
            unit_price=None,
            credit=money.ZERO,
            rejected=False,
            results=(out_of_range,),
        )
    if order is None:
        results: tuple[RuleResult, ...] = ()
        unit_price, credit = None, money.ZERO
    else:
        results = tuple(line_results(index=index, claim=claim, order=order, policy=policy))
        unit_price, credit = money.price_line(line=line, order=order, policy=policy)
    rejected = any(result.outcome is Decision.REJECTED for result in results)
    return LineDecision(
        index=index,
        sku=line.sku,
        quantity=storable_quantity(line.quantity),  # a negative one is said, never kept
        reason=line.reason,
        unit_price=unit_price,
        credit=money.ZERO if rejected else credit,
        rejected=rejected,
        results=results,
    )
