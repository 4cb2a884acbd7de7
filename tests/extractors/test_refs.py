"""Order references, including the ones OCR misread."""

import pytest

from extractors.claims.refs import PREFIXED, REPAIRED, find_refs


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Order S0-104233 arrived", "SO-104233"),
        ("Order $O-104233 arrived", "SO-104233"),
        ("Order 5O 1O4233 arrived", "SO-104233"),
        ("order SO-1042B3 arrived", "SO-104283"),
        ("our P0-778l2", "PO-77812"),
    ],
)
def test_ocr_confusions_are_repaired_at_a_confidence_a_person_confirms(
    text: str, value: str
) -> None:
    [hit] = find_refs(text)
    assert (hit.value, hit.confidence) == (value, REPAIRED)
    assert REPAIRED < 0.85


def test_a_clean_reference_is_read_as_written_not_repaired() -> None:
    [hit] = find_refs("Order SO-104233 arrived")
    assert (hit.value, hit.confidence) == ("SO-104233", PREFIXED)


@pytest.mark.parametrize("text", ["SOLOBOS is a word", "SO-SOLID", "$OOOOO", "PO box OOIIS"])
def test_words_that_only_look_confusable_are_not_references(text: str) -> None:
    assert find_refs(text) == []
