"""A return form's reason cell holds a code; the form's key says what it stands for."""

from extractors.claims.codes import coded_reason, reason_codes
from extractors.claims.offline import extract
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

FORM = (
    "Please process the return per the form below.\n\n"
    "RETURN REQUEST  RR-1120\n\n"
    "Item #          Description                 Qty rec     Qty ret     Reason      Condition\n\n"
    "TST-2100-NP     Non-prog thermostat 24V     12          4           {code}          New\n\n"
    "Reason codes: 01 Damaged in transit  02 Defective  03 Over-ordered / not needed"
    "  04 Wrong item  05 Other\n"
)


def _line(code: str) -> tuple[str | None, int | None, ReasonCode]:
    (line,) = extract(mail(FORM.format(code=code))).lines
    return (
        line.sku.value if line.sku else None,
        line.quantity.value if line.quantity else None,
        line.reason.value,
    )


def test_a_code_stands_for_the_reason_the_key_names() -> None:
    assert _line("03") == ("TST-2100-NP", 4, ReasonCode.NOT_NEEDED)
    assert _line("01") == ("TST-2100-NP", 4, ReasonCode.DAMAGED)


def test_the_code_is_never_the_count() -> None:
    # without the key's reading, "03" was the row's one number in its reason cell
    (line,) = extract(mail(FORM.format(code="02"))).lines
    assert line.quantity is not None
    assert line.quantity.value == 4
    assert line.reason.value == ReasonCode.DEFECTIVE


def test_keys_are_read_in_the_forms_they_are_printed_in() -> None:
    stacked = (
        "REASON CODES:\n"
        "1 = Damaged in shipment      2 = Wrong item received      3 = Defective\n"
        "4 = No longer needed / ordered in error      5 = Other (explain below)\n"
        "Signature ______"
    )
    assert reason_codes(stacked) == {
        "1": ReasonCode.DAMAGED,
        "2": ReasonCode.WRONG_ITEM,
        "3": ReasonCode.DEFECTIVE,
        "4": ReasonCode.NOT_NEEDED,
    }
    lettered = "Reason codes: DMG damaged / SHT short / NN no longer needed / PRC price"
    assert reason_codes(lettered) == {
        "DMG": ReasonCode.DAMAGED,
        "SHT": ReasonCode.SHORT,
        "NN": ReasonCode.NOT_NEEDED,
    }


def test_a_code_the_key_does_not_tie_to_one_reason_stands_for_none() -> None:
    codes = reason_codes("Reason codes: 1 Damaged or defective  2 Other\n")
    assert coded_reason("1", codes) is None
    assert coded_reason("2", codes) is None
    assert coded_reason("", reason_codes(FORM)) is None


def test_without_a_key_a_number_in_the_reason_cell_is_no_reason() -> None:
    text = FORM.format(code="03").split("Reason codes")[0]
    assert extract(mail(text)).lines == ()


LETTERED_FORM = (
    "Attached is our return goods request.\n\n"
    "Ln     Item                 Description                    Qty shipped    Qty return"
    "     Code       Condition\n\n"
    "1      TST-2100-NP          Non-prog thermostat 24V        12             4"
    "              E          New, in box\n\n\n"
    "Reason codes:\n"
    "A  Arrived damaged        B  Short / missing        C  Wrong item shipped\n"
    "D  Defective / warranty   E  Not needed / overstock\n"
    "F  Pricing error\n"
)


def test_a_lettered_key_below_its_label_codes_the_rows_code_column() -> None:
    assert reason_codes(LETTERED_FORM)["E"] == ReasonCode.NOT_NEEDED
    # the key's entries list reasons; before, each was a claim line of its own
    (line,) = extract(mail(LETTERED_FORM)).lines
    assert line.sku is not None
    assert line.sku.value == "TST-2100-NP"
    assert line.quantity is not None
    assert line.quantity.value == 4
    assert line.reason.value == ReasonCode.NOT_NEEDED


def test_a_key_label_whose_entries_cannot_be_read_codes_nothing() -> None:
    # this raised (a zip of no entries with one end) and failed the whole request
    assert reason_codes("Reason codes:\n(see the back of this form)\n") == {}
    assert reason_codes("Reason codes:\na Arrived damaged\n") == {}
