"""An item spoken of in the singular is one of it; an item said to be claimed apart is
no claim of this message."""

from extractors.claims.lexicon import is_claimed_elsewhere
from extractors.claims.offline import extract
from extractors.claims.singular import SINGULAR, SINGULAR_CHECK
from extractors.claims.vocabulary import OrderVocabulary
from tests.extractors.test_offline import mail

CHECK_VALVES = OrderVocabulary(
    identifiers=("VLV-3100-CK", "FTG-PVC-T-200"),
    descriptions=(
        ("VLV-3100-CK", '3" swing check valve, flanged'),
        ("FTG-PVC-T-200", '2" PVC tee, sch 40'),
    ),
    counts=(("VLV-3100-CK", 4), ("FTG-PVC-T-200", 100)),
)


def _count(
    text: str, vocabulary: OrderVocabulary | None = CHECK_VALVES
) -> tuple[int | None, float]:
    (line,) = extract(mail(text), vocabulary).lines
    return (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)


def test_an_item_named_in_the_singular_is_one() -> None:
    text = "The VLV-3100-CK check valve we got from you in October failed, the hinge pin sheared."
    assert _count(text) == (1, SINGULAR)
    (line,) = extract(mail(text), CHECK_VALVES).lines
    assert line.quantity is not None
    assert line.quantity.evidence is not None
    assert SINGULAR_CHECK in line.quantity.evidence.checks
    assert line.quantity.evidence.quote == "valve"


def test_without_the_order_grammar_counts_nothing() -> None:
    text = "The VLV-3100-CK check valve we got from you in October failed, the hinge pin sheared."
    assert _count(text, None) == (None, 0.0)


def test_an_item_named_in_the_plural_is_not_one() -> None:
    text = "The VLV-3100-CK check valves we got from you in October failed, the pins sheared."
    assert _count(text) == (None, 0.0)


def test_one_of_the_items_is_one() -> None:
    text = "One of the VLV-3100-CK check valves is defective, it leaks at the flange."
    assert _count(text) == (1, 0.95)  # said as a count: read so already, and surer


def test_a_kind_word_describing_another_thing_counts_nothing() -> None:
    text = "The VLV-3100-CK valve carton was crushed on the truck."
    assert _count(text) == (None, 0.0)


def test_a_count_guessed_among_numbers_gives_way_to_the_singular() -> None:
    # of several numbers none is a count: the sentence speaks of one valve
    text = (
        "The VLV-3100-CK check valve is leaking at the flange, we tried 2 new gaskets and "
        "3 kinds of dope."
    )
    assert _count(text) == (1, SINGULAR)


def test_an_overage_is_never_counted_by_grammar() -> None:
    text = "We got an extra VLV-3100-CK check valve that we did not order."
    (line,) = extract(mail(text), CHECK_VALVES).lines
    assert (
        line.quantity is None
        or line.quantity.evidence is None
        or (SINGULAR_CHECK not in line.quantity.evidence.checks)
    )


def test_an_item_claimed_apart_is_no_claim_of_this_message() -> None:
    assert is_claimed_elsewhere(
        "The PEX coil on hand is the one that failed, that one goes back on its own warranty "
        "claim, not part of this."
    )
    assert is_claimed_elsewhere("The circulators are a separate claim.")
    assert not is_claimed_elsewhere("Please open a claim for the 3 cracked valves.")
    text = (
        "Please return the 6 VLV-3100-CK check valves, not needed.\n\n"
        "The FTG-PVC-T-200 tee that cracked goes back on its own warranty claim, "
        "not part of this."
    )
    assert [line.sku.value for line in extract(mail(text), CHECK_VALVES).lines if line.sku] == [
        "VLV-3100-CK"
    ]


def test_an_item_on_an_open_rma_is_claimed_apart() -> None:
    assert is_claimed_elsewhere("We used 1, the crushed one is on your RMA, the other 4 are new.")
    assert is_claimed_elsewhere("The cracked tee was already on the credit memo.")
    assert not is_claimed_elsewhere("Please put the cracked tee on a new RMA.")


def test_how_a_fitter_says_a_unit_is_bad_is_a_defect() -> None:
    from extractors.claims.lexicon import find_reasons
    from rules.vocabulary import ReasonCode

    for said in (
        "one of the condensate pumps quit after two weeks",
        "the motor doesn't start at all",
        "the controller died on day 3",
        "the gas valve is stuck open",
        "the shaft seized up",
        "the element was bad out of the box",
    ):
        assert [hit.reason for hit in find_reasons(said)] == [ReasonCode.DEFECTIVE], said
    # the louvers of a bent register: a damage, not a defect
    assert [hit.reason for hit in find_reasons("half are bent, louvers wont close")] == [
        ReasonCode.DAMAGED
    ]


BALL_VALVES = OrderVocabulary(
    identifiers=("VLV-0075-BV", "FTG-CU-E90-100"),
    descriptions=(
        ("VLV-0075-BV", '3/4" full port ball valve, sweat'),
        ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
    ),
    counts=(("VLV-0075-BV", 12), ("FTG-CU-E90-100", 100)),
)


def test_a_sentence_naming_no_item_is_about_the_one_named_just_before() -> None:
    text = (
        "On Monday's delivery the packing list says 12 of the 3/4\" ball valves, but the box "
        "had 14. So we got 2 extra that we didn't order."
    )
    (line,) = extract(mail(text), BALL_VALVES).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("VLV-0075-BV", 0.86)
    # a sentence that names another item's kind may be about that one: a person confirms
    other = text.replace("So we got 2 extra", "So we got 2 extra elbows")
    lines = extract(mail(other), BALL_VALVES).lines
    assert all(line.sku is None or line.sku.confidence < 0.85 for line in lines)


def test_items_left_out_of_the_claim_take_no_reason_said_after_them() -> None:
    text = (
        'The 1" copper 90 elbows on this PO are not part of this claim. Failed unit is bagged '
        "and tagged at our shop."
    )
    lines = extract(mail(text), BALL_VALVES).lines
    assert all(line.sku is None or line.sku.confidence < 0.85 for line in lines)
    assert is_claimed_elsewhere("2 failed and are already going back on their own return.")


FILTERS = OrderVocabulary(
    identifiers=("HVC-FLT-1625-M11", "TST-2100-NP"),
    descriptions=(
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
        ("TST-2100-NP", "non-programmable digital thermostat, 24 V"),
    ),
    counts=(("HVC-FLT-1625-M11", 10), ("TST-2100-NP", 12)),
)


def test_pieces_of_an_item_sold_by_the_case_are_counted_in_cases() -> None:
    text = (
        "The HVC-FLT-1625-M11 filters from the same delivery: 36 of them are wet and bent. "
        "That's 3 of the cases, the other cases are fine."
    )
    (line,) = extract(mail(text), FILTERS).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (3, 0.9)
    assert line.quantity.evidence is not None
    assert "12 to a case" in line.quantity.evidence.checks
    unsaid = "The HVC-FLT-1625-M11 filters from the same delivery: 36 of them are wet and bent."
    assert _count(unsaid, FILTERS) == (3, 0.8)  # worked out: a person confirms


def test_a_count_beyond_what_the_order_holds_is_left_for_a_person() -> None:
    text = "We no longer need 14 of the TST-2100-NP thermostats, please take them back."
    assert _count(text, FILTERS) == (14, 0.8)
    assert _count(text.replace("14", "4"), FILTERS) == (4, 0.95)


def test_thanks_for_an_rma_or_an_authorized_return_is_no_new_claim() -> None:
    from extractors.claims.lexicon import disclaims, is_settled

    assert is_settled("Thanks for the quick RMA on the 3 damaged gate valves from Andre's report.")
    assert is_settled("Thanks for authorizing the thermostat return.")
    assert not is_settled("Thanks, but the RMA is for the wrong valves.")
    assert disclaims("Nothing else needed on our side, this is just so receiving knows.")
    text = (
        "Thanks for the quick RMA on the 3 damaged VLV-3100-CK check valves. "
        "He'll have them on the dock for the pickup Thursday."
    )
    assert extract(mail(text), CHECK_VALVES).lines == ()


def test_an_item_sold_by_a_measure_is_not_one_by_grammar() -> None:
    pipe = OrderVocabulary(
        identifiers=("PIP-BI-200-CTL",),
        descriptions=(("PIP-BI-200-CTL", '2" black steel pipe, Sch 40, cut to length (per ft)'),),
        counts=(("PIP-BI-200-CTL", 120),),
    )
    text = 'We have 20 ft of the 2" black pipe left from the 120 ft, we dont need it anymore.'
    (line,) = extract(mail(text), pipe).lines
    assert line.quantity is not None
    assert line.quantity.value == 20  # a guess between the feet left and the feet bought
    assert line.quantity.confidence < SINGULAR
