"""ERPNext as its REST API answers, on respx: documents built from the sample ERP data, and
the bodies Frappe sends (`{"data": …}`, `{"message": …}`, its error bodies with
`exc_type` and `_server_messages`). Stateful, so a return made is found by a later search.
"""

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx

BASE = "https://erp.example.com"
Doc = dict[str, Any]


def server_messages(*messages: str) -> str:
    """Frappe's `_server_messages`: a JSON list of JSON-encoded message objects."""
    return json.dumps(
        [
            json.dumps({"message": m, "title": "Message", "indicator": "red", "raise_exception": 1})
            for m in messages
        ]
    )


def frappe_error(status: int, exc_type: str, message: str) -> httpx.Response:
    body = {
        "exception": f"frappe.exceptions.{exc_type}: {message}",
        "exc_type": exc_type,
        "exc": json.dumps(
            [f"Traceback (most recent call last):\n...\nfrappe.exceptions.{exc_type}: {message}\n"]
        ),
        "_server_messages": server_messages(message),
    }
    return httpx.Response(status, json=body)


@dataclass
class FakeErpNext:
    docs: dict[str, dict[str, Doc]] = field(default_factory=dict)
    counter: int = 0
    refuse_with: httpx.Response | Exception | None = None  # answer every write with this

    @classmethod
    def from_exchange(cls, data: dict[str, Any]) -> "FakeErpNext":
        """ERPNext holding what the exchange document holds, as ERPNext's doctypes."""
        fake = cls()
        for c in data["customers"]:
            fake.put("Customer", {"name": c["id"], "customer_name": c["name"], "disabled": 0})
            for i, contact in enumerate(c["contacts"]):
                first, _, last = contact["name"].partition(" ")
                fake.put(
                    "Contact",
                    {
                        "name": f"{contact['name']}-{c['id']}-{i}",
                        "first_name": first,
                        "last_name": last,
                        "email_ids": [{"email_id": contact["email"], "is_primary": 1}],
                        "links": [{"link_doctype": "Customer", "link_name": c["id"]}],
                    },
                )
        for v in data["vendors"]:
            fake.put(
                "Supplier",
                {
                    "name": v["id"],
                    "supplier_name": v["name"],
                    "intake_rtv_allowed": int(v["rtv_allowed"]),
                },
            )
        for it in data["items"]:
            fake.put(
                "Item",
                {
                    "name": it["sku"],
                    "item_code": it["sku"],
                    "item_name": it["description"],
                    "item_group": it["category"],
                    "valuation_rate": float(it["unit_cost"]),
                    "is_fixed_asset": 0,
                    "disabled": 0,
                    "warranty_period": it.get("warranty_days"),
                    "item_defaults": [{"default_supplier": it.get("vendor_id")}],
                    "customer_items": [],
                    "barcodes": [{"barcode": a} for a in it.get("aliases", []) if a.isdigit()],
                },
            )
        for o in data["orders"]:
            fake.put(
                "Sales Order",
                {
                    "name": o["order_number"],
                    "customer": o["customer_id"],
                    "po_no": o.get("po_number"),
                    "transaction_date": o["order_date"],
                    "currency": o.get("currency", "USD"),
                    "docstatus": 1,
                    "items": [
                        {
                            "idx": ln["line_no"],
                            "item_code": ln["sku"],
                            "qty": float(ln["quantity"]),
                            "rate": float(ln["unit_price"]),
                        }
                        for ln in o["lines"]
                    ],
                },
            )
        for s in data["shipments"]:
            fake.put(
                "Delivery Note",
                {
                    "name": s["shipment_id"],
                    "docstatus": 1,
                    "is_return": 0,
                    "posting_date": s["ship_date"],
                    "set_warehouse": s["site"],
                    "transporter": None if s["carrier"] == "OWN_FLEET" else s["carrier"],
                    "lr_no": s.get("tracking"),
                    "items": [
                        {
                            "idx": i + 1,
                            "name": f"{s['shipment_id']}-{i + 1}",
                            "item_code": ln["sku"],
                            "qty": float(ln["quantity"]),
                            "rate": 0.0,
                            "against_sales_order": s["order_number"],
                            "batch_no": ln.get("lot"),
                            "warehouse": s["site"],
                        }
                        for i, ln in enumerate(s["lines"])
                    ],
                },
            )
        for inv in data["invoices"]:
            fake.put(
                "Sales Invoice",
                {
                    "name": inv["invoice_number"],
                    "docstatus": 1,
                    "is_return": 0,
                    "posting_date": inv["invoice_date"],
                    "items": [
                        {
                            "idx": i + 1,
                            "name": f"{inv['invoice_number']}-{i + 1}",
                            "item_code": ln["sku"],
                            "qty": float(ln["quantity"]),
                            "rate": float(ln["unit_price"]),
                            "sales_order": inv["order_number"],
                        }
                        for i, ln in enumerate(inv["lines"])
                    ],
                },
            )
        return fake

    def put(self, doctype: str, doc: Doc) -> None:
        self.docs.setdefault(doctype, {})[doc["name"]] = {"doctype": doctype, **doc}

    def of(self, doctype: str, **where: Any) -> list[Doc]:
        return [
            d
            for d in self.docs.get(doctype, {}).values()
            if all(d.get(k) == v for k, v in where.items())
        ]

    # -- the routes ------------------------------------------------------------------

    def mount(self, router: respx.Router) -> None:
        router.get(url__regex=rf"^{BASE}/api/resource/(?P<doctype>[^/?]+)/(?P<name>[^?]+)$").mock(
            side_effect=self._get
        )
        router.get(url__regex=rf"^{BASE}/api/resource/(?P<doctype>[^/?]+)(\?.*)?$").mock(
            side_effect=self._list
        )
        router.post(url__regex=rf"^{BASE}/api/resource/(?P<doctype>[^/?]+)$").mock(
            side_effect=self._insert
        )
        router.post(f"{BASE}/api/method/frappe.client.submit").mock(side_effect=self._submit)
        router.post(url__regex=rf"^{BASE}/api/method/erpnext\..*\.make_sales_return$").mock(
            side_effect=self._make_return
        )

    def _get(self, request: httpx.Request, doctype: str, name: str) -> httpx.Response:
        doctype, name = _unquote(doctype), _unquote(name)
        doc = self.docs.get(doctype, {}).get(name)
        if doc is None:
            return frappe_error(404, "DoesNotExistError", f"{doctype} {name} not found")
        return httpx.Response(200, json={"data": doc})

    def _list(self, request: httpx.Request, doctype: str) -> httpx.Response:
        doctype = _unquote(doctype)
        params = request.url.params
        filters = json.loads(params.get("filters", "[]"))
        fields = json.loads(params.get("fields", '["name"]'))
        start, length = int(params.get("limit_start", 0)), int(params.get("limit_page_length", 20))
        rows = [
            d
            for d in sorted(self.docs.get(doctype, {}).values(), key=lambda d: d["name"])
            if _matches(d, filters)
        ]
        page = rows[start : start + length] if length else rows[start:]
        return httpx.Response(200, json={"data": [{f: d.get(f) for f in fields} for d in page]})

    def _insert(self, request: httpx.Request, doctype: str) -> httpx.Response:
        doctype = _unquote(doctype)
        if self.refuse_with is not None and doctype != "Custom Field":
            if isinstance(self.refuse_with, Exception):
                raise self.refuse_with
            return self.refuse_with
        doc = json.loads(request.content)
        self.counter += 1
        prefix = {"Delivery Note": "MAT-DN-RET", "Sales Invoice": "ACC-SINV-RET"}.get(doctype, "CF")
        name = f"{prefix}-2026-{self.counter:05d}"
        self.put(doctype, {**doc, "name": name, "docstatus": 0, "owner": "intake@erp.example.com"})
        return httpx.Response(200, json={"data": self.docs[doctype][name]})

    def _submit(self, request: httpx.Request) -> httpx.Response:
        doc = json.loads(request.content)["doc"]
        stored = self.docs[doc["doctype"]][doc["name"]]
        stored["docstatus"] = 1
        return httpx.Response(200, json={"message": stored})

    def _make_return(self, request: httpx.Request) -> httpx.Response:
        source_name = json.loads(request.content)["source_name"]
        doctype = "Delivery Note" if "delivery_note" in str(request.url) else "Sales Invoice"
        source = self.docs[doctype][source_name]
        draft = {
            "doctype": doctype,
            "is_return": 1,
            "return_against": source_name,
            "docstatus": 0,
            "__islocal": 1,
            "items": [
                {
                    **{k: v for k, v in item.items() if k != "name"},
                    "qty": -item["qty"],
                    ("dn_detail" if doctype == "Delivery Note" else "si_detail"): item["name"],
                }
                for item in source["items"]
            ],
        }
        return httpx.Response(200, json={"message": draft})


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)


def _matches(doc: Doc, filters: list[list[Any]]) -> bool:
    for condition in filters:
        if len(condition) == 4:  # [child doctype, field, op, value]: any row of the child table
            _, fieldname, _, value = condition
            if not any(item.get(fieldname) == value for item in doc.get("items", [])):
                return False
        else:
            fieldname, _, value = condition
            if (
                doc.get(
                    fieldname, 0 if fieldname in ("docstatus", "is_return", "disabled") else None
                )
                != value
            ):
                return False
    return True


def routes(fake: FakeErpNext) -> respx.Router:
    router = respx.mock(assert_all_called=False)
    fake.mount(router)
    return router
