"""One case in full, as both the case page and `GET /api/v1/cases/{id}` show it.

Read from the case, its newest decision record (the claim as that decision read it,
with the evidence of every value, and the rules' results) and its timeline, in the
order of the audit chain.
"""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cases.audit import LEDGER
from app.cases.service import latest_record
from app.cases.summary import CaseSummary, case_summary
from app.cases.tables import Case, CaseEvent
from app.requests.claim_record import ClaimLineRecord, ClaimRecord, recorded_claim
from app.requests.tables import InboundRequest


class RuleResultRecord(BaseModel):
    """A rule that failed: its code, the decision it asks for, and why in plain words."""

    model_config = ConfigDict(extra="ignore")

    code: str
    outcome: str
    message: str
    line: int | None = Field(default=None, description="the case line; None: the whole case")
    fields: list[str] = []
    related_case_id: str | None = None
    details: dict[str, str] = {}


class TimelineEntry(BaseModel):
    """A change to the case: when, by whom, what, and the values before and after."""

    at: str = Field(description="ISO 8601")
    actor: str = Field(description='"system", "user:ID" or "key:ID"')
    kind: str
    message: str
    before: JsonValue = None
    after: JsonValue = None


class CaseDetail(CaseSummary):
    """A case with its claim lines and their evidence, rule results and timeline."""

    request_id: str
    customer_id: str | None
    order_number: str | None
    currency: str
    created_at: str = Field(description="ISO 8601")
    fields: list[ClaimLineRecord] = Field(
        description="the claim line of each case line, as read, with its evidence"
    )
    notes: list[str]
    rule_results: list[RuleResultRecord]
    policy_version: str | None
    timeline: list[TimelineEntry]
    # The whole claim as the newest decision read it, and the facts it was decided from:
    # the page shows them beside the fields; the API's answer leaves them out.
    claim: ClaimRecord = Field(exclude=True)
    facts: dict[str, Any] = Field(default={}, exclude=True)


def case_detail(*, session: Session, case: Case) -> CaseDetail:
    """Everything there is to see of one case."""
    request = session.get(InboundRequest, case.request_id)
    record = latest_record(session=session, case_id=case.id)
    original = request.claim if request and isinstance(request.claim, ClaimRecord) else None
    original = original or ClaimRecord()
    # The lines as the newest decision saw them (a correction re-indexes them).
    claim = recorded_claim(record.inputs) if record else original
    events = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.kind != LEDGER)  # a seal, not a change
        .order_by(CaseEvent.seq)
    ).all()
    return CaseDetail(
        **dict(case_summary(case)),
        request_id=case.request_id,
        customer_id=case.customer_id,
        order_number=case.order_number,
        currency=case.currency,
        created_at=case.created_at.isoformat(),
        fields=[
            claim.lines[line.request_line]
            for line in case.lines
            if line.request_line < len(claim.lines)
        ],
        notes=list(original.notes),
        rule_results=[
            RuleResultRecord.model_validate(result)
            for result in (record.outputs.get("results", []) if record else [])
        ],
        policy_version=record.policy_version if record else None,
        timeline=[_entry(event) for event in events],
        claim=claim,
        facts=record.inputs.get("facts") or {} if record else {},
    )


def _entry(event: CaseEvent) -> TimelineEntry:
    details = event.details or {}
    return TimelineEntry(
        at=event.at.isoformat(),
        actor=event.actor,
        kind=event.kind,
        message=event.message,
        before=details.get("before"),
        after=details.get("after"),
    )
