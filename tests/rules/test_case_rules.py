"""Identification (policy.md 3, items 4-6), case rules (5) and the case decision."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from rules import decide, load_policy
from rules.cases import combine, reason_codes
from rules.facts import (
    ClaimFacts,
    ClaimLine,
    Contract,
    LineConfidence,
    OrderFacts,
    OrderLine,
    ShipmentFacts,
    ShipmentLine,
)
from rules.outcomes import CaseDecision, LineDecision, RuleResult
from rules.vocabulary import ActionType, Decision, NoticeKind, ReasonCode, RuleCode

POLICY = load_policy()
NO_CONTRACT = Contract()
DELIVERED = date(2026, 11, 5)


def make_order(*, customer_id: str = "C-1", price: str = "58.90") -> OrderFacts:
    """Build order SO-1 with 40 VLV and 10 GSK shipped by UPS and delivered on DELIVERED."""
    shipment = ShipmentFacts(
        "SH-1",
        "DAL",
        "UPS",
        date(2026, 11, 1),
        DELIVERED,
        (ShipmentLine("VLV", 40), ShipmentLine("GSK", 10)),
    )
    return OrderFacts(
        order_number="SO-1",
        customer_id=customer_id,
        currency="EUR",
        lines=(OrderLine(1, "VLV", 40, Decimal(price)), OrderLine(2, "GSK", 10, Decimal("12.50"))),
        shipments=(shipment,),
    )


ORDER = make_order()


def line(
    reason: ReasonCode = ReasonCode.DAMAGED,
    *,
    sku: str | None = "VLV",
    quantity: int | None = 2,
    confidence: LineConfidence = LineConfidence(),  # noqa: B008 (frozen)
) -> ClaimLine:
    """Build a claim line."""
    return ClaimLine(sku=sku, quantity=quantity, reason=reason, confidence=confidence)


def make_claim(
    *lines: ClaimLine,
    order: OrderFacts | None = ORDER,
    sender: str | None = "C-1",
    after: int = 1,
    customer_confidence: float = 1.0,
    order_confidence: float = 1.0,
    contract: Contract = NO_CONTRACT,
) -> ClaimFacts:
    """Build a claim received `after` days after delivery."""
    return ClaimFacts(
        received_date=DELIVERED + timedelta(days=after),
        lines=lines or (line(),),
        sender_customer_id=sender,
        order=order,
        customer_confidence=customer_confidence,
        order_confidence=order_confidence,
        contract=contract,
    )


def only_case(claim: ClaimFacts) -> CaseDecision:
    """Return the single case of the claim."""
    (case,) = decide(claim, POLICY)
    return case


# identification


def test_no_customer_and_no_order_needs_info() -> None:
    case = only_case(make_claim(order=None, sender=None))

    assert case.decision is Decision.NEEDS_INFO
    assert case.reasons == (RuleCode.CUSTOMER_NOT_IDENTIFIED,)
    (result,) = case.results
    assert (result.outcome, result.line) == (Decision.NEEDS_INFO, None)


def test_no_order_needs_info_without_line_checks_or_money() -> None:
    claim = make_claim(line(quantity=999), line(sku="ZZZ"), order=None, after=400)

    case = only_case(claim)

    assert case.decision is Decision.NEEDS_INFO
    assert case.reasons == (RuleCode.ORDER_NOT_FOUND,)
    assert case.credit_total == Decimal("0.00")
    assert case.currency == "USD"
    assert [(ln.unit_price, ln.credit, ln.results) for ln in case.lines] == [
        (None, Decimal("0.00"), ()),
        (None, Decimal("0.00"), ()),
    ]
    assert [(a.type, a.notice) for a in case.actions] == [
        (ActionType.CUSTOMER_NOTICE, NoticeKind.INFO_REQUEST)
    ]


def test_order_of_another_customer_needs_review() -> None:
    case = only_case(make_claim(line(), order=make_order(customer_id="C-2")))

    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.CUSTOMER_ORDER_MISMATCH,)
    assert case.results[0].message == (
        "order SO-1 belongs to customer C-2, not to the sender's customer C-1"
    )


def test_mismatched_order_still_runs_line_rules() -> None:
    case = only_case(make_claim(line(quantity=41), order=make_order(customer_id="C-2")))

    assert case.reasons == (RuleCode.CUSTOMER_ORDER_MISMATCH, RuleCode.QTY_EXCEEDS_AVAILABLE)


def test_unknown_sender_with_order_needs_review() -> None:
    case = only_case(make_claim(sender=None))

    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.SENDER_UNVERIFIED,)
    assert case.credit_total == Decimal("117.80")
    assert case.currency == "EUR"


def test_known_sender_of_the_order_is_no_finding() -> None:
    assert only_case(make_claim()).decision is Decision.AUTO_APPROVED


# confidence


def test_confidence_at_the_minimum_passes() -> None:
    confident = LineConfidence(sku=0.85, quantity=0.85, reason=0.85)
    claim = make_claim(line(confidence=confident), customer_confidence=0.85, order_confidence=0.85)

    assert only_case(claim).decision is Decision.AUTO_APPROVED


@pytest.mark.parametrize("field", ["sku", "quantity", "reason"])
def test_line_confidence_below_minimum_needs_review(field: str) -> None:
    unsure = replace(LineConfidence(), **{field: 0.8499})

    case = only_case(make_claim(line(confidence=unsure)))

    assert case.decision is Decision.NEEDS_REVIEW
    (result,) = case.results
    assert (result.code, result.fields, result.line) == (
        RuleCode.LOW_CONFIDENCE,
        (f"lines[0].{field}",),
        None,
    )


def test_low_confidence_is_one_result_naming_every_field() -> None:
    claim = make_claim(
        line(ReasonCode.SHORT),
        line(),
        line(confidence=LineConfidence(quantity=0.5)),
        customer_confidence=0.8499,
        order_confidence=0.9,
    )

    damaged = decide(claim, POLICY)[1]

    (result,) = damaged.results
    assert result.fields == ("customer", "lines[2].quantity")
    assert result.message == (
        "low confidence in customer (0.8499), lines[2].quantity (0.5); the minimum is 0.85"
    )


def test_missing_sku_and_quantity_count_as_no_confidence() -> None:
    case = only_case(make_claim(line(sku=None, quantity=None)))

    low = next(r for r in case.results if r.code is RuleCode.LOW_CONFIDENCE)
    assert low.fields == ("lines[0].sku", "lines[0].quantity")


def test_without_an_order_customer_and_order_confidence_are_not_used() -> None:
    claim = make_claim(order=None, customer_confidence=0.1, order_confidence=0.1)

    assert only_case(claim).reasons == (RuleCode.ORDER_NOT_FOUND,)


def test_low_line_confidence_without_an_order_still_named() -> None:
    claim = make_claim(line(confidence=LineConfidence(sku=0.2)), order=None)

    case = only_case(claim)

    assert case.decision is Decision.NEEDS_INFO
    assert case.reasons == (RuleCode.ORDER_NOT_FOUND, RuleCode.LOW_CONFIDENCE)


# credit limit


def test_credit_at_the_limit_passes() -> None:
    case = only_case(make_claim(line(quantity=1), order=make_order(price="2500.00")))

    assert (case.decision, case.credit_total) == (Decision.AUTO_APPROVED, Decimal("2500.00"))


def test_credit_one_cent_above_the_limit_needs_review() -> None:
    case = only_case(make_claim(line(quantity=1), order=make_order(price="2500.01")))

    assert case.decision is Decision.NEEDS_REVIEW
    (result,) = case.results
    assert result.code is RuleCode.CREDIT_ABOVE_LIMIT
    assert result.message == (
        "the credit of 2,500.01 EUR is above the limit of 2,500.00 for automatic credit"
    )


def test_credit_limit_adds_the_lines_of_the_case() -> None:
    claim = make_claim(line(quantity=1), line(quantity=1), order=make_order(price="1250.01"))

    assert only_case(claim).reasons == (RuleCode.CREDIT_ABOVE_LIMIT,)


def test_contract_credit_limit_override() -> None:
    contract = Contract(auto_credit_limit=Decimal("5000.00"))
    claim = make_claim(line(quantity=1), order=make_order(price="5000.00"), contract=contract)

    assert only_case(claim).decision is Decision.AUTO_APPROVED
    higher = make_claim(line(quantity=1), order=make_order(price="5000.01"), contract=contract)
    assert only_case(higher).reasons == (RuleCode.CREDIT_ABOVE_LIMIT,)


# the case decision


def test_every_line_rejected_is_rejected() -> None:
    claim = make_claim(
        line(ReasonCode.NOT_NEEDED), line(ReasonCode.NOT_NEEDED, sku="GSK"), after=31
    )

    case = only_case(claim)

    assert case.decision is Decision.REJECTED
    assert case.reasons == (RuleCode.OUTSIDE_RETURN_WINDOW,)
    assert len(case.results) == 2


def test_some_lines_rejected_needs_review() -> None:
    early_gsk = ShipmentFacts(
        "SH-0", "DAL", "UPS", date(2026, 10, 20), date(2026, 10, 25), (ShipmentLine("GSK", 10),)
    )
    vlv = replace(ORDER.shipments[0], lines=(ShipmentLine("VLV", 40),))
    order = replace(ORDER, shipments=(early_gsk, vlv))
    claim = make_claim(
        line(ReasonCode.NOT_NEEDED),
        line(ReasonCode.NOT_NEEDED, sku="GSK"),
        order=order,
        after=25,
    )

    case = only_case(claim)

    assert [ln.rejected for ln in case.lines] == [False, True]
    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.OUTSIDE_RETURN_WINDOW,)


def test_review_and_info_outrank_rejection() -> None:
    claim = make_claim(line(ReasonCode.NOT_NEEDED, quantity=41), after=31)

    case = only_case(claim)

    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.QTY_EXCEEDS_AVAILABLE, RuleCode.OUTSIDE_RETURN_WINDOW)


def test_reasons_list_case_results_first_then_lines_without_repeats() -> None:
    claim = make_claim(
        line(quantity=50),
        line(sku="GSK", quantity=1),
        sender=None,
        after=9,
        customer_confidence=0.5,
    )

    case = only_case(claim)

    assert case.reasons == (
        RuleCode.SENDER_UNVERIFIED,
        RuleCode.LOW_CONFIDENCE,
        RuleCode.CREDIT_ABOVE_LIMIT,
        RuleCode.QTY_EXCEEDS_AVAILABLE,
        RuleCode.LATE_CLAIM,
    )
    assert [r.line for r in case.results] == [None, None, None, 0, 0, 1]


def test_cases_follow_first_appearance_of_each_reason() -> None:
    claim = make_claim(
        line(ReasonCode.SHORT, quantity=1),
        line(ReasonCode.DAMAGED, quantity=1),
        line(ReasonCode.SHORT, sku="GSK", quantity=1),
    )

    cases = decide(claim, POLICY)

    assert [c.type for c in cases] == [ReasonCode.SHORT, ReasonCode.DAMAGED]
    assert [[ln.index for ln in c.lines] for c in cases] == [[0, 2], [1]]


def result(outcome: Decision, code: RuleCode = RuleCode.LATE_CLAIM) -> RuleResult:
    """Build a failed rule with the outcome."""
    return RuleResult(code=code, outcome=outcome, message="")


def decided(rejected: bool) -> LineDecision:
    """Build a decided line, rejected or not."""
    return LineDecision(0, "VLV", 1, ReasonCode.DAMAGED, None, Decimal("0.00"), rejected)


@pytest.mark.parametrize(
    ("outcomes", "rejected", "expected"),
    [
        ([Decision.NEEDS_REVIEW, Decision.NEEDS_INFO], [True], Decision.NEEDS_INFO),
        ([Decision.REJECTED, Decision.NEEDS_REVIEW], [True], Decision.NEEDS_REVIEW),
        ([Decision.REJECTED], [True, True], Decision.REJECTED),
        ([Decision.REJECTED], [True, False], Decision.NEEDS_REVIEW),
        ([], [False, False], Decision.AUTO_APPROVED),
    ],
)
def test_combine(outcomes: list[Decision], rejected: list[bool], expected: Decision) -> None:
    results = [result(outcome) for outcome in outcomes]

    assert combine(results=results, lines=[decided(r) for r in rejected]) is expected


def test_reason_codes_keep_first_occurrence() -> None:
    results = [
        result(Decision.NEEDS_REVIEW, RuleCode.LATE_CLAIM),
        result(Decision.NEEDS_REVIEW, RuleCode.DUPLICATE_REQUEST),
        result(Decision.NEEDS_REVIEW, RuleCode.LATE_CLAIM),
    ]

    assert reason_codes(results) == (RuleCode.LATE_CLAIM, RuleCode.DUPLICATE_REQUEST)


# documents that could not be read


def test_an_unreadable_document_sends_an_otherwise_approved_case_to_review() -> None:
    readable = only_case(make_claim())
    claim = replace(make_claim(), unreadable=("photo.heic: files of type image/heic are not read",))
    case = only_case(claim)

    assert readable.decision is Decision.AUTO_APPROVED
    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.DOCUMENT_UNREADABLE,)
    assert "photo.heic" in case.results[0].message
    assert case.credit_total == readable.credit_total


def test_a_fallback_extraction_sends_an_otherwise_approved_case_to_review() -> None:
    why = "the language model did not answer (timeout); the built-in extractor read this request"
    case = only_case(replace(make_claim(), extraction_fallback=why))

    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.EXTRACTION_FALLBACK,)
    assert case.results[0].message == why
