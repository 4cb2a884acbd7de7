"""A doubtful count said twice in the fresh text is sure; said once, tied with another
count, said in quoted history or as the order's count, or held by another line too, it
stays for a person to confirm."""

from extractors.claims.offline import extract
from extractors.claims.restated import (
    CONFLICT,
    CORRECTED,
    CORRECTED_ONLY_LINE,
    RESTATED,
    RESTATED_CHECK,
)
from tests.extractors.test_offline import mail

# "on 3" is the only other number of the sentence: read with doubt
HEATERS = (
    "The HTR-40-LP heaters from last week: the burner on 3 keeps going out, they are defective."
)
AGAIN = "Our tech swapped the thermocouple on those 3 first."


def _counts(text: str) -> list[tuple[int | None, float]]:
    return [
        (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)
        for line in extract(mail(text)).lines
    ]


def test_a_count_read_with_doubt_is_not_sure_when_said_once() -> None:
    assert _counts(HEATERS) == [(3, 0.7)]


def test_the_same_count_said_again_makes_it_sure() -> None:
    text = f"{HEATERS}\n\n{AGAIN}"
    assert _counts(text) == [(3, RESTATED)]
    (line,) = extract(mail(text)).lines
    assert line.quantity is not None
    assert line.quantity.evidence is not None
    assert RESTATED_CHECK in line.quantity.evidence.checks


def test_a_count_said_as_often_as_another_leaves_it_in_doubt() -> None:
    text = f"{HEATERS}\n\n{AGAIN} He swapped 4 valves too. We also have 4 spares."
    assert _counts(text) == [(3, 0.7)]


def test_counts_that_describe_the_order_are_no_second_saying() -> None:
    assert _counts(f"{HEATERS}\n\nWe ordered 3 more last week.") == [(3, 0.7)]


def test_quoted_history_is_no_second_saying() -> None:
    assert _counts(f"{HEATERS}\n\n> On Monday you wrote:\n> {AGAIN}") == [(3, 0.7)]


def test_a_count_another_line_holds_too_stays_in_doubt() -> None:
    valves = "The VLV-2210-BR valves arrived with 3 stems bent, damaged in transit."
    assert _counts(f"{HEATERS}\n{valves}") == [(3, 0.7), (3, 0.9)]


def test_a_count_the_writer_corrects_is_replaced() -> None:
    # the message's only line: the correction can be of no other (round 19)
    form = "1 VLV-1005-BV ball valve qty 4 no longer needed"
    text = f"The form says 4 but it is only 3. So 3 valves to return, not 4.\n\n{form}"
    (line,) = extract(mail(text)).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (3, CORRECTED_ONLY_LINE)
    assert line.quantity.evidence is not None
    assert line.quantity.evidence.quote == "3"


def test_a_correction_beside_other_lines_is_for_a_person_to_confirm() -> None:
    form = "VLV-1005-BV qty 4 no longer needed\nFTG-BI-U-150 qty 2 no longer needed"
    text = f"The form says 4 but it is only 3. So 3 to return, not 4.\n\n{form}"
    lines = extract(mail(text)).lines
    assert [(line.quantity.value, line.quantity.confidence) for line in lines if line.quantity] == [
        (3, CORRECTED),
        (2, 0.95),
    ]


def test_a_correction_of_a_count_two_lines_hold_leaves_both_in_doubt() -> None:
    text = (
        "VLV-1005-BV qty 4 no longer needed\nFTG-BI-U-150 qty 4 no longer needed\n\n"
        "Sorry: 3 of them, not 4."
    )
    lines = extract(mail(text)).lines
    assert [(line.quantity.value, line.quantity.confidence) for line in lines if line.quantity] == [
        (4, CONFLICT),
        (4, CONFLICT),
    ]
