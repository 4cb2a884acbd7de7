"""Round 15 of issue 13: what a clerk reads in a message before reading its lines."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

D = ReasonCode.DAMAGED

VALVES = OrderVocabulary(
    identifiers=("VLV-2210-BR", "VLV-0750-PRV"),
    descriptions=(
        ("VLV-2210-BR", '2" bronze gate valve, threaded'),
        ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
    ),
    counts=(("VLV-2210-BR", 40), ("VLV-0750-PRV", 4)),
)


def _no_claim(body: str) -> bool:
    fields = extract(mail(body), VALVES)
    return (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")


def test_a_message_telling_of_a_claim_made_before_is_no_claim() -> None:
    for body in (
        "Thank you. The credit memos for the 3 crushed gate valves and the 2 short PRVs on"
        " PO-77812 all showed up on our statement.",
        "Please enter a new order: 2 ea VLV-2210-BR (to replace the two cracked ones - the"
        " credit for those is already in process with your returns desk).",
        "We short paid INV-88141 for the 2 PRVs that never arrived. This is not a new claim,"
        " just letting AR know why the check is short.",
        "Pete sent the photo Monday for the 3 crushed gate valves - leave that claim as it is."
        " Separate thing: quote 3 more gate valves on our new PO.",
    ):
        assert _no_claim(body), body


def test_a_problem_told_apart_from_the_claim_made_before_is_a_claim() -> None:
    for body in (
        "Thanks for the credit on the gate valves. One of the PRVs is leaking at the bonnet.",
        "The credit memo for the gate valves came through, but 2 of the PRVs are cracked.",
        # asking now makes the claim again, whatever else the message tells
        "The credit for the 3 crushed gate valves came through. Please credit the 3 more"
        " VLV-2210-BR we found crushed in the second carton.",
    ):
        fields = extract(mail(body), VALVES)
        assert fields.is_claim, body
        assert fields.lines, body


def _counts(body: str) -> list[tuple[str | None, int | None, float]]:
    return [
        (
            line.sku.value if line.sku else None,
            *((line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)),
        )
        for line in extract(mail(body), VALVES).lines
    ]


def test_a_claim_said_of_all_of_an_item_claims_all_the_order_holds() -> None:
    body = "The 2in bronze gate valves on this PO are all cracked, all of them, every box."
    assert _counts(body) == [("VLV-2210-BR", 40, 0.86)]
    # a count said with it is the claim's; the others said all fine are no claim of all
    assert _counts("All 3 of the gate valves are cracked.")[0][:2] == ("VLV-2210-BR", 3)
    body = "The gate valves are all fine. The PRV is cracked, one of them."
    assert ("VLV-2210-BR", 40, 0.86) not in _counts(body)


HEATERS = OrderVocabulary(
    identifiers=("WH-50G-NG", "WH-EXP-2G"),
    descriptions=(
        ("WH-50G-NG", "50 gal natural gas water heater, 40,000 BTU, atmospheric vent"),
        ("WH-EXP-2G", "2 gal thermal expansion tank, potable"),
    ),
    counts=(("WH-50G-NG", 3), ("WH-EXP-2G", 3)),
)


def _items(body: str) -> list[tuple[str | None, float]]:
    lines = extract(mail(body), HEATERS).lines
    return [(line.sku.value, line.sku.confidence) if line.sku else (None, 0.0) for line in lines]


def test_an_item_named_by_its_words_in_the_clause_of_its_reason_is_the_one_claimed() -> None:
    body = (
        "1 of the 2 gallon expansion tanks is dented in on the side, pretty deep, I'm not"
        " putting that on a water heater."
    )
    assert _items(body) == [("WH-EXP-2G", 0.86)]
    # where the reason's clause names no item, or both, which one it is said of is a guess
    body = "The expansion tanks and the water heaters, 2 of them dented."
    assert all(confidence < 0.85 for _, confidence in _items(body))


def test_a_pair_is_two() -> None:
    body = "A pair of the expansion tanks have already failed, both are waterlogged."
    (line,) = extract(mail(body), HEATERS).lines
    assert line.quantity is not None
    assert line.quantity.evidence is not None
    assert (line.quantity.value, line.quantity.evidence.quote) == (2, "A pair")


COPPER = OrderVocabulary(
    identifiers=("PIP-CU-L-100-20", "FTG-CU-E90-100", "PIP-PEX-075-300"),
    descriptions=(
        ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
        ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
        ("PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil'),
    ),
)


def test_a_material_names_the_tube_it_comes_as() -> None:
    (mention,) = COPPER.mentioned('4 lengths of the 1" type L copper, the 20 footers')
    assert (mention.sku, mention.plain) == ("PIP-CU-L-100-20", True)
    (mention,) = COPPER.mentioned("the 3/4 pex coils")
    assert (mention.sku, mention.plain) == ("PIP-PEX-075-300", True)
    # the copper the elbows are made of names no tube
    assert [m.sku for m in COPPER.mentioned('the 1" copper elbows')] == ["FTG-CU-E90-100"]


def test_a_list_item_does_not_take_the_reason_of_the_item_before() -> None:
    order = OrderVocabulary(
        identifiers=("PIP-CU-L-100-20", "VLV-0750-PRV"),
        descriptions=(
            ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
            ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
        ),
        counts=(("PIP-CU-L-100-20", 12), ("VLV-0750-PRV", 4)),
    )
    body = (
        "Two things on it:\n\n"
        '- The homeowner changed the plans and we will not use 2 of the 3/4"\n'
        "pressure reducing valves. They are new in the box, please take them back.\n"
        '- The 1" type L copper: Mark quoted us 69.90 a stick and the invoice has\n'
        "74.20 for all 12. We want the difference credited.\n"
    )
    copper = [
        line
        for line in extract(mail(body), order).lines
        if line.sku is not None and line.sku.value == "PIP-CU-L-100-20"
    ]
    assert all(line.sku is not None and line.sku.confidence < 0.85 for line in copper)


def test_the_distributors_need_is_no_convenience_return() -> None:
    # heldout35 s06 once spent: a damage claim approved a second case, NOT_NEEDED
    body = (
        "po 24519 - 2 of the gate valves came with the handles snapped off at the nut."
        " can you credit the 2, you dont need them back do you?"
    )
    assert [line.reason.value for line in extract(mail(body), VALVES).lines] == [D]
    assert find_reasons("we dont need them")  # the customer's is


def test_a_message_that_asks_you_to_credit_is_a_claim_whatever_else_it_says() -> None:
    # heldout34 s18 once spent: "Nothing new from me on it" of one invoice, then a price
    # claim on another asked as a question
    body = (
        "INV-88120: Tom already reported the crushed gate valves. Nothing new from me on it.\n\n"
        "INV-88133: the PRVs are billed at $64.90 each, but our PO has them at $61.50. Could"
        " you send us a credit memo covering that?"
    )
    assert extract(mail(body), VALVES).is_claim
