"""Round 17 of issue 13: documents read by their layout as a clerk reads them: a two-column
form of labels and values laid out by tabs or spaces, a table note that says two things of
its row, a receipt's exception lines that count their items by kind, a form's count and
code on the line below its item, a price check priced per each whose rows may claim other
reasons, a colleague's note passed on below a reply, a remittance advice; and counts said
beside their reason."""

from email.message import EmailMessage

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.sentences import reasons_in_note
from extractors.documents.email_reader import read_email
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round16 import STORE, _lines, _sure
from tests.extractors.test_offline import mail

D, OVER, X = ReasonCode.DAMAGED, ReasonCode.OVERSHIPPED, ReasonCode.DEFECTIVE


def test_a_two_column_form_laid_out_by_tabs_or_spaces_gives_its_count() -> None:
    # an HTML table of labels and values, as a mail client flattens it
    for gap in ("\t", "      "):
        form = gap.join
        body = (
            "Our expansion tank from you has stopped working. Details:\n\n"
            f"{form(('Item', 'WH-EXP-2G (2 gal)'))}\n"
            f"{form(('Quantity', '1'))}\n"
            f"{form(('Installed', '11/20/2026'))}\n"
            f"{form(('Problem', 'defective - bladder failed'))}\n\n"
            "Can we get a replacement?"
        )
        assert _lines(body) == [("WH-EXP-2G", 1, X)], gap


def test_a_table_row_of_labels_is_no_form_of_one_item() -> None:
    # rows of a sheet under their header are not labels and values
    body = (
        "Counts below.\n\n"
        "Item\tQty\tNote\n"
        "WH-EXP-2G\t2\tdented\n"
        "VLV-0075-BV\t20\tok\n"
        "HVC-REG-1006-W\t30\tok\n"
    )
    assert _lines(body) == [("WH-EXP-2G", 2, D)]


def test_a_note_of_two_sentences_says_two_things_of_its_row() -> None:
    note = "3 cs wet + crushed (bottom of pkg 4). 2 cs extra, not on slip or PO"
    # read whole, the strong phrase silences the weak one of the next sentence
    assert {hit.reason for hit in find_reasons(note)} == {D}
    assert {hit.reason for hit in reasons_in_note(note)} == {D, OVER}
    body = (
        "Count sheet attached, two issues on the filter line, see the note column.\n\n"
        "Item,Description,Slip qty,Counted,Good,Damaged,Note\n"
        "HVC-REG-1006-W,floor register,30,30,30,0,\n"
        f'HVC-FLT-1625-M11,"16x25x1 MERV 11 filter",8,10,5,3,"{note}"\n'
    )
    assert _lines(body) == [("HVC-FLT-1625-M11", 2, OVER), ("HVC-FLT-1625-M11", 3, D)]


def test_an_overage_counts_by_its_own_phrase() -> None:
    assert _lines('We got 14 of the 3/4" ball valves, so 2 extra.') == [("VLV-0075-BV", 2, OVER)]
    assert {hit.reason for hit in find_reasons("2 boxes extra on the pallet")} == {OVER}
    # weak alone: "extra" is said of stock left over as often
    assert _sure("Order SO-1. We have 4 extra of the 2 gal expansion tanks.") == []


def test_a_receipts_exception_lines_count_their_items_by_kind() -> None:
    # the items listed above by SKU with what came, the exceptions below by kind and count
    body = (
        "I wrote the problems on your delivery receipt.\n\n"
        "QTY ITEM DESCRIPTION\n"
        "30 HVC-REG-1006-W 10X6 FLOOR REGISTER WHT\n"
        "8 HVC-FLT-1625-M11 16X25X1 MERV 11 FILTER CS/12\n\n"
        "EXCEPTIONS\n"
        "3 CS FILTERS WET + CRUSHED\n"
        "5 REGISTERS BENT\n"
    )
    assert _lines(body) == [("HVC-FLT-1625-M11", 3, D), ("HVC-REG-1006-W", 5, D)]
    # by kind alone, for a person to confirm
    assert _sure(body) == []


def test_a_kind_word_without_a_count_names_no_item() -> None:
    # "TANK DENTED" on a heater's receipt may be the heater's own tank
    body = "Delivery receipt notes:\n\nHEATER CARTON CRUSHED\nTANK DENTED\n"
    assert all(sku is None for sku, _, _ in _lines(body))


def test_of_two_counts_of_one_claim_the_one_said_where_its_reason_is() -> None:
    # the mail says the registers are bent; the attached receipt lists the 30 that came,
    # then "5 REGISTERS BENT"
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["Subject"] = "Delivery problems"
    message.set_content("Some of the floor registers are bent, receipt attached.\n")
    receipt = (
        "QTY ITEM DESCRIPTION\n"
        "30 HVC-REG-1006-W 10X6 FLOOR REGISTER WHT\n\n"
        "EXCEPTIONS\n"
        "5 REGISTERS BENT\n"
    )
    message.add_attachment(receipt, filename="receipt.txt")
    lines = extract(read_email(message.as_bytes()), STORE).lines
    read = [(line.sku and line.sku.value, line.quantity and line.quantity.value) for line in lines]
    assert read == [("HVC-REG-1006-W", 5)]


def _reply(pointer: str) -> list[tuple[str | None, int | None, ReasonCode]]:
    body = (
        "Hello,\n\n"
        "Please credit the 3 dented expansion tanks on SO-1. " + pointer + "\n\n"
        "Thanks,\nDana\n\n"
        "From: Tom Morales <tmorales@keystonemech.com>\n"
        "Sent: Wednesday, November 11, 2026 4:52 PM\n"
        "To: Dana Ruiz <ap@keystonemech.com>\n"
        "Subject: registers\n\n"
        "Dana - 2 of the floor registers are bent, can you add them?\n"
    )
    return _lines(body)


def test_a_note_passed_on_below_is_the_authors_claim_too() -> None:
    # under a reply's subject, a colleague's note that the author passes on is claimed
    passed = _reply("Tom asked me to pass his note below on to you.")
    assert passed == [("HVC-REG-1006-W", 2, D), ("WH-EXP-2G", 3, D)]
    # without that, it is history: what was said before
    assert _reply("That is all for now.") == [("WH-EXP-2G", 3, D)]


def test_a_remittance_advice_claims_nothing_unless_it_asks() -> None:
    advice = (
        "The remittance for today's ACH payment is attached. INV-88109 is paid less 79.00: "
        "2 of the expansion tanks arrived damaged. We'll apply your credit memo for those "
        "when it comes through."
    )
    # the deduction's words alone read as a claim
    assert _lines(advice.replace("remittance", "paperwork"))
    fields = extract(mail(advice, subject="Remittance advice - ACH-000731"), STORE)
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")
    asking = advice + " Please credit the 2 tanks."
    assert extract(mail(asking, subject="Remittance advice - ACH-000731"), STORE).is_claim


def test_a_working_part_gone_bad_is_a_defect() -> None:
    for said in ("the seat is bad", "the bladder is gone", "the bearings are shot"):
        assert {hit.reason for hit in find_reasons(f"He says {said}.")} == {X}, said
    assert find_reasons("The box is bad but the valves inside are fine.") == []
    body = (
        "One of the 2 gal expansion tanks we put in at Cedar Lane is waterlogged. The plumber "
        "swapped it and says the bladder is gone. Can we get it replaced?"
    )
    assert _lines(body) == [("WH-EXP-2G", 1, X)]


def test_a_price_checks_columns_priced_each_tell_which_row_was_billed_above() -> None:
    body = (
        "Price variance notice attached: one line billed above our PO price.\n\n"
        "Item              Description          Qty   Invoiced ea   PO price ea   Variance\n"
        "VLV-0075-BV       3/4 ball valve         20     15.20         14.10          22.00\n"
        "HVC-REG-1006-W    floor register         30      4.10          4.10           0.00\n"
    )
    assert _lines(body) == [("VLV-0075-BV", 20, ReasonCode.PRICING)]


def test_all_of_them_said_alone_counts_the_claim_before_it() -> None:
    body = (
        "The 3/4 ball valves on SO-1 are threaded, we ordered sweat. All 12 of them. "
        "Need the sweat ones sent out."
    )
    assert _lines(body) == [("VLV-0075-BV", 12, ReasonCode.WRONG_ITEM)]
    # a count that leads a unit of other words is no count of it
    assert _lines("The 3/4 ball valves on SO-1 are threaded, we ordered sweat. Bay 4.") == [
        ("VLV-0075-BV", None, ReasonCode.WRONG_ITEM)
    ]


def test_a_forms_count_and_code_on_the_line_below_its_item() -> None:
    # OCR read the form's row cell by cell: the item, then its count, code and comment
    body = (
        "Return form attached.\n\n"
        "RETURN / CREDIT REQUEST\n"
        "ITEM # DESCRIPTION\n"
        "QTY CODE COMMENTS\n\n"
        "VLV-0075-BV\n\n"
        "3/4 BALL VALVE\n\n"
        "4 03 THREADED NOT SWEAT\n\n"
        "REASON CODES: 01 DAMAGED IN TRANSIT 02 SHORT SHIPPED 03 WRONG ITEM RECEIVED\n"
    )
    assert _lines(body) == [("VLV-0075-BV", 4, ReasonCode.WRONG_ITEM)]


def test_a_count_corrected_with_not_does_not_negate_what_follows_from_it() -> None:
    text = "3/4 ball valves we got 14 not 20 so 6 short."
    assert {hit.reason for hit in find_reasons(text)} == {ReasonCode.SHORT}
    assert _lines(f"SO-1. {text}") == [("VLV-0075-BV", 6, ReasonCode.SHORT)]
    assert find_reasons("They are not short.") == []


def test_a_price_checks_row_billed_as_agreed_may_claim_another_reason() -> None:
    body = (
        "Debit memo attached, two lines, see the Reason column.\n\n"
        "Item              Qty   Invoiced ea   Agreed ea   Reason\n"
        "VLV-0075-BV        20     15.20         14.10     PRICE DIFFERENCE - billed over PO\n"
        "WH-EXP-2G           2     42.50         42.50     DAMAGED IN TRANSIT - dented\n"
        "HVC-REG-1006-W     30      4.10          4.10\n"
    )
    assert _lines(body) == [("VLV-0075-BV", 20, ReasonCode.PRICING), ("WH-EXP-2G", 2, D)]
    # where the note counts the claim, the row's count is what was billed
    invoice = (
        "We reviewed the invoice, see the last column.\n\n"
        "Item\tInv Qty\tInvoiced Unit\tPO Unit\tAction requested\n"
        "VLV-0075-BV\t20\t15.20\t14.10\tOvercharged - credit the difference on all 20\n"
        "WH-EXP-2G\t36\t42.50\t42.50\tReturn 6 - no longer needed\n"
    )
    assert _lines(invoice) == [
        ("VLV-0075-BV", 20, ReasonCode.PRICING),
        ("WH-EXP-2G", 6, ReasonCode.NOT_NEEDED),
    ]


def test_found_on_heldout38_once_spent() -> None:
    # a road's number is no count; the one item the message asks back is one
    body = (
        "The water authority approved another assembly for the Route 33 building, so we no "
        "longer need the 2 gal expansion tank from SO-1. Could you take the tank back?"
    )
    assert _lines(body) == [("WH-EXP-2G", 1, ReasonCode.NOT_NEEDED)]
    # an identifier wrapped at its dash is one identifier, and none of its digits a count
    body = (
        "One of the expansion tanks from the Hillcrest job (SO-1, your WH-EXP-\n"
        "2G) quit this week: the bladder is gone. Can it go back under warranty?"
    )
    assert _lines(body) == [("WH-EXP-2G", 1, X)]


def test_a_reason_said_before_a_note_passed_on_is_not_the_notes_items() -> None:
    # "Please credit the difference:" is said of the table under it, not of the receiving
    # note passed on below, whose counts say the valves came as sent
    body = (
        "The 2 gal expansion tanks are billed above our PO price, see Ray's note below. "
        "Please credit the difference:\n\n"
        "Item | Qty | Invoiced | PO price\n"
        "2 gal expansion tank | 4 | $44.00 | $42.50\n\n"
        "From: Ray Kowal <receiving@keystonemech.com>\n"
        "Sent: Tuesday, November 10, 2026 2:07 PM\n"
        "To: ap@keystonemech.com\n"
        "Subject: skid\n\n"
        "Dana, skid checked in.\n"
        "Ball valves 20/20.\n"
    )
    assert [sku for sku, _, _ in _lines(body)] == ["WH-EXP-2G"]
