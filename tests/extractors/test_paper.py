"""What a form or a sheet prints around its rows claims nothing by itself: a key to its
reason codes, and a shortage's count beside the order's count in columns not read."""

from extractors.claims.offline import EITHER_WAY, extract
from extractors.claims.vocabulary import OrderVocabulary
from tests.extractors.test_offline import N, mail, rows

PRVS = OrderVocabulary(
    identifiers=("VLV-0750-PRV",),
    descriptions=(("VLV-0750-PRV", '3/4" pressure reducing valve'),),
    counts=(("VLV-0750-PRV", 12),),
)


def test_a_key_to_reason_codes_claims_none_of_them() -> None:
    text = (
        "Please process the return per the form.\n\n"
        "Item Description Qty Reason\n"
        "VLV-0750-PRV pressure reducing valve 4 not needed, over-ordered\n"
        "Reason codes: 01 Damaged in transit  02 Defective  03 Over-ordered / not needed"
    )
    assert rows(extract(mail(text))) == [("VLV-0750-PRV", 4, N)]


def test_a_row_of_reasons_without_an_item_is_a_menu_even_inside_a_longer_unit() -> None:
    text = "VLV-0750-PRV 4 not needed\ndamaged / defective / wrong item / short / overcharged"
    assert rows(extract(mail(text))) == [("VLV-0750-PRV", 4, N)]


def _count(text: str) -> tuple[int | None, float]:
    (line,) = extract(mail(text), PRVS).lines
    return (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)


def test_a_shortage_beside_the_orders_count_may_be_what_arrived() -> None:
    assert _count("11/06 ESTES VLV-0750-PRV 12 9 SHORT  not on pallet") == (9, EITHER_WAY)


def test_a_shortage_after_what_arrived_is_the_shortage() -> None:
    assert _count("11/06 ESTES VLV-0750-PRV 12 9 3 SHORT not on pallet")[1] > EITHER_WAY


def test_a_shortage_said_against_the_order_in_words_is_no_column_guess() -> None:
    assert _count("We ordered 12 of VLV-0750-PRV and 3 are short.")[1] > EITHER_WAY
