"""Claims read in the fourteenth round of issue 13: a price dispute is on the whole line
billed, and a device named before its kind ("circulator pump") goes by its own name."""

from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

PRICING, DEFECTIVE = ReasonCode.PRICING, ReasonCode.DEFECTIVE

ORDER = OrderVocabulary(
    identifiers=("PIP-CU-L-100-20", "PMP-CIRC-015", "VLV-0075-BV"),
    descriptions=(
        ("PIP-CU-L-100-20", '1" type L copper tube, 20 ft length'),
        ("PMP-CIRC-015", "1/25 HP cast iron circulator pump, 115 V"),
        ("VLV-0075-BV", '3/4" brass ball valve, full port, sweat'),
    ),
    counts=(("PIP-CU-L-100-20", 30), ("PMP-CIRC-015", 6), ("VLV-0075-BV", 12)),
)


def _read(
    body: str, order: OrderVocabulary = ORDER
) -> list[tuple[str | None, float, int | None, float, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.sku.confidence if line.sku else 0.0,
            line.quantity.value if line.quantity else None,
            line.quantity.confidence if line.quantity else 0.0,
            line.reason.value,
        )
        for line in extract(mail(body), order).lines
    ]


def test_a_price_claim_naming_no_count_is_on_all_the_order_holds() -> None:
    # the count stands in the arithmetic, not beside the item: the whole line, written
    written = (
        "INV-88098 bills PIP-CU-L-100-20 at 76.40 per length. Our PO has 71.80. "
        "That's 4.60 x 30 lengths = 138.00. Please credit the difference."
    )
    assert _read(written) == [("PIP-CU-L-100-20", 0.95, 30, 0.9, PRICING)]
    # not written: all of it still, for a person to confirm
    unwritten = "INV-88098 bills PIP-CU-L-100-20 at 76.40, our PO has 71.80. Please credit."
    assert _read(unwritten) == [("PIP-CU-L-100-20", 0.95, 30, 0.8, PRICING)]


def test_a_price_claim_keeps_a_count_it_is_sure_of() -> None:
    # "on 10 of them" is a count of its own, not all 30; a date's 30 is no count
    said = "Invoice 11/30: PIP-CU-L-100-20 billed at 76.40 on 10 of them, PO says 71.80."
    [(sku, _, count, _, reason)] = _read(said)
    assert (sku, count, reason) == ("PIP-CU-L-100-20", 10, PRICING)


def test_a_circulator_pump_goes_by_circulator() -> None:
    said = "One of the 1/25 hp circulators is DOA, it hums but the impeller wont turn."
    assert _read(said) == [("PMP-CIRC-015", 0.86, 1, 0.95, DEFECTIVE)]


SHEET_ORDER = OrderVocabulary(
    identifiers=("FTG-BI-U-150", "VLV-3100-CK", "HVC-FLT-1625-M11"),
    descriptions=(
        ("FTG-BI-U-150", '1-1/2" black malleable iron union'),
        ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
        ("HVC-FLT-1625-M11", "16x25x1 MERV 11 pleated air filter, case of 12"),
    ),
    owners=(("KM-30150", "FTG-BI-U-150"), ("KM-31300", "VLV-3100-CK")),
    counts=(("FTG-BI-U-150", 24), ("VLV-3100-CK", 4), ("HVC-FLT-1625-M11", 10)),
)


def _rows(body: str) -> list[tuple[str | None, int | None, ReasonCode]]:
    return [(sku, count, reason) for sku, _, count, _, reason in _read(body, SHEET_ORDER)]


def test_a_sheets_shortened_words_name_the_item() -> None:
    body = (
        "Surplus from the Elm St job below, please take back the Return column.\n\n"
        "Item,Delivered,Installed,Return\n"
        '"3"" CI SWG CHK VLV FLG",4,4,0\n'
        '"1-1/2"" BLK MALL UN",24,16,8\n'
    )
    assert _rows(body) == [("FTG-BI-U-150", 8, ReasonCode.NOT_NEEDED)]
    assert SHEET_ORDER.described("the 8 blk mall unions") is not None
    # a code's letters are no words ("TNK-EXP-5" of a tank: test_vocabulary.py)


def test_a_warehouse_systems_columns_name_what_was_sent_came_and_was_refused() -> None:
    # "Pack List" is what was sent and "Counted" what came: 24 - 20 = 4 short; "Rejected"
    # counts the claim of its row
    qc = (
        "QC sheet attached.\n\n"
        "Part #,Description,PO Qty,Pack List,Counted,Rejected,QC note\n"
        "KM-31300,swing check,4,4,4,1,cracked flange\n"
        "KM-30150,union,24,24,20,0,box light\n"
    )
    assert sorted(_rows(qc)) == [
        ("KM-30150", 4, ReasonCode.SHORT),
        ("KM-31300", 1, ReasonCode.DAMAGED),
    ]
    # a receipt export's snake_case names: asn_qty sent, rcv_qty came
    export = (
        "Receipt export below, line 2 came up short.\n\n"
        "rcpt,line,sku,asn_qty,rcv_qty,variance,status\n"
        "R-77,1,VLV-3100-CK,4,4,0,CLOSED\n"
        "R-77,2,FTG-BI-U-150,24,21,-3,EXCEPTION\n"
    )
    assert _rows(export) == [("FTG-BI-U-150", 3, ReasonCode.SHORT)]


PIPE = OrderVocabulary(
    identifiers=("PIP-BI-200-CTL", "FTG-BI-U-150"),
    descriptions=(
        ("PIP-BI-200-CTL", '2" black steel pipe, Sch 40, cut to length (per ft)'),
        ("FTG-BI-U-150", '1-1/2" black malleable iron union'),
    ),
    counts=(("PIP-BI-200-CTL", 120), ("FTG-BI-U-150", 12)),
)


def test_an_item_sold_by_the_foot_is_counted_in_feet() -> None:
    # "one of the pieces" counts a piece; the feet said of it are the claim
    said = (
        'One of the 2" black pipe pieces is no good, the thread is cut crooked.\n\n'
        'That is 14 ft of the 2" black pipe. Please credit it.'
    )
    assert [(sku, n, c) for sku, _, n, c, _ in _read(said, PIPE)] == [("PIP-BI-200-CTL", 14, 0.9)]
    # no feet said: how many is for a person
    unsaid = 'One of the 2" black pipe pieces is no good, the thread is cut crooked.'
    [(sku, _, count, confidence, _)] = _read(unsaid, PIPE)
    assert (sku, count) == ("PIP-BI-200-CTL", 1)
    assert confidence < 0.85


def test_a_claim_columns_zero_is_no_count_of_what_the_rows_note_says() -> None:
    # heldout33 s01 (spent): "Damaged 0 … short 10" read 0 as the shortage, at 0.9
    sheet = (
        "Receiving check below, please credit.\n\n"
        "Line\tItem\tDescription\tPO Qty\tShipped\tCounted\tDamaged\tComment\n"
        "1\tVLV-3100-CK\t3in check valve\t4\t4\t4\t1\tcracked flange\n"
        "2\tFTG-BI-U-150\tunion\t24\t24\t20\t0\tshort 4 - one bag gone\n"
    )
    assert sorted(_rows(sheet)) == [
        ("FTG-BI-U-150", 4, ReasonCode.SHORT),
        ("VLV-3100-CK", 1, ReasonCode.DAMAGED),
    ]


def test_a_typed_forms_fields_count_and_say_why_of_its_item() -> None:
    # the count stands three fields below the item, the reason in its own field
    report = (
        "Our yard filed the report below, please advise.\n\n"
        "SITE ISSUE REPORT\n"
        "Report no:        SIR-5521\n"
        "Item:             VLV-3100-CK  3in swing check\n"
        "Qty received:     4\n"
        "Qty affected:     2\n"
        "Issue type:       DAMAGED\n"
        "Details:          flange ears snapped, crate split\n"
    )
    [line] = extract(mail(report), SHEET_ORDER).lines
    assert (line.sku and line.sku.value, line.quantity and line.quantity.value) == (
        "VLV-3100-CK",
        2,
    )
    assert line.quantity is not None
    assert line.quantity.confidence >= 0.85
    assert (line.reason.value, line.reason.confidence) == (ReasonCode.DAMAGED, 0.9)
    # a reference's number is no count: "Credit memo #" names a document
    memo = report.replace("Qty affected:     2\n", "Credit memo #:    2\n")
    [line] = extract(mail(memo), SHEET_ORDER).lines
    assert line.quantity is None or line.quantity.confidence < 0.85


def test_goods_asked_back_beside_another_items_damage_are_a_convenience_return() -> None:
    # the crushed unions are their own line: the check valve asked back names nothing wrong
    body = (
        "4 of the FTG-BI-U-150 unions came crushed, please credit them.\n\n"
        "Also we want to return 1 VLV-3100-CK, the engineer deleted that bypass."
    )
    lines = {line.sku.value: line for line in extract(mail(body), SHEET_ORDER).lines if line.sku}
    assert lines["VLV-3100-CK"].reason.value == ReasonCode.NOT_NEEDED
    assert lines["VLV-3100-CK"].reason.confidence == 0.86
    # a damage no line claims may be the goods asked back: a person reads it
    unclaimed = "The crate came in crushed.\n\nWe want to return 1 VLV-3100-CK."
    asked = [
        line
        for line in extract(mail(unclaimed), SHEET_ORDER).lines
        if line.reason.value == ReasonCode.NOT_NEEDED
    ]
    assert asked
    assert all(line.reason.confidence < 0.85 for line in asked)


def test_a_sheets_columns_named_with_what_they_mean() -> None:
    # "return - not needed" is the column of returns, "Bring back" too
    closeout = (
        "Closeout sheet below, see the last columns.\n\n"
        "item,description,shipped,installed,defective,return - not needed,note\n"
        "FTG-BI-U-150,union,24,14,0,10,surplus - job change\n"
        "VLV-3100-CK,check valve,4,4,0,0,\n"
    )
    assert _rows(closeout) == [("FTG-BI-U-150", 10, ReasonCode.NOT_NEEDED)]
    leftovers = closeout.replace("return - not needed", "Bring back")
    assert _rows(leftovers) == [("FTG-BI-U-150", 10, ReasonCode.NOT_NEEDED)]
    # "on packing slip" is what was sent: 28 counted of 24 sent, "4 over", Damaged 0
    count = (
        "Count sheet below, see remarks.\n\n"
        "ln,item,ordered,on packing slip,counted,damaged,remarks\n"
        "1,FTG-BI-U-150,24,24,28,0,4 over - overshipped - please pick up\n"
        "2,VLV-3100-CK,4,4,4,0,\n"
    )
    assert _rows(count) == [("FTG-BI-U-150", 4, ReasonCode.OVERSHIPPED)]
