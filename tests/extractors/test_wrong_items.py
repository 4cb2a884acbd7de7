"""Wrong-item claims: which item was ordered, which came, how many, and how sure."""

import pytest

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import D, W, mail, rows


@pytest.mark.parametrize(
    "body",
    [
        "The crate labelled for the 2 inch gate valves had 1 inch check valves in it.",
        "Both cartons marked HTR-40-LP held a propane heater kit inside.",
        "The sticker on the carton reads 50 ft hose, and the label says HTR-40-LP, but it's "
        "full of pressure gauges.",
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


def test_a_sentence_that_only_counts_them_counts_the_items_claimed_before() -> None:
    fields = extract(mail("The HTR-40-LP heaters arrived dented. Three of them."))

    assert rows(fields) == [("HTR-40-LP", 3, D)]
    quantity = fields.lines[0].quantity
    assert quantity is not None
    assert quantity.confidence == 0.9
