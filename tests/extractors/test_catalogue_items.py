"""Goods the order does not hold, named by their words: the catalogue's other items are
looked up for a line no item of the order fits, at a confidence a person confirms."""

from extractors.claims.offline import CATALOGUE_CHECK, ELSEWHERE, extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

DF, WI = ReasonCode.DEFECTIVE, ReasonCode.WRONG_ITEM
_ORDER = {
    "TST-7500-PRO": "7-day programmable Wi-Fi thermostat",
    "HVC-FLT-1625-M11": "16x25x1 MERV 11 pleated air filter, case of 12",
}
_OTHERS = (
    ("VLV-1005-BV", '1" brass ball valve, full port, threaded'),
    ("VLV-0075-BV", '3/4" brass ball valve, full port, sweat'),
    ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
    ("PMP-CIRC-015", "1/25 HP cast iron circulator pump, 115 V"),
)


def _vocabulary(others: tuple[tuple[str, str], ...] = _OTHERS) -> OrderVocabulary:
    return OrderVocabulary(
        identifiers=tuple(_ORDER),
        descriptions=tuple(_ORDER.items()),
        counts=tuple((sku, 12) for sku in _ORDER),
        others=others,
    )


_BODY = (
    "On the boiler room job, PO 77760:\n\n"
    '- 3 of the 1" full port ball valves leak by the stem as soon as the system is under '
    "pressure.\n"
    '- 2 of the 20 ft lengths of 1" copper are marked type M, not type L.\n'
)


def _read(body: str, vocabulary: OrderVocabulary) -> list[tuple[str | None, int | None, str]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in extract(mail(body), vocabulary).lines
    ]


def test_goods_the_order_does_not_hold_take_the_catalogue_item_their_words_describe() -> None:
    lines = extract(mail(_BODY), _vocabulary()).lines
    assert sorted(
        (line.sku.value if line.sku else None, line.quantity.value if line.quantity else None)
        for line in lines
    ) == [("PIP-CU-L-100-20", 2), ("VLV-1005-BV", 3)]
    for line in lines:
        assert line.sku is not None
        assert line.sku.evidence is not None
        assert line.sku.confidence == ELSEWHERE < 0.85  # which item is for a person
        assert CATALOGUE_CHECK in line.sku.evidence.checks


def test_without_the_catalogue_such_lines_name_no_item() -> None:
    assert sorted(_read(_BODY, _vocabulary(others=())), key=str) == [
        (None, 2, WI),
        (None, 3, DF),
    ]


def test_an_item_of_another_size_than_the_one_written_is_not_it() -> None:
    # '3/4" ... full port' fits both ball valves' words but only one's size
    body = '4 of the 3/4" full port ball valves we got are cracked at the body, please credit.\n'
    assert _read(body, _vocabulary()) == [("VLV-0075-BV", 4, ReasonCode.DAMAGED)]
    vocabulary = _vocabulary()
    assert vocabulary.described_elsewhere('the 1" full port ball valves') is not None
    assert vocabulary.described_elsewhere('the 2" full port ball valves') is None


def test_words_two_catalogue_items_fit_alike_name_neither() -> None:
    body = "3 of the full port ball valves leak at the stem, please credit.\n"
    assert _read(body, _vocabulary()) == [(None, 3, DF)]


def test_an_item_of_the_order_is_read_as_before() -> None:
    body = "2 of the Wi-Fi thermostats are dead out of the box, please credit.\n"
    read = extract(mail(body), _vocabulary()).lines
    assert [(line.sku.value if line.sku else None) for line in read] == ["TST-7500-PRO"]
    assert read[0].sku is not None
    assert read[0].sku.confidence > ELSEWHERE
