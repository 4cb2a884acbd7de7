"""Round 16 of issue 13: sheets whose columns say one reason and whose notes say another,
and what a sentence tells of an item besides its reason."""

from extractors.claims.lexicon import claims_nothing_new, find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

D, S, W, N, P = (
    ReasonCode.DAMAGED,
    ReasonCode.SHORT,
    ReasonCode.WRONG_ITEM,
    ReasonCode.NOT_NEEDED,
    ReasonCode.PRICING,
)

STORE = OrderVocabulary(
    identifiers=("HVC-REG-1006-W", "VLV-0075-BV", "WH-EXP-2G", "HVC-FLT-1625-M11"),
    descriptions=(
        ("HVC-REG-1006-W", "10x6 steel floor register, white"),
        ("VLV-0075-BV", '3/4" brass ball valve, full port, sweat'),
        ("WH-EXP-2G", "2 gal thermal expansion tank, potable"),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
    ),
    counts=(("HVC-REG-1006-W", 30), ("VLV-0075-BV", 20), ("WH-EXP-2G", 4), ("HVC-FLT-1625-M11", 8)),
)


def _lines(body: str, vocabulary: OrderVocabulary = STORE) -> list[tuple[str | None, int | None]]:
    return sorted(
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in extract(mail(body), vocabulary).lines
    )


def _sure(body: str, vocabulary: OrderVocabulary = STORE) -> list[tuple[str, int, ReasonCode]]:
    """The lines read sure enough to act on, every field at 0.85 or more."""
    return sorted(
        (line.sku.value, line.quantity.value, line.reason.value)
        for line in extract(mail(body), vocabulary).lines
        if line.sku
        and line.quantity
        and min(line.sku.confidence, line.quantity.confidence, line.reason.confidence) >= 0.85
    )


# a typed report: the counts right-aligned under their names, the note a space after the
# "Dmg" count, one note wrapped onto a line of its own under the note's column
_ROW = "{:>3}   {:<18} {:<22} {:>7} {:>6} {:>5} {}\n"
REPORT = (
    "Receiving report for PO 5512 attached, three problems on it.\n\n"
    + _ROW.format("Ln", "Item", "Description", "Ordered", "Recv", "Dmg", "  Exception")
    + _ROW.format(
        1, "HVC-REG-1006-W", "floor register 10x6", 30, 30, 4, "DAMAGED - 4 bent, pls credit"
    )
    + _ROW.format(
        2, "VLV-0075-BV", "3/4 ball valve sweat", 20, 20, 0, "WRONG ITEM - 5 of the 20 are"
    )
    + " " * 67
    + "threaded, not sweat; swap 5\n"
    + _ROW.format(3, "WH-EXP-2G", "2 gal exp tank", 4, 1, 0, "SHORT - only 1 came, 3 missing")
)


def test_a_note_says_what_a_column_named_for_another_reason_does_not_count() -> None:
    assert _sure(REPORT) == [
        ("HVC-REG-1006-W", 4, D),
        ("VLV-0075-BV", 5, W),
        ("WH-EXP-2G", 3, S),
    ]


def test_a_zero_under_a_column_of_all_that_goes_back_claims_nothing_of_its_row() -> None:
    sheet = (
        "Returns list below, only the Return column goes back.\n\n"
        "Item              Description               Ordered   Used   Return   Note\n"
        "WH-EXP-2G         2 gal exp tank                  4      2        2   not needed\n"
        "VLV-0075-BV       3/4 ball valve                 20     20        0   1 failed, warranty\n"
    )
    assert _sure(sheet) == [("WH-EXP-2G", 2, N)]


def test_a_closeout_sheets_left_column_counts_what_goes_back() -> None:
    sheet = (
        "job,po,sku,desc,bought,installed,left,action\n"
        "ELM ST,PO-5512,WH-EXP-2G,2 gal tank,4,1,3,return - not needed\n"
        "ELM ST,PO-5512,VLV-0075-BV,3/4 valve,20,19,1,keep on truck\n"
    )
    assert _lines("Leftovers from the Elm St job are on the sheet, ok to return?\n\n" + sheet) == [
        ("WH-EXP-2G", 3, N)
    ]


def test_what_was_sent_then_what_we_have_is_a_shortage_worked_out() -> None:
    # 32 is not the order's count (30): which number is which, a person confirms
    body = "The slip says 32 HVC-REG-1006-W shipped, we only have 28."
    [line] = extract(mail(body), STORE).lines
    assert (line.sku and line.sku.value, line.reason.value) == ("HVC-REG-1006-W", S)
    assert line.quantity is not None
    assert line.quantity.value == 4
    assert line.quantity.confidence < 0.85  # worked out: a person confirms it


def test_words_that_only_sound_like_a_problem_are_none() -> None:
    assert not find_reasons("the valve cartons only got opened Saturday")
    assert not find_reasons("I will let you know if anything is wrong with the heaters")
    assert [h.reason for h in find_reasons("the delivery didn't make it in one piece")] == [D]
    assert [h.reason for h in find_reasons("25 of the copper 90s came squashed oval")] == [D]
    assert [h.reason for h in find_reasons("two case is crush in the bottom")] == [D]
    assert [h.reason for h in find_reasons("send a credit memo for the difference")] == [P]


def test_an_item_said_to_have_gone_back_is_not_claimed_beside_another() -> None:
    body = (
        "Leftovers we want to return are below - just the 2 gal expansion tanks, the ball"
        " valves already went back last month. 3 of WH-EXP-2G."
    )
    assert [sku for sku, _, _ in _lines(body)] == ["WH-EXP-2G"]


def test_items_said_to_match_the_invoice_take_no_reason_said_after_them() -> None:
    body = (
        "Invoice 88098 bills the tanks above our price:\n\n"
        "Item\tQty\tPO price\tInv price\n"
        "WH-EXP-2G\t4\t41.00\t44.50\n\n"
        "The registers and ball valves on the same invoice match.\n"
        "Please send a credit memo for the difference."
    )
    assert _lines(body) == [("WH-EXP-2G", 4, P)]


def test_a_list_items_lead_word_names_the_item_its_sentences_claim() -> None:
    body = (
        "Two things on PO 5512:\n"
        "1. Registers: all fine.\n"
        "2. Filters: the job takes 6 cases, not 8. The other 2 cases are not needed,"
        " still wrapped.\n"
    )
    assert _lines(body) == [("HVC-FLT-1625-M11", 2, N)]


def test_the_count_a_return_is_asked_of_is_no_whole() -> None:
    body = "Please arrange a return of the 12 ball valves - we don't need them anymore."
    assert _lines(body) == [("VLV-0075-BV", 12, N)]


def test_a_remittance_that_tells_of_open_claims_claims_nothing_new() -> None:
    texts = [
        "We short-paid INV-5512 by the 2 tanks that are already on a claim with you;"
        " INV-5513 is paid in full while the register claims are open.",
        "INV-5512  41.00  less 2 tanks, dented - claimed 11/9, credit pending",
    ]
    assert claims_nothing_new(texts, texts)
    # a problem told apart from them is a claim
    assert not claims_nothing_new([*texts, "Also 3 of the ball valves are cracked."], texts)


def test_a_count_names_what_it_counts_among_the_items_of_its_sentence() -> None:
    body = (
        "Three of the tanks have a dent in the seam - the carton was crushed under the"
        " filter cases on the pallet."
    )
    [line] = extract(mail(body), STORE).lines
    assert (line.sku and line.sku.value, line.quantity and line.quantity.value) == (
        "WH-EXP-2G",
        3,
    )
    assert line.sku.confidence < 0.85  # named by its kind: a person confirms it


def test_a_qa_reports_findings_say_why_and_its_nonconforming_count_counts() -> None:
    report = (
        "NCR attached, two items.\n\n"
        "#     Part no.         Description               Qty rec     Qty NC     Finding\n"
        "1     VLV-0075-BV      3/4 ball valve            20          2          handle dead on"
        " install, stem seized\n"
        "2     -                2 gal exp tank            4           4          labelled 5 gal,"
        " PO calls 2 gal\n\n"
        "Item 2: every tank of the delivery is the wrong size.\n"
    )
    assert [(sku, qty, reason) for sku, qty, reason in _lines(report)] == [
        ("VLV-0075-BV", 2, ReasonCode.DEFECTIVE),
        ("WH-EXP-2G", 4, W),
    ]


def test_a_row_whose_note_says_it_stays_claims_nothing() -> None:
    sheet = (
        "Closeout below, please send an RA for the return.\n\n"
        "item,description,ordered,installed,left over,action\n"
        "WH-EXP-2G,2 gal tank,4,1,3,RETURN\n"
        "VLV-0075-BV,3/4 valve,20,14,6,keep for stock\n"
    )
    assert _lines(sheet) == [("WH-EXP-2G", 3, N)]


def test_a_question_about_an_rma_already_had_claims_nothing_new() -> None:
    fields = extract(
        mail(
            "I have the RMA paper for the 12 ball valves that is bend. Your driver take the"
            " box next delivery, or we bring it to the counter?"
        ),
        STORE,
    )
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")


PIPE = OrderVocabulary(
    identifiers=("PIP-BI-200-CTL", "FTG-BI-U-150"),
    descriptions=(
        ("PIP-BI-200-CTL", '2" black steel pipe, Sch 40, cut to length (per ft)'),
        ("FTG-BI-U-150", '1-1/2" black malleable iron union'),
    ),
    counts=(("PIP-BI-200-CTL", 120), ("FTG-BI-U-150", 12)),
)


def test_a_piece_of_an_item_sold_by_the_foot_counts_the_feet_its_sentence_gives() -> None:
    body = (
        "One piece of the 2in black pipe, it is 20 feet, is bent in the middle. The rest of"
        " the pipe (100 ft) is ok."
    )
    assert _lines(body, PIPE) == [("PIP-BI-200-CTL", 20, D)]


def test_a_test_sheets_readings_are_no_counts() -> None:
    sheet = (
        "Pressure test failed on two valves, punch list below.\n\n"
        "Tag    Location        Item                   Size   Test psi  Result\n"
        "V-11   2F riser        3/4 brass ball valve   3/4    125       PASS\n"
        "V-14   2F corridor     3/4 brass ball valve   3/4    125       FAIL - leaks thru\n"
        "V-17   2F corridor     3/4 brass ball valve   3/4    125       FAIL - stem weeps\n\n"
        "The tanks in suites 300 and 400 were fine. Please credit the bad valves.\n"
    )
    [line] = extract(mail(sheet), STORE).lines
    assert line.sku is not None
    assert line.sku.value == "VLV-0075-BV"
    assert line.quantity is None  # no count said: the psi, the suites and the tags count none


def test_messages_about_returns_under_way_claim_nothing_new() -> None:
    for body in (
        "Your driver picked up the 8 cracked ball valves this morning. Nothing else needed on"
        " those, thanks for handling them so quickly.",
        "Thanks for the quick turnaround on the bent registers. Everything is squared away.",
        "Last month 3 valves were damaged off the tailgate. That was already handled with your"
        " returns desk, nothing further is needed on it. Please use the liftgate from now on.",
        "Attached is our new PO. The 2 tanks replace the 2 that failed (those are going back on"
        " the return Tom sent Tuesday).",
        "Monday works. He will have the box of bent registers on a pallet, tagged with your"
        " RMA numbers.",
    ):
        fields = extract(mail(body), STORE)
        assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new"), body


def test_the_offices_own_things_that_fail_are_no_claim() -> None:
    assert not find_reasons("the driver's scanner wasn't working yesterday")
    assert not find_reasons("our printer is broken, so no copy")


def test_an_item_named_far_from_its_reason_is_one_where_the_reason_says_a() -> None:
    body = (
        "We have a leaking 2 gallon thermal expansion tank in unit 4B, please advise.\n\n"
        "Photo of the label:\nMODEL WH-EXP-2G\nSERIAL 2541A00877\nMAX 150 PSI\n"
    )
    [line] = extract(mail(body), STORE).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (1, 0.85)


def test_an_electrical_fault_is_a_defect_not_a_shortage() -> None:
    for text in ("LOWER ELEMENT SHORT", "the element is shorted"):
        assert [h.reason for h in find_reasons(text)] == [ReasonCode.DEFECTIVE], text


def test_a_weak_reason_the_rows_counts_work_out_is_said_outright() -> None:
    sheet = (
        "Receiving sheet attached, please send a call tag.\n\n"
        "Item,Description,PO qty,Slip qty,Received,Note\n"
        "WH-EXP-2G,2 gal tank,4,4,6,2 extra - on the shelf\n"
    )
    [line] = extract(mail(sheet), STORE).lines
    assert (line.reason.value, line.reason.confidence) == (ReasonCode.OVERSHIPPED, 0.9)
    assert line.quantity is not None
    assert line.quantity.value == 2


def test_a_typed_table_under_a_rule_line_is_read_by_its_columns() -> None:
    worksheet = (
        "SITE RETURN WORKSHEET\n\n"
        " #  Part no.    Description              Qty   Reason\n"
        "--  ----------  -----------------------  ----  ------------------------------\n"
        " 1  VLV-0075-BV  3/4 ball valve            10    not needed - surplus\n"
        " 2  WH-EXP-2G    2 gal tank                 2    wrong item - these are 5 gal\n"
        " 3  HVC-REG-1006-W  register              -    none (leftovers already went on RMA-9)\n"
    )
    assert _lines(worksheet) == [("VLV-0075-BV", 10, N), ("WH-EXP-2G", 2, W)]


def test_more_ways_a_claim_is_said() -> None:
    said = {
        "the job went to grooved pipe, please set up a return for all 30": N,
        "Both tanks lost their charge. We'd like them replaced.": ReasonCode.DEFECTIVE,
        "Rosa was quoted $88.50 each on the tanks in October": P,
        "Please send a credit memo for the variance": P,
        "the label say 90 but inside is all 45 degree": W,
    }
    for text, reason in said.items():
        assert reason in {hit.reason for hit in find_reasons(text)}, text


def test_a_price_check_in_eaches_is_read_by_its_prices() -> None:
    sheet = (
        "Our three-way match kicked out one line, please send a credit memo.\n\n"
        "Ln,Vendor item,Description,Qty billed,Billed ea,PO ea,Var ea\n"
        "1,VLV-0075-BV,3/4 ball valve,20,15.20,15.20\n"
        "2,WH-EXP-2G,2 gal tank,4,44.50,41.00,3.50\n"
    )
    assert _lines(sheet) == [("WH-EXP-2G", 4, P)]


def test_what_was_used_leaves_the_rest_to_go_back() -> None:
    body = (
        "About the 3/4 ball valves left over on our order: we used 8 on the job. The rest can"
        " come back, they are still in the box."
    )
    [line] = extract(mail(body), STORE).lines
    assert (line.sku and line.sku.value, line.reason.value) == ("VLV-0075-BV", N)
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (12, 0.8)  # 20 held - 8 used


def test_a_pinhole_is_a_defect() -> None:
    assert [h.reason for h in find_reasons("a small hole (pinhole) in the tube")] == [
        ReasonCode.DEFECTIVE
    ]
