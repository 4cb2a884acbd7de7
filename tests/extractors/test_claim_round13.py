"""Claims read in the thirteenth round of issue 13: a valve that will not close; the count
the paper says against the count that came; the part of what came that the claim is of;
a wrong item told by its size; a list of claims made before, sent to ask after them; and,
structure first, sheets and forms read by their columns however they are headed (the
customer's part numbers, descriptions only, blank cells, names one space apart, an OCR'd
form's lettered key), with the two safety gaps heldout28 and heldout29 found."""

from extractors.claims.codes import reason_codes
from extractors.claims.lexicon import asks_after, find_reasons
from extractors.claims.offline import extract
from extractors.claims.tokens import find_numbers, mask_spans
from extractors.documents.email_reader import read_email
from extractors.documents.plain_reader import read_text
from extractors.text import RequestText
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round8 import ORDER
from tests.extractors.test_offline import mail

DAMAGED, DEFECTIVE = ReasonCode.DAMAGED, ReasonCode.DEFECTIVE
SHORT, WRONG_ITEM = ReasonCode.SHORT, ReasonCode.WRONG_ITEM


def _read(body: str) -> list[tuple[str | None, int | None, float, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.quantity.confidence if line.quantity else 0.0,
            line.reason.value,
        )
        for line in extract(mail(body), ORDER).lines
    ]


def _rows(doc: RequestText) -> list[tuple[str | None, int | None, ReasonCode]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in extract(doc, ORDER).lines
    ]


def _rows_of(body: str) -> list[tuple[str | None, int | None, ReasonCode]]:
    return _rows(mail(body))


def test_a_valve_that_will_not_close_is_a_defect_not_a_box_left_shut() -> None:
    for said in ("2 of the PRVs won't close off", "the check valve doesnt close all the way"):
        assert [hit.reason for hit in find_reasons(said)] == [DEFECTIVE], said
    for said in ("we didn't open the box yet", "I won't open them until Monday"):
        assert find_reasons(said) == [], said
    # a damage said beside it is the reason: the door of a crushed unit will not close
    assert [hit.reason for hit in find_reasons("the cabinet is dented, door wont close")] == [
        DAMAGED
    ]


def test_the_count_the_paper_says_against_what_came_makes_the_shortage() -> None:
    body = (
        'SO-104233: the 3/4" pressure reducing valves, we only got 9, the PO and the packing '
        "list say 12. Please send the rest."
    )
    (line,) = _read(body)
    assert (line[0], line[1], line[3]) == ("VLV-0750-PRV", 3, SHORT)


def test_the_part_of_what_came_that_the_claim_is_of() -> None:
    body = "SO-104233: 2 check valves came but one of them has a cracked flange. Please credit it."
    assert _read(body) == [("VLV-3100-CK", 1, 0.9, DAMAGED)]


def test_a_wrong_item_told_by_its_size() -> None:
    for said in (
        "the PRVs are not 3/4, they're 1/2 inch",
        'the tag says 2-1/2 but the box says 3"',
        'two boxes of 3/4" PRVs had 1/2" valves inside',
    ):
        assert [hit.reason for hit in find_reasons(said)] == [WRONG_ITEM], said
    # counts that differ are no wrong item
    counted = find_reasons("the slip says 10 but the box says 12")
    assert WRONG_ITEM not in [hit.reason for hit in counted]


def test_a_list_of_claims_made_before_sent_to_ask_after_them_is_no_claim() -> None:
    assert asks_after(["Our AP still shows the credits on this list as open."])
    assert asks_after(["Could you let me know where they stand?"])
    body = (
        "Our AP still shows the credits below as open, could you let me know where they "
        "stand?\n\nVLV-0750-PRV short 2\nVLV-3100-CK damaged 1\n"
    )
    fields = extract(mail(body), ORDER)
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")


def test_a_table_whose_item_column_is_named_for_the_order_counts_by_its_claim_column() -> None:
    # found by heldout28 s16 once spent: the first column's header is the order's number,
    # so no column was named for the item, and each row's first count (what came) was
    # taken surely for the claim: 12 PRVs approved where 2 were claimed
    raw = (
        "From: Luis Ortega <maintenance@harborpointpm.com>\n"
        "Subject: PO-70231 problems\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<p>Received PO-70231, see below.</p><table>"
        "<tr><th>PO-70231</th><th>Qty rec\u2019d</th><th>Qty bad</th><th>Issue</th></tr>"
        '<tr><td>3/4" pressure reducing valve</td><td>12</td><td>2</td><td>cracked body</td></tr>'
        "</table>"
    ).encode()
    assert [(sku, count) for sku, count, _ in _rows(read_email(raw))] == [("VLV-0750-PRV", 2)]


def test_a_forms_label_naming_the_reasons_it_asks_about_claims_neither() -> None:
    # found by heldout29 s09 once spent: a carrier receipt's "EXCEPTIONS (describe shortage
    # or damage)" was read as a shortage of the whole row above it, and approved
    for label in (
        "EXCEPTIONS (describe shortage or damage - driver to initial)",
        "Shortage/Damage: none",
        "note any damage or loss",
    ):
        assert find_reasons(label) == [], label
    assert [hit.reason for hit in find_reasons("2 short and 1 damaged")] == [SHORT, DAMAGED]


def test_a_receiving_sheet_headed_by_the_customers_part_numbers_claims_only_what_it_counts() -> (
    None
):
    # "KM Part #" names the items by the customer's numbers; a row whose "Damaged" cell is
    # blank claims no damage, though the column's name says one (it had read 12 PRVs
    # damaged at 0.95); a row that received fewer than were shipped is short
    sheet = (
        "KM Part #,Description,Ordered,Shipped,Received,Damaged,Notes\n"
        'VLV-0750-PRV,"3/4"" PRV",12,12,12,2,"bodies cracked"\n'
        "VLV-3100-CK,check valve,2,2,,,came on the second truck\n"
        "HVC-FLT-1625-M11,filters,10,10,8,0,counted twice\n"
    )
    assert _rows(read_text(sheet.encode(), name="log.csv")) == [
        ("VLV-0750-PRV", 2, DAMAGED),
        ("HVC-FLT-1625-M11", 2, SHORT),
    ]


def test_a_return_sheet_that_names_its_items_by_description_counts_what_goes_back() -> None:
    sheet = (
        "Description,Delivered,Installed,Returning,Why\n"
        '"3/4"" pressure reducing valve",12,7,5,"not needed, layout changed"\n'
        "swing check valve,2,0,2,leaks at the hinge\n"
    )
    assert _rows(read_text(sheet.encode(), name="returns.csv")) == [
        ("VLV-0750-PRV", 5, ReasonCode.NOT_NEEDED),
        ("VLV-3100-CK", 2, DEFECTIVE),
    ]


def test_a_typed_sheets_row_with_a_blank_cell_is_read_by_where_its_cells_stand() -> None:
    # a report printed by the customer's system leaves "Our part" blank on a row: its cells
    # are the header's by position (the row had been read one column off, its "Var" as
    # what came: a shortage of every item), and a row that came as sent claims nothing
    body = (
        "Receiving report for SO-104233\n\n"
        "Ln    Our part        Vendor item            Description        Shipped     Received\n"
        "1     KM-88502        VLV-3100-CK            check valve        2           2\n"
        "2                     VLV-0750-PRV           PRV 3/4            12          10\n"
        "3                     HVC-FLT-1625-M11       filters 16x25x1    10          10\n"
    )
    assert _rows_of(body) == [("VLV-0750-PRV", 2, SHORT)]


def test_words_under_the_item_column_describe_the_item_the_rows_number_names() -> None:
    body = (
        "Return request, SO-104233\n\n"
        "KM part        Vendor item               Description           Return     Reason\n"
        "VLV-0750-PRV                             3/4 PRV bronze        2          DEFECTIVE\n"
    )
    assert _rows_of(body) == [("VLV-0750-PRV", 2, DEFECTIVE)]


def test_goods_never_used_are_not_needed_and_units_still_dead_are_defective() -> None:
    said = 'the 1" elbows on that PO were never used, the job went to press fittings'
    assert [hit.reason for hit in find_reasons(said)] == [ReasonCode.NOT_NEEDED]
    assert [hit.reason for hit in find_reasons("Still dead, still need them replaced.")] == [
        DEFECTIVE
    ]


def test_an_ocr_read_form_with_its_gaps_closed_reads_its_lettered_key_and_row_codes() -> None:
    # OCR reads a printed form's columns and its key with single spaces: the key's lone
    # letters in their order are its codes, and a row's letter after its count is its code
    form = (
        "MATERIAL RETURN / CREDIT REQUEST\n"
        "VENDOR SO #: SO-104233\n"
        "ITEM / UPC DESCRIPTION QTY CODE NOTES\n"
        "VLV-0750-PRV 3/4 PRV BRONZE 3 E JOB CXL\n"
        "CODES: A DAMAGED B SHORT C WRONG ITEM D DEFECTIVE .E NOT NEEDED F OVERSHIP\n"
        "G PRICE. One row per item.\n"
    )
    assert reason_codes(form)["E"] == ReasonCode.NOT_NEEDED
    assert _rows_of(form) == [("VLV-0750-PRV", 3, ReasonCode.NOT_NEEDED)]


def test_a_typed_headers_names_one_space_apart_are_its_columns() -> None:
    # "Ordered Delivered Damaged Bin": short names one space apart are columns all the
    # same; the row with nothing damaged claims nothing, though "damaged" follows below
    body = (
        "Receiving for SO-104233, 5 filters came crushed.\n\n"
        "WO        Item               Description          Ordered Delivered Damaged Bin\n"
        "WO-5579   HVC-FLT-1625-M11   filters 16x25x1      10      10        5       B-14\n"
        "WO-5579   VLV-3100-CK        swing check valve    2       2         0       B-09\n"
        "We are keeping the damaged ones for now.\n"
    )
    assert _rows_of(body) == [("HVC-FLT-1625-M11", 5, DAMAGED)]


def test_a_price_match_sheet_names_its_unit_prices_and_a_cell_says_what_is_billed() -> None:
    sheet = (
        "Invoice,PO,Item,Description,Qty,Inv Unit,PO Unit,Variance,Action\n"
        "INV-88120,PO-77812,VLV-3100-CK,check valve,2,189.00,189.00,0.00,OK\n"
        "INV-88120,PO-77812,VLV-0750-PRV,PRV 3/4,12,96.40,91.40,5.00,REQUEST CREDIT\n"
    )
    rows = _rows(read_text(sheet.encode(), name="match.csv"))
    assert [(sku, count) for sku, count, reason in rows if reason == ReasonCode.PRICING] == [
        ("VLV-0750-PRV", 12)
    ]
    said = "INV-88120 bills $96.40 ea, our price is $91.40 ea"
    assert [hit.reason for hit in find_reasons(said)] == [ReasonCode.PRICING]
    assert find_reasons("the freight company bills $45 for a liftgate") == []


def test_a_rating_on_a_label_is_no_count() -> None:
    # a heater's label photographed with the claim: "INPUT 40,000 BTU/HR" had been read as
    # the count of heaters once the order was found by its bare PO number
    label = "INPUT 40,000 BTU/HR  RECOVERY 41 GPH"
    assert find_numbers(label, mask_spans(label)) == []
