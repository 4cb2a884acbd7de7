"""Claims read in the thirteenth round of issue 13: a valve that will not close; the count
the paper says against the count that came; the part of what came that the claim is of;
a wrong item told by its size; a list of claims made before, sent to ask after them."""

from extractors.claims.lexicon import asks_after, find_reasons
from extractors.claims.offline import extract
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round8 import ORDER
from tests.extractors.test_offline import mail

DAMAGED, DEFECTIVE = ReasonCode.DAMAGED, ReasonCode.DEFECTIVE
SHORT, WRONG_ITEM = ReasonCode.SHORT, ReasonCode.WRONG_ITEM


def _read(body: str) -> list[tuple[str | None, int | None, float, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.quantity.confidence if line.quantity else 0.0,
            line.reason.value,
        )
        for line in extract(mail(body), ORDER).lines
    ]


def test_a_valve_that_will_not_close_is_a_defect_not_a_box_left_shut() -> None:
    for said in ("2 of the PRVs won't close off", "the check valve doesnt close all the way"):
        assert [hit.reason for hit in find_reasons(said)] == [DEFECTIVE], said
    for said in ("we didn't open the box yet", "I won't open them until Monday"):
        assert find_reasons(said) == [], said
    # a damage said beside it is the reason: the door of a crushed unit will not close
    assert [hit.reason for hit in find_reasons("the cabinet is dented, door wont close")] == [
        DAMAGED
    ]


def test_the_count_the_paper_says_against_what_came_makes_the_shortage() -> None:
    body = (
        'SO-104233: the 3/4" pressure reducing valves, we only got 9, the PO and the packing '
        "list say 12. Please send the rest."
    )
    (line,) = _read(body)
    assert (line[0], line[1], line[3]) == ("VLV-0750-PRV", 3, SHORT)


def test_the_part_of_what_came_that_the_claim_is_of() -> None:
    body = "SO-104233: 2 check valves came but one of them has a cracked flange. Please credit it."
    assert _read(body) == [("VLV-3100-CK", 1, 0.9, DAMAGED)]


def test_a_wrong_item_told_by_its_size() -> None:
    for said in (
        "the PRVs are not 3/4, they're 1/2 inch",
        'the tag says 2-1/2 but the box says 3"',
        'two boxes of 3/4" PRVs had 1/2" valves inside',
    ):
        assert [hit.reason for hit in find_reasons(said)] == [WRONG_ITEM], said
    # counts that differ are no wrong item
    counted = find_reasons("the slip says 10 but the box says 12")
    assert WRONG_ITEM not in [hit.reason for hit in counted]


def test_a_list_of_claims_made_before_sent_to_ask_after_them_is_for_a_person() -> None:
    assert asks_after(["Our AP still shows the credits on this list as open."])
    assert asks_after(["Could you let me know where they stand?"])
    body = (
        "Our AP still shows the credits below as open, could you let me know where they "
        "stand?\n\nVLV-0750-PRV short 2\nVLV-3100-CK damaged 1\n"
    )
    lines = extract(mail(body), ORDER).lines
    assert lines
    assert all(line.reason.confidence < 0.85 for line in lines)
