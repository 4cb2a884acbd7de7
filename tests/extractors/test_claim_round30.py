"""Round 30 of issue 13: a forward as Apple Mail writes it ("Begin forwarded message:", in
the sender's language, then the message set off by ">") is forwarded, not history; a
table's "PO Line" column numbers its rows and counts nothing; an order line cited with
its ordered count ("(line 2, six circulators, …)") claims none of them."""

import pytest

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.documents.quotes import split_body
from rules.vocabulary import ReasonCode
from tests.extractors.helpers import order_of
from tests.extractors.test_claim_round16 import _lines as _read
from tests.extractors.test_offline import mail

S, P, D, N = ReasonCode.SHORT, ReasonCode.PRICING, ReasonCode.DEFECTIVE, ReasonCode.NOT_NEEDED

_CATALOGUE = {
    "FTG-CU-E90-100": '1" copper 90 elbow, wrot, C x C',
    "VLV-0750-PRV": '3/4" pressure reducing valve',
    "FTG-BI-U-150": '1-1/2" black iron union, 150#',
    "HVC-CND-PUMP": "condensate removal pump, 115 V, with safety switch",
    "VLV-3100-CK": '3" flanged swing check valve',
    "PMP-CIRC-015": "circulator pump, 1/25 HP, cast iron",
}

_IPHONE_FORWARD = (
    "Tina mira abajo. Can you send the 20 elbows on the next truck please. Gracias\n\n"
    "Hector\n\nEnviado desde mi iPhone\n\n"
    "{marker}\n\n"
    "> De: Hector Delgado <hector@delgadosons.com>\n"
    "> Fecha: 29 de octubre de 2026, 4:52:54 p.m. CDT\n"
    "> Para: Rosa Delgado <rosa@delgadoplumbing.com>\n"
    "> Asunto: PO 40962\n"
    ">\n"
    "> Rosa the truck came. The 6 PRV ok. The 1 inch copper 90s, box say 100 but I count "
    "2 times and is 80. So 20 short.\n"
    ">\n"
    "> Hector\n"
)


@pytest.mark.parametrize("marker", ["Begin forwarded message:", "Inicio del mensaje reenviado:"])
def test_a_forward_apple_mail_sets_off_with_quote_marks_is_forwarded(marker: str) -> None:
    text = _IPHONE_FORWARD.format(marker=marker)
    pieces = split_body(text, forwarder="delgadosons.com")
    assert [kind for kind, _ in pieces] == ["body"]
    assert "\nRosa the truck came." in pieces[0][1]
    order = order_of(_CATALOGUE, ("FTG-CU-E90-100", "VLV-0750-PRV"), count=100)
    assert _read(text, order) == [("FTG-CU-E90-100", 20, S)]


def test_what_a_forwarded_message_quotes_in_turn_stays_history() -> None:
    text = (
        "See below.\n\nBegin forwarded message:\n\n"
        "> From: Sam Ortiz <sam@example.net>\n"
        "> Subject: valves\n>\n"
        "> 4 x VLV-2210-BR came cracked.\n>\n"
        ">> On Friday, Returns Desk wrote:\n"
        ">> Your order has shipped.\n"
    )
    pieces = split_body(text, forwarder="example.net")
    assert [kind for kind, _ in pieces] == ["body", "quoted"]
    assert "4 x VLV-2210-BR came cracked." in pieces[0][1]
    assert pieces[1][1] == "> On Friday, Returns Desk wrote:\n> Your order has shipped.\n"


def test_a_tables_po_line_column_numbers_its_rows() -> None:
    order = order_of(_CATALOGUE, ("VLV-3100-CK", "FTG-BI-U-150", "HVC-CND-PUMP"), count=8)
    body = (
        "Two issues on PO 77830:\n\n"
        "PO Line\tItem\tOrdered\tReceived\tPO Price\tInvoiced\tStatus\n"
        '1\t3" CI swing check valve, flanged\t6 ea\t6\t189.00\t189.00\tOK\n'
        '2\t1-1/2" black mall. union\t40 ea\t36\t10.80\t10.80\tShort 4\n'
        "3\tCondensate pump w/ safety sw.\t8 ea\t8\t61.50\t64.90\tPrice +3.40\n"
    )
    assert _read(body, order) == [("FTG-BI-U-150", 4, S), ("HVC-CND-PUMP", 8, P)]


def test_an_order_line_cited_with_its_count_claims_none_of_them() -> None:
    order = order_of(_CATALOGUE, ("PMP-CIRC-015",), count=6)
    body = (
        "I am writing to open a warranty claim on a circulator pump supplied under our PO "
        "76115 (line 2, six 1/25 HP cast iron circulators, delivered October 2025). It has "
        "failed: the motor hums but the shaft does not turn."
    )
    ((sku, quantity, reason),) = _read(body, order)
    assert (sku, reason) == ("PMP-CIRC-015", D)
    assert quantity != 6


_MORE = {
    **_CATALOGUE,
    "VLV-0075-BV": '3/4" brass ball valve, full port, sweat',
    "TST-2100-NP": "non-programmable digital thermostat, 24 V",
    "HVC-FLT-1625-M11": "16x25x1 MERV 11 pleated air filter, case of 12",
}


def test_unions_galvanized_not_black_are_the_wrong_item() -> None:
    order = order_of(_MORE, ("FTG-BI-U-150", "VLV-0750-PRV"), count=12)
    body = "4 of these unions are galvanize, not black. We need 4 black ones."
    assert _read(body, order) == [("FTG-BI-U-150", 4, ReasonCode.WRONG_ITEM)]


def test_goods_that_were_not_on_the_truck_are_short() -> None:
    order = order_of(_MORE, ("VLV-0075-BV", "HVC-CND-PUMP"), count=12)
    body = "Checked the delivery from Monday. Also the 2 condensate pumps weren't on the truck."
    assert _read(body, order) == [("HVC-CND-PUMP", 2, S)]


def test_a_forwarders_ask_under_warranty_claims_the_forwarded_failure() -> None:
    order = order_of(_MORE, ("HVC-CND-PUMP", "TST-2100-NP"), count=10)
    body = (
        "Tina,\n\nBelow from Luca on the Oakridge service call. The pump came off PO 60455. "
        "Please replace it under warranty; Luca has it in his van.\n"
        "Also on the same PO, we'd like to send back 4 of the basic non-programmable "
        "thermostats. The job switched to the wifi model and they are still sealed.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Luca Ferraro <lferraro@keystonemech.com>\n"
        "Date: Fri, Nov 27, 2026 at 3:48 PM\n"
        "Subject: Oakridge - condensate pump\n\n"
        "Devon, the condensate pump we put in at Oakridge last week quit. Float switch is "
        "stuck, so it ran nonstop and got hot. That's 1 bad pump out of the 10 we got.\n"
    )
    assert _read(body, order) == [("HVC-CND-PUMP", 1, D), ("TST-2100-NP", 4, N)]
    pump = next(line for line in extract(mail(body), order).lines if line.reason.value == D)
    assert pump.reason.confidence >= 0.85  # not capped for a person as spoken of otherwise


def test_a_delivery_receipts_printed_caption_and_terms_claim_nothing() -> None:
    order = order_of(_MORE, ("VLV-0750-PRV", "FTG-BI-U-150"), count=12)
    body = (
        "Delivery receipt, PO 77812.\n\n"
        "PIECES  DESCRIPTION OF ARTICLES\n"
        "1 CTN   VALVES, PRESSURE REDUCING (12)\n\n"
        "DELIVERY EXCEPTIONS / NOTES (shortage, damage, refused)\n\n"
        "Freight received in apparent good order except as noted. Concealed damage must be "
        "reported to the carrier within 5 days of delivery. Consignee signature acknowledges "
        "the count of pieces shown unless a shortage is noted above."
    )
    assert _read(body, order) == []


def test_a_sentence_saying_items_are_complete_lends_none_of_them_to_a_claim() -> None:
    order = order_of(_MORE, ("TST-2100-NP", "HVC-CND-PUMP"), count=20)
    body = (
        "We receive only 16 of the basic thermostat, the non programmable 24V. The order is "
        "for 20. The condensate pumps are complete.\nPlease send the 4 that are missing."
    )
    assert _read(body, order) == [("TST-2100-NP", 4, S)]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("One of the two PEX coils has a gash through the outer 3 or 4 loops.", "DAMAGED"),
        ("Looks like somebody put a box knife through the carton.", "DAMAGED"),
        ("2 of the mixing valves are sticking hot.", "DEFECTIVE"),
        ("The float is stuck and they won't kick on.", "DEFECTIVE"),
        ("We cleaned the cartridges, still creeping up.", "DEFECTIVE"),
        ("Can these go back under warranty?", "DEFECTIVE"),
        ("One of the tanks from PO 70282 is shot, bladder's gone.", "DEFECTIVE"),
        ("2 of them are wafer style checks, not flanged swing.", "WRONG_ITEM"),
        ("The old style was fine, not great.", None),
        ("Report shortages and damage within 5 days of delivery.", None),
        ("Note any shortage or damage on the carrier's receipt.", None),
        ("The truck was stuck in traffic.", None),
        ("The gasket is sticking to the flange.", None),
    ],
)
def test_the_trades_words_for_a_fault(sentence: str, reason: str | None) -> None:
    found = {hit.reason.value for hit in find_reasons(sentence)}
    assert found == ({reason} if reason else set())


def test_a_run_on_sentence_joining_claims_with_and_keeps_each_claims_count() -> None:
    order = order_of(_MORE, ("HVC-CND-PUMP", "HVC-FLT-1625-M11", "TST-2100-NP"), count=12)
    body = (
        "Mel, on po# 60455 that UPS brought Thursday, 2 out of the box of 10 condensate pumps "
        "the float is stuck and they won't kick on, we tested both on the bench, and you sent "
        "us 22 cases of the 16x25 merv 11s when the PO says 20 so there's 2 extra cases "
        "sitting in our shop, and we don't need 3 of the 12 basic stats anymore since the "
        "customer went with wifi, so can we get 2 new pumps, have somebody pick up the 2 "
        "extra filter cases and send the 3 stats back for credit. thanks"
    )
    assert _read(body, order) == [
        ("HVC-CND-PUMP", 2, D),
        ("HVC-FLT-1625-M11", 2, ReasonCode.OVERSHIPPED),
        ("TST-2100-NP", 3, N),
    ]
