"""Load or refresh the built-in ERP copy from an exchange file (erp-data.md).

Upsert by key: a record whose JSON is unchanged is left alone, so loading the
same file twice changes nothing.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.erp.schema import ErpDocument as ExchangeDocument
from app.erp.tables import (
    ErpCustomer,
    ErpCustomerAddress,
    ErpInvoice,
    ErpItem,
    ErpItemAlias,
    ErpOrder,
    ErpRecord,
    ErpReturn,
    ErpShipment,
    ErpVendor,
)


@dataclass(frozen=True)
class LoadReport:
    """How many records of each kind the file held, and what changed."""

    counts: dict[str, int]
    changes: Counter[str]

    def summary(self) -> str:
        kinds = ("customers", "items", "orders", "shipments", "invoices", "returns")
        held = ", ".join(f"{self.counts[kind]} {kind}" for kind in kinds)
        return (
            f"loaded {held} ({self.changes['new']} new, {self.changes['changed']} changed, "
            f"{self.changes['unchanged']} unchanged)"
        )


def load_erp(*, session: Session, document: ExchangeDocument) -> LoadReport:
    """Upsert every record of a validated exchange document into the built-in copy."""
    changes: Counter[str] = Counter()
    for customer in document.customers:
        data = _json(customer)
        if _upsert(session, ErpCustomer, customer.id, data, changes, edi_id=customer.edi_id):
            _replace_addresses(session, customer.id, data)
    for vendor in document.vendors:
        _upsert(session, ErpVendor, vendor.id, _json(vendor), changes)
    for item in document.items:
        if _upsert(session, ErpItem, item.sku, _json(item), changes):
            _replace_aliases(session, item.sku, list(item.aliases or []))
    for order in document.orders:
        _upsert(
            session,
            ErpOrder,
            order.order_number,
            _json(order),
            changes,
            customer_id=order.customer_id,
            po_number=order.po_number,
        )
    for shipment in document.shipments:
        _upsert(
            session,
            ErpShipment,
            shipment.shipment_id,
            _json(shipment),
            changes,
            order_number=shipment.order_number,
        )
    for invoice in document.invoices:
        _upsert(
            session,
            ErpInvoice,
            invoice.invoice_number,
            _json(invoice),
            changes,
            order_number=invoice.order_number,
        )
    for record in document.returns:
        _upsert(
            session,
            ErpReturn,
            record.rma_number,
            _json(record),
            changes,
            order_number=record.order_number,
        )
    counts = {
        "customers": len(document.customers),
        "items": len(document.items),
        "orders": len(document.orders),
        "shipments": len(document.shipments),
        "invoices": len(document.invoices),
        "returns": len(document.returns),
    }
    return LoadReport(counts=counts, changes=changes)


def _json(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True)


def _upsert(
    session: Session,
    table: type[ErpRecord],
    key: str,
    data: dict[str, Any],
    changes: Counter[str],
    **columns: Any,
) -> bool:
    """Insert or update one record; True when something was written."""
    row = session.get(table, key)
    if row is None:
        session.add(table(**{_key_column(table): key}, data=data, **columns))
        session.flush()
        changes["new"] += 1
        return True
    if row.data == data:
        changes["unchanged"] += 1
        return False
    row.data = data
    row.updated_at = utcnow()
    for name, value in columns.items():
        setattr(row, name, value)
    changes["changed"] += 1
    return True


def _key_column(table: type[ErpRecord]) -> str:
    return str(table.__mapper__.primary_key[0].name)


def _replace_addresses(session: Session, customer_id: str, data: dict[str, Any]) -> None:
    session.execute(delete(ErpCustomerAddress).where(ErpCustomerAddress.customer_id == customer_id))
    pairs = {("domain", domain.lower()) for domain in data.get("email_domains", [])}
    pairs |= {("contact", c["email"].lower()) for c in data.get("contacts", []) if c.get("email")}
    for kind, value in sorted(pairs):
        session.add(ErpCustomerAddress(kind=kind, value=value, customer_id=customer_id))
    session.flush()


def _replace_aliases(session: Session, sku: str, aliases: list[str]) -> None:
    session.execute(delete(ErpItemAlias).where(ErpItemAlias.sku == sku))
    for alias in sorted(set(aliases)):
        session.add(ErpItemAlias(alias=alias, sku=sku))
    session.flush()


def erp_is_empty(session: Session) -> bool:
    return session.scalar(select(ErpOrder.order_number).limit(1)) is None
