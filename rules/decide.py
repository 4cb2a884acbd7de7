"""The policy's entry point: one decided case per reason code of a request."""

from rules import money
from rules.actions import notice, plan_actions
from rules.cases import (
    check_confidence,
    check_credit_limit,
    check_documents_read,
    check_extraction,
    combine,
    identification_results,
    reason_codes,
)
from rules.facts import ClaimFacts, storable_quantity
from rules.lines import decide_line
from rules.outcomes import CaseDecision, LineDecision, RuleResult
from rules.policy import Policy
from rules.vocabulary import Decision, ReasonCode, RuleCode

DEFAULT_CURRENCY = "USD"


def decide(claim: ClaimFacts, policy: Policy) -> tuple[CaseDecision, ...]:
    """Decide every case of the request, in order of each reason's first line."""
    effective = policy.with_contract(claim.contract)
    by_reason: dict[ReasonCode, list[int]] = {}
    for index, line in enumerate(claim.lines):
        by_reason.setdefault(line.reason, []).append(index)
    too_many = check_line_count(claim)
    if too_many is not None:
        return tuple(
            unchecked_case(reason=reason, indices=indices, claim=claim, result=too_many)
            for reason, indices in by_reason.items()
        )
    return tuple(
        decide_case(reason=reason, indices=indices, claim=claim, policy=effective)
        for reason, indices in by_reason.items()
    )


def check_line_count(claim: ClaimFacts) -> RuleResult | None:
    """Fail when the request has more claim lines than the rules check one by one."""
    limit = claim.max_lines
    if limit is None or len(claim.lines) <= limit:
        return None
    message = (
        f"the request has {len(claim.lines):,} claim lines, more than the {limit:,} "
        "checked one by one; every line is kept and a person reads the request"
    )
    return RuleResult(RuleCode.TOO_MANY_LINES, Decision.NEEDS_REVIEW, message)


def unchecked_case(
    *, reason: ReasonCode, indices: list[int], claim: ClaimFacts, result: RuleResult
) -> CaseDecision:
    """A case whose lines are kept but neither checked nor priced: a person reads it."""
    order = claim.order
    lines = tuple(
        LineDecision(
            index=index,
            sku=claim.lines[index].sku,
            quantity=storable_quantity(claim.lines[index].quantity),
            reason=reason,
            unit_price=None,
            credit=money.ZERO,
            rejected=False,
        )
        for index in indices
    )
    results = (*identification_results(claim), result)
    decision = combine(results=results, lines=lines)
    return CaseDecision(
        type=reason,
        decision=decision,
        reasons=reason_codes(results),
        results=results,
        lines=lines,
        credit_total=money.ZERO,
        currency=order.currency if order is not None else DEFAULT_CURRENCY,
        actions=(notice(decision),),
    )


def decide_case(
    *, reason: ReasonCode, indices: list[int], claim: ClaimFacts, policy: Policy
) -> CaseDecision:
    """Check, price and decide the lines of one reason as a case, and plan its actions."""
    order = claim.order
    currency = order.currency if order is not None else DEFAULT_CURRENCY
    lines = tuple(
        decide_line(index=index, claim=claim, order=order, policy=policy) for index in indices
    )
    credit_total = money.total([line.credit for line in lines])
    case_checks = (
        check_documents_read(claim),
        check_extraction(claim),
        check_confidence(claim=claim, indices=indices, policy=policy),
        check_credit_limit(credit_total=credit_total, currency=currency, policy=policy),
    )
    case_results = [*identification_results(claim), *(r for r in case_checks if r is not None)]
    results: tuple[RuleResult, ...] = (
        *case_results,
        *(result for line in lines for result in line.results),
    )
    decision = combine(results=results, lines=lines)
    actions = plan_actions(
        reason=reason,
        decision=decision,
        lines=lines,
        credit_total=credit_total,
        order=order,
        policy=policy,
    )
    return CaseDecision(
        type=reason,
        decision=decision,
        reasons=reason_codes(results),
        results=results,
        lines=lines,
        credit_total=credit_total,
        currency=currency,
        actions=actions,
    )
