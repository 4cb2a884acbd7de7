"""What the policy answers: rule results, line and case decisions, planned actions.

These are the same objects the reviewer page uses to explain a decision.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from rules.vocabulary import ActionStatus, ActionType, Decision, NoticeKind, ReasonCode, RuleCode


@dataclass(frozen=True)
class RuleResult:
    """A rule that failed: its code, the decision it asks for, and why in plain words."""

    code: RuleCode
    outcome: Decision
    message: str
    line: int | None = None  # index into ClaimFacts.lines, None for a case-level rule
    fields: tuple[str, ...] = ()  # the fields named, e.g. ("lines[0].quantity",)
    related_case_id: str | None = None  # the earlier case, for DUPLICATE_REQUEST
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LineDecision:
    """One claim line of a case, priced and checked."""

    index: int  # position in ClaimFacts.lines
    sku: str | None
    quantity: int | None
    reason: ReasonCode
    unit_price: Decimal | None
    credit: Decimal
    rejected: bool
    results: tuple[RuleResult, ...] = ()


@dataclass(frozen=True)
class ActionLine:
    sku: str
    quantity: int


@dataclass(frozen=True)
class PlannedAction:
    """An action a case makes happen, with the status it takes when carried out."""

    type: ActionType
    status: ActionStatus
    amount: Decimal | None = None
    lines: tuple[ActionLine, ...] = ()
    site: str | None = None  # RECOUNT_TASK: the shipping site
    carrier: str | None = None  # CARRIER_CLAIM
    vendor_id: str | None = None  # SUPPLIER_CLAIM
    due_hours: int | None = None  # RECOUNT_TASK: hours after the case opened
    notice: NoticeKind | None = None  # CUSTOMER_NOTICE
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseDecision:
    """One case of a request (one per reason code) with its decision and actions."""

    type: ReasonCode
    decision: Decision
    reasons: tuple[RuleCode, ...]  # codes of all failed rules, in first-seen order, no repeats
    results: tuple[RuleResult, ...]
    lines: tuple[LineDecision, ...]
    credit_total: Decimal
    currency: str
    actions: tuple[PlannedAction, ...]
