"""Round 23 of issue 13: goods told from the order by their colour or a contraction ("they're
threaded, we ordered sweat"), the few that came against what the paper says, an item named
by its kind and its own size or count, by its initials before a count, the rest of an order
not needed, a count wrapped onto the next line, an item's surplus row where the order holds
none, a sheet's shortage against what was ordered, a forward that points to the note below,
a number another reason counts, a form's boxes, and a list item wrapped by the mail client."""

from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round16 import STORE
from tests.extractors.test_claim_round20 import PUMPS
from tests.extractors.test_claim_round22 import PEX, _sure
from tests.extractors.test_offline import mail

DAMAGED, SHORT, WRONG = ReasonCode.DAMAGED, ReasonCode.SHORT, ReasonCode.WRONG_ITEM
NOT_NEEDED, DEFECTIVE, OVER = ReasonCode.NOT_NEEDED, ReasonCode.DEFECTIVE, ReasonCode.OVERSHIPPED

# a PRV beside items whose descriptions hold the number 1 (1" copper)
VALVES = OrderVocabulary(
    identifiers=("VLV-0750-PRV", "FTG-CU-E90-100", "VLV-2210-BR"),
    descriptions=(
        ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
        ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
        ("VLV-2210-BR", '2" bronze gate valve, threaded'),
    ),
    counts=(("VLV-0750-PRV", 4), ("FTG-CU-E90-100", 250), ("VLV-2210-BR", 40)),
)
# two items of one kind: a condensate pump and a circulator pump
TWO_PUMPS = OrderVocabulary(
    identifiers=("HVC-CND-PUMP", "PMP-CIRC-015"),
    descriptions=(
        ("HVC-CND-PUMP", "condensate removal pump, 115 V, with safety switch"),
        ("PMP-CIRC-015", "circulator pump, 1/25 HP, cast iron"),
    ),
    counts=(("HVC-CND-PUMP", 8), ("PMP-CIRC-015", 4)),
)


# a forward: the author's pricing claim, the colleague's circulator below
_FORWARD = (
    "Hi,\n\n"
    "1. Pricing: your invoice bills the condensate pumps (HVC-CND-PUMP) at $64.90, our PO "
    "says $61.50. That is 8 pumps, please credit the difference.\n\n"
    "2. Please see Ana's note below about one of the circulators.\n\n"
    "Dana\n\n"
    "From: Ana Ruiz <ana@keystonemech.com>\n"
    "Sent: Friday, November 13, 2026 4:48 PM\n"
    "To: Dana Ruiz <ap@keystonemech.com>\n"
    "Subject: circulator\n\n"
    "Dana - one of the 4 circulator pumps is dead out of the box, the impeller won't turn. "
    "It has to go back under warranty.\n"
)


def test_goods_told_from_the_order_after_a_contraction() -> None:
    body = (
        "Opened the carton of 3/4 ball valves this morning and they're FIP threaded, we ordered\n"
        "sweat. All 20 in the carton are like that, please swap them."
    )
    assert _sure(body, STORE) == [("VLV-0075-BV", 20, WRONG)]


def test_goods_told_from_the_order_by_their_colour() -> None:
    body = (
        "We got the 30 floor registers (10x6) yesterday. 6 of them are almond, not white, "
        "though the label on each box says white. Can you exchange those 6?"
    )
    assert _sure(body, STORE) == [("HVC-REG-1006-W", 6, WRONG)]


def test_the_few_that_came_against_the_paper_named_by_kind_and_size() -> None:
    body = "Only 6 cases of the 16x25 filters were on the truck and the packing slip says 8."
    assert _sure(body, STORE) == [("HVC-FLT-1625-M11", 2, SHORT)]


def test_a_count_before_an_items_initials_counts_it() -> None:
    # "1" is a word of the elbow's description, not of the PRV's: here it counts the PRV
    body = "- 1 PRV (our VLV-0750-PRV) has the bell housing cracked, its box was crushed."
    assert _sure(body, VALVES) == [("VLV-0750-PRV", 1, DAMAGED)]


def test_the_rest_of_an_order_a_job_did_not_need_wrapped_before_its_count() -> None:
    body = (
        "We ordered 4 of the 2 gal expansion tanks on that PO but the job only needed\n"
        "3. The last one is still boxed, can we send it back for credit?"
    )
    assert _sure(body, STORE) == [("WH-EXP-2G", 1, NOT_NEEDED)]


def test_an_item_named_by_its_kind_and_the_orders_own_count() -> None:
    body = "Also the thermostats: the PO is for 12, we got 14 boxes. 2 extra, still sealed."
    assert _sure(body, PUMPS) == [("TST-2100-NP", 2, OVER)]


def test_a_sheet_short_of_the_order_and_a_row_the_order_does_not_hold() -> None:
    body = (
        "Receiving report below.\n\n"
        "Item\tDescription\tOrdered\tReceived\tComment\n"
        "VLV-0075-BV\t3/4 ball valve\t20\t16\tshort\n"
        "WH-EXP-2G\texpansion tank\t0\t1\tnot on our PO\n"
        "HVC-REG-1006-W\tfloor register\t30\t30\tOK\n"
    )
    assert _sure(body, STORE) == [("VLV-0075-BV", 4, SHORT), ("WH-EXP-2G", 1, OVER)]


def test_a_forward_that_points_to_the_claim_below() -> None:
    body = _FORWARD
    assert _sure(body, TWO_PUMPS) == [
        ("HVC-CND-PUMP", 8, ReasonCode.PRICING),
        ("PMP-CIRC-015", 1, DEFECTIVE),
    ]


def test_a_forward_that_sets_the_claim_below_aside_leaves_it_for_a_person() -> None:
    for aside in (
        "Please ignore Ana's note below about the circulator, it runs fine now.",
        "Please see Ana's note below, the circulator works fine after all.",
    ):
        body = _FORWARD.replace("Please see Ana's note below about one of the circulators.", aside)
        assert _sure(body, TWO_PUMPS) == [("HVC-CND-PUMP", 8, ReasonCode.PRICING)]


def test_a_number_another_reason_counts_is_not_this_ones() -> None:
    body = (
        "* PRVs: 4 on the packing list, 3 in the carton. One PRV is missing.\n"
        '* 1" copper 90s: a box of 25 was crushed, all 25 elbows in it are bent.\n\n'
        "Please send the missing PRV and credit the 25 damaged elbows."
    )
    assert _sure(body, VALVES) == [
        ("FTG-CU-E90-100", 25, DAMAGED),
        ("VLV-0750-PRV", 1, SHORT),
    ]


def test_only_the_ticked_box_of_a_forms_reasons_is_claimed() -> None:
    body = (
        "RETURN REQUEST\n\n"
        "Item: WH-EXP-2G      Qty: 1\n\n"
        "Reason:\n"
        "[ ] Shipping damage        [X] Defective        [ ] Not needed\n\n"
        "Tank leaks at the fitting."
    )
    assert [line.reason.value for line in extract(mail(body), STORE).lines] == [DEFECTIVE]


def test_only_the_ticked_box_of_a_column_of_them_is_claimed() -> None:
    body = (
        "VENDOR RETURN REQUEST\n\n"
        "Item             Description                      Qty\n"
        "WH-EXP-2G        2 gal expansion tank             1\n\n"
        "Reason for return\n"
        "[ ]  Damaged in shipment\n"
        "[ ]  Defective\n"
        "[X]  No longer needed (the job changed)\n"
        "[ ]  Wrong item shipped\n"
    )
    assert [line.reason.value for line in extract(mail(body), STORE).lines] == [NOT_NEEDED]


def test_a_list_item_wrapped_by_the_mail_client_and_an_order_made_by_mistake() -> None:
    body = (
        "1) The 1/2 PEX crimp couplings - we ordered 10 bags and got 12. Can the driver take "
        "the 2\nextra bags back?\n"
        "2) We ordered the 3/4 PEX coils as 4 by mistake - it should have been 3. The last coil\n"
        "is still sealed in the wrap, we'd like to send it back."
    )
    assert _sure(body, PEX) == [("FTG-PEX-CPL-050", 2, OVER), ("PIP-PEX-075-300", 1, NOT_NEEDED)]


def test_an_item_named_by_its_own_size_and_words_without_its_kind() -> None:
    body = (
        "Two of the cases labeled 16x25x1 MERV 11 have 20x20x1 MERV 8 filters inside. Please "
        "exchange the 2 cases."
    )
    assert _sure(body, STORE) == [("HVC-FLT-1625-M11", 2, WRONG)]


def test_a_menu_of_many_boxes_claims_the_one_ticked_and_what_came_over_what_was_billed() -> None:
    body = (
        "VENDOR CLAIM FORM\n\n"
        "Item no.        WH-EXP-2G\n"
        "Quantity        1\n"
        "Claim type      Damaged       Defective       Short    X   Overage       Wrong item\n\n"
        "Details: Received 5 tanks, ordered and invoiced 4. The extra tank is in the boiler room."
    )
    assert _sure(body, STORE) == [("WH-EXP-2G", 1, OVER)]


def test_a_forwarder_who_sets_aside_the_other_item_leaves_it_for_a_person() -> None:
    body = (
        "Hi,\n\n"
        "Please credit the 2 cracked condensate pumps on that invoice. The thermostat is taken "
        "care of, Raj heard back on that one; I'm only asking about the pumps.\n\n"
        "Dana\n\n"
        "From: Ana Ruiz <ana@keystonemech.com>\n"
        "Sent: Friday, November 13, 2026 4:48 PM\n"
        "To: Dana Ruiz <ap@keystonemech.com>\n"
        "Subject: receiving\n\n"
        "2 of the condensate pumps came cracked. Also one thermostat is missing, the slip says "
        "12 and we counted 11.\n"
    )
    assert _sure(body, PUMPS) == [("HVC-CND-PUMP", 2, DAMAGED)]


def test_the_two_counts_a_shortage_is_said_by_are_neither_its_count() -> None:
    said = "also only 11 prvs [3/4 in] came on the 2nd truck, slip says 12."
    assert _sure(said, VALVES) == []
    assert _sure(f"{said} 1 short", VALVES) == [("VLV-0750-PRV", 1, SHORT)]


def test_a_count_after_the_items_description_by_its_multiplier() -> None:
    body = "Damaged:\n\n- WH-EXP-2G 2 gal expansion tank x3 - dented, one split at the seam\n"
    assert _sure(body, STORE) == [("WH-EXP-2G", 3, DAMAGED)]


def test_a_unit_dead_out_of_the_box_is_defective() -> None:
    body = "- 1 condensate pump, dead out of the box. Nothing at the terminals but 115 V is there."
    assert _sure(body, PUMPS) == [("HVC-CND-PUMP", 1, DEFECTIVE)]
