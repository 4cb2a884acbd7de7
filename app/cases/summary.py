"""A case as other systems read it: the `cases` entries of `intake process --json`
(cli.md) and of the API's answers. Money is a decimal string with two places."""

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from app.cases.tables import Case, CaseAction


def money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def _absent(value: Any) -> bool:
    return value is None


class ActionSummary(BaseModel):
    """An action of a case; the optional keys appear only where they have a value."""

    type: str
    status: str
    reference: str | None = Field(default=None, exclude_if=_absent)
    amount: str | None = Field(default=None, exclude_if=_absent, description="decimal string")
    due_at: str | None = Field(default=None, exclude_if=_absent, description="ISO 8601")
    site: str | None = Field(default=None, exclude_if=_absent)
    carrier: str | None = Field(default=None, exclude_if=_absent)
    vendor_id: str | None = Field(default=None, exclude_if=_absent)


class CaseLineSummary(BaseModel):
    sku: str | None
    quantity: int | None
    credit: str | None = Field(description="decimal string")


class CaseSummary(BaseModel):
    """One case: its type, the policy's decision, its status, credit, lines and actions."""

    case_id: str
    type: str
    decision: str
    status: str
    reasons: list[str]
    credit_total: str | None = Field(description="decimal string")
    lines: list[CaseLineSummary]
    actions: list[ActionSummary]


def case_summary(case: Case) -> CaseSummary:
    """A case as one line of the CLI output shows it."""
    return CaseSummary(
        case_id=case.id,
        type=case.type,
        decision=case.decision,
        status=case.status,
        reasons=list(case.reasons),
        credit_total=money(case.credit_total),
        lines=[
            CaseLineSummary(sku=line.sku, quantity=line.quantity, credit=money(line.credit))
            for line in case.lines
        ],
        actions=[action_summary(action) for action in case.actions],
    )


def action_summary(action: CaseAction) -> ActionSummary:
    details = action.details
    return ActionSummary(
        type=action.type,
        status=action.status,
        reference=action.reference or None,
        amount=money(action.amount),
        due_at=action.due_at.isoformat() if action.due_at is not None else None,
        site=details.get("site") or None,
        carrier=details.get("carrier") or None,
        vendor_id=details.get("vendor_id") or None,
    )
