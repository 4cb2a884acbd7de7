"""Round 36 of issue 13, from the spent heldout75 and heldout76: a scanned invoice's table,
its gaps closed to one space by the OCR ("LN ITEM DESCRIPTION QTY PRICE AMOUNT"), is read
by its columns: a row's first number is its line number, not the count billed. A bill's
count against the few that came is a shortage, not a price claim; a leak the work
followed is no defect of the goods; stock kept "still sealed" goes back unneeded."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.sentences import split_units
from extractors.claims.tokens import find_numbers, no_count_spans
from extractors.text import Segment
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines, _sure
from tests.extractors.test_offline import mail

P, S, NN = ReasonCode.PRICING, ReasonCode.SHORT, ReasonCode.NOT_NEEDED
_CATALOGUE = {
    "PIP-CU-L-100-20": '1" type L copper tube, 20 ft length',
    "FTG-CU-E90-100": '1" wrot copper 90 deg elbow, C x C',
    "VLV-1005-BV": '1" brass ball valve, full port, threaded',
}
_SCAN = (
    "LN ITEM DESCRIPTION QTY PRICE AMOUNT\n"
    '1 PIP-CU-L-100-20 1" TYPE L COPPER 20FT 30 76.40 > 2,292.00\n'
    '2 FTG-CU-E90-100 1" WROT CU 90 ELL CXC 200 2.95 §90.00\n'
    "PO price 71.80 ! Subtotal 2,882.00\n"
    "Remit to: PO Box 4470\n"
)


def _columns(text: str) -> list[dict[str, str]]:
    units = split_units(text, Segment("attachment:scan.pdf", 0, len(text), kind="ocr"))
    return [{role: text[a:b] for role, a, b in unit.columns} for unit in units if unit.row]


def test_a_scanned_tables_rows_are_read_by_the_header_words() -> None:
    assert _columns(_SCAN) == [
        {
            "index": "1",
            "sku": "PIP-CU-L-100-20",
            "qty": "30",
            "described": '1" TYPE L COPPER 20FT',
        },
        {"index": "2", "sku": "FTG-CU-E90-100", "qty": "200", "described": '1" WROT CU 90 ELL CXC'},
    ]


def test_a_line_that_does_not_fit_the_columns_ends_the_table() -> None:
    # the totals' line and the remit line are no rows; nor is a row whose count is no number
    text = _SCAN.replace("CXC 200", "CXC TWO")
    assert [row["sku"] for row in _columns(text)] == ["PIP-CU-L-100-20"]
    # a sentence of such names is no header: "Item qty price and amount below"
    assert (
        _columns("Item qty price amount below\n1 PIP-CU-L-100-20 copper 30 76.40 2,292.00\n") == []
    )


def test_the_count_billed_is_the_price_claims_count_not_the_line_number() -> None:
    body = (
        "The copper on INV-88098 was billed at 76.40 a length, the PO says 71.80. "
        "Scan below.\n\n" + _SCAN
    )
    order = order_of(_CATALOGUE, tuple(_CATALOGUE), count=30)
    assert _sure(body, order) == [("PIP-CU-L-100-20", 30, P)]


def _reasons(text: str) -> list[ReasonCode]:
    return [hit.reason for hit in find_reasons(text)]


def test_a_bills_count_against_the_few_that_came_is_a_shortage() -> None:
    said = (
        'Invoice INV-88141 bills us 10 bags of the 1/2" PEX crimp couplings at $9.80 = '
        "$98.00, but there were only 8 bags in the carton."
    )
    assert _reasons(said) == [S]
    # a price billed, with no fewer counted, stays a price claim
    assert _reasons("INV-88098 bills us 30 lengths at $76.40, our PO says $71.80.") == [P]


def test_a_leak_the_work_followed_is_no_defect() -> None:
    said = "This is the floor register work after the condensate leak in August."
    assert _reasons(said) == []
    assert _reasons("2 of the ball valves leak at the stem.") == [ReasonCode.DEFECTIVE]


def test_stock_kept_still_sealed_goes_back_unneeded() -> None:
    said = "From PO-77760 we have 3 of the 7-day Wi-Fi thermostats still sealed."
    assert _reasons(said) == [NN]
    # sealed, yet broken inside: the damage is the claim
    assert _reasons("We have 2 still sealed but the valves inside are cracked.") == [
        ReasonCode.DAMAGED
    ]


_JOB = {
    "PIP-BI-200-CTL": '2" black steel pipe, Sch 40, cut to length (per ft)',
    "VLV-1005-BV": '1" brass ball valve, full port, threaded',
    "WH-50G-NG": "50 gallon natural gas water heater",
    "WH-40G-NG": "40 gallon natural gas water heater",
}


def test_a_length_cut_less_what_the_job_used_goes_back() -> None:
    body = (
        '2. The 2" black pipe, 120 ft cut: the job at 5025 Weber Rd only used 80 ft. '
        "We have 40 ft left (4 pcs x 10 ft), never threaded. Can we return it?\n"
    )
    order = order_of(_JOB, ("PIP-BI-200-CTL", "VLV-1005-BV"), count=10)
    assert _lines(body, order) == [("PIP-BI-200-CTL", 40, NN)]


def test_an_apartments_number_is_no_count() -> None:
    for said in ("installed in apt 905 last week", "installed in Apt. 905 last week"):
        assert [n.value for n in find_numbers(said, no_count_spans(said))] == []
    said = "We got the wrong item. 3 of them are 3/4 inch."
    assert [n.value for n in find_numbers(said, no_count_spans(said))] == [3]


def test_one_item_claimed_of_those_a_job_installs_is_one() -> None:
    body = (
        "We are installing the 3 water heaters for Harbor Point (their PO 70288, your "
        "SO-104241).\n\n"
        "The heater SN 2543-110287 we installed 11/25 in apt 905 will not hold the pilot.\n\n"
        "It is the 50 gal NG. Can you do warranty on it?\n"
    )
    order = order_of(_JOB, ("WH-50G-NG",), count=3)
    assert _lines(body, order) == [("WH-50G-NG", 1, ReasonCode.DEFECTIVE)]
    # where the reason's sentence counts for itself, its count stands
    body = body.replace("The heater SN 2543-110287", "2 of the heaters")
    assert _lines(body, order) == [("WH-50G-NG", 2, ReasonCode.DEFECTIVE)]


def test_goods_not_the_ones_on_the_paper_are_the_wrong_item() -> None:
    said = (
        '12 of the 48 1" ball valves in that shipment are not the threaded full port valves '
        "on the packing slip."
    )
    assert _reasons(said) == [ReasonCode.WRONG_ITEM]
    assert _reasons("These are not the valves we ordered.") == [ReasonCode.WRONG_ITEM]
    # who does a thing, not which goods: "by purchasing, not by the property"
    said = "Shortages have to be opened by purchasing, not by the property, so I log this one."
    assert ReasonCode.WRONG_ITEM not in _reasons(said)


_SHOP = {
    "HVC-FLT-1625-M11": "16x25x1 pleated air filter MERV 11, case of 12",
    "HVC-REG-1006-W": "10x6 steel floor register, white",
}


def test_a_forwarded_claim_the_forwarder_leaves_to_another_is_for_a_person() -> None:
    body = (
        "I am logging this shortage formally: PO 70231 came short 2 cases of the 16x25x1 "
        "MERV 11 filters (ordered 24, received 22). Please ship the 2 cases.\n\n"
        "This is only for the filters - Luis is working the bent registers with you "
        "directly. His original email is below for reference.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Luis Ortega <maintenance@harborpointpm.com>\n"
        "Subject: PO 70231 - bent registers\n\n"
        "- Floor registers 10x6: 8 of the 60 are bent, the louvers are pushed flat.\n"
    )
    order = order_of(_SHOP, tuple(_SHOP), count=60)
    lines = extract(mail(body, subject="FW: PO 70231 - bent registers"), order).lines
    sure = [
        (line.sku.value, line.quantity.value, line.reason.value)
        for line in lines
        if line.sku and line.quantity and line.reason.confidence >= 0.85
    ]
    assert sure == [("HVC-FLT-1625-M11", 2, S)]
    registers = [line for line in lines if line.sku and line.sku.value == "HVC-REG-1006-W"]
    assert [line.quantity.value for line in registers if line.quantity] == [8]


def test_a_stick_of_copper_is_a_length_of_the_tube_not_an_elbow() -> None:
    catalogue = {
        "VLV-0750-PRV": '3/4" water pressure reducing valve, 25-75 psi',
        "FTG-CU-E90-100": '1" wrot copper 90 deg elbow, C x C',
        "PIP-CU-L-100-20": '1" type L copper tube, 20 ft length',
    }
    body = (
        "Marco opened the box of pressure reducing valves and 2 of the 6 have the bell "
        'housing cracked. Also 1 of the 12 sticks of 1" copper is bent in the middle, we '
        "can't use it.\n"
    )
    order = order_of(catalogue, tuple(catalogue), count=12)
    assert ("PIP-CU-L-100-20", 1, ReasonCode.DAMAGED) in _sure(body, order)


def test_an_overage_and_a_price_of_one_item_told_apart_are_two_claims() -> None:
    catalogue = {
        "VLV-0750-PRV": '3/4" water pressure reducing valve, 25-75 psi',
        "VLV-1005-BV": '1" brass ball valve, full port, threaded',
    }
    body = (
        'One more thing on PO 24530: we have 5 of the 3/4" PRVs and your invoice 88180 is '
        "for 4. So one extra came on that truck. Want it back?\n\n"
        "Also, while Karen was matching invoices she noticed the PRVs are billed at $92.80. "
        'Your fall flyer had the 3/4" PRV at $88.50.\n'
    )
    order = order_of(catalogue, tuple(catalogue), count=4)
    reasons = [line.reason.value for line in extract(mail(body), order).lines]
    assert sorted(reasons) == [ReasonCode.OVERSHIPPED, P]


def test_a_thank_you_telling_the_wrong_goods_went_back_claims_nothing() -> None:
    catalogue = {
        "VLV-0750-PRV": '3/4" water pressure reducing valve, 25-75 psi',
        "FTG-CU-E90-100": '1" wrot copper 90 deg elbow, C x C',
    }
    body = (
        "Thank you. The credit for the 10 elbows is on our November statement, and the 2 "
        "PRVs 3/4 came with your driver last week. The 2 wrong valves went back with the "
        "same driver.\n\nEverything is closed on our side for this PO.\n"
    )
    order = order_of(catalogue, tuple(catalogue), count=10)
    assert extract(mail(body, subject="Re: PO 40962 wrong PRV"), order).lines == ()
    # goods sent back, and their credit asked for: a claim
    asked = body.replace("same driver.", "same driver, please credit them.")
    assert _lines(asked, order) == [("VLV-0750-PRV", 2, ReasonCode.WRONG_ITEM)]


def test_a_damage_someone_emailed_about_before_is_no_new_claim() -> None:
    said = "gate valves 40 in the count, the cracked one Bobby emailed you fri"
    assert _reasons(said) == []
    # a name after the goods that is no telling: "2 cracked valves Bobby found"
    assert _reasons("2 cracked valves Bobby found on the pallet") == [ReasonCode.DAMAGED]


def test_goods_left_over_sent_to_the_customers_own_shop_are_not_claimed() -> None:
    assert _reasons('14 EA 2" PVC TEE OUR SHOP leftover') == []
    # at the shop, left over: still goods to take back
    assert _reasons("The 14 tees are at our shop, left over from the job.") == [NN]


def test_goods_from_an_earlier_email_are_no_new_claim() -> None:
    said = "The two kinked copper sticks from my Friday email are still here."
    assert _reasons(said) == []
    assert _reasons("2 kinked sticks from the truck.") == [ReasonCode.DAMAGED]


def test_a_count_not_needed_of_the_whole_is_no_whole() -> None:
    # "won't need 3 of the 4": the 3 go back, not the 1 kept
    catalogue = {"VLV-3100-CK": '3" cast iron swing check valve, flanged'}
    body = (
        "Mike says we won't need 3 of the 4 cast iron check valves on PO 24388. They're "
        "still in the crates. Can we get an RMA to send those 3 back? We'll keep the one "
        "for the service van.\n"
    )
    order = order_of(catalogue, tuple(catalogue), count=4)
    assert _lines(body, order) == [("VLV-3100-CK", 3, NN)]


def test_a_forms_count_stands_against_a_singular_said_of_something_else() -> None:
    catalogue = {"WH-EXP-2G": "2 gal thermal expansion tank"}
    body = (
        "Item        Description                      Qty    Condition\n"
        "WH-EXP-2G   2 gal thermal expansion tank     2      New in box\n\n"
        "Reason: not needed - the job changed to a tankless unit with its own tank.\n"
    )
    order = order_of(catalogue, tuple(catalogue), count=4)
    assert _lines(body, order) == [("WH-EXP-2G", 2, NN)]


def test_copper_sticks_not_counted_are_no_mention_of_the_tube() -> None:
    catalogue = {
        "FTG-PVC-T-200": '2" PVC tee, Sch 40',
        "PIP-CU-L-100-20": '1" type L copper tube, 20 ft length',
    }
    body = (
        "2 in PVC tees: 100 on slip, 12 cracked - pallet had the copper\n"
        "sticks strapped on top, tees crushed under them. found at unload.\n"
        "1 in type L copper: rack count 12, slip 10 (office knows)\n"
    )
    order = order_of(catalogue, tuple(catalogue), count=100)
    assert _lines(body, order) == [("FTG-PVC-T-200", 12, ReasonCode.DAMAGED)]
