"""The ERP exchange format: what parses, and how every bad element is named."""

import copy
import json
import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.erp.schema import (
    ErpDocument,
    ErpFormatError,
    error_path,
    load_erp_file,
    parse_erp_document,
)

SAMPLE_ERP = Path(__file__).resolve().parents[2] / "sample_docs" / "erp" / "sample-erp.json"

Doc = dict[str, Any]


def valid_document() -> Doc:
    """The smallest document that uses every section, after the spec's example."""
    return {
        "customers": [
            {
                "id": "C-1001",
                "name": "Keystone Mechanical Contractors",
                "email_domains": ["keystonemech.com"],
                "contacts": [{"email": "ap@keystonemech.com", "name": "Dana Ruiz"}],
                "edi_id": "KEYSTONEMECH",
                "contract": {
                    "return_window_days": 30,
                    "damage_report_days": 5,
                    "restocking_fee_pct": 15,
                    "auto_credit_limit": "2500.00",
                    "provisional_credit_on_damage": True,
                },
            },
            {
                "id": "C-1002",
                "name": "Riverbend Plumbing & Heating",
                "email_domains": ["riverbendph.com"],
                "contacts": [],
            },
        ],
        "vendors": [{"id": "V-20", "name": "Apex Valve Co", "rtv_allowed": True}],
        "items": [
            {
                "sku": "VLV-2210-BR",
                "description": '2" bronze gate valve, threaded',
                "unit_cost": "41.20",
                "category": "valves",
                "returnable": True,
                "warranty_days": 365,
                "field_destroy": False,
                "vendor_id": "V-20",
                "aliases": ["KM-88213", "0718123456789"],
            },
            {
                "sku": "FTG-CU-E90-100",
                "description": "1in copper 90 elbow",
                "unit_cost": 2.05,
                "category": "fittings",
                "returnable": True,
            },
        ],
        "orders": [
            {
                "order_number": "SO-104233",
                "customer_id": "C-1001",
                "po_number": "PO-77812",
                "order_date": "2026-10-28",
                "currency": "USD",
                "lines": [
                    {"line_no": 1, "sku": "VLV-2210-BR", "quantity": 40, "unit_price": "58.90"},
                    {"line_no": 2, "sku": "FTG-CU-E90-100", "quantity": 150, "unit_price": 2.95},
                ],
            }
        ],
        "shipments": [
            {
                "shipment_id": "SH-55120",
                "order_number": "SO-104233",
                "site": "DC-EAST",
                "carrier": "RL-CARRIERS",
                "tracking": "RL123456789",
                "ship_date": "2026-11-02",
                "delivery_date": "2026-11-05",
                "lines": [
                    {"sku": "VLV-2210-BR", "quantity": 40, "lot": "L2611", "pick_zone": "B-12"}
                ],
            }
        ],
        "invoices": [
            {
                "invoice_number": "INV-88120",
                "order_number": "SO-104233",
                "invoice_date": "2026-11-02",
                "lines": [{"sku": "VLV-2210-BR", "quantity": 40, "unit_price": "58.90"}],
            }
        ],
        "returns": [
            {
                "rma_number": "RMA-9001",
                "order_number": "SO-104233",
                "sku": "VLV-2210-BR",
                "quantity": 2,
            }
        ],
    }


def problems_of(data: object) -> list[str]:
    with pytest.raises(ErpFormatError) as raised:
        parse_erp_document(data)
    return raised.value.problems


def test_a_valid_document_parses_into_typed_records() -> None:
    document = parse_erp_document(valid_document())

    customer = document.customers[0]
    assert customer.contract is not None
    assert customer.contract.auto_credit_limit == Decimal("2500.00")
    assert customer.contract.restocking_fee_pct == Decimal("15")
    assert customer.contract.provisional_credit_on_damage is True
    assert document.customers[1].contract is None
    assert document.orders[0].order_date == date(2026, 10, 28)
    assert document.orders[0].lines[0].unit_price == Decimal("58.90")
    assert document.shipments[0].delivery_date == date(2026, 11, 5)
    assert document.items[0].aliases == ("KM-88213", "0718123456789")
    assert document.returns[0].quantity == 2


def test_optional_keys_take_their_defaults() -> None:
    document = parse_erp_document(valid_document())

    item = document.items[1]
    assert (item.warranty_days, item.field_destroy, item.vendor_id, item.aliases) == (
        None,
        False,
        None,
        (),
    )
    assert document.customers[1].edi_id is None


def test_null_counts_as_missing_for_optional_keys() -> None:
    data = valid_document()
    data["orders"][0]["po_number"] = None
    data["orders"][0]["currency"] = None
    data["items"][0]["aliases"] = None
    data["shipments"] = None

    document = parse_erp_document(data)

    assert document.orders[0].po_number is None
    assert document.orders[0].currency == "USD"
    assert document.items[0].aliases == ()
    assert document.shipments == ()


def test_missing_top_level_lists_mean_empty() -> None:
    document = parse_erp_document({"vendors": [{"id": "V-1", "name": "V", "rtv_allowed": False}]})

    assert document.customers == ()
    assert document.orders == ()
    assert len(document.vendors) == 1
    assert parse_erp_document({}) == ErpDocument()


def test_unknown_keys_are_ignored_everywhere() -> None:
    data = valid_document()
    data["exported_at"] = "2026-11-20T02:00:00Z"
    data["customers"][0]["credit_rating"] = "A"
    data["customers"][0]["contract"]["payment_terms"] = "NET30"
    data["orders"][0]["lines"][0]["uom"] = "EA"

    document = parse_erp_document(data)

    assert document == parse_erp_document(valid_document())


def test_a_round_trip_through_json_changes_nothing() -> None:
    document = parse_erp_document(valid_document())

    dumped = json.loads(json.dumps(document.model_dump(mode="json")))

    assert parse_erp_document(dumped) == document


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("58.90", Decimal("58.90")),
        ("12.50", Decimal("12.50")),
        (58.9, Decimal("58.9")),
        (0.1, Decimal("0.1")),
        (40, Decimal("40")),
        (Decimal("1.005"), Decimal("1.005")),
        ("0", Decimal("0")),
    ],
)
def test_money_is_exact_from_strings_and_numbers(value: object, expected: Decimal) -> None:
    data = valid_document()
    data["orders"][0]["lines"][0]["unit_price"] = value

    price = parse_erp_document(data).orders[0].lines[0].unit_price

    assert price == expected
    assert str(price) == str(expected)  # no float artefacts such as 58.89999999999999857891


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-1.00", "must not be negative"),
        (-0.5, "must not be negative"),
        (math.nan, "not a decimal amount"),
        (math.inf, "not a decimal amount"),
        ("NaN", "not a decimal amount"),
        ("Infinity", "not a decimal amount"),
        ("$12.50", "not a decimal amount"),
        ("1,250.00", "not a decimal amount"),
        ("", "not a decimal amount"),
        (True, "not a decimal amount"),
        (None, "not a decimal amount"),
        ([12], "not a decimal amount"),
    ],
)
def test_bad_money_is_refused(value: object, message: str) -> None:
    data = valid_document()
    data["items"][1]["unit_cost"] = value

    assert problems_of(data) == [f"items[1].unit_cost: {message}"]


def set_at(path: str, value: object) -> Callable[[Doc], None]:
    """A change to a valid document: set the value at a dotted path with [i] indices."""
    parts = [
        int(p) if p.isdigit() else p for p in path.replace("[", ".").replace("]", "").split(".")
    ]

    def change(data: Doc) -> None:
        target: Any = data
        for part in parts[:-1]:
            target = target[part]
        target[parts[-1]] = value

    return change


def delete_at(path: str) -> Callable[[Doc], None]:
    parent, _, key = path.rpartition(".")

    def change(data: Doc) -> None:
        target: Any = data
        for part in parent.replace("[", ".").replace("]", "").split("."):
            target = target[int(part)] if part.isdigit() else target[part]
        del target[key]

    return change


def append_to(section: str, index: int, **changes: object) -> Callable[[Doc], None]:
    """Append a copy of an element of a section with some keys changed."""

    def change(data: Doc) -> None:
        element = copy.deepcopy(data[section][index])
        element.update(changes)
        data[section].append(element)

    return change


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        # field validation
        (set_at("orders[0].lines[1].sku", 17), "orders[0].lines[1].sku: not a string"),
        (set_at("orders[0].order_number", "  "), "orders[0].order_number: must not be empty"),
        (delete_at("orders[0].customer_id"), "orders[0].customer_id: missing"),
        (set_at("shipments[0].ship_date", "11/02/2026"), "shipments[0].ship_date: not a date"),
        (set_at("shipments[0].ship_date", "2026-02-30"), "shipments[0].ship_date: not a date"),
        (
            set_at("shipments[0].delivery_date", "2026-11-05T10:00:00"),
            "shipments[0].delivery_date: not a date",
        ),
        (set_at("invoices[0].invoice_date", 20261102), "invoices[0].invoice_date: not a date"),
        (set_at("items[1].unit_cost", "abc"), "items[1].unit_cost: not a decimal amount"),
        (
            set_at("orders[0].lines[0].quantity", 0),
            "orders[0].lines[0].quantity: not a positive integer",
        ),
        (
            set_at("orders[0].lines[0].quantity", 2.5),
            "orders[0].lines[0].quantity: not a positive integer",
        ),
        (
            set_at("shipments[0].lines[0].quantity", "40"),
            "shipments[0].lines[0].quantity: not a positive integer",
        ),
        (set_at("returns[0].quantity", True), "returns[0].quantity: not a positive integer"),
        (
            set_at("orders[0].lines[0].line_no", -1),
            "orders[0].lines[0].line_no: not a positive integer",
        ),
        (
            set_at("items[0].warranty_days", -30),
            "items[0].warranty_days: not a whole number of days",
        ),
        (
            set_at("customers[0].contract.damage_report_days", "5"),
            "customers[0].contract.damage_report_days: not a whole number of days",
        ),
        (
            set_at("customers[0].contract.restocking_fee_pct", 150),
            "customers[0].contract.restocking_fee_pct: not a percentage from 0 to 100",
        ),
        (
            set_at("customers[0].contract.auto_credit_limit", "-5"),
            "customers[0].contract.auto_credit_limit: must not be negative",
        ),
        (set_at("items[0].returnable", "yes"), "items[0].returnable: not true or false"),
        (set_at("vendors[0].rtv_allowed", 1), "vendors[0].rtv_allowed: not true or false"),
        (set_at("orders[0].currency", "usd"), "orders[0].currency: not a currency code"),
        (
            set_at("customers[0].contacts[0].email", "dana.ruiz"),
            "customers[0].contacts[0].email: not an email address",
        ),
        (
            set_at("customers[0].email_domains", ["@keystonemech.com"]),
            "customers[0].email_domains[0]: not an email domain",
        ),
        (set_at("customers[0].contacts", {"email": "x@y.z"}), "customers[0].contacts: not a list"),
        (set_at("customers[0].contract", "standard"), "customers[0].contract: not an object"),
        (set_at("orders[0].lines[0]", "VLV-2210-BR x 40"), "orders[0].lines[0]: not an object"),
        (set_at("orders", {"SO-1": {}}), "orders: not a list"),
        # cross-references
        (set_at("orders[0].customer_id", "C-9999"), "orders[0].customer_id: unknown customer"),
        (set_at("orders[0].lines[1].sku", "VLV-0000"), "orders[0].lines[1].sku: unknown item"),
        (
            set_at("shipments[0].lines[0].sku", "VLV-0000"),
            "shipments[0].lines[0].sku: unknown item",
        ),
        (set_at("invoices[0].lines[0].sku", "VLV-0000"), "invoices[0].lines[0].sku: unknown item"),
        (set_at("shipments[0].order_number", "SO-1"), "shipments[0].order_number: unknown order"),
        (set_at("invoices[0].order_number", "SO-1"), "invoices[0].order_number: unknown order"),
        (set_at("returns[0].order_number", "SO-1"), "returns[0].order_number: unknown order"),
        (set_at("returns[0].sku", "VLV-0000"), "returns[0].sku: unknown item"),
        (set_at("items[0].vendor_id", "V-99"), "items[0].vendor_id: unknown vendor"),
        # duplicate keys
        (append_to("customers", 1), "customers[2].id: duplicate"),
        (append_to("vendors", 0, name="Apex Valve Company"), "vendors[1].id: duplicate"),
        (append_to("items", 1), "items[2].sku: duplicate"),
        (append_to("orders", 0), "orders[1].order_number: duplicate"),
        (append_to("shipments", 0), "shipments[1].shipment_id: duplicate"),
        (append_to("invoices", 0), "invoices[1].invoice_number: duplicate"),
        (append_to("returns", 0, quantity=1), "returns[1].rma_number: duplicate"),
        # aliases that would name two items
        (
            set_at("items[1].aliases", ["KM-40112", "VLV-2210-BR"]),
            "items[1].aliases[1]: already the sku of items[0]",
        ),
        (
            set_at("items[1].aliases", ["KM-88213"]),
            "items[1].aliases[0]: already an alias of items[0]",
        ),
    ],
)
def test_each_problem_is_named_by_its_path(change: Callable[[Doc], None], problem: str) -> None:
    data = valid_document()
    change(data)

    assert problems_of(data) == [problem]


def test_an_alias_may_repeat_its_own_sku() -> None:
    data = valid_document()
    data["items"][0]["aliases"] = ["VLV-2210-BR", "KM-88213", "KM-88213"]

    assert parse_erp_document(data).items[0].aliases == ("VLV-2210-BR", "KM-88213", "KM-88213")


def test_every_problem_is_reported_together_in_document_order() -> None:
    data = valid_document()
    data["returns"][0]["sku"] = "NOPE"
    data["orders"][0]["customer_id"] = "C-404"
    data["orders"][0]["order_date"] = "28.10.2026"
    data["orders"][0]["lines"][0]["sku"] = "VLV-0000"
    data["items"][1]["unit_cost"] = "-2.05"
    data["customers"].append(copy.deepcopy(data["customers"][0]))
    data["shipments"][0]["lines"][0]["quantity"] = 0

    assert problems_of(data) == [
        "customers[2].id: duplicate",
        "items[1].unit_cost: must not be negative",
        "orders[0].order_date: not a date",
        "orders[0].customer_id: unknown customer",
        "orders[0].lines[0].sku: unknown item",
        "shipments[0].lines[0].quantity: not a positive integer",
        "returns[0].sku: unknown item",
    ]


def test_an_invalid_element_still_counts_as_a_target_of_references() -> None:
    data = valid_document()
    data["customers"][0]["contacts"][0]["email"] = "not-an-address"

    assert problems_of(data) == ["customers[0].contacts[0].email: not an email address"]


def test_references_into_a_broken_section_are_not_guessed() -> None:
    data = valid_document()
    data["items"] = "see attachment"

    assert problems_of(data) == ["items: not a list"]


@pytest.mark.parametrize("data", [[], "customers", 42, None])
def test_the_document_must_be_an_object(data: object) -> None:
    assert problems_of(data) == ["$: not a JSON object"]


def test_the_error_carries_every_problem_in_its_message() -> None:
    data = valid_document()
    data["orders"][0]["customer_id"] = "C-404"
    data["items"][0]["vendor_id"] = "V-404"

    with pytest.raises(ErpFormatError) as raised:
        parse_erp_document(data)

    assert str(raised.value) == (
        "items[0].vendor_id: unknown vendor\norders[0].customer_id: unknown customer"
    )
    assert raised.value.status_code == 422


def test_error_paths_follow_the_spec() -> None:
    assert error_path(("orders", 3, "lines", 0, "sku")) == "orders[3].lines[0].sku"
    assert error_path(("customers", 1, "id")) == "customers[1].id"
    assert error_path(()) == "$"


def test_load_erp_file_reads_numbers_exactly(tmp_path: Path) -> None:
    path = tmp_path / "erp.json"
    text = json.dumps(valid_document()).replace('"58.90"', "58.90")
    path.write_text(text, encoding="utf-8")

    document = load_erp_file(path)

    assert str(document.orders[0].lines[0].unit_price) == "58.90"
    assert str(document.orders[0].lines[1].unit_price) == "2.95"


def test_load_erp_file_refuses_what_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "erp.json"
    path.write_text('{\n  "customers": [\n    {"id": "C-1001",}\n  ]\n}\n', encoding="utf-8")

    with pytest.raises(ErpFormatError) as raised:
        load_erp_file(path)

    assert raised.value.problems == ["$: not valid JSON (line 3 column 21)"]


def test_load_erp_file_refuses_what_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "erp.json"
    path.write_bytes(b"\xff\xfe\x00{")

    with pytest.raises(ErpFormatError) as raised:
        load_erp_file(path)

    assert raised.value.problems == ["$: not valid JSON (not UTF-8 text)"]


def test_load_erp_file_refuses_a_top_level_array(tmp_path: Path) -> None:
    path = tmp_path / "erp.json"
    path.write_text("[]", encoding="utf-8")

    with pytest.raises(ErpFormatError) as raised:
        load_erp_file(path)

    assert raised.value.problems == ["$: not a JSON object"]


def test_the_sample_erp_file_parses() -> None:
    document = load_erp_file(SAMPLE_ERP)

    customers = {customer.id: customer for customer in document.customers}
    keystone = customers["C-1001"]
    assert keystone.name == "Keystone Mechanical Contractors"
    assert keystone.edi_id == "KEYSTONEMECH"
    assert keystone.contract is not None
    assert keystone.contract.provisional_credit_on_damage is True
    assert keystone.contract.auto_credit_limit == Decimal("2500.00")
    assert len(document.customers) >= 5
    assert len(document.vendors) == 3
    assert len(document.items) >= 20


def test_the_sample_scenario_order_is_as_the_spec_tells_it() -> None:
    document = load_erp_file(SAMPLE_ERP)

    order = next(o for o in document.orders if o.order_number == "SO-104233")
    assert (order.customer_id, order.po_number, order.order_date) == (
        "C-1001",
        "PO-77812",
        date(2026, 10, 28),
    )
    valve = next(line for line in order.lines if line.sku == "VLV-2210-BR")
    assert (valve.quantity, valve.unit_price) == (40, Decimal("58.90"))
    shipments = {s.shipment_id: s for s in document.shipments if s.order_number == "SO-104233"}
    assert set(shipments) == {"SH-55120", "SH-55121"}
    east, west = shipments["SH-55120"], shipments["SH-55121"]
    assert (east.site, east.carrier, east.ship_date, east.delivery_date) == (
        "DC-EAST",
        "RL-CARRIERS",
        date(2026, 11, 2),
        date(2026, 11, 5),
    )
    assert (west.site, west.delivery_date) == ("DC-WEST", date(2026, 11, 6))
    assert west.carrier not in {"RL-CARRIERS", "OWN_FLEET", "CUSTOMER_PICKUP"}
    items = {item.sku: item for item in document.items}
    assert not any(items[line.sku].field_destroy for line in order.lines)


def test_the_sample_round_trips() -> None:
    document = load_erp_file(SAMPLE_ERP)

    dumped = json.loads(json.dumps(document.model_dump(mode="json")))

    assert parse_erp_document(dumped) == document
