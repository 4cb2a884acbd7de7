"""Claims read in the eleventh round of issue 13: an accounts-payable price check (a debit
memo, a three-way match), whose rows claim a price where the invoice billed more than was
agreed."""

from extractors.claims.offline import extract
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round8 import ORDER
from tests.extractors.test_claim_round10 import _sure
from tests.extractors.test_offline import mail

PRICING = ReasonCode.PRICING


def _read(body: str) -> list[tuple[str | None, int | None, ReasonCode]]:
    return _sure(extract(mail(body, subject="INV-55120 price check"), ORDER))


def test_a_pasted_price_check_claims_the_row_billed_above_the_po_price() -> None:
    body = (
        "Matched INV-55120 against our PO 4471, pasted below.\n\n"
        "Item\tQty\tPO price\tInv price\tDiff/ea\n"
        "VLV-0750-PRV\t12\t92.80\t92.80\t0.00\n"
        "VLV-3100-CK\t2\t189.00\t205.00\t16.00\n"
        "HVC-FLT-1625-M11\t10\t39.50\t39.50\t0.00\n\n"
        "Please send a credit memo.\n"
    )
    assert _read(body) == [("VLV-3100-CK", 2, PRICING)]


def test_a_debit_memo_reads_invoiced_beside_the_po_price_as_a_price() -> None:
    # "Invoiced" beside "PO price" is what was billed, and "Qty" beside "Rec'd" the count
    body = (
        "See our debit memo.\n\n"
        "DEBIT MEMO 7781\n\n"
        "Part            Qty     Rec'd    Invoiced    PO price    Diff     Debit\n"
        "VLV-0750-PRV    12      12       96.10       92.80       3.30     39.60\n"
        "VLV-3100-CK     2       2        189.00      189.00      0.00     0.00\n"
    )
    assert _read(body) == [("VLV-0750-PRV", 12, PRICING)]


def test_a_row_billed_at_or_below_the_agreed_price_claims_nothing() -> None:
    body = (
        "Price audit of INV-55120, nothing to claim on these two:\n\n"
        "SKU | Qty | Billed | Quoted\n"
        "VLV-0750-PRV | 12 | 90.00 | 92.80\n"
        "VLV-3100-CK | 2 | 189.00 | 189.00\n"
    )
    fields = extract(mail(body), ORDER)
    assert [line.sku.value for line in fields.lines if line.sku] == []


def test_prices_said_in_prose() -> None:
    assert _read(
        "INV-55120 bills the 2 VLV-3100-CK at 205.00 each, our PO price is 189.00."
        " Please credit us the difference."
    ) == [("VLV-3100-CK", 2, PRICING)]
    fields = extract(
        mail("The 12 VLV-0750-PRV were invoiced $3.30 each over the PO price. Credit please."),
        ORDER,
    )
    assert [(line.sku.value if line.sku else None, line.reason.value) for line in fields.lines] == [
        ("VLV-0750-PRV", PRICING)
    ]


def test_invoiced_is_still_a_count_where_no_agreed_price_stands_beside_it() -> None:
    # and what was billed less what came is the count claimed, not what was billed
    body = (
        "Receiving count for INV-55120, please credit what is missing:\n\n"
        "SKU             Invoiced   Received\n"
        "VLV-0750-PRV    12         9\n"
    )
    fields = extract(mail(body), ORDER)
    assert [
        (line.sku.value if line.sku else None, line.quantity.value if line.quantity else None)
        for line in fields.lines
    ] == [("VLV-0750-PRV", 3)]
    assert all(line.reason.value == ReasonCode.SHORT for line in fields.lines)


def test_a_receiving_sheet_row_with_more_received_than_ordered_is_over() -> None:
    # "Damaged 0" on that row claims no damage, and no longer silences the row's surplus
    body = (
        "Receiving report, pasted from our system. Please credit the cracked PRV and pick"
        " up what we did not order.\n\n"
        "Item,Description,Ordered,Received,Damaged,Note\n"
        "VLV-0750-PRV,PRV 3/4,12,12,1,body cracked\n"
        "HVC-FLT-1625-M11,Filter cs/12,10,13,0,\n"
        "VLV-3100-CK,Check valve 3in,2,2,0,\n"
    )
    assert _read(body) == [
        ("VLV-0750-PRV", 1, ReasonCode.DAMAGED),
        ("HVC-FLT-1625-M11", 3, ReasonCode.OVERSHIPPED),
    ]


def test_a_row_received_as_ordered_claims_no_surplus() -> None:
    body = (
        "Receiving exceptions below, please credit the damaged one.\n\n"
        "SKU | Ordered | Received | Exception\n"
        "VLV-0750-PRV | 12 | 12 | 1 damaged, gauge port snapped\n"
        "VLV-3100-CK | 2 | 2 |\n"
    )
    assert _read(body) == [("VLV-0750-PRV", 1, ReasonCode.DAMAGED)]


def test_a_sheet_with_several_columns_of_claims_reads_each_row_by_the_one_it_counts() -> None:
    body = (
        "Receiving discrepancy report, please credit.\n\n"
        "Item            PO qty    Rec'd    Damaged    Short    Disposition\n"
        "VLV-0750-PRV    12        12       2          0        HOLD\n"
        "VLV-3100-CK     2         1        -          1        CREDIT\n"
        "HVC-FLT-1625-M11  10      10       0          0        OK\n"
    )
    assert _read(body) == [
        ("VLV-0750-PRV", 2, ReasonCode.DAMAGED),
        ("VLV-3100-CK", 1, ReasonCode.SHORT),
    ]


def test_one_count_said_in_two_columns_of_claims_is_that_count() -> None:
    body = (
        "Receiving sheet attached, credit please.\n\n"
        "Item,Ordered,Received,Damaged,Return,Notes\n"
        "VLV-0750-PRV,12,12,3,3,gauge ports snapped\n"
        "VLV-3100-CK,2,2,0,0,ok\n"
    )
    assert _read(body) == [("VLV-0750-PRV", 3, ReasonCode.DAMAGED)]


def test_a_row_that_leaves_its_item_column_blank_is_read_by_the_item_it_names() -> None:
    # "Vendor item" (ours) is the SKU column; a row that gives only its own part number
    # there leaves "-", and is read by that number
    body = (
        "Vendor credit request, see below.\n\n"
        "Our part       Vendor item         Description            Qty    Details\n"
        "VLV-0750-PRV   -                   3/4 PRV                1      will not hold 55 psi,"
        " defective\n"
    )
    assert _read(body) == [("VLV-0750-PRV", 1, ReasonCode.DEFECTIVE)]


def test_damage_in_the_words_of_a_second_language() -> None:
    assert _read("The 2 VLV-0750-PRV are bended, the box was under a pallet. Credit please.") == [
        ("VLV-0750-PRV", 2, ReasonCode.DAMAGED)
    ]
    assert _read("The box of VLV-3100-CK is smash on one side, 1 is no good. Credit 1.") == [
        ("VLV-3100-CK", 1, ReasonCode.DAMAGED)
    ]


def test_goods_that_never_showed_up_are_short() -> None:
    assert _read("2 of the VLV-0750-PRV never showed up on the truck. Please credit.") == [
        ("VLV-0750-PRV", 2, ReasonCode.SHORT)
    ]
    assert _read("1 VLV-3100-CK didn't turn up with the rest, credit it please.") == [
        ("VLV-3100-CK", 1, ReasonCode.SHORT)
    ]


def test_goods_not_going_to_be_needed_are_not_needed() -> None:
    assert _read(
        "The job is on hold, so 2 of the VLV-3100-CK are not going to be needed."
        " We would like to send them back."
    ) == [("VLV-3100-CK", 2, ReasonCode.NOT_NEEDED)]


def test_what_came_said_against_the_model_ordered_is_a_wrong_item() -> None:
    fields = extract(
        mail("3 of the VLV-3100-CK are the wafer style, not the flanged ones we ordered."),
        ORDER,
    )
    assert [(line.reason.value, line.reason.confidence) for line in fields.lines] == [
        (ReasonCode.WRONG_ITEM, 0.9)
    ]
    # a count against the count ordered is no wrong item
    fields = extract(mail("We got 10 VLV-0750-PRV, not the 12 we ordered."), ORDER)
    assert ReasonCode.WRONG_ITEM not in [line.reason.value for line in fields.lines]


def test_a_negation_holds_to_the_end_of_its_clause() -> None:
    fields = extract(
        mail("The 2 VLV-3100-CK were never opened and we don't need them anymore, credit please."),
        ORDER,
    )
    assert [line.reason.value for line in fields.lines] == [ReasonCode.NOT_NEEDED]
    fields = extract(
        mail("We didn't open 1 VLV-0750-PRV until today and we found it cracked."), ORDER
    )
    assert [line.reason.value for line in fields.lines] == [ReasonCode.DAMAGED]


def test_an_item_asked_back_is_claimed_and_one_said_to_stay_is_not() -> None:
    # "Can we send back …" asks for the one check valve left over to go back, as the PRVs
    body = (
        "Can we send back the 3 inch swing check valve that is left?? also 2 of the"
        " VLV-0750-PRV, dont need them anymore"
    )
    fields = extract(mail(body), ORDER)
    assert _sure(fields) == [
        ("VLV-3100-CK", 1, ReasonCode.NOT_NEEDED),
        ("VLV-0750-PRV", 2, ReasonCode.NOT_NEEDED),
    ]
    # an item said to stay is no part of the claim
    fields = extract(
        mail(
            "2 of the VLV-0750-PRV, dont need them anymore."
            " The check valves: no need to send them back."
        ),
        ORDER,
    )
    assert _sure(fields) == [("VLV-0750-PRV", 2, ReasonCode.NOT_NEEDED)]
