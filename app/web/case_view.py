"""The case page's view: each field with its evidence, the rule results, actions and timeline.

Read from the case, its newest decision record (the facts, the claim as read with the
evidence of every value, the rules' results) and its events. A value a person set
has confidence 1.0 and names who set it and what it replaced.
"""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.users import display_names
from app.cases.claims import ClaimState
from app.cases.service import latest_record
from app.cases.states import WAITING, CaseStatus
from app.cases.tables import Case, CaseEvent
from app.requests.tables import InboundRequest
from app.web import words
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
    request: InboundRequest | None
    claim: ClaimState
    claim_record: dict[str, Any]  # the claim as the newest decision read it, with evidence
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
    def flagged(self) -> list[FieldView]:
        every = self.fields + [f for line in self.lines for f in line.fields]
        return [f for f in every if f.flagged]


def case_view(*, session: Session, case: Case, claim: ClaimState) -> CaseView:
    """Everything the case page shows of a case."""
    request = session.get(InboundRequest, case.request_id)
    record = latest_record(session=session, case_id=case.id)
    inputs = record.inputs if record else {}
    recorded = inputs.get("claim") or (request.claim if request else {}) or {}
    events = list(
        session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.seq)
        )
    )
    names = _names(session, events, claim.holder)
    corrected = _last_correction(events)
    results = [_rule(r) for r in (record.outputs.get("results", []) if record else [])]
    return CaseView(
        case=case,
        request=request,
        claim=claim,
        claim_record=recorded,
        holder_name=names.get(f"user:{claim.holder}") if claim.holder else None,
        fields=_head_fields(case, recorded, events, names),
        lines=_lines(case, recorded, results, corrected, names),
        results=[r for r in results if r.line is None],
        notes=[str(note) for note in (request.claim or {}).get("notes", [])] if request else [],
        actions=[_action(a) for a in case.actions],
        events=[_event(e, names) for e in events],
        order_skus=_order_skus(inputs.get("facts") or {}),
        correctable=CaseStatus(case.status) in WAITING,
        being_carried_out=any(a.status == ActionStatus.PROPOSED for a in case.actions)
        and CaseStatus(case.status) == CaseStatus.APPROVED,
    )


def _head_fields(
    case: Case, claim: dict[str, Any], events: list[CaseEvent], names: dict[str, str]
) -> list[FieldView]:
    refs = claim.get("order_refs") or []
    ref = refs[0] if refs else {}
    evidence = ref.get("evidence") or {}
    order_set = _set_by(events, "order_number", names)
    customer_set = _set_by(events, "sender_customer_id", names)
    return [
        FieldView(
            key="order_number",
            label="Order",
            value=case.order_number or "",
            confidence=claim.get("order_confidence") if case.order_number or refs else 0.0,
            quote=evidence.get("quote"),
            checks=list(evidence.get("checks") or []),
            alternatives=list(ref.get("alternatives") or []),
            set_by=order_set[0] if order_set else None,
            replaced=order_set[1] if order_set else None,
            source="ev-order" if evidence and not order_set else None,
        ),
        FieldView(
            key="customer",
            label="Customer",
            value=case.customer_id or "",
            confidence=claim.get("customer_confidence"),
            checks=[f"matched by {claim['customer_match']}"] if claim.get("customer_match") else [],
            set_by=customer_set[0] if customer_set else None,
            replaced=customer_set[1] if customer_set else None,
        ),
    ]


def _set_by(
    events: list[CaseEvent], key: str, names: dict[str, str]
) -> tuple[str, str | None] | None:
    """Who last changed a value of the case by a correction, and the value it replaced."""
    for event in reversed(events):
        before, after = event.details.get("before") or {}, event.details.get("after") or {}
        if event.kind == "corrected" and key in before and before[key] != after.get(key):
            return names.get(event.actor, event.actor), before[key]
    return None


def _lines(
    case: Case,
    claim: dict[str, Any],
    results: list[RuleView],
    corrected: CaseEvent | None,
    names: dict[str, str],
) -> list[LineView]:
    recorded = claim.get("lines") or []
    before = ((corrected.details.get("before") or {}) if corrected else {}).get("lines") or []
    views = []
    for line in case.lines:
        read = recorded[line.request_line] if line.request_line < len(recorded) else {}
        old = before[line.position] if corrected and line.position < len(before) else None
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
    read: dict[str, Any],
    old: dict[str, Any] | None,
    names: dict[str, str],
) -> FieldView:
    evidence = read.get("evidence") or {}
    own = evidence.get(name) or {}
    set_by = evidence.get("set_by")
    value = read.get(name)
    was = old.get(name) if old else None
    return FieldView(
        key=f"line-{position}-{name}",
        label={"sku": "SKU", "quantity": "Quantity", "reason": "Reason"}[name],
        value=words.plain(words.REASONS, value) if name == "reason" else str(value or ""),
        confidence=(read.get("confidence") or {}).get(name),
        quote=own.get("quote"),
        checks=list(own.get("checks") or []),
        alternatives=list((evidence.get("alternatives") or {}).get(name) or []),
        set_by=names.get(set_by, set_by) if set_by else None,
        replaced=str(was) if set_by and was is not None and str(was) != str(value) else None,
        source=f"ev-line-{read_as}-{name}" if own.get("quote") and not set_by else None,
    )


def _rule(result: dict[str, Any]) -> RuleView:
    details = result.get("details") or {}
    return RuleView(
        code=result["code"],
        words=words.plain(words.RULES, RuleCode(result["code"])),
        message=result.get("message") or "",
        details=[(str(k).replace("_", " "), str(v)) for k, v in details.items()],
        line=result.get("line"),
    )


def _action(action: Any) -> ActionView:
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


def _event(event: CaseEvent, names: dict[str, str]) -> EventView:
    details = event.details or {}
    return EventView(
        at=event.at,
        actor=names.get(event.actor, event.actor),
        kind=event.kind,
        words=words.EVENTS.get(event.kind, event.kind.replace("_", " ").capitalize()),
        message=event.message,
        before=details.get("before"),
        after=details.get("after"),
    )


def _last_correction(events: list[CaseEvent]) -> CaseEvent | None:
    return next((e for e in reversed(events) if e.kind == "corrected"), None)


def _names(session: Session, events: list[CaseEvent], holder: str | None) -> dict[str, str]:
    """Actor ("user:ID") to a person's name or email, for every user on the page."""
    ids = {e.actor.removeprefix("user:") for e in events if e.actor.startswith("user:")}
    if holder:
        ids.add(holder)
    names = display_names(session=session, user_ids=ids)
    return {f"user:{user_id}": name for user_id, name in names.items()}


def _order_skus(facts: dict[str, Any]) -> list[str]:
    order = facts.get("order") or {}
    skus = {line["sku"] for line in order.get("lines") or []}
    skus |= {line["sku"] for s in order.get("shipments") or [] for line in s.get("lines") or []}
    return sorted(skus)


def decision_words(decision: str) -> str:
    """The staff's words for a decision code."""
    return words.plain(words.STAFF_DECISIONS, Decision(decision))


def reason_words(reason: str) -> str:
    return words.plain(words.REASONS, ReasonCode(reason))
