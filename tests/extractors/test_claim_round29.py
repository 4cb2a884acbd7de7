"""Round 29 of issue 13: an item sold by the foot, read with no count, is counted by the
one count in its measure that its sentence gives ("30 feet of the 2\" black pipe left");
"the one in the lobby keeps rebooting" claims one; a unit's troubles as a building's
superintendent tells them ("keeps dropping off Wi-Fi", "the screen goes blank", "a bad
unit")."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from extractors.documents.email_reader import read_email
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines as _read
from tests.extractors.test_offline import mail

F, N = ReasonCode.DEFECTIVE, ReasonCode.NOT_NEEDED

_CATALOGUE = {
    "PIP-BI-200-CTL": '2" black steel pipe, Sch 40, cut to length (per ft)',
    "FTG-BI-U-150": '1-1/2" black iron union, 150#',
    "VLV-1005-BV": '1" brass ball valve, full port, threaded',
    "TST-7500-PRO": "7-day programmable Wi-Fi thermostat",
    "TST-2100-NP": "non-programmable digital thermostat, 24 V",
}


def _order(*skus: str) -> OrderVocabulary:
    return order_of(_CATALOGUE, skus, count=12)


def _quantity_confidence(body: str, order: OrderVocabulary) -> float:
    (line,) = extract(mail(body), order).lines
    assert line.quantity is not None
    return line.quantity.confidence


def test_the_one_count_in_its_measure_of_the_pipes_sentence_counts_it() -> None:
    order = _order("PIP-BI-200-CTL", "FTG-BI-U-150", "VLV-1005-BV")
    body = (
        'We have 30 feet of the 2" black pipe left from SO-104240 - one 20 ft piece and one\n'
        "10 ft piece. The gas line got shortened, so we don't need it anymore. Can we bring "
        "it back for credit?"
    )
    assert _read(body, order) == [("PIP-BI-200-CTL", 30, N)]
    assert _quantity_confidence(body, order) >= 0.85
    # the whole the rest is cut from is no count of what goes back
    total = (
        'We have 20 ft of the 2" black pipe left from the 120 ft, the job is finish. We dont '
        "need it, can we return it for credit?"
    )
    assert _read(total, order) == [("PIP-BI-200-CTL", 20, N)]


def test_the_one_a_reasons_sentence_speaks_of_is_one() -> None:
    order = _order("TST-7500-PRO", "TST-2100-NP")
    body = (
        "Summit put new Wi-Fi thermostats in our lobby and the fitness room last week, SO "
        "104238. The one in the lobby keeps dropping off Wi-Fi and rebooting itself every "
        "few hours. Can you replace it?"
    )
    assert _read(body, order) == [("TST-7500-PRO", 1, F)]
    # "the one" beside another count is not the count
    both = (
        "Summit put new Wi-Fi thermostats in our lobby and the gym, SO 104238. The one in "
        "the lobby and the other two in the gym keep rebooting. Can you replace them?"
    )
    assert _read(both, order) != [("TST-7500-PRO", 1, F)]


def test_a_units_troubles_as_a_superintendent_tells_them_are_a_defect() -> None:
    for said in (
        "The lobby stat keeps dropping off Wi-Fi and rebooting itself.",
        "It resets itself every night.",
        "The screen goes blank every few hours.",
        "Their tech checked the wiring and says it's a bad unit.",
        "It won't connect to the wifi at all.",
        "one of the 7-day wifi programmable stats won't stay connected.",
    ):
        assert [hit.reason for hit in find_reasons(said)] == [F], said
    assert (
        find_reasons("He keeps asking about the order, and the screen of the app is blank.") == []
    )


OVER, S = ReasonCode.OVERSHIPPED, ReasonCode.SHORT


def test_what_was_ordered_against_what_a_receiver_counts_is_an_overage_or_a_shortage() -> None:
    said = "The floor register 10x6 white, we order 30 piece but I count 36 piece, so 6 more."
    assert [hit.reason for hit in find_reasons(said)] == [OVER]
    assert [hit.reason for hit in find_reasons("we ordered 20 and I count 18")] == [S]
    # what a job left is no shortage
    assert find_reasons("We ordered 10 and we have 2 left") == []


def test_goods_counted_over_or_said_more_are_an_overage() -> None:
    for said in ("thermostats 2 is more", "6 registers over.", "we count six registers over, ok?"):
        assert [hit.reason for hit in find_reasons(said)] == [OVER], said
    for said in ("2 is more expensive", "it was 3 days over.", "we went 2 dollars over."):
        assert find_reasons(said) == [], said


def test_a_price_said_against_the_pos_or_a_credit_for_this_difference_is_a_price_claim() -> None:
    for said in (
        'It came with the copper tube 1" type L at $76.40 each, but in our PO the price is $71.80.',
        "Can you please make a credit memo for this difference?",
        "Billed 76.40, our PO price is $71.80.",
    ):
        assert [hit.reason for hit in find_reasons(said)] == [ReasonCode.PRICING], said
    assert find_reasons("The PO price is correct on the elbows.") == []


def test_a_claim_written_inline_into_a_quoted_statement_is_read_for_a_person() -> None:
    body = (
        "Marcus,\n\nMy notes are inline below, marked [DR].\n\nDana\n\n"
        "________________________________\n"
        "From: Supply AR <ar@distributor.example>\n"
        "Sent: Friday, November 20, 2026 7:30 AM\n"
        "Subject: Statement of Account\n\n"
        "Invoice     Date        Your PO     Amount\n"
        "INV-88098   10/26/2026  PO-77790    3,429.20\n"
        "[DR] Short-paying this one by $138.00 - the copper tube (PIP-CU-L-100-20) was "
        "billed at $76.40 per length, our PO-77790 price is $71.80. 30 lengths x $4.60 = "
        "$138.00. Please issue a credit memo.\n"
        "INV-88120   11/02/2026  PO-77812    2,798.50\n"
        "[DR] OK to pay 12/04.\n"
    )
    lines = extract(mail(body)).lines
    assert [(line.sku and line.sku.value, line.reason.value) for line in lines] == [
        ("PIP-CU-L-100-20", ReasonCode.PRICING)
    ]
    assert all(line.reason.confidence < 0.85 for line in lines)  # read from the history


def test_the_wrong_one_points_at_goods_and_counts_none() -> None:
    order = _order("VLV-1005-BV", "TST-2100-NP")
    body = (
        "- ball valve 1 inch (VLV-1005-BV): on the order is full port, but 3 pieces in the box "
        "are standard port, wrong one. We need 3 full port ones."
    )
    assert [line.quantity and line.quantity.value for line in extract(mail(body), order).lines] == [
        3
    ]


_CELLS = ["Our part #", "Description", "Ordered", "Received", "Difference"]
_ROWS = [
    ["KM-40415", '1-1/2" black malleable union', "40", "30", "-10"],
    ["KM-88502", '3" flanged swing check valve', "6", "7", "+1"],
]


def _table_mail(plain_table: str) -> bytes:
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in [_CELLS, *_ROWS]
    )
    return (
        "From: Hannah <hannah@keystonemech.com>\nSubject: Receiving discrepancy\n"
        'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="ALT"\n\n'
        "--ALT\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Two lines do not match the packing list:\n\n{plain_table}\nThank you\n"
        "--ALT\nContent-Type: text/html; charset=utf-8\n\n"
        f"<p>Two lines do not match the packing list:</p><table>{rows}</table><p>Thank you</p>\n"
        "--ALT--\n"
    ).encode()


def test_a_table_laid_out_a_cell_a_line_in_the_plain_text_is_read_from_the_html() -> None:
    cell_a_line = "".join(f"{cell}\n" for row in [_CELLS, *_ROWS] for cell in row)
    doc = read_email(_table_mail(cell_a_line))
    assert 'KM-88502 | 3" flanged swing check valve | 6 | 7 | +1' in doc.text
    # a plain text that keeps the rows is read as written
    rows = "".join("\t".join(row) + "\n" for row in [_CELLS, *_ROWS])
    doc = read_email(_table_mail(rows))
    assert 'KM-88502\t3" flanged swing check valve\t6\t7\t+1' in doc.text
    assert " | " not in doc.text


def test_one_of_these_eight_counts_one_not_eight() -> None:
    order = _order("TST-7500-PRO", "VLV-1005-BV")
    for said, count in (
        ("The crew says 2 of these 8 thermostats are dead.", 2),
        ("Of the thermostats, one of those 8 has failed.", 1),
    ):
        assert _read(said, order) == [("TST-7500-PRO", count, F)], said


def test_what_looks_like_damage_but_came_from_the_factory_so_is_a_defect() -> None:
    said = (
        "took the cover off and the hinge pin is bent, looks like it came from the factory that way"
    )
    assert [hit.reason for hit in find_reasons(said)] == [F]
    assert [hit.reason for hit in find_reasons("2 arrived bent")] == [ReasonCode.DAMAGED]


def test_a_typed_reports_short_column_names_tell_its_sides() -> None:
    order = OrderVocabulary(
        identifiers=("HVC-CND-PUMP", "TST-2100-NP", "HVC-FLT-1625-M11"),
        counts=(("HVC-CND-PUMP", 10), ("TST-2100-NP", 12), ("HVC-FLT-1625-M11", 20)),
    )
    body = (
        "PO 60455 rec'd Thu 11/12 (UPS). Count:\n\n"
        "LINE  ITEM              DESCRIPTION           ORD  SHIP  RECV  NOTE\n"
        "1     HVC-CND-PUMP      CONDENSATE PUMP 115V   10    10    10  1 DAMAGED - TANK CRACKED\n"
        "2     TST-2100-NP       T-STAT NON-PROG 24V    12    12    10\n"
        "3     HVC-FLT-1625-M11  16X25X1 MERV11 (CS)    20    20    24\n"
    )
    assert _read(body, order) == [
        ("HVC-CND-PUMP", 1, ReasonCode.DAMAGED),
        ("HVC-FLT-1625-M11", 4, OVER),
        ("TST-2100-NP", 2, S),
    ]


def test_a_row_whose_goods_went_direct_to_site_is_no_shortage() -> None:
    order = OrderVocabulary(
        identifiers=("FTG-CU-E90-100", "PIP-PEX-075-300"),
        counts=(("FTG-CU-E90-100", 150), ("PIP-PEX-075-300", 6)),
    )
    body = (
        "Receiving variance for PO-77812.\n\n"
        "Ln  Vendor Item      Qty Ord  Qty Shp  Qty Rec  Var  Status\n"
        "--  ---------------  -------  -------  -------  ---  --------------\n"
        " 1  FTG-CU-E90-100       150      150      138  -12  SHORT\n"
        " 2  PIP-PEX-075-300        6        6        0   --  DIRECT TO SITE\n"
    )
    assert _read(body, order) == [("FTG-CU-E90-100", 12, S)]


def test_a_count_of_another_items_kind_is_that_items_for_a_person() -> None:
    order = OrderVocabulary(
        identifiers=("VLV-2210-BR", "FTG-CU-E90-100"),
        descriptions=(
            ("VLV-2210-BR", '2" bronze gate valve, threaded'),
            ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
        ),
        counts=(("VLV-2210-BR", 40), ("FTG-CU-E90-100", 150)),
    )
    body = "Please replace the 2 gate valves and ship the 25 elbows we are missing."
    (line,) = extract(mail(body), order).lines
    assert line.sku is not None
    assert line.quantity is not None
    assert (line.sku.value, line.quantity.value, line.reason.value) == ("FTG-CU-E90-100", 25, S)
    assert line.sku.confidence < 0.85


def test_two_of_the_four_that_came_are_no_partial_arrival() -> None:
    said = '3/4" pressure reducing valves: 2 of the 4 that came are 1" PRVs (the boxes say 1").'
    assert find_reasons(said) == []
    assert [hit.reason for hit in find_reasons("only 9 of the 12 arrived")] == [S]
