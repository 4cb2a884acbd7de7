"""The built-in ERP copy: one row per record, key columns for look-ups, the record as JSON.

The JSON holds the record exactly as the exchange format gives it (erp-data.md),
so the copy never loses a field the format adds; the columns serve the look-ups.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, JsonDoc, UtcDateTime, utcnow


class ErpRecord(Base):
    """A record of the exchange format, kept whole as JSON."""

    __abstract__ = True
    data: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ErpCustomer(ErpRecord):
    __tablename__ = "erp_customers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    edi_id: Mapped[str | None] = mapped_column(String(64), index=True)


class ErpCustomerAddress(Base):
    """A contact address or an email domain that identifies a customer."""

    __tablename__ = "erp_customer_addresses"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # "contact" or "domain"
    value: Mapped[str] = mapped_column(String(320), primary_key=True)
    customer_id: Mapped[str] = mapped_column(
        ForeignKey("erp_customers.id", ondelete="CASCADE"), primary_key=True
    )


class ErpVendor(ErpRecord):
    __tablename__ = "erp_vendors"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)


class ErpItem(ErpRecord):
    __tablename__ = "erp_items"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)


class ErpItemAlias(Base):
    __tablename__ = "erp_item_aliases"
    alias: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(
        ForeignKey("erp_items.sku", ondelete="CASCADE"), primary_key=True
    )


class ErpOrder(ErpRecord):
    __tablename__ = "erp_orders"
    order_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("erp_customers.id"), index=True)
    po_number: Mapped[str | None] = mapped_column(String(64), index=True)


class ErpShipment(ErpRecord):
    __tablename__ = "erp_shipments"
    shipment_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("erp_orders.order_number"), index=True)


class ErpInvoice(ErpRecord):
    __tablename__ = "erp_invoices"
    invoice_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("erp_orders.order_number"), index=True)


class ErpReturn(ErpRecord):
    __tablename__ = "erp_returns"
    rma_number: Mapped[str] = mapped_column(String(64), primary_key=True)
    order_number: Mapped[str] = mapped_column(ForeignKey("erp_orders.order_number"), index=True)


class ErpDocument(Base):
    """A document the service created in the built-in ERP: RMA, credit memo, task, claim."""

    __tablename__ = "erp_documents"
    reference: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    order_number: Mapped[str | None] = mapped_column(String(64), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
