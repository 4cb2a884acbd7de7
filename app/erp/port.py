"""The ERP port: the questions the service asks an ERP and where its actions land.

An `Erp` is chosen once from the settings (`connect_erp`) and carried on the context,
as the policy and the LLM are; everything else asks it for a reader or a writer bound
to the session of the work at hand. The built-in copy (app/erp/builtin.py) answers
from what `intake erp load` keeps; ERPNext (app/erp/erpnext/) syncs into that copy and
takes the writes; another ERP (Odoo next) plugs in here the same way.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from extractors.claims.skus import Candidate
from rules.facts import Contract, OrderFacts

if TYPE_CHECKING:
    from app.settings import Settings


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: str
    how: str  # "contact", "domain", "account", "edi", "order"


class ErpReader(Protocol):
    """The questions the pipeline asks the ERP."""

    def customer_exists(self, customer_id: str) -> bool: ...
    def customer_by_address(self, address: str) -> CustomerMatch | None: ...
    def customer_by_edi_id(self, edi_id: str) -> str | None: ...
    def contact_address(self, customer_id: str) -> str | None: ...
    def contract(self, customer_id: str) -> Contract: ...
    def find_order(self, reference: str, customer_id: str | None) -> str | None: ...
    def order_facts(self, order_number: str) -> OrderFacts | None: ...
    def resolve_sku(self, token: str, order: OrderFacts) -> str | None: ...
    def sku_candidates(self, order: OrderFacts) -> tuple[Candidate, ...]: ...
    def customer_candidates(self, customer_id: str) -> tuple[Candidate, ...]: ...
    def catalogue_candidates(self) -> tuple[Candidate, ...]: ...
    def is_catalogued(self, token: str) -> bool: ...


class ErpWriter(Protocol):
    """Where carried-out actions land: RMAs, credit memos, tasks, claims."""

    def issue(
        self,
        *,
        kind: str,
        prefix: str,
        idempotency_key: str,
        order_number: str | None,
        data: dict[str, Any],
    ) -> str: ...


class Erp(Protocol):
    """An ERP connection: a reader and a writer bound to a unit of work's session."""

    name: str

    def reader(self, session: Session) -> ErpReader: ...
    def writer(self, session: Session) -> ErpWriter: ...


def connect_erp(settings: "Settings") -> Erp:
    """The ERP the settings name (INTAKE_ERP)."""
    from app.erp.builtin import BuiltinErpConnection

    if settings.erp == "builtin":
        return BuiltinErpConnection()
    if settings.erp == "erpnext":
        from app.erp.erpnext.client import ErpNextClient
        from app.erp.erpnext.connection import ErpNextConnection

        if not (settings.erpnext_url and settings.erpnext_api_key and settings.erpnext_api_secret):
            raise ValueError(
                "INTAKE_ERP=erpnext needs INTAKE_ERPNEXT_URL, _API_KEY and _API_SECRET"
            )
        return ErpNextConnection(
            ErpNextClient.connect(
                settings.erpnext_url,
                settings.erpnext_api_key,
                settings.erpnext_api_secret.get_secret_value(),
                settings.erpnext_timeout_seconds,
            )
        )
    raise ValueError(f"unknown ERP {settings.erp!r}")
