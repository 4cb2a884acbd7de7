"""How a claim runs on over sentences: typed in lower case, said more of, named again."""

from extractors.claims.offline import extract
from extractors.claims.sentences import split_sentences
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import D, S, mail, rows
from tests.extractors.test_singular import CHECK_VALVES


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


def test_a_sentence_typed_in_lower_case_starts_after_a_words_full_stop() -> None:
    assert _sentences("3 of the HTR-40-LP are dented. pls credit them. ok thx") == [
        "3 of the HTR-40-LP are dented.",
        "pls credit them.",
        "ok thx",
    ]


def test_no_sentence_starts_after_an_abbreviation_an_initial_or_a_number() -> None:
    assert _sentences("delivered at 9 a.m. on the dock") == ["delivered at 9 a.m. on the dock"]
    assert _sentences("signed by J. smith at the gate") == ["signed by J. smith at the gate"]
    assert _sentences("approx. twelve of them, SKU HTR-40-LP. rest ok") == [
        "approx. twelve of them, SKU HTR-40-LP.",
        "rest ok",
    ]
    assert _sentences("we got 12. then 4 more") == ["we got 12. then 4 more"]


def test_an_item_said_fine_in_a_lower_case_sentence_is_no_part_of_the_claim_before() -> None:
    fields = extract(mail("4 x HTR-40-LP came in dented. the TNK-EXP-5 tanks all fine"))

    assert rows(fields) == [("HTR-40-LP", 4, D)]
    assert fields.lines[0].sku is not None
    assert fields.lines[0].sku.confidence >= 0.85


def test_a_sentence_saying_more_of_a_claim_is_no_heading_for_the_items_after_it() -> None:
    fields = extract(
        mail(
            "bay 2 - 1 HTR-40-LP crushed.\n"
            "pallet jack went thru the box,\ntank dented in 2 places.\n"
            "scrap.\n"
            "bay 1 - the TNK-EXP-5 tanks. slip says 12, counted 9.\n"
            "short 3.\n"
        )
    )

    assert sorted(rows(fields), key=str) == [("HTR-40-LP", 1, D), ("TNK-EXP-5", 3, S)]


def test_in_a_forward_the_forwarders_count_stands_over_the_forwarded_one() -> None:
    body = (
        "Please see below from our foreman. He miscounted: 4 of the HTR-40-LP heaters are "
        "dented, not 5.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Lee Park <lpark@keystonemech.com>\n"
        "Date: Mon, Nov 9, 2026 at 7:10 AM\n"
        "Subject: heaters\n\n"
        "5 of the HTR-40-LP heaters came in dented.\n"
    )
    fields = extract(mail(body, subject="Fwd: heaters"))

    assert rows(fields) == [("HTR-40-LP", 4, D)]
    quantity = fields.lines[0].quantity
    assert quantity is not None
    assert quantity.confidence >= 0.85


def test_two_counts_of_one_claim_by_the_same_author_stay_in_doubt() -> None:
    fields = extract(
        mail("4 of the HTR-40-LP heaters are dented.\n\nSo 5 of the HTR-40-LP heaters are dented.")
    )

    quantity = fields.lines[0].quantity
    assert quantity is not None
    assert quantity.confidence < 0.85


def test_a_process_that_failed_is_no_defective_goods() -> None:
    fields = extract(
        mail(
            "Our 3-way match on invoice INV-88120 (PO-55120) failed on one line. "
            "The HTR-40-LP heaters were billed at 410.00 instead of the agreed 395.00."
        )
    )

    assert {line.reason.value for line in fields.lines} == {ReasonCode.PRICING}


def test_a_list_asked_to_be_returned_takes_the_reason_said_just_before() -> None:
    # "Please set up a return for:" introduces the list the sentence before gives a reason
    # for; "Detail below:" would introduce one that may be about something else
    text = (
        "The pump station job was cancelled by the city, so we have material from "
        "SO-104214 that we no longer need. Please set up a return for:\n\n"
        '  * 2 of the 3" check valves (we used 2 of the 4 on another job)\n'
        '  * 40 of the 2" PVC tees\n'
    )
    lines = extract(mail(text), CHECK_VALVES).lines
    assert [(ln.sku and ln.sku.value, ln.quantity and ln.quantity.value) for ln in lines] == [
        ("VLV-3100-CK", 2),
        ("FTG-PVC-T-200", 40),
    ]
    for line in lines:
        assert line.reason.value == ReasonCode.NOT_NEEDED
        assert line.reason.confidence >= 0.85
        assert line.sku is not None
        assert line.sku.confidence >= 0.85
