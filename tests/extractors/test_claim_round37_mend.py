"""After the blind heldout79 and heldout80 (spent): a replacement brought and taken as
settled, a return only asked about, stock not used asked about politely, a price variance,
and goods not on the order named by fewer of their catalogue words."""

from extractors.claims.lexicon import disclaims, find_reasons, is_settled
from extractors.claims.offline import CATALOGUE_CHECK, extract
from extractors.claims.vocabulary import OrderVocabulary
from tests.extractors.test_offline import mail

_OTHERS = (
    ("TST-7500-PRO", "7-day programmable Wi-Fi thermostat"),
    ("TST-2100-NP", "non-programmable digital thermostat, 24 V"),
)
_TILES = OrderVocabulary(
    identifiers=("CLG-TILE-24-ACU",),
    descriptions=(("CLG-TILE-24-ACU", "2x2 ft acoustic ceiling tile, carton of 16"),),
    counts=(("CLG-TILE-24-ACU", 40),),
    others=_OTHERS,
)


def test_a_replacement_brought_and_the_writer_all_set_is_settled() -> None:
    assert is_settled(
        "Your driver brought the replacement heater Friday afternoon and took the dented one "
        "back with him."
    )
    assert is_settled("New one is in and running. We're all set on this one, thanks.")
    assert not is_settled("We are all set to install once the replacement comes.")
    body = (
        "Your driver brought the replacement heater Friday afternoon and took the dented one "
        "back with him. New one is in and running. We're all set on this one, thanks for the "
        "quick turnaround.\n"
    )
    assert not extract(mail(body, subject="Re: Damaged water heater PO 70288")).is_claim


def test_a_return_only_asked_about_claims_nothing() -> None:
    assert disclaims("We do not need anything right now, I only want to know how it works.")
    assert not disclaims("We need 2 replacements right now.")


def test_goods_not_on_the_order_are_named_by_their_distinctive_catalogue_words() -> None:
    body = "Non programmable stat from PO 60377 is DOA, no power to the display.\n"
    [line] = extract(mail(body), _TILES).lines
    assert line.sku is not None
    assert line.sku.value == "TST-2100-NP"
    assert line.sku.evidence is not None
    assert CATALOGUE_CHECK in line.sku.evidence.checks
    assert line.sku.confidence < 0.85


def test_stock_not_used_asked_about_politely_is_no_supposition() -> None:
    said = (
        "We would still like to ask: the job finished early and we have 2 of the 2 gallon "
        "expansion tanks that we did not use, new in the box."
    )
    assert [hit.reason.value for hit in find_reasons(said)] == ["NOT_NEEDED"]
    # what would be so is not yet so
    assert find_reasons("If the job ends early we would have 2 tanks that we did not use.") == []


def test_a_price_variance_and_a_po_issued_at_the_quote_are_price_claims() -> None:
    for said in (
        "INV-88133 price variance - condensate pumps",
        "PO-77830 was issued at $61.50 per your quote.",
    ):
        assert [hit.reason.value for hit in find_reasons(said)] == ["PRICING"], said
    assert find_reasons("Please send us your quote for 8 pumps.") == []


def test_a_statements_row_marked_credited_is_settled() -> None:
    row = "DM-2026-0466   INV-88133   Price variance cond. pumps 8 @ 3.40   -27.20   CREDITED"
    assert is_settled(row)
    assert not is_settled("Price variance 8 pumps, not yet credited")
