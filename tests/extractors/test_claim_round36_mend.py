"""The mend after the blind heldout77 (spent): two unsafe approvals and two over-credited
ones. a28 approved 2 check valves back where "2 on the order … we only used 1" sends 1; a13
approved a carton of filters "torn open but the filters inside are fine", and read the 2
dead Wi-Fi thermostats as going back unneeded ("I'll send them back"); a27 approved 2 PRVs
where its second list item claims 2 thermostats the order does not hold."""

from extractors.claims.lexicon import find_reasons, is_settled
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines, _sure
from tests.extractors.test_offline import mail

DF, NN = ReasonCode.DEFECTIVE, ReasonCode.NOT_NEEDED
_CATALOGUE = {
    "VLV-3100-CK": '3" cast iron swing check valve, flanged',
    "BFP-RPZ-300-SO": '3" reduced pressure zone backflow preventer',
    "TST-7500-PRO": "7-day programmable Wi-Fi thermostat",
    "TST-2100-NP": "non-programmable digital thermostat",
    "HVC-FLT-1625-M11": "16x25x1 pleated air filter MERV 11, case of 12",
    "VLV-0750-PRV": '3/4" water pressure reducing valve, 25-75 psi',
    "VLV-2210-BR": '2" bronze gate valve, threaded',
}


def _order(*skus: str) -> OrderVocabulary:
    return order_of(_CATALOGUE, skus, count=12)


def test_the_count_on_the_order_less_what_was_used_goes_back() -> None:
    body = (
        '2. 3" flanged check valves: 2 on the order, but the engineer changed the second '
        "bypass to a gate valve so we only used 1. The other is still crated and we don't "
        "need it - please send an RMA.\n"
    )
    assert _lines(body, _order("VLV-3100-CK", "BFP-RPZ-300-SO")) == [("VLV-3100-CK", 1, NN)]


def test_a_package_torn_with_what_it_holds_fine_claims_nothing() -> None:
    said = "One carton was torn open but the filters inside are fine, we used them."
    assert find_reasons(said) == []
    said = "The carton was crushed but the valves inside are cracked."
    assert {hit.reason for hit in find_reasons(said)} == {ReasonCode.DAMAGED}


def test_a_weak_reason_after_never_outranks_the_strong_one_said_of_the_item() -> None:
    body = (
        "* Wi-Fi programmable thermostats (12): 2 are dead out of the box. The other 10 "
        "installed fine.\n"
        "* Non-programmable digital thermostats (20): all good.\n"
        "* 16x25x1 MERV 11 filters (10 cases): one carton was torn open but the filters "
        "inside are fine, we used them.\n\n"
        "Please replace or credit the 2 Wi-Fi stats. I'll send them back with your driver.\n"
    )
    order = _order("TST-7500-PRO", "TST-2100-NP", "HVC-FLT-1625-M11")
    assert _sure(body, order) == [("TST-7500-PRO", 2, DF)]


def test_a_list_item_claiming_an_item_the_order_does_not_hold_is_for_a_person() -> None:
    body = (
        "Two warranty items on PO-77812:\n\n"
        "1. 3/4\" PRVs, lot L2608: 2 of the 12 won't hold their setting.\n"
        "2. Programmable Wi-Fi thermostats for the admin office: 2 won't power up, no "
        "display at all.\n\n"
        "Please replace both under warranty.\n"
    )
    lines = extract(mail(body), _order("VLV-0750-PRV", "VLV-2210-BR")).lines
    # the thermostats' claim is a line of its own, not sure: the case goes to a person
    assert len([line for line in lines if line.reason.value == DF]) == 2
    assert min(line.reason.confidence for line in lines) < 0.85


def test_goods_said_squared_away_are_settled() -> None:
    assert is_settled("The gate valves and the crushed coil from that PO are all squared away.")
    assert not is_settled("The 2 crushed tanks are not settled yet.")


def test_a_kind_the_order_does_not_hold_is_another_item() -> None:
    order = _order("VLV-0750-PRV", "VLV-2210-BR")
    assert order.names_another_kind("2. Programmable Wi-Fi thermostats: 2 won't power up")
    # the order's own kinds, or no kind at all, name no other item
    assert not order.names_another_kind("2. The gate valves: 6 came with cracked bonnets")
    assert not order.names_another_kind("2. Both of them won't hold pressure")


def test_goods_that_never_came_off_the_pallet_are_no_shortage() -> None:
    said = "The fourth one never came off the pallet and is still in its crate."
    assert find_reasons(said) == []
    assert [hit.reason for hit in find_reasons("2 of the pumps never came.")] == [ReasonCode.SHORT]


def test_thermostats_said_bad_or_off_the_network_are_defective() -> None:
    for said in (
        "Three thermostats from last Thursday's delivery to Maple Ridge are bad:",
        "1 of the Wi-Fi ones powers up but won't join the network.",
    ):
        assert [hit.reason for hit in find_reasons(said)] == [DF], said
