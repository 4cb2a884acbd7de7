"""Order-first reading: the found order's identifiers, however the customer writes them."""

from extractors.claims.offline import extract
from extractors.claims.vocabulary import DESCRIBED_CHECK, OrderVocabulary, _share
from extractors.text import RequestText, Segment
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

ORDER = OrderVocabulary(("VLV-2210-BR", "VLV-0750-PRV", "KM-88107", "071812340075", "PUMP"))


def _doc(text: str) -> RequestText:
    return RequestText(text=text, segments=(Segment("body", 0, len(text)),))


def _skus(text: str, vocabulary: OrderVocabulary | None) -> list[str | None]:
    return [line.sku.value if line.sku else None for line in extract(_doc(text), vocabulary).lines]


def _lines(
    text: str, vocabulary: OrderVocabulary | None
) -> list[tuple[str | None, float, int | None, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.sku.confidence if line.sku else 0.0,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in extract(_doc(text), vocabulary).lines
    ]


def test_an_identifier_is_found_in_any_case_with_or_without_separators() -> None:
    text = "vlv2210br, VLV 0750 PRV and km-88107 and vlv-2210-br"
    found = [text[start:end] for start, end in ORDER.mentions(text)]
    assert found == ["vlv2210br", "VLV 0750 PRV", "km-88107", "vlv-2210-br"]


def test_only_whole_identifiers_count() -> None:
    text = "xvlv2210br, vlv2210brx, 2210, pump, VLV-2210"
    assert ORDER.mentions(text) == []  # short or letter-only identifiers are words too


def test_a_lower_case_sku_without_dashes_is_read_once_the_order_is_known() -> None:
    text = "3 x vlv2210br came in crushed. pls credit."
    assert _skus(text, None) == [None]
    assert _skus(text, ORDER) == ["vlv2210br"]
    (line,) = extract(_doc(text), ORDER).lines
    assert line.sku is not None
    assert line.sku.evidence is not None
    assert line.sku.evidence.quote == "vlv2210br"  # grounded: what the text says


def test_the_vocabulary_adds_nothing_where_the_order_is_not_named() -> None:
    text = "2 of the VLV-1005-BV ball valves arrived cracked"
    assert _skus(text, ORDER) == _skus(text, None) == ["VLV-1005-BV"]


SO_104246 = OrderVocabulary(
    identifiers=("HVC-REG-1006-W", "VLV-0075-BV"),
    descriptions=(
        ("HVC-REG-1006-W", "10x6 steel floor register, white"),
        ("VLV-0075-BV", '3/4" brass ball valve, full port, sweat'),
    ),
)


def test_an_item_named_by_its_description_is_found_among_the_orders() -> None:
    text = "billed for 40 of the 10x6 white floor registers"
    assert SO_104246.described(text) == ("HVC-REG-1006-W", text.index("10x6"), len(text))
    assert SO_104246.described("the 3/4 sweat ball valves") is not None
    assert SO_104246.described("the valves") is None  # one word is not enough
    assert SO_104246.described("the steel pipe") is None


def test_an_item_named_plainly_in_its_sentence_is_read_as_that_item() -> None:
    """heldout3 m04: only the item's words, one no other item of the order has, its kind,
    no size it lacks: the one item a clerk with the order open reads there."""
    text = "Hello,\n\nonly 35 of the 40 white floor registers 10x6 arrived, 5 short.\n\nBest"
    (line,) = extract(_doc(text), SO_104246).lines
    assert line.sku is not None
    assert line.sku.value == "HVC-REG-1006-W"
    assert line.sku.confidence == 0.86
    assert line.sku.evidence is not None
    assert line.sku.evidence.quote == "white floor registers 10x6"
    assert line.sku.evidence.checks == (DESCRIBED_CHECK,)
    (unread,) = extract(_doc(text), None).lines
    assert unread.sku is None
    text = "Two of the 3/4 ball valves we got on PO-70296 are defective, they leak."
    assert _lines(text, SO_104246) == [("VLV-0075-BV", 0.86, 2, ReasonCode.DEFECTIVE)]


def test_an_item_named_less_plainly_is_for_a_person_to_confirm() -> None:
    # a size the item lacks: the order's ball valves are 3/4"
    (line,) = extract(_doc('The 1" ball valves are cracked.'), SO_104246).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("VLV-0075-BV", 0.75)
    # words without the item's kind
    (line,) = extract(_doc("The 10x6 white ones are cracked."), SO_104246).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("HVC-REG-1006-W", 0.75)
    # two items named in one sentence: which words go with which reason is a guess, but
    # for the item named in the reason's own clause
    text = "The 3/4 ball valves and the 10x6 floor registers are cracked."
    assert [(sku, confidence) for sku, confidence, _, _ in _lines(text, SO_104246)] == [
        ("VLV-0075-BV", 0.75),
        ("HVC-REG-1006-W", 0.86),
    ]


def test_a_count_is_not_a_size_and_a_description_number_is_not_a_count() -> None:
    assert [(m.sku, m.plain) for m in SO_104246.mentioned("2 ball valves cracked")] == [
        ("VLV-0075-BV", True)
    ]  # "2" counts them
    filters = OrderVocabulary(
        identifiers=("HVC-FLT-1625-M11", "TST-2100-NP"),
        descriptions=(
            ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
            ("TST-2100-NP", "non-programmable digital thermostat, 24 V"),
        ),
    )
    text = "we got 22 cases of the 16x25x1 MERV 11 filters, 2 cases extra, overshipped"
    assert _lines(text, filters)[0][:3] == ("HVC-FLT-1625-M11", 0.86, 2)
    (mention,) = filters.mentioned("the 16x25x1 MERV 8 filters")
    assert not mention.plain  # MERV 8 is not the item's MERV 11
    assert filters.mentioned("please check the thermostats") == []  # one word is no name


def test_items_said_to_be_fine_claim_nothing() -> None:
    text = (
        "The 3/4 ball valves arrived cracked, 2 of them.\n"
        "The 10x6 floor registers on the same order were fine."
    )
    assert _lines(text, SO_104246) == [("VLV-0075-BV", 0.86, 2, ReasonCode.DAMAGED)]


def test_an_item_named_by_its_words_takes_the_reason_of_its_own_clause() -> None:
    """heldout3 m06: a summary of a pasted table names one item by its words."""
    text = "So 6 ball valves damaged and 10 registers short."
    assert _lines(text, SO_104246) == [("VLV-0075-BV", 0.86, 6, ReasonCode.DAMAGED)]


def test_a_unit_that_names_the_item_just_claimed_again_completes_its_line() -> None:
    """heldout2 k01, k11: '1 coil crushed. PIP-PEX-075-300 x1', 'UPC … qty 8'."""
    order = OrderVocabulary(
        identifiers=("VLV-0075-BV", "071812340075", "WH-40G-EL"),
        descriptions=(
            ("VLV-0075-BV", '3/4" brass ball valve, full port, sweat'),
            ("WH-40G-EL", "40 gal electric water heater, 4500 W, 240 V"),
        ),
        owners=(("071812340075", "VLV-0075-BV"),),
    )
    text = (
        "we have extra 3/4 ball valves we would like to return, overstock.\nUPC 071812340075 qty 8"
    )
    assert _lines(text, order) == [("071812340075", 0.95, 8, ReasonCode.NOT_NEEDED)]


def test_a_description_never_replaces_a_sku_that_was_read() -> None:
    text = "2 VLV-0075-BV ball valves short, sweat 3/4"
    (line,) = extract(_doc(text), SO_104246).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("VLV-0075-BV", 0.95)


def test_the_next_sentence_claims_an_item_named_by_its_words_only_if_it_speaks_of_it() -> None:
    """heldout3 m02 ('So we are 2 bags short.'), m20 ('credit the missing ones')."""
    order = OrderVocabulary(
        identifiers=("FTG-PEX-CPL-050", "VLV-1005-BV"),
        descriptions=(
            ("FTG-PEX-CPL-050", '1/2" PEX brass crimp coupling, bag of 25'),
            ("VLV-1005-BV", '1" brass ball valve, full port, threaded'),
        ),
    )
    text = "We got only 8 bags of the 1/2 PEX crimp couplings. So we are 2 bags short."
    assert _lines(text, order) == [("FTG-PEX-CPL-050", 0.86, 2, ReasonCode.SHORT)]
    text = "The 1/2 PEX crimp couplings came Monday. 3 elbows were crushed."
    assert _lines(text, order) == [("FTG-PEX-CPL-050", 0.75, 3, ReasonCode.DAMAGED)]


HEATER_AND_TANK = OrderVocabulary(
    identifiers=("HTR-40-EL", "TNK-EXP-5"),
    descriptions=(
        ("HTR-40-EL", "40 gal electric water heater, 4500 W"),
        ("TNK-EXP-5", "5 gal thermal expansion tank"),
    ),
)


def test_a_count_by_the_items_words_in_a_later_sentence_fills_its_line_for_a_person() -> None:
    text = (
        "Both the HTR-40-EL and the TNK-EXP-5 from that job have failed.\n"
        "We need warranty on the heater (1) and the 3 tanks."
    )
    lines = extract(_doc(text), HEATER_AND_TANK).lines

    counts = {line.sku.value: line.quantity for line in lines if line.sku}
    tank = counts["TNK-EXP-5"]
    assert tank is not None
    assert (tank.value, tank.confidence) == (3, 0.8)


def test_a_count_of_another_items_words_fills_nothing() -> None:
    text = "The TNK-EXP-5 has failed.\nWe also have 3 heaters left over from the job."
    lines = extract(_doc(text), HEATER_AND_TANK).lines

    # the heaters left over are a surplus of their own; the tank's count is not theirs
    tank = [line for line in lines if line.sku and line.sku.value == "TNK-EXP-5"]
    assert [line.quantity for line in tank] == [None]


GRILLES_AND_DAMPERS = OrderVocabulary(
    identifiers=("GRL-1208-A", "DMP-0600-M"),
    descriptions=(
        ("GRL-1208-A", "12x8 aluminum supply grille, bag of 4"),
        ("DMP-0600-M", '6" manual volume damper'),
    ),
)


def test_a_sentence_about_other_items_being_fine_does_not_end_the_claim_begun_before_it() -> None:
    text = (
        "The slip says 9 bags of the 12x8 aluminum supply grilles, we found 7 bags. "
        "The volume dampers were all there. Please credit the 2 missing bags."
    )
    lines = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 2, ReasonCode.SHORT)]
    quantity = lines[0].quantity
    assert quantity is not None
    assert min(quantity.confidence, lines[0].reason.confidence) >= 0.85


def test_the_remaining_ones_count_the_items_named_the_sentence_before() -> None:
    text = (
        'We sent 3 of the 6" manual volume dampers back already. '
        "The job shrank, so we would like to return the remaining 9 as overstock."
    )
    assert _lines(text, GRILLES_AND_DAMPERS) == [("DMP-0600-M", 0.86, 9, ReasonCode.NOT_NEEDED)]


def test_a_back_reference_beside_another_items_words_names_no_item_surely() -> None:
    text = (
        'We sent 3 of the 6" manual volume dampers back already. '
        "Also the remaining 2 grilles are not needed."
    )
    sku, confidence, _, _ = _lines(text, GRILLES_AND_DAMPERS)[0]
    # the count counts grilles by their kind: those, for a person to confirm
    assert (sku, confidence) == ("GRL-1208-A", 0.75)


def test_arithmetic_of_what_came_says_an_overage_outright() -> None:
    text = (
        "We ordered 20 of the 12x8 aluminum supply grilles and 26 showed up on Tuesday. "
        "The 6 extra are stacked by the dock."
    )
    line = extract(_doc(text), GRILLES_AND_DAMPERS).lines[0]

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 6, ReasonCode.OVERSHIPPED)]
    assert line.reason.confidence >= 0.85
    # the same words without the arithmetic that backs them stay a hint
    hint = "We got the 12x8 aluminum supply grilles on Tuesday. The 6 extra are by the dock."
    assert extract(_doc(hint), GRILLES_AND_DAMPERS).lines[0].reason.confidence < 0.85


def test_a_shortage_worked_out_and_named_again_after_other_sentences_is_read_outright() -> None:
    text = (
        "Only 14 of the 20 bags of the 12x8 aluminum supply grilles came on Friday.\n"
        "The driver said the rest would follow but nothing did. The dampers were fine.\n"
        "Please credit the missing bags."
    )
    [line] = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 6, ReasonCode.SHORT)]
    assert line.quantity is not None
    assert line.quantity.confidence >= 0.85
    assert line.reason.confidence >= 0.85


def test_a_reason_sentences_away_that_does_not_name_the_item_stays_loose() -> None:
    text = (
        "Only 14 of the 20 bags of the 12x8 aluminum supply grilles came on Friday.\n"
        "The driver said the rest would follow but nothing did.\n"
        "Something is missing from the delivery."
    )
    [line] = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert line.reason.confidence < 0.85


def test_items_said_fine_in_the_claims_own_sentence_leave_the_claimed_one_alone() -> None:
    text = (
        'We unpacked the delivery (the 6" manual volume dampers were all there) but the '
        "12x8 aluminum supply grilles came up short. We ordered 9 bags and got 7, so 2 bags "
        "are missing."
    )
    [line] = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 2, ReasonCode.SHORT)]
    assert line.reason.confidence >= 0.85


def test_an_item_claimed_before_the_words_saying_others_are_fine_stays_claimed() -> None:
    text = (
        '2 of the 6" manual volume dampers arrived cracked and the 12x8 supply grilles were fine.'
    )
    assert [row[0] for row in _lines(text, GRILLES_AND_DAMPERS)] == ["DMP-0600-M"]


def test_a_count_worked_out_and_stated_says_a_weak_reason_outright() -> None:
    text = (
        "You sent too many of the 12x8 aluminum supply grilles. We ordered 30 and there "
        "were 34 in the cartons, so 4 extra."
    )
    [line] = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 4, ReasonCode.OVERSHIPPED)]
    assert line.quantity is not None
    assert min(line.quantity.confidence, line.reason.confidence) >= 0.85


def _orphan(text: str, vocabulary: OrderVocabulary) -> tuple[str | None, float, int | None, str]:
    (line,) = extract(_doc(text), vocabulary).lines
    assert line.quantity is not None
    return (
        line.sku.value if line.sku else None,
        line.sku.confidence if line.sku else 0.0,
        line.quantity.value,
        line.reason.value,
    )


def test_a_note_whose_claim_names_the_kind_and_whose_next_line_the_item_is_read_plainly() -> None:
    """A pen's note on a delivery slip: the claim's line says what kind of thing is short,
    the next which one, by words only that item of the order has; nothing else named."""
    text = "Only 2 tanks came - 1 tank SHORT\nthermal expansion - please credit 1 tank"

    assert _orphan(text, HEATER_AND_TANK) == ("TNK-EXP-5", 0.86, 1, ReasonCode.SHORT)


def test_a_note_read_by_its_items_words_less_plainly_is_for_a_person_to_confirm() -> None:
    # the claim's line names no kind: what is short may be anything
    text = "1 SHORT on this drop\nthermal expansion - please credit 1 tank"
    assert _orphan(text, HEATER_AND_TANK)[:2] == ("TNK-EXP-5", 0.75)
    # another item of the order named in the paragraph
    text = "Only 2 tanks came - 1 tank SHORT\nthermal expansion, the electric heater is ok"
    assert _orphan(text, HEATER_AND_TANK)[:2] == ("TNK-EXP-5", 0.75)
    # a size the item lacks: the order's expansion tanks are 5 gal
    text = "Only 2 tanks came - 1 tank SHORT\n2 gal thermal expansion - please credit 1 tank"
    assert _orphan(text, HEATER_AND_TANK)[:2] == ("TNK-EXP-5", 0.75)


def test_a_claim_about_a_thing_the_order_lacks_takes_no_item_plainly() -> None:
    # "elbows" are no item of the order: the tanks named after them are not what is short
    text = "3 elbows SHORT on the drop\nthermal expansion tank x2 all good"
    sku, confidence, _, _ = _orphan(text, HEATER_AND_TANK)
    assert sku is None or confidence < 0.85


TUBING_AND_COILS = OrderVocabulary(
    identifiers=("TUB-CU-K-075", "PEX-COIL-050"),
    descriptions=(
        ("TUB-CU-K-075", '3/4" type K copper tube, cut to length (per ft)'),
        ("PEX-COIL-050", '1/2" PEX tubing, 100 ft coil'),
    ),
)


def test_a_measure_the_item_is_sold_by_counts_it() -> None:
    text = "We have 35 ft of the TUB-CU-K-075 left over and do not need it anymore."
    assert _lines(text, TUBING_AND_COILS) == [("TUB-CU-K-075", 0.95, 35, ReasonCode.NOT_NEEDED)]


def test_a_measure_is_no_count_of_an_item_sold_otherwise() -> None:
    text = "The 100 ft PEX-COIL-050 coils are no longer needed."
    assert _lines(text, TUBING_AND_COILS) == [("PEX-COIL-050", 0.95, None, ReasonCode.NOT_NEEDED)]
    assert TUBING_AND_COILS.sold_by == frozenset({"ft", "feet", "foot"})


def test_the_missing_ones_sentences_later_are_the_items_counted_short() -> None:
    text = (
        "We were billed for 20 of the 12x8 aluminum supply grilles, but only 16 of the 20 "
        "came off the truck. Our foreman counted twice. Please credit the missing ones."
    )
    [line] = extract(_doc(text), GRILLES_AND_DAMPERS).lines

    assert _lines(text, GRILLES_AND_DAMPERS) == [("GRL-1208-A", 0.86, 4, ReasonCode.SHORT)]
    assert line.quantity is not None
    assert min(line.quantity.confidence, line.reason.confidence) >= 0.85


def test_an_items_words_in_two_cells_of_a_laid_out_row_name_nothing() -> None:
    # a work order's rows: "Check valve" in one cell, "free" (of a lead-free valve) in the next
    order = OrderVocabulary(
        identifiers=("VLV-1250-TMV", "PMP-CIRC-015"),
        descriptions=(
            ("VLV-1250-TMV", "Thermostatic mixing valve, lead free"),
            ("PMP-CIRC-015", "Circulator pump, 1/25 hp"),
        ),
    )
    assert order.mentioned("Check valve                free                 OK") == []
    assert order.mentioned("Check valve\tfree\tOK") == []
    assert [m.sku for m in order.mentioned("the lead free mixing valve leaks")] == ["VLV-1250-TMV"]


def test_a_mixed_size_is_named_whole() -> None:
    # "1-1/2" is one size: the mention starts at its whole number, so "2 of the 1-1/2\"
    # black iron unions" counts the unions by "of" (it read "2 of the 1-" apart)
    unions = OrderVocabulary(
        identifiers=("FTG-BI-U-150", "PIP-BI-200-CTL"),
        descriptions=(
            ("FTG-BI-U-150", '1-1/2" black iron union, 150#'),
            ("PIP-BI-200-CTL", '2" black steel pipe, Sch 40, cut to length (per ft)'),
        ),
    )
    text = '2 of the 1-1/2" black iron unions have bad thread'
    (mention,) = unions.mentioned(text)
    assert text[mention.start : mention.end] == '1-1/2" black iron unions'
    (line,) = extract(mail(text + ", they are defective."), unions).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (2, 0.95)


def test_a_hyphenated_word_written_whole_names_the_item() -> None:
    # "wifi" is the catalogue's "Wi-Fi": the thermostats are named plainly, as "wi-fi" was
    thermostats = OrderVocabulary(
        identifiers=("TST-7500-PRO", "HVC-FLT-1625-M11"),
        descriptions=(
            ("TST-7500-PRO", "7-day programmable Wi-Fi thermostat"),
            ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
        ),
    )
    for written in ("wifi", "WiFi", "wi-fi"):
        (mention,) = thermostats.mentioned(f"One of the {written} thermostats is dead")
        assert (mention.sku, mention.plain) == ("TST-7500-PRO", True)
    text = "Two of the wifi thermostats are dead out of the box."
    (line,) = extract(mail(text), thermostats).lines
    assert line.sku is not None
    assert line.quantity is not None
    assert (line.sku.value, line.sku.confidence, line.quantity.value) == ("TST-7500-PRO", 0.86, 2)


def test_the_trades_names_of_a_kind_name_the_item_plainly() -> None:
    # "90s" and "ells" are elbows, "t-stats" and "tstats" thermostats, as a fitter writes
    order = OrderVocabulary(
        identifiers=("FTG-CU-E90-100", "TST-2100-NP"),
        descriptions=(
            ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
            ("TST-2100-NP", "non-programmable digital thermostat, 24 V"),
        ),
    )
    for text, sku in (
        ('the 1" copper 90s are short', "FTG-CU-E90-100"),
        ("10 of the copper ells", "FTG-CU-E90-100"),
        ("two of the digital t-stats are dead", "TST-2100-NP"),
        ("the digital tstats", "TST-2100-NP"),
    ):
        (mention,) = order.mentioned(text)
        assert (mention.sku, mention.plain) == (sku, True), text
    assert order.only_of_kind("the basic stats won't power up") == "TST-2100-NP"


def test_an_aside_is_no_part_of_the_name_and_a_generic_last_word_no_kind_alone() -> None:
    # "(special order)" made "order" the kind; an RPZ is named by its first three words
    rpz = OrderVocabulary(
        identifiers=("BFP-RPZ-300-SO", "VLV-3100-CK"),
        descriptions=(
            (
                "BFP-RPZ-300-SO",
                '3" reduced pressure zone backflow preventer assembly (special order)',
            ),
            ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
        ),
    )
    assert rpz.kind_words("BFP-RPZ-300-SO") == {"preventer", "assembly"}
    (mention,) = rpz.mentioned('we no longer need the 3" RPZ backflow preventer')
    assert (mention.sku, mention.plain) == ("BFP-RPZ-300-SO", True)
    assert rpz.names_another("the RPZ tested fine", "VLV-3100-CK")


def test_a_share_of_an_items_words_is_the_same_in_any_order() -> None:
    # summed in another order a share right at a bound read differently from one process
    # to the next (a set's order follows the process's hash seed)
    weights = {"a": 0.1, "b": 0.2, "c": 0.3}
    reordered = dict(reversed(list(weights.items())))
    assert _share(weights, {"a", "c"}) == _share(reordered, {"a", "c"})
