"""Which numbers count a claimed item: those naming the item or a part of it do not."""

from extractors.claims.offline import extract
from tests.extractors.test_offline import D, N, S, mail, rows


def test_a_rating_in_the_items_name_is_no_count_of_it() -> None:
    fields = extract(mail("The pleated MERV 13 filters (HVC-FLT-2020-M13) came in crushed."))

    assert rows(fields) == [("HVC-FLT-2020-M13", None, D)]


def test_a_gauge_before_the_item_is_no_count_of_it() -> None:
    fields = extract(mail("The 14 gauge duct straps (DUC-STRAP-14) arrived bent."))

    assert rows(fields) == [("DUC-STRAP-14", None, D)]


def test_a_smaller_count_after_in_the_sentence_is_a_part_of_the_items_counted() -> None:
    fields = extract(
        mail(
            "3 of the HTR-40-LP heaters reached us damaged, all scraped along the side "
            "and one is leaking at the drain."
        )
    )

    assert rows(fields) == [("HTR-40-LP", 3, D)]
    line = fields.lines[0]
    assert line.reason.confidence < 0.85  # which reason the writer claims is then a guess


def test_a_smaller_count_said_of_them_is_a_part_of_the_items_counted() -> None:
    fields = extract(mail("4 x HTR-40-LP were crushed in the truck, and 2 of them are leaking."))

    assert rows(fields) == [("HTR-40-LP", 4, D)]


def test_a_whole_before_the_reason_is_no_count_of_it() -> None:
    fields = extract(
        mail("The VLV-3300-GT gate valves came up short. So 3 of the 12 boxes are missing.")
    )

    assert rows(fields) == [("VLV-3300-GT", 3, S)]


def test_a_phase_or_building_number_is_no_count() -> None:
    fields = extract(
        mail("Phase 3 of the job was dropped, so the HTR-40-LP heaters are no longer needed.")
    )

    assert rows(fields) == [("HTR-40-LP", None, N)]


def test_a_reason_said_of_a_claim_reported_before_opens_no_new_one() -> None:
    fields = extract(
        mail(
            "We no longer need the HTR-40-LP heaters. That's 8 of the 10 (our foreman already "
            "reported the other 2 as dented on Monday). Please send an RA for the 8."
        )
    )

    assert rows(fields) == [("HTR-40-LP", 8, N)]
    quantity = fields.lines[0].quantity
    assert quantity is not None
    assert quantity.confidence >= 0.85


def test_a_count_asked_a_return_authorisation_for_is_the_claimed_one() -> None:
    fields = extract(
        mail("The HTR-40-LP heaters were ordered by mistake. Please issue an RMA for the 3.")
    )

    assert rows(fields) == [("HTR-40-LP", 3, N)]


def test_a_part_of_the_items_counted_with_their_own_reason_is_no_count_of_them() -> None:
    fields = extract(
        mail("All 4 of the HTR-40-LP heaters arrived dented and one of them has a cracked valve.")
    )

    assert rows(fields) == [("HTR-40-LP", 4, D)]


def test_not_needing_it_anymore_is_said_outright() -> None:
    fields = extract(mail("The HTR-40-LP we not need it anymore, job was changed."))

    assert rows(fields) == [("HTR-40-LP", None, N)]
    assert fields.lines[0].reason.confidence >= 0.85


def test_what_we_order_is_the_whole_not_the_count_returned() -> None:
    fields = extract(
        mail(
            "We order 10 of the HTR-40-LP for the job but the design change, so we dont need "
            "anymore 4 of them. Can we return the 4?"
        )
    )

    assert rows(fields) == [("HTR-40-LP", 4, N)]


def test_a_table_row_whose_condition_is_ok_claims_nothing() -> None:
    fields = extract(
        mail(
            "Our check of the delivery:\n\n"
            "Item        Qty delivered   Condition\n"
            "HTR-40-LP   4               2 crushed\n"
            "TNK-EXP-5   10              OK\n"
        )
    )

    assert rows(fields) == [("HTR-40-LP", 2, D)]
