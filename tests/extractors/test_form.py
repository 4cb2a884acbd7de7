"""Portal claim forms and JSON uploads."""

import pytest

from extractors.claims.form import parse_form_json, parse_reason, read_form
from extractors.fields import Proposed
from rules.vocabulary import ReasonCode


def test_lines_of_a_form_are_structured_values_at_confidence_one() -> None:
    fields = read_form(
        {
            "order_number": "SO-104202",
            "lines": [
                {"sku": "WH-50G-NG", "quantity": 1, "reason": "DEFECTIVE"},
                {"sku": "VLV-2210-BR", "quantity": "3", "reason": "damaged"},
            ],
            "note": "Tank leaking from the bottom seam. Homeowner has no hot water, urgent.",
        }
    )

    assert fields.extractor == "form"
    assert fields.is_claim is True
    assert fields.order_refs == (Proposed("SO-104202", 1.0),)
    assert [(line.sku, line.quantity, line.reason) for line in fields.lines] == [
        (Proposed("WH-50G-NG", 1.0), Proposed(1, 1.0), Proposed(ReasonCode.DEFECTIVE, 1.0)),
        (Proposed("VLV-2210-BR", 1.0), Proposed(3, 1.0), Proposed(ReasonCode.DAMAGED, 1.0)),
    ]
    assert fields.urgent is True


def test_top_level_fields_make_a_line_and_the_order_number_is_normalized() -> None:
    fields = read_form(
        {"order_number": "so#104233", "sku": "KM-88213", "quantity": 4.0, "reason": "wrong item"}
    )

    assert fields.order_refs[0].value == "SO-104233"
    assert len(fields.lines) == 1
    line = fields.lines[0]
    assert line.sku == Proposed("KM-88213", 1.0)
    assert line.quantity == Proposed(4, 1.0)
    assert line.reason.value is ReasonCode.WRONG_ITEM


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("DAMAGED", ReasonCode.DAMAGED),
        ("short", ReasonCode.SHORT),
        ("Wrong_Item", ReasonCode.WRONG_ITEM),
        ("not-needed", ReasonCode.NOT_NEEDED),
        ("arrived crushed", ReasonCode.DAMAGED),
        ("never arrived", ReasonCode.SHORT),
        ("we were overcharged", ReasonCode.PRICING),
        ("ordered by mistake", ReasonCode.NOT_NEEDED),
        ("it does not work", ReasonCode.DEFECTIVE),
        ("received twice", ReasonCode.OVERSHIPPED),
        ("not damaged", None),
        ("see note", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_reason_is_a_code_in_any_case_or_words_of_the_lexicon(
    value: object, code: ReasonCode | None
) -> None:
    assert parse_reason(value) == code


def test_a_line_without_reason_takes_the_form_reason_or_the_note() -> None:
    fields = read_form(
        {
            "order_number": "SO-104233",
            "reason": "SHORT",
            "lines": [{"sku": "HTR-50-NG", "quantity": 6}],
        }
    )
    from_note = read_form(
        {"lines": [{"sku": "WH-40G-EL", "quantity": 1}], "note": "Heater was dented."}
    )

    assert fields.lines[0].reason.value is ReasonCode.SHORT
    assert from_note.lines[0].reason.value is ReasonCode.DAMAGED
    assert from_note.order_refs == ()


def test_a_line_with_no_reason_at_all_is_left_out_with_a_note() -> None:
    fields = read_form(
        {"order_number": "SO-104233", "lines": [{"sku": "HTR-50-NG", "quantity": 6}]}
    )

    assert fields.is_claim is True
    assert fields.lines == ()
    assert fields.notes == ("line 1: no reason given",)


def test_a_bad_quantity_is_left_out_with_a_note() -> None:
    fields = read_form({"lines": [{"sku": "HTR-50-NG", "quantity": "six", "reason": "SHORT"}]})

    assert fields.lines[0].quantity is None
    assert fields.notes == ("line 1: quantity is not a whole number",)


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"order_number": None, "lines": []},
        {"order_number": "", "note": "call me"},
        {"lines": [{"sku": "", "quantity": None}, "junk", 3]},
    ],
)
def test_a_form_with_no_line_and_no_order_is_not_a_claim(form: dict[str, object]) -> None:
    fields = read_form(form)

    assert fields.is_claim is False
    assert fields.not_claim_reason == "empty_form"


@pytest.mark.parametrize(
    ("data", "parsed"),
    [
        (b'{"order_number": "SO-104233"}', {"order_number": "SO-104233"}),
        (b'\xef\xbb\xbf{"lines": []}', {"lines": []}),
        (b"[1, 2]", None),
        (b'"text"', None),
        (b"{broken", None),
        (b"\xff\xfe\x00", None),
    ],
)
def test_parse_form_json_accepts_only_a_json_object(
    data: bytes, parsed: dict[str, object] | None
) -> None:
    assert parse_form_json(data) == parsed
