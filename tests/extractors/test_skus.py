"""SKU tokens matched against the order's items: each way, its margin, and its confidence."""

import pytest

from extractors.claims.skus import (
    Candidate,
    SkuMatch,
    bound_by_item,
    exact_sku,
    match_sku,
    ocr_repairs,
    resolved_confidence,
)
from extractors.fields import Proposed, ProposedLine
from rules.vocabulary import ReasonCode

# The lines of one order, with the aliases that name them (sample ERP data).
ORDER = (
    Candidate("VLV-2210-BR", ("KM-88213", "0718123456789")),
    Candidate("VLV-0750-PRV", ("KM-88340",)),
    Candidate("FTG-PVC-T-200", ("061234500200",)),
)


def test_an_exact_sku_matches_case_aside() -> None:
    match = match_sku(" vlv-2210-br ", ORDER)

    assert match == SkuMatch("VLV-2210-BR", "exact", "VLV-2210-BR", 1.0, 1.0)
    assert match.check == "erp:exact"


def test_a_customer_part_number_or_upc_names_its_sku() -> None:
    assert match_sku("KM-88340", ORDER) == SkuMatch("VLV-0750-PRV", "exact", "KM-88340", 1.0, 1.0)
    upc = match_sku("061234500200", ORDER)
    assert upc is not None
    assert (upc.sku, upc.how) == ("FTG-PVC-T-200", "exact")


def test_spaces_and_separators_are_normalized() -> None:
    match = match_sku("VLV 2210BR", ORDER)

    assert match is not None
    assert (match.sku, match.how, match.check) == ("VLV-2210-BR", "normalized", "erp:normalized")


def test_ocr_confusions_inside_the_token_are_repaired() -> None:
    match = match_sku("VLV-22I0-8R", ORDER)

    assert match is not None
    assert (match.sku, match.how, match.repairs) == ("VLV-2210-BR", "repaired", ("I→1", "8→B"))
    assert match.check == "erp:repaired I→1, 8→B"
    alias = match_sku("KM-8834O", ORDER)
    assert alias is not None
    assert (alias.sku, alias.identifier, alias.repairs) == ("VLV-0750-PRV", "KM-88340", ("O→0",))


@pytest.mark.parametrize(
    ("token", "name", "repairs"),
    [
        ("SO-1O4", "SO-104", ("O→0",)),
        ("VLV-221O-BR", "VLV-2210-BR", ("O→0",)),
        ("VLV-2Z1G-BR", "VLV-2216-BR", ("Z→2", "G→6")),
        ("VLV-2Z16-5R", "VLV-2216-BR", ()),  # 5 is read for S, not for B
        ("ABC-1Z6", "ABC-126", ("Z→2",)),
        ("ABC-1G6", "ABC-166", ("G→6",)),
        ("VLV-OOOO-BR", "VLV-0000-BR", ()),  # 4 of 9 guessed: more guessed than read
        ("ABC-12", "ABC-123", ()),  # another length: not a misread character
        ("VLV-2210-BQ", "VLV-2210-BR", ()),  # Q and R are not confused
    ],
)
def test_only_ocr_confusions_count_as_repairs(
    token: str, name: str, repairs: tuple[str, ...]
) -> None:
    assert ocr_repairs(token, name) == repairs


def test_a_repair_that_would_name_two_lines_matches_neither() -> None:
    twins = (Candidate("FLT-16B-A"), Candidate("FLT-168-A"))

    assert match_sku("FLT-I6B-A", twins) is None  # I→1, then B is B or 8: both lines fit
    one = match_sku("FLT-16B-A", twins)
    assert one is not None
    assert (one.sku, one.how) == ("FLT-16B-A", "exact")  # the exact reading wins first


def test_an_exact_tie_between_two_lines_matches_neither() -> None:
    shared = (Candidate("VLV-1005-BV", ("KM-1",)), Candidate("VLV-1006-BV", ("KM-1",)))

    assert match_sku("KM-1", shared) is None
    assert exact_sku("KM-1", shared) is None


def test_a_near_miss_is_fuzzy_with_its_margin_over_the_runner_up() -> None:
    match = match_sku("VLV-2210-B", ORDER)

    assert match is not None
    assert (match.sku, match.how) == ("VLV-2210-BR", "fuzzy")
    assert match.score == pytest.approx(0.9412, abs=1e-4)
    assert match.margin > 0.3  # the other lines are far off
    assert match.check == f"erp:fuzzy {match.score:.2f} margin {match.margin:.2f}"


def test_two_lines_equally_close_give_a_near_zero_margin() -> None:
    order = (Candidate("HTR-50-NG"), Candidate("HTR-50-LP"))

    match = match_sku("HTR-50-N", order)

    assert match is not None
    assert match.how == "fuzzy"
    assert match.margin < 0.2
    assert resolved_confidence(match, read=0.95) < 0.6


def test_a_longer_part_number_is_not_the_shorter_one() -> None:
    match = match_sku("VLV-2210-BR-BLK", ORDER)

    assert match is not None
    assert match.how == "fuzzy"  # never exact, normalized or repaired
    assert resolved_confidence(match, read=0.95) < 0.85


def test_a_token_like_no_line_of_the_order_matches_nothing() -> None:
    assert match_sku("HVC-FLT-1625-M11", ORDER) is None
    assert match_sku("", ORDER) is None
    assert match_sku("VLV-2210-BR", ()) is None


def test_exact_sku_ignores_looser_matches() -> None:
    assert exact_sku("km-88213", ORDER) == "VLV-2210-BR"
    assert exact_sku("VLV 2210BR", ORDER) is None
    assert exact_sku("VLV-22I0-BR", ORDER) is None


def test_confidence_follows_how_the_token_matched() -> None:
    exact = match_sku("VLV-2210-BR", ORDER)
    normalized = match_sku("VLV2210BR", ORDER)
    repaired = match_sku("VLV-22I0-BR", ORDER)
    fuzzy = match_sku("VLV-2210-B", ORDER)
    assert fuzzy is not None

    assert resolved_confidence(exact, read=0.8) == pytest.approx(0.85)  # a UPC-like token
    assert resolved_confidence(exact, read=0.95) == 0.95
    assert resolved_confidence(exact, read=1.0) == 1.0  # a form field is never lowered
    assert resolved_confidence(exact, read=0.3) == 0.3  # an ungrounded value stays doubtful
    assert resolved_confidence(normalized, read=0.9) == 0.9
    assert resolved_confidence(repaired, read=0.95) == 0.8
    assert resolved_confidence(repaired, read=0.5) == 0.5
    expected = 0.8 * fuzzy.score * min(1.0, fuzzy.margin / 0.2)
    assert resolved_confidence(fuzzy, read=0.95) == pytest.approx(expected, abs=1e-4)
    assert resolved_confidence(fuzzy, read=0.95) < 0.85
    assert resolved_confidence(None, read=0.95) == 0.95


def _line(sku: float | None, quantity: float = 0.95, reason: float = 0.9) -> ProposedLine:
    return ProposedLine(
        sku=None if sku is None else Proposed("VLV-2210-BR", sku),
        quantity=Proposed(4, quantity),
        reason=Proposed(ReasonCode.DAMAGED, reason),
    )


@pytest.mark.parametrize("sku", [None, 0.8, 0.75])
def test_a_count_and_reason_say_no_more_than_their_unidentified_item(sku: float | None) -> None:
    line = bound_by_item(_line(sku))

    assert line.quantity is not None
    assert line.quantity.confidence == 0.8
    assert line.reason.confidence == 0.8


def test_a_line_of_a_surely_identified_item_keeps_its_confidences() -> None:
    assert bound_by_item(_line(0.9)) == _line(0.9)
    assert bound_by_item(_line(None, quantity=0.5, reason=0.6)) == _line(None, 0.5, 0.6)
