"""Claims read in the eighth round of issue 13: surplus said as what will not be used or
is only needed in part, a fitting that came in another angle or size ("45s, not 90s"),
valves that won't hold or shut off, and the count a shortage works out or asks to ship."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

ORDER = OrderVocabulary(
    identifiers=("VLV-0750-PRV", "HVC-FLT-1625-M11", "VLV-3100-CK", "BFP-RPZ-300-SO"),
    descriptions=(
        ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
        ("HVC-FLT-1625-M11", "16x25x1 pleated air filter MERV 11, case of 12"),
        ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
        ("BFP-RPZ-300-SO", '3" reduced pressure zone backflow preventer assembly'),
    ),
    counts=(
        ("VLV-0750-PRV", 12),
        ("HVC-FLT-1625-M11", 10),
        ("VLV-3100-CK", 2),
        ("BFP-RPZ-300-SO", 1),
    ),
)


def _lines(text: str) -> list[tuple[str | None, int | None, float, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.quantity.confidence if line.quantity else 0.0,
            line.reason.value,
        )
        for line in extract(mail(text), ORDER).lines
    ]


def _reasons(text: str) -> list[tuple[ReasonCode, bool]]:
    return [(hit.reason, hit.strong) for hit in find_reasons(text)]


def test_what_will_not_be_used_or_is_not_needed_is_surplus() -> None:
    surplus = [(ReasonCode.NOT_NEEDED, True)]
    assert _reasons("We're not going to use 2 of the 6 rolls. Still sealed.") == surplus
    assert _reasons("so the check valves aren't needed.") == surplus
    assert _reasons("the tees werent needed after all") == surplus
    assert _reasons("We won't use the extra elbows") == surplus
    # a replacement that is not required claims nothing
    assert _reasons("A replacement is not required, just the credit.") == []


def test_a_fitting_in_another_angle_or_size_is_a_wrong_item() -> None:
    wrong = [(ReasonCode.WRONG_ITEM, True)]
    assert _reasons("Opened the last carton of the 1\" copper 90s and it's 45s, not 90s.") == wrong
    assert _reasons("the registers inside are 10x4, not 10x6") == wrong
    assert _reasons('they are 3/4", not 1"') == wrong
    # a count against a count is no size: that box is short, not wrong
    assert _reasons("Box is 24 pcs, not 25 pcs") == []


def test_valves_that_wont_hold_or_shut_off_are_defective() -> None:
    bad = [(ReasonCode.DEFECTIVE, True)]
    assert _reasons("Two of the 3/4 pressure reducing valves are not holding.") == bad
    assert _reasons("2 of the gate valves won't shut off") == bad
    assert _reasons("please don't hold the order for this") == []


def test_we_only_need_some_counts_the_rest_asked_back_not_the_ones_kept() -> None:
    text = (
        'We ordered 12 of the 3/4" pressure reducing valves on PO-77812. The engineer went\n'
        "with one master PRV per floor, so we only need 8. I'd like to return the other 4,\n"
        "never installed, still boxed."
    )
    assert _lines(text) == [("VLV-0750-PRV", 4, 0.9, ReasonCode.NOT_NEEDED)]


def test_a_shortage_worked_out_and_asked_to_ship_is_counted() -> None:
    said = (
        "Your delivery came up short on the 16x25x1 MERV 11 filters. Packing slip shows\n"
        "12 cases, we received 10."
    )
    # worked out alone, from a count that is not the order's (10): a person confirms it
    assert _lines(said) == [("HVC-FLT-1625-M11", 2, 0.8, ReasonCode.SHORT)]
    asked = said + " Please ship the 2 cases or credit them on the invoice."
    assert _lines(asked) == [("HVC-FLT-1625-M11", 2, 0.9, ReasonCode.SHORT)]


def test_return_both_asks_for_the_two() -> None:
    text = (
        'On PO 24415 we had two 3" flanged swing checks along with the RPZ. The engineer\n'
        "approved a combination unit instead, so the check valves aren't needed. Never\n"
        "installed, still on the skid. Can we return both?"
    )
    assert _lines(text) == [("VLV-3100-CK", 2, 0.9, ReasonCode.NOT_NEEDED)]


def test_stock_left_over_is_surplus_unless_it_is_yet_to_be() -> None:
    surplus = [(ReasonCode.NOT_NEEDED, True)]
    assert _reasons("Job's done and we have 40 of the 2\" PVC tees left over, unused.") == surplus
    assert _reasons("Neither is needed anymore.") == surplus
    # what will be left over is a question about the policy, not a return
    assert _reasons("We close the job next month and will probably have filters left over.") == []
    # a damage said of it stands over it
    assert _reasons("the 6 left over from the crushed pallet") == [(ReasonCode.DAMAGED, True)]


def test_what_came_said_against_what_was_ordered_is_a_wrong_item() -> None:
    text = '10 of the 30 3/4" ball valves are threaded (FIP), we ordered sweat.'
    assert _reasons(text) == [(ReasonCode.WRONG_ITEM, True)]
    assert _reasons("the valves are fine, we ordered 40") == []


def test_items_added_with_plus_share_the_reason_said_before() -> None:
    order = OrderVocabulary(
        identifiers=("PIP-CU-L-100-20", "FTG-PVC-T-200"),
        descriptions=(
            ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
            ("FTG-PVC-T-200", '2" PVC tee, sch 40'),
        ),
        counts=(("PIP-CU-L-100-20", 12), ("FTG-PVC-T-200", 100)),
    )
    text = (
        'We have 3 sticks of the 1" type L copper left over, plus 40 of the 2" PVC tees\n'
        "still in the box."
    )
    lines = {(line.sku.value if line.sku else None, line.reason.value)
             for line in extract(mail(text), order).lines}  # fmt: skip
    assert lines == {
        ("PIP-CU-L-100-20", ReasonCode.NOT_NEEDED),
        ("FTG-PVC-T-200", ReasonCode.NOT_NEEDED),
    }


def test_a_claim_made_before_or_settled_is_no_new_claim() -> None:
    asked = "Mike sent you a note on the 17th about the crushed 3/4 PEX coil. Any news?"
    assert _reasons(asked) == []
    assert _reasons("I am writing about the crushed coil") == [(ReasonCode.DAMAGED, True)]
    thanks = (
        "Just wanted to say thanks - your driver took the 5 extra registers and the 2\n"
        "bent ball valves on Wednesday and dropped off the replacements. All good now."
    )
    assert extract(mail(thanks), ORDER).lines == ()


def test_all_of_them_like_that_counts_the_only_line() -> None:
    text = (
        "The pressure reducing valves on Monday's delivery are the wrong size: the box says\n"
        'VLV-0750-PRV but every valve inside is 1/2". All 6 are like that.'
    )
    assert _lines(text) == [("VLV-0750-PRV", 6, 0.9, ReasonCode.WRONG_ITEM)]


def test_a_sheet_pasted_as_comma_separated_values_is_read_by_its_columns() -> None:
    text = (
        "so we don't need the check valves on PO-24415 anymore. From our job cost system:\n"
        "job,po,item,desc,qty_recd,qty_installed,qty_return,unit_cost\n"
        "FV-2611,PO-24415,BFP-RPZ-300-SO,3in RPZ assembly,1,1,0,1395.00\n"
        "FV-2611,PO-24415,VLV-3100-CK,3in CI swing check flgd,2,0,2,198.00\n"
    )
    # the returned column counts, cell by cell; the row returning 0 claims nothing
    assert _lines(text) == [("VLV-3100-CK", 2, 0.95, ReasonCode.NOT_NEEDED)]


def test_a_match_export_claims_the_rows_its_status_says_are_off() -> None:
    order = OrderVocabulary(
        identifiers=("PIP-CU-L-100-20", "FTG-CU-E90-100"),
        descriptions=(
            ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
            ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
        ),
    )
    text = (
        "Our 3-way match flagged INV-88098. Export below:\n"
        "invoice,po,line,item,vendor_item,desc,po_qty,inv_qty,po_price,inv_price,status\n"
        "INV-88098,PO-77790,1,KM-20100,PIP-CU-L-100-20,1in copper,30,30,71.80,76.40,PRICE EXC\n"
        "INV-88098,PO-77790,2,KM-40112,FTG-CU-E90-100,1in cu 90,200,200,2.95,2.95,MATCHED\n"
    )
    lines = extract(mail(text), order).lines
    assert [(line.sku.value if line.sku else None, line.reason.value) for line in lines] == [
        ("PIP-CU-L-100-20", ReasonCode.PRICING)
    ]


def test_what_was_not_used_named_so_is_surplus() -> None:
    surplus = [(ReasonCode.NOT_NEEDED, True)]
    assert _reasons("From the 100 we use only 60, the 40 we not use are new in the bag.") == surplus
    assert _reasons("We'd like to return the ones we didn't use:") == surplus
    assert _reasons("We did not use a forklift") == []


def test_goods_said_wrong_are_a_wrong_item_not_a_wrong_count_or_price() -> None:
    assert _reasons('the box of the 1" ball valves is wrong.') == [(ReasonCode.WRONG_ITEM, True)]
    assert _reasons("the price is wrong") == [(ReasonCode.WRONG_ITEM, False)]  # a hint only


def test_a_writers_singular_is_no_count_where_the_message_counts_more() -> None:
    text = (
        "The 3/4 pressure reducing valve is not needed anymore on PO 40962. We have the 5\n"
        "we not use, new in the box. Can we return please the 5?"
    )
    (line,) = extract(mail(text), ORDER).lines
    assert line.quantity is None or line.quantity.value != 1


def test_a_count_kept_is_no_count_of_the_claim() -> None:
    text = (
        "After your answer we keep the 2 pressure reducing valves and we install one on\n"
        "Main St. It is defective, it creeps to 95 psi overnight."
    )
    (line,) = extract(mail(text), ORDER).lines
    assert line.quantity is None or line.quantity.value != 2 or line.quantity.confidence < 0.85


def test_what_would_happen_is_no_claim() -> None:
    assert _reasons("Can't use it, the inspector would fail it.") == []
    assert _reasons("two of them failed the test") == [(ReasonCode.DEFECTIVE, True)]


def test_a_part_of_another_thing_names_no_item() -> None:
    pumps = OrderVocabulary(
        identifiers=("HVC-CND-PUMP", "VLV-3100-CK"),
        descriptions=(
            ("HVC-CND-PUMP", "condensate removal pump, 115V"),
            ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
        ),
        counts=(("HVC-CND-PUMP", 8), ("VLV-3100-CK", 6)),
    )
    text = (
        "We opened all 8 cartons: 2 condensate pumps have the reservoir cracked and the\n"
        "discharge check valve snapped off. Please credit the 2 damaged pumps."
    )
    skus = [line.sku.value if line.sku else None for line in extract(mail(text), pumps).lines]
    assert skus == ["HVC-CND-PUMP"]
    # a backflow test report numbers the assembly's checks: no swing check valve is surely
    # claimed (its kind word alone leaves a guess for a person)
    report = "CHECK VALVE #2   LEAKED   FAIL\nRELIEF VALVE   opened 1.2 psid   FAIL"
    assert all(
        line.sku is None or line.sku.value != "VLV-3100-CK" or line.sku.confidence < 0.85
        for line in extract(mail(report), pumps).lines
    )


def test_a_surplus_only_mentioned_is_for_a_person() -> None:
    mentioned = "The 3/4 pressure reducing valves work fine. We also have 4 of them left over."
    (line,) = extract(mail(mentioned), ORDER).lines
    assert line.reason.value == ReasonCode.NOT_NEEDED
    assert line.reason.confidence < 0.85  # nothing asked: a person asks what is wanted
    asked = mentioned + " Can we return those?"
    (line,) = extract(mail(asked), ORDER).lines
    assert line.reason.confidence >= 0.85
