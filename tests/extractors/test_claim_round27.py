"""Round 27 of issue 13: counts said the way people say them ("that one tank", "the two
check valves", "got eight … it should be 10"), an elbow's angle in its name ("copper
90"), what a packing list and a delivery each counted, and items named surely by two
pieces of evidence that each alone leave to a person (several items each counted by
their own number; a near identifier the words confirm)."""

from extractors.claims.offline import extract
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round16 import STORE, _sure
from tests.extractors.test_offline import mail

D, S, F, N = (
    ReasonCode.DAMAGED,
    ReasonCode.SHORT,
    ReasonCode.DEFECTIVE,
    ReasonCode.NOT_NEEDED,
)


def _counts(body: str) -> list[tuple[str | None, int | None, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in extract(mail(body), STORE).lines
    ]


def _named_surely(body: str) -> list[str]:
    """The items of the lines read whose SKU is sure enough to act on."""
    lines = extract(mail(body), STORE).lines
    return sorted(line.sku.value for line in lines if line.sku and line.sku.confidence >= 0.85)


def test_that_one_thing_counts_one_and_that_one_doing_something_points() -> None:
    body = (
        "The expansion tank bladder is gone, so it's defective, can we get a warranty "
        "replacement on that one tank"
    )
    assert _sure(body) == [("WH-EXP-2G", 1, F)]
    pointed = "Two of the VLV-0075-BV are defective. One sticks. That one leaks at the stem."
    assert _sure(pointed) == [("VLV-0075-BV", 2, F)]


def test_the_two_things_count_two_but_one_of_the_two_counts_one() -> None:
    body = "The two ball valves (VLV-0075-BV) on that order are no longer needed."
    assert _sure(body) == [("VLV-0075-BV", 2, N)]
    assert _sure("One of the two VLV-0075-BV leaks at the stem.") == [("VLV-0075-BV", 1, F)]


def test_an_elbows_angle_in_its_name_is_no_count() -> None:
    body = (
        'The 1" copper 90 (VLV-0075-BV) we not use it - all of them we want to return, 200 pcs, '
        "original box."
    )
    assert _counts(body) == [("VLV-0075-BV", 200, N)]
    assert _counts("the copper 90s, VLV-0075-BV, 12 pcs not needed") == [("VLV-0075-BV", 12, N)]


def test_what_came_then_what_it_should_be_works_out_the_shortage() -> None:
    body = "the ball valves from PO 70231 we only got eight in the box and it should be 10"
    assert _counts(body) == [("VLV-0075-BV", 2, S)]
    said = "the ball valves we only got eight in the box and it should be 10 so were missing"
    assert _counts(said) == [("VLV-0075-BV", 2, S)]


def test_the_packing_lists_count_and_the_deliverys_are_not_the_claim() -> None:
    body = "- 1 ball valve (VLV-0075-BV) missing - 4 on the packing list, 3 in the delivery"
    assert _sure(body) == [("VLV-0075-BV", 1, S)]


def test_several_items_each_counted_by_their_own_number_are_read_surely() -> None:
    body = (
        'Returning a dozen of the 3/4" ball valves and 20 of the 10x6 registers. Both '
        "leftover, never opened."
    )
    assert sorted(_counts(body)) == [("HVC-REG-1006-W", 20, N), ("VLV-0075-BV", 12, N)]
    assert _named_surely(body) == ["HVC-REG-1006-W", "VLV-0075-BV"]
    # one count for two items: which is whose is a guess
    shared = '12 of the 3/4" ball valves and the 10x6 registers are dented'
    assert _sure(shared) == []


def test_a_near_identifier_the_words_confirm_names_the_item() -> None:
    body = (
        "floor register white 10x6 (HVC-REG-1006). The contractor used less than we "
        "thought, so 10 pcs we don't need."
    )
    assert _counts(body) == [("HVC-REG-1006-W", 10, N)]
    assert _named_surely(body) == ["HVC-REG-1006-W"]
    # the words name another item: the near identifier stays what it was, for a person
    other = "3/4 ball valve (HVC-REG-1006) - 2 pcs dented"
    assert _counts(other) == [("HVC-REG-1006", 2, D)]


def test_a_part_of_a_whole_of_another_kind_counts_the_part() -> None:
    body = (
        "PO 24460, the 3/4 ball valves. 10 of the 30 are threaded, we need sweat. Can u swap them"
    )
    assert _sure(body) == [("VLV-0075-BV", 10, ReasonCode.WRONG_ITEM)]


def test_a_count_corrected_is_no_count_of_what_came_against_what_was_due() -> None:
    body = (
        "The 3/4 ball valves: recounted this morning and there are 30 in the boxes, not 29, "
        "so it's 6 extra, not 5."
    )
    assert _counts(body) == [("VLV-0075-BV", 6, ReasonCode.OVERSHIPPED)]


def test_the_few_inside_a_sentence_are_what_was_sent_and_a_part_of_them_is_claimed() -> None:
    body = (
        "The PEX - you sent us the two 3/4 ball valves and one of them got absolutely "
        "flattened, the box is caved in on one side."
    )
    assert _sure(body) == [("VLV-0075-BV", 1, D)]
    flagged = "see the two lines Teresa flagged. Can you ship the missing 3/4 ball valve"
    assert _sure(flagged) == [("VLV-0075-BV", 1, S)]
