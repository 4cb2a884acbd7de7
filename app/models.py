"""Every table, imported in one place so that migrations see them all."""

from app.auth.tables import ApiKey, User
from app.cases.tables import (
    AuditHead,
    Case,
    CaseAction,
    CaseEvent,
    CaseLine,
    DecisionRecord,
    LaterEvent,
    Notice,
)
from app.channels.tables import ChannelHealth, MailLedger
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
from app.events.tables import OutboxEvent, WebhookDelivery, WebhookEndpoint
from app.extraction.tables import LlmAnswer, LlmCall
from app.requests.idempotency import IdempotencyKey
from app.requests.tables import InboundRequest
from app.work.tables import WorkerBeat

__all__ = [
    "ApiKey",
    "AuditHead",
    "Case",
    "CaseAction",
    "CaseEvent",
    "CaseLine",
    "ChannelHealth",
    "DecisionRecord",
    "ErpCustomer",
    "ErpCustomerAddress",
    "ErpDocument",
    "ErpInvoice",
    "ErpItem",
    "ErpItemAlias",
    "ErpOrder",
    "ErpReturn",
    "ErpShipment",
    "ErpVendor",
    "IdempotencyKey",
    "InboundRequest",
    "LaterEvent",
    "LlmAnswer",
    "LlmCall",
    "MailLedger",
    "Notice",
    "OutboxEvent",
    "User",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WorkerBeat",
]
