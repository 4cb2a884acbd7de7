"""Read ERPNext's customers, suppliers, items, sales orders, delivery notes, invoices and
returns into the exchange format (spec/erp-data.md), so the local copy answers the
pipeline's questions at database speed (`intake erp sync`).

What ERPNext does not hold is derived, and docs/erpnext.md says how: a delivery note
without a transporter went with our own fleet; a supplier takes returns when its custom
field `intake_rtv_allowed` is set.
"""

from typing import Any

from app.erp.erpnext.client import Doc, ErpNextClient
from app.erp.erpnext.writer import ACTION_FIELD
from app.erp.schema import ErpDocument, parse_erp_document

SUBMITTED = ["docstatus", "=", 1]
# Our own fields on ERPNext's documents: the action a return was made for, and a
# supplier's returns-to-vendor flag.
CUSTOM_FIELDS = (
    ("Delivery Note", ACTION_FIELD, "Returns intake action"),
    ("Sales Invoice", ACTION_FIELD, "Returns intake action"),
    ("Supplier", "intake_rtv_allowed", "Accepts returns to vendor"),
)


def ensure_custom_fields(client: ErpNextClient) -> list[str]:
    """Add our custom fields where they are missing; return the ones added."""
    added = []
    for doctype, fieldname, label in CUSTOM_FIELDS:
        found = client.get_list(
            "Custom Field", filters=[["dt", "=", doctype], ["fieldname", "=", fieldname]]
        )
        if found:
            continue
        fieldtype = "Check" if fieldname == "intake_rtv_allowed" else "Data"
        client.insert(
            {
                "doctype": "Custom Field",
                "dt": doctype,
                "fieldname": fieldname,
                "label": label,
                "fieldtype": fieldtype,
                "read_only": 0 if fieldtype == "Check" else 1,
                "no_copy": 1,
            }
        )
        added.append(f"{doctype}.{fieldname}")
    return added


def fetch(client: ErpNextClient) -> ErpDocument:
    """Everything the local copy keeps, read from ERPNext and checked as any import is."""
    contacts = _contacts(client)
    return parse_erp_document(
        {
            "customers": [
                _customer(c, contacts.get(c["name"], []))
                for c in _docs(client, "Customer", [["disabled", "=", 0]])
            ],
            "vendors": [_vendor(s) for s in _docs(client, "Supplier", [])],
            "items": [_item(i) for i in _docs(client, "Item", [["disabled", "=", 0]])],
            "orders": [_order(o) for o in _docs(client, "Sales Order", [SUBMITTED])],
            "shipments": [
                _shipment(d)
                for d in _docs(client, "Delivery Note", [SUBMITTED, ["is_return", "=", 0]])
            ],
            "invoices": [
                _invoice(s)
                for s in _docs(client, "Sales Invoice", [SUBMITTED, ["is_return", "=", 0]])
            ],
            "returns": [  # ours are counted as our cases already
                line
                for d in _docs(client, "Delivery Note", [SUBMITTED, ["is_return", "=", 1]])
                if not d.get(ACTION_FIELD)
                for line in _returns(d)
            ],
        }
    )


def _docs(client: ErpNextClient, doctype: str, filters: list[list[Any]]) -> list[Doc]:
    """Whole documents, child tables included (a list answers the parent fields only)."""
    return [
        client.get_doc(doctype, row["name"]) for row in client.get_list(doctype, filters=filters)
    ]


def _contacts(client: ErpNextClient) -> dict[str, list[dict[str, str]]]:
    """Each customer's contacts with an email address (a Contact links to its customers)."""
    found: dict[str, list[dict[str, str]]] = {}
    for contact in _docs(client, "Contact", []):
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        emails = [e["email_id"] for e in contact.get("email_ids") or [] if e.get("email_id")]
        for link in contact.get("links") or []:
            if link.get("link_doctype") == "Customer":
                found.setdefault(link["link_name"], []).extend(
                    {"email": email, "name": name or email} for email in emails
                )
    return found


def _customer(doc: Doc, contacts: list[dict[str, str]]) -> dict[str, Any]:
    # ERPNext knows no email domain of a customer: a sender is known by its own address.
    return {
        "id": doc["name"],
        "name": doc.get("customer_name") or doc["name"],
        "email_domains": [],
        "contacts": contacts,
    }


def _vendor(doc: Doc) -> dict[str, Any]:
    return {
        "id": doc["name"],
        "name": doc.get("supplier_name") or doc["name"],
        "rtv_allowed": bool(doc.get("intake_rtv_allowed")),
    }


def _item(doc: Doc) -> dict[str, Any]:
    defaults = doc.get("item_defaults") or []
    aliases = [c["ref_code"] for c in doc.get("customer_items") or [] if c.get("ref_code")]
    aliases += [b["barcode"] for b in doc.get("barcodes") or [] if b.get("barcode")]
    return {
        "sku": doc["item_code"],
        "description": doc.get("item_name") or doc.get("description") or doc["item_code"],
        "unit_cost": str(doc.get("valuation_rate") or 0),
        "category": doc.get("item_group") or "All Item Groups",
        "returnable": not doc.get("is_fixed_asset"),
        "warranty_days": int(doc["warranty_period"]) if doc.get("warranty_period") else None,
        "vendor_id": next(
            (d["default_supplier"] for d in defaults if d.get("default_supplier")), None
        ),
        "aliases": sorted(set(aliases)),
    }


def _order(doc: Doc) -> dict[str, Any]:
    return {
        "order_number": doc["name"],
        "customer_id": doc["customer"],
        "po_number": doc.get("po_no"),
        "order_date": doc["transaction_date"],
        "currency": doc.get("currency") or "USD",
        "lines": [
            {
                "line_no": i["idx"],
                "sku": i["item_code"],
                "quantity": int(i["qty"]),
                "unit_price": str(i["rate"]),
            }
            for i in doc["items"]
        ],
    }


def _sales_order(items: list[Doc], field: str) -> str | None:
    return next((i[field] for i in items if i.get(field)), None)


def _shipment(doc: Doc) -> dict[str, Any]:
    items = doc["items"]
    return {
        "shipment_id": doc["name"],
        "order_number": _sales_order(items, "against_sales_order"),
        "site": doc.get("set_warehouse") or items[0].get("warehouse"),
        "carrier": doc.get("transporter") or "OWN_FLEET",  # no transporter: our own trucks
        "tracking": doc.get("lr_no"),
        "ship_date": doc["posting_date"],
        "lines": [
            {"sku": i["item_code"], "quantity": int(i["qty"]), "lot": i.get("batch_no")}
            for i in items
        ],
    }


def _invoice(doc: Doc) -> dict[str, Any]:
    items = doc["items"]
    return {
        "invoice_number": doc["name"],
        "order_number": _sales_order(items, "sales_order"),
        "invoice_date": doc["posting_date"],
        "lines": [
            {"sku": i["item_code"], "quantity": int(i["qty"]), "unit_price": str(i["rate"])}
            for i in items
        ],
    }


def _returns(doc: Doc) -> list[dict[str, Any]]:
    order = _sales_order(doc["items"], "against_sales_order")
    return [
        {
            "rma_number": doc["name"],
            "order_number": order,
            "sku": i["item_code"],
            "quantity": abs(int(i["qty"])),
        }
        for i in doc["items"]
    ]
