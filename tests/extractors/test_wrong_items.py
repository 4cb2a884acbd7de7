"""Wrong-item claims: which item was ordered, which came, how many, and how sure."""

import pytest

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import D, W, mail, rows, text


@pytest.mark.parametrize(
    "body",
    [
        "The crate labelled for the 2 inch gate valves had 1 inch check valves in it.",
        "Both cartons marked HTR-40-LP held a propane heater kit inside.",
        "The sticker on the carton reads 50 ft hose, and the label says HTR-40-LP, but it's "
        "full of pressure gauges.",
        "HTR-40-LP: the crate had a natural gas heater in it instead, qty 1",
        "The pallet for HTR-40-LP was full of pressure gauges instead.",
    ],
)
def test_a_package_labelled_as_one_item_holding_another_is_a_wrong_item(body: str) -> None:
    assert [(hit.reason, hit.strong) for hit in find_reasons(body)] == [
        (ReasonCode.WRONG_ITEM, True)
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("The crate marked fragile had 4 cracked gauges inside.", ReasonCode.DAMAGED),
        ("The carton labelled HTR-40-LP had nothing inside.", None),
        ("Each case marked HTR-40-LP had the right heater inside.", None),
        ("The label says HTR-40-LP and the crate is full of the correct heaters.", None),
    ],
)
def test_a_label_beside_another_reason_or_an_empty_box_is_no_wrong_item(
    body: str, reason: ReasonCode | None
) -> None:
    assert [hit.reason for hit in find_reasons(body)] == ([reason] if reason else [])


def test_a_bullet_whose_box_held_another_item_claims_it_wrong_not_the_bullet_before() -> None:
    body = (
        "Checked PO-55120 this morning:\n\n"
        "  - Gauges: 3 arrived with the glass cracked. Damaged, please credit.\n"
        "  - The case marked HTR-40-LP had an electric heater inside. We need the\n"
        "    propane one (qty 1).\n"
    )
    fields = extract(mail(body))

    assert (("HTR-40-LP", 1, W)) in rows(fields)
    assert all(row[0] != "HTR-40-LP" or row[2] != D for row in rows(fields))


HEATERS = OrderVocabulary(
    identifiers=("HTR-40-LP", "HTR-40-NG", "GAU-100-PSI"),
    descriptions=(
        ("HTR-40-LP", "40 gal propane water heater"),
        ("HTR-40-NG", "40 gal natural gas water heater"),
        ("GAU-100-PSI", '2-1/2" pressure gauge, 0-100 psi'),
    ),
)
SWAPPED = (
    "Unpacked the delivery for PO-55120. The crate labelled for the propane heaters had\n"
    "natural gas ones in it (HTR-50-NG stamped on the side). Half a dozen of them.\n"
    "We still need the HTR-40-LP that we ordered, please swap them."
)


@pytest.mark.parametrize("vocabulary", [HEATERS, None])
def test_a_wrong_item_names_the_item_ordered_in_another_sentence_not_the_one_that_came(
    vocabulary: OrderVocabulary | None,
) -> None:
    doc = mail(SWAPPED)
    fields = extract(doc, vocabulary)

    assert rows(fields) == [("HTR-40-LP", 6, W)]
    sku, quantity = fields.lines[0].sku, fields.lines[0].quantity
    assert sku is not None
    assert quantity is not None
    assert sku.confidence >= 0.85
    assert quantity.confidence >= 0.85
    assert sku.evidence is not None
    assert doc.text[sku.evidence.start : sku.evidence.end] == "HTR-40-LP"


@pytest.mark.parametrize(
    "body",
    [
        "The case labelled for the propane heaters on PO-55120 had natural gas ones inside\n"
        "(HTR-40-NG). 2 of them.",
        "The crate for the propane heaters had 2 HTR-40-NG units in it instead.",
    ],
)
def test_what_the_package_held_with_nothing_said_ordered_is_no_sure_item(body: str) -> None:
    fields = extract(mail(body), HEATERS)

    assert rows(fields) == [("HTR-40-NG", 2, W)]
    sku = fields.lines[0].sku
    assert sku is not None
    assert sku.confidence < 0.85  # came in place of the ordered item, which is not named


@pytest.mark.parametrize(
    "last",
    [
        "We ordered the HTR-40-LP and the GAU-100-PSI.",  # two items said ordered: which one?
        "We need the HTR-60-LP that we ordered.",  # not an item of the order
        "Separately, we need HTR-40-LP for another job, please quote.",  # not said ordered
    ],
)
def test_the_item_ordered_is_taken_only_when_one_item_of_the_order_is_said_ordered(
    last: str,
) -> None:
    body = f"The crate labelled PO-55120 had the wrong heaters in it (HTR-50-NG). {last}"
    fields = extract(mail(body), HEATERS)

    assert all(
        line.sku is None or line.sku.value != "HTR-40-LP" or line.sku.confidence < 0.85
        for line in fields.lines
    )
    assert all(line.sku is None or line.sku.value != "HTR-60-LP" for line in fields.lines)


def test_a_sentence_that_only_counts_them_counts_the_items_claimed_before() -> None:
    fields = extract(mail("The HTR-40-LP heaters arrived dented. Three of them."))

    assert rows(fields) == [("HTR-40-LP", 3, D)]
    quantity = fields.lines[0].quantity
    assert quantity is not None
    assert quantity.confidence == 0.9


@pytest.mark.parametrize("vocabulary", [HEATERS, None])
def test_in_one_sentence_the_item_held_is_what_came_and_the_item_needed_what_was_ordered(
    vocabulary: OrderVocabulary | None,
) -> None:
    body = (
        "The box labelled for propane heaters had HTR-50-NG units in it, we need the "
        "HTR-40-LP we ordered (5 pcs)."
    )
    fields = extract(mail(body), vocabulary)

    assert rows(fields) == [("HTR-40-LP", 5, W)]


def test_a_plain_text_note_names_the_item_it_should_have_been() -> None:
    note = "The crate had HTR-50-NG units in it instead. It should have been HTR-40-LP."
    fields = extract(text(note))

    assert [row[0] for row in rows(fields)] == ["HTR-40-LP"]
