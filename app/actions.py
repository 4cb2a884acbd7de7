"""Carry out the actions of a case: issue ERP documents and record customer notices.

Runs as a job after the decision is committed. Each action is done once: its id
is the idempotency key of what it creates, and a done action is never redone.
"""

from pathlib import Path
from time import perf_counter
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import metrics
from app.cases.audit import record_event, seal_ledger
from app.cases.detail import RuleResultRecord
from app.cases.disclosure import notice_reasons
from app.cases.events import action_done
from app.cases.service import latest_record
from app.cases.states import CaseStatus
from app.cases.tables import Case, CaseAction, Notice
from app.db import utcnow
from app.erp.port import ErpWriter
from app.ids import new_id
from app.logs import log
from app.pipeline.stages import record_act
from app.requests.tables import InboundRequest
from app.work.submit import Work, WorkKind, submit
from rules.vocabulary import ActionStatus, ActionType

PREFIXES = {
    ActionType.RMA: "RMA",
    ActionType.DISPOSAL_AUTH: "DA",
    ActionType.CREDIT_MEMO: "CM",
    ActionType.CARRIER_CLAIM: "CC",
    ActionType.SUPPLIER_CLAIM: "SC",
    ActionType.RECOUNT_TASK: "RC",
    ActionType.REPLACEMENT_ORDER: "RO",
    ActionType.CUSTOMER_NOTICE: "NTC",
}

_templates: Environment = SandboxedEnvironment(
    loader=FileSystemLoader(Path(__file__).parent / "templates" / "notices"),
    undefined=StrictUndefined,
    autoescape=False,  # plain-text mail
    keep_trailing_newline=True,
)


def carry_out(*, session: Session, case_id: str, erp: ErpWriter, notify_to: str | None) -> int:
    """Carry out what the case's status allows; return how many actions were done."""
    started = perf_counter()
    done = _carry_out(session=session, case_id=case_id, erp=erp, notify_to=notify_to)
    record_act(case_id=case_id, seconds=perf_counter() - started, actions=done)
    return done


def _carry_out(*, session: Session, case_id: str, erp: ErpWriter, notify_to: str | None) -> int:
    case = session.get(Case, case_id)
    if case is None:
        return 0
    request = session.get(InboundRequest, case.request_id)
    if request is not None and request.meta.get("test"):
        log.info("actions.skipped", case_id=case.id, reason="test_interchange")
        return 0  # a test interchange (ISA15 = T): no money, no goods, no notice
    approved = case.status == CaseStatus.APPROVED
    done = 0
    for action in case.actions:
        if action.status != ActionStatus.PROPOSED:
            continue
        if not approved and action.type != ActionType.CUSTOMER_NOTICE:
            continue  # waits for a reviewer
        if action.type == ActionType.CUSTOMER_NOTICE:
            _record_notice(session, case, action, notify_to)
        else:
            action.reference = _issue(erp, case, action)
        action.status = action.target_status
        action.carried_out_at = utcnow()
        done += 1
        record_event(
            session,
            case_id=case.id,
            actor="system",
            kind="action",
            message=f"{action.type} {action.status}",
            details={"action_id": action.id, "reference": action.reference},
        )
        action_done(session, case, action)
    if done:
        seal_ledger(session, case=case, actor="system")
    log.info("actions.carried_out", case_id=case.id, count=done)
    return done


def _issue(erp: ErpWriter, case: Case, action: CaseAction) -> str:
    """Write the action's document in the ERP, counting the call and its result."""
    kind = ActionType(action.type).value
    try:
        reference = erp.issue(
            kind=action.type,
            prefix=PREFIXES[ActionType(action.type)],
            idempotency_key=action.id,
            order_number=case.order_number,
            data=_document_data(case, action),
        )
    except Exception:
        metrics.ERP_CALLS.labels(kind, "error").inc()
        raise
    metrics.ERP_CALLS.labels(kind, "ok").inc()
    return reference


def _document_data(case: Case, action: CaseAction) -> dict[str, Any]:
    return {
        "case_id": case.id,
        "customer_id": case.customer_id,
        "status": action.target_status,
        "amount": str(action.amount) if action.amount is not None else None,
        "currency": case.currency,
        "due_at": action.due_at.isoformat() if action.due_at else None,
        **action.details,
    }


def sending(notice_id: str) -> Work:
    """The work of sending a recorded notice (app/channels/notices.py)."""
    return Work(kind=WorkKind.SEND_NOTICE, id=f"notice:{notice_id}", subject=notice_id)


def unsent(session: Session) -> list[Work]:
    """The sending of every notice neither sent nor found undeliverable."""
    waiting = select(Notice.id).where(Notice.sent_at.is_(None), Notice.error.is_(None))
    return [sending(notice_id) for notice_id in session.scalars(waiting)]


def _record_notice(session: Session, case: Case, action: CaseAction, notify_to: str | None) -> None:
    request = session.get(InboundRequest, case.request_id)
    assert request is not None
    kind = str(action.details.get("notice") or "ACKNOWLEDGEMENT")
    messages = _rule_messages(session, case)
    if action.details.get("comment"):  # a reviewer's own words come first
        messages = [str(action.details["comment"]), *messages]
    body = _templates.get_template(f"{kind}.txt").render(
        case_id=case.id,
        decision=case.decision,
        subject_of_claim=f"order {case.order_number}" if case.order_number else "your order",
        reasons=messages,
        actions=[a.type for a in case.actions if a.type != ActionType.CUSTOMER_NOTICE],
    )
    subject = request.meta.get("subject") or "Your claim"
    notice_id = new_id("ntc")
    session.add(
        Notice(
            id=notice_id,
            case_id=case.id,
            action_id=action.id,
            kind=kind,
            to_address=notify_to,
            subject=f"[{case.id}] Re: {subject}"[:500],
            body=body,
            in_reply_to=request.meta.get("message_id"),
        )
    )
    session.flush()
    submit(session, sending(notice_id))
    action.reference = f"{PREFIXES[ActionType.CUSTOMER_NOTICE]}-{action.id.rpartition('_')[2]}"


def _rule_messages(session: Session, case: Case) -> list[str]:
    """The reasons of the newest decision, as far as the request's sender may read them."""
    record = latest_record(session=session, case_id=case.id)
    if record is None:
        return []
    results = [RuleResultRecord.model_validate(r) for r in record.outputs.get("results", [])]
    return notice_reasons(session=session, case=case, results=results)
