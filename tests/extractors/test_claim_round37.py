"""Round 37: a claim taken back in part, a shortage that arrived after all, damage told as a
crack had, a unit not heating, and a correction naming its item."""

from extractors.claims.lexicon import find_reasons, is_settled
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines, _sure
from tests.extractors.test_offline import mail

DM = ReasonCode.DAMAGED
_CATALOGUE = {
    "VLV-1005-BV": '1" brass ball valve, full port, threaded',
    "FTG-CU-E90-100": '1" wrot copper 90 deg elbow, C x C',
    "VLV-0750-PRV": '3/4" water pressure reducing valve, 25-75 psi',
    "HVC-CND-PUMP": "condensate removal pump, 115 V, with safety switch",
    "HVC-FLT-1625-M11": "16x25x1 MERV 11 pleated air filter, case of 12",
    "VLV-3100-CK": '3" cast iron swing check valve, flanged',
    "VLV-2210-BR": '2" bronze gate valve, threaded',
}


def _order(*skus: str) -> OrderVocabulary:
    return order_of(_CATALOGUE, skus, count=20)


def test_taking_back_another_item_leaves_the_claim_standing() -> None:
    body = (
        "Please disregard the 2 PRVs from my earlier email, we found them in the van. "
        'The 4 cracked 1" ball valves still stand, please credit those.\n'
    )
    order = _order("VLV-1005-BV", "FTG-CU-E90-100", "VLV-0750-PRV")
    assert _sure(body, order) == [("VLV-1005-BV", 4, DM)]


def test_taking_back_the_item_claimed_or_the_whole_message_leaves_all_unsure() -> None:
    order = _order("VLV-1005-BV", "FTG-CU-E90-100", "VLV-0750-PRV")
    body = (
        "Please disregard my last email. "
        'The 4 cracked 1" ball valves still stand, please credit those.\n'
    )
    assert _sure(body, order) == []
    assert _lines(body, order) == [("VLV-1005-BV", 4, DM)]
    body = (
        'Please disregard the 1" ball valves from my earlier email. '
        'The 4 cracked 1" ball valves are the ones to credit.\n'
    )
    assert _sure(body, order) == []


def test_the_missing_goods_that_showed_up_are_no_shortage() -> None:
    assert is_settled("the missing 2 cases showed up on today's truck, on a separate pallet.")
    assert is_settled("The missing ones turned up in the back of the van.")
    assert not is_settled("the missing 2 cases never showed up.")
    assert not is_settled("the missing 2 cases still have not turned up")
    assert not is_settled("2 cases are missing and the rest arrived fine.")
    body = (
        "Update on the filter shortage I sent Monday for PO 60455 - the missing 2 cases "
        "showed up on today's truck, they were on a separate pallet. So no credit needed "
        "for those.\n\n"
        "But while unloading we found 1 of the condensate pumps has a cracked tank, please "
        "credit that one.\n"
    )
    order = _order("HVC-CND-PUMP", "HVC-FLT-1625-M11")
    assert _lines(body, order) == [("HVC-CND-PUMP", 1, DM)]
    assert [line.reason.value for line in extract(mail(body), order).lines] == [DM]


def test_a_crack_had_is_damage() -> None:
    for said in (
        '3" flanged check valves (6) - 1 has a crack through the inlet flange.',
        "One body with a hairline crack at the bonnet.",
    ):
        assert [hit.reason for hit in find_reasons(said)] == [DM], said
    assert find_reasons("For the 3 unions with crack please send other 3") == []
    body = (
        '1. 3" flanged check valves (6) - 1 has a crack through the inlet flange, looks '
        "like it was dropped on the corner. Please credit or replace 1.\n"
        '2. 1" ball valves (20) - all good.\n'
    )
    assert _sure(body, _order("VLV-3100-CK", "VLV-1005-BV")) == [("VLV-3100-CK", 1, DM)]


def test_a_unit_not_heating_is_defective() -> None:
    said = "One of the two 40 gal electric water heaters from PO 40917 is not heating."
    assert [hit.reason for hit in find_reasons(said)] == [ReasonCode.DEFECTIVE]
    assert find_reasons("the building is not heating up yet") == []


def test_a_correction_naming_its_lines_item_is_sure() -> None:
    body = (
        "The 3/4 PRVs: 3 of them have the bell housing cracked.\n"
        "Gate valves: 2 short, slip says 40 and we counted 38.\n\n"
        "Correction: 4 PRVs not 3, another cracked one was at the bottom of the box.\n"
    )
    order = _order("VLV-0750-PRV", "VLV-2210-BR")
    assert _lines(body, order) == [("VLV-0750-PRV", 4, DM), ("VLV-2210-BR", 2, ReasonCode.SHORT)]
    assert ("VLV-0750-PRV", 4, DM) in _sure(body, order)
    # a correction by its number alone: which line it is of is for a person
    assert ("VLV-0750-PRV", 4, DM) not in _sure(
        body.replace("4 PRVs not 3", "it is 4 not 3"), order
    )
