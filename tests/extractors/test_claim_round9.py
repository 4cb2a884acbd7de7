"""Claims read in the ninth round of issue 13: what a failed unit leaves ("no hot water",
"won't stay lit", "isn't regulating", "the stats are bad"), surplus said as the count still
needed or as ordering too many, and a count in words after "the"."""

import pytest

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round8 import ORDER, _lines
from tests.extractors.test_offline import mail


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenant called Friday, no hot water at all.",
        "Since it went in there is no heat in the east wing.",
        "The pilot on the boiler will not stay lit.",
        "The PRV isn't regulating, downstream reads the full 90 psi.",
        "Two of the thermostats keep rebooting every few minutes.",
        "Please handle this as a warranty claim on the one unit.",
    ],
)
def test_what_a_failed_unit_leaves_is_a_defect(sentence: str) -> None:
    assert [hit.reason for hit in find_reasons(sentence)] == [ReasonCode.DEFECTIVE]


@pytest.mark.parametrize(
    "sentence",
    [
        "There was no heat damage to the cartons.",
        "The boxes came in bad shape.",
    ],
)
def test_words_that_only_look_like_a_defect_are_none(sentence: str) -> None:
    assert ReasonCode.DEFECTIVE not in [hit.reason for hit in find_reasons(sentence)]


def test_the_count_still_needed_in_words_leaves_the_rest_surplus() -> None:
    text = (
        "Order SO-104201. We took eight of the 3/4 pressure reducing valves and the job now "
        "only needs five. Could we return the other three for credit? Still sealed."
    )
    assert _lines(text) == [("VLV-0750-PRV", 3, 0.9, ReasonCode.NOT_NEEDED)]


def test_ordering_too_many_is_surplus_and_the_four_are_four() -> None:
    text = (
        "Order SO-104201: we over-ordered the pressure reducing valves. Ten came, six went "
        "in, please send an RMA so we can return the four."
    )
    assert _lines(text) == [("VLV-0750-PRV", 4, 0.9, ReasonCode.NOT_NEEDED)]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("TST-2100-NP\tDigital stat\t12\t11\t1 carton empty", ReasonCode.SHORT),
        ("The second box was empty when we opened it.", ReasonCode.SHORT),
        ('Six of the twelve are 3/4" sweat ball valves, not 1" threaded.', ReasonCode.WRONG_ITEM),
        ("The breaker on that unit keeps tripping.", ReasonCode.DEFECTIVE),
        ("Two of the wifi stats we got on PO-60418 are bad.", ReasonCode.DEFECTIVE),
    ],
)
def test_more_reasons_said_plainly(sentence: str, reason: ReasonCode) -> None:
    assert [hit.reason for hit in find_reasons(sentence)] == [reason]


def test_items_said_bad_beside_damage_are_damaged_and_cartons_are_no_defect() -> None:
    broken = "One of the expansion tanks is bad, the bladder is broken."
    assert [hit.reason for hit in find_reasons(broken)] == [ReasonCode.DAMAGED]
    assert find_reasons("The 2 cartons of tile are no good, we'll toss them.") == []


def test_a_return_not_yet_decided_is_no_claim() -> None:
    text = (
        "Order SO-104201. Before we decide anything: we over-ordered the MERV 11 filters. "
        "If we sent back some of the cases, what would the fee be?"
    )
    fields = extract(mail(text), ORDER)
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")


def test_sending_back_some_is_a_convenience_return_unless_the_thread_says_why() -> None:
    text = "Order SO-104201. Let's send back 2 of the 10 cases of the MERV 11 filters."
    assert _lines(text) == [("HVC-FLT-1625-M11", 2, 0.9, ReasonCode.NOT_NEEDED)]
    (line,) = extract(mail(text), ORDER).lines
    assert line.reason.confidence == 0.86
    # answering a report of wet cartons, it may be those: a person reads it
    thread = f"{text}\n\n> 2 cases of the MERV 11 filters came in wet.\n"
    (line,) = extract(mail(thread), ORDER).lines
    assert line.reason.confidence < 0.85


def test_a_count_of_all_that_came_is_no_count_of_the_extra() -> None:
    # "so 2 extra" counts the extra itself, not the 14 that came
    text = 'Order SO-104201. We got 14 of the 3" check valves, so 2 extra. Please pick them up.'
    assert [(value, confidence < 0.85) for _, value, confidence, _ in _lines(text)] == [(2, False)]


def test_the_count_the_order_was_for_makes_the_extra_of_all_that_came() -> None:
    # "the order was for 12" counts what was ordered: 14 came, so the 2 extra are claimed
    text = (
        'Order SO-104201. We got 14 of the 3" check valves, the order was for 12, so 2 extra. '
        "Please pick them up."
    )
    assert [(value, confidence < 0.85) for _, value, confidence, _ in _lines(text)] == [(2, False)]


def test_the_items_described_in_words_are_not_the_count_nor_is_the_orders_number() -> None:
    dented = (
        "Order SO-104201. We uncrated the ten cases of MERV 11 filters and one of them is "
        "crushed flat. Please credit it."
    )
    assert _lines(dented) == [("HVC-FLT-1625-M11", 1, 0.9, ReasonCode.DAMAGED)]
    by_po = "Two of the check valves from the 60418 order leak. Order SO-104201."
    assert [value for _, value, _, _ in _lines(by_po)] == [2]


UNIONS = OrderVocabulary(
    identifiers=("FTG-BI-U-150", "VLV-3100-CK"),
    descriptions=(
        ("FTG-BI-U-150", '1-1/2" black malleable iron union'),
        ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
    ),
    counts=(("FTG-BI-U-150", 40), ("VLV-3100-CK", 6)),
)


def test_a_forwarded_claim_the_forwarder_makes_for_another_reason_is_for_a_person() -> None:
    text = (
        "Returns team,\n\nForwarding from my foreman. On SO-104235 please:\n"
        " - return 10 of the 1-1/2\" unions, we over-ordered. They're unused.\n\n"
        "Thanks\nTom\n\n-----Original Message-----\n"
        "From: Sal Brennan <sbrennan@keystonemech.com>\n"
        "Sent: Monday, November 30, 2026 4:18 PM\nTo: Tom Morales <tmorales@keystonemech.com>\n"
        "Subject: extra unions\n\nTom,\nwe've got 10 extra of the 1 1/2 black unions - 40 "
        "came, we used 30.\nSal\n"
    )
    read = [
        (line.reason.value, line.sku is not None and line.sku.confidence >= 0.85)
        for line in extract(mail(text, subject="FW: extra unions"), UNIONS).lines
        if line.reason.confidence >= 0.85
    ]
    assert read == [(ReasonCode.NOT_NEEDED, True)]
