"""Round 35 of issue 13, from the spent heldout74: goods a site threw away are still
claimed ("so there is nothing to send back" says only that nothing goes back); a unit
stuck in a boot loop is defective; "the extra 10" counts the overage; a package "not here"
is short, and "one box of 25" says 25; what a bag held against what the ticket says is a
shortage; a count of cartons is no count of the items where the sentence counts those."""

from extractors.claims.lexicon import disclaims, find_reasons
from extractors.claims.offline import extract
from extractors.claims.quantities import Computed, computed_difference
from extractors.claims.restated import _one_pack_of
from extractors.claims.tokens import find_numbers, find_skus, no_count_spans
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines, _sure
from tests.extractors.test_offline import mail

D, DF, S = ReasonCode.DAMAGED, ReasonCode.DEFECTIVE, ReasonCode.SHORT
OVER, W = ReasonCode.OVERSHIPPED, ReasonCode.WRONG_ITEM
_CATALOGUE = {
    "VLV-2210-BR": '2" bronze gate valve, threaded',
    "VLV-1005-BV": '1" brass ball valve, full port, threaded',
    "FTG-CU-E90-100": '1" wrot copper 90 deg elbow, C x C',
    "FTG-BI-U-150": '1-1/2" black malleable iron union',
    "TST-7500-PRO": "7-day programmable Wi-Fi thermostat",
    "HVC-REG-1006-W": "10x6 steel floor register, white",
    "CLG-TILE-24-ACU": "2x2 ft acoustic ceiling tile, carton of 16",
}


def _order(*skus: str) -> object:
    return order_of(_CATALOGUE, skus, count=40)


def test_goods_thrown_away_are_claimed_though_nothing_goes_back() -> None:
    thrown = "The GC had us toss them in the dumpster on site, so there is nothing to send back."
    assert not disclaims(thrown)
    assert disclaims("We kept everything, so there is nothing to send back.")
    body = (
        "PO 4410 landed at the clinic job Tuesday.\n\n"
        "4 cartons of the 2x2 acoustic tile were crushed flat and the tiles are broken. "
        "The super made us throw them in the dumpster, so there is nothing to send back.\n\n"
        "Please ship 4 cartons of tile.\n"
    )
    order = _order("CLG-TILE-24-ACU", "HVC-REG-1006-W")
    assert _lines(body, order) == [("CLG-TILE-24-ACU", 4, D)]


def test_a_unit_in_a_boot_loop_or_counted_dead_is_defective() -> None:
    assert [hit.reason for hit in find_reasons("3 of them boot loop after the update.")] == [DF]
    assert [hit.reason for hit in find_reasons("Both are stuck in a bootloop.")] == [DF]
    assert [hit.reason for hit in find_reasons("Re: 2 dead wifi stats on the job")] == [DF]
    # a dead end, a dead load are no defect; "the 2 dead pumps" are a claim told before
    assert find_reasons("The 2 dead ends of the main were capped.") == []
    assert find_reasons("This is apart from the 2 dead pumps on the other PO.") == []


def test_the_extra_count_named_before_its_items_is_the_overage() -> None:
    assert [hit.reason for hit in find_reasons("The extra 8 registers are in the shop.")] == [OVER]
    # more asked for before the order ships
    text = "If it's already picked, just put the extra 10 unions on a separate ticket."
    assert find_reasons(text) == []
    # a size, not a count over: what the job did not use
    text = 'We want to send back the extra 1-1/2" unions, the job used fewer.'
    assert OVER not in [hit.reason for hit in find_reasons(text)]
    body = (
        "PO 5120 came Thursday. Our receiver counted 48 of the 10x6 floor registers in the "
        "cartons. We ordered 40 and were billed for 40.\n\n"
        "The extra 8 are stacked by the dock door, please send someone for them.\n"
    )
    assert _sure(body, _order("HVC-REG-1006-W", "VLV-1005-BV")) == [("HVC-REG-1006-W", 8, OVER)]


def test_a_package_not_here_is_short_and_one_box_of_25_says_25() -> None:
    assert [hit.reason for hit in find_reasons("One box of 25 is not here.")] == [S]
    assert [hit.reason for hit in find_reasons("Two cartons aren't here.")] == [S]
    assert find_reasons("Our foreman is not here until Monday.") == []
    assert _one_pack_of("One box of 25 is not here.") == {25}
    assert _one_pack_of('one bag of 1/2" nuts') == set()  # a size, not what a pack holds
    body = (
        "Counted PO 77120 this morning.\n\n"
        '- 1" wrot 90s: 3 boxes, slip says 4 boxes (100). One box of 25 is not here.\n'
        '- 1" ball valves: 40, all good.\n\n'
        "Please ship the 25 elbows on the next truck.\n"
    )
    assert _sure(body, _order("FTG-CU-E90-100", "VLV-1005-BV")) == [("FTG-CU-E90-100", 25, S)]


def test_what_a_package_held_against_the_ticket_is_a_shortage() -> None:
    text = "The bag of black unions has 6, the ticket says 10."
    assert [hit.reason for hit in find_reasons(text)] == [S]
    # held as many as the ticket: nothing short
    assert find_reasons("The bag of black unions has 10, the ticket says 10.") == []


def test_a_count_of_cartons_is_no_count_of_the_items_the_sentence_counts() -> None:
    body = (
        "PO 77300 came Friday.\n\n"
        '- 2" bronze gate valves: one carton was crushed, 3 of the 10 in it have cracked '
        "bodies.\n"
        "- ball valves all fine.\n"
    )
    assert _lines(body, _order("VLV-2210-BR", "VLV-1005-BV")) == [("VLV-2210-BR", 3, D)]


def test_what_we_have_denied_by_what_was_due_works_out_the_shortage() -> None:
    text = "So we have 60 elbows, not 75."
    numbers = find_numbers(text, no_count_spans(text))
    assert computed_difference(text, numbers) == Computed(15, 11, 28, surplus=False)
    # what a job left, corrected, is no shortage
    text = "We have 2 left, not 3 as I wrote."
    assert computed_difference(text, find_numbers(text, no_count_spans(text))) is None
    body = (
        'PO 40120 came Thursday. Today we opened the boxes of the 1" copper elbows and there '
        "are only 3 boxes, it must be 4 boxes of 25. So we have 75 elbows, not 100.\n\n"
        "Please send the box that is missing.\n"
    )
    order = _order("FTG-CU-E90-100", "VLV-1005-BV")
    assert _lines(body, order) == [("FTG-CU-E90-100", 25, S)]


def test_homes_left_without_hot_water_name_no_defect() -> None:
    assert find_reasons("Please hurry, 3 units in bldg B have no hot water.") == []
    assert find_reasons("The apartments have no heat since Friday.") == []
    assert [hit.reason for hit in find_reasons("The new heater gives no hot water.")] == [DF]


def test_a_reports_or_a_receipts_number_is_no_item() -> None:
    text = "Report no.: CC-26-11847   Receipt # DR-5521   Work order: WO-88120   part HTR-40-LP"
    assert [token.value for token in find_skus(text, [])] == ["HTR-40-LP"]


def test_asking_whether_the_credit_is_made_asks_after_a_claim() -> None:
    body = (
        "Hi, for the 25 elbows missing, is the credit already made? Our bookkeeper closes "
        "the month. We dont need the elbows anymore, only the credit.\n"
    )
    order = _order("FTG-CU-E90-100", "VLV-1005-BV")
    assert extract(mail(body), order).is_claim is False


def test_units_that_not_turn_on_are_defective() -> None:
    text = "We try to install them and they not turn on, both of them."
    assert [hit.reason for hit in find_reasons(text)] == [DF]


def test_a_problem_someone_already_told_you_about_is_no_claim_here() -> None:
    text = "The rest matched, except the cracked tee Dana already told you about."
    assert find_reasons(text) == []


def test_a_count_of_boxes_that_agrees_with_the_items_counted_stands() -> None:
    body = (
        "PO 61200: 2 boxes of the Wi-Fi thermostats have another model inside, not what we "
        "ordered. Need 2 of the correct ones.\n"
    )
    assert _sure(body, _order("TST-7500-PRO", "VLV-1005-BV")) == [("TST-7500-PRO", 2, W)]
