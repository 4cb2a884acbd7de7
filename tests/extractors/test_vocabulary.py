"""Order-first reading: the found order's identifiers, however the customer writes them."""

from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from extractors.text import RequestText, Segment

ORDER = OrderVocabulary(("VLV-2210-BR", "VLV-0750-PRV", "KM-88107", "071812340075", "PUMP"))


def _doc(text: str) -> RequestText:
    return RequestText(text=text, segments=(Segment("body", 0, len(text)),))


def _skus(text: str, vocabulary: OrderVocabulary | None) -> list[str | None]:
    return [line.sku.value if line.sku else None for line in extract(_doc(text), vocabulary).lines]


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
