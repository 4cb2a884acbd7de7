"""The built-in ERP: answers from, and issues documents into, the local copy that
`intake erp load` keeps in the service's database (app/erp/port.py has the protocols)."""

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.erp.port import CustomerMatch
from app.erp.tables import (
    ErpCustomer,
    ErpCustomerAddress,
    ErpDocument,
    ErpInvoice,
    ErpItem,
    ErpItemAlias,
    ErpOrder,
    ErpReturn,
    ErpShipment,
    ErpVendor,
)
from extractors.claims.skus import Candidate, exact_sku
from rules.facts import (
    Contract,
    InvoiceFacts,
    InvoiceLine,
    ItemFacts,
    OrderFacts,
    OrderLine,
    ReturnFacts,
    ShipmentFacts,
    ShipmentLine,
)

_HISTORY = 50  # a customer's latest orders, whose items name what a request without an order is of


class BuiltinErp:
    """The ERP answered from the built-in copy in the service's database.

    A reader lives for one transaction, in which the copy does not change: an order's facts
    and its items, and a customer's items, are read once however often the pipeline asks
    (vocabulary, identify)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._orders: dict[str, OrderFacts | None] = {}
        self._candidates: dict[str, tuple[Candidate, ...]] = {}
        self._bought: dict[str, tuple[Candidate, ...]] = {}  # by customer
        self._catalogue: tuple[Candidate, ...] | None = None

    def customer_exists(self, customer_id: str) -> bool:
        return self.session.get(ErpCustomer, customer_id) is not None

    def customer_by_address(self, address: str) -> CustomerMatch | None:
        """Policy 3.1: the sender equals a contact, else its domain is a customer's."""
        address = address.strip().lower()
        domain = address.rpartition("@")[2]
        for kind, value in (("contact", address), ("domain", domain)):
            found = self.session.scalars(
                select(ErpCustomerAddress.customer_id)
                .where(ErpCustomerAddress.kind == kind, ErpCustomerAddress.value == value)
                .order_by(ErpCustomerAddress.customer_id)
            ).all()
            if len(found) == 1:
                return CustomerMatch(found[0], kind)
        return None

    def customer_by_edi_id(self, edi_id: str) -> str | None:
        return self.session.scalar(select(ErpCustomer.id).where(ErpCustomer.edi_id == edi_id))

    def contact_address(self, customer_id: str) -> str | None:
        row = self.session.get(ErpCustomer, customer_id)
        contacts = row.data.get("contacts", []) if row else []
        return str(contacts[0]["email"]) if contacts else None

    def contract(self, customer_id: str) -> Contract:
        row = self.session.get(ErpCustomer, customer_id)
        terms: dict[str, Any] = (row.data.get("contract") or {}) if row else {}
        return Contract(
            return_window_days=terms.get("return_window_days"),
            damage_report_days=terms.get("damage_report_days"),
            restocking_fee_pct=_decimal_or_none(terms.get("restocking_fee_pct")),
            auto_credit_limit=_decimal_or_none(terms.get("auto_credit_limit")),
            provisional_credit_on_damage=terms.get("provisional_credit_on_damage"),
        )

    def find_order(self, reference: str, customer_id: str | None) -> str | None:
        """Policy 3.2: our order number; else the customer's PO; else its invoice number."""
        if self.session.get(ErpOrder, reference) is not None:
            return reference
        if customer_id is None:
            return None
        by_po = self.session.scalars(
            select(ErpOrder.order_number).where(
                ErpOrder.customer_id == customer_id, ErpOrder.po_number == reference
            )
        ).all()
        if len(by_po) == 1:
            return by_po[0]
        invoice = self.session.get(ErpInvoice, reference)
        if invoice is not None:
            order = self.session.get(ErpOrder, invoice.order_number)
            if order is not None and order.customer_id == customer_id:
                return order.order_number
        return None

    def order_facts(self, order_number: str) -> OrderFacts | None:
        if order_number not in self._orders:
            self._orders[order_number] = self._order_facts(order_number)
        return self._orders[order_number]

    def _order_facts(self, order_number: str) -> OrderFacts | None:
        order = self.session.get(ErpOrder, order_number)
        if order is None:
            return None
        shipments = self._records(ErpShipment, order_number)
        invoices = self._records(ErpInvoice, order_number)
        returns = self._records(ErpReturn, order_number)
        skus = {line["sku"] for line in order.data.get("lines", [])}
        skus |= {line["sku"] for record in shipments + invoices for line in record["lines"]}
        return OrderFacts(
            order_number=order.order_number,
            customer_id=order.customer_id,
            currency=order.data.get("currency", "USD"),
            lines=tuple(_order_line(line) for line in order.data.get("lines", [])),
            shipments=tuple(_shipment(record) for record in shipments),
            invoices=tuple(_invoice(record) for record in invoices),
            returns=tuple(
                ReturnFacts(r["rma_number"], r["sku"], int(r["quantity"])) for r in returns
            ),
            items=self._items(skus),
        )

    def resolve_sku(self, token: str, order: OrderFacts) -> str | None:
        """Policy 3.3: our SKU; else an alias of an item on that order (exact, case aside)."""
        return exact_sku(token, self.sku_candidates(order))

    def is_catalogued(self, token: str) -> bool:
        """Whether a token is an item's SKU or alias anywhere in the catalogue (case aside)."""
        written = token.strip().upper()
        if self.session.get(ErpItem, written) is not None:
            return True
        alias = select(ErpItemAlias.sku).where(func.upper(ErpItemAlias.alias) == written)
        return self.session.execute(alias.limit(1)).first() is not None

    def sku_candidates(self, order: OrderFacts) -> tuple[Candidate, ...]:
        """The SKUs of the order's lines and shipments, each with its aliases."""
        if order.order_number not in self._candidates:
            self._candidates[order.order_number] = self._sku_candidates(order)
        return self._candidates[order.order_number]

    def _sku_candidates(self, order: OrderFacts) -> tuple[Candidate, ...]:
        on_order = {line.sku for line in order.lines}
        on_order |= {line.sku for shipment in order.shipments for line in shipment.lines}
        return self._candidates_of(on_order)

    def customer_candidates(self, customer_id: str) -> tuple[Candidate, ...]:
        """The items of the customer's latest orders, each with its aliases: what a clerk
        with the account open reads a request that names no order by."""
        if customer_id not in self._bought:
            self._bought[customer_id] = self._customer_candidates(customer_id)
        return self._bought[customer_id]

    def _customer_candidates(self, customer_id: str) -> tuple[Candidate, ...]:
        orders = self.session.scalars(select(ErpOrder).where(ErpOrder.customer_id == customer_id))
        latest = sorted(orders, key=lambda o: str(o.data.get("order_date", "")), reverse=True)
        lines = [line for order in latest[:_HISTORY] for line in order.data.get("lines", [])]
        return self._candidates_of({line["sku"] for line in lines})

    def catalogue_candidates(self) -> tuple[Candidate, ...]:
        """Every item of the catalogue, each with its aliases: what a clerk looks up for
        goods the order does not hold."""
        if self._catalogue is None:
            self._catalogue = self._candidates_of(set(self.session.scalars(select(ErpItem.sku))))
        return self._catalogue

    def _candidates_of(self, on_order: set[str]) -> tuple[Candidate, ...]:
        rows = self.session.execute(
            select(ErpItemAlias.sku, ErpItemAlias.alias)
            .where(ErpItemAlias.sku.in_(sorted(on_order)))
            .order_by(ErpItemAlias.sku, ErpItemAlias.alias)
        ).all()
        aliases: dict[str, list[str]] = {sku: [] for sku in on_order}
        for sku, alias in rows:
            aliases[sku].append(alias)
        described = {
            item.sku: str(item.data.get("description") or "")
            for item in self.session.scalars(select(ErpItem).where(ErpItem.sku.in_(on_order)))
        }
        return tuple(
            Candidate(sku, tuple(aliases[sku]), described.get(sku, "")) for sku in sorted(on_order)
        )

    def _records(
        self, table: type[ErpShipment | ErpInvoice | ErpReturn], order_number: str
    ) -> list[dict[str, Any]]:
        key = table.__mapper__.primary_key[0]
        rows = self.session.scalars(
            select(table).where(table.order_number == order_number).order_by(key)
        ).all()
        return [row.data for row in rows]

    def _items(self, skus: set[str]) -> dict[str, ItemFacts]:
        rows = self.session.scalars(select(ErpItem).where(ErpItem.sku.in_(sorted(skus)))).all()
        vendor_ids = sorted(
            {str(row.data["vendor_id"]) for row in rows if row.data.get("vendor_id")}
        )
        vendors = {
            v.id: v.data
            for v in self.session.scalars(select(ErpVendor).where(ErpVendor.id.in_(vendor_ids)))
        }
        items = {}
        for row in rows:
            vendor_id = row.data.get("vendor_id")
            vendor = vendors.get(vendor_id or "", {})
            items[row.sku] = ItemFacts(
                sku=row.sku,
                returnable=bool(row.data.get("returnable", True)),
                warranty_days=row.data.get("warranty_days"),
                field_destroy=bool(row.data.get("field_destroy", False)),
                vendor_id=vendor_id,
                vendor_rtv_allowed=bool(vendor.get("rtv_allowed", False)),
            )
        return items


def _decimal_or_none(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _order_line(line: dict[str, Any]) -> OrderLine:
    return OrderLine(
        line_no=int(line.get("line_no", 0)),
        sku=line["sku"],
        quantity=int(line["quantity"]),
        unit_price=Decimal(str(line["unit_price"])),
    )


def _shipment(record: dict[str, Any]) -> ShipmentFacts:
    delivered = record.get("delivery_date")
    return ShipmentFacts(
        shipment_id=record["shipment_id"],
        site=record["site"],
        carrier=record["carrier"],
        ship_date=date.fromisoformat(record["ship_date"]),
        delivery_date=date.fromisoformat(delivered) if delivered else None,
        lines=tuple(ShipmentLine(line["sku"], int(line["quantity"])) for line in record["lines"]),
    )


def _invoice(record: dict[str, Any]) -> InvoiceFacts:
    return InvoiceFacts(
        invoice_number=record["invoice_number"],
        invoice_date=date.fromisoformat(record["invoice_date"]),
        lines=tuple(
            InvoiceLine(line["sku"], int(line["quantity"]), Decimal(str(line["unit_price"])))
            for line in record["lines"]
        ),
    )


class BuiltinErpWriter:
    """Issues documents into the built-in ERP copy; the same key gives the same document."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def issue(
        self,
        *,
        kind: str,
        prefix: str,
        idempotency_key: str,
        order_number: str | None,
        data: dict[str, Any],
    ) -> str:
        """Create the document once per idempotency key and return its reference."""
        existing = self.session.scalar(
            select(ErpDocument.reference).where(ErpDocument.idempotency_key == idempotency_key)
        )
        if existing is not None:
            return existing
        reference = f"{prefix}-{idempotency_key.rpartition('_')[2]}"
        self.session.add(
            ErpDocument(
                reference=reference,
                kind=kind,
                idempotency_key=idempotency_key,
                order_number=order_number,
                data=data,
            )
        )
        self.session.flush()
        return reference


class BuiltinErpConnection:
    """The built-in ERP as the context carries it: a reader and a writer per session."""

    name = "builtin"

    def reader(self, session: Session) -> BuiltinErp:
        return BuiltinErp(session)

    def writer(self, session: Session) -> BuiltinErpWriter:
        return BuiltinErpWriter(session)
