"""Returns and credit notes in ERPNext, made with its own make_sales_return.

An RMA becomes a return Delivery Note against the delivery notes of the order; a credit
memo a credit note (a Sales Invoice with is_return=1) against its invoices; each trimmed
to the approved lines and quantities. Each carries our action id in the custom field
`intake_action_id`, and is looked for by it before anything is made: a retry after a
crash finds what the first try made (submitting a draft it left) and makes nothing new.
ERPNext has no RMA document: the RMA number is ours, carried on the return. Other
actions (claims, tasks, replacement orders) are recorded in the local copy as before.
"""

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.erp.erpnext.client import Doc, ErpNextClient
from app.erp.port import ErpWriter
from rules.vocabulary import ActionStatus, ActionType

ACTION_FIELD = "intake_action_id"
RETURN_METHODS = {
    "Delivery Note": "erpnext.stock.doctype.delivery_note.delivery_note.make_sales_return",
    "Sales Invoice": "erpnext.accounts.doctype.sales_invoice.sales_invoice.make_sales_return",
}
ORDER_LINK = {  # the child-table field that ties a line to its sales order
    "Delivery Note": ("Delivery Note Item", "against_sales_order"),
    "Sales Invoice": ("Sales Invoice Item", "sales_order"),
}
# A credit memo waiting for an inspection or a recount stays a draft for finance to submit.
SUBMIT_CREDIT = frozenset({ActionStatus.POSTED.value, ActionStatus.PROVISIONAL.value})


class ErpNextWriter:
    def __init__(self, client: ErpNextClient, local: ErpWriter) -> None:
        self.client, self.local = client, local

    def issue(
        self,
        *,
        kind: str,
        prefix: str,
        idempotency_key: str,
        order_number: str | None,
        data: dict[str, Any],
    ) -> str:
        local = self.local.issue(
            kind=kind,
            prefix=prefix,
            idempotency_key=idempotency_key,
            order_number=order_number,
            data=data,
        )
        lines = {str(line["sku"]): int(line["quantity"]) for line in data.get("lines") or []}
        if order_number is None or not lines:
            return local
        if kind == ActionType.RMA:  # the RMA number is ours; the return note carries it
            self._return("Delivery Note", idempotency_key, order_number, lines, local)
            return local
        if kind == ActionType.CREDIT_MEMO:
            submit = data.get("status") in SUBMIT_CREDIT
            amount = Decimal(str(data["amount"])) if data.get("amount") is not None else None
            names = self._return(
                "Sales Invoice", idempotency_key, order_number, lines, local, submit, amount
            )
            return names[0] if len(names) == 1 else local
        return local

    def _return(
        self,
        doctype: str,
        key: str,
        order_number: str,
        lines: dict[str, int],
        reference: str,
        submit: bool = True,
        amount: Decimal | None = None,
    ) -> list[str]:
        made = self.client.get_list(
            doctype, filters=[[ACTION_FIELD, "=", key]], fields=("name", "docstatus")
        )
        if made:  # a try before this one got as far as making it
            for doc in made:
                if submit and doc["docstatus"] == 0:
                    self.client.submit(self.client.get_doc(doctype, doc["name"]))
            return [doc["name"] for doc in made]
        names = []
        for source, draft in self._drafts(doctype, order_number, lines):
            draft[ACTION_FIELD] = key
            draft["remarks"] = f"Returns intake {reference} ({key}) against {source}"
            if amount is not None:
                _price(draft, amount)
            saved = self.client.insert(draft)
            if submit:
                saved = self.client.submit(saved)
            names.append(str(saved["name"]))
        return names

    def _drafts(
        self, doctype: str, order_number: str, lines: dict[str, int]
    ) -> list[tuple[str, Doc]]:
        """make_sales_return of each source document of the order, trimmed to the lines."""
        child, link = ORDER_LINK[doctype]
        sources = self.client.get_list(
            doctype,
            filters=[
                [child, link, "=", order_number],
                ["docstatus", "=", 1],
                ["is_return", "=", 0],
            ],
        )
        wanted = dict(lines)
        drafts = []
        for source in sources:
            draft = self.client.call(RETURN_METHODS[doctype], source_name=source["name"])
            items = []
            for item in draft["items"]:
                take = min(wanted.get(item["item_code"], 0), abs(int(item["qty"])))
                if take > 0:
                    wanted[item["item_code"]] -= take
                    items.append({**item, "qty": -take})
            if items:
                drafts.append((str(source["name"]), {**draft, "items": items}))
        missing = {sku: qty for sku, qty in wanted.items() if qty > 0}
        if missing:
            raise ValueError(f"{doctype}s of {order_number} do not hold {missing}")
        return drafts


def _price(draft: Doc, amount: Decimal) -> None:
    """Scale the credit note's rates so its total is the credit the policy computed
    (a restocking fee or a price difference is less than the goods' value)."""
    total = sum(Decimal(str(i["rate"])) * -int(i["qty"]) for i in draft["items"])
    if total <= 0 or total == amount:
        return
    factor = amount / total
    for item in draft["items"]:
        rate = Decimal(str(item["rate"])) * factor
        item["rate"] = float(rate.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
