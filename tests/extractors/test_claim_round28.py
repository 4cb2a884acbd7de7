"""Round 28 of issue 13: read with the order open. Goods said to be of another value of an
attribute their item's description gives ("the 3/4\" ball valves are threaded" of a sweat
valve) are a wrong item; a count of packs names the one item sold by that pack ("4
cartons are soaked through" of the tile sold by the carton); an order typed "so 104228"."""

from extractors.claims.lexicon import claims_nothing_new, find_reasons
from extractors.claims.offline import extract
from extractors.claims.refs import RECONSTRUCTED, find_refs
from extractors.claims.ticks import unticked
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines as _read
from tests.extractors.test_offline import mail

D, W = ReasonCode.DAMAGED, ReasonCode.WRONG_ITEM

_CATALOGUE = {
    "VLV-0075-BV": '3/4" brass ball valve, full port, sweat',
    "HVC-REG-1006-W": "10x6 steel floor register, white",
    "HVC-FLT-1625-M11": "16x25x1 MERV 11 pleated air filter, case of 12",
    "PIP-PEX-075-300": '3/4" PEX-A tubing, 300 ft coil',
    "FTG-PEX-CPL-050": '1/2" PEX brass crimp coupling, bag of 25',
    "CLG-TILE-24-ACU": "2x2 ft acoustic ceiling tile, carton of 16",
    "TST-2100-NP": "non-programmable digital thermostat, 24 V",
    "FTG-PVC-T-200": '2" PVC Sch 40 tee, S x S x S',
    "PIP-CU-L-100-20": '1" type L copper tube, 20 ft length',
}


def _order(*skus: str) -> OrderVocabulary:
    return order_of(_CATALOGUE, skus)


def test_goods_said_to_be_of_another_joint_than_their_item_are_a_wrong_item() -> None:
    order = _order("VLV-0075-BV", "HVC-REG-1006-W")
    body = "Got PO 70296 Monday. The 3/4 ball valves, 6 of them are threaded. Need sweat."
    assert _read(body, order) == [("VLV-0075-BV", 6, W)]
    # what the description says is no claim: sweat valves said to be sweat
    fine = "The 3/4 ball valves are sweat, all good. 4 floor registers are bent."
    assert _read(fine, order) == [("HVC-REG-1006-W", 4, D)]


def test_a_rating_or_a_size_other_than_the_items_is_a_wrong_item() -> None:
    filters = _order("HVC-FLT-1625-M11", "HVC-REG-1006-W")
    body = (
        "- the air filters 16x25x1, we order MERV 11 but you send MERV 8, it is printed on\n"
        "  every filter. 6 cases like this, all 6 is MERV 8"
    )
    assert _read(body, filters) == [("HVC-FLT-1625-M11", 6, W)]
    coils = _order("PIP-PEX-075-300", "FTG-PEX-CPL-050")
    one = 'The PEX coils - one of the two is 1/2", the label on it says 1/2 PEX-A.'
    assert _read(one, coils) == [("PIP-PEX-075-300", 1, W)]


def test_the_one_item_a_sentence_names_after_what_came_is_the_one_said_otherwise() -> None:
    order = _order("PIP-CU-L-100-20", "VLV-0075-BV")
    body = (
        "We're only now getting to the copper from PO-40962,\n"
        "and 4 of the 20 ft sticks are type M (red print), not type L (blue) like\n"
        "we ordered."
    )
    assert _read(body, order) == [("PIP-CU-L-100-20", 4, W)]


def test_a_reducing_size_it_turned_out_to_be_is_what_came_not_a_count() -> None:
    order = _order("FTG-PVC-T-200", "VLV-0075-BV")
    body = '- 10 of the 2" PVC tees turned out to be 2 x 1-1/2" reducing tees in the last bag.'
    assert _read(body, order) == [("FTG-PVC-T-200", 10, W)]


def test_goods_called_by_their_kind_alone_and_said_otherwise_are_the_orders_one_of_it() -> None:
    order = _order("VLV-0075-BV", "PIP-CU-L-100-20")
    body = (
        "First, the ball valves. We ordered the sweat ones.\n"
        "When the guys opened the box on Friday, 6 of the valves in there are threaded."
    )
    lines = extract(mail(body), order).lines
    assert _read(body, order) == [("VLV-0075-BV", 6, W)]
    assert lines[0].sku is not None
    assert lines[0].sku.confidence < 0.85  # by its kind alone: for a person to confirm


def test_who_got_the_other_kind_and_a_count_in_the_box_are_no_wrong_item() -> None:
    stats = _order("TST-2100-NP")
    body = (
        "only 8 of the 20 non-programmable thermostats went in - the rest of the rooms got "
        "the Wi-Fi ones. So we have 12 left over that we don't need."
    )
    assert W not in {reason for _, _, reason in _read(body, stats)}
    bags = _order("FTG-PEX-CPL-050")
    short = "packing list says 10 bags of the 1/2 pex crimp couplings, there are 8 in the box."
    assert W not in {reason for _, _, reason in _read(short, bags)}


def test_a_count_of_packs_names_the_one_item_sold_by_that_pack() -> None:
    order = _order("CLG-TILE-24-ACU", "HVC-REG-1006-W")
    body = (
        "ODFL dropped the tile pallet on Monday and it sat under the canopy.\n"
        "4 cartons are soaked through and falling apart."
    )
    lines = extract(mail(body), order).lines
    assert [
        (line.sku and line.sku.value, line.quantity and line.quantity.value) for line in lines
    ] == [("CLG-TILE-24-ACU", 4)]
    assert lines[0].sku is not None
    assert lines[0].sku.confidence < 0.85  # a carton may hold anything: a person confirms
    # no item of the order sold by the case: the cases are no item's
    assert _read("2 cases are crushed.", order) == [(None, 2, D)]


def test_our_order_typed_in_lower_case_with_a_space() -> None:
    assert [(h.value, h.confidence) for h in find_refs("the ceiling tile on so 104228")] == [
        ("SO-104228", RECONSTRUCTED)
    ]
    assert find_refs("so 12 more came") == []
    assert find_refs("so 1042334") == []


def test_what_was_ordered_against_what_was_sent_is_a_wrong_item() -> None:
    hits = [
        [(hit.reason, text[hit.start : hit.end]) for hit in find_reasons(text)]
        for text in (
            "we ordered the 7-day wifi but you sent the basic ones",
            'we ordered 1" but you guys sent 3/4"',
        )
    ]
    assert hits == [[(W, "sent")], [(W, "sent")]]
    # counts, times and carriers are no other goods
    for text in (
        "we ordered 40 but you sent 35",
        "I ordered them on Monday but you sent them Friday",
        "we ordered on friday and you shipped ups ground",
    ):
        assert find_reasons(text) == []


def test_a_part_of_a_whole_said_to_be_like_that_counts_the_part() -> None:
    order = _order("HVC-REG-1006-W", "VLV-0075-BV")
    body = (
        "The box says 10x6 but the floor registers inside are 10x4, they dont fit.\n"
        "8 of the 10 in this box are like that, the other 2 are fine."
    )
    assert _read(body, order) == [("HVC-REG-1006-W", 8, W)]


# After the blind measurement of heldout61 and heldout62 (the sets then spent)

S, N = ReasonCode.SHORT, ReasonCode.NOT_NEEDED


def test_a_scanned_forms_tick_lost_to_the_scan_is_the_box_that_does_not_read_empty() -> None:
    text = "Exception: MM Damaged [] Short [] Wrongitem [J Over"
    assert [text[start:end] for start, end in unticked(text)] == ["Short"]
    assert unticked("Notes: the valve is cracked [] see photo") == ()


def test_all_of_an_item_here_claims_nothing_of_it() -> None:
    order = OrderVocabulary(
        identifiers=("VLV-0750-PRV", "PIP-PEX-075-300"),
        descriptions=(
            ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
            ("PIP-PEX-075-300", _CATALOGUE["PIP-PEX-075-300"]),
        ),
        counts=(("VLV-0750-PRV", 12), ("PIP-PEX-075-300", 6)),
    )
    body = (
        "2nd truck just came. only 10 of the 3/4 prvs in the box, slip says 12 so were 2 "
        "short. pex coils all 6 here.\ncan u ship the 2 missing asap"
    )
    assert [sku for sku, _, _ in _read(body, order)] == ["VLV-0750-PRV"]


def test_a_return_asked_about_on_terms_is_no_claim() -> None:
    body = (
        "Quick question: from PO 77760 we maybe will have 4 cases of the MERV 11 filters "
        "16x25x1 not used. If we return, the restocking fee is 15%? We decide this week."
    )
    assert claims_nothing_new([body], [body])


def test_items_and_troubles_written_in_spanish() -> None:
    order = OrderVocabulary(
        identifiers=("VLV-0075-BV", "FTG-CU-E90-100"),
        descriptions=(
            ("VLV-0075-BV", _CATALOGUE["VLV-0075-BV"]),
            ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
        ),
        counts=(("VLV-0075-BV", 20), ("FTG-CU-E90-100", 100)),
    )
    assert _read("nos sobraron 5 valvulas de bola de 3/4, ya no las necesitamos.", order) == [
        ("VLV-0075-BV", 5, N)
    ]
    assert _read('- codos de cobre 1" 90: la factura dice 100 y contamos 90, faltan 10', order) == [
        ("FTG-CU-E90-100", 10, S)
    ]
    # a silent e left off: "ball valv"
    assert _read("We want return the 5 ball valv 3/4 for credit pls, no longer needed.", order) == [
        ("VLV-0075-BV", 5, N)
    ]


def test_a_count_of_the_kind_before_what_it_says_they_are_is_the_claims() -> None:
    order = OrderVocabulary(
        identifiers=("FTG-BI-U-150", "VLV-0075-BV"),
        descriptions=(
            ("FTG-BI-U-150", '1-1/2" black malleable iron union'),
            ("VLV-0075-BV", _CATALOGUE["VLV-0075-BV"]),
        ),
        counts=(("FTG-BI-U-150", 40), ("VLV-0075-BV", 20)),
    )
    body = 'The shop opened the carton this morning and 10 of the 40 are 1-1/4" unions.'
    assert _read(body, order) == [("FTG-BI-U-150", 10, W)]
