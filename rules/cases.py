"""Identification outcomes (policy.md 3), case rules (5) and the case decision."""

from collections.abc import Iterable, Sequence
from decimal import Decimal

from rules import money
from rules.facts import ClaimFacts
from rules.outcomes import LineDecision, RuleResult
from rules.policy import Policy
from rules.vocabulary import Decision, RuleCode


def identification_results(claim: ClaimFacts) -> list[RuleResult]:
    """Return what identifying the customer and the order says about every case."""
    order, sender = claim.order, claim.sender_customer_id
    if order is None and sender is None:
        message = (
            "neither the customer nor the order could be identified; "
            "the customer is asked for the order number"
        )
        return [RuleResult(RuleCode.CUSTOMER_NOT_IDENTIFIED, Decision.NEEDS_INFO, message)]
    if order is None:
        message = f"no order of customer {sender} could be found; the customer is asked for it"
        return [RuleResult(RuleCode.ORDER_NOT_FOUND, Decision.NEEDS_INFO, message)]
    if sender is None:
        message = (
            f"the sender could not be identified; order {order.order_number} "
            f"belongs to customer {order.customer_id}"
        )
        return [RuleResult(RuleCode.SENDER_UNVERIFIED, Decision.NEEDS_REVIEW, message)]
    if order.customer_id != sender:
        message = (
            f"order {order.order_number} belongs to customer {order.customer_id}, "
            f"not to the sender's customer {sender}"
        )
        return [RuleResult(RuleCode.CUSTOMER_ORDER_MISMATCH, Decision.NEEDS_REVIEW, message)]
    return []


def used_confidences(claim: ClaimFacts, indices: Sequence[int]) -> list[tuple[str, float]]:
    """Return each field the decision used with its confidence (0.0 for a missing one)."""
    used: list[tuple[str, float]] = []
    if claim.order is not None:
        used += [("customer", claim.customer_confidence), ("order_number", claim.order_confidence)]
    for index in indices:
        line = claim.lines[index]
        used += [
            (f"lines[{index}].sku", 0.0 if line.sku is None else line.confidence.sku),
            (
                f"lines[{index}].quantity",
                0.0 if line.quantity is None else line.confidence.quantity,
            ),
            (f"lines[{index}].reason", line.confidence.reason),
        ]
    return used


def check_confidence(
    *, claim: ClaimFacts, indices: Sequence[int], policy: Policy
) -> RuleResult | None:
    """Fail once for the case when any field it used is below min_field_confidence."""
    minimum = policy.min_field_confidence
    low = [(name, value) for name, value in used_confidences(claim, indices) if value < minimum]
    if not low:
        return None
    named = ", ".join(f"{name} ({value:g})" for name, value in low)
    message = f"low confidence in {named}; the minimum is {minimum:g}"
    return RuleResult(
        RuleCode.LOW_CONFIDENCE,
        Decision.NEEDS_REVIEW,
        message,
        fields=tuple(name for name, _ in low),
    )


def check_credit_limit(
    *, credit_total: Decimal, currency: str, policy: Policy
) -> RuleResult | None:
    """Fail when the case's credit total is above auto_credit_limit."""
    limit = policy.auto_credit_limit
    if credit_total <= limit:
        return None
    message = (
        f"the credit of {money.show(credit_total)} {currency} is above the limit of "
        f"{money.show(limit)} for automatic credit"
    )
    return RuleResult(RuleCode.CREDIT_ABOVE_LIMIT, Decision.NEEDS_REVIEW, message)


def check_documents_read(claim: ClaimFacts) -> RuleResult | None:
    """Fail when a document of the request could not be read: what it says is unknown."""
    if not claim.unreadable:
        return None
    return RuleResult(
        code=RuleCode.DOCUMENT_UNREADABLE,
        outcome=Decision.NEEDS_REVIEW,
        message="a document of the request could not be read: " + "; ".join(claim.unreadable),
    )


def check_extraction(claim: ClaimFacts) -> RuleResult | None:
    """Fail when the configured extractor did not answer and another one read the request."""
    if claim.extraction_fallback is None:
        return None
    return RuleResult(
        code=RuleCode.EXTRACTION_FALLBACK,
        outcome=Decision.NEEDS_REVIEW,
        message=claim.extraction_fallback,
    )


def combine(*, results: Sequence[RuleResult], lines: Sequence[LineDecision]) -> Decision:
    """Return the case decision from its failed rules and its lines (policy.md 5)."""
    outcomes = {result.outcome for result in results}
    if Decision.NEEDS_INFO in outcomes:
        return Decision.NEEDS_INFO
    if Decision.NEEDS_REVIEW in outcomes:
        return Decision.NEEDS_REVIEW
    rejected = sum(1 for line in lines if line.rejected)
    if lines and rejected == len(lines):
        return Decision.REJECTED
    if rejected:
        return Decision.NEEDS_REVIEW
    return Decision.AUTO_APPROVED


def reason_codes(results: Iterable[RuleResult]) -> tuple[RuleCode, ...]:
    """Return the codes of the results in first-seen order, without repeats."""
    return tuple(dict.fromkeys(result.code for result in results))
