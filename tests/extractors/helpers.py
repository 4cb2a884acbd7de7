"""Shared checks and orders for extractor tests."""

from extractors.claims.vocabulary import OrderVocabulary
from extractors.text import RequestText

SEPARATOR = "\n\n"


def assert_well_formed(doc: RequestText) -> None:
    """Segments cover the text in order, separated by one blank line, nothing else."""
    position = 0
    for index, segment in enumerate(doc.segments):
        if index:
            assert doc.text[position : segment.start] == SEPARATOR
        else:
            assert segment.start == 0
        assert segment.end > segment.start
        position = segment.end
    assert position == len(doc.text)


def segment_texts(doc: RequestText) -> dict[str, str]:
    """Each segment's text by its name."""
    return {segment.name: doc.text[segment.start : segment.end] for segment in doc.segments}


def order_of(catalogue: dict[str, str], skus: tuple[str, ...], count: int = 40) -> OrderVocabulary:
    """The vocabulary of an order of `count` of each of `skus`, described as the catalogue
    describes them; an item sold by the foot (per ft) ordered 120 ft."""
    return OrderVocabulary(
        identifiers=skus,
        descriptions=tuple((sku, catalogue[sku]) for sku in skus),
        counts=tuple((sku, 120 if "(per ft)" in catalogue[sku] else count) for sku in skus),
    )
