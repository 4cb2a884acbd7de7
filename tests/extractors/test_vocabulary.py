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


def test_a_line_without_a_sku_takes_the_described_item_for_a_person_to_confirm() -> None:
    text = "Hello,\n\nonly 35 of the 40 white floor registers 10x6 arrived, 5 short.\n\nBest"
    (line,) = extract(_doc(text), SO_104246).lines
    assert line.sku is not None
    assert line.sku.value == "HVC-REG-1006-W"
    assert line.sku.confidence < 0.85  # words, not an identifier
    assert line.sku.evidence is not None
    assert line.sku.evidence.quote == "white floor registers 10x6"
    (unread,) = extract(_doc(text), None).lines
    assert unread.sku is None


def test_a_description_never_replaces_a_sku_that_was_read() -> None:
    text = "2 VLV-0075-BV ball valves short, sweat 3/4"
    (line,) = extract(_doc(text), SO_104246).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("VLV-0075-BV", 0.95)
