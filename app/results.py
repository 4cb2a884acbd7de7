"""The result of a request as other systems read it: one line of `intake process --json`."""

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.tables import Case, CaseAction
from app.requests.tables import InboundRequest, RequestStatus
from rules.vocabulary import Outcome


def money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def request_result(
    session: Session,
    request: InboundRequest,
    *,
    source: str | None = None,
    duplicate: bool = False,
) -> dict[str, Any]:
    """The cli.md object of a processed request (or its status before that)."""
    shown_source = source if source is not None else request.source
    if request.status == RequestStatus.FAILED:
        return {"source": shown_source, "request_id": request.id, "error": request.error}
    if request.status != RequestStatus.PROCESSED:
        return {"source": shown_source, "request_id": request.id, "status": request.status}
    claim = request.claim or {}
    return {
        "source": shown_source,
        "channel": request.channel,
        "request_id": request.id,
        "duplicate_of": request.id if duplicate else None,
        "outcome": Outcome.DUPLICATE.value if duplicate else request.outcome,
        "customer_id": request.customer_id,
        "order_number": request.order_number,
        "extractor": request.extractor,
        "lines": [_claim_line(line) for line in claim.get("lines", [])],
        "cases": [case_summary(case) for case in cases_of(session, request.id)],
        "received_at": request.received_at.isoformat(),
        **({"test": True} if request.meta.get("test") else {}),
    }


def cases_of(session: Session, request_id: str) -> list[Case]:
    return list(
        session.scalars(
            select(Case).where(Case.request_id == request_id).order_by(Case.created_at, Case.id)
        ).all()
    )


def case_summary(case: Case) -> dict[str, Any]:
    """A case as one line of the CLI output shows it."""
    return {
        "case_id": case.id,
        "type": case.type,
        "decision": case.decision,
        "status": case.status,
        "reasons": list(case.reasons),
        "credit_total": money(case.credit_total),
        "lines": [
            {"sku": line.sku, "quantity": line.quantity, "credit": money(line.credit)}
            for line in case.lines
        ],
        "actions": [action_summary(action) for action in case.actions],
    }


def action_summary(action: CaseAction) -> dict[str, Any]:
    summary: dict[str, Any] = {"type": action.type, "status": action.status}
    if action.reference:
        summary["reference"] = action.reference
    if action.amount is not None:
        summary["amount"] = money(action.amount)
    if action.due_at is not None:
        summary["due_at"] = action.due_at.isoformat()
    for key in ("site", "carrier", "vendor_id"):
        if action.details.get(key):
            summary[key] = action.details[key]
    return summary


def _claim_line(line: dict[str, Any]) -> dict[str, Any]:
    confidence = line.get("confidence", {})
    return {
        "sku": line.get("sku"),
        "quantity": line.get("quantity"),
        "reason": line.get("reason"),
        "confidence": {
            key: round(float(confidence.get(key, 0.0)), 2) for key in ("sku", "quantity", "reason")
        },
    }
