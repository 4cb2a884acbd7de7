"""The case page's view: each field with its evidence, the rule results, actions and timeline.

Built on case_detail (app/cases/detail.py), the same reading of a case the API answers
with, put in the staff's words. A value a person set has confidence 1.0 and names who
set it and what it replaced.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import JsonValue
from sqlalchemy.orm import Session

from app.auth.users import display_names
from app.cases.detail import CaseDetail, RuleResultRecord, TimelineEntry, case_detail
from app.cases.holds import HoldState
from app.cases.states import WAITING, CaseStatus
from app.cases.tables import Case, CaseAction
from app.jsonable import from_jsonable
from app.requests.claim_record import ClaimLineRecord, ClaimRecord
from app.requests.tables import InboundRequest
from app.web import words
from rules.facts import OrderFacts
from rules.vocabulary import ActionStatus, ActionType, Decision, ReasonCode, RuleCode

FLAG_BELOW = 0.85  # policy.md 5: a value read less surely than this is checked by a person
LINE_FIELDS = ("sku", "quantity", "reason")


@dataclass(frozen=True)
class FieldView:
    """One value of the claim as the page shows it."""

    key: str  # the id of its input in the correction form
    label: str
    value: str
    confidence: float | None
    quote: str | None = None
    checks: list[str] = field(default_factory=list)
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    set_by: str | None = None  # who corrected it
    replaced: str | None = None  # the value it replaced
    source: str | None = None  # the id of its highlighted source in the documents panel

    @property
    def flagged(self) -> bool:
        return self.confidence is not None and self.confidence < FLAG_BELOW


@dataclass(frozen=True)
class RuleView:
    code: str
    words: str
    message: str
    details: list[tuple[str, str]]
    line: int | None


@dataclass(frozen=True)
class LineView:
    position: int
    sku: str | None
    quantity: int | None
    reason: str
    unit_price: Decimal | None
    credit: Decimal
    rejected: bool
    fields: list[FieldView]
    results: list[RuleView]


@dataclass(frozen=True)
class ActionView:
    type: str
    words: str
    status: str
    status_words: str
    target_words: str
    amount: Decimal | None
    reference: str | None
    due_at: datetime | None
    carried_out_at: datetime | None
    detail: str


@dataclass(frozen=True)
class EventView:
    at: datetime
    actor: str
    kind: str
    words: str
    message: str
    before: Any
    after: Any


@dataclass(frozen=True)
class CaseView:
    case: Case
    detail: CaseDetail  # what the API answers for the case, which the page shows in words
    request: InboundRequest | None
    hold: HoldState
    holder_name: str | None
    fields: list[FieldView]  # the order and the customer
    lines: list[LineView]
    results: list[RuleView]  # case-level rule results
    notes: list[str]
    actions: list[ActionView]
    events: list[EventView]
    order_skus: list[str]
    correctable: bool
    being_carried_out: bool

    @property
    def claim_record(self) -> ClaimRecord:
        """The claim as the newest decision read it, with the evidence of every value."""
        return self.detail.claim

    @property
    def flagged(self) -> list[FieldView]:
        every = self.fields + [f for line in self.lines for f in line.fields]
        return [f for f in every if f.flagged]


def case_view(*, session: Session, case: Case, hold: HoldState) -> CaseView:
    """Everything the case page shows of a case: case_detail, in the staff's words."""
    detail = case_detail(session=session, case=case)
    names = _names(session, detail.timeline, hold.holder)
    corrected = _last_correction(detail.timeline)
    results = [_rule(r) for r in detail.rule_results]
    return CaseView(
        case=case,
        detail=detail,
        request=session.get(InboundRequest, case.request_id),
        hold=hold,
        holder_name=names.get(f"user:{hold.holder}") if hold.holder else None,
        fields=_head_fields(case, detail.claim, detail.timeline, names),
        lines=_lines(case, detail.claim, results, corrected, names),
        results=[r for r in results if r.line is None],
        notes=detail.notes,
        actions=[_action(a) for a in case.actions],
        events=[_event(e, names) for e in detail.timeline],
        order_skus=_order_skus(detail.facts),
        correctable=case.status in WAITING,
        being_carried_out=any(a.status == ActionStatus.PROPOSED for a in case.actions)
        and case.status == CaseStatus.APPROVED,
    )


def _head_fields(
    case: Case, claim: ClaimRecord, events: list[TimelineEntry], names: dict[str, str]
) -> list[FieldView]:
    ref = claim.order_refs[0] if claim.order_refs else None
    evidence = ref.evidence if ref else None
    order_set = _set_by(events, "order_number", names)
    customer_set = _set_by(events, "sender_customer_id", names)
    return [
        FieldView(
            key="order_number",
            label="Order",
            value=case.order_number or "",
            confidence=claim.order_confidence if case.order_number or ref else 0.0,
            quote=evidence.quote if evidence else None,
            checks=list(evidence.checks) if evidence else [],
            alternatives=[a.model_dump() for a in ref.alternatives] if ref else [],
            set_by=order_set[0] if order_set else None,
            replaced=order_set[1] if order_set else None,
            source="ev-order" if evidence and not order_set else None,
        ),
        FieldView(
            key="customer",
            label="Customer",
            value=case.customer_id or "",
            confidence=claim.customer_confidence,
            checks=[f"matched by {claim.customer_match}"] if claim.customer_match else [],
            set_by=customer_set[0] if customer_set else None,
            replaced=customer_set[1] if customer_set else None,
        ),
    ]


def _snapshot(value: JsonValue) -> dict[str, JsonValue]:
    """A correction event's before or after: the case as it stood (app/cases/corrections.py)."""
    return value if isinstance(value, dict) else {}


def _set_by(
    events: list[TimelineEntry], key: str, names: dict[str, str]
) -> tuple[str, str | None] | None:
    """Who last changed a value of the case by a correction, and the value it replaced."""
    for event in reversed(events):
        before, after = _snapshot(event.before), _snapshot(event.after)
        if event.kind == "corrected" and key in before and before[key] != after.get(key):
            was = before[key]
            return names.get(event.actor, event.actor), None if was is None else str(was)
    return None


def _lines(
    case: Case,
    claim: ClaimRecord,
    results: list[RuleView],
    corrected: TimelineEntry | None,
    names: dict[str, str],
) -> list[LineView]:
    recorded = claim.lines
    before = _snapshot(corrected.before).get("lines") if corrected else None
    old_lines = before if isinstance(before, list) else []
    views = []
    for line in case.lines:
        read = recorded[line.request_line] if line.request_line < len(recorded) else None
        old = old_lines[line.position] if line.position < len(old_lines) else None
        views.append(
            LineView(
                position=line.position,
                sku=line.sku,
                quantity=line.quantity,
                reason=line.reason,
                unit_price=line.unit_price,
                credit=line.credit,
                rejected=line.rejected,
                fields=[
                    _line_field(line.position, line.request_line, name, read, old, names)
                    for name in LINE_FIELDS
                ],
                results=[r for r in results if r.line == line.position],
            )
        )
    return views


def _line_field(
    position: int,
    read_as: int,  # the line's index in the recorded claim, which the panel's ids use
    name: str,
    read: ClaimLineRecord | None,
    old: JsonValue,
    names: dict[str, str],
) -> FieldView:
    own = read.evidence.of(name) if read else None
    set_by = read.evidence.set_by if read else None
    value = getattr(read, name) if read else None
    was = _snapshot(old).get(name)
    return FieldView(
        key=f"line-{position}-{name}",
        label={"sku": "SKU", "quantity": "Quantity", "reason": "Reason"}[name],
        value=words.plain(words.REASONS, value) if name == "reason" else str(value or ""),
        confidence=getattr(read.confidence, name) if read else None,
        quote=own.quote if own else None,
        checks=list(own.checks) if own else [],
        alternatives=[a.model_dump() for a in read.evidence.alternatives.get(name, ())]
        if read
        else [],
        set_by=names.get(set_by, set_by) if set_by else None,
        replaced=str(was) if set_by and was is not None and str(was) != str(value) else None,
        source=f"ev-line-{read_as}-{name}" if own and own.quote and not set_by else None,
    )


def _rule(result: RuleResultRecord) -> RuleView:
    return RuleView(
        code=result.code,
        words=words.plain(words.RULES, RuleCode(result.code)),
        message=result.message,
        details=[(str(k).replace("_", " "), str(v)) for k, v in result.details.items()],
        line=result.line,
    )


def _action(action: CaseAction) -> ActionView:
    details = action.details or {}
    lines = ", ".join(f"{line['quantity']} × {line['sku']}" for line in details.get("lines") or [])
    extra = [details.get(k) for k in ("site", "carrier", "vendor_id", "notice") if details.get(k)]
    return ActionView(
        type=action.type,
        words=words.plain(words.STAFF_ACTIONS, ActionType(action.type)),
        status=action.status,
        status_words=words.plain(words.ACTION_STATUSES, ActionStatus(action.status)),
        target_words=words.plain(words.ACTION_STATUSES, ActionStatus(action.target_status)),
        amount=action.amount,
        reference=action.reference,
        due_at=action.due_at,
        carried_out_at=action.carried_out_at,
        detail="; ".join([lines, *map(str, extra)] if lines else map(str, extra)),
    )


def _event(event: TimelineEntry, names: dict[str, str]) -> EventView:
    return EventView(
        at=datetime.fromisoformat(event.at),
        actor=names.get(event.actor, event.actor),
        kind=event.kind,
        words=words.EVENTS.get(event.kind, event.kind.replace("_", " ").capitalize()),
        message=event.message,
        before=event.before,
        after=event.after,
    )


def _last_correction(events: list[TimelineEntry]) -> TimelineEntry | None:
    return next((e for e in reversed(events) if e.kind == "corrected"), None)


def _names(session: Session, events: list[TimelineEntry], holder: str | None) -> dict[str, str]:
    """Actor ("user:ID") to a person's name or email, for every user on the page."""
    ids = {e.actor.removeprefix("user:") for e in events if e.actor.startswith("user:")}
    if holder:
        ids.add(holder)
    names = display_names(session=session, user_ids=ids)
    return {f"user:{user_id}": name for user_id, name in names.items()}


def _order_skus(facts: dict[str, Any]) -> list[str]:
    """The SKUs of the order the case was decided against, for the SKU picker."""
    order = from_jsonable(OrderFacts | None, facts.get("order"))
    if order is None:
        return []
    skus = {line.sku for line in order.lines}
    skus |= {line.sku for shipment in order.shipments for line in shipment.lines}
    return sorted(skus)


def decision_words(decision: str) -> str:
    """The staff's words for a decision code."""
    return words.plain(words.STAFF_DECISIONS, Decision(decision))


def reason_words(reason: str) -> str:
    return words.plain(words.REASONS, ReasonCode(reason))
