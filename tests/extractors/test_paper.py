"""What a form or a sheet prints around its rows claims nothing by itself: a key to its
reason codes, and a shortage's count beside the order's count in columns not read."""

from extractors.claims.offline import EITHER_WAY, extract
from extractors.claims.vocabulary import OrderVocabulary
from extractors.documents.read import read_documents
from tests.extractors.hostile import HELVETICA, pdf_bytes, stream
from tests.extractors.test_limits import email_with
from tests.extractors.test_offline import D, N, S, mail, rows

PRVS = OrderVocabulary(
    identifiers=("VLV-0750-PRV",),
    descriptions=(("VLV-0750-PRV", '3/4" pressure reducing valve'),),
    counts=(("VLV-0750-PRV", 12),),
)


def test_a_key_to_reason_codes_claims_none_of_them() -> None:
    text = (
        "Please process the return per the form.\n\n"
        "Item Description Qty Reason\n"
        "VLV-0750-PRV pressure reducing valve 4 not needed, over-ordered\n"
        "Reason codes: 01 Damaged in transit  02 Defective  03 Over-ordered / not needed"
    )
    assert rows(extract(mail(text))) == [("VLV-0750-PRV", 4, N)]


def test_a_row_of_reasons_without_an_item_is_a_menu_even_inside_a_longer_unit() -> None:
    text = "VLV-0750-PRV 4 not needed\ndamaged / defective / wrong item / short / overcharged"
    assert rows(extract(mail(text))) == [("VLV-0750-PRV", 4, N)]


def _count(text: str) -> tuple[int | None, float]:
    (line,) = extract(mail(text), PRVS).lines
    return (line.quantity.value, line.quantity.confidence) if line.quantity else (None, 0.0)


def test_a_shortage_beside_the_orders_count_may_be_what_arrived() -> None:
    assert _count("11/06 ESTES VLV-0750-PRV 12 9 SHORT  not on pallet") == (9, EITHER_WAY)


def test_a_shortage_after_what_arrived_is_the_shortage() -> None:
    assert _count("11/06 ESTES VLV-0750-PRV 12 9 3 SHORT not on pallet")[1] > EITHER_WAY


def test_a_shortage_said_against_the_order_in_words_is_no_column_guess() -> None:
    assert _count("We ordered 12 of VLV-0750-PRV and 3 are short.")[1] > EITHER_WAY


def _table_pdf(rows: list[list[tuple[int, str]]]) -> bytes:
    """A one-page PDF whose cells stand at their own x positions, as a form's table does."""
    ops = [b"BT /F1 10 Tf"]
    for index, row in enumerate(rows):
        for x, cell in row:
            ops.append(b"1 0 0 1 %d %d Tm (%s) Tj" % (x, 700 - 30 * index, cell.encode()))
    ops.append(b"ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream(b"\n".join(ops)),
        HELVETICA,
    ]
    return pdf_bytes(objects)


def test_a_text_pdfs_table_is_read_by_its_columns() -> None:
    pdf = _table_pdf(
        [
            [
                (50, "Ln"),
                (80, "Item"),
                (170, "Description"),
                (330, "Qty"),
                (370, "Amount"),
                (430, "Reason"),
            ],
            [
                (50, "1"),
                (80, "VLV-0750-PRV"),
                (170, "3/4 in. PRV, bronze, thd"),
                (330, "6"),
                (370, "556.80"),
                (430, "Short shipped: inv. 12, rec'd 6"),
            ],
        ]
    )
    doc = read_documents(email_with(("memo.pdf", pdf)), kind="email", name="memo.eml")
    assert rows(extract(doc, PRVS)) == [("VLV-0750-PRV", 6, S)]  # not 1: the row's number


def test_rows_a_blank_line_apart_stay_under_their_header() -> None:
    text = (
        "Ln     Item            Description            Qty     Amount     Reason\n\n"
        "1      VLV-0750-PRV    3/4 in. PRV, thd       6       556.80     Short shipped: rec'd 6"
    )
    assert rows(extract(mail(text), PRVS)) == [("VLV-0750-PRV", 6, S)]


def test_a_slip_and_a_counted_column_are_what_was_sent_and_what_came() -> None:
    text = "Item\tSlip qty\tCounted\tDamaged\nHTR-40-LP\t6\t6\t2\nVLV-0750-PRV\t12\t9\t0\n"
    assert sorted(rows(extract(mail(text), PRVS)), key=str) == [
        ("HTR-40-LP", 2, D),
        ("VLV-0750-PRV", 3, S),
    ]


def test_a_note_counts_what_it_says_not_the_columns_beside_it() -> None:
    for text in (
        "Item\tDesc\tSlip qty\tCounted\tNote\n"
        "VLV-0750-PRV\tPRV 3/4 bronze\t12\t12\tcracked: 2 bodies",
        "Item\tDescription\tQty shipped\tNotes\nVLV-0750-PRV\tPRV 3/4 bronze\t12\tcracked 2 pcs",
    ):
        assert rows(extract(mail(text), PRVS)) == [("VLV-0750-PRV", 2, D)]  # not 12


def test_a_count_column_named_for_its_reason_counts_the_row() -> None:
    text = "Item\tShipped\tReceived\tDamaged\nVLV-0750-PRV\t12\t12\t2"
    assert rows(extract(mail(text), PRVS)) == [("VLV-0750-PRV", 2, D)]  # not 12
