"""A unit's only count, said of the items themselves ("3 of them", "one of the check
valves", "all 30 of the unions"), is the count claimed (OF_THE_ITEMS); a count of what holds
them ("one of the boxes") or a part of a whole ("3 of the 40") is no such count."""

import pytest

from extractors.claims.lines import OF_THE_ITEMS
from extractors.claims.offline import extract
from extractors.claims.quantities import is_count_of_items, is_requested
from extractors.claims.tokens import find_numbers
from tests.extractors.test_offline import mail
from tests.extractors.test_singular import CHECK_VALVES


def _count(text: str) -> tuple[int | None, float]:
    (line,) = extract(mail(text), CHECK_VALVES).lines
    return (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("3 of them won't shut off", True),
        ('one of the 3/4" ball valves is cracked', True),
        ('so all 30 of the 1-1/2" black unions are not needed', True),
        ("All 10 registers in that box are bent", True),
        ("one of the boxes of valves was crushed", False),
        ("3 of the 40 valves are cracked", False),
        ("All 3 cartons were wet", False),
        ("we need 4 valves", False),
    ],
)
def test_a_count_of_the_items_themselves(text: str, counted: bool) -> None:
    first = find_numbers(text, [])[0]
    assert is_count_of_items(text, first) is counted


def test_the_only_count_of_the_items_is_the_count_claimed() -> None:
    text = (
        "Also 1 of the check valves from the same order (VLV-3100-CK) is defective, "
        "the hinge pin is bent."
    )
    assert _count(text) == (1, OF_THE_ITEMS)


def test_a_count_of_boxes_stays_a_guess() -> None:
    assert _count("One of the boxes of VLV-3100-CK was crushed on the truck.") == (1, 0.7)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Please set up a return for the 32 pcs.", True),
        ("Send an RMA for the 4 and a label.", True),
        ("We have 32 pcs left over.", False),
    ],
)
def test_a_count_a_return_is_asked_for(text: str, asked: bool) -> None:
    (number,) = find_numbers(text, [])
    assert is_requested(text, number) is asked
