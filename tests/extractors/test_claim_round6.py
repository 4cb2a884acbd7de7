"""Claims read in the sixth round of issue 13: a shortage said by what was in the box and
the count asked for it ("Need the other 4"); a customer's sheet, whose "Vendor Item" is
ours, whose blank "Exception" claims nothing, and whose rows take no reason said of
another item."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

BALL_VALVES = OrderVocabulary(
    identifiers=("VLV-1005-BV", "FTG-PEX-CPL-050"),
    descriptions=(
        ("VLV-1005-BV", '1" full port ball valve, brass'),
        ("FTG-PEX-CPL-050", '1/2" PEX coupling, bag of 25'),
    ),
    counts=(("VLV-1005-BV", 24), ("FTG-PEX-CPL-050", 10)),
)
SHORT_BOX = 'the UPS boxes showed up Fri. Only 20 of the 24 1" ball valves were in there.'


def _line(text: str) -> tuple[str | None, int | None, float, ReasonCode]:
    (line,) = extract(mail(text), BALL_VALVES).lines
    quantity = line.quantity
    return (
        line.sku.value if line.sku else None,
        quantity.value if quantity else None,
        quantity.confidence if quantity else 0.0,
        line.reason.value,
    )


def test_fewer_in_the_box_than_were_sent_is_a_shortage() -> None:
    assert [(h.reason, h.strong) for h in find_reasons(SHORT_BOX)] == [(ReasonCode.SHORT, True)]
    assert find_reasons("12 of the 3/4 valves were installed") == []


def test_the_shortage_is_worked_out_not_the_count_that_came() -> None:
    # 20 came: claiming them would credit what arrived; 4 is worked out, and sure only
    # because the order holds the 24 that should have come (round 19)
    assert _line(SHORT_BOX) == ("VLV-1005-BV", 4, 0.9, ReasonCode.SHORT)
    assert _line(SHORT_BOX.replace("24", "26")) == ("VLV-1005-BV", 6, 0.8, ReasonCode.SHORT)


def test_the_count_asked_for_says_the_shortage_outright() -> None:
    text = SHORT_BOX + " Need the other 4 or a credit, whichever is faster."
    assert _line(text) == ("VLV-1005-BV", 4, 0.9, ReasonCode.SHORT)


SHOP = OrderVocabulary(
    identifiers=("HVC-CND-PUMP", "TST-2100-NP", "HVC-FLT-1625-M11"),
    descriptions=(
        ("HVC-CND-PUMP", "Condensate pump, 115V"),
        ("TST-2100-NP", "Non-programmable digital thermostat, 24V"),
        ("HVC-FLT-1625-M11", "Pleated filter 16x25x1 MERV 11, case of 12"),
    ),
    counts=(("HVC-CND-PUMP", 10), ("TST-2100-NP", 12), ("HVC-FLT-1625-M11", 20)),
)
RECEIVING_SCREEN = (
    "Exceptions below, from our receiving screen:\n\n"
    "Our Item | Vendor Item | Description | Ordered | Received | Exception\n"
    "SUM-CP115 | HVC-CND-PUMP | Condensate pump 115V | 10 | 10 | 2 damaged, housings cracked\n"
    "SUM-T24 | TST-2100-NP | Digital thermostat 24V | 12 | 12 |\n"
    "SUM-F1625 | HVC-FLT-1625-M11 | 16x25x1 MERV 11 | 20 | 20 |\n\n"
)


def _read(text: str) -> list[tuple[str | None, int | None, ReasonCode, float]]:
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
            min(p.confidence for p in (line.sku, line.quantity, line.reason) if p is not None),
        )
        for line in extract(mail(text), SHOP).lines
    ]


def test_a_customers_sheet_names_our_item_as_the_vendors() -> None:
    # "Our Item" is the customer's own number; "Vendor Item" is ours
    (line,) = _read(RECEIVING_SCREEN)
    assert line[:3] == ("HVC-CND-PUMP", 2, ReasonCode.DAMAGED)


def test_a_row_left_blank_under_exception_claims_nothing() -> None:
    text = RECEIVING_SCREEN + "The 2 cracked pumps are set aside. Please credit them."
    assert [line[0] for line in _read(text)] == ["HVC-CND-PUMP"]


def test_a_sentence_about_one_item_heads_no_row_of_another() -> None:
    # the thermostats' row says nothing wrong in a sheet without a column for why
    text = (
        "The damaged pump is tagged and boxed in our warehouse.\n\n"
        "Item | Vendor Item | Rec Qty | Receiver Note\n"
        "SUM-CP115 | HVC-CND-PUMP | 10 | 1 ea housing cracked\n"
        "SUM-T24 | TST-2100-NP | 12 |\n"
    )
    assert [line[:3] for line in _read(text)] == [("HVC-CND-PUMP", 1, ReasonCode.DAMAGED)]


def test_a_reason_said_of_a_claimed_item_is_a_guess_for_another() -> None:
    # the thermostats' row gives no reason; the sentence after it speaks of the pumps,
    # claimed above, and of the thermostats: whose crack it is, a person decides
    text = (
        "Item | Vendor Item | Rec Qty | Note\n"
        "SUM-CP115 | HVC-CND-PUMP | 10 | 2 damaged\n"
        "SUM-T24 | TST-2100-NP | 14 | 2\n\n"
        "The 2 cracked pumps are set aside with the extra thermostats."
    )
    pumps, thermostats = _read(text)
    assert pumps[:3] == ("HVC-CND-PUMP", 2, ReasonCode.DAMAGED)
    assert thermostats[0] == "TST-2100-NP"
    assert thermostats[3] < 0.85


def test_the_count_being_sent_back_is_the_count_claimed() -> None:
    text = (
        'We ordered too many of the 1" ball valves, VLV-1005-BV - ordered by mistake, we only '
        "needed 14 of the 24. So we're sending back ten. They are still in the box."
    )
    assert _line(text) == ("VLV-1005-BV", 10, 0.9, ReasonCode.NOT_NEEDED)


def test_a_phone_extension_in_a_signature_is_no_count() -> None:
    # "ext." ended a sentence, so "212" stood alone as a count of the only line
    text = (
        'The 1" ball valves VLV-1005-BV are billed at $16.90 each, our PO has $16.20. '
        "Please credit the difference.\n\nThank you,\nPriya Nair\nAccounts Payable\n"
        "610-555-0140 ext. 212\n"
    )
    # a price claim naming no count is on all the order holds (24), for a person to confirm
    assert _line(text) == ("VLV-1005-BV", 24, 0.8, ReasonCode.PRICING)


def test_an_items_initials_name_it_so_its_reason_is_not_anothers() -> None:
    # "the cracked PRV" is the pressure reducing valve's damage, not the ball valves'
    valves = OrderVocabulary(
        identifiers=("VLV-1005-BV", "VLV-0750-PRV"),
        descriptions=(
            ("VLV-1005-BV", '1" full port ball valve, brass'),
            ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
        ),
        counts=(("VLV-1005-BV", 48), ("VLV-0750-PRV", 4)),
    )
    assert valves.names_another("the cracked PRV", "VLV-1005-BV")
    assert not valves.names_another("the cracked PRV", "VLV-0750-PRV")
    text = "So please credit 4 ball valves (we counted both cartons twice) and the cracked PRV."
    lines = extract(mail(text), valves).lines
    assert all(line.sku is None or line.sku.confidence < 0.85 for line in lines)
    assert any(line.sku is not None and line.sku.value == "VLV-1005-BV" for line in lines)


def test_a_message_taking_back_a_claim_is_no_claim() -> None:
    text = (
        "Please cancel the shortage I reported on the ball valves VLV-1005-BV. Mike found "
        "the 4 missing valves this morning in the other carton. Sorry for the trouble."
    )
    fields = extract(mail(text), BALL_VALVES)
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")
    assert find_reasons("we found it on the first pressure test, the stem leaks")  # a defect
    assert (
        "the message takes back a claim"
        not in extract(
            mail(
                "3 of the ball valves VLV-1005-BV leak at the stem. Found them on the first test."
            ),
            BALL_VALVES,
        ).notes
    )
