"""A third round of reading by kind: counts said after the claim, the order's only one,
labelled forms, and identifiers and words that are no item's."""

from extractors.claims.lexicon import find_reasons, is_fine
from extractors.claims.offline import extract
from extractors.claims.tokens import find_skus
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import F, N, S, mail, rows

RPZ_ORDER = OrderVocabulary(
    identifiers=("BFP-RPZ-300-SO", "VLV-3100-CK"),
    descriptions=(
        ("BFP-RPZ-300-SO", '3" RPZ backflow preventer assembly, special order'),
        ("VLV-3100-CK", '3" swing check valve, flanged'),
    ),
    counts=(("BFP-RPZ-300-SO", 1), ("VLV-3100-CK", 2)),
)


def _quantity(text: str, vocabulary: OrderVocabulary | None = None) -> tuple[int | None, float]:
    (line,) = extract(mail(text), vocabulary).lines
    return (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)


def test_a_count_worked_out_in_the_next_sentence_counts_the_claim_before() -> None:
    text = (
        "Please get the missing ones credited.\n\n"
        "Counted the pressure reducing valves off the truck (our part # HTR-40-LP).\n"
        "Only 9 of the 12 arrived. The box was not damaged."
    )
    assert rows(extract(mail(text))) == [("HTR-40-LP", 3, S)]
    assert _quantity(text) == (3, 0.8)  # worked out, not stated: a person confirms


def test_only_n_of_m_arrived_says_a_shortage() -> None:
    assert [hit.reason for hit in find_reasons("Only 9 of the 12 arrived.")] == [S]
    assert [hit.reason for hit in find_reasons("8 out of 10 showed up")] == [S]
    assert find_reasons("all 12 of the 12 arrived") == []  # none short


def test_a_worked_out_shortage_named_again_with_its_reason_is_no_guess() -> None:
    text = (
        "We were billed for 40 of the HTR-40-LP heaters, but only 35 of the 40 arrived.\n"
        "Please credit the missing ones."
    )
    heaters = OrderVocabulary(
        identifiers=("HTR-40-LP",), descriptions=(("HTR-40-LP", "40 gal water heater, LP"),)
    )
    assert _quantity(text, heaters) == (5, 0.9)


def test_an_item_the_order_holds_one_of_is_claimed_once() -> None:
    text = 'We no longer need the 3" RPZ backflow assembly. Can we return it for credit?'
    (line,) = extract(mail(text), RPZ_ORDER).lines
    assert line.sku is not None
    assert line.sku.value == "BFP-RPZ-300-SO"
    assert line.reason.value == N
    assert line.quantity is not None
    assert line.quantity.value == 1


def test_an_item_the_order_holds_more_of_gets_no_count_from_the_order() -> None:
    text = 'One of the 3" swing check valves failed, it will not close.'
    (line,) = extract(mail(text), RPZ_ORDER).lines
    assert line.quantity is not None
    assert line.quantity.value == 1  # "One of" counts it
    text = 'The 3" swing check valves we got are defective.'
    (line,) = extract(mail(text), RPZ_ORDER).lines
    assert line.quantity is None


def test_long_story_short_is_no_shortage() -> None:
    assert find_reasons("So, long story short, we ran out of time.") == []
    assert find_reasons("In short, we ran out of time.") == []
    assert [hit.reason for hit in find_reasons("we are 3 short on the heaters")] == [S]


def test_the_fields_of_a_form_are_one_record_across_blank_lines() -> None:
    text = (
        "SERVICE TICKET\n"
        "Material:   HTR-40-LP   40 gal heater\n"
        "Qty:        1\n"
        "\n"
        "Problem:    element failed after 2 days, defective.\n"
    )
    assert [(sku, reason) for sku, _, reason in rows(extract(mail(text)))] == [("HTR-40-LP", F)]


def test_a_label_of_an_identifier_that_is_no_items_makes_no_sku() -> None:
    text = "Tech: R. Alvarez (cert # PA-HVAC-11872), serial: AB-12345, part HTR-40-LP"
    assert [token.value for token in find_skus(text, [])] == ["HTR-40-LP"]


def test_the_other_items_counted_in_a_fine_sentence_do_not_count_the_claim() -> None:
    text = (
        "Material: HTR-40-LP heater\n\n"
        "Problem: the heater is defective, leaking at the tank.\n"
        "Other 5 heaters from the order tested OK."
    )
    (line,) = extract(mail(text)).lines
    assert line.quantity is None or line.quantity.value != 5


def test_lines_that_match_the_po_and_parts_that_tested_ok_are_fine() -> None:
    assert is_fine("The other three lines (check valves, unions) match the PO.")
    assert is_fine("Other 5 coils from the order tested OK.")
    assert not is_fine("The pump was billed above the PO price.")


def test_a_broken_office_computer_is_no_damage() -> None:
    assert find_reasons("I write from my phone, the office computer is broken.") == []
    assert [hit.reason for hit in find_reasons("the heater is broken")] == [ReasonCode.DAMAGED]


def test_a_table_row_whose_condition_is_ok_claims_nothing() -> None:
    text = (
        "UPC | Description | Qty | Condition\n"
        "HTR-40-LP | 40 gal heater | 4 | 2 crushed, tanks dented\n"
        "TNK-EXP-5 | expansion tank | 10 | OK\n"
        "\n"
        "Please credit the 2 damaged heaters."
    )
    assert [sku for sku, _, _ in rows(extract(mail(text)))] == ["HTR-40-LP"]


def test_the_one_defective_item_counts_one() -> None:
    assert _quantity("Can you replace the one defective HTR-40-LP?")[0] == 1
    assert _quantity("The one on unit 14B, HTR-40-LP, is defective.")[0] != 1


def test_the_whole_lot_of_n_is_the_count_claimed() -> None:
    assert _quantity("HTR-40-LP: the whole lot of 36 is defective.")[0] == 36
    assert _quantity("4 of 36 HTR-40-LP are defective.")[0] == 4


def test_a_count_said_outright_after_a_guess_stands_over_it() -> None:
    text = (
        "We only got ten sticks of the copper (HTR-40-LP), invoice INV-88112 says twelve.\n"
        "Two sticks missing."
    )
    assert rows(extract(mail(text))) == [("HTR-40-LP", 2, S)]


def test_a_sku_typed_in_lower_case_is_read_upper_cased() -> None:
    text = "SO-104243 - 1 ea pmp-circ-015 circulator failed after 2 weeks. Defective."
    assert rows(extract(mail(text))) == [("PMP-CIRC-015", 1, F)]
    assert [t.value for t in find_skus("a follow-up e-mail about covid-19", [])] == []


def test_a_receiving_sheet_row_that_received_fewer_than_shipped_is_short() -> None:
    text = (
        "Item            Description          Ordered  Shipped  Received  Damaged\n"
        "HTR-40-LP       40 gal heater            6        6         6        0\n"
        "TNK-EXP-5       expansion tank          40       40        34        0\n"
        "VLV-2210-BR     bronze valve             4        4         4        2\n"
    )
    assert sorted(rows(extract(mail(text))), key=str) == [
        ("TNK-EXP-5", 6, S),
        ("VLV-2210-BR", 2, ReasonCode.DAMAGED),
    ]


def test_a_row_ordered_but_not_yet_shipped_is_no_shortage() -> None:
    text = (
        "Item        Ordered  Received  Damaged\n"
        "TNK-EXP-5       40        34        0\n"
        "VLV-2210-BR      4         4        2\n"
    )
    assert rows(extract(mail(text))) == [("VLV-2210-BR", 2, ReasonCode.DAMAGED)]


def test_a_condition_column_says_why_over_a_description_column() -> None:
    text = (
        "UPC / item | Description | Qty delivered | Condition\n"
        "HTR-40-LP | 40 gal heater, damaged-box special | 4 | 2 crushed\n"
        "TNK-EXP-5 | expansion tank | 10 | OK\n"
    )
    assert [(sku, reason) for sku, _, reason in rows(extract(mail(text)))] == [
        ("HTR-40-LP", ReasonCode.DAMAGED)
    ]


SO_REGISTERS = OrderVocabulary(
    identifiers=("HVC-REG-1006-W", "CLG-TILE-24-ACU"),
    descriptions=(
        ("HVC-REG-1006-W", "10x6 steel floor register, white"),
        ("CLG-TILE-24-ACU", "2x2 ft acoustic ceiling tile, carton of 16"),
    ),
)


def test_a_line_without_sku_takes_the_one_item_of_the_kind_its_sentence_names() -> None:
    text = (
        "Receiving notes from the truck:\nregisters short 4 - only 26 of 30\nform DR-12 rev 03/24"
    )
    (line,) = extract(mail(text), SO_REGISTERS).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("HVC-REG-1006-W", 0.75)  # a person confirms
    assert line.quantity is not None
    assert line.quantity.value == 4


def test_a_sentence_naming_two_kinds_of_the_order_gives_no_item() -> None:
    text = "Receiving notes:\nregisters and tiles short 4"
    assert all(line.sku is None for line in extract(mail(text), SO_REGISTERS).lines)


def test_a_price_row_with_nothing_to_return_keeps_its_claim_without_the_zero() -> None:
    text = (
        "Our Part#\tDescription\tQty Rec'd\tQty Return\tNote\n"
        "HTR-40-LP\t40 gal heater\t30\t0\tOVERCHARGED - inv 76.40 vs PO 71.80\n"
        "TNK-EXP-5\texpansion tank\t36\t12\toverstock, not needed\n"
    )
    found = {sku: (qty, reason) for sku, qty, reason in rows(extract(mail(text)))}
    assert found["TNK-EXP-5"] == (12, N)
    assert found["HTR-40-LP"][1] == ReasonCode.PRICING
    assert found["HTR-40-LP"][0] != 0


def test_a_count_said_to_be_in_order_claims_nothing() -> None:
    text = "We got ten bags of HTR-40-LP. Six bags are correct, but 4 bags are the wrong size."
    assert _quantity(text)[0] == 4


def test_the_remaining_ones_after_a_list_item_are_the_items_named_before() -> None:
    text = (
        "On PO-77760 we received 12 cases of the filters (htr-40-lp).\n\n"
        "  * Service is keeping 8 cases for the contracts.\n"
        "  * The remaining 4 cases were ordered by mistake, so they are not needed.\n"
        "  * The TNK-EXP-5 tanks are all installed, nothing to return there.\n"
    )
    assert rows(extract(mail(text))) == [("HTR-40-LP", 4, N)]


def test_a_count_asked_for_by_the_items_words_stands_over_a_guess() -> None:
    order = OrderVocabulary(
        identifiers=("VLV-1005-BV",),
        descriptions=(("VLV-1005-BV", '1" brass ball valve, full port'),),
    )
    text = (
        "The ball valves of 1 inch brass, 3 of them not work, the handle turn but the water "
        "dont stop, and one is leaking from the stem also.\n"
        "Please can you change or give credit for the 3 valves."
    )
    assert _quantity(text, order) == (3, 0.9)  # and said twice: sure (test_restated.py)


def test_a_reply_that_answers_with_a_count_alone_counts_its_only_line() -> None:
    text = "Three.\n\nThe other 9 are installed. The HTR-40-LP heaters are defective."
    assert _quantity(text) == (3, 0.8)
    two_counts = "Three.\n\nFour.\n\nThe HTR-40-LP heaters are defective."
    assert _quantity(two_counts)[0] is None


THERMOSTATS = OrderVocabulary(
    identifiers=("TST-2100-NP", "TST-7500-PRO"),
    descriptions=(
        ("TST-2100-NP", "24 V digital thermostat, non-programmable"),
        ("TST-7500-PRO", "7-day programmable Wi-Fi thermostat"),
    ),
)


def test_a_wrong_item_read_by_the_words_of_what_came_takes_the_sku_said_ordered() -> None:
    text = (
        "We ordered 20 of the basic thermostats (TST-2100-NP). 15 are right, but 5 of the "
        "boxes had the 7-day Wi-Fi programmable model in them instead."
    )
    (line,) = extract(mail(text), THERMOSTATS).lines
    assert line.sku is not None
    assert line.sku.value == "TST-2100-NP"
    assert line.reason.value == ReasonCode.WRONG_ITEM


def test_goods_that_were_never_ordered_are_an_overage() -> None:
    text = "There were also 6 white floor registers on the pallet that we never     ordered."
    assert [hit.reason for hit in find_reasons(text)] == [ReasonCode.OVERSHIPPED]


def test_a_legend_of_codes_claims_nothing() -> None:
    assert extract(mail("OS&D codes: S = short, O = over, D = damaged")).lines == ()


def test_a_claim_without_item_or_count_takes_the_count_a_later_sentence_gives_its_reason() -> None:
    text = "elbows crushed, need credit\n\nException noted by driver: 30 crushed / flattened"
    (line,) = extract(mail(text)).lines
    assert line.reason.value == ReasonCode.DAMAGED
    assert line.quantity is not None
    assert line.quantity.value == 30


def test_a_price_claim_on_all_the_order_holds_of_the_item_is_sure_of_its_count() -> None:
    order = OrderVocabulary(
        identifiers=("TST-2100-NP",),
        descriptions=(("TST-2100-NP", "non-programmable digital thermostat, 24 V"),),
        counts=(("TST-2100-NP", 12),),
    )
    text = "We were overcharged on the TST-2100-NP, all 12 were invoiced at 28.90 not 26.50."
    (line,) = extract(mail(text), order).lines
    assert line.reason.value == ReasonCode.PRICING
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (12, 0.9)


def test_a_lone_shipped_column_is_not_the_count_claimed() -> None:
    text = (
        "Item | Description | Shipped | Received OK | Problem\n"
        "HTR-40-LP | 40 gal heater | 40 | 35 | 5 ctns wet & crushed\n"
        "TNK-EXP-5 | expansion tank | 30 | 30 | none\n"
    )
    assert rows(extract(mail(text))) == [("HTR-40-LP", 5, ReasonCode.DAMAGED)]
    assert _quantity(text)[1] >= 0.85


def test_a_count_asked_after_another_reason_is_that_reasons() -> None:
    text = (
        "HTR-40-LP: 5 cartons wet and crushed.\n"
        "Second thing: 10 of the 30 registers are no longer needed. They're still boxed.\n"
        "Please send a return label for those 10."
    )
    heater = next(line for line in extract(mail(text)).lines if line.sku is not None)
    assert heater.quantity is not None
    assert heater.quantity.value == 5
    assert heater.quantity.confidence >= 0.85  # not a conflict with the registers' 10


def test_a_message_that_says_it_claims_nothing_is_no_claim_unless_it_asks() -> None:
    text = (
        "Please quote the following, nothing to do with the damaged valves Brian wrote "
        "about, and no returns involved.\n  HTR-40-LP  40 gal heater  qty 16\n"
    )
    fields = extract(mail(text))
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")
    # …one that still asks for a credit is a claim, none of it sure
    fields = extract(mail(f"{text}But please credit the 2 HTR-40-LP that came dented."))
    assert fields.lines
    assert all(line.reason.confidence < 0.85 for line in fields.lines)
    assert "the message says it claims nothing" in fields.notes


def test_nothing_to_return_said_of_some_items_leaves_the_claim_alone() -> None:
    text = (
        "HTR-40-LP: 4 arrived with crushed jackets.\n"
        "The TNK-EXP-5 tanks are all installed, nothing to return there."
    )
    (line,) = extract(mail(text)).lines
    assert line.reason.confidence >= 0.85


def test_a_description_followed_by_another_items_words_is_named_less_plainly() -> None:
    order = OrderVocabulary(
        identifiers=("TST-2100-NP", "HVC-FLT-1625-M11"),
        descriptions=(
            ("TST-2100-NP", "non-programmable digital thermostat, 24 V"),
            ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
        ),
    )
    plain = "Please credit the 2 missing 24 V digital thermostats."
    (line,) = extract(mail(plain), order).lines
    assert line.sku is not None
    assert line.sku.confidence >= 0.85
    other = "Please ship the 24 V digital thermostats and credit the 2 missing cases of filters."
    (line,) = extract(mail(other), order).lines  # the missing ones may be the filters
    assert line.sku is not None
    assert line.sku.confidence < 0.85
