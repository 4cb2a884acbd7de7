"""Limits of the rules (issue 16): a line count past the limit and absurd quantities go to
a person, nothing is priced from them, and the rules read a claim's lines in linear time."""

from dataclasses import replace
from decimal import Decimal

from rules import decide
from rules.facts import MAX_CLAIM_QUANTITY, ClaimLine
from rules.vocabulary import ActionType, Decision, ReasonCode, RuleCode
from tests.rules.test_line_rules import POLICY, line, make_claim


class CountingLines(tuple[ClaimLine, ...]):
    """The claim's lines, counting how often a rule walks all of them."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountingLines.walks += 1
        return super().__iter__()


def test_the_quantity_rule_adds_the_requests_lines_once_not_once_per_line() -> None:
    lines = CountingLines([line(ReasonCode.DAMAGED, quantity=1) for _ in range(300)])
    claim = replace(make_claim(), lines=lines)
    CountingLines.walks = 0
    (case,) = decide(claim, POLICY)
    assert case.decision is Decision.NEEDS_REVIEW  # 300 asked, 40 shipped
    # Walking every line for every line was quadratic: 1,000 lines took 0.8 s, 10,000 22 s.
    assert CountingLines.walks < 10
    message = next(r.message for r in case.results if r.code is RuleCode.QTY_EXCEEDS_AVAILABLE)
    assert message.startswith("claims 300 of VLV in this request (1 on this line)")


def test_lines_past_the_limit_send_every_case_to_review_whole() -> None:
    lines = [line(ReasonCode.DAMAGED, quantity=1)] * 4 + [line(ReasonCode.SHORT, "GSK", 1)] * 2
    claim = replace(make_claim(*lines), max_lines=5)
    cases = decide(claim, POLICY)
    assert [(c.type, c.decision) for c in cases] == [
        (ReasonCode.DAMAGED, Decision.NEEDS_REVIEW),
        (ReasonCode.SHORT, Decision.NEEDS_REVIEW),
    ]
    for case in cases:
        assert case.reasons == (RuleCode.TOO_MANY_LINES,)
        assert "6 claim lines, more than the 5 checked one by one" in case.results[0].message
        assert case.credit_total == Decimal("0.00")
        assert [a.type for a in case.actions] == [ActionType.CUSTOMER_NOTICE]
    # Nothing is truncated: every line is on its case.
    assert sum(len(case.lines) for case in cases) == 6


def test_lines_up_to_the_limit_are_decided_as_usual() -> None:
    claim = replace(make_claim(line(ReasonCode.DAMAGED, quantity=1)), max_lines=1)
    (case,) = decide(claim, POLICY)
    assert case.decision is Decision.AUTO_APPROVED


def test_a_quantity_past_the_maximum_is_neither_counted_nor_priced() -> None:
    huge = line(ReasonCode.DAMAGED, quantity=10**12)
    (case,) = decide(make_claim(huge, line(ReasonCode.DAMAGED, "GSK", 1)), POLICY)
    assert case.decision is Decision.NEEDS_REVIEW
    assert RuleCode.QUANTITY_OUT_OF_RANGE in case.reasons
    first = case.lines[0]
    assert (first.quantity, first.credit, first.unit_price) == (None, Decimal("0.00"), None)
    assert f"{MAX_CLAIM_QUANTITY:,}" in first.results[0].message
    assert "1000000000000" in first.results[0].message
    # 58.9 trillion was once proposed; now only the sane line is priced.
    assert case.credit_total == Decimal("12.50")
    assert all(
        line.sku != "VLV" for action in case.actions for line in action.lines
    )  # no RMA or credit for the absurd line


def test_a_negative_quantity_is_said_but_neither_kept_nor_priced() -> None:
    (case,) = decide(make_claim(line(ReasonCode.NOT_NEEDED, quantity=-5)), POLICY)
    assert case.decision is Decision.NEEDS_REVIEW
    assert case.reasons == (RuleCode.QTY_EXCEEDS_AVAILABLE,)  # policy.md 4: below 1
    assert "a quantity of -5" in case.results[0].message
    assert case.lines[0].quantity is None
    assert case.credit_total == Decimal("0.00")


def test_the_largest_quantity_is_still_checked_as_usual() -> None:
    (case,) = decide(make_claim(line(ReasonCode.DAMAGED, quantity=MAX_CLAIM_QUANTITY)), POLICY)
    assert set(case.reasons) == {RuleCode.QTY_EXCEEDS_AVAILABLE, RuleCode.CREDIT_ABOVE_LIMIT}
